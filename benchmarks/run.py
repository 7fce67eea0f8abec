"""Benchmarks of coordprog against the libraries a user would pick instead.

Run from the repository root:

    python -m pip install -e ".[bench]"
    python benchmarks/run.py            # prints the table, writes docs/benchmarks.md

Every figure is a median over repeats after a warm-up, and every ratio is
against a baseline measured in the same run, on the same data.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import gc
import json
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import attrs
import orjson

import coordprog
from coordprog import Program

sys.path.insert(0, str(Path(__file__).parent))
from generate import program_document
from pydantic_twin import Program as Twin

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "binh_thuan" / "program.toml"


def median_seconds(
    function: Callable[[], object], *, min_repeats: int = 5, budget: float = 1.0
) -> float:
    """Median wall time of ``function`` after two warm-up calls."""
    function()
    function()
    times: list[float] = []
    start = time.perf_counter()
    while len(times) < min_repeats or (time.perf_counter() - start < budget and len(times) < 200):
        gc.collect()
        t0 = time.perf_counter()
        function()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


Row = tuple[str, float, str, float]


def _row(name: str, measured: float, baseline_name: str, baseline: float) -> Row:
    return (name, measured, baseline_name, baseline)


def bench_load_dump(sizes: tuple[int, ...]) -> list[Row]:
    rows: list[Row] = []
    for n in sizes:
        text = json.dumps(program_document(n), ensure_ascii=False)
        program = coordprog.loads(text)
        twin = Twin.model_validate_json(text)
        loads = median_seconds(lambda: coordprog.loads(text))
        rows.append(
            _row(
                f"load+validate {n} tasks",
                loads,
                "orjson.loads",
                median_seconds(lambda: orjson.loads(text)),
            )
        )
        rows.append(
            _row(
                f"load+validate {n} tasks",
                loads,
                "json.loads",
                median_seconds(lambda: json.loads(text)),
            )
        )
        rows.append(
            _row(
                f"load+validate {n} tasks",
                loads,
                "pydantic v2 twin",
                median_seconds(lambda: Twin.model_validate_json(text)),
            )
        )
        dumps = median_seconds(lambda: coordprog.dumps(program))
        data = json.loads(text)
        rows.append(
            _row(
                f"dump {n} tasks", dumps, "orjson.dumps", median_seconds(lambda: orjson.dumps(data))
            )
        )
        rows.append(
            _row(
                f"dump {n} tasks",
                dumps,
                "json.dumps",
                median_seconds(lambda: json.dumps(data, ensure_ascii=False)),
            )
        )
        rows.append(
            _row(
                f"dump {n} tasks",
                dumps,
                "pydantic v2 twin",
                median_seconds(lambda: twin.model_dump_json(exclude_defaults=True)),
            )
        )
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


def bench_schedule(count: int) -> list[Row]:
    base = coordprog.loads(json.dumps(program_document(10), ensure_ascii=False))
    programs: list[Program] = []
    for i in range(count):
        # Every day of the month as a start, month ends included.
        year, month = 2020 + i % 5, 1 + i % 12
        start = dt.date(year, month, min(1 + i % 31, calendar.monthrange(year, month)[1]))
        end = _plain_months(start, 12 * (3 + i % 5)) - dt.timedelta(days=1)
        programs.append(attrs.evolve(base, period=coordprog.Period(start, end)))
    # The two must agree before either is timed.
    for program in programs[:500]:
        expected = plain_schedule(program.period.start, program.period.end)
        assert expected == [e.due for e in coordprog.schedule(program)], program.period
    engine = median_seconds(lambda: [coordprog.schedule(p) for p in programs], min_repeats=3)
    plain = median_seconds(
        lambda: [plain_schedule(p.period.start, p.period.end) for p in programs], min_repeats=3
    )
    return [_row(f"schedule {count} programs", engine, "stdlib month arithmetic", plain)]


def bench_render(n: int) -> list[Row]:
    program = coordprog.loads(json.dumps(program_document(n), ensure_ascii=False))
    baseline = median_seconds(lambda: coordprog.dumps(program))
    rows = []
    for report, fmt in (
        ("program", "markdown"),
        ("program", "html"),
        ("matrix", "markdown"),
        ("matrix", "html"),
        ("matrix", "csv"),
    ):
        took = median_seconds(lambda: coordprog.render(program, report, fmt))
        rows.append(_row(f"render {report} as {fmt}, {n} tasks", took, "coordprog.dumps", baseline))
    return rows


def _process(args: list[str]) -> float:
    def run() -> None:
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)

    return median_seconds(run, min_repeats=10, budget=5.0)


def bench_cli() -> list[Row]:
    cli = _process(
        [sys.executable, "-m", "coordprog", "render", str(EXAMPLE), "--format", "markdown"]
    )
    bare = _process([sys.executable, "-c", "import attrs, cattrs, pluggy, dateutil"])
    return [_row("CLI render of the example", cli, "process importing the dependencies", bare)]


def bench_memory(n: int) -> list[tuple[str, int, int]]:
    text = json.dumps(program_document(n), ensure_ascii=False)
    size = len(text.encode("utf-8"))
    gc.collect()
    tracemalloc.start()
    program = coordprog.loads(text)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del program
    return [(f"load {n} tasks: peak", peak, size), (f"load {n} tasks: retained", retained, size)]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = (
        len(__import__("os").sched_getaffinity(0))
        if hasattr(__import__("os"), "sched_getaffinity")
        else "?"
    )
    return (
        f"{cpu}, {cores} cores, {platform.system()} {platform.release()}, "
        f"CPython {platform.python_version()}, coordprog {coordprog.__version__}, "
        f"orjson {orjson.__version__}, pydantic {__import__('pydantic').VERSION}"
    )


def table(rows: list[Row], memory: list[tuple[str, int, int]]) -> str:
    lines = [
        "| measurement | coordprog | baseline | baseline time | ratio |",
        "|---|---:|---|---:|---:|",
    ]
    for name, measured, baseline_name, baseline in rows:
        lines.append(
            f"| {name} | {measured * 1000:.2f} ms | {baseline_name} | {baseline * 1000:.2f} ms | "
            f"{measured / baseline:.2f}x |"
        )
    lines += ["", "| memory | bytes | JSON text | ratio |", "|---|---:|---:|---:|"]
    for name, used, size in memory:
        lines.append(f"| {name} | {used:,} | {size:,} | {used / size:.2f}x |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmark-results.md"))
    args = parser.parse_args()
    sizes = (10, 1000) if args.quick else (10, 1000, 10_000)
    rows = bench_load_dump(sizes)
    rows += bench_schedule(1000 if args.quick else 10_000)
    rows += bench_render(1000)
    rows += bench_cli()
    memory = bench_memory(1000 if args.quick else 10_000)
    result = table(rows, memory)
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
