"""Rendering shapes to Word documents (imported only when a docx is rendered).

The ``docx`` format for coordprog: Word documents laid out per Decree 30/2020/NĐ-CP.

Documents (the ``program`` report) become administrative documents: A4,
Times New Roman, the margins and type sizes of the decree's Appendix I; the
letterhead with the issuing bodies at the left and the national motto or
the Party's name at the right, the number and symbol and the place and
date beneath them; the document type and title centred; the body with the
original numbering; the signatures side by side; the recipients (*Nơi
nhận*) at the lower left.  Tables and calendars (``matrix``, ``schedule``)
become Word tables.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import assert_never

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from coordprog.shapes import (
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

__all__ = ["render_calendar", "render_document", "render_table"]

FONT = "Times New Roman"
BODY_SIZE = Pt(14)
MOTTOS = {
    "state": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    "party": ("ĐẢNG CỘNG SẢN VIỆT NAM", None),
}


def _new(landscape: bool = False) -> WordDocument:
    document = new_document()
    section = document.sections[0]
    # Appendix I of Decree 30: A4; top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = BODY_SIZE
    # Word picks the East Asian font separately; Vietnamese must not fall back.
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(6)
    return document


def _text(
    paragraph: WordParagraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: Pt | None = None,
    underline: bool = False,
) -> None:
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    if size is not None:
        run.font.size = size


def _line(
    container: WordDocument | _Cell,
    text: str,
    *,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    **style: object,
) -> WordParagraph:
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    _text(paragraph, text, **style)  # type: ignore[arg-type]
    return paragraph


def _plain_table(document: WordDocument, columns: int) -> tuple[_Cell, ...]:
    table = document.add_table(rows=1, cols=columns)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = True
    return tuple(table.rows[0].cells)


def _letterhead(document: WordDocument, head: Letterhead) -> None:
    left, right = _plain_table(document, 2)
    for issuer in head.issuers:
        _line(left, issuer, bold=True, size=Pt(13))
    _line(left, "*", size=Pt(13))
    if head.number:
        _line(left, f"Số: {head.number}", size=Pt(13))
    if head.motto in MOTTOS:
        first, second = MOTTOS[head.motto]
        party = head.motto == "party"
        _line(right, first, bold=True, size=Pt(15 if party else 13), underline=party)
        if second:
            _line(right, second, bold=True, size=Pt(14), underline=True)
    if head.place_date:
        _line(right, head.place_date, italic=True, size=Pt(14))
    # Blank left column cells and empty first paragraphs come with a new table.
    for cell in (left, right):
        first_paragraph = cell.paragraphs[0]
        if not first_paragraph.text:
            first_paragraph._element.getparent().remove(first_paragraph._element)


def _body(document: WordDocument, blocks: Iterable[Block], depth: int) -> None:
    for block in blocks:
        if isinstance(block, Section):
            heading = f"{block.number}. {block.heading}" if block.number else block.heading
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.paragraph_format.keep_with_next = True
            _text(paragraph, heading, bold=True)
            _body(document, block.blocks, depth + 1)
        elif isinstance(block, Paragraph):
            _paragraph(document, block.text)
        elif isinstance(block, ItemList):
            for index, item in enumerate(block.items, start=1):
                _paragraph(document, f"{index}. {item}" if block.ordered else f"- {item}")
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, SignatureBlock):
            _signatures(document, block)
        elif isinstance(block, Recipients):
            _recipients(document, block)
        else:
            assert_never(block)


def _paragraph(document: WordDocument, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1)
    _text(paragraph, text)


def _signatures(document: WordDocument, block: SignatureBlock) -> None:
    document.add_paragraph()
    for cell, signature in zip(
        _plain_table(document, len(block.signatures)), block.signatures, strict=True
    ):
        cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
        _line(cell, signature.body, bold=True)
        if signature.authority:
            _line(cell, signature.authority, bold=True)
        _line(cell, signature.title, bold=True)
        for _ in range(4):  # room for the signature and the seal
            _line(cell, "")
        _line(cell, signature.name, bold=True)


def _recipients(document: WordDocument, block: Recipients) -> None:
    left, _ = _plain_table(document, 2)
    left.paragraphs[0]._element.getparent().remove(left.paragraphs[0]._element)
    _line(
        left,
        f"{block.heading}:",
        align=WD_ALIGN_PARAGRAPH.LEFT,
        bold=True,
        italic=True,
        size=Pt(12),
    )
    for item in block.items:
        _line(left, f"- {item}", align=WD_ALIGN_PARAGRAPH.LEFT, size=Pt(11))


def _save(document: WordDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_document(shape: Document) -> bytes:
    """Render a document as an administrative document."""
    document = _new()
    if shape.letterhead is not None:
        _letterhead(document, shape.letterhead)
        document.add_paragraph()
    if shape.subtitle:
        _line(document, shape.subtitle, bold=True)
    _line(document, shape.title, bold=True)
    _line(document, "-----", size=Pt(12))
    _body(document, shape.blocks, 0)
    return _save(document)


def _table(document: WordDocument, shape: Table) -> None:
    _line(document, shape.title, bold=True)
    if shape.caption:
        _line(document, shape.caption, italic=True, size=Pt(12))
    table = document.add_table(rows=1, cols=len(shape.columns))
    table.style = "Table Grid"
    for cell, column in zip(table.rows[0].cells, shape.columns, strict=True):
        cell.text = ""
        _text(cell.paragraphs[0], column.label, bold=True, size=Pt(12))
    for row in shape.rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            _text(cell.paragraphs[0], value, size=Pt(12))


def render_table(shape: Table) -> bytes:
    """Render a table as a landscape page with a Word table."""
    document = _new(landscape=True)
    _table(document, shape)
    return _save(document)


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar as a Word table of due dates, kinds and events."""
    return render_table(calendar_table(shape))
