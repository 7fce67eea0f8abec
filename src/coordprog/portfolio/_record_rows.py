"""Rows of the SQLite export from one records file: meetings, reports, progress, outcomes.

Each row names the file it comes from (``records_file``), so that
illustrative records never pass for real ones; the values are written as
:mod:`coordprog.portfolio._sqlite` writes them all (dates as stated, texts
one a line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from coordprog.model._dates import PartialDate, precision_of
from coordprog.model._parties import Person
from coordprog.model._program import Program
from coordprog.model._records import Figure, Meeting, Progress, Records, ReviewOutcome, Window

#: Adds a row to a table: ``add(table, id, *values)``.
Add = Callable[..., None]


def day(value: dt.date | PartialDate | None) -> str | None:
    """A date as ISO text, to its precision: ``2022-01-24``, ``2019-03``, ``2015``."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def lines(items: Iterable[str]) -> str | None:
    """Several texts in one cell, one a line; ``None`` for none."""
    joined = "\n".join(items)
    return joined or None


def ids(items: Iterable[str]) -> str | None:
    joined = ", ".join(items)
    return joined or None


def precision(value: dt.date | PartialDate | None) -> str | None:
    return None if value is None else precision_of(value).value


def flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def window(window: Window | None) -> tuple[str | None, str | None]:
    return (None, None) if window is None else (day(window.start), day(window.end))


def people(people: Iterable[Person]) -> str | None:
    """People at a meeting, one a line: name, post, the body they speak for."""
    return lines(", ".join(filter(None, (p.name, p.post, p.body or p.party))) for p in people)


def record_rows(
    add: Add, program: Program, where: str, document: Records, body_of: dict[str, str]
) -> None:
    """The rows of one records file ``where``: the file, then each kind of entry it holds."""
    pid = program.id
    add(
        "record_files",
        where,
        pid,
        document.title,
        int(document.illustrative),
        lines(document.sources),
        document.note,
    )
    for meeting in document.meetings:
        _meeting_row(add, pid, where, meeting)
    for index, report in enumerate(document.reports):
        add(
            "reports",
            f"{pid}/{where}/report-{index + 1}",
            pid,
            where,
            report.duty,
            day(report.date),
            precision(report.date),
            ids(report.by),
            ids(report.to),
            report.number,
            report.title,
            *window(report.window),
        )
    for index, entry in enumerate(document.progress):
        _progress_rows(add, pid, f"{pid}/{where}/{index + 1}", where, entry, body_of)
    for index, outcome in enumerate(document.outcomes):
        _outcome_rows(add, pid, f"{pid}/{where}/outcome-{index + 1}", where, outcome)


def _meeting_row(add: Add, pid: str, where: str, meeting: Meeting) -> None:
    add(
        "meetings",
        f"{pid}/{meeting.id}",
        pid,
        meeting.id,
        where,
        meeting.kind.value,
        day(meeting.date),
        precision(meeting.date),
        meeting.title,
        meeting.place,
        *window(meeting.window),
        meeting.reviewed_program,
        meeting.rule,
        people(meeting.chairs),
        people(meeting.presenters),
        people(meeting.organisers),
        people(meeting.witnesses),
        lines(
            ", ".join(filter(None, (a.body or a.party, a.note)))
            + ("" if a.count is None else f" ({a.count})")
            for a in meeting.attendees
        ),
        lines(" ".join(p for p in (d.kind.vi, d.number, d.title) if p) for d in meeting.adopted),
        meeting.note,
    )


def _progress_rows(
    add: Add, pid: str, entry_id: str, where: str, entry: Progress, body_of: dict[str, str]
) -> None:
    """A progress entry and its figures."""
    task_id = f"{pid}/{entry.task}"
    add(
        "progress",
        entry_id,
        pid,
        task_id,
        where,
        f"{pid}/{entry.by}",
        body_of[entry.by],
        day(entry.as_of),
        *window(entry.window),
        entry.status.value,
        entry.done,
        lines(entry.evidence),
        entry.reason,
        day(entry.deadline),
        entry.note,
    )
    for number, figure in enumerate(entry.figures):
        target = None if figure.target is None else f"{task_id}/{figure.target}"
        figure_row(add, f"{entry_id}/{number + 1}", entry_id, None, pid, task_id, figure, target)


def _outcome_rows(add: Add, pid: str, outcome_id: str, where: str, outcome: ReviewOutcome) -> None:
    """A review outcome, its proposals, commendations and figures."""
    add(
        "outcomes",
        outcome_id,
        pid,
        where,
        *window(outcome.window),
        None if outcome.meeting is None else f"{pid}/{outcome.meeting}",
        outcome.number,
        day(outcome.date),
        outcome.place,
        lines((*outcome.by, *outcome.bodies)),
        lines(outcome.deployment),
        lines(outcome.results),
        lines(outcome.shortcomings),
        lines(outcome.causes),
        lines(outcome.lessons),
        lines(outcome.directions),
    )
    for number, proposal in enumerate(outcome.proposals):
        add(
            "proposals",
            f"{outcome_id}/{number + 1}",
            outcome_id,
            pid,
            proposal.text,
            ids(proposal.parties),
            lines(proposal.bodies),
        )
    for number, commendation in enumerate(outcome.commendations):
        add(
            "commendations",
            f"{outcome_id}/{number + 1}",
            pid,
            outcome_id,
            commendation.recipient,
            int(commendation.collective),
            commendation.count,
            commendation.level,
            commendation.granted_by,
            commendation.act,
            day(commendation.date),
        )
    for number, figure in enumerate(outcome.figures):
        figure_id = f"{outcome_id}/figure-{number + 1}"
        figure_row(add, figure_id, None, outcome_id, pid, None, figure, None)


def figure_row(
    add: Add,
    row_id: str,
    progress: str | None,
    outcome: str | None,
    pid: str,
    task: str | None,
    figure: Figure,
    target: str | None,
) -> None:
    """A figure of a progress entry (of its task) or of a review's overall results."""
    add(
        "figures",
        row_id,
        progress,
        outcome,
        pid,
        task,
        figure.indicator,
        figure.value,
        figure.of,
        None if figure.qualifier is None else figure.qualifier.value,
        figure.unit,
        target,
        figure.note,
    )
