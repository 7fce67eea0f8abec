"""Hypothesis strategies for every coordprog model type.

Every strategy produces only valid values: a program drawn from
:func:`programs` passes :func:`coordprog.validate`, and its texts are NFC
Vietnamese with diacritics.  Arguments bound the sizes so that tests stay
fast.  Importing this module (or just Hypothesis, through its entry point)
registers :func:`programs` and the others for :func:`hypothesis.strategies.from_type`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from coordprog.model._dates import PartialDate, Precision, first_day
from coordprog.model._draft_items import DraftItem
from coordprog.model._instructions import Expectation, Instruction
from coordprog.model._legal import LegalKind, LegalRef, ProjectRef
from coordprog.model._parties import (
    Area,
    AreaKind,
    FormerName,
    FormerProvince,
    Level,
    Party,
    Person,
)
from coordprog.model._program import (
    Amendment,
    AnnualPlan,
    DocumentKind,
    Period,
    Program,
    Review,
)
from coordprog.model._promulgation import Promulgation
from coordprog.model._provisions import Article, Chapter, Clause, Extent, Point, ProvisionKind
from coordprog.model._record_checks import AFTERLIFE_MONTHS, reportable_tasks, rule_ids
from coordprog.model._records import (
    AdoptedDocument,
    AdoptedKind,
    Attendance,
    Commendation,
    Figure,
    Meeting,
    MeetingKind,
    Progress,
    ProgressStatus,
    Proposal,
    Qualifier,
    Records,
    ReportSubmitted,
    ReviewOutcome,
    Window,
)
from coordprog.model._schedule_rules import (
    Align,
    AnnualEvent,
    AnnualPlanRule,
    EventKind,
    FinalReviewRule,
    Offset,
    OneOffEvent,
    ReportingDuty,
    ReviewRule,
    ScheduleRules,
    Shift,
)
from coordprog.model._signatories import Signatory
from coordprog.model._tasks import (
    Role,
    RoleAssignment,
    Target,
    Task,
    TaskCategory,
    TaskGroup,
    raw_tasks,
)

__all__ = [
    "annual_plans",
    "areas",
    "commendations",
    "draft_items",
    "figures",
    "identifiers",
    "legal_refs",
    "offsets",
    "partial_dates",
    "parties",
    "people",
    "periods",
    "programs",
    "promulgations",
    "records",
    "schedule_rules",
    "signatories",
    "stated_dates",
    "tasks",
    "texts",
    "vietnamese_words",
    "windows",
]

_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
_WORDS = (
    "công tác",
    "dân vận",
    "dân tộc",
    "phối hợp",
    "đồng bào",
    "thiểu số",
    "miền núi",
    "tuyên truyền",
    "vận động",
    "Nhân dân",
    "chủ trì",
    "tham mưu",
    "hướng dẫn",
    "kiểm tra",
    "giám sát",
    "Ủy ban",
    "Sở Nội vụ",
    "Tỉnh ủy",
    "người có uy tín",
    "sơ kết",
    "tổng kết",
    "khen thưởng",
    "“Dân vận khéo”",
    "bình đẳng giới",
    "phụ nữ",
    "trẻ em",
    "tảo hôn",
    "huyết thống",
    "bồi dưỡng",
    "kỹ năng",
    "Mặt trận",
    "đoàn thể",
    "chính sách",
    "pháp luật",
    "Đảng",
    "Nhà nước",
    "ẩm thực",
    "ưu tiên",
    "Ỷ Lan",
    "ỹ",
    "Đắk Lắk",
    "K'Điệp",
    "Hồi giáo",
    "Bàlamôn",
    "xã hội",
    "kinh tế - xã hội",
    "giai đoạn 2021 - 2025",
    "(2021-2025)",
    "65-KL/TW",
    "1719/QĐ-TTg",
    "18%",
    "số 01",
    "ngày 30/11/2021;",
)


@functools.cache
def vietnamese_words() -> st.SearchStrategy[str]:
    """Single Vietnamese words and phrases, with diacritics, in NFC.

    Words of the domain, and every precomposed Vietnamese letter on its
    own, so that each letter turns up; one choice per word keeps programs
    quick to generate.
    """
    return st.sampled_from(_WORDS + tuple(_LOWER) + tuple(_LOWER.upper()))


@functools.cache
def texts(*, max_words: int = 6) -> st.SearchStrategy[str]:
    """Non-empty NFC Vietnamese text of up to ``max_words`` words and phrases."""
    return st.lists(vietnamese_words(), min_size=1, max_size=max_words).map(" ".join)


@functools.cache
def identifiers() -> st.SearchStrategy[str]:
    """Ids as a hand-written file would use them: ``bdv``, ``II.1.2``, ``65-KL/TW``."""
    return st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9./-]{0,10}", fullmatch=True)


def _unique_ids(min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(identifiers(), min_size=min_size, max_size=max_size, unique=True)


@functools.cache
def dates(min_year: int = 2000, max_year: int = 2040) -> st.SearchStrategy[dt.date]:
    """Dates between two years, inclusive."""
    return st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))


@functools.cache
def partial_dates(min_year: int = 2000, max_year: int = 2040) -> st.SearchStrategy[PartialDate]:
    """Dates known only to the month ("tháng 3/2019") or the year ("năm 2015").

    .. versionadded:: 0.3.0
    """
    return st.builds(PartialDate, st.integers(min_year, max_year), st.none() | st.integers(1, 12))


@functools.cache
def stated_dates(
    min_year: int = 2000, max_year: int = 2040
) -> st.SearchStrategy[dt.date | PartialDate]:
    """Dates as documents state them: mostly to the day, some to the month or the year.

    .. versionadded:: 0.3.0
    """
    return dates(min_year, max_year) | partial_dates(min_year, max_year)


def _month_end_dates(min_year: int, max_year: int) -> st.SearchStrategy[dt.date]:
    """Draw the 29th, 30th or 31st of a month, clamped: the starts naive rrules skip."""

    def build(year: int, month: int, day: int) -> dt.date:
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))

    return st.builds(
        build, st.integers(min_year, max_year), st.integers(1, 12), st.integers(29, 31)
    )


def _switch(draw: st.DrawFn, switch: bool | None) -> bool:
    """``switch``, or when it is ``None`` a drawn boolean: the feature sometimes, not always."""
    return draw(st.booleans()) if switch is None else switch


@st.composite
def periods(
    draw: st.DrawFn,
    *,
    max_months: int = 120,
    open_ended: bool | None = None,
    unstated: bool = True,
    term: bool | None = None,
) -> Period:
    """Periods of 1 to ``max_months`` months, stated to the day, the month or the year.

    Starts are 1 January (calendar years), any day (a term of office), or
    the 29th to 31st of a month.  ``open_ended`` and ``term`` are switches:
    ``True`` draws only periods with no end (in force until replaced) or
    only terms of office (``nhiệm kỳ 2021 - 2026``), ``False`` none, and
    ``None`` (the default) some of each.  With ``unstated``, some periods
    state no start, some an end that is not known, and some nothing at all
    (never with ``open_ended`` or ``term`` true).

    .. versionchanged:: 0.3.0
       ``unstated``, ``term``; ``open_ended`` is a switch: ``True`` draws
       only open-ended periods (it let some be drawn in 0.2, as ``None``
       does now).
    """
    if open_ended and term:
        raise ValueError("expected open_ended or term, not both: a term of office ends")
    if open_ended:
        kinds = ["open"]
    else:
        kinds = ["day", "day", "day", "year", "month"]
        if open_ended is None and not term:
            kinds.append("open")
        if unstated and not term:
            kinds += ["end-unknown", "no-start", "nothing"]
        if term:
            kinds = ["day", "year"]
    kind = draw(st.sampled_from(kinds))
    if kind == "end-unknown":
        return Period(draw(dates(2000, 2035)), end_unknown=True)
    if kind == "no-start":
        return Period(end=draw(dates(2000, 2035)))
    if kind == "nothing":
        return Period(end_unknown=True)
    if kind == "year":
        first = draw(st.integers(2000, 2035))
        last = draw(st.integers(first, first + max(0, max_months // 12 - 1)))
        return Period(
            dt.date(first, 1, 1),
            dt.date(last, 12, 31),
            precision=Precision.YEAR,
            term=f"nhiệm kỳ {first} - {last}" if _switch(draw, term) else None,
        )
    if kind == "month":
        start = dt.date(draw(st.integers(2000, 2035)), draw(st.integers(1, 12)), 1)
        end = start + relativedelta(months=draw(st.integers(1, max_months)), days=-1)
        return Period(start, end, precision=Precision.MONTH)
    if kind == "open":
        return Period(draw(dates(2000, 2035)), None)
    start = draw(
        st.one_of(
            st.integers(2000, 2035).map(lambda year: dt.date(year, 1, 1)),
            dates(2000, 2035),
            _month_end_dates(2000, 2035),
        )
    )
    months = draw(st.integers(1, max_months))
    end = start + relativedelta(months=months, days=-1)
    stated = f"nhiệm kỳ {start.year} - {end.year}" if _switch(draw, term) else None
    return Period(start=start, end=end, term=stated)


@functools.cache
def offsets(*, max_months: int = 3) -> st.SearchStrategy[Offset]:
    """Small non-negative offsets: up to ``max_months`` months and 31 days."""
    return st.builds(
        Offset, months=st.integers(0, max_months), days=st.integers(0, 31), years=st.just(0)
    )


@functools.cache
def legal_refs(ref_id: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[LegalRef]:
    """Legal references in Party (``65-KL/TW``) and State (``1719/QĐ-TTg``) form."""
    number = st.one_of(
        st.none(),
        st.builds(
            lambda n, s: f"{n}-{s}/TW",
            st.integers(1, 999),
            st.sampled_from(["KL", "NQ", "CT", "QĐ"]),
        ),
        st.builds(
            lambda n, s: f"{n}/{s}",
            st.integers(1, 2999),
            st.sampled_from(["QĐ-TTg", "KH-UBND", "NQ-HĐND"]),
        ),
    )
    return st.builds(
        LegalRef,
        id=ref_id if ref_id is not None else identifiers(),
        kind=st.sampled_from(LegalKind),
        number=number,
        date=st.none() | stated_dates(),
        issuer=st.none() | texts(max_words=4),
        title=st.none() | texts(),
        note=st.none() | texts(max_words=6),
    )


_FORMER_NAMES = st.lists(
    st.builds(
        FormerName,
        name=texts(max_words=5),
        until=st.none() | stated_dates(),
        short_name=st.none() | texts(max_words=2),
        former_id=st.none() | identifiers(),
    ),
    max_size=3,
).map(
    lambda names: tuple(
        sorted(names, key=lambda f: dt.date.max if f.until is None else first_day(f.until))
    )
)

_PARTY_DETAILS = st.fixed_dictionaries(
    {
        "name": texts(max_words=6),
        "short_name": st.none() | texts(max_words=3),
        "kind": st.none()
        | st.sampled_from(["party-board", "state-agency", "front", "mass-organisation"]),
        "level": st.none() | st.sampled_from(Level),
        "province": st.none() | st.sampled_from(["Bình Thuận", "Lâm Đồng", "Đắk Lắk", "Hà Giang"]),
        "focal_unit": st.none() | texts(max_words=5),
        "former_names": _FORMER_NAMES,
        "issuing_organ": st.none() | st.sampled_from(["Thường trực HĐND tỉnh", "Ban Thường trực"]),
        "parent_body": st.none() | st.sampled_from(["TỈNH ỦY BÌNH THUẬN", "ỦY BAN DÂN TỘC"]),
        "term": st.none() | st.just("khóa XIII, nhiệm kỳ 2014 - 2019"),
        "all_levels": st.booleans(),
        "until": st.none() | stated_dates(),
        "note": st.none() | texts(max_words=6),
    }
)


@st.composite
def parties(
    draw: st.DrawFn, party_id: str | None = None, *, member_ids: Sequence[str] = ()
) -> Party:
    """Draw a party; a group party names some of ``member_ids`` as its members.

    A party may have a successor among the ids listed after its own in
    ``member_ids`` (so that no line of successors comes back), and then
    perhaps other bodies it was split into.

    .. versionchanged:: 0.3.0
       Successors only among ``member_ids``; ``split_into``.
    """
    pid = party_id if party_id is not None else draw(identifiers())
    group = draw(st.booleans())
    candidates = tuple(m for m in member_ids if m != pid)
    members = draw(_subset(candidates)) if group else ()
    details: dict[str, Any] = draw(_PARTY_DETAILS)
    open_list = group and draw(st.booleans())
    later = tuple(member_ids[member_ids.index(pid) + 1 :]) if pid in member_ids else ()
    successor = draw(st.none() | st.sampled_from(later)) if later else None
    split = (
        draw(_subset(tuple(m for m in later if m != successor), 1)) if successor is not None else ()
    )
    return Party(
        id=pid,
        group=group,
        members=members,
        members_open=open_list,
        successor=successor,
        split_into=split,
        **details,
        **draw(_places_and_counts(group, len(members))),
    )


_FORMER_PROVINCES = st.lists(
    st.builds(
        FormerProvince,
        province=st.sampled_from(["Bình Thuận", "Đắk Nông", "Hà Giang"]),
        until=st.none() | stated_dates(2000, 2030),
    ),
    max_size=2,
).map(
    lambda found: tuple(
        sorted(found, key=lambda f: dt.date.max if f.until is None else first_day(f.until))
    )
)


@functools.cache
def _places_and_counts(group: bool, named: int) -> st.SearchStrategy[dict[str, Any]]:
    """A party's country (for a foreign body), a group's count, its former provinces."""
    return st.fixed_dictionaries(
        {
            "country": st.none() | st.sampled_from(["Lào", "Campuchia"]),
            "member_count": st.none() | st.integers(max(1, named), 63) if group else st.none(),
            "former_provinces": _FORMER_PROVINCES,
        }
    )


_OTHER_ROLES = [r.value for r in Role if r not in (Role.LEAD, Role.SUPPORT)] + ["phản biện"]


@st.composite
def _roles(
    draw: st.DrawFn,
    party_ids: Sequence[str],
    inherited_leads: frozenset[str],
    inherited_supports: frozenset[str],
    need_lead: bool,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[RoleAssignment, ...]]:
    """Leads, supports and other roles that never make a body both lead and support."""
    lead_pool = tuple(p for p in party_ids if p not in inherited_supports)
    leads = draw(_subset(lead_pool, 2, min_size=1 if need_lead and lead_pool else 0))
    taken = inherited_leads | set(leads)
    support_pool = tuple(p for p in party_ids if p not in taken)
    if not taken:
        # Leave a body free to lead the tasks below, which inherit these supports.
        support_pool = tuple(p for p in support_pool if p not in inherited_supports)[1:]
    supports = draw(_subset(support_pool, 3))
    roles = draw(_role_assignments(tuple(party_ids)))
    return leads, supports, roles


@functools.cache
def _subset(
    items: tuple[str, ...], max_size: int = 3, *, min_size: int = 0
) -> st.SearchStrategy[tuple[str, ...]]:
    """Distinct items of ``items``, in their order; built once per pool and reused."""
    if not items:
        return st.just(())
    return st.lists(st.sampled_from(items), min_size=min_size, max_size=max_size, unique=True).map(
        tuple
    )


@functools.cache
def _role_assignments(party_ids: tuple[str, ...]) -> st.SearchStrategy[tuple[RoleAssignment, ...]]:
    assignment = st.builds(
        RoleAssignment,
        role=st.sampled_from(_OTHER_ROLES),
        parties=_subset(party_ids, 2, min_size=1),
    )
    return st.lists(assignment, max_size=2).map(tuple)


@functools.cache
def _projects(ref_ids: tuple[str, ...]) -> st.SearchStrategy[tuple[ProjectRef, ...]]:
    if not ref_ids:
        return st.just(())
    project = st.builds(
        ProjectRef,
        act=st.sampled_from(ref_ids),
        number=st.none() | st.integers(1, 10).map(str),
        subproject=st.none() | st.integers(1, 4).map(str),
        title=st.none() | texts(max_words=6),
    )
    return st.lists(project, max_size=2).map(tuple)


_TARGETS = st.lists(
    st.builds(
        Target,
        description=texts(max_words=6),
        value=st.none()
        | st.integers(0, 10_000)
        | st.floats(0, 100, allow_nan=False, allow_infinity=False),
        unit=st.none() | st.sampled_from(["%", "xã", "người", "lớp"]),
        year=st.none() | st.integers(2000, 2040),
    ),
    max_size=2,
).map(tuple)
_SHORT_TEXTS = st.lists(texts(max_words=4), max_size=2).map(tuple)
# Ids of a parent program's tasks, as child programs cite them.
_PARENT_TASKS = st.sampled_from(["1", "2.1", "II.1.2", "II.2.1.3", "3.4", "Dự án 5"])


@st.composite
def tasks(
    draw: st.DrawFn,
    party_ids: Sequence[str] = ("bdv", "bdt"),
    ref_ids: Sequence[str] = (),
    *,
    task_id: str | None = None,
    inherited_leads: frozenset[str] = frozenset(),
    inherited_supports: frozenset[str] = frozenset(),
    deadline: bool | None = None,
    parent_task: bool | None = None,
    years: tuple[int, int] = (2000, 2040),
) -> Task:
    """Draw a task whose roles name only ``party_ids`` and references only ``ref_ids``.

    Without inherited leads the task gets a lead of its own, so that it is
    valid on its own or inside a group that declares roles.  About half the
    tasks also get projects, target groups, places and targets.
    ``deadline`` and ``parent_task`` are switches (``True`` always,
    ``False`` never, ``None`` sometimes): a deadline in ``years``, stated to
    the day, month or year, and the id of the parent program's task that
    this one carries out.

    .. versionchanged:: 0.3.0
       ``deadline``, ``parent_task``, ``years``.
    """
    leads, supports, roles = draw(
        _roles(tuple(party_ids), inherited_leads, inherited_supports, need_lead=not inherited_leads)
    )
    task = Task(
        id=task_id if task_id is not None else draw(identifiers()),
        text=draw(texts(max_words=8)),
        number=draw(st.none() | st.integers(1, 20).map(str)),
        leads=leads,
        supports=supports,
        roles=roles,
        category=draw(st.none() | st.sampled_from(TaskCategory)),
        legal_refs=draw(_subset(tuple(ref_ids))),
        deadline=draw(stated_dates(*years)) if _switch(draw, deadline) else None,
        parent_task=draw(_PARENT_TASKS) if _switch(draw, parent_task) else None,
    )
    if not draw(st.booleans()):
        return task
    return attrs.evolve(
        task,
        projects=draw(_projects(tuple(ref_ids))),
        target_groups=draw(_SHORT_TEXTS),
        places=draw(_SHORT_TEXTS),
        targets=draw(_TARGETS),
    )


@attrs.frozen
class _TaskFeatures:
    """The switches of :func:`programs` that every task of a program draws with."""

    deadline: bool | None
    parent_task: bool | None
    years: tuple[int, int]


@st.composite
def _changed_by_acts(draw: st.DrawFn, party: Party, ref_ids: tuple[str, ...]) -> Party:
    """``party`` with some of its renames and province changes made by one of ``ref_ids``."""
    act = st.none() | st.sampled_from(ref_ids)
    return attrs.evolve(
        party,
        former_names=tuple(attrs.evolve(f, act=draw(act)) for f in party.former_names),
        former_provinces=tuple(attrs.evolve(f, act=draw(act)) for f in party.former_provinces),
    )


@st.composite
def _task_group(
    draw: st.DrawFn,
    ids: list[str],
    party_ids: Sequence[str],
    ref_ids: Sequence[str],
    depth: int,
    inherited_leads: frozenset[str],
    inherited_supports: frozenset[str],
    max_tasks: int,
    features: _TaskFeatures,
    min_tasks: int = 0,
) -> TaskGroup:
    leads, supports, roles = draw(
        _roles(party_ids, inherited_leads, inherited_supports, need_lead=False)
    )
    all_leads = inherited_leads | set(leads)
    all_supports = inherited_supports | set(supports)
    own_tasks = []
    for _ in range(draw(st.integers(max(min_tasks, 0 if depth else 1), max(1, max_tasks)))):
        own_tasks.append(
            draw(
                tasks(
                    party_ids,
                    ref_ids,
                    task_id=ids.pop(),
                    inherited_leads=all_leads,
                    inherited_supports=all_supports,
                    deadline=features.deadline,
                    parent_task=features.parent_task,
                    years=features.years,
                )
            )
        )
    groups = []
    if depth:
        for _ in range(draw(st.integers(0, 2))):
            groups.append(
                draw(
                    _task_group(
                        ids,
                        party_ids,
                        ref_ids,
                        depth - 1,
                        all_leads,
                        all_supports,
                        max_tasks,
                        features,
                    )
                )
            )
    number = draw(st.none() | st.integers(1, 9).map(str))
    return TaskGroup(
        id=ids.pop(),
        # A group known by its number only has no title; one without a number has one.
        title=draw(texts(max_words=8) if number is None else st.none() | texts(max_words=8)),
        number=number,
        leads=leads,
        supports=supports,
        roles=roles,
        category=draw(st.none() | st.sampled_from(TaskCategory)),
        legal_refs=draw(_subset(tuple(ref_ids))),
        tasks=tuple(own_tasks),
        groups=tuple(groups),
    )


@st.composite
def chapters(
    draw: st.DrawFn, party_ids: Sequence[str] = ("bdv", "bdt"), *, first_article: int = 1
) -> tuple[Chapter, ...]:
    """Chapters of articles, clauses and points, numbered as documents number them.

    Articles are numbered on from ``first_article`` across the chapters;
    provisions name some of ``party_ids``, with roles but never a required lead.

    .. versionadded:: 0.2.0
    """
    number = first_article
    found = []
    for index in range(draw(st.integers(1, 3))):
        articles = []
        for _ in range(draw(st.integers(1, 3))):
            articles.append(draw(_article(tuple(party_ids), str(number))))
            number += 1
        found.append(
            Chapter(
                number=_ROMAN[index],
                title=draw(texts(max_words=5)).upper(),
                articles=tuple(articles),
                note=draw(st.none() | texts(max_words=5)),
            )
        )
    return tuple(found)


_ROMAN = ("I", "II", "III", "IV", "V")


@st.composite
def _article(draw: st.DrawFn, party_ids: tuple[str, ...], number: str) -> Article:
    clauses = []
    for clause_number in range(1, draw(st.integers(0, 3)) + 1):
        points = tuple(
            Point(letter=letter, text=draw(texts(max_words=6)))
            for letter in "abcd"[: draw(st.integers(0, 2))]
        )
        leads = draw(_subset(party_ids, 1))
        clauses.append(
            Clause(
                number=str(clause_number),
                text=draw(st.just("") | texts(max_words=8)),
                points=points,
                parties=draw(_subset(party_ids, 2)),
                leads=leads,
                supports=draw(_subset(tuple(p for p in party_ids if p not in leads), 2)),
            )
        )
    return Article(
        number=number,
        caption=draw(st.none() | texts(max_words=5)),
        kind=draw(st.sampled_from(ProvisionKind)),
        text=draw(st.just("") | texts(max_words=10)),
        clauses=tuple(clauses),
        parties=draw(_subset(party_ids, 2)),
        roles=draw(_role_assignments(party_ids)),
        note=draw(st.none() | texts(max_words=5)),
    )


@st.composite
def schedule_rules(
    draw: st.DrawFn,
    period: Period | None = None,
    party_ids: Sequence[str] = (),
    *,
    duties: bool | None = None,
) -> ScheduleRules:
    """Schedule rules: annual plans, reviews, meetings, a final review, events, duties.

    One-off events fall inside ``period`` when one is given, else there are
    none; reporting duties and meeting chairs name ``party_ids`` (none when
    empty).  ``duties`` is a switch: ``True`` draws one or two reporting
    duties (``party_ids`` must name a body), ``False`` none, ``None`` (the
    default) either.

    .. versionchanged:: 0.3.0
       ``duties``.
    """
    if duties and not party_ids:
        raise ValueError("expected party_ids to draw duties: a duty names who reports")
    with_duties = _switch(draw, duties)
    cadences = draw(st.lists(st.sampled_from([3, 6, 12, 24, 30]), max_size=3, unique=True))
    reviews = tuple(
        ReviewRule(
            id=f"every-{months}",
            every_months=months,
            name_vi=f"Sơ kết {months} tháng",
            # English names only sometimes: a Vietnamese document states none.
            name_en=draw(st.none() | st.just(f"{months}-month review")),
            kind=EventKind.COORDINATION_MEETING if months == 3 else EventKind.INTERIM_REVIEW,
            due=draw(offsets(max_months=1)),
            grace=Offset(months=3),
            shift=draw(st.sampled_from(Shift)),
            prepares_next_plan=months == 12,
            align=draw(st.sampled_from(Align)),
        )
        for months in cadences
    )
    events = _one_off_events(draw, period)
    annual = st.builds(
        AnnualPlanRule,
        due=st.sampled_from([Offset(days=-1), Offset(months=3, days=-1), Offset(months=1)]),
        shift=st.sampled_from(Shift),
    )
    final = st.builds(FinalReviewRule, due=offsets(max_months=1), grace=st.just(Offset(months=3)))
    reporting = tuple(
        ReportingDuty(
            id=f"report-{index}",
            name_vi="Báo cáo",
            name_en=draw(st.none() | st.just("Report")),
            reporters=(reporter,),
            recipients=() if exchange else (recipient,),
            exchange=exchange,
            every_months=draw(st.none() | st.sampled_from([3, 6, 12])),
            anchor=draw(st.sampled_from(["start", "end"])),
            due=draw(st.sampled_from([Offset(), Offset(months=2, days=14), Offset(days=15)])),
            align=draw(st.sampled_from(Align)),
        )
        for index, (reporter, recipient, exchange) in enumerate(
            draw(
                st.lists(
                    st.tuples(st.just("a"), st.just("b"), st.booleans()), min_size=1, max_size=2
                )
            )
            if with_duties
            else ()
        )
        if party_ids
    )
    yearly = tuple(
        AnnualEvent(
            id=f"day-{index}",
            month=month,
            day=draw(st.integers(1, 28)),
            name_vi="Ngày hội",
            name_en=draw(st.none() | st.just("Festival day")),
        )
        for index, month in enumerate(draw(st.lists(st.integers(1, 12), max_size=1)))
    )
    if party_ids:
        reporting = tuple(
            attrs.evolve(
                duty,
                reporters=(party_ids[0],),
                recipients=() if duty.exchange else (party_ids[-1],),
            )
            for duty in reporting
        )
        reviews = tuple(
            attrs.evolve(rule, chairs=tuple(party_ids[:2]), rotate_chair=draw(st.booleans()))
            if rule.kind is EventKind.COORDINATION_MEETING
            else rule
            for rule in reviews
        )
    return ScheduleRules(
        annual_plans=draw(st.none() | annual),
        reviews=reviews,
        final_review=draw(st.none() | final),
        events=events,
        duties=reporting,
        annual_events=yearly,
    )


def _one_off_events(draw: st.DrawFn, period: Period | None) -> tuple[OneOffEvent, ...]:
    """Up to two one-off events within ``period`` (none without one), some dated in part."""
    events: tuple[OneOffEvent, ...] = ()
    if period is not None and (period.start is not None or period.end is not None):
        if period.start is None:
            assert period.end is not None
            first, last = period.end - relativedelta(years=3), period.end
        else:
            first = period.start
            last = period.end if period.end is not None else first + relativedelta(years=5)
        days = draw(st.lists(st.dates(first, last), max_size=2))
        events = tuple(
            OneOffEvent(
                id=f"event-{i}",
                # Mostly to the day; some to the month or the year, some not dated.
                date=draw(
                    st.sampled_from(
                        [day, day, PartialDate(day.year, day.month), PartialDate(day.year), None]
                    )
                ),
                name_vi=draw(texts(max_words=5)),
                name_en=draw(st.none() | st.just("Event")),
            )
            for i, day in enumerate(days)
        )
    return events


@st.composite
def annual_plans(
    draw: st.DrawFn,
    period: Period,
    party_ids: Sequence[str] = ("bdv", "bdt"),
    *,
    plan_tasks: bool | None = None,
    deadlines: bool | None = None,
    parent_tasks: bool | None = None,
) -> tuple[AnnualPlan, ...]:
    """At most one issued annual plan per year of ``period``, dated in time.

    ``plan_tasks``, ``deadlines`` and ``parent_tasks`` are switches (see
    :func:`programs`) for the plans' own tasks.

    .. versionchanged:: 0.3.0
       ``plan_tasks``, ``deadlines``, ``parent_tasks``.
    """
    years = draw(_subset(tuple(str(year) for year in period.years), 2))
    plans = []
    for year in sorted(map(int, years)):
        count = draw(st.integers(0, 1)) if plan_tasks is None else (1 if plan_tasks else 0)
        own_tasks = tuple(
            draw(
                tasks(
                    party_ids,
                    task_id=f"KH{year}.{n}",
                    deadline=deadlines,
                    parent_task=parent_tasks,
                    years=(year, year),
                )
            )
            for n in range(1, count + 1)
        )
        # A plan is dated in its year or the year before (729 days fit either way).
        offset = draw(_PLAN_DAYS)
        plans.append(
            AnnualPlan(
                year=year,
                number=draw(_PLAN_NUMBERS),
                date=None if offset is None else dt.date(year - 1, 1, 1) + dt.timedelta(offset),
                title=draw(st.none() | texts(max_words=10)),
                tasks=own_tasks,
            )
        )
    return tuple(plans)


_PLAN_NUMBERS = st.none() | st.integers(1, 500).map(lambda n: f"{n}-KH/BDVTU")
_PLAN_DAYS = st.none() | st.integers(0, 729)


_LOWER_LEVELS = (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)
_PLACES = ("Bình Thuận", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Kon Tum")


@st.composite
def expectations(draw: st.DrawFn, level: Level | None = None) -> Expectation:
    """Draw what an instruction expects of one level: bodies, places, a count, a deadline.

    .. versionadded:: 0.3.0
    """
    places = tuple(draw(st.lists(st.sampled_from(_PLACES), max_size=3, unique=True)))
    count = draw(st.none() | st.integers(max(1, len(places)), 63))
    return Expectation(
        level=level if level is not None else draw(st.sampled_from(_LOWER_LEVELS)),
        bodies=tuple(
            draw(
                st.lists(
                    st.sampled_from(["Ban Dân vận tỉnh ủy", "Ban Dân tộc tỉnh", "Hội Nông dân"]),
                    max_size=2,
                    unique=True,
                )
            )
        ),
        places=places,
        count=count,
        makes=draw(st.sampled_from([LegalKind.PROGRAM, LegalKind.PLAN])),
        annual_plans=draw(st.booleans()),
        by=draw(st.none() | dates()),
    )


@st.composite
def instructions(
    draw: st.DrawFn,
    issuers: Sequence[str] = (),
    *,
    max_size: int = 2,
    first: dt.date | None = None,
    last: dt.date | None = None,
    letters: bool | None = None,
) -> tuple[Instruction, ...]:
    """Draw up to ``max_size`` instructions, each from some of ``issuers`` (party ids).

    A letter (``letters=True``) has a kind, a number and a date from
    ``first`` to ``last``; the program's own instruction (``False``) none of
    them; either when ``letters`` is left out.

    .. versionadded:: 0.3.0
    """
    found = []
    for index in range(draw(st.integers(0, max_size))):
        levels = draw(st.lists(st.sampled_from(_LOWER_LEVELS), min_size=1, max_size=2, unique=True))
        letter = draw(st.booleans()) if letters is None else letters
        found.append(
            Instruction(
                id=f"cv-{index}",
                expects=tuple(draw(expectations(level)) for level in levels),
                kind=draw(st.sampled_from([LegalKind.OFFICIAL_LETTER, LegalKind.PLAN]))
                if letter
                else None,
                number=f"{100 + index}-CV/BDVTW" if letter else None,
                date=draw(st.dates(first or dt.date(2000, 1, 1), last or dt.date(2040, 12, 31)))
                if letter
                else None,
                issuers=tuple(draw(st.lists(st.sampled_from(list(issuers)), unique=True)))
                if issuers
                else (),
                title=draw(st.none() | texts(max_words=8)),
                text=draw(st.none() | texts(max_words=12)),
            )
        )
    return tuple(found)


def _unlisted_signatories() -> st.SearchStrategy[tuple[Signatory, ...]]:
    """None, or the signature of a body the program does not list (the organ that promulgates)."""
    return st.just(()) | st.just(
        (Signatory(body="Ủy ban nhân dân tỉnh", title="CHỦ TỊCH", authority="TM. ỦY BAN NHÂN DÂN"),)
    )


@st.composite
def _bound_parties(
    draw: st.DrawFn, parties: tuple[Party, ...], signed: set[str | None]
) -> tuple[Party, ...]:
    """``parties`` with some of those that did not sign marked as bound without signing."""
    return tuple(
        attrs.evolve(party, signs=False)
        if party.id not in signed and draw(st.integers(0, 3)) == 0
        else party
        for party in parties
    )


@st.composite
def people(
    draw: st.DrawFn, party_ids: Sequence[str] = (), *, max_size: int = 2
) -> tuple[Person, ...]:
    """People and bodies as documents name them: a post, a name, a party of ``party_ids``, a body.

    .. versionadded:: 0.3.0
    """
    found = []
    for _ in range(draw(st.integers(0, max_size))):
        party = draw(st.none() | st.sampled_from(list(party_ids))) if party_ids else None
        name = draw(st.none() | texts(max_words=3))
        post = draw(st.none() | st.sampled_from(["Giám đốc", "Phó Chủ tịch", "Trưởng ban"]))
        body = None
        if party is None and ((name is None and post is None) or draw(st.booleans())):
            body = draw(st.sampled_from(["Sở Nội vụ", "Ủy ban nhân dân tỉnh"]))
        found.append(Person(name=name, post=post, party=party, body=body))
    return tuple(found)


@st.composite
def programs(
    draw: st.DrawFn,
    *,
    max_parties: int = 4,
    max_groups: int = 2,
    max_tasks: int = 2,
    max_months: int = 120,
    kind: DocumentKind | None = None,
    tasks: bool | None = None,
    open_ended: bool | None = None,
    term: bool | None = None,
    joint: bool | None = None,
    duties: bool | None = None,
    amendments: bool | None = None,
    deadlines: bool | None = None,
    parent_tasks: bool | None = None,
    text_available: bool | None = None,
) -> Program:
    """Draw a valid program: 2 to ``max_parties`` signing parties, task groups, rules.

    ``max_groups`` bounds the top-level task groups and ``max_tasks`` the
    tasks of each group; ``max_months`` the length of the period.

    Each feature has a switch, drawn without filtering (so Hypothesis never
    discards a draw for it): ``True`` draws only programs with the feature,
    ``False`` only programs without it, and ``None`` (the default) both.

    - ``kind``: the :class:`DocumentKind` (default: any);
    - ``tasks``: at least one task (by default about one program in ten
      has none);
    - ``open_ended``: a period with no end; ``term``: a period stated as a
      term of office (see :func:`periods`);
    - ``joint``: a group of tasks with no stated lead (*các bên cùng ...*);
    - ``duties``: reporting duties in the schedule rules;
    - ``amendments``: amendments, dated or not;
    - ``deadlines``, ``parent_tasks``: tasks with a deadline, tasks that
      name the parent program's task they carry out (every task with
      ``True``);
    - ``text_available``: ``False`` draws programs known only from the
      documents that cite them: no articles, and the few tasks those
      documents name, some without a lead, or none.

    .. versionchanged:: 0.3.0
       The switches.
    """
    needs_tasks = bool(tasks or joint or deadlines or parent_tasks)
    available, with_tasks = _availability(draw, needs_tasks, tasks, text_available)
    period = draw(
        periods(
            max_months=max_months,
            open_ended=open_ended,
            term=term,
            unstated=not amendments,
        )
    )
    ids, signing, third, refs = _program_parties(draw, max_parties)
    ref_ids = [r.id for r in refs]
    groups: tuple[TaskGroup, ...] = ()
    if with_tasks:
        features = _TaskFeatures(deadlines, parent_tasks, _years(period))
        groups = draw(_task_groups(tuple(ids), tuple(ref_ids), max_groups, max_tasks, features))
        if _switch(draw, joint):
            groups = (*groups, draw(_joint_group(tuple(ids))))
    if not available and tasks is not False:
        groups = (*groups, *draw(_known_tasks(tuple(ids))))
    kind = draw(st.sampled_from(DocumentKind)) if kind is None else kind
    parent = draw(st.none() | st.sampled_from(ref_ids)) if ref_ids else None
    others = [ref_id for ref_id in ref_ids if ref_id != parent]
    predecessor = draw(st.none() | st.sampled_from(others)) if others else None
    provisions = (
        draw(chapters(ids))
        if available
        and kind in (DocumentKind.REGULATION, DocumentKind.JOINT_RESOLUTION)
        and draw(st.booleans())
        else ()
    )
    signed_by, signing = _signed(draw, signing)
    reviews, changes = _held_and_amended(draw, period, tuple(ids), amendments, duties)
    number = draw(st.none() | st.just("01-CTrPH/BDVTU-BDT"))
    signed_on = draw(st.none() | dates().map(lambda day: day.replace(day=1)) | partial_dates())
    return Program(
        id=draw(identifiers()),
        title=draw(texts(max_words=10) if number is None else st.none() | texts(max_words=10)),
        period=period,
        parties=signing,
        kind=kind,
        chapters=provisions,
        signed_precision=(
            draw(st.sampled_from(Precision)) if isinstance(signed_on, dt.date) else Precision.DAY
        ),
        number=number,
        signed_on=signed_on,
        legal_refs=refs,
        basis=draw(_subset(tuple(ref_ids), 2)),
        parent=parent,
        predecessor=predecessor,
        third_parties=third,
        task_groups=groups,
        annual_plans=draw(
            annual_plans(
                period,
                ids,
                plan_tasks=None if available else False,
                deadlines=deadlines,
                parent_tasks=parent_tasks,
            )
        ),
        schedule=draw(schedule_rules(period, ids, duties=duties)),
        reviews=reviews,
        signatories=signed_by,
        amendments=changes,
        level=draw(st.none() | st.sampled_from(Level)),
        instructions=draw(instructions(ids[: len(signing)], letters=False)),
        text_available=available,
        **draw(_document_relations(tuple(ids), tuple(ref_ids))),
        **draw(_printed_texts(kind)),
        proposers=draw(people(ids, max_size=1)),
        extent=draw(_extents(groups, provisions, available)),
        areas=draw(areas()),
    )


@st.composite
def _printed_texts(draw: st.DrawFn, kind: DocumentKind) -> dict[str, Any]:
    """A program's texts as printed, drawn apart from its structure.

    Its place and province, preamble, purposes, requirements, implementation,
    recipients (*Nơi nhận*), addressees (*Kính gửi*), the file's note, and the type line
    of a document of a type no kind names (``other``) only.
    """
    others = st.sampled_from(["Quy tắc ứng xử", "Điều lệ", "BẢNG CHẤM ĐIỂM"])
    return {
        "type_line": draw(st.none() | others) if kind is DocumentKind.OTHER else None,
        "place": draw(st.none() | st.sampled_from(["Phan Thiết", "Đà Lạt", "Buôn Ma Thuột"])),
        "province": draw(st.none() | st.sampled_from(["Bình Thuận", "Lâm Đồng"])),
        "note": draw(st.none() | texts(max_words=6)),
        "preamble": draw(st.none() | texts(max_words=10)),
        "purposes": tuple(draw(st.lists(texts(), max_size=3))),
        "requirements": tuple(draw(st.lists(texts(), max_size=3))),
        "implementation": tuple(draw(st.lists(texts(), max_size=3))),
        "recipients": tuple(draw(st.lists(texts(max_words=6), max_size=4))),
        "addressees": tuple(draw(st.lists(texts(max_words=6), max_size=2))),
    }


def _availability(
    draw: st.DrawFn, needs_tasks: bool, tasks: bool | None, text_available: bool | None
) -> tuple[bool, bool]:
    """Whether a program's text is available, and whether it has tasks, as its switches say."""
    if text_available is False and needs_tasks:
        raise ValueError("expected no tasks of a program whose text is not available")
    if tasks is False and needs_tasks:
        raise ValueError("expected no joint tasks, deadlines or parent tasks without tasks")
    if needs_tasks:
        return True, True
    # A few programs are known only from the documents that cite them, and a few
    # more have no task at all (a regulation's articles, or nothing): about one
    # in ten each, so that most draws exercise what is done with tasks.
    available = draw(st.integers(0, 15)) > 0 if text_available is None else text_available
    with_tasks = available and (draw(st.integers(0, 15)) > 0 if tasks is None else tasks)
    return available, with_tasks


