"""A draft program from a document's text: the conventions of Vietnamese coordination programs.

The documents follow a few conventions closely: roman-numbered parts (I.
MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG PHỐI HỢP; III. TỔ CHỨC THỰC HIỆN), numbered
sections (1., 1.1.), tasks as dash bullets, headings that say who leads
("Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Ban Dân tộc tỉnh"), tasks that
name more supporting bodies ("Phối hợp Ban Tổ chức Tỉnh ủy, Sở Nội vụ ..."),
citations of acts, schedule sentences ("định kỳ 6 tháng, 01 năm tổ chức sơ
kết"), signature blocks and *Nơi nhận*.  :func:`draft_program` reads them
into the plain data of a program file, and lists what it is unsure of.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from coordprog.importer._bodies import (
    KNOWN_BODIES,
    STANDING_ORGANS,
    KnownBody,
    body_in_capitals,
    issuing_organ,
    match_bodies,
    party_data,
)
from coordprog.importer._document_text import (
    ARTICLE,
    AUTHORITY,
    BULLET,
    CHAPTER,
    IN_CHARGE_LABEL,
    KIND_LINES,
    NUMBERED,
    ROLE_LABEL,
    ROMAN,
    SIGNED,
    TITLES,
    counts_as_role_label,
    letterhead_line,
    looks_like_name,
    paragraphs,
    read_letterhead,
    summary_under_type,
    title_under_type,
)
from coordprog.importer._grammar import find_bodies
from coordprog.importer._parties import body_id
from coordprog.importer._regulations import (
    body_in_capitals_line,
    read_provisions,
    regulation_opening,
    starts_tail,
)
from coordprog.importer._tail import cut_where_the_copy_stops, is_recipient, recipients_closed
from coordprog.importer._years import counted_span, opening_year, years_of_another


class Table(list[KnownBody]):
    """The known bodies of one draft, and those :func:`match` read by their grammar."""

    def __init__(self, bodies: Iterable[KnownBody]) -> None:
        super().__init__(bodies)
        #: the ids of the bodies read by their grammar, not from the table.
        self.grammar: set[str] = set()


def match(text: str, table: list[KnownBody]) -> list[tuple[int, KnownBody]]:
    """The bodies ``text`` names: known ones, and others read by their grammar.

    A body the table does not list ("Ban Nội chính Tỉnh ủy") is added to
    ``table`` as read, its id made from its name, so that roles, parties
    and third parties can name it; :func:`grammar_bodies` tells them apart.
    """
    known = match_bodies(text, table)
    spans = []
    for start, body in known:
        longest = len(_written_at(text, start, body))
        spans.append((start, start + longest))
    found = list(known)
    for read in find_bodies(text):
        if any(start < read.end and read.start < end for start, end in spans):
            continue
        written = text[read.start : read.end]
        entry = next((k for k in table if written in k.names), None)
        if entry is None:
            entry = KnownBody(body_id(read.name), read.name, (written,), read.kind, read.level)
            if isinstance(table, Table):
                table.grammar.add(entry.id)
            table.append(entry)
        found.append((read.start, entry))
    return sorted(found, key=lambda pair: pair[0])


def _written_at(text: str, start: int, body: KnownBody) -> str:
    """The longest of ``body``'s names ``text`` writes at ``start`` ("" if none)."""
    return max((n for n in body.names if text.startswith(n, start)), key=len, default="")


def _roles(heading: str, bodies: list[KnownBody]) -> tuple[list[str], list[str]]:
    """Leads and supports of a heading "X chủ trì, phối hợp với Y ..."."""
    lead_part, said, rest = heading.partition("chủ trì")
    if not said:
        return [], []
    leads = [body.id for _, body in match(lead_part, bodies)]
    supports: list[str] = []
    if "phối hợp" in rest:
        after = rest.split("phối hợp", 1)[1]
        after = re.sub(r"^\s*(?:với)?\s*", "", after)
        for start, body in match(after, bodies):
            gap = after[:start]
            if supports and not re.fullmatch(r"[\s,]*(?:và)?[\s,]*", gap[-12:] if gap else ""):
                break
            if not supports and start > 2:
                break
            supports.append(body.id)
            after_end = start + len(_written_at(after, start, body))
            after = " " * after_end + after[after_end:]
    return leads, [s for s in supports if s not in leads]


#: A task that opens on the bodies it is done with: "Phối hợp với A, B ...", "Phối hợp A ...",
#: and, its lead being the group's, "Chủ trì, phối hợp với A ...".
_SUPPORTED_BY = re.compile(r"^(?:Chủ\s+trì,?\s+p|P)hối\s+hợp(?:\s+với)?\s+")
#: Such an opening that names a body (a body's capital, or "với" and any name): to read.
_NAMES_SUPPORTS = re.compile(r"^(?:Chủ\s+trì,?\s+phối hợp|Phối hợp) với\s+\w|^Phối hợp\s+[A-ZĐ]")


