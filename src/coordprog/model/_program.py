"""The coordination program (*chương trình phối hợp*) and its parts."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import Any

import attrs

from coordprog.model._dates import PartialDate, Precision, first_day, last_day
from coordprog.model._draft_items import DraftItem
from coordprog.model._errors import FieldError, lookup
from coordprog.model._field_checks import (
    FIRST_YEAR,
    LAST_YEAR,
    identifier,
    no_blank_lines,
    no_duplicates,
    not_empty,
    plausible_date,
    visible_text,
    within,
)
from coordprog.model._instructions import Instruction
from coordprog.model._legal import LegalRef
from coordprog.model._parties import Area, Level, Party, Person
from coordprog.model._promulgation import Promulgation
from coordprog.model._provisions import Article, Chapter, Extent, Provision, walk_provisions
from coordprog.model._schedule_rules import EventKind, ScheduleRules
from coordprog.model._signatories import Signatory
from coordprog.model._tasks import Task, TaskGroup
from coordprog.model._vocabulary import Vocabulary


class DocumentKind(Vocabulary):
    """The kinds of coordination document (*loại văn bản phối hợp*).

    :attr:`vi` is the document type as printed above the title.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``rules``, ``plan``, ``decision``, ``resolution``, ``official-letter``,
       ``guidance``, ``notice``, ``directive``, ``procedure``, ``circular``, ``other``.
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
    #: *thông tư liên tịch* (*liên ngành*): a joint circular of ministries.
    JOINT_CIRCULAR = "joint-circular", "Thông tư liên tịch"
    #: *quy định phối hợp* (*liên ngành*): rules of coordination, in articles.
    RULES = "rules", "Quy định"
    #: *kế hoạch* of one body: a plan that carries out a program, a directive or a law.
    PLAN = "plan", "Kế hoạch"
    #: *quyết định*: a decision whose own articles are the coordination document.
    DECISION = "decision", "Quyết định"
    #: *nghị quyết* of one body (a People's Council's resolution).
    RESOLUTION = "resolution", "Nghị quyết"
    #: *công văn*: a letter that carries out a program or orders lower levels to.
    OFFICIAL_LETTER = "official-letter", "Công văn"
    #: *hướng dẫn*: a guidance on carrying out a program or a regulation.
    GUIDANCE = "guidance", "Hướng dẫn"
    #: *thông báo*: a notice (of a meeting's conclusions, of a decision).
    NOTICE = "notice", "Thông báo"
    #: *chỉ thị*: a directive that orders the bodies under the issuer to act together.
    DIRECTIVE = "directive", "Chỉ thị"
    #: *quy trình phối hợp*: the steps by which bodies handle one matter together.
    PROCEDURE = "procedure", "Quy trình"
    #: *thông tư* of one ministry: a circular that rules how bodies act together.
    CIRCULAR = "circular", "Thông tư"
    #: a type no other kind names (*quy tắc ứng xử*, *điều lệ*, *bảng chấm điểm*):
    #: :attr:`Program.type_line` holds the type as printed.
    OTHER = "other", "Văn bản"


