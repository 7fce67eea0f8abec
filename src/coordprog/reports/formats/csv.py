"""Built-in format ``csv``: tables and calendars for spreadsheets, safe to open.

Every cell, header labels included, is neutralised against formula
injection (:func:`neutralise`); every date is an ISO 8601 date
(``2024-06-30``), which spreadsheets read as a date whatever their locale.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable

from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import Calendar, Cell, Table, notice_label

# A spreadsheet runs a cell that starts with one of these as a formula (CSV
# injection), also after blanks or control characters it skips, and in
# their fullwidth forms; a leading apostrophe makes the cell text (OWASP).
_FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_SKIPPED = " \t\r\n\x00\x0b\x0c\u3000"


def neutralise(cell: str) -> str:
    """Return ``cell`` made inert for spreadsheets: formula starts get a leading ``'``.

    A cell is a formula start when, after any leading blanks and control
    characters, it begins with ``=``, ``+``, ``-``, ``@`` or their fullwidth
    forms, or when it begins with a tab or a carriage return.
    """
    if not cell:
        return cell
    if cell[0] in "\t\r" or cell.lstrip(_SKIPPED).startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def _text(cell: Cell) -> str:
    return cell.isoformat() if isinstance(cell, dt.date) else neutralise(cell)


def _write(rows: Iterable[Iterable[Cell]]) -> str:
    import csv  # imported when a CSV is written, not when coordprog starts

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([_text(cell) for cell in row])
    # The byte order mark makes spreadsheet programs read the file as UTF-8.
    return "\ufeff" + buffer.getvalue()


def _noticed(
    header: list[Cell], rows: Iterable[Iterable[Cell]], notices: tuple[str, ...], language: str
) -> list[list[Cell]]:
    """The rows with a last column that repeats the notices on every row, when there are any.

    A CSV has no place outside its grid that every reader sees, and rows
    before the header would break every program that reads it: the
    notices (records that are illustrative, a text not available) go with
    each row, so that no row is read without them.
    """
    if not notices:
        return [header, *map(list, rows)]
    said = " ".join(notices)
    noticed: list[list[Cell]] = [[*header, notice_label(language)]]
    noticed += ([*row, said] for row in rows)
    if len(noticed) == 1:  # no row to carry them: one row of their own
        noticed.append([*([""] * len(header)), said])
    return noticed


def render_table(table: Table) -> str:
    """Render a table: a header row of column labels, then one row per table row.

    A table with notices gets a last column that repeats them on each row.
    """
    header: list[Cell] = [c.label for c in table.columns]
    return _write(_noticed(header, table.rows, table.notices, table.language))


_CALENDAR_HEADERS = {
    "vi": ["Hạn", "Từ ngày", "Đến ngày", "Loại", "Sự kiện", "Mô tả", "Mã"],
    "en": ["due", "start", "end", "kind", "summary", "description", "uid"],
}
_STATE_HEADER = {"vi": "Tình trạng", "en": "state"}


def render_calendar(calendar: Calendar) -> str:
    """Render a calendar: due date, start, end, kind, (state,) summary, description, uid.

    The header row is in the calendar's language (Vietnamese by default);
    a calendar whose entries have a state gets its column beside the kind,
    one with notices a last column that repeats them.
    """
    language = "vi" if calendar.language == "vi" else "en"
    header = list(_CALENDAR_HEADERS[language])
    stated = any(e.state is not None for e in calendar.entries)
    if stated:
        header.insert(4, _STATE_HEADER[language])
    rows = (
        [
            e.due,
            e.start,
            e.end,
            e.shown_category,
            *((e.shown_state,) if stated else ()),
            e.summary,
            e.description,
            e.uid,
        ]
        for e in calendar.entries
    )
    return _write(_noticed(list(header), rows, calendar.notices, calendar.language))


CSV = OutputFormat(
    name="csv",
    suffixes=".csv",
    media_type="text/csv; charset=utf-8",
    renderers={Table: render_table, Calendar: render_calendar},
    description="CSV, UTF-8 with a byte order mark, formulas neutralised.",
)


@hookimpl
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``csv`` format."""
    register(CSV)
