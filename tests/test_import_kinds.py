"""Importing kinds of text the importer was not written from, without inventing facts.

The Party's own texts (a guidance, regulations under the Central Committee's letterhead), a
provincial letter (*công văn*) with its subject line, addressees and recipients, and acts cited
as real copies cite them (issue 22, the development documents added in the fifth round).
"""

import datetime as dt
import json
from typing import Any

import pytest

import coordprog

from .import_texts import LISTED_TOGETHER

PARTY_HEAD = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\n--------\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n"
    "Số: 66-QĐ/TW\nHà Nội, ngày 06 tháng 02 năm 2017\n"
)

LETTER = (
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n"
    "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\n"
    "V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên "
    "nhiên thế giới\n\nKính gửi:\n\n- Giám đốc Sở Văn hóa, Thể thao và Du lịch;\n\n"
    "- Chủ tịch UBND huyện, thị xã, thành phố.\n\n"
    "Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND "
    "tỉnh Quảng Ninh V/v tiếp tục phối hợp tuyên truyền, Chủ tịch UBND tỉnh có ý kiến như sau:\n\n"
    "Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch tiếp tục tuyên truyền./.\n\n"
    "Nơi nhận:\n\n- Như trên;\n\n- VP. Tỉnh ủy;\n\n- Lưu: VT, NCTH.HH\n\n"
    "d:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long\n\n"
    "- Tệp đính kèm ghi trên đĩa\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nTrần Thành Lập\n"
)


def _refs(draft: coordprog.Draft) -> dict[str, dict[str, Any]]:
    return {ref["id"]: ref for ref in draft.data.get("legal_refs", [])}


class TestPartyTexts:
    def test_a_basis_listed_with_dashes_ends_the_title(self) -> None:
        """A basis line "- Căn cứ ..." under a title starts the body: the act is a basis."""
        draft = coordprog.import_text(
            PARTY_HEAD + "QUY CHẾ\nQuản lý và cung cấp thông tin trên Cổng thông tin điện tử\n"
            "____\n- Căn cứ Điều lệ Đảng;\n"
            "- Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 năm 2023;\n"
            "- Xét đề nghị của Văn phòng Trung ương Đảng,\n"
            "Ban Bí thư ban hành Quy chế quản lý và cung cấp thông tin.\n"
        )
        program = coordprog.from_data(draft.data, "toml")
        assert "Quy chế quản lý và cung cấp thông tin trên Cổng thông tin điện tử" == program.title
        refs = _refs(draft)
        basis = {refs[ref].get("title") for ref in draft.data["basis"]}
        assert {"Điều lệ Đảng", "Luật Giao dịch điện tử"} == basis

    def test_a_part_over_articles_is_their_chapter(self) -> None:
        """A part "I- QUY ĐỊNH CHUNG" over "Điều 1." holds the articles; "1-" starts a clause."""
        draft = coordprog.import_text(
            PARTY_HEAD + "QUY ĐỊNH\nVỀ THỂ LOẠI VĂN BẢN CỦA ĐẢNG\n- Căn cứ Điều lệ Đảng;\n"
            "Ban Bí thư quy định như sau:\nI- QUY ĐỊNH CHUNG\n"
            "Điều 1. Văn bản và hệ thống văn bản\n1- Văn bản của Đảng là loại hình tài liệu.\n"
            "2- Hệ thống văn bản của Đảng gồm các loại văn bản.\nĐiều 2. Ban hành văn bản\n"
            "Các cấp ủy ban hành văn bản.\n"
        )
        program = coordprog.from_data(draft.data, "toml")
        assert [("I", "QUY ĐỊNH CHUNG")] == [(c.number, c.title) for c in program.chapters]
        assert [("1", "Văn bản và hệ thống văn bản"), ("2", "Ban hành văn bản")] == [
            (a["number"], a.get("caption")) for a in draft.data["chapters"][0]["articles"]
        ]

    def test_a_heading_the_copy_stops_in_is_listed_to_check(self) -> None:
        """A copy that stops in "Điều 1. Phạm" keeps no caption; a whole one is kept, flagged."""
        head = (
            PARTY_HEAD + "QUY ĐỊNH\nVỀ THỂ LOẠI VĂN BẢN CỦA ĐẢNG\nBan Bí thư quy định như sau:\n"
            "Chương I\nQUY ĐỊNH CHUNG\n"
        )
        cut = coordprog.import_text(head + "Điều 1. Phạm")
        assert [{"number": "1"}] == [
            {k: v for k, v in a.items() if k in ("number", "caption")}
            for a in cut.data["chapters"][0]["articles"]
        ]
        assert "chapters[0].articles[0]" in [item["path"] for item in cut.data["to_complete"]]
        whole = coordprog.import_text(
            head + "Điều 1. Văn bản\nVăn bản của Đảng là tài liệu.\nĐiều 2. Ban hành văn bản"
        )
        articles = whole.data["chapters"][0]["articles"]
        assert ["Văn bản", "Ban hành văn bản"] == [a.get("caption") for a in articles]
        flagged = [item["path"] for item in whole.data["to_complete"]]
        assert "chapters[0].articles[1].caption" in flagged
        assert "chapters[0].articles[0].caption" not in flagged

    def test_the_title_is_what_the_type_line_heads(self) -> None:
        """Under "QUY ĐỊNH" the title is "Về ..." (trích yếu); the name joins the kind to it."""
        draft = coordprog.import_text(
            PARTY_HEAD + "QUY ĐỊNH\nVỀ THỂ LOẠI VĂN BẢN CỦA ĐẢNG\n- Căn cứ Điều lệ Đảng;\n"
            "Điều 1. Văn bản\nVăn bản của Đảng là tài liệu.\n"
        )
        assert "Về thể loại văn bản của Đảng" == draft.data["title"]
        program = coordprog.from_data(draft.data)
        assert "Quy định về thể loại văn bản của Đảng" == program.heading

    def test_a_type_line_the_number_contradicts_is_joined_to_the_title(self) -> None:
        """Under "Số: 12/2025/TT-..." a line "QUY ĐỊNH ..." is the title's first words, flagged."""
        draft = coordprog.import_text(
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 12/2025/TT-BNNMT\nHà Nội, ngày 02 tháng 6 năm 2025\n"
            "QUY ĐỊNH\nPHÂN CẤP TRONG LĨNH VỰC TRỒNG TRỌT\nCăn cứ Luật Tổ chức Chính phủ;\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc phân cấp.\n"
        )
        assert "Quy định phân cấp trong lĩnh vực trồng trọt" == draft.data["title"]
        assert ["QUY ĐỊNH / PHÂN CẤP TRONG LĨNH VỰC TRỒNG TRỌT"] == [
            item["text"] for item in draft.data["to_complete"] if item["path"] == "title"
        ]

    def test_a_party_regulation_numbered_qd_is_not_flagged_for_its_symbol(self) -> None:
        """The Party numbers its regulations "-QĐ/TW": the symbol agrees with "QUY ĐỊNH"."""
        draft = coordprog.import_text(
            PARTY_HEAD + "QUY ĐỊNH\nVỀ THỂ LOẠI VĂN BẢN CỦA ĐẢNG\n- Căn cứ Điều lệ Đảng;\n"
            "Điều 1. Văn bản\nVăn bản của Đảng là tài liệu.\n"
        )
        assert [] == [item for item in draft.data["to_complete"] if item["path"] == "kind"]

    def test_a_guidance_in_articles_keeps_its_kind_and_its_whole_title(self) -> None:
        """A HƯỚNG DẪN written in articles is a guidance; a title line ending "kèm theo" goes on."""
        draft = coordprog.import_text(
            "BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\n*\n"
            "Hà Nội, ngày 04 tháng 03 năm 2013\nVĂN PHÒNG\nSố: 21-HD/VPTW\n\nHƯỚNG DẪN\n"
            "một số điểm Quy định cụ thể ban hành kèm theo\n"
            "Quyết định số 99-QĐ/TW ngày 30-5-2012 của Ban Bí thư Trung ương Đảng về chế độ chi "
            "hoạt động công tác đảng của tổ chức cơ sở đảng ở trong nước\n-----------\n"
            "- Căn cứ Quyết định số 99-QĐ/TW ngày 30-5-2012 của Ban Bí thư Trung ương Đảng;\n"
            "Điều 1. Đối tượng áp dụng\nKhoản 1. Được chi.\n"
        )
        expected = (
            "guidance",
            "Hà Nội",
            "Một số điểm Quy định cụ thể ban hành kèm theo Quyết định số 99-QĐ/TW ngày "
            "30-5-2012 của Ban Bí thư Trung ương Đảng về chế độ chi hoạt động công tác đảng của "
            "tổ chức cơ sở đảng ở trong nước",
        )
        assert expected == (draft.data["kind"], draft.data["place"], draft.data["title"])


class TestLetters:
    def test_a_letter_s_subject_line_is_its_title(self) -> None:
        """A text with no type line and a "V/v ..." subject under its number is a letter."""
        draft = coordprog.import_text(LETTER)
        assert ("official-letter", dt.date(2011, 4, 6)) == (
            draft.data["kind"],
            draft.data["signed_on"],
        )
        assert draft.data["title"] == (
            "V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan "
            "thiên nhiên thế giới"
        )

    def test_recipients_are_the_lines_under_noi_nhan_up_to_the_file_copy(self) -> None:
        """Addressees ("Kính gửi") are no recipients, and nothing after "Lưu: ..." is one."""
        draft = coordprog.import_text(LETTER)
        assert ["Như trên;", "VP. Tỉnh ủy;", "Lưu: VT, NCTH.HH"] == draft.data["recipients"]

    def test_the_letter_is_signed_below_its_recipients(self) -> None:
        """The signature after the recipients and a file's path is read whole."""
        draft = coordprog.import_text(LETTER)
        [signatory] = draft.data["signatories"]
        assert ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thành Lập") == (
            signatory["authority"],
            signatory["title"],
            signatory["name"],
        )

    def test_a_subject_line_ends_the_issuer_of_an_act(self) -> None:
        """In "... của UBND tỉnh Quảng Ninh V/v ..." the subject is not the issuer's name."""
        draft = coordprog.import_text(LETTER)
        assert "UBND tỉnh Quảng Ninh" == _refs(draft)["847/UBND-VX1"]["issuer"]

    #: A ministry's letter whose copy lost its subject line, in a table's rows.
    ADDRESSED = (
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 4330/BNN-KTHT | Hà Nội, ngày 26 tháng 6 năm 2020 |\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
        "Để tổng kết, đánh giá việc thực hiện Đề án 1956, Bộ đề nghị Ủy ban nhân dân các tỉnh:\n"
        "- Về hình thức tổ chức tổng kết: lựa chọn hình thức tổ chức tổng kết trực tuyến.\n"
    )

    def test_an_addressed_text_without_subject_line_is_a_letter(self) -> None:
        """A copy that lost its "V/v ..." line is a letter by its addressee line "Kính gửi"."""
        draft = coordprog.import_text(self.ADDRESSED)
        assert "official-letter" == draft.data["kind"]

    def test_the_reviews_a_letter_asks_for_are_no_schedule_of_its_own(self) -> None:
        """A letter asking bodies to hold a final review ("tổ chức tổng kết") sets no schedule."""
        draft = coordprog.import_text(self.ADDRESSED)
        assert "schedule" not in draft.data

    def test_the_addressee_s_standing_board_is_not_the_issuer_s_organ(self) -> None:
        """The board after "Kính gửi: - Ban Thường vụ ..." is whom the letter is sent to."""
        draft = coordprog.import_text(
            "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH\nSố: 730/LĐLĐ\n"
            "V/v bổ sung đối tượng chăm lo Tết\nTP. Hồ Chí Minh, ngày 03 tháng 11 năm 2020\n"
            "Kính gửi: - Ban Thường vụ Liên đoàn Lao động 24 Quận, Huyện;\n"
            "Liên đoàn Lao động Thành phố đề nghị Công đoàn cấp trên cơ sở triển khai./.\n"
        )
        assert [None] == [p.get("issuing_organ") for p in draft.data["parties"]]


