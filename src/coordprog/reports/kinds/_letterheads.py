"""The heading and the signatures of the documents a program's parties issue.

Every document kind a program's parties sign (the program itself, the
review report, the annual plan, the next program) carries the same
letterhead, as Decree 30/2020/NĐ-CP lays out a State document and the
Party's guidance (Hướng dẫn 36-HD/VPTW) a Party one:

* each issuing body under its superior body, with its province: "TỈNH ỦY
  BÌNH THUẬN" over "BAN DÂN VẬN" for the Ban Dân vận Tỉnh ủy, "UBND TỈNH
  BÌNH THUẬN" over "BAN DÂN TỘC" for the province's Ban Dân tộc, "ỦY BAN NHÂN
  DÂN" over "TỈNH ĐẮK LẮK" for a People's Committee; what a name says of its
  superior is read from the name, its kind, its level and its province,
  and a party's ``parent_body`` says it where the name cannot;
* the number line: the number when it is known, else a blank the office
  fills in, then the symbol: the code of the document type (Decree 30,
  Appendix III: CTr, KH, BC, QC ...) and the issuers' codes, taken from a
  number the parties gave a document of this program, else made as offices
  make them, of the initials of each name (BDVTU for the Ban Dân vận Tỉnh
  ủy, UBND, HLHPNVN);
* the place and date: the place the program names, else the seat of the
  first issuing body (its province; Hà Nội for a central body), and the
  date, with dots where it is left for the office.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from coordprog.model._dates import PartialDate, Precision, last_day
from coordprog.model._parties import Level, Party
from coordprog.model._program import DocumentKind, Program
from coordprog.model._signatories import Signatory
from coordprog.shapes import Letterhead, Signature, SignatureBlock

#: The code of each document type in a number's symbol (Decree 30, Appendix III).
TYPE_CODES = {
    DocumentKind.PROGRAM: "CTr",
    DocumentKind.REGULATION: "QC",
    DocumentKind.JOINT_RESOLUTION: "NQLT",
    DocumentKind.JOINT_PLAN: "KH",
    DocumentKind.AGREEMENT: "BTT",
    DocumentKind.JOINT_CIRCULAR: "TTLT",
    # Decree 30/2020/NĐ-CP, appendix III: the abbreviations of the kinds of document.
    DocumentKind.RULES: "QyĐ",
    DocumentKind.PLAN: "KH",
    DocumentKind.DECISION: "QĐ",
    DocumentKind.RESOLUTION: "NQ",
    DocumentKind.OFFICIAL_LETTER: "CV",
    DocumentKind.GUIDANCE: "HD",
    DocumentKind.NOTICE: "TB",
    DocumentKind.DIRECTIVE: "CT",
    DocumentKind.PROCEDURE: "QT",
    DocumentKind.CIRCULAR: "TT",
    # A type Decree 30 gives no code: left for the office to fill in, as the number is.
    DocumentKind.OTHER: "...",
}
#: The codes of the documents drafted from a program's records.
REPORT_CODE = "BC"
PLAN_CODE = "KH"

#: What a date line holds where the day is left for the office to fill in.
BLANK_DATE = "ngày ... tháng ... năm ..."
#: What stands for a place that neither the program nor the issuer's seat gives.
BLANK_PLACE = "......"

_PARTY_KINDS = ("party-board", "party-committee")
_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
_LEVEL_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_AGENCY_STARTS = ("Sở ", "Ban ", "Văn phòng ", "Thanh tra ")
_PARTY_NUMBER = re.compile(r"^\d+[a-zđ]?-[^/\s]+/(\S+)$")
_STATE_NUMBER = re.compile(r"^\d+(?:/\d{4})?/[^-/\s]+[-/](\S+)$")


def is_party_body(party: Party) -> bool:
    """Whether ``party`` is a Party body (its documents follow the Party's rules)."""
    return party.kind in _PARTY_KINDS


def motto(program: Program) -> str:
    """``"party"`` when the first issuing body is a Party body, else ``"state"``."""
    return "party" if is_party_body(program.signing_parties[0]) else "state"


def _day(program: Program) -> dt.date | None:
    """The day the program's names are printed as of (its signing, else its start)."""
    return program.document_date


def _name(program: Program, party: Party, day: dt.date | None) -> str:
    return party.name if day is None else party.name_on(day)


def _province(program: Program, party: Party, day: dt.date | None = None) -> str | None:
    """The party's province on ``day`` (by default the document's date), else the program's."""
    when = day if day is not None else _day(program)
    province = party.province if when is None else party.province_on(when)
    return province or program.province


def _strip_place(name: str, province: str | None) -> str:
    """``name`` without its trailing "tỉnh Bình Thuận" or bare "tỉnh"."""
    if province and name.endswith(f" {province}"):
        name = name.removesuffix(f" {province}")
    for word in _LEVEL_WORDS:
        if name.endswith(f" {word}"):
            return name.removesuffix(f" {word}")
    return name


#: Binds the syllables of one word or name: formats break a line at ordinary spaces only.
NO_BREAK = "\u00a0"
#: Names whose syllables are all capitalised, bound as one: "Việt Nam".
_NAMES = ("Việt Nam", "Trung ương", "Hồ Chí Minh")


def bound(name: str, province: str | None = None) -> str:
    r"""``name`` with the syllables of each of its words bound by no-break spaces.

    A Vietnamese name capitalises the first syllable of each part: "Ban
    Dân vận Tỉnh ủy" is "Ban" "Dân vận" "Tỉnh ủy", and a line may break
    between those parts only; a place ("Đắk Lắk", with the level word
    before it) and "Việt Nam" are one part each.  A run of more than four
    lower-case syllables ("các tổ chức chính trị - xã hội") is left free to
    break, having no part a line could keep whole.

    >>> bound("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "Đắk Lắk").split(" ")
    ['Ủy\xa0ban', 'Mặt\xa0trận', 'Tổ\xa0quốc', 'Việt\xa0Nam', 'tỉnh\xa0Đắk\xa0Lắk']
    """
    tokens = name.split()
    phrases = (*_NAMES, *((province,) if province else ()))
    kept = [words for words in (phrase.split() for phrase in phrases) if words]
    parts: list[list[str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        phrase = next((k for k in kept if tokens[index : index + len(k)] == k), None)
        place = (
            token.casefold() in _LEVEL_WORDS
            and index + 1 < len(tokens)
            and tokens[index + 1][:1].isupper()
        )
        if phrase is not None:
            index += len(phrase)
            if parts and parts[-1][-1].casefold() in _LEVEL_WORDS:
                parts[-1] += phrase  # "tỉnh Đắk Lắk"
            else:
                parts.append(list(phrase))
            continue
        index += 1
        starts = token[:1].isupper() or not parts or place or token == "-"
        if starts or parts[-1][-1] == "-" or place:
            parts.append([token])
        else:
            parts[-1].append(token)
    words = []
    for part in parts:
        free = len(part) > 4
        words.append(" ".join(part) if free else NO_BREAK.join(part))
    return " ".join(words)


def _placed(name: str, province: str | None, *, add: bool = True) -> str:
    r"""``name`` in capitals, its place on a line of its own: "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK".

    With ``add``, a name that ends with its level alone ("Hội Nông dân
    tỉnh") gets its province.
    """
    bare = _strip_place(name, province)
    if bare == name and not (province and name.endswith(province)):
        return bound(name, province).upper()
    rest = name.removeprefix(bare).strip()
    if add and province and not rest.endswith(province):
        rest = f"{rest} {province}"
    elif not add and rest.casefold() in _LEVEL_WORDS:
        return bound(name, province).upper()
    return f"{bound(bare).upper()}\n{bound(rest, province).upper()}"


def heading(program: Program, party_id: str, day: dt.date | None = None) -> tuple[str | None, str]:
    r"""The superior body (or ``None``) and the issuing body, as a letterhead prints them.

    Both in capitals, a line break where the name goes on to its place.
    The party's issuing organ speaks for it when it has one ("THƯỜNG TRỰC
    HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH").
    """
    party = program.party(party_id)
    province = _province(program, party, day)
    if party.issuing_organ is not None:
        return None, _placed(party.issuing_organ, province)
    name = _name(program, party, day if day is not None else _day(program))
    if party.parent_body:
        return bound(party.parent_body, province).upper(), bound(name, province).upper()
    if is_party_body(party):
        for committee in _COMMITTEES:
            if province and name.endswith(f" {committee}"):
                parent = bound(f"{committee} {province}", province).upper()
                return parent, bound(name.removesuffix(f" {committee}")).upper()
        if party.level is Level.CENTRAL and name.endswith(" Trung ương"):
            parent = bound("Ban Chấp hành Trung ương").upper()
            return parent, bound(name.removesuffix(" Trung ương")).upper()
    if (
        party.kind == "state-agency"
        and party.level is Level.PROVINCE
        and province
        and name.startswith(_AGENCY_STARTS)
    ):
        parent = bound(f"UBND tỉnh {province}", province).upper()
        return parent, bound(_strip_place(name, province)).upper()
    return None, _placed(name, province)


def signing_body(program: Program, party_id: str, day: dt.date | None = None) -> str:
    """The body a signature block prints for a party: its name (or organ), as the document does.

    A place the name holds goes on a line of its own; none is added.
    """
    party = program.party(party_id)
    province = _province(program, party, day)
    name = party.issuing_organ or _name(program, party, day or _day(program))
    return _placed(name, province, add=False)


def _initials(name: str, party_family: bool) -> str:
    words = name.split()
    letters = []
    index = 0
    while index < len(words):
        pair = " ".join(words[index : index + 2]).casefold()
        if pair in {c.casefold() for c in _COMMITTEES}:
            letters.append(pair[0].upper() + "U")
            index += 2
            continue
        if pair == "trung ương":
            letters.append("TW" if party_family else "TƯ")
            index += 2
            continue
        word = words[index]
        index += 1
        if word.casefold() in {"và", "của", "với", "các"}:
            continue
        first = word[0]
        if first in "Đđ":
            letters.append("Đ")
        elif first.isalnum():
            letters.append(unicodedata.normalize("NFD", first)[0].upper())
    return "".join(letters)


def issuers_code(program: Program, issuers: tuple[str, ...] = ()) -> str:
    """The issuers' part of a number's symbol: "BDVTU-BDT".

    Taken from a number the parties gave the program or one of its annual
    plans, else made of the initials of each party's name (without its
    province): "Ban Dân vận Tỉnh ủy" is BDVTU, "Ủy ban nhân dân tỉnh" UBND,
    "Trung ương" TW in a Party body's name and TƯ in a State body's.
    ``issuers``, the ids of the parties that issue a document alone, make
    its code of their initials.
    """
    for number in (program.number, *(plan.number for plan in program.annual_plans)):
        if number and not issuers:
            found = _PARTY_NUMBER.match(number.strip()) or _STATE_NUMBER.match(number.strip())
            if found:
                return found[1]
    codes = []
    parties = [program.party(i) for i in issuers] if issuers else program.signing_parties
    for party in parties:
        name = _strip_place(_name(program, party, _day(program)), _province(program, party))
        codes.append(_initials(name, is_party_body(party)))
    return "-".join(codes)


def symbol(program: Program, type_code: str, issuers_ids: tuple[str, ...] = ()) -> str:
    """What follows the blank number: "-CTr/BDVTU-BDT" (Party) or "/CTr-UBND" (State)."""
    issuers = issuers_code(program, issuers_ids)
    if motto(program) == "party":
        return f"-{type_code}/{issuers}"
    return f"/{type_code}-{issuers}"


def seat(program: Program, *, drafted: bool = False) -> str | None:
    """Where the document is issued: the program's place, else the first issuer's seat.

    The seat of a provincial body is its province, of a central body Hà
    Nội, as Decree 30 names the place of a document (*địa danh*).  A
    document ``drafted`` from the program (a report, a plan) is issued at
    the issuers' seat: the program's place is where the program was
    signed (a building, a hall), not where the new document is.
    """
    if program.place and not drafted:
        return program.place
    first = program.signing_parties[0]
    province = _province(program, first)
    if province:
        return province
    if first.level is Level.CENTRAL:
        return "Hà Nội"
    return None


def written_day(day: dt.date | PartialDate | None, precision: Precision = Precision.DAY) -> str:
    """A date as Decree 30 writes it, or dots for the office to fill in.

    A leading zero only for days below 10 and for months 1 and 2:

    >>> written_day(dt.date(2022, 3, 30))
    'ngày 30 tháng 3 năm 2022'
    >>> written_day(None)
    'ngày ... tháng ... năm ...'
    """
    if day is None:
        return BLANK_DATE
    if isinstance(day, PartialDate):
        precision, day = day.precision, day.first
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    if precision is Precision.YEAR:
        return f"năm {day.year}"
    if precision is Precision.MONTH:
        return f"tháng {month} năm {day.year}"
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date(
    program: Program,
    day: dt.date | PartialDate | None,
    precision: Precision = Precision.DAY,
    *,
    drafted: bool = False,
    place: str | None = None,
) -> str:
    """The place and date line: "Bình Thuận, ngày 24 tháng 01 năm 2022", dots where unknown.

    ``place`` is the document's own when it states one (a review report's).
    """
    where = place or seat(program, drafted=drafted) or BLANK_PLACE
    return f"{where}, {written_day(day, precision)}"


def speaking_parties(program: Program, on: dt.date | None) -> tuple[str, ...]:
    """The bodies that issue a document of ``program``'s parties on ``on``, each once.

    The signing parties, each replaced by the body that carries its duties
    on that day (:meth:`Program.responsible`): a review drafted after a
    merger is the successor's.  Without a day, the signing parties.
    """
    ids = [party.id for party in program.signing_parties]
    if on is None:
        return tuple(ids)
    return tuple(dict.fromkeys(program.responsible(party, on) for party in ids))


def letterhead(
    program: Program,
    type_code: str,
    *,
    number: str | None = None,
    day: dt.date | PartialDate | None = None,
    precision: Precision = Precision.DAY,
    on: dt.date | None = None,
    drafted: bool = False,
    place: str | None = None,
    issuing: tuple[str, ...] = (),
) -> Letterhead:
    """The letterhead of a document of ``program``'s parties, of the type ``type_code``.

    ``number`` is the document's number when it has one (else a blank and
    the symbol); ``day`` its date (else dots).  ``on`` is the day the
    document speaks for, when it is not ``day`` (a draft whose date is
    left blank): the issuing bodies and their names are those of that day.
    ``drafted`` for a new document drafted from the program (a report, a
    plan, the next program): its place is the issuers' seat, unless ``place``
    (the document's own, as a review report's records state it) is given;
    its bodies are the parties ``issuing`` names, when the records say who
    issued it, else the signing parties.
    """
    when = on if on is not None else last_day(day) if day is not None else _day(program)
    speaking = issuing or speaking_parties(program, when)
    bodies = [program.party(body) for body in speaking]
    headings = [heading(program, party.id, when) for party in bodies]
    parents = tuple(parent for parent, _ in headings)
    issuers = [issuer for _, issuer in headings]
    shared = _shared_place(issuers) if not any(parents) else issuers
    return Letterhead(
        issuers=tuple(shared),
        motto=motto(program),
        number=number,
        symbol=None if number else symbol(program, type_code, issuing),
        place_date=place_date(program, day, precision, drafted=drafted, place=place),
        parents=parents if any(parents) else (),
        families=tuple("party" if is_party_body(p) else "state" for p in bodies),
        # Bodies of one place print stacked with the place once; others side by side.
        side_by_side=len(issuers) > 1 and shared == issuers,
    )


def _shared_place(issuers: list[str]) -> list[str]:
    """Bodies of one place stacked with the place once, below the last: as offices print them."""
    last_lines = {issuer.rpartition("\n")[2] for issuer in issuers}
    if len(issuers) < 2 or len(last_lines) != 1 or not all("\n" in i for i in issuers):
        return issuers
    return [issuer.rpartition("\n")[0] for issuer in issuers[:-1]] + issuers[-1:]


def author(program: Program) -> str:
    """The issuing bodies, as a file's author: "Ban Dân vận Tỉnh ủy; Ban Dân tộc tỉnh"."""
    day = _day(program)
    return "; ".join(_name(program, party, day) for party in program.signing_parties)


def draft_signatures(
    program: Program, day: dt.date | None = None, issuing: tuple[str, ...] = ()
) -> SignatureBlock:
    """The signature blocks of a document the parties draft together, each where it was.

    Every signing party signs, in the order the program placed its
    signatures (the lead body on the same side as in the program), then
    any signing party that did not sign it; the title is the one the party
    signed the program with, the name is left for the signer; bodies are
    named as in force on ``day`` (else the program's date).  ``issuing``,
    the ids of the parties that issue the document alone, sign it instead.
    """
    signing = list(issuing) or [party.id for party in program.signing_parties]
    signed = {s.party: s for s in program.signatories if s.party in signing}
    order = [*(p for p in signed if p is not None), *(p for p in signing if p not in signed)]
    when = day or _day(program)
    # A party that ceased signs through the body that carries its duties on
    # the day, whose signer's title the program does not know.
    speaking: dict[str, str] = {}
    for party in order:
        body = party if when is None else program.responsible(party, when)
        speaking.setdefault(body, party)
    return SignatureBlock(
        tuple(
            Signature(
                body=signing_body(program, body, day),
                title=(signed[party].title or "") if party in signed and body == party else "",
                name="",
                authority=signed[party].authority if party in signed and body == party else None,
            )
            for body, party in speaking.items()
        )
    )


def signature(program: Program, signatory: Signatory, day: dt.date | None = None) -> Signature:
    """A signature as the document prints it: for a party, or for a body it does not list.

    .. versionadded:: 0.3.0
    """
    if signatory.party is not None:
        body = signing_body(program, signatory.party, day)
    else:
        body = _placed(signatory.body, None, add=False) if signatory.body else ""
    return Signature(
        body=body,
        title=signatory.title or "",
        name=" ".join(part for part in (signatory.rank, signatory.name) if part),
        authority=signatory.authority,
    )
