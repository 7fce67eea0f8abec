"""Bodies across the programs of a portfolio: which parties are one body, and the body's id.

Each program names its bodies with ids of its own (``bdv``, ``bdt``).  The
portfolio decides which parties of which programs are one body by rules
that never merge two bodies unless a rule says so, and gives each body an
id that depends on what the files say of it, never on the order they are
read in.  Where two parties look alike but no rule makes them one, a person
decides: the pair is reported as an advisory naming both files.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._errors import Problem
from coordprog.model._parties import Level, Party
from coordprog.model._program import Program

Pair = tuple[str, str]
"""A party of a program: ``(program id, party id)``."""


@attrs.frozen
class Body:
    """A body recognised across the programs of a portfolio.

    ``id`` is the body's id in the portfolio (the one ``coordprog agenda
    --party`` takes); ``parties`` are the ``(program id, party id)`` pairs
    that stand for it; ``successor`` is the body that took it over (a
    merger or a split) on ``until`` (a date, or one known only in part).
    ``name``, ``level``, ``province`` and
    ``kind`` are as its most recent program states them (a body renamed, or
    moved to another province by the 2025 mergers, shows its latest).
    ``explicit`` is ``True`` for a body ``bodies.toml`` names.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``level``, ``province``, ``kind``, ``explicit``.
    """

    id: str
    name: str
    parties: tuple[Pair, ...]
    successor: str | None = None
    until: dt.date | PartialDate | None = None
    level: Level | None = None
    province: str | None = None
    kind: str | None = None
    explicit: bool = False


@attrs.frozen
class _Occurrence:
    """A party where a program names it, with what identifies it."""

    pair: Pair
    party: Party
    program: Program
    where: str
    province: str | None

    @property
    def when(self) -> tuple[dt.date, str]:
        """How recent the program is: its signing day (else its start), then its id."""
        program = self.program
        return (program.document_date or dt.date.min, program.id)


# Names, provinces and numbers repeat across a portfolio's programs: each is
# normalised once (the regular expressions were most of recognising bodies).
@functools.lru_cache(maxsize=8192)
def normal(text: str) -> str:
    """``text`` as names are compared: NFC, without case, dashes and blanks made uniform."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"\s*[-\u2010-\u2015]\s*", " - ", text)
    return " ".join(text.replace(",", " ").split()).strip(" .;:")


_PLACE_WORDS = re.compile(r"^(tỉnh|thành phố|tp\.?)\s+")


@functools.lru_cache(maxsize=1024)
def place_key(province: str | None) -> str:
    """A province as compared: ``"tỉnh Lâm Đồng"`` and ``"Lâm Đồng"`` are one."""
    return "" if not province else _PLACE_WORDS.sub("", normal(province))


def _without(text: str, place: str) -> str:
    if not place:
        return text
    return " ".join(re.sub(rf"(?<!\w){re.escape(place)}(?!\w)", " ", text).split())


@functools.lru_cache(maxsize=8192)
def name_key(name: str, parent_body: str | None, place: str) -> str:
    """The name a body is matched by: its name under its parent body, its province left out.

    "Ban Dân vận" printed under "Tỉnh ủy Bình Thuận" is matched as "ban dân
    vận tỉnh ủy", and so is "Ban Dân vận Tỉnh ủy Bình Thuận" in Bình Thuận:
    a name may or may not repeat its province.
    """
    key = _without(normal(name), place)
    if parent_body:
        above = _without(normal(parent_body), place)
        if above and f" {above} " not in f" {key} ":
            key = f"{key} {above}"
    return key


_UPPER = frozenset({Level.CENTRAL, Level.REGION})


def _occurrences(programs: Iterable[Program]) -> list[_Occurrence]:
    """Every party of every program, with its province.

    A party that states no province is in the program's (unless it is
    central), else in the province of the portfolio its name or parent body
    names ("Ban Dân vận" under "Tỉnh ủy Bình Thuận").
    """
    found = []
    for program in programs:
        signing = ("parties", program.parties)
        for label, parties in (signing, ("third_parties", program.third_parties)):
            for index, party in enumerate(parties):
                province = party.province
                if province is None and party.level not in _UPPER:
                    province = program.province
                found.append(
                    _Occurrence(
                        (program.id, party.id), party, program, f"{label}[{index}]", province
                    )
                )
    known = {place_key(o.province): o.province for o in found if o.province}
    for index, occurrence in enumerate(found):
        if occurrence.province is None:
            party = occurrence.party
            written = f" {normal(party.name + ' ' + (party.parent_body or ''))} "
            named = [key for key in known if f" {key} " in written]
            if named:
                place = known[max(named, key=len)]
                found[index] = attrs.evolve(occurrence, province=place)
    return found


