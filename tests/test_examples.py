"""The example programs, as the installed package serves them."""

import contextlib
import datetime as dt
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import coordprog
from coordprog import CoordprogError, Program, examples
from coordprog.testing import check_schedule

from .conftest import ROOT

REAL = (
    "binh-thuan",
    "lam-dong-bdt-hnd-2021-2025",
    "cp-mttq-joint-resolution-2023",
    "dak-lak-regulation-2017",
    "hoa-binh-tt-hdnd-ubnd-2019",
    "ubdt-hlhpn-2021-2025",
    "bdvtw-bcsdcp-2016-2021",
    "bdvtw-bcsdcp-plan-2018",
    "bdvtw-ubdt-2021-2025",
    "hddt-ubdt-2022-2026",
    "son-la-decision-2017",
    "ubdt-bdbp-2016-2021",
)

#: Real examples whose records are taken from public reports, each citing them.
REAL_RECORDS = ("hddt-ubdt-2022-2026", "ubdt-bdbp-2016-2021")


def test_names() -> None:
    """Every example is listed by name."""
    assert tuple(sorted((*REAL, "lam-dong-illustrative"))) == examples.names()


@pytest.mark.parametrize("name", REAL[1:])
def test_real_examples_cite_their_source(name: str) -> None:
    """Each real example has its source text beside it, naming where it came from."""
    folder = ROOT / "examples" / name.replace("-", "_")
    source = (folder / "source.txt").read_text(encoding="utf-8")
    first = source.split("== ", 2)[1]
    # The first section names its address, or the example whose text cites the document.
    assert "://" in first or "examples/" in source.split("== ", 1)[0]


@pytest.mark.parametrize("name", [*REAL, "lam-dong-illustrative"])
def test_every_example_schedules_and_renders(name: str) -> None:
    """Every example validates, schedules (open ones to a horizon) and renders everywhere."""
    program = examples.load(name)
    until = dt.date(2030, 12, 31)
    events = coordprog.schedule(program, "weekends", until=until)
    check_schedule(program, events, coordprog.WeekendCalendar(), until=until)
    builtins_only = coordprog.get_plugin_manager(entry_points=False)
    for fmt in coordprog.formats(plugin_manager=builtins_only):
        for report, shape in (
            ("program", "document"),
            ("matrix", "table"),
            ("schedule", "calendar"),
        ):
            if shape in fmt.shapes:
                text = coordprog.render(program, report, fmt.name, plugin_manager=builtins_only)
                # Every format but CSV (a header row and data) shows the title.
                expected = "Mã" if (fmt.name, report) == ("csv", "matrix") else program.heading[:20]
                if (fmt.name, report) != ("csv", "schedule"):
                    # iCalendar folds long lines and escapes commas.
                    unfolded = text.replace("\r\n ", "").replace("\\,", ",")
                    assert expected in unfolded, (fmt.name, report)


def test_load_is_the_example_file(example_path: Path) -> None:
    """examples.load() gives the program in examples/binh_thuan/program.toml."""
    assert coordprog.load(example_path) == examples.load("binh-thuan")


def test_unknown_name() -> None:
    """An unknown example name is a clear error."""
    with pytest.raises(CoordprogError, match=r"one of bdvtw-bcsdcp-2016-2021.*found 'hà-nội'"):
        examples.load("hà-nội")


def test_fixture(coordprog_binh_thuan: Program) -> None:
    """The pytest plugin's fixture serves the same program."""
    assert examples.load("binh-thuan") == coordprog_binh_thuan


