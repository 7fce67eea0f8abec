"""The plugin API: hooks, the plugin manager, error isolation and rendering."""

import csv
import datetime as dt
import html
import io
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path

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
from coordprog._plugins import Registry, build_registry
from coordprog.shapes import Document, Paragraph, Table
from coordprog.testing import plugin_manager
from coordprog.testing.strategies import programs

BUILTIN_REPORTS = {"program": "document", "matrix": "table", "schedule": "calendar"}


def _combinations() -> list[tuple[str, str]]:
    found = []
    for fmt in coordprog.formats():
        for report, shape in BUILTIN_REPORTS.items():
            if shape in fmt.shapes:
                found.append((report, fmt.name))
    return found


class TestBuiltins:
    def test_listed_with_their_plugins(self) -> None:
        """formats() and reports() name each built-in with the module that provides it."""
        reports = {r.name: (r.plugin, r.shapes) for r in coordprog.reports()}
        assert ("coordprog._builtin.reports", ("document",)) == reports["program"]
        formats = {f.name: f for f in coordprog.formats()}
        assert {"markdown", "html", "json", "csv", "text", "ics"} <= set(formats)
        assert ("table", "calendar") == formats["csv"].shapes
        assert (".ics", "text/calendar") == (formats["ics"].suffix, formats["ics"].media_type)

    @pytest.mark.parametrize(("report", "fmt"), _combinations())
    def test_every_report_in_every_format(
        self, binh_thuan_program: Program, report: str, fmt: str
    ) -> None:
        """Each built-in report renders in each format that supports its shape."""
        output = coordprog.render(binh_thuan_program, report, fmt)
        if isinstance(output, bytes):
            assert output  # binary formats (ics, docx ...) have tests of their own
        else:
            assert "Bình Thuận" in output or "Kế hoạch" in output

    @settings(max_examples=10)
    @given(programs(max_groups=2, max_tasks=3))
    def test_every_report_renders_generated_programs(self, program: Program) -> None:
        """Every report renders every valid program in every format that supports it."""
        for report, fmt in _combinations():
            try:
                coordprog.render(program, report, fmt)
            except coordprog.ScheduleError:
                assert report == "schedule"

    def test_program_document_order(self, binh_thuan_program: Program) -> None:
        """The program document keeps the original parts and numbering."""
        text = coordprog.render(binh_thuan_program, "program", "html")
        assert isinstance(text, str)
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
        tasks = [text.index(f"<li>{html.escape(t.text)}</li>") for t in binh_thuan_program.tasks]
        assert sorted(tasks) == tasks
        assert len(tasks) == 25

    def test_matrix_roles(self, binh_thuan_program: Program) -> None:
        """The matrix shows lead, support and other roles, third bodies included."""
        rows = list(
            csv.reader(
                io.StringIO(
                    str(coordprog.render(binh_thuan_program, "matrix", "csv")).lstrip("\ufeff")
                )
            )
        )
        header, body = rows[0], {row[0]: row for row in rows[1:]}
        assert ["Mã", "Mục", "Nhiệm vụ", "Ban Dân vận", "Ban Dân tộc"] == header[:5]
        assert ["chủ trì", "phối hợp", "", "", "", ""] == body["II.1.1.1"][3:]
        assert ["phối hợp", "chủ trì"] == body["II.1.2.1"][3:5]
        assert (
            "giám sát"
            == body["II.2.1.7"][header.index("Mặt trận, các đoàn thể chính trị - xã hội")]
        )
        assert "phối hợp" == body["II.1.1.6"][header.index("Sở Nội vụ")]


