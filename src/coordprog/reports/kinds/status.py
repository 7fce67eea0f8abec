"""Built-in report kinds ``status`` and ``status-calendar``: what is overdue and what falls due.

Both read the program's records of implementation (see
:func:`coordprog.status`): ``status`` is a table of what each body has
overdue and due soon as of a date; ``status-calendar`` is every scheduled
event with its state, for calendar clients.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pluggy

from coordprog.model._program import Program
from coordprog.model._records import ProgressStatus, Records
from coordprog.plugins._calls import find_calendar
from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports.kinds._options import as_date, as_days
from coordprog.schedule._engine import schedule
from coordprog.schedule._status import EventState, EventStatus, Status, combine, status
from coordprog.schedule._work_calendar import WorkCalendar
from coordprog.shapes import Calendar, CalendarEntry, Column, Table

#: How far ahead "due soon" looks, in days, unless the option ``soon`` says otherwise.
SOON_DAYS = 60


def _status(
    program: Program,
    records: Records | None,
    as_of: dt.date | str | None,
    calendar: WorkCalendar | str | None,
    plugin_manager: pluggy.PluginManager,
    horizon_days: int,
) -> Status:
    day = as_date(as_of, "as_of") or dt.date.today()
    if isinstance(calendar, str):
        calendar = find_calendar(plugin_manager, calendar)
    events = schedule(program, calendar, day + dt.timedelta(days=horizon_days))
    return status(program, events, combine(records, program), day)


def _vi(day: dt.date | None) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def status_table(
    program: Program,
    records: Records | None = None,
    as_of: dt.date | str | None = None,
    soon: int | str | None = None,
    calendar: WorkCalendar | str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Table:
    """What each body has overdue, and what falls due within ``soon`` days, as of ``as_of``.

    One row per body and item: the scheduled events it leads that are
    overdue or due soon and not yet held, then the tasks it leads that are
    overdue (reported or past their deadline unreported), or not done with
    a deadline within ``soon`` days.  Options: ``as_of`` (default today),
    ``soon`` (days, default 60), ``calendar``.
    """
    days = as_days(soon, "soon", SOON_DAYS)
    found = _status(program, records, as_of, calendar, plugin_manager, days)
    limit = found.as_of + dt.timedelta(days=days)
    rows: list[tuple[int, str, dt.date, tuple[str, ...]]] = []
    order = {party.id: i for i, party in enumerate((*program.parties, *program.third_parties))}

    def add(party: str, due: dt.date, cells: tuple[str, str, str, str, str]) -> None:
        name = program.name_in_force(party)
        rows.append((order.get(party, len(order)), party, due, (name, *cells)))

    for state in found.events:
        if state.state is EventState.OVERDUE or (
            state.state is EventState.PENDING and state.event.due <= limit
        ):
            for party in state.event.leads:
                add(
                    party,
                    state.event.due,
                    (
                        "Sự kiện",
                        state.event.title_vi,
                        _vi(state.event.due),
                        state.state.vi,
                        f"Hạn cuối: {_vi(state.deadline)}",
                    ),
                )
    for task_state in found.tasks:
        deadline = task_state.deadline
        shown = task_state.status
        if shown is ProgressStatus.OVERDUE:
            label = shown.vi + (" (tính theo hạn)" if task_state.derived else "")
        elif shown is None and deadline is not None and deadline < found.as_of:
            label = "Chưa báo cáo, đã quá hạn"
        elif (
            deadline is not None
            and found.as_of <= deadline <= limit
            and (shown is None or not shown.done)
            and shown is not ProgressStatus.NOT_FEASIBLE
        ):
            label = "Sắp đến hạn" + (f" ({shown.vi.lower()})" if shown else "")
        else:
            continue
        task = task_state.task
        report = task_state.report
        note = f"Báo cáo ngày {_vi(report.as_of)}" if report is not None else ""
        for party in task.leads:
            add(
                party,
                deadline or found.as_of,
                ("Nhiệm vụ", f"{task.number or task.id}. {task.text}", _vi(deadline), label, note),
            )
    rows.sort(key=lambda row: (row[0], row[1], row[2]))
    return Table(
        title=f"Tình hình thực hiện đến ngày {_vi(found.as_of)}: {program.title}",
        columns=(
            Column("body", "Cơ quan"),
            Column("item", "Loại"),
            Column("what", "Nội dung"),
            Column("due", "Hạn"),
            Column("state", "Tình trạng"),
            Column("note", "Ghi chú"),
        ),
        rows=tuple(row[3] for row in rows),
        caption=(
            f"Quá hạn và đến hạn trong {days} ngày tới, theo cơ quan chủ trì."
            if rows
            else f"Không có việc quá hạn hoặc đến hạn trong {days} ngày tới."
        ),
    )


def status_calendar(
    program: Program,
    records: Records | None = None,
    as_of: dt.date | str | None = None,
    calendar: WorkCalendar | str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Calendar:
    """Every scheduled event with its state as of ``as_of`` (default today).

    Options: ``as_of``, ``calendar``.
    """
    found = _status(program, records, as_of, calendar, plugin_manager, 0)
    return Calendar(
        title=f"Lịch và tình trạng thực hiện đến ngày {_vi(found.as_of)}: {program.title}",
        entries=tuple(_entry(program, state) for state in found.events),
    )


def _entry(program: Program, state: EventStatus) -> CalendarEntry:
    event = state.event
    said = [f"Tình trạng: {state.state.vi}"]
    if state.held_on is not None:
        said.append(f"ngày {_vi(state.held_on)}")
    if state.record:
        said.append(f"({state.record})")
    leads = "; ".join(program.name_in_force(party) for party in event.leads)
    return CalendarEntry(
        uid=f"{program.id}/{event.rule}/{event.sequence}@coordprog",
        summary=f"[{state.state.vi}] {event.title_vi}",
        due=event.due,
        start=event.start,
        end=event.end,
        category=state.state.value,
        category_label=state.state.vi,
        description=" ".join(said) + f". Chủ trì: {leads}.",
    )


STATUS = ReportKind(
    name="status",
    shape=Table,
    build=status_table,
    description="What each body has overdue and due soon as of a date, from the records.",
    options=("as_of", "soon", "calendar"),
    takes_plugin_manager=True,
    takes_records=True,
)

STATUS_CALENDAR = ReportKind(
    name="status-calendar",
    shape=Calendar,
    build=status_calendar,
    description="Every scheduled event with its state as of a date, from the records.",
    options=("as_of", "calendar"),
    takes_plugin_manager=True,
    takes_records=True,
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``status`` and ``status-calendar`` report kinds."""
    register(STATUS)
    register(STATUS_CALENDAR)
