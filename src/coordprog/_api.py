"""The public functions that involve plugins: loading, validating, scheduling, rendering."""

from __future__ import annotations

import functools
import os
from typing import Any

import pluggy

from coordprog import _io
from coordprog._calendar import WorkCalendar
from coordprog._errors import CoordprogError, Problem
from coordprog._plugins import (
    PluginError,
    Registry,
    build_registry,
    call_hookimpl,
    default_registry,
    describe,
    find_calendar,
)
from coordprog._program import Program
from coordprog._registry import Provided
from coordprog._schedule import Event
from coordprog._schedule import schedule as _engine
from coordprog._validation import validate as _builtin_checks
from coordprog.shapes import shape_name


class RenderError(CoordprogError, ValueError):
    """A report could not be rendered: unknown name, refused shape or option, or a plugin failed.

    The message names the report kind, the format and the plugins involved.

    .. versionadded:: 0.1.0
    """


@functools.lru_cache(maxsize=8)
def _registry_of(manager: pluggy.PluginManager) -> Registry:
    return build_registry(manager)


def _registry(plugin_manager: pluggy.PluginManager | None) -> Registry:
    return default_registry() if plugin_manager is None else _registry_of(plugin_manager)


def validate(
    program: Program, *, plugin_manager: pluggy.PluginManager | None = None
) -> list[Problem]:
    """Return every problem of ``program``: the built-in checks, then the plugins'.

    An empty list means the program is valid.  The built-in checks: ids
    unique within parties, legal references, tasks and groups, review rules
    and events; every party and legal reference id that is used exists;
    every task has a lead (its own or inherited from its groups); no body
    both leads and supports a task; annual plans only for years of the
    period, one per year; reviews, amendments and one-off events dated
    inside the period; schedule offsets that keep reviews after the window
    they review; signatories sign for signing parties.  Plugins add rules
    through the ``coordprog_validate`` hook.

    :raises PluginError: when a validation plugin fails.

    .. versionadded:: 0.1.0
    """
    problems = _builtin_checks(program)
    manager = _registry(plugin_manager).manager
    for impl in manager.hook.coordprog_validate.get_hookimpls():
        try:
            found = call_hookimpl(impl, program=program)
        except Exception as exc:
            raise PluginError(f"validation plugin {impl.plugin_name!r} failed: {exc!r}") from exc
        for problem in found or ():
            if not isinstance(problem, Problem):
                raise PluginError(
                    f"validation plugin {impl.plugin_name!r} returned {problem!r}; "
                    "expected coordprog.Problem values"
                )
            problems.append(problem)
    return problems


def loads(text: str | bytes, format: str = "json") -> Program:
    """Read a program from ``text`` in ``format`` (``"json"`` or ``"toml"``).

    Every text is repaired and normalised (:func:`normalize_text`), the
    document is checked whole (:func:`validate`), and every problem is
    reported at once.

    :raises ValidationError: for any mistake in the document.
    :raises FormatError: for an unknown format.

    .. versionadded:: 0.1.0
    """
    return _io.loads(text, format, check=validate)


def load(path: str | os.PathLike[str], format: str | None = None) -> Program:
    """Read the program in the file ``path``; the format follows its suffix.

    :raises ValidationError: for any mistake in the document; the error
        and each of its lines name the file.
    :raises FormatError: for an unknown suffix or format.
    :raises OSError: when the file cannot be read.

    .. versionadded:: 0.1.0
    """
    return _io.load(path, format, check=validate)


def from_data(data: Any, format: str = "json") -> Program:
    """Build a program from already parsed plain ``data`` (dicts, lists, scalars).

    ``format`` tells how dates come: ``"json"`` (ISO strings) or ``"toml"``
    (native dates, or strings).

    :raises ValidationError: listing every problem, each with its path.

    .. versionadded:: 0.1.0
    """
    return _io.from_data(data, _io.checked_format(format), check=validate)


def work_calendar(name: str, *, plugin_manager: pluggy.PluginManager | None = None) -> WorkCalendar:
    """Return the work calendar a plugin provides under ``name``.

    The built-in ``"weekends"`` calendar knows weekends only; plugins add
    others (such as ``"vn"``) through the ``coordprog_work_calendar`` hook.

    :raises ScheduleError: when no plugin provides a calendar of that name.

    .. versionadded:: 0.1.0
    """
    return find_calendar(_registry(plugin_manager).manager, name)


