"""One family of errors: lookups, formats, folders; and the program first in every call."""

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import coordprog
from coordprog import examples

PROGRAM = examples.load("binh-thuan")
RECORDS = sorted((Path(__file__).parent.parent / "examples" / "binh_thuan" / "records").glob("*"))
PORTFOLIO = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def portfolio() -> coordprog.Portfolio:
    return coordprog.load_portfolio(PORTFOLIO)


def _raised(call: Callable[[], object]) -> coordprog.NotFoundError:
    with pytest.raises(coordprog.NotFoundError) as info:
        call()
    return info.value


class TestNotFoundError:
    @pytest.mark.parametrize(
        ("call", "what"),
        [
            (lambda: PROGRAM.task("II.1.1.9"), "task"),
            (lambda: PROGRAM.party("bdvv"), "party"),
            (lambda: PROGRAM.legal_ref("65-KL/TU"), "legal reference"),
            (lambda: coordprog.status(PROGRAM, None, PROGRAM.period.start).task("II.9"), "task"),
        ],
    )
    def test_program_lookups(self, call: Callable[[], object], what: str) -> None:
        """Every lookup by id raises NotFoundError, a KeyError, naming what and which id."""
        error = _raised(call)
        assert isinstance(error, KeyError)
        assert isinstance(error, coordprog.CoordprogError)
        assert what == error.what
        assert error.id == error.args[0]
        assert str(error).startswith(f"expected the id of a {what}")
        assert repr(error.id) in str(error)

    def test_nearest_ids(self) -> None:
        """The message names the known ids nearest to the one asked for."""
        error = _raised(lambda: PROGRAM.task("II.1.1.9"))
        assert ("II.1.1.8", "II.1.1.7", "II.1.1.6") == error.nearest
        assert f"nearest: {', '.join(map(repr, error.nearest))}" in str(error)

    def test_few_ids_are_all_listed(self) -> None:
        """When a program has only a few ids of the kind, all of them are listed."""
        error = _raised(lambda: PROGRAM.party("bdvv"))
        known = sorted(p.id for p in (*PROGRAM.parties, *PROGRAM.third_parties))
        assert tuple(known) == error.nearest
        assert str(error).endswith("known: " + ", ".join(map(repr, known)))

    def test_except_key_error_keeps_working(self) -> None:
        """Code written for the bare KeyError of 0.2 catches it."""
        with pytest.raises(KeyError) as info:
            PROGRAM.task("nope")
        assert "nope" == info.value.args[0]

    def test_pickles(self) -> None:
        """The error survives pickling, as errors crossing process pools must."""
        error = _raised(lambda: PROGRAM.task("II.1.1.9"))
        copy = pickle.loads(pickle.dumps(error))
        assert (str(error), error.nearest, error.args) == (str(copy), copy.nearest, copy.args)

    def test_portfolio_lookups(self, portfolio: coordprog.Portfolio) -> None:
        """Portfolio.body, Portfolio.program and agenda() raise it for an unknown id."""
        assert "body" == _raised(lambda: portfolio.body("nobody")).what
        assert "program" == _raised(lambda: portfolio.program("nothing")).what
        assert "body" == _raised(lambda: coordprog.agenda(portfolio, "nobody")).what


class TestFormatError:
    def test_unknown_input_format(self, tmp_path: Path) -> None:
        """An input format or suffix coordprog cannot read is a FormatError."""
        with pytest.raises(coordprog.FormatError):
            coordprog.loads("{}", "yaml")
        (tmp_path / "program.yaml").write_text("{}", encoding="utf-8")
        with pytest.raises(coordprog.FormatError):
            coordprog.load(tmp_path / "program.yaml")

    def test_unknown_output_format(self) -> None:
        """An output format no plugin provides is a FormatError, and a RenderError as in 0.2."""
        with pytest.raises(coordprog.FormatError) as info:
            coordprog.render(PROGRAM, "program", "mark")
        assert isinstance(info.value, coordprog.RenderError)
        assert "found 'mark'" in str(info.value)
        with pytest.raises(coordprog.FormatError):
            coordprog.render_shape(coordprog.shapes.Table("t", (), ()), "mark")


