"""A document's text as paragraphs: reading TXT, DOCX and PDF, and repairing what extraction breaks.

Also the forms of the lines the importer looks for (parts, sections,
chapters, articles, clauses, points, bullets, titles of signatories) and
the letterhead (its number, place and date, and the title under the
document type), shared by the readers of programs and of regulations.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from coordprog.importer import _files
from coordprog.importer._places import province_named
from coordprog.model._errors import FormatError
from coordprog.model._text import normalize_text

#: A part's heading: "I. KẾT QUẢ", and as schools' and unions' reports print it, "I/ ĐÁNH GIÁ",
#: "I- Đặc điểm, tình hình" (a slash or a hyphen after the numeral).
ROMAN = re.compile(r"^(?P<numeral>[IVX]+)(?:\.|\s*[/-](?=\s))\s+(?P<title>.+)$")
CHAPTER = re.compile(
    r"^(?:Chương|CHƯƠNG)\s+(?P<number>[IVXLC]+|\d+)(?:\s*[.:]\s*|\s+|$)(?P<title>.*)$"
)
ARTICLE = re.compile(r"^Điều\s*(?P<number>\d+[a-z]?)\s*[.:]\s*(?P<caption>.*)$")
POINT = re.compile(r"^(?P<letter>[a-zđ])\)\s+(?P<text>.+)$")
CLAUSE = re.compile(r"^(?P<number>\d+)\.\s+(?P<text>.+)$")
# Lines of only rules and table borders, as web copies of documents have.
_RULE = re.compile(r"^[\s|\-_=*.]+$")
#: A rule a copy printed at the end of a line, after a space: the title's underline run on
#: with it ("HƯỚNG DẪN Tuyên truyền ... (14/10/1930 - 14/10/2019) ————————————"), in hyphens,
#: underscores, en or em dashes or box-drawing lines, three or more; a line of them alone.
_TRAILING_RULE = re.compile(r"(?:^|\s+)[-_=\u2013\u2014\u2015\u2500]{3,}\s*$")
# Words a caption broken across lines may end with: the next line goes on with it.
_CONTINUES = ("của", "và", "với", "giữa", "cho", "đối", "trong", "về", "các", "giữa các")
# "Hòa Bình, ngày 20 tháng 3 năm 2019", or the date alone on its line.
#: A day of the week a page prints before its date of today ("Thứ Hai, ngày ..."): no place.
WEEKDAY = re.compile(r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*$")
PLACE_DATE = re.compile(
    r"^(?!(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,)"
    r"(?:(?P<place>[^\d,;:]{2,40}),\s*)?ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})"
    r"\s+năm\s+(?P<year>\d{4})(?:\b(?(place)|$))"
)
# "Số: 01/QC-UBND" (State), "Số 79-CTr/BDVTW" (Party, no colon), and a draft's
# "Số:      /KH-UBND" whose number the office has yet to fill in; a symbol after an en dash
# between spaces ("Số: 05 \u2013 HD/HNDT"), in capitals (not "\u2013 Bắc Giang, ngày ...").
NUMBER_LINE = re.compile(
    # Not "Số: 1 45/KH-UBND", whose serial a copy's spacing broke: the opening reads it.
    r"^Số(?:\s*:\s*|\s+(?=\d*[-/]))(?P<number>\S++)(?![ \t]+\d)"
    r"(?P<spaced>\s+\u2013\s+[A-ZĐ0-9][A-ZĐ0-9/&.-]*(?!\S))?"
    # "Số: 13 KH/LĐ": a number of digits whose hyphen the copy printed as a space.
    r"(?(spaced)|(?P<unhyphened>(?<=\d)[ \t]+[A-ZĐ][A-ZĐa-zđ]{0,5}/[A-ZĐ0-9/&.-]+(?!\S)))?"
)
#: A number's serial, before its symbol: a digit at least ("45/KH", "01-CT/TU", "12a/QĐ").
_SERIAL = re.compile(r"[^/\-\u2013]*\d")
# "1. ...", and the Party's "1- ..." (a hyphen after the number, then a space).
NUMBERED = re.compile(r"^(?P<number>\d+(?:\.\d+)*)(?:\.|-(?=\s))\s+(?P<title>.+)$")
BULLET = re.compile(r"^[-\u2013+]\s+(?P<text>.+)$")  # a hyphen, an en dash or a plus
#: A clause's number alone on its line ("1." over "Phạm vi áp dụng:"), as a page's narrow
#: column breaks it: it starts a paragraph, and its text on the next line goes on it.
_BARE_CLAUSE_NUMBER = re.compile(r"^\d{1,2}\.$")
#: The label of a plan's line under a numbered item that says who does it or when, dashed or
#: not: "- Cơ quan chủ trì: Sở Tư pháp.", "Đơn vị phối hợp: ...", "Thời gian: Năm 2023.";
#: "Chủ trì:" and "Phối hợp:" alone (``bare``) count only before a name in capitals.
ROLE_LABEL = re.compile(
    r"(?:[-\u2013+•]\s*)?(?:(?:(?:Cơ quan|Đơn vị)\s+(?P<role>chủ trì|phối hợp|thực hiện|"
    r"chịu trách nhiệm(?: chính)?)(?:\s+thực hiện)?|(?P<bare>Chủ trì|Phối hợp))\s*:\s*"
    r"|(?P<when>Thời gian(?:\s+(?:thực hiện|hoàn thành|triển khai))?)\s*:\s*)",
    re.IGNORECASE,
)
#: A line closed as a sentence or a clause is: by a stop, a colon, a closing quote or bracket.
_CLOSED_LINE = re.compile(r"[.;:!?”\")]\s*$")
#: A plan's line naming the leaders in charge of an item ("Lãnh đạo phụ trách: ..."): people.
IN_CHARGE_LABEL = re.compile(r"^(?:[-\u2013+•]\s*)?Lãnh đạo (?:phụ trách|chỉ đạo)\s*:", re.I)
#: How much of a paragraph's end the patterns anchored at its end read: a paragraph joined
#: line by line grows without bound, and a search anchored at "$" reads it all each time.
TAIL = 64
#: The longest paragraph in capitals read as a heading (a title over several lines is shorter).
HEADING_MAX = 2000
#: A page's number alone on its line: "2", "Trang 2", "Trang 2/5", "- 2 -" (a page break).
_PAGE_NUMBER = re.compile(
    r"^(?:\d{1,3}|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|[-\u2013]\s*\d{1,3}\s*[-\u2013])$"
)
SIGNED = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}")
_NOISE = ("đã ký lên văn bản này", "CỤC CHỨNG THỰC SỐ", "BAN CƠ YẾU CHÍNH PHỦ", "ca@bcy.gov.vn")
#: A digital signature's line broken anew by a PDF: "Nguyễn Văn A<a@b.gov.vn> đã ký lên văn" /
#: "bản này!".
_STAMP = re.compile(
    r"<[^<>\s]+@[^<>\s]+>\s*(?:đã\b|$)|^(?:(?:ký\s+)?(?:lên\s+)?văn\s+)?(?:bản\s+)?này!$"
)


def _noise(line: str) -> bool:
    """Whether ``line`` is a page number, a rule or a line of a digital signature."""
    return bool(
        _PAGE_NUMBER.match(line)
        or _RULE.match(line)
        or any(noise in line for noise in _NOISE)
        or _STAMP.search(line)
        or (SIGNED.search(line) and len(line) < 40)
    )


KIND_LINES = {
    "CHƯƠNG TRÌNH": "program",
    "QUY CHẾ": "regulation",
    "KẾ HOẠCH": "joint-plan",
    "NGHỊ QUYẾT LIÊN TỊCH": "joint-resolution",
}
TITLES = re.compile(
    r"^(?:(?:KT|TM|Q|TL|TUQ)\.\s*)?(?:PHÓ\s+)?(?:TRƯỞNG BAN|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|"
    r"TRƯỞNG BAN THƯỜNG TRỰC|PHÓ CHỦ TỊCH)$"
)


def source_lines(text: str) -> list[str]:
    """The document's lines as a reader sees them: repaired, table cells apart, noise left out.

    Web copies keep a letterhead or signature table as cells joined by
    ``|`` ("Số: 31/2008/QĐ-UBND | Tân An, ngày 21 tháng 8 năm 2008 |"):
    each cell is a line of its own.  Rules (``-----``), page numbers, the
    lines of digital signatures and empty cells are left out; runs of
    white space become one space.
    """
    found: list[str] = []
    dash = False  # a recipient's dash left alone on its line, its text on the next
    for raw in _by_columns(normalize_text(text).splitlines()):
        for cell in _cells(raw):
            line = _TRAILING_RULE.sub("", _EMPHASIS.sub("", _letters_closed(cell)))
            if line in ("-", "\u2013") and found and _LISTED.search(found[-1]):
                dash = True
                continue
            if not line or _noise(line):
                continue
            if dash:
                line, dash = f"- {line}", False
            line = _unglue_place(_GLUED_DAY.sub(" ", _GLUED_WORDS.sub(" ", line)))
            line = _spelled_date(_ROMAN_MARK.sub(r"\1. ", line), found[-1] if found else "")
            if found and _BROKEN_OPENER.match(f"{found[-1]} {line}") and found[-1] in _OPENERS:
                found[-1] = f"{found[-1]} {line}"  # "Căn" / "cứ Luật ...": one clause's words
                continue
            if found and _MARK_ALONE.match(found[-1]) and line.isupper():
                found[-1] = f"{found[-1]} {line}"  # "TM." / "ỦY BAN NHÂN DÂN": one authority
                continue
            if found and _DAY_CUT.search(found[-1]) and _DAY_GOES_ON.match(line):
                found[-1] = f"{found[-1]}{line}"  # "... ngày 0" / "7 tháng 02 năm 2019": one day
                continue
            found.append(line)
    return _signature_in_capitals(_without_related_lists(found))


#: The label of a legal-document site's list of other documents, printed around a text:
#: "Văn bản liên quan", "Văn bản được căn cứ", "Văn bản bị thay thế", "VB được hướng dẫn".
_RELATED_LABEL = re.compile(
    r"^(?:Văn\s+bản|VB)\s+(?:(?:bị|được)\s+)?(?:liên\s+quan|căn\s+cứ|thay\s+thế|hướng\s+dẫn"
    r"|sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung|hợp\s+nhất|dẫn\s+chiếu|đính\s+chính"
    r"|hết\s+hiệu\s+lực|quy\s+định\s+hết\s+hiệu\s+lực)(?:\s+cùng\s+nội\s+dung)?\s*:?$",
    re.IGNORECASE,
)
#: A document such a list names: its kind, then its number or year ("Quyết định 82/2016/QĐ-UBND
#: ngày 12/03/2016 ...", "Luật Tổ chức chính quyền địa phương 2015").
_RELATED_ENTRY = re.compile(
    r"^[-+•*]?\s*(?:Quyết\s+định|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Chỉ\s+thị|Công\s+văn"
    r"|Kế\s+hoạch|Chương\s+trình|Hướng\s+dẫn|Quy\s+chế|Quy\s+định|Thông\s+báo|Báo\s+cáo"
    r"|Tờ\s+trình|Đề\s+án|Công\s+điện|Thông\s+tri|Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp|Lệnh"
    r"|Văn\s+bản\s+hợp\s+nhất)\b.*\d",
    re.IGNORECASE,
)


def _without_related_lists(lines: list[str]) -> list[str]:
    """``lines`` without a site's lists of related documents, each under its label.

    Legal-document sites print, before or after the text, the documents it replaces, rests
    on or is carried out by, under "Văn bản bị thay thế", "Văn bản được căn cứ", "Văn bản
    liên quan": their numbers and dates are other documents', never this one's own, nor acts
    it cites. A label is left when no document follows it.
    """
    kept: list[str] = []
    index = 0
    while index < len(lines):
        after = index + 1
        if _RELATED_LABEL.match(lines[index]):
            while after < len(lines) and _RELATED_ENTRY.match(lines[after]):
                after += 1
        if after > index + 1:
            index = after
            continue
        kept.append(lines[index])
        index += 1
    return kept


def _by_columns(raws: list[str]) -> list[str]:
    """``raws`` with a letterhead's rows of cells in capitals read column by column.

    Two bodies' letterheads side by side, each its superior over itself, flattened into
    rows of as many cells ("UBND TỈNH BẮC GIANG | BỘ CÔNG AN" / "SỞ TƯ PHÁP | CÔNG AN
    TỈNH BẮC GIANG"), parted by "|" or by a PDF's tab or wide gap between cells of two
    words or more: each column is one letterhead, read top to bottom, a cell a line.
    Rows with a small letter or a digit in a cell (the motto, the number, the date) are
    read as printed.
    """
    result: list[str] = []
    run: list[list[str]] = []

    def flush() -> None:
        if len(run) >= 2:
            result.extend(row[i] for i in range(len(run[0])) for row in run)
        else:
            result.extend(" | ".join(row) for row in run)
        run.clear()

    for raw in raws:
        cells = [cell.strip() for cell in _CELLS.split(raw.strip().strip("|"))]
        capitals = (
            _CELLS.search(raw) is not None
            and len(cells) >= 2
            and all(cell and cell.isupper() and not _DIGIT.search(cell) for cell in cells)
            and ("|" in raw or all(len(cell.split()) >= 2 for cell in cells))
        )
        if capitals and (not run or len(run[0]) == len(cells)):
            run.append(cells)
            continue
        flush()
        if capitals:
            run.append(cells)
        else:
            result.append(raw)
    flush()
    return result


_DIGIT = re.compile(r"\d")


#: A day's two digits a line's end parted ("ngày 0" / "7 tháng 02 năm 2019"): the first ends
#: a line, the second starts the next, before its month.
_DAY_CUT = re.compile(r"\bngày\s+\d$")
_DAY_GOES_ON = re.compile(r"^\d\s+tháng\b")

#: The mark under a signature's post that the signed copy bears: "(Đã ký)", "Đã ký".
_SIGNED_MARK = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ)\s*\)?\.?$")


def _signature_in_capitals(lines: list[str]) -> list[str]:
    """``lines`` with a signature block printed in words ("Thủ tướng" / "(Đã ký)") in capitals.

    A legal database's copy writes the block above the signed mark in sentence case
    ("TM. Ủy ban nhân dân" / "KT. Chủ tịch" / "Phó Chủ tịch" / "(Đã ký)"), where the
    document prints capitals: its short lines up to the last sentence's end are the
    authority and the post, read as printed in capitals.  A name is left as written.
    """
    result = list(lines)
    for index, line in enumerate(lines):
        if not _SIGNED_MARK.match(line):
            continue
        at = index - 1
        while at >= 0 and _block_line_in_words(result[at]):
            result[at] = result[at].upper()
            at -= 1
    return result


def _block_line_in_words(line: str) -> bool:
    """A short line of a signature block in sentence case: no sentence end, name or digit."""
    words = line.split()
    return (
        0 < len(words) <= 8
        and line[:1].isupper()
        and any(c.islower() for c in line)
        and not any(c.isdigit() for c in line)
        and not _CLOSED_LINE.search(line)
        and not line.rstrip().endswith(",")
        and not looks_like_name(line)
        and not _SIGNED_MARK.match(line)
    )


#: What parts a table's cells on a line: a web copy's "|", or the tab or wide gap a PDF's text
#: keeps between columns ("- Như Điều 3;          KT. CHỦ TỊCH": a recipient, a signature line).
#: A gap before the slashes of a date whose day (and month) is left blank is the blank's, not a
#: column's ("Hà Nội, ngày     /     /2024", "ngày    /5/2024"), and so is one where a number's
#: serial is left blank before its symbol ("Số:       /QĐ-UBND").
_CELLS = re.compile(
    r"\||\t+|(?<=\S)(?!(?<=S[ốỐ]:) +[/-]) {4,}(?=\S)"
    r"(?!/[\s.…_]*(?:\d{1,2}[\s.…_]*)?/?\s*(?:19|20)\d\d\b)"
)


def _cells(raw: str) -> list[str]:
    """A line's table cells; words spaced out for show ("QUYẾT     ĐỊNH") are one cell.

    A wide gap parts columns whose cells hold words together ("- Như Điều 3;" beside
    "DÂN"); when every part is one word, the gaps are a type line's spacing, not columns.
    A tab parts columns too, unless every part is one word in capitals: a copy that
    typed its type line with a tab between its words.
    """
    cells = _CELLS.split(raw)
    if len(cells) < 2 or "|" in raw or not all(len(cell.split()) <= 1 for cell in cells):
        return cells
    if "\t" not in raw or all(cell.isupper() for cell in cells if cell.strip()):
        return [" ".join(raw.split())]
    return cells


#: A line of a list of recipients, after which a dash alone on its line starts the next one
#: ("- TT HĐND Huyện;" / "-" / "Ủy ban MTTQ VN ...").
_LISTED = re.compile(r"(?:;|^Nơi nhận\s*:?)\s*$")

#: An authority's mark a narrow cell leaves alone on its line, its body on the next: "TM." /
#: "ỦY BAN NHÂN DÂN".
_MARK_ALONE = re.compile(r"^(?:TM|KT|K/T|T/M|TL|T/L|TUQ)\s*\.?$")

#: The first word of a clause's opening words, which a copy may leave alone on its line; and
#: the word of an article's heading, whose number a table's copy prints on the next line
#: ("Điều" / "1. Ban hành kèm theo ...").
_OPENERS = ("Căn", "Theo", "Thực", "Thi", "Xét", "Điều")
_BROKEN_OPENER = re.compile(
    r"^(?:Căn cứ|Theo đề nghị|Thực hiện|Thi hành|Xét đề nghị)\s|^Điều \d+[a-z]?\s*[.:](?:\s|$)"
)


#: The small and the capital letters of Vietnamese, for a regex's character class.
LOWER_LETTERS = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
UPPER_LETTERS = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
# Two words a copy glued where a line ended: "kèm theoQuyết định" (a word, then a capitalised one).
_GLUED_WORDS = re.compile(rf"(?<=[{LOWER_LETTERS}]{{2}})(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])")


#: Markdown's emphasis around a cell or line, as copies kept in Markdown print it: "*Hà Nội,
#: ngày 14 tháng 10 năm 2024 *", "**QUYẾT ĐỊNH**" (a bullet, "* Như trên;", is no emphasis).
_EMPHASIS = re.compile(r"^\*+(?=\S)|(?<=\S)\s*\*+$|^\*+$")


#: Capitals spaced out for show, as a type line may be typed: "Q U Y Ế T   Đ Ị N H".
_SPACED_LETTERS = re.compile(rf"^\s*[{UPPER_LETTERS}](?:[ \t]+[{UPPER_LETTERS}]){{3,}}\s*$")


def _letters_closed(cell: str) -> str:
    """A cell's words, one space apart; capitals spaced out for show closed up into words.

    The wider gaps between spaced capitals part the words ("K Ế   H O Ạ C H" is
    "KẾ HOẠCH"); where every gap is one space, the letters are closed up into one word,
    which a type line's reader still knows ("QUYẾTĐỊNH").
    """
    if not _SPACED_LETTERS.match(cell):
        return " ".join(cell.split())
    words = re.split(r"\s{2,}", cell.strip())
    return " ".join("".join(word.split()) for word in words)


# "ngày" glued to the word before or the day after where a line ended: "Luật tổ chức Chính
# phủngày 25 tháng 12 năm 2001", "70-TB/TWngày 06", "ngày22 tháng 7"; and "vềviệc".
_GLUED_DAY = re.compile(
    r"(?<=[^\W\d_])(?=ngày\s*\d)|(?<=\bngày)(?=\d)|(?<=[^\W_]ngày)(?=\d)|(?<=\bvề)(?=việc\b)"
)


#: A part's numeral with a slash or a hyphen ("I/ ĐÁNH GIÁ", "II- Kết quả"), written as the
#: importer's other readers know it ("I. ").
_ROMAN_MARK = re.compile(rf"^([IVX]+)\s*[/\-\u2013]\s+(?=[{UPPER_LETTERS}])")
#: A place-and-date line whose date is written with slashes ("Tân Lâm, ngày 27/5/ 2009"), also
#: after the number or the national heading it shares its line with ("Số: 454/UBND-NCTH Vị
#: Thanh, ngày 6/4/2011", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 15/06/2015"), or
#: with hyphens or stops, the same both times ("Đông Anh, ngày 05-3-2020", "ngày 05.3.2020").
_SLASHED_DATE = re.compile(
    r"^(?P<number>S[ốo]\s*:?\s*\d+[^\s,;]*\s+|.*?(?:VIỆT\s+NAM|[Hh]ạnh\s+[Pp]húc)\s+)?"
    r"(?!(?:Thứ|THỨ|Chủ\s+nhật|CHỦ\s+NHẬT)\b)"  # a page's weekday: "Thứ Tư, 24/4/2024"
    r"(?P<place>[^\d,;:]{2,40}|(?:Quận|Phường|QUẬN|PHƯỜNG)\s+\d{1,2}),\s*(?:ngày\s*)?"
    r"(?P<day>\d{1,2})\s*(?P<mark>[/.-])\s*(?P<month>\d{1,2})\s*(?P=mark)\s*"
    r"(?P<year>(?:19|20)\d\d)\s*$"
)
#: A place-and-date line dated with slashes whose day, or day and month, a draft or an unsigned
#: copy leaves blank for the hand that signs ("Hà Nội, ngày  /  /2024", "ngày …/5/2024").
_SLASHED_BLANK = re.compile(
    _SLASHED_DATE.pattern.split("(?P<day>")[0]
    + r"[\s.…_]*/[\s.…_]*(?:(?P<month>\d{1,2})[\s.…_]*)?/\s*(?P<year>(?:19|20)\d\d)\s*$"
)
#: A place-and-date's date with slashes, hyphens or stops on a line a copy flattened, run on
#: with the type line in capitals ("... Số: 03/BC-CĐCS Ba Tơ, ngày 8-4-2010 BÁO CÁO ...").
_SLASHED_RUN_ON = re.compile(
    r"(?<=,\s)ngày\s*(?P<day>\d{1,2})\s*(?P<mark>[/.-])\s*(?P<month>\d{1,2})\s*(?P=mark)\s*"
    rf"(?P<year>(?:19|20)\d\d)(?=\s+[{UPPER_LETTERS}]{{2,}}\s)"
)
#: The date of a place-and-date line broken after its comma ("Quảng Trị," / "ngày 13/10/2014").
_SLASHED_DAY_ALONE = re.compile(
    r"^ngày\s*(?P<day>\d{1,2})\s*(?P<mark>[/.-])\s*(?P<month>\d{1,2})\s*(?P=mark)\s*"
    r"(?P<year>(?:19|20)\d\d)\s*$"
)


def spelled_run_on_date(text: str) -> str:
    """``text`` with the date of a place-and-date line run on with the type line spelled out.

    A copy that flattened its opening onto one line and dated it with slashes, hyphens or
    stops ("Ba Tơ, ngày 8-4-2010 BÁO CÁO TỔNG KẾT ...") reads as one dated in words ("ngày 8
    tháng 4 năm 2010"), as every reader of the opening knows it; only the first such date.
    """
    return _SLASHED_RUN_ON.sub(
        lambda said: f"ngày {said['day']} tháng {said['month']} năm {said['year']}", text, 1
    )


def _spelled_date(line: str, before: str) -> str:
    """A place-and-date line dated with slashes, in the words the opening's readers know.

    ``before`` is the line before: a place ending with its comma makes a line holding only
    "ngày 13/10/2014" the date of its place-and-date line.
    """
    alone = _SLASHED_DAY_ALONE.match(line) if before.rstrip().endswith(",") else None
    if alone is not None:
        return f"ngày {alone['day']} tháng {alone['month']} năm {alone['year']}"
    blank = _SLASHED_BLANK.match(line)
    if blank is not None:  # the blanks as the words print them: "ngày ... tháng ... năm 2024"
        month, year = blank["month"] or "...", blank["year"]
        return f"{blank['number'] or ''}{blank['place']}, ngày ... tháng {month} năm {year}"
    return _SLASHED_DATE.sub(
        lambda said: (
            f"{said['number'] or ''}{said['place']}, ngày {said['day']} tháng"
            f" {said['month']} năm {said['year']}"
        ),
        line,
    )


_GLUED_UNIT = re.compile(
    r"(?<!\w)(TỈNH|HUYỆN|THÀNH PHỐ)"
    r"(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])"
)


def _unglue_place(line: str) -> str:
    """A level word glued to its province by a copy ("TỈNHQUẢNG NGÃI"), parted again."""
    return _GLUED_UNIT.sub(lambda m: f"{m[1]} " if province_named(line[m.end() :]) else m[1], line)


#: The rest of a symbol on the next line: "BCSĐUBDT", "BCSĐUBDT, ngày 30/11/2021" ...
_SYMBOL_REST = re.compile(r"^[A-ZĐ0-9][A-ZĐÂĂÊÔƠƯ0-9./-]*(?=[,;)]|\s|$)")


def in_capitals(paragraph: str) -> bool:
    """Whether ``paragraph`` is a heading or letterhead line in capitals.

    A paragraph of more than :data:`HEADING_MAX` characters is none: a
    paragraph joined line by line grows without bound, and testing it whole
    at each line would take time growing with the square of its length.
    """
    return len(paragraph) <= HEADING_MAX and paragraph.isupper()


def broken_symbol(previous: str, line: str) -> bool:
    """Whether ``line`` goes on a symbol ``previous`` broke at its hyphen ("01-CTrPH/BDVTW-")."""
    return bool(re.search(r"\w-$", previous[-2:]) and _SYMBOL_REST.match(line))


def word_in_sentence(previous: str, line: str) -> bool:
    """Whether ``line`` is one word in capitals (an abbreviation, a number) inside a sentence.

    ``previous`` must be a sentence that has not ended, in small letters at
    its end ("theo Kế hoạch số 1575/KH-UBND, ngày 05/3/2017 của"), so that a
    heading or a letterhead in capitals is never joined.
    """
    return bool(
        " " not in line
        and line.isupper()
        and not in_capitals(previous)
        and re.search(rf"[{LOWER_LETTERS},]$", previous[-1:])
        and not ROMAN.match(line)
    )


def paragraphs(text: str) -> list[str]:
    """The document's paragraphs, with what text extraction breaks repaired.

    Repairs ``ƣ`` for ``ư`` and NFC; drops page numbers and the lines of
    digital signatures; joins the lines of a paragraph broken mid-sentence.
    A line starts a paragraph when it is a heading (``I.``, ``1.1.``), a
    capitalised line, or a bullet after a line that ends a sentence (a
    ``- 2020`` inside a sentence stays in it).
    """
    found: list[str] = []
    recipients = False  # under "Nơi nhận", every dash starts an item
    for raw in normalize_text(text).splitlines():
        line = " ".join(raw.split())
        if not line or _noise(line):
            continue
        previous = found[-1] if found else ""
        if broken_symbol(previous, line):
            # A symbol broken at its hyphen ("01-CTrPH/BDVTW-" / "BCSĐUBDT,"): no space.
            found[-1] = f"{previous}{line}"
            continue
        if word_in_sentence(previous, line):
            # A PDF's line that holds one word in capitals: "... của" / "UBND" / "tỉnh về ...".
            found[-1] = f"{previous} {line}"
            continue
        recipients = recipients or line.startswith("Nơi nhận")
        starts = (
            not found
            or (recipients and BULLET.match(line))
            or ROMAN.match(line)
            or NUMBERED.match(line)
            or _BARE_CLAUSE_NUMBER.match(line)
            or (line.isupper() and len(line) > 2)
            or in_capitals(previous)
            or line.startswith("Nơi nhận")
            or (
                BULLET.match(line)
                and (
                    _CLOSED_LINE.search(previous[-TAIL:])
                    or NUMBERED.match(previous)
                    or ROMAN.match(previous)
                )
            )
            or previous.endswith(":")
            or _role_label_line(line)
            or bool(IN_CHARGE_LABEL.match(line))
            or looks_like_name(line)
            or _starts_provision(line, previous)
        )
        if starts:
            found.append(line)
        elif re.search(r"\w-$", previous[-2:]):
            # A symbol broken at its hyphen ("01-CTrPH/BDVTW-" / "BCSĐUBDT"): no space.
            found[-1] = f"{previous}{line}"
        else:
            found[-1] = f"{previous} {line}"
    return found


def counts_as_role_label(text: str, label: re.Match[str]) -> bool:
    """Whether a :data:`ROLE_LABEL` match is one: "Chủ trì:" alone counts before a name only."""
    return not label["bare"] or text[label.end() : label.end() + 1].isupper()


def _role_label_line(line: str) -> bool:
    """Whether a line opens with a plan's role label ("- Cơ quan chủ trì: ..."): its own line."""
    label = ROLE_LABEL.match(line)
    return label is not None and counts_as_role_label(line, label)


def _starts_provision(line: str, previous: str) -> bool:
    """Whether ``line`` starts a paragraph of a regulation's structure or of its basis.

    *Chương* and *Điều* lines always do, and the number (``Số: ...``) and
    place-and-date lines of the letterhead; a point ``a)`` after a sentence or
    a colon; each *Căn cứ* of the basis, and the capitalised sentence after
    the last; the text of an article after its caption (unless the caption
    ends with a word that goes on, "Trách nhiệm của").
    """
    if (
        CHAPTER.match(line)
        or ARTICLE.match(line)
        or line.startswith(("Căn cứ", "Thực hiện Chương trình", "Thực hiện Kế hoạch"))
        or NUMBER_LINE.match(line)
        or PLACE_DATE.match(line)
    ):
        return True
    if POINT.match(line) and (_CLOSED_LINE.search(previous[-TAIL:]) or previous.endswith(":")):
        return True
    capitalised = line[:1].isupper()
    if previous.startswith("Căn cứ") and previous.endswith((";", ".", ",")) and capitalised:
        return True
    heading = ARTICLE.match(previous)
    return bool(
        heading
        and capitalised
        and heading["caption"]
        and not _CLOSED_LINE.search(previous[-TAIL:])
        and not previous.endswith(",")
        and previous.split()[-1] not in _CONTINUES
    )


def read_document(path: str | os.PathLike[str]) -> str:
    """The text of a document: plain text (UTF-8), DOCX, or a PDF with a text layer.

    DOCX needs python-docx and PDF pypdf (``pip install "coordprog[import]"``).
    A damaged or hostile file (truncated, not the format its suffix says, a
    ZIP or stream that would expand beyond the reading budget, a PDF whose
    pages loop or that needs a password) is refused with the file named and
    what is wrong with it; the budgets are in the documentation of import.

    :raises ValidationError: for a file that cannot be read as its kind of
        document, or has no text (a PDF without a text layer, a scan).
    :raises FormatError: for a suffix other than ``.txt``, ``.docx`` or ``.pdf``.
    :raises ImportError: naming the extra to install for a DOCX or PDF.
    :raises OSError: when the file cannot be opened.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       A damaged or hostile file raises :class:`ValidationError` (a
       :class:`ValueError`, as before) naming it, within a size, memory and
       time budget; an unknown suffix raises :class:`FormatError`.
    """
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix in (".txt", ".text", ""):
        return _files.read_text(source)
    if suffix == ".docx":
        try:
            import docx  # noqa: F401 - only to say what to install
        except ImportError:
            raise ImportError(
                'reading DOCX needs python-docx: pip install "coordprog[import]"'
            ) from None
        return _files.read_docx(source)
    if suffix == ".pdf":
        try:
            import pypdf  # noqa: F401 - only to say what to install
        except ImportError:
            raise ImportError('reading PDF needs pypdf: pip install "coordprog[import]"') from None
        return _files.read_pdf(source)
    raise FormatError(f"{source}: expected a .txt, .docx or .pdf document, found {suffix!r}")


def looks_like_name(line: str) -> bool:
    """A person's name under a signature: two to five capitalised words, nothing else.

    A word may be one letter ("Y Dec") and have parts after an apostrophe
    ("H'đơk", "H'Đớk", with either apostrophe), as names of the Central
    Highlands are written.
    """
    words = line.split()
    return 2 <= len(words) <= 5 and all(_name_word(word) for word in words)


def _name_word(word: str) -> bool:
    parts = re.split("[\u2019']", word)
    return parts[0][:1].isupper() and all(
        part[:1].isalpha() and (len(part) == 1 or part[1:].islower()) for part in parts
    )


AUTHORITY = re.compile(r"^(?:TM|KT|Q|TL|TUQ)\.\s*(?P<rest>.*)$")


def read_letterhead(opening: list[str], data: dict[str, Any]) -> None:
    """The number (``Số: ...``), place and date of signing, and province of the letterhead."""
    for paragraph in opening:
        number = NUMBER_LINE.match(paragraph)
        # A symbol after a blank ("-CTr/BDVTU") is a number not given yet, and so is one after
        # dots or a rule where the serial goes ("Số: ..../KH-UBND", "Số: ___/QĐ-UBND").
        if number and "number" not in data and _SERIAL.match(number["number"]):
            # "Số: 05 \u2013 HD/HNDT": the symbol after an en dash between spaces goes on it.
            # "Số: 13 KH/LĐ": its symbol after a space, where the hyphen belongs.
            spaced = number["spaced"] or number["unhyphened"]
            spaced = f"-{spaced.split()[-1]}" if spaced else ""
            data["number"] = (number["number"] + spaced).rstrip(".,;")
        place = PLACE_DATE.match(paragraph)
        if place and "signed_on" not in data:
            try:
                data["signed_on"] = dt.date(
                    int(place["year"]), int(place["month"]), int(place["day"])
                )
            except ValueError:
                continue
            if place["place"]:
                data["place"] = place["place"].strip()
    place_name = data.get("place")
    if place_name and any(f"TỈNH {place_name.upper()}" in p for p in opening):
        data["province"] = place_name


def letterhead_line(paragraph: str) -> bool:
    """A line of a letterhead: names in capitals, the motto, the number, the place and date."""
    return (
        not any(char.islower() for char in paragraph)
        or bool(NUMBER_LINE.match(paragraph))
        or bool(PLACE_DATE.match(paragraph))
        or paragraph == "Độc lập - Tự do - Hạnh phúc"
    )


def title_under_type(heading: list[str], kind_line: str | None) -> str | None:
    """The title set in sentence case under the document type ("Quy chế phối hợp ..."), or None."""
    if kind_line is None:
        return None
    after = heading.index(kind_line) + 1
    if after < len(heading) and heading[after].casefold().startswith(kind_line.casefold()):
        return heading[after]
    return None


def summary_under_type(heading: list[str], kind_line: str | None) -> str | None:
    """The summary printed under the document type without the type's name, or None.

    Decree 30/2020/NĐ-CP prints "CHƯƠNG TRÌNH" over "Phối hợp thực hiện
    ...": the line after the type line is the summary when more of the
    opening follows it and it does not read as the opening of the text
    itself (a sentence ending with ":" or ";", or starting "Căn cứ",
    "Thực hiện").
    """
    if kind_line is None:
        return None
    after = heading.index(kind_line) + 1
    if after + 1 >= len(heading):
        return None
    line = heading[after].strip()
    if not line or line.endswith((":", ";", ",")) or line.startswith(_TEXT_OPENINGS):
        return None
    return heading[after]  # itself, for the caller to leave out of the preamble


#: How the text of a document, not its summary, begins.
_TEXT_OPENINGS = ("Căn cứ", "Thực hiện", "Để ", "Nhằm", "Theo ")
