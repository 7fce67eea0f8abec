"""Plugins that misbehave inside hooks: each is named and left out, the others keep working."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

import coordprog
from coordprog import (
    OutputFormat,
    PluginError,
    PluginWarning,
    Problem,
    Program,
    ReportKind,
    WeekendCalendar,
    hookimpl,
)
from coordprog.cli import main
from coordprog.shapes import Document, Table
from coordprog.testing import plugin_manager

NUMBER = Problem("number", "expected a document number, found none")


class NeedsNumber:
    """An innocent validation plugin: one rule, always broken by the example without number."""

    @hookimpl
    def coordprog_validate(self, program: Program) -> Iterable[Problem]:
        yield NUMBER


def _lenient(**plugins: object) -> Any:
    """A manager that warns about failing plugins, with ``plugins`` registered under their names."""
    manager = coordprog.get_plugin_manager(strict=False, entry_points=False)
    for name, plugin in plugins.items():
        manager.register(plugin, name=name)
    return manager


def _messages(caught: pytest.WarningsRecorder) -> list[str]:
    return [str(w.message) for w in caught]


def _exits(code: int = 4) -> Any:
    raise SystemExit(code)


# -- validation -------------------------------------------------------------------


class RaisingWrapper:
    @hookimpl(wrapper=True)
    def coordprog_validate(self, program: Program) -> Any:
        yield
        raise RuntimeError("wrapper hỏng")


class ExitingValidator:
    @hookimpl
    def coordprog_validate(self, program: Program) -> Any:
        _exits()


class ResultsBreaker:
    """A wrapper that works alone but breaks when another plugin gave results."""

    @hookimpl(wrapper=True)
    def coordprog_validate(self, program: Program) -> Any:
        results = yield
        if results:
            raise LookupError("không chịu kết quả")
        return results


class TestValidate:
    def test_raising_wrapper_named_innocent_rules_kept(self, coordprog_binh_thuan: Program) -> None:
        """A raising validation wrapper is blamed; the innocent plugin's rules still apply."""
        manager = _lenient(needs=NeedsNumber(), wrapper=RaisingWrapper())
        with pytest.warns(PluginWarning) as caught:
            problems = coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)
        assert (NUMBER,) == problems
        assert [
            "validation plugin 'wrapper' failed: RuntimeError('wrapper hỏng'); its rules were "
            "skipped"
        ] == _messages(caught)

    def test_invalid_program_does_not_load(self, example_text: str) -> None:
        """With a raising wrapper installed, a program the innocent plugin refuses still fails."""
        manager = _lenient(needs=NeedsNumber(), wrapper=RaisingWrapper())
        with pytest.warns(PluginWarning), pytest.raises(coordprog.ValidationError) as info:
            coordprog.loads(example_text, "toml", plugin_manager=manager)
        assert (NUMBER,) == info.value.problems

    def test_strict_mode_blames_the_wrapper(self, coordprog_binh_thuan: Program) -> None:
        """In strict mode the error names the wrapper's plugin, not the innocent one."""
        manager = plugin_manager(NeedsNumber(), RaisingWrapper())
        with pytest.raises(PluginError, match=r"^validation plugin 'RaisingWrapper' failed"):
            coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)

    def test_system_exit_is_the_plugins_fault(self, coordprog_binh_thuan: Program) -> None:
        """sys.exit() in a validator is named and skipped; the process and the others go on."""
        manager = _lenient(needs=NeedsNumber(), exits=ExitingValidator())
        with pytest.warns(PluginWarning) as caught:
            problems = coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)
        assert (NUMBER,) == problems
        assert [
            "validation plugin 'exits' failed: SystemExit(4); its rules were skipped"
        ] == _messages(caught)

    def test_keyboard_interrupt_is_not(self, coordprog_binh_thuan: Program) -> None:
        """Ctrl-C inside a hook stops the program as it always does."""

        class Interrupted:
            @hookimpl
            def coordprog_validate(self, program: Program) -> Any:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            coordprog.validate(coordprog_binh_thuan, plugin_manager=_lenient(i=Interrupted()))

    def test_wrapper_failing_around_others_results(self, coordprog_binh_thuan: Program) -> None:
        """A wrapper that fails only when the others have results is the one named."""
        manager = _lenient(needs=NeedsNumber(), breaker=ResultsBreaker())
        with pytest.warns(PluginWarning) as caught:
            problems = coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)
        assert (NUMBER,) == problems
        assert [
            "validation plugin 'breaker' failed: LookupError('không chịu kết quả') around the "
            "other plugins' results; its rules were skipped"
        ] == _messages(caught)

    def test_well_behaved_wrapper_still_sees_every_result(
        self, coordprog_binh_thuan: Program
    ) -> None:
        """When another plugin fails, a good wrapper still wraps the results of the rest."""
        extra = Problem("", "từ wrapper")

        class Adds:
            @hookimpl(wrapper=True)
            def coordprog_validate(self, program: Program) -> Any:
                results = yield
                return [*results, [extra]]

        manager = _lenient(needs=NeedsNumber(), adds=Adds(), exits=ExitingValidator())
        with pytest.warns(PluginWarning, match="'exits'"):
            problems = coordprog.validate(coordprog_binh_thuan, plugin_manager=manager)
        assert (NUMBER, extra) == problems


