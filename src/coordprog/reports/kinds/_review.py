"""Built-in report kind ``review``: the draft *báo cáo sơ kết / tổng kết* of a window.

Built from the program and its records of implementation in the standard
structure of a review report: I. how the program was deployed; II. the
results of each coordination content and task, with lead, supports, status
and what was done; III. the overall assessment (strengths, shortcomings,
causes, lessons); IV. directions; V. proposals.  What the records do not
say is marked for the drafter to fill in, never invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pluggy

from coordprog.model._dates import PartialDate, first_day, last_day, written
from coordprog.model._parties import Person
from coordprog.model._program import Program
from coordprog.model._records import (
    FINAL_MEETINGS,
    Meeting,
    Progress,
    Records,
    ReviewOutcome,
    Window,
)
from coordprog.model._tasks import Task, TaskGroup
from coordprog.plugins._calls import resolve_calendar
from coordprog.reports._render import RenderError
from coordprog.reports.kinds._drafts import reviewed_window
from coordprog.reports.kinds._figures import commendation_text, figure_text, vi_number
from coordprog.reports.kinds._language import Words, vi_date
from coordprog.reports.kinds._letterheads import (
    REPORT_CODE,
    author,
    draft_signatures,
    letterhead,
    signature,
    speaking_parties,
)
from coordprog.reports.kinds._notices import notices
from coordprog.reports.kinds._options import as_date, as_window
from coordprog.reports.kinds.program import cited_act, people, written_date
from coordprog.schedule._engine import schedule
from coordprog.schedule._status import (
    EventStatus,
    PartyTally,
    Status,
    TaskStatus,
    combine,
    status,
)
from coordprog.schedule._work_calendar import WorkCalendar
from coordprog.shapes import (
    Block,
    Column,
    Document,
    ItemList,
    Paragraph,
    Recipients,
    Section,
    SignatureBlock,
    Table,
)

#: What the draft says where the records are silent: for the drafter to fill in.
MISSING = "[Chưa có trong hồ sơ: bổ sung trước khi ban hành.]"

#: Whom the report goes to, when the program does not say: for the drafter to fill in.
ADDRESSEES_MISSING = "[Chưa có trong hồ sơ: cơ quan nhận báo cáo; bổ sung trước khi ban hành.]"


def window_words(window: Window, program: Program) -> str:
    """The window as a report names it: "năm 2022", "6 tháng đầu năm 2023", "giai đoạn ..."."""
    start, end = window.start, window.end
    period = program.effective_period
    if start == period.start and end == period.end:
        written = period.as_written
        return written if written.startswith(("giai đoạn", "nhiệm kỳ")) else f"giai đoạn {written}"
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return f"năm {start.year}"
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 6, 30):
        return f"6 tháng đầu năm {start.year}"
    if start == dt.date(start.year, 7, 1) and end == dt.date(start.year, 12, 31):
        return f"6 tháng cuối năm {start.year}"
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return f"giai đoạn {start.year} - {end.year}"
    return f"từ ngày {vi_date(start)} đến ngày {vi_date(end)}"


def review_document(
    program: Program,
    records: Records | None = None,
    window: Window | str | None = None,
    as_of: dt.date | str | None = None,
    calendar: WorkCalendar | str | None = None,
    today: dt.date | str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Document:
    """The draft review report of ``window`` as of ``as_of``, from the program's records.

    Options: ``window`` (``2022``, ``2022-H1``, ``2022-2023``, two dates
    ``2022-01-01/2022-12-31``, or ``all``, the whole period, up to
    ``as_of`` for a program without an end; default: the window of the
    latest review outcome in the records, else the whole period),
    ``as_of``, ``calendar``.  An outcome that states no window is printed
    by the review of its meeting's window when the meeting gives one, else
    by the review of the whole period (``all``, and the default when no
    outcome states a window).

    The report's dates come from the records, never from the clock: it
    speaks as of ``as_of`` when given, else as of the date of the review
    outcome it reports (or of the meeting that adopted it), else as of the
    end of the window, and then says that the date of the report is to be
    completed.  It is a final review (*tổng kết*) when its window is the
    whole period (a *tổng kết* held before the period's end reviews the
    whole period too) or the meeting that adopted it was a final review.
    Bodies are named as in force on the day it speaks for.
    ``today`` is the day the draft is made: the file's creation date when
    the records give the report no date (the command line gives today).

    Laid out as the parties send it: their letterhead with a blank number
    (*BC*) and the report's date as the records state it, *Kính gửi* the
    bodies the program has them report to, the signatures on the sides they
    took in the program, *Nơi nhận* "Như trên" (as above).  When the
    outcome reported holds the report's own acts, signatures and
    recipients (records drafted from the report), the acts it cites are
    listed in a section VI, *Văn bản liên quan*, after its proposals, and its
    *Kính gửi*, signatures and *Nơi nhận* are printed as it gives them.

    .. versionchanged:: 0.3.0
       The outcome's ``legal_refs``, ``signatories``, ``recipients`` and
       ``addressees``.
    """
    combined = combine(records, program)
    given = as_date(as_of, "as_of")
    chosen = as_window(window, program, given)
    outcome = _outcome(combined, chosen, _whole_or_none(program, given))
    if chosen is None:
        reviewed = None if outcome is None else reviewed_window(combined, outcome)
        chosen = reviewed if reviewed is not None else _whole(program, given)
    dated = _dated_by_records(combined, outcome)
    day = given or dated or chosen.end
    calendar = resolve_calendar(plugin_manager, calendar)
    events = schedule(program, calendar, max(day, chosen.end))
    found = status(program, events, combined, day, chosen)
    period = program.effective_period
    final = (chosen.start == period.start and chosen.end == period.end) or _adopted_at_final(
        combined, outcome
    )
    what = "Tổng kết" if final else "Sơ kết"
    words = window_words(chosen, program)
    blocks: list[Block] = []
    blocks.append(Paragraph(_opening(program, words, what, day)))
    blocks.append(
        Section(
            "TÌNH HÌNH TRIỂN KHAI THỰC HIỆN",
            tuple(_deployment(program, combined, found, chosen, outcome, final=final)),
            number="I",
        )
    )
    blocks.append(
        Section(
            "KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP",
            (*_overall(outcome), *_results(program, found, chosen)),
            number="II",
        )
    )
    blocks.append(Section("ĐÁNH GIÁ CHUNG", tuple(_assessment(outcome)), number="III"))
    blocks.append(
        Section(
            "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
            tuple(_directions(program, outcome, found)),
            number="IV",
        )
    )
    blocks.append(
        Section("KIẾN NGHỊ, ĐỀ XUẤT", tuple(_proposals(program, outcome, day)), number="V")
    )
    blocks.extend(_related(outcome))
    blocks.append(_signatures(program, outcome, day))
    # "Như trên" (as above) refers to the addressees under the title.
    blocks.insert(0, Paragraph(f"Kính gửi: {_addressees(program, outcome)}"))
    sent_to = outcome.recipients if outcome is not None and outcome.recipients else ()
    blocks.append(Recipients(sent_to or ("Như trên;", "Lưu: VT.")))
    stated = _stated_by_records(combined, outcome)
    meta = _meta(program, combined, outcome, words, day, stated, given is None and dated is None)
    return Document(
        title=f"{what} {words} thực hiện {program.heading}",
        subtitle="BÁO CÁO",
        meta=meta,
        blocks=tuple(blocks),
        notices=notices(program, combined),
        letterhead=letterhead(
            program,
            REPORT_CODE,
            number=outcome.number if outcome else None,
            day=stated,
            on=day,
            drafted=True,
            place=outcome.place if outcome else None,
            issuing=outcome.by if outcome else (),
        ),
        author=author(program),
        created=stated if isinstance(stated, dt.date) else as_date(today, "today"),
    )


def _meta(
    program: Program,
    combined: Records,
    outcome: ReviewOutcome | None,
    words: str,
    day: dt.date,
    stated: dt.date | PartialDate | None,
    undated: bool,
) -> tuple[tuple[str, str], ...]:
    """The report's particulars: its window, the day its figures run to, its date, sources.

    ``undated``: neither the caller nor the records date the report, which is then marked
    to complete.
    """
    meta = [("Kỳ báo cáo", words), ("Số liệu tính đến", vi_date(day))]
    if outcome is not None:
        meta = _report_of(program, outcome, meta)
    if stated is not None:
        meta.append(("Ngày báo cáo", vi_date(stated)))
    elif undated:
        meta.append(("Ngày báo cáo", f"{MISSING} (số liệu tính đến hết kỳ báo cáo)"))
    if combined.sources:
        meta.append(("Nguồn hồ sơ", "; ".join(combined.sources)))
    return tuple(meta)


def _related(outcome: ReviewOutcome | None) -> tuple[Block, ...]:
    """The acts the report cites, as the records hold them: a *Văn bản liên quan* list."""
    if outcome is None or not outcome.legal_refs:
        return ()
    w = Words("vi", {})
    cited = tuple(
        cited_act(ref, w) + (f" — {ref.note}" if ref.note else "") for ref in outcome.legal_refs
    )
    return (Section("VĂN BẢN LIÊN QUAN", (ItemList(cited),), number="VI"),)


def _signatures(program: Program, outcome: ReviewOutcome | None, day: dt.date) -> Block:
    """The report's signatures as the records give them, else those its parties would sign."""
    if outcome is not None and outcome.signatories:
        return SignatureBlock(tuple(signature(program, s, day) for s in outcome.signatories))
    return draft_signatures(program, day, outcome.by if outcome else ())


