"""Acts across a portfolio: one act under all its spellings, and which program is whose parent.

A number and symbol (*số, ký hiệu*) is typed by hand in every document
that cites it: "BTN&MT" and "BTNMT", "01-CTrPH/BDVTW-BCSĐUBDT" and
"01-CTrPH/BDVTW-BCSDUBDT", "105 /QC-PH".  The portfolio compares numbers
by :func:`act_key`, says where two spellings of one number meet, and finds
a program's parent by number and issuer, never by number alone when two
programs share a number.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import NamedTuple

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._errors import Problem
from coordprog.model._instructions import Instruction
from coordprog.model._legal import LegalKind
from coordprog.model._program import Program
from coordprog.model._records import Records
from coordprog.portfolio._bodies import normal, place_key

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")


@functools.lru_cache(maxsize=8192)
def act_key(number: str) -> str:
    """A number and symbol as acts are matched: one key for every spelling of one number.

    Blanks and ``&`` are left out, letters compared without case, ``đ``
    and ``Đ`` as ``d``, every dash as ``-``, and leading zeros of the
    number dropped: ``"01-CTrPH/BDVTW-BCSĐUBDT"``, ``"1-CTrPH/BDVTW-BCSDUBDT"``
    and ``"01 - CTrPH / BDVTW-BCSĐUBĐT"`` are one key, and so are
    ``"12/QĐ-BTN&MT"`` and ``"12/QĐ-BTNMT"``.

    >>> act_key("12/QĐ-BTN&MT") == act_key("12/qđ-btnmt")
    True

    .. versionadded:: 0.3.0
    """
    text = unicodedata.normalize("NFC", number).replace("đ", "d").replace("Đ", "D")
    text = _DASHES.sub("-", text).casefold()
    text = "".join(text.replace("&", "").split())
    return _LEADING_ZEROS.sub("", text)


@attrs.frozen
class Act:
    """An act the portfolio's documents name, under every spelling of its number.

    ``id`` is its :func:`act_key`; ``number`` the spelling the act's own
    program uses when the portfolio holds it, else the commonest;
    ``spellings`` every spelling seen; ``program`` the program of the
    portfolio that is this act, when exactly one is; ``instruction`` the
    ``(program id, instruction id)`` of the letter or plan that is this
    act, when one is.

    .. versionadded:: 0.3.0
    """

    id: str
    number: str
    spellings: tuple[str, ...]
    kind: LegalKind | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    program: str | None = None
    instruction: tuple[str, str] | None = None


class _Seen(NamedTuple):
    """One place a number is written (a tuple: a portfolio has thousands)."""

    number: str
    program: str
    where: str
    kind: LegalKind | None
    date: dt.date | PartialDate | None
    issuer: str | None
    title: str | None
    ref_id: str | None = None


@attrs.frozen
class Parents:
    """Each program's parent in a portfolio, the instruction it answers, what to look at."""

    parents: Mapping[str, str]
    instructions: Mapping[str, tuple[str, str]]
    advisories: tuple[Problem, ...]


def _numbers(
    program: Program, records: Records, sources: Mapping[str, str]
) -> Iterator[tuple[_Seen, Instruction | None]]:
    source = sources.get(program.id, program.id)
    if program.number:
        yield (
            _Seen(
                program.number,
                program.id,
                f"{source}: number",
                LegalKind.PROGRAM,
                program.signed_on,
                None,
                program.title,
            ),
            None,
        )
    for index, ref in enumerate(program.legal_refs):
        if ref.number:
            yield (
                _Seen(
                    ref.number,
                    program.id,
                    f"{source}: legal_refs[{index}].number",
                    ref.kind,
                    ref.date,
                    ref.issuer,
                    ref.title,
                    ref.id,
                ),
                None,
            )
    for label, instructions in (
        (source, program.instructions),
        (f"records of {program.id}", records.instructions),
    ):
        for index, instruction in enumerate(instructions):
            if instruction.number:
                yield (
                    _Seen(
                        instruction.number,
                        program.id,
                        f"{label}: instructions[{index}].number",
                        instruction.kind,
                        instruction.date,
                        None,
                        instruction.title,
                    ),
                    instruction,
                )


def identify_acts(
    programs: tuple[Program, ...], records: Mapping[str, Records], sources: Mapping[str, str]
) -> tuple[tuple[Act, ...], tuple[Problem, ...]]:
    """The acts ``programs`` and their ``records`` number, one per :func:`act_key`.

    Every number is read: each program's own, its legal references' and
    its instructions' (in the program and in its records).  A number
    written in more than one way is an advisory naming where, unless one
    program declares the two references the same act (``same_as``).
    """
    seen: dict[str, list[_Seen]] = {}
    owners: dict[str, list[Program]] = {}
    instructions: dict[str, tuple[str, str]] = {}
    for program in programs:
        own = records.get(program.id) or Records(program=program.id)
        for found, instruction in _numbers(program, own, sources):
            key = act_key(found.number)
            seen.setdefault(key, []).append(found)
            if instruction is not None:
                instructions.setdefault(key, (program.id, instruction.id))
        if program.number:
            owners.setdefault(act_key(program.number), []).append(program)
    acts = tuple(
        _act(key, found, owners.get(key, []), instructions.get(key))
        for key, found in sorted(seen.items())
    )
    return acts, tuple(_spellings(seen, programs))


