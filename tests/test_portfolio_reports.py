"""The portfolio's report kinds (agenda, agenda-calendar, coverage), and one calendar resolver."""

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main

EXAMPLES = Path(__file__).parent.parent / "examples"
AS_OF = dt.date(2024, 2, 1)
YEAR = {"start": "2023-01-01", "end": "2023-12-31", "as_of": AS_OF}


@pytest.fixture(scope="module")
def portfolio() -> coordprog.Portfolio:
    return coordprog.load_portfolio(EXAMPLES)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


class TestAgenda:
    def test_renders_what_agenda_finds(self, portfolio: coordprog.Portfolio) -> None:
        """The agenda report has one row per event coordprog.agenda() finds, in its order."""
        options = {**YEAR, "body": "bdv-binh-thuan"}
        text = coordprog.render(portfolio, "agenda", "csv", options=options)
        items = coordprog.agenda(
            portfolio, "bdv-binh-thuan", dt.date(2023, 1, 1), dt.date(2023, 12, 31), as_of=AS_OF
        )
        rows = _rows(text)
        assert ["Hạn", "Cơ quan", "Chương trình", "Sự kiện", "Vai trò", "Tình trạng"] == rows[0]
        expected = [(i.state.event.due.isoformat(), i.state.event.title_vi) for i in items]
        assert expected == [(row[0], row[3]) for row in rows[1:]]
        assert items

    def test_calendar(self, portfolio: coordprog.Portfolio) -> None:
        """agenda-calendar gives each event as an iCalendar entry with its state."""
        text = coordprog.render(portfolio, "agenda-calendar", "ics", options=YEAR)
        assert text.startswith("BEGIN:VCALENDAR\r\n")
        assert text.count("BEGIN:VEVENT") == len(
            {
                (i.program, i.state.event.rule, i.state.event.sequence)
                for i in coordprog.agenda(
                    portfolio, None, dt.date(2023, 1, 1), dt.date(2023, 12, 31), as_of=AS_OF
                )
            }
        )

    def test_as_of_is_required(self, portfolio: coordprog.Portfolio) -> None:
        """Without as_of the report says it needs it: nothing below the CLI reads the clock."""
        with pytest.raises(coordprog.RenderError, match=r"needs the option as_of \(date"):
            coordprog.render(portfolio, "agenda")

    def test_unknown_body(self, portfolio: coordprog.Portfolio) -> None:
        """An unknown body is a NotFoundError naming the nearest bodies."""
        with pytest.raises(coordprog.NotFoundError, match="found 'bdv-binh-thuan-x'; nearest"):
            coordprog.render(portfolio, "agenda", options={**YEAR, "body": "bdv-binh-thuan-x"})


class TestCoverage:
    def test_document(self, portfolio: coordprog.Portfolio) -> None:
        """The coverage report is the parent's cascade document, in any document format."""
        options = {"program": "bdvtw-bcsd-ubdt-2021-2025", "as_of": AS_OF}
        text = coordprog.render(portfolio, "coverage", "markdown", options=options)
        assert text.startswith("# Thực hiện ở cấp dưới: Chương trình phối hợp giữa Ban Dân vận")
        english = coordprog.render(portfolio, "coverage", "text", options={**options, "lang": "en"})
        assert "Thực hiện ở cấp dưới" not in english

    def test_program_is_required_and_known(self, portfolio: coordprog.Portfolio) -> None:
        """The parent program must be named, and be one the portfolio holds."""
        with pytest.raises(coordprog.RenderError, match=r"needs the option program \(program id"):
            coordprog.render(portfolio, "coverage", options={"as_of": AS_OF})
        with pytest.raises(coordprog.NotFoundError, match="id of a program of the portfolio"):
            coordprog.render(portfolio, "coverage", options={"as_of": AS_OF, "program": "x"})


class TestSubject:
    def test_listed_as_portfolio_kinds(self) -> None:
        """reports() says which kinds report on a portfolio."""
        found = {r.name: r.takes_portfolio for r in coordprog.reports()}
        assert {"agenda", "agenda-calendar", "coverage"} == {n for n, p in found.items() if p}

    def test_a_program_is_refused(self, portfolio: coordprog.Portfolio) -> None:
        """A portfolio's kind given a program, or a program's kind a portfolio, says which."""
        with pytest.raises(coordprog.RenderError, match="reports on a portfolio"):
            coordprog.render(portfolio.programs[0], "agenda", options=YEAR)
        with pytest.raises(coordprog.RenderError, match="reports on a program, found a Portfolio"):
            coordprog.render(portfolio, "matrix")


