"""Benchmarks of coordprog against the libraries a user would pick instead.

Run from the repository root:

    python -m pip install -e ".[bench]"
    python benchmarks/run.py            # prints the table, writes docs/benchmark-results.md

Every figure is a median over repeats after a warm-up.  Each measurement
runs interleaved with its baselines, one call of each per round, on the
same data; a ratio is the median of the rounds' ratios.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import gc
import itertools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import attrs
import orjson

import coordprog
from coordprog import Program
from coordprog.io._documents import stdlib_json
from coordprog.plugins._entry_points import entry_points
from coordprog.plugins._manager import ENTRY_POINT_GROUP

sys.path.insert(0, str(Path(__file__).parent))
from breakdown import load_stages, memory_parts, memory_table, stages_table
from generate import portfolio_documents, program_document, records_document
from pydantic_twin import Program as Twin

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "binh_thuan" / "program.toml"


class Timing:
    """Wall times of one function, measured in rounds interleaved with others."""

    def __init__(self) -> None:
        self.times: list[float] = []

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def interleaved(
    *functions: Callable[[], object],
    min_repeats: int = 7,
    budget: float = 2.0,
    clock: Callable[[], float] = time.perf_counter,
) -> list[Timing]:
    """Time ``functions`` in rounds, one call of each per round, after two warm-up rounds.

    Interleaving keeps a drift in the machine's speed (other tenants, clock
    changes) from favouring whichever function happened to run first: every
    ratio is taken between calls made moments apart.
    """
    for _ in range(2):
        for function in functions:
            function()
    timings = [Timing() for _ in functions]
    start = time.perf_counter()
    rounds = 0
    while rounds < min_repeats or (time.perf_counter() - start < budget and rounds < 200):
        for function, timing in zip(functions, timings, strict=True):
            gc.collect()
            t0 = clock()
            function()
            timing.times.append(clock() - t0)
        rounds += 1
    return timings


Row = tuple[str, float, str, float, float]


def _row(name: str, measured: Timing, baseline_name: str, baseline: Timing) -> Row:
    """A table row: the medians, and the median of the ratios of each round."""
    ratio = statistics.median(m / b for m, b in zip(measured.times, baseline.times, strict=True))
    return (name, measured.median, baseline_name, baseline.median, ratio)


def bench_load_dump(sizes: tuple[int, ...]) -> list[Row]:
    rows: list[Row] = []
    for n in sizes:
        text = json.dumps(program_document(n), ensure_ascii=False)
        program = coordprog.loads(text)
        twin = Twin.model_validate_json(text)
        loads, orjson_loads, json_loads, twin_loads = interleaved(
            lambda: coordprog.loads(text),
            lambda: orjson.loads(text),
            lambda: json.loads(text),
            lambda: Twin.model_validate_json(text),
        )
        name = f"load+validate {n} tasks"
        rows.append(_row(name, loads, "orjson.loads", orjson_loads))
        rows.append(_row(name, loads, "json.loads", json_loads))
        rows.append(_row(name, loads, "pydantic v2 twin", twin_loads))
        data = json.loads(text)
        # With or without orjson, dumps must write the same text before either is timed.
        assert coordprog.dumps(program) == stdlib_json(program, None)
        dumps, stdlib_dumps, orjson_dumps, json_dumps, twin_dumps = interleaved(
            lambda: coordprog.dumps(program),
            lambda: stdlib_json(program, None),
            lambda: orjson.dumps(data),
            lambda: json.dumps(data, ensure_ascii=False),
            lambda: twin.model_dump_json(exclude_defaults=True),
        )
        name = f"dump {n} tasks"
        rows.append(_row(name, dumps, "orjson.dumps", orjson_dumps))
        rows.append(_row(name, dumps, "json.dumps", json_dumps))
        rows.append(_row(name, dumps, "pydantic v2 twin", twin_dumps))
        # The same text without the fast extra: the standard library's encoder.
        rows.append(_row(f"{name}, without orjson", stdlib_dumps, "pydantic v2 twin", twin_dumps))
    return rows


def _plain_months(day: dt.date, months: int) -> dt.date:
    """Add months with plain integer arithmetic, clamping to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def plain_schedule(start: dt.date, end: dt.date) -> list[dt.date]:
    """The due dates of the benchmark rules, computed with the standard library only."""
    dues = []
    for year in range(start.year, end.year + 1):
        first = max(dt.date(year, 1, 1), start)
        dues.append(
            min(_plain_months(first, 3) - dt.timedelta(days=1), min(dt.date(year, 12, 31), end))
        )
    for months in (6, 12):
        k = 1
        while True:
            window_end = _plain_months(start, k * months) - dt.timedelta(days=1)
            if window_end >= end:
                break
            dues.append(window_end)
            k += 1
    dues.append(end)
    return sorted(dues)


