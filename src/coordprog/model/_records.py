"""Records of implementation: what happened after a program was signed.

A program file is what the parties signed and is never edited to record
progress.  Records live in documents of their own, beside it, and refer to
the program and its parts by id: meetings and conferences held, reports
submitted under a reporting duty, progress per task, and the outcomes a
review adopted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._draft_items import DraftItem
from coordprog.model._errors import FieldError
from coordprog.model._field_checks import (
    finite,
    identifier,
    no_blank_lines,
    no_duplicates,
    not_empty,
    one_of,
    plausible_date,
    within,
)
from coordprog.model._instructions import Instruction
from coordprog.model._legal import LegalRef
from coordprog.model._parties import Person
from coordprog.model._signatories import Signatory
from coordprog.model._vocabulary import Vocabulary


class MeetingKind(Vocabulary):
    """The kinds of meeting and conference a program's records hold.

    .. versionadded:: 0.2.0
    """

    #: *lễ ký kết*: the signing.
    SIGNING = "signing", "Lễ ký kết"
    #: *hội nghị triển khai*: the launch of the program or of a year's plan.
    LAUNCH = "launch", "Hội nghị triển khai"
    #: *giao ban*: a regular coordination meeting.
    COORDINATION_MEETING = "coordination-meeting", "Hội nghị giao ban"
    #: *sơ kết*: an interim review.
    INTERIM_REVIEW = "interim-review", "Hội nghị sơ kết"
    #: *tổng kết*: the final review.
    FINAL_REVIEW = "final-review", "Hội nghị tổng kết"
    #: a conference that reviews the previous program and signs the next one.
    REVIEW_AND_SIGNING = "review-and-signing", "Hội nghị tổng kết và ký kết"
    #: any other meeting the records name.
    OTHER = "other", "Hội nghị"


#: The kinds of meeting that hold a final review (*tổng kết*).
FINAL_MEETINGS = frozenset((MeetingKind.FINAL_REVIEW, MeetingKind.REVIEW_AND_SIGNING))


class ProgressStatus(Vocabulary):
    """How far a task has got, in the vocabulary Vietnamese task tracking uses.

    .. versionadded:: 0.2.0
    """

    DONE_ON_TIME = "done-on-time", "Hoàn thành đúng hạn"
    DONE_LATE = "done-late", "Hoàn thành quá hạn"
    IN_PROGRESS = "in-progress", "Đang thực hiện trong hạn"
    #: *đang thực hiện quá hạn*, *chậm tiến độ*.
    OVERDUE = "overdue", "Đang thực hiện quá hạn"
    NOT_STARTED = "not-started", "Chưa thực hiện"
    #: *không thực hiện được*: needs a ``reason``.
    NOT_FEASIBLE = "not-feasible", "Không thực hiện được"

    @property
    def done(self) -> bool:
        """Whether the task is finished (on time or late)."""
        return self in (ProgressStatus.DONE_ON_TIME, ProgressStatus.DONE_LATE)


class AdoptedKind(Vocabulary):
    """What a document adopted at a meeting is.

    .. versionadded:: 0.2.0
    """

    PLAN = "plan", "Kế hoạch"
    REPORT = "report", "Báo cáo"
    PROGRAM = "program", "Chương trình"
    RESOLUTION = "resolution", "Nghị quyết"
    DECISION = "decision", "Quyết định"
    OTHER = "other", "Văn bản"


@attrs.frozen
class Window:
    """The dates a review, a report or a progress entry covers, both inclusive.

    .. versionadded:: 0.2.0
    """

    start: dt.date = attrs.field(validator=plausible_date)
    end: dt.date = attrs.field(validator=plausible_date)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise FieldError("end", f"expected a date on or after {self.start}, found {self.end}")

    def covers(self, other: Window) -> bool:
        """Whether ``other`` lies inside this window."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Attendance:
    """Who attended for one body, and how many (``count`` delegates).

    .. versionadded:: 0.2.0
    """

    party: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))
    body: str | None = None
    count: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(within(1, 100_000))
    )
    note: str | None = None

    #: One of these must be given (checked here; the JSON Schema says so too).
    _one_of: ClassVar[tuple[str, ...]] = ("party", "body")

    def __attrs_post_init__(self) -> None:
        one_of(self, *self._one_of)


