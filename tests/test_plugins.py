"""The plugin API: hooks, the plugin manager, error isolation and rendering."""

import csv
import datetime as dt
import html
import io
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coordprog
from coordprog import (
    OutputFormat,
    PluginError,
    PluginWarning,
    Problem,
    Program,
    RenderError,
    ReportKind,
    ValidationError,
    WeekendCalendar,
    hookimpl,
)
from coordprog.shapes import Column, Document, Paragraph, Table
from coordprog.testing import plugin_manager
from coordprog.testing.strategies import programs

BUILTIN_REPORTS = {"program": "document", "matrix": "table", "schedule": "calendar"}


def _combinations() -> list[tuple[str, str]]:
    found = []
    builtins_only = coordprog.get_plugin_manager(entry_points=False)
    for fmt in coordprog.formats(plugin_manager=builtins_only):
        for report, shape in BUILTIN_REPORTS.items():
            if shape in fmt.shapes:
                found.append((report, fmt.name))
    return found


class TestBuiltins:
    def test_listed_with_their_plugins(self) -> None:
        """formats() and reports() name each built-in with the module that provides it."""
        reports = {r.name: (r.plugin, r.shapes) for r in coordprog.reports()}
        assert ("coordprog.program", ("document",)) == reports["program"]
        formats = {f.name: f for f in coordprog.formats()}
        assert {"markdown", "html", "json", "csv", "text", "ics"} <= set(formats)
        assert ("table", "calendar") == formats["csv"].shapes
        assert (".ics", "text/calendar") == (formats["ics"].suffix, formats["ics"].media_type)
        assert not any(f.binary for f in formats.values())  # every built-in format writes text
        assert (".md", ".markdown") == formats["markdown"].suffixes
        assert {"coordprog"} == {f.plugin.partition(".")[0] for f in formats.values()}

    def test_every_builtin_listed_with_its_plugin(self) -> None:
        """Every built-in report kind and format is listed with the plugin that provides it."""
        builtins_only = coordprog.get_plugin_manager(entry_points=False)
        reports = {r.name: r.plugin for r in coordprog.reports(plugin_manager=builtins_only)}
        formats = {f.name: f.plugin for f in coordprog.formats(plugin_manager=builtins_only)}
        assert {
            "agenda": "coordprog.portfolio",
            "agenda-calendar": "coordprog.portfolio",
            "annual-plan": "coordprog.annual-plan",
            "coverage": "coordprog.portfolio",
            "matrix": "coordprog.matrix",
            "next-program": "coordprog.next-program",
            "program": "coordprog.program",
            "review": "coordprog.review",
            "schedule": "coordprog.schedule",
            "status": "coordprog.status",
            "status-calendar": "coordprog.status",
        } == reports
        assert {
            name: f"coordprog.{name}" for name in ("csv", "html", "ics", "json", "markdown", "text")
        } == formats

    def test_render_imports_its_kind_and_format_only(self) -> None:
        """Rendering a program imports its kind's and format's modules, not the schedule engine."""
        code = textwrap.dedent(
            """
            import sys, coordprog
            program = coordprog.load("examples/binh_thuan/program.toml")
            coordprog.render(program, "program", "markdown")
            print(sorted(
                m for m in sys.modules
                if m.startswith(("coordprog.reports.kinds.", "coordprog.reports.formats."))
                and not m.rpartition(".")[2].startswith("_")
                or m == "coordprog.schedule._engine"
            ))
            """
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parents[1],
        )
        assert (
            "['coordprog.reports.formats.markdown', 'coordprog.reports.kinds.program']"
            == out.stdout.strip()
        )

    @pytest.mark.parametrize(("report", "fmt"), _combinations())
    def test_every_report_in_every_format(
        self, coordprog_binh_thuan: Program, report: str, fmt: str
    ) -> None:
        """Each built-in report renders in each format that supports its shape."""
        text = coordprog.render(coordprog_binh_thuan, report, fmt)
        # Each report shows its own content: the title, a task, or an event.
        expected = {
            "program": "Bình Thuận",
            "matrix": coordprog_binh_thuan.tasks[-1].id,
            "schedule": "Kế hoạch phối hợp công tác năm 2025",
        }[report]
        assert expected in text.replace("\r\n ", "")

    @settings(max_examples=10)
    @given(programs(max_groups=2, max_tasks=3))
    def test_every_report_renders_generated_programs(self, program: Program) -> None:
        """Every report renders every valid program in every format that supports it."""
        for report, fmt in _combinations():
            output = coordprog.render_output(program, report, fmt)
            assert output.text.encode("utf-8") == output.content

    def test_program_document_order(self, coordprog_binh_thuan: Program) -> None:
        """The program document keeps the original parts and numbering."""
        page = coordprog.render(coordprog_binh_thuan, "program", "html")
        assert isinstance(page, str)
        # After the letterhead, which names the bodies too; names are bound by no-break spaces.
        text = page.split("</header>", 1)[1].replace("\xa0", " ")
        headings = [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "2. Yêu cầu",
            "II. NỘI DUNG PHỐI HỢP",
            "1.1. Ban Dân vận Tỉnh ủy chủ trì",
            "1.2. Ban Dân tộc tỉnh chủ trì",
            "2.1. Ban Dân vận Tỉnh ủy chủ trì",
            "2.2. Ban Dân tộc chủ trì",
            "III. TỔ CHỨC THỰC HIỆN",
            "BAN DÂN TỘC TỈNH",
            "Nguyễn Linh Nhơn",
            "Nơi nhận",
            "Lưu Văn thư.",
        ]
        positions = [text.index(heading) for heading in headings]
        assert sorted(positions) == positions
        tasks = [text.index(f"<li>{html.escape(t.text)}</li>") for t in coordprog_binh_thuan.tasks]
        assert sorted(tasks) == tasks
        assert len(tasks) == 25

    def test_matrix_roles(self, coordprog_binh_thuan: Program) -> None:
        """The matrix shows lead, support and other roles, third bodies included."""
        rows = list(
            csv.reader(
                io.StringIO(
                    coordprog.render(coordprog_binh_thuan, "matrix", "csv").lstrip("\ufeff")
                )
            )
        )
        header, body = rows[0], {row[0]: row for row in rows[1:]}
        assert ["Mã", "Mục", "Nhiệm vụ", "Thời hạn", "Ban Dân vận", "Ban Dân tộc"] == header[:6]
        assert "giai đoạn 2022 - 2025" == body["II.1.1.1"][3]  # no deadline of its own
        assert ["chủ trì", "phối hợp", "", "", "", ""] == body["II.1.1.1"][4:]
        assert ["phối hợp", "chủ trì"] == body["II.1.2.1"][4:6]
        assert (
            "giám sát"
            == body["II.2.1.7"][header.index("Mặt trận, các đoàn thể chính trị - xã hội")]
        )
        assert "phối hợp" == body["II.1.1.6"][header.index("Sở Nội vụ")]


