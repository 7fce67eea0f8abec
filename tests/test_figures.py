"""Figures beyond tasks: results of a whole review, wholes, qualifiers, counted commendations."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import coordprog
from coordprog import Commendation, Figure, Program, Qualifier, Records
from coordprog.testing.strategies import programs, records

#: What a yearly review of Bình Thuận's program might report as a whole.
OUTCOME = """\
program = "binh-thuan-dan-van-dan-toc-2022-2025"

[[outcomes]]
window = { start = 2022-01-01, end = 2022-12-31 }
results = ["Công tác phối hợp được duy trì thường xuyên."]
figures = [
  { indicator = "Huyện đã ban hành kế hoạch", value = 10, of = 10, unit = "huyện" },
  { indicator = "Buổi tuyên truyền", value = 2300, unit = "buổi", qualifier = "more-than" },
  { indicator = "Người có uy tín được tập huấn", value = 90, unit = "%", qualifier = "over" },
  { indicator = "Kinh phí hỗ trợ", value = 1.5, unit = "tỷ đồng" },
]
[[outcomes.commendations]]
count = 56
collective = true
level = "Giấy khen"
granted_by = "Trưởng Ban Dân vận Tỉnh ủy"
[[outcomes.commendations]]
count = 120
level = "Giấy khen"
granted_by = "Trưởng Ban Dân vận Tỉnh ủy"
"""


@pytest.fixture
def program() -> Program:
    return coordprog.examples.load("binh-thuan")


def _records(program: Program, text: str = OUTCOME) -> Records:
    return coordprog.loads_records(program, text, "toml")


def _review(program: Program, found: Records) -> str:
    return coordprog.render(
        program,
        "review",
        "markdown",
        records=found,
        options={"window": "2022", "as_of": "2023-01-31"},
    )


class TestFigure:
    def test_a_whole_and_a_qualifier_are_kept(self, program: Program) -> None:
        """A count "10/10 huyện" keeps its whole, and "hơn 2.300" its qualifier."""
        figures = _records(program).outcomes[0].figures
        assert Figure("Huyện đã ban hành kế hoạch", 10, "huyện", of=10) == figures[0]
        assert Qualifier.MORE_THAN == figures[1].qualifier

    def test_the_review_prints_the_figures_of_the_whole_window(self, program: Program) -> None:
        """Section II opens with the results of the whole window, as the document gives them."""
        out = _review(program, _records(program))
        assert "### Kết quả chung" in out
        assert "- Huyện đã ban hành kế hoạch: 10/10 huyện" in out
        assert "- Buổi tuyên truyền: hơn 2.300 buổi" in out
        assert "- Người có uy tín được tập huấn: trên 90%" in out
        assert "- Kinh phí hỗ trợ: 1,5 tỷ đồng" in out

    def test_a_qualifier_in_a_progress_entry_is_printed(self, program: Program) -> None:
        """A task's figure keeps its qualifier in the review report too."""
        text = OUTCOME + (
            '[[progress]]\ntask = "II.1.1.3"\nby = "bdv"\nas_of = 2022-12-15\n'
            'window = { start = 2022-01-01, end = 2022-12-31 }\nstatus = "in-progress"\n'
            'figures = [{ indicator = "Buổi tuyên truyền", value = 24, unit = "buổi", '
            'qualifier = "nearly" }]\n'
        )
        assert "Buổi tuyên truyền: gần 24 buổi" in _review(program, _records(program, text))

    def test_a_target_on_a_figure_of_the_whole_review_is_refused(self, program: Program) -> None:
        """A figure of the whole review measures no task's target: refused with its path."""
        text = OUTCOME.replace('unit = "huyện" }', 'unit = "huyện", target = "t1" }')
        with pytest.raises(coordprog.ValidationError) as caught:
            _records(program, text)
        assert ["outcomes[0].figures[0].target"] == [p.path for p in caught.value.problems]

    def test_a_whole_of_zero_is_refused(self) -> None:
        """A count out of nothing says nothing."""
        with pytest.raises(coordprog.FieldError, match="above 0"):
            Figure("Tỉnh", 0, "tỉnh", of=0)

    def test_an_unknown_qualifier_is_refused_with_its_path(self, program: Program) -> None:
        """A qualifier outside the vocabulary is named with its path and the values allowed."""
        with pytest.raises(coordprog.ValidationError) as caught:
            _records(program, OUTCOME.replace('"more-than"', '"hon"'))
        [problem] = caught.value.problems
        assert "outcomes[0].figures[1].qualifier" == problem.path
        assert "'more-than'" in problem.message

    def test_round_trips(self, program: Program) -> None:
        """Wholes, qualifiers and counted commendations are written and read back."""
        found = _records(program)
        for fmt in ("json", "toml"):
            assert found == coordprog.loads_records(program, coordprog.dumps(found, fmt), fmt)

    def test_schema(self) -> None:
        """The records schema lists the new fields with their values."""
        defs = coordprog.json_schema("records")["$defs"]
        assert {"of", "qualifier", "note"} <= set(defs["Figure"]["properties"])
        assert "hơn" == Qualifier("more-than").vi
        assert [q.value for q in Qualifier] == defs["Figure"]["properties"]["qualifier"]["enum"]
        assert "figures" in defs["ReviewOutcome"]["properties"]
        assert "recipient" not in defs["Commendation"].get("required", [])


