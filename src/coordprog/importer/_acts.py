"""The acts a document cites, once each, and how it cites them: basis, carried out, or other.

Each act cited by the text itself (not named inside another act's title)
becomes a legal reference; an act cited twice, under two spellings (by
date in the basis, by number in the title), is one reference with what
both say.  The *Căn cứ* paragraphs give the basis; "Thực hiện ...", "Thi
hành ...", "Trên cơ sở ..." what the document carries out; a proposal
("Theo đề nghị của ... tại Tờ trình số ..."), a replaced act or any other
mention is neither.  The document's own number is never an act it cites.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs

from coordprog.importer._citations import KIND_WORDS, Citation, find_citations
from coordprog.importer._document_text import (
    LOWER_LETTERS,
    UPPER_LETTERS,
    broken_symbol,
    word_in_sentence,
)
from coordprog.importer._grammar import find_bodies, read_body
from coordprog.importer._places import fold, unglue
from coordprog.model._dates import PartialDate
from coordprog.model._legal import LegalKind

#: Paragraphs whose acts are the basis, or what the document carries out.
# A clause may start with a dash, as a list of căn cứ prints it ("- Căn cứ Luật ...").
# "Cản cứ" is a misprint some copies carry.
_BASIS = re.compile(r"^(?:[-\u2013]\s*)?C[ăả]n\s*cứ", re.IGNORECASE)
_IMPLEMENTS = re.compile(
    r"^(?:[-\u2013]\s*)?(?:Thực\s*hiện|(?:Để\s+)?[Tt]hi\s*hành|Trên\s*cơ\s*sở|Triển\s*khai)",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"^(?:[-\u2013]\s*(?=Căn|Theo|Thực|Xét))?(?:Căn\s*cứ|Thực\s*hiện|Thi\s*hành|Trên\s*cơ\s*sở|Theo\s*đề\s*nghị|Xét|Để|QUYẾT|Điều\s*\d"
    r"|Chương|CHƯƠNG|[IVX]+\.|\d+\.|[A-ZĐ][A-ZĐ ]+$)"
)


#: The kind of act a line starts with: "Nghị định số ...", "Luật Tổ chức ...".
_ACT_STARTS = re.compile(
    r"^(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị"
    r"|Kết\s+luận|Quy\s+định|Kế\s+hoạch|Hướng\s+dẫn|Công\s+văn|Văn\s+bản)\b"
)
#: A basis numbered in the preamble, without a heading over it: "1. Căn cứ Luật ...".
NUMBERED_BASIS = re.compile(r"^\d{1,2}[.)]\s*C[ăả]n\s*cứ", re.IGNORECASE)
#: What ends a preamble: a part, a chapter, an article, the enacting word.
_PROVIDES = re.compile(r"^(?:[IVX]+\.\s|Điều\s*\d|Chương\s|CHƯƠNG\s|QUYẾT\s*ĐỊNH\s*:)")
#: A heading over a numbered list of the acts a plan is based on.
_BASIS_HEADING = re.compile(
    r"^(?:[IVX]+\.\s*)?CĂN\s*CỨ(?:\s+(?:XÂY\s+DỰNG|BAN\s+HÀNH|PHÁP\s+LÝ)|\s*$)"
)


def same_number(first: str, second: str, *, slash_as_hyphen: bool = True) -> bool:
    """Whether two numbers are one: spaces, hyphens, case and đ/Đ apart.

    A slash between the letters of the symbol is a hyphen printed otherwise
    ("42/2002/QĐ/TTg" is "42/2002/QĐ-TTg"); the slashes around digits are not.
    Without ``slash_as_hyphen`` that slash counts: two printings of one
    document's own number that differ so disagree, and are checked.
    """
    return _number_key(first, slash_as_hyphen) == _number_key(second, slash_as_hyphen)


def _number_key(number: str, slash_as_hyphen: bool = True) -> str:
    """A number as two printings of it compare (:func:`same_number`)."""
    squashed = re.sub(r"[\s\-\u2013]", "", number.casefold().replace("đ", "d"))
    if not slash_as_hyphen:
        return squashed
    return re.sub(r"(?<=[^\W\d])/(?=[^\W\d])", "", squashed)


def _cut_number(text: str, citation: Citation, acts: list[Cited]) -> bool:
    """Whether a cut ends ``citation``'s number, that of an act cited whole before.

    "... tại Quyết định số 2629/QĐ-T" ending the copy, after "Quyết định số 2629/QĐ-TTg
    ngày 01/12/2025 ...": its number, up to its slash at least, begins that act's and is
    shorter; the act is the one cited before, not another. ``text`` is the clause the
    citation is in, not the whole copy: the number ends that clause with no stop or
    semicolon after it, as where the copy stops.
    """
    number = citation.number
    if number is None or "/" not in number or citation.end < len(text.rstrip()):
        return False
    cut = _number_key(number)
    return any(
        cited.citation.number is not None
        and cited.citation.kind is citation.kind
        and _number_key(cited.citation.number).startswith(cut)
        and _number_key(cited.citation.number) != cut
        for cited in acts
    )


@attrs.frozen
class Cited:
    """An act as the draft holds it, and how the text cites it."""

    citation: Citation
    basis: bool = False
    implements: bool = False
    #: Named in passing (no number, no date, neither basis nor carried out): "theo quy định
    #: của Pháp lệnh ...", "trung thành với Tổ quốc và Hiến pháp": maybe no act the document
    #: cites, flagged for checking.
    mentioned: bool = False
    #: A basis cited by its kind and name only, of a kind cited by number as a rule ("Căn cứ
    #: Quy chế làm việc của Ban Chấp hành Trung ương ..."): its name may hold its issuer.
    by_name: bool = False
    #: The issuer the copy cut inside a word at the end of a clause ("... của Chính ph"): left
    #: out of the act, and the text it was read from kept for checking.
    cut: str | None = None
    #: Another number the text gives the act, named again with its year misprinted.
    also_numbered: str | None = None
    #: The issuer stopped at an abbreviation in brackets that its name goes on after ("Ủy ban
    #: Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam"): the text it was read from, for checking.
    abbreviated: str | None = None
    #: The issuer read with a letter the copy misprinted set right ("của Chỉnh Phủ" read as
    #: "Chính Phủ"): the text it was read from, for checking.
    respelt: str | None = None
    #: The act's text when the copy stops inside its title ("... hướng dẫn chức n"): its title
    #: is cut, kept for checking.
    title_cut: str | None = None
    #: Another day the text gives the act when it cites it again ("Nghị định số 60/2021/NĐ-CP
    #: ngày 26 tháng 6 năm 2021", then "... ngày 21 tháng 6 năm 2021"): the first is kept.
    redated: dt.date | None = None


def _year(number: str | None) -> int | None:
    found = re.search(r"/((?:19|20)\d\d)/", number or "")
    return int(found[1]) if found else None


def _date_year(date: dt.date | PartialDate | None) -> int | None:
    return None if date is None else date.year


def _merge(first: Citation, second: Citation) -> Citation | None:
    """One act cited twice, or None when they are two acts."""
    number = first.number or second.number
    if first.number and second.number:
        if not same_number(first.number, second.number):
            if _misnumbered(first, second):
                number = first.number  # one law cited twice, once with a misprinted year
            elif not _same_but_year(first, second):
                return None
            else:
                number = first.number if _year(first.number) else second.number
    elif first.number or second.number:
        # A law by name and the same law by number: the same name, no year against it.
        if first.title is None or second.title is None:
            return None
        if _name_key(first.title) != _name_key(second.title):
            return None
        year = _year(first.number or second.number)
        dated = first.date or second.date
        if year is not None and dated is not None and _date_year(dated) != year:
            return None
        if not _same_date(first.date, second.date):
            return None
    else:
        if first.kind != second.kind or _name_key(first.title) != _name_key(second.title):
            return None
        if not _same_date(first.date, second.date):
            return None
    dates = [d for d in (first.date, second.date) if d is not None]
    return attrs.evolve(
        first,
        # "văn bản số 92/TTr-UBND", then "Tờ trình số 92/TTr-UBND nêu trên": the kind named.
        kind=second.kind if first.kind is LegalKind.OTHER else first.kind,
        number=number,
        # "Luật Giáo dục ngày 14 tháng 6 năm 2019", then "Luật Giáo dục 2019": the day.
        date=next((d for d in dates if isinstance(d, dt.date)), dates[0] if dates else None),
        issuer=first.issuer or second.issuer,
        title=first.title or second.title,
    )


#: The short names of the People's Council and Committee, as a law's name may print them.
_COUNCILS = ((fold("HĐND"), fold("hội đồng nhân dân")), (fold("UBND"), fold("ủy ban nhân dân")))


def _name_key(title: str | None) -> str:
    """An act's name as two spellings of one act compare.

    "Luật tổ chức HĐND, UBND" is the law "Luật tổ chức HĐND và UBND", "Luật tổ chức
    HĐND-UBND" and "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân (các cấp)": the short
    names written out, a comma or a hyphen between them as "và", and "các cấp" after the
    committee left out.
    """
    council, committee = (full for _, full in _COUNCILS)
    key = fold(title or "")
    for short, full in _COUNCILS:
        key = re.sub(rf"(?<!\w){short}(?!\w)", full, key)
    key = re.sub(rf"(?<={council})\s*(?:,|-|\s)\s*(?:và\s+)?(?={committee})", " và ", key)
    return re.sub(rf"(?<={committee}) các cấp(?!\w)", "", key)


def _same_date(first: dt.date | PartialDate | None, second: dt.date | PartialDate | None) -> bool:
    """Whether two dates of one act agree: equal, or one given only to its year or month."""
    if first is None or second is None or first == second:
        return True
    if isinstance(first, dt.date) and isinstance(second, dt.date):
        return False
    if isinstance(first, dt.date):
        first, second = second, first
    assert isinstance(first, PartialDate)  # at least one of two unequal dates is partial
    if isinstance(second, PartialDate):
        return first.year == second.year and None in (first.month, second.month)
    return first.year == second.year and first.month in (None, second.month)


def _other_day(merged: Citation, first: Citation, second: Citation) -> dt.date | None:
    """The day one of two citations of one act gives that is not the day the act keeps."""
    days = [c.date for c in (first, second) if isinstance(c.date, dt.date)]
    return next((day for day in days if day != merged.date), None)


def _misnumbered(first: Citation, second: Citation) -> bool:
    """One act named twice by its name, its number's year misprinted once.

    "Luật Quản lý ngoại thương số 05/2017/QH14" and, further on, "Luật Quản lý ngoại thương
    số 05/2018/QH14": the same kind and name, numbers that differ in their year only.
    """
    if first.kind != second.kind or not first.title or not second.title:
        return False
    if first.number is None or second.number is None or fold(first.title) != fold(second.title):
        return False
    if same_number(first.number, second.number):
        return False
    if first.date and second.date and first.date != second.date:
        return False
    years = _year(first.number), _year(second.number)
    if None in years:
        return False
    return same_number(
        first.number.replace(f"/{years[0]}/", "//", 1),
        second.number.replace(f"/{years[1]}/", "//", 1),
    )


def _same_but_year(first: Citation, second: Citation) -> bool:
    """One act numbered with and without its year: "41/2022/NQ-HĐND" and "41/NQ-HĐND".

    The same kind, the same date (both given) and the year the date has.
    """
    if first.kind != second.kind or first.date is None or first.date != second.date:
        return False
    dated, bare = (first, second) if _year(first.number) else (second, first)
    year = _year(dated.number)
    if year is None or _year(bare.number) is not None or year != _date_year(dated.date):
        return False
    return same_number(str(dated.number).replace(f"/{year}/", "/", 1), str(bare.number))


#: The enacting sentence a copy ran on with its last basis after a semicolon: "...; Bộ trưởng
#: Bộ Tài chính, Bộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư liên tịch ...".
_ENACTING_RUN_ON = re.compile(
    r";\s+(?=(?:Bộ\s+trưởng|Viện\s+trưởng|Chánh\s+án|Chủ\s+nhiệm|Thủ\s+trưởng)\s"
    r"[^;]{0,200}?\s(?:ban\s+hành|hướng\s+dẫn)\s)"
)


def _run_on_lines(lines: list[str]) -> list[str]:
    """``lines`` with an enacting sentence run on after a basis on its line put on its own."""
    split: list[str] = []
    for line in lines:
        parts = _ENACTING_RUN_ON.split(line) if _BASIS.match(line) else [line]
        split.extend(
            f"{part};" if index < len(parts) - 1 else part for index, part in enumerate(parts)
        )
    return split


def clauses(lines: list[str]) -> list[tuple[str, str]]:
    """The opening clauses of a body of text: ("basis" | "implements" | "other", text).

    A clause starts with its own words (*Căn cứ*, *Thực hiện*, *Theo đề
    nghị* ...) or, after a clause that ended (";", "."), with a capital; an
    enacting sentence a copy ran on after a basis's semicolon is a clause of
    its own.
    """
    found: list[tuple[str, str]] = []
    listed_basis = False  # under a heading "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH": a numbered list
    provided = False  # a part, chapter or article has started: the preamble is over
    for line in _run_on_lines(lines):
        if _BASIS_HEADING.match(line):
            listed_basis = True
        elif re.match(r"^[IVX]+\.\s", line):
            listed_basis = False
        provided = provided or bool(_PROVIDES.match(line))
        ended = bool(found) and found[-1][1].rstrip().endswith((";", ".", ":", ","))
        inside = bool(found) and word_in_sentence(found[-1][1].rstrip(), line)  # "của" / "UBND"
        # "của Bộ Lao động," / "Thương binh và Xã hội ...": a name broken after its comma.
        runs_on = ended and _name_runs_on(found[-1][1].rstrip(), line)
        # "Căn cứ Nghị định A ...;" / "Nghị định B ...": another act of the same basis, its line
        # broken after the semicolon.
        listed = (
            bool(found)
            and found[-1][0] == "basis"
            and found[-1][1].rstrip().endswith(";")
            and bool(_ACT_STARTS.match(line))
        )
        if (
            (_CLAUSE_START.match(line) and not inside)
            or not found
            or (ended and line[:1].isupper() and not runs_on and not listed)
        ):
            role = (
                "basis"
                if _BASIS.match(line)
                or (listed_basis and re.match(r"^\d+\.\s", line))
                or (not provided and NUMBERED_BASIS.match(line))
                else "implements"
                if _IMPLEMENTS.match(line)
                else "other"
            )
            found.append((role, line))
        else:
            role, text = found[-1]
            if broken_symbol(text.rstrip(), line):  # "01-CTrPH/BDVTW-" / "BCSĐUBDT,"
                found[-1] = (role, f"{text.rstrip()}{line}")
            else:
                found[-1] = (role, f"{text} {line}")
    return found


def _name_runs_on(previous: str, line: str) -> bool:
    """Whether a body's name runs on over a line break after a comma.

    "... ngày 12/8/2014 của Bộ Lao động," over "Thương binh và Xã hội về
    việc ...": the name, read by its grammar, spans the break, so ``line``
    goes on the clause ``previous`` ends; it starts no new one.
    """
    if not previous.endswith(","):
        return False
    if _POST_BEFORE_COMMA.search(previous) and _POST_STARTS.match(line):
        return True  # "... của Bộ trưởng," / "Chủ nhiệm Văn phòng ...": two posts of one official
    tail = previous[-80:]
    joined = f"{tail} {line[:80]}"
    return any(body.start < len(tail) - 1 < body.end for body in find_bodies(joined))


#: An official's post a cited act's issuer ends a line with, before its comma ("của Bộ trưởng,").
_POST_BEFORE_COMMA = re.compile(r"\b(?:của|do)\s+(?:Bộ\s+trưởng|Chủ\s+nhiệm|Chủ\s+tịch),$")
#: The second post of the same official, opening the next line ("Chủ nhiệm ...").
_POST_STARTS = re.compile(r"(?:Chủ\s+nhiệm|Chủ\s+tịch|Bộ\s+trưởng|Trưởng\s+ban)\b")


def last_words(lines: Sequence[str]) -> str:
    """The copy's last few words, as :func:`read_acts` takes them to know where the copy ends."""
    return " ".join(lines[-1].split()[-4:]) if lines else ""


