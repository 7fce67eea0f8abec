"""The example programs, as the installed package serves them."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import coordprog
from coordprog import CoordprogError, Program, examples

from .conftest import ROOT


def test_names() -> None:
    """The Bình Thuận program is listed by its name."""
    assert "binh-thuan" in examples.names()


def test_load_is_the_example_file(example_path: Path) -> None:
    """examples.load() gives the program in examples/binh_thuan/program.toml."""
    assert coordprog.load(example_path) == examples.load("binh-thuan")


def test_unknown_name() -> None:
    """An unknown example name is a clear error."""
    with pytest.raises(CoordprogError, match=r"one of binh-thuan.*found 'hà-nội'"):
        examples.load("hà-nội")


def test_fixture(binh_thuan_program: Program) -> None:
    """The pytest plugin's fixture serves the same program."""
    assert examples.load("binh-thuan") == binh_thuan_program


def test_wheel_carries_the_example(tmp_path: Path) -> None:
    """A built wheel holds the example and loads it without the repository."""
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("coordprog-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    code = (
        "import coordprog.examples as e; p = e.load('binh-thuan');"
        "print(e.path('binh-thuan') is not None, len(p.tasks))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(site)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "True 25" == out.stdout.strip()