class TestAddressees:
    def test_a_list_of_addressees_is_read_one_by_one_without_dashes(self) -> None:
        """A "Kính gửi:" line over dashed lines: each body, without its dash and closing mark."""
        draft = coordprog.import_text(LETTER)
        assert [
            "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
            "Chủ tịch UBND huyện, thị xã, thành phố",
        ] == draft.data["addressees"]

    @pytest.mark.parametrize(
        ("written", "addressees"),
        [
            ("Kính gửi: Bộ Công Thương.\n", ["Bộ Công Thương"]),
            (
                "Kính gửi: - Ban Thường vụ Liên đoàn Lao động 24 Quận,\nHuyện;\n",
                ["Ban Thường vụ Liên đoàn Lao động 24 Quận, Huyện"],
            ),
            (
                "Kính gửi:\n- Các bộ, cơ quan ngang bộ,\ncơ quan thuộc Chính phủ;\n"
                "- Ủy ban nhân dân tỉnh Đồng Nai.\n",
                [
                    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                    "Ủy ban nhân dân tỉnh Đồng Nai",
                ],
            ),
            ("| Kính gửi: Ủy ban nhân dân các tỉnh |\n", ["Ủy ban nhân dân các tỉnh"]),
            ("Kính gửi:\nSở Nội vụ tỉnh Lâm Đồng\n", ["Sở Nội vụ tỉnh Lâm Đồng"]),
            ("Kính gửi: Sở Nội vụ; Sở Tài chính.\n", ["Sở Nội vụ", "Sở Tài chính"]),
            ("Kính gửi: Sở Nội vụ;\nSở Tài chính.\n", ["Sở Nội vụ", "Sở Tài chính"]),
            (
                "Kính gửi:\n- Ủy ban nhân dân các huyện\nĐà Lạt và Bảo Lộc;\n- Sở Tư pháp.\n",
                ["Ủy ban nhân dân các huyện Đà Lạt và Bảo Lộc", "Sở Tư pháp"],
            ),
            (
                "Kính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n- Thực hiện Công văn số 12/BDT;\n",
                ["Sở Nội vụ", "Sở Tài chính"],
            ),
            ("Kính gửi: Sở Nội vụ.\nđể triển khai, Bộ đề nghị:\n", ["Sở Nội vụ"]),
        ],
    )
    def test_one_addressee_or_a_list_broken_over_lines(
        self, written: str, addressees: list[str]
    ) -> None:
        """A line broken after a comma goes on; the text's first sentence is no addressee."""
        draft = coordprog.import_text(
            "BỘ TÀI CHÍNH\nSố: 5452/BTC-CST\nHà Nội, ngày 10 tháng 9 năm 2018\n"
            "V/v vướng mắc về khu vực hải quan riêng\n"
            f"{written}Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014, Bộ Tài chính đề nghị:\n"
            "- Các đơn vị rà soát./.\n"
        )
        assert addressees == draft.data["addressees"]

    def test_a_subject_printed_under_the_addressees_is_the_title(self) -> None:
        """A web copy that prints "V/v ..." under "Kính gửi" gives the letter its title."""
        data = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 1234/UBND-VX\nLâm Đồng, ngày 10 tháng 3 năm 2023\n"
            "Kính gửi: Sở Nội vụ\nV/v triển khai Chương trình phối hợp\n"
            "Thực hiện Chương trình phối hợp số 01/CTrPH-BDT-HND ngày 15/01/2023, Ủy ban nhân dân "
            "tỉnh đề nghị các cơ quan triển khai./.\n"
        ).data
        assert "V/v triển khai Chương trình phối hợp" == data["title"]
        assert data["preamble"].startswith("Thực hiện Chương trình phối hợp số 01")

    def test_an_addressee_left_as_dots_in_a_form_is_none(self) -> None:
        """A form's "Kính gửi: ………" names nobody: the draft holds no addressee."""
        draft = coordprog.import_text(
            "ỦY BAN DÂN TỘC\nSố: 456/UBDT-DTTS\nHà Nội, ngày 5 tháng 5 năm 2021\n"
            "V/v sơ kết Đề án\nKính gửi: …………………………..……………………..\n"
            "Căn cứ Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của Thủ tướng Chính phủ, "
            "Ủy ban Dân tộc đề nghị các địa phương báo cáo sơ kết./.\n"
        )
        assert "addressees" not in draft.data

    def test_a_letter_s_addressees_are_printed_under_its_subject(self) -> None:
        """The program report prints "Kính gửi" before the letter's text, and the draft loads."""
        draft = coordprog.import_text(LETTER)
        data = {k: v for k, v in draft.data.items() if k != "to_complete"}
        program = coordprog.from_data(data, "toml")
        text = coordprog.render(program, "program", "text")
        said = "Kính gửi: Giám đốc Sở Văn hóa, Thể thao và Du lịch; Chủ tịch UBND huyện"
        assert said in text
        assert text.index(said) < text.index("Ủy ban nhân dân tỉnh nhận được")
        assert 1 == text.count("Kính gửi")  # the letter's text, its preamble, starts after it


class TestRecipients:
    def test_a_list_cut_by_the_end_of_the_copy_keeps_what_it_printed(self) -> None:
        """A last dash with nothing after it is no recipient."""
        draft = coordprog.import_text(
            "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 719/QĐ-TTg\n"
            "Hà Nội, ngày 15 tháng 06 năm 2012\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH TỔ CHỨC KỶ NIỆM\n"
            "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch tổ chức kỷ niệm.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.\n"
            "Nơi nhận:\n- Như Điều 2;\n- Ban Bí thư Trung ương Đảng;\n- "
        )
        recipients = draft.data.get("promulgation", draft.data).get("recipients")
        assert ["Như Điều 2;", "Ban Bí thư Trung ương Đảng;"] == recipients

    def test_a_list_without_its_file_copy_is_listed_to_check(self) -> None:
        """A list that does not end with "Lưu: ..." may be cut or run on: it is flagged."""
        draft = coordprog.import_text(
            "THỦ TƯỚNG CHÍNH PHỦ\nSố: 719/QĐ-TTg\nHà Nội, ngày 15 tháng 06 năm 2012\n"
            "QUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH TỔ CHỨC KỶ NIỆM\nTHỦ TƯỚNG CHÍNH PHỦ\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch tổ chức kỷ niệm.\n"
            "Nơi nhận:\n- Như Điều 1;\n- Ban Bí thư Trung ương Đảng;\n"
        )
        paths = [item["path"] for item in draft.data["to_complete"]]
        assert "recipients" in " ".join(paths)

    def test_a_clause_after_the_recipients_is_none_of_them(self) -> None:
        """Dashed clauses of the text printed after the recipients are not recipients."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\n"
            "Kon Tum, ngày 25 tháng 01 năm 2024\n"
            "QUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU\nỦY BAN NHÂN DÂN TỈNH KON TUM\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Giao chỉ tiêu năm 2024.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
            "- Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ;\n"
            "- Các sở, ban, ngành báo cáo định kỳ hằng năm.\n"
        )
        assert ["Như Điều 2;", "Lưu: VT."] == draft.data["recipients"]

    HANOI = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 2280/QĐ-UBND\nHà Nội, ngày 29 tháng 4 năm 2026\n"
        "QUYẾT ĐỊNH\nPhê duyệt Kế hoạch thoát nước mùa mưa năm 2026\n"
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Kế hoạch thoát nước.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n"
    )
    SIGNED = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrương Việt Dũng\n"

    def _recipients(self, tail: str) -> list[str]:
        draft = coordprog.import_text(self.HANOI + tail)
        return list(draft.data.get("promulgation", draft.data).get("recipients", []))

    def test_what_a_recipient_is_sent_for_stays_with_it(self) -> None:
        """What a recipient is sent for, after its semicolon ("; (để b/c)"), stays with it."""
        recipients = self._recipients(
            "Nơi nhận:\n- Đ/c Bí thư Thành ủy;\n- Thường trực Thành ủy; (để b/c)\n"
            "- UBND các phường, xã; (để ph/h th/h)\n- Lưu: VT, ĐT (M).\n" + self.SIGNED
        )
        assert [
            "Đ/c Bí thư Thành ủy;",
            "Thường trực Thành ủy (để b/c);",
            "UBND các phường, xã (để ph/h th/h);",
            "Lưu: VT, ĐT (M).",
        ] == recipients

    def test_a_purpose_on_a_line_of_its_own_goes_with_the_recipient_before_it(self) -> None:
        """A purpose printed alone ("(để b/c)") goes with the recipient before it."""
        recipients = self._recipients(
            "Nơi nhận:\n- Thường trực Thành ủy;\n(để b/c)\n- Lưu: VT.\n" + self.SIGNED
        )
        assert ["Thường trực Thành ủy (để b/c);", "Lưu: VT."] == recipients

    def test_recipients_printed_without_their_dashes(self) -> None:
        """Lines that end as recipients end ("Như Điều 3;", "Lưu: VT.") are read without dashes."""
        recipients = self._recipients(
            "Nơi nhận:\nNhư Điều 3;\nThường trực Thành ủy;\nLưu: VT, ĐT.\n" + self.SIGNED
        )
        assert ["Như Điều 3;", "Thường trực Thành ủy;", "Lưu: VT, ĐT."] == recipients

    def test_undashed_recipients_interleaved_with_the_signature(self) -> None:
        """Two columns flattened line by line: the signature's lines are none of the recipients."""
        recipients = self._recipients(
            "Nơi nhận:\nNhư Điều 3;\nTM. ỦY BAN NHÂN DÂN\nCác Sở, ban, ngành;\nKT. CHỦ TỊCH\n"
            "Lưu: VT.\nPHÓ CHỦ TỊCH\nTrương Việt Dũng\n"
        )
        assert ["Như Điều 3;", "Các Sở, ban, ngành;", "Lưu: VT."] == recipients

    def test_a_list_on_the_noi_nhan_line_split_at_its_semicolons(self) -> None:
        """A list printed on the "Nơi nhận:" line is split at its semicolons."""
        recipients = self._recipients("Nơi nhận: Như Điều 3; Lưu: VT.\n" + self.SIGNED)
        assert ["Như Điều 3;", "Lưu: VT."] == recipients

    def test_a_recipient_broken_before_a_capital(self) -> None:
        """A recipient broken over lines before a capital ("Trung ương;") is joined back."""
        recipients = self._recipients(
            "Nơi nhận:\n- UBND các tỉnh, thành phố trực thuộc\nTrung ương;\n- Lưu: VT.\n"
            + self.SIGNED
        )
        assert ["UBND các tỉnh, thành phố trực thuộc Trung ương;", "Lưu: VT."] == recipients

    def test_a_table_s_rows_on_one_line_each(self) -> None:
        """Each recipient printed beside a line of the signature: recipients and signature apart."""
        draft = coordprog.import_text(
            self.HANOI + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như Điều 3; KT. CHỦ TỊCH\n"
            "- Bộ Tư pháp; PHÓ CHỦ TỊCH\n- Lưu: VT. Trương Việt Dũng\n"
        )
        data = draft.data.get("promulgation", draft.data)
        [signatory] = data["signatories"]
        assert ["Như Điều 3;", "Bộ Tư pháp;", "Lưu: VT."] == data["recipients"]
        assert ("PHÓ CHỦ TỊCH", "Trương Việt Dũng") == (signatory["title"], signatory["name"])

    def test_a_pdf_s_columns_on_the_same_rows(self) -> None:
        """A PDF's text keeps the table's two columns on one row, a wide gap between them."""
        gap = " " * 12
        draft = coordprog.import_text(
            self.HANOI
            + f"Nơi nhận:{gap}TM. ỦY BAN NHÂN\n- Như Điều 3;{gap}DÂN\n"
            + f"- Thường trực Thành ủy; (để b/c){gap}KT. CHỦ TỊCH\n"
            + f"- Lưu: VT.\tPHÓ CHỦ TỊCH\n{gap}Trương Việt Dũng\n"
        )
        data = draft.data.get("promulgation", draft.data)
        [signatory] = data["signatories"]
        assert [
            "Như Điều 3;",
            "Thường trực Thành ủy (để b/c);",
            "Lưu: VT.",
        ] == data["recipients"]
        assert ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Việt Dũng") == (
            signatory["authority"],
            signatory["title"],
            signatory["name"],
        )

    def test_a_page_s_lines_after_the_file_copy_are_no_recipients(self) -> None:
        """After "Lưu: ..." nothing is a recipient, though it ends with a semicolon."""
        recipients = self._recipients(
            self.SIGNED + "Nơi nhận:\nNhư Điều 3;\nLưu: VT.\nBản quyền thuộc UBND Thành phố;\n"
        )
        assert ["Như Điều 3;", "Lưu: VT."] == recipients


class TestLetterSubjectsWrapped:
    HEAD = (
        "ỦY BAN DÂN TỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 456/UBDT-DTTS\n"
    )
    TAIL = (
        "Hà Nội, ngày 23 tháng 4 năm 2021\nKính gửi: Ủy ban nhân dân các tỉnh\n"
        "Thực hiện Quyết định số 1898/QĐ-TTg, Ủy ban Dân tộc đề nghị các tỉnh báo cáo.\n"
    )

    @pytest.mark.parametrize(
        ("subject", "title"),
        [
            (
                "V/v báo cáo kết quả thực hiện Quyết định số\n1898/QĐ-TTg ngày 28/11/2017 của"
                " Thủ tướng Chính phủ giai đoạn 2018-2021\n",
                "V/v báo cáo kết quả thực hiện Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của"
                " Thủ tướng Chính phủ giai đoạn 2018-2021",
            ),
            (
                "V/v hướng dẫn thực hiện\nChương trình phối hợp giữa Ủy ban Dân tộc và Hội Nông"
                " dân Việt Nam\n",
                "V/v hướng dẫn thực hiện Chương trình phối hợp giữa Ủy ban Dân tộc và Hội Nông"
                " dân Việt Nam",
            ),
            ("V/v góp ý dự thảo\n", "V/v góp ý dự thảo"),
        ],
    )
    def test_a_subject_wrapped_in_the_letterhead_s_column_is_read_whole(
        self, subject: str, title: str
    ) -> None:
        """A subject goes on after a word it cannot end on ("số"), not into the text."""
        draft = coordprog.import_text(self.HEAD + subject + self.TAIL)
        assert title == draft.data["title"]