def read_acts(
    pieces: list[tuple[str, str]], own_numbers: tuple[str, ...] = (), copy_end: str = ""
) -> list[Cited]:
    """The acts ``pieces`` cite, once each: ``(role, text)`` pairs, the role of the clause.

    A piece's role ("basis", "implements", "other") applies to the acts it
    cites itself; acts named inside another act's title are left out, and
    so are acts whose number is one of ``own_numbers``. ``copy_end`` is the
    copy's last line: an act whose issuer ends it may be cut there.
    """
    acts: list[Cited] = []
    for role, text in pieces:
        found = list(find_citations(text))
        if role == "basis":
            found = _with_named_basis(text, found)
        named = _implemented_by_name(text, found) if role == "implements" else None
        if named is not None:
            found.insert(0, named)
        listed_after = -1  # where the last act a small "căn cứ" inside the clause cites ends
        # "Căn cứ A; Căn cứ B" and "Thực hiện X, Y và Z": each clause's acts take its role.
        for citation in found:
            if citation.nested and citation.number is None:
                continue  # a name inside another act's name ("Luật sửa đổi ... của Luật ...")
            by_small_name = citation is named
            if role == "other" and _congress_in_passing(text, citation):
                continue  # "quán triệt ... Nghị quyết Đại hội ... lần thứ XI": not an act cited
            citation = attrs.evolve(
                citation,
                issuer=unglue(citation.issuer) if citation.issuer else None,
                title=unglue(citation.title) if citation.title else None,
            )
            if citation.number and any(same_number(citation.number, own) for own in own_numbers):
                continue
            if _cut_number(text, citation, acts):
                continue  # an act cited whole before, named again where the copy stops
            cut = _cut_issuer(text, citation)
            if cut is not None:
                citation = attrs.evolve(citation, issuer=_issuer_before_cut_title(citation.issuer))
            at_end = bool(copy_end) and " ".join(text.split()).endswith(copy_end)
            if cut is None and at_end:
                cut = _ends_with_issuer(text, citation)
            title_cut = (
                _ends_in_title(text, citation)
                if at_end and cut is None and not citation.nested
                else None
            )
            after_words = role in ("other", "implements") and (
                _after_basis_words(text, citation)
                or _listed_after_basis(text, listed_after, citation)
            )
            listed_after = citation.end if after_words else -1
            basis = (
                (role == "basis" and _in_basis(text, citation)) or after_words
            ) and not citation.nested
            implements = role == "implements" and not basis and not citation.nested
            if citation.number is None and any(_said_again(c.citation, citation) for c in acts):
                continue  # "Pháp lệnh X, bao gồm ...": the act named before, and words after it
            mentioned = (
                role == "other"
                and citation.number is None
                and citation.date is None
                and not citation.nested
            )
            if by_small_name:
                # A work programme named in small letters: maybe no act of its own, flagged.
                implements, mentioned = False, True
            by_name = citation.number is None and citation.kind not in _BY_NAME_KINDS
            for index, cited in enumerate(acts):
                # The act as its Căn cứ clause writes it (issuer after "của"), when it is one.
                first, second = (
                    (citation, cited.citation)
                    if basis and not cited.basis
                    else (cited.citation, citation)
                )
                merged = _merge(first, second)
                if merged is not None:
                    other = second.number if _misnumbered(first, second) else None
                    acts[index] = Cited(
                        merged,
                        cited.basis or basis,
                        cited.implements or implements,
                        cited.mentioned and mentioned,
                        cited.by_name and by_name,
                        cited.cut if merged.issuer is None else None,
                        other or cited.also_numbered,
                        respelt=cited.respelt,
                        redated=_other_day(merged, first, second) or cited.redated,
                    )
                    break
            else:
                cited = Cited(citation, basis, implements, mentioned, basis and by_name, cut)
                acts.append(
                    attrs.evolve(
                        cited,
                        abbreviated=_abbreviated_issuer(text, citation),
                        respelt=_respelt_issuer(text, citation),
                        title_cut=title_cut,
                    )
                )
    return acts


