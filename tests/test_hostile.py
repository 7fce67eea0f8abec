"""Hostile input: only coordprog's own errors escape, and no output is broken from inside."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import coordprog
from coordprog import Program, ValidationError
from coordprog.cli import main
from coordprog.shapes import Column, Document, ItemList, Paragraph, Table


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    """The Bình Thuận program as JSON data, to spoil."""
    from coordprog.examples import load

    result: dict[str, Any] = json.loads(coordprog.dumps(load("binh-thuan")))
    return result


def _problems(text: str | bytes, format: str = "json") -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        coordprog.loads(text, format)
    return [(p.path, p.message) for p in info.value.problems]


def _nested_groups(data: dict[str, Any], depth: int) -> str:
    """JSON text of ``data`` with one chain of ``depth`` nested task groups."""
    head = '{"id": "g%d", "title": "Nhóm", "groups": ['
    chain = (
        '{"id": "g0", "title": "Nhóm", "leads": ["bdv"], "groups": ['
        + "".join(head % level for level in range(1, depth - 1))
        + '{"id": "cuoi", "title": "Nhóm", "tasks": [{"id": "t", "text": "Việc"}]}'
        + "]}" * (depth - 2)
        + "]}"
    )
    rest = {key: value for key, value in data.items() if key != "task_groups"}
    return json.dumps(rest, ensure_ascii=False)[:-1] + ', "task_groups": [' + chain + "]}"


class TestReading:
    @pytest.mark.parametrize(
        ("text", "format"),
        [("[" * 1000 + "]" * 1000, "json"), ("a = " + "[" * 600 + "]" * 600, "toml")],
    )
    def test_deep_nesting_refused_with_its_place(self, text: str, format: str) -> None:
        """Arrays nested deeper than the parser allows are refused with line and column."""
        [(path, message)] = _problems(text, format)
        assert "" == path
        assert message.startswith("expected arrays and tables nested less deeply, found ")
        assert "at line 1, column " in message

    @pytest.mark.parametrize("depth", [17, 150, 300])
    def test_deep_task_groups_refused_with_a_path(self, data: dict[str, Any], depth: int) -> None:
        """Task groups nested beyond the documented limit are one problem with the path."""
        [(path, message)] = _problems(_nested_groups(data, depth))
        assert path.startswith("task_groups[0]" + ".groups[0]" * 15)
        assert "expected task groups nested at most 16 levels deep, found deeper" == message

    @pytest.mark.parametrize("blank", [" ", "\t", "\u00a0", "\u3000"])
    def test_a_blank_province_is_refused_with_its_path(
        self, data: dict[str, Any], blank: str
    ) -> None:
        """A party's province of white space only is refused on load, not met later in a report."""
        spoilt = json.loads(json.dumps(data))
        spoilt["parties"][0]["province"] = blank
        [(path, message)] = _problems(json.dumps(spoilt, ensure_ascii=False))
        assert "parties[0].province" == path
        assert message.startswith("expected text, found only white space")

    def test_deepest_allowed_groups_load_and_write_back(self, data: dict[str, Any]) -> None:
        """What loads can be written back, in JSON and TOML, and read again."""
        program = coordprog.loads(_nested_groups(data, 16))
        for format in ("json", "toml"):
            assert program == coordprog.loads(coordprog.dumps(program, format), format)

    @pytest.mark.parametrize("format", ["json", "toml"])
    def test_huge_integer(self, format: str) -> None:
        """An integer beyond Python's conversion limit is refused with its place."""
        text = ('{"id": ' + "7" * 5000 + "}") if format == "json" else "id = " + "7" * 5000
        [(_, message)] = _problems(text, format)
        assert message.startswith("expected integers of at most 4300 digits, found a longer one")

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("\ud800", "U+D800"),
            ("a\x1b[31mb", "U+001B"),
            ("a\rb", "U+000D"),
            ("a\x07", "U+0007"),
            ("\ufdd0", "U+FDD0"),
            ("x\U0010ffff", "U+10FFFF"),
            ("\x85", "U+0085"),
        ],
    )
    def test_refused_characters(self, data: dict[str, Any], text: str, code: str) -> None:
        """Surrogates, controls (but tab and line feed) and non-characters are refused by path."""
        spoilt = {**data, "title": text}
        [(path, message)] = _problems(json.dumps(spoilt))
        assert "title" == path
        assert f"found {code} at character" in message

    def test_tab_and_line_feed_kept(self, data: dict[str, Any]) -> None:
        """Tab and line feed are ordinary text."""
        spoilt = {**data, "title": "Chương trình\tphối hợp\nmới"}
        assert "Chương trình\tphối hợp\nmới" == coordprog.loads(json.dumps(spoilt)).title

    def test_refused_character_in_a_list_of_texts(self, data: dict[str, Any]) -> None:
        """A recipient line with an escape character is refused with its index."""
        spoilt = {**data, "recipients": [*data["recipients"][:2], "Lưu\x1b"]}
        [(path, _)] = _problems(json.dumps(spoilt))
        assert "recipients[2]" == path

    @pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
    def test_non_finite_numbers_named_by_field(self, data: dict[str, Any], constant: str) -> None:
        """NaN and infinities in JSON are refused at the field that holds them."""
        text = json.dumps({**data, "title": 0})[:-1].replace('"title": 0', f'"title": {constant}')
        [(path, message)] = _problems(text + "}")
        assert "title" == path
        assert message.startswith("expected a string, found a number")

    @pytest.mark.parametrize(
        ("key", "path"), [("", '[""]'), ("a\nb", '["a\\nb"]'), ("x\x1b", '["x\\u001b"]')]
    )
    def test_odd_unknown_keys_quoted(self, data: dict[str, Any], key: str, path: str) -> None:
        """An unknown key that is not a plain name is quoted in the path, on one line."""
        [(found, message)] = _problems(json.dumps({**data, key: 1}))
        assert path == found
        assert "\n" not in str(coordprog.ValidationError([coordprog.Problem(found, message)]))[-80:]

    def test_byte_order_mark_in_toml_text(self) -> None:
        """TOML text that starts with a byte order mark loads, as the same bytes from a file do."""
        from coordprog.examples import load, path

        source = path("binh-thuan")
        assert source is not None
        text = "\ufeff" + source.read_text(encoding="utf-8")
        assert load("binh-thuan") == coordprog.loads(text, "toml")


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "binh_thuan" / "program.toml"


