"""Lines a copy prints in an old 8-bit Vietnamese font (TCVN3, "ABC"), read as the letters meant.

Documents typed in the TCVN3 fonts (.VnTime, .VnTimeH) and copied as text
without conversion show their letters as the Latin-1 characters of the
same codes: "Ho\u00b5ng L\u00acng" for "Hoàng Lương".  A line in that shape
(Latin-1 only, with characters no Vietnamese word holds) is read back
letter by letter; the rest of the text is left as it is.
"""

from __future__ import annotations

import re

#: Each TCVN3 code and the letter it prints: a, ă, â, đ, e, ê, i, o, ô, ơ, u, ư, y with their
#: tones (grave, acute, hook, tilde, dot), then the capitals Ă, Â, Đ, Ê, Ô, Ơ, Ư.
_TCVN3: dict[int, str] = {
    0xB5: "à",
    0xB8: "á",
    0xB6: "ả",
    0xB7: "ã",
    0xB9: "ạ",
    0xA8: "ă",
    0xBB: "ằ",
    0xBE: "ắ",
    0xBC: "ẳ",
    0xBD: "ẵ",
    0xC6: "ặ",
    0xA9: "â",
    0xC7: "ầ",
    0xCA: "ấ",
    0xC8: "ẩ",
    0xC9: "ẫ",
    0xCB: "ậ",
    0xAE: "đ",
    0xCC: "è",
    0xD0: "é",
    0xCE: "ẻ",
    0xCF: "ẽ",
    0xD1: "ẹ",
    0xAA: "ê",
    0xD2: "ề",
    0xD5: "ế",
    0xD3: "ể",
    0xD4: "ễ",
    0xD6: "ệ",
    0xD7: "ì",
    0xDD: "í",
    0xD8: "ỉ",
    0xDC: "ĩ",
    0xDE: "ị",
    0xDF: "ò",
    0xE3: "ó",
    0xE1: "ỏ",
    0xE2: "õ",
    0xE4: "ọ",
    0xAB: "ô",
    0xE5: "ồ",
    0xE8: "ố",
    0xE6: "ổ",
    0xE7: "ỗ",
    0xE9: "ộ",
    0xAC: "ơ",
    0xEA: "ờ",
    0xED: "ớ",
    0xEB: "ở",
    0xEC: "ỡ",
    0xEE: "ợ",
    0xEF: "ù",
    0xF3: "ú",
    0xF1: "ủ",
    0xF2: "ũ",
    0xF4: "ụ",
    0xAD: "ư",
    0xF5: "ừ",
    0xF8: "ứ",
    0xF6: "ử",
    0xF7: "ữ",
    0xF9: "ự",
    0xFA: "ỳ",
    0xFD: "ý",
    0xFB: "ỷ",
    0xFC: "ỹ",
    0xFE: "ỵ",
    0xA1: "Ă",
    0xA2: "Â",
    0xA7: "Đ",
    0xA3: "Ê",
    0xA4: "Ô",
    0xA5: "Ơ",
    0xA6: "Ư",
}
#: The codes no Vietnamese word printed in Unicode holds: a line with two or more is TCVN3.
_MARKERS = frozenset(
    chr(code)
    for code in (
        0xA1,
        0xA2,
        0xA3,
        0xA4,
        0xA5,
        0xA6,
        0xA7,
        0xA8,
        0xA9,
        0xAA,
        0xAB,
        0xAC,
        0xAD,
        0xAE,
        0xB5,
        0xB6,
        0xB7,
        0xB8,
        0xB9,
        0xBB,
        0xBC,
        0xBD,
        0xBE,
        0xC6,
        0xC7,
        0xCB,
        0xCE,
        0xCF,
        0xD0,
        0xD1,
        0xD6,
        0xD7,
        0xD8,
        0xDC,
        0xDE,
        0xDF,
        0xE4,
        0xE5,
        0xE6,
        0xE7,
        0xEB,
        0xEE,
        0xEF,
        0xF1,
        0xF6,
        0xF7,
        0xF8,
        0xFB,
        0xFC,
        0xFE,
    )
)
#: "ơ" before "ng", "c" or "u" at a word's end, which Vietnamese writes after "ư" only: a "ư"
#: (a soft hyphen's code in TCVN3) the copy dropped ("L\u00acng" read "Lơng", for "Lương").
_HORN_LOST = re.compile(r"(?<![ưƯ])(?=[ơớờởỡợ](?:ng|c|u)\b)")


def _old_font_line(line: str) -> bool:
    """Whether ``line`` is in the TCVN3 shape: Latin-1 letters, two of them no Vietnamese's."""
    if sum(c in _MARKERS for c in line) < 2:
        return False
    return all(ord(c) < 0x100 or 0x2000 <= ord(c) < 0x2070 for c in line)


def old_font_decoded(text: str) -> str:
    """``text`` with each line in the TCVN3 shape read back into the letters it prints."""
    if not any(c in _MARKERS for c in text):
        return text  # the common case
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _old_font_line(line):
            lines[index] = _HORN_LOST.sub("ư", line.translate(_TCVN3))
    return "\n".join(lines)