def _signed(
    draw: st.DrawFn, signing: tuple[Party, ...]
) -> tuple[tuple[Signatory, ...], tuple[Party, ...]]:
    """Who signs for some of the signing parties (and unlisted bodies); parties bound by it."""
    signing_ids = [party.id for party in signing]
    signed_by = tuple(
        draw(signatories(pid))
        for pid in draw(st.lists(st.sampled_from(signing_ids), max_size=len(signing), unique=True))
    ) + draw(_unlisted_signatories())
    return signed_by, draw(_bound_parties(signing, {s.party for s in signed_by}))


def _program_parties(
    draw: st.DrawFn, max_parties: int
) -> tuple[list[str], tuple[Party, ...], tuple[Party, ...], tuple[LegalRef, ...]]:
    """The ids of a program's parties (signing first), its signing and third parties, its acts.

    The parties may be changed by the acts cited (renamed, merged) as of their dates.
    """
    n_signing = draw(st.integers(2, max(2, max_parties)))
    n_third = draw(st.integers(0, 2))
    ids = draw(_unique_ids(n_signing + n_third, n_signing + n_third))
    signing_ids, third_ids = ids[:n_signing], ids[n_signing:]
    signing = tuple(draw(parties(pid, member_ids=ids)) for pid in signing_ids)
    third = tuple(draw(parties(pid, member_ids=ids)) for pid in third_ids)
    refs = draw(_cited_acts())
    ref_ids = [r.id for r in refs]
    if ref_ids:
        signing = tuple(draw(_changed_by_acts(party, tuple(ref_ids))) for party in signing)
        third = tuple(draw(_changed_by_acts(party, tuple(ref_ids))) for party in third)
    return ids, signing, third, refs


