"""Built-in report kinds ``status`` and ``status-calendar``: what is overdue and what falls due.

Both read the program's records of implementation (see
:func:`coordprog.status`): ``status`` is a table of what each body has
overdue and due soon as of a date; ``status-calendar`` is every scheduled
event with its state, for calendar clients.
"""

from __future__ import annotations

import datetime as dt

import pluggy

from coordprog.model._dates import PartialDate, written
from coordprog.model._program import Program
from coordprog.model._records import ProgressStatus, Records
from coordprog.plugins._calls import resolve_calendar
from coordprog.reports._render import RenderError
from coordprog.reports.kinds._language import Words, as_language, english_name
from coordprog.reports.kinds._notices import notices
from coordprog.reports.kinds._options import as_date, as_days
from coordprog.schedule._status import EventState, EventStatus, Status, status_as_of
from coordprog.schedule._work_calendar import WorkCalendar
from coordprog.shapes import Calendar, CalendarEntry, Cell, Column, Table

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
    day = as_date(as_of, "as_of")
    if day is None:
        raise RenderError(
            "expected the option as_of, the day the status speaks for (YYYY-MM-DD): "
            "coordprog never reads the clock itself"
        )
    calendar = resolve_calendar(plugin_manager, calendar)
    return status_as_of(
        program, records, day, calendar=calendar, until=day + dt.timedelta(days=horizon_days)
    )


_ENGLISH = {
    "Cơ quan": "Body",
    "Loại": "Item",
    "Nội dung": "What",
    "Hạn": "Due",
    "Tình trạng": "State",
    "Ghi chú": "Note",
    "Sự kiện": "Event",
    "Nhiệm vụ": "Task",
    "Hạn cuối: {}": "Last day: {}",
    " (tính theo hạn)": " (past its deadline)",
    "Chưa báo cáo, đã quá hạn": "not reported, past its deadline",
    "Sắp đến hạn": "due soon",
    "Báo cáo ngày {}": "Reported {}",
    "Nhiệm vụ chung của các cơ quan": "A joint task of the bodies",
    "Chưa rõ cơ quan chủ trì": "Lead not known",
    "Tình hình thực hiện đến ngày {}: {}": "Status as of {}: {}",
    "Quá hạn và đến hạn trong {} ngày tới, theo cơ quan chủ trì.": (
        "Overdue, and due in the next {} days, by lead body."
    ),
    "Không có việc quá hạn hoặc đến hạn trong {} ngày tới.": (
        "Nothing overdue or due in the next {} days."
    ),
    "Lịch và tình trạng thực hiện đến ngày {}: {}": "Schedule and state as of {}: {}",
    "Tình trạng: {}": "State: {}",
    "ngày {}": "on {}",
    "Chủ trì: {}.": "Leads: {}.",
}


def _named(state: EventState | ProgressStatus, w: Words) -> str:
    return english_name(state.value) if w.english else state.vi


def _day(day: dt.date | PartialDate | None, w: Words) -> str:
    return "" if day is None else w.date(day)


def _reported(day: dt.date | PartialDate, w: Words) -> str:
    """When a progress report is dated: "Báo cáo ngày 24/01/2022", "Báo cáo tháng 3/2023"."""
    if w.english or isinstance(day, dt.date):
        return w("Báo cáo ngày {}").format(_day(day, w))
    return f"Báo cáo {written(day)}"


