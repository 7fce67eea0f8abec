"""The schedule engine: a program's schedule rules turned into dated events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import NamedTuple

import attrs

from coordprog.model._dates import add_months, days_in_month, month_steps
from coordprog.model._errors import CoordprogError
from coordprog.model._program import InForce, Period, Program
from coordprog.model._schedule_rules import (
    Align,
    AnnualEvent,
    AnnualPlanRule,
    EventKind,
    Offset,
    ReportingDuty,
    ReviewRule,
    ScheduleRules,
    Shift,
    apply_offset,
    mover,
)
from coordprog.schedule._work_calendar import WorkCalendar

#: The rule name of events made by the annual plan and final review rules.
ANNUAL_PLAN_RULE = "annual-plan"
FINAL_REVIEW_RULE = "final-review"

_KIND_ORDER = {
    EventKind.ANNUAL_PLAN: 0,
    EventKind.EVENT: 1,
    EventKind.REPORT: 2,
    EventKind.COORDINATION_MEETING: 3,
    EventKind.INTERIM_REVIEW: 4,
    EventKind.FINAL_REVIEW: 5,
}


class ScheduleError(CoordprogError, ValueError):
    """A schedule cannot be made, e.g. a calendar has no working day where an event may fall.

    .. versionadded:: 0.1.0
    """


@attrs.frozen
class Event:
    """One dated event of a program's schedule.

    ``start`` and ``end`` are the window the event covers (the year a plan
    plans, the months a review reviews, the whole period for the final
    review); ``due`` is the day it is due.  ``name_vi`` and ``name_en`` are
    the rule's names (``name_en`` is ``name_vi`` when the rule gives no
    English name: no name is made up); :attr:`title_vi` and :attr:`title_en` add the year or
    the window.  ``earliest`` and ``latest``
    bound where a work calendar may move ``due``.  ``rule`` names the rule
    that made the event: ``"annual-plan"``, ``"final-review"``, or the id
    of a review rule or one-off event; ``sequence`` counts the events of
    that rule from 1.  ``leads`` are the bodies responsible (for a report,
    those who report), ``recipients`` those a report goes to, and
    ``chairs`` who chairs a meeting or review (that year's chair when
    chairing rotates).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``chairs`` and ``recipients``; events of reporting duties and
       yearly fixed-date events.
    """

    kind: EventKind
    rule: str
    sequence: int
    start: dt.date
    end: dt.date
    due: dt.date
    earliest: dt.date
    latest: dt.date
    leads: tuple[str, ...]
    name_vi: str
    name_en: str
    prepares_next_plan: bool = False
    chairs: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    amendment: int | None = None

    @property
    def title_vi(self) -> str:
        """The Vietnamese title: the rule's name with the year or window, dd/mm/yyyy."""
        return self._title(self.name_vi, f"{_vi(self.start)} - {_vi(self.end)}")

    @property
    def title_en(self) -> str:
        """The English title: the rule's name with the year or window, ISO dates."""
        return self._title(self.name_en, f"{self.start} to {self.end}")

    def _title(self, name: str, window: str) -> str:
        if self.kind is EventKind.ANNUAL_PLAN:
            return f"{name} {self.start.year}"
        if self.kind is EventKind.EVENT:
            return name
        return f"{name} ({window})"


