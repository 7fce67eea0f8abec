"""Built-in format ``ics``: iCalendar (RFC 5545), one all-day VEVENT per entry.

Written directly: the format is a few lines per event (text escaped, lines
folded at 75 octets, CRLF line ends), and writing it here is about ten
times faster than building the same events with the icalendar library,
which the tests use to parse every calendar back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coordprog._version import __version__
from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import Calendar, CalendarEntry, notice_label

_ONE_DAY = dt.timedelta(days=1)


def _text(value: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped.

    Every line break is written as the two characters backslash and n.
    """
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    if not value.isprintable():
        value = "\\n".join(value.splitlines())
    return value


def _fold(line: str) -> str:
    """``line`` folded into lines of at most 75 octets, never inside a UTF-8 character."""
    if len(line) <= 75 and line.isascii():
        return line
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[bytes] = []
    start, limit = 0, 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a continuation byte: step back to a boundary
            end -= 1
        parts.append(data[start:end])
        start, limit = end, 74  # continuation lines start with a space
    parts.append(data[start:])
    return "\r\n ".join(part.decode("utf-8") for part in parts)


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _categories(entry: CalendarEntry) -> str:
    """The entry's kind, and its state when it has one, as a list of categories."""
    named = [entry.shown_category, *([entry.shown_state] if entry.state is not None else [])]
    return ",".join(_text(name) for name in named)


def render_calendar(calendar: Calendar) -> str:
    """Render a calendar: each entry an all-day event on its due date, with a stable UID.

    The text has CRLF line ends, as RFC 5545 requires: write it as bytes
    (``Output.content``) or with ``newline=""``, so that none is translated.
    """
    title = " ".join(calendar.title.splitlines())  # X-WR-CALNAME is one line
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//coordprog//coordprog {__version__}//{calendar.language.upper()}",
        _fold(f"X-WR-CALNAME:{_text(title)}"),
    ]
    said = " ".join(f"{notice_label(calendar.language)}: {n}" for n in calendar.notices)
    if said:
        # Calendar programs show the calendar's description; each event says it too.
        lines.append(_fold(f"X-WR-CALDESC:{_text(said)}"))
    for entry in calendar.entries:
        description = f"{said} {entry.description}".strip() if said else entry.description
        due = _date(entry.due)
        lines += (
            "BEGIN:VEVENT",
            _fold(f"SUMMARY:{_text(entry.summary)}"),
            f"DTSTART;VALUE=DATE:{due}",
            f"DTEND;VALUE=DATE:{_date(entry.due + _ONE_DAY)}",
            # DTSTAMP is required; stamping with the due date keeps output reproducible.
            f"DTSTAMP:{due}T000000Z",
            _fold(f"UID:{_text(entry.uid)}"),
            _fold(f"CATEGORIES:{_categories(entry)}"),
            _fold(f"DESCRIPTION:{_text(description)}"),
            "END:VEVENT",
        )
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


ICS = OutputFormat(
    name="ics",
    suffixes=".ics",
    media_type="text/calendar",
    renderers={Calendar: render_calendar},
    description="iCalendar (RFC 5545), for calendar programs.",
)


@hookimpl
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``ics`` format."""
    register(ICS)
