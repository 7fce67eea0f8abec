"""The agenda of a portfolio: every program's events for a body, with their state; clashes."""

from __future__ import annotations

import datetime as dt

import attrs

from coordprog.model._dates import PartialDate, last_day
from coordprog.model._schedule_rules import EventKind
from coordprog.portfolio._portfolio import Portfolio
from coordprog.schedule._engine import schedule
from coordprog.schedule._status import EventStatus, status
from coordprog.schedule._work_calendar import WorkCalendar
from coordprog.shapes import Calendar, CalendarEntry, Column, Table

#: The kinds of event a body attends in person: two on one day clash.
MEETINGS = frozenset(
    {
        EventKind.INTERIM_REVIEW,
        EventKind.FINAL_REVIEW,
        EventKind.COORDINATION_MEETING,
        EventKind.EVENT,
    }
)


@attrs.frozen
class AgendaItem:
    """One event of one program on a body's agenda, with its state from the records.

    ``role`` is ``"lead"`` (the body leads or reports), ``"chair"`` or
    ``"recipient"``.

    .. versionadded:: 0.2.0
    """

    program: str
    program_title: str
    body: str
    role: str
    state: EventStatus


@attrs.frozen
class Clash:
    """Two or more meetings or reviews of one body due on one day.

    .. versionadded:: 0.2.0
    """

    body: str
    day: dt.date
    items: tuple[AgendaItem, ...]

    def __str__(self) -> str:
        what = "; ".join(f"{i.state.event.title_vi} ({i.program})" for i in self.items)
        return f"{self.body} has {len(self.items)} meetings due on {self.day}: {what}"


def agenda(
    portfolio: Portfolio,
    body: str | None,
    start: dt.date,
    end: dt.date,
    as_of: dt.date,
    calendar: WorkCalendar | None = None,
) -> tuple[AgendaItem, ...]:
    """Every event due from ``start`` to ``end`` of every program, for ``body`` (or every body).

    A body's agenda holds the events it leads, chairs or receives in every
    program where one of its parties appears, and the events of the bodies
    merged or renamed into it, due after they ceased.  Each event has its
    state as of ``as_of`` from its program's records.  Sorted by due date,
    then program and event.
    """
    wanted: dict[str, dt.date | PartialDate | None] | None = None
    if body is not None:
        wanted = {b.id: (None if b.id == body else b.until) for b in portfolio.lineage(body)}
    found: list[AgendaItem] = []
    for program in portfolio.programs:
        owners = {
            party.id: portfolio.body_of(program.id, party.id).id
            for party in (*program.parties, *program.third_parties)
        }
        if wanted is not None and not set(owners.values()) & set(wanted):
            continue
        events = schedule(program, calendar, end)
        states = status(program, events, portfolio.records[program.id], as_of)
        for state in states.events:
            event = state.event
            if not start <= event.due <= end:
                continue
            roles = (
                [("lead", p) for p in event.leads]
                + [("chair", p) for p in event.chairs]
                + [("recipient", p) for p in event.recipients]
            )
            seen: set[str] = set()
            for role, party_id in roles:
                owner = owners.get(party_id)
                if owner is None or owner in seen:
                    continue
                if wanted is not None:
                    if owner not in wanted:
                        continue
                    ceased = wanted[owner]
                    # A body that ceased in a month or a year known only in part
                    # hands over from the day after that month or year ends.
                    if ceased is not None and event.due <= last_day(ceased):
                        continue
                seen.add(owner)
                shown = body if wanted is not None and body is not None else owner
                found.append(AgendaItem(program.id, program.heading, shown, role, state))
    found.sort(key=lambda i: (i.state.event.due, i.program, i.state.event.rule, i.body))
    return tuple(found)


def clashes(items: tuple[AgendaItem, ...]) -> tuple[Clash, ...]:
    """The days on which one body has meetings or reviews of two or more programs due.

    Two reviews of one program due the same day (the second six-month
    review and the yearly one) are one meeting, not a clash.
    """
    by_day: dict[tuple[str, dt.date], list[AgendaItem]] = {}
    for item in items:
        if item.state.event.kind in MEETINGS and not item.state.state.held:
            by_day.setdefault((item.body, item.state.event.due), []).append(item)
    return tuple(
        Clash(body, day, tuple(found))
        for (body, day), found in sorted(by_day.items())
        if len({i.program for i in found}) > 1
    )


_ROLES = {"lead": "chủ trì", "chair": "chủ trì hội nghị", "recipient": "nhận báo cáo"}


def agenda_table(title: str, items: tuple[AgendaItem, ...], portfolio: Portfolio) -> Table:
    """The agenda as a table: due date, body, program, event, role, state."""
    rows = tuple(
        (
            i.state.event.due,  # a date cell: dd/mm/yyyy for people, ISO in CSV and JSON
            portfolio.body(i.body).name,
            i.program_title,
            i.state.event.title_vi,
            _ROLES[i.role],
            i.state.state.vi,
        )
        for i in items
    )
    return Table(
        title=title,
        columns=(
            Column("due", "Hạn"),
            Column("body", "Cơ quan"),
            Column("program", "Chương trình"),
            Column("event", "Sự kiện"),
            Column("role", "Vai trò"),
            Column("state", "Tình trạng"),
        ),
        rows=rows,
        caption=None if rows else "Không có sự kiện nào trong khoảng thời gian này.",
    )


def agenda_calendar(title: str, items: tuple[AgendaItem, ...], portfolio: Portfolio) -> Calendar:
    """The agenda as a calendar, each event with its program and state."""
    entries = []
    seen: set[str] = set()
    for i in items:
        event = i.state.event
        uid = f"{i.program}/{event.rule}/{event.sequence}@coordprog"
        if uid in seen:
            continue
        seen.add(uid)
        entries.append(
            CalendarEntry(
                uid=uid,
                summary=f"[{i.state.state.vi}] {event.title_vi}",
                due=event.due,
                start=event.start,
                end=event.end,
                category=event.kind.value,
                category_label=event.kind.vi,
                description=(
                    f"{i.program_title}. {portfolio.body(i.body).name}: {_ROLES[i.role]}."
                ),
            )
        )
    return Calendar(title=title, entries=tuple(entries))
