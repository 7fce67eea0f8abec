"""What plugins register: report kinds and output formats, and the table of both."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any, overload

import attrs

from coordprog.model._deprecation import deprecated, warn_deprecated
from coordprog.model._errors import lookup
from coordprog.plugins.options import ReportOption
from coordprog.shapes import Shape, shape_name


def _valid_name(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not value or not all(ch.isalnum() or ch in "-_." for ch in value):
        raise ValueError(
            f"expected a {attribute.name} of letters, digits, '-', '_' or '.', found {value!r}"
        )


def _suffixes(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _valid_suffixes(
    instance: Any, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for suffix in value:
        if not suffix.startswith(".") or len(suffix) < 2:
            raise ValueError(f"expected file suffixes starting with '.', found {suffix!r}")


def _options(value: Iterable[ReportOption | str]) -> tuple[ReportOption, ...]:
    options = tuple(value)
    names = [option for option in options if isinstance(option, str)]
    if names:
        # attrs' __init__ calls this converter: the plugin that built the kind
        # is four frames up.
        warn_deprecated(
            f"ReportKind(options=({', '.join(map(repr, names))}, ...)) with option names",
            "ReportOption values, which declare each option's type and default",
            stacklevel=4,
        )
    return tuple(ReportOption(option) if isinstance(option, str) else option for option in options)


def _valid_options(
    instance: Any, attribute: attrs.Attribute[tuple[ReportOption, ...]], value: tuple[Any, ...]
) -> None:
    seen: set[str] = set()
    for option in value:
        if not isinstance(option, ReportOption):
            raise TypeError(f"expected coordprog.ReportOption values, found {option!r}")
        if option.name in seen:
            raise ValueError(f"expected each option once, found {option.name!r} twice")
        seen.add(option.name)


def _valid_build(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``build`` accepts the program, every option and what the kind says it takes."""
    if not callable(value):
        raise TypeError(f"expected build to be callable, found {value!r}")
    try:
        signature = inspect.signature(value)
    except (TypeError, ValueError):  # a builtin without a signature: take it on trust
        return
    extras = [
        *(option.name for option in instance.options),
        *(["records"] if instance.takes_records else []),
        *(["plugin_manager"] if instance.takes_plugin_manager else []),
    ]
    try:
        signature.bind(None, **dict.fromkeys(extras))
    except TypeError as exc:
        raise TypeError(
            f"expected build of report kind {instance.name!r} to accept the program and the "
            f"keywords {', '.join(extras) or '(none)'}: {exc}"
        ) from None


@attrs.frozen
class ReportKind:
    """A kind of report: builds a shape from a program.

    ``build(program, **options)`` returns an instance of ``shape``
    (:class:`~coordprog.shapes.Document`, :class:`~coordprog.shapes.Table`
    or :class:`~coordprog.shapes.Calendar`).  ``options`` declares the
    options the kind takes, each a :class:`ReportOption` with its type and
    default: ``build`` gets each as a keyword, converted from what
    ``render(..., options={...})`` or the command line's ``--option
    NAME=VALUE`` gave, or its default when none was given.  With
    ``takes_plugin_manager``, ``build`` also gets ``plugin_manager=``, the
    manager the report is rendered with, for looking up what plugins
    provide (a work calendar by name, say).  With ``takes_records``,
    ``build`` also gets ``records=``: the :class:`coordprog.Records` the
    report is rendered with, or ``None``.  With ``takes_portfolio``,
    ``build`` gets a :class:`coordprog.Portfolio` where others get a
    program (``render(portfolio, "agenda")``): a report across the
    programs of a folder.  ``build`` is checked to accept all of these
    when the kind is made.  A build that returns anything but
    an instance of ``shape`` is reported as this kind's failure.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``takes_records``.
    .. versionchanged:: 0.3.0
       ``options`` are :class:`ReportOption` values, and ``build``'s
       signature is checked; ``takes_portfolio``.  Option names (``options=("lang",)``) still
       work until 0.4.0, with a :class:`DeprecationWarning`: each becomes an
       option passed as given, and only when given.
    """

    name: str = attrs.field(validator=_valid_name)
    shape: type[Shape]
    build: Callable[..., Shape] = attrs.field(validator=_valid_build)
    description: str = ""
    options: tuple[ReportOption, ...] = attrs.field(
        default=(), converter=_options, validator=_valid_options
    )
    takes_plugin_manager: bool = False
    takes_records: bool = False
    takes_portfolio: bool = False

    def option(self, name: str) -> ReportOption:
        """The option called ``name``.

        :raises NotFoundError: when the kind takes no such option.

        .. versionadded:: 0.3.0
        """
        return lookup(
            {option.name: option for option in self.options},
            name,
            "option",
            f"report {self.name!r}",
        )


