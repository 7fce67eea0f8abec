"""Importing texts laid out as real copies lay them out.

What is read, what is flagged, nothing invented (issue 22, the development documents added in
the second round).
"""

import datetime as dt
import unicodedata
from typing import Any

import pytest

import coordprog

DECISION_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n|\nSố: 216/QĐ-UBND\n|\nQuảng Nam, ngày 06 tháng 02 năm 2023\n|\n"
)


def _flagged(draft: coordprog.Draft, path: str) -> list[dict[str, Any]]:
    return [item for item in draft.data.get("to_complete", []) if item["path"] == path]


def test_an_abbreviation_in_a_title_in_capitals_keeps_its_capitals() -> None:
    """A title printed in capitals keeps its abbreviations ("PTNT") as printed."""
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG CỦA SỞ NÔNG NGHIỆP & PTNT "
        "TỈNH QUẢNG NAM\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng của Sở Nông nghiệp.\n"
    )
    assert (
        "Ban hành Quy định chức năng của Sở Nông nghiệp & PTNT tỉnh Quảng Nam"
        == draft.data["promulgation"]["title"]
    )


def test_the_country_s_name_in_the_old_tone_placement_keeps_its_capital() -> None:
    """The country's name with the tone on the "a" ("CỘNG HOÀ") keeps its capital, re-cased."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/KH-UBND\nQuảng Nam, ngày 06 tháng 02 năm 2023\n"
        "KẾ HOẠCH\nTUYÊN TRUYỀN HIẾN PHÁP NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert "Tuyên truyền Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam" == draft.data["title"]


def test_two_words_a_title_glued_are_split_as_the_text_writes_them() -> None:
    """A title's "QUY CHẾPHỐI HỢP" is split and cased as Article 1 writes it ("Quy chế phối")."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 53/2013/QĐ-UBND\n"
        "Thành phố Hồ Chí Minh, ngày 27 tháng 11 năm 2013\nQUYẾT ĐỊNH\n"
        "BAN HÀNH QUY CHẾPHỐI HỢP THỰC HIỆN NGHỊ ĐỊNH SỐ 56/2012/NĐ-CP GIỮA ỦY BAN NHÂN DÂN "
        "THÀNH PHỐ VỚI HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ\nỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n"
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp thực hiện Nghị định số "
        "56/2012/NĐ-CP giữa Ủy ban nhân dân thành phố với Hội Liên hiệp Phụ nữ thành phố.\n"
    )
    assert draft.data["promulgation"]["title"].startswith(
        "Ban hành Quy chế phối hợp thực hiện Nghị định số 56/2012/NĐ-CP"
    )


def test_a_national_target_programme_in_a_title_in_capitals_keeps_its_capital() -> None:
    """A national target programme ("CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA") keeps its capital."""
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nBAN HÀNH HỆ THỐNG CHỈ TIÊU GIÁM SÁT CHƯƠNG TRÌNH MỤC TIÊU "
        "QUỐC GIA GIẢM NGHÈO TỈNH QUẢNG NAM\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này hệ thống chỉ tiêu giám sát.\n"
    )
    assert (
        "Ban hành hệ thống chỉ tiêu giám sát Chương trình mục tiêu quốc gia giảm nghèo tỉnh "
        "Quảng Nam" == draft.data["promulgation"]["title"]
    )


def test_a_title_in_capitals_takes_the_capitals_the_text_writes_the_same_words_with() -> None:
    """A title printed in capitals gets the capitals its body gives the same words.

    The body names the project as "Đề án Giảm thiểu tình trạng tảo hôn": the re-cased title
    writes it so too; a sentence's first capital ("Triển khai ..." opening a line) does not
    count, and the title stays flagged for a person to check.
    """
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN GIẢM THIỂU TÌNH TRẠNG "
        "TẢO HÔN VÀ TRIỂN KHAI THỰC HIỆN TRONG VÙNG DÂN TỘC THIỂU SỐ\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Căn cứ Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ phê duyệt "
        "Đề án Giảm thiểu tình trạng tảo hôn;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án.\n"
        "Triển khai thực hiện trong vùng dân tộc thiểu số.\n"
    )
    title = draft.data["promulgation"]["title"]
    assert title == (
        "Ban hành Kế hoạch thực hiện Đề án Giảm thiểu tình trạng tảo hôn và triển khai thực "
        "hiện trong vùng dân tộc thiểu số"
    )
    assert _flagged(draft, "promulgation.title")


def test_a_title_in_capitals_takes_a_short_name_s_capital_its_text_always_writes() -> None:
    """A name of three words the căn cứ write twice with a capital gets it in the title.

    "Thừa phát lại" shares too few words with the text for the five-word rule; written
    "chế định Thừa phát lại" and "hoạt động của Thừa phát lại", each time with its capital
    inside the sentence, it keeps the capital. Words the text writes once so do not.
    """
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC "
        "VỀ THỪA PHÁT LẠI TRÊN ĐỊA BÀN TỈNH\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Nghị quyết số 107/2015/QH13 ngày 26/11/2015 của Quốc hội về thực hiện chế "
        "định Thừa phát lại;\n"
        "Căn cứ Nghị định số 08/2020/NĐ-CP ngày 08/01/2020 của Chính phủ về tổ chức và hoạt "
        "động của Thừa phát lại;\n"
        "Căn cứ Thông tư số 01/2021/TT-BTP ngày 01/02/2021 của Bộ Tư pháp về Công tác quản lý "
        "hồ sơ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    )
    assert draft.data["promulgation"]["title"] == (
        "Ban hành Quy chế phối hợp trong công tác quản lý nhà nước về Thừa phát lại trên địa "
        "bàn tỉnh"
    )
    assert _flagged(draft, "promulgation.title")


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM", "Sở Công Thương tỉnh Quảng Nam"),
        (
            "NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH QUẢNG NAM",
            "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Nam",
        ),
        (
            "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH QUẢNG NAM",
            "Ngân hàng Chính sách xã hội tỉnh Quảng Nam",
        ),
        ("ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH QUẢNG NAM", "Đoàn đại biểu Quốc hội tỉnh Quảng Nam"),
        ("LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NAM", "Liên minh Hợp tác xã tỉnh Quảng Nam"),
        ("ĐOÀN LUẬT SƯ TỈNH QUẢNG NAM", "Đoàn Luật sư tỉnh Quảng Nam"),
    ],
)
def test_a_provincial_body_in_a_title_in_capitals_keeps_its_name_s_capitals(
    printed: str, written: str
) -> None:
    """The provincial branches and delegations a regulation's title names keep their capitals."""
    draft = coordprog.import_text(
        DECISION_HEAD + f"QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP GIỮA {printed} VÀ CÔNG AN TỈNH\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    )
    assert draft.data["promulgation"]["title"] == (
        f"Ban hành Quy chế phối hợp giữa {written} và Công an tỉnh"
    )


def test_a_scheme_named_in_a_title_in_capitals_keeps_its_name_s_capital() -> None:
    """A scheme a plan carries out is named as Decree 30/2020 writes a document's name."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 51/KH-UBND\nThái Bình, ngày 12 tháng 8 năm 2013\n"
        "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nI. MỤC ĐÍCH\n1. Phổ biến.\n"
    )
    assert "Thực hiện Đề án Tăng cường công tác phổ biến, giáo dục pháp luật" == draft.data["title"]


def test_a_scheme_named_by_its_number_keeps_what_follows() -> None:
    """A scheme named by its number ("Đề án số 08 về ..."): the words after it stay small."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 12 tháng 1 năm 2026\n"
        "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN SỐ 08 VỀ PHÁT TRIỂN CÔNG NGHIỆP\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Phát triển.\n"
    )
    assert "Thực hiện Đề án số 08 về phát triển công nghiệp" == draft.data["title"]


@pytest.mark.parametrize(
    ("printed", "article"),
    [
        # The instrument's name printed in capitals again inside Điều 1's sentence.
        (
            "BAN HÀNH KẾ HOẠCH PHỐI HỢP TUYÊN TRUYỀN PHỔ BIẾN GIÁO DỤC PHÁP LUẬT NĂM 2020",
            "Ban hành kèm theo Quyết định này KẾ HOẠCH PHỐI HỢP TUYÊN TRUYỀN PHỔ BIẾN GIÁO "
            "DỤC PHÁP LUẬT NĂM 2020.",
        ),
        # Every word capitalised, as a copy's heading is: no name's capitals.
        (
            "BAN HÀNH KẾ HOẠCH PHỐI HỢP TUYÊN TRUYỀN PHỔ BIẾN GIÁO DỤC PHÁP LUẬT NĂM 2020",
            "Kế Hoạch Phối Hợp Tuyên Truyền Phổ Biến Giáo Dục Pháp Luật Năm 2020",
        ),
    ],
)
def test_a_title_takes_no_capital_from_words_in_capitals_or_a_line_in_title_case(
    printed: str, article: str
) -> None:
    """Only a word the text writes in small letters after its capital names a name."""
    draft = coordprog.import_text(
        DECISION_HEAD + f"QUYẾT ĐỊNH\n{printed}\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        f"Điều 1. {article}\n"
    )
    assert draft.data["promulgation"]["title"] == (
        "Ban hành Kế hoạch phối hợp tuyên truyền phổ biến giáo dục pháp luật năm 2020"
    )


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("KẾ HOẠCH XÂY DỰNG DỰ ÁN 15 NĂM", "Kế hoạch xây dựng dự án 15 năm"),
        ("QUY CHẾ CỦA HỢP TÁC XÃ XÃ TÂN HÒA", "Quy chế của hợp tác xã xã Tân Hòa"),
        ("KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN TRONG NĂM 2024", "Kế hoạch triển khai Đề án trong năm 2024"),
        ("QUY CHẾ KHẮC PHỤC CHẤT ĐỘC DO MỸ SỬ DỤNG", "Quy chế khắc phục chất độc do Mỹ sử dụng"),
    ],
)
def test_a_title_in_capitals_keeps_small_what_names_nothing(printed: str, written: str) -> None:
    """A span of years, a cooperative's commune, a scheme's time and a country as each is."""
    draft = coordprog.import_text(
        DECISION_HEAD + f"QUYẾT ĐỊNH\nBAN HÀNH {printed}\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này văn bản.\n"
    )
    assert draft.data["promulgation"]["title"] == f"Ban hành {written}"


def test_an_issuer_ends_with_its_place() -> None:
    """Small words after a local body's place are what the act does, not its issuer's name."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 62/KH-UBND\nTuyên Quang, ngày 28 tháng 4 năm 2021\n"
        "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN TRỒNG CÂY XANH\n"
        "Căn cứ Quyết định số 73/QĐ-UBND ngày 26/02/2021 của Ủy ban nhân dân tỉnh Tuyên Quang "
        "công bố hiện trạng rừng trên địa bàn tỉnh.\nI. MỤC ĐÍCH\n1. Trồng cây.\n"
    )
    (ref,) = draft.data["legal_refs"]
    assert "Ủy ban nhân dân tỉnh Tuyên Quang" == ref["issuer"]


def test_a_period_named_by_a_decision_s_title_is_flagged() -> None:
    """Years a decision's title names may be another act's: the period is listed to check."""
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nVỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND "
        "NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ CƠ CHẾ LỒNG GHÉP NGUỒN VỐN GIAI ĐOẠN "
        "2021 - 2025\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Đầu tư công ngày 13/6/2019;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Triển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND.\n"
    )
    (item,) = _flagged(draft, "period")
    assert "GIAI ĐOẠN 2021 - 2025" in item["text"].upper()


def test_an_act_cited_with_and_without_its_year_is_one_act() -> None:
    """An act numbered "41/2022/NQ-HĐND" and "41/NQ-HĐND", of one date, is one act."""
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nVỀ VIỆC TRIỂN KHAI NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND NGÀY "
        "09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn\ncứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh về cơ chế lồng ghép;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Triển khai thực hiện Nghị quyết nêu trên.\n"
    )
    (ref,) = draft.data["legal_refs"]
    assert ("41/2022/NQ-HĐND", "HĐND tỉnh") == (ref["number"], ref["issuer"])
    assert ["41/2022/NQ-HĐND"] == draft.data["basis"]


def test_a_party_named_without_its_place_takes_the_place_line_and_is_flagged() -> None:
    """A body named without its place ("... ỦY BAN NHÂN DÂN TỈNH") takes the place line's."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 712/QĐ-UBND | Hưng Yên, ngày 23 tháng 3 năm 2023 |\nQUYẾT ĐỊNH\n"
        "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
    )
    (party,) = draft.data["parties"]
    assert ("Ủy ban nhân dân tỉnh Hưng Yên", "Hưng Yên") == (party["name"], party["province"])
    assert [] != _flagged(draft, "parties[0]")


def test_a_city_under_the_centre_is_no_place_of_a_body_the_text_calls_a_province_s() -> None:
    """A committee the text calls a province's ("UBND tỉnh ...") is not placed in "Hà Nội"."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 57/KH-UBND | Hà Nội, ngày 29 tháng 04 năm 2020 |\n"
        "Thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ, UBND tỉnh ban hành "
        "kế hoạch thực hiện giai đoạn 2021-2025 như sau:\n"
        "1. Triển khai kịp thời các nội dung của Nghị quyết.\n"
    )
    (party,) = draft.data["parties"]
    assert ("Ủy ban nhân dân tỉnh", "province") == (party["name"], party["level"])
    assert "province" not in party
    assert "province" not in draft.data
    assert [] != _flagged(draft, "parties[0]")


@pytest.mark.parametrize(
    "letterhead", ["ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n", "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n"]
)
def test_a_letterhead_over_the_place_and_date_without_motto_or_number(letterhead: str) -> None:
    """A copy that dropped the national heading, its number left out: the letterhead is read.

    The letterhead stands right above the place and date; it had been lost, and the party
    and the province taken from the place line ("Ủy ban nhân dân tỉnh Hà Nội"), the
    province not flagged.
    """
    draft = coordprog.import_text(
        letterhead + "Hà Nội, ngày 9 tháng 11 năm 2010\nQUYẾT ĐỊNH\n"
        "Về việc ủy quyền cho phép thành lập hội\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ủy quyền cho Chủ tịch Ủy ban nhân dân cấp huyện.\n"
    )
    assert ["Ủy ban nhân dân tỉnh Nam Định"] == [p["name"] for p in draft.data["parties"]]
    assert ("Nam Định", "Hà Nội") == (draft.data["province"], draft.data["place"])


@pytest.mark.parametrize(("place", "flagged"), [("Hà Nội", True), ("Nam Định", False)])
def test_a_place_line_naming_another_province_than_the_parties_is_flagged(
    place: str, flagged: bool
) -> None:
    """A province's committee signing "Hà Nội, ngày ...": the place kept as printed, to check."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 15/KH-UBND\n"
        f"{place}, ngày 9 tháng 11 năm 2010\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2011\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức.\n"
    )
    assert place == draft.data["place"]
    assert flagged == ("place" in {item["path"] for item in draft.data.get("to_complete", [])})


def test_numbered_lines_nobody_announced_are_no_tasks() -> None:
    """A copy's page numbering ("1. BỘ ...") in a text of unknown kind invents no task."""
    draft = coordprog.import_text(
        "Nội dung Text: Quyết định số 23/2007/QĐ-BLĐTBXH\n\n"
        "1. BỘ LAO ĐỘNG \u2013 THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số 29/2003/NĐ-CP "
        "ngày 31 tháng 3 năm 2003 của Chính phủ quy định chức năng, nhiệm vụ của Bộ\n"
    )
    assert [] == draft.data.get("task_groups", [])
    assert "Chính phủ" not in [party["name"] for party in draft.data["parties"]]
    assert "1. BỘ LAO ĐỘNG" in draft.data["preamble"]


def test_tasks_a_letter_announces_are_read() -> None:
    """Numbered points after "... một số nhiệm vụ sau:" are a letter's tasks."""
    draft = coordprog.import_text(
        "Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối "
        "hợp\n\nNgày 11/10/2016, Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ đã ký Chương "
        "trình phối hợp, Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy thực hiện một "
        "số nhiệm vụ sau:\n\n"
        "1. Báo cáo thường trực tỉnh ủy về việc ký chương trình phối hợp.\n\n"
        "2. Rà soát, bổ sung những nội dung mới của chương trình.\n"
    )
    (group,) = draft.data["task_groups"]
    assert 2 == len(group["tasks"])


def test_a_title_going_on_in_small_letters_is_read_whole() -> None:
    """A title in sentence case over several lines is one title, not running text."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 15/2014/QĐ-UBND\n"
        "Thái Nguyên, ngày 10 tháng 6 năm 2014\nQUYẾT ĐỊNH\n"
        "Ban hành Quy định quản lý, sử dụng và thanh quyết toán kinh phí\n"
        "bảo đảm trật tự an toàn giao thông do ngân sách nhà nước cấp\n"
        " trên địa bàn tỉnh Thái Nguyên\nUỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 16/12/2002;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý kinh phí.\n"
    )
    assert (
        "Ban hành Quy định quản lý, sử dụng và thanh quyết toán kinh phí bảo đảm trật tự an toàn "
        "giao thông do ngân sách nhà nước cấp trên địa bàn tỉnh Thái Nguyên"
        == draft.data["promulgation"]["title"]
    )


def test_a_circular_of_one_ministry_is_a_circular_with_its_title() -> None:
    """The type line "THÔNG TƯ" is read (not the title under it): a circular, not a joint one."""
    draft = coordprog.import_text(
        "BỘ TƯ PHÁP\nSố: 08/2025/TT-BTP\nHà Nội, ngày 12 tháng 6 năm 2025\nTHÔNG TƯ\n"
        "QUY ĐỊNH VỀ PHÂN ĐỊNH THẨM QUYỀN CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 02 CẤP\n"
        "Căn cứ Luật Tổ chức Chính phủ năm 2025;\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc phân định thẩm quyền.\n"
    )
    title = "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp"
    assert title == draft.data["title"]
    assert "circular" == draft.data["kind"]
    assert [] == _flagged(draft, "kind")


def test_a_type_line_naming_its_issuer_leaves_the_title_alone() -> None:
    """A type line naming who decides ("QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG ...") is no title."""
    draft = coordprog.import_text(
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 46 /VKSTC\nHà nội, ngày 11 tháng 11 năm 1995\n"
        "QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO\n"
        'BAN HÀNH "QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC"\n'
        "VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
        "Căn cứ Điều 3 Quyết định số 566/TTG ngày 14-9-1995 của Thủ tướng Chính phủ;\n"
        "QUYẾT ĐỊNH\nĐiều 1: Ban hành quy chế bảo vệ bí mật Nhà nước.\n"
        "Điều 2: Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "K/T VIỆN TRƯỞNG\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nPHÓ VIỆN TRƯỞNG\n"
        "Đã ký: Vũ Đức Khiển\n"
    )
    decision = draft.data["promulgation"]
    assert decision["title"].startswith("Ban hành")
    (signatory,) = decision["signatories"]
    assert ("PHÓ VIỆN TRƯỞNG", "Vũ Đức Khiển") == (signatory["title"], signatory["name"])


def test_a_signer_s_name_in_capitals_under_da_ky_is_read() -> None:
    """The signer's name printed in capitals under "Đã ký" ("NGUYỄN MINH ĐĂNG") is read."""
    draft = coordprog.import_text(
        "UBND TỈNH VĨNH PHÚC\nSố: 1793/1998/QĐ-UB\nVĩnh Phúc, ngày 15 tháng 7 năm 1998\n"
        "QUYẾT ĐỊNH CỦA UBND TỈNH VĨNH PHÚC\n"
        "V/v Ban hành quy chế phối hợp hoạt động giữa UBND và Hội Liên hiệp Phụ nữ\n"
        "UỶ BAN NHÂN DÂN TỈNH VĨNH PHÚC\n- Căn cứ Luật tổ chức HĐND và UBND ngày 21 - 6 - 1994.\n"
        "QUYẾT ĐỊNH\nĐiều 1: Ban hành quy chế phối hợp hoạt động kèm theo Quyết định này.\n"
        "T/M UỶ BAN NHÂN DÂN TỈNH VĨNH PHÚC\n\nCHỦ TỊCH\n\nĐã ký\n\nNGUYỄN MINH ĐĂNG\n"
    )
    (signatory,) = draft.data["promulgation"]["signatories"]
    assert ("CHỦ TỊCH", "Nguyễn Minh Đăng") == (signatory["title"], signatory["name"])
    assert not [i for i in draft.data.get("to_complete", []) if "signatories" in i["path"]]


def test_a_letterhead_cut_to_its_organ_takes_the_place_line() -> None:
    """A party named "Ủy ban nhân dân" alone is the province's the place line names, flagged."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\n"
        "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n"
        "Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019.\n"
        "- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |\n"
        "CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n"
        "(Ban hành kèm theo Quyết định số 41/2019/QĐ-UBND ngày 22 tháng 10 năm 2019 của Ủy ban "
        "nhân dân tỉnh Quảng Trị)\n1. Quy định này quy định về chế độ báo cáo định kỳ.\n"
    )
    names = [party["name"] for party in draft.data["parties"]]
    assert "Ủy ban nhân dân tỉnh Quảng Trị" in names
    assert "Ủy ban nhân dân" not in names


def test_a_promulgated_text_without_its_type_line_is_named_by_the_decision() -> None:
    """A heading that lost its type line takes the decision's words; kind and title flagged."""
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Trí Thanh\nCHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\n"
        "(Ban hành kèm theo Quyết định số 216/QĐ-UBND ngày 06 tháng 02 năm 2023)\n"
        "1. Quy định này quy định về chế độ báo cáo định kỳ.\n"
    )
    assert "Quy định chế độ báo cáo định kỳ" == draft.data["title"]
    assert [] != _flagged(draft, "kind")
    assert [] != _flagged(draft, "title")


def test_a_term_a_plan_s_title_names_is_flagged() -> None:
    """A term a plan's title names ("Đại hội ... nhiệm kỳ 2012 - 2017") is flagged.

    The title, in small letters over three lines that end no sentence, is read whole.
    """
    draft = coordprog.import_text(
        "KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu\n"
        "Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV,\nnhiệm kỳ 2012 - 2017\n"
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế "
        "hoạch như sau:\nI. YÊU CẦU\n1. Đại hội Đoàn các cấp phải quán triệt.\n"
    )
    assert [] != _flagged(draft, "period")
    assert (
        "Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh "
        "thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017"
    ) == draft.data["title"]


DIRECTIVE = (
    "VIỆN KIỂM SÁT NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 01/2009/CT-VKSTC | Hà Nội, ngày 05 tháng 01 năm 2009 |\nCHỈ THỊ\n"
    "VỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2009\n"
)


def test_a_text_that_asks_no_one_lists_no_tasks() -> None:
    """A directive's points for its own branch ("Ngành ... cần ... sau đây:") are no tasks."""
    draft = coordprog.import_text(
        DIRECTIVE
        + "Ngành Kiểm sát nhân dân cần tập trung thực hiện tốt các nhiệm vụ trọng tâm sau đây:\n"
        "1. Tập trung thực hiện tốt kiểm sát việc khởi tố vụ án.\n"
    )
    assert [] == draft.data.get("task_groups", [])
    assert "1. Tập trung thực hiện tốt" in draft.data["preamble"]


def test_the_points_a_directive_asks_others_to_carry_out_are_its_tasks() -> None:
    """A CHỈ THỊ is a directive; the points it asks other bodies to carry out are its tasks."""
    draft = coordprog.import_text(
        DIRECTIVE + "Viện trưởng yêu cầu Viện kiểm sát các cấp thực hiện các nhiệm vụ sau đây:\n"
        "1. Tập trung thực hiện tốt kiểm sát việc khởi tố vụ án.\n"
    )
    (group,) = draft.data["task_groups"]
    expected = ("directive", "Về công tác của ngành Kiểm sát nhân dân năm 2009")
    assert expected == (draft.data["kind"], draft.data["title"])
    assert group["tasks"][0]["text"].startswith("Tập trung thực hiện tốt")


def test_a_procedure_is_its_own_kind_with_the_title_under_its_type_line() -> None:
    """A QUY TRÌNH is a procedure; its title is what is printed under the type line."""
    draft = coordprog.import_text(
        "VIỆN KIỂM SÁT NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 01/2009/QT-VKSTC | Hà Nội, ngày 05 tháng 01 năm 2009 |\nQUY TRÌNH\n"
        "PHỐI HỢP GIẢI QUYẾT HỒ SƠ CẤP PHIẾU LÝ LỊCH TƯ PHÁP\n"
        "Căn cứ Luật Lý lịch tư pháp năm 2009;\nI. CÁC BƯỚC\n1. Tiếp nhận hồ sơ.\n"
    )
    expected = ("procedure", "Phối hợp giải quyết hồ sơ cấp phiếu lý lịch tư pháp")
    assert expected == (draft.data["kind"], draft.data["title"])


BEN_TRE = (
    "UỶ BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 3195/2004/QĐ-UB\nBến Tre, ngày 18 tháng 8 năm 2004\n"
    "QUYẾT ĐỊNH\n“VỀ VIỆC BAN HÀNH QUY CHẾ KIỂM TRA, XỬ LÝ VĂN BẢN QUY PHẠM PHÁP LUẬT”\n"
    "UỶ BAN NHÂN DÂN TỈNH\n"
    "- Căn cứ Nghị định số 135/2003/NĐ - CP ngày 14 tháng 11 năm 2003 của Chính phủ về việc "
    "kiểm tra, xử lý văn bản quy phạm pháp luật;\n"
    "- Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số: 313/TTr-TP ngày 21 tháng 7 năm "
    "2004,\nQUYẾT ĐỊNH:\n"
    "Điều 1. Nay ban hành Quy chế kiểm tra, xử lý văn bản quy phạm pháp luật trên địa bàn tỉnh "
    "Bến Tre (có Quy chế kèm theo).\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n"
    "TM. UỶ BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\nCao Tấn Khổng\nQUY CHẾ\n"
    "KIỂM TRA, XỬ LÝ VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH BẾN TRE\n"
    "(Ban hành kèm theo Quyết định số: 3195/QĐ-UB ngày 18 tháng 8 năm 2004 của Uỷ ban nhân dân "
    "tỉnh Bến Tre)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Mục đích kiểm tra văn bản\n"
)


def test_a_basis_listed_with_dashes_and_a_number_with_spaced_hyphens() -> None:
    """A basis listed with dashes is the basis; a number with spaced hyphens is read whole."""
    draft = coordprog.import_text(BEN_TRE)
    assert ["135/2003/NĐ-CP"] == draft.data["promulgation"]["basis"]


def test_a_title_in_quotation_marks_starts_with_a_capital() -> None:
    """A title printed in quotation marks is written without them, starting with a capital."""
    draft = coordprog.import_text(BEN_TRE)
    assert draft.data["promulgation"]["title"].startswith("Về việc ban hành Quy chế")


def test_a_title_in_capitals_and_quotation_marks_keeps_its_names_whole() -> None:
    """The names a re-cased title restores are put where its capitals print them.

    A title in quotation marks lost its marks before the names were put back, one letter
    off: "tỉnh bBến Tre".
    """
    draft = coordprog.import_text(
        BEN_TRE.replace("PHÁP LUẬT”\n", "PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH BẾN TRE”\n", 1)
    )
    assert draft.data["promulgation"]["title"] == (
        "Về việc ban hành Quy chế kiểm tra, xử lý văn bản quy phạm pháp luật trên địa bàn tỉnh "
        "Bến Tre"
    )


@pytest.mark.parametrize("printed", ["3195/QĐ-UB", "3195/2004/QĐ/UB"])
def test_an_instrument_issued_with_another_number_is_flagged(printed: str) -> None:
    """A "kèm theo" line giving another number than the decision's lists the number to check.

    A slash where the decision prints a hyphen is a disagreement too: one of the two is
    misprinted (an act cited twice so is one act, but a document's own number is checked).
    """
    draft = coordprog.import_text(BEN_TRE.replace("số: 3195/QĐ-UB ngày", f"số: {printed} ngày"))
    (item,) = _flagged(draft, "promulgation.number")
    assert printed in item["text"]


def test_an_instrument_issued_with_the_number_padded_by_a_zero_is_not_flagged() -> None:
    """A "kèm theo" line that pads the decision's serial with a zero gives the same number.

    "0427/2009/QĐ-BXD" under a decision numbered 427/2009/QĐ-BXD is one number printed two
    ways: nothing to check; another serial is still listed.
    """
    text = (
        "BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 427/2009/QĐ-BXD | Hà Nội, ngày 12 tháng 5 năm 2009 |\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA BỘ XÂY DỰNG\n"
        "BỘ TRƯỞNG BỘ XÂY DỰNG\n"
        "Căn cứ Nghị định số 17/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Nơi nhận: | BỘ TRƯỞNG |\nQUY CHẾ\nTIẾP CÔNG DÂN CỦA BỘ XÂY DỰNG\n"
        "(Ban hành kèm theo Quyết định số 0427/2009/QĐ-BXD ngày 12 tháng 5 năm 2009 của Bộ "
        "trưởng Bộ Xây dựng)\nĐiều 1. Phạm vi áp dụng\n"
    )
    assert not _flagged(coordprog.import_text(text), "promulgation.number")
    other = coordprog.import_text(text.replace("số 0427/2009", "số 0428/2009"))
    (item,) = _flagged(other, "promulgation.number")
    assert "0428/2009/QĐ-BXD" in item["text"]


