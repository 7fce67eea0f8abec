"""A copy that holds the whole document on one line, given its line breaks back.

Document-sharing sites extract a PDF's text as one line per page, and the
letterhead's two columns come out interleaved: the issuer's first line, the
national heading, the issuer's second line, the motto ("BỘ LAO ĐỘNG -
THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập - Tự do -
Hạnh phúc"). Read as one line, no letterhead, number, date or title is
found. :func:`unfolded` breaks such a line where a document's layout breaks
it: the issuer's column apart from the national heading and the motto, then
before the number line, the place and date, the type line, the organ that
decides, each opening clause ("Căn cứ", "Xét đề nghị"), each article, and a
report's first part ("I- Đặc điểm, tình hình").
"""

from __future__ import annotations

import re

from coordprog.importer._document_text import UPPER_LETTERS

#: A line this long that holds the national heading is a whole page on one line.
_FOLDED_MIN = 300
_HEADING = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM")
#: The motto; a site that drops the words it counts as stop words prints it without "do"
#: ("Độc lập - Tự - Hạnh phúc"), and a summary without its dashes.
_MOTTO = re.compile(r"Độc\s+lập\s*[-\u2013]?\s*Tự(?:\s+do)?\s*[-\u2013]?\s*Hạnh\s+phúc")
#: A page number a sharing site puts before each page's text ("1. BỘ ...").
_PAGE = re.compile(r"^\d{1,3}\.\s+(?=[^\W\d_])")
_STARS = re.compile(r"\*{3,}")
_TYPES = (
    r"QUYẾT ĐỊNH|KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|NGHỊ QUYẾT(?: LIÊN TỊCH)?"
    r"|THÔNG TƯ(?: LIÊN TỊCH)?|HƯỚNG DẪN|THÔNG BÁO|BÁO CÁO"
)
#: Where a layout breaks the text after the motto; never after a word that joins a name to
#: what it names ("... CỦA ỦY BAN NHÂN DÂN TỈNH" is one title), nor inside a post or after a
#: comma ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG ...", "ĐỒNG CHÍ A, CHỦ TỊCH ...": a notice's title).
_BREAKS = re.compile(
    r"(?<!CỦA)(?<!GIỮA)(?<!VỚI)(?<!\bVÀ)(?<!PHÓ)(?<!,)(?<!Chương)(?<!CHƯƠNG)(?<!Phần)(?<!PHẦN)"
    # Nor between a council's term and its number ("KHOÁ XV - KỲ HỌP THỨ 3" is no part "XV").
    r"(?<!KHÓA)(?<!KHOÁ)(?<!Khóa)(?<!Khoá)"
    r"\s+(?="
    r"Số\s*:"  # the number line
    r"|(?:BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN)\s"
    # The organ that decides, in capitals; after "CHỦ TỊCH" it is the Chairman's committee.
    r"|(?<!CHỦ TỊCH )(?:ỦY|UỶ) BAN NHÂN DÂN\s"
    # The council that resolves, with its term and session: "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI
    # KHOÁ XV - KỲ HỌP THỨ 3" (a title's "KỲ HỌP HỘI ĐỒNG NHÂN DÂN ..." names it, no break).
    rf"|(?<!HỌP )HỘI ĐỒNG NHÂN DÂN(?:\s+[{UPPER_LETTERS}]+){{1,6}}\s+KH(?:ÓA|OÁ)\s+[IVXLC]+"
    r"\s*[,\-\u2013]?\s*KỲ\s+HỌP\s"
    r"|Căn cứ\s|Xét đề nghị\s|Theo đề nghị\s|Thực hiện\s"
    # "Căn cứ" as a site that drops stop words prints it: "Căn Nghị định số ...".
    r"|Căn\s+(?=(?:Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết"
    r"|Quyết\s+định|Thông\s+tư|Chỉ\s+thị)\s)"
    rf"|(?:{_TYPES}):?\s+Điều\s"  # the decision's verb line
    r"|Điều\s+\d+\s*\.|Nơi nhận"
    r"|[IVX]+\s*[./\-\u2013]\s+[A-ZĐ][^\W\d_]"  # a report's part: "I- Đặc điểm, tình hình"
    r")"
)
_TYPE = re.compile(rf"(?:{_TYPES})(?=\s)")
#: The place and date, which the leftmost match finds whole ("Hà Nội, ngày ... năm 2007"); a
#: copy to be signed by hand leaves its day and month blank ("Giá Rai, ngày tháng năm 2013").
_PLACE_DATE = re.compile(
    r"(?<!\S)[^\d\s,;:./][^\d,;:./]{1,39},\s*ngày\s*(?:\d{1,2}\s+|[.…_]+\s*)?"
    r"tháng\s*(?:\d{1,2}\s+|[.…_]+\s*)?năm\s+\d{4}"
)


def unfolded(text: str) -> str:
    """``text`` with each line that holds a letterhead and more broken where the layout breaks it.

    Other lines are left exactly as they are; so is a text whose
    letterhead is on lines of its own.
    """
    lines = text.splitlines()
    if not any(len(line) >= _FOLDED_MIN and _HEADING.search(line) for line in lines):
        return text
    return "\n".join(_unfold(line) if len(line) >= _FOLDED_MIN else line for line in lines)


def _unfold(line: str) -> str:
    heading = _HEADING.search(line)
    motto = _MOTTO.search(line, heading.end()) if heading else None
    if heading is None or motto is None:
        return line
    first = _PAGE.sub("", line[: heading.start()].strip())
    second = line[heading.end() : motto.start()].strip()
    rest = _STARS.sub(" ", line[motto.end() :]).strip()
    parts = [*_site_words_apart(first), second, heading[0], motto[0]]
    for index, piece in enumerate(_BREAKS.split(rest)):
        piece = piece.strip()
        # The letterhead's date is under the motto or beside the number, nowhere later.
        date = _PLACE_DATE.search(piece) if index < 2 else None
        if date:
            # The date on its own line, then the type line, then the title.
            parts.append(piece[: date.start()].strip())
            parts.append(date[0])
            piece = piece[date.end() :].strip()
            kind = _TYPE.match(piece)
            if kind:
                parts.append(kind[0])
                piece = piece[kind.end() :].strip()
        parts.append(piece)
    parts = [part for part in parts if part]
    return "\n".join(parts)


def _site_words_apart(first: str) -> list[str]:
    """The issuer's column, the site's words before it on a line of their own.

    A sharing site may run its own title on into the page ("Quy định giá Rừng Bộ Tài Chính
    BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - BỘ TÀI CHÍNH"): the letterhead is the run of
    words in capitals that ends the text before the national heading, two words or more.
    """
    words = first.split()
    start = len(words)
    while start > 0 and not any(char.islower() for char in words[start - 1]):
        start -= 1
    if start == 0 or len(words) - start < 2:
        return [first]
    return [" ".join(words[:start]), " ".join(words[start:])]
