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
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from coordprog.model._citations import Citation, find_citations
from coordprog.model._text import normalize_text


@attrs.frozen
class KnownBody:
    """A body the importer recognises: its id, its name, the ways documents write it.

    ``names`` are written forms, longest first matters not: the importer
    tries every form and keeps the longest that matches.

    .. versionadded:: 0.2.0
    """

    id: str
    name: str
    names: tuple[str, ...]
    kind: str | None = None
    level: str | None = None
    short_name: str | None = None


def _local_bodies() -> Iterator[KnownBody]:
    """The People's Committee, People's Council, Front and Party board below the province.

    Districts (*huyện*, *quận*, *thị xã*; abolished in 2025) and communes
    (*xã*, *phường*, *thị trấn*) sign regulations of their own ("Quy chế
    phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ
    Việt Nam huyện").
    """
    units = (
        ("huyện", "huyen", "district", "Huyện ủy"),
        ("quận", "quan", "district", "Quận ủy"),
        ("thị xã", "thi-xa", "district", "Thị ủy"),
        ("xã", "xa", "commune", "Đảng ủy xã"),
        ("phường", "phuong", "commune", "Đảng ủy phường"),
        ("thị trấn", "thi-tran", "commune", "Đảng ủy thị trấn"),
    )
    for unit, code, level, committee in units:
        yield KnownBody(
            f"ubnd-{code}",
            f"Ủy ban nhân dân {unit}",
            (f"Ủy ban nhân dân {unit}", f"UBND {unit}"),
            "state-agency",
            level,
            f"UBND {unit}",
        )
        yield KnownBody(
            f"hdnd-{code}",
            f"Hội đồng nhân dân {unit}",
            (
                f"Hội đồng nhân dân {unit}",
                f"HĐND {unit}",
                f"Thường trực Hội đồng nhân dân {unit}",
                f"Thường trực HĐND {unit}",
            ),
            "state-agency",
            level,
            f"HĐND {unit}",
        )
        yield KnownBody(
            f"mttq-{code}",
            f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit}",
            (
                f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit}",
                f"Ủy ban MTTQ Việt Nam {unit}",
                f"UBMTTQ {unit}",
                f"Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam {unit}",
                f"Ban Thường trực Ủy ban MTTQ Việt Nam {unit}",
            ),
            "front",
            level,
        )
        if level == "district":
            yield KnownBody(
                f"bdv-{code}",
                f"Ban Dân vận {committee}",
                (f"Ban Dân vận {committee}",),
                "party-board",
                level,
                "Ban Dân vận",
            )
        else:
            yield KnownBody(f"du-{code}", committee, (committee,), "party-committee", level)


#: The bodies every province has, and those above and below it, as
#: coordination documents write them.  A plugin adds its own with the
#: ``coordprog_import_bodies`` hook.
KNOWN_BODIES: tuple[KnownBody, ...] = (
    KnownBody(
        "bdv",
        "Ban Dân vận Tỉnh ủy",
        ("Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh uỷ", "BDVTU", "Ban Dân vận"),
        "party-board",
        "province",
        "Ban Dân vận",
    ),
    KnownBody(
        "bdt",
        "Ban Dân tộc tỉnh",
        ("Ban Dân tộc tỉnh", "Ban Dân tộc", "BDT tỉnh"),
        "state-agency",
        "province",
        "Ban Dân tộc",
    ),
    KnownBody(
        "btc-tu",
        "Ban Tổ chức Tỉnh ủy",
        ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh uỷ", "BTCTU"),
        "party-board",
        "province",
    ),
    KnownBody(
        "btg-tu",
        "Ban Tuyên giáo Tỉnh ủy",
        ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh uỷ"),
        "party-board",
        "province",
    ),
    KnownBody("snv", "Sở Nội vụ", ("Sở Nội vụ",), "state-agency", "province"),
    KnownBody("tct", "Trường Chính trị tỉnh", ("Trường Chính trị tỉnh",), "school", "province"),
    KnownBody(
        "ubnd",
        "Ủy ban nhân dân tỉnh",
        ("Ủy ban nhân dân tỉnh", "UBND tỉnh"),
        "state-agency",
        "province",
    ),
    KnownBody(
        "hdnd",
        "Hội đồng nhân dân tỉnh",
        (
            "Hội đồng nhân dân tỉnh",
            "HĐND tỉnh",
            # Its standing committee signs for it (the party's issuing organ).
            "Thường trực Hội đồng nhân dân tỉnh",
            "Thường trực HĐND tỉnh",
        ),
        "state-agency",
        "province",
        "HĐND tỉnh",
    ),
    KnownBody(
        "mttq",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "UBMTTQ tỉnh",
            # Its standing board signs for it.
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
        ),
        "front",
        "province",
    ),
    KnownBody(
        "hnd",
        "Hội Nông dân tỉnh",
        ("Hội Nông dân tỉnh", "Hội Nông dân"),
        "mass-organisation",
        "province",
    ),
    KnownBody(
        "hlhpn",
        "Hội Liên hiệp Phụ nữ tỉnh",
        ("Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh"),
        "mass-organisation",
        "province",
    ),
    # Central bodies that sign programs and joint resolutions with each other.
    KnownBody("chinh-phu", "Chính phủ", ("Chính phủ",), "state-agency", "central"),
    KnownBody(
        "bcsd-cp",
        "Ban cán sự đảng Chính phủ",
        ("Ban cán sự đảng Chính phủ", "BCSĐCP"),
        "party-board",
        "central",
    ),
    KnownBody(
        "ubtu-mttq",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        (
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Ủy ban Trung ương MTTQ Việt Nam",
        ),
        "front",
        "central",
        "UBTƯ MTTQ Việt Nam",
    ),
    KnownBody(
        "bdvtw",
        "Ban Dân vận Trung ương",
        ("Ban Dân vận Trung ương", "BDVTW"),
        "party-board",
        "central",
    ),
    KnownBody("ubdt", "Ủy ban Dân tộc", ("Ủy ban Dân tộc", "UBDT"), "state-agency", "central"),
    *_local_bodies(),
)

