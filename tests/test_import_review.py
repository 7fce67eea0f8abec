"""Importing a review report (*báo cáo sơ kết / tổng kết*) or a review's conclusions into records.

The two texts below are written for these tests in the outline such
documents follow (they are no real documents): a department's interim
review report, and the notice of a final review conference's conclusions.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main

REPORT = """\
UBND TỈNH NINH BÌNH
SỞ TƯ PHÁP
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/BC-STP
Ninh Bình, ngày 15 tháng 12 năm 2023

BÁO CÁO
Sơ kết 3 năm thực hiện Chương trình phối hợp về phổ biến, giáo dục pháp luật giai đoạn 2021-2023

Thực hiện Chương trình phối hợp số 12/CTPH-STP-ĐTN ngày 10/3/2021 giữa Sở Tư pháp và \
Tỉnh đoàn Ninh Bình, Sở Tư pháp báo cáo kết quả như sau:

I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI
Hai cơ quan đã ban hành kế hoạch hằng năm để triển khai Chương trình phối hợp.

II. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền, phổ biến pháp luật
Đã tổ chức 125 hội nghị tuyên truyền với 15.000 lượt người tham dự.
2. Hỗ trợ pháp lý cho thanh niên
Tư vấn pháp luật cho 350 đoàn viên, thanh niên; 90% vụ việc được giải quyết.

III. ĐÁNH GIÁ CHUNG
1. Hạn chế
Kinh phí cho công tác phối hợp còn hạn chế.
2. Nguyên nhân
Nguồn lực của hai cơ quan còn mỏng.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
Tiếp tục đổi mới hình thức tuyên truyền pháp luật trên mạng xã hội.

V. KIẾN NGHỊ, ĐỀ XUẤT
1. Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Chương trình.
2. Tăng cường tập huấn cho báo cáo viên pháp luật.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An
"""

NOTICE = """\
VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 99/TB-VPCP
Hà Nội, ngày 02 tháng 3 năm 2022

THÔNG BÁO
Kết luận của Phó Thủ tướng Trần Văn Bình tại Hội nghị tổng kết Chương trình phối hợp \
về chăm sóc sức khỏe nhân dân năm 2021

Ngày 20 tháng 02 năm 2022, tại trụ sở Bộ Y tế, Phó Thủ tướng Trần Văn Bình chủ trì \
Hội nghị tổng kết Chương trình phối hợp về chăm sóc sức khỏe nhân dân năm 2021. Sau khi \
nghe Thứ trưởng Bộ Y tế Lê Thị Cúc báo cáo kết quả thực hiện Chương trình và ý kiến của \
các đại biểu, Phó Thủ tướng kết luận như sau:

1. Đánh giá chung
Năm 2021, các bên đã phối hợp chặt chẽ, khám bệnh miễn phí cho hơn 12.000 người dân.
2. Nhiệm vụ trọng tâm năm 2022
Bộ Y tế chủ trì xây dựng kế hoạch phối hợp năm 2022.
3. Kiến nghị với Bộ Tài chính
Bố trí kinh phí cho hoạt động khám bệnh lưu động.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn Dũng
"""


def _records(text: str) -> coordprog.Records:
    draft = coordprog.import_text(text)
    assert "records" == draft.document
    return coordprog.records_from_data(draft.data, "toml")


class TestReviewReport:
    """A review report becomes a draft records file: its window, what was done, its figures."""

    @pytest.fixture(scope="class")
    @classmethod
    def records(cls) -> coordprog.Records:
        return _records(REPORT)

    def test_the_outcome_covers_the_window_the_title_states(
        self, records: coordprog.Records
    ) -> None:
        """The window of "giai đoạn 2021-2023" spans those years, first day to last."""
        expected = coordprog.Window(dt.date(2021, 1, 1), dt.date(2023, 12, 31))
        assert expected == records.outcomes[0].window

    def test_the_report_is_the_outcome_s_number_date_and_source(
        self, records: coordprog.Records
    ) -> None:
        """The report's number and date are the outcome's; the records name it as their source."""
        outcome = records.outcomes[0]
        assert ("45/BC-STP", dt.date(2023, 12, 15)) == (outcome.number, outcome.date)
        expected = ("Báo cáo số 45/BC-STP ngày 15/12/2023 của Sở Tư pháp tỉnh Ninh Bình",)
        assert expected == records.sources

    def test_the_report_s_place_and_issuer_are_the_outcome_s(
        self, records: coordprog.Records
    ) -> None:
        """Where and by whom the report was issued, as its opening prints them."""
        outcome = records.outcomes[0]
        assert ("Ninh Bình", ("Sở Tư pháp tỉnh Ninh Bình",)) == (outcome.place, outcome.bodies)
        assert "outcomes[0].bodies" in [item.path for item in records.to_complete]

    def test_each_part_goes_to_its_field(self, records: coordprog.Records) -> None:
        """Deployment, results (under their topic), shortcomings, causes and directions."""
        outcome = records.outcomes[0]
        expected = {
            "deployment": (
                "Hai cơ quan đã ban hành kế hoạch hằng năm để triển khai Chương trình phối hợp.",
            ),
            "results": (
                "Tuyên truyền, phổ biến pháp luật: Đã tổ chức 125 hội nghị tuyên truyền với "
                "15.000 lượt người tham dự.",
                "Hỗ trợ pháp lý cho thanh niên: Tư vấn pháp luật cho 350 đoàn viên, thanh niên; "
                "90% vụ việc được giải quyết.",
            ),
            "shortcomings": ("Kinh phí cho công tác phối hợp còn hạn chế.",),
            "causes": ("Nguồn lực của hai cơ quan còn mỏng.",),
            "directions": ("Tiếp tục đổi mới hình thức tuyên truyền pháp luật trên mạng xã hội.",),
        }
        actual = {field: getattr(outcome, field) for field in expected}
        assert expected == actual

    def test_figures_are_read_from_the_results(self, records: coordprog.Records) -> None:
        """Each number of the results with the words that say what it counts, and its unit."""
        expected = (
            coordprog.Figure("Hội nghị tuyên truyền", 125, "hội nghị"),
            coordprog.Figure("Lượt người tham dự", 15000, "lượt người"),
            coordprog.Figure("Đoàn viên", 350, "đoàn viên"),
            coordprog.Figure("Vụ việc được giải quyết", 90, "%"),
        )
        assert expected == records.outcomes[0].figures

    def test_proposals_keep_the_body_they_address(self, records: coordprog.Records) -> None:
        """A proposal that names its addressee keeps it; one that does not is to complete."""
        expected = (
            coordprog.Proposal(
                "Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Chương trình.",
                bodies=("Ủy ban nhân dân tỉnh",),
            ),
        )
        assert expected == records.outcomes[0].proposals
        unaddressed = [i.text for i in records.to_complete if i.path == "outcomes[0].proposals"]
        assert ["Tăng cường tập huấn cho báo cáo viên pháp luật."] == unaddressed

    def test_what_a_person_must_complete_is_listed(self, records: coordprog.Records) -> None:
        """The program the records belong to (quoting the text that names it), and the figures."""
        expected = {
            "program": "Thực hiện Chương trình phối hợp số 12/CTPH-STP-ĐTN ngày 10/3/2021 giữa "
            "Sở Tư pháp và Tỉnh đoàn Ninh Bình, Sở Tư pháp báo cáo kết quả như sau:",
            "outcomes[0].figures": "Hội nghị tuyên truyền: 125; Lượt người tham dự: 15000; "
            "Đoàn viên: 350; Vụ việc được giải quyết: 90",
        }
        actual = {i.path: i.text for i in records.to_complete if i.path in expected}
        assert expected == actual

    def test_nothing_is_invented(self, records: coordprog.Records) -> None:
        """Every text of the outcome is the report's own words; no meeting it does not hold."""
        outcome = records.outcomes[0]
        said = " ".join(REPORT.split())
        texts = [*outcome.deployment, *outcome.shortcomings, *outcome.causes]
        texts += [*outcome.directions, *(p.text for p in outcome.proposals)]
        texts += [text.split(": ", 1)[1] for text in outcome.results]
        assert [] == [text for text in texts if text not in said]
        assert () == records.meetings


class TestReviewConclusions:
    """The notice of a review conference's conclusions: the meeting, who chaired and reported."""

    @pytest.fixture(scope="class")
    @classmethod
    def records(cls) -> coordprog.Records:
        return _records(NOTICE)

    def test_the_meeting_is_read_from_the_opening_sentence(
        self, records: coordprog.Records
    ) -> None:
        """Its kind, date, place, title, chair and presenter, as the notice states them.

        A "tổng kết" of one year is the yearly review, its kind listed to
        check (the program may end that year).
        """
        meeting = records.meetings[0]
        assert "meetings[0].kind" in [item.path for item in records.to_complete]
        actual = (meeting.kind, meeting.date, meeting.place, meeting.title)
        expected = (
            coordprog.MeetingKind.INTERIM_REVIEW,
            dt.date(2022, 2, 20),
            "trụ sở Bộ Y tế",
            "Hội nghị tổng kết Chương trình phối hợp về chăm sóc sức khỏe nhân dân năm 2021",
        )
        assert expected == actual
        assert [("Trần Văn Bình", "Phó Thủ tướng")] == [(p.name, p.post) for p in meeting.chairs]
        presenters = [(p.name, p.post) for p in meeting.presenters]
        assert [("Lê Thị Cúc", "Thứ trưởng Bộ Y tế")] == presenters

    def test_the_outcome_belongs_to_the_meeting(self, records: coordprog.Records) -> None:
        """The year reviewed is the outcome's window; the outcome names the meeting."""
        outcome = records.outcomes[0]
        window = coordprog.Window(dt.date(2021, 1, 1), dt.date(2021, 12, 31))
        assert (window, "hoi-nghi") == (outcome.window, outcome.meeting)
        assert ("Bộ Y tế chủ trì xây dựng kế hoạch phối hợp năm 2022.",) == outcome.directions

    def test_a_heading_addresses_its_proposals(self, records: coordprog.Records) -> None:
        """A heading "Kiến nghị với Bộ Tài chính" gives the body of the proposals under it."""
        expected = (
            coordprog.Proposal(
                "Bố trí kinh phí cho hoạt động khám bệnh lưu động.", bodies=("Bộ Tài chính",)
            ),
        )
        assert expected == records.outcomes[0].proposals

    def test_a_qualified_figure_keeps_its_word(self, records: coordprog.Records) -> None:
        """The figure "hơn 12.000 người dân" is more than 12000, in people."""
        expected = (
            coordprog.Figure("Người dân", 12000, "người", qualifier=coordprog.Qualifier.MORE_THAN),
        )
        assert expected == records.outcomes[0].figures