# -- work calendars ---------------------------------------------------------------


class TestWorkCalendar:
    @pytest.mark.parametrize("tryfirst", [True, False])
    def test_system_exit_skipped(self, coordprog_binh_thuan: Program, tryfirst: bool) -> None:
        """A calendar plugin that calls sys.exit() is named; the built-in still answers."""

        class Exits:
            @hookimpl(tryfirst=tryfirst)
            def coordprog_work_calendar(self, name: str) -> Any:
                _exits()

        manager = _lenient(exits=Exits())
        with pytest.warns(PluginWarning) as caught:
            events = coordprog.schedule(coordprog_binh_thuan, "weekends", plugin_manager=manager)
        assert events == coordprog.schedule(coordprog_binh_thuan, WeekendCalendar())
        assert ["work calendar plugin 'exits' failed: SystemExit(4)"] == _messages(caught)

    def test_raising_wrapper_blamed(self, coordprog_binh_thuan: Program) -> None:
        """A calendar wrapper that raises is named, and the calendar is still found."""

        class Wrap:
            @hookimpl(wrapper=True)
            def coordprog_work_calendar(self, name: str) -> Any:
                yield
                raise ValueError("lịch hỏng")

        with pytest.warns(PluginWarning, match="^work calendar plugin 'wrap' failed"):
            found = coordprog.work_calendar("weekends", plugin_manager=_lenient(wrap=Wrap()))
        assert isinstance(found, WeekendCalendar)


# -- rendering ------------------------------------------------------------------------


class TestRender:
    def test_build_calling_exit(self, coordprog_binh_thuan: Program) -> None:
        """A report kind whose build calls sys.exit() raises RenderError naming it."""

        class Kind:
            @hookimpl
            def coordprog_register_reports(self, register: Callable[..., None]) -> None:
                register(ReportKind("thoat", Table, lambda program: _exits(2)))

        with pytest.raises(coordprog.RenderError) as info:
            coordprog.render(
                coordprog_binh_thuan, "thoat", "csv", plugin_manager=plugin_manager(Kind())
            )
        assert "report 'thoat' (plugin 'Kind') failed to build: SystemExit(2)" == str(info.value)

    def test_renderer_calling_exit(self) -> None:
        """A format whose renderer calls sys.exit() raises RenderError naming it."""

        class Fmt:
            @hookimpl
            def coordprog_register_formats(self, register: Callable[..., None]) -> None:
                register(OutputFormat("thoat", ".thoat", "text/plain", {Document: _exits}))

        with pytest.raises(coordprog.RenderError, match=r"\(plugin 'Fmt'\) failed to render"):
            coordprog.render_shape(Document("T"), "thoat", plugin_manager=plugin_manager(Fmt()))


# -- registration ---------------------------------------------------------------------


class WrapperRegistersHtml:
    """Registers a format called html from a wrapper: the built-in's call must not carry it."""

    @hookimpl(wrapper=True)
    def coordprog_register_formats(self, register: Callable[..., None]) -> Any:
        register(OutputFormat("html", ".html", "text/html", {Document: lambda d: "<p>giả"}))
        register(OutputFormat("own", ".own", "text/plain", {Document: lambda d: "riêng"}))
        return (yield)


