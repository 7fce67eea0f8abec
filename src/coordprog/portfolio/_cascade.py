"""Cascades: which child programs carry out which tasks of a parent, and their progress."""

from __future__ import annotations

import datetime as dt

import attrs

from coordprog.model._parties import Level
from coordprog.model._program import Program
from coordprog.model._record_checks import reportable_tasks
from coordprog.model._tasks import Task
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
class Coverage:
    """How a parent program's tasks are carried out by the programs below it.

    ``available`` is ``False`` when the parent's text is not available
    (:attr:`Program.text_available`): its tasks are unknown, and no task of
    a child can be matched to one.  ``covered`` pairs each parent task with
    the child tasks that name it in ``parent_task``; ``uncovered`` are the
    parent's tasks no child carries out; ``unlinked`` the child tasks that
    carry out nothing above (allowed, listed); ``unknown`` the child tasks
    naming a parent task that does not exist.

    .. versionadded:: 0.2.0
    """

    parent: str
    available: bool
    children: tuple[str, ...]
    covered: tuple[tuple[Task, tuple[Link, ...]], ...] = ()
    uncovered: tuple[Task, ...] = ()
    unlinked: tuple[Link, ...] = ()
    unknown: tuple[Link, ...] = ()


def coverage(portfolio: Portfolio, parent: Program) -> Coverage:
    """Which of ``parent``'s tasks its child programs carry out, task by task."""
    children = portfolio.children(parent)
    links = [Link(child.id, task) for child in children for task in child.tasks]
    unlinked = tuple(link for link in links if link.task.parent_task is None)
    linked = [link for link in links if link.task.parent_task is not None]
    if not parent.text_available:
        return Coverage(
            parent.id,
            False,
            tuple(child.id for child in children),
            unlinked=unlinked,
            unknown=tuple(linked),
        )
    tasks = reportable_tasks(parent)
    by_task: dict[str, list[Link]] = {}
    unknown = []
    for link in linked:
        if link.task.parent_task in tasks:
            by_task.setdefault(link.task.parent_task or "", []).append(link)
        else:
            unknown.append(link)
    covered = tuple(
        (task, tuple(by_task[task.id])) for task, _ in tasks.values() if task.id in by_task
    )
    uncovered = tuple(task for task, _ in tasks.values() if task.id not in by_task)
    return Coverage(
        parent.id,
        True,
        tuple(child.id for child in children),
        covered,
        uncovered,
        unlinked,
        tuple(unknown),
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
