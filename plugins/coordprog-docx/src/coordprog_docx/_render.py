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
import math
from collections.abc import Iterable
from typing import Any, assert_never

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Length, Mm, Pt
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


def _plain_table(
    document: WordDocument, columns: int, widths: tuple[Length, ...] = ()
) -> tuple[_Cell, ...]:
    """A one-row table without borders; with ``widths``, its columns are fixed to them."""
    table = document.add_table(rows=1, cols=columns)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = not widths
    cells = tuple(table.rows[0].cells)
    if widths:
        for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            column.w = width
        for cell, width in zip(cells, widths, strict=True):
            cell.width = width
    return cells


#: The width of the text on an A4 portrait page with the decree's margins.
TEXT_WIDTH = Mm(210 - 30 - 15)

#: The letterhead's columns: the motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" needs
#: about 9.5 cm at 13 pt bold to stay on one line; the issuing bodies take the rest.
LETTERHEAD_WIDTHS = (Cm(6.9), Cm(10.1))


def _issuer_mark(cell: _Cell, party: bool, width: Length) -> None:
    """Mark the end of an issuing body: a star on a Party document, a rule on a State one.

    The star follows the Party's guidance; the short solid rule Decree 30
    (Appendix I).
    """
    if party:
        _line(cell, "*", size=Pt(13))
    else:
        _rule(cell, 0.4, width)


def _letterhead(document: WordDocument, head: Letterhead) -> None:
    if head.parents and len(head.issuers) > 1:
        # Joint document: each issuer under its parent body, side by side, the
        # motto and date beneath them on the right.
        count = len(head.issuers)
        share = Emu(int(TEXT_WIDTH / count))
        cells = _plain_table(document, count, (share,) * count)
        for index, (cell, issuer) in enumerate(zip(cells, head.issuers, strict=True)):
            cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
            parent = head.parents[index]
            if parent:
                _line(cell, parent, size=Pt(12))
            _line(cell, issuer, bold=True, size=Pt(12))
            _issuer_mark(cell, head.family(index) == "party", share)
        left, right = _plain_table(document, 2, LETTERHEAD_WIDTHS)
    else:
        left, right = _plain_table(document, 2, LETTERHEAD_WIDTHS)
        parents = head.parents or (None,) * len(head.issuers)
        for parent, issuer in zip(parents, head.issuers, strict=True):
            if parent:
                _line(left, parent, size=Pt(13))
            _line(left, issuer, bold=True, size=Pt(13))
        _issuer_mark(left, head.family(0) == "party", LETTERHEAD_WIDTHS[0])
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


def _rule(container: WordDocument | _Cell, share: float, width: Length = TEXT_WIDTH) -> None:
    """A short solid horizontal rule, centred, ``share`` of the ``width`` it sits in."""
    paragraph = _new_paragraph(container)
    paragraph.paragraph_format.space_after = Pt(0)
    margin = Emu(int(width * (1 - share) / 2))
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = margin
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    _text(paragraph, "", size=Pt(4))