_Renderers = Mapping[type[Any], Callable[[Any], str | bytes]]


@attrs.frozen(eq=False, init=False)
class OutputFormat:
    """An output format: renders the shapes it has a renderer for.

    ``renderers`` maps a shape class to a function from an instance of that
    shape to ``str`` (text formats) or ``bytes`` (``binary`` formats).
    ``suffixes`` are the file suffixes with their dot, the usual one first
    (``(".yaml", ".yml")``; a single string is accepted for one suffix);
    ``media_type`` is the IANA media type (``"text/markdown"``).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``suffix`` became ``suffixes``: a format may own several.
    .. versionchanged:: 0.3.0
       ``OutputFormat(name, suffix=...)`` (the keyword of 0.1) works again
       until 0.4.0, with a :class:`DeprecationWarning`.
    """

    name: str = attrs.field(validator=_valid_name)
    suffixes: tuple[str, ...] = attrs.field(converter=_suffixes, validator=_valid_suffixes)
    media_type: str
    renderers: _Renderers
    description: str = ""
    binary: bool = False

    @overload
    def __init__(
        self,
        name: str,
        suffixes: str | tuple[str, ...] | list[str],
        media_type: str,
        renderers: _Renderers,
        description: str = "",
        binary: bool = False,
    ) -> None: ...
    @overload
    @deprecated("OutputFormat(suffix=...): use suffixes=, since 0.2.0")
    def __init__(
        self,
        name: str,
        *,
        suffix: str,
        media_type: str,
        renderers: _Renderers,
        description: str = "",
        binary: bool = False,
    ) -> None: ...
    def __init__(
        self,
        name: str,
        suffixes: str | tuple[str, ...] | list[str] | None = None,
        media_type: str | None = None,
        renderers: _Renderers | None = None,
        description: str = "",
        binary: bool = False,
        *,
        suffix: str | None = None,
    ) -> None:
        if suffix is not None:
            if suffixes is not None:
                raise TypeError("expected suffixes= or the deprecated suffix=, found both")
            warn_deprecated("OutputFormat(suffix=...)", "OutputFormat(suffixes=...)")
            suffixes = suffix
        if suffixes is None or media_type is None or renderers is None:
            given = {"suffixes": suffixes, "media_type": media_type, "renderers": renderers}
            missing = ", ".join(label for label, value in given.items() if value is None)
            raise TypeError(f"OutputFormat() missing required arguments: {missing}")
        self.__attrs_init__(name, suffixes, media_type, renderers, description, binary)

    @property
    def suffix(self) -> str | None:
        """The usual file suffix (the first of :attr:`suffixes`), or ``None``."""
        return self.suffixes[0] if self.suffixes else None

    @property
    def shapes(self) -> tuple[str, ...]:
        """The names of the shapes this format renders, e.g. ``("document", "table")``."""
        return tuple(shape_name(cls) for cls in self.renderers)


