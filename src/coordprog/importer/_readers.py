"""The built-in readers, one per kind of document (see :mod:`coordprog.importer._kinds`).

- :class:`DecisionReader`: a decision (*quyết định*) or a People's Council's
  resolution (*nghị quyết*), usually promulgating an instrument ("Ban hành
  kèm theo Quyết định này Quy chế ..."): the decision becomes the draft's
  ``promulgation``, the instrument the program;
- :class:`ArticlesReader`: a regulation, rules, a joint circular or joint
  resolution written in chapters and articles;
- :class:`PartsReader`: a program, a plan, a guidance in roman-numbered parts;
- :class:`LetterReader`: a letter or notice in numbered points, and anything else;
- :class:`~coordprog.importer._review.ReviewReader`, asked first: a review report or
  the notice of a review conference's conclusions, into a records draft.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from coordprog.importer._acts import clauses, last_words, read_acts
from coordprog.importer._citations import find_citations
from coordprog.importer._document_text import ARTICLE, CHAPTER, ROMAN, paragraphs
from coordprog.importer._draft import (
    effect_of,
    numbers_equal,
    others_years,
    read_signatures,
    write_acts,
)
from coordprog.importer._grammar import BodyName, find_bodies, read_body
from coordprog.importer._kinds import DocumentReader, DraftBuilder, ReadDocument
from coordprog.importer._opening import Opening, preamble_bodies, symbol_kinds, type_of
from coordprog.importer._parties import Parties
from coordprog.importer._places import fold
from coordprog.importer._programs import draft_program
from coordprog.importer._recase import recase
from coordprog.importer._regulations import CUT_CAPTION, RUN_ON_CAPTION, read_provisions
from coordprog.importer._review import ReviewReader
from coordprog.importer._tail import recipients_above, starts_signatures
from coordprog.importer._years import period_of

#: The kind of document an instrument is, by the words that name it ("Quy chế ...").
INSTRUMENT_KINDS = {
    "quy chế": "regulation",
    "quy định": "rules",
    "nội quy": "rules",
    "kế hoạch": "plan",
    "chương trình": "program",
    "đề án": "program",
    "hướng dẫn": "guidance",
    # Types no kind of the format names: the kind is "other", the words its type line.
    "điều lệ": "other",
    "quy tắc ứng xử": "other",
    "quy tắc": "other",
}
#: The words that name an instrument's kind, as a regular expression's alternatives.
_INSTRUMENT_WORDS = "|".join(key.replace(" ", r"\s+") for key in INSTRUMENT_KINDS)
_DECIDES = re.compile(r"^(?:QUYẾT\s*ĐỊNH|QUYẾT\s*NGHỊ|QUYẾT\s*ĐỊNH\s*VÀ\s*BAN\s*HÀNH)\s*:?\s*$")
_ARTICLE_HEAD = re.compile(r"^Điều\s*(?P<number>\d+[a-z]?)\s*[.:]?\s*(?P<rest>.*)$")
_PROMULGATES = re.compile(
    r"(?:ban\s+hành\s+)?kèm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết|Thông\s+tư)(?:\s+liên\s+tịch)?"
    r"\s+này\s*,?\s+(?:là\s+)?"
    r"(?P<what>.+?)\s*\.?\s*$",
    re.IGNORECASE,
)
#: "giữa A, B và C" in a regulation's title, up to what follows the bodies.
_BETWEEN = re.compile(
    r"giữa\s+(.{1,200}?)(?:,?\s+(?:về|giai đoạn|nhiệm kỳ|thống nhất|cụ thể|trong|trên)\b|[;:(.]|$)"
)
_ATTACHED = re.compile(r"^\((?:Ban\s+hành\s+)?[Kk]èm\s+theo")
#: Điều 1 naming the instrument it promulgates in quotation marks, without "kèm theo":
#: 'Ban hành "Chương trình quốc gia ... giai đoạn 2006 - 2010" nhằm ...'.
_PROMULGATES_QUOTED = re.compile(
    r"^Ban\s+hành\s+[“\"](?P<what>(?:" + _INSTRUMENT_WORDS + r")\s[^”\"]{3,300})[”\"]",
    re.IGNORECASE,
)
#: Điều 1 naming the instrument it promulgates without "kèm theo ... này" or quotation
#: marks: "Ban hành Quy chế Thi đua - Khen thưởng của Đội TNTP Hồ Chí Minh (theo văn bản gửi
#: kèm)."
_PROMULGATES_NAMED = re.compile(
    r"^Ban\s+hành\s+(?P<what>(?:" + _INSTRUMENT_WORDS + r")\s[^.]{3,300}?)\s*\.?\s*$",
    re.IGNORECASE,
)
#: Điều 1 approving an instrument printed with the decision: "Nay phê duyệt Điều lệ Hội Cựu
#: giáo chức quận 8 (kèm theo Quyết định).", "Phê duyệt Kế hoạch ..., kèm theo Quyết định này."
_APPROVES_ATTACHED = re.compile(
    r"^(?:Nay\s+)?[Pp]hê\s+duyệt\s+(?P<what>(?:"
    + _INSTRUMENT_WORDS
    + r")\s[^.()]{3,300}?)\s*,?\s*\(?\s*kèm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết)(?:\s+này)?"
    r"\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
#: Điều 1 approving an instrument whose main contents it sets out itself: "Phê duyệt Chương
#: trình quốc gia bảo vệ trẻ em giai đoạn 2011 - 2015 với các nội dung chủ yếu sau đây:".
_APPROVES_WITHIN = re.compile(
    r"^(?:Nay\s+)?[Pp]hê\s+duyệt\s+(?P<what>(?:"
    + _INSTRUMENT_WORDS
    + r")\s[^.:;()]{3,300}?)\s*,?\s+với\s+(?:các\s+|những\s+)?nội\s+dung\s+"
    r"(?:(?:chủ\s+yếu|chính|cụ\s+thể)\s+)?(?:sau\s+đây|như\s+sau|sau)\s*:",
    re.IGNORECASE,
)
#: What follows an instrument's name in brackets and is not part of it: "(sau đây viết tắt
#: là ...)", its bracket maybe cut by the copy; "(theo văn bản gửi kèm)", "(có Quy chế kèm
#: theo)"; and the count of its parts Điều 1 may give after it: ", gồm 4 Chương, 23 Điều",
#: "gồm 11 Chương, 57 Điều", "(gồm 03 chương và 15 điều)".
_NOT_THE_NAME = re.compile(
    r"\s*\((?:sau\s+đây|gọi\s+tắt)[^)]*\)?\s*$"
    r"|\s*\([^()]*\b(?:kèm\s+theo|gửi\s+kèm|đính\s+kèm)\b[^()]*\)\s*$"
    r"|\s*,?\s*\(?\s*gồm\s+\d+\s+(?:chương|phần|mục|điều)"
    r"(?:\s*(?:,|và)\s*\d+\s+(?:chương|phần|mục|điều))*\s*\)?\s*$",
    re.IGNORECASE,
)
#: What a decision's title that names what it promulgates says before that name: "Ban hành
#: Quy chế phối hợp ...", "Về việc ban hành ", "V/v ban hành "; in small letters too, as
#: :func:`fold` writes a title, and "banhành" as a copy may glue it.
_TITLE_PROMULGATES = re.compile(r"^(?:Về\s+việc\s+|V/v\s+)?Ban\s*hành\s+(?=\S)", re.IGNORECASE)
#: The captions a decision's articles may have; any other text after "Điều 1." is its text.
_DECISION_CAPTIONS = (
    "hiệu lực",
    "tổ chức thực hiện",
    "trách nhiệm thi hành",
    "trách nhiệm tổ chức thực hiện",
    "điều khoản thi hành",
    "phạm vi điều chỉnh",
    "đối tượng áp dụng",
    "giải thích từ ngữ",
)


def _instrument_kind(words: str) -> str | None:
    """The kind of the instrument ``words`` name ("Quy chế phối hợp ..." is a regulation)."""
    folded = fold(words)
    return next(
        (kind for key, kind in INSTRUMENT_KINDS.items() if folded.startswith(fold(key))), None
    )


#: The instrument naming itself in its first provisions: "1. Quy chế này quy định ...".
_SELF_NAMED = re.compile(
    rf"(?:^|[\s.:])(?P<kind>{_INSTRUMENT_WORDS})\s+này\s+(?:quy\s+định|áp\s+dụng)\b",
    re.IGNORECASE,
)


def _self_named_kind(lines: list[str]) -> str | None:
    """The kind an instrument that lost its type line gives itself ("Quy chế này quy định")."""
    for line in lines[:12]:
        found = _SELF_NAMED.search(line)
        if found:
            return _instrument_kind(found["kind"])
    return None


def _promulgating(article: str) -> re.Match[str] | None:
    """How Điều 1 names the instrument the decision promulgates or approves, if it does."""
    if not article:
        return None
    return (
        _PROMULGATES.search(article)
        or _PROMULGATES_QUOTED.match(article)
        or _PROMULGATES_NAMED.match(article)
        or _APPROVES_ATTACHED.match(article)
        or _APPROVES_WITHIN.match(article)
    )


def _instrument_type_of(
    draft: DraftBuilder, kind: str | None, title: str | None, printed: str | None
) -> None:
    """The promulgated text's kind, ``other`` when none names it, and its type line.

    ``printed`` is the type line its heading prints, when it is one no kind names ("QUY TẮC
    ỨNG XỬ"); else the type line is read from its name's first words. An instrument of a
    type no kind names without a type line read gets an item asking a person to write it.
    """
    data = draft.data
    data["kind"] = kind or "other"
    type_line = printed or _other_type_line(data["kind"], title)
    if type_line:
        data["type_line"] = type_line
    elif data["kind"] == "other":
        draft.flag(
            "type_line",
            "Văn bản được ban hành thuộc loại mà định dạng không có tên: ghi loại văn bản "
            "như bản in (type_line).",
            "the promulgated text is of a type no kind of the format names: write its type "
            "line as printed (type_line)",
            title,
        )


def _heading_kind_flag(
    draft: DraftBuilder, heading_kind: str, instruments: list[str], title: str | None
) -> None:
    """Flag the kind of an instrument whose heading names another than the decision does.

    "Ban hành kèm theo Quyết định này Quy chế ..." over a heading "QUY ĐỊNH": the heading's
    kind is read; which the text is, a person checks. The decision names it in Điều 1, or
    in its title ("Ban hành Quy chế ...") when Điều 1 names none.
    """
    named = [kind for kind in map(_instrument_kind, instruments) if kind is not None]
    if not named and title and _TITLE_PROMULGATES.match(title):
        kind = _instrument_kind(_TITLE_PROMULGATES.sub("", fold(title)))
        named = [kind] if kind is not None else []
    if not named or heading_kind in named or heading_kind == "other":
        return
    draft.flag(
        "kind",
        "Tiêu đề văn bản được ban hành in loại văn bản khác với loại quyết định nêu: kiểm tra.",
        f"the promulgated text's heading names another kind ({heading_kind}) than the decision "
        f"does ({named[0]}): check it",
        instruments[0] if instruments else title,
    )


def _other_type_line(kind: str | None, title: str | None) -> str | None:
    """The type line of an instrument of a type no kind names, from its name's first words.

    "Điều lệ Hội Cựu giáo chức quận 8" is a charter: "Điều lệ". An instrument whose type
    the importer does not know at all (``kind`` None) has none: a person writes it.
    """
    if kind != "other" or not title:
        return None
    folded = fold(title)
    key = next(
        (
            key
            for key, named in INSTRUMENT_KINDS.items()
            if named == "other" and (folded == key or folded.startswith(key + " "))
        ),
        None,
    )
    return None if key is None else key[:1].upper() + key[1:]


def _instrument_type(line: str) -> str | None:
    """The instrument kind a type line prints ("QUY CHẾ", "KẾ HOẠCH", "ĐIỀU LỆ"), or None."""
    typed = type_of(line)
    if typed is None:
        return "other" if _other_type_printed(line) else None
    return _instrument_kind(typed[0])


#: The types no kind of the format names, as :func:`fold` writes them.
_OTHER_TYPES = frozenset(fold(key) for key, kind in INSTRUMENT_KINDS.items() if kind == "other")


def _other_type_printed(line: str) -> str | None:
    """``line`` as printed when it is the type line of a type no kind names, else None.

    Such a type line is printed as any other, in capitals on a line of its own, above the
    instrument's title: "QUY TẮC ỨNG XỬ", "ĐIỀU LỆ".
    """
    printed = " ".join(line.split())
    if any(char.islower() for char in printed) or fold(printed) not in _OTHER_TYPES:
        return None
    return printed


def _articles(lines: list[str], decision: bool) -> list[dict[str, Any]]:
    """Articles "Điều N." and their text; a decision's only with a caption of its kind."""
    found: list[dict[str, Any]] = []
    for line in lines:
        head = _ARTICLE_HEAD.match(line)
        if head and (not found or head["number"] != found[-1]["number"]):
            article: dict[str, Any] = {"number": head["number"]}
            rest = head["rest"].strip()
            if (
                decision
                and rest
                and fold(rest).rstrip(".").startswith(_DECISION_CAPTIONS)
                and len(rest.split()) <= 8
                and not rest.endswith((".", ";"))
            ):
                article["caption"] = rest.rstrip(".")
            elif rest:
                article["text"] = rest
            found.append(article)
        elif found:
            article = found[-1]
            article["text"] = f"{article['text']} {line}" if article.get("text") else line
    for article in found:
        if "text" in article:
            article["text"] = " ".join(str(article["text"]).split())
    return found


def _tail_start(lines: list[str], start: int) -> int:
    """Where the signatures, the recipients or an attached instrument start."""
    for index in range(start, len(lines)):
        line = lines[index]
        if starts_signatures(line):
            return recipients_above(lines, index, start)
        if _ATTACHED.match(line):
            return index
        if index > start and _instrument_type(line) is not None:
            return index
    return len(lines)


def _effect_flag(draft: DraftBuilder, effective: str | None) -> None:
    """List the period read from an effect clause to check, quoting the clause's words."""
    draft.flag(
        "period",
        "Thời hạn đọc từ điều khoản hiệu lực (có hiệu lực từ ..., đến khi được thay thế): "
        "kiểm tra.",
        "the period is read from the effect clause (in force from ..., until replaced): check it",
        effective,
    )


def _title_period_flag(draft: DraftBuilder, title: str | None) -> None:
    """List a period read from a title to check, quoting the title.

    A title names the years of what the document carries out or promulgates
    ("triển khai Nghị quyết ... giai đoạn 2021 - 2025"), or a congress's term
    ("tiến tới Đại hội ... nhiệm kỳ 2012 - 2017"), which may not be its own.
    """
    draft.flag(
        "period",
        "Thời hạn đọc từ các năm nêu trong tên văn bản, có thể là của văn bản khác: kiểm tra.",
        "the period is read from the years the title names, which may be another act's: check it",
        title,
    )


def _issued_with(
    lines: list[str], number: str | None, date: dt.date | None, draft: DraftBuilder
) -> None:
    """List the decision's number or date to check when the "kèm theo" line says another.

    "(Ban hành kèm theo Quyết định số: 3195/QĐ-UB ...)" under a decision
    numbered 3195/2004/QĐ-UB: one of the two is misprinted, or the copy
    joined two documents. The same of a date: "(Kèm theo Quyết định số 1589/QĐ-TTg ngày 24
    tháng 7 năm 2025 ...)" under a decision dated in 2026 (a number without its year says
    nothing of the year the place-and-date line misprints).
    """
    at = next((i for i, line in enumerate(lines[:8]) if _ATTACHED.match(line)), None)
    if at is None or number is None:
        return
    said = lines[at]
    cited = re.search(r"số\s*:?\s*(\d+[^\s,;()]*(?:\s?[/-]\s?[^\s,;()]+)*)", said)
    if cited and not numbers_equal(cited[1], number):
        draft.flag(
            "promulgation.number",
            'Số của quyết định khác với số ghi ở dòng "Ban hành kèm theo" của văn bản được ban '
            "hành: kiểm tra.",
            "the decision's number differs from the one the promulgated text's \"kèm theo\" "
            "line gives: check it",
            said,
        )
        return
    # The line broken before its date ("... số 1589/QĐ-TTg" / "ngày 24 tháng 7 năm 2025 ...").
    whole = said if ")" in said or at + 1 >= len(lines) else f"{said} {lines[at + 1]}"
    dated = _ATTACHED_DATE.search(whole)
    if cited is None or dated is None or not isinstance(date, dt.date):
        return
    try:
        attached_on = dt.date(int(dated["year"]), int(dated["month"]), int(dated["day"]))
    except ValueError:
        return
    if attached_on != date:
        draft.flag(
            "promulgation.date",
            'Ngày của quyết định khác với ngày ghi ở dòng "Ban hành kèm theo" của văn bản được '
            "ban hành: kiểm tra.",
            f'the decision is dated {date:%d/%m/%Y}, the promulgated text\'s "kèm theo" line '
            f"says {attached_on:%d/%m/%Y}: check its date",
            whole,
        )


#: The date a "kèm theo" line gives its decision, after its number: "ngày 24 tháng 7 năm 2025",
#: "ngày 24/7/2025".
_ATTACHED_DATE = re.compile(
    r"ngày\s*(?P<day>\d{1,2})\s*(?:tháng\s*|[/.-]\s*)(?P<month>\d{1,2})\s*(?:năm\s*|[/.-]\s*)"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)


def _instrument_at(body: list[str], tail: int) -> int | None:
    """Where the attached instrument's heading starts (type line, title, "(Ban hành kèm theo")."""
    heading_at = next(
        (
            i
            for i in range(tail, len(body))
            if _ATTACHED.match(body[i]) or _instrument_type(body[i]) is not None
        ),
        None,
    )
    if heading_at is not None and _ATTACHED.match(body[heading_at]):
        # The instrument's title in capitals above "(Ban hành kèm theo ...)".
        while (
            heading_at > tail
            and body[heading_at - 1].isupper()
            and not starts_signatures(body[heading_at - 1])
            and _instrument_type(body[heading_at - 1]) is None
        ):
            heading_at -= 1
        if heading_at > tail and _instrument_type(body[heading_at - 1]) is not None:
            heading_at -= 1
    return heading_at


def _instrument_name(
    opening: Opening,
    heading: tuple[str | None, str | None],
    instruments: list[str],
    cut_article: str | None,
    named: bool,
) -> tuple[str | None, str | None]:
    """The promulgated instrument's kind and title: its heading's, Điều 1's or the decision's.

    ``heading`` is the kind and title the instrument's heading prints;
    ``cut_article`` the text of an Điều 1 the copy cuts off, when it is;
    ``named`` whether the decision's title says it promulgates ("Ban hành ...").
    """
    heading_kind, heading_title = heading
    kind = heading_kind or (_instrument_kind(instruments[0]) if instruments else None)
    if kind is None and opening.title:
        kind = _instrument_kind(_TITLE_PROMULGATES.sub("", fold(opening.title)))
    title = heading_title
    if title is None and instruments:
        title = instruments[0]
        if (
            cut_article is not None
            and cut_article.rstrip().endswith(title)
            and (named or fold(opening.title or "").startswith(fold(title)))
        ):
            title = None  # the article names it only in part: the decision's title says it
    if title is None and opening.title:
        title = _TITLE_PROMULGATES.sub("", opening.title)
        title = title[:1].upper() + title[1:]
    if heading_kind is None and heading_title:
        # A heading that lost its type line ("CHẾ ĐỘ BÁO CÁO ..."): the decision's title
        # names the instrument whole ("Ban hành Quy định chế độ báo cáo ..."), or Điều 1
        # does when the copy drops the title too.
        named_whole = _TITLE_PROMULGATES.sub("", opening.title or "")
        printed = " ".join(fold(heading_title).split())
        whole = next(
            (
                name
                for name in (named_whole if named_whole != opening.title else "", *instruments)
                if len(" ".join(fold(name).split())) > len(printed)
                and " ".join(fold(name).split()).endswith(printed)
            ),
            None,
        )
        if whole is not None:
            title = whole[:1].upper() + whole[1:]
    return kind, title


def _whole_cut_heading(
    draft: DraftBuilder,
    heading_title: str,
    instrument_lines: list[str],
    decision_title: str | None,
    instruments: list[str],
) -> str:
    """The instrument's title when the end of the copy cuts its heading, else the heading's.

    A copy that stops inside the heading ("QUY CHẾ" / "QUY ĐỊNH VỀ ... TRONG C") keeps part
    of the title; the decision names the instrument whole, in its title ("Ban hành Quy chế
    quy định về ...") or in Điều 1: the first of those names the heading begins is taken.
    """
    if any(
        _ATTACHED.match(line) or CHAPTER.match(line) or ARTICLE.match(line) or ROMAN.match(line)
        for line in instrument_lines
    ):
        return heading_title  # the heading ends before the copy does
    names = [
        _TITLE_PROMULGATES.sub("", decision_title or ""),
        *instruments,
    ]
    cut = " ".join(fold(heading_title).split())
    whole = next(
        (
            name[:1].upper() + name[1:]
            for name in names
            if len(" ".join(fold(name).split())) > len(cut)
            and " ".join(fold(name).split()).startswith(cut)
        ),
        None,
    )
    if whole is None:
        if any(line.lstrip().startswith("(") for line in instrument_lines):
            return heading_title  # the copy stops in the line under it: "(Ban hành theo ..."
        # Named nowhere longer (the decision's title cut away too): the heading as the copy
        # stops in it ("... QUẢN LÝ NHÀ NƯỚC TRONG C"), its end to check.
        draft.flag(
            "title",
            "Bản sao dừng giữa tiêu đề của văn bản được ban hành: tên có thể bị cắt, kiểm tra.",
            "the copy stops inside the promulgated text's heading: its title may be cut; check it",
            heading_title,
        )
        return heading_title
    draft.flag(
        "title",
        "Bản sao dừng giữa tiêu đề của văn bản được ban hành: tên của nó được lấy từ "
        "quyết định, kiểm tra.",
        "the copy stops inside the promulgated text's heading: its title is taken from the "
        "decision; check it",
        heading_title,
    )
    return whole


def _unprinted_type_flags(
    draft: DraftBuilder,
    title: str | None,
    instrument_lines: list[str],
    instruments: list[str],
    decision_title: str | None,
) -> None:
    """Flag the title and kind of a promulgated text that prints no type line."""
    draft.flag(
        "title",
        "Văn bản được ban hành không in loại văn bản: tên của nó được lấy từ tiêu đề, "
        "Điều 1 hoặc quyết định, kiểm tra.",
        "the promulgated text prints no type line: its title is taken from its heading, "
        "Điều 1 or the decision; check it",
        title,
    )
    draft.flag(
        "kind",
        "Văn bản được ban hành không in loại văn bản mà định dạng biết: loại được suy ra "
        "từ tiêu đề hoặc Điều 1, kiểm tra.",
        "the promulgated text prints no type line the format knows: its kind is "
        "inferred from the titles or Điều 1; check it",
        (instrument_lines[0] if instrument_lines else None)
        or (instruments[0] if instruments else decision_title),
    )


def _instrument_period(
    draft: DraftBuilder,
    decision_title: str | None,
    title: str | None,
    period: dict[str, Any] | None,
    effective: str | None,
) -> None:
    """The instrument's period: the years a title names, else the decision's effect clause."""
    data = draft.data
    titled = period_of(decision_title) or period_of(title)
    if titled is not None:
        data["period"] = titled
        if data.get("kind") not in ("program", "plan", "joint-plan") or period_of(title) is None:
            _title_period_flag(draft, title if period_of(title) else decision_title)
    elif period is not None:
        data["period"] = period
        _effect_flag(draft, effective)


def _predecessor(data: dict[str, Any], words: str) -> None:
    """The act the decision replaces ("thay thế Quyết định số ..."), among the acts cited."""
    replaced = re.search(
        r"thay\s+thế\s+(?:các\s+)?(?:Quyết\s+định|Nghị\s+quyết)\s+số\s+(\S+)", words
    )
    if not replaced:
        return
    ref = next(
        (
            r
            for r in data.get("legal_refs", [])
            if r.get("number") and fold(r["number"]).startswith(fold(replaced[1]).rstrip(".,;"))
        ),
        None,
    )
    if ref is not None:
        data["predecessor"] = ref["id"]


def _decision_kind(opening: Opening, body: list[str], decides: int | None) -> str:
    """The promulgating act's kind: its type line's, else its number's symbol's or enacting verb's.

    A copy that lost its type line over "QUYẾT NGHỊ" is a resolution, a joint one when its
    number says so ("19/2008/NQLT/CP-UBTUMTTQVN").
    """
    if opening.kind in ("resolution", "joint-resolution"):
        return opening.kind
    if opening.kind is None and symbol_kinds(opening.number) == ("joint-resolution",):
        return "joint-resolution"
    return "resolution" if decides is not None and "NGHỊ" in body[decides] else "decision"


def _joint_promulgation(document: ReadDocument) -> bool:
    """Whether a joint resolution promulgates an instrument, as a decision would.

    "NGHỊ QUYẾT LIÊN TỊCH / VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP ..." whose Điều 1 says "Ban
    hành kèm theo Nghị quyết này Quy chế ...": the regulation is the document, the joint
    resolution its promulgation. One that is the coordination text itself ("Nghị quyết liên
    tịch này quy định ...", in chapters) is not.
    """
    if _TITLE_PROMULGATES.match(document.opening.title or ""):
        return True
    body = list(document.body)
    first = next((i for i, line in enumerate(body) if _ARTICLE_HEAD.match(line)), None)
    if first is None:
        return False
    article = [body[first]]
    for line in body[first + 1 : first + 8]:
        if _ARTICLE_HEAD.match(line) or CHAPTER.match(line):
            break
        article.append(line)
    return _PROMULGATES.search(" ".join(article)) is not None


class DecisionReader:
    """A decision or resolution, and the instrument it promulgates (see the module)."""

    name = "decision"

    def accepts(self, document: ReadDocument) -> bool:
        if document.opening.kind in ("decision", "resolution"):
            return True
        if document.opening.kind == "joint-resolution":
            return _joint_promulgation(document)
        if document.opening.kind is not None:
            return False
        if any(_DECIDES.match(line) for line in document.body[:40]):
            return True
        # A copy that lost its type line and stops before "QUYẾT ĐỊNH:": a decision's number
        # ("24/2017/QĐ-UBND") over a title that promulgates ("Ban hành Quy chế ...").
        return bool(
            {"decision", "resolution"}.intersection(symbol_kinds(document.opening.number))
            and _TITLE_PROMULGATES.match(document.opening.title or "")
        )

    def read(self, document: ReadDocument, draft: DraftBuilder) -> None:
        opening = document.opening
        body = list(document.body)
        decides = next((i for i, line in enumerate(body) if _DECIDES.match(line)), None)
        first_article = next(
            (i for i, line in enumerate(body) if _ARTICLE_HEAD.match(line)), len(body)
        )
        preamble_end = decides if decides is not None else first_article
        articles_start = (decides + 1) if decides is not None else first_article
        tail = _tail_start(body, articles_start)
        articles = _articles(body[articles_start:tail], decision=True)
        heading_at = _instrument_at(body, tail)
        tail_lines = body[tail : heading_at if heading_at is not None else len(body)]
        instrument_lines = body[heading_at:] if heading_at is not None else []
        first_text = articles[0].get("text", "") if articles else ""
        promulgates = _promulgating(first_text)
        named = _TITLE_PROMULGATES.match(opening.title or "")
        if promulgates is None and heading_at is None and named is None:
            bare = [] if articles else body[articles_start:tail]
            self._decision_only(document, draft, body, preamble_end, articles, tail_lines, bare)
            return
        instruments = _named_instruments(promulgates["what"]) if promulgates else []
        heading_kind, heading_title, provisions_start = _instrument_heading(instrument_lines)
        # Điều 1 cut off by the end of the copy: the decision's title says what it promulgates.
        cut = (
            len(articles) == 1
            and tail == len(body)
            and not first_text.rstrip().endswith((".", ";", ":", ")"))
        )
        kind, title = _instrument_name(
            opening,
            (heading_kind, heading_title),
            instruments,
            first_text if cut else None,
            named is not None,
        )
        if kind is None and heading_kind is None:
            # A heading that lost its type line: the instrument's own words name its kind.
            kind = _self_named_kind(instrument_lines)
        if title is not None and title == heading_title:
            title = _whole_cut_heading(draft, title, instrument_lines, opening.title, instruments)
        data = draft.data
        printed = _other_type_printed(instrument_lines[0]) if heading_kind == "other" else None
        _instrument_type_of(draft, kind, title, printed)
        if heading_kind is None:
            _unprinted_type_flags(draft, title, instrument_lines, instruments, opening.title)
        else:
            _heading_kind_flag(draft, heading_kind, instruments, opening.title)
        if title:
            data["title"] = title
        issuer = _issuer_id(document, draft, body[:preamble_end])
        signatories, recipients = read_signatures(
            tail_lines, draft, "promulgation.signatories", issuer
        )
        decision: dict[str, Any] = {"kind": _decision_kind(opening, body, decides)}
        in_part = opening.date_in_part if opening.date is None else None
        if in_part is not None:
            draft.flag(
                "promulgation.date",
                "Bản sao để trống ngày (và tháng) ký: bổ sung nếu biết.",
                "the copy leaves the day (and month) of signing blank: add it if it is known",
                opening.date_text,
            )
        for field, value in (
            ("number", opening.number),
            ("date", opening.date or (in_part and str(in_part))),
            ("place", opening.place),
            # A joint resolution has as many issuers as signing bodies: all are parties.
            ("issuer", issuer if decision["kind"] != "joint-resolution" else None),
            ("title", opening.title),
            ("articles", articles),
            ("signatories", signatories),
            ("recipients", recipients),
            ("instruments", instruments),
        ):
            if value:
                decision[field] = value
        _issued_with(instrument_lines, opening.number, opening.date, draft)
        words = " ".join(a.get("text", "") for a in articles) + " " + " ".join(tail_lines)
        if not articles:
            # A copy that lost the articles' labels ("1. Quyết định số ... ; 2. ..." after
            # "QUYẾT ĐỊNH:"): their lines still cite what the decision replaces or repeals.
            words = " ".join(body[articles_start:tail]) + " " + words
        period, effective = effect_of(words, opening.date)
        if effective:
            decision["effective"] = effective
        data["promulgation"] = decision
        _instrument_period(draft, opening.title, title, period, effective)
        # The instrument's own provisions, when the copy includes them.
        provisions = instrument_lines[provisions_start:] if heading_at is not None else []
        read_body_provisions(provisions, document, draft)
        if not data.get("chapters") and not data.get("articles") and not data.get("task_groups"):
            data["text_available"] = False
            draft.flag(
                "text_available",
                "Bản sao không kèm văn bản được ban hành: các điều, khoản chưa biết.",
                "the copy does not include the promulgated text: its provisions are not known",
            )
        if opening.province:
            data["province"] = opening.province
        pieces: list[tuple[str, str]] = []
        if opening.title:
            pieces.append(("title", opening.title))
        pieces += clauses(body[:preamble_end])
        pieces.append(("other", words))
        pieces += [("other", line) for line in instrument_lines if not _ATTACHED.match(line)]
        own = tuple(n for n in (opening.number,) if n)
        # The instrument named in passing ("phê duyệt Điều lệ ..."): promulgated, not cited.
        promulgated = {fold(name) for name in (*instruments, title) if name}
        acts = [
            act
            for act in read_acts(pieces, own, last_words(document.lines))
            if not (act.mentioned and fold(act.citation.title or "").rstrip(" ,") in promulgated)
        ]
        write_acts(acts, draft, basis_field="promulgation")
        _predecessor(data, words)

    def _decision_only(
        self,
        document: ReadDocument,
        draft: DraftBuilder,
        body: list[str],
        preamble_end: int,
        articles: list[dict[str, Any]],
        tail_lines: list[str],
        bare: list[str],
    ) -> None:
        """A decision that promulgates nothing: its own articles are the document.

        ``bare`` holds the lines after "QUYẾT ĐỊNH:" of a copy that lost its
        articles' labels: their effect clause ("Quyết định này có hiệu lực ...
        kể từ ngày ký") still sets the period.
        """
        opening = document.opening
        data = draft.data
        data["kind"] = "resolution" if opening.kind == "resolution" else "decision"
        if articles:
            data["articles"] = articles
        signatories, recipients = read_signatures(tail_lines, draft, "signatories")
        if signatories:
            data["signatories"] = signatories
        if recipients:
            data["recipients"] = recipients
        words = " ".join(a.get("text", "") for a in articles) or " ".join(bare)
        period, effective = effect_of(words, opening.date)
        titled = period_of(opening.title)
        if titled is not None or period is not None:
            data["period"] = titled or period
        if titled is None and period is not None:
            _effect_flag(draft, effective)
        if titled is not None:
            _title_period_flag(draft, opening.title)


def _issuer_id(document: ReadDocument, draft: DraftBuilder, preamble: list[str]) -> str | None:
    """The party that issues a decision: the line under its title, its letterhead, its preamble.

    A copy that lost both says it in the preamble: "Thủ tướng Chính phủ
    quyết định ban hành ...".
    """
    opening = document.opening
    if opening.issuer is not None:
        return draft.parties.id_of(opening.issuer.body)
    if draft.parties.found:
        return str(draft.parties.found[0]["id"])
    for role, text in clauses(preamble):
        if role != "other":
            continue
        for body in preamble_bodies(text):
            return draft.parties.add(body, text, province=opening.province)
    return None


#: The purpose Điều 1 gives after the instrument's name, which is no part of it: "Kế hoạch ...
#: của Ủy ban Dân tộc để thực hiện Chỉ thị số 28/CT-TTg ...", ", để triển khai ...".
_PURPOSE = re.compile(r"\s*,?\s+để\s+(?:thực\s+hiện|triển\s+khai)\s.*$", re.IGNORECASE | re.DOTALL)


def _named_instruments(what: str) -> list[str]:
    """The instruments Điều 1 names: "Quy chế A và Quy chế B", "Quy chế A; 35 mẫu ..." are two.

    The purpose Điều 1 adds after them ("... để thực hiện Chỉ thị số ...") is left out.
    """
    keys = "|".join(re.escape(key) for key in INSTRUMENT_KINDS)
    what = _PURPOSE.sub("", what)
    parts = re.split(rf"\s*;\s*|\s+và\s+(?=(?i:{keys})\b)", what.strip().rstrip("."))
    found = []
    for part in parts:
        part = " ".join(part.split())
        # "bản Quy chế ...", 'bản “Quy định ...”': the copy of the instrument, named by its kind.
        quoted = re.match(rf"^(?:bản\s+)?[“\"]((?i:{keys})\b[^”\"]*)[”\"]$", part)
        part = quoted[1] if quoted else re.sub(rf"^bản\s+(?=(?i:{keys})\b)", "", part)
        part = _NOT_THE_NAME.sub("", part)
        if part:
            found.append(part[:1].upper() + part[1:])
    return found


def _instrument_heading(lines: list[str]) -> tuple[str | None, str | None, int]:
    """The instrument's kind and title from its heading, and where its provisions start."""
    if not lines:
        return None, None, 0
    kind = None
    type_word = ""
    title_lines: list[str] = []
    index = 0
    other = _other_type_printed(lines[0])  # "QUY TẮC ỨNG XỬ" alone on its line
    typed = (fold(other), "") if other else type_of(lines[0])
    if typed is not None:
        kind = _instrument_kind(typed[0])
        type_word = (
            " ".join(lines[0][: len(lines[0]) - len(typed[1])].split()).lower()
            if typed[1]
            else lines[0].lower()
        )
        if typed[1]:
            title_lines.append(typed[1])
        index = 1
    while index < len(lines):
        line = lines[index]
        if index == len(lines) - 1 and _attached_cut(line):
            index += 1
            break
        if _ATTACHED.match(line):
            index = _attached_end(lines, index)
            break
        if CHAPTER.match(line) or ARTICLE.match(line) or ROMAN.match(line):
            break
        if len(title_lines) >= 5 or re.match(r"^S[ốỐ]\s*:", line) or re.search(r"ngày\s+\d", line):
            index += 1
            continue
        title_lines.append(line)
        index += 1
    printed = " ".join(" ".join(title_lines).split())
    if not printed:
        return kind, None, index
    words = recase(printed)
    if type_word:
        words = f"{type_word.capitalize()} {words[:1].lower()}{words[1:]}"
    else:
        words = words[:1].upper() + words[1:]
    return kind, words, index


def _attached_end(lines: list[str], at: int) -> int:
    """Where the "(Ban hành kèm theo ... của ...)" line at ``at`` ends: after its bracket.

    The line may run over the next ones, up to the one its closing bracket ends.
    """
    index = at + 1
    while index < len(lines) and not lines[index - 1].rstrip().endswith(")"):
        index += 1
    return index


def _attached_cut(line: str) -> bool:
    """Whether ``line`` is the start of a "(Ban hành kèm theo ..." line, where a copy stops."""
    said = fold(" ".join(line.split()))
    return len(said) >= 3 and any(
        whole.startswith(said) for whole in ("(ban hành kèm theo", "(kèm theo")
    )


def signatures_start(lines: list[str], start: int) -> int:
    """Where the signatures start: their first authority or post line, or the body above it.

    A signature block may print its body in capitals first ("ỦY BAN NHÂN
    DÂN" / "TỈNH ĐẮK LẮK" / "PHÓ CHỦ TỊCH"): those lines are no article's text.
    """
    tail = next((i for i in range(start, len(lines)) if starts_signatures(lines[i])), len(lines))
    while tail > start and _body_line(lines[tail - 1]):
        tail -= 1
    return recipients_above(lines, tail, start)


def _body_line(line: str) -> bool:
    """A line of a body's name in capitals ("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK")."""
    if any(c.islower() for c in line) or CHAPTER.match(line) or ARTICLE.match(line):
        return False
    whole = read_body(line)
    if whole is not None and whole.end >= len(line.rstrip(" ,.")):
        return True
    return bool(re.match(r"^(?:TỈNH|HUYỆN|THÀNH PHỐ|XÃ|PHƯỜNG|THỊ XÃ|QUẬN)\s+\S", line))


#: A part in capitals numbered in roman figures: "I- QUY ĐỊNH CHUNG", "II. NỘI DUNG".
_PART = re.compile(r"^(?P<number>[IVXLC]+)\s*[-.\u2013]\s*(?P<title>[^\W\d_].*)$")


def _part_chapters(parts: list[str]) -> list[str]:
    """Parts whose articles follow them (a Party regulation's "I- QUY ĐỊNH CHUNG") as chapters.

    The Party's texts group their articles under roman-numbered parts rather than *Chương*:
    a part heading in capitals right before an article holds the articles after it.
    """
    found = list(parts)
    for index, part in enumerate(parts[:-1]):
        heading = _PART.match(part)
        if (
            heading
            and not any(c.islower() for c in heading["title"])
            and ARTICLE.match(parts[index + 1])
        ):
            found[index] = f"Chương {heading['number']} {heading['title']}"
    return found


def read_body_provisions(lines: list[str], document: ReadDocument, draft: DraftBuilder) -> None:
    """Chapters and articles (or roman parts) of an instrument's or a regulation's body."""
    if not lines:
        return
    tail = signatures_start(lines, 0)
    parts = _part_chapters(paragraphs("\n".join(lines[:tail])))
    first = next((i for i, p in enumerate(parts) if CHAPTER.match(p) or ARTICLE.match(p)), None)
    if first is None:
        return
    unsure: list[str] = []
    chapters, loose = read_provisions(parts[first:], document.bodies, unsure)
    if chapters:
        draft.data["chapters"] = chapters
    if loose:
        draft.data["articles"] = loose
    _flag_run_on_captions(draft, unsure)
    _flag_cut_captions(draft, unsure)


def _articles_at(draft: DraftBuilder) -> list[tuple[str, dict[str, Any]]]:
    """Each article of the draft, in chapters or not, with its path."""
    return [
        (f"chapters[{c}].articles[{a}]", article)
        for c, chapter in enumerate(draft.data.get("chapters") or [])
        for a, article in enumerate(chapter.get("articles") or [])
    ] + [(f"articles[{a}]", article) for a, article in enumerate(draft.data.get("articles") or [])]


def _flag_cut_captions(draft: DraftBuilder, unsure: list[str]) -> None:
    """List to check the heading the copy stops in: its caption, or the word left out of it."""
    cut = {
        said[len(CUT_CAPTION) :].split(":", 1)[0].strip(): said.split("«", 1)[1].split("»")[0]
        for said in unsure
        if said.startswith(CUT_CAPTION)
    }
    for path, article in _articles_at(draft):
        printed = cut.get(str(article.get("number")))
        if printed is None:
            continue
        draft.flag(
            f"{path}.caption" if "caption" in article else path,
            "Bản sao dừng ở dòng tiêu đề của điều này: tên điều có thể bị cắt, kiểm tra.",
            "the copy stops in this article's heading: its caption may be cut, check it",
            printed,
        )


def _flag_run_on_captions(draft: DraftBuilder, unsure: list[str]) -> None:
    """List to check the captions read up to a full stop their article's text went on after."""
    numbers = {said.rsplit(" ", 1)[1] for said in unsure if said.startswith(RUN_ON_CAPTION)}
    for path, article in _articles_at(draft):
        if article.get("number") in numbers and "caption" in article:
            draft.flag(
                f"{path}.caption",
                "Tên điều đọc đến dấu chấm đầu tiên của dòng tiêu đề điều: kiểm tra.",
                "the article's caption is read up to the first full stop of its heading, the "
                "text run on after it: check it",
                article["caption"],
            )


#: The kinds written in chapters and articles that a number's symbol may name.
_ARTICLED_KINDS = ("circular", "joint-circular", "regulation", "rules", "joint-resolution")


class ArticlesReader:
    """A regulation, rules, a joint circular or resolution written in chapters and articles."""

    name = "articles"

    def accepts(self, document: ReadDocument) -> bool:
        if document.opening.kind in (
            "regulation",
            "rules",
            "circular",
            "joint-circular",
            "joint-resolution",
        ):
            return True
        return any(CHAPTER.match(line) or _ARTICLE_HEAD.match(line) for line in document.body)

    def read(self, document: ReadDocument, draft: DraftBuilder) -> None:
        opening = document.opening
        data = draft.data
        body = list(document.body)
        # The kind the type line prints, whatever it is ("HƯỚNG DẪN" in articles is a
        # guidance); without one, articles make a regulation (a circular with two letterheads).
        kind = opening.kind if opening.kind not in (None, "report") else None
        if kind is None:
            # Without one, the number's symbol names it ("12/2025/TT-BNNMT" a circular).
            articled = [k for k in symbol_kinds(opening.number) if k in _ARTICLED_KINDS]
            default = "joint-circular" if len(opening.letterhead) > 1 else "regulation"
            kind = articled[0] if articled else default
        data["kind"] = kind
        if opening.title:
            # "QUY CHẾ" over "PHỐI HỢP CÔNG TÁC ...": the title (trích yếu) is what the type
            # line heads, as for every other kind. Only where the number's symbol names
            # another kind ("12/2025/TT-BNNMT" over "QUY ĐỊNH PHÂN CẤP ...") is the line read
            # as the type the title's first words, lost by a copy that dropped its type line.
            title = opening.title
            said = opening.type_line or ""
            named = symbol_kinds(opening.number)
            if (
                kind in ("regulation", "rules", "joint-resolution", "guidance")
                and said
                and named
                and kind not in named
                and not fold(title).startswith(fold(said))
            ):
                title = f"{said.capitalize()} {title[:1].lower()}{title[1:]}"
                title = recase(title) if title.isupper() else title
                # The document is the kind its number names: "HƯỚNG DẪN" / "THỰC HIỆN ..."
                # under "01/2014/TTLT-VKSTC-BQP" is a joint circular whose title was broken
                # after its verb.
                kind = named[0]
                data["kind"] = kind
                draft.flag(
                    "kind",
                    "Loại văn bản đọc từ ký hiệu của số; bản sao có thể đã mất dòng loại văn bản: "
                    "kiểm tra.",
                    "the kind is read from the number's symbol; the copy may have lost its type "
                    "line: check it",
                    opening.number,
                )
                draft.flag(
                    "title",
                    "Ký hiệu của số chỉ loại văn bản khác: dòng đọc là loại văn bản được ghép "
                    "vào trích yếu như những chữ đầu của nó, kiểm tra.",
                    "the number's symbol names another kind: the line read as the type line is "
                    "joined to the title as its first words; check it",
                    f"{said} / {opening.title_printed or opening.title}",
                )
            data["title"] = title
        between = _BETWEEN.search(data.get("title", ""))
        if between and kind in ("regulation", "rules", "joint-resolution"):
            # "Quy chế phối hợp giữa A, B và C": the bodies it binds are its parties, unless
            # it says whose act it is attached to (below).
            _between_parties(between[1], body, draft, opening)
        first = next(
            (i for i, line in enumerate(body) if CHAPTER.match(line) or _ARTICLE_HEAD.match(line)),
            len(body),
        )
        if 0 < first < len(body) and _PART.match(body[first - 1]) and body[first - 1].isupper():
            first -= 1  # "I- QUY ĐỊNH CHUNG" over "Điều 1.": the part holds the articles
        # An older joint circular in parts, not articles ("I. QUY ĐỊNH CHUNG", "1. ..."): its
        # signatures follow its last part.
        tail = signatures_start(body, first if first < len(body) else 0)
        preamble = [text for role, text in clauses(body[: min(first, tail)]) if role == "other"]
        if preamble:
            data["preamble"] = " ".join(preamble)
            for found in preamble_bodies(data["preamble"]):
                if (opening.letterhead or opening.heading_bodies) and draft.parties.id_of(
                    found
                ) is None:
                    continue  # the letterhead says who issues; the preamble only confirms
                draft.parties.add(found, data["preamble"])
        read_body_provisions(body[first:tail], document, draft)
        _explained_articles(draft)
        signatories, recipients = read_signatures(body[tail:], draft, "signatories")
        if signatories:
            data["signatories"] = signatories
        if recipients:
            data["recipients"] = recipients
        period, effective = effect_of(" ".join(body[first:tail]), opening.date)
        titled = period_of(opening.title)
        if titled is not None or period is not None:
            data["period"] = titled or period
        if titled is None and period is not None:
            _effect_flag(draft, effective)
        if titled is not None:
            _title_period_flag(draft, opening.title)


def _attached_issuers(body: list[str]) -> tuple[list[BodyName], bool]:
    """The bodies whose act the text says it is attached to, before its first article.

    A regulation printed alone under its "(Ban hành kèm theo Quyết định số ...
    của Ủy ban nhân dân tỉnh ...)" line is that committee's: the line may run
    over the next lines, up to its closing bracket. The act is read as any
    cited act is, its issuer after "của" (or a joint act's "giữa"). The flag
    says whether the line names an issuer at all, read as a body or not ("của
    Hội đồng phối hợp ... huyện Khoái Châu").
    """
    for at, line in enumerate(body):
        if CHAPTER.match(line) or _ARTICLE_HEAD.match(line):
            return [], False
        if _ATTACHED.match(line):
            said = " ".join(body[at : _attached_end(body, at)])
            cited = find_citations(said.strip("()"))
            issuer = cited[0].issuer if cited else None
            return (find_bodies(issuer) if issuer else []), bool(issuer)
    return [], False


#: A Party-style number naming one issuer after its slash: "05-QC/TU", "12-QĐ/HU" (a joint
#: text's symbol names each issuer, "01/QCPH-UBND-UBMTTQ"; a department's is "-QĐ/TĐTN-VP").
_ONE_ISSUER_NUMBER = re.compile(r"^\d+[a-z]?-[A-ZĐ]+/[A-ZĐ]+$")


def _numbered_issuers(opening: Opening) -> list[BodyName]:
    """The letterhead's one body, when the number's symbol is a Party-style single issuer's.

    "TỈNH ỦY HÀ NAM" over "Số 05-QC/TU": a regulation of the provincial Party
    committee, whatever bodies its title says it is "giữa" (the People's
    Council and Committee it binds).
    """
    number = opening.number or ""
    if len(opening.letterhead) != 1 or not _ONE_ISSUER_NUMBER.match(number):
        return []
    return [opening.letterhead[0]]


def _between_parties(between: str, body: list[str], draft: DraftBuilder, opening: Opening) -> None:
    """Add the parties of a regulation "giữa A, B và C" (``between`` is "A, B và C").

    The bodies it is between are its parties when it is theirs: a joint
    regulation they sign. One printed alone under its "kèm theo" line is the
    act's issuer's, that of the decision it is attached to ("(Ban hành kèm theo
    Quyết định số ... của Ủy ban nhân dân tỉnh Khánh Hòa)"): the other bodies its
    title names ("giữa Ủy ban nhân dân tỉnh với Cục Thuế tỉnh ...") are bound by it
    and issue nothing, so they are no parties. So is one whose number names one
    issuer, Party-style, under a letterhead of one body ("TỈNH ỦY ..." over "Số
    05-QC/TU"): the committee's (:func:`_numbered_issuers`). When the "kèm theo"
    line names an issuer the table cannot read ("của Hội đồng phối hợp phổ biến,
    giáo dục pháp luật huyện ..."), the bodies the title names are still bound,
    not issuers: none is made a party, and the draft asks for its parties.
    """
    province = opening.province
    attached, named = _attached_issuers(body)
    if named and not attached:
        return  # its issuer is another body, one the table cannot read: none of these
    issuers = attached or _numbered_issuers(opening)
    issuing = Parties(draft.parties.table)
    for issuer in issuers:
        issuing.add(issuer, between)
        draft.parties.add(issuer, between, province=province)
    for found in find_bodies(between):
        if issuers and issuing.id_of(found) is None:
            continue  # bound by the regulation, not an issuer of it
        draft.parties.add(found, draft.data["title"], province=province)


#: A text that explains another act's articles: "hướng dẫn thực hiện một số Điều trong Quy
#: định số 07-QĐi/TW ...".
_EXPLAINS = re.compile(
    r"hướng\s+dẫn\s+(?:thực\s+hiện|thi\s+hành)\s+(?:một\s+số\s+)?(?:điều|Điều)\b"
)


def _explained_articles(draft: DraftBuilder) -> None:
    """Flag articles that are another act's, explained one by one, not the document's own.

    A guidance "hướng dẫn thực hiện một số Điều trong Quy định số ..." heads
    its parts with that act's articles ("Điều 2. Giải thích từ ngữ", "Điều
    3. ..."), starting wherever the explanation starts.
    """
    data = draft.data
    articles = data.get("articles") or []
    said = str(data.get("preamble") or "")
    if not articles or _EXPLAINS.search(said) is None or str(articles[0].get("number")) == "1":
        return
    draft.flag(
        "articles",
        "Các điều là của văn bản được hướng dẫn, không phải của chính văn bản này: kiểm tra.",
        "the articles are those of the act the text explains, not its own: check them",
        said,
    )


#: Words by which a text asks other bodies to act: its numbered points are then their tasks.
#: Not the words of a name: a steering committee ("Ban Chỉ đạo Trung ương ...") directs no one
#: by being named, and "giao thông", "giao dịch" ... are no handing out.
_ASKS = re.compile(
    r"(?<!\w)(?<!bàn\s)(?:đề\s+nghị|yêu\s+cầu|giao(?!\s+(?:thông|dịch|lưu|tiếp|thương|kết|ban)\b)"
    r"|(?<!ban\s)chỉ\s+đạo|phân\s+công)\s",
    re.IGNORECASE,
)


#: A letter's asking clause that hands out tasks ("triển khai thực hiện một số nhiệm vụ sau:")
#: or a coordination ("phối hợp thực hiện các nội dung sau:"), and a point that names who leads
#: ("Sở Tư pháp chủ trì, phối hợp với ...").
_TASKS_ASKED = re.compile(r"\bnhiệm\s+vụ\b|\bphối\s+hợp\b", re.IGNORECASE)
_LEADS = re.compile(r"\bchủ\s+trì\b", re.IGNORECASE)


def _coordinated(preamble: list[str], tasks: list[dict[str, str]]) -> bool:
    """Whether a letter's numbered points are tasks of a coordination, not its requests.

    A letter asks bodies to do something ("đề nghị ... theo dõi các nội dung ..., cụ thể
    như sau:", "đề nghị ... thực hiện các công việc sau đây:"): its points are what it
    asks, not a program's tasks. They are tasks when the clause that asks calls them
    tasks or a coordination ("đề nghị Ban Dân vận các tỉnh ủy triển khai thực hiện một
    số nhiệm vụ sau:"), or when a point names who leads it ("... chủ trì, phối hợp với ...").
    """
    return _asked_as_tasks(preamble) or any(_LEADS.search(t["text"]) for t in tasks)


def _asked_as_tasks(preamble: list[str]) -> bool:
    """Whether the clause that announces a letter's points asks for them as tasks."""
    announcing = preamble[-1] if preamble else ""
    asks = list(_ASKS.finditer(announcing))
    asked = announcing[asks[-1].start() :] if asks else ""
    return bool(_TASKS_ASKED.search(asked))


def _led_points(
    preamble: list[str], tasks: list[dict[str, str]]
) -> tuple[list[str], list[dict[str, str]]]:
    """A letter's points that are tasks because they name their lead, the others its text.

    A letter that conveys a leader's opinion in points ("... có ý kiến như sau: 1. Đồng ý
    đề nghị ...; 2. Ủy ban Dân tộc chủ trì, phối hợp với ...") holds tasks only in the points
    that say who leads; a point that agrees to a proposal asks no one and stays in the
    letter's text. Points the announcing clause asks for as tasks are all kept.
    """
    led = [task for task in tasks if _LEADS.search(task["text"])]
    if not led or len(led) == len(tasks) or _asked_as_tasks(preamble):
        return preamble, tasks
    others = [f"{task['number']}. {task['text']}" for task in tasks if task not in led]
    return [*preamble, *others], led


#: A letter's addressee line, "Kính gửi: ...", which opens its body (Decree 30/2020/NĐ-CP,
#: form 1.4), also in a table's cell ("| Kính gửi: ...").
_ADDRESSED = re.compile(r"^[|\s]*Kính\s+gửi\b", re.IGNORECASE)


def addressed_letter(document: ReadDocument) -> bool:
    """Whether a text that prints no type line is a letter: its body opens with "Kính gửi".

    A copy may lose a letter's subject line ("V/v ..."), which makes it a letter
    by its layout; its addressee line, over the first sentence, still does.
    """
    opening = document.opening
    # A number line whose serial a draft leaves blank ("Số: ..../BNN-KTHT") is one still.
    if opening.type_line is not None or (opening.number or opening.number_text) is None:
        return False
    return any(_ADDRESSED.match(line) for line in document.body[:3])


def _symbol_kind(number: str | None) -> str | None:
    """The kind the symbol of a copy's number names, when the copy prints no type line.

    A letter (*công văn*) is numbered by its body's abbreviation alone ("123/UBND-VX"); a
    number whose symbol names a kind is that kind's: "85/2016/TTLT-BTC-BCA" is a joint
    circular's, even where the page dropped its type line and title (Decree 30/2020/NĐ-CP,
    appendix III).
    """
    kinds = symbol_kinds(number)
    return kinds[0] if kinds else None


class LetterReader:
    """A letter or a notice in numbered points."""

    name = "letter"

    def accepts(self, document: ReadDocument) -> bool:
        if document.opening.kind in ("official-letter", "notice", "directive"):
            return True
        if document.opening.kind is not None:
            return False
        if addressed_letter(document):
            return True
        return any(re.match(r"^\d+(?:\.\d+)*\.\s", line) for line in document.body)

    def read(self, document: ReadDocument, draft: DraftBuilder) -> None:
        opening = document.opening
        data = draft.data
        body = list(document.body)
        kind = opening.kind
        if kind is None or kind == "report":
            said = " ".join(body[:5])
            issued = re.search(
                r"ban\s+hành\s+(Kế\s+hoạch|Chương\s+trình|Quy\s+chế|Hướng\s+dẫn)", said
            )
            kind = (_instrument_kind(" ".join(issued[1].split())) if issued else None) or (
                "official-letter"
            )
        # Read as a letter's, a text whose number names its kind is still of that kind; its
        # period, though, is not read from its title as a plan's would be (a letter's again).
        as_letter = kind == "official-letter"
        if as_letter and opening.kind is None:
            kind = _symbol_kind(opening.number) or kind
        data["kind"] = kind
        tail = next((i for i, line in enumerate(body) if starts_signatures(line)), len(body))
        points = paragraphs("\n".join(body[:tail]))
        preamble = []
        tasks = []
        for paragraph in points:
            numbered = re.match(r"^(?P<number>\d+)\.\s+(?P<text>.+)$", paragraph)
            if numbered:
                tasks.append(
                    {
                        "id": f"t{numbered['number']}",
                        "number": numbered["number"],
                        "text": numbered["text"].rstrip(" ;."),
                    }
                )
            elif not tasks:
                preamble.append(paragraph)
        # A list of tasks is announced ("... triển khai một số nhiệm vụ sau:"); numbered lines
        # in a text whose kind was not printed are tasks only then, not a page's own numbering,
        # and stay in the preamble.
        # And a text that asks no one ("đề nghị", "yêu cầu", "giao" ...) lists what its own
        # branch will do ("ngành Kiểm sát nhân dân cần ... các nhiệm vụ sau đây:"): no tasks
        # shared between bodies.
        # A kind read from the layout (a letter's subject line), not printed, says no more.
        printed = opening.kind if opening.type_line else None
        announced = (printed is not None and kind != "directive") or (
            bool(preamble)
            and preamble[-1].rstrip().endswith(":")
            and bool(_ASKS.search(" ".join(preamble)))
        )
        if as_letter and not _coordinated(preamble, tasks):
            announced = False  # a letter's requests, not the tasks of a coordination
        elif as_letter and printed is None:
            preamble, tasks = _led_points(preamble, tasks)
        if tasks and not announced:
            preamble = list(points)
            tasks = []
        if preamble:
            data["preamble"] = " ".join(preamble)
        if tasks and as_letter and printed is None:
            draft.flag(
                "task_groups",
                "Nhiệm vụ đọc từ các điểm đánh số của văn bản không in loại văn bản: kiểm tra.",
                "tasks read from the numbered points of a text that prints no type line: check "
                "them",
                tasks[0]["text"],
            )
        if tasks and (as_letter or kind == "directive"):
            data["task_groups"] = [
                {"id": "tasks", "title": "Nhiệm vụ", "tasks": tasks, "joint": True}
            ]
        signatories, recipients = read_signatures(body[tail:], draft, "signatories")
        if signatories:
            data["signatories"] = signatories
        if recipients:
            data["recipients"] = recipients
        period = period_of(opening.title)
        if period is not None and not as_letter:
            data["period"] = period
            _title_period_flag(draft, opening.title)
        if not opening.letterhead and data.get("preamble"):
            for found in preamble_bodies(data["preamble"]):
                draft.parties.add(found, data["preamble"])


def _preamble_party(document: ReadDocument, draft: DraftBuilder) -> None:
    """The body a copy without letterhead names as issuer in its preamble, flagged.

    "...; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch ... như sau:".
    """
    for _role, text in clauses(list(document.body[:12])):
        if re.match(r"^(?:[IVX]+|\d+)\.\s", text):
            return  # the parts begin: the preamble named no issuer
        for body in preamble_bodies(text):
            draft.parties.add(body, text)
            draft.flag(
                f"parties[{len(draft.parties.found) - 1}]",
                "Bản sao không in tiêu đề cơ quan: bên ban hành đọc từ lời mở đầu, kiểm tra.",
                "the copy prints no letterhead: the issuing body is read from the preamble; "
                "check it",
                body.name,
            )
        if draft.parties.found:
            return


class PartsReader:
    """A program, a plan or a guidance in roman-numbered parts (I. MỤC ĐÍCH, YÊU CẦU ...).

    It reads any text no other reader takes, a report on a program included.
    """

    name = "parts"

    def accepts(self, document: ReadDocument) -> bool:
        return True

    def read(self, document: ReadDocument, draft: DraftBuilder) -> None:
        opening = document.opening
        old, remarks, _basis = draft_program(document.text, document.bodies, opening.kind)
        data = draft.data
        kind = (
            opening.kind
            if opening.kind
            in ("program", "plan", "joint-plan", "guidance", "agreement", "procedure")
            else old.get("kind", "program")
        )
        if kind == "plan" and len(opening.letterhead) > 1:
            kind = "joint-plan"
        data["kind"] = kind
        ids = _parts_parties(old, kind, document, draft)
        title = old.get("title")
        said_title = any("the title was taken from the first line" in r for r in remarks)
        if said_title or not title:
            title = opening.title
        if title:
            data["title"] = title
        for field in (
            "preamble",
            "purposes",
            "requirements",
            "task_groups",
            "implementation",
            "schedule",
            "third_parties",
            "recipients",
            "number",
            "place",
            "signed_on",
            "province",
        ):
            if old.get(field):
                data[field] = old[field]
        _renamed_roles(data.get("task_groups", []), ids)
        preamble = str(data.get("preamble", ""))
        if said_title and title and preamble.startswith(f"{title} "):
            # The title the program reader took for the preamble's first words.
            data["preamble"] = preamble[len(title) + 1 :]
        # The opening reads the number and place by the layout ("Số 1126- CV/HNDTW" beside a
        # letterhead's "*"): its reading wins over the program reader's.
        if opening.number and "number" in data:
            data["number"] = opening.number
        if opening.place and "place" in data:
            data["place"] = opening.place
        stamped = any(remark.startswith("signed_on: ") for remark in remarks)
        if stamped and opening.date:
            data["signed_on"] = opening.date  # the date line, over a digital signature's time
        period = old.get("period") or period_of(opening.title if said_title else title)
        if period:
            data["period"] = period
            # The years a plan's or a guidance's title names, or a term, may be another's:
            # the plan that carries out a program, the congress a plan prepares.
            if kind != "program" or "term" in period:
                _title_period_flag(draft, title or old.get("title") or opening.title)
        others_years(draft, old.get("title"), title, opening.title)
        signatories = []
        for signatory in old.get("signatories", []):
            signatory = dict(signatory)
            signatory["party"] = ids.get(str(signatory["party"]), signatory["party"])
            signatories.append(signatory)
        if not signatories:
            # Blocks the program reader's table does not know ("TM. BAN TUYÊN GIÁO" of a
            # Front's department, two bodies' blocks on one table row): read by the bodies'
            # grammar, with the recipients beside them unless the program reader read them.
            body = list(document.body)
            tail = signatures_start(body, 0)
            if tail < len(body):
                signatories, recipients = read_signatures(body[tail:], draft, "signatories")
                if recipients and not old.get("recipients"):
                    data["recipients"] = recipients
        if signatories:
            data["signatories"] = signatories
        for remark in remarks:
            if remark.startswith("signed_on: ") and not opening.date:
                draft.flag(
                    "signed_on",
                    "Bản sao không in dòng ngày tháng; ngày lấy từ thời gian ký số: kiểm tra.",
                    remark.split(": ", 1)[1],
                    str(data.get("signed_on")),
                )
            late = re.match(r"^deadline (?P<id>\S+?):", remark)
            if late:
                path = _task_path(data.get("task_groups", []), late["id"]) or "task_groups"
                quoted = re.search(r"'(.*)'", remark)
                draft.flag(
                    f"{path}.deadline",
                    "Thời gian thực hiện ghi trong văn bản chưa đọc được thành thời hạn: bổ sung.",
                    remark.split(": ", 1)[1],
                    quoted[1] if quoted else None,
                )
            said = re.match(r"^(?:group|task) (?P<id>\S+?):", remark)
            if said:
                path = _task_path(data.get("task_groups", []), said["id"]) or "task_groups"
                draft.flag(
                    path,
                    "Cơ quan nêu trong nội dung phối hợp chưa đọc được: bổ sung vai trò.",
                    remark.split(": ", 1)[1],
                )
        grammar = set(old.get("_grammar", []))
        for index, party in enumerate(data.get("third_parties", [])):
            if party["id"] in grammar:
                draft.flag(
                    f"third_parties[{index}]",
                    "Cơ quan đọc theo cấu trúc tên, chưa có trong bảng cơ quan đã biết: kiểm tra "
                    "tên, cấp và tỉnh.",
                    "a body read by its grammar, not in the table of known bodies: check its "
                    "name, level and province",
                    str(party["name"]),
                )
        for party in old.get("parties", []):
            if party["id"] in grammar:
                draft.parties.sources[ids[str(party["id"])]] = (str(party["name"]), False)


def _parts_parties(
    old: dict[str, Any], kind: str, document: ReadDocument, draft: DraftBuilder
) -> dict[str, str]:
    """Add the parties the program reader found; return each one's id in the draft.

    A program's parties are the bodies that lead its parts or sign it. A plan
    (one body's or a joint one) is its issuers': the letterhead's bodies (or,
    without letterhead, those its preamble names) and those that sign. The
    bodies that lead or support its tasks carry them out: they go with the third
    parties, unless they are issuers too, when their roles name the issuer's party.
    """
    ids: dict[str, str] = {}
    parties: list[dict[str, Any]] = old.get("parties", [])
    if kind not in ("plan", "joint-plan"):
        for party in parties:
            ids[str(party["id"])] = draft.parties.add_party(party, str(party["name"]))
        if not draft.parties.found and not document.opening.letterhead:
            _preamble_party(document, draft)
        return ids
    if not draft.parties.found and not document.opening.letterhead:
        _preamble_party(document, draft)
    signing = {str(s.get("party")) for s in old.get("signatories", [])}
    third = old.setdefault("third_parties", [])
    kept = []
    for party in parties:
        name = str(party["name"])
        body = read_body(name)
        # The whole name is the body's ("Ủy ban nhân dân các huyện" is no provincial committee).
        whole = body is not None and body.end >= len(name.rstrip())
        issuer = whole and body is not None and draft.parties.id_of(body) is not None
        if issuer or str(party["id"]) in signing:
            ids[str(party["id"])] = draft.parties.add_party(party, str(party["name"]))
            kept.append(party)
        elif all(str(p["id"]) != str(party["id"]) for p in third):
            taken = {str(p["id"]) for p in draft.parties.found}
            if str(party["id"]) in taken:  # an id the issuer's party holds already
                ids[str(party["id"])] = f"{party['id']}-thuc-hien"
                party = {**party, "id": ids[str(party["id"])]}
            third.append(party)
    old["parties"] = kept
    return ids


def _renamed_roles(groups: list[dict[str, Any]], ids: dict[str, str]) -> None:
    """The roles of ``groups`` and their tasks, naming each party by its id in the draft."""
    for group in groups:
        for holder in (group, *group.get("tasks", [])):
            for field in ("leads", "supports"):
                if field in holder:
                    holder[field] = list(dict.fromkeys(ids.get(i, i) for i in holder[field]))
        _renamed_roles(group.get("groups", []), ids)


def _task_path(groups: list[dict[str, Any]], wanted: str, path: str = "task_groups") -> str | None:
    """The path of the group or task whose id is ``wanted`` ("task_groups[0].groups[1]")."""
    for index, group in enumerate(groups):
        here = f"{path}[{index}]"
        if group.get("id") == wanted:
            return here
        for number, task in enumerate(group.get("tasks", [])):
            if task.get("id") == wanted:
                return f"{here}.tasks[{number}]"
        found = _task_path(group.get("groups", []), wanted, f"{here}.groups")
        if found is not None:
            return found
    return None


#: The built-in readers, in the order they are asked.
READERS: tuple[DocumentReader, ...] = (
    ReviewReader(),
    DecisionReader(),
    ArticlesReader(),
    LetterReader(),
    PartsReader(),
)