@attrs.define
class _Groups:
    """Union-find over parties: which are one body.

    ``apart`` holds pairs of parties that are never one body, whatever
    their names: a body and its successor (a body merged into one of the
    same name is a new body; the lineage rule needs both).
    """

    parent: dict[Pair, Pair] = attrs.Factory(dict)
    members: dict[Pair, set[Pair]] = attrs.Factory(dict)
    apart: set[frozenset[Pair]] = attrs.Factory(set)

    def add(self, pair: Pair) -> None:
        self.parent.setdefault(pair, pair)
        self.members.setdefault(pair, {pair})

    def find(self, pair: Pair) -> Pair:
        parent = self.parent
        while parent[pair] != pair:
            parent[pair] = parent[parent[pair]]
            pair = parent[pair]
        return pair

    def union(self, a: Pair, b: Pair) -> bool:
        """Make ``a`` and ``b`` one body; ``False`` (and nothing done) when they must stay apart."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        if self.apart and any(
            frozenset((x, y)) in self.apart
            for x in self.members[root_a]
            for y in self.members[root_b]
        ):
            return False
        low, high = min(root_a, root_b), max(root_a, root_b)
        self.parent[high] = low
        self.members[low] |= self.members.pop(high)
        return True


Key = tuple[str, str]
"""What a party is matched by: its name key and its province key."""


def _keys(occurrence: _Occurrence, provinces: Iterable[str]) -> Iterator[Key]:
    """The names a party is known by: its own, and its former names (a renamed body).

    Each is matched in the party's province and in every province it
    belonged to before (``former_provinces``: the 2025 mergers moved
    departments of one province into another).  A former name that names
    another province of the portfolio ("Hội Nông dân tỉnh Đắk Nông" for a
    body now of Lâm Đồng) is matched there too.
    """
    party = occurrence.party
    place = place_key(occurrence.province)
    places = [place, *(place_key(f.province) for f in party.former_provinces)]
    for where in dict.fromkeys(places):
        yield (name_key(party.name, party.parent_body, where), where)
    for former in party.former_names:
        written = f" {normal(former.name)} "
        elsewhere = [p for p in provinces if p != place and f" {p} " in written]
        named = [max(elsewhere, key=len)] if elsewhere else []
        for where in dict.fromkeys([*named, *places]):
            yield (name_key(former.name, party.parent_body, where), where)


@attrs.frozen
class Identified:
    """The bodies of a portfolio and what a person should look at."""

    bodies: tuple[Body, ...]
    advisories: tuple[Problem, ...]


def identify_bodies(
    programs: Iterable[Program],
    mapping: Mapping[Pair, tuple[str, str]],
    sources: Mapping[str, str],
) -> Identified:
    """The bodies of ``programs``, by ``mapping`` (from ``bodies.toml``) and the rules below.

    ``mapping`` maps ``(program id, party id)`` to ``(body id, body name)``.
    Every other party is one body with the parties, in any program, that
    have the same name key (:func:`name_key`: its name under its parent
    body, its province left out; or a former name) in the same province,
    unless they state different levels or kinds.  Where they do, parties
    that state the same level and kind are one body each, and a party that
    leaves the telling field unstated and could be more than one is kept
    apart and reported.  ``sources`` gives each program's file, for the
    advisories.
    """
    programs = sorted(programs, key=lambda p: p.id)
    occurrences = _occurrences(programs)
    by_pair = {o.pair: o for o in occurrences}
    provinces = sorted({place_key(o.province) for o in occurrences} - {""})
    groups = _Groups()
    explicit: dict[str, list[Pair]] = {}
    by_key: dict[Key, dict[Pair, _Occurrence]] = {}
    keys: dict[Pair, list[Key]] = {}
    for occurrence in occurrences:
        groups.add(occurrence.pair)
        successor = occurrence.party.successor
        if successor is not None:
            # A body and its successor are two bodies, even under one name.
            groups.apart.add(frozenset((occurrence.pair, (occurrence.program.id, successor))))
        if occurrence.pair in mapping:
            explicit.setdefault(mapping[occurrence.pair][0], []).append(occurrence.pair)
            continue
        keys[occurrence.pair] = list(_keys(occurrence, provinces))
        for key in keys[occurrence.pair]:
            by_key.setdefault(key, {})[occurrence.pair] = occurrence
    advisories: list[Problem] = []
    for body, pairs in explicit.items():
        for pair in pairs[1:]:
            if not groups.union(pairs[0], pair):
                advisories.append(
                    Problem(
                        _where(by_pair[pair], sources),
                        f"bodies.toml makes {pair[1]!r} of {pair[0]!r} the body {body!r}, "
                        "which is also the body it ceased into or took over from: a body "
                        "cannot succeed itself; it is kept apart",
                    )
                )
    for key in sorted(by_key):
        advisories += _merge(list(by_key[key].values()), groups, sources)
    members: dict[Pair, list[Pair]] = {}
    for pair in sorted(groups.parent):
        members.setdefault(groups.find(pair), []).append(pair)
    found = [[by_pair[pair] for pair in pairs] for pairs in members.values()]
    advisories += _near_matches(found, keys, sources)
    ids = _ids(found, mapping)
    bodies = []
    for group in found:
        latest = max(group, key=lambda o: o.when)
        named = mapping.get(group[0].pair)
        bodies.append(
            Body(
                id=ids[group[0].pair],
                name=named[1] if named else latest.party.name,
                parties=tuple(o.pair for o in group),
                level=latest.party.level,
                province=latest.province,
                kind=latest.party.kind,
                explicit=named is not None,
            )
        )
    return Identified(_with_successors(bodies, by_pair), tuple(advisories))


def _where(occurrence: _Occurrence, sources: Mapping[str, str]) -> str:
    source = sources.get(occurrence.program.id, occurrence.program.id)
    return f"{source}: {occurrence.where}"


def _described(occurrence: _Occurrence) -> str:
    party = occurrence.party
    said = [
        f"level {party.level.value}" if party.level else "level not stated",
        f"kind {party.kind}" if party.kind else "kind not stated",
        f"province {occurrence.province}" if occurrence.province else "province not stated",
    ]
    if party.parent_body:
        said.append(f"under {party.parent_body}")
    return f"{party.name!r} ({', '.join(said)})"


def _merge(
    found: list[_Occurrence], groups: _Groups, sources: Mapping[str, str]
) -> Iterator[Problem]:
    """Make the parties of one name key one body, or several where levels or kinds differ."""
    levels = {o.party.level for o in found} - {None}
    kinds = {o.party.kind for o in found} - {None}
    if len(levels) <= 1 and len(kinds) <= 1:
        for occurrence in found[1:]:
            groups.union(found[0].pair, occurrence.pair)
        return

    def telling(o: _Occurrence) -> tuple[Any, Any]:
        return (o.party.level if len(levels) > 1 else "", o.party.kind if len(kinds) > 1 else "")

    classes: dict[tuple[Any, Any], _Occurrence] = {}
    open_ones = []
    for occurrence in found:
        told = telling(occurrence)
        if None in told:
            open_ones.append(occurrence)
        elif told in classes:
            groups.union(classes[told].pair, occurrence.pair)
        else:
            classes[told] = occurrence
    for occurrence in open_ones:
        told = telling(occurrence)
        fits = [
            first
            for key, first in classes.items()
            if all(mine is None or mine == theirs for mine, theirs in zip(told, key, strict=True))
        ]
        if len(fits) == 1:
            groups.union(fits[0].pair, occurrence.pair)
            continue
        others = "; ".join(f"{_where(o, sources)} {_described(o)}" for o in fits)
        yield Problem(
            _where(occurrence, sources),
            f"{_described(occurrence)} could be one of several bodies of that name: {others}; "
            "it is kept apart: name it with one of them in bodies.toml, or state its "
            "level and kind",
        )


def _near_matches(
    found: list[list[_Occurrence]],
    keys: Mapping[Pair, list[Key]],
    sources: Mapping[str, str],
) -> Iterator[Problem]:
    """Bodies kept apart that a person should look at.

    The same name where one province is not stated, or a name that is the
    other with up to three words more ("Ban Dân tộc", "Ban Dân tộc tỉnh"),
    when nothing else the files state tells them apart.
    """
    names: dict[str, list[tuple[int, _Occurrence]]] = {}
    for number, group in enumerate(found):
        if group[0].pair not in keys:  # a body bodies.toml names: decided already
            continue
        seen: set[str] = set()
        for occurrence in group:
            for name, _ in keys[occurrence.pair]:
                if name not in seen:
                    seen.add(name)
                    names.setdefault(name, []).append((number, occurrence))
    reported: set[tuple[int, int]] = set()
    for name in sorted(names):
        words = name.split()
        alike = list(names[name])
        for cut in range(max(1, len(words) - 3), len(words)):
            alike += names.get(" ".join(words[:cut]), [])
        for index, (first, one) in enumerate(alike):
            for second, other in alike[index + 1 :]:
                pair = (min(first, second), max(first, second))
                if first == second or pair in reported or not _could_be_one(one, other):
                    continue
                reported.add(pair)
                here, there = sorted((one, other), key=lambda o: o.pair)
                yield Problem(
                    _where(here, sources),
                    f"{_described(here)} may be the same body as {_where(there, sources)} "
                    f"{_described(there)}; they are kept apart: name both in bodies.toml to "
                    "make them one",
                )


def _could_be_one(one: _Occurrence, other: _Occurrence) -> bool:
    """Nothing the two parties state tells them apart."""
    for mine, theirs in (
        (place_key(one.province), place_key(other.province)),
        (one.party.level, other.party.level),
        (one.party.kind, other.party.kind),
    ):
        if mine and theirs and mine != theirs:
            return False
    return True


def slug(text: str) -> str:
    """``text`` as a readable ASCII id: ``"Lâm Đồng"`` is ``"lam-dong"``."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