#: An abbreviation in brackets inside a body's name, the name going on after it: "Mặt trận Tổ
#: quốc (MTTQ) Việt Nam", "Viện kiểm sát nhân dân (VKSND) tối cao".
_ABBREVIATION_INSIDE = re.compile(r"\s*\([A-ZĐ]{2,}\)\s+(?:[A-ZĐ]\w*|tối\s+cao)(?!\w)")


def _respelt_issuer(text: str, citation: Citation) -> str | None:
    """The text an act's issuer was read from, when a letter of it was set right.

    Spaces, case and words read past (a role, a year) aside, an issuer is written as the
    text prints it. One whose letters the text prints with other marks ("của Chỉnh Phủ", a
    scan's misread "Chính") was respelt; one named elsewhere than in the citation (by the
    number's symbol) is not this.
    """
    if not citation.issuer:
        return None
    printed = text[citation.start : citation.end]
    if _letters_within(citation.issuer, printed, marks=True):
        return None
    if _letters(citation.issuer, marks=False) not in _letters(printed, marks=False):
        return None
    return " ".join(printed.split())


def _letters(said: str, *, marks: bool) -> str:
    """``said``'s letters alone, in small letters, their marks kept or not."""
    said = said.casefold() if marks else _bare(said)
    return "".join(char for char in said if char.isalpha())


