"""A per-user cache of the code attrs and cattrs generate for coordprog's classes.

attrs writes the source of each class's ``__init__``, ``__repr__``,
``__eq__`` ... and cattrs the source of each structuring function, then
both compile it, in every process: for coordprog, about a fifth of a
command's start-up.  This module keeps what they compile, marshalled, in
one file per Python version, and gives the compiled code back when the
same source is compiled again.

It is safe to use, and safe to lose:

- **Only code you wrote is run.**  The folder and the file must belong to
  the user running coordprog, and neither may be writable by anyone else
  (the folder is not a symbolic link; the file is opened without following
  one); otherwise the cache is ignored, neither read nor written.
- **Stale entries are never used.**  An entry is found by a hash of the
  generated source and its file name, so code generated differently (a new
  coordprog, attrs or cattrs) misses and is compiled afresh; the file is
  made for one bytecode version and ignored by any other.
- **It changes nothing but speed.**  A miss, an unreadable or damaged file
  is a plain compile; only sources generated for coordprog's own classes
  are cached.  (The one difference: the salt attrs puts in a class's
  ``__hash__``, different in every process anyway, is that of the process
  that filled the cache.)

The folder is ``$COORDPROG_CACHE_DIR``, else ``$XDG_CACHE_HOME/coordprog``,
else ``~/.cache/coordprog``; ``COORDPROG_CACHE_DIR=`` (set, empty) turns
the cache off.  New entries are written when the process exits,
atomically, readable by the user alone.  The file,
``code-<cache tag>.marshal``, holds a header line, the bytecode's magic
number, the length of the index (4 bytes, little-endian), the index (a
:mod:`marshal` dict from a 20-byte BLAKE2b digest of each file name and
source to the offset and length of its code), then the marshalled code of
every entry: a run unmarshals the index and the entries it uses, not the
whole file.

The cache is installed by ``import coordprog``: attrs's and cattrs's
modules resolve ``compile`` through their own globals, where it is bound
to :meth:`CodeCache.compile` once they are imported (a finder on
:data:`sys.meta_path` does it then, and leaves).
"""

from __future__ import annotations

import builtins
import os
import stat
import sys
from types import CodeType
from typing import Any

#: The environment variable naming the cache's folder; set but empty, no cache.
CACHE_ENV = "COORDPROG_CACHE_DIR"
#: The modules whose ``compile`` is the cache's.
PATCHED = ("attr._make", "cattrs.gen")
#: At most this many entries are kept; beyond, only those of the last run are.
MAX_ENTRIES = 4096

_HEADER = b"coordprog code cache 2\n"
# attrs and cattrs name what they generate "<attrs generated ... coordprog.x.Y>".
_GENERATED = ("<attrs generated ", "<cattrs generated ")


def folder() -> str | None:
    """The cache's folder, or ``None`` when the cache is off."""
    given = os.environ.get(CACHE_ENV)
    if given is not None:
        return given or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "coordprog")


def _owned(info: os.stat_result) -> bool:
    """Whether a file or folder belongs to this user and no one else can write it."""
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