def _held_and_amended(
    draw: st.DrawFn,
    period: Period,
    ids: tuple[str, ...],
    amendments: bool | None,
    duties: bool | None,
) -> tuple[tuple[Review, ...], tuple[Amendment, ...]]:
    """The reviews a program held and its amendments, dated within (or just after) its period."""
    # An open period is drawn from as if it ran five years, one without a start
    # as if it started three years before its end; one with neither has no
    # dated review or amendment.
    first = period.start
    if first is None and period.end is not None:
        first = period.end - relativedelta(years=3)
    reviews: tuple[Review, ...] = ()
    changes: tuple[Amendment, ...] = ()
    if first is not None:
        last = period.end if period.end is not None else first + relativedelta(years=5)
        late = dt.date(last.year + 1, 12, 31) if period.end is not None else last
        reviews = draw(_held_reviews(first, last, late))
        if amendments is not False:
            changes = draw(_amendments(period, tuple(ids), first, last, amendments, duties))
    return reviews, changes


@st.composite
def _cited_acts(draw: st.DrawFn) -> tuple[LegalRef, ...]:
    """Up to three cited acts, some linked: replaced or amended, issued together, respelt."""
    refs = tuple(attrs.evolve(draw(legal_refs()), id=rid) for rid in draw(_unique_ids(0, 3)))
    if len(refs) >= 2 and draw(st.booleans()):
        # The newest act replaces or amends an older one.
        older = (refs[0].id,)
        newest = (
            attrs.evolve(refs[-1], replaces=older)
            if draw(st.booleans())
            else attrs.evolve(refs[-1], amends=older)
        )
        refs = (*refs[:-1], newest)
    if len(refs) >= 2 and draw(st.booleans()):
        # A regulation issued with the decision that promulgates it (ban hành kèm theo).
        refs = (attrs.evolve(refs[0], issued_with=refs[1].id), *refs[1:])
    if len(refs) >= 2 and draw(st.booleans()):
        # The same act cited under another spelling.
        refs = (*refs[:-1], attrs.evolve(refs[-1], same_as=refs[0].id))
    return refs


