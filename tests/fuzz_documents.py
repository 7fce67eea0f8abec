"""Fuzzers of the importer's inputs: a document's text, DOCX files and PDF files.

Used by ``tests/fuzzing.py`` (which documents the runs).  Texts are the
examples' own ``source.txt``; DOCX files are made from them with
python-docx (paragraphs, and the letterhead as a table, as offices send
them); PDF files are written here, a page per forty lines, each page's
text in a content stream.  They are spoilt as an attacker or a damaged disk
would: bytes flipped, inserted or cut, archives truncated, members
removed or lying about their size, XML nested thousands deep, entity
bombs, archives and streams that expand to gigabytes, page trees that
loop, numbers of thousands of digits where a schedule names a number of
months.

Reading must return text or raise :class:`coordprog.ValidationError`
naming the file; the text, imported, must give a draft that loads or is
refused with :class:`coordprog.ValidationError`.  A case that takes more
than ``TIME_BUDGET`` seconds escapes too.
"""

from __future__ import annotations

import functools
import io
import logging
import random
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

import coordprog
from tests.fuzzing import mutate_bytes

# pypdf reports every repair it makes (a wrong cross-reference offset, a
# missing object) through logging: thousands of lines in a run.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

ROOT = Path(__file__).resolve().parent.parent
#: Seconds one case may take, reading and importing included.
TIME_BUDGET = 30.0

HUGE = "9" * 5000
HOSTILE_LINES = (
    f"Định kỳ {HUGE} tháng tổ chức sơ kết, đánh giá kết quả thực hiện.",
    f"Định kỳ 6 tháng, {HUGE} năm tổ chức sơ kết.",
    f"giai đoạn {HUGE} - {HUGE}",
    f"Bình Thuận, ngày {HUGE} tháng {HUGE} năm {HUGE}",
    f"Số: {HUGE}/CTrPH-BDV",
    f"Căn cứ Quyết định số {HUGE}/QĐ-TTg ngày 14/10/2021",
    f"Điều {HUGE}. Phạm vi điều chỉnh",
    f"Chương {'X' * 5000}",
    f"{HUGE}. Nội dung",
    "- " * 20_000,
    "I. " + "II. " * 5000,
    "a" * 200_000,
    "\x00\x1b[2J\x07\r\n\x85",
    "Sở \u202enội vụ\u202c chủ trì\u2028\u2029",
    "\ud800 nửa cặp",
    "\ufeff\ufffe\uffff",
    "ngày 31 tháng 02 năm 2022",
    "ngày 0 tháng 0 năm 0000",
    "giai đoạn 2025 - 2022",
    "nhiệm kỳ 2200 - 1900",
    "Nơi nhận:\n" + "- Lưu VT;\n" * 3000,
    "TM. BAN THƯỜNG TRỰC\n" * 200,
)


@functools.cache
def texts() -> tuple[str, ...]:
    """The examples' source texts: real documents as extracted from their PDF or web page."""
    return tuple(
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "examples").glob("*/source.txt"))
    )


