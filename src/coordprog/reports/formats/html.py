"""Built-in format ``html``: one self-contained, accessible page, every text escaped.

A document with a letterhead is laid out as an office sends it (Decree
30/2020/NĐ-CP, and the Party's guidance for Party documents): the issuing
bodies and the number line at the left, the motto or the Party's name and
the place and date at the right, the type and title centred over a drawn
rule, the signatures side by side and *Nơi nhận* below them; what the file
says about the document beyond its text (``meta`` and ``notes``) follows
it, apart, on screen only.  A wide table reads as a grid on a large screen
and as one card per row on a phone (CSS only, no script).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import assert_never

from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import (
    Block,
    Calendar,
    Cell,
    Document,
    ItemList,
    Letterhead,
    Paragraph,
    Recipients,
    Section,
    SignatureBlock,
    Table,
    calendar_table,
    cell_text,
    notice_label,
)

#: Below this width a wide table shows one card per row instead of a grid.
CARDS_BELOW = "48rem"

_STYLE = f"""
body {{ font-family: "Times New Roman", Times, serif; line-height: 1.5; margin: 2rem auto;
       max-width: 50rem; padding: 0 1rem; color: #111; background: #fff; }}
h1 {{ font-size: 1.4rem; text-align: center; margin-bottom: .3rem; }}
.kind {{ text-align: center; font-weight: bold; margin-bottom: 0; }}
hr.rule {{ width: 25%; margin: .2rem auto 1.2rem; border: 0; border-top: 1px solid #111; }}
table {{ border-collapse: collapse; width: 100%; margin: 1rem 0; }}
th, td {{ border: 1px solid #555; padding: .3rem .5rem; vertical-align: top; text-align: left; }}
caption {{ text-align: left; font-style: italic; margin-bottom: .3rem; }}
p.notice {{ border: 2px solid #a15c00; background: #fff4e0; padding: .5rem .8rem; }}
.signatures {{ display: flex; justify-content: space-between; gap: 2rem; margin-top: 2rem; }}
.signature {{ flex: 1; display: flex; flex-direction: column; text-align: center;
  font-weight: bold; }}
.signature .line {{ display: block; }}
.signature .name {{ margin-top: auto; padding-top: 4rem; }}
.signatures.one {{ justify-content: flex-end; }}
.signatures.one .signature {{ flex: 0 1 50%; }}
dl.meta {{ display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }}
dl.meta dt {{ font-weight: bold; }}
dl.meta dd {{ margin: 0; }}
.recipients {{ font-size: .85rem; margin-top: 2rem; }}
.recipients p {{ margin: 0; }}
.recipients ul {{ list-style: "- "; margin: 0; padding-left: 1rem; }}
.letterhead {{ display: grid; grid-template-columns: 11fr 9fr; gap: 1rem; text-align: center;
              margin-bottom: 1.5rem; }}
.letterhead p {{ margin: 0; }}
.letterhead .line {{ display: block; }}
.letterhead .issuers {{ display: flex; justify-content: center; gap: 1.5rem; }}
.letterhead .issuer {{ font-weight: bold; }}
.letterhead .number {{ white-space: nowrap; margin-top: .3rem; }}
.letterhead .number .blank {{ display: inline-block; min-width: 3em; }}
.letterhead .under {{ display: inline-block; font-weight: bold; padding-bottom: 1px;
                     border-bottom: 1px solid #111; }}
.letterhead .motto {{ font-weight: bold; white-space: nowrap; }}
.letterhead .date {{ font-style: italic; margin-top: .5rem; }}
.letterhead hr {{ width: 40%; margin: .2rem auto; border: 0; border-top: 1px solid #111; }}
aside.notes {{ margin-top: 3rem; padding-top: 1rem; border-top: 3px double #555; }}
body.office main > section h2, body.office main > section h3, body.office main > section h4 {{
  font-size: 1rem; margin: .8rem 0 .3rem; }}
body.office main > p:not(.kind), body.office main > section p {{ text-align: justify;
  text-indent: 2rem; margin: .3rem 0; }}
body.office main > section ul {{ list-style: "- "; padding-left: 0; margin: .3rem 0; }}
body.office main > section li {{ text-align: justify; text-indent: 2rem;
  list-style-position: inside; }}
.scroll {{ overflow-x: auto; }}
body.wide {{ max-width: none; }}
@media (max-width: 40rem) {{
  body {{ margin: 1rem auto; }}
  .letterhead, dl.meta {{ grid-template-columns: 1fr; }}
  .letterhead .motto {{ white-space: normal; }}
  .signatures {{ flex-direction: column; }}
}}
@media (max-width: {CARDS_BELOW}) {{
  table.cards, table.cards tbody, table.cards tr, table.cards td {{ display: block; }}
  table.cards thead {{ position: absolute; width: 1px; height: 1px; overflow: hidden;
                      clip: rect(0 0 0 0); white-space: nowrap; }}
  table.cards tr {{ border: 1px solid #555; border-radius: .3rem; margin: 0 0 .8rem;
                   padding: .4rem .6rem; }}
  table.cards td {{ border: 0; padding: .1rem 0; }}
  table.cards td:empty {{ display: none; }}
  table.cards td::before {{ content: attr(data-label) ": "; font-weight: bold; }}
  table.cards td:first-child {{ font-weight: bold; }}
  table.cards td:first-child::before {{ content: none; }}
  table.cards caption {{ display: block; }}
}}
@page {{ size: A4; margin: 20mm 15mm 20mm 30mm; }}
@page wide {{ size: A4 landscape; margin: 15mm; }}
@media print {{
  body {{ max-width: none; margin: 0; padding: 0; font-size: 13pt; }}
  body.wide {{ page: wide; font-size: 10pt; }}
  .scroll {{ overflow: visible; }}
  thead {{ display: table-header-group; }}
  tr, .signature, .recipients, .letterhead {{ break-inside: avoid; }}
  h1, h2, h3, h4, h5, h6 {{ break-after: avoid; }}
  .signed {{ break-inside: avoid; }}
  .new-page {{ break-before: page; }}
  aside.notes, dl.meta.about {{ display: none; }}
}}
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


def _lines(text: str) -> str:
    """``text`` escaped, each of its lines a block of its own (a name's line breaks)."""
    parts = text.split("\n")
    if len(parts) == 1:
        return _e(text)
    return "".join(f'<span class="line">{_e(part)}</span>' for part in parts)


def _page(
    title: str, language: str, body: Iterator[str], *, wide: bool = False, office: bool = False
) -> str:
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        '<body class="wide">' if wide else '<body class="office">' if office else "<body>",
        "<main>",
    ]
    return "\n".join([*head, *body, "</main>", "</body>", "</html>"]) + "\n"


#: A table with more columns than this is laid out across the page (printed
#: landscape when it is the page) and as cards on a phone.
WIDE_COLUMNS = 5


def _cell(cell: Cell, language: str) -> str:
    if isinstance(cell, dt.date):
        return f'<time datetime="{cell.isoformat()}">{cell_text(cell, language)}</time>'
    return _e(cell)


def _notices(notices: tuple[str, ...], language: str) -> Iterator[str]:
    """Each notice as a marked paragraph in a box of its own, read before anything else."""
    for notice in notices:
        yield (
            f'<p class="notice" role="note"><strong>{_e(notice_label(language))}:</strong> '
            f"{_e(notice)}</p>"
        )


def _table(table: Table, level: int) -> Iterator[str]:
    yield f"<h{level}>{_e(table.title)}</h{level}>"
    yield from _notices(table.notices, table.language)
    if not table.rows:  # an empty table is its caption alone, not a grid of headers
        if table.caption:
            yield f'<p class="caption">{_e(table.caption)}</p>'
        return
    cards = len(table.columns) > WIDE_COLUMNS
    yield '<div class="scroll"><table class="cards">' if cards else '<div class="scroll"><table>'
    if table.caption:
        yield f"<caption>{_e(table.caption)}</caption>"
    yield (
        "<thead><tr>"
        + "".join(f'<th scope="col">{_e(c.label)}</th>' for c in table.columns)
        + "</tr></thead>"
    )
    yield "<tbody>"
    labels = [f' data-label="{_e(c.label)}"' if cards else "" for c in table.columns]
    for row in table.rows:
        yield (
            "<tr>"
            + "".join(
                f"<td{label}>{_cell(cell, table.language)}</td>"
                for label, cell in zip(labels, row, strict=True)
            )
            + "</tr>"
        )
    yield "</tbody>"
    yield "</table></div>"


def _signatures(block: SignatureBlock) -> Iterator[str]:
    one = len(block.signatures) == 1  # one signature sits on the right
    yield '<div class="signatures one">' if one else '<div class="signatures">'
    for s in block.signatures:
        authority = f'<span class="line">{_e(s.authority)}</span>' if s.authority else ""
        yield (
            f'<div class="signature"><span class="line">{_lines(s.body)}</span>{authority}'
            f'<span class="line">{_e(s.title)}</span>'
            f'<span class="line name">{_e(s.name) or "&nbsp;"}</span></div>'
        )
    yield "</div>"


def _blocks(blocks: tuple[Block, ...], level: int, language: str) -> Iterator[str]:
    signed = False
    for block in blocks:
        if isinstance(block, Section):
            yield '<section class="new-page">' if block.new_page else "<section>"
            yield f"<h{min(level, 6)}>{_e(block.full_heading)}</h{min(level, 6)}>"
            yield from _blocks(block.blocks, level + 1, language)
            yield "</section>"
        elif isinstance(block, Paragraph):
            yield f"<p>{_e(block.text)}</p>"
        elif isinstance(block, ItemList):
            tag = "ol" if block.ordered else "ul"
            yield f"<{tag}>" + "".join(f"<li>{_e(item)}</li>" for item in block.items) + f"</{tag}>"
        elif isinstance(block, Table):
            yield from _table(block, min(level, 6))
        elif isinstance(block, SignatureBlock):
            # The signatures and Nơi nhận after them print on one page.
            yield '<div class="signed">'
            signed = True
            yield from _signatures(block)
        elif isinstance(block, Recipients):
            yield '<div class="recipients">'
            yield f"<p><strong><em>{_e(block.heading)}:</em></strong></p>"
            yield "<ul>" + "".join(f"<li>{_e(item)}</li>" for item in block.items) + "</ul>"
            yield "</div>"
        else:
            assert_never(block)
    if signed:
        yield "</div>"


def _issuer(parent: str | None, issuer: str, party: bool) -> Iterator[str]:
    if parent:
        yield f'<p class="parent">{_lines(parent)}</p>'
    yield f'<p class="issuer">{_lines(issuer)}</p>'
    yield "<p>*</p>" if party else "<hr>"


def _letterhead(head: Letterhead) -> Iterator[str]:
    """The heading block as Decree 30 lays it out: issuers left, motto and date right."""
    yield '<header class="letterhead">'
    yield "<div>"
    parents = head.parents or (None,) * len(head.issuers)
    if (head.parents or head.side_by_side) and len(head.issuers) > 1:
        # Each issuer under its parent body, with its own family's mark, side by side.
        yield '<div class="issuers">'
        for index, (parent, issuer) in enumerate(zip(parents, head.issuers, strict=True)):
            yield "<div>"
            yield from _issuer(parent, issuer, head.family(index) == "party")
            yield "</div>"
        yield "</div>"
    else:
        for parent, issuer in zip(parents, head.issuers, strict=True):
            if parent:
                yield f'<p class="parent">{_lines(parent)}</p>'
            yield f'<p class="issuer">{_lines(issuer)}</p>'
        yield "<p>*</p>" if head.family(0) == "party" else "<hr>"
    line = head.number_line(blank="\x00")
    if line is not None:
        shown = _e(line).replace("\x00", '<span class="blank"></span>')
        yield f'<p class="number">{shown}</p>'
    yield "</div>"
    yield "<div>"
    if head.motto == "party":
        yield '<p><span class="under">ĐẢNG CỘNG SẢN VIỆT NAM</span></p>'
    elif head.motto == "state":
        yield '<p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>'
        yield '<p><span class="under">Độc lập - Tự do - Hạnh phúc</span></p>'
    if head.place_date:
        yield f'<p class="date">{_e(head.place_date)}</p>'
    yield "</div>"
    yield "</header>"


def _meta(document: Document, about: bool) -> Iterator[str]:
    if document.meta:
        yield '<dl class="meta about">' if about else '<dl class="meta">'
        for label, value in document.meta:
            yield f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>"
        yield "</dl>"


def render_document(document: Document) -> str:
    """Render a document as a page: letterhead, type, title, body, signatures, then notes.

    With a letterhead the page is the document as an office sends it, and
    ``meta`` and ``notes`` follow it apart (not printed); without one,
    ``meta`` is listed under the title.
    """
    office = document.letterhead is not None

    def body() -> Iterator[str]:
        if document.letterhead is not None:
            yield from _letterhead(document.letterhead)
        if document.subtitle:
            yield f'<p class="kind">{_e(document.subtitle)}</p>'
        yield f"<h1>{_e(document.title)}</h1>"
        if office:
            # The rule belongs to the title; a notice follows it.
            yield '<hr class="rule">'
        yield from _notices(document.notices, document.language)
        if not office:
            yield from _meta(document, about=False)
        yield from _blocks(document.blocks, 2, document.language)
        if (office and document.meta) or document.notes:
            yield '<aside class="notes">'
            if office:
                yield from _meta(document, about=True)
            yield from _blocks(document.notes, 2, document.language)
            yield "</aside>"

    return _page(document.title, document.language, body(), office=office)


def render_table(table: Table) -> str:
    """Render a table as a page; a wide one uses the window's width and prints landscape."""
    return _page(
        table.title, table.language, _table(table, 1), wide=len(table.columns) > WIDE_COLUMNS
    )


def render_calendar(calendar: Calendar) -> str:
    """Render a calendar as a page with a table of dated events (and their state)."""
    return render_table(calendar_table(calendar))


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
