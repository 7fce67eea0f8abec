"""The years a title names, and whether they are the document's own.

"Kế hoạch ... giai đoạn 2021 - 2025" names the plan's years; "Về việc triển
khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ... về ... giai đoạn 2021 -
2025" names those of the resolution's subject.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from coordprog.importer._places import fold

_YEARS = re.compile(
    r"(?P<word>giai\s+đoạn|nhiệm\s+kỳ)\s+(?P<start>(?:19|20)\d\d)\s*[-\u2013]\s*(?P<end>(?:19|20)\d\d)"
    r"|từ\s+năm\s+(?P<from>(?:19|20)\d\d)\s+đến\s+năm\s+(?P<to>(?:19|20)\d\d)",
    re.IGNORECASE,
)

#: A span of years counted in a title: "Kế hoạch ... 5 năm 2021 - 2025", a five-year plan's
#: years. Read only when the count is the span's length (:func:`_counted`).
_COUNTED_YEARS = re.compile(
    r"(?<![\d/.,])(?P<count>\d{1,2})\s+năm\s+(?P<start>(?:19|20)\d\d)\s*[-\u2013]\s*"
    r"(?P<end>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _counted(title: str) -> re.Match[str] | None:
    """The first span of years counted in ``title`` whose count is its length ("5 năm 2021 - 2025").

    "5 năm 2021 - 2025" spans five years; "3 năm 2021 - 2025" counts something else and is
    not read as a span.
    """
    return next(
        (
            found
            for found in _COUNTED_YEARS.finditer(title)
            if int(found["end"]) - int(found["start"]) + 1 == int(found["count"])
        ),
        None,
    )


def counted_span(title: str) -> dict[str, Any] | None:
    """The years of a span counted in ``title`` ("5 năm 2021 - 2025"), or None.

    The count must be the span's length (:func:`_counted`).
    """
    found = _counted(title)
    if found is None:
        return None
    return {
        "start": dt.date(int(found["start"]), 1, 1),
        "end": dt.date(int(found["end"]), 12, 31),
        "precision": "year",
    }


def _span(title: str) -> re.Match[str] | None:
    """The years a title names ("giai đoạn ...", "nhiệm kỳ ..."), else a counted span.

    "từ năm ... đến năm ..." is read with the first; "5 năm 2021 - 2025" is a counted span.
    """
    return _YEARS.search(title) or _counted(title)


#: A title that ends with its own year: "Rà soát hộ nghèo ... năm 2022", also before the area
#: it covers ("... năm 2025 trên địa bàn xã Xuân Tín"); not the end of a span ("từ năm 2006
#: đến năm 2010") or a horizon ("tầm nhìn đến năm 2030").
_OWN_YEAR = re.compile(
    r"(?<!đến\s)(?<!tới\s)(?<!ĐẾN\s)(?<!TỚI\s)\bnăm\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s*,?\s+trên\s+địa\s+bàn\s+[^\d,;()]{1,80})?\s*$",
    re.IGNORECASE,
)


#: A title that opens with its own year, after its kind at most: "KẾ HOẠCH / Năm 2026 thực
#: hiện Chương trình phối hợp giai đoạn 2026 - 2030 ...", "Kế hoạch năm 2026 thực hiện ...":
#: the years named after it are what it carries out; not a span ("năm 2025 - 2026", "Năm
#: 2024 đến năm 2026"), a year the title goes on past ("Năm 2024 và những năm tiếp theo",
#: "năm 2026 và giai đoạn 2026 - 2030") or a school year ("năm học ...").
_OWN_YEAR_FIRST = re.compile(
    r"^\s*(?:(?:ban\s+hành\s+)?kế\s+hoạch\s+(?:công\s+tác\s+)?)?năm\s+(?P<year>(?:19|20)\d\d)"
    r"(?!\d)(?!\s*(?:[-\u2013/]|đến|tới)\s*(?:năm\s+)?\d)"
    r"(?!\s*(?:,|và)\s+(?:những\s+năm|các\s+năm|giai\s+đoạn)(?!\w))",
    re.IGNORECASE,
)


#: What makes the years a title names another's: the subject of a numbered act it cites
#: ("Nghị quyết số 41/2022/NQ-HĐND ... về ... giai đoạn 2021 - 2025"), a congress it prepares
#: ("tiến tới Đại hội ... nhiệm kỳ 2012 - 2017"), a programme it monitors ("theo dõi, giám sát
#: Chương trình ... giai đoạn 2006 - 2010"), an election or post it rules on ("Phê chuẩn kết
#: quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố ... nhiệm kỳ 2026 - 2031": the term is
#: the post's).
_ANOTHERS = re.compile(
    r"\bsố\s+\d+\S*\s.*\bvề\s|\bđại\s+hội\b|\b(?:theo\s+dõi|giám\s+sát|đánh\s+giá)\b"
    r"|\b(?:bầu|phê\s+chuẩn|miễn\s+nhiệm|bãi\s+nhiệm|chức\s+vụ)\b",
    re.IGNORECASE,
)


#: A title that ends with its own span of two years, a season ("mùa khô năm 2019 - 2020"); not
#: a span's end ("đến năm ...") or a school year ("năm học 2023 - 2024", see ``_SCHOOL_YEAR``).
_OWN_YEARS = re.compile(
    r"(?<!đến\s)(?<!tới\s)(?<!ĐẾN\s)(?<!TỚI\s)\bnăm\s+(?P<start>(?:19|20)\d\d)"
    r"\s*[-\u2013]\s*(?P<end>(?:19|20)\d\d)\s*$",
    re.IGNORECASE,
)

#: A school year a title names ("năm học 2023 - 2024", "Năm học: 2019 - 2020"): it runs from
#: September to May, so its two years are no period of calendar years the text gives.
_SCHOOL_YEAR = re.compile(
    r"\bnăm\s+học\s*:?\s*(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d(?!\d)", re.IGNORECASE
)


def school_year(title: str | None) -> str | None:
    """The school year a title names ("năm học 2023 - 2024"), as printed, or None."""
    found = _SCHOOL_YEAR.search(title[:_LONGEST_TITLE]) if title else None
    return " ".join(found[0].split()) if found else None


#: A local body issuing the act a title cites ("... của Hội đồng nhân dân tỉnh về ..."): the
#: subject of its act may name the province's own area and window.
_LOCAL_ISSUER = re.compile(
    r"\bcủa\s+(?:Hội\s+đồng\s+nhân\s+dân|HĐND|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND|Tỉnh\s+ủy"
    r"|Thành\s+ủy|Huyện\s+ủy|Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành\s+Đảng\s+bộ)",
    re.IGNORECASE,
)

#: The years a plan carrying out a central body's act gives itself: after the province's area
#: ("... về ... trên địa bàn tỉnh Cao Bằng giai đoạn 2020 - 2025", which no central act's
#: subject names), or as the window of the scheme or programme the act approves and the plan
#: carries out ("... về phê duyệt Đề án “... giai đoạn 2018-2025”").
_CARRIED_WINDOW = re.compile(
    r"(?:\btrên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố)\s+[^\d,;()“”\"]{1,40}?\s*,?\s*$)"
    r"|(?:\bvề\s+(?:việc\s+)?phê\s+duyệt\s+(?:Đề\s+án|Chương\s+trình|Chiến\s+lược)\b[^;()]*$)",
    re.IGNORECASE,
)

#: A title that carries out an act ("Triển khai thực hiện Nghị quyết số ...", "Thực hiện ..."),
#: or a scheme or programme it names in quotes ("Triển khai thực hiện Đề án “...”"): the
#: monitoring words of the quoted name are its subject's, not the plan's.
_CARRIES_OUT = re.compile(
    r"^\s*(?:triển\s+khai\s+)?(?:thực\s+hiện\s+)?"
    r"(?:\S+(?:\s+\S+)?\s+số\s|(?:Đề\s+án|Chương\s+trình|Chiến\s+lược|Dự\s+án)\s*[“\"])",
    re.I,
)


def carried_window(title: str | None) -> bool:
    """Whether a title that carries out a central act names the years as its own.

    "Triển khai thực hiện Nghị quyết số 35/NQ-CP ... của Chính phủ về ... trên địa
    bàn tỉnh Cao Bằng giai đoạn 2020 - 2025": the province's window, not the
    resolution's; "Triển khai Quyết định số 522/QĐ-TTg ... về phê duyệt Đề án
    “... giai đoạn 2018-2025”": the scheme the plan carries out. Not when a local
    body issued the act (its subject may name the province's area and years).
    """
    if not title:
        return False
    head = title[:_LONGEST_TITLE]
    match = _span(head)
    if match is None or not _CARRIES_OUT.match(head):
        return False
    before = head[: match.start()]
    return _CARRIED_WINDOW.search(before) is not None and not _LOCAL_ISSUER.search(before)


def years_of_another(title: str | None) -> str | None:
    """The years a title names when they are another act's or event's, not the document's.

    "Về việc triển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ... về Quy
    định cơ chế ... giai đoạn 2021 - 2025": the years are of the resolution's
    subject; the text they are read from is returned, for a person to check.
    A title that ends with its own year ("... năm 2023") names its own, and so
    does one whose years follow a central act's area or approved scheme
    (:func:`carried_window`).
    """
    if not title:
        return None
    head = title[:_LONGEST_TITLE]
    if _OWN_YEAR.search(head) or carried_window(head):
        return None
    match = _span(head)
    if match is None or not _ANOTHERS.search(head[: match.start()]):
        return None
    return title


#: Titles run to a few hundred characters; a longer "title" is a copy's run-on text, read no
#: further (the search for "số ... về" would take time growing with its square).
_LONGEST_TITLE = 1000


def own_year(title: str) -> dict[str, Any] | None:
    """The year a title gives the document itself, at its end or its start, or None.

    "Kế hoạch thực hiện Chương trình ... giai đoạn 2021 - 2025 năm 2023", "Năm 2026 thực
    hiện Chương trình ... giai đoạn 2026 - 2030": the plan's year, not the programme's.
    """
    found = _OWN_YEAR.search(title)
    if found is None:
        return opening_year(title)
    return _year(int(found["year"]))


def opening_year(title: str) -> dict[str, Any] | None:
    """The year a title opens with, the document's own: "Năm 2026 thực hiện ...", or None."""
    found = _OWN_YEAR_FIRST.match(title)
    return None if found is None else _year(int(found["year"]))


def _year(year: int) -> dict[str, Any]:
    return {"start": dt.date(year, 1, 1), "end": dt.date(year, 12, 31), "precision": "year"}


def period_of(title: str | None) -> dict[str, Any] | None:
    """The years a title states: "giai đoạn 2017 - 2021", "nhiệm kỳ 2016 - 2021" (a term).

    A span its count measures ("5 năm 2021 - 2025") is read too.

    A title that ends with "năm 2023", or opens with it ("Năm 2026 thực hiện
    Chương trình ... giai đoạn 2026 - 2030"), is the document's own year,
    whatever period of a program it names besides; years that are another act's or
    event's (:func:`years_of_another`) are not the document's.
    """
    if not title:
        return None
    own = own_year(title)
    if own is not None:
        return own
    own_years = _OWN_YEARS.search(title)
    if own_years is not None and not years_of_another(title):
        first, last = int(own_years["start"]), int(own_years["end"])
        if first <= last <= first + 1:
            return {
                "start": dt.date(first, 1, 1),
                "end": dt.date(last, 12, 31),
                "precision": "year",
            }
    match = _span(title)
    if match is None or years_of_another(title):
        return None
    groups = match.groupdict()
    start = int(groups["start"] or groups["from"])
    end = int(groups["end"] or groups["to"])
    if end < start:
        return None
    period: dict[str, Any] = {
        "start": dt.date(start, 1, 1),
        "end": dt.date(end, 12, 31),
        "precision": "year",
    }
    if groups.get("word") and fold(groups["word"]).startswith("nhiệm"):
        # "khóa XII, nhiệm kỳ 2019 - 2024": the term's number belongs to it.
        numbered = re.search(r"kh[óo]a\s+[IVXLC]+\s*,?\s*$", title[: match.start()], re.IGNORECASE)
        term = title[numbered.start() if numbered else match.start() : match.end()]
        period["term"] = " ".join(term.split())
    return period
