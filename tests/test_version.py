"""The version coordprog says it is: what the changelog prepares, written in one place."""

import re
import tomllib
from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main

ROOT = Path(__file__).resolve().parent.parent
_RELEASE = re.compile(r"^(\d+)\.(\d+)\.(\d+)")


def _release(version: str) -> tuple[int, int, int]:
    """The major, minor and patch numbers of ``version`` (``0.3.0.dev0`` -> ``(0, 3, 0)``)."""
    match = _RELEASE.match(version)
    assert match is not None, version
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch)


class TestVersion:
    def test_the_release_being_prepared(self) -> None:
        """__version__ is a development version of the release the docstrings announce."""
        sources = [*(ROOT / "src" / "coordprog").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")]
        announced = {
            _release(found)
            for path in sources
            for found in re.findall(
                r"\.\. version(?:added|changed):: (\S+)", path.read_text("utf-8")
            )
        }
        assert (max(announced), True) == (
            _release(coordprog.__version__),
            ".dev" in coordprog.__version__,
        )

    def test_above_every_release_in_the_changelog(self) -> None:
        """The changelog's released versions all come before __version__, which is Unreleased."""
        changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
        headings = re.findall(r"^## \[([^\]]+)\]", changelog, re.MULTILINE)
        released = [_release(heading) for heading in headings[1:]]
        assert ("Unreleased", True) == (
            headings[0],
            all(version < _release(coordprog.__version__) for version in released),
        )

    def test_written_once(self) -> None:
        """The package's metadata and the docs read the version from coordprog/_version.py."""
        pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
        conf = (ROOT / "docs" / "conf.py").read_text("utf-8")
        assert (["version"], "src/coordprog/_version.py", True) == (
            pyproject["project"]["dynamic"],
            pyproject["tool"]["hatch"]["version"]["path"],
            "release = coordprog.__version__" in conf,
        )

    def test_command_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The command line's --version prints the same version."""
        with pytest.raises(SystemExit):
            main(["--version"])
        assert f"coordprog {coordprog.__version__}\n" == capsys.readouterr().out