class TestSafety:
    def test_html_escapes_script(self, coordprog_binh_thuan: Program) -> None:
        """A task text with a script tag is inert in HTML."""
        program = _with_task_text(coordprog_binh_thuan, "<script>alert(1)</script>")
        page = coordprog.render(program, "program", "html")
        assert "<script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert page.startswith('<!DOCTYPE html>\n<html lang="vi">')

    @given(st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1))
    def test_html_escapes_any_paragraph(self, text: str) -> None:
        """A paragraph's text appears in the HTML page exactly as html.escape writes it."""
        page = coordprog.render_shape(Document("Tiêu đề", (Paragraph(text),)), "html")
        assert f"<p>{html.escape(text, quote=True)}</p>" in str(page)

    @given(st.text(st.characters(whitelist_categories=["L", "P", "S", "Zs"]), min_size=1))
    def test_markdown_table_cells_keep_their_text(self, text: str) -> None:
        """Markup characters in a table cell are escaped, so the cell shows the text as written."""
        import re

        table = Table("T", (Column("a", "A"),), ((text,),))
        markdown = coordprog.render_shape(table, "markdown")
        cell = markdown.splitlines()[-1]
        assert (cell[:2], cell[-2:]) == ("| ", " |")
        unescaped = re.sub(r"\\(.)", r"\1", cell[2:-2])
        assert " ".join(text.split()) == " ".join(unescaped.split())

    def test_csv_neutralises_formulas(self, coordprog_binh_thuan: Program) -> None:
        """A task text starting with =HYPERLINK( is text in CSV, not a formula."""
        program = _with_task_text(coordprog_binh_thuan, '=HYPERLINK("http://x","bấm")')
        output = coordprog.render(program, "matrix", "csv")
        assert output.startswith("\ufeff")
        cells = [row[2] for row in csv.reader(io.StringIO(output.lstrip("\ufeff")))]
        assert '\'=HYPERLINK("http://x","bấm")' in cells
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)

    def test_markdown_escapes_markup(self, coordprog_binh_thuan: Program) -> None:
        """Markdown shows markup characters literally."""
        program = _with_task_text(coordprog_binh_thuan, "<b>*đậm*</b> [liên kết](x)")
        text = coordprog.render(program, "program", "markdown")
        assert "- \\<b\\>\\*đậm\\*\\</b\\> \\[liên kết\\](x)" in str(text)


def _with_task_text(program: Program, text: str) -> Program:
    first = program.task_groups[0].groups[0]
    task = attrs.evolve(first.tasks[0], text=text)
    group = attrs.evolve(first, tasks=(task, *first.tasks[1:]))
    top = attrs.evolve(program.task_groups[0], groups=(group, *program.task_groups[0].groups[1:]))
    return attrs.evolve(program, task_groups=(top, *program.task_groups[1:]))


