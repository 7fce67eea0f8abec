"""Text that lies about direction: bidirectional controls and line separators are refused.

Every input kind refuses them with the path of the text that holds them
(see "Hostile input" in docs/architecture.md for why refusing, not
neutralising); the command line shows them escaped on a terminal.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import coordprog
from coordprog.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "binh_thuan" / "program.toml"

#: The characters refused, each with the code the message names.
CHARACTERS = [
    *(chr(code) for code in range(0x202A, 0x202F)),  # LRE RLE PDF LRO RLO
    *(chr(code) for code in range(0x2066, 0x206A)),  # LRI RLI FSI PDI
    "\u200e",  # LRM
    "\u200f",  # RLM
    "\u061c",  # ALM
    "\u2028",  # LINE SEPARATOR
    "\u2029",  # PARAGRAPH SEPARATOR
]
IDS = [f"U+{ord(char):04X}" for char in CHARACTERS]

# "Sở Nội vụ" that reads "Sở vụ iộN" on screen: the override reverses what follows.
LIAR = "Sở \u202enội vụ\u202c chủ trì"


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    """The Bình Thuận program as JSON data."""
    found: dict[str, Any] = coordprog.to_data(coordprog.load(EXAMPLE))
    return found


def _one_problem(error: coordprog.ValidationError) -> tuple[str, str]:
    [problem] = error.problems
    return problem.path, problem.message


def _expected(char: str, at: int) -> str:
    return (
        "expected text without control characters, surrogates or non-characters, found "
        f"U+{ord(char):04X} at character {at}"
    )


class TestPrograms:
    @pytest.mark.parametrize("char", CHARACTERS, ids=IDS)
    def test_json(self, data: dict[str, Any], char: str) -> None:
        """A task's text in JSON with the character is refused at its path."""
        spoilt = json.loads(json.dumps(data))
        spoilt["task_groups"][0]["groups"][0]["tasks"][1]["text"] = f"Việc{char}"
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.loads(json.dumps(spoilt))
        path, message = _one_problem(info.value)
        assert "task_groups[0].groups[0].tasks[1].text" == path
        assert message.startswith(_expected(char, 5))

    @pytest.mark.parametrize("char", CHARACTERS, ids=IDS)
    def test_toml(self, char: str) -> None:
        """The province of a TOML file, written as an escape, is refused at its path."""
        text = EXAMPLE.read_text(encoding="utf-8").replace(
            'province = "Bình', f'province = "\\u{ord(char):04X}Bình', 1
        )
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.loads(text, "toml")
        path, message = _one_problem(info.value)
        assert "province" == path
        assert message.startswith(_expected(char, 1))

    def test_message_says_why(self, data: dict[str, Any]) -> None:
        """The message says what the character does, and how to write a line break instead."""
        for char, why in (
            ("\u202e", "(a bidirectional control, which makes a text display otherwise than it"),
            ("\u2028", "(a line separator: write a line break as \\n)"),
        ):
            with pytest.raises(coordprog.ValidationError) as info:
                coordprog.from_data({**data, "title": f"a{char}"})
            assert why in _one_problem(info.value)[1]

    def test_a_key_is_quoted_escaped(self, data: dict[str, Any]) -> None:
        """An unknown key holding an override is shown escaped in the path."""
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.from_data({**data, "x\u202ey": 1})
        assert '["x\\u202ey"]' == _one_problem(info.value)[0]


