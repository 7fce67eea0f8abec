"""Built-in work calendar: ``"weekends"``, Monday to Friday."""

from __future__ import annotations

from coordprog.plugins.hookspecs import hookimpl
from coordprog.schedule._work_calendar import WeekendCalendar, WorkCalendar


@hookimpl
def coordprog_work_calendar(name: str) -> WorkCalendar | None:
    """Provide ``"weekends"``: every weekday is a working day."""
    return WeekendCalendar() if name == "weekends" else None