class TestCalendarFormats:
    def test_ics_parses_back(self, coordprog_binh_thuan: Program) -> None:
        """The .ics holds one VEVENT per schedule event, on its due date, with stable UIDs."""
        weekends = {"calendar": "weekends"}
        data = coordprog.render(coordprog_binh_thuan, "schedule", "ics", options=weekends)
        parsed = icalendar.Calendar.from_ical(data)
        vevents = list(parsed.walk("VEVENT"))
        events = coordprog.schedule(coordprog_binh_thuan, "weekends")
        assert len(events) == len(vevents)
        assert [e.due for e in events] == [v.decoded("dtstart") for v in vevents]
        assert [e.title_vi for e in events] == [str(v["summary"]) for v in vevents]
        again = coordprog.render(coordprog_binh_thuan, "schedule", "ics", options=weekends)
        assert data == again
        assert "binh-thuan-dan-van-dan-toc-2022-2025/yearly/1@coordprog" == str(vevents[3]["uid"])

    @pytest.mark.parametrize("fmt", ["markdown", "html", "text", "csv", "ics"])
    def test_schedule_speaks_vietnamese(self, coordprog_binh_thuan: Program, fmt: str) -> None:
        """A Vietnamese schedule has Vietnamese kinds, headers and descriptions, no English."""
        text = coordprog.render(coordprog_binh_thuan, "schedule", fmt)
        # Stable ids (UIDs like .../annual-plan/1@coordprog) are for programs, not people.
        text = re.sub(r"[^\s,:]*@coordprog", "", text.replace("\r\n ", ""))
        for english in ("annual-plan", "interim-review", "final-review", "Annual coordination"):
            assert english not in text
        assert "sơ kết" in text
        if fmt == "csv":
            assert text.lstrip("\ufeff").startswith("Hạn,Từ ngày,Đến ngày,Loại,Sự kiện,Mô tả,Mã")
        if fmt == "ics":
            assert "DESCRIPTION:Chủ trì: Ban Dân vận Tỉnh ủy\\; Ban Dân tộc tỉnh." in text

    def test_json_shape(self, coordprog_binh_thuan: Program) -> None:
        """JSON output tags the shape and keeps Vietnamese unescaped."""
        data = json.loads(coordprog.render(coordprog_binh_thuan, "schedule", "json"))
        assert "calendar" == data["type"]
        assert "2025-12-31" == data["entries"][-1]["due"]
        assert "Tổng kết" in data["entries"][-1]["summary"]


class TestErrors:
    def test_refused_shape(self, coordprog_binh_thuan: Program) -> None:
        """CSV cannot render a document and says which formats can."""
        with pytest.raises(RenderError, match=r"format 'csv' .* cannot render a document.*html"):
            coordprog.render(coordprog_binh_thuan, "program", "csv")

    def test_unknown_names_and_options(self, coordprog_binh_thuan: Program) -> None:
        """Unknown reports, formats and options are clear errors."""
        with pytest.raises(RenderError, match=r"installed report.*found 'budget'"):
            coordprog.render(coordprog_binh_thuan, "budget")
        with pytest.raises(RenderError, match=r"installed format.*found 'pdf'"):
            coordprog.render(coordprog_binh_thuan, format="pdf")
        with pytest.raises(RenderError, match=r"takes no option 'calendar'; its options: lang"):
            coordprog.render(coordprog_binh_thuan, "matrix", options={"calendar": "vn"})

    def test_unknown_calendar(self, coordprog_binh_thuan: Program) -> None:
        """An unknown calendar name is a ScheduleError naming it."""
        with pytest.raises(coordprog.ScheduleError, match="found 'mars'"):
            coordprog.schedule(coordprog_binh_thuan, "mars")


# -- one test per hook ------------------------------------------------------------


class Shout:
    """A throw-away plugin: a report kind and a format, each of a new name."""

    @hookimpl
    def coordprog_register_reports(self, register: Callable[[ReportKind], None]) -> None:
        register(ReportKind("title", Document, lambda p: Document(p.title, (Paragraph(p.id),))))

    @hookimpl
    def coordprog_register_formats(self, register: Callable[[OutputFormat], None]) -> None:
        shout = OutputFormat("shout", ".shout", "text/plain", {Document: lambda d: d.title.upper()})
        register(shout)


def test_coordprog_register_reports(coordprog_binh_thuan: Program) -> None:
    """A registered report kind renders in every format of its shape."""
    manager = plugin_manager(Shout())
    names = {r.name: r.plugin for r in coordprog.reports(plugin_manager=manager)}
    assert "Shout" == names["title"]
    html = coordprog.render(coordprog_binh_thuan, "title", "html", plugin_manager=manager)
    assert "<p>binh-thuan-dan-van-dan-toc-2022-2025</p>" in str(html)


def test_coordprog_register_formats(coordprog_binh_thuan: Program) -> None:
    """A registered format serves every report kind of its shape."""
    manager = plugin_manager(Shout())
    out = coordprog.render(coordprog_binh_thuan, "program", "shout", plugin_manager=manager)
    assert coordprog_binh_thuan.heading.upper() == out


NUMBER = Problem("number", "expected a document number (số, ký hiệu), found none")


class NeedsNumber:
    @hookimpl
    def coordprog_validate(self, program: Program) -> Iterable[Problem]:
        if program.number is None:
            yield NUMBER


def test_coordprog_validate(coordprog_binh_thuan: Program) -> None:
    """Problems from a validation plugin are merged with the built-in ones."""
    manager = plugin_manager(NeedsNumber())
    assert (NUMBER,) == coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)
    assert () == coordprog.validate(coordprog_binh_thuan)


def test_coordprog_validate_stops_loading(example_text: str) -> None:
    """load(), loads() and from_data() apply the rules of the manager they are given."""
    manager = plugin_manager(NeedsNumber())
    text = "\n".join(line for line in example_text.splitlines() if not line.startswith("number = "))
    with pytest.raises(ValidationError, match="number: expected a document number"):
        coordprog.loads(text, "toml", plugin_manager=manager)
    assert coordprog.loads(text, "toml").number is None