def _with_place(base: str, place: str) -> str:
    if not place or base == place or base.endswith(f"-{place}"):
        return base
    return f"{base}-{place}"


def _candidates(group: list[_Occurrence]) -> list[str]:
    """The ids a body may take, most readable first; the last is always unique in practice."""
    latest = max(group, key=lambda o: o.when)
    party = latest.party
    place = slug(place_key(latest.province))
    named = slug(name_key(party.name, party.parent_body, place_key(latest.province)))
    said = "-".join(slug(s) for s in (party.level or "", party.kind or "") if s)
    identity = "|".join(sorted({f"{o.party.name}|{o.party.level}|{o.province}" for o in group}))
    digest = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:6]
    return [
        _with_place(slug(party.id) or "body", place),
        _with_place(named or "body", place),
        _with_place(f"{named or 'body'}-{said}" if said else named or "body", place),
        f"{_with_place(named or 'body', place)}-{digest}",
    ]


def _ids(
    found: list[list[_Occurrence]], mapping: Mapping[Pair, tuple[str, str]]
) -> dict[Pair, str]:
    """Each body's id: ``bodies.toml``'s, else the first candidate no other body wants.

    Round by round, a candidate only one body wants is given to it; the
    bodies left try their next candidate.  No body's id depends on the order
    the files were read in.
    """
    ids = {group[0].pair: mapping[group[0].pair][0] for group in found if group[0].pair in mapping}
    taken = set(ids.values())
    left = [group for group in found if group[0].pair not in ids]
    wanted = {group[0].pair: _candidates(group) for group in left}
    for round_ in range(len(next(iter(wanted.values()), []))):
        counts: dict[str, int] = {}
        for group in left:
            candidate = wanted[group[0].pair][round_]
            counts[candidate] = counts.get(candidate, 0) + 1
        still = []
        for group in left:
            candidate = wanted[group[0].pair][round_]
            if counts[candidate] == 1 and candidate not in taken:
                ids[group[0].pair] = candidate
                taken.add(candidate)
            else:
                still.append(group)
        left = still
    for group in left:  # the same digest twice: bodies nothing tells apart, numbered in id order
        base, number = wanted[group[0].pair][-1], 2
        while f"{base}-{number}" in taken:
            number += 1
        ids[group[0].pair] = f"{base}-{number}"
        taken.add(ids[group[0].pair])
    return ids


def _with_successors(bodies: list[Body], parties: Mapping[Pair, _Occurrence]) -> tuple[Body, ...]:
    """Each body whose party names a successor points at the successor's body."""
    owner = {pair: body.id for body in bodies for pair in body.parties}
    result = []
    for body in bodies:
        successor, until = None, None
        for program_id, party_id in body.parties:
            party = parties[(program_id, party_id)].party
            if party.successor is not None:
                successor = owner.get((program_id, party.successor))
                until = party.until
        result.append(attrs.evolve(body, successor=successor, until=until))
    return tuple(sorted(result, key=lambda b: b.id))