@pytest.mark.parametrize(
    ("signed", "flagged"),
    [("ngày 12 tháng 5 năm 2024", False), ("ngày 12 tháng 5 năm 2025", True)],
)
def test_an_instrument_issued_on_another_date_is_flagged(signed: str, flagged: bool) -> None:
    """A "kèm theo" line giving the decision another date than its place line lists the date.

    "Số: 427/QĐ-BXD" holds no year: the year a place line misprints ("năm 2025" for 2024)
    shows only where the promulgated text's "kèm theo" line dates the decision.
    """
    draft = coordprog.import_text(
        "BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        f"Số: 427/QĐ-BXD | Hà Nội, {signed} |\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ TIẾP KHÁCH CỦA BỘ XÂY DỰNG\n"
        "BỘ TRƯỞNG BỘ XÂY DỰNG\n"
        "Căn cứ Nghị định số 52/2022/NĐ-CP ngày 08 tháng 8 năm 2022 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp khách.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Nơi nhận: | BỘ TRƯỞNG |\nQUY CHẾ\nTIẾP KHÁCH CỦA BỘ XÂY DỰNG\n"
        "(Ban hành kèm theo Quyết định số 427/QĐ-BXD ngày 12 tháng 5 năm 2024 của Bộ "
        "trưởng Bộ Xây dựng)\nĐiều 1. Phạm vi áp dụng\n"
    )
    assert flagged == bool(_flagged(draft, "promulgation.date"))


def test_a_post_that_names_a_party_signs_for_it() -> None:
    """A signer's post that names the letterhead's party ("THỦ TƯỚNG CHÍNH PHỦ") is it."""
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 286/2006/QĐ-TTg | Hà Nội, ngày 27 tháng 12 năm 2006 |\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nQUYẾT ĐỊNH :\n"
        "Điều 1. Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo.\n"
        "Nơi nhận: | KT. THỦ TƯỚNG |\nTHỦ TƯỚNG CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    )
    assert ["Thủ tướng Chính phủ"] == [party["name"] for party in draft.data["parties"]]


def test_a_plan_without_letterhead_takes_its_issuer_from_the_preamble() -> None:
    """A copy without letterhead names its issuer in the preamble: that party, flagged."""
    draft = coordprog.import_text(
        "KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp\n"
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của "
        "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về việc tổ chức đại hội; Ban Chấp hành "
        "Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội đoàn các cấp như sau:\n"
        "I. YÊU CẦU\n1. Đại hội phải quán triệt.\n"
    )
    assert ["Ban Chấp hành Thành đoàn Hà Nội"] == [p["name"] for p in draft.data["parties"]]
    assert [] != _flagged(draft, "parties[0]")


def test_a_signature_without_the_signer_s_name_is_flagged() -> None:
    """A signature block reduced to its authority line ("KT. CHỦ TỊCH") is listed to check."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 2583/QĐ-UBND | Tây Ninh, ngày 29 tháng 11 năm 2019 |\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp của Sở Tư pháp.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n| KT. CHỦ TỊCH |\n"
    )
    (item,) = _flagged(draft, "promulgation.signatories[0]")
    assert "KT. CHỦ TỊCH" == item["text"]


PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/KH-UBND\nQuảng Nam, ngày 06 tháng 02 năm 2023\n"
    "KẾ HOẠCH\n"
)


def test_the_years_of_a_cited_act_s_subject_are_not_the_document_s_period() -> None:
    """Years after "Nghị quyết số ... về ..." are the resolution's: no period, one to add."""
    draft = coordprog.import_text(
        PLAN_HEAD + "Triển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của Hội "
        "đồng nhân dân tỉnh về cơ chế lồng ghép nguồn vốn trong các Chương trình mục tiêu quốc "
        "gia giai đoạn 2021 - 2025\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert "period" not in draft.data
    (item,) = _flagged(draft, "period")
    assert "giai đoạn 2021 - 2025" in item["text"]


@pytest.mark.parametrize(
    ("title", "years"),
    [
        # A central act's plan whose years follow the province's area.
        (
            "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 12/NQ-CP NGÀY 03/3/2021 CỦA CHÍNH PHỦ VỀ PHÁT "
            "TRIỂN THỂ THAO QUẦN CHÚNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM GIAI ĐOẠN 2021 - 2026",
            ("2021-01-01", "2026-12-31"),
        ),
        # A decision "về phê duyệt Đề án ...": the scheme's years.
        (
            "Triển khai Quyết định số 77/QĐ-TTg ngày 02/02/2019 của Thủ tướng Chính phủ về phê "
            "duyệt Đề án “Hỗ trợ thanh niên khởi nghiệp giai đoạn 2019-2024”",
            ("2019-01-01", "2024-12-31"),
        ),
        # A scheme named in quotes, its name's monitoring words its subject's.
        (
            "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TĂNG CƯỜNG KIỂM TRA, GIÁM SÁT AN TOÀN THỰC PHẨM” TRÊN "
            "ĐỊA BÀN TỈNH QUẢNG NAM GIAI ĐOẠN 2022 - 2026",
            ("2022-01-01", "2026-12-31"),
        ),
    ],
    ids=["after-the-province-s-area", "a-scheme-a-decision-approves", "a-scheme-named-in-quotes"],
)
def test_the_years_of_a_central_act_a_plan_carries_out_are_its_own_flagged(
    title: str, years: tuple[str, str]
) -> None:
    """A plan carrying out a central act takes the years its title gives, flagged to check."""
    draft = coordprog.import_text(
        PLAN_HEAD + title + "\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "I. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    period = draft.data["period"]
    assert years == (str(period["start"]), str(period["end"]))
    assert _flagged(draft, "period")


def test_the_years_after_the_area_in_a_local_act_s_title_are_the_act_s() -> None:
    """A provincial council's resolution may name the province's area and years: not read."""
    draft = coordprog.import_text(
        PLAN_HEAD + "Triển khai thực hiện Nghị quyết số 09/2021/NQ-HĐND ngày 03/3/2021 của Hội "
        "đồng nhân dân tỉnh về hỗ trợ cây giống trên địa bàn tỉnh Quảng Nam giai đoạn 2021 - 2025\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert "period" not in draft.data
    assert _flagged(draft, "period")


def test_the_years_of_a_plan_that_carries_out_a_programme_are_its_own() -> None:
    """A plan carrying out a programme ("Thực hiện Chương trình ...") takes its years."""
    draft = coordprog.import_text(
        PLAN_HEAD + "Thực hiện Chương trình chuyển đổi số trong xây dựng nông thôn mới "
        "giai đoạn 2022 - 2025 trên địa bàn tỉnh Quảng Nam\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert ("2022-01-01", "2025-12-31") == (
        str(draft.data["period"]["start"]),
        str(draft.data["period"]["end"]),
    )


def test_a_name_quoted_in_a_title_in_capitals_starts_with_a_capital() -> None:
    """A title re-cased from capitals writes a quoted name's first letter as a capital."""
    draft = coordprog.import_text(
        PLAN_HEAD + "TIẾP TỤC THỰC HIỆN ĐỀ ÁN “TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT CHO NGƯỜI LAO "
        "ĐỘNG” TRÊN ĐỊA BÀN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    expected = (
        "Tiếp tục thực hiện Đề án “Tuyên truyền, phổ biến pháp luật cho người lao động” trên "
        "địa bàn tỉnh Quảng Nam"
    )
    assert expected == draft.data["title"]


def test_a_title_in_capitals_takes_the_capitals_its_text_gives_a_name() -> None:
    """An event the text writes with its capital inside a sentence keeps it in the title."""
    draft = coordprog.import_text(
        PLAN_HEAD + "TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2017\n"
        "Căn cứ Quyết định số 572/QĐ-LĐTBXH ngày 19/4/2017 của Bộ Lao động - Thương binh và "
        "Xã hội; năm nay Tháng hành động vì trẻ em năm 2017 bắt đầu từ 01/6/2017.\n"
        "I. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert "Triển khai Tháng hành động vì trẻ em năm 2017" == draft.data["title"]


def test_a_capital_at_a_sentence_s_start_or_in_an_act_s_name_is_not_taken() -> None:
    """A word capitalised as a sentence starts, or in a law's name after "Luật", stays small."""
    draft = coordprog.import_text(
        PLAN_HEAD + "TĂNG CƯỜNG HÒA GIẢI Ở CƠ SỞ TRÊN ĐỊA BÀN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Hòa giải ở cơ sở ngày 20/6/2013;\n"
        "I. MỤC ĐÍCH\n1. Hòa giải ở cơ sở được tăng cường.\n"
    )
    assert "Tăng cường hòa giải ở cơ sở trên địa bàn tỉnh Quảng Nam" == draft.data["title"]


def test_a_unit_word_a_copy_doubled_in_a_title_in_capitals_is_written_once() -> None:
    """A unit word doubled in a title in capitals ("TỈNH TỈNH HẢI DƯƠNG") is written once."""
    draft = coordprog.import_text(
        PLAN_HEAD + "KIỂM TRA VĂN BẢN TRÊN ĐỊA BÀN TỈNH TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert "Kiểm tra văn bản trên địa bàn tỉnh Quảng Nam" == draft.data["title"]


def test_a_copy_that_stops_in_the_title_s_first_word_has_no_title() -> None:
    """A copy cut in its title's first word ("HƯỚN") gives no title, listed to add: quoted."""
    draft = coordprog.import_text(
        "BỘ NỘI VỤ\nSố: 02/2011/TT-BNV\nHà Nội, ngày 28 tháng 01 năm 2011\nTHÔNG TƯ\nHƯỚN\n"
    )
    assert "title" not in draft.data
    (item,) = [item for item in draft.data["to_complete"] if item["path"] == "title"]
    assert "HƯỚN" == item["text"]
    assert "từ đầu tiên của tiêu đề (“HƯỚN”)" in item["reason"]
    cut = "title: the copy stops inside the title's first word (HƯỚN)"
    assert any(cut in line for line in draft.unsure)


def test_a_copy_that_stops_in_an_article_s_caption_gives_it_no_caption() -> None:
    """A caption cut in a word no syllable is spelt like ("ph") is left out, listed to add."""
    draft = coordprog.import_text(
        "UBND TỈNH - UBMTTQVN\nSố: 25/QCPH-UBND-UBMT\nThừa Thiên Huế, ngày 10 tháng 03 năm 2017\n"
        "QUY CHẾ PHỐI HỢP\nCÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VỚI ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT "
        "NAM TỈNH\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Mối quan hệ công tác và ph\n"
    )
    (article,) = draft.data["chapters"][0]["articles"]
    assert "caption" not in article
    paths = [item["path"] for item in draft.data["to_complete"]]
    assert "chapters[0].articles[0].caption" in paths
    whole = coordprog.import_text(
        "UBND TỈNH - UBMTTQVN\nSố: 25/QCPH-UBND-UBMT\nThừa Thiên Huế, ngày 10 tháng 03 năm 2017\n"
        "QUY CHẾ PHỐI HỢP\nCÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VỚI ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT "
        "NAM TỈNH\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Mối quan hệ công tác\n"
    )
    assert "Mối quan hệ công tác" == whole.data["chapters"][0]["articles"][0]["caption"]


def test_an_article_printed_without_a_caption_keeps_its_sentence_as_its_text() -> None:
    """An article printed "Điều 1: UBND và ... Việt Nam. Quan hệ ..." has no caption, only text."""
    draft = coordprog.import_text(
        "QUY CHẾ\nPHỐI HỢP HOẠT ĐỘNG GIỮA UBND VÀ HỘI NÔNG DÂN CÁC CẤP TỈNH VĨNH PHÚC\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\n"
        "Điều 1: UBND và Hội Nông dân hoạt động theo chức năng, nhiệm vụ và quyền hạn quy định "
        "tại điều lệ Hội Nông dân Việt Nam. Quan hệ phối hợp phải đảm bảo nguyên tắc bình đẳng.\n"
        "Điều 2: Phối hợp hoạt động nhằm bảo vệ quyền, lợi ích hợp pháp của nông dân. Định kỳ "
        "hai bên thông báo tình hình.\n"
        "Điều 3. Trách nhiệm của UBND TP. Vĩnh Yên\n"
    )
    first, second, third = draft.data["chapters"][0]["articles"]
    assert "caption" not in first
    assert first["text"].startswith("UBND và Hội Nông dân hoạt động theo chức năng")
    assert "caption" not in second
    assert second["text"].endswith("thông báo tình hình.")
    assert "Trách nhiệm của UBND TP. Vĩnh Yên" == third["caption"]


def test_an_article_s_text_run_on_after_its_caption_is_split_from_it_and_listed() -> None:
    """A caption run on with its text ("Điều 1. Phạm vi điều chỉnh. Quy chế này ...") is split.

    The copy joined the caption's line and the text's; the caption is read up to its full
    stop, the text after it, and the caption listed to check. A long first sentence is the
    text of an article printed without a caption.
    """
    draft = coordprog.import_text(
        "QUY CHẾ\nPHỐI HỢP GIỮA SỞ TƯ PHÁP VÀ HỘI LUẬT GIA TỈNH\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh. Quy chế này quy định việc phối hợp giữa hai bên.\n"
        "Điều 2. Hai bên phối hợp theo chức năng, nhiệm vụ và quyền hạn quy định tại điều lệ "
        "Hội Luật gia Việt Nam. Quan hệ phối hợp bảo đảm bình đẳng.\n"
    )
    first, second = draft.data["chapters"][0]["articles"]
    assert "Phạm vi điều chỉnh" == first["caption"]
    assert "Quy chế này quy định việc phối hợp giữa hai bên." == first["text"]
    assert "caption" not in second
    assert second["text"].startswith("Hai bên phối hợp theo chức năng")
    paths = [item["path"] for item in draft.data["to_complete"]]
    assert "chapters[0].articles[0].caption" in paths
    assert "chapters[0].articles[1].caption" not in paths


def test_a_place_line_keeps_its_unit_word() -> None:
    """A place line "Thành phố Hồ Chí Minh, ngày ..." is the place whole, with its unit."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 1750/QĐ-UBND\n"
        "Thành phố Hồ Chí Minh, ngày 20 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc phê duyệt\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt.\n"
    )
    assert "Thành phố Hồ Chí Minh" == draft.data["place"]


@pytest.mark.parametrize(
    ("place_line", "place"),
    [
        ("Bà Rịa - Vũng Tàu, ngày 08 tháng 01 năm 2024", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa - Vũng\nTàu, ngày 08 tháng 01 năm 2024", "Bà Rịa - Vũng Tàu"),
        ("Hà nội, ngày 08 tháng 01 năm 2024", "Hà nội"),
        ("Độc lập - Tự do - Hạnh Phúc\nHà Nội, ngày 08 tháng 01 năm 2024", "Hà Nội"),
        ("Tp. Hồ Chí Minh, ngày 08 tháng 01 năm 2024", "Tp. Hồ Chí Minh"),
    ],
)
def test_a_place_line_keeps_a_province_s_dash_and_small_letters(
    place_line: str, place: str
) -> None:
    """A place with a dash, broken over lines, printed in small letters or under the motto."""
    draft = coordprog.import_text(
        f"ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nSố: 08/KH-UBND\n{place_line}\nKẾ HOẠCH\n"
        "Triển khai công tác truyền thông\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert place == draft.data["place"]


def test_a_number_whose_symbol_holds_an_ampersand_is_read_whole() -> None:
    """A joint circular numbered "...-BTP-BNN&PTNT-BTC" keeps its number whole."""
    draft = coordprog.import_text(
        "BỘ CÔNG AN - BỘ TƯ PHÁP - BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - BỘ TÀI CHÍNH\n"
        "Số: 01/2025/TTLT-BCA-BTP-BNN&PTNT-BTC | Hà Nội, ngày 15 tháng 01 năm 2025 |\n"
        "THÔNG TƯ LIÊN TỊCH\nQuy định quan hệ phối hợp\n"
        "Căn cứ Luật Giám định tư pháp ngày 20 tháng 6 năm 2012;\nĐiều 1. Phạm vi\n"
    )
    assert "01/2025/TTLT-BCA-BTP-BNN&PTNT-BTC" == draft.data["number"]


def test_a_date_of_another_year_than_the_number_s_is_flagged() -> None:
    """A decision numbered "08/2023/QĐ-UBND" but dated in 2022 has its date flagged."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 08/2023/QĐ-UBND\nHải Dương, ngày 19 tháng 01 năm "
        "2022\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ XÂY DỰNG VĂN BẢN\nỦY BAN NHÂN DÂN TỈNH HẢI "
        "DƯƠNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về xây dựng văn bản.\n"
    )
    flagged = [item for item in draft.data["to_complete"] if item["path"] == "promulgation.date"]
    assert ["08/2023/QĐ-UBND"] == [item["text"] for item in flagged]


def test_the_articles_a_guidance_explains_are_flagged_as_another_act_s() -> None:
    """A guidance headed by another act's articles ("Điều 2. ...") says they may not be its own."""
    draft = coordprog.import_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\nSố: 06-HD/UBKTTW\n"
        "Hà Nội, ngày 18 tháng 12 năm 2018\nHƯỚNG DẪN\n"
        "THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐi/TW CỦA BỘ CHÍNH TRỊ\n"
        "- Căn cứ Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị;\n"
        "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều trong Quy định số "
        "07-QĐi/TW như sau:\n"
        "Điều 2. Giải thích từ ngữ\nThời hiệu xử lý kỷ luật là thời hạn.\n"
        "Điều 3. Nguyên tắc xử lý kỷ luật\nKỷ luật phải xem xét trách nhiệm.\n"
    )
    (item,) = _flagged(draft, "articles")
    assert "một số Điều trong Quy định" in item["text"]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG", "Về thể thức văn bản của Đảng"),
        (
            "XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM TẠI ĐẢNG BỘ TỈNH",
            "Xử lý kỷ luật tổ chức đảng vi phạm tại Đảng bộ tỉnh",
        ),
        (
            "PHỐI HỢP GIỮA CÁC SỞ THUỘC ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
            "Phối hợp giữa các sở thuộc Ủy ban nhân dân Thành phố Hồ Chí Minh",
        ),
        (
            "KỶ NIỆM 100 NĂM NGÀY SINH CỐ TỔNG BÍ THƯ NGUYỄN VĂN CỪ (09/7/1912 - 09/7/2012)",
            "Kỷ niệm 100 năm Ngày sinh cố Tổng Bí thư Nguyễn Văn Cừ (09/7/1912 - 09/7/2012)",
        ),
        (
            "CHẾ ĐỘ CHI CỦA ĐẢNG BỘ CẤP TRÊN CƠ SỞ DO BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG QUY ĐỊNH",
            "Chế độ chi của đảng bộ cấp trên cơ sở do Ban Bí thư Trung ương Đảng quy định",
        ),
        (
            "TIẾN TỚI ĐẠI HỘI ĐẠI BIỂU ĐOÀN TNCS HỒ CHÍ MINH TỈNH LẦN THỨ XIV",
            "Tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XIV",
        ),
        (
            "CÁC BAN CỦA HỘI ĐỒNG NHÂN DÂN, TỔ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN TỈNH",
            "Các Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân tỉnh",
        ),
        (
            "QUY TẮC ỨNG XỬ CỦA KIỂM SÁT VIÊN TẠI PHIÊN HỌP CỦA TÒA ÁN",
            "Quy tắc ứng xử của Kiểm sát viên tại phiên họp của Tòa án",
        ),
        (
            "TUYÊN TRUYỀN HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Tuyên truyền Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        ),
        (
            "PHỐI HỢP GIỮA ĐOÀN TNCS HỒ CHÍ MINH VÀ HỘI LIÊN HIỆP PHỤ NỮ",
            "Phối hợp giữa Đoàn TNCS Hồ Chí Minh và Hội Liên hiệp Phụ nữ",
        ),
        (
            "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH TẠI PHIÊN HỌP BAN CHỈ ĐẠO QUỐC GIA",
            "Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại phiên họp Ban Chỉ đạo Quốc gia",
        ),
        (
            "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VŨ ĐỨC ĐAM, TRƯỞNG BAN CHỈ ĐẠO TẠI HỘI NGHỊ TỔNG KẾT",
            "Kết luận của Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo tại Hội nghị tổng kết",
        ),
        (
            "TUYÊN TRUYỀN VỀ ĐẠI HỘI XIII CÔNG ĐOÀN VIỆT NAM",
            "Tuyên truyền về Đại hội XIII Công đoàn Việt Nam",
        ),
        (
            "THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA BÀN TỈNH LAI CHÂU",
            "Thực hiện Chương trình mỗi xã một sản phẩm (OCOP) trên địa bàn tỉnh Lai Châu",
        ),
        (
            "KINH PHÍ CỦA DOANH NGHIỆP, HỢP TÁC XÃ LÂM VÀO TÌNH TRẠNG PHÁ SẢN",
            "Kinh phí của doanh nghiệp, hợp tác xã lâm vào tình trạng phá sản",
        ),
        (
            "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ",
            "Thực hiện Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ",
        ),
    ],
)
def test_a_title_in_capitals_writes_the_party_and_the_city_as_decree_30_does(
    printed: str, expected: str
) -> None:
    """What Decree 30/2020/NĐ-CP capitalises keeps its capitals in a title printed in capitals.

    The Party ("của Đảng", "Đảng bộ tỉnh", not "đảng bộ cấp trên"), "Thành phố Hồ Chí
    Minh", the highest posts and the person named after one, an anniversary's day, a
    numbered congress, a council's committees, the mass organisations, the organs of justice;
    an abbreviation in brackets; no commune after "hợp tác xã" or "mỗi xã"; a title that
    cites an act's date is no place-and-date line.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/KH-UBND\n"
        f"Quảng Nam, ngày 06 tháng 02 năm 2023\nKẾ HOẠCH\n{printed}\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert expected == draft.data["title"]


def test_a_basis_cut_at_its_start_does_not_hide_a_title_without_type_line() -> None:
    """A copy without its type line, whose basis lost "Căn cứ", keeps the title under its date."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\n"
        "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
        "ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019.\n"
    )
    assert (
        "Ban hành Quy định chế độ báo cáo định kỳ trên địa bàn tỉnh Quảng Trị"
        == (draft.data["promulgation"]["title"])
    )
    assert ("rules", "Quy định chế độ báo cáo định kỳ trên địa bàn tỉnh Quảng Trị") == (
        draft.data["kind"],
        draft.data["title"],
    )


def test_a_decision_copy_without_type_line_or_articles_holds_what_it_promulgates() -> None:
    """A decision's number over "BAN HÀNH QUY CHẾ ...", cut in its basis: both are held."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 24/2017/QĐ-UBND |\n"
        "Thành phố Hồ Chí Minh, ngày 25 tháng 04 năm 2017 |\n"
        "BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA ẤP, KHU PHỐ\n"
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    decision = draft.data["promulgation"]
    assert ("decision", "24/2017/QĐ-UBND") == (decision["kind"], decision["number"])
    assert ("regulation", "Quy chế tổ chức và hoạt động của ấp, khu phố") == (
        draft.data["kind"],
        draft.data["title"],
    )
    assert [] != _flagged(draft, "kind")


def test_a_title_in_capitals_that_goes_on_in_small_letters_is_read_whole() -> None:
    """A programme of action's title in capitals ending in small letters is read whole."""
    draft = coordprog.import_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 26-CTr/TWĐTN-VP\n"
        "Hà Nội, ngày 19 tháng 5 năm 2021\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        "CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n"
        "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n"
        "Ban Chấp hành Trung ương Đoàn ban hành Chương trình hành động như sau:\n"
        "I. MỤC TIÊU\n1. Nâng cao chất lượng.\n"
    )
    assert (
        "program",
        "Của Đoàn Thanh niên Cộng sản Hồ Chí Minh thực hiện Nghị quyết Đại hội đại biểu toàn "
        "quốc lần thứ XIII của Đảng",
    ) == (draft.data["kind"], draft.data["title"])


def test_a_number_line_shared_with_the_letterhead_and_a_date_line_with_the_motto() -> None:
    """A number after the letterhead on its line is read; a place after the motto is alone."""
    draft = coordprog.import_text(
        "BỘ TƯ PHÁP Số: 07/2015/TT-BTP |\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 15 tháng 06 năm 2015 |\n"
        "Căn cứ Nghị định số 22/2013/NĐ-CP ngày 13 tháng 3 năm 2013 của Chính phủ quy định "
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;\n"
    )
    assert ("07/2015/TT-BTP", "Hà Nội") == (draft.data.get("number"), draft.data.get("place"))


def test_a_number_without_its_colon_in_a_letterhead_cell_is_read() -> None:
    """A "Số" and the number without the colon, in a letterhead cell, are read."""
    draft = coordprog.import_text(
        "BỘ KẾ HOẠCH\nVÀ ĐẦU TƯ Số 313/2004/QĐ-BKH |\nCỘNG HOÀ\n"
        "XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 30 tháng 3 năm 2004 |\n"
        "VỀ VIỆC BAN HÀNH QUY CHẾ VỀ TỔ CHỨC VÀ HOẠT ĐỘNG THANH TRA BỘ KẾ HOẠCH VÀ ĐẦU TƯ\n"
        "BỘ TRƯỞNG BỘ KẾ HOẠCH VÀ ĐẦU TƯ\n"
        "Căn cứ Nghị định 86/2002/NĐ-CP ngày 05 tháng 11 năm 2002 của Chính phủ;\n"
        "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế về tổ chức và hoạt động "
        "Thanh tra Bộ Kế hoạch và Đầu tư.\n"
    )
    decision = draft.data["promulgation"]
    assert ("313/2004/QĐ-BKH", "Hà Nội") == (decision.get("number"), decision.get("place"))


def test_a_number_in_a_sentence_is_not_the_document_s() -> None:
    """A "số" and a number inside a sentence, in small letters, are no number line."""
    draft = coordprog.import_text(
        "UBND TỈNH QUẢNG NAM số 12/KH-UBND về việc tổ chức Ngày hội\n"
        "Căn cứ Nghị định 86/2002/NĐ-CP ngày 05 tháng 11 năm 2002 của Chính phủ;\n"
    )
    assert draft.data.get("number") is None


def test_an_act_dated_in_another_year_than_its_number_is_flagged() -> None:
    """A decree "số 02/1998-NĐ-CP ngày 6/01/1996" keeps the date as printed, flagged."""
    draft = coordprog.import_text(
        "BỘ QUỐC PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2866/1998-TT-BQP\n"
        "Ngày 12 tháng 9 năm 1998\nTHÔNG TƯ\nHƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 02/1998-NĐ-CP "
        "NGÀY 6/01/1996 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT THI HÀNH PHÁP LỆNH BỘ ĐỘI BIÊN PHÒNG\n"
        "Để tổ chức thực hiện thống nhất Nghị định của Chính phủ, Bộ Quốc phòng hướng dẫn "
        "thực hiện như sau:\nI- TỔ CHỨC\n1- Cấp Bộ tư lệnh có Tư lệnh.\n"
    )
    refs = draft.data["legal_refs"]
    index = next(i for i, ref in enumerate(refs) if ref.get("number") == "02/1998-NĐ-CP")
    assert "2866/1998-TT-BQP" == draft.data.get("number")
    assert ["Nghị định số 02/1998-NĐ-CP ngày 06/01/1996"] == [
        item.get("text") for item in _flagged(draft, f"legal_refs[{index}].date")
    ]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Hà Nội, ngày      tháng      năm 2023", coordprog.PartialDate(2023)),
        ("Hà Nội, ngày ... tháng 9 năm 2024", coordprog.PartialDate(2024, 9)),
    ],
)
def test_a_date_left_blank_for_the_signature_is_known_in_part(
    printed: str, expected: coordprog.PartialDate
) -> None:
    """A place-and-date line with its day left blank gives its place and its year or month."""
    draft = coordprog.import_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
        f"Số: - HD/TWĐTN-BTC {printed}\nHƯỚNG DẪN\nQuy trình kiện toàn nhân sự\n"
        "- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;\nI. NGUYÊN TẮC\n1. Bảo đảm dân chủ.\n"
    )
    program = coordprog.from_data(draft.data, "toml")
    assert ("Hà Nội", expected) == (program.place, program.signed_on)
    assert [] != _flagged(draft, "signed_on")


#: A commune's plan; its number, place-and-date line and type line (with what a copy prints
#: beside or under it) to fill in.
_AN_PHU_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: {number}\n{date}\n"
    "{type}\nPhối hợp tổ chức ngày hội đọc sách năm 2024\nI. MỤC ĐÍCH\n"
    "1. Khuyến khích người dân đọc sách.\n"
)


@pytest.mark.parametrize("serial", ["....", "…..", "____", "   "])
def test_a_serial_left_as_dots_for_the_office_is_no_number(serial: str) -> None:
    """A serial left as dots or a rule ("Số: ..../KH-UBND") is no number: the symbol is not."""
    draft = coordprog.import_text(
        _AN_PHU_PLAN.format(
            number=f"{serial}/KH-UBND", date="An Phú, ngày 12 tháng 4 năm 2024", type="KẾ HOẠCH"
        )
    )
    assert "number" not in draft.data
    assert "plan" == draft.data["kind"]


