"""The cascade of one program as a document: who was ordered to act, who did, its tasks below.

Vietnamese by default, English on request; the documents' own texts (titles,
tasks, names of bodies) stay as written.
"""

from __future__ import annotations

import datetime as dt

from coordprog.model._program import Program
from coordprog.model._records import ProgressStatus
from coordprog.portfolio._cascade import Answers, Coverage, RollUp, coverage, level_of, roll_up
from coordprog.portfolio._portfolio import Portfolio
from coordprog.reports.kinds._language import Words, as_language, english_name
from coordprog.shapes import Column, Document, ItemList, Paragraph, Section, Table

_ENGLISH = {
    "Thực hiện ở cấp dưới: {}": "Carried out below: {}",
    "Số": "Number",
    "Cấp": "Level",
    "Tính đến ngày": "As of",
    "Chỉ đạo cấp dưới": "Instructions to lower levels",
    "Danh mục không có văn bản nào chỉ đạo cấp dưới xây dựng chương trình, kế hoạch: chưa rõ "
    "bao nhiêu đơn vị phải thực hiện.": (
        "The portfolio holds no instruction to lower levels to make programs or plans: how "
        "many were to act is not known."
    ),
    "Văn bản này": "This document",
    "{} số {}": "{} {}",
    " ngày {}": " of {}",
    "{}: {} cấp {} ({}) xây dựng {}": "{}: {} at {} level ({}) to issue a {}",
    "{} đơn vị": "{} expected",
    "không nêu số lượng": "how many is not stated",
    ", kèm kế hoạch hằng năm": ", with yearly plans",
    ", hạn {}": ", by {}",
    "các cơ quan": "the bodies",
    "Đã biết {} trên {} {} đã ban hành.": "{} of {} {} known to have issued it.",
    "Đã biết {} {} đã ban hành.": "{} {} known to have issued it.",
    "Đúng hạn: {}; quá hạn: {}; chưa rõ ngày hoặc hạn: {}.": (
        "On time: {}; late: {}; date or deadline unknown: {}."
    ),
    "Chưa biết: {}.": "Not known: {}.",
    "ký ngày {}": "signed {}",
    "chưa rõ ngày ký": "signing date unknown",
    "Chương trình thực hiện": "Programs carrying it out",
    "Chương trình trong danh mục thực hiện văn bản này: {}.": (
        "Programs of the portfolio that carry it out: {}."
    ),
    "Chưa có chương trình nào trong danh mục thực hiện văn bản này.": (
        "No program of the portfolio carries it out."
    ),
    "cấp {}": "{} level",
    "chưa rõ cấp": "level unknown",
    "Nhiệm vụ": "Tasks",
    "Chưa có toàn văn văn bản: chưa biết nhiệm vụ nào, nên {} nhiệm vụ cấp dưới chưa đối "
    "chiếu được.": (
        "The text is not available: none of its tasks is known, so {} tasks below cannot be "
        "matched to one."
    ),
    "Chưa có toàn văn văn bản; đã biết {} nhiệm vụ (từ các văn bản dẫn chiếu), đối chiếu "
    "dưới đây; các nhiệm vụ khác chưa biết.": (
        "The text is not available; the documents that cite it make {} of its tasks known, "
        "matched below; the others are not known."
    ),
    "Chưa có toàn văn văn bản; đã biết {} trên {} nhiệm vụ (từ các văn bản dẫn chiếu), đối "
    "chiếu dưới đây; các nhiệm vụ khác chưa biết.": (
        "The text is not available; the documents that cite it make {} of its {} tasks known, "
        "matched below; the others are not known."
    ),
    "{} nhiệm vụ; {} được cấp dưới thực hiện, {} chưa có nhiệm vụ cấp dưới nào thực hiện.": (
        "{} tasks; {} carried out below, {} carried out by no task below."
    ),
    "Nhiệm vụ cấp trên": "Task above",
    "Nhiệm vụ cấp dưới thực hiện": "Tasks below",
    "Tình hình đến ngày {}": "Progress as of {}",
    "Chưa có nhiệm vụ cấp dưới nào thực hiện": "carried out by no task below",
    "Chưa báo cáo": "not reported",
    "Nhiệm vụ cấp dưới không gắn với nhiệm vụ nào ở trên (được phép):": (
        "Tasks below that carry out no task above (allowed):"
    ),
    "Nhiệm vụ cấp dưới dẫn nhiệm vụ không có trong văn bản:": (
        "Tasks below naming a task the document does not have:"
    ),
    "Nhiệm vụ cấp dưới dẫn nhiệm vụ chưa biết:": "Tasks below naming a task not yet known:",
}

