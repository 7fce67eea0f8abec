"""The drafts of the yearly cycle: the annual plan and, at the final review, the next program."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest

import coordprog
from coordprog import examples
from coordprog.cli import main

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "examples" / "binh_thuan" / "program.toml"
RECORDS = sorted((ROOT / "examples" / "binh_thuan" / "records").glob("*.toml"))
MISSING = "[Chưa có trong hồ sơ: bổ sung trước khi ban hành.]"


@pytest.fixture(scope="module")
def program() -> coordprog.Program:
    return examples.load("binh-thuan")


@pytest.fixture(scope="module")
def records() -> coordprog.Records:
    return examples.records("binh-thuan")


def _plan(
    program: coordprog.Program,
    records: coordprog.Records | None,
    fmt: str = "markdown",
    **options: object,
) -> str:
    text = coordprog.render(program, "annual-plan", fmt, options=options, records=records)
    return " ".join(text.split()) if fmt == "text" else text


class TestAnnualPlan:
    """The report kind ``annual-plan``: the draft *kế hoạch phối hợp công tác năm*."""

    def test_the_plan_has_the_structure_of_a_yearly_plan(
        self, program: coordprog.Program, records: coordprog.Records
    ) -> None:
        """Purposes, contents, what the review proposed, the year's calendar, organisation."""
        text = _plan(program, records, year=2024)
        headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
        assert [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. NỘI DUNG PHỐI HỢP",
            "III. NHỮNG NỘI DUNG THEO KẾT QUẢ SƠ KẾT NĂM 2023",
            "IV. LỊCH CÔNG TÁC NĂM 2024",
            "V. TỔ CHỨC THỰC HIỆN",
        ] == headings
        assert "# Phối hợp công tác năm 2024 giữa Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh" in text
        assert "**KẾ HOẠCH**" in text

    def test_the_tasks_in_force_with_their_leads_and_supports(
        self, program: coordprog.Program, records: coordprog.Records
    ) -> None:
        """A task not finished carries on with what its last report said; who leads, supports."""
        text = _plan(program, records, "text", year=2024)
        assert (
            "(Chủ trì: Ban Dân vận Tỉnh ủy; phối hợp: Ban Dân tộc tỉnh; tình trạng: không "
            "thực hiện được (báo cáo ngày 20/06/2023: Chờ hướng dẫn của cấp trên về tiêu chí "
            "lực lượng cốt cán; đề nghị chuyển sang năm 2024))."
        ) in text
        assert (
            "phối hợp: Ban Dân tộc tỉnh, Ban Tổ chức Tỉnh ủy, Sở Nội vụ, Trường Chính trị" in text
        )

    def test_a_task_finished_before_the_year_is_left_out(
        self, program: coordprog.Program, records: coordprog.Records
    ) -> None:
        """A task of the national target program reported done is not planned again."""
        task = program.task("II.2.1.1")
        assert task.text[:40] in _plan(program, records, "text", year=2025)
        done = attrs.evolve(
            records,
            progress=(
                *records.progress,
                coordprog.Progress(
                    task="II.2.1.1",
                    by="bdv",
                    as_of=dt.date(2024, 12, 20),
                    status=coordprog.ProgressStatus.DONE_ON_TIME,
                ),
            ),
        )
        assert task.text[:40] not in _plan(program, done, "text", year=2025)

    def test_what_the_last_review_proposed(
        self, program: coordprog.Program, records: coordprog.Records
    ) -> None:
        """Section III lists the directions and proposals of the review that closed the year."""
        text = _plan(program, records, "text", year=2023)
        part = text.split("III. NHỮNG NỘI DUNG THEO KẾT QUẢ SƠ KẾT NĂM 2022")[1].split("IV.")[0]
        assert "Triển khai Kế hoạch phối hợp công tác năm 2023" in part
        assert "Đối với Thường trực Tỉnh ủy: Quan tâm chỉ đạo" in part

    def test_the_years_events_on_the_work_calendar(
        self, program: coordprog.Program, records: coordprog.Records
    ) -> None:
        """The calendar of the year: each event due that year, moved off days off."""
        text = _plan(program, records, year=2024)
        # 31/03/2024 is a Sunday: the plan is due on the Friday before.
        assert "| Kế hoạch phối hợp công tác năm 2024 | 29/03/2024 |" in text
        assert "| Sơ kết 6 tháng (01/01/2024 - 30/06/2024) | 01/07/2024 |" in text

    def test_what_a_person_must_complete_is_marked(
        self, program: coordprog.Program, records: coordprog.Records
    ) -> None:
        """Purposes, requirements, organisation and recipients, as the review report marks them."""
        text = _plan(program, records, "text", year=2024)
        assert text.count(MISSING) == 3
        assert "[Chưa có trong hồ sơ: nơi nhận; bổ sung trước khi ban hành.]" in text
        assert "Hồ sơ thực hiện dùng để lập dự thảo này là dữ liệu minh họa" in text

    def test_the_letterhead_of_the_parties(
        self, program: coordprog.Program, records: coordprog.Records
    ) -> None:
        """Their letterhead, a blank for the plan's number (KH) and its date, their signatures."""
        page = _plan(program, records, "html", year=2024).replace("\xa0", " ")
        assert '<p class="number">Số <span class="blank"></span>-KH/BDVTU-BDT</p>' in page
        assert "Bình Thuận, ngày ... tháng ... năm ..." in page
        assert "BAN DÂN TỘC TỈNH" in page.split('class="signatures"')[1]

    def test_the_default_year_follows_the_latest_review(self, program: coordprog.Program) -> None:
        """Without a year: the year after the latest review's, else the first of the period."""
        assert "năm 2022" in _plan(program, None).splitlines()[2]
        two = examples.records("binh-thuan")
        early = attrs.evolve(two, outcomes=two.outcomes[:1])  # only the 2022 review
        assert "năm 2023" in _plan(program, early).splitlines()[2]

    def test_a_year_outside_the_period_is_refused(self, program: coordprog.Program) -> None:
        with pytest.raises(coordprog.RenderError, match="expected the option year within"):
            _plan(program, None, year=2030)

    @pytest.mark.parametrize("fmt", ["markdown", "html", "text", "json"])
    def test_every_document_format(
        self, program: coordprog.Program, records: coordprog.Records, fmt: str
    ) -> None:
        """The plan renders in every built-in document format, in Vietnamese."""
        assert "KẾ HOẠCH" in _plan(program, records, fmt, year=2025)


