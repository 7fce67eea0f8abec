"""Built-in report kind ``matrix``: who leads, supports or plays another role in each task."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coordprog.model._parties import Party
from coordprog.model._program import Program
from coordprog.model._tasks import Role, Task
from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports.kinds._language import LANG, Words, as_language, english_period
from coordprog.reports.kinds._notices import notices
from coordprog.shapes import Cell, Column, Table

_CAPTION = "Vai trò của từng cơ quan trong từng nhiệm vụ: chủ trì, đồng chủ trì, phối hợp ..."


_ENGLISH = {
    "Mã": "Id",
    "Mục": "Group",
    "Nhiệm vụ": "Task",
    "Thời hạn": "Deadline",
    "năm {}": "year {}",
    "đồng chủ trì": "co-lead",
    "cùng thực hiện": "shared",
    "chưa rõ": "not known",
    "Kế hoạch năm {}": "Plan for {}",
    "Ma trận trách nhiệm: {}": "Responsibility matrix: {}",
    _CAPTION: "The role of each body in each task: lead, co-lead, support ...",
}


def _role_cells(program: Program, task: Task, w: Words) -> dict[str, str]:
    """The matrix cells of a task: each body it names, with its roles in the task.

    A joint task (no lead) marks every body that answers for it, the
    signing parties when it names none, as sharing it (*cùng thực hiện*).
    A task whose lead the citing documents do not state
    (:meth:`coordprog.Program.lead_unknown`) marks each signing party with
    no stated role in it "chưa rõ" (not known): none is said to lead it.
    """

    def named(role: Role) -> str:
        return role.value if w.english else role.vi

    found: dict[str, list[str]] = {}
    lead = w("đồng chủ trì") if task.co_led else named(Role.LEAD)
    for party_id in task.leads:
        found.setdefault(party_id, []).append(lead)
    if not task.leads:
        for party_id in program.duty_bodies(task):
            found.setdefault(party_id, []).append(w("cùng thực hiện"))
    for party_id in task.supports:
        if task.leads:
            found.setdefault(party_id, []).append(named(Role.SUPPORT))
    for assignment in task.roles:
        try:
            name = named(Role(assignment.role))
        except ValueError:
            name = assignment.role
        for party_id in assignment.parties:
            names = found.setdefault(party_id, [])
            if name not in names:
                names.append(name)
    if program.lead_unknown(task):
        for party in program.parties:
            found.setdefault(party.id, [w("chưa rõ")])
    return {party_id: ", ".join(names) for party_id, names in found.items()}


def _label(program: Program, body: Party) -> str:
    """The body's short name, or its former name when it had another on the document's date."""
    name = program.name_in_force(body.id)
    return name if name != body.name else body.short_name or body.name


def responsibility_matrix(program: Program, lang: str | None = None) -> Table:
    """Each task, the annual plans' too, against each body: lead, co-lead, support, another role.

    A column for every signing party, and for every other body that plays
    a role in some task; the members of a group party that no task names
    get none (the group's column stands for them).  The "Mã" column holds
    the task's number as printed, else its id; "Thời hạn" its deadline (a
    date cell), else the period it is due within: the program's, or the
    year of its annual plan.  A joint task marks each body that shares it
    (*cùng thực hiện*).  Option ``lang``: the language of the labels,
    ``vi`` (default) or ``en``.

    .. versionchanged:: 0.3.0
       The "Thời hạn" (deadline) column.
    """
    w = Words(as_language(lang), _ENGLISH)
    period = program.effective_period
    within = english_period(period) if w.english else period.as_written
    located: list[tuple[str, Task, str]] = [
        (group.id, task, within) for group, task in program.walk_tasks()
    ]
    located += [
        (w("Kế hoạch năm {}").format(plan.year), task, w("năm {}").format(plan.year))
        for plan in program.annual_plans
        for task in plan.tasks
    ]
    cells = [_role_cells(program, task, w) for _, task, _ in located]
    named = {party for row in cells for party in row}
    signing = {party.id for party in program.parties}
    bodies = [
        body
        for body in (*program.parties, *program.third_parties)
        if body.id in signing or body.id in named
    ]
    columns = (
        Column("task", w("Mã")),
        Column("group", w("Mục")),
        Column("text", w("Nhiệm vụ")),
        Column("deadline", w("Thời hạn")),
        *(Column(body.id, _label(program, body)) for body in bodies),
    )
    rows: list[tuple[Cell, ...]] = []
    for (where, task, due_within), roles in zip(located, cells, strict=True):
        deadline: Cell = (
            due_within
            if task.deadline is None
            else task.deadline
            if isinstance(task.deadline, dt.date)
            else w.date(task.deadline)
        )
        rows.append(
            (
                task.number or task.id,
                where,
                task.text,
                deadline,
                *(roles.get(body.id, "") for body in bodies),
            )
        )
    return Table(
        title=w("Ma trận trách nhiệm: {}").format(program.heading),
        columns=columns,
        rows=tuple(rows),
        caption=w(_CAPTION),
        language=w.language,
        notices=notices(program, language=w.language),
    )


MATRIX = ReportKind(
    name="matrix",
    shape=Table,
    build=responsibility_matrix,
    description="Responsibility matrix: each task against each body's role.",
    options=(LANG,),
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``matrix`` report kind."""
    register(MATRIX)
