"""Tasks and task groups, and the roles bodies play in them (*chủ trì*, *phối hợp* ...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import ClassVar, NamedTuple

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._errors import FieldError
from coordprog.model._field_checks import (
    finite,
    identifier,
    no_duplicates,
    not_empty,
    one_of,
    plausible_date,
    within,
)
from coordprog.model._legal import ProjectRef
from coordprog.model._vocabulary import Vocabulary


class Role(Vocabulary):
    """Roles a body plays in a task.

    ``lead`` (*chủ trì*) and ``support`` (*phối hợp*) have fields of their
    own on :class:`Task`; more than one lead makes them co-leads
    (*đồng chủ trì*).  The others are the conventional values of the open
    vocabulary used by :class:`RoleAssignment`; a program may use any other
    role name too.

    .. versionadded:: 0.1.0
    """

    LEAD = "lead", "chủ trì"
    SUPPORT = "support", "phối hợp"
    DIRECT = "direct", "chỉ đạo"
    ADVISE = "advise", "tham mưu"
    GUIDE = "guide", "hướng dẫn"
    INSPECT = "inspect", "kiểm tra"
    SUPERVISE = "supervise", "giám sát"
    MONITOR = "monitor", "theo dõi"


class TaskCategory(Vocabulary):
    """What kind of work a task belongs to.

    .. versionadded:: 0.1.0
    """

    #: *nhiệm vụ thường xuyên*: ongoing work of the parties.
    REGULAR = "regular", "nhiệm vụ thường xuyên"
    #: tasks of a national target program (*Chương trình mục tiêu quốc gia*).
    NATIONAL_TARGET_PROGRAM = "national-target-program", "Chương trình mục tiêu quốc gia"
    #: *nhiệm vụ chuyên đề*: a thematic or one-off task.
    THEMATIC = "thematic", "nhiệm vụ chuyên đề"
    OTHER = "other", "nhiệm vụ khác"


def _not_lead_or_support(
    instance: RoleAssignment, attribute: attrs.Attribute[str], value: str
) -> None:
    if value in (Role.LEAD, Role.SUPPORT):
        raise FieldError(
            attribute.name,
            f"expected a role other than 'lead' or 'support' (they have fields of their own: "
            f"'leads', 'supports'), found {value!r}",
        )
    not_empty(instance, attribute, value)


@attrs.frozen
class RoleAssignment:
    """Bodies that play a role other than lead or support in a task.

    ``role`` is one of the :class:`Role` values other than lead and support,
    or any other role the program names.

    .. versionadded:: 0.1.0
    """

    role: str = attrs.field(validator=_not_lead_or_support)
    parties: tuple[str, ...] = attrs.field(validator=[not_empty, no_duplicates])


@attrs.frozen
class Target:
    """A target of a task, e.g. 90 % of villages by 2025.

    ``value`` is ``None`` for a qualitative target the document states in
    words only ("nâng cao nhận thức ...").  ``id`` names the target for
    records of implementation: a reported figure says which target it
    measures (unique within its task).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``value`` may be ``None``; ``id``.
    """

    description: str = attrs.field(validator=not_empty)
    value: int | float | None = attrs.field(
        default=None, validator=attrs.validators.optional(finite)
    )
    unit: str | None = None
    year: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(within(1900, 2200))
    )
    id: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))


def _unique_target_ids(
    instance: Task, attribute: attrs.Attribute[tuple[Target, ...]], value: tuple[Target, ...]
) -> None:
    seen: set[str] = set()
    for index, target in enumerate(value):
        if target.id is None:
            continue
        if target.id in seen:
            raise FieldError(
                f"{attribute.name}[{index}].id",
                f"expected each target id once in a task, found {target.id!r} again",
            )
        seen.add(target.id)


@attrs.frozen
class Task:
    """One task of a program (*nhiệm vụ*).

    Inside a :class:`TaskGroup` the role fields hold only what the task adds
    to its group (for instance the third bodies it names).
    :attr:`Program.tasks` yields tasks with the group's roles applied, which
    is what a report or a schedule should use.

    ``joint`` says the document names no lead: the bodies share the task
    ("các bên cùng phối hợp", "theo chức năng, nhiệm vụ được giao"); a
    joint task (or a task of a joint group) names no lead, and any other
    task needs one.  ``parent_task`` is the id of the task of the parent
    program that this task carries out.  ``note`` holds what the document
    says that has no field of its own.  ``deadline`` is the date the
    document sets for the task (*thời hạn hoàn thành*), a
    :class:`PartialDate` for "trong năm 2023" or "tháng 6/2024" (due by
    its last day); without one, a program's task is due when the period
    ends and an annual plan's task when its year ends.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``joint``, ``parent_task``, ``note``, ``deadline``.
    .. versionchanged:: 0.3.0
       ``deadline`` may be a :class:`PartialDate`.
    """

    id: str = attrs.field(validator=identifier)
    text: str = attrs.field(validator=not_empty)
    number: str | None = None
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    supports: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    roles: tuple[RoleAssignment, ...] = ()
    category: TaskCategory | None = None
    legal_refs: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    projects: tuple[ProjectRef, ...] = ()
    target_groups: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    targets: tuple[Target, ...] = attrs.field(default=(), validator=_unique_target_ids)
    joint: bool = False
    parent_task: str | None = None
    note: str | None = None
    deadline: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)

    @property
    def co_led(self) -> bool:
        """Whether more than one body leads the task (*đồng chủ trì*)."""
        return len(self.leads) > 1

    @property
    def named(self) -> tuple[str, ...]:
        """Every body the task names in any role, leads first, each once.

        .. versionadded:: 0.3.0
        """
        found = dict.fromkeys(self.leads)
        found.update(dict.fromkeys(self.supports))
        for assignment in self.roles:
            found.update(dict.fromkeys(assignment.parties))
        return tuple(found)

    def parties_with(self, role: str) -> tuple[str, ...]:
        """Return the ids of the bodies that play ``role`` in this task."""
        if role == Role.LEAD:
            return self.leads
        if role == Role.SUPPORT:
            return self.supports
        found: dict[str, None] = {}
        for assignment in self.roles:
            if assignment.role == role:
                found.update(dict.fromkeys(assignment.parties))
        return tuple(found)


@attrs.frozen
class TaskGroup:
    """A numbered group of tasks, such as "1.1. Ban Dân vận Tỉnh ủy chủ trì ...".

    Roles and the category declared on a group apply to every task and
    sub-group in it; the group's ``legal_refs`` are the acts its heading
    cites, and stay the group's own.  ``id`` is the group's place in the
    document (``"II.1.1"``); ``number`` is the numbering printed in the
    heading (``"1.1"``).  ``joint`` makes every task of the group joint
    (see :class:`Task`).

    A group known by its number only (a report that cites "nhiệm vụ 2.3"
    without its heading) leaves ``title`` out: reports print its number
    and no invented title.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``joint``, ``note``.
    .. versionchanged:: 0.3.0
       ``title`` may be left out.
    """

    id: str = attrs.field(validator=identifier)
    title: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    number: str | None = None
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    supports: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    roles: tuple[RoleAssignment, ...] = ()
    category: TaskCategory | None = None
    legal_refs: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    tasks: tuple[Task, ...] = ()
    groups: tuple[TaskGroup, ...] = ()
    joint: bool = False
    note: str | None = None

    #: One of these must be given (checked here; the JSON Schema says so too).
    _one_of: ClassVar[tuple[str, ...]] = ("title", "number")

    def __attrs_post_init__(self) -> None:
        one_of(self, *self._one_of)

    def walk(self, inherited: Task | None = None) -> Iterator[tuple[TaskGroup, Task]]:
        """Yield ``(group, task)`` for every task below this group, in document order.

        Each task comes with the roles and the category of the groups above
        it applied, as :attr:`Program.tasks` describes.
        """
        context = group_context(self, inherited)
        for task in self.tasks:
            yield self, apply_context(context, task)
        for group in self.groups:
            yield from group.walk(context)


#: How deep task groups may nest.  Real documents use at most five levels
#: (Chương > Mục > Điều > khoản > điểm); the limit keeps every walk of a
#: program, and every writer, far from Python's recursion limit.
MAX_GROUP_DEPTH = 16


def too_deep(groups: tuple[TaskGroup, ...], path: str) -> str | None:
    """Return the path of the first group nested deeper than :data:`MAX_GROUP_DEPTH`, or None.

    Walks without recursion, so that it answers for any depth.
    """
    stack = [(f"{path}[{index}]", group, 1) for index, group in enumerate(groups)]
    while stack:
        here, group, depth = stack.pop()
        if depth > MAX_GROUP_DEPTH:
            return here
        stack.extend(
            (f"{here}.groups[{index}]", sub, depth + 1) for index, sub in enumerate(group.groups)
        )
    return None


def merge_ids(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Return ``first`` followed by the ids of ``second`` it does not hold."""
    if not second:
        return first
    if not first:
        return second
    # dict keeps insertion order: linear however many ids there are.
    return tuple(dict.fromkeys(first + second))