@pytest.fixture(scope="module")
def draft() -> coordprog.NextProgramDraft:
    """The next program of Bình Thuận's, for 2026 - 2030, from its final review."""
    return coordprog.draft_next_program(
        examples.load("binh-thuan"), examples.records("binh-thuan"), period="2026-2030"
    )


class TestDraftNextProgram:
    """:func:`coordprog.draft_next_program`: the next program's file, at the final review."""

    def test_a_valid_program_of_the_next_period(self, draft: coordprog.NextProgramDraft) -> None:
        """It validates, round-trips, and runs 2026 - 2030 under the title it had."""
        new = draft.program
        assert () == coordprog.validate(new)
        assert new == coordprog.loads(coordprog.dumps(new, "toml"), "toml")
        assert "giai đoạn 2026 - 2030" == new.period.as_written
        assert new.heading.endswith("trên địa bàn tỉnh Bình Thuận giai đoạn 2026 - 2030")
        assert "binh-thuan-dan-van-dan-toc-2026-2030" == new.id
        # The final review of the new period is named for it.
        final = new.schedule.final_review
        assert final is not None
        assert final.name_vi.endswith("giai đoạn 2026 - 2030")

    def test_the_tasks_still_in_force(self, draft: coordprog.NextProgramDraft) -> None:
        """Tasks reported finished stay behind; regular tasks and unfinished ones carry over."""
        carried = {task.id for task in draft.program.tasks}
        assert {"II.2.1.1", "II.2.1.2", "II.2.2.1", "II.2.2.5"}.isdisjoint(carried)
        assert {"II.1.1.1", "II.2.1.3", "II.1.2.5"} <= carried
        assert 21 == len(carried)
        task = draft.program.task("II.2.1.6")
        assert ("bdv",) == task.leads
        assert ("bdt", "btc-tu", "snv", "tct") == task.supports

    def test_the_finished_program_and_its_review_as_basis_and_predecessor(
        self, draft: coordprog.NextProgramDraft
    ) -> None:
        """Predecessor: the finished program; basis: it and its final review report."""
        new = draft.program
        assert new.predecessor is not None
        finished = new.legal_ref(new.predecessor)
        assert finished.title is not None
        assert finished.title.endswith("giai đoạn 2022 - 2025")
        report = new.legal_ref(new.basis[1])
        assert (dt.date(2026, 1, 15), coordprog.LegalKind.OTHER) == (report.date, report.kind)
        assert draft.final

    def test_what_the_review_proposed_is_listed(self, draft: coordprog.NextProgramDraft) -> None:
        """The final review's directions and proposals, in the note."""
        note = draft.program.note or ""
        assert "Xây dựng Chương trình phối hợp giai đoạn 2026 - 2030" in note
        assert "Đối với Ủy ban nhân dân tỉnh: Bố trí kinh phí" in note

    def test_what_a_person_must_complete(self, draft: coordprog.NextProgramDraft) -> None:
        """Number, date, purposes, organisation, signatories: listed in the file, not invented."""
        new = draft.program
        assert (new.number, new.signed_on, new.purposes, new.signatories) == (None, None, (), ())
        paths = [item.path for item in new.to_complete]
        assert [
            "number",
            "signed_on",
            "period",
            "purposes",
            "requirements",
            "implementation",
            "signatories",
            "recipients",
            "note",
        ] == paths
        assert draft.to_complete == new.to_complete

    def test_the_default_period_is_as_long_as_the_finished_one(self) -> None:
        """Four years after four years, from the day after the finished one ends."""
        draft = coordprog.draft_next_program(examples.load("binh-thuan"))
        assert "giai đoạn 2026 - 2029" == draft.program.period.as_written
        assert not draft.final
        basis = next(item for item in draft.to_complete if item.path == "basis")
        assert basis.reason.startswith("Hồ sơ chưa có báo cáo tổng kết")

    def test_a_body_that_ceased_hands_its_tasks_to_its_successor(self) -> None:
        """Ban Dân tộc merged into the Sở Dân tộc và Tôn giáo: the new program names the Sở."""
        program = examples.load("binh-thuan")
        successor = coordprog.Party(
            id="sdttg",
            name="Sở Dân tộc và Tôn giáo",
            kind="state-agency",
            level=coordprog.Level.PROVINCE,
            province="Bình Thuận",
        )
        parties = tuple(
            attrs.evolve(p, until=dt.date(2025, 2, 28), successor="sdttg") if p.id == "bdt" else p
            for p in program.parties
        )
        merged = attrs.evolve(
            program, parties=parties, third_parties=(*program.third_parties, successor)
        )
        new = coordprog.draft_next_program(merged).program
        assert ["bdv", "sdttg"] == [party.id for party in new.parties]
        assert ("sdttg",) == new.task("II.1.2.1").leads
        assert () == coordprog.validate(new)


