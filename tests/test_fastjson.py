"""JSON written through orjson is the text the standard library writes."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import coordprog
from coordprog import FieldError, Program, Target, TaskGroup
from coordprog._fastjson import dumps as orjson_dumps
from coordprog._fastjson import orjson_module
from coordprog._io import stdlib_json
from coordprog.testing.strategies import programs

pytest.importorskip("orjson")


def _with_target(program: Program, value: float) -> Program:
    """``program`` with one target of ``value`` on its first task."""

    def first_task_with_target(group: TaskGroup) -> TaskGroup:
        if group.tasks:
            task = attrs.evolve(group.tasks[0], targets=(Target("mục tiêu", value),))
            return attrs.evolve(group, tasks=(task, *group.tasks[1:]))
        return attrs.evolve(
            group, groups=(first_task_with_target(group.groups[0]), *group.groups[1:])
        )

    groups = program.task_groups
    return attrs.evolve(program, task_groups=(first_task_with_target(groups[0]), *groups[1:]))


def _target_value(program: Program) -> float:
    return program.tasks[0].targets[0].value


def test_orjson_is_used() -> None:
    """With orjson installed, dumps goes through it."""
    assert orjson_module() is not None


@given(programs())
def test_same_text_as_the_standard_library(program: Program) -> None:
    """Compact and two-space JSON are the same, byte for byte, either way."""
    assert stdlib_json(program, None) == orjson_dumps(program, None)
    assert stdlib_json(program, 2) == orjson_dumps(program, 2)


@pytest.mark.parametrize(
    "value", [1e-05, 1e-07, 5e-324, 0.1, 1e16, 1.2345678901234568e17, -0.0, 2.5, 7]
)
def test_floats_spelt_as_the_standard_library(binh_thuan_program: Program, value: float) -> None:
    """Floats orjson would spell otherwise (0.00001 for 1e-05) keep Python's spelling."""
    program = _with_target(binh_thuan_program, value)
    text = coordprog.dumps(program)
    assert text == stdlib_json(program, None)
    assert f'"value":{value!r}' in text
    assert coordprog.loads(text) == program
    assert value == _target_value(coordprog.loads(text))


def test_integers_beyond_64_bits_written_by_the_standard_library(
    binh_thuan_program: Program,
) -> None:
    """Integers orjson refuses are still written, by the standard library."""
    program = _with_target(binh_thuan_program, 2**70)
    assert orjson_dumps(program, None) is None
    text = coordprog.dumps(program)
    assert f'"value":{2**70}' in text
    assert coordprog.loads(text) == program


def test_other_indents_written_by_the_standard_library(binh_thuan_program: Program) -> None:
    """Indents other than two spaces, which orjson cannot write, are the standard library's."""
    assert orjson_dumps(binh_thuan_program, 4) is None
    assert coordprog.dumps(binh_thuan_program, indent=4) == stdlib_json(binh_thuan_program, 4)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_target_refuses_non_finite_numbers(value: float) -> None:
    """A number JSON cannot hold is refused when the target is built, not when it is written."""
    with pytest.raises(FieldError) as info:
        Target("mục tiêu", value)
    assert "value" == info.value.field


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_finite_float_round_trips(value: float) -> None:
    """Every finite float is written as Python spells it and read back unchanged."""
    from coordprog.examples import load

    program = _with_target(load("binh-thuan"), value)
    assert coordprog.dumps(program) == stdlib_json(program, None)
    again = coordprog.loads(coordprog.dumps(program))
    assert value == _target_value(again)


def test_without_orjson_the_standard_library_writes(
    binh_thuan_program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without orjson (or with one older than 3.9), dumps and save write the same text."""
    expected = coordprog.dumps(binh_thuan_program)
    monkeypatch.setattr("coordprog._fastjson.orjson_module", lambda: None)
    assert orjson_dumps(binh_thuan_program, None) is None
    assert expected == coordprog.dumps(binh_thuan_program)