class TestLettersTasks:
    """A letter's numbered points are tasks of a coordination only when it hands them out so."""

    HEAD = (
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\nSố: 8019/TLĐ-TG\nV/v theo dõi các nội dung tuyên"
        " truyền\nHà Nội, ngày 27 tháng 11 năm 2023\nKính gửi: Các Liên đoàn Lao động tỉnh,"
        " thành phố.\n"
    )

    @pytest.mark.parametrize("meeting", ["giao ban", "bàn giao"])
    def test_a_briefing_meeting_is_no_handing_out(self, meeting: str) -> None:
        """A briefing ("hội nghị giao ban") or a handover ("bàn giao") hands out no tasks."""
        draft = coordprog.import_text(
            self.HEAD + f"Tại hội nghị {meeting} ngày 05/10, Bộ Nông nghiệp và Phát triển nông"
            " thôn hướng dẫn các tỉnh tiến hành sơ kết và phương hướng, nhiệm vụ thực hiện đến"
            " năm 2020, cụ thể như sau:\n1. Mục đích:\n"
            "2. Nội dung sơ kết:\n"
        )
        assert [] == [t for g in draft.data.get("task_groups", []) for t in g.get("tasks", [])]

    def test_what_a_letter_asks_is_no_task(self) -> None:
        """What a letter asks ("đề nghị ... theo dõi ..., cụ thể như sau:") is no task."""
        draft = coordprog.import_text(
            self.HEAD + "Tổng Liên đoàn đề nghị các Liên đoàn Lao động tỉnh, thành phố theo dõi"
            " các nội dung tuyên truyền, cụ thể như sau:\n1. Phim tài liệu phát trên kênh"
            " VTV1 lúc 20h30.\n2. Truyền hình trực tiếp phiên trọng thể Đại hội.\n"
        )
        assert [] == draft.data.get("task_groups", [])
        assert "1. Phim tài liệu" in draft.data["preamble"]

    def test_tasks_a_letter_hands_out_are_tasks(self) -> None:
        """Points a letter hands out as tasks ("... một số nhiệm vụ sau:") are tasks."""
        draft = coordprog.import_text(
            self.HEAD + "Tổng Liên đoàn đề nghị các Liên đoàn Lao động tỉnh, thành phố triển"
            " khai thực hiện một số nhiệm vụ sau:\n1. Xây dựng chương trình phối hợp với Sở"
            " Lao động.\n2. Báo cáo kết quả trước ngày 15/12/2023.\n"
        )
        [group] = draft.data["task_groups"]
        assert ["1", "2"] == [task["number"] for task in group["tasks"]]

    def test_a_steering_committee_named_asks_no_one(self) -> None:
        """A steering committee ("Ban Chỉ đạo") named in a letter hands out no tasks."""
        draft = coordprog.import_text(
            self.HEAD + "Bộ Nông nghiệp và Phát triển nông thôn (Thường trực Ban Chỉ đạo Trung"
            " ương) hướng dẫn các tỉnh tiến hành sơ kết và phương hướng, nhiệm vụ thực hiện"
            " đến năm 2020, cụ thể như sau:\n1. Mục đích:\n2. Nội dung sơ kết:\n"
        )
        assert [] == draft.data.get("task_groups", [])

    def test_a_point_that_names_its_lead_is_a_task(self) -> None:
        """A point "Ban Tuyên giáo chủ trì, phối hợp với ..." is a task, whatever is asked."""
        draft = coordprog.import_text(
            self.HEAD + "Tổng Liên đoàn đề nghị các đơn vị thực hiện các công việc sau:\n"
            "1. Ban Tuyên giáo chủ trì, phối hợp với Văn phòng tổ chức tuyên truyền.\n"
        )
        [group] = draft.data["task_groups"]
        assert 1 == len(group["tasks"])

    def test_a_point_agreeing_to_a_proposal_beside_a_led_one_is_no_task(self) -> None:
        """A leader's opinion in points: "1. Đồng ý ..." is no task, "2. X chủ trì, ..." is."""
        draft = coordprog.import_text(
            self.HEAD + "Xét đề nghị của Ban Tuyên giáo, Chủ tịch Tổng Liên đoàn có ý kiến như"
            " sau:\n1. Đồng ý đề nghị của Ban Tuyên giáo về việc tổ chức Hội nghị sơ kết.\n"
            "2. Ban Tuyên giáo chủ trì, phối hợp với Văn phòng chuẩn bị nội dung Hội nghị.\n"
        )
        [group] = draft.data["task_groups"]
        assert ["2"] == [task["number"] for task in group["tasks"]]
        assert "1. Đồng ý đề nghị" in draft.data["preamble"]


class TestActs:
    def test_a_day_glued_to_the_word_before_is_read(self) -> None:
        """Glued "Chính phủngày 25", "70-TB/TWngày 06", "ngày22": dates and numbers are read."""
        draft = coordprog.import_text(
            "THỦ TƯỚNG CHÍNH PHỦ\nSố: 719/QĐ-TTg\nHà Nội, ngày 15 tháng 06 năm 2012\n"
            "QUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH\nTHỦ TƯỚNG CHÍNH PHỦ\n"
            "Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001;\n"
            "Căn cứ Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị về đổi mới;\n"
            "Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư Trung ương "
            "Đảng về tổ chức kỷ niệm;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch.\n"
        )
        refs = {ref.get("number") or ref["title"]: ref for ref in draft.data["legal_refs"]}
        assert {
            "Luật tổ chức Chính phủ": dt.date(2001, 12, 25),
            "45-CT/TW": dt.date(2010, 7, 22),
            "70-TB/TW": dt.date(2012, 1, 6),
        } == {key: ref["date"] for key, ref in refs.items()}

    def test_a_ministry_s_name_with_commas_is_one_issuer(self) -> None:
        """The words "của Bộ Lao động, Thương binh và Xã hội về việc ..." name one ministry."""
        [citation, _] = coordprog.find_citations(
            "Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh "
            "và Xã hội về việc triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ."
        )
        assert "Bộ Lao động, Thương binh và Xã hội" == citation.issuer

    def test_a_committee_named_by_its_subject_is_the_issuer_up_to_the_act_s_subject(self) -> None:
        """In "Ban Chỉ đạo Trung ương về X về kết luận ..." the committee's name takes the first."""
        [citation] = coordprog.find_citations(
            "Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về phát "
            "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết luận của đồng "
            "chí Tổng Bí thư;"
        )
        assert (
            "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
            "chuyển đổi số"
        ) == citation.issuer


class TestDecisions:
    def test_an_instrument_cut_by_the_copy_is_named_by_the_decision_s_title(self) -> None:
        """Điều 1 cut inside the instrument's name: the decision's title names it whole."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\n"
            "Kon Tum, ngày 25 tháng 01 năm 2024\nQUYẾT ĐỊNH\n"
            "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ\nTRÊN ĐỊA BÀN TỈNH KON TUM\n"
            "ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ phục"
        )
        assert (
            "Quy định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý trên địa bàn tỉnh Kon Tum"
            == draft.data["title"]
        )

    def test_an_instrument_s_heading_cut_by_the_copy_is_named_by_the_decision(self) -> None:
        """A copy that stops inside the instrument's heading: the decision names it whole."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 2460/QĐ-UBND\n"
            "Thừa Thiên Huế, ngày 15 tháng 10 năm 2016\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY CHẾ QUY ĐỊNH VỀ TRÁCH NHIỆM VÀ QUAN HỆ PHỐI HỢP HOẠT ĐỘNG\n"
            "TRONG CÔNG TÁC CHỐNG BUÔN LẬU TỈNH THỪA THIÊN HUẾ\nỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế về trách nhiệm và quan hệ phối hợp "
            "hoạt động trong công tác chống buôn lậu tỉnh Thừa Thiên Huế.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Ngọc Thọ\n"
            "QUY CHẾ\nQUY ĐỊNH VỀ TRÁCH NHIỆM VÀ QUAN HỆ PHỐI HỢP HOẠT ĐỘNG\nTRONG C"
        )
        assert (
            "Quy chế quy định về trách nhiệm và quan hệ phối hợp hoạt động trong công tác "
            "chống buôn lậu tỉnh Thừa Thiên Huế" == draft.data["title"]
        )
        assert any("stops inside the promulgated text's heading" in r for r in draft.unsure)

    def test_an_instrument_s_heading_cut_by_the_copy_and_named_nowhere_is_flagged(self) -> None:
        """A copy cut at both ends: the heading it stops in, named nowhere longer, is flagged.

        Without the decision's title (the copy starts under it) and with Điều 1 naming the
        instrument short, the cut heading ("... TỈNH TR") had been its title without a flag.
        """
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\nQUY CHẾ\n"
            "PHỐI HỢP TRONG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ KHOÁNG SẢN TRÊN ĐỊA BÀN TỈNH TR"
        )
        assert draft.data["title"].endswith("trên địa bàn tỉnh Tr")
        assert any(
            item["path"] == "title" and "ban hành: tên có thể bị cắt" in item["reason"]
            for item in draft.data["to_complete"]
        )

    def test_an_instrument_s_whole_heading_keeps_its_own_title(self) -> None:
        """A heading the copy prints whole, then its chapters, is the instrument's title."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 38/2015/QĐ-UBND\n"
            "Bến Tre, ngày 30 tháng 12 năm 2015\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ LAO ĐỘNG NƯỚC NGOÀI TRÊN ĐỊA BÀN TỈNH BẾN TRE\n"
            "ỦY BAN NHÂN DÂN TỈNH BẾN TRE\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý lao động nước "
            "ngoài trên địa bàn tỉnh Bến Tre.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nCao Văn Trọng\n"
            "QUY CHẾ\nPHỐI HỢP QUẢN LÝ LAO ĐỘNG NƯỚC NGOÀI\n"
            "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định.\n"
        )
        assert "Quy chế phối hợp quản lý lao động nước ngoài" == draft.data["title"]
        assert not any("stops inside" in r for r in draft.unsure)

    def test_a_heading_without_type_line_in_a_copy_without_title_is_named_by_dieu_1(
        self,
    ) -> None:
        """A page that drops the type lines and the title: Điều 1 names the instrument whole."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 2272/QĐ-UBND | Bình Dương, ngày 01 tháng 10 năm 2021 |\n"
            "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\n"
            "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa chủ đầu tư và chủ "
            "quản lý sử dụng công trình.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n"
            "PHỐI HỢP GIỮA CHỦ ĐẦU TƯ VÀ CHỦ QUẢN LÝ SỬ DỤNG CÔNG TRÌNH\n"
            "(Ban hành kèm theo Quyết định số 2272/QĐ-UBND ngày 01 tháng 10 năm 2021 của Ủy ban "
            "nhân dân tỉnh Bình Dương)\n1. Quy chế này quy định trách nhiệm phối hợp.\n"
        )
        assert (
            "Quy chế phối hợp giữa chủ đầu tư và chủ quản lý sử dụng công trình"
            == draft.data["title"]
        )
        assert "regulation" == draft.data["kind"]

    @pytest.mark.parametrize("lead", ["Về việc ban hành", "Ban hành"])
    def test_an_instrument_no_article_names_is_named_by_the_decision_s_title(
        self, lead: str
    ) -> None:
        """What the decision's title promulgates, without its verb, names the instrument."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2016/QĐ-UBND\n"
            "Kon Tum, ngày 25 tháng 01 năm 2016\nQUYẾT ĐỊNH\n"
            f"{lead} Quy chế phối hợp trong công tác dân vận\nỦY BAN NHÂN DÂN TỈNH KON TUM\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n"
        )
        assert ("regulation", "Quy chế phối hợp trong công tác dân vận") == (
            draft.data["kind"],
            draft.data["title"],
        )

    @pytest.mark.parametrize(
        "title", ["VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP CÔNG TÁC", "VỀ PHỐI HỢP CÔNG TÁC"]
    )
    def test_a_joint_resolution_that_promulgates_a_regulation_is_its_promulgation(
        self, title: str
    ) -> None:
        """A regulation "ban hành kèm theo Nghị quyết này" is the document, the resolution not.

        A joint resolution that promulgates a regulation had been read as the coordination
        text itself, its three articles as the regulation's; it is the regulation's
        promulgation, of kind joint-resolution, with no one issuer of the two bodies.
        """
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG - ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG\n"
            "Số: 05/2020/NQLT-UBND-MTTQ\nAn Giang, ngày 10 tháng 3 năm 2020\n"
            f"NGHỊ QUYẾT LIÊN TỊCH\n{title}\n"
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
            "Điều 1. Ban hành kèm theo Nghị quyết liên tịch này Quy chế phối hợp công tác "
            "giữa Ủy ban nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.\n"
            "Điều 2. Nghị quyết liên tịch này có hiệu lực kể từ ngày ký.\n"
        )
        decision = draft.data["promulgation"]
        assert ("regulation", "joint-resolution", "05/2020/NQLT-UBND-MTTQ") == (
            draft.data["kind"],
            decision["kind"],
            decision["number"],
        )
        assert draft.data["title"].startswith("Quy chế phối hợp công tác giữa")
        assert "issuer" not in decision

    _ENACTED = (
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế phối hợp công tác giữa Ủy ban nhân "
        "dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.\n"
        "Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký.\n"
    )

    def test_a_resolution_without_type_line_numbered_nqlt_is_a_joint_one(self) -> None:
        """A copy that lost its type line over "QUYẾT NGHỊ": its number's "NQLT" says joint."""
        draft = coordprog.import_text(
            "Số: 05/2020/NQLT-UBND-MTTQ\nAn Giang, ngày 10 tháng 3 năm 2020\n" + self._ENACTED
        )
        assert "joint-resolution" == draft.data["promulgation"]["kind"]

    def test_a_resolution_read_from_quyet_nghi_alone_is_flagged(self) -> None:
        """No type line and no number: "QUYẾT NGHỊ" is a joint resolution's words too."""
        draft = coordprog.import_text(self._ENACTED)
        assert "resolution" == draft.data["promulgation"]["kind"]
        assert any(r.startswith("promulgation.kind: the kind is read from") for r in draft.unsure)

    def test_a_joint_resolution_in_chapters_is_the_coordination_text(self) -> None:
        """A joint resolution that sets out the coordination itself promulgates nothing."""
        draft = coordprog.import_text(
            "NGHỊ QUYẾT LIÊN TỊCH\nVỀ CÔNG TÁC PHỐI HỢP GIỮA CHÍNH PHỦ VỚI ĐOÀN CHỦ TỊCH ỦY BAN "
            "TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\n"
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;\n"
            "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
            "Nghị quyết liên tịch này quy định mục đích, nguyên tắc của công tác phối hợp.\n"
        )
        assert "joint-resolution" == draft.data["kind"]
        assert "promulgation" not in draft.data