_ROMAN = re.compile(r"^(?P<numeral>[IVX]+)\.\s+(?P<title>.+)$")
_CHAPTER = re.compile(
    r"^(?:Chương|CHƯƠNG)\s+(?P<number>[IVXLC]+|\d+)(?:\s*[.:]\s*|\s+|$)(?P<title>.*)$"
)
_ARTICLE = re.compile(r"^Điều\s+(?P<number>\d+[a-z]?)\s*[.:]\s*(?P<caption>.*)$")
_POINT = re.compile(r"^(?P<letter>[a-zđ])\)\s+(?P<text>.+)$")
_CLAUSE = re.compile(r"^(?P<number>\d+)\.\s+(?P<text>.+)$")
# Lines of only rules and table borders, as web copies of documents have.
_RULE = re.compile(r"^[\s|\-_=*.]+$")
# Words a caption broken across lines may end with: the next line goes on with it.
_CONTINUES = ("của", "và", "với", "giữa", "cho", "đối", "trong", "về", "các", "giữa các")
# "Hòa Bình, ngày 20 tháng 3 năm 2019", or the date alone on its line.
_PLACE_DATE = re.compile(
    r"^(?:(?P<place>[^\d,;:]{2,40}),\s*)?ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})"
    r"\s+năm\s+(?P<year>\d{4})(?:\b(?(place)|$))"
)
_NUMBER_LINE = re.compile(r"^Số\s*:\s*(?P<number>\S+)")
_NUMBERED = re.compile(r"^(?P<number>\d+(?:\.\d+)*)\.\s+(?P<title>.+)$")
_BULLET = re.compile(r"^[-\u2013+]\s+(?P<text>.+)$")  # a hyphen, an en dash or a plus
_SENTENCE_END = re.compile(r"[.;:!?”\")]\s*$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_SIGNED = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}")
_NOISE = ("đã ký lên văn bản này", "CỤC CHỨNG THỰC SỐ", "BAN CƠ YẾU CHÍNH PHỦ")
_KIND_LINES = {
    "CHƯƠNG TRÌNH": "program",
    "QUY CHẾ": "regulation",
    "KẾ HOẠCH": "joint-plan",
    "NGHỊ QUYẾT LIÊN TỊCH": "joint-resolution",
}
_TITLES = re.compile(
    r"^(?:(?:KT|TM|Q|TL|TUQ)\.\s*)?(?:PHÓ\s+)?(?:TRƯỞNG BAN|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|"
    r"TRƯỞNG BAN THƯỜNG TRỰC|PHÓ CHỦ TỊCH)$"
)


@attrs.frozen
class Draft:
    """A draft program read from a document: the data of a program file, and what to check.

    ``data`` is what :func:`coordprog.from_data` reads; ``unsure`` lists,
    for a person, what the importer could not settle ("3 supporting bodies
    not matched to a party"); the draft carries the same remarks in its
    ``note`` fields where they apply.

    .. versionadded:: 0.2.0
    """

    data: dict[str, Any]
    unsure: tuple[str, ...]


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
        if (
            not line
            or _PAGE_NUMBER.match(line)
            or _RULE.match(line)
            or any(noise in line for noise in _NOISE)
        ):
            continue
        if _SIGNED.search(line) and len(line) < 40:
            continue
        previous = found[-1] if found else ""
        recipients = recipients or line.startswith("Nơi nhận")
        starts = (
            not found
            or (recipients and _BULLET.match(line))
            or _ROMAN.match(line)
            or _NUMBERED.match(line)
            or (line.isupper() and len(line) > 2)
            or previous.isupper()
            or line.startswith("Nơi nhận")
            or (
                _BULLET.match(line)
                and (
                    _SENTENCE_END.search(previous)
                    or _NUMBERED.match(previous)
                    or _ROMAN.match(previous)
                )
            )
            or previous.endswith(":")
            or _looks_like_name(line)
            or _starts_provision(line, previous)
        )
        if starts:
            found.append(line)
        elif re.search(r"\w-$", previous):
            # A symbol broken at its hyphen ("01-CTrPH/BDVTW-" / "BCSĐUBDT"): no space.
            found[-1] = f"{previous}{line}"
        else:
            found[-1] = f"{previous} {line}"
    return found


