"""The next program, drafted at the final review (*tổng kết*) of the one that ends.

A final review closes a program and, as Bình Thuận's part III says,
"đồng thời đề ra Chương trình phối hợp công tác cho giai đoạn tiếp theo".
:func:`draft_next_program` makes that next program as a program file: the
tasks still in force (not finished by their last report, and every regular
task), under the groups and with the leads and supports they had (a body
that ceased hands its part to its successor); the next period, as long as
the one that ends and starting the day after it; the finished program as
predecessor and, with its final review report, as basis; what the review
proposed, in the note.  What a person must complete (number and date,
purposes and requirements, organisation, signatures, the period itself)
is listed beside it, never invented.  The ``next-program`` report kind
renders the draft as the parties would send it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import attrs

from coordprog.model._dates import Precision, add_months, last_day
from coordprog.model._draft_items import DraftItem
from coordprog.model._legal import LegalKind, LegalRef
from coordprog.model._program import Period, Program
from coordprog.model._records import FINAL_MEETINGS, Records, ReviewOutcome
from coordprog.model._tasks import Task, TaskGroup
from coordprog.reports._render import RenderError
from coordprog.reports.kinds._annual_plan import RECIPIENTS_MISSING
from coordprog.reports.kinds._drafts import (
    ILLUSTRATIVE_DRAFT,
    carried,
    cited_outcome,
    groups_with,
    proposed,
    reviewed_window,
    with_windows,
)
from coordprog.reports.kinds._language import Words
from coordprog.reports.kinds._letterheads import TYPE_CODES, author, draft_signatures, letterhead
from coordprog.reports.kinds._review import MISSING, window_words
from coordprog.reports.kinds.program import basis_lines, group_section
from coordprog.schedule._engine import schedule
from coordprog.schedule._status import combine, status
from coordprog.shapes import Block, Document, ItemList, Paragraph, Recipients, Section

__all__ = ["NextProgramDraft", "draft_next_program", "next_program_document"]


@attrs.frozen
class NextProgramDraft:
    """The draft of the program that follows a finished one, and what a person must complete.

    ``program`` is a program that passes every check, ready to be saved as
    a file and edited; it is a draft: its ``to_complete`` lists what it
    leaves for a person (the number and date, the purposes, the tasks
    nobody reported on ...), each a :class:`DraftItem`, and ``coordprog
    validate`` refuses it until they are done and removed;
    ``outcome`` is the review it was drafted from (the final review when
    ``final``, else the latest review the records hold), and ``finished``
    the program that ends.

    .. versionadded:: 0.3.0
    """

    program: Program
    outcome: ReviewOutcome | None = None
    finished: Program | None = None
    final: bool = False

    @property
    def to_complete(self) -> tuple[DraftItem, ...]:
        """What a person must complete: the draft program's own ``to_complete``."""
        return self.program.to_complete


def final_outcome(program: Program, records: Records) -> ReviewOutcome | None:
    """The outcome of the program's final review: of the whole period, or of a final meeting.

    An outcome stating no window (nor its meeting) counts when a final
    meeting adopted it.
    """
    period = program.effective_period
    meetings = {m.id: m for m in records.meetings}
    known = with_windows(records)
    undated = [o for o in records.outcomes if reviewed_window(records, o) is None]

    def final(outcome: ReviewOutcome) -> bool:
        meeting = meetings.get(outcome.meeting or "")
        window = outcome.window
        whole = window is not None and window.start == period.start and window.end == period.end
        return whole or (meeting is not None and meeting.kind in FINAL_MEETINGS)

    finals = [o for o in (*undated, *known) if final(o)]
    return max(finals, key=_latest, default=None)


def _latest(outcome: ReviewOutcome) -> tuple[dt.date, int]:
    """Order outcomes by the end of their window, the longer first; those without one first."""
    window = outcome.window
    return (dt.date.min, 0) if window is None else (window.end, -window.start.toordinal())


