"""The code in the README and the docs runs as written."""

import inspect
import os
import re
import subprocess
import sys
import tomllib
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


_SNIPPET_CONFTEST = """\
from hypothesis import HealthCheck, settings

settings.register_profile("docs", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("docs")
"""


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
    # Property tests in the docs are timed by Hypothesis's health checks; on a
    # machine busy with other work a slow draw is not a broken snippet.
    (tmp_path / "conftest.py").write_text(_SNIPPET_CONFTEST, encoding="utf-8")
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
        coordprog.FormerProvince,
        coordprog.Area,
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
        coordprog.Extent,
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
    assert len(hooks) == 7
    for hook in hooks:
        section = docs.split(f"### {hook}\n", 1)
        assert len(section) == 2, f"{hook} has no section in docs/plugins.md"
        assert f"{hook}(" in section[1].split("### ", 1)[0]
        assert f"def test_{hook}(" in tests, f"{hook} has no test"


def test_hook_reference_is_generated_from_every_hookspec() -> None:
    """docs/hooks.md documents every hook of hookspecs, each with its parameters and version."""
    page = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    directive = page.split(".. automodule:: coordprog.plugins.hookspecs\n", 1)[1]
    # ":members:" with no list: autodoc takes every name in __all__, so a new hook
    # is on the page without anyone adding it.
    assert "   :members:\n" in directive
    hooks = sorted(name for name in dir(hookspecs) if name.startswith("coordprog_"))
    assert "coordprog_import_bodies" in hooks
    assert hooks == sorted(name for name in hookspecs.__all__ if name.startswith("coordprog_"))
    for hook in hooks:
        function = getattr(hookspecs, hook)
        doc = inspect.getdoc(function) or ""
        missing = [
            name for name in inspect.signature(function).parameters if f":param {name}:" not in doc
        ]
        assert [] == missing, f"{hook} does not document its parameters"
        assert ":return:" in doc, f"{hook} does not say what it returns"
        assert ".. versionadded::" in doc, hook


def _table_rows(page: str, header: str) -> list[list[str]]:
    """The cells of the Markdown table whose header row starts with ``header``."""
    lines = page.split("\n" + header, 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]


def test_plugins_page_lists_every_builtin_kind_and_format() -> None:
    """The tables of built-ins in docs/plugins.md are what coordprog registers."""
    page = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    manager = coordprog.get_plugin_manager(entry_points=False)
    kinds = [
        [
            f"`{kind.name}`",
            kind.shapes[0],
            "; ".join(f"`{option.shown}`" for option in kind.options) or "none",
            "yes" if kind.takes_records else "no",
        ]
        for kind in coordprog.reports(plugin_manager=manager)
    ]
    assert kinds == _table_rows(page, "| kind | shape |")
    formats = [
        [f"`{f.name}`", " ".join(f.suffixes), ", ".join(f.shapes), f.media_type or ""]
        for f in coordprog.formats(plugin_manager=manager)
    ]
    assert formats == _table_rows(page, "| format | suffixes |")


@pytest.mark.parametrize("cls", [coordprog.ReportKind, coordprog.ReportOption])
def test_plugins_page_gives_the_real_signature(cls: type) -> None:
    """docs/plugins.md shows each class a plugin registers with its real parameters and defaults."""
    page = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    shown = re.search(rf"^{cls.__name__}\((.*)\)$", page, re.MULTILINE)
    assert shown is not None
    documented = [part.strip().partition("=") for part in shown.group(1).split(", ")]
    real = inspect.signature(cls).parameters.values()
    assert [p.name for p in real] == [name for name, _, _ in documented]
    for parameter, (name, _, default) in zip(real, documented, strict=True):
        if parameter.default is inspect.Parameter.empty:
            assert "" == default, name
        elif default != "<keep as given>":
            assert repr(parameter.default).replace("'", '"') == default, name


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


def test_command_line_page_names_every_command_and_exit_code() -> None:
    """docs/cli.md gives each command of `coordprog --help` a synopsis line and its streams."""
    help_text = subprocess.run(
        [sys.executable, "-m", "coordprog", "--help"], capture_output=True, text=True, check=True
    ).stdout
    listed = help_text.split("commands:", 1)[1].split("\n\n", 1)[0]
    commands = re.findall(r"^    ([a-z-]+) ", listed, re.MULTILINE)
    assert len(commands) >= 16
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    synopsis = page.split("```text\n", 1)[1].split("```", 1)[0]
    streams = page.split("## What goes where", 1)[1]
    for command in commands:
        assert re.search(rf"coordprog (\S+ \| )*{command}\b", synopsis), command
        assert f"`{command}`" in streams, command
    for code in ("0", "1", "2", "3"):
        assert f"| `{code}` |" in page
    assert "problems it finds go to standard error" in " ".join(page.split())


_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
}


