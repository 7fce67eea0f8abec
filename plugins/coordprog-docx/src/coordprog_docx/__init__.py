"""The ``docx`` format for coordprog: Word documents laid out per Decree 30/2020/NĐ-CP.

Documents (the ``program`` report) become administrative documents;
tables and calendars (``matrix``, ``schedule``) become Word tables.  The
renderers live in :mod:`coordprog_docx._render`, imported on first use, so
that loading the plugin does not cost every coordprog start-up the import
of python-docx.
"""

from __future__ import annotations

from collections.abc import Callable

import coordprog
from coordprog.shapes import Calendar, Document, Table

__all__ = ["DOCX", "render_calendar", "render_document", "render_table"]


def render_document(shape: Document) -> bytes:
    """Render a document as an administrative document."""
    from coordprog_docx import _render

    return _render.render_document(shape)


def render_table(shape: Table) -> bytes:
    """Render a table as a landscape page with a Word table."""
    from coordprog_docx import _render

    return _render.render_table(shape)


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar as a Word table of due dates, kinds and events."""
    from coordprog_docx import _render

    return _render.render_calendar(shape)


DOCX = coordprog.OutputFormat(
    name="docx",
    suffixes=".docx",
    media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    renderers={Document: render_document, Table: render_table, Calendar: render_calendar},
    description="Word documents laid out per Decree 30/2020/NĐ-CP.",
    binary=True,
)


@coordprog.hookimpl
def coordprog_register_formats(register: Callable[[coordprog.OutputFormat], None]) -> None:
    """Register the ``docx`` format."""
    register(DOCX)
