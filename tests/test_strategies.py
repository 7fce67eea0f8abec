"""The shipped strategies draw every feature, with a switch per feature and no filtering."""

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import coordprog
from coordprog import DocumentKind, Program
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
        for feature, has in FEATURES.items():
            seen[feature, has(program)] += 1

    draw()
    never = [
        f"{feature}={value}"
        for feature in FEATURES
        for value in (True, False)
        if not seen[feature, value]
    ]
    assert [] == never, dict(seen)
    assert set(DocumentKind) == set(kinds)
    # Programs without any task are a few, not a quarter of the draws.
    assert seen["tasks", False] < 500 // 4


def test_every_records_feature_is_drawn() -> None:
    """Over 100 default draws of records, each part is there in some and missing in others."""
    seen: Counter[tuple[str, bool]] = Counter()

    @settings(COUNTING, max_examples=100)
    @given(programs(tasks=True).flatmap(lambda p: st.tuples(st.just(p), records(p))))
    def draw(drawn: tuple[Program, coordprog.Records]) -> None:
        _, found = drawn
        for part in ("meetings", "progress", "outcomes"):
            seen[part, bool(getattr(found, part))] += 1

    draw()
    assert {
        (part, v) for part in ("meetings", "progress", "outcomes") for v in (True, False)
    } == set(seen)


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