@st.composite
def _task_groups(
    draw: st.DrawFn,
    party_ids: tuple[str, ...],
    ref_ids: tuple[str, ...],
    max_groups: int,
    max_tasks: int,
    features: _TaskFeatures,
) -> tuple[TaskGroup, ...]:
    """1 to ``max_groups`` top-level groups; the first has a task of its own."""
    n_groups = draw(st.integers(1, max(1, max_groups)))
    # One distinct id for every task and group a tree of this size can hold
    # (a group, its tasks, and two sub-groups with theirs).
    prefix = draw(st.sampled_from(["", "II.", "t-", "nv"]))
    node_ids = [f"{prefix}{n}" for n in range(n_groups * 3 * (max(1, max_tasks) + 1), 0, -1)]
    return tuple(
        draw(
            _task_group(
                node_ids,
                party_ids,
                ref_ids,
                1,
                frozenset(),
                frozenset(),
                max_tasks,
                features,
                min_tasks=1 if index == 0 else 0,
            )
        )
        for index in range(n_groups)
    )


@st.composite
def _joint_group(draw: st.DrawFn, party_ids: tuple[str, ...]) -> TaskGroup:
    """A joint group, which names no lead (*các bên cùng phối hợp*)."""
    joint_tasks = tuple(
        Task(
            id=f"joint-{n}",
            text=draw(texts(max_words=8)),
            supports=draw(_subset(party_ids, 2)),
            note=draw(st.none() | texts(max_words=4)),
        )
        for n in range(draw(st.integers(1, 2)))
    )
    return TaskGroup(id="joint", title=draw(texts(max_words=6)), tasks=joint_tasks, joint=True)


