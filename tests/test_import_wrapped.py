"""Importing copies whose lines were broken at a page's width, as a PDF's text breaks them.

A line broken inside a place, an issuer's two posts, a notice's heading or a signer's name
reads as the unbroken text does (issue 22; the development set rewritten by
``benchmarks/import_variants.py wrapped`` showed each).
"""

import coordprog

PLAN_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 26/KH-UBND\n"
PLAN_BODY = (
    "KẾ HOẠCH\nPhối hợp bảo vệ di sản năm 2016\nCăn cứ Luật Di sản văn hóa ngày 29/6/2001;\n"
    "I. MỤC ĐÍCH\n1. Bảo vệ di sản.\n"
)


def test_a_place_broken_after_the_motto_s_rule_keeps_its_first_word() -> None:
    """Printed "... Hạnh phúc ------ Ninh" / "Bình, ngày ...": the place is "Ninh Bình"."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH ------- Số: 26/2015/KH-UBND | CỘNG HÒA XÃ\n"
        "HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Ninh\n"
        "Bình, ngày 24 tháng 08 năm 2015 |\n" + PLAN_BODY
    )
    assert draft.data["place"] == "Ninh Bình"
    assert draft.data["signed_on"].isoformat() == "2015-08-24"


def test_a_province_broken_over_lines_without_its_comma_is_read_whole() -> None:
    """Printed "Thừa" / "Thiên Huế ngày ...": the province's name, not its last two words."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 24/KH-UBND\nThừa\n"
        "Thiên Huế ngày 23 tháng 01 năm 2021\n" + PLAN_BODY
    )
    assert draft.data["place"] == "Thừa Thiên Huế"


