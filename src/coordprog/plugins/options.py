"""Report options: the name, the type and the default of each option a report kind takes.

A report kind declares its options once, as :class:`ReportOption` values;
everything else follows from them.  An option's value comes from Python
(``render(..., options={"soon": 30})``) or from the command line as text
(``--option soon=30``); its ``convert`` function turns either into the
value the kind's ``build`` receives, and refuses anything else with a
message that says what it expected.  An option not given gets its
``default``; an option declared without one is left out of the call, so
that ``build``'s own default applies.  :func:`coordprog.reports` and
``coordprog reports`` list each kind's options with their types and
defaults.

The converters are public, to be reused by plugins for options of their
own, and the constructors (:meth:`ReportOption.date`,
:meth:`ReportOption.integer`, :meth:`ReportOption.choice` ...) pair each
with the type shown in listings::

    from coordprog import ReportOption

    OPTIONS = (
        ReportOption.date("as_of", description="the day to report on"),
        ReportOption.integer("soon", default=60, minimum=0, maximum=3660),
        ReportOption.choice("lang", ("vi", "en"), default="vi"),
    )

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import datetime as dt
import keyword
from collections.abc import Callable, Iterable
from typing import Any

import attrs

__all__ = [
    "NO_DEFAULT",
    "ReportOption",
    "as_boolean",
    "as_choice",
    "as_date",
    "as_integer",
    "as_text",
]


class _NoDefault:
    """The type of :data:`NO_DEFAULT`."""

    def __repr__(self) -> str:
        return "NO_DEFAULT"

    def __reduce__(self) -> str:
        return "NO_DEFAULT"


#: The ``default`` of an option that is left out of ``build``'s call when not given.
NO_DEFAULT: Any = _NoDefault()

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def as_text(value: object) -> str:
    """``value`` as text: a ``str``, as given.

    :raises ValueError: for anything that is not a string.
    """
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {value!r}")
    return value


def as_date(value: object) -> dt.date:
    """``value`` as a date: a :class:`datetime.date`, or text ``YYYY-MM-DD``.

    >>> as_date("2024-08-15")
    datetime.date(2024, 8, 15)

    :raises ValueError: for anything else.
    """
    if isinstance(value, dt.datetime):
        raise ValueError(f"expected a date YYYY-MM-DD, found the date and time {value!r}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"expected a date YYYY-MM-DD, found {value!r}")


def as_integer(minimum: int | None = None, maximum: int | None = None) -> Callable[[object], int]:
    """A converter to a whole number from ``minimum`` to ``maximum`` (each optional).

    The converter takes an ``int`` or its text (``"30"``).

    >>> as_integer(0, 3660)("30")
    30
    """

    def convert(value: object) -> int:
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value.strip().lstrip("+-").isdigit():
            number = int(value)
        if (
            number is None
            or (minimum is not None and number < minimum)
            or (maximum is not None and number > maximum)
        ):
            raise ValueError(f"expected {_range(minimum, maximum)}, found {value!r}")
        return number

    return convert


def _range(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f"a whole number from {minimum} to {maximum}"
    if minimum is not None:
        return f"a whole number of at least {minimum}"
    if maximum is not None:
        return f"a whole number of at most {maximum}"
    return "a whole number"


def as_choice(values: Iterable[str]) -> Callable[[object], str]:
    """A converter that accepts one of ``values`` (text), exactly as written.

    >>> as_choice(("vi", "en"))("en")
    'en'
    """
    allowed = tuple(values)

    def convert(value: object) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise ValueError(f"expected one of {', '.join(allowed)}, found {value!r}")
        return value

    return convert


def as_boolean(value: object) -> bool:
    """``value`` as a boolean: ``True``/``False``, or text ``1``/``true``/``yes``/``on`` or ``0``...

    >>> as_boolean("yes")
    True

    :raises ValueError: for anything else.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(f"expected true or false (1, yes, on or 0, no, off), found {value!r}")


def _keep(value: object) -> object:
    return value


