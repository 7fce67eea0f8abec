"""Review reports (*báo cáo sơ kết / tổng kết*) and notices of a review's conclusions, into records.

A review report follows one outline: how the program was deployed (I),
the results per content (II), the assessment (strengths, shortcomings
*hạn chế*, causes, lessons), the directions (*phương hướng*) and the
proposals (*kiến nghị, đề xuất*); a notice of a review conference's
conclusions (*thông báo kết luận*) says first when and where the meeting
was held, who chaired it and whose reports it heard.  Both are records of
the life of a program, not a program: they are drafted as a records file
(a meeting and a review outcome), whose program a person names.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

from coordprog.importer._acts import clauses, last_words, read_acts
from coordprog.importer._document_text import ROMAN, looks_like_name, paragraphs
from coordprog.importer._draft import (
    flag_title_above_type,
    flag_title_at_copy_end,
    read_signatures,
    write_acts,
)
from coordprog.importer._grammar import find_bodies
from coordprog.importer._kinds import DraftBuilder, ReadDocument
from coordprog.importer._opening import Opening, symbol_kinds, type_of
from coordprog.importer._places import fold
from coordprog.importer._tail import starts_signatures
from coordprog.model._records import Qualifier

#: A review's words in a title: "sơ kết", "tổng kết", "đánh giá việc thực hiện ...", "05 năm
#: thực hiện ..." (the years or months under review).
_REVIEW = re.compile(
    r"sơ\s+kết|tổng\s+kết|giao\s+ban|kiểm\s+điểm"
    r"|đánh\s+giá\s+(?:kết\s+quả\s+|việc\s+)?thực\s+hiện"
    r"|kết\s+quả\s+(?:\d+\s+năm\s+)?thực\s+hiện"
    r"|(?<![\w/.-])\d{1,2}\s+(?:năm|tháng)\s+(?:thực\s+hiện|triển\s+khai)",
    re.IGNORECASE,
)
#: What each part of a review report holds, by the words of its heading.
_PARTS = (
    ("hạn chế", "shortcomings"),
    ("tồn tại", "shortcomings"),
    ("khó khăn", "shortcomings"),
    ("nguyên nhân", "causes"),
    ("bài học", "lessons"),
    ("phương hướng", "directions"),
    ("nhiệm vụ", "directions"),
    ("trọng tâm", "directions"),
    ("kiến nghị", "proposals"),
    ("đề xuất", "proposals"),
    ("đề nghị", "proposals"),
    ("triển khai", "deployment"),
    ("tổ chức thực hiện", "deployment"),
    ("công tác chỉ đạo", "deployment"),
    ("kết quả", "results"),
    ("đánh giá", "results"),
)
_WHEN = re.compile(
    r"(?:(?:Sáng|Chiều|Tối)\s+)?ngày\s+(?P<day>\d{1,2})\s*(?:[/-]|\s+tháng\s+)\s*(?P<month>\d{1,2})"
    r"\s*(?:[/-]|\s+năm\s+)\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
#: What makes a date no meeting's: a cited act's number just before it ("Đề án số 24/HNDTW
#: ngày 23/6/2016": the act's date), or a span's bound ("đến ngày 30/6/2019": a count's day).
_NOT_MEETING_DAY = re.compile(
    r"(?:\d+\s*[/-]\s*[\w&.\-/]*[A-ZĐ][\w&.\-/]*\s*,?|\b(?:đến|từ|trước|sau))\s*$",
    re.IGNORECASE,
)


def _meeting_when(text: str) -> re.Match[str] | None:
    """The first date the text gives that is neither a cited act's nor a span's bound."""
    for when in _WHEN.finditer(text):
        if not _NOT_MEETING_DAY.search(text[max(0, when.start() - 60) : when.start()]):
            return when
    return None


#: Where the meeting was held: "tại trụ sở Bộ Y tế," or "... tại Hà Nội." at its sentence's end.
_PLACE = re.compile(
    r"(?:\btại|(?:^|(?<=[.;]\s))Tại)\s+(?P<place>[^,;.]{3,80}?)\s*(?:,|\.(?:\s|$)|;|$)"
)
#: Who chaired the meeting, and the meeting, in the ways a notice says it: "..., Phó Thủ tướng
#: A (đã) chủ trì Hội nghị ...", "Hội nghị ... do A (đồng) chủ trì", "Hội nghị ... dưới sự chủ
#: trì của A", "Chủ trì Hội nghị có đồng chí A"; the chairs may follow a semicolon ("...; đồng
#: chí A - Phó Giám đốc Sở Y tế, đồng chí B ... chủ trì hội nghị"), and a list of them may be
#: parted by semicolons ("Chủ trì hội nghị có Chủ tịch ..., ông A; Phó Chủ tịch ..., ông B").
_CHAIRED = re.compile(
    r"[,;]\s*(?P<chairs>[^.;]{5,300}?)\s+(?:đã\s+)?(?:(?:đồng\s+)?chủ\s+trì|(?:có\s+buổi\s+)?làm"
    r"\s+việc\s+với)\s+(?P<what>[^.;]+)"
)
_CHAIRED_BY = re.compile(
    r"(?P<what>Hội\s+nghị\s+[^.;]{5,300}?)\s*,?\s+(?:do\s+(?P<chairs>[^.;]{5,300}?)\s+(?:đồng\s+)?"
    r"chủ\s+trì|dưới\s+sự\s+(?:đồng\s+)?chủ\s+trì\s+của\s+(?P<under>[^.;]{5,300}?))(?=\s*[.;,]|$)"
)
_CHAIRS_ARE = re.compile(
    r"(?:Đồng\s+)?[Cc]hủ\s+trì\s+(?:[Hh]ội\s+nghị\s+)?(?:có|là|gồm)\s+"
    r"(?P<chairs>(?:[^.;]|;(?!\s*(?:(?:cùng\s+|đến\s+|tham\s+)?dự|có\s+sự\s+tham\s+dự"
    r"|tham\s+gia|về\s+phía)\b)){5,300})"
)
_MEETING = re.compile(r"(?:tổ\s+chức|tiến\s+hành)\s+(?P<what>[Hh]ội\s+nghị\s+[^.;,]{5,300})")
#: A leader's post, which starts who chaired when no comma sets them off: "Sáng ngày 15/3/2019
#: tại trụ sở Chính phủ Phó Thủ tướng ... đã chủ trì ...".
_POSTS = (
    r"(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng|Trưởng\s+[Bb]an|Bí\s+thư"
    r"|Giám\s+đốc|Tổng\s+thư\s+ký|Chủ\s+nhiệm)\b"
)
_CHAIRED_POST = re.compile(
    rf"(?P<chairs>(?:đồng\s+chí\s+)?{_POSTS}[^.;]{{3,250}}?)\s+(?:đã\s+)?(?:đồng\s+)?chủ\s+trì"
    r"\s+(?P<what>[^.;]+)"
)
#: The purpose a sentence gives after a meeting's name: "cuộc họp về ... nhằm đổi mới ...".
_PURPOSE = re.compile(r",?\s+nhằm\s+")
#: A connection point an online meeting was followed from, not where it was held: "... dự điểm
#: cầu trực tuyến tại VKSND huyện Duy Xuyên".
_LINKED_AT = re.compile(r"điểm\s+cầu(?:\s+[^\s,;.]+){0,3}?\s*$", re.IGNORECASE)
#: The words that name a meeting, not a place, after "tại".
_MEETING_WORDS = re.compile(
    r"(?:Hội\s+nghị|Hội\s+thảo|cuộc\s+họp|phiên\s+họp|buổi)\b", re.IGNORECASE
)
#: A meeting's name as a notice's title or first sentence gives it: "Hội nghị ...", "cuộc họp
#: ...", "buổi làm việc ...".
_MEETING_NAME = (
    r"(?:Hội\s+nghị|Hội\s+thảo|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|cuộc\s+làm\s+việc)"
)
#: Where the meeting was held, when the chair's post follows without a comma.
_PLACE_BEFORE_POST = re.compile(rf"\btại\s+(?P<place>[^,;.]{{3,80}}?)\s+(?={_POSTS})")
#: Whose reports the meeting heard: "Sau khi nghe Thứ trưởng A báo cáo ...", "Sau khi nghe báo
#: cáo của đồng chí A, ...", "nghe A trình bày báo cáo ...".
_HEARD = re.compile(
    r"[Ss]au\s+khi\s+nghe\s+(?:đồng\s+chí\s+)?(?P<who>[^.;]{3,200}?)\s+(?:báo\s+cáo|trình\s+bày)\b"
)
_HEARD_OF = re.compile(
    r"[Ss]au\s+khi\s+nghe\s+(?:các\s+)?báo\s+cáo\s+của\s+(?P<who>[^.;]{3,200}?)"
    r"(?=\s+(?:về|tại|(?:và\s+)?(?:các\s+)?ý\s+kiến)\b|\s*[,.;])"
)
#: Whose report was heard, said after it: "Sau khi nghe báo cáo kiểm điểm ..., do đ/c A -
#: Hiệu trưởng trình bày" (or "trình bầy", as some print it); the post after the dash is not
#: the name.
_HEARD_BY = re.compile(
    r"[Ss]au\s+khi\s+nghe\s+(?:các\s+)?báo\s+cáo\s+[^;]{3,300}?,?\s+do\s+(?:(?:đồng\s+chí|đ/c|ông|bà)"
    r"\s+)?(?P<who>[^,;.\u2013-]{3,60}?)\s*(?:[-\u2013][^,;.]{0,60}?)?\s+trình\s+b[àầ]y\b"
)
#: The bodies of one kind whose reports were heard, named once for all: "Sau khi nghe báo cáo
#: của các Bộ: Tài chính, Tài nguyên và Môi trường, ... (và) ý kiến ...".
_HEARD_GROUP = re.compile(
    r"[Ss]au\s+khi\s+nghe\s+(?:các\s+)?báo\s+cáo\s+của\s+các\s+(?P<kind>Bộ|Sở|Ban)\s*:\s*"
    r"(?P<members>[^.;]{3,300}?)(?=\s+(?:và\s+)?(?:các\s+)?ý\s+kiến\b|\s*[.;])"
)
#: A review of one year or half of it: "năm 2018", "6 tháng đầu năm 2022" (not "5 năm").
_YEARLY_REVIEW = re.compile(r"(?<!\d\s)năm\s+\d{4}(?!\s*[-\u2013]\s*\d)", re.IGNORECASE)
#: The first words of a notice's sentence on its meeting: "Ngày 20/02/2022, ...", "Chiều ngày ...".
_SAID_ON = re.compile(r"^(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?ngày\s+\d", re.IGNORECASE)
#: A notice's first sentence where a copy runs it on after the title, on the same line: "... MA
#: TÚY Ngày 15 tháng 3 năm 2019, tại ...", "... Sáng ngày 09/4/2022 ..." (a date an act's citation
#: gives, "ngày 16 tháng 7", or a title in capitals, "NGÀY 16 THÁNG 7", starts no sentence).
_SAID_IN = re.compile(r"(?:(?:Sáng|Chiều|Tối|Trưa)\s+ngày|(?<![\w/])Ngày)\s+\d")
#: The meeting a notice's title names: "Kết luận ... tại Hội nghị tổng kết ... năm 2018", "Kết
#: luận của Chủ tịch UBND tỉnh về cuộc họp ...", or the conclusions of the meeting itself: "Kết
#: luận cuộc họp về Đề án ...".
_NAMED_MEETING = re.compile(
    rf"(?:\b(?:tại|về)|^(?:thông\s+báo\s+)?(?:ý\s+kiến\s+)?kết\s+luận)\s+(?P<what>{_MEETING_NAME}\s+.+)$",
    re.IGNORECASE,
)
#: The leader whose conclusions a notice's title gives: "Kết luận của đồng chí A - Chủ tịch UBND
#: tỉnh tại cuộc họp ...".
_CONCLUDED_BY = re.compile(
    rf"kết\s+luận\s+của\s+(?P<who>.{{5,200}}?)\s+(?:tại|về)\s+{_MEETING_NAME}\b", re.IGNORECASE
)
#: A notice's first sentence that says a meeting was held: "... chủ trì cuộc họp về ...", "Ủy ban
#: nhân dân tỉnh tổ chức cuộc họp ...", "... dự và chỉ đạo Hội nghị ...", "... đã làm việc với
#: ...", "... đã họp với ...".
_HELD = re.compile(
    rf"(?:chủ\s+trì|tổ\s+chức|tiến\s+hành|dự(?:\s+và\s+(?:phát\s+biểu\s+)?chỉ\s+đạo)?)\s+"
    rf"(?:{_MEETING_NAME}|họp)\b|\bđã\s+(?:có\s+buổi\s+)?(?:làm\s+việc|họp)\s+với\b",
    re.IGNORECASE,
)
#: A plan or programme the meeting adopted or signed for a year: "Hội nghị đã thông qua Kế
#: hoạch phối hợp năm 2022", "... ký kết Chương trình phối hợp công tác năm 2019".
_ADOPTED = re.compile(
    r"(?:thông\s+qua|ký\s+kết|ban\s+hành|thống\s+nhất)\s+(?:(?:dự\s+thảo|nội\s+dung)\s+)?"
    r"(?P<what>(?P<kind>Kế\s+hoạch|Chương\s+trình)\s+(?:phối\s+hợp|công\s+tác|liên\s+tịch|hành\s+động)"
    r"[^.;]{0,120}?năm\s+(?P<year>\d{4}))(?!\s*[-\u2013]\s*\d)",
    re.IGNORECASE,
)
#: The plan or programme a review meeting's name says it deploys for a year: "Hội nghị tổng
#: kết ... năm 2022 và triển khai Kế hoạch năm 2023".
#: A plan or a programme of one year ("Kế hoạch phối hợp năm 2019", not "... năm 2019 - 2020").
_PLAN_OF_A_YEAR = (
    r"(?P<what>(?P<kind>Kế\s+hoạch|Chương\s+trình)\b[^.;]{0,120}?"
    r"năm\s+(?P<year>\d{4}))(?!\s*[-\u2013]\s*\d)"
)
_DEPLOYED = re.compile(rf"\btriển\s+khai\s+{_PLAN_OF_A_YEAR}", re.IGNORECASE)
_WINDOW = re.compile(
    r"(?P<school>năm\s+học\s*\(?\s*\d{4}\s*[-\u2013]\s*\d{4}\s*\)?)"
    r"|(?P<half>6\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?:năm\s+)?(?P<hyear>\d{4}))"
    r"|(?:giai\s+đoạn\s*|\(\s*)(?P<from>\d{4})\s*[-\u2013]\s*(?P<to>\d{4})"
    r"|năm\s+(?P<year>\d{4})(?!\s*[-\u2013]\s*\d)",
    re.IGNORECASE,
)
#: Where a title turns from the window reviewed to the next one's tasks: "..., phương hướng,
#: nhiệm vụ năm 2022", "... Nhiệm vụ và giải pháp ... năm 2010-2011", "... và triển khai Kế
#: hoạch năm 2023"; a plan carried out ("thực hiện Kế hoạch ... năm 2022") is the one reviewed.
_NEXT = re.compile(r"\b(?:phương\s+hướng|nhiệm\s+vụ|(?<!hiện\s)kế\s+hoạch)\b", re.IGNORECASE)
#: A first half reviewed whose year the title prints only after the second half's tasks.
_FIRST_HALF = re.compile(r"6\s+tháng\s+đầu\s+năm\s*(?:,|và)?\s*$", re.IGNORECASE)
_SECOND_HALF = re.compile(r"^[^.;]*?6\s+tháng\s+cuối\s+năm\s+(?:năm\s+)?(\d{4})(?!\d)", re.I)
#: A person named with their post: "Thủ tướng Chính phủ Nguyễn Xuân Phúc".
_PERSON = re.compile(
    r"(?P<post>(?:(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng|Trưởng\s+ban"
    r"|Bí\s+thư|Giám\s+đốc|Tổng\s+thư\s+ký)[^,;]*?))\s+"
    r"(?P<name>(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][\w']*\s*){2,5})$"
)


#: A record's title that is the meeting it records: "Đại hội liên đội năm học 2020 - 2021",
#: "Hội nghị cán bộ, công chức năm 2022".
_RECORDED = re.compile(rf"^(?P<what>(?:{_MEETING_NAME}|Đại\s+hội)\s.+)$", re.IGNORECASE)
#: A record's list of who chaired: "Đoàn chủ tịch Đại hội có: 1. Bạn: A - Chi đội 9A1 2. ...",
#: "Chủ tọa: ông A", up to the secretaries or the next starred item.
_PRESIDIUM = re.compile(
    r"(?:Đoàn\s+chủ\s+tịch|Chủ\s+tọa|Chủ\s+trì)(?:\s+(?:Đại\s+hội|Hội\s+nghị|cuộc\s+họp))?"
    r"(?:\s+(?:gồm|có|là))*\s*:\s*(?P<list>.+?)(?=\s\*|\s(?:\d+[./]\s*)?[Tt]hư\s+ký\b|$)"
)
#: One of a list's members: "1. Bạn: Nguyễn Thị A - Chi đội 9A1", "2/ Ông Trần Văn B".
_MEMBER = re.compile(
    r"(?:^|\s)\d+[./]\s*(?:(?:Bạn|Ông|Bà|Anh|Chị|Thầy|Cô|Đồng\s+chí|Đ/c)\s*:?\s*)?"
    r"(?P<name>[^\d\s-][^-\u2013\d]*?)(?=\s*[-\u2013]|\s+\d+[./]|$)"
)
#: Who read a report out at the meeting: "Bạn : A- thay mặt đoàn chủ tịch đọc dự thảo báo cáo
#: tổng kết ...", "Ông B trình bày báo cáo ...".
_READ_OUT = re.compile(
    r"(?:(?:Bạn|Ông|Bà|Đồng\s+chí|Đ/c)\s*:?\s*)(?P<who>[^-\u2013.;:]{5,60}?)\s*[-\u2013]?\s*"
    r"(?:thay\s+mặt\s+[^.;]{3,60}?\s+)?(?:đọc|trình\s+bày)\s+(?=(?:dự\s+thảo\s+|bản\s+)?"
    r"(?:báo\s+cáo|phương\s+hướng|chương\s+trình|kế\s+hoạch))"
)


#: The place a sentence names before who chaired: "tại Hà Nội, Phó Thủ tướng ...".
_AFTER_PLACE = re.compile(r"^.*?\btại\s+[^,]+,\s*")
_PLACE_AHEAD = re.compile(r"^.*?\btại\s+(?P<place>[^,]+),")


def is_review(document: ReadDocument) -> bool:
    """Whether ``document`` is a review report, or the notice of a meeting's conclusions.

    A notice of the conclusions a leader drew at a meeting its title names
    ("Kết luận của Thủ tướng ... tại phiên họp ...") is the record of that
    meeting, a review conference or not.
    """
    opening = document.opening
    title = opening.title or ""
    if is_record(opening):
        return True  # "BIÊN BẢN ĐẠI HỘI ...": the record of the meeting it names
    if meeting_page(document) is not None:
        return True  # a portal's record of a review meeting, under its heading or not
    if opening.kind == "report":
        # A report on a window it names ("năm học 2009-2010", "năm 2021") reviews that window.
        return bool(_REVIEW.search(title) or _WINDOW.search(_NEXT.split(title, maxsplit=1)[0]))
    heading = notice_heading(document)
    if _untitled_notice(document):
        # A copy that lost its type line and title, its number a notice's ("Số: 213/TB-VPCP"):
        # the record of the meeting its first sentence holds, when it gives its conclusions.
        first = " ".join(document.lines[: opening.end + 4])
        held = _REVIEW_MEETING.search(first) or _HELD.search(first)
        return bool(held and re.search(r"kết\s+luận", first, re.IGNORECASE))
    if opening.kind == "notice" or heading is not None:
        # "Thông báo kết luận (ý kiến chỉ đạo) ... tại Hội nghị sơ kết ...", or a notice of
        # conclusions whose first sentence names the review meeting it concludes.
        title = _heading_number(heading)[0] or title
        if _REVIEW_MEETING.search(title):
            return True  # "Thông báo ý kiến của ... tại Hội nghị tổng kết ...": the meeting's
        under = opening.type_index + 1 if opening.type_index is not None else opening.end
        first = " ".join(document.lines[under : opening.end + 4])
        folded = fold(title)
        if not any(word in folded for word in ("kết luận", "chỉ đạo", "ý kiến")):
            # Another title ("Tình hình thực hiện ..."): the record of the review meeting its
            # first sentence holds, when the notice gives that meeting's conclusions.
            return bool(_REVIEW_MEETING.search(first) and "kết luận" in fold(first))
        if _NAMED_MEETING.search(title):
            return True  # "Kết luận của ... tại cuộc họp ...": the record of that meeting
        # "Ý kiến kết luận của ... về ...", whose first sentence says a meeting was held: the
        # record of that meeting, a review or not.
        return bool(_REVIEW.search(title) or _REVIEW_MEETING.search(first) or _HELD.search(first))
    return False


def is_record(opening: Opening) -> bool:
    """Whether the document records the meeting its title names, by its type line.

    A record ("BIÊN BẢN ĐẠI HỘI ...", "BIÊN BẢN HỘI NGHỊ ..."), or the resolution of a
    conference ("NGHỊ QUYẾT HỘI NGHỊ CÁN BỘ, CÔNG CHỨC ..."), which the conference adopted.
    """
    typed = fold(opening.type_line or "")
    if opening.kind == "report" and typed.startswith("biên bản"):
        return True
    return opening.kind == "resolution" and bool(_RECORDED.match(opening.title or ""))


#: A heading that says bodies held a meeting: "Liên ngành ... tổ chức hội nghị sơ kết.".
_HELD_NAMED = re.compile(
    rf"(?:chủ\s+trì|tổ\s+chức|tiến\s+hành)\s+(?P<what>{_MEETING_NAME}\s.+?)\s*\.?$",
    re.IGNORECASE,
)


def meeting_page(document: ReadDocument) -> tuple[int, str | None, str | None] | None:
    """A portal's record of a review meeting, printed without letterhead, number or type line.

    Its heading is the meeting's name ("Hội nghị sơ kết Chương trình phối hợp ... năm
    2017") or says bodies held one ("Liên ngành ... tổ chức hội nghị sơ kết."); or the page
    opens with the sentence that says so, dated ("Chiều ngày 23/5/2018, Ủy ban MTTQ ... tổ
    chức hội nghị kiểm điểm ..."). Returns the heading's line (the line before the sentence
    when there is none), the heading and the meeting it names; None for any other copy.
    """
    opening = document.opening
    if (
        opening.type_line is not None
        or opening.letterhead
        or opening.number
        or opening.date
        or opening.title
        or opening.kind
    ):
        return None
    lines = document.lines[: max(opening.end, 1)]
    first = next((i for i, line in enumerate(lines) if line.strip(" |")), None)
    if first is None:
        return None
    line = " ".join(lines[first].split()).strip(" |")
    after = " ".join(document.lines[first + 1].split()) if first + 1 < len(document.lines) else ""
    if after[:1].islower() and len(after) <= 60 and not after.endswith((".", ":", ";")):
        line = f"{line} {after}"  # "... giữa Ban Dân tộc và UBMTTQVN tỉnh" / "năm 2017": broken
    held = _HELD.search(line) is not None and _REVIEW_MEETING.search(line) is not None
    if _SAID_ON.match(line):
        return (first - 1, None, None) if held else None
    if len(line) > 250 or first + 1 >= len(document.lines):
        return None
    heading = line.rstrip(" .")
    if _RECORDED.match(heading) and _REVIEW.search(heading):
        return first, heading, heading  # the heading is the meeting's name
    named = _HELD_NAMED.search(heading) if held else None
    if named is None:
        return None
    what = named["what"]
    return first, heading, what[:1].upper() + what[1:]


def _untitled_notice(document: ReadDocument) -> bool:
    """A copy without type line, title or heading whose number is a notice's ("213/TB-VPCP")."""
    opening = document.opening
    return (
        opening.type_line is None
        and not opening.title
        and "notice" in symbol_kinds(opening.number)
        and notice_heading(document) is None
    )


