"""Dates as documents state them, and the calendar arithmetic of the schedule.

A document states a date to the day, to the month or year only
(:class:`PartialDate`), or not at all (``None``).

Month arithmetic is plain integer arithmetic with the day clamped to the end
of a shorter month: exactly what ``dateutil.relativedelta`` does (the test
suite checks the two agree on every kind of date), at a fraction of the cost
on the hot path of scheduling thousands of programs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import TypeAlias

import attrs

from coordprog.model._errors import FieldError
from coordprog.model._field_checks import FIRST_YEAR, LAST_YEAR, within
from coordprog.model._vocabulary import Vocabulary

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Return how many days ``month`` of ``year`` has (no weekday work, unlike calendar)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]


def add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` plus ``months`` months, clamped to the end of a shorter month.

    Always counted from the same anchor, never step by step, so the 31st
    comes back in every month that has one.
    """
    if months == 0:
        return day
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    if day.day <= 28:
        return dt.date(year, month, day.day)
    return dt.date(year, month, min(day.day, days_in_month(year, month)))


def month_steps(anchor: dt.date, months: int, first: int) -> Iterator[dt.date]:
    """Yield ``anchor`` plus ``k * months`` months for k = ``first``, ``first + 1`` ...

    Each date is counted from the anchor, as :func:`add_months` counts it.
    """
    index = anchor.year * 12 + anchor.month - 1
    day = anchor.day
    for k in itertools.count(first):
        year, month = divmod(index + k * months, 12)
        month += 1
        yield dt.date(year, month, day if day <= 28 else min(day, days_in_month(year, month)))


class Precision(Vocabulary):
    """How precisely a document states a date: to the day, the month or the year.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       Defined beside :class:`PartialDate`; still importable from where it was.
    """

    DAY = "day", "ngày"
    MONTH = "month", "tháng"
    YEAR = "year", "năm"


@attrs.frozen
class PartialDate:
    """A date a document states only in part: a month of a year, or a year.

    "tháng 3/2019" is ``PartialDate(2019, 3)``, "năm 2015" is
    ``PartialDate(2015)``.  Wherever the model takes a date it takes a
    :class:`datetime.date` (known to the day), a :class:`PartialDate`, or
    ``None`` where the document does not state it: nothing forces a day the
    document does not give.  Files write it as ``"2019-03"`` or ``"2015"``.

    >>> PartialDate(2019, 3).first, PartialDate(2019, 3).last
    (datetime.date(2019, 3, 1), datetime.date(2019, 3, 31))
    >>> str(PartialDate(2015))
    '2015'

    .. versionadded:: 0.3.0
    """

    year: int = attrs.field(validator=within(FIRST_YEAR, LAST_YEAR))
    month: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(within(1, 12))
    )

    @property
    def precision(self) -> Precision:
        """``month`` or ``year``: how much of the date the document states."""
        return Precision.YEAR if self.month is None else Precision.MONTH

    @property
    def first(self) -> dt.date:
        """The earliest day the date can be."""
        return dt.date(self.year, self.month or 1, 1)

    @property
    def last(self) -> dt.date:
        """The latest day the date can be."""
        month = self.month or 12
        return dt.date(self.year, month, days_in_month(self.year, month))

    def __str__(self) -> str:
        return str(self.year) if self.month is None else f"{self.year}-{self.month:02d}"

    @classmethod
    def from_string(cls, text: str) -> PartialDate:
        """The partial date ``"YYYY-MM"`` or ``"YYYY"`` names.

        :raises ValueError: when ``text`` is neither.
        """
        match = _PARTIAL.fullmatch(text)
        if match is None:
            raise ValueError(f"expected a year (YYYY) or a month (YYYY-MM), found {text!r}")
        year, month = match.groups()
        return cls(int(year), None if month is None else int(month))


_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?")

#: A date as a document states it: to the day, to the month or year, or not at all.
DateLike: TypeAlias = dt.date | PartialDate


def first_day(day: dt.date | PartialDate) -> dt.date:
    """The earliest day ``day`` can be: itself, or the first day of its month or year.

    .. versionadded:: 0.3.0
    """
    return day if isinstance(day, dt.date) else day.first


def last_day(day: dt.date | PartialDate) -> dt.date:
    """The latest day ``day`` can be: itself, or the last day of its month or year.

    .. versionadded:: 0.3.0
    """
    return day if isinstance(day, dt.date) else day.last


def precision_of(day: dt.date | PartialDate) -> Precision:
    """How precisely ``day`` is known: ``day`` for a date, else its partial precision.

    .. versionadded:: 0.3.0
    """
    return Precision.DAY if isinstance(day, dt.date) else day.precision


def parse_date(text: str) -> dt.date | PartialDate:
    """The date ``"YYYY-MM-DD"``, ``"YYYY-MM"`` or ``"YYYY"`` names, as precisely as written.

    >>> parse_date("2019-03"), parse_date("2019-03-20")
    (PartialDate(year=2019, month=3), datetime.date(2019, 3, 20))

    :raises ValueError: when ``text`` is none of the three, or an impossible date.

    .. versionadded:: 0.3.0
    """
    if len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"expected a date (YYYY-MM-DD, YYYY-MM or YYYY), found {text!r}"
            ) from None
    try:
        return PartialDate.from_string(text)
    except (ValueError, FieldError):
        raise ValueError(f"expected a date (YYYY-MM-DD, YYYY-MM or YYYY), found {text!r}") from None


def is_before(day: dt.date | PartialDate, other: dt.date) -> bool | None:
    """Whether ``day`` is before ``other``; ``None`` when its precision cannot tell.

    .. versionadded:: 0.3.0
    """
    if last_day(day) < other:
        return True
    if first_day(day) >= other:
        return False
    return None


def written(day: dt.date | PartialDate | None, *, unknown: str = "chưa rõ ngày") -> str:
    """``day`` as a Vietnamese text writes it, to the precision it is known.

    >>> written(dt.date(2022, 1, 24)), written(PartialDate(2019, 3)), written(PartialDate(2015))
    ('ngày 24/01/2022', 'tháng 3/2019', 'năm 2015')
    >>> written(None)
    'chưa rõ ngày'

    .. versionadded:: 0.3.0
    """
    if day is None:
        return unknown
    if isinstance(day, dt.date):
        return f"ngày {day:%d/%m/%Y}"
    if day.month is None:
        return f"năm {day.year}"
    return f"tháng {day.month}/{day.year}"


def short(day: dt.date | PartialDate | None) -> str:
    """``day`` in a table cell: ``24/01/2022``, ``03/2019``, ``2015``; empty for ``None``.

    .. versionadded:: 0.3.0
    """
    if day is None:
        return ""
    if isinstance(day, dt.date):
        return f"{day:%d/%m/%Y}"
    if day.month is None:
        return str(day.year)
    return f"{day.month:02d}/{day.year}"