def _letters_within(name: str, text: str, *, marks: bool) -> bool:
    """Whether ``name``'s letters are, in order, among ``text``'s."""
    printed = iter(_letters(text, marks=marks))
    return all(char in printed for char in _letters(name, marks=marks))


def _bare(text: str) -> str:
    """``text`` in small letters without marks ("Chỉnh" and "Chính" are "chinh")."""
    folded = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(char for char in folded if not unicodedata.combining(char))


def _abbreviated_issuer(text: str, citation: Citation) -> str | None:
    """The citation's text when its issuer stops at an abbreviation inside the name, or None."""
    at = text.find(citation.issuer or "\0", citation.start)
    if at < 0 or not _ABBREVIATION_INSIDE.match(text, at + len(citation.issuer or "")):
        return None
    return " ".join(text[citation.start : citation.end + 80].split())


def _cut_issuer(text: str, citation: Citation) -> str | None:
    """The citation's text when the copy cuts its issuer inside a word ("của Chính ph"), or None.

    The issuer ends its clause with no stop after it, and its last word has small letters but
    no vowel: no Vietnamese syllable, the start of one ("phủ", "Nghệ") a copy broke off.
    """
    issuer = citation.issuer
    if not issuer or not " ".join(text.split()).endswith(issuer):
        return None
    last = issuer.split()[-1]
    bare = unicodedata.normalize("NFD", last.casefold().replace("đ", "d"))
    if any(c.islower() for c in last) and not set(bare) & set("aeiouy"):
        return " ".join(text[citation.start :].split())
    return None