def _task_supports(text: str, bodies: list[KnownBody]) -> tuple[list[str], bool]:
    """The bodies a task names as supporting at its start: "Phối hợp A, B và C tổ chức ...".

    With them, whether the list names more than the bodies read: nothing read
    after "Phối hợp với", or the list going on after the last one read ("Sở
    Nội vụ và các cơ sở đào tạo ...").
    """
    opening = _SUPPORTED_BY.match(text)
    if not opening:
        return [], False
    rest = text[opening.end() :]
    found: list[str] = []
    position = 0
    for start, body in match(rest, bodies):
        if not re.fullmatch(r"[\s,]*(?:và\s*)?", rest[position:start]):
            break
        found.append(body.id)
        name = _written_at(rest, start, body)
        position = start + len(name)
    goes_on = re.match(r"\s*(?:,|và\b)", rest[position:]) is not None
    return found, not found or goes_on


def _period(title: str) -> dict[str, Any] | None:
    """The years of "giai đoạn 2017-2021" or "nhiệm kỳ 2016 - 2021" (a term) in ``title``.

    A year the title opens with is the document's own, whatever window it names after
    ("Kế hoạch năm 2026 thực hiện Chương trình ... giai đoạn 2026 - 2030"). Without such
    words, a span its count measures ("5 năm 2021 - 2025") gives the years.
    """
    opening = opening_year(title)
    if opening is not None:
        return opening
    years = re.search(
        r"(giai đoạn|nhiệm kỳ)\s+((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)", title, re.IGNORECASE
    )
    if years is None:
        return counted_span(title)
    period: dict[str, Any] = {
        "start": dt.date(int(years[2]), 1, 1),
        "end": dt.date(int(years[3]), 12, 31),
        "precision": "year",
    }
    if years[1].casefold() == "nhiệm kỳ":
        period["term"] = years[0]
    return period


_CADENCE = re.compile(
    r"định\s+kỳ\s+(\d{1,3})\s+tháng"
    r"(?:\s*(?:,|và|hoặc)\s*(?:(\d{1,3})|(?P<every>hàng|hằng))\s+năm)?[^.]*?sơ\s+kết",
    re.IGNORECASE,
)


def cadence_reviews(text: str) -> list[dict[str, Any]]:
    """The interim reviews of "định kỳ 6 tháng, 01 năm ... sơ kết": every 6 months, every year.

    "Định kỳ 6 tháng, hàng năm ... sơ kết" reviews every year too.

    Counts of months and years of one to three digits: a longer number is no
    cadence (and one of thousands of digits is beyond what int() converts).
    """
    cadence = _CADENCE.search(text)
    if cadence is None:
        return []
    months = int(cadence[1])
    reviews: list[dict[str, Any]] = [
        {
            "id": f"{months}-month",
            "every_months": months,
            "name_vi": f"Sơ kết {months} tháng",
            "name_en": f"{months}-month interim review",
        }
    ]
    if cadence[2] or cadence["every"]:
        reviews.append(
            {
                "id": "yearly",
                "every_months": 12 * int(cadence[2] or 1),
                "name_vi": "Sơ kết năm",
                "name_en": "Yearly interim review",
            }
        )
    return reviews


#: "đã": a sentence that tells what was done ("Sau 5 năm thực hiện ..., Ủy ban nhân dân tỉnh
#: đã chỉ đạo ... tổ chức tổng kết") reports a past review, not one the document plans.
_DONE = re.compile(r"(?<!\w)đã(?!\w)", re.IGNORECASE)


def reported_review(text: str, at: int) -> bool:
    """Whether the sentence a review's words at ``at`` stand in says it was already held."""
    start = max(text.rfind(mark, 0, at) for mark in ".;:") + 1
    return _DONE.search(text, start, at) is not None


def _schedule(text: str, period_words: str) -> dict[str, Any]:
    """The schedule rules the document's sentences state."""
    rules: dict[str, Any] = {}
    lowered = text.casefold()
    if re.search(
        r"kế hoạch phối hợp( công tác)? hàng năm|kế hoạch phối hợp( công tác)? hằng năm", lowered
    ):
        rules["annual_plans"] = {}
    reviews = cadence_reviews(text)
    for review in reviews:
        if review["id"] == "yearly":
            review["prepares_next_plan"] = "năm sau" in lowered
    if reviews:
        rules["reviews"] = reviews
    if any(not reported_review(lowered, m.start()) for m in re.finditer("tổng kết", lowered)):
        rules["final_review"] = {
            "name_vi": f"Tổng kết Chương trình phối hợp {period_words}".strip(),
            "name_en": "Final review",
        }
    return rules