@attrs.frozen
class AdoptedDocument:
    """A document a meeting adopted or issued: a plan, a report, the next program.

    ``year`` is the year a plan plans: an annual plan adopted this way
    counts as the schedule's annual plan for that year.

    .. versionadded:: 0.2.0
    """

    kind: AdoptedKind
    number: str | None = None
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    title: str | None = None
    year: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(within(1900, 2200))
    )

    #: One of these must be given (checked here; the JSON Schema says so too).
    _one_of: ClassVar[tuple[str, ...]] = ("number", "title")

    def __attrs_post_init__(self) -> None:
        one_of(self, *self._one_of)


@attrs.frozen
class Meeting:
    """A meeting or conference held: a signing, a launch, a *giao ban*, a review.

    ``window`` is what a review reviewed; ``reviewed_program`` names the act
    (the id of a legal reference of the program, e.g. its predecessor) when
    the window belongs to another program, as at a conference that reviews
    the previous program and signs this one.  ``rule`` ties the meeting to
    the schedule rule it carries out (``"yearly"``, ``"final-review"``)
    when its kind and window do not say so.  ``organisers`` are the bodies
    (or people) that organised it ("Ban Dân vận Tỉnh ủy phối hợp với Ban
    Dân tộc tỉnh tổ chức"), ``witnesses`` those who witnessed a signing
    (*chứng kiến*), beside its ``chairs`` and ``presenters``.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``organisers``, ``witnesses``.
    """

    id: str = attrs.field(validator=identifier)
    kind: MeetingKind
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    title: str | None = None
    place: str | None = None
    chairs: tuple[Person, ...] = ()
    presenters: tuple[Person, ...] = ()
    attendees: tuple[Attendance, ...] = ()
    window: Window | None = None
    reviewed_program: str | None = None
    rule: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))
    adopted: tuple[AdoptedDocument, ...] = ()
    note: str | None = None
    organisers: tuple[Person, ...] = ()
    witnesses: tuple[Person, ...] = ()


@attrs.frozen
class ReportSubmitted:
    """A report sent under a reporting duty of the program: which duty, by whom, to whom, when.

    ``date`` is as precise as the records state it, or ``None`` for a report
    known to have been submitted on a date they do not give: the status
    counts it as made, on a date not known (:class:`coordprog.EventState`
    ``held``).

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``date`` may be left out; it is keyword-only.  ``by`` may be left
       empty when the records do not say who sent the report.
    """

    duty: str = attrs.field(validator=identifier)
    date: dt.date | PartialDate | None = attrs.field(
        default=None, kw_only=True, validator=plausible_date
    )
    by: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    to: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    number: str | None = None
    title: str | None = None
    window: Window | None = None


class Qualifier(Vocabulary):
    """The word a document puts before a figure it does not give exactly: "hơn 2.300".

    Each value keeps the word as printed (:attr:`vi`): "hơn" and "trên" both
    say more than, and a report prints the one the document used.

    .. versionadded:: 0.3.0
    """

    MORE_THAN = "more-than", "hơn"
    OVER = "over", "trên"
    AT_LEAST = "at-least", "ít nhất"
    ABOUT = "about", "khoảng"
    NEARLY = "nearly", "gần"
    UNDER = "under", "dưới"
    UP_TO = "up-to", "tối đa"


