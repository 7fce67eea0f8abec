"""`coordprog new-plugin NAME`: a plugin distribution that installs and passes its own tests."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coordprog.cli import main

EXAMPLE = str(Path(__file__).parent.parent / "examples" / "binh_thuan" / "program.toml")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The distribution coordprog-bao-cao-chu-tri, as the command writes it."""
    folder = tmp_path_factory.mktemp("plugins")
    assert 0 == main(["new-plugin", "bao-cao-chu-tri", "--directory", str(folder)])
    return folder / "coordprog-bao-cao-chu-tri"


def _run(*args: str, cwd: Path, path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COORDPROG_PLUGINS": ""}
    env.pop("COORDPROG_PLUGINS", None)  # the generated plugin is meant to be found
    if path is not None:
        env["PYTHONPATH"] = str(path)
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env)


class TestGenerated:
    def test_files(self, generated: Path) -> None:
        """The distribution has its metadata, its module, its tests and a README."""
        files = sorted(str(p.relative_to(generated)) for p in generated.rglob("*") if p.is_file())
        assert [
            "README.md",
            "pyproject.toml",
            "src/coordprog_bao_cao_chu_tri/__init__.py",
            "src/coordprog_bao_cao_chu_tri/py.typed",
            "tests/test_coordprog_bao_cao_chu_tri.py",
        ] == files

    def test_its_tests_pass(self, generated: Path) -> None:
        """Its own test suite passes as written."""
        result = _run(
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            cwd=generated,
            path=generated / "src",
        )
        assert 0 == result.returncode, result.stdout + result.stderr
        assert "6 passed" in result.stdout

    def test_it_type_checks(self, generated: Path) -> None:
        """It passes mypy --strict against coordprog's public API."""
        result = _run(
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(generated.parent / "mypy-cache"),
            "src",
            "tests",
            cwd=generated,
            path=generated / "src",
        )
        assert (0, "") == (result.returncode, result.stdout)

    def test_its_requirements_met_by_this_coordprog(self, generated: Path) -> None:
        """It installs beside the coordprog that wrote it (pip), a development version too."""
        result = _run(
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--quiet",
            "--no-index",
            "--no-build-isolation",
            str(generated),
            cwd=generated,
        )
        assert (0, "") == (result.returncode, result.stderr)

    def test_installed_it_is_found(self, generated: Path, tmp_path: Path) -> None:
        """Built and installed, coordprog finds it through its entry point and renders it."""
        wheels = tmp_path / "wheels"
        built = _run(
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(wheels),
            str(generated),
            cwd=tmp_path,
        )
        assert 0 == built.returncode, built.stderr
        [wheel] = wheels.glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            [entry_points] = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
            text = archive.read(entry_points).decode()
        assert "[coordprog]\nbao-cao-chu-tri = coordprog_bao_cao_chu_tri\n" in text
        site = tmp_path / "site"
        installed = _run(
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
            cwd=tmp_path,
        )
        assert 0 == installed.returncode, installed.stderr
        listed = _run(sys.executable, "-m", "coordprog", "reports", cwd=tmp_path, path=site)
        assert "bao-cao-chu-tri" in [line.split()[0] for line in listed.stdout.splitlines()]
        rendered = _run(
            sys.executable,
            "-m",
            "coordprog",
            "render",
            EXAMPLE,
            "--report",
            "bao-cao-chu-tri",
            "--option",
            "lead=bdt",
            "--format",
            "csv",
            cwd=tmp_path,
            path=site,
        )
        assert 0 == rendered.returncode, rendered.stderr
        assert rendered.stdout.lstrip("\ufeff").startswith("Nhiệm vụ,Nội dung,Chủ trì\n")


class TestCommand:
    @pytest.mark.parametrize("name", ["Leads", "bao_cao", "x--y", "x-", "1st", ""])
    def test_names(self, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A name must be lower-case words joined by '-'; anything else is refused."""
        assert 1 == main(["new-plugin", name, "--directory", str(tmp_path)])
        assert "expected a plugin name of lower-case letters" in capsys.readouterr().err
        assert [] == list(tmp_path.iterdir())

    def test_never_overwrites(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A second run with the same name refuses and leaves the first distribution alone."""
        assert 0 == main(["new-plugin", "leads", "--directory", str(tmp_path)])
        readme = tmp_path / "coordprog-leads" / "README.md"
        readme.write_text("edited", encoding="utf-8")
        assert 1 == main(["new-plugin", "leads", "--directory", str(tmp_path)])
        assert "exists" in capsys.readouterr().err
        assert "edited" == readme.read_text(encoding="utf-8")