def _bodies_problems(tmp_path: Path, bodies: str) -> list[str]:
    """The problems load_portfolio reports for a portfolio of Bình Thuận with this bodies.toml."""
    (tmp_path / "program.toml").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "bodies.toml").write_text(bodies, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        coordprog.load_portfolio(tmp_path)
    prefix = f"{tmp_path / 'bodies.toml'}: "
    assert all(str(p).startswith(prefix) for p in info.value.problems)
    return [str(p).removeprefix(prefix) for p in info.value.problems]


PROGRAM_ID = "binh-thuan-dan-van-dan-toc-2022-2025"
PAIRS = 'expected "program-id/party-id" texts, found '


class TestPortfolioBodies:
    def test_deep_nesting(self, tmp_path: Path) -> None:
        """Arrays nested deeper than the TOML parser allows are one problem with line and column."""
        [problem] = _bodies_problems(tmp_path, "bodies = " + "[" * 600 + "]" * 600)
        assert problem.startswith("expected arrays and tables nested less deeply, found ")
        assert "at line 1, column " in problem

    def test_huge_integer(self, tmp_path: Path) -> None:
        """An integer beyond Python's conversion limit is refused with its place."""
        [problem] = _bodies_problems(tmp_path, "x = " + "7" * 5000)
        assert problem.startswith("expected integers of at most 4300 digits, found a longer one")

    @pytest.mark.parametrize(
        ("bodies", "expected"),
        [
            ("bodies = 1", "bodies: expected an array, found an integer 1"),
            ("bodies = [1]", "bodies[0]: expected a table of _BodyEntry fields"),
            ('[[bodies]]\nname = "A"', "bodies[0].id: expected this required key"),
            ("[[bodies]]\nid = 5", "bodies[0].id: expected a string, found an integer 5"),
            ('[[bodies]]\nid = "a b"', "bodies[0].id: expected an id without spaces"),
            ('[[bodies]]\nid = "a"\nname = 5', "bodies[0].name: expected a string"),
            ('[[bodies]]\nid = "a"\nname = "\\u001b[2J"', "bodies[0].name: expected text with"),
            ('[[bodies]]\nid = "a"\nparties = "p/q"', "bodies[0].parties: expected an array"),
            ('[[bodies]]\nid = "a"\nparties = ["pq"]', f"bodies[0].parties: {PAIRS}'pq' at"),
            ('[[bodies]]\nid = "a"\nparties = ["/"]', f"bodies[0].parties: {PAIRS}'/' at"),
            ('[[bodies]]\nid = "a"\nparties = ["a/b/c"]', f"bodies[0].parties: {PAIRS}'a/b/c'"),
            ('[[bodies]]\nid = "a"\nparty = ["p/q"]', "bodies[0].party: unknown key 'party'"),
            ("bodys = []", "bodys: unknown key 'bodys'; expected one of: bodies"),
            ('bodies = "\\ud800"', "expected valid TOML, found an error"),
        ],
    )
    def test_wrong_types_and_keys_named_by_path(
        self, tmp_path: Path, bodies: str, expected: str
    ) -> None:
        """Every value of the wrong type, unknown key or bad text is a problem at its path."""
        [problem] = _bodies_problems(tmp_path, bodies)
        assert problem.startswith(expected), problem

    def test_not_utf8(self, tmp_path: Path) -> None:
        """A bodies.toml that is not UTF-8 is refused with the offset of the bad byte."""
        (tmp_path / "program.toml").write_bytes(EXAMPLE.read_bytes())
        (tmp_path / "bodies.toml").write_bytes(b'[[bodies]]\nid = "\xff"\n')
        with pytest.raises(ValidationError) as info:
            coordprog.load_portfolio(tmp_path)
        [problem] = info.value.problems
        assert "expected UTF-8 text, found a non-UTF-8 byte at offset 17" == problem.message

    def test_twice_named(self, tmp_path: Path) -> None:
        """A body id given twice, or a party given to two bodies, is refused at the second place."""
        bodies = (
            f'[[bodies]]\nid = "a"\nparties = ["{PROGRAM_ID}/bdv"]\n'
            f'[[bodies]]\nid = "a"\nparties = []\n'
            f'[[bodies]]\nid = "b"\nparties = ["{PROGRAM_ID}/bdt", "{PROGRAM_ID}/bdv"]\n'
        )
        assert [
            "bodies[1].id: expected each body id once, found 'a' also in bodies[0]",
            f"bodies[2].parties[1]: expected each party in one body, found '{PROGRAM_ID}/bdv' "
            "also in bodies[0]",
        ] == _bodies_problems(tmp_path, bodies)

    def test_unknown_party_named(self, tmp_path: Path) -> None:
        """A party that no program of the portfolio has is named, never silently ignored."""
        bodies = f'[[bodies]]\nid = "a"\nparties = ["{PROGRAM_ID}/bvd", "khac/bdv"]\n'
        assert [
            f'bodies[0].parties[0]: expected "program-id/party-id" of a party of the portfolio, '
            f"found '{PROGRAM_ID}/bvd': program '{PROGRAM_ID}' has no party or third party 'bvd'",
            'bodies[0].parties[1]: expected "program-id/party-id" of a party of the portfolio, '
            "found 'khac/bdv': no program 'khac' in the portfolio",
        ] == _bodies_problems(tmp_path, bodies)

    def test_long_value_quoted_short(self, tmp_path: Path) -> None:
        """A megabyte-long id is quoted in a few hundred characters."""
        [problem] = _bodies_problems(tmp_path, f'[[bodies]]\nid = "{"x " * 500_000}"')
        assert problem.startswith("bodies[0].id: expected an id without spaces, found 'x x x")
        assert problem.endswith("' (1000000 characters)")
        assert len(problem) < 300

    def test_valid_file_still_maps(self, tmp_path: Path) -> None:
        """A well-formed bodies.toml still names the body and its parties."""
        (tmp_path / "program.toml").write_bytes(EXAMPLE.read_bytes())
        (tmp_path / "bodies.toml").write_text(
            f'[[bodies]]\nid = "dan-van"\nname = "Khối dân vận"\nparties = ["{PROGRAM_ID}/bdv"]\n',
            encoding="utf-8",
        )
        body = coordprog.load_portfolio(tmp_path).body("dan-van")
        assert ("Khối dân vận", ((PROGRAM_ID, "bdv"),)) == (body.name, body.parties)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev/zero are POSIX")
class TestPortfolioFiles:
    def test_special_files_refused_unread(self, tmp_path: Path) -> None:
        """A named pipe or a link to a device among a portfolio's files is named, never read."""
        (tmp_path / "program.toml").write_bytes(EXAMPLE.read_bytes())
        os.mkfifo(tmp_path / "pipe.toml")
        (tmp_path / "zero.json").symlink_to("/dev/zero")
        os.mkfifo(tmp_path / "bodies.toml")
        with pytest.raises(ValidationError) as info:
            coordprog.load_portfolio(tmp_path)
        assert [
            f"{tmp_path / 'bodies.toml'}: expected a readable file, found: a named pipe, "
            "not a regular file",
            f"{tmp_path / 'pipe.toml'}: expected a readable file, found: a named pipe, "
            "not a regular file",
            f"{tmp_path / 'zero.json'}: expected a readable file, found: a character device, "
            "not a regular file",
        ] == [str(problem) for problem in info.value.problems]


class TestRendering:
    @pytest.mark.parametrize(
        "text",
        [
            "dòng một\rdòng hai",
            "\ndòng sau",
            "\tthụt lề",
            "    bốn dấu cách",
            "a\u2028b",
            "1. Mục",
            "# không phải tiêu đề",
        ],
    )
    def test_markdown_keeps_the_structure(self, text: str) -> None:
        """No line break or leading blank in a text makes a heading, a code block or a new item."""
        document = Document(
            "Tiêu đề",
            (Paragraph(text), ItemList((text, "mục hai"))),
        )
        table = Table("Bảng", (Column("a", "A"), Column("b", "B")), ((text, "x"), ("y", "z")))
        tokens = (
            MarkdownIt("commonmark")
            .enable("table")
            .parse(
                coordprog.render_shape(document, "markdown")
                + coordprog.render_shape(table, "markdown")
            )
        )
        types = [t.type for t in tokens]
        assert 2 == types.count("heading_open")  # the two titles, nothing else
        assert "code_block" not in types
        assert 2 == types.count("list_item_open")
        assert 2 == types.count("tr_open") - 1  # two body rows under the header row

    def test_numbers_at_the_start_show_as_written(self) -> None:
        """A paragraph starting "1." displays as written, without a backslash."""
        markdown = str(
            coordprog.render_shape(Document("T", (Paragraph("1. Mục đích"),)), "markdown")
        )
        html = MarkdownIt("commonmark").render(markdown)
        assert "<p>1. Mục đích</p>" in html

    def test_ics_line_breaks(self, coordprog_binh_thuan: Program) -> None:
        """Line breaks in the title and texts are written escaped, and parse back."""
        program = attrs.evolve(coordprog_binh_thuan, title="Chương trình\nphối hợp")
        data = coordprog.render_output(program, "schedule", "ics").content
        assert b"\r\n\r" not in data
        parsed = icalendar.Calendar.from_ical(data)
        assert str(parsed["x-wr-calname"]).endswith(": Chương trình phối hợp")
        first = next(iter(parsed.walk("VEVENT")))
        assert "\r" not in str(first["description"])

    @pytest.mark.parametrize(
        "cell",
        [" =1+1", "\n=1+1", "\x00=1", "\uff1d1+1", "\t=1", "  @SUM(A1)", "\r-1", "\uff0bx"],
    )
    def test_csv_neutralises_hidden_formulas(self, cell: str) -> None:
        """Formula starts after blanks or controls, and fullwidth ones, become text."""
        text = coordprog.render_shape(Table("T", (Column("a", "A"),), ((cell,),)), "csv")
        [_, [written]] = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
        assert "'" + cell == written

    def test_render_error_message_survives_a_bad_exception(
        self, coordprog_binh_thuan: Program
    ) -> None:
        """A plugin error whose repr fails or holds surrogates still gives a clean RenderError."""

        class Nasty(Exception):
            def __repr__(self) -> str:
                raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

        def explode(table: Table) -> str:
            raise Nasty

        class Plugin:
            @coordprog.hookimpl
            def coordprog_register_formats(self, register: Any) -> None:
                register(coordprog.OutputFormat("no", ".no", "text/plain", {Table: explode}))

        from coordprog.testing import plugin_manager

        with pytest.raises(coordprog.RenderError) as info:
            coordprog.render(
                coordprog_binh_thuan, "matrix", "no", plugin_manager=plugin_manager(Plugin())
            )
        str(info.value).encode("utf-8")
        assert "<Nasty that cannot be shown>" in str(info.value)


class TestSchedule:
    def test_calendar_without_working_days(self, coordprog_binh_thuan: Program) -> None:
        """A calendar with no working day within a year is a ScheduleError, not a ValueError."""
        days = frozenset(dt.date(2021, 1, 1) + dt.timedelta(n) for n in range(3 * 366 + 365 * 3))
        never = coordprog.WeekendCalendar(days_off=days)
        with pytest.raises(coordprog.ScheduleError, match="no working day"):
            coordprog.schedule(coordprog_binh_thuan, never)


class TestCommandLine:
    def _run(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    @pytest.mark.parametrize(
        "text",
        ["[" * 1000 + "]" * 1000, '{"id": ' + "1" * 5000 + "}", '{"title": "\\ud800"}'],
    )
    def test_input_mistakes_are_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str
    ) -> None:
        """Deep JSON, huge integers and surrogates are input problems: exit 1, no traceback."""
        path = tmp_path / "xau.json"
        path.write_text(text, encoding="utf-8")
        code, out, err = self._run(capsys, "render", str(path))
        assert (1, "") == (code, out)
        assert "Traceback" not in err
        assert err.startswith(f"{path}: ")

    def test_internal_error_exit_3(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        example_path: Path,
    ) -> None:
        """A bug is a short message saying so, exit 3; --debug shows the traceback."""

        def broken(*args: object, **kwargs: object) -> None:
            raise ZeroDivisionError("lỗi")

        monkeypatch.setattr(coordprog, "render_output", broken)
        code, _, err = self._run(capsys, "render", str(example_path))
        assert 3 == code
        assert err.startswith("coordprog: internal error, a bug in coordprog")
        assert "--debug" in err
        with pytest.raises(ZeroDivisionError):
            main(["--debug", "render", str(example_path)])

    def test_standard_input(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        example_path: Path,
    ) -> None:
        """- reads the document from standard input, TOML or JSON."""
        for text in (
            example_path.read_bytes(),
            coordprog.dumps(coordprog.load(example_path)).encode(),
        ):
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
            code, out, _ = self._run(capsys, "validate", "-")
            assert (0, True) == (code, out.startswith("<stdin>: valid: 2 parties, 25 tasks"))
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": 1}')))
        code, _, err = self._run(capsys, "validate", "-", "--input-format", "json")
        assert 1 == code
        assert err.startswith("<stdin>: ")

    def test_terminal_output_escapes_controls(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """Control characters from a document never reach a terminal raw."""
        path = tmp_path / "p.json"
        path.write_text('{"id": "p", "x\\u001b[2J\\u0007": 1}', "utf-8")
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        code, _, err = self._run(capsys, "validate", str(path))
        assert 1 == code
        assert '["x\\u001b[2J\\u0007"]: unknown key' in err
        assert not any(char in err for char in "\x1b\x07")

    def test_missing_folder_named(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """Writing into a folder that does not exist names the path asked for."""
        target = tmp_path / "khong-co" / "ra.md"
        code, _, err = self._run(capsys, "render", str(example_path), "-o", str(target))
        assert 1 == code
        assert f"cannot write {target}: no folder {target.parent}" in err
        assert ".tmp" not in err


def _coordprog(*args: str, **options: Any) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m coordprog`` in a process of its own."""
    env = {**os.environ, "COORDPROG_PLUGINS": "", **options.pop("env", {})}
    return subprocess.run(
        [sys.executable, "-m", "coordprog", *args], env=env, check=False, **options
    )


class TestCommandLineOutput:
    def _run(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    def test_dangling_symlink_refused(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """-o on a link to nothing is refused; the file it points at is not created."""
        link = tmp_path / "ra.md"
        link.symlink_to(tmp_path / "noi-khac" / "that.md")
        code, _, err = self._run(capsys, "render", str(example_path), "-o", str(link), "--force")
        assert 1 == code
        assert (
            f"coordprog: cannot write {link}: it is a symbolic link to "
            f"{tmp_path / 'noi-khac' / 'that.md'}, which does not exist\n"
        ) == err
        assert not (tmp_path / "noi-khac").exists()
        link.unlink()
        (tmp_path / "that.md").symlink_to(tmp_path / "that.md")  # a loop is a link to nothing
        code, _, err = self._run(
            capsys, "render", str(example_path), "-o", str(tmp_path / "that.md")
        )
        assert (1, True) == (code, "is a symbolic link to" in err)

    @pytest.mark.parametrize("force", [[], ["--force"]])
    def test_folder_as_output(
        self,
        capsys: pytest.CaptureFixture[str],
        example_path: Path,
        tmp_path: Path,
        force: list[str],
    ) -> None:
        """A folder given as OUT is named as the user gave it, with or without --force."""
        code, _, err = self._run(capsys, "render", str(example_path), "-o", str(tmp_path), *force)
        assert (1, f"coordprog: cannot write {tmp_path}: it is a folder; give a file name\n") == (
            code,
            err,
        )
        with pytest.raises(IsADirectoryError, match=f"cannot write {tmp_path}: it is a folder"):
            coordprog.render_output(coordprog.load(example_path), "program", "text").write(tmp_path)

    def test_unwritable_folder_named(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """A folder that cannot be written is reported with OUT as given, not a temporary name."""
        if os.geteuid() == 0:  # the superuser writes everywhere but in /sys
            if not Path("/sys/kernel").is_dir():
                pytest.skip("no folder the superuser cannot write")
            target = Path("/sys/kernel/coordprog-ra.md")
        else:
            folder = tmp_path / "chi-doc"
            folder.mkdir(mode=0o555)
            target = folder / "ra.md"
        code, _, err = self._run(capsys, "render", str(example_path), "-o", str(target))
        assert 1 == code
        assert err.startswith(f"coordprog: cannot write {target}: ")
        assert ".tmp" not in err

    def test_closed_standard_output(self, example_path: Path, tmp_path: Path) -> None:
        """With standard output closed, a command that prints says so (exit 1); -o still works."""
        closed = _coordprog(
            "schedule", str(example_path), preexec_fn=lambda: os.close(1), stderr=subprocess.PIPE
        )
        assert (
            1,
            b"coordprog: standard output is closed: give -o FILE, or open it (no >&-)\n",
        ) == (
            closed.returncode,
            closed.stderr,
        )
        out = tmp_path / "ra.md"
        written = _coordprog(
            "render",
            str(example_path),
            "-o",
            str(out),
            preexec_fn=lambda: os.close(1),
            stderr=subprocess.PIPE,
        )
        assert (0, b"") == (written.returncode, written.stderr)
        assert out.read_text(encoding="utf-8").startswith("**CHƯƠNG TRÌNH**")

    @pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
    def test_standard_output_not_utf8(self, example_path: Path, encoding: str) -> None:
        """A pipe whose locale encoding cannot hold Vietnamese gets the report in UTF-8."""
        expected = str(coordprog.render(coordprog.load(example_path), "matrix", "markdown"))
        found = _coordprog(
            "render",
            str(example_path),
            "--report",
            "matrix",
            env={"PYTHONIOENCODING": encoding},
            capture_output=True,
        )
        assert (0, b"") == (found.returncode, found.stderr)
        assert expected == found.stdout.decode("utf-8")

    def test_terminal_not_utf8(self, example_path: Path) -> None:
        """An ASCII terminal gets what it cannot show as escapes, and the command succeeds."""
        import pty

        leader, follower = pty.openpty()
        try:
            found = _coordprog(
                "schedule", str(example_path), env={"PYTHONIOENCODING": "ascii"}, stdout=follower
            )
            shown = os.read(leader, 100_000)
        finally:
            os.close(leader)
            os.close(follower)
        assert 0 == found.returncode
        assert b"K\\u1ebf ho\\u1ea1ch ph\\u1ed1i h\\u1ee3p" in shown

    def test_long_values_quoted_short(
        self, capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
    ) -> None:
        """An error quotes a few hundred characters of a megabyte-long value, whatever gave it."""
        huge = "x" * 1_000_000
        code, _, err = self._run(
            capsys, "render", str(example_path), "--report", "schedule", "--option", f"until={huge}"
        )
        assert (1, True) == (code, len(err) < 1000)
        assert "(1000000 characters)" in err
        with pytest.raises(SystemExit) as usage:
            main(["schedule", str(example_path), "--from", huge])
        assert (2, True) == (usage.value.code, len(capsys.readouterr().err) < 2000)
        spoilt = tmp_path / "p.json"
        data = json.loads(coordprog.dumps(coordprog.load(example_path)))
        spoilt.write_text(json.dumps({**data, "id": "a " * 500_000}), encoding="utf-8")
        code, _, err = self._run(capsys, "validate", str(spoilt))
        assert (1, True) == (code, len(err) < 1000)

    def test_every_exit_code_documented(self) -> None:
        """docs/cli.md gives each exit code the command uses a row of its table."""
        text = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text("utf-8")
        assert all(f"| `{code}` |" in text for code in range(4))


def _output(text: str) -> coordprog.Output:
    """A rendered report whose content is ``text``."""
    return coordprog.Output(
        format="text", media_type="text/plain", suffix=".txt", binary=False, data=text
    )


class TestWriting:
    def test_stale_temporary_files_removed(self, tmp_path: Path) -> None:
        """A temporary file left by a writer that died is removed by the next write."""
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        )
        stale = tmp_path / f".out.md.{dead.stdout.strip()}.abcd1234.tmp"
        stale.write_text("nửa chừng")
        _output("xong").write(tmp_path / "out.md")
        assert ["out.md"] == sorted(p.name for p in tmp_path.iterdir())

    def test_permissions_and_symlinks(self, tmp_path: Path) -> None:
        """New files get the umask's permissions, old ones keep theirs, links are followed."""
        umask = os.umask(0o022)
        try:
            _output("a").write(tmp_path / "new.md")
            assert 0o644 == (tmp_path / "new.md").stat().st_mode & 0o777
            (tmp_path / "old.md").write_bytes(b"")
            (tmp_path / "old.md").chmod(0o600)
            _output("b").write(tmp_path / "old.md")
            assert 0o600 == (tmp_path / "old.md").stat().st_mode & 0o777
            (tmp_path / "link.md").symlink_to(tmp_path / "new.md")
            _output("qua link").write(tmp_path / "link.md")
            assert (tmp_path / "link.md").is_symlink()
            assert b"qua link" == (tmp_path / "new.md").read_bytes()
        finally:
            os.umask(umask)


@given(
    st.text(
        st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\n;,\\"), min_size=1
    ),
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=200),
)
def test_ics_round_trips_any_text(summary: str, description: str) -> None:
    """Every summary and description reads back from the .ics as written (line breaks as LF)."""
    from coordprog.shapes import Calendar, CalendarEntry

    day = dt.date(2024, 2, 29)
    entry = CalendarEntry("u@x", summary, day, day, day, "sơ kết", description)
    data = coordprog.render_shape_output(Calendar("Lịch", (entry,)), "ics").content
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert "\n".join(summary.splitlines()) == str(event["summary"])
    assert "\n".join(description.splitlines()) == str(event["description"])
    assert day == event.decoded("dtstart")