def _positive(instance: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    """Refuse a whole that is not a finite number above zero (``None``: none stated)."""
    if value is None:
        return
    finite(instance, attribute, value)
    if not value > 0:
        raise FieldError(attribute.name, f"expected a number above 0, found {value}")


@attrs.frozen
class Figure:
    """A reported figure: ``value`` of ``indicator`` in ``unit``, as the document states it.

    ``target`` is the id of the task's target it measures; its unit must
    then be the target's.  ``of`` is the whole a count is out of, when the
    document gives one ("50/50 tỉnh" is value 50 of 50, unit "tỉnh";
    "363/363 huyện"); ``qualifier`` the word before a figure the document
    does not give exactly ("hơn 2.300", "trên 90%": :class:`Qualifier`).
    Counts, percentages (unit ``"%"``), money (``"triệu đồng"``) and people
    (``"người"``) are all figures with their unit.  ``note`` keeps what the
    document says of the figure that has no field.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``of``, ``qualifier``, ``note``.
    """

    indicator: str = attrs.field(validator=not_empty)
    value: int | float = attrs.field(validator=finite)
    unit: str | None = None
    target: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))
    of: int | float | None = attrs.field(default=None, validator=_positive)
    qualifier: Qualifier | None = None
    note: str | None = None


@attrs.frozen
class Progress:
    """What a body reports of one task, as of a date (*tiến độ thực hiện*).

    ``by`` is the reporting body; ``window`` the period reported (the whole
    program when absent); ``done`` what was done; ``evidence`` the numbers
    of the documents issued; ``reason`` why a task cannot be carried out
    (required for ``not-feasible``).  ``deadline`` is the deadline a plan
    set for this window, when it is not the task's.  ``as_of`` is as
    precise as the report states it: a report dated to a month or a year
    is known to be true by the last day of that month or year, is ordered
    by that day, and is printed as stated ("tháng 3/2023"), never with an
    invented day.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``as_of`` may be a :class:`PartialDate`.
    """

    task: str = attrs.field(validator=identifier)
    by: str = attrs.field(validator=identifier)
    as_of: dt.date | PartialDate = attrs.field(validator=plausible_date)
    status: ProgressStatus
    window: Window | None = None
    done: str | None = None
    figures: tuple[Figure, ...] = ()
    evidence: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    reason: str | None = None
    deadline: dt.date | None = attrs.field(default=None, validator=plausible_date)
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.status is ProgressStatus.NOT_FEASIBLE and not self.reason:
            raise FieldError(
                "reason",
                "expected the reason a task cannot be carried out (status 'not-feasible'), "
                "found none",
            )


@attrs.frozen
class Proposal:
    """A proposal (*kiến nghị, đề xuất*) to named bodies: parties by id, others by name.

    .. versionadded:: 0.2.0
    """

    text: str = attrs.field(validator=not_empty)
    parties: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    bodies: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)

    #: One of these must be given (checked here; the JSON Schema says so too).
    _one_of: ClassVar[tuple[str, ...]] = ("parties", "bodies")

    def __attrs_post_init__(self) -> None:
        one_of(self, *self._one_of)


@attrs.frozen
class Commendation:
    """A commendation (*khen thưởng*) of a collective or a person, or of a number of them.

    ``recipient`` names who was commended; a report that counts them
    instead ("56 tập thể, 120 cá nhân") gives ``count``, one commendation
    per kind (``collective`` for *tập thể*, else *cá nhân*); one of the two
    is needed.  ``level`` is the form (``"Bằng khen"``, ``"Giấy khen"``; a
    0.2 file may hold the form and who grants it in one text),
    ``granted_by`` who gave it (``"Chủ tịch UBND tỉnh"``); ``act`` the
    number of the deciding act.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``recipient`` may be left out with a ``count``; ``count``,
       ``granted_by``.
    """

    recipient: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(not_empty)
    )
    collective: bool = False
    level: str | None = None
    act: str | None = None
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    count: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(within(1, 10_000_000))
    )
    granted_by: str | None = None

    #: One of these must be given (checked here; the JSON Schema says so too).
    _one_of: ClassVar[tuple[str, ...]] = ("recipient", "count")

    def __attrs_post_init__(self) -> None:
        one_of(self, *self._one_of)


