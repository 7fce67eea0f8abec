"""Checks of a records document against its program: ids, dates, windows, conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from coordprog.model._dates import PartialDate, add_months, first_day, last_day
from coordprog.model._errors import Problem
from coordprog.model._instructions import check_instructions
from coordprog.model._program import Program
from coordprog.model._records import FINAL_MEETINGS, Meeting, Progress, Records, Window
from coordprog.model._tasks import Task, raw_tasks
from coordprog.model._validation import _duplicates, ref_relations

#: How long after its period ends a program still gets records: the final
#: review and the last reports are written in the months after the end.
AFTERLIFE_MONTHS = 12


def reportable_tasks(
    program: Program, *, effective: bool = True
) -> dict[str, tuple[Task, dt.date | None]]:
    """Every task progress may be reported on, by id, with its deadline.

    The program's tasks (roles of their groups applied, unless
    ``effective`` is false: checks that need only ids, targets and
    deadlines skip that work), due on their own ``deadline`` (the last day
    of a deadline stated to the month or year) or when the period ends
    (never, for an open period), then the tasks of its annual plans, due on
    their own deadline or when the plan's year ends.  A task id used twice
    keeps its first task.
    """
    period = program.effective_period
    found: dict[str, tuple[Task, dt.date | None]] = {}
    tasks = program.tasks if effective else raw_tasks(program.task_groups)
    for task in tasks:
        deadline = period.end if task.deadline is None else last_day(task.deadline)
        found.setdefault(task.id, (task, deadline))
    for plan in program.annual_plans:
        for task in plan.tasks:
            year_end = dt.date(plan.year, 12, 31)
            found.setdefault(
                task.id, (task, year_end if task.deadline is None else last_day(task.deadline))
            )
    return found


def rule_ids(program: Program, *, duties: bool = True) -> set[str]:
    """The names of the program's schedule rules, as events carry them in ``rule``.

    The rules of every version in force (the signed text and each
    amendment): a rule an amendment dropped still named events before it.
    Without ``duties``, the reporting duties are left out: what a meeting
    may name (a report under a duty is a report, not a meeting).
    """
    names: set[str] = set()
    for version in program.in_force:
        rules = version.schedule
        names.update(rule.id for rule in rules.reviews)
        names.update(rule.id for rule in rules.events)
        if duties:
            names.update(rule.id for rule in rules.duties)
        names.update(rule.id for rule in rules.annual_events)
        if rules.annual_plans is not None:
            names.add("annual-plan")
        if rules.final_review is not None:
            names.add("final-review")
    return names


def names_program(reference: str | None, program: Program) -> bool:
    """Whether a meeting's ``reviewed_program`` names ``program``: its id, or its number.

    .. versionadded:: 0.3.0
    """
    return reference is not None and reference in (program.id, program.number)


def records_about(records: Records, program: Program) -> Records:
    """What ``records`` say about ``program``: all of them, or what reviews it from elsewhere.

    Records of another program (a successor, whose conference reviewed
    this one and signed the next) hold, for ``program``, the meetings whose
    ``reviewed_program`` names it (its id or number) and the outcomes those
    meetings adopted: one conference written once, in the file of the
    program that held it, counts for both.

    .. versionadded:: 0.3.0
    """
    if records.program == program.id:
        return records
    meetings = tuple(m for m in records.meetings if names_program(m.reviewed_program, program))
    held = {m.id for m in meetings}
    return Records(
        program=program.id,
        title=records.title,
        illustrative=records.illustrative,
        sources=records.sources,
        meetings=meetings,
        outcomes=tuple(o for o in records.outcomes if o.meeting in held),
    )


def check_records(records: Records, program: Program) -> list[Problem]:
    """Return every problem of ``records`` as records of ``program``.

    The checks: the records name this program; meeting ids are unique;
    every party, task, target, reporting duty, schedule rule, meeting and
    legal reference named exists in the program (or the records), and an
    act an outcome cites relates only to other acts it or the program cites; dates
    and windows fall within the program's period (records may come up to
    twelve months after it ends; a meeting reviewing another program's
    window names that program in ``reviewed_program``); a figure's unit is
    its target's; one body reports one status of a task as of a date.

    .. versionadded:: 0.2.0
    """
    return list(_RecordChecker(records, program).run())


class _RecordChecker:
    def __init__(self, records: Records, program: Program) -> None:
        self.records = records
        self.program = program
        self.parties = {p.id for p in (*program.parties, *program.third_parties)}
        self.tasks = reportable_tasks(program, effective=False)
        period = program.effective_period
        self.first = period.start
        self.last = None if period.end is None else add_months(period.end, AFTERLIFE_MONTHS)
        self.period = period

    def run(self) -> Iterator[Problem]:
        records = self.records
        if records.program != self.program.id:
            about = records_about(records, self.program)
            if not about.meetings:
                yield Problem(
                    "program",
                    f"expected the id of the program these records are checked against, "
                    f"{self.program.id!r}, or records with a meeting that reviews it "
                    f"(reviewed_program), found {records.program!r}",
                )
                return
            # Another program's records that review this one: only that part is checked
            # here, and its ids are that program's.
            yield from self._reviewed_here(records, about)
            return
        yield from self._meetings()
        yield from self._reports()
        yield from self._progress()
        yield from self._outcomes()
        yield from check_instructions(
            "instructions",
            records.instructions,
            self.parties,
            {party.id for party in self.program.parties},
        )
        for index, instruction in enumerate(records.instructions):
            yield from self._date(f"instructions[{index}].date", instruction.date)

    # -- shared ----------------------------------------------------------------

    def _party(self, path: str, party_id: str | None) -> Iterator[Problem]:
        if party_id is not None and party_id not in self.parties:
            yield Problem(
                path, f"expected the id of a party or third party, found unknown id {party_id!r}"
            )

    def _parties(self, path: str, ids: Iterable[str]) -> Iterator[Problem]:
        for index, party_id in enumerate(ids):
            yield from self._party(f"{path}[{index}]", party_id)

    def _date(self, path: str, day: dt.date | PartialDate | None) -> Iterator[Problem]:
        if day is None:
            return
        if (self.first is not None and last_day(day) < self.first) or (
            self.last is not None and first_day(day) > self.last
        ):
            yield Problem(path, f"expected a date {self._span()}, found {day}")

    def _span(self) -> str:
        if self.last is None:
            return f"on or after the start of the program, {self.first}"
        if self.first is None:
            return f"up to {AFTERLIFE_MONTHS} months after the program's end, {self.last}"
        return (
            f"from the start of the program, {self.first}, to {AFTERLIFE_MONTHS} months after "
            f"its end, {self.last}"
        )

    def _window(self, path: str, window: Window | None) -> Iterator[Problem]:
        if window is None:
            return
        end = self.period.end
        first = self.first
        if (first is not None and window.start < first) or (end is not None and window.end > end):
            inside = f"{first or '...'} to {end}" if end is not None else f"from {first}"
            yield Problem(
                path,
                f"expected a window inside the program's period ({inside}), found "
                f"{window.start} to {window.end}",
            )

    def _ref(self, path: str, ref_id: str | None) -> Iterator[Problem]:
        if ref_id is None:
            return
        known = {ref.id for ref in self.program.legal_refs}
        if ref_id not in known:
            yield Problem(
                path,
                f"expected the id of an entry of the program's 'legal_refs', found {ref_id!r}",
            )

    # -- parts -----------------------------------------------------------------

    def _meetings(self) -> Iterator[Problem]:
        seen: dict[str, int] = {}
        rules = rule_ids(self.program, duties=False)
        duties = rule_ids(self.program) - rules
        for index, meeting in enumerate(self.records.meetings):
            path = f"meetings[{index}]"
            if meeting.id in seen:
                yield Problem(
                    f"{path}.id",
                    f"expected each meeting id once, found {meeting.id!r} again "
                    f"(first at meetings[{seen[meeting.id]}])",
                )
            seen.setdefault(meeting.id, index)
            yield from self._date(f"{path}.date", meeting.date)
            for field in ("chairs", "presenters", "organisers", "witnesses"):
                for i, person in enumerate(getattr(meeting, field)):
                    yield from self._party(f"{path}.{field}[{i}].party", person.party)
            for i, attendance in enumerate(meeting.attendees):
                yield from self._party(f"{path}.attendees[{i}].party", attendance.party)
            if meeting.reviewed_program is None or names_program(
                meeting.reviewed_program, self.program
            ):
                yield from self._window(f"{path}.window", meeting.window)
            else:
                yield from self._ref(f"{path}.reviewed_program", meeting.reviewed_program)
            if (
                meeting.window is not None
                and meeting.date is not None
                and meeting.window.end > last_day(meeting.date)
                and not self._final_to_the_end(meeting)
            ):
                yield Problem(
                    f"{path}.window",
                    f"expected a window that ended by the meeting's date, {meeting.date}, "
                    f"found one ending {meeting.window.end} (only a final review may review "
                    "a window that runs to the end of the period before it ends)",
                )
            if meeting.rule in duties:
                yield Problem(
                    f"{path}.rule",
                    f"expected the name of a review, meeting or event rule of the program "
                    f"({', '.join(sorted(rules)) or 'it has none'}), found the reporting duty "
                    f"{meeting.rule!r}: a report under it is recorded in 'reports'",
                )
            elif meeting.rule is not None and meeting.rule not in rules:
                yield Problem(
                    f"{path}.rule",
                    f"expected the name of a schedule rule of the program "
                    f"({', '.join(sorted(rules)) or 'it has none'}), found {meeting.rule!r}",
                )

    def _reviewed_here(self, records: Records, about: Records) -> Iterator[Problem]:
        """Meetings of another program's records that review this one, and their outcomes."""
        for index, meeting in enumerate(records.meetings):
            if meeting not in about.meetings:
                continue
            path = f"meetings[{index}]"
            yield from self._date(f"{path}.date", meeting.date)
            if meeting.window is not None:
                yield from self._window(f"{path}.window", meeting.window)
        for index, outcome in enumerate(records.outcomes):
            if outcome in about.outcomes:
                yield from self._window(f"outcomes[{index}].window", outcome.window)

    def _final_to_the_end(self, meeting: Meeting) -> bool:
        """Whether ``meeting`` is a final review held early, reviewing up to the period's end.

        A *tổng kết* is often held in the last months of the period (at the
        conference that signs the next program); its window is still the
        whole period.
        """
        final = meeting.kind in FINAL_MEETINGS or meeting.rule == "final-review"
        if meeting.reviewed_program is not None:
            return final  # another program's period: its end is not known here
        return final and meeting.window is not None and meeting.window.end == self.period.end

    def _reports(self) -> Iterator[Problem]:
        duties = {d.id for version in self.program.in_force for d in version.schedule.duties}
        for index, report in enumerate(self.records.reports):
            path = f"reports[{index}]"
            if report.duty not in duties:
                yield Problem(
                    f"{path}.duty",
                    f"expected the id of a reporting duty of the program "
                    f"({', '.join(sorted(duties)) or 'it has none'}), found {report.duty!r}",
                )
            yield from self._parties(f"{path}.by", report.by)
            yield from self._parties(f"{path}.to", report.to)
            yield from self._date(f"{path}.date", report.date)
            yield from self._window(f"{path}.window", report.window)

    def _progress(self) -> Iterator[Problem]:
        seen: dict[tuple[str, str, dt.date | PartialDate, Window | None], int] = {}
        for index, entry in enumerate(self.records.progress):
            path = f"progress[{index}]"
            known = self.tasks.get(entry.task)
            if known is None:
                yield Problem(
                    f"{path}.task",
                    f"expected the id of a task of the program or of its annual plans, "
                    f"found unknown id {entry.task!r}",
                )
            else:
                yield from _figures(path, entry, known[0])
            yield from self._party(f"{path}.by", entry.by)
            yield from self._date(f"{path}.as_of", entry.as_of)
            yield from self._window(f"{path}.window", entry.window)
            key = (entry.task, entry.by, entry.as_of, entry.window)
            if key in seen:
                first = self.records.progress[seen[key]]
                said = (
                    "the same status again"
                    if first.status == entry.status
                    else f"{entry.status.value!r} where it said {first.status.value!r}"
                )
                yield Problem(
                    path,
                    f"expected one progress entry of task {entry.task!r} by {entry.by!r} as of "
                    f"{entry.as_of} for one window, found a second at progress[{seen[key]}] "
                    f"with {said}",
                )
            seen.setdefault(key, index)

    def _outcomes(self) -> Iterator[Problem]:
        meetings = {meeting.id for meeting in self.records.meetings}
        elsewhere = {
            m.id
            for m in self.records.meetings
            if m.reviewed_program is not None
            and not names_program(m.reviewed_program, self.program)
        }
        for index, outcome in enumerate(self.records.outcomes):
            path = f"outcomes[{index}]"
            if outcome.meeting not in elsewhere:  # else the window is the other program's
                yield from self._window(f"{path}.window", outcome.window)
            yield from self._date(f"{path}.date", outcome.date)
            yield from self._parties(f"{path}.by", outcome.by)
            yield from _duplicates(
                ((f"{path}.legal_refs[{i}].id", r.id) for i, r in enumerate(outcome.legal_refs)),
                "legal reference",
            )
            known = {ref.id for ref in (*self.program.legal_refs, *outcome.legal_refs)}
            yield from ref_relations(f"{path}.legal_refs", outcome.legal_refs, known)
            for i, signatory in enumerate(outcome.signatories):
                yield from self._party(f"{path}.signatories[{i}].party", signatory.party)
            if outcome.meeting is not None and outcome.meeting not in meetings:
                yield Problem(
                    f"{path}.meeting",
                    f"expected the id of a meeting of these records, found {outcome.meeting!r}",
                )
            for i, proposal in enumerate(outcome.proposals):
                yield from self._parties(f"{path}.proposals[{i}].parties", proposal.parties)
            for i, figure in enumerate(outcome.figures):
                if figure.target is not None:
                    yield Problem(
                        f"{path}.figures[{i}].target",
                        f"expected no target on a figure of the whole review (a task's target "
                        f"is measured in its progress entry), found {figure.target!r}",
                    )


