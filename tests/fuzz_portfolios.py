"""Fuzzers of a portfolio's inputs: its ``bodies.toml``, and the folder as a whole.

Used by ``tests/fuzzing.py`` (which documents the runs); each ``make``
builds a spoilt input from a seeded random generator, each ``check``
reads it and raises whatever escapes that is not ``ValidationError``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import shutil
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

import coordprog
from coordprog import examples
from tests.fuzzing import mutate_data, mutate_text

#: The programs every fuzzed portfolio holds (small ones: a case reads them all).
PROGRAMS = ("binh-thuan", "ubdt-hlhpn-2021-2025")


@functools.cache
def _documents() -> dict[str, str]:
    """The files of a valid portfolio: name -> text."""
    files: dict[str, str] = {}
    parties: list[str] = []
    for index, name in enumerate(PROGRAMS):
        program = examples.load(name)
        syntax = "json" if index % 2 else "toml"
        files[f"{name}/program.{syntax}"] = coordprog.dumps(program, syntax)
        parties += [f"{program.id}/{party.id}" for party in program.parties]
        if name == "binh-thuan":
            records = examples.records(name)
            files[f"{name}/records.json"] = coordprog.dumps(records, "json", indent=2)
    files["bodies.toml"] = tomli_w.dumps(
        {
            "bodies": [
                {"id": f"co-quan-{i}", "name": f"Cơ quan {i}", "parties": [party]}
                for i, party in enumerate(parties)
            ]
        }
    )
    return files


@functools.cache
def _folder() -> Path:
    """A scratch folder for this process, removed at exit."""
    import atexit

    path = Path(tempfile.mkdtemp(prefix="coordprog-fuzz-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _spoil(rng: random.Random, name: str, text: str) -> bytes:
    """``text`` of the file ``name`` with its data or its bytes spoilt."""
    syntax = "json" if name.endswith(".json") else "toml"
    try:
        data = json.loads(text) if syntax == "json" else tomllib.loads(text)
    except (ValueError, RecursionError):  # spoilt already: spoil its bytes again
        return mutate_text(rng, text)
    if rng.random() < 0.4:
        return mutate_text(rng, text)
    data = mutate_data(rng, data)
    try:
        if syntax == "json":
            return json.dumps(data, ensure_ascii=rng.random() < 0.5, default=str).encode()
        return tomli_w.dumps(data).encode()
    except Exception:  # the writers' own refusals: TOML has no null and needs a table
        return mutate_text(rng, text)


def _write(folder: Path, files: dict[str, bytes]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# -- bodies.toml ------------------------------------------------------------------


def make_bodies(seed: int) -> dict[str, bytes]:
    """A valid portfolio whose ``bodies.toml`` is spoilt."""
    rng = random.Random(seed)
    files = {name: text.encode() for name, text in _documents().items()}
    files["bodies.toml"] = _spoil(rng, "bodies.toml", _documents()["bodies.toml"])
    return files


# -- the folder as a whole ---------------------------------------------------------

STRAYS: tuple[tuple[str, bytes], ...] = (
    ("stray.json", b"\xff\xfe not UTF-8"),
    ("stray.toml", b'program = "not-a-program"\n'),
    ("stray.json", b'{"program": 5}'),
    ("twice/program.json", b""),
    ("deep.json", b"[" * 5000 + b"]" * 5000),
    ("empty.toml", b""),
    ("a/b/c/d/e/f/g/h.toml", b'id = "lac"\n'),
)


def make_portfolio(seed: int) -> dict[str, bytes]:
    """A portfolio folder with one to three files spoilt, or stray files added."""
    rng = random.Random(seed)
    files = {name: text.encode() for name, text in _documents().items()}
    for _ in range(rng.randint(1, 3)):
        action = rng.random()
        if action < 0.6:
            name = rng.choice(sorted(files))
            files[name] = _spoil(rng, name, files[name].decode("utf-8", "replace"))
        elif action < 0.75:
            files.pop(rng.choice(sorted(files)))
        else:
            name, data = rng.choice(STRAYS)
            if name.startswith("twice/"):  # a copy of a program: its id twice
                data = next(
                    text.encode() for k, text in _documents().items() if k.endswith("program.json")
                )
            files[name] = data
    return files


def check_portfolio(files: dict[str, bytes]) -> bool:
    """Load the folder; if it loads, compute an agenda, clashes and coverage of each program.

    :return: whether it loaded.
    """
    folder = _folder() / "portfolio"
    _write(folder, files)
    try:
        portfolio = coordprog.load_portfolio(folder)
    except coordprog.ValidationError as exc:
        str(exc).encode("utf-8")  # the message itself must be writable
        return False
    day = dt.date(2024, 8, 15)
    for body in portfolio.bodies[:3]:
        items = coordprog.agenda(
            portfolio, body.id, dt.date(2022, 1, 1), dt.date(2025, 12, 31), as_of=day
        )
        coordprog.clashes(items)
    for program in portfolio.programs:
        coordprog.coverage(portfolio, program)
    return True


def check_bodies(files: dict[str, bytes]) -> bool:
    """As :func:`check_portfolio`: bodies.toml is read with the portfolio."""
    return check_portfolio(files)


def kinds() -> dict[str, tuple[Any, Any]]:
    """The fuzzers of this module: name -> (make, check)."""
    return {"bodies": (make_bodies, check_bodies), "portfolio": (make_portfolio, check_portfolio)}