DateRow = tuple[dt.date, dt.date, dt.date, dt.date, dt.date]


def plain_events(start: dt.date, end: dt.date) -> list[DateRow]:
    """Every date of every event of the benchmark rules, with the standard library only.

    For each event: its window (start, end), its due date and the range a
    work calendar may move it in (earliest, latest), as the engine gives them.
    """
    day = dt.timedelta(days=1)
    events = []
    for year in range(start.year, end.year + 1):
        first = max(dt.date(year, 1, 1), start)
        last = min(dt.date(year, 12, 31), end)
        due = min(_plain_months(first, 3) - day, last)
        events.append((first, last, due, min(due, _plain_months(first, -12)), last))
    for months in (6, 12):
        k, window_start = 1, start
        while True:
            boundary = _plain_months(start, k * months)
            window_end = boundary - day
            if window_end >= end:
                break
            events.append(
                (window_start, window_end, window_end, window_end, _plain_months(window_end, 1))
            )
            window_start, k = boundary, k + 1
    events.append((start, end, end, end, _plain_months(end, 3)))
    return sorted(events, key=lambda event: (event[2], event[0]))


def bench_schedule(count: int) -> list[Row]:
    base = coordprog.loads(json.dumps(program_document(10), ensure_ascii=False))
    programs: list[Program] = []
    for i in range(count):
        # Every day of the month as a start, month ends included.
        year, month = 2020 + i % 5, 1 + i % 12
        start = dt.date(year, month, min(1 + i % 31, calendar.monthrange(year, month)[1]))
        end = _plain_months(start, 12 * (3 + i % 5)) - dt.timedelta(days=1)
        programs.append(attrs.evolve(base, period=coordprog.Period(start, end)))
    # The engine and the floors must agree before any of them is timed.
    for program in programs[:500]:
        events = coordprog.schedule(program)
        got = sorted(
            ((e.start, e.end, e.due, e.earliest, e.latest) for e in events),
            key=lambda event: (event[2], event[0]),
        )
        assert plain_events(program.period.start, program.period.end) == got, program.period
        assert plain_schedule(program.period.start, program.period.end) == [e.due for e in events]
    engine, every_date, dues = interleaved(
        lambda: [coordprog.schedule(p) for p in programs],
        lambda: [plain_events(p.period.start, p.period.end) for p in programs],
        lambda: [plain_schedule(p.period.start, p.period.end) for p in programs],
        min_repeats=5,
        budget=8.0,
    )
    return [
        _row(f"schedule {count} programs", engine, "stdlib, every date of every event", every_date),
        _row(f"schedule {count} programs", engine, "stdlib, due dates only", dues),
    ]


def bench_render(n: int) -> list[Row]:
    program = coordprog.loads(json.dumps(program_document(n), ensure_ascii=False))
    rows = []
    for report, fmt in (
        ("program", "markdown"),
        ("program", "html"),
        ("matrix", "markdown"),
        ("matrix", "html"),
        ("matrix", "csv"),
    ):
        took, baseline = interleaved(
            lambda: coordprog.render(program, report, fmt),
            lambda: coordprog.dumps(program),
        )
        rows.append(_row(f"render {report} as {fmt}, {n} tasks", took, "coordprog.dumps", baseline))
    return rows


SKIP_AFTER = 5.0


def bench_linearity(sizes: tuple[int, ...]) -> list[tuple[str, list[float]]]:
    """Per-task time of every report kind in every format at each size (one run each, best of 2).

    A report is linear when its time per task stays within 1.5x from the
    smallest size to the largest.  A larger size is skipped once a render
    took more than ``SKIP_AFTER`` seconds: at 100,000 tasks the DOCX and XLSX
    writers (python-docx, openpyxl) would take most of an hour.
    """
    programs = {
        n: coordprog.loads(json.dumps(program_document(n), ensure_ascii=False)) for n in sizes
    }
    found = []
    for kind in ("program", "matrix", "schedule"):
        shape = {"program": "document", "matrix": "table", "schedule": "calendar"}[kind]
        for fmt in coordprog.formats():
            if shape not in fmt.shapes:
                continue
            per_task: list[float] = []
            took = 0.0
            for n in sizes:
                if took > SKIP_AFTER:
                    break
                best = float("inf")
                for _ in range(2):
                    gc.collect()
                    t0 = time.perf_counter()
                    coordprog.render_output(programs[n], kind, fmt.name)
                    best = min(best, time.perf_counter() - t0)
                per_task.append(best / n)
                took = best
            found.append((f"{kind} as {fmt.name}", per_task))
    return found