class CodeCache:
    """The compiled code of generated sources, kept in one file of ``directory``."""

    def __init__(self, directory: str) -> None:
        self.directory = directory
        tag = sys.implementation.cache_tag or "python"
        self.path = os.path.join(directory, f"code-{tag}.marshal")
        # The index of the file (digest -> offset and length in _codes), read once.
        self._entries: dict[bytes, tuple[int, int]] | None = None
        self._codes = memoryview(b"")
        self._used: set[bytes] = set()
        self._new: dict[bytes, bytes] = {}
        self._trusted = True

    def compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **more: Any,
    ) -> Any:
        """:func:`compile`, from the cache for coordprog's generated code."""
        if not (
            isinstance(source, str)
            and isinstance(filename, str)
            and filename.startswith(_GENERATED)
            and " coordprog." in filename
            and mode == "exec"
            and not flags
            and not dont_inherit
            and optimize == -1
            and not more
        ):
            return builtins.compile(source, filename, mode, flags, dont_inherit, optimize, **more)
        try:
            return self._cached(source, filename)
        except SyntaxError:
            raise
        except Exception:  # a fault of the cache is never the caller's: compile
            return builtins.compile(source, filename, mode)

    def _cached(self, source: str, filename: str) -> CodeType:
        import marshal

        text = f"{filename}\0{_stable(source, filename)}"
        key = _blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
        place = self._load().get(key)
        if place is not None:
            offset, length = place
            try:
                found = marshal.loads(self._codes[offset : offset + length])
            except (EOFError, ValueError, TypeError):
                found = None
            if isinstance(found, CodeType) and found.co_filename == filename:
                self._used.add(key)
                return found
        code: CodeType = builtins.compile(source, filename, "exec")
        if self._trusted:
            if not self._new:
                import atexit

                atexit.register(self.save)
            self._new[key] = marshal.dumps(code)
        return code

    @property
    def _version(self) -> bytes:
        """The file's first bytes: a file made for other bytecode is ignored."""
        from importlib.util import MAGIC_NUMBER

        return _HEADER + MAGIC_NUMBER

    def _load(self) -> dict[bytes, tuple[int, int]]:
        """The index of the cache file, read once; empty when it is missing or not trusted."""
        if self._entries is None:
            self._entries = self._read()
        return self._entries

    def _read(self) -> dict[bytes, tuple[int, int]]:
        import marshal

        try:
            info = os.lstat(self.directory)
            if not stat.S_ISDIR(info.st_mode) or not _owned(info):
                self._trusted = False
                return {}
            handle = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            return {}
        except OSError:
            self._trusted = False
            return {}
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode) or not _owned(info):
                self._trusted = False
                return {}
            with os.fdopen(handle, "rb") as file:
                handle = -1
                data = file.read()
        except OSError:
            return {}
        finally:
            if handle != -1:
                os.close(handle)
        start = len(self._version) + 4
        if not data.startswith(self._version) or len(data) < start:
            return {}
        end = start + int.from_bytes(data[start - 4 : start], "little")
        view = memoryview(data)
        try:
            index = marshal.loads(view[start:end])
        except (EOFError, ValueError, TypeError):
            return {}
        if not isinstance(index, dict):
            return {}
        self._codes = codes = view[end:]
        return {
            key: (place[0], place[1])
            for key, place in index.items()
            if isinstance(key, bytes)
            and isinstance(place, tuple)
            and len(place) == 2
            and all(type(n) is int and n >= 0 for n in place)
            and place[0] + place[1] <= len(codes)
        }

    def save(self) -> None:
        """Write the cache file with this run's new entries; quietly give up on any error."""
        import marshal
        import tempfile

        if not self._new or not self._trusted:
            return
        try:
            os.makedirs(self.directory, mode=0o700, exist_ok=True)
            info = os.lstat(self.directory)
            if not stat.S_ISDIR(info.st_mode) or not _owned(info):
                return
            codes = self._codes
            entries: dict[bytes, bytes | memoryview] = {
                key: codes[at : at + n] for key, (at, n) in self._load().items()
            }
            entries.update(self._new)
            if len(entries) > MAX_ENTRIES:
                keep = self._used | set(self._new)
                entries = {key: value for key, value in entries.items() if key in keep}
            index: dict[bytes, tuple[int, int]] = {}
            offset = 0
            for key, code in entries.items():
                index[key] = (offset, len(code))
                offset += len(code)
            head = marshal.dumps(index)
            handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".code-")
            try:
                with os.fdopen(handle, "wb") as file:  # mkstemp makes it readable by us alone
                    file.write(self._version + len(head).to_bytes(4, "little") + head)
                    file.writelines(entries.values())
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            return
        self._entries, self._new = None, {}


def _stable(source: str, filename: str) -> str:
    """``source`` without what differs from one process to the next, for its key.

    attrs salts each class's ``__hash__`` with ``hash()`` of a string, which
    hash randomisation makes different in every process, and writes the salt
    into the source as a number.  The key leaves it out: the cached code
    keeps the salt of the process that compiled it, and hashes as
    consistently (equal objects, equal hashes) as attrs's own code does.
    """
    if not filename.startswith("<attrs generated "):
        return source
    name = filename.split(" ", 3)[-1]  # "coordprog.model._program.Program>"
    salt = str(hash(f"<attrs generated hash {name}"))
    return source.replace(salt, "<salt>")


def _blake2b(data: bytes, *, digest_size: int) -> Any:
    """:func:`hashlib.blake2b`, without the import of OpenSSL ``hashlib`` makes (~3 ms)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without its own BLAKE2
        from hashlib import blake2b
    return blake2b(data, digest_size=digest_size)


_cache: CodeCache | None = None


def install() -> CodeCache | None:
    """Make attrs and cattrs compile coordprog's generated code through the cache.

    Once per process; nothing when the cache is off or the platform has no
    owners of files (``os.geteuid``).  Returns the cache, if any.
    """
    global _cache
    if _cache is not None:
        return _cache
    directory = folder()
    if directory is None or not hasattr(os, "geteuid"):
        return None
    _cache = CodeCache(directory)
    waiting = [name for name in PATCHED if not _patch(name)]
    if waiting:
        sys.meta_path.insert(0, _PatchOnImport(waiting))
    return _cache


def _patch(name: str) -> bool:
    """Bind ``compile`` in the module ``name``, if it is imported; whether it is."""
    module = sys.modules.get(name)
    if module is None or _cache is None:
        return False
    module.compile = _cache.compile  # type: ignore[attr-defined]
    return True


class _PatchOnImport:
    """A finder that patches attrs's and cattrs's code generators as they are imported."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name not in self.names:
            return None
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        run = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            run(module)
            _patch(name)
            self.names.remove(name)
            if not self.names and self in sys.meta_path:
                sys.meta_path.remove(self)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec
