"""The shipped strategies draw every feature, with a switch per feature and no filtering."""

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import coordprog
from coordprog import DocumentKind, PartialDate, Program, Records, TaskGroup
from coordprog.testing.strategies import programs, records

#: Each feature a switch of programs() controls, as seen on a drawn program.
FEATURES: dict[str, Callable[[Program], bool]] = {
    "tasks": lambda p: bool(p.tasks),
    "open_ended": lambda p: p.period.until_replaced,
    "term": lambda p: p.period.term is not None,
    "joint": lambda p: any(group.joint for group in p.task_groups),
    "duties": lambda p: bool(p.schedule.duties),
    "amendments": lambda p: bool(p.amendments),
    "deadlines": lambda p: any(task.deadline is not None for task in p.tasks),
    "parent_tasks": lambda p: any(task.parent_task is not None for task in p.tasks),
    "text_available": lambda p: p.text_available,
}


def _groups(program: Program) -> list[TaskGroup]:
    found: list[TaskGroup] = []
    todo = list(program.task_groups)
    while todo:
        group = todo.pop()
        found.append(group)
        todo.extend(group.groups)
    return found


def _bodies(program: Program) -> tuple[coordprog.Party, ...]:
    return (*program.parties, *program.third_parties)


#: Each optional field no switch controls, as seen on a drawn program: drawn sometimes.
DRAWN: dict[str, Callable[[Program], bool]] = {
    "issued_with": lambda p: any(ref.issued_with for ref in p.legal_refs),
    "same_as": lambda p: any(ref.same_as for ref in p.legal_refs),
    "former_name_act": lambda p: any(f.act for b in _bodies(p) for f in b.former_names),
    "former_province_act": lambda p: any(f.act for b in _bodies(p) for f in b.former_provinces),
    "area_note": lambda p: any(area.note for area in p.areas),
    "event_dated": lambda p: any(isinstance(e.date, dt.date) for e in p.schedule.events),
    "event_partial": lambda p: any(isinstance(e.date, PartialDate) for e in p.schedule.events),
    "event_undated": lambda p: any(e.date is None for e in p.schedule.events),
    "group_untitled": lambda p: any(group.title is None for group in _groups(p)),
}


def _outcome_parts(found: Records) -> list[Any]:
    return [c for o in found.outcomes for c in o.commendations]


def _figures(found: Records) -> list[coordprog.Figure]:
    return [f for o in found.outcomes for f in o.figures] + [
        f for entry in found.progress for f in entry.figures
    ]


#: Each part of drawn records, as seen on them: drawn in some, missing in others.
RECORDS_DRAWN: dict[str, Callable[[Records], bool]] = {
    "meetings": lambda r: bool(r.meetings),
    "progress": lambda r: bool(r.progress),
    "outcomes": lambda r: bool(r.outcomes),
    "reports": lambda r: bool(r.reports),
    "report_undated": lambda r: any(report.date is None for report in r.reports),
    "report_dated": lambda r: any(report.date is not None for report in r.reports),
    "meeting_title": lambda r: any(m.title for m in r.meetings),
    "meeting_place": lambda r: any(m.place for m in r.meetings),
    "meeting_adopted": lambda r: any(m.adopted for m in r.meetings),
    "meeting_note": lambda r: any(m.note for m in r.meetings),
    "outcome_meeting": lambda r: any(o.meeting for o in r.outcomes),
    "outcome_number": lambda r: any(o.number for o in r.outcomes),
    "outcome_date": lambda r: any(o.date for o in r.outcomes),
    "outcome_window": lambda r: any(o.window is not None for o in r.outcomes),
    "outcome_no_window": lambda r: any(o.window is None for o in r.outcomes),
    "proposals": lambda r: any(o.proposals for o in r.outcomes),
    "commendation_act": lambda r: any(c.act for c in _outcome_parts(r)),
    "commendation_date": lambda r: any(c.date for c in _outcome_parts(r)),
    "figure_note": lambda r: any(f.note for f in _figures(r)),
    "progress_dated": lambda r: any(isinstance(p.as_of, dt.date) for p in r.progress),
    "progress_partial": lambda r: any(isinstance(p.as_of, PartialDate) for p in r.progress),
}

#: Draws enough to see every feature, seeded so that the count is the same on every run.
COUNTING = settings(
    max_examples=500,  # about a minute on a busy machine; the one slow test of the module
    derandomize=True,
    database=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
    deadline=None,
)


def test_every_feature_is_drawn() -> None:
    """Over 500 default draws, each feature is there in some programs and missing in others."""
    seen: Counter[tuple[str, bool]] = Counter()
    kinds: Counter[DocumentKind] = Counter()

    @COUNTING
    @given(programs())
    def draw(program: Program) -> None:
        kinds[program.kind] += 1
        for feature, has in {**FEATURES, **DRAWN}.items():
            seen[feature, has(program)] += 1

    draw()
    never = [
        f"{feature}={value}"
        for feature in {**FEATURES, **DRAWN}
        for value in (True, False)
        if not seen[feature, value]
    ]
    assert [] == never, dict(seen)
    assert set(DocumentKind) == set(kinds)
    # Programs without any task are a few, not a quarter of the draws.
    assert seen["tasks", False] < 500 // 4


def test_every_records_feature_is_drawn() -> None:
    """Over 500 default draws of records, each part is there in some and missing in others."""
    seen: Counter[tuple[str, bool]] = Counter()

    @COUNTING
    @given(programs(tasks=True, max_groups=1).flatmap(lambda p: st.tuples(st.just(p), records(p))))
    def draw(drawn: tuple[Program, Records]) -> None:
        _, found = drawn
        for part, has in RECORDS_DRAWN.items():
            seen[part, has(found)] += 1

    draw()
    never = [
        f"{part}={value}"
        for part in RECORDS_DRAWN
        for value in (True, False)
        if not seen[part, value]
    ]
    assert [] == never, dict(seen)


#: A switch holds by construction: a few draws check it, and that what it draws is valid.
SWITCHED = settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("feature", sorted(FEATURES))
@pytest.mark.parametrize("value", [True, False])
def test_switches(feature: str, value: bool) -> None:
    """A switch set to True draws only programs with the feature, False only without; all valid."""
    switches: dict[str, Any] = {feature: value}

    @SWITCHED
    @given(programs(**switches))
    def draw(program: Program) -> None:
        assert value == FEATURES[feature](program)
        assert () == coordprog.validate(program)

    draw()


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_kind(kind: DocumentKind) -> None:
    """programs(kind=...) draws documents of that kind only."""

    @SWITCHED
    @given(programs(kind=kind))
    def draw(program: Program) -> None:
        assert kind == program.kind

    draw()


@pytest.mark.parametrize("part", ["meetings", "progress", "outcomes"])
@pytest.mark.parametrize("value", [True, False])
def test_records_switches(part: str, value: bool) -> None:
    """records(program, meetings=..., progress=..., outcomes=...) draws each part or none."""

    @SWITCHED
    @given(
        programs(tasks=True).flatmap(lambda p: st.tuples(st.just(p), records(p, **{part: value})))
    )
    def draw(drawn: tuple[Program, coordprog.Records]) -> None:
        program, found = drawn
        assert value == bool(getattr(found, part))
        assert () == coordprog.validate_records(program, found)

    draw()


def test_conflicting_switches_are_refused() -> None:
    """Switches that no program can satisfy together are an error, not an endless search."""

    @SWITCHED
    @given(programs(text_available=False, tasks=True))
    def draw(program: Program) -> None:
        raise AssertionError("never drawn")

    with pytest.raises(ValueError, match="no tasks of a program whose text is not available"):
        draw()
