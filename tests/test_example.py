"""The Bình Thuận 2022-2025 program, as the example file holds it."""

import datetime as dt
import re
import unicodedata
from collections import Counter

import pytest

import coordprog
from coordprog import Program

from .conftest import EXAMPLE, SOURCE


@pytest.fixture(scope="module")
def program() -> Program:
    return coordprog.load(EXAMPLE)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", coordprog.normalize_text(text)).strip()


class TestBinhThuan:
    def test_signing_parties(self, program: Program) -> None:
        """The two signing parties, with their focal units (part III.3)."""
        expected = [
            ("bdv", "Ban Dân vận Tỉnh ủy", "Phòng Dân tộc và Tôn giáo"),
            ("bdt", "Ban Dân tộc tỉnh", "Phòng Nghiệp vụ"),
        ]
        assert expected == [(p.id, p.name, p.focal_unit) for p in program.parties]

    def test_period_and_parent(self, program: Program) -> None:
        """The period is 2022-2025 and the parent is the central program 01-CTrPH."""
        assert (dt.date(2022, 1, 1), dt.date(2025, 12, 31)) == (
            program.period.start,
            program.period.end,
        )
        parent = program.legal_ref(program.parent or "")
        assert ("01-CTrPH/BDVTW-BCSĐUBDT", dt.date(2021, 11, 30)) == (parent.number, parent.date)

    def test_twenty_five_tasks_in_groups(self, program: Program) -> None:
        """All 25 tasks, 8/5/7/5 in the groups II.1.1, II.1.2, II.2.1, II.2.2."""
        counts = Counter(group.id for group, _ in program.walk_tasks())
        assert {"II.1.1": 8, "II.1.2": 5, "II.2.1": 7, "II.2.2": 5} == counts
        assert len(program.tasks) == 25

    def test_leads_and_supports(self, program: Program) -> None:
        """Each side leads its own groups and supports the other's."""
        for group, task in program.walk_tasks():
            lead = "bdv" if group.id in ("II.1.1", "II.2.1") else "bdt"
            other = "bdt" if lead == "bdv" else "bdv"
            assert (lead,) == task.leads
            assert other == task.supports[0]

    def test_third_bodies(self, program: Program) -> None:
        """Tasks that name third bodies carry them without making them signatories."""
        assert ("bdt", "btc-tu", "snv", "tct") == program.task("II.1.1.6").supports
        assert ("bdt", "btc-tu", "snv", "tct") == program.task("II.2.1.6").supports
        assert ("mttq",) == program.task("II.2.1.7").parties_with("supervise")

    def test_tasks_are_the_documents_words(self, program: Program) -> None:
        """Every task text stands in the source document, in document order."""
        source = _squash(SOURCE.read_text(encoding="utf-8"))
        position = 0
        for task in program.tasks:
            found = source.find(task.text, position)
            assert found >= 0, task.id
            position = found + len(task.text)

    def test_fifteen_cited_acts(self, program: Program) -> None:
        """The 15 numbered acts, each attached where the text cites it."""
        assert len(program.legal_refs) == 15
        cited = {ref for task in program.tasks for ref in task.legal_refs}
        cited |= {program.parent or ""} | {r for g in program.task_groups for r in g.legal_refs}
        assert {r.id for r in program.legal_refs} == cited
        assert dt.date(2019, 10, 31) == program.legal_ref("65-KL/TW").date
        assert dt.date(2021, 10, 14) == program.legal_ref("1719/QĐ-TTg").date
        assert {dt.date(2013, 12, 12)} == {
            program.legal_ref(r).date for r in ("217-QĐ/TW", "218-QĐ/TW")
        }

    def test_each_cited_number_appears_in_its_task(self, program: Program) -> None:
        """A task cites an act only when its text names the act's number."""
        for task in program.tasks:
            for ref_id in task.legal_refs:
                number = program.legal_ref(ref_id).number or ""
                # The document prints 218-QĐ/TW as "218-QĐ-TW".
                assert number in task.text or number.replace("/", "-") in task.text

    def test_signatories_and_recipients(self, program: Program) -> None:
        """Both signatures with their titles, and the 11 recipient lines."""
        assert [
            ("bdt", "TRƯỞNG BAN", "Nguyễn Minh Tân"),
            ("bdv", "PHÓ TRƯỞNG BAN", "Nguyễn Linh Nhơn"),
        ] == [(s.party, s.title, s.name) for s in program.signatories]
        assert len(program.recipients) == 11
        assert program.recipients[-1] == "Lưu Văn thư."

    def test_purposes_requirements_schedule(self, program: Program) -> None:
        """Purposes and requirements of part I and the review cadences of part III."""
        assert (2, 2) == (len(program.purposes), len(program.requirements))
        assert [6, 12] == [r.every_months for r in program.schedule.reviews]
        assert program.schedule.final_review is not None
        assert program.schedule.annual_plans is not None

    def test_text_is_repaired_nfc(self, program: Program) -> None:
        """No PDF fault survives and every text is NFC."""
        dumped = coordprog.dumps(program)
        assert "ƣ" not in dumped
        assert "Ƣ" not in dumped
        assert unicodedata.is_normalized("NFC", dumped)


class TestLegalRef:
    def test_number_forms(self, program: Program) -> None:
        """Party numbers have a hyphen before the symbol, State numbers a slash."""
        forms = {ref.id: ref.form.value for ref in program.legal_refs}
        assert "party" == forms["65-KL/TW"]
        assert "party" == forms["01-CTrPH/BDVTW-BCSĐUBDT"]
        assert "state" == forms["1719/QĐ-TTg"]
        assert "state" == forms["04/2021/NQ-HĐND"]

    def test_citation(self, program: Program) -> None:
        """An act is cited the way Vietnamese text cites it."""
        assert "Kết luận số 65-KL/TW, ngày 31/10/2019 của Bộ Chính trị" == (
            program.legal_ref("65-KL/TW").citation
        )
