"""The coordination program (*chương trình phối hợp*) and its parts."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import attrs

from coordprog.model._errors import FieldError
from coordprog.model._field_checks import (
    FIRST_YEAR,
    LAST_YEAR,
    identifier,
    no_duplicates,
    not_empty,
    plausible_date,
    within,
)
from coordprog.model._legal import LegalKind, LegalRef
from coordprog.model._parties import Party
from coordprog.model._schedule_rules import EventKind, ScheduleRules
from coordprog.model._tasks import Task, TaskGroup


@attrs.frozen
class Period:
    """The dates a program runs, both inclusive (*giai đoạn*, *nhiệm kỳ*).

    ``term`` names a term of office when the period follows one, e.g.
    ``"nhiệm kỳ 2020 - 2025"``.

    .. versionadded:: 0.1.0
    """

    start: dt.date = attrs.field(validator=plausible_date)
    end: dt.date = attrs.field(validator=plausible_date)
    term: str | None = None

    @end.validator
    def _not_before_start(self, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
        if value < self.start:
            raise FieldError(
                attribute.name, f"expected an end on or after the start {self.start}, found {value}"
            )

    @property
    def years(self) -> range:
        """The calendar years the period touches."""
        return range(self.start.year, self.end.year + 1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@attrs.frozen
class AnnualPlan:
    """An annual coordination plan (*kế hoạch phối hợp công tác năm*) as issued.

    Plans carry their own number and date and may list tasks of their own.

    .. versionadded:: 0.1.0
    """

    year: int = attrs.field(validator=within(FIRST_YEAR, LAST_YEAR))
    number: str | None = None
    date: dt.date | None = attrs.field(default=None, validator=plausible_date)
    title: str | None = None
    tasks: tuple[Task, ...] = ()


@attrs.frozen
class Review:
    """A review that was held: an interim review (*sơ kết*) or the final one (*tổng kết*).

    ``start`` and ``end`` give the window it covered; ``commendations``
    lists the collectives and persons commended (*khen thưởng*).

    .. versionadded:: 0.1.0
    """

    kind: EventKind
    held_on: dt.date = attrs.field(validator=plausible_date)
    start: dt.date = attrs.field(validator=plausible_date)
    end: dt.date = attrs.field(validator=plausible_date)
    number: str | None = None
    title: str | None = None
    commendations: tuple[str, ...] = ()

    @end.validator
    def _not_before_start(self, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
        if value < self.start:
            raise FieldError(
                attribute.name, f"expected an end on or after the start {self.start}, found {value}"
            )


@attrs.frozen
class Signatory:
    """A person who signs the program for a party.

    ``title`` is the position printed above the signature (``"TRƯỞNG BAN"``);
    ``authority`` the authority line when one signs for another, such as
    ``"KT. TRƯỞNG BAN"`` (*ký thay*).

    .. versionadded:: 0.1.0
    """

    party: str = attrs.field(validator=identifier)
    name: str = attrs.field(validator=not_empty)
    title: str = attrs.field(validator=not_empty)
    authority: str | None = None
    signed_on: dt.date | None = None


@attrs.frozen
class Amendment:
    """An agreed amendment or supplement (*điều chỉnh, bổ sung*).

    ``changes`` describes in words what changed.  When the amendment
    changes the period or the schedule rules, ``period`` and ``schedule``
    hold the new values, in force from ``date`` on.

    .. versionadded:: 0.1.0
    """

    date: dt.date = attrs.field(validator=plausible_date)
    reason: str = attrs.field(validator=not_empty)
    number: str | None = None
    changes: tuple[str, ...] = ()
    period: Period | None = None
    schedule: ScheduleRules | None = None


@attrs.frozen
class Program:
    """A coordination program (*chương trình phối hợp*) or a close cousin.

    ``kind`` tells a program from a coordination regulation (*quy chế phối
    hợp*) or a joint resolution (*nghị quyết liên tịch*).
    ``parties`` are the signing parties; ``third_parties`` the other bodies
    its tasks name.  Both share one id space, which every role, signatory
    and member list refers to.  ``legal_refs`` holds every act the program
    cites; ``basis``, ``parent`` and ``predecessor`` and each task's
    ``legal_refs`` refer to them by id.  ``implementation`` holds the
    paragraphs of the organisation part (*tổ chức thực hiện*).

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=identifier)
    title: str = attrs.field(validator=not_empty)
    period: Period
    parties: tuple[Party, ...] = attrs.field(validator=not_empty)
    kind: LegalKind = LegalKind.PROGRAM
    number: str | None = None
    place: str | None = None
    signed_on: dt.date | None = None
    province: str | None = None
    preamble: str | None = None
    purposes: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    legal_refs: tuple[LegalRef, ...] = ()
    basis: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    parent: str | None = None
    predecessor: str | None = None
    third_parties: tuple[Party, ...] = ()
    task_groups: tuple[TaskGroup, ...] = ()
    annual_plans: tuple[AnnualPlan, ...] = ()
    schedule: ScheduleRules = ScheduleRules()
    reviews: tuple[Review, ...] = ()
    implementation: tuple[str, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    recipients: tuple[str, ...] = ()
    amendments: tuple[Amendment, ...] = ()

    @property
    def effective_period(self) -> Period:
        """The period as the latest amendment that changes it leaves it."""
        for amendment in reversed(self.amendments):
            if amendment.period is not None:
                return amendment.period
        return self.period

    @property
    def effective_schedule(self) -> ScheduleRules:
        """The schedule rules as the latest amendment that changes them leaves them."""
        for amendment in reversed(self.amendments):
            if amendment.schedule is not None:
                return amendment.schedule
        return self.schedule

    @functools.cached_property
    def tasks(self) -> tuple[Task, ...]:
        """Every task in document order, with the roles of its groups applied.

        A task's ``leads``, ``supports`` and ``roles`` here are those declared
        on the groups above it followed by its own, and its ``category`` is
        its own or else the nearest group's.
        """
        return tuple(task for _, task in self._walk)

    def walk_tasks(self) -> Iterator[tuple[TaskGroup, Task]]:
        """Yield ``(group, task)`` pairs in document order, as :attr:`tasks` does."""
        return iter(self._walk)

    @functools.cached_property
    def _walk(self) -> tuple[tuple[TaskGroup, Task], ...]:
        # Computed once: a program is immutable, and every report walks it.
        return tuple(pair for group in self.task_groups for pair in group.walk())

    @functools.cached_property
    def _refs(self) -> dict[str, LegalRef]:
        return {ref.id: ref for ref in reversed(self.legal_refs)}  # the first of an id wins

    @functools.cached_property
    def _tasks_by_id(self) -> dict[str, Task]:
        return {task.id: task for task in reversed(self.tasks)}

    @functools.cached_property
    def _bodies(self) -> dict[str, Party]:
        return {party.id: party for party in (*self.parties, *self.third_parties)}

    def party(self, party_id: str) -> Party:
        """Return the signing or third party with id ``party_id``.

        :raises KeyError: when the program names no such party.
        """
        return self._bodies[party_id]

    def legal_ref(self, ref_id: str) -> LegalRef:
        """Return the legal reference with id ``ref_id``.

        :raises KeyError: when the program cites no such act.
        """
        return self._refs[ref_id]

    def task(self, task_id: str) -> Task:
        """Return the task with id ``task_id``, with its group's roles applied.

        :raises KeyError: when the program has no such task.
        """
        return self._tasks_by_id[task_id]