def _starts_provision(line: str, previous: str) -> bool:
    """Whether ``line`` starts a paragraph of a regulation's structure or of its basis.

    *Chương* and *Điều* lines always do, and the number (``Số: ...``) and
    place-and-date lines of the letterhead; a point ``a)`` after a sentence or
    a colon; each *Căn cứ* of the basis, and the capitalised sentence after
    the last; the text of an article after its caption (unless the caption
    ends with a word that goes on, "Trách nhiệm của").
    """
    if (
        _CHAPTER.match(line)
        or _ARTICLE.match(line)
        or line.startswith("Căn cứ")
        or _NUMBER_LINE.match(line)
        or _PLACE_DATE.match(line)
    ):
        return True
    if _POINT.match(line) and (_SENTENCE_END.search(previous) or previous.endswith(":")):
        return True
    capitalised = line[:1].isupper()
    if previous.startswith("Căn cứ") and previous.endswith((";", ".", ",")) and capitalised:
        return True
    heading = _ARTICLE.match(previous)
    return bool(
        heading
        and capitalised
        and heading["caption"]
        and not _SENTENCE_END.search(previous)
        and not previous.endswith(",")
        and previous.split()[-1] not in _CONTINUES
    )


def read_document(path: str | os.PathLike[str]) -> str:
    """The text of a document: plain text (UTF-8), DOCX, or a PDF with a text layer.

    DOCX needs python-docx and PDF pypdf (``pip install "coordprog[import]"``).

    :raises ImportError: naming the extra to install for a DOCX or PDF.
    :raises ValueError: for a PDF without a text layer (a scan) or another kind of file.

    .. versionadded:: 0.2.0
    """
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix in (".txt", ".text", ""):
        return source.read_bytes().decode("utf-8-sig")
    if suffix == ".docx":
        try:
            import docx
        except ImportError:
            raise ImportError(
                'reading DOCX needs python-docx: pip install "coordprog[import]"'
            ) from None
        return "\n".join(_docx_lines(docx.Document(str(source))))
    if suffix == ".pdf":
        try:
            from pypdf import PdfReader
        except ImportError:
            raise ImportError('reading PDF needs pypdf: pip install "coordprog[import]"') from None
        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(source)).pages)
        if len(text.strip()) < 20:
            raise ValueError(
                f"{source}: the PDF has no text layer (a scan?): run OCR first, then import "
                "its text"
            )
        return text
    raise ValueError(f"{source}: expected a .txt, .docx or .pdf document, found {suffix!r}")


def _docx_lines(document: Any) -> Iterator[str]:
    """A DOCX's paragraphs in document order, tables read row by row where they stand.

    Letterheads and signature blocks are tables: read in place, the number,
    the place and date, and each signature's lines come where the document
    has them.  A cell merged across columns is read once.
    """
    from docx.table import Table

    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            yield block.text
            continue
        for row in block.rows:
            previous = None
            for cell in row.cells:
                if cell.text == previous:
                    continue  # the same merged cell again
                previous = cell.text
                for paragraph in cell.paragraphs:
                    yield paragraph.text


def _looks_like_name(line: str) -> bool:
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


def match_bodies(text: str, bodies: Iterable[KnownBody]) -> list[tuple[int, KnownBody]]:
    """The known bodies ``text`` names, each at the position of its longest written form."""
    found: list[tuple[int, int, KnownBody]] = []
    for body in bodies:
        for name in body.names:
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                found.append((match.start(), match.end(), body))
    kept: list[tuple[int, int, KnownBody]] = []
    for start, end, body in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and start < kept[-1][1]:
            continue  # inside a longer name already matched
        kept.append((start, end, body))
    return [(start, body) for start, _, body in kept]


