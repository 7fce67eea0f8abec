"""Schedule rules: the program's deadlines as data (annual plans, *sơ kết*, *tổng kết*).

The rules only describe; :func:`coordprog.schedule` turns them into dated events.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
from collections.abc import Callable

import attrs

from coordprog.model._dates import add_months
from coordprog.model._errors import FieldError
from coordprog.model._field_checks import (
    identifier,
    no_duplicates,
    not_empty,
    plausible_date,
    within,
)
from coordprog.model._vocabulary import Vocabulary


class EventKind(Vocabulary):
    """The kinds of dated events a program's schedule holds.

    .. versionadded:: 0.1.0
    """

    #: *kế hoạch phối hợp hàng năm*: the plan that makes the program concrete for a year.
    ANNUAL_PLAN = "annual-plan", "kế hoạch phối hợp hàng năm"
    #: *sơ kết*: an interim review of a window of the period.
    INTERIM_REVIEW = "interim-review", "sơ kết"
    #: *giao ban*: a regular coordination meeting.
    COORDINATION_MEETING = "coordination-meeting", "giao ban"
    #: *tổng kết*: the final review of the whole period.
    FINAL_REVIEW = "final-review", "tổng kết"
    #: any other dated event the program names.
    EVENT = "event", "sự kiện"


class Shift(enum.StrEnum):
    """Which way a work calendar moves a due date that is not a working day.

    .. versionadded:: 0.1.0
    """

    EARLIER = "earlier"
    LATER = "later"


class Align(enum.StrEnum):
    """Where the windows of a recurring review start.

    .. versionadded:: 0.1.0
    """

    #: windows of ``every_months`` months counted from the start of the period.
    PERIOD = "period"
    #: windows on calendar boundaries (quarters, half years, years from
    #: 1 January); the first window runs from the start of the period to the
    #: first boundary.
    CALENDAR = "calendar"


@attrs.frozen
class Offset:
    """A calendar offset such as "3 months less a day", added to an anchor date.

    Months are added before days, and a month-end anchor stays clamped to
    the end of a shorter month (31 January + 1 month is 28 or 29 February).

    .. versionadded:: 0.1.0
    """

    years: int = attrs.field(default=0, validator=within(-100, 100))
    months: int = attrs.field(default=0, validator=within(-1200, 1200))
    days: int = attrs.field(default=0, validator=within(-36600, 36600))

    def apply_to(self, day: dt.date) -> dt.date:
        """Return ``day`` moved by this offset, as ``day + relativedelta(...)`` would.

        >>> import datetime as dt
        >>> Offset(months=3, days=-1).apply_to(dt.date(2022, 1, 1))
        datetime.date(2022, 3, 31)
        >>> Offset(months=1).apply_to(dt.date(2024, 1, 31))
        datetime.date(2024, 2, 29)

        .. versionadded:: 0.2.0
        """
        return apply_offset(day, self)


@attrs.frozen
class AnnualPlanRule:
    """One annual coordination plan per calendar year of the period.

    The plan for year *Y* is due at 1 January of *Y* plus ``due``: the
    default, ``months = 3, days = -1``, is the end of the first quarter; use
    ``days = -1`` for "before the year starts".  When the period starts
    during a year, that year's plan counts from the start of the period.
    A plan may be issued from a year before its first day up to its last
    day; a work calendar moves it within that range.  ``leads`` names the
    parties responsible; empty means every signing party.

    .. versionadded:: 0.1.0
    """

    due: Offset = Offset(months=3, days=-1)
    name_vi: str = attrs.field(default="Kế hoạch phối hợp công tác năm", validator=not_empty)
    name_en: str = attrs.field(default="Annual coordination plan", validator=not_empty)
    shift: Shift = Shift.EARLIER
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)


@attrs.frozen
class ReviewRule:
    """Reviews or meetings that recur every ``every_months`` months.

    The windows start at the beginning of the period and follow each other
    without gap or overlap, counted from the start of the period or, with
    ``align = "calendar"``, on calendar quarters, half years or years; each
    review is due ``due`` after the end of its window, and a work calendar
    may move it no later than ``grace`` after that end.
    ``prepares_next_plan`` records that the review also prepares next
    year's annual plan, as a yearly *sơ kết* usually does.  ``leads`` names
    the parties responsible; empty means every signing party.

    The last window of a cadence, the one that reaches the end of the
    period, is reviewed by the final review when the program has one; see
    :func:`coordprog.schedule`.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=identifier)
    every_months: int = attrs.field(validator=within(1, 1200))
    name_vi: str = attrs.field(validator=not_empty)
    name_en: str = attrs.field(validator=not_empty)
    kind: EventKind = attrs.field(default=EventKind.INTERIM_REVIEW)
    due: Offset = Offset()
    grace: Offset = Offset(months=1)
    shift: Shift = Shift.LATER
    prepares_next_plan: bool = False
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    align: Align = Align.PERIOD

    @kind.validator
    def _recurring_kind(self, attribute: attrs.Attribute[EventKind], value: EventKind) -> None:
        if value not in (EventKind.INTERIM_REVIEW, EventKind.COORDINATION_MEETING):
            raise FieldError(
                attribute.name,
                "expected 'interim-review' or 'coordination-meeting' for a recurring review, "
                f"found {value.value!r}",
            )


@attrs.frozen
class FinalReviewRule:
    """The final review (*tổng kết*) of the whole period, due ``due`` after its end.

    A work calendar may move it no later than ``grace`` after the end.

    .. versionadded:: 0.1.0
    """

    due: Offset = Offset()
    grace: Offset = Offset(months=3)
    name_vi: str = attrs.field(default="Tổng kết", validator=not_empty)
    name_en: str = attrs.field(default="Final review", validator=not_empty)
    shift: Shift = Shift.LATER
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)


@attrs.frozen
class OneOffEvent:
    """A single dated event the program names, such as a launch conference.

    A work calendar may move it by up to ``grace`` either way, trying the
    ``shift`` direction first.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=identifier)
    date: dt.date = attrs.field(validator=plausible_date)
    name_vi: str = attrs.field(validator=not_empty)
    name_en: str = attrs.field(validator=not_empty)
    shift: Shift = Shift.LATER
    grace: Offset = Offset(days=7)
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)


@attrs.frozen
class ScheduleRules:
    """Every schedule rule of a program.

    .. versionadded:: 0.1.0
    """

    annual_plans: AnnualPlanRule | None = None
    reviews: tuple[ReviewRule, ...] = ()
    final_review: FinalReviewRule | None = None
    events: tuple[OneOffEvent, ...] = ()


def apply_offset(day: dt.date, offset: Offset) -> dt.date:
    """Return ``day`` moved by ``offset``: years and months (clamped), then days."""
    moved = add_months(day, offset.years * 12 + offset.months)
    return moved + dt.timedelta(days=offset.days) if offset.days else moved


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