def _report_of(
    program: Program, outcome: ReviewOutcome, meta: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``meta`` with what the records say of the report itself: number, issuers, place.

    The letterhead holds the number and place too; formats without one
    (Markdown, plain text) print them only from here.
    """
    said = [("Số", outcome.number)] if outcome.number else []
    said += meta
    if outcome.by or outcome.bodies:
        names = [program.party(party).name for party in outcome.by] + list(outcome.bodies)
        said.append(("Đơn vị báo cáo", "; ".join(names)))
    if outcome.place:
        said.append(("Nơi báo cáo", outcome.place))
    return said


def _addressees(program: Program, outcome: ReviewOutcome | None) -> str:
    """Whom the report is sent to: its own addressees, else those of the program's duties.

    The records give them when they hold the report's *Kính gửi*; the
    program names them when it sets a duty to report; else the drafter
    fills them in.
    """
    if outcome is not None and outcome.addressees:
        return "; ".join(body.rstrip(" ;.,") for body in outcome.addressees) + "."
    parties = {p.id for p in program.parties}
    named = [
        recipient
        for duty in program.effective_schedule.duties
        if set(duty.reporters) & parties
        for recipient in duty.recipients
        if recipient not in parties
    ]
    if not named:
        return ADDRESSEES_MISSING
    return "; ".join(program.name_in_force(body) for body in dict.fromkeys(named)) + "."


def _whole(program: Program, as_of: dt.date | None) -> Window:
    """The whole period, up to ``as_of`` when the period has no end."""
    period = program.effective_period
    start = period.start
    end = period.end if period.end is not None else as_of
    if start is None or end is None:
        raise RenderError(
            "expected a window to review (the option window), or a program whose period "
            "has a start and an end (or the option as_of, for one without an end): "
            f"this one runs {period.as_written}"
        )
    return Window(start, max(end, start))


def _whole_or_none(program: Program, as_of: dt.date | None) -> Window | None:
    try:
        return _whole(program, as_of)
    except RenderError:
        return None


def _outcome(records: Records, window: Window | None, whole: Window | None) -> ReviewOutcome | None:
    """The outcome a review of ``window`` reports (default: the latest stating a window).

    An outcome whose window neither it nor its meeting states is the
    review of the whole period.
    """
    windows = [(outcome, reviewed_window(records, outcome)) for outcome in records.outcomes]
    if window is None:
        stated = [(o, w) for o, w in windows if w is not None]
        if stated:
            return max(stated, key=lambda pair: (pair[1].end, pair[1].start))[0]
        return next((o for o, _ in reversed(windows)), None)
    for outcome, reviewed in windows:
        if reviewed == window:
            return outcome
    if window == whole:
        return next((o for o, w in reversed(windows) if w is None), None)
    return None


def _meeting_of(records: Records, outcome: ReviewOutcome | None) -> Meeting | None:
    if outcome is None or outcome.meeting is None:
        return None
    return next((m for m in records.meetings if m.id == outcome.meeting), None)


def _dated_by_records(records: Records, outcome: ReviewOutcome | None) -> dt.date | None:
    """The day the records date the report: its outcome's date, else its meeting's."""
    stated = _stated_by_records(records, outcome)
    return None if stated is None else last_day(stated)


def _stated_by_records(
    records: Records, outcome: ReviewOutcome | None
) -> dt.date | PartialDate | None:
    """The report's date as the records state it: its outcome's, else its meeting's."""
    if outcome is None:
        return None
    for day in (outcome.date, getattr(_meeting_of(records, outcome), "date", None)):
        if day is not None:
            return day
    return None


def _adopted_at_final(records: Records, outcome: ReviewOutcome | None) -> bool:
    meeting = _meeting_of(records, outcome)
    return meeting is not None and (
        meeting.kind in FINAL_MEETINGS or meeting.rule == "final-review"
    )


def _opening(program: Program, words: str, what: str, day: dt.date) -> str:
    names = ", ".join(program.name_in_force(body, day) for body in speaking_parties(program, day))
    cited = program.heading
    if program.number and program.title is not None:
        cited += f", số {program.number}"
    if program.signed is not None:
        cited += f", ký {written_date(program.signed)}"
    return f"Thực hiện {cited}; {names} báo cáo kết quả {what.lower()} {words} như sau:"


def _people(found: Iterable[Person], program: Program, day: dt.date | None) -> str:
    # "Phó Trưởng Ban Dân vận Tỉnh ủy" names its body already, as the program report says.
    return people(program, found, day)


def _meeting_line(meeting: Meeting, program: Program) -> str:
    # Bodies under the names they bore on the meeting's day.
    day = None if meeting.date is None else last_day(meeting.date)
    # "Ngày 21/07/2022", "Tháng 3/2024", "Năm 2025", "Chưa rõ ngày": as far as it is known.
    when = written(meeting.date)
    words = [f"{when[:1].upper()}{when[1:]}: {meeting.title or meeting.kind.vi}"]
    if meeting.place:
        words.append(f"tại {meeting.place}")
    line = " ".join(words)
    if meeting.organisers:
        line += f"; tổ chức: {_people(meeting.organisers, program, day)}"
    if meeting.chairs:
        line += f"; chủ trì: {_people(meeting.chairs, program, day)}"
    if meeting.presenters:
        line += f"; trình bày báo cáo: {_people(meeting.presenters, program, day)}"
    if meeting.witnesses:
        line += f"; chứng kiến: {_people(meeting.witnesses, program, day)}"
    if meeting.attendees:
        counted = [a.count for a in meeting.attendees if a.count is not None]
        bodies = [
            program.name_in_force(a.party, day) if a.party else (a.body or "")
            for a in meeting.attendees
        ]
        line += f"; dự: {', '.join(bodies)}"
        if counted:
            line += f" ({sum(counted)} đại biểu)"
    if meeting.adopted:
        line += "; thông qua: " + "; ".join(
            (d.title or d.kind.vi) + (f" (số {d.number})" if d.number else "")
            for d in meeting.adopted
        )
    if meeting.note:
        line += f"; {meeting.note.rstrip('.')}"
    return line + "."


def _in(day: dt.date, window: Window) -> bool:
    return window.start <= day <= window.end


def _deployment(
    program: Program,
    records: Records,
    found: Status,
    window: Window,
    outcome: ReviewOutcome | None,
    *,
    final: bool,
) -> Iterable[Block]:
    told = outcome.deployment if outcome else ()
    yield from (Paragraph(text) for text in told)
    plans = [p for p in program.annual_plans if window.start.year <= p.year <= window.end.year]
    if plans:
        yield Paragraph("Kế hoạch phối hợp hàng năm đã ban hành:")
        yield ItemList(
            tuple(
                f"Năm {p.year}"
                + (f": số {p.number}" if p.number else "")
                + (f", ngày {vi_date(p.date)}" if p.date else "")
                for p in plans
            )
        )
    held = [
        m
        for m in records.meetings
        if (m.date is None or last_day(m.date) <= found.as_of) and _held_in(m, window, final=final)
    ]
    if held:
        yield Paragraph("Các hội nghị, cuộc họp đã tổ chức:")
        yield ItemList(tuple(_meeting_line(m, program) for m in sorted(held, key=_meeting_day)))
    if not told and not plans and not held:
        yield Paragraph(MISSING)
    events = [s for s in found.events if _in(s.event.end, window) or _in(s.event.due, window)]
    if events:
        yield Table(
            title="Thực hiện lịch công tác của Chương trình",
            columns=(
                Column("event", "Nội dung"),
                Column("due", "Hạn"),
                Column("state", "Tình trạng"),
                Column("held", "Ngày thực hiện"),
            ),
            rows=tuple(_event_row(s) for s in events),
        )


def _meeting_day(meeting: Meeting) -> dt.date:
    return dt.date.max if meeting.date is None else first_day(meeting.date)


def _held_in(meeting: Meeting, window: Window, *, final: bool) -> bool:
    if meeting.date is not None and _in(first_day(meeting.date), window):
        return True
    if meeting.date is None and meeting.window is None:
        # Known to have been held, not when: a meeting of the program, told
        # by the final review, which speaks of the whole program.
        return final
    # A review held after the window, of (part of) the window.
    return meeting.window is not None and window.covers(meeting.window)


def _event_row(state: EventStatus) -> tuple[str, str, str, str]:
    held = vi_date(state.held_on)
    if state.record:
        held = f"{held} ({state.record})" if held else state.record
    return (state.event.title_vi, vi_date(state.event.due), state.state.vi, held)


def _results(program: Program, found: Status, window: Window) -> Iterable[Block]:
    states = {s.task.id: s for s in found.tasks}
    for group in program.task_groups:
        yield _group(program, group, states)
    plan_tasks = [
        (plan, task)
        for plan in program.annual_plans
        if window.start.year <= plan.year <= window.end.year
        for task in plan.tasks
    ]
    if plan_tasks:
        blocks: list[Block] = []
        for plan, task in plan_tasks:
            blocks.extend(_task_blocks(program, task, states.get(task.id), f"{plan.year}"))
        yield Section("Nhiệm vụ theo kế hoạch phối hợp hàng năm", tuple(blocks))
    if (tally := _tally_table(program, found.parties, found.as_of)) is not None:
        yield tally
    yield from _joint(program, found)
    targets = [t for t in found.targets if t.target.id is not None]
    if targets:
        yield Table(
            title="Kết quả thực hiện chỉ tiêu",
            columns=(
                Column("task", "Nhiệm vụ"),
                Column("target", "Chỉ tiêu"),
                Column("reported", "Kết quả"),
                Column("ratio", "Tỷ lệ"),
            ),
            rows=tuple(
                (
                    t.task,
                    f"{t.target.description}"
                    + (f": {vi_number(t.target.value)}" if t.target.value is not None else "")
                    + (f" {t.target.unit}" if t.target.unit else ""),
                    "Chưa báo cáo" if t.reported is None else vi_number(t.reported),
                    "" if t.ratio is None else f"{t.ratio:.0%}".replace(".", ","),
                )
                for t in targets
            ),
        )


def _overall(outcome: ReviewOutcome | None) -> tuple[Block, ...]:
    """The figures the report gives for the whole program or window, before those of each task."""
    if outcome is None or not outcome.figures:
        return ()
    return (Section("Kết quả chung", (ItemList(tuple(figure_text(f) for f in outcome.figures)),)),)


def _group(program: Program, group: TaskGroup, states: dict[str, TaskStatus]) -> Section:
    blocks: list[Block] = []
    for task in group.tasks:
        blocks.extend(_task_blocks(program, program.task(task.id), states.get(task.id), None))
    blocks.extend(_group(program, sub, states) for sub in group.groups)
    return Section(group.title or "", tuple(blocks), number=group.number)


def _task_blocks(
    program: Program, task: Task, state: TaskStatus | None, plan_year: str | None
) -> Iterable[Block]:
    head = f"{task.number}. {task.text}" if task.number else f"- {task.text}"
    yield Paragraph(head)

    def names(party: str) -> str:
        return program.name_in_force(party, state.as_of if state else None)

    items = []
    roles = []
    if task.leads:
        roles.append(f"Chủ trì: {', '.join(names(p) for p in task.leads)}")
        if task.supports:
            roles.append(f"phối hợp: {', '.join(names(p) for p in task.supports)}")
    elif program.lead_unknown(task):
        roles.append("Cơ quan chủ trì: chưa rõ (chưa có toàn văn văn bản)")
        if task.supports:
            roles.append(f"phối hợp: {', '.join(names(p) for p in task.supports)}")
    else:
        bodies = state.bodies if state else program.duty_bodies(task)
        roles.append(f"Các cơ quan cùng thực hiện: {', '.join(names(p) for p in bodies)}")
    if plan_year:
        roles.append(f"kế hoạch năm {plan_year}")
    if roles:
        items.append("; ".join(roles) + ".")
    if state is None or state.status is None:
        overdue = state is not None and state.overdue
        items.append(
            f"Tình trạng: chưa có báo cáo, đã quá hạn {vi_date(state.deadline)}."
            if overdue and state is not None
            else "Tình trạng: chưa có báo cáo."
        )
    else:
        line = f"Tình trạng: {state.status.vi.lower()}"
        report = state.report
        if state.derived and state.reported is not None:
            line += f" (báo cáo: {state.reported.vi.lower()}; đã quá hạn {vi_date(state.deadline)})"
        if report is not None:
            line += f", theo báo cáo của {names(report.by)} {written(report.as_of)}"
        items.append(line + ".")
        items.extend(_what_was_done(program, state.entries))
    yield ItemList(tuple(items))


def _what_was_done(program: Program, entries: tuple[Progress, ...]) -> Iterable[str]:
    for entry in entries:
        said = []
        if entry.done:
            said.append(entry.done)
        if entry.figures:
            said.append("Số liệu: " + "; ".join(figure_text(f) for f in entry.figures))
        if entry.evidence:
            said.append("Văn bản: " + ", ".join(entry.evidence))
        if entry.reason:
            said.append(f"Lý do: {entry.reason}")
        if said:
            who = program.name_in_force(entry.by, last_day(entry.as_of))
            yield f"{who} ({vi_date(entry.as_of)}): " + " ".join(
                s if s.endswith(".") else s + "." for s in said
            )


def _tally_table(program: Program, tallies: tuple[PartyTally, ...], day: dt.date) -> Table | None:
    """The annual review table: each body that answers for a task, or signed; none if empty.

    A body that shares joint tasks counts them in "Nhiệm vụ chung" (a column
    shown when there are any) and by status, as a task it leads.
    """
    signing = {party.id for party in program.parties}
    shown = [t for t in tallies if t.led or t.joint or t.party in signing]
    if not shown:
        return None
    joint = any(t.joint for t in shown)
    names = [name for name in _TALLIED if joint or name != "joint"]
    rows = tuple(
        (program.name_in_force(t.party, day), *(str(getattr(t, name)) for name in names))
        for t in shown
    )
    return Table(
        title=(
            "Tổng hợp theo cơ quan chủ trì và cơ quan cùng thực hiện"
            if joint
            else "Tổng hợp theo cơ quan chủ trì"
        ),
        columns=(Column("body", "Cơ quan"), *(Column(name, _LABELS[name]) for name in names)),
        rows=rows,
    )


_LABELS = {
    "led": "Chủ trì",
    "joint": "Nhiệm vụ chung",
    "supported": "Phối hợp",
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành quá hạn",
    "in_progress": "Đang thực hiện",
    "overdue": "Quá hạn",
    "not_started": "Chưa thực hiện",
    "not_feasible": "Không thực hiện được",
    "not_reported": "Chưa báo cáo",
}
_TALLIED = tuple(_LABELS)


def _joint(program: Program, found: Status) -> Iterable[Block]:
    """The joint tasks (no lead): each with the bodies that share it and its status."""
    shared = [s for s in found.tasks if not s.task.leads and not program.lead_unknown(s.task)]
    if not shared:
        return
    yield Table(
        title="Nhiệm vụ chung của các cơ quan",
        columns=(
            Column("task", "Nhiệm vụ"),
            Column("bodies", "Các cơ quan cùng thực hiện"),
            Column("state", "Tình trạng"),
        ),
        rows=tuple(
            (
                f"{s.task.number or s.task.id}. {_short(s.task.text)}",
                ", ".join(program.name_in_force(p, found.as_of) for p in s.bodies),
                _state_words(s),
            )
            for s in shared
        ),
    )


def _state_words(state: TaskStatus) -> str:
    if state.status is not None:
        return state.status.vi
    return "Chưa báo cáo, đã quá hạn" if state.overdue else "Chưa báo cáo"


def _listed(heading: str, number: str, items: tuple[str, ...]) -> Section:
    blocks: tuple[Block, ...] = (ItemList(items),) if items else (Paragraph(MISSING),)
    return Section(heading, blocks, number=number)


def _assessment(outcome: ReviewOutcome | None) -> Iterable[Block]:
    told = outcome or ReviewOutcome(window=Window(dt.date(2000, 1, 1), dt.date(2000, 1, 1)))
    yield _listed("Ưu điểm, kết quả đạt được", "1", told.results)
    yield _listed("Hạn chế", "2", told.shortcomings)
    yield _listed("Nguyên nhân của hạn chế", "3", told.causes)
    yield _listed("Bài học kinh nghiệm", "4", told.lessons)
    if told.commendations:
        yield Section(
            "Khen thưởng",
            (ItemList(tuple(commendation_text(c) for c in told.commendations)),),
            number="5",
        )


def _directions(program: Program, outcome: ReviewOutcome | None, found: Status) -> Iterable[Block]:
    if outcome and outcome.directions:
        yield ItemList(outcome.directions)
    else:
        yield Paragraph(MISSING)
    carried = [
        s
        for s in found.tasks
        if s.status is not None and not s.status.done and s.status.value != "not-feasible"
    ]
    if carried:
        yield Paragraph("Nhiệm vụ chưa hoàn thành, tiếp tục thực hiện:")
        yield ItemList(
            tuple(
                f"{s.task.number or s.task.id}. {_short(s.task.text)} ({s.status.vi.lower()})"
                for s in carried
                if s.status is not None
            )
        )


def _short(text: str, words: int = 20) -> str:
    """The first ``words`` words of a task, for a list that refers back to section II."""
    split = text.split()
    return text if len(split) <= words else " ".join(split[:words]) + " …"


def _proposals(program: Program, outcome: ReviewOutcome | None, day: dt.date) -> Iterable[Block]:
    if not outcome or not outcome.proposals:
        yield Paragraph(MISSING)
        return
    for proposal in outcome.proposals:
        bodies = [program.name_in_force(p, day) for p in proposal.parties] + list(proposal.bodies)
        yield Paragraph(f"Đối với {', '.join(bodies)}: {proposal.text}")
