"""Entry points read from sys.path are the ones importlib.metadata finds."""

from __future__ import annotations

import importlib.metadata
import sys
import zipfile
from pathlib import Path

import pytest

import coordprog
from coordprog.plugins._entry_points import EntryPoint, entry_points


def _metadata(group: str) -> list[tuple[str, str]]:
    return [(ep.name, ep.value) for ep in importlib.metadata.entry_points(group=group)]


def _ours(group: str) -> list[tuple[str, str]]:
    return [(ep.name, ep.value) for ep in entry_points(group)]


def test_same_as_importlib_for_every_installed_group() -> None:
    """Every group of this environment, the coordprog plugins included, in the same order."""
    groups = importlib.metadata.entry_points().groups
    assert "coordprog" in groups
    for group in sorted(groups):
        assert _metadata(group) == _ours(group), group


def _dist(root: Path, directory: str, text: str | None) -> None:
    (root / directory).mkdir(parents=True)
    (root / directory / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {directory.split('-')[0]}\nVersion: 1\n", encoding="utf-8"
    )
    if text is not None:
        (root / directory / "entry_points.txt").write_text(text, encoding="utf-8")


def test_shadowing_comments_and_eggs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first distribution of a name wins; comments, blank lines and egg-info are read alike."""
    first, second = tmp_path / "first", tmp_path / "second"
    _dist(first, "cp_demo-2.0.dist-info", "# a comment\n\n[cp.test]\n  alpha = a.b:c  \n")
    _dist(second, "CP.Demo-1.0.dist-info", "[cp.test]\nshadowed = x:y\n")
    other = "[other]\nz = z\n[cp.test]\nbeta=pkg.mod:obj.attr [extra]\n"
    _dist(second, "other-1.0.egg-info", other)
    _dist(second, "noentry-1.0.dist-info", None)
    (second / "plain.egg-info").write_text("Metadata-Version: 1.0\nName: plain\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(first), str(second), *sys.path])
    expected = [("alpha", "a.b:c"), ("beta", "pkg.mod:obj.attr [extra]")]
    assert expected == _ours("cp.test")
    assert _metadata("cp.test") == _ours("cp.test")


def test_zip_on_sys_path_left_to_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A zip file on sys.path is read by importlib.metadata, with the same result."""
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("zipped-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\n")
        bundle.writestr("zipped-1.0.dist-info/entry_points.txt", "[cp.zip]\ninside = m:f\n")
    monkeypatch.setattr(sys, "path", [str(archive), *sys.path])
    assert [("inside", "m:f")] == _ours("cp.zip") == _metadata("cp.zip")


def test_path_objects_on_sys_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pathlib.Path on sys.path (which importlib accepts) is read, not a crash."""
    _dist(tmp_path, "pathy-1.0.dist-info", "[cp.path]\nfound = m:f\n")
    monkeypatch.setattr(sys, "path", [tmp_path, *sys.path])
    assert [("found", "m:f")] == _ours("cp.path") == _metadata("cp.path")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("coordprog", coordprog),
        ("coordprog:dumps", coordprog.dumps),
        ("coordprog : Program.tasks [extra]", coordprog.Program.tasks),
    ],
)
def test_load(value: str, expected: object) -> None:
    """A value names a module, or an attribute path inside it, with optional extras."""
    assert expected is EntryPoint("name", value, "group").load()


def test_load_refuses_a_malformed_value() -> None:
    """A value that is not 'module:attribute' is named in the error."""
    with pytest.raises(ValueError, match="found 'not a value!'"):
        EntryPoint("name", "not a value!", "group").load()