def schedule(
    program: Program, calendar: WorkCalendar | None = None, until: dt.date | None = None
) -> tuple[Event, ...]:
    """Return the dated events of ``program``, sorted by due date.

    Amendments are in force from their date (:attr:`Program.in_force`):
    an event belongs to the rules in force on the earlier of the day its
    window ends and the day it is due.  Windows that ended, and events due,
    before an amendment keep the rules and period in force then; the
    amended rules and period make the events from its date on (including
    a window the earlier rules had not yet made due, even if the amended
    rules would have made it due earlier; never a window new to them and
    already past).  So an amendment never changes what was scheduled
    before it, and records of earlier events still match.  Each rule's
    events are numbered from 1 in window order across amendments.

    An open-ended program (no end to its period, in force until replaced
    or with an end not stated) has no final review, and its recurring
    events (annual plans, reviews, meetings) are scheduled only up to the
    horizon ``until`` the caller gives: those due after it, and every one
    of them when there is no horizon, are left out, so that no schedule is
    unbounded.  ``until`` does not cut a program that has an end.  A
    program whose start is not stated has no recurring event and no final
    review (their windows cannot be placed).  A one-off event dated to a
    month or a year, or not dated, is not scheduled (no day can be given
    it).  :func:`schedule_notes` says what could not be scheduled and why.

    * Annual plans: one for each calendar year the period touches, covering
      that year (or the part of it inside the period), due at its first day
      plus the rule's ``due`` offset, and never after its last day.
    * Recurring reviews: windows of ``every_months`` months counted from the
      start of the period, each due ``due`` after the window ends.  Months
      are always counted from the start, so a period that starts on the
      31st has a review for every window, ending the 30th, 27th or 28th
      where the month is shorter.
    * The final review covers the whole period and is due ``due`` after it
      ends.  It takes the place of the last window of every cadence (the one
      that reaches the end of the period): a program's last yearly review
      *is* its final review, which also proposes the next program instead
      of next year's plan.  Any interim review that would fall due after
      the final review is folded into it likewise.  Without a final review
      rule, the last window ends with the period and is reviewed like the
      others.
    * One-off events on their dates.

    With a ``calendar``, every due date that is not a working day moves to
    one, first in the direction the rule's ``shift`` names, else the other
    way, never outside ``[earliest, latest]``.  Events due the same day
    come in the order annual plan, one-off event, meeting, interim review,
    final review.

    Bodies that cease hand their duties over (:meth:`Program.responsible`):
    an event's leads, chairs and recipients are the bodies that carry them
    on its due date, each once, so a body merged away has no event due
    after its last day and its successor has each event once.

    :raises ScheduleError: when a calendar has no working day within an
        event's allowed range.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       Amendments in force from their date; a period without a start;
       events handed over to successors.
    """
    versions = program.in_force
    signing = tuple(party.id for party in program.parties)
    if len(versions) == 1:
        made, final = _version(versions[0].period, versions[0].schedule, signing, until)
    else:
        made, final = _amended(versions, signing, until)
    if calendar is not None:
        made = [(_move(event, shift, calendar), shift) for event, shift in made]
        if final is not None:
            final = (_move(final[0], final[1], calendar), final[1])
    if final is None:
        events = [event for event, _ in made]
    else:
        # Recurring events due after the final review are folded into it.
        final_due = final[0].due
        events = [
            event for event, _ in made if event.due <= final_due or event.kind not in _RECURRING
        ]
        events.append(final[0])
    if program.has_lineage:
        events = [_handed_over(program, event) for event in events]
    events.sort(key=_order)
    return tuple(events)


def _handed_over(program: Program, event: Event) -> Event:
    """``event`` with each body replaced by the one that carries its duties on the due date."""

    def living(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(program.responsible(party, event.due) for party in ids))

    leads, chairs, recipients = living(event.leads), living(event.chairs), living(event.recipients)
    if (leads, chairs, recipients) == (event.leads, event.chairs, event.recipients):
        return event
    return attrs.evolve(event, leads=leads, chairs=chairs, recipients=recipients)


