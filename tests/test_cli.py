"""The coordprog command line."""

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

import coordprog
from coordprog.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


class TestValidate:
    def test_valid(self, capsys: pytest.CaptureFixture[str], example_path: Path) -> None:
        """A valid file exits 0 and says in one line what was checked."""
        assert (
            0,
            f"{example_path}: valid: 2 parties, 25 tasks, 15 legal references, 0 annual "
            "plans; schedule rules and cross-references checked\n",
            "",
        ) == _run(capsys, "validate", str(example_path))

    def test_three_planted_mistakes(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """Three mistakes print three lines FILE: path: message and exit 1."""
        data = tomllib.loads(example_path.read_text(encoding="utf-8"))
        data["task_groups"][1]["groups"][0]["tasks"][5]["supports"] = ["so-noi-vu"]
        data["annual_plans"] = [{"year": 2027}]
        data["parties"][1]["level"] = "tinh"
        broken = tmp_path / "broken.toml"
        broken.write_text(tomli_w.dumps(data), encoding="utf-8")
        code, out, err = _run(capsys, "validate", str(broken))
        assert 1 == code
        assert "" == out
        assert [
            f"{broken}: parties[1].level: expected one of 'central', 'region', 'province', "
            "'district', 'commune', 'delegation', found a string 'tinh'",
        ] == err.splitlines()
        data["parties"][1]["level"] = "province"
        broken.write_text(tomli_w.dumps(data), encoding="utf-8")
        code, _, err = _run(capsys, "validate", str(broken))
        assert [
            f"{broken}: task_groups[1].groups[0].tasks[5].supports[0]: expected the id of a "
            "party or third party, found unknown id 'so-noi-vu'",
            f"{broken}: annual_plans[0].year: expected a year of the period 2022-2025, found 2027",
        ] == err.splitlines()

    def test_several_files_and_missing(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """Every file is checked; a missing one is reported, not a traceback."""
        code, out, err = _run(capsys, "validate", str(example_path), str(tmp_path / "none.toml"))
        assert 1 == code
        assert out.startswith(f"{example_path}: valid")
        assert [f"{tmp_path / 'none.toml'}: No such file or directory"] == err.splitlines()


class TestRender:
    def test_stdout_markdown(self, capsys: pytest.CaptureFixture[str], example_path: Path) -> None:
        """By default the program report goes to stdout as Markdown."""
        code, out, _ = _run(capsys, "render", str(example_path))
        assert 0 == code
        assert out.startswith("**CHƯƠNG TRÌNH**\n\n# Chương trình phối hợp")

    def test_format_from_suffix_and_force(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """The format follows OUT's suffix; an existing OUT needs --force."""
        out_file = tmp_path / "matrix.csv"
        assert (
            0
            == _run(capsys, "render", str(example_path), "--report", "matrix", "-o", str(out_file))[
                0
            ]
        )
        assert out_file.read_text(encoding="utf-8").startswith("\ufeffMã,Mục,Nhiệm vụ")
        code, _, err = _run(capsys, "render", str(example_path), "-o", str(out_file))
        assert (1, f"coordprog: {out_file} exists; use --force to overwrite it\n") == (code, err)
        assert (
            0
            == _run(
                capsys,
                "render",
                str(example_path),
                "--report",
                "matrix",
                "-o",
                str(out_file),
                "--force",
            )[0]
        )
        assert [out_file.name] == [p.name for p in tmp_path.iterdir()]

    def test_ics_with_calendar(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """A binary format is written as bytes."""
        out_file = tmp_path / "lich.ics"
        args = ["render", str(example_path), "--report", "schedule", "--calendar", "weekends"]
        assert 0 == _run(capsys, *args, "-o", str(out_file))[0]
        assert out_file.read_bytes().startswith(b"BEGIN:VCALENDAR")

    def test_render_errors(self, capsys: pytest.CaptureFixture[str], example_path: Path) -> None:
        """A shape the format cannot render is one line on stderr and exit 1."""
        code, out, err = _run(
            capsys, "render", str(example_path), "--report", "program", "--format", "csv"
        )
        assert (1, "") == (code, out)
        assert err.startswith("coordprog: format 'csv'")


def test_schedule_table(capsys: pytest.CaptureFixture[str], example_path: Path) -> None:
    """The schedule command prints the events between --from and --to as a table."""
    code, out, _ = _run(
        capsys, "schedule", str(example_path), "--from", "2025-01-01", "--to", "2025-12-31"
    )
    assert 0 == code
    assert [
        "due         kind            event",
        "2025-03-31  annual-plan     Kế hoạch phối hợp công tác năm 2025",
        "2025-06-30  interim-review  Sơ kết 6 tháng (01/01/2025 - 30/06/2025)",
        "2025-12-31  final-review    Tổng kết Chương trình phối hợp giai đoạn 2022 - 2025 "
        "(01/01/2022 - 31/12/2025)",
    ] == out.splitlines()


def test_listings(capsys: pytest.CaptureFixture[str]) -> None:
    """formats, reports and plugins name what is installed and where it comes from."""
    _, out, _ = _run(capsys, "formats")
    assert any(line.startswith("markdown") and "(built in)" in line for line in out.splitlines())
    _, out, _ = _run(capsys, "reports")
    assert "matrix" in out
    _, out, _ = _run(capsys, "plugins")
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "coordprog_register_reports" in rows["coordprog.program"]
    assert "(built in)" in rows["coordprog.html"]


class TestReports:
    def test_one_line_per_kind_its_name_first(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`coordprog reports` prints one line per kind, each beginning with the kind's name."""
        code, out, _ = _run(capsys, "reports")
        assert 0 == code
        expected = [kind.name for kind in coordprog.reports()]
        assert expected == [line.split()[0] for line in out.splitlines()]
        status = next(line for line in out.splitlines() if line.split()[0] == "status")
        assert status.endswith("Options: as_of, soon, calendar, lang.")

    def test_kind_in_full(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`coordprog reports KIND` shows that kind's shape, formats, origin and options."""
        code, out, _ = _run(capsys, "reports", "matrix")
        assert (0, "matrix: Responsibility matrix: each task against each body's role.") == (
            code,
            out.splitlines()[0],
        )
        assert "  shape: table; formats: csv, " in out
        assert "  --option lang (vi or en, default vi): the language of the labels\n" in out

    def test_unknown_kind_names_the_nearest(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown KIND exits 1 naming the nearest kind, and prints nothing on stdout."""
        code, out, err = _run(capsys, "reports", "matrx")
        assert (
            1,
            "",
            "coordprog: expected the id of a report kind, found 'matrx'; nearest: 'matrix'\n",
        ) == (
            code,
            out,
            err,
        )


def test_option_reaches_a_plugin_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], example_path: Path
) -> None:
    """--option NAME=VALUE reaches an installed plugin's report kind."""
    monkeypatch.delenv("COORDPROG_PLUGINS")
    args = ["render", str(example_path), "--report", "parties", "--format", "csv"]
    code, out, _ = _run(capsys, *args, "--option", "only=signing")
    assert 0 == code
    assert ["Mã,Tên cơ quan,Ký", "bdv,Ban Dân vận Tỉnh ủy,ký", "bdt,Ban Dân tộc tỉnh,ký"] == (
        out.lstrip("\ufeff").splitlines()
    )
    code, out, _ = _run(capsys, *args)
    assert 7 == len(out.splitlines())
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--option", "only"])
    assert 2 == exit_info.value.code
    assert capsys.readouterr().err.endswith("expected NAME=VALUE, found 'only'\n")


def test_schema_validates_example(capsys: pytest.CaptureFixture[str], example_path: Path) -> None:
    """The JSON Schema accepts the example and refuses an unknown key."""
    jsonschema = pytest.importorskip("jsonschema")
    _, out, _ = _run(capsys, "schema")
    schema = json.loads(out)
    data = json.loads(coordprog.dumps(coordprog.load(example_path)))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        data
    )
    data["parties"][0]["lead"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_new_starter_validates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The new command writes a commented starter file that validates, and never overwrites."""
    path = tmp_path / "chuong-trinh.toml"
    assert 0 == _run(capsys, "new", str(path))[0]
    assert "# A coordination program" in path.read_text(encoding="utf-8")
    code, out, _ = _run(capsys, "validate", str(path))
    assert (0, True) == (code, out.startswith(f"{path}: valid: 2 parties, 1 tasks"))
    assert 1 == _run(capsys, "new", str(path))[0]


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong command line exits 2 with argparse's usage message."""
    with pytest.raises(SystemExit) as info:
        main(["render"])
    assert 2 == info.value.code


def test_python_m(example_path: Path) -> None:
    """Running `python -m coordprog` is the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "coordprog", "validate", str(example_path)],
        capture_output=True,
        text=True,
    )
    assert (0, "") == (result.returncode, result.stderr)


@pytest.mark.parametrize(
    ("kind", "document_kind", "tasks"),
    [
        ("regulation", "regulation", 0),
        ("joint-resolution", "joint-resolution", 0),
        ("plan", "joint-plan", 1),
    ],
)
def test_new_kinds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, document_kind: str, tasks: int
) -> None:
    """New --kind starts each kind of document, valid, with no schedule rule it does not have."""
    path = tmp_path / f"{kind}.toml"
    assert 0 == _run(capsys, "new", str(path), "--kind", kind)[0]
    program = coordprog.load(path)
    assert (document_kind, tasks) == (program.kind.value, len(program.tasks))
    assert coordprog.ScheduleRules() == program.schedule


def test_output_suffix_picks_a_report_the_format_renders(
    capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
) -> None:
    """`-o lich.ics` with no --report renders the schedule, and says so."""
    out = tmp_path / "lich.ics"
    code, _, err = _run(capsys, "render", str(example_path), "-o", str(out))
    assert code == 0
    assert err == "coordprog: rendering the report 'schedule'; give --report to choose\n"
    assert out.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    page = tmp_path / "ct.html"
    assert _run(capsys, "render", str(example_path), "-o", str(page))[2] == ""


def test_render_help_lists_kinds_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    # argparse wraps the epilog after a hyphen ("next-\nprogram"): join those back.
    out = " ".join(capsys.readouterr().out.replace("-\n", "-").split())
    listed = out.split("Report kinds: ")[1].split(". Formats: ")
    assert set(listed[0].split(", ")) == {r.name for r in coordprog.reports()}
    assert "ics (.ics)" in listed[1]


def test_binary_output_is_not_written_to_a_terminal(
    capsys: pytest.CaptureFixture[str],
    example_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A binary format is not written to a terminal."""
    manager = coordprog.default_plugin_manager()
    manager.register(_BinaryFormat(), name="binary-test")
    try:
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        code, out, err = _run(capsys, "render", str(example_path), "--format", "bytes")
        assert (code, out) == (1, "")
        assert "this format writes binary data: give -o FILE, or redirect" in err
    finally:
        manager.unregister(name="binary-test")


class _BinaryFormat:
    @coordprog.hookimpl
    def coordprog_register_formats(self, register: Any) -> None:
        register(
            coordprog.OutputFormat(
                name="bytes",
                suffixes=".bin",
                media_type="application/octet-stream",
                renderers={coordprog.shapes.Document: lambda document: b"\x00"},
                binary=True,
            )
        )


def test_convert_writes_canonical_files(
    capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
) -> None:
    as_json, as_toml = tmp_path / "ct.json", tmp_path / "ct.toml"
    assert _run(capsys, "convert", str(example_path), str(as_json))[0] == 0
    assert _run(capsys, "convert", str(as_json), str(as_toml))[0] == 0
    program = coordprog.load(example_path)
    assert coordprog.load(as_toml) == program
    assert as_json.read_text(encoding="utf-8") == coordprog.dumps(program, "json", indent=2)
    code, _, err = _run(capsys, "convert", str(example_path), str(as_json))
    assert code == 1
    assert "exists; use --force" in err


class TestStartUp:
    def test_the_process_runs_main(
        self, capsys: pytest.CaptureFixture[str], example_path: Path
    ) -> None:
        """The coordprog command runs cli.run: main's output, and main's exit code."""
        pyproject = Path(__file__).parent.parent / "pyproject.toml"
        scripts = tomllib.loads(pyproject.read_text("utf-8"))
        process = subprocess.run(
            [sys.executable, "-m", "coordprog", "render", str(example_path), "--report", "matrix"],
            capture_output=True,
            text=True,
        )
        expected = _run(capsys, "render", str(example_path), "--report", "matrix")
        assert ("coordprog.cli:run", expected) == (
            scripts["project"]["scripts"]["coordprog"],
            (process.returncode, process.stdout, process.stderr),
        )

    @pytest.mark.parametrize("command", ["validate", "import"])
    def test_collector_on_for_the_work(
        self, example_path: Path, tmp_path: Path, command: str
    ) -> None:
        """The garbage collector, off while the process starts, runs for the command's work."""
        args = {
            "validate": [str(example_path)],
            "import": [
                str(example_path.parent.parent / "son_la_decision_2017" / "source.txt"),
                "-o",
                str(tmp_path / "draft.toml"),
            ],
        }[command]
        code = (
            "import gc, sys\nimport coordprog\nfrom coordprog import cli\n"
            "read, load = coordprog.read_document, coordprog.load\n"
            "def seen(function):\n    def call(*args, **kwargs):\n"
            "        print('collector on:', gc.isenabled(), file=sys.stderr)\n"
            "        return function(*args, **kwargs)\n    return call\n"
            "coordprog.read_document, coordprog.load = seen(read), seen(load)\n"
            "cli.run()\n"
        )
        process = subprocess.run(
            [sys.executable, "-c", code, command, *args],
            capture_output=True,
            text=True,
        )
        assert (0, "collector on: True") == (process.returncode, process.stderr.splitlines()[0])

    @pytest.mark.parametrize("args", [["--version"], ["--help"], ["render", "--version"]])
    def test_version_and_help_import_no_plugin(self, args: list[str]) -> None:
        """--version and --help load no plugin, nor the model: they answer at once."""
        code = (
            "import sys\nfrom coordprog.cli import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('pluggy', 'attr', "
            "'coordprog_', 'coordprog.model', 'coordprog.plugins'))))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
        )
        assert "[]" == result.stdout.splitlines()[-1]

    @pytest.mark.filterwarnings("always::coordprog.PluginWarning")
    def test_plugin_warning_is_one_line(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        example_path: Path,
    ) -> None:
        """A warning while the plugins load is one 'coordprog: warning:' line, with no file path."""
        monkeypatch.setenv("COORDPROG_PLUGINS", "no-such-plugin")
        code, _, err = _run(capsys, "render", str(example_path), "--report", "matrix")
        assert 0 == code
        assert err.startswith("coordprog: warning: COORDPROG_PLUGINS names 'no-such-plugin'")
        assert 1 == len(err.splitlines())
        monkeypatch.setenv("COORDPROG_PLUGINS", "other-plugin")  # a manager of its own
        with pytest.raises(SystemExit):
            main(["render", "--help"])
        err = capsys.readouterr().err
        assert err.startswith("coordprog: warning: COORDPROG_PLUGINS names 'other-plugin'")


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_validate_names_a_records_file(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], example_path: Path
) -> None:
    """Validating a records file as a program says it is a records file, and how to check it."""
    program = coordprog.load(example_path)
    records = coordprog.load_records(program, *sorted((example_path.parent / "records").glob("*")))
    path = tmp_path / f"2022{suffix}"
    coordprog.save(records, path)
    code, out, err = _run(capsys, "validate", str(path))
    assert (1, "") == (code, out)
    assert err == (
        f"{path}: a records file (of program 'binh-thuan-dan-van-dan-toc-2022-2025'), not a "
        f"program; records are checked with their program: coordprog validate PROGRAM "
        f"--records {path}\n"
    )
