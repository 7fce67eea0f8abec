"""What every kind of document shares, around the reader that reads its body.

Before a reader runs, :func:`read_issuers` gives the draft the parties the
layout names; readers use the shared readings of the tail (:func:`read_signatures`,
:func:`write_acts`, :func:`effect_of` ...); after it, :func:`finish` does
what every kind shares: the opening's facts, the acts cited and how (basis,
carried out), the parties' organs, the period, and the items a person must
complete. :mod:`._pipeline` runs them in that order.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from coordprog.importer._acts import (
    NUMBERED_BASIS,
    Cited,
    clauses,
    last_words,
    read_acts,
    reference_data,
    same_number,
    symbol_disagrees,
)
from coordprog.importer._bodies import party_data
from coordprog.importer._document_text import ARTICLE, UPPER_LETTERS
from coordprog.importer._grammar import (
    ORGANS,
    BodyName,
    find_bodies,
    read_body,
)
from coordprog.importer._kinds import DraftBuilder, ReadDocument
from coordprog.importer._opening import (
    Opening,
    after_consultation,
    after_first_comma,
    ends_unfinished,
    place_province,
    symbol_kinds,
    type_of,
)
from coordprog.importer._parties import (
    bodies_of_symbol,
    initials,
    known_body,
    spaced_dashes,
    under_superior,
)
from coordprog.importer._places import (
    CENTRAL_CITIES,
    capital_province,
    common_at,
    damaged_word,
    fold,
    place_key,
    province_match,
    province_misread,
)
from coordprog.importer._programs import cadence_reviews, reported_review
from coordprog.importer._recase import capitals_as_written
from coordprog.importer._tail import (
    Signed,
    cut_inside_a_word,
    cut_where_the_copy_stops,
    organ_headed_by,
    read_tail,
    recipients_closed,
    standing_organ,
)
from coordprog.importer._years import school_year, years_of_another

# --- what every kind shares -----------------------------------------------------------


def finish(document: ReadDocument, draft: DraftBuilder) -> None:
    """The opening's facts, the parties, the acts, the period and the items every draft has."""
    data = draft.data
    opening = document.opening
    data.setdefault("id", "draft")
    decision = data.get("promulgation")
    if decision is None:
        _opening_facts(opening, draft)
    _title_flags(opening, draft)
    _titles_as_written(document, draft)
    _acts(document, draft)
    _dated_before_acts(draft)
    _read_without_heading(opening, draft)
    _dated_in_a_sentence(opening, draft)
    _placed_at_copy_start(document, draft)
    _recorded_number(opening, draft)
    _typed_at_copy_start(document, draft)
    # A letter asks others: the reviews it names ("Để tổng kết, đánh giá việc thực hiện ...",
    # "tổ chức tổng kết trực tuyến") are the ones it asks them to hold, no schedule of its own.
    if "schedule" not in data and data.get("kind") != "official-letter":
        rules = schedule_of(" ".join(document.body))
        if rules:
            data["schedule"] = rules
    if not draft.parties.found:
        _issuer_of_sentence(document, draft)
    if not draft.parties.found:
        draft.flag(
            "parties",
            "Không đọc được cơ quan ban hành hoặc ký văn bản: bổ sung các bên.",
            "no body that issues or signs the document could be read: add the parties",
            opening.letterhead_text,
        )
    data["parties"] = draft.parties.found
    if len(draft.parties.found) > 1:  # parties the reader found in the preamble, too
        _joint_heads(_enacting_text(document), draft.parties.found)
    _placed_by_list(document, draft)
    _organs(document, draft)
    _placed_parties(document, draft)
    for index, party in enumerate(draft.parties.found):
        source, known = draft.parties.sources.get(str(party["id"]), ("", True))
        if not known:
            draft.flag(
                f"parties[{index}]",
                "Cơ quan đọc theo cấu trúc tên, chưa có trong bảng cơ quan đã biết: kiểm tra "
                "tên, cấp và tỉnh.",
                "a body read by its grammar, not in the table of known bodies: check its name, "
                "level and province",
                source,
            )
    if "province" not in data and opening.province:
        data["province"] = opening.province
    elif "province" not in data:
        _province_of_parties(draft)
    if "province" not in data:
        _province_of_cited(document, draft)
    _provinces_of_parties(draft)
    _placed_elsewhere(draft)
    _kind_flags(document, draft)
    _report_kind_flag(document, draft)
    if opening.title_above_type and isinstance(data.get("title"), str):
        flag_title_above_type(draft, data["title"])
    _decision_flags(document, draft)
    _cut_caption(document, draft)
    if draft.items:
        data["to_complete"] = draft.items


def _province_of_parties(draft: DraftBuilder) -> None:
    """The document's province, from the first party placed in one.

    Flagged when a central body comes first (the letterhead's): its own document names no
    province, so a later party's (a committee a title's line named) may not be the
    document's.
    """
    found = draft.parties.found
    placed = next(((i, p) for i, p in enumerate(found) if p.get("province")), None)
    if placed is None:
        return
    index, party = placed
    draft.data["province"] = party["province"]
    if any(
        item["path"] == f"parties[{index}]" and _PLACE_LINE in item["reason"]
        for item in draft.items
    ):
        # "ỦY BAN NHÂN DÂN" over "Hà Nội, ngày ...": the party's place, and so the document's
        # province, is the place line's, which a site's template may print for its own city.
        draft.flag(
            "province",
            "Tỉnh lấy từ dòng địa điểm, ngày tháng vì tiêu đề cơ quan không nêu: kiểm tra.",
            "the province is the place line's, the letterhead naming none: check it",
            draft.data.get("place"),
        )
    elif index and found[0].get("level") == "central":
        draft.flag(
            "province",
            "Bên đầu tiên là cơ quan trung ương; tỉnh được lấy từ một bên khác: kiểm tra tỉnh.",
            "the first party is a central body; the province is another party's: check it",
            str(party.get("name") or ""),
        )


def _provinces_of_parties(draft: DraftBuilder) -> None:
    """Flag the province of a document whose parties are of more than one province.

    Two provinces' People's Committees sign one regulation ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"
    beside "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"): the document's province, one of theirs, had
    been the first's without a word. It stays, listed to check with the others.
    """
    province = draft.data.get("province")
    named = dict.fromkeys(
        str(party["province"]) for party in draft.parties.found if party.get("province")
    )
    if province is None or len({place_key(name) for name in named}) < 2:
        return
    draft.flag(
        "province",
        f"Các bên thuộc nhiều tỉnh ({', '.join(named)}); tỉnh của văn bản lấy theo bên đầu "
        "tiên: kiểm tra.",
        f"the parties are of more than one province ({', '.join(named)}); the document's is "
        "the first's: check it",
        str(province),
    )


#: A province named by its unit word: "UBND tỉnh Hà Nam", "... bền vững tỉnh Thanh Hóa".
_PROVINCE_UNIT = re.compile(r"(?<!\w)(?:tỉnh|Tỉnh|TỈNH)\s+")


def _province_of_cited(document: ReadDocument, draft: DraftBuilder) -> None:
    """The province of a commune's or district's parties, when the text names only one.

    A commune's letterhead ("ỦY BAN NHÂN DÂN" / "XÃ CÁT VÂN") and its place line name no
    province; the bodies and acts its căn cứ cite do ("... của UBND tỉnh Hà Nam"). When
    every party is a commune's or a district's, printed without its province, and the text
    names one province alone with its unit word ("tỉnh"), that province is the document's
    and the parties', flagged to check. Two provinces named, or a city under the centre
    named only as a city ("thành phố Hồ Chí Minh"), leave it unset.
    """
    parties = draft.parties.found
    if not parties or any(
        p.get("province") or p.get("level") not in ("commune", "district") for p in parties
    ):
        return
    named = {
        province
        for unit in _PROVINCE_UNIT.finditer(document.text)
        if (province := province_match(document.text[unit.end() :])[0])
    }
    if len(named) != 1:
        return
    province = named.pop()
    draft.data["province"] = province
    for party in parties:
        party["province"] = province
    draft.flag(
        "province",
        f"Tiêu đề không nêu tỉnh; tỉnh ({province}) đọc từ cơ quan, văn bản được dẫn: kiểm tra.",
        f"the letterhead names no province; the province ({province}) is read from the "
        "bodies and acts the text cites: check it",
        province,
    )


#: The day the 2025 reorganisation took effect: the provinces' seats before it are known.
_REORGANISED = dt.date(2025, 7, 1)


def _placed_elsewhere(draft: DraftBuilder) -> None:
    """Flag a place line that names another province, or its seat, than every party's.

    A province's bodies sign in their province: "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" over "Hà
    Nội, ngày ..." is a copy's slip (a site's template printing its own city) or a letterhead
    misread. A province's seat before the 2025 reorganisation is its province's ("Vị Thanh"
    is Hậu Giang's; checked in a document dated before it). The place stays as printed, to
    check. A document whose parties are all central is checked against Hà Nội; one with
    central and local parties is not checked, nor a place that names no province or seat (a
    district, "Bắc Mê").
    """
    data = draft.data
    provinces = [p.get("province") for p in draft.parties.found]
    decision = data.get("promulgation") or {}
    if provinces and all(p.get("level") == "central" for p in draft.parties.found):
        _central_placed_elsewhere(draft, decision)
        return
    if not provinces or not all(provinces):
        return
    keys = {place_key(str(p)) for p in provinces}
    for holder, path, key in (
        (data, "place", "signed_on"),
        (decision, "promulgation.place", "date"),
    ):
        place = holder.get("place")
        named, seat = place_province(place), None
        dated = holder.get(key)
        if named is None and isinstance(dated, dt.date) and dated < _REORGANISED:
            named = seat = capital_province(place)
        if named is not None and place_key(named) not in keys:
            shown = f"{place}, the seat of {named}" if seat else named
            draft.flag(
                path,
                f"Địa danh ghi ở dòng ngày tháng ({shown}) không thuộc tỉnh của cơ quan ban "
                "hành: kiểm tra.",
                f"the place line names {shown}, a province none of the parties is in "
                f"({', '.join(dict.fromkeys(str(p) for p in provinces))}): check the place",
                place,
            )


#: The unit word a place line may give a city under the centre: "Thành phố Hồ Chí Minh".
_CITY_WORD = re.compile(r"^(?:Thành phố|thành phố|THÀNH PHỐ|TP\.?|Tp\.?)\s*")


def _central_placed_elsewhere(draft: DraftBuilder, decision: dict[str, Any]) -> None:
    """Flag a central body's place line that names a province other than Hà Nội.

    Ministries, the Government and the other central bodies sign in Hà Nội; the national
    database's provincial portals print their own province instead ("Long An, ngày ..." over
    a ministry's circular). The place stays as printed, to check; a place that names no
    province ("Giá Rai", a scan's line) is not checked.
    """
    for holder, path in ((draft.data, "place"), (decision, "promulgation.place")):
        place = holder.get("place")
        if not isinstance(place, str):
            continue
        named = place_province(_CITY_WORD.sub("", " ".join(place.split())))
        if named is not None and fold(named) != fold("Hà Nội"):
            draft.flag(
                path,
                f"Cơ quan trung ương ký tại Hà Nội; dòng ngày tháng ghi “{place}” (có thể là "
                "địa phương của trang đăng lại): kiểm tra.",
                f"the place line names {place}, where central bodies sign in Hà Nội (a "
                "province's reprint may print its own): check the place",
                place,
            )


def _cut_word(word: str) -> bool:
    """Whether ``word`` is lower-case letters no syllable is spelt like: it has no vowel ("ph")."""
    bare = "".join(
        char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char)
    )
    return bare.isalpha() and bare.islower() and not any(vowel in bare for vowel in "aeiouy")