def _amended(
    versions: tuple[InForce, ...], signing: tuple[str, ...], until: dt.date | None
) -> tuple[list[tuple[Event, Shift]], tuple[Event, Shift] | None]:
    """The events of each version of the rules, each window made by one version only.

    A window (a rule's event from a given day: an amended period may move
    its end, as a year's plan of a period that ended in February and now
    runs on) falls to the first version
    that makes it due (the earlier of its end and its due date) before the
    next version comes into force.  A later version makes no window due
    before its own date, unless the version before it had that window and
    had not yet made it due: an amendment moves what is still to come,
    never what was due already.  It may move such a window's due date
    before its own date, never its end: a window it would end before then
    is not made (no window that ended before an amendment is changed by it).
    """
    made: list[tuple[Event, Shift]] = []
    final: tuple[Event, Shift] | None = None
    kept: set[tuple[str, dt.date]] = set()
    # The windows the version before had and had not made due by the next one's date.
    pending: set[tuple[str, dt.date]] = set()
    for index, version in enumerate(versions):
        following = versions[index + 1].since if index + 1 < len(versions) else None
        part, part_final = _version(version.period, version.schedule, signing, until)
        pairs = part if part_final is None else [*part, part_final]
        still: set[tuple[str, dt.date]] = set()
        for pair in pairs:
            event = pair[0]
            key = (event.rule, event.start)
            pivot = min(event.end, event.due)
            if key in kept:
                continue
            if version.since is not None and pivot < version.since:
                if key not in pending:
                    continue  # new to these rules and already past: never made retroactively
                if event.end < version.since:
                    # Open when these rules came into force, which end it before
                    # their date: they would remake the past, so they make it not.
                    continue
            if following is not None and pivot >= following:
                still.add(key)
                continue
            kept.add(key)
            if pair is part_final:
                final = _made_by(pair, version.amendment)
            else:
                made.append(_made_by(pair, version.amendment))
        pending = still
    return _renumbered(made), final


def _made_by(pair: tuple[Event, Shift], amendment: int | None) -> tuple[Event, Shift]:
    if amendment is None:
        return pair
    return attrs.evolve(pair[0], amendment=amendment), pair[1]


def _renumbered(made: list[tuple[Event, Shift]]) -> list[tuple[Event, Shift]]:
    """Each rule's events numbered from 1 in window order, across the rules' versions."""
    by_rule: dict[str, list[int]] = {}
    for index, (event, _) in enumerate(made):
        by_rule.setdefault(event.rule, []).append(index)
    result = list(made)
    for indexes in by_rule.values():
        ordered = sorted(indexes, key=lambda i: (made[i][0].end, made[i][0].start))
        for sequence, index in enumerate(ordered, start=1):
            event, shift = made[index]
            if event.sequence != sequence:
                result[index] = (attrs.evolve(event, sequence=sequence), shift)
    return result


def _version(
    stated: Period, rules: ScheduleRules, signing: tuple[str, ...], until: dt.date | None
) -> tuple[list[tuple[Event, Shift]], tuple[Event, Shift] | None]:
    """The events of one version of the rules over one version of the period (no calendar)."""
    made: list[tuple[Event, Shift]] = []
    final: tuple[Event, Shift] | None = None
    start = stated.start
    horizon: dt.date | None = None
    if start is not None:
        if stated.end is None:
            # Open-ended: compute to the end of the horizon's year, keep what is due by it.
            horizon = until if until is not None and until >= start else start
            period = _Span(start, dt.date(horizon.year, 12, 31))
        else:
            period = _Span(start, stated.end)
        if rules.annual_plans is not None:
            _annual_plans(made, rules.annual_plans, period, signing)
        if rules.final_review is not None and horizon is None:
            final_rule = rules.final_review
            due = apply_offset(period.end, final_rule.due)
            final = (
                Event(
                    kind=EventKind.FINAL_REVIEW,
                    rule=FINAL_REVIEW_RULE,
                    sequence=1,
                    start=period.start,
                    end=period.end,
                    due=due,
                    earliest=period.end,
                    latest=apply_offset(period.end, final_rule.grace),
                    leads=final_rule.leads or signing,
                    name_vi=final_rule.name_vi,
                    name_en=final_rule.name_en,
                ),
                final_rule.shift,
            )
        for rule in rules.reviews:
            _reviews(made, rule, period, signing, with_final=final is not None)
        for duty in rules.duties:
            _duties(made, duty, period)
        for yearly in rules.annual_events:
            _annual_events(made, yearly, period, signing, stated.end)
        if horizon is not None:
            # Without a horizon given, no recurring event at all.
            made = [] if until is None else [pair for pair in made if pair[0].due <= until]
    for one_off in rules.events:
        day = one_off.date
        if not isinstance(day, dt.date):
            continue  # dated to a month, a year or not at all: see schedule_notes
        earliest = _back(day, one_off.grace)
        made.append(
            (
                Event(
                    kind=EventKind.EVENT,
                    rule=one_off.id,
                    sequence=1,
                    start=day,
                    end=day,
                    due=day,
                    earliest=earliest if start is None else max(start, earliest),
                    latest=_capped(apply_offset(day, one_off.grace), stated.end),
                    leads=one_off.leads or signing,
                    name_vi=one_off.name_vi,
                    name_en=one_off.name_en or one_off.name_vi,
                ),
                one_off.shift,
            )
        )
    return made, final