def _roles(heading: str, bodies: tuple[KnownBody, ...]) -> tuple[list[str], list[str]]:
    """Leads and supports of a heading "X chủ trì, phối hợp với Y ..."."""
    lead_part, said, rest = heading.partition("chủ trì")
    if not said:
        return [], []
    leads = [body.id for _, body in match_bodies(lead_part, bodies)]
    supports: list[str] = []
    if "phối hợp" in rest:
        after = rest.split("phối hợp", 1)[1]
        after = re.sub(r"^\s*(?:với)?\s*", "", after)
        for start, body in match_bodies(after, bodies):
            gap = after[:start]
            if supports and not re.fullmatch(r"[\s,]*(?:và)?[\s,]*", gap[-12:] if gap else ""):
                break
            if not supports and start > 2:
                break
            supports.append(body.id)
            after_end = start + max(len(n) for n in body.names if after[start:].startswith(n))
            after = " " * after_end + after[after_end:]
    return leads, [s for s in supports if s not in leads]


def _task_supports(text: str, bodies: tuple[KnownBody, ...]) -> list[str]:
    """The bodies a task names as supporting at its start: "Phối hợp A, B và C tổ chức ..."."""
    opening = re.match(r"^(?:Phối hợp|Phối hợp với)\s+", text)
    if not opening:
        return []
    rest = text[opening.end() :]
    found: list[str] = []
    position = 0
    for start, body in match_bodies(rest, bodies):
        if not re.fullmatch(r"[\s,]*(?:và\s*)?", rest[position:start]):
            break
        found.append(body.id)
        name = max((n for n in body.names if rest.startswith(n, start)), key=len)
        position = start + len(name)
    return found


def _shared_tails(citations: tuple[Citation, ...], text: str) -> list[Citation]:
    """Acts listed together share the date and issuer written after the last of them.

    "Quyết định 217-QĐ/TW, Quyết định 218-QĐ/TW, ngày 12/12/2013 của Bộ
    Chính trị": the first takes the date and issuer of the second.
    """
    result = list(citations)
    for index in range(len(result) - 2, -1, -1):
        current, following = result[index], result[index + 1]
        between = text[current.end : following.start]
        if (
            current.date is None
            and current.issuer is None
            and re.fullmatch(r"[\s,]*(và)?\s*", between)
        ):
            result[index] = attrs.evolve(current, date=following.date, issuer=following.issuer)
    return result


def _period(title: str) -> dict[str, Any] | None:
    """The years of "giai đoạn 2017-2021" or "nhiệm kỳ 2016 - 2021" (a term) in ``title``."""
    years = re.search(
        r"(giai đoạn|nhiệm kỳ)\s+((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)", title, re.IGNORECASE
    )
    if years is None:
        return None
    period: dict[str, Any] = {
        "start": dt.date(int(years[2]), 1, 1),
        "end": dt.date(int(years[3]), 12, 31),
        "precision": "year",
    }
    if years[1].casefold() == "nhiệm kỳ":
        period["term"] = years[0]
    return period


def _schedule(text: str, period_words: str) -> dict[str, Any]:
    """The schedule rules the document's sentences state."""
    rules: dict[str, Any] = {}
    lowered = text.casefold()
    if re.search(
        r"kế hoạch phối hợp( công tác)? hàng năm|kế hoạch phối hợp( công tác)? hằng năm", lowered
    ):
        rules["annual_plans"] = {}
    reviews = []
    cadence = re.search(r"định kỳ\s+(\d+)\s+tháng(?:\s*,\s*(\d+)\s+năm)?[^.]*?sơ kết", lowered)
    if cadence:
        months = int(cadence[1])
        reviews.append(
            {
                "id": f"{months}-month",
                "every_months": months,
                "name_vi": f"Sơ kết {months} tháng",
                "name_en": f"{months}-month interim review",
            }
        )
        if cadence[2]:
            reviews.append(
                {
                    "id": "yearly",
                    "every_months": 12 * int(cadence[2]),
                    "name_vi": "Sơ kết năm",
                    "name_en": "Yearly interim review",
                    "prepares_next_plan": "năm sau" in lowered,
                }
            )
    if reviews:
        rules["reviews"] = reviews
    if "tổng kết" in lowered:
        rules["final_review"] = {
            "name_vi": f"Tổng kết Chương trình phối hợp {period_words}".strip(),
            "name_en": "Final review",
        }
    return rules