#: A notice's title a web page prints as its heading, without the type line: "Thông báo kết
#: luận của Phó Thủ tướng ... tại Hội nghị ...", "Thông báo ý kiến chỉ đạo của ...", or the
#: conclusions alone: "Kết luận của Phó Chủ tịch UBND tỉnh ... tại Hội nghị ...".
_NOTICE_HEADING = re.compile(
    r"^(?:(?P<numbered>Thông\s+báo\s+(?:số\s+)?(?P<number>\d+/TB-[\wĐđ-]+)"
    r"(?:\s+(?:(?:năm\s+)?\d{4}|ngày\s+\d{1,2}[/-]\d{1,2}[/-]\d{4}))?\s*(?:[:\u2013-]|\s+về)?\s*)"
    r"(?=(?:ý\s+kiến\s+)?(?:kết\s+luận|chỉ\s+đạo)\b))?"
    # Under a heading that names the notice by its number, the site's short title: "Thông báo
    # 114/TB-VPCP 2022 kết luận phiên họp ...".
    r"(?(numbered)(?:ý\s+kiến\s+)?(?:kết\s+luận|chỉ\s+đạo)\b.{10,}|"
    r"(?:Thông\s+báo\s+(?:ý\s+kiến\s+)?(?:kết\s+luận|chỉ\s+đạo)\b.{10,}"
    rf"|(?:Ý\s+kiến\s+)?Kết\s+luận\s+(?:của\s+.{{5,300}}?\s+(?:tại|về)\s+)?{_MEETING_NAME}\s.{{10,}}))$",
    re.IGNORECASE,
)


