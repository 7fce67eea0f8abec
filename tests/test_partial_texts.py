"""Texts known in part: the tasks known of a text not available, counts, untitled chapters."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

import coordprog
from coordprog import Extent, Program

#: A central program known from the provinces' programs that cite it: two of
#: its seven tasks are known, one without the lead the citing text does not name.
CENTRAL = """\
id = "tw"
title = "Chương trình phối hợp cấp trung ương"
number = "01-CTrPH/BDVTW-BCSĐUBDT"
text_available = false
extent = { tasks = 7 }
[[parties]]
id = "bdvtw"
name = "Ban Dân vận Trung ương"
level = "central"
[[parties]]
id = "ubdt"
name = "Ủy ban Dân tộc"
level = "central"
[[task_groups]]
id = "II"
title = "Nhiệm vụ đã biết"
[[task_groups.tasks]]
id = "II.3"
text = "Tuyên truyền, vận động đồng bào dân tộc thiểu số"
leads = ["bdvtw"]
[[task_groups.tasks]]
id = "II.5"
text = "Bồi dưỡng người có uy tín"
"""

#: A regulation "gồm 2 chương, 6 điều" of which one article is transcribed,
#: in a chapter printed without a title.
REGULATION = """\
id = "quy-che"
kind = "regulation"
title = "Quy chế phối hợp"
extent = { chapters = 2, articles = 6 }
[[parties]]
id = "a"
name = "Sở A"
[[chapters]]
number = "I"
[[chapters.articles]]
number = "1"
caption = "Phạm vi điều chỉnh"
text = "Quy chế này quy định việc phối hợp."
"""

CHILD = """\
id = "tinh"
title = "Chương trình phối hợp tỉnh"
parent = "01-CTrPH/BDVTW-BCSĐUBDT"
[[parties]]
id = "bdv"
name = "Ban Dân vận Tỉnh ủy"
level = "province"
province = "Gia Lai"
[[legal_refs]]
id = "01-CTrPH/BDVTW-BCSĐUBDT"
kind = "program"
number = "01-CTrPH/BDVTW-BCSĐUBDT"
[[task_groups]]
id = "II"
title = "Nhiệm vụ"
leads = ["bdv"]
[[task_groups.tasks]]
id = "a"
text = "Tuyên truyền trong tỉnh"
parent_task = "II.3"
"""


def _load(text: str) -> Program:
    return coordprog.loads(text, "toml")


def _round_trips(program: Program) -> None:
    for fmt in ("json", "toml"):
        assert program == coordprog.loads(coordprog.dumps(program, fmt), fmt)


class TestTextNotAvailable:
    def test_holds_the_known_tasks(self) -> None:
        """A program known from the documents citing it holds the tasks they name."""
        program = _load(CENTRAL)
        assert () == coordprog.validate(program)
        assert ("II.3", "II.5") == tuple(task.id for task in program.tasks)
        _round_trips(program)

    def test_a_known_task_may_lack_its_lead(self) -> None:
        """A task the citing documents name without its lead needs none."""
        assert () == _load(CENTRAL).task("II.5").leads

    def test_a_task_whose_lead_is_not_stated_is_no_bodys_duty(self) -> None:
        """A known task without its lead is not shared out among the parties: no lead is known."""
        program = _load(CENTRAL)
        task = program.task("II.5")
        assert (True, ()) == (program.lead_unknown(task), program.duty_bodies(task))
        assert (False, ("bdvtw",)) == (
            program.lead_unknown(program.task("II.3")),
            program.duty_bodies(program.task("II.3")),
        )

    def test_the_review_says_the_lead_is_not_known(self) -> None:
        """The review report says a task's lead is not known, not that all parties share it."""
        out = coordprog.render(
            _load(CENTRAL), "review", "markdown", options={"window": "2024", "as_of": "2024-12-31"}
        )
        assert 1 == out.count("Cơ quan chủ trì: chưa rõ (chưa có toàn văn văn bản)")

    def test_with_its_text_a_task_needs_a_lead(self) -> None:
        """The same task in a text that is available needs its lead: the text states it."""
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(CENTRAL.replace("text_available = false\n", ""))
        assert ["task_groups[0].tasks[1].leads"] == [p.path for p in caught.value.problems]

    def test_reports_say_the_list_is_partial(self) -> None:
        """Every report says the tasks shown are not all of them, and how many there are."""
        program = _load(CENTRAL)
        out = coordprog.render(program, "program", "markdown")
        assert "các nhiệm vụ nêu ở đây (nếu có) chưa phải là toàn bộ" in out
        assert "**Gồm:** 7 nhiệm vụ (đã biết 2 nhiệm vụ)" in out
        matrix = coordprog.render(program, "matrix", "markdown")
        assert "chưa phải là toàn bộ" in matrix
        english = coordprog.render(program, "program", "markdown", options={"lang": "en"})
        assert "7 tasks (known: 2 tasks)" in english


