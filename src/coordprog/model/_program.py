"""The coordination program (*chương trình phối hợp*) and its parts."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import attrs

from coordprog.model._errors import FieldError, lookup
from coordprog.model._field_checks import (
    FIRST_YEAR,
    LAST_YEAR,
    identifier,
    no_duplicates,
    not_empty,
    plausible_date,
    within,
)
from coordprog.model._instructions import Instruction
from coordprog.model._legal import LegalRef
from coordprog.model._parties import Level, Party
from coordprog.model._provisions import Article, Chapter, Provision, walk_provisions
from coordprog.model._schedule_rules import EventKind, ScheduleRules
from coordprog.model._tasks import Task, TaskGroup
from coordprog.model._vocabulary import Vocabulary


class DocumentKind(Vocabulary):
    """The kinds of coordination document (*loại văn bản phối hợp*).

    :attr:`vi` is the document type as printed above the title.

    .. versionadded:: 0.2.0
    """

    #: *chương trình phối hợp*: tasks, leads and supports for a period.
    PROGRAM = "program", "Chương trình"
    #: *quy chế phối hợp*: chapters and articles of standing rules.
    REGULATION = "regulation", "Quy chế"
    #: *nghị quyết liên tịch*: a resolution two or more bodies adopt together.
    JOINT_RESOLUTION = "joint-resolution", "Nghị quyết liên tịch"
    #: *kế hoạch phối hợp / liên tịch*: a joint plan.
    JOINT_PLAN = "joint-plan", "Kế hoạch"
    #: *thỏa thuận phối hợp*: an agreement.
    AGREEMENT = "agreement", "Thỏa thuận"
    #: *thông tư liên tịch*: a joint circular of ministries.
    JOINT_CIRCULAR = "joint-circular", "Thông tư liên tịch"


class Precision(Vocabulary):
    """How precisely a document states a date: to the day, the month or the year.

    A date known to the month is written as the first day of that month, a
    year as 1 January (a period's end as the last day of its month or year);
    reports print only what the document states.

    .. versionadded:: 0.2.0
    """

    DAY = "day", "ngày"
    MONTH = "month", "tháng"
    YEAR = "year", "năm"


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@attrs.frozen
class Period:
    """The dates a program runs, both inclusive (*giai đoạn*, *nhiệm kỳ*).

    ``end`` is ``None`` for a document in force until replaced ("có hiệu
    lực kể từ ngày ký"): its recurring events are scheduled up to a horizon
    the caller gives, and it has no final review.  ``precision`` says how
    the document states the dates: ``"year"`` for "giai đoạn 2017 - 2021"
    (written as 2017-01-01 to 2021-12-31), ``"month"`` for months.
    ``term`` names the term of office when the period follows one, e.g.
    ``"nhiệm kỳ 2016 - 2021"``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``end`` may be ``None``; ``precision``.
    """

    start: dt.date = attrs.field(validator=plausible_date)
    end: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(plausible_date)
    )
    term: str | None = None
    precision: Precision = attrs.field(default=Precision.DAY)

    @end.validator
    def _not_before_start(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and value < self.start:
            raise FieldError(
                attribute.name, f"expected an end on or after the start {self.start}, found {value}"
            )

    @precision.validator
    def _dates_fit_precision(self, attribute: attrs.Attribute[Precision], value: Precision) -> None:
        if value is Precision.DAY:
            return
        first = dt.date(self.start.year, 1 if value is Precision.YEAR else self.start.month, 1)
        if self.start != first:
            raise FieldError(
                "start",
                f"expected the first day of the {value.value} for a period stated to the "
                f"{value.value}, {first}, found {self.start}",
            )
        if self.end is not None:
            last = (
                dt.date(self.end.year, 12, 31) if value is Precision.YEAR else _month_end(self.end)
            )
            if self.end != last:
                raise FieldError(
                    "end",
                    f"expected the last day of the {value.value} for a period stated to the "
                    f"{value.value}, {last}, found {self.end}",
                )

    @property
    def open(self) -> bool:
        """Whether the period has no end (in force until replaced)."""
        return self.end is None

    @property
    def years(self) -> range:
        """The calendar years the period touches (for an open period, its first year only)."""
        last = self.start if self.end is None else self.end
        return range(self.start.year, last.year + 1)

    def __contains__(self, day: object) -> bool:
        return (
            isinstance(day, dt.date) and self.start <= day and (self.end is None or day <= self.end)
        )

    @property
    def as_written(self) -> str:
        """The period as a Vietnamese document writes it, to its precision.

        >>> import datetime as dt
        >>> Period(dt.date(2017, 1, 1), dt.date(2021, 12, 31), precision=Precision.YEAR).as_written
        'giai đoạn 2017 - 2021'
        >>> Period(dt.date(2017, 10, 27)).as_written
        'từ ngày 27/10/2017'
        """
        if self.term is not None and self.precision is Precision.YEAR:
            return self.term
        start = _written(self.start, self.precision)
        if self.end is None:
            unit = {Precision.DAY: "ngày ", Precision.MONTH: "tháng "}.get(self.precision, "")
            return f"từ {unit}{start}"
        end = _written(self.end, self.precision)
        if self.precision is Precision.YEAR:
            return f"giai đoạn {start} - {end}"
        return f"{start} - {end}"


def _written(day: dt.date, precision: Precision) -> str:
    if precision is Precision.YEAR:
        return str(day.year)
    if precision is Precision.MONTH:
        return f"{day.month:02d}/{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


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
    """A person who signs the program for a party, or the position that signs.

    ``title`` is the position printed above the signature (``"TRƯỞNG BAN"``);
    ``authority`` the authority line when one signs for another or for a
    collective: ``"TM. ỦY BAN NHÂN DÂN"`` (*thay mặt*), ``"KT. CHỦ TỊCH"``
    (*ký thay*), ``"Q. TRƯỞNG BAN"`` (*quyền*), ``"TL."`` (*thừa lệnh*),
    ``"TUQ."`` (*thừa ủy quyền*).  ``name`` is ``None`` when the document
    as published shows the position only.  ``rank`` is a military or police
    rank printed before the name (``"Đại tá"``); ``posts`` other posts
    printed with it (``"Tỉnh ủy viên"``).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``name`` may be ``None``; ``rank`` and ``posts``.
    """

    party: str = attrs.field(validator=identifier)
    title: str = attrs.field(validator=not_empty)
    name: str | None = None
    authority: str | None = None
    signed_on: dt.date | None = None
    rank: str | None = None
    posts: tuple[str, ...] = ()


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

    ``kind`` is one of the :class:`DocumentKind` values: a program, a
    coordination regulation (*quy chế phối hợp*), a joint resolution
    (*nghị quyết liên tịch*), a joint plan, an agreement or a joint
    circular.  ``parties`` are the signing parties; ``third_parties`` the
    other bodies its tasks name.  Both share one id space, which every
    role, signatory and member list refers to.  ``legal_refs`` holds every
    act the program cites; ``basis``, ``parent`` and ``predecessor`` and
    each task's ``legal_refs`` refer to them by id.  ``implementation``
    holds the paragraphs of the organisation part (*tổ chức thực hiện*).

    A regulation's ``chapters`` (*Chương*) hold its articles (*Điều*);
    ``articles`` holds articles outside any chapter.  A document may have
    both articles and task groups.  ``signed_precision`` says whether the
    signing date is known to the day, the month or the year; ``note``
    holds what the document says that has no field of its own.
    ``text_available`` is ``False`` for a document known only from the
    documents that cite it (its number, date, parties, period): it has no
    tasks because they are not known, not because it has none.

    ``level`` is the level the document states it is made at, when it
    says so; without it the level is derived from the signing parties
    (:func:`coordprog.level_of`).  ``instructions`` are the orders its text
    gives lower levels to make programs or plans of their own.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``kind`` is a :class:`DocumentKind`; ``chapters``, ``articles``,
       ``signed_precision``, ``note``, ``text_available``.
    .. versionchanged:: 0.3.0
       ``level``, ``instructions``.
    """

    id: str = attrs.field(validator=identifier)
    title: str = attrs.field(validator=not_empty)
    period: Period
    parties: tuple[Party, ...] = attrs.field(validator=not_empty)
    kind: DocumentKind = DocumentKind.PROGRAM
    number: str | None = None
    place: str | None = None
    signed_on: dt.date | None = None
    signed_precision: Precision = Precision.DAY
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
    chapters: tuple[Chapter, ...] = ()
    articles: tuple[Article, ...] = ()
    note: str | None = None
    text_available: bool = True
    level: Level | None = None
    instructions: tuple[Instruction, ...] = ()

    @property
    def all_articles(self) -> tuple[Article, ...]:
        """Every article in document order: those of the chapters, then any outside them."""
        return (*(a for chapter in self.chapters for a in chapter.articles), *self.articles)

    def provisions(self) -> Iterator[tuple[str, Provision]]:
        """Yield ``(id, provision)`` for every article, clause and point, in document order."""
        return walk_provisions(self.all_articles)

    def provision(self, provision_id: str) -> Provision:
        """Return the article, clause or point with id ``provision_id`` (``"D5.K2.a"``).

        :raises NotFoundError: when the document has no such provision.

        .. versionchanged:: 0.3.0
           :class:`NotFoundError` (a ``KeyError``) naming the nearest ids.
        """
        return lookup(self._provisions, provision_id, "provision", f"program {self.id!r}")

    @functools.cached_property
    def _provisions(self) -> dict[str, Provision]:
        return dict(reversed(list(self.provisions())))

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

    def name_in_force(self, party_id: str) -> str:
        """The name of party ``party_id`` on the document's date (its current name when undated).

        Everything that prints a body's name for this document uses it: a
        board renamed in 2025 signs a 2022 program under its 2022 name.

        .. versionadded:: 0.2.0
        """
        party = self.party(party_id)
        return party.name if self.signed_on is None else party.name_on(self.signed_on)

    def party(self, party_id: str) -> Party:
        """Return the signing or third party with id ``party_id``.

        :raises NotFoundError: when the program names no such party.

        .. versionchanged:: 0.3.0
           :class:`NotFoundError` (a ``KeyError``) naming the nearest ids.
        """
        return lookup(self._bodies, party_id, "party", f"program {self.id!r}")

    def legal_ref(self, ref_id: str) -> LegalRef:
        """Return the legal reference with id ``ref_id``.

        :raises NotFoundError: when the program cites no such act.

        .. versionchanged:: 0.3.0
           :class:`NotFoundError` (a ``KeyError``) naming the nearest ids.
        """
        return lookup(self._refs, ref_id, "legal reference", f"program {self.id!r}")

    def task(self, task_id: str) -> Task:
        """Return the task with id ``task_id``, with its group's roles applied.

        :raises NotFoundError: when the program has no such task.

        .. versionchanged:: 0.3.0
           :class:`NotFoundError` (a ``KeyError``) naming the nearest ids.
        """
        return lookup(self._tasks_by_id, task_id, "task", f"program {self.id!r}")