class TestSafety:
    def test_html_escapes_script(self, binh_thuan_program: Program) -> None:
        """A task text with a script tag is inert in HTML."""
        program = _with_task_text(binh_thuan_program, "<script>alert(1)</script>")
        page = coordprog.render(program, "program", "html")
        assert isinstance(page, str)
        assert "<script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert page.startswith('<!DOCTYPE html>\n<html lang="vi">')

    @given(st.text())
    def test_html_escape_is_the_standard_librarys(self, text: str) -> None:
        """The HTML format escapes every text exactly as html.escape(quote=True) does."""
        from coordprog._builtin.html import _e

        assert html.escape(text, quote=True) == _e(text)

    @given(st.text())
    def test_markdown_inline_escapes_every_markup_character(self, text: str) -> None:
        """Every character that starts Markdown syntax gets a backslash; nothing else changes."""
        import re

        from coordprog._builtin.markdown import inline

        expected = re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", text.replace("\r\n", "\n"))
        assert expected == inline(text)

    def test_csv_neutralises_formulas(self, binh_thuan_program: Program) -> None:
        """A task text starting with =HYPERLINK( is text in CSV, not a formula."""
        program = _with_task_text(binh_thuan_program, '=HYPERLINK("http://x","bấm")')
        output = coordprog.render(program, "matrix", "csv")
        assert isinstance(output, str)
        assert output.startswith("\ufeff")
        cells = [row[2] for row in csv.reader(io.StringIO(output.lstrip("\ufeff")))]
        assert '\'=HYPERLINK("http://x","bấm")' in cells
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)

    def test_markdown_escapes_markup(self, binh_thuan_program: Program) -> None:
        """Markdown shows markup characters literally."""
        program = _with_task_text(binh_thuan_program, "<b>*đậm*</b> [liên kết](x)")
        text = coordprog.render(program, "program", "markdown")
        assert "- \\<b\\>\\*đậm\\*\\</b\\> \\[liên kết\\](x)" in str(text)


def _with_task_text(program: Program, text: str) -> Program:
    first = program.task_groups[0].groups[0]
    task = attrs.evolve(first.tasks[0], text=text)
    group = attrs.evolve(first, tasks=(task, *first.tasks[1:]))
    top = attrs.evolve(program.task_groups[0], groups=(group, *program.task_groups[0].groups[1:]))
    return attrs.evolve(program, task_groups=(top, *program.task_groups[1:]))


class TestCalendarFormats:
    def test_ics_parses_back(self, binh_thuan_program: Program) -> None:
        """The .ics holds one VEVENT per schedule event, on its due date, with stable UIDs."""
        data = coordprog.render(binh_thuan_program, "schedule", "ics", calendar="weekends")
        assert isinstance(data, bytes)
        parsed = icalendar.Calendar.from_ical(data)
        vevents = list(parsed.walk("VEVENT"))
        events = coordprog.schedule(binh_thuan_program, "weekends")
        assert len(events) == len(vevents)
        assert [e.due for e in events] == [v.decoded("dtstart") for v in vevents]
        assert [e.title_vi for e in events] == [str(v["summary"]) for v in vevents]
        again = coordprog.render(binh_thuan_program, "schedule", "ics", calendar="weekends")
        assert data == again
        assert "binh-thuan-dan-van-dan-toc-2022-2025/yearly/1@coordprog" == str(vevents[3]["uid"])

    def test_json_shape(self, binh_thuan_program: Program) -> None:
        """JSON output tags the shape and keeps Vietnamese unescaped."""
        data = json.loads(str(coordprog.render(binh_thuan_program, "schedule", "json")))
        assert "calendar" == data["type"]
        assert "2025-12-31" == data["entries"][-1]["due"]
        assert "Tổng kết" in data["entries"][-1]["summary"]


class TestErrors:
    def test_refused_shape(self, binh_thuan_program: Program) -> None:
        """CSV cannot render a document and says which formats can."""
        with pytest.raises(RenderError, match=r"format 'csv' .* cannot render a document.*html"):
            coordprog.render(binh_thuan_program, "program", "csv")

    def test_unknown_names_and_options(self, binh_thuan_program: Program) -> None:
        """Unknown reports, formats and options are clear errors."""
        with pytest.raises(RenderError, match=r"installed report.*found 'budget'"):
            coordprog.render(binh_thuan_program, "budget")
        with pytest.raises(RenderError, match=r"installed format.*found 'pdf'"):
            coordprog.render(binh_thuan_program, format="pdf")
        with pytest.raises(RenderError, match=r"takes no option 'calendar'; its options: none"):
            coordprog.render(binh_thuan_program, "matrix", calendar="vn")

    def test_unknown_calendar(self, binh_thuan_program: Program) -> None:
        """An unknown calendar name is a ScheduleError naming it."""
        with pytest.raises(coordprog.ScheduleError, match="found 'mars'"):
            coordprog.schedule(binh_thuan_program, "mars")


