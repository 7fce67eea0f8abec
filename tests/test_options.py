"""Report options: declared once with their types and defaults, listed, converted."""

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

import coordprog
from coordprog import ReportOption, examples
from coordprog.cli import main
from coordprog.plugins.options import (
    NO_DEFAULT,
    as_boolean,
    as_choice,
    as_date,
    as_integer,
    as_text,
)
from coordprog.shapes import Column, Table
from coordprog.testing import plugin_manager

PROGRAM = examples.load("binh-thuan")


class TestConverters:
    @pytest.mark.parametrize(
        ("convert", "given", "expected"),
        [
            (as_text, "x y", "x y"),
            (as_date, "2024-08-15", dt.date(2024, 8, 15)),
            (as_date, dt.date(2024, 8, 15), dt.date(2024, 8, 15)),
            (as_integer(0, 10), "7", 7),
            (as_integer(0, 10), 10, 10),
            (as_integer(), "-3", -3),
            (as_choice(("vi", "en")), "en", "en"),
            (as_boolean, "yes", True),
            (as_boolean, "0", False),
            (as_boolean, False, False),
        ],
    )
    def test_accepts_python_values_and_text(
        self, convert: Any, given: object, expected: object
    ) -> None:
        """Each converter takes the Python value or its text, as the command line gives it."""
        assert expected == convert(given)

    @pytest.mark.parametrize(
        ("convert", "given", "message"),
        [
            (as_text, 3, "expected text, found 3"),
            (as_date, "15/08/2024", "expected a date YYYY-MM-DD, found '15/08/2024'"),
            (as_date, dt.datetime(2024, 8, 15, 9), "expected a date YYYY-MM-DD, found the date"),
            (as_integer(0, 10), "11", "expected a whole number from 0 to 10, found '11'"),
            (as_integer(0), "x", "expected a whole number of at least 0, found 'x'"),
            (as_integer(), True, "expected a whole number, found True"),
            (as_choice(("vi", "en")), "fr", "expected one of vi, en, found 'fr'"),
            (as_boolean, "maybe", "expected true or false"),
        ],
    )
    def test_refuses_anything_else(self, convert: Any, given: object, message: str) -> None:
        """A value the converter cannot read is a ValueError saying what was expected."""
        with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")):
            convert(given)


class TestReportOption:
    def test_shown_with_type_and_default(self) -> None:
        """Listings show an option's name, type and default."""
        soon = ReportOption.integer("soon", default=60, minimum=0, maximum=3660)
        assert "soon (whole number from 0 to 3660, default 60)" == soon.shown
        assert "as_of (date YYYY-MM-DD, optional)" == ReportOption.date("as_of", default=None).shown
        assert (
            "lang (vi or en, default vi)"
            == ReportOption.choice("lang", ("vi", "en"), default="vi").shown
        )
        assert (
            "role (lead, support or both, optional)"
            == ReportOption.choice("role", ("lead", "support", "both")).shown
        )

    @pytest.mark.parametrize("name", ["two words", "class", "records", "plugin_manager", ""])
    def test_names_are_keywords(self, name: str) -> None:
        """An option's name must be a keyword build can receive."""
        with pytest.raises(ValueError, match="option name"):
            ReportOption(name)


def _table(program: coordprog.Program, **options: Any) -> Table:
    rows = tuple((name, repr(value)) for name, value in sorted(options.items()))
    return Table("Tùy chọn", (Column("name", "Tên"), Column("value", "Giá trị")), rows)


class _Options:
    @coordprog.hookimpl
    def coordprog_register_reports(self, register: Any) -> None:
        register(
            coordprog.ReportKind(
                name="options",
                shape=Table,
                build=_table,
                options=(
                    ReportOption.date("day", default=dt.date(2024, 1, 1)),
                    ReportOption.integer("count", minimum=1),
                    ReportOption.boolean("brief", default=False, description="shorter"),
                ),
            )
        )


MANAGER = plugin_manager(_Options())


def _built(**options: object) -> dict[str, str]:
    text = coordprog.render(PROGRAM, "options", "csv", options=options, plugin_manager=MANAGER)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    return {row[0]: row[1] for row in rows[1:]}


