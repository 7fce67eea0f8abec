"""The opening of an official document: letterhead, number, place and date, type line, title.

Decree 30/2020/NĐ-CP lays every official document out the same way: the
issuing bodies top left (the body it belongs to above), the national motto
top right, the number (*Số: 06/2019/QĐ-UBND*) under the bodies, the place and
date (*Vĩnh Long, ngày 23 tháng 5 năm 2019*) under the motto, then the type
line (*QUYẾT ĐỊNH*), the title (*trích yếu*) and, for a decision, the line
that names who decides (*ỦY BAN NHÂN DÂN TỈNH VĨNH LONG*).  Web copies break
these lines anywhere and keep the table's cells: :func:`read_opening` reads
them as one text.  Older gazette copies print it all in one heading
("THÔNG TƯ LIÊN TỊCH CỦA BỘ TƯ PHÁP - VIỆN KIỂM SÁT ... SỐ 12/2001/TTLT-...
NGÀY 26 THÁNG 2 NĂM 2001 HƯỚNG DẪN ...").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterator

import attrs

from coordprog.importer._document_text import LOWER_LETTERS, UPPER_LETTERS, WEEKDAY
from coordprog.importer._grammar import BodyName, bodies_in_letterhead, find_bodies, read_body
from coordprog.importer._places import capital_province, fold, province_match, province_named
from coordprog.importer._recase import capital_first, recase
from coordprog.model._dates import PartialDate

#: A title's last line giving its school year or period alone: "Năm học 2020 - 2021".
_TITLE_YEARS = re.compile(
    r"^(?:Năm\s+học|Giai\s+đoạn)\s*:?\s*\d{4}\s*[-\u2013]\s*\d{4}\s*$", re.IGNORECASE
)
#: The type lines documents print, as compared (folded), and the kind of document they make.
TYPE_LINES: dict[str, str] = {
    "chương trình phối hợp công tác": "program",
    "chương trình phối hợp": "program",
    "chương trình hành động": "program",
    "chương trình": "program",
    "quy chế phối hợp": "regulation",
    "quy chế": "regulation",
    "quy định phối hợp liên ngành": "rules",
    "quy định phối hợp": "rules",
    "quy định": "rules",
    "nội quy": "rules",
    "nghị quyết liên tịch": "joint-resolution",
    "kế hoạch liên tịch": "joint-plan",
    "kế hoạch phối hợp": "plan",
    "kế hoạch": "plan",
    "thỏa thuận phối hợp": "agreement",
    "thỏa thuận": "agreement",
    "thông tư liên tịch": "joint-circular",
    "thông tư liên ngành": "joint-circular",
    "thông tư": "circular",
    "quyết định": "decision",
    "nghị quyết": "resolution",
    "hướng dẫn liên ngành": "guidance",  # a guidance of several sectors: "43/HDLN-SYT-BHXH"
    "hướng dẫn": "guidance",
    "thông báo": "notice",
    "báo cáo": "report",
    "biên bản": "report",  # the record of a meeting: "BIÊN BẢN HỘI NGHỊ ...", into records
    "công văn": "official-letter",
    "chỉ thị": "directive",
    "quy trình phối hợp": "procedure",
    "quy trình": "procedure",
}
_TYPE_KEYS = sorted((fold(key) for key in TYPE_LINES), key=len, reverse=True)
_KIND_OF = {fold(key): kind for key, kind in TYPE_LINES.items()}
#: The five tone marks, as decomposed: a scan's capitals lose them ("QUYÊT ĐINH").
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _toneless(folded: str) -> str:
    """A folded text without its tone marks, its "đ" (or a scan's "ð") a "d"; the same length."""
    bare = unicodedata.normalize("NFD", folded.replace("ð", "đ").replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in bare if c not in _TONE_MARKS))


#: The type keys as a scan's capitals may print them, and the key each one is.
_TONELESS_KEYS = {_toneless(key): key for key in _TYPE_KEYS}

#: Where the opening ends: the first line of the document's body.
BODY_STARTS = re.compile(
    r"^(?:[-\u2013]\s*(?=Căn|Theo|Thực|Thi|Xét|Trên))?"  # "- Căn cứ Điều lệ Đảng;": a listed clause
    r"(?:Căn\s*cứ|Căn$|Theo$|Thực\s*hiện|Thi\s*hành|Theo\s*đề\s*nghị|Xét\s|Xét$|Trên\s*cơ\s*sở|Để\s|Nhằm\s"
    r"|Điều\s*\d|Chương\s+[IVXLC\d]|CHƯƠNG\s+[IVXLC\d]|[IVX]+\.\s|\d+\.\s|QUYẾT\s*ĐỊNH\s*:"
    r"|QUYẾT\s*NGHỊ\s*:|\(Ban\s+hành\s+kèm\s+theo|\(Kèm\s+theo|Kính\s+gửi)"
)
_MOTTO = re.compile(
    r"c\s*ộ\s*n\s*g\s+h\s*[òoõ]\s*a\s+x\s*ã\s+h\s*ộ\s*i\s+c\s*h\s*ủ\s+n\s*g\s*h\s*ĩ\s*a"
    r"\s+v\s*i\s*ệ\s*t\s+n\s*a\s*m"
    r"|độc\s+lập\s*[-\u2013]\s*tự\s+do\s*[-\u2013]\s*hạnh\s+phúc"
    r"|đảng\s+cộng\s+sản\s+việt\s+nam",
)
#: The kind a number line may name before "số:" ("Nghị quyết số: 653/2019/UBTVQH14").
_NAMED_NUMBER = "|".join(
    re.escape(key).replace(r"\ ", r"\s+") for key in sorted(TYPE_LINES, key=len, reverse=True)
)
#: A symbol's parts after a hyphen or an en dash, spaced or not ("05/2019/TT - BTP"): in
#: capitals and digits only, so that what a flattened copy runs on with the number after a
#: dash is not read into it ("Số: 12/KH-UBND \u2013 Bắc Giang, ngày ...", "... \u2013 V/v ...").
_SYMBOL_TAIL = r"(?:\s*[-\u2013]\s*(?-i:[A-ZĐ0-9][A-ZĐ0-9]*)(?![\w/]))*"
#: The number line; also "Số:" after a letterhead on its line ("BỘ TƯ PHÁP Số: 07/2015/TT-BTP"),
#: or "Số" and the number without the colon, in a letterhead's table cell a copy flattened
#: ("BỘ KẾ HOẠCH" / "VÀ ĐẦU TƯ Số 313/2004/QĐ-BKH |").
_NUMBER = re.compile(
    # After the letterhead's star on a line a copy flattened ("... HẢI PHÒNG * Số: 05 - ..."),
    # or after its rule ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH ------- Số: 26/2015/QĐ-UBND |").
    # Or after its name closed by a stop, the page's lines joined ("... ĐÀO TẠO. Số: 78 /KH").
    rf"(?:^|(?-i:(?<=[{UPPER_LETTERS}]{{2}}\s)(?=Số\s*:|Số\s+\d))|(?-i:(?<=\*\s)(?=Số\s*:))"
    rf"|(?-i:(?<=[{UPPER_LETTERS}]{{2}}\.\s)(?=Số\s*:))"
    r"|(?-i:(?<=---\s)(?=Số\s*:)))"
    # "...-BNN&PTNT-...": a symbol part holding "&" is whole; "05 \u2013 HD/HNDT": an en dash.
    # "Số: 1 45/KH-UBND": a serial a scan or a PDF's spacing broke; not the national heading
    # under a symbol that ends with its hyphen ("Số: 145/KH-" / "CỘNG HÒA ...").
    r"s[ốo]\s*:?\s*(?P<number>\d+(?:[ \t]\d{1,3}(?=[ \t]*[/\-\u2013]))?[a-z]?\s*"
    r"(?:[/\-\u2013]\s*(?!c[ộo]ng\s+h)[\w.]+(?:&[\w.]+)*)+"
    rf"{_SYMBOL_TAIL})"
    # A serial left blank, or as dots or a rule ("Số: /KH-UBND", "Số: ..../UBDT-DTTS").
    r"|^s[ốo]\s*:\s*[.…_]*\s*(?P<blank>[/-][\wĐđ/.-]+)"
    rf"|^(?:{_NAMED_NUMBER})\s+s[ốo]\s*:\s*"
    rf"(?P<named>\d+[a-z]?\s*(?:[/-]\s*[\w.]+(?:&[\w.]+)*)+{_SYMBOL_TAIL})",
    re.IGNORECASE | re.MULTILINE,
)
_DATE = re.compile(
    r"ngày\s*(?P<day>\d{1,2})\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_PLACE_WORD = re.compile(
    r"^(?:T[PpXx]\.|[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][\w'\u2019-]*)$"
)
#: Posts printed before the body that decides: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG".
_DECIDERS = (
    "phó chủ tịch",
    "chủ tịch",
    "bộ trưởng, chủ nhiệm",  # a minister heading a ministry-level committee or office
    "bộ trưởng",
    "chủ nhiệm",
    "thống đốc",
    "thứ trưởng",
    "giám đốc",
    "viện trưởng",
    "chánh án",
    "trưởng ban",
    # The head of a district's office or police, the post then the body: "TRƯỞNG PHÒNG GIÁO
    # DỤC VÀ ĐÀO TẠO", "TRƯỞNG CÔNG AN HUYỆN MỘC CHÂU".
    "trưởng",
    "tổng cục trưởng",
    "cục trưởng",
    "chỉ huy trưởng",
    "tổng giám đốc",
    "thường trực",
    "ban thường trực",
    "ban thường vụ",
    "đoàn chủ tịch",
    "ban chấp hành",
)
#: Bodies whose head is named by "Tổng" before the body's name, printed as the post that
#: decides: "TỔNG KIỂM TOÁN NHÀ NƯỚC" (Law 81/2015/QH13, art. 13), "TỔNG THANH TRA CHÍNH PHỦ".
_HEADED_BY_TONG = tuple(fold(name) for name in ("kiểm toán nhà nước", "thanh tra chính phủ"))


@attrs.frozen
class Issuer:
    """The body that decides, as the line under a title names it, and the organ acting for it.

    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" is the body "Ủy ban nhân dân
    tỉnh Kiên Giang" and the organ "Chủ tịch Ủy ban nhân dân tỉnh Kiên
    Giang"; "HỘI ĐỒNG NHÂN DÂN TỈNH ... / KHOÁ VI, KỲ HỌP THỨ 2" keeps its
    term and session in ``term``.
    """

    body: BodyName
    organ: str | None
    printed: str
    term: str | None = None


@attrs.frozen
class Opening:
    """What the opening of a document says, each fact with the text it was read from."""

    letterhead: tuple[BodyName, ...] = ()
    letterhead_text: str | None = None
    number: str | None = None
    number_text: str | None = None
    #: the number line goes on past the number read with more of its symbol, as a scan that
    #: damaged it prints it ("87/20 ló/TTLT-BTC-BTNMT"): the number is a part, to check.
    number_cut: bool = False
    #: the number is a legal site's record's ("Số hiệu văn bản: ..."), the copy printing none
    number_recorded: bool = False
    #: Another number line's number, as printed: a joint text's second body's number.
    other_number: str | None = None
    #: The line a date without a place was read from when it says more than a date and names
    #: no number of the document's: a sentence's date ("Thực hiện Kế hoạch số ... ngày ..."),
    #: a page's ("Cập nhật ngày ..."), which may not be the document's.
    date_in_sentence: str | None = None
    #: Another place-and-date line's text, of another day than the date read (the first).
    other_date: str | None = None
    place: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    type_line: str | None = None
    kind: str | None = None
    title: str | None = None
    title_printed: str | None = None
    #: the title's first word as printed, when the copy stops inside it ("HƯỚN"): no title
    #: is read, and this is what is left of it.
    title_cut: str | None = None
    #: whether the title was printed in capitals and is re-cased.
    recased: bool = False
    issuer: Issuer | None = None
    #: the bodies an old gazette heading names ("THÔNG TƯ LIÊN TỊCH CỦA BỘ TƯ PHÁP - ...").
    heading_bodies: tuple[BodyName, ...] = ()
    #: the index of the first line of the document's body.
    end: int = 0
    #: the line after a title in small letters that may go on it (neither a clause nor a
    #: heading): the title's end is then a guess, to check.
    title_continues: str | None = None
    #: the index of the type line, when there is one.
    type_index: int | None = None
    #: the copy ends with the title's last line, nothing after it: the title may be cut.
    title_at_copy_end: bool = False
    #: the number, date and title came from the page's own heading, not the document.
    from_page_heading: bool = False
    #: the title was read above the type line, none printed under it ("Tổng kết ..." /
    #: "BÁO CÁO"): where it starts is a guess, to check.
    title_above_type: bool = False
    #: the date of a place-and-date line that leaves its day (and month) blank, as copies
    #: signed by hand print it ("Hà Nội, ngày   tháng   năm 2023"): a year, or a month.
    date_in_part: PartialDate | None = None
    #: the title's last lines as printed in capitals under its lines in small letters, read
    #: as the title's and re-cased: where the title ends is a guess, to check.
    title_tail_in_capitals: str | None = None
    #: the title's last line, when the text's first sentence ends the title under it: a
    #: long line, which may be that sentence's first, broken at a page's width.
    title_run_on: str | None = None

    @property
    def province(self) -> str | None:
        """The province the letterhead or the deciding body names."""
        bodies: list[BodyName] = list(self.letterhead)
        if self.issuer is not None:
            bodies.append(self.issuer.body)
        return next((body.province for body in bodies if body.province), None)