class TestReviewWithoutWindow:
    """A report whose title states no calendar window keeps its outcome, its window to complete."""

    def test_the_window_is_to_complete(self) -> None:
        """No window is made up: the outcome keeps what the report said, its window listed."""
        text = REPORT.replace(" giai đoạn 2021-2023", "")
        records = _records(text)
        outcome = records.outcomes[0]
        assert (None, "45/BC-STP", dt.date(2023, 12, 15)) == (
            outcome.window,
            outcome.number,
            outcome.date,
        )
        assert "Tuyên truyền, phổ biến pháp luật: Đã tổ chức 125 hội nghị" in outcome.results[0]
        assert "outcomes[0].window" in [item.path for item in records.to_complete]

    def test_a_school_year_is_no_calendar_window(self) -> None:
        """A school year ("năm học 2008-2009") is quoted to complete, not read as a year."""
        text = REPORT.replace("giai đoạn 2021-2023", "năm học (2008-2009)")
        records = _records(text)
        assert records.outcomes[0].window is None
        unsure = {i.path: i.text or "" for i in records.to_complete}
        assert "năm học (2008-2009)" in unsure["outcomes[0].window"]


class TestReviewWindow:
    """The window a report's title names, and not the next one it plans for."""

    @pytest.mark.parametrize(
        ("words", "start", "end"),
        [
            ("năm 2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
            ("6 tháng đầu năm 2022", dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
            ("(2006-2010)", dt.date(2006, 1, 1), dt.date(2010, 12, 31)),
            ("năm 2022, phương hướng năm 2023", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ],
    )
    def test_the_title_names_the_window(self, words: str, start: dt.date, end: dt.date) -> None:
        """The first window of the title, before it turns to the next one's tasks."""
        records = _records(REPORT.replace("giai đoạn 2021-2023", words))
        assert coordprog.Window(start, end) == records.outcomes[0].window

    def test_a_report_on_a_window_is_a_review(self) -> None:
        """A report whose title names the window it covers, without "sơ kết", is a review."""
        text = REPORT.replace("Sơ kết 3 năm thực hiện", "Kết quả phối hợp thực hiện").replace(
            "giai đoạn 2021-2023", "năm 2022"
        )
        assert "records" == coordprog.import_text(text).document


class TestImportCommand:
    """``coordprog import`` writes the records draft; ``validate`` lists what is left to do."""

    def test_import_writes_records_and_validate_lists_the_items(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The draft is written as records with its items; validate exits 1 naming each."""
        source = tmp_path / "bao-cao.txt"
        source.write_text(REPORT, encoding="utf-8")
        out = tmp_path / "records.toml"
        assert 0 == main(["import", str(source), "-o", str(out)])
        written = tomllib.loads(out.read_text(encoding="utf-8"))
        assert ("draft", "45/BC-STP") == (written["program"], written["outcomes"][0]["number"])
        capsys.readouterr()
        assert 1 == main(["validate", str(out)])
        err = capsys.readouterr().err
        paths = ["program", "outcomes[0].proposals", "outcomes[0].figures"]
        assert [True] * 3 == [f"to_complete[{i}]: {p}:" in err for i, p in enumerate(paths)]


class TestReviewLayouts:
    """Review reports as schools' and unions' copies print them."""

    ONE_LINE = (
        "CÔNG ĐOÀN GIÁO DỤC HUYỆN A CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS TRƯỜNG THCS B"
        " Độc lập \u2013 Tự do \u2013 Hạnh phúc Số:07 /BC-CĐCS Bình Sơn, ngày 12 tháng 5 năm 2015"
        " BÁO CÁO TỔNG KẾT 5 NĂM PHONG TRÀO THI ĐUA (2010-2015) I- Đặc điểm, tình hình:"
        " Công đoàn cơ sở có 30 đoàn viên. II- Kết quả: Đã tổ chức 12 hội thảo chuyên đề."
    )

    def test_a_report_printed_on_one_line(self) -> None:
        """A report a sharing site prints on one line keeps its number, date, title and window."""
        records = _records(self.ONE_LINE)
        outcome = records.outcomes[0]
        assert "Tổng kết 5 năm phong trào thi đua (2010-2015)" == records.title
        assert ("07/BC-CĐCS", dt.date(2015, 5, 12)) == (outcome.number, outcome.date)
        assert coordprog.Window(dt.date(2010, 1, 1), dt.date(2015, 12, 31)) == outcome.window

    def test_parts_numbered_with_a_slash_and_a_date_with_slashes(self) -> None:
        """Part "I/" ends the title, "ngày 27/5/ 2009" is the date, the situation is no result."""
        text = (
            "CĐ TRƯỜNG THPT C Độc lập \u2013 Tự do \u2013 Hạnh phúc\n"
            "Tân Lâm, ngày 27/5/ 2009\n"
            "BÁO CÁO\n"
            "Tổng kết hoạt động công đoàn năm 2008\n"
            "I/ ĐÁNH GIÁ TÌNH HÌNH ĐỘI NGŨ\n"
            "Công đoàn có 44 đoàn viên.\n"
            "II/ KẾT QUẢ\n"
            "Đã tổ chức 3 hội thi.\n"
        )
        records = _records(text)
        assert "Tổng kết hoạt động công đoàn năm 2008" == records.title
        assert dt.date(2009, 5, 27) == records.outcomes[0].date
        assert ("Đã tổ chức 3 hội thi.",) == records.outcomes[0].results


class TestReviewNoticeWording:
    """The ways a notice says who chaired which meeting, whose reports it heard, what it adopted."""

    OPENING = NOTICE.split("Ngày 20 tháng 02")[0]
    REST = "\n\n1. Đánh giá chung\nNăm 2021, các bên đã phối hợp chặt chẽ.\n"

    def _meeting(self, sentence: str) -> coordprog.Meeting:
        return _records(self.OPENING + sentence + self.REST).meetings[0]

    def test_a_meeting_chaired_under_its_chair(self) -> None:
        """A meeting "dưới sự chủ trì của A": date, place, chair, presenter; the title's name."""
        meeting = self._meeting(
            "Ngày 20/02/2022, tại Hà Nội, Hội nghị tổng kết Chương trình phối hợp năm 2021 đã"
            " diễn ra dưới sự chủ trì của Phó Thủ tướng Trần Văn Bình. Sau khi nghe báo cáo của"
            " Thứ trưởng Bộ Y tế Lê Thị Cúc và ý kiến các đại biểu, Phó Thủ tướng kết luận:"
        )
        assert (
            "Hội nghị tổng kết Chương trình phối hợp về chăm sóc sức khỏe nhân dân năm 2021"
            == meeting.title
        )
        assert (dt.date(2022, 2, 20), "Hà Nội") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]
        assert ["Lê Thị Cúc"] == [person.name for person in meeting.presenters]

    def test_a_meeting_whose_chair_is_not_said(self) -> None:
        """A sentence that names no chair: the title's meeting, its date, place; its chair to check.

        The leader whose conclusions the title gives is read as its chair, and flagged.
        """
        records = _records(
            self.OPENING + "Ngày 20/02/2022, Hội nghị tổng kết Chương trình phối hợp năm 2021"
            " đã được tổ chức tại Hà Nội." + self.REST
        )
        meeting = records.meetings[0]
        assert (
            "Hội nghị tổng kết Chương trình phối hợp về chăm sóc sức khỏe nhân dân năm 2021",
            dt.date(2022, 2, 20),
            "Hà Nội",
        ) == (meeting.title, meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]
        assert "meetings[0].chairs" in [item.path for item in records.to_complete]

    def test_co_chairs_named_before_their_posts(self) -> None:
        """Two chairs named before their posts ("do đồng chí A, Bộ trưởng ... đồng chủ trì")."""
        meeting = self._meeting(
            "Ngày 20 tháng 02 năm 2022, Hội nghị tổng kết Chương trình phối hợp năm 2021 tại"
            " trụ sở Bộ Y tế do đồng chí Trần Văn Bình, Bộ trưởng Bộ Y tế và đồng chí Lê Văn Nam,"
            " Chủ tịch Hội Nông dân Việt Nam đồng chủ trì. Phó Thủ tướng kết luận:"
        )
        assert (
            "Hội nghị tổng kết Chương trình phối hợp về chăm sóc sức khỏe nhân dân năm 2021"
            == meeting.title
        )
        assert "trụ sở Bộ Y tế" == meeting.place
        assert [
            ("Trần Văn Bình", "Bộ trưởng Bộ Y tế"),
            ("Lê Văn Nam", "Chủ tịch Hội Nông dân Việt Nam"),
        ] == [(person.name, person.post) for person in meeting.chairs]

    def test_the_plan_the_meeting_adopted(self) -> None:
        """A plan the meeting adopted ("thông qua Kế hoạch phối hợp năm 2022") is for its year."""
        meeting = _records(
            NOTICE.replace(
                "Phó Thủ tướng kết luận như sau:",
                "Hội nghị đã thông qua Kế hoạch phối hợp năm 2022. Phó Thủ tướng kết luận như sau:",
            )
        ).meetings[0]
        assert [(coordprog.AdoptedKind.PLAN, 2022)] == [(a.kind, a.year) for a in meeting.adopted]

    def test_a_notice_whose_first_sentence_names_the_review(self) -> None:
        """A notice of a leader's directions whose first sentence names a review meeting is one."""
        text = NOTICE.split("THÔNG BÁO")[0] + (
            "THÔNG BÁO\nÝ kiến chỉ đạo của Phó Thủ tướng Trần Văn Bình về Chương trình phối hợp"
            " chăm sóc sức khỏe nhân dân\n\n" + NOTICE.split("năm 2021\n\n", 1)[1]
        )
        assert "records" == coordprog.import_text(text).document

    def test_a_notice_titled_on_its_type_line(self) -> None:
        """A title printed on the type line: the sentence under it still gives the meeting."""
        head, rest = NOTICE.split("THÔNG BÁO\n")
        title, body = rest.split("\n\n", 1)
        text = head + "THÔNG BÁO " + title.replace("\\\n", "").upper() + "\n" + body
        meeting = _records(text).meetings[0]
        assert (dt.date(2022, 2, 20), "trụ sở Bộ Y tế") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]

    def test_a_meeting_the_title_names_and_a_body_that_reported(self) -> None:
        """A bare "Hội nghị" is the title's meeting; "báo cáo của Bộ Y tế" is a body's report."""
        meeting = self._meeting(
            "Ngày 20/02/2022, tại Hà Nội, Phó Thủ tướng Trần Văn Bình đã chủ trì Hội nghị. Sau khi"
            " nghe báo cáo của Bộ Y tế, Phó Thủ tướng kết luận:"
        )
        expected = "Hội nghị tổng kết Chương trình phối hợp về chăm sóc sức khỏe nhân dân năm 2021"
        assert expected == meeting.title
        assert ["Bộ Y tế"] == [person.body for person in meeting.presenters]


class TestReviewNoticeWithoutLetterhead:
    """A notice a web page prints under its heading, without letterhead or type line."""

    PAGE = (
        "Cập nhật ngày:\n27/05/2019\n"
        "Thông báo kết luận của Phó Thủ tướng Trần Văn Bình tại Hội nghị tổng kết 5 năm"
        " thực hiện Chương trình phối hợp (2014-2018)\n|\n"
        "Chiều ngày 14 tháng 3 năm 2019, tại trụ sở Chính phủ, Phó Thủ tướng Trần Văn Bình đã"
        " chủ trì Hội nghị tổng kết 5 năm thực hiện Chương trình phối hợp. Sau khi nghe ý kiến"
        " của các đại biểu, Phó Thủ tướng đã kết luận như sau:\n"
        "1. Các bên đã phối hợp tốt.\n"
    )

    def test_the_heading_is_the_title_and_the_meeting_is_read(self) -> None:
        """The heading is the records' title; the meeting is read; its date is no notice's."""
        records = _records(self.PAGE)
        meeting, outcome = records.meetings[0], records.outcomes[0]
        assert "Thông báo kết luận" == (records.title or "")[: len("Thông báo kết luận")]
        assert coordprog.MeetingKind.FINAL_REVIEW == meeting.kind
        assert (dt.date(2019, 3, 14), "trụ sở Chính phủ") == (meeting.date, meeting.place)
        assert coordprog.Window(dt.date(2014, 1, 1), dt.date(2018, 12, 31)) == outcome.window
        assert outcome.date is None  # the page gives the meeting's date, not the notice's


class TestReviewNoticeTitles:
    """The titles a notice of a review meeting has."""

    @pytest.mark.parametrize(
        "title",
        [
            "Ý kiến của Phó Thủ tướng Trần Văn Bình tại Hội nghị tổng kết Chương trình phối hợp",
            "Nội dung Hội nghị sơ kết 3 năm thực hiện Chương trình phối hợp",
            "Ý kiến chỉ đạo của Phó Thủ tướng Trần Văn Bình về tổng kết Chương trình phối hợp",
        ],
    )
    def test_a_notice_of_a_review_meeting_is_a_review(self, title: str) -> None:
        """A notice whose title names a review meeting, or a leader's words on a review."""
        head, rest = NOTICE.split("THÔNG BÁO\n")
        text = head + "THÔNG BÁO\n" + title + "\n\n" + rest.split("\n\n", 1)[1]
        assert "records" == coordprog.import_text(text).document

    def test_a_notice_of_another_meeting_is_its_record(self) -> None:
        """A notice of the conclusions at a meeting that reviews nothing records that meeting."""
        text = NOTICE.replace("tại Hội nghị tổng kết", "tại cuộc họp về").replace(
            "chủ trì \\\nHội nghị tổng kết", "chủ trì cuộc họp về"
        )
        text = text.replace("Hội nghị tổng kết", "cuộc họp về")
        records = _records(text)
        meeting = records.meetings[0]
        assert coordprog.MeetingKind.OTHER == meeting.kind
        assert (meeting.title or "").startswith("Cuộc họp về Chương trình phối hợp")
        assert (None, None) == (meeting.window, records.outcomes[0].window)


class TestConclusionsPrintedAsAHeading:
    """The conclusions at a review conference a portal prints under their heading alone."""

    TEXT = (
        "Thông tin chỉ đạo điều hành\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh Trần Văn Bình tại Hội nghị đánh giá kết quả thực"
        " hiện Kế hoạch phát triển nông nghiệp năm 2022 và triển khai Kế hoạch năm 2023\n"
        "Ngày 22/11/2022, tại UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn Bình đã chủ trì Hội"
        " nghị trực tuyến tổng kết Kế hoạch phát triển nông nghiệp năm 2022.\n"
        "Sau khi nghe Sở Nông nghiệp và PTNT báo cáo tổng kết thực hiện Kế hoạch, ý kiến của"
        " các đại biểu; Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
    )

    def test_the_heading_is_the_records_title(self) -> None:
        """A heading "Kết luận của ... tại Hội nghị ..." without "Thông báo" makes records."""
        records = _records(self.TEXT)
        assert records.title is not None
        assert records.title.startswith("Kết luận của Phó Chủ tịch")

    def test_the_meeting_as_the_heading_names_it(self) -> None:
        """Its name the heading's; its date, place and chair from the sentence under it."""
        meeting = _records(self.TEXT).meetings[0]
        assert (
            "Hội nghị đánh giá kết quả thực hiện Kế hoạch phát triển nông nghiệp năm 2022 và"
            " triển khai Kế hoạch năm 2023"
        ) == meeting.title
        assert (dt.date(2022, 11, 22), "UBND tỉnh") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]

    def test_the_body_that_reported(self) -> None:
        """The sentence on whose report the meeting heard, on the next line, names a body."""
        meeting = _records(self.TEXT).meetings[0]
        assert ["Sở Nông nghiệp và PTNT"] == [person.body for person in meeting.presenters]

    def test_the_plan_carried_out_is_the_window(self) -> None:
        """A plan carried out ("thực hiện Kế hoạch ... năm 2022") is reviewed: its year."""
        window = _records(self.TEXT).outcomes[0].window
        assert window is not None
        assert (dt.date(2022, 1, 1), dt.date(2022, 12, 31)) == (window.start, window.end)

    def test_the_plan_deployed_for_the_next_year(self) -> None:
        """The plan the meeting's name deploys ("triển khai Kế hoạch năm 2023"), flagged."""
        records = _records(self.TEXT)
        assert [2023] == [adopted.year for adopted in records.meetings[0].adopted]
        assert "meetings[0].adopted" in [item.path for item in records.to_complete]


class TestReviewMeetingsAPortalPrints:
    """A body's portal's record of a review meeting: no letterhead, number or type line."""

    NAMED = (
        "Hội nghị sơ kết Chương trình phối hợp giữa Sở Y tế và Hội Nông dân tỉnh năm 2019\n\n"
        "Sáng ngày 12/3/2020, tại hội trường Sở Y tế, Sở Y tế và Ban Thường vụ Hội Nông dân"
        " tỉnh tổ chức Hội nghị sơ kết chương trình phối hợp năm 2019; đồng chí Trần Văn An -"
        " Phó Giám đốc Sở Y tế, đồng chí Lò Thị Hoa \u2013 Phó Chủ tịch Hội Nông dân tỉnh chủ trì"
        " hội nghị.\n\n"
        "Trong năm 2019, hai cơ quan đã phối hợp tổ chức 40 buổi tuyên truyền.\n"
    )
    HELD = (
        "Liên ngành Công an và Viện kiểm sát nhân dân tỉnh Bình Định tổ chức hội nghị sơ kết.\n\n"
        "Thực hiện kế hoạch liên tịch số 15/KH-CA ngày 02/3/2022 của Công an và Viện kiểm sát\n"
        "nhân dân tỉnh Bình Định. Về việc sơ kết 02 năm thực hiện Quy chế phối hợp số\n"
        "04/QCPH-CA-VKS ngày 01/3/2020 giữa Công an và VKSND tỉnh (01/3/2020-01/3/2022).\n"
        "Sáng ngày 20/5/2022, liên ngành đã tổ chức hội nghị trực tuyến với nội dung trên.\n"
        "Công an và Viện kiểm sát nhân dân huyện Tuy Phước dự tại điểm cầu trực tuyến tại\n"
        "VKSND huyện Tuy Phước.\n\n"
        "Người viết: Nguyễn Văn Bình\n"
    )
    SAID = (
        "Chiều ngày 15/4/2019, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị kiểm điểm thực hiện"
        " Quy chế phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh với Ủy ban nhân dân tỉnh năm 2018 và"
        " chương trình phối hợp thực hiện năm 2019. Chủ trì hội nghị có Chủ tịch Ủy ban MTTQ"
        " Việt Nam tỉnh, ông Hà Văn Nam; Phó Chủ tịch UBND tỉnh, ông Vũ Đức Minh.\n\n"
        "Năm 2018, việc thực hiện Quy chế phối hợp đã đạt được nhiều kết quả tích cực.\n"
    )

    def test_a_heading_broken_over_two_lines_is_the_meeting_whole(self) -> None:
        """A heading broken at a page's width is the title and the meeting, whole.

        "... Hội Nông dân tỉnh" / "năm 2019": both had stopped at the first line, unflagged.
        """
        broken = self.NAMED.replace(" tỉnh năm 2019\n\n", " tỉnh\nnăm 2019\n\n", 1)
        assert broken != self.NAMED
        records = _records(broken)
        title = "Hội nghị sơ kết Chương trình phối hợp giữa Sở Y tế và Hội Nông dân tỉnh năm 2019"
        assert (title, title) == (records.title, records.meetings[0].title)

    def test_a_heading_that_is_the_meeting(self) -> None:
        """The heading is the title and the meeting; date, place, chairs from the sentence."""
        records = _records(self.NAMED)
        meeting = records.meetings[0]
        assert records.title == meeting.title
        assert (meeting.title or "").startswith("Hội nghị sơ kết Chương trình phối hợp")
        assert (dt.date(2020, 3, 12), "hội trường Sở Y tế") == (meeting.date, meeting.place)
        chairs = [(person.name, person.post) for person in meeting.chairs]
        assert [
            ("Trần Văn An", "Phó Giám đốc Sở Y tế"),
            ("Lò Thị Hoa", "Phó Chủ tịch Hội Nông dân tỉnh"),
        ] == chairs
        window = records.outcomes[0].window
        assert window is not None
        assert (dt.date(2019, 1, 1), dt.date(2019, 12, 31)) == (window.start, window.end)

    def test_a_heading_that_says_bodies_held_the_meeting(self) -> None:
        """The meeting it names, flagged without chairs; the window the dates in brackets give."""
        records = _records(self.HELD)
        meeting = records.meetings[0]
        assert ("Hội nghị sơ kết", dt.date(2022, 5, 20)) == (meeting.title, meeting.date)
        assert meeting.place is None  # a district's connection point is no meeting's place
        window = records.outcomes[0].window
        assert window is not None
        assert (dt.date(2020, 3, 1), dt.date(2022, 3, 1)) == (window.start, window.end)
        assert "meetings[0]" in [item.path for item in records.to_complete]
        issuers = {ref.number: ref.issuer for ref in records.outcomes[0].legal_refs}
        assert "Công an và VKSND tỉnh" == issuers["04/QCPH-CA-VKS"]

    def test_a_page_that_opens_with_the_dated_sentence(self) -> None:
        """No heading: no title; the meeting, its chairs by post then name, the next year."""
        records = _records(self.SAID)
        meeting = records.meetings[0]
        assert records.title is None
        assert (meeting.title or "").startswith("Hội nghị kiểm điểm thực hiện Quy chế phối hợp")
        assert dt.date(2019, 4, 15) == meeting.date
        chairs = [(person.name, person.post) for person in meeting.chairs]
        assert [
            ("Hà Văn Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
            ("Vũ Đức Minh", "Phó Chủ tịch UBND tỉnh"),
        ] == chairs
        assert [2019] == [adopted.year for adopted in meeting.adopted]
        assert "meetings[0].adopted" in [item.path for item in records.to_complete]
        window = records.outcomes[0].window
        assert window is not None
        assert (dt.date(2018, 1, 1), dt.date(2018, 12, 31)) == (window.start, window.end)

    def test_a_page_on_another_meeting_is_no_record(self) -> None:
        """A page whose first sentence holds a signing ceremony, no review, is read as before."""
        text = self.SAID.replace("hội nghị kiểm điểm thực hiện", "lễ ký kết")
        assert "program" == coordprog.import_text(text).document


class TestChairsAsNoticesNameThem:
    """Who chaired, in the ways a notice's first sentence lists them."""

    HEADING = "Thông báo kết luận tại Hội nghị sơ kết Chương trình phối hợp năm 2019\n"

    def test_chairs_after_a_semicolon_each_with_a_dash(self) -> None:
        """Chairs after a semicolon, each before a dash or an en dash and a post: both."""
        records = _records(
            self.HEADING + "Ngày 12/3/2020, tại hội trường Sở Y tế, Sở Y tế và Hội Nông dân"
            " tỉnh tổ chức Hội nghị sơ kết chương trình phối hợp năm 2019; đồng chí Trần Văn An"
            " - Phó Giám đốc Sở Y tế, đồng chí Lò Thị Hoa \u2013 Phó Chủ tịch Hội Nông dân tỉnh chủ"
            " trì hội nghị.\nSau khi nghe báo cáo, Phó Giám đốc Sở Y tế kết luận như sau:\n"
        )
        chairs = [(person.name, person.post) for person in records.meetings[0].chairs]
        assert [
            ("Trần Văn An", "Phó Giám đốc Sở Y tế"),
            ("Lò Thị Hoa", "Phó Chủ tịch Hội Nông dân tỉnh"),
        ] == chairs

    def test_chairs_listed_by_post_then_name(self) -> None:
        """Chairs listed "<post>, ông A; <post>, ông B": each name with its post."""
        records = _records(
            self.HEADING + "Ngày 15/4/2020, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết"
            " chương trình phối hợp năm 2019. Chủ trì hội nghị có Chủ tịch Ủy ban MTTQ Việt Nam"
            " tỉnh, ông Hà Văn Nam; Phó Chủ tịch UBND tỉnh, ông Vũ Đức Minh.\n"
            "Sau khi nghe báo cáo, hội nghị kết luận như sau:\n"
        )
        meeting = records.meetings[0]
        assert (meeting.title or "").startswith("Hội nghị sơ kết")
        chairs = [(person.name, person.post) for person in meeting.chairs]
        assert [
            ("Hà Văn Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
            ("Vũ Đức Minh", "Phó Chủ tịch UBND tỉnh"),
        ] == chairs

    @pytest.mark.parametrize(
        ("said", "expected"),
        [
            (
                "Chủ trì hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Văn An, đồng chí Trần Văn Bình.",
                [("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", None)],
            ),
            (
                "Chủ trì hội nghị có Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, ông Hà Văn Nam và Phó Chủ"
                " tịch UBND tỉnh, ông Vũ Đức Minh.",
                [
                    ("Hà Văn Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
                    ("Vũ Đức Minh", "Phó Chủ tịch UBND tỉnh"),
                ],
            ),
            (
                "Chủ trì hội nghị có Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, ông Hà Văn Nam; dự hội"
                " nghị có Giám đốc Sở Nội vụ, ông Lê Văn Tám.",
                [("Hà Văn Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
            ),
        ],
    )
    def test_chairs_by_post_then_name_only_when_each_is_so_named(
        self, said: str, expected: list[tuple[str, str | None]]
    ) -> None:
        """A post with a name in it, chairs joined by "và", and who attended after a semicolon.

        "Phó Chủ tịch UBND tỉnh Nguyễn Văn An, đồng chí B" is two chairs, not B with A's name
        in his post; "<post>, ông A và <post>, ông B" is two chairs each with a post; after
        "; dự hội nghị có ..." come those who attended, who chaired nothing.
        """
        records = _records(
            self.HEADING + "Ngày 15/4/2020, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết"
            f" chương trình phối hợp năm 2019. {said}\n"
            "Sau khi nghe báo cáo, hội nghị kết luận như sau:\n"
        )
        chairs = [(person.name, person.post) for person in records.meetings[0].chairs]
        assert expected == chairs


class TestNoticesAsCopiesPrintThem:
    """A notice of a review conference's conclusions, however a copy lays out its opening."""

    HEAD = NOTICE.split("THÔNG BÁO\n")[0]
    TITLE = (
        "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN VĂN BÌNH TẠI HỘI NGHỊ TỔNG KẾT 10 NĂM THỰC HIỆN"
        " CHƯƠNG TRÌNH PHỐI HỢP"
    )
    SAID = (
        "Ngày 15 tháng 3 năm 2019, tại Hà Nội, Phó Thủ tướng Trần Văn Bình đã chủ trì Hội"
        " nghị tổng kết 10 năm thực hiện Chương trình phối hợp. Sau khi nghe Bộ Y tế báo cáo,"
        " Phó Thủ tướng kết luận như sau:\n1. Đánh giá chung\nCác bên đã phối hợp chặt chẽ.\n"
    )

    def test_a_title_run_on_into_the_first_sentence(self) -> None:
        """Type line, title and first sentence on one line: the title stops at "Ngày ..."."""
        records = _records(self.HEAD + "THÔNG BÁO " + self.TITLE + " " + self.SAID)
        meeting = records.meetings[0]
        assert records.title is not None
        assert records.title.endswith("CHƯƠNG TRÌNH PHỐI HỢP")
        assert "HỘI NGHỊ TỔNG KẾT 10 NĂM THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP" == meeting.title
        assert (dt.date(2019, 3, 15), "Hà Nội") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]

    def test_a_title_whose_year_is_not_the_window(self) -> None:
        """The meeting's date ("năm 2019") run on after the title is no window reviewed."""
        records = _records(self.HEAD + "THÔNG BÁO " + self.TITLE + " " + self.SAID)
        assert records.outcomes[0].window is None
        assert "outcomes[0].window" in [item.path for item in records.to_complete]

    def test_a_chair_set_off_by_no_comma(self) -> None:
        """A chair set off by no comma ("... tại trụ sở Chính phủ Phó Thủ tướng A chủ trì")."""
        said = self.SAID.replace(
            "Ngày 15 tháng 3 năm 2019, tại Hà Nội, ", "Sáng ngày 15/3/2019 tại trụ sở Chính phủ "
        )
        meeting = _records(self.HEAD + "THÔNG BÁO\n" + self.TITLE + "\n" + said).meetings[0]
        assert (dt.date(2019, 3, 15), "trụ sở Chính phủ") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]

    def test_a_page_heading_that_names_the_notice_by_its_number(self) -> None:
        """A heading "Thông báo số N/TB-...: Kết luận ..." without letterhead: title and number."""
        heading = (
            "Thông báo số 88/TB-VPCP: Kết luận của Phó Thủ tướng Trần Văn Bình tại Hội nghị"
            " tổng kết 10 năm thực hiện Chương trình phối hợp\n"
        )
        records = _records(heading + self.SAID)
        meeting = records.meetings[0]
        assert (
            "Kết luận của Phó Thủ tướng Trần Văn Bình tại Hội nghị tổng kết 10 năm thực hiện"
            " Chương trình phối hợp"
        ) == records.title
        assert "88/TB-VPCP" == records.outcomes[0].number
        assert (dt.date(2019, 3, 15), "Hà Nội") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]

    def test_a_chair_whose_second_post_follows_a_comma(self) -> None:
        """A chair whose second post follows a comma ("A, Trưởng Ban Chỉ đạo") is read."""
        said = self.SAID.replace(
            "Ngày 15 tháng 3 năm 2019, tại Hà Nội, Phó Thủ tướng Trần Văn Bình đã chủ trì Hội"
            " nghị tổng kết 10 năm thực hiện Chương trình phối hợp.",
            "Phó Thủ tướng Trần Văn Bình, Trưởng Ban Chỉ đạo đã chủ trì Hội nghị tổng kết 10"
            " năm thực hiện Chương trình phối hợp ngày 15 tháng 3 năm 2019 tại Hà Nội.",
        )
        meeting = _records(self.HEAD + "THÔNG BÁO\n" + self.TITLE + "\n" + said).meetings[0]
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]
        assert dt.date(2019, 3, 15) == meeting.date

    def test_the_meeting_a_title_names_after_tai_is_no_place(self) -> None:
        """A title in small letters without type line: "tại Hội nghị ..." names no place."""
        title = (
            "Kết luận của Phó Thủ tướng Trần Văn Bình tại Hội nghị tổng kết 10 năm Chương trình"
            " phối hợp về phổ biến, giáo dục pháp luật"
        )
        meeting = _records(self.HEAD + title + "\n" + self.SAID).meetings[0]
        assert (dt.date(2019, 3, 15), "Hà Nội") == (meeting.date, meeting.place)

    def test_a_page_on_one_line(self) -> None:
        """A sharing site's one-line page: "PHÓ THỦ TƯỚNG" in the title breaks no line."""
        page = " ".join((self.HEAD + "THÔNG BÁO\n" + self.TITLE + "\n" + self.SAID).split())
        meeting = _records(page).meetings[0]
        assert "HỘI NGHỊ TỔNG KẾT 10 NĂM THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP" == meeting.title
        assert (dt.date(2019, 3, 15), "Hà Nội") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]

    def test_a_working_session_with_a_province(self) -> None:
        """A working session with a province ("tại buổi làm việc với ..."): its date and host."""
        title = "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN VĂN BÌNH TẠI BUỔI LÀM VIỆC VỚI TỈNH HÀ TĨNH"
        said = (
            "Ngày 24 tháng 7 năm 2017, Phó Thủ tướng Trần Văn Bình đã làm việc với Ban Thường"
            " vụ Tỉnh ủy Hà Tĩnh về tình hình kinh tế - xã hội. Phó Thủ tướng kết luận như sau:\n"
        )
        meeting = _records(self.HEAD + "THÔNG BÁO\n" + title + "\n" + said).meetings[0]
        assert "Buổi làm việc với tỉnh Hà Tĩnh" == meeting.title
        assert dt.date(2017, 7, 24) == meeting.date
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]


