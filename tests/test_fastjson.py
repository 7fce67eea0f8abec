"""JSON written through orjson (the ``fast`` extra) is the text the standard library writes."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import coordprog
from coordprog import FieldError, Program, Target, TaskGroup
from coordprog.testing.strategies import programs

pytest.importorskip("orjson")


def stdlib_json(program: Program, indent: int | None) -> str:
    """The canonical JSON text, written by the standard library alone."""
    data = coordprog.to_data(program, "json")
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


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
    value = program.tasks[0].targets[0].value
    assert value is not None
    return value


@given(programs())
def test_same_text_as_the_standard_library(program: Program) -> None:
    """Compact and two-space JSON are the same, byte for byte, either way."""
    assert stdlib_json(program, None) == coordprog.dumps(program)
    assert stdlib_json(program, 2) == coordprog.dumps(program, indent=2)


@pytest.mark.parametrize(
    "value", [1e-05, 1e-07, 5e-324, 0.1, 1e16, 1.2345678901234568e17, -0.0, 2.5, 7]
)
def test_floats_spelt_as_the_standard_library(coordprog_binh_thuan: Program, value: float) -> None:
    """Floats orjson would spell otherwise (0.00001 for 1e-05) keep Python's spelling."""
    program = _with_target(coordprog_binh_thuan, value)
    text = coordprog.dumps(program)
    assert text == stdlib_json(program, None)
    assert f'"value":{value!r}' in text
    assert coordprog.loads(text) == program
    assert value == _target_value(coordprog.loads(text))


def test_integers_beyond_64_bits_written_by_the_standard_library(
    coordprog_binh_thuan: Program,
) -> None:
    """Integers orjson refuses are still written, by the standard library."""
    program = _with_target(coordprog_binh_thuan, 2**70)
    text = coordprog.dumps(program)
    assert stdlib_json(program, None) == text
    assert f'"value":{2**70}' in text
    assert coordprog.loads(text) == program


def test_other_indents_written_by_the_standard_library(coordprog_binh_thuan: Program) -> None:
    """Indents other than two spaces, which orjson cannot write, are the standard library's."""
    assert coordprog.dumps(coordprog_binh_thuan, indent=4) == stdlib_json(coordprog_binh_thuan, 4)


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


def test_without_orjson_the_standard_library_writes(tmp_path: Path) -> None:
    """Without orjson installed, dumps writes the same text."""
    code = (
        "import sys; sys.modules['orjson'] = None; import coordprog, coordprog.examples; "
        "p = coordprog.examples.load('binh-thuan'); "
        "sys.stdout.buffer.write(coordprog.dumps(p).encode())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    from coordprog.examples import load

    assert coordprog.dumps(load("binh-thuan")) == out.stdout.decode()