class _Span(NamedTuple):
    """The stretch of days the engine schedules: a period with an end."""

    start: dt.date
    end: dt.date

    @property
    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)


_RECURRING = frozenset((EventKind.INTERIM_REVIEW, EventKind.COORDINATION_MEETING))


def _order(event: Event) -> tuple[dt.date, int, str, dt.date]:
    return (event.due, _KIND_ORDER[event.kind], event.rule, event.start)


def _annual_plans(
    made: list[tuple[Event, Shift]],
    rule: AnnualPlanRule,
    period: _Span,
    signing: tuple[str, ...],
) -> None:
    leads = rule.leads or signing
    plan_due = mover(rule.due)
    for sequence, year in enumerate(period.years, start=1):
        start = max(dt.date(year, 1, 1), period.start)
        end = min(dt.date(year, 12, 31), period.end)
        due = min(plan_due(start), end)
        made.append(
            (
                # Positional, in Event's field order (a test pins that order):
                # this loop runs once per year of every program, and keyword
                # arguments cost 2.6 µs an event against 1.6 µs positionally.
                Event(
                    EventKind.ANNUAL_PLAN,  # kind
                    ANNUAL_PLAN_RULE,  # rule
                    sequence,  # sequence
                    start,  # start
                    end,  # end
                    due,  # due
                    min(due, add_months(start, -12)),  # earliest
                    end,  # latest
                    leads,  # leads
                    rule.name_vi,  # name_vi
                    rule.name_en,  # name_en
                ),
                rule.shift,
            )
        )


def _reviews(
    made: list[tuple[Event, Shift]],
    rule: ReviewRule,
    period: _Span,
    signing: tuple[str, ...],
    *,
    with_final: bool,
) -> None:
    # What every event of the rule shares is looked up once, not per window.
    leads = rule.leads or signing
    due, latest = mover(rule.due), mover(rule.grace)
    kind, rule_id, shift = rule.kind, rule.id, rule.shift
    name_vi, prepares = rule.name_vi, rule.prepares_next_plan
    name_en = rule.name_en or name_vi
    windows = _windows(period, rule.every_months, rule.align, with_final=with_final)
    chairs = rule.chairs
    rotating = rule.rotate_chair and chairs
    first_year = period.start.year
    for index, (start, end) in enumerate(windows, 1):
        if rotating:
            chairs = (rule.chairs[(end.year - first_year) % len(rule.chairs)],)
        made.append(
            (
                # Positional, as in _annual_plans: once per window of every rule.
                Event(
                    kind,  # kind
                    rule_id,  # rule
                    index,  # sequence
                    start,  # start
                    end,  # end
                    due(end),  # due
                    end,  # earliest
                    latest(end),  # latest
                    leads,  # leads
                    name_vi,  # name_vi
                    name_en,  # name_en
                    prepares,  # prepares_next_plan
                    chairs,  # chairs
                ),
                shift,
            )
        )