class TestCommendation:
    def test_counted_commendations_are_printed_as_counted(self, program: Program) -> None:
        """Counts "56 tập thể, 120 cá nhân" with who gave them, never "Tập thể 56 tập thể"."""
        out = _review(program, _records(program))
        assert "- 56 tập thể: Giấy khen của Trưởng Ban Dân vận Tỉnh ủy" in out
        assert "- 120 cá nhân: Giấy khen của Trưởng Ban Dân vận Tỉnh ủy" in out
        assert "Tập thể 56" not in out

    def test_a_count_written_as_the_recipient_is_not_doubled(self, program: Program) -> None:
        """A 0.2 file that wrote the count as the recipient prints it once."""
        text = OUTCOME.replace("count = 56\ncollective", 'recipient = "56 tập thể"\ncollective')
        out = _review(program, _records(program, text))
        assert "- 56 tập thể: Giấy khen" in out
        assert "Tập thể 56 tập thể" not in out

    def test_a_named_collective_says_so(self, program: Program) -> None:
        """A collective named by its name is printed as a collective."""
        text = OUTCOME.replace("count = 56\n", 'recipient = "Phòng Nghiệp vụ"\n')
        out = _review(program, _records(program, text))
        assert "- Tập thể Phòng Nghiệp vụ: Giấy khen của Trưởng Ban Dân vận Tỉnh ủy" in out

    def test_neither_recipient_nor_count_is_refused(self) -> None:
        """A commendation names who was commended or how many."""
        with pytest.raises(coordprog.FieldError, match="'recipient', 'count'"):
            Commendation(level="Bằng khen")


@settings(max_examples=10)
@given(programs(max_groups=1), st.data())
def test_drawn_outcomes_render(program: Program, data: st.DataObject) -> None:
    """Every drawn review outcome's figures and commendations appear in its review report."""
    drawn = data.draw(records(program, outcomes=True))
    # Outcomes that state no window are printed by other reviews (tests/test_unstated.py).
    stated = tuple(o for o in drawn.outcomes if o.window is not None)
    assume(stated)
    found = attrs.evolve(drawn, outcomes=stated)
    outcome = found.outcomes[0]
    window = outcome.window
    assert window is not None
    options = {"window": f"{window.start}/{window.end}", "as_of": window.end.isoformat()}
    out = coordprog.render(program, "review", "markdown", records=found, options=options)
    for figure in outcome.figures:
        assert figure.indicator in out
        if figure.qualifier is not None:
            assert f"{figure.qualifier.vi} " in out
    for commendation in outcome.commendations:
        kind = "tập thể" if commendation.collective else "cá nhân"
        if commendation.recipient is None:
            assert f"{commendation.count} {kind}" in out
        else:
            assert commendation.recipient in out