def draft_program(
    text: str, bodies: Iterable[KnownBody] = KNOWN_BODIES, printed: str | None = None
) -> tuple[dict[str, Any], list[str], list[str]]:
    """Read a program's or a regulation's text: its data, what to check, its *Căn cứ* paragraphs.

    ``bodies`` is the table of known bodies that names are matched to (the
    built-in :data:`KNOWN_BODIES` and what plugins add).  ``printed`` is the
    kind the opening's reader read from the type line, which knows the lines
    this reader's own exact match misses (spaced out, "K Ế   H O Ạ C H", or
    run on with the title): a plan so printed has its parts read as a plan's.
    What the text does not settle is listed in the remarks, never guessed.
    The acts it cites are read by :mod:`coordprog.importer._acts` afterwards.
    """
    table = Table(bodies)
    parts = paragraphs(text)
    unsure: list[str] = []
    data: dict[str, Any] = {"id": "draft"}
    first_roman = next((i for i, p in enumerate(parts) if ROMAN.match(p)), len(parts))
    first_provision = next(
        (i for i, p in enumerate(parts) if CHAPTER.match(p) or ARTICLE.match(p)), len(parts)
    )
    # A regulation or joint resolution is written in chapters and articles,
    # a program in roman-numbered parts.
    regulation = first_provision < first_roman
    first_part = min(first_roman, first_provision)
    kind_line = next((p for p in parts[:first_part] if p in KIND_LINES), None)
    kind = KIND_LINES[kind_line] if kind_line else ("regulation" if regulation else "program")
    if printed in ("plan", "joint-plan") and not kind_line:
        kind = printed  # its parts are read as a plan's (the bodies' own tasks)
    data["kind"] = kind
    read_letterhead(parts[:first_part], data)
    title, preamble, basis = _opening(parts[:first_part], kind_line, regulation, table, unsure)
    data["title"] = title
    if preamble:
        data["preamble"] = preamble
    period = None if years_of_another(title) else _period(title)
    if period is not None:
        data["period"] = period
    tail_start = len(parts)
    if regulation:
        tail_start = next(
            (i for i in range(first_part, len(parts)) if starts_tail(parts[i])), len(parts)
        )
        # The body's name in capitals stands above the first title it signs with.
        while tail_start > first_part + 1 and body_in_capitals_line(parts[tail_start - 1]):
            tail_start -= 1
        chapters, loose = read_provisions(parts[first_part:tail_start], table, unsure)
        if chapters:
            data["chapters"] = chapters
        if loose:
            data["articles"] = loose
        data.update(purposes=[], requirements=[], task_groups=[])
    else:
        tail_start = _read_parts(parts, first_part, data, table, unsure)
    signatories, recipients, signed = _tail(parts[tail_start:], text, table, unsure)
    _parties(data, signatories, regulation, table)
    period_words = re.search(r"giai đoạn\s+\d{4}\s*-\s*\d{4}", title)
    data["schedule"] = _schedule(" ".join(parts), period_words[0] if period_words else "")
    signatories = _settle_organs(signatories, data["parties"], unsure)
    if signatories:
        data["signatories"] = signatories
    if recipients:
        listed = " / ".join(recipients)
        cut = not recipients_closed(recipients) and cut_where_the_copy_stops(recipients, text)
        if cut:
            recipients = recipients[:-1]  # the line the copy stopped in, its name maybe cut
        if recipients:
            data["recipients"] = recipients
        if cut or not recipients_closed(recipients):
            unsure.append(
                "recipients: the list does not end with its file copy ('Lưu: ...'): the copy "
                f"may cut it, or its last lines may be another text's; check it: {listed}"
                + ("; the last, where the copy stops, is left out" if cut else "")
            )
    if signed is not None and "signed_on" not in data:
        # A digital signature's time ("2019-03-15T09:12:33"), the copy printing no date line:
        # the day it was signed, which may not be the day printed on the text; a date line
        # printed is the document's.
        data["signed_on"] = signed
        unsure.append(
            "signed_on: the copy prints no date line; the date is a digital signature's time, "
            f"which may not be the day printed on the text: check it ({signed.isoformat()})"
        )
    province = data.get("province")
    if province:
        for party in (*data["parties"], *data.get("third_parties", [])):
            if party.get("level") == "province":
                party["province"] = province
    data["_grammar"] = sorted(table.grammar)
    return data, unsure, basis