@st.composite
def _held_reviews(
    draw: st.DrawFn, first: dt.date, last: dt.date, late: dt.date
) -> tuple[Review, ...]:
    """Up to two reviews held (the 0.1 record on the program), some dated in part or not."""
    reviews = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(st.dates(first, last))
        end = draw(st.dates(start, last))
        held_on = draw(st.dates(first, late))
        reviews.append(
            Review(
                kind=draw(st.sampled_from([EventKind.INTERIM_REVIEW, EventKind.FINAL_REVIEW])),
                held_on=draw(
                    st.sampled_from([held_on, PartialDate(held_on.year, held_on.month), None])
                ),
                start=start,
                end=end,
                number=draw(st.none() | st.just("12-BC/BDVTU")),
                title=draw(st.none() | texts(max_words=6)),
                commendations=tuple(draw(st.lists(texts(max_words=5), max_size=2))),
            )
        )
    return tuple(reviews)


@st.composite
def _amendments(
    draw: st.DrawFn,
    period: Period,
    party_ids: tuple[str, ...],
    first: dt.date,
    last: dt.date,
    amendments: bool | None,
    duties: bool | None,
) -> tuple[Amendment, ...]:
    """At most one dated amendment (at least one with ``amendments``), maybe one undated."""
    days = sorted(
        draw(st.lists(st.dates(first, last), min_size=1 if amendments else 0, max_size=1))
    )
    changes: list[Amendment] = []
    for day in days:
        new_end = (
            # Amendments extend the period; rules drawn for the signed period stay valid.
            draw(st.none() | st.dates(period.end, period.end + relativedelta(years=2)))
            if period.end is not None and period.precision is Precision.DAY
            else None
        )
        stated: list[dt.date | PartialDate] = [day, day, day, PartialDate(day.year, day.month)]
        changes.append(
            Amendment(
                # Mostly dated to the day; some to the month, some not at all.
                date=draw(st.sampled_from(stated)),
                reason=draw(st.none() | texts(max_words=8)),
                number=draw(st.none() | st.just("02-CTrPH/BDVTU-BDT")),
                changes=tuple(draw(st.lists(texts(max_words=8), max_size=2))),
                period=None if new_end is None else attrs.evolve(period, end=new_end),
                schedule=(
                    draw(schedule_rules(period, party_ids, duties=duties))
                    if draw(st.booleans())
                    else None
                ),
            )
        )
    undated: bool = bool(changes) and draw(st.booleans())
    if undated:
        changes.append(Amendment(reason=draw(texts(max_words=8))))  # undated, words only
    return tuple(changes)