def test_coordprog_work_calendar(coordprog_binh_thuan: Program) -> None:
    """A calendar provided by name is used by schedule(calendar=name) and the schedule report."""
    holiday = dt.date(2022, 6, 30)

    class Calendars:
        @hookimpl
        def coordprog_work_calendar(self, name: str) -> WeekendCalendar | None:
            return WeekendCalendar(days_off=frozenset({holiday})) if name == "test" else None

    manager = plugin_manager(Calendars())
    events = coordprog.schedule(coordprog_binh_thuan, "test", plugin_manager=manager)
    assert dt.date(2022, 7, 1) == events[1].due
    text = coordprog.render(
        coordprog_binh_thuan,
        "schedule",
        "text",
        options={"calendar": "test"},
        plugin_manager=manager,
    )
    assert "01/07/2022  sơ kết" in str(text)
    assert dt.date(2022, 6, 30) == coordprog.schedule(coordprog_binh_thuan, "weekends")[1].due


# -- the call path follows pluggy (regressions) -----------------------------------


class TestCallPath:
    @pytest.mark.parametrize("style", ["wrapper", "hookwrapper"])
    def test_wrapper_on_validate(self, coordprog_binh_thuan: Program, style: str) -> None:
        """A wrapper on coordprog_validate runs once and sees (and may change) every result."""
        seen: list[object] = []
        extra = Problem("", "từ wrapper")

        if style == "wrapper":

            class Wrap:
                @hookimpl(wrapper=True)
                def coordprog_validate(self, program: Program) -> Any:
                    results = yield
                    seen.append(results)
                    return [*results, [extra]]

        else:

            class Wrap:  # type: ignore[no-redef]
                @hookimpl(hookwrapper=True)
                def coordprog_validate(self, program: Program) -> Any:
                    outcome = yield
                    seen.append(outcome.get_result())
                    outcome.force_result([*outcome.get_result(), [extra]])

        manager = plugin_manager(NeedsNumber(), Wrap())
        problems = coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)
        assert (NUMBER, extra) == problems
        assert 1 == len(seen)

    def test_validators_in_pluggys_order(self, coordprog_binh_thuan: Program) -> None:
        """Problems come in pluggy's order: tryfirst first, then the last registered first."""

        def validator(label: str, *, tryfirst: bool = False, trylast: bool = False) -> object:
            class Plugin:
                @hookimpl(tryfirst=tryfirst, trylast=trylast)
                def coordprog_validate(self, program: Program) -> list[Problem]:
                    return [Problem("", label)]

            return Plugin()

        manager = plugin_manager(
            validator("first", tryfirst=True),
            validator("plain-1"),
            validator("plain-2"),
            validator("last", trylast=True),
        )
        messages = [
            p.message for p in coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)
        ]
        assert ["first", "plain-2", "plain-1", "last"] == messages

    def test_calendars_in_pluggys_order(self, coordprog_binh_thuan: Program) -> None:
        """The first calendar pluggy asks wins: the last registered, unless another is tryfirst."""

        def provider(days: int, *, tryfirst: bool = False) -> object:
            class Plugin:
                @hookimpl(tryfirst=tryfirst)
                def coordprog_work_calendar(self, name: str) -> WeekendCalendar:
                    return WeekendCalendar(
                        days_off=frozenset({dt.date(2022, 1, 1) + dt.timedelta(days)})
                    )

            return Plugin()

        later_wins = plugin_manager(provider(1), provider(2))
        found = coordprog.work_calendar("any", plugin_manager=later_wins)
        assert not found.is_working_day(dt.date(2022, 1, 3))
        first_wins = plugin_manager(provider(1, tryfirst=True), provider(2))
        found = coordprog.work_calendar("any", plugin_manager=first_wins)
        assert not found.is_working_day(dt.date(2022, 1, 2 + 0))

    def test_generator_raising_mid_iteration(self, coordprog_binh_thuan: Program) -> None:
        """A validator whose generator raises is named and skipped; the others' problems stay."""

        class Half:
            @hookimpl
            def coordprog_validate(self, program: Program) -> Iterable[Problem]:
                yield Problem("", "một")
                raise KeyError("thiếu")

        lenient = coordprog.get_plugin_manager(strict=False, entry_points=False)
        lenient.register(Half(), name="half")
        lenient.register(NeedsNumber(), name="needs-number")
        with pytest.warns(PluginWarning, match=r"validation plugin 'half' failed: KeyError"):
            problems = coordprog.validate(coordprog_binh_thuan, plugin_manager=lenient)
        assert (NUMBER,) == problems
        with pytest.raises(PluginError, match=r"validation plugin 'Half' failed: KeyError"):
            coordprog.validate(coordprog_binh_thuan, plugin_manager=plugin_manager(Half()))

    def test_plugin_registered_after_first_use(self, coordprog_binh_thuan: Program) -> None:
        """A plugin registered on a manager after it rendered is seen by the next render."""
        manager = plugin_manager()
        assert "shout" not in {f.name for f in coordprog.formats(plugin_manager=manager)}
        coordprog.render(coordprog_binh_thuan, plugin_manager=manager)
        manager.register(Shout(), name="late")
        out = coordprog.render(coordprog_binh_thuan, "program", "shout", plugin_manager=manager)
        assert coordprog_binh_thuan.heading.upper() == out
        manager.unregister(name="late")
        with pytest.raises(RenderError, match="found 'shout'"):
            coordprog.render(coordprog_binh_thuan, "program", "shout", plugin_manager=manager)

    def test_report_building_the_wrong_shape(self, coordprog_binh_thuan: Program) -> None:
        """A report kind that builds another shape than it declares is blamed, not the format."""

        class Liar:
            @hookimpl
            def coordprog_register_reports(self, register: Callable[[ReportKind], None]) -> None:
                register(ReportKind("liar", Table, lambda p: Document(p.title)))

        manager = plugin_manager(Liar())
        with pytest.raises(RenderError) as info:
            coordprog.render(coordprog_binh_thuan, "liar", "csv", plugin_manager=manager)
        assert (
            "report 'liar' (plugin 'Liar') built a Document, expected the table it declares"
            == str(info.value)
        )


