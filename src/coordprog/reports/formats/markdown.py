"""Built-in format ``markdown``: CommonMark with pipe tables, every text escaped."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import assert_never

from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import (
    Block,
    Calendar,
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

# Characters that start Markdown syntax anywhere in a line, and at its start.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LEADING = re.compile(r"^([#+\-=>]|\d+(?=[.)]))")
_WHITE_START = re.compile(r"^[ \t]+")
# Every character str.splitlines() breaks at: a lone CR or a Unicode line
# separator must not end a table row or start a block.
_LINE_BREAKS = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def inline(text: str) -> str:
    """Escape ``text`` for a place inside one line (heading, table cell, list item).

    Markup characters get a backslash; every line break becomes ``<br>``,
    so the text stays on its line whatever breaks it holds.
    """
    if not text:
        return text
    # A function, not the template r"\\\1": re expands a template in Python
    # on every call, and tables call this for each of their cells.
    escaped = _INLINE.sub(_escaped, text)
    if escaped.isprintable():
        return escaped
    return _LINE_BREAKS.sub("<br>", escaped)


def _escaped(match: re.Match[str]) -> str:
    return "\\" + match.group(1)


def escape(text: str) -> str:
    """Escape ``text`` for the start of a block: no list, heading, quote or code block starts."""
    escaped = inline(text)
    # Leading blanks would make an indented code block: write them as entities.
    escaped = _WHITE_START.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), escaped)
    return _LEADING.sub(lambda m: _leading(m.group(1)), escaped)


def _leading(start: str) -> str:
    # "1." starts an ordered list: escape the punctuation, "1\\.", which
    # CommonMark shows as "1."; a backslash before a digit would show.
    return start + "\\" if start[0].isdigit() else "\\" + start


def _cell(text: str) -> str:
    return inline(text)


def _table_lines(headers: list[str], rows: list[list[str]]) -> Iterator[str]:
    yield "| " + " | ".join(_cell(h) for h in headers) + " |"
    yield "|" + "|".join("---" for _ in headers) + "|"
    for row in rows:
        yield "| " + " | ".join(_cell(c) for c in row) + " |"


def _blocks(blocks: tuple[Block, ...], level: int) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Section):
            heading = block.full_heading
            yield "#" * min(level, 6) + " " + _cell(heading)
            yield ""
            yield from _blocks(block.blocks, level + 1)
        elif isinstance(block, Paragraph):
            yield escape(block.text)
            yield ""
        elif isinstance(block, ItemList):
            for index, item in enumerate(block.items, start=1):
                marker = f"{index}." if block.ordered else "-"
                yield f"{marker} {escape(item)}"
            yield ""
        elif isinstance(block, Table):
            yield from _table(block, level)
        elif isinstance(block, SignatureBlock):
            signatures = block.signatures
            bodies = [" ".join(s.body.split("\n")) for s in signatures]
            rows = [
                [s.authority or "" for s in signatures],
                [s.title for s in signatures],
                [s.name for s in signatures],
            ]
            rows = [row for row in rows if any(row)]
            yield from _table_lines(bodies, rows)
            yield ""
        elif isinstance(block, Recipients):
            yield f"**{_cell(block.heading)}:**"
            yield ""
            yield from (f"- {escape(item)}" for item in block.items)
            yield ""
        else:
            assert_never(block)


def _notices(notices: tuple[str, ...], language: str) -> Iterator[str]:
    """Each notice as a quoted paragraph, marked: "> **Lưu ý:** ..."."""
    for notice in notices:
        yield f"> **{notice_label(language)}:** {escape(notice)}"
        yield ""


def _table(table: Table, level: int) -> Iterator[str]:
    yield "#" * min(level, 6) + " " + _cell(table.title)
    yield ""
    yield from _notices(table.notices, table.language)
    if table.caption:
        yield escape(table.caption)
        yield ""
    if table.rows:  # an empty table is its caption alone, not a grid of headers
        language = table.language
        rows = [[cell_text(cell, language) for cell in row] for row in table.rows]
        yield from _table_lines([c.label for c in table.columns], rows)
        yield ""


def render_document(document: Document) -> str:
    """Render a document: title, metadata list, its sections, then its notes after a rule."""
    lines = []
    if document.subtitle:
        lines += [f"**{_cell(document.subtitle)}**", ""]
    lines += [f"# {_cell(document.title)}", ""]
    lines += _notices(document.notices, document.language)
    lines += [f"- **{_cell(label)}:** {_cell(value)}" for label, value in document.meta]
    if document.meta:
        lines.append("")
    lines += _blocks(document.blocks, 2)
    if document.notes:
        lines += ["---", ""]
        lines += _blocks(document.notes, 2)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_table(table: Table) -> str:
    """Render a table under a level-one heading."""
    return "\n".join(_table(table, 1)).rstrip("\n") + "\n"


def render_calendar(calendar: Calendar) -> str:
    """Render a calendar as a table: due date, kind, event, window."""
    return render_table(calendar_table(calendar))


MARKDOWN = OutputFormat(
    name="markdown",
    suffixes=(".md", ".markdown"),
    media_type="text/markdown; charset=utf-8",
    renderers={Document: render_document, Table: render_table, Calendar: render_calendar},
    description="Markdown (CommonMark with pipe tables).",
)


@hookimpl
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``markdown`` format."""
    register(MARKDOWN)