class TestNoticeTitleInCapitals:
    """A notice's title printed in capitals names the meeting: both are re-cased, to check."""

    def test_the_recased_title_and_meeting_are_flagged(self) -> None:
        """The records' title and the meeting's name read from capitals are listed to check."""
        head, rest = NOTICE.split("THÔNG BÁO\n")
        title = "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN VĂN BÌNH TẠI PHIÊN HỌP BAN CHỈ ĐẠO QUỐC GIA"
        records = _records(head + "THÔNG BÁO\n" + title + "\n\n" + rest.split("\n\n", 1)[1])
        paths = [item.path for item in records.to_complete]
        assert ("title" in paths, "meetings[0].title" in paths) == (True, True)


class TestSchoolUnionLetterheads:
    """A school's trade union issues its report: its letterhead, however a copy prints it."""

    BODY = (
        "BÁO CÁO\nTổng kết hoạt động công đoàn năm học (2008-2009)\n"
        "I. ĐÁNH GIÁ CHUNG\nCông đoàn trường thực hiện tốt nhiệm vụ năm học.\n"
    )

    def test_a_letterhead_sharing_its_lines_with_the_motto(self) -> None:
        """A union line beside the motto ("CĐ TRƯỜNG THPT ... Độc lập ...") names the issuer."""
        records = _records(
            "CĐGD QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "CĐ TRƯỜNG THPT TÂN LÂM Độc lập \u2013 Tự do \u2013 Hạnh phúc\n"
            "Tân Lâm, ngày 27 tháng 5 năm 2009\n" + self.BODY
        )
        assert "Công đoàn Trường THPT Tân Lâm" in records.outcomes[0].bodies

    def test_a_letterhead_shortened_with_stops(self) -> None:
        """A base-level union shortened with stops ("CĐCS Tr. THCS ...") is read whole."""
        records = _records(
            "CÔNG ĐOÀN GD H. BA TƠ\nCĐCS Tr. THCS TT BA TƠ\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập \u2013 Tự do \u2013 Hạnh phúc\n"
            "Số:03 /BC-CĐCS\nBa Tơ, ngày 8 tháng 4 năm 2010\n" + self.BODY
        )
        assert "Công đoàn cơ sở Trường THCS TT Ba Tơ" in records.outcomes[0].bodies