@functools.cache
def areas(*, max_size: int = 2) -> st.SearchStrategy[tuple[Area, ...]]:
    """Areas a document covers: a border zone of two provinces, a district, a gate, a zone.

    .. versionadded:: 0.3.0
    """
    area = st.builds(
        Area,
        name=st.sampled_from(
            [
                "khu vực biên giới",
                "huyện Bắc Bình",
                "Cửa khẩu Quốc tế Lao Bảo",
                "Khu công nghiệp Hòa Phú",
                "vùng Tây Nguyên",
            ]
        ),
        kind=st.sampled_from(AreaKind),
        provinces=st.lists(
            st.sampled_from(["Quảng Trị", "Savannakhet", "Đắk Lắk", "Gia Lai"]),
            max_size=2,
            unique=True,
        ).map(tuple),
        note=st.none() | texts(max_words=5),
    )
    return st.lists(area, max_size=max_size).map(tuple)


@functools.cache
def _known_tasks(party_ids: tuple[str, ...]) -> st.SearchStrategy[tuple[TaskGroup, ...]]:
    """The tasks the documents that cite a text name: perhaps none, some without a lead.

    A known task has the leads the citing documents name, none (its lead is
    not known), or is shared by the parties (``joint``, "các bên cùng phối hợp").
    """

    def group(leads: list[tuple[str, ...] | None], words: list[str]) -> tuple[TaskGroup, ...]:
        if not leads:
            return ()
        known = tuple(
            Task(id=f"known-{n}", text=text, leads=lead or (), joint=lead is None)
            for n, (lead, text) in enumerate(zip(leads, words, strict=False))
        )
        return (TaskGroup(id="known", title="Nhiệm vụ đã biết", tasks=known),)

    lead = st.just(()) | st.none() | _subset(party_ids, 1, min_size=1)
    return st.builds(
        group,
        st.lists(lead, max_size=3),
        st.lists(texts(max_words=6), min_size=3, max_size=3),
    )


