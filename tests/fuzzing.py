"""Seeded mutation fuzzers, one per input kind: only coordprog's documented errors may escape.

Each case takes a valid input, spoils it as an attacker or a careless user
would, and reads it.  The kinds and what may escape each:

``program``
    An example program (JSON or TOML) with bytes flipped, inserted or cut,
    values replaced by hostile ones, keys added or removed, structures
    nested thousands deep: ``loads`` returns a program or raises
    :class:`coordprog.ValidationError`; what loads writes back to the same
    program and renders in the built-in formats; ``load`` of the same text
    in a file gives the same program or problems.
``records``
    The Bình Thuận records, spoilt likewise and read against the program:
    ``ValidationError``; what loads gives a status and renders the review
    and status reports; a file, the text and the text parsed whole give
    the same records or problems.
``bodies``, ``portfolio``
    A portfolio's ``bodies.toml``, and its folder as a whole (files spoilt,
    removed, or stray ones added: not UTF-8, nested too deep, a program id
    twice): ``load_portfolio`` raises ``ValidationError``; what loads gives
    agendas, clashes and coverage (``tests/fuzz_portfolios.py``).
``import-text``, ``docx``, ``pdf``
    A document's text, DOCX and PDF files (damaged, truncated, zip and
    flate bombs, page trees that loop, numbers thousands of digits long):
    ``read_document`` raises ``ValidationError`` naming the file, within a
    time budget; ``import_text`` never raises; its draft loads or is refused
    with ``ValidationError`` (``tests/fuzz_documents.py``).

The same seed gives the same case: a case that escapes is replayed with
``--seed N --count 1 --kinds KIND``.  The test suite runs a short seeded
run (``tests/test_fuzz.py``); the long run, after a change to reading,
validation, importing or rendering::

    python tests/fuzzing.py --count 100000

prints, for each kind, how many cases were read, refused and escaped, and
the seed of every case that escaped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script: the project's root makes `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs
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
    """The example programs as JSON and TOML: (format, text)."""
    found = []
    for name in examples.names():
        program = examples.load(name)
        found.append(("json", coordprog.dumps(program, "json", indent=2)))
        found.append(("toml", coordprog.dumps(program, "toml")))
    return found


def _records_documents() -> list[tuple[str, str]]:
    """The Bình Thuận records as JSON and TOML: (format, text)."""
    records = examples.records(RECORDS_OF)
    return [
        ("records.json", coordprog.dumps(records, "json", indent=2)),
        ("records.toml", coordprog.dumps(records, "toml")),
    ]


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


def mutate_data(rng: random.Random, data: Any) -> Any:
    """``data`` (parsed JSON or TOML) with one to three values, keys or structures spoilt."""
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


def mutate_text(rng: random.Random, text: str) -> bytes:
    """``text`` as UTF-8 with bytes inserted, cut or changed."""
    return mutate_bytes(rng, text.encode("utf-8"))


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """``data`` with one to four runs of bytes inserted, cut or changed."""
    raw = bytearray(data)
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
        return format, mutate_text(rng, text)
    kind, _, syntax = format.rpartition(".")
    prefix = f"{kind}." if kind else ""
    data = json.loads(text) if syntax == "json" else tomllib.loads(text)
    data = mutate_data(rng, data)
    try:
        if syntax == "json":
            return format, json.dumps(data, ensure_ascii=rng.random() < 0.5)
        return format, tomli_w.dumps(data)
    except Exception:  # the writers' own refusals (TOML has no null, needs a table)
        try:
            return f"{prefix}json", json.dumps(data, default=str)
        except (TypeError, ValueError, RecursionError):
            return format, mutate_text(rng, text)


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
        _same_from_a_file(format, text, exc.problems)
        return False
    _same_from_a_file(format, text, program)
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
        _same_from_a_file(format, text, exc.problems, program=program)
        return False
    _same_from_a_file(format, text, records, program=program)
    for written in ("json", "toml"):
        if coordprog.loads_records(program, coordprog.dumps(records, written), written) != records:
            raise AssertionError(f"a {written} round trip changed the records")
    coordprog.status(program, records, dt.date(2024, 8, 15))
    for report, fmt in (("review", "markdown"), ("status", "csv"), ("status-calendar", "ics")):
        options = {"window": "2022"} if report == "review" else {"as_of": "2024-08-15"}
        coordprog.render(program, report, fmt, options=options, records=records)
    return True


def _same_from_a_file(
    format: str, text: bytes | str, expected: Any, *, program: coordprog.Program | None = None
) -> None:
    """Raise unless ``text`` read from a file gives ``expected``, what it gave from memory.

    JSON programs and records are read from a file an element at a time (and
    whole when they hold a mistake): the file must give the same program (when
    ``program`` is None) or records of ``program``, or the same problems;
    records are also compared with their text parsed whole.
    """
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: no file holds this text
    with tempfile.TemporaryDirectory(prefix="coordprog-fuzz-") as folder:
        path = Path(folder, f"document.{format}")
        path.write_bytes(data)
        try:
            found: Any = (
                coordprog.load(path) if program is None else coordprog.load_records(program, path)
            )
        except coordprog.ValidationError as exc:
            found = list(exc.problems)
    if isinstance(expected, (coordprog.Program, coordprog.Records)):
        same = found == expected
        if same and program is not None and format == "json":
            same = expected == coordprog.records_from_data(json.loads(data), program=program)
    else:
        same = found == list(expected)
    if not same:
        raise AssertionError(f"a {format} document read from a file, from text and whole differ")


REPORTS = {
    "program": ("markdown", "html", "text", "json"),
    "matrix": ("markdown", "csv", "html"),
    "schedule": ("ics", "csv", "text"),
}


@functools.cache
def _cached(which: str) -> list[tuple[str, str]]:
    return _documents() if which == "program" else _records_documents()


def make_program(seed: int) -> tuple[str, bytes | str]:
    """A spoilt example program: (format, text)."""
    return case(seed, _cached("program"))


def make_records(seed: int) -> tuple[str, bytes | str]:
    """Spoilt records of the Bình Thuận program: (format, text)."""
    return case(seed, _cached("records"))


def check_document(spoilt: tuple[str, bytes | str]) -> bool:
    """:func:`check` of a (format, text) pair."""
    return check(*spoilt)


#: Each kind's share of a run's cases, out of their sum.
WEIGHTS = {
    "program": 5,
    "records": 3,
    "bodies": 2,
    "portfolio": 2,
    "import-text": 3,
    "docx": 3,
    "pdf": 2,
}


def kinds() -> dict[str, tuple[Callable[[int], Any], Callable[[Any], bool]]]:
    """Every fuzzer: name -> (make a spoilt input from a seed, check it)."""
    from tests import fuzz_documents, fuzz_portfolios

    return {
        "program": (make_program, check_document),
        "records": (make_records, check_document),
        **fuzz_portfolios.kinds(),
        **fuzz_documents.kinds(),
    }


def cycle(names: list[str]) -> list[str]:
    """The kinds of consecutive cases, each as often as its weight, spread evenly."""
    credit = dict.fromkeys(names, 0)
    order = []
    for _ in range(sum(WEIGHTS[name] for name in names)):
        for name in names:
            credit[name] += WEIGHTS[name]
        chosen = max(names, key=lambda name: credit[name])
        credit[chosen] -= sum(WEIGHTS[name] for name in names)
        order.append(chosen)
    return order


@attrs.define
class Tally:
    """What one kind's cases gave."""

    cases: int = 0
    read: int = 0
    escaped: list[tuple[int, str]] = attrs.field(factory=list)
    #: Cases the fuzzer itself failed to make (a bug of the fuzzer, not an escape).
    broken: list[tuple[int, str]] = attrs.field(factory=list)
    seconds: float = 0.0
    slowest: tuple[float, int] = (0.0, 0)

    @property
    def refused(self) -> int:
        """Cases refused with the documented error."""
        return self.cases - self.read - len(self.escaped) - len(self.broken)


