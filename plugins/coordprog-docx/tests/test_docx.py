"""The docx format, as coordprog finds it through its entry point."""

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import attrs
import docx
import pytest
from docx.shared import Mm

import coordprog


@pytest.fixture(scope="module")
def word(coordprog_binh_thuan: coordprog.Program) -> docx.document.Document:
    data = coordprog.render_output(coordprog_binh_thuan, "program", "docx").content
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
    # The document states no place: none is printed, nor taken from the province.
    assert "ngày 24 tháng 01 năm 2022" in head
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
    data = coordprog.render_output(coordprog_binh_thuan, report, "docx", options=options).content
    document = docx.Document(io.BytesIO(data))
    expected = 25 if report == "matrix" else len(coordprog.schedule(coordprog_binh_thuan))
    assert expected + 1 == len(document.tables[0].rows)


def _soffice() -> str:
    """LibreOffice's command; CI sets COORDPROG_REQUIRE_SOFFICE so that a missing one fails."""
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("COORDPROG_REQUIRE_SOFFICE"):
            pytest.fail("LibreOffice (soffice) is required here but not installed")
        pytest.skip("LibreOffice is not installed")
    return found


def test_every_example_converts_to_pdf(tmp_path: Path) -> None:
    """Each example's program, matrix, schedule and review open in LibreOffice and print."""
    from coordprog import examples

    sources = []
    for name in examples.names():
        program = examples.load(name)
        for report in ("program", "matrix", "schedule", "review"):
            source = tmp_path / f"{name}-{report}.docx"
            source.write_bytes(coordprog.render_output(program, report, "docx").content)
            sources.append(source)
    subprocess.run(
        [_soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        + [str(source) for source in sources],
        check=True,
        capture_output=True,
        timeout=600,
    )
    for source in sources:
        pdf = source.with_suffix(".pdf")
        assert pdf.is_file(), f"LibreOffice did not convert {source.name}"
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        assert re.search(rb"/Type\s*/Page\b", data), f"{pdf.name} has no page"


def test_review_report(coordprog_binh_thuan: coordprog.Program) -> None:
    """The draft báo cáo sơ kết renders as a Word document with its five parts and tables."""
    from coordprog import examples

    data = coordprog.render_output(
        coordprog_binh_thuan,
        "review",
        "docx",
        options={"window": "2022"},
        records=examples.records("binh-thuan"),
    ).content
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


def _document(program: coordprog.Program, report: str = "program") -> docx.document.Document:
    data = coordprog.render_output(program, report, "docx").content
    return docx.Document(io.BytesIO(data))


def test_page_numbers_from_page_two(word: docx.document.Document) -> None:
    """Decree 30: the page number centred at the top, none on the first page."""
    section = word.sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element.xml
    assert 'w:instr="PAGE"' in header
    assert "PAGE" not in section.first_page_header._element.xml


def test_marks_follow_the_document_family() -> None:
    """A Party document has its star and "-----"; a State document has solid rules instead."""
    from coordprog import examples

    state = _document(examples.load("dak-lak-regulation-2017"))
    head = [p.text for c in state.tables[0].rows[0].cells for p in c.paragraphs]
    assert "*" not in head
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head
    assert "-----" not in [p.text for p in state.paragraphs]
    assert state.tables[0].rows[0].cells[0]._tc.xml.count("<w:pBdr>") == 1  # the rule


def test_chapter_number_on_its_own_line() -> None:
    from coordprog import examples

    texts = [p.text for p in _document(examples.load("dak-lak-regulation-2017")).paragraphs]
    at = texts.index("Chương I")
    assert texts[at + 1] == "NHỮNG QUY ĐỊNH CHUNG"


def test_matrix_columns_in_proportion(coordprog_binh_thuan: coordprog.Program) -> None:
    """The task text gets the room, short columns stay narrow, and the table fills the line."""
    document = _document(coordprog_binh_thuan, "matrix")
    table = document.tables[0]
    widths = [int(column.w or 0) for column in table._tbl.tblGrid.gridCol_lst]
    labels = [cell.text for cell in table.rows[0].cells]
    task = widths[labels.index("Nhiệm vụ")]
    assert task == max(widths)
    assert task > 3 * widths[labels.index("Mã")]
    section = document.sections[0]
    usable = int(section.page_width or 0) - int(section.left_margin or 0)
    usable -= int(section.right_margin or 0)
    assert abs(sum(widths) - usable) < Mm(1)
    assert "w:tblHeader" in table.rows[0]._tr.xml  # repeated on every page


@pytest.mark.parametrize(
    ("count", "rows"), [(1, [1]), (2, [2]), (3, [3]), (4, [2, 2]), (5, [3, 2]), (6, [3, 3])]
)
def test_two_to_six_signatories(
    coordprog_binh_thuan: coordprog.Program, count: int, rows: list[int]
) -> None:
    """Signatures in rows of two or three, kept on one page with each other and Nơi nhận."""
    parties = tuple(
        attrs.evolve(coordprog_binh_thuan.parties[0], id=f"p{i}", name=f"Cơ quan {i}")
        for i in range(count)
    )
    signatories = tuple(
        coordprog.Signatory(party=f"p{i}", title="TRƯỞNG BAN", name=f"Người ký {i}")
        for i in range(count)
    )
    program = attrs.evolve(
        coordprog_binh_thuan,
        parties=parties,
        signatories=signatories,
        task_groups=(),
        parent=None,
        basis=(),
        legal_refs=(),
        third_parties=(),
        schedule=coordprog.ScheduleRules(),
    )
    document = _document(program)
    tables = [t for t in document.tables if any("Người ký" in c.text for c in t.rows[0].cells)]
    signed = [sum("Người ký" in c.text for c in t.rows[0].cells) for t in tables]
    assert signed == rows
    if count == 1:  # one signature sits on the right
        assert "Người ký 0" in tables[0].rows[0].cells[1].text
    for table in tables:
        assert "w:cantSplit" in table.rows[0]._tr.xml
        for cell in table.rows[0].cells:
            assert all(p.paragraph_format.keep_with_next for p in cell.paragraphs)


def test_an_empty_schedule_says_so() -> None:
    from coordprog import examples

    document = _document(examples.load("cp-mttq-joint-resolution-2023"), "schedule")
    assert document.tables == []
    assert "Không có sự kiện nào." in [p.text for p in document.paragraphs]


def test_joint_letterhead_side_by_side_under_parent_bodies(
    coordprog_binh_thuan: coordprog.Program,
) -> None:
    """A Party body and a State body: each under its parent, with its own family's mark."""
    parties = (
        attrs.evolve(
            coordprog_binh_thuan.parties[0], name="Ban Dân vận", parent_body="Tỉnh ủy Bình Thuận"
        ),
        attrs.evolve(
            coordprog_binh_thuan.parties[1],
            name="Ban Dân tộc",
            parent_body="Ủy ban nhân dân tỉnh Bình Thuận",
        ),
    )
    document = _document(attrs.evolve(coordprog_binh_thuan, parties=parties))
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs] == ["TỈNH ỦY BÌNH THUẬN", "BAN DÂN VẬN", "*"]
    assert [p.text for p in right.paragraphs][:2] == [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
        "BAN DÂN TỘC",
    ]
    assert "*" not in [p.text for p in right.paragraphs]  # a State body: a rule, not a star
    assert right._tc.xml.count("<w:pBdr>") == 1