def _opening(
    opening_parts: list[str],
    kind_line: str | None,
    regulation: bool,
    table: Table,
    unsure: list[str],
) -> tuple[str, str, list[str]]:
    """The title, the preamble and (for a regulation) the *Căn cứ* paragraphs of the opening."""
    # The opening: from the document type to the first part or provision.
    opening = [p for p in opening_parts if p not in KIND_LINES]
    if regulation:
        title, preamble, basis, recased = regulation_opening(opening_parts, kind_line, table)
        if not title:
            title = opening[0] if opening else ""
            unsure.append("the title was taken from the first line; check it")
        elif recased:
            unsure.append("the title was printed in capitals and is re-cased: check its names")
        return title, preamble, basis
    # The letterhead and the title printed under the document type (read
    # in place from a DOCX's tables) are not the preamble.
    under_type = title_under_type(opening_parts, kind_line) or summary_under_type(
        opening_parts, kind_line
    )
    preamble = " ".join(p for p in opening if p is not under_type and not letterhead_line(p))
    title_match = re.search(r"xây dựng\s+(Chương trình phối hợp .+?),?\s+như sau", preamble)
    title = title_match[1] if title_match else (opening[0] if opening else "")
    if not title_match and under_type is not None and kind_line is not None:
        # The type's name and its summary make the title ("Chương trình phối hợp ...").
        said = kind_line[:1] + kind_line[1:].lower()
        title = under_type
        if not under_type.casefold().startswith(kind_line.casefold()):
            title = f"{said} {under_type[:1].lower()}{under_type[1:]}"
    if not title_match:
        unsure.append("the title was taken from the first line; check it")
    return title, preamble, []


def _read_parts(
    parts: list[str], first_part: int, data: dict[str, Any], table: Table, unsure: list[str]
) -> int:
    """The parts I. MỤC ĐÍCH, II. NỘI DUNG, III. TỔ CHỨC into ``data``; where the tail starts."""
    purposes: list[str] = []
    requirements: list[str] = []
    implementation: list[str] = []
    groups: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    section = ""
    subsection = ""
    numeral = ""  # the roman numeral of the part "TỔ CHỨC THỰC HIỆN"
    tail_start = len(parts)
    for index in range(first_part, len(parts)):
        paragraph = parts[index]
        roman = ROMAN.match(paragraph)
        if roman:
            section = roman["title"].upper()
            subsection = ""
            continue
        if paragraph.isupper() and section.startswith("TỔ CHỨC"):
            tail_start = index
            break
        numbered = NUMBERED.match(paragraph)
        bullet = BULLET.match(paragraph)
        if section.startswith("MỤC ĐÍCH"):
            # "1. Mục đích" over its points; a copy may join the first to it.
            head = numbered and re.match(r"(?i)(mục đích|yêu cầu)\s*:?\s*", numbered["title"])
            if numbered:
                subsection = (head[1] if head else numbered["title"]).casefold()
            if head and numbered and numbered["title"][head.end() :]:
                said = numbered["title"][head.end() :]
                (purposes if "mục đích" in subsection else requirements).append(said)
            elif numbered:
                continue
            elif bullet or subsection:
                # A point under "1. Mục đích", dashed or a paragraph of its own.
                said = bullet["text"] if bullet else paragraph
                (purposes if "mục đích" in subsection else requirements).append(said)
        elif _TASKS_PART.match(section):
            if stack and _role_line(paragraph, stack[-1], table, unsure):
                continue
            if numbered:
                group = _group(numbered["number"], numbered["title"], table, unsure)
                del stack[group["number"].count(".") :]
                (stack[-1]["groups"] if stack else groups).append(group)
                stack.append(group)
            elif bullet and stack:
                stack[-1]["tasks"].append(_task(stack[-1], bullet["text"], table, unsure))
            elif stack:
                unsure.append(
                    f"a paragraph under {stack[-1]['id']} is not a task: {paragraph[:60]}"
                )
        elif section.startswith("TỔ CHỨC"):
            implementation.append(paragraph)
            numeral = numeral or next(
                (r["numeral"] for p in reversed(parts[:index]) if (r := ROMAN.match(p))), "III"
            )
    data["purposes"] = purposes
    data["requirements"] = requirements
    for group in _walk(groups):
        _item_as_task(group, unsure)
    if data.get("kind") in ("plan", "joint-plan") and implementation:
        groups += _body_groups(implementation, numeral, table, unsure)
    data["task_groups"] = [_tidy(group) for group in groups]
    if implementation:
        data["implementation"] = implementation
    return tail_start


