"""Workbooks with openpyxl: one sheet per table, laid out to be read and printed."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from coordprog.shapes import CALENDAR_LABELS, Calendar, Table

__all__ = ["render_calendar", "render_table"]

#: Widest a column gets, in characters; longer text wraps.
MAX_WIDTH = 80
#: Characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | dt.date


def render_table(shape: Table) -> bytes:
    """Render a table as a workbook of one sheet."""
    return _workbook(
        shape.title, shape.caption, [c.label for c in shape.columns], shape.rows, shape.language
    )


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar: due date, kind, event, from, to, description; dates as Excel dates."""
    english = shape.language.startswith("en")
    labels = [*CALENDAR_LABELS["en" if english else "vi"], "Description" if english else "Mô tả"]
    rows = [
        (e.due, e.shown_category, e.summary, e.start, e.end, e.description) for e in shape.entries
    ]
    empty = ("No events." if english else "Không có sự kiện nào.") if not rows else None
    return _workbook(shape.title, empty, labels, rows, shape.language)


def _workbook(
    title: str,
    caption: str | None,
    labels: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    language: str,
) -> bytes:
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = "Sheet1" if language.startswith("en") else "Bang"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    header_row = 2
    if caption:
        sheet.append([caption])
        sheet["A2"].font = Font(italic=True)
        header_row = 3
    sheet.append(list(labels))
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    # Cells are written by their coordinates: Worksheet.max_row and
    # sheet[row] scan every cell written so far, which made a long table
    # quadratic (10,000 rows took 80 s).
    for number, row in enumerate(rows, start=header_row + 1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            cell.alignment = wrap
            if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
                cell.data_type = "s"  # stored as text: never evaluated
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd" if language.startswith("en") else "dd/mm/yyyy"
    if rows:
        last = get_column_letter(len(labels))
        sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + len(rows)}"
    sheet.freeze_panes = f"A{header_row + 1}"
    widths = [_width(label, [row[i] for row in rows]) for i, label in enumerate(labels)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    # Spreadsheets do not grow a row for wrapped text they did not lay out
    # themselves: give each row the height of its longest cell.
    for number, row in enumerate(rows, start=header_row + 1):
        sheet.row_dimensions[number].height = _height(row, widths)
    sheet.row_dimensions[header_row].height = _height(labels, widths)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


#: Points per line of 11 pt text.
LINE_HEIGHT = 15


def _height(row: Sequence[Cell], widths: Sequence[float]) -> float:
    """The height of a row whose cells wrap within their columns' widths, in points."""
    lines = 1
    for cell, width in zip(row, widths, strict=True):
        if isinstance(cell, str) and cell:
            # A column's width counts digit widths; proportional text fits a little more.
            per_line = max(width * 1.15 - 1, 1)
            parts = cell.split("\n")
            lines = max(lines, sum(math.ceil(len(part) / per_line) or 1 for part in parts))
    return float(lines * LINE_HEIGHT)


def _width(label: str, cells: Sequence[Cell]) -> float:
    """A column's width in characters: its longest word at least, its typical cell at most 80."""
    texts = [c if isinstance(c, str) else "00/00/0000" for c in cells]
    longest_word = max((len(word) for text in (label, *texts) for word in text.split()), default=4)
    mean = sum(len(text) for text in texts) / max(len(texts), 1)
    typical = max(len(label) * 0.6, math.sqrt(mean) * 5, mean if mean < 24 else 0)
    return float(min(MAX_WIDTH, max(longest_word + 2, typical + 2, 8)))
