"""Schedule invariants that hold for every program, as checks a test can call."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Sequence

from coordprog.model._program import Period, Program
from coordprog.model._schedule_rules import EventKind, ScheduleRules
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
    .. versionchanged:: 0.3.0
       Amendments in force from their date: each version of the rules is
       checked on the events that fall to it.
    """
    failures: list[str] = []
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
    keys = Counter((event.rule, event.sequence) for event in events)
    failures.extend(
        f"two events of rule {rule!r} numbered {n}" for (rule, n), c in keys.items() if c > 1
    )
    versions = program.in_force
    final_rule = versions[-1].schedule.final_review
    finals = [e for e in events if e.kind is EventKind.FINAL_REVIEW]
    stated = versions[-1].period
    expected_finals = int(
        final_rule is not None and stated.start is not None and stated.end is not None
    )
    if expected_finals and len(finals) != 1:
        failures.append(f"expected exactly one final review, found {len(finals)}")
    if not expected_finals and finals:
        failures.append(f"expected no final review (no rule, or no dated end), found {len(finals)}")
    for final in finals:
        if final.start != stated.start or final.end != stated.end:
            failures.append(f"{_name(final)}: window is not the whole period")
        for event in events:
            if event.kind in _RECURRING and event.due > final.due:
                failures.append(f"{_name(event)}: due after the final review {final.due}")
    plan_years = Counter(e.start.year for e in events if e.rule == ANNUAL_PLAN_RULE)
    failures.extend(
        f"expected at most one annual plan for {year}, found {count}"
        for year, count in plan_years.items()
        if count > 1
    )
    for index, version in enumerate(versions):
        following = versions[index + 1].since if index + 1 < len(versions) else None
        mine = [e for e in events if e.amendment == version.amendment]
        failures.extend(
            f"{_name(e)}: made by the rules in force from {version.since}, but falls outside "
            f"their span"
            for e in mine
            if not _falls_to(e, version.since, following)
        )
        failures.extend(
            _version_failures(
                version.period,
                version.schedule,
                mine,
                until,
                first=index == 0,
                last=following is None,
                only=len(versions) == 1,
            )
        )
    return failures


def _falls_to(event: Event, since: dt.date | None, following: dt.date | None) -> bool:
    """Whether ``event`` is due, by the engine's rule (see schedule()), in a version's span.

    A calendar may have moved the due date a few days since, so only the
    window's end is checked, for events due after it (reviews, meetings,
    reports due after their window); a window the version before had not
    made due yet may be due before ``since``.
    """
    if event.due < event.end:
        return True
    return following is None or event.end < following


def _version_failures(
    stated: Period,
    rules: ScheduleRules,
    events: Sequence[Event],
    until: dt.date | None,
    *,
    first: bool,
    last: bool,
    only: bool,
) -> list[str]:
    """The invariants of one version of the rules, on the events that fall to it."""
    failures: list[str] = []
    start = stated.start
    if start is None:
        for event in events:
            if event.kind is not EventKind.EVENT or event.rule in {
                r.id for r in rules.annual_events
            }:
                failures.append(f"{_name(event)}: a period without a start has no recurring event")
        return failures
    for event in events:
        if event.kind is not EventKind.EVENT and event.start < start:
            failures.append(f"{_name(event)}: window starts before the program {start}")
    if stated.end is None:
        return failures + _open_failures(rules, events, start, until, first=first)
    period = _Span(start, stated.end)
    has_final = rules.final_review is not None
    for rule in rules.reviews:
        windows = sorted((e for e in events if e.rule == rule.id), key=lambda e: e.start)
        failures.extend(
            _tiling(rule.id, windows, period.start, period.end, has_final, first=first, last=last)
        )
        for event in windows:
            if event.due < event.end:
                failures.append(f"{_name(event)}: due {event.due} before its window ends")
            latest = rule.grace.apply_to(event.end)
            if event.due > latest:
                failures.append(f"{_name(event)}: due {event.due} after its grace ends {latest}")
    if last:
        for final in (e for e in events if e.kind is EventKind.FINAL_REVIEW):
            if final.due < period.end:
                failures.append(f"{_name(final)}: due {final.due} before the period ends")
            if rules.final_review is not None:
                latest = rules.final_review.grace.apply_to(period.end)
                if final.due > latest:
                    failures.append(
                        f"{_name(final)}: due {final.due} after its grace ends {latest}"
                    )
    plans = [e for e in events if e.rule == ANNUAL_PLAN_RULE]
    if rules.annual_plans is not None:
        for plan in plans:
            if plan.start.year != plan.end.year or not (
                period.start <= plan.start and plan.end <= period.end
            ):
                failures.append(f"{_name(plan)}: window is not one year inside the period")
            if plan.due > plan.end:
                failures.append(f"{_name(plan)}: due {plan.due} after the year it plans")
        if only:
            years = Counter(plan.start.year for plan in plans)
            if years != Counter(period.years):
                failures.append(
                    "expected one annual plan per year of the period "
                    f"{period.start.year}-{period.end.year}, found years {sorted(years.elements())}"
                )
    elif plans:
        failures.append(f"expected no annual plans (no rule), found {len(plans)}")
    return failures


def _open_failures(
    rules: ScheduleRules,
    events: Sequence[Event],
    start: dt.date,
    until: dt.date | None,
    *,
    first: bool,
) -> list[str]:
    """The invariants of an open-ended version's events, made to the horizon ``until``."""
    failures = []
    for event in events:
        if event.kind is EventKind.FINAL_REVIEW:
            failures.append(f"{_name(event)}: an open-ended program has no final review")
        recurring = event.kind in _RECURRING or event.rule == ANNUAL_PLAN_RULE
        if recurring and (until is None or event.due > until):
            failures.append(f"{_name(event)}: recurring event due after the horizon {until}")
    for rule in rules.reviews:
        windows = sorted((e for e in events if e.rule == rule.id), key=lambda e: e.start)
        expected_start: dt.date | None = start if first else None
        for event in windows:
            if expected_start is not None and event.start != expected_start:
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

    Each version of the rules (the signed text, then each amendment in
    force from its date) is checked on the events that fall to it.
    The invariants: events are sorted by due date, and no two events of
    one rule share a number; the windows of each
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
    rule: str,
    windows: Sequence[Event],
    start: dt.date,
    end: dt.date,
    has_final: bool,
    *,
    first: bool = True,
    last: bool = True,
) -> list[str]:
    """Windows follow each other without gap or overlap, from start to end.

    From the start for the first version of the rules, to the end (or the
    part the final review covers) for the last.
    """
    failures = []
    expected_start: dt.date | None = start if first else None
    for event in windows:
        if expected_start is not None and event.start != expected_start:
            gap_or_overlap = "gap" if event.start > expected_start else "overlap"
            failures.append(
                f"{_name(event)}: {gap_or_overlap} in the windows of {rule!r}: "
                f"starts {event.start}, expected {expected_start}"
            )
        expected_start = event.end + dt.timedelta(days=1)
    if not last or expected_start is None:
        return failures
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