class TestExtent:
    def test_counts_beyond_what_is_held(self) -> None:
        """The count "gồm 2 chương, 6 điều" is kept beside the one article transcribed."""
        program = _load(REGULATION)
        assert Extent(chapters=2, articles=6) == program.extent
        assert () == coordprog.validate(program)
        out = coordprog.render(program, "program", "markdown")
        assert "**Gồm:** 2 chương, 6 điều (đã biết 1 chương, 1 điều)" in out
        _round_trips(program)

    def test_a_count_below_what_is_held_is_refused(self) -> None:
        """A file cannot hold more articles than the document is said to have."""
        text = REGULATION.replace("articles = 6", "articles = 1") + '[[articles]]\nnumber = "9"\n'
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(text)
        assert ["extent.articles"] == [p.path for p in caught.value.problems]

    def test_a_count_of_zero_is_refused(self) -> None:
        """A document said to have no chapter states nothing: leave the count out."""
        with pytest.raises(coordprog.FieldError, match="at least 1"):
            Extent(chapters=0)

    def test_as_written(self) -> None:
        """The counts read as a Vietnamese document writes them."""
        assert "2 chương, 6 điều, 7 nhiệm vụ" == Extent(2, 6, 7).as_written

    def test_schema(self) -> None:
        """The JSON Schema lists the extent and lets a chapter leave its title out."""
        defs = coordprog.json_schema()["$defs"]
        assert {"chapters", "articles", "tasks"} == set(defs["Extent"]["properties"])
        assert "title" not in defs["Chapter"].get("required", [])


class TestChapter:
    def test_a_chapter_without_a_title(self) -> None:
        """A chapter printed without a title keeps its number and renders."""
        program = _load(REGULATION)
        assert program.chapters[0].title is None
        out = coordprog.render(program, "program", "markdown")
        assert "## Chương I" in out
        assert "### Điều 1. Phạm vi điều chỉnh" in out


class TestCoverage:
    def test_counts_the_known_tasks_of_a_partly_known_parent(self, tmp_path: Path) -> None:
        """Coverage matches the known tasks and says how many of how many are known."""
        (tmp_path / "tw.toml").write_text(CENTRAL, encoding="utf-8")
        (tmp_path / "tinh.toml").write_text(CHILD, encoding="utf-8")
        portfolio = coordprog.load_portfolio(tmp_path)
        found = coordprog.coverage(portfolio, portfolio.program("tw"))
        assert (False, 2, 7) == (found.available, found.known_tasks, found.stated_tasks)
        assert ["II.3"] == [task.id for task, _ in found.covered]
        assert ["II.5"] == [task.id for task in found.uncovered]
        text = coordprog.render_shape(
            coordprog.cascade_document(portfolio, portfolio.program("tw"), dt.date(2024, 1, 1)),
            "markdown",
        )
        assert "đã biết 2 trên 7 nhiệm vụ" in text


#: The central program with a period that ended: its known tasks are past their deadline.
ENDED = CENTRAL.replace(
    "text_available = false",
    "text_available = false\nperiod = { start = 2016-01-01, end = 2021-12-31 }",
)


def _csv(text: str) -> list[list[str]]:
    """The rows of a CSV report, without its header."""
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))[1:]


class TestLeadNotKnown:
    def test_the_matrix_says_the_lead_is_not_known(self) -> None:
        """The matrix marks each party "chưa rõ" on a task whose lead is not stated."""
        rows = {row[0]: row[4:6] for row in _csv(coordprog.render(_load(CENTRAL), "matrix", "csv"))}
        assert ["chưa rõ", "chưa rõ"] == rows["II.5"]
        assert ["chủ trì", ""] == rows["II.3"]

    def test_the_status_lists_what_the_review_calls_overdue(self) -> None:
        """An unreported task whose lead is not known is overdue in the review and in the status."""
        program = _load(ENDED)
        options = {"as_of": "2026-12-06"}
        review = coordprog.render(program, "review", "markdown", options=options)
        assert 2 == review.count("chưa có báo cáo, đã quá hạn 31/12/2021")
        rows = _csv(coordprog.render(program, "status", "csv", options=options))
        assert [
            ["Ban Dân vận Trung ương", "II.3", "Chưa báo cáo, đã quá hạn"],
            ["Chưa rõ cơ quan chủ trì", "II.5", "Chưa báo cáo, đã quá hạn"],
        ] == [[row[0], row[2].split(". ")[0], row[4]] for row in rows]

    def test_the_example_says_the_same_in_both(self) -> None:
        """The review and the status of ubdt-bdbp-2016-2021 count the same tasks overdue."""
        program = coordprog.examples.load("ubdt-bdbp-2016-2021")
        records = coordprog.examples.records("ubdt-bdbp-2016-2021")
        options = {"as_of": "2026-12-06"}
        review = coordprog.render(program, "review", "markdown", records=records, options=options)
        status = coordprog.render(program, "status", "csv", records=records, options=options)
        overdue = status.count("Chưa báo cáo, đã quá hạn")
        assert 0 < overdue
        assert review.count("chưa có báo cáo, đã quá hạn") == overdue