@pytest.mark.parametrize(
    ("above", "beside", "under"),
    [
        ("DỰ THẢO\n", "", ""),
        ("", "    Dự thảo lần 2", ""),
        ("", " (DỰ THẢO)", ""),
        ("", "", "(Dự thảo)\n"),
    ],
)
def test_a_drafts_mark_is_no_part_of_the_type_line_or_title(
    above: str, beside: str, under: str
) -> None:
    """A draft's mark above, beside or under the type line is no word of the title.

    The copy is said to be a draft, on its date: its number, date and signatures are not a
    signed text's. The same text without the mark says nothing of it.
    """
    date = "An Phú, ngày 12 tháng 4 năm 2024"
    draft = coordprog.import_text(
        _AN_PHU_PLAN.format(
            number="18/KH-UBND", date=date, type=f"{above}KẾ HOẠCH{beside}\n{under}".rstrip("\n")
        )
    )
    assert ("plan", "Phối hợp tổ chức ngày hội đọc sách năm 2024") == (
        draft.data["kind"],
        draft.data.get("title"),
    )
    assert "18/KH-UBND" == draft.data["number"]
    said = [item["path"] for item in draft.data["to_complete"] if "dự thảo" in item["reason"]]
    assert ["signed_on"] == said
    signed = coordprog.import_text(
        _AN_PHU_PLAN.format(number="18/KH-UBND", date=date, type="KẾ HOẠCH")
    )
    assert not [item for item in signed.data["to_complete"] if "dự thảo" in item["reason"]]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("An Phú, ngày     /     /2024", coordprog.PartialDate(2024)),
        ("An Phú, ngày …/…/2024", coordprog.PartialDate(2024)),
        ("An Phú, ngày    /5/2024", coordprog.PartialDate(2024, 5)),
    ],
)
def test_a_slashed_date_left_blank_is_known_in_part(
    printed: str, expected: coordprog.PartialDate
) -> None:
    """A slashed date with its day (and month) left blank gives its place and year or month."""
    draft = coordprog.import_text(
        _AN_PHU_PLAN.format(number="18/KH-UBND", date=printed, type="KẾ HOẠCH")
    )
    program = coordprog.from_data(draft.data, "toml")
    assert ("An Phú", expected) == (program.place, program.signed_on)
    assert [] != _flagged(draft, "signed_on")


@pytest.mark.parametrize("printed", ["ngày 5-3-2024", "ngày 05.3.2024", "ngày 05/3/2024"])
def test_a_flattened_opening_dated_with_hyphens_or_stops_is_read(printed: str) -> None:
    """An opening flattened onto one line, dated "ngày 5-3-2024" before its type line."""
    draft = coordprog.import_text(
        "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ******* "
        f"Số: 12/2024/QĐ-BYT Hà Nội, {printed} QUYẾT ĐỊNH BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG "
        "TÁC Y TẾ HỌC ĐƯỜNG BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng "
        "11 năm 2022 của Chính phủ; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế "
        "phối hợp trong công tác y tế học đường. Điều 2. Quyết định này có hiệu lực từ ngày ký.\n"
    )
    decision = draft.data["promulgation"]
    assert (dt.date(2024, 3, 5), "Hà Nội") == (decision["date"], decision["place"])
    assert "Ban hành Quy chế phối hợp trong công tác y tế học đường" == decision["title"]


def test_a_blank_serial_s_gap_parts_no_table_cells() -> None:
    """A wide gap where the serial is left blank ("Số:       /QĐ-UBND") parts no cells.

    The symbol alone on a line of its own was read as the decision's title.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số:       /QĐ-UBND | An Giang, ngày    tháng    năm 2024 |\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ trên địa bàn.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    decision = draft.data["promulgation"]
    assert (None, None) == (decision.get("number"), decision.get("title"))


@pytest.mark.parametrize("serial", ["....", "      ", "___"])
@pytest.mark.parametrize("subject", ["V/v tổng kết phong trào đọc sách\n", ""])
def test_a_letter_whose_serial_is_left_blank_is_a_letter(serial: str, subject: str) -> None:
    """A letter's number line with its serial left blank makes it a letter still, no plan.

    Its subject ("V/v ...") or its addressee ("Kính gửi: ...") under the number line make a
    text without a type line a letter; a blank serial is no number, but the line is printed.
    """
    draft = coordprog.import_text(
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        f"Số: {serial}/BVHTTDL-TV | Hà Nội, ngày 12 tháng 4 năm 2024 |\n{subject}"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
        "Để tổng kết phong trào đọc sách giai đoạn 2021-2024, Bộ đề nghị các địa phương:\n"
        "- Tổ chức tổng kết phong trào và gửi báo cáo về Bộ trước ngày 30 tháng 5.\n"
        "Trân trọng./.\n"
    )
    assert "official-letter" == draft.data["kind"]
    assert "number" not in draft.data


def test_a_date_left_blank_is_not_replaced_by_a_page_s_date() -> None:
    """A page's own date without a place ("Ngày 16 tháng 01 năm 2025") is not the document's.

    The document's place-and-date line, its day and month left blank, gives the place and year.
    """
    draft = coordprog.import_text(
        "Trang tin Liên đội\nNgày 16 tháng 01 năm 2025\nHỘI ĐỒNG ĐỘI HUYỆN AN PHÚ\n"
        "LIÊN ĐỘI THCS AN PHÚ\nSố: 21/KH-LĐ\nĐỘI TNTP HỒ CHÍ MINH\n"
        "An Phú, ngày    tháng    năm 2019\nKẾ HOẠCH\nTổ chức ngày hội đọc sách năm học 2019\n"
        "I. MỤC ĐÍCH\n1. Khuyến khích đội viên đọc sách.\n"
    )
    program = coordprog.from_data(draft.data, "toml")
    assert ("An Phú", coordprog.PartialDate(2019)) == (program.place, program.signed_on)
    assert [] != _flagged(draft, "signed_on")


def test_a_drafts_mark_under_a_page_s_heading_is_no_part_of_the_title() -> None:
    """The mark in a cell beside the type line, under a page's heading naming the type too."""
    draft = coordprog.import_text(
        "KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2024\nỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 18/KH-UBND\n"
        "An Phú, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH          Dự thảo lần 2\n"
        "Tổ chức ngày hội đọc sách năm 2024\nI. MỤC ĐÍCH\n1. Khuyến khích người dân đọc sách.\n"
    )
    assert "Tổ chức ngày hội đọc sách năm 2024" == draft.data.get("title")


def test_a_number_line_that_names_its_kind_is_the_number() -> None:
    """A number line that names the kind before "số:" gives the document's number."""
    draft = coordprog.import_text(
        "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNghị quyết số: 653/2019/UBTVQH14\n"
        "Hà Nội, ngày 12 tháng 3 năm 2019\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\n"
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Nghị quyết này có hiệu lực từ ngày ký.\n"
    )
    decision = draft.data.get("promulgation", draft.data)
    assert "653/2019/UBTVQH14" == decision["number"]


def test_an_instrument_named_in_quotation_marks_by_article_1_is_promulgated() -> None:
    """'Điều 1. Ban hành "Chương trình ... 2006 - 2010" nhằm ...' promulgates that programme."""
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 286/2006/QĐ-TTg | Hà Nội, ngày 27 tháng 12 năm 2006 |\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nQUYẾT ĐỊNH :\n"
        'Điều 1. Ban hành "Chương trình quốc gia xúc tiến vận động viện trợ phi chính phủ '
        'nước ngoài giai đoạn 2006 - 2010" nhằm tăng cường công tác quản lý.\n'
        "Điều 2. Quyết định này có hiệu lực thi hành sau 15 ngày.\n"
    )
    assert "286/2006/QĐ-TTg" == draft.data["promulgation"]["number"]
    assert (
        "program",
        "Chương trình quốc gia xúc tiến vận động viện trợ phi chính phủ nước ngoài giai đoạn "
        "2006 - 2010",
    ) == (draft.data["kind"], draft.data["title"])


def test_a_gazette_heading_s_title_stops_at_the_deciding_post() -> None:
    """An old gazette heading's title ends before the post that decides, even a cut one."""
    draft = coordprog.import_text(
        "BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUYẾT ĐỊNH\n\n"
        "CỦA BỘ TƯ PHÁP SỐ 05/2006/QĐ-BTP NGÀY 21 THÁNG 6 NĂM 2006\n\n"
        "BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA CƠ QUAN BỘ TƯ PHÁP\n\nBỘ TRƯỞNG B\n"
        "Căn cứ Luật Khiếu nại, tố cáo ngày 02 tháng 12 năm 1998;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\n"
    )
    assert (
        "Ban hành Quy chế tiếp công dân của cơ quan Bộ Tư pháp"
        == (draft.data["promulgation"]["title"])
    )


def test_a_joint_heading_names_its_bodies_number_and_date_before_the_title() -> None:
    """A joint heading without "CỦA" ("BỘ Y TẾ - BỘ ... SỐ ... NGÀY ... HƯỚNG DẪN ...")."""
    heading = (
        "THÔNG TƯ LIÊN TỊCH\nBỘ Y TẾ - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI SỐ 08/1998/TTLT- "
        "BYT-LĐTBXH NGÀY 20 THÁNG 04 NĂM 1998 HƯỚNG DẪN THỰC HIỆN CÁC QUY ĐỊNH VỀ BỆNH NGHỀ "
        "NGHIỆP\nCăn cứ Bộ luật Lao động ngày 23-6-1994;\n"
    )
    draft = coordprog.import_text(
        "BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI-BỘ Y TẾ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 08/1998/TTLT-BYT-BLĐTBXH\nHà Nội, ngày 20 tháng 4 năm 1998\n" + heading
    )
    assert "Hướng dẫn thực hiện các quy định về bệnh nghề nghiệp" == draft.data["title"]
    assert "08/1998/TTLT-BYT-BLĐTBXH" == draft.data["number"]  # the Số line's
    alone = coordprog.import_text(heading)
    assert ("08/1998/TTLT-BYT-LĐTBXH", "1998-04-20") == (
        alone.data["number"],
        str(alone.data["signed_on"]),
    )
    assert ["Bộ Y tế", "Bộ Lao động - Thương binh và Xã hội"] == [
        party["name"] for party in alone.data["parties"]
    ]


def test_a_title_citing_an_act_s_number_and_date_is_no_gazette_heading() -> None:
    """A title "BAN HÀNH ... NGHỊ ĐỊNH SỐ ... NGÀY ... CỦA CHÍNH PHỦ ..." cites the act dated."""
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ PHỐI HỢP THỰC HIỆN NGHỊ ĐỊNH SỐ "
        "56/2012/NĐ-CP NGÀY 16 THÁNG 7 NĂM 2012 CỦA CHÍNH PHỦ GIỮA ỦY BAN NHÂN DÂN THÀNH PHỐ VỚI "
        "HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ\n\nCăn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;\n"
    )
    title = draft.data.get("promulgation", draft.data)["title"]
    assert title.startswith("Ban hành Quy chế phối hợp thực hiện Nghị định số 56/2012/NĐ-CP")


def test_a_page_stamp_is_no_title() -> None:
    """A news page's time and date stamp, with no small letters, is not read as the title."""
    draft = coordprog.import_text(
        "Quy chế phối hợp giữa Hội đồng Dân tộc và Ủy ban Dân tộc, ký kết ngày 09/3/2022.\n"
        "Hội nghị tổng kết Quy chế phối hợp giữa Hội đồng Dân tộc và Ủy ban Dân tộc\n"
        "07:52 PM 09/03/2022\nChiều ngày 09/3, tại Nhà Quốc hội, hai cơ quan ký kết Quy chế.\n"
    )
    assert draft.data.get("title") is None
    assert ["title"] == [item["path"] for item in _flagged(draft, "title")]


def test_the_term_of_a_post_an_election_fills_is_not_the_period() -> None:
    """A title "Phê chuẩn kết quả bầu chức vụ ... nhiệm kỳ 2026 - 2031" names the post's term."""
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 729/QĐ-TTg\nHà Nội, ngày 23 tháng 4 năm 2026\nQUYẾT ĐỊNH\n"
        "Phê chuẩn kết quả bầu chức vụ Chủ tịch\nỦy ban nhân dân thành phố Đà Nẵng nhiệm kỳ "
        "2026 - 2031\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 02 năm "
        "2025;\nQUYẾT ĐỊNH:\nĐiều 1. Phê chuẩn kết quả bầu chức vụ Chủ tịch.\n"
    )
    assert "term" not in (draft.data.get("period") or {})


def test_instruments_listed_with_semicolons_are_each_named() -> None:
    """Điều 1 "Quy chế A; 35 mẫu văn bản ..." promulgates two things; the program is the first."""
    draft = coordprog.import_text(
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 505/QĐ-VKSTC\nHà Nội, ngày 18 tháng 12 năm 2017\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế công tác thực hành quyền công tố\n"
        "VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nCăn cứ Luật Tổ chức Viện kiểm sát nhân dân "
        "năm 2014;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế công tác thực "
        "hành quyền công tố; 35 mẫu văn bản thực hiện trong giai đoạn xét xử.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    assert "Quy chế công tác thực hành quyền công tố" == draft.data["title"]
    assert [
        "Quy chế công tác thực hành quyền công tố",
        "35 mẫu văn bản thực hiện trong giai đoạn xét xử",
    ] == draft.data["promulgation"]["instruments"]


def test_a_province_printed_with_a_dash_keeps_its_capitals() -> None:
    """A province printed in capitals with an en dash keeps its capitals and its dash."""
    draft = coordprog.import_text(
        DECISION_HEAD.replace("QĐ", "KH") + "KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG TRÊN ĐỊA "
        "BÀN TỈNH BÀ RỊA \u2013 VŨNG TÀU\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert (
        "Triển khai công tác truyền thông trên địa bàn tỉnh Bà Rịa \u2013 Vũng Tàu"
        == (draft.data["title"])
    )


def test_an_instrument_named_in_article_one_without_kem_theo_is_promulgated() -> None:
    """Điều 1 "Ban hành Quy chế ... (theo văn bản gửi kèm)." promulgates the Quy chế so named."""
    draft = coordprog.import_text(
        "HỘI ĐỒNG ĐỘI TRUNG ƯƠNG\nSố: 20/QĐ-HĐĐTW\nHà Nội, ngày 03 tháng 8 năm 2015\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Quy chế Thi đua - Khen thưởng\nCăn cứ Luật Thi đua, Khen thưởng;\n"
        "QUYẾT ĐỊNH:\nĐiều 1: Ban hành Quy chế Thi đua - Khen thưởng của Đội TNTP Hồ Chí Minh "
        "(theo văn bản gửi kèm).\nĐiều 2: Quy chế này có hiệu lực kể từ ngày ký ban hành.\n"
    )
    name = "Quy chế Thi đua - Khen thưởng của Đội TNTP Hồ Chí Minh"
    assert (name, [name]) == (draft.data["title"], draft.data["promulgation"]["instruments"])


def test_the_purpose_article_1_gives_after_an_instrument_s_name_is_not_its_name() -> None:
    """Điều 1's "Kế hoạch ... để thực hiện Chỉ thị số ...": the plan's name stops before "để"."""
    draft = coordprog.import_text(
        "ỦY BAN DÂN TỘC\nSố: 456/QĐ-UBDT\nHà Nội, ngày 07 tháng 11 năm 2014\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN NÂNG CAO HIỆU LỰC, HIỆU QUẢ QUẢN LÝ NHÀ NƯỚC VỀ "
        "CÔNG TÁC DÂN TỘC\nBỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\n"
        "Căn cứ Nghị định số 84/2012/NĐ-CP ngày 12/10/2012 của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1: Ban hành kèm theo quyết định này Kế hoạch thực hiện nâng cao hiệu lực, hiệu "
        "quả quản lý nhà nước về công tác dân tộc của Ủy ban Dân tộc để thực hiện Chỉ thị số "
        "28/CT-TTg, ngày 10/9/2014 của Thủ tướng Chính phủ và Kế hoạch số 12/KH-VPCP.\n"
        "Điều 2: Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    name = (
        "Kế hoạch thực hiện nâng cao hiệu lực, hiệu quả quản lý nhà nước về công tác dân tộc "
        "của Ủy ban Dân tộc"
    )
    assert (name, [name]) == (draft.data["title"], draft.data["promulgation"]["instruments"])


def test_what_an_instruments_name_is_followed_by_in_brackets_is_not_its_name() -> None:
    """A bracket "(sau đây viết tắt ...", even cut, or "(có Quy chế kèm theo)" is left out."""
    for said in ("(sau đây vi", "(có Quy chế kèm theo)."):
        draft = coordprog.import_text(
            DECISION_HEAD + "QUYẾT ĐỊNH\nBan hành Quy chế hoạt động của Ủy ban\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo "
            f"Quyết định này Quy chế hoạt động của Ủy ban nhiệm kỳ 2019 - 2024 {said}\n"
        )
        name = "Quy chế hoạt động của Ủy ban nhiệm kỳ 2019 - 2024"
        assert [name] == draft.data["promulgation"]["instruments"]


# Texts as extraction breaks them: decomposed letters, lines wrapped at the page's width.

LETTER = (
    "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 15/VPCP-KGVX\n"
    "V/v phối hợp tuyên truyền về phòng, chống tác hại của thuốc lá trên địa bàn\n"
    "các tỉnh Tây Nguyên và tỉnh Lâm Đồng\n"
    "Hà Nội, ngày 05 tháng 01 năm 2024\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh.\n"
    "Thực hiện Công văn số 12/LĐTBXH-BVCSTE ngày 02/01/2024 của Bộ Lao động,\n"
    "Thương binh và Xã hội về việc phối hợp tuyên truyền, Văn phòng Chính phủ đề nghị\n"
    "các tỉnh phối hợp thực hiện.\n"
)


#: A web page that runs a union's report on one line (its letterhead folded into its text).
FOLDED_REPORT = (
    "CÔNG ĐOÀN GIÁO DỤC HUYỆN BA TƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS TRƯỜNG THCS BA TƠ"
    " Độc lập - Tự do - Hạnh phúc Số: 03/BC-CĐCS Ba Tơ, ngày 8 tháng 4 năm 2010 BÁO CÁO TỔNG KẾT"
    " PHONG TRÀO THI ĐUA NĂM HỌC 2009-2010 I. Kết quả thực hiện: 1. Tổ chức được 12 hội nghị cho"
    " đoàn viên trong năm học, thu hút đông đảo đoàn viên tham gia các hoạt động."
)


@pytest.mark.parametrize("text", [LETTER, FOLDED_REPORT], ids=["letter", "folded-report"])
def test_a_copy_in_decomposed_letters_reads_as_its_composed_twin(text: str) -> None:
    """A text whose accents are separate code points (NFD, "Unicode tổ hợp") drafts as in NFC."""
    composed = coordprog.import_text(text)
    decomposed = coordprog.import_text(unicodedata.normalize("NFD", text))
    assert (composed.document, composed.data) == (decomposed.document, decomposed.data)


def test_a_subject_over_several_lines_lends_no_words_to_the_place() -> None:
    """The last line of a letter's subject, ending in a proper name, is not the place's start."""
    draft = coordprog.import_text(LETTER)
    assert (
        "Hà Nội",
        "V/v phối hợp tuyên truyền về phòng, chống tác hại của thuốc lá trên địa bàn"
        " các tỉnh Tây Nguyên và tỉnh Lâm Đồng",
    ) == (draft.data["place"], draft.data["title"])


def test_an_issuer_broken_after_its_comma_is_read_whole() -> None:
    """A ministry's name broken after its comma ("Bộ Lao động," over "Thương binh ...") is one."""
    draft = coordprog.import_text(LETTER)
    issuers = {ref["number"]: ref.get("issuer") for ref in draft.data["legal_refs"]}
    assert "Bộ Lao động, Thương binh và Xã hội" == issuers["12/LĐTBXH-BVCSTE"]


def test_heads_named_with_the_older_tone_placement_are_the_parties_organs() -> None:
    """A head named with the older tone placement ("Chánh án Toà án ...") is the organ."""
    draft = coordprog.import_text(
        "BỘ CÔNG AN - TOÀ ÁN NHÂN DÂN TỐI CAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 03/2023/TTLT-BCA-TANDTC\n"
        "Hà Nội, ngày 10 tháng 3 năm 2023\nTHÔNG TƯ LIÊN TỊCH\n"
        "Quy định việc phối hợp trong công tác thi hành án\n"
        "Căn cứ Luật Tổ chức Toà án nhân dân ngày 24 tháng 11 năm 2014;\n"
        "Bộ trưởng Bộ Công an và Chánh án Toà án nhân dân tối cao thống nhất ban hành Thông tư"
        " liên tịch quy định việc phối hợp trong công tác thi hành án.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này quy định việc phối hợp.\n"
    )
    organs = [party.get("issuing_organ") for party in draft.data["parties"]]
    assert ["Bộ trưởng Bộ Công an", "Chánh án Toà án nhân dân tối cao"] == organs


HAU_GIANG_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 45/KH-UBND\nVị Thanh, ngày 6 tháng 4 năm 2021\n"
)
HAU_GIANG_BODY = (
    "Triển khai Chương trình phối hợp về công tác dân vận năm 2021\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành thực hiện.\n"
)


@pytest.mark.parametrize("type_line", ["K Ế   H O Ạ C H", "K Ế H O Ạ C H", "KẾHOẠCH"])
def test_a_type_line_spaced_out_or_closed_up_is_the_type(type_line: str) -> None:
    """A type line typed with its capitals spaced out, or with no space, names the type."""
    draft = coordprog.import_text(f"{HAU_GIANG_HEAD}{type_line}\n{HAU_GIANG_BODY}")
    assert ("plan", "Triển khai Chương trình phối hợp về công tác dân vận năm 2021") == (
        draft.data["kind"],
        draft.data["title"],
    )


def test_characters_that_print_nothing_are_no_part_of_a_word() -> None:
    """Zero-width spaces and a byte-order mark a web page leaves change nothing in the draft."""
    plain = coordprog.import_text(f"{HAU_GIANG_HEAD}KẾ HOẠCH\n{HAU_GIANG_BODY}")
    head = HAU_GIANG_HEAD.replace("Số: ", "Số:\u200b ")
    marked = coordprog.import_text(f"\ufeff{head}KẾ HOẠCH\u200b\n{HAU_GIANG_BODY}")
    assert plain.data == marked.data


def test_a_date_with_slashes_after_the_number_on_its_line_is_read() -> None:
    """A number line that also holds the place and a date in slashes gives all three."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 454/UBND-NCTH Vị Thanh, ngày 6/4/2011\n"
        "V/v tiếp tục phối hợp tuyên truyền\nKính gửi: Sở Văn hóa, Thể thao và Du lịch.\n"
        "Ủy ban nhân dân tỉnh đề nghị Sở phối hợp thực hiện.\n"
    )
    assert ("454/UBND-NCTH", "Vị Thanh", dt.date(2011, 4, 6)) == (
        draft.data["number"],
        draft.data["place"],
        draft.data["signed_on"],
    )


@pytest.mark.parametrize("date", ["ngày 05-3-2020", "ngày 05.3.2020"])
def test_a_place_line_dated_with_hyphens_or_stops_is_read(date: str) -> None:
    """A district's place line dated "05-3-2020" or "05.3.2020" gives its place and date."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nSố: 12/KH-UBND\n"
        f"Đông Anh, {date}\nKẾ HOẠCH\nPhối hợp tuyên truyền\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
    )
    assert ("Đông Anh", dt.date(2020, 3, 5)) == (draft.data["place"], draft.data["signed_on"])


def test_a_place_line_dated_with_two_marks_is_not_read_as_a_date() -> None:
    """A date whose marks differ ("05-3/2020") is no date the line states for certain."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nSố: 12/KH-UBND\n"
        "Đông Anh, ngày 05-3/2020\nKẾ HOẠCH\nPhối hợp tuyên truyền\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
    )
    assert "signed_on" not in draft.data


def test_the_date_a_place_is_printed_before_is_the_document_s() -> None:
    """A page heading's date without a place does not hide the place-and-date line after it."""
    draft = coordprog.import_text(
        "Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28 tháng 01 năm 2011 giữa Văn phòng"
        " Chính phủ và Bộ Nội vụ\nVĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 02/2011/TTLT-VPCP-BNV\nHà Nội, ngày 28 tháng 01 năm 2011\nTHÔNG TƯ LIÊN TỊCH\n"
        "Hướng dẫn chức năng, nhiệm vụ của Văn phòng Ủy ban nhân dân tỉnh\n"
        "Điều 1. Vị trí và chức năng\nVăn phòng là cơ quan chuyên môn.\n"
    )
    assert ("Hà Nội", dt.date(2011, 1, 28)) == (draft.data["place"], draft.data["signed_on"])


def test_a_basis_numbered_in_the_preamble_is_the_basis() -> None:
    """Bases numbered before the enacting sentence ("1. Căn cứ ...") are each the basis."""
    draft = coordprog.import_text(
        "BỘ TƯ PHÁP - BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 01/2012/TTLT-BTP-BNV\nHà Nội, ngày 10 tháng 3 năm 2012\nTHÔNG TƯ LIÊN TỊCH\n"
        "Hướng dẫn việc phối hợp trong công tác hộ tịch\n"
        "1. Căn cứ Nghị định số 93/2008/NĐ-CP ngày 22 tháng 8 năm 2008 của Chính phủ quy định"
        " chức năng, nhiệm vụ của Bộ Tư pháp;\n"
        "2. Căn cứ Nghị định số 48/2008/NĐ-CP ngày 17 tháng 4 năm 2008 của Chính phủ quy định"
        " chức năng, nhiệm vụ của Bộ Nội vụ;\n"
        "Bộ trưởng Bộ Tư pháp và Bộ trưởng Bộ Nội vụ ban hành Thông tư liên tịch hướng dẫn việc"
        " phối hợp trong công tác hộ tịch.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn việc phối hợp.\n"
    )
    organs = [party.get("issuing_organ") for party in draft.data["parties"]]
    assert (
        ["93/2008/NĐ-CP", "48/2008/NĐ-CP"],
        ["Bộ trưởng Bộ Tư pháp", "Bộ trưởng Bộ Nội vụ"],
    ) == (draft.data["basis"], organs)


def test_recipients_flattened_onto_one_line_keep_a_dash_inside_a_name() -> None:
    """On one line, a dash after a recipient's semicolon parts recipients; one inside a name not."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 06/2019/QĐ-UBND\n"
        "Vĩnh Long, ngày 23 tháng 5 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Nơi nhận: - Như Điều 3; - Cục Kiểm tra văn bản QPPL - Bộ Tư pháp; - Thường trực Tỉnh ủy;"
        " (để b/c) - Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Quang Trung\n"
    )
    assert [
        "Như Điều 3;",
        "Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;",
        "Thường trực Tỉnh ủy (để b/c);",
        "Lưu: VT.",
    ] == draft.data["promulgation"]["recipients"]


def test_recipients_heading_in_emphasis_keeps_the_first_recipient_clean() -> None:
    """A Markdown copy's "*Nơi nhận:* - A; - B": the heading's closing "*" is no recipient's."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 06/2019/QĐ-UBND\n"
        "Vĩnh Long, ngày 23 tháng 5 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "*Nơi nhận:* - Như Điều 3; - Thường trực Tỉnh ủy; - Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Quang Trung\n"
    )
    recipients = draft.data["promulgation"]["recipients"]
    assert ["Như Điều 3;", "Thường trực Tỉnh ủy;", "Lưu: VT."] == recipients


def test_a_last_recipient_the_copy_ends_inside_a_word_is_left_out_and_flagged() -> None:
    """A copy that stops inside its last recipient ("- Đoàn Đại biểu Quốc h") loses it, flagged.

    A syllable without a vowel is no word: the copy cut it. A last line the copy stops on
    before the semicolon every other line of the list ends with ("- Sở Tư pháp", "- Cục
    Kiểm tra văn bản QPP") may be whole or cut at any word, which the copy cannot tell: it is
    left out too, the flag naming it. The list is flagged as not ending with its file copy.
    """
    opening = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1044/QĐ-UBND\n"
        "Quảng Ngãi, ngày 29 tháng 12 năm 2017\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Bộ Nội vụ;\n"
    )
    cut = coordprog.import_text(opening + "- Đoàn Đại biểu Quốc h\n")
    whole = coordprog.import_text(opening + "- Sở Tư pháp\n")
    short = coordprog.import_text(opening + "- UBND các xã, phường, tt\n")
    abbreviation = coordprog.import_text(opening + "- Cục Kiểm tra văn bản QPP\n")
    for draft in (cut, whole, short, abbreviation):
        assert ["Như Điều 3;", "Bộ Nội vụ;"] == draft.data["promulgation"]["recipients"]
        paths = [item["path"] for item in draft.data["to_complete"]]
        assert "promulgation.recipients" in paths
    remarks = " ".join(abbreviation.unsure)
    assert "Cục Kiểm tra văn bản QPP" in remarks
    assert "left out" in remarks


