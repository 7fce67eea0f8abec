"""The ``xlsx`` format for coordprog: tables and calendars as Excel workbooks.

The matrix, the schedule and the status tables become one sheet each.  The
renderers live in :mod:`coordprog_xlsx._render`, imported on first use, so
that loading the plugin does not cost every coordprog start-up the import
of openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable

import coordprog
from coordprog.shapes import Calendar, Table

__all__ = ["XLSX", "render_calendar", "render_table"]


def render_table(shape: Table) -> bytes:
    """Render a table as a workbook of one sheet."""
    from coordprog_xlsx import _render

    return _render.render_table(shape)


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar as a workbook: due date, kind, event, window, description."""
    from coordprog_xlsx import _render

    return _render.render_calendar(shape)


XLSX = coordprog.OutputFormat(
    name="xlsx",
    suffixes=".xlsx",
    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    renderers={Table: render_table, Calendar: render_calendar},
    description="Excel workbooks: frozen header, fitted columns, wrapped text, real dates.",
    binary=True,
)


@coordprog.hookimpl
def coordprog_register_formats(register: Callable[[coordprog.OutputFormat], None]) -> None:
    """Register the ``xlsx`` format."""
    register(XLSX)
