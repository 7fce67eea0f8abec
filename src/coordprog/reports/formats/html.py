"""Built-in format ``html``: one self-contained, accessible page, every text escaped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import assert_never

from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import (
    CALENDAR_LABELS,
    Block,
    Calendar,
    Document,
    ItemList,
    Letterhead,
    Paragraph,
    Recipients,
    Section,
    SignatureBlock,
    Table,
    calendar_table,
)

_STYLE = """
body { font-family: "Times New Roman", Times, serif; line-height: 1.5; margin: 2rem auto;
       max-width: 50rem; padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.4rem; text-align: center; }
.kind { text-align: center; font-weight: bold; margin-bottom: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #555; padding: .3rem .5rem; vertical-align: top; text-align: left; }
caption { text-align: left; font-style: italic; margin-bottom: .3rem; }
.signatures { display: flex; justify-content: space-between; gap: 2rem; margin-top: 2rem; }
.signature { flex: 1; text-align: center; }
.signature .name { margin-top: 4rem; font-weight: bold; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.recipients { font-size: .85rem; margin-top: 2rem; }
.recipients p { margin: 0; }
.recipients ul { list-style: "- "; margin: 0; padding-left: 1rem; }
.letterhead { display: grid; grid-template-columns: 2fr 3fr; gap: 1rem; text-align: center;
              margin-bottom: 1.5rem; }
.letterhead p { margin: 0; }
.letterhead .issuer { font-weight: bold; text-transform: uppercase; }
.letterhead .motto { font-weight: bold; white-space: nowrap; }
.letterhead .motto2 { font-weight: bold; text-decoration: underline; }
.letterhead .party { font-weight: bold; text-decoration: underline; }
.letterhead .date { font-style: italic; margin-top: .5rem; }
.letterhead hr { width: 40%; margin: .2rem auto; border: 0; border-top: 1px solid #111; }
.scroll { overflow-x: auto; }
body.wide { max-width: none; }
@media (max-width: 40rem) {
  body { margin: 1rem auto; }
  .letterhead, dl.meta { grid-template-columns: 1fr; }
  .letterhead .motto { white-space: normal; }
  .signatures { flex-direction: column; }
}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page wide { size: A4 landscape; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 13pt; }
  body.wide { page: wide; font-size: 10pt; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr, .signature, .recipients, .letterhead { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  .signatures { break-inside: avoid; break-after: avoid; }
  .new-page { break-before: page; }
}
"""


def _e(text: str) -> str:
    # What html.escape(text, quote=True) does; importing the html package
    # would also load its table of named entities, at every start.
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def _page(title: str, language: str, body: Iterator[str], *, wide: bool = False) -> str:
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        '<body class="wide">' if wide else "<body>",
        "<main>",
    ]
    return "\n".join([*head, *body, "</main>", "</body>", "</html>"]) + "\n"


def _table(table: Table, level: int) -> Iterator[str]:
    yield f"<h{level}>{_e(table.title)}</h{level}>"
    if not table.rows:  # an empty table is its caption alone, not a grid of headers
        if table.caption:
            yield f'<p class="caption">{_e(table.caption)}</p>'
        return
    yield '<div class="scroll"><table>'
    if table.caption:
        yield f"<caption>{_e(table.caption)}</caption>"
    yield (
        "<thead><tr>"
        + "".join(f'<th scope="col">{_e(c.label)}</th>' for c in table.columns)
        + "</tr></thead>"
    )
    yield "<tbody>"
    for row in table.rows:
        yield "<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>"
    yield "</tbody>"
    yield "</table></div>"


def _blocks(blocks: tuple[Block, ...], level: int) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Section):
            yield '<section class="new-page">' if block.new_page else "<section>"
            yield f"<h{min(level, 6)}>{_e(block.full_heading)}</h{min(level, 6)}>"
            yield from _blocks(block.blocks, level + 1)
            yield "</section>"
        elif isinstance(block, Paragraph):
            yield f"<p>{_e(block.text)}</p>"
        elif isinstance(block, ItemList):
            tag = "ol" if block.ordered else "ul"
            yield f"<{tag}>" + "".join(f"<li>{_e(item)}</li>" for item in block.items) + f"</{tag}>"
        elif isinstance(block, Table):
            yield from _table(block, min(level, 6))
        elif isinstance(block, SignatureBlock):
            yield '<div class="signatures">'
            for s in block.signatures:
                authority = f"<div>{_e(s.authority)}</div>" if s.authority else ""
                yield (
                    f'<div class="signature"><div><strong>{_e(s.body)}</strong></div>{authority}'
                    f"<div><strong>{_e(s.title)}</strong></div>"
                    f'<div class="name">{_e(s.name)}</div></div>'
                )
            yield "</div>"
        elif isinstance(block, Recipients):
            yield '<div class="recipients">'
            yield f"<p><strong><em>{_e(block.heading)}:</em></strong></p>"
            yield "<ul>" + "".join(f"<li>{_e(item)}</li>" for item in block.items) + "</ul>"
            yield "</div>"
        else:
            assert_never(block)


def _letterhead(head: Letterhead) -> Iterator[str]:
    """The heading block as Decree 30 lays it out: issuers left, motto and date right."""
    yield '<header class="letterhead">'
    yield "<div>"
    parents = head.parents or (None,) * len(head.issuers)
    for parent, issuer in zip(parents, head.issuers, strict=True):
        if parent:
            yield f'<p class="parent">{_e(parent)}</p>'
        yield f'<p class="issuer">{_e(issuer)}</p>'
    yield "<p>*</p>" if head.motto == "party" else "<hr>"
    if head.number:
        yield f"<p>Số: {_e(head.number)}</p>"
    yield "</div>"
    yield "<div>"
    if head.motto == "party":
        yield '<p class="party">ĐẢNG CỘNG SẢN VIỆT NAM</p>'
    elif head.motto == "state":
        yield '<p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>'
        yield '<p class="motto2">Độc lập - Tự do - Hạnh phúc</p>'
    if head.place_date:
        yield f'<p class="date">{_e(head.place_date)}</p>'
    yield "</div>"
    yield "</header>"


def render_document(document: Document) -> str:
    """Render a document as a page: kind, title, metadata, sections, signatures."""

    def body() -> Iterator[str]:
        if document.letterhead is not None:
            yield from _letterhead(document.letterhead)
        if document.subtitle:
            yield f'<p class="kind">{_e(document.subtitle)}</p>'
        yield f"<h1>{_e(document.title)}</h1>"
        if document.meta:
            yield '<dl class="meta">'
            for label, value in document.meta:
                yield f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>"
            yield "</dl>"
        yield from _blocks(document.blocks, 2)

    return _page(document.title, document.language, body())


#: A table page with more columns than this is laid out across the page, printed landscape.
WIDE_COLUMNS = 5


def render_table(table: Table) -> str:
    """Render a table as a page; a wide one uses the window's width and prints landscape."""
    return _page(
        table.title, table.language, _table(table, 1), wide=len(table.columns) > WIDE_COLUMNS
    )


def render_calendar(calendar: Calendar) -> str:
    """Render a calendar as a page with a table of dated events."""

    def body() -> Iterator[str]:
        yield f"<h1>{_e(calendar.title)}</h1>"
        if not calendar.entries:
            yield f'<p class="caption">{_e(calendar_table(calendar).caption or "")}</p>'
            return
        english = calendar.language.startswith("en")
        yield '<div class="scroll"><table>'
        yield (
            "<thead><tr>"
            + "".join(
                f'<th scope="col">{_e(label)}</th>'
                for label in CALENDAR_LABELS["en" if english else "vi"]
            )
            + "</tr></thead>"
        )
        yield "<tbody>"
        shown = "%Y-%m-%d" if english else "%d/%m/%Y"
        for e in calendar.entries:
            yield (
                f'<tr><td><time datetime="{e.due.isoformat()}">{e.due:{shown}}</time></td>'
                f"<td>{_e(e.shown_category)}</td><td>{_e(e.summary)}</td>"
                f'<td><time datetime="{e.start.isoformat()}">{e.start:{shown}}</time></td>'
                f'<td><time datetime="{e.end.isoformat()}">{e.end:{shown}}</time></td></tr>'
            )
        yield "</tbody>"
        yield "</table></div>"

    return _page(calendar.title, calendar.language, body())


HTML = OutputFormat(
    name="html",
    suffixes=(".html", ".htm"),
    media_type="text/html; charset=utf-8",
    renderers={Document: render_document, Table: render_table, Calendar: render_calendar},
    description="A self-contained HTML page.",
)


@hookimpl
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``html`` format."""
    register(HTML)