def latest_outcome(records: Records) -> ReviewOutcome | None:
    """The outcome of the review whose window ended last (its meeting's, if it states none)."""
    return max(with_windows(records), key=_latest, default=None)


def next_period(program: Program) -> Period:
    """The period after the program's: as long, from the day after it ends, as precise.

    :raises RenderError: for a program whose period has no start or no end.
    """
    old = program.effective_period
    if old.start is None or old.end is None:
        raise RenderError(
            f"expected a program whose period has a start and an end to draft the next one, "
            f"found {old.as_written!r}: give the next period"
        )
    months = (old.end.year - old.start.year) * 12 + old.end.month - old.start.month + 1
    start = old.end + dt.timedelta(days=1)
    end = add_months(start, months) - dt.timedelta(days=1)
    precision = old.precision if old.precision is not Precision.DAY else Precision.DAY
    if precision is Precision.YEAR:
        start, end = dt.date(start.year, 1, 1), dt.date(end.year, 12, 31)
    return Period(start, end, precision=precision)


def draft_next_program(
    program: Program,
    records: Records | Iterable[Records] | None = None,
    period: Period | None = None,
) -> NextProgramDraft:
    """Draft the program that follows ``program``, from its records and final review.

    See the module's description.  ``period`` is the next period (default:
    :func:`next_period`).  The draft is a valid program.

    .. versionadded:: 0.3.0
    """
    combined = combine(records, program)
    outcome = final_outcome(program, combined)
    # Without a final review, the latest review still says what was proposed.
    reviewed = outcome or latest_outcome(combined)
    old = program.effective_period
    new = period or next_period(program)
    if new.start is None:
        raise RenderError("expected the next period to have a start")
    to_complete: list[DraftItem] = []
    day = (
        last_day(reviewed.date)
        if reviewed is not None and reviewed.date is not None
        else (old.end or new.start)
    )
    events = schedule(program, None, max(day, old.end or day))
    found = status(program, events, combined, day)
    states = {s.task.id: s for s in found.tasks}
    keep = {task.id for task in program.tasks if carried(states.get(task.id), task)}
    unreported = [task for task in program.tasks if task.id in keep and states.get(task.id) is None]
    successor = {
        party.id: program.responsible(party.id, new.start)
        for party in (*program.parties, *program.third_parties)
    }
    groups = [_handed_over(group, successor) for group in groups_with(program.task_groups, keep)]
    signing = list(dict.fromkeys(successor[party.id] for party in program.parties))
    named = _named(groups)
    parties = tuple(program.party(p) for p in signing)
    third = tuple(
        party
        for party in program.third_parties
        if party.id in named and party.id not in signing and successor[party.id] == party.id
    )
    references = _references(program, outcome, groups)
    program_ref, review_ref = references[0].id, (references[1].id if outcome else None)
    title = _retitled(program.title or program.heading, old, new)
    if title == (program.title or program.heading):
        to_complete.append(
            DraftItem("title", "Tên văn bản không nêu giai đoạn: đặt tên cho giai đoạn mới.")
        )
    together = _together(program, parties, new.start)
    kind_words = program.type_name.lower()
    preamble = f"{together} thống nhất xây dựng {_lower_first(title)}, như sau:"
    if not title.casefold().startswith(kind_words.casefold()):
        preamble = f"{together} thống nhất xây dựng {kind_words} {_lower_first(title)}, như sau:"
    note = _note(program, reviewed, outcome is not None, combined)
    draft = Program(
        id=_next_id(program.id, old, new),
        title=title,
        period=new,
        parties=parties,
        kind=program.kind,
        type_line=program.type_line,
        place=program.place,
        province=program.province,
        preamble=preamble,
        legal_refs=references,
        basis=(program_ref, *((review_ref,) if review_ref else ())),
        predecessor=program_ref,
        third_parties=third,
        task_groups=tuple(groups),
        schedule=_renamed(_ids(program.effective_schedule, successor), old, new),
        chapters=program.chapters,
        articles=program.articles,
        note=note,
        level=program.level,
    )
    to_complete += _to_complete(program, draft, period, outcome, reviewed, unreported)
    draft = attrs.evolve(draft, to_complete=tuple(to_complete))
    return NextProgramDraft(draft, reviewed, program, outcome is not None)


