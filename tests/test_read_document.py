"""Reading documents to import: a damaged or hostile file is refused by name, within a budget."""

from __future__ import annotations

import io
import resource
import time
import zipfile
from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main
from tests.fuzz_documents import (
    _bomb_page,
    _many_pages,
    _page_loop,
    _zip_bomb,
    docx_seeds,
    pdf_seeds,
    texts,
    write_pdf,
)

HUGE = "9" * 5000


def _read_or_refused(path: Path) -> str | None:
    """None when ``path`` reads; else the message of the one problem, checked to name the file."""
    try:
        coordprog.read_document(path)
    except coordprog.ValidationError as exc:
        error = exc
    else:
        return None
    assert str(path) == error.source
    [problem] = error.problems
    return problem.message


def _refused(path: Path) -> str:
    """The one problem read_document reports for ``path``; the error names the file."""
    with pytest.raises(coordprog.ValidationError) as info:
        coordprog.read_document(path)
    assert str(path) == info.value.source
    [problem] = info.value.problems
    return problem.message


class TestDocx:
    def test_sound_file_reads(self, tmp_path: Path) -> None:
        """A DOCX written by python-docx reads as its text, the letterhead table in place."""
        path = tmp_path / "van-ban.docx"
        path.write_bytes(docx_seeds()[0])
        text = coordprog.read_document(path)
        assert text.splitlines()[0] == texts()[0].splitlines()[0]

    @pytest.mark.parametrize("cut", [0.0, 0.3, 0.9])
    def test_truncated(self, tmp_path: Path, cut: float) -> None:
        """A truncated DOCX is a damaged ZIP archive, named."""
        data = docx_seeds()[0]
        path = tmp_path / "cat.docx"
        path.write_bytes(data[: int(len(data) * cut)])
        assert _refused(path).startswith(
            "expected a DOCX file (a ZIP archive), found a damaged one: BadZipFile"
        )

    def test_not_a_document_inside(self, tmp_path: Path) -> None:
        """A ZIP archive without word/document.xml is a damaged DOCX, with the reason."""
        path = tmp_path / "rong.docx"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "xin chào")
        path.write_bytes(buffer.getvalue())
        assert _refused(path).startswith("expected a DOCX document, found a damaged one: ")

    def test_xml_nested_too_deep(self, tmp_path: Path) -> None:
        """A document.xml nested thousands deep is refused, not a RecursionError."""
        buffer = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(docx_seeds()[1])) as source,
            zipfile.ZipFile(buffer, "w") as target,
        ):
            for info in source.infolist():
                data = source.read(info)
                if info.filename == "word/document.xml":
                    data = data.replace(b"<w:body>", b"<w:body>" + b"<w:p>" * 20_000, 1)
                target.writestr(info.filename, data)
        path = tmp_path / "sau.docx"
        path.write_bytes(buffer.getvalue())
        assert _refused(path).startswith("expected a DOCX document, found a damaged one: ")

    def test_zip_bomb_refused_before_unpacking(self, tmp_path: Path) -> None:
        """A DOCX whose parts unpack to 256 MB is refused at once, without unpacking them."""
        path = tmp_path / "bom.docx"
        path.write_bytes(_zip_bomb())
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        message = _refused(path)
        assert time.perf_counter() - start < 5
        assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KiB
        assert message.startswith("expected a DOCX file that unpacks to at most 200,000,000 bytes")
        assert message.endswith("(a ZIP bomb?)")

    def test_a_part_lying_about_its_size(self, tmp_path: Path) -> None:
        """A part declaring fewer bytes than it holds is caught by its checksum, not unpacked."""
        data = bytearray(docx_seeds()[0])
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
            offset = archive.getinfo("word/document.xml").header_offset
        directory = data.index(b"PK\x01\x02")
        entry = data.index(b"word/document.xml", directory) - 46  # its central directory entry
        data[entry + 24 : entry + 28] = (10).to_bytes(4, "little")
        assert offset >= 0
        path = tmp_path / "doi.docx"
        path.write_bytes(bytes(data))
        assert _refused(path).startswith("expected a DOCX document, found a damaged one: ")

    def test_a_zip_version_not_read(self, tmp_path: Path) -> None:
        """A part that needs a ZIP version zipfile does not read is a damaged DOCX, named."""
        data = bytearray(docx_seeds()[0])
        directory = data.index(b"PK\x01\x02")
        entry = data.index(b"word/document.xml", directory) - 46  # its central directory entry
        data[entry + 6 : entry + 8] = (124).to_bytes(2, "little")  # version needed: 12.4
        path = tmp_path / "phien-ban.docx"
        path.write_bytes(bytes(data))
        assert _refused(path) == (
            "expected a DOCX file (a ZIP archive), found a damaged one: "
            "NotImplementedError: zip file version 12.4"
        )