def notice_heading(document: ReadDocument) -> str | None:
    """The heading of a notice a copy prints without its type line, or None.

    Only for a document whose opening found no type line: the heading is
    among the lines before the body.
    """
    found = _heading_lines(document)
    return found[2] if found else None


def _heading_lines(document: ReadDocument) -> tuple[int, int, str] | None:
    """The first and last lines of a notice's heading without its type line, and the heading.

    A heading in capitals may run over several lines ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG ..." /
    "TẠI HỘI NGHỊ ..." / "..."): the lines that make it match, and those in capitals after.
    """
    if document.opening.type_line is not None:
        return None
    lines = [" ".join(line.split()) for line in document.lines[: max(document.opening.end, 1) + 1]]
    for first in range(len(lines)):
        for last in range(first, min(first + 3, len(lines))):
            heading = " ".join(lines[first : last + 1])
            if not _NOTICE_HEADING.match(heading):
                continue
            while heading.isupper() and last + 1 < len(lines) and lines[last + 1].isupper():
                last += 1
                heading = f"{heading} {lines[last]}"
            while not heading.isupper() and _heading_runs_on(lines, last):
                last += 1
                heading = f"{heading} {lines[last]}"
            return first, last, heading
    return None


def _heading_runs_on(lines: list[str], last: int) -> bool:
    """Whether a heading in small letters goes on after ``lines[last]``, a copy's line broken.

    A line long enough to have been broken at the page's width, then one that goes on in small
    letters ("... Trưởng Ban Chỉ đạo Quốc" / "gia tại cuộc họp ..."), after a word no heading
    ends with ("... nông thôn năm" / "2022 và ..."), or a short tail before the time or date a
    page prints under its heading ("... phòng chống dịch" / "Covid-19" / "12:08, 28/08/2021"),
    which is never part of it.
    """
    if last + 1 >= len(lines) or len(lines[last]) < 60 or lines[last].endswith((".", ":", "|")):
        return False
    line = lines[last + 1]
    after = lines[last + 2] if last + 2 < len(lines) else ""
    if not line.strip(" |") or ":" in line or _PRINTED_AT.search(line):
        return False
    return (
        line[:1].islower()
        or _UNENDED.search(lines[last]) is not None
        or (len(line) <= 30 and (not after.strip(" |") or _PRINTED_AT.search(after) is not None))
    )


