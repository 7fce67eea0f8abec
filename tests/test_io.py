"""Reading and writing program documents."""

import json
from pathlib import Path
from typing import Any

import pytest

import coordprog
from coordprog import FormatError, Program, ValidationError


def _minimal() -> dict[str, Any]:
    return {
        "id": "p",
        "title": "Chương trình phối hợp",
        "period": {"start": "2022-01-01", "end": "2025-12-31"},
        "parties": [{"id": "a", "name": "Ban Dân vận"}, {"id": "b", "name": "Ban Dân tộc"}],
        "task_groups": [
            {
                "id": "II.1",
                "title": "Nhiệm vụ",
                "leads": ["a"],
                "supports": ["b"],
                "tasks": [{"id": "t1", "text": "Tuyên truyền"}],
            },
        ],
    }


def _problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        coordprog.loads(json.dumps(data, ensure_ascii=False))
    return [(p.path, p.message) for p in info.value.problems]


class TestRoundTrip:
    @pytest.mark.parametrize("fmt", ["json", "toml"])
    def test_example(self, example_path: Path, fmt: str) -> None:
        """The example survives a round trip through either format unchanged."""
        program = coordprog.load(example_path)
        assert program == coordprog.loads(coordprog.dumps(program, fmt), fmt)

    def test_canonical_json(self, example_path: Path) -> None:
        """JSON keeps Vietnamese unescaped, ends in a newline and is stable."""
        program = coordprog.load(example_path)
        text = coordprog.dumps(program)
        assert "Ban Dân vận Tỉnh ủy" in text
        assert "\\u" not in text
        assert text.endswith("}\n")
        assert text == coordprog.dumps(coordprog.loads(text))
        assert text.startswith('{"id":"binh-thuan-dan-van-dan-toc-2022-2025","title":')
        pretty = coordprog.dumps(program, indent=2)
        assert pretty.startswith('{\n  "id": "binh-thuan')
        assert program == coordprog.loads(pretty)

    def test_defaults_left_out(self) -> None:
        """Fields holding their default are not written."""
        data = coordprog.to_data(coordprog.loads(json.dumps(_minimal())))
        assert "recipients" not in data
        assert "kind" not in data

    def test_save_and_load(self, tmp_path: Path, example_path: Path) -> None:
        """save() writes the format of the suffix and load() reads it back."""
        program = coordprog.load(example_path)
        for name in ("copy.json", "copy.toml"):
            coordprog.save(program, tmp_path / name)
            assert program == coordprog.load(tmp_path / name)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.json", "copy.toml"]


class TestText:
    def test_pdf_fault_repaired_and_nfc(self) -> None:
        """ƣ is repaired to ư and decomposed text is composed on load."""
        data = _minimal()
        data["title"] = "Nhiệm vụ thƣờng xuyên " + "Vie\u0323\u0302t"
        program = coordprog.loads(json.dumps(data))
        assert program.title == "Nhiệm vụ thường xuyên Việt"

    def test_nothing_else_changes(self) -> None:
        """White space and punctuation are kept as written."""
        data = _minimal()
        data["title"] = "  Chương trình  “Dân vận khéo” ./. "
        assert data["title"] == coordprog.loads(json.dumps(data)).title