class TestNamedBasis:
    def test_a_basis_cited_by_its_name_only_is_read_and_flagged(self) -> None:
        """A Quy chế cited in the basis by name is an act of the basis, its name to check."""
        draft = coordprog.import_text(
            PARTY_HEAD + "QUY ĐỊNH\nVỀ THỂ LOẠI VĂN BẢN CỦA ĐẢNG\n- Căn cứ Điều lệ Đảng;\n"
            "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí "
            "thư khóa XII;\nĐiều 1. Văn bản\nVăn bản của Đảng là tài liệu.\n"
        )
        refs = draft.data["legal_refs"]
        named = "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII"
        [index] = [i for i, ref in enumerate(refs) if ref.get("title") == named]
        assert ("regulation", True) == (
            refs[index]["kind"],
            refs[index]["id"] in draft.data["basis"],
        )
        assert [named] == [
            item["text"]
            for item in draft.data["to_complete"]
            if item["path"] == f"legal_refs[{index}]"
        ]

    def test_a_basis_in_the_middle_of_a_line_is_the_basis(self) -> None:
        """An opening run into one line cites its basis after "Căn cứ" inside the line."""
        draft = coordprog.import_text(
            "1. BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI Số: 23/2007/QĐ-BLĐTBXH Hà Nội, ngày 05 tháng "
            "10 năm 2007 QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU BỘ TRƯỞNG Căn cứ Nghị định số "
            "29/2003/NĐ-CP ngày 31 tháng 3 năm 2003 của Chính phủ quy định chức năng của Bộ; "
            "Xét đề nghị của Vụ trưởng Vụ Bảo trợ xã hội tại Tờ trình số 12/TTr-BTXH, "
            "QUYẾT ĐỊNH Điều 1. Ban hành hệ thống chỉ tiêu.\n"
        )
        assert ["29/2003/NĐ-CP"] == draft.data.get(
            "basis", draft.data.get("promulgation", {}).get("basis")
        )


class TestGroupedAndJointCitations:
    def test_acts_listed_without_so_again_are_each_cited(self) -> None:
        """In "các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày ..." both acts are cited, dated."""
        found = coordprog.find_citations(
            "Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành "
            "Trung ương;"
        )
        assert [
            ("18-NQ/TW", dt.date(2017, 10, 25), "Ban Chấp hành Trung ương"),
            ("19-NQ/TW", dt.date(2017, 10, 25), "Ban Chấp hành Trung ương"),
        ] == [(c.number, c.date, c.issuer) for c in found]

    def test_a_date_after_the_last_act_is_not_given_to_an_act_of_another_year(self) -> None:
        """A number that states its year keeps no date of another year written after the list."""
        found = coordprog.find_citations(
            "Căn cứ các Nghị định số 58/2010/NĐ-CP, số 74/2012/NĐ-CP ngày 01/01/2012 của Chính phủ;"
        )
        assert [("58/2010/NĐ-CP", None), ("74/2012/NĐ-CP", dt.date(2012, 1, 1))] == [
            (c.number, c.date) for c in found
        ]

    def test_a_joint_act_between_two_bodies_has_both_as_issuer(self) -> None:
        """The words "giữa A và B" after an act's number name both its issuers."""
        [citation] = coordprog.find_citations(
            "Căn cứ Thông tư liên tịch số 01/2015/TTLT-VPCP-BNV ngày 23/10/2015 giữa Chủ nhiệm "
            "Văn phòng Chính phủ và Bộ trưởng Bộ Nội vụ hướng dẫn chức năng;"
        )
        assert "Chủ nhiệm Văn phòng Chính phủ và Bộ trưởng Bộ Nội vụ" == citation.issuer

    def test_a_document_cited_as_van_ban_is_an_act(self) -> None:
        """A "Văn bản số 5990/VPCP-KSTT" is cited though its kind is not named."""
        [citation] = coordprog.find_citations(
            "Căn cứ Văn bản số 5990/VPCP-KSTT ngày 22/8/2024 của Văn phòng Chính phủ;"
        )
        assert (coordprog.LegalKind.OTHER, "5990/VPCP-KSTT", "Văn phòng Chính phủ") == (
            citation.kind,
            citation.number,
            citation.issuer,
        )


class TestSymbol:
    def test_a_type_line_the_number_s_symbol_contradicts_is_flagged(self) -> None:
        """A circular ("TT") whose first line reads "QUY ĐỊNH ...": its type line was lost.

        The line is the circular's title, opening with its verb; the kind the number names is
        flagged as inferred.
        """
        draft = coordprog.import_text(
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 12/2025/TT-BNNMT |\nHà Nội, ngày 19 tháng 6 năm 2025 |\n"
            "QUY ĐỊNH PHÂN CẤP THẨM QUYỀN TRONG LĨNH VỰC TRỒNG TRỌT\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định phân cấp.\n"
        )
        (item,) = [item for item in draft.data["to_complete"] if item["path"] == "kind"]
        assert "12/2025/TT-BNNMT" == item["text"]
        assert ("circular", "Quy định phân cấp thẩm quyền trong lĩnh vực trồng trọt") == (
            draft.data["kind"],
            draft.data["title"],
        )

    def test_a_copy_without_type_line_takes_its_kind_from_the_number_s_symbol(self) -> None:
        """A copy that prints no type line and no programme is the kind its symbol names."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 612/QĐ-UBND\n"
            "Vĩnh Long, ngày 12 tháng 3 năm 2020\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        )
        assert "decision" == draft.data["kind"]
        assert [] != [item for item in draft.data["to_complete"] if item["path"] == "kind"]

    @pytest.mark.parametrize("broken", [" ", "\n"])
    def test_a_joint_circular_s_title_opening_with_huong_dan_is_no_guidance(
        self, broken: str
    ) -> None:
        """A page that dropped "THÔNG TƯ LIÊN TỊCH": "HƯỚNG DẪN ..." is the title's verb.

        On the title's line or on a line of its own, under a number whose symbol names a
        joint circular; the kind it is read as stays flagged.
        """
        draft = coordprog.import_text(
            "VIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO - BỘ QUỐC PHÒNG\n-------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 01/2014/TTLT-VKSTC-BQP\nHà Nội, ngày 17 tháng 02 năm 2014\n"
            f"HƯỚNG DẪN{broken}THỰC HIỆN VIỆC BẮT, TẠM GIỮ HÌNH SỰ TẠI CÁC ĐỒN BIÊN PHÒNG\n"
            "Căn cứ Bộ luật tố tụng hình sự năm 2003;\n"
            "Viện trưởng Viện kiểm sát nhân dân tối cao và Bộ trưởng Bộ Quốc phòng thống nhất "
            "hướng dẫn thực hiện như sau:\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn việc bắt, tạm giữ.\n"
        )
        assert (
            "joint-circular",
            "Hướng dẫn thực hiện việc bắt, tạm giữ hình sự tại các đồn biên phòng",
        ) == (draft.data["kind"], draft.data["title"])
        assert [] != [item for item in draft.data["to_complete"] if item["path"] == "kind"]

    def test_a_guidance_under_its_own_number_keeps_its_type_line(self) -> None:
        """A "HƯỚNG DẪN ..." under a guidance's number ("HD") is its type line and title."""
        draft = coordprog.import_text(
            "BỘ TƯ PHÁP\nSố: 12/HD-BTP\nHà Nội, ngày 17 tháng 02 năm 2014\n"
            "HƯỚNG DẪN CÔNG TÁC PHỔ BIẾN PHÁP LUẬT NĂM 2014\n"
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;\n"
            "Bộ Tư pháp hướng dẫn như sau:\n"
            "1. Tuyên truyền pháp luật.\n"
        )
        assert ("guidance", "Công tác phổ biến pháp luật năm 2014") == (
            draft.data["kind"],
            draft.data["title"],
        )

    def test_a_copy_read_as_a_letter_is_still_the_kind_its_symbol_names(self) -> None:
        """A joint circular whose page dropped its type line, title and headings is no letter.

        Its numbered clauses are not a coordination's tasks, and its kind stays flagged.
        """
        draft = coordprog.import_text(
            "BỘ TÀI CHÍNH - BỘ CÔNG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 85/2016/TTLT-BTC-BCA | Hà Nội, ngày 20 tháng 6 năm 2016 |\n"
            "Căn cứ Luật Công an nhân dân số 73/2014/QH13 ngày 27 tháng 11 năm 2014;\n"
            "Bộ trưởng Bộ Tài chính; Bộ trưởng Bộ Công an ban hành Thông tư liên tịch quy định "
            "về phối hợp công tác bảo vệ an ninh quốc gia.\n"
            "1. Tuân thủ đường lối, chủ trương của Đảng.\n"
            "2. Bảo đảm sự chỉ đạo, điều hành tập trung, thống nhất.\n"
        )
        assert "joint-circular" == draft.data["kind"]
        assert "task_groups" not in draft.data
        assert [] != [item for item in draft.data["to_complete"] if item["path"] == "kind"]

    def test_a_decision_titled_v_v_without_its_type_line_is_no_letter(self) -> None:
        """A "V/V ..." title under a decision's number: the decision and the Quy chế it issues."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH THÁI BÌNH |\n"
            "Số: 398/2003/QĐ-UB | Thái Bình, ngày 30 tháng 12 năm 2003 |\n"
            "V/V BAN HÀNH QUY CHẾ VỀ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TỔ DÂN PHỐ\n"
            "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nXét đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH\n"
            "Điều 1. Ban hành kèm theo Quyết định này bản Quy chế về tổ chức và hoạt động của "
            "tổ dân phố.\nĐiều 2. Quyết định này có hiệu lực sau 15 ngày.\n"
        )
        assert "398/2003/QĐ-UB" == draft.data["promulgation"]["number"]
        assert ("regulation", "Quy chế về tổ chức và hoạt động của tổ dân phố") == (
            draft.data["kind"],
            draft.data["title"],
        )
        assert [] == [a for a in draft.data["promulgation"]["articles"] if "caption" in a]

    def test_an_instrument_issued_as_a_quoted_copy_is_named_by_its_title(self) -> None:
        """'Ban hành kèm theo Quyết định này bản “Quy định ...”': the Quy định, unquoted."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 47/2005/QĐ-UBND\n"
            "Đồng Hới, ngày 20 tháng 9 năm 2005\nQUYẾT ĐỊNH\n"
            "Ban hành Quy định về bầu, miễn nhiệm Trưởng thôn\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này bản “Quy định về bầu, miễn nhiệm "
            "Trưởng thôn, bản, tiểu khu”.\nĐiều 2. Quyết định này có hiệu lực sau 15 ngày.\n"
        )
        assert ("rules", "Quy định về bầu, miễn nhiệm Trưởng thôn, bản, tiểu khu") == (
            draft.data["kind"],
            draft.data["title"],
        )


#: A province's plan carrying out a scheme: who leads, supports and when, under each item.
PLAN = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BẮC KẠN\n"
    "Số: 120/KH-UBND\n"
    "Bắc Kạn, ngày 10 tháng 3 năm 2023\n"
    "KẾ HOẠCH\n"
    "Thực hiện Đề án tăng cường năng lực tiếp cận pháp luật của người dân trên địa bàn tỉnh "
    "năm 2023\n"
    "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ, Ủy ban nhân "
    "dân tỉnh ban hành Kế hoạch thực hiện như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n"
    "Nâng cao năng lực tiếp cận pháp luật của người dân.\n"
    "2. Yêu cầu\n"
    "Bảo đảm thiết thực, hiệu quả.\n"
    "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    "1. Tổ chức quán triệt, phổ biến nội dung Đề án\n"
    "- Cơ quan chủ trì: Sở Tư pháp.\n"
    "- Cơ quan phối hợp: Sở Thông tin và Truyền thông.\n"
    "- Thời gian thực hiện: Quý II năm 2023.\n"
    "2. Rà soát, đánh giá mức độ tiếp cận pháp luật của người dân\n"
    "- Đơn vị thực hiện: Sở Nội vụ.\n"
    "- Cơ quan phối hợp: Sở Tư pháp.\n"
    "- Thời gian thực hiện: Năm 2023.\n"
    "3. Xây dựng chuyên mục pháp luật trên Báo Bắc Kạn\n"
    "- Báo Bắc Kạn đăng tin, bài hằng tháng.\n"
    "- Cơ quan chủ trì: Báo Bắc Kạn.\n"
    "- Thời gian: Thường xuyên.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tư pháp chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo "
    "Ủy ban nhân dân tỉnh trước ngày 15/12/2023.\n"
)


class TestPlanTasks:
    def test_each_item_whose_lines_name_its_lead_is_a_task(self) -> None:
        """Lines "- Cơ quan chủ trì: ...", "- Cơ quan phối hợp: ...", "- Thời gian: ..." below."""
        data = coordprog.import_text(PLAN).data
        names = {p["id"]: p["name"] for p in data["third_parties"]}
        first, second, third = data["task_groups"]
        [task] = first["tasks"]
        assert task["text"] == first["title"] == "Tổ chức quán triệt, phổ biến nội dung Đề án"
        assert (["Sở Tư pháp"], ["Sở Thông tin và Truyền thông"], "2023-06") == (
            [names[i] for i in first["leads"]],
            [names[i] for i in first["supports"]],
            task["deadline"],
        )
        assert task["note"].startswith("Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp:")
        assert (["Sở Nội vụ"], "2023") == (
            [names[i] for i in second["leads"]],
            second["tasks"][0]["deadline"],
        )
        # An item with dashed tasks of its own: the lines are the group's; "Thường xuyên" no date.
        assert ["Báo Bắc Kạn đăng tin, bài hằng tháng."] == [t["text"] for t in third["tasks"]]
        assert "deadline" not in third["tasks"][0]
        assert "Thời gian: Thường xuyên" in third["note"]

    def test_the_plan_is_its_issuer_s_and_the_departments_carry_it_out(self) -> None:
        """The bodies that lead a one-body plan's tasks are third parties, not signing parties."""
        data = coordprog.import_text(PLAN).data
        assert ["Ủy ban nhân dân tỉnh Bắc Kạn"] == [p["name"] for p in data["parties"]]
        program = coordprog.from_data({k: v for k, v in data.items() if k != "to_complete"}, "toml")
        assert ("so-tu-phap",) == program.tasks[0].leads

    def test_the_lines_that_said_who_and_when_are_printed(self) -> None:
        """The program report prints each task's note, here the lines the plan printed under it."""
        data = coordprog.import_text(PLAN).data
        program = coordprog.from_data({k: v for k, v in data.items() if k != "to_complete"}, "toml")
        text = coordprog.render(program, "program", "markdown")
        notes = text[text.index("Ghi chú về nội dung phối hợp") :]
        assert "Tổ chức quán triệt, phổ biến nội dung Đề án: Cơ quan chủ trì: Sở Tư pháp;" in notes

    def test_purposes_and_requirements_joined_to_their_heading(self) -> None:
        """A heading "1. Mục đích" with its point on the next line, which a copy joins to it."""
        data = coordprog.import_text(PLAN).data
        assert (
            ["Nâng cao năng lực tiếp cận pháp luật của người dân."],
            ["Bảo đảm thiết thực, hiệu quả."],
        ) == (
            data["purposes"],
            data["requirements"],
        )
        assert data["preamble"].startswith("Thực hiện Quyết định số 977/QĐ-TTg")


