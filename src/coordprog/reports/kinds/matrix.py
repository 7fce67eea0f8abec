"""Built-in report kind ``matrix``: who leads, supports or plays another role in each task."""

from __future__ import annotations

from collections.abc import Callable

from coordprog.model._parties import Party
from coordprog.model._program import Program
from coordprog.model._tasks import Role, Task
from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import Column, Table


def _role_cells(task: Task) -> dict[str, str]:
    """The matrix cells of a task: each body it names, with its roles in the task."""
    found: dict[str, list[str]] = {}
    lead = "đồng chủ trì" if task.co_led else Role.LEAD.vi
    for party_id in task.leads:
        found.setdefault(party_id, []).append(lead)
    for party_id in task.supports:
        found.setdefault(party_id, []).append(Role.SUPPORT.vi)
    for assignment in task.roles:
        try:
            name = Role(assignment.role).vi
        except ValueError:
            name = assignment.role
        for party_id in assignment.parties:
            names = found.setdefault(party_id, [])
            if name not in names:
                names.append(name)
    return {party_id: ", ".join(names) for party_id, names in found.items()}


def _label(program: Program, body: Party) -> str:
    """The body's short name, or its former name when it had another on the document's date."""
    name = program.name_in_force(body.id)
    return name if name != body.name else body.short_name or body.name


def responsibility_matrix(program: Program) -> Table:
    """Each task, the annual plans' too, against each body: lead, co-lead, support, another role.

    A column for every signing party, and for every other body that plays
    a role in some task; the members of a group party that no task names
    get none (the group's column stands for them).  The "Mã" column holds
    the task's number as printed, else its id.
    """
    located: list[tuple[str, Task]] = [(group.id, task) for group, task in program.walk_tasks()]
    located += [
        (f"Kế hoạch năm {plan.year}", task) for plan in program.annual_plans for task in plan.tasks
    ]
    cells = [_role_cells(task) for _, task in located]
    named = {party for row in cells for party in row}
    signing = {party.id for party in program.parties}
    bodies = [
        body
        for body in (*program.parties, *program.third_parties)
        if body.id in signing or body.id in named
    ]
    columns = (
        Column("task", "Mã"),
        Column("group", "Mục"),
        Column("text", "Nhiệm vụ"),
        *(Column(body.id, _label(program, body)) for body in bodies),
    )
    rows = []
    for (where, task), roles in zip(located, cells, strict=True):
        rows.append(
            (task.number or task.id, where, task.text, *(roles.get(body.id, "") for body in bodies))
        )
    return Table(
        title=f"Ma trận trách nhiệm: {program.title}",
        columns=columns,
        rows=tuple(rows),
        caption="Vai trò của từng cơ quan trong từng nhiệm vụ: chủ trì, đồng chủ trì, phối hợp ...",
    )


MATRIX = ReportKind(
    name="matrix",
    shape=Table,
    build=responsibility_matrix,
    description="Responsibility matrix: each task against each body's role.",
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``matrix`` report kind."""
    register(MATRIX)
