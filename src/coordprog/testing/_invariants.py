"""Schedule invariants that hold for every program, as checks a test can call."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence

from coordprog.model._program import Program
from coordprog.model._schedule_rules import EventKind
from coordprog.schedule._engine import ANNUAL_PLAN_RULE, Event, _Span
from coordprog.schedule._work_calendar import WorkCalendar

_RECURRING = (EventKind.INTERIM_REVIEW, EventKind.COORDINATION_MEETING)


class ScheduleInvariantError(AssertionError):
    """A schedule breaks one or more invariants; :attr:`failures` says which, for which events.

    .. versionadded:: 0.1.0
    """

    def __init__(self, failures: Sequence[str]) -> None:
        self.failures = tuple(failures)
        count = len(self.failures)
        lines = [f"{count} schedule invariant{'s' if count != 1 else ''} broken:"]
        super().__init__("\n".join([*lines, *(f"  - {failure}" for failure in self.failures)]))


def schedule_failures(
    program: Program,
    events: Sequence[Event],
    calendar: WorkCalendar | None = None,
    until: dt.date | None = None,
) -> list[str]:
    """Return a description of every invariant ``events`` break; empty when none.

    See :func:`check_schedule` for the invariants; ``until`` is the horizon
    the schedule of an open-ended program was made to.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``until``, for open-ended programs.
    """
    failures: list[str] = []
    stated = program.effective_period
    rules = program.effective_schedule
    if stated.end is None:
        return _open_failures(program, events, calendar, until)
    period = _Span(stated.start, stated.end)
    has_final = rules.final_review is not None

    for before, after in itertools.pairwise(events):
        if after.due < before.due:
            failures.append(f"not sorted by due date: {_name(after)} after {_name(before)}")

    for event in events:
        if not event.start <= event.end:
            failures.append(f"{_name(event)}: window ends before it starts")
        if not event.earliest <= event.due <= event.latest:
            failures.append(
                f"{_name(event)}: due {event.due} outside its allowed range "
                f"{event.earliest} to {event.latest}"
            )
        if calendar is not None and not calendar.is_working_day(event.due):
            failures.append(f"{_name(event)}: due {event.due}, which is not a working day")

    by_rule: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_rule[event.rule].append(event)

    for rule in rules.reviews:
        windows = sorted(by_rule.get(rule.id, []), key=lambda e: e.start)
        failures.extend(_tiling(rule.id, windows, period.start, period.end, has_final))
        for event in windows:
            if event.due < event.end:
                failures.append(f"{_name(event)}: due {event.due} before its window ends")
            latest = rule.grace.apply_to(event.end)
            if event.due > latest:
                failures.append(f"{_name(event)}: due {event.due} after its grace ends {latest}")

    finals = [e for e in events if e.kind is EventKind.FINAL_REVIEW]
    if has_final and len(finals) != 1:
        failures.append(f"expected exactly one final review, found {len(finals)}")
    if not has_final and finals:
        failures.append(f"expected no final review (no rule), found {len(finals)}")
    for final in finals:
        if (final.start, final.end) != (period.start, period.end):
            failures.append(f"{_name(final)}: window is not the whole period")
        assert rules.final_review is not None or not has_final
        if final.due < period.end:
            failures.append(f"{_name(final)}: due {final.due} before the period ends")
        if rules.final_review is not None:
            latest = rules.final_review.grace.apply_to(period.end)
            if final.due > latest:
                failures.append(f"{_name(final)}: due {final.due} after its grace ends {latest}")
        for event in events:
            if event.kind in _RECURRING and event.due > final.due:
                failures.append(f"{_name(event)}: due after the final review {final.due}")

    plans = [e for e in events if e.rule == ANNUAL_PLAN_RULE]
    if rules.annual_plans is not None:
        years = Counter(plan.start.year for plan in plans)
        expected = Counter(period.years)
        if years != expected:
            failures.append(
                "expected one annual plan per year of the period "
                f"{period.start.year}-{period.end.year}, found years {sorted(years.elements())}"
            )
        for plan in plans:
            if plan.start.year != plan.end.year or not (
                period.start <= plan.start and plan.end <= period.end
            ):
                failures.append(f"{_name(plan)}: window is not one year inside the period")
            if plan.due > plan.end:
                failures.append(f"{_name(plan)}: due {plan.due} after the year it plans")
    elif plans:
        failures.append(f"expected no annual plans (no rule), found {len(plans)}")
    return failures


def _open_failures(
    program: Program,
    events: Sequence[Event],
    calendar: WorkCalendar | None,
    until: dt.date | None,
) -> list[str]:
    """The invariants of an open-ended program's schedule, made to the horizon ``until``."""
    failures = []
    start = program.effective_period.start
    rules = program.effective_schedule
    for event in events:
        if event.kind is EventKind.FINAL_REVIEW:
            failures.append(f"{_name(event)}: an open-ended program has no final review")
        recurring = event.kind in _RECURRING or event.rule == ANNUAL_PLAN_RULE
        if recurring and (until is None or event.due > until):
            failures.append(f"{_name(event)}: recurring event due after the horizon {until}")
        if event.start < start:
            failures.append(f"{_name(event)}: window starts before the program {start}")
        if not event.earliest <= event.due <= event.latest:
            failures.append(f"{_name(event)}: due {event.due} outside its allowed range")
        if calendar is not None and not calendar.is_working_day(event.due):
            failures.append(f"{_name(event)}: due {event.due}, which is not a working day")
    for before, after in itertools.pairwise(events):
        if after.due < before.due:
            failures.append(f"not sorted by due date: {_name(after)} after {_name(before)}")
    for rule in rules.reviews:
        windows = sorted((e for e in events if e.rule == rule.id), key=lambda e: e.start)
        expected_start = start
        for event in windows:
            if event.start != expected_start:
                failures.append(f"{_name(event)}: gap or overlap in the windows of {rule.id!r}")
            expected_start = event.end + dt.timedelta(days=1)
            if event.due < event.end:
                failures.append(f"{_name(event)}: due {event.due} before its window ends")
    return failures