def _to_complete(
    program: Program,
    draft: Program,
    period: Period | None,
    outcome: ReviewOutcome | None,
    reviewed: ReviewOutcome | None,
    unreported: list[Task],
) -> list[DraftItem]:
    """What a person completes in the next program's draft, after its title.

    The facts only its signing gives, the parts written anew, the basis when no final
    review is recorded, the final review's proposals, the tasks carried over without a
    report, and the chapters kept as they were.
    """
    new = draft.period
    to_complete: list[DraftItem] = []
    to_complete.extend(
        [
            DraftItem("number", "Số văn bản: ghi khi ban hành."),
            DraftItem("signed_on", "Ngày ký: ghi khi ký."),
            DraftItem(
                "period",
                f"Thời gian thực hiện {new.as_written} do người lập nêu: kiểm tra lịch sơ kết, "
                "tổng kết cho phù hợp."
                if period is not None
                else f"Thời gian thực hiện {new.as_written}, dài bằng giai đoạn trước và tiếp "
                "theo ngày kết thúc giai đoạn trước: kiểm tra.",
            ),
            DraftItem("purposes", "Mục đích của Chương trình: xây dựng mới."),
            DraftItem("requirements", "Yêu cầu của Chương trình: xây dựng mới."),
            DraftItem("implementation", "Tổ chức thực hiện: xây dựng mới."),
            DraftItem("signatories", "Người ký của mỗi bên: bổ sung."),
            DraftItem("recipients", "Nơi nhận: bổ sung."),
        ]
    )
    if outcome is None:
        to_complete.append(
            DraftItem(
                "basis",
                "Hồ sơ chưa có báo cáo tổng kết: bổ sung căn cứ; các nhiệm vụ chuyển tiếp là "
                "những nhiệm vụ chưa báo cáo hoàn thành.",
            )
        )
    if proposed(program, reviewed):
        to_complete.append(
            DraftItem("note", "Đề xuất của tổng kết (trong ghi chú): đưa vào nhiệm vụ hoặc bỏ.")
        )
    paths = dict(_task_paths(draft.task_groups))
    to_complete.extend(
        DraftItem(
            paths[task.id],
            "Nhiệm vụ chưa có báo cáo thực hiện: kiểm tra còn thực hiện trong giai đoạn mới không.",
            task.text,
        )
        for task in unreported
    )
    if program.chapters or program.articles:
        to_complete.append(
            DraftItem("chapters", "Các chương, điều giữ như văn bản trước: rà soát, sửa đổi.")
        )
    return to_complete


def _task_paths(
    groups: Iterable[TaskGroup], prefix: str = "task_groups"
) -> Iterable[tuple[str, str]]:
    """(task id, its path in the file) for every task of ``groups``."""
    for index, group in enumerate(groups):
        here = f"{prefix}[{index}]"
        for number, task in enumerate(group.tasks):
            yield task.id, f"{here}.tasks[{number}]"
        yield from _task_paths(group.groups, f"{here}.groups")


def _handed_over(group: TaskGroup, successor: dict[str, str]) -> TaskGroup:
    """``group`` with every body a ceased body's successor."""
    handed: TaskGroup = _ids(group, successor)
    return handed


_ID_FIELDS = ("leads", "supports", "parties", "chairs", "reporters", "recipients")


