"""Reading a document file (text, DOCX, PDF) within a budget of size, memory and time.

A document to import may be damaged (a truncated download, a disk error)
or hostile (a ZIP archive that unpacks to gigabytes, a PDF stream that
inflates without bound, a page tree that loops).  Whatever it is, reading
it either gives its text or raises :class:`ValidationError` naming the file
and saying what is wrong with it; the parsers' own exceptions (zipfile,
lxml, python-docx, pypdf) never reach the caller.

The budgets, checked before the parsers run where they can be:

* a file of at most :data:`MAX_BYTES`;
* a DOCX of at most :data:`MAX_PARTS` parts that unpack to at most
  :data:`MAX_UNPACKED` bytes, as its ZIP directory declares them (zipfile
  never inflates a part past its declared size, so a part that lies is
  caught by its checksum);
* a PDF of at most :data:`MAX_PAGES` pages, each stream inflating to at
  most :data:`MAX_STREAM` bytes (pypdf's own limits, tightened while the
  file is read), read within :data:`TIME_BUDGET` seconds and giving at
  most :data:`MAX_CHARACTERS` characters of text.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from coordprog.model._errors import Problem, ValidationError

#: The largest document file read, in bytes (a signed program is a few hundred kilobytes).
MAX_BYTES = 100_000_000
#: The most parts a DOCX may have.
MAX_PARTS = 10_000
#: The most bytes the parts of a DOCX may unpack to.
MAX_UNPACKED = 200_000_000
#: The most pages of a PDF read.
MAX_PAGES = 5_000
#: The most bytes one stream of a PDF may inflate to.
MAX_STREAM = 20_000_000
#: The most characters of text a PDF may give.
MAX_CHARACTERS = 20_000_000
#: Seconds a PDF's text may take to extract.
TIME_BUDGET = 60.0


def refused(source: Path, kind: str, message: str) -> ValidationError:
    """The error for a document that cannot be read: one problem, naming the file."""
    return ValidationError([Problem("", message)], os.fspath(source), document=kind)


def read_text(source: Path) -> str:
    """A UTF-8 text file's text (a byte order mark skipped)."""
    data = _bytes(source, "text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refused(
            source, "text", f"expected UTF-8 text, found a non-UTF-8 byte at offset {exc.start}"
        ) from None


def _bytes(source: Path, kind: str) -> bytes:
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise refused(
            source, kind, f"expected a file of at most {MAX_BYTES:,} bytes, found {size:,} bytes"
        )
    return source.read_bytes()


def _check_size(source: Path, kind: str) -> None:
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise refused(
            source, kind, f"expected a file of at most {MAX_BYTES:,} bytes, found {size:,} bytes"
        )


def _damaged(exc: BaseException) -> str:
    """What a parser's exception says, on one line."""
    said = " ".join(str(exc).split())
    if len(said) > 200:
        said = said[:200] + "..."
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__


# -- DOCX ------------------------------------------------------------------------------


def read_docx(source: Path) -> str:
    """A DOCX's paragraphs and table cells in document order, one a line."""
    import docx  # the caller has checked it is installed

    _check_size(source, "DOCX")
    _check_archive(source)
    try:
        return "\n".join(docx_lines(docx.Document(os.fspath(source))))
    except MemoryError:
        raise
    except RecursionError:
        raise refused(
            source,
            "DOCX",
            "expected a DOCX document nested less deeply, found one too deep",
        ) from None
    except Exception as exc:  # any of python-docx's, lxml's and zipfile's: a damaged file
        raise refused(
            source, "DOCX", f"expected a DOCX document, found a damaged one: {_damaged(exc)}"
        ) from None


def _check_archive(source: Path) -> None:
    """Refuse a DOCX that is no ZIP archive, or one that would unpack beyond the budget."""
    try:
        with zipfile.ZipFile(source) as archive:
            parts = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,  # a version or feature zipfile does not read: "zip file version 12.4"
        ValueError,
        EOFError,
        OSError,
    ) as exc:
        if isinstance(exc, OSError) and exc.filename is not None:
            raise  # the file itself cannot be read: the caller's OSError
        raise refused(
            source,
            "DOCX",
            f"expected a DOCX file (a ZIP archive), found a damaged one: {_damaged(exc)}",
        ) from None
    if len(parts) > MAX_PARTS:
        raise refused(
            source,
            "DOCX",
            f"expected a DOCX file of at most {MAX_PARTS:,} parts, found {len(parts):,}",
        )
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED:
        raise refused(
            source,
            "DOCX",
            f"expected a DOCX file that unpacks to at most {MAX_UNPACKED:,} bytes, found one "
            f"that unpacks to {unpacked:,} bytes (a ZIP bomb?)",
        )