#: A time or date a page prints under a heading: "12:08, 28/08/2021", "27/05/2021".
_PRINTED_AT = re.compile(r"\d{1,2}[:/.]\d{1,2}")
#: Words a heading does not end with: the line was broken after them ("... nông thôn năm").
_UNENDED = re.compile(r"\s(?:năm|ngày|tháng|số|của|và|tại|về|với|giai\s+đoạn)$", re.IGNORECASE)


def _heading_number(heading: str | None) -> tuple[str | None, str | None]:
    """The title and number of a page's heading that names the notice by its number.

    "Thông báo số 88/TB-VPCP: Kết luận của ...": the notice's title without the
    words before "Kết luận", and its number.
    """
    said = _NOTICE_HEADING.match(heading or "")
    if said is None or said["numbered"] is None:
        return heading, None
    title = heading[said.end("numbered") :]  # type: ignore[index]
    return title[:1].upper() + title[1:], said["number"]


#: A review meeting named in a notice's first sentence: "... chủ trì Hội nghị sơ kết ...",
#: "Hội nghị trực tuyến toàn quốc tổng kết ...".
_REVIEW_MEETING = re.compile(
    r"(?:Hội\s+nghị|cuộc\s+họp|phiên\s+họp)\s+(?:[^.;,]{0,40}?\s)?(?:sơ\s+kết|tổng\s+kết|giao\s+ban"
    r"|kiểm\s+điểm)",
    re.IGNORECASE,
)


def _before_sentence(title: str | None) -> str | None:
    """A title without the first sentence a copy runs on after it ("... MA TÚY Ngày 15 ...")."""
    if title is None:
        return None
    start = _SAID_IN.search(title)
    return title[: start.start()].rstrip(" ,;") if start and start.start() > 10 else title


def _window(text: str) -> tuple[dt.date, dt.date] | str | None:
    """The window a review covers, as its title states it (a year, half a year, a period).

    The first window the title names before it turns to the next one's
    tasks ("phương hướng", "nhiệm vụ") is the one reviewed: "năm 2021",
    "6 tháng đầu năm 2022", "giai đoạn 2021-2023", "(2006-2010)".  A school
    year ("năm học 2008-2009") is a window whose months the title does not
    give: its words are returned, for a person to write the window.
    """
    reviewed, *rest = _NEXT.split(text, maxsplit=1)
    match = _WINDOW.search(reviewed)
    if match is None:
        # "6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2010": the year printed once, after
        # the next half's tasks, is the first half's too.
        later = _SECOND_HALF.search(rest[0]) if rest and _FIRST_HALF.search(reviewed) else None
        return (
            None if later is None else (dt.date(int(later[1]), 1, 1), dt.date(int(later[1]), 6, 30))
        )
    if match["school"]:
        return " ".join(match["school"].split())
    if match["half"]:
        year = int(match["hyear"])
        if "đầu" in fold(match["half"]):
            return dt.date(year, 1, 1), dt.date(year, 6, 30)
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    if match["from"]:
        first, last = int(match["from"]), int(match["to"])
        if first > last:
            return None
        return dt.date(first, 1, 1), dt.date(last, 12, 31)
    year = int(match["year"])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


#: The words that address a proposal: "Kiến nghị với", "Đề nghị", "Đề xuất".
_ADDRESS = re.compile(
    r"^(?:\d+(?:\.\d+)*\.\s*|[a-zđ]\)\s*|[-\u2013+•]\s*)?(?:Các\s+)?"
    r"(?:kiến\s+nghị|đề\s+nghị|đề\s+xuất)(?:\s*,\s*(?:kiến\s+nghị|đề\s+xuất))?"
    r"(?:\s+(?:với|đối\s+với))?\s*:?\s*",
    re.IGNORECASE,
)


def _addressees(text: str) -> list[str]:
    """The bodies a proposal's words address ("Đề nghị Bộ Tài chính, Bộ Nội vụ ..."), in order."""
    words = _ADDRESS.match(text)
    if words is None:
        return []
    head = text[words.end() :][:200]
    bodies: list[str] = []
    end = 0
    for body in find_bodies(head):
        if head[end : body.start].strip(" ,:") not in ("", "và"):
            break  # the bodies come first, one after the other
        if body.name not in bodies:
            bodies.append(body.name)
        end = body.end
    return bodies


#: The formula that closes a notice: "Văn phòng Chính phủ thông báo để các cơ quan ... biết".
_CLOSING = re.compile(r"\bthông\s+báo\s+(?:để|cho|tới|đến)\s.*\bbiết\b", re.IGNORECASE)


def _source(opening: Opening, issuers: list[str]) -> str | None:
    """The document the records are drafted from: "Báo cáo số 45/BC-STP ngày 15/12/2023 của ...".

    Of the bodies that issue it: a joint report's ("của Ủy ban Trung ương Mặt trận Tổ quốc
    Việt Nam và Viện kiểm sát nhân dân tối cao"), else the letterhead's last line's (the
    issuer under its superior).
    """
    typed = type_of(opening.type_line) if opening.type_line else None
    if typed is None:
        return None
    words = [typed[0].capitalize()]
    if opening.number:
        words.append(f"số {opening.number}")
    if opening.date:
        words.append(f"ngày {opening.date.day}/{opening.date.month}/{opening.date.year}")
    if len(issuers) > 1:
        words.append(f"của {', '.join(issuers[:-1])} và {issuers[-1]}")
    elif opening.letterhead:
        words.append(f"của {opening.letterhead[-1].name}")
    return " ".join(words)


#: The words of a heading that opens the situation a report starts with ("I- Đặc điểm, tình
#: hình", "Đánh giá tình hình đội ngũ"): no outcome of the review.
_SITUATION = ("đặc điểm", "tình hình chung", "tình hình đội ngũ", "tình hình đơn vị", "khái quát")


def _part_of(heading: str) -> str | None:
    """The part of a review a heading opens, by the first of its words that names one.

    A heading on the situation the report starts from ("Đặc điểm, tình
    hình") opens the part ``situation``, which is no outcome.
    """
    folded = fold(heading)
    if any(word in folded for word in _SITUATION) and "thực hiện" not in folded:
        return "situation"
    found = [(folded.find(word), name) for word, name in _PARTS if word in folded]
    return min(found)[1] if found else None


def _leading(text: str) -> list[str]:
    """The body a proposal starts with ("Bộ Tài chính bố trí kinh phí ..."), as a list."""
    bodies = find_bodies(text[:200])
    return [bodies[0].name] if bodies and bodies[0].start == 0 else []


#: A numbered heading on a line of its own: "1. Hạn chế", "2. Nhiệm vụ trọng tâm năm 2022:".
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.|[a-zđ]\))\s+(?P<title>[^.;]{3,90}?)\s*:?$")


#: The end of a heading a copy broke after a comma: a few words in small letters, no stop.
_HEADING_END = re.compile(r"^[a-zđà-ỹ][^.;:]{0,40}:?$")


def _headings_joined(lines: list[str]) -> list[str]:
    """The lines, with a numbered heading broken after a comma joined back.

    "1. Công tác chỉ đạo," / "điều hành": the heading is "1. Công tác chỉ đạo, điều hành".
    """
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and joined[-1].rstrip().endswith(",")
            and (ROMAN.match(joined[-1]) or _NUMBERED.match(joined[-1]))
            and _HEADING_END.match(line.strip())
            and len(line.split()) <= 6
        ):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _sections(lines: list[str]) -> list[tuple[str | None, str]]:
    """The report's headings (``(title, line)``) and paragraphs (``(None, text)``), in order.

    A heading is a roman-numbered line, or a short numbered line without a
    closing stop ("1. Hạn chế"); what lies between headings is read into
    paragraphs, repaired of the lines a copy breaks.
    """
    found: list[tuple[str | None, str]] = []
    run: list[str] = []

    def flush() -> None:
        found.extend((None, paragraph) for paragraph in paragraphs("\n".join(run)))
        run.clear()

    for line in _headings_joined(lines):
        roman = ROMAN.match(line)
        numbered = _NUMBERED.match(line)
        title = roman["title"] if roman else numbered["title"] if numbered else None
        if title is not None and len(title.split()) <= 14:
            flush()
            found.append((title, line))
        else:
            run.append(line)
    flush()
    return found


