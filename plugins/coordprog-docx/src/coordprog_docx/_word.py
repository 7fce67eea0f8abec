"""The Word document itself: page, fonts, language, file properties, runs and plain tables."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

__all__ = [
    "FONT",
    "TEXT_WIDTH",
    "Container",
    "language_tag",
    "line",
    "new",
    "new_paragraph",
    "plain_table",
    "properties",
    "rule",
    "save",
    "text",
]

FONT = "Times New Roman"
BODY_SIZE = Pt(14)

#: The width of the text on an A4 portrait page with the decree's margins.
TEXT_WIDTH = Mm(210 - 30 - 15)
#: The margin at the left and the right of each cell of a table without borders.
CELL_MARGIN = Mm(1)

Container = WordDocument | _Cell


def language_tag(language: str) -> str:
    """The language of a document as Word names it: ``"vi"`` is ``"vi-VN"``."""
    return {"vi": "vi-VN", "en": "en-US"}.get(language, language)


def new(language: str, *, landscape: bool = False) -> WordDocument:
    """A new A4 document with the margins and type of Decree 30, in ``language``.

    The language is set everywhere Word and LibreOffice look for it (the
    document defaults, every style, the theme), so that spelling and
    hyphenation are Vietnamese, not the template's English.
    """
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
    tag = language_tag(language)
    styles = document.styles.element
    for lang in styles.iter(qn("w:lang")):
        for name in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(name), tag)
    for style_element in styles.iterchildren(qn("w:style")):
        _set_language(style_element.get_or_add_rPr(), tag)
    settings = document.settings.element
    for theme in settings.iter(qn("w:themeFontLang")):
        theme.set(qn("w:val"), tag)
        theme.set(qn("w:eastAsia"), tag)
    # Kept with the document's part, where every paragraph finds it (see _tag_of).
    document.part._coordprog_language = tag  # type: ignore[attr-defined]
    return document


def _set_language(run_properties: object, tag: str) -> None:
    element = run_properties.find(qn("w:lang"))  # type: ignore[attr-defined]
    if element is None:
        element = OxmlElement("w:lang")
        run_properties.append(element)  # type: ignore[attr-defined]
    for name in ("w:val", "w:eastAsia", "w:bidi"):
        element.set(qn(name), tag)


def _tag_of(paragraph: WordParagraph) -> str:
    main = paragraph.part.package.main_document_part
    return str(getattr(main, "_coordprog_language", "vi-VN"))


def properties(
    document: WordDocument,
    *,
    title: str,
    author: str | None,
    created: dt.date | None,
    language: str,
) -> None:
    """Set the file's properties: what it is, who issues it, its date; nothing else.

    The template's own (author "python-docx", created in 2013) are
    replaced; with no ``created``, the file records no date at all, for
    none is read from the clock.
    """
    core = document.core_properties
    core.title = title
    core.author = author or ""
    core.last_modified_by = author or ""
    core.comments = ""
    core.subject = ""
    core.keywords = ""
    core.category = ""
    core.language = language_tag(language)
    core.revision = 1
    element = core._element
    if created is None:
        for name in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
            for found in element.xpath(name):
                element.remove(found)
    else:
        moment = dt.datetime(created.year, created.month, created.day)
        core.created = core.modified = moment
    # The template's picture of an empty page would stand for this document in file browsers.
    package = document.part.package
    for relationship in list(package.rels.values()):
        if relationship.reltype.endswith("/thumbnail"):
            package.rels.pop(relationship.rId)


def text(
    paragraph: WordParagraph,
    words: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: Length | None = None,
    underline: bool = False,
    keep_hyphens: bool = False,
) -> None:
    """Add a run of ``words`` to ``paragraph``, in the document's language.

    With ``keep_hyphens``, each hyphen is Word's non-breaking hyphen, so
    that a number's symbol never breaks at one.
    """
    run = paragraph.add_run()
    run.bold, run.italic, run.underline = bold, italic, underline
    if size is not None:
        run.font.size = size
    _set_language(run._r.get_or_add_rPr(), _tag_of(paragraph))
    parts = words.split("-") if keep_hyphens else [words]
    for index, part in enumerate(parts):
        if index:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        if part:
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = part
            run._r.append(element)


def new_paragraph(container: Container) -> WordParagraph:
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


def line(
    container: Container,
    words: str,
    *,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    keep_with_next: bool = False,
    **style: object,
) -> WordParagraph:
    """A paragraph of one line of ``words``, centred unless ``align`` says otherwise."""
    paragraph = new_paragraph(container)
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.keep_with_next = keep_with_next
    text(paragraph, words, **style)  # type: ignore[arg-type]
    return paragraph


def rule(container: Container, length: Length, within: Length = TEXT_WIDTH) -> WordParagraph:
    """A solid horizontal rule ``length`` long, centred in ``within`` (a drawn line, not dashes)."""
    paragraph = new_paragraph(container)
    paragraph.paragraph_format.space_after = Pt(0)
    margin = Emu(max(int((within - length) / 2), 0))
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = margin
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    text(paragraph, "", size=Pt(4))
    return paragraph


def plain_table(
    document: WordDocument,
    widths: tuple[Length, ...],
    *,
    margin: Length = CELL_MARGIN,
    indent: int = 0,
) -> tuple[_Cell, ...]:
    """A one-row table without borders whose columns are exactly ``widths`` wide.

    The layout is fixed (Word and LibreOffice keep the widths whatever the
    cells hold), the table starts at the text's left edge, or ``indent``
    from it (into the margin when negative), and each cell has ``margin``
    at its left and right; the cells come empty.
    """
    table = document.add_table(rows=1, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl = table._tbl
    properties_element = tbl.tblPr
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), str(sum(Emu(w).twips for w in widths)))
    total.set(qn("w:type"), "dxa")
    for old in properties_element.findall(qn("w:tblW")):
        properties_element.remove(old)
    properties_element.append(total)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties_element.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        edge = OxmlElement(side)
        edge.set(qn("w:w"), str(Emu(margin).twips))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    properties_element.append(margins)
    if indent:
        table.alignment = None
        shift = OxmlElement("w:tblInd")
        shift.set(qn("w:w"), str(Emu(indent).twips))
        shift.set(qn("w:type"), "dxa")
        properties_element.append(shift)
    for column, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = width
    cells = tuple(table.rows[0].cells)
    for cell, width in zip(cells, widths, strict=True):
        cell.width = width
        cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    return cells


def save(document: WordDocument) -> bytes:
    """The document as the bytes of a .docx file."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