# -- names are claimed once -----------------------------------------------------


def _html_claimant(*, tryfirst: bool = False, trylast: bool = False) -> Callable[..., object]:
    def make(override: bool = False) -> object:
        class Claimant:
            @hookimpl(tryfirst=tryfirst, trylast=trylast)
            def coordprog_register_formats(self, register: Callable[..., None]) -> None:
                fmt = OutputFormat("html", ".html", "text/html", {Document: lambda d: "<p>khác"})
                if override:
                    register(fmt, override=True)
                else:
                    register(fmt)

        return Claimant()

    return make


class TestNames:
    @pytest.mark.parametrize("marks", [{}, {"tryfirst": True}, {"trylast": True}])
    def test_builtin_name_kept_whatever_the_order(
        self, coordprog_binh_thuan: Program, marks: dict[str, bool]
    ) -> None:
        """A plugin registering 'html' is refused and named, whatever its tryfirst/trylast."""
        manager = coordprog.get_plugin_manager(strict=False, entry_points=False)
        manager.register(_html_claimant(**marks)(), name="claimant")
        with pytest.warns(PluginWarning) as caught:
            formats = {f.name: f for f in coordprog.formats(plugin_manager=manager)}
        assert [
            "format 'html' from plugin 'claimant' is refused: plugin 'coordprog.html' already "
            "provides a format of that name; to replace a built-in one, register it with "
            "override=True"
        ] == [str(w.message) for w in caught]
        assert "coordprog.html" == formats["html"].plugin
        page = coordprog.render(coordprog_binh_thuan, format="html", plugin_manager=manager)
        assert str(page).startswith("<!DOCTYPE html>")

    def test_explicit_override(self, coordprog_binh_thuan: Program) -> None:
        """register(fmt, override=True) replaces a built-in format, and formats() says so."""
        manager = plugin_manager(_html_claimant(trylast=True)(override=True))
        html_format = {f.name: f for f in coordprog.formats(plugin_manager=manager)}["html"]
        assert ("Claimant", "coordprog.html") == (html_format.plugin, html_format.replaces)
        assert "<p>khác" == coordprog.render(
            coordprog_binh_thuan, format="html", plugin_manager=manager
        )

    def test_second_plugin_refused(self) -> None:
        """Of two plugins claiming a new name, the one registered first keeps it."""
        manager = coordprog.get_plugin_manager(strict=False, entry_points=False)
        manager.register(Shout(), name="one")
        manager.register(Shout(), name="two")
        with pytest.warns(PluginWarning) as caught:
            formats = {f.name: f.plugin for f in coordprog.formats(plugin_manager=manager)}
        assert "one" == formats["shout"]
        assert [
            "report 'title' from plugin 'two' is refused: plugin 'one' already provides a "
            "report of that name",
            "format 'shout' from plugin 'two' is refused: plugin 'one' already provides a "
            "format of that name",
        ] == [str(w.message) for w in caught]


# -- broken plugins never break loading -------------------------------------------


def _validator_returning(value: Any) -> object:
    class Broken:
        @hookimpl
        def coordprog_validate(self, program: Program) -> Any:
            return value

    return Broken()


def _validator_yielding(value: Any) -> object:
    class Broken:
        @hookimpl
        def coordprog_validate(self, program: Program) -> Any:
            yield value

    return Broken()


ITERABLE = "expected an iterable of coordprog.Problem or None"


class RaisesRuntime:
    @hookimpl
    def coordprog_validate(self, program: Program) -> Any:
        raise RuntimeError("lỗi")


@pytest.mark.parametrize(
    ("plugin", "message"),
    [
        (_validator_returning(5), f"returned int; {ITERABLE}"),
        (_validator_returning("sai"), f"returned str; {ITERABLE}"),
        (_validator_yielding("sai"), "returned 'sai'; expected coordprog.Problem values"),
        (RaisesRuntime(), "failed: RuntimeError('lỗi')"),
    ],
)
def test_broken_validator_is_skipped(example_text: str, plugin: object, message: str) -> None:
    """A broken validator is named and skipped when loading; strict mode raises PluginError."""
    lenient = coordprog.get_plugin_manager(strict=False, entry_points=False)
    lenient.register(plugin, name="broken")
    with pytest.warns(PluginWarning) as caught:
        program = coordprog.loads(example_text, "toml", plugin_manager=lenient)
    assert 25 == len(program.tasks)
    assert [f"validation plugin 'broken' {message}; its rules were skipped"] == [
        str(w.message) for w in caught
    ]
    strict = coordprog.get_plugin_manager(strict=True, entry_points=False)
    strict.register(plugin, name="broken")
    with pytest.raises(PluginError, match="validation plugin 'broken'"):
        coordprog.loads(example_text, "toml", plugin_manager=strict)