def draft_program(text: str, bodies: Iterable[KnownBody] = KNOWN_BODIES) -> Draft:
    """Read a coordination program's text into a draft program file's data.

    ``bodies`` is the table of known bodies that names are matched to (the
    built-in :data:`KNOWN_BODIES` and what plugins add).  What the text
    does not settle is listed in :attr:`Draft.unsure`, never guessed.
    """
    table = tuple(bodies)
    parts = paragraphs(text)
    unsure: list[str] = []
    data: dict[str, Any] = {"id": "draft"}
    first_roman = next((i for i, p in enumerate(parts) if _ROMAN.match(p)), len(parts))
    first_provision = next(
        (i for i, p in enumerate(parts) if _CHAPTER.match(p) or _ARTICLE.match(p)), len(parts)
    )
    # A regulation or joint resolution is written in chapters and articles,
    # a program in roman-numbered parts.
    regulation = first_provision < first_roman
    first_part = min(first_roman, first_provision)
    kind_line = next((p for p in parts[:first_part] if p in _KIND_LINES), None)
    kind = _KIND_LINES[kind_line] if kind_line else ("regulation" if regulation else "program")
    data["kind"] = kind
    _letterhead(parts[:first_part], data)
    # The opening: from the document type to the first part or provision.
    opening = [p for p in parts[:first_part] if p not in _KIND_LINES]
    title_match = None
    if regulation:
        title, preamble, basis, recased = _regulation_opening(parts[:first_part], kind_line, table)
        if not title:
            title = opening[0] if opening else ""
            unsure.append("the title was taken from the first line; check it")
        elif recased:
            unsure.append("the title was printed in capitals and is re-cased: check its names")
    else:
        preamble = " ".join(opening)
        basis = []
        title_match = re.search(r"xây dựng\s+(Chương trình phối hợp .+?),?\s+như sau", preamble)
        title = title_match[1] if title_match else (opening[0] if opening else "")
        if not title_match:
            unsure.append("the title was taken from the first line; check it")
    data["title"] = title
    if preamble:
        data["preamble"] = preamble
    period = _period(title)
    if period is None:
        unsure.append("no period ('giai đoạn YYYY - YYYY') found: the dates are placeholders")
        period = {"start": dt.date(2000, 1, 1), "end": dt.date(2000, 12, 31)}
    data["period"] = period
    purposes: list[str] = []
    requirements: list[str] = []
    implementation: list[str] = []
    groups: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    section = ""
    subsection = ""
    tail_start = len(parts)
    if regulation:
        tail_start = next(
            (i for i in range(first_part, len(parts)) if _starts_tail(parts[i])), len(parts)
        )
        # The body's name in capitals stands above the first title it signs with.
        while tail_start > first_part + 1 and _body_in_capitals_line(parts[tail_start - 1]):
            tail_start -= 1
        chapters, loose = _provisions(parts[first_part:tail_start], table, unsure)
        if chapters:
            data["chapters"] = chapters
        if loose:
            data["articles"] = loose
    for index in range(len(parts) if regulation else first_part, len(parts)):
        paragraph = parts[index]
        roman = _ROMAN.match(paragraph)
        if roman:
            section = roman["title"].upper()
            subsection = ""
            continue
        if paragraph.isupper() and section.startswith("TỔ CHỨC"):
            tail_start = index
            break
        numbered = _NUMBERED.match(paragraph)
        bullet = _BULLET.match(paragraph)
        if section.startswith("MỤC ĐÍCH"):
            if numbered:
                subsection = numbered["title"].casefold()
            elif bullet:
                (purposes if "mục đích" in subsection else requirements).append(bullet["text"])
        elif section.startswith("NỘI DUNG"):
            if numbered:
                number = numbered["number"]
                depth = number.count(".") + 1
                heading = numbered["title"].rstrip(":").strip()
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
                        "Tên cơ quan trong tiêu đề chưa khớp bảng cơ quan đã biết; "
                        "bổ sung leads/supports."
                    )
                del stack[depth - 1 :]
                (stack[-1]["groups"] if stack else groups).append(group)
                stack.append(group)
            elif bullet and stack:
                owner = stack[-1]
                task: dict[str, Any] = {
                    "id": f"{owner['id']}.{len(owner['tasks']) + 1}",
                    "text": bullet["text"],
                }
                extra = [
                    b
                    for b in _task_supports(bullet["text"], table)
                    if b not in owner.get("leads", [])
                ]
                extra = [b for b in extra if b not in owner.get("supports", [])]
                if extra:
                    task["supports"] = extra
                elif re.match(r"^Phối hợp(?: với)?\s+[A-ZĐ]", bullet["text"]):
                    # "Phối hợp <a body> ..." whose body the table does not know.
                    unsure.append(f"task {task['id']}: a supporting body is not matched")
                    task["note"] = (
                        "Cơ quan phối hợp nêu trong nhiệm vụ chưa khớp bảng cơ quan đã biết."
                    )
                owner["tasks"].append(task)
            elif stack:
                unsure.append(
                    f"a paragraph under {stack[-1]['id']} is not a task: {paragraph[:60]}"
                )
        elif section.startswith("TỔ CHỨC"):
            implementation.append(paragraph)
    data["purposes"] = purposes
    data["requirements"] = requirements
    data["task_groups"] = [_tidy(group) for group in groups]
    if implementation:
        data["implementation"] = implementation
    signatories, recipients, signed = _tail(parts[tail_start:], text, table, unsure)
    # The parties: the bodies that lead a part, then those that sign.
    used: dict[str, None] = {}
    for group in _walk(data["task_groups"]):
        used.update(dict.fromkeys(group.get("leads", [])))
    used.update(dict.fromkeys(s["party"] for s in signatories if s["party"] is not None))
    named: dict[str, None] = {}
    for group in _walk(data["task_groups"]):
        named.update(dict.fromkeys(group.get("supports", [])))
        for task in group["tasks"]:
            named.update(dict.fromkeys(task.get("supports", [])))
    if regulation or not used:
        # A regulation binds the bodies its title names ("giữa X và Y"), whoever
        # signs; a program whose parts name no lead, likewise.
        between = re.search(
            # "giữa A và B", "giữa A, B và C": up to what follows the bodies.
            r"giữa\s+(.{1,200}?)"
            r"(?:,?\s+(?:về|giai đoạn|nhiệm kỳ|thống nhất|cụ thể|trong)\b|[;:(.]|$)",
            f"{title} {preamble}",
        )
        if between:
            used.update(dict.fromkeys(body.id for _, body in match_bodies(between[1], table)))
    by_id = {body.id: body for body in table}
    data["parties"] = [_party(by_id[i]) for i in used]
    for party in data["parties"]:
        organ = _issuing_organ(by_id[party["id"]], f"{title} {preamble}")
        if organ:
            party["issuing_organ"] = organ
    third = [_party(by_id[i]) for i in named if i not in used]
    if third:
        data["third_parties"] = third
    if not data["parties"]:
        unsure.append("no signing party recognised: add the parties by hand")
    citations = _shared_tails(find_citations(" ".join(parts)), " ".join(parts))
    refs: dict[str, dict[str, Any]] = {}
    for citation in citations:
        if citation.number in refs:
            continue
        ref: dict[str, Any] = {
            "id": citation.number,
            "kind": citation.kind.value,
            "number": citation.number,
        }
        if citation.date:
            ref["date"] = citation.date
        else:
            unsure.append(f"citation {citation.number} has no date")
            ref["note"] = "Văn bản trích dẫn không ghi ngày; kiểm tra lại."
        if citation.issuer:
            ref["issuer"] = citation.issuer
        if citation.title:
            ref["title"] = citation.title
        refs[citation.number] = ref
    if refs:
        data["legal_refs"] = list(refs.values())
    # The acts the *Căn cứ* paragraphs cite are the document's basis.
    cited_basis = [c.number for c in find_citations(" ".join(basis)) if c.number in refs]
    if cited_basis:
        data["basis"] = list(dict.fromkeys(cited_basis))
    if title_match and citations and citations[0].start < len(preamble):
        first = citations[0]
        if first.kind.value == "program":
            data["parent"] = first.number
            data["basis"] = [first.number]
    period_words = re.search(r"giai đoạn\s+\d{4}\s*-\s*\d{4}", title)
    data["schedule"] = _schedule(" ".join(parts), period_words[0] if period_words else "")
    signatories = _settle_organs(signatories, data["parties"], unsure)
    if signatories:
        data["signatories"] = signatories
    if recipients:
        data["recipients"] = recipients
    if signed is not None:
        data["signed_on"] = signed
    province = data.get("province")
    if province:
        for party in (*data["parties"], *data.get("third_parties", [])):
            if party.get("level") == "province":
                party["province"] = province
    return Draft(data=data, unsure=tuple(unsure))