def schedule(
    program: Program,
    calendar: WorkCalendar | str | None = None,
    *,
    plugin_manager: pluggy.PluginManager | None = None,
) -> tuple[Event, ...]:
    """Return the dated events of ``program``, sorted by due date.

    ``calendar`` is a :class:`WorkCalendar`, the name of one a plugin
    provides (see :func:`work_calendar`), or ``None`` to keep the dates the
    rules give.  See the schedule documentation for the rules; in short:
    one annual plan per calendar year, recurring reviews for windows counted
    from the start of the period (month ends kept), the final review in the
    place of each cadence's last window, one-off events on their dates, and,
    with a calendar, every due date moved to a working day inside the range
    the event allows.

    :raises ScheduleError: for an unknown calendar name, or when a calendar
        has no working day within an event's allowed range.

    .. versionadded:: 0.1.0
    """
    if isinstance(calendar, str):
        calendar = work_calendar(calendar, plugin_manager=plugin_manager)
    return _engine(program, calendar)


def render(
    program: Program,
    report: str = "program",
    format: str = "markdown",
    *,
    plugin_manager: pluggy.PluginManager | None = None,
    **options: Any,
) -> str | bytes:
    """Render the ``report`` kind of ``program`` in ``format``.

    Built in are the reports ``program`` (the program as a document, in the
    order and numbering of the original), ``matrix`` (who leads, supports or
    plays another role in each task) and ``schedule`` (the dated events;
    option ``calendar``), and the formats ``markdown``, ``html``, ``json``,
    ``csv``, ``text`` and ``ics``.  :func:`reports` and :func:`formats` list
    what the installed plugins add.  ``options`` go to the report kind.

    :return: ``str`` for text formats, ``bytes`` for binary ones.
    :raises RenderError: for an unknown report or format, a format that
        cannot render the report's shape, an option the report does not
        take, or a plugin that fails while building or rendering; the
        message names the plugins.

    .. versionadded:: 0.1.0
    """
    registry = _registry(plugin_manager)
    kind, kind_plugin = _lookup(registry.reports, report, "report")
    fmt, fmt_plugin = _lookup(registry.formats, format, "format")
    shape = shape_name(kind.shape)
    renderer = fmt.renderers.get(kind.shape)
    if renderer is None:
        able = sorted(
            name for name, (f, _) in registry.formats.items() if kind.shape in f.renderers
        )
        raise RenderError(
            f"format {format!r} (plugin {fmt_plugin!r}) cannot render a {shape}, the shape of "
            f"report {report!r}; formats that can: {', '.join(able)}"
        )
    unknown = sorted(set(options) - set(kind.options))
    if unknown:
        accepted = ", ".join(kind.options) or "none"
        raise RenderError(
            f"report {report!r} (plugin {kind_plugin!r}) takes no option "
            f"{', '.join(map(repr, unknown))}; its options: {accepted}"
        )
    if kind.takes_plugin_manager:
        options["plugin_manager"] = registry.manager
    try:
        built = kind.build(program, **options)
    except CoordprogError:
        raise
    except Exception as exc:
        raise RenderError(
            f"report {report!r} (plugin {kind_plugin!r}) failed to build: {exc!r}"
        ) from exc
    try:
        output = renderer(built)
    except Exception as exc:
        raise RenderError(
            f"format {format!r} (plugin {fmt_plugin!r}) failed to render report {report!r}: {exc!r}"
        ) from exc
    expected = bytes if fmt.binary else str
    if not isinstance(output, expected):
        raise RenderError(
            f"format {format!r} (plugin {fmt_plugin!r}) returned {type(output).__name__}, "
            f"expected {expected.__name__}"
        )
    return output


def _lookup(table: dict[str, tuple[Any, str]], name: str, what: str) -> tuple[Any, str]:
    if name not in table:
        raise RenderError(
            f"expected the name of an installed {what}, one of {', '.join(sorted(table))}; "
            f"found {name!r}"
        )
    return table[name]


def reports(*, plugin_manager: pluggy.PluginManager | None = None) -> tuple[Provided, ...]:
    """List the installed report kinds, each with its shape and the plugin providing it.

    .. versionadded:: 0.1.0
    """
    return describe(_registry(plugin_manager))[0]


def formats(*, plugin_manager: pluggy.PluginManager | None = None) -> tuple[Provided, ...]:
    """List the installed formats, each with its shapes, suffix, media type and plugin.

    .. versionadded:: 0.1.0
    """
    return describe(_registry(plugin_manager))[1]
