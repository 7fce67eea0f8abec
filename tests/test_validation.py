"""Cross-object validation: every problem at once, each with its path."""

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

import coordprog
from coordprog import Problem, ValidationError


def _example(example_path: Path) -> dict[str, Any]:
    return tomllib.loads(example_path.read_text(encoding="utf-8"))


def _problems(data: dict[str, Any]) -> list[Problem]:
    with pytest.raises(ValidationError) as info:
        coordprog.from_data(data, "toml")
    return list(info.value.problems)


def _task(data: dict[str, Any], group: int, sub: int, task: int) -> dict[str, Any]:
    result: dict[str, Any] = data["task_groups"][group]["groups"][sub]["tasks"][task]
    return result


TASK = "task_groups[0].groups[0].tasks[2]"


class TestRules:
    def test_example_is_valid(self, example_path: Path) -> None:
        """The example has no problem."""
        assert () == coordprog.validate(coordprog.load(example_path))

    def test_unknown_party(self, example_path: Path) -> None:
        """A role naming a party the program does not list."""
        data = _example(example_path)
        _task(data, 0, 0, 2)["supports"] = ["ban-to-chuc"]
        assert [
            Problem(
                f"{TASK}.supports[0]",
                "expected the id of a party or third party, found unknown id 'ban-to-chuc'",
            )
        ] == _problems(data)

    def test_lead_also_support(self, example_path: Path) -> None:
        """A task adding its group's lead as a support."""
        data = _example(example_path)
        _task(data, 0, 0, 2)["supports"] = ["bdv"]
        assert [
            Problem(
                f"{TASK}.supports[0]",
                "expected a party to either lead or support task 'II.1.1.3', found 'bdv' as both",
            )
        ] == _problems(data)

    @pytest.mark.parametrize("field", ["recipients", "addressees"])
    def test_a_blank_line_among_the_printed_lines(self, example_path: Path, field: str) -> None:
        """A recipient or addressee with no text is a mistake, named by its place."""
        data = _example(example_path)
        data[field] = ["Ban Dân vận Trung ương;", "  "]
        assert [Problem(f"{field}[1]", "expected text, found '  '")] == _problems(data)

    def test_task_without_lead(self, example_path: Path) -> None:
        """A task in a group that declares no lead, with none of its own."""
        data = _example(example_path)
        del data["task_groups"][0]["groups"][0]["leads"]
        problems = _problems(data)
        assert len(problems) == 8
        assert problems[0] == Problem(
            "task_groups[0].groups[0].tasks[0].leads",
            "expected at least one lead (chủ trì) for task 'II.1.1.1', declared on the task "
            "or a group above it, found none",
        )

    def test_duplicate_ids(self, example_path: Path) -> None:
        """Two tasks, two parties and two acts sharing an id."""
        data = _example(example_path)
        _task(data, 0, 0, 2)["id"] = "II.1.1.1"
        data["third_parties"][0]["id"] = "bdv"
        data["legal_refs"][1]["id"] = data["legal_refs"][0]["id"]
        data["task_groups"][0]["groups"][1]["id"] = "II.1"
        problems = {p.path: p.message for p in _problems(data)}
        assert problems["task_groups[0].groups[1].id"] == (
            "expected a unique task or task group id, found 'II.1' again "
            "(first at task_groups[0].id)"
        )
        assert problems[f"{TASK}.id"] == (
            "expected a unique task or task group id, found 'II.1.1.1' again "
            "(first at task_groups[0].groups[0].tasks[0].id)"
        )
        assert problems["third_parties[0].id"].startswith("expected a unique party id")
        assert problems["legal_refs[1].id"].startswith("expected a unique legal reference id")

    def test_dates_outside_period(self, example_path: Path) -> None:
        """Amendments, held reviews and one-off events must fall in the period."""
        data = _example(example_path)
        data["amendments"] = [{"date": "2026-03-01", "reason": "Bổ sung nhiệm vụ"}]
        data["schedule"]["events"] = [
            {"id": "hoi-nghi", "date": "2021-12-01", "name_vi": "Hội nghị", "name_en": "Meeting"}
        ]
        assert [
            Problem(
                "schedule.events[0].date",
                "expected a date from 2022-01-01 to 2025-12-31, found 2021-12-01",
            ),
            Problem(
                "amendments[0].date",
                "expected a date from 2022-01-01 to 2025-12-31, found 2026-03-01",
            ),
        ] == _problems(data)

    def test_end_before_start(self, example_path: Path) -> None:
        """A period that ends before it starts."""
        data = _example(example_path)
        data["period"]["end"] = data["period"]["start"].replace(year=2021)
        assert [
            Problem(
                "period.end", "expected an end on or after the start 2022-01-01, found 2021-01-01"
            )
        ] == _problems(data)

    def test_annual_plan_year_outside(self, example_path: Path) -> None:
        """An annual plan for a year the period does not reach, and one year twice."""
        data = _example(example_path)
        data["annual_plans"] = [{"year": 2026}, {"year": 2023}, {"year": 2023}]
        assert [
            Problem("annual_plans[0].year", "expected a year of the period 2022-2025, found 2026"),
            Problem(
                "annual_plans[2].year",
                "expected one annual plan per year, found 2023 again (first at annual_plans[1])",
            ),
        ] == _problems(data)

    def test_unknown_legal_ref(self, example_path: Path) -> None:
        """A task citing an act that legal_refs does not hold."""
        data = _example(example_path)
        _task(data, 0, 0, 2)["legal_refs"] = ["99-NQ/TW"]
        [problem] = _problems(data)
        assert problem.path == f"{TASK}.legal_refs[0]"

    def test_signatory_of_a_party_that_does_not_sign(self, example_path: Path) -> None:
        """A party marked as not signing has no signature."""
        data = _example(example_path)
        data["parties"][0]["signs"] = False
        [problem] = _problems(data)
        assert problem == Problem(
            "signatories[1].party",
            "expected a party that signs, found 'bdv', marked 'signs = false' (drop the mark if "
            "the document shows its signature)",
        )

    def test_signatory_of_an_unknown_body(self, example_path: Path) -> None:
        """A signatory signs for a party or third party the program lists, or names its body."""
        data = _example(example_path)
        data["signatories"][0]["party"] = "ubnd"
        [problem] = _problems(data)
        assert problem == Problem(
            "signatories[0].party",
            "expected the id of a party or third party (or the signed-for body's name in "
            "'body'), found unknown id 'ubnd'",
        )

    def test_wrong_type(self, example_path: Path) -> None:
        """A wrong type is reported at its path, not as a TypeError."""
        data = _example(example_path)
        data["schedule"]["reviews"][0]["every_months"] = "6"
        assert [
            Problem("schedule.reviews[0].every_months", "expected an integer, found a string '6'")
        ] == _problems(data)