def type_of(line: str) -> tuple[str, str] | None:
    """The type a line prints, and the rest of the line: ("quyết định", "") or None.

    A type line is printed in capitals; one with a single small letter is one a scan
    misread ("THÔNG Tư LIÊN TỊCH"), when the line is the type's words alone. One whose
    last letter a copy lost, with its mark ("QUY CH" for "QUY CHẾ", as a page that drops
    the letters of some marks prints it), is that type's line too, when the line is those
    words alone, in capitals. A scan's capitals that lost their tone marks, or read "Đ" as
    "D" or "Ð", print the type still ("QUYÊT DINH", "THÔNG TƯ LIÊN TICH").
    """
    folded = fold(" ".join(line.split()))
    small = sum(c.islower() for c in line)
    if small > 1 or (small == 1 and folded not in _KIND_OF):
        return None
    bare = _toneless(folded)  # "QUYÊT ĐINH", "THÔNG TƯ LIÊN TICH": a scan lost the tones
    for plain, key in _TONELESS_KEYS.items():
        if bare == plain or bare.startswith(plain + " "):
            return key, line[len(key) :].strip() if bare != plain else ""
    closed = folded.replace(" ", "")  # letters closed up: "QUYẾTĐỊNH", "THÔNGTƯLIÊNTỊCH"
    typed = next((key for key in _TYPE_KEYS if closed == key.replace(" ", "")), None)
    if typed is None and not small and " " in folded:
        typed = next((key for key in _TYPE_KEYS if folded == key[:-1]), None)
    return (typed, "") if typed else None


#: What an annex's heading names besides the types of document: "ĐIỀU LỆ", "PHỤ LỤC", ...
_ANNEX_HEADINGS = ("điều lệ", "phụ lục", "đề án", "danh sách", "danh mục", "phương án")
#: The types and the annexes' headings without their tones, as a misprint may print them.
_DOCUMENT_HEADINGS = frozenset(_toneless(fold(key)) for key in (*_TYPE_KEYS, *_ANNEX_HEADINGS))


def names_a_document(line: str) -> bool:
    """Whether ``line`` names a document, as a type line or an annex's heading does.

    "QUYẾT ĐỊNH", "ĐIỀU LỆ", "PHỤ LỤC"; also with a tone misprinted ("ĐIỂU LỆ") or cut
    where the copy stops ("KẾ HOẠ"): such a line is no person's name.
    """
    if type_of(line) is not None:
        return True
    bare = _toneless(fold(" ".join(line.split())))
    return " " in bare and any(
        key == bare or (key.startswith(bare) and len(key) - len(bare) <= 2)
        for key in _DOCUMENT_HEADINGS
    )


def kind_of(type_key: str) -> str:
    """The kind of document a type line makes (a value of ``DocumentKind``, or ``report``)."""
    return _KIND_OF[type_key]


#: What goes on a number after a space when a scan damaged it: a short fragment glued to the
#: rest of its symbol ("Số: 87/20 ló/TTLT-BTC-BTNMT", the year's "16" read "ló").
_NUMBER_GOES_ON = re.compile(
    r"[ \t]{1,3}(?:(?![Vv]/[Vv]\b)[^\s/]{1,4}/[A-ZĐ]{2}|[A-ZĐ]{1,3}[ \t]*(?:$|\|))", re.MULTILINE
)


#: What follows a cited act's number on its line: its date, then its issuer.
_CITED_BY = re.compile(r"\s+ngày\b.*\bcủa\s", re.IGNORECASE)


def _number(text: str) -> tuple[str | None, str | None, bool]:
    """The number of the number line, the text it was read from, and whether it goes on.

    A number that goes on past a space on its line with more of its symbol was cut where
    the copy damaged it: the number read is then a part, to check.
    """
    return next(_numbers(text), (None, None, False))


def _other_number(text: str, number: str | None) -> str | None:
    """A second number line's number in ``text``, other than ``number``, as printed.

    A joint text may print each body's number side by side ("Số: 15/KH-STP   Số:
    08/KH-HND"); the first is read as the document's, the other is shown to check.
    """
    if number is None:
        return None
    for other, said, _ in _numbers(text):
        if other is not None and other != number:
            return said
    return None


def _numbers(text: str) -> Iterator[tuple[str | None, str | None, bool]]:
    """Each number line's number in ``text``, as :func:`_number` reads the first."""
    for match in _NUMBER.finditer(text):
        label = text[match.start() : match.start("number")] if match["number"] else ""
        if label.startswith("s") and ":" not in label:
            # "... ; Nghị định" / "số 43/2011/NĐ-CP ngày 13/6/2011 ...": a citation's number
            # wrapped onto its line, or where a copy cut at its start begins; no number line.
            continue
        line_end = text.find("\n", match.end())
        if ":" not in label and _CITED_BY.match(
            text[match.end() : None if line_end < 0 else line_end]
        ):
            # "SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ": a title's cited act, where a copy cut
            # inside the title begins; a number line names no issuer after its date.
            continue
        if match["blank"]:
            yield None, match[0], False  # "Số: /KH-UBND": a number the office has yet to give
            continue
        raw = match["number"] or match["named"]
        number = re.sub(r"\s*([/-])\s*", r"\1", raw.replace("\u2013", "-")).rstrip(".,;:")
        if re.search(r"\d[ \t]+\d", number):  # "1 45/KH-UBND": the serial's digits, to check
            yield re.sub(r"(?<=\d)[ \t]+(?=\d)", "", number), match[0], True
            continue
        if text[match.end() : match.end() + 1] in ("-", "\u2013"):
            yield f"{number}-", f"{match[0]}-", True  # "Số: 145/KH-": the copy lost the rest
            continue
        goes_on = _NUMBER_GOES_ON.match(text, match.end())
        if goes_on is None:
            yield number, match[0], False
            continue
        rest = text[match.end() : None if line_end < 0 else line_end].split()[0]
        yield number, f"{match[0]} {rest}", True


def _place_date(text: str) -> tuple[str | None, dt.date | None, str | None]:
    """The place and date of a "Vĩnh Long, ngày 23 tháng 5 năm 2019" line, anywhere in ``text``.

    The first date a place is printed before is the place-and-date line's; a page's own
    heading may give a date first, without a place ("Thông tư ... ngày 28 tháng 01 năm
    2011 giữa ..."): that date is taken only when no date has a place. A date a clause ends
    on ("... quy phạm pháp luật ngày 22 tháng 6 năm 2015;"), in a copy cut inside its *căn
    cứ*, is an act's it cites, never the document's.
    """
    first: tuple[str | None, dt.date | None, str | None] = (None, None, None)
    for match, day in _dates_in(text):
        place = _place_before(text, match.start())
        shown = (f"{place}, " if place else "") + " ".join(match[0].split())
        if place is not None:
            return place, day, shown
        if first[1] is None and not text[match.end() :].lstrip(" \t").startswith(";"):
            first = (None, day, shown)
    return first


def _dates_in(text: str) -> Iterator[tuple[re.Match[str], dt.date]]:
    """Each "ngày ... tháng ... năm ..." in ``text`` that is a day of the calendar, and its day."""
    for match in _DATE.finditer(text):
        try:
            yield match, dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue


def _other_place_date(text: str, date: dt.date | None) -> str | None:
    """A place-and-date line in ``text`` of another day than ``date``, the first's, as printed.

    A page's own line above the letterhead ("Hà Nội, ngày 20 tháng 3 năm 2019"), or each
    body's date in a joint opening: the first is read, the other is shown to check.
    """
    if date is None:
        return None
    for match, day in _dates_in(text):
        place = _place_before(text, match.start())
        if place is not None and day != date:
            return f"{place}, " + " ".join(match[0].split())
    return None


def _date_in_sentence(head: list[str], date: dt.date | None, number: str | None) -> str | None:
    """The line ``date``, read without a place, was read from, if it says more than a date.

    A copy that lost its place-and-date line may still print the date alone on a line
    ("Ngày 12 tháng 3 năm 2019"), or a page's record may give it with the document's number
    ("Kế hoạch số 15/KH-STP ngày ..."); a date inside other words (a news lead's "Thực hiện
    Kế hoạch số 20/KH-UBND ngày ...", a note's, a page's "Cập nhật ngày ...") is another's
    as often as the document's.
    """
    if date is None:
        return None
    for line in head:
        for match in _DATE.finditer(line):
            try:
                day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                continue
            if day != date:
                continue
            rest = (line[: match.start()] + line[match.end() :]).strip(" \t.,;:|()[]-\u2013")
            said = re.sub(r"\s+", "", line).casefold()
            if not rest or (number and re.sub(r"\s+", "", number).casefold() in said):
                return None
            return " ".join(line.split())
    return None