def _page_numbers(document: WordDocument) -> None:
    """Page numbers centred at the top from page 2 on (Decree 30: none on the first page)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _body(document: WordDocument, blocks: Iterable[Block], depth: int) -> None:
    for block in blocks:
        if isinstance(block, Section) and (block.number or "").startswith("Chương"):
            # A chapter: "Chương II" on its own line, its title below, centred.
            _new_paragraph(document).paragraph_format.keep_with_next = True
            for line in (block.number or "", block.heading.upper()):
                if line:
                    _line(document, line, bold=True).paragraph_format.keep_with_next = True
            _body(document, block.blocks, depth + 1)
        elif isinstance(block, Section):
            heading = block.full_heading
            paragraph = _new_paragraph(document)
            paragraph.paragraph_format.page_break_before = block.new_page
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


def _signature_rows(count: int) -> list[int]:
    """How many signatures go side by side on each row: 2 or 3 a row, never 1 alone after 3."""
    if count <= 3:
        return [count]
    if count == 4:
        return [2, 2]
    rows = [3] * (count // 3)
    if count % 3:
        rows.append(count % 3)
    return rows


def _signatures(document: WordDocument, block: SignatureBlock) -> None:
    """Signature blocks side by side, in rows of two or three; one alone sits on the right.

    Every paragraph keeps with the next, so that the signatures stay on one
    page with each other and with *Nơi nhận* after them.
    """
    _new_paragraph(document).paragraph_format.keep_with_next = True
    signatures = iter(block.signatures)
    for count in _signature_rows(len(block.signatures)):
        cells = _plain_table(document, max(count, 2))
        used = cells[1:] if count == 1 else cells
        for cell in cells:
            cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
        for cell in used:
            signature = next(signatures)
            lines = [signature.body]
            if signature.authority:
                lines.append(signature.authority)
            lines.append(signature.title)
            lines += [""] * 4  # room for the signature and the seal
            lines.append(signature.name)
            for line in lines:
                _line(cell, line, bold=True).paragraph_format.keep_with_next = True
        for cell in cells:
            if not cell.paragraphs:
                _line(cell, "").paragraph_format.keep_with_next = True
        _keep_rows_whole(cells[0])


def _keep_rows_whole(cell: _Cell) -> None:
    """Forbid the row holding ``cell`` to break across pages."""
    row = cell._tc.getparent()
    row.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


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
    for paragraph in left.paragraphs[:-1]:
        paragraph.paragraph_format.keep_with_next = True
    _keep_rows_whole(left)


def _save(document: WordDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_document(shape: Document) -> bytes:
    """Render a document as an administrative document."""
    document = _new()
    _page_numbers(document)
    if shape.letterhead is not None:
        _letterhead(document, shape.letterhead)
        _new_paragraph(document)
    if shape.subtitle:
        _line(document, shape.subtitle, bold=True)
    _line(document, shape.title, bold=True)
    # Below the title: "-----" on a Party document, a short solid rule on a State one.
    if shape.letterhead is not None and shape.letterhead.motto == "party":
        _line(document, "-----", size=Pt(12))
    else:
        _rule(document, 0.25)
    _body(document, shape.blocks, 0)
    return _save(document)


def _table(document: WordDocument, shape: Table) -> None:
    _line(document, shape.title, bold=True).paragraph_format.keep_with_next = True
    if shape.caption:
        _line(document, shape.caption, italic=True, size=Pt(12))
    if not shape.rows:  # an empty table is its caption alone, not a grid of headers
        return
    table = document.add_table(rows=0, cols=len(shape.columns))
    table.style = "Table Grid"
    table.autofit = False
    # python-docx has no public handle on the table's XML: _tbl is the <w:tbl>.
    grid = table._tbl
    widths = _column_widths(document, shape)
    for column, width in zip(grid.tblGrid.gridCol_lst, widths, strict=True):
        column.w = width
    header = _row(grid, widths, [column.label for column in shape.columns], bold=True)
    # The header row repeats at the top of every page the table runs onto.
    header.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in shape.rows:
        _row(grid, widths, row)


def _column_widths(document: WordDocument, shape: Table) -> list[Length]:
    """Column widths in proportion to what the columns hold, filling the text width.

    A column's weight grows with the square root of its mean cell length
    (and of its label's), so that a column of long task texts gets the most
    room without starving the others; it is never less than the longest
    word in it, label included, so that no word breaks inside.
    """
    section = document.sections[-1]
    # _new sets all three; python-docx types them as optional.
    usable = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    weights = []
    for index, column in enumerate(shape.columns):
        cells = [row[index] for row in shape.rows]
        words = (len(word) for text in (column.label, *cells) for word in text.split())
        longest = max(words, default=1)
        mean = sum(len(cell) for cell in cells) / max(len(cells), 1)
        weights.append(max(longest + 2, math.sqrt(mean) * 3.5, math.sqrt(len(column.label)) * 2.5))
    total = sum(weights)
    return [Emu(int(usable * weight / total)) for weight in weights]


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
    _page_numbers(document)
    _table(document, shape)
    return _save(document)


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar as a Word table of due dates, kinds and events."""
    return render_table(calendar_table(shape))