def _letterhead(opening: list[str], data: dict[str, Any]) -> None:
    """The number (``Số: ...``), place and date of signing, and province of the letterhead."""
    for paragraph in opening:
        number = _NUMBER_LINE.match(paragraph)
        if number and "number" not in data:
            data["number"] = number["number"].rstrip(".,;")
        place = _PLACE_DATE.match(paragraph)
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


#: Proper names kept capitalised when a title printed in capitals is re-cased.
_PROPER = ("Việt Nam", "Mặt trận Tổ quốc", "Chính phủ", "Quốc hội", "Đảng", "Nhà nước")


def _recase(text: str, bodies: tuple[KnownBody, ...]) -> str:
    """A title printed in capitals, in sentence case with the names of known bodies restored."""
    result = text.lower()
    result = result[:1].upper() + result[1:]
    names = sorted({n for b in bodies for n in (b.name, *b.names)} | set(_PROPER), key=len)
    for name in reversed(names):  # the longest first
        if name.isupper():
            continue  # an abbreviation ("UBND tỉnh") is never printed in a title
        result = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name, result, flags=re.IGNORECASE)
    return result


def _regulation_opening(
    opening: list[str], kind_line: str | None, bodies: tuple[KnownBody, ...]
) -> tuple[str, str, list[str], bool]:
    """A regulation's title, preamble, *Căn cứ* paragraphs, and whether the title was re-cased.

    The title is the heading under the document type: in capitals (maybe
    broken over lines), re-cased; or already in sentence case ("Quy chế
    phối hợp ..."), as it is.  The preamble is what follows the title and
    the last *Căn cứ*, letterhead lines left out.
    """
    title = ""
    after = 0
    recased = False
    if kind_line is not None:
        index = opening.index(kind_line)
        words = [kind_line]
        after = index + 1
        for paragraph in opening[index + 1 :]:
            if any(char.islower() for char in paragraph):
                if len(words) == 1 and paragraph.casefold().startswith(kind_line.casefold()):
                    title = paragraph
                    after += 1
                break
            words.append(paragraph)
            after += 1
        if not title and len(words) > 1:
            title = _recase(" ".join(words), bodies)
            recased = True
    basis = [p for p in opening if p.startswith("Căn cứ")]
    last_basis = max((i for i, p in enumerate(opening) if p.startswith("Căn cứ")), default=-1)
    preamble = " ".join(
        p
        for p in opening[max(last_basis + 1, after) :]
        if any(char.islower() for char in p)
        and not _NUMBER_LINE.match(p)
        and not _PLACE_DATE.match(p)
        and p != "Độc lập - Tự do - Hạnh phúc"
    )
    return title, preamble, basis, recased