class Roles(NamedTuple):
    """The roles one level of the task tree holds: its own added to its groups'.

    This is the one statement of how roles are inherited: leads and
    supports of the groups above come first, each id once, and a joint
    duty anywhere above makes every task below it joint.  The model
    (:meth:`TaskGroup.walk`) and the validation both go down the tree with it.
    """

    leads: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()
    joint: bool = False

    def below(self, leads: tuple[str, ...], supports: tuple[str, ...], joint: bool) -> Roles:
        """These roles with those a group or a task declares one level down."""
        return Roles(
            merge_ids(self.leads, leads), merge_ids(self.supports, supports), self.joint or joint
        )


def group_context(group: TaskGroup, inherited: Task | None) -> Task:
    """Fold a group's declarations into the context inherited from its parents.

    The context is carried as a :class:`Task` whose role fields and category
    are what every task of the group inherits.
    """
    own = Task(
        id=group.id,
        # The context's text is never printed; a group known by number only has no title.
        text=group.title or group.number or group.id,
        leads=group.leads,
        supports=group.supports,
        roles=group.roles,
        category=group.category,
        joint=group.joint,
    )
    return own if inherited is None else apply_context(inherited, own)


def apply_context(context: Task, task: Task) -> Task:
    """Return ``task`` with the roles and category of its groups' context applied.

    The task and the context were validated when they were built, and the
    merged role lists hold each id once: the copy is made without running
    the validators again (``attrs.evolve`` would, at several times the cost,
    on every task of every program walked).
    """
    leads, supports, joint = Roles(context.leads, context.supports, context.joint).below(
        task.leads, task.supports, task.joint
    )
    category = task.category if task.category is not None else context.category
    if (
        leads is task.leads
        and supports is task.supports
        and not context.roles
        and category is task.category
        and joint is task.joint
    ):
        return task
    applied: Task = object.__new__(Task)
    for name in _TASK_FIELDS:
        object.__setattr__(applied, name, getattr(task, name))
    object.__setattr__(applied, "leads", leads)
    object.__setattr__(applied, "supports", supports)
    object.__setattr__(applied, "roles", context.roles + task.roles)
    object.__setattr__(applied, "category", category)
    object.__setattr__(applied, "joint", joint)
    return applied


def raw_tasks(groups: tuple[TaskGroup, ...]) -> Iterator[Task]:
    """Every task below ``groups`` as declared, without their groups' roles, in document order."""
    stack = list(reversed(groups))
    while stack:
        group = stack.pop()
        yield from group.tasks
        stack.extend(reversed(group.groups))


_TASK_FIELDS = tuple(field.name for field in attrs.fields(Task))
