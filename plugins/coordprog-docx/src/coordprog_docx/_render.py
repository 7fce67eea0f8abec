"""Rendering shapes to Word documents (imported only when a docx is rendered).

Documents (the ``program``, ``review``, ``annual-plan`` ... reports) become
administrative documents as an office sends them, per Decree 30/2020/NĐ-CP
(and the Party's guidance for Party documents): A4, Times New Roman, the
margins and type sizes of the decree's Appendix I; the letterhead, the
document type and title over a drawn rule, the body in the original
numbering, the signatures and *Nơi nhận* kept on one page with the end of
the text (:mod:`coordprog_docx._formal`); the file's properties say what
the document is, who issues it and its date, in Vietnamese.  What the file
holds about a document beyond its text (``meta``, ``notes``) is not part of
what an office sends and is left out, unless the file holds no text at all
(a document known from those that cite it): then it is what is printed.
Tables and calendars (``matrix``, ``schedule``) become Word tables on
landscape pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, assert_never

from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Length, Pt

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
from coordprog_docx._formal import letterhead, signatures
from coordprog_docx._metrics import width as text_width
from coordprog_docx._word import (
    language_tag,
    line,
    new,
    new_paragraph,
    properties,
    rule,
    save,
    text,
)

__all__ = ["render_calendar", "render_document", "render_table"]


def _page_numbers(document: WordDocument) -> None:
    """Page numbers centred at the top from page 2 on (Decree 30: none on the first page)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    number = OxmlElement("w:t")
    number.text = "2"
    run.append(number)
    field.append(run)
    paragraph._p.append(field)


def _body(document: WordDocument, blocks: Sequence[Block], language: str) -> None:
    for index, block in enumerate(blocks):
        if isinstance(block, Section) and (block.number or "").startswith("Chương"):
            # A chapter: "Chương II" on its own line, its title below, centred.
            new_paragraph(document).paragraph_format.keep_with_next = True
            for words in (block.number or "", block.heading.upper()):
                if words:
                    line(document, words, bold=True, keep_with_next=True)
            _body(document, block.blocks, language)
        elif isinstance(block, Section):
            paragraph = new_paragraph(document)
            paragraph.paragraph_format.page_break_before = block.new_page
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.paragraph_format.keep_with_next = True
            text(paragraph, block.full_heading, bold=True)
            _body(document, block.blocks, language)
        elif isinstance(block, Paragraph):
            _paragraph(document, block.text)
        elif isinstance(block, ItemList):
            for number, item in enumerate(block.items, start=1):
                _paragraph(document, f"{number}. {item}" if block.ordered else f"- {item}")
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, SignatureBlock):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            signatures(document, block, following if isinstance(following, Recipients) else None)
        elif isinstance(block, Recipients):
            previous = blocks[index - 1] if index else None
            if not isinstance(previous, SignatureBlock):  # else written with the signatures
                signatures(document, SignatureBlock(()), block)
        else:
            assert_never(block)


def _paragraph(document: WordDocument, words: str) -> None:
    paragraph = new_paragraph(document)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1)
    text(paragraph, words)


def render_document(shape: Document) -> bytes:
    """Render a document as an administrative document."""
    document = new(shape.language)
    properties(
        document,
        title=shape.title,
        author=shape.author,
        created=shape.created,
        language=shape.language,
    )
    _page_numbers(document)
    # What the reader must know first (a text not available, illustrative
    # records) stands above everything, the letterhead included.
    _notices(document, shape.notices, shape.language)
    if shape.letterhead is not None:
        letterhead(document, shape.letterhead)
        new_paragraph(document)
    if shape.subtitle:
        line(document, shape.subtitle, bold=True, keep_with_next=True)
    line(document, summary(shape.subtitle, shape.title), bold=True, keep_with_next=True)
    # Below the title a solid rule, a third of the title's line or so, drawn.
    rule(document, Cm(4.5)).paragraph_format.space_after = Pt(12)
    if shape.blocks:
        _body(document, shape.blocks, shape.language)
    else:
        # The file does not hold the text (a document known from those that
        # cite it): what it knows of the document is all there is to print.
        for label, value in shape.meta:
            paragraph = new_paragraph(document)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            text(paragraph, f"{label}: ", bold=True)
            text(paragraph, value)
        _body(document, shape.notes, shape.language)
    return save(document)