class TestOtherInputs:
    def test_records(self, coordprog_binh_thuan: coordprog.Program) -> None:
        """A progress note with an override is refused at its path."""
        text = json.dumps(
            {
                "program": coordprog_binh_thuan.id,
                "progress": [
                    {
                        "task": "II.1.1.1",
                        "by": "bdv",
                        "as_of": "2022-06-30",
                        "status": "in-progress",
                        "note": LIAR,
                    }
                ],
            }
        )
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.loads_records(coordprog_binh_thuan, text)
        path, message = _one_problem(info.value)
        assert "progress[0].note" == path
        assert message.startswith(_expected("\u202e", 4))

    def test_bodies_file(self, tmp_path: Path) -> None:
        """A body's name in bodies.toml with an isolate is refused, naming the file and path."""
        (tmp_path / "program.toml").write_bytes(EXAMPLE.read_bytes())
        (tmp_path / "bodies.toml").write_text(
            '[[bodies]]\nid = "a"\nname = "Ban \\u2067Dân vận"\n', encoding="utf-8"
        )
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.load_portfolio(tmp_path)
        path, message = _one_problem(info.value)
        assert f"{tmp_path / 'bodies.toml'}: bodies[0].name" == path
        assert message.startswith(_expected("\u2067", 5))

    def test_portfolio_program(self, tmp_path: Path) -> None:
        """A program of a portfolio with a paragraph separator is refused, naming the file."""
        text = EXAMPLE.read_text(encoding="utf-8").replace(
            'province = "Bình', 'province = "Tỉnh\\u2029Bình', 1
        )
        (tmp_path / "p.toml").write_text(text, encoding="utf-8")
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.load_portfolio(tmp_path)
        path, message = _one_problem(info.value)
        assert f"{tmp_path / 'p.toml'}: province" == path
        assert message.startswith(_expected("\u2029", 5))

    def test_import_text(self) -> None:
        """A document's text with an override drafts, but the draft is refused where it holds it."""
        text = EXAMPLE.parent.joinpath("source.txt").read_text(encoding="utf-8")
        spoilt = text.replace("Ban Dân vận Tỉnh ủy", f"Ban Dân vận Tỉnh ủy {LIAR}", 1)
        draft = coordprog.import_text(spoilt)
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.from_data(draft.data, "toml")
        assert all("U+202E" in problem.message for problem in info.value.problems)

    @pytest.mark.parametrize("kind", ["txt", "docx"])
    def test_import_command(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
    ) -> None:
        """Importing a text or DOCX that holds an override exits 1, naming the document."""
        text = EXAMPLE.parent.joinpath("source.txt").read_text(encoding="utf-8")
        spoilt = text.replace("Ban Dân vận Tỉnh ủy", f"Ban Dân vận Tỉnh ủy {LIAR}", 1)
        source = tmp_path / f"van-ban.{kind}"
        if kind == "txt":
            source.write_text(spoilt, encoding="utf-8")
        else:
            import docx

            document = docx.Document()
            for line in spoilt.splitlines():
                document.add_paragraph(line)
            document.save(str(source))
        code = main(["import", str(source), "-o", str(tmp_path / "nhap.toml")])
        err = capsys.readouterr().err
        assert 1 == code
        assert f"coordprog: {source}: the draft does not validate" in err
        assert "U+202E" in err
        assert not (tmp_path / "nhap.toml").exists()


class TestTerminal:
    def test_error_escaped(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """A file name with an override is shown escaped in an error on a terminal."""
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        name = str(tmp_path / "a\u202etxt.toml")
        assert 1 == main(["validate", name])
        err = capsys.readouterr().err
        assert "a\\u202etxt.toml" in err
        assert "\u202e" not in err

    def test_report_escaped(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        coordprog_binh_thuan: coordprog.Program,
    ) -> None:
        """A plugin's report holding direction controls reaches a terminal escaped, a pipe as is."""
        from coordprog.shapes import Document

        class Liar:
            @coordprog.hookimpl
            def coordprog_register_reports(self, register: Any) -> None:
                register(coordprog.ReportKind("liar", Document, lambda p: Document(LIAR)))

        manager = coordprog.default_plugin_manager()
        manager.register(Liar(), name="liar")
        try:
            monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
            assert 0 == main(["render", str(EXAMPLE), "--report", "liar", "--format", "text"])
            out = capsys.readouterr().out
            assert "Sở \\u202enội vụ\\u202c chủ trì" in out
            monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
            assert 0 == main(["render", str(EXAMPLE), "--report", "liar", "--format", "text"])
            assert LIAR in capsys.readouterr().out
        finally:
            manager.unregister(name="liar")
