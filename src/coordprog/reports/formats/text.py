"""Built-in format ``text``: plain text, wrapped for reading in a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import assert_never

from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import (
    Block,
    Calendar,
    CalendarEntry,
    Document,
    ItemList,
    Paragraph,
    Recipients,
    Section,
    SignatureBlock,
    Table,
    calendar_table,
    cell_text,
    notice_label,
)

WIDTH = 88


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    import textwrap  # imported when text is written, not when coordprog starts

    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest) or [first]


def _notices(notices: tuple[str, ...], language: str) -> Iterator[str]:
    """Each notice as a wrapped paragraph, marked: "Lưu ý: ...", then a blank line."""
    for notice in notices:
        yield from _wrap(notice, f"{notice_label(language)}: ", "    ")
    if notices:
        yield ""


def _table(table: Table) -> Iterator[str]:
    yield table.title
    yield "=" * min(len(table.title), WIDTH)
    yield from _notices(table.notices, table.language)
    if table.caption:
        yield from _wrap(table.caption)
    for row in table.rows:
        yield ""
        for column, cell in zip(table.columns, row, strict=True):
            if cell:
                yield from _wrap(cell_text(cell, table.language), f"{column.label}: ", "    ")


def _blocks(blocks: tuple[Block, ...], depth: int) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Section):
            heading = block.full_heading
            yield ""
            yield heading
            if depth == 0:
                yield "-" * min(len(heading), WIDTH)
            yield from _blocks(block.blocks, depth + 1)
        elif isinstance(block, Paragraph):
            yield ""
            yield from _wrap(block.text)
        elif isinstance(block, ItemList):
            yield ""
            for index, item in enumerate(block.items, start=1):
                marker = f"{index}. " if block.ordered else "- "
                yield from _wrap(item, marker, " " * len(marker))
        elif isinstance(block, Table):
            yield ""
            yield from _table(block)
        elif isinstance(block, SignatureBlock):
            for s in block.signatures:
                yield ""
                yield " ".join(s.body.split("\n"))
                if s.authority:
                    yield s.authority
                yield s.title
                yield s.name
        elif isinstance(block, Recipients):
            yield ""
            yield f"{block.heading}:"
            for item in block.items:
                yield from _wrap(item, "- ", "  ")
        else:
            assert_never(block)


def render_document(document: Document) -> str:
    """Render a document as wrapped plain text."""
    lines = []
    if document.subtitle:
        lines.append(document.subtitle)
    lines += _wrap(document.title)
    lines += _notices(document.notices, document.language)
    lines += [f"{label}: {value}" for label, value in document.meta]
    lines += _blocks(document.blocks, 0)
    if document.notes:
        lines += ["", "=" * 20]
        lines += _blocks(document.notes, 0)
    return "\n".join(lines) + "\n"


def render_table(table: Table) -> str:
    """Render a table as one block of ``label: value`` lines per row."""
    return "\n".join(_table(table)) + "\n"


def render_calendar(calendar: Calendar) -> str:
    """Render a calendar as one line per entry: due date, kind (and state), summary."""
    lines = [calendar.title, "=" * min(len(calendar.title), WIDTH)]
    lines += _notices(calendar.notices, calendar.language)
    width = max((len(e.shown_category) for e in calendar.entries), default=0)
    states = max((len(e.shown_state) for e in calendar.entries), default=0)

    def state(entry: CalendarEntry) -> str:
        return f"  {entry.shown_state:<{states}}" if states else ""

    lines += [
        f"{cell_text(e.due, calendar.language)}  {e.shown_category:<{width}}{state(e)}  {e.summary}"
        for e in calendar.entries
    ]
    if not calendar.entries:
        lines.append(calendar_table(calendar).caption or "")
    return "\n".join(lines) + "\n"


TEXT = OutputFormat(
    name="text",
    suffixes=".txt",
    media_type="text/plain; charset=utf-8",
    renderers={Document: render_document, Table: render_table, Calendar: render_calendar},
    description="Plain text.",
)


@hookimpl
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``text`` format."""
    register(TEXT)
