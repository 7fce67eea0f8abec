"""The example programs, as the installed package serves them."""

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import coordprog
from coordprog import CoordprogError, Program, examples
from coordprog.testing import check_schedule

from .conftest import ROOT

REAL = (
    "binh-thuan",
    "lam-dong-bdt-hnd-2021-2025",
    "cp-mttq-joint-resolution-2023",
    "dak-lak-regulation-2017",
    "hoa-binh-tt-hdnd-ubnd-2019",
    "ubdt-hlhpn-2021-2025",
    "bdvtw-bcsdcp-2016-2021",
    "bdvtw-bcsdcp-plan-2018",
    "bdvtw-ubdt-2021-2025",
    "hddt-ubdt-2022-2026",
)

#: Real examples whose records are taken from public reports, each citing them.
REAL_RECORDS = ("hddt-ubdt-2022-2026",)


def test_names() -> None:
    """Every example is listed by name."""
    assert tuple(sorted((*REAL, "lam-dong-illustrative"))) == examples.names()


@pytest.mark.parametrize("name", REAL[1:])
def test_real_examples_cite_their_source(name: str) -> None:
    """Each real example has its source text beside it, naming where it came from."""
    folder = ROOT / "examples" / name.replace("-", "_")
    source = (folder / "source.txt").read_text(encoding="utf-8")
    first = source.split("== ", 2)[1]
    # The first section names its address, or the example whose text cites the document.
    assert "://" in first or "examples/" in source.split("== ", 1)[0]


@pytest.mark.parametrize("name", [*REAL, "lam-dong-illustrative"])
def test_every_example_schedules_and_renders(name: str) -> None:
    """Every example validates, schedules (open ones to a horizon) and renders everywhere."""
    program = examples.load(name)
    until = dt.date(2030, 12, 31)
    events = coordprog.schedule(program, "weekends", until=until)
    check_schedule(program, events, coordprog.WeekendCalendar(), until=until)
    builtins_only = coordprog.get_plugin_manager(entry_points=False)
    for fmt in coordprog.formats(plugin_manager=builtins_only):
        for report, shape in (
            ("program", "document"),
            ("matrix", "table"),
            ("schedule", "calendar"),
        ):
            if shape in fmt.shapes:
                text = coordprog.render(program, report, fmt.name, plugin_manager=builtins_only)
                # Every format but CSV (a header row and data) shows the title.
                expected = "Mã" if (fmt.name, report) == ("csv", "matrix") else program.heading[:20]
                if (fmt.name, report) != ("csv", "schedule"):
                    assert expected in text.replace("\r\n ", ""), (fmt.name, report)


def test_load_is_the_example_file(example_path: Path) -> None:
    """examples.load() gives the program in examples/binh_thuan/program.toml."""
    assert coordprog.load(example_path) == examples.load("binh-thuan")


def test_unknown_name() -> None:
    """An unknown example name is a clear error."""
    with pytest.raises(CoordprogError, match=r"one of bdvtw-bcsdcp-2016-2021.*found 'hà-nội'"):
        examples.load("hà-nội")


def test_fixture(coordprog_binh_thuan: Program) -> None:
    """The pytest plugin's fixture serves the same program."""
    assert examples.load("binh-thuan") == coordprog_binh_thuan


def test_wheel_carries_the_example(tmp_path: Path) -> None:
    """A built wheel holds the example and loads it without the repository."""
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("coordprog-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    code = (
        "import coordprog.examples as e; p = e.load('binh-thuan');"
        "print(e.path('binh-thuan') is not None, len(p.tasks))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(site)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "True 25" == out.stdout.strip()


class TestIllustrative:
    """The second example shows the range of the model."""

    @pytest.fixture
    def program(self) -> Program:
        return examples.load("lam-dong-illustrative")

    def test_labelled_illustrative(self, program: Program) -> None:
        """Its id and title say it is not a real document."""
        assert "illustrative" in program.id
        assert "(minh họa)" in program.heading

    def test_shape(self, program: Program) -> None:
        """Four signing parties with a group party, co-leads, a term, numbered plans."""
        assert 4 == len(program.parties)
        assert [("hlhpn", "tdtn")] == [p.members for p in program.parties if p.group]
        assert program.task("II.2.1").co_led
        assert "nhiệm kỳ 2025 - 2030" == program.period.term
        assert ["05-KH/MTTQ-SDTTG-HND-ĐTCT", "03-KH/MTTQ-SDTTG-HND-ĐTCT"] == [
            plan.number for plan in program.annual_plans
        ]
        assert "Ban Dân tộc tỉnh" == program.party("sdttg").name_on(dt.date(2025, 1, 1))

    def test_schedule(self, program: Program) -> None:
        """Calendar quarters for the meetings; the final review takes the last windows."""
        events = coordprog.schedule(program, "weekends")
        check_schedule(program, events, coordprog.WeekendCalendar())
        meetings = [e for e in events if e.rule == "giao-ban-quy"]
        assert (dt.date(2025, 10, 1), dt.date(2025, 12, 31)) == (meetings[0].start, meetings[0].end)
        assert 19 == len(meetings)
        assert 1 == sum(e.rule == "giua-nhiem-ky" for e in events)
        assert dt.date(2030, 10, 30) == events[-1].due


@pytest.mark.parametrize("name", REAL_RECORDS)
def test_real_records_validate_and_cite_their_sources(name: str) -> None:
    """Each records file of a real example is valid against its program and cites an address."""
    program = examples.load(name)
    paths = examples.records_paths(name)
    assert paths
    for path in paths:
        records = coordprog.load_records(program, path)
        assert not records.illustrative, path.name
        assert records.sources, path.name
        assert all("://" in source for source in records.sources), path.name
    assert examples.records(name).meetings


@pytest.mark.parametrize("name", REAL_RECORDS)
def test_real_records_render_every_report_that_reads_them(name: str) -> None:
    """The review, status and status-calendar reports render from the records in every format."""
    program = examples.load(name)
    records = examples.records(name)
    builtins_only = coordprog.get_plugin_manager(entry_points=False)
    options = {"as_of": dt.date(2025, 12, 31)}
    for fmt in coordprog.formats(plugin_manager=builtins_only):
        for report, shape in (
            ("review", "document"),
            ("status", "table"),
            ("status-calendar", "calendar"),
        ):
            if shape in fmt.shapes:
                out = coordprog.render_output(
                    program,
                    report,
                    fmt.name,
                    options=options,
                    records=records,
                    plugin_manager=builtins_only,
                )
                assert out.content, (fmt.name, report)