def test_broken_copy_reports_everything(example_path: Path) -> None:
    """A copy with five planted mistakes reports all five at once."""
    data = _example(example_path)
    _task(data, 0, 0, 0)["supports"] = ["khong-co"]
    _task(data, 0, 1, 1)["leads"] = ["bdv"]
    data["annual_plans"] = [{"year": 2030}]
    data["signatories"][1]["party"] = "bdx"
    data["basis"] = ["01-CTrPH"]
    paths = [p.path for p in _problems(data)]
    assert [
        "basis[0]",
        "task_groups[0].groups[0].tasks[0].supports[0]",
        "task_groups[0].groups[1].tasks[1].leads[0]",
        "annual_plans[0].year",
        "signatories[1].party",
    ] == paths


def test_message_lists_every_problem(example_path: Path) -> None:
    """The exception text has a line per problem."""
    data = _example(example_path)
    data["annual_plans"] = [{"year": 2030}, {"year": 2031}]
    with pytest.raises(ValidationError) as info:
        coordprog.loads(json.dumps(data, default=str))
    assert str(info.value).splitlines()[0] == "2 problems in the program document"


class TestScheduleRules:
    def test_review_due_before_window_end(self, example_path: Path) -> None:
        """A review may not fall due before the window it reviews has ended."""
        data = _example(example_path)
        data["schedule"]["reviews"][0]["due"] = {"days": -5}
        assert [
            Problem(
                "schedule.reviews[0].due",
                "expected an offset on or after the end of the window, found one that falls "
                "5 day(s) before its anchor",
            )
        ] == _problems(data)

    def test_grace_shorter_than_due(self, example_path: Path) -> None:
        """The grace must reach at least as far as the due date."""
        data = _example(example_path)
        data["schedule"]["final_review"]["due"] = {"months": 2}
        data["schedule"]["final_review"]["grace"] = {"months": 1}
        [problem] = _problems(data)
        assert problem.path == "schedule.final_review.grace"

    def test_annual_plan_due_too_late(self, example_path: Path) -> None:
        """A plan due after the year it plans is refused."""
        data = _example(example_path)
        data["schedule"]["annual_plans"]["due"] = {"months": 13}
        [problem] = _problems(data)
        assert problem.path == "schedule.annual_plans.due"

    def test_unknown_rule_lead(self, example_path: Path) -> None:
        """Rule leads must be known parties."""
        data = _example(example_path)
        data["schedule"]["reviews"][1]["leads"] = ["ubnd"]
        assert [
            Problem(
                "schedule.reviews[1].leads[0]",
                "expected the id of a party or third party, found unknown id 'ubnd'",
            )
        ] == _problems(data)


class TestTaskFields:
    """The invariants of one task or group, checked when it is built."""

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("id", "II 1", "expected an id without spaces, found 'II 1'"),
            ("id", "", "expected an id without spaces, found ''"),
            ("text", "", "expected a non-empty value, found an empty one"),
            ("leads", ["bdv", "bdv"], "expected each value once, found 'bdv' again at index 1"),
            ("supports", ["a", "b", "a"], "expected each value once, found 'a' again at index 2"),
            ("legal_refs", ["x", "x"], "expected each value once, found 'x' again at index 1"),
        ],
    )
    def test_refused_with_path(
        self, example_path: Path, field: str, value: Any, message: str
    ) -> None:
        """A bad task field is reported at its path in the document."""
        data = _example(example_path)
        _task(data, 0, 0, 2)[field] = value
        assert Problem(f"{TASK}.{field}", message) in _problems(data)

    @pytest.mark.parametrize("cls", [coordprog.Task, coordprog.TaskGroup])
    def test_constructor_names_the_field(self, cls: type[Any]) -> None:
        """Building a task or group in Python raises FieldError naming the field."""
        text = "text" if cls is coordprog.Task else "title"
        with pytest.raises(coordprog.FieldError) as info:
            cls("a", "b", supports=("p", "q", "p"))
        assert ("supports", "expected each value once, found 'p' again at index 2") == (
            info.value.field,
            info.value.message,
        )
        with pytest.raises(coordprog.FieldError) as info:
            cls("a", "")
        assert text == info.value.field
        with pytest.raises(coordprog.FieldError) as info:
            cls("a\tb", "b")
        assert "id" == info.value.field
        assert cls("a", "b", leads=("p", "q")).leads == ("p", "q")