def test_calendar_plugin_returning_a_string(coordprog_binh_thuan: Program) -> None:
    """A calendar plugin returning a non-calendar is named; the others still answer."""

    class Wrong:
        @hookimpl(tryfirst=True)
        def coordprog_work_calendar(self, name: str) -> Any:
            return "thứ hai đến thứ sáu"

    lenient = coordprog.get_plugin_manager(strict=False, entry_points=False)
    lenient.register(Wrong(), name="wrong")
    with pytest.warns(PluginWarning, match="plugin 'wrong' returned str for 'weekends'"):
        events = coordprog.schedule(coordprog_binh_thuan, "weekends", plugin_manager=lenient)
    assert events == coordprog.schedule(coordprog_binh_thuan, coordprog.WeekendCalendar())
    with pytest.raises(PluginError, match="plugin 'Wrong' returned str"):
        coordprog.schedule(coordprog_binh_thuan, "weekends", plugin_manager=plugin_manager(Wrong()))


# -- installed plugins -----------------------------------------------------------


def test_installed_plugin_distribution(
    monkeypatch: pytest.MonkeyPatch, coordprog_binh_thuan: Program
) -> None:
    """The sample distribution, installed with pip, is found through its entry point."""
    monkeypatch.delenv("COORDPROG_PLUGINS")
    formats = {f.name: f.plugin for f in coordprog.formats()}
    reports = {r.name: r.plugin for r in coordprog.reports()}
    assert "sample" == formats.get("outline"), "install tests/plugins/coordprog-sample-plugin"
    assert "sample" == reports["parties"]
    outline = coordprog.render(coordprog_binh_thuan, "program", "outline")
    assert "  II. NỘI DUNG PHỐI HỢP\n" in str(outline)
    parties = coordprog.render(coordprog_binh_thuan, "parties", "markdown")
    assert "| snv | Sở Nội vụ |  |" in str(parties)


def test_own_suite_sees_builtins_only() -> None:
    """Coordprog's own tests run with the built-in plugins only, whatever is installed."""
    plugins = {f.plugin for f in coordprog.formats()} | {r.plugin for r in coordprog.reports()}
    assert all(name.startswith("coordprog.") for name in plugins)


def _fake_plugins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, modules: dict[str, str]) -> None:
    """Make modules importable and install them as plugins, with a dist-info of their own."""
    points = []
    for name, source in modules.items():
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        points.append(f"{name} = {name}")
    info = tmp_path / "fake_plugins-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-plugins\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[coordprog]\n" + "\n".join(points) + "\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("COORDPROG_PLUGINS", ",".join(modules))
    for name in modules:
        sys.modules.pop(name, None)


BROKEN = "raise RuntimeError('thư viện hỏng')\n"
EXITS = "raise SystemExit(3)\n"
DUPLICATE = """
    import coordprog
    from coordprog.shapes import Table

    @coordprog.hookimpl
    def coordprog_register_formats(register):
        register(coordprog.OutputFormat("csv", ".csv", "text/csv", {Table: str}))
"""
MISSPELT = """
    import coordprog

    @coordprog.hookimpl
    def coordprog_register_format(register):
        pass
"""


def _lenient_manager() -> tuple[Any, list[str]]:
    with pytest.warns(PluginWarning) as caught:  # noqa: PT031 - import, then registration
        manager = coordprog.get_plugin_manager(strict=False)
        coordprog.formats(plugin_manager=manager)
    return manager, [str(w.message) for w in caught]


def test_broken_plugin_is_isolated(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, coordprog_binh_thuan: Program
) -> None:
    """A plugin that raises on import is named in a warning; rendering still works."""
    _fake_plugins(monkeypatch, tmp_path, {"hong": BROKEN})
    manager, messages = _lenient_manager()
    assert ["plugin 'hong' (hong) failed to import: RuntimeError('thư viện hỏng')"] == messages
    out = coordprog.render(coordprog_binh_thuan, format="markdown", plugin_manager=manager)
    assert "Bình Thuận" in str(out)