@pytest.mark.parametrize(
    "name",
    [
        "binh-thuan",
        "dak-lak-regulation-2017",
        "hoa-binh-tt-hdnd-ubnd-2019",
        "cp-mttq-joint-resolution-2023",
    ],
)
def test_a_written_document_imports_back(name: str, tmp_path: Path) -> None:
    """What the plugin writes, `coordprog import` reads back: letterhead, articles, signatures."""
    reference = coordprog.examples.load(name)
    path = tmp_path / f"{name}.docx"
    path.write_bytes(coordprog.render_output(reference, "program", "docx").content)
    draft = coordprog.import_text(coordprog.read_document(path))
    program = coordprog.from_data(draft.data, "toml")
    assert (program.kind, program.title, program.number, program.signed_on) == (
        reference.kind,
        reference.title,
        reference.number,
        reference.signed_on,
    )
    # The letterhead, read in place from its table, is not taken into the preamble.
    assert program.preamble == reference.preamble
    assert [(c.number, c.title) for c in program.chapters] == [
        (c.number, c.title) for c in reference.chapters
    ]
    drafted = dict(program.provisions())
    for provision_id, provision in reference.provisions():
        assert getattr(drafted[provision_id], "text", None) == provision.text, provision_id
        if isinstance(provision, coordprog.Article):
            article = drafted[provision_id]
            assert isinstance(article, coordprog.Article)
            assert (article.caption, article.kind) == (provision.caption, provision.kind)
    assert [t.text for t in program.tasks] == [t.text for t in reference.tasks]
    assert [(s.title, s.name) for s in program.signatories] == [
        (s.title, s.name) for s in reference.signatories
    ]