def bench_import(copies: int) -> list[Row]:
    """Import a real text and ``copies`` copies of it, as printed and all in capitals.

    The baseline of each row is the one-copy import run ``copies`` times in the
    same round: a ratio near 1 means the importer's time grows with the text's
    length and no faster (a copy printed all in capitals once took quadratic time).
    """
    text = (ROOT / "examples" / "binh_thuan" / "source.txt").read_text(encoding="utf-8")
    rows = []
    for name, one in (("as printed", text), ("in capitals", text.upper())):
        many = one * copies
        whole, parts = interleaved(
            lambda many=many: coordprog.import_text(many),
            lambda one=one: [coordprog.import_text(one) for _ in range(copies)],
            min_repeats=3,
            budget=10.0,
        )
        rows.append(
            _row(
                f"import_text, Bình Thuận {copies} times over, {name}",
                whole,
                f"import_text of it once, {copies} times",
                parts,
            )
        )
    return rows


def _children_cpu() -> float:
    """The CPU time (user and system) of the finished child processes, in seconds."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def bench_cli() -> list[Row]:
    # Both processes may write bytecode caches, as an installed package has
    # them (pip compiles on install): with PYTHONDONTWRITEBYTECODE set, an
    # editable install would compile coordprog's source at every start.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}

    # Without a cache of generated code: what the first run after an upgrade costs.
    uncached = {**env, "COORDPROG_CACHE_DIR": ""}

    def process(args: list[str], environment: dict[str, str] = env) -> Callable[[], object]:
        return lambda: subprocess.run(
            args, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=environment
        )

    render = [sys.executable, "-m", "coordprog", "render", str(EXAMPLE), "--format", "markdown"]
    cli, cold, version, help_, imported, bare = interleaved(
        process(render),
        process(render, uncached),
        process([sys.executable, "-m", "coordprog", "--version"]),
        process([sys.executable, "-m", "coordprog", "--help"]),
        process([sys.executable, "-c", "import coordprog.model, coordprog.io._documents"]),
        process([sys.executable, "-c", "import attrs, cattrs, pluggy"]),
        min_repeats=15,
        budget=12.0,
    )
    # The same two processes in CPU time (user and system, of the child): on a
    # machine shared with other work, wall times also measure the waiting.
    cpu_cli, cpu_bare = interleaved(
        process(render),
        process([sys.executable, "-c", "import attrs, cattrs, pluggy"]),
        min_repeats=15,
        budget=8.0,
        clock=_children_cpu,
    )
    bare_name = "process importing the dependencies"
    return [
        _row("CLI render of the example", cli, bare_name, bare),
        _row("CLI render of the example, CPU time", cpu_cli, bare_name, cpu_bare),
        _row("CLI render, no cache of generated code", cold, bare_name, bare),
        _row("CLI --version", version, bare_name, bare),
        _row("CLI --help", help_, bare_name, bare),
        # The floor under rendering: the model's classes and the loader, nothing else.
        _row("process importing the model and loader", imported, bare_name, bare),
    ]


def _write_portfolio(folder: Path, n_programs: int, format: str = "json") -> int:
    """Write the generated portfolio under ``folder`` in ``format``; return the size of its text.

    In TOML, dates are TOML dates, as people write them (the examples are
    written so); in JSON they are ISO strings, as JSON can only hold them.
    """
    import tomli_w

    size = 0
    for name, data in portfolio_documents(n_programs):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if format == "json":
            text = json.dumps(data, ensure_ascii=False)
        else:
            path = path.with_suffix(".toml")
            text = tomli_w.dumps(_with_dates(data))
        path.write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def _with_dates(value: object) -> object:
    """``value`` with every ISO date string made a date."""
    if isinstance(value, dict):
        return {key: _with_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_dates(item) for item in value]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return dt.date.fromisoformat(value)
    return value


def bench_portfolio(n_programs: int) -> tuple[list[Row], list[tuple[str, int, int]]]:
    """Load, agenda, coverage and export of a portfolio, against their floors."""
    import sqlite3
    import tempfile
    import tomllib

    from coordprog.portfolio import _sqlite

    folder = Path(tempfile.mkdtemp())
    size = _write_portfolio(folder, n_programs)
    files = sorted(folder.rglob("*.json"))
    toml_folder = Path(tempfile.mkdtemp())
    _write_portfolio(toml_folder, n_programs, "toml")
    toml_files = sorted(toml_folder.rglob("*.toml"))
    as_of = dt.date(2024, 8, 15)

    def parse_all() -> None:
        for path in files:
            json.loads(path.read_bytes())

    def parse_all_toml() -> None:
        for path in toml_files:
            tomllib.loads(path.read_bytes().decode("utf-8"))

    load, parse_floor = interleaved(
        lambda: coordprog.load_portfolio(folder), parse_all, min_repeats=3, budget=10.0
    )
    load_toml, toml_floor = interleaved(
        lambda: coordprog.load_portfolio(toml_folder), parse_all_toml, min_repeats=3, budget=10.0
    )
    portfolio = coordprog.load_portfolio(folder)
    body = portfolio.bodies[0].id
    first = portfolio.programs[0]
    agenda, coverage = interleaved(
        lambda: coordprog.agenda(
            portfolio, body, dt.date(2024, 1, 1), dt.date(2024, 12, 31), as_of=as_of
        ),
        lambda: coordprog.coverage(portfolio, first),
        min_repeats=5,
    )
    rows = _sqlite.rows(portfolio, as_of)
    # Outside the portfolio's folder: the export writes its metadata beside the database.
    out = Path(tempfile.mkdtemp())
    target = out / "portfolio.sqlite"
    floor_target = out / "floor.sqlite"

    def plain_insert() -> None:
        connection = sqlite3.connect(":memory:")
        with connection:
            _sqlite.insert(connection, rows)
        floor_target.write_bytes(connection.serialize())
        connection.close()

    export, insert_floor = interleaved(
        lambda: coordprog.export_sqlite(portfolio, target, as_of=as_of),
        plain_insert,
        min_repeats=3,
        budget=10.0,
    )
    hundred = Timing()
    hundred.times = [0.1] * len(agenda.times)
    gc.collect()
    tracemalloc.start()
    loaded = coordprog.load_portfolio(folder)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    name = f"portfolio of {n_programs} programs"
    PARTS.append((f"the {name}", memory_parts(loaded), size))
    del loaded
    # The same loads in CPU time: a shared machine's other tenants move wall time far more.
    cpu_load, cpu_floor = interleaved(
        lambda: coordprog.load_portfolio(folder),
        parse_all,
        min_repeats=5,
        budget=10.0,
        clock=time.process_time,
    )
    global STAGES
    STAGES = load_stages(folder)
    return (
        [
            _row(
                f"load {name}, JSON files, CPU time",
                cpu_load,
                "parsing them with json, CPU time",
                cpu_floor,
            ),
            _row(f"load {name}, TOML files", load_toml, "parsing them with tomllib", toml_floor),
            _row(f"load {name}, JSON files", load, "parsing them with json", parse_floor),
            _row(f"agenda of one body, {name}", agenda, "target: 100 ms", hundred),
            _row(f"coverage of one parent, {name}", coverage, "target: 100 ms", hundred),
            _row(
                f"SQLite export, {name}", export, "the same rows, sqlite3 executemany", insert_floor
            ),
        ],
        [(f"load {name} (peak)", peak, size), (f"load {name}: retained", retained, size)],
    )


#: The stages of loading the portfolio, and what the 10,000-task program holds, by kind.
STAGES: list[tuple[str, float]] = []
PARTS: list[tuple[str, dict[str, int], int]] = []


def bench_memory(n: int, *, parts: bool = False) -> list[tuple[str, int, int]]:
    """Peak and retained memory of loading an ``n``-task program, and of ``json.loads`` alone.

    The floor: whatever builds the program from ``json.loads``' plain data
    peaks at least where that data, whole, does.
    """
    text = json.dumps(program_document(n), ensure_ascii=False)
    size = len(text.encode("utf-8"))
    gc.collect()
    tracemalloc.start()
    parsed = json.loads(text)
    parsed_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del parsed
    gc.collect()
    tracemalloc.start()
    program = coordprog.loads(text)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if parts:
        PARTS.append((f"the {n:,}-task program", memory_parts(program), size))
    del program
    return [
        (f"load {n} tasks: peak", peak, size),
        (f"load {n} tasks: retained", retained, size),
        (f"json.loads of the same text, {n} tasks: peak", parsed_peak, size),
    ]


def breakdowns() -> str:
    """The tables of where the time and the memory go, when they were measured."""
    found = []
    if STAGES:
        found.append(stages_table(STAGES))
    found += [memory_table(what, parts, size) for what, parts, size in PARTS]
    return "\n\n".join(found)


SCALE = (1_000, 10_000, 100_000)
#: Rounds over the sizes of bench_scale; the fastest run of each size is kept.
ROUNDS = 4


def bench_scale(sizes: tuple[int, ...] = SCALE) -> tuple[str, list[tuple[str, int, int]]]:
    """How loading, reading records and the status reports grow with the number of tasks.

    Each operation runs at every size in turn, in ``ROUNDS`` rounds (small
    sizes several times a round), the fastest run of each size kept; the
    growth is the time at one size over the time at the size ten times
    smaller (linear is 10x).  Memory: the peak
    allocated while reading the largest program (from its JSON text made
    before, and from its file), and while reading its records from their
    file, against the JSON text.
    """
    folder = Path(tempfile.mkdtemp(prefix="coordprog-scale-"))
    texts: dict[int, str] = {}
    programs: dict[int, Program] = {}
    record_files: dict[int, Path] = {}
    for n in sizes:
        document = program_document(n)
        texts[n] = json.dumps(document, ensure_ascii=False)
        programs[n] = coordprog.loads(texts[n])
        record_files[n] = folder / f"records-{n}.json"
        record_files[n].write_text(
            json.dumps(records_document(document), ensure_ascii=False), encoding="utf-8"
        )
    records = {n: coordprog.load_records(programs[n], record_files[n]) for n in sizes}
    as_of = {"as_of": "2024-08-15"}
    operations: dict[str, Callable[[int], object]] = {
        "loads (program, JSON)": lambda n: coordprog.loads(texts[n]),
        "load_records (2 progress entries a task)": lambda n: coordprog.load_records(
            programs[n], record_files[n]
        ),
        "status report as text": lambda n: coordprog.render(
            programs[n], "status", "text", options=as_of, records=records[n]
        ),
        "status report as csv": lambda n: coordprog.render(
            programs[n], "status", "csv", options=as_of, records=records[n]
        ),
        "status-calendar as ics": lambda n: coordprog.render(
            programs[n], "status-calendar", "ics", options=as_of, records=records[n]
        ),
    }
    head = " | ".join(f"{n:,} tasks" for n in sizes)
    growth_head = " | ".join(f"{a:,} to {b:,}" for a, b in itertools.pairwise(sizes))
    lines = [
        f"| operation | {head} | growth {growth_head} |",
        "|---|" + "---:|" * (2 * len(sizes) - 1),
    ]
    for name, operation in operations.items():
        best = dict.fromkeys(sizes, float("inf"))
        for round_ in range(ROUNDS):
            for n in sizes:
                # A size that takes under a second is timed more often: on a
                # shared machine its fastest run is then a fair one.
                for _ in range(1 if round_ == 0 else max(1, min(10, int(0.5 / best[n])))):
                    gc.collect()
                    t0 = time.perf_counter()
                    operation(n)
                    best[n] = min(best[n], time.perf_counter() - t0)
        times = " | ".join(f"{best[n] * 1000:,.0f} ms" for n in sizes)
        growth = " | ".join(f"{best[b] / best[a]:.1f}x" for a, b in itertools.pairwise(sizes))
        lines.append(f"| {name} | {times} | {growth} |")
    largest = sizes[-1]
    gc.collect()
    tracemalloc.start()
    loaded = coordprog.loads(texts[largest])
    _, program_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del loaded
    gc.collect()
    tracemalloc.start()
    read = coordprog.load_records(programs[largest], record_files[largest])
    _, records_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del read
    program_file = folder / f"program-{largest}.json"
    program_file.write_text(texts[largest], encoding="utf-8")
    gc.collect()
    tracemalloc.start()
    loaded = coordprog.load(program_file)
    _, file_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del loaded
    memory = [
        (f"load {largest} tasks (peak)", program_peak, len(texts[largest].encode("utf-8"))),
        (f"load {largest} tasks from their file (peak)", file_peak, program_file.stat().st_size),
        (
            f"load_records of {largest} tasks from their file (peak)",
            records_peak,
            record_files[largest].stat().st_size,
        ),
    ]
    shutil.rmtree(folder)
    return "\n".join(lines), memory


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    # The CLI imports every installed plugin: they count in its start-up time.
    plugins = sorted(entry.name for entry in entry_points(ENTRY_POINT_GROUP))
    return (
        f"{cpu}, {cores} cores, {platform.system()} {platform.release()}, "
        f"CPython {platform.python_version()}, coordprog {coordprog.__version__}, "
        f"orjson {orjson.__version__}, pydantic {__import__('pydantic').VERSION}, "
        f"installed coordprog plugins: {', '.join(plugins) or 'none'}"
    )


def linearity_table(sizes: tuple[int, ...], found: list[tuple[str, list[float]]]) -> str:
    head = " | ".join(f"{n:,} tasks" for n in sizes)
    lines = [
        "",
        f"| report, microseconds per task | {head} | largest / smallest |",
        "|---|" + "---:|" * (len(sizes) + 1),
    ]
    for name, per_task in found:
        cells = " | ".join(
            f"{per_task[i] * 1e6:.1f}" if i < len(per_task) else "skipped"
            for i in range(len(sizes))
        )
        lines.append(f"| {name} | {cells} | {per_task[-1] / per_task[0]:.2f}x |")
    skipped = [name for name, per_task in found if len(per_task) < len(sizes)]
    if skipped:
        lines.append(
            f"\nSkipped: a size after one that took over {SKIP_AFTER:.0f} s to render "
            f"({', '.join(skipped)}); the ratio is then to the largest size measured."
        )
    return "\n".join(lines)


def table(rows: list[Row], memory: list[tuple[str, int, int]]) -> str:
    lines = [
        "| measurement | coordprog | baseline | baseline time | ratio |",
        "|---|---:|---|---:|---:|",
    ]
    for name, measured, baseline_name, baseline, ratio in rows:
        lines.append(
            f"| {name} | {measured * 1000:.2f} ms | {baseline_name} | {baseline * 1000:.2f} ms | "
            f"{ratio:.2f}x |"
        )
    lines += ["", "| memory | bytes | JSON text | ratio |", "|---|---:|---:|---:|"]
    for name, used, size in memory:
        lines.append(f"| {name} | {used:,} | {size:,} | {used / size:.2f}x |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmark-results.md"))
    parser.add_argument(
        "--only",
        choices=("portfolio", "cli", "scale", "import"),
        help="run one group and print its rows; docs/benchmark-results.md is left alone",
    )
    args = parser.parse_args()
    if args.only:
        if args.only == "scale":
            growth, memory = bench_scale((100, 1000, 10_000) if args.quick else SCALE)
            print(growth + "\n\n" + table([], memory))
            return
        if args.only == "import":
            print(table(bench_import(4 if args.quick else 16), []))
            return
        if args.only == "portfolio":
            rows, memory = bench_portfolio(100 if args.quick else 1000)
            memory += bench_memory(1000 if args.quick else 10_000, parts=True)
        else:
            rows, memory = bench_cli(), []
        print(table(rows, memory) + "\n\n" + breakdowns())
        return
    sizes = (10, 1000) if args.quick else (10, 1000, 10_000)
    rows = bench_load_dump(sizes)
    rows += bench_schedule(1000 if args.quick else 10_000)
    rows += bench_render(1000)
    rows += bench_cli()
    rows += bench_import(4 if args.quick else 16)
    portfolio_rows, portfolio_memory = bench_portfolio(100 if args.quick else 1000)
    rows += portfolio_rows
    memory = bench_memory(1000 if args.quick else 10_000, parts=True) + portfolio_memory
    if not args.quick:
        memory += bench_memory(100_000)
    growth, scale_memory = bench_scale((100, 1000, 10_000) if args.quick else SCALE)
    memory += scale_memory
    linear_sizes = (1000, 10_000) if args.quick else (1000, 10_000, 100_000)
    result = (
        table(rows, memory)
        + "\n"
        + linearity_table(linear_sizes, bench_linearity(linear_sizes))
        + "\n\n"
        + breakdowns()
        + "\n\n"
        + growth
    )
    print(result)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    Path(args.output).write_text(
        f"<!-- written by benchmarks/run.py; do not edit -->\n\n"
        f"Measured {when} on {machine()}, with `python benchmarks/run.py`.\n\n{result}\n",
        encoding="utf-8",
    )
    print(f"\nwritten to {args.output}")


if __name__ == "__main__":
    main()
