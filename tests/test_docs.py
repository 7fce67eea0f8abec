"""The code in the README and the docs runs as written."""

import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import coordprog
from coordprog.plugins import hookspecs

from .conftest import ROOT

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_FILE = re.compile(r"^# file: (\S+)\n")
_PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _blocks(page: Path) -> list[str]:
    return list(_BLOCK.findall(page.read_text(encoding="utf-8")))


_BLOCKS = [
    pytest.param(page, index, code, id=f"{page.name}-{index}")
    for page in _PAGES
    for index, code in enumerate(_blocks(page))
    if not _FILE.match(code)
]


@pytest.mark.parametrize(("page", "index", "code"), _BLOCKS)
def test_snippet_runs(page: Path, index: int, code: str, tmp_path: Path) -> None:
    """Each Python block runs from the repository root; blocks with tests pass under pytest.

    A block that starts with ``# file: NAME`` is a module the page's other
    blocks import: it is written to NAME beside them.
    """
    for block in _blocks(page):
        named = _FILE.match(block)
        if named:
            (tmp_path / named.group(1)).write_text(block, encoding="utf-8")
    snippet = tmp_path / f"test_{page.stem.lower()}_{index}.py"
    snippet.write_text(code, encoding="utf-8")
    if "def test_" in code:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(snippet)]
    else:
        command = [sys.executable, str(snippet)]
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_there_are_snippets() -> None:
    """The docs hold code to check at all."""
    assert len(_BLOCKS) >= 3


def _documented_fields() -> dict[str, str]:
    text = (ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")
    sections = re.split(r"^#{2,3} ", text, flags=re.MULTILINE)
    return {section.split("\n", 1)[0].strip(): section for section in sections[1:]}


def test_every_field_is_documented() -> None:
    """docs/file-format.md has a section per model class naming each of its fields."""
    sections = _documented_fields()
    classes = [
        coordprog.Program,
        coordprog.Period,
        coordprog.Party,
        coordprog.FormerName,
        coordprog.LegalRef,
        coordprog.TaskGroup,
        coordprog.Task,
        coordprog.RoleAssignment,
        coordprog.ProjectRef,
        coordprog.Target,
        coordprog.AnnualPlan,
        coordprog.Review,
        coordprog.Signatory,
        coordprog.Amendment,
        coordprog.ScheduleRules,
        coordprog.AnnualPlanRule,
        coordprog.ReviewRule,
        coordprog.FinalReviewRule,
        coordprog.OneOffEvent,
        coordprog.ReportingDuty,
        coordprog.AnnualEvent,
        coordprog.Chapter,
        coordprog.Article,
        coordprog.Clause,
        coordprog.Point,
        coordprog.Instruction,
        coordprog.Expectation,
    ]
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in classes
        for field in attrs.fields(cls)
        if f"`{field.name}`" not in sections.get(cls.__name__, "")
    ]
    assert [] == missing


def test_every_hook_documented_and_tested() -> None:
    """Each hook has a section in docs/plugins.md with a working example, and a test."""
    hooks = [name for name in dir(hookspecs) if name.startswith("coordprog_")]
    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    tests = (ROOT / "tests" / "test_plugins.py").read_text(encoding="utf-8")
    assert len(hooks) == 5
    for hook in hooks:
        section = docs.split(f"### {hook}\n", 1)
        assert len(section) == 2, f"{hook} has no section in docs/plugins.md"
        assert f"{hook}(" in section[1].split("### ", 1)[0]
        assert f"def test_{hook}(" in tests, f"{hook} has no test"


def test_every_public_name_in_reference() -> None:
    """The API reference documents every name coordprog exports."""
    reference = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [
        name
        for name in coordprog.__all__
        if not name.startswith("_")
        and f"coordprog.{name}" not in reference
        and name not in ("Format", "examples")
    ]
    assert [] == missing


def test_every_records_field_is_documented() -> None:
    """docs/records.md has a section per records class naming each of its fields."""
    text = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    sections = {
        part.split("\n", 1)[0].strip(): part
        for part in re.split(r"^#{2,3} ", text, flags=re.MULTILINE)[1:]
    }
    classes = [
        coordprog.Records,
        coordprog.Meeting,
        coordprog.Person,
        coordprog.Attendance,
        coordprog.AdoptedDocument,
        coordprog.ReportSubmitted,
        coordprog.Progress,
        coordprog.Figure,
        coordprog.ReviewOutcome,
        coordprog.Proposal,
        coordprog.Commendation,
        coordprog.Window,
    ]
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in classes
        for field in attrs.fields(cls)
        if f"`{field.name}`" not in sections.get(cls.__name__, "")
    ]
    assert [] == missing


def test_records_page_shows_what_coordprog_writes() -> None:
    """The review report and status table quoted in docs/records.md are today's output."""
    from coordprog import examples

    text = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    quoted = re.findall(r"```text\n(.*?)```", text, flags=re.DOTALL)
    program = examples.load("binh-thuan")
    records = examples.records("binh-thuan")
    review = {"window": "2022"}
    outputs = [
        coordprog.render(program, "review", "text", options=review, records=records),
        coordprog.render(program, "review", "markdown", options=review, records=records),
        str(
            coordprog.render(
                program, "status", "markdown", options={"as_of": "2024-08-15"}, records=records
            )
        ),
    ]
    assert quoted[-3] in outputs[0]
    assert quoted[-2] in outputs[1]
    assert quoted[-1] in outputs[2]