class TestNoticesNamingTheMeetingOtherwise:
    """Notices of a leader's conclusions whose title or first sentence names the meeting otherwise.

    The title may name the meeting alone ("Kết luận cuộc họp về ..."), give it after "về",
    name no meeting at all, or name the leader without saying who chaired; each is the record of
    that meeting.
    """

    HEAD = NOTICE.split("THÔNG BÁO\n")[0]
    LETTERHEAD = "UBND TỈNH LÀO CAI\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"

    def test_a_title_that_names_the_meeting_alone(self) -> None:
        """A title "KẾT LUẬN CUỘC HỌP VỀ ...": its chair, date and place, the ministries heard."""
        records = _records(
            self.HEAD + "THÔNG BÁO\nKẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI"
            " VIỆT NAM\nNgày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ"
            " Trần Văn Bình chủ trì cuộc họp về việc hoàn thiện Đề án phát triển thị trường"
            " các-bon tại Việt Nam (Đề án).\nSau khi nghe báo cáo của các Bộ: Tài chính, Tài"
            " nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn ý kiến phát biểu của các"
            " đại biểu dự họp, Phó Thủ tướng Chính phủ Trần Văn Bình kết luận như sau:\n1. Bộ Tài"
            " chính hoàn thiện dự thảo Đề án.\n"
        )
        meeting = records.meetings[0]
        assert (dt.date(2024, 10, 7), "trụ sở Chính phủ") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]
        assert [
            "Bộ Tài chính",
            "Bộ Tài nguyên và Môi trường",
            "Bộ Nông nghiệp và Phát triển nông thôn",
        ] == [person.body for person in meeting.presenters]
        assert coordprog.MeetingKind.OTHER == meeting.kind

    def test_the_leader_who_concluded_a_meeting_no_one_is_said_to_chair(self) -> None:
        """The leader the title names (a post after a dash) is read as chair, and flagged."""
        records = _records(
            self.LETTERHEAD + "Số: 12/TB-VP\nLào Cai, ngày 20 tháng 6 năm 2026\nTHÔNG BÁO\nKết"
            " luận của đồng chí Nguyễn Văn An - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân"
            " tỉnh tại cuộc họp về tình hình triển khai các cụm công nghiệp\nNgày 19 tháng 6 năm"
            " 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp về tình hình triển khai các cụm công"
            " nghiệp. Sau khi nghe Sở Công Thương báo cáo, ý kiến phát biểu của các đại biểu, đồng"
            " chí Nguyễn Văn An kết luận:\nI. ĐÁNH GIÁ CHUNG\nCác cụm công nghiệp còn chậm.\n"
        )
        meeting = records.meetings[0]
        assert dt.date(2026, 6, 19) == meeting.date
        assert [("Nguyễn Văn An", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh")] == [
            (person.name, person.post) for person in meeting.chairs
        ]
        assert ["Sở Công Thương"] == [person.body for person in meeting.presenters]
        assert "meetings[0].chairs" in [item.path for item in records.to_complete]

    def test_a_heading_that_gives_the_meeting_after_ve(self) -> None:
        """A heading "Kết luận của ... về cuộc họp ...", its sentence dated without "ngày"."""
        records = _records(
            "Kết luận của Chủ tịch UBND tỉnh về cuộc họp chỉ đạo phòng chống dịch Covid-19\n"
            "12:08, 28/08/2021\n(Báo tỉnh)- Chiều 27/8, UBND tỉnh đã tổ chức cuộc họp để nghe Ban"
            " chỉ đạo báo cáo tình hình dịch. Sau khi nghe báo cáo của Sở Y tế (Cơ quan Thường"
            " trực Ban chỉ đạo) và ý kiến tham gia thảo luận của các đại biểu dự họp, Chủ tịch"
            " UBND tỉnh kết luận như sau:\n"
        )
        meeting = records.meetings[0]
        assert "Cuộc họp chỉ đạo phòng chống dịch Covid-19" == meeting.title
        assert ["Sở Y tế"] == [person.body for person in meeting.presenters]
        assert (None, ()) == (meeting.date, meeting.chairs)

    def test_a_title_that_names_no_meeting(self) -> None:
        """A title "Ý kiến kết luận ... về tình hình ...": the meeting its first sentence holds."""
        records = _records(
            self.HEAD + "THÔNG BÁO\nÝ kiến kết luận của Phó Thủ tướng Trần Văn Bình về tình hình"
            " thực hiện Đề án phát triển du lịch nông thôn\nNgày 15 tháng 3 năm 2019, tại trụ sở"
            " Chính phủ, Phó Thủ tướng Trần Văn Bình đã chủ trì cuộc họp về tình hình thực hiện"
            " Đề án. Sau khi nghe Bộ Văn hóa, Thể thao và Du lịch báo cáo, Phó Thủ tướng kết"
            " luận:\n1. Các Bộ tiếp tục thực hiện Đề án.\n"
        )
        meeting = records.meetings[0]
        assert (dt.date(2019, 3, 15), "trụ sở Chính phủ") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]

    def test_what_a_meeting_was_for_is_no_part_of_its_name(self) -> None:
        """A meeting "cuộc họp về X nhằm Y" is "Cuộc họp về X": its purpose is not its name."""
        records = _records(
            self.HEAD + "THÔNG BÁO\nÝ kiến kết luận của Phó Thủ tướng Trần Văn Bình về phối hợp"
            " thực hiện Phong trào xây dựng đời sống văn hóa\nNgày 07 tháng 02 năm 2018, tại Trụ"
            " sở Chính phủ, Phó Thủ tướng Trần Văn Bình đã chủ trì cuộc họp về phối hợp thực hiện"
            " Phong trào xây dựng đời sống văn hóa nhằm đổi mới, đánh giá và lồng ghép các danh"
            " hiệu. Phó Thủ tướng kết luận:\n1. Các Bộ phối hợp.\n"
        )
        meeting = records.meetings[0]
        assert "Cuộc họp về phối hợp thực hiện Phong trào xây dựng đời sống văn hóa" == (
            meeting.title
        )
        assert dt.date(2018, 2, 7) == meeting.date

    def test_a_plan_carrying_out_a_leader_s_conclusions_is_a_program(self) -> None:
        """A plan to carry out conclusions given at a meeting is a program, not its record."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/KH-UBND\nQuảng Nam, ngày 06 tháng 02 năm"
            " 2023\nKẾ HOẠCH\nThực hiện Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phát"
            " triển các cụm công nghiệp\nNgày 20 tháng 01 năm 2023, Chủ tịch UBND tỉnh chủ trì"
            " cuộc họp về phát triển các cụm công nghiệp.\nI. MỤC ĐÍCH\n1. Triển khai.\n"
        )
        assert "program" == draft.document

    def test_a_heading_in_capitals_over_lines_without_its_type_line(self) -> None:
        """A copy without "THÔNG BÁO" whose heading in capitals runs over three lines."""
        records = _records(
            self.HEAD + "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN VĂN BÌNH\nTẠI HỘI NGHỊ TỔNG KẾT 10 NĂM"
            " THỰC HIỆN CHƯƠNG TRÌNH\nPHỐI HỢP GIỮA BỘ CÔNG AN VÀ TRUNG ƯƠNG ĐOÀN\nNgày 20"
            " tháng 02 năm 2019, tại trụ sở Bộ Công an, Phó Thủ tướng Trần Văn Bình đã chủ trì"
            " Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp. Phó Thủ tướng kết luận:\n"
        )
        meeting = records.meetings[0]
        assert (records.title or "").endswith("giữa Bộ Công an và Trung ương Đoàn")
        assert (dt.date(2019, 2, 20), "trụ sở Bộ Công an") == (meeting.date, meeting.place)

    def test_the_window_the_first_sentence_gives(self) -> None:
        """A title that gives no window: the one the first sentence's meeting names."""
        records = _records(
            self.HEAD + "THÔNG BÁO\nKết luận của Phó Thủ tướng Trần Văn Bình tại Hội nghị tổng"
            " kết 10 năm thực hiện Chương trình phối hợp\nNgày 20 tháng 02 năm 2019, tại trụ sở"
            " Bộ Công an, Phó Thủ tướng Trần Văn Bình đã chủ trì Hội nghị tổng kết 10 năm thực"
            " hiện Chương trình phối hợp giai đoạn 2008 - 2018. Phó Thủ tướng kết luận:\n"
        )
        window = records.outcomes[0].window
        assert window is not None
        assert (dt.date(2008, 1, 1), dt.date(2018, 12, 31)) == (window.start, window.end)
        meeting = records.meetings[0]
        assert "Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp" == meeting.title

    def test_a_copy_that_lost_its_type_line_and_title(self) -> None:
        """No type line or title, a notice's number ("TB"): the meeting its first sentence holds."""
        records = _records(
            "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 213/TB-VPCP | Hà"
            " Nội, ngày 05 tháng 6 năm 2019 |\nNgày 20 tháng 5 năm 2019, tại trụ sở Bộ Công an,"
            " Phó Thủ tướng Trần Văn Bình đã chủ trì Hội nghị sơ kết 5 năm thực hiện Chương trình"
            " phối hợp giai đoạn 2014 - 2019. Phó Thủ tướng kết luận như sau:\n1. Đánh giá chung\n"
            "Các bên đã phối hợp chặt chẽ.\n"
        )
        meeting = records.meetings[0]
        assert (dt.date(2019, 5, 20), "trụ sở Bộ Công an") == (meeting.date, meeting.place)
        assert ["Trần Văn Bình"] == [person.name for person in meeting.chairs]
        assert "213/TB-VPCP" == records.outcomes[0].number

    def test_a_leader_who_attended_and_directed(self) -> None:
        """A title that names no meeting; the first sentence: "... dự và chỉ đạo Hội nghị ..."."""
        draft = coordprog.import_text(
            self.HEAD + "THÔNG BÁO\nÝ kiến chỉ đạo của Phó Thủ tướng Trần Văn Bình về công tác"
            " phối hợp\nNgày 20 tháng 5 năm 2019, Phó Thủ tướng Trần Văn Bình đã dự và chỉ đạo"
            " Hội nghị toàn quốc về công tác phối hợp. Phó Thủ tướng kết luận:\n1. Các bên"
            " tiếp tục phối hợp.\n"
        )
        assert "records" == draft.document

    def test_a_site_s_short_title_under_the_notice_s_number(self) -> None:
        """A heading "Thông báo 114/TB-VPCP 2022 kết luận phiên họp ...": its number and meeting."""
        records = _records(
            "Thông báo 114/TB-VPCP 2022 kết luận phiên họp phòng chống dịch Covid19 trực tuyến\n"
            "Sáng ngày 09 tháng 4 năm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ Trần Văn"
            " Bình đã chủ trì phiên họp lần thứ 14 của Ban chỉ đạo. Thủ tướng kết luận như sau:\n"
            "1. Tiếp tục phòng, chống dịch.\n"
        )
        meeting = records.meetings[0]
        assert "Phiên họp phòng chống dịch Covid19 trực tuyến" == meeting.title
        assert (dt.date(2022, 4, 9), "trụ sở Chính phủ") == (meeting.date, meeting.place)
        assert "114/TB-VPCP" == records.outcomes[0].number


