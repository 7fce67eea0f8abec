"""The bodies the importer recognises, and how documents write them.

A body is written many ways: its full name, a short name, an
abbreviation, in capitals in a letterhead or a signature block, or behind
the standing organ that signs for it ("Thường trực Hội đồng nhân dân
tỉnh").  :data:`KNOWN_BODIES` is the built-in table; plugins add their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs


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


def match_bodies(text: str, bodies: Iterable[KnownBody]) -> list[tuple[int, KnownBody]]:
    """The known bodies ``text`` names, each at the position of its longest written form.

    One pattern of every written form, longest first, is read once through
    ``text`` (a name inside a longer one already matched is not read again),
    so the time is that of one search, whatever the number of known bodies.
    """
    pattern, named = _pattern_of(tuple(bodies))
    if pattern is None:
        return []
    return [
        (match.start(), named[match[0]])
        for match in pattern.finditer(text)
        if not _national(named[match[0]], text, match.end())
    ]


#: "Việt Nam" after a body's name, no province after it: not the province's own body. The
#: province printed after it, in capitals or shortened too ("Hội Nông dân Việt Nam tỉnh
#: Nghệ An", "... Thành phố Hà Nội", "... TP. Hà Nội"), is that body's; a lower level
#: ("... huyện Nam Đàn", "... thị xã Cửa Lò") is a body the grammar reads at its level.
_VIET_NAM_AFTER = re.compile(r"\s+Việt\s+Nam(?!\w)(?!\s+(?i:(?:tỉnh|thành\s+phố)(?!\w)|tp\.))")


def _national(body: KnownBody, text: str, end: int) -> bool:
    """Whether a province's body's bare name at ``end`` goes on as another organisation's.

    "Hội Nông dân" stands for a province's union in its own texts, but "Hội
    Nông dân Việt Nam" is the national one, and "Hội Nông dân Việt Nam huyện
    Nam Đàn" a district's: both are read by their grammar, not as the
    province's.
    """
    return body.level == "province" and _VIET_NAM_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=16)  # the built-in table, and the few a plugin adds to it
def _pattern_of(
    bodies: tuple[KnownBody, ...],
) -> tuple[re.Pattern[str] | None, dict[str, KnownBody]]:
    """The pattern of ``bodies``' written forms and the body of each form (the first listed)."""
    named: dict[str, KnownBody] = {}
    for body in bodies:
        for name in body.names:
            named.setdefault(name, body)
    names = sorted(named, key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if names else None
    return pattern, named


def _is_front(party: dict[str, Any]) -> bool:
    return party.get("kind") == "front"


def _is_council(party: dict[str, Any]) -> bool:
    return str(party["id"]).startswith("hdnd")


#: The standing organs that sign for a body, and which party (as draft data)
#: has one: the Front a standing board (and a presidium at the centre), a
#: People's Council a standing committee.
STANDING_ORGANS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "Ban Thường trực": _is_front,
    "Đoàn Chủ tịch": _is_front,
    "Thường trực": _is_council,
}
_ORGAN = re.compile("(?:" + "|".join(sorted(STANDING_ORGANS, key=len, reverse=True)) + r")\s+")


def issuing_organ(body: KnownBody, text: str) -> str | None:
    """The standing organ ``text`` says signs for ``body``: "Thường trực Hội đồng nhân dân tỉnh"."""
    for name in sorted(body.names, key=len, reverse=True):
        if _ORGAN.match(name):
            continue  # a form that is itself the organ's name: found below through the body's
        found = re.search(rf"{_ORGAN.pattern}{re.escape(name)}(?!\w)", text)
        if found:
            return found[0]
    return None


def party_data(body: KnownBody) -> dict[str, Any]:
    party: dict[str, Any] = {"id": body.id, "name": body.name}
    if body.short_name:
        party["short_name"] = body.short_name
    if body.kind:
        party["kind"] = body.kind
    if body.level:
        party["level"] = body.level
    return party


def body_in_capitals(line: str, bodies: Sequence[KnownBody]) -> str | None:
    """The known body a line in capitals names ("BAN DÂN TỘC TỈNH", "THƯỜNG TRỰC HĐND TỈNH")."""
    matched = match_bodies(line.title(), bodies) or match_bodies(line, bodies)
    if matched:
        return matched[0][1].id
    # Compare without case, the longest written form the line holds.
    pattern, forms = _folded_pattern_of(tuple(bodies))
    if pattern is None:
        return None
    found = [key for match in pattern.finditer(line.casefold()) for key in forms[match[1]]]
    return max(found)[1] if found else None


@functools.lru_cache(maxsize=16)
def _folded_pattern_of(
    bodies: tuple[KnownBody, ...],
) -> tuple[re.Pattern[str] | None, dict[str, list[tuple[int, str]]]]:
    """A pattern that finds, at every place, the longest casefolded form of ``bodies`` there.

    Each form maps to the (length, id) of every body written so, as a search
    of each form in turn would find them.
    """
    forms: dict[str, list[tuple[int, str]]] = {}
    for body in bodies:
        for name in body.names:
            forms.setdefault(name.casefold(), []).append((len(name), body.id))
    names = sorted(forms, key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    # A lookahead finds a form at every place, also inside a longer one found before.
    pattern = re.compile(rf"(?<!\w)(?=({alternatives})(?!\w))") if names else None
    return pattern, forms