#: A place-and-date line whose day, or day and month, the copy leaves blank for the hand that
#: signs ("Hà Nội, ngày      tháng      năm 2023", "ngày ... tháng 9 năm 2024").
_BLANK_DATE = re.compile(
    r"ngày[\s.…_]*tháng\s*(?:(?P<month>\d{1,2})|[.…_]*)\s*năm\s*(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


#: A place-and-date line cut after its "ngày", the rest on the next line.
_DAY_CUT = re.compile(r",\s*ngày\s*$", re.IGNORECASE)


def _place_date_line(line: str) -> bool:
    """Whether ``line`` is a place-and-date line alone: "Thành phố Hồ Chí Minh, ngày ..."."""
    text = " ".join(line.split())
    for pattern in (_DATE, _BLANK_DATE):
        match = pattern.search(text)
        if (
            match is not None
            and match.start() <= 45
            and not text[match.end() :].strip(" .|")
            and text[: match.start()].rstrip().endswith(",")
            and _place_before(text, match.start()) is not None
        ):
            return True
    return False


def _place_date_under_title(opening: Opening, after_type: list[str]) -> Opening:
    """The place and date a copy printed under the title, none printed above the type line.

    Some copies print the heading's right column after the title ("QUYẾT ĐỊNH" / "Ban hành
    ..." / "Thành phố Hồ Chí Minh, ngày 10 tháng 10 năm 2007"): the line is the opening's
    place and date, not the title's last words.
    """
    # "Hà Nội, ngày" / "tháng 5 năm 2015": a day left blank, its gap read as a column's.
    joined = [
        " ".join(after_type[at : at + 2 if _DAY_CUT.search(line) else at + 1])
        for at, line in enumerate(after_type)
    ]
    line = next((line for line in joined if _place_date_line(line)), None)
    if line is None:
        return opening
    place, date, date_text = _place_date(line)
    in_part = None
    if date is None:
        place, in_part, date_text = _place_date_in_part(line)
    if place is None or (len(place.split()) < 2 and not _one_word_place(place)):
        return opening  # "Long, ngày ...": a place broken over lines ("Vĩnh" above), not read
    return attrs.evolve(opening, place=place, date=date, date_text=date_text, date_in_part=in_part)


def _one_word_place(place: str) -> bool:
    """Whether ``place``, one word, is a place of its own, not a broken place's last word.

    A province's name ("Huế") or its seat's ("Vinh", "Pleiku") is; the last word of a place a
    copy broke over lines ("Vĩnh" / "Long, ngày ...") is not.
    """
    return capital_province(place) is not None or province_named(place) == place


#: The most lines a title printed above its type line is read over.
_TITLE_ABOVE_LINES = 4


def _title_above_type(opening: Opening, zone: list[str], type_index: int) -> Opening:
    """A title a copy printed above its type line, none under it ("Tổng kết ..." / "BÁO CÁO").

    Some copies of reports print the title first. The lines in small letters right above the
    type line, under the place and date, the number line or the motto, at most four, are the
    title; it is flagged to check (``title_above_type``).
    """
    at = type_index
    while at > 0 and type_index - at < _TITLE_ABOVE_LINES:
        line = zone[at - 1]
        if (
            not any(c.islower() for c in line)
            or _place_date_line(line)
            or _NUMBER_LINE.match(line)
            or _MOTTO.search(fold(line))
        ):
            break
        at -= 1
    if at in (0, type_index):
        return opening
    above = zone[at - 1]
    if not (_place_date_line(above) or _NUMBER_LINE.match(above) or _MOTTO.search(fold(above))):
        return opening
    title = " ".join(" ".join(zone[at:type_index]).split())
    return attrs.evolve(opening, title=title, title_printed=title, title_above_type=True)


def _place_date_in_part(text: str) -> tuple[str | None, PartialDate | None, str | None]:
    """The place and the year (or month) of a place-and-date line whose day is left blank."""
    for match in _BLANK_DATE.finditer(text):
        month = int(match["month"]) if match["month"] else None
        if month is not None and not 1 <= month <= 12:
            continue
        place = _place_before(text, match.start())
        if place is None:
            continue  # a date left blank is the opening's only on its place-and-date line
        shown = f"{place}, " + " ".join(match[0].split())
        return place, PartialDate(int(match["year"]), month), shown
    return None, None, None


def _place_before(text: str, at: int) -> str | None:
    """The place printed before the date at ``at`` ("Vĩnh Long, ngày ..."), if any."""
    before = text[:at].rstrip()
    if not before.endswith(","):
        # "Quảng Ngãi ngày 10 tháng 9 năm 2013": a copy that lost the comma; the place is then
        # the whole line before the date, in words of a place, and the date ends the line (not
        # a sentence's "Chiều ngày 14 tháng 5 năm 2021, tại ...").
        line = before.rsplit("\n", 1)[-1].split()
        after = text[at:].split("\n", 1)[0]
        named = (
            2 <= len(line) <= 5  # a place's two syllables at least: "Long" is a broken "Vĩnh Long"
            and all(_PLACE_WORD.match(word) for word in line)
            and not any(word.isupper() and len(word) > 3 for word in line)
            and fold(line[0]) not in ("sáng", "chiều", "tối", "trưa", "đêm", "vào", "hôm")
            # "Thứ Tư ngày ...", "Cập Nhật ngày ...": a page's day or stamp in capitals, no place.
            and fold(line[0]) not in ("thứ", "chủ", "cập", "đăng", "ngày")
            and len(after) <= 40
            and "," not in after
        )
        if not named:
            return None
        # "Thừa" / "Thiên Huế ngày ...": a province's name broken over lines as well.
        above = before.rsplit("\n", 2)[-2].split() if "\n" in before else []
        whole = " ".join([*above, *line])
        if len(above) == 1 and _PLACE_WORD.match(above[0]):
            name, length = province_match(whole)
            if name is not None and length == len(fold(whole)):
                return whole
        return " ".join(line)
    # The place may be broken over lines ("Vĩnh" / "Long, ngày ..."), but a word in
    # capitals on a line before is the letterhead's ("... VIỆT NAM" / "Hà Nội, ngày"),
    # and so is the motto a copy printed before the place on its line ("CỘNG HÒA XÃ
    # HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày ...").
    lines = before[:-1].rstrip().split("\n")
    lines[-1] = re.sub(r"^.*\bVIỆT\s+NAM\s+(?=\S)", "", lines[-1])
    if len(lines) > 1:
        # A row that ends the motto and its rule, then the place's first word, a copy's line
        # broken inside the place ("... Hạnh phúc ---------- Ninh" / "Bình, ngày ...").
        lines[-2] = _AFTER_MOTTO.sub("", lines[-2])
    words = [(word, row) for row, line in enumerate(lines) for word in line.split()]
    taken: list[str] = []
    first = len(words)  # the index of the first word taken
    for index in range(len(words) - 1, -1, -1):
        word, row = words[index]
        if (
            taken
            and word in ("phố", "xã", "trấn")
            and index
            and words[index - 1][0]
            in (
                "Thành",
                "Thị",
            )
        ):
            # "Thành phố Hồ Chí Minh, ngày ...": the unit's word in small letters.
            taken[:0] = [words[index - 1][0], word]
            first = index - 1
            break
        if len(taken) == 5 or not (_PLACE_WORD.match(word) or _joins_place(words, index, taken)):
            break
        if row < len(lines) - 1 and _SUBJECT_LINE.match(lines[row]):
            break  # "V/v ... Công đoàn Việt Nam" / "Hà Nội, ngày ...": the subject's words
        if row < len(lines) - 1 and _MOTTO_END.search(lines[row]):
            break  # "Độc lập - Tự do - Hạnh Phúc" / "Hà Nội, ngày ...": the motto's words
        if word.isupper() and len(word) > 3 and not word.startswith(("TP", "TX")):
            break  # the letterhead's capitals, not the place
        if row < len(lines) - 1 and taken and word.isupper() and not word.startswith(("TP", "TX")):
            break
        taken.insert(0, word)
        first = index
    if (
        taken
        and words[first][1] < len(lines) - 1
        and first
        and words[first - 1][1] == words[first][1]
    ):
        # A place broken over lines takes its line before whole ("Vĩnh" / "Long, ngày ..."); the
        # end of a sentence is not one ("... quốc tế Long Thành" / "Hà Nội, ngày ...").
        taken = [word for word, row in words[first:] if row == len(lines) - 1]
    unit = _LOWER_UNIT.search(lines[-1][: len(lines[-1]) - len(" ".join(taken))]) if taken else None
    if unit is not None and words[first][1] == len(lines) - 1:
        taken[:0] = unit[1].split()  # "xã Lạc Sơn, ngày ...": the commune's word in small letters
    if WEEKDAY.match(" ".join(taken)):
        return None  # "Thứ Hai, ngày 16 tháng 01 năm 2025": a page's date of today
    return " ".join(taken) if taken else None


#: A commune's or ward's word in small letters opening a place-and-date line ("xã Lạc Sơn, ...").
_LOWER_UNIT = re.compile(r"^\s*(xã|phường|thị\s+trấn)\s+$")

#: The motto's last words, in any case: "Hạnh phúc", "Hạnh Phúc", "HẠNH PHÚC".
_MOTTO_END = re.compile(r"(?i:hạnh\s+phúc)\W*$")
#: A row up to the motto's last words and the rule under them, when words follow.
_AFTER_MOTTO = re.compile(r"^.*(?i:hạnh\s+phúc)[\s_\-\u2013\u2014=*.]*(?=\w)")


def _joins_place(words: list[tuple[str, int]], index: int, taken: list[str]) -> bool:
    """Whether a word that is no capitalised name belongs to the place all the same.

    The dash inside a province's name ("Bà Rịa - Vũng Tàu, ngày ..."), and a province's
    last word a copy prints in small letters ("Hà nội, ngày ...").
    """
    word = words[index][0]
    before = words[index - 1][0] if index else ""
    if not _PLACE_WORD.match(before):
        return False
    if word in ("-", "\u2013"):
        return bool(taken)
    if not taken and fold(before) in ("quận", "phường") and re.fullmatch(r"\d{1,2}", word):
        return True  # a city's district or ward named by its number: "Quận 11, ngày ..."
    if taken or not word.isalpha() or not word.islower():
        return False
    name, length = province_match(f"{before} {word}")
    return name is not None and length == len(fold(f"{before} {word}"))


def _is_letterhead_line(line: str) -> bool:
    # An abbreviation with its stop ("CĐCS Tr. THCS", "H. BA TƠ") is no small letter of text.
    letters = [c for c in _ABBREVIATED.sub("", line) if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) and type_of(line) is None


#: A word shortened with a stop in a letterhead in capitals: "Tr." (trường), "H." (huyện).
_ABBREVIATED = re.compile(r"(?<!\w)[A-ZĐ][a-zđ]?\.(?=\s)")


def _issuer(lines: list[str], index: int) -> tuple[Issuer, int] | None:
    """The deciding body's line at ``index`` (and a term line after it), or None."""
    line = lines[index]
    if any(c.islower() for c in line):
        return None
    folded = fold(line)
    # Compared folded, as the line is: "ĐOÀN CHỦ TỊCH ..." folds to "đòan chủ tịch ...".
    organ_words = next((d for d in _DECIDERS if folded.startswith(fold(d) + " ")), None)
    if organ_words is None and re.match(r"tổng (?=\w)", folded):
        organ_words = "tổng" if folded[5:].startswith(_HEADED_BY_TONG) else None
    at = len(organ_words) + 1 if organ_words else 0
    body = read_body(line, at)
    if body is None and organ_words is not None and organ_words.endswith(" ban"):
        # "TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA ...": the post's last word heads its body ("Ban ...").
        body = read_body(line, at - len("ban "))
    if body is None and organ_words is None and folded.startswith("thủ tướng"):
        body = read_body(line, 0)
    if body is None:
        return None
    rest = line[body.end :].strip(" ,")
    term = None
    used = 1
    if rest and not re.match(r"^(?:KHÓA|KHOÁ|NHIỆM KỲ|KỲ HỌP)", rest):
        return None  # more than a body: a title line that starts with one
    if rest:
        term = rest
    elif index + 1 < len(lines) and re.match(r"^(?:KHÓA|KHOÁ)\s", lines[index + 1]):
        term = lines[index + 1]
        used = 2
    organ = None
    if organ_words:
        organ = recase(line[: body.end])
        # "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": each post joined by a comma starts with a capital.
        organ = re.sub(r",\s+(\w)", lambda m: f", {m[1].upper()}", organ[:1].upper() + organ[1:])
    return Issuer(body, organ, " ".join(lines[index : index + used]), term), used


#: The words that join a body's name to a title before it ("QUY CHẾ LÀM VIỆC CỦA HỘI ĐỒNG
#: NHÂN DÂN TỈNH ..."): the name is then the title's, not the deciding body's line.
_JOINING_WORDS = ("CỦA", "VỚI", "VÀ", "GIỮA", "THUỘC", "TẠI", "CHO", "TRONG", "VỀ", "-", "\u2013")
#: The line of a term or session printed under the deciding body ("KHÓA IX, KỲ HỌP LẦN THỨ 13").
_TERM_LINE = re.compile(r"^(?:KHÓA|KHOÁ|KỲ HỌP)\s")


def _title_then_issuer(zone: list[str], index: int, type_index: int) -> tuple[str, Issuer] | None:
    """A title's line run on into the deciding body's name, the body's term on the next line.

    "VỀ PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ" over
    "KHÓA IX, KỲ HỌP LẦN THỨ 13": the title's words and the issuer, when the body is the
    letterhead's, the title before it names no such organ and no word joins it to the title.
    """
    line = zone[index]
    if any(c.islower() for c in line) or not (
        index + 1 < len(zone) and _TERM_LINE.match(zone[index + 1])
    ):
        return None
    letterhead = fold(" ".join(" ".join(zone[:type_index]).split()))
    words = line.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if fold(tail) not in letterhead:
            continue
        found = _issuer([*zone[:index], tail, *zone[index + 1 :]], index)
        if found is None:
            continue
        if words[cut - 1] in _JOINING_WORDS:
            return None  # "... CỦA ỦY BAN NHÂN DÂN HUYỆN ...": the title's, and no body inside it
        named = " ".join(fold(tail).split()[:3])  # "hội đồng nhân", "ủy ban nhân"
        if named not in fold(head):
            return head, found[0]
    return None


#: The posts of a body's head printed before the body's name on the line of the authority that
#: decides, beyond those read with the body: "TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "HIỆU TRƯỞNG ...".
_HEADS = tuple(
    sorted(
        {fold(post) for post in (*_DECIDERS, "tổng thư ký", "tư lệnh", "hiệu trưởng")},
        key=len,
        reverse=True,
    )
)


#: What joins the bodies of a joint text's line of issuers: "ỦY BAN THƯỜNG VỤ QUỐC HỘI -
#: CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ...", "BỘ TRƯỞNG BỘ CÔNG AN - BỘ TRƯỞNG BỘ QUỐC PHÒNG".
_ISSUERS_JOINED = re.compile(r"\s+[-\u2013]\s+")


def _joint_issuers_line(line: str, before: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``line``, under a joint text's title, names the bodies that issue together.

    A joint resolution or circular may print, under its title, the line of
    the bodies (or of their heads) that enact it, joined by dashes, as a
    decision prints the single organ that decides: "ỦY BAN THƯỜNG VỤ QUỐC
    HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT
    NAM". Each part must be a body read whole, and the title's line before it
    must not join it on ("... GIỮA"). The text must be a joint one (``kinds``, from its
    type line or its number's symbol, "TTLT"): another's title may name, in capitals, the bodies
    it is between ("QUY CHẾ PHỐI HỢP GIỮA HAI NGÀNH" / "CÔNG AN TỈNH - VIỆN KIỂM SÁT
    NHÂN DÂN TỈNH"), and is not cut there.
    """
    if not kinds or not all(kind.startswith("joint-") for kind in kinds):
        return False  # not a joint text, or one the number's symbol may not name ("TT", "KH")
    last = before.split()[-1:]
    if any(c.islower() for c in line) or (last and last[0] in _JOINING_WORDS):
        return False
    parts = _ISSUERS_JOINED.split(line.strip())
    return len(parts) >= 2 and all(_issuer([part], 0) is not None for part in parts)


def _joint_issuers_at(zone: list[str], index: int, before: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``zone[index]``, maybe with the line under it, is a joint text's line of issuers.

    The line may be broken before its last words, as a page's narrow column breaks it:
    "CHÍNH PHỦ - ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC" over "VIỆT NAM", where the second body
    reads whole only with the next line. That line must be in capitals and short, and no dash
    may open it (a dash there starts the next body, already read on the line itself).
    """
    line = zone[index]
    if _joint_issuers_line(line, before, kinds):
        return True
    after = zone[index + 1].strip() if index + 1 < len(zone) else ""
    if (
        not after
        or any(c.islower() for c in after)
        or len(after.split()) > 3
        or after[:1] in "-\u2013"
        or not _ISSUERS_JOINED.search(line)
    ):
        return False
    return _joint_issuers_line(f"{line} {after}", before, kinds)


def _words(text: str) -> list[str]:
    return fold(" ".join(re.findall(r"\w+", text))).split()


def _starts_with_head(line: str) -> bool:
    """Whether ``line`` starts with a head's post and names more: "TRƯỞNG BAN CHỈ ĐẠO 389 HUYỆN"."""
    words = _words(line)
    return any(
        words[: len(post.split())] == post.split() and len(words) > len(post.split())
        for post in _HEADS
    )


def _ends_with_head(line: str) -> bool:
    """Whether a title's line ends with a head's post: "... bầu chức vụ Chủ tịch"."""
    words = _words(line)
    return any(
        len(words) > len(post.split()) and words[-len(post.split()) :] == post.split()
        for post in _HEADS
    )


def _names_in_capitals(line: str) -> bool:
    """Whether ``line`` is a head's post or a name in capitals: two words of letters or more.

    Under a title in small letters such a line is who decides, not the title's: a title's
    words in small letters do not go on in capitals.
    """
    if _starts_with_head(line):
        return True
    return (
        len([w for w in line.split() if len(w) > 1 and w.isalpha()]) >= 2 and line[:1] not in '“"('
    )


#: How a line that decides opens, compared without its tones (a scan's capitals lose them:
#: "THU TƯƠNG CHINH PHU"): a head's post, or an organ's first words.
_DECIDING_OPENINGS = tuple(
    _toneless(f"{fold(word)} ")
    for word in (
        *_HEADS,
        "thủ tướng",
        "chính phủ",
        "ủy ban",
        "uỷ ban",
        "hội đồng",
        "ban",
        "bộ",
        "viện",
        "tòa án",
        "toà án",
        "sở",
        "cục",
        "tổng cục",
        "chi cục",
        "đảng ủy",
        "đảng đoàn",
        "tỉnh ủy",
        "thành ủy",
        "huyện ủy",
        "quận ủy",
        "thị ủy",
        "mặt trận",
        "hội",
        "đoàn",
        "liên đoàn",
        "công an",
        "văn phòng",
        "thanh tra",
        "ngân hàng",
        "kiểm toán",
    )
)
#: A heading's or a clause's opening in capitals: "A. ...", "A- ...", "PHẦN I", "MỤC 1",
#: "MỞ ĐẦU", "CĂN CỨ ...", "KÍNH GỬI ...", which the body's opening words match in small letters.
_HEADING_IN_CAPITALS = re.compile(
    r"^(?:[A-ZĐ]{1,4}\s*[.)\-\u2013:]\s|(?:PHẦN|MỤC|ĐIỀU|CHƯƠNG|XÉT|THEO)\s|MỞ\s+ĐẦU\b"
    r"|CĂN\s+CỨ\b|KÍNH\s+GỬI\b|NƠI\s+NHẬN\b|QUYẾT\s+(?:ĐỊNH|NGHỊ)\b)"
)


def _title_goes_on_in_capitals(line: str) -> bool:
    """Whether a line in capitals under a title in small letters is the title's last words.

    Some copies print a title's last line in capitals ("Ban hành Quy chế ... điều hành hoạt
    động" / "TẠI CÁC CỬA KHẨU BIÊN GIỚI ĐẤT LIỀN", "... của Ủy ban Mặt trận Tổ quốc Việt Nam"
    / "TỈNH QUẢNG TRỊ KHÓA XII, NHIỆM KỲ 2019 - 2024"). Neither a head's post nor an organ
    opens such a line, also without its tones, nor a heading's number, and no colon ends it.
    """
    bare = _toneless(fold(" ".join(line.split())))
    return (
        line[:1].isalpha()
        and not line.rstrip().endswith(":")
        and not bare.startswith(_DECIDING_OPENINGS)
        and not BODY_STARTS.match(line)
        and not _HEADING_IN_CAPITALS.match(line)
    )


#: A sentence's opening words before its first comma: "Trong thời gian qua, ", "Năm 2023, ".
_FRONTED = re.compile(r"^\S+(?:\s+\S+){0,4},\s")


def _opens_the_body(line: str) -> bool:
    """Whether a line under a title's lines in small letters is the body's first sentence.

    A report's text may start right under its title, with no blank line and none of the
    words a body opens with: "Trong thời gian qua, việc phối hợp ...", "Qua 5 năm triển
    khai, kết quả ... như sau:". Such a line had been read as the title's last, without a
    flag. A sentence ends with a colon; or it opens with a word in capitals and one in small
    letters (or a number), no post or organ first, and ends with a stop or puts its first
    comma after a few words. A title's own lines under its first open with a name ("Ủy
    ban ...", "Bộ Quốc phòng, Bộ Y tế") or in small letters.
    """
    words = line.split()
    if len(words) < 5 or not line[:1].isupper():
        return False
    if line.rstrip().endswith(":"):
        return True  # "Ủy ban nhân dân tỉnh báo cáo kết quả như sau:": no title ends so
    return (
        (words[1][:1].islower() or words[1][:1].isdigit())
        and not _toneless(fold(line)).startswith(_DECIDING_OPENINGS)
        and (line.rstrip().endswith(".") or bool(_FRONTED.match(line)))
    )


def _head_of_letterhead(line: str, letterhead: str | None, before: str) -> bool:
    """Whether ``line`` names the head of the letterhead's body, the authority that decides.

    "TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG" under "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "GIÁM ĐỐC ĐẠI HỌC
    QUỐC GIA HÀ NỘI" under that university's name, "TỔNG THƯ KÝ QUỐC HỘI - CHỦ NHIỆM VĂN
    PHÒNG QUỐC HỘI" under the office's: a post, then the body's name or a line that ends with
    it; not when the title's line before it joins it on ("... CỦA").
    """
    last = before.split()[-1:]
    if not letterhead or any(c.islower() for c in line) or (last and last[0] in _JOINING_WORDS):
        return False
    words = _words(line)
    head = next((post for post in _HEADS if words[: len(post.split())] == post.split()), None)
    named = _words(letterhead)
    if head is None or not named:
        return False
    rest = words[len(head.split()) :]
    return len(rest) >= 2 and (named[-len(rest) :] == rest or words[-len(named) :] == named)


def _head_s_line(zone: list[str], index: int, letterhead: str | None, before: str) -> bool:
    """Whether ``zone[index]`` is the line of the head who decides, under the title ``before``.

    The letterhead's body after a head's post, or a head's post on the opening's last line.
    """
    return _head_of_letterhead(zone[index], letterhead, before) or _head_over_body(
        zone, index, before
    )


def _head_over_body(zone: list[str], index: int, before: str) -> bool:
    """Whether ``zone[index]``, the last line before the body, is the post of the head who decides.

    "TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN LẬU, ..." right above "Căn cứ ...": a head's post
    in capitals that names more, on the opening's last line, is who decides, also when its
    body's name is longer than the grammar reads whole or differs from the letterhead's by a
    copy's slip. Not when the title's line before it joins it on ("... CỦA").
    """
    line = zone[index]
    last = before.split()[-1:]
    return (
        index == len(zone) - 1
        and not any(c.islower() for c in line)
        and not (last and last[0].upper() in _JOINING_WORDS)
        and _starts_with_head(line)
    )


def _joins_on(lines: list[str], first: bool = False) -> bool:
    """Whether the last of ``lines`` ends (or, ``first``, starts) with a joining word ("CỦA")."""
    words = lines[-1].split() if lines else []
    word = words[:1] if first else words[-1:]
    return bool(word) and word[0].upper() in _JOINING_WORDS


def _letterhead_decides_next(zone: list[str], after: int, line: str, opening: Opening) -> bool:
    """Whether a title's line in capitals names a body, the letterhead's own line under it.

    "PHÊ CHUẨN KẾT QUẢ BẦU CHỨC VỤ CHỦ TỊCH" / "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG NHIỆM KỲ
    2026 - 2031" / "THỦ TƯỚNG CHÍNH PHỦ": the committee whose chair is elected is the
    title's; the letterhead's body, on the next line, decides. A body the letterhead names
    (one of a joint text's issuers) stays the body that decides.
    """
    named = _words(opening.letterhead_text or "")
    if not named or after >= len(zone) or set(_words(line)) <= set(named):
        return False
    following = zone[after]
    return _words(following) == named or _head_of_letterhead(following, opening.letterhead_text, "")


def read_opening(lines: list[str]) -> Opening:
    """Read the opening of a document's ``lines`` (as :func:`source_lines` gives them)."""
    end = next(
        (
            i
            for i, line in enumerate(lines)
            if BODY_STARTS.match(line)
            and not (i and _title_under_type(lines, i))
            and not _before_letterhead(lines, i)
        ),
        len(lines),
    )
    end = min(end, _first_sentence(lines[:end]))
    zone = _join_broken_type(lines[:end])
    type_index = _type_index(zone)
    head_end = type_index if type_index is not None else len(zone)
    head_text = "\n".join(zone[:head_end])
    number, number_text, number_cut = _number(head_text)
    recorded = False
    if number is None and number_text is None and type_index is not None:
        # (A copy without a type line reads a record whole: _without_type_line.)
        number, number_text = _recorded_number(zone[:head_end])
        recorded = number is not None
    place, date, date_text = _place_date("\n".join(zone[:head_end]))
    in_part = None
    if place is None:
        # A place-and-date line left blank ("Vinh An, ngày    tháng    năm 2019") is the
        # document's, not a date a page printed without a place ("Ngày 16 tháng 01 năm 2025").
        blank = _place_date_in_part("\n".join(zone[:head_end]))
        if date is None or blank[1] is not None:
            (place, in_part, date_text), date = blank, None
    # The letterhead: the lines in capitals before the number line, or the motto.
    number_at = next(
        (i for i, line in enumerate(zone[:head_end]) if _NUMBER_LINE.match(line)), None
    )
    mottoes = [i for i, line in enumerate(zone[:head_end]) if _MOTTO.search(fold(line))]
    # The last line of the motto: a letterhead may share its lines ("CĐ TRƯỜNG ... Độc lập ...").
    motto_at = mottoes[-1] if mottoes else None
    anchored = number_at is not None or motto_at is not None
    if number_at is not None:
        stop = number_at
    elif motto_at is not None:
        stop = motto_at + 1
    else:
        # Neither a number line nor a motto: capitals right above the type line, if any, or
        # above the place and date printed over it (a copy that dropped the motto).
        stop = type_index if type_index is not None else 0
        if stop and _DATED_LINE.match(zone[stop - 1]):
            stop -= 1
    letterhead_lines = _letterhead_lines(zone[:stop], anchored)
    if number_at is not None:
        letterhead_lines = _continued(letterhead_lines, zone[number_at + 1 : head_end])
    cleaned = _without_union_motto(_without_motto("\n".join(letterhead_lines)))
    letterhead = tuple(bodies_in_letterhead(cleaned.split("\n"))) if cleaned.strip() else ()
    opening = Opening(
        letterhead=letterhead,
        letterhead_text=" ".join(cleaned.split()) or None,
        number=number,
        number_text=number_text,
        number_cut=number_cut,
        number_recorded=recorded,
        other_number=_other_number(head_text, number),
        date_in_sentence=None if place else _date_in_sentence(zone[:head_end], date, number),
        other_date=_other_place_date("\n".join(zone[:head_end]), date),
        place=place,
        date=date,
        date_text=date_text,
        date_in_part=in_part,
        end=end,
    )
    if type_index is None or _title_opening_with_a_verb(zone[type_index], number):
        return _without_type_line(opening, zone)
    read = _after_type_line(opening, zone, type_index)
    if read.title is None and read.issuer is None and read.title_cut is None:
        read = _title_above_type(read, zone, type_index)
    if read.date is None and read.date_in_part is None:
        read = _place_date_under_title(read, zone[type_index + 1 :])
    after = lines[end] if end < len(lines) else None
    if (
        read.title
        and not read.recased
        and read.issuer is None
        and after is not None
        and not BODY_STARTS.match(after)
        and any(c.islower() for c in after)
        and fold(read.title) in fold(" ".join(zone))
        and zone
        and fold(" ".join(zone[-1].split())) in fold(read.title)
    ):
        read = attrs.evolve(read, title_continues=after)
    elif read.title and after is not None and _WITH_ANOTHER_ACT.match(after):
        # "(Ban hành kèm theo Nghị quyết số 35-NQ/TU ...)" under a plan's title names no
        # decision that promulgates the plan: the words may be the title's own, to check.
        read = attrs.evolve(read, title_continues=after)
    elif (
        read.title_printed
        and not read.title_printed.rstrip().endswith((".", ")", "”", '"'))
        and read.issuer is None
        and after is None
        and zone
        and fold(" ".join(zone[-1].split())) in fold(read.title_printed)
    ):
        # A page's excerpt that stops at the title's line ("Ban hành Quy định quản lý, sử
        # dụng ... bảo đảm"): nothing after it says where the title ends, unless a stop or a
        # closing bracket or quote does.
        read = attrs.evolve(read, title_at_copy_end=True)
    return read


#: A line in brackets of two dates or years, an anniversary's span the title names ("KỶ NIỆM 90
#: NĂM NGÀY THÀNH LẬP ..." / "(03/02/1930 - 03/02/2020)"): the title's own, not a note under it.
#: A line in brackets under a title that may be the title's last words or a note on it: its
#: period, year, term, round or edition ("(Giai đoạn 2021 - 2025)", "(Sửa đổi, bổ sung)").
_TITLE_PART_IN_BRACKETS = re.compile(
    r"^\(\s*(?:giai\s+đoạn|năm|nhiệm\s+kỳ|khóa|khoá|thời\s+kỳ|lần|đợt|sửa\s+đổi|bổ\s+sung"
    r"|điều\s+chỉnh|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(
    r"^\(\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(?:19|20)\d\d\s*[-\u2013]\s*"
    r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(?:19|20)\d\d\s*\)$"
)


#: A page's posting stamp under the heading it prints a document's type and title in: "Ngày
#: 06/04/2021 23:23:18", "Ngày cập nhật 24/04/2020", "Đăng ngày 17 - 05 - 2024". The title
#: ends before it; the day is the page's, not the document's.
POSTING_STAMP = re.compile(
    r"^\s*(?:Ngày(?:\s+(?:cập\s*nhật|đăng))?|Đăng\s+ngày|Cập\s*nhật)\s*:?\s*"
    r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d\d"
    r"(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)


#: A line in brackets under a title that names an act issued with another than a decision:
#: "(Ban hành kèm theo Nghị quyết số ...)", said of the scheme the title names.
_WITH_ANOTHER_ACT = re.compile(r"^\((?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?!Quyết\s*định)\w")


#: A number line, also one whose number is left blank ("Số: - HD/TWĐTN-BTC", "Số:   /KH").
#: The end of a date broken over lines ("Hà Nội, ngày 20" / "tháng 9 năm 2024").
_DATE_TAIL = re.compile(r"tháng\s*\d{1,2}\s*năm\s*(?:19|20)\d\d", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^S[ốỐ]\s*:?\s*(?:\d|$|[-/]\s*[A-ZĐ]{2})")
#: A place and date line ("Hà Nội, ngày 04 tháng 03 năm 2013"), as a letterhead's columns
#: interleave it between the issuer's lines ("BAN CHẤP HÀNH TRUNG ƯƠNG" ... "VĂN PHÒNG").
_DATED_LINE = re.compile(
    r"^[^\d,]{2,40},\s*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*(?:19|20)\d\d\s*$", re.IGNORECASE
)
#: A letterhead's line with the number printed beside it on its table row.
_BESIDE_NUMBER = re.compile(r"^(?P<head>.*?[^\s*])[\s*]*\s+S[ốỐ]\s*:\s*\d")
#: The place and date printed after the state's name on its row ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
#: VIỆT NAM Hà Nội, ngày 15 tháng 06 năm 2015"), folded.
_DATE_AFTER_MOTTO = re.compile(
    r"^\s*[^,\d]{2,40},\s*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*(?:19|20)\d\d\s*\|?\s*$"
)
#: A letter's subject line ("V/v ...", "Về việc ...").
_SUBJECT_LINE = re.compile(r"^(?:V/v|Về việc)\s", re.IGNORECASE)


#: A legal site's record of the document's number, over a copy that cut its number line or
#: prints none: "Số hiệu văn bản: 06/2019/QĐ-UBND", "Số hiệu: | 612/QĐ-UBND | Loại văn bản:
#: ...", "| Số hiệu | 1589/QĐ-TTg |", "Số/ký hiệu: ...", "Số hiệu:01/2009/TTLT-BTP-BNVNgày
#: đăng công báo: ..." (the next field glued on).
_RECORD_LABEL = r"^[\s|•*-]*Số\s*(?:hiệu(?:\s+văn\s+bản)?|/\s*ký\s+hiệu|ký\s+hiệu)\s*[:|]?[\s|]*"
_RECORDED_NUMBER = re.compile(
    _RECORD_LABEL + r"(?P<number>\d+[\w.-]*(?:/[^\s|/]+)+)", re.IGNORECASE
)
_RECORD_LABEL_ALONE = re.compile(_RECORD_LABEL + "$", re.IGNORECASE)
#: The record's next field glued to the number ("...-BTP-BNVNgày đăng công báo").
_GLUED_FIELD = re.compile(r"(?<=[A-ZĐ\d])(?:Ngày|Loại|Nơi|Người|Tình)\w*$")


def _letterhead_lines(above: list[str], anchored: bool) -> list[str]:
    """The letterhead's lines in capitals at the end of ``above`` (the lines over its stop).

    ``anchored``: the stop is a number line or the motto, not a guess.
    """
    letterhead_lines: list[str] = []
    for line in reversed(above):
        motto = _MOTTO.match(fold(line))
        if motto is not None and _DATE_AFTER_MOTTO.match(fold(line)[motto.end() :]):
            continue  # the state's name with the place and date beside it, on one table row
        beside = _BESIDE_NUMBER.match(line)
        if beside is not None and _is_letterhead_line(beside["head"]):
            line = beside["head"]  # "BỘ TƯ PHÁP Số: 07/2015/TT-BTP": the body, its number beside
        if letterhead_lines and anchored and _SUBJECT_LINE.match(line):
            continue  # a letter's subject, printed under its letterhead beside the motto
        if letterhead_lines and anchored and _DATED_LINE.match(line):
            continue  # the place and date, printed between a letterhead's lines beside it
        if not _is_letterhead_line(line) and not _MOTTO.search(fold(line)):
            if letterhead_lines or not anchored:
                break
            continue
        letterhead_lines.insert(0, line)
    return letterhead_lines


def _recorded_number(head: list[str]) -> tuple[str | None, str | None]:
    """The number a page's record gives above the document, and its line (see the regex).

    A record's table the copy splits into its cells puts the label and the number on two lines.
    """
    for index, line in enumerate(head):
        if _RECORD_LABEL_ALONE.match(line) and index + 1 < len(head):
            line = f"{line} {head[index + 1]}"  # "Số hiệu:" / "216/QĐ-UBND"
        found = _RECORDED_NUMBER.match(line)
        if found is not None:
            number = _GLUED_FIELD.sub("", found["number"]).rstrip(".,;:")
            if re.search(r"[A-ZĐ]", number):
                return number, " ".join(line.split())
    return None, None


def _continued(letterhead: list[str], after: list[str]) -> list[str]:
    """The letterhead's lines with those a two-column layout printed under the number line.

    A letterhead table flattened row by row puts the issuer's second line
    after the number of the first row: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "***" /
    "Số: 26-CTr/TWĐTN-VP" / "ĐOÀN TNCS HỒ CHÍ MINH". Lines in capitals
    there (not the motto) belong to the letterhead only when they complete
    its body's name, as the grammar reads it, without adding a body.
    """
    more: list[str] = []
    for line in after:
        if _MOTTO.search(fold(line)):
            continue
        if _DATED_LINE.match(line) or not _is_letterhead_line(line) or re.search(r"[\d/]", line):
            break  # the number itself on the next line ("Số:" / "08/2025/TT-BTP"), or text
        more.append(line)
    if not more or not letterhead:
        return letterhead
    alone = bodies_in_letterhead(_without_motto("\n".join(letterhead)).split("\n"))
    if alone and alone[-1].place is not None and alone[-1].level != "central":
        # A local body's name is whole ("BCH ĐOÀN HUYỆN LẤP VÒ"); the Youth Union's name
        # under the number ("ĐOÀN TNCS HỒ CHÍ MINH") is its column's motto, not its line.
        return letterhead
    joined = bodies_in_letterhead(_without_motto("\n".join(letterhead + more)).split("\n"))
    if len(joined) == len(alone) and [b.name for b in joined] != [b.name for b in alone]:
        return letterhead + more
    return letterhead


def _type_index(zone: list[str]) -> int | None:
    """The index of the document's type line in the opening's ``zone``, or None.

    A page's own heading above the letterhead may print the type and title in capitals
    ("KẾ HOẠCH KẾT NẠP ĐỘI VIÊN NĂM HỌC 2019 - 2020" over the letterhead's lines): the type line
    is then the one under the letterhead, when the copy prints one.
    """
    typed = [i for i, line in enumerate(zone) if type_of(line) is not None]
    return next((i for i in typed if not _before_letterhead(zone, i)), typed[0] if typed else None)


def _before_letterhead(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a page's own text above the document's letterhead.

    A site's banner ("Để sử dụng toàn bộ tiện ích ... vui lòng đăng ký") or
    list before the document may open with a clause's words; it is no
    clause when neither the motto nor a number line came before it and one
    of them follows within a few lines.
    """
    if any(_MOTTO.search(fold(line)) or _NUMBER_LINE.match(line) for line in lines[:index]):
        return False
    return any(
        _MOTTO.search(fold(line)) or _NUMBER_LINE.match(line) or _place_date_line(line)
        for line in lines[index + 1 : index + 6]
    )


def _title_under_type(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, right under a type line, is the title ("Thực hiện Chương trình").

    A title may open with the words a body's clause opens with; a clause
    announces what follows ("..., như sau:"), over however many lines a copy
    breaks it into, up to the next clause or part.
    """
    if type_of(lines[index - 1]) is None or _TITLE_VERBS.match(lines[index]) is None:
        return False
    sentence = [lines[index]]
    for line in lines[index + 1 : index + 10]:
        if BODY_STARTS.match(line):
            break
        sentence.append(line)
    said = " ".join(sentence)
    return "như sau" not in said and not any(line.rstrip().endswith(":") for line in sentence)


def _title_before_basis(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, between the date line and a *căn cứ*, is an untyped title.

    A copy that lost its type line prints the title in small letters right
    under the place and date ("Số: ... | Hà Nội, ngày ... |" / "Hướng dẫn việc
    quản lý ..." / "Căn cứ Luật ..."): a line that ends no sentence and clause,
    between the two, is the title, however many words it has.
    """
    line = lines[index]
    return (
        0 < index
        and _DATE.search(lines[index - 1]) is not None
        and (index == len(lines) - 1 or _BASIS_LINE.match(lines[index + 1]) is not None)
        and line[:1].isupper()
        and ":" not in line
        and not line.rstrip().endswith((".", ";", ","))
        and not BODY_STARTS.match(line)
        and not _SUBJECT_LINE.match(line)
    )


#: A *căn cứ* line: "Căn cứ Luật ...", "- Căn cứ ...".
_BASIS_LINE = re.compile(r"^(?:[-\u2013]\s*)?Căn\s*cứ\s")


#: The words a title may open with that also open a clause of the body.
_TITLE_VERBS = re.compile(r"^(?:Thực\s*hiện|Thi\s*hành)\s", re.IGNORECASE)


def _first_sentence(zone: list[str]) -> int:
    """The first line of running text after the opening's anchors (number, date, type line).

    A copy without *Căn cứ* starts its body with a sentence ("Qua bốn năm
    thực hiện ...", "Ngày 11/10/2016, Ban Dân vận Trung ương ..."); a
    page's own heading before the document is no anchor.
    """
    anchored = False
    typed = False  # the line after the type line is the title, in whatever case
    since_type: int | None = None
    for index, line in enumerate(zone):
        # A title over three lines in small letters: a line that ends no sentence goes on it
        # ("Tổ chức đại hội ..., tiến tới Đại hội đại biểu" / "Đoàn TNCS ... lần thứ XIV,").
        title_goes_on = (
            since_type is not None
            and since_type <= 3
            and not line.rstrip().endswith((".", ";", ":"))
            and len(line.split()) < 25
        )
        if (
            anchored
            and (not typed or _LEAD_IN.match(line))
            and not title_goes_on
            and not _SUBJECT_LINE.match(line)  # a letter's subject is no running text
            and not line[:1].islower()  # a line going on in small letters continues the title
            and not (index and _GOES_ON.search(zone[index - 1]))  # "... ban hành kèm theo" /
            and len(line.split()) >= 12
            and sum(c.islower() for c in line) > len(line) / 2
            and not _before_letterhead(zone, index)  # the page's heading over the letterhead
            and not _title_before_basis(zone, index)
            and not _title_over_type(zone, index)
        ):
            return index
        typed = type_of(line) is not None
        since_type = 1 if typed else (since_type + 1 if since_type is not None else None)
        if (
            _NUMBER_LINE.match(line)
            or _DATE.search(line)
            or type_of(line) is not None
            or _dated_heading(line)
        ):
            anchored = True
    return len(zone)


def _title_over_type(zone: list[str], index: int) -> bool:
    """Whether ``zone[index]`` opens a title printed above its type line, not a sentence.

    "Tổng kết hoạt động ..." / "BÁO CÁO": a type line follows within four lines, none of them
    ending a sentence.
    """
    for offset, line in enumerate(zone[index : index + _TITLE_ABOVE_LINES + 1]):
        if type_of(line) is not None:
            return offset > 0
        if line.rstrip().endswith((".", ";", ":")):
            return False
    return False


#: A sentence that leads into the body ("Ngày 24 tháng 7 năm 2017, Thủ tướng ... kết luận như
#: sau:"), no title even right under the type line: a copy printed the title over the type line.
_LEAD_IN = re.compile(r"^(?=(?:\S+\s+){19}).*\S:$")


#: A line that ends on a word a title cannot end on goes on on the next line ("... kèm theo" /
#: "Quyết định số 99-QĐ/TW ...").
#: "về" after a verb of coming back is no preposition but the verb's end: "... bị buôn bán
#: từ nước ngoài trở về", "... quay về" end a title.
_GOES_ON = re.compile(
    r"(?:^|\s)(?:theo|của|(?<!trở\s)(?<!quay\s)về|và|với|cho|tại|trong|giữa|các|những"
    r"|đối với|thuộc|trên|số|thực hiện|triển khai)$",
    re.IGNORECASE,
)


def ends_unfinished(text: str) -> bool:
    """Whether ``text`` ends on a word no title ends on ("... thực hiện Quyết định số")."""
    said = text.rstrip(" .;:")
    return _GOES_ON.search(said) is not None or said.endswith((",", "-", "\u2013"))


#: The subject line of a letter (*công văn*): "V/v tiếp tục phối hợp ...".
_SUBJECT = re.compile(r"^(?:V/v|V/V|v/v)\s*\S")


#: A type line a copy ran on with the title in small letters: "QUYẾT ĐỊNH Về việc ban hành ...",
#: or a page's heading with a colon between them: "HƯỚNG DẪN: Công tác ...".
_TYPE_THEN_TITLE = re.compile(
    rf"^(?P<type>[{UPPER_LETTERS}][{UPPER_LETTERS} ]*[{UPPER_LETTERS}])(?:\s*:)?\s+"
    rf"(?P<title>(?:V/[Vv]|[{UPPER_LETTERS}][{LOWER_LETTERS}]).*)$"
)


#: A draft's mark, printed above, beside or under the type line: "DỰ THẢO", "(Dự thảo)",
#: "Dự thảo lần 2", "DỰ THẢO LẦN THỨ 3".
_DRAFT_MARK = r"\(?\s*dự\s+thảo(?:\s+(?:lần\s+(?:thứ\s+)?\w+|\d+))?\s*\)?\s*:?"
_DRAFT_ALONE = re.compile(_DRAFT_MARK, re.IGNORECASE)
_DRAFT_BESIDE = re.compile(rf"(?P<type>.+?)\s+{_DRAFT_MARK}", re.IGNORECASE)


def without_draft_mark(lines: list[str]) -> list[str]:
    """``lines`` without the mark a draft prints in its opening ("DỰ THẢO", "Dự thảo lần 2").

    The mark is no part of the letterhead, the type line or the title: a line of its own
    (above the type line, beside it in a cell of its own, or under it), or the words after
    a type line ("QUYẾT ĐỊNH Dự thảo lần 2"), within the opening's forty lines.
    """
    kept: list[str] = []
    for line in lines[:40]:
        if _DRAFT_ALONE.fullmatch(line.strip()):
            continue
        beside = _DRAFT_BESIDE.fullmatch(line.strip())
        if beside and type_of(beside["type"]) == (fold(" ".join(beside["type"].split())), ""):
            line = beside["type"]
        kept.append(line)
    return [*kept, *lines[40:]]


def part_type_line(lines: list[str]) -> list[str]:
    """``lines`` with a type line a copy ran on with its title parted into the two.

    "QUYẾT ĐỊNH Về việc ban hành ..." is the type line "QUYẾT ĐỊNH" and the
    title; only the first such line of the opening's forty, and only a type
    printed alone in capitals before a title in small letters.
    """
    for index, line in enumerate(lines[:40]):
        ran_on = _TYPE_THEN_TITLE.match(line)
        if ran_on and type_of(ran_on["type"]) == (fold(" ".join(ran_on["type"].split())), ""):
            return [*lines[:index], ran_on["type"], ran_on["title"], *lines[index + 1 :]]
        misread = _misread_type_then_title(line)
        if misread is not None:
            return [*lines[:index], *misread, *lines[index + 1 :]]
    return lines


#: A preamble's first clause a copy ran on with the title's last line: "... biên giới đất liền
#: Căn cứ Luật Tổ chức Chính phủ ...", "... tỉnh Lào Cai Thực hiện Chỉ thị số 11-CT/TU ...".
_RUN_ON_BASIS = re.compile(
    r"(?<=[^\s.,;:(])\s+(?=(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị)"
    r"(?:\s*$|\s+(?:Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết"
    r"|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Điều\s+lệ|Công\s+văn"
    r"|Văn\s+bản|Hướng\s+dẫn|Thông\s+báo|Kết\s+luận|Quy\s+chế|Quy\s+định|của|chức)\b))"
)


#: The deciding body's line a copy ran on with a title in small letters, in capitals to the
#: line's end: "... của Bộ Tư pháp BỘ TRƯỞNG BỘ TƯ PHÁP", "... 2011 - 2016 ỦY BAN NHÂN DÂN
#: HUYỆN"; or the first heading of a report's body: "... tối cao I. TRIỂN KHAI ...".
_RUN_ON_CAPITALS = re.compile(
    rf"(?<=[{LOWER_LETTERS}\d)])\s+(?=(?:(?:ỦY|UỶ)\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|HỘI\s+ĐỒNG"
    r"|CHỦ\s+TỊCH|BAN\s+(?:CHẤP\s+HÀNH|THƯỜNG\s+VỤ)|GIÁM\s+ĐỐC|CHÁNH\s+ÁN|VIỆN\s+TRƯỞNG"
    rf"|[IVX]{{1,4}}\.)\s[^{LOWER_LETTERS}]*$)"
)


def part_run_on_basis(lines: list[str]) -> list[str]:
    """``lines`` with a title's last line a copy ran on with the preamble's first clause parted.

    "... tại các cửa khẩu biên giới đất liền Căn cứ Luật Tổ chức Chính phủ ...": the
    title ends before "Căn cứ" (or "Thực hiện", "Theo đề nghị", "Xét đề nghị" with a
    capital, then an act's kind or "của"), which opens the body; not after a sentence's
    stop, nor after a paragraph's 400 first characters (a preamble's sentence, not a
    title). A title in small letters ends before the deciding body's line, or a report's
    first heading, run on with it in capitals (``_RUN_ON_CAPITALS``). Only the lines
    under the first type line of the opening's forty, up to the first line that opens
    the body.
    """
    at = next((i for i, line in enumerate(lines[:40]) if type_of(line) is not None), None)
    if at is None:
        return lines
    for index in range(at + 1, min(len(lines), at + 9)):
        if BODY_STARTS.match(lines[index]):
            return lines
        ran_on = _RUN_ON_BASIS.search(lines[index]) or _RUN_ON_CAPITALS.search(lines[index])
        if ran_on is not None and ran_on.start() <= 400:
            head, rest = lines[index][: ran_on.start()], lines[index][ran_on.end() :]
            return [*lines[:index], head, rest, *lines[index + 1 :]]
    return lines


def _misread_type_then_title(line: str) -> tuple[str, str] | None:
    """A type line in capitals with one letter a scan printed small, and the title after it.

    "THÔNG Tư LIÊN TỊCH Hướng dẫn việc ..." is the type line, as printed, and the
    title: the type's words with one letter small, then a title in small letters.
    """
    spaced = " ".join(line.split())
    folded = fold(spaced)
    for key in _TYPE_KEYS:
        if not folded.startswith(key + " "):
            continue
        head, title = spaced[: len(key)], spaced[len(key) + 1 :]
        if sum(char.islower() for char in head) == 1 and _TITLE_START.match(title):
            return head, title
        return None
    return None


#: A title in small letters, as it starts after its type line: "Hướng dẫn ...", "V/v ...".
_TITLE_START = re.compile(rf"(?:V/[Vv]|[{UPPER_LETTERS}][^\W\d{UPPER_LETTERS}])")


#: The types a type line broken after its first word begins with (folded).
_BROKEN_TYPES = ("thông tư", "nghị quyết", "quy chế", "quy định", "kế hoạch")


def _join_broken_type(zone: list[str]) -> list[str]:
    """A type line broken after its first word ("THÔNG TƯ" / "LIÊN TỊCH CỦA ..."), joined.

    Also when a scan spaced a word's letters or lost its tones ("TH ÔNG TƯ" / "LIÊN TICH").
    """
    joined: list[str] = []
    for line in zone:
        first = fold(joined[-1]) if joined else ""
        printed = joined[-1] if joined else ""
        if first not in _BROKEN_TYPES and joined:
            typed = type_of(joined[-1])  # "TH ÔNG TƯ", as a scan spaced it: that type's line
            if typed is not None and not typed[1]:
                first, printed = typed[0], typed[0].upper()
        if first in _BROKEN_TYPES and _toneless(fold(line)).startswith(("liên tich", "liên nganh")):
            joined[-1] = f"{printed} {line}"
            continue
        joined.append(line)
    return joined


#: The Youth Union's own name, which its committees print where other bodies print the
#: national motto: "TỈNH ĐOÀN QUẢNG BÌNH" | "ĐOÀN TNCS HỒ CHÍ MINH" (folded).
_UNION_MOTTO = re.compile(
    r"[\s*|\-\u2013]*đ(?:oà|òa)n\s+(?:tncs|thanh\s+niên\s+cộng\s+sản)\s+hồ\s+chí\s+minh"
    r"[\s*|\-\u2013]*$"
)


def _without_union_motto(text: str) -> str:
    """The letterhead's text without the Youth Union's name printed as its motto column.

    A provincial or district committee of the Youth Union prints the organisation's name
    where the state's motto stands ("TỈNH ĐOÀN QUẢNG BÌNH" beside "ĐOÀN TNCS HỒ CHÍ MINH");
    a table flattened row by row puts it on the next line or at the end of the body's own.
    It is no second issuer when the lines before it name a local body; over the committee's
    line it is the organisation the committee belongs to, and under a central
    committee's line ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH") it completes
    that body's name, and stays.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        found = _UNION_MOTTO.search(fold(line))
        if found is None:
            continue
        kept = line[: found.start()].rstrip(" *|-\u2013")
        before = [r for r in [*lines[:index], kept] if r.strip(" *|-\u2013")]
        bodies = bodies_in_letterhead(before)
        if any(body.place is not None and body.level != "central" for body in bodies):
            # Printed after the committee's own line, not over it ("ĐOÀN TNCS HỒ CHÍ MINH" /
            # "BCH TỈNH NINH THUẬN": the organisation whose committee it is).
            rest = [*lines[:index], *([kept] if kept.strip() else []), *lines[index + 1 :]]
            return "\n".join(r for r in rest if r.strip())
    return text


def _without_motto(text: str) -> str:
    """The letterhead's text with the national or the Party's motto taken out.

    The lines the motto leaves are one line break apart, as they are in a
    letterhead printed beside it: a table flattened row by row ("LIÊN ĐOÀN
    LAO ĐỘNG TỈNH A | CỘNG HÒA ..." / "LIÊN ĐOÀN LAO ĐỘNG HUYỆN B | Độc lập
    ...") keeps the body under its superior's line.
    """
    folded = fold(text)
    pieces = []
    position = 0
    for match in _MOTTO.finditer(folded):
        pieces.append(text[position : match.start()])
        position = match.end()
    pieces.append(text[position:])
    kept = (piece.strip(" -\u2013*").strip("\n") for piece in pieces)
    return "\n".join(piece for piece in kept if piece.strip(" -\u2013*\n"))


#: The words a title printed under its type line opens with, in sentence case: "Về ...",
#: "Giữa ..." (a regulation's parties), "V/v ...".
_SUBTITLE = re.compile(r"^(?:Về|Giữa|V/v)\s+\S")


def _type_words_over_title(rest: str, after: list[str]) -> bool:
    """Whether the words after a type on its line belong to the type, the title under it.

    "QUY CHẾ PHỐI HỢP LIÊN NGÀNH" / "Về phối hợp trong công tác ...": one or two words in
    capitals after the type's own, over a line in sentence case that opens as a title does
    ("Về ...", "Giữa ..."), are the heading's type ("liên ngành"), not a title of their own.
    """
    if not (rest and len(rest.split()) <= 2 and not any(c.islower() for c in rest) and after):
        return False
    line = after[0].strip()
    if _SUBTITLE.match(line) and any(c.islower() for c in line):
        return True
    # "BÁO CÁO TỔNG KẾT" / "Kết quả 10 năm thực hiện ...": a report's (or a text's) kind in
    # words that qualify the type, over a title of its own in sentence case.
    return (
        fold(" ".join(rest.split())) in _TYPE_QUALIFIERS
        and line[:1].isupper()  # not "10 năm thực hiện ...": the type's words go on into it
        and any(c.islower() for c in line)
        and not BODY_STARTS.match(line)
        and not _TITLE_YEARS.match(line)
    )


#: The words after a type that qualify it, not a title's: "BÁO CÁO TỔNG KẾT", "... SƠ KẾT".
_TYPE_QUALIFIERS = frozenset(
    fold(words)
    for words in (
        "tổng kết",
        "sơ kết",
        "kết quả",
        "đề dẫn",
        "tóm tắt",
        "chính trị",
        "tham luận",
        "công tác",
        "liên ngành",
        "liên tịch",
        "hợp tác",
        "phối hợp",
    )
)


#: The words a title's last line in capitals starts with under a title in small letters, the
#: title's own: its period, year or term ("GIAI ĐOẠN 2021 - 2025", "NĂM 2023"), or the area it
#: covers ("TRÊN ĐỊA BÀN TỈNH HÀ GIANG"); never who decides.
_GOES_ON_IN_CAPITALS = re.compile(
    r"^(?:GIAI\s+ĐOẠN|NĂM\s+HỌC|NĂM\s+\d{4}|NHIỆM\s+KỲ|THỜI\s+KỲ|ĐẾN\s+NĂM|TRÊN\s+ĐỊA\s+BÀN"
    r"|TẦM\s+NHÌN)\b"
)
#: A place's unit word, a capitals line under a title whose last words are a council's or
#: a committee's name opens with ("... Chủ tịch Ủy ban nhân dân" / "THÀNH PHỐ ĐÀ NẴNG ...").
_UNIT_IN_CAPITALS = re.compile(r"^(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG)\s")


def _goes_on_in_capitals(line: str, before: str) -> bool:
    """Whether ``line``, in capitals under a title's line in small letters, is the title's.

    Some copies print a title's last line in capitals: its period or area
    (``_GOES_ON_IN_CAPITALS``), or the place of the council or committee its
    line before ends with ("... Ủy ban nhân dân" / "THÀNH PHỐ ĐÀ NẴNG NHIỆM KỲ ...").
    It had been left out of the title, and a place read as the deciding body's.
    """
    if any(c.islower() for c in line) or not any(c.islower() for c in before):
        return False
    return bool(_GOES_ON_IN_CAPITALS.match(line)) or bool(
        _UNIT_IN_CAPITALS.match(line) and fold(before).rstrip().endswith("nhân dân")
    )


def _first_small(text: str) -> str:
    """``text`` with its first letter small: a title's words that go on after others."""
    return text[:1].lower() + text[1:]


def _after_type_line(opening: Opening, zone: list[str], type_index: int) -> Opening:
    """The type line, the title under it, and the line of the body that decides."""
    type_line = zone[type_index]
    key, rest = type_of(type_line) or ("", "")
    kind = kind_of(key)
    printed_type = type_line[: len(type_line) - len(rest)].strip() if rest else type_line
    if _type_words_over_title(rest, zone[type_index + 1 : type_index + 2]):
        printed_type, rest = type_line, ""
    opening = attrs.evolve(opening, type_line=printed_type, kind=kind, type_index=type_index)
    heading = _gazette_heading(opening, zone, type_index, key)
    if heading is not None:
        return heading
    # "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG" / "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG": the post alone, its body on
    # the next line, which is then no title's and no line of the body that decides.
    post_alone = fold(" ".join(rest.split())).removeprefix("của ") in _HEADS
    if fold(rest).startswith("của "):
        rest = ""  # "QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG ...": who issues it, not the title
    title_lines: list[str] = [rest] if rest else []
    going_on: list[str] = []
    tail_in_capitals: list[str] = []
    bracketed: str | None = None
    first_of_text: str | None = None
    issuer = None
    # A title run on with its type line ("KẾ HOẠCH THỰC HIỆN ĐỀ ÁN ..."): its case is the rest's.
    capitals = not any(c.islower() for c in rest) if rest else None
    for index in range(type_index + 1, len(zone)):
        line = zone[index]
        if title_lines and capitals is False and _goes_on_in_capitals(line, title_lines[-1]):
            title_lines.append(_first_small(recase(line)))  # "GIAI ĐOẠN 2021 - 2025": the title's
            continue
        found = _issuer(zone, index)
        if post_alone and index == type_index + 1 and found is not None:
            continue
        run_on = None if found else _title_then_issuer(zone, index, type_index)
        if run_on is not None:
            # "VỀ PHÂN LOẠI ... HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ" / "KHÓA IX, KỲ HỌP ...": the
            # title's last line run on into the name of the body that decides.
            title_lines.append(run_on[0])
            issuer = run_on[1]
            break
        if found is not None and (
            line.rstrip().endswith(",")
            or (index + 1 < len(zone) and zone[index + 1][:1].islower())
            or (_joins_on(title_lines) and _joins_on(zone[index + 1 : index + 2], first=True))
        ):
            # A title's line that goes on ("... Hà Nội lần thứ XIV," / "nhiệm kỳ"), or the
            # body a title's last word joins on, another joined after it ("... QUY CHẾ PHỐI
            # HỢP GIỮA" / "BAN THƯỜNG TRỰC ..." / "VỚI VIỆN KIỂM SÁT ...").
            found = None
        if found is not None and (title_lines or index > type_index + 1):
            if (
                capitals or (capitals is False and _ends_with_head(title_lines[-1]))
            ) and _letterhead_decides_next(zone, index + found[1], line, opening):
                # The committee whose chair is elected, the letterhead's body after it; under
                # a title in small letters, its capitals are re-cased and listed to check.
                title_lines.append(line if capitals else recase(line))
                tail_in_capitals.extend(() if capitals else (line,))
                continue
            issuer = found[0]
            break
        if found is not None and not title_lines:
            issuer = found[0]
            break
        if title_lines and _head_s_line(zone, index, opening.letterhead_text, title_lines[-1]):
            break  # the line of the head who decides, whose post the grammar does not read
        if title_lines and _joint_issuers_at(zone, index, title_lines[-1], (kind or "",)):
            break  # the bodies (or their heads) that issue together, as a joint text prints them
        in_capitals = not any(c.islower() for c in line)
        if title_lines and capitals is False and in_capitals and _names_in_capitals(line):
            if len(title_lines) < 6 and _title_goes_on_in_capitals(line):
                # "... điều hành hoạt động" / "TẠI CÁC CỬA KHẨU ...": the title's last words,
                # printed in capitals; where the title ends is then a guess, to check.
                title_lines.append(_first_small(recase(line)))
                tail_in_capitals.append(line)
                continue
            # A head's post, or a body, in capitals under a title in small letters: who decides,
            # also where a scan lost its tones ("BÔ TRƯƠNG BÔ TƯ PHAP", "... TINH THAI NGUYÊN").
            break
        if capitals is None:
            capitals = in_capitals
        elif capitals and not in_capitals:
            if _TITLE_YEARS.match(line) and not going_on:
                # "BIÊN BẢN ĐẠI HỘI LIÊN ĐỘI" / "Năm học 2020 - 2021": the title's school year or
                # period, on its own line in small letters.
                going_on.append(_first_small(line))
                continue
            if not _capitals_go_on(line, title_lines):
                break
            going_on.append(line)
            continue
        if going_on:
            break
        if _ANNIVERSARY.match(line):
            title_lines.append(line)  # "(15/10/1956 - 15/10/2015)": the title's own dates
            continue
        if title_lines and _TITLE_PART_IN_BRACKETS.match(line):
            bracketed = line  # "(Giai đoạn 2021 - 2025)": the title's own, or a note: to check
            break
        if _ends_title(zone, index, title_lines, small=capitals is False):
            if len(title_lines) > 1 and len(title_lines[-1]) >= 60 and _opens_the_body(line):
                first_of_text = title_lines[-1]  # a paragraph's first line, broken at its width?
            break
        title_lines.append(line)
    title, printed, recased = _title_of(title_lines, going_on)
    return attrs.evolve(
        opening,
        type_line=printed_type,
        kind=kind,
        type_index=type_index,
        title=title,
        title_printed=printed,
        recased=recased,
        issuer=issuer,
        title_tail_in_capitals=" ".join(tail_in_capitals) or None,
        title_continues=bracketed,
        title_run_on=first_of_text,
    )


def _capitals_go_on(line: str, title_lines: list[str]) -> bool:
    """Whether a title in capitals (``title_lines``) goes on in ``line``, in small letters.

    "CỦA ĐOÀN THANH NIÊN ..." / "thực hiện Nghị quyết Đại hội ...", a quoted name ("...
    PHONG TRÀO" / "“Toàn dân đoàn kết ...”"), or the type's words before a number ("BÁO
    CÁO TỔNG KẾT" / "10 năm thực hiện ..."): the lines in small letters end the title.
    """
    return (
        (
            line[:1].islower()
            or line[:1] in '“"'
            or (line[:1].isdigit() and len(" ".join(title_lines).split()) <= 2)
        )
        and not line.rstrip().endswith((":", ";", "."))
        and len(line.split()) < 30
    )


def _ends_title(zone: list[str], index: int, title_lines: list[str], small: bool) -> bool:
    """Whether ``zone[index]`` under a title's lines (``small``: in small letters) ends it."""
    line = zone[index]
    dated = _DATE.search(line)
    return bool(
        line.startswith("(")
        or POSTING_STAMP.match(line)  # "Ngày cập nhật 24/04/2020": the page's, under it
        # A place-and-date line; not a title citing an act's date ("... NGÀY 16 THÁNG 7 ...").
        or (dated is not None and len(line) - (dated.end() - dated.start()) < 20)
        or _place_date_line(" ".join(zone[index : index + (2 if _DAY_CUT.search(line) else 1)]))
        or len(title_lines) >= 6
        or (title_lines and small and _opens_the_body(line))
    )


def _title_of(title_lines: list[str], going_on: list[str]) -> tuple[str | None, str | None, bool]:
    """The title, as printed, and whether it was re-cased from capitals, from its lines.

    ``going_on``: the lines in small letters a title in capitals goes on with, kept as printed.
    """
    printed = " ".join(" ".join(title_lines).split()) or None
    if not printed:
        return None, None, False
    title = capital_first(recase(printed))
    if going_on:
        tail = " ".join(" ".join(going_on).split())
        printed, title = f"{printed} {tail}", f"{title} {tail}"
    return title, printed, not any(c.islower() for c in " ".join(title_lines))


_GAZETTE = re.compile(
    r"^(?:(?P<of>CỦA\s+)?(?P<bodies>.+?)\s+)?SỐ\s*:?\s*(?P<number>\S+(?:(?<=-)\s+\S+)?)\s+NGÀY\s+"
    r"(?P<date>\d{1,2}[-/]\d{1,2}[-/]\d{4}|\d{1,2}\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4})\s+(?P<title>(?!CỦA).+)$",
)

#: The head words of a body that a joint heading names without "CỦA" ("THÔNG TƯ LIÊN TỊCH /
#: BỘ Y TẾ - BỘ LAO ĐỘNG ... SỐ ... NGÀY ..."), "LIÊN TỊCH" or "LIÊN BỘ" before them; not a
#: title's verb ("BAN HÀNH QUY CHẾ ... NGHỊ ĐỊNH SỐ ... NGÀY ... CỦA CHÍNH PHỦ"), whose date
#: is then the act's, "CỦA" after it.
_HEADING_BODY = re.compile(
    r"^(?:LIÊN\s+(?:TỊCH|BỘ)\s+)?(?:BỘ|BAN(?!\s+HÀNH)|VIỆN|TÒA|TOÀ|ỦY\s+BAN|UỶ\s+BAN|TỔNG|HỘI|CHÍNH\s+PHỦ"
    r"|VĂN\s+PHÒNG|TRUNG\s+ƯƠNG|NGÂN\s+HÀNG|THANH\s+TRA)\s"
)


#: The posts and organs that decide, printed on their line under a title.
_DECIDING_POSTS = tuple(f"{fold(post)} " for post in (*_DECIDERS, "thủ tướng", "ủy ban nhân dân"))


def _gazette_heading(
    opening: Opening, zone: list[str], type_index: int, key: str
) -> Opening | None:
    """An old gazette heading: the issuers, number, date and title after the type, in capitals."""
    lines: list[str] = []
    for line in zone[type_index:]:
        if any(c.islower() for c in line):
            break
        if len(lines) > 1 and fold(line).startswith(_DECIDING_POSTS):
            break  # the deciding post under the title ("BỘ TRƯỞNG BỘ TƯ PHÁP"), even cut
        lines.append(line)
    text = " ".join(" ".join(lines).split())
    rest = text[len(key) :].strip() if fold(text).startswith(key) else ""
    # "THÔNG TƯ / LIÊN TỊCH CỦA ...": the type may be broken after its first word.
    folded_rest = fold(rest)
    for tail in ("liên tịch", "liên ngành"):
        if folded_rest.startswith(tail + " "):
            rest = rest[len(tail) :].strip()
    match = _GAZETTE.match(rest)
    if match is None or (match["bodies"] and not match["of"] and not _HEADING_BODY.match(rest)):
        return None
    bodies = tuple(bodies_in_letterhead([match["bodies"]])) if match["of"] else ()
    if match["bodies"] and not match["of"] and not opening.letterhead:
        bodies = tuple(bodies_in_letterhead([_HEADING_JOINT.sub("", match["bodies"])]))
    titled = _with_gazette_title(opening, match["title"], bodies)
    if opening.number and not match["of"]:
        # The heading repeats what the Số and date lines gave ("SỐ 08/1998/TTLT- BYT-LĐTBXH"
        # under "Số: 08/1998/TTLT-BYT-BLĐTBXH"): those lines are the document's.
        return titled
    number = " ".join(match["number"].split()).replace("- ", "-").rstrip(".,;")
    return attrs.evolve(
        titled,
        number=number,
        number_text=f"SỐ {match['number']}",
        date=_gazette_date(match["date"]),
        date_text=f"NGÀY {match['date']}",
    )


#: "LIÊN TỊCH" or "LIÊN BỘ" before the bodies a joint heading names.
_HEADING_JOINT = re.compile(r"^LIÊN\s+(?:TỊCH|BỘ)\s+")


def _with_gazette_title(opening: Opening, printed: str, bodies: tuple[BodyName, ...]) -> Opening:
    """The title of an old gazette heading, printed in capitals, and the bodies it names."""
    title = recase(printed)
    return attrs.evolve(
        opening,
        title=title[:1].upper() + title[1:],
        title_printed=printed,
        recased=True,
        heading_bodies=bodies,
    )


def _gazette_date(text: str) -> dt.date | None:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    try:
        return dt.date(numbers[2], numbers[1], numbers[0])
    except (ValueError, IndexError):
        return None


_PAGE_HEADING = re.compile(
    r"^(?P<kind>Công văn|Quyết định|Kế hoạch|Chương trình|Hướng dẫn|Thông báo|Nghị quyết"
    r"|Thông tư liên tịch|Quy chế|Báo cáo)\s+(?:số\s+)?(?P<number>\d+[\w/.-]*[/-][\w/.-]+)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?(?:\s+(?P<title>về\s+.+))?$"
)


#: A portal's record of a document, printed before its text one field a line, when the copy
#: keeps no opening of its own: "Số/ký hiệu: 1376/CTrPH-BVHTTDL-MTTQ", "Ngày ban hành:
#: 07/04/2020", "Loại văn bản: Chương trình".
_RECORD_FIELD = re.compile(
    r"^(?P<label>Số\s*/?\s*ký\s+hiệu|Ngày\s+ban\s+hành|Loại\s+văn\s+bản)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_RECORD_NUMBER = re.compile(r"\d+[\w.-]*/[\w/.&-]*[A-ZĐ][\w/.&-]*")
_RECORD_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d")


def _page_record(opening: Opening, zone: list[str]) -> Opening | None:
    """The number, date, kind and title a portal's record gives a copy without its opening.

    The title is the record's heading on the line before its first field, when it starts with
    the kind the record names ("Chương trình phối hợp về ..." over "Số/ký hiệu: ...").
    """
    fields: dict[str, str] = {}
    first = None
    for index, line in enumerate(zone):
        field = _RECORD_FIELD.match(" ".join(line.split()))
        if field is None:
            continue
        first = index if first is None else first
        fields.setdefault(re.split(r"[\s/]+", fold(field["label"]))[0], field["value"].strip())
    number = _RECORD_NUMBER.fullmatch(fields.get(fold("số"), "").split(" ")[0])
    if number is None or first is None:
        return None
    dated = _RECORD_DATE.match(fields.get(fold("ngày"), ""))
    said = " ".join(fields.get(fold("loại"), "").split())
    kind = _KIND_OF.get(fold(said))
    heading = " ".join(zone[first - 1].split()) if first else ""
    title = heading if said and fold(heading).startswith(fold(said) + " ") else None
    return attrs.evolve(
        opening,
        number=number[0],
        number_text=zone[first],
        date=_gazette_date(dated[0]) if dated else None,
        kind=kind,
        title=title,
        title_printed=title,
        from_page_heading=True,
    )


def _dated_heading(line: str) -> bool:
    """A page heading that gives a document's number and date ("Công văn số ... ngày ...")."""
    match = _PAGE_HEADING.match(line)
    return match is not None and match["date"] is not None


#: A word of a title: two letters or more, not a clock's "AM" or "PM".
_WORD = re.compile(r"(?![AP]M\b)[^\W\d_]{2,}")


#: A report's title a page prints as its heading, without letterhead, number or type line:
#: "Kết quả triển khai thực hiện Chương trình ... 6 tháng đầu năm 2016", "Báo cáo kết quả ...
#: năm 2022"; it names the window it reports on (a year, a half year, a period).
_REPORT_HEADING = re.compile(
    r"^(?:Báo\s+cáo\s+)?Kết\s+quả\s+(?:[^\W\d]+\s+){0,3}?thực\s+hiện\s+\S.{10,}"
    r"(?:năm|giai\s+đoạn)\s+(?:năm\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _report_heading(opening: Opening, zone: list[str]) -> Opening | None:
    """A report a page prints under its title alone, or None.

    Only for a copy whose opening has no letterhead, number, date or type
    line: its first line, a report's title that names a window, is its title.
    """
    if opening.letterhead or opening.number or opening.date or not zone:
        return None
    heading = " ".join(zone[0].split())
    if not _REPORT_HEADING.match(heading):
        return None
    return attrs.evolve(opening, kind="report", title=heading, title_printed=heading)


#: The kinds a page's heading may open with in small letters: "Kế hoạch tổ chức ...".
_HEADING_KINDS = ("kế hoạch", "chương trình", "quy chế", "quy định", "hướng dẫn")


def _stamped_heading(opening: Opening, zone: list[str]) -> Opening | None:
    """A plan a page prints under its heading and posting stamp alone, or None.

    Only for a copy whose opening has no letterhead, number, date or type line: a heading
    that opens with a kind in small letters ("Kế hoạch tổ chức phát động ... năm 2020"),
    the page's posting stamp on the next line ("Ngày cập nhật 04/03/2020"), gives the kind
    and the title (the rest, its first letter a capital). The stamp's day is the page's.
    """
    if opening.letterhead or opening.number or opening.date or opening.kind:
        return None
    lines = [" ".join(line.split()) for line in zone if line.strip()]
    for heading, stamp in itertools.pairwise(lines):
        if not POSTING_STAMP.match(stamp):
            continue
        key = next((k for k in _HEADING_KINDS if fold(heading).startswith(fold(k) + " ")), None)
        rest = heading[len(key) :].strip(" .:") if key else ""
        if key is None or len(rest.split()) < 3 or not rest[0].islower():
            return None
        title = rest[0].upper() + rest[1:]
        return attrs.evolve(
            opening, kind=_KIND_OF[fold(key)], title=title, title_printed=heading[len(key) :]
        )
    return None


#: The verbs a circular's title opens with that are also types of document (Decree
#: 30/2020/NĐ-CP, appendix I): "Thông tư liên tịch hướng dẫn ...", "Thông tư quy định ...".
_TITLE_VERB_KINDS = ("guidance", "rules")


def _title_opening_with_a_verb(line: str, number: str | None) -> bool:
    """Whether ``line``, read as a type line with its title, is a title alone.

    "HƯỚNG DẪN THỰC HIỆN VIỆC BẮT, TẠM GIỮ ..." under "Số: 01/2014/TTLT-VKSTC-BQP": the
    number names a joint circular, and a guidance's type line has no title run on with it in
    a joint circular's copy; the page dropped the type line ("THÔNG TƯ LIÊN TỊCH") and the
    title opens with its verb.
    """
    key, rest = type_of(line) or ("", "")
    named = symbol_kinds(number)
    return (
        bool(rest)
        and bool(named)
        and key in _KIND_OF
        and (_KIND_OF[key] in _TITLE_VERB_KINDS and _KIND_OF[key] not in named)
    )


def _without_type_line(opening: Opening, zone: list[str]) -> Opening:
    """A copy that prints no type line: a title in capitals after the date, or a page heading."""
    reported = _report_heading(opening, zone) or _stamped_heading(opening, zone)
    if reported is not None:
        return reported
    if opening.number is None:
        # No number line: the page's own heading may be the document's ("Công văn số ... ngày ...").
        for line in zone:
            match = _PAGE_HEADING.match(line)
            if match and match["date"]:
                day = _gazette_date(match["date"])
                title = match["title"]
                kind = _KIND_OF.get(fold(match["kind"]))
                return attrs.evolve(
                    opening,
                    number=match["number"],
                    number_text=line,
                    date=day,
                    date_text=line,
                    kind=kind,
                    title=title[:1].upper() + title[1:] if title else None,
                    title_printed=title,
                    from_page_heading=True,
                )
        recorded = _page_record(opening, zone)
        if recorded is not None:
            return recorded
    after = 0
    # Once the opening's number and date are read, a date further on is the basis's, in a
    # copy that cut its "Căn cứ" ("ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 ..."), not theirs.
    read = opening.number is not None or opening.date is not None
    numbered = opening.number is None
    dated = opening.date is None
    for index, line in enumerate(zone):
        if read and numbered and dated and not _NUMBER_LINE.match(line):
            break
        if _NUMBER.search(line) or _NUMBER_LINE.match(line):
            numbered = True
            after = index + 1  # also a number broken over lines ("Số:" / "570/...")
        if _DATE.search(line) or _DATE_TAIL.search(line):
            dated = True
            after = index + 1
    zone_read, zone = zone, _subject_off_number(zone)
    subject_at = next((i for i, line in enumerate(zone) if _SUBJECT.match(line)), None)
    if subject_at is None or symbol_kinds(opening.number):
        zone = zone_read  # the title is read from the lines as printed
    if subject_at is not None and symbol_kinds(opening.number):
        # "Số: 398/2003/QĐ-UB" over "V/V BAN HÀNH QUY CHẾ ...": a decision titled as letters
        # are, whose copy lost its type line; its subject is its title, not a letter's.
        subject_at = None
    if subject_at is not None and (opening.number or opening.number_text) is not None:
        # A letter (công văn) prints no type line: its subject, "V/v ...", under its number is
        # its title, and the subject line makes it a letter (Decree 30/2020/NĐ-CP, form 1.4);
        # so under a number line whose serial a draft leaves blank ("Số: ..../UBDT-DTTS").
        lines = [zone[subject_at], *_subject_goes_on(zone, subject_at)]
        said = " ".join(" ".join(lines).split()).rstrip(" .;")
        named = recase(said) if not any(c.islower() for c in said[3:]) else said
        named = re.sub(r"^v/v", "V/v", named, flags=re.IGNORECASE)
        return attrs.evolve(
            opening,
            kind="official-letter",
            title=named,
            title_printed=said,
            recased=named != said,
        )
    title_lines: list[str] = []
    issuer = None
    for index in range(after, len(zone)):
        line = zone[index]
        found = _issuer(zone, index)
        if found is not None:
            issuer = found[0]
            break
        if any(c.islower() for c in line) or _MOTTO.search(fold(line)) or not _WORD.search(line):
            if title_lines:
                break
            continue
        whole = read_body(line)
        if whole is not None and whole.end >= len(line.rstrip(" ,")) and not title_lines:
            continue  # a letterhead's body printed again
        if title_lines and _head_s_line(zone, index, opening.letterhead_text, title_lines[-1]):
            break  # the line of the head who decides, whose post the grammar does not read
        if title_lines and _joint_issuers_at(
            zone, index, title_lines[-1], symbol_kinds(opening.number)
        ):
            break  # the bodies (or their heads) that issue together, as a joint text prints them
        title_lines.append(line)
    printed = " ".join(" ".join(title_lines).split()) or None
    if printed is None:
        # A letter's subject line ("V/v ...", "Về việc ...") is its title, as printed.
        subject = _subject(zone)
        if subject is not None:
            return attrs.evolve(opening, issuer=issuer, title=subject, title_printed=subject)
        if issuer is None and 0 < after == len(zone) - 1 and _title_before_basis(zone, after):
            # "Số: ... | Hà Nội, ngày ... |" / "Hướng dẫn việc quản lý ..." / "Căn cứ ...": the
            # title in small letters of a copy that lost its type line, as printed.
            said = " ".join(zone[after].split())
            return attrs.evolve(opening, title=said, title_printed=said)
        return attrs.evolve(opening, issuer=issuer)
    title = recase(printed)
    return attrs.evolve(
        opening,
        title=title[:1].upper() + title[1:],
        title_printed=printed,
        recased=True,
        issuer=issuer,
    )


#: A letter's subject printed after its number on the number's line, a copy having run the
#: cell's lines together ("Số: 12/BNV-VP V/v: Hướng dẫn ...").
_SUBJECT_AFTER_NUMBER = re.compile(r"(?<=[\w.)])\s+(?=(?:V/v|V/V|v/v)\s*:?\s*\w)")


def _subject_off_number(zone: list[str]) -> list[str]:
    """``zone`` with a subject run on after the number on its line set on a line of its own."""
    for index, line in enumerate(zone):
        if not (_NUMBER.search(line) or _NUMBER_LINE.match(line)):
            continue
        parts = _SUBJECT_AFTER_NUMBER.split(line, maxsplit=1)
        if len(parts) == 2 and not _DATE.search(parts[0]):
            return [*zone[:index], parts[0], parts[1], *zone[index + 1 :]]
    return zone


def _subject(zone: list[str]) -> str | None:
    """A letter's subject line and the lines that go on it in small letters, as printed."""
    for index, line in enumerate(zone):
        if _SUBJECT_LINE.match(line) and line != zone[0]:
            said = [line, *_subject_goes_on(zone, index)]
            return " ".join(" ".join(said).split()).rstrip(" .")
    return None


def _subject_goes_on(zone: list[str], at: int) -> list[str]:
    """The lines a letter's subject at ``zone[at]`` goes on over.

    A line in small letters goes on with it ("V/v triển khai" / "thực hiện ..."), and so
    does any line after one that a subject cannot end on: a subject wrapped in the
    letterhead's narrow column ("... thực hiện Quyết định số" / "1898/QĐ-TTg ngày ...",
    "V/v hướng dẫn thực hiện" / "Chương trình phối hợp ...").
    """
    lines: list[str] = []
    last = zone[at]
    for line in zone[at + 1 :]:
        if _DATE.search(line) or _NUMBER.search(line) or _MOTTO.search(fold(line)):
            break
        if _BLANK_DATE.search(line) or _DAY_CUT.search(line):
            break  # "Hà Nội, ngày    tháng    năm 2003": the date a draft leaves blank
        if not line[:1].islower() and not ends_unfinished(last):
            break
        lines.append(line)
        last = line
    return lines


_ACTS_TOGETHER = re.compile(
    r"\s+(?:thống\s+nhất|cùng|ban\s+hành|hướng\s+dẫn|quy\s+định|quyết\s+định|đề\s+nghị"
    r"|ký|liên\s+tịch)(?!\w)"
)


def preamble_bodies(text: str) -> list[BodyName]:
    """The bodies a sentence says act: "A, B và C thống nhất ban hành ...", "X ban hành ...".

    The bodies are those written right before the verb, one after the
    other ("Viện trưởng Viện kiểm sát nhân dân tối cao, Bộ trưởng Bộ Công
    an, ..."), each perhaps after the post that acts for it.
    """
    for verb in _ACTS_TOGETHER.finditer(text):
        before = text[: verb.start()]
        found = [body for body in find_bodies(before) if body.end <= len(before)]
        chain: list[BodyName] = []
        end = len(before.rstrip())
        for body in reversed(found):
            gap = before[body.end : end]
            if chain and not re.fullmatch(r"\s*(?:,|và|-|\u2013)\s*(?:\w+\s+){0,3}?", gap):
                break
            if not chain and gap.strip():
                break
            chain.insert(0, body)
            end = body.start
        if chain and re.search(r"(?:^|\s)(?:của|do)\s*$", before[: chain[0].start], re.I):
            continue  # "Nghị định ... của Chính phủ quy định ...": a cited act's issuer
        if len(chain) == 1:
            chain = [_board_of_organisation(found, chain[0], before)]
        chain = after_consultation(chain, before)
        if chain:
            return chain
    return []


#: What may name a board's subject between its head and its organisation: words, short forms
#: with their hyphens and ampersands, no punctuation that ends a name ("phong trào BVANTQ-PCTP
#: &TNXH Trung ương").
_BOARD_SUBJECT = re.compile(r"[^\S\n]*(?:[\w&-][\w&-]*[^\S\n]+){1,8}")


def _board_of_organisation(found: list[BodyName], body: BodyName, text: str) -> BodyName:
    """``body``, or the board named before it by its subject, when the board acts for it.

    "Ban Chỉ đạo phong trào BVANTQ-PCTP &TNXH Trung ương Hội CCB Việt Nam hướng dẫn ...":
    the grammar reads the board up to its subject's short form and the association after
    it; the steering board of the association issues, named by the whole span as printed.
    """
    if body.kind not in ("mass-organisation", "front"):
        return body
    board = next((b for b in reversed(found) if b.end <= body.start), None)
    if board is None or board.kind != "board" or not board.name.startswith("Ban "):
        return body
    if _BOARD_SUBJECT.fullmatch(text, board.end, body.start) is None:
        return body
    name = " ".join(text[board.start : body.end].split())
    return attrs.evolve(
        board,
        name=name,
        level=body.level,
        province=body.province,
        end=body.end,
        parent=body.name,
    )


#: A clause naming the bodies the issuers agreed with or consulted before they act: "Sau khi
#: thống nhất với Ngân hàng Nhà nước Việt Nam, Bộ Tài chính và Bộ Y tế hướng dẫn ...".
_CONSULTATION = re.compile(
    r"(?<!\w)(?:thống\s+nhất|thỏa\s+thuận|thoả\s+thuận|trao\s+đổi|ý\s+kiến|đồng\s+ý)"
    r"\s+(?:với|của)\s+(?:(?:Bộ\s+trưởng\s*,\s*Chủ\s+nhiệm|Bộ\s+trưởng|Thủ\s+trưởng|Chủ\s+nhiệm"
    r"|Viện\s+trưởng|Chánh\s+án|Tổng\s+Kiểm\s+toán|Tổng\s+Giám\s+đốc)\s+)?$",
    re.IGNORECASE,
)


#: "giữa" before a body: the sides of what a cited act is about ("Nghị định ... về phối hợp
#: giữa Bộ Công an và Bộ Quốc phòng, Công an xã và ... thống nhất ..."), not bodies that act.
_BETWEEN = re.compile(r"(?<!\w)giữa\s+$", re.IGNORECASE)


def after_consultation(chain: list[BodyName], text: str) -> list[BodyName]:
    """``chain`` without the bodies a clause of consultation or relation names before it.

    Those bodies, joined by "và" when more than one, end at the first comma
    ("với A và B, C, D hướng dẫn"); they are consulted, not acting. So do the
    two sides "giữa" names ("phối hợp giữa A và B, C và D thống nhất ..."):
    what a cited act is about, not who acts. A chain that is all consulted
    or related is none.
    """
    before = text[max(0, chain[0].start - 60) : chain[0].start] if chain else ""
    if not chain or not (_CONSULTATION.search(before) or _BETWEEN.search(before)):
        return chain
    return after_first_comma(chain, text)


def after_first_comma(chain: list[BodyName], text: str) -> list[BodyName]:
    """The bodies of ``chain`` after the first comma between two of them (none if none)."""
    for index in range(1, len(chain)):
        if text[chain[index - 1].end : chain[index].start].strip().startswith(","):
            return chain[index:]
    return []


def place_province(place: str | None) -> str | None:
    """The province a place line names when it is one ("Vĩnh Long"), else None ("Tân An")."""
    return province_named(place) if place and province_named(place) == place else None


#: The kinds a number's symbol names (Decree 30/2020/NĐ-CP, appendix III; the Party's
#: Regulation 66-QĐ/TW): "12/2025/TT-BNNMT" is a circular. The kind a symbol names first
#: is the one a copy without type line is taken for ("NQ": a resolution, "KH": a plan).
_SYMBOL_KINDS: dict[str, tuple[str, ...]] = {
    "TT": ("circular", "joint-circular"),
    "TTLT": ("joint-circular",),
    "NQ": ("resolution", "joint-resolution"),
    "NQLT": ("joint-resolution",),
    "QĐ": ("decision",),
    "CT": ("directive",),
    "CTR": ("program",),
    "CTPH": ("program",),
    "KH": ("plan", "joint-plan"),
    "KHLT": ("joint-plan",),
    "QC": ("regulation",),
    "QCPH": ("regulation",),
    "QYĐ": ("rules",),
    "QĐI": ("rules",),
    "HD": ("guidance",),
    "TB": ("notice",),
    "QT": ("procedure",),
}


def symbol_kinds(number: str | None) -> tuple[str, ...]:
    """The kinds a document's number names by its symbol ("TT" in "12/2025/TT-BNNMT")."""
    if not number:
        return ()
    # The first part of letters after the number and year: "TT" in "12/2025/TT-BNNMT".
    code = next((part for part in re.split(r"[\s/-]+", number) if not part.isdigit()), "")
    kinds = _SYMBOL_KINDS.get(code.upper(), ())
    if code.upper() == "QĐ" and re.search(r"/(?:TW|T[UƯ]|HU|ĐU|QU)\b", number):
        kinds += ("rules",)  # the Party numbers its regulations "-QĐ/TW" too ("66-QĐ/TW")
    return kinds
