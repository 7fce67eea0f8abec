"""Built-in report kind ``schedule``: the dated events of a program."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pluggy

from coordprog.model._program import Program
from coordprog.plugins._calls import resolve_calendar
from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports.kinds._language import LANG, as_language, english_name
from coordprog.reports.kinds._notices import notices
from coordprog.reports.kinds._options import CALENDAR, UNTIL
from coordprog.schedule._engine import Event, ScheduleError, schedule
from coordprog.schedule._work_calendar import WorkCalendar
from coordprog.shapes import Calendar, CalendarEntry


def schedule_calendar(
    program: Program,
    calendar: WorkCalendar | str | None = None,
    until: dt.date | str | None = None,
    lang: str | None = None,
    *,
    plugin_manager: pluggy.PluginManager,
) -> Calendar:
    """The program's dated events.

    Options: ``calendar``, a work calendar or its name; ``until``, the
    horizon (a date or ``YYYY-MM-DD``) up to which an open-ended program's
    recurring events are scheduled; ``lang``, the language of the labels,
    ``vi`` (default) or ``en``.
    """
    english = as_language(lang) == "en"
    calendar = resolve_calendar(plugin_manager, calendar)
    if isinstance(until, str):
        try:
            until = dt.date.fromisoformat(until)
        except ValueError:
            raise ScheduleError(
                f"expected the option until as YYYY-MM-DD, found {until!r}"
            ) from None

    def names(ids: tuple[str, ...], on: dt.date) -> str:
        # Each body under the name it bears on the event's date.
        return "; ".join(program.name_in_force(i, on) for i in ids)

    entries = tuple(
        CalendarEntry(
            uid=f"{program.id}/{event.rule}/{event.sequence}@coordprog",
            summary=event.title_en if english else event.title_vi,
            due=event.due,
            start=event.start,
            end=event.end,
            category=event.kind.value,
            category_label=english_name(event.kind.value) if english else event.kind.vi,
            description=_description(event, names, english),
        )
        for event in schedule(program, calendar, until)
    )
    title = f"Schedule: {program.title}" if english else f"Lịch thực hiện: {program.title}"
    language = "en" if english else "vi"
    said = notices(program, language=language, schedule=True, until=until)
    return Calendar(title=title, entries=entries, language=language, notices=said)


def _description(
    event: Event, names: Callable[[tuple[str, ...], dt.date], str], english: bool = False
) -> str:
    """What a calendar entry says of an event: who leads, chairs, receives, on its date."""
    vi = ("Chủ trì", "Chủ trì hội nghị", "Gửi")
    lead, chair, to = ("Leads", "Chairs", "To") if english else vi
    said = [f"{lead}: {names(event.leads, event.due)}."]
    if event.chairs:
        said.append(f"{chair}: {names(event.chairs, event.due)}.")
    if event.recipients:
        said.append(f"{to}: {names(event.recipients, event.due)}.")
    return " ".join(said)


SCHEDULE = ReportKind(
    name="schedule",
    shape=Calendar,
    build=schedule_calendar,
    description="Annual plans, interim reviews and the final review, by due date.",
    options=(CALENDAR, UNTIL, LANG),
    takes_plugin_manager=True,
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``schedule`` report kind."""
    register(SCHEDULE)