class TestErrors:
    def test_unknown_key_with_path(self) -> None:
        """An unknown key is refused at its path."""
        data = _minimal()
        data["task_groups"][0]["tasks"][0]["lead"] = ["a"]
        [(path, message)] = _problems(data)
        assert path == "task_groups[0].tasks[0].lead"
        assert "unknown key 'lead'" in message
        assert "leads" in message

    def test_wrong_types(self) -> None:
        """A number for a string, a string for a list, a bad enum, a bad date."""
        data = _minimal()
        data["title"] = 5
        data["purposes"] = "một mục đích"
        data["parties"][0]["level"] = "tinh"
        data["period"]["start"] = "2022-02-30"
        data["task_groups"][0]["tasks"][0]["number"] = 1.5
        data["task_groups"][0]["tasks"][0]["supports"] = ["a", 7]
        problems = dict(_problems(data))
        assert problems["title"] == "expected a string, found an integer 5"
        assert problems["task_groups[0].tasks[0].number"] == "expected a string, found a number 1.5"
        assert problems["task_groups[0].tasks[0].supports[1]"] == (
            "expected a string, found an integer 7"
        )
        assert problems["purposes"] == "expected an array, found a string 'một mục đích'"
        assert problems["parties[0].level"].startswith("expected one of 'central'")
        assert problems["period.start"] == "expected a date, found the impossible date '2022-02-30'"

    def test_missing_required_key(self) -> None:
        """A missing required field is named by its path."""
        data = _minimal()
        del data["parties"][1]["name"]
        assert [("parties[1].name", "expected this required key, found it missing")] == _problems(
            data
        )

    def test_not_a_table(self) -> None:
        """A document that is not a table is refused, not crashed on."""
        assert [("", "expected a table of Program fields, found an array")] == _problems([1])

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('{"id": "a", "id": "b"}', "expected each key once in a JSON object, found 'id' twice"),
            ("{", "expected valid JSON"),
        ],
    )
    def test_json_refused_before_structuring(self, text: str, expected: str) -> None:
        """Duplicate keys, NaN and broken syntax are refused with a clear message."""
        with pytest.raises(ValidationError) as info:
            coordprog.loads(text)
        assert info.value.problems[0].message.startswith(expected)

    def test_bad_toml_and_bytes(self) -> None:
        """Broken TOML and non-UTF-8 bytes are validation errors."""
        with pytest.raises(ValidationError, match="expected valid TOML"):
            coordprog.loads("id = ", "toml")
        with pytest.raises(ValidationError, match="expected UTF-8 text"):
            coordprog.loads(b'{"id": "\xff"}')

    def test_file_named(self, tmp_path: Path) -> None:
        """Loading a file names the file in the error and in each line."""
        path = tmp_path / "broken.json"
        data = _minimal()
        data["title"] = 5
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(ValidationError) as info:
            coordprog.load(path)
        assert info.value.source == str(path)
        assert f"{path}: title: expected a string" in str(info.value)

    def test_error_is_a_value_error(self) -> None:
        """ValidationError is both a CoordprogError and a ValueError."""
        assert issubclass(ValidationError, coordprog.CoordprogError)
        assert issubclass(ValidationError, ValueError)

    def test_unknown_suffix_and_format(self, tmp_path: Path) -> None:
        """A suffix or format name coordprog does not know is refused."""
        with pytest.raises(FormatError, match=r"\.yaml"):
            coordprog.load(tmp_path / "program.yaml")
        with pytest.raises(FormatError, match="'yaml'"):
            coordprog.dumps(coordprog.loads(json.dumps(_minimal())), "yaml")

    def test_toml_datetime_refused(self) -> None:
        """A TOML date-time where a date belongs is refused."""
        text = coordprog.dumps(coordprog.loads(json.dumps(_minimal())), "toml")
        text = text.replace("start = 2022-01-01", "start = 2022-01-01T08:00:00")
        with pytest.raises(ValidationError) as info:
            coordprog.loads(text, "toml")
        assert info.value.problems[0].path == "period.start"
        assert "found a date-time" in info.value.problems[0].message


def test_program_is_a_value() -> None:
    """Programs are frozen, hashable values."""
    program: Program = coordprog.loads(json.dumps(_minimal()))
    with pytest.raises(AttributeError):
        program.title = "x"  # type: ignore[misc]
    assert hash(program) == hash(coordprog.loads(json.dumps(_minimal())))


def _large_program_text() -> str:
    """A JSON program of 4,000 groups, about two megabytes."""
    data = _minimal()
    group = data["task_groups"][0]
    data["task_groups"] = [
        {**group, "id": f"II.{n}", "tasks": [{"id": f"t{n}", "text": "Tuyên truyền " * 40}]}
        for n in range(4_000)
    ]
    return json.dumps(data, ensure_ascii=False, indent=2)