#: The part that holds the tasks: "NỘI DUNG PHỐI HỢP" in a program, "NHIỆM VỤ VÀ GIẢI
#: PHÁP", "NHIỆM VỤ CỤ THỂ", "CÁC HOẠT ĐỘNG" or "NỘI DUNG THỰC HIỆN" in a plan.
_TASKS_PART = re.compile(r"^(?:CÁC\s+)?(?:NỘI DUNG|NHIỆM VỤ|HOẠT ĐỘNG)\b")
_COLLECTIVE = re.compile(r"\s+(?:các|cấp)\s+[^,;.:]+(?:,\s*[a-zđà-ỹ][^,;.:]*)*")
_COLLECTIVE_LEVELS = (
    (re.compile(r"(?i)\b(?:xã|phường|thị trấn)\b"), "commune"),
    (re.compile(r"(?i)\b(?:huyện|quận|thị xã)\b"), "district"),
    (re.compile(r"(?i)\b(?:tỉnh)\b"), "province"),
)


def _role_segments(paragraph: str) -> list[tuple[str, str, str]] | None:
    """The labelled parts of a role line: (label's role or "when", what it says, as printed).

    "- Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Thanh tra tỉnh." is two;
    a paragraph that does not start with a label is none.
    """
    labels = [
        m
        for m in ROLE_LABEL.finditer(paragraph)
        if (m.start() == 0 or paragraph[: m.start()].rstrip()[-1:] in (";", ".", ","))
        and counts_as_role_label(paragraph, m)
    ]
    if not labels or labels[0].start() != 0:
        return None
    parts = []
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(paragraph)
        said = paragraph[label.end() : end].strip().rstrip(".;,").strip()
        role = "when" if label["when"] else (label["role"] or label["bare"]).casefold()
        printed = paragraph[label.start() : end].lstrip("-\u2013+• ").strip().rstrip(".;,")
        parts.append((role, said, printed))
    return parts


def _role_line(paragraph: str, item: dict[str, Any], table: Table, unsure: list[str]) -> bool:
    """Read a line that says who leads or supports ``item``, or when it is due; whether it did.

    "Cơ quan chủ trì: Sở Tư pháp." gives the item its leads, "Cơ quan phối
    hợp: A, B." its supports ("Cơ quan thực hiện" and "Đơn vị chịu trách
    nhiệm" lead too), "Thời gian thực hiện: Quý II năm 2023." its deadline
    (see :func:`_deadline`); one line may say several ("Chủ trì: A; phối hợp:
    B."). A body the line names that is not read is listed to complete, the
    line kept in the item's note, as is a line naming the leaders in charge
    ("Lãnh đạo phụ trách: ..."): people, not bodies.
    """
    if IN_CHARGE_LABEL.match(paragraph):
        item.setdefault("_said", []).append(paragraph.lstrip("-\u2013+• ").strip().rstrip(".;"))
        return True
    parts = _role_segments(paragraph)
    if parts is None:
        return False
    for role, said, printed in parts:
        item.setdefault("_said", []).append(printed)
        if role == "when":
            item["_when"] = said
            continue
        field = "supports" if role == "phối hợp" else "leads"
        found = _role_bodies(said, table)
        if found:
            item[field] = list(dict.fromkeys([*item.get(field, []), *found]))
        else:
            unsure.append(f"group {item['id']}: a body of '{printed[:70]}' is not read")
    return True


def _body_groups(
    paragraphs: list[str], numeral: str, table: Table, unsure: list[str]
) -> list[dict[str, Any]]:
    """A plan's tasks as its part "TỔ CHỨC THỰC HIỆN" gives each body its own.

    "2. Sở Nông nghiệp và Môi trường" over dashed tasks: each dash is a task
    that body leads (with the bodies it names after "Phối hợp với" as its
    supports); "1. Phòng Quản lý Công nghiệp: Là đầu mối ..." or a body's
    name followed by a sentence is one task. A heading that is not bodies'
    names alone ("Giám đốc các Sở ...", "Các Sở, ban, ngành") opens no group:
    its tasks are left in the implementation text.
    """
    groups: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for paragraph in paragraphs:
        numbered = NUMBERED.match(paragraph)
        bullet = BULLET.match(paragraph)
        if numbered:
            current = _body_heading(numbered["number"], numbered["title"], numeral, table)
            if current is not None:
                groups.append(current)
                said = current.pop("_said")
                if said:
                    current["tasks"].append(_task(current, said, table, unsure))
        elif current is not None and bullet:
            current["tasks"].append(_task(current, bullet["text"], table, unsure))
        elif current is not None and not current["tasks"]:
            current["tasks"].append(_task(current, paragraph, table, unsure))
        else:
            current = None
    for group in groups:
        unsure.append(
            f"group {group['id']}: its tasks are read from the part that gives each body its "
            f"own ('{group['title']}'): check them against the tasks part"
        )
    return [group for group in groups if group["tasks"]]