def test_system_exit_at_import_is_isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A plugin raising SystemExit on import is left out; the process goes on."""
    _fake_plugins(monkeypatch, tmp_path, {"thoat": EXITS})
    _, messages = _lenient_manager()
    assert ["plugin 'thoat' (thoat) failed to import: SystemExit(3)"] == messages
    with pytest.raises(PluginError, match="plugin 'thoat'"):
        coordprog.get_plugin_manager(strict=True)


def test_strict_mode_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In strict mode a failing plugin is an error."""
    _fake_plugins(monkeypatch, tmp_path, {"hong": BROKEN})
    with pytest.raises(PluginError, match="plugin 'hong'"):
        coordprog.get_plugin_manager(strict=True)
    monkeypatch.setenv("COORDPROG_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError, match="plugin 'hong'"):
        coordprog.get_plugin_manager()


@pytest.mark.parametrize("value", ["", "0", "false", "False", "no", "off", " OFF "])
def test_strict_mode_off_as_users_write_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    """COORDPROG_STRICT_PLUGINS=false, no, off (any case) leave strict mode off."""
    _fake_plugins(monkeypatch, tmp_path, {"hong": BROKEN})
    monkeypatch.setenv("COORDPROG_STRICT_PLUGINS", value)
    with pytest.warns(PluginWarning, match="plugin 'hong'"):
        coordprog.get_plugin_manager()


def test_strict_mode_not_a_boolean(monkeypatch: pytest.MonkeyPatch) -> None:
    """A strict-mode value that is not a boolean is an error that says what is expected."""
    monkeypatch.setenv("COORDPROG_STRICT_PLUGINS", "maybe")
    with pytest.raises(PluginError, match=r"expected COORDPROG_STRICT_PLUGINS to be a boolean"):
        coordprog.get_plugin_manager()


def test_duplicate_name_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A second format named csv is refused, naming both plugins; the built-in stays."""
    _fake_plugins(monkeypatch, tmp_path, {"trung": DUPLICATE})
    manager, messages = _lenient_manager()
    assert [
        "format 'csv' from plugin 'trung' (distribution fake-plugins 1.0) is refused: plugin "
        "'coordprog.csv' already provides a format of that name; to replace a built-in one, "
        "register it with override=True"
    ] == messages
    assert (
        "coordprog.csv"
        == {f.name: f.plugin for f in coordprog.formats(plugin_manager=manager)}["csv"]
    )


def test_misspelt_hook_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A hook that does not exist makes its plugin fail loudly, by name."""
    _fake_plugins(monkeypatch, tmp_path, {"sai": MISSPELT})
    manager, messages = _lenient_manager()
    assert messages[0].startswith("plugin 'sai' (sai) was refused: ")
    assert "coordprog_register_format" in messages[0]
    assert not manager.has_plugin("sai")


def test_environment_limits_plugins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """COORDPROG_PLUGINS names the plugins to load; empty loads none."""
    _fake_plugins(monkeypatch, tmp_path, {"hong": BROKEN, "sai": MISSPELT})
    monkeypatch.setenv("COORDPROG_PLUGINS", "")
    manager = coordprog.get_plugin_manager(strict=True)
    assert not manager.has_plugin("hong")
    monkeypatch.setenv("COORDPROG_PLUGINS", "sai")
    with pytest.raises(PluginError, match="plugin 'sai'"):
        coordprog.get_plugin_manager(strict=True)


def test_environment_names_no_plugin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A name in COORDPROG_PLUGINS that no installed plugin has is warned about."""
    _fake_plugins(monkeypatch, tmp_path, {"sai": MISSPELT})
    monkeypatch.setenv("COORDPROG_PLUGINS", "nosuch")
    with pytest.warns(PluginWarning, match=r"names 'nosuch', which no installed plugin is called"):
        coordprog.get_plugin_manager(strict=True)


def test_render_error_names_plugin(coordprog_binh_thuan: Program) -> None:
    """A format that fails while rendering raises RenderError naming plugin and format."""

    def explode(table: Table) -> str:
        raise ZeroDivisionError("chia cho 0")

    class Boom:
        @hookimpl
        def coordprog_register_formats(self, register: Callable[[OutputFormat], None]) -> None:
            register(OutputFormat("boom", ".boom", "text/plain", {Table: explode}))

    manager = plugin_manager(Boom())
    with pytest.raises(RenderError) as info:
        coordprog.render(coordprog_binh_thuan, "matrix", "boom", plugin_manager=manager)
    assert (
        "format 'boom' (plugin 'Boom') failed to render report 'matrix': "
        "ZeroDivisionError('chia cho 0')"
    ) == str(info.value)


def test_readable_names_in_testing_manager() -> None:
    """plugin_manager() names throw-away plugins by their class, numbered on repeats."""
    manager = plugin_manager(Shout(), Shout())
    names = [name for name, _ in manager.list_name_plugin()]
    assert ["Shout", "Shout-2"] == names[-2:]


def test_no_manager_at_import() -> None:
    """Importing coordprog builds no plugin manager and imports no format: that is on first use."""
    code = (
        "import sys, coordprog; "
        "print(sorted(m for m in sys.modules if m.startswith('coordprog.reports.formats.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[]" == out.stdout.strip()


class TestShapeContract:
    def test_to_data_tags_every_block(self) -> None:
        """to_data gives plain data with a type on the shape and on every block."""
        from coordprog.shapes import Recipients, Section, to_data

        document = Document(
            "Tiêu đề",
            (Section("Phần", (Paragraph("a"),), number="I"), Recipients(("Lưu Văn thư.",))),
        )
        assert {
            "title": "Tiêu đề",
            "type": "document",
            "blocks": [
                {
                    "heading": "Phần",
                    "number": "I",
                    "new_page": False,
                    "blocks": [{"text": "a", "type": "paragraph"}],
                    "type": "section",
                },
                {"items": ["Lưu Văn thư."], "heading": "Nơi nhận", "type": "recipients"},
            ],
            "subtitle": None,
            "meta": [],
            "language": "vi",
            "letterhead": None,
            "author": None,
            "created": None,
            "notes": [],
            "notices": [],
        } == to_data(document)

    def test_json_format_writes_to_data(self, coordprog_binh_thuan: Program) -> None:
        """The json format is to_data of the built shape, as JSON."""
        from coordprog.shapes import to_data

        table = Table("T", (Column("a", "A"),), (("1",),))
        assert to_data(table) == json.loads(coordprog.render_shape(table, "json"))

    @pytest.mark.parametrize("fmt", ["markdown", "html", "text", "json"])
    def test_recipients_block_in_every_document_format(self, fmt: str) -> None:
        """The Nơi nhận block is rendered by every document format, items in order."""
        from coordprog.shapes import Recipients

        document = Document("Tiêu đề", (Recipients(("UBND tỉnh;", "Lưu: VT.")),))
        text = coordprog.render_shape(document, fmt)
        assert "Nơi nhận" in text
        assert text.index("UBND tỉnh;") < text.index("Lưu: VT.")


class _Bodies:
    def __init__(self, result: object) -> None:
        self.result = result

    @coordprog.hookimpl
    def coordprog_import_bodies(self) -> object:
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def test_coordprog_import_bodies() -> None:
    """A plugin's bodies are matched in a document; a broken one is named and left out."""
    manager = coordprog.get_plugin_manager(entry_points=False)
    manager.register(
        _Bodies([coordprog.KnownBody("ubnd-x", "Ủy ban nhân dân xã", ("UBND xã",))]), name="xa"
    )
    manager.register(_Bodies(KeyError("boom")), name="broken")
    manager.register(_Bodies(["not a body"]), name="wrong")
    text = (
        "CHƯƠNG TRÌNH\n"
        "Chương trình phối hợp giữa UBND xã và Ban Dân tộc tỉnh giai đoạn 2022 - 2025\n"
    )
    with pytest.warns(coordprog.PluginWarning) as caught:
        draft = coordprog.import_text(text, plugin_manager=manager)
    assert sorted(str(w.message).split("'")[1] for w in caught) == ["broken", "wrong"]
    assert [p["id"] for p in draft.data["parties"]] == ["ubnd-x", "bdt"]


class _Organs:
    def __init__(self, result: object) -> None:
        self.result = result

    @coordprog.hookimpl
    def coordprog_import_organs(self) -> object:
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def test_coordprog_import_organs() -> None:
    """A plugin's organ reads bodies of its kind by grammar; a broken one is named and left out."""
    manager = coordprog.get_plugin_manager(entry_points=False)
    manager.register(_Organs([coordprog.Organ("Cảng vụ Hàng hải")]), name="ports")
    manager.register(_Organs(KeyError("boom")), name="broken")
    manager.register(_Organs(["not an organ"]), name="wrong")
    text = (
        "CẢNG VỤ HÀNG HẢI\nTỈNH QUẢNG NINH\nSố: 05/QC-CVHH\n"
        "Quảng Ninh, ngày 04 tháng 5 năm 2023\nQUY CHẾ\nPHỐI HỢP TÌM KIẾM CỨU NẠN\n"
    )
    with pytest.warns(coordprog.PluginWarning) as caught:
        draft = coordprog.import_text(text, plugin_manager=manager)
    assert sorted(str(w.message).split("'")[1] for w in caught) == ["broken", "wrong"]
    party = draft.data["parties"][0]
    assert ("Cảng vụ Hàng hải tỉnh Quảng Ninh", "province", "Quảng Ninh") == (
        party["name"],
        party["level"],
        party["province"],
    )


class _Reader:
    def __init__(self, name: str, fails: bool = False) -> None:
        self.name = name
        self.fails = fails

    def accepts(self, document: coordprog.ReadDocument) -> bool:
        return document.opening.kind == "plan"

    def read(self, document: coordprog.ReadDocument, draft: coordprog.DraftBuilder) -> None:
        if self.fails:
            raise RuntimeError("cannot read")
        draft.data["kind"] = "joint-plan"
        draft.data["title"] = f"Read by {self.name}"


class _Readers:
    def __init__(self, result: object) -> None:
        self.result = result

    @coordprog.hookimpl
    def coordprog_import_readers(self) -> object:
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def test_coordprog_import_readers() -> None:
    """A plugin's reader reads what it accepts; a failing reader is named, the next reads."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 08/KH-UBND\nLào Cai, ngày 12 tháng 1 năm 2024\n"
        "KẾ HOẠCH\nPHỐI HỢP TUẦN TRA BIÊN GIỚI\n"
    )
    manager = coordprog.get_plugin_manager(entry_points=False)
    manager.register(_Readers([_Reader("good")]), name="good")
    manager.register(_Readers([_Reader("bad", fails=True)]), name="bad")
    manager.register(_Readers(["not a reader"]), name="wrong")
    with pytest.warns(coordprog.PluginWarning) as caught:
        draft = coordprog.import_text(text, plugin_manager=manager)
    said = sorted(str(w.message) for w in caught)
    assert any("'bad'" in message and "cannot read" in message for message in said)
    assert any("'wrong'" in message for message in said)
    assert ("joint-plan", "Read by good") == (draft.data["kind"], draft.data["title"])
    # The opening and the parties are read for the plugin's reader as for the built-in ones.
    assert "08/KH-UBND" == draft.data["number"]
    assert "Ủy ban nhân dân tỉnh Lào Cai" == draft.data["parties"][0]["name"]
