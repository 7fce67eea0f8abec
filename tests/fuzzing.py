"""A seeded mutation fuzzer over the examples and their records: only ValidationError may escape.

Each case takes an example (JSON or TOML text), spoils it (bytes flipped,
inserted or cut, values swapped for hostile ones, keys added or removed,
structures nested deeply), and loads it.  Loading must either succeed or
raise :class:`coordprog.ValidationError`; what loads must write back to the
same program and render in every built-in format.  Records documents of
the Bình Thuận program are spoilt likewise and read against it; what loads
must give a status and render the review and status reports.  The same seed gives the
same cases, so a failure is reproduced with ``--seed``.

Quick run (part of the test suite): ``tests/test_fuzz.py``.  Long run, for
maintainers, after a change to reading, validation or rendering::

    python tests/fuzzing.py --count 100000

It prints the number of cases, how many loaded, and every case that
escaped, with the seed that makes it again.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from typing import Any

import tomli_w

import coordprog
from coordprog import examples

HOSTILE_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    10**30,
    1.5,
    float("nan"),
    float("inf"),
    "",
    " ",
    "\ud800",
    "\x00",
    "\x1b[2J",
    "\r",
    "\u2028",
    "\ufffe",
    "a" * 10_000,
    "2022-13-40",
    "0000-01-01",
    "9999-12-31",
    '=HYPERLINK("x")',
    "<script>alert(1)</script>",
    [],
    {},
    [[[[[]]]]],
    {"": 1},
    {"id": "x"},
)

BYTES = (b"\x00", b"\xff", b"{", b"}", b"[", b"]", b'"', b"\\", b"\n", b"=", b",", b"\\ud800")


RECORDS_OF = "binh-thuan"


def _documents() -> list[tuple[str, str]]:
    found = []
    for name in examples.names():
        program = examples.load(name)
        found.append(("json", coordprog.dumps(program, "json", indent=2)))
        found.append(("toml", coordprog.dumps(program, "toml")))
    records = examples.records(RECORDS_OF)
    found.append(("records.json", coordprog.dumps(records, "json", indent=2)))
    found.append(("records.toml", coordprog.dumps(records, "toml")))
    return found


def _paths(data: Any) -> Iterator[tuple[Any, ...]]:
    # Without recursion, and not into the deep nests a mutation may have made.
    stack: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        yield path
        if len(path) > 40:
            continue
        if isinstance(value, dict):
            stack.extend(((*path, key), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return data


def _mutate_data(rng: random.Random, data: Any) -> Any:
    paths = list(_paths(data))
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(paths)
        action = rng.random()
        if action < 0.5:
            data = _set(data, path, rng.choice(HOSTILE_VALUES))
        elif action < 0.65 and path and isinstance(_get(data, path[:-1]), dict):
            _get(data, path[:-1]).pop(path[-1], None)
        elif action < 0.8:
            target = _get(data, path)
            if isinstance(target, dict):
                target[rng.choice(("", "x", "a\nb", "id", "groups", "tasks"))] = rng.choice(
                    HOSTILE_VALUES
                )
        elif action < 0.9:
            nested: Any = rng.choice(HOSTILE_VALUES)
            for _ in range(rng.choice((10, 100, 400, 1200))):
                nested = [nested] if rng.random() < 0.5 else {"groups": [nested]}
            data = _set(data, path, nested)
        else:
            target = _get(data, path)
            if isinstance(target, list) and target:
                target.append(rng.choice(target))
        paths = list(_paths(data))
    return data


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _mutate_text(rng: random.Random, text: str) -> bytes:
    raw = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(raw) + 1)
        action = rng.random()
        if action < 0.4:
            raw[at:at] = rng.choice(BYTES)
        elif action < 0.7 and raw:
            del raw[at : at + rng.randint(1, 20)]
        elif raw:
            raw[min(at, len(raw) - 1)] = rng.randrange(256)
    return bytes(raw)


def case(seed: int, documents: list[tuple[str, str]]) -> tuple[str, bytes | str]:
    """The spoilt document of case ``seed``: (format, text)."""
    rng = random.Random(seed)
    format, text = documents[rng.randrange(len(documents))]
    if rng.random() < 0.4:
        return format, _mutate_text(rng, text)
    kind, _, syntax = format.rpartition(".")
    prefix = f"{kind}." if kind else ""
    data = json.loads(text) if syntax == "json" else tomllib.loads(text)
    data = _mutate_data(rng, data)
    try:
        if syntax == "json":
            return format, json.dumps(data, ensure_ascii=rng.random() < 0.5)
        return format, tomli_w.dumps(data)
    except Exception:  # the writers' own refusals (TOML has no null, needs a table)
        try:
            return f"{prefix}json", json.dumps(data, default=str)
        except (TypeError, ValueError, RecursionError):
            return format, _mutate_text(rng, text)


def check(format: str, text: bytes | str) -> bool:
    """Load, and if it loads, write back and render; raise what should not escape.

    :return: whether the document loaded.
    """
    if format.startswith("records."):
        return _check_records(format.removeprefix("records."), text)
    try:
        program = coordprog.loads(text, format)
    except coordprog.ValidationError as exc:
        str(exc).encode("utf-8")  # the message itself must be writable
        return False
    for written in ("json", "toml"):
        again = coordprog.loads(coordprog.dumps(program, written), written)
        if again != program:
            raise AssertionError(f"a {written} round trip changed the program")
    for report, formats in REPORTS.items():
        for fmt in formats:
            coordprog.render(program, report, fmt)
    return True


def _check_records(format: str, text: bytes | str) -> bool:
    program = examples.load(RECORDS_OF)
    try:
        records = coordprog.loads_records(program, text, format)
    except coordprog.ValidationError as exc:
        str(exc).encode("utf-8")
        return False
    for written in ("json", "toml"):
        if coordprog.loads_records(program, coordprog.dumps(records, written), written) != records:
            raise AssertionError(f"a {written} round trip changed the records")
    coordprog.status(program, records, dt.date(2024, 8, 15))
    for report, fmt in (("review", "markdown"), ("status", "csv"), ("status-calendar", "ics")):
        options = {"window": "2022"} if report == "review" else {"as_of": "2024-08-15"}
        coordprog.render(program, report, fmt, options=options, records=records)
    return True


REPORTS = {
    "program": ("markdown", "html", "text", "json"),
    "matrix": ("markdown", "csv", "html"),
    "schedule": ("ics", "csv", "text"),
}


def run(
    count: int, seed: int = 0, report: Callable[[int, str, BaseException], None] | None = None
) -> tuple[int, int, list[tuple[int, str]]]:
    """Run ``count`` cases from ``seed``: (cases, loaded, [(seed, what escaped)])."""
    documents = _documents()
    loaded = 0
    escaped: list[tuple[int, str]] = []
    for current in range(seed, seed + count):
        format, text = case(current, documents)
        try:
            loaded += check(format, text)
        except Exception as exc:
            escaped.append((current, f"{type(exc).__name__}: {exc}"[:300]))
            if report is not None:
                report(current, format, exc)
    return count, loaded, escaped


def main() -> int:
    """Run the fuzzer from the command line; exit 1 when anything escaped."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    start = time.perf_counter()
    cases, loaded, escaped = run(args.count, args.seed)
    took = time.perf_counter() - start
    print(
        f"{cases} cases from seed {args.seed} in {took:.0f} s: {loaded} loaded, "
        f"{cases - loaded - len(escaped)} refused with ValidationError, {len(escaped)} escaped"
    )
    for seed, what in escaped:
        print(f"  seed {seed}: {what}")
    return 1 if escaped else 0


if __name__ == "__main__":
    sys.exit(main())
