"""Finding the installed plugins' entry points without importing importlib.metadata.

Importing :mod:`importlib.metadata` costs a command-line run more than
everything else coordprog does to render the example (it brings in
:mod:`email`, :mod:`zipfile`, :mod:`csv` ...).  Installed distributions
almost always sit as ``*.dist-info`` directories in directories of
:data:`sys.path`, where their ``entry_points.txt`` can be read directly;
this module reads them there, with importlib.metadata's rules: the
distributions of each ``sys.path`` entry in its order, the first of each
normalised name winning, ``#`` comments, ``[group]`` sections and
``name = value`` lines.

Anything else (a zip file, an ``.egg`` or an entry that is not a string on
``sys.path``, or a finder on :data:`sys.meta_path` that finds
distributions of its own) is left to importlib.metadata itself.  The test
suite checks that both give the same entry points.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import sys
from importlib.machinery import PathFinder
from typing import Any

_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


class EntryPoint:
    """An entry point: its name, its ``module:attribute`` value, its group and its distribution."""

    __slots__ = ("_distribution", "_origin", "group", "name", "value")

    def __init__(
        self,
        name: str,
        value: str,
        group: str,
        *,
        distribution: str | None = None,
        origin: str | None = None,
    ) -> None:
        self.name, self.value, self.group = name, value, group
        self._distribution, self._origin = distribution, origin

    def __repr__(self) -> str:
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"

    @property
    def distribution(self) -> str:
        """The distribution that provides it, as ``"name version"``; read on first use."""
        if self._distribution is None:
            self._distribution = _name_and_version(self._origin) if self._origin else "?"
        return self._distribution

    @property
    def order(self) -> tuple[str, str]:
        """Its place among installed plugins: by name, then by distribution (its folder's name)."""
        by = self._distribution or os.path.basename(self._origin or "").lower()
        return self.name, by

    def load(self) -> Any:
        """Import the module the value names and return the attribute it names, if any."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(
                f"expected an entry point value 'module:attribute', found {self.value!r}"
            )
        module = importlib.import_module(match.group("module"))
        names = (match.group("attr") or "").split(".")
        return functools.reduce(getattr, filter(None, names), module)


def entry_points(group: str) -> list[EntryPoint]:
    """Return the entry points of ``group``, in importlib.metadata's order."""
    if not _plain_layout():
        return _from_metadata(group)
    directories = _distributions()
    if directories is None:
        return _from_metadata(group)
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for directory in directories:
        name = _normalize(os.path.basename(directory).rpartition(".")[0].partition("-")[0])
        if name in seen:
            continue
        seen.add(name)
        try:
            with open(os.path.join(directory, "entry_points.txt"), encoding="utf-8") as handle:
                text = handle.read()
        except OSError:  # no entry points, or an .egg-info that is a file
            continue
        if f"[{group}]" in text:
            found.extend(_parse(text, group, directory))
    return found


def _from_metadata(group: str) -> list[EntryPoint]:
    from importlib.metadata import entry_points as from_metadata

    return [
        EntryPoint(
            ep.name,
            ep.value,
            ep.group,
            distribution=f"{ep.dist.name} {ep.dist.version}" if ep.dist is not None else "?",
        )
        for ep in from_metadata(group=group)
    ]


def _name_and_version(directory: str) -> str:
    """``"name version"`` from the metadata in ``directory``, else from its name."""
    fields: dict[str, str] = {}
    for file in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(directory, file), encoding="utf-8") as handle:
                for line in handle:
                    if not line.strip():
                        break
                    key, colon, value = line.partition(":")
                    if colon and key in ("Name", "Version"):
                        fields.setdefault(key, value.strip())
        except (OSError, UnicodeDecodeError):
            continue
        break
    stem = os.path.basename(directory).rpartition(".")[0]
    name, _, version = stem.partition("-")
    return f"{fields.get('Name', name)} {fields.get('Version', version)}".strip()


def _plain_layout() -> bool:
    """Whether every distribution can be found by reading directories of sys.path."""
    for finder in sys.meta_path:
        if finder is not PathFinder and hasattr(finder, "find_distributions"):
            return False
    return all(
        isinstance(entry, str) and not entry.lower().endswith(".egg") and not os.path.isfile(entry)
        for entry in sys.path
    )


def _distributions() -> list[str] | None:
    """The metadata directories of sys.path, grouped by name within each entry, as importlib's.

    None when a name is spelt in a way only importlib.metadata resolves
    (an upper-case ``.DIST-INFO``, whose name it reads from the metadata).
    """
    found: list[str] = []
    for entry in sys.path:
        try:
            children = os.listdir(entry or ".")
        except OSError:
            continue
        by_name: dict[str, list[str]] = {}
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")):
                if not child.endswith((".dist-info", ".egg-info")):
                    return None
                name = _normalize(low.rpartition(".")[0].partition("-")[0])
                by_name.setdefault(name, []).append(os.path.join(entry, child))
        for directories in by_name.values():
            found.extend(directories)
    return found


def _normalize(name: str) -> str:
    """PEP 503 normalisation with dashes as underscores, as importlib.metadata has it."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _parse(text: str, group: str, origin: str) -> list[EntryPoint]:
    found: list[EntryPoint] = []
    section: str | None = None
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
        elif section == group:
            name, _, value = line.partition("=")
            found.append(EntryPoint(name.strip(), value.strip(), group, origin=origin))
    return found