#: A figure in a sentence: "125 hội nghị", "hơn 15.000 lượt người", "50/50 xã", "đạt 95%".
_FIGURE = re.compile(
    r"(?<![\w/.,-])(?:(?P<qualifier>hơn|trên|khoảng|gần|dưới|ít\s+nhất|tối\s+đa)\s+)?"
    r"(?P<value>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:/(?P<of>\d{1,3}(?:\.\d{3})+|\d+))?"
    r"(?:\s*(?P<percent>%)|\s+(?P<what>[a-zđà-ỹ][^\d,.;:()%]{1,60}?)"
    r"(?=\s*(?:[,.;:()]|$|\s(?:với|cho|tại|trên|trong|của|và|đạt|gồm|được|thuộc|so)\s)))",
    re.IGNORECASE,
)
#: Words a figure must not follow, or open with: a date, a number of an act, a length of time.
_NOT_FIGURE_BEFORE = re.compile(
    r"(?:năm|ngày|tháng|số|điều|khoản|mục|phần|lần\s+thứ|giai\s+đoạn|khóa|quý)\s*$", re.IGNORECASE
)
_NOT_FIGURE_WHAT = re.compile(r"(?:năm|tháng|ngày|tuần|giờ)\b", re.IGNORECASE)
#: The measure words a figure's unit is read as, longest first ("lượt người" before "lượt").
_UNITS = sorted(
    """
    lượt người, lượt, người, hội nghị, buổi, cuộc, đợt, lớp, tin, bài, tờ gấp, tờ, cuốn, bản,
    tài liệu, hộ, xã, phường, huyện, tỉnh, vụ, việc, trường hợp, đơn, mô hình, câu lạc bộ,
    đoàn viên, hội viên, cán bộ, học viên, thanh niên, học sinh, sinh viên, đơn vị, cơ quan,
    văn bản, triệu đồng, tỷ đồng, nghìn đồng, đồng, km, ha, chương trình, kế hoạch, phóng sự,
    chuyên mục, tập thể, cá nhân, đoàn, điểm, công trình, suất, phần quà
    """.replace("\n", " ").split(","),
    key=len,
    reverse=True,
)


def _number(said: str) -> int | float:
    """A number as Vietnamese writes it ("15.000", "2,5") as a value."""
    if "," in said:
        return float(said.replace(",", "."))
    return int(said.replace(".", ""))


def _figures(text: str) -> list[dict[str, Any]]:
    """The figures a sentence of results states, each with the words that say what it counts.

    ``indicator`` is the words after the number as printed (capitalised),
    ``unit`` their measure word when it is a common one ("lượt người",
    "hội nghị", "triệu đồng") or ``%``; years, dates, numbers of acts and
    lengths of time are no figures.
    """
    found: list[dict[str, Any]] = []
    for match in _FIGURE.finditer(text):
        if _NOT_FIGURE_BEFORE.search(text[: match.start()]):
            continue
        what = (match["what"] or "").strip()
        if match["percent"]:
            # "90% vụ việc được giải quyết", else the clause before: "tỷ lệ hòa giải thành đạt 85%".
            after = re.match(r"\s+([^\d,.;:()%]{3,80})", text[match.end() :])
            before = re.split(r"[,.;:]", text[: match.start()])[-1]
            clause = after[1] if after else re.sub(r"\s+(?:đạt|là|bằng)\s*$", "", before)
            clause = clause.strip()
            if not clause:
                continue
            figure: dict[str, Any] = {"indicator": clause[:1].upper() + clause[1:], "unit": "%"}
        elif not what or _NOT_FIGURE_WHAT.match(what):
            continue
        else:
            figure = {"indicator": what[:1].upper() + what[1:]}
            folded = what.casefold()
            unit = next(
                (
                    u.strip()
                    for u in _UNITS
                    if folded == u.strip() or folded.startswith(u.strip() + " ")
                ),
                None,
            )
            if unit is not None:
                figure["unit"] = what[: len(unit)]
        figure["value"] = _number(match["value"])
        if match["of"]:
            figure["of"] = _number(match["of"])
        if match["qualifier"]:
            said = " ".join(match["qualifier"].split()).casefold()
            figure["qualifier"] = next(q.value for q in Qualifier if q.vi == said)
        found.append(figure)
    return found


def _cited_program(lines: list[str]) -> str | None:
    """The sentence that names the program reviewed ("Thực hiện Chương trình phối hợp số ...")."""
    for paragraph in paragraphs("\n".join(lines[:12])):
        if re.search(
            r"(?:chương\s+trình|quy\s+chế|kế\s+hoạch)\s+(?:phối\s+hợp|liên\s+tịch)?",
            paragraph,
            re.IGNORECASE,
        ) and re.search(r"\bsố\s+\d", paragraph):
            return paragraph
    return None


#: The words before a person's name: "đồng chí", "các đồng chí", "ông", "bà".
_HONORIFIC = re.compile(r"^(?:các\s+)?(?:đồng\s+chí|đ/c|ông|bà)\s*:?\s+", re.IGNORECASE)


#: One of a list of people each given as their posts, then the name after a form of address:
#: "Phó Chủ tịch HĐND tỉnh, ông Hà Văn Nam" (the list's members parted by semicolons).
_POSTED_NAME = re.compile(
    r"^(?P<post>[^;]+?),\s*(?:ông|bà|đồng\s+chí|đ/c)\s+(?P<name>[^,;]+?)\s*$", re.IGNORECASE
)


def _names_someone(post: str) -> bool:
    """Whether what stands as a post names a person too ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An").

    Read as one person's post, it would give that person's post to the next name: the list is
    then read person by person.
    """
    person = _PERSON.search(post)
    return bool(
        re.search(r"\svà\s|,\s*(?:ông|bà|đồng\s+chí|đ/c)\s", post, re.IGNORECASE)
        or (person and looks_like_name(person["name"]))
    )


def _people(text: str) -> list[dict[str, str]]:
    """The people a phrase names ("A và B", "A, B"): each with their post, when printed.

    A post printed before the name ("Phó Thủ tướng Trần Văn Bình"), after
    it ("đồng chí Nguyễn Văn A, Bộ trưởng Bộ Y tế", "A - Phó Trưởng Ban
    Dân tộc", or with an en dash), or before it with a comma and a form of
    address ("Phó Chủ tịch HĐND tỉnh, ông Hà Văn Nam; Phó Chủ tịch
    UBND tỉnh, ông ...") is the person's.
    """
    people: list[dict[str, str]] = []
    for parting in (r";", r";|\s+và\s+"):  # "post, ông A; post, ông B", or "... và post, ông B"
        groups = re.split(parting, text.strip())
        posted = [_POSTED_NAME.match(" ".join(group.split())) for group in groups]
        if all(posted) and all(
            looks_like_name(m["name"]) and _POST.match(m["post"]) and not _names_someone(m["post"])
            for m in posted
            if m
        ):
            return [{"name": m["name"], "post": m["post"]} for m in posted if m]
    named_last = False  # the piece before was a bare name, whose post may follow
    for piece in re.split(r"\s*[,;]\s*|\s+và\s+", text.strip()):
        piece = _HONORIFIC.sub("", " ".join(piece.split()))
        person = _PERSON.search(piece)
        name, dash, post = _dashed(piece)
        if dash and looks_like_name(name) and _POST.match(post):
            # "Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": a post may follow.
            people.append({"name": name, "post": post})
            named_last = True
        elif named_last and _POST.match(piece):
            # "Nguyễn Văn A, Chủ tịch Hội Nông dân Việt Nam": the post of the name before.
            said = people[-1].get("post")
            people[-1]["post"] = f"{said}, {piece}" if said else piece
            named_last = False
        elif person:
            people.append({"name": person["name"].strip(), "post": person["post"].strip()})
            named_last = False
        elif looks_like_name(piece):
            people.append({"name": piece})
            named_last = True
    return people


def _dashed(piece: str) -> tuple[str, str, str]:
    """A name, the dash, and the post after it: "A - Bộ trưởng ...", or an en dash."""
    said = re.split(r"\s+([-\u2013])\s+", piece, maxsplit=1)
    return (said[0], said[1], said[2]) if len(said) == 3 else (piece, "", "")


#: A post printed after a name: "Bộ trưởng Bộ Y tế", "Phó Chủ tịch UBND tỉnh".
_POST = re.compile(
    r"^(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng|Trưởng\s+[Bb]an|Bí\s+thư"
    r"|Giám\s+đốc|Tổng\s+thư\s+ký|Chủ\s+nhiệm|Viện\s+trưởng|Chánh\s+án|Tổng\s+cục\s+trưởng)\b"
)


