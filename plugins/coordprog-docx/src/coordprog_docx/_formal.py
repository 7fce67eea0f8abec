"""The formal parts of an administrative document: the letterhead, the signatures, Nơi nhận.

Decree 30/2020/NĐ-CP (Appendix I) and, for Party documents, the Party's
guidance (Hướng dẫn 36-HD/VPTW) lay them out: the issuing bodies at the top
left, each under its superior body, marked by a short rule (State) or a
star (Party), the number line below them; the national motto or the
Party's name at the top right with the place and date below; at the end
the signatures side by side and *Nơi nhận* at the lower left, on one page
with the last paragraph of the text.

Every line is measured (:mod:`coordprog_docx._metrics`) before it is
written, and the columns and type sizes are chosen so that a name breaks
only where the report kind marked a line break and a number never breaks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Mm, Pt
from docx.table import _Cell

from coordprog.shapes import Letterhead, Recipients, Signature, SignatureBlock
from coordprog_docx._metrics import width
from coordprog_docx._word import CELL_MARGIN, TEXT_WIDTH, line, new_paragraph, plain_table, rule

__all__ = ["letterhead", "signatures"]

MOTTOS = {
    "state": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    "party": ("ĐẢNG CỘNG SẢN VIỆT NAM", None),
}

#: The smallest type a letterhead or signature line is set in before it may wrap.
SMALLEST = 11
#: Word and LibreOffice set a line a little wider than the sum of its advances.
SLACK = 1.06

#: A line to lay out: its words, bold, italic.
Line = tuple[str, bool, bool]


def _points(length: Length) -> float:
    return float(Emu(length).pt)


def _needs(lines: Iterable[Line], size: float) -> float:
    """The width, in points, that ``lines`` at ``size`` points need in a cell, unbroken."""
    widest = max((width(t, size, bold=b, italic=i) for t, b, i in lines), default=0.0)
    return widest * SLACK + 2 * _points(CELL_MARGIN)


def _units(ln: Line) -> list[Line]:
    """The parts of a line between which it may break: ordinary spaces (a no-break space binds)."""
    words, bold, italic = ln
    return [(unit, bold, italic) for unit in words.split(" ")]


def _size(lines: Sequence[Line], room: float, largest: int, smallest: int = 12) -> int:
    """The largest type size, ``largest`` down, at which ``lines`` fit in ``room``.

    Every line that fits whole in ``smallest`` points fits whole; a longer
    one goes on to further lines at its ordinary spaces, and every part
    between them fits (down to :data:`SMALLEST` points if need be), so that
    no word and no bound name ("ĐẮK LẮK") is ever split.
    """
    whole = [ln for ln in lines if _needs([ln], smallest) <= room]
    units = [unit for ln in lines for unit in _units(ln)]
    for size in range(largest, SMALLEST - 1, -1):
        if size >= smallest and _needs(whole, size) > room:
            continue
        if _needs(units, size) <= room:
            return size
    return SMALLEST


def _rows_needed(lines: Sequence[Line], size: float, room: float) -> int:
    """How many printed lines ``lines`` take at ``size`` in ``room``, broken at spaces."""
    rows = 0
    for ln in lines:
        rows += 1
        taken: list[Line] = []
        for unit in _units(ln):
            words = " ".join(t for t, _, _ in [*taken, unit])
            if taken and _needs([(words, unit[1], unit[2])], size) > room:
                rows += 1
                taken = [unit]
            else:
                taken.append(unit)
    return rows


def _name_lines(name: str, bold: bool) -> list[Line]:
    return [(part, bold, False) for part in name.split("\n")]


def _right_lines(head: Letterhead, party: bool) -> list[tuple[Line, int, bool]]:
    """The lines at the right: (line, type size, underlined)."""
    found: list[tuple[Line, int, bool]] = []
    if head.motto in MOTTOS:
        first, second = MOTTOS[head.motto]
        found.append(((first, True, False), 15 if party else 13, party))
        if second:
            found.append(((second, True, False), 14, True))
    if head.place_date:
        found.append(((head.place_date, False, True), 14 if party else 13, False))
    return found


def letterhead(document: WordDocument, head: Letterhead) -> None:
    """Write the letterhead: issuers and number at the left, motto, place and date at the right."""
    party = head.motto == "party"
    base = 14 if party else 13  # Party documents set their heading in 14 pt, State ones in 13
    right = _right_lines(head, party)
    number = head.number_line()
    number_lines: list[Line] = [(number, False, False)] if number else []
    side_by_side = bool(head.parents or head.side_by_side) and len(head.issuers) > 1
    if side_by_side:
        _issuers_side_by_side(document, head, base)
        left_lines = number_lines
    else:
        left_lines = []
        parents = head.parents or (None,) * len(head.issuers)
        for parent, issuer in zip(parents, head.issuers, strict=True):
            if parent:
                left_lines += _name_lines(parent, False)
            left_lines += _name_lines(issuer, True)
        left_lines += number_lines
    extra, shrink, left_room, right_room, number_size = _columns(right, number_lines, base)
    names = [ln for ln in left_lines if ln not in number_lines]
    left_size = _size(names, left_room, base) if names else number_size
    left, right_cell = plain_table(
        document,
        (Emu(int(Pt(left_room))), Emu(int(Pt(right_room)))),
        margin=CELL_MARGIN,
        indent=-extra,
    )
    if not side_by_side:
        parents = head.parents or (None,) * len(head.issuers)
        widest = 0.0
        for parent, issuer in zip(parents, head.issuers, strict=True):
            if parent:
                _lines(left, parent, Pt(left_size), bold=False)
            _lines(left, issuer, Pt(left_size), bold=True)
            widest = max(widest, _needs(_name_lines(issuer, True), left_size))
        _mark(left, head.family(0) == "party", Pt(widest), Pt(left_room))
    if number:
        paragraph = line(left, number, size=Pt(number_size), keep_hyphens=True)
        paragraph.paragraph_format.space_before = Pt(4)
    for (words, bold, italic), size, underlined in right:
        paragraph = line(
            right_cell,
            words,
            bold=bold,
            italic=italic,
            size=Pt(size - shrink),
            underline=underlined,
        )
        if italic:
            paragraph.paragraph_format.space_before = Pt(6)
    for cell in (left, right_cell):
        if not cell.paragraphs:
            line(cell, "")


#: How far a letterhead may reach into the left margin when its number needs the room.
REACH = Mm(10)


def _columns(
    right: Sequence[tuple[Line, int, bool]], number: Sequence[Line], base: int
) -> tuple[Length, int, float, float, int]:
    """Lay out the letterhead's columns: (reach, motto shrink, left room, right room, number size).

    The right column is as wide as its lines need and the left takes the
    rest.  When the number does not fit in 12 points or more, the motto
    gives way a point, then the letterhead reaches into the left margin
    (as offices lay out a long symbol), then the number goes down to 10
    points; it never breaks.
    """
    chosen = None
    for smallest in (12, 10):
        for extra, shrink in ((0, 0), (0, 1), (REACH, 0), (REACH, 1)):
            total = _points(Emu(TEXT_WIDTH + extra))
            right_room = (
                max(_needs([ln], size - shrink) for ln, size, _ in right) if right else total / 2
            )
            left_room = total - right_room
            size = next(
                (s for s in range(base, smallest - 1, -1) if _needs(number, s) <= left_room), None
            )
            chosen = (Emu(extra), shrink, left_room, right_room, size or smallest)
            if size is not None:
                return chosen
    assert chosen is not None
    return chosen


def _issuers_side_by_side(document: WordDocument, head: Letterhead, base: int) -> None:
    """Each issuer under its parent body, side by side, with its own family's mark."""
    count = len(head.issuers)
    share = Emu(int(TEXT_WIDTH / count))
    room = _points(share)
    every: list[Line] = []
    parents = head.parents or (None,) * count
    for parent, issuer in zip(parents, head.issuers, strict=True):
        every += _name_lines(parent, False) if parent else []
        every += _name_lines(issuer, True)
    size = _size(every, room, base)
    cells = plain_table(document, (share,) * count, margin=CELL_MARGIN)
    for index, (cell, issuer) in enumerate(zip(cells, head.issuers, strict=True)):
        parent = parents[index]
        if parent:
            _lines(cell, parent, Pt(size), bold=False)
        _lines(cell, issuer, Pt(size), bold=True)
        widest = _needs(_name_lines(issuer, True), size)
        _mark(cell, head.family(index) == "party", Pt(widest), share)