class TestReportPrintedUnderItsTitle:
    """A report a portal prints under its title alone: no letterhead, number or type line."""

    PAGE = (
        "Kết quả triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới"
        " tỉnh Lào Cai 6 tháng đầu năm năm 2016\n"
        "1. Công tác chỉ đạo, điều hành\n"
        "Tỉnh ủy ban hành Đề án xây dựng nông thôn mới giai đoạn 2016-2020.\n"
        "2. Kết quả thực hiện các tiêu chí\n"
        "Có 12 xã đạt chuẩn nông thôn mới.\n"
    )

    def test_the_heading_is_a_review_report_s_title(self) -> None:
        """The heading that names a window is the records' title and the outcome's window."""
        records = _records(self.PAGE)
        assert records.title == self.PAGE.split("\n", 1)[0]
        window = coordprog.Window(dt.date(2016, 1, 1), dt.date(2016, 6, 30))
        assert window == records.outcomes[0].window  # "năm năm 2016": the word printed twice

    def test_a_heading_that_names_no_window_is_no_report_s_title(self) -> None:
        """Without a window the heading may be a news item's: no records are drafted from it."""
        text = self.PAGE.replace(" 6 tháng đầu năm năm 2016", "")
        assert "program" == coordprog.import_text(text).document

    def test_a_heading_broken_after_a_comma_is_joined(self) -> None:
        """A numbered heading broken after its comma ("chỉ đạo," / "điều hành") is joined."""
        text = self.PAGE.replace("chỉ đạo, điều hành\n", "chỉ đạo,\nđiều hành\n")
        outcome = _records(text).outcomes[0]
        assert outcome.deployment[0].startswith("Tỉnh ủy ban hành Đề án")