class TestRegistration:
    def test_wrapper_cannot_take_a_builtin_name(self, coordprog_binh_thuan: Program) -> None:
        """A format a wrapper registers is its plugin's: a built-in name is refused."""
        manager = _lenient(wrapping=WrapperRegistersHtml())
        with pytest.warns(PluginWarning) as caught:
            formats = {f.name: f.plugin for f in coordprog.formats(plugin_manager=manager)}
        assert ("coordprog.html", "wrapping") == (formats["html"], formats["own"])
        assert [
            "format 'html' from plugin 'wrapping' is refused: plugin 'coordprog.html' already "
            "provides a format of that name; to replace a built-in one, register it with "
            "override=True"
        ] == _messages(caught)
        page = coordprog.render(coordprog_binh_thuan, format="html", plugin_manager=manager)
        assert str(page).startswith("<!DOCTYPE html>")

    def test_strict_mode_blames_the_wrapper(self) -> None:
        """In strict mode the error names the wrapper's plugin, never coordprog.html."""
        with pytest.raises(PluginError, match=r"^format 'html' from plugin 'WrapperRegistersHtml'"):
            coordprog.formats(plugin_manager=plugin_manager(WrapperRegistersHtml()))

    @pytest.mark.parametrize("style", ["wrapper", "plain"])
    def test_exit_while_registering(self, style: str) -> None:
        """sys.exit() while registering leaves that plugin out, named, and keeps the others."""

        class Exits:
            @hookimpl
            def coordprog_register_formats(self, register: Callable[..., None]) -> Any:
                _exits(5)

        class ExitsWrapping:
            @hookimpl(wrapper=True)
            def coordprog_register_formats(self, register: Callable[..., None]) -> Any:
                _exits(5)
                yield

        class Good:
            @hookimpl
            def coordprog_register_formats(self, register: Callable[..., None]) -> None:
                register(OutputFormat("good", ".good", "text/plain", {Document: lambda d: "ok"}))

        exits = ExitsWrapping() if style == "wrapper" else Exits()
        manager = _lenient(exits=exits, good=Good())
        with pytest.warns(PluginWarning) as caught:
            formats = {f.name: f.plugin for f in coordprog.formats(plugin_manager=manager)}
        assert "good" == formats["good"]
        assert {"markdown", "html", "json", "csv", "text", "ics"} <= set(formats)
        assert ["plugin 'exits' failed to register its formats: SystemExit(5)"] == _messages(caught)


def _format(name: str, *suffixes: str) -> OutputFormat:
    return OutputFormat(name, suffixes, "text/plain", {Document: lambda d: f"{name}:{d.title}"})


def _registering(fmt: OutputFormat, *, override: bool = False) -> object:
    class Plugin:
        @hookimpl
        def coordprog_register_formats(self, register: Callable[..., None]) -> None:
            register(fmt, override=override)

    return Plugin()


class TestSuffixes:
    def test_builtin_suffix_kept(self) -> None:
        """A plugin format listing .md is refused that suffix, named with the built-in's."""
        manager = _lenient(notes=_registering(_format("notes", ".md", ".notes")))
        with pytest.warns(PluginWarning) as caught:
            formats = {f.name: f for f in coordprog.formats(plugin_manager=manager)}
        assert (".md", ".markdown") == formats["markdown"].suffixes[:2]
        assert (".notes",) == formats["notes"].suffixes
        assert [
            "suffix '.md' of format 'notes' from plugin 'notes' is refused: format 'markdown' "
            "of plugin 'coordprog.markdown' already has it, and -o FILE.md keeps writing "
            "markdown; to take a built-in format's suffix, register with override=True"
        ] == _messages(caught)

    def test_override_takes_a_builtin_suffix(self) -> None:
        """With override=True a plugin format takes a built-in format's suffix."""
        manager = plugin_manager(_registering(_format("notes", ".md"), override=True))
        formats = {f.name: f for f in coordprog.formats(plugin_manager=manager)}
        assert (".md",) == formats["notes"].suffixes
        assert ".md" not in formats["markdown"].suffixes

    def test_suffix_claimed_twice(self) -> None:
        """Of two plugins claiming a new suffix, the first registered keeps it; both are named."""
        manager = _lenient(
            one=_registering(_format("one", ".org")), two=_registering(_format("two", ".org"))
        )
        with pytest.warns(PluginWarning) as caught:
            formats = {f.name: f for f in coordprog.formats(plugin_manager=manager)}
        assert ((".org",), ()) == (formats["one"].suffixes, formats["two"].suffixes)
        assert [
            "suffix '.org' of format 'two' from plugin 'two' is refused: format 'one' of plugin "
            "'one' already has it, and -o FILE.org keeps writing one"
        ] == _messages(caught)

    @pytest.mark.filterwarnings("default::coordprog.PluginWarning")  # as the command line has it
    def test_output_file_keeps_the_builtin_format(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        example_path: Path,
        tmp_path: Path,
    ) -> None:
        """-o out.md writes Markdown even when an installed plugin's format lists .md."""
        _distribution(tmp_path / "site", "cp-notes", {"notes": "cp_notes_mod"}, suffix=".md")
        monkeypatch.syspath_prepend(str(tmp_path / "site"))
        monkeypatch.setenv("COORDPROG_PLUGINS", "notes")
        code = main(["render", str(example_path), "-o", str(tmp_path / "out.md")])
        assert 0 == code
        assert (tmp_path / "out.md").read_text(encoding="utf-8").startswith("**CHƯƠNG TRÌNH**")
        assert (
            "coordprog: warning: suffix '.md' of format 'chung' from plugin 'notes' "
            "(distribution cp-notes 1.0) is refused: format 'markdown' of plugin "
            "'coordprog.markdown' already has it"
        ) in capsys.readouterr().err


