"""What the built-in reports show of a program: everything it holds, in its own words."""

import csv
import datetime as dt
import io

import attrs
import pytest

import coordprog
from coordprog import examples


def _markdown(program: coordprog.Program, report: str = "program") -> str:
    return coordprog.render(program, report, "markdown")


def test_program_report_shows_the_basis_each_on_its_own_line() -> None:
    text = _markdown(examples.load("dak-lak-regulation-2017"))
    assert "\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09/06/2015;\n" in text
    assert "\nCăn cứ Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị;\n" in text
    lines = [line for line in text.splitlines() if line.startswith("Căn cứ")]
    assert lines[-1].endswith(",")  # the last căn cứ leads into the preamble


def test_a_basis_the_preamble_cites_is_not_repeated() -> None:
    text = _markdown(examples.load("binh-thuan"))
    assert "Căn cứ" not in text  # "Thực hiện Chương trình ... số 01-CTrPH/..." says it
    assert (
        "- **Thực hiện:** Chương trình số 01-CTrPH/BDVTW-BCSĐUBDT, ngày 30/11/2021 của Ban Dân "
        "vận Trung ương và Ban cán sự Đảng Ủy ban Dân tộc" in text
    )
    assert "- **Cơ quan phối hợp khác:** Ban Tổ chức Tỉnh ủy; Sở Nội vụ;" in text
    assert (
        "- **Đơn vị đầu mối:** Ban Dân vận Tỉnh ủy: Phòng Dân tộc và Tôn giáo; Ban Dân tộc "
        "tỉnh: Phòng Nghiệp vụ" in text
    )
    cited = text.split("## Văn bản được viện dẫn")[1]
    assert cited.count("\n- ") == 15


def test_no_place_of_signing_is_taken_from_the_province() -> None:
    """The document's place of signing is what it states; its letterhead names the seat."""
    program = examples.load("binh-thuan")
    assert program.place is None
    assert program.province == "Bình Thuận"
    text = _markdown(program)
    assert "- **Ngày ký:** ngày 24 tháng 01 năm 2022" in text
    placed = _markdown(attrs.evolve(program, place="Phan Thiết"))
    assert "- **Nơi, ngày ký:** Phan Thiết, ngày 24 tháng 01 năm 2022" in placed
    page = str(coordprog.render(program, "program", "html"))
    expected = '<p class="date">Bình Thuận, ngày 24 tháng 01 năm 2022</p>'
    assert expected in page  # Decree 30: the place is the seat of the issuing body


def test_tasks_show_numbers_targets_projects_places_and_reviews() -> None:
    program = examples.load("binh-thuan")
    group = program.task_groups[0].groups[0]
    numbered = tuple(
        attrs.evolve(task, number=f"{i}") for i, task in enumerate(group.tasks, start=1)
    )
    numbered = (
        attrs.evolve(
            numbered[0],
            targets=(coordprog.Target("Thôn có mô hình Dân vận khéo", 90, "%", 2025),),
            projects=(coordprog.ProjectRef("1719/QĐ-TTg", "8"),),
            places=("huyện Bắc Bình",),
            target_groups=("người có uy tín",),
            deadline=dt.date(2023, 6, 30),
        ),
        *numbered[1:],
    )
    groups = (attrs.evolve(group, tasks=numbered), *program.task_groups[0].groups[1:])
    top = attrs.evolve(program.task_groups[0], groups=groups)
    review = coordprog.Review(
        coordprog.EventKind.INTERIM_REVIEW,
        held_on=dt.date(2023, 1, 12),
        start=dt.date(2022, 1, 1),
        end=dt.date(2022, 12, 31),
        commendations=("Phòng Nghiệp vụ",),
    )
    changed = attrs.evolve(program, task_groups=(top, *program.task_groups[1:]), reviews=(review,))
    text = _markdown(changed)
    assert (
        "1\\. Nghiên cứu, tham mưu giúp Thường trực Tỉnh ủy" in text
    )  # numbered as printed, escaped for Markdown
    assert (
        "(Chỉ tiêu: Thôn có mô hình Dân vận khéo: 90 % (năm 2025); Dự án 8 (1719/QĐ-TTg); "
        "Địa bàn: huyện Bắc Bình; Đối tượng: người có uy tín; Thời hạn: 30/06/2023)" in text
    )
    assert "## Sơ kết, tổng kết đã tổ chức" in text
    assert "tổ chức ngày 12/01/2023; khen thưởng: Phòng Nghiệp vụ" in text


