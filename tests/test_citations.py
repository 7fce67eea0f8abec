"""The citation parser: acts cited in Party and State forms, with dates, issuers and positions."""

import datetime as dt

import pytest

import coordprog
from coordprog import LegalKind

D = dt.date


@pytest.mark.parametrize(
    ("text", "kind", "number", "date", "issuer"),
    [
        (
            "Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị",
            LegalKind.CONCLUSION,
            "65-KL/TW",
            D(2019, 10, 30),
            "Bộ Chính trị",
        ),
        (
            "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ",
            LegalKind.DECISION,
            "1719/QĐ-TTg",
            D(2021, 10, 14),
            "Thủ tướng Chính phủ",
        ),
        (
            "Nghị quyết số 04/2021/NQ-HĐND, ngày 17/8/2021 của Hội đồng nhân dân tỉnh",
            LegalKind.RESOLUTION,
            "04/2021/NQ-HĐND",
            D(2021, 8, 17),
            "Hội đồng nhân dân tỉnh",
        ),
        (
            "Nghị quyết liên tịch số 01/2023/NQLT-CP-ĐCTUBTƯMTTQVN ngày 15 tháng 3 năm 2023",
            LegalKind.JOINT_RESOLUTION,
            "01/2023/NQLT-CP-ĐCTUBTƯMTTQVN",
            D(2023, 3, 15),
            None,
        ),
        (
            "Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008",
            LegalKind.JOINT_RESOLUTION,
            "19/2008/NQLT/CP-UBTUMTTQVN",
            D(2008, 8, 22),
            None,
        ),
        (
            "Chương trình số 01-CTrPH/BDVTW-BCSĐUBDT, ngày 30/11/2021",
            LegalKind.PROGRAM,
            "01-CTrPH/BDVTW-BCSĐUBDT",
            D(2021, 11, 30),
            None,
        ),
        (
            "Công văn 1679-CV/TU ngày 13/3/2020 của Ban Thường vụ Tỉnh ủy về tiếp tục nâng cao",
            LegalKind.OFFICIAL_LETTER,
            "1679-CV/TU",
            D(2020, 3, 13),
            "Ban Thường vụ Tỉnh ủy",
        ),
    ],
)
def test_party_and_state_forms(
    text: str, kind: LegalKind, number: str, date: dt.date, issuer: str | None
) -> None:
    citation = coordprog.parse_citation(text)
    assert citation is not None
    assert (citation.kind, citation.number, citation.date, citation.issuer) == (
        kind,
        number,
        date,
        issuer,
    )
    assert citation.start == 0
    assert citation.repaired is None


def test_pdf_typos_are_repaired_and_said() -> None:
    citation = coordprog.parse_citation(
        "theo Quyết định 218-QĐ-TW, ngày 12/12/2013 của Bộ Chính trị"
    )
    assert citation is not None
    assert citation.number == "218-QĐ/TW"
    assert citation.repaired == "218-QĐ-TW read as 218-QĐ/TW"
    broken = coordprog.parse_citation("Kết luận số 65-KL/TW ngày 31/10/2019 của Bộ Chƣơng trình")
    assert broken is not None
    assert broken.issuer == "Bộ Chương trình"  # ƣ repaired to ư


def test_every_citation_of_a_paragraph_with_its_position_and_subject() -> None:
    text = (
        "Hướng dẫn thực hiện Kết luận số 65-KL/TW, ngày 31/10/2019 của Bộ Chính trị về tiếp tục "
        "thực hiện Nghị quyết số 24-NQ/TW, ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng khóa "
        "IX về công tác dân tộc trong tình hình mới; Chỉ thị số 49-CT/TW, ngày 20/10/2015 của "
        "Ban Bí thư."
    )
    found = coordprog.find_citations(text)
    assert [c.number for c in found] == ["65-KL/TW", "24-NQ/TW", "49-CT/TW"]
    assert text[found[0].start :].startswith("Kết luận số 65-KL/TW")
    assert found[1].issuer == "Ban Chấp hành Trung ương Đảng khóa IX"
    assert found[1].title == "công tác dân tộc trong tình hình mới"
    assert found[2].date == D(2015, 10, 20)
    ref = found[2].legal_ref()
    assert (ref.id, ref.kind, ref.issuer) == ("49-CT/TW", LegalKind.DIRECTIVE, "Ban Bí thư")


def test_the_bình_thuận_source_cites_its_acts() -> None:
    """Each act the hand-written example records with a date is found with that date."""
    from pathlib import Path

    from coordprog import examples

    source = Path(__file__).resolve().parent.parent / "examples" / "binh_thuan" / "source.txt"
    flat = " ".join(line.strip() for line in source.read_text(encoding="utf-8").splitlines())
    found = {c.number: c for c in coordprog.find_citations(flat)}
    program = examples.load("binh-thuan")
    dated = [ref for ref in program.legal_refs if ref.date is not None and ref.number]
    matched = [ref for ref in dated if ref.number in found and found[ref.number].date == ref.date]
    assert len(matched) >= len(dated) - 1  # 217-QĐ/TW shares the date of the act after it


def test_a_joint_act_has_both_issuers_and_its_subject_without_viec() -> None:
    found = coordprog.parse_citation(
        "Căn cứ Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008 của Chính "
        "phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về việc Ban hành Quy chế phối hợp "
        "công tác;"
    )
    assert found is not None
    assert found.issuer == "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert found.title == "Ban hành Quy chế phối hợp công tác"
    # An act of one issuer keeps "và" out of its issuer.
    single = coordprog.parse_citation(
        "Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Quyết định 218-QĐ/TW"
    )
    assert single is not None
    assert single.issuer == "Bộ Chính trị"


def test_no_citation() -> None:
    assert coordprog.parse_citation("Tổ chức sơ kết hằng năm.") is None
    assert coordprog.find_citations("") == ()


def test_an_issuer_keeps_a_va_inside_its_name() -> None:
    """A ministry whose name holds "và" keeps it whole; a "và" before another body ends it."""
    found = coordprog.parse_citation(
        "Căn cứ Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và "
        "Xã hội hướng dẫn phương pháp rà soát"
    )
    assert found is not None
    assert "Bộ Lao động - Thương binh và Xã hội" == found.issuer
    other = coordprog.parse_citation(
        "Thông tư số 05/2022/TT-BNNPTNT ngày 25/7/2022 của Bộ Nông nghiệp và Phát triển nông "
        "thôn về hướng dẫn"
    )
    assert other is not None
    assert "Bộ Nông nghiệp và Phát triển nông thôn" == other.issuer


def test_a_symbol_may_hold_an_ampersand() -> None:
    """A number whose symbol joins two units with "&" is read whole."""
    found = coordprog.parse_citation("Công văn số 2231/SNV-CCHC&PC ngày 28 tháng 9 năm 2018")
    assert found is not None
    assert "2231/SNV-CCHC&PC" == found.number


def test_a_named_act_ends_before_a_body_after_a_comma() -> None:
    """A body after a comma ("Bộ luật ..., Tòa án ...") starts the sentence, not the name."""
    found = coordprog.find_citations(
        "Để thi hành Bộ luật tố tụng hình sự, Tòa án nhân dân tối cao và Viện kiểm sát nhân dân "
        "tối cao hướng dẫn các Tòa án nhân dân áp dụng thống nhất"
    )
    assert ["Bộ luật tố tụng hình sự"] == [citation.title for citation in found]