@attrs.frozen
class Provided:
    """A registered report kind or format and the plugin that provides it.

    ``replaces`` names the built-in plugin whose kind or format of the same
    name this one replaced by an explicit override, if it did.  A format's
    ``suffixes`` are those it holds: a suffix another format claimed first
    is left out (see "Names, suffixes and overrides" in the plugins guide).
    ``binary`` says whether a format writes bytes (render it with
    :func:`coordprog.render_output`) rather than text.  A report kind's
    ``options`` are the :class:`ReportOption` values it declares,
    ``formats`` the installed formats that render its shape, and
    ``takes_records`` whether it reads records of implementation,
    ``takes_portfolio`` whether it reports on a portfolio, not a program.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       ``suffixes`` lists only the suffixes the format holds; ``binary``,
       ``options``, ``formats``, ``takes_records``, ``takes_portfolio``.
    """

    name: str
    plugin: str
    description: str
    shapes: tuple[str, ...]
    suffixes: tuple[str, ...] = ()
    media_type: str | None = None
    replaces: str | None = None
    binary: bool = False
    options: tuple[ReportOption, ...] = ()
    formats: tuple[str, ...] = ()
    takes_records: bool = False
    takes_portfolio: bool = False

    @property
    def suffix(self) -> str | None:
        """The usual file suffix of a format, or ``None``."""
        return self.suffixes[0] if self.suffixes else None


class Declared:
    """A report kind or format a built-in plugin declares: its name, suffixes and maker."""

    __slots__ = ("load", "name", "suffixes")

    def __init__(self, name: str, suffixes: tuple[str, ...], load: Callable[[], Any]) -> None:
        self.name, self.suffixes, self.load = name, suffixes, load


class Claim:
    """One name held in a :class:`Registry`: what holds it and which plugin registered it.

    A :class:`Declared` item is made on first use of :attr:`item`.
    """

    __slots__ = ("_item", "plugin", "replaces")

    def __init__(self, item: Any, plugin: str, replaces: str | None = None) -> None:
        self._item, self.plugin, self.replaces = item, plugin, replaces

    @property
    def item(self) -> Any:
        """The report kind or format."""
        found = self._item
        if type(found) is Declared:
            found = self._item = found.load()
        return found

    def __repr__(self) -> str:
        return f"Claim({self._item!r}, {self.plugin!r}, replaces={self.replaces!r})"


@attrs.frozen
class Registry:
    """The report kinds and formats of one plugin manager's plugins, by name.

    ``suffixes`` maps each file suffix (in lower case) to the one format
    that holds it: the first registered that claims it, unless a plugin's
    format took a built-in one's with ``override=True``.
    """

    reports: dict[str, Claim]
    formats: dict[str, Claim]
    suffixes: dict[str, str] = attrs.field(factory=dict)

    def owned_suffixes(self, name: str) -> tuple[str, ...]:
        """The suffixes the format ``name`` holds, in the order it lists them."""
        fmt = self.formats[name].item
        return tuple(s for s in fmt.suffixes if self.suffixes.get(s.lower()) == name)

    def describe(self) -> tuple[tuple[Provided, ...], tuple[Provided, ...]]:
        """Return what is installed: (reports, formats), each sorted by name."""
        reports = tuple(
            Provided(
                name,
                claim.plugin,
                claim.item.description,
                (shape_name(claim.item.shape),),
                replaces=claim.replaces,
                options=claim.item.options,
                formats=tuple(
                    format
                    for format, held in sorted(self.formats.items())
                    if claim.item.shape in held.item.renderers
                ),
                takes_records=claim.item.takes_records,
                takes_portfolio=claim.item.takes_portfolio,
            )
            for name, claim in sorted(self.reports.items())
        )
        formats = tuple(
            Provided(
                name,
                claim.plugin,
                claim.item.description,
                claim.item.shapes,
                self.owned_suffixes(name),
                claim.item.media_type,
                replaces=claim.replaces,
                binary=claim.item.binary,
            )
            for name, claim in sorted(self.formats.items())
        )
        return reports, formats