#: Level names in English counts.
_PLURAL = {
    "central": "central bodies",
    "region": "regions",
    "province": "provinces",
    "district": "districts",
    "commune": "communes",
    "delegation": "delegations",
}


def cascade_document(
    portfolio: Portfolio, parent: Program, as_of: dt.date, lang: str | None = None
) -> Document:
    """``parent``'s cascade: its instructions and who answered them, its tasks carried out below.

    Labels are Vietnamese, or English with ``lang="en"``.

    .. versionadded:: 0.3.0
    """
    w = Words(as_language(lang), _ENGLISH)
    found = coverage(portfolio, parent)
    level = level_of(parent)
    meta = []
    if parent.number:
        meta.append((w("Số"), parent.number))
    if level is not None:
        meta.append((w("Cấp"), level.value if w.english else level.vi))
    meta.append((w("Tính đến ngày"), w.date(as_of)))
    return Document(
        title=w("Thực hiện ở cấp dưới: {}").format(parent.title),
        meta=tuple(meta),
        blocks=(
            _instructions(portfolio, found, w),
            _children(portfolio, found, w),
            _tasks(found, roll_up(portfolio, parent, as_of), as_of, w),
        ),
        language=w.language,
    )


def _instructions(portfolio: Portfolio, found: Coverage, w: Words) -> Section:
    if not found.answers:
        return Section(
            w("Chỉ đạo cấp dưới"),
            (
                Paragraph(
                    w(
                        "Danh mục không có văn bản nào chỉ đạo cấp dưới xây dựng chương trình, "
                        "kế hoạch: chưa rõ bao nhiêu đơn vị phải thực hiện."
                    )
                ),
            ),
            number="1",
        )
    blocks: list[Paragraph | ItemList] = []
    for answers in found.answers:
        blocks += _answered(portfolio, answers, w)
    return Section(w("Chỉ đạo cấp dưới"), tuple(blocks), number="1")


def _answered(portfolio: Portfolio, answers: Answers, w: Words) -> list[Paragraph | ItemList]:
    instruction, expectation = answers.instruction, answers.expectation
    if instruction.kind is None and answers.source == "program":
        what = w("Văn bản này")
    else:
        kind = (
            english_name(instruction.kind.value).capitalize()
            if w.english and instruction.kind
            else None
        )
        name = kind or (instruction.kind.vi if instruction.kind else "Văn bản")
        what = w("{} số {}").format(name, instruction.number) if instruction.number else name
        if instruction.date:
            what += w(" ngày {}").format(w.date(instruction.date))
    level = expectation.level
    level_name = level.value if w.english else level.vi
    how_many = (
        w("{} đơn vị").format(answers.expected) if answers.expected else w("không nêu số lượng")
    )
    makes = expectation.makes.value if w.english else expectation.makes.vi.lower()
    sentence = w("{}: {} cấp {} ({}) xây dựng {}").format(
        what,
        "; ".join(expectation.bodies) or w("các cơ quan"),
        level_name,
        how_many,
        english_name(makes) if w.english else makes,
    )
    if expectation.annual_plans:
        sentence += w(", kèm kế hoạch hằng năm")
    if expectation.by:
        sentence += w(", hạn {}").format(w.date(expectation.by))
    plural = _PLURAL[level.value] if w.english else level.vi
    count = len(answers.known)
    if answers.expected:
        known = w("Đã biết {} trên {} {} đã ban hành.").format(count, answers.expected, plural)
    else:
        known = w("Đã biết {} {} đã ban hành.").format(count, plural)
    blocks: list[Paragraph | ItemList] = [Paragraph(f"{sentence}. {known}")]
    if expectation.by and answers.known:
        blocks.append(
            Paragraph(
                w("Đúng hạn: {}; quá hạn: {}; chưa rõ ngày hoặc hạn: {}.").format(
                    len(answers.on_time), len(answers.late), len(answers.undated)
                )
            )
        )
    if answers.known:
        blocks.append(ItemList(tuple(_child(portfolio.program(i), w) for i in answers.known)))
    if answers.missing:
        blocks.append(Paragraph(w("Chưa biết: {}.").format(", ".join(answers.missing))))
    return blocks


def _child(program: Program, w: Words) -> str:
    level = level_of(program)
    said = [program.number] if program.number else []
    said.append(
        w("cấp {}").format(level.value if w.english else level.vi)
        if level is not None
        else w("chưa rõ cấp")
    )
    provinces = [program.province] if program.province else []
    provinces += [p.province for p in program.parties if p.province]
    said += list(dict.fromkeys(provinces))
    said.append(
        w("ký ngày {}").format(w.date(program.signed_on))
        if program.signed_on
        else w("chưa rõ ngày ký")
    )
    return f"{program.id}: {program.title} ({'; '.join(said)})"