def test_a_last_recipient_cut_after_its_first_capital_letters_is_left_out() -> None:
    """A copy that stops two letters into its last recipient ("- Th") loses it, flagged.

    A word with a capital first and no vowel ("Th", "Ph") is a name cut after its first
    letters; a place's short form printed with a capital ("Tp") stays.
    """
    opening = (
        "ỦY BAN DÂN TỘC\nSố: 456/QĐ-UBDT\nHà Nội, ngày 07 tháng 11 năm 2014\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Kế hoạch thực hiện công tác dân tộc\n"
        "Căn cứ Nghị định số 84/2012/NĐ-CP ngày 12/10/2012 của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1: Ban hành kèm theo quyết định này Kế hoạch thực hiện công tác dân tộc.\n"
        "Nơi nhận:\n- Như điều 3.\n"
    )
    cut = coordprog.import_text(opening + "- Th\n")
    assert ["Như điều 3."] == cut.data["promulgation"]["recipients"]
    assert "promulgation.recipients" in [item["path"] for item in cut.data["to_complete"]]
    assert "left out" in " ".join(cut.unsure)
    place = coordprog.import_text(opening + "- UBND các xã, Tp\n")
    assert "UBND các xã, Tp" in place.data["promulgation"]["recipients"]


def test_a_last_recipient_ended_or_in_a_list_without_semicolons_stays() -> None:
    """A last recipient the copy ends with stays when the line shows its end or the list has none.

    A closing bracket ends a recipient ("- Sở Tư pháp (để b/c)"); a list whose lines end with
    no semicolon ("- Bộ Y tế" / "- CVP") gives no sign that its last line was cut; a line
    that is not the copy's last words is not one the copy stopped in.
    """
    opening = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 1579/QĐ-UBND\n"
        "Bắc Kạn, ngày 25 tháng 8 năm 2021\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\nNơi nhận:\n"
    )
    bracket = coordprog.import_text(opening + "- Như Điều 2;\n- Sở Tư pháp (để b/c)\n")
    bare = coordprog.import_text(opening + "- Bộ Y tế\n- CVP\n")
    assert "Sở Tư pháp (để b/c)" == bracket.data["promulgation"]["recipients"][-1]
    signed = coordprog.import_text(
        opening + "- Như Điều 2;\n- Sở Tư pháp\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
    )
    assert ["Bộ Y tế", "CVP"] == bare.data["promulgation"]["recipients"]
    assert "Sở Tư pháp" == signed.data["promulgation"]["recipients"][-1]


def test_an_article_glued_to_its_number_is_an_article() -> None:
    """An article whose number a copy glued to "Điều" ("Điều1.") is read as "Điều 1." is."""
    text = (
        "BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 08/2025/TT-BTP\nHà Nội, ngày 15 tháng 6 năm 2025\nTHÔNG TƯ\n"
        "Quy định việc phối hợp trong công tác hộ tịch\n"
        "Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;\n"
        "Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định việc phối hợp.\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
        "Thông tư này quy định việc phối hợp.\n"
        "Điều 2. Đối tượng áp dụng\nThông tư này áp dụng đối với cơ quan tư pháp.\n"
    )
    spaced = coordprog.import_text(text)
    glued = coordprog.import_text(text.replace("Điều 1.", "Điều1.").replace("Điều 2.", "Điều2."))
    assert spaced.data["chapters"] == glued.data["chapters"]
    assert ["Phạm vi điều chỉnh", "Đối tượng áp dụng"] == [
        article["caption"] for article in glued.data["chapters"][0]["articles"]
    ]


QUANG_NGAI_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 293/QĐ-UBND\nQuảng Ngãi, ngày 10 tháng 9 năm 2013\n"
    "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật\n"
    "ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác phổ biến, giáo dục"
    " pháp luật.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


@pytest.mark.parametrize(
    ("printed", "as_printed"),
    [
        ("QUYẾT ĐỊNH\nBan hành", "QUYẾT ĐỊNH Ban hành"),
        ("Quảng Ngãi, ngày", "Quảng Ngãi ngày"),
    ],
    ids=["type-line-run-on-with-its-title", "place-without-its-comma"],
)
def test_an_opening_printed_otherwise_reads_the_same(printed: str, as_printed: str) -> None:
    """A type line run on with its title, or a place that lost its comma, reads as printed apart."""
    apart = coordprog.import_text(QUANG_NGAI_DECISION)
    together = coordprog.import_text(QUANG_NGAI_DECISION.replace(printed, as_printed))
    assert (
        "Ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật",
        "Quảng Ngãi",
    ) == (
        together.data["promulgation"]["title"],
        together.data["promulgation"]["place"],
    )
    assert apart.data["promulgation"] == together.data["promulgation"]


def test_a_sentence_s_time_of_day_before_a_date_is_no_place() -> None:
    """A time of day opening a sentence before its date ("Chiều ngày ...") is no place."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/TB-UBND\nTHÔNG BÁO\n"
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại Hội nghị sơ kết công tác phối hợp\n"
        "Chiều ngày 14 tháng 5 năm 2021\n, tại trụ sở Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân"
        " dân tỉnh Đặng Văn Minh đã chủ trì Hội nghị sơ kết công tác phối hợp.\n"
    )
    assert "Chiều" not in str(draft.data)


def test_the_fatherland_in_a_title_in_capitals_keeps_its_capital() -> None:
    """The Fatherland ("Tổ quốc") keeps its capital in a title printed in capitals."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 453/TB-UBND\nHà Nội, ngày 10 tháng 3 năm 2026\n"
        "THÔNG BÁO\nVỀ VIỆC TREO CỜ TỔ QUỐC\nỦy ban nhân dân Thành phố thông báo các cơ quan treo"
        " cờ Tổ quốc.\n"
    )
    assert "Về việc treo cờ Tổ quốc" == draft.data["title"]


def test_an_act_of_a_basis_on_the_line_after_its_semicolon_is_the_basis() -> None:
    """An act on the line after a basis's semicolon ("...;" / "Nghị định B ...") is a basis."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\nKon Tum, ngày 20 tháng 2 năm 2024\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp kiểm tra văn bản\nỦY BAN NHÂN DÂN TỈNH KON TUM\n"
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi\n"
        "tiết một số điều của Luật Ban hành văn bản quy phạm pháp luật;\n"
        "Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung\n"
        "một số điều của Nghị định số 34/2016/NĐ-CP;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp kiểm tra văn bản.\n"
    )
    assert ["34/2016/NĐ-CP", "154/2020/NĐ-CP"] == draft.data["promulgation"]["basis"]


def test_a_slashed_date_beside_the_national_heading_is_read() -> None:
    """A place and a slashed date printed after the national heading on its line are read."""
    draft = coordprog.import_text(
        "BỘ TƯ PHÁP\nSố: 07/2015/TT-BTP\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 15/06/2015\n"
        "THÔNG TƯ\nQuy định việc phối hợp trong công tác bồi thường nhà nước\n"
        "Căn cứ Luật Trách nhiệm bồi thường của Nhà nước ngày 18 tháng 6 năm 2009;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc phối hợp.\n"
    )
    assert ("Hà Nội", dt.date(2015, 6, 15)) == (draft.data["place"], draft.data["signed_on"])


@pytest.mark.parametrize(
    ("years", "period"),
    [
        ("từ năm 2006 đến năm 2010", (2006, 2010)),
        ("giai đoạn 2021 - 2025, tầm nhìn đến năm 2030", (2021, 2025)),
        ("năm 2023", (2023, 2023)),
    ],
)
def test_a_title_s_last_year_is_its_own_only_when_no_span_ends_there(
    years: str, period: tuple[int, int]
) -> None:
    """A title ending "đến năm 2010" ends a span or a horizon; "năm 2023" alone is its year."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 55/KH-UBND\nNinh Thuận, ngày 6 tháng 4 năm 2006\n"
        f"KẾ HOẠCH\nHành động vì sự tiến bộ của phụ nữ {years}\n"
        "I. MỤC TIÊU\n1. Sở Lao động chủ trì, phối hợp với các sở, ngành thực hiện.\n"
    )
    assert period == (draft.data["period"]["start"].year, draft.data["period"]["end"].year)


def test_markdown_emphasis_around_a_cell_is_no_part_of_its_text() -> None:
    """A copy kept in Markdown ("| *Hà Nội, ngày ... *|", "**THÔNG BÁO**") reads as printed."""
    draft = coordprog.import_text(
        "| **VĂN PHÒNG CHÍNH PHỦ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
        "| Số: 467/TB-VPCP | *Hà Nội, ngày 14 tháng 10 năm 2024 * |\n\n**THÔNG BÁO**\n\n"
        "Ý kiến chỉ đạo của Phó Thủ tướng về việc phối hợp xây dựng đề án\n\n"
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện.\n"
    )
    assert ("467/TB-VPCP", "Hà Nội") == (draft.data["number"], draft.data["place"])


def test_the_lunar_new_year_in_a_title_in_capitals_keeps_its_capitals() -> None:
    """The lunar new year and a lunar year's name ("Bính Ngọ") keep their capitals."""
    draft = coordprog.import_text(
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nSố: 34/KH-TLĐ\nHà Nội, ngày 10 tháng 11 năm 2025\n"
        "KẾ HOẠCH\nTỔ CHỨC CÁC HOẠT ĐỘNG CHĂM LO CHO ĐOÀN VIÊN DỊP TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026 VÀ"
        " XUÂN GIÁP THÌN\nI. MỤC ĐÍCH\n1. Các cấp công đoàn chủ trì thực hiện.\n"
    )
    assert (
        "Tổ chức các hoạt động chăm lo cho đoàn viên dịp Tết Nguyên đán Bính Ngọ 2026 và Xuân"
        " Giáp Thìn" == draft.data["title"]
    )


def test_a_working_team_in_a_title_in_capitals_keeps_its_capital() -> None:
    """A working team is named as a body is: "Tổ công tác" keeps its capital when re-cased."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 757/QĐ-UBND | Quảng Ninh, ngày 21 tháng 04 năm 2014 |\nQUYẾT ĐỊNH\n"
        "V/V BAN HÀNH QUY CHẾ HOẠT ĐỘNG TỔ CÔNG TÁC TRIỂN KHAI THỰC HIỆN KẾ HOẠCH NÂNG CAO CHỈ"
        " SỐ NĂNG LỰC CẠNH TRANH\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ công tác.\n"
    )
    assert draft.data["promulgation"]["title"] == (
        "V/v ban hành Quy chế hoạt động Tổ công tác triển khai thực hiện Kế hoạch nâng cao chỉ"
        " số năng lực cạnh tranh"
    )


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CÁC TRƯỜNG HỌC ĐẾN NĂM 2030",
            "Về việc phê duyệt Quy hoạch mạng lưới các trường học đến năm 2030",
        ),
        (
            "VỀ VIỆC ĐĂNG TẢI THÔNG TIN TRÊN CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA",
            "Về việc đăng tải thông tin trên Cổng thông tin điện tử tỉnh Sơn La",
        ),
        (
            "KẾT LUẬN CỦA ĐỒNG CHÍ NGUYỄN VĂN AN - PHÓ BÍ THƯ TỈNH ỦY TẠI CUỘC HỌP",
            "Kết luận của đồng chí Nguyễn Văn An - Phó Bí thư Tỉnh ủy tại cuộc họp",
        ),
    ],
)
def test_a_named_plan_a_portal_and_a_party_post_keep_their_capitals(
    printed: str, title: str
) -> None:
    """An approved plan, a body's web portal and a Party secretary's post are named so."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 28/QĐ-UBND\nSơn La, ngày 6 tháng 4 năm 2018\n"
        f"QUYẾT ĐỊNH\n{printed}\nỦY BAN NHÂN DÂN TỈNH SƠN LA\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Giao Sở Nội vụ chủ trì thực hiện.\n"
    )
    assert title == draft.data["title"]


def test_a_title_that_ends_on_a_word_no_title_ends_on_is_flagged() -> None:
    """A title the copy cut after "của" is listed to check, with the title read."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 2516/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2014\n"
        "KẾ HOẠCH\nTriển khai thực hiện Quyết định số 34/2014/QĐ-TTg của\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "I. MỤC ĐÍCH\n1. Các sở triển khai.\n"
    )
    [item] = [i for i in draft.data["to_complete"] if i["path"] == "title"]
    assert item["text"] == draft.data["title"]


@pytest.mark.parametrize(
    "cut",
    [
        "Triển khai thực hiện Đề án nâng cao chất lượng dân số giai đoạn",
        "Triển khai thực hiện Đề án nâng cao chất lượng dân số đến năm",
        "Triển khai thực hiện Đề án “Nâng cao chất lượng dân số, phát triển",
    ],
)
def test_a_title_cut_before_its_years_or_its_closing_quote_is_flagged(cut: str) -> None:
    """A window's words without the years, or a quotation never closed: the copy cut it."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 251/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2019\n"
        f"KẾ HOẠCH\n{cut}\n"
        "Thực hiện Quyết định số 34/2019/QĐ-TTg ngày 02/5/2019 của Thủ tướng Chính phủ, Ủy ban "
        "nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Các sở triển khai.\n"
    )
    assert cut == draft.data["title"]
    [item] = [i for i in draft.data["to_complete"] if i["path"] == "title"]
    assert item["text"] == cut


def test_a_title_s_window_and_closed_quotation_are_not_flagged() -> None:
    """A title whose quotation closes and whose window holds its years is not listed."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 251/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2019\n"
        "KẾ HOẠCH\nTriển khai thực hiện Đề án “Nâng cao chất lượng dân số” hằng năm\n"
        "Thực hiện Quyết định số 34/2019/QĐ-TTg ngày 02/5/2019 của Thủ tướng Chính phủ, Ủy ban "
        "nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Các sở triển khai.\n"
    )
    assert "title" not in [i["path"] for i in draft.data.get("to_complete", [])]


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        ("QUYẾT     ĐỊNH", None),
        ("THÔNG    TƯ    LIÊN    TỊCH", "joint-circular"),
        ("QUYẾT\tĐỊNH", None),
        ("THÔNG\tTƯ\tLIÊN\tTỊCH", "joint-circular"),
    ],
)
def test_a_type_line_spaced_with_wide_gaps_is_one_line(printed: str, kind: str | None) -> None:
    """Words spaced out for show (wide gaps, tabs) are no table's cells: the type line is read."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\nKon Tum, ngày 20 tháng 2 năm 2024\n"
        f"{printed}\nVề việc ban hành Quy chế phối hợp kiểm tra văn bản\n"
        "ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp kiểm tra văn bản.\n"
    )
    data = draft.data
    title = data.get("promulgation", data)["title"]
    assert "Về việc ban hành Quy chế phối hợp kiểm tra văn bản" == title
    if kind is not None:
        assert kind == data["kind"]


@pytest.mark.parametrize("day", ["05/3/2020", "05-3-2020"])
def test_a_numbered_district_s_place_line_with_a_slashed_date(day: str) -> None:
    """A district named by its number, over a slashed date ("Quận 3, ngày 05/3/2020")."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nQUẬN 3\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nQuận 3, ngày {day}\nKẾ HOẠCH\n"
        "Phối hợp tuyên truyền pháp luật\nI. MỤC ĐÍCH\n1. Các phòng triển khai.\n"
    )
    assert ("Quận 3", dt.date(2020, 3, 5)) == (draft.data["place"], draft.data["signed_on"])


def test_a_signature_block_a_database_writes_in_words_is_read() -> None:
    """A post written in words over "(Đã ký)" ("Thủ tướng") signs; it is no article's text."""
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 159/2007/QĐ-TTg\nHà Nội, ngày 10 tháng 10 năm 2007\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp đối với các vùng kinh tế trọng điểm\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo./.\n"
        "\nThủ tướng\n\n(Đã ký)\n\nNguyễn Tấn Dũng\n"
    )
    decision = draft.data.get("promulgation", draft.data)
    (signatory,) = decision["signatories"]
    assert ("Nguyễn Tấn Dũng", "thủ tướng") == (signatory["name"], signatory["title"].lower())
    assert "Nguyễn Tấn Dũng" not in str(decision["articles"])


def test_a_name_over_the_signed_mark_stays_a_name() -> None:
    """The signer's name printed above "(Đã ký)" is left in words, read as the name."""
    draft = coordprog.import_text(
        "BAN DÂN VẬN TRUNG ƯƠNG\nSố: 490-CV/BDVTW\nHà Nội, ngày 5 tháng 5 năm 2016\n"
        "V/v hướng dẫn thực hiện Chương trình phối hợp\nKính gửi: Các tỉnh ủy, thành ủy\n"
        "Ban Dân vận Trung ương hướng dẫn thực hiện như sau.\n"
        "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrần Thị Bích Thủy\n\n(Đã ký)\n"
    )
    names = [s.get("name") for s in draft.data.get("signatories", [])]
    assert "Trần Thị Bích Thủy" in names


def test_an_authority_line_without_its_dot_is_kept_as_printed() -> None:
    """An authority printed without the dot after its mark ("KT BỘ TRƯỞNG") is written so."""
    draft = coordprog.import_text(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 1343/VPCP-KG\nHà Nội, ngày 21 tháng 3 năm 2003\n"
        "V/v uỷ quyền phê duyệt kế hoạch hành động\nKính gửi: Bộ Giáo dục và Đào tạo\n"
        "Văn phòng Chính phủ xin thông báo Bộ biết, thực hiện./.\n"
        "KT BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ\nPHÓ CHỦ NHIỆM\nTrần Quốc Toản\n"
    )
    (signatory,) = draft.data["signatories"]
    assert "KT BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ" == signatory["authority"]


def test_a_minister_heading_a_committee_decides_under_the_title() -> None:
    """A minister heading a committee, on the line under the title, is the organ, not title."""
    draft = coordprog.import_text(
        "ỦY BAN DÂN TỘC\nSố: 98/QĐ-UBDT\nHà Nội, ngày 18 tháng 02 năm 2021\nQUYẾT ĐỊNH\n"
        "BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2021-2025 (GIAI ĐOẠN II)\n"
        "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\n"
        "Căn cứ Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án.\n"
    )
    decision = draft.data.get("promulgation", draft.data)
    assert decision["title"].endswith("giai đoạn 2021-2025 (giai đoạn II)")
    (party,) = draft.data["parties"]
    assert "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" == party["issuing_organ"]


def test_a_title_ending_with_a_season_s_two_years_runs_them() -> None:
    """A title ending with a season of two years ("mùa khô năm 2019 - 2020") runs them."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 07/KH-UBND\nLạng Sơn, ngày 13 tháng 01 năm 2020\n"
        "KẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2019 - 2020\n"
        "Thực hiện Chỉ thị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và "
        "Phát triển nông thôn. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\n1. Xác định các vùng có thể xảy ra hạn hán.\n"
    )
    assert (2019, 2020) == (draft.data["period"]["start"].year, draft.data["period"]["end"].year)


@pytest.mark.parametrize(
    "title",
    ["HOẠT ĐỘNG NĂM HỌC 2023 - 2024", "Kết nạp đội viên mới\nNăm học: 2023 - 2024"],
)
def test_a_title_naming_a_school_year_gives_no_calendar_years(title: str) -> None:
    """A school year ("năm học 2023 - 2024") runs from September to May: no period, listed.

    The years had been read as the period from 1 January 2023 to 31 December 2024; round 62's
    school plans transcribe no period for them, as the corpus's reports transcribe no window.
    """
    draft = coordprog.import_text(
        "PHÒNG GD&ĐT HUYỆN ĐÔ LƯƠNG\nTRƯỜNG THCS ĐÀ SƠN\nSố: 05/KH-THCS\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Đà Sơn, ngày 05 tháng 9 năm 2023\nKẾ HOẠCH\n{title}\n"
        "I. MỤC ĐÍCH\n1. Dạy tốt.\n"
    )
    assert "period" not in draft.data
    (item,) = _flagged(draft, "period")
    assert "2023 - 2024" in item["text"]


@pytest.mark.parametrize("kind", ["QUYẾT ĐỊNH\nBAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH"])
def test_a_span_of_years_its_count_measures_is_the_title_s_period(kind: str) -> None:
    """A title's "5 năm 2021 - 2025" gives its years; "3 năm 2021 - 2025" counts no span."""
    for years, period in (("5 NĂM 2021 - 2025", (2021, 2025)), ("3 NĂM 2021 - 2025", None)):
        draft = coordprog.import_text(
            "ỦY BAN DÂN TỘC\nSố: 645/QĐ-UBDT\nHà Nội, ngày 28 tháng 9 năm 2021\n"
            f"{kind}\nTHỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC "
            f"THIỂU SỐ VÀ MIỀN NÚI {years}\n"
            "Căn cứ Nghị định số 13/2017/NĐ-CP ngày 10/02/2017 của Chính phủ;\n"
            + (
                "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động "
                f"thực hiện Kế hoạch phát triển kinh tế - xã hội {years.lower()}.\n"
                "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
                if kind.startswith("QUYẾT")
                else "I. MỤC ĐÍCH\n1. Triển khai.\n"
            )
        )
        got = draft.data.get("period", {})
        start, end = got.get("start"), got.get("end")
        assert period == ((start.year, end.year) if start and end else None)


def test_a_span_of_years_further_apart_at_a_title_s_end_is_no_season() -> None:
    """A title ending "năm 2016 - 2020" names no season: no period is read from those words."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 07/KH-UBND\nLạng Sơn, ngày 13 tháng 01 năm 2016\n"
        "KẾ HOẠCH\nPHÒNG, CHỐNG HẠN HÁN NĂM 2016 - 2020\n"
        "I. MỤC ĐÍCH\n1. Xác định các vùng có thể xảy ra hạn hán.\n"
    )
    assert "period" not in draft.data


def test_a_title_run_on_with_its_type_line_stops_before_the_page_s_post_lines() -> None:
    """A portal's heading "KẾ HOẠCH THỰC HIỆN ..." over "- Ngày đăng: ...": the heading's title."""
    draft = coordprog.import_text(
        "- Văn bản mới\n- Album ảnh\n"
        "KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “TĂNG CƯỜNG NĂNG LỰC TIẾP CẬN PHÁP LUẬT CỦA NGƯỜI DÂN” "
        "TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ GIAI ĐOẠN 2023-2030\n"
        "- Ngày đăng: 01-11-2022\n- 456 lượt xem\n.\n"
        "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ phê duyệt "
        "Đề án, Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch triển khai thực hiện Đề án như "
        "sau:\n1. Tổ chức triển khai kịp thời.\n"
    )
    title = draft.data["title"]
    assert title.startswith("Thực hiện Đề án “Tăng cường")
    assert title.endswith("giai đoạn 2023-2030")
    assert _flagged(draft, "title")  # re-cased from capitals: its proper names to check


class TestAScanOfAJointCircularRoundTwentySeven:
    """A joint circular as a scan's text prints it: letters and digits misread."""

    HEAD = (
        "Bộ TÀI CHÍNH Bộ TÀI NGŨYÊN VÀ MÔI TRƯỜNG\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VĨỆT NAM Độc ỉập - Tự do - Hạnh phúc\n"
    )

    def _draft(self, number: str, place: str, type_line: str) -> coordprog.Draft:
        return coordprog.import_text(
            f"{self.HEAD}Số: {number}\n{place}, ngày 22 tháng 6 năm 2016\n"
            f"{type_line} Hướng dẫn việc thẩm định dự thảo bảng giá đất\n"
            "Căn cứ Luật Giá ngày 20 tháng 6 năm 2012; Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ "
            "Tài nguyên và Môi trường ban hành Thông tư liên tịch hướng dẫn việc thẩm định.\n"
            "Chương I QUY ĐỊNH CHUNG Điều 1. Phạm vi điều chỉnh\n"
        )

    def test_a_number_that_goes_on_past_a_damaged_year_is_flagged(self) -> None:
        """In "87/20 ló/TTLT-BTC-BTNMT" the number read, "87/20", is a part, to check."""
        draft = self._draft("87/20 ló/TTLT-BTC-BTNMT", "Hà Nội", "THÔNG TƯ LIÊN TỊCH")
        assert "87/20" == draft.data["number"]
        assert ["Số: 87/20 ló/TTLT-BTC-BTNMT"] == [i["text"] for i in _flagged(draft, "number")]

    def test_a_number_beside_a_subject_line_is_whole(self) -> None:
        """A subject line beside the number ("Số: 123/UBND-VX V/v ...") is no part of it."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 123/UBND-VX V/v triển khai kế hoạch\n"
            "Lào Cai, ngày 22 tháng 6 năm 2016\nKính gửi: Sở Tư pháp\n"
        )
        assert "123/UBND-VX" == draft.data["number"]
        assert [] == _flagged(draft, "number")

    def test_a_place_one_letter_off_a_province_is_read_as_it_and_flagged(self) -> None:
        """A scan's "Hù Nội" is "Hà Nội" misread: read so, and flagged with the line."""
        draft = self._draft("87/2016/TTLT-BTC-BTNMT", "Hù Nội", "THÔNG TƯ LIÊN TỊCH")
        assert "Hà Nội" == draft.data["place"]
        assert ["Hù Nội, ngày 22 tháng 6 năm 2016"] == [i["text"] for i in _flagged(draft, "place")]

    def test_a_district_s_place_line_is_left_as_printed(self) -> None:
        """A place no province is one letter off ("Giá Rai") is kept, not flagged."""
        draft = self._draft("87/2016/TTLT-BTC-BTNMT", "Giá Rai", "THÔNG TƯ LIÊN TỊCH")
        assert "Giá Rai" == draft.data["place"]
        assert [] == _flagged(draft, "place")

    def test_a_type_line_with_one_letter_misread_gives_the_kind_and_a_title_to_check(
        self,
    ) -> None:
        """A scan's "THÔNG Tư LIÊN TỊCH Hướng dẫn ...": a joint circular, its title flagged."""
        draft = self._draft("87/2016/TTLT-BTC-BTNMT", "Hà Nội", "THÔNG Tư LIÊN TỊCH")
        assert "joint-circular" == draft.data["kind"]
        assert "Hướng dẫn việc thẩm định dự thảo bảng giá đất" == draft.data["title"]
        assert 1 == len(_flagged(draft, "title"))

    def test_a_chapter_title_run_on_with_its_first_article_ends_with_its_capitals(self) -> None:
        """In "Chương I QUY ĐỊNH CHUNG Điều 1. ..." the title is "QUY ĐỊNH CHUNG"."""
        draft = self._draft("87/2016/TTLT-BTC-BTNMT", "Hà Nội", "THÔNG TƯ LIÊN TỊCH")
        chapter = draft.data["chapters"][0]
        assert ("I", "QUY ĐỊNH CHUNG") == (chapter["number"], chapter["title"])
        assert [("1", "Phạm vi điều chỉnh")] == [
            (a["number"], a["caption"]) for a in chapter["articles"]
        ]


def test_an_article_s_caption_the_copy_glued_is_read_apart() -> None:
    """A caption's two syllables a copy glued ("đốitượng") are split again."""
    draft = coordprog.import_text(
        "BỘ Y TẾ - BỘ NỘI VỤ\nSố: 28/2015/TTLT-BYT-BNV\nHà Nội, ngày 07 tháng 10 năm 2015\n"
        "THÔNG TƯ LIÊN TỊCH\nQUY ĐỊNH MÃ SỐ CHỨC DANH NGHỀ NGHIỆP DINH DƯỠNG\n"
        "Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010;\nChương I\nQUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh và đốitượng áp dụng\n1. Thông tư liên tịch này quy định.\n"
    )
    caption = draft.data["chapters"][0]["articles"][0]["caption"]
    assert "Phạm vi điều chỉnh và đối tượng áp dụng" == caption


