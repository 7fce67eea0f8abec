"""Files written for the 0.2 format keep loading, and rendering, exactly as they did.

``tests/frozen/`` holds the example programs and records as they were
before the format grew fields for what documents leave unsaid (partial
texts, people and bodies beyond the parties, figures beyond tasks, areas),
and what coordprog made of them then: their canonical JSON and their
reports in Markdown.  The files are never edited; a change that alters
what they load to or how they render fails here.

When a change of output is intended, regenerate the stored renderings and
read the diff before committing it::

    COORDPROG_UPDATE_FROZEN=1 python -m pytest tests/test_frozen.py
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pluggy
import pytest

import coordprog
from coordprog import Program, Records

from .conftest import ROOT

FROZEN = ROOT / "tests" / "frozen"
EXPECTED = FROZEN / "expected"
PROGRAMS = sorted((FROZEN / "programs").glob("*.toml"))
UPDATE = os.environ.get("COORDPROG_UPDATE_FROZEN") == "1"

#: How far an open period is scheduled.
UNTIL = dt.date(2030, 12, 31)

#: The examples frozen with records: the windows their review is rendered
#: for, and the day their review and status speak for.
WITH_RECORDS = {
    "binh_thuan": (("2022", "2023-H1", "2023", "all"), dt.date(2024, 8, 15)),
    "hddt_ubdt_2022_2026": (("2022", "2023", "2025"), dt.date(2026, 3, 31)),
}


@pytest.fixture(scope="module")
def manager() -> pluggy.PluginManager:
    return coordprog.get_plugin_manager(entry_points=False)


def _compare(name: str, actual: str) -> None:
    stored = EXPECTED / name
    if UPDATE:
        stored.write_text(actual, encoding="utf-8")
    assert stored.is_file(), f"{stored.name} is missing: run with COORDPROG_UPDATE_FROZEN=1"
    assert stored.read_text(encoding="utf-8") == actual, (
        f"the rendering of a frozen file changed: {stored.name}"
    )


def _paths(name: str) -> list[Path]:
    return sorted((FROZEN / "records" / name).glob("*.toml"))


def _records(program: Program, name: str) -> Iterator[Records]:
    for path in _paths(name):
        yield coordprog.load_records(program, path)


def test_the_corpus_is_complete() -> None:
    """Every example written for the 0.2 format is frozen, with the records of two."""
    assert 11 == len(PROGRAMS)
    assert [2, 3] == [len(_paths(name)) for name in WITH_RECORDS]


class TestFrozenPrograms:
    @pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
    def test_loads_to_the_same_program(self, path: Path) -> None:
        """A frozen file loads, validates and writes the same canonical JSON as before."""
        program = coordprog.load(path)
        assert () == coordprog.validate(program)
        _compare(f"{path.stem}.json", coordprog.dumps(program, "json") + "\n")

    @pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
    def test_its_stored_json_loads_to_the_same_program(self, path: Path) -> None:
        """The JSON written then, itself a file of the 0.2 format, reads as the TOML does."""
        stored = (EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8")
        assert coordprog.load(path) == coordprog.loads(stored, "json")

    @pytest.mark.parametrize("report", ["program", "matrix", "schedule"])
    @pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
    def test_renders_the_same(self, path: Path, report: str, manager: pluggy.PluginManager) -> None:
        """Each report of a frozen file renders in Markdown exactly as it did."""
        program = coordprog.load(path)
        options = {"until": UNTIL.isoformat()} if report == "schedule" else None
        actual = coordprog.render(
            program, report, "markdown", options=options, plugin_manager=manager
        )
        _compare(f"{path.stem}.{report}.md", actual)


class TestFrozenRecords:
    @pytest.mark.parametrize("name", WITH_RECORDS)
    def test_load_to_the_same_records(self, name: str) -> None:
        """The frozen records load against their frozen program and write the same JSON."""
        program = coordprog.load(FROZEN / "programs" / f"{name}.toml")
        for found in _records(program, name):
            assert () == coordprog.validate_records(program, found)
        combined = coordprog.load_records(program, *_paths(name))
        _compare(f"{name}.records.json", coordprog.dumps(combined, "json") + "\n")

    @pytest.mark.parametrize(
        ("name", "window"),
        [(name, window) for name, (windows, _) in WITH_RECORDS.items() for window in windows],
    )
    def test_review_renders_the_same(
        self, name: str, window: str, manager: pluggy.PluginManager
    ) -> None:
        """The review report of a frozen program and its records renders as it did."""
        program = coordprog.load(FROZEN / "programs" / f"{name}.toml")
        actual = coordprog.render(
            program,
            "review",
            "markdown",
            records=list(_records(program, name)),
            options={"window": window, "as_of": WITH_RECORDS[name][1].isoformat()},
            plugin_manager=manager,
        )
        _compare(f"{name}.review-{window}.md", actual)

    @pytest.mark.parametrize("name", WITH_RECORDS)
    def test_status_renders_the_same(self, name: str, manager: pluggy.PluginManager) -> None:
        """The status table of a frozen program and its records renders as it did."""
        program = coordprog.load(FROZEN / "programs" / f"{name}.toml")
        actual = coordprog.render(
            program,
            "status",
            "markdown",
            records=list(_records(program, name)),
            options={"as_of": WITH_RECORDS[name][1].isoformat()},
            plugin_manager=manager,
        )
        _compare(f"{name}.status.md", actual)
