"""Installed plugins are found as importlib.metadata finds them, without importing it."""

from __future__ import annotations

import importlib.metadata
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import coordprog
from coordprog import PluginWarning

PLUGIN = """
    import coordprog
    from coordprog.shapes import Table

    class Holder:
        @coordprog.hookimpl
        def coordprog_register_formats(self, register):
            register(coordprog.OutputFormat({name!r}, {suffix!r}, "text/plain", {{Table: str}}))

    plugin = Holder()
    Holder.shared = plugin
"""


@pytest.fixture(autouse=True)
def _every_installed_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COORDPROG_PLUGINS")


def _loaded() -> list[str]:
    manager = coordprog.get_plugin_manager(strict=True)
    return [name for name, _ in manager.list_name_plugin() if not name.startswith("coordprog.")]


def _metadata() -> list[str]:
    """The names importlib.metadata finds, in the order they load: sorted."""
    names: list[str] = []
    for entry in importlib.metadata.entry_points(group="coordprog"):
        if entry.name not in names:
            names.append(entry.name)
    return sorted(names)


def _module(root: Path, name: str) -> None:
    root.mkdir(parents=True, exist_ok=True)
    source = textwrap.dedent(PLUGIN.format(name=name, suffix=f".{name}"))
    (root / f"{name}.py").write_text(source, encoding="utf-8")
    sys.modules.pop(name, None)


def _dist(root: Path, directory: str, text: str | None) -> None:
    (root / directory).mkdir(parents=True)
    (root / directory / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {directory.split('-')[0]}\nVersion: 1\n", encoding="utf-8"
    )
    if text is not None:
        (root / directory / "entry_points.txt").write_text(text, encoding="utf-8")


def test_same_plugins_as_importlib() -> None:
    """The installed plugins importlib.metadata finds load, in the order of their names."""
    assert _metadata() == _loaded()
    assert "sample" in _loaded()


def test_shadowing_comments_and_eggs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first distribution of a name wins; comments, blank lines and egg-info are read alike."""
    first, second = tmp_path / "first", tmp_path / "second"
    for name in ("cp_alpha", "cp_beta", "cp_shadowed"):
        _module(tmp_path / "code", name)
    _dist(
        first, "cp_demo-2.0.dist-info", "# a comment\n\n[coordprog]\n  alpha = cp_alpha:plugin \n"
    )
    _dist(second, "CP.Demo-1.0.dist-info", "[coordprog]\nshadowed = cp_shadowed:plugin\n")
    other = "[other]\nz = z\n[coordprog]\nbeta=cp_beta : Holder.shared [extra]\n"
    _dist(second, "other-1.0.egg-info", other)
    _dist(second, "noentry-1.0.dist-info", None)
    (second / "plain.egg-info").write_text("Metadata-Version: 1.0\nName: plain\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(first), str(second), str(tmp_path / "code"), *sys.path])
    loaded = _loaded()
    assert _metadata() == loaded
    assert ["alpha", "beta"] == [name for name in loaded if name in ("alpha", "beta", "shadowed")]
    formats = {f.name for f in coordprog.formats(plugin_manager=coordprog.get_plugin_manager())}
    assert {"cp_alpha", "cp_beta"} <= formats


def test_zip_on_sys_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plugin in a zip file on sys.path is found, as importlib.metadata finds it."""
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("zipped-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\n")
        bundle.writestr("zipped-1.0.dist-info/entry_points.txt", "[coordprog]\ninside = cp_zip\n")
        source = textwrap.dedent(PLUGIN.format(name="cp_zip", suffix=".zipped"))
        bundle.writestr("cp_zip.py", source + "\n")
    sys.modules.pop("cp_zip", None)
    monkeypatch.setattr(sys, "path", [str(archive), *sys.path])
    assert "inside" in _loaded()
    assert _metadata() == _loaded()


def test_path_objects_on_sys_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pathlib.Path on sys.path (which importlib accepts) is read, not a crash."""
    _module(tmp_path / "code", "cp_pathy")
    _dist(tmp_path, "pathy-1.0.dist-info", "[coordprog]\nfound = cp_pathy:plugin\n")
    monkeypatch.setattr(sys, "path", [tmp_path, str(tmp_path / "code"), *sys.path])
    assert "found" in _loaded()
    assert _metadata() == _loaded()


def test_malformed_value_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point whose value is not 'module:attribute' is named in the warning."""
    _dist(tmp_path, "bad-1.0.dist-info", "[coordprog]\nbad = not a value!\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    with pytest.warns(PluginWarning, match=r"plugin 'bad' \(not a value!\) failed to import"):
        coordprog.get_plugin_manager(strict=False)