# -- installed plugins: the winner of a name does not depend on the file system -------------

FORMAT_PLUGIN = """
    import coordprog
    from coordprog.shapes import Table

    @coordprog.hookimpl
    def coordprog_register_formats(register):
        register(coordprog.OutputFormat("chung", {suffix!r}, "text/plain", {{Table: {render}}}))
"""


def _distribution(root: Path, dist: str, plugins: dict[str, str], suffix: str = ".chung") -> None:
    """Install ``plugins`` (entry-point name: module) as distribution ``dist`` in ``root``."""
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    lines = "".join(f"{name} = {module}\n" for name, module in plugins.items())
    (info / "entry_points.txt").write_text(f"[coordprog]\n{lines}")
    for module in plugins.values():
        source = FORMAT_PLUGIN.format(suffix=suffix, render=f"lambda t: {module!r}")
        source = textwrap.dedent(source)
        (root / f"{module}.py").write_text(source, encoding="utf-8")
        sys.modules.pop(module, None)


@pytest.mark.parametrize("first", ["a", "b"])
def test_same_name_from_two_distributions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, first: str
) -> None:
    """Whatever the order of sys.path, the plugin whose name sorts first keeps a name."""
    _distribution(tmp_path / "a", "cp-zeta-dist", {"zeta": "cp_zeta_mod"})
    _distribution(tmp_path / "b", "cp-alpha-dist", {"alpha": "cp_alpha_mod"})
    order = [tmp_path / "a", tmp_path / "b"]
    if first == "b":
        order.reverse()
    monkeypatch.setattr(sys, "path", [*map(str, order), *sys.path])
    monkeypatch.setenv("COORDPROG_PLUGINS", "alpha,zeta")
    manager = coordprog.get_plugin_manager(strict=False)
    with pytest.warns(PluginWarning) as caught:
        formats = {f.name: f.plugin for f in coordprog.formats(plugin_manager=manager)}
    assert "alpha" == formats["chung"]
    assert [
        "format 'chung' from plugin 'zeta' (distribution cp-zeta-dist 1.0) is refused: plugin "
        "'alpha' (distribution cp-alpha-dist 1.0) already provides a format of that name"
    ] == _messages(caught)


@pytest.mark.parametrize("first", ["a", "b"])
def test_same_plugin_name_from_two_distributions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, first: str
) -> None:
    """Two distributions with a plugin of one name: the one whose name sorts first is loaded."""
    _distribution(tmp_path / "a", "cp-later", {"trung": "cp_later_mod"})
    _distribution(tmp_path / "b", "cp-earlier", {"trung": "cp_earlier_mod"})
    order = [tmp_path / "a", tmp_path / "b"]
    if first == "b":
        order.reverse()
    monkeypatch.setattr(sys, "path", [*map(str, order), *sys.path])
    monkeypatch.setenv("COORDPROG_PLUGINS", "trung")
    with pytest.warns(PluginWarning) as caught:
        manager = coordprog.get_plugin_manager(strict=False)
    table = Table("T", (), ())
    assert "cp_earlier_mod" == coordprog.render_shape(table, "chung", plugin_manager=manager)
    assert [
        "plugin 'trung' of distribution cp-later 1.0 is not loaded: distribution cp-earlier "
        "1.0 provides a plugin of that name, and of two the distribution whose name sorts "
        "first is loaded"
    ] == _messages(caught)


def test_import_bodies_exit() -> None:
    """An importer plugin calling sys.exit() is named and left out; the others' bodies are kept."""

    class Exits:
        @hookimpl
        def coordprog_import_bodies(self) -> Any:
            _exits()

    class Commune:
        @hookimpl
        def coordprog_import_bodies(self) -> Any:
            return [coordprog.KnownBody("ubnd-x", "Ủy ban nhân dân xã", ("UBND xã",))]

    text = (
        "CHƯƠNG TRÌNH\n"
        "Chương trình phối hợp giữa UBND xã và Ban Dân tộc tỉnh giai đoạn 2022 - 2025\n"
    )
    manager = _lenient(commune=Commune(), exits=Exits())
    with pytest.warns(PluginWarning) as caught:
        draft = coordprog.import_text(text, plugin_manager=manager)
    assert ["importer plugin 'exits' failed: SystemExit(4)"] == _messages(caught)
    assert ["ubnd-x", "bdt"] == [p["id"] for p in draft.data["parties"]]
