"""How wide a line of Times New Roman is, to lay out a letterhead without breaking a name.

Word and LibreOffice wrap a line that does not fit its cell wherever a space
(or a hyphen) allows, which splits a place name ("ĐẮK / LẮK") or a number's
symbol ("SDTTG- / HND-ĐTCT").  The letterhead is laid out before it is
written instead: each line is measured with the advance widths of Times New
Roman (in thousandths of the type size, as its metrics give them; Liberation
Serif, which LibreOffice puts in its place, has the same widths), and the
type size and the columns are chosen so that the line fits.  A Vietnamese
letter takes the width of its base letter (its marks sit above or below
it); the horned Ơ and Ư a little more.
"""

from __future__ import annotations

import unicodedata

__all__ = ["width"]

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _advances(widths: str) -> dict[str, int]:
    return dict(zip(_LETTERS, map(int, widths.split()), strict=True))


_REGULAR = _advances(
    "722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944"
    " 722 722 611 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389"
    " 278 500 500 722 500 500 444"
)
_BOLD = _advances(
    "722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 667 722 722 1000"
    " 722 722 667 500 556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389"
    " 333 556 500 722 500 500 444"
)
_ITALIC = _advances(
    "611 611 667 722 611 611 722 722 333 444 667 556 833 667 722 611 722 611 500 556 722 611 833"
    " 611 556 556 500 500 444 500 444 278 500 500 278 278 444 278 722 500 500 500 500 389 389"
    " 278 500 444 667 444 444 389"
)
_SIGNS = {
    " ": 250,
    "\u00a0": 250,
    "-": 333,
    "\u2011": 333,
    "/": 278,
    ":": 278,
    ".": 250,
    ",": 250,
    ";": 278,
    "*": 500,
    "(": 333,
    ")": 333,
    "'": 180,
    "\u2019": 333,  # the right single quotation mark of names like Y Dec H\u2019đơk
    "&": 778,
}


def _base(character: str) -> str:
    if character in "Đđ":
        return "D" if character == "Đ" else "d"
    return unicodedata.normalize("NFD", character)[0]


def width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """The width of ``text`` in points at ``size`` points, in Times New Roman.

    >>> round(width("CHÍNH PHỦ", 13, bold=True), 1)
    74.8
    """
    table = _ITALIC if italic else _BOLD if bold else _REGULAR
    total = 0
    for character in text:
        if character.isdigit():
            total += 500
            continue
        base = _base(character)
        advance = table.get(base) or _SIGNS.get(character, 556)
        if base in "OoUu" and character.upper() in "ƠỚỜỞỠỢƯỨỪỬỮỰ":
            advance += 60  # the horn
        total += advance
    return total * size / 1000
