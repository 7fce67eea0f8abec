"""The docx format, as coordprog finds it through its entry point."""

import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import docx
import pytest
from docx.shared import Mm

import coordprog
from coordprog import examples
from coordprog.testing import LibreOffice


@pytest.fixture(scope="module")
def word(coordprog_binh_thuan: coordprog.Program) -> docx.document.Document:
    data = coordprog.render_output(coordprog_binh_thuan, "program", "docx").content
    return docx.Document(io.BytesIO(data))


def _texts(document: docx.document.Document) -> list[str]:
    """Every paragraph's text, tables' too, no-break spaces read as spaces."""
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts += [p.text for p in cell.paragraphs]
    return [text.replace("\xa0", " ") for text in texts]


def _cell_texts(cell: Any) -> list[str]:
    return [p.text.replace("\xa0", " ") for p in cell.paragraphs]


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
    """Each body under its superior, the number line, the Party's name, the seat and date."""
    left, right = word.tables[0].rows[0].cells
    assert ["TỈNH ỦY BÌNH THUẬN", "BAN DÂN VẬN", "*"] == _cell_texts(left)
    assert ["UBND TỈNH BÌNH THUẬN", "BAN DÂN TỘC"] == _cell_texts(right)[:2]
    number, motto = word.tables[1].rows[0].cells
    # No number is known: a blank for the office, then the symbol (Party form, no colon).
    assert ["Số" + " " * 9 + "-CTr/BDVTU-BDT"] == _cell_texts(number)
    # The document states no place: the letterhead names the issuer's seat, as Decree 30 does.
    assert ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Thuận, ngày 24 tháng 01 năm 2022"] == _cell_texts(motto)
    body = [p.text for p in word.paragraphs if p.text]
    assert "CHƯƠNG TRÌNH" == body[0]
    assert body[1].startswith("Phối hợp thực hiện công tác dân vận")


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


def test_every_example_converts_to_pdf(tmp_path: Path, coordprog_libreoffice: LibreOffice) -> None:
    """Each example's program, matrix, schedule and review open in LibreOffice and print."""
    from coordprog import examples

    sources = []
    for name in examples.names():
        program = examples.load(name)
        for report in ("program", "matrix", "schedule", "review"):
            source = tmp_path / f"{name}-{report}.docx"
            # The review of a program without an end needs the day it speaks for.
            options = {"as_of": "2025-12-31"} if report == "review" else {}
            source.write_bytes(
                coordprog.render_output(program, report, "docx", options=options).content
            )
            sources.append(source)
    for source, pdf in zip(sources, coordprog_libreoffice.convert(sources, tmp_path), strict=True):
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


