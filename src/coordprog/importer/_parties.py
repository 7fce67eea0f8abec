"""The parties of a draft: the bodies that issue or sign a document, each once, with its id.

A body is read by its grammar wherever the layout says who issues the
document (the letterhead, the line under a decision's title, an old
gazette heading, the preamble's "A, B và C thống nhất ban hành", the
signature blocks).  The table of known bodies gives ids, short names and
abbreviations; a body it does not list is still a party, with an item to
check it.  Two readings are one body when they have the same organ and
name, and the same place or one of them none ("ỦY BAN NHÂN DÂN" in a
letterhead, "ỦY BAN NHÂN DÂN TỈNH LONG AN" under the title).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs

from coordprog.importer._bodies import KnownBody
from coordprog.importer._grammar import (
    BodyName,
    find_bodies,
    lower_body_of,
    organ_abbreviated,
    read_body,
)
from coordprog.importer._places import CENTRAL_CITIES, fold, province_match, unglue

_LEVELS = ("central", "province", "district", "commune")


def _ascii(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def body_id(name: str) -> str:
    """An id for a body from its name ("uy-ban-nhan-dan-tinh-vinh-long")."""
    return "-".join(re.findall(r"[a-z0-9]+", _ascii(name).lower()))[:60] or "body"


#: A hyphen inside a name with a space on one side only: "Bộ Lao động- Thương binh và Xã hội".
_HALF_SPACED_DASH = re.compile(r"(?<=\w)(?:\s+(?P<before>[-\u2013])|(?P<after>[-\u2013])\s+)(?=\w)")


def spaced_dashes(name: str) -> str:
    """``name`` with a hyphen a copy spaced on one side only spaced on both, as names print it.

    "Bộ Lao động- Thương binh và Xã hội" is "Bộ Lao động - Thương binh và Xã hội";
    a hyphen with no space at all ("Bộ Văn hóa-Thông tin") is left as it is.
    """
    return _HALF_SPACED_DASH.sub(lambda m: f" {m['before'] or m['after']} ", name)


def _key(name: str) -> str:
    """A name as two readings of one body are compared: folded, its hyphens spaced alike.

    A comma between a name's words is its hyphen written otherwise: "Bộ Lao động,
    Thương binh và Xã hội" is "Bộ Lao động - Thương binh và Xã hội".
    """
    dashed = re.sub(r"\s*,\s*", " - ", spaced_dashes(name).replace("\u2013", "-"))
    return fold(" ".join(dashed.split()))


def _cut_at_dash(short: str, whole: str) -> bool:
    """Whether ``short`` is ``whole`` cut before its first spaced hyphen.

    A letterhead whose cell a copy cut ("BỘ TÀI CHÍNH-BỘ LAO ĐỘNG,") keeps only
    the first words of a ministry the enacting sentence names whole ("Bộ Lao
    động - Thương binh và Xã hội"): one body, not two.
    """
    head, dash, _ = _key(whole).partition(" - ")
    return bool(dash) and head == _key(short)


def known_body(name: str, table: Sequence[KnownBody]) -> KnownBody | None:
    """The known body one of whose written forms is ``name``."""
    wanted = fold(" ".join(name.split()))
    for body in table:
        if any(fold(form) == wanted for form in (body.name, *body.names)):
            return body
    return None


def _base(body: BodyName) -> str:
    """A body's name without its place: "Ủy ban nhân dân" for "Ủy ban nhân dân tỉnh Long An"."""
    name = body.name
    for tail in (f" {body.unit} {body.place}" if body.unit and body.place else None, body.place):
        if tail and name.endswith(tail):
            return fold(name[: -len(tail)].strip())
    if body.unit and name.endswith(f" {body.unit}"):
        return fold(name[: -len(body.unit)].strip())
    return fold(name)


#: A city's place line written with its unit shortened: "TP. Hồ Chí Minh, ngày ...".
_CITY_PREFIX = re.compile(r"^(?:TP\.?|Tp\.?|Thành phố)\s*")


def under_superior(
    superior: BodyName, number: str | None, text: str, place: str | None
) -> BodyName | None:
    """The body a letterhead's superior line stands over when the body's own line is lost.

    A Labour Federation prints "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" over its own
    name; a copy that keeps only that line still says who issues: the
    number's symbol abbreviates a lower body of the same line ("730/LĐLĐ":
    a Labour Federation, not the Confederation's "TLĐ"), the text names it
    as it calls itself ("Liên đoàn Lao động Thành phố") and the place line
    gives its province. None unless the symbol names such a body and its
    place can be read.
    """
    symbol = (number or "").partition("/")[2]
    organs = [organ_abbreviated(part) for part in re.split(r"[-/]", symbol) if part]
    organ = next((o for o in organs if o is not None and lower_body_of(superior, o)), None)
    if organ is None:
        return None
    named = next((b for b in find_bodies(text) if fold(b.organ) == fold(organ.words)), None)
    if named is not None and named.place:
        return named
    province, length = province_match(_CITY_PREFIX.sub("", place or ""))
    if province is None or length < len(fold(_CITY_PREFIX.sub("", place or "")).rstrip()):
        return None
    unit = named.unit if named is not None and named.unit else None
    unit = unit or ("thành phố" if province in CENTRAL_CITIES else "tỉnh")
    return read_body(f"{organ.words} {unit} {province}")


def initials(name: str) -> str:
    """The initials a number's symbol abbreviates a body's name by ("Bộ Ngoại giao": "BNG").

    Each word's first letter, in capitals and without its tone marks (but "Đ"),
    the joining "và" and dashes left out: "Bộ Lao động - Thương binh và Xã hội" is
    "BLĐTBXH", "Tòa án nhân dân tối cao" "TANDTC".
    """
    letters = []
    for word in name.replace("\u2013", " ").replace("-", " ").split():
        if fold(word) == "và" or not word[0].isalpha():
            continue
        first = word[0].upper()
        letters.append(first if first == "Đ" else _ascii(first))
    return "".join(letters)


#: The symbol of a joint document's number: "TTLT-BTP-BNG", "NQLT/CP-UBTUMTTQVN".
_JOINT_SYMBOL = re.compile(
    r"(?<![A-ZĐ])(?:TTLT|TTLN|NQLT|QCLT|KHLT|CTLT|HDLT|QCPH|CTPH|KHPH)(?![A-ZĐ])"
)


#: The central bodies a joint number's symbol abbreviates by their initials, known from the
#: symbol alone when the copy names them nowhere ("02/2013/TTLT-BCA-BQP-BNG" under a
#: letterhead cut to "BỘ CÔNG AN -"), to flag, not to make parties of: the ministries and the
#: supreme court and procuracy, each with initials no other such body has.
SYMBOL_BODIES = (
    "Bộ Công an",
    "Bộ Quốc phòng",
    "Bộ Ngoại giao",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "Bộ Nội vụ",
    "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Công Thương",
    "Bộ Xây dựng",
    "Bộ Giao thông vận tải",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Thông tin và Truyền thông",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ",
    "Tòa án nhân dân tối cao",
    "Viện kiểm sát nhân dân tối cao",
)


def bodies_of_symbol(number: str | None, text: str) -> list[tuple[BodyName, bool]]:
    """The central bodies a joint number's symbol abbreviates, each with whether ``text`` names it.

    "06/2012/TTLT-BTP-BNG" is of the Ministries of Justice (BTP) and of Foreign
    Affairs (BNG): a copy that cut its letterhead after the first still says who
    issues.  A part is the body ``text`` names with those initials ("... của Bộ
    Ngoại giao"), else the body of :data:`SYMBOL_BODIES` with them (named: False),
    else nothing.  Only a joint document's symbol ("TTLT", "NQLT" ...) is read so,
    each part once, in its order.
    """
    symbol = (number or "").partition("/")[2]
    if not _JOINT_SYMBOL.search(symbol):
        return []
    parts = [part for part in re.split(r"[-/]", symbol) if part]
    named: dict[str, tuple[BodyName, bool]] = {}
    for body in find_bodies(text):
        if body.level == "central":
            named.setdefault(initials(body.name), (body, True))
    for name in SYMBOL_BODIES:
        ministry = read_body(name)
        if ministry is not None:
            named.setdefault(initials(name), (ministry, False))
    return [named[part] for part in dict.fromkeys(parts) if part in named]


@attrs.define
class Parties:
    """The parties found so far, each once: merged when two readings name the same body."""

    table: tuple[KnownBody, ...]
    found: list[dict[str, Any]] = attrs.Factory(list)
    #: for each party id, the text it was read from and whether the table knows it.
    sources: dict[str, tuple[str, bool]] = attrs.Factory(dict)
    bodies: dict[str, BodyName] = attrs.Factory(dict)

    def add(
        self, body: BodyName, text: str, *, organ: str | None = None, province: str | None = None
    ) -> str:
        """Add the body (or merge it with one already found); return its party id."""
        organ = spaced_dashes(organ) if organ else organ
        same = self._same(body)
        if same is not None:
            if organ and "issuing_organ" not in same:
                same["issuing_organ"] = organ
            self.complete(body)
            previous = self.bodies.get(str(same["id"]))
            if body.place and (previous is None or not previous.place):
                same["name"] = body.name
                if body.level in _LEVELS:
                    same["level"] = body.level
                if body.province:
                    same["province"] = body.province
                self.bodies[str(same["id"])] = body
            return str(same["id"])
        known = known_body(body.name, self.table)
        if known is None and body.place:
            bare = known_body(body.name[: -len(body.place)].strip(), self.table)
            if bare is not None and bare.level != "central":
                known = bare
        party: dict[str, Any] = {"name": unglue(spaced_dashes(body.name))}
        party["id"] = known.id if known is not None else body_id(body.name)
        if known is not None and known.short_name and not body.place:
            party["short_name"] = known.short_name
        elif body.short and fold(body.short) != fold(body.name):
            party["short_name"] = unglue(body.short)
        kind = known.kind if known is not None and known.kind else body.kind
        if kind:
            party["kind"] = kind
        level = body.level if body.level in _LEVELS else (known.level if known else None)
        if level:
            party["level"] = level
        if body.province or (province and level == "province"):
            party["province"] = body.province or province
        if organ:
            party["issuing_organ"] = organ
        if body.parent:
            party["parent_body"] = body.parent
        return self._append(party, body, text, known is not None)

    def add_party(self, party: dict[str, Any], text: str = "", known: bool = True) -> str:
        """Add a party read otherwise (a known body named in a heading or a role)."""
        body = read_body(str(party["name"])) or BodyName(
            name=str(party["name"]),
            organ=str(party["name"]),
            kind=str(party.get("kind") or ""),
            level=party.get("level"),
            province=party.get("province"),
            start=0,
            end=len(str(party["name"])),
        )
        same = self._same(body)
        if same is not None:
            for key, value in party.items():
                if key != "id":
                    same.setdefault(key, value)
            return str(same["id"])
        return self._append(dict(party), body, text, known)

    def _append(self, party: dict[str, Any], body: BodyName, text: str, known: bool) -> str:
        taken = {str(p["id"]) for p in self.found}
        base = str(party["id"])
        counter = 2
        while party["id"] in taken:
            party["id"] = f"{base}-{counter}"
            counter += 1
        self.found.append(party)
        self.sources[str(party["id"])] = (text, known)
        self.bodies[str(party["id"])] = body
        return str(party["id"])

    def _same(self, body: BodyName) -> dict[str, Any] | None:
        """A party already found that is this body (see the module)."""
        for party in self.found:
            other = self.bodies.get(str(party["id"]))
            if other is None:
                continue
            if _key(other.name) == _key(body.name):
                return party
            if other.level == body.level and (
                _cut_at_dash(other.name, body.name) or _cut_at_dash(body.name, other.name)
            ):
                return party
            if _base(other) != _base(body):
                continue
            places = (fold(other.place or ""), fold(body.place or ""))
            if places[0] == places[1] or not places[0] or not places[1]:
                return party
        return None

    def complete(self, body: BodyName) -> None:
        """Give the party that is ``body`` its whole name, if it was read cut before a hyphen."""
        same = self._same(body)
        previous = None if same is None else self.bodies.get(str(same["id"]))
        if same is not None and previous is not None and _cut_at_dash(previous.name, body.name):
            same["name"] = unglue(spaced_dashes(body.name))
            self.bodies[str(same["id"])] = body

    def covering(self, body: BodyName) -> str | None:
        """The one party found whose name holds every word of ``body``'s shorter name.

        A signature writes the body it signs for as its members call it: "TM.
        HỘI ĐỒNG ĐỘI TRUNG ƯƠNG" for the "Hội đồng Trung ương Đội TNTP Hồ Chí
        Minh" of the letterhead.  The same head ("Hội đồng") and the same level
        are required, and only one party may fit.
        """
        words = set(fold(body.name).split())
        head = fold(body.organ)
        fits = []
        for party in self.found:
            names = [str(party["name"]), str(party.get("short_name") or "")]
            other = self.bodies.get(str(party["id"]))
            if other is None:
                continue
            # "Ban Chấp hành Hội Nông dân tỉnh B" is the association's committee: its head is
            # the association's too ("HỘI NÔNG DÂN TỈNH" in "TM. BAN THƯỜNG VỤ" / ...).
            named = fold(other.name)
            if not named.startswith((head, f"ban chấp hành {head}")):
                continue
            if body.level and other.level and body.level != other.level:
                continue
            if any(words <= set(fold(name).split()) for name in names if name):
                fits.append(str(party["id"]))
        return fits[0] if len(fits) == 1 else None

    def index_of(self, party_id: str) -> int:
        """The position, in :attr:`found`, of the party with ``party_id`` (one that was added)."""
        return next(i for i, party in enumerate(self.found) if party["id"] == party_id)

    def id_of(self, body: BodyName) -> str | None:
        """The id of the party that is ``body``, if it was found."""
        same = self._same(body)
        return None if same is None else str(same["id"])