def _body_heading(number: str, title: str, numeral: str, table: Table) -> dict[str, Any] | None:
    """The group a heading that names bodies opens, its own task after a colon; or None."""
    if "." in number:
        return None
    position = 0
    leads: list[str] = []
    for start, body in match(title, table):
        if not re.fullmatch(r"[\s,;]*(?:và\s*)?", title[position:start]):
            break
        leads.append(body.id)
        position = start + len(_written_at(title, start, body))
    rest = title[position:].strip()
    said = rest[1:].strip() if rest.startswith(":") else rest
    if not leads or (said and not said[:1].isupper()):
        return None  # not bodies alone: "X chủ trì, phối hợp ...", "Giám đốc các Sở ..."
    return {
        "id": f"{numeral}.{number}",
        "title": title[:position].strip(" ,;"),
        "number": number,
        "leads": list(dict.fromkeys(leads)),
        "tasks": [],
        "groups": [],
        "_said": said.rstrip(" ."),
    }


def _role_bodies(said: str, table: Table) -> list[str]:
    """The ids of the bodies a role line names; a body of many places kept whole.

    "Ủy ban nhân dân các huyện, thành phố" is one body (every district's
    committee), not the committee its first words name: it is read whole, at
    the level its places say, and listed with the bodies read by their grammar.
    """
    ids = []
    for start, body in match(said, table):
        written = _written_at(said, start, body)
        many = _COLLECTIVE.match(said, start + len(written)) if written else None
        if many is None:
            ids.append(body.id)
            continue
        name = said[start : many.end()].strip()
        level = next((lv for rx, lv in _COLLECTIVE_LEVELS if rx.search(many[0])), body.level)
        entry = next((k for k in table if name in k.names), None)
        if entry is None:
            entry = KnownBody(body_id(name), name, (name,), body.kind, level)
            table.grammar.add(entry.id)
            table.append(entry)
        ids.append(entry.id)
    return list(dict.fromkeys(ids))


def _item_as_task(group: dict[str, Any], unsure: list[str]) -> None:
    """A numbered item whose lines say who does it, with no dashed task of its own, is the task.

    Its heading is its text; the roles stay the group's (they apply to the task),
    and the lines that said them, with its time, are kept in the task's note (in
    the group's, when it has dashed tasks of its own).
    """
    said: list[str] = group.pop("_said", [])
    when: str | None = group.pop("_when", None)
    if not said:
        return
    if group["tasks"] or group.get("groups"):
        # Its dashed tasks take the roles from the group: the lines are the group's note.
        group["note"] = "; ".join([*filter(None, [group.get("note")]), *said]) + "."
        return
    task: dict[str, Any] = {"id": f"{group['id']}.1", "text": group["title"]}
    deadline = _deadline(when) if when else None
    if deadline is not None:
        task["deadline"] = deadline
    elif when and re.search(r"(?:19|20)\d\d", when):
        unsure.append(f"deadline {task['id']}: the time '{when}' is not read as a deadline")
    task["note"] = "; ".join(said) + "."
    group["tasks"].append(task)


_QUARTERS = {"i": 3, "1": 3, "ii": 6, "2": 6, "iii": 9, "3": 9, "iv": 12, "4": 12}


def _deadline(when: str) -> str | dt.date | None:
    """The deadline a plan's time line states: a year, a month, a quarter's last month, a day.

    "Năm 2023" is ``"2023"``, "Tháng 6/2024" ``"2024-06"``, "Quý II năm 2023"
    ``"2023-06"``, "Trước ngày 15/12/2023" (or "31/12/2023", "ngày 15 tháng 12
    năm 2023") that day; "Thường xuyên" or "Hằng năm" state none, nor does a
    day no calendar has.
    """
    year = r"(?P<year>(?:19|20)\d\d)"
    said = when.strip().rstrip(".;")
    found = re.fullmatch(rf"(?i:(?:trong\s+)?năm)\s+{year}", said)
    if found:
        return found["year"]
    found = re.fullmatch(
        rf"(?i:(?:trong\s+)?tháng)\s+(?P<month>\d{{1,2}})\s*(?:/|năm)\s*{year}", said
    )
    if found and 1 <= int(found["month"]) <= 12:
        return f"{found['year']}-{int(found['month']):02d}"
    found = re.fullmatch(
        rf"(?i:(?:trong\s+)?quý)\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|năm)\s*{year}", said
    )
    if found:
        return f"{found['year']}-{_QUARTERS[found['q'].casefold()]:02d}"
    before = r"(?i:(?:(?:hoàn thành\s+)?(?:trước|chậm nhất)\s+)?(?:ngày\s+)?)"
    day = r"(?P<day>\d{1,2})(?:/|\s+tháng\s+)(?P<month>\d{1,2})(?:/|\s+năm\s+)"
    found = re.fullmatch(rf"{before}{day}{year}", said)
    if found:
        try:
            return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        except ValueError:
            return None
    return None


