"""Calendar arithmetic shared by validation and the schedule engine.

Month arithmetic is plain integer arithmetic with the day clamped to the end
of a shorter month: exactly what ``dateutil.relativedelta`` does (the test
suite checks the two agree on every kind of date), at a fraction of the cost
on the hot path of scheduling thousands of programs.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coordprog.model._schedule_rules import Offset

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


def apply_offset(day: dt.date, offset: Offset) -> dt.date:
    """Return ``day`` moved by ``offset``: years and months (clamped), then days."""
    moved = add_months(day, offset.years * 12 + offset.months)
    return moved + dt.timedelta(days=offset.days) if offset.days else moved


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


def mover(offset: Offset) -> Callable[[dt.date], dt.date]:
    """Return a function that applies ``offset`` as :func:`apply_offset` does.

    The function is as cheap as the offset allows: most review offsets are
    zero or a number of days, which need no month arithmetic.
    """
    months = offset.years * 12 + offset.months
    if months == 0:
        if offset.days == 0:
            return _same_day
        return functools.partial(operator.add, dt.timedelta(days=offset.days))
    if offset.days == 0:
        return functools.partial(add_months, months=months)
    return functools.partial(apply_offset, offset=offset)


def _same_day(day: dt.date) -> dt.date:
    return day
