"""Make the pictures of docs/outputs.md from the current code.

Renders the Bình Thuận example (and its illustrative records) with the
installed formats, converts the Word documents to PDF with LibreOffice,
screenshots the HTML matrix with headless Chromium, and writes PNG pages
into docs/_static/.  Run it after a change to a report or a format::

    python docs/pictures.py

It needs ``soffice`` (LibreOffice), ``pdftoppm`` (poppler-utils) and
``chromium`` on the path, and the coordprog-docx plugin and Datasette
installed.
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
        ["pdftoppm", "-png", "-singlefile", "-r", RESOLUTION, "-f", str(number), pdf, prefix],
        check=True,
    )
    STATIC.mkdir(exist_ok=True)
    shutil.copyfile(prefix.with_suffix(".png"), STATIC / f"{name}.png")


def _screenshot(url: str, name: str) -> None:
    """A 1280-pixel-wide screenshot of ``url`` in headless Chromium, as ``name.png``."""
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1280,900",
            f"--screenshot={STATIC / f'{name}.png'}",
            url,
        ],
        check=True,
        capture_output=True,
    )


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def _page_with(pdf: Path, text: str) -> int:
    """The number of the first page of ``pdf`` that shows ``text``."""
    for number in range(1, _page_count(pdf) + 1):
        shown = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), pdf, "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        if text in shown:
            return number
    raise SystemExit(f"pictures.py: no page of {pdf.name} shows {text!r}")


def main() -> int:
    """Write the pictures; 1 when a tool they need is missing."""
    tools = ("soffice", "pdftoppm", "pdfinfo", "pdftotext", "chromium")
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        print(f"pictures.py: needs {', '.join(missing)} on the path", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp())
    program = examples.load("binh-thuan")
    records = examples.records("binh-thuan")
    documents = {
        "program": coordprog.render_output(program, "program", "docx"),
        "matrix": coordprog.render_output(program, "matrix", "docx"),
        "review": coordprog.render_output(
            program, "review", "docx", options={"window": "2022"}, records=records
        ),
    }
    for name, output in documents.items():
        (work / f"{name}{output.suffix}").write_bytes(output.content)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", work]
        + [work / f"{name}.docx" for name in documents],
        check=True,
        capture_output=True,
    )
    program_pdf = work / "program.pdf"
    _page(program_pdf, 1, "docx-program-first")
    signed = _page_with(program_pdf, "Nơi nhận")
    _page(program_pdf, signed, "docx-program-signatures")
    _page(work / "matrix.pdf", 1, "docx-matrix")
    _page(work / "review.pdf", 1, "docx-review")
    page = work / "matrix.html"
    page.write_text(coordprog.render(program, "matrix", "html"), encoding="utf-8")
    _screenshot(page.as_uri(), "html-matrix")
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