def docx_lines(document: Any) -> Iterator[str]:
    """A DOCX's paragraphs in document order, tables read row by row where they stand.

    Letterheads and signature blocks are tables: read in place, the number,
    the place and date, and each signature's lines come where the document
    has them.  A cell merged across columns is read once.
    """
    from docx.table import Table

    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            yield block.text
            continue
        for row in block.rows:
            previous = None
            for cell in row.cells:
                if cell.text == previous:
                    continue  # the same merged cell again
                previous = cell.text
                for paragraph in cell.paragraphs:
                    yield paragraph.text


# -- PDF -------------------------------------------------------------------------------


def read_pdf(source: Path) -> str:
    """The text layer of a PDF, page after page."""
    from pypdf import PdfReader  # the caller has checked it is installed

    _check_size(source, "PDF")
    deadline = time.monotonic() + TIME_BUDGET
    found: list[str] = []
    characters = 0
    try:
        with _tight_limits():
            reader = PdfReader(os.fspath(source))
            if reader.is_encrypted and not _opens(reader):
                raise refused(
                    source,
                    "PDF",
                    "expected a PDF that opens without a password, found one that needs one",
                )
            pages = reader.pages
            count = len(pages)
            if count > MAX_PAGES:
                raise refused(
                    source, "PDF", f"expected a PDF of at most {MAX_PAGES:,} pages, found {count:,}"
                )
            for number, page in enumerate(pages, start=1):
                text = page.extract_text() or ""
                characters += len(text)
                if characters > MAX_CHARACTERS:
                    raise refused(
                        source,
                        "PDF",
                        f"expected a PDF of at most {MAX_CHARACTERS:,} characters of text, found "
                        f"more by page {number} of {count}",
                    )
                if time.monotonic() > deadline:
                    raise refused(
                        source,
                        "PDF",
                        f"expected a PDF whose text reads within {TIME_BUDGET:.0f} s, found one "
                        f"that took longer (stopped at page {number} of {count})",
                    )
                found.append(text)
    except (ValidationError, MemoryError):
        raise
    except RecursionError:
        raise refused(
            source, "PDF", "expected a PDF nested less deeply, found one too deep to read"
        ) from None
    except Exception as exc:  # any of pypdf's (its limits included), zlib's ...: a damaged file
        if type(exc).__name__ == "LimitReachedError":  # pypdf's limits, tightened above
            raise refused(
                source,
                "PDF",
                f"expected a PDF whose streams inflate to at most {MAX_STREAM:,} bytes each, "
                f"found one that inflates further (a decompression bomb?): {_damaged(exc)}",
            ) from None
        raise refused(
            source, "PDF", f"expected a PDF, found a damaged one: {_damaged(exc)}"
        ) from None
    text = "\n".join(found)
    if len(text.strip()) < 20:
        raise refused(
            source,
            "PDF",
            "expected a PDF with a text layer, found none (a scan?): run OCR first, then "
            "import its text",
        )
    return text


def _opens(reader: Any) -> bool:
    """Whether an encrypted PDF opens with the empty password, as many "protected" ones do."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unknown algorithm, or AES without the cryptography package
        return False


@contextlib.contextmanager
def _tight_limits() -> Iterator[None]:
    """Pypdf's limits on what a stream may inflate to, tightened while a document is read.

    pypdf 6.18 and later take limits from a context; an earlier one keeps
    its own (75 MB a stream).
    """
    try:
        from pypdf import Configuration, apply_configuration, get_configuration
    except ImportError:
        yield
        return
    wanted = {
        "zlib_maximum_output_length": MAX_STREAM,
        "lzw_maximum_output_length": MAX_STREAM,
        "run_length_maximum_output_length": MAX_STREAM,
        "array_based_stream_maximum_output_length": MAX_STREAM,
        "brotli_maximum_output_length": MAX_STREAM,
        "jbig2_maximum_output_length": MAX_STREAM,
        "image_maximum_buffer_size": MAX_STREAM,
        "stream_decoding_work_maximum_length": 5 * MAX_STREAM,
        "maximum_declared_stream_length": MAX_BYTES,
    }
    known = {field.name for field in dataclasses.fields(Configuration)}
    limits = get_configuration().with_overwrites(**{k: v for k, v in wanted.items() if k in known})
    with apply_configuration(limits):
        yield