def _ends_in_title(text: str, citation: Citation) -> str | None:
    """The citation's text when the clause, the copy's last, stops inside the act's title.

    "Căn cứ Thông tư số 19/2025/TT-BNNMT ngày ... của Bộ trưởng ... hướng dẫn chức n": the
    title runs to the copy's end with no stop after it, so it is cut. None when the title is
    not what ends the clause.
    """
    title = " ".join((citation.title or "").split())
    rest = " ".join(text[citation.start :].split())
    if not title or not rest.endswith(title) or rest == title:
        return None
    return rest


def _ends_with_issuer(text: str, citation: Citation) -> str | None:
    """The citation's text when the copy stops right after its issuer's word, or None.

    "... ngày 01/4/2021 của Thủ tướng" at the copy's end, or "... của Bộ Nông nghiệp và": the
    name may go on ("Chính phủ"), though every word is whole. The issuer stays as read, to
    check.
    """
    issuer = citation.issuer
    at = text.find(issuer, citation.start) if issuer else -1
    if not issuer or at < 0:
        return None
    rest = text[at + len(issuer) :].split()
    # "... của Bộ Nông nghiệp và": a word or two of the name after it, the copy ending there.
    if len(rest) > 2 or any(c in word for word in rest for c in ".;:!?()"):
        return None
    return " ".join(text[citation.start :].split())


#: How an act's title begins after its issuer ("... của UBND tỉnh X Ban hành Quy chế ...",
#: "... về việc ..."), in small letters.
_TITLE_OPENINGS = ("ban hành", "về việc", "về", "v/v", "quy định", "phê duyệt", "hướng dẫn")


def _issuer_before_cut_title(issuer: str | None) -> str | None:
    """The issuer whole when the copy's end cuts the act's title after it, else None.

    "... của Ủy ban nhân dân tỉnh Điện Biên Ban h": the words the copy broke off begin
    a title ("Ban hành ..."), and what comes before them is a body's name, whole.
    """
    words = (issuer or "").split()
    for size in (1, 2):
        kept = " ".join(words[:-size])
        cut = fold(" ".join(words[-size:]))
        if not kept or not any(o.startswith(cut) and o != cut for o in _TITLE_OPENINGS):
            continue
        body = read_body(kept)
        if body is not None and body.start == 0 and body.end == len(kept):
            return kept
    return None


def _congress_in_passing(text: str, citation: Citation) -> bool:
    """Whether a congress's resolution, named by its congress, is named in passing.

    Such a resolution is an act the document cites when its title, a *Căn cứ* or a
    "Thực hiện ..." names it ("Chương trình hành động thực hiện Nghị quyết Đại hội ...");
    named otherwise ("quán triệt ... của Nghị quyết Đại hội ... lần thứ XI"), it is what the
    text speaks of.
    """
    return (
        citation.kind is LegalKind.RESOLUTION
        and citation.number is None
        and citation.date is None
        and bool(re.match(r"Nghị quyết (?:Đại hội|ĐH)\b", citation.title or ""))
        and not re.search(r"(?i:thực\s+hiện|triển\s+khai)\s+$", text[: citation.start])
    )


