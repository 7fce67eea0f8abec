"""Cascades by instruction: who was ordered to make programs, who did, by when; in two languages."""

import datetime as dt
from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main

D = dt.date

#: A central program known only from the documents that cite it: one task is known.
CENTRAL = """
id = "tw"
title = "Chương trình phối hợp cấp trung ương"
number = "01-CTrPH/BDVTW-BCSĐUBDT"
signed_on = 2021-11-30
text_available = false
period = { start = 2021-01-01, end = 2025-12-31, precision = "year" }
[[parties]]
id = "bdvtw"
name = "Ban Dân vận Trung ương"
level = "central"
[[parties]]
id = "ubdt"
name = "Ủy ban Dân tộc"
level = "central"
[[task_groups]]
id = "II"
title = "Nhiệm vụ đã biết"
leads = ["bdvtw"]
[[task_groups.tasks]]
id = "II.3"
text = "Tuyên truyền, vận động đồng bào (theo văn bản của tỉnh dẫn chiếu)"
"""

#: The letter sent after signing: 52 provinces to sign a program and yearly plans by 30/04/2022.
LETTER = """
program = "tw"
[[instructions]]
id = "cv-123"
kind = "official-letter"
number = "123-CV/BDVTW"
date = 2022-02-15
issuers = ["bdvtw"]
title = "Về việc xây dựng chương trình phối hợp cấp tỉnh"
[[instructions.expects]]
level = "province"
bodies = ["Ban Dân vận tỉnh ủy", "Ban Dân tộc tỉnh"]
count = 52
annual_plans = true
by = 2022-04-30
[[instructions.expects]]
level = "district"
places = ["Bắc Bình", "Tuy Phong"]
"""

CHILD = """
id = "{id}"
title = "Chương trình phối hợp {place}"
{signed}
period = {{ start = 2022-01-01, end = 2025-12-31 }}
parent = "{cites}"
[[parties]]
id = "bdv"
name = "Ban Dân vận {body}"
level = "{level}"
province = "{province}"
[[parties]]
id = "bdt"
name = "Ban Dân tộc {body}"
level = "{level}"
province = "{province}"
[[legal_refs]]
id = "{cites}"
kind = "{kind}"
number = "{cites}"
[[task_groups]]
id = "II"
title = "Nhiệm vụ"
leads = ["bdv"]
[[task_groups.tasks]]
id = "a"
text = "Tuyên truyền trong địa bàn"
parent_task = "II.3"
[[task_groups.tasks]]
id = "b"
text = "Nhiệm vụ dẫn một nhiệm vụ trung ương chưa biết"
parent_task = "II.7"
"""


def _child(
    folder: Path,
    program_id: str,
    place: str,
    *,
    signed: str | None,
    cites: str = "123-CV/BDVTW",
    level: str = "province",
    province: str | None = None,
) -> None:
    (folder / f"{program_id}.toml").write_text(
        CHILD.format(
            id=program_id,
            place=place,
            signed=f"signed_on = {signed}" if signed else "",
            cites=cites,
            kind="official-letter" if cites.startswith("123") else "program",
            level=level,
            province=province or place,
            body="Tỉnh ủy" if level == "province" else "Huyện ủy",
        ),
        encoding="utf-8",
    )


@pytest.fixture
def cascade(tmp_path: Path) -> Path:
    """The central program, its letter, three provinces and one district that answered."""
    (tmp_path / "tw.toml").write_text(CENTRAL, encoding="utf-8")
    (tmp_path / "tw-cong-van.toml").write_text(LETTER, encoding="utf-8")
    _child(tmp_path, "gia-lai", "Gia Lai", signed="2022-03-20")
    _child(tmp_path, "kon-tum", "Kon Tum", signed="2022-06-01")
    # Cites the central program itself, not the letter: it answers the letter too.
    _child(tmp_path, "lam-dong", "Lâm Đồng", signed=None, cites="01-CTrPH/BDVTW-BCSĐUBDT")
    _child(
        tmp_path,
        "bac-binh",
        "Bắc Bình",
        signed="2022-05-05",
        level="district",
        province="Bình Thuận",
    )
    return tmp_path


class TestAnswers:
    def test_expected_and_known_children_by_level(self, cascade: Path) -> None:
        """10 of 52 provinces: the count stated, the provinces known, on time or late or undated."""
        portfolio = coordprog.load_portfolio(cascade)
        found = coordprog.coverage(portfolio, portfolio.program("tw"))
        provinces, _ = found.answers
        assert (52, ("gia-lai", "kon-tum", "lam-dong")) == (provinces.expected, provinces.known)
        assert (("gia-lai",), ("kon-tum",), ("lam-dong",)) == (
            provinces.on_time,
            provinces.late,
            provinces.undated,
        )
        assert "records" == provinces.source
        assert "123-CV/BDVTW" == provinces.instruction.number

    def test_named_places_count_and_the_missing_are_named(self, cascade: Path) -> None:
        """Two districts named, one known: the other is listed as not known."""
        portfolio = coordprog.load_portfolio(cascade)
        _, districts = coordprog.coverage(portfolio, portfolio.program("tw")).answers
        assert (2, ("bac-binh",), ("Tuy Phong",)) == (
            districts.expected,
            districts.known,
            districts.missing,
        )

    def test_a_programs_own_instruction_is_answered_too(self, tmp_path: Path) -> None:
        """An instruction in the parent's own text counts the children that cite the parent."""
        own = CENTRAL + (
            '[[instructions]]\nid = "tu-van-ban"\n'
            '[[instructions.expects]]\nlevel = "province"\nmakes = "plan"\n'
        )
        (tmp_path / "tw.toml").write_text(own, encoding="utf-8")
        _child(tmp_path, "gia-lai", "Gia Lai", signed="2022-03-20", cites="01-CTrPH/BDVTW-BCSĐUBDT")
        portfolio = coordprog.load_portfolio(tmp_path)
        (answers,) = coordprog.coverage(portfolio, portfolio.program("tw")).answers
        assert ("program", None, ("gia-lai",)) == (answers.source, answers.expected, answers.known)