# -- one test per hook ------------------------------------------------------------


class Shout:
    """A throw-away plugin: a report kind and a format, each of a new name."""

    @hookimpl
    def coordprog_register_reports(self, register: Callable[[ReportKind], None]) -> None:
        register(ReportKind("title", Document, lambda p: Document(p.title, (Paragraph(p.id),))))

    @hookimpl
    def coordprog_register_formats(self, register: Callable[[OutputFormat], None]) -> None:
        register(OutputFormat("shout", ".txt", "text/plain", {Document: lambda d: d.title.upper()}))


def test_coordprog_register_reports(binh_thuan_program: Program) -> None:
    """A registered report kind renders in every format of its shape."""
    manager = plugin_manager(Shout())
    names = {r.name: r.plugin for r in coordprog.reports(plugin_manager=manager)}
    assert "title" in names
    html = coordprog.render(binh_thuan_program, "title", "html", plugin_manager=manager)
    assert "binh-thuan-dan-van-dan-toc-2022-2025" in str(html)


def test_coordprog_register_formats(binh_thuan_program: Program) -> None:
    """A registered format serves every report kind of its shape."""
    manager = plugin_manager(Shout())
    out = coordprog.render(binh_thuan_program, "program", "shout", plugin_manager=manager)
    assert binh_thuan_program.title.upper() == out


def test_coordprog_validate(binh_thuan_program: Program, example_text: str) -> None:
    """Problems from a validation plugin are merged with the built-in ones and stop loading."""

    class NeedsNumber:
        @hookimpl
        def coordprog_validate(self, program: Program) -> Iterable[Problem]:
            if program.number is None:
                yield Problem("number", "expected a document number (số, ký hiệu), found none")

    manager = plugin_manager(NeedsNumber())
    assert [Problem("number", "expected a document number (số, ký hiệu), found none")] == (
        coordprog.validate(binh_thuan_program, plugin_manager=manager)
    )
    assert [] == coordprog.validate(binh_thuan_program)


def test_coordprog_work_calendar(binh_thuan_program: Program) -> None:
    """A calendar provided by name is used by schedule(calendar=name)."""
    holiday = dt.date(2022, 6, 30)

    class Calendars:
        @hookimpl
        def coordprog_work_calendar(self, name: str) -> WeekendCalendar | None:
            return WeekendCalendar(days_off=frozenset({holiday})) if name == "test" else None

    manager = plugin_manager(Calendars())
    events = coordprog.schedule(binh_thuan_program, "test", plugin_manager=manager)
    assert dt.date(2022, 7, 1) == events[1].due
    # The schedule report finds it through the manager it is rendered with.
    text = coordprog.render(
        binh_thuan_program, "schedule", "text", calendar="test", plugin_manager=manager
    )
    assert "2022-07-01  interim-review" in str(text)
    assert dt.date(2022, 6, 30) == coordprog.schedule(binh_thuan_program, "weekends")[1].due


# -- the plugin manager --------------------------------------------------------


def test_validation_plugin_used_when_loading(
    monkeypatch: pytest.MonkeyPatch, example_text: str
) -> None:
    """load() and loads() apply the plugins' rules of the shared manager."""

    class Strict:
        @hookimpl
        def coordprog_validate(self, program: Program) -> list[Problem]:
            return [Problem("place", "expected a place of signing, found none")]

    manager = plugin_manager(Strict())
    monkeypatch.setattr("coordprog._api.default_registry", lambda: build_registry(manager))
    with pytest.raises(ValidationError, match="place: expected a place of signing"):
        coordprog.loads(example_text, "toml")


def test_installed_plugin_distribution(binh_thuan_program: Program) -> None:
    """The sample distribution, installed with pip, is found through its entry point."""
    formats = {f.name: f.plugin for f in coordprog.formats()}
    reports = {r.name: r.plugin for r in coordprog.reports()}
    assert "sample" == formats.get("outline"), "install tests/plugins/coordprog-sample-plugin"
    assert "sample" == reports["parties"]
    outline = coordprog.render(binh_thuan_program, "program", "outline")
    assert "  II. NỘI DUNG PHỐI HỢP\n" in str(outline)
    parties = coordprog.render(binh_thuan_program, "parties", "markdown")
    assert "| snv | Sở Nội vụ |  |" in str(parties)


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
    for name in modules:
        sys.modules.pop(name, None)


