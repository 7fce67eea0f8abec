"""The cache of generated code: faster start-ups, the same results, and only the user's code."""

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "binh_thuan" / "program.toml"
TAG = sys.implementation.cache_tag

pytestmark = pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no file owners here")


def _render(cache: Path | str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COORDPROG_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "coordprog", "render", str(EXAMPLE), "--report", "matrix"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache folder after one run of the command line, and what that run printed."""
    folder = tmp_path_factory.mktemp("cache") / "coordprog"
    result = _render(folder)
    assert 0 == result.returncode, result.stderr
    return folder, result.stdout


class TestCodeCache:
    def test_written_for_the_user_alone(self, filled: tuple[Path, str]) -> None:
        """The first run writes the cache in a folder and a file only the user may touch."""
        folder, _ = filled
        path = folder / f"code-{TAG}.marshal"
        assert 0o700 == folder.stat().st_mode & 0o777
        assert 0o600 == path.stat().st_mode & 0o777

    def test_same_output_and_no_rewrite(self, filled: tuple[Path, str]) -> None:
        """A second run prints the same, and finds everything it compiles in the cache."""
        folder, first = filled
        path = folder / f"code-{TAG}.marshal"
        before = path.stat()
        again = _render(folder)
        assert (0, first) == (again.returncode, again.stdout)
        after = path.stat()
        assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)

    def test_off(self, filled: tuple[Path, str], tmp_path: Path) -> None:
        """COORDPROG_CACHE_DIR set but empty turns the cache off: same output, nothing written."""
        _, first = filled
        env_home = tmp_path / "home"
        result = subprocess.run(
            [sys.executable, "-m", "coordprog", "render", str(EXAMPLE), "--report", "matrix"],
            capture_output=True,
            text=True,
            env={**os.environ, "COORDPROG_CACHE_DIR": "", "XDG_CACHE_HOME": str(env_home)},
            cwd=ROOT,
        )
        assert (0, first) == (result.returncode, result.stdout)
        assert not env_home.exists()


def _poisoned(source: Path, target: Path) -> None:
    """``target``: the cache file of ``source`` with every entry's code replaced."""
    data = source.read_bytes()
    start = data.index(b"\n") + 1 + 4 + 4  # the header line, the magic number, the index's size
    end = start + int.from_bytes(data[start - 4 : start], "little")
    index = marshal.loads(data[start:end])
    codes = [
        marshal.dumps(
            compile(
                "raise SystemExit('poisoned cache')",
                marshal.loads(data[end + offset : end + offset + length]).co_filename,
                "exec",
            )
        )
        for offset, length in index.values()
    ]
    places = [sum(map(len, codes[:i])) for i in range(len(codes))]
    poisoned = {
        key: (place, len(code)) for key, place, code in zip(index, places, codes, strict=True)
    }
    head = marshal.dumps(poisoned)
    target.write_bytes(data[: start - 4] + len(head).to_bytes(4, "little") + head + b"".join(codes))


class TestTrust:
    def test_code_is_run_from_a_trusted_file(
        self, filled: tuple[Path, str], tmp_path: Path
    ) -> None:
        """The control: code in a cache file the user owns, writable by no one else, is run."""
        folder = tmp_path / "cache"
        folder.mkdir(mode=0o700)
        _poisoned(filled[0] / f"code-{TAG}.marshal", folder / f"code-{TAG}.marshal")
        (folder / f"code-{TAG}.marshal").chmod(0o600)
        result = _render(folder)
        assert "poisoned cache" in result.stderr

    @pytest.mark.parametrize(
        ("where", "mode"), [("file", 0o620), ("file", 0o602), ("folder", 0o770), ("folder", 0o703)]
    )
    def test_a_file_others_could_write_is_ignored(
        self, filled: tuple[Path, str], tmp_path: Path, where: str, mode: int
    ) -> None:
        """A cache file or folder that another user could write is neither read nor written."""
        folder = tmp_path / "cache"
        folder.mkdir(mode=0o700)
        path = folder / f"code-{TAG}.marshal"
        _poisoned(filled[0] / path.name, path)
        path.chmod(0o600)
        (path if where == "file" else folder).chmod(mode)
        before = path.read_bytes()
        result = _render(folder)
        assert (0, filled[1]) == (result.returncode, result.stdout), result.stderr
        assert before == path.read_bytes()

    def test_a_symbolic_link_is_not_followed(
        self, filled: tuple[Path, str], tmp_path: Path
    ) -> None:
        """A cache file that is a symbolic link (to a file anyone could have written) is ignored."""
        folder = tmp_path / "cache"
        folder.mkdir(mode=0o700)
        elsewhere = tmp_path / "elsewhere.marshal"
        _poisoned(filled[0] / f"code-{TAG}.marshal", elsewhere)
        (folder / f"code-{TAG}.marshal").symlink_to(elsewhere)
        result = _render(folder)
        assert (0, filled[1]) == (result.returncode, result.stdout), result.stderr

    def test_a_damaged_or_stale_file_is_ignored(
        self, filled: tuple[Path, str], tmp_path: Path
    ) -> None:
        """A cache file from another Python, or damaged, changes nothing and is rewritten."""
        folder = tmp_path / "cache"
        folder.mkdir(mode=0o700)
        path = folder / f"code-{TAG}.marshal"
        stale = b"coordprog code cache 2\nXXXX" + (5).to_bytes(4, "little") + marshal.dumps({})
        for content in (stale, b"\x00garbage", stale[:30]):
            path.write_bytes(content)
            path.chmod(0o600)
            result = _render(folder)
            assert (0, filled[1]) == (result.returncode, result.stdout), result.stderr
            assert path.read_bytes() != content