def check_schedule(
    program: Program,
    events: Sequence[Event],
    calendar: WorkCalendar | None = None,
    until: dt.date | None = None,
) -> None:
    """Assert that ``events``, the schedule of ``program``, keeps every invariant.

    The invariants: events are sorted by due date; the windows of each
    recurring review rule follow each other from the start of the period
    without gap or overlap, up to the end of the period, or, when there is
    a final review, up to a last part that the final review covers; every
    review is due on or after the end of its window and within its grace;
    every due date lies in the event's allowed range; there is exactly one
    final review when the program has the rule, covering the whole period
    and due no earlier than any interim review; there is exactly one annual
    plan per calendar year of the period, due by the end of that year; with
    a ``calendar``, every due date is a working day.

    :raises ScheduleInvariantError: (an :class:`AssertionError`) naming each
        broken invariant and the events concerned.

    .. versionadded:: 0.1.0
    """
    failures = schedule_failures(program, events, calendar, until)
    if failures:
        raise ScheduleInvariantError(failures)


def _tiling(
    rule: str, windows: Sequence[Event], start: dt.date, end: dt.date, has_final: bool
) -> list[str]:
    failures = []
    expected_start = start
    for event in windows:
        if event.start != expected_start:
            gap_or_overlap = "gap" if event.start > expected_start else "overlap"
            failures.append(
                f"{_name(event)}: {gap_or_overlap} in the windows of {rule!r}: "
                f"starts {event.start}, expected {expected_start}"
            )
        expected_start = event.end + dt.timedelta(days=1)
    last_end = expected_start - dt.timedelta(days=1)
    if windows and last_end > end:
        failures.append(f"windows of {rule!r} run past the end of the period {end}")
    if has_final and last_end >= end:
        failures.append(f"the last window of {rule!r} should be left to the final review")
    if not has_final and last_end != end:
        failures.append(f"windows of {rule!r} end {last_end}, not with the period {end}")
    return failures


def _name(event: Event) -> str:
    return f"{event.rule} #{event.sequence} ({event.start} to {event.end})"