#: Kinds cited by their name as a rule (laws, codes, the Constitution, charters).
_BY_NAME_KINDS = (
    LegalKind.LAW,
    LegalKind.CODE,
    LegalKind.ORDINANCE,
    LegalKind.CONSTITUTION,
    LegalKind.CHARTER,
)
#: A basis of another kind cited by its name, without number: "Căn cứ Quy chế làm việc của
#: Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII;".
_NAMED_BASIS = re.compile(
    r"(?:(?:^|[;:]\s*|[-\u2013]\s*)[Cc]ăn\s*cứ\s+(?:vào\s+)?|;\s*|\s+và\s+)"
    r"(?P<act>(?P<kind>Quy\s+chế|Quy\s+định|Chương\s+trình|Kế\s+hoạch|Đề\s+án|Hướng\s+dẫn"
    r"|Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Thỏa\s+thuận|Thoả\s+thuận),?\s+[^;]+?)"
    r"\s*(?=;|\.\s|\.?$|,\s*[-\u2013]?\s*[Cc]ăn\s*cứ)"
)
#: When an act named without number was signed, written after its name: "Thỏa thuận liên kết
#: ... giai đoạn 2020-2025, được ký kết ngày 14/11/2020 tại tỉnh Phú Thọ". The date is the
#: act's; neither it nor the place of signing is part of its name.
_SIGNED_ON = re.compile(
    r",?\s*(?:đã\s+)?(?:được\s+)?ký(?:\s+kết)?\s+(?:vào\s+)?"
    r"ngày\s*(?P<day>\d{1,2})\s*(?:/|-|\.|\s*tháng\s*)\s*(?P<month>\d{1,2})"
    r"\s*(?:/|-|\.|\s*năm\s*)\s*(?P<year>(?:19|20)\d\d)(?!\d)(?:\s+tại\s+[^,;]+)?$"
)


#: A kind of act followed by a word that points back ("Kế hoạch này", "Quy chế nói trên"):
#: the document itself or an act named before, no name of an act.
_THIS_ONE = re.compile(r"\S+\s+\S+\s+(?:này|trên|đó|nói\s+trên|nêu\s+trên)")


#: A numbered act named with the instruments it promulgates: "Quyết định số 217-QĐ/TW và
#: Quyết định số 218-QĐ/TW ... ban hành kèm theo Quy chế ...; Quy định về việc ...".
_PROMULGATES = re.compile(
    r"\bban\s+hành\s+(?:kèm\s+theo\s+)?(?:Quy\s+chế|Quy\s+định|Chương\s+trình|Kế\s+hoạch"
    r"|Điều\s+lệ|Hướng\s+dẫn)\b"
)


def _promulgated_with(text: str, found: list[Citation], match: re.Match[str]) -> bool:
    """Whether a name after ";" or "và" is one more instrument a numbered act before promulgates.

    The clause goes on from a numbered act's "ban hành (kèm theo) Quy chế ..." with no
    "Căn cứ" between: the name is that act's instrument, no act of the basis.
    """
    if re.search(r"[Cc]ăn\s*cứ", match[0]):
        return False
    numbered = [c for c in found if c.number is not None and c.start < match.start()]
    if not numbered:
        return False
    between = text[numbered[-1].start : match.start("act")]
    return bool(_PROMULGATES.search(between)) and not re.search(r"[Cc]ăn\s*cứ", between)


def _with_named_basis(text: str, found: list[Citation]) -> list[Citation]:
    """The citations of a basis clause, and the acts it cites by their name only.

    A name that a numbered act's citation already covers is that act; one more instrument a
    numbered act promulgates (see :func:`_promulgated_with`) is none.
    """
    added = list(found)
    for match in _NAMED_BASIS.finditer(text):
        start, end = match.start("act"), match.end("act")
        if _promulgated_with(text, found, match):
            continue
        # An act named inside this one's name ("Hướng dẫn thực hiện Điều lệ Đội ...") is
        # cited too; one that covers it (a numbered act's title) is the act cited.
        if any(
            c.start < end and start < c.end and not (c.number is None and c.start > start)
            for c in found
        ):
            continue
        name = " ".join(match["act"].split()).rstrip(" ,")
        if len(name.split()) < 3 or _THIS_ONE.fullmatch(name):
            continue  # "Căn cứ Quy định trên", "... và Kế hoạch này": no act's name
        said = fold(" ".join(match["kind"].split()))
        kind = next(k for word, k in KIND_WORDS if fold(word) == said)
        name, signed = _signed_on(name)
        added.append(
            Citation(kind=kind, number=None, start=start, end=end, title=name, date=signed)
        )
    return sorted(added, key=lambda c: c.start)


def _signed_on(name: str) -> tuple[str, dt.date | None]:
    """A name without the words that say when (and where) the act was signed, and that date."""
    signed = _SIGNED_ON.search(name)
    if signed is None:
        return name, None
    try:
        date = dt.date(int(signed["year"]), int(signed["month"]), int(signed["day"]))
    except ValueError:
        return name, None  # an impossible date: the words stay, as printed
    return name[: signed.start()].rstrip(" ,"), date


#: What a "Thực hiện ..." clause carries out, named in small letters without a number, and
#: its issuer's "của": "Thực hiện chương trình công tác năm 2025 của Tổng Liên đoàn ...".
_IMPLEMENTED_BY_NAME = re.compile(
    r"^(?:[-\u2013]\s*)?(?:Thực\s*hiện|Triển\s*khai)\s+"
    r"(?P<act>(?P<kind>chương\s+trình|kế\s+hoạch)\s+(?!số\b|phối\s+hợp\b|này\b|trên\b|đó\b)[^,;:.()]{3,80}?)"
    r"\s+của\s+(?=\S)"
)


