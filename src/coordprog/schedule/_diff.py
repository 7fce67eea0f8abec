"""What an amendment or an edit changes in a schedule, and what a schedule cannot say."""

from __future__ import annotations

import datetime as dt

import attrs

from coordprog.model._dates import written
from coordprog.model._program import Program
from coordprog.schedule._engine import Event, schedule
from coordprog.schedule._work_calendar import WorkCalendar


def _key(event: Event) -> tuple[str, str, dt.date, dt.date]:
    """An event's identity across two schedules: its rule, kind and window, not its date."""
    return (event.rule, event.kind.value, event.start, event.end)


@attrs.frozen
class ScheduleDiff:
    """The events one schedule has and another has not, and those that moved.

    ``added`` are in the new schedule only, ``removed`` in the old one only
    (each by rule and window), ``moved`` are ``(old, new)`` pairs of one
    rule and window due on another day.  Empty when nothing changed.

    .. versionadded:: 0.3.0
    """

    added: tuple[Event, ...] = ()
    removed: tuple[Event, ...] = ()
    moved: tuple[tuple[Event, Event], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.moved)

    def lines(self, english: bool = False) -> tuple[str, ...]:
        """The changes in words, one line each, by due date.

        >>> ScheduleDiff().lines()
        ()
        """
        said: list[tuple[dt.date, str]] = []
        for event in self.added:
            said.append((event.due, _line("Thêm", "Added", event, english)))
        for event in self.removed:
            said.append((event.due, _line("Bỏ", "Removed", event, english)))
        for old, new in self.moved:
            if english:
                text = f"Moved: {new.title_en}, from {old.due.isoformat()} to {new.due.isoformat()}"
            else:
                text = f"Dời: {new.title_vi}, từ {old.due:%d/%m/%Y} sang {new.due:%d/%m/%Y}"
            said.append((new.due, text))
        return tuple(text for _, text in sorted(said, key=lambda pair: pair[0]))


def _line(vi: str, en: str, event: Event, english: bool) -> str:
    if english:
        return f"{en}: {event.title_en}, due {event.due.isoformat()}"
    return f"{vi}: {event.title_vi}, hạn {event.due:%d/%m/%Y}"


def diff_events(old: tuple[Event, ...], new: tuple[Event, ...]) -> ScheduleDiff:
    """The difference between two schedules, event by event (see :class:`ScheduleDiff`)."""
    before = {_key(event): event for event in old}
    after = {_key(event): event for event in new}
    return ScheduleDiff(
        added=tuple(e for key, e in after.items() if key not in before),
        removed=tuple(e for key, e in before.items() if key not in after),
        moved=tuple(
            (before[key], e)
            for key, e in after.items()
            if key in before and before[key].due != e.due
        ),
    )


def schedule_diff(
    old: Program,
    new: Program,
    calendar: WorkCalendar | None = None,
    until: dt.date | None = None,
) -> ScheduleDiff:
    """The events ``new``'s schedule adds, removes and moves against ``old``'s.

    Both are scheduled alike (the same ``calendar`` and horizon ``until``);
    an event is the same in both when its rule, kind and window are.

    .. versionadded:: 0.3.0
    """
    return diff_events(schedule(old, calendar, until), schedule(new, calendar, until))


def amendment_changes(
    program: Program, index: int, calendar: WorkCalendar | None = None, until: dt.date | None = None
) -> ScheduleDiff:
    """What amendment ``index`` of ``program`` changed in its schedule.

    The schedule with the amendments before it against the one with it too.

    .. versionadded:: 0.3.0
    """
    before = attrs.evolve(program, amendments=program.amendments[:index])
    after = attrs.evolve(program, amendments=program.amendments[: index + 1])
    return schedule_diff(before, after, calendar, until)


@attrs.frozen
class ScheduleNote:
    """What the schedule of a program cannot compute, or assumed, and why.

    ``rule`` names the rule concerned (``"final-review"``, a review rule's
    id, ``"amendments[1]"``), ``vi`` and ``en`` say it in words.

    .. versionadded:: 0.3.0
    """

    rule: str
    vi: str
    en: str