def _group(number: str, title: str, table: Table, unsure: list[str]) -> dict[str, Any]:
    """A numbered section of part II: a task group, with the leads and supports it names."""
    heading = title.rstrip(":").strip()
    leads, supports = _roles(heading, table)
    group: dict[str, Any] = {
        "id": f"II.{number}",
        "title": heading,
        "number": number,
        "tasks": [],
        "groups": [],
    }
    if leads:
        group["leads"] = leads
    if supports:
        group["supports"] = supports
    said_roles = "chủ trì" in heading
    if said_roles and (not leads or ("phối hợp" in heading and not supports)):
        role = "lead" if not leads else "supporting"
        unsure.append(
            f"group II.{number}: the {role} body of '{heading[:70]}' is not in the "
            "table of known bodies"
        )
        group["note"] = (
            "Tên cơ quan trong tiêu đề chưa khớp bảng cơ quan đã biết; bổ sung leads/supports."
        )
    return group


def _task(owner: dict[str, Any], text: str, table: Table, unsure: list[str]) -> dict[str, Any]:
    """A dash bullet under a group: a task, with the supporting bodies it adds."""
    task: dict[str, Any] = {"id": f"{owner['id']}.{len(owner['tasks']) + 1}", "text": text}
    read, unread = _task_supports(text, table)
    extra = [b for b in read if b not in owner.get("leads", [])]
    extra = [b for b in extra if b not in owner.get("supports", [])]
    if extra:
        task["supports"] = extra
    if unread and _NAMES_SUPPORTS.match(text):
        # "Phối hợp với <a body> ..." whose body (or a body it lists next) is not read.
        unsure.append(f"task {task['id']}: a supporting body is not matched: '{text[:100]}'")
        task["note"] = "Cơ quan phối hợp nêu trong nhiệm vụ chưa khớp bảng cơ quan đã biết."
    return task


def _parties(
    data: dict[str, Any], signatories: list[dict[str, Any]], regulation: bool, table: Table
) -> None:
    """The parties (the bodies that lead a part, then those that sign) and the third parties."""
    title, preamble = str(data["title"]), str(data.get("preamble", ""))
    groups = data.get("task_groups", [])
    used: dict[str, None] = {}
    for group in _walk(groups):
        used.update(dict.fromkeys(group.get("leads", [])))
    used.update(dict.fromkeys(s["party"] for s in signatories if s["party"] is not None))
    named: dict[str, None] = {}
    for group in _walk(groups):
        named.update(dict.fromkeys(group.get("supports", [])))
        for task in group["tasks"]:
            named.update(dict.fromkeys(task.get("supports", [])))
    if regulation or not used:
        # A regulation binds the bodies its title names ("giữa X và Y"), whoever
        # signs; a program whose parts name no lead, likewise.
        said = f"{title} {_own_words(preamble)}".rstrip()
        between = re.search(
            # "giữa A và B", "giữa A, B và C": up to what follows the bodies.
            r"giữa\s+(.{1,200}?)"
            r"(?:,?\s+(?:về|giai đoạn|nhiệm kỳ|thống nhất|cụ thể|trong)\b|[;:(.]|$)",
            said,
        )
        if between:
            bodies = match(between[1], table)
            if bodies and between.end() == len(said) and said[-1:].isalpha():
                # The copy stops inside the last body it names ("... và Ban Thường trực Ủy
                # ban Trung ư"): that name is cut, no party's.
                bodies = bodies[:-1]
            used.update(dict.fromkeys(body.id for _, body in bodies))
    by_id = {body.id: body for body in table}
    data["parties"] = [party_data(by_id[i]) for i in used]
    for party in data["parties"]:
        organ = issuing_organ(by_id[party["id"]], f"{title} {preamble}")
        if organ:
            party["issuing_organ"] = organ
    third = [party_data(by_id[i]) for i in named if i not in used]
    if third:
        data["third_parties"] = third


#: The words that start a preamble's citation of another act ("Căn cứ Chương trình phối hợp
#: số ... giữa A với B"): the bodies it names are that act's.
_CITING = re.compile(
    r"(?<!\w)(?:Căn\s+cứ|Thực\s+hiện|Thi\s+hành|Theo\s+đề\s+nghị|Xét|Trên\s+cơ\s+sở)\s"
    # The same words in small letters after a clause's comma or semicolon: "...; căn cứ Điều
    # lệ ...; trên cơ sở đánh giá kết quả thực hiện Chương trình phối hợp số ... giữa A và B".
    r"|(?<=[;,])\s*(?:căn\s+cứ|trên\s+cơ\s+sở)\s"
)
#: A sentence's end: a semicolon, or a stop before a capital (a number's "BĐ.TP" is none).
_CLAUSE_END = re.compile(r";|\.(?=\s+[^\W\d_])|\.\s*$")