def _lines(cell: _Cell, name: str, size: Length, *, bold: bool) -> None:
    for part in name.split("\n"):
        line(cell, part, bold=bold, size=size)


def _mark(cell: _Cell, party: bool, name_width: Length, within: Length) -> None:
    """Mark the end of an issuing body: a star on a Party document, a rule on a State one.

    The star follows the Party's guidance; the solid rule, a third to a
    half as long as the name above it, Decree 30 (Appendix I).
    """
    if party:
        mark = line(cell, "*", size=Pt(13))
    else:
        mark = rule(cell, Emu(int(min(name_width, within) * 0.4)), within)
    mark.paragraph_format.space_after = Pt(6)


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


def signatures(
    document: WordDocument, block: SignatureBlock, recipients: Recipients | None
) -> None:
    """The signatures side by side, *Nơi nhận* below them at the left, on one page.

    One signature sits at the right with *Nơi nhận* beside it at the left,
    as Decree 30 lays out a document with one signer.  Every paragraph
    keeps with the next and no row splits, so that Word and LibreOffice
    move the last paragraph of the text, the signatures and *Nơi nhận*
    to a page together rather than leave the signatures alone on one.
    """
    _keep_previous_with_next(document)
    spacer = new_paragraph(document)
    spacer.paragraph_format.keep_with_next = True
    signed = iter(block.signatures)
    rows = _signature_rows(len(block.signatures)) if block.signatures else []
    for row, count in enumerate(rows):
        columns = max(count, 2)
        share = Emu(int(TEXT_WIDTH / columns))
        cells = plain_table(document, (share,) * columns, margin=CELL_MARGIN)
        used = cells[1:] if count == 1 else cells
        _signature_row(used, [next(signed) for _ in used], _points(share))
        if count == 1 and recipients is not None and row == len(rows) - 1:
            _recipients(cells[0], recipients)
            recipients = None
        for cell in cells:
            if not cell.paragraphs:
                line(cell, "")
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
        _keep_row_whole(cells[0])
    if recipients is not None:
        left, _ = plain_table(document, (Emu(int(TEXT_WIDTH / 2)),) * 2, margin=CELL_MARGIN)
        _recipients(left, recipients)
        for paragraph in left.paragraphs[:-1]:
            paragraph.paragraph_format.keep_with_next = True
        _keep_row_whole(left)