def _body_in_capitals_line(paragraph: str) -> bool:
    """A line of a signature block naming a body: in capitals, neither a chapter nor an article."""
    return (
        paragraph.isupper()
        and not _CHAPTER.match(paragraph)
        and not _ARTICLE.match(paragraph)
        and not _TITLES.match(paragraph)
    )


def _starts_tail(paragraph: str) -> bool:
    """Whether the signatures, *Nơi nhận* or an appendix start at ``paragraph``."""
    return (
        # An appendix (PHỤ LỤC) ends the articles too.
        paragraph.startswith(("Nơi nhận", "PHỤ LỤC"))
        or bool(_TITLES.match(paragraph))
        or bool(re.match(r"^(?:TM|KT|Q|TL|TUQ)\.\s", paragraph))
    )


#: Captions' words, in the order they are tried, and the kind of article they make.
_ARTICLE_KINDS = (
    ("phạm vi", "scope"),
    ("nguyên tắc", "principles"),
    ("mục đích", "purpose"),
    ("đối tượng", "subjects"),
    ("nội dung", "content"),
    ("trách nhiệm", "responsibilities"),
    ("thông tin", "reporting"),
    ("báo cáo", "reporting"),
    ("phương thức", "modes"),
    ("hình thức", "modes"),
    ("cách thức", "modes"),
    ("cơ chế", "modes"),
    ("tổ chức thực hiện", "implementation"),
    ("hiệu lực", "implementation"),
    ("thi hành", "implementation"),
    ("sửa đổi", "implementation"),
)


