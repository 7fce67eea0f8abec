"""A plugins folder: one-off plugins as *.py files, with --plugins-dir or the environment."""

from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main

EXAMPLE = str(Path(__file__).parent.parent / "examples" / "binh_thuan" / "program.toml")

COUNT = """\
import coordprog
from coordprog.shapes import Column, Table


def count(program, *, what):
    found = program.tasks if what == "tasks" else program.parties
    columns = (Column("what", "Cái gì"), Column("count", "Số"))
    return Table("Đếm", columns, ((what, str(len(found))),))


@coordprog.hookimpl
def coordprog_register_reports(register):
    register(
        coordprog.ReportKind(
            "count",
            Table,
            count,
            description="How many tasks or parties.",
            options=(coordprog.ReportOption.choice("what", ("tasks", "parties"), default="tasks"),),
        )
    )
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "count.py").write_text(COUNT, encoding="utf-8")
    (tmp_path / "_helper.py").write_text("raise RuntimeError('never imported')\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a plugin\n", encoding="utf-8")
    return tmp_path


class TestGetPluginManager:
    def test_each_python_file_is_a_plugin(self, folder: Path) -> None:
        """Each *.py file is registered as a plugin named after it; _files and others are not."""
        manager = coordprog.get_plugin_manager(plugins_dir=folder, entry_points=False)
        assert manager.has_plugin("count")
        assert not manager.has_plugin("_helper")
        program = coordprog.load(EXAMPLE)
        text = coordprog.render(program, "count", "csv", plugin_manager=manager)
        assert ["Cái gì,Số", f"tasks,{len(program.tasks)}"] == text.lstrip("\ufeff").splitlines()

    def test_environment_variable(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """COORDPROG_PLUGINS_DIR names the folders the default manager loads."""
        monkeypatch.setenv("COORDPROG_PLUGINS_DIR", str(folder))
        assert "count" in {r.name for r in coordprog.reports()}
        monkeypatch.delenv("COORDPROG_PLUGINS_DIR")
        assert "count" not in {r.name for r in coordprog.reports()}

    @pytest.mark.filterwarnings("always::coordprog.PluginWarning")
    def test_a_broken_file_is_left_out(self, folder: Path) -> None:
        """A file that fails to import is named in a warning; the other files load."""
        (folder / "broken.py").write_text("1 / 0\n", encoding="utf-8")
        with pytest.warns(coordprog.PluginWarning, match=r"plugin file '.*broken\.py' failed"):
            manager = coordprog.get_plugin_manager(plugins_dir=folder, entry_points=False)
        assert manager.has_plugin("count")
        assert not manager.has_plugin("broken")

    def test_not_a_folder(self, tmp_path: Path) -> None:
        """A plugins folder that does not exist is a PluginError naming it."""
        with pytest.raises(coordprog.PluginError, match=r"missing'.*not a folder"):
            coordprog.get_plugin_manager(plugins_dir=tmp_path / "missing")


class TestCommandLine:
    def test_plugins_dir_anywhere(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--plugins-dir works before or after the command, for render and the listings."""
        for args in (
            ["--plugins-dir", str(folder), "render", EXAMPLE, "--report", "count"],
            ["render", EXAMPLE, "--report", "count", f"--plugins-dir={folder}"],
        ):
            assert 0 == main([*args, "--format", "csv", "--option", "what=parties"])
            assert capsys.readouterr().out.lstrip("\ufeff").startswith("Cái gì,Số\r\nparties,")
        assert 0 == main(["reports", "count", "--plugins-dir", str(folder)])
        listed = capsys.readouterr().out.split("count: How many tasks or parties.\n", 1)[1]
        assert listed.startswith(
            "  shape: table; formats: csv, html, json, markdown, text\n"
            f"  from: plugin count, file {folder / 'count.py'}\n"
        )
        assert "  --option what (tasks or parties, default tasks)" in listed

    def test_render_help_lists_folder_kinds(
        self, folder: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The render command's help lists the kinds of the folder's plugins too."""
        with pytest.raises(SystemExit):
            main(["render", "--help", "--plugins-dir", str(folder)])
        assert "count" in capsys.readouterr().out.split("Report kinds: ")[1]

    @pytest.mark.filterwarnings("always::coordprog.PluginWarning")
    def test_broken_file_is_one_warning_line(
        self, folder: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A plugin file that fails prints one 'coordprog: warning:' line, the command goes on."""
        (folder / "broken.py").write_text("1 / 0\n", encoding="utf-8")
        assert 0 == main(["--plugins-dir", str(folder), "render", EXAMPLE, "--report", "count"])
        err = capsys.readouterr().err
        assert err.startswith("coordprog: warning: plugin file ")
        assert "failed to import: ZeroDivisionError" in err
        assert 1 == len(err.splitlines())

    def test_missing_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A --plugins-dir that is not a folder is an input error, exit 1, one line."""
        assert 1 == main(["--plugins-dir", str(tmp_path / "nope"), "render", EXAMPLE])
        err = capsys.readouterr().err
        assert err.startswith("coordprog: expected a folder of plugin files")
        assert 1 == len(err.splitlines())