class TestReportKindOptions:
    def test_defaults_and_conversion(self) -> None:
        """Build gets each option converted, or its default; an option without one is left out."""
        assert {"brief": "False", "day": "datetime.date(2024, 1, 1)"} == _built()
        assert {
            "brief": "True",
            "count": "3",
            "day": "datetime.date(2024, 8, 15)",
        } == _built(day="2024-08-15", count="3", brief="yes")

    def test_wrong_value_names_report_and_option(self) -> None:
        """A value an option cannot take is a RenderError naming the report and the option."""
        with pytest.raises(
            coordprog.RenderError, match=r"report 'options' .*: option count: expected"
        ):
            _built(count="0")

    def test_unknown_option_lists_the_options(self) -> None:
        """An option the kind does not declare is refused with the options it takes."""
        with pytest.raises(
            coordprog.RenderError, match=r"takes no option 'colour'; its options: day"
        ):
            _built(colour="red")

    def test_build_signature_is_checked(self) -> None:
        """A build that cannot take a declared option is refused when the kind is made."""

        def build(program: coordprog.Program) -> Table:
            raise AssertionError("never called")

        with pytest.raises(TypeError, match="to accept the program and the keywords lang"):
            coordprog.ReportKind("x", Table, build, options=(ReportOption("lang"),))

    def test_option_names_are_deprecated(self) -> None:
        """Options given as names still work until 0.4, passed as given and only when given."""
        with pytest.warns(
            DeprecationWarning, match=r"ReportKind\(options=\('day', ...\)\)"
        ) as caught:
            kind = coordprog.ReportKind("old", Table, _table, options=("day",))
        assert __file__ == caught[0].filename
        assert (ReportOption("day"),) == kind.options
        assert NO_DEFAULT is kind.option("day").default

    def test_unknown_option_name(self) -> None:
        """Asking a kind for an option it does not take raises NotFoundError."""
        kind = coordprog.ReportKind("x", Table, _table, options=(ReportOption("day"),))
        with pytest.raises(coordprog.NotFoundError, match="option of report 'x', found 'dya'"):
            kind.option("dya")


class TestListing:
    def test_reports_list_options_shapes_formats(self) -> None:
        """reports() gives each kind's options, shape, formats and whether it reads records."""
        found = {r.name: r for r in coordprog.reports(plugin_manager=MANAGER)}
        options = found["options"]
        assert ("table",) == options.shapes
        assert ("day", "count", "brief") == tuple(o.name for o in options.options)
        assert {"csv", "html", "markdown", "json", "text"} <= set(options.formats)
        assert "ics" not in options.formats
        assert found["review"].takes_records
        assert not found["program"].takes_records
        assert ("lang",) == tuple(o.name for o in found["program"].options)

    def test_command_lists_options(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`coordprog reports` shows each kind's formats and options with types and defaults."""
        assert 0 == main(["reports", "status"])
        out = "\n" + capsys.readouterr().out
        status = out.split("\nstatus: ", 1)[1].split("\n\n", 1)[0]
        assert "  --option soon (whole number from 0 to 3660, default 60): how many" in status
        assert "; reads records (--records)" in status
        assert "formats: csv, html, json, markdown, text" in status


class TestLang:
    def test_lang_only_to_kinds_that_take_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--lang reaches a kind that takes it; a kind that does not renders, with a warning."""
        (tmp_path / "bodies.py").write_text(_PLUGIN, encoding="utf-8")
        example = str(Path(__file__).parent.parent / "examples" / "binh_thuan" / "program.toml")
        args = ["--plugins-dir", str(tmp_path), "render", example, "--format", "csv"]
        assert 0 == main([*args, "--report", "bodies", "--lang", "en"])
        out, err = capsys.readouterr()
        assert "coordprog: warning: report 'bodies' takes no --lang; it is left out\n" == err
        assert "Ban Dân vận Tỉnh ủy" in out
        assert 0 == main([*args, "--report", "matrix", "--lang", "en"])
        assert capsys.readouterr().out.lstrip("\ufeff").startswith("Id,Group,Task,")


_PLUGIN = """\
import coordprog
from coordprog.shapes import Column, Table


def bodies(program):
    rows = tuple((party.name,) for party in program.parties)
    return Table("Bodies", (Column("name", "Name"),), rows)


@coordprog.hookimpl
def coordprog_register_reports(register):
    register(coordprog.ReportKind("bodies", Table, bodies))
"""