class TestLargeDocuments:
    def test_from_data_leaves_the_callers_data_alone(self, example_text: str) -> None:
        """from_data reads the data it is given without changing it."""
        import copy
        import tomllib

        data = tomllib.loads(example_text)
        before = copy.deepcopy(data)
        coordprog.from_data(data, "toml")
        assert before == data

    def test_problems_of_every_group_reported(self, example_text: str) -> None:
        """A problem in each of two top-level groups: both reported, each with its path."""
        import json

        data = json.loads(coordprog.dumps(coordprog.loads(example_text, "toml")))
        data["task_groups"][0]["groups"][0]["tasks"][0]["text"] = 1
        data["task_groups"][1]["groups"][1]["leads"] = "bdv"
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.loads(json.dumps(data))
        assert [
            "task_groups[0].groups[0].tasks[0].text",
            "task_groups[1].groups[1].leads",
        ] == [p.path for p in info.value.problems]

    def test_a_program_file_of_megabytes_reads_as_its_text(self, tmp_path: Path) -> None:
        """A JSON program of thousands of groups reads from a file as ``loads`` reads its text."""
        text = _large_program_text()
        path = tmp_path / "large.json"
        path.write_text(text, encoding="utf-8")
        assert path.stat().st_size > 1_500_000
        assert coordprog.loads(text) == coordprog.load(path)

    def test_a_mistake_megabytes_into_a_file_is_named_as_in_its_text(self, tmp_path: Path) -> None:
        """A syntax error or a bad value in the last group of a large file: as for its text."""
        text = _large_program_text()
        last = text.rindex('"leads"')
        for spoilt in (
            text[:last] + text[last:].replace(":", "=", 1),
            text[:last] + text[last:].replace('"a"', '"nobody"', 1),
        ):
            path = tmp_path / "spoilt.json"
            path.write_text(spoilt, encoding="utf-8")
            with pytest.raises(ValidationError) as from_text:
                coordprog.loads(spoilt)
            with pytest.raises(ValidationError) as from_file:
                coordprog.load(path)
            assert from_text.value.problems == from_file.value.problems
            assert str(path) == from_file.value.source


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["task_groups"][0]["groups"][0]["tasks"][0].update(text=""), "text"),
        (lambda d: d["task_groups"][0]["groups"][0]["tasks"][0].update(text="   "), "text"),
        (lambda d: d.update(parties=[]), "parties"),
        (lambda d: d["parties"][0].update(id="ban dan van"), "id"),
        (lambda d: d.update(signed_on="2022-13-40"), "signed_on"),
        (lambda d: d["task_groups"][0]["groups"][0].update(leads=["bdv", "bdv"]), "leads"),
        (lambda d: d["schedule"]["reviews"][0].update(every_months=0), "every_months"),
        (lambda d: d.update(recipients=["Sở Nội vụ;", " "]), 1),
        (lambda d: d.update(addressees=[""]), 0),
        (lambda d: d.update(recipients=["Sở Nội vụ;", "\u00ad\u200b"]), 1),
        (lambda d: d.update(kind="other", type_line="\u200b"), "type_line"),
        # A group needs a title or a number; the schema says "one of", as the class checks.
        (lambda d: [d["task_groups"][0].pop(k, None) for k in ("title", "number")], "task_groups"),
    ],
)
def test_json_schema_refuses_what_the_loader_refuses(
    example_path: Path, change: Any, path: str | int
) -> None:
    """What the loader refuses, the exported schema refuses too (without format checks)."""
    jsonschema = pytest.importorskip("jsonschema")
    data = coordprog.to_data(coordprog.load(example_path), "json")
    jsonschema.validate(data, coordprog.json_schema())
    change(data)
    with pytest.raises(coordprog.ValidationError):
        coordprog.from_data(data)
    with pytest.raises(jsonschema.ValidationError) as caught:
        jsonschema.validate(data, coordprog.json_schema())
    assert path in list(caught.value.absolute_path) or path == caught.value.absolute_path[-1]


def test_records_schema_accepts_the_example_records() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from coordprog import examples

    data = coordprog.to_data(examples.records("binh-thuan"), "json")
    jsonschema.Draft202012Validator(
        coordprog.json_schema("records"), format_checker=jsonschema.FormatChecker()
    ).validate(data)