def _type_line(instance: Program, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Refuse a type line on a document whose kind names its type already.

    That it prints something is :func:`visible_text`'s check, which the JSON Schema states.
    """
    if value is None:
        return
    if instance.kind is not DocumentKind.OTHER:
        raise FieldError(
            attribute.name,
            f"expected no type line for the kind {instance.kind.value!r}, whose name is the "
            f"type; a type line goes with the kind 'other', found {value!r}",
        )


def _named(kind: str, title: str) -> str:
    """``title`` led by the name of its ``kind``, unless it opens with it already."""
    if title.casefold().startswith(kind.casefold()):
        return title
    first = title.split(maxsplit=1)[0]
    if (len(first) > 1 and first.isupper()) or "/" in first:
        return f"{kind} {title}"  # an abbreviation ("V/v", "UBND"), or a title in capitals
    return f"{kind} {title[:1].lower()}{title[1:]}"


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@attrs.frozen
class Period:
    """The dates a program runs, both inclusive (*giai đoạn*, *nhiệm kỳ*).

    ``start`` is ``None`` when the document does not state when it starts
    (a regulation "có hiệu lực kể từ ngày ký" whose signing date is not
    known).  ``end`` is ``None`` for a document in force until replaced
    ("có hiệu lực kể từ ngày ký", no end): its recurring events are
    scheduled up to a horizon the caller gives, and it has no final review.
    ``end_unknown`` says instead that the document has an end it does not
    state (a source that is silent, a text known only from reports): the
    same schedule up to the horizon, but never called "until replaced".
    ``precision`` says how the document states the dates: ``"year"`` for
    "giai đoạn 2017 - 2021" (written as 2017-01-01 to 2021-12-31),
    ``"month"`` for months.  ``term`` names the term of office when the
    period follows one, e.g. ``"nhiệm kỳ 2016 - 2021"``.

    A program whose document states no period at all has the default
    ``Period(end_unknown=True)``: neither date known.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``end`` may be ``None``; ``precision``.
    .. versionchanged:: 0.3.0
       ``start`` may be ``None``; ``end_unknown``.
    """

    start: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(plausible_date)
    )
    end: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(plausible_date)
    )
    term: str | None = None
    precision: Precision = attrs.field(default=Precision.DAY)
    end_unknown: bool = attrs.field(default=False)

    @end.validator
    def _not_before_start(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and self.start is not None and value < self.start:
            raise FieldError(
                attribute.name, f"expected an end on or after the start {self.start}, found {value}"
            )

    @precision.validator
    def _dates_fit_precision(self, attribute: attrs.Attribute[Precision], value: Precision) -> None:
        if value is Precision.DAY:
            return
        if self.start is not None:
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

    @end_unknown.validator
    def _unknown_means_no_end(self, attribute: attrs.Attribute[bool], value: bool) -> None:
        if value and self.end is not None:
            raise FieldError(
                attribute.name,
                f"expected no end with 'end_unknown = true' (the end is not stated), "
                f"found the end {self.end}",
            )

    @property
    def open(self) -> bool:
        """Whether the period has no end: in force until replaced, or an end not stated."""
        return self.end is None

    @property
    def until_replaced(self) -> bool:
        """Whether the document is in force until replaced (no end, and none unknown).

        .. versionadded:: 0.3.0
        """
        return self.end is None and not self.end_unknown

    @property
    def stated(self) -> bool:
        """Whether the document states anything of its period (a start, an end or a term).

        .. versionadded:: 0.3.0
        """
        return self.start is not None or self.end is not None or self.term is not None

    @property
    def years(self) -> range:
        """The calendar years the period touches (for an open period, its first year only).

        Empty when the start is not known.
        """
        if self.start is None:
            return range(0)
        last = self.start if self.end is None else self.end
        return range(self.start.year, last.year + 1)

    def __contains__(self, day: object) -> bool:
        return (
            isinstance(day, dt.date)
            and (self.start is None or self.start <= day)
            and (self.end is None or day <= self.end)
        )

    @property
    def as_written(self) -> str:
        """The period as a Vietnamese document writes it, to its precision.

        >>> import datetime as dt
        >>> Period(dt.date(2017, 1, 1), dt.date(2021, 12, 31), precision=Precision.YEAR).as_written
        'giai đoạn 2017 - 2021'
        >>> Period(dt.date(2017, 10, 27)).as_written
        'từ ngày 27/10/2017'
        >>> Period(end=dt.date(2025, 12, 31)).as_written
        'đến ngày 31/12/2025'
        >>> Period(end_unknown=True).as_written
        'chưa rõ thời hạn'
        """
        if self.term is not None and self.precision is Precision.YEAR:
            return self.term
        unit = {Precision.DAY: "ngày ", Precision.MONTH: "tháng "}.get(self.precision, "năm ")
        if self.start is None:
            if self.end is None:
                return self.term or "chưa rõ thời hạn"
            return f"đến {unit}{_written(self.end, self.precision)}"
        start = _written(self.start, self.precision)
        if self.end is None:
            if self.end_unknown:
                return f"từ {unit}{start} (chưa rõ ngày kết thúc)"
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
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    title: str | None = None
    tasks: tuple[Task, ...] = ()


@attrs.frozen
class Review:
    """A review that was held: an interim review (*sơ kết*) or the final one (*tổng kết*).

    ``held_on`` is when it was held, as precisely as the document says
    (``None`` when it does not); ``start`` and ``end`` give the window it
    covered, when stated; ``commendations`` lists the collectives and
    persons commended (*khen thưởng*).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       ``held_on`` may be a :class:`PartialDate` or ``None``; ``start`` and
       ``end`` may be ``None``.
    """

    kind: EventKind
    held_on: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    start: dt.date | None = attrs.field(default=None, validator=plausible_date)
    end: dt.date | None = attrs.field(default=None, validator=plausible_date)
    number: str | None = None
    title: str | None = None
    commendations: tuple[str, ...] = ()

    @end.validator
    def _not_before_start(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and self.start is not None and value < self.start:
            raise FieldError(
                attribute.name, f"expected an end on or after the start {self.start}, found {value}"
            )


@attrs.frozen
class Amendment:
    """An agreed amendment or supplement (*điều chỉnh, bổ sung*).

    ``changes`` describes in words what changed.  When the amendment
    changes the period or the schedule rules, ``period`` and ``schedule``
    hold the new values, in force from ``date`` on: windows that ended
    before it, and events due before it, keep the rules in force then (see
    :func:`coordprog.schedule`).  ``date`` may be known to the month or
    year only, or not at all (``None``); the schedule then says what it
    assumed.  ``reason`` is ``None`` when the document gives none.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       ``date`` may be a :class:`PartialDate` or ``None``; ``reason`` may be
       ``None``; rules in force from ``date``, no longer over the whole period.
    """

    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    reason: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    number: str | None = None
    changes: tuple[str, ...] = ()
    period: Period | None = None
    schedule: ScheduleRules | None = None


@attrs.frozen
class InForce:
    """The period and schedule rules of a program in force from ``since`` on.

    ``since`` is ``None`` for the signed text (in force from the start);
    ``amendment`` is the index in :attr:`Program.amendments` of the
    amendment that made this entry; ``assumed`` says that ``since`` was not
    stated to the day (see :attr:`Program.in_force`).

    .. versionadded:: 0.3.0
    """

    since: dt.date | None
    period: Period
    schedule: ScheduleRules
    amendment: int | None = None
    assumed: bool = False


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

    ``type_line`` is the document's type as printed above the title when no
    kind names it ("Quy tắc ứng xử", "Điều lệ"): ``kind`` is then ``other``,
    and reports print the type line where they print a kind's name.

    A document is known by its ``title`` or its ``number`` (at least one),
    and has at least one party; every other field may be left out when the
    document does not state it.  ``signed_on`` is the signing date as
    precisely as the document states it (a :class:`PartialDate` for a month
    or a year); ``signed_precision`` is the 0.2 way of saying the same of a
    date written as the first of its month or year, still read.
    A regulation's ``chapters`` (*Chương*) hold its articles (*Điều*);
    ``articles`` holds articles outside any chapter.  A document may have
    both articles and task groups.  ``note`` holds what the document says
    that has no field of its own.
    ``text_available`` is ``False`` for a document known only from the
    documents that cite it (its number, date, parties, period): the tasks
    it holds, if any, are those the citing documents name (a partial
    list), and such a task may leave its lead out when they do not name
    one.  ``extent`` is how many chapters, articles or tasks a source says
    the document has ("gồm 2 chương, 6 điều"), when the file holds fewer
    or none of them.

    ``addressees`` are the bodies a letter is sent to for action (*Kính
    gửi*), one each, as printed without the dash or closing mark of its
    line; the "Như trên" (as above) of its ``recipients`` refers to them.
    Neither list holds an empty line.

    ``province`` is the province the program covers; ``areas`` the areas
    it covers beyond or within it, as it names them (:class:`Area`: a
    border zone of two provinces, a region, a district, a border gate, an
    industrial zone).

    ``proposers`` are those on whose proposal the document was issued
    (*cơ quan đề xuất*: "theo đề nghị của Giám đốc Sở Nội vụ"), each a
    post, a name, a party or a body as printed.

    ``level`` is the level the document states it is made at, when it
    says so; without it the level is derived from the signing parties
    (:func:`coordprog.level_of`).  ``instructions`` are the orders its text
    gives lower levels to make programs or plans of their own.

    ``promulgation`` is the decision that promulgates the document, when
    it is issued "kèm theo" one (:class:`Promulgation`: its own number,
    date, issuer, basis, articles, signatories and recipients).
    ``implements`` lists, by id, the acts the document carries out
    ("Thực hiện Chỉ thị số 13-CT/TW ...": not its basis); ``objectives``
    the acts a clause cites as what the document works towards.
    ``revision`` marks a full revision ("(Sửa đổi)") that replaces an
    earlier version, cited or not (``predecessor`` names it when cited);
    ``replaced_by`` the act that later replaced this document.

    ``to_complete`` makes the file a draft (:class:`DraftItem`: a field, what
    to do, the text read): what the importer could not read or settle.  A
    draft may lack its parties, its title and its number while it lists
    what to complete; ``coordprog validate`` refuses it until a person has
    completed each item and removed it.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``kind`` is a :class:`DocumentKind`; ``chapters``, ``articles``,
       ``signed_precision``, ``note``, ``text_available``.
    .. versionchanged:: 0.3.0
       ``level``, ``instructions``; ``title`` and ``period`` may be left
       out (a number, or the default period "not stated", then does);
       ``signed_on`` may be a :class:`PartialDate`; ``promulgation``,
       ``implements``, ``objectives``, ``revision``, ``replaced_by``,
       ``to_complete``, ``proposers``, ``extent``, ``areas``, ``addressees``,
       ``type_line``; a
       text not available may hold the tasks known of it; ``recipients``
       refuses an empty line.
    """

    id: str = attrs.field(validator=identifier)
    title: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    period: Period = attrs.field(default=Period(end_unknown=True))
    parties: tuple[Party, ...] = ()
    kind: DocumentKind = DocumentKind.PROGRAM
    number: str | None = None
    place: str | None = None
    signed_on: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
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
    recipients: tuple[str, ...] = attrs.field(default=(), validator=no_blank_lines)
    amendments: tuple[Amendment, ...] = ()
    chapters: tuple[Chapter, ...] = ()
    articles: tuple[Article, ...] = ()
    note: str | None = None
    text_available: bool = True
    level: Level | None = None
    instructions: tuple[Instruction, ...] = ()
    promulgation: Promulgation | None = None
    implements: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    objectives: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    revision: bool = False
    replaced_by: str | None = None
    to_complete: tuple[DraftItem, ...] = ()
    proposers: tuple[Person, ...] = ()
    extent: Extent | None = None
    areas: tuple[Area, ...] = ()
    addressees: tuple[str, ...] = attrs.field(default=(), validator=no_blank_lines)
    type_line: str | None = attrs.field(
        default=None, validator=[attrs.validators.optional(visible_text), _type_line]
    )

    def __attrs_post_init__(self) -> None:
        if self.to_complete:
            return  # a draft: what it lacks is listed in to_complete
        if self.title is None and self.number is None:
            raise FieldError(
                "title",
                "expected a title, or a number (số) when the title is not known, found neither",
            )
        if not self.parties:
            raise FieldError(
                "parties",
                "expected at least one party (a body that signs or issues the document), "
                "found none",
            )

    @property
    def is_draft(self) -> bool:
        """Whether the file is a draft: it lists items to complete (``to_complete``).

        .. versionadded:: 0.3.0
        """
        return bool(self.to_complete)

    @property
    def heading(self) -> str:
        """The document's name: its type and title, or else its type and number.

        A title (*trích yếu*) that does not open with the kind's name is led by it,
        as a text cites the document: "Phối hợp công tác giữa ..." under "QUY CHẾ"
        is "Quy chế phối hợp công tác giữa ...", "Về công tác phối hợp ..." under
        "NGHỊ QUYẾT LIÊN TỊCH" is "Nghị quyết liên tịch về công tác phối hợp ...".
        Without a title: "Chương trình số 05-CTr/TU". The type is :attr:`type_name`.

        .. versionadded:: 0.3.0
        .. versionchanged:: 0.3.0
           A title that does not open with the kind's name is led by it.
        """
        if self.title is not None:
            return _named(self.type_name, self.title)
        if self.number is None:
            return f"{self.type_name} (bản dự thảo)"  # a draft that has neither yet
        return f"{self.type_name} số {self.number}"

    @property
    def type_name(self) -> str:
        """The document's type as a text names it: its ``type_line``, else its kind's name.

        "Quy tắc ứng xử" for a code of conduct (kind ``other``), "Quy chế" for a regulation.

        .. versionadded:: 0.3.0
        """
        if self.type_line is None:
            return self.kind.vi
        printed = " ".join(self.type_line.split())
        if not any(char.islower() for char in printed):
            printed = printed.lower()  # "QUY TẮC ỨNG XỬ", as printed above a title
        return printed[:1].upper() + printed[1:]

    @property
    def signing_parties(self) -> tuple[Party, ...]:
        """The parties that sign the document: all but those marked ``signs = false``.

        Letterheads and signature blocks name these; when no party signs
        (the document is promulgated by a body that is not bound by it),
        every party.

        .. versionadded:: 0.3.0
        """
        signing = tuple(party for party in self.parties if party.signs)
        return signing or self.parties

    @property
    def signed(self) -> dt.date | PartialDate | None:
        """The signing date as precisely as the document states it.

        ``signed_on`` with the 0.2 ``signed_precision`` applied: a date
        written as 2019-03-01 with precision ``month`` is ``PartialDate(2019, 3)``.

        .. versionadded:: 0.3.0
        """
        day = self.signed_on
        if isinstance(day, dt.date) and self.signed_precision is not Precision.DAY:
            month = day.month if self.signed_precision is Precision.MONTH else None
            return PartialDate(day.year, month)
        return day

    @property
    def document_date(self) -> dt.date | None:
        """The day the document's own text speaks for: its signing, else the start of its period.

        Names of bodies in the document's text are printed as in force on
        this day (:meth:`name_in_force`); for a signing date known to the
        month or year, its last day.  A document issued with a decision
        and not signed itself speaks for the decision's date.  ``None``
        when none is known.

        .. versionadded:: 0.3.0
        """
        signed = self.signed
        if signed is None and self.promulgation is not None:
            signed = self.promulgation.date
        if signed is not None:
            return last_day(signed)
        return self.period.start

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
        return self.in_force[-1].period

    @property
    def effective_schedule(self) -> ScheduleRules:
        """The schedule rules as the latest amendment that changes them leaves them."""
        return self.in_force[-1].schedule

    @functools.cached_property
    def in_force(self) -> tuple[InForce, ...]:
        """The period and schedule rules in force, from the signed text through each amendment.

        The first entry is the signed text, in force from the start
        (``since`` is ``None``); each amendment that changes the period or
        the rules adds an entry in force from its date.  An amendment dated
        to a month or a year counts from its first day, and one without a
        date from the date of the entry before it; both are marked
        ``assumed``.  Amendments that change neither (words only) add none.

        .. versionadded:: 0.3.0
        """
        found = [InForce(None, self.period, self.schedule)]
        for index, amendment in enumerate(self.amendments):
            if amendment.period is None and amendment.schedule is None:
                continue
            last = found[-1]
            if amendment.date is None:
                since, assumed = last.since, True
            else:
                since, assumed = first_day(amendment.date), not isinstance(amendment.date, dt.date)
            entry = InForce(
                since,
                amendment.period or last.period,
                amendment.schedule or last.schedule,
                index,
                assumed,
            )
            if since == last.since:
                found[-1] = entry  # in force from the same day: it replaces the one before
            else:
                found.append(entry)
        return tuple(found)

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

    def name_in_force(self, party_id: str, on: dt.date | None = None) -> str:
        """The name of party ``party_id`` on ``on``, by default the :attr:`document_date`.

        Everything that prints a body's name uses it, each for the date it
        speaks for: a board renamed in 2025 signs a 2022 program under its
        2022 name, and chairs a 2025 review under its 2025 name.  Without
        any date (no ``on``, no signing date, no start), the current name.

        .. versionadded:: 0.2.0
        .. versionchanged:: 0.3.0
           ``on``; an unsigned document speaks for the start of its period.
        """
        party = self.party(party_id)
        day = self.document_date if on is None else on
        return party.name if day is None else party.name_on(day)

    def duty_bodies(self, task: Task) -> tuple[str, ...]:
        """The bodies that answer for ``task``: its leads, or every body of a joint task.

        A joint task (no lead: "các bên cùng phối hợp") is a duty of every
        body it names; one that names none is a duty of every signing
        party.  A task whose lead is not known (:meth:`lead_unknown`) is
        the duty of no body known: none is made to answer for it.  Status,
        the matrix, the review report and the export all take a task's
        bodies from here.

        .. versionadded:: 0.3.0
        """
        if task.leads:
            return task.leads
        if self.lead_unknown(task):
            return ()
        return task.named or tuple(party.id for party in self.parties)

    def lead_unknown(self, task: Task) -> bool:
        """Whether ``task`` is a known task of a text not available whose lead is not stated.

        The documents that cite a text may name a task without saying who
        leads it: such a task (no lead, not joint) is neither led nor
        shared, and reports say its lead is not known.

        .. versionadded:: 0.3.0
        """
        return not self.text_available and not task.leads and not task.joint

    def responsible(self, party_id: str, on: dt.date) -> str:
        """The body that carries the duties of ``party_id`` on ``on``.

        The party itself while it exists; from the day after it ceased
        (``Party.until``), its successor, followed as far as successors go.
        A body that ceased without a successor keeps its duties (nobody in
        the program takes them over); one whose end is not dated keeps them
        too (the hand-over cannot be placed in time).

        .. versionadded:: 0.3.0
        """
        current = party_id
        for _ in range(len(self._bodies) + 1):  # validation refuses lines that come back
            party = self._bodies.get(current)
            if party is None or party.successor is None or not party.ceased_on(on):
                return current
            current = party.successor
        return current

    @functools.cached_property
    def has_lineage(self) -> bool:
        """Whether some body of the program ceased and handed its duties to a successor.

        .. versionadded:: 0.3.0
        """
        return any(p.successor is not None and p.until is not None for p in self._bodies.values())

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
