"""Built-in format ``ics``: iCalendar (RFC 5545), one all-day VEVENT per entry.

Needs the ``icalendar`` library: ``pip install "coordprog[ics]"``.  The
format is always listed; rendering says which extra to install when the
library is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coordprog._version import __version__
from coordprog.model._errors import CoordprogError
from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import Calendar


def render_calendar(calendar: Calendar) -> bytes:
    """Render a calendar: each entry an all-day event on its due date, with a stable UID."""
    try:
        import icalendar
    except ImportError:  # pragma: no cover - icalendar is installed for the tests
        raise CoordprogError(
            "the ics format needs the icalendar library: pip install 'coordprog[ics]'"
        ) from None
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//coordprog//coordprog {__version__}//VI")
    cal.add("version", "2.0")
    # X-WR-CALNAME is one line of text: line breaks become spaces.
    cal.add("x-wr-calname", icalendar.vText(" ".join(calendar.title.splitlines())))
    for entry in calendar.entries:
        event = icalendar.Event()
        event.add("uid", entry.uid)
        # DTSTAMP is required; stamping with the due date keeps output reproducible.
        event.add("dtstamp", dt.datetime.combine(entry.due, dt.time(0), tzinfo=dt.UTC))
        event.add("dtstart", entry.due)
        event.add("dtend", entry.due + dt.timedelta(days=1))
        event.add("summary", icalendar.vText(_lines(entry.summary)))
        event.add("description", icalendar.vText(_lines(entry.description)))
        event.add("categories", [entry.category])
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _lines(text: str) -> str:
    # Every Unicode line break as LF, which iCalendar writes escaped ("\\n").
    return "\n".join(text.splitlines()) if not text.isprintable() else text


ICS = OutputFormat(
    name="ics",
    suffixes=".ics",
    media_type="text/calendar",
    renderers={Calendar: render_calendar},
    description="iCalendar for calendar programs (needs coordprog[ics]).",
    binary=True,
)


@hookimpl
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``ics`` format."""
    register(ICS)