def _plan(items: str, head: str = "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n") -> dict[str, Any]:
    """A plan's draft data: its letterhead, then part II holding ``items``."""
    return coordprog.import_text(
        f"{head}Số: 120/KH-UBND\nBắc Kạn, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\n"
        "Thực hiện Đề án tiếp cận pháp luật năm 2023\nI. MỤC ĐÍCH, YÊU CẦU\n"
        f"1. Mục đích\n- Nâng cao hiểu biết.\nII. NHIỆM VỤ CỤ THỂ\n{items}"
        "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan triển khai.\n"
    ).data


def _roles(data: dict[str, Any]) -> list[tuple[list[str], list[str]]]:
    """Each group's leads and supports, by name."""
    names = {p["id"]: p["name"] for p in [*data["parties"], *data.get("third_parties", [])]}
    return [
        ([names[i] for i in g.get("leads", [])], [names[i] for i in g.get("supports", [])])
        for g in data["task_groups"]
    ]


class TestPlanRoleLines:
    @pytest.mark.parametrize(
        "lines",
        [
            "- Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Sở Nội vụ.\n",
            "- Chủ trì: Sở Tư pháp; phối hợp: Sở Nội vụ.\n",
            "- Cơ quan chủ trì: Sở Tư pháp\n- Cơ quan phối hợp: Sở Nội vụ\n",
            "Cơ quan chủ trì: Sở Tư pháp.\nCơ quan phối hợp: Sở Nội vụ.\n",
        ],
    )
    def test_who_leads_and_supports_however_the_lines_are_written(self, lines: str) -> None:
        """On one line or two, dashed or not, closed or not: the lead and the support apart."""
        data = _plan(f"1. Tổ chức quán triệt Đề án\n{lines}")
        assert [(["Sở Tư pháp"], ["Sở Nội vụ"])] == _roles(data)
        assert "Tổ chức quán triệt Đề án" == data["task_groups"][0]["tasks"][0]["text"]

    def test_a_dashed_task_beginning_with_a_word_of_a_role_stays_a_task(self) -> None:
        """A task "- Phối hợp: tổ chức hội nghị ..." says what is done, not who: a task."""
        data = _plan("1. Sở Tư pháp chủ trì\n- Phối hợp: tổ chức hội nghị với các sở.\n")
        texts = [t["text"] for t in data["task_groups"][0]["tasks"]]
        assert ["Phối hợp: tổ chức hội nghị với các sở."] == texts

    def test_a_body_of_many_places_is_one_body_and_no_issuer(self) -> None:
        """The committees of "các huyện, thành phố" are the districts', not the province's."""
        data = _plan(
            "1. Rà soát\n- Cơ quan chủ trì: Ủy ban nhân dân các huyện, thành phố.\n"
            "- Cơ quan phối hợp: Sở Tư pháp.\n"
        )
        assert [(["Ủy ban nhân dân các huyện, thành phố"], ["Sở Tư pháp"])] == _roles(data)
        [third] = [p for p in data["third_parties"] if p["name"].startswith("Ủy ban")]
        assert "district" == third["level"]
        assert ["Ủy ban nhân dân tỉnh Bắc Kạn"] == [p["name"] for p in data["parties"]]

    def test_a_joint_plan_s_implementer_is_no_party_and_its_issuer_keeps_its_id(self) -> None:
        """The bodies a joint plan's letterhead names are its parties; the others carry it out."""
        data = _plan(
            "1. Biên soạn tài liệu\n- Cơ quan chủ trì: Sở Tư pháp.\n"
            "- Cơ quan phối hợp: Báo Bắc Kạn.\n2. Trợ giúp pháp lý\n"
            "- Đơn vị thực hiện: Trung tâm Trợ giúp pháp lý nhà nước tỉnh.\n",
            head="SỞ TƯ PHÁP TỈNH BẮC KẠN | HỘI NÔNG DÂN TỈNH BẮC KẠN\n",
        )
        parties = {p["id"]: p["name"] for p in data["parties"]}
        assert {"Sở Tư pháp tỉnh Bắc Kạn", "Hội Nông dân tỉnh Bắc Kạn"} == set(parties.values())
        first, second = data["task_groups"]
        assert [parties[i] for i in first["leads"]] == ["Sở Tư pháp tỉnh Bắc Kạn"]
        assert second["leads"][0] not in parties
        assert 2 == sum(len(g["tasks"]) for g in data["task_groups"])

    @pytest.mark.parametrize(
        ("when", "deadline"),
        [
            ("31/12/2023", dt.date(2023, 12, 31)),
            ("Trước ngày 15 tháng 12 năm 2023", dt.date(2023, 12, 15)),
            ("Quý IV/2023", "2023-12"),
        ],
    )
    def test_a_day_or_quarter_written_otherwise(self, when: str, deadline: object) -> None:
        """The time line's day, in figures or words, or its quarter, is the task's deadline."""
        data = _plan(f"1. Sơ kết\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian: {when}.\n")
        assert deadline == data["task_groups"][0]["tasks"][0]["deadline"]

    @pytest.mark.parametrize("when", ["Từ tháng 3 đến tháng 6/2023", "Trước ngày 31/02/2023"])
    def test_a_time_not_read_as_a_deadline_is_listed_to_complete(self, when: str) -> None:
        """A span, or a day no calendar has: no deadline, and the task's deadline to complete."""
        data = _plan(f"1. Sơ kết\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian: {when}.\n")
        assert "deadline" not in data["task_groups"][0]["tasks"][0]
        [item] = [i for i in data["to_complete"] if i["path"].endswith(".deadline")]
        assert (item["path"], item["text"]) == ("task_groups[0].tasks[0].deadline", when)


#: A department's plan: each group of dashed tasks closed by the leaders in charge and one
#: line naming its lead and supporting units; its last part gives each unit its part.
DEPARTMENT_PLAN = (
    "UBND TỈNH LÀO CAI\n"
    "SỞ CÔNG THƯƠNG\n"
    "Số: 12/KH-SCT\n"
    "Lào Cai, ngày 20 tháng 4 năm 2026\n"
    "KẾ HOẠCH\n"
    "Thực hiện Đề án phát triển công nghiệp xanh năm 2026\n"
    "Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;\n"
    "Sở Công Thương xây dựng Kế hoạch như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n"
    "Cụ thể hóa các nhiệm vụ của Đề án.\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n"
    "1. Phát triển các cụm công nghiệp\n"
    "- Rà soát quy hoạch các cụm công nghiệp.\n"
    "- Phối hợp với Sở Nội vụ và các cơ sở đào tạo trên địa bàn trong đào tạo nhân lực.\n"
    "Lãnh đạo phụ trách: Phó giám đốc Nguyễn Văn A.\n"
    "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, "
    "Văn phòng Sở.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Quản lý Công nghiệp: Là đầu mối theo dõi, tổng hợp tình hình thực hiện.\n"
    "2. Giám đốc các Sở và Thủ trưởng các ban, ngành:\n"
    "- Quán triệt nội dung Kế hoạch này.\n"
    "3. Thuế tỉnh\n"
    "- Đôn đốc các đơn vị thực hiện nghĩa vụ tài chính.\n"
    "- Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường rà soát các đơn vị còn nợ thuế.\n"
    "Định kỳ 6 tháng, hàng năm, Sở Công Thương tổ chức sơ kết, đánh giá kết quả thực hiện.\n"
)


class TestPlanRoles:
    def test_a_group_closed_by_its_lead_and_supporting_units_on_one_line(self) -> None:
        """A line "Đơn vị chủ trì: A; Đơn vị phối hợp: B, C." after the tasks: the group's."""
        data = coordprog.import_text(DEPARTMENT_PLAN).data
        names = {p["id"]: p["name"] for p in [*data["parties"], *data["third_parties"]]}
        group = data["task_groups"][0]
        assert (["Phòng Quản lý Công nghiệp"], ["Phòng Quản lý Năng lượng", "Văn phòng Sở"]) == (
            [names[i] for i in group["leads"]],
            [names[i] for i in group["supports"]],
        )
        assert [
            "Rà soát quy hoạch các cụm công nghiệp.",
            "Phối hợp với Sở Nội vụ và các cơ sở đào tạo trên địa bàn trong đào tạo nhân lực.",
        ] == [task["text"] for task in group["tasks"]]
        # The leaders in charge are persons: kept in the group's note, with the roles' line.
        assert "Lãnh đạo phụ trách: Phó giám đốc Nguyễn Văn A" in group["note"]
        # A task naming a body it supports with, then more it does not read, is to check.
        second = "task_groups[0].tasks[1]"
        assert second in [item["path"] for item in data["to_complete"]]
        assert ["Sở Nội vụ"] == [names[i] for i in group["tasks"][1]["supports"]]

    def test_the_part_that_gives_each_body_its_own_tasks(self) -> None:
        """Headings "3. Thuế tỉnh" over dashes, "1. Phòng ...: <its task>": tasks they lead."""
        data = coordprog.import_text(DEPARTMENT_PLAN).data
        names = {p["id"]: p["name"] for p in [*data["parties"], *data["third_parties"]]}
        own = [g for g in data["task_groups"] if g["id"].startswith("III.")]
        assert [("III.1", ["Phòng Quản lý Công nghiệp"]), ("III.3", ["Thuế tỉnh"])] == [
            (g["id"], [names[i] for i in g["leads"]]) for g in own
        ]
        assert ["Là đầu mối theo dõi, tổng hợp tình hình thực hiện"] == [
            t["text"] for t in own[0]["tasks"]
        ]
        tax = own[1]["tasks"]
        assert ["Sở Nông nghiệp và Môi trường"] == [names[i] for i in tax[1]["supports"]]
        # Read from the implementation part, each such group is listed to check.
        paths = [item["path"] for item in data["to_complete"]]
        assert {"task_groups[1]", "task_groups[2]"} <= set(paths)
        # The department's own units carry its plan out: no signing party more.
        assert ["sở công thương tỉnh lào cai"] == [p["name"].casefold() for p in data["parties"]]

    @pytest.mark.parametrize(
        "type_line",
        ["K Ế   H O Ạ C H\n", "KẾ HOẠCH "],
        ids=["spaced-out", "run-on-with-the-title"],
    )
    def test_the_bodies_own_tasks_whatever_the_type_line_looks_like(self, type_line: str) -> None:
        """A plan's type line spaced out, or run on with its title, is still a plan's."""
        text = DEPARTMENT_PLAN.replace("KẾ HOẠCH\n", type_line, 1)
        data = coordprog.import_text(text).data
        assert "plan" == data["kind"]
        assert ["III.1", "III.3"] == [
            g["id"] for g in data["task_groups"] if g["id"].startswith("III.")
        ]

    def test_a_report_in_parts_keeps_a_kind(self) -> None:
        """Only a plan's kind passes from the opening to the parts: a report's is no draft kind."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/BC-UBND\nNam Định, ngày 5 tháng 3 năm 2020\n"
            "BÁO CÁO\nVề tăng cường phối hợp công tác\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
            "- Nâng cao.\nII. NỘI DUNG\n1. Tuyên truyền\n- Tổ chức hội nghị.\n"
        )
        assert "program" == draft.document
        assert draft.data.get("kind") not in (None, "plan", "report")

    def test_reviews_every_six_months_and_every_year(self) -> None:
        """A line "Định kỳ 6 tháng, hàng năm ... sơ kết": two cadences, as "01 năm" gives."""
        rules = coordprog.import_text(DEPARTMENT_PLAN).data["schedule"]
        assert [6, 12] == [review["every_months"] for review in rules["reviews"]]

    def test_a_review_the_opening_says_was_held_is_no_final_review(self) -> None:
        """A review "Sau 3 năm thực hiện ..., Sở đã ... tổ chức tổng kết" was held: no rule."""
        reported = DEPARTMENT_PLAN.replace(
            "Căn cứ Luật",
            "Sau 3 năm thực hiện Đề án giai đoạn 2023 - 2025, Sở Công Thương đã chỉ đạo các "
            "phòng tổ chức tổng kết, đánh giá kết quả.\nCăn cứ Luật",
        )
        assert "final_review" not in coordprog.import_text(reported).data["schedule"]
        planned = reported.replace(
            "thực hiện.\n", "thực hiện.\nKết thúc năm 2026, Sở tổ chức tổng kết Kế hoạch.\n"
        )
        assert "final_review" in coordprog.import_text(planned).data["schedule"]

    def test_a_law_whose_name_ends_with_so_cited_with_its_number(self) -> None:
        """A law "Luật Công nghiệp công nghệ số số 71/2025/QH15": "số" ends its name."""
        assert [("71/2025/QH15", "Luật Công nghiệp công nghệ số", dt.date(2025, 6, 14))] == [
            (c.number, c.title, c.date)
            for c in coordprog.find_citations(
                "Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;"
            )
        ]

    def test_this_plan_named_in_a_task_is_no_act(self) -> None:
        """A task "- Căn cứ chức năng, nhiệm vụ ... của Chỉ thị và Kế hoạch này": no act."""
        data = coordprog.import_text(
            DEPARTMENT_PLAN.replace(
                "- Quán triệt nội dung Kế hoạch này.\n",
                "- Căn cứ chức năng, nhiệm vụ chủ động triển khai các nội dung của Chỉ thị và "
                "Kế hoạch này.\n",
            )
        ).data
        assert "Kế hoạch này" not in [ref.get("title") for ref in data["legal_refs"]]

    def test_a_line_in_brackets_under_the_title_naming_another_act(self) -> None:
        """A line "(Ban hành kèm theo Nghị quyết số ...)" under a plan's title: to check."""
        data = coordprog.import_text(
            DEPARTMENT_PLAN.replace(
                "năm 2026\nCăn cứ",
                "năm 2026\n(Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy "
                "Lào Cai)\nCăn cứ",
            )
        ).data
        assert data["title"] == "Thực hiện Đề án phát triển công nghiệp xanh năm 2026"
        assert "title" in [item["path"] for item in data["to_complete"]]