class TestNextProgramReport:
    """The report kind ``next-program``: the draft as the parties would send it."""

    def test_the_document(self, program: coordprog.Program, records: coordprog.Records) -> None:
        """Basis lines, purposes to write with the proposals in brackets, the tasks carried."""
        text = coordprog.render(program, "next-program", "text", records=records)
        flat = " ".join(text.split())
        assert "Căn cứ Chương trình phối hợp thực hiện công tác dân vận" in flat
        assert "Căn cứ Báo cáo tổng kết giai đoạn 2022 - 2025" in flat
        assert "[Những đề xuất của Báo cáo tổng kết giai đoạn 2022 - 2025 (ngày 15/01/2026)" in flat
        assert "II. NỘI DUNG PHỐI HỢP" in flat
        assert flat.count(MISSING) == 3


class TestDraftNextCommand:
    """``coordprog draft-next PROGRAM RECORDS -o next.toml``."""

    def test_writes_a_program_file_and_says_what_to_complete(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A valid, loadable file; what a person must complete on standard error."""
        out = tmp_path / "next.toml"
        argv = [
            "draft-next",
            str(PROGRAM),
            *map(str, RECORDS),
            "-o",
            str(out),
            "--period",
            "2026-2030",
        ]
        assert 0 == main(argv)
        captured = capsys.readouterr()
        assert "21 of 25 tasks carried over" in captured.out
        assert f"{out}: to_complete[0]: number: Số văn bản: ghi khi ban hành." in captured.err
        loaded = coordprog.load(out)
        assert "giai đoạn 2026 - 2030" == loaded.period.as_written
        assert () == coordprog.validate(loaded)  # every check passes ...
        assert 1 == main(["validate", str(out)])  # ... but it is a draft until completed
        assert "a draft: 9 items to complete" in capsys.readouterr().err
        assert 1 == main([*argv])  # refuses to overwrite without --force
        assert "exists" in capsys.readouterr().err

    def test_a_period_that_is_not_years_is_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        out = tmp_path / "next.toml"
        assert 1 == main(["draft-next", str(PROGRAM), "-o", str(out), "--period", "2026"])
        assert "expected the next period as years, such as 2026-2030" in capsys.readouterr().err
