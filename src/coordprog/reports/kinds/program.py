"""Built-in report kind ``program``: the program as a document, numbered as the original."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable

from coordprog.model._dates import PartialDate, Precision, last_day, written
from coordprog.model._legal import LegalRef
from coordprog.model._parties import Area, Party, Person
from coordprog.model._program import AnnualPlan, DocumentKind, Program
from coordprog.model._promulgation import Promulgation
from coordprog.model._provisions import Article, Chapter
from coordprog.model._tasks import Task, TaskGroup
from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports.kinds._language import (
    LANG,
    Words,
    as_language,
    english_name,
    english_period,
)
from coordprog.reports.kinds._letterheads import TYPE_CODES, author, letterhead, signature
from coordprog.reports.kinds._notices import notices
from coordprog.shapes import (
    Block,
    Document,
    ItemList,
    Letterhead,
    Paragraph,
    Recipients,
    Section,
    SignatureBlock,
)

_ENGLISH = {
    "Cơ quan đổi tên, sáp nhập, chia tách": "Bodies renamed, merged or split",
    "Cơ quan đổi tên, sáp nhập, chia tách, đổi tỉnh": "Bodies renamed, merged, split or moved",
    "ngày không rõ": "date not known",
    "đến {}": "until {}",
    "{}: trước đây là {} ({})": "{}: formerly {} ({})",
    "hoạt động đến {}": "existed until {}",
    "ngừng hoạt động, ngày không rõ": "ceased, date not known",
    "; cơ quan kế thừa: {}": "; its duties pass to: {}",
    "; chia tách thêm cho: {}": "; also split into: {}",
    "thời gian: {}": "period: {}",
    "lịch không thay đổi": "the schedule is unchanged",
    "Số": "Number",
    "Nơi, ngày ký": "Place and date",
    "Ngày ký": "Signed",
    "Thời gian": "Period",
    "Nhiệm kỳ": "Term",
    "Các bên": "Parties",
    "Các bên thực hiện (không ký)": "Parties bound (not signing)",
    "Cơ quan đề xuất": "Proposed by",
    "Sự kiện chưa xếp được vào lịch": "Events the schedule cannot date",
    "Gồm": "Extent",
    "Địa bàn": "Area",
    "đã biết {}": "known: {}",
    "{} thành viên": "{} members",
    "{}: trước đây thuộc {} ({})": "{}: formerly of {} ({})",
    "Thực hiện": "Carries out",
    "Thay thế": "Replaces",
    "Cơ quan phối hợp khác": "Other bodies",
    "Đơn vị đầu mối": "Focal units",
    "Mục đích": "Purposes",
    "Yêu cầu": "Requirements",
    "MỤC ĐÍCH, YÊU CẦU": "PURPOSES AND REQUIREMENTS",
    "NỘI DUNG PHỐI HỢP": "COORDINATION CONTENT",
    "TỔ CHỨC THỰC HIỆN": "IMPLEMENTATION",
    "KẾ HOẠCH PHỐI HỢP HÀNG NĂM": "ANNUAL COORDINATION PLANS",
    "ĐIỀU CHỈNH, BỔ SUNG": "AMENDMENTS",
    "Nơi nhận": "Recipients",
    "Kính gửi": "To",
    "Sơ kết, tổng kết đã tổ chức": "Reviews held",
    "Văn bản được viện dẫn": "Acts cited",
    "Ghi chú": "Note",
    "Ghi chú về nội dung phối hợp": "Notes on the tasks",
    "PHỤ LỤC": "APPENDIX",
    "Căn cứ {};": "Based on {};",
    "{} ({} - {}), tổ chức ngày {}": "{} ({} to {}), held on {}",
    ", báo cáo số {}": ", report {}",
    "; khen thưởng: {}": "; commended: {}",
    "Năm {}": "Year {}",
    "số {}": "no. {}",
    "Kế hoạch năm {}": "Plan for {}",
    "Chỉ tiêu: {}": "Target: {}",
    " (năm {})": " (by {})",
    "Dự án": "Project",
    ", Tiểu dự án {}": ", sub-project {}",
    "Địa bàn: {}": "Places: {}",
    "Đối tượng: {}": "For: {}",
    "Thời hạn: {}": "Deadline: {}",
    "Góp phần thực hiện": "Contributes to",
    "Bản sửa đổi": "Revision",
    "thay thế toàn văn bản trước": "replaces the earlier version in full",
    "Được thay thế bởi": "Replaced by",
    "Ban hành kèm theo": "Issued with",
    "Bản dự thảo": "Draft",
    "còn {} mục cần hoàn thiện": "{} items to complete",
    "CẦN HOÀN THIỆN": "TO COMPLETE",
    "VĂN BẢN BAN HÀNH": "PROMULGATING ACT",
    "Văn bản ban hành": "Promulgated by",
    "Hiệu lực": "In force",
    "Ban hành": "Promulgates",
    "Người ký": "Signed by",
    "Nơi ký": "Place of signing",
    "chưa rõ": "not known",
    " của {}": " of {}",
    "đọc từ: “{}”": "read from: “{}”",
}


def program_document(program: Program, lang: str | None = None) -> Document:
    """The program as a document, in the order and numbering of the original.

    Option ``lang``: the language of the labels, ``vi`` (default) or ``en``.
    An English rendering has no Decree 30 letterhead (the motto and the
    Vietnamese date belong to the Vietnamese document).
    """
    w = Words(as_language(lang), _ENGLISH)
    meta = []
    if program.number:
        meta.append((w("Số"), program.number))
    letterhead = _letterhead(program)
    period = program.effective_period
    if w.english:
        if program.signed is not None:
            meta.append(
                (w("Ngày ký"), ", ".join(filter(None, (program.place, w.date(program.signed)))))
            )
        meta.append((w("Thời gian"), english_period(period)))
    else:
        # What the document states: the letterhead may name the issuer's seat instead.
        when = None
        if program.signed_on is not None:
            when = written_date(program.signed_on, program.signed_precision)
        stated = ", ".join(part for part in (program.place, when) if part)
        if stated:
            meta.append(("Nơi, ngày ký" if program.place else "Ngày ký", stated))
        meta.append(("Thời gian", period.as_written))
    if period.term and period.term != period.as_written:
        meta.append((w("Nhiệm kỳ"), period.term))
    signing = [party for party in program.parties if party.signs]
    bound = [party for party in program.parties if not party.signs]
    if signing:
        meta.append((w("Các bên"), "; ".join(party_label(program, p, w.language) for p in signing)))
    if bound:
        meta.append(
            (
                w("Các bên thực hiện (không ký)"),
                "; ".join(party_label(program, p, w.language) for p in bound),
            )
        )
    if program.proposers:
        meta.append((w("Cơ quan đề xuất"), people(program, program.proposers)))
    if program.areas:
        meta.append((w("Địa bàn"), "; ".join(area_label(area) for area in program.areas)))
    if program.extent is not None and program.extent.as_written:
        meta.append((w("Gồm"), _extent(program, w)))
    meta.extend(_relations(program, w))
    if program.to_complete:
        meta.append(
            (w("Bản dự thảo"), w("còn {} mục cần hoàn thiện").format(len(program.to_complete)))
        )
    blocks: list[Block] = []
    if program.addressees:
        # A letter is addressed under its subject, before its text (Decree 30, form 1.4).
        named = "; ".join(body.rstrip(" ;.,") for body in program.addressees)
        blocks.append(Paragraph(f"{w('Kính gửi')}: {named}."))
    blocks.extend(Paragraph(line) for line in _basis(program, w))
    if program.preamble:
        blocks.append(Paragraph(program.preamble))
    # A regulation or joint resolution is its chapters and articles, numbered as printed.
    blocks.extend(_chapter_section(chapter) for chapter in program.chapters)
    blocks.extend(_article_section(article) for article in program.articles)
    aims: list[Block] = []
    if program.purposes:
        aims.append(Section(w("Mục đích"), (ItemList(program.purposes),), number="1"))
    if program.requirements:
        aims.append(
            Section(w("Yêu cầu"), (ItemList(program.requirements),), number=str(len(aims) + 1))
        )
    numerals = iter(("I", "II", "III", "IV", "V", "VI"))
    if aims:
        blocks.append(Section(w("MỤC ĐÍCH, YÊU CẦU"), tuple(aims), number=next(numerals)))
    if program.task_groups:
        groups = tuple(_group_section(group, w) for group in program.task_groups)
        blocks.append(Section(w("NỘI DUNG PHỐI HỢP"), groups, number=next(numerals)))
    if program.implementation:
        paragraphs = tuple(Paragraph(text) for text in program.implementation)
        blocks.append(Section(w("TỔ CHỨC THỰC HIỆN"), paragraphs, number=next(numerals)))
    if program.annual_plans:
        plans = tuple(_plan_section(plan, w) for plan in program.annual_plans)
        blocks.append(Section(w("KẾ HOẠCH PHỐI HỢP HÀNG NĂM"), plans, number=next(numerals)))
    if program.amendments:
        items = tuple(_amendment(program, index, w) for index in range(len(program.amendments)))
        blocks.append(Section(w("ĐIỀU CHỈNH, BỔ SUNG"), (ItemList(items),), number=next(numerals)))
    if program.signatories:
        blocks.append(SignatureBlock(tuple(signature(program, s) for s in program.signatories)))
    if program.recipients:
        blocks.append(Recipients(program.recipients, heading=w("Nơi nhận")))
    # What the file holds beyond the printed text is not part of the signed
    # document (which has no appendix): notes, shown apart from it.
    notes = _notes(program, w)
    return Document(
        # Under the type line, the title as printed (trích yếu); the name without one.
        title=program.title or program.heading,
        subtitle=_type_words(program, w.english).upper(),
        meta=tuple(meta),
        blocks=tuple(blocks),
        language=w.language,
        letterhead=None if w.english else letterhead,
        author=author(program),
        created=program.signed_on if isinstance(program.signed_on, dt.date) else None,
        notices=notices(program, language=w.language),
        notes=tuple(notes),
    )


def _notes(program: Program, w: Words) -> list[Block]:
    """What the file holds beyond the printed text, shown apart from the document.

    What to complete, the promulgating act, the reviews held, undated events, bodies
    changed, the acts cited and the file's note.
    """
    notes: list[Block] = []
    if program.to_complete:
        notes.append(_to_complete(program, w))
    if program.promulgation is not None:
        notes.append(_promulgation_section(program, program.promulgation, w))
    if program.reviews:
        notes.append(_reviews_section(program, w))
    undated = _undated_events(program, w)
    if undated:
        notes.append(Section(w("Sự kiện chưa xếp được vào lịch"), (ItemList(undated),)))
    changed = _lineage(program, w)
    if changed:
        moved = any(party.former_provinces for party in (*program.parties, *program.third_parties))
        heading = "Cơ quan đổi tên, sáp nhập, chia tách" + (", đổi tỉnh" if moved else "")
        notes.append(Section(w(heading), (ItemList(changed),)))
    if program.legal_refs:
        # What the file says of an act beyond its citation follows it.
        cited = tuple(
            _cited(ref, w) + (f" — {ref.note}" if ref.note else "") for ref in program.legal_refs
        )
        notes.append(Section(w("Văn bản được viện dẫn"), (ItemList(cited),)))
    told = _task_notes(program)
    if told:
        notes.append(Section(w("Ghi chú về nội dung phối hợp"), (ItemList(told),)))
    if program.note:
        notes.append(Section(w("Ghi chú"), (Paragraph(program.note),)))
    return notes


def _task_notes(program: Program) -> tuple[str, ...]:
    """The notes of the task groups and tasks (and annual plans' tasks), each after its place.

    A group by its number and heading, a task by its text (its first words when long):
    "1. Tổ chức quán triệt Đề án: Cơ quan chủ trì: Sở Tư pháp; Thời gian: Năm 2023."
    """
    told: list[str] = []

    def walk(groups: tuple[TaskGroup, ...]) -> None:
        for group in groups:
            if group.note:
                named = f"{group.number}. {group.title or ''}" if group.number else group.title
                told.append(f"{(named or group.id).strip()}: {group.note}")
            told.extend(
                f"{_shortened(task.text)}: {task.note}" for task in group.tasks if task.note
            )
            walk(group.groups)

    walk(program.task_groups)
    for plan in program.annual_plans:
        told.extend(f"{_shortened(task.text)}: {task.note}" for task in plan.tasks if task.note)
    return tuple(told)


def _shortened(text: str, words: int = 16) -> str:
    said = text.rstrip(" .;:")
    kept = said.split()
    return said if len(kept) <= words else " ".join(kept[:words]) + " …"


def _amendment(program: Program, index: int, w: Words) -> str:
    """An amendment in one item: its date, number, reason, changes, and what it did to the schedule.

    The schedule's changes are those of the rules it brought in force from
    its date (:func:`coordprog.amendment_changes`): what it added, dropped
    or moved.
    """
    amendment = program.amendments[index]
    said = w.date(amendment.date) + (f" ({amendment.number})" if amendment.number else "")
    parts = [amendment.reason] if amendment.reason else []
    parts += amendment.changes
    if amendment.period is not None:
        parts.append(
            w("thời gian: {}").format(
                english_period(amendment.period) if w.english else amendment.period.as_written
            )
        )
    if amendment.schedule is not None or amendment.period is not None:
        # Imported here: most programs have no amended schedule to compare.
        from coordprog.schedule._diff import amendment_changes

        changed = amendment_changes(program, index)
        parts += changed.lines(english=w.english) if changed else [w("lịch không thay đổi")]
    return said + (": " + "; ".join(parts) if parts else "")


def _lineage(program: Program, w: Words) -> tuple[str, ...]:
    """Each body's renames, changes of province and end, with who carries its duties on."""
    said = []
    for party in (*program.parties, *program.third_parties):
        for former in party.former_names:
            until = (
                w("ngày không rõ")
                if former.until is None
                else w("đến {}").format(w.date(former.until))
            )
            said.append(w("{}: trước đây là {} ({})").format(party.name, former.name, until))
        for province in party.former_provinces:
            until = (
                w("ngày không rõ")
                if province.until is None
                else w("đến {}").format(w.date(province.until))
            )
            line = w("{}: trước đây thuộc {} ({})").format(party.name, province.province, until)
            if province.act is not None:
                line += f" ({_cited(program.legal_ref(province.act), w)})"
            said.append(line)
        if party.successor is None and party.until is None:
            continue
        ended = None if party.until is None else last_day(party.until)
        line = program.name_in_force(party.id, ended) + ": "
        line += (
            w("hoạt động đến {}").format(w.date(party.until))
            if party.until is not None
            else w("ngừng hoạt động, ngày không rõ")
        )
        if party.successor is not None:
            line += w("; cơ quan kế thừa: {}").format(program.party(party.successor).name)
        if party.split_into:
            others = ", ".join(program.party(p).name for p in party.split_into)
            line += w("; chia tách thêm cho: {}").format(others)
        if party.lineage_act is not None:
            line += f" ({_cited(program.legal_ref(party.lineage_act), w)})"
        said.append(line)
    return tuple(said)


def _cited(ref: LegalRef, w: Words) -> str:
    """An act as a *căn cứ* line names it: "Luật Mặt trận Tổ quốc Việt Nam ngày 09/06/2015".

    An act without a number is named by its title (a law); a title in lower
    case continues the sentence ("... về công tác dân tộc"), one with a
    capital is given in brackets.  In English: kind, number, date, issuer,
    then the title in brackets, as the document words it.
    """
    if w.english:
        said = [english_name(ref.kind.value).capitalize()]
        said += [ref.number] if ref.number else []
        said += [w.date(ref.date)] if ref.date else []
        text = ", ".join(said) if len(said) < 3 else f"{said[0]} {said[1]}, {said[2]}"
        text += f", {ref.issuer}" if ref.issuer else ""
        return text + (f" ({ref.title})" if ref.title else "")
    if not ref.number and ref.title:
        text = ref.title
        if ref.date:
            text += f" {written(ref.date)}"
        return text + (f" của {ref.issuer}" if ref.issuer else "")
    text = ref.citation
    if ref.title:
        text += f" {ref.title}" if ref.title[:1].islower() else f" ({ref.title})"
    return text


def _basis(program: Program, w: Words) -> list[str]:
    """Each act the program is based on as a *căn cứ* line, unless the preamble cites it already."""
    lines = []
    for ref_id in program.basis:
        ref = program.legal_ref(ref_id)
        if ref.number and program.preamble and ref.number in program.preamble:
            continue  # the document's own "Thực hiện ..." sentence names it
        lines.append(w("Căn cứ {};").format(_cited(ref, w)))
    if lines:
        lines[-1] = lines[-1].removesuffix(";") + ","
    return lines


def _relations(program: Program, w: Words) -> list[tuple[str, str]]:
    """Parent and predecessor acts, other bodies named in tasks, and each party's focal unit."""
    meta = []
    if program.parent:
        meta.append((w("Thực hiện"), _cited(program.legal_ref(program.parent), w)))
    implements = [ref for ref in program.implements if ref != program.parent]
    if implements:
        cited = "; ".join(_cited(program.legal_ref(ref), w) for ref in implements)
        meta.append((w("Thực hiện"), cited))
    if program.objectives:
        cited = "; ".join(_cited(program.legal_ref(ref), w) for ref in program.objectives)
        meta.append((w("Góp phần thực hiện"), cited))
    if program.predecessor:
        meta.append((w("Thay thế"), _cited(program.legal_ref(program.predecessor), w)))
    if program.revision:
        meta.append((w("Bản sửa đổi"), w("thay thế toàn văn bản trước")))
    if program.replaced_by:
        meta.append((w("Được thay thế bởi"), _cited(program.legal_ref(program.replaced_by), w)))
    if program.promulgation is not None:
        meta.append((w("Ban hành kèm theo"), _decision_line(program, program.promulgation, w)))
    # A body named only as the proposer (cơ quan đề xuất) is printed as such, above.
    proposing = {person.party for person in program.proposers} - _in_tasks(program)
    others = [p for p in program.third_parties if p.id not in proposing]
    if others:
        names = "; ".join(party_label(program, p, w.language) for p in others)
        meta.append((w("Cơ quan phối hợp khác"), names))
    focal = [
        f"{program.name_in_force(party.id)}: {party.focal_unit}"
        for party in program.parties
        if party.focal_unit
    ]
    if focal:
        meta.append((w("Đơn vị đầu mối"), "; ".join(focal)))
    return meta


def _decision_line(program: Program, decision: Promulgation, w: Words) -> str:
    """The decision as a "Ban hành kèm theo" line cites it: kind, number, date, issuer."""
    text = english_name(decision.kind.value).capitalize() if w.english else decision.kind.vi
    if decision.number:
        text += " " + w("số {}").format(decision.number)
    if decision.date is not None:
        text += f", {w.date(decision.date)}"
    if decision.issuer is not None:
        text += w(" của {}").format(program.name_in_force(decision.issuer))
    return text


def _promulgation_section(program: Program, decision: Promulgation, w: Words) -> Section:
    """The decision that promulgates the document: its own title, basis, articles, signature."""
    line = _decision_line(program, decision, w)
    blocks: list[Block] = [Paragraph(decision.title or line)]
    if decision.title:
        blocks.append(Paragraph(line))
    if decision.place:
        # Labelled: after the issuer's name, a bare place reads as part of it.
        blocks.append(Paragraph(f"{w('Nơi ký')}: {decision.place}"))
    blocks.extend(
        Paragraph(w("Căn cứ {};").format(_cited(program.legal_ref(ref), w)))
        for ref in decision.basis
    )
    blocks.extend(_article_section(article) for article in decision.articles)
    if decision.instruments:
        blocks.append(Paragraph(w("Ban hành") + ": " + "; ".join(decision.instruments)))
    if decision.effective:
        blocks.append(Paragraph(f"{w('Hiệu lực')}: {decision.effective}"))
    for signatory in decision.signatories:
        said = [signatory.authority, signatory.title, signatory.rank, signatory.name]
        signer = " ".join(part.replace("\n", " ") for part in said if part)
        body = program.name_in_force(signatory.party) if signatory.party else signatory.body
        blocks.append(Paragraph(f"{w('Người ký')}: {signer}" + (f" ({body})" if body else "")))
    if decision.recipients:
        blocks.append(Recipients(decision.recipients, heading=w("Nơi nhận")))
    if decision.note:
        blocks.append(Paragraph(f"{w('Ghi chú')}: {decision.note}"))
    return Section(w("VĂN BẢN BAN HÀNH"), tuple(blocks))


def _to_complete(program: Program, w: Words) -> Section:
    """What a draft still needs from a person, field by field, with the text it was read from."""
    items = []
    for item in program.to_complete:
        text = f"{item.path}: {item.reason}"
        if item.text:
            text += " (" + w("đọc từ: “{}”").format(item.text) + ")"
        items.append(text)
    return Section(w("CẦN HOÀN THIỆN"), (ItemList(tuple(items)),))


def _reviews_section(program: Program, w: Words) -> Section:
    items = []
    for review in program.reviews:
        name = review.title or (
            english_name(review.kind.value).capitalize()
            if w.english
            else review.kind.vi.capitalize()
        )
        text = w("{} ({} - {}), tổ chức ngày {}").format(
            name, w.date(review.start), w.date(review.end), w.date(review.held_on)
        )
        if review.number:
            text += w(", báo cáo số {}").format(review.number)
        if review.commendations:
            text += w("; khen thưởng: {}").format("; ".join(review.commendations))
        items.append(text)
    return Section(w("Sơ kết, tổng kết đã tổ chức"), (ItemList(tuple(items)),))


def _in_tasks(program: Program) -> set[str]:
    """The bodies with a role in some task of the program or of its annual plans."""
    tasks = [*program.tasks, *(task for plan in program.annual_plans for task in plan.tasks)]
    return {
        party
        for task in tasks
        for party in (
            *task.leads,
            *task.supports,
            *(p for assignment in task.roles for p in assignment.parties),
        )
    }


def _undated_events(program: Program, w: Words) -> tuple[str, ...]:
    """The one-off events the document dates to a month or a year, or not at all, as dated.

    The schedule cannot place them (:func:`coordprog.schedule_notes`), so
    the program report is where they are read: "Hội nghị triển khai: tháng
    3/2023", "năm 2023", "chưa rõ ngày".  Events dated to the day are in
    the schedule and print there.
    """
    found = []
    for version in program.in_force:
        for event in version.schedule.events:
            if isinstance(event.date, dt.date):
                continue
            name = (event.name_en or event.name_vi) if w.english else event.name_vi
            when = w.date(event.date) if w.english else written(event.date)
            found.append(f"{name}: {when}")
    return tuple(dict.fromkeys(found))


def _extent(program: Program, w: Words) -> str:
    """What a source counts of the document, and how much of it the file holds.

    "2 chương, 6 điều (đã biết 1 điều)" when the file holds fewer.
    """
    extent = program.extent
    assert extent is not None
    counted = (
        (extent.chapters, len(program.chapters), "chương", "chapters"),
        (extent.articles, len(program.all_articles), "điều", "articles"),
        (extent.tasks, len(program.tasks), "nhiệm vụ", "tasks"),
    )
    said = []
    known = []
    for stated, held, word, english in counted:
        if stated is None:
            continue
        said.append(f"{stated} {english if w.english else word}")
        if 0 < held < stated:
            known.append(f"{held} {english if w.english else word}")
    text = ", ".join(said)
    if known:
        text += " (" + w("đã biết {}").format(", ".join(known)) + ")"
    return text


def area_label(area: Area) -> str:
    """An area as the document names it, with the provinces it lies in when the name does not.

    >>> from coordprog import Area, AreaKind
    >>> area_label(Area("khu vực biên giới", AreaKind.BORDER_ZONE, ("Quảng Trị", "Savannakhet")))
    'khu vực biên giới (Quảng Trị, Savannakhet)'

    .. versionadded:: 0.3.0
    """
    unnamed = [province for province in area.provinces if province not in area.name]
    return area.name + (f" ({', '.join(unnamed)})" if unnamed else "")


def party_label(program: Program, party: Party, lang: str = "vi") -> str:
    """A party as a list of parties names it: its name in force, its country, its members.

    "Sở Ngoại vụ tỉnh Champasak (Lào)"; a group the document counts, with
    the members it names: "Ủy ban nhân dân các xã biên giới (12 thành viên:
    Ủy ban nhân dân xã A, ...)".  (A group's members are listed among the
    other bodies already; they are repeated here only beside a count.)

    .. versionadded:: 0.3.0
    """
    w = Words(as_language(lang), _ENGLISH)
    said = []
    if party.country:
        said.append(party.country)
    if party.member_count is not None:
        members = w("{} thành viên").format(party.member_count)
        named = [program.name_in_force(member) for member in party.members]
        if named:
            more = len(named) < party.member_count or party.members_open
            members += ": " + ", ".join(named) + (", ..." if more else "")
        said.append(members)
    name = program.name_in_force(party.id)
    return name + (f" ({'; '.join(said)})" if said else "")


def people(program: Program, found: Iterable[Person], on: dt.date | None = None) -> str:
    """People and bodies as a document names them: "Giám đốc Sở Nội vụ; Nguyễn Văn A, Ban Dân tộc".

    Each is post, name and body, as far as known; a body the post already
    names is not repeated, whether by its name or short name ("Phó Trưởng
    Ban Dân vận Tỉnh ủy", "Giám đốc Sở Nội vụ") or otherwise: abbreviated
    ("Chủ tịch UBND tỉnh" names "Ủy ban nhân dân tỉnh Sơn La") or without
    its place ("Chủ tịch Ủy ban nhân dân tỉnh").  Parties are named as on
    ``on`` (by default the document's date).

    .. versionadded:: 0.3.0
    """
    said = []
    for person in found:
        body = program.name_in_force(person.party, on) if person.party else person.body
        names = [body]
        if person.party:
            names.append(program.party(person.party).short_name)
        if person.post and any(name and _names_body(person.post, name) for name in names):
            body = None
        said.append(", ".join(part for part in (person.post, person.name, body) if part))
    return "; ".join(said)


#: Abbreviations of bodies' names as posts print them, and the words they stand for.
_ABBREVIATIONS = (
    ("ubnd", "ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân"),
    ("ubmttq", "ủy ban mặt trận tổ quốc"),
    ("mttq", "mặt trận tổ quốc"),
)


def _spelled(text: str) -> str:
    """``text`` casefolded (NFC), its abbreviations spelled out, its spaces single."""
    words = []
    for word in unicodedata.normalize("NFC", text).casefold().replace("uỷ", "ủy").split():
        words.append(dict(_ABBREVIATIONS).get(word, word))
    return " ".join(words)


def _names_body(post: str, body: str) -> bool:
    """Whether ``post`` names ``body``: all of it, or all of it up to its level word.

    "Chủ tịch UBND tỉnh" names "Ủy ban nhân dân tỉnh Sơn La": the place after
    the level ("tỉnh") may be left out.
    """
    said, name = _spelled(post), _spelled(body)
    if name in said:
        return True
    words = name.split()
    return any(
        word in _LEVEL_WORDS and index + 1 < len(words) and " ".join(words[: index + 1]) in said
        for index, word in enumerate(words[1:], start=1)
    )


# A standing organ named by its level ("Thường trực Hội đồng nhân dân tỉnh")
# is printed with the place its body has.
_LEVEL_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def issuer_name(program: Program, party_id: str, on: dt.date | None = None) -> str:
    """The name a letterhead and a signature block print for a party, in capitals.

    The party's issuing organ when it has one (the standing organ that signs
    for it: "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH"), else the name it
    bears on ``on``, by default the day the program was signed.
    """
    party = program.party(party_id)
    organ = party.issuing_organ
    if organ is None:
        return program.name_in_force(party_id, on).upper()
    if party.province and organ.endswith(_LEVEL_WORDS) and party.province not in organ:
        organ = f"{organ} {party.province}"
    return organ.upper()


def _type_words(program: Program, english: bool) -> str:
    """The document's type above its title: its type line as printed, else its kind's name."""
    if not english or program.type_line is not None:
        return program.type_name
    if program.kind is DocumentKind.OTHER:
        return "document"  # a type no kind names, its type line not written
    return english_name(program.kind.value)


def _letterhead(program: Program) -> Letterhead:
    """Issuing bodies, motto, number and the place and date, as Decree 30 lays them out."""
    return letterhead(
        program,
        TYPE_CODES[program.kind],
        number=program.number,
        day=program.signed,
    )


def written_date(day: dt.date | PartialDate, precision: Precision = Precision.DAY) -> str:
    """A date as Decree 30/2020/NĐ-CP writes it, to the precision the document states it.

    A leading zero only for days below 10 and for months 1 and 2:

    >>> written_date(dt.date(2022, 3, 30))
    'ngày 30 tháng 3 năm 2022'
    >>> written_date(dt.date(2022, 1, 5))
    'ngày 05 tháng 01 năm 2022'
    >>> written_date(dt.date(2022, 1, 1), Precision.MONTH)
    'tháng 01 năm 2022'
    >>> written_date(PartialDate(2015))
    'năm 2015'
    """
    if isinstance(day, PartialDate):
        precision = day.precision
        day = day.first
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    if precision is Precision.YEAR:
        return f"năm {day.year}"
    if precision is Precision.MONTH:
        return f"tháng {month} năm {day.year}"
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def _chapter_section(chapter: Chapter) -> Section:
    articles = tuple(_article_section(article) for article in chapter.articles)
    return Section(chapter.title or "", articles, number=f"Chương {chapter.number}")


def _article_section(article: Article) -> Section:
    blocks: list[Block] = []
    if article.text:
        blocks.append(Paragraph(article.text))
    for clause in article.clauses:
        text = f"{clause.number}. {clause.text}" if clause.text else f"{clause.number}."
        blocks.append(Paragraph(text))
        blocks.extend(Paragraph(f"{point.letter}) {point.text}") for point in clause.points)
    return Section(article.caption or "", tuple(blocks), number=f"Điều {article.number}")


def _plan_section(plan: AnnualPlan, w: Words) -> Section:
    """An annual plan as issued: its number and date, then its own tasks."""
    said = [w("Năm {}").format(plan.year)]
    if plan.number:
        said.append(w("số {}").format(plan.number))
    if plan.date:
        said.append(w.date(plan.date) if w.english else written_date(plan.date))
    blocks: list[Block] = [Paragraph(", ".join(said))]
    numbered = all(task.number for task in plan.tasks)
    if plan.tasks and numbered:
        blocks.extend(Paragraph(f"{task.number}. {_task_line(task, w)}") for task in plan.tasks)
    elif plan.tasks:
        blocks.append(ItemList(tuple(_task_line(task, w) for task in plan.tasks)))
    return Section(plan.title or w("Kế hoạch năm {}").format(plan.year), tuple(blocks))


def task_details(task: Task, lang: str = "vi") -> list[str]:
    """What a task says beyond its text: targets, projects, places, the people it is for."""
    w = Words(as_language(lang), _ENGLISH)
    details = []
    for target in task.targets:
        said = target.description
        if target.value is not None:
            value = int(target.value) if float(target.value).is_integer() else target.value
            said += f": {value}" + (f" {target.unit}" if target.unit else "")
        if target.year is not None:
            said += w(" (năm {})").format(target.year)
        details.append(w("Chỉ tiêu: {}").format(said))
    for project in task.projects:
        said = w("Dự án") + (f" {project.number}" if project.number else "")
        if project.subproject:
            said += w(", Tiểu dự án {}").format(project.subproject)
        if project.title:
            said += f" {project.title}"
        details.append(f"{said} ({project.act})")
    if task.places:
        details.append(w("Địa bàn: {}").format(", ".join(task.places)))
    if task.target_groups:
        details.append(w("Đối tượng: {}").format(", ".join(task.target_groups)))
    if task.deadline is not None:
        details.append(w("Thời hạn: {}").format(w.date(task.deadline)))
    return details


def _task_line(task: Task, w: Words) -> str:
    details = task_details(task, w.language)
    return task.text + (f" ({'; '.join(details)})" if details else "")


def _group_section(group: TaskGroup, w: Words) -> Section:
    blocks: list[Block] = []
    if group.tasks and all(task.number for task in group.tasks):
        blocks.extend(Paragraph(f"{task.number}. {_task_line(task, w)}") for task in group.tasks)
    elif group.tasks:
        blocks.append(ItemList(tuple(_task_line(task, w) for task in group.tasks)))
    blocks.extend(_group_section(sub, w) for sub in group.groups)
    return Section(group.title or "", tuple(blocks), number=group.number)


PROGRAM = ReportKind(
    name="program",
    shape=Document,
    build=program_document,
    description="The coordination program as a document, numbered as the original.",
    options=(LANG,),
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``program`` report kind."""
    register(PROGRAM)


def basis_lines(program: Program, w: Words) -> list[str]:
    """Each act ``program`` is based on as a *căn cứ* line (for the drafts of other kinds)."""
    return _basis(program, w)


def cited_act(ref: LegalRef, w: Words) -> str:
    """An act as the program document cites it (for the drafts of other kinds)."""
    return _cited(ref, w)


def group_section(group: TaskGroup, w: Words) -> Section:
    """A task group as the program document prints it (for the drafts of other kinds)."""
    return _group_section(group, w)