def test_an_anniversary_s_dates_in_brackets_under_a_title_are_the_title_s() -> None:
    """A title, its anniversary's dates on a line in brackets, and its last line after them."""
    data = coordprog.import_text(
        "HỘI LHTN VIỆT NAM\nUB HUYỆN A\nSố: 15-KH/UBH\nA, ngày 09 tháng 10 năm 2015\n"
        "KẾ HOẠCH\nTổ chức kỷ niệm 59 năm Ngày truyền thống Hội LHTN Việt Nam\n"
        "(15/10/1956 - 15/10/2015)\nvà chào mừng Đại hội Đảng các cấp\n"
        "Thực hiện Chương trình công tác Hội năm 2015, Ủy ban Hội LHTN huyện A xây dựng kế "
        "hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n- Tuyên truyền.\n"
    ).data
    assert data["title"] == (
        "Tổ chức kỷ niệm 59 năm Ngày truyền thống Hội LHTN Việt Nam (15/10/1956 - 15/10/2015) "
        "và chào mừng Đại hội Đảng các cấp"
    )
    assert "period" not in data  # the anniversary's dates are no period of the plan


@pytest.mark.parametrize(
    "stamp", ["Ngày 06/04/2021 23:23:18", "Ngày cập nhật 24/04/2020", "Đăng ngày 17 - 05 - 2024"]
)
def test_a_page_s_posting_stamp_under_its_heading_ends_the_title(stamp: str) -> None:
    """A page's heading "THÔNG BÁO Về việc ..." and its posting stamp: the stamp is no title's.

    Round 41's ward notice and commune plan had their titles run on with the stamp and the
    lines after it, unflagged.
    """
    data = coordprog.import_text(
        f"Tìm kiếm tin tức\nTHÔNG BÁO Về việc lấy ý kiến cử tri về Đề án sắp xếp các phường\n"
        f"{stamp}\n\nUBND phường A thông báo Về việc lấy ý kiến cử tri\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Ủy ban nhân dân phường A thông báo việc lấy ý kiến cử tri đến toàn thể nhân dân.\n"
    ).data
    assert data["title"] == "Về việc lấy ý kiến cử tri về Đề án sắp xếp các phường"


def test_the_party_whose_leadership_a_title_in_capitals_names() -> None:
    """A title "SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI ...": the Party keeps its capital, re-cased."""
    data = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 15/KH-UBND\nLào Cai, ngày 06 tháng 02 năm 2026\n"
        "KẾ HOẠCH\nTRIỂN KHAI CHỈ THỊ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC "
        "QUẢN LÝ KHOÁNG SẢN\nThực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ "
        "Tỉnh ủy.\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    ).data
    assert "sự lãnh đạo của Đảng đối với công tác" in data["title"]


def test_a_title_in_capitals_keeps_a_term_s_numeral_and_the_prime_minister_s_symbol() -> None:
    """A term "(KHÓA VII)" is re-cased "(khóa VII)"; "QĐ-TTG" is "QĐ-TTg", title and act alike."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/KH-UBND\nQuảng Nam, ngày 06 tháng 02 năm 2023\n"
        "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH (KHÓA VII) VÀ "
        "QUYẾT ĐỊNH SỐ 12/QĐ-TTG\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    assert draft.data["title"].endswith("(khóa VII) và Quyết định số 12/QĐ-TTg")
    assert "12/QĐ-TTg" in [act["number"] for act in draft.data["legal_refs"]]


def test_a_joint_plan_signed_in_a_table_before_its_recipients() -> None:
    """Two bodies' signature blocks on table rows, then "Nơi nhận": both signatures are read."""
    text = (
        "SỞ TƯ PHÁP TỈNH BẮC KẠN | HỘI NÔNG DÂN TỈNH BẮC KẠN\nSố: 05/KHLT-STP-HND\n"
        "Bắc Kạn, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH LIÊN TỊCH\nPhối hợp tuyên truyền pháp luật\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiểu biết.\nII. NỘI DUNG PHỐI HỢP\n"
        "1. Biên soạn tài liệu\n- Cơ quan chủ trì: Sở Tư pháp.\nIII. TỔ CHỨC THỰC HIỆN\n"
        "Hai bên giao các phòng làm đầu mối.\nSỞ TƯ PHÁP | HỘI NÔNG DÂN TỈNH\n"
        "GIÁM ĐỐC | CHỦ TỊCH\nNguyễn Văn D | Trần Thị E\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    signed = coordprog.import_text(text).data["signatories"]
    assert [("GIÁM ĐỐC", "Nguyễn Văn D"), ("CHỦ TỊCH", "Trần Thị E")] == [
        (s["title"], s["name"]) for s in signed
    ]


def test_a_plan_s_last_recipient_the_copy_stops_in_is_left_out() -> None:
    """A plan whose copy stops in a recipient's line before its semicolon loses that line.

    The other lines end with ";": the last one, the copy's last words, may be cut at any
    word ("- Cục Kiểm tra văn bản QPP"); it is left out and the remark names it.
    """
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 372/KH-UBND\nBắc Kạn, ngày 17 tháng 11 năm 2014\n"
        "KẾ HOẠCH\nThực hiện Chiến lược quốc gia phòng, chống lao\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Giảm số người mắc lao.\n"
        "II. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì, phối hợp với các sở, ngành thực hiện.\n"
        "Nơi nhận:\n- Bộ Y tế;\n- CT, PCT UBND tỉnh;\n- Cục Kiểm tra văn bản QPP\n"
    )
    draft = coordprog.import_text(text)
    assert ["Bộ Y tế;", "CT, PCT UBND tỉnh;"] == draft.data["recipients"]
    assert any("Cục Kiểm tra văn bản QPP" in remark for remark in draft.unsure)


_PROMULGATES = (
    "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 46/QĐ-VKSTC\nHà Nội, ngày 20 tháng 02 năm 2017\n"
    "QUYẾT ĐỊNH\n{title}\nVIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
    "Căn cứ Luật Tổ chức Viện kiểm sát nhân dân ngày 24/11/2014;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này {named}.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


class TestInstrumentsOfOtherTypes:
    """An instrument of a type no kind of the format names is of the kind ``other``."""

    def test_a_code_of_conduct_keeps_its_type_line(self) -> None:
        draft = coordprog.import_text(
            _PROMULGATES.format(
                title="BAN HÀNH QUY TẮC ỨNG XỬ CỦA KIỂM SÁT VIÊN TẠI PHIÊN TÒA",
                named="Quy tắc ứng xử của Kiểm sát viên tại phiên tòa",
            )
        )
        assert draft.data["kind"] == "other"
        assert draft.data["type_line"] == "Quy tắc ứng xử"
        assert draft.data["title"] == "Quy tắc ứng xử của Kiểm sát viên tại phiên tòa"

    def test_an_unknown_type_is_left_for_a_person_to_write(self) -> None:
        """A scoring table is no regulation: its kind is ``other``, its type line to write."""
        draft = coordprog.import_text(
            _PROMULGATES.format(
                title="VỀ VIỆC BAN HÀNH BẢNG CHẤM ĐIỂM THI ĐUA ÁP DỤNG ĐỐI VỚI VIỆN KIỂM SÁT",
                named="Bảng chấm điểm thi đua áp dụng đối với Viện kiểm sát",
            )
        )
        assert draft.data["kind"] == "other"
        assert "type_line" not in draft.data
        assert "type_line" in {item["path"] for item in draft.data["to_complete"]}

    _SIGNED = "VIỆN TRƯỞNG\nLê Minh Trí\n"

    @pytest.mark.parametrize(
        ("printed", "named", "heading"),
        [
            (
                "QUY TẮC ỨNG XỬ",
                "Quy tắc ứng xử của Kiểm sát viên tại phiên tòa",
                "CỦA KIỂM SÁT VIÊN TẠI PHIÊN TÒA",
            ),
            ("ĐIỀU LỆ", "Điều lệ Hội Cựu kiểm sát viên", "HỘI CỰU KIỂM SÁT VIÊN"),
        ],
    )
    def test_the_type_line_its_heading_prints_is_read(
        self, printed: str, named: str, heading: str
    ) -> None:
        """A type no kind names printed alone above the title is its type line: none to write."""
        draft = coordprog.import_text(
            _PROMULGATES.format(title=f"BAN HÀNH {named.upper()}", named=named)
            + self._SIGNED
            + f"{printed}\n{heading}\n(Ban hành kèm theo Quyết định số 46/QĐ-VKSTC)\n"
            "Điều 1. Phạm vi\nVăn bản này quy định.\n"
        )
        assert ("other", printed) == (draft.data["kind"], draft.data["type_line"])
        assert named.casefold() == draft.data["title"].casefold()  # its capitals re-cased
        flagged = [item for item in draft.data["to_complete"] if item["path"] != "promulgation"]
        assert not [item for item in flagged if item["path"] in ("type_line", "kind")]
        assert not any("không in loại văn bản" in item["reason"] for item in flagged)

    def test_a_copy_that_stops_in_the_attached_line_keeps_the_title(self) -> None:
        """A heading whose "(Ban hành kèm theo" line the copy cuts ("(Ban h") ends before it."""
        named = "Quy tắc ứng xử của Kiểm sát viên tại phiên tòa"
        draft = coordprog.import_text(
            _PROMULGATES.format(title=f"BAN HÀNH {named.upper()}", named=named)
            + self._SIGNED
            + "QUY TẮC ỨNG XỬ\nCỦA KIỂM SÁT VIÊN TẠI PHIÊN TÒA\n(Ban h"
        )
        assert ("QUY TẮC ỨNG XỬ", named) == (draft.data["type_line"], draft.data["title"])

    def test_a_type_line_with_the_title_on_its_line_is_not_read_as_printed(self) -> None:
        """Only a line of the type's words alone is a type line; else the name's words say it."""
        named = "Điều lệ Hội Cựu kiểm sát viên"
        draft = coordprog.import_text(
            _PROMULGATES.format(title=f"BAN HÀNH {named.upper()}", named=named)
            + self._SIGNED
            + "ĐIỀU LỆ HỘI CỰU KIỂM SÁT VIÊN\n(Ban hành kèm theo Quyết định số 46/QĐ-VKSTC)\n"
            "Điều 1. Tên gọi\nHội Cựu kiểm sát viên.\n"
        )
        assert ("other", "Điều lệ") == (draft.data["kind"], draft.data["type_line"])


#: A guidance reprinted by a news page without its letterhead, number or type line.
_REPRINTED_GUIDANCE = (
    "Hướng dẫn tổ chức kỷ niệm ngày thành lập\n\n"
    "Căn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ niệm; "
    "{sentence}\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n- Nhằm tôn vinh truyền thống vẻ vang.\n"
)


def test_a_copy_without_type_line_that_announces_a_guidance_is_one() -> None:
    """A copy without type line or number announcing a guidance is one, flagged.

    Its own sentence "... hướng dẫn ... như sau:" opens its parts. Round 39's guidance of
    the Central Propaganda and Education Commission, reprinted by a news page, had been
    drafted as a program.
    """
    draft = coordprog.import_text(
        _REPRINTED_GUIDANCE.format(
            sentence="Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên truyền kỷ niệm "
            "100 năm Ngày sinh đồng chí A (23/11/1922 - 23/11/2022) như sau:"
        )
    )
    assert draft.data["kind"] == "guidance"
    assert any(item["path"] == "kind" for item in draft.data["to_complete"])


@pytest.mark.parametrize(
    "sentence",
    [
        "thực hiện hướng dẫn của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy xây dựng "
        "kế hoạch như sau:",
        "Ban Tuyên giáo Trung ương hướng dẫn triển khai kế hoạch tuyên truyền như sau:",
    ],
)
def test_a_sentence_naming_guidance_it_carries_out_or_another_document_is_no_guidance(
    sentence: str,
) -> None:
    """Guidance the text carries out, or another document it says it makes, names no kind."""
    draft = coordprog.import_text(_REPRINTED_GUIDANCE.format(sentence=sentence))
    assert draft.data["kind"] != "guidance"


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Phòng, chống thiên tai năm 2025 trên địa bàn xã Xuân A", ("2025-01-01", "2025-12-31")),
        ("Rà soát hộ nghèo năm 2021 trên địa bàn huyện B", ("2021-01-01", "2021-12-31")),
        ("Thực hiện Chiến lược đến năm 2030 trên địa bàn xã Xuân A", None),
    ],
)
def test_a_title_s_own_year_before_the_area_it_covers(
    title: str, period: tuple[str, str] | None
) -> None:
    """A year before the area the title covers is the plan's; a horizon ("đến năm 2030") is not.

    Round 41's Xuân Tín plan and round 37's U Minh Thượng plan had no period.
    """
    data = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nXÃ XUÂN A\nSố: 36/KH-UBND\nXuân A, ngày 07 tháng 5 năm 2025\n"
        f"KẾ HOẠCH\n{title}\nCăn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền.\n"
    ).data
    got = data.get("period")
    assert (None if got is None else (str(got["start"]), str(got["end"]))) == period


