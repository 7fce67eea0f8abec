"""Workbooks with openpyxl: one sheet per table, laid out to be read and printed.

Every cell a user's data reaches (the title, the caption, the header labels
and the rows) is written as a string cell, never a formula, whatever it
starts with; every date is a real date cell, shown ``dd/mm/yyyy`` in a
Vietnamese sheet and ``yyyy-mm-dd`` in an English one.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.packaging.core import DocumentProperties
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import DCTERMS_NS

from coordprog.shapes import CALENDAR_LABELS, Calendar, Cell, Table, notice_label

__all__ = ["DATE_STYLES", "render_calendar", "render_table"]

#: Widest a column gets, in characters; longer text wraps.
MAX_WIDTH = 80

#: How a date cell is shown, by the language of the sheet: one style per language.
DATE_STYLES = {"vi": "dd/mm/yyyy", "en": "yyyy-mm-dd"}


def render_table(shape: Table) -> bytes:
    """Render a table as a workbook of one sheet."""
    return _workbook(
        shape.title,
        shape.caption,
        [c.label for c in shape.columns],
        shape.rows,
        shape.language,
        shape.notices,
    )


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar: due date, kind, event, from, to, description; dates as Excel dates."""
    english = shape.language.startswith("en")
    labels: list[str] = [*CALENDAR_LABELS["en" if english else "vi"]]
    labels.append("Description" if english else "Mô tả")
    stated = any(e.state is not None for e in shape.entries)
    if stated:  # the state beside the kind, as the status calendar has both
        labels.insert(2, "State" if english else "Tình trạng")
    rows = [
        (
            e.due,
            e.shown_category,
            *((e.shown_state,) if stated else ()),
            e.summary,
            e.start,
            e.end,
            e.description,
        )
        for e in shape.entries
    ]
    empty = ("No events." if english else "Không có sự kiện nào.") if not rows else None
    return _workbook(shape.title, empty, labels, rows, shape.language, shape.notices)


class _Undated:
    """File properties without dates: a table carries none, and the clock is not the caller's.

    openpyxl requires both dates and stamps them with the clock; they are
    left out of what is written instead.
    """

    def __init__(self, properties: DocumentProperties) -> None:
        self.properties = properties

    def to_tree(self) -> Any:
        tree = self.properties.to_tree()
        for child in list(tree):
            if child.tag in _DATES:
                tree.remove(child)
        return tree


_DATES = {f"{{{DCTERMS_NS}}}created", f"{{{DCTERMS_NS}}}modified"}


def _put(sheet: Worksheet, row: int, column: int, value: Cell, date_style: str) -> SheetCell:
    """Write ``value`` at (row, column): text always as text, a date as a date."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        # openpyxl takes a string starting with "=" for a formula: whatever a
        # program's data holds is stored as text, never run (formula injection).
        cell.data_type = "s"
    else:
        cell.number_format = date_style
    return cell


def _workbook(
    title: str,
    caption: str | None,
    labels: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    language: str,
    notices: Sequence[str] = (),
) -> bytes:
    book = Workbook()
    english = language.startswith("en")
    date_style = DATE_STYLES["en" if english else "vi"]
    book.properties = _Undated(
        DocumentProperties(creator="", title=title, language="en-US" if english else "vi-VN")
    )
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = "Sheet1" if english else "Bang"
    _put(sheet, 1, 1, title, date_style).font = Font(bold=True, size=13)
    header_row = 2
    # What a reader must know first (illustrative records, a text not
    # available), each on a row of its own under the title.
    for notice in notices:
        said = f"{notice_label(language)}: {notice}"
        _put(sheet, header_row, 1, said, date_style).font = Font(italic=True, bold=True)
        header_row += 1
    if caption:
        _put(sheet, header_row, 1, caption, date_style).font = Font(italic=True)
        header_row += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, label in enumerate(labels, start=1):
        cell = _put(sheet, header_row, column, label, date_style)
        cell.font = Font(bold=True)
        cell.alignment = wrap
    # Cells are written by their coordinates: Worksheet.max_row and
    # sheet[row] scan every cell written so far, which made a long table
    # quadratic (10,000 rows took 80 s).
    for number, row in enumerate(rows, start=header_row + 1):
        for column, value in enumerate(row, start=1):
            _put(sheet, number, column, value, date_style).alignment = wrap
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
    # Workbook.save stamps the file "modified" with the clock: the writer
    # itself leaves the properties as given, so the same table gives the
    # same file on every day.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
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
