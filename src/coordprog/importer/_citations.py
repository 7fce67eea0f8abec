"""Citations of acts in Vietnamese text: "Kết luận số 65-KL/TW, ngày 31/10/2019 của Bộ Chính trị".

The Party form writes a hyphen between number and symbol (``65-KL/TW``),
the State form a slash, sometimes with the year (``1719/QĐ-TTg``,
``04/2021/NQ-HĐND``), and joint acts join their issuers' symbols
(``01/2023/NQLT-CP-ĐCTUBTƯMTTQVN``).  Text extracted from PDFs breaks them
in known ways; the parser repairs what it can and says so.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from coordprog.model._legal import LegalKind, LegalRef
from coordprog.model._text import normalize_text

#: The words that name a kind of act, longest first, with the kind they are.
KIND_WORDS: tuple[tuple[str, LegalKind], ...] = (
    ("Nghị quyết liên tịch", LegalKind.JOINT_RESOLUTION),
    ("Thông tư liên tịch", LegalKind.CIRCULAR),
    ("Nghị quyết", LegalKind.RESOLUTION),
    ("Kết luận", LegalKind.CONCLUSION),
    ("Chỉ thị", LegalKind.DIRECTIVE),
    ("Quyết định", LegalKind.DECISION),
    ("Quy định", LegalKind.DECISION),
    ("Quy chế", LegalKind.REGULATION),
    ("Chương trình", LegalKind.PROGRAM),
    ("Kế hoạch", LegalKind.PLAN),
    ("Công văn", LegalKind.OFFICIAL_LETTER),
    ("Luật", LegalKind.LAW),
    ("Nghị định", LegalKind.DECREE),
    ("Thông tư", LegalKind.CIRCULAR),
    ("Đề án", LegalKind.PROJECT),
    ("Thông báo", LegalKind.OTHER),
    ("Hướng dẫn", LegalKind.OTHER),
)

_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_SYMBOL = rf"[{_UPPER}][{_UPPER}a-z0-9]*"
# Party: 65-KL/TW, 01-CTrPH/BDVTW-BCSĐUBDT; the PDF typo 218-QĐ-TW (no slash).
_PARTY = rf"\d+[a-z]?-{_SYMBOL}(?:/{_SYMBOL}(?:-{_SYMBOL})*|-(?:TW|TU|HU|ĐU))"
# State: 1719/QĐ-TTg, 04/2021/NQ-HĐND, 19/2008/NQLT/CP-UBTUMTTQVN.
_STATE = rf"\d+[a-z]?(?:/(?:19|20)\d\d)?/{_SYMBOL}(?:[-/]{_SYMBOL})*"
_KINDS = "|".join(re.escape(word) for word, _ in KIND_WORDS)
_DATE = (
    r"(?:ngày\s+)?(?P<day>\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(?P<month>\d{1,2})"
    r"\s*(?:/|-|\s+năm\s+)\s*(?P<year>(?:19|20)\d\d)"
)
_CITATION = re.compile(
    rf"(?P<kind>(?i:{_KINDS}))\s+(?:số\s+)?(?P<number>{_PARTY}|{_STATE})"
    rf"(?:\s*,?\s*{_DATE})?"
    # An issuer may carry its term in brackets ("Bộ Chính trị (khóa XI)"); other
    # brackets after it hold the act's title, as coordprog's reports write it.
    r"(?:\s+(?:của|do)\s+(?P<issuer>[^;,.()]+?(?:\s*\((?:khóa|khoá|nhiệm kỳ)[^)]*\))?))?"
    r"(?=\s+(?:về|phê duyệt|ban hành|quy định|theo|trên|và|thực hiện)\b|\s*\(|[;,.)]|$)",
)
_TITLE = re.compile(
    r"\s+(?:về|phê duyệt)\s+(?P<title>[^;]+?)(?=[;]|\.\s|\.$|$)"
    rf"|\s*\((?P<bracketed>[{_UPPER}][^()]*)\)"
)
# A joint act (NQLT, TTLT ...) has issuers joined by "và": "của Chính phủ và Ủy ban ...".
_JOINT_NUMBER = re.compile(r"/[A-ZĐ]*LT(?:[/-]|$)")
_SECOND_ISSUER = re.compile(
    r"\s+và\s+(?P<issuer>[^;,.()]+?)"
    r"(?=\s+(?:về|phê duyệt|ban hành|quy định|theo|trên|thực hiện)\b|\s*\(|[;,.)]|$)"
)
_NUMBER_ONLY = re.compile(rf"(?<![\w/-])(?:{_PARTY}|{_STATE})(?![\w/])")


@attrs.frozen
class Citation:
    """An act cited in a text, found at ``start`` to ``end`` (``text[start:end]``).

    ``number`` is the number and symbol as the act writes it, repaired
    where the text broke it (``repaired`` then says how).  ``date``,
    ``issuer`` and ``title`` are ``None`` when the citation does not give
    them.

    .. versionadded:: 0.2.0
    """

    kind: LegalKind
    number: str
    start: int
    end: int
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    repaired: str | None = None

    def legal_ref(self, ref_id: str | None = None) -> LegalRef:
        """The citation as a :class:`LegalRef` of a program, its id the number by default."""
        return LegalRef(
            id=ref_id or self.number,
            kind=self.kind,
            number=self.number,
            date=self.date,
            issuer=self.issuer,
            title=self.title,
        )


def _repair(number: str) -> tuple[str, str | None]:
    """The PDF typo of a Party number without its slash: 218-QĐ-TW is 218-QĐ/TW."""
    party = re.fullmatch(rf"(\d+[a-z]?-{_SYMBOL})-(TW|TU|HU|ĐU)", number)
    if party:
        fixed = f"{party[1]}/{party[2]}"
        return fixed, f"{number} read as {fixed}"
    return number, None


def _date(match: re.Match[str]) -> dt.date | None:
    if match["day"] is None:
        return None
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _kind(word: str) -> LegalKind:
    # Documents write "Nghị quyết Liên tịch" as often as "Nghị quyết liên tịch".
    return next(kind for name, kind in KIND_WORDS if name.casefold() == word.casefold())


def find_citations(text: str) -> tuple[Citation, ...]:
    """Every citation of an act in ``text``, in order, with its position.

    Recognised: the kinds of act Vietnamese documents cite (*Nghị quyết*,
    *Kết luận*, *Chỉ thị*, *Quyết định*, *Công văn*, *Kế hoạch* ...),
    optionally *số*, a number in the Party or the State form, a date
    (``ngày 30/10/2019``, ``30/10/2019``, ``ngày 30 tháng 10 năm 2019``),
    the issuer after *của* (both issuers of a joint act, *liên tịch*) and
    the subject after *về*.  Text is NFC and
    repaired first (:func:`coordprog.normalize_text`); positions refer to
    the repaired text, which has the same length.

    .. versionadded:: 0.2.0
    """
    text = normalize_text(text)
    found = []
    for match in _CITATION.finditer(text):
        number, repaired = _repair(match["number"])
        issuer = match["issuer"].strip() if match["issuer"] else None
        end = match.end()
        if issuer and _JOINT_NUMBER.search(number):
            second = _SECOND_ISSUER.match(text, end)
            if second:
                issuer = f"{issuer} và {second['issuer'].strip()}"
                end = second.end()
        title_match = _TITLE.match(text, end)
        # "về việc X" is about X.
        title = None
        if title_match:
            title = title_match["title"] or title_match["bracketed"]
            title = re.sub(r"^việc\s+", "", title.strip())
        found.append(
            Citation(
                kind=_kind(match["kind"]),
                number=number,
                start=match.start(),
                end=end if title_match is None else title_match.end(),
                date=_date(match),
                issuer=issuer or None,
                title=title or None,
                repaired=repaired,
            )
        )
    return tuple(found)


def parse_citation(text: str) -> Citation | None:
    """The first citation of an act in ``text`` (see :func:`find_citations`), or ``None``.

    >>> citation = parse_citation("Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị")
    >>> citation.number, citation.date, citation.issuer
    ('65-KL/TW', datetime.date(2019, 10, 30), 'Bộ Chính trị')

    .. versionadded:: 0.2.0
    """
    found = find_citations(text)
    return found[0] if found else None