@st.composite
def _extents(
    draw: st.DrawFn,
    groups: tuple[TaskGroup, ...],
    chapters: tuple[Chapter, ...],
    available: bool,
) -> Extent | None:
    """None, or counts a source gives of the document: at least what the file holds."""
    if draw(st.integers(0, 3)) > 0:
        return None
    held_tasks = sum(1 for _ in raw_tasks(groups))
    held_articles = sum(len(chapter.articles) for chapter in chapters)
    more = 0 if available else 5
    return Extent(
        chapters=draw(st.none() | st.integers(max(1, len(chapters)), len(chapters) + more + 1)),
        articles=draw(st.none() | st.integers(max(1, held_articles), held_articles + more + 3)),
        tasks=draw(st.none() | st.integers(max(1, held_tasks), held_tasks + more + 3)),
    )


@functools.cache
def _document_relations(
    party_ids: tuple[str, ...], ref_ids: tuple[str, ...]
) -> st.SearchStrategy[dict[str, Any]]:
    """A promulgating decision, acts carried out, revisions and items to complete, or none.

    One draw in three leaves them all out, so that programs stay cheap to draw.
    """
    refs = _subset(ref_ids, 2)
    some = st.fixed_dictionaries(
        {},
        optional={
            "promulgation": promulgations(party_ids, ref_ids),
            "implements": refs,
            "objectives": _subset(ref_ids, 1),
            "revision": st.booleans(),
            "replaced_by": st.sampled_from(ref_ids) if ref_ids else st.none(),
            "to_complete": st.lists(draft_items(), min_size=1, max_size=2).map(tuple),
        },
    )
    return st.just({}) | st.just({}) | some