def _title_flags(opening: Opening, titled: str, draft: DraftBuilder) -> None:
    """What to check of the records' title: re-cased, read above the type line, maybe cut."""
    if opening.recased and (opening.title or "").startswith(titled):
        draft.flag(
            "title",
            "Tiêu đề in hoa và đã viết lại chữ thường: kiểm tra chữ hoa của tên riêng.",
            "the title was printed in capitals and is re-cased: check the names' capitals",
            titled,
        )
    if opening.title_above_type:
        flag_title_above_type(draft, titled)
    if opening.title_at_copy_end:
        # A page cut inside the title ("Tổng kết công tác công"), its portal's footer after.
        flag_title_at_copy_end(draft, "title", titled)
    if (
        opening.type_line is None
        and opening.number is None
        and not opening.letterhead
        and (titled[:1].islower() or _SENTENCE_LINE.match(titled))
    ):
        # A copy cut at its start, in the text: its first line, a sentence, is no heading.
        draft.flag(
            "title",
            "Tiêu đề đọc từ dòng đầu của bản sao không còn tiêu đề, số và loại văn bản, dòng "
            "này là một câu của nội dung: kiểm tra.",
            "the title is read from the first line of a copy that kept no letterhead, number "
            "or type line, and that line is a sentence of the text: check it",
            titled,
        )


#: A line that is a sentence of a text, not a heading: a numbered item ("1. Đồng ý ..."), the
#: end of another sentence ("2016-2020. UBND tỉnh đã ...", "... năm 2015; đề ra ..."); or
#: what goes on in small letters, tested apart.
_SENTENCE_LINE = re.compile(r"\s*(?:\d+[.)]\s|[^.;]{0,40}?\w[.;]\s+[^\W\d_])")


def _meeting_flags(
    meeting: dict[str, Any],
    opening: Opening,
    titled: str | None,
    parts: list[str],
    draft: DraftBuilder,
) -> None:
    """What to check of the meeting read, flagged; a plan its name deploys, read as adopted.

    Its chairs not read, its name re-cased from capitals, a one-year "tổng kết" read as
    the yearly review.
    """
    if meeting and not meeting.get("chairs"):
        draft.flag(
            "meetings[0]",
            "Không đọc được ai chủ trì hội nghị: kiểm tra hội nghị (tên, ngày, địa điểm) và"
            " bổ sung người chủ trì.",
            "who chaired the meeting could not be read: check the meeting (its name, date,"
            " place) and add its chairs",
            " ".join(parts[:1]) or meeting["title"],
        )
    if meeting and opening.recased and (opening.title or "").startswith(titled or "\0"):
        draft.flag(
            "meetings[0].title",
            "Tên hội nghị đọc từ tiêu đề in hoa và đã viết lại chữ thường: kiểm tra chữ hoa"
            " của tên riêng.",
            "the meeting's name is read from a title printed in capitals and re-cased: check"
            " the names' capitals",
            meeting["title"],
        )
    if meeting and opening.title_at_copy_end:
        draft.flag(
            "meetings[0].title",
            "Bản sao dừng ngay sau dòng tiêu đề: tên hội nghị đọc từ tiêu đề có thể bị cắt, "
            "kiểm tra.",
            "the copy stops right after the title's line: the meeting's name read from it may "
            "be cut, check it",
            meeting["title"],
        )
    if meeting and "adopted" not in meeting:
        deployed = _DEPLOYED.search(meeting["title"]) or _next_planned(meeting["title"])
        if deployed:
            planned = " ".join(deployed["what"].split())
            kind = "plan" if fold(deployed["kind"]).startswith("kế") else "program"
            meeting["adopted"] = [
                {
                    "kind": kind,
                    "title": planned[:1].upper() + planned[1:],
                    "year": int(deployed["year"]),
                }
            ]
            said = "triển khai" if deployed.re is _DEPLOYED else "nêu cho năm sau"
            says = "deployed" if deployed.re is _DEPLOYED else "names for the next year"
            draft.flag(
                "meetings[0].adopted",
                f"Tên hội nghị nói hội nghị {said} {planned}: kiểm tra hội nghị có"
                " thông qua văn bản đó không.",
                f"the meeting's name says it {says} {planned}: check the meeting adopted it",
                meeting["title"],
            )
    if meeting.get("kind") == "interim-review" and "tổng kết" in fold(meeting["title"]):
        # "Hội nghị tổng kết ... năm 2018": the yearly review, unless the program ends then.
        draft.flag(
            "meetings[0].kind",
            "Hội nghị tổng kết một năm: ghi là sơ kết hằng năm; nếu chương trình kết thúc"
            " năm đó, sửa thành tổng kết (final-review).",
            "a 'tổng kết' of one year is read as the yearly review: if the program ends that"
            " year, make it its final review",
            meeting["title"],
        )


#: The next year's plan or programme a review meeting's name joins to what it reviews:
#: "Hội nghị kiểm điểm thực hiện Quy chế ... năm 2017 và chương trình phối hợp thực hiện năm
#: 2018".
_ALSO_PLANNED = re.compile(rf"\bvà\s+{_PLAN_OF_A_YEAR}", re.IGNORECASE)


def _next_planned(name: str) -> re.Match[str] | None:
    """The plan or programme ``name`` joins for a year after the one it reviews, or None."""
    planned = _ALSO_PLANNED.search(name)
    if planned is None:
        return None
    reviewed = re.findall(r"năm\s+(\d{4})", name[: planned.start()], re.IGNORECASE)
    return planned if reviewed and int(reviewed[-1]) < int(planned["year"]) else None


def _listed_chairs(text: str) -> list[dict[str, str]]:
    """Who chaired, as a record lists them under "Đoàn chủ tịch ... có:" or "Chủ tọa:".

    Each numbered member's name, without the form of address ("Bạn:", "Ông") and what
    follows a dash (their class, unit or post).
    """
    listed = _PRESIDIUM.search(text)
    if listed is None:
        return []
    names = [" ".join(m["name"].split()) for m in _MEMBER.finditer(f" {listed['list']}")]
    if not names:
        names = [person["name"] for person in _people(listed["list"].split(" - ")[0])]
    return [{"name": name} for name in names if looks_like_name(name)]


def _read_out(text: str) -> list[dict[str, str]]:
    """Who read a report or a programme out at the meeting a record records, each once."""
    people: list[dict[str, str]] = []
    for said in _READ_OUT.finditer(text):
        name = " ".join(said["who"].split())
        if looks_like_name(name) and {"name": name} not in people:
            people.append({"name": name})
    return people


def _body_or_person(person: dict[str, str]) -> dict[str, str]:
    """A presenter read as a bare name that is a body's ("Sở Công Thương"): that body."""
    found = find_bodies(person["name"]) if "post" not in person else []
    return {"body": found[0].name} if found and found[0].name == person["name"] else person


def _grouped_presenters(text: str) -> list[dict[str, str]]:
    """The bodies whose reports were heard, named once for their kind ("các Bộ: A, B, C").

    Each member is the kind's body ("Bộ Tài chính"), kept only when it reads as a body.
    """
    heard = _HEARD_GROUP.search(text)
    if heard is None:
        return []
    presenters = []
    for member in re.split(r"\s*,\s*", heard["members"].strip()):
        found = find_bodies(f"{heard['kind']} {member}")
        if found:
            presenters.append({"body": found[0].name})
    return presenters


def _chairs_from_title(meeting: dict[str, Any], titled: str | None, draft: DraftBuilder) -> None:
    """A meeting no sentence says who chaired: the leader whose conclusions the title gives.

    "Kết luận của đồng chí A - Chủ tịch UBND tỉnh tại cuộc họp ...": the one who concluded
    the meeting presided over it, as notices are written; flagged, the text not saying so.
    """
    said = _CONCLUDED_BY.search(titled or "")
    if not meeting or meeting.get("chairs") or said is None:
        return
    chairs = _people(said["who"])
    if chairs:
        meeting["chairs"] = chairs
        draft.flag(
            "meetings[0].chairs",
            "Người chủ trì đọc là người kết luận mà tiêu đề nêu, văn bản không ghi ai chủ trì:"
            " kiểm tra.",
            "the chair is read as the leader whose conclusions the title gives, the text not"
            " saying who chaired: check",
            said["who"],
        )


#: A window printed as two days in brackets after what a sentence says is reviewed: "sơ kết
#: 03 năm thực hiện Quy chế phối hợp số ... (09/4/2018-09/4/2021)".
_DATED_SPAN = re.compile(
    r"\(\s*(?P<d1>\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>\d{4})\s*[-\u2013]\s*"
    r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})\s*\)"
)


def _dated_span(text: str) -> tuple[dt.date, dt.date] | None:
    """The window the first sentences give as two days in brackets after a review's words."""
    for span in _DATED_SPAN.finditer(text):
        sentence = re.split(r"[.;]\s", text[: span.start()])[-1]
        if not _REVIEW.search(sentence):
            continue
        try:
            start = dt.date(int(span["y1"]), int(span["m1"]), int(span["d1"]))
            end = dt.date(int(span["y2"]), int(span["m2"]), int(span["d2"]))
        except ValueError:
            continue
        if start < end:
            return start, end
    return None