def test_an_authority_mark_a_narrow_cell_leaves_alone_on_its_line_signs() -> None:
    """The lines "TM." / "ỦY BAN NHÂN DÂN |" are one authority; the article ends before."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN |\nSố: 05/2010/QĐ-UBND |\nTân Phú, ngày 03 tháng 8 năm 2010 |\n"
        "ỦY BAN NHÂN DÂN QUẬN TÂN PHÚ\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân "
        "dân năm 2003;\nQUYẾT ĐỊNH:\nĐiều 2. Quyết định này có hiệu lực thi hành sau 07 (bảy) "
        "ngày, kể từ ngày ký.\n|\nTM.\nỦY BAN NHÂN DÂN |\n"
    )
    decision = draft.data.get("promulgation", draft.data)
    assert ["TM. ỦY BAN NHÂN DÂN"] == [s["authority"] for s in decision["signatories"]]
    assert "TM." not in str(decision["articles"])


_COUNCIL = (
    "HỘI ĐỒNG NHÂN DÂN\nHUYỆN CẦN GIỜ\nSố: 10/2007/NQ-HĐND\nCần Giờ, ngày 26 tháng 12 năm 2007\n"
    "NGHỊ QUYẾT\n{title}\nKHÓA IX, KỲ HỌP LẦN THỨ 13\n"
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
    "QUYẾT NGHỊ:\nĐiều 1. Thống nhất thông qua Tờ trình.\n"
)


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "VỀ PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ",
            "Về phân loại đơn vị hành chính cấp huyện",
        ),
        (
            "VỀ QUY CHẾ LÀM VIỆC CỦA HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ",
            "Về quy chế làm việc của Hội đồng nhân dân huyện Cần Giờ khóa IX, kỳ họp lần thứ 13",
        ),
    ],
)
def test_a_title_run_on_into_the_deciding_council_s_name_ends_before_it(
    printed: str, title: str
) -> None:
    """The council's name after a title's words, its session under it, is no part of the title.

    A name the title joins to its words ("... CỦA HỘI ĐỒNG NHÂN DÂN ...") stays the title's.
    """
    draft = coordprog.import_text(_COUNCIL.format(title=printed))
    assert title == draft.data.get("promulgation", draft.data)["title"]


@pytest.mark.parametrize(
    "article",
    [
        "Nay phê duyệt Điều lệ Hội Cựu giáo chức quận 8 (kèm theo Quyết định).",
        "Phê duyệt Điều lệ Hội Cựu giáo chức quận 8, kèm theo Quyết định này.",
    ],
)
def test_a_decision_approving_an_instrument_printed_with_it_promulgates_it(article: str) -> None:
    """In "phê duyệt Điều lệ ... (kèm theo Quyết định)" the charter is attached, not cited."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN QUẬN 8\nSố: 27/2006/QĐ-UBND\nQuận 8, ngày 08 tháng 08 năm 2006\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐIỀU LỆ HỘI CỰU GIÁO CHỨC QUẬN 8\n"
        "ỦY BAN NHÂN DÂN QUẬN 8\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
        f"QUYẾT ĐỊNH:\nĐiều 1. {article}\n"
        "Điều 2. Quyết định này có hiệu lực thi hành sau 7 ngày kể từ ngày ký.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Đô Lương\n"
    )
    assert ["Điều lệ Hội Cựu giáo chức quận 8"] == draft.data["promulgation"]["instruments"]
    assert "Điều lệ Hội Cựu giáo chức quận 8" == draft.data["title"]
    assert "charter" not in [ref["kind"] for ref in draft.data["legal_refs"]]


def test_a_recipient_s_dash_left_alone_on_its_line_starts_the_next_recipient() -> None:
    """A lone "-" under "- TT HĐND Huyện;" goes with the line after it, a recipient too."""
    draft = coordprog.import_text(
        "HỘI ĐỒNG NHÂN DÂN\nHUYỆN NHÀ BÈ\nSố: 49/NQ-HĐND\nNhà Bè, ngày 05 tháng 11 năm 2021\n"
        "NGHỊ QUYẾT\nVỀ BAN HÀNH NỘI QUY KỲ HỌP\nHỘI ĐỒNG NHÂN DÂN HUYỆN NHÀ BÈ\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\nQUYẾT NGHỊ:\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Nội quy kỳ họp.\n"
        "Nơi nhận:\n- Như Điều 2;\n- TT HĐND Huyện;\n-\nỦy ban MTTQ VN và các đoàn thể Huyện;\n"
        "-\nĐại biểu HĐND Huyện;\n- Lưu: VT.\n"
    )
    recipients = draft.data.get("promulgation", draft.data)["recipients"]
    assert "Đại biểu HĐND Huyện;" in recipients
    assert "Lưu: VT." == recipients[-1]


RECASED_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/KH-UBND\nQuảng Nam, ngày 06 tháng 02 năm 2023\n"
)
RECASED_TAIL = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
)


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # A scheme named after "Đề án" has its name's capital; "số" and "về" start no name.
        (
            "THỰC HIỆN ĐỀ ÁN GIẢM THIỂU TÌNH TRẠNG TẢO HÔN GIAI ĐOẠN 2021 - 2025",
            "Thực hiện Đề án Giảm thiểu tình trạng tảo hôn giai đoạn 2021 - 2025",
        ),
        (
            "THỰC HIỆN ĐỀ ÁN SỐ 08 VỀ PHÁT TRIỂN CÔNG NGHIỆP",
            "Thực hiện Đề án số 08 về phát triển công nghiệp",
        ),
        # Numbered projects are named; a plan's span in years is not.
        (
            "QUẢN LÝ KINH PHÍ DỰ ÁN 3 VÀ DỰ ÁN 4 THEO KẾ HOẠCH 5 NĂM",
            "Quản lý kinh phí Dự án 3 và Dự án 4 theo Kế hoạch 5 năm",
        ),
        # Countries; "Mỹ" only after a word that makes it the country, not in "mỹ thuật".
        (
            "HỖ TRỢ NẠN NHÂN CHẤT ĐỘC DO MỸ SỬ DỤNG, PHÁT TRIỂN MỸ THUẬT VỚI NHẬT BẢN",
            "Hỗ trợ nạn nhân chất độc do Mỹ sử dụng, phát triển mỹ thuật với Nhật Bản",
        ),
        # A movement and a campaign named by their quoted names (the round-31 notice).
        (
            'THỰC HIỆN PHONG TRÀO "TOÀN DÂN ĐOÀN KẾT" VÀ CUỘC VẬN ĐỘNG "TOÀN DÂN CHUNG SỨC"',
            'Thực hiện Phong trào "Toàn dân đoàn kết" và Cuộc vận động "Toàn dân chung sức"',
        ),
    ],
)
def test_names_in_a_title_in_capitals_keep_their_capitals(printed: str, title: str) -> None:
    """A scheme, a numbered project, a movement and a campaign a title names keep a capital."""
    draft = coordprog.import_text(RECASED_HEAD + "KẾ HOẠCH\n" + printed + "\n" + RECASED_TAIL)
    assert title == draft.data["title"]


class TestPortalRecord:
    """A copy printed after a portal's record of it, without its own opening (round 31)."""

    RECORD = (
        "Văn bản\n\nChương trình phối hợp về xây dựng đời sống văn hóa ở cơ sở giai đoạn "
        "2020 - 2025\n\nSố/ký hiệu: 1376/CTrPH-BVHTTDL-MTTQ\nNgày ban hành: 07/04/2020\n"
        "Loại văn bản: Chương trình\nNgười ký: Nguyễn Văn An - Trần Thị Bình\n\n1. Mục đích\n\n"
        "- Nâng cao chất lượng phong trào.\n\n2. Phạm vi phối hợp\n\nChương trình này quy định "
        "hoạt động phối hợp giữa Bộ Văn hóa, Thể thao và Du lịch và Ban Thường trực Ủy ban Trung ư"
    )

    def test_the_record_gives_the_number_date_kind_and_title(self) -> None:
        """The record's number, date and kind, and its heading as the title, are read."""
        data = coordprog.import_text(self.RECORD).data
        expected = {
            "kind": "program",
            "number": "1376/CTrPH-BVHTTDL-MTTQ",
            "signed_on": dt.date(2020, 4, 7),
            "title": "Chương trình phối hợp về xây dựng đời sống văn hóa ở cơ sở giai đoạn "
            "2020 - 2025",
        }
        assert expected == {key: data.get(key) for key in expected}

    def test_a_body_the_copy_stops_inside_is_no_party(self) -> None:
        """A ministry's name ends before "và Ban Thường trực ..."; a name cut off is none."""
        data = coordprog.import_text(self.RECORD).data
        assert ["Bộ Văn hóa, Thể thao và Du lịch"] == [p["name"] for p in data["parties"]]

    def test_a_record_beside_the_document_s_own_number_is_not_read(self) -> None:
        """A page's record before a copy with its own number line: the document's is read."""
        data = coordprog.import_text(
            "Số hiệu: 9/QĐ-XX Loại văn bản: Quyết định\nNgày ban hành: 01/01/2001\n"
            + DECISION_HEAD
            + "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
            "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
        ).data
        decision = data.get("promulgation", data)
        assert ("216/QĐ-UBND", "2023-02-06") == (decision["number"], str(decision["date"]))

    @pytest.mark.parametrize(
        "record",
        [
            "Số hiệu văn bản: 216/QĐ-UBND\n",
            "  • Số hiệu văn bản: 216/QĐ-UBND\n",
            "Số hiệu: | 216/QĐ-UBND | Loại văn bản: | Quyết định |\n",
            "| Số hiệu | 216/QĐ-UBND |\n",
            "Số hiệu:216/QĐ-UBNDNgày đăng công báo:Đang cập nhật\n",
        ],
    )
    def test_a_record_s_number_is_read_when_the_copy_cut_its_number_line(self, record: str) -> None:
        """A copy whose number line is cut away: the page's record above it gives the number.

        The number had been read from nothing, and the decision left without one.
        """
        head = "\n".join(line for line in DECISION_HEAD.split("\n") if "Số:" not in line)
        draft = coordprog.import_text(
            record
            + head
            + "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
            "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
        )
        assert "216/QĐ-UBND" == draft.data["promulgation"]["number"]
        assert any(
            r.startswith("promulgation.number: the number is read from the site's record")
            for r in draft.unsure
        )


def test_a_decision_approving_a_programme_it_sets_out_itself() -> None:
    """Điều 1 "Phê duyệt Chương trình ... với các nội dung chủ yếu sau đây:" promulgates it."""
    data = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ\n"
        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 267/QĐ-TTg\nHà Nội, ngày 22 tháng 02 năm 2011\nQUYẾT ĐỊNH\n"
        "PHÊ DUYỆT CHƯƠNG TRÌNH QUỐC GIA BẢO VỆ TRẺ EM GIAI ĐOẠN 2011 - 2015\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình quốc gia bảo vệ trẻ em giai đoạn 2011 - 2015 "
        "với các nội dung chủ yếu sau đây:\n1. Mục tiêu của Chương trình.\n"
    ).data
    assert ("program", "Chương trình quốc gia bảo vệ trẻ em giai đoạn 2011 - 2015") == (
        data["kind"],
        data["title"],
    )
    assert ["Chương trình quốc gia bảo vệ trẻ em giai đoạn 2011 - 2015"] == data["promulgation"][
        "instruments"
    ]


JOINT_PROGRAMME_HEAD = (
    "SỞ TƯ PHÁP TỈNH BẮC GIANG - TỈNH ĐOÀN BẮC GIANG\nSố: 01/CTrPH-STP-TĐ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Bắc Giang, ngày 10 tháng 3 năm 2021\nCHƯƠNG TRÌNH PHỐI HỢP\n"
    "Phổ biến, giáo dục pháp luật cho thanh niên giai đoạn 2021 - 2025\n"
    "I. NỘI DUNG PHỐI HỢP\n1. Tuyên truyền pháp luật.\n"
)


@pytest.mark.parametrize(
    "blocks",
    [
        "| TM. BAN THƯỜNG VỤ TỈNH ĐOÀN | KT. GIÁM ĐỐC |\n| BÍ THƯ | PHÓ GIÁM ĐỐC |\n"
        "| Nguyễn Văn An | Trần Thị Bình |\n",
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN          KT. GIÁM ĐỐC\nBÍ THƯ          PHÓ GIÁM ĐỐC\n"
        "Nguyễn Văn An          Trần Thị Bình\n",
    ],
)
def test_two_bodies_signing_side_by_side_each_sign_for_their_own(blocks: str) -> None:
    """A "KT." line beside a "TM." line whose body its post does not head is another block.

    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" and "KT. GIÁM ĐỐC" printed on one row are two bodies'
    signatures: a director heads no standing board of the Youth Union, so the department's
    deputy director does not sign for the Union.
    """
    data = coordprog.import_text(JOINT_PROGRAMME_HEAD + blocks).data
    signed = [(s["party"], s.get("authority"), s["title"], s["name"]) for s in data["signatories"]]
    assert [
        ("tinh-doan-bac-giang", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Nguyễn Văn An"),
        ("so-tu-phap-tinh-bac-giang", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Bình"),
    ] == signed


def test_a_deputy_signing_for_the_head_of_the_board_signed_for_is_one_block() -> None:
    """A "TM. BAN THƯỜNG VỤ" over "KT. CHỦ TỊCH" (a Women's Union's chair) is one signature."""
    data = coordprog.import_text(
        "HỘI LHPN TỈNH BẮC GIANG\nSố: 05/KH-HPN\nBắc Giang, ngày 10 tháng 3 năm 2021\n"
        "KẾ HOẠCH\nTuyên truyền pháp luật cho hội viên\nI. NỘI DUNG\n1. Tuyên truyền.\n"
        "TM. BAN THƯỜNG VỤ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Hoa\n"
    ).data
    (signed,) = data["signatories"]
    assert ("TM. BAN THƯỜNG VỤ\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa") == (
        signed["authority"],
        signed["title"],
        signed["name"],
    )


UBND_MTTQ_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG - ỦY BAN MTTQ VIỆT NAM TỈNH BẮC GIANG\nSố: 01/QCPH\n"
    "Bắc Giang, ngày 10 tháng 3 năm 2021\nQUY CHẾ\n"
    "Phối hợp công tác giữa Ủy ban nhân dân tỉnh và Ủy ban MTTQ Việt Nam tỉnh\n"
    "Điều 1. Phạm vi\nQuy chế này quy định phối hợp.\n"
    "Điều 2. Hiệu lực\nQuy chế này có hiệu lực kể từ ngày ký.\n"
    "| TM. ỦY BAN NHÂN DÂN TỈNH | TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH |\n"
)


@pytest.mark.parametrize(
    ("rows", "second"),
    [
        (
            "| KT. CHỦ TỊCH | KT. CHỦ TỊCH |\n| PHÓ CHỦ TỊCH | PHÓ CHỦ TỊCH |\n",
            ("TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        ),
        (
            "| KT. CHỦ TỊCH | CHỦ TỊCH |\n| PHÓ CHỦ TỊCH | |\n",
            ("TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH", "CHỦ TỊCH"),
        ),
    ],
)
def test_blocks_side_by_side_take_their_rows_cell_by_cell(
    rows: str, second: tuple[str, str]
) -> None:
    """A row of "KT." lines under a row of "TM." lines goes on with the blocks in turn.

    The first "KT. CHỦ TỊCH" is the first block's, and the head's own post ("CHỦ TỊCH") in
    the row under it is the block's beside it, signed by its head, not the deputy's.
    """
    data = coordprog.import_text(UBND_MTTQ_HEAD + rows + "| Nguyễn Văn An | Trần Văn Bình |\n").data
    signed = [(s["party"], s["authority"], s["title"], s["name"]) for s in data["signatories"]]
    assert [
        ("ubnd", "TM. ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
        ("mttq", *second, "Trần Văn Bình"),
    ] == signed


@pytest.mark.parametrize(
    "rule", ["————————————", "-------", "___________", "\u2013\u2013\u2013", "\u2500\u2500\u2500"]
)
def test_a_rule_printed_at_the_end_of_the_title_s_line_is_no_part_of_the_title(rule: str) -> None:
    """A title's underline a copy ran on with it, after a space, is left out of the title.

    Round 39's guidance of a city's Farmers' Union prints its type line, title and rule on one
    line ("HƯỚNG DẪN  Tuyên truyền ... (14/10/1930 - 14/10/2019) ————————————"); the title
    had kept the rule, unflagged.
    """
    draft = coordprog.import_text(
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HND THÀNH PHỐ HẢI PHÒNG\nSố: 05-HD/HNDT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập \u2013 Tự do \u2013 Hạnh phúc\n"
        "Hải Phòng, ngày 13 tháng 9 năm 2019\n"
        f"HƯỚNG DẪN  Tuyên truyền kỷ niệm 89 năm Ngày thành lập Hội Nông dân Việt Nam {rule}\n"
        "Ban Thường vụ Hội Nông dân thành phố hướng dẫn tuyên truyền kỷ niệm như sau:\n"
        "I. MỤC ĐÍCH YÊU CẦU\n"
    )
    assert draft.data["title"] == (
        "Tuyên truyền kỷ niệm 89 năm Ngày thành lập Hội Nông dân Việt Nam"
    )


@pytest.mark.parametrize(
    "head",
    [
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HND THÀNH PHỐ HẢI PHÒNG\n*\nSố: 05 \u2013 HD/HNDT\n",
        "HỘI NÔNG DÂN VIỆT NAM BCH HND THÀNH PHỐ HẢI PHÒNG * Số: 05 \u2013 HD/HNDT\n",
    ],
)
def test_a_number_printed_with_an_en_dash_between_spaces_is_read_whole(head: str) -> None:
    """An en dash between spaces in a number line joins its parts, also after a star.

    "Số: 05 \u2013 HD/HNDT" is the number 05-HD/HNDT, on its line or after the letterhead's
    star.

    Round 39's guidance of a city's Farmers' Union flattens its letterhead, star and number
    onto one line; a number line like it on its own had been read "05", unflagged.
    """
    draft = coordprog.import_text(
        head + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Hải Phòng, ngày 13 tháng 9 năm 2019\n"
        "HƯỚNG DẪN\nTuyên truyền kỷ niệm 89 năm Ngày thành lập Hội Nông dân Việt Nam\n"
        "Ban Thường vụ Hội Nông dân thành phố hướng dẫn tuyên truyền kỷ niệm như sau:\n"
        "I. MỤC ĐÍCH YÊU CẦU\n"
    )
    assert draft.data["number"] == "05-HD/HNDT"
    assert draft.data["parties"][0]["name"] == "Ban Chấp hành Hội Nông dân thành phố Hải Phòng"


@pytest.mark.parametrize(
    "rest", ["\u2013 Bắc Giang, ngày 05 tháng 3 năm 2020", "\u2013 V/v triển khai kế hoạch"]
)
def test_what_a_copy_runs_on_with_a_number_after_a_dash_is_not_read_into_it(rest: str) -> None:
    """Words after a dash on the number's line are the symbol's only in capitals.

    A flattened copy may run the place and date, or the subject, on with the number after
    an en dash ("Số: 12/KH-UBND \u2013 Bắc Giang, ngày ..."); the number had been read
    "12/KH-UBND-Bắc", unflagged.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND {rest}\n"
        "KẾ HOẠCH\nPhối hợp thực hiện công tác phổ biến pháp luật năm 2020\n"
        "I. MỤC ĐÍCH\n1. Nâng cao hiệu quả.\n"
    )
    assert draft.data["number"] == "12/KH-UBND"


JOINT_RESOLUTION_HEAD = (
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC "
    "VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 09/2016/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN\nHà Nội, ngày 15 tháng 6 năm 2016\n"
    "NGHỊ QUYẾT LIÊN TỊCH\nHƯỚNG DẪN VIỆC TỔ CHỨC HỘI NGHỊ CỬ TRI\n"
)


@pytest.mark.parametrize(
    "issuers",
    [
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ "
        "QUỐC VIỆT NAM",
        "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO \u2013 "
        "BỘ TRƯỞNG BỘ CÔNG AN",
    ],
)
def test_a_joint_texts_line_of_issuers_under_its_title_is_no_part_of_it(issuers: str) -> None:
    """The bodies (or their heads) a joint text prints under its title, joined by dashes.

    As a decision's line of the organ that decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."),
    the line names who enacts it, not what it is about.
    """
    draft = coordprog.import_text(
        f"{JOINT_RESOLUTION_HEAD}{issuers}\n"
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13;\n"
        "Điều 1. Phạm vi điều chỉnh\nNghị quyết liên tịch này hướng dẫn hội nghị cử tri.\n"
    )
    assert "Hướng dẫn việc tổ chức hội nghị cử tri" == draft.data["title"]


def test_a_title_line_of_bodies_joined_on_by_its_line_before_stays_in_the_title() -> None:
    """Bodies joined by a dash on a title's line the line before joins on ("... GIỮA")."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG - ỦY BAN MTTQ VIỆT NAM TỈNH BẮC GIANG\nSố: 01/QCPH\n"
        "Bắc Giang, ngày 10 tháng 3 năm 2021\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA\n"
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG - ỦY BAN MTTQ VIỆT NAM TỈNH BẮC GIANG\n"
        "Điều 1. Phạm vi\nQuy chế này quy định phối hợp.\n"
    )
    assert draft.data["title"].lower().endswith("- ủy ban mttq việt nam tỉnh bắc giang")


@pytest.mark.parametrize(
    ("type_line", "number"),
    [("QUY CHẾ\n", "01/QC-CA-VKS"), ("", "12/KH-CA-VKS"), ("CHƯƠNG TRÌNH PHỐI HỢP\n", "")],
)
def test_a_title_line_of_the_bodies_it_is_between_stays_in_a_not_joint_texts_title(
    type_line: str, number: str
) -> None:
    """A title may name in capitals the bodies it is between; only a joint text's is its issuers.

    "QUY CHẾ PHỐI HỢP CÔNG TÁC GIỮA HAI NGÀNH" / "CÔNG AN TỈNH - VIỆN KIỂM SÁT NHÂN DÂN
    TỈNH": the second line is the title's, not a joint text's line of issuers; the title had
    been cut before it, unflagged.
    """
    draft = coordprog.import_text(
        "CÔNG AN TỈNH BẮC GIANG - VIỆN KIỂM SÁT NHÂN DÂN TỈNH BẮC GIANG\n"
        + (f"Số: {number}\n" if number else "")
        + "Bắc Giang, ngày 10 tháng 3 năm 2021\n"
        f"{type_line}PHỐI HỢP CÔNG TÁC GIỮA HAI NGÀNH\n"
        "CÔNG AN TỈNH - VIỆN KIỂM SÁT NHÂN DÂN TỈNH\n"
        "Điều 1. Phạm vi\nQuy chế này quy định phối hợp.\n"
    )
    assert draft.data["title"].lower().endswith("công an tỉnh - viện kiểm sát nhân dân tỉnh")


def test_the_fronts_presidium_on_the_line_under_a_title_is_its_organ() -> None:
    """The Front's presidium ("ĐOÀN CHỦ TỊCH ỦY BAN ...") under a title is the Front's organ.

    The post is compared as the line is, folded to one tone placement ("ĐOÀN" / "đòan").
    """
    draft = coordprog.import_text(
        "ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/NQ-MTTW-ĐCT\nHà Nội, ngày 05 tháng 3 năm 2020\n"
        "NGHỊ QUYẾT\nVỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC\n"
        "ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\n"
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13;\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế làm việc.\n"
    )
    assert "Về việc ban hành Quy chế làm việc" == draft.data["promulgation"]["title"]
    (party,) = draft.data["parties"]
    assert "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" == party["issuing_organ"]


MINISTRY_DECISION = (
    "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 346/QĐ-BYT\nHà Nội, ngày 30 tháng 01 năm 2015\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch phòng chống bệnh không lây nhiễm giai đoạn 2015 - 2020\n"
    "BỘ TRƯỞNG BỘ Y TẾ\n"
    "Căn cứ Nghị định số 63/2012/NĐ-CP ngày 31 tháng 8 năm 2012 của Chính phủ quy định chức "
    "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức Bộ Y tế;\nQUYẾT ĐỊNH:\n"
)


def test_a_post_printed_after_a_recipient_with_a_stray_colon_is_the_signature_s() -> None:
    """A scan's row "- Như Điêu 3; THỨ TRƯỞNG :": the recipient, and the post of the block.

    The signed page's two columns run on one line: "Nơi nhận: KT BỘ TRƯỚNG" and the
    recipient beside the post. The scan's misread "TRƯỚNG" (no post ends so) and "Điêu"
    before an article's number are read as the words they stand for.
    """
    draft = coordprog.import_text(
        MINISTRY_DECISION
        + "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch phòng chống bệnh không lây "
        "nhiễm giai đoạn 2015 - 2020”.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Nơi nhận: KT BỘ TRƯỚNG\n- Như Điêu 3; THỨ TRƯỞNG :\n"
    )
    decision = draft.data["promulgation"]
    assert ["Như Điều 3;"] == decision["recipients"]
    signed = decision["signatories"]
    assert [("KT BỘ TRƯỞNG", "THỨ TRƯỞNG")] == [(s["authority"], s.get("title")) for s in signed]


@pytest.mark.parametrize(
    "article",
    [
        # The instrument named in quotation marks after "kèm theo Quyết định này".
        "Ban hành kèm theo Quyết định này “Kế hoạch phòng chống bệnh không lây nhiễm "
        "giai đoạn 2015 - 2020”.",
        # A comma after "này", and what the copy says of the attachment in brackets.
        "Ban hành kèm theo Quyết định này, Kế hoạch phòng chống bệnh không lây nhiễm giai "
        "đoạn 2015 - 2020 (Đính kèm nội dung chi tiết Kế hoạch).",
    ],
)
def test_an_instrument_named_by_article_1_takes_the_kind_its_name_gives(article: str) -> None:
    """Điều 1 names a plan its copy prints no type line for: the draft is a plan."""
    draft = coordprog.import_text(
        MINISTRY_DECISION
        + f"Điều 1. {article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    )
    assert "plan" == draft.data["kind"]
    named = draft.data["promulgation"]["instruments"]
    assert ["Kế hoạch phòng chống bệnh không lây nhiễm giai đoạn 2015 - 2020"] == named


def test_the_typist_s_mark_after_the_file_copy_is_no_part_of_it() -> None:
    """The typist's mark after the file copy ("Lưu: VT, VP3, VP5. kh 41") is no recipient's."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 26/2015/QĐ-UBND\n"
        "Ninh Bình, ngày 24 tháng 08 năm 2015\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n"
        "Căn cứ Luật Đất đai ngày 29/11/2013;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Nơi nhận: - Như Điều 3; - Thường trực Tỉnh ủy; - Lưu: VT, VP3, VP5. kh 41 |"
        " TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |\n"
    )
    recipients = draft.data["promulgation"]["recipients"]
    assert ["Như Điều 3;", "Thường trực Tỉnh ủy;", "Lưu: VT, VP3, VP5."] == recipients


_OFFICE_LETTER = (
    "VĂN PHÒNG CHÍNH PHỦ\n*****\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: 6765/VPCP-ĐP\nV/v tổ chức Hội nghị\n\n"
    "Hà Nội, ngày 21 tháng 11 năm 2007\n\nKính gửi: Ủy ban Dân tộc.\n\n"
    "Xét đề nghị của Ủy ban Dân tộc tại Công văn số 817/UBDT-CSDT ngày 15 tháng 11 năm "
    "2007, Phó Thủ tướng có ý kiến như sau: đồng ý tổ chức Hội nghị.\n\n"
    "Văn phòng Chính phủ xin thông báo để Ủy ban Dân tộc biết, thực hiện./.\n\n"
    "Nơi nhận:\n"
)


def test_the_copies_counted_after_the_file_copy_s_bracket_are_no_part_of_it() -> None:
    """The number of copies after the file copy's bracket ("Lưu: VT, QHQT (3).17") is not it."""
    draft = coordprog.import_text(
        f"{_OFFICE_LETTER}- Như trên;\n- Lưu: VT, QHQT (3).17\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Quốc Huy\n"
    )
    assert ["Như trên;", "Lưu: VT, QHQT (3)."] == draft.data["recipients"]


def test_the_file_copy_after_a_recipient_ending_with_a_comma_is_its_own() -> None:
    """A recipient "- UBND tỉnh," then "Lưu: VT." without its dash: two, not one.

    A recipient ending with a comma goes on over its lines, but the file copy is never
    part of another (it had been read "UBND tỉnh, Lưu: VT.").
    """
    draft = coordprog.import_text(
        f"{_OFFICE_LETTER}- Như trên;\n- UBND tỉnh,\nLưu: VT.\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Quốc Huy\n"
    )
    assert ["Như trên;", "UBND tỉnh,", "Lưu: VT."] == draft.data["recipients"]


def test_a_recipient_broken_after_a_comma_goes_on_over_its_lines() -> None:
    """A list of ministries broken after its commas, and a group's units, are one recipient."""
    draft = coordprog.import_text(
        f"{_OFFICE_LETTER}- Như trên;\n- Các Bộ: Kế hoạch và Đầu tư, Tài chính,\n"
        "Công Thương, Giao thông vận tải,\nLao động-Thương binh và Xã hội;\n"
        "- VPCP: BTCN, các PCN, Website CP;\ncác Vụ: TH, KTTH, VX;\n"
        "- Lưu: VT, ĐP (5).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Quốc Huy\n"
    )
    assert [
        "Như trên;",
        "Các Bộ: Kế hoạch và Đầu tư, Tài chính, Công Thương, Giao thông vận tải, Lao động-Thương "
        "binh và Xã hội;",
        "VPCP: BTCN, các PCN, Website CP; các Vụ: TH, KTTH, VX;",
        "Lưu: VT, ĐP (5).",
    ] == draft.data["recipients"]


def test_a_post_glued_to_the_signer_s_name_is_parted() -> None:
    """A post glued to its signer's name ("PHÓ CHỦ NHIỆMNguyễn Xuân Phúc"): post and name."""
    draft = coordprog.import_text(
        f"{_OFFICE_LETTER}- Như trên;\n- Lưu: VT, QHQT (3).\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆMNguyễn Xuân Phúc\n"
    )
    signer = draft.data["signatories"][0]
    assert ("PHÓ CHỦ NHIỆM", "Nguyễn Xuân Phúc") == (signer["title"], signer["name"])
    assert "KT. BỘ TRƯỞNG, CHỦ NHIỆM" == signer["authority"]


def test_a_number_after_the_letterhead_s_rule_on_one_row() -> None:
    """A number printed after the letterhead's rule on one table row ("------- Số: 26/...")."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH ------- Số: 26/2015/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ "
        "NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Ninh Bình, ngày 24 tháng 08 "
        "năm 2015 |\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp quản lý di sản\n"
        "Căn cứ Luật Đất đai ngày 29/11/2013;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý di sản.\n"
    )
    assert "26/2015/QĐ-UBND" == draft.data["promulgation"]["number"]


def test_an_instrument_that_lost_its_type_line_names_its_kind_in_its_first_clause() -> None:
    """A heading cut to its last words, then "1. Quy chế này quy định ...": a regulation."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 26/2015/QĐ-UBND\n"
        "Ninh Bình, ngày 24 tháng 08 năm 2015\nQUYẾT ĐỊNH\nDI SẢN VĂN HÓA THẾ GIỚI\n"
        "Căn cứ Luật Đất đai ngày 29/11/2013;\nQUYẾT ĐỊNH:\n"
        "Nơi nhận: - Như Điều 3; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An |\n"
        "VÀ THIÊN NHIÊN THẾ GIỚI\n"
        "(Ban hành kèm theo Quyết định số 26/2015/QĐ-UBND ngày 24 tháng 8 năm 2015)\n"
        "1. Quy chế này quy định mục đích, nguyên tắc, nội dung phối hợp.\n"
    )
    assert "regulation" == draft.data["kind"]
    assert _flagged(draft, "kind")


_TABLE_TAIL = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 2272/QĐ-UBND | Bình Dương, ngày 01 tháng 10 năm 2021 |\n"
    "BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CHỦ ĐẦU TƯ VÀ CHỦ QUẢN LÝ SỬ DỤNG\n"
    "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa chủ đầu tư và chủ quản "
    "lý sử dụng.\n"
    "Điều 2. Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.\n"
    "- Như Điều 2; | TM. ỦY BAN NHÂN DÂN |\n"
    "- Bộ Kế hoạch và Đầu tư; | KT. CHỦ TỊCH |\n"
    "- Lưu: VT. | PHÓ CHỦ TỊCH |\n"
    "|  |\n"
    "| Mai Hùng Dũng |\n"
)


def test_recipients_a_copy_prints_without_their_heading_beside_the_signature_are_read() -> None:
    """A signed table printed a row a line, its "Nơi nhận:" cell dropped: dashed recipients.

    "- Như Điều 2; | TM. ỦY BAN NHÂN DÂN |" after the text's end mark ("./."): the recipient
    had been read into the last article and the others lost.
    """
    decision = coordprog.import_text(_TABLE_TAIL).data["promulgation"]
    assert ["Như Điều 2;", "Bộ Kế hoạch và Đầu tư;", "Lưu: VT."] == decision["recipients"]
    assert decision["articles"][-1]["text"].endswith("Quyết định này./.")
    signed = decision["signatories"]
    assert [("PHÓ CHỦ TỊCH", "Mai Hùng Dũng")] == [(s["title"], s["name"]) for s in signed]


def test_dashed_lines_of_an_article_before_the_signature_stay_the_article_s() -> None:
    """Dashed lines not after the text's end mark are the last article's points."""
    text = _TABLE_TAIL.replace(
        "Điều 2. Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.\n"
        "- Như Điều 2; | TM. ỦY BAN NHÂN DÂN |\n",
        "Điều 2. Chịu trách nhiệm thi hành Quyết định này:\n- Giám đốc các Sở;\n"
        "TM. ỦY BAN NHÂN DÂN\n",
    )
    decision = coordprog.import_text(text).data["promulgation"]
    assert decision["articles"][-1]["text"].endswith("- Giám đốc các Sở;")


def test_doi_voi_after_a_unit_word_is_no_place_s_name() -> None:
    """A title's "TỈNH ĐỐI VỚI ..." in capitals: "đối với" goes on with it, naming no place.

    A body without its place before "đối với" ("... KHO BẠC NHÀ NƯỚC TỈNH ĐỐI VỚI CÁC DỰ
    ÁN") had been re-cased "tỉnh Đối với" and read as a body of a place called "Đối".
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 216/KH-UBND\nBình Dương, ngày 06 tháng 02 năm 2023\n"
        "KẾ HOẠCH\nPHỐI HỢP GIỮA SỞ TÀI CHÍNH VÀ KHO BẠC NHÀ NƯỚC TỈNH ĐỐI VỚI CÁC DỰ ÁN\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "I. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert "Kho bạc Nhà nước tỉnh đối với các dự án" in draft.data["title"]
    names = [party["name"] for party in draft.data["parties"]]
    names += [party["name"] for party in draft.data.get("third_parties", [])]
    assert not any("Đối" in name for name in names), names


_POST_BESIDE_HEADING = (
    "Bộ Tài nguyên và Môi trường\nSố 1152/2003/QĐ-BTNMT\n"
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 15 tháng 8 năm 2003\n"
    "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
    "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Bộ Tài nguyên và Môi trường.\n"
    "Điều 2. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận: Bộ trưởng\n"
    "- Văn phòng Chính phủ;\n"
    "- Lưu: VT.\n"
)


def test_a_post_beside_the_recipients_heading_is_the_signature_s() -> None:
    """A post beside "Nơi nhận:", the dashed list below, is the signature's, not a recipient.

    "Nơi nhận: Bộ trưởng": a signed table's first row printed on one line, its post in small
    letters, had been read as the first recipient.
    """
    decision = coordprog.import_text(_POST_BESIDE_HEADING).data["promulgation"]
    assert ["Văn phòng Chính phủ;", "Lưu: VT."] == decision["recipients"]
    assert ["Bộ trưởng"] == [s["title"] for s in decision["signatories"]]


def test_a_recipient_beside_the_recipients_heading_stays_a_recipient() -> None:
    """A recipient beside "Nơi nhận:" ("Như trên;", a post closed by a comma) stays one."""
    for first in ("Như trên;", "Bộ trưởng (để b/c);", "Các Thứ trưởng,"):
        text = _POST_BESIDE_HEADING.replace("Nơi nhận: Bộ trưởng", f"Nơi nhận: {first}")
        decision = coordprog.import_text(text).data["promulgation"]
        assert first == decision["recipients"][0]


def test_a_last_recipient_a_copy_cuts_in_a_list_closed_by_commas_is_left_out() -> None:
    """Recipients each closed by a comma, the copy ending in the last before its comma.

    "- Văn phòng Chính phủ," / "- Bộ trưởng, các Thứ": the last name may be cut anywhere
    ("các Thứ trưởng"), as in a list closed by semicolons; it had been kept, flagged.
    """
    text = _POST_BESIDE_HEADING.replace(
        "- Văn phòng Chính phủ;\n- Lưu: VT.\n",
        "- Văn phòng Chính phủ,\n- Bộ Tư pháp,\n- Bộ trưởng, các Thứ\n",
    )
    draft = coordprog.import_text(text)
    assert ["Văn phòng Chính phủ,", "Bộ Tư pháp,"] == draft.data["promulgation"]["recipients"]
    flags = [item for item in draft.data["to_complete"] if "recipients" in item["path"]]
    assert flags
    assert "Bộ trưởng, các Thứ" in flags[0]["text"]


@pytest.mark.parametrize("between", ["\n", " "])
def test_a_type_line_naming_the_deciding_post_before_its_body_s_line_keeps_the_title(
    between: str,
) -> None:
    """An old decision's "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG" / "BỘ ...": the title under them is read.

    The body's line under a type line that ends with the post alone is the post's body, not
    the line of the body that decides: the title printed after it is the decision's.
    """
    draft = coordprog.import_text(
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 1152/2003/QĐ-BTNMT\nHà Nội, ngày 15 tháng 8 năm 2003\n"
        f"QUYẾT ĐỊNH CỦA BỘ TRƯỞNG{between}BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
        "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG\n"
        "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
        "Căn cứ Nghị định số 91/2002/NĐ-CP ngày 11 tháng 11 năm 2002 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Bộ Tài "
        "nguyên và Môi trường.\n"
    )
    promulgation = draft.data["promulgation"]
    assert "Ban hành Quy chế làm việc của Bộ Tài nguyên và Môi trường" == promulgation["title"]
    assert ["Bộ Tài nguyên và Môi trường"] == [party["name"] for party in draft.data["parties"]]


def test_a_place_in_a_title_in_capitals_ends_where_its_text_writes_small_letters() -> None:
    """A title's "TỈNH TÂY BẮC MỞ RỘNG", written "tỉnh Tây Bắc mở rộng" in its text: no "Mở"."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 863/KH-UBND\nLai Châu, ngày 15 tháng 4 năm 2021\n"
        "KẾ HOẠCH\nTRIỂN KHAI CÁC HOẠT ĐỘNG LIÊN KẾT PHÁT TRIỂN DU LỊCH 8 TỈNH TÂY BẮC MỞ RỘNG "
        "NĂM 2021\nThực hiện Thỏa thuận liên kết phát triển du lịch 8 tỉnh Tây Bắc mở rộng năm "
        "2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert (
        "Triển khai các hoạt động liên kết phát triển du lịch 8 tỉnh Tây Bắc mở rộng năm 2021"
        == draft.data["title"]
    )


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("XÃ, PHƯỜNG KHÔNG MA TÚY", "xã, phường không ma túy"),
        ("XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM", "xã, phường, thị trấn phù hợp với trẻ em"),
        ("CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "cấp xã đạt chuẩn tiếp cận pháp luật"),
    ],
)
def test_words_after_a_level_word_its_text_writes_small_are_no_place(
    printed: str, written: str
) -> None:
    """A title's "XÃ, PHƯỜNG KHÔNG MA TÚY", written in small letters in its text: no place.

    The level word is a common noun there ("xã, phường" drug-free, communes meeting a
    standard); the words after it had been capitalised as a place's name ("phường Không Ma
    Túy").
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 695/KH-UBND\nNghệ An, ngày 21 tháng 8 năm 2025\n"
        f"KẾ HOẠCH\nTRIỂN KHAI XÂY DỰNG {printed} TRÊN ĐỊA BÀN TỈNH NGHỆ AN\n"
        f"Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai xây dựng {written} trên địa bàn "
        "tỉnh Nghệ An, cụ thể như sau:\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert f"Triển khai xây dựng {written} trên địa bàn tỉnh Nghệ An" == draft.data["title"]


def test_an_article_s_number_on_the_line_after_its_word_is_its_heading() -> None:
    """A table's copy prints "Điều" alone and "1. Ban hành ..." under it: one article's heading."""
    draft = coordprog.import_text(
        DECISION_HEAD + "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CÔNG TÁC THI HÀNH\n"
        "PHÁP LUẬT\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;\nQUYẾT ĐỊNH:\n"
        "Điều\n1. Ban hành kèm\ntheo Quyết định này Quy chế phối hợp quản lý công tác thi hành "
        "pháp luật.\nĐiều\n2. Quyết định này\ncó hiệu lực thi hành kể từ ngày 01 tháng 01 năm "
        "2017.\n"
    )
    articles = draft.data["promulgation"]["articles"]
    assert ["1", "2"] == [article["number"] for article in articles]
    assert articles[0]["text"].startswith("Ban hành kèm theo Quyết định này Quy chế")
    assert draft.data["promulgation"]["instruments"]


@pytest.mark.parametrize(
    "rows",
    [
        "UBND TỈNH BẮC GIANG | BỘ CÔNG AN |\nSỞ TƯ PHÁP | CÔNG AN TỈNH BẮC GIANG |\n",
        # A PDF's text parts the two columns by a wide gap, not "|".
        "UBND TỈNH BẮC GIANG        BỘ CÔNG AN\nSỞ TƯ PHÁP        CÔNG AN TỈNH BẮC GIANG\n",
    ],
)
def test_two_letterheads_side_by_side_in_rows_of_cells_are_read_by_column(rows: str) -> None:
    """Each column a superior over its body ("UBND ... | BỘ CÔNG AN" / "SỞ ... | CÔNG AN ...")."""
    data = coordprog.import_text(
        rows + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 01/QCPH-STP-CAT\nBắc Giang, ngày 10 tháng 3 năm 2020\nQUY CHẾ\n"
        "Phối hợp trong công tác lý lịch tư pháp\nCăn cứ Luật Lý lịch tư pháp năm 2009;\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n"
    ).data
    names = [party["name"] for party in data["parties"]]
    assert ["Sở Tư pháp tỉnh Bắc Giang", "Công an tỉnh Bắc Giang"] == names


@pytest.mark.parametrize(
    ("letterhead", "post"),
    [
        ("UBND HUYỆN LẠNG GIANG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
        ("PHÒNG GD&ĐT HUYỆN BA TƠ\nTRƯỜNG THCS BA CUNG", "HIỆU TRƯỞNG TRƯỜNG THCS BA CUNG"),
        ("CÔNG AN TỈNH SƠN LA\nCÔNG AN HUYỆN MỘC CHÂU", "TRƯỞNG CÔNG AN HUYỆN MỘC CHÂU"),
    ],
)
def test_a_district_office_head_s_authority_line_is_not_the_title_s(
    letterhead: str, post: str
) -> None:
    """The authority line of an office's, the police's or a school's head ends the title.

    A district office's decision ("TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" over "Căn cứ"), found
    probing round 58's district texts, had its authority line read into its title.
    """
    title = "Ban hành Quy chế phối hợp với Công an huyện trong công tác bảo đảm an ninh trường học"
    draft = coordprog.import_text(
        f"{letterhead}\nSố: 125/QĐ-PGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLạng Giang, ngày 05 tháng 9 năm 2020\n"
        f"QUYẾT ĐỊNH\n{title}\n{post}\n"
        "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp với Công an huyện trong "
        "công tác bảo đảm an ninh trường học.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    assert title == draft.data["promulgation"]["title"]


@pytest.mark.parametrize("place", ["TX. Buôn Hồ", "Tx. Long Khánh", "TP. Bảo Lộc"])
def test_a_town_s_place_line_keeps_its_unit_s_abbreviation(place: str) -> None:
    """A town's place line "TX. Buôn Hồ, ngày ..." is read as printed, as "TP. ..." is.

    Probing round 58's district texts: "TX." had been left out of the place ("Buôn Hồ").
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ BUÔN HỒ\nSố: 12/2015/QĐ-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày 20 tháng 8 năm 2015\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế phối hợp giữa Ủy ban nhân dân thị xã và Liên đoàn Lao động thị xã\n"
        "ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ\nCăn cứ Luật Công đoàn năm 2012;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Ủy ban nhân dân thị xã "
        "và Liên đoàn Lao động thị xã.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    assert place == draft.data["promulgation"]["place"]