def _figures(path: str, entry: Progress, task: Task) -> Iterator[Problem]:
    targets = {target.id: target for target in task.targets if target.id is not None}
    for index, figure in enumerate(entry.figures):
        if figure.target is None:
            continue
        where = f"{path}.figures[{index}].target"
        target = targets.get(figure.target)
        if target is None:
            yield Problem(
                where,
                f"expected the id of a target of task {task.id!r} "
                f"({', '.join(sorted(targets)) or 'it has none with an id'}), "
                f"found {figure.target!r}",
            )
        elif target.unit is not None and figure.unit != target.unit:
            yield Problem(
                f"{path}.figures[{index}].unit",
                f"expected the unit of target {target.id!r}, {target.unit!r}, "
                f"found {figure.unit!r}",
            )


def conflicts(documents: Iterable[tuple[str, Records]]) -> Iterator[Problem]:
    """Problems between records documents read together, each naming both files.

    A meeting id used in two documents, and two progress entries of one
    task by one body as of one date for one window, are refused: nothing
    is merged silently.
    """
    meetings: dict[str, str] = {}
    progress: dict[tuple[str, str, dt.date | PartialDate, Window | None], tuple[str, Progress]] = {}
    for source, records in documents:
        for index, meeting in enumerate(records.meetings):
            first = meetings.get(meeting.id)
            if first is not None and first != source:
                yield Problem(
                    f"{source}: meetings[{index}].id",
                    f"expected each meeting id once across records, found {meeting.id!r} "
                    f"also in {first}",
                )
            meetings.setdefault(meeting.id, source)
        for index, entry in enumerate(records.progress):
            key = (entry.task, entry.by, entry.as_of, entry.window)
            found = progress.get(key)
            if found is not None and found[0] != source:
                yield Problem(
                    f"{source}: progress[{index}]",
                    f"expected one progress entry of task {entry.task!r} by {entry.by!r} as of "
                    f"{entry.as_of} for one window, found another in {found[0]} "
                    f"({found[1].status.value!r}, here {entry.status.value!r})",
                )
            progress.setdefault(key, (source, entry))
