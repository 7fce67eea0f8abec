"""Rendering a report: a kind builds a shape, a format renders it."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import pluggy

from coordprog.io._documents import collector_paused, write_atomically
from coordprog.model._errors import CoordprogError, FormatError, safe_repr
from coordprog.model._program import Program
from coordprog.plugins._calls import PLUGIN_FAULTS, registry_of
from coordprog.plugins._registry import Claim, ReportKind
from coordprog.plugins.options import NO_DEFAULT
from coordprog.shapes import shape_name


class RenderError(CoordprogError, ValueError):
    """A report could not be rendered: unknown name, refused shape or option, or a plugin failed.

    The message names the report kind, the format and the plugins involved.

    .. versionadded:: 0.1.0
    """


@attrs.frozen
class Output:
    """A rendered report: its content, and what a file or an HTTP response needs to carry it.

    :attr:`content` is always the bytes to write or send (a text format's
    text in UTF-8); :attr:`text` is a text format's text.  :attr:`binary`
    says which kind the format is, :attr:`media_type` and :attr:`suffix`
    come from the format (``"text/calendar"``, ``".ics"``; ``suffix`` is
    ``None`` for a format that declares none); :meth:`filename` names a
    file for it and :meth:`write` puts it there::

        output = coordprog.render_output(program, "program", "docx")
        output.write(output.filename("program"))  # program.docx

    .. versionadded:: 0.3.0
    """

    format: str
    media_type: str
    suffix: str | None
    binary: bool
    _data: str | bytes = attrs.field(alias="data", repr=False)

    @property
    def content(self) -> bytes:
        """The output as bytes: what a binary format wrote, or the text in UTF-8."""
        data = self._data
        return data if isinstance(data, bytes) else data.encode("utf-8")

    def filename(self, stem: str) -> str:
        """``stem`` with the format's usual suffix: ``"program.docx"``; ``stem`` without one.

        .. versionadded:: 0.3.0
        """
        return stem + (self.suffix or "")

    @property
    def text(self) -> str:
        """The output of a text format.

        :raises RenderError: for a binary format, whose output has no text;
            read :attr:`content`.
        """
        data = self._data
        if isinstance(data, bytes):
            raise RenderError(
                f"format {self.format!r} writes binary data ({self.media_type}): read .content"
            )
        return data

    def write(self, path: str | os.PathLike[str]) -> None:
        """Write :attr:`content` to the file ``path`` so that no reader sees a half-written file.

        The bytes go to a temporary file beside ``path``, are flushed to the
        disk, and the file is then renamed over ``path``: after a crash
        ``path`` holds its old content or the new, never a part.  A new file
        gets the permissions the umask gives; an existing file keeps its own;
        a symbolic link is followed, but a link to nothing is refused.
        :func:`coordprog.save` writes a program the same way.

        :raises FileNotFoundError: when the folder of ``path`` does not exist,
            or ``path`` is a symbolic link to nothing.
        :raises IsADirectoryError: when ``path`` is a folder.
        :raises OSError: when the file cannot be written.  Every message
            names ``path`` as given, never the temporary file.

        .. versionadded:: 0.3.0
           It replaces ``coordprog.write_atomically(path, data)``.
        """
        write_atomically(path, self.content)


# A report on a large program builds many objects and no reference cycles: the cyclic
# collector's passes over them made the status reports grow 16-17x per 10x more tasks
# at 100,000 tasks, against 11x paused (benchmarks/run.py --only scale).
@collector_paused()
def render_with(
    manager: pluggy.PluginManager,
    program: Any,
    report: str,
    format: str,
    options: Mapping[str, Any],
    records: Any = None,
) -> Output:
    """Render ``report`` of ``program`` in ``format`` with the plugins of ``manager``.

    ``records`` go to a kind that takes them; given to one that does not,
    they are refused rather than ignored.
    """
    registry = registry_of(manager)
    kind_claim = _lookup(registry.reports, report, "report")
    fmt_claim = _lookup(registry.formats, format, "format")
    kind, kind_plugin = kind_claim.item, kind_claim.plugin
    fmt, fmt_plugin = fmt_claim.item, fmt_claim.plugin
    renderer = fmt.renderers.get(kind.shape)
    if renderer is None:
        able = sorted(
            name for name, claim in registry.formats.items() if kind.shape in claim.item.renderers
        )
        raise RenderError(
            f"format {format!r} (plugin {fmt_plugin!r}) cannot render a "
            f"{shape_name(kind.shape)}, the shape of report {report!r}; formats that can: "
            f"{', '.join(able)}"
        )
    if kind.takes_portfolio == isinstance(program, Program):
        wanted = "a portfolio (load_portfolio)" if kind.takes_portfolio else "a program"
        raise RenderError(
            f"report {report!r} (plugin {kind_plugin!r}) reports on {wanted}, found a "
            f"{type(program).__name__}; the reports on a {type(program).__name__}: "
            + ", ".join(
                sorted(
                    name
                    for name, claim in registry.reports.items()
                    if claim.item.takes_portfolio != kind.takes_portfolio
                )
            )
        )
    arguments = _arguments(kind, options, f"report {report!r} (plugin {kind_plugin!r})")
    if kind.takes_records:
        arguments["records"] = records
    elif records is not None:
        raise RenderError(
            f"report {report!r} (plugin {kind_plugin!r}) does not use records of "
            "implementation; reports that do: "
            + ", ".join(sorted(n for n, c in registry.reports.items() if c.item.takes_records))
        )
    if kind.takes_plugin_manager:
        arguments["plugin_manager"] = manager
    try:
        built = kind.build(program, **arguments)
    except CoordprogError:
        raise
    except PLUGIN_FAULTS as exc:  # sys.exit() in a plugin is its failure too
        raise RenderError(
            f"report {report!r} (plugin {kind_plugin!r}) failed to build: {safe_repr(exc)}"
        ) from exc
    if not isinstance(built, kind.shape):
        raise RenderError(
            f"report {report!r} (plugin {kind_plugin!r}) built a {type(built).__name__}, "
            f"expected the {shape_name(kind.shape)} it declares"
        )
    return _output(fmt_claim, format, renderer, built, f" report {report!r}")


def _arguments(kind: ReportKind, given: Mapping[str, Any], who: str) -> dict[str, Any]:
    """The keywords ``kind.build`` gets: each option converted, or its default."""
    unknown = sorted(set(given) - {option.name for option in kind.options})
    if unknown:
        accepted = ", ".join(option.shown for option in kind.options) or "none"
        raise RenderError(
            f"{who} takes no option {', '.join(map(safe_repr, unknown))}; its options: {accepted}"
        )
    arguments: dict[str, Any] = {}
    missing = [option for option in kind.options if option.required and option.name not in given]
    if missing:
        needed = "; ".join(
            f"{option.shown}: {option.description}" if option.description else option.shown
            for option in missing
        )
        raise RenderError(f"{who} needs the option{'s' if len(missing) > 1 else ''} {needed}")
    for option in kind.options:
        if option.name in given:
            try:
                arguments[option.name] = option.value(given[option.name])
            except ValueError as exc:
                raise RenderError(f"{who}: {exc}") from None
        elif option.default is not NO_DEFAULT:
            arguments[option.name] = option.default
    return arguments


def render_shape_with(manager: pluggy.PluginManager, shape: Any, format: str) -> Output:
    """Render ``shape`` in ``format`` with the formats of ``manager``."""
    registry = registry_of(manager)
    fmt_claim = _lookup(registry.formats, format, "format")
    renderer = fmt_claim.item.renderers.get(type(shape))
    if renderer is None:
        raise RenderError(
            f"format {format!r} (plugin {fmt_claim.plugin!r}) cannot render a "
            f"{type(shape).__name__}; it renders: {', '.join(fmt_claim.item.shapes)}"
        )
    return _output(fmt_claim, format, renderer, shape, f" a {shape_name(shape)}")


def _output(
    claim: Claim, format: str, renderer: Callable[[Any], Any], built: Any, what: str
) -> Output:
    try:
        data = renderer(built)
    except PLUGIN_FAULTS as exc:  # sys.exit() in a plugin is its failure too
        raise RenderError(
            f"format {format!r} (plugin {claim.plugin!r}) failed to render{what}: {safe_repr(exc)}"
        ) from exc
    fmt = claim.item
    expected = bytes if fmt.binary else str
    if not isinstance(data, expected):
        raise RenderError(
            f"format {format!r} (plugin {claim.plugin!r}) returned {type(data).__name__}, "
            f"expected {expected.__name__}"
        )
    return Output(format, fmt.media_type, fmt.suffix, fmt.binary, data)


class UnknownFormatError(FormatError, RenderError):
    """An output format no installed plugin provides.

    A :class:`FormatError`, the error of every unknown format, and a
    :class:`RenderError`, as an unknown output format was in 0.2.
    """


def _lookup(table: Mapping[str, Claim], name: str, what: str) -> Claim:
    claim = table.get(name)
    if claim is None:
        error = UnknownFormatError if what == "format" else RenderError
        raise error(
            f"expected the name of an installed {what}, one of {', '.join(sorted(table))}; "
            f"found {safe_repr(name)}"
        )
    return claim