def find_parents(
    programs: tuple[Program, ...], records: Mapping[str, Records], sources: Mapping[str, str]
) -> Parents:
    """Each program's parent, found by its ``parent`` legal reference.

    The parent is the program of the portfolio with the same
    :func:`act_key`; when more than one has it, the one whose signing date
    is the reference's ``date`` and whose parties the reference's
    ``issuer`` names (and, when the issuer names a province, of that
    province).  None or several left is no parent, and an advisory: a
    parent is never chosen by number alone when two programs share it.  A
    reference with the number of a letter or plan in an instruction makes
    the instruction's program the parent.  A reference without a number,
    or with one no program has, is matched by program id.
    """
    by_key: dict[str, list[Program]] = {}
    letters: dict[str, tuple[str, str]] = {}
    for program in programs:
        if program.number:
            by_key.setdefault(act_key(program.number), []).append(program)
        own = records.get(program.id)
        for instruction in (*program.instructions, *(own.instructions if own else ())):
            if instruction.number:
                letters.setdefault(act_key(instruction.number), (program.id, instruction.id))
    by_id = {program.id: program for program in programs}
    provinces = _provinces(programs)
    parents: dict[str, str] = {}
    through: dict[str, tuple[str, str]] = {}
    advisories = []
    for program in programs:
        if program.parent is None:
            continue
        ref = program.legal_ref(program.parent)
        key = act_key(ref.number) if ref.number else None
        candidates = [p for p in by_key.get(key or "", []) if p is not program]
        if len(candidates) > 1:
            chosen = _by_issuer(candidates, ref.date, ref.issuer, provinces)
            if len(chosen) != 1:
                names = ", ".join(f"{p.id} ({sources.get(p.id, p.id)})" for p in candidates)
                advisories.append(
                    Problem(
                        f"{sources.get(program.id, program.id)}: parent",
                        f"expected one program of the portfolio numbered {ref.number!r}, found "
                        f"{len(candidates)} that its date and issuer do not tell apart: {names}; "
                        "no parent is linked: give the act's date and issuer in its legal_refs",
                    )
                )
                continue
            candidates = chosen
        if candidates:
            parents[program.id] = candidates[0].id
        elif key is not None and key in letters and letters[key][0] != program.id:
            parents[program.id] = letters[key][0]
            through[program.id] = letters[key]
        elif ref.id in by_id and ref.id != program.id:
            parents[program.id] = ref.id
    return Parents(parents, through, tuple(advisories))


def _act(
    key: str, found: list[_Seen], programs: list[Program], instruction: tuple[str, str] | None
) -> Act:
    spellings: dict[str, int] = {}
    for one in found:
        spellings[one.number] = spellings.get(one.number, 0) + 1
    own = programs[0] if len(programs) == 1 else None
    number = (
        own.number
        if own is not None and own.number
        else min(spellings, key=lambda s: (-spellings[s], s))
    )

    def first(name: str) -> object:
        return next((getattr(one, name) for one in found if getattr(one, name)), None)

    kind = first("kind")
    date = own.signed_on if own is not None and own.signed_on else first("date")
    issuer, title = first("issuer"), first("title")
    return Act(
        id=key,
        number=number,
        spellings=tuple(sorted(spellings)),
        kind=kind if isinstance(kind, LegalKind) else None,
        date=date if isinstance(date, dt.date) else None,
        issuer=issuer if isinstance(issuer, str) else None,
        title=own.title if own is not None else title if isinstance(title, str) else None,
        program=None if own is None else own.id,
        instruction=instruction,
    )


def _spellings(seen: Mapping[str, list[_Seen]], programs: tuple[Program, ...]) -> Iterator[Problem]:
    """One advisory for each number written in more than one way, naming where."""
    same_as: set[tuple[str, str, str]] = set()
    for program in programs:
        for ref in program.legal_refs:
            if ref.same_as is not None:
                same_as.add((program.id, ref.id, ref.same_as))
                same_as.add((program.id, ref.same_as, ref.id))
    for key in sorted(seen):
        firsts: dict[str, _Seen] = {}
        for one in seen[key]:
            firsts.setdefault(one.number, one)
        if len(firsts) < 2:
            continue
        shown = list(firsts.values())
        if len(shown) == 2 and _declared_same(shown[0], shown[1], same_as):
            continue
        where = "; ".join(f"{one.number!r} in {one.where}" for one in shown[1:])
        yield Problem(
            shown[0].where,
            f"{shown[0].number!r} is one act with {where}: the spellings are matched as one "
            "number; write it one way, or check that they are one act",
        )


def _declared_same(one: _Seen, other: _Seen, same_as: set[tuple[str, str, str]]) -> bool:
    return (
        one.program == other.program
        and one.ref_id is not None
        and other.ref_id is not None
        and (one.program, one.ref_id, other.ref_id) in same_as
    )


def _provinces(programs: tuple[Program, ...]) -> dict[str, set[str]]:
    """The provinces each program is of: its own, and those of its signing parties."""
    found = {}
    for program in programs:
        places = {place_key(p.province) for p in program.parties if p.province}
        if program.province:
            places.add(place_key(program.province))
        found[program.id] = places
    return found


def _by_issuer(
    candidates: list[Program],
    date: dt.date | PartialDate | None,
    issuer: str | None,
    provinces: Mapping[str, set[str]],
) -> list[Program]:
    """The ``candidates`` signed on ``date`` by the bodies ``issuer`` names (when given)."""
    if date is None and issuer is None:
        return candidates
    chosen = [p for p in candidates if date is None or p.signed_on == date]
    if issuer is None:
        return chosen
    written = f" {normal(issuer)} "
    named_places = {place for places in provinces.values() for place in places}
    named_places = {place for place in named_places if f" {place} " in written}
    kept = []
    for program in chosen:
        if named_places and not provinces[program.id] & named_places:
            continue
        names = set()
        for party in program.parties:
            names.add(normal(party.name))
            if party.short_name:
                names.add(normal(party.short_name))
            place = place_key(party.province)
            if place:
                names.add(" ".join(normal(party.name).replace(place, " ").split()))
        if any(name and f" {name} " in written for name in names):
            kept.append(program)
    return kept