def _valid_option_name(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.isidentifier() or keyword.iskeyword(value):
        raise ValueError(f"expected an option name that is a Python identifier, found {value!r}")
    if value in ("records", "plugin_manager"):
        raise ValueError(f"expected an option name other than {value!r}, which build receives")


@attrs.frozen
class ReportOption:
    """An option a report kind takes: its name, how a value is read, its default.

    ``name`` is the keyword ``build`` receives it as.  ``convert`` turns the
    value given (a Python value, or text from the command line) into the
    value ``build`` gets, and raises :class:`ValueError` with a message
    saying what it expected for anything else; the default keeps the value
    as given.  ``default`` is what ``build`` gets when the option is not
    given; :data:`NO_DEFAULT` leaves it out of the call.  A ``required``
    option has no default: rendering without it is refused, naming it.
    ``accepts`` says
    in a few words what values look like (``"date YYYY-MM-DD"``), and
    ``description`` what the option does; both are shown by
    :func:`coordprog.reports` and ``coordprog reports``.

    .. versionadded:: 0.3.0
    """

    name: str = attrs.field(validator=_valid_option_name)
    convert: Callable[[Any], Any] = attrs.field(default=_keep, repr=False)
    default: Any = NO_DEFAULT
    description: str = ""
    accepts: str = "value"
    required: bool = attrs.field(default=False, kw_only=True)

    @required.validator
    def _no_default_if_required(self, attribute: attrs.Attribute[bool], value: bool) -> None:
        if value and self.default is not NO_DEFAULT:
            raise ValueError(f"expected a required option without a default: {self.name!r}")

    def value(self, given: object) -> Any:
        """``given`` converted for ``build``.

        :raises ValueError: naming the option, what it expected and what it found.
        """
        try:
            return self.convert(given)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"option {self.name}: {exc}") from None

    @property
    def shown(self) -> str:
        """The option as listings show it: ``soon (whole number from 0 to 3660, default 60)``.

        An option that must be given says ``required``; one whose default is
        ``None`` or left to ``build`` (the kind decides what its absence
        means, as the description explains) says ``optional``.

        .. versionchanged:: 0.3.0
           ``optional`` is said, where nothing was.
        """
        if self.required:
            said = "required"
        elif self.default is NO_DEFAULT or self.default is None:
            said = "optional"
        else:
            said = f"default {_shown(self.default)}"
        return f"{self.name} ({self.accepts}, {said})"

    @classmethod
    def text(
        cls,
        name: str,
        *,
        default: Any = NO_DEFAULT,
        description: str = "",
        required: bool = False,
        accepts: str = "text",
    ) -> ReportOption:
        """An option of free text; ``accepts`` says what it holds (``"party id"``)."""
        return cls(name, as_text, default, description, accepts, required=required)

    @classmethod
    def date(
        cls, name: str, *, default: Any = NO_DEFAULT, description: str = "", required: bool = False
    ) -> ReportOption:
        """A date: a :class:`datetime.date` or ``YYYY-MM-DD`` (:func:`as_date`)."""
        return cls(name, as_date, default, description, "date YYYY-MM-DD", required=required)

    @classmethod
    def integer(
        cls,
        name: str,
        *,
        default: Any = NO_DEFAULT,
        minimum: int | None = None,
        maximum: int | None = None,
        description: str = "",
    ) -> ReportOption:
        """A whole number, optionally bounded (:func:`as_integer`)."""
        shown = _range(minimum, maximum).removeprefix("a ")
        return cls(name, as_integer(minimum, maximum), default, description, shown)

    @classmethod
    def choice(
        cls, name: str, values: Iterable[str], *, default: Any = NO_DEFAULT, description: str = ""
    ) -> ReportOption:
        """One of a few words (:func:`as_choice`)."""
        allowed = tuple(values)
        head, last = allowed[:-1], allowed[-1:]  # "a, b or c"
        shown = " or ".join([", ".join(head)] * bool(head) + list(last))
        return cls(name, as_choice(allowed), default, description, shown)

    @classmethod
    def boolean(
        cls, name: str, *, default: Any = NO_DEFAULT, description: str = ""
    ) -> ReportOption:
        """True or false (:func:`as_boolean`)."""
        return cls(name, as_boolean, default, description, "true or false")


def _shown(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return repr(value)