@pytest.mark.parametrize(
    ("block", "title", "authority"),
    [
        ("TRƯỞNG CÔNG AN HUYỆN", "TRƯỞNG CÔNG AN HUYỆN", None),
        (
            "KT. TRƯỞNG CÔNG AN HUYỆN\nPHÓ TRƯỞNG CÔNG AN HUYỆN",
            "PHÓ TRƯỞNG CÔNG AN HUYỆN",
            "KT. TRƯỞNG CÔNG AN HUYỆN",
        ),
    ],
)
def test_the_district_police_head_s_signature_is_read(
    block: str, title: str, authority: str | None
) -> None:
    """A signature under "TRƯỞNG CÔNG AN HUYỆN", a rank before the name: the police's head.

    Probing round 58's district texts: the post, no known one, had left the block unread.
    """
    draft = coordprog.import_text(
        "CÔNG AN TỈNH SƠN LA\nCÔNG AN HUYỆN MỘC CHÂU\nSố: 15/QĐ-CAH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Mộc Châu, ngày 12 tháng 5 năm 2018\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế phối hợp giữa Công an huyện với Ban Chỉ huy Quân sự huyện\n"
        "TRƯỞNG CÔNG AN HUYỆN MỘC CHÂU\nCăn cứ Luật Công an nhân dân năm 2014;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Công an huyện với Ban "
        "Chỉ huy Quân sự huyện.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        f"Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n{block}\nThượng tá Lò Văn Sơn\n"
    )
    (signed,) = draft.data["promulgation"]["signatories"]
    assert (title, "Lò Văn Sơn", authority) == (
        signed["title"],
        signed["name"],
        signed.get("authority"),
    )


def test_a_steering_committee_head_s_line_under_a_title_in_small_letters_ends_it() -> None:
    """A head's line "TRƯỞNG BAN CHỈ ĐẠO 389 HUYỆN" under a title in sentence case decides.

    Probing round 58's district texts: the post's body, no name the grammar reads whole, had
    left the line read into the decision's title.
    """
    title = (
        "Ban hành Quy chế phối hợp giữa các thành viên Ban Chỉ đạo 389 huyện trong công tác "
        "chống buôn lậu"
    )
    draft = coordprog.import_text(
        "UBND HUYỆN CHỢ MỚI\nBAN CHỈ ĐẠO 389\nSố: 05/QĐ-BCĐ389\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Chợ Mới, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\n{title}\n"
        "TRƯỞNG BAN CHỈ ĐẠO 389 HUYỆN\n"
        "Căn cứ Quyết định số 389/QĐ-TTg ngày 19 tháng 3 năm 2014 của Thủ tướng Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa các thành "
        "viên Ban Chỉ đạo 389 huyện trong công tác chống buôn lậu.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    assert title == draft.data["promulgation"]["title"]


def test_a_head_s_long_post_over_the_basis_ends_a_title_in_capitals() -> None:
    """A head's post in capitals right above the căn cứ ends a title in capitals.

    Round 82's steering committee's decision: the Head's line ("TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA
    ...") named the committee longer than the grammar reads whole, and not as the letterhead
    printed it, and had been read into the decision's and the regulation's titles.
    """
    draft = coordprog.import_text(
        "BAN CHỈ ĐẠO 138 TỈNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-BCĐ138\nLạng Sơn, ngày 02 tháng 4 năm 2019\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC THÀNH VIÊN TRONG CÔNG TÁC PHÒNG, "
        "CHỐNG TỘI PHẠM\n"
        "TRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO TOÀN "
        "DÂN BẢO VỆ AN NINH TỔ QUỐC TỈNH\n"
        "Căn cứ Quyết định số 45/QĐ-UBND ngày 10 tháng 01 năm 2019 của Ủy ban nhân dân tỉnh;\n"
    )
    title = "Ban hành Quy chế phối hợp giữa các thành viên trong công tác phòng, chống tội phạm"
    assert draft.data["promulgation"]["title"] == title


def test_a_number_whose_hyphen_is_printed_as_a_space_keeps_its_symbol() -> None:
    """A number printed "Số: 13 KH/LĐ": the number's symbol after a space is the number's, 13-KH/LĐ.

    Round 62's Young Pioneer brigade's plan had been numbered "13", unflagged.
    """
    draft = coordprog.import_text(
        "HỘI ĐỒNG ĐỘI HUYỆN PHÚ VANG\nLIÊN ĐỘI THCS AN BẰNG\nSố: 13 KH/LĐ\n"
        "ĐỘI TNTP HỒ CHÍ MINH\nVinh An, ngày 04 tháng 5 năm 2019\n"
        "KẾ HOẠCH\nVề việc tổ chức ngày hội “Khui heo đất - giúp bạn đến trường”\n"
        "Thực hiện Chương trình công tác Đội năm học 2018 - 2019 của Liên đội.\n"
        "1. Thời gian tổ chức: sáng thứ 2, ngày 13/5/2019.\n"
    )
    assert draft.data["number"] == "13-KH/LĐ"


_PAGE_ABOVE = (
    "Ngày 16 tháng 01 năm 2025\n» Đoàn Đội » Đội TNTP HCM\nCập nhật lúc : 17:59 04/05/2019\n"
    "Kế hoạch tổ chức ngày hội “Khui heo đất - giúp bạn đến trường” năm học 2018 - 2019\n"
)
_PAGE_HEADING = (
    "KẾ HOẠCH KẾT NẠP ĐỘI VIÊN NĂM HỌC 2019 - 2020\nTháng Mười Hai 17, 2019 10:10 sáng\n"
)


@pytest.mark.parametrize("above", [_PAGE_ABOVE, _PAGE_HEADING])
def test_a_page_s_own_lines_above_the_letterhead_are_no_opening(above: str) -> None:
    """A page's own lines above the letterhead: the opening is the document's, under them.

    A site's date of today, and its post's heading in small letters or capitals: the
    document's number, place, date and type line are those under the letterhead.

    Round 62's school plans had been dated by the site's date of today (the heading in small
    letters read as the body's first sentence, the opening cut there), unflagged, or typed and
    titled by the post's heading in capitals, their letterhead, place and date lost.
    """
    draft = coordprog.import_text(
        above + "HỘI ĐỒNG ĐỘI HUYỆN QUẢNG TRẠCH\nLIÊN ĐỘI TH SỐ 2 QUẢNG PHÚ\nSố: 21/KH-LĐ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Phú, ngày 15 tháng 12 năm 2019\nKẾ HOẠCH\nKết nạp đội viên mới\n"
        "Căn cứ vào Chương trình công tác Đội và phong trào thiếu nhi năm học 2019 - 2020.\n"
        "I. Mục đích, yêu cầu\n1. Mục đích: tạo không khí thi đua.\n"
    )
    assert draft.data["signed_on"] == dt.date(2019, 12, 15)
    assert draft.data["place"] == "Quảng Phú"
    assert draft.data["number"] == "21/KH-LĐ"
    assert draft.data["kind"] == "plan"
    assert draft.data["title"] == "Kết nạp đội viên mới"


def test_a_number_after_a_letterhead_closed_by_a_stop_on_one_line() -> None:
    """A number after a letterhead closed by a stop, on one line: read, its kind with it.

    A copy printing the whole document on one line closes the letterhead's name by a stop
    ("... PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 78 /KH-PGD&ĐT."). Round 62's district plan had
    neither, its kind a programme's by default (flagged).
    """
    draft = coordprog.import_text(
        "UBND HUYỆN THANH OAI PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI "
        "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thanh Oai, ngày 02 tháng 02 năm 2016. "
        "KẾ HOẠCH Hoạt động chương trình Phòng chống tai nạn thương tích 5 năm Thực hiện Kế "
        "hoạch số 323/KH-SGD&ĐT ngày 21/1/2016 của Sở Giáo dục và Đào tạo Hà Nội, Phòng GD&ĐT "
        "Thanh Oai xây dựng Kế hoạch như sau: I. MỤC TIÊU 1. Mục tiêu chung\n"
    )
    assert draft.data["number"] == "78/KH-PGD&ĐT"
    assert draft.data["kind"] == "plan"


@pytest.mark.parametrize(
    "today",
    [
        "Thứ Hai, ngày 16 tháng 01 năm 2025\n",
        "Thứ hai, ngày 16 tháng 01 năm 2025\n",
        "Hôm nay: Thứ Hai, ngày 16 tháng 01 năm 2025\n",
        "Chủ nhật, ngày 16 tháng 01 năm 2025 | 10:20\nTrang chủ\n",
    ],
)
def test_a_page_s_date_of_today_after_its_weekday_is_no_place_and_date(today: str) -> None:
    """A site's date of today after the day of the week ("Thứ Hai, ngày ..."): no place line.

    Found probing round 62's site's date of today: the weekday had been read as the place
    ("Thứ Hai") and the page's date as the document's, unflagged.
    """
    draft = coordprog.import_text(
        today + "HỘI ĐỒNG ĐỘI HUYỆN PHÚ VANG\nLIÊN ĐỘI THCS AN BẰNG\nSố: 13-KH/LĐ\n"
        "ĐỘI TNTP HỒ CHÍ MINH\nVinh An, ngày 04 tháng 5 năm 2019\nKẾ HOẠCH\nTổ chức ngày hội\n"
        "Thực hiện Chương trình công tác Đội năm học 2018 - 2019 của Liên đội.\n"
        "1. Thời gian tổ chức: sáng thứ 2, ngày 13/5/2019.\n"
    )
    assert (draft.data["place"], draft.data["signed_on"]) == ("Vinh An", dt.date(2019, 5, 4))
    assert not _flagged(draft, "signed_on")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("xã Lạc Sơn, ngày 05 tháng 8 năm 2025", "xã Lạc Sơn"),
        ("phường Việt Trì, ngày 05 tháng 8 năm 2025", "phường Việt Trì"),
        ("thị trấn Đô Lương, ngày 05 tháng 8 năm 2025", "thị trấn Đô Lương"),
    ],
)
def test_a_place_line_opening_with_its_unit_in_small_letters_keeps_it(
    line: str, place: str
) -> None:
    """A commune's place line with its unit in small letters ("xã Lạc Sơn, ngày ...") keeps it.

    Found probing round 62's commune plans: the place had been read without its unit ("Lạc
    Sơn"), unflagged, where the place is transcribed as printed.
    """
    draft = coordprog.import_text(
        "CÔNG AN TỈNH PHÚ THỌ\nCÔNG AN XÃ LẠC SƠN\nSố: 05/KH-CAX\n"
        f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{line}\n"
        "KẾ HOẠCH\nPhối hợp tuyên truyền năm 2025\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
    )
    assert (draft.data["place"], draft.data["signed_on"]) == (place, dt.date(2025, 8, 5))


def test_a_place_and_date_line_in_the_old_8_bit_font_is_read_as_the_letters_it_prints() -> None:
    """A line typed in the TCVN3 font and copied without conversion is read back.

    "Ph\u00f3 L\u00acng, ng\u00b5y 15 th\u00b8ng 3 n\u00a8m 2022" is "Phú Lương, ngày 15 tháng 3
    năm 2022", the "ư" of "Lương" (a soft hyphen's code) lost by the copy restored; the lines in
    Unicode are left as they are.
    """
    text = (
        "UBND HUYỆN AN PHÚ\nTRƯỜNG TIỂU HỌC BÌNH AN\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-TH\n"
        "Ph\u00f3 L\u00acng, ng\u00b5y 15 th\u00b8ng 3 n\u00a8m 2022\n"
        "KẾ HOẠCH\nTổ chức ngày hội đọc sách năm 2022\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Khuyến khích học sinh đọc sách.\n"
    )
    draft = coordprog.import_text(text)
    assert draft.data["place"] == "Phú Lương"
    assert draft.data["signed_on"] == dt.date(2022, 3, 15)
    assert draft.data["title"] == "Tổ chức ngày hội đọc sách năm 2022"


def test_a_line_in_unicode_with_latin_letters_is_not_read_as_the_old_font() -> None:
    """A Unicode line holding letters TCVN3 uses ("é", "ô", "à") is Vietnamese as it is."""
    text = (
        "UBND TỈNH AN GIANG\nSỞ Y TẾ\n"
        "Số: 15/KH-SYT\nAn Giang, ngày 02 tháng 5 năm 2022\n"
        "KẾ HOẠCH\nPhòng chống sốt xuất huyết năm 2022\n"
        "I. MỤC ĐÍCH\n1. Giảm số ca mắc bệnh.\n"
    )
    draft = coordprog.import_text(text)
    assert draft.data["place"] == "An Giang"
    assert draft.data["title"] == "Phòng chống sốt xuất huyết năm 2022"


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        ("Hướng dẫn việc đón và hỗ trợ người lao động từ vùng thiên tai trở về", False),
        ("Hướng dẫn đưa học sinh bỏ học quay về", False),
        ("Hướng dẫn việc phối hợp về", True),
    ],
)
def test_a_title_ending_on_a_verb_of_coming_back_is_not_flagged_as_cut(
    title: str, flagged: bool
) -> None:
    """A "về" after "trở" or "quay" ends the verb, not a preposition a cut title ends on."""
    draft = coordprog.import_text(
        "BỘ NỘI VỤ-BỘ Y TẾ\nSố: 07/2012/TTLT-BNV-BYT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 3 tháng 4 năm 2012\n\n"
        f"THÔNG TƯ LIÊN TỊCH\n\n{title}\n\n"
        "Căn cứ Nghị định số 61/2008/NĐ-CP ngày 15/5/2008 của Chính phủ;\n\n"
        "Bộ Nội vụ, Bộ Y tế hướng dẫn như sau:\n\nĐiều 1. Phạm vi\n"
    )
    assert draft.data["title"] == title
    cut = [item for item in _flagged(draft, "title") if "chưa trọn ý" in item["reason"]]
    assert bool(cut) == flagged