def _duties(made: list[tuple[Event, Shift]], duty: ReportingDuty, period: _Span) -> None:
    if duty.every_months is None:
        return  # a standing duty ("thường xuyên") has no dates
    due_at = mover(duty.due)
    windows = _windows(period, duty.every_months, duty.align, with_final=False)
    for index, (start, end) in enumerate(windows, 1):
        opens = start if duty.anchor == "start" else end
        due = due_at(opens)
        made.append(
            (
                Event(
                    kind=EventKind.REPORT,
                    rule=duty.id,
                    sequence=index,
                    start=start,
                    end=end,
                    due=due,
                    earliest=min(opens, due),
                    latest=due,
                    leads=duty.reporters,
                    name_vi=duty.name_vi,
                    name_en=duty.name_en or duty.name_vi,
                    recipients=duty.recipients,
                ),
                duty.shift,
            )
        )


def _annual_events(
    made: list[tuple[Event, Shift]],
    rule: AnnualEvent,
    period: _Span,
    signing: tuple[str, ...],
    last: dt.date | None,
) -> None:
    for year in period.years:
        day = dt.date(year, rule.month, min(rule.day, days_in_month(year, rule.month)))
        if not period.start <= day <= period.end:
            continue
        made.append(
            (
                Event(
                    kind=EventKind.EVENT,
                    rule=rule.id,
                    sequence=year - period.start.year + 1,
                    start=day,
                    end=day,
                    due=day,
                    earliest=max(period.start, day - _WEEK),
                    latest=_capped(day + _WEEK, last),
                    leads=rule.leads or signing,
                    name_vi=rule.name_vi,
                    name_en=rule.name_en or rule.name_vi,
                ),
                rule.shift,
            )
        )


_WEEK = dt.timedelta(days=7)


def _windows(
    period: _Span, months: int, align: Align, *, with_final: bool
) -> Iterator[tuple[dt.date, dt.date]]:
    """The windows of a recurring rule; the last one is the final review's when there is one."""
    if align is Align.CALENDAR:
        # Boundaries every `months` months from 1 January of the first year.
        anchor = dt.date(period.start.year, 1, 1)
        step = 1
        while add_months(anchor, step * months) <= period.start:
            step += 1
        boundaries = month_steps(anchor, months, step)
    else:
        boundaries = month_steps(period.start, months, 1)
    start = period.start
    for boundary in boundaries:
        end = boundary - _DAY
        if end >= period.end:
            if not with_final:
                yield start, period.end
            return  # with a final review, it covers the last window
        yield start, end
        start = boundary


_DAY = dt.timedelta(days=1)


def _move(event: Event, shift: Shift, calendar: WorkCalendar) -> Event:
    if calendar.is_working_day(event.due):
        return event
    earlier = _working_day(calendar.previous_working_day, event.due)
    later = _working_day(calendar.next_working_day, event.due)
    choices = (earlier, later) if shift is Shift.EARLIER else (later, earlier)
    for day in choices:
        if day is not None and event.earliest <= day <= event.latest:
            return attrs.evolve(event, due=day)
    raise ScheduleError(
        f"{event.title_en}: no working day from {event.earliest} to {event.latest} "
        f"to move the due date {event.due} to"
    )


def _capped(day: dt.date, end: dt.date | None) -> dt.date:
    return day if end is None else min(day, end)


def _working_day(search: Callable[[dt.date], dt.date], day: dt.date) -> dt.date | None:
    """The working day ``search`` finds, or None when the calendar has none near."""
    try:
        return search(day)
    except (ValueError, LookupError, OverflowError):  # none within the search, or past year 9999
        return None


def _back(day: dt.date, offset: Offset) -> dt.date:
    return apply_offset(day, Offset(-offset.years, -offset.months, -offset.days))


def _vi(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