def summary(kind: str | None, title: str) -> str:
    """The summary (*trích yếu*) printed under the document type ``kind``.

    A title that begins with the type's name ("Kế hoạch thực hiện ...")
    is printed without it under the type ("KẾ HOẠCH" over "Thực hiện ..."),
    as Decree 30/2020/NĐ-CP lays a document's name out: the type is said
    once.
    """
    if not kind:
        return title
    name = kind.casefold()
    if not title.casefold().startswith(name + " "):
        return title
    rest = title[len(kind) :].lstrip()
    return rest[:1].upper() + rest[1:]


def _notices(document: WordDocument, notices: tuple[str, ...], language: str) -> None:
    for notice in notices:
        line(document, f"{notice_label(language)}: {notice}", italic=True, size=Pt(12))


def _table(document: WordDocument, shape: Table) -> None:
    line(document, shape.title, bold=True, keep_with_next=True)
    _notices(document, shape.notices, shape.language)
    if shape.caption:
        line(document, shape.caption, italic=True, size=Pt(12))
    if not shape.rows:  # an empty table is its caption alone, not a grid of headers
        return
    table = document.add_table(rows=0, cols=len(shape.columns))
    table.style = "Table Grid"
    table.autofit = False
    # python-docx has no public handle on the table's XML: _tbl is the <w:tbl>.
    grid = table._tbl
    texts = [[cell_text(cell, shape.language) for cell in row] for row in shape.rows]
    size, widths = _column_widths(document, shape, texts)
    for column, width in zip(grid.tblGrid.gridCol_lst, widths, strict=True):
        column.w = width
    tag = language_tag(shape.language)
    labels = [column.label for column in shape.columns]
    header = _row(grid, widths, labels, tag, size, bold=True)
    # The header row repeats at the top of every page the table runs onto.
    header.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in texts:
        _row(grid, widths, row, tag, size)
    new_paragraph(document).paragraph_format.space_after = Pt(0)  # room before what follows


#: Word's and LibreOffice's default cell margins of a grid table: 0.19 cm each side.
CELL_PADDING = 2 * 5.4


def _column_widths(
    document: WordDocument, shape: Table, texts: list[list[str]]
) -> tuple[int, list[Length]]:
    """The type size and column widths of a table: no word broken, the rest by what it holds.

    Each column is at least as wide as its widest word (its label's in
    bold), measured in Times New Roman; what the page has left goes to the
    columns in proportion to their mean text (to the power 0.7), so that
    the task texts get the most room without starving the others.  When
    the widest words do not fit the page in 12 points, the table is set in
    11 or 10.
    """
    section = document.sections[-1]
    # new() sets all three; python-docx types them as optional.
    usable = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    room = Emu(usable).pt
    for size in (12, 11, 10):
        floors = []
        for index, column in enumerate(shape.columns):
            words = [(word, True) for word in column.label.split()]
            words += [(word, False) for row in texts for word in row[index].split()]
            widest = max((text_width(word, size, bold=bold) for word, bold in words), default=0.0)
            floors.append(widest * 1.06 + CELL_PADDING)
        if sum(floors) <= room:
            break
    demand = []
    for index in range(len(shape.columns)):
        cells = [row[index] for row in texts]
        mean = sum(text_width(cell, size) for cell in cells) / max(len(cells), 1)
        demand.append(mean**0.7)
    spare = max(room - sum(floors), 0.0)
    total = sum(demand) or 1.0
    points = [floor + spare * share / total for floor, share in zip(floors, demand, strict=True)]
    scale = room / sum(points)  # the widest words alone may overfill a page: scale to fit
    return size, [Emu(int(Pt(p * scale))) for p in points]


def _row(
    table: Any,
    widths: list[Any],
    values: Iterable[str],
    language: str,
    size: int = 12,
    *,
    bold: bool = False,
) -> Any:
    """Append a row of cells holding ``values`` to ``table``, built as XML in one pass.

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
        points = OxmlElement("w:sz")
        points.set(qn("w:val"), str(2 * size))  # half-points
        run_pr.append(points)
        lang = OxmlElement("w:lang")
        for name in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(name), language)
        run_pr.append(lang)
        run.append(run_pr)
        for index, part in enumerate(value.splitlines() or [""]):
            if index:
                run.append(OxmlElement("w:br"))
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = part
            run.append(element)
        paragraph.append(run)
        tc.append(paragraph)
        tr.append(tc)
    table.append(tr)
    return tr


def render_table(shape: Table) -> bytes:
    """Render a table as a landscape page with a Word table."""
    document = new(shape.language, landscape=True)
    properties(document, title=shape.title, author=None, created=None, language=shape.language)
    _page_numbers(document)
    _table(document, shape)
    return save(document)


def render_calendar(shape: Calendar) -> bytes:
    """Render a calendar as a Word table of due dates, kinds and events."""
    return render_table(calendar_table(shape))