def _provisions(
    paragraphs: list[str], bodies: tuple[KnownBody, ...], unsure: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Chapters of articles, and articles outside chapters, from a regulation's paragraphs.

    An article's paragraphs before its first clause are its text; ``1.``
    starts a clause, ``a)`` a point of the clause; any other paragraph goes
    on the text of what it follows, on a line of its own.
    """
    chapters: list[dict[str, Any]] = []
    loose: list[dict[str, Any]] = []
    article: dict[str, Any] | None = None
    clause: dict[str, Any] | None = None
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        index += 1
        chapter = _CHAPTER.match(paragraph)
        if chapter:
            title = [chapter["title"]] if chapter["title"] else []
            # A title printed in capitals, maybe broken over lines.
            while (
                index < len(paragraphs)
                and not any(char.islower() for char in paragraphs[index])
                and not _ARTICLE.match(paragraphs[index])
            ):
                title.append(paragraphs[index])
                index += 1
            if not title:
                unsure.append(f"Chương {chapter['number']} has no title")
                title = ["[Chưa đọc được tên chương]"]
            chapters.append({"number": chapter["number"], "title": " ".join(title)})
            article = clause = None
            continue
        heading = _ARTICLE.match(paragraph)
        if heading:
            caption = heading["caption"].strip().rstrip(".")
            article = {"number": heading["number"]}
            if caption:
                article["caption"] = caption
                folded = caption.casefold()
                article["kind"] = next(
                    (kind for word, kind in _ARTICLE_KINDS if word in folded), "other"
                )
                named = list(dict.fromkeys(body.id for _, body in match_bodies(caption, bodies)))
                if named:
                    article["parties"] = named
            (chapters[-1].setdefault("articles", []) if chapters else loose).append(article)
            clause = None
            continue
        if article is None:
            unsure.append(f"a paragraph before the first article is left out: {paragraph[:60]}")
            continue
        numbered = _CLAUSE.match(paragraph)
        point = _POINT.match(paragraph)
        if numbered:
            clause = {"number": numbered["number"], "text": numbered["text"]}
            article.setdefault("clauses", []).append(clause)
        elif point and clause is not None:
            clause.setdefault("points", []).append(
                {"letter": point["letter"], "text": point["text"]}
            )
        else:
            owner = clause if clause is not None else article
            if owner is clause and clause.get("points"):
                owner = clause["points"][-1]
            owner["text"] = f"{owner['text']}\n{paragraph}" if owner.get("text") else paragraph
    return chapters, loose


_ORGAN = re.compile(r"(?:Ban Thường trực|Thường trực|Đoàn Chủ tịch)\s+")


def _issuing_organ(body: KnownBody, text: str) -> str | None:
    """The standing organ ``text`` says signs for ``body``: "Thường trực Hội đồng nhân dân tỉnh"."""
    for name in sorted(body.names, key=len, reverse=True):
        if _ORGAN.match(name):
            continue  # a form that is itself the organ's name: found below through the body's
        found = re.search(rf"{_ORGAN.pattern}{re.escape(name)}(?!\w)", text)
        if found:
            return found[0]
    return None


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


def _party(body: KnownBody) -> dict[str, Any]:
    party: dict[str, Any] = {"id": body.id, "name": body.name}
    if body.short_name:
        party["short_name"] = body.short_name
    if body.kind:
        party["kind"] = body.kind
    if body.level:
        party["level"] = body.level
    return party


_AUTHORITY = re.compile(r"^(?:TM|KT|Q|TL|TUQ)\.\s*(?P<rest>.*)$")


def _body_in_capitals(line: str, bodies: tuple[KnownBody, ...]) -> str | None:
    """The known body a line in capitals names ("BAN DÂN TỘC TỈNH", "THƯỜNG TRỰC HĐND TỈNH")."""
    matched = match_bodies(line.title(), bodies) or match_bodies(line, bodies)
    if matched:
        return matched[0][1].id
    # Compare without case, the longest written form the line holds.
    folded = line.casefold()
    found = [
        (len(name), body.id)
        for body in bodies
        for name in body.names
        if re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded)
    ]
    return max(found)[1] if found else None


#: A standing organ a signature names without its body ("TM. BAN THƯỜNG
#: TRỰC"), and the kind of party that has it: the Front has a standing
#: board (and a presidium at the centre), a People's Council a standing
#: committee.
def _is_front(party: dict[str, Any]) -> bool:
    return party.get("kind") == "front"


def _is_council(party: dict[str, Any]) -> bool:
    return str(party["id"]).startswith("hdnd")


_ORGANS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "ban thường trực": _is_front,
    "đoàn chủ tịch": _is_front,
    "thường trực": _is_council,
}


def _settle_organs(
    signatories: list[dict[str, Any]], parties: list[dict[str, Any]], unsure: list[str]
) -> list[dict[str, Any]]:
    """Give a signature naming only a standing organ the one party that has such an organ."""
    settled = []
    for signatory in signatories:
        if signatory["party"] is None:
            authority = signatory.get("authority") or ""
            acting = _AUTHORITY.match(authority)
            organ = (acting["rest"] if acting else authority).casefold().strip()
            fits = _ORGANS.get(organ)
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


def _tail(
    lines: list[str], text: str, bodies: tuple[KnownBody, ...], unsure: list[str]
) -> tuple[list[dict[str, Any]], list[str], dt.date | None]:
    """Signature blocks (body, title, name) and the recipients after *Nơi nhận*."""
    signatories: list[dict[str, Any]] = []
    recipients: list[str] = []
    body: str | None = None
    title: str | None = None
    authority: str | None = None
    in_recipients = False
    for line in lines:
        if line.startswith("Nơi nhận"):
            in_recipients = True
            continue
        bullet = _BULLET.match(line)
        if in_recipients and bullet:
            recipients.append(bullet["text"])
            continue
        if line.isupper():
            acting = _AUTHORITY.match(line)
            if acting and not _TITLES.match(line):
                # "TM. ỦY BAN NHÂN DÂN TỈNH": signs for a collective, which it names.
                authority = line
                body = _body_in_capitals(acting["rest"], bodies) or body
            elif _TITLES.match(line):
                if acting and title is None:
                    authority = line  # "KT. CHỦ TỊCH", the title follows
                else:
                    title = line
            else:
                body = _body_in_capitals(line, bodies)
            continue
        if _looks_like_name(line) and title:
            # A body not recognised keeps party None and its authority line,
            # for the document's parties to settle (see _settle_organs).
            signatory: dict[str, Any] = {"party": body, "title": title, "name": line}
            if authority:
                signatory["authority"] = authority
            signatories.append(signatory)
            body = title = authority = None
    dates = sorted({match[1] for match in _SIGNED.finditer(text)})
    signed = dt.date.fromisoformat(dates[0]) if dates else None
    if signed is not None:
        for signatory in signatories:
            signatory["signed_on"] = signed
    return signatories, recipients, signed
