"""What the drafts of the yearly cycle share: the last review, what it proposed, tasks in force.

The annual plan (*kế hoạch phối hợp công tác năm*) and the next program are
drafted from the program and its records: the tasks that are still to be
carried out, with who leads and who supports, and what the last review
(*sơ kết*, *tổng kết*) proposed.  Nothing is invented: what the records do
not say is marked for the drafter, as the review report marks it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from coordprog.model._dates import PartialDate, last_day
from coordprog.model._program import Program
from coordprog.model._records import ProgressStatus, Records, ReviewOutcome, Window
from coordprog.model._tasks import Role, Task, TaskCategory, TaskGroup
from coordprog.reports.kinds._language import vi_date
from coordprog.schedule._status import TaskStatus

#: What a draft says first when its records are illustrative.
ILLUSTRATIVE_DRAFT = (
    "Hồ sơ thực hiện dùng để lập dự thảo này là dữ liệu minh họa, không phải số liệu thực tế."
)

#: Statuses of a task that is finished: it is not carried on.
FINISHED = frozenset((ProgressStatus.DONE_ON_TIME, ProgressStatus.DONE_LATE))


def reviewed_window(records: Records, outcome: ReviewOutcome) -> Window | None:
    """The window ``outcome`` reviewed: its own, else its meeting's; ``None`` when neither says."""
    if outcome.window is not None or outcome.meeting is None:
        return outcome.window
    meeting = next((m for m in records.meetings if m.id == outcome.meeting), None)
    return None if meeting is None else meeting.window


def with_windows(records: Records) -> list[ReviewOutcome]:
    """The outcomes whose window is known, each with it (its meeting's when it states none)."""
    found = []
    for outcome in records.outcomes:
        window = reviewed_window(records, outcome)
        if window is not None:
            found.append(attrs.evolve(outcome, window=window))
    return found


def last_outcome(records: Records, before: dt.date) -> ReviewOutcome | None:
    """The review outcome whose window ended last before ``before`` (its latest, if several).

    An outcome whose window the records do not state is not counted: it
    cannot be placed before a year.
    """
    ended = [(o, o.window) for o in with_windows(records) if o.window and o.window.end < before]
    return max(ended, key=lambda p: (p[1].end, -p[1].start.toordinal()), default=(None,))[0]


def outcome_day(outcome: ReviewOutcome | None) -> dt.date | PartialDate | None:
    """The date of a review outcome as the records state it."""
    return None if outcome is None else outcome.date


def cited_outcome(outcome: ReviewOutcome, words: str) -> str:
    """A review report as a sentence cites it: "Báo cáo sơ kết năm 2023 (số ..., ngày ...)"."""
    said = [f"số {outcome.number}"] if outcome.number else []
    if outcome.date is not None:
        said.append(f"ngày {vi_date(outcome.date)}")
    return f"Báo cáo {words}" + (f" ({', '.join(said)})" if said else "")


def proposed(program: Program, outcome: ReviewOutcome | None) -> list[str]:
    """What a review proposed: its directions, then its proposals and whom they address."""
    if outcome is None:
        return []
    found = list(outcome.directions)
    for proposal in outcome.proposals:
        bodies = [program.name_in_force(p) for p in proposal.parties] + list(proposal.bodies)
        found.append(f"Đối với {', '.join(bodies)}: {proposal.text}")
    return found


def carried(state: TaskStatus | None, task: Task) -> bool:
    """Whether a task goes on: not finished by its last report, or a regular task.

    A regular task (*nhiệm vụ thường xuyên*) is never finished; a task
    nobody reported on is carried too (the drafter checks it).
    """
    if task.category is TaskCategory.REGULAR:
        return True
    return state is None or state.status not in FINISHED


def roles(program: Program, task: Task, day: dt.date) -> str:
    """Who leads and who supports a task on ``day``: "Chủ trì: ...; phối hợp: ..."."""

    def named(parties: Iterable[str]) -> str:
        return ", ".join(
            dict.fromkeys(program.name_in_force(program.responsible(p, day), day) for p in parties)
        )

    said = []
    if task.leads:
        said.append(f"Chủ trì: {named(task.leads)}")
    else:
        said.append(f"Các bên cùng thực hiện: {named(program.duty_bodies(task))}")
    if task.supports:
        said.append(f"phối hợp: {named(task.supports)}")
    for assignment in task.roles:
        try:
            role = Role(assignment.role).vi
        except ValueError:
            role = assignment.role
        said.append(f"{role}: {named(assignment.parties)}")
    return "; ".join(said)


def deadline_words(deadline: dt.date | PartialDate | None) -> str | None:
    """A task's own deadline as a plan writes it, or ``None``."""
    if deadline is None:
        return None
    return f"Thời hạn: {vi_date(deadline)}"


def groups_with(groups: Iterable[TaskGroup], keep: set[str]) -> list[TaskGroup]:
    """The task groups, each with only the tasks of ``keep`` and the groups that have some."""
    kept = []
    for group in groups:
        tasks = tuple(task for task in group.tasks if task.id in keep)
        subgroups = tuple(groups_with(group.groups, keep))
        if tasks or subgroups:
            kept.append(attrs.evolve(group, tasks=tasks, groups=subgroups))
    return kept


def by_end(day: dt.date | PartialDate) -> dt.date:
    """The last day a date stated in part stands for."""
    return last_day(day)