class TestFolderNotFoundError:
    def test_missing_portfolio_folder(self, tmp_path: Path) -> None:
        """A missing portfolio folder raises the library's error, a FileNotFoundError too."""
        with pytest.raises(coordprog.FolderNotFoundError) as info:
            coordprog.load_portfolio(tmp_path / "missing")
        assert isinstance(info.value, FileNotFoundError)
        assert str(tmp_path / "missing") == info.value.filename


class TestProgramFirst:
    def test_records_functions(self) -> None:
        """Records are read and checked with the program as the first argument."""
        records = coordprog.load_records(PROGRAM, *RECORDS)
        text = coordprog.dumps(records)
        assert records == coordprog.loads_records(PROGRAM, text, "json")
        assert () == coordprog.validate_records(PROGRAM, records)

    @pytest.mark.parametrize(
        ("call", "old"),
        [
            (
                lambda: coordprog.load_records(*RECORDS, program=PROGRAM),
                "load_records(*paths, program=...)",
            ),
            (
                lambda: coordprog.loads_records(
                    coordprog.dumps(coordprog.load_records(PROGRAM, *RECORDS)), PROGRAM
                ),
                "loads_records(text, program)",
            ),
            (
                lambda: coordprog.validate_records(
                    coordprog.load_records(PROGRAM, *RECORDS), PROGRAM
                ),
                "validate_records(records, program)",
            ),
        ],
    )
    def test_old_order_warns(self, call: Callable[[], Any], old: str) -> None:
        """The 0.2 order still works until 0.4, with a DeprecationWarning naming the new one."""
        with pytest.warns(DeprecationWarning, match="deprecated since coordprog 0.3.0") as caught:
            result = call()
        assert str(caught[0].message).startswith(f"{old} is deprecated since coordprog 0.3.0")
        assert caught[0].filename == __file__
        expected = coordprog.load_records(PROGRAM, *RECORDS)
        assert result in (expected, ())


class TestProblems:
    def test_a_tuple_as_the_error_holds(self) -> None:
        """validate() returns the problems as the tuple a ValidationError holds."""
        program = attrs.evolve(PROGRAM, parties=PROGRAM.parties * 2)
        problems = coordprog.validate(program)
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.loads(coordprog.dumps(program))
        assert (True, info.value.problems) == (isinstance(problems, tuple), problems)

    @pytest.mark.parametrize(
        "call",
        [
            lambda: coordprog.validate(PROGRAM),
            lambda: coordprog.validate_records(PROGRAM, coordprog.load_records(PROGRAM, *RECORDS)),
            lambda: coordprog.advisories(PROGRAM),
        ],
    )
    def test_list_comparison_of_0_2_warns(self, call: Callable[[], tuple[object, ...]]) -> None:
        """0.2 code comparing the problems with a list still works until 0.4, with a warning."""
        problems = call()
        as_in_0_2: object = list(problems)
        with pytest.warns(DeprecationWarning, match="with a list is deprecated") as caught:
            same = problems == as_in_0_2
        assert (True, __file__) == (same, caught[0].filename)
        assert (problems, False) == (tuple(problems), problems != tuple(problems))


class TestFormerPublicNames:
    def test_write_atomically(self, tmp_path: Path) -> None:
        """coordprog.write_atomically works until 0.4, warning to use Output.write."""
        with pytest.warns(DeprecationWarning, match=r"use render_output\(...\).write") as caught:
            coordprog.write_atomically(tmp_path / "x.md", b"xong")
        assert (b"xong", __file__) == ((tmp_path / "x.md").read_bytes(), caught[0].filename)

    def test_make_converter(self) -> None:
        """coordprog.make_converter works until 0.4, warning to use to_data and from_data."""
        with pytest.warns(DeprecationWarning, match=r"use to_data\(\) and from_data\(\)"):
            converter = coordprog.make_converter("json")
        assert coordprog.to_data(PROGRAM) == converter.unstructure(PROGRAM)

    def test_not_listed(self) -> None:
        """Neither name is among the public names any more."""
        assert set() == {"make_converter", "write_atomically"} & {
            *coordprog.__all__,
            *dir(coordprog),
        }