@pytest.mark.parametrize("before", ["V/v ban hành", "Về việc ban hành"])
def test_a_decision_cut_before_it_decides_promulgates_what_its_title_names(before: str) -> None:
    """A decision's number over a title "V/v ban hành Quy chế ...": what it promulgates.

    A copy that stops before "QUYẾT ĐỊNH:" is drafted as the regulation it promulgates,
    whichever of the usual words its title puts before the name; "V/v ban hành" had been
    read as a decision titled so.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 24/2017/QĐ-UBND\nBắc Giang, ngày 05 tháng 3 năm 2017\n"
        f"{before} Quy chế phối hợp quản lý nhà nước về tài nguyên nước\n"
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert ("regulation", "Quy chế phối hợp quản lý nhà nước về tài nguyên nước") == (
        draft.data["kind"],
        draft.data["title"],
    )
    assert draft.data["promulgation"]["number"] == "24/2017/QĐ-UBND"


def test_a_type_line_leaving_a_title_of_two_words_flags_the_kind() -> None:
    """A heading "QUY CHẾ PHỐI HỢP CÔNG TÁC" / "Giữa ...": its type and title "Công tác" unsure.

    Round 56's copy prints its heading's first line in capitals and its title's words after it
    in small letters; the kind read from the first line is listed to check with the title.
    """
    draft = coordprog.import_text(LISTED_TOGETHER)
    assert draft.data["kind"] == "regulation"
    assert "kind" in {item["path"] for item in draft.data["to_complete"]}


def test_a_type_line_with_a_title_of_its_own_flags_no_kind() -> None:
    """A title of more than two words under its type line leaves the kind unflagged."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 01/QC-UBND\nBắc Kạn, ngày 05 tháng 3 năm 2018\n"
        "QUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA CÁC SỞ\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi phối hợp\nQuy chế này quy định.\n"
    )
    draft = coordprog.import_text(text)
    assert "kind" not in {item["path"] for item in draft.data.get("to_complete", [])}


def test_words_after_a_type_over_a_title_in_sentence_case_are_the_type_s() -> None:
    """A type's words and more over "Về ...": the title is the line under, the kind flagged."""
    draft = coordprog.import_text(
        "VIỆN KIỂM SÁT NHÂN DÂN TỈNH TUYÊN QUANG\nSố: 01/QCLN-VKS-TA\n"
        "Tuyên Quang, ngày 26 tháng 12 năm 2016\nQUY CHẾ PHỐI HỢP LIÊN NGÀNH\n"
        "Về phối hợp trong công tác giao, gửi bản án hình sự trên địa bàn tỉnh Tuyên Quang\n"
        "Căn cứ Luật Thi hành án hình sự năm 2010;\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n"
    )
    data = draft.data
    assert data["title"].startswith("Về phối hợp trong công tác giao, gửi bản án hình sự")
    assert "regulation" == data["kind"]
    flagged = {item["path"] for item in data.get("to_complete", [])}
    assert {"kind", "title"} <= flagged


def test_a_joint_guidance_s_type_line_keeps_lien_nganh_out_of_its_title() -> None:
    """A joint guidance ("HƯỚNG DẪN LIÊN NGÀNH") is a guidance, its title without "Liên ngành"."""
    data = coordprog.import_text(
        "UBND TỈNH LÀO CAI\nSỞ Y TẾ - BHXH TỈNH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 43/HDLN-SYT-BHXH\nLào Cai, ngày 30 tháng 03 năm 2016.\n"
        "HƯỚNG DẪN LIÊN NGÀNH\n"
        "ĐĂNG KÝ KHÁM BỆNH, CHỮA BỆNH BAN ĐẦU TRÊN ĐỊA BÀN TỈNH LÀO CAI\n"
        "Căn cứ Thông tư số 40/2015/TT-BYT ngày 16/11/2015 của Bộ Y tế;\n"
        "I. ĐĂNG KÝ KHÁM BỆNH\n1. Người tham gia đăng ký tại cơ sở gần nơi cư trú.\n"
    ).data
    assert "guidance" == data["kind"]
    assert data["title"].startswith("Đăng ký khám bệnh")


@pytest.mark.parametrize(
    "count", ["gồm 11 Chương, 57 Điều", ", gồm 5 Chương, 20 Điều", "(gồm 03 chương và 15 điều)"]
)
def test_the_count_of_parts_after_an_instrument_s_name_is_not_its_title(count: str) -> None:
    """Điều 1 "Ban hành kèm theo ... Quy chế làm việc ... gồm 11 Chương, 57 Điều": no count.

    Round 58's district decision counts the chapters and articles of the regulation it
    promulgates after its name; the count had been read into the regulation's title.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN MỘC CHÂU\nSố: 736/2011/QĐ-UBND\n"
        "Mộc Châu, ngày 28 tháng 7 năm 2011\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Ủy ban nhân dân huyện Mộc Châu\n"
        "ỦY BAN NHÂN DÂN HUYỆN\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\n"
        "QUYẾT ĐỊNH:\n"
        f"Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân huyện "
        f"Mộc Châu {count}.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành sau 07 ngày, kể từ ngày ký.\n"
    )
    name = "Quy chế làm việc của Ủy ban nhân dân huyện Mộc Châu"
    assert name == draft.data["title"]
    assert [name] == draft.data["promulgation"]["instruments"]


def test_a_type_line_that_lost_its_last_letter_is_the_type_s() -> None:
    """A line "QUY CH" over a title in sentence case: the type line, its "Ế" lost by the page.

    Round 58's portal copy drops the letters of some marks ("QUY CH", "phi hợp"); the cut
    type line had been read as the title ("Quy CH").
    """
    draft = coordprog.import_text(
        "QUY CH\nTổ chức và hoạt động của\n"
        "Hội đồng phối hợp phổ biến giáo dục pháp luật huyện Khoái Châu\n"
        "(Ban hành kèm theo Quyết định số 01/QĐ-HĐPB ngày 07 tháng 02 năm 2019)\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi đối tượng điều chỉnh\n"
        "Quy chế này áp dụng chung cho tổ chức và hoạt động của Hội đồng.\n"
    )
    assert (
        "regulation",
        "Tổ chức và hoạt động của Hội đồng phối hợp phổ biến giáo dục pháp luật huyện Khoái Châu",
    ) == (
        draft.data["kind"],
        draft.data["title"],
    )


@pytest.mark.parametrize(
    ("printed", "right", "number"),
    [
        ("QUYÊT ĐINH", "QUYẾT ĐỊNH", "12/2019/QĐ-UBND"),
        ("QUYẾT DỊNH", "QUYẾT ĐỊNH", "12/2019/QĐ-UBND"),
        ("QUYẾT ÐỊNH", "QUYẾT ĐỊNH", "12/2019/QĐ-UBND"),
        ("THÔNG TƯ LIÊN TICH", "THÔNG TƯ LIÊN TỊCH", "12/2019/TTLT-BTP-BCA"),
    ],
)
def test_a_type_line_a_scan_misread_is_the_type_s(printed: str, right: str, number: str) -> None:
    """A type line whose capitals a scan printed without tone marks, or with "D" for "Đ".

    "QUYÊT ĐINH" had been read as the first words of the title, "THÔNG TƯ LIÊN TICH" as a
    circular whose title began "Liên tich", without a flag: the draft is the one of the type
    line printed right.
    """
    text = (
        "BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}\nHà Nội, ngày 23 tháng 5 năm 2019\n"
        "{}\nHướng dẫn phối hợp trong công tác giám định tư pháp\n"
        "Căn cứ Luật Giám định tư pháp ngày 20 tháng 6 năm 2012;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn việc phối hợp.\n"
        "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày ký.\n"
    )
    draft, expected = (coordprog.import_text(text.format(line)) for line in (printed, right))
    assert "Hướng dẫn phối hợp trong công tác giám định tư pháp" == expected.data["title"]
    assert (expected.data, expected.unsure) == (draft.data, draft.unsure)


@pytest.mark.parametrize(
    ("letterhead", "deciding"),
    [
        ("UY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"),
        ("ỦY BAN NHÂN DÂN", "UY BAN NHÂN DÂN TỈNH VĨNH LONG"),
        ("ÚY BAN NHÂN DÂN", "ÚY BAN NHÂN DÂN TỈNH VĨNH LONG"),
    ],
)
def test_a_committee_a_scan_printed_without_its_hook_is_the_committee(
    letterhead: str, deciding: str
) -> None:
    """A scan's "UY BAN NHÂN DÂN" is "ỦY BAN NHÂN DÂN": the draft is the one printed right.

    The deciding body's line "UY BAN NHÂN DÂN TỈNH ..." had been run on into the title without
    a flag, and the letterhead's committee read as a "Ban Nhân dân tỉnh ...".
    """
    text = (
        "{}\nTỈNH VĨNH LONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 06/2019/QĐ-UBND\nVĩnh Long, ngày 23 tháng 5 năm 2019\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế phối hợp trong công tác giám định tư pháp\n{}\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Quang\n"
    )
    draft = coordprog.import_text(text.format(letterhead, deciding))
    expected = coordprog.import_text(
        text.format("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG")
    )
    assert "Ủy ban nhân dân tỉnh Vĩnh Long" == expected.data["parties"][0]["name"]
    assert (expected.data, expected.unsure) == (draft.data, draft.unsure)


@pytest.mark.parametrize("printed", ["TH ÔNG TƯ", "THÔNG T Ư"])
def test_a_broken_type_line_a_scan_spaced_is_the_type_s(printed: str) -> None:
    """A gazette heading's "THÔNG TƯ" / "LIÊN TỊCH CỦA ..." with a space a scan put in a word.

    "TH ÔNG TƯ" had been read as a circular's type line, its title "Liên tịch của Bộ Tư pháp
    ...", without a flag: the draft is the one of the heading printed right.
    """
    text = (
        "{}\nLIÊN TỊCH CỦA BỘ TƯ PHÁP - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
        "SỐ 12/2001/TTLT-BTP-VKSTC NGÀY 26 THÁNG 2 NĂM 2001 HƯỚNG DẪN THỰC HIỆN MỘT SỐ QUY ĐỊNH "
        "PHÁP LUẬT VỀ THI HÀNH ÁN DÂN SỰ\n"
        "Để áp dụng một số quy định pháp luật về thi hành án dân sự, Bộ Tư pháp - Viện Kiểm sát "
        "nhân dân tối cao thống nhất hướng dẫn như sau:\n"
        "I. CÁCH XÁC ĐỊNH VIỆC THI HÀNH ÁN\n1. Mỗi quyết định thi hành án được coi là một việc.\n"
    )
    draft, expected = (coordprog.import_text(text.format(line)) for line in (printed, "THÔNG TƯ"))
    assert (
        "joint-circular",
        "Hướng dẫn thực hiện một số quy định pháp luật về thi hành án dân sự",
    ) == (
        expected.data["kind"],
        expected.data["title"],
    )
    assert (expected.data, expected.unsure) == (draft.data, draft.unsure)


@pytest.mark.parametrize("deciding", ["THU TƯƠNG CHINH PHU", "ỦY BAN NHÂN DÂN TINH THAI NGUYÊN"])
def test_a_deciding_line_a_scan_misread_ends_a_title_in_small_letters(deciding: str) -> None:
    """A line in capitals under a title in small letters is who decides, read or not.

    "THU TƯƠNG CHINH PHU", a scan's capitals without their tones, had been run on into the
    title without a flag.
    """
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 159/2007/QĐ-TTg\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 10 năm 2007\n\nQUYẾT ĐỊNH\n\n"
        "Ban hành Quy chế phối hợp giữa các Bộ, ngành, địa phương đối với các vùng kinh tế\n"
        f"___________________________\n\n{deciding}\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    assert (
        "Ban hành Quy chế phối hợp giữa các Bộ, ngành, địa phương đối với các vùng kinh tế"
        == draft.data["promulgation"]["title"]
    )


#: A minister's decision whose title's last line the copy prints in capitals.
_LAST_LINE_IN_CAPITALS = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 812/QĐ-BNNMT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 14 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n\n"
    "Ban hành Quy chế phối hợp kiểm tra hoạt động khai thác thủy sản\n{last}\n\n"
    "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n"
    "Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


@pytest.mark.parametrize(
    ("last", "read"),
    [
        ("TẠI CÁC CẢNG CÁ VEN BIỂN", "tại các cảng cá ven biển"),
        ("CỦA CÁC TÀU CÁ NGOÀI TỈNH", "của các tàu cá ngoài tỉnh"),
    ],
)
def test_a_title_s_last_line_in_capitals_is_the_title_s_to_check(last: str, read: str) -> None:
    """A title in small letters whose last line a copy printed in capitals keeps that line.

    "... khai thác thủy sản" / "TẠI CÁC CẢNG CÁ VEN BIỂN" had been read as who decides: the
    title stopped a line short, without a flag. The line is the title's, re-cased, and
    where the title ends is listed to check.
    """
    draft = coordprog.import_text(_LAST_LINE_IN_CAPITALS.format(last=last))
    assert (
        f"Ban hành Quy chế phối hợp kiểm tra hoạt động khai thác thủy sản {read}"
        == draft.data["promulgation"]["title"]
    )
    assert any(
        item["path"] == "promulgation.title" and last in item["text"]
        for item in draft.data["to_complete"]
    )


@pytest.mark.parametrize(
    "deciding", ["BÔ TRƯƠNG BÔ NÔNG NGHIÊP VA MÔI TRƯƠNG", "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG BỘ"]
)
def test_a_deciding_line_under_a_title_in_small_letters_is_still_who_decides(
    deciding: str,
) -> None:
    """A post or an organ in capitals under a title's line, also without its tones, decides."""
    draft = coordprog.import_text(_LAST_LINE_IN_CAPITALS.format(last=deciding))
    assert (
        "Ban hành Quy chế phối hợp kiểm tra hoạt động khai thác thủy sản"
        == draft.data["promulgation"]["title"]
    )
    assert not any(item["path"] == "promulgation.title" for item in draft.data["to_complete"])