def _children(portfolio: Portfolio, found: Coverage, w: Words) -> Section:
    if not found.children:
        blocks: tuple[Paragraph | ItemList, ...] = (
            Paragraph(w("Chưa có chương trình nào trong danh mục thực hiện văn bản này.")),
        )
    else:
        blocks = (
            Paragraph(
                w("Chương trình trong danh mục thực hiện văn bản này: {}.").format(
                    len(found.children)
                )
            ),
            ItemList(tuple(_child(portfolio.program(i), w) for i in found.children)),
        )
    return Section(w("Chương trình thực hiện"), blocks, number="2")


def _tasks(found: Coverage, rolled: tuple[RollUp, ...], as_of: dt.date, w: Words) -> Section:
    below = len(found.unlinked) + len(found.unknown) + sum(len(links) for _, links in found.covered)
    if not found.available and not found.known_tasks:
        text = w(
            "Chưa có toàn văn văn bản: chưa biết nhiệm vụ nào, nên {} nhiệm vụ cấp dưới chưa "
            "đối chiếu được."
        ).format(below)
        return Section(w("Nhiệm vụ"), (Paragraph(text),), number="3")
    if not found.available and found.stated_tasks is not None:
        text = w(
            "Chưa có toàn văn văn bản; đã biết {} trên {} nhiệm vụ (từ các văn bản dẫn chiếu), "
            "đối chiếu dưới đây; các nhiệm vụ khác chưa biết."
        ).format(found.known_tasks, found.stated_tasks)
    elif not found.available:
        text = w(
            "Chưa có toàn văn văn bản; đã biết {} nhiệm vụ (từ các văn bản dẫn chiếu), đối "
            "chiếu dưới đây; các nhiệm vụ khác chưa biết."
        ).format(found.known_tasks)
    else:
        text = w(
            "{} nhiệm vụ; {} được cấp dưới thực hiện, {} chưa có nhiệm vụ cấp dưới nào thực hiện."
        ).format(found.known_tasks, len(found.covered), len(found.uncovered))
    progress = {r.task.id: r for r in rolled}
    rows = []
    for task, links in found.covered:
        rows.append(
            (
                _task(task.number or task.id, task.text),
                "; ".join(f"{link.program}/{link.task.id}" for link in links),
                _progress(progress.get(task.id), w),
            )
        )
    for task in found.uncovered:
        rows.append(
            (
                _task(task.number or task.id, task.text),
                w("Chưa có nhiệm vụ cấp dưới nào thực hiện"),
                "",
            )
        )
    blocks: list[Paragraph | ItemList | Table] = [Paragraph(text)]
    if rows:
        blocks.append(
            Table(
                title=w("Nhiệm vụ"),
                columns=(
                    Column("task", w("Nhiệm vụ cấp trên")),
                    Column("below", w("Nhiệm vụ cấp dưới thực hiện")),
                    Column("progress", w("Tình hình đến ngày {}").format(w.date(as_of))),
                ),
                rows=tuple(rows),
                language=w.language,
            )
        )
    if found.unlinked:
        blocks.append(
            Paragraph(w("Nhiệm vụ cấp dưới không gắn với nhiệm vụ nào ở trên (được phép):"))
        )
        blocks.append(
            ItemList(
                tuple(_link(link.program, link.task.id, link.task.text) for link in found.unlinked)
            )
        )
    if found.unknown:
        blocks.append(
            Paragraph(
                w("Nhiệm vụ cấp dưới dẫn nhiệm vụ không có trong văn bản:")
                if found.available
                else w("Nhiệm vụ cấp dưới dẫn nhiệm vụ chưa biết:")
            )
        )
        blocks.append(
            ItemList(
                tuple(
                    _link(link.program, link.task.id, f"→ {link.task.parent_task}")
                    for link in found.unknown
                )
            )
        )
    return Section(w("Nhiệm vụ"), tuple(blocks), number="3")


def _task(number: str, text: str) -> str:
    return f"{number}. {text}"


def _link(program: str, task: str, text: str) -> str:
    return f"{program}/{task}: {text}"


def _progress(rolled: RollUp | None, w: Words) -> str:
    if rolled is None:
        return ""
    counts = []
    for name, count in rolled.counts:
        if name == "not-reported":
            label = w("Chưa báo cáo")
        else:
            state = ProgressStatus(name)
            label = english_name(state.value) if w.english else state.vi
        counts.append(f"{label}: {count}")
    figures = [
        f"{indicator}: {total:g}{' ' + unit if unit else ''}"
        for indicator, unit, total in rolled.figures
    ]
    return "; ".join(counts + figures)
