"""A portfolio: the programs and records of a folder, and the bodies they share."""

from __future__ import annotations

import errno
import functools
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import cattrs

from coordprog.io._converter import Format, converter_for, problems_from
from coordprog.io._documents import collector_paused, parse, program_from_data, records_from_data
from coordprog.model._errors import (
    FieldError,
    FolderNotFoundError,
    Problem,
    ValidationError,
    lookup,
)
from coordprog.model._field_checks import identifier, no_duplicates, not_empty
from coordprog.model._instructions import Instruction
from coordprog.model._program import Program
from coordprog.model._record_checks import check_records, conflicts
from coordprog.model._records import Records
from coordprog.portfolio._acts import Act, Parents, act_key, find_parents, identify_acts
from coordprog.portfolio._bodies import Body, identify_bodies

#: The name of the file that maps parties of programs to bodies of the portfolio.
BODIES_FILE = "bodies.toml"

#: How the Datasette metadata the export writes beside a database ends: not a document.
METADATA_SUFFIX = ".metadata.json"

Check = Callable[[Program], list[Problem]]


@attrs.frozen(eq=False)
class Portfolio:
    """Programs, their records and the bodies they share, read from a folder.

    ``sources`` gives the file of each program (by program id) and
    ``records`` the records read for it (empty records when there are
    none).  ``advisories`` are what is allowed but worth a person's look,
    each naming its files: parties that may be one body but that no rule
    makes one, a number written two ways, a parent its number and issuer do
    not tell apart.  ``acts`` are the acts the documents number, one per
    number however it is spelt.  ``folder`` is the folder it was read from;
    ``record_files`` the records files of each program, in path order, each
    with what it holds.  Build one with :func:`coordprog.load_portfolio`.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``advisories``, ``acts``, ``folder``, ``record_files``.
    """

    programs: tuple[Program, ...]
    records: Mapping[str, Records]
    sources: Mapping[str, str]
    bodies: tuple[Body, ...]
    advisories: tuple[Problem, ...] = ()
    acts: tuple[Act, ...] = ()
    folder: str | None = None
    record_files: Mapping[str, tuple[tuple[str, Records], ...]] = attrs.field(factory=dict)

    @functools.cached_property
    def _programs(self) -> dict[str, Program]:
        return {program.id: program for program in self.programs}

    @functools.cached_property
    def _bodies(self) -> dict[str, Body]:
        return {body.id: body for body in self.bodies}

    @functools.cached_property
    def _body_of(self) -> dict[tuple[str, str], str]:
        return {pair: body.id for body in self.bodies for pair in body.parties}

    @functools.cached_property
    def _parents(self) -> Parents:
        return find_parents(self.programs, self.records, self.sources)

    @functools.cached_property
    def _children(self) -> dict[str, tuple[Program, ...]]:
        found: dict[str, list[Program]] = {}
        for program in self.programs:
            parent = self._parents.parents.get(program.id)
            if parent is not None:
                found.setdefault(parent, []).append(program)
        return {parent: tuple(children) for parent, children in found.items()}

    @functools.cached_property
    def _acts(self) -> dict[str, Act]:
        return {act.id: act for act in self.acts}

    def program(self, program_id: str) -> Program:
        """The program with id ``program_id``.

        :raises NotFoundError: when the portfolio holds no such program.

        .. versionchanged:: 0.3.0
           :class:`NotFoundError` (a ``KeyError``) naming the nearest ids.
        """
        return lookup(self._programs, program_id, "program", "the portfolio")

    def body(self, body_id: str) -> Body:
        """The body with id ``body_id``.

        :raises NotFoundError: when the portfolio knows no such body.

        .. versionchanged:: 0.3.0
           :class:`NotFoundError` (a ``KeyError``) naming the nearest ids.
        """
        return lookup(self._bodies, body_id, "body", "the portfolio")

    def body_of(self, program_id: str, party_id: str) -> Body:
        """The body a party of a program stands for."""
        return self._bodies[self._body_of[(program_id, party_id)]]

    def lineage(self, body_id: str) -> tuple[Body, ...]:
        """``body_id``'s body and every body that was merged or renamed into it, itself first."""
        found = [self.body(body_id)]
        frontier = [body_id]
        while frontier:
            current = frontier.pop()
            for body in self.bodies:
                if body.successor == current and body not in found:
                    found.append(body)
                    frontier.append(body.id)
        return tuple(found)

    def parent_of(self, program: Program) -> Program | None:
        """The program ``program`` carries out, found by its ``parent`` legal reference.

        The reference's number is matched, however it is spelt
        (:func:`coordprog.act_key`), against the numbers of the portfolio's
        programs and of the letters and plans of their instructions; when
        two programs share the number, the reference's date and issuer
        choose, and when they cannot, there is no parent (and an advisory).
        ``None`` when the portfolio does not hold the parent.

        .. versionchanged:: 0.3.0
           Numbers matched by :func:`coordprog.act_key`, never by number
           alone when two programs share one; a letter's number leads to its
           program.
        """
        found = self._parents.parents.get(program.id)
        return None if found is None else self._programs[found]

    def children(self, program: Program) -> tuple[Program, ...]:
        """The programs of the portfolio that carry out ``program``, in id order."""
        return self._children.get(program.id, ())

    def instructions(self, program: Program) -> tuple[Instruction, ...]:
        """The instructions ``program`` gives lower levels: its text's, then its records' letters.

        .. versionadded:: 0.3.0
        """
        return (*program.instructions, *self.records[program.id].instructions)

    def answered(self, program: Program) -> Instruction | None:
        """The letter or plan ``program`` cites as its parent, when it is an instruction's.

        .. versionadded:: 0.3.0
        """
        found = self._parents.instructions.get(program.id)
        if found is None:
            return None
        owner, instruction_id = found
        return next(i for i in self.instructions(self._programs[owner]) if i.id == instruction_id)

    def act(self, number: str) -> Act:
        """The act numbered ``number``, in any of its spellings.

        :raises NotFoundError: when no document of the portfolio names it.

        .. versionadded:: 0.3.0
        """
        return lookup(self._acts, act_key(number), "act", "the portfolio")