def _implemented_by_name(text: str, found: list[Citation]) -> Citation | None:
    """The programme or plan a "Thực hiện" clause names first by its name only, or None.

    Its issuer must be a body's name ("của Tổng Liên đoàn Lao động Việt Nam"); its name is
    written with the kind's capital ("Chương trình công tác năm 2025"). A citation found
    inside those words (a numbered act) is the act itself: none is added.
    """
    match = _IMPLEMENTED_BY_NAME.match(text)
    if match is None or any(c.start < match.end() for c in found):
        return None
    body = read_body(text, match.end())
    if body is None:
        return None
    name = " ".join(match["act"].split())
    said = fold(" ".join(match["kind"].split()))
    kind = next(k for word, k in KIND_WORDS if fold(word) == said)
    return Citation(
        kind=kind,
        number=None,
        start=match.start("act"),
        end=body.end,
        issuer=" ".join(text[match.end() : body.end].split()),
        title=name[:1].upper() + name[1:],
    )


def _said_again(known: Citation, new: Citation) -> bool:
    """Whether ``new`` names ``known`` again with words after its name (an act without number)."""
    if known.title is None or new.title is None or known.kind != new.kind:
        return False
    first, second = fold(known.title), fold(new.title)
    return second != first and second.startswith(first) and not second[len(first)].isalnum()


def _after_basis_words(text: str, citation: Citation) -> bool:
    """Whether a "Căn cứ" inside a paragraph of another kind cites the act.

    A copy that runs the whole opening into one line ("... BỘ TRƯỞNG ... Căn cứ Nghị định
    số ...; Căn cứ Quyết định số ...; Xét đề nghị ...") cites its basis in the middle of it;
    an enacting sentence that carries out one act may rest on another after a clause's
    semicolon or comma, in small letters ("Thực hiện Quyết định số ...; căn cứ Công văn số
    ... của Bộ ...; căn cứ chức năng, nhiệm vụ được giao, Bộ ... hướng dẫn ...").
    """
    before = text[: citation.start]
    # The act right after the words ("Căn cứ Nghị định số ..."), not one further in the sentence;
    # a footnote's marker may stand after the clause's semicolon ("... Thành phố;[1] căn cứ").
    if re.search(r"(?:^|[;,])(?:\[\d{1,3}\])?\s*căn cứ\s+(?:vào\s+)?$", before) is not None:
        return True
    at = before.rfind("Căn cứ")
    return at >= 0 and re.fullmatch(r"Căn cứ\s+(?:vào\s+)?", before[at:]) is not None


def _listed_after_basis(text: str, listed_after: int, citation: Citation) -> bool:
    """Whether the act follows, in a list, an act a small *căn cứ* inside the clause cites.

    "Thực hiện ...; căn cứ Luật Thủ đô, Luật Lực lượng ... ở cơ sở, UBND Thành phố ban
    hành ...": the second law rests on the same words as the first; ``listed_after`` is
    where the act before it ends (-1 when that act was no such basis).
    """
    if listed_after < 0 or citation.start < listed_after:
        return False
    return re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[listed_after : citation.start]) is not None


#: Words that start a proposal after a basis on one line: "...; theo đề nghị của ... tại Tờ
#: trình số ...", "Xét Tờ trình số ...", "Theo đề xuất của ...", and what the text is drawn
#: from, which is no basis either: "...; trên cơ sở đánh giá kết quả thực hiện Chương trình
#: phối hợp số ..." (the programme it follows), "trên cơ sở đề nghị của ..."; not "cơ sở"
#: as a noun of its own inside an act's name ("... thông tin trên cơ sở dữ liệu quốc gia về
#: dân cư và Quyết định số ...": a database).
_PROPOSAL = re.compile(
    r"(?i:theo\s+đề\s+(?:nghị|xuất)|xét\s+(?:đề\s+nghị|tờ\s+trình)|theo\s+tờ\s+trình"
    r"|trên\s+cơ\s+sở(?!\s+(?:dữ\s+liệu|hạ\s+tầng|vật\s+chất)(?!\w)))|Xét\b"
)


def _in_basis(text: str, citation: Citation) -> bool:
    """Whether the act is cited in a *Căn cứ* clause, not in a proposal or a sentence after it.

    A *Căn cứ* clause ends with its sentence: an act named in a sentence after it on the
    same line ("Căn cứ Quyết định số ...; Tháng hành động ... quyền trẻ em. Luật trẻ em được
    Quốc hội thông qua ...") is what the text speaks of, as a line after the stop would be.
    """
    before = text[: citation.start]
    last_basis = max(before.rfind("Căn cứ"), before.rfind("căn cứ"))
    last_other = max((m.start() for m in _PROPOSAL.finditer(before)), default=-1)
    stop = _SENTENCE_STOP.search(text, max(last_basis, 0))
    if last_basis >= 0 and stop is not None and stop.start() < citation.start:
        return False
    return last_basis >= last_other


#: A sentence's end inside a line: a stop after a word in small letters or a number, then a
#: capital ("... quyền trẻ em. Luật ..."); "TP. Hồ Chí Minh" and "v.v." end none.
_SENTENCE_STOP = re.compile(rf"(?<=[{LOWER_LETTERS}\d]{{2}})\.\s+(?=[{UPPER_LETTERS}])")