class TestJointReport:
    """A report two bodies issue together, their names stacked in one letterhead."""

    TEXT = (
        "ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM -\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
        "Số: 15/BC-MTTW-VKSTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 19 tháng 02 năm 2016\nBÁO CÁO\n"
        "Sơ kết 01 năm thực hiện Quy chế phối hợp công tác giữa\n Ban Thường trực Ủy ban Trung"
        " ương Mặt trận Tổ quốc Việt Nam\nvới Viện kiểm sát nhân dân tối cao\n"
        "I. TRIỂN KHAI THỰC HIỆN QUY CHẾ\nHai cơ quan đã xây dựng chương trình phối hợp.\n"
    )

    def test_the_source_is_the_report_of_both_bodies(self) -> None:
        """The report the records come from is both bodies', not the letterhead's last one's."""
        records = _records(self.TEXT)
        assert records.sources == (
            "Báo cáo số 15/BC-MTTW-VKSTC ngày 19/2/2016 của Ủy ban Trung ương Mặt trận Tổ quốc"
            " Việt Nam và Viện kiểm sát nhân dân tối cao",
        )
        assert records.title == (
            "Sơ kết 01 năm thực hiện Quy chế phối hợp công tác giữa Ban Thường trực Ủy ban"
            " Trung ương Mặt trận Tổ quốc Việt Nam với Viện kiểm sát nhân dân tối cao"
        )


def test_notice_keeps_the_acts_it_cites_its_signature_and_its_recipients() -> None:
    """The records' outcome holds them, the signature for the body that signs, by name."""
    text = NOTICE.replace(
        "Bộ Y tế chủ trì xây dựng kế hoạch phối hợp năm 2022.",
        "Bộ Y tế chủ trì xây dựng kế hoạch phối hợp năm 2022, thực hiện Quyết định số "
        "15/QĐ-TTg ngày 05/01/2021 của Thủ tướng Chính phủ.",
    )
    draft = coordprog.import_text(text)
    assert draft.document == "records"
    outcome = coordprog.records_from_data(draft.data, "toml").outcomes[0]
    assert [(r.number, r.date, r.issuer) for r in outcome.legal_refs] == [
        ("15/QĐ-TTg", dt.date(2021, 1, 5), "Thủ tướng Chính phủ")
    ]
    assert [(s.party, s.body, s.authority, s.title, s.name) for s in outcome.signatories] == [
        (
            None,
            "Văn phòng Chính phủ",
            "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
            "PHÓ CHỦ NHIỆM",
            "Nguyễn Văn Dũng",
        )
    ]
    assert outcome.recipients == ("Bộ Y tế;", "Lưu: VT.")