def run(
    count: int,
    seed: int = 0,
    only: list[str] | None = None,
    report: Callable[[int, str, BaseException], None] | None = None,
) -> dict[str, Tally]:
    """Run ``count`` cases from ``seed``, over every kind or ``only`` those named."""
    available = kinds()
    names = [name for name in WEIGHTS if only is None or name in only]
    order = cycle(names)
    tallies = {name: Tally() for name in names}
    for current in range(seed, seed + count):
        name = order[current % len(order)]
        make, check_one = available[name]
        tally = tallies[name]
        tally.cases += 1
        try:
            spoilt = make(current)
        except Exception as exc:  # the fuzzer's own fault, not coordprog's: told apart
            tally.broken.append((current, f"{type(exc).__name__}: {exc}"[:300]))
            continue
        start = time.perf_counter()
        try:
            tally.read += check_one(spoilt)
        except Exception as exc:
            tally.escaped.append((current, f"{type(exc).__name__}: {exc}"[:300]))
            if report is not None:
                report(current, name, exc)
        took = time.perf_counter() - start
        tally.seconds += took
        tally.slowest = max(tally.slowest, (took, current))
    return tallies


def main() -> int:
    """Run the fuzzers from the command line; exit 1 when anything escaped."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--kinds", help=f"comma-separated kinds to run (default: all of {', '.join(WEIGHTS)})"
    )
    parser.add_argument("--verbose", action="store_true", help="print each escape as it happens")
    args = parser.parse_args()
    only = args.kinds.split(",") if args.kinds else None

    def show(seed: int, name: str, exc: BaseException) -> None:
        print(f"  {name} seed {seed}: {type(exc).__name__}: {exc}"[:300], flush=True)

    start = time.perf_counter()
    tallies = run(args.count, args.seed, only, show if args.verbose else None)
    took = time.perf_counter() - start
    escaped = sum(len(t.escaped) for t in tallies.values())
    print(f"{args.count} cases from seed {args.seed} in {took:.0f} s, {escaped} escaped")
    print("kind          cases     read  refused  escaped  mean ms  slowest (seed)")
    for name, tally in tallies.items():
        mean = 1000 * tally.seconds / max(tally.cases, 1)
        print(
            f"{name:12} {tally.cases:6} {tally.read:8} {tally.refused:8} {len(tally.escaped):8} "
            f"{mean:8.0f}  {tally.slowest[0]:.1f} s ({tally.slowest[1]})"
        )
    for name, tally in tallies.items():
        for seed, what in tally.escaped:
            print(f"  {name} seed {seed}: {what}")
        for seed, what in tally.broken:
            print(f"  {name} seed {seed}: the fuzzer failed to make the case: {what}")
    broken = sum(len(t.broken) for t in tallies.values())
    return 1 if escaped or broken else 0


if __name__ == "__main__":
    sys.exit(main())