def test_a_committee_under_a_title_ending_on_its_chair_is_the_title_s() -> None:
    """A committee under a title that ends on its chair, the letterhead's post after it.

    "... bầu chức vụ Chủ tịch" / "ỦY BAN NHÂN DÂN TỈNH ... NHIỆM KỲ ..." / "THỦ TƯỚNG ...":
    under a title in small letters, the committee whose chair is elected had been read as
    the body that decides: the title cut, and the central decision given the committee's
    province without a flag. The line is the title's, re-cased and listed to check; the
    letterhead's post, on the next line, decides.
    """
    draft = coordprog.import_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 301/QĐ-TTg\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 20 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Phê chuẩn kết quả bầu chức vụ Chủ tịch\n"
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA NHIỆM KỲ 2026 - 2031\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê chuẩn kết quả bầu chức vụ Chủ tịch.\n"
    )
    assert draft.data["title"] == (
        "Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa nhiệm kỳ 2026 - 2031"
    )
    assert "province" not in draft.data
    assert any(
        item["path"] == "title" and "KHÁNH HÒA" in item["text"]
        for item in draft.data["to_complete"]
    )


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("3O/2Ol8/QĐ-UBND", "30/2018/QĐ-UBND"),
        ("l55/KH-UBND", "155/KH-UBND"),
        ("ll-HD/VPTW", "11-HD/VPTW"),
        ("2O -QĐ/HĐĐTW", "20-QĐ/HĐĐTW"),
        ("l3 KH/LĐ", "13-KH/LĐ"),
        ("2866/l998-TT-BQP", "2866/1998-TT-BQP"),
    ],
)
def test_a_number_whose_digits_a_scan_read_as_letters(printed: str, number: str) -> None:
    """A number line's "O" for "0" and "l" for "1" in its serial and year are those digits.

    "Số: 3O/2Ol8/QĐ-UBND" had been read as the number "3O/2Ol8/QĐ-UBND", without a flag.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: {printed}\nVĩnh Long, ngày 23 tháng 5 năm 2018\n"
        "KẾ HOẠCH\nTriển khai công tác phối hợp giám định tư pháp năm 2018\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm phối hợp giữa các sở, ngành.\n"
    )
    assert number == draft.data["number"]


@pytest.mark.parametrize(
    ("printed", "number", "said"),
    [
        ("1 45/KH-UBND", "145/KH-UBND", "with a space"),
        ("14 5/KH-UBND", "145/KH-UBND", "with a space"),
        ("145/KH-UB ND", "145/KH-UB", "goes on past"),
        ("145/KH-", "145/KH-", "goes on past"),
    ],
)
def test_a_number_line_a_copy_broke_is_listed_to_check(
    printed: str, number: str, said: str
) -> None:
    """A serial broken by a space, a symbol broken or cut at its hyphen: read, and flagged.

    "Số: 1 45/KH-UBND" had been the number "1", "Số: 145/KH-UB ND" the number "145/KH-UB",
    and "Số: 145/KH-" over the national heading "145/KH-CỘNG", each without a flag.
    """
    draft = coordprog.import_text(
        f"ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: {printed}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nVĩnh Long, ngày 23 tháng 5 năm 2018\n"
        "KẾ HOẠCH\nTriển khai công tác phối hợp giám định tư pháp năm 2018\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm phối hợp giữa các sở, ngành.\n"
    )
    assert number == draft.data["number"]
    assert any(remark.startswith("number:") and said in remark for remark in draft.unsure)


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("CỘNG HOÀ XÁ HỘI CHỦ NGHĨA VIỆT NAM", "Số:"),
        ("CỘNG HÒA XẢ HỘI CHỦ NGHĨA VIỆT NAM", "Số:"),
        ("CÔNG HOA XA HÔI CHU NGHIA VIÊT NAM", "Số:"),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Sô:"),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "S ố:"),
        ("CỘNG HOÀ XÁ HỘI CHỦ NGHĨA VIỆT NAM", "S ố :"),
        ("CỘNG HÒA XÁ HỘI CHỦ\nNGHĨA VIỆT NAM", "Số:"),
    ],
)
def test_a_heading_and_number_label_a_scan_misread(heading: str, label: str) -> None:
    """A scan's "XÁ HỘI" in the national heading, "Sô:" or "S ố:" for "Số:", are those words.

    "CỘNG HOÀ XÁ HỘI ..." had been read as a party's name's rest ("Hội Chủ nghĩa Việt Nam"),
    and a report's type line and title lost; "Sô: 12/KH-UBND" left the number unread. The
    draft is the one printed right.
    """
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n{}\n{} 12/KH-UBND\n"
        "Độc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 10 tháng 3 năm 2020\n\nKẾ HOẠCH\n"
        "Phối hợp tuyên truyền pháp luật năm 2020\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Tuyên truyền pháp luật cho nhân dân.\n"
    )
    draft = coordprog.import_text(text.format(heading, label))
    right = heading.replace("XÁ", "XÃ").replace("XẢ", "XÃ") if "\n" in heading else None
    expected = coordprog.import_text(
        text.format(right or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:")
    )
    assert ("12/KH-UBND", "Bắc Ninh") == (expected.data["number"], expected.data["province"])
    assert (expected.data, expected.unsure) == (draft.data, draft.unsure)


def test_a_report_s_type_line_over_a_text_drafted_as_another_kind_is_flagged() -> None:
    """A report that reviews no window it names is drafted as a program: its kind is flagged.

    Not a review's record, "BÁO CÁO" / "Tình hình đội ngũ ..." had been drafted as a program
    without a flag on its kind (as a copy that printed a report's title above its type line
    had been, before that title was read).
    """
    draft = coordprog.import_text(
        "CĐGD NINH THUẬN\nCĐ TRƯỜNG THPT PHƯỚC HÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhước Hà, ngày 20 tháng 5 năm 2016\nBÁO CÁO\n"
        "Tình hình đội ngũ công đoàn trường\nI. ĐÁNH GIÁ TÌNH HÌNH ĐỘI NGŨ\n"
        "1. Thuận lợi: đội ngũ đạt chuẩn.\n2. Khó khăn: một số đoàn viên ở xa.\n"
    )
    assert ("program", "program") == (draft.document, draft.data["kind"])
    assert any(item["path"] == "kind" for item in draft.data["to_complete"])


@pytest.mark.parametrize(
    ("letterhead", "authority"),
    [
        ("ỦY B AN NHÂN D ÂN\nTỈNH VĨNH LONG", "TM. ỦY BAN NHÂN DÂN"),
        ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG", "TM. ỦY B AN NHÂN D ÂN"),
        ("UBND TỈN H VĨNH LONG", "TM. ỦY BAN NHÂN DÂN"),
    ],
)
def test_a_body_s_word_a_scan_split_with_a_space_is_one_word(
    letterhead: str, authority: str
) -> None:
    """A scan's "NHÂN D ÂN", "ỦY B AN", "TỈN H" in the letterhead or the signature are those words.

    The letterhead so printed had left its party's name to check, and the signature's authority
    had been kept as "TM. ỦY B AN NHÂN D ÂN": the draft is the one printed right.
    """
    text = (
        "{}\nSố: 45/KH-UBND\nVĩnh Long, ngày 10 tháng 3 năm 2021\nKẾ HOẠCH\n"
        "Phối hợp tuyên truyền pháp luật năm 2021\nI. NHIỆM VỤ\n"
        "1. Sở Tư pháp chủ trì tuyên truyền.\n{}\nCHỦ TỊCH\nNguyễn Văn An\n"
    )
    draft = coordprog.import_text(text.format(letterhead, authority))
    expected = coordprog.import_text(
        text.format("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG", "TM. ỦY BAN NHÂN DÂN")
    )
    assert "Ủy ban nhân dân tỉnh Vĩnh Long" == expected.data["parties"][0]["name"]
    assert (expected.data, expected.unsure) == (draft.data, draft.unsure)


def test_a_split_letter_outside_a_body_s_name_and_a_name_before_a_colon_stay_as_printed() -> None:
    """A title's "TIỂU KHU B AN NINH" is no "BAN"; "Ông Lò Văn Sô: 0912 ..." is no label."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 45/KH-UBND\nHà Nam, ngày 10 tháng 3 năm 2021\n"
        "KẾ HOẠCH\nPHỐI HỢP TUẦN TRA TẠI TIỂU KHU B AN NINH TRẬT TỰ NĂM 2021\nI. NHIỆM VỤ\n"
        "1. Công an xã chủ trì tuần tra; liên hệ ông Lò Văn Sô: 0912345678.\n"
    )
    said = json.dumps(draft.data, ensure_ascii=False, default=str)
    assert draft.data["title"].endswith("tiểu khu b an ninh trật tự năm 2021")
    assert "ông Lò Văn Sô: 0912345678" in said


_PORTAL_FOOTER = (
    "Cổng thông tin điện tử tỉnh Nghệ An\n"
    "Địa chỉ: Số 03, đường Trường Thi, thành phố Vinh, tỉnh Nghệ An\n"
    "Điện thoại: 0238.3844.345 - Fax: 0238.3844.678\n"
    "Bản quyền thuộc Ủy ban nhân dân tỉnh Nghệ An\nCơ quan chủ quản: UBND tỉnh Nghệ An\n"
)


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 45/KH-UBND\nHà Nam, ngày 10 tháng 3 năm 2021\nKẾ HOẠCH\n"
    "Phối hợp tuyên truyền pháp luật năm 2021\nI. NHIỆM VỤ\n"
    "1. Sở Thông tin và Truyền thông thẩm định hồ sơ cấp giấy phép thiết lập trang thông tin "
    "điện tử tổng hợp.\n2. Sở Văn hóa bảo vệ bản quyền của tác giả.\n"
    "3. Sở Tư pháp đăng tải Kế hoạch trên Cổng thông tin điện tử tỉnh\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\nNơi nhận:\n- Cổng TTĐT tỉnh;\n- Lưu: VT.\n"
)


@pytest.mark.parametrize("footer", ["", _PORTAL_FOOTER])
def test_a_document_s_own_words_of_a_portal_are_not_its_footer(footer: str) -> None:
    """A task naming a licence, rights or the portal, and a recipient "Cổng TTĐT", are kept.

    Only a block of a portal's own lines at the end is its footer: the words in a sentence
    ("... giấy phép thiết lập trang thông tin điện tử", "bảo vệ bản quyền của tác giả") or in
    an item ending on the portal's name are the document's.
    """
    draft = coordprog.import_text(f"{_PLAN}{footer}")
    said = json.dumps(draft.data, ensure_ascii=False, default=str)
    assert "thiết lập trang thông tin điện tử tổng hợp" in said
    assert "bảo vệ bản quyền của tác giả" in said
    assert "đăng tải Kế hoạch trên Cổng thông tin điện tử tỉnh" in said
    assert "Nguyễn Văn An" in said
    assert "Nghệ An" not in said


@pytest.mark.parametrize("joint", ["\n", " "])
def test_a_web_portal_s_footer_is_no_part_of_the_document(joint: str) -> None:
    """A portal's footer after the text, or run on with its last line, is left out.

    Its "Cơ quan chủ quản: UBND tỉnh Nghệ An" had given a central circular the province Nghệ
    An, and a title the page cut had run on into the portal's name, without a flag.
    """
    text = (
        "BỘ TƯ PHÁP - BỘ CÔNG AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/2019/TTLT-BTP-BCA\nHà Nội, ngày 23 tháng 5 năm 2019\nTHÔNG TƯ LIÊN TỊCH\n"
        "Hướng dẫn phối hợp trong công tác giám định tư pháp\n"
        "Căn cứ Luật Giám định tư pháp ngày 20 tháng 6 năm 2012;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn việc phối hợp.\n"
        "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày ký.\n"
    )
    draft = coordprog.import_text(f"{text}{_PORTAL_FOOTER}")
    expected = coordprog.import_text(text)
    assert "province" not in expected.data
    assert (expected.data, expected.unsure) == (draft.data, draft.unsure)
    cut = coordprog.import_text(
        f"{text.split('Hướng dẫn phối hợp')[0]}Hướng dẫn phối hợp trong công{joint}{_PORTAL_FOOTER}"
    )
    assert "Hướng dẫn phối hợp trong công" == cut.data["title"]
    assert any(item["path"] == "title" for item in cut.data["to_complete"])


_PROMULGATING = (
    "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/2019/QĐ-UBND\nNam Định, ngày 12 tháng 3 năm 2019\n"
    "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp quản lý nhà nước về biển, đảo\n"
    "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý nhà nước về biển, đảo.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n"
    "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n{heading}\nPhối hợp quản lý nhà nước về biển, đảo\n"
    "(Ban hành kèm theo Quyết định số 12/2019/QĐ-UBND ngày 12 tháng 3 năm 2019)\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy định việc phối hợp.\n"
)


@pytest.mark.parametrize(("heading", "flagged"), [("QUY ĐỊNH", True), ("QUY CHẾ", False)])
def test_an_instrument_headed_as_another_kind_than_the_decision_names_is_flagged(
    heading: str, flagged: bool
) -> None:
    """Điều 1 promulgates a "Quy chế" whose heading prints "QUY ĐỊNH": the kind is to check."""
    draft = coordprog.import_text(_PROMULGATING.format(heading=heading))
    assert "promulgation" in draft.data
    items = [item for item in draft.data.get("to_complete", []) if item["path"] == "kind"]
    assert flagged == bool(items)