def test_review_report_prints_the_acts_signatures_and_recipients_of_its_outcome(
    coordprog_binh_thuan: coordprog.Program,
) -> None:
    """Records drafted from a report keep its acts, addressees, signature, Nơi nhận: in Word."""
    outcome = coordprog.ReviewOutcome(
        number="15-BC/BDVTU-BDT",
        date=dt.date(2024, 1, 20),
        window=coordprog.Window(dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        legal_refs=(
            coordprog.LegalRef(id="kh-12", kind=coordprog.LegalKind.PLAN, number="12/KH-BDVTU-BDT"),
        ),
        signatories=(coordprog.Signatory(party="bdv", title="TRƯỞNG BAN", name="Nguyễn Văn A"),),
        recipients=("Như trên;", "Thường trực Tỉnh ủy (b/c);", "Lưu: VT."),
        addressees=("Ban Dân vận Trung ương",),
    )
    records = coordprog.Records(program=coordprog_binh_thuan.id, outcomes=(outcome,))
    data = coordprog.render_output(coordprog_binh_thuan, "review", "docx", records=records).content
    texts = _texts(docx.Document(io.BytesIO(data)))
    assert "VI. VĂN BẢN LIÊN QUAN" in texts
    assert "Kính gửi: Ban Dân vận Trung ương." in texts
    assert any("Kế hoạch số 12/KH-BDVTU-BDT" in text for text in texts)
    assert "Nguyễn Văn A" in texts
    assert any("Thường trực Tỉnh ủy (b/c);" in text for text in texts)


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
    assert _cell_texts(left) == ["TỈNH ỦY BÌNH THUẬN", "BAN DÂN VẬN", "*"]
    assert _cell_texts(right)[:2] == ["ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "BAN DÂN TỘC"]
    assert "*" not in _cell_texts(right)  # a State body: a rule, not a star
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
    # The title printed under the type line may be the name without its kind: the name is kept.
    assert (program.kind, program.heading, program.number, program.signed_on) == (
        reference.kind,
        reference.heading,
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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _render(name: str, report: str = "program", **options: Any) -> docx.document.Document:
    program = examples.load(name)
    records = examples.records(name) if report == "review" else None
    output = coordprog.render_output(program, report, "docx", options=options, records=records)
    return docx.Document(io.BytesIO(output.content))


def _keeps_with_next(paragraph: Any) -> bool:
    """Whether a <w:p> keeps with the next: <w:keepNext/>, not <w:keepNext w:val="0"/>."""
    keep = paragraph.find(f"{W}pPr/{W}keepNext")
    return keep is not None and keep.get(f"{W}val") not in ("0", "false", "off")


#: Every kind of document, by an example of it: the report and whether it reads records.
_KINDS = [
    ("binh-thuan", "program"),
    ("dak-lak-regulation-2017", "program"),
    ("cp-mttq-joint-resolution-2023", "program"),
    ("bdvtw-bcsdcp-plan-2018", "program"),
    ("binh-thuan", "review"),
    ("binh-thuan", "annual-plan"),
    ("binh-thuan", "next-program"),
]

#: "<place>, ngày 24 tháng 01 năm 2022", or the blanks of a draft the office dates.
_PLACE_AND_DATE = re.compile(
    r"\w[\w ]*, ngày (\d{2}|\.\.\.) tháng (\d{2}|\.\.\.) năm (\d{4}|\.\.\.)"
)


class TestEveryKind:
    """Each kind of document has the parts an office's document has, in Vietnamese."""

    @pytest.mark.parametrize(("name", "report"), _KINDS)
    def test_number_place_date_language_and_properties(self, name: str, report: str) -> None:
        """A number line, a place and date line, vi-VN throughout, the title in the file."""
        program = examples.load(name)
        records = None if report == "program" else examples.records(name)
        output = coordprog.render_output(program, report, "docx", records=records)
        document = docx.Document(io.BytesIO(output.content))
        texts = _texts(document)
        assert any(re.fullmatch(r"Số:? *\S*[-/]\S+", text) for text in texts), texts[:12]
        assert any(_PLACE_AND_DATE.fullmatch(text) for text in texts), texts[:12]
        languages = {lang.get(f"{W}val") for lang in document.element.body.iter(f"{W}lang")}
        assert {"vi-VN"} == languages
        shape = json.loads(coordprog.render_output(program, report, "json", records=records).text)
        assert (shape["title"], "vi-VN") == (
            document.core_properties.title,
            document.core_properties.language,
        )

    @pytest.mark.parametrize(("name", "report"), _KINDS)
    def test_the_end_of_the_text_keeps_with_the_signatures(self, name: str, report: str) -> None:
        """Every paragraph from the last text to the signatures keeps with the next."""
        program = examples.load(name)
        records = None if report == "program" else examples.records(name)
        output = coordprog.render_output(program, report, "docx", records=records)
        body = docx.Document(io.BytesIO(output.content)).element.body
        shape = json.loads(coordprog.render_output(program, report, "json", records=records).text)
        block = next((b for b in shape["blocks"] if b["type"] == "signatureblock"), None)
        if block is None:  # the file holds no signatures (the joint resolution's stored copy)
            assert not program.signatories
            return
        signer = " ".join(block["signatures"][0]["body"].split()[:2])
        tables = [
            t
            for t in body.iterchildren(f"{W}tbl")
            if signer in "".join(t.itertext()).replace("\xa0", " ")
        ]
        signatures = tables[-1]
        before = [e for e in signatures.itersiblings(preceding=True) if e.tag == f"{W}p"]
        last_text = next(p for p in before if "".join(p.itertext()).strip())
        for paragraph in before[: before.index(last_text) + 1]:
            assert _keeps_with_next(paragraph)


class TestNumberLine:
    """The number and symbol under the issuing bodies, as the document's family writes it."""

    def test_a_state_document_writes_its_number_after_a_colon(self) -> None:
        """Decree 30: "Số: 01/QCPH/UBND-UBMTTQ"."""
        texts = _texts(_render("dak-lak-regulation-2017"))
        assert "Số: 01/QCPH/UBND-UBMTTQ" in texts

    def test_a_party_document_writes_its_number_without_a_colon(self) -> None:
        """The Party's guidance (Hướng dẫn 36-HD/VPTW): "Số 01-CTrPH/BDVTW-BCSĐUBDT"."""
        texts = _texts(_render("bdvtw-ubdt-2021-2025"))
        assert "Số 01-CTrPH/BDVTW-BCSĐUBDT" in texts

    def test_an_unknown_number_is_a_blank_before_the_symbol(self) -> None:
        """The office fills in the number; the symbol is made of the issuers' initials."""
        texts = _texts(_render("lam-dong-bdt-hnd-2021-2025"))
        assert "Số:" + " " * 9 + "/CTr-BDT-HND" in texts

    def test_the_symbol_never_breaks_at_a_hyphen(self) -> None:
        """Every hyphen of the number line is Word's non-breaking hyphen."""
        document = _render("lam-dong-illustrative")
        number = next(
            p
            for t in document.tables
            for c in t.rows[0].cells
            for p in c.paragraphs
            if p.text.startswith("Số")
        )
        assert "-" not in "".join(t.text or "" for t in number._p.iter(f"{W}t"))
        assert 4 == len(list(number._p.iter(f"{W}noBreakHyphen")))


class TestPlaceAndDate:
    """The place and date line at the right of the letterhead."""

    def test_the_place_the_document_states(self) -> None:
        """Đắk Lắk names its place: "Đắk Lắk, ngày 27 tháng 10 năm 2017"."""
        assert "Đắk Lắk, ngày 27 tháng 10 năm 2017" in _texts(_render("dak-lak-regulation-2017"))

    def test_an_unknown_day_is_left_for_the_office(self) -> None:
        """No date of signing: dots where the office writes it, after the issuer's seat."""
        texts = _texts(_render("lam-dong-bdt-hnd-2021-2025"))
        assert "Lâm Đồng, ngày ... tháng ... năm ..." in texts

    def test_a_report_is_dated_at_the_issuers_seat(self) -> None:
        """Signed at the National Assembly's house, the program's review is issued in Hà Nội."""
        texts = _texts(_render("hddt-ubdt-2022-2026", "review"))
        assert "Hà Nội, ngày 20 tháng 01 năm 2023" in texts
        assert not [text for text in texts if text.startswith("Nhà Quốc hội, ngày")]

    def test_a_central_body_issues_in_ha_noi(self) -> None:
        """Central bodies have their seat in Hà Nội, the place Decree 30 has them write."""
        assert "Hà Nội, ngày ... tháng ... năm ..." in _texts(_render("ubdt-hlhpn-2021-2025"))


class TestTitle:
    """The document type and title, over a rule."""

    @pytest.mark.parametrize(
        ("name", "kind", "summary"),
        [
            ("dak-lak-regulation-2017", "QUY CHẾ", "Phối hợp công tác giữa Ủy ban"),
            ("cp-mttq-joint-resolution-2023", "NGHỊ QUYẾT LIÊN TỊCH", "Về công tác phối hợp"),
            ("bdvtw-bcsdcp-plan-2018", "KẾ HOẠCH", "Thực hiện Chương trình phối hợp"),
        ],
    )
    def test_the_type_is_said_once(self, name: str, kind: str, summary: str) -> None:
        """A title that begins with the type's name is printed without it, under the type."""
        texts = _texts(_render(name))
        under = texts[texts.index(kind) + 1]
        assert summary == under[: len(summary)]

    @pytest.mark.parametrize("name", ["binh-thuan", "dak-lak-regulation-2017"])
    def test_the_rule_under_the_title_is_drawn(self, name: str) -> None:
        """A paragraph border, never dashes typed, for Party and State documents alike."""
        document = _render(name)
        texts = [p.text for p in document.paragraphs]
        assert not any(set(text) == {"-"} for text in texts if text)
        kind = examples.load(name).kind.vi.upper()
        rule = document.paragraphs[texts.index(kind) + 2]  # the type, the summary, the rule
        assert "" == rule.text
        assert rule._p.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None


class TestSignatures:
    """The signature blocks and Nơi nhận, kept on one page with the end of the text."""

    def test_the_last_paragraph_keeps_with_the_signatures(self) -> None:
        """The paragraph before the signatures keeps with the next: never signatures alone."""
        document = _render("dak-lak-regulation-2017")
        body = document.element.body
        first = next(
            t for t in body.iterchildren(f"{W}tbl") if "Võ Văn Cảnh" in "".join(t.itertext())
        )
        before = [e for e in first.itersiblings(preceding=True) if e.tag == f"{W}p"]
        last_text = next(p for p in before if "".join(p.itertext()).strip())
        for paragraph in before[: before.index(last_text) + 1]:
            assert _keeps_with_next(paragraph)

    def test_the_bodies_keep_their_place_whole(self) -> None:
        """The place is a line of its own, its words bound by no-break spaces."""
        document = _render("dak-lak-regulation-2017")
        table = next(t for t in document.tables if "Võ Văn Cảnh" in t.rows[0].cells[0].text)
        left = table.rows[0].cells[0]
        assert ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "PHÓ CHỦ TỊCH"] == _cell_texts(left)[:3]
        assert "TỈNH\xa0ĐẮK\xa0LẮK" == left.paragraphs[1].text

    def test_recipients_stay_with_the_signatures(self) -> None:
        """Nơi nhận follows the signatures and no row of either breaks across pages."""
        document = _render("binh-thuan")
        tables = [
            t
            for t in document.tables
            if "Nguyễn Minh Tân" in "".join(c.text for c in t.rows[0].cells)
            or "Nơi nhận:" in t.rows[0].cells[0].text
        ]
        assert 2 == len(tables)
        assert "Nơi nhận:" == tables[1].rows[0].cells[0].paragraphs[0].text
        for table in tables:
            assert table.rows[0]._tr.find(f"{W}trPr/{W}cantSplit") is not None
        for cell in tables[0].rows[0].cells:
            assert all(p.paragraph_format.keep_with_next for p in cell.paragraphs)


class TestLanguage:
    """The document is Vietnamese for Word and LibreOffice: spelling, hyphenation, fonts."""

    def test_styles_and_runs_are_vietnamese(self, word: docx.document.Document) -> None:
        """vi-VN on the document defaults, every style, the theme and every run."""
        styles = word.styles.element
        languages = {lang.get(f"{W}val") for lang in styles.iter(f"{W}lang")}
        assert {"vi-VN"} == languages
        normal = word.styles["Normal"].element
        assert "vi-VN" == normal.find(f"{W}rPr/{W}lang").get(f"{W}val")
        runs = list(word.element.body.iter(f"{W}r"))
        assert runs
        for run in runs:
            assert "vi-VN" == run.find(f"{W}rPr/{W}lang").get(f"{W}val")
        theme = word.settings.element.find(f"{W}themeFontLang")
        assert "vi-VN" == theme.get(f"{W}val")

    def test_an_english_table_is_english(self, coordprog_binh_thuan: coordprog.Program) -> None:
        """The labels' language is the file's: en-US for lang=en."""
        output = coordprog.render_output(
            coordprog_binh_thuan, "matrix", "docx", options={"lang": "en"}
        )
        document = docx.Document(io.BytesIO(output.content))
        assert "en-US" == document.core_properties.language
        assert {"en-US"} == {lang.get(f"{W}val") for lang in document.element.body.iter(f"{W}lang")}


class TestFileProperties:
    """The core properties say what the document is, who issues it and its date."""

    def test_title_author_and_date_of_a_signed_document(self, word: docx.document.Document) -> None:
        """The program's title, its parties, the day it was signed; vi-VN."""
        core = word.core_properties
        assert coordprog.examples.load("binh-thuan").title == core.title
        assert "Ban Dân vận Tỉnh ủy; Ban Dân tộc tỉnh" == core.author
        assert core.created is not None
        assert dt.date(2022, 1, 24) == core.created.date()
        assert "vi-VN" == core.language
        assert "python-docx" not in (core.comments + core.author + core.last_modified_by)

    def test_a_table_has_no_author_and_no_date(
        self, coordprog_binh_thuan: coordprog.Program
    ) -> None:
        """No issuing body signs a matrix; no date is read from the clock."""
        output = coordprog.render_output(coordprog_binh_thuan, "matrix", "docx")
        document = docx.Document(io.BytesIO(output.content))
        core = document.core_properties
        assert ("", None, None) == (core.author, core.created, core.modified)
        assert core.title.startswith("Ma trận trách nhiệm")

    def test_a_document_without_a_date_records_none(self) -> None:
        """Lâm Đồng's program gives no date of signing: the file has no created date."""
        assert None is _render("lam-dong-bdt-hnd-2021-2025").core_properties.created


class TestPages:
    """Every page as LibreOffice prints it: no signatures alone, no name broken."""

    def _convert(self, names: Sequence[str], folder: Path, office: LibreOffice) -> list[Path]:
        sources = []
        for name in names:
            source = folder / f"{name}.docx"
            source.write_bytes(
                coordprog.render_output(examples.load(name), "program", "docx").content
            )
            sources.append(source)
        return office.convert(sources, folder)

    def test_no_page_holds_the_signatures_alone(
        self, tmp_path: Path, coordprog_libreoffice: LibreOffice
    ) -> None:
        """In every example's program, review, annual plan and next program, as printed.

        The page the signatures start on also holds text before them: the
        end of the text went with them to that page.
        """
        sources, first_lines = [], []
        for name in examples.names():
            program, records = examples.load(name), examples.records(name)
            kinds = ["review", "annual-plan"] + (["program"] if program.signatories else [])
            if program.effective_period.end is not None:
                kinds.append("next-program")
            start = program.effective_period.start
            for kind in kinds:
                given = None if kind == "program" else records
                options = {"window": str(start.year)} if kind == "review" and start else {}
                rendered = coordprog.render_output(
                    program, kind, "json", options=options, records=given
                )
                data = json.loads(rendered.text)
                block = next(b for b in data["blocks"] if b["type"] == "signatureblock")
                # Its first words: a long name wraps within its cell, side by side with others.
                body = " ".join(block["signatures"][0]["body"].split()[:2])
                source = tmp_path / f"{name}-{kind}.docx"
                source.write_bytes(
                    coordprog.render_output(
                        program, kind, "docx", options=options, records=given
                    ).content
                )
                sources.append(source)
                first_lines.append(body)
        office = coordprog_libreoffice
        for source, body, pdf in zip(
            sources, first_lines, office.convert(sources, tmp_path), strict=True
        ):
            pages = [" ".join(page.split()) for page in office.pages(pdf)]
            page = next((p for p in reversed(pages) if body in p), None)
            assert page is not None, (source.name, body)
            before = page.split(body)[0]
            # More than the page number: at least the last paragraph of the text.
            assert len(before.split()) > 5, (source.name, before)

    def test_names_and_symbols_are_never_broken(
        self, tmp_path: Path, coordprog_libreoffice: LibreOffice
    ) -> None:
        """Place names, a long number's symbol and the signers' names each stay whole."""
        names = (
            "dak-lak-regulation-2017",
            "lam-dong-illustrative",
            "cp-mttq-joint-resolution-2023",
        )
        pages = [
            page
            for pdf in self._convert(names, tmp_path, coordprog_libreoffice)
            for page in coordprog_libreoffice.pages(pdf)
        ]
        lines = [line.strip() for page in pages for line in page.splitlines()]
        for place in ("TỈNH ĐẮK LẮK", "TỈNH LÂM ĐỒNG"):
            assert any(place in line for line in lines)
        assert not [line for line in lines if line.endswith(("ĐẮK", "LÂM"))]
        assert any("Số: 01-QCPH/MTTQ-SDTTG-HND-ĐTCT" in line for line in lines)
        assert any("Số: 01/2023/NQLT-CP-ĐCTUBTƯMTTQVN" in line for line in lines)
        # The signers' names side by side on one line, level with each other.
        assert any("Võ Văn Cảnh" in line and "Y Dec H’đơk" in line for line in lines)  # noqa: RUF001


def _review(window: str) -> docx.document.Document:
    output = coordprog.render_output(
        examples.load("binh-thuan"),
        "review",
        "docx",
        options={"window": window, "today": dt.date(2026, 12, 5)},
        records=examples.records("binh-thuan"),
    )
    return docx.Document(io.BytesIO(output.content))


@pytest.fixture(scope="module")
def report() -> docx.document.Document:
    """The draft review report of 2022, made on 5 December 2026."""
    return _review("2022")


class TestReviewReport:
    """The draft báo cáo sơ kết as the parties send it."""

    def test_the_letterhead_has_the_report_number_line(
        self, report: docx.document.Document
    ) -> None:
        """A blank for the report's number, then BC and the parties' symbol; the outcome's date."""
        texts = _texts(report)
        assert "Số" + " " * 9 + "-BC/BDVTU-BDT" in texts
        assert "Bình Thuận, ngày 12 tháng 01 năm 2023" in texts

    def test_kinh_gui_before_the_text_nhu_tren_in_noi_nhan(
        self, report: docx.document.Document
    ) -> None:
        """Nơi nhận's "Như trên" refers to a Kính gửi under the title."""
        texts = [t for t in _texts(report) if t]
        assert texts.index("- Như trên;") > 0
        kinh_gui = next(t for t in texts if t.startswith("Kính gửi:"))
        assert texts.index(kinh_gui) < texts.index("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN")

    def test_the_lead_body_signs_on_the_side_it_signed_the_program(
        self, report: docx.document.Document, word: docx.document.Document
    ) -> None:
        """Ban Dân tộc at the left and Ban Dân vận at the right, in both documents."""

        def sides(document: docx.document.Document) -> list[str]:
            table = next(t for t in document.tables if "TRƯỞNG BAN" in t.rows[0].cells[0].text)
            return [_cell_texts(cell)[0] for cell in table.rows[0].cells]

        assert ["BAN DÂN TỘC TỈNH", "BAN DÂN VẬN TỈNH ỦY"] == sides(report) == sides(word)

    def test_no_id_of_the_records_and_no_appendix(self, report: docx.document.Document) -> None:
        """The text names meetings by their titles, and nothing follows Nơi nhận."""
        texts = _texts(report)
        assert not any("so-ket-nam-2022" in t or "trien-khai-2022" in t for t in texts)
        assert "PHỤ LỤC" not in texts
        body = report.element.body
        last = [e for e in body if e.tag in (f"{W}p", f"{W}tbl")][-1]
        assert "Lưu: VT." in "".join(last.itertext())

    def test_file_properties(self, report: docx.document.Document) -> None:
        """The parties as author; the report's own date, else the day the caller drafted it."""
        core = report.core_properties
        assert "Ban Dân vận Tỉnh ủy; Ban Dân tộc tỉnh" == core.author
        assert core.created is not None
        assert dt.date(2023, 1, 12) == core.created.date()  # the date of the 2022 outcome
        assert core.title.startswith("Sơ kết năm 2022 thực hiện")
        undated = _review("2024-H1").core_properties  # no outcome: the day it was drafted
        assert undated.created is not None
        assert dt.date(2026, 12, 5) == undated.created.date()


class TestTextNotAvailable:
    """A document known from those that cite it has no text to print."""

    def test_what_the_file_knows_is_printed(self) -> None:
        """The period, the parties and the promulgating decision print under the title."""
        texts = _texts(_render("son-la-decision-2017"))
        expected = [
            "Thời gian: từ ngày 01/07/2017",
            "Ban hành kèm theo: Quyết định số 16/2017/QĐ-UBND, 05/06/2017 của Ủy ban nhân dân "
            "tỉnh Sơn La",
            "VĂN BẢN BAN HÀNH",
            "Nơi ký: Sơn La",
        ]
        assert expected == [t for t in expected if t in texts]

    def test_a_document_with_its_text_prints_only_the_text(self) -> None:
        """Where the file holds the text, only the text prints, as an office sends it."""
        texts = _texts(_render("binh-thuan"))
        assert not [t for t in texts if t.startswith("Thời gian:")]