def status_table(
    program: Program,
    records: Records | None = None,
    as_of: dt.date | str | None = None,
    soon: int | str | None = None,
    calendar: WorkCalendar | str | None = None,
    lang: str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Table:
    """What each body has overdue, and what falls due within ``soon`` days, as of ``as_of``.

    One row per body and item: the scheduled events it leads that are
    overdue or due soon and not yet held, then the tasks it leads that are
    overdue (reported or past their deadline unreported), or not done with
    a deadline within ``soon`` days.  Options: ``as_of`` (required: the
    library never reads the clock),
    ``soon`` (days, default 60), ``calendar``, ``lang`` (``vi`` or ``en``).
    """
    w = Words(as_language(lang), _ENGLISH)
    days = as_days(soon, "soon", SOON_DAYS)
    found = _status(program, records, as_of, calendar, plugin_manager, days)
    limit = found.as_of + dt.timedelta(days=days)
    rows: list[tuple[int, str, dt.date, tuple[Cell, ...]]] = []
    order = {party.id: i for i, party in enumerate((*program.parties, *program.third_parties))}

    def add(party: str | None, due: dt.date, cells: tuple[str, str, Cell, str, str]) -> None:
        if party is None:  # a task whose lead the citing documents do not state
            rows.append((len(order), "", due, (w("Chưa rõ cơ quan chủ trì"), *cells)))
            return
        name = program.name_in_force(party, found.as_of)
        rows.append((order.get(party, len(order)), party, due, (name, *cells)))

    for state in found.events:
        if state.state in (EventState.OVERDUE, EventState.DUE) or (
            state.state is EventState.PENDING and state.event.due <= limit
        ):
            event = state.event
            for party in event.leads:
                add(
                    party,
                    event.due,
                    (
                        w("Sự kiện"),
                        event.title_en if w.english else event.title_vi,
                        event.due,
                        _named(state.state, w),
                        w("Hạn cuối: {}").format(_day(state.deadline, w)),
                    ),
                )
    for task_state in found.tasks:
        deadline = task_state.deadline
        shown = task_state.status
        if shown is ProgressStatus.OVERDUE:
            label = _named(shown, w) + (w(" (tính theo hạn)") if task_state.derived else "")
        elif shown is None and deadline is not None and deadline < found.as_of:
            label = w("Chưa báo cáo, đã quá hạn")
        elif (
            deadline is not None
            and found.as_of <= deadline <= limit
            and (shown is None or not shown.done)
            and shown is not ProgressStatus.NOT_FEASIBLE
        ):
            label = w("Sắp đến hạn") + (f" ({_named(shown, w).lower()})" if shown else "")
        else:
            continue
        task = task_state.task
        report = task_state.report
        note = _reported(report.as_of, w) if report is not None else ""
        if not task.leads and not program.lead_unknown(task):
            note = "; ".join(filter(None, (w("Nhiệm vụ chung của các cơ quan"), note)))
        # A joint task is a duty of each of its bodies; a ceased body's, of its successor.
        # A task whose lead is not known is nobody's: listed once, under "chưa rõ".
        bodies: tuple[str | None, ...] = task_state.bodies or (None,)
        for body in bodies:
            add(
                body,
                deadline or found.as_of,
                (
                    w("Nhiệm vụ"),
                    f"{task.number or task.id}. {task.text}",
                    "" if deadline is None else deadline,
                    label,
                    note,
                ),
            )
    rows.sort(key=lambda row: (row[0], row[1], row[2]))
    return Table(
        title=w("Tình hình thực hiện đến ngày {}: {}").format(
            _day(found.as_of, w), program.heading
        ),
        columns=tuple(
            Column(key, w(label))
            for key, label in (
                ("body", "Cơ quan"),
                ("item", "Loại"),
                ("what", "Nội dung"),
                ("due", "Hạn"),
                ("state", "Tình trạng"),
                ("note", "Ghi chú"),
            )
        ),
        rows=tuple(row[3] for row in rows),
        caption=(
            w("Quá hạn và đến hạn trong {} ngày tới, theo cơ quan chủ trì.").format(days)
            if rows
            else w("Không có việc quá hạn hoặc đến hạn trong {} ngày tới.").format(days)
        ),
        language=w.language,
        notices=notices(program, records, language=w.language, schedule=True, until=limit),
    )


def status_calendar(
    program: Program,
    records: Records | None = None,
    as_of: dt.date | str | None = None,
    calendar: WorkCalendar | str | None = None,
    lang: str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Calendar:
    """Every scheduled event with its state as of ``as_of`` (required).

    Options: ``as_of``, ``calendar``, ``lang`` (``vi`` or ``en``).
    """
    w = Words(as_language(lang), _ENGLISH)
    found = _status(program, records, as_of, calendar, plugin_manager, 0)
    return Calendar(
        title=w("Lịch và tình trạng thực hiện đến ngày {}: {}").format(
            _day(found.as_of, w), program.heading
        ),
        entries=tuple(_entry(program, state, w) for state in found.events),
        language=w.language,
        notices=notices(program, records, language=w.language, schedule=True, until=found.as_of),
    )


def _entry(program: Program, state: EventStatus, w: Words) -> CalendarEntry:
    event = state.event
    named = _named(state.state, w)
    said = [w("Tình trạng: {}").format(named)]
    if state.held_on is not None:
        said.append(w("ngày {}").format(_day(state.held_on, w)))
    if state.record:
        said.append(f"({state.record})")
    leads = "; ".join(program.name_in_force(party, event.due) for party in event.leads)
    return CalendarEntry(
        uid=f"{program.id}/{event.rule}/{event.sequence}@coordprog",
        summary=f"[{named}] {event.title_en if w.english else event.title_vi}",
        due=event.due,
        start=event.start,
        end=event.end,
        category=event.kind.value,
        category_label=english_name(event.kind.value) if w.english else event.kind.vi,
        description=" ".join(said) + ". " + w("Chủ trì: {}.").format(leads),
        state=state.state.value,
        state_label=named,
    )