class TestCommandLine:
    def test_render_a_folder(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`coordprog render DIR` renders a portfolio's kind, as_of from --option."""
        args = ["render", str(EXAMPLES), "--report", "coverage", "--format", "markdown"]
        code = main(
            [*args, "--option", "program=bdvtw-bcsd-ubdt-2021-2025", "--option", "as_of=2024-02-01"]
        )
        out, err = capsys.readouterr()
        assert (0, "") == (code, err)
        assert out.startswith("# Thực hiện ở cấp dưới:")

    def test_agenda_command_renders_the_kind(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`coordprog agenda` prints what render gives for the agenda kind."""
        args = ["--party", "bdv-binh-thuan", "--from", "2023-01-01", "--until", "2023-12-31"]
        assert 0 == main(
            ["agenda", str(EXAMPLES), *args, "--as-of", "2024-02-01", "--format", "csv"]
        )
        printed = capsys.readouterr().out
        portfolio = coordprog.load_portfolio(EXAMPLES)
        options = {**YEAR, "body": "bdv-binh-thuan"}
        assert coordprog.render(portfolio, "agenda", "csv", options=options) == printed


class TestCalendarResolution:
    def test_a_name_or_a_calendar(self, portfolio: coordprog.Portfolio) -> None:
        """A calendar's name and the calendar itself give the same dates, wherever it is given."""
        program = portfolio.program("binh-thuan-dan-van-dan-toc-2022-2025")
        calendar = coordprog.work_calendar("weekends")
        assert coordprog.schedule(program, "weekends") == coordprog.schedule(program, calendar)
        by_name = coordprog.render(
            portfolio, "agenda", "csv", options={**YEAR, "calendar": "weekends"}
        )
        by_value = coordprog.render(
            portfolio, "agenda", "csv", options={**YEAR, "calendar": calendar}
        )
        assert by_name == by_value

    @pytest.mark.parametrize("where", ["schedule", "status", "agenda", "render", "render-agenda"])
    def test_unknown_name_is_one_error(self, where: str, portfolio: coordprog.Portfolio) -> None:
        """An unknown calendar name is the same ScheduleError from every function that takes one."""
        program = portfolio.program("binh-thuan-dan-van-dan-toc-2022-2025")
        calls: dict[str, Callable[[], object]] = {
            "schedule": lambda: coordprog.schedule(program, "mars"),
            "status": lambda: coordprog.status(program, None, AS_OF, calendar="mars"),
            "agenda": lambda: coordprog.agenda(portfolio, as_of=AS_OF, calendar="mars"),
            "render": lambda: coordprog.render(program, "schedule", options={"calendar": "mars"}),
            "render-agenda": lambda: coordprog.render(
                portfolio, "agenda", options={**YEAR, "calendar": "mars"}
            ),
        }
        with pytest.raises(coordprog.ScheduleError, match=r"work calendar .* found 'mars'"):
            calls[where]()


def test_agenda_hands_over_after_a_month_known_in_part(tmp_path: Path) -> None:
    """A body that ceased in a month known only in part hands its events over after that month."""
    from .test_portfolio import CHILD

    old = CHILD.format(id="cu", province="Bình Thuận").replace(
        'name = "Ban Dân tộc tỉnh"',
        'name = "Ban Dân tộc tỉnh"\nsuccessor = "sdttg"\nuntil = "2025-02"',
    )
    old += '[[third_parties]]\nid = "sdttg"\nname = "Sở Dân tộc và Tôn giáo"\n'
    (tmp_path / "cu.toml").write_text(old + 'province = "Bình Thuận"\n', encoding="utf-8")
    portfolio = coordprog.load_portfolio(tmp_path)
    merged = portfolio.body_of("cu", "bdt")
    successor = portfolio.body_of("cu", "sdttg")
    assert coordprog.PartialDate(2025, 2) == merged.until
    items = coordprog.agenda(
        portfolio, successor.id, dt.date(2024, 1, 1), dt.date(2025, 12, 31), as_of=AS_OF
    )
    assert items  # the reviews it took over
    assert all(item.state.event.due > dt.date(2025, 2, 28) for item in items)