def _last_articles(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The last article of the last chapter, and the last article outside chapters, with paths."""
    chapters = data.get("chapters") or []
    if chapters and chapters[-1].get("articles"):
        articles = chapters[-1]["articles"]
        yield f"chapters[{len(chapters) - 1}].articles[{len(articles) - 1}]", articles[-1]
    loose = data.get("articles") or []
    if loose:
        yield f"articles[{len(loose) - 1}]", loose[-1]


def _cut_caption(document: ReadDocument, draft: DraftBuilder) -> None:
    """An article's caption cut where the copy stops ("Điều 1. Mối quan hệ công tác và ph").

    When the copy's last line is an article's heading whose caption ends in a word no
    syllable is spelt like, the copy stopped inside that word: the article keeps no caption
    and the caption is listed to complete.
    """
    heading = ARTICLE.match(document.lines[-1]) if document.lines else None
    words = heading["caption"].split() if heading else []
    if heading is None or not words or not _cut_word(words[-1]):
        return
    for path, article in _last_articles(draft.data):
        if article.get("number") == heading["number"] and "caption" in article:
            for key in ("caption", "kind", "parties"):
                article.pop(key, None)
            draft.flag(
                f"{path}.caption",
                "Bản sao dừng giữa tên của điều: bổ sung tên điều.",
                "the copy stops inside the article's caption: add it",
                heading[0],
            )


def _title_flags(opening: Opening, draft: DraftBuilder) -> None:
    """What to check in the title: none read, re-cased from capitals, years of another act."""
    data = draft.data
    decision = data.get("promulgation")
    if "title" not in data and "number" not in data:
        draft.flag(
            "title",
            "Không đọc được tiêu đề (trích yếu) và số của văn bản: bổ sung.",
            "neither the title nor the number could be read: add them",
        )
    elif "title" not in data and opening.title_cut:
        draft.flag(
            "title",
            f"Bản sao dừng giữa từ đầu tiên của tiêu đề (“{opening.title_cut}”): bổ sung tiêu "
            "đề nếu biết.",
            f"the copy stops inside the title's first word ({opening.title_cut}): add the "
            "title if it is known",
            opening.title_cut,
        )
    elif "title" not in data:
        draft.flag(
            "title",
            "Bản sao không in tiêu đề (trích yếu) của văn bản: bổ sung nếu biết.",
            "the copy prints no title: add it if it is known",
        )
    elif opening.recased and data["title"] == opening.title:
        draft.flag(
            "title",
            "Tiêu đề in hoa đã được viết lại chữ thường: kiểm tra chữ hoa của tên riêng.",
            "the title was printed in capitals and is re-cased: check the names' capitals",
            opening.title_printed,
        )
    elif opening.type_line and any(char.islower() for char in opening.type_line):
        draft.flag(
            "title",
            "Dòng loại văn bản bị in hỏng trong bản sao (bản quét); tiêu đề có thể cũng bị "
            "hỏng: kiểm tra.",
            f"the copy misprints the type line ({opening.type_line}), as a scan does: the "
            "title may be damaged too: check it",
            opening.title,
        )
    others_years(draft, str(data.get("title") or ""), opening.title)
    if opening.title_at_copy_end:
        _title_at_copy_end(opening, draft)
    path = _opening_title_path(opening, draft)
    if opening.title_run_on and path is not None:
        draft.flag(
            path,
            "Dòng cuối của tiêu đề có thể là dòng đầu của câu mở đầu nội dung: kiểm tra tiêu "
            "đề kết thúc ở đâu.",
            "the title's last line may be the first line of the text's first sentence, "
            "broken at a page's width: check where the title ends",
            opening.title_run_on,
        )
    if opening.title_tail_in_capitals and path is not None:
        draft.flag(
            path,
            "Dòng in hoa dưới tiêu đề được đọc là phần cuối của tiêu đề (viết lại chữ thường): "
            "kiểm tra tiêu đề kết thúc ở đâu.",
            "a line in capitals under the title in small letters is read as the title's end "
            "and re-cased: check where the title ends",
            opening.title_tail_in_capitals,
        )
    if (
        opening.recased
        and decision is not None
        and data.get("title")
        and data["title"] != opening.title
        and fold(str(data["title"])).strip(' "') in fold(opening.title or "")
    ):
        draft.flag(
            "title",
            "Tên văn bản được ban hành lấy từ tiêu đề in hoa của quyết định, đã viết lại chữ "
            "thường: kiểm tra chữ hoa của tên riêng.",
            "the promulgated text's title is taken from the decision's title printed in "
            "capitals and re-cased: check the names' capitals",
            opening.title_printed,
        )
    if opening.recased and decision is not None and decision.get("title") == opening.title:
        draft.flag(
            "promulgation.title",
            "Tiêu đề in hoa đã được viết lại chữ thường: kiểm tra chữ hoa của tên riêng.",
            "the decision's title was printed in capitals and is re-cased: check the names' "
            "capitals",
            opening.title_printed,
        )


def _opening_title_path(opening: Opening, draft: DraftBuilder) -> str | None:
    """Where the draft keeps the title the opening read: a decision's, its own, or nowhere."""
    decision = draft.data.get("promulgation")
    if opening.title is None:
        return None
    if isinstance(decision, dict) and decision.get("title") == opening.title:
        return "promulgation.title"
    return "title" if draft.data.get("title") == opening.title else None


def _title_at_copy_end(opening: Opening, draft: DraftBuilder) -> None:
    """Flag the title read from the copy's last line: the copy may stop inside it."""
    path = _opening_title_path(opening, draft)
    if opening.title is not None and path is not None:  # cut in its first word: listed already
        flag_title_at_copy_end(draft, path, opening.title)


def flag_title_at_copy_end(draft: DraftBuilder, path: str, title: str) -> None:
    """Flag a title (at ``path``) read from the copy's last line: the copy may stop inside it."""
    draft.flag(
        path,
        "Bản sao dừng ngay sau dòng tiêu đề: tiêu đề có thể bị cắt, kiểm tra.",
        "the copy stops right after the title's line: the title may be cut, check it",
        title,
    )


def _titles_as_written(document: ReadDocument, draft: DraftBuilder) -> None:
    """Titles printed in capitals, with the capitals the text gives them where it writes them."""
    squashed = re.sub(r"\s+", "", document.text)
    decision = draft.data.get("promulgation")
    for holder in (draft.data, decision if isinstance(decision, dict) else {}):
        title = holder.get("title")
        if isinstance(title, str) and re.sub(r"\s+", "", title.upper()) in squashed:
            holder["title"] = capitals_as_written(title, document.text)


#: The sentence a guidance announces its provisions with, its own verb: "Ban Tuyên giáo Trung
#: ương hướng dẫn công tác tuyên truyền ... như sau:"; no other document's verb or name, and
#: no "theo", "thực hiện" or "của" before it (what the document carries out, not what it does).
_ANNOUNCES_GUIDANCE = re.compile(
    r"(?<!theo )(?<!hiện )(?<!của )(?<![.;:] )\bhướng dẫn\s(?P<what>[^.;:]{1,400}?)"
    r"\bnhư sau\s*:?\s*$"
)
_OTHER_DOCUMENT = re.compile(
    r"\b(?:ban hành|xây dựng|kế hoạch|chương trình|quy chế|quy định|thông báo|triển khai"
    r"|hướng dẫn)\b",
    re.IGNORECASE,
)


def _announced_kind(preamble: object) -> tuple[str, ...]:
    """The kind a copy without type line or number announces in its last sentence.

    A guidance reprinted without its letterhead and type line still says what it does
    before its parts: "... Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên truyền ...
    như sau:" is a guidance's.
    """
    if not isinstance(preamble, str):
        return ()
    said = _ANNOUNCES_GUIDANCE.search(preamble[-600:])
    if said is None or _OTHER_DOCUMENT.search(said["what"]):
        return ()
    return ("guidance",)


#: A window's words without its years end no title ("... giai đoạn", "... đến năm"): the copy
#: cut it before them.
_WINDOW_OPEN = re.compile(
    r"(?:^|\s)(?:giai\s+đoạn|(?:từ|đến|trong)\s+năm|nhiệm\s+kỳ)[\s.,;:]*$", re.IGNORECASE
)


#: The most words a title in capitals may hold and still be doubted as the type line's rest.
_SHORTEST_TITLE = 2


def _kind_flags(document: ReadDocument, draft: DraftBuilder) -> None:
    """What to check in the kind: a title that may go on, a kind not printed."""
    data = draft.data
    opening = document.opening
    title = data.get("title")
    if opening.title_continues and title == opening.title:
        draft.flag(
            "title",
            "Tiêu đề có thể còn tiếp ở dòng sau: kiểm tra.",
            "the title may go on over the next line: check it",
            opening.title_continues,
        )
    elif isinstance(title, str) and (ends_unfinished(title) or _WINDOW_OPEN.search(title)):
        draft.flag(
            "title",
            "Tiêu đề kết thúc bằng một từ chưa trọn ý: bản sao có thể đã cắt tiêu đề, kiểm tra.",
            "the title ends on a word no title ends on: the copy may have cut it, check it",
            title,
        )
    elif isinstance(title, str) and title.count("“") > title.count("”"):
        draft.flag(
            "title",
            "Tiêu đề mở ngoặc kép mà không đóng: bản sao có thể đã cắt tiêu đề, kiểm tra.",
            "the title opens a quotation it never closes: the copy may have cut it, check it",
            title,
        )
    short = opening.title_printed if opening.recased and title == opening.title else None
    if opening.type_line and short and len(short.split()) <= _SHORTEST_TITLE:
        # "QUY CHẾ PHỐI HỢP CÔNG TÁC" / "Giữa ...": read as the type "QUY CHẾ PHỐI HỢP" and the
        # title "CÔNG TÁC", where the heading's type may hold those words and the title follow.
        draft.flag(
            "kind",
            "Dòng loại văn bản để lại một tiêu đề chỉ một, hai từ: chỗ dứt của loại văn bản và "
            "chỗ bắt đầu của tiêu đề chưa chắc, kiểm tra cả hai.",
            "the type line leaves a title of one or two words: where the type ends and the "
            "title starts is unsure, check both",
            f"{opening.type_line} / {short}",
        )
    typed = type_of(opening.type_line) if opening.type_line else None
    if typed is not None and typed[1]:
        # "QUY CHẾ PHỐI HỢP LIÊN NGÀNH" / "Về ...": the type's words and more, the title under
        # them; the kind is read from the words it names, the rest may make it another type.
        draft.flag(
            "kind",
            "Dòng loại văn bản có thêm từ sau tên loại văn bản: kiểm tra loại văn bản.",
            "the type line holds words beyond the type's own: check the kind",
            opening.type_line,
        )
        if title == opening.title:
            draft.flag(
                "title",
                "Tiêu đề đọc từ dòng dưới dòng loại văn bản có thêm từ: kiểm tra chỗ bắt đầu "
                "của tiêu đề.",
                "the title is read under a type line that holds more words: check where it starts",
                title,
            )
    symbol = symbol_kinds(opening.number)
    if (
        opening.type_line
        and "promulgation" not in data
        and symbol
        and data.get("kind") not in symbol
    ):
        # "QUY ĐỊNH PHÂN CẤP ..." under "Số: 12/2025/TT-BNNMT": the circular's type line is
        # lost and its title, which opens with the verb "Quy định", is read as one.
        draft.flag(
            "kind",
            "Ký hiệu của số văn bản chỉ loại văn bản khác với dòng được đọc là loại văn bản: "
            "bản sao có thể đã mất dòng loại văn bản, kiểm tra.",
            "the number's symbol names another kind than the line read as the type line: the "
            "copy may have lost its type line; check it",
            f"{opening.number_text or opening.number} / {opening.type_line}",
        )
    if opening.type_line is None and "promulgation" not in data and data.get("kind") == "program":
        # No type line and nothing read as a program's: the number's symbol names the kind
        # ("612/QĐ-UBND" a decision, "07/2015/TT-BTP" a circular) better than the default.
        named = symbol_kinds(opening.number) or _announced_kind(data.get("preamble"))
        if named and "program" not in named:
            data["kind"] = named[0]
    if opening.type_line is None and "promulgation" not in data and data.get("kind"):
        draft.flag(
            "kind",
            "Bản sao không in loại văn bản; loại văn bản được suy ra từ số, ký hiệu và cấu trúc: "
            "kiểm tra.",
            "the copy prints no type line: the kind is inferred from the number and the layout",
            data.get("number"),
        )
    found = ("parties", "task_groups", "purposes", "legal_refs", "chapters", "articles")
    if (
        not any(data.get(part) for part in found)
        and "promulgation" not in data
        and opening.type_line is None
    ):
        # Still a draft: the user imported it as a coordination document; a person decides.
        draft.flag(
            "kind",
            "Không nhận ra bên, phần, nhiệm vụ, điều khoản hay văn bản được dẫn nào: kiểm tra đây "
            "có phải văn bản phối hợp không và loại văn bản.",
            "no parties, parts, tasks, articles or acts recognised: check that it is a "
            "coordination document, and its kind",
            " ".join(document.lines[:3]) or None,
        )


def flag_title_above_type(draft: DraftBuilder, title: str) -> None:
    """Flag a title read above the type line: where it starts is a guess."""
    draft.flag(
        "title",
        "Tiêu đề đọc từ các dòng in trên dòng loại văn bản (không có dòng nào dưới nó): kiểm "
        "tra tiêu đề.",
        "the title is read from the lines above the type line, none under it: check it",
        title,
    )


def _report_kind_flag(document: ReadDocument, draft: DraftBuilder) -> None:
    """A report's type line over a text drafted as another kind: the kind is a guess.

    "BÁO CÁO" (or "BIÊN BẢN") is read into records when its title names what it reviews; a
    copy that printed the title above the type line ("Tổng kết hoạt động ..." / "BÁO CÁO")
    leaves none under it, and the text is drafted as a program or a letter, which no report
    is: the kind is flagged, not trusted.
    """
    kind = draft.data.get("kind")
    if document.opening.kind != "report" or "promulgation" in draft.data or not kind:
        return
    draft.flag(
        "kind",
        "Dòng loại văn bản là báo cáo (biên bản) nhưng văn bản được đọc như loại khác: kiểm tra "
        "loại văn bản.",
        f"the type line is a report's ({document.opening.type_line}), but the text is drafted as "
        f"another kind ({kind}): check the kind",
        document.opening.type_line,
    )


def _decision_flags(document: ReadDocument, draft: DraftBuilder) -> None:
    """What to check in a promulgating decision: no number, one of another kind, a title cut.

    A decision dated but numbered nowhere was copied without its Số line (a site that prints
    the letterhead on one line and goes on to the place and date): every decision has a
    number, so it is listed to add. The number's symbol names the kind of the document it
    numbers ("QĐ" a decision, "KH" a plan): "QUYẾT ĐỊNH" over "Số: 08/2016/KH-UBND" holds a
    misread number, or a type line that is not the document's. A title that ends on a word
    no title ends on ("Ban hành Quy chế phối hợp ... của") was cut by the copy. All stay as
    read, to check.
    """
    decision = draft.data.get("promulgation")
    if not isinstance(decision, dict):
        return
    if decision.get("date") and not decision.get("number"):
        draft.flag(
            "promulgation.number",
            "Bản sao không in số của quyết định (không có dòng Số): bổ sung số.",
            "the copy prints no number for the decision (no Số line): add it",
        )
    opening = document.opening
    symbol = symbol_kinds(decision.get("number"))
    if opening.type_line and symbol and decision.get("kind") not in symbol:
        shown = f"{opening.number_text or decision['number']} / {opening.type_line}"
        for path in ("promulgation.number", "promulgation.kind"):
            draft.flag(
                path,
                "Ký hiệu của số văn bản chỉ loại văn bản khác với dòng loại văn bản của quyết "
                "định: kiểm tra số và loại văn bản.",
                f"the number's symbol names another kind than the decision's type line "
                f"({shown}): check the number and the kind",
                shown,
            )
    if not opening.type_line and not symbol and decision.get("kind") == "resolution":
        draft.flag(
            "promulgation.kind",
            "Loại của quyết định chỉ đọc từ lời quyết nghị (QUYẾT NGHỊ), mà nghị quyết liên "
            "tịch cũng dùng; bản sao không in dòng loại văn bản và số: kiểm tra.",
            "the kind is read from the enacting words alone (QUYẾT NGHỊ), which a joint "
            "resolution shares; the copy prints no type line or number: check it",
        )
    title = decision.get("title")
    if isinstance(title, str) and ends_unfinished(title):
        draft.flag(
            "promulgation.title",
            "Tiêu đề của quyết định kết thúc bằng một từ chưa trọn ý: bản sao có thể đã cắt "
            "tiêu đề, kiểm tra.",
            "the decision's title ends on a word no title ends on: the copy may have cut it, "
            "check it",
            title,
        )


#: A local organ named without its unit and place, as a letterhead cut to one line prints it.
_LOCAL_ORGAN = re.compile(r"^(?:Ủy|Uỷ) ban nhân dân$|^Hội đồng nhân dân$", re.IGNORECASE)

#: A body's name that stops at its unit word: "Ủy ban nhân dân tỉnh", no place after it.
_UNPLACED = re.compile(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$", re.IGNORECASE)


def others_years(draft: DraftBuilder, *titles: str | None) -> None:
    """List the period to add when a title's years are another act's (:func:`years_of_another`).

    A title that names a school year ("năm học 2018 - 2019") gives no calendar years either:
    the period is listed to add, with the school year quoted.
    """
    others = next((t for t in titles if years_of_another(t)), None)
    if "period" in draft.data or any(item["path"] == "period" for item in draft.items):
        return
    school = next((found for t in titles if (found := school_year(t))), None)
    if others is None and school is not None:
        draft.flag(
            "period",
            "Tên văn bản nêu một năm học (từ tháng 9 đến tháng 5 năm sau), không phải các năm "
            "dương lịch: bổ sung thời hạn của văn bản nếu văn bản có nêu.",
            "the title names a school year (September to May), not calendar years: add the "
            "document's own period if it states one",
            school,
        )
    if others is None:
        return
    draft.flag(
        "period",
        "Các năm nêu trong tên văn bản là của văn bản hoặc sự kiện khác: bổ sung thời hạn "
        "của văn bản nếu văn bản có nêu.",
        "the years the title names are another act's or event's: add the document's own "
        "period if it states one",
        others,
    )


#: A verb of issuing right after a body's name, in any case: "UBND tỉnh ban hành kế hoạch".
_ISSUING_VERB = re.compile(r"\s+(?:đã\s+)?(?:ban\s+hành|xây\s+dựng)(?!\w)", re.IGNORECASE)


def _unit_of_issuer(document: ReadDocument) -> str | None:
    """The level word a text gives its own issuer named without a place, folded, or None.

    "..., UBND tỉnh ban hành kế hoạch thực hiện ... như sau": the issuer is
    a province's People's Committee ("tinh"), whatever city the place line
    names.
    """
    text = "\n".join(document.lines[: document.opening.end + 40])
    for body in find_bodies(text):
        if body.unit and not body.place and _ISSUING_VERB.match(text, body.end):
            return fold(body.unit)
    return None


#: The words of a party's flag when the party was read (its place, or its name) from the
#: place-and-date line: the document's province taken from that party is flagged by them too.
_PLACE_LINE = "dòng địa điểm"


def _unplaced_signatures(draft: DraftBuilder, party_id: str, name: str) -> None:
    """Flag the signatures for a party named without its place: whose they are is doubted too.

    "TM. ỦY BAN NHÂN DÂN" over a letterhead the copy cut signs for "Ủy ban nhân dân", of no
    place; the party is flagged, and each signature that names it as its body.
    """
    decision = draft.data.get("promulgation")
    holders = [(draft.data, "signatories")]
    if isinstance(decision, dict):
        holders.append((decision, "promulgation.signatories"))
    for holder, path in holders:
        for index, signatory in enumerate(holder.get("signatories") or []):
            if isinstance(signatory, dict) and signatory.get("party") == party_id:
                draft.flag(
                    f"{path}[{index}].party",
                    "Chữ ký của cơ quan không nêu địa danh: kiểm tra cơ quan.",
                    "the signature is for a body named without its place: check the body",
                    name,
                )


def _placed_parties(document: ReadDocument, draft: DraftBuilder) -> None:
    """A party named without its place ("Ủy ban nhân dân tỉnh") takes it from the place line.

    A letterhead without its second line and an organ line such as "CHỦ
    TỊCH ỦY BAN NHÂN DÂN TỈNH" leave the place to the place-and-date line
    ("Hưng Yên, ngày ..."); a province's People's Committee signs in its
    province's name, so the place is the province's when it names one. A
    city under the centre ("Hà Nội") is no province's place when the text
    calls its issuer a province's ("UBND tỉnh ban hành ..."): that party
    keeps the level word the text gives it and no place. The party is
    listed to check either way.
    """
    opening = document.opening
    said = _unit_of_issuer(document)
    for index, party in enumerate(draft.parties.found):
        name = str(party.get("name", ""))
        bare = _LOCAL_ORGAN.match(name) is not None
        if party.get("province") or not (_UNPLACED.search(name) or bare):
            continue
        province, length = province_match(opening.place or "")
        placed = (
            province is not None
            and length >= len(fold(opening.place or "").rstrip())
            and (party.get("level") == "province" or bare)
            and not (province in CENTRAL_CITIES and said == fold("tỉnh"))
        )
        if not placed and bare and said == fold("tỉnh"):
            party["name"] = name = f"{name} tỉnh"
            party["level"] = "province"
        if placed and province is not None:
            unit = "" if not bare else (" thành phố" if province in CENTRAL_CITIES else " tỉnh")
            party["name"] = f"{name}{unit} {province}"
            party["province"] = province
            party["level"] = "province"
        draft.flag(
            f"parties[{index}]",
            "Tên cơ quan không nêu địa danh"
            + (f"; địa danh lấy từ {_PLACE_LINE}, ngày tháng" if placed else "")
            + ": kiểm tra.",
            "the body is named without its place"
            + ("; the place is taken from the place-and-date line" if placed else "")
            + ": check it",
            name if not placed else f"{name} ... {opening.place}",
        )
        if not placed:
            _unplaced_signatures(draft, str(party.get("id")), name)


#: Standing organs that act for their body: "Thường trực Hội đồng nhân dân tỉnh".
_STANDING = re.compile(
    r"(?:Ban\s+Thường\s+trực|Thường\s+trực|Đoàn\s+Chủ\s+tịch|Ban\s+Thường\s+vụ|Đảng\s+đoàn)\s+$",
    re.IGNORECASE,
)


#: "của" before a standing organ: the organ wrote something cited, it does not act here; a
#: letter's addressee line before it ("Kính gửi: - Ban Thường vụ Liên đoàn Lao động các quận"):
#: the organ the letter is sent to, not the one that sends it.
_AUTHOR_OF = re.compile(r"(?<!\w)của\s*$|Kính\s+gửi\s*:?[\s\-\u2013]*$", re.IGNORECASE)


#: What joins two bodies of one list: a comma or "và", a standing organ's words before the next
#: body ("..., Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận ...").
_LIST_JOINT = re.compile(r"\s*(?:,|,?\s+và)\s+(?:(?:Ban\s+)?Thường\s+trực\s+)?", re.IGNORECASE)


def _listed_runs(text: str) -> list[list[BodyName]]:
    """The bodies ``text`` names one after another, joined only by :data:`_LIST_JOINT`."""
    runs = _runs_of_bodies(text, lambda between: _LIST_JOINT.fullmatch(between) is not None)
    return [run for run in runs if len(run) > 1]


def _runs_of_bodies(text: str, joins: Callable[[str], bool]) -> list[list[BodyName]]:
    """The bodies ``text`` names, in runs of those whose words between ``joins`` accepts."""
    runs: list[list[BodyName]] = []
    for body in find_bodies(text):
        if runs and joins(text[runs[-1][-1].end : body.start]):
            runs[-1].append(body)
        else:
            runs.append([body])
    return runs


def _placed_by_list(document: ReadDocument, draft: DraftBuilder) -> None:
    """Parties named without a place take the place that closes the list they are named in.

    "Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy
    ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn thống nhất ban hành ...": the
    province after the last body of the list is each body's, as a title's
    "giữa Hội đồng nhân dân, Ủy ban nhân dân và Ủy ban Mặt trận ... tỉnh
    Đồng Nai" places all three.  Only a party the list names without a unit
    word or place of its own is placed, and only by a last body that names
    a province with its unit word ("tỉnh", "thành phố"); the reading is
    listed to check.
    """
    texts = [_preamble(document), document.opening.title or ""]
    for run in (run for text in texts for run in _listed_runs(text)):
        last = run[-1]
        if last.unit is None or last.province is None or last.level != "province":
            continue
        for body in run[:-1]:
            party_id = draft.parties.id_of(body)
            if body.unit or body.place or party_id is None:
                continue
            party = draft.parties.found[draft.parties.index_of(party_id)]
            placed = read_body(f"{body.name} {last.unit} {last.place}")
            if party.get("province") or placed is None or placed.province != last.province:
                continue
            draft.parties.add(placed, f"{body.name} ... {last.unit} {last.place}")
            draft.flag(
                f"parties[{draft.parties.index_of(party_id)}]",
                "Địa danh của cơ quan đọc từ cơ quan cuối cùng trong danh sách: kiểm tra.",
                "the body's place is read from the last body of the list it is named in: check it",
                f"{body.name} ... {last.name}",
            )


def _organs(document: ReadDocument, draft: DraftBuilder) -> None:
    """The standing organ that acts for a party, as the title or preamble names it.

    "Thường trực Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh thống nhất
    ban hành ..." gives the council's party the issuing organ "Thường trực
    Hội đồng nhân dân tỉnh".
    """
    texts = [str(draft.data.get("title") or ""), str(draft.data.get("preamble") or "")]
    texts.append(document.opening.letterhead_text or "")
    for text in texts:
        for body in find_bodies(text):
            before = text[max(0, body.start - 40) : body.start]
            organ = _STANDING.search(before)
            if organ is None or _AUTHOR_OF.search(before[: organ.start()]):
                continue  # "Tờ trình của Ban Thường vụ Tỉnh ủy": a paper's author, or an addressee
            party_id = draft.parties.id_of(body)
            if party_id is None:
                continue
            party = next(p for p in draft.parties.found if p["id"] == party_id)
            named = " ".join(text[body.start : body.end].split())
            bare = not body.unit and not body.place  # "Hội đồng Nhân dân", no "tỉnh" after it
            if bare and fold(str(party["name"])).startswith(f"{fold(named)} "):
                named = str(party["name"])  # "Thường trực Hội đồng nhân dân, ... tỉnh Đồng Nai"
            said = f"{organ[0].strip()} {named}"
            party.setdefault("issuing_organ", said[:1].upper() + said[1:])


def _squashed(number: str) -> str:
    return fold(number).replace(" ", "")


def _opening_facts(opening: Opening, draft: DraftBuilder) -> None:
    """The number, place, date and title of the opening, where the reader set none.

    Where the reader read a number, place or date of its own that the
    opening reads otherwise, the longer place wins when it ends with the
    other (a place broken over two lines: "Tiền" / "Giang, ngày ..."); any
    other disagreement is flagged with the opening's text, never kept
    silently.
    """
    data = draft.data
    said = opening.date_text
    if opening.date is None and opening.date_in_part is not None:
        draft.flag(
            "signed_on",
            "Bản sao để trống ngày (và tháng) ký: bổ sung nếu biết.",
            "the copy leaves the day (and month) of signing blank: add it if it is known",
            said,
        )
    for field, value, text in (
        ("number", opening.number, opening.number_text),
        ("place", opening.place, said),
        ("signed_on", opening.date or (opening.date_in_part and str(opening.date_in_part)), said),
    ):
        if not value:
            continue
        if field not in data:
            data[field] = value
            continue
        read = data[field]
        if read == value:
            continue
        if isinstance(value, str) and field == "place" and value.endswith(f" {read}"):
            data[field] = value
            continue
        same = isinstance(value, str) and _squashed(str(read)) == _squashed(value)
        if field == "number" and same:
            continue
        draft.flag(
            field,
            "Phần đầu văn bản đọc ra giá trị khác: kiểm tra.",
            f"the opening reads {value} where the body's reader read {read}: check it",
            text,
        )
    misread = province_misread(opening.place) if opening.place else None
    if misread is not None and data.get("place") == opening.place:
        data["place"] = misread
        draft.flag(
            "place",
            f"Địa danh in là “{opening.place}”, đọc là {misread}: kiểm tra.",
            f"the place is printed {opening.place}, one letter off {misread}: check it",
            said,
        )
    spaced = re.search(r"\d[ \t]+\d", opening.number_text or "")
    if opening.number_cut and data.get("number") == opening.number and spaced:
        draft.flag(
            "number",
            f"Số thứ tự in có dấu cách (“{opening.number_text}”), đọc là {opening.number}: "
            "kiểm tra.",
            f"the number line prints its serial with a space ({opening.number_text}), read as "
            f"{opening.number}: check it",
            opening.number_text,
        )
    elif opening.number_cut and data.get("number") == opening.number:
        draft.flag(
            "number",
            "Số hiệu bị hỏng trong bản sao (còn phần sau dấu cách): kiểm tra.",
            f"the number line goes on past {opening.number}, damaged by the copy: check it",
            opening.number_text,
        )
    if opening.other_date and opening.date is not None and data.get("signed_on") == opening.date:
        draft.flag(
            "signed_on",
            "Phần đầu in hai dòng địa danh, ngày tháng khác ngày: dòng đầu được đọc, kiểm tra.",
            f"the opening prints another place-and-date line ({opening.other_date}): the first "
            "is read; check it",
            f"{said} / {opening.other_date}",
        )
    if opening.other_number and data.get("number") == opening.number:
        draft.flag(
            "number",
            "Phần đầu in hai số văn bản (mỗi cơ quan một số): số đầu được giữ, kiểm tra.",
            f"the opening prints another number ({opening.other_number}), each body's its own: "
            f"{opening.number}, the first, is kept; check it",
            f"{opening.number_text} / {opening.other_number}",
        )
    if opening.title and "title" not in data:
        data["title"] = opening.title


def read_issuers(document: ReadDocument, draft: DraftBuilder) -> None:
    """The parties the layout names: the letterhead, the deciding body, an old heading.

    A copy that prints none of them may still name the issuer in its Party
    number's symbol ("490-CV/BDVTW": the Ban Dân vận Trung ương).
    """
    opening = document.opening
    if not (opening.heading_bodies or opening.letterhead or opening.issuer) and opening.number:
        symbol = re.fullmatch(r"\d+[a-z]?-[^/]+/(?P<issuer>[^/-]+)", opening.number)
        known = known_body(symbol["issuer"], document.bodies) if symbol else None
        if known is not None:
            draft.parties.add_party(party_data(known), opening.number_text or opening.number)
        else:
            _issuer_from_symbol(document, draft)
    for body in opening.heading_bodies:
        draft.parties.add(body, opening.title_printed or "")
    issuer = opening.issuer
    letterhead = [] if _under_superior(document, draft) else opening.letterhead
    for position, body in enumerate(letterhead):
        if issuer is not None and _same_organ(body, issuer.body):
            continue  # the line under the title names it in full
        last = position == len(opening.letterhead) - 1
        cut = _CUT.search(opening.letterhead_text or "") if last else None
        whole = _completed(body, cut["joint"], document) if cut else None
        party_id = draft.parties.add(
            whole or body, opening.letterhead_text or body.name, organ=body.acting
        )
        if cut:
            index = draft.parties.index_of(party_id)
            draft.flag(
                f"parties[{index}].name",
                "Dòng tiêu đề bị cắt sau một từ nối"
                + ("; tên cơ quan lấy từ văn bản" if whole else "")
                + ": kiểm tra.",
                "the copy cut the letterhead's line after a joining word"
                + ("; the body's whole name is the one the text gives" if whole else "")
                + ": check it",
                opening.letterhead_text or body.name,
            )
        if body.restored_from is not None:
            index = draft.parties.index_of(party_id)
            draft.flag(
                f"parties[{index}].name",
                "Dòng tiêu đề bị mất chữ đầu trong bản sao; tên cơ quan đã được bổ sung: kiểm tra.",
                "the copy cut the first letters of the letterhead's line; the organ's name was "
                "completed: check it",
                body.restored_from,
            )
    if issuer is not None:
        draft.parties.add(
            issuer.body,
            issuer.printed,
            organ=issuer.organ,
            province=opening.province,
        )
    _enacting_together(document, draft)
    _joint_symbol(document, draft)
    _standing_organ(document, draft)
    _level_from_symbol(document, draft)


def _under_superior(document: ReadDocument, draft: DraftBuilder) -> bool:
    """Add the issuer of a letterhead that keeps only its superior's line; whether it did.

    "TỔNG LIÊN ĐOÀN LAO ĐỘNG" alone over a letter numbered "730/LĐLĐ" from
    "TP. Hồ Chí Minh" is the city's Labour Federation's letterhead whose
    own line the copy lost (:func:`under_superior`): the federation is the
    party, the Confederation the body over it, and the reading is listed to
    check.
    """
    opening = document.opening
    if len(opening.letterhead) != 1 or opening.issuer is not None:
        return False
    superior = opening.letterhead[0]
    text = "\n".join(document.lines[opening.end : opening.end + 40])
    body = under_superior(superior, opening.number, text, opening.place)
    if body is None:
        return False
    party_id = draft.parties.add(
        attrs.evolve(body, parent=superior.name), opening.letterhead_text or superior.name
    )
    index = draft.parties.index_of(party_id)
    draft.flag(
        f"parties[{index}]",
        "Dòng tiêu đề chỉ còn tên cơ quan cấp trên; cơ quan ban hành đọc từ ký hiệu số, "
        f"văn bản và {_PLACE_LINE}: kiểm tra.",
        "the letterhead keeps only the superior body's line; the issuer is read from the "
        "number's symbol, the text and the place line: check it",
        f"{opening.letterhead_text or superior.name} ... {opening.number}",
    )
    return True


#: A letterhead that ends on a joining word was cut at its table's edge ("BỘ NÔNG NGHIỆP VÀ").
_CUT = re.compile(r"\s(?P<joint>VÀ|CỦA|VỚI|,)\s*$")


def _completed(body: BodyName, joint: str, document: ReadDocument) -> BodyName | None:
    """The body a cut letterhead names, as the document's text names it whole, or None.

    "BỘ NÔNG NGHIỆP VÀ" is the start of a name the preamble gives whole
    ("Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành ..."): the first body
    the text names that starts with the letterhead's words and goes on.
    """
    start = fold(" ".join(body.name.split()))
    joint = fold(joint)
    start += joint if joint == "," else f" {joint}"
    text = "\n".join(document.lines[document.opening.end : document.opening.end + 60])
    for named in find_bodies(text):
        name = fold(" ".join(named.name.split()))
        if name.startswith(start + " ") and named.level == body.level:
            return named
    return None


def _issuer_from_symbol(document: ReadDocument, draft: DraftBuilder) -> None:
    """The issuer of a copy without letterhead, from its number's symbol and its place line.

    "Số: 16/2025/NQ-HĐND", "Phú Thọ, ngày ...": the People's Council of the
    province the place line names.  Only a local organ's short form and a
    place line that is a province's name make a party, flagged with the
    number and the place.
    """
    opening = document.opening
    if _central_issuer_from_symbol(document, draft):
        return
    symbol = re.search(r"-(?P<symbol>[A-ZĐ]{2,})$", opening.number or "")
    province = place_province(opening.place)
    if symbol is None or province is None:
        return
    organ = next(
        (
            organ
            for organ in ORGANS
            if organ.placed and not organ.central and symbol["symbol"] in organ.short
        ),
        None,
    )
    if organ is None:
        return
    unit = "thành phố" if province in CENTRAL_CITIES else "tỉnh"
    body = read_body(f"{organ.words} {unit} {province}")
    if body is None or body.province != province:
        return
    said = f"{opening.number_text or opening.number}; {opening.date_text or opening.place}"
    party_id = draft.parties.add(body, said)
    index = draft.parties.index_of(party_id)
    draft.flag(
        f"parties[{index}]",
        "Bản sao không in tên cơ quan ban hành: cơ quan được suy ra từ ký hiệu văn bản và "
        "địa danh, kiểm tra.",
        "the copy prints no issuer: the body is read from the number's symbol and the place "
        "line: check it",
        said,
    )


#: Central issuers whose symbol is no short form the body grammar reads in a text ("TLĐ" is
#: written for the Confederation only in numbers).
_CENTRAL_SYMBOLS = {
    "TLĐ": "Tổng Liên đoàn Lao động Việt Nam",
    "MTTW": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
}


def _central_issuer_from_symbol(document: ReadDocument, draft: DraftBuilder) -> bool:
    """The central issuer a copy without letterhead names only in its number; whether found.

    "Số: 117/2003/NĐ-CP": a decree is the Government's; "QĐ-TTg" the Prime
    Minister's, "QĐ-TLĐ" the Labour Confederation's. The party is flagged with
    the number it was read from.
    """
    number = document.opening.number or ""
    symbol = re.search(r"-(?P<symbol>[A-ZĐ][A-ZĐa-z]+)$", number)
    if symbol is None:
        return False
    said = symbol["symbol"]
    organ = next((o for o in ORGANS if o.central and said in o.short), None)
    name = organ.words if organ is not None else _CENTRAL_SYMBOLS.get(said)
    body = read_body(name) if name else None
    if body is None:
        return False
    party_id = draft.parties.add(body, document.opening.number_text or number)
    draft.flag(
        f"parties[{draft.parties.index_of(party_id)}]",
        "Bản sao không in tên cơ quan ban hành: cơ quan được suy ra từ ký hiệu văn bản, kiểm tra.",
        "the copy prints no issuer: the body is read from the number's symbol: check it",
        document.opening.number_text or number,
    )
    return True


#: A body's verb of issuing the document, right after its name: "Ủy ban nhân dân tỉnh xây
#: dựng Kế hoạch ... như sau", "Ban Thường vụ Tỉnh ủy ... đã ban hành Chỉ thị số 17 ...".
_ISSUES = re.compile(
    # The kind in small letters too: "ủy ban nhân dân xã xây dựng kế hoạch chương trình ...".
    r"\s+(?:đã\s+)?(?:[Bb]an\s+hành|[Xx]ây\s+dựng)\s+(?i:Kế\s+hoạch|Chỉ\s+thị|Quyết\s+định|Quy\s+chế"
    r"|Quy\s+định|Chương\s+trình|Hướng\s+dẫn|Nghị\s+quyết|Thông\s+báo|Kết\s+luận)(?!\w)"
    # A notice's own sentence: "Ủy ban nhân dân phường A thông báo (về) việc lấy ý kiến ...".
    r"|\s+thông\s+báo\s+(?:[Vv]ề\s+)?việc(?!\w)"
)


#: The words of a district's level that name no province ("huyện", "quận", "thị xã").
_DISTRICT_UNITS = ("huyện", "quận", "thị xã")


def _district_in(title: str, unit: str) -> str | None:
    """The place a title names after a district's level word: "huyện U Minh Thượng".

    A common word the title capitalises after the level word ("Đại hội ... huyện Lần thứ
    VIII") is no place's.
    """
    for found in re.finditer(rf"(?<!\w){re.escape(unit)}\s+", title):
        words: list[str] = []
        after = title[found.end() :].split()
        for index, word in enumerate(after):
            if not word[:1].isupper() or common_at(after, index):
                break
            words.append(word.rstrip(",.;:"))
            if word[-1:] in ",.;:":
                break
        if words:
            return " ".join(words)
    return None


#: An act's number right after its kind: "... Quyết định số 12/QĐ-BCA".
_NUMBERED_AFTER = re.compile(r"\s+số\s*\d")


def _issuer_of_sentence(document: ReadDocument, draft: DraftBuilder) -> None:
    """The bodies a copy without letterhead or signature says issue it, in its own words.

    "Uỷ ban nhân dân tỉnh xây dựng Kế hoạch ... như sau", "Ban Thường vụ Tỉnh ủy Yên Bái
    đã ban hành Chỉ thị số 17", "A và B xây dựng Kế hoạch số ...": the bodies named together
    right before such a verb, the first time one is, each its province taken from the title
    when the sentence names none. Flagged with the sentence.
    """
    text = "\n".join(document.lines[: document.opening.end + 40])
    runs = _runs_of_bodies(text, lambda between: _JOINED.match(between) is not None)
    issuing = [
        (subject, verb)
        for run in runs
        if (verb := _ISSUES.match(text, run[-1].end)) is not None
        and (subject := _subject_of(text, run))
    ]
    # "Năm 2019, Bộ Công an đã ban hành Quyết định số 12/QĐ-BCA; nay Sở Tư pháp xây dựng Kế
    # hoạch ...": an act issued before, numbered, is another; the body making this one is
    # the one whose act has no number yet, when there is one.
    unnumbered = [run for run, verb in issuing if not _NUMBERED_AFTER.match(text, verb.end())]
    run = next(iter(unnumbered), issuing[0][0] if issuing else None)
    if run is None:
        return
    start = text.rfind("\n", 0, run[0].start) + 1
    end = text.find("\n", run[-1].end)
    sentence = " ".join(text[start : end if end != -1 else len(text)].split())
    for body in run:
        party_id = draft.parties.add(_placed_by_title(body, document), sentence)
        draft.flag(
            f"parties[{draft.parties.index_of(party_id)}]",
            "Bản sao không in tiêu đề cơ quan: bên ban hành đọc từ câu nói cơ quan ban hành văn "
            "bản, kiểm tra.",
            "the copy prints no letterhead: the issuer is read from the sentence that says who "
            "issues the document: check it",
            sentence,
        )


#: A standing organ's words between "của" and the body it heads: "của Thường vụ Đảng ủy xã".
_STANDING_OF = re.compile(r"(?:(?:Ban\s+)?Thường\s+(?:vụ|trực)\s+)?$", re.IGNORECASE)


def _subject_of(text: str, run: list[BodyName]) -> list[BodyName]:
    """The bodies of ``run`` that are the subject of the verb after it, none if it has none.

    A run after "của" names who wrote an act the sentence cites ("... của Bộ Công an xây
    dựng ..." is no subject), unless a comma ends that phrase and the subject follows it:
    "Thực hiện ... phong trào thi đua của Thường vụ Đảng ủy xã, ủy ban nhân dân xã xây dựng
    kế hoạch": the committee after the last comma is the subject.
    """
    before = text[max(0, run[0].start - 60) : run[0].start]
    standing = _STANDING_OF.search(before)
    bare = before[: standing.start()] if standing else before
    if not _AUTHORED.search(before) and not _AUTHORED.search(bare):
        return run
    commas = [i for i in range(1, len(run)) if "," in text[run[i - 1].end : run[i].start]]
    return run[commas[-1] :] if commas else []


def _placed_by_title(body: BodyName, document: ReadDocument) -> BodyName:
    """A body named with its level word alone ("Ủy ban nhân dân tỉnh"), placed by the title.

    A district's body ("Ủy ban nhân dân huyện") is placed by the district its title names
    with the same word ("... trên địa bàn huyện U Minh Thượng"), not by a province.
    """
    if not body.unit or body.place:
        return body
    title = document.opening.title or ""
    if fold(body.unit) in _DISTRICT_UNITS:
        place = _district_in(title, body.unit)
        return (read_body(f"{body.name} {place}") if place else None) or body
    if fold(body.unit) not in ("tỉnh", "thành phố"):
        return body  # a commune's body: the title's province is not its name
    named = (
        province_match(title[unit.end() :])[0]
        for unit in re.finditer(rf"(?i)(?<!\w){re.escape(body.unit)}\s+", title)
    )
    province = next((name for name in named if name), None)
    placed = read_body(f"{body.name} {province}") if province else None
    return placed or body


def _level_from_symbol(document: ReadDocument, draft: DraftBuilder) -> None:
    """The level of a party printed without its place, as the number's symbol gives it.

    A copy that keeps only "VIỆN KIỂM SÁT NHÂN DÂN" of its letterhead, with
    the number "01/2009/CT-VKSTC", is of the Supreme People's Procuracy: the
    symbol is the short form of a central organ whose name starts with the
    party's.  The level so read is flagged with the number.
    """
    number = document.opening.number
    symbol = re.search(r"[-/](?P<symbol>[A-ZĐ]{3,})$", number or "")
    if symbol is None:
        return
    for index, party in enumerate(draft.parties.found):
        body = draft.parties.bodies.get(str(party["id"]))
        if party.get("level") or body is None or body.place is not None:
            continue
        central = next(
            (
                organ
                for organ in ORGANS
                if organ.central
                and symbol["symbol"] in organ.short
                and fold(organ.words).startswith(fold(body.organ) + " ")
            ),
            None,
        )
        if central is None:
            continue
        party["level"] = "central"
        draft.flag(
            f"parties[{index}].level",
            f"Cấp của cơ quan suy ra từ ký hiệu văn bản ({central.words}): kiểm tra.",
            f"the body's level is read from the number's symbol ({central.words}): check it",
            document.opening.number_text or number,
        )


#: The place an association's name may end with, its words capitalised after its level's
#: word, or that word alone ("thành phố", "tỉnh Bắc Giang"): no other body joined to it ("...
#: tỉnh phối hợp với Sở Tư pháp xây dựng ...").
_ITS_PLACE = (
    r"(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
    rf"(?:\s+[{UPPER_LETTERS}][\w-]*)*)?"
)
#: An organisation's standing organ acting in the opening sentence of its own document: "Ban
#: Bí thư Trung ương Đoàn hướng dẫn ...", "Ban Thường vụ Trung ương Hội đề nghị ...", a local
#: union's "Ban Thường vụ Hội Nông dân thành phố hướng dẫn ...", a Front committee's "Ban Thường
#: trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn ..."; each ends at its place, no body joined to it.
_ACTING_ORGAN = re.compile(
    r"(?P<organ>(?:Ban\s+Bí\s+thư|Ban\s+Thường\s+vụ|Ban\s+Thường\s+trực|Đoàn\s+Chủ\s+tịch)"
    r"(?:\s+Trung\s+ương\s+(?:Đoàn|Hội)|\s+(?:Tỉnh|Thành|Huyện)\s+đoàn"
    rf"|\s+(?:Ủy|Uỷ)\s+ban\s+(?:MTTQ|Mặt\s+trận)(?:\s+Tổ\s+quốc)?(?:\s+Việt\s+Nam)?{_ITS_PLACE}"
    rf"|\s+Hội\s+(?:Nông\s+dân|Liên\s+hiệp\s+Phụ\s+nữ|Cựu\s+chiến\s+binh){_ITS_PLACE})?)"
    r"\s+(?:hướng\s+dẫn|ban\s+hành|đề\s+nghị|xây\s+dựng|thông\s+báo|quyết\s+định"
    r"|yêu\s+cầu|chỉ\s+đạo|triển\s+khai)(?!\w)"
)


#: The Party's Central Committee acting through its standing organs: "Ban Bí thư quy định
#: ...", "Bộ Chính trị ban hành ...".
_PARTY_ORGAN = re.compile(
    r"(?:^|[;:,.]\s*|\n)(?P<organ>Ban\s+Bí\s+thư|Bộ\s+Chính\s+trị)"
    r"\s+(?:quy\s+định|ban\s+hành|hướng\s+dẫn|quyết\s+định|chỉ\s+thị|kết\s+luận)(?!\w)"
)
#: The head of a body who issues in its name, as the enacting sentence says it ("Bộ trưởng Bộ
#: Tư pháp ban hành Thông tư ...").
_HEAD_POSTS = (
    r"Bộ\s+trưởng\s*,\s*Chủ\s+nhiệm|Bộ\s+trưởng|Thủ\s+trưởng|Chủ\s+nhiệm|Viện\s+trưởng|Chánh\s+án"
    r"|Tổng\s+Kiểm\s+toán"
)
#: Where the preamble ends: the first provision.
_PROVISIONS = re.compile(r"^(?:Điều\s*\d|Chương\s+[IVXLC\d]|CHƯƠNG\s|[IVX]+\s*[.-]\s|\d+\s*[.-]\s)")
_ENACTING = re.compile(r"\s+(?:ban\s+hành|quy\s+định|hướng\s+dẫn)(?!\w)")


#: The kinds of party a standing board ("Ban Thường vụ") acts for: mass organisations (a
#: labour federation, the Youth Union, an association) and Party committees.
_STANDING_BOARDS_OF = ("mass-organisation", "party-committee")


def _standing_organ(document: ReadDocument, draft: DraftBuilder) -> None:
    """The organ acting for the one party that issues, as its enacting sentence names it.

    An organisation's standing organ ("Ban Bí thư Trung ương Đoàn hướng dẫn
    ..."), the Party's ("Ban Bí thư quy định ..." under the Central
    Committee's letterhead), or a ministry's head ("Bộ trưởng Bộ Tư pháp ban
    hành Thông tư ..."): only when the sentence names the organ itself.
    """
    parties = draft.parties.found
    if len(parties) > 1:
        _joint_heads(_enacting_text(document), parties)
        return
    if len(parties) != 1 or "issuing_organ" in parties[0]:
        return
    party = parties[0]
    start = document.opening.end
    kind = party.get("kind")
    if kind in ("mass-organisation", "front"):
        text = " ".join(document.lines[start : start + 12])
        acting = _ACTING_ORGAN.search(text)
        if acting is not None:
            party["issuing_organ"] = " ".join(acting["organ"].split())
        return
    text = _preamble(document)
    if kind == "party-committee" and party.get("level") == "central":
        acting = _PARTY_ORGAN.search(text)
        if acting is not None:
            party["issuing_organ"] = " ".join(acting["organ"].split())
        return
    name = r"\s+".join(re.escape(word) for word in str(party["name"]).split())
    head = re.search(rf"(?:^|[;:,.]\s*|\n)(?P<organ>(?:{_HEAD_POSTS})\s+{name})", text)
    if head is not None and _ENACTING.match(text, head.end()):
        party["issuing_organ"] = " ".join(head["organ"].split())


#: What joins the bodies an enacting sentence names together: "A, B, C và D", "Bộ trưởng Bộ
#: Công an, Viện trưởng Viện ...", "A và Ban Thường trực Ủy ban Mặt trận ..." (the standing
#: board that acts for a Front committee).
_JOINED = re.compile(
    rf"\s*(?:,|và|[-\u2013])\s*(?:(?:{_HEAD_POSTS}|Bí\s+thư\s+thứ\s+nhất|Chủ\s+tịch"
    r"|(?:Ban\s+)?Thường\s+trực)\s+)?$",
    re.IGNORECASE,
)
#: What follows them: the verb of a joint enactment.
_ENACTED = re.compile(
    r"\s*(?:cùng\s+|liên\s+tịch\s+|thống\s+nhất\s+)?(?:ban\s+hành|hướng\s+dẫn|quy\s+định"
    r"|thống\s+nhất|ký\s+kết)(?!\w)",
    re.IGNORECASE,
)


#: "của" (and a head) before a body: the author of a proposal or paper, not one that enacts.
_AUTHORED = re.compile(
    rf"(?<!\w)của\s+(?:(?:{_HEAD_POSTS}|Vụ\s+trưởng|Cục\s+trưởng|Giám\s+đốc|Chủ\s+tịch)\s+)?$",
    re.IGNORECASE,
)


def _enacting_together(document: ReadDocument, draft: DraftBuilder) -> None:
    """The bodies an enacting sentence names together with a party the layout names.

    A copy that keeps only the first body of a joint letterhead's table
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO | CỘNG HÒA ...") still says who issues
    in the sentence that enacts: "Viện kiểm sát nhân dân tối cao, Tòa án
    nhân dân tối cao, Bộ Công an và Bộ Quốc phòng thống nhất hướng dẫn ...".
    The bodies joined there, one of them a party already, are the parties;
    those the layout did not name are flagged with the sentence.
    """
    if not draft.parties.found:
        return
    text = _preamble(document)
    runs = _runs_of_bodies(text, lambda between: _JOINED.match(between) is not None)
    for run in runs:
        while run and _AUTHORED.search(text[max(0, run[0].start - 60) : run[0].start]):
            # "Xét đề nghị của Vụ trưởng Vụ ..., Bộ trưởng Bộ ... quy định"; "Chương trình phối
            # hợp ... của Công an tỉnh và Bộ Chỉ huy quân sự tỉnh, Ủy ban nhân dân xã ban hành
            # ...": the authors, joined by "và", end at the first comma.
            run = after_first_comma(run, text)
        run = after_consultation(run, text)
        if len(run) < 2 or not _ENACTED.match(text, run[-1].end):
            continue
        if all(draft.parties.id_of(body) is None for body in run):
            continue  # bodies a clause names, none of them one that issues
        start = text.rfind("\n", 0, run[0].start) + 1
        end = text.find("\n", run[-1].end)
        sentence = " ".join(text[start : end if end != -1 else len(text)].split())
        for body in run:
            if draft.parties.id_of(body) is not None:
                draft.parties.complete(body)  # a letterhead cut inside its name: the name whole
                continue
            party_id = draft.parties.add(body, sentence)
            index = draft.parties.index_of(party_id)
            draft.flag(
                f"parties[{index}]",
                "Cơ quan lấy từ câu ban hành, không có trong phần tiêu đề: kiểm tra.",
                "a body read from the enacting sentence, not from the letterhead: check it",
                sentence,
            )


def _joint_symbol(document: ReadDocument, draft: DraftBuilder) -> None:
    """The bodies of a joint number's symbol, beside a party the layout names.

    A joint circular whose copy cut its letterhead after the first body ("BỘ
    TƯ PHÁP -") still names the others in its number ("06/2012/TTLT-BTP-BNG")
    and, mostly, by name in its text (:func:`bodies_of_symbol`): those not found
    yet are parties, flagged with the number.  A ministry the symbol abbreviates
    that the text names nowhere is no party, the copy not stating it: the parties
    are flagged as to complete with it, unless a party found has its initials.
    """
    number = document.opening.number
    text = "\n".join(document.lines[: document.opening.end + 60])
    bodies = bodies_of_symbol(number, text)
    if len(bodies) < 2 or all(draft.parties.id_of(body) is None for body, _ in bodies):
        return
    unnamed = []
    for body, named in bodies:
        if draft.parties.id_of(body) is not None:
            draft.parties.complete(body)  # a letterhead cut inside its name: the name whole
        elif named:
            party_id = draft.parties.add(body, number or body.name)
            draft.flag(
                f"parties[{draft.parties.index_of(party_id)}]",
                "Cơ quan đọc từ ký hiệu số của văn bản liên tịch và tên trong văn bản, không "
                "có trong phần tiêu đề: kiểm tra.",
                "a body read from the joint number's symbol and its name in the text, not from "
                "the letterhead: check it",
                number,
            )
        elif all(initials(str(p["name"])) != initials(body.name) for p in draft.parties.found):
            unnamed.append(f"{initials(body.name)} ({body.name})")
    if unnamed:
        draft.flag(
            "parties",
            f"Ký hiệu số của văn bản liên tịch còn nêu {', '.join(unnamed)}, văn bản không ghi "
            "tên: bổ sung nếu là bên ban hành.",
            f"the joint number's symbol also names {', '.join(unnamed)}, which the copy names "
            "nowhere: add it if it issues",
            number,
        )


def _preamble(document: ReadDocument) -> str:
    """The lines between the opening and the first provision (at most sixty)."""
    preamble = []
    for line in document.lines[document.opening.end : document.opening.end + 60]:
        if _PROVISIONS.match(line) and not NUMBERED_BASIS.match(line):
            break  # "1. Căn cứ Luật ...", a basis numbered, is still the preamble
        preamble.append(line)
    return "\n".join(preamble)


def _enacting_text(document: ReadDocument) -> str:
    """Where an enacting sentence may stand: the preamble, and the opening's lines after its type.

    A title that begins with a type's words ("THÔNG TƯ LIÊN TỊCH" / "HƯỚNG DẪN TỔ
    CHỨC ...") keeps the sentence after it in the opening: "- Để thi hành ..., Bộ
    trưởng Bộ Công an, ..., Viện trưởng Viện kiểm sát nhân dân tối cao ban hành ...".
    """
    opening = document.opening
    if opening.type_index is None or opening.end <= opening.type_index + 1:
        return _preamble(document)
    after_type = document.lines[opening.type_index + 1 : opening.end]
    return "\n".join([*after_type, _preamble(document)])


def _joint_heads(text: str, parties: list[dict[str, Any]]) -> None:
    """The heads acting for several parties, as one enacting sentence names them together.

    "Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Tư pháp ban hành Thông tư liên
    tịch ...": each head named with its party's name, joined by "và", a
    comma or a dash, right before the enacting verb (or "thống nhất",
    "cùng", "liên tịch" and the verb: "... Bộ trưởng Bộ Y tế liên tịch
    hướng dẫn ..."), is that party's issuing organ.
    """
    names = {fold(" ".join(str(p["name"]).split())): p for p in parties if "issuing_organ" not in p}
    if not names:
        return
    # Matched folded, so that a copy's tone placement ("Toà án") matches the table's ("Tòa án");
    # fold keeps the length, so the organ is taken from the text as printed.  A hyphen in a name
    # may be spaced otherwise ("Bộ Lao động- Thương binh và Xã hội").
    folded = fold(text)
    alternatives = "|".join(
        r"\s+".join(re.escape(word) for word in name.split()).replace(
            r"\s+\-\s+", r"\s*[-\u2013]\s*"
        )
        for name in names
    )
    one = rf"(?:{_HEAD_POSTS})\s+(?:{alternatives})(?!\w)"
    chain = re.compile(
        rf"(?:^|[;:,.]\s*|\n)(?P<chain>{one}(?:\s*(?:,|;|và|[-\u2013])\s*{one})+)"
        rf"(?:\s+(?:thống\s+nhất|cùng|liên\s+tịch))?(?={_ENACTING.pattern})",
        re.IGNORECASE,
    )
    found = chain.search(folded)
    if found is None:
        return
    for head in re.finditer(one, found["chain"], re.IGNORECASE):
        start = found.start("chain") + head.start()
        organ = spaced_dashes(" ".join(text[start : start + len(head[0])].split()))
        for name, party in names.items():
            if fold(organ).endswith(" " + name):
                party.setdefault("issuing_organ", organ)


#: The Party's standing organs, which sign for its Central Committee ("T/M BAN BÍ THƯ").
_PARTY_STANDING = ("ban bí thư", "bộ chính trị")


def _acting_for(body: BodyName, draft: DraftBuilder) -> str | None:
    """The party a standing organ signs for: its own issuing organ, or the Central Committee's.

    "T/M BAN BÍ THƯ" under the Central Committee's letterhead signs for the
    "Ban Chấp hành Trung ương Đảng" (its Secretariat acting), not for a
    second party "Ban Bí thư".
    """
    name = fold(" ".join(body.name.split()))
    for party in draft.parties.found:
        if fold(str(party.get("issuing_organ") or "")) == name:
            return str(party["id"])
    board = _board_of(name, draft)
    if board is not None:
        board.setdefault("issuing_organ", " ".join(body.name.split()))
        return str(board["id"])
    if name not in _PARTY_STANDING:
        return None
    central = [
        p
        for p in draft.parties.found
        if p.get("kind") == "party-committee"
        and p.get("level") == "central"
        and fold(str(p["name"])).startswith("ban chấp hành trung ương")
    ]
    if len(central) != 1:
        return None
    central[0].setdefault("issuing_organ", " ".join(body.name.split()))
    return str(central[0]["id"])


#: The standing boards that act for an elected committee between its meetings.
_STANDING_BOARDS = (
    "ban bí thư",
    "ban thường vụ",
    "ban thường trực",
    "đoàn chủ tịch",
    "thường trực",
)


def _board_of(name: str, draft: DraftBuilder) -> dict[str, Any] | None:
    """The one party whose standing board ``name`` is ("ban bí thư trung ương đoàn").

    A board is named by its own words and the committee's short name: "Ban
    Bí thư Trung ương Đoàn" acts for the "Ban Chấp hành Trung ương Đoàn
    TNCS Hồ Chí Minh", "Ban Thường vụ Liên đoàn Lao động huyện" for the
    "Liên đoàn Lao động huyện Đô Lương". It is that party's issuing organ,
    not a party of its own.
    """
    board = next((b for b in _STANDING_BOARDS if name.startswith(b + " ")), None)
    if board is None:
        return None
    rest = name[len(board) + 1 :]
    fits = []
    for party in draft.parties.found:
        names = (str(party["name"]), str(party.get("short_name") or ""))
        folded = [fold(" ".join(n.split())).removeprefix("ban chấp hành ") for n in names if n]
        if any(n.startswith(rest) for n in folded):
            fits.append(party)
    return fits[0] if len(fits) == 1 else None


def _same_organ(first: BodyName, second: BodyName) -> bool:
    return fold(first.organ) == fold(second.organ) and (
        first.place is None or fold(first.name) == fold(second.name)
    )


def signatories(
    signed: list[Signed], draft: DraftBuilder, path: str, issuer: str | None = None
) -> list[dict[str, Any]]:
    """The signatures as a draft writes them, each for a party (or listed to check)."""
    found: list[dict[str, Any]] = []
    for entry in signed:
        party = None
        # A post that is itself a party's name ("THỦ TƯỚNG CHÍNH PHỦ"): that party signs.
        titled = next(
            (
                str(p["id"])
                for p in draft.parties.found
                if entry.title and fold(" ".join(entry.title.split())) == fold(str(p["name"]))
            ),
            None,
        )
        if titled is not None:
            party = titled
        elif entry.body is not None and _acting_for(entry.body, draft) is not None:
            party = _acting_for(entry.body, draft)
        elif entry.body is not None:
            known = {str(p["id"]) for p in draft.parties.found}
            same = draft.parties.id_of(entry.body) or draft.parties.covering(entry.body)
            party = same or draft.parties.add(entry.body, entry.text)
            if known and party not in known:
                # Only the signature block names this body: a line of the next document's
                # letterhead or a post read as a body may have been taken for a signer's.
                draft.flag(
                    f"{path}[{len(found)}].party",
                    "Cơ quan ký chỉ đọc được từ khối chữ ký, không có ở tiêu đề: kiểm tra.",
                    "the signing body is read from the signature block alone, not the "
                    "letterhead: check it",
                    entry.text,
                )
        elif issuer is not None:
            party = issuer
        elif len(draft.parties.found) == 1:
            party = str(draft.parties.found[0]["id"])
        elif (headed := _headed_party(entry, draft)) is not None:
            party = headed  # "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG": the one ministry among the parties
        else:
            organ = standing_organ(entry.authority)
            owners = [
                p
                for p in draft.parties.found
                if organ
                and (
                    (organ in ("ban thường trực", "đoàn chủ tịch") and p.get("kind") == "front")
                    or (organ == "thường trực" and "hội đồng nhân dân" in fold(str(p["name"])))
                    or (organ == "thường trực" and str(p["id"]).startswith("hdnd"))
                    # "TM. BAN THƯỜNG VỤ" beside a department's block: the standing board of
                    # the one federation, union or Party committee among the parties.
                    or (organ == "ban thường vụ" and p.get("kind") in _STANDING_BOARDS_OF)
                )
            ]
            if len(owners) == 1:
                party = str(owners[0]["id"])
        if party is None:
            # The signature is left out: the flag names the list, not a place another takes.
            draft.flag(
                path,
                "Chữ ký chưa xác định được cơ quan: kiểm tra bên ký.",
                f"the signature of {entry.title or ''} {entry.name or ''}: its body is not "
                "recognised",
                entry.text,
            )
            continue
        if len(_organs_of_posts(entry)) > 1:
            draft.flag(
                f"{path}[{len(found)}]",
                "Chức vụ và thẩm quyền ký thuộc hai loại cơ quan khác nhau: kiểm tra khối chữ ký.",
                "the signer's post and the authority signed for head two kinds of body: the "
                "block may be read from two blocks' lines, check it",
                entry.text,
            )
        heads = _organ_of_post(entry)
        signing = next((p for p in draft.parties.found if p["id"] == party), None)
        if heads is not None and signing and not fold(str(signing["name"])).startswith(heads):
            # "THỨ TRƯỞNG" signing for a court, "PHÓ VIỆN TRƯỞNG" for a ministry: the block's
            # body was read from another block's lines.
            draft.flag(
                f"{path}[{len(found)}].party",
                "Chức vụ người ký không phải của cơ quan ký đã đọc: kiểm tra bên ký.",
                f"the signer's post ({entry.title or entry.authority[-1]}) heads no body like "
                "the one read: check the signing body",
                entry.text,
            )
        if not entry.name:
            # A block without the signer's name (a copy that lost it, "KT. CHỦ TỊCH" alone):
            # the lines read for its post or body may be the next document's heading.
            draft.flag(
                f"{path}[{len(found)}]",
                "Khối chữ ký không có tên người ký: kiểm tra chức vụ, thẩm quyền và cơ quan ký.",
                "the signature block names no signer: check its post, authority and body",
                entry.text,
            )
        signatory: dict[str, Any] = {"party": party}
        if entry.title:
            signatory["title"] = entry.title
        if entry.name:
            signatory["name"] = entry.name
        if entry.authority:
            signatory["authority"] = "\n".join(entry.authority)
        if entry.rank:
            signatory["rank"] = entry.rank
        found.append(signatory)
    return found


def _organs_of_posts(entry: Signed) -> set[str]:
    """The first words of the kinds of body the signer's post and authority head.

    The post ("PHÓ VIỆN TRƯỞNG") and the authority signed for ("KT. VIỆN TRƯỞNG") head one
    kind, a procuracy; two kinds ("KT. THỐNG ĐỐC" over "THỨ TRƯỞNG") mean the lines were read
    from two blocks.
    """
    posts = [entry.title or ""]
    posts += [re.sub(r"^(?:KT|K/T|Q)\.?\s+", "", line) for line in entry.authority]
    return {organ for post in posts if (organ := organ_headed_by(post)) is not None}


def _organ_of_post(entry: Signed) -> str | None:
    """The first words of the body the signer's posts head, when they all head one kind."""
    organs = _organs_of_posts(entry)
    return organs.pop() if len(organs) == 1 else None


def _headed_party(entry: Signed, draft: DraftBuilder) -> str | None:
    """The one party of the kind of body the signer's post heads, if only one is."""
    organ = _organ_of_post(entry)
    organs = (organ,) if organ is not None else _local_organs(entry)
    if not organs:
        return None
    fits = [p for p in draft.parties.found if fold(str(p["name"])).startswith(organs)]
    return str(fits[0]["id"]) if len(fits) == 1 else None


#: The first words (folded) of the provincial bodies a director heads: a department, the police.
_DIRECTED = (fold("sở "), fold("công an "))


def _local_organs(entry: Signed) -> tuple[str, ...]:
    """The kinds of body a director's signature ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC") may be for.

    A director heads a province's department or its police, and other bodies besides (a
    centre, a bank's branch): this serves only to pick the one such party among a joint
    text's parties, never to doubt a body read.
    """
    posts = [entry.title or ""]
    posts += [re.sub(r"^(?:KT|K/T|Q)\.?\s+", "", line) for line in entry.authority]
    directs = any(
        fold(" ".join(post.split())).removeprefix("phó ") == fold("giám đốc") for post in posts
    )
    return _DIRECTED if directs else ()


#: Why a last recipient the copy ends with is left out: a word cut (``True``), or a line cut
#: before the semicolon (or comma) the list's other lines end with (``False``).
_CUT_REMARKS = {
    True: "; the copy ends inside that word: it is left out",
    False: "; the copy ends on that line before the semicolon (or comma) the list's other "
    "lines end with, so its name may be cut: it is left out",
}
#: The same, in the flag's Vietnamese words.
_CUT_NOTES = {
    True: " Nơi nhận cuối bị cắt giữa chữ, đã bỏ.",
    False: " Nơi nhận cuối dừng trước dấu chấm phẩy (hay dấu phẩy) mà các dòng khác kết thúc, ở "
    "chỗ bản sao bị cắt: tên có thể thiếu, đã bỏ.",
}


def read_signatures(
    lines: Sequence[str], draft: DraftBuilder, path: str, issuer: str | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """The signatures and recipients of ``lines``, as a draft writes them."""
    signed, recipients = read_tail(list(lines))
    if not recipients_closed(recipients):
        last = recipients[-1]
        in_word = cut_inside_a_word(last)
        cut = cut_where_the_copy_stops(recipients, "\n".join(lines))
        draft.flag(
            path.replace("signatories", "recipients"),
            'Danh sách nơi nhận không kết thúc bằng dòng lưu ("Lưu: ..."): bản sao có thể bị '
            "cắt hoặc lẫn dòng của văn bản khác, kiểm tra." + (_CUT_NOTES[in_word] if cut else ""),
            "the recipients' list does not end with its file copy ('Lưu: ...'): the copy may cut "
            f"it, or its last lines may be another text's; check it (last: {last})"
            + (_CUT_REMARKS[in_word] if cut else ""),
            " / ".join(recipients),
        )
        if cut:
            recipients = recipients[:-1]
    return signatories(signed, draft, path, issuer), recipients


def _acts(document: ReadDocument, draft: DraftBuilder) -> None:
    """The acts cited, once each, and which are the basis or carried out (unless a reader did)."""
    data = draft.data
    if "legal_refs" in data:
        return
    pieces: list[tuple[str, str]] = []
    title = document.opening.title
    if title:
        pieces.append(("title", title))
    opening = document.opening
    body = list(document.body)
    if not body and not (opening.letterhead or opening.number or opening.date or opening.kind):
        # A copy with no letterhead, number, date or type line (a directive a news item prints
        # after "Nội dung Chỉ thị như sau:") is running text from its first line: the acts its
        # sentences (lines that end with a stop, or run long) name are cited in passing, none
        # the basis; those named without number or date are flagged.
        body = [line for line in document.lines if line.rstrip().endswith(".") or len(line) > 200]
        pieces += [("other", line) for line in body]
    else:
        pieces += clauses(body)
    own = tuple(n for n in (data.get("number"), opening.number) if n)
    cited = read_acts(pieces, own, last_words(document.lines))
    write_acts(cited, draft)


def _recorded_number(opening: Opening, draft: DraftBuilder) -> None:
    """Flag a number read from a legal site's record, the copy printing no number line.

    The record is the site's transcription ("Số / ký hiệu: 18/QĐ-MTTQ-BTT" over a decision
    numbered "18/QĐ-MTTQ-UB"): it may spell the symbol otherwise than the document does.
    """
    if not opening.number_recorded:
        return
    decision = draft.data.get("promulgation")
    for holder, path in ((draft.data, "number"), (decision, "promulgation.number")):
        if isinstance(holder, dict) and holder.get("number") == opening.number:
            draft.flag(
                path,
                "Số đọc từ thông tin văn bản của trang đăng, bản sao không in dòng Số: kiểm tra "
                "với văn bản.",
                "the number is read from the site's record of the document, the copy printing "
                "no number line: check it against the document",
                opening.number_text,
            )


def _typed_at_copy_start(document: ReadDocument, draft: DraftBuilder) -> None:
    """Flag a kind read from a type line run on with words on the copy's first line.

    A copy that starts inside its title ("CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ ..." of "KẾ HOẠCH /
    THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ ...", "QUY ĐỊNH VIỆC LẬP DỰ TOÁN ..." of a joint
    circular's title), with no letterhead, number or date above, opens with words a type
    line opens with: the kind they give is the title's word's as likely as the type's.
    """
    opening = document.opening
    if (
        opening.type_line is None
        or opening.type_index != 0
        or opening.number is not None
        or opening.letterhead
        or opening.date is not None
        or not document.lines
    ):
        return
    first = " ".join(document.lines[0].split())
    if fold(first) == fold(" ".join(opening.type_line.split())):
        return  # the type line alone on its line: the copy starts at it
    path = "promulgation.kind" if "promulgation" in draft.data else "kind"
    draft.flag(
        path,
        "Bản sao bắt đầu bằng dòng có từ chỉ loại văn bản nối với các từ khác, không có tiêu "
        "đề cơ quan, số và ngày ở trên: có thể là giữa tên văn bản, kiểm tra loại văn bản.",
        "the copy starts on a line whose first words name a type, run on with others, with no "
        "letterhead, number or date above: it may be the middle of the title, check the kind",
        first,
    )


def _placed_at_copy_start(document: ReadDocument, draft: DraftBuilder) -> None:
    """Flag a place read from the copy's first line: the copy may start inside its name.

    A copy cut at its start, or one whose layout broke the place line ("Hà" / "Nội, ngày
    ..."), may keep only the name's last words ("Nội", "Tàu", "Quang"), or a letter before
    them ("à Nội", read "Nội").
    """
    first = document.lines[0] if document.lines else ""
    # "à Nội, ngày ...": a copy cut inside the name's first word keeps a letter before it.
    head = first.split(",")[0].strip()
    if not head or "ngày" not in first:
        return
    decision = draft.data.get("promulgation")
    for holder, path in ((draft.data, "place"), (decision, "promulgation.place")):
        place = holder.get("place") if isinstance(holder, dict) else None
        if (
            isinstance(place, str)
            and place
            and fold(head).endswith(fold(place))
            and len(head) <= len(place) + 3
        ):
            draft.flag(
                path,
                "Bản sao bắt đầu bằng dòng địa danh, ngày tháng: địa danh có thể đã bị cắt "
                "phần đầu, kiểm tra.",
                "the copy starts on its place-and-date line: the place may have lost its first "
                "words, check it",
                first,
            )


def _read_without_heading(opening: Opening, draft: DraftBuilder) -> None:
    """Flag the date and title read in a copy that kept no heading of its own.

    A copy cut at its start (a search excerpt, a page's fragment) that lost its letterhead,
    number and place-and-date line gives as its first date one its text names: a cited act's,
    a meeting's, a deadline's ("... trước ngày 15 tháng 5 năm 2021"); without its type line
    either, the line read as its title is one of its sentences ("Mọi thông tin cần trao đổi,
    xin liên hệ ...") as often as its title. A letter's subject ("V/v ...") is its title.
    """
    if (
        opening.place is not None
        or opening.number is not None
        or opening.letterhead
        or opening.from_page_heading
    ):
        return
    _flag_opening_date(
        opening,
        draft,
        "Ngày đọc từ một dòng không có địa danh, trong bản sao không còn tiêu đề, số và dòng "
        "địa danh, ngày tháng: kiểm tra.",
        "the date is read from a line without a place, in a copy that kept no letterhead, "
        "number or place-and-date line: check it",
        opening.date_text,
    )
    title = opening.title
    if (
        opening.type_line is None
        and opening.kind is None  # a page's heading may name the kind over the title
        and title
        and draft.data.get("title") == title
        and not re.match(r"(?:V/v|Về\s+việc)\s", title, re.IGNORECASE)
    ):
        draft.flag(
            "title",
            "Tiêu đề đọc từ một dòng của bản sao không còn tiêu đề, số, dòng địa danh và loại "
            "văn bản: có thể là một câu của nội dung, kiểm tra.",
            "the title is read from a line of a copy that kept no letterhead, number, place "
            "line or type line: it may be a sentence of the text, check it",
            opening.title_printed or title,
        )


def _flag_opening_date(
    opening: Opening, draft: DraftBuilder, reason: str, english: str, text: str | None
) -> None:
    """Flag the opening's date where the draft keeps it: a decision's, or its own."""
    decision = draft.data.get("promulgation")
    holder, key, path = (
        (decision, "date", "promulgation.date")
        if isinstance(decision, dict)
        else (draft.data, "signed_on", "signed_on")
    )
    if opening.date is not None and holder.get(key) == opening.date:
        draft.flag(path, reason, english, text)


def _dated_in_a_sentence(opening: Opening, draft: DraftBuilder) -> None:
    """Flag a date read from a sentence's words, the copy printing no place-and-date line.

    A copy that lost its date line (a page that prints the letterhead and number, then the
    type line) gives as its first date one a news lead, a note or the page names ("Thực
    hiện Kế hoạch số 20/KH-UBND ngày 01 tháng 02 năm 2019 ...", "Cập nhật ngày ..."): it is
    flagged, unless :func:`_read_without_heading` flags it already.
    """
    if opening.date_in_sentence is None or not (
        opening.number is not None or opening.letterhead or opening.from_page_heading
    ):
        return
    _flag_opening_date(
        opening,
        draft,
        "Bản sao không in dòng địa danh, ngày tháng; ngày đọc từ một câu trước dòng loại văn "
        "bản, có thể là ngày của văn bản khác: kiểm tra.",
        "the copy prints no place-and-date line; the date is read from a sentence above "
        "the type line, which may give another document's date: check it",
        opening.date_in_sentence,
    )


def _dated_before_acts(draft: DraftBuilder) -> None:
    """Flag a document's date earlier than the date of an act it cites, or of another year.

    A document cannot cite an act issued after it: its date, or the act's, is misprinted
    ("ngày 08 tháng 01 năm 2023" over "Tờ trình số ... ngày 20/12/2023": a year's slip).
    A number that holds a year ("54/2023/QĐ-UBND") is given in the year of signing.
    """
    data = draft.data
    refs = data.get("legal_refs", [])
    decision = data.get("promulgation") or {}
    for holder, key, path in (
        (data, "signed_on", "signed_on"),
        (decision, "date", "promulgation.date"),
    ):
        signed = holder.get(key)
        if not isinstance(signed, dt.date):
            continue
        numbered_in = _number_year(holder.get("number"))
        if numbered_in is not None and numbered_in != signed.year:
            # "Số: 54/2023/QĐ-UBND" over "ngày 19 tháng 01 năm 2022": one of them is misread.
            draft.flag(
                path,
                f"Ngày của văn bản không cùng năm với số của nó ({numbered_in}): kiểm tra ngày "
                "và số.",
                f"the document is dated in {signed.year}, its number {holder['number']} says "
                f"{numbered_in}: check its date and number",
                holder["number"],
            )
        later = [r for r in refs if isinstance(r.get("date"), dt.date) and r["date"] > signed]
        if later:
            act = later[0]
            named = act.get("number") or act.get("title") or act["kind"]
            cited = f"{named} ngày {act['date']:%d/%m/%Y}"
            draft.flag(
                path,
                "Ngày của văn bản sớm hơn ngày của một văn bản nó trích dẫn: kiểm tra ngày.",
                f"the document is dated {signed:%d/%m/%Y}, before an act it cites ({cited}): "
                "check its date",
                cited,
            )


def _number_year(number: str | None) -> int | None:
    """The year a State number gives ("02/1998-NĐ-CP", "54/2023/QĐ-UBND"), or None."""
    found = re.match(r"\d+[a-z]?/((?:19|20)\d\d)[/-]", number or "")
    return int(found[1]) if found else None


def write_acts(
    cited: list[Cited],
    draft: DraftBuilder,
    basis_field: str | None = "basis",
    into: dict[str, Any] | None = None,
    prefix: str = "",
) -> None:
    """Legal references, the basis and what the document carries out, in the draft.

    ``into`` is the part of the draft that holds them (a records draft's
    outcome), the draft's data by default, and ``prefix`` its path
    (``"outcomes[0]."``) in what to complete.  With ``basis_field`` None
    the acts are written without a basis or acts carried out (an outcome
    has neither).
    """
    data = draft.data if into is None else into
    taken: set[str] = set()
    refs = []
    basis: list[str] = []
    implements: list[str] = []
    for act in cited:
        ref = reference_data(act, taken)
        refs.append(ref)
        if act.basis:
            basis.append(ref["id"])
        elif act.implements:
            implements.append(ref["id"])
        _flag_act(act, f"{prefix}legal_refs[{len(refs) - 1}]", draft)
        if act.title_cut is not None:
            draft.flag(
                f"{prefix}legal_refs[{len(refs) - 1}].title",
                "Bản sao bị cắt giữa tên văn bản được trích dẫn: kiểm tra, bổ sung tên.",
                "the copy stops inside the title of the act cited: check and complete it",
                act.title_cut,
            )
        if act.redated is not None:
            draft.flag(
                f"{prefix}legal_refs[{len(refs) - 1}].date",
                f"Văn bản được trích dẫn lại với ngày khác ({act.redated:%d/%m/%Y}): kiểm tra.",
                f"the act is cited again with another day ({act.redated.isoformat()}): check "
                "its date",
            )
    if not refs:
        return
    data["legal_refs"] = refs
    if basis_field is None:
        return
    if basis:
        if basis_field == "basis":
            data["basis"] = basis
        else:
            data.setdefault("promulgation", {})["basis"] = basis
    if implements:
        data["implements"] = implements
        first = next(r for r in refs if r["id"] == implements[0])
        if first["kind"] == "program" and "parent" not in data:
            data["parent"] = first["id"]


def _flag_act(act: Cited, at: str, draft: DraftBuilder) -> None:
    """What to check in a cited act written at ``at`` (``"legal_refs[2]"``), flagged there."""
    if act.mentioned and not act.basis and not act.implements:
        draft.flag(
            at,
            "Văn bản được nhắc đến trong nội dung, không có số và ngày: kiểm tra văn bản có "
            "được dẫn chiếu không và tên của nó.",
            "an act named in the text without a number or a date: check that the document "
            "cites it, and its name",
            act.citation.title,
        )
    if act.by_name and act.citation.date is not None:
        # "Thỏa thuận ... được ký kết ngày 14/11/2020": named and dated, without number.
        draft.flag(
            at,
            "Văn bản làm căn cứ được trích dẫn bằng tên và ngày, không có số: kiểm tra tên "
            "(có thể gồm cơ quan ban hành) và bổ sung số nếu biết.",
            "an act of the basis cited by its name and date, without number: check its name "
            "(it may hold its issuer) and add its number if known",
            act.citation.title,
        )
    elif act.by_name:
        draft.flag(
            at,
            "Văn bản làm căn cứ được trích dẫn bằng tên, không có số và ngày: kiểm tra tên "
            "(có thể gồm cơ quan ban hành) và bổ sung số, ngày nếu biết.",
            "an act of the basis cited by its name, without number or date: check its name "
            "(it may hold its issuer) and add its number and date if known",
            act.citation.title,
        )
    damaged = damaged_word(act.citation.title or "")
    if damaged is not None:
        draft.flag(
            at,
            f"Tên văn bản được trích dẫn có chữ bị in hỏng (“{damaged}”): kiểm tra tên.",
            f"the name of the act cited holds a word no syllable is spelt like ({damaged}), "
            "as a damaged copy prints it: check its name",
            act.citation.title,
        )
    if act.cut is not None and act.citation.issuer:
        draft.flag(
            f"{at}.issuer",
            "Bản sao bị cắt ngay sau tên cơ quan ban hành văn bản được trích dẫn: kiểm tra.",
            "the copy stops just after the issuer of the act cited, inside its title: check it",
            act.cut,
        )
    elif act.cut is not None:
        draft.flag(
            f"{at}.issuer",
            "Bản sao bị cắt giữa tên cơ quan ban hành văn bản được trích dẫn: bổ sung cơ quan.",
            "the copy stops inside the issuer of the act cited: add its issuer",
            act.cut,
        )
    if act.abbreviated is not None:
        draft.flag(
            f"{at}.issuer",
            "Tên cơ quan ban hành văn bản được trích dẫn có chữ viết tắt trong ngoặc và còn "
            "tiếp sau đó: kiểm tra, bổ sung tên đầy đủ.",
            "the issuer of the act cited is read up to an abbreviation in brackets that its "
            "name goes on after: check it and complete it",
            act.abbreviated,
        )
    if act.respelt is not None:
        draft.flag(
            f"{at}.issuer",
            f"Tên cơ quan ban hành văn bản được trích dẫn in sai dấu và đã được sửa thành "
            f"“{act.citation.issuer}”: kiểm tra.",
            f"the issuer of the act cited is printed with a misread letter, read as "
            f"{act.citation.issuer}: check it",
            act.respelt,
        )
    if act.also_numbered is not None:
        draft.flag(
            f"{at}.number",
            "Văn bản được trích dẫn hai lần với hai số khác năm: kiểm tra số.",
            f"the act is cited again as {act.also_numbered}, a number of another year: check "
            "its number",
            f"{act.citation.number} / {act.also_numbered}",
        )
    if act.citation.repaired and act.citation.number is None:
        draft.flag(
            f"{at}.kind",
            "Tên loại văn bản được trích dẫn bị in sai và đã được sửa: kiểm tra.",
            f"the kind of the act cited is misprinted ({act.citation.repaired}): check it",
            act.citation.title,
        )
    numbered_in = _number_year(act.citation.number)
    if (
        act.citation.date is not None
        and numbered_in is not None
        and act.citation.date.year != numbered_in
    ):
        # "Nghị định số 02/1998-NĐ-CP ngày 6/01/1996": a number and a date of two years.
        shown = act.citation.date
        day = shown.strftime("%d/%m/%Y") if isinstance(shown, dt.date) else str(shown)
        draft.flag(
            f"{at}.date",
            f"Ngày của văn bản không cùng năm với số của nó ({numbered_in}): kiểm tra ngày.",
            f"the act {act.citation.number} is dated in another year than its number's",
            f"{act.citation.kind.vi} số {act.citation.number} ngày {day}",
        )
    for part in symbol_disagrees(act.citation):
        draft.flag(
            f"{at}.{part}",
            f"Ký hiệu của số văn bản ({act.citation.number}) không khớp với "
            f"{'loại' if part == 'kind' else 'cơ quan ban hành'} đã đọc: kiểm tra.",
            f"the symbol of {act.citation.number} names another {part} than the one read: check it",
            act.citation.kind.vi if part == "kind" else act.citation.issuer,
        )
    if act.citation.date is None and act.citation.number:
        draft.flag(
            f"{at}.date",
            "Văn bản được trích dẫn không ghi ngày: bổ sung nếu biết.",
            f"the act {act.citation.number} is cited without a date",
        )


# --- periods --------------------------------------------------------------------------


_EFFECT = re.compile(
    r"có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s*(?:,\s*)?(?P<when>(?:sau\s+\d+\s+ngày,?\s+)?"
    r"(?:kể\s+)?từ\s+ngày\s+(?:ký(?:\s+ban\s+hành)?|thông\s+qua|ban\s+hành"
    r"|\d{1,2}\s*(?:/|-|\s+tháng\s+)\s*\d{1,2}\s*(?:/|-|\s+năm\s+)\s*\d{4}))",
    re.IGNORECASE,
)


def effect_of(text: str, signed: dt.date | None) -> tuple[dict[str, Any] | None, str | None]:
    """The period an effect clause sets ("có hiệu lực kể từ ngày ký"), and its words.

    In force from the date it names (or from the signing, when it says so)
    until replaced; "sau 10 ngày kể từ ngày ký" gives no start (the day is
    not stated).
    """
    match = _EFFECT.search(text)
    if match is None:
        return None, None
    when = " ".join(match["when"].split())
    folded = fold(when)
    period: dict[str, Any] = {}
    dated = re.search(
        r"(\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(\d{1,2})\s*(?:/|-|\s+năm\s+)\s*(\d{4})", when
    )
    if folded.startswith("sau"):
        pass
    elif dated:
        try:
            period["start"] = dt.date(int(dated[3]), int(dated[2]), int(dated[1]))
        except ValueError:
            return None, when
    elif signed is not None and ("ký" in folded or "ban hành" in folded):
        period["start"] = signed
    return period, when


def bodies_named(text: str) -> list[BodyName]:
    """The bodies a text names, read by their grammar."""
    return find_bodies(text)


def body_at(text: str) -> BodyName | None:
    """The body a text is, when the whole of it names one."""
    body = read_body(text)
    return body if body is not None and body.end >= len(text.rstrip(" ,.;")) else None


def numbers_equal(first: str | None, second: str | None) -> bool:
    """Whether two printings of a document's own number agree (a slash for a hyphen does not).

    Zeros before the serial do not count: "0983/2006/QĐ-BTM" is 983/2006/QĐ-BTM printed
    with a leading zero, as a "kèm theo" line may print it.
    """
    return (
        first is not None
        and second is not None
        and same_number(_serial(first), _serial(second), slash_as_hyphen=False)
    )


def _serial(number: str) -> str:
    """``number`` without the zeros that may pad its serial ("0983/..." is "983/...")."""
    return re.sub(r"^0+(?=\d)", "", number.strip())


# --- schedule sentences ----------------------------------------------------------------

_YEARLY = re.compile(
    r"sơ\s+kết\s+(?:hằng|hàng)\s+năm|(?:hằng|hàng)\s+năm[^.;]{0,40}?sơ\s+kết", re.IGNORECASE
)
_FINAL = re.compile(
    r"tổ\s+chức\s+(?:sơ\s+kết,\s+)?tổng\s+kết|tổng\s+kết\s+(?:vào|khi|sau\s+khi)\s"
    r"|kết\s+thúc\s+[^.;]{0,80}?tổng\s+kết|tổng\s+kết\s+việc\s+thực\s+hiện",
    re.IGNORECASE,
)
_ANNUAL_PLANS = re.compile(
    r"kế\s+hoạch\s+phối\s+hợp(?:\s+công\s+tác)?\s+(?:hằng|hàng)\s+năm", re.IGNORECASE
)


def schedule_of(text: str) -> dict[str, Any]:
    """The schedule rules a document's sentences state, as a draft writes them.

    "kế hoạch phối hợp công tác hằng năm" (annual plans), "định kỳ 6 tháng,
    01 năm ... sơ kết" and "sơ kết hằng năm" (reviews), "tổ chức tổng kết",
    "tổng kết vào năm 2010" (the final review); a mention of a review in
    passing ("báo cáo tổng kết") is no rule, nor is a review the sentence says
    was held ("... đã chỉ đạo ... tổ chức tổng kết").
    """
    rules: dict[str, Any] = {}
    if _ANNUAL_PLANS.search(text):
        rules["annual_plans"] = {}
    reviews = cadence_reviews(text)
    if not any(r["every_months"] == 12 for r in reviews) and _YEARLY.search(text):
        reviews.append(
            {
                "id": "yearly",
                "every_months": 12,
                "name_vi": "Sơ kết năm",
                "name_en": "Yearly interim review",
            }
        )
    if reviews:
        rules["reviews"] = reviews
    if any(not reported_review(text, m.start()) for m in _FINAL.finditer(text)):
        rules["final_review"] = {"name_vi": "Tổng kết", "name_en": "Final review"}
    return rules