@st.composite
def signatories(draw: st.DrawFn, party_id: str = "bdv") -> Signatory:
    """Draw a signatory of ``party_id``: a title, a name or an authority line, or several.

    .. versionadded:: 0.3.0
    """
    title = draw(
        st.none() | st.sampled_from(["TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "GIÁM ĐỐC", "CHỦ TỊCH"])
    )
    name = draw(st.none() | texts(max_words=3))
    authority = draw(
        st.none()
        | st.sampled_from(
            ["KT. TRƯỞNG BAN", "TM. ỦY BAN", "TUQ.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"]
        )
    )
    if title is None and name is None and authority is None:
        title = "TRƯỞNG BAN"
    return Signatory(
        party=party_id,
        name=name,
        title=title,
        authority=authority,
        signed_on=draw(st.none() | dates()),
        rank=draw(st.none() | st.just("Đại tá")),
        posts=tuple(draw(st.lists(st.just("Tỉnh ủy viên"), max_size=1))),
    )


@functools.cache
def draft_items() -> st.SearchStrategy[DraftItem]:
    """Items a draft lists to complete: a field path, what to do, the text it was read from.

    .. versionadded:: 0.3.0
    """
    return st.builds(
        DraftItem,
        path=st.sampled_from(["parties[0]", "title", "legal_refs[0].issuer", "period"]),
        reason=texts(max_words=8),
        text=st.none() | texts(max_words=6),
    )


@st.composite
def promulgations(
    draw: st.DrawFn, party_ids: Sequence[str] = ("bdv",), ref_ids: Sequence[str] = ()
) -> Promulgation:
    """Draw the decision that promulgates a document, issued by one of ``party_ids``.

    Its basis names some of ``ref_ids``; its articles and signatories name
    ``party_ids`` only.

    .. versionadded:: 0.3.0
    """
    issuer = draw(st.none() | st.sampled_from(list(party_ids))) if party_ids else None
    # A decision's articles: Điều 1 promulgates, Điều 2 its effect, Điều 3 who carries it out.
    articles = tuple(
        Article(number=str(number), text=draw(texts(max_words=8)))
        for number in range(1, draw(st.integers(0, 3)) + 1)
    )
    return Promulgation(
        kind=draw(st.sampled_from([LegalKind.DECISION, LegalKind.RESOLUTION, LegalKind.CIRCULAR])),
        number=draw(st.none() | st.just("06/2019/QĐ-UBND")),
        date=draw(st.none() | stated_dates()),
        place=draw(st.none() | st.sampled_from(["Vĩnh Long", "Hà Nội"])),
        issuer=issuer,
        title=draw(st.none() | texts(max_words=8)),
        basis=draw(_subset(tuple(ref_ids), 2)),
        articles=articles,
        signatories=tuple(
            draw(signatories(issuer)) for _ in range(draw(st.integers(0, 1))) if issuer
        ),
        recipients=tuple(draw(st.lists(texts(max_words=5), max_size=3))),
        instruments=tuple(draw(st.lists(texts(max_words=6), max_size=2))),
        effective=draw(st.none() | st.just("kể từ ngày ký")),
        note=draw(st.none() | texts(max_words=5)),
    )


def _years(period: Period) -> tuple[int, int]:
    """The years a program's dates (a task's deadline) are drawn in."""
    first = period.start or period.end
    if first is None:
        return (2020, 2025)
    last = period.end or first + relativedelta(years=5)
    return (first.year, max(first.year, last.year))


@st.composite
def windows(draw: st.DrawFn, start: dt.date, end: dt.date) -> Window:
    """Windows from one day to another, both inside ``start`` to ``end``.

    .. versionadded:: 0.2.0
    """
    first = draw(st.dates(start, end))
    last = draw(st.dates(first, end))
    return Window(first, last)


@st.composite
def records(
    draw: st.DrawFn,
    program: Program,
    *,
    max_meetings: int = 4,
    max_progress: int = 8,
    meetings: bool | None = None,
    progress: bool | None = None,
    outcomes: bool | None = None,
) -> Records:
    """Draw valid records of ``program``: meetings, progress entries and review outcomes.

    Every id they name is the program's, every date falls within its period
    (or the year after it), and no body reports two statuses of one task as
    of one date, so that :func:`coordprog.validate_records` finds nothing.
    ``meetings``, ``progress`` and ``outcomes`` are switches: ``True`` draws
    at least one (progress needs a program with tasks: draw it with
    ``programs(tasks=True)``), ``False`` none, ``None`` (the default) any
    number.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``meetings``, ``progress``, ``outcomes``.
    """
    period = program.effective_period
    # A period without a start is drawn from as if it started three years
    # before its end; one without either, as if it ran 2020-2022.
    start = period.start
    if start is None:
        start = dt.date(2020, 1, 1) if period.end is None else period.end - relativedelta(years=3)
    end = period.end if period.end is not None else start + relativedelta(years=3)
    last = min(end + relativedelta(months=AFTERLIFE_MONTHS), dt.date(2200, 12, 31))
    parties = [p.id for p in (*program.parties, *program.third_parties)]
    tasks = list(reportable_tasks(program))
    if progress and not tasks:
        raise ValueError("expected a program with tasks to draw progress: programs(tasks=True)")

    def count(switch: bool | None, most: int) -> int:
        if switch is False:
            return 0
        return draw(st.integers(1 if switch else 0, max(1, most) if switch else most))

    rules = sorted(rule_ids(program, duties=False))
    span = (start, end, last)
    held = [
        draw(_meeting(f"m{index}", span, tuple(parties), tuple(rules)))
        for index in range(count(meetings, max_meetings))
    ]
    reported = _progress(draw, count(progress, max_progress) if tasks else 0, tasks, parties, span)
    reviewed = _outcomes(draw, [meeting.id for meeting in held], parties, span, outcomes)
    submitted = _submitted(draw, program, parties, span)
    return Records(
        program=program.id,
        meetings=tuple(held),
        reports=submitted,
        progress=tuple(reported),
        outcomes=reviewed,
        instructions=draw(
            instructions(
                [party.id for party in program.parties],
                max_size=1,
                first=start,
                last=last,
                letters=True,
            )
        ),
        to_complete=tuple(draw(st.lists(draft_items(), max_size=1))),
    )


def _progress(
    draw: st.DrawFn,
    n: int,
    tasks: list[str],
    parties: list[str],
    span: tuple[dt.date, dt.date, dt.date],
) -> list[Progress]:
    """Up to ``n`` progress entries, no body reporting two of one task as of one date."""
    start, end, last = span
    reported = []
    seen: set[tuple[str, str, dt.date | PartialDate, Window | None]] = set()
    for _ in range(n):
        task = draw(st.sampled_from(tasks))
        by = draw(st.sampled_from(parties))
        day = draw(st.dates(start, last))
        # Mostly dated to the day; some to the month or the year only.
        stated: list[dt.date | PartialDate] = [
            day,
            day,
            PartialDate(day.year, day.month),
            PartialDate(day.year),
        ]
        as_of = draw(st.sampled_from(stated))
        window = draw(st.none() | windows(start, end))
        if (task, by, as_of, window) in seen:
            continue
        seen.add((task, by, as_of, window))
        status = draw(st.sampled_from(list(ProgressStatus)))
        reported.append(
            Progress(
                task=task,
                by=by,
                as_of=as_of,
                status=status,
                window=window,
                deadline=draw(st.none() | st.dates(start, last)),
                done=draw(st.none() | texts()),
                reason=draw(texts()) if status is ProgressStatus.NOT_FEASIBLE else None,
                figures=draw(figures(max_size=2)),
            )
        )
    return reported


def _outcomes(
    draw: st.DrawFn,
    meeting_ids: list[str],
    parties: list[str],
    span: tuple[dt.date, dt.date, dt.date],
    outcomes: bool | None,
) -> tuple[ReviewOutcome, ...]:
    """Review outcomes, each of a window (or none), some held at a meeting drawn before."""
    start, end, last = span
    return tuple(
        ReviewOutcome(
            window=window,
            meeting=draw(st.none() | st.sampled_from(meeting_ids)) if meeting_ids else None,
            number=draw(st.none() | st.just("15-BC/BDVTU")),
            date=draw(st.none() | _stated_within(start, last)),
            results=tuple(draw(st.lists(texts(), max_size=2))),
            proposals=draw(_proposals(tuple(parties))),
            figures=draw(figures(max_size=2)),
            commendations=draw(commendations()),
            place=draw(st.none() | st.just("Phan Thiết")),
            # A report issued by parties, or by a body the program does not bind.
            by=tuple(draw(st.lists(st.sampled_from(parties), max_size=2, unique=True)))
            if parties
            else (),
            bodies=draw(st.sampled_from(((), ("Công đoàn Trường THPT Tân Lâm",)))),
            # The report's own Kính gửi and Nơi nhận, when the records were drafted from it.
            addressees=tuple(draw(st.lists(texts(max_words=6), max_size=2))),
            recipients=tuple(draw(st.lists(texts(max_words=5), max_size=2))),
        )
        for window in draw(
            st.lists(
                # Some outcomes do not say which window they reviewed.
                st.none() | windows(start, end),
                min_size=1 if outcomes else 0,
                max_size=0 if outcomes is False else 2,
            )
        )
    )


def _submitted(
    draw: st.DrawFn, program: Program, parties: list[str], span: tuple[dt.date, dt.date, dt.date]
) -> tuple[ReportSubmitted, ...]:
    """Reports sent under the program's reporting duties, some with what their records omit."""
    start, end, last = span
    duties = sorted({d.id for version in program.in_force for d in version.schedule.duties})
    return tuple(
        ReportSubmitted(
            duty=duty,
            # Some reports are known sent on a day the records do not give.
            date=draw(st.none() | _stated_within(start, last)),
            # Some records do not say who sent a report.
            by=tuple(draw(st.lists(st.sampled_from(parties), max_size=1))),
            to=tuple(draw(st.lists(st.sampled_from(parties), max_size=1))),
            number=draw(st.none() | st.just("20-BC/BDVTU")),
            title=draw(st.none() | texts(max_words=5)),
            window=draw(st.none() | windows(start, end)),
        )
        for duty in (draw(st.lists(st.sampled_from(duties), max_size=2)) if duties else ())
    )


@st.composite
def _meeting(
    draw: st.DrawFn,
    meeting_id: str,
    span: tuple[dt.date, dt.date, dt.date],
    parties: tuple[str, ...],
    rules: tuple[str, ...],
) -> Meeting:
    """A meeting between the period's start and ``last``, reviewing a window that ended."""
    start, end, last = span
    day = draw(st.dates(start, last))
    window = None
    if day > start and draw(st.booleans()):
        window = draw(windows(start, min(day, end)))
    return Meeting(
        id=meeting_id,
        kind=draw(st.sampled_from(list(MeetingKind))),
        date=day,
        window=window,
        rule=draw(st.none() | st.sampled_from(rules)) if rules else None,
        chairs=tuple(
            Person(post=draw(texts(max_words=3)), party=party)
            for party in draw(st.lists(st.sampled_from(parties), max_size=2))
        ),
        organisers=draw(people(parties, max_size=1)),
        presenters=draw(people(parties, max_size=1)),
        witnesses=draw(people(parties, max_size=1)),
        attendees=tuple(
            Attendance(party=party, count=draw(st.none() | st.integers(1, 50)))
            for party in draw(st.lists(st.sampled_from(parties), max_size=3, unique=True))
        ),
        title=draw(st.none() | texts(max_words=6)),
        place=draw(st.none() | st.sampled_from(["Phan Thiết", "Hà Nội", "trực tuyến"])),
        adopted=draw(_adopted(start.year, end.year)),
        note=draw(st.none() | texts(max_words=5)),
    )


def _stated_within(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date | PartialDate]:
    """A day from ``first`` to ``last``, stated to the day, or only its month or year."""
    return st.dates(first, last).flatmap(
        lambda day: st.sampled_from([day, PartialDate(day.year, day.month), PartialDate(day.year)])
    )


@functools.cache
def _adopted(first: int, last: int) -> st.SearchStrategy[tuple[AdoptedDocument, ...]]:
    """Documents a meeting adopted: a plan for a year of the period, a report, a resolution."""
    document = st.builds(
        AdoptedDocument,
        kind=st.sampled_from(AdoptedKind),
        number=st.none() | st.just("12-KH/BDVTU"),
        title=texts(max_words=5),
        date=st.none() | partial_dates(first, last),
        year=st.none() | st.integers(first, last),
    )
    return st.lists(document, max_size=1).map(tuple)


@functools.cache
def _proposals(party_ids: tuple[str, ...]) -> st.SearchStrategy[tuple[Proposal, ...]]:
    """Proposals to parties of the program, to other bodies by name, or to both."""
    proposal = st.builds(
        Proposal,
        text=texts(max_words=8),
        parties=st.lists(st.sampled_from(party_ids), min_size=1, max_size=2, unique=True).map(
            tuple
        ),
        bodies=st.lists(st.sampled_from(["Bộ Tài chính", "Ủy ban Dân tộc"]), max_size=1).map(tuple),
    )
    return st.lists(proposal, max_size=1).map(tuple)


_UNITS = st.none() | st.sampled_from(["người", "buổi", "tỉnh", "%", "triệu đồng"])


@functools.cache
def figures(*, max_size: int = 2) -> st.SearchStrategy[tuple[Figure, ...]]:
    """Figures as reports state them: counts, wholes ("50/50 tỉnh"), qualifiers ("hơn"), units.

    None measures a task's target: draw those with the task they belong to.

    .. versionadded:: 0.3.0
    """

    def build(
        indicator: str,
        value: int | float,
        unit: str | None,
        whole: bool,
        qualifier: Any,
        note: str | None,
    ) -> Figure:
        return Figure(
            indicator,
            value,
            unit,
            of=max(value, 1) if whole else None,
            qualifier=qualifier,
            note=note,
        )

    figure = st.builds(
        build,
        texts(max_words=2),
        st.integers(0, 10_000) | st.floats(0, 100, allow_nan=False, allow_infinity=False),
        _UNITS,
        st.booleans(),
        st.none() | st.sampled_from(Qualifier),
        st.none() | texts(max_words=4),
    )
    return st.lists(figure, max_size=max_size).map(tuple)


@functools.cache
def commendations(*, max_size: int = 2) -> st.SearchStrategy[tuple[Commendation, ...]]:
    """Commendations of named recipients or of a number of them ("56 tập thể"), and who gave them.

    .. versionadded:: 0.3.0
    """
    commendation = st.builds(
        Commendation,
        recipient=st.none() | texts(max_words=4),
        collective=st.booleans(),
        level=st.none() | st.sampled_from(["Bằng khen", "Giấy khen"]),
        count=st.integers(1, 500),
        granted_by=st.none() | st.sampled_from(["Chủ tịch UBND tỉnh", "Ban Dân vận Tỉnh ủy"]),
        act=st.none() | st.sampled_from(["125/QĐ-UBND", "45-QĐ/BDVTU"]),
        date=st.none() | stated_dates(),
    )
    return st.lists(commendation, max_size=max_size).map(tuple)


def _register() -> None:
    """Make :func:`hypothesis.strategies.from_type` build valid model values."""
    st.register_type_strategy(Program, programs())
    st.register_type_strategy(Period, periods())
    st.register_type_strategy(Party, parties())
    st.register_type_strategy(LegalRef, legal_refs())
    st.register_type_strategy(Task, tasks())
    st.register_type_strategy(ScheduleRules, schedule_rules())
    st.register_type_strategy(Offset, offsets())
    st.register_type_strategy(DraftItem, draft_items())
    st.register_type_strategy(Promulgation, promulgations())
    st.register_type_strategy(Signatory, signatories())


_register()