def test_matrix_holds_the_annual_plans_tasks() -> None:
    program = examples.load("ubdt-hlhpn-2021-2025")
    rows = [
        line for line in _markdown(program, "matrix").splitlines() if "Kế hoạch năm 2024" in line
    ]
    assert len(rows) == sum(len(plan.tasks) for plan in program.annual_plans) > 0


def test_matrix_gives_no_column_to_group_members_no_task_names() -> None:
    program = examples.load("binh-thuan")
    member = coordprog.Party(id="hlhpn", name="Hội Liên hiệp Phụ nữ tỉnh")
    group = attrs.evolve(program.third_parties[-1], members=("hlhpn",))
    changed = attrs.evolve(program, third_parties=(*program.third_parties[:-1], group, member))
    assert () == coordprog.validate(changed)
    header = _markdown(changed, "matrix").splitlines()[4]
    assert "Hội Liên hiệp Phụ nữ tỉnh" not in header
    assert "Mặt trận, các đoàn thể chính trị - xã hội" in header
    assert "Ban Dân vận" in header


def test_an_empty_schedule_says_so() -> None:
    program = examples.load("cp-mttq-joint-resolution-2023")
    assert coordprog.schedule(program) == ()
    for fmt in ("markdown", "text", "html"):
        output = coordprog.render(program, "schedule", fmt)
        assert "Không có sự kiện nào." in output
        assert "<table>" not in output
        assert "| Hạn |" not in output


def _head(name: str) -> str:
    page = str(coordprog.render(examples.load(name), "program", "html"))
    return page.split('<header class="letterhead">')[1].split("</header>")[0].replace("\xa0", " ")


def test_html_lays_out_the_letterhead_per_family() -> None:
    """A State document has the motto and rules, a Party one its name and the star."""
    head = _head("dak-lak-regulation-2017")
    assert '<p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>' in head
    assert "<hr>" in head
    assert "<p>*</p>" not in head
    assert '<p class="number">Số: 01/QCPH/UBND-UBMTTQ</p>' in head
    head = _head("binh-thuan")
    assert '<span class="under">ĐẢNG CỘNG SẢN VIỆT NAM</span>' in head
    assert "<p>*</p>" in head
    # No number is known: a blank for the office, then the symbol, in the Party's form.
    assert '<p class="number">Số <span class="blank"></span>-CTr/BDVTU-BDT</p>' in head


def test_a_standing_organ_heads_the_document_for_its_body() -> None:
    """The letterhead names the organ that signs for a party, its province on a line below."""
    head = _head("hoa-binh-tt-hdnd-ubnd-2019")
    assert '<p class="issuer">THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN</p>' in head
    assert (
        '<p class="issuer"><span class="line">ỦY BAN NHÂN DÂN</span>'
        '<span class="line">TỈNH HÒA BÌNH</span></p>'
    ) in head  # one place line for both bodies, as the document prints it
    head = _head("cp-mttq-joint-resolution-2023")
    assert '<p class="issuer">CHÍNH PHỦ</p>' in head
    assert '<p class="issuer">ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM</p>' in head