def _ids(value: Any, successor: dict[str, str]) -> Any:
    """``value`` (an attrs value, or a tuple of them) with the body ids in it handed over."""
    if isinstance(value, tuple):
        return tuple(_ids(item, successor) for item in value)
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        if field.name in _ID_FIELDS and isinstance(current, tuple):
            renamed = tuple(dict.fromkeys(successor.get(i, i) for i in current))
            if renamed != current:
                changes[field.name] = renamed
        elif isinstance(current, tuple) or attrs.has(type(current)):
            updated = _ids(current, successor)
            if updated != current:
                changes[field.name] = updated
    return attrs.evolve(value, **changes) if changes else value


def _named(groups: Iterable[TaskGroup]) -> set[str]:
    found: set[str] = set()

    def visit(group: TaskGroup) -> None:
        found.update(group.leads, group.supports)
        for assignment in group.roles:
            found.update(assignment.parties)
        for task in group.tasks:
            found.update(task.leads, task.supports)
            for assignment in task.roles:
                found.update(assignment.parties)
        for sub in group.groups:
            visit(sub)

    for group in groups:
        visit(group)
    return found


def _references(
    program: Program, outcome: ReviewOutcome | None, groups: Iterable[TaskGroup]
) -> tuple[LegalRef, ...]:
    """The finished program, its final review report, and the acts the carried tasks cite."""
    issuer = " và ".join(program.name_in_force(party.id) for party in program.parties)
    finished = LegalRef(
        id=program.number or program.id,
        kind=LegalKind.PROGRAM,
        number=program.number,
        date=program.signed,
        issuer=issuer,
        title=program.heading,
    )
    found = [finished]
    if outcome is not None:
        words = window_words(outcome.window, program) if outcome.window else ""
        found.append(
            LegalRef(
                id=outcome.number or f"{program.id}-tong-ket",
                kind=LegalKind.OTHER,
                number=outcome.number,
                date=outcome.date,
                issuer=issuer,
                title=" ".join(
                    filter(None, ("Báo cáo tổng kết", words, "thực hiện", program.heading))
                ),
            )
        )
    cited: set[str] = set()

    def visit(group: TaskGroup) -> None:
        cited.update(group.legal_refs)
        for task in group.tasks:
            cited.update(task.legal_refs)
        for sub in group.groups:
            visit(sub)

    for group in groups:
        visit(group)
    ids = {ref.id for ref in found}
    found.extend(ref for ref in program.legal_refs if ref.id in cited and ref.id not in ids)
    return tuple(found)


def _years(period: Period) -> tuple[str, str] | None:
    if period.start is None or period.end is None:
        return None
    return str(period.start.year), str(period.end.year)


def _retitled(title: str, old: Period, new: Period) -> str:
    """``title`` with the old period's years ("2022 - 2025", "2022-2025") made the new ones."""
    before, after = _years(old), _years(new)
    if before is None or after is None:
        return title
    pattern = re.compile(rf"{before[0]}(\s*[-\u2013]\s*){before[1]}")  # a hyphen or an en dash
    return pattern.sub(lambda m: f"{after[0]}{m.group(1)}{after[1]}", title)


def _next_id(identifier: str, old: Period, new: Period) -> str:
    before, after = _years(old), _years(new)
    if before is not None and after is not None and f"{before[0]}-{before[1]}" in identifier:
        return identifier.replace(f"{before[0]}-{before[1]}", f"{after[0]}-{after[1]}")
    return f"{identifier}-tiep-theo"


def _renamed(rules: Any, old: Period, new: Period) -> Any:
    """Schedule rules with the old period's years in the names of their events made the new."""

    def rename(value: Any) -> Any:
        if isinstance(value, tuple):
            return tuple(rename(item) for item in value)
        if not attrs.has(type(value)):
            return value
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            current = getattr(value, field.name)
            if field.name in ("name_vi", "name_en") and isinstance(current, str):
                changed = _retitled(current, old, new)
                if changed != current:
                    changes[field.name] = changed
            elif isinstance(current, tuple) or attrs.has(type(current)):
                updated = rename(current)
                if updated != current:
                    changes[field.name] = updated
        return attrs.evolve(value, **changes) if changes else value

    return rename(rules)