def test_a_title_in_small_letters_without_its_type_line_is_read_before_the_basis() -> None:
    """A copy that lost its type line prints the title in small letters under the date row."""
    draft = coordprog.import_text(
        "BỘ NỘI VỤ - BỘ TÀI CHÍNH | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 14/2010/TTLT-BNV-BTC | Hà Nội, ngày 9 tháng 6 năm 2010 |\n"
        "Hướng dẫn việc lập dự toán kinh phí bồi dưỡng cán bộ làm công tác văn thư ở cơ sở\n"
        "Căn cứ Luật Ngân sách nhà nước năm 2002;\n"
        "Liên tịch Bộ Nội vụ và Bộ Tài chính hướng dẫn như sau:\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    )
    assert (
        "Hướng dẫn việc lập dự toán kinh phí bồi dưỡng cán bộ làm công tác văn thư ở cơ sở"
        == draft.data["title"]
    )
    assert "joint-circular" == draft.data["kind"]
    assert not _flagged(draft, "title")


def test_a_sentence_under_the_date_row_is_no_title() -> None:
    """A line under the date that ends a sentence opens the body; it is no untyped title."""
    draft = coordprog.import_text(
        "BỘ NỘI VỤ - BỘ TÀI CHÍNH | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 14/2010/TTLT-BNV-BTC | Hà Nội, ngày 9 tháng 6 năm 2010 |\n"
        "Hai Bộ thống nhất hướng dẫn việc lập dự toán kinh phí bồi dưỡng cán bộ ở cơ sở.\n"
        "Căn cứ Luật Ngân sách nhà nước năm 2002;\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    )
    assert "title" not in draft.data or not draft.data["title"].startswith("Hai Bộ")


def test_a_heading_with_a_colon_between_type_and_title_gives_both() -> None:
    """A heading "HƯỚNG DẪN: Công tác ..." over a copy without letterhead: type line and title.

    A mass organisation's site prints its guidance under its post's heading only, the
    type in capitals, a colon, then the title in small letters; the guidance had been
    drafted as an official letter without a title.
    """
    draft = coordprog.import_text(
        "HƯỚNG DẪN: Công tác tuyên truyền phòng, chống cháy nổ năm 2021\n\n"
        "Căn cứ Kế hoạch công tác năm 2021, Ban Thường vụ Hội Nông dân tỉnh Nam Định hướng "
        "dẫn các cấp Hội như sau:\n\n1. Tuyên truyền trong hội viên.\n"
    )
    assert draft.data["kind"] == "guidance"
    assert draft.data["title"] == "Công tác tuyên truyền phòng, chống cháy nổ năm 2021"


def test_a_page_heading_with_its_posting_stamp_gives_a_plan_s_kind_and_title() -> None:
    """A copy without letterhead: "Kế hoạch tổ chức ..." over "Ngày cập nhật ..." is the plan's."""
    draft = coordprog.import_text(
        "Liên kết website\nKế hoạch ra quân làm đường giao thông nông thôn năm 2021\n"
        "Ngày cập nhật 12/03/2021\n\n"
        "Thực hiện Nghị quyết 02 của HĐND xã, ủy ban nhân dân xã xây dựng kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\n1. Huy động nhân dân.\n"
    )
    assert "plan" == draft.data["kind"]
    assert "Ra quân làm đường giao thông nông thôn năm 2021" == draft.data["title"]
    assert "signed_on" not in draft.data  # the stamp's day is the page's


def test_a_page_heading_without_a_posting_stamp_is_no_title() -> None:
    """Without the page's stamp under it, a line opening with "Kế hoạch" is not read as one."""
    draft = coordprog.import_text(
        "Kế hoạch ra quân làm đường giao thông nông thôn năm 2021\n\n"
        "Thực hiện Nghị quyết 02 của HĐND xã, ủy ban nhân dân xã xây dựng kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\n1. Huy động nhân dân.\n"
    )
    assert "Ra quân làm đường giao thông nông thôn năm 2021" != draft.data.get("title")


#: A council's resolution a sharing site runs on one line: its title in small letters runs
#: straight into the council that resolves, with its term and session.
FOLDED_RESOLUTION = (
    "12 CÁC NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc Số: 21/2012/NQ-HĐND Cao Bằng, ngày 10 tháng 7 năm 2012 "
    "NGHỊ QUYẾT Ban hành nội quy kỳ họp của Hội đồng nhân dân tỉnh Cao Bằng khóa XV, nhiệm kỳ "
    "2011 - 2016 HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG KHOÁ XV - KỲ HỌP THỨ 4 Căn cứ Luật Tổ chức "
    "Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Xét tờ trình số "
    "05/TTr-HĐND ngày 02 tháng 7 năm 2012 của Thường trực Hội đồng nhân dân tỉnh, QUYẾT NGHỊ: "
    "Điều 1. Ban hành kèm theo Nghị quyết này Nội quy kỳ họp của Hội đồng nhân dân tỉnh Cao "
    "Bằng khóa XV, nhiệm kỳ 2011 - 2016. Điều 2. Nghị quyết này có hiệu lực sau 10 ngày.\n"
)


@pytest.mark.parametrize("dash", [" - ", ", ", " \u2013 "])
def test_a_folded_resolution_s_title_stops_at_the_council_that_resolves(dash: str) -> None:
    """On one line, a title runs into the council, its term and session: the title stops there.

    "... nhiệm kỳ 2011 - 2016 HỘI ĐỒNG NHÂN DÂN TỈNH ... KHOÁ XV - KỲ HỌP THỨ 4": the
    term's number before the dash had been read as a report's part ("XV. KỲ HỌP ..."),
    the council and "KHOÁ" left in the title, unflagged (round 71's Lào Cai resolution).
    """
    draft = coordprog.import_text(FOLDED_RESOLUTION.replace("XV - KỲ", f"XV{dash.rstrip()} KỲ"))
    decision = draft.data["promulgation"]
    assert decision["title"] == (
        "Ban hành nội quy kỳ họp của Hội đồng nhân dân tỉnh Cao Bằng khóa XV, nhiệm kỳ 2011 - 2016"
    )
    assert decision["number"] == "21/2012/NQ-HĐND"
    assert [party["name"] for party in draft.data["parties"]] == ["Hội đồng nhân dân tỉnh Cao Bằng"]


def test_a_folded_title_in_capitals_that_names_the_session_is_not_cut() -> None:
    """A title in capitals that names the council's sessions ("NỘI QUY KỲ HỌP HỘI ĐỒNG ...").

    On one line, "KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH ..." names the council the rules are of: no
    break there, only before the council that resolves, with its term and session.
    """
    text = FOLDED_RESOLUTION.replace(
        "Ban hành nội quy kỳ họp của Hội đồng nhân dân tỉnh Cao Bằng khóa XV, nhiệm kỳ 2011 - 2016",
        "BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG KHÓA XV, NHIỆM KỲ 2011 - 2016",
    )
    draft = coordprog.import_text(text)
    title = draft.data["promulgation"]["title"]
    assert title.casefold().startswith("ban hành nội quy kỳ họp hội đồng nhân dân tỉnh cao bằng")
    assert title.casefold().endswith("nhiệm kỳ 2011 - 2016")


def test_a_letter_s_subject_on_its_number_s_line_is_its_title() -> None:
    """A subject a table copy runs on after the number ("Số: ... V/v: ...") is the title."""
    draft = coordprog.import_text(
        "BỘ Y TẾ ——-\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        " Độc lập \u2013 Tự do \u2013 Hạnh phúc\n|\n"
        "Số: 517/BYT-KHTC V/v: Triển khai QĐ số 42/2011/QĐ-TTg\n|\n"
        "Hà Nội, ngày 03 tháng 05 năm 2012\n|\n"
        "Kính gửi: Sở Y tế các tỉnh, thành phố\n"
        "Thực hiện Quyết định số 42/2011/QĐ-TTg ngày 10/8/2011 của Thủ tướng Chính phủ, Bộ Y tế"
        " đề nghị Sở Y tế các tỉnh, thành phố triển khai như sau:\n"
    )
    assert ("517/BYT-KHTC", "official-letter", "V/v: Triển khai QĐ số 42/2011/QĐ-TTg") == (
        draft.data["number"],
        draft.data["kind"],
        draft.data["title"],
    )
    assert not any(item["path"] == "title" for item in draft.data.get("to_complete", []))


def test_a_body_on_a_title_s_line_in_capitals_above_the_letterhead_s_post_is_the_title_s() -> None:
    """A committee named on a title's last line in capitals is the title's, not who decides.

    The Prime Minister's decision approving a province's election: the next line, the
    letterhead's own post, decides. The committee is no party, and the central decision
    names no province; "chức vụ" (a post) is no ministry's department ("Vụ").
    """
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 512/QĐ-TTg\nHà Nội, ngày 9 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
        "PHÊ CHUẨN KẾT QUẢ BẦU CHỨC VỤ PHÓ CHỦ TỊCH\n"
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH NHIỆM KỲ 2021 - 2026\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình.\n"
    )
    assert draft.data["title"] == (
        "Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình "
        "nhiệm kỳ 2021 - 2026"
    )
    assert [party["name"] for party in draft.data["parties"]] == ["Thủ tướng Chính phủ"]
    assert draft.data.get("province") is None


@pytest.mark.parametrize(
    "second",
    ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"],
)
def test_the_letterhead_s_body_under_a_title_in_capitals_still_decides(second: str) -> None:
    """The line under a title in capitals that names the letterhead's body decides."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/2024/QĐ-UBND\nNinh Bình, ngày 9 tháng 3 năm 2024\n"
        f"QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP\n{second}\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    )
    decision = draft.data["promulgation"]
    assert decision["title"] == "Ban hành Quy chế phối hợp quản lý cụm công nghiệp"
    assert draft.data["province"] == "Ninh Bình"
    assert [party["name"] for party in draft.data["parties"]] == ["Ủy ban nhân dân tỉnh Ninh Bình"]


def test_a_province_taken_from_a_party_after_a_central_body_is_flagged() -> None:
    """A ministry's letterhead names no province: one read from a later party is flagged."""
    draft = coordprog.import_text(
        "BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 05/CTPH-BNV-UBND\nHà Nội, ngày 9 tháng 3 năm 2024\nCHƯƠNG TRÌNH PHỐI HỢP\n"
        "Về công tác cải cách hành chính giai đoạn 2024 - 2026\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Tăng cường phối hợp.\nTM. ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nCHỦ TỊCH\nTrần Văn An\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Bình\n"
    )
    assert draft.data["province"] == "Ninh Bình"
    assert _flagged(draft, "province")


def test_a_body_after_cua_on_a_title_s_line_in_capitals_is_the_title_s_whole() -> None:
    """A committee after "CỦA" on a title's line in capitals, its term under it, is the title's.

    No body inside its name ("BAN NHÂN DÂN HUYỆN ...") decides instead.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN BẢO LÂM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 512/QĐ-UBND\nBảo Lâm, ngày 9 tháng 3 năm 2012\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM\n"
        "KHÓA X, NHIỆM KỲ 2011 - 2016\nỦY BAN NHÂN DÂN HUYỆN BẢO LÂM\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    )
    assert draft.data["promulgation"]["title"] == (
        "Ban hành Quy chế làm việc của Ủy ban nhân dân huyện Bảo Lâm khóa X, nhiệm kỳ 2011 - 2016"
    )
    assert [party["name"] for party in draft.data["parties"]] == ["Ủy ban nhân dân huyện Bảo Lâm"]


def test_a_body_a_title_s_last_word_joins_on_is_the_title_s() -> None:
    """A body in capitals after a title's line ending "GIỮA" goes on with the title."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 51/BC-UBND\nLâm Đồng, ngày 9 tháng 3 năm 2016\n"
        "BÁO CÁO\nSƠ KẾT 01 NĂM THỰC HIỆN QUY CHẾ PHỐI HỢP CÔNG TÁC GIỮA\n"
        "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG\n"
        "VỚI ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nI. TRIỂN KHAI THỰC HIỆN QUY CHẾ\n"
        "Thực hiện Quy chế phối hợp, hai bên đã phối hợp tốt.\n"
    )
    assert draft.data["title"] == (
        "Sơ kết 01 năm thực hiện Quy chế phối hợp công tác giữa Ban Thường trực Ủy ban Mặt trận "
        "Tổ quốc Việt Nam tỉnh Lâm Đồng với Ủy ban nhân dân tỉnh Lâm Đồng"
    )


def test_a_quoted_name_under_a_title_in_capitals_goes_on_with_the_title() -> None:
    """A movement's quoted name in small letters under a title in capitals is the title's."""
    draft = coordprog.import_text(
        "BỘ TÀI CHÍNH - BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 14/2014/TTLT-BTC-BVHTTDL\n"
        "Hà Nội, ngày 9 tháng 3 năm 2014\nTHÔNG TƯ LIÊN TỊCH\n"
        "HƯỚNG DẪN SỬ DỤNG KINH PHÍ HOẠT ĐỘNG PHONG TRÀO\n"
        "“Toàn dân đoàn kết xây dựng đời sống văn hóa”\n"
        "Căn cứ Nghị định số 60/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ quy định chi "
        "tiết thi hành Luật Ngân sách nhà nước;\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    assert draft.data["title"] == (
        "Hướng dẫn sử dụng kinh phí hoạt động phong trào “Toàn dân đoàn kết xây dựng đời sống "
        "văn hóa”"
    )


@pytest.mark.parametrize(
    "place_and_date",
    ["Quảng Trị, ngày 13/10/2014", "Quảng Trị,\nngày 13/10/2014", "Quảng Trị, 13/10/2014"],
)
def test_a_signing_date_written_with_slashes_is_read_with_its_place(place_and_date: str) -> None:
    """A place-and-date line dated with slashes, broken after its comma or without "ngày"."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: 2177/KH-UBND\n{place_and_date}\nKẾ HOẠCH\n"
        "Thực hiện Chương trình phối hợp năm 2014\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tăng cường phối hợp.\n"
    )
    assert (draft.data["place"], draft.data["signed_on"]) == ("Quảng Trị", dt.date(2014, 10, 13))


def test_a_page_s_weekday_and_date_is_no_place_and_date() -> None:
    """A site's "Thứ Tư, 24/4/2024" above the text gives neither place nor signing date."""
    draft = coordprog.import_text(
        "Thứ Tư, 24/4/2024\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 2177/KH-UBND\nQuảng Trị, ngày 13 tháng 10 năm 2014\n"
        "KẾ HOẠCH\nThực hiện Chương trình phối hợp năm 2014\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Tăng cường phối hợp.\n"
    )
    assert (draft.data["place"], draft.data["signed_on"]) == ("Quảng Trị", dt.date(2014, 10, 13))


def test_a_joint_texts_line_of_issuers_broken_before_its_last_words_ends_the_title() -> None:
    """A joint resolution's line of issuers a narrow column broke before its last words.

    "CHÍNH PHỦ - ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC" over "VIỆT NAM": the second body reads
    whole only with the line under it. The title had run on into both lines, flagged only as
    re-cased (round 74's joint resolution of the Government and the Front).
    """
    draft = coordprog.import_text(
        "CHÍNH PHỦ-ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 07/2011/NQLT/CP-UBTUMTTQVN\nHà Nội, ngày 14 tháng 3 năm 2011\n"
        "NGHỊ QUYẾT LIÊN TỊCH\nVỀ VIỆC PHỐI HỢP TRONG CÔNG TÁC VẬN ĐỘNG\n"
        "ĐỒNG BÀO CÁC DÂN TỘC Ở VÙNG CAO\n"
        "CHÍNH PHỦ - ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC\nVIỆT NAM\n"
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 12 tháng 6 năm 1999;\n"
        "QUYẾT NGHỊ\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định việc phối hợp.\n"
    )
    assert draft.data["title"] == (
        "Về việc phối hợp trong công tác vận động đồng bào các dân tộc ở vùng cao"
    )


@pytest.mark.parametrize(
    ("article", "text"),
    [
        (
            "Điều 1. Ban hành kèm\ntheo Nghị quyết này Quy chế phối hợp công tác của Bộ Nội vụ và "
            "Trung ương Hội Nông dân Việt Nam.",
            "Ban hành kèm theo Nghị quyết này Quy chế phối hợp",
        ),
        (
            "Điều 1. Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo "
            "và thay thế Quy chế ban hành năm 2001.",
            "Quyết định này có hiệu lực thi hành sau 15 ngày",
        ),
    ],
)
def test_an_article_whose_first_sentence_names_the_document_has_no_caption(
    article: str, text: str
) -> None:
    """A long first sentence that names the document ("... Nghị quyết này ...") is the text.

    A caption is a phrase; "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế ..." is an
    article printed without one. The sentence had been read as its caption, unflagged (round
    74's joint resolution). A short caption that names the document stays one.
    """
    draft = coordprog.import_text(
        "QUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA HAI CƠ QUAN\n"
        f"{article}\nĐiều 2. Hiệu lực của Quyết định này\nQuy chế có hiệu lực từ ngày ký.\n"
    )
    first, second = draft.data["articles"]
    assert "caption" not in first
    assert first["text"].startswith(text)
    assert second["caption"] == "Hiệu lực của Quyết định này"


def test_a_clause_number_alone_on_its_line_opens_the_clause_not_the_caption() -> None:
    """A clause's number a narrow column printed alone ("1." over "Phạm vi áp dụng:").

    The number had been joined to the article's heading and the clause's text with it: the
    caption read "Phạm vi và đối tượng áp dụng 1. Phạm vi áp dụng:", unflagged (round 74's
    joint circular of 2014).
    """
    draft = coordprog.import_text(
        "THÔNG TƯ LIÊN TỊCH\nHƯỚNG DẪN MỨC CHI CHO HỘI THI\n"
        "Điều 1. Phạm vi và đối tượng áp dụng\n1.\nPhạm vi áp dụng:\n"
        "a) Thông tư này quy định mức chi cho hội thi.\n2.\nĐối tượng áp dụng:\n"
        "a) Các cơ quan tổ chức hội thi.\n"
    )
    (article,) = draft.data["articles"]
    assert article["caption"] == "Phạm vi và đối tượng áp dụng"
    assert [clause["text"] for clause in article["clauses"]] == [
        "Phạm vi áp dụng:",
        "Đối tượng áp dụng:",
    ]


def test_a_title_in_capitals_keeps_an_acronym_the_text_writes_in_capitals() -> None:
    """An acronym the body writes in capitals among small letters keeps them in the title.

    "HƯỚNG DẪN ... THI TAY NGHỀ APEC ..." re-cased had lost them ("apec"), flagged only as
    re-cased (round 74's joint circular of 2014).
    """
    draft = coordprog.import_text(
        "BỘ TÀI CHÍNH - BỘ NGOẠI GIAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 15/2016/TTLT-BTC-BNG\nHà Nội, ngày 10 tháng 2 năm 2016\n"
        "THÔNG TƯ LIÊN TỊCH\nHƯỚNG DẪN MỨC CHI ĐÓN TIẾP CÁC ĐOÀN APEC NĂM 2017 TẠI VIỆT NAM\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Ngoại giao ban hành Thông tư liên tịch hướng "
        "dẫn mức chi đón tiếp các đoàn APEC năm 2017 tại Việt Nam.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn mức chi.\n"
    )
    assert draft.data["title"] == "Hướng dẫn mức chi đón tiếp các đoàn APEC năm 2017 tại Việt Nam"


#: A joint circular a sharing site runs on one line after its own title, dropping the words
#: it counts as stop words: "do" of the motto, "cứ" of "Căn cứ", "và", "của".
FOLDED_STOP_WORDS = (
    "Mức chi y tế Bộ Tài Chính BỘ Y TẾ \u2013 BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự - Hạnh phúc Số: 12 /2009/TTLT-BYT-BTC Hà Nội, ngày 15 tháng 04 năm 2009 "
    "THÔNG TƯ LIÊN TỊCH Hướng dẫn mức chi khám bệnh trạm y tế xã Căn Nghị định số "
    "188/2007/NĐ-CP ngày 27 tháng 12 năm 2007 quy định chức năng, nhiệm vụ Bộ Y tế; Căn "
    "Nghị định số 118/2008/NĐ-CP ngày 27 tháng 11 năm 2008 quy định chức năng, nhiệm vụ Bộ "
    "Tài chính; Liên Bộ Y tế, Bộ Tài hướng dẫn sau: I PHẠM VI ÁP DỤNG Thông tư áp dụng trạm "
    "y tế xã.\n"
)


def test_a_folded_copy_without_its_stop_words_is_given_its_line_breaks_back() -> None:
    """A one-line copy whose motto lost "do" and whose bases lost "cứ" is still unfolded.

    Its number, kind and parties had been lost, the letterhead read with the site's title
    glued before it, and the title run on into the bases (round 74's joint circular from a
    sharing site).
    """
    draft = coordprog.import_text(FOLDED_STOP_WORDS)
    assert draft.data["number"] == "12/2009/TTLT-BYT-BTC"
    assert draft.data["kind"] == "joint-circular"
    assert draft.data["title"] == "Hướng dẫn mức chi khám bệnh trạm y tế xã"
    names = [party["name"] for party in draft.data["parties"]]
    assert names[:2] == ["Bộ Y tế", "Bộ Tài chính"]
    # The enacting line's "Bộ Tài" (its "chính" dropped) is no letterhead body: listed.
    assert all(
        any(f"parties[{index}]: a body read from the enacting sentence" in s for s in draft.unsure)
        for index in range(2, len(names))
    )


def _market_decision(number: str, title_end: str = "TRÊN ĐỊA BÀN TỈNH CAO BẰNG") -> str:
    """An invented provincial decision promulgating a coordination regulation."""
    return (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        f"Số: {number} | Cao Bằng, ngày 05 tháng 3 năm 2016 |\nQUYẾT ĐỊNH\n"
        f"BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ {title_end}\n"
        "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ trên địa bàn "
        "tỉnh Cao Bằng.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )


@pytest.mark.parametrize(
    ("number", "flagged"),
    [
        ("08/2016/KH-UBND", True),
        ("08/CT-UBND", True),
        ("08/2016/QĐ-UBND", False),
        ("08/2016/QĐUBND", False),
    ],
)
def test_a_decision_numbered_with_another_kind_s_symbol_is_flagged(
    number: str, flagged: bool
) -> None:
    """A decision over "Số: 08/2016/KH-UBND", a plan's symbol: number and kind to check.

    Both stay as read. A symbol no kind is known by (a copy's "QĐUBND") is not checked.
    """
    draft = coordprog.import_text(_market_decision(number))
    decision = draft.data["promulgation"]
    assert ("decision", number) == (decision["kind"], decision["number"])
    paths = {item["path"] for item in draft.data.get("to_complete", [])}
    assert flagged == ("promulgation.number" in paths)
    assert flagged == ("promulgation.kind" in paths)


@pytest.mark.parametrize("numbered", [True, False])
def test_a_decision_copied_without_its_number_line_lists_the_number_to_add(numbered: bool) -> None:
    """A decision dated but with no Số line anywhere lists its number to add.

    A law site copies an old decision with its letterhead on one line, then the motto and
    the place and date: the number is left out, never guessed, and listed to complete.
    """
    number_line = "Số: 112/QĐ-UB\n" if numbered else ""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n{number_line}Yên Bái, ngày 4 tháng 3 năm 1999\n"
        "QUYẾT ĐỊNH CỦA UBND TỈNH YÊN BÁI\nVề việc ban hành Quy định phối hợp quản lý chợ\n"
        "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21/6/1994;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo quyết định này bản Quy định phối hợp quản lý "
        "chợ.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n"
    )
    decision = draft.data["promulgation"]
    assert "1999-03-04" == str(decision["date"])
    assert decision.get("number") == ("112/QĐ-UB" if numbered else None)
    assert numbered != bool(_flagged(draft, "promulgation.number"))


@pytest.mark.parametrize(("end", "flagged"), [("CỦA", True), ("VÀ", True), ("TẠI TỈNH", False)])
def test_a_decision_s_title_cut_on_a_word_no_title_ends_on_is_flagged(
    end: str, flagged: bool
) -> None:
    """A decision's title stopping on "CỦA" was cut by the copy: it is listed to check."""
    draft = coordprog.import_text(_market_decision("08/2016/QĐ-UBND", end))
    assert draft.data["promulgation"]["title"].endswith(end.lower())
    cut = [r for r in draft.unsure if r.startswith("promulgation.title:") and "no title" in r]
    assert flagged == bool(cut)


@pytest.mark.parametrize(
    ("letterhead", "year", "flagged"),
    [
        ("TỈNH HÀ GIANG", "2016", True),
        ("TỈNH HẬU GIANG", "2016", False),
        ("THÀNH PHỐ CẦN THƠ", "2025", False),
    ],
)
def test_a_place_line_naming_another_province_s_seat_is_flagged(
    letterhead: str, year: str, flagged: bool
) -> None:
    """A province's committee signing at another province's seat ("Vị Thanh", Hậu Giang's).

    The place stays as printed, to check. Seats are those before the 2025 reorganisation:
    a later document (Cần Thơ's, which took in Hậu Giang) is not checked against them.
    """
    draft = coordprog.import_text(
        f"ỦY BAN NHÂN DÂN\n{letterhead}\nSố: 15/KH-UBND\n"
        f"Vị Thanh, ngày 9 tháng 11 năm {year}\nKẾ HOẠCH\nTuyên truyền pháp luật\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức.\n"
    )
    assert "Vị Thanh" == draft.data["place"]
    assert flagged == bool(_flagged(draft, "place"))


