"""A program's status as of a date: its schedule matched to its records, its tasks' progress.

The rules, which the documentation states for users:

* Records dated after the day asked about are not known on it and are
  left out; a record dated to a month or a year is known from the last
  day of that month or year; an undated meeting is known (it was held, on
  a day the records do not give).
* An annual plan is made by the program's ``annual_plans`` entry for its
  year (on its date; an undated one counts as made, on a date not known,
  from the earliest day the schedule allows it), or by a plan for that
  year adopted at a meeting, on its date.
* A review or meeting event is held by a meeting of the matching kind
  (a final review also by a conference that reviews and signs) that names
  its rule or none, whose window covers the event's window and ends on the
  same day: a yearly review covers the second six-month review.  A
  meeting that gives no window is taken to review the longest window of
  its kind that ended last on or before its date: a review held in January
  reviews the previous year.  A one-off or yearly event is held by a
  meeting naming its rule, the event due nearest to the meeting's date.
* A report event is made by a report submitted under its duty, for its
  window when the report states one, else the unmatched event due nearest
  to the report's date.  A report the records give no date is known (it
  was submitted, on a day they do not give): it makes the event of its
  window, else the earliest of its duty's events not yet made, held on a
  date not known; dated reports are matched first.
* A final review (*tổng kết*) is held by a meeting of a final kind that
  names no window or the whole period, whenever it is held: one held
  before the period ends is the final review of the whole period, on time
  when held within the rule's grace before the end (or after it), early
  when held before that, and never overdue.
* Each event is made by the earliest record that matches it.  A review or
  meeting is on time when held by the last day its rule allows (its due
  date plus its grace); a plan, a report or another event on or before
  its due date.  A record dated to a month or a year that straddles that
  day says it was held, on a date not known closely enough to say whether
  on time.  An event not made is pending before its due date, due
  (*đến hạn*) from its due date to its last day, and overdue after.
* A progress report dated to a month or a year is known to be true by
  the last day of that month or year: it is left out before that day,
  and ordered by it (after a report dated to an earlier day, level with
  one dated to that very day, of which the less advanced counts).  It
  is printed as dated, never with an invented day.
* A task's status is the latest report of one of its bodies that answer
  for it (its leads, or every body of a joint task, and their
  successors; of any body when none of them reported); of several on
  one day, the least advanced.  A task reported in progress or not
  started whose deadline has passed is overdue.  A task nobody reported
  on has no status ("not reported"); past its deadline it counts as
  overdue for each of its bodies (:attr:`TaskStatus.overdue`).
* Bodies are those that carry the duties on the day asked about: the
  counts of a body that ceased go to its successor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import attrs

from coordprog.model._dates import PartialDate, first_day, last_day
from coordprog.model._errors import NotFoundError
from coordprog.model._program import Program
from coordprog.model._record_checks import names_program, records_about, reportable_tasks
from coordprog.model._records import (
    AdoptedKind,
    Meeting,
    MeetingKind,
    Progress,
    ProgressStatus,
    Records,
    ReportSubmitted,
    Window,
)
from coordprog.model._schedule_rules import EventKind, Offset, apply_offset
from coordprog.model._tasks import Target, Task
from coordprog.model._vocabulary import Vocabulary
from coordprog.schedule._engine import Event, schedule
from coordprog.schedule._work_calendar import WorkCalendar


class EventState(Vocabulary):
    """The state of a scheduled event as of a date.

    .. versionadded:: 0.2.0
    """

    HELD_ON_TIME = "held-on-time", "Đã thực hiện đúng hạn"
    HELD_LATE = "held-late", "Đã thực hiện muộn"
    #: a final review held before the period's end, earlier than its grace allows.
    HELD_EARLY = "held-early", "Đã thực hiện sớm"
    #: made, on a date the records do not give (or not closely enough to judge).
    HELD = "held", "Đã thực hiện"
    PENDING = "pending", "Chưa đến hạn"
    #: not made, from its due date to the last day it is on time (its grace).
    DUE = "due", "Đến hạn"
    OVERDUE = "overdue", "Quá hạn"

    @property
    def held(self) -> bool:
        """Whether the event took place (on time, late, early or on an unknown date)."""
        return self in _HELD


_HELD = frozenset(
    (EventState.HELD_ON_TIME, EventState.HELD_LATE, EventState.HELD_EARLY, EventState.HELD)
)


@attrs.frozen
class EventStatus:
    """One scheduled event with its state: ``held_on`` and ``record`` say what made it.

    ``record`` names the record in words, as a report may print it (the
    meeting's title, ``"kế hoạch số 12-KH/BDVTU"``), never by an id of the
    records files; ``meeting`` is the id of the meeting of the records that
    held it or adopted its plan, when one did; ``deadline`` is the last day
    the event is on time.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``meeting``; a meeting is named by its title (else its kind), not its id;
       ``held_on`` may be a :class:`PartialDate`, as precise as the record.
    """

    event: Event
    state: EventState
    deadline: dt.date
    held_on: dt.date | PartialDate | None = None
    record: str | None = None
    meeting: str | None = None


@attrs.frozen
class TaskStatus:
    """A task's status as of a date, and the reports it comes from.

    ``status`` is ``None`` when no body reported on the task; ``reported``
    is what the report used says, ``status`` what follows from it on the
    day (:attr:`derived` when they differ: in progress past the deadline is
    overdue).  ``entries`` are every report of the task known on the day,
    oldest first.  ``bodies`` are the bodies that answer for it on the day
    (its leads, or every body of a joint task, after hand-overs);
    ``as_of`` the day.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``bodies``, ``as_of``, :attr:`overdue`.
    """

    task: Task
    deadline: dt.date | None
    status: ProgressStatus | None = None
    reported: ProgressStatus | None = None
    report: Progress | None = None
    entries: tuple[Progress, ...] = ()

    bodies: tuple[str, ...] = ()
    as_of: dt.date | None = None

    @property
    def derived(self) -> bool:
        """Whether the status follows from the deadline rather than from the report."""
        return self.status != self.reported

    @property
    def overdue(self) -> bool:
        """Whether the task is overdue: reported so, or past its deadline and not reported.

        .. versionadded:: 0.3.0
        """
        if self.status is ProgressStatus.OVERDUE:
            return True
        return (
            self.status is None
            and self.deadline is not None
            and self.as_of is not None
            and self.as_of > self.deadline
        )


@attrs.frozen
class PartyTally:
    """The figures of an annual review table for one body: tasks it leads, by status.

    ``joint`` counts the joint tasks the body shares (each also counted by
    status, like a task it leads).

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``joint``; a ceased body's tasks count for its successor.
    """

    party: str
    led: int = 0
    supported: int = 0
    joint: int = 0
    done_on_time: int = 0
    done_late: int = 0
    in_progress: int = 0
    overdue: int = 0
    not_started: int = 0
    not_feasible: int = 0
    not_reported: int = 0


@attrs.frozen
class TargetProgress:
    """A task's target against the figures reported for it.

    ``reported`` sums the latest figure each body reported for the target
    (``None`` when nobody did); ``as_of`` is the date of the latest of
    those reports, as precise as it states it.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``as_of`` may be a :class:`PartialDate`.
    """

    task: str
    target: Target
    reported: int | float | None = None
    by: tuple[str, ...] = ()
    as_of: dt.date | PartialDate | None = None

    @property
    def ratio(self) -> float | None:
        """``reported`` as a share of the target's value; ``None`` if either is unknown or 0."""
        if self.reported is None or not self.target.value:
            return None
        return self.reported / self.target.value


@attrs.frozen
class Status:
    """A program's status as of :attr:`as_of`: events, tasks, bodies, targets.

    ``unscheduled`` are the meetings held that match no scheduled event (an
    extra review, a launch): kept, not lost.

    .. versionadded:: 0.2.0
    """

    as_of: dt.date
    events: tuple[EventStatus, ...]
    tasks: tuple[TaskStatus, ...]
    parties: tuple[PartyTally, ...]
    targets: tuple[TargetProgress, ...]
    unscheduled: tuple[Meeting, ...] = ()
    window: Window | None = None

    def task(self, task_id: str) -> TaskStatus:
        """The status of the task with id ``task_id``.

        :raises NotFoundError: when there is no such task.

        .. versionchanged:: 0.3.0
           :class:`NotFoundError` (a ``KeyError``) naming the nearest ids.
        """
        for found in self.tasks:
            if found.task.id == task_id:
                return found
        raise NotFoundError("task", task_id, (found.task.id for found in self.tasks))


_REVIEW_MEETINGS = {
    EventKind.INTERIM_REVIEW: (MeetingKind.INTERIM_REVIEW,),
    EventKind.FINAL_REVIEW: (MeetingKind.FINAL_REVIEW, MeetingKind.REVIEW_AND_SIGNING),
    EventKind.COORDINATION_MEETING: (MeetingKind.COORDINATION_MEETING,),
}

#: Least advanced first: of several reports on one day, the first in this order wins.
_ADVANCE = (
    ProgressStatus.OVERDUE,
    ProgressStatus.NOT_STARTED,
    ProgressStatus.NOT_FEASIBLE,
    ProgressStatus.IN_PROGRESS,
    ProgressStatus.DONE_LATE,
    ProgressStatus.DONE_ON_TIME,
)


def combine(records: Records | Iterable[Records] | None, program: Program) -> Records:
    """One :class:`Records` from none, one or several documents of ``program``.

    A document of another program counts with what it says of this one
    (:func:`records_about`): the meetings that reviewed it and their outcomes.
    """
    if records is None:
        return Records(program=program.id)
    if isinstance(records, Records):
        return records_about(records, program)
    combined = Records(program=program.id)
    for one in records:
        combined = combined + records_about(one, program)
    return combined


def status_as_of(
    program: Program,
    records: Records | Iterable[Records] | None,
    as_of: dt.date,
    *,
    window: Window | None = None,
    calendar: WorkCalendar | None = None,
    until: dt.date | None = None,
) -> Status:
    """The status of ``program`` as of ``as_of``: its schedule made and matched to ``records``.

    The one implementation behind :func:`coordprog.status` and the status
    reports.  The schedule runs to ``until`` when given (a report that
    looks ahead gives its horizon), else to the later of ``as_of`` and the
    end of ``window``.
    """
    horizon = until if until is not None else max(as_of, window.end if window else as_of)
    events = schedule(program, calendar, horizon)
    return status(program, events, combine(records, program), as_of, window)


def status(
    program: Program,
    events: tuple[Event, ...],
    records: Records,
    as_of: dt.date,
    window: Window | None = None,
) -> Status:
    """The status of ``program`` as of ``as_of``, from its scheduled ``events`` and ``records``.

    With ``window``, task progress counts only reports for windows that
    overlap it (and reports that give no window).
    """
    known = _known(records, as_of)
    matched = _match(program, events, known, as_of)
    early_from = _early_from(program)
    states = tuple(_state(event, matched.get(_key(event)), as_of, early_from) for event in events)
    used = {made[2] for made in matched.values() if made[2] is not None}
    unscheduled = tuple(m for m in known.meetings if m.id not in used)
    tasks = _tasks(program, known, as_of, window)
    return Status(
        as_of=as_of,
        events=states,
        tasks=tasks,
        parties=_tallies(program, tasks),
        targets=tuple(_targets(tasks)),
        unscheduled=unscheduled,
        window=window,
    )


def _known_on(day: dt.date | PartialDate | None, as_of: dt.date) -> bool:
    return day is None or last_day(day) <= as_of


def _known(records: Records, as_of: dt.date) -> Records:
    return attrs.evolve(
        records,
        meetings=tuple(m for m in records.meetings if _known_on(m.date, as_of)),
        reports=tuple(r for r in records.reports if _known_on(r.date, as_of)),
        progress=tuple(p for p in records.progress if last_day(p.as_of) <= as_of),
    )


_Key = tuple[str, int]
#: what made an event: (date or None, words naming the record, meeting id or None)
_Made = tuple[dt.date | PartialDate | None, str, str | None]


def _key(event: Event) -> _Key:
    return (event.rule, event.sequence)


def _match(
    program: Program, events: tuple[Event, ...], records: Records, as_of: dt.date
) -> dict[_Key, _Made]:
    made: dict[_Key, _Made] = {}

    def offer(event: Event, found: _Made) -> None:
        current = made.get(_key(event))
        if current is None or _earlier(found, current):
            made[_key(event)] = found

    plans = [e for e in events if e.kind is EventKind.ANNUAL_PLAN]
    for plan in program.annual_plans:
        for event in plans:
            # A plan is known from its date; an undated one from the earliest it could be made.
            known_from = event.earliest if plan.date is None else last_day(plan.date)
            if event.start.year == plan.year and known_from <= as_of:
                offer(event, (plan.date, _plan_name(plan.number, plan.title, plan.year), None))
    adopted = [
        (meeting, document)
        for meeting in records.meetings
        for document in meeting.adopted
        if document.kind is AdoptedKind.PLAN
        and document.year is not None
        # A plan dated after the day asked about is not known on it, whenever it was adopted.
        and _known_on(document.date, as_of)
    ]
    for meeting, document in adopted:
        name = _plan_name(document.number, document.title, document.year)
        for event in plans:
            if event.start.year == document.year:
                offer(event, (document.date or meeting.date, name, meeting.id))
    for meeting in records.meetings:
        for event in _held_by(program, meeting, events):
            named = meeting.title or meeting.kind.vi.lower()
            offer(event, (meeting.date, named, meeting.id))
    taken: set[_Key] = set()
    for report in sorted(records.reports, key=_report_order):
        reported = _report_event(report, events, taken)
        if reported is not None:
            taken.add(_key(reported))
            said = report.number or (report.date if report.date is not None else "chưa rõ ngày")
            offer(reported, (report.date, f"báo cáo {said}", None))
    return made


def _report_order(report: ReportSubmitted) -> tuple[bool, dt.date]:
    """Dated reports first, by their first possible day; undated ones after, as written."""
    if report.date is None:
        return (True, dt.date.min)
    return (False, first_day(report.date))


def _plan_name(number: str | None, title: str | None, year: int | None) -> str:
    if number:
        return f"kế hoạch số {number}"
    return title or f"kế hoạch năm {year}"


def _earlier(found: _Made, current: _Made) -> bool:
    if current[0] is None:
        return found[0] is not None
    return found[0] is not None and last_day(found[0]) < first_day(current[0])


def _held_by(program: Program, meeting: Meeting, events: tuple[Event, ...]) -> Iterator[Event]:
    if meeting.reviewed_program is not None and not _names(program, meeting.reviewed_program):
        return  # it reviews another program
    kinds = [kind for kind, meetings in _REVIEW_MEETINGS.items() if meeting.kind in meetings]
    if meeting.rule is not None:
        candidates = [e for e in events if e.rule == meeting.rule]
    else:
        candidates = [e for e in events if e.kind in kinds]
    if not candidates:
        return
    if candidates[0].kind in _REVIEW_MEETINGS:
        final = [e for e in candidates if e.kind is EventKind.FINAL_REVIEW]
        if final and (meeting.window is None or meeting.window.end == final[0].end):
            # A tổng kết reviews the whole period, whenever it is held.
            yield final[0]
            return
        if meeting.window is not None:
            window: Window | None = meeting.window
        elif meeting.date is not None:
            window = _inferred_window(last_day(meeting.date), candidates)
        else:
            return
        if window is None:
            return
        yield from (
            e
            for e in candidates
            if e.kind in _REVIEW_MEETINGS
            and e.end == window.end
            and window.covers(Window(e.start, e.end))
        )
    else:
        if meeting.window is not None:
            # A meeting that says which window it was of is of an event in it.
            stated = meeting.window
            candidates = [e for e in candidates if stated.covers(Window(e.start, e.end))]
            if len(candidates) == 1:
                yield candidates[0]
                return
        if candidates and meeting.date is not None:
            day = first_day(meeting.date)
            yield min(candidates, key=lambda e: (abs((e.due - day).days), e.due))


def _names(program: Program, reference: str) -> bool:
    """Whether ``reference`` (a meeting's ``reviewed_program``) names ``program`` itself."""
    return names_program(reference, program)


def _inferred_window(day: dt.date, candidates: list[Event]) -> Window | None:
    ended = [e for e in candidates if e.end <= day and e.kind is not EventKind.FINAL_REVIEW]
    if not ended:
        return None
    last = max(e.end for e in ended)
    start = min(e.start for e in ended if e.end == last)
    return Window(start, last)


def _report_event(
    report: ReportSubmitted, events: tuple[Event, ...], taken: set[_Key]
) -> Event | None:
    duty = [e for e in events if e.rule == report.duty and _key(e) not in taken]
    if report.window is not None:
        window = report.window
        duty = [e for e in duty if e.end == window.end and window.covers(Window(e.start, e.end))]
    if not duty:
        return None
    if report.date is None:
        return min(duty, key=lambda e: e.due)
    day = first_day(report.date)
    return min(duty, key=lambda e: (abs((e.due - day).days), e.due))


def _early_from(program: Program) -> dt.date | None:
    """The first day a final review is on time: the period's end less the rule's grace."""
    period = program.effective_period
    rule = program.effective_schedule.final_review
    if rule is None or period.end is None:
        return None
    grace = rule.grace
    return apply_offset(period.end, Offset(-grace.years, -grace.months, -grace.days))


def _state(
    event: Event, made: _Made | None, as_of: dt.date, early_from: dt.date | None
) -> EventStatus:
    deadline = event.latest if event.kind in _REVIEW_MEETINGS else event.due
    if made is None:
        if as_of > deadline:
            state = EventState.OVERDUE
        elif as_of >= event.due:
            state = EventState.DUE
        else:
            state = EventState.PENDING
        return EventStatus(event, state, deadline)
    held_on, record, meeting = made
    if held_on is None:
        state = EventState.HELD
    elif (
        event.kind is EventKind.FINAL_REVIEW
        and early_from is not None
        and (last_day(held_on) < early_from)
    ):
        state = EventState.HELD_EARLY
    elif last_day(held_on) <= deadline:
        state = EventState.HELD_ON_TIME
    elif first_day(held_on) > deadline:
        state = EventState.HELD_LATE
    else:
        state = EventState.HELD  # a month or year that straddles the deadline
    return EventStatus(event, state, deadline, held_on, record, meeting)


def _overlaps(entry: Progress, window: Window | None) -> bool:
    if window is None or entry.window is None:
        return True
    return entry.window.start <= window.end and window.start <= entry.window.end


def _tasks(
    program: Program, records: Records, as_of: dt.date, window: Window | None
) -> tuple[TaskStatus, ...]:
    by_task: dict[str, list[Progress]] = {}
    for entry in records.progress:
        if _overlaps(entry, window):
            by_task.setdefault(entry.task, []).append(entry)
    result = []
    for task, deadline in reportable_tasks(program).values():
        entries = sorted(by_task.get(task.id, ()), key=lambda p: last_day(p.as_of))
        result.append(_task_status(program, task, deadline, entries, as_of))
    return tuple(result)


def _task_status(
    program: Program,
    task: Task,
    deadline: dt.date | None,
    entries: list[Progress],
    as_of: dt.date,
) -> TaskStatus:
    answer = program.duty_bodies(task)
    bodies = tuple(dict.fromkeys(program.responsible(p, as_of) for p in answer))
    if not entries:
        return TaskStatus(task, deadline, bodies=bodies, as_of=as_of)
    # A report by a body counts as its predecessor's when the body had taken the task over by
    # the day it reported: a successor's report of before the hand-over (of another task of
    # its own, or misdated) does not overturn what the body then in charge reported.
    by_bodies = [
        p
        for p in entries
        if p.by in answer
        or any(program.responsible(party, last_day(p.as_of)) == p.by for party in answer)
    ] or entries
    last = max(last_day(p.as_of) for p in by_bodies)
    report = min(
        (p for p in by_bodies if last_day(p.as_of) == last),
        key=lambda p: _ADVANCE.index(p.status),
    )
    due = deadline if report.deadline is None else last_day(report.deadline)
    shown = report.status
    waiting = (ProgressStatus.IN_PROGRESS, ProgressStatus.NOT_STARTED)
    if shown in waiting and due is not None and as_of > due:
        shown = ProgressStatus.OVERDUE
    return TaskStatus(task, due, shown, report.status, report, tuple(entries), bodies, as_of)


def _tallies(program: Program, tasks: tuple[TaskStatus, ...]) -> tuple[PartyTally, ...]:
    fields = {
        None: "not_reported",
        ProgressStatus.DONE_ON_TIME: "done_on_time",
        ProgressStatus.DONE_LATE: "done_late",
        ProgressStatus.IN_PROGRESS: "in_progress",
        ProgressStatus.OVERDUE: "overdue",
        ProgressStatus.NOT_STARTED: "not_started",
        ProgressStatus.NOT_FEASIBLE: "not_feasible",
    }
    counts: dict[str, dict[str, int]] = {}

    def add(party: str, name: str) -> None:
        tally = counts.setdefault(party, {})
        tally[name] = tally.get(name, 0) + 1

    order = [p.id for p in (*program.parties, *program.third_parties)]
    for state in tasks:
        name = fields[state.status]
        if name == "not_reported" and state.overdue:
            name = "overdue"
        for party in state.bodies:
            add(party, "led" if state.task.leads else "joint")
            add(party, name)
        if state.as_of is None:  # pragma: no cover - every TaskStatus made here has its day
            continue
        supports = {program.responsible(p, state.as_of) for p in state.task.supports}
        for party in supports - set(state.bodies):
            add(party, "supported")
    return tuple(PartyTally(party, **counts[party]) for party in order if party in counts)


def _targets(tasks: tuple[TaskStatus, ...]) -> Iterator[TargetProgress]:
    for state in tasks:
        for target in state.task.targets:
            if target.id is None:
                yield TargetProgress(state.task.id, target)
                continue
            latest: dict[str, tuple[dt.date | PartialDate, int | float]] = {}
            for entry in state.entries:
                for figure in entry.figures:
                    if figure.target == target.id:
                        latest[entry.by] = (entry.as_of, figure.value)
            if not latest:
                yield TargetProgress(state.task.id, target)
                continue
            yield TargetProgress(
                state.task.id,
                target,
                reported=sum(value for _, value in latest.values()),
                by=tuple(latest),
                as_of=max((day for day, _ in latest.values()), key=last_day),
            )
