"""Built-in report kind ``annual-plan``: the draft *kế hoạch phối hợp công tác năm*.

Drafted from the program, its records and the year, in the structure of the
plans parties issue each year: I. purposes and requirements; II. the tasks
in force that year, each with who leads and who supports it (a task not
finished by its last report carries on, with what that report said); III.
what the last review proposed for the year; IV. the year's scheduled events
with their dates on the work calendar; V. organisation.  Laid out as the
parties send it, with their letterhead, a blank for the plan's number (*KH*)
and its date, and their signatures.  What the records do not give is
marked for the drafter, as the review report marks it; nothing is invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pluggy

from coordprog.model._dates import last_day, written
from coordprog.model._program import Program
from coordprog.model._records import Records, ReviewOutcome
from coordprog.model._tasks import Task, TaskGroup
from coordprog.plugins._calls import find_calendar
from coordprog.reports._render import RenderError
from coordprog.reports.kinds._drafts import (
    ILLUSTRATIVE_DRAFT,
    carried,
    cited_outcome,
    deadline_words,
    last_outcome,
    proposed,
    roles,
    with_windows,
)
from coordprog.reports.kinds._language import vi_date
from coordprog.reports.kinds._letterheads import (
    PLAN_CODE,
    author,
    draft_signatures,
    letterhead,
)
from coordprog.reports.kinds._options import as_date
from coordprog.reports.kinds._review import MISSING, window_words
from coordprog.reports.kinds.program import written_date
from coordprog.schedule._engine import Event, schedule
from coordprog.schedule._status import Status, TaskStatus, combine, status
from coordprog.schedule._work_calendar import WorkCalendar
from coordprog.shapes import (
    Block,
    Column,
    Document,
    ItemList,
    Paragraph,
    Recipients,
    Section,
    Table,
)

#: Who receives the plan, when nothing says: for the drafter to fill in.
RECIPIENTS_MISSING = "[Chưa có trong hồ sơ: nơi nhận; bổ sung trước khi ban hành.]"


def annual_plan_document(
    program: Program,
    records: Records | None = None,
    year: int | None = None,
    as_of: dt.date | str | None = None,
    calendar: WorkCalendar | str | None = None,
    today: dt.date | str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Document:
    """The draft annual coordination plan of ``year``, from the program and its records.

    Options: ``year`` (default: the year after the latest review in the
    records, else the first year of the period); ``as_of``, the day the
    tasks' progress is taken on (default: the date of the review that
    closed the year before, else the last day of that year); ``calendar``,
    the work calendar the year's events fall on (default ``weekends``);
    ``today``, the day the draft is made, for the file's creation date.
    """
    combined = combine(records, program)
    period = program.effective_period
    chosen = year if year is not None else _default_year(program, combined)
    years = period.years
    if period.start is not None and (chosen < years.start or chosen >= years.stop):
        raise RenderError(
            f"expected the option year within the program's period, {period.as_written}, "
            f"found {chosen}"
        )
    start, end = dt.date(chosen, 1, 1), dt.date(chosen, 12, 31)
    outcome = last_outcome(combined, start)
    day = as_date(as_of, "as_of")
    if day is None:
        day = last_day(outcome.date) if outcome and outcome.date else start - dt.timedelta(days=1)
    if calendar is None:
        calendar = "weekends"
    if isinstance(calendar, str):
        calendar = find_calendar(plugin_manager, calendar)
    events = schedule(program, calendar, end)
    found = status(program, events, combined, day)
    names = [program.name_in_force(party.id, start) for party in program.parties]
    together = " và ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " và " + names[-1]
    blocks: list[Block] = []
    if combined.illustrative:
        blocks.append(Paragraph(f"Lưu ý: {ILLUSTRATIVE_DRAFT}"))
    blocks.append(Paragraph(_opening(program, outcome, together, chosen)))
    blocks.append(Section("MỤC ĐÍCH, YÊU CẦU", tuple(_aims(program)), number="I"))
    blocks.append(
        Section("NỘI DUNG PHỐI HỢP", tuple(_contents(program, found, chosen, start)), number="II")
    )
    reviewed = window_words(outcome.window, program) if outcome and outcome.window else None
    blocks.append(
        Section(
            f"NHỮNG NỘI DUNG THEO KẾT QUẢ SƠ KẾT {reviewed.upper()}"
            if reviewed
            else "NHỮNG NỘI DUNG THEO KẾT QUẢ SƠ KẾT",
            tuple(_proposed(program, outcome)),
            number="III",
        )
    )
    blocks.append(
        Section(
            f"LỊCH CÔNG TÁC NĂM {chosen}",
            tuple(_calendar(program, events, start, end)),
            number="IV",
        )
    )
    blocks.append(Section("TỔ CHỨC THỰC HIỆN", tuple(_organisation(program)), number="V"))
    blocks.append(draft_signatures(program, start))
    blocks.append(Recipients((RECIPIENTS_MISSING, "Lưu: VT.")))
    issued = next((p for p in program.annual_plans if p.year == chosen), None)
    meta = [("Năm kế hoạch", str(chosen)), ("Tình hình thực hiện tính đến", vi_date(day))]
    if combined.sources:
        meta.append(("Nguồn hồ sơ", "; ".join(combined.sources)))
    return Document(
        title=f"Phối hợp công tác năm {chosen} giữa {together}",
        subtitle="KẾ HOẠCH",
        meta=tuple(meta),
        blocks=tuple(blocks),
        letterhead=letterhead(
            program,
            PLAN_CODE,
            number=issued.number if issued else None,
            day=issued.date if issued else None,
            drafted=True,
        ),
        author=author(program),
        created=(
            issued.date
            if issued is not None and isinstance(issued.date, dt.date)
            else as_date(today, "today")
        ),
    )


def _default_year(program: Program, records: Records) -> int:
    """The year after the latest review's window, within the period; else the first year."""
    period = program.effective_period
    latest = max((o.window.end for o in with_windows(records) if o.window), default=None)
    years = period.years
    if latest is not None and latest.year + 1 in years:
        return latest.year + 1
    if period.start is None:
        raise RenderError(
            "expected the option year: the program's period has no start and the records "
            "no review to follow"
        )
    return years.start