def test_bodies_are_printed_under_their_superior_body_with_their_province() -> None:
    """A board of the Party committee and a provincial agency each under its superior body."""
    head = _head("binh-thuan")
    assert '<p class="parent">TỈNH ỦY BÌNH THUẬN</p>\n<p class="issuer">BAN DÂN VẬN</p>' in head
    assert '<p class="parent">UBND TỈNH BÌNH THUẬN</p>\n<p class="issuer">BAN DÂN TỘC</p>' in head
    head = _head("ubdt-hlhpn-2021-2025")  # central bodies: no superior, the seat is Hà Nội
    assert '<p class="date">Hà Nội, ngày ... tháng ... năm ...</p>' in head
    assert '<p class="number">Số: <span class="blank"></span>/CTr-HLHPNVN-UBDT</p>' in head


def test_names_break_only_between_their_words() -> None:
    """No-break spaces bind a place and each word of a name; formats break between them."""
    head = str(coordprog.render(examples.load("dak-lak-regulation-2017"), "program", "html"))
    assert "TỈNH\xa0ĐẮK\xa0LẮK" in head
    assert "ỦY\xa0BAN MẶT\xa0TRẬN TỔ\xa0QUỐC VIỆT\xa0NAM" in head


def test_html_prints_on_a4_and_the_matrix_landscape() -> None:
    program = examples.load("binh-thuan")
    page = coordprog.render(program, "program", "html")
    assert "@page { size: A4;" in page
    assert "thead { display: table-header-group; }" in page  # header rows repeat in print
    matrix = coordprog.render(program, "matrix", "html")
    assert '<body class="wide">' in matrix  # the full window wide, printed landscape
    assert '<div class="scroll"><table class="cards">' in matrix  # a card per task on a phone
    schedule = str(coordprog.render(program, "schedule", "html"))
    assert "<body>" in schedule


VIETNAMESE_LABELS = {
    "program": (
        "**Thời gian:**",
        "**Các bên:**",
        "MỤC ĐÍCH, YÊU CẦU",
        "NỘI DUNG PHỐI HỢP",
        "Nơi nhận",
    ),
    "matrix": ("| Mã |", "| Nhiệm vụ |", "| chủ trì |", "| phối hợp |", "Ma trận trách nhiệm"),
    "schedule": ("| Hạn |", "| Loại |", "Lịch thực hiện", "| sơ kết |", "Sơ kết 6 tháng"),
}


def test_english_labels_are_never_mixed_with_vietnamese() -> None:
    """With lang=en every label is English; the program's own texts stay as written."""
    program = examples.load("binh-thuan")
    for report, labels in VIETNAMESE_LABELS.items():
        vietnamese = _markdown(program, report)
        english = coordprog.render(program, report, "markdown", options={"lang": "en"})
        for label in labels:
            assert label in vietnamese
            assert label not in english, (report, label)
        assert program.heading in english
    ics = coordprog.render(program, "schedule", "ics", options={"lang": "en"})
    text = ics.replace("\r\n ", "")
    assert "CATEGORIES:interim review" in text
    assert "DESCRIPTION:Leads: Ban Dân vận Tỉnh ủy\\; Ban Dân tộc tỉnh." in text
    assert "//EN" in text
    html = coordprog.render(program, "program", "html", options={"lang": "en"})
    assert '<html lang="en">' in html
    assert "letterhead" not in html.split("<body>")[1]  # the Decree 30 heading is Vietnamese


def test_english_status_report() -> None:
    program = examples.load("binh-thuan")
    output = str(
        coordprog.render(
            program,
            "status",
            "markdown",
            options={"as_of": "2024-08-15", "lang": "en"},
            records=examples.records("binh-thuan"),
        )
    )
    assert "| Body | Item | What | Due | State | Note |" in output
    assert (
        "| Ban Dân vận Tỉnh ủy | Event | Six-month interim review (2024-01-01 to 2024-06-30) | "
        in output
    )
    assert "| overdue | Last day: 2024-07-30 |" in output