def test_wheel_carries_the_example(tmp_path: Path) -> None:
    """A built wheel holds the example and loads it without the repository."""
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("coordprog-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    code = (
        "import coordprog.examples as e; p = e.load('binh-thuan');"
        "print(e.path('binh-thuan') is not None, len(p.tasks))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(site)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "True 25" == out.stdout.strip()


class TestIllustrative:
    """The second example shows the range of the model."""

    @pytest.fixture
    def program(self) -> Program:
        return examples.load("lam-dong-illustrative")

    def test_labelled_illustrative(self, program: Program) -> None:
        """Its id and title say it is not a real document."""
        assert "illustrative" in program.id
        assert "(minh họa)" in program.heading

    def test_shape(self, program: Program) -> None:
        """Four signing parties with a group party, co-leads, a term, numbered plans."""
        assert 4 == len(program.parties)
        assert [("hlhpn", "tdtn")] == [p.members for p in program.parties if p.group]
        assert program.task("II.2.1").co_led
        assert "nhiệm kỳ 2025 - 2030" == program.period.term
        assert ["05-KH/MTTQ-SDTTG-HND-ĐTCT", "03-KH/MTTQ-SDTTG-HND-ĐTCT"] == [
            plan.number for plan in program.annual_plans
        ]
        assert "Ban Dân tộc tỉnh" == program.party("sdttg").name_on(dt.date(2025, 1, 1))

    def test_schedule(self, program: Program) -> None:
        """Calendar quarters for the meetings; the final review takes the last windows."""
        events = coordprog.schedule(program, "weekends")
        check_schedule(program, events, coordprog.WeekendCalendar())
        meetings = [e for e in events if e.rule == "giao-ban-quy"]
        assert (dt.date(2025, 10, 1), dt.date(2025, 12, 31)) == (meetings[0].start, meetings[0].end)
        assert 19 == len(meetings)
        assert 1 == sum(e.rule == "giua-nhiem-ky" for e in events)
        assert dt.date(2030, 10, 30) == events[-1].due


@pytest.mark.parametrize("name", REAL_RECORDS)
def test_real_records_validate_and_cite_their_sources(name: str) -> None:
    """Each records file of a real example is valid against its program and cites an address."""
    program = examples.load(name)
    paths = examples.records_paths(name)
    assert paths
    for path in paths:
        records = coordprog.load_records(program, path)
        assert not records.illustrative, path.name
        assert records.sources, path.name
        assert all("://" in source for source in records.sources), path.name
    assert examples.records(name).meetings


@pytest.mark.parametrize("name", REAL_RECORDS)
def test_real_records_render_every_report_that_reads_them(name: str) -> None:
    """The review, status and status-calendar reports render from the records in every format."""
    program = examples.load(name)
    records = examples.records(name)
    builtins_only = coordprog.get_plugin_manager(entry_points=False)
    options = {"as_of": dt.date(2025, 12, 31)}
    for fmt in coordprog.formats(plugin_manager=builtins_only):
        for report, shape in (
            ("review", "document"),
            ("status", "table"),
            ("status-calendar", "calendar"),
        ):
            if shape in fmt.shapes:
                out = coordprog.render_output(
                    program,
                    report,
                    fmt.name,
                    options=options,
                    records=records,
                    plugin_manager=builtins_only,
                )
                assert out.content, (fmt.name, report)


class TestMergedBody:
    """A real regulation whose signing body ceased in the 2025 reorganisation, with its records.

    The Hội đồng Dân tộc and the Ủy ban Dân tộc signed their 2022 - 2026
    regulation on 9 March 2022; from 1 March 2025 the Bộ Dân tộc và Tôn
    giáo, established on the Ủy ban Dân tộc's basis, carries it on.
    """

    NAME = "hddt-ubdt-2022-2026"
    LAST_DAY = dt.date(2025, 2, 28)
    FIRST_DAY = dt.date(2025, 3, 1)

    @pytest.fixture
    def program(self) -> Program:
        return examples.load(self.NAME)

    @pytest.fixture
    def records(self) -> coordprog.Records:
        return examples.records(self.NAME)

    def _review(
        self, program: Program, records: coordprog.Records, window: str, as_of: dt.date
    ) -> str:
        text = coordprog.render(
            program,
            "review",
            "markdown",
            options={"window": window, "as_of": as_of},
            records=records,
        )
        # Names are kept on one line with no-break spaces; read them as spaces.
        return text.replace("\N{NO-BREAK SPACE}", " ")

    def test_what_the_reports_state(self, program: Program) -> None:
        """Signed 9 March 2022 for 2022 - 2026; text not public; six joint contents."""
        assert dt.date(2022, 3, 9) == program.signed_on
        assert (dt.date(2022, 1, 1), dt.date(2026, 12, 31)) == (
            program.period.start,
            program.period.end,
        )
        assert not program.text_available
        assert ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"] == [t.id for t in program.tasks]
        assert all(t.joint and not t.leads for t in program.tasks)
        assert "qcph-hddt-ubdt-2016-2021" == program.predecessor

    def test_the_committee_ceased_and_the_ministry_took_over(self, program: Program) -> None:
        """The Ủy ban Dân tộc's last day, its successor and the act, as the sources state them."""
        committee = program.party("ubdt")
        assert (self.LAST_DAY, "bdttg", "176/2025/QH15") == (
            committee.until,
            committee.successor,
            committee.lineage_act,
        )
        assert "176/2025/QH15" == program.legal_ref("176/2025/QH15").number
        assert ["bdttg"] == [p.id for p in program.third_parties]
        assert "Bộ Dân tộc và Tôn giáo" == program.party("bdttg").name

    def test_duties_pass_the_day_after_the_last_day(self, program: Program) -> None:
        """The committee answers for its duties to 28 February 2025, the ministry from 1 March."""
        assert "ubdt" == program.responsible("ubdt", self.LAST_DAY)
        assert "bdttg" == program.responsible("ubdt", self.FIRST_DAY)
        assert "hddt" == program.responsible("hddt", self.FIRST_DAY)

    def test_status_gives_the_joint_contents_to_the_living_bodies(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """Each joint content is the council's and committee's, then council's and ministry's."""
        before = coordprog.status(program, records, self.LAST_DAY)
        after = coordprog.status(program, records, self.FIRST_DAY)
        assert {("hddt", "ubdt")} == {t.bodies for t in before.tasks}
        assert {("hddt", "bdttg")} == {t.bodies for t in after.tasks}
        assert ["hddt", "bdttg"] == [tally.party for tally in after.parties]

    def test_the_records_as_reported(self, records: coordprog.Records) -> None:
        """Signing reviews the 2016 - 2021 rules; the 2025 session is the ministry's."""
        signing, session, later = records.meetings
        assert ("review-and-signing", dt.date(2022, 3, 9), "qcph-hddt-ubdt-2016-2021") == (
            signing.kind.value,
            signing.date,
            signing.reviewed_program,
        )
        assert ["hddt", "ubdt"] == [person.party for person in signing.chairs]
        assert dt.date(2022, 3, 23) == session.date
        assert coordprog.PartialDate(2025) == later.date
        assert ["hddt", "bdttg"] == [a.party for a in later.attendees]
        (outcome,) = records.outcomes
        assert coordprog.Window(dt.date(2022, 1, 1), dt.date(2022, 12, 31)) == outcome.window

    def test_the_2022_review_is_the_committees(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """A draft review of 2022 is written and chaired in the name of the living committee."""
        text = self._review(program, records, "2022", dt.date(2023, 1, 20))
        assert "Hội đồng Dân tộc của Quốc hội, Ủy ban Dân tộc báo cáo kết quả" in text
        assert "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc, Hầu A Lềnh" in text
        assert "Năm 2022 là năm đầu tiên" in text

    def test_the_export_keeps_the_lineage(self, tmp_path: Path) -> None:
        """The SQLite export says the committee's last day and its successor."""
        path = tmp_path / "portfolio.sqlite"
        portfolio = coordprog.load_portfolio(ROOT / "examples")
        coordprog.export_sqlite(portfolio, path, as_of=dt.date(2026, 12, 5), metadata=False)
        with contextlib.closing(sqlite3.connect(path)) as connection:
            row = connection.execute(
                "select successor_id, until from bodies where id = 'ubdt'"
            ).fetchone()
        assert ("bdttg", "2025-02-28") == row

    # -- what the outputs say of the merger, in every report (issue 23) --

    def test_a_2025_review_is_written_by_the_ministry(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """The opening sentence of a 2025 review names the ministry, not the ceased committee."""
        text = self._review(program, records, "2025", dt.date(2025, 12, 31))
        assert "Hội đồng Dân tộc của Quốc hội, Bộ Dân tộc và Tôn giáo báo cáo kết quả" in text

    def test_a_2025_review_is_signed_by_the_ministry(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """The signature block of a 2025 review is the ministry's."""
        text = self._review(program, records, "2025", dt.date(2025, 12, 31))
        assert "| HỘI ĐỒNG DÂN TỘC CỦA QUỐC HỘI | BỘ DÂN TỘC VÀ TÔN GIÁO |" in text

    def test_a_2025_review_never_heads_with_the_ceased_committee(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """Neither the letterhead nor the signature of a 2025 review names the ceased committee."""
        html = coordprog.render(
            program,
            "review",
            "html",
            options={"window": "2025", "as_of": dt.date(2025, 12, 31)},
            records=records,
        )
        # Names are kept on one line with no-break spaces; read them as spaces.
        assert "ỦY BAN DÂN TỘC" not in html.replace("\N{NO-BREAK SPACE}", " ")

    def test_a_2025_review_counts_the_ministrys_duties(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """The table per body of a 2025 review has a row for the ministry."""
        text = self._review(program, records, "2025", dt.date(2025, 12, 31))
        assert "| Bộ Dân tộc và Tôn giáo |" in text

    def test_a_meeting_known_to_the_year_is_printed_as_the_year(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """The 2025 session, dated to the year by its reports, is never printed as a day."""
        text = self._review(program, records, "2025", dt.date(2025, 12, 31))
        assert "Buổi làm việc của Bộ Dân tộc và Tôn giáo" in text
        assert "Ngày 2025" not in text

    def test_status_lists_overdue_joint_contents_for_the_living_bodies(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """After the period, each unreported joint content is overdue for council and ministry."""
        text = coordprog.render(
            program,
            "status",
            "markdown",
            options={"as_of": dt.date(2027, 2, 1)},
            records=records,
        )
        text = text.replace("\N{NO-BREAK SPACE}", " ")
        rows = [line for line in text.splitlines() if line.startswith("| ") and "1." in line]
        bodies = [line.split(" | ")[0].removeprefix("| ") for line in rows]
        assert 6 == bodies.count("Hội đồng Dân tộc của Quốc hội")
        assert 6 == bodies.count("Bộ Dân tộc và Tôn giáo")
        assert "Ủy ban Dân tộc" not in bodies

    def test_the_program_report_states_the_lineage(self, program: Program) -> None:
        """The program as a document says when the committee ceased and who carries it on."""
        text = coordprog.render(program, "program", "text")
        assert "28/02/2025" in text

    def test_the_matrix_marks_both_bodies_of_each_joint_content(self, program: Program) -> None:
        """Every cell of a joint content is marked, for the council and for the committee."""
        table = json.loads(coordprog.render(program, "matrix", "json"))
        keys = [column["key"] for column in table["columns"]]
        for row in table["rows"]:
            cells = dict(zip(keys, row, strict=True))
            assert cells["hddt"], cells["task"]
            assert cells["ubdt"], cells["task"]

    def test_the_export_has_role_rows_for_the_joint_contents(self, tmp_path: Path) -> None:
        """Each joint content has role rows for the bodies that carry it."""
        path = tmp_path / "portfolio.sqlite"
        portfolio = coordprog.load_portfolio(ROOT / "examples")
        coordprog.export_sqlite(portfolio, path, as_of=dt.date(2026, 12, 5), metadata=False)
        with contextlib.closing(sqlite3.connect(path)) as connection:
            bodies = {
                row[0]
                for row in connection.execute(
                    "select body_id from task_roles where program_id = ?", (self.NAME,)
                )
            }
        assert {"hddt", "ubdt"} <= bodies


class TestDecisionWithItsRegulation:
    """A real regulation known from the decision that promulgates it, its own text not retrieved.

    Sơn La's Decision 16/2017/QĐ-UBND of 5 June 2017 issues the regulation
    (4 chapters, 23 articles), takes effect on 1 July 2017, states no end and
    replaces Decision 12/2013/QĐ-UBND; the retrieved copy stops before the
    signature.
    """

    NAME = "son-la-decision-2017"

    @pytest.fixture
    def program(self) -> Program:
        return examples.load(self.NAME)

    def test_what_the_decision_states(self, program: Program) -> None:
        """The decision's number and date, the start of force, the size; no end, no tasks."""
        decision = program.promulgation
        assert decision is not None
        assert ("16/2017/QĐ-UBND", dt.date(2017, 6, 5)) == (decision.number, decision.date)
        assert ["1", "2", "3"] == [article.number for article in decision.articles]
        assert (dt.date(2017, 7, 1), None, False) == (
            program.period.start,
            program.period.end,
            program.period.end_unknown,
        )
        assert (False, (), None) == (program.text_available, program.tasks, program.signed_on)

    def test_the_program_report_prints_the_decision_and_the_regulation(
        self, program: Program
    ) -> None:
        """The program report states the decision, the size, the proposer, what it replaces."""
        text = coordprog.render(program, "program", "text")
        expected = [
            "Thời gian: từ ngày 01/07/2017",
            "Cơ quan đề xuất: Giám đốc Sở Nội vụ\n",
            "Gồm: 4 chương, 23 điều\n",
            "Thay thế: Quyết định số 12/2013/QĐ-UBND",
            "Ban hành kèm theo: Quyết định số 16/2017/QĐ-UBND",
            "Nơi ký: Sơn La\n",
            "Căn cứ Nghị định số 99/2016/NĐ-CP",
            "Lãnh đạo VP, CVCK;",
        ]
        assert expected == [line for line in expected if line in text]
        assert "Sơn La (Sơn La)" not in text

    def test_the_acts_cited_keep_their_notes(self, program: Program) -> None:
        """What the file says of a cited act (a submission, the act replaced) is printed with it."""
        text = coordprog.render(program, "program", "markdown").split("## Văn bản được viện dẫn")[1]
        assert "Tờ trình số 446/TTr-SNV, ngày 01/06/2017 của Sở Nội vụ — Tờ trình" in text
        assert "— Được thay thế bởi Quyết định số 16/2017/QĐ-UBND (Điều 2)." in text


class TestReviewFiguresAsRecords:
    """A real program known from news reports, with the final review's figures as records.

    The Ủy ban Dân tộc and the Bộ Tư lệnh Bộ đội Biên phòng signed their
    2016 - 2021 program on an afternoon of 1 November whose year the
    retrieved text does not give; the final review gave figures for the
    whole period, not for one content.
    """

    NAME = "ubdt-bdbp-2016-2021"

    @pytest.fixture
    def program(self) -> Program:
        return examples.load(self.NAME)

    @pytest.fixture
    def records(self) -> coordprog.Records:
        return examples.records(self.NAME)

    def _review(self, program: Program, records: coordprog.Records) -> str:
        text = coordprog.render(
            program, "review", "markdown", options={"as_of": "2026-12-05"}, records=records
        )
        return text.replace("\N{NO-BREAK SPACE}", " ")

    def test_no_date_is_invented(self, program: Program, records: coordprog.Records) -> None:
        """Neither the signing nor the review has a date, as the reports give none."""
        assert (None, [None, None]) == (program.signed_on, [m.date for m in records.meetings])

    def test_contents_whose_lead_is_not_stated_are_no_bodys_duty(self, program: Program) -> None:
        """The known contents name no lead: none is made the duty of a party."""
        assert [()] * 3 == [program.duty_bodies(task) for task in program.tasks]
        assert all(program.lead_unknown(task) for task in program.tasks)

    def test_the_final_review_gives_the_figures_of_the_whole_period(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """The review prints the period's figures with their units, before the contents."""
        text = self._review(program, records)
        assert "180.661 buổi" in text
        assert "8.463.137 lượt người" in text
        assert text.index("8.463.137") < text.index("Công tác tuyên truyền, vận động")

    def test_the_final_review_tells_both_meetings_without_a_day(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """The signing (no date, no window) and the review are told, each "Chưa rõ ngày"."""
        text = self._review(program, records)
        assert 2 == text.count("Chưa rõ ngày:")
        assert "Hà Ngọc Chiến" in text
        assert "Hầu A Lềnh" in text

    def test_the_review_says_no_lead_is_known(
        self, program: Program, records: coordprog.Records
    ) -> None:
        """Each content is shown with its lead not known, not shared among the parties."""
        text = self._review(program, records)
        assert 3 == text.count("Cơ quan chủ trì: chưa rõ")
        assert "Các cơ quan cùng thực hiện" not in text