def _review_window(
    titled: str | None, meeting: dict[str, Any]
) -> tuple[dt.date, dt.date] | str | None:
    """The window the title states, or the meeting's name as the title or first sentence gives it.

    "... chủ trì Hội nghị tổng kết ... giai đoạn 2008 - 2018": the sentence's name, kept by
    :meth:`ReviewReader._meeting` under "said", is taken off the meeting here.  A meeting that
    reviews nothing has no window ("").
    """
    said_name = meeting.pop("said", "")
    if meeting.get("kind") == "other":
        return ""
    names = (titled or "", meeting.get("title", ""), said_name)
    return next((found for found in map(_window, names) if found), None)


def _window_into(
    window: tuple[dt.date, dt.date] | str | None,
    meeting: dict[str, Any],
    entry: dict[str, Any],
    draft: DraftBuilder,
    title: str | None,
) -> None:
    """The window read into the outcome ``entry`` and the meeting, or listed to write."""
    if isinstance(window, tuple):
        start, end = window
        entry["window"] = {"start": start, "end": end}
        if meeting:
            meeting["window"] = {"start": start, "end": end}
    elif isinstance(window, str) and window:
        draft.flag(
            "outcomes[0].window",
            f"Kỳ được sơ kết, tổng kết là {window}, văn bản không ghi từ tháng nào đến tháng"
            " nào: ghi kỳ của kết quả.",
            f"the review covers {window}, whose months the text does not give: write the"
            " outcome's window",
            title,
        )
    elif window is None:
        draft.flag(
            "outcomes[0].window",
            "Không đọc được kỳ được sơ kết, tổng kết: ghi kỳ của kết quả.",
            "the window the review covers could not be read: write the outcome's window",
            title,
        )


def _lead_under_title(document: ReadDocument) -> list[str]:
    """The first sentence's lines a report prints right under its title, kept in its opening.

    "BÁO CÁO" / "KẾT QUẢ THỰC HIỆN ... NĂM 2010" / "Tiếp theo các báo cáo ... thực hiện
    Nghị quyết 30a/2008/NQ-CP ngày 27 tháng 12 năm" / "2008 của Chính phủ ...": the title
    ends before the sentence, whose first short lines the opening keeps; the acts they cite
    are the report's all the same. The lines after the type line that are not the title's.
    """
    opening = document.opening
    if opening.type_index is None or not opening.title_printed:
        return []
    printed = " ".join(opening.title_printed.split())
    lines = document.lines[opening.type_index + 1 : opening.end]
    lead = next(
        (i for i, line in enumerate(lines) if " ".join(line.split()) not in printed), len(lines)
    )
    return list(lines[lead:])


def _cited_and_signed(
    document: ReadDocument, said: list[str], tail: int, entry: dict[str, Any], draft: DraftBuilder
) -> None:
    """The acts the report or notice cites, its signatures and recipients, into its outcome.

    Read as a program's are (:func:`read_acts`, :func:`read_signatures`):
    the acts from its title, its first sentence and its text up to the
    signatures; the signatures each for the body it signs for, by name,
    since the program's parties are not known yet.
    """
    body = list(document.body)
    opening = document.opening
    pieces = [("title", opening.title)] if opening.title else []
    pieces += clauses([*(said or _lead_under_title(document)), *body[:tail]])
    own = tuple(n for n in (entry.get("number"), opening.number) if n)
    write_acts(
        read_acts(pieces, own, last_words(document.lines)), draft, None, entry, "outcomes[0]."
    )
    signed, recipients = read_signatures(body[tail:], draft, "outcomes[0].signatories")
    names = {str(party["id"]): str(party["name"]) for party in draft.parties.found}
    signatories = []
    for signatory in signed:
        party = signatory.pop("party")
        signatories.append({"body": names[party], **signatory} if party in names else signatory)
    if signatories:
        entry["signatories"] = signatories
    # A party a signature was flagged for is written as the body it names: the flag, too.
    for item in draft.items:
        if re.fullmatch(r"outcomes\[0\]\.signatories\[\d+\]\.party", item["path"]):
            item["path"] = item["path"].removesuffix(".party") + ".body"
    if recipients:
        entry["recipients"] = recipients