class TestPdf:
    def test_sound_file_reads(self, tmp_path: Path) -> None:
        """A PDF's text layer reads as its text, Vietnamese included."""
        path = tmp_path / "van-ban.pdf"
        path.write_bytes(write_pdf(["Chương trình phối hợp", "giai đoạn 2022 - 2025"]))
        assert "Chương trình phối hợp\ngiai đoạn 2022 - 2025" == coordprog.read_document(path)

    @pytest.mark.parametrize("cut", [0.1, 0.5, 0.97])
    def test_truncated(self, tmp_path: Path, cut: float) -> None:
        """A truncated PDF is refused as damaged, or read as far as it goes: never a raw error."""
        data = pdf_seeds()[0]
        path = tmp_path / "cat.pdf"
        path.write_bytes(data[: int(len(data) * cut)])
        message = _read_or_refused(path)
        assert message is None or message.startswith("expected a PDF")

    def test_not_a_pdf(self, tmp_path: Path) -> None:
        """A file with a .pdf suffix that holds something else is refused as damaged."""
        path = tmp_path / "gia.pdf"
        path.write_bytes(b"<html>not a PDF</html>" * 10)
        assert _refused(path).startswith("expected a PDF, found a damaged one: ")

    def test_stream_inflating_without_bound(self, tmp_path: Path) -> None:
        """A page whose stream inflates to 256 MB is refused within the budget."""
        path = tmp_path / "bom.pdf"
        path.write_bytes(_bomb_page(pdf_seeds()[0]))
        start = time.perf_counter()
        message = _refused(path)
        assert time.perf_counter() - start < 30
        assert message.startswith(
            "expected a PDF whose streams inflate to at most 20,000,000 bytes each, found one "
            "that inflates further (a decompression bomb?)"
        )

    def test_page_tree_loop(self, tmp_path: Path) -> None:
        """A page tree whose kids include itself ends, refused or read."""
        path = tmp_path / "vong.pdf"
        path.write_bytes(_page_loop(pdf_seeds()[0]))
        start = time.perf_counter()
        message = _read_or_refused(path)
        assert message is None or message.startswith("expected a PDF")
        assert time.perf_counter() - start < 30

    def test_too_many_pages(self, tmp_path: Path) -> None:
        """A page listed a hundred thousand times is refused by the page budget."""
        import random

        path = tmp_path / "nhieu.pdf"
        path.write_bytes(_many_pages(pdf_seeds()[0], random.Random(1)))
        message = _refused(path)
        pages = "expected a PDF of at most 5,000 pages"
        assert message.startswith((pages, "expected a PDF, found"))

    def test_encrypted(self, tmp_path: Path) -> None:
        """A PDF that needs a password is refused, saying so."""
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_seeds()[0])))
        writer.encrypt("mat-khau", algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        path = tmp_path / "khoa.pdf"
        path.write_bytes(buffer.getvalue())
        assert "expected a PDF that opens without a password, found one that needs one" == (
            _refused(path)
        )

    def test_no_text_layer(self, tmp_path: Path) -> None:
        """A PDF without text (a scan) says to run OCR first."""
        path = tmp_path / "quet.pdf"
        path.write_bytes(write_pdf([]))
        assert _refused(path).startswith("expected a PDF with a text layer, found none (a scan?)")


class TestText:
    def test_not_utf8(self, tmp_path: Path) -> None:
        """A text file that is not UTF-8 is refused with the offset of the first bad byte."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Chương".encode() + b"\xe0" + " trình".encode())
        assert "expected UTF-8 text, found a non-UTF-8 byte at offset 8" == _refused(path)

    def test_unknown_suffix(self, tmp_path: Path) -> None:
        """A suffix that is no document's is a FormatError naming the file."""
        path = tmp_path / "van-ban.odt"
        path.write_bytes(b"x")
        with pytest.raises(coordprog.FormatError, match=r"van-ban\.odt: expected a \.txt"):
            coordprog.read_document(path)

    @pytest.mark.parametrize(
        "sentence",
        [
            f"Định kỳ {HUGE} tháng tổ chức sơ kết.",
            f"Định kỳ 6 tháng, {HUGE} năm tổ chức sơ kết.",
            f"Bình Thuận, ngày {HUGE} tháng {HUGE} năm {HUGE}",
            f"Căn cứ Quyết định số 1719/QĐ-TTg ngày {HUGE}/10/2021",
        ],
    )
    def test_number_of_thousands_of_digits(self, sentence: str) -> None:
        """A number of 5,000 digits is no cadence or date: the draft is made without it."""
        text = texts()[0].replace("\n", f"\n{sentence}\n", 3)
        draft = coordprog.import_text(text)
        rules = draft.data.get("schedule", {})
        assert all(
            len(str(review.get("every_months", ""))) < 5 for review in rules.get("reviews", [])
        )

    @pytest.mark.parametrize(
        "words",
        ["Ban Chấp hành Trung ương ", "Hội đồng Trung ương ", "công đoàn ", "Ban cán sự đảng "],
    )
    def test_the_words_of_a_body_repeated_thousands_of_times(self, words: str) -> None:
        """Words that lead from one body to another, repeated 2,000 times, still make a draft."""
        text = texts()[0].replace("\n", f"\nCăn cứ {words * 2000}Bộ Tư pháp;\n", 1)
        draft = coordprog.import_text(text)
        assert "program" == draft.document


class TestCommand:
    @pytest.mark.parametrize("suffix", [".docx", ".pdf"])
    def test_damaged_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
    ) -> None:
        """Importing a damaged file exits 1 with one line naming it, never exit 3."""
        source = tmp_path / f"hong{suffix}"
        seed = docx_seeds()[0] if suffix == ".docx" else pdf_seeds()[0]
        source.write_bytes(seed[: len(seed) // 3])
        code = main(["import", str(source), "-o", str(tmp_path / "nhap.toml")])
        err = capsys.readouterr().err
        assert 1 == code
        assert err.startswith(f"{source}: expected a ")
        assert 1 == err.count("\n")
        assert not (tmp_path / "nhap.toml").exists()

    def test_huge_number_in_schedule(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A schedule sentence with a 5,000-digit number imports (exit 0 or 1), never exit 3."""
        source = tmp_path / "so-lon.txt"
        text = texts()[0] + f"\nĐịnh kỳ {HUGE} tháng tổ chức sơ kết.\n"
        source.write_text(text, encoding="utf-8")
        code = main(["import", str(source), "-o", str(tmp_path / "nhap.toml")])
        assert code in (0, 1)
        assert "internal error" not in capsys.readouterr().err