def test_report_keeps_the_program_it_carries_out_among_its_acts() -> None:
    """A report "thực hiện" a program "giữa A và B" cites it, issued by both."""
    outcome = coordprog.records_from_data(coordprog.import_text(REPORT).data).outcomes[0]
    assert [(r.kind, r.number, r.issuer) for r in outcome.legal_refs] == [
        (coordprog.LegalKind.PROGRAM, "12/CTPH-STP-ĐTN", "Sở Tư pháp và Tỉnh đoàn Ninh Bình")
    ]
    assert [(s.body, s.title) for s in outcome.signatories] == [
        ("Sở Tư pháp tỉnh Ninh Bình", "GIÁM ĐỐC")
    ]


def test_report_keeps_its_addressees_which_the_review_report_prints() -> None:
    """A report's "Kính gửi" goes into its outcome, the bodies it is sent to for action."""
    text = REPORT.replace(
        "Sơ kết 3 năm thực hiện Chương trình phối hợp về phổ biến, giáo dục pháp luật giai đoạn "
        "2021-2023\n",
        "Sơ kết 3 năm thực hiện Chương trình phối hợp về phổ biến, giáo dục pháp luật giai đoạn "
        "2021-2023\nKính gửi: Ủy ban nhân dân tỉnh Ninh Bình\n",
    )
    draft = coordprog.import_text(text)
    assert draft.document == "records"
    records = coordprog.records_from_data(draft.data, "toml")
    assert ("Ủy ban nhân dân tỉnh Ninh Bình",) == records.outcomes[0].addressees


#: A record of a school's Young Pioneers' congress, invented for these tests in the shape such
#: records take: the type line and the meeting on one line, the school year under it, the
#: congress's date and place in its first sentence, its presidium and who read what, listed.
CONGRESS_RECORD = """\
HĐĐ HUYỆN AN PHÚ
LIÊN ĐỘI THCS TÂN HÒA
ĐỘI TNTP HỒ CHÍ MINH
Tân Hòa, ngày 20 tháng 9 năm 2021
BIÊN BẢN ĐẠI HỘI LIÊN ĐỘI
Năm học 2021 - 2022
Đại hội khai mạc lúc 7 giờ 30 phút, ngày 20 tháng 9 năm 2021. Tại trường THCS Tân Hòa.
Thành phần đại biểu gồm:
* Đoàn chủ tịch Đại hội có:
1. Bạn: Trần Văn An - Chi đội 9A
2. Bạn: Lê Thị Bình - Chi đội 8B
* Thư ký đại hội:
1/ Bạn: Phạm Thu Hà - Chi đội 7A
* Diễn biến Đại hội:
1. Bạn : Trần Văn An- thay mặt đoàn chủ tịch đọc báo cáo tổng kết công tác Đội năm học 2020 - 2021.
2. Bạn : Lê Thị Bình- thay mặt đoàn chủ tịch đọc bản phương hướng năm học 2021 \u2013 2022.
"""


def test_record_of_a_congress_is_drafted_as_the_records_of_its_meeting() -> None:
    """A "BIÊN BẢN" is the record of the meeting its title names: its date, place and chairs.

    The presidium listed under "Đoàn chủ tịch ... có:" chairs it (not the secretaries); who
    read the review or the programme out presented them; the record keeps its own date.
    """
    draft = coordprog.import_text(CONGRESS_RECORD)
    assert draft.document == "records"
    assert draft.data["title"] == "Đại hội liên đội năm học 2021 - 2022"
    records = coordprog.records_from_data(draft.data, "toml")
    meeting = records.meetings[0]
    assert meeting.title == "Đại hội liên đội năm học 2021 - 2022"
    assert meeting.date == dt.date(2021, 9, 20)
    assert meeting.place == "trường THCS Tân Hòa"
    assert [chair.name for chair in meeting.chairs] == ["Trần Văn An", "Lê Thị Bình"]
    assert [presenter.name for presenter in meeting.presenters] == ["Trần Văn An", "Lê Thị Bình"]
    assert records.outcomes[0].date == dt.date(2021, 9, 20)


def test_resolution_of_a_conference_is_the_record_of_that_conference() -> None:
    """A conference's resolution ("NGHỊ QUYẾT HỘI NGHỊ ...") records it, and who reported.

    The date is in the first sentence; the presenter is named after "do", before "trình bầy"
    (as some print "trình bày").
    """
    text = (
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập \u2013 Tự do \u2013 Hạnh phúc\n"
        "NGHỊ QUYẾT HỘI NGHỊ CÁN BỘ, CÔNG CHỨC NĂM HỌC 2021-2022\n"
        "Hội nghị cán bộ công chức trường Tiểu học Bình Minh được tổ chức vào ngày 05 tháng 10"
        " năm 2021.\n"
        "I. Sau khi nghe báo cáo kiểm điểm việc thực hiện nghị quyết năm học 2020-2021, do đ/c"
        " Lê Văn Tâm - Hiệu trưởng trình bầy, hội nghị đã thống nhất:\n"
        "- Năm học 2020-2021 nhà trường đạt nhiều kết quả.\n"
    )
    draft = coordprog.import_text(text)
    assert draft.document == "records"
    meeting = coordprog.records_from_data(draft.data, "toml").meetings[0]
    assert meeting.title == "Hội nghị cán bộ, công chức năm học 2021-2022"
    assert meeting.date == dt.date(2021, 10, 5)
    assert [presenter.name for presenter in meeting.presenters] == ["Lê Văn Tâm"]


