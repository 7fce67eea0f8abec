"""Where the time of loading a portfolio and the memory of a program go, stage by stage.

The targets for both (3x ``json.loads``, 2x the JSON text) are missed; these
tables say by how much each part weighs, measured in the run that writes
the results.  Times are CPU time (``time.process_time``), the median of
five rounds with the garbage collector paused as loading pauses it: on a
shared machine CPU time moves far less than wall time with the other
tenants' load.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import coordprog
from coordprog import _api
from coordprog.io import _documents
from coordprog.model._record_checks import check_records, conflicts
from coordprog.model._records import Records
from coordprog.portfolio import _portfolio
from coordprog.portfolio._acts import find_parents, identify_acts
from coordprog.portfolio._bodies import identify_bodies


def _cpu(function: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            function()
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return statistics.median(times)


def load_stages(folder: Path) -> list[tuple[str, float]]:
    """CPU seconds of each stage of loading the JSON portfolio in ``folder``, and of the whole."""
    files = sorted(
        str(path) for path in folder.rglob("*.json") if not path.name.endswith(".metadata.json")
    )
    texts = {name: Path(name).read_bytes() for name in files}
    parsed = {name: _documents.parse(texts[name], "json") for name in files}
    programs = [name for name in files if name.endswith("program.json")]
    records = [name for name in files if not name.endswith("program.json")]
    check = _api._checker(None)
    built = {
        name: _documents.program_from_data(parsed[name], "json", check=check) for name in programs
    }
    owner = {program.id: program for program in built.values()}
    structured = {
        name: _documents._structure(parsed[name], Records, "json", "", None, share=True)[0]
        for name in records
    }
    portfolio = coordprog.load_portfolio(folder)

    def read() -> None:
        for name in files:
            with open(name, "rb") as file:
                file.read()

    def json_loads() -> None:
        for name in files:
            json.loads(texts[name])

    def parse() -> None:
        for name in files:
            _documents.parse(texts[name], "json")

    def structure_programs() -> None:
        for name in programs:
            _documents._structure(parsed[name], coordprog.Program, "json", "", None)

    def check_programs() -> None:
        for program in built.values():
            check(program)

    def structure_records() -> None:
        for name in records:
            _documents._structure(parsed[name], Records, "json", "", None, share=True)

    def check_all_records() -> None:
        for found in structured.values():
            check_records(found, owner[found.program])
        for documents in portfolio.record_files.values():
            list(conflicts(documents))

    def walk() -> None:
        _portfolio._documents_under(folder)

    def merge() -> None:
        for program_id, documents in portfolio.record_files.items():
            merged = Records(program=program_id)
            for _, document in documents:
                merged = merged + document

    def identities() -> None:
        identify_bodies(portfolio.programs, {}, portfolio.sources)
        identify_acts(portfolio.programs, portfolio.records, portfolio.sources)
        find_parents(portfolio.programs, portfolio.records, portfolio.sources)

    return [
        ("walking the folder", _cpu(walk)),
        ("reading the files", _cpu(read)),
        ("json.loads of every file (the baseline)", _cpu(json_loads)),
        ("parsing them, with the duplicate-key check", _cpu(parse)),
        ("structuring the programs", _cpu(structure_programs)),
        ("checking the programs", _cpu(check_programs)),
        ("structuring the records", _cpu(structure_records)),
        ("checking the records against their programs and each other", _cpu(check_all_records)),
        ("merging each program's records files", _cpu(merge)),
        ("recognising bodies, acts and parents", _cpu(identities)),
        ("the whole load_portfolio", _cpu(lambda: coordprog.load_portfolio(folder))),
    ]


def stages_table(stages: list[tuple[str, float]]) -> str:
    floor = dict(stages)["json.loads of every file (the baseline)"]
    lines = [
        "| loading the JSON portfolio: stage | CPU ms | / json.loads |",
        "|---|---:|---:|",
    ]
    for name, seconds in stages:
        lines.append(f"| {name} | {seconds * 1000:.0f} | {seconds / floor:.2f}x |")
    return "\n".join(lines)


def memory_parts(value: Any) -> dict[str, int]:
    """Bytes of everything ``value`` (a program, a portfolio) holds, by kind.

    Strings are also counted as UTF-8, and apart when they are ASCII (ids,
    numbers, dates' and enums' texts), which CPython holds in one byte a
    character; a string with one Vietnamese letter beyond Latin-1 takes two
    bytes for each of its characters.
    """
    seen: set[int] = set()
    found = {
        "text (str)": 0,
        "of which ASCII": 0,
        "text as UTF-8": 0,
        "model objects": 0,
        "tuples": 0,
        "dicts and other": 0,
    }
    stack = [value]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        size = sys.getsizeof(item)
        if isinstance(item, str):
            found["text (str)"] += size
            found["text as UTF-8"] += len(item.encode("utf-8"))
            if item.isascii():
                found["of which ASCII"] += size
        elif attrs.has(type(item)):
            found["model objects"] += size
            stack.extend(getattr(item, field.name) for field in attrs.fields(type(item)))
        elif isinstance(item, tuple):
            found["tuples"] += size
            stack.extend(item)
        elif isinstance(item, dict):
            found["dicts and other"] += size
            stack.extend(item)
            stack.extend(item.values())
        else:
            found["dicts and other"] += size
    return found


#: Parts of memory_parts counted inside another, left out of the total.
_WITHIN = ("of which ASCII", "text as UTF-8")


def memory_table(what: str, parts: dict[str, int], size: int) -> str:
    lines = [
        f"| what {what} holds | bytes | / JSON text |",
        "|---|---:|---:|",
    ]
    for name, used in parts.items():
        lines.append(f"| {name} | {used:,} | {used / size:.2f}x |")
    held = sum(used for name, used in parts.items() if name not in _WITHIN)
    lines.append(f"| all of it (reachable) | {held:,} | {held / size:.2f}x |")
    return "\n".join(lines)