@functools.cache
def _folder() -> Path:
    import atexit

    path = Path(tempfile.mkdtemp(prefix="coordprog-fuzz-documents-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


# -- text ------------------------------------------------------------------------------


def spoil_text(rng: random.Random, text: str) -> str:
    """``text`` with lines repeated, dropped, swapped, or hostile lines and characters put in."""
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        action = rng.random()
        at = rng.randrange(len(lines) + 1)
        if action < 0.35:
            lines.insert(at, rng.choice(HOSTILE_LINES))
        elif action < 0.5 and lines:
            del lines[at : at + rng.randint(1, 30)]
        elif action < 0.6 and lines:
            lines[at:at] = lines[rng.randrange(len(lines)) :][: rng.randint(1, 50)]
        elif action < 0.7 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif action < 0.8 and lines:
            # A number in a sentence that has one, made thousands of digits long.
            i = rng.randrange(len(lines))
            lines[i] = "".join(
                HUGE if ch.isdigit() and rng.random() < 0.3 else ch for ch in lines[i]
            )
        elif lines:
            i = rng.randrange(len(lines))
            chars = list(lines[i])
            for _ in range(rng.randint(1, 5)):
                chars.insert(rng.randrange(len(chars) + 1), chr(rng.choice(_CODE_POINTS)))
            lines[i] = "".join(chars)
    return "\n".join(lines)


_CODE_POINTS = (
    *range(0x20),
    0x7F,
    0x85,
    0xA0,
    0x1A3,
    0x300,
    0x301,
    0x200B,
    0x200E,
    0x202E,
    0x2028,
    0x2066,
    0xD800,
    0xDFFF,
    0xFEFF,
    0xFFFD,
    0xFFFE,
    0x10FFFF,
    0x1F600,
)


def make_text(seed: int) -> str:
    """A spoilt document text."""
    rng = random.Random(seed)
    return spoil_text(rng, rng.choice(texts()))


def check_text(text: str) -> bool:
    """Import ``text``; load the draft; if it loads, write it and read it back.

    :return: whether the draft loaded.
    """
    draft = coordprog.import_text(text)
    try:
        program = coordprog.from_data(draft.data, "toml")
    except coordprog.ValidationError as exc:
        str(exc).encode("utf-8")
        return False
    written = coordprog.dumps(program, "toml")
    if coordprog.loads(written, "toml") != program:
        raise AssertionError("a draft written as TOML read back as another program")
    return True


# -- DOCX ----------------------------------------------------------------------------


def _docx(text: str, *, letterhead: bool) -> bytes:
    import docx

    document = docx.Document()
    lines = [line for line in text.splitlines() if line.strip()]
    if letterhead and len(lines) > 4:
        table = document.add_table(rows=2, cols=2)
        for cell, line in zip(
            (cell for row in table.rows for cell in row.cells), lines[:4], strict=False
        ):
            cell.text = _xml_safe(line)
        lines = lines[4:]
    for line in lines:
        document.add_paragraph(_xml_safe(line))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (python-docx refuses them)."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n"
        or (ord(ch) >= 0x20 and ord(ch) not in (0xFFFE, 0xFFFF) and not 0xD800 <= ord(ch) <= 0xDFFF)
    )


@functools.cache
def docx_seeds() -> tuple[bytes, ...]:
    """DOCX files of the examples' texts, with and without a letterhead table."""
    return tuple(_docx(text, letterhead=index % 2 == 0) for index, text in enumerate(texts()[:6]))


@functools.cache
def _zip_bomb() -> bytes:
    """A DOCX with a member that expands to 256 MB (about 250 KB compressed)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx_seeds()[0])) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for info in source.infolist():
            bomb.writestr(info, source.read(info))
        with bomb.open("word/media/image1.png", "w", force_zip64=True) as member:
            block = bytes(16 * 1024 * 1024)
            for _ in range(16):
                member.write(block)
    return buffer.getvalue()


XML_SNIPPETS = (
    '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    "<w:p>" * 20_000 + "</w:p>" * 20_000,
    "<w:p><w:r><w:t>" + HUGE + " tháng</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>&#x1b;&#x202e;&#x2028;</w:t></w:r></w:p>",
    "<w:tbl>" * 300 + "</w:tbl>" * 300,
    "<w:tbl><w:tr><w:tc>" * 100 + "</w:tc></w:tr></w:tbl>" * 100,
    "<w:p><w:r><w:t>" + "x" * 12_000_000 + "</w:t></w:r></w:p>",
    "</w:body>",
    "<w:body>",
    "\x00",
    "&undefined;",
    '<?xml version="1.0"?>',
)

MEMBERS = (
    "word/document.xml",
    "[Content_Types].xml",
    "_rels/.rels",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
)


def _rezip(seed: bytes, change: Any) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(seed)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = change(info.filename, source.read(info))
            if data is not None:
                target.writestr(info.filename, data)
    return buffer.getvalue()


def _lie_about_sizes(rng: random.Random, data: bytes) -> bytes:
    """Overwrite the sizes a central directory entry declares."""
    raw = bytearray(data)
    entries = [i for i in range(len(raw)) if raw[i : i + 4] == b"PK\x01\x02"]
    for at in rng.sample(entries, min(len(entries), rng.randint(1, 2))):
        field = at + rng.choice((20, 24))  # compressed or uncompressed size
        raw[field : field + 4] = rng.choice(
            (0, 1, 0x7FFFFFFF, 0xFFFFFFFF, rng.randrange(1 << 32))
        ).to_bytes(4, "little")
    return bytes(raw)


def make_docx(seed: int) -> bytes:
    """A spoilt DOCX file."""
    rng = random.Random(seed)
    data = rng.choice(docx_seeds())
    action = rng.random()
    if action < 0.25:
        return mutate_bytes(rng, data)
    if action < 0.35:
        return data[: rng.randrange(len(data))]
    if action < 0.45:
        return _lie_about_sizes(rng, data)
    if action < 0.5:
        return _zip_bomb()
    if action < 0.6:
        gone = rng.choice(MEMBERS)
        return _rezip(data, lambda name, body: None if name == gone else body)
    snippet = rng.choice(XML_SNIPPETS)
    target = "word/document.xml" if rng.random() < 0.8 else rng.choice(MEMBERS)

    def insert(name: str, body: bytes) -> bytes:
        if name != target:
            return body
        text = body.decode("utf-8", "replace")
        if snippet.startswith("<!DOCTYPE"):
            at = text.find("?>") + 2 if "?>" in text else 0
        else:
            anchor = text.find("<w:p", rng.randrange(max(len(text), 1)))
            at = anchor if anchor >= 0 else rng.randrange(len(text) + 1)
        return (text[:at] + snippet + text[at:]).encode("utf-8", "surrogatepass")

    return _rezip(data, insert)


# -- PDF -----------------------------------------------------------------------------


def write_pdf(lines: list[str], *, compress: bool = True, per_page: int = 40) -> bytes:
    """A PDF of ``lines``, ``per_page`` lines a page, as a PDF writer lays out Vietnamese text.

    The font is a composite (Type0) font with two-byte codes, one per
    character used, and a ToUnicode map from codes to characters, which is
    what a reader extracts text with.  The file has a cross-reference table.
    """
    lines = [_xml_safe(line)[:300] for line in lines]
    characters = sorted({ch for line in lines for ch in line if ord(ch) <= 0xFFFF})
    code = {ch: index + 1 for index, ch in enumerate(characters)}
    pages = [lines[i : i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes) -> int:
        if compress:
            data = zlib.compress(data)
            return add(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                + data
                + b"\nendstream"
            )
        return add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    catalog = add(b"")  # filled in below
    tree = add(b"")
    cmap = b"\n".join(
        [
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            b"/CMapName /Coordprog-UCS def /CMapType 2 def",
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
        ]
        + [
            b"%d beginbfchar\n" % len(chunk)
            + b"\n".join(b"<%04X> <%04X>" % (code[ch], ord(ch)) for ch in chunk)
            + b"\nendbfchar"
            for chunk in (characters[i : i + 100] for i in range(0, len(characters), 100))
        ]
        + [b"endcmap CMapName currentdict /CMap defineresource pop end end"]
    )
    to_unicode = stream(cmap)
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TimesNewRoman "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>"
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TimesNewRoman /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)
    )
    kids = []
    for page in pages:
        shown = b" ".join(
            b"<" + b"".join(b"%04X" % code[ch] for ch in line if ch in code) + b"> '"
            for line in page
        )
        content = stream(b"BT /F1 11 Tf 14 TL 50 800 Td " + shown + b" ET")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, content, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


@functools.cache
def pdf_seeds() -> tuple[bytes, ...]:
    """PDF files of the examples' texts, compressed and not."""
    return tuple(
        write_pdf(text.splitlines(), compress=index % 2 == 0)
        for index, text in enumerate(texts()[:6])
    )


@functools.cache
def _flate_bomb() -> bytes:
    """A compressed stream of 256 MB of zeros (about 250 KB)."""
    compressor = zlib.compressobj(9)
    block = bytes(16 * 1024 * 1024)
    return b"".join(compressor.compress(block) for _ in range(16)) + compressor.flush()


PDF_SNIPPETS = (
    b"[" * 100_000 + b"]" * 100_000,
    b"<<" * 50_000 + b">>" * 50_000,
    b"/Kids [2 0 R 2 0 R 2 0 R]",
    b"/Count 999999999999",
    b"/Encrypt << /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>",
    b"/Filter [/FlateDecode /FlateDecode /FlateDecode /ASCIIHexDecode /LZWDecode]",
    b"/Length 99999999999999999999",
    b"/Length -1",
    b"<" + b"0031" * 5000 + b"> '",
    b"BT /F1 10 Tf " + b"(x) ' " * 100_000 + b"ET",
    b"startxref\n999999999\n%%EOF",
    b"1 0 obj 1 0 R endobj",
    b"\x00\xff" * 1000,
)


def _page_loop(data: bytes) -> bytes:
    """The page tree's kids made the tree itself: a loop."""
    return data.replace(b"/Kids [", b"/Kids [2 0 R ", 1)


def _many_pages(data: bytes, rng: random.Random) -> bytes:
    """One page listed in the page tree a hundred thousand times."""
    count = rng.choice((10_000, 100_000))
    start = data.index(b"/Kids [") + len(b"/Kids [")
    end = data.index(b"]", start)
    first = data[start:end].split(b" R")[0] + b" R"
    rest = re.sub(rb"/Count \d+", b"/Count %d" % count, data[end:], count=1)
    return data[:start] + b" ".join([first] * count) + rest


def _bomb_page(data: bytes) -> bytes:
    """The first content stream replaced by one that inflates to 256 MB."""
    bomb = _flate_bomb()
    at = data.index(b"stream\n") + len(b"stream\n")
    end = data.index(b"\nendstream", at)
    head_start = data.rfind(b"<<", 0, at)
    head = b"<< /Length %d /Filter /FlateDecode >>\n" % len(bomb)
    return data[:head_start] + head + b"stream\n" + bomb + data[end:]


def make_pdf(seed: int) -> bytes:
    """A spoilt PDF file."""
    rng = random.Random(seed)
    data = rng.choice(pdf_seeds())
    action = rng.random()
    if action < 0.3:
        return mutate_bytes(rng, data)
    if action < 0.4:
        return data[: rng.randrange(len(data))]
    if action < 0.45:
        return _page_loop(data)
    if action < 0.5:
        return _many_pages(data, rng)
    if action < 0.55:
        return _bomb_page(data)
    if action < 0.65:
        lines = rng.choice(texts()).splitlines()
        return write_pdf([spoil_text(rng, "\n".join(lines))], compress=rng.random() < 0.5)
    snippet = rng.choice(PDF_SNIPPETS)
    at = rng.randrange(len(data) + 1)
    return data[:at] + snippet + data[at:]


# -- reading a file ---------------------------------------------------------------------


def check_file(suffix: str, data: bytes) -> bool:
    """Read the document; import what it reads as :func:`check_text` does.

    :return: whether a draft loaded from it.
    """
    path = _folder() / f"van-ban{suffix}"
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        text = coordprog.read_document(path)
    except coordprog.ValidationError as exc:
        message = str(exc)
        message.encode("utf-8")
        if str(path) not in message:
            raise AssertionError(f"the error does not name the file: {message[:200]}") from exc
        return False
    finally:
        took = time.perf_counter() - start
        if took > TIME_BUDGET:
            raise AssertionError(
                f"reading took {took:.0f} s, over the budget of {TIME_BUDGET:.0f} s"
            )
    return check_text(text)


def check_docx(data: bytes) -> bool:
    """As :func:`check_file`, for a DOCX."""
    return check_file(".docx", data)


def check_pdf(data: bytes) -> bool:
    """As :func:`check_file`, for a PDF."""
    return check_file(".pdf", data)


def kinds() -> dict[str, tuple[Any, Any]]:
    """The fuzzers of this module: name -> (make, check)."""
    return {
        "import-text": (make_text, check_text),
        "docx": (make_docx, check_docx),
        "pdf": (make_pdf, check_pdf),
    }
