"""Type checkers know every public name, and nothing else, with its real type."""

import re
import sys
from pathlib import Path

import pytest
from mypy import api as mypy_api

from .conftest import ROOT

#: A user's module, checked with ``mypy --strict``: each line marked ``# E``
#: must be reported, each ``reveal_type`` must show the type after ``# T``.
USER_CODE = """\
import coordprog
from coordprog import Nonexistent  # E
from coordprog.shapes import Table

program = coordprog.lod("program.toml")  # E
program = coordprog.load("program.toml")
reveal_type(program)  # T coordprog.model._program.Program
reveal_type(coordprog.schedule)  # T def (program: coordprog.model._program.Program
reveal_type(coordprog.reports)  # T def (*, plugin_manager:
reveal_type(coordprog.examples.load("binh-thuan"))  # T coordprog.model._program.Program
reveal_type(coordprog.testing.plugin_manager)  # T def (*plugins: Any
reveal_type(Table)  # T def (title: str
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The lines mypy --strict prints for ``USER_CODE``."""
    folder = tmp_path_factory.mktemp("typing")
    source = folder / "user_code.py"
    source.write_text(USER_CODE, encoding="utf-8")
    stdout, stderr, _ = mypy_api.run(
        [
            "--strict",
            "--no-error-summary",
            "--python-executable",
            sys.executable,
            "--cache-dir",
            str(folder / "cache"),
            str(source),
        ]
    )
    assert "" == stderr
    return [line for line in stdout.splitlines() if line.startswith(str(source))]


def _line(report: str) -> int:
    return int(report.split(":")[1])


class TestFacade:
    def test_misspelt_names_are_errors(self, checked: list[str]) -> None:
        """Importing or using a name coordprog does not export is a type error."""
        expected = [n for n, line in enumerate(USER_CODE.splitlines(), 1) if line.endswith("# E")]
        errors = [report for report in checked if ": error:" in report]
        assert expected == [_line(report) for report in errors]
        assert 'Module "coordprog" has no attribute "Nonexistent"' in errors[0]
        assert 'Module has no attribute "lod"' in errors[1]

    def test_public_names_have_their_types(self, checked: list[str]) -> None:
        """Functions, classes and public modules reach type checkers with their real types."""
        notes = {
            _line(report): report.split('Revealed type is "', 1)[1]
            for report in checked
            if "Revealed type is" in report
        }
        for number, line in enumerate(USER_CODE.splitlines(), 1):
            if "# T " in line:
                expected = line.split("# T ", 1)[1]
                assert notes[number].startswith(expected), (number, notes[number])


_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_FILE = re.compile(r"^# file: (\S+)\n")
_PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize(
    "page", [p for p in _PAGES if _BLOCK.search(p.read_text("utf-8"))], ids=lambda p: p.name
)
def test_the_docs_examples_type_check(
    page: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """What a user copies from the docs passes ``mypy --strict`` as written."""
    for index, code in enumerate(_BLOCK.findall(page.read_text(encoding="utf-8"))):
        named = _FILE.match(code)
        (tmp_path / (named.group(1) if named else f"example_{index}.py")).write_text(
            code, encoding="utf-8"
        )
    cache = tmp_path_factory.getbasetemp() / "mypy-cache"
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--python-executable",
            sys.executable,
            "--cache-dir",
            str(cache),
            str(tmp_path),
        ]
    )
    assert (0, "") == (status, stderr), stdout