def reference_data(cited: Cited, taken: set[str]) -> dict[str, Any]:
    """The legal reference a draft writes for an act: its id, kind, number, date, issuer, title."""
    citation = cited.citation
    if citation.number:
        ref_id = citation.number
    else:
        slug = "-".join(re.findall(r"\w+", _ascii(citation.title or citation.kind.value).lower()))
        year = _date_year(citation.date)
        ref_id = f"{slug[:50]}-{year}" if year else slug[:50]
    base, counter = ref_id, 2
    while ref_id in taken:
        ref_id = f"{base}-{counter}"
        counter += 1
    taken.add(ref_id)
    ref: dict[str, Any] = {"id": ref_id, "kind": citation.kind.value}
    if citation.number:
        ref["number"] = citation.number
    if citation.date is not None:
        ref["date"] = citation.date if isinstance(citation.date, dt.date) else str(citation.date)
    if citation.issuer:
        ref["issuer"] = citation.issuer
    if citation.title:
        ref["title"] = citation.title
    return ref


def _ascii(text: str) -> str:
    import unicodedata

    text = text.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


#: The kinds of cited act a number's symbol names (Decree 30/2020/NĐ-CP, Appendix III; the
#: Party's own symbols): "34/2016/NĐ-CP" is a decree. The Party numbers its regulations "QĐ"
#: too, a department may number its submission "TT", and a joint circular is often cited as
#: "Thông tư": each is the symbol's. (The opening's table of symbols gives a document's own
#: kinds, in the format's document kinds, not the kinds of acts cited.)
_CITED_KINDS: dict[str, frozenset[LegalKind]] = {
    "NĐ": frozenset({LegalKind.DECREE}),
    "QĐ": frozenset({LegalKind.DECISION, LegalKind.RULES, LegalKind.REGULATION}),
    "TT": frozenset({LegalKind.CIRCULAR, LegalKind.SUBMISSION}),
    "TTLT": frozenset({LegalKind.JOINT_CIRCULAR, LegalKind.CIRCULAR}),
    "NQ": frozenset({LegalKind.RESOLUTION}),
    "NQLT": frozenset({LegalKind.JOINT_RESOLUTION}),
    "CT": frozenset({LegalKind.DIRECTIVE}),
    "KH": frozenset({LegalKind.PLAN}),
    "TB": frozenset({LegalKind.NOTICE}),
    "HD": frozenset({LegalKind.GUIDANCE}),
    "TTr": frozenset({LegalKind.SUBMISSION}),
    "BC": frozenset({LegalKind.REPORT}),
    "KL": frozenset({LegalKind.CONCLUSION}),
}
#: The issuer a symbol's last part names, when it names one body only: "NĐ-CP" the
#: Government, "QĐ-TTg" the Prime Minister, "-QH15" the National Assembly, "NQ/TW" the
#: Party's centre. Each issuer read must hold one of the words (folded).
_SYMBOL_ISSUERS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"^[A-ZĐ][A-ZĐa-z]*-CP$"), ("chính phủ", "cp")),
    (re.compile(r"^[A-ZĐ][A-ZĐa-z]*-TTg$", re.IGNORECASE), ("thủ tướng", "ttg")),
    (re.compile(r"^[A-ZĐ][A-ZĐa-z]*-QH\d*$"), ("quốc hội",)),
    (re.compile(r"^[A-ZĐ][A-ZĐa-z]*-UBTVQH\d*$"), ("thường vụ quốc hội",)),
    (re.compile(r"^[A-ZĐ][A-ZĐa-z]*-UBND$"), ("ủy ban nhân dân", "ubnd")),
    (re.compile(r"^[A-ZĐ][A-ZĐa-z]*-HĐND$"), ("hội đồng nhân dân", "hđnd")),
    (re.compile(r"^[A-ZĐ][A-ZĐa-z]*/TW$"), ("trung ương", "bộ chính trị", "ban bí thư", "tw")),
)
_SYMBOL = re.compile(r"^\d+[a-z]?(?:/(?:19|20)\d\d)?[/-](?P<symbol>(?P<code>[A-ZĐ][A-ZĐa-z]*)\S*)$")


def symbol_disagrees(citation: Citation) -> list[str]:
    """The parts of a cited act its number's symbol contradicts: ``"kind"``, ``"issuer"``.

    "Nghị quyết số 34/2016/NĐ-CP" (a decree's symbol under a resolution's name) or a decree
    "của Bộ Tư pháp" is misread or misprinted: a reader checks it. An act cited by a kind
    that names none ("văn bản số 235/BC-TP") or without an issuer is not contradicted.
    """
    found = _SYMBOL.match(citation.number or "")
    if found is None:
        return []
    parts: list[str] = []
    kinds = _CITED_KINDS.get(found["code"])
    # A letter's symbol starts with its issuer's short name ("1234/CT-TTHT", Cục Thuế): no kind.
    named = citation.kind not in (LegalKind.OTHER, LegalKind.OFFICIAL_LETTER)
    if kinds is not None and named and citation.kind not in kinds:
        parts.append("kind")
    if citation.issuer:
        issuer = fold(citation.issuer)
        for symbol, words in _SYMBOL_ISSUERS:
            if symbol.match(found["symbol"]) and not any(word in issuer for word in words):
                parts.append("issuer")
                break
    return parts