def _signature_lines(signature: Signature) -> list[Line]:
    lines = _name_lines(signature.body, True)
    if signature.authority:
        lines.append((signature.authority, True, False))
    lines.append((signature.title, True, False))
    return lines


def _signature_row(cells: Sequence[_Cell], signed: Sequence[Signature], room: float) -> None:
    """Signatures side by side in one size, their names level with each other."""
    every = [_signature_lines(signature) for signature in signed]
    size = min(_size(lines, room, 14) for lines in every)
    tallest = max(_rows_needed(lines, size, room) for lines in every)
    for cell, signature, lines in zip(cells, signed, every, strict=True):
        for words, bold, _ in lines:
            line(cell, words, bold=bold, size=Pt(size))
        # Room for the signature and the seal, and for the lines a taller block has.
        for _ in range(4 + tallest - _rows_needed(lines, size, room)):
            line(cell, "", size=Pt(size))
        line(cell, signature.name, bold=True, size=Pt(14))


def _recipients(cell: _Cell, block: Recipients) -> None:
    line(
        cell,
        f"{block.heading}:",
        align=WD_ALIGN_PARAGRAPH.LEFT,
        bold=True,
        italic=True,
        size=Pt(12),
    )
    for item in block.items:
        paragraph = line(cell, f"- {item}", align=WD_ALIGN_PARAGRAPH.LEFT, size=Pt(11))
        # A long line goes on under its first word, not under the dash.
        paragraph.paragraph_format.left_indent = Pt(7)
        paragraph.paragraph_format.first_line_indent = Pt(-7)


def _keep_row_whole(cell: _Cell) -> None:
    """Forbid the row holding ``cell`` to break across pages."""
    row = cell._tc.getparent()
    row.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _keep_previous_with_next(document: WordDocument) -> None:
    """Keep the last paragraph of the text (or the last row of a table) with what follows.

    The signatures are written after it: a page never starts with the
    signatures alone.
    """
    body = document.element.body
    previous = body[-1].getprevious()  # the body ends with its section properties
    if previous is None:
        return
    if previous.tag == qn("w:tbl"):
        rows = previous.findall(qn("w:tr"))
        if not rows:
            return
        rows[-1].get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        paragraphs = rows[-1].iter(qn("w:p"))
    else:
        paragraphs = iter((previous,))
    for paragraph in paragraphs:
        paragraph.get_or_add_pPr().keepNext_val = True