#: A minister's decision that promulgates a regulation of the ministry's units, in the shape
#: the legal sites print it: letterhead, number, place and date, type line, title.
UNITS_DECISION = (
    "BỘ XÂY DỰNG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n|\nSố: {number}\n|\n{place}, ngày 12 tháng 5 năm 2015\n|\n"
    "QUYẾT ĐỊNH\n{title}\nBỘ TRƯỞNG BỘ XÂY DỰNG\n"
    "Căn cứ Nghị định số 62/2013/NĐ-CP ngày 25/6/2013 của Chính phủ quy định chức năng, "
    "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Xây dựng;\n"
    "Xét đề nghị của Chánh Văn phòng Bộ,\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa các đơn vị thuộc Bộ.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)
_UNITS_TITLE = "BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC ĐƠN VỊ THUỘC BỘ"


@pytest.mark.parametrize(
    ("place", "flagged"),
    [("Hà Nội", False), ("Sóc Trăng", True), ("Thành phố Hồ Chí Minh", True), ("Vị Thanh", False)],
)
def test_a_central_body_s_place_line_other_than_ha_noi_is_flagged(
    place: str, flagged: bool
) -> None:
    """A ministry signs in Hà Nội; a province's reprint may print its own name: kept, flagged.

    A place that names no province (a town, a scan's line) is not checked.
    """
    draft = coordprog.import_text(
        UNITS_DECISION.format(number="512/QĐ-BXD", place=place, title=_UNITS_TITLE)
    )
    assert place == draft.data["promulgation"]["place"]
    assert flagged == bool(_flagged(draft, "promulgation.place"))


def test_a_title_the_copy_stops_after_is_flagged() -> None:
    """A page's excerpt that stops at the title's line may have cut the title: listed to check."""
    opening = (
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 15/2014/QĐ-UBND\nThái Nguyên, ngày 22 tháng 5 năm 2014\n"
        "QUYẾT ĐỊNH\nBan hành Quy định quản lý, sử dụng kinh phí bảo đảm"
    )
    cut = coordprog.import_text(opening)
    assert (
        cut.data["promulgation"]["title"] == "Ban hành Quy định quản lý, sử dụng kinh phí bảo đảm"
    )
    assert _flagged(cut, "promulgation.title")
    whole = coordprog.import_text(
        opening + " trật tự an toàn giao thông\nỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n"
    )
    assert not _flagged(whole, "promulgation.title")


def test_a_province_the_place_line_gives_a_letterhead_without_one_is_flagged() -> None:
    """A letterhead "ỦY BAN NHÂN DÂN" over "Hà Nội, ngày ...": the place line's province, flagged.

    A site's template may print its own city on the place line, and the letterhead names no
    province to check it against.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 57/KH-UBND | Hà Nội, ngày 29 tháng 04 năm 2020 |\n"
        "Thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám Ban Chấp "
        "hành Trung ương Đảng khóa XII về Chiến lược phát triển bền vững kinh tế biển Việt Nam\n"
    )
    assert draft.data["province"] == "Hà Nội"
    assert _flagged(draft, "province")


#: What a legal site prints around a text: the documents it replaces, rests on and is carried
#: out by, each list under its label, their numbers and dates other documents'.
_RELATED = (
    "Văn bản bị thay thế\nQuyết định 82/2016/QĐ-UBND ngày 12/03/2016 về quy chế phối hợp\n"
    "Văn bản được căn cứ\nQuyết định số 108/2014/QĐ-UBND ngày 4 tháng 9 năm 2014 của "
    "Ủy ban nhân dân tỉnh Quảng Nam\n"
    "Văn bản liên quan\nKế hoạch 30/2024/KH-UBND ngày 20/06/2024 triển khai thực hiện\n"
    "Báo cáo số 145/BC-UBND ngày 12 tháng 3 năm 2024 về kết quả thực hiện\n"
)
_RELATED_DECISION = (
    DECISION_HEAD + "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp quản lý cụm công nghiệp\n"
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


@pytest.mark.parametrize("before", [True, False])
def test_a_site_s_lists_of_related_documents_are_not_the_document_s(before: bool) -> None:
    """A site's related documents, before the text or after it, give no number, date or act."""
    text = _RELATED + _RELATED_DECISION if before else _RELATED_DECISION + _RELATED
    draft = coordprog.import_text(text)
    promulgation = draft.data["promulgation"]
    assert "216/QĐ-UBND" == promulgation["number"]
    assert dt.date(2023, 2, 6) == promulgation["date"]
    assert promulgation["title"].startswith("Ban hành Quy chế phối hợp")
    cited = [ref.get("number") for ref in draft.data.get("legal_refs", [])]
    listed = {"82/2016/QĐ-UBND", "108/2014/QĐ-UBND", "30/2024/KH-UBND", "145/BC-UBND"}
    assert not listed & set(cited)


@pytest.mark.parametrize(
    ("place_line", "place", "date"),
    [
        ("Thành phố Hồ Chí Minh, ngày 12 tháng 5 năm 2015", "Thành phố Hồ Chí Minh", "2015-05-12"),
        ("Hà Nội, ngày      tháng 5 năm 2015", "Hà Nội", "2015-05"),
    ],
)
def test_a_place_and_date_line_printed_under_the_title_is_the_opening_s(
    place_line: str, place: str, date: str
) -> None:
    """A copy that prints the place and date after the title: read, not run on into the title."""
    text = UNITS_DECISION.format(number="512/QĐ-BXD", place="@", title=_UNITS_TITLE)
    text = text.replace("@, ngày 12 tháng 5 năm 2015\n|\n", "").replace(
        _UNITS_TITLE + "\n", f"{_UNITS_TITLE}\n{place_line}\n"
    )
    draft = coordprog.import_text(text)
    promulgation = draft.data["promulgation"]
    assert "Ban hành Quy chế phối hợp giữa các đơn vị thuộc Bộ" == promulgation["title"]
    assert (place, date) == (promulgation["place"], str(promulgation["date"]))


def test_a_lead_in_sentence_under_the_type_line_is_no_title() -> None:
    """A copy printing the title over the type line: the sentence under it is no title, flagged."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 12/TB-UBND\nBình Định, ngày 5 tháng 3 năm 2021\n\n"
        "KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ TƯ PHÁP\n"
        "THÔNG BÁO\n\nNgày 01 tháng 3 năm 2021, Chủ tịch Ủy ban nhân dân tỉnh đã làm việc với Sở "
        "Tư pháp về công tác phổ biến, giáo dục pháp luật. Sau khi nghe Giám đốc Sở báo cáo, "
        "Chủ tịch kết luận như sau:\n1. Sở Tư pháp tiếp tục thực hiện tốt công tác phổ biến.\n"
    )
    assert not str(draft.data.get("title", "")).startswith("Ngày 01 tháng 3")
    assert _flagged(draft, "title")


@pytest.mark.parametrize("place", ["Huế", "Vinh", "Pleiku"])
def test_a_one_word_place_printed_under_the_title_is_read(place: str) -> None:
    """A place of one word, a province's or its seat's, in a place line under the title.

    "Vinh, ngày 10 tháng 9 năm 2024" printed under the title had been left unread (as the
    last word of a place broken over lines), the decision's place and date lost: the draft
    is the one of the line printed above the type line.
    """
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 64/2024/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n{}QUYẾT ĐỊNH\n"
        "Ban hành Quy chế phối hợp quản lý nhà nước về du lịch\n{}ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    line = f"{place}, ngày 10 tháng 9 năm 2024\n"
    draft, expected = (
        coordprog.import_text(text.format(*lines)) for lines in (("", line), (line, ""))
    )
    assert place == expected.data["promulgation"]["place"]
    assert (expected.data, expected.unsure) == (draft.data, draft.unsure)


@pytest.mark.parametrize(
    "cut",
    [
        "cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n",
        "ày 19 tháng 6 năm 2015; Căn cứ Luật Giám định tư pháp ngày 20\ntháng 6 năm 2012;\n",
    ],
)
def test_a_copy_cut_inside_its_basis_takes_no_act_s_date_for_its_own(cut: str) -> None:
    """A copy that starts inside its *căn cứ*: the date a clause ends on is the act's.

    With no place-and-date line left, the date of the first law the basis cites had been
    read as the document's, without a flag.
    """
    data = coordprog.import_text(
        cut + "Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định về phối hợp giữa các cơ quan "
        "trong việc thực hiện một số quy định như sau:\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về phối hợp.\n"
    ).data
    assert data.get("signed_on") is None


def test_a_page_s_date_over_a_copy_without_number_line_is_not_the_document_s() -> None:
    """A school's page: its banner's date, its heading, then a letterhead without number line.

    The page's own title, in small letters, had been read as the body's first sentence: the
    letterhead, place-and-date line and type line were left out, and the banner's date was
    read as the plan's, without a flag. The place-and-date line under the letterhead marks
    the page's text above it as no body.
    """
    data = coordprog.import_text(
        "Ngày 16 tháng 01 năm 2025\n\n» Đoàn Đội » Đội TNTP HCM\n\n"
        "Cập nhật lúc : 17:59 04/05/2019\n\n"
        'Kế hoạch tổ chức ngày hội "Khui heo đất - giúp bạn đến trường" năm học 2018 - 2019\n\n'
        "HỘI ĐỒNG ĐỘI HUYỆN PHÚ VANG\n\nLIÊN ĐỘI THCS AN BẰNG\n\n"
        "Vinh An, ngày 04 tháng 5 năm 2019\n\nKẾ HOẠCH\n\n"
        "Về việc tổ chức ngày hội “Khui heo đất - giúp bạn đến trường”\n\n"
        "Thực hiện Chương trình Công tác Đội và phong trào thiếu nhi năm học 2018 - 2019 của "
        "Liên đội.\n\n1. Thời gian tổ chức: sáng thứ 2, ngày 13/5/2019.\n"
    ).data
    assert (dt.date(2019, 5, 4), "Vinh An") == (data.get("signed_on"), data.get("place"))


def test_a_date_in_a_copy_cut_past_its_heading_is_flagged() -> None:
    """A copy that starts past its letterhead, number and place line: its first date is doubted.

    A search excerpt's first date is a deadline, a meeting's or a cited act's as often as the
    document's; it had been read as the date of signing without a flag.
    """
    draft = coordprog.import_text(
        "thực hiện Quyết định số 1898/QĐ-TTg của Thủ tướng Chính phủ. Ủy ban Dân tộc đề nghị các "
        "cơ quan báo cáo kết quả thực hiện trước ngày 15 tháng 5 năm 2021 để tổng hợp.\n"
        "Mọi thông tin cần trao đổi, xin liên hệ Vụ Dân tộc thiểu số.\n"
    )
    assert dt.date(2021, 5, 15) == draft.data["signed_on"]
    assert any(
        r.startswith("signed_on: the date is read from a line without a place")
        for r in draft.unsure
    )


def test_a_date_under_a_letterhead_without_place_is_not_flagged_as_cut() -> None:
    """A copy that keeps its letterhead and number: a date without place is not doubted so."""
    draft = coordprog.import_text(
        "ỦY BAN DÂN TỘC\nSố: 456/UBDT-CSDT\nngày 23 tháng 4 năm 2021\n"
        "V/v báo cáo tình hình thực hiện Quyết định số 1898/QĐ-TTg\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh.\n"
        "Ủy ban Dân tộc đề nghị các cơ quan báo cáo kết quả thực hiện trước ngày 15 tháng 5 "
        "năm 2021 để tổng hợp.\n"
    )
    assert not any("without a place, in a copy" in r for r in draft.unsure)


@pytest.mark.parametrize(
    "before", ["", "phản ánh, kiến nghị của cá nhân về quy định hành chính; Nghị định\n"]
)
def test_a_citation_s_number_starting_a_line_is_no_number_line(before: str) -> None:
    """A cited act's number at a line's start ("số 43/2011/NĐ-CP ngày ...") is no number line.

    A copy cut at its start, or a basis that wraps before "số", had its cited decree's number
    read as the document's own, without a flag.
    """
    draft = coordprog.import_text(
        before + "số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ quy định về cung cấp tin;\n"
        "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh,\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận phản ánh, kiến nghị.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    decision = draft.data.get("promulgation", draft.data)
    assert "43/2011/NĐ-CP" != decision.get("number")


def test_a_title_in_a_copy_cut_past_its_heading_is_flagged() -> None:
    """A copy cut past its heading and type line: the line read as its title is doubted.

    The line under the first date may be one of the text's sentences ("Mọi thông tin cần
    trao đổi, xin liên hệ ..."), cut by the copy's end; it had been the title without a flag.
    """
    draft = coordprog.import_text(
        "ết định số 1898/QĐ-TTg của Thủ tướng Chính phủ, Ủy ban Dân tộc đề nghị các bộ, ngành "
        "xây dựng báo cáo sơ kết gửi về Ủy ban Dân tộc trước ngày 15 tháng 5 năm 2021.\n"
        "Mọi thông tin cần trao đổi, xin liên hệ Ủy ban Dân tộc (qua Vụ Dân\n"
    )
    assert draft.data["title"].startswith("Mọi thông tin")
    assert any(r.startswith("title: the title is read from a line") for r in draft.unsure)


def test_a_page_heading_naming_the_kind_over_the_title_is_not_doubted() -> None:
    """A page's heading "Kế hoạch tổ chức ..." names the kind: its title is not doubted so."""
    draft = coordprog.import_text(
        "Liên kết website\nKế hoạch tổ chức phát động phong trào làm vườn năm 2020\n"
        "Ngày cập nhật 04/03/2020\n\n"
        "Kế hoạch tổ chức phát động phong trào làm vườn năm 2020\n\n"
        "Thực hiện Nghị quyết 01 của HĐND xã đề ra năm 2020, ủy ban nhân dân xã xây dựng kế "
        "hoạch phát động phong trào làm vườn năm 2020 với những nội dung như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU:\n1. Tạo không khí thi đua sôi nổi.\n"
    )
    assert not any(r.startswith("title: the title is read from a line") for r in draft.unsure)


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("Nội, ngày 20 tháng 10 năm 2011", "Nội"),
        ("Tàu, ngày 20 tháng 10 năm 2011", "Tàu"),
        ("à Nội, ngày 20 tháng 10 năm 2011", "Nội"),
    ],
)
def test_a_place_on_the_copy_s_first_line_is_flagged(first: str, place: str) -> None:
    """A copy that starts on its place line ("Hà" / "Nội, ngày ..." cut): the place is doubted.

    The name's last word had been read as the place, without a flag.
    """
    draft = coordprog.import_text(
        first + "\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\nCHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO\n"
        "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 02 tháng 4 năm 2002;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    )
    assert place == draft.data["promulgation"]["place"]
    assert any(r.startswith("promulgation.place: the copy starts on") for r in draft.unsure)


@pytest.mark.parametrize(
    "first",
    [
        "CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI, HƯỚNG\n",
        "QUY ĐỊNH VIỆC LẬP DỰ\n",
    ],
)
def test_a_copy_starting_inside_its_title_flags_the_kind_its_first_words_give(first: str) -> None:
    """A copy cut inside its title, whose first words name a type: the kind is doubted.

    "KẾ HOẠCH / THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ ..." cut before "CHƯƠNG TRÌNH" had been
    read as a programme, and a joint circular's title cut before "QUY ĐỊNH" as rules,
    without a flag.
    """
    draft = coordprog.import_text(
        first + "TOÁN KINH PHÍ TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời, đồng bộ.\n"
    )
    assert any(
        r.startswith("kind: the copy starts on a line whose first words") for r in draft.unsure
    )


def test_a_copy_starting_at_its_type_line_alone_does_not_doubt_its_kind() -> None:
    """A copy that starts at "KẾ HOẠCH" alone on its line: the type line is whole."""
    draft = coordprog.import_text(
        "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2022-2025\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời, đồng bộ.\n"
    )
    assert not any("the copy starts on a line whose first words" in r for r in draft.unsure)


def test_a_title_s_cited_act_where_the_copy_starts_is_no_number_line() -> None:
    """A copy cut inside its title: "SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ" cites an act.

    The resolution the plan carries out had been read as the plan's own number, unflagged.
    """
    data = coordprog.import_text(
        "SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ\n"
        "VỀ TĂNG CƯỜNG HUY ĐỘNG CÁC NGUỒN LỰC CHO PHÁT TRIỂN GIÁO DỤC GIAI ĐOẠN 2020 - 2025\n"
        "Căn cứ Nghị quyết số 08/NQ-CP ngày 24 tháng 01 năm 2018 của Chính phủ;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời, đồng bộ.\n"
    ).data
    assert "35/NQ-CP" != data.get("number")


@pytest.mark.parametrize(
    "run_on",
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ",
        "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2020 của Ban Thường vụ Tỉnh ủy;",
    ],
)
def test_a_title_run_on_with_the_preamble_s_first_clause_ends_before_it(run_on: str) -> None:
    """A copy ran the basis on with the title: "... tỉnh Hà Giang Căn cứ Luật ...".

    The clause had been read as the title's last words, unflagged.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 3 tháng 4 năm 2020\n"
        "KẾ HOẠCH\nPhối hợp quản lý cụm công nghiệp\n"
        f"trên địa bàn tỉnh Hà Giang {run_on}\n"
        "Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời, đồng bộ.\n"
    )
    assert draft.data["title"] == ("Phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Hà Giang")


@pytest.mark.parametrize("page", ["Trang 2", "Trang 2/5", "- 2 -"])
def test_a_page_s_number_inside_a_title_is_no_part_of_it(page: str) -> None:
    """A title split over a page break, the page's number between its lines.

    "Trang 2" had been read as the title's words, unflagged.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 3 tháng 4 năm 2020\n"
        f"KẾ HOẠCH\nPhối hợp quản lý cụm công nghiệp\n\n{page}\n\n"
        "trên địa bàn tỉnh Hà Giang\n"
        "Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời, đồng bộ.\n"
    )
    assert draft.data["title"] == "Phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Hà Giang"


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [("BỘ TƯ PHÁP", "BỘ TRƯỞNG BỘ TƯ PHÁP"), ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", "ỦY BAN NHÂN DÂN")],
)
def test_a_title_run_on_with_the_deciding_body_s_line_ends_before_it(
    letterhead: str, body: str
) -> None:
    """A title in small letters run on with the deciding body in capitals: "... BỘ TRƯỞNG ...".

    The body's line had been read as the title's last words, unflagged.
    """
    draft = coordprog.import_text(
        f"{letterhead}\nSố: 12/2020/QĐ-BTP\nHà Nội, ngày 3 tháng 4 năm 2020\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế tiếp nhận thông tin\n"
        f"phục vụ công tác kiểm tra văn bản của Bộ Tư pháp {body}\n"
        "Căn cứ Nghị định số 93/2008/NĐ-CP ngày 22/8/2008 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận thông tin.\n"
    )
    assert draft.data["promulgation"]["title"] == (
        "Ban hành Quy chế tiếp nhận thông tin phục vụ công tác kiểm tra văn bản của Bộ Tư pháp"
    )


def test_a_report_s_title_run_on_with_its_first_heading_ends_before_it() -> None:
    """A report's first heading run on with its title ("... tối cao I. TRIỂN KHAI ...")."""
    draft = coordprog.import_text(
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 15/BC-VKSTC\nHà Nội, ngày 3 tháng 4 năm 2016\n"
        "BÁO CÁO\nSơ kết 01 năm thực hiện Quy chế phối hợp công tác\n"
        "với Viện kiểm sát nhân dân tối cao I. TRIỂN KHAI THỰC HIỆN QUY CHẾ\n"
        "1. Công tác phối hợp được triển khai kịp thời.\n"
    )
    assert draft.data["title"] == (
        "Sơ kết 01 năm thực hiện Quy chế phối hợp công tác với Viện kiểm sát nhân dân tối cao"
    )


@pytest.mark.parametrize(
    ("last", "read"),
    [
        ("GIAI ĐOẠN 2021 - 2025", "giai đoạn 2021 - 2025"),
        ("TRÊN ĐỊA BÀN TỈNH HÀ GIANG", "trên địa bàn tỉnh Hà Giang"),
    ],
)
def test_a_title_s_last_line_in_capitals_under_small_letters_is_the_title_s(
    last: str, read: str
) -> None:
    """A copy printed the title's period or area in capitals under its small letters.

    The line had been left out of the title, unflagged.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 3 tháng 4 năm 2021\n"
        f"KẾ HOẠCH\nPhối hợp quản lý cụm công nghiệp\n{last}\n"
        "Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời, đồng bộ.\n"
    )
    assert draft.data["title"] == f"Phối hợp quản lý cụm công nghiệp {read}"


def test_a_committee_s_place_in_capitals_on_a_title_s_last_line_is_the_title_s() -> None:
    """A committee's place in capitals under "... Chủ tịch Ủy ban nhân dân" is the title's.

    The line ("THÀNH PHỐ ĐÀ NẴNG NHIỆM KỲ ...") had been left out of the title, unflagged.
    """
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 729/QĐ-TTg\nHà Nội, ngày 3 tháng 4 năm 2026\n"
        "QUYẾT ĐỊNH\nPhê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân\n"
        "THÀNH PHỐ ĐÀ NẴNG NHIỆM KỲ 2026 - 2031\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê chuẩn kết quả bầu.\n"
    )
    assert draft.data["title"] == (
        "Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ "
        "2026 - 2031"
    )
    assert draft.data.get("province") is None


@pytest.mark.parametrize(
    "dated", ["Hà Nội, ngày    tháng    năm 2024", "Hà Nội, ngày      tháng      năm 2024"]
)
def test_a_letter_s_subject_stops_at_a_date_left_blank(dated: str) -> None:
    """A letter's subject ending on "số" does not run on into a place line left blank."""
    draft = coordprog.import_text(
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 512/BVHTTDL-TV\n"
        f"V/v hỗ trợ thư viện vùng đồng bào dân tộc thiểu số\n{dated}\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh\nBộ đề nghị các địa phương hỗ trợ thư viện.\n"
    )
    assert "V/v hỗ trợ thư viện vùng đồng bào dân tộc thiểu số" == draft.data["title"]


#: Two provinces' People's Committees' regulation, each body's letterhead and number on a row.
_TWO_PROVINCES = (
    "| ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | ỦY BAN NHÂN DÂN TỈNH CAO BẰNG "
    "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "| Số: 01/QCPH-UBND | Số: 14/QCPH-UBND | Độc lập - Tự do - Hạnh phúc |\n"
    "| | | Lạng Sơn, ngày 05 tháng 10 năm 2023 |\n{dates}\n"
    "QUY CHẾ PHỐI HỢP\nGiữa Ủy ban nhân dân tỉnh Lạng Sơn và Ủy ban nhân dân tỉnh Cao Bằng "
    "trong công tác quản lý biên giới\n\n"
    "Căn cứ Luật Biên giới quốc gia ngày 17 tháng 6 năm 2003;\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n"
)


def test_a_joint_opening_s_second_number_and_province_are_listed_to_check() -> None:
    """Each signing body's number and province beside the first's: the first read, flagged.

    Two provinces' committees print "Số: 01/QCPH-UBND" and "Số: 14/QCPH-UBND" on one row: the
    first was the document's number and its body's province the document's, the others
    left without a word.
    """
    draft = coordprog.import_text(_TWO_PROVINCES.format(dates=""))
    assert ("01/QCPH-UBND", "Lạng Sơn") == (draft.data["number"], draft.data["province"])
    assert any("14/QCPH-UBND" in item["text"] for item in _flagged(draft, "number"))
    assert any("Cao Bằng" in item["reason"] for item in _flagged(draft, "province"))


def test_a_joint_opening_s_second_place_and_date_is_listed_to_check() -> None:
    """A second place-and-date line, another body's, flags the date read from the first."""
    draft = coordprog.import_text(
        _TWO_PROVINCES.format(dates="| | | Cao Bằng, ngày 09 tháng 10 năm 2023 |")
    )
    assert "2023-10-05" == str(draft.data["signed_on"])
    assert any("Cao Bằng, ngày 09" in item["text"] for item in _flagged(draft, "signed_on"))


_JOINT_PLAN = (
    "SỞ TƯ PHÁP TỈNH NAM ĐỊNH\nHỘI NÔNG DÂN TỈNH NAM ĐỊNH\n{numbers}\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Nam Định, ngày 12 tháng 3 năm 2019\nKẾ HOẠCH\n"
    "Phối hợp phổ biến, giáo dục pháp luật cho hội viên nông dân năm 2019\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức pháp luật.\n"
)


@pytest.mark.parametrize(
    "numbers",
    ["Số: 15/KH-STP          Số: 08/KH-HND", "Số: 15/KH-STP\nSố: 08/KH-HND"],
)
def test_a_joint_opening_with_each_body_s_number_flags_the_number(numbers: str) -> None:
    """Two bodies' numbers side by side: the first is kept, the other shown to check."""
    draft = coordprog.import_text(_JOINT_PLAN.format(numbers=numbers))
    assert "15/KH-STP" == draft.data["number"]
    flagged = [item for item in draft.data["to_complete"] if item["path"] == "number"]
    assert len(flagged) == 1
    assert "08/KH-HND" in flagged[0]["text"]


def test_a_number_printed_twice_is_not_flagged() -> None:
    """The same number on two lines (a page's copy repeating it) is one number."""
    draft = coordprog.import_text(_JOINT_PLAN.format(numbers="Số: 15/KH-STP\nSố: 15/KH-STP"))
    assert "15/KH-STP" == draft.data["number"]
    assert not [item for item in draft.data["to_complete"] if item["path"] == "number"]


_SIGNED_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSỞ TƯ PHÁP\nSố: 15/KH-STP\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date_line}"
    "KẾ HOẠCH\nPhối hợp phổ biến, giáo dục pháp luật năm 2019\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức pháp luật.\n"
    "II. NỘI DUNG\n1. Tổ chức tuyên truyền pháp luật.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"
    "Thời gian ký: 2019-03-15T09:12:33+07:00\n"
)


def test_a_digital_signature_s_time_gives_way_to_the_date_line() -> None:
    """A PDF's signature stamped days after the date printed: the printed date is the text's."""
    draft = coordprog.import_text(
        _SIGNED_PLAN.format(date_line="Nam Định, ngày 12 tháng 3 năm 2019\n")
    )
    assert "2019-03-12" == str(draft.data["signed_on"])
    assert not [item for item in draft.data["to_complete"] if item["path"] == "signed_on"]


def test_a_digital_signature_s_time_without_a_date_line_is_flagged() -> None:
    """A copy that lost its date line takes the signature's day, to check."""
    draft = coordprog.import_text(_SIGNED_PLAN.format(date_line=""))
    assert "2019-03-15" == str(draft.data["signed_on"])
    assert [item for item in draft.data["to_complete"] if item["path"] == "signed_on"]


_UNDATED_PLAN = (
    "{lead}ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSỞ TƯ PHÁP\nSố: 15/KH-STP\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date_line}"
    "KẾ HOẠCH\nPhối hợp phổ biến, giáo dục pháp luật năm 2019\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức pháp luật.\n"
)


@pytest.mark.parametrize(
    ("lead", "date_line"),
    [
        (
            "Thực hiện Kế hoạch số 20/KH-UBND ngày 01 tháng 02 năm 2019 của UBND tỉnh, "
            "Sở Tư pháp ban hành kế hoạch như sau\n",
            "",
        ),
        ("", "(Thay thế Kế hoạch số 10/KH-STP ngày 01 tháng 02 năm 2019)\n"),
        ("Cập nhật ngày 01 tháng 02 năm 2019\n", ""),
    ],
)
def test_a_date_read_from_a_sentence_without_a_date_line_is_flagged(
    lead: str, date_line: str
) -> None:
    """A copy without its date line: the first date is a news lead's or a note's, to check."""
    draft = coordprog.import_text(_UNDATED_PLAN.format(lead=lead, date_line=date_line))
    assert "2019-02-01" == str(draft.data.get("signed_on"))
    assert [item for item in draft.data["to_complete"] if item["path"] == "signed_on"]


@pytest.mark.parametrize(
    "date_line", ["Ngày 12 tháng 3 năm 2019\n", "Kế hoạch số 15/KH-STP ngày 12 tháng 3 năm 2019\n"]
)
def test_a_date_alone_or_with_the_document_s_number_is_not_flagged(date_line: str) -> None:
    """A date line that lost its place, or a page's record of the number and date, is read."""
    draft = coordprog.import_text(_UNDATED_PLAN.format(lead="", date_line=date_line))
    assert "2019-03-12" == str(draft.data["signed_on"])
    assert not [item for item in draft.data["to_complete"] if item["path"] == "signed_on"]


@pytest.mark.parametrize(
    "stamp", ["Thứ Tư ngày 20 tháng 3 năm 2019", "Cập Nhật ngày 20 tháng 3 năm 2019"]
)
def test_a_page_s_day_in_capitals_above_the_letterhead_is_no_place(stamp: str) -> None:
    """A page's "Thứ Tư ngày ..." over the letterhead names no place: the date line's is read."""
    draft = coordprog.import_text(
        _UNDATED_PLAN.format(lead=f"{stamp}\n", date_line="Nam Định, ngày 12 tháng 3 năm 2019\n")
    )
    assert "Nam Định" == draft.data["place"]
    assert "2019-03-12" == str(draft.data["signed_on"])


def test_a_second_place_and_date_line_of_another_day_flags_the_date() -> None:
    """A page's own date line above the letterhead: the first is read, the other shown."""
    draft = coordprog.import_text(
        _UNDATED_PLAN.format(
            lead="Hà Nội, ngày 20 tháng 3 năm 2019\n",
            date_line="Nam Định, ngày 12 tháng 3 năm 2019\n",
        )
    )
    flagged = [item for item in draft.data["to_complete"] if item["path"] == "signed_on"]
    assert len(flagged) == 1
    assert "Nam Định, ngày 12 tháng 3 năm 2019" in flagged[0]["text"]


def test_a_date_line_the_program_reader_misses_still_wins_over_a_signature_s_time() -> None:
    """A date line printed without its comma beside the motto, read by the opening alone."""
    draft = coordprog.import_text(
        _SIGNED_PLAN.format(date_line="").replace(
            "Độc lập - Tự do - Hạnh phúc\n",
            "Độc lập - Tự do - Hạnh phúc\nNam Định ngày 12 tháng 3 năm 2019\n",
        )
    )
    assert "2019-03-12" == str(draft.data["signed_on"])


@pytest.mark.parametrize(
    ("under", "flagged"),
    [
        ("(Giai đoạn 2024 - 2026)", True),
        ("(Sửa đổi, bổ sung)", True),
        ("(Lần thứ 2)", True),
        ("(Kèm theo Quyết định số 12/QĐ-UBND ngày 5/9/2023)", False),
    ],
)
def test_a_title_s_period_in_brackets_under_it_is_listed_to_check(
    under: str, flagged: bool
) -> None:
    """A period, year, round or edition in brackets under a title may be the title's own.

    "(Giai đoạn 2024 - 2026)" under a plan's title had been left out of it without a word;
    the title ends before it, as most transcriptions keep it, and may go on: to check. A
    note that names the act a text goes with is no part of the title.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhú Yên, ngày 10 tháng 9 năm 2023\n\nKẾ HOẠCH\n"
        f"Phối hợp tuyên truyền pháp luật trên địa bàn tỉnh\n{under}\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "1. Mục đích.\n"
    )
    assert "Phối hợp tuyên truyền pháp luật trên địa bàn tỉnh" == draft.data["title"]
    assert flagged == any(under in item["text"] for item in _flagged(draft, "title"))


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("HỖ TRỢ 62 HUYỆN NGHÈO", "Hỗ trợ 62 huyện nghèo"),
        ("HỖ TRỢ CÁC XÃ NGHÈO", "Hỗ trợ các xã nghèo"),
        ("PHÁT TRIỂN DU LỊCH 8 TỈNH TÂY NGUYÊN", "Phát triển du lịch 8 tỉnh Tây Nguyên"),
    ],
    ids=["counted", "plural", "a-region-named"],
)
def test_a_counted_or_plural_unit_in_a_title_in_capitals_names_no_place(
    printed: str, expected: str
) -> None:
    """Units counted or plural ("62 HUYỆN NGHÈO"): the one word after them is no place's name."""
    draft = coordprog.import_text(
        PLAN_HEAD + printed + " TRÊN ĐỊA BÀN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert f"{expected} trên địa bàn tỉnh Quảng Nam" == draft.data["title"]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("TĂNG CƯỜNG CÔNG TÁC THANH TRA, KIỂM TRA", "Tăng cường công tác thanh tra, kiểm tra"),
        (
            "PHỐI HỢP GIỮA THANH TRA TỈNH VÀ CÔNG AN TỈNH",
            "Phối hợp giữa Thanh tra tỉnh và Công an tỉnh",
        ),
    ],
    ids=["the-work", "the-inspectorate"],
)
def test_inspection_in_a_list_of_works_in_a_title_in_capitals_is_no_body(
    printed: str, expected: str
) -> None:
    """Inspection among works ("CÔNG TÁC THANH TRA, KIỂM TRA") is no body; "THANH TRA TỈNH" is."""
    draft = coordprog.import_text(
        PLAN_HEAD + printed + " TRÊN ĐỊA BÀN TỈNH QUẢNG NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert f"{expected} trên địa bàn tỉnh Quảng Nam" == draft.data["title"]


@pytest.mark.parametrize(
    "line", ["CĂN CỨ LUẬT THỦY SẢN NGÀY 21/11/2017", "A- MỤC ĐÍCH, YÊU CẦU", "MỞ ĐẦU"]
)
def test_a_clause_or_heading_in_capitals_under_a_title_is_not_the_title_s(line: str) -> None:
    """A preamble's clause or a heading printed in capitals under a title in small letters.

    A title's last line in capitals is read as the title's; these open the text instead.
    """
    draft = coordprog.import_text(
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 812/KH-BNNMT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 14 tháng 3 năm 2026\n\nKẾ HOẠCH\n\n"
        f"Phối hợp kiểm tra hoạt động khai thác thủy sản\n{line}\n"
        "Bảo đảm phối hợp giữa các đơn vị.\n1. Mục đích.\n"
    )
    assert "Phối hợp kiểm tra hoạt động khai thác thủy sản" == draft.data["title"]
    assert not _flagged(draft, "title")
