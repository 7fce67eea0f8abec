"""attrs validators shared by the model classes (single-object invariants)."""

from __future__ import annotations

import math
import re
from collections.abc import Sized
from typing import Any

import attrs

from coordprog.model._errors import FieldError
from coordprog.model._text import INVISIBLE


def not_empty(instance: Any, attribute: attrs.Attribute[Any], value: Sized) -> None:
    """Refuse an empty collection, and a string that is empty or only white space."""
    if len(value) == 0:
        raise FieldError(attribute.name, "expected a non-empty value, found an empty one")
    if isinstance(value, str) and value.isspace():
        raise FieldError(attribute.name, f"expected text, found only white space {value!r}")


def one_of(instance: Any, *names: str) -> None:
    """Refuse ``instance`` when none of its fields ``names`` is set (``None`` or empty).

    For what a document must say at least one of: a person's name or post,
    a signatory's name or title.
    """
    if all(getattr(instance, name) in (None, ()) for name in names):
        raise FieldError(
            names[0], f"expected at least one of {', '.join(map(repr, names))}, found none"
        )


def at_least_one(what: str) -> Any:
    """Return a validator refusing an empty tuple: "expected at least one ``what``, found none".

    For a field with an empty default that must still be given (a program's
    parties): the JSON Schema lists it as required.
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Sized) -> None:
        if len(value) == 0:
            raise FieldError(attribute.name, f"expected at least one {what}, found none")

    check.required = True  # type: ignore[attr-defined]  # read by the JSON Schema
    return check


_SPACE = re.compile(r"\s")


def identifier(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Refuse an id that is empty or contains white space."""
    if not value or _SPACE.search(value):
        raise FieldError(attribute.name, f"expected an id without spaces, found {value!r}")


#: What prints nothing on its own, beside white space: the invisible characters and the
#: soft hyphen (shown only where a line breaks a word).
_UNPRINTED: dict[int, int | None] = {**INVISIBLE, 0x00AD: None}
#: :func:`visible_text` as a JSON Schema ``pattern``: a character that is none of them,
#: written from the same table so that the two cannot disagree.
VISIBLE_PATTERN = "[^\\s" + "".join(f"\\u{code:04x}" for code in sorted(_UNPRINTED)) + "]"


def _blank(text: str) -> bool:
    """Whether ``text`` prints nothing: only white space, invisible characters, soft hyphens."""
    return not text.translate(_UNPRINTED).strip()


def visible_text(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Refuse a printed line that prints nothing (a type line of zero-width spaces, say).

    .. versionadded:: 0.3.0
    """
    if _blank(value):
        raise FieldError(attribute.name, f"expected text, found {value!r}")


def no_blank_lines(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    """Refuse a list of printed lines (recipients, addressees) holding one that prints nothing.

    .. versionadded:: 0.3.0
    """
    for index, line in enumerate(value):
        if _blank(line):
            raise FieldError(f"{attribute.name}[{index}]", f"expected text, found {line!r}")


def no_duplicates(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """Refuse a tuple that names the same value twice."""
    if len(value) < 2 or len(set(value)) == len(value):
        return
    seen: set[Any] = set()
    for index, item in enumerate(value):
        if item in seen:
            raise FieldError(
                attribute.name, f"expected each value once, found {item!r} again at index {index}"
            )
        seen.add(item)


def within(low: int, high: int) -> Any:
    """Return a validator refusing integers outside ``low`` to ``high``, inclusive."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
        if not low <= value <= high:
            raise FieldError(
                attribute.name, f"expected a number from {low} to {high}, found {value}"
            )

    check.bounds = (low, high)  # type: ignore[attr-defined]  # read by the JSON Schema
    return check


def finite(instance: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    """Refuse NaN and the infinities, which JSON cannot hold (integers are always finite)."""
    if isinstance(value, float) and not math.isfinite(value):
        raise FieldError(attribute.name, f"expected a finite number, found {value}")


#: The years a program's dates may fall in: wide enough for any real
#: document, narrow enough that date arithmetic never leaves the calendar.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def plausible_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse a date outside the years 1900 to 2200."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise FieldError(
            attribute.name,
            f"expected a date in the years {FIRST_YEAR} to {LAST_YEAR}, found {value}",
        )