def _opening(program: Program, outcome: ReviewOutcome | None, together: str, year: int) -> str:
    cited = program.heading
    if program.number:
        cited += f", số {program.number}"
    if program.signed is not None:
        cited += f", ký {written_date(program.signed)}"
    said = f"Thực hiện {cited}"
    if outcome is not None and outcome.window is not None:
        words = window_words(outcome.window, program)
        said += f"; căn cứ {cited_outcome(outcome, f'sơ kết {words}')}"
    return f"{said}; {together} thống nhất xây dựng Kế hoạch phối hợp công tác năm {year} như sau:"


def _aims(program: Program) -> Iterable[Block]:
    yield Section("Mục đích", (Paragraph(MISSING),), number="1")
    yield Section("Yêu cầu", (Paragraph(MISSING),), number="2")
    reference = [*program.purposes, *program.requirements]
    if reference:
        yield Paragraph("[Mục đích, yêu cầu của Chương trình, để tham khảo:]")
        yield ItemList(tuple(f"[{text}]" for text in reference))


def _contents(program: Program, found: Status, year: int, start: dt.date) -> Iterable[Block]:
    states = {s.task.id: s for s in found.tasks}
    # In force: every task not finished by its last report (one whose time
    # ended before the year carries over), and every regular task.
    kept = {task.id for task in program.tasks if carried(states.get(task.id), task)}
    sections = [_group(program, group, kept, states, start) for group in program.task_groups]
    shown = [section for section in sections if section is not None]
    yield from shown
    plan = next((p for p in program.annual_plans if p.year == year), None)
    if plan is not None and plan.tasks:
        items = tuple(_task_item(program, task, states.get(task.id), start) for task in plan.tasks)
        yield Section(plan.title or f"Nhiệm vụ theo Kế hoạch năm {year}", (ItemList(items),))
    if not shown and (plan is None or not plan.tasks):
        yield Paragraph(MISSING)


def _group(
    program: Program,
    group: TaskGroup,
    kept: set[str],
    states: dict[str, TaskStatus],
    start: dt.date,
) -> Section | None:
    blocks: list[Block] = []
    items = tuple(
        _task_item(program, program.task(task.id), states.get(task.id), start)
        for task in group.tasks
        if task.id in kept
    )
    if items:
        blocks.append(ItemList(items))
    for sub in group.groups:
        section = _group(program, sub, kept, states, start)
        if section is not None:
            blocks.append(section)
    if not blocks:
        return None
    return Section(group.title or "", tuple(blocks), number=group.number)


def _task_item(program: Program, task: Task, state: TaskStatus | None, start: dt.date) -> str:
    said = [roles(program, task, start)]
    deadline = deadline_words(task.deadline)
    if deadline:
        said.append(deadline)
    if state is not None and state.status is not None and state.report is not None:
        report = state.report
        line = f"tình trạng: {state.status.vi.lower()} (báo cáo {written(report.as_of)}"
        if report.reason:
            line += f": {report.reason.rstrip('.')}"
        said.append(line + ")")
    text = f"{task.number}. {task.text}" if task.number else task.text
    return f"{text} ({'; '.join(said)})."


def _proposed(program: Program, outcome: ReviewOutcome | None) -> Iterable[Block]:
    found = proposed(program, outcome)
    if found:
        yield ItemList(tuple(found))
    else:
        yield Paragraph(MISSING)


def _calendar(
    program: Program, events: Iterable[Event], start: dt.date, end: dt.date
) -> Iterable[Block]:
    year = [e for e in events if start <= e.due <= end]
    if not year:
        yield Paragraph(MISSING)
        return
    yield Table(
        title=f"Lịch công tác năm {start.year}",
        columns=(
            Column("event", "Nội dung"),
            Column("due", "Thời hạn"),
            Column("leads", "Chủ trì"),
            Column("window", "Kỳ"),
        ),
        rows=tuple(
            (
                event.title_vi,
                event.due,
                ", ".join(program.name_in_force(p, event.due) for p in event.leads),
                f"{vi_date(event.start)} - {vi_date(event.end)}",
            )
            for event in year
        ),
    )


def _organisation(program: Program) -> Iterable[Block]:
    focal = [
        f"{party.focal_unit} ({program.name_in_force(party.id)})"
        for party in program.parties
        if party.focal_unit
    ]
    if focal:
        yield Paragraph(f"Đơn vị đầu mối tham mưu theo Chương trình: {'; '.join(focal)}.")
    yield Paragraph(MISSING)