def test_resolution_that_names_no_conference_stays_a_resolution() -> None:
    """A resolution on a matter ("NGHỊ QUYẾT VỀ ...") records no meeting."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH MINH\n"
        "Số: 12/2021/NQ-HĐND\nBình Minh, ngày 10 tháng 12 năm 2021\n"
        "NGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2022\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert coordprog.import_text(text).document != "records"


def test_a_conference_resolution_takes_no_cited_act_s_date_for_its_meeting() -> None:
    """No meeting date from a cited act ("Đề án số 7/HLHPN ngày ...") or a count ("đến ngày").

    A conference's resolution that reviews a scheme gives the scheme's date and the day
    its results are counted to, not the conference's: the meeting has no date read.
    """
    text = (
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BAN CHẤP HÀNH TRUNG ƯƠNG Độc lập \u2013 Tự do \u2013 Hạnh phúc\n"
        "* Hà Nội, ngày 12 tháng 9 năm 2021\n"
        "Số 07 \u2013 NQ/HLHPN\n"
        "NGHỊ QUYẾT\n"
        "Hội nghị lần thứ tư Ban Chấp hành\n"
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam (Khoá XII) về phát triển câu lạc bộ phụ nữ\n"
        "I. KẾT QUẢ THỰC HIỆN ĐỀ ÁN 7\n"
        "Qua 2 năm thực hiện Đề án số 7/HLHPN ngày 15/4/2019 của Đoàn Chủ tịch về câu lạc bộ"
        " phụ nữ, đến ngày 30/6/2021 các cấp Hội đã thành lập được 120 câu lạc bộ.\n"
    )
    draft = coordprog.import_text(text)
    assert draft.document == "records"
    dates = [meeting.get("date") for meeting in draft.data["meetings"]]
    assert dates == [None]


@pytest.mark.parametrize(
    "title",
    [
        "Tổng kết công tác công đoàn năm học 2015-2016",
        "Sơ kết 01 năm thực hiện Quy chế phối hợp công tác giữa\nBan Thường trực Ủy ban Mặt trận "
        "Tổ quốc Việt Nam tỉnh\nvới Viện kiểm sát nhân dân tỉnh",
    ],
)
def test_a_report_s_title_printed_above_its_type_line_is_read_and_flagged(title: str) -> None:
    """A report's title a copy printed above "BÁO CÁO" is read, and flagged to check.

    The report had been drafted as a program without a title, its kind unflagged: the draft
    is the one of the report printed right, its title flagged.
    """
    text = (
        "CĐGD NINH THUẬN\nCĐ TRƯỜNG THPT PHƯỚC HÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhước Hà, ngày 20 tháng 5 năm 2016\n{}\n"
        "I. ĐÁNH GIÁ TÌNH HÌNH ĐỘI NGŨ\nNăm học 2015-2016, công đoàn trường có 38 đoàn viên, "
        "sinh hoạt ở 05 tổ, hoạt động đều đặn và hiệu quả.\n"
        "II. PHƯƠNG HƯỚNG\n1. Tiếp tục nâng cao chất lượng hoạt động.\n"
    )
    draft = coordprog.import_text(text.format(f"{title}\nBÁO CÁO"))
    expected = coordprog.import_text(text.format(f"BÁO CÁO\n{title}"))
    assert ("records", " ".join(title.split())) == (expected.document, expected.data["title"])
    assert (draft.document, draft.data["title"]) == (expected.document, expected.data["title"])
    assert [item for item in draft.data["to_complete"] if item["path"] == "title"]


@pytest.mark.parametrize(
    "text",
    [
        "2021-2025. UBND huyện đã tổ chức Hội nghị tổng kết 5 năm Chương trình phối hợp\n"
        "về bảo vệ môi trường, giai đoạn 2016 \u2013 2020; đề ra nhiệm vụ và giải\n"
        "pháp cho giai đoạn 2021 - 2025.\nTổ chức các đoàn kiểm tra tại một số xã.\n",
        "\n1. Đồng ý đề nghị của Bộ Y tế về việc tổ chức Hội nghị sơ kết 3 năm thực hiện "
        "Chương trình phối hợp (Quyết định số 35/QĐ-BYT ngày 13 tháng 01 năm 2020).\n\n"
        "2. Bộ Y tế chủ trì chuẩn bị nội dung sơ kết.\n\nVăn phòng Chính phủ xin thông báo để "
        "Bộ Y tế biết, thực hiện./.\n",
    ],
)
def test_records_of_a_copy_cut_inside_its_text_flag_the_sentence_read_as_title(text: str) -> None:
    """A copy that starts inside its text: the first line, a sentence, is flagged as title.

    Without letterhead, number or type line, a line that ends another sentence ("2021-2025.
    UBND huyện ...") or a numbered item ("1. Đồng ý ...") had been the records' title without
    a flag.
    """
    draft = coordprog.import_text(text)
    assert "records" == draft.document
    assert [item for item in draft.data["to_complete"] if item["path"] == "title"]


@pytest.mark.parametrize("footer", ["", "\nCổng thông tin điện tử\nBản quyền thuộc Sở Giáo dục\n"])
def test_a_report_whose_copy_stops_in_its_title_flags_the_title(footer: str) -> None:
    """A review report's copy that stops inside its title (a page cut, a portal's footer after).

    Drafted as the report's records, the cut title ("Tổng kết công tác công") had been
    kept without a flag, as a program's is flagged.
    """
    draft = coordprog.import_text(
        "CĐGD NINH THUẬN\nCĐ TRƯỜNG THPT PHƯỚC HÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhước Hà, ngày 20 tháng 5 năm 2016\nBÁO CÁO\n"
        f"Tổng kết công tác công{footer}"
    )
    assert ("records", "Tổng kết công tác công") == (draft.document, draft.data["title"])
    assert [item for item in draft.data["to_complete"] if item["path"] == "title"]


#: A province's review report whose text starts right under its title, no blank line between.
_REPORT_RUN_ON = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN TƯỜNG\nSố: 45/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nAn Tường, ngày 10 tháng 9 năm 2023\n\nBÁO CÁO\n"
    "Sơ kết 05 năm thực hiện Quy chế phối hợp giữa Ủy ban nhân dân tỉnh\n"
    "và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n{first}\n"
    "I. KẾT QUẢ THỰC HIỆN\n1. Công tác tuyên truyền được triển khai thường xuyên.\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "Trong thời gian qua, việc phối hợp giữa hai bên đạt nhiều kết quả.",
        "Năm 2023, hai bên đã phối hợp chặt chẽ trong các nhiệm vụ",
        "Qua 5 năm triển khai, kết quả đạt được như sau:",
        "Ủy ban nhân dân tỉnh báo cáo kết quả như sau:",
    ],
)
def test_a_report_s_first_sentence_under_its_title_is_not_the_title_s(first: str) -> None:
    """The text's first sentence right under a report's title ends the title.

    "Trong thời gian qua, ...", "Ủy ban nhân dân tỉnh báo cáo kết quả như sau:": no word a
    body opens with, no blank line before it; it had been read as the title's last line,
    without a flag.
    """
    draft = coordprog.import_text(_REPORT_RUN_ON.format(first=first))
    assert draft.data["title"] == (
        "Sơ kết 05 năm thực hiện Quy chế phối hợp giữa Ủy ban nhân dân tỉnh và Ủy ban Mặt trận "
        "Tổ quốc Việt Nam tỉnh"
    )


def test_a_report_s_date_read_from_a_sentence_without_a_date_line_is_flagged() -> None:
    """A report's copy without its date line: the lead's date above it is flagged."""
    draft = coordprog.import_text(
        "Thực hiện Chương trình phối hợp số 01/CTr-STP-HND ngày 10 tháng 01 năm 2016, Sở Tư "
        "pháp báo cáo sơ kết\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSỞ TƯ PHÁP\nSố: 45/BC-STP\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO\n"
        "Sơ kết 03 năm thực hiện Chương trình phối hợp giữa Sở Tư pháp và Hội Nông dân tỉnh "
        "giai đoạn 2016-2020\nI. KẾT QUẢ THỰC HIỆN\n1. Đã tổ chức 20 hội nghị tuyên truyền.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
    )
    assert "records" == draft.document
    assert "2016-01-10" == str(draft.data["outcomes"][0]["date"])
    assert [item for item in draft.data["to_complete"] if item["path"] == "outcomes[0].date"]


def test_a_report_with_two_place_and_date_lines_flags_its_date() -> None:
    """Two place-and-date lines of different days over a report: its date is to check."""
    draft = coordprog.import_text(
        "Hà Nội, ngày 20 tháng 3 năm 2019\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSỞ TƯ PHÁP\n"
        "Số: 45/BC-STP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Nam Định, ngày 12 tháng 3 năm 2019\nBÁO CÁO\n"
        "Sơ kết 03 năm thực hiện Chương trình phối hợp giữa Sở Tư pháp và Hội Nông dân tỉnh "
        "giai đoạn 2016-2020\nI. KẾT QUẢ THỰC HIỆN\n1. Đã tổ chức 20 hội nghị tuyên truyền.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
    )
    assert "records" == draft.document
    assert [item for item in draft.data["to_complete"] if item["path"] == "outcomes[0].date"]


@pytest.mark.parametrize(
    ("type_line", "under", "title"),
    [
        ("BÁO CÁO TỔNG KẾT", "Kết quả 10 năm thực hiện Quy chế phối hợp", None),
        ("BÁO CÁO KẾT QUẢ", "Phối hợp tuyên truyền pháp luật năm 2023", None),
        ("BÁO CÁO SƠ KẾT", "Công tác phối hợp 6 tháng đầu năm 2023", None),
        ("BÁO CÁO TỔNG KẾT", "10 năm thực hiện Quy chế phối hợp", "Tổng kết 10 năm thực hiện"),
    ],
)
def test_a_report_s_type_line_with_its_kind_s_words_keeps_the_title_under_it(
    type_line: str, under: str, title: str | None
) -> None:
    """A report's type line with its kind's words, over a title in sentence case.

    "BÁO CÁO TỔNG KẾT" / "Kết quả 10 năm ...": the words qualify the type. The report had
    been titled "Tổng kết" (or drafted as a programme under "BÁO CÁO KẾT QUẢ"), the title
    under it lost. A line that opens with a number ("10 năm thực hiện ...") goes on the
    type's words; it had been lost too.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN AN TƯỜNG\nSố: 45/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Tường, ngày 10 tháng 9 năm 2023\n\n"
        f"{type_line}\n{under}\n\n"
        "Thực hiện Quy chế phối hợp số 01/QCPH ngày 3/3/2013, Ủy ban nhân dân huyện báo cáo "
        "như sau:\nI. KẾT QUẢ\n1. Công tác tuyên truyền được triển khai thường xuyên.\n"
    )
    assert "outcomes" in draft.data
    assert draft.data["title"].startswith(title or under)


@pytest.mark.parametrize(
    "printed", ["05 năm thực hiện Quy chế phối hợp", "05 NĂM THỰC HIỆN QUY CHẾ PHỐI HỢP"]
)
def test_a_title_that_opens_with_a_number_keeps_its_first_word_small(printed: str) -> None:
    """A title that opens with a number has no first letter to raise after it.

    "05 năm thực hiện ..." had been "05 Năm thực hiện ...", a capital the text does not
    print, without a flag.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN AN TƯỜNG\nSố: 45/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Tường, ngày 10 tháng 9 năm 2023\n\n"
        f"BÁO CÁO\n{printed}\n\n"
        "Ủy ban nhân dân huyện báo cáo kết quả như sau:\nI. KẾT QUẢ\n"
        "1. Công tác tuyên truyền được triển khai thường xuyên.\n"
    )
    assert draft.data["title"] == "05 năm thực hiện Quy chế phối hợp"


#: A ministry's half-year report, its title in capitals, its first sentence right under it.
_HALF_YEAR_REPORT = (
    "BỘ NỘI VỤ\nSố: 31/BC-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 08 tháng 7 năm 2015\nBÁO CÁO\n"
    "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM\n"
    "VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM 2015\n"
    "Tiếp theo các báo cáo về\n"
    "việc triển khai Nghị quyết số 12/2011/NQ-CP ngày 05 tháng 3 năm\n"
    "2011 của Chính phủ về cải cách hành chính, Bộ Nội vụ tổng hợp và báo cáo kết quả như sau:\n"
    "I. KẾT QUẢ THỰC HIỆN\n1. Công tác chỉ đạo được triển khai thường xuyên.\n"
)


def test_a_half_year_report_s_first_sentence_under_its_title_cites_its_acts() -> None:
    """The acts of a first sentence whose short first lines the opening keeps are read whole.

    "Tiếp theo các báo cáo về" / "việc triển khai Nghị quyết số ... năm" / "2011 của Chính
    phủ ...": the resolution had been read from later mentions, without date or issuer.
    """
    draft = coordprog.import_text(_HALF_YEAR_REPORT)
    refs = draft.data["outcomes"][0]["legal_refs"]
    assert [("12/2011/NQ-CP", "2011-03-05", "Chính phủ")] == [
        (ref["number"], str(ref.get("date")), ref.get("issuer")) for ref in refs
    ]


def test_a_first_half_whose_year_follows_the_second_half_s_tasks_is_the_window() -> None:
    """A title's "6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2015": January to June 2015."""
    draft = coordprog.import_text(_HALF_YEAR_REPORT)
    window = draft.data["outcomes"][0]["window"]
    assert ("2015-01-01", "2015-06-30") == (str(window["start"]), str(window["end"]))


@pytest.mark.parametrize(
    "title", ["05 năm thực hiện Quy chế phối hợp", "10 NĂM TRIỂN KHAI CHƯƠNG TRÌNH PHỐI HỢP"]
)
def test_a_report_titled_by_the_years_it_reviews_is_drafted_as_records(title: str) -> None:
    """A report whose title opens with the years (or months) of carrying out is a review.

    "05 năm thực hiện Quy chế ..." under "BÁO CÁO" had been drafted as a programme (flagged
    as a report's type line over another kind).
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN AN TƯỜNG\nSố: 45/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Tường, ngày 10 tháng 9 năm 2023\n\n"
        f"BÁO CÁO\n{title}\n\n"
        "Ủy ban nhân dân huyện báo cáo kết quả như sau:\nI. KẾT QUẢ\n"
        "1. Công tác tuyên truyền được triển khai thường xuyên.\n"
    )
    assert "outcomes" in draft.data