def test_a_place_without_its_comma_after_a_word_of_no_province_stays_as_printed() -> None:
    """A word on the line before that makes no province with the place is not taken."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 24/KH-UBND\nPhú\n"
        "Tân Phú ngày 23 tháng 01 năm 2021\n" + PLAN_BODY
    )
    assert draft.data["place"] == "Tân Phú"


def test_an_issuer_s_second_post_on_the_next_line_stays_with_the_first() -> None:
    """Printed "của Bộ trưởng," / "Chủ nhiệm ban hành ...": one official's two posts, one issuer."""
    draft = coordprog.import_text(
        "ỦY BAN DÂN TỘC\nSố: 12/QĐ-UBDT\nHà Nội, ngày 3 tháng 4 năm 2014\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế làm việc\n"
        "Căn cứ Quyết định số 242/QĐ-VPCP ngày 22 tháng 3 năm 2012 của Bộ trưởng,\n"
        "Chủ nhiệm ban hành Quy chế làm việc của Văn phòng Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    )
    (act,) = draft.data["legal_refs"]
    assert act["issuer"] == "Bộ trưởng, Chủ nhiệm"
    assert act["title"] == "ban hành Quy chế làm việc của Văn phòng Chính phủ"


def test_a_signer_s_name_broken_before_its_last_syllable_is_read_whole() -> None:
    """Printed "PHÓ CHỦ TỊCH     Nguyễn Sỹ" / "Hiệp |": a table cell wrapped at its width."""
    draft = coordprog.import_text(
        PLAN_HEAD
        + "Ninh Bình, ngày 24 tháng 08 năm 2015\n"
        + PLAN_BODY
        + "| Nơi nhận: - Bộ Văn hóa; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH     Nguyễn Sỹ\n"
        "Hiệp |\n"
    )
    (signer,) = draft.data["signatories"]
    assert (signer["name"], signer["title"]) == ("Nguyễn Sỹ Hiệp", "PHÓ CHỦ TỊCH")


def test_a_signer_s_name_of_three_syllables_takes_no_word_after_it() -> None:
    """A whole name is not lengthened by a capitalised word on the next line."""
    draft = coordprog.import_text(
        PLAN_HEAD
        + "Ninh Bình, ngày 24 tháng 08 năm 2015\n"
        + PLAN_BODY
        + "Nơi nhận:\n- Bộ Văn hóa;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTống Quang Thìn\n"
        "Hiệp\n"
    )
    (signer,) = draft.data["signatories"]
    assert signer["name"] == "Tống Quang Thìn"


NOTICE_TAIL = (
    "Chiều ngày 14 tháng 5 năm 2021, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Vũ Đức Đam "
    "đã chủ trì cuộc họp Thường trực Ban chỉ đạo phòng, chống dịch Covid-19. Sau khi nghe báo cáo "
    "của Bộ Y tế, Phó Thủ tướng kết luận như sau:\n1. Các bộ, ngành tiếp tục thực hiện nghiêm các "
    "biện pháp phòng, chống dịch.\n"
)


def test_a_notice_s_heading_broken_in_small_letters_goes_on_over_the_next_line() -> None:
    """Printed "... Trưởng Ban Chỉ đạo Quốc" / "gia tại cuộc họp ...": one heading, one title."""
    draft = coordprog.import_text(
        "Thông báo kết luận của Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo Quốc\n"
        "gia tại cuộc họp Thường trực Ban chỉ đạo phòng, chống dịch Covid-19\n|\n" + NOTICE_TAIL
    )
    assert draft.data["title"] == (
        "Thông báo kết luận của Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo Quốc gia tại cuộc "
        "họp Thường trực Ban chỉ đạo phòng, chống dịch Covid-19"
    )


def test_a_heading_broken_after_a_year_s_word_takes_the_year() -> None:
    """Printed "... nông thôn năm" / "2022 và triển khai ...": the heading does not end on "năm"."""
    draft = coordprog.import_text(
        "Thông tin chỉ đạo điều hành\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh Hồ Quang Bửu tại Hội nghị đánh giá\n"
        "kết quả thực hiện Kế hoạch phát triển ngành nông nghiệp, nông thôn năm\n"
        "2022 và triển khai Kế hoạch năm 2023\n"
        "Ngày 22/11/2022, tại UBND tỉnh, Phó Chủ tịch UBND tỉnh Hồ Quang Bửu đã chủ trì Hội nghị "
        "tổng kết, đánh giá kết quả thực hiện Kế hoạch phát triển ngành nông nghiệp năm 2022. "
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Sở Nông nghiệp tiếp tục chỉ đạo sản xuất.\n"
    )
    assert draft.data["title"].endswith("nông thôn năm 2022 và triển khai Kế hoạch năm 2023")
    assert draft.data["meetings"][0]["title"].endswith("năm 2022 và triển khai Kế hoạch năm 2023")


def test_a_heading_s_short_tail_before_the_page_s_time_is_the_heading_s() -> None:
    """Printed "... phòng chống dịch" / "Covid-19" / "12:08, 28/08/2021": the tail, not the time."""
    draft = coordprog.import_text(
        "Kết luận của Chủ tịch UBND tỉnh về cuộc họp chỉ đạo phòng chống dịch\nCovid-19\n\n"
        "12:08, 28/08/2021\n\n(Baoquangngai.vn)- Chiều 27/8, UBND tỉnh đã tổ chức cuộc họp để "
        "nghe Ban chỉ đạo phòng chống dịch Covid-19 của tỉnh báo cáo tình hình. Chủ tịch UBND tỉnh "
        "kết luận:\n1. Các sở, ngành tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch.\n"
    )
    assert draft.data["title"] == (
        "Kết luận của Chủ tịch UBND tỉnh về cuộc họp chỉ đạo phòng chống dịch Covid-19"
    )


def test_a_short_heading_takes_no_line_after_it() -> None:
    """A heading that was never broken (shorter than a page's width) ends on its line."""
    draft = coordprog.import_text(
        "Kết luận của Chủ tịch UBND tỉnh về cuộc họp phòng dịch\nCovid-19\n\n"
        "12:08, 28/08/2021\n\nChiều 27/8, UBND tỉnh đã tổ chức cuộc họp để nghe báo cáo tình hình. "
        "Chủ tịch UBND tỉnh kết luận:\n1. Các sở, ngành tiếp tục thực hiện nghiêm các biện pháp.\n"
    )
    assert draft.data["title"] == "Kết luận của Chủ tịch UBND tỉnh về cuộc họp phòng dịch"


def test_a_sentence_opening_with_nham_under_a_title_is_the_body_s() -> None:
    """Printed "Nhằm tiếp tục thực hiện ..." under a title: the body starts, the title ends."""
    draft = coordprog.import_text(
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nSố: 552/CTPH-TLĐ\nHà Nội, ngày 10 tháng 4 năm 2012\n"
        "CHƯƠNG TRÌNH PHỐI HỢP\nTổ chức các hoạt động trong nữ công nhân lao động giai đoạn "
        "2012 - 2017\nNhằm tiếp tục thực hiện có hiệu quả Nghị quyết số 20-NQ/TW của Ban\n"
        "Chấp hành Trung ương Đảng về xây dựng giai cấp công nhân, hai bên thống nhất như sau:\n"
        "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
    )
    assert draft.data["title"] == (
        "Tổ chức các hoạt động trong nữ công nhân lao động giai đoạn 2012 - 2017"
    )
    (act,) = draft.data["legal_refs"]
    assert act["issuer"] == "Ban Chấp hành Trung ương Đảng"


def test_a_notice_s_first_sentence_broken_under_its_title_flags_the_title() -> None:
    """A first sentence broken at a page's width right under the title: the title flagged.

    "Nhân dịp Hội nghị ... lần thứ" / "XI, nhiệm kỳ 2026 - 2031. Ủy ban ...": the second
    line ends the title, the first may be the sentence's; it had been the title's last
    line without a word.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH AN TƯỜNG\nSố: 45/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Tường, ngày 10 tháng 5 năm 2026\n\nTHÔNG BÁO\n"
        "Về việc treo cờ Tổ quốc\n"
        "Nhân dịp Hội nghị đại biểu các dân tộc thiểu số tỉnh An Tường lần thứ\n"
        "XI, nhiệm kỳ 2026 - 2031. Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị\n"
        "treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.\n"
    )
    assert any(
        item["path"] == "title" and item["text"].startswith("Nhân dịp Hội nghị")
        for item in draft.data["to_complete"]
    )