@attrs.frozen
class ReviewOutcome:
    """What a review found and decided, section by section of the *báo cáo sơ kết / tổng kết*.

    ``window`` is the window reviewed; ``meeting`` the id of the meeting
    that adopted it, when there was one.  ``deployment`` is how the program
    was deployed (plans, guidance, launch: section I of the report);
    ``results`` the overall results, ``shortcomings`` (*hạn chế*) and their
    ``causes``, ``lessons`` (*bài học kinh nghiệm*), ``directions``
    (*phương hướng*), ``proposals`` and ``commendations``.  ``figures``
    are the results the report gives for the program or the window as a
    whole, not for one task ("50/50 tỉnh đã ký kết", "hơn 2.300 buổi
    tuyên truyền"); they measure no task's target.

    ``window`` may be left out when the report does not state the window it
    reviewed: the outcome then reviews its meeting's window, if the meeting
    gives one, else the whole period (the review report prints it for the
    window ``all``, and by default when no outcome states a window).

    ``number``, ``date`` and ``place`` are the report's own, as its opening
    prints them; ``by`` the ids of the program's parties that issued it and
    ``bodies`` the names of issuing bodies that are not parties (a school's
    trade union reporting on its province's program), as its letterhead
    names them.

    ``legal_refs`` are the acts the report or notice cites (the program's
    own :class:`LegalRef` type; their ids are the outcome's own, unique
    within it, and need not be the program's), ``signatories`` who signed
    it (a party of the program by ``party``, or a body it does not list by
    ``body``, as for a program's :class:`Signatory`), ``addressees`` the
    bodies it is sent to for action (*Kính gửi*) and ``recipients`` the
    lines of its *Nơi nhận*, as printed (their "Như trên" refers to the
    addressees).  Like its number and date, they are the document's: the
    review report prints them with the outcome.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``figures``, ``place``, ``by``, ``bodies``; ``window`` may be left out;
       ``legal_refs``, ``signatories``, ``recipients``, ``addressees`` (neither
       list holds an empty line).
    """

    window: Window | None = None
    meeting: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))
    number: str | None = None
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    deployment: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    shortcomings: tuple[str, ...] = ()
    causes: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()
    directions: tuple[str, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    commendations: tuple[Commendation, ...] = ()
    figures: tuple[Figure, ...] = ()
    place: str | None = None
    by: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    bodies: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    legal_refs: tuple[LegalRef, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    recipients: tuple[str, ...] = attrs.field(default=(), validator=no_blank_lines)
    addressees: tuple[str, ...] = attrs.field(default=(), validator=no_blank_lines)


@attrs.frozen
class Records:
    """The records of one program: one document, for a period or an event.

    ``program`` is the id of the program they belong to.  ``illustrative``
    marks records made up to show the format, not taken from a real
    report; ``sources`` cite what real records were taken from.  Several
    records documents of one program are read together by
    :func:`coordprog.load_records`.  ``instructions`` are the letters
    (*công văn*) and plans sent after signing that order lower levels to
    make programs or plans of their own.  ``to_complete`` makes them a
    draft, as for a program (:class:`DraftItem`): records drafted from a
    review report list what a person must complete, and
    ``coordprog validate PROGRAM --records FILE`` refuses them until it is
    done.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``instructions``, ``to_complete``.
    """

    program: str = attrs.field(validator=identifier)
    title: str | None = None
    illustrative: bool = False
    sources: tuple[str, ...] = ()
    note: str | None = None
    meetings: tuple[Meeting, ...] = ()
    reports: tuple[ReportSubmitted, ...] = ()
    progress: tuple[Progress, ...] = ()
    outcomes: tuple[ReviewOutcome, ...] = ()
    instructions: tuple[Instruction, ...] = ()
    to_complete: tuple[DraftItem, ...] = ()

    def __add__(self, other: Records) -> Records:
        """The records of both documents, this one's first (they must be of the same program)."""
        if not isinstance(other, Records):
            return NotImplemented
        if other.program != self.program:
            raise ValueError(
                f"expected records of program {self.program!r}, found {other.program!r}"
            )
        return Records(
            program=self.program,
            title=self.title or other.title,
            illustrative=self.illustrative or other.illustrative,
            sources=(*self.sources, *(s for s in other.sources if s not in self.sources)),
            note=self.note or other.note,
            meetings=self.meetings + other.meetings,
            reports=self.reports + other.reports,
            progress=self.progress + other.progress,
            outcomes=self.outcomes + other.outcomes,
            instructions=self.instructions + other.instructions,
            to_complete=self.to_complete + other.to_complete,
        )
