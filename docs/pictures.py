"""Make the pictures of docs/outputs.md from the current code.

Renders the examples (and the Bình Thuận example's illustrative records)
with the installed formats: every kind of document as a Word file,
converted to PDF with LibreOffice (in a profile of its own), its first and
last pages as PNG pictures in greyscale; the responsibility matrix as
HTML, screenshotted in headless Chromium at a desktop's and a phone's
width; the examples' portfolio in Datasette.  Run it after a change to a
report or a format, and look at what changed::

    python docs/pictures.py

It needs ``soffice`` (LibreOffice Writer), ``pdftoppm``, ``pdfinfo``
(poppler-utils) and ``chromium`` on the path, and the coordprog-docx
plugin and Datasette installed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import coordprog
from coordprog import examples

STATIC = Path(__file__).resolve().parent / "_static"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PORT = "8765"
RESOLUTION = "60"  # dots per inch: readable, and small enough to keep in the repository


def _page(pdf: Path, number: int, name: str) -> None:
    """Write page ``number`` of ``pdf`` as ``name.png`` in docs/_static."""
    prefix = Path(tempfile.mkdtemp()) / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-gray",
            "-singlefile",
            "-r",
            RESOLUTION,
            "-f",
            str(number),
            pdf,
            prefix,
        ],
        check=True,
    )
    STATIC.mkdir(exist_ok=True)
    shutil.copyfile(prefix.with_suffix(".png"), STATIC / f"{name}.png")


def _screenshot(url: str, name: str, width: int = 1280, height: int = 900) -> None:
    """A screenshot of ``url`` in headless Chromium, ``width`` pixels wide, as ``name.png``."""
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--screenshot={STATIC / f'{name}.png'}",
            url,
        ],
        check=True,
        capture_output=True,
    )


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


#: Each kind of document: the picture's name, the example, the report, its options,
#: and whether it reads the example's records.
DOCUMENTS = (
    ("program", "binh-thuan", "program", {}, False),
    ("regulation", "dak-lak-regulation-2017", "program", {}, False),
    ("joint-resolution", "cp-mttq-joint-resolution-2023", "program", {}, False),
    ("plan", "bdvtw-bcsdcp-plan-2018", "program", {}, False),
    ("review", "binh-thuan", "review", {"window": "2022"}, True),
    ("annual-plan", "binh-thuan", "annual-plan", {"year": "2023"}, True),
    ("next-program", "binh-thuan", "next-program", {}, True),
)


def main() -> int:
    """Write the pictures; 1 when a tool they need is missing."""
    tools = ("soffice", "pdftoppm", "pdfinfo", "chromium")
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        print(f"pictures.py: needs {', '.join(missing)} on the path", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp())
    sources = []
    for name, example, report, options, with_records in DOCUMENTS:
        program = examples.load(example)
        records = examples.records(example) if with_records else None
        output = coordprog.render_output(program, report, "docx", options=options, records=records)
        source = work / f"{name}.docx"
        source.write_bytes(output.content)
        sources.append(source)
    binh_thuan = examples.load("binh-thuan")
    matrix = work / "matrix.docx"
    matrix.write_bytes(coordprog.render_output(binh_thuan, "matrix", "docx").content)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            *("--convert-to", "pdf", "--outdir", work),
            *sources,
            matrix,
        ],
        check=True,
        capture_output=True,
    )
    for source in sources:
        pdf = source.with_suffix(".pdf")
        _page(pdf, 1, f"docx-{source.stem}-first")
        last = _page_count(pdf)
        if last > 1:
            _page(pdf, last, f"docx-{source.stem}-last")
        print(f"{source.stem}: {last} pages")
    _page(work / "matrix.pdf", 1, "docx-matrix")
    page = work / "matrix.html"
    page.write_text(coordprog.render(binh_thuan, "matrix", "html"), encoding="utf-8")
    _screenshot(page.as_uri(), "html-matrix", 1280, 900)
    _screenshot(page.as_uri(), "html-matrix-phone", 390, 1200)
    _datasette(work)
    print(f"pictures written to {STATIC}")
    return 0


def _datasette(work: Path) -> None:
    """The examples' portfolio exported to SQLite, as Datasette shows its events table."""
    database = work / "portfolio.sqlite"
    portfolio = coordprog.load_portfolio(EXAMPLES)
    coordprog.export_sqlite(portfolio, database, as_of=dt.date(2024, 8, 15))
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", database, "--port", PORT],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(3)
        url = f"http://127.0.0.1:{PORT}/portfolio/events?_facet=state&_facet=kind&_sort=due"
        _screenshot(url, "datasette-events")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
