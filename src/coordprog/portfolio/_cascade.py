"""Cascades: which child programs carry out which tasks of a parent, and their progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from coordprog.model._dates import first_day, last_day
from coordprog.model._instructions import Expectation, Instruction
from coordprog.model._parties import Level
from coordprog.model._program import Program
from coordprog.model._record_checks import reportable_tasks
from coordprog.model._tasks import Task
from coordprog.portfolio._bodies import normal, place_key
from coordprog.portfolio._portfolio import Portfolio
from coordprog.schedule._status import status

#: The levels of government, from the top: a cascade runs down them, skipping those it lacks.
LEVELS = (Level.CENTRAL, Level.REGION, Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)


@attrs.frozen
class Link:
    """A task of a child program and the program it belongs to.

    .. versionadded:: 0.2.0
    """

    program: str
    task: Task


@attrs.frozen
class Answers:
    """How far one :class:`Expectation` of an instruction has been answered.

    ``instruction`` is the order, ``source`` where it stands (``"program"``
    for the parent's own text, else the records); ``expected`` how many are
    expected (:attr:`Expectation.expected`, ``None`` when the instruction
    does not say); ``known`` the programs of the portfolio at the expected
    level (and in a named place) that carry out the parent, in id order,
    split into those signed by the deadline (``on_time``), after it
    (``late``) and without a signing date or a deadline (``undated``);
    ``missing`` the named places no known program is of.

    .. versionadded:: 0.3.0
    """

    instruction: Instruction
    expectation: Expectation
    source: str
    expected: int | None
    known: tuple[str, ...]
    on_time: tuple[str, ...] = ()
    late: tuple[str, ...] = ()
    undated: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


@attrs.frozen
class Coverage:
    """How a parent program is carried out by the programs below it, as far as is known.

    ``children`` are the programs of the portfolio that carry it out;
    ``answers`` how far each instruction it gave (its own text's, its
    records' letters) has been answered, level by level.
    ``available`` is ``False`` when the parent's text is not available
    (:attr:`Program.text_available`): then only the tasks known from the
    documents that cite it are in the file, and ``known_tasks`` says how
    many.  ``covered`` pairs each known parent task with the child tasks
    that name it in ``parent_task``; ``uncovered`` are the known tasks no
    child carries out; ``unlinked`` the child tasks that carry out nothing
    above (allowed, listed); ``unknown`` the child tasks naming a task the
    parent's file does not hold (a mistake when the text is available, a
    task not yet known otherwise).  ``stated_tasks`` is how many tasks a
    source says the parent has (:attr:`Program.extent`), when it says.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``known_tasks``, ``answers``, ``stated_tasks``; a parent whose text
       is not available is matched against the tasks known of it.
    """

    parent: str
    available: bool
    children: tuple[str, ...]
    covered: tuple[tuple[Task, tuple[Link, ...]], ...] = ()
    uncovered: tuple[Task, ...] = ()
    unlinked: tuple[Link, ...] = ()
    unknown: tuple[Link, ...] = ()
    known_tasks: int = 0
    answers: tuple[Answers, ...] = ()
    stated_tasks: int | None = None


def coverage(portfolio: Portfolio, parent: Program) -> Coverage:
    """Which of ``parent``'s known tasks its child programs carry out, and who answered its orders.

    Tasks are matched by the child tasks' ``parent_task``.  A child that
    cites a letter or plan of one instruction answers that instruction; a
    child that cites the parent itself answers each of its instructions
    that expects the child's level (:func:`level_of`) and, when the
    expectation names places, one of them (named in the child's province,
    place of signing, title, or a signing party's name or province).
    """
    children = portfolio.children(parent)
    links = [Link(child.id, task) for child in children for task in child.tasks]
    unlinked = tuple(link for link in links if link.task.parent_task is None)
    tasks = reportable_tasks(parent)
    by_task: dict[str, list[Link]] = {}
    unknown = []
    for link in links:
        if link.task.parent_task is None:
            continue
        if link.task.parent_task in tasks:
            by_task.setdefault(link.task.parent_task, []).append(link)
        else:
            unknown.append(link)
    covered = tuple(
        (task, tuple(by_task[task.id])) for task, _ in tasks.values() if task.id in by_task
    )
    uncovered = tuple(task for task, _ in tasks.values() if task.id not in by_task)
    return Coverage(
        parent.id,
        parent.text_available,
        tuple(child.id for child in children),
        covered,
        uncovered,
        unlinked,
        tuple(unknown),
        known_tasks=len(tasks),
        answers=tuple(_answers(portfolio, parent, children)),
        stated_tasks=None if parent.extent is None else parent.extent.tasks,
    )


def _where(program: Program) -> str:
    """Every text that may name a program's place: province, place, title, areas, parties."""
    texts = [program.province, program.place, program.title]
    for area in program.areas:
        texts += [area.name, *area.provinces]
    for party in program.parties:
        texts += [party.province, party.name, party.parent_body]
    return " " + " ".join(normal(text) for text in texts if text) + " "


def _answers(
    portfolio: Portfolio, parent: Program, children: tuple[Program, ...]
) -> Iterator[Answers]:
    own = set(map(id, parent.instructions))
    for instruction in portfolio.instructions(parent):
        source = "program" if id(instruction) in own else "records"
        answering = [
            child
            for child in children
            if (found := portfolio.answered(child)) is None or found is instruction
        ]
        for expectation in instruction.expects:
            named = {place_key(place): place for place in expectation.places}
            places = {child.id: _where(child) for child in answering}
            known = [
                child
                for child in answering
                if level_of(child) is expectation.level
                and (not named or any(f" {key} " in places[child.id] for key in named))
            ]
            # A deadline or a signing known to the month or year counts to its last day;
            # what its precision cannot place on either side is 'undated'.
            by = None if expectation.by is None else last_day(expectation.by)
            on_time = [c.id for c in known if by and c.signed and last_day(c.signed) <= by]
            late = [c.id for c in known if by and c.signed and first_day(c.signed) > by]
            reached = {key for key in named for c in known if f" {key} " in places[c.id]}
            yield Answers(
                instruction,
                expectation,
                source,
                expectation.expected,
                tuple(c.id for c in known),
                tuple(on_time),
                tuple(late),
                tuple(c.id for c in known if c.id not in on_time and c.id not in late),
                tuple(place for key, place in named.items() if key not in reached),
            )


@attrs.frozen
class RollUp:
    """Progress reported on child tasks, summed on the parent task they carry out.

    ``counts`` maps a status (``"done-on-time"`` ..., ``"not-reported"``)
    to the number of child tasks in it; ``figures`` sums the latest figure
    of each child task by indicator and unit: ``(indicator, unit, total)``.

    .. versionadded:: 0.2.0
    """

    task: Task
    counts: tuple[tuple[str, int], ...]
    figures: tuple[tuple[str, str | None, float], ...]


def roll_up(portfolio: Portfolio, parent: Program, as_of: dt.date) -> tuple[RollUp, ...]:
    """For each parent task some child carries out: its children's progress as of ``as_of``."""
    found = coverage(portfolio, parent)
    states = {}
    for child_id in found.children:
        child = portfolio.program(child_id)
        result = status(child, (), portfolio.records[child.id], as_of)
        states[child.id] = {state.task.id: state for state in result.tasks}
    rolled = []
    for task, links in found.covered:
        counts: dict[str, int] = {}
        figures: dict[tuple[str, str | None], float] = {}
        for link in links:
            state = states[link.program].get(link.task.id)
            name = state.status.value if state is not None and state.status else "not-reported"
            counts[name] = counts.get(name, 0) + 1
            if state is None:
                continue
            latest: dict[tuple[str, str | None], float] = {}
            for entry in state.entries:
                for figure in entry.figures:
                    latest[(figure.indicator, figure.unit)] = figure.value
            for key, value in latest.items():
                figures[key] = figures.get(key, 0) + value
        rolled.append(
            RollUp(
                task,
                tuple(sorted(counts.items())),
                tuple(
                    (ind, unit, total) for (ind, unit), total in sorted(figures.items(), key=str)
                ),
            )
        )
    return tuple(rolled)


def level_of(program: Program) -> Level | None:
    """The level of ``program``: the one it states, else the lowest its signing parties state.

    A program signed by provincial boards is a provincial program; one a
    ministry signs with a province's people's committee applies in that
    province, the narrower reach of its signers, so it is provincial too.
    Parties that state no level are left out of the rule, and so are
    delegations (*đoàn*), which stand beside the ladder of levels, unless
    every party that states a level is one.  ``None`` when no signing party
    states a level.  The order of the parties never matters.

    .. versionadded:: 0.3.0
    """
    if program.level is not None:
        return program.level
    stated = {party.level for party in program.parties if party.level is not None}
    ladder = [level for level in LEVELS if level in stated]
    if ladder:
        return ladder[-1]
    return Level.DELEGATION if stated else None


def cascade(portfolio: Portfolio, top: Program) -> tuple[tuple[int, Program], ...]:
    """``top`` and every program below it, depth first: ``(depth, program)``."""
    found: list[tuple[int, Program]] = []

    def walk(program: Program, depth: int) -> None:
        found.append((depth, program))
        for child in sorted(portfolio.children(program), key=lambda p: p.id):
            if all(child is not seen for _, seen in found):  # a cycle is walked once
                walk(child, depth + 1)

    walk(top, 0)
    return tuple(found)