def _own_words(preamble: str) -> str:
    """The preamble without its sentences that cite other acts."""
    kept: list[str] = []
    position = 0
    for citing in _CITING.finditer(preamble):
        if citing.start() < position:
            continue
        kept.append(preamble[position : citing.start()])
        stop = _CLAUSE_END.search(preamble, citing.end())
        position = stop.end() if stop else len(preamble)
    kept.append(preamble[position:])
    return " ".join(" ".join(kept).split())


def _tidy(group: dict[str, Any]) -> dict[str, Any]:
    tidy = {key: value for key, value in group.items() if value not in ([], None)}
    if "groups" in tidy:
        tidy["groups"] = [_tidy(sub) for sub in tidy["groups"]]
    return tidy


def _walk(groups: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for group in groups:
        group.setdefault("tasks", [])
        yield group
        yield from _walk(group.get("groups", []))


#: A standing organ a signature names without its body ("TM. BAN THƯỜNG
#: TRỰC"), and the kind of party that has it: the Front has a standing
#: board (and a presidium at the centre), a People's Council a standing
#: committee.
def _settle_organs(
    signatories: list[dict[str, Any]], parties: list[dict[str, Any]], unsure: list[str]
) -> list[dict[str, Any]]:
    """Give a signature naming only a standing organ the one party that has such an organ."""
    settled = []
    for signatory in signatories:
        if signatory["party"] is None:
            authority = signatory.get("authority") or ""
            acting = AUTHORITY.match(authority)
            organ = (acting["rest"] if acting else authority).strip().casefold()
            fits = next((f for o, f in STANDING_ORGANS.items() if o.casefold() == organ), None)
            owners = [p for p in parties if fits is not None and fits(p)]
            if len(owners) != 1:
                unsure.append(
                    f"the signature of {signatory['title']} {signatory['name']}: its body is "
                    "not recognised"
                )
                continue
            signatory["party"] = owners[0]["id"]
        settled.append(signatory)
    return settled


#: The words of the lines in capitals kept to read a body named over several lines.
_HELD_WORDS = 24


def _tail(
    lines: list[str], text: str, bodies: Sequence[KnownBody], unsure: list[str]
) -> tuple[list[dict[str, Any]], list[str], dt.date | None]:
    """Signature blocks (body, title, name) and the recipients after *Nơi nhận*."""
    signatories: list[dict[str, Any]] = []
    recipients: list[str] = []
    body: str | None = None
    title: str | None = None
    authority: str | None = None
    held = ""  # the capitals of a body named over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK")
    in_recipients = False
    for line in lines:
        if line.startswith("Nơi nhận"):
            in_recipients = True
            continue
        bullet = BULLET.match(line)
        if in_recipients and bullet:
            if is_recipient(bullet["text"]):
                recipients.append(bullet["text"])
            # The list ends at its file copy ("Lưu: VT") or at a line no recipient is.
            in_recipients = is_recipient(bullet["text"]) and not bullet["text"].startswith("Lưu")
            continue
        if (
            in_recipients
            and recipients
            and any(c.islower() for c in line)
            and not (looks_like_name(line) or line[:1].islower())
        ):
            in_recipients = False
        if line.isupper():
            acting = AUTHORITY.match(line)
            if acting and not TITLES.match(line):
                # "TM. ỦY BAN NHÂN DÂN TỈNH": signs for a collective, which it names.
                authority = line
                body = body_in_capitals(acting["rest"], bodies) or body
            elif TITLES.match(line):
                if acting and title is None:
                    authority = line  # "KT. CHỦ TỊCH", the title follows
                else:
                    title = line
            else:
                joined = f"{held} {line}" if held else line
                body = body_in_capitals(joined, bodies) or body_in_capitals(line, bodies) or body
                # A body's name spans a few lines at most: text in capitals is not held whole.
                held = " ".join(joined.split(" ")[-_HELD_WORDS:])
            continue
        if looks_like_name(line) and title:
            # A body not recognised keeps party None and its authority line,
            # for the document's parties to settle (see _settle_organs).
            signatory: dict[str, Any] = {"party": body, "title": title, "name": line}
            if authority:
                signatory["authority"] = authority
            signatories.append(signatory)
            body = title = authority = None
            held = ""
    dates = sorted({match[1] for match in SIGNED.finditer(text)})
    signed = dt.date.fromisoformat(dates[0]) if dates else None
    if signed is not None:
        for signatory in signatories:
            signatory["signed_on"] = signed
    return signatories, recipients, signed