class TestDeadlines:
    def test_a_deadline_and_a_signing_known_to_the_month(self, tmp_path: Path) -> None:
        """By 'tháng 4/2022': signed in April (any day) is on time, in May late."""
        (tmp_path / "tw.toml").write_text(CENTRAL, encoding="utf-8")
        (tmp_path / "tw-cong-van.toml").write_text(
            LETTER.replace("by = 2022-04-30", 'by = "2022-04"'), encoding="utf-8"
        )
        _child(tmp_path, "gia-lai", "Gia Lai", signed="2022-04-20")
        _child(tmp_path, "kon-tum", "Kon Tum", signed='"2022-04"')
        _child(tmp_path, "lam-dong", "Lâm Đồng", signed="2022-05-02")
        _child(tmp_path, "dak-lak", "Đắk Lắk", signed='"2022"')
        portfolio = coordprog.load_portfolio(tmp_path)
        provinces, _ = coordprog.coverage(portfolio, portfolio.program("tw")).answers
        assert (("gia-lai", "kon-tum"), ("lam-dong",), ("dak-lak",)) == (
            provinces.on_time,
            provinces.late,
            provinces.undated,
        )


class TestPartlyKnownParent:
    def test_the_known_tasks_of_a_parent_without_its_text_are_matched(self, cascade: Path) -> None:
        """A parent known only from citations: its known task is covered, the rest not known."""
        portfolio = coordprog.load_portfolio(cascade)
        found = coordprog.coverage(portfolio, portfolio.program("tw"))
        assert (False, 1) == (found.available, found.known_tasks)
        ((task, links),) = found.covered
        assert "II.3" == task.id
        assert ["bac-binh", "gia-lai", "kon-tum", "lam-dong"] == [link.program for link in links]
        assert {"b"} == {link.task.id for link in found.unknown}
        (rolled,) = coordprog.roll_up(portfolio, portfolio.program("tw"), D(2024, 1, 1))
        assert (("not-reported", 4),) == rolled.counts


class TestCascadeDocument:
    def test_vietnamese_by_default(self, cascade: Path) -> None:
        """The document says, in Vietnamese, how many of those expected are known."""
        portfolio = coordprog.load_portfolio(cascade)
        document = coordprog.cascade_document(portfolio, portfolio.program("tw"), D(2024, 1, 1))
        rendered = coordprog.render_shape(document, "text")
        assert isinstance(rendered, str)
        text = " ".join(rendered.split())  # the text format wraps lines
        assert "Công văn số 123-CV/BDVTW ngày 15/02/2022" in text
        assert "Đã biết 3 trên 52 tỉnh đã ban hành." in text
        assert "Đúng hạn: 1; quá hạn: 1; chưa rõ ngày hoặc hạn: 1." in text
        assert "Chưa biết: Tuy Phong." in text
        assert "đã biết 1 nhiệm vụ" in text
        assert "Tình hình đến ngày 01/01/2024: Chưa báo cáo: 4" in text
        assert "Nhiệm vụ cấp dưới dẫn nhiệm vụ chưa biết:" in text
        for english in ("known", "program", "level", "tasks"):
            assert f" {english} " not in text

    def test_english_on_request(self, cascade: Path) -> None:
        """With lang='en' every label is English; the documents' own texts stay Vietnamese."""
        portfolio = coordprog.load_portfolio(cascade)
        document = coordprog.cascade_document(
            portfolio, portfolio.program("tw"), D(2024, 1, 1), lang="en"
        )
        rendered = coordprog.render_shape(document, "text")
        assert isinstance(rendered, str)
        text = " ".join(rendered.split())
        assert "Official letter 123-CV/BDVTW of 2022-02-15" in text
        assert "3 of 52 provinces known to have issued it." in text
        assert "Not known: Tuy Phong." in text
        assert "the documents that cite it make 1 of its tasks known" in text
        assert "Progress as of 2024-01-01: not reported: 4" in text
        assert "Chương trình phối hợp Gia Lai" in text
        assert "Đã biết" not in text

    def test_no_instruction_says_the_number_expected_is_not_known(self, tmp_path: Path) -> None:
        """Without a letter, the document says how many were to act is not known."""
        (tmp_path / "tw.toml").write_text(CENTRAL, encoding="utf-8")
        portfolio = coordprog.load_portfolio(tmp_path)
        text = coordprog.render_shape(
            coordprog.cascade_document(portfolio, portfolio.program("tw"), D(2024, 1, 1)),
            "markdown",
        )
        assert isinstance(text, str)
        assert "chưa rõ bao nhiêu đơn vị phải thực hiện" in text
        assert "Chưa có chương trình nào trong danh mục thực hiện văn bản này." in text

    def test_the_command_line_speaks_both(
        self, cascade: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """'coordprog coverage' is Vietnamese, and English with --lang en."""
        assert 0 == main(["coverage", str(cascade), "tw", "--as-of", "2024-01-01"])
        assert "Đã biết 3 trên 52 tỉnh đã ban hành." in " ".join(capsys.readouterr().out.split())
        assert 0 == main(["coverage", str(cascade), "tw", "--as-of", "2024-01-01", "--lang", "en"])
        out = " ".join(capsys.readouterr().out.split())
        assert "3 of 52 provinces known to have issued it." in out
