"""The docx format, as coordprog finds it through its entry point."""

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

import coordprog


@pytest.fixture(scope="module")
def word(coordprog_binh_thuan: coordprog.Program) -> docx.document.Document:
    data = coordprog.render(coordprog_binh_thuan, "program", "docx")
    assert isinstance(data, bytes)
    return docx.Document(io.BytesIO(data))


def _texts(document: docx.document.Document) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts += [p.text for p in cell.paragraphs]
    return texts


def test_found_through_entry_point() -> None:
    """The format is listed from the plugin named by its entry point alone."""
    assert "docx" == {f.name: f.plugin for f in coordprog.formats()}["docx"]


def test_page_and_font(word: docx.document.Document) -> None:
    """A4, the decree's margins, Times New Roman."""
    section = word.sections[0]
    sizes = (
        section.page_width,
        section.page_height,
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    )
    # Word stores twentieths of a point: compare to the tenth of a millimetre.
    assert (210, 297, 20, 20, 30, 15) == tuple(round(s.mm, 1) for s in sizes if s is not None)
    assert "Times New Roman" == word.styles["Normal"].font.name


def test_letterhead(word: docx.document.Document) -> None:
    """Issuing bodies, the Party's name, the place and date, then type and title."""
    head = [p.text for row in word.tables[0].rows for c in row.cells for p in c.paragraphs]
    assert ["BAN DÂN VẬN TỈNH ỦY", "BAN DÂN TỘC TỈNH", "*"] == head[:3]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in head
    assert "Bình Thuận, ngày 24 tháng 01 năm 2022" in head
    body = [p.text for p in word.paragraphs if p.text]
    assert "CHƯƠNG TRÌNH" == body[0]
    assert body[1].startswith("Chương trình phối hợp thực hiện công tác dân vận")


def test_all_tasks_signatures_recipients(
    word: docx.document.Document, coordprog_binh_thuan: coordprog.Program
) -> None:
    """All 25 tasks under their headings, both signature blocks, the 11 recipient lines."""
    texts = _texts(word)
    for task in coordprog_binh_thuan.tasks:
        assert f"- {task.text}" in texts
    for heading in (
        "II. NỘI DUNG PHỐI HỢP",
        "1.1. Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Ban Dân tộc tỉnh",
    ):
        assert heading in texts
    for line in (
        "BAN DÂN TỘC TỈNH",
        "TRƯỞNG BAN",
        "Nguyễn Minh Tân",
        "PHÓ TRƯỞNG BAN",
        "Nguyễn Linh Nhơn",
    ):
        assert line in texts
    listed = coordprog_binh_thuan.recipients
    recipients = [t for t in texts if t.startswith("- ") and t[2:] in listed]
    assert 11 == len(recipients)
    assert "Nơi nhận:" in texts


@pytest.mark.parametrize("report", ["matrix", "schedule"])
def test_tables(coordprog_binh_thuan: coordprog.Program, report: str) -> None:
    """The matrix and the schedule become Word tables, one row per task or event."""
    options = {"calendar": "weekends"} if report == "schedule" else {}
    data = coordprog.render(coordprog_binh_thuan, report, "docx", options=options)
    document = docx.Document(io.BytesIO(data))  # type: ignore[arg-type]
    expected = 25 if report == "matrix" else len(coordprog.schedule(coordprog_binh_thuan))
    assert expected + 1 == len(document.tables[0].rows)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_converts_to_pdf(coordprog_binh_thuan: coordprog.Program, tmp_path: Path) -> None:
    """Where LibreOffice is installed the document converts to PDF."""
    source = tmp_path / "binh-thuan.docx"
    source.write_bytes(coordprog.render(coordprog_binh_thuan, "program", "docx"))  # type: ignore[arg-type]
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert (tmp_path / "binh-thuan.pdf").read_bytes().startswith(b"%PDF")


def test_review_report(coordprog_binh_thuan: coordprog.Program) -> None:
    """The draft báo cáo sơ kết renders as a Word document with its five parts and tables."""
    from coordprog import examples

    data = coordprog.render(
        coordprog_binh_thuan,
        "review",
        "docx",
        options={"window": "2022"},
        records=examples.records("binh-thuan"),
    )
    assert isinstance(data, bytes)
    document = docx.Document(io.BytesIO(data))
    texts = _texts(document)
    for part in (
        "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN",
        "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP",
        "III. ĐÁNH GIÁ CHUNG",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "V. KIẾN NGHỊ, ĐỀ XUẤT",
    ):
        assert part in texts
    tally = next(t for t in document.tables if t.rows[0].cells[0].text == "Cơ quan")
    assert [c.text for c in tally.rows[1].cells][:3] == ["Ban Dân vận Tỉnh ủy", "15", "10"]