class ReviewReader:
    """A review report or the notice of a review conference's conclusions, into records."""

    name = "review"

    def accepts(self, document: ReadDocument) -> bool:
        return is_review(document)

    def read(self, document: ReadDocument, draft: DraftBuilder) -> None:
        opening = document.opening
        body = list(document.body)
        tail = next(
            (i for i, line in enumerate(body) if starts_signatures(line) or _CLOSING.search(line)),
            len(body),
        )
        parts = paragraphs("\n".join(body[:tail]))
        data: dict[str, Any] = {"program": "draft"}
        draft.document = "records"
        draft.data = data
        heading = notice_heading(document)
        headed, numbered = _heading_number(heading)
        # A heading a copy broke over lines goes on past the opening's one-line title.
        longer = headed and opening.title and headed.startswith(f"{opening.title} ")
        titled = _before_sentence(headed if longer else opening.title or headed)
        paged = meeting_page(document)
        if paged is not None:
            titled = paged[1]  # the page's heading, or none
        if titled:
            data["title"] = titled
            _title_flags(opening, titled, draft)
        source = _source(opening, [str(party["name"]) for party in draft.parties.found])
        if source:
            data["sources"] = [source]
        draft.flag(
            "program",
            "Ghi id của chương trình (hoặc quy chế) mà hồ sơ này thuộc về.",
            "give the id of the program these records belong to",
            _cited_program(body[:tail]) or titled,
        )
        # A notice's first sentence a copy prints right under a one-line title is read as the
        # opening's: it is the meeting's all the same.
        typed = opening.type_index if opening.type_index is not None else opening.end
        heading_lines = _heading_lines(document) if opening.type_index is None else None
        if heading_lines is not None:
            typed = heading_lines[1]
        elif _untitled_notice(document):
            typed = -1  # no type line or title: the first sentence is among the opening's lines
        elif paged is not None:
            typed = paged[0]  # a page's record of a meeting: its first sentence under its heading
        # The first sentence from its date ("Ngày ...", "Chiều ngày ..."), or, when its date has
        # no "ngày" ("Chiều 27/8, UBND tỉnh đã tổ chức cuộc họp ..."), from the meeting it holds.
        said_at = next(
            (i for i in range(typed + 1, opening.end) if _SAID_ON.match(document.lines[i])),
            next(
                (i for i in range(typed + 1, opening.end) if _HELD.search(document.lines[i])),
                opening.end,
            ),
        )
        said = list(document.lines[said_at : opening.end])
        if not said and is_record(opening):
            # "Hội nghị ... được tổ chức vào ngày 07 tháng 10 năm 2020.": a record's first
            # sentence, between its title and its body, dated.
            said = [line for line in document.lines[typed + 1 : opening.end] if _WHEN.search(line)]
        if not said:
            # A copy that runs the title on into the first sentence: the sentence from its date.
            joined = " ".join(document.lines[typed : opening.end])
            run_on = _SAID_IN.search(joined)
            said = [joined[run_on.start() :]] if run_on else []
        meeting = self._meeting(
            paragraphs("\n".join(said)) + parts,
            titled,
            is_record(opening),
            paged[2] if paged is not None else None,
        )
        _chairs_from_title(meeting, titled, draft)
        _meeting_flags(meeting, opening, titled, parts, draft)
        if meeting:
            data["meetings"] = [meeting]
        window = _review_window(titled, meeting)
        if window is None:
            window = _dated_span(" ".join(parts[:3]))
        outcome = self._outcome(body[:tail], draft)
        entry: dict[str, Any] = {}
        _window_into(window, meeting, entry, draft, opening.title)
        if meeting:
            entry["meeting"] = meeting["id"]
        if opening.number or numbered:
            entry["number"] = opening.number or numbered
        if opening.date and not (
            opening.number is None
            and meeting
            and meeting.get("date") == opening.date
            and not is_record(opening)  # a record dated the day of its meeting
        ):
            # A copy without its letterhead: the date read is the meeting's, not the notice's.
            entry["date"] = opening.date
            _flag_opening_date(opening, draft)
        if opening.place:
            entry["place"] = opening.place
        issuers = [str(party["name"]) for party in draft.parties.found]
        if issuers:
            # The program's parties are not known yet: the bodies are named, to map to ``by``.
            entry["bodies"] = issuers
            draft.flag(
                "outcomes[0].bodies",
                "Đơn vị báo cáo đọc từ tiêu đề văn bản: bên nào là bên của chương trình thì ghi "
                "id vào `by`.",
                "the bodies that issued the report, read from its letterhead: move those that "
                "are the program's parties to `by`, by id",
                opening.letterhead_text,
            )
        entry.update(outcome)
        data["outcomes"] = [entry]
        _cited_and_signed(document, said, tail, entry, draft)

    def _meeting(
        self,
        parts: list[str],
        titled: str | None,
        recorded: bool = False,
        page_meeting: str | None = None,
    ) -> dict[str, Any]:
        """The meeting a notice reports: when, where, who chaired it, whose reports it heard.

        Its date, and who chaired which meeting, are read from the notice's
        first paragraphs, as a notice says them (see :data:`_CHAIRED`); a
        meeting no one is said to chair is no meeting read.  The plan or
        programme it adopted for a year is read from the whole notice.
        """
        text = " ".join(parts[:3])
        when = _meeting_when(text)
        what, chairs_said = self._chaired(text) if when else (None, None)
        named = _NAMED_MEETING.search(titled or "") or (
            _RECORDED.match(titled or "") if recorded else None
        )
        # The meeting a page's heading names or says was held ("Hội nghị sơ kết ...").
        named_what = named["what"] if named else page_meeting
        if what is None:
            if named_what is None:
                return {}
            # The meeting the notice's title names ("Kết luận ... tại Hội nghị ..."), though no
            # sentence says who chaired it: its date and place, if a sentence gives them.
            what = named_what
        # A meeting that reviews nothing (a steering committee's session) is of no review kind.
        reviews = bool(_REVIEW.search(what) or _REVIEW.search(titled or ""))
        meeting: dict[str, Any] = {
            "id": "hoi-nghi",
            "kind": "interim-review" if reviews else "other",
        }
        if reviews and "tổng kết" in fold(what) and not _YEARLY_REVIEW.search(what):
            meeting["kind"] = "final-review"
        if when:
            with contextlib.suppress(ValueError):
                meeting["date"] = dt.date(int(when["year"]), int(when["month"]), int(when["day"]))
        title, _, held_at = what.partition(" tại ")
        places = [*_PLACE.finditer(text), *_PLACE_BEFORE_POST.finditer(text)] if when else []
        # "... tại Hội nghị tổng kết ...": a meeting named, not where it was held.
        place = next(
            (
                p
                for p in places
                if not _MEETING_WORDS.match(p["place"])
                and not _LINKED_AT.search(text, max(0, p.start() - 40), p.start())
                and not re.match(r"điểm\s+cầu\b", p["place"], re.IGNORECASE)
            ),
            None,
        )
        ahead = _PLACE_AHEAD.match(chairs_said or "")
        if ahead and not _MEETING_WORDS.match(ahead["place"]):
            # "Ngày ..., tại trụ sở Chính phủ, Phó Thủ tướng ... chủ trì cuộc họp về Đề án ... tại
            # Việt Nam": where it was held, before the chair; the meeting's name holds the other.
            meeting["place"] = ahead["place"].strip()
        elif held_at.strip():
            meeting["place"] = held_at.strip()
        elif place:
            meeting["place"] = place["place"].strip()
        title = re.sub(r"^(?:họp\s+)?", "", title.strip())
        # "cuộc họp về phối hợp thực hiện ... nhằm đổi mới, đánh giá ...": what the meeting was
        # for is no part of its name.
        title = _PURPOSE.split(title, maxsplit=1)[0]
        if named_what and what != named_what:
            meeting["said"] = what  # the meeting as the first sentence names it, for its window
        if named_what:
            # The meeting as the notice's title names it ("... tại Hội nghị sơ kết ..."): the
            # first sentence's words run on ("Hội nghị trực tuyến ... với các địa phương về ...")
            # or stop short ("... chủ trì Hội nghị.").
            title = named_what
        meeting["title"] = title[:1].upper() + title[1:]
        chairs = _people(_AFTER_PLACE.sub("", chairs_said or ""))
        if not chairs and recorded:
            chairs = _listed_chairs(" ".join(parts[:12]))
        if chairs:
            meeting["chairs"] = chairs
        opening = " ".join(parts[:6])
        grouped = _grouped_presenters(opening)
        if grouped:
            meeting["presenters"] = grouped
        heard = None if grouped else _HEARD_OF.search(opening) or _HEARD.search(opening)
        heard = heard or (_HEARD_BY.search(opening) if recorded else None)
        if heard:
            presenters: list[dict[str, str]] = [
                _body_or_person(person) for person in _people(heard["who"])
            ] or [{"body": body.name} for body in find_bodies(heard["who"])]
            if presenters:
                meeting["presenters"] = presenters
        elif recorded and not grouped:
            read_out = _read_out(" ".join(parts[:20]))
            if read_out:
                meeting["presenters"] = read_out
        adopted = _ADOPTED.search(" ".join(parts))
        if adopted:
            kind = "plan" if fold(adopted["kind"]).startswith("kế") else "program"
            said = " ".join(adopted["what"].split())
            meeting["adopted"] = [
                {"kind": kind, "title": said[:1].upper() + said[1:], "year": int(adopted["year"])}
            ]
        return meeting

    @staticmethod
    def _chaired(text: str) -> tuple[str | None, str | None]:
        """The meeting a notice's sentence names, and who chaired it, as it says them."""
        by = _CHAIRED_BY.search(text)
        if by:
            return by["what"], by["chairs"] or by["under"]
        chaired = _CHAIRED.search(text)
        posted = _CHAIRED_POST.search(text)
        if chaired and posted and not _people(_AFTER_PLACE.sub("", chaired["chairs"])):
            # ", Trưởng Ban Chỉ đạo đã chủ trì": the comma set off the chair's second post.
            chaired = posted
        chaired = chaired or posted
        if chaired:
            return chaired["what"], chaired["chairs"]
        are = _CHAIRS_ARE.search(text)
        held = _MEETING.search(text)
        if are and held:
            return held["what"], are["chairs"]
        return None, None

    def _outcome(self, lines: list[str], draft: DraftBuilder) -> dict[str, Any]:
        """What each part of the report or notice says: results, shortcomings, directions ...

        A proposal goes to the bodies its heading or its first words name
        ("Kiến nghị với Chính phủ", "Đề nghị Bộ Tài chính bố trí ..."); one
        whose addressee is not named is listed to complete, with its text.
        """
        outcome: dict[str, list[Any]] = {}
        field = None
        addressed: list[str] = []
        topic = None  # a numbered heading inside a part: "1. Tuyên truyền, phổ biến pháp luật"
        for heading, paragraph in _sections(lines):
            if heading is not None:
                found = _part_of(heading)
                if found is not None:
                    field = found
                    addressed = _addressees(heading) if found == "proposals" else []
                    topic = None
                    continue
                if field in ("deployment", "results"):
                    topic = heading.rstrip(" :")
                    continue
            if field is None or field == "situation":
                continue
            text = re.sub(r"^[-\u2013+•]\s*|^\d+(?:\.\d+)*\.\s*|^[a-zđ]\)\s*", "", paragraph)
            if not text:
                continue
            if field in ("deployment", "results"):
                outcome.setdefault("figures", []).extend(_figures(text))
                if topic is not None:
                    text = f"{topic}: {text}"
            if field == "proposals":
                bodies = _addressees(text) or _leading(text) or addressed
                if bodies:
                    outcome.setdefault("proposals", []).append({"text": text, "bodies": bodies})
                else:
                    draft.flag(
                        "outcomes[0].proposals",
                        "Kiến nghị chưa rõ gửi cơ quan nào: bổ sung kiến nghị với cơ quan nhận.",
                        "a proposal whose addressee is not named: add it with its bodies",
                        text,
                    )
            else:
                outcome.setdefault(field, []).append(text)
        if outcome.get("figures"):
            draft.flag(
                "outcomes[0].figures",
                "Số liệu đọc từ câu văn của báo cáo: kiểm tra từng chỉ tiêu, số và đơn vị.",
                "figures read from the report's sentences: check each indicator, value and unit",
                "; ".join(
                    f"{figure['indicator']}: {figure['value']}" for figure in outcome["figures"]
                ),
            )
        else:
            outcome.pop("figures", None)
        return outcome


def _flag_opening_date(opening: Opening, draft: DraftBuilder) -> None:
    """Flag the records' date where the opening doubts it (as the program's is flagged).

    A date read from a sentence above the type line, the copy printing no place-and-date line
    ("Thực hiện Chương trình ... ngày ..."); or the first of two place-and-date lines of
    different days.
    """
    if opening.date_in_sentence is not None:
        draft.flag(
            "outcomes[0].date",
            "Bản sao không in dòng địa danh, ngày tháng; ngày đọc từ một câu trước dòng loại văn "
            "bản, có thể là ngày của văn bản khác: kiểm tra.",
            "the copy prints no place-and-date line; the date is read from a sentence above "
            "the type line, which may give another document's date: check it",
            opening.date_in_sentence,
        )
    if opening.other_date is not None:
        draft.flag(
            "outcomes[0].date",
            "Phần đầu in hai dòng địa danh, ngày tháng khác ngày: dòng đầu được đọc, kiểm tra.",
            f"the opening prints another place-and-date line ({opening.other_date}): the first "
            "is read; check it",
            f"{opening.date_text} / {opening.other_date}",
        )
