"""Work calendars: which days are working days, for moving due dates onto them."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

import attrs

#: How far a calendar looks for a working day before it gives up.
_SEARCH_LIMIT = 366


@runtime_checkable
class WorkCalendar(Protocol):
    """What the schedule engine asks of a work calendar.

    A calendar for Vietnam must answer for lunar-calendar holidays (Tết,
    Hùng Kings' day) and for official day swaps, where a Saturday becomes a
    working day to make up for a bridge day off; ``is_working_day`` is the
    one question that covers them all.  :class:`WeekendCalendar` implements
    ``next_working_day`` and ``previous_working_day`` on top of it and is
    a convenient base class.

    .. versionadded:: 0.1.0
    """

    def is_working_day(self, day: dt.date) -> bool:
        """Return whether ``day`` is a working day."""
        ...

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return ``day`` if it is a working day, else the first working day after it."""
        ...

    def previous_working_day(self, day: dt.date) -> dt.date:
        """Return ``day`` if it is a working day, else the last working day before it."""
        ...


@attrs.frozen
class WeekendCalendar:
    """Monday to Friday are working days, except ``days_off``; ``working_days`` overrides.

    ``days_off`` holds holidays; ``working_days`` holds the weekend days
    made working days by an official swap.  With neither, this is the
    default calendar, which knows weekends only.

    .. versionadded:: 0.1.0
    """

    days_off: frozenset[dt.date] = frozenset()
    working_days: frozenset[dt.date] = frozenset()

    def is_working_day(self, day: dt.date) -> bool:
        """Return whether ``day`` is a working day."""
        if day in self.working_days:
            return True
        return day.weekday() < 5 and day not in self.days_off

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return ``day`` if it is a working day, else the first working day after it."""
        return _search(self, day, 1)

    def previous_working_day(self, day: dt.date) -> dt.date:
        """Return ``day`` if it is a working day, else the last working day before it."""
        return _search(self, day, -1)


def _search(calendar: WorkCalendar, day: dt.date, step: int) -> dt.date:
    one = dt.timedelta(days=step)
    for _ in range(_SEARCH_LIMIT):
        if calendar.is_working_day(day):
            return day
        day += one
    raise ValueError(f"no working day within {_SEARCH_LIMIT} days of {day}")