def _flat(path: Path) -> str:
    return " ".join(path.read_text(encoding="utf-8").split())


class TestFigures:
    """The figures the README and the docs quote are what the code gives today."""

    def test_import_score(self) -> None:
        """README and docs/import.md quote the importer's score on the Bình Thuận text."""
        from .test_import import SOURCE, score

        draft = coordprog.import_text(SOURCE.read_text(encoding="utf-8"))
        matched, total, _ = score(
            coordprog.from_data(draft.data, "toml"), coordprog.examples.load("binh-thuan")
        )
        hint = f"the importer now reproduces {matched} of {total}: update the README and docs"
        assert f"reproduces {matched} of the {total} facts" in _flat(ROOT / "README.md"), hint
        row = f"| Bình Thuận program, text from its PDF | {matched} of {total} "
        assert row in _flat(ROOT / "docs" / "import.md"), hint

    def test_examples_portfolio(self) -> None:
        """docs/portfolio.md says how many programs the examples folder holds."""
        programs = len(coordprog.load_portfolio(ROOT / "examples").programs)
        said = re.search(
            r"examples/` folder is itself a portfolio: (\w+) programs",
            _flat(ROOT / "docs" / "portfolio.md"),
        )
        assert said is not None
        assert programs == _NUMBERS.get(said.group(1))

    def test_example_tasks(self) -> None:
        """The README's count of the example's tasks is the example's."""
        tasks = len(coordprog.examples.load("binh-thuan").tasks)
        assert f"program.tasks # {tasks} tasks in document order" in _flat(ROOT / "README.md")

    def test_no_install_from_an_index(self) -> None:
        """No page shows installing coordprog from a package index: it is not published."""
        shown = [
            f"{page.name}: {line.strip()}"
            for page in _PAGES
            for line in page.read_text(encoding="utf-8").splitlines()
            if re.search(r"pip install [\"']?coordprog\b", line)
        ]
        assert [] == shown


_TOML = re.compile(r"^```toml\n(.*?)^```", re.MULTILINE | re.DOTALL)

#: The program the snippets of "What the document does not say" are parts of.
_UNSAID_BASE: dict[str, object] = {
    "id": "p",
    "title": "Chương trình phối hợp",
    "period": {"start": "2021-01-01", "end": "2025-12-31"},
    "parties": [{"id": "a", "name": "Ban Dân vận Tỉnh ủy"}, {"id": "b", "name": "Ban Dân tộc"}],
    # A duty and a task for the records snippets to refer to.
    "schedule": {
        "duties": [
            {
                "id": "bao-cao-nam",
                "name_vi": "Báo cáo năm",
                "name_en": "Yearly report",
                "reporters": ["a"],
                "recipients": ["b"],
                "every_months": 12,
            }
        ]
    },
    "task_groups": [
        {
            "id": "I",
            "title": "Nhiệm vụ",
            "tasks": [{"id": "hoi-nghi", "text": "Hội nghị", "leads": ["a"]}],
        }
    ],
}


def _unsaid_snippets() -> list[str]:
    page = (ROOT / "docs" / "add-a-province.md").read_text(encoding="utf-8")
    section = page.split("## What the document does not say\n", 1)[1].split("\n## ", 1)[0]
    return list(_TOML.findall(section))


@pytest.mark.parametrize("snippet", _unsaid_snippets())
def test_what_the_document_does_not_say_snippets_load(snippet: str) -> None:
    """Each snippet of "What the document does not say" loads as part of a program or records."""
    data = tomllib.loads(snippet)
    program = coordprog.from_data(_UNSAID_BASE)
    if "program" in data:
        records = coordprog.loads_records(program, snippet, "toml")
        assert () == coordprog.validate_records(program, records)
        return
    # Tables of the snippet replace the base's; its lists add to them.
    merged = dict(_UNSAID_BASE)
    for key, value in data.items():
        old = merged.get(key)
        merged[key] = [*old, *value] if isinstance(old, list) and isinstance(value, list) else value
    assert () == coordprog.validate(coordprog.from_data(merged, "toml"))


def test_every_case_of_what_the_document_does_not_say_has_a_snippet() -> None:
    """The section has a snippet for each case issue 24 names, and the format page points to it."""
    page = (ROOT / "docs" / "add-a-province.md").read_text(encoding="utf-8")
    section = page.split("## What the document does not say\n", 1)[1].split("\n## ", 1)[0]
    cases = [
        "Dates known in part",
        "Periods not stated",
        "Texts known in part",
        "People and bodies beyond the parties",
        "Instruments",
        "Figures beyond tasks",
        "Scope",
    ]
    assert cases == [c for c in cases if f"### {c}\n" in section]
    assert 10 <= len(_unsaid_snippets())
    fmt = (ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")
    assert "add-a-province.md#what-the-document-does-not-say" in fmt