def _together(program: Program, parties: Iterable[Any], day: dt.date) -> str:
    names = [program.name_in_force(party.id, day) for party in parties]
    if len(names) < 3:
        return " và ".join(names)
    return ", ".join(names[:-1]) + " và " + names[-1]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _note(program: Program, outcome: ReviewOutcome | None, final: bool, records: Records) -> str:
    said = f"Dự thảo lập từ {program.heading}"
    what = "tổng kết" if final else "sơ kết"
    if outcome is not None:
        words = window_words(outcome.window, program) if outcome.window else ""
        said += f" và {cited_outcome(outcome, f'{what} {words}'.strip())}"
    said += "."
    ideas = proposed(program, outcome)
    if ideas:
        said += f" Những đề xuất của {what}: " + " ".join(
            f"({index}) {idea.rstrip('.')}." for index, idea in enumerate(ideas, start=1)
        )
    if records.illustrative:
        said += " Hồ sơ thực hiện dùng để lập dự thảo là dữ liệu minh họa."
    return said


def next_program_document(
    program: Program,
    records: Records | None = None,
    today: dt.date | None = None,
) -> Document:
    """The draft next program as the parties would send it, to complete and sign.

    Its letterhead with a blank number and date, the type and title; the
    finished program and its final review as basis; I. purposes and
    requirements, to write, with what the review proposed in brackets;
    II. the tasks carried over, under their groups; III. organisation, to
    write; the parties' signatures on the sides they took.
    """
    draft = draft_next_program(program, records)
    new = draft.program
    w = Words("vi", {})
    blocks: list[Block] = []
    if combine(records, program).illustrative:
        blocks.append(Paragraph(f"Lưu ý: {ILLUSTRATIVE_DRAFT}"))
    blocks.extend(Paragraph(line) for line in basis_lines(new, w))
    if new.preamble:
        blocks.append(Paragraph(new.preamble))
    aims: list[Block] = [
        Section("Mục đích", (Paragraph(MISSING),), number="1"),
        Section("Yêu cầu", (Paragraph(MISSING),), number="2"),
    ]
    ideas = proposed(program, draft.outcome)
    if ideas and draft.outcome is not None:
        words = window_words(draft.outcome.window, program) if draft.outcome.window else ""
        what = "tổng kết" if draft.final else "sơ kết"
        cited = cited_outcome(draft.outcome, f"{what} {words}".strip())
        aims.append(Paragraph(f"[Những đề xuất của {cited}, để xây dựng Chương trình:]"))
        aims.append(ItemList(tuple(f"[{idea}]" for idea in ideas)))
    blocks.append(Section("MỤC ĐÍCH, YÊU CẦU", tuple(aims), number="I"))
    groups = tuple(group_section(group, w) for group in new.task_groups)
    blocks.append(Section("NỘI DUNG PHỐI HỢP", groups or (Paragraph(MISSING),), number="II"))
    blocks.append(Section("TỔ CHỨC THỰC HIỆN", (Paragraph(MISSING),), number="III"))
    start = new.period.start
    blocks.append(draft_signatures(program, start))
    blocks.append(Recipients((RECIPIENTS_MISSING, "Lưu: VT.")))
    listed = tuple(f"{item.path}: {item.reason}" for item in draft.to_complete)
    notes: list[Block] = [Section("Những nội dung cần hoàn thiện", (ItemList(listed),))]
    if new.note:
        notes.append(Section("Ghi chú", (Paragraph(new.note),)))
    return Document(
        title=new.title or new.heading,
        subtitle=new.type_name.upper(),
        meta=(("Thời gian", new.period.as_written), ("Thay thế", program.heading)),
        blocks=tuple(blocks),
        letterhead=letterhead(new, TYPE_CODES[new.kind], drafted=True),
        author=author(new),
        created=today,
        notes=tuple(notes),
    )
