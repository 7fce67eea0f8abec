"""Built-in report kinds: ``program``, ``matrix`` and ``schedule``."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pluggy

from coordprog._calendar import WorkCalendar
from coordprog._plugins import find_calendar
from coordprog._program import Program
from coordprog._registry import ReportKind
from coordprog._schedule import schedule
from coordprog._tasks import Role, Task, TaskGroup
from coordprog.hookspecs import hookimpl
from coordprog.shapes import (
    Block,
    Calendar,
    CalendarEntry,
    Column,
    Document,
    ItemList,
    Letterhead,
    Paragraph,
    Section,
    Signature,
    SignatureBlock,
    Table,
)


def program_document(program: Program) -> Document:
    """The program as a document, in the order and numbering of the original."""
    meta = []
    if program.number:
        meta.append(("Số", program.number))
    letterhead = _letterhead(program)
    if letterhead.place_date:
        meta.append(("Nơi, ngày ký", letterhead.place_date))
    period = program.effective_period
    meta.append(("Giai đoạn", f"{period.start:%d/%m/%Y} - {period.end:%d/%m/%Y}"))
    meta.append(("Các bên", "; ".join(party.name for party in program.parties)))
    blocks: list[Block] = []
    if program.preamble:
        blocks.append(Paragraph(program.preamble))
    aims: list[Block] = []
    if program.purposes:
        aims.append(Section("Mục đích", (ItemList(program.purposes),), number="1"))
    if program.requirements:
        aims.append(
            Section("Yêu cầu", (ItemList(program.requirements),), number=str(len(aims) + 1))
        )
    numerals = iter(("I", "II", "III", "IV", "V", "VI"))
    if aims:
        blocks.append(Section("MỤC ĐÍCH, YÊU CẦU", tuple(aims), number=next(numerals)))
    if program.task_groups:
        groups = tuple(_group_section(group) for group in program.task_groups)
        blocks.append(Section("NỘI DUNG PHỐI HỢP", groups, number=next(numerals)))
    if program.implementation:
        paragraphs = tuple(Paragraph(text) for text in program.implementation)
        blocks.append(Section("TỔ CHỨC THỰC HIỆN", paragraphs, number=next(numerals)))
    if program.amendments:
        items = tuple(
            f"{a.date:%d/%m/%Y}"
            + (f" ({a.number})" if a.number else "")
            + f": {a.reason}"
            + "".join(f"; {change}" for change in a.changes)
            for a in program.amendments
        )
        blocks.append(Section("ĐIỀU CHỈNH, BỔ SUNG", (ItemList(items),), number=next(numerals)))
    if program.signatories:
        blocks.append(
            SignatureBlock(
                tuple(
                    Signature(
                        body=program.party(s.party).name.upper(),
                        title=s.title,
                        name=s.name,
                        authority=s.authority,
                    )
                    for s in program.signatories
                )
            )
        )
    if program.recipients:
        blocks.append(Section("Nơi nhận", (ItemList(program.recipients),)))
    return Document(
        title=program.title,
        subtitle=program.kind.vi.upper(),
        meta=tuple(meta),
        blocks=tuple(blocks),
        letterhead=letterhead,
    )


def _letterhead(program: Program) -> Letterhead:
    """Issuing bodies, motto, number and the place and date, as Decree 30 lays them out."""
    # A document a Party body issues first carries the Party's name; a State
    # body's carries the national motto.
    first = program.parties[0]
    motto = "party" if first.kind in ("party-board", "party-committee") else "state"
    place = program.place or program.province
    when = None
    if program.signed_on is not None:
        day = program.signed_on
        when = f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    place_date = ", ".join(part for part in (place, when) if part) or None
    return Letterhead(
        issuers=tuple(party.name.upper() for party in program.parties),
        motto=motto,
        number=program.number,
        place_date=place_date,
    )


def _group_section(group: TaskGroup) -> Section:
    blocks: list[Block] = []
    if group.tasks:
        blocks.append(ItemList(tuple(task.text for task in group.tasks)))
    blocks.extend(_group_section(sub) for sub in group.groups)
    return Section(group.title, tuple(blocks), number=group.number)


def _role_cells(task: Task) -> dict[str, str]:
    """The matrix cells of a task: each body it names, with its roles in the task."""
    found: dict[str, list[str]] = {}
    lead = "đồng chủ trì" if task.co_led else Role.LEAD.vi
    for party_id in task.leads:
        found.setdefault(party_id, []).append(lead)
    for party_id in task.supports:
        found.setdefault(party_id, []).append(Role.SUPPORT.vi)
    for assignment in task.roles:
        try:
            name = Role(assignment.role).vi
        except ValueError:
            name = assignment.role
        for party_id in assignment.parties:
            names = found.setdefault(party_id, [])
            if name not in names:
                names.append(name)
    return {party_id: ", ".join(names) for party_id, names in found.items()}


def responsibility_matrix(program: Program) -> Table:
    """Each task against each body: lead, co-lead, support or another role."""
    bodies = (*program.parties, *program.third_parties)
    columns = (
        Column("task", "Mã"),
        Column("group", "Mục"),
        Column("text", "Nhiệm vụ"),
        *(Column(body.id, body.short_name or body.name) for body in bodies),
    )
    rows = []
    for group, task in program.walk_tasks():
        cells = _role_cells(task)
        rows.append((task.id, group.id, task.text, *(cells.get(body.id, "") for body in bodies)))
    return Table(
        title=f"Ma trận trách nhiệm: {program.title}",
        columns=columns,
        rows=tuple(rows),
        caption="Vai trò của từng cơ quan trong từng nhiệm vụ: chủ trì, đồng chủ trì, phối hợp ...",
    )


def schedule_calendar(
    program: Program,
    calendar: WorkCalendar | str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Calendar:
    """The program's dated events (option ``calendar``: a work calendar or its name)."""
    if isinstance(calendar, str):
        calendar = find_calendar(plugin_manager, calendar)

    def names(ids: tuple[str, ...]) -> str:
        return "; ".join(program.party(i).name for i in ids)

    entries = tuple(
        CalendarEntry(
            uid=f"{program.id}/{event.rule}/{event.sequence}@coordprog",
            summary=event.title_vi,
            due=event.due,
            start=event.start,
            end=event.end,
            category=event.kind.value,
            description=f"{event.title_en}. Chủ trì: {names(event.leads)}.",
        )
        for event in schedule(program, calendar)
    )
    return Calendar(title=f"Lịch thực hiện: {program.title}", entries=entries)


def _kinds() -> Iterator[ReportKind]:
    yield ReportKind(
        name="program",
        shape=Document,
        build=program_document,
        description="The coordination program as a document, numbered as the original.",
    )
    yield ReportKind(
        name="matrix",
        shape=Table,
        build=responsibility_matrix,
        description="Responsibility matrix: each task against each body's role.",
    )
    yield ReportKind(
        name="schedule",
        shape=Calendar,
        build=schedule_calendar,
        description="Annual plans, interim reviews and the final review, by due date.",
        options=("calendar",),
        takes_plugin_manager=True,
    )


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the built-in report kinds."""
    for kind in _kinds():
        register(kind)