def schedule_notes(program: Program, until: dt.date | None = None) -> tuple[ScheduleNote, ...]:
    """What :func:`coordprog.schedule` leaves out of ``program``'s schedule, or assumes, and why.

    A period without a start places no recurring event; one without an end
    (until replaced, or an end not known) has no final review, and its
    recurring events need a horizon ``until``; an amendment dated to a
    month or a year counts from its first day, one without a date from the
    amendment before it.  A one-off event dated to a month or a year, or not
    dated, is not scheduled.

    .. versionadded:: 0.3.0
    """
    notes: list[ScheduleNote] = []
    for version in program.in_force:
        period, rules = version.period, version.schedule
        for event in rules.events:
            if not isinstance(event.date, dt.date):
                when_vi = (
                    "văn bản không nêu ngày"
                    if event.date is None
                    else f"văn bản chỉ ghi {written(event.date)}"
                )
                when_en = (
                    "the document does not date it"
                    if event.date is None
                    else f"the document dates it {event.date} only"
                )
                notes.append(
                    ScheduleNote(
                        event.id,
                        f"Không xếp được vào lịch “{event.name_vi}”: {when_vi}",
                        f"“{event.name_en or event.name_vi}” is not scheduled: {when_en}",
                    )
                )
        recurring = [rule.id for rule in rules.reviews]
        recurring += [d.id for d in rules.duties if d.every_months is not None]
        recurring += [e.id for e in rules.annual_events]
        if rules.annual_plans is not None:
            recurring.insert(0, "annual-plan")
        if period.start is None and (recurring or rules.final_review is not None):
            for rule in [*recurring, *(["final-review"] if rules.final_review else [])]:
                notes.append(
                    ScheduleNote(
                        rule,
                        "Không tính được lịch: văn bản không nêu ngày bắt đầu",
                        "Not scheduled: the document does not state when it starts",
                    )
                )
            continue
        if period.end is None and rules.final_review is not None:
            if period.until_replaced:
                why_vi = "văn bản có hiệu lực đến khi được thay thế"
                why_en = "the document is in force until replaced"
            else:
                why_vi = "văn bản không nêu ngày kết thúc"
                why_en = "the document does not state when it ends"
            notes.append(
                ScheduleNote(
                    "final-review",
                    f"Không tính được thời hạn tổng kết: {why_vi}",
                    f"No final review is scheduled: {why_en}",
                )
            )
        if period.end is None and until is None and recurring:
            for rule in recurring:
                notes.append(
                    ScheduleNote(
                        rule,
                        "Chưa tính lịch định kỳ: văn bản không có ngày kết thúc, cần mốc thời gian"
                        " (until)",
                        "Recurring events not scheduled: the period has no end; give a horizon "
                        "(until)",
                    )
                )
        if version.assumed and version.amendment is not None:
            amendment = program.amendments[version.amendment]
            where = f"amendments[{version.amendment}]"
            if amendment.date is None:
                notes.append(
                    ScheduleNote(
                        where,
                        "Văn bản điều chỉnh không ghi ngày: coi như có hiệu lực cùng văn bản "
                        f"trước đó ({_since(version.since)})",
                        "The amendment is undated: taken as in force with the one before it "
                        f"({version.since or 'the start'})",
                    )
                )
            else:
                notes.append(
                    ScheduleNote(
                        where,
                        f"Văn bản điều chỉnh chỉ ghi {amendment.date}: coi như có hiệu lực từ "
                        f"{_since(version.since)}",
                        f"The amendment is dated {amendment.date} only: taken as in force from "
                        f"{version.since}",
                    )
                )
    return tuple(dict.fromkeys(notes))


def _since(day: dt.date | None) -> str:
    return "đầu kỳ" if day is None else f"ngày {day:%d/%m/%Y}"