def test_the_review_report_is_vietnamese_only() -> None:
    with pytest.raises(coordprog.RenderError, match="takes no option 'lang'"):
        coordprog.render(examples.load("binh-thuan"), "review", options={"lang": "en"})
    with pytest.raises(coordprog.RenderError, match="option lang: expected one of vi, en"):
        coordprog.render(examples.load("binh-thuan"), "matrix", options={"lang": "fr"})


class TestMatrixOnAPhone:
    """The matrix is a table on a large screen and one card per task on a phone."""

    def test_each_cell_carries_its_column_label(self) -> None:
        """Every cell of a wide table names its column, for the card it becomes."""
        page = str(coordprog.render(examples.load("binh-thuan"), "matrix", "html"))
        row = page.split("<tbody>")[1].split("</tr>")[0]
        assert '<td data-label="Mã">II.1.1.1</td>' in row
        assert '<td data-label="Thời hạn">giai đoạn 2022 - 2025</td>' in row
        assert '<td data-label="Ban Dân vận">chủ trì</td>' in row
        assert '<td data-label="Ban Dân tộc">phối hợp</td>' in row

    def test_cards_below_a_width_with_css_alone(self) -> None:
        """A media query turns rows into cards and hides empty cells: no script at all."""
        page = str(coordprog.render(examples.load("binh-thuan"), "matrix", "html"))
        assert "@media (max-width: 48rem)" in page
        assert "table.cards td:empty { display: none; }" in page
        assert "<script" not in page

    def test_a_deadline_of_its_own_is_a_date(self) -> None:
        """A task with a deadline shows it as a date; one without, the period it is due in."""
        program = examples.load("binh-thuan")
        group = program.task_groups[0].groups[0]
        dated = attrs.evolve(group.tasks[0], deadline=dt.date(2023, 6, 30))
        top = attrs.evolve(
            program.task_groups[0],
            groups=(
                attrs.evolve(group, tasks=(dated, *group.tasks[1:])),
                *program.task_groups[0].groups[1:],
            ),
        )
        changed = attrs.evolve(program, task_groups=(top, *program.task_groups[1:]))
        page = str(coordprog.render(changed, "matrix", "html"))
        assert (
            '<td data-label="Thời hạn"><time datetime="2023-06-30">30/06/2023</time></td>' in page
        )
        csv = str(coordprog.render(changed, "matrix", "csv"))
        assert ",2023-06-30," in csv  # CSV: every date ISO


class TestCsv:
    """CSV cells a spreadsheet would run are neutralised, the header's too; dates are ISO."""

    @pytest.mark.parametrize(
        ("report", "options", "column"),
        [
            ("schedule", {}, "Hạn"),
            ("status", {"as_of": "2024-08-15"}, "Hạn"),
            ("status-calendar", {"as_of": "2024-08-15"}, "Hạn"),
        ],
    )
    def test_every_report_writes_its_dates_iso(
        self, report: str, options: dict[str, str], column: str
    ) -> None:
        """One date style in every CSV report: the date column reads YYYY-MM-DD on each row."""
        output = coordprog.render(
            examples.load("binh-thuan"),
            report,
            "csv",
            options=options,
            records=examples.records("binh-thuan") if "as_of" in options else None,
        )
        rows = list(csv.reader(io.StringIO(str(output).lstrip("\ufeff"))))
        at = rows[0].index(column)
        dates = [row[at] for row in rows[1:]]
        assert dates
        assert dates == [dt.date.fromisoformat(day).isoformat() for day in dates]

    def test_a_header_label_is_neutralised(self) -> None:
        """A party's short name starting with "=" gets a leading apostrophe in the header."""
        program = examples.load("binh-thuan")
        party = attrs.evolve(program.parties[0], short_name='=HYPERLINK("http://x","y")')
        changed = attrs.evolve(program, parties=(party, *program.parties[1:]))
        header = str(coordprog.render(changed, "matrix", "csv")).lstrip("\ufeff").splitlines()[0]
        assert '\'=HYPERLINK(""http://x"",""y"")' in header
