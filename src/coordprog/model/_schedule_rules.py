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

from coordprog.model._dates import PartialDate, add_months
from coordprog.model._errors import FieldError
from coordprog.model._field_checks import (
    at_least_one,
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
    #: *báo cáo*, *trao đổi thông tin*: a report or an exchange of information a duty calls for.
    REPORT = "report", "báo cáo"


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
    the parties responsible; empty means every signing party.  ``chairs``
    names who chairs (*chủ trì hội nghị*); with ``rotate_chair`` the chairs
    take turns year by year, the first in the period's first year.

    The last window of a cadence, the one that reaches the end of the
    period, is reviewed by the final review when the program has one; see
    :func:`coordprog.schedule`.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       ``name_en`` may be left out (a Vietnamese document states no English
       name); the events then carry ``name_vi`` in English output.
    """

    id: str = attrs.field(validator=identifier)
    every_months: int = attrs.field(validator=within(1, 1200))
    name_vi: str = attrs.field(validator=not_empty)
    name_en: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    kind: EventKind = attrs.field(default=EventKind.INTERIM_REVIEW)
    due: Offset = Offset()
    grace: Offset = Offset(months=1)
    shift: Shift = Shift.LATER
    prepares_next_plan: bool = False
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    align: Align = Align.PERIOD
    chairs: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    rotate_chair: bool = False

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
    ``shift`` direction first.  ``date`` is as precise as the document
    states it: a day, a month or a year (:class:`PartialDate`), or ``None``
    when it states none.  Only an event dated to the day is scheduled; one
    known to a month or a year, or not dated, is left out of the schedule
    with a note saying why (:func:`coordprog.schedule_notes`), and the
    program report prints it with its date as known.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       ``date`` may be a :class:`PartialDate` or left out; it is keyword-only.
       ``name_en`` may be left out (a Vietnamese document states no English
       name); the events then carry ``name_vi`` in English output.
    """

    id: str = attrs.field(validator=identifier)
    date: dt.date | PartialDate | None = attrs.field(
        default=None, kw_only=True, validator=plausible_date
    )
    name_vi: str = attrs.field(validator=not_empty)
    name_en: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    shift: Shift = Shift.LATER
    grace: Offset = Offset(days=7)
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)


@attrs.frozen
class ReportingDuty:
    """A duty to report, or to exchange information, on a cadence (*chế độ báo cáo*).

    ``reporters`` report to ``recipients`` (bodies of the program, by id);
    with ``exchange`` the reporters inform each other and ``recipients``
    stays empty.  With ``every_months`` the duty recurs on windows of that
    many months, aligned on the calendar by default (quarters, half years,
    years); each report is due at ``due`` from the ``anchor`` of its window:
    ``"end"`` (after the window closes) or ``"start"``, for deadlines that
    fall inside the window ("trước ngày 15 của tháng cuối quý" is
    ``anchor = "start"``, ``due = {months = 2, days = 14}`` on quarters;
    "báo cáo năm trước ngày 15/12" is the same anchor with ``months = 11``
    on years).  A duty without ``every_months`` ("thường xuyên") makes no
    dated events.  A work calendar moves a due date earlier by default,
    never before the window starts.  ``reporters`` must name at least one
    body.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``name_en`` may be left out (a Vietnamese document states no English
       name); the events then carry ``name_vi`` in English output.
    """

    id: str = attrs.field(validator=identifier)
    name_vi: str = attrs.field(validator=not_empty)
    name_en: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    reporters: tuple[str, ...] = attrs.field(
        default=(), validator=[at_least_one("reporter"), no_duplicates]
    )
    recipients: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    exchange: bool = False
    what: str | None = None
    every_months: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(within(1, 1200))
    )
    anchor: str = attrs.field(default="end", validator=attrs.validators.in_(("start", "end")))
    due: Offset = Offset()
    align: Align = Align.CALENDAR
    shift: Shift = Shift.EARLIER

    @recipients.validator
    def _someone_to_tell(
        self, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if not value and not self.exchange:
            raise FieldError(
                attribute.name,
                "expected the bodies reported to, or 'exchange = true' for an exchange "
                "between the reporters, found neither",
            )


@attrs.frozen
class AnnualEvent:
    """An event on the same date every year of the period, e.g. a "Ngày hội" each 19 August.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``name_en`` may be left out (a Vietnamese document states no English
       name); the events then carry ``name_vi`` in English output.
    """

    id: str = attrs.field(validator=identifier)
    month: int = attrs.field(validator=within(1, 12))
    day: int = attrs.field(validator=within(1, 31))
    name_vi: str = attrs.field(validator=not_empty)
    name_en: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    shift: Shift = Shift.EARLIER

    @day.validator
    def _real_day(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value > (29 if self.month == 2 else 30 if self.month in (4, 6, 9, 11) else 31):
            raise FieldError(attribute.name, f"expected a day of month {self.month}, found {value}")


@attrs.frozen
class ScheduleRules:
    """Every schedule rule of a program.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``duties`` and ``annual_events``.
    """

    annual_plans: AnnualPlanRule | None = None
    reviews: tuple[ReviewRule, ...] = ()
    final_review: FinalReviewRule | None = None
    events: tuple[OneOffEvent, ...] = ()
    duties: tuple[ReportingDuty, ...] = ()
    annual_events: tuple[AnnualEvent, ...] = ()


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
