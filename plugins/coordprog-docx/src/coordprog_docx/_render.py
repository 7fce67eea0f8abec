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
from typing import Any, assert_never

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
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


def _new_paragraph(container: WordDocument | _Cell) -> WordParagraph:
    """A new paragraph at the end of ``container``, in constant time.

    python-docx's ``Document.add_paragraph`` searches the body for the
    section properties on every call, which makes long documents quadratic;
    they are always the body's last child, so the paragraph goes before it.
    """
    if isinstance(container, _Cell):
        cell_paragraph: WordParagraph = container.add_paragraph()
        return cell_paragraph
    paragraph = OxmlElement("w:p")
    container.element.body[-1].addprevious(paragraph)
    return WordParagraph(paragraph, container)


def _line(
    container: WordDocument | _Cell,
    text: str,
    *,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    **style: object,
) -> WordParagraph:
    paragraph = _new_paragraph(container)
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
            heading = block.full_heading
            paragraph = _new_paragraph(document)
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
    paragraph = _new_paragraph(document)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1)
    _text(paragraph, text)


def _signatures(document: WordDocument, block: SignatureBlock) -> None:
    _new_paragraph(document)
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
        _new_paragraph(document)
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
    table = document.add_table(rows=0, cols=len(shape.columns))
    table.style = "Table Grid"
    # python-docx has no public handle on the table's XML: _tbl is the <w:tbl>.
    grid = table._tbl
    widths = [column.w for column in grid.tblGrid.gridCol_lst]
    header = _row(grid, widths, [column.label for column in shape.columns], bold=True)
    # The header row repeats at the top of every page the table runs onto.
    header.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in shape.rows:
        _row(grid, widths, row)


def _row(table: Any, widths: list[Any], values: Iterable[str], *, bold: bool = False) -> Any:
    """Append a row of cells holding ``values`` (12 pt) to ``table``, built as XML in one pass.

    python-docx's ``Table.add_row().cells`` walks every cell of the table
    for each row: this keeps a table of any length linear.
    """
    tr = OxmlElement("w:tr")
    for width, value in zip(widths, values, strict=True):
        tc = OxmlElement("w:tc")
        tc_pr = OxmlElement("w:tcPr")
        tc_width = OxmlElement("w:tcW")
        if width is not None:
            tc_width.set(qn("w:w"), str(width.twips))
        tc_width.set(qn("w:type"), "dxa")
        tc_pr.append(tc_width)
        tc.append(tc_pr)
        paragraph = OxmlElement("w:p")
        run = OxmlElement("w:r")
        run_pr = OxmlElement("w:rPr")
        if bold:
            run_pr.append(OxmlElement("w:b"))
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "24")  # half-points: 12 pt
        run_pr.append(size)
        run.append(run_pr)
        for index, line in enumerate(value.splitlines() or [""]):
            if index:
                run.append(OxmlElement("w:br"))
            text = OxmlElement("w:t")
            text.set(qn("xml:space"), "preserve")
            text.text = line
            run.append(text)
        paragraph.append(run)
        tc.append(paragraph)
        tr.append(tc)
    table.append(tr)
    return tr


def render_table(shape: Table) -> bytes:
    """Render a table as a landscape page with a Word table."""
    document = _new(landscape=True)
    _table(document, shape)
    return _save(document)


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar as a Word table of due dates, kinds and events."""
    return render_table(calendar_table(shape))
