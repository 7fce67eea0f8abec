"""Thread safety, as docs/api.md states it: many threads get what one thread alone gets."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).parent.parent

#: Run in a fresh process, so that the threads race for everything built on first
#: use: the lazy names, the plugin manager, the loader's generated code, the
#: registry of kinds and formats.
SCRIPT = textwrap.dedent(
    """
    import datetime as dt
    import sys
    import threading
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    import coordprog

    EXAMPLE = Path("examples/binh_thuan/program.toml")
    RECORDS = sorted(Path("examples/binh_thuan/records").glob("*.toml"))
    AS_OF = dt.date(2024, 8, 15)
    JOBS = [
        ("program", "markdown", {}),
        ("program", "html", {"lang": "en"}),
        ("matrix", "csv", {}),
        ("schedule", "ics", {"calendar": "weekends"}),
        ("status", "text", {"as_of": AS_OF}),
        ("review", "markdown", {"window": "2022"}),
    ]
    start = threading.Barrier(16)


    def work(index):
        start.wait()  # every thread starts at once, on a cold process
        program = coordprog.load(EXAMPLE)
        records = coordprog.load_records(program, *RECORDS)
        report, fmt, options = JOBS[index % len(JOBS)]
        takes = report in ("status", "review")
        text = coordprog.render_output(
            program, report, fmt, options=options, records=records if takes else None
        ).content
        status = coordprog.status(program, records, AS_OF)
        manager = coordprog.default_plugin_manager()
        return index, text, status, id(manager)


    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(work, range(64)))
    program = coordprog.load(EXAMPLE)
    records = coordprog.load_records(program, *RECORDS)
    alone = coordprog.status(program, records, AS_OF)
    for index, text, status, manager in results:
        report, fmt, options = JOBS[index % len(JOBS)]
        takes = report in ("status", "review")
        expected = coordprog.render_output(
            program, report, fmt, options=options, records=records if takes else None
        ).content
        assert text == expected, (report, fmt)
        assert status == alone
    assert len({manager for *_, manager in results}) == 1, "one shared plugin manager"
    print("ok", len(results))
    """
)


def test_renders_and_status_from_many_threads() -> None:
    """64 renders and status computations from 16 threads at once equal the one-thread results."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert (0, "ok 64\n") == (result.returncode, result.stdout), result.stderr
