"""Built-in report kind ``program``: the program as a document, numbered as the original."""

from __future__ import annotations

from collections.abc import Callable

from coordprog.model._program import Program
from coordprog.model._tasks import TaskGroup
from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import (
    Block,
    Document,
    ItemList,
    Letterhead,
    Paragraph,
    Recipients,
    Section,
    Signature,
    SignatureBlock,
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
        blocks.append(Recipients(program.recipients))
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


PROGRAM = ReportKind(
    name="program",
    shape=Document,
    build=program_document,
    description="The coordination program as a document, numbered as the original.",
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``program`` report kind."""
    register(PROGRAM)