BROKEN = "raise RuntimeError('thư viện hỏng')\n"
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


def _manager_and_warnings() -> tuple[Registry, list[str]]:
    with pytest.warns(PluginWarning) as caught:
        registry = build_registry(coordprog.get_plugin_manager(strict=False), strict=False)
    return registry, [str(w.message) for w in caught]


def test_broken_plugin_is_isolated(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, binh_thuan_program: Program
) -> None:
    """A plugin that raises on import is named in a warning; rendering still works."""
    _fake_plugins(monkeypatch, tmp_path, {"hong": BROKEN})
    registry, messages = _manager_and_warnings()
    assert ["plugin 'hong' (hong) failed to import: RuntimeError('thư viện hỏng')"] == messages
    out = coordprog.render(binh_thuan_program, format="markdown", plugin_manager=registry.manager)
    assert "Bình Thuận" in str(out)


def test_strict_mode_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In strict mode a failing plugin is an error."""
    _fake_plugins(monkeypatch, tmp_path, {"hong": BROKEN})
    with pytest.raises(PluginError, match="plugin 'hong'"):
        coordprog.get_plugin_manager(strict=True)
    monkeypatch.setenv("COORDPROG_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError, match="plugin 'hong'"):
        coordprog.get_plugin_manager()


def test_duplicate_name_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A second format named csv is refused, naming both plugins; the built-in stays."""
    _fake_plugins(monkeypatch, tmp_path, {"trung": DUPLICATE})
    registry, messages = _manager_and_warnings()
    assert [
        "plugin 'trung' failed to register its formats: format 'csv' from plugin 'trung' is "
        "refused: plugin 'coordprog._builtin.csv' already provides a format of that name"
    ] == messages
    assert "coordprog._builtin.csv" == registry.formats["csv"][1]


def test_misspelt_hook_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A hook that does not exist makes its plugin fail loudly, by name."""
    _fake_plugins(monkeypatch, tmp_path, {"sai": MISSPELT})
    registry, messages = _manager_and_warnings()
    assert messages[0].startswith("plugin 'sai' (sai) was refused: ")
    assert "coordprog_register_format" in messages[0]
    assert not registry.manager.has_plugin("sai")


def test_environment_limits_plugins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """COORDPROG_PLUGINS names the plugins to load; empty loads none."""
    _fake_plugins(monkeypatch, tmp_path, {"hong": BROKEN, "sai": MISSPELT})
    monkeypatch.setenv("COORDPROG_PLUGINS", "")
    manager = coordprog.get_plugin_manager(strict=True)
    assert not manager.has_plugin("hong")
    monkeypatch.setenv("COORDPROG_PLUGINS", "sai")
    with pytest.raises(PluginError, match="plugin 'sai'"):
        coordprog.get_plugin_manager(strict=True)


def test_render_error_names_plugin(binh_thuan_program: Program) -> None:
    """A format that fails while rendering raises RenderError naming plugin and format."""

    def explode(table: Table) -> str:
        raise ZeroDivisionError("chia cho 0")

    class Boom:
        @hookimpl
        def coordprog_register_formats(self, register: Callable[[OutputFormat], None]) -> None:
            register(OutputFormat("boom", ".txt", "text/plain", {Table: explode}))

    manager = plugin_manager(Boom())
    with pytest.raises(RenderError) as info:
        coordprog.render(binh_thuan_program, "matrix", "boom", plugin_manager=manager)
    plugin = next(
        impl.plugin_name
        for impl in manager.hook.coordprog_register_formats.get_hookimpls()
        if impl.plugin_name.isdigit() or "Boom" in repr(impl.plugin)
    )
    assert (
        f"format 'boom' (plugin '{plugin}') failed to render report 'matrix': "
        "ZeroDivisionError('chia cho 0')"
    ) == str(info.value)


def test_no_manager_at_import() -> None:
    """Importing coordprog builds no plugin manager: that happens on first use."""
    code = (
        "import coordprog, coordprog._plugins as p;print(p.default_registry.cache_info().currsize)"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "0" == out.stdout.strip()