def _party_pairs(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for index, item in enumerate(value):
        program_id, slash, party_id = item.partition("/")
        if not slash or not program_id or not party_id or "/" in party_id:
            raise FieldError(
                attribute.name,
                f'expected "program-id/party-id" texts, found {item!r} at index {index}',
            )


@attrs.frozen
class _BodyEntry:
    """One ``[[bodies]]`` table of ``bodies.toml``."""

    id: str = attrs.field(validator=identifier)
    name: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    parties: tuple[str, ...] = attrs.field(default=(), validator=[no_duplicates, _party_pairs])


@attrs.frozen
class _BodiesFile:
    """``bodies.toml``: the bodies a portfolio names explicitly."""

    bodies: tuple[_BodyEntry, ...] = ()


BodyMapping = dict[tuple[str, str], tuple[str, str]]


def _read_mapping(path: Path) -> tuple[BodyMapping, dict[tuple[str, str], str], list[Problem]]:
    """``bodies.toml``: ``[[bodies]]`` with ``id``, ``name`` and ``parties = ["program/party"]``.

    Read as program files are: invalid TOML, nesting too deep, integers too
    long, unknown keys, values of the wrong type and texts with control
    characters are problems with their paths; a body id or a party named
    twice is one too.

    :return: the mapping of ``(program id, party id)`` to ``(body id, body
        name)``, where in the file each party is named, and the problems.
    """
    name = os.fspath(path)
    try:
        data = parse(_read_bytes(name), "toml")
        document = converter_for("toml", detailed=True).structure(data, _BodiesFile)
    except OSError as exc:
        why = exc.strerror or exc
        return {}, {}, [Problem(name, f"expected a readable file, found: {why}")]
    except ValidationError as exc:
        return {}, {}, _in_file(name, exc.problems)
    except cattrs.BaseValidationError as exc:  # with the path of each bad value
        return {}, {}, _in_file(name, problems_from(exc))
    problems: list[Problem] = []
    mapping: BodyMapping = {}
    places: dict[tuple[str, str], str] = {}
    owner: dict[tuple[str, str], int] = {}
    first: dict[str, int] = {}
    for index, entry in enumerate(document.bodies):
        if entry.id in first:
            problems.append(
                Problem(
                    f"{name}: bodies[{index}].id",
                    f"expected each body id once, found {entry.id!r} also in "
                    f"bodies[{first[entry.id]}]",
                )
            )
            continue
        first[entry.id] = index
        for at, item in enumerate(entry.parties):
            program_id, _, party_id = item.partition("/")
            pair = (program_id, party_id)
            if pair in owner:
                problems.append(
                    Problem(
                        f"{name}: bodies[{index}].parties[{at}]",
                        f"expected each party in one body, found {item!r} also in "
                        f"bodies[{owner[pair]}]",
                    )
                )
                continue
            owner[pair] = index
            places[pair] = f"bodies[{index}].parties[{at}]"
            mapping[pair] = (entry.id, entry.name or entry.id)
    return mapping, places, problems


def _unknown_parties(
    places: Mapping[tuple[str, str], str], programs: Mapping[str, Program], name: str
) -> list[Problem]:
    """The parties ``bodies.toml`` names that no program of the portfolio has."""
    problems = []
    for (program_id, party_id), place in places.items():
        program = programs.get(program_id)
        if program is None:
            why = f"no program {program_id!r} in the portfolio"
        elif not any(p.id == party_id for p in (*program.parties, *program.third_parties)):
            why = f"program {program_id!r} has no party or third party {party_id!r}"
        else:
            continue
        problems.append(
            Problem(
                f"{name}: {place}",
                f'expected "program-id/party-id" of a party of the portfolio, found '
                f"{program_id + '/' + party_id!r}: {why}",
            )
        )
    return problems


def _is_records(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("program"), str) and "parties" not in data


def load_portfolio(folder: str | os.PathLike[str], *, check: Check) -> Portfolio:
    """Read every program and records file under ``folder`` (recursively) into a portfolio.

    Files ending in ``.toml`` or ``.json`` are read; a document with a
    ``program`` key naming a program (and no parties) is records, any other
    a program.  ``bodies.toml`` at the top maps parties to bodies.  Every
    file is checked (programs with ``check``, records against their
    program) and every problem of every file is reported at once, each
    naming its file.

    The cyclic garbage collector is paused while the folder is read: the
    hundred thousand objects a large portfolio builds hold no cycles, and
    the collector's passes over them as they accumulate cost about a
    seventh of the loading time.  It runs again as it did before, also when
    loading fails.

    :raises ValidationError: listing every problem, ``file: path: message``.
    """
    root = Path(folder)
    if not root.is_dir():
        raise FolderNotFoundError(2, f"{root}: no such folder", str(root))
    with collector_paused():
        return _load(root, check)


def _load(root: Path, check: Check) -> Portfolio:
    problems: list[Problem] = []
    by_id: dict[str, Program] = {}
    sources: dict[str, str] = {}
    read: dict[str, list[tuple[str, Records]]] = {}
    # Records whose program comes later in the walk wait for it; the others are
    # built at once, so that no file's parsed data outlives its own reading.
    waiting: list[tuple[str, Any, Format]] = []

    def add_records(name: str, data: Any, syntax: Format, owner: Program) -> None:
        def against(found: Records) -> list[Problem]:
            return check_records(found, owner)

        try:
            built = records_from_data(data, syntax, check=against)
        except ValidationError as exc:
            problems.extend(_in_file(name, exc.problems))
        else:
            read.setdefault(owner.id, []).append((name, built))

    files, unread = _documents_under(root)
    problems += unread
    mapping: BodyMapping = {}
    places: dict[tuple[str, str], str] = {}
    bodies_file = os.path.join(root, BODIES_FILE)
    for name in files:
        if name == bodies_file:
            mapping, places, found = _read_mapping(Path(name))
            problems += found
            continue
        fmt: Format = "json" if name.endswith(".json") else "toml"
        try:
            text = _read_bytes(name)
        except OSError as exc:
            why = exc.strerror or exc
            problems.append(Problem(name, f"expected a readable file, found: {why}"))
            continue
        try:
            data = parse(text, fmt)
            if _is_records(data):
                owner = by_id.get(data["program"])
                if owner is None:
                    waiting.append((name, data, fmt))
                else:
                    add_records(name, data, fmt, owner)
                continue
            program = program_from_data(data, fmt, check=check, consume=True)
        except ValidationError as exc:
            problems += _in_file(name, exc.problems)
            continue
        if program.id in by_id:
            problems.append(
                Problem(
                    f"{name}: id",
                    f"expected each program id once in the portfolio, found {program.id!r} "
                    f"also in {sources[program.id]}",
                )
            )
            continue
        by_id[program.id] = program
        sources[program.id] = name
    for name, data, syntax in waiting:
        owner = by_id.get(data["program"])
        if owner is None:
            problems.append(
                Problem(
                    f"{name}: program",
                    f"expected the id of a program of the portfolio, found {data['program']!r}",
                )
            )
        else:
            add_records(name, data, syntax, owner)
    for documents in read.values():
        problems += conflicts(documents)
    for program_id, documents in read.items():
        problems += _instruction_ids(by_id[program_id], sources[program_id], documents)
    if not problems:  # a program that failed to load is not reported twice
        problems += _unknown_parties(places, by_id, bodies_file)
    if problems:
        raise ValidationError(problems, document="portfolio")
    for documents in read.values():  # records that waited for their program, in path order too
        documents.sort(key=lambda found: found[0].split(os.sep))
    combined = {}
    for program in by_id.values():
        merged = Records(program=program.id)
        for _, document in read.get(program.id, []):
            merged = merged + document
        combined[program.id] = merged
    ordered = tuple(by_id[i] for i in sorted(by_id))
    identified = identify_bodies(ordered, mapping, sources)
    acts, spellings = identify_acts(ordered, combined, sources)
    parents = find_parents(ordered, combined, sources)
    return Portfolio(
        programs=ordered,
        records=combined,
        sources=sources,
        bodies=identified.bodies,
        advisories=(*identified.advisories, *spellings, *parents.advisories),
        acts=acts,
        folder=os.fspath(root),
        record_files={program_id: tuple(files) for program_id, files in sorted(read.items())},
    )


def _instruction_ids(
    program: Program, source: str, documents: Iterable[tuple[str, Records]]
) -> Iterator[Problem]:
    """An instruction id used twice across a program and its records files, naming both."""
    first = dict.fromkeys((instruction.id for instruction in program.instructions), source)
    for name, records in documents:
        for index, instruction in enumerate(records.instructions):
            if instruction.id in first and first[instruction.id] != name:
                yield Problem(
                    f"{name}: instructions[{index}].id",
                    f"expected each instruction id once across a program and its records, "
                    f"found {instruction.id!r} also in {first[instruction.id]}",
                )
            first.setdefault(instruction.id, name)


#: What a file in a portfolio's folder may be instead of a regular file, as a message says it.
_NOT_REGULAR = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def _read_bytes(name: str) -> bytes:
    """The bytes of a regular file; anything else found in the folder is an ``OSError``.

    A named pipe, or a link to ``/dev/zero``, among a portfolio's files
    would otherwise block the loader or fill the memory: it is opened
    without waiting for a writer and refused before a byte is read.
    """
    descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb") as file:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            kind = _NOT_REGULAR.get(stat.S_IFMT(mode), "a special file")
            raise OSError(errno.EINVAL, f"{kind}, not a regular file", name)
        return file.read()


def _documents_under(root: Path) -> tuple[list[str], list[Problem]]:
    """The ``.toml`` and ``.json`` files under ``root``, in path order; the folders unread.

    Symbolic links to files are followed, links to folders are not (a
    link back up the tree would never end).  Datasette metadata that
    ``coordprog export`` wrote (``*.metadata.json``) is not a document.  ``os.scandir`` knows most
    entries' kinds without a ``stat`` call each.
    """
    found: list[str] = []
    problems: list[Problem] = []
    folders = [os.fspath(root)]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                    elif entry.name.endswith((".toml", ".json")) and not entry.name.endswith(
                        METADATA_SUFFIX
                    ):
                        # A link to nothing is kept: reading it reports it.
                        found.append(entry.path)
        except OSError as exc:
            why = exc.strerror or exc
            problems.append(Problem(folder, f"expected a readable folder, found: {why}"))
    # In the order of their parts, as paths sort ("a/b" before "a-b").
    return sorted(found, key=lambda name: name.split(os.sep)), problems


def _in_file(name: str, problems: Iterable[Problem]) -> list[Problem]:
    return [Problem(f"{name}: {p.path}" if p.path else name, p.message) for p in problems]
