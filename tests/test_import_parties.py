"""Who issues and signs an imported document: letterheads of organisations, departments, joints.

The bodies are read by the grammar of their names and by the letterhead's layout (issue 22,
the fifth round of development documents): an organisation's name over the committee that
issues for it, a ministry over its department, two departments of two ministries side by
side, a department of the Front signing for itself.
"""

import datetime as dt
from typing import Any

import pytest

import coordprog

from .import_texts import LISTED_TOGETHER

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _parties(text: str) -> list[dict[str, Any]]:
    return list(coordprog.import_text(text).data["parties"])


def _party(text: str) -> dict[str, Any]:
    parties = _parties(text)
    assert 1 == len(parties)
    return parties[0]


class TestOrganisationLetterheads:
    def test_a_central_committee_printed_under_its_organisation(self) -> None:
        """The line under a mass organisation's name names its central committee, which issues."""
        party = _party(
            "HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\n" + MOTTO + "Số: 35-CV/HNDTW\n"
            "Hà Nội, ngày 02 tháng 3 năm 2020\nV/v tổ chức hội thi nhà nông đua tài\n"
            "Kính gửi: Ban Thường vụ Hội Nông dân các tỉnh, thành phố\n"
            "Ban Thường vụ Trung ương Hội đề nghị các tỉnh tổ chức hội thi ở cơ sở.\n"
        )
        expected = {
            "name": "Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
            "short_name": "Hội Nông dân Việt Nam",
            "level": "central",
            "issuing_organ": "Ban Thường vụ Trung ương Hội",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_youth_union_committee_of_a_province(self) -> None:
        """A Youth Union letterhead "ĐOÀN TNCS HỒ CHÍ MINH / BCH TỈNH ..." is the province's."""
        party = _party(
            "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TỈNH NINH THUẬN\n***\n" + MOTTO + "Số: 12-KH/TĐTN-PT\n"
            "Ninh Thuận, ngày 10 tháng 3 năm 2021\nKẾ HOẠCH\nTỔ CHỨC THÁNG THANH NIÊN NĂM 2021\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Phát huy vai trò của thanh niên.\n"
        )
        expected = {
            "name": "Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Ninh Thuận",
            "short_name": "Tỉnh đoàn Ninh Thuận",
            "level": "province",
            "province": "Ninh Thuận",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_youth_union_committee_named_by_its_own_word_keeps_that_name(self) -> None:
        """A committee printed "BCH HUYỆN ĐOÀN ..." under the Union keeps its own name.

        The committee's line names it in full ("Huyện đoàn Giao Thủy"); its name had been
        written with the missing unit as the word "None".
        """
        party = _party(
            "ĐOÀN TNCS HỒ CHÍ MINH\nBCH HUYỆN ĐOÀN GIAO THỦY\n***\n" + MOTTO + "Số: 45-KH/HĐTN\n"
            "Giao Thủy, ngày 5 tháng 3 năm 2019\nKẾ HOẠCH\nPHỐI HỢP TUYÊN TRUYỀN PHÁP LUẬT\n"
            "I. MỤC ĐÍCH\n1. Bảo đảm phối hợp.\n"
        )
        expected = {
            "name": "Ban Chấp hành Huyện đoàn Giao Thủy",
            "short_name": "Huyện đoàn Giao Thủy",
            "level": "district",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_the_standing_board_of_a_youth_union_is_no_department(self) -> None:
        """A Youth Union's "BAN THƯỜNG VỤ TỈNH ĐOÀN ..." is the province's Union, not a "Vụ"."""
        party = _party(
            "BAN THƯỜNG VỤ TỈNH ĐOÀN LÂM ĐỒNG\n" + MOTTO + "Số: 40-KH/TĐTN\n"
            "Lâm Đồng, ngày 05 tháng 4 năm 2022\nKẾ HOẠCH\nPHỐI HỢP TỔ CHỨC NGÀY HỘI THANH NIÊN\n"
            "I. MỤC ĐÍCH\n1. Tập hợp thanh niên.\n"
        )
        assert ("Tỉnh đoàn Lâm Đồng", "province") == (party["name"], party["level"])

    def test_a_council_signs_under_the_name_its_members_call_it(self) -> None:
        """A signature for the "Hội đồng Đội Trung ương" is the letterhead's central council's."""
        draft = coordprog.import_text(
            "ĐỘI TNTP HỒ CHÍ MINH\nHỘI ĐỒNG TRUNG ƯƠNG\n***\nSố: 07-QĐ/HĐĐTW\n"
            "Hà Nội, ngày 15 tháng 5 năm 2016\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n"
            "HỘI ĐỒNG TRUNG ƯƠNG ĐỘI TNTP HỒ CHÍ MINH\n- Căn cứ Điều lệ Đội TNTP Hồ Chí Minh;\n"
            "QUYẾT ĐỊNH\nĐiều 1: Ban hành Quy chế làm việc (theo văn bản gửi kèm).\n"
            "Điều 2: Quyết định có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu VP.\n"
            "TM. HỘI ĐỒNG ĐỘI TRUNG ƯƠNG\nCHỦ TỊCH\nNguyễn Văn An\n"
        )
        parties = draft.data["parties"]
        signatories = draft.data["promulgation"]["signatories"]
        expected = (
            ["Hội đồng Trung ương Đội Thiếu niên Tiền phong Hồ Chí Minh"],
            [(parties[0]["id"], "Nguyễn Văn An")],
        )
        assert expected == (
            [party["name"] for party in parties],
            [(signatory["party"], signatory["name"]) for signatory in signatories],
        )


class TestDepartmentLetterheads:
    def test_a_general_department_printed_under_its_ministry(self) -> None:
        """A general department printed under its ministry issues, the ministry being its own."""
        party = _party(
            "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n" + MOTTO + "Số: 1234/TCHQ-GSQL\n"
            "V/v thủ tục hải quan đối với hàng hóa quá cảnh\nHà Nội, ngày 05 tháng 6 năm 2019\n"
            "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n"
            "Tổng cục Hải quan hướng dẫn thực hiện thủ tục như sau:\n"
        )
        expected = {"name": "Tổng cục Hải quan", "level": "central", "parent_body": "Bộ Tài chính"}
        assert expected == {key: party.get(key) for key in expected}

    def test_two_departments_of_two_ministries_side_by_side(self) -> None:
        """Two ministries on one line over their two departments: each department issues."""
        parties = _parties(
            "BỘ TƯ PHÁP - BỘ\nCÔNG AN\nTRUNG TÂM LÝ LỊCH TƯ PHÁP QUỐC GIA - CỤC CẢNH SÁT QUẢN LÝ "
            "HÀNH CHÍNH VỀ TRẬT\nTỰ XÃ HỘI\n-------\n|\n" + MOTTO + "|\nSố:\n15/TTLLTPQG-QLHC\n|\n"
            "Hà Nội, ngày 02\ntháng 5 năm 2024\n|\nQUY TRÌNH\nPHỐI HỢP TRA CỨU THÔNG TIN\n"
            "Căn cứ Luật Lý lịch tư pháp năm 2009;\n"
        )
        expected = [
            ("Trung tâm Lý lịch tư pháp quốc gia", "central", "Bộ Tư pháp"),
            ("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "central", "Bộ Công an"),
        ]
        assert expected == [(p["name"], p.get("level"), p.get("parent_body")) for p in parties]


class TestFrontLetterheads:
    def test_a_department_of_the_front_signs_for_itself(self) -> None:
        """A Front department issues and signs its letter; a cited program's bodies do not."""
        draft = coordprog.import_text(
            "ỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ CẦN THƠ\nBAN TUYÊN GIÁO\n"
            "Về việc tuyên truyền ngày hội đại đoàn kết\n"
            + MOTTO
            + "Cần Thơ, ngày 05 tháng 10 năm 2021\n"
            "Kính gửi: Ban Thường trực UBMTTQVN các quận, huyện\n"
            "Căn cứ Chương trình phối hợp số 02/CTrPH-MTTQ-BĐ.TP ngày 10 tháng 3 năm 2021, giữa "
            "Ủy ban MTTQVN thành phố với Báo Cần Thơ về tuyên truyền. Ban Tuyên giáo đề nghị các "
            "quận, huyện thông tin kịp thời.\nTrân trọng kính chào!\nNơi nhận:\n"
            "- Các quận, huyện;\n"
            "- Lưu VP.\nTM. BAN TUYÊN GIÁO\nTRƯỞNG BAN\nTrần Văn Bình\n"
        )
        parties = draft.data["parties"]
        expected = (
            ["Ban Tuyên giáo Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ"],
            [(parties[0]["id"], "TRƯỞNG BAN", "Trần Văn Bình")],
        )
        assert expected == (
            [party["name"] for party in parties],
            [(s["party"], s.get("title"), s.get("name")) for s in draft.data["signatories"]],
        )


#: A provincial Farmers' Union's plan up to its recipients, its letterhead the association's
#: executive committee under the national association.
FARMERS_HEAD = (
    "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH BẮC GIANG\n"
    + MOTTO
    + "Số: 12-KH/HNDT\nBắc Giang, ngày 05 tháng 3 năm 2020\nKẾ HOẠCH\n"
    "Phối hợp tuyên truyền pháp luật cho hội viên năm 2020\nI. MỤC ĐÍCH\n"
    "1. Nâng cao hiểu biết pháp luật của hội viên.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


class TestJointSignatures:
    def test_a_board_signs_for_its_body_broken_over_two_lines(self) -> None:
        """A board's body broken over two lines ("ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN ...") is one.

        A narrow cell breaks the body's name after a whole board; neither line is a body alone.
        """
        draft = coordprog.import_text(
            "CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\n"
            + MOTTO
            + "Số: 01/2023/NQLT-CP-ĐCTUBTƯMTTQVN\nHà Nội, ngày 10 tháng 10 năm 2023\n"
            "NGHỊ QUYẾT LIÊN TỊCH\nVỀ CÔNG TÁC PHỐI HỢP\n"
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;\n"
            "Điều 1. Phạm vi điều chỉnh\nNghị quyết liên tịch này quy định công tác phối hợp.\n"
            "TM. ĐOÀN CHỦ TỊCH\nỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM\nCHỦ TỊCH\n"
            "Đỗ Văn Chiến\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Minh Chính\n"
        )
        names = {party["id"]: party["name"] for party in draft.data["parties"]}
        assert [
            ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "CHỦ TỊCH", "Đỗ Văn Chiến"),
            ("Chính phủ", "THỦ TƯỚNG", "Phạm Minh Chính"),
        ] == [(names[s["party"]], s["title"], s["name"]) for s in draft.data["signatories"]]
        assert (
            "TM. ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM"
            == draft.data["signatories"][0]["authority"]
        )

    def test_a_board_signs_for_its_body_with_the_place_on_the_next_line(self) -> None:
        """A body whole on its line and its place on the next ("HỘI NÔNG DÂN" / "TỈNH ..."): one.

        The place had been left out of the authority ("TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN") and the
        body read without it.
        """
        draft = coordprog.import_text(
            FARMERS_HEAD + "TM. BAN THƯỜNG VỤ\nHỘI NÔNG DÂN\nTỈNH BẮC GIANG\nCHỦ TỊCH\n"
            "Nguyễn Văn An\n"
        )
        signature = draft.data["signatories"][0]
        assert "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH BẮC GIANG" == signature["authority"]

    @pytest.mark.parametrize("block", ["HỘI NÔNG DÂN TỈNH\n", "HỘI NÔNG DÂN\nTỈNH BẮC GIANG\n", ""])
    def test_a_board_signs_for_the_association_its_executive_committee_heads(
        self, block: str
    ) -> None:
        """The association a signature names is the letterhead's executive committee's.

        "BCH HỘI NÔNG DÂN TỈNH BẮC GIANG" is the party; "TM. BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN
        TỈNH" signs for it, not for a second party "Hội Nông dân tỉnh Bắc Giang" (added,
        flagged, when the letterhead's name began to keep its "Ban Chấp hành").
        """
        draft = coordprog.import_text(
            FARMERS_HEAD + f"TM. BAN THƯỜNG VỤ\n{block}CHỦ TỊCH\nNguyễn Văn An\n"
        )
        parties = draft.data["parties"]
        assert [("Ban Chấp hành Hội Nông dân tỉnh Bắc Giang", parties[0]["id"])] == [
            (parties[0]["name"], s["party"]) for s in draft.data["signatories"]
        ]
        assert len(parties) == 1

    def test_two_blocks_printed_on_one_line_sign_for_their_bodies(self) -> None:
        """Two blocks a copy prints on one line are two signatures, each for its own party."""
        draft = coordprog.import_text(
            "BAN THƯỜNG VỤ TỈNH ĐOÀN LÂM ĐỒNG - BAN THƯỜNG VỤ HỘI LHPN TỈNH LÂM ĐỒNG\n"
            + MOTTO
            + "Số: 05/KHLT-TĐTN-HLHPN\nLâm Đồng, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH LIÊN TỊCH\n"
            "PHỐI HỢP TUYÊN TRUYỀN PHÒNG CHỐNG BẠO LỰC GIA ĐÌNH NĂM 2022\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của đoàn viên, hội viên.\n"
            "II. NỘI DUNG\n1. Tỉnh đoàn chủ trì tổ chức tuyên truyền.\n"
            "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH\nPHÓ BÍ THƯ\nCHỦ TỊCH\n"
            "Nguyễn Văn An\nTrần Thị Bình\n"
        )
        names = {party["id"]: party["name"] for party in draft.data["parties"]}
        expected = [
            ("Tỉnh đoàn Lâm Đồng", "PHÓ BÍ THƯ", "Nguyễn Văn An"),
            ("Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng", "CHỦ TỊCH", "Trần Thị Bình"),
        ]
        assert expected == [
            (names[s["party"]], s["title"], s["name"]) for s in draft.data["signatories"]
        ]

    def test_a_body_signs_through_its_representative(self) -> None:
        """An "ĐẠI DIỆN ..." block signs for the body it names, beside a standing board's block."""
        draft = coordprog.import_text(
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH KIÊN GIANG - HỘI NÔNG DÂN TỈNH KIÊN GIANG\n"
            + MOTTO
            + "Số: 01/CTPH-BĐBP-HND\nKiên Giang, ngày 05 tháng 6 năm 2024\n"
            "CHƯƠNG TRÌNH PHỐI HỢP\nVẬN ĐỘNG NÔNG DÂN KHU VỰC BIÊN GIỚI GIAI ĐOẠN 2024 - 2029\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Phát huy vai trò của nông dân.\n"
            "II. NỘI DUNG PHỐI HỢP\n1. Tuyên truyền, vận động nông dân.\n"
            "ĐẠI DIỆN BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\nCHỈ HUY TRƯỞNG\nLê Văn Cường\n"
            "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH\nCHỦ TỊCH\nPhạm Thị Dung\n"
        )
        names = {party["id"]: party["name"] for party in draft.data["parties"]}
        expected = [
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "CHỈ HUY TRƯỞNG", "Lê Văn Cường"),
            ("Hội Nông dân tỉnh Kiên Giang", "CHỦ TỊCH", "Phạm Thị Dung"),
        ]
        assert expected == [
            (names[s["party"]], s["title"], s["name"]) for s in draft.data["signatories"]
        ]

    JOINT = (
        "BỘ CÔNG AN - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
        + MOTTO
        + "Số: 04/2018/TTLT-BCA-VKSNDTC\nHà Nội, ngày 19 tháng 10 năm 2018\n"
        "THÔNG TƯ LIÊN TỊCH\nQuy định việc phối hợp trong công tác kiểm sát\n"
        "Căn cứ Luật Tổ chức Viện kiểm sát nhân dân ngày 24 tháng 11 năm 2014;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này quy định việc phối hợp.\n"
    )

    @pytest.mark.parametrize(
        "blocks",
        [
            # Each body printed under the authority line whose post heads it.
            "KT. VIỆN TRƯỞNG\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nPHÓ VIỆN TRƯỞNG\nNguyễn Văn An\n"
            "KT. BỘ TRƯỞNG\nBỘ CÔNG AN\nTHỨ TRƯỞNG\nThượng tướng\nLê Văn Bình\n",
            # The same two blocks side by side, as a PDF's text keeps the table's rows.
            "KT. VIỆN TRƯỞNG" + " " * 30 + "KT. BỘ TRƯỞNG\n"
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" + " " * 15 + "BỘ CÔNG AN\n"
            "PHÓ VIỆN TRƯỞNG" + " " * 30 + "THỨ TRƯỞNG\n"
            "Nguyễn Văn An" + " " * 32 + "Lê Văn Bình\n",
        ],
    )
    def test_a_body_under_its_authority_line_is_the_one_signed_for(self, blocks: str) -> None:
        """A signer signs for the body printed under the authority line ("KT. VIỆN TRƯỞNG")."""
        data = coordprog.import_text(self.JOINT + blocks).data
        names = {party["id"]: party["name"] for party in data["parties"]}
        assert [
            ("Viện kiểm sát nhân dân tối cao", "PHÓ VIỆN TRƯỞNG", "Nguyễn Văn An"),
            ("Bộ Công an", "THỨ TRƯỞNG", "Lê Văn Bình"),
        ] == [(names[s["party"]], s["title"], s["name"]) for s in data["signatories"]]
        # The body goes on the authority line as when printed on it ("KT. BỘ TRƯỞNG BỘ Y TẾ").
        assert [
            "KT. VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
            "KT. BỘ TRƯỞNG BỘ CÔNG AN",
        ] == [s["authority"] for s in data["signatories"]]

    COURT_AND_MINISTRY = (
        "TÒA ÁN NHÂN DÂN TỐI CAO - BỘ TƯ PHÁP\n"
        + MOTTO
        + "Số: 01/2014/TTLT-TANDTC-BTP\nHà Nội, ngày 06 tháng 01 năm 2014\n"
        "THÔNG TƯ LIÊN TỊCH\nHướng dẫn thi hành Điều 32 của Luật Tố tụng hành chính\n"
        "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 02 tháng 4 năm 2002;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn.\n"
    )

    @pytest.mark.parametrize(
        "blocks",
        [
            # The bodies side by side over the two blocks' authority lines.
            "TÒA ÁN NHÂN DÂN TỐI CAO" + " " * 12 + "BỘ TƯ PHÁP\n"
            "KT. CHÁNH ÁN" + " " * 12 + "KT. BỘ TRƯỞNG\n"
            "PHÓ CHÁNH ÁN" + " " * 12 + "THỨ TRƯỞNG\n"
            "Nguyễn Văn An" + " " * 12 + "Lê Thị Bình\n",
            # No body printed: each post heads one kind of body, and one party is of each.
            "KT. CHÁNH ÁN" + " " * 12 + "KT. BỘ TRƯỞNG\n"
            "PHÓ CHÁNH ÁN" + " " * 12 + "THỨ TRƯỞNG\n"
            "Nguyễn Văn An" + " " * 12 + "Lê Thị Bình\n",
        ],
    )
    def test_blocks_side_by_side_sign_for_their_own_bodies(self, blocks: str) -> None:
        """Each of two blocks printed side by side signs for its own party."""
        data = coordprog.import_text(self.COURT_AND_MINISTRY + blocks).data
        names = {party["id"]: party["name"] for party in data["parties"]}
        assert [
            ("Tòa án nhân dân tối cao", "PHÓ CHÁNH ÁN", "Nguyễn Văn An"),
            ("Bộ Tư pháp", "THỨ TRƯỞNG", "Lê Thị Bình"),
        ] == [(names[s["party"]], s["title"], s["name"]) for s in data["signatories"]]
        assert not [i for i in data["to_complete"] if i["path"].startswith("signatories")]

    DEFENCE_AND_POLICE = (
        "BỘ QUỐC PHÒNG - BỘ CÔNG AN\n"
        + MOTTO
        + "Số: 15/2019/TTLT-BQP-BCA\nHà Nội, ngày 12 tháng 3 năm 2019\n"
        "THÔNG TƯ LIÊN TỊCH\nHướng dẫn phối hợp bảo vệ an ninh biên giới\n"
        "Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn việc phối hợp.\n"
    )

    @pytest.mark.parametrize(
        "bodies_first",
        [True, False],
    )
    def test_two_ministries_side_by_side_each_sign_with_their_rank(
        self, bodies_first: bool
    ) -> None:
        """Two ministries' blocks side by side, bodies over or under the authority lines."""
        gap = " " * 30
        bodies = f"BỘ QUỐC PHÒNG{gap}BỘ CÔNG AN\n"
        authority = f"KT. BỘ TRƯỞNG{gap}KT. BỘ TRƯỞNG\n"
        blocks = (bodies + authority if bodies_first else authority + bodies) + (
            f"THỨ TRƯỞNG{gap}THỨ TRƯỞNG\nThượng tướng{gap}Trung tướng\n"
            f"Trần Văn Cường{gap}Lê Văn Dũng\n"
        )
        data = coordprog.import_text(self.DEFENCE_AND_POLICE + blocks).data
        names = {party["id"]: party["name"] for party in data["parties"]}
        assert [
            ("Bộ Quốc phòng", "Thượng tướng", "Trần Văn Cường"),
            ("Bộ Công an", "Trung tướng", "Lê Văn Dũng"),
        ] == [(names[s["party"]], s.get("rank"), s["name"]) for s in data["signatories"]]

    def test_a_governor_beside_a_deputy_minister(self) -> None:
        """The State Bank's "PHÓ THỐNG ĐỐC" is a post: each block signs for its own body."""
        gap = " " * 30
        data = coordprog.import_text(
            "BỘ TÀI CHÍNH - NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n"
            + MOTTO
            + "Số: 05/2019/TTLT-BTC-NHNN\nHà Nội, ngày 12 tháng 3 năm 2019\n"
            "THÔNG TƯ LIÊN TỊCH\nHướng dẫn phối hợp thu ngân sách\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn việc phối hợp.\n"
            f"KT. THỐNG ĐỐC{gap}KT. BỘ TRƯỞNG\nPHÓ THỐNG ĐỐC{gap}THỨ TRƯỞNG\n"
            f"Trần Văn Cường{gap}Lê Thị Dung\n"
        ).data
        names = {party["id"]: party["name"] for party in data["parties"]}
        assert [
            ("Ngân hàng Nhà nước Việt Nam", "PHÓ THỐNG ĐỐC", "Trần Văn Cường"),
            ("Bộ Tài chính", "THỨ TRƯỞNG", "Lê Thị Dung"),
        ] == [(names[s["party"]], s["title"], s["name"]) for s in data["signatories"]]

    def test_the_state_audit_s_deputy_signs_for_it_and_a_block_left_out_is_flagged(self) -> None:
        """The State Audit's deputy signs for it; a block for no party flags the list."""
        head = (
            "KIỂM TOÁN NHÀ NƯỚC - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
            + MOTTO
            + "Số: 01/2019/QCPH-KTNN-VKSTC\nHà Nội, ngày 12 tháng 3 năm 2019\nQUY CHẾ PHỐI HỢP\n"
            "Giữa Kiểm toán nhà nước và Viện kiểm sát nhân dân tối cao\n"
            "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n"
        )
        data = coordprog.import_text(
            head + "KT. TỔNG KIỂM TOÁN\nPHÓ TỔNG KIỂM TOÁN\nĐặng Văn An\n"
            "KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\nNguyễn Văn Bình\n"
        ).data
        names = {party["id"]: party["name"] for party in data["parties"]}
        assert ["Kiểm toán Nhà nước", "Viện kiểm sát nhân dân tối cao"] == [
            names[s["party"]] for s in data["signatories"]
        ]
        data = coordprog.import_text(head + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐặng Văn An\n").data
        assert "signatories" in [i["path"] for i in data["to_complete"]]

    def test_a_post_that_heads_another_kind_of_body_is_flagged(self) -> None:
        """A deputy chief justice read as signing for a ministry is listed to check."""
        data = coordprog.import_text(
            self.COURT_AND_MINISTRY + "BỘ TƯ PHÁP\nKT. CHÁNH ÁN\nPHÓ CHÁNH ÁN\nNguyễn Văn An\n"
        ).data
        assert "signatories[0].party" in [i["path"] for i in data["to_complete"]]


class TestOneLineCopies:
    """A copy that holds a whole page on one line, its letterhead's two columns interleaved."""

    def test_a_province_committee_whose_name_wraps_around_the_national_heading(self) -> None:
        """The words each side of the heading ("ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM") are one body."""
        draft = coordprog.import_text(
            "Nội dung Text: Quyết định số 12/2015/QĐ-UBND\n\n  1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM TỈNH HÀ NAM Độc lập - Tự do - Hạnh phúc ******* ******* Số: "
            "12/2015/QĐ-UBND Phủ Lý, ngày 04 tháng 6 năm 2015 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ PHỐI "
            "HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ NAM ỦY BAN NHÂN DÂN TỈNH HÀ NAM "
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; "
            "Xét đề nghị của Giám đốc Sở Công Thương, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo "
            "Quyết định này Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Hà Nam. "
            "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.\n"
        )
        decision = draft.data["promulgation"]
        expected = {
            "number": "12/2015/QĐ-UBND",
            "date": dt.date(2015, 6, 4),
            "place": "Phủ Lý",
            "title": "Ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Hà Nam",
        }
        assert expected == {key: decision.get(key) for key in expected}
        party = draft.data["parties"][0]
        assert ("Ủy ban nhân dân tỉnh Hà Nam", "province") == (party["name"], party["level"])

    def test_a_ministry_whose_name_is_broken_by_the_national_heading(self) -> None:
        """A ministry's name on two lines beside the heading is read whole, with its minister."""
        party = _party(
            "Nội dung Text: Thông tư số 05/2012/TT-BVHTTDL\n\n  1. BỘ VĂN HÓA, THỂ THAO CỘNG HÒA "
            "XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ DU LỊCH Độc lập \u2013 Tự do \u2013 Hạnh phúc ******* "
            "******* Số: "
            "05/2012/TT-BVHTTDL Hà Nội, ngày 02 tháng 5 năm 2012 THÔNG TƯ QUY ĐỊNH MẪU VỀ TỔ CHỨC, "
            "HOẠT ĐỘNG VÀ TIÊU CHÍ CỦA TRUNG TÂM VĂN HÓA - THỂ THAO XÃ BỘ TRƯỞNG BỘ VĂN HÓA, THỂ "
            "THAO VÀ DU LỊCH Căn cứ Nghị định số 185/2007/NĐ-CP ngày 25 tháng 12 năm 2007 của "
            "Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, "
            "Thể thao và Du lịch; Xét đề nghị của Vụ trưởng Vụ Văn hóa dân tộc, Bộ trưởng Bộ Văn "
            "hóa, Thể thao và Du lịch quy định như sau: Điều 1. Phạm vi điều chỉnh Thông tư này "
            "quy định mẫu về tổ chức, hoạt động của Trung tâm.\n"
        )
        expected = {
            "name": "Bộ Văn hóa, Thể thao và Du lịch",
            "level": "central",
            "issuing_organ": "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        }
        assert expected == {key: party.get(key) for key in expected}

    @pytest.mark.parametrize("blank", ["ngày tháng năm", "ngày…tháng…năm"])
    def test_a_chairman_s_decision_with_its_number_and_day_left_blank(self, blank: str) -> None:
        """A page on one line with a blank number and day, and the Chairman's enacting line.

        The place and year are read (the blanks spaces or glued dots), the decision's date is
        the year (flagged), the title stops at "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ...", and the
        articles keep no caption.
        """
        draft = coordprog.import_text(
            "Xem mẫu\n\n  1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN GIÁ RAI Độc "
            f"lập \u2013 Tự do \u2013 Hạnh phúc Số: /QĐ-UBND Giá Rai, {blank} 2013 QUYẾT "
            "ĐỊNH Ban hành Quy chế hoạt động của Tổ công tác Dân vận chính quyền huyện Giá Rai "
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN GIÁ RAI Căn cứ Luật Tổ chức HĐND và UBND ngày "
            "26/11/2003; Thực hiện Chỉ thị số 20/2004/CT-UBND, ngày 23/12/2004 của UBND t ỉnh "
            "Bạc Liêu về công tác dân vận; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này "
            "Quy chế công tác Dân vận chính quyền huyện Giá Rai. Điều 2. Quyết định có hiệu lực "
            "kể từ ngày ký./. CHỦ TỊCH Nơi nhận: - Như Điều 2; - Lưu: VT.\n"
        )
        decision = draft.data["promulgation"]
        expected = {
            "date": "2013",
            "place": "Giá Rai",
            "title": "Ban hành Quy chế hoạt động của Tổ công tác Dân vận chính quyền huyện Giá Rai",
        }
        assert expected == {key: decision.get(key) for key in expected}
        assert [None, None] == [a.get("caption") for a in decision["articles"]]
        assert ["CHỦ TỊCH"] == [s.get("title") for s in decision["signatories"]]
        assert "promulgation.date" in [i["path"] for i in draft.data["to_complete"]]
        assert ["UBND tỉnh Bạc Liêu"] == [r.get("issuer") for r in draft.data["legal_refs"][1:]]
        party = draft.data["parties"][0]
        expected_party = {
            "name": "Ủy ban nhân dân huyện Giá Rai",
            "issuing_organ": "Chủ tịch Ủy ban nhân dân huyện Giá Rai",
        }
        assert expected_party == {key: party.get(key) for key in expected_party}


PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM\n"


def _to_check(text: str) -> dict[str, str]:
    return {
        str(item["path"]): str(item.get("text") or "")
        for item in coordprog.import_text(text).data.get("to_complete", [])
    }


class TestStackedLetterheads:
    def test_the_party_central_office_under_the_central_committee(self) -> None:
        """The line "VĂN PHÒNG" under the Central Committee's, the date between, is the Office."""
        party = _party(
            "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\n"
            "Hà Nội, ngày 15 tháng 4 năm 2015\nVĂN PHÒNG\nSố: 30-HD/VPTW\n"
            "HƯỚNG DẪN\nvề lưu trữ văn bản của Đảng\n"
            "Văn phòng Trung ương Đảng hướng dẫn như sau:\nI. PHẠM VI\n1. Các cơ quan đảng.\n"
        )
        expected = {
            "name": "Văn phòng Trung ương Đảng",
            "level": "central",
            "parent_body": "Ban Chấp hành Trung ương Đảng",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_party_board_under_the_central_committee(self) -> None:
        """A board printed under the Central Committee's line is the Party's central board."""
        party = _party(
            "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\n*\nSố: 12-HD/BTGTW\n"
            + PARTY_MOTTO
            + "Hà Nội, ngày 02 tháng 01 năm 2019\nHƯỚNG DẪN\ntuyên truyền các ngày lễ lớn\n"
            "I. MỤC ĐÍCH\n1. Tuyên truyền sâu rộng.\n"
        )
        expected = {"name": "Ban Tuyên giáo Trung ương", "level": "central"}
        assert expected == {key: party.get(key) for key in expected}

    def test_the_office_of_a_district_party_committee(self) -> None:
        """A letterhead "HUYỆN ỦY ... / VĂN PHÒNG" is the committee's office, not the committee."""
        party = _party(
            "HUYỆN ỦY ĐỨC TRỌNG\nVĂN PHÒNG\n*\nSố: 05-HD/VPHU\n"
            + PARTY_MOTTO
            + "Đức Trọng, ngày 10 tháng 3 năm 2020\nHƯỚNG DẪN\nvề chế độ báo cáo\n"
            "I. YÊU CẦU\n1. Báo cáo đúng hạn.\n"
        )
        expected = {
            "name": "Văn phòng Huyện ủy Đức Trọng",
            "level": "district",
            "parent_body": "Huyện ủy Đức Trọng",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_commune_committee_under_its_district(self) -> None:
        """Under "UBND HUYỆN ...", "UBND XÃ ..." issues; the district is its superior."""
        party = _party(
            "UBND HUYỆN CHƯ SÊ\nUBND XÃ IA GLAI\n" + MOTTO + "Số: 15/KH-UBND\n"
            "Ia Glai, ngày 12 tháng 5 năm 2021\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2021\n"
            "I. MỤC ĐÍCH\n1. Chủ động phòng dịch.\n"
        )
        expected = {
            "name": "Ủy ban nhân dân xã Ia Glai",
            "level": "commune",
            "parent_body": "Ủy ban nhân dân huyện Chư Sê",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_district_labour_federation_under_its_province_beside_the_motto(self) -> None:
        """A letterhead table flattened row by row, the motto in each row: the lower line issues."""
        data = coordprog.import_text(
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐÔ LƯƠNG | Độc lập - Tự do - Hạnh phúc |\n"
            "Số: 12/KH-LĐLĐ | Đô Lương, ngày 05 tháng 3 năm 2020 |\nKẾ HOẠCH\n"
            "Tổ chức Tháng Công nhân năm 2020\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
        ).data
        expected = [
            {
                "name": "Liên đoàn Lao động huyện Đô Lương",
                "level": "district",
                "province": "Nghệ An",
                "parent_body": "Liên đoàn Lao động tỉnh Nghệ An",
            }
        ]
        assert expected == [{key: p.get(key) for key in expected[0]} for p in data["parties"]]
        assert "plan" == data["kind"]

    def test_a_district_youth_union_committee_under_the_provincial_union(self) -> None:
        """The district committee under "TỈNH ĐOÀN ...": it issues; the province's is no party.

        "TỈNH ĐOÀN ĐỒNG THÁP" over "BCH ĐOÀN HUYỆN LẤP VÒ", the Youth Union's name printed in
        the motto's column under the number.
        """
        party = _party(
            "TỈNH ĐOÀN ĐỒNG THÁP\nBCH ĐOÀN HUYỆN LẤP VÒ\n***\nSố: 12-CTr/ĐTN\n"
            "ĐOÀN TNCS HỒ CHÍ MINH\nLấp Vò, ngày 05 tháng 01 năm 2021\nCHƯƠNG TRÌNH\n"
            "Công tác Đoàn năm 2021\nI. MỤC TIÊU\n1. Tập hợp thanh niên.\n"
        )
        expected = {
            "name": "Ban Chấp hành đoàn huyện Lấp Vò",
            "level": "district",
            "province": "Đồng Tháp",
            "parent_body": "Tỉnh đoàn Đồng Tháp",
        }
        assert expected == {key: party.get(key) for key in expected}

    @pytest.mark.parametrize(
        ("lines", "name"),
        [
            (
                "HỘI LHPN TỈNH BẮC GIANG\nBCH HỘI LHPN HUYỆN SƠN ĐỘNG\n",
                "Ban Chấp hành Hội Liên hiệp Phụ nữ huyện Sơn Động",
            ),
            (
                "HỘI NÔNG DÂN TỈNH BẮC GIANG\nBAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN SƠN ĐỘNG\n",
                "Ban Chấp hành Hội Nông dân huyện Sơn Động",
            ),
        ],
    )
    def test_a_district_association_s_committee_under_the_province_s(
        self, lines: str, name: str
    ) -> None:
        """The district association's committee ("BCH HỘI ... HUYỆN B") under the province's.

        It issues; it is no board of the province's association, which is its superior.
        """
        party = _party(
            lines + MOTTO + "Số: 08/KH-BTV\nSơn Động, ngày 01 tháng 6 năm 2017\nKẾ HOẠCH\n"
            "Trồng hoa tại con đường phụ nữ tự quản\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
        )
        expected = {
            "name": name,
            "level": "district",
            "province": "Bắc Giang",
            "parent_body": name.split(" huyện ")[0].removeprefix("Ban Chấp hành ")
            + " tỉnh Bắc Giang",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_two_provinces_one_over_the_other_both_issue(self) -> None:
        """Two People's Committees of one level printed one over the other are two parties."""
        parties = _parties(
            "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\n"
            + MOTTO
            + "Số: 01/QCPH\nHà Giang, ngày 12 tháng 5 năm 2021\nQUY CHẾ\n"
            "Phối hợp quản lý địa giới\nĐiều 1. Phạm vi\n"
        )
        expected = ["Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Tuyên Quang"]
        assert expected == [party["name"] for party in parties]


class TestCutLetterheads:
    def test_a_letterhead_that_lost_its_first_letter(self) -> None:
        """A line "Y BAN NHÂN DÂN" is the People's Committee, flagged with the line as printed."""
        text = (
            "Y BAN NHÂN DÂN\nTỈNH KON TUM\n" + MOTTO + "Số: 100/KH-UBND\n"
            "Kon Tum, ngày 03 tháng 10 năm 2014\nKẾ HOẠCH\nBảo vệ trẻ em năm 2015\n"
            "I. MỤC ĐÍCH\n1. Bảo vệ trẻ em.\n"
        )
        party = _party(text)
        assert ("Ủy ban nhân dân tỉnh Kon Tum", "province") == (party["name"], party["level"])
        assert "Y BAN NHÂN DÂN" == _to_check(text)["parties[0].name"]

    def test_a_board_is_not_taken_for_a_cut_organ(self) -> None:
        """A line cut at a whole word ("BAN NHÂN DÂN") is not completed: nothing is invented."""
        text = (
            "BAN NHÂN DÂN\nTỈNH KON TUM\n" + MOTTO + "Số: 100/KH-UBND\n"
            "Kon Tum, ngày 03 tháng 10 năm 2014\nKẾ HOẠCH\nBảo vệ trẻ em năm 2015\n"
            "I. MỤC ĐÍCH\n1. Bảo vệ trẻ em.\n"
        )
        assert "Ủy ban nhân dân tỉnh Kon Tum" not in [p["name"] for p in _parties(text)]

    def test_a_signature_the_copy_cuts_inside_its_body_names_nobody(self) -> None:
        """A copy that stops at "TM. ỦY BAN NHÂ" states no body "Ủy ban Nhâ" and no signature."""
        data = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n" + MOTTO + "Số: 13/2018/QĐ-UBND\n"
            "Điện Biên, ngày 26 tháng 3 năm 2018\nQUYẾT ĐỊNH\nBan hành Quy chế văn thư\n"
            "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế văn thư.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nTM. ỦY BAN NHÂ\n"
        ).data
        assert ["Ủy ban nhân dân tỉnh Điện Biên"] == [p["name"] for p in data["parties"]]
        signed = data.get("signatories") or data.get("promulgation", {}).get("signatories")
        assert not signed


class TestIssuingOrgans:
    def test_the_secretariat_acting_for_the_central_committee(self) -> None:
        """The sentence "Ban Bí thư quy định ..." under the Central Committee's names its organ."""
        party = _party(
            "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 10-QĐ/TW\n"
            + PARTY_MOTTO
            + "Hà Nội, ngày 06 tháng 02 năm 2017\nQUY ĐỊNH\nVỀ CÔNG TÁC VĂN THƯ CỦA ĐẢNG\n"
            "- Căn cứ Điều lệ Đảng;\n"
            "Ban Bí thư quy định về công tác văn thư của Đảng như sau:\n"
            "Điều 1. Phạm vi\n"
        )
        expected = {
            "name": "Ban Chấp hành Trung ương Đảng",
            "kind": "party-committee",
            "issuing_organ": "Ban Bí thư",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_minister_enacting_for_the_ministry(self) -> None:
        """The sentence "Bộ trưởng Bộ Tư pháp ban hành ..." gives the ministry's issuing organ."""
        party = _party(
            "BỘ TƯ PHÁP\n" + MOTTO + "Số: 05/2025/TT-BTP\nHà Nội, ngày 12 tháng 6 năm 2025\n"
            "THÔNG TƯ\nQuy định về công tác hộ tịch\n"
            "Căn cứ Luật Hộ tịch năm 2014;\n"
            "Bộ trưởng\nBộ Tư pháp ban hành Thông tư quy định về công tác hộ tịch.\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        assert "Bộ trưởng Bộ Tư pháp" == party.get("issuing_organ")

    def test_a_standing_organ_that_wrote_a_paper_does_not_act(self) -> None:
        """A "Tờ trình của Ban Thường vụ Tỉnh ủy" names an author, not the organ that issues."""
        party = _party(
            "TỈNH ỦY THỪA THIÊN HUẾ\n" + PARTY_MOTTO + "*\nSố 100-KL/TU\n"
            "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022\nKẾT LUẬN\nvề phát triển hạ tầng\n"
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy"
            " và kết luận:\nI. ĐÁNH GIÁ\n"
        )
        assert ("Tỉnh ủy Thừa Thiên Huế", None) == (party["name"], party.get("issuing_organ"))

    def test_the_level_read_from_the_numbers_symbol(self) -> None:
        """A procuracy printed without "TỐI CAO" is central by its symbol VKSTC, flagged."""
        text = (
            "VIỆN KIỂM SÁT NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 01/2009/CT-VKSTC | Hà Nội, ngày 05 tháng 01 năm 2009 |\n"
            "CHỈ THỊ\nVỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NĂM 2009\n"
            "Năm 2009, ngành Kiểm sát nhân dân cần tập trung thực hiện các nhiệm vụ sau đây:\n"
            "I. Nâng cao trách nhiệm\n"
        )
        party = _party(text)
        assert ("Viện kiểm sát nhân dân", "central") == (party["name"], party.get("level"))
        assert "parties[0].level" in _to_check(text)


class TestPartySignatures:
    def test_the_secretariat_signs_for_the_central_committee(self) -> None:
        """A block "T/M BAN BÍ THƯ" signs for the Central Committee, not for a second party."""
        data = coordprog.import_text(
            "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 10-QĐ/TW\n"
            + PARTY_MOTTO
            + "Hà Nội, ngày 06 tháng 02 năm 2017\nQUY ĐỊNH\nVỀ CÔNG TÁC VĂN THƯ CỦA ĐẢNG\n"
            "- Căn cứ Điều lệ Đảng;\nĐiều 1. Phạm vi\nQuy định này áp dụng cho các cơ quan đảng.\n"
            "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương.\n"
            "T/M BAN BÍ THƯ\n(Đã ký)\nĐinh Thế Huynh\n"
        ).data
        expected = [("Ban Chấp hành Trung ương Đảng", "Ban Bí thư")]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in data["parties"]]
        assert [data["parties"][0]["id"]] == [s["party"] for s in data["signatories"]]


class TestLinesOfBodies:
    def test_a_district_command_under_the_provincial_one(self) -> None:
        """A district's military command under the province's issues; the province is above it."""
        party = _party(
            "BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NAM\nBAN CHỈ HUY QUÂN SỰ HUYỆN ĐIỆN BÀN\n"
            + MOTTO
            + "Số: 20/KH-BCH\nĐiện Bàn, ngày 02 tháng 3 năm 2020\nKẾ HOẠCH\n"
            "Huấn luyện dân quân năm 2020\nI. MỤC ĐÍCH\n1. Huấn luyện đạt yêu cầu.\n"
        )
        expected = {
            "name": "Ban Chỉ huy Quân sự huyện Điện Bàn",
            "level": "district",
            "parent_body": "Bộ Chỉ huy Quân sự tỉnh Quảng Nam",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_provincial_federation_under_the_confederation(self) -> None:
        """A province's labour federation under the Confederation's name is the one that issues."""
        party = _party(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NAM\n"
            + MOTTO
            + "Số: 15/KH-LĐLĐ\nQuảng Nam, ngày 02 tháng 3 năm 2020\nKẾ HOẠCH\n"
            "Tháng công nhân năm 2020\nI. MỤC ĐÍCH\n1. Chăm lo cho công nhân.\n"
        )
        expected = {
            "name": "Liên đoàn Lao động tỉnh Quảng Nam",
            "level": "province",
            "parent_body": "Tổng Liên đoàn Lao động Việt Nam",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_party_board_whose_name_is_common_words(self) -> None:
        """A board printed alone on its line ("BAN TỔ CHỨC") is the committee's board."""
        party = _party(
            "TỈNH ỦY QUẢNG NAM\nBAN TỔ CHỨC\n*\nSố 12-HD/BTCTU\n"
            + PARTY_MOTTO
            + "Quảng Nam, ngày 06 tháng 02 năm 2017\nHƯỚNG DẪN\nvề công tác cán bộ\n"
            "I. YÊU CẦU\n1. Đúng quy trình.\n"
        )
        expected = {"name": "Ban Tổ chức Tỉnh ủy Quảng Nam", "parent_body": "Tỉnh ủy Quảng Nam"}
        assert expected == {key: party.get(key) for key in expected}

    def test_a_board_line_that_names_its_committee_again_makes_no_name(self) -> None:
        """A line "BAN TỔ CHỨC TRUNG ƯƠNG" under the Central Committee is not read twice over."""
        names = [
            p["name"]
            for p in _parties(
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC TRUNG ƯƠNG\n*\nSố 12-HD/BTCTW\n"
                + PARTY_MOTTO
                + "Hà Nội, ngày 06 tháng 02 năm 2017\nHƯỚNG DẪN\nvề công tác cán bộ\n"
                "I. YÊU CẦU\n1. Đúng quy trình.\n"
            )
        ]
        assert [] == [name for name in names if "trung ương Trung ương" in name]

    def test_a_department_under_the_peoples_committee(self) -> None:
        """A department whose name is a field's words ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ") is read whole."""
        party = _party(
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\n"
            + MOTTO
            + "Số: 15/KH-SKHĐT\nQuảng Nam, ngày 02 tháng 3 năm 2020\nKẾ HOẠCH\n"
            "Xúc tiến đầu tư năm 2020\nI. MỤC ĐÍCH\n1. Thu hút đầu tư.\n"
        )
        expected = {"name": "Sở Kế hoạch và Đầu tư tỉnh Quảng Nam", "level": "province"}
        assert expected == {key: party.get(key) for key in expected}

    def test_a_ministrys_office_on_the_line_under_it(self) -> None:
        """The line "VĂN PHÒNG" under a ministry is its office, not part of the ministry's name."""
        party = _party(
            "BỘ TƯ PHÁP\nVĂN PHÒNG\n" + MOTTO + "Số: 15/KH-VP\n"
            "Hà Nội, ngày 02 tháng 3 năm 2020\nKẾ HOẠCH\nCông tác văn thư năm 2020\n"
            "I. MỤC ĐÍCH\n1. Lưu trữ đúng quy định.\n"
        )
        expected = {"name": "Văn phòng Bộ Tư pháp", "parent_body": "Bộ Tư pháp"}
        assert expected == {key: party.get(key) for key in expected}

    def test_the_standing_committee_printed_under_its_council(self) -> None:
        """The line "THƯỜNG TRỰC" under a People's Council gives the council's issuing organ."""
        party = _party(
            "HĐND TỈNH QUẢNG NAM\nTHƯỜNG TRỰC\n" + MOTTO + "Số: 15/KH-HĐND\n"
            "Quảng Nam, ngày 02 tháng 3 năm 2020\nKẾ HOẠCH\nGiám sát năm 2020\n"
            "I. MỤC ĐÍCH\n1. Giám sát đúng luật.\n"
        )
        expected = {
            "name": "Hội đồng nhân dân tỉnh Quảng Nam",
            "issuing_organ": "Thường trực Hội đồng nhân dân tỉnh Quảng Nam",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_council_board_is_named_with_its_council(self) -> None:
        """A board under a People's Council is the council's ("Ban Pháp chế Hội đồng ...")."""
        party = _party(
            "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM\nBAN PHÁP CHẾ\n" + MOTTO + "Số: 15/BC-HĐND\n"
            "Quảng Nam, ngày 02 tháng 3 năm 2020\nKẾ HOẠCH\nThẩm tra năm 2020\n"
            "I. MỤC ĐÍCH\n1. Thẩm tra đúng luật.\n"
        )
        assert "Ban Pháp chế Hội đồng nhân dân tỉnh Quảng Nam" == party["name"]


class TestPartyBoardsInsideBodies:
    def test_the_party_board_of_a_peoples_committee_is_one_body(self) -> None:
        """A "BAN CÁN SỰ ĐẢNG UBND TỈNH ..." is one party, not a board and the committee."""
        parties = _parties(
            "TỈNH ỦY QUẢNG NAM\nBAN DÂN VẬN - BAN CÁN SỰ ĐẢNG UBND TỈNH QUẢNG NAM\n*\n"
            "Số 01-CTr/BDVTU-BCSĐ\n" + PARTY_MOTTO + "Quảng Nam, ngày 02 tháng 3 năm 2017\n"
            "CHƯƠNG TRÌNH PHỐI HỢP\nvề công tác dân vận\nI. MỤC ĐÍCH\n1. Phối hợp chặt chẽ.\n"
        )
        expected = [
            ("Ban Dân vận Tỉnh ủy Quảng Nam", "board"),
            ("Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Nam", "party-committee"),
        ]
        assert expected == [(p["name"], p.get("kind")) for p in parties]

    def test_a_party_group_of_a_mass_organisation(self) -> None:
        """An "ĐẢNG ĐOÀN HỘI ..." letterhead is the union's Party group, at the union's level."""
        party = _party(
            "ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH QUẢNG NAM\n*\nSố 05-KH/ĐĐ\n"
            + PARTY_MOTTO
            + "Quảng Nam, ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\nvề công tác hội\n"
            "I. MỤC ĐÍCH\n1. Phối hợp chặt chẽ.\n"
        )
        expected = {
            "name": "Đảng đoàn Hội Nông dân tỉnh Quảng Nam",
            "kind": "party-committee",
            "level": "province",
        }
        assert expected == {key: party.get(key) for key in expected}


class TestSignaturesOnBehalf:
    def test_deputies_sign_for_the_ministry_their_authority_names(self) -> None:
        """A "KT. BỘ TRƯỞNG BỘ CÔNG AN" block signs for that ministry in a joint circular."""
        data = coordprog.import_text(
            "BỘ TƯ PHÁP - BỘ CÔNG AN\n" + MOTTO + "Số: 01/2012/TTLT-BTP-BCA\n"
            "Hà Nội, ngày 02 tháng 3 năm 2012\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn phối hợp\n"
            "Điều 1. Phạm vi\nThông tư này áp dụng.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.\n"
            "KT. BỘ TRƯỞNG BỘ CÔNG AN\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn An\n"
            "KT. BỘ TRƯỞNG BỘ TƯ PHÁP\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn Bình\n"
        ).data
        ids = {p["name"]: p["id"] for p in data["parties"]}
        expected = [(ids["Bộ Công an"], "Nguyễn Văn An"), (ids["Bộ Tư pháp"], "Nguyễn Văn Bình")]
        assert expected == [(s.get("party"), s.get("name")) for s in data["signatories"]]


class TestPlacesThatBeginWithAHead:
    def test_a_city_whose_name_begins_with_hoi(self) -> None:
        """The city of Hội An is a place, not an association named "An"."""
        party = _party(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỘI AN\n" + MOTTO + "Số: 12/KH-UBND\n"
            "Hội An, ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\nPhòng chống thiên tai\n"
            "I. MỤC ĐÍCH\n1. Chủ động phòng chống.\n"
        )
        expected = {"name": "Ủy ban nhân dân thành phố Hội An", "level": "district"}
        assert expected == {key: party.get(key) for key in expected}

    def test_a_district_whose_name_begins_with_a_head(self) -> None:
        """Vụ Bản and Trường Sa are districts' names, not a department and a school."""
        for place in ("VỤ BẢN", "TRƯỜNG SA"):
            party = _party(
                f"ỦY BAN NHÂN DÂN\nHUYỆN {place}\n" + MOTTO + "Số: 12/KH-UBND\n"
                "ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\nPhòng chống thiên tai\n"
                "I. MỤC ĐÍCH\n1. Chủ động phòng chống.\n"
            )
            assert f"Ủy ban nhân dân huyện {place.title()}" == party["name"]


class TestDistrictsNamedByTheirNumber:
    """A city's districts and wards named by a number (corpus round 23): "Quận 11"."""

    TEXT = (
        "ỦY BAN NHÂN DÂN\nQUẬN 11\n-------\n|\n" + MOTTO + "|\nSố: 1342/QĐ-UBND\n|\n"
        "Quận 11, ngày 06\ntháng 7 năm 2023\n|\nQUYẾT ĐỊNH\nBAN\nHÀNH QUY CHẾ PHỐI HỢP TRÊN "
        "ĐỊA BÀN QUẬN 11\nCHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 11\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế phối hợp trên địa bàn Quận 11.\n"
    )

    def test_the_letterhead_names_the_district_by_its_number(self) -> None:
        """A letterhead "ỦY BAN NHÂN DÂN" / "QUẬN 11" is that district's People's Committee."""
        party = _party(self.TEXT)
        expected = {"name": "Ủy ban nhân dân quận 11", "level": "district"}
        assert expected == {key: party.get(key) for key in expected}

    def test_the_place_line_and_the_title_keep_the_number(self) -> None:
        """The place is "Quận 11"; the title in capitals ends before the enacting line."""
        data = coordprog.import_text(self.TEXT).data["promulgation"]
        assert "Quận 11" == data["place"]
        assert "Ban hành Quy chế phối hợp trên địa bàn Quận 11" == data["title"]

    def test_a_ward_of_a_number_is_not_a_date(self) -> None:
        """A figure that goes on as a number or a date is no ward's name."""
        party = _party(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG 3\n" + MOTTO + "Số: 12/KH-UBND\n"
            "Phường 3, ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\nPhòng chống thiên tai\n"
            "I. MỤC ĐÍCH\n1. Chủ động phòng chống.\n"
        )
        assert "Ủy ban nhân dân phường 3" == party["name"]
        assert "Phường 3" == coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG 3\n" + MOTTO + "Số: 12/KH-UBND\n"
            "Phường 3, ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\nPhòng chống thiên tai\n"
            "I. MỤC ĐÍCH\n1. Chủ động phòng chống.\n"
        ).data.get("place")


class TestLocalBranches:
    def test_a_provincial_social_insurance_under_the_national_one(self) -> None:
        """A province's social insurance under Vietnam Social Security is the one that issues."""
        party = _party(
            "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH QUẢNG NAM\n"
            + MOTTO
            + "Số: 12/KH-BHXH\nQuảng Nam, ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\n"
            "Phát triển người tham gia\nI. MỤC ĐÍCH\n1. Tăng số người tham gia.\n"
        )
        expected = {
            "name": "Bảo hiểm xã hội tỉnh Quảng Nam",
            "level": "province",
            "parent_body": "Bảo hiểm xã hội Việt Nam",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_district_front_committee_under_the_provinces(self) -> None:
        """A line "ỦY BAN MTTQ HUYỆN ..." under the province's Front committee is the district's."""
        party = _party(
            "UBMTTQ VIỆT NAM TỈNH QUẢNG NAM\nỦY BAN MTTQ HUYỆN ĐIỆN BÀN\n"
            + MOTTO
            + "Số: 12/KH-MTTQ\nĐiện Bàn, ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\nPhối hợp giám sát\n"
            "I. MỤC ĐÍCH\n1. Giám sát đúng luật.\n"
        )
        expected = {
            "name": "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Điện Bàn",
            "level": "district",
        }
        assert expected == {key: party.get(key) for key in expected}


class TestSignersRanks:
    def test_a_rank_printed_before_the_name(self) -> None:
        """A line "Thượng tướng Nguyễn Văn Bình" is the signer's rank and name."""
        data = coordprog.import_text(
            "BỘ Y TẾ - BỘ QUỐC PHÒNG\n" + MOTTO + "Số: 01/2015/TTLT-BYT-BQP\n"
            "Hà Nội, ngày 02 tháng 3 năm 2015\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn phối hợp\n"
            "Điều 1. Phạm vi\nThông tư này áp dụng.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.\n"
            "KT. BỘ TRƯỞNG BỘ Y TẾ\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
            "KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG\nTHỨ TRƯỞNG\nThượng tướng Nguyễn Văn Bình\n"
        ).data
        expected = [(None, "Nguyễn Văn An"), ("Thượng tướng", "Nguyễn Văn Bình")]
        assert expected == [(s.get("rank"), s.get("name")) for s in data["signatories"]]


class TestIssuerWithoutLetterhead:
    def test_a_council_named_by_its_numbers_symbol_and_place(self) -> None:
        """Without letterhead, "NQ-HĐND" and "Phú Thọ, ngày ..." name the council, flagged."""
        text = (
            MOTTO + "Số: 16/2025/NQ-HĐND\nPhú Thọ, ngày 23 tháng 7 năm 2025\n"
            "NGHỊ QUYẾT\nBAN HÀNH QUY CHẾ LÀM VIỆC\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
            "QUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Quy chế làm việc.\n"
        )
        party = _party(text)
        expected = {
            "name": "Hội đồng nhân dân tỉnh Phú Thọ",
            "level": "province",
            "province": "Phú Thọ",
        }
        assert expected == {key: party.get(key) for key in expected}
        assert "parties[0]" in _to_check(text)

    def test_no_issuer_is_invented_from_a_place_that_is_no_province(self) -> None:
        """A place line that names a town, not a province, gives no party from the symbol."""
        text = (
            MOTTO + "Số: 16/2025/NQ-HĐND\nTân An, ngày 23 tháng 7 năm 2025\n"
            "NGHỊ QUYẾT\nBAN HÀNH QUY CHẾ LÀM VIỆC\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
            "QUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Quy chế làm việc.\n"
        )
        assert [] == _parties(text)

    def test_the_body_a_plan_says_issues_it_without_letterhead(self) -> None:
        """A plan's "Uỷ ban nhân dân tỉnh xây dựng Kế hoạch ...": that body, placed by its title."""
        text = (
            "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 70 NĂM NGÀY THÀNH LẬP TỈNH VĨNH PHÚC\n"
            "Căn cứ Kế hoạch số 103/KH-UBND ngày 18/6/2019 của UBND tỉnh về việc tổ chức kỷ niệm;\n"
            "Uỷ ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Các sở, ngành tổ chức các hoạt động kỷ niệm.\n"
        )
        assert [("Ủy ban nhân dân tỉnh Vĩnh Phúc", "Vĩnh Phúc")] == [
            (p["name"], p["province"]) for p in _parties(text)
        ]
        assert "parties[0]" in _to_check(text)

    def test_a_district_s_body_takes_no_province_from_the_title(self) -> None:
        """A plan's "Ủy ban nhân dân huyện xây dựng ..." is no "huyện Quảng Nam"."""
        text = (
            "KẾ HOẠCH TRIỂN KHAI TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2020\n"
            "Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n1. Các phòng triển khai.\n"
        )
        assert ["Ủy ban nhân dân huyện"] == [p["name"] for p in _parties(text)]

    def test_a_district_s_body_is_placed_by_the_district_its_title_names(self) -> None:
        """A district's committee a copy without letterhead names only so: its title's district.

        "Ủy ban nhân dân huyện Xây dựng Kế hoạch ..." (the verb capitalised by the copy) under
        a title "... trên địa bàn huyện U Minh Thượng": that district's committee, to check.
        """
        text = (
            "KẾ HOẠCH\nRà soát hộ nghèo năm 2021\n trên địa bàn huyện U Minh Thượng\n"
            "Thực hiện Kế hoạch số 164/KH-UBND ngày 29/8/2021 của UBND tỉnh Kiên Giang.\n"
            "Ủy ban nhân dân huyện Xây dựng Kế hoạch tổ chức rà soát hộ nghèo, như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích:\nĐánh giá tình hình hộ nghèo.\n"
        )
        assert [("Ủy ban nhân dân huyện U Minh Thượng", "district")] == [
            (p["name"], p["level"]) for p in _parties(text)
        ]
        assert "parties[0]" in _to_check(text)

    def test_a_district_s_body_takes_no_common_word_its_title_capitalises_as_a_place(
        self,
    ) -> None:
        """A title's "... huyện Lần thứ VIII" names no district: the body stays unplaced."""
        text = (
            "KẾ HOẠCH\nTổ chức Đại hội Thể dục thể thao huyện Lần thứ VIII năm 2021\n"
            "Thực hiện Kế hoạch số 164/KH-UBND ngày 29/8/2021 của UBND tỉnh Kiên Giang.\n"
            "Ủy ban nhân dân huyện Xây dựng Kế hoạch tổ chức Đại hội, như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích:\nĐánh giá phong trào thể dục thể thao.\n"
        )
        assert ["Ủy ban nhân dân huyện"] == [p["name"] for p in _parties(text)]
        assert "parties[0]" in _to_check(text)

    def test_the_body_making_the_plan_not_the_one_that_issued_an_act_before(self) -> None:
        """An act "đã ban hành ... số 12/QĐ-BCA" is another's: the plan's maker is its issuer."""
        text = (
            "KẾ HOẠCH PHỐI HỢP\nNăm 2019, Bộ Công an đã ban hành Quyết định số 12/QĐ-BCA; nay"
            " Sở Tư pháp tỉnh Bình Định xây dựng Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n1. Các phòng triển khai.\n"
        )
        assert ["Sở Tư pháp tỉnh Bình Định"] == [p["name"] for p in _parties(text)]

    def test_the_bodies_a_news_item_says_made_the_plan_together(self) -> None:
        """A page without letterhead saying "A và B xây dựng Kế hoạch số ...": both, not C."""
        text = (
            "Ngày 21/3/2024, Bộ Tư pháp và Bộ Nội vụ xây dựng Kế hoạch số 46/KH-BTP-BNV về"
            " triển khai chương trình phối hợp năm 2024.\n"
            "Xét đề nghị của Bộ Tài chính ban hành Quy chế tài chính.\n"
        )
        assert ["Bộ Tư pháp", "Bộ Nội vụ"] == [p["name"] for p in _parties(text)]

    @pytest.mark.parametrize(
        ("number", "issuer"),
        [
            ("117/2003/NĐ-CP", "Chính phủ"),
            ("45/2013/QĐ-TTg", "Thủ tướng Chính phủ"),
            ("174/QĐ-TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
        ],
    )
    def test_a_central_issuer_named_by_its_numbers_symbol(self, number: str, issuer: str) -> None:
        """Without letterhead, "NĐ-CP" is the Government's, "QĐ-TTg" the Prime Minister's."""
        text = (
            MOTTO + f"Số: {number}\nHà Nội, ngày 10 tháng 10 năm 2003\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
            "Điều 1. Phạm vi điều chỉnh\nVăn bản này quy định việc phối hợp.\n"
        )
        assert [(issuer, "central")] == [(p["name"], p["level"]) for p in _parties(text)]
        assert "parties[0]" in _to_check(text)


class TestLetterheadsCutStackedOrShared:
    def test_an_organisations_name_printed_after_the_number_line(self) -> None:
        """A flattened two-column letterhead puts "ĐOÀN TNCS HỒ CHÍ MINH" under the number."""
        party = _party(
            "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 26-CTr/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\n"
            "Hà Nội, ngày 19 tháng 5 năm 2021\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
            "của Đoàn thực hiện Nghị quyết Đại hội\n"
            "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Thống nhất nhận thức.\n"
        )
        expected = {
            "name": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "kind": "mass-organisation",
            "level": "central",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_number_on_the_line_after_its_label_is_no_letterhead(self) -> None:
        """The number printed under "Số:" does not go on the ministry's name."""
        party = _party(
            "BỘ TƯ PHÁP\n" + MOTTO + "Số:\n08/2025/TT-BTP\nHà Nội, ngày 12 tháng 6 năm 2025\n"
            "THÔNG TƯ\nQuy định về công tác hộ tịch\nCăn cứ Luật Hộ tịch năm 2014;\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        assert "Bộ Tư pháp" == party["name"]

    def test_a_letterhead_cut_after_and_takes_the_name_the_text_gives(self) -> None:
        """A letterhead cut after "VÀ" is the ministry the text names whole, flagged with it."""
        text = (
            "BỘ NÔNG NGHIỆP VÀ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 12/2025/TT-BNNMT |\nHà Nội, ngày 19 tháng 6 năm 2025 |\n"
            "QUY ĐỊNH PHÂN CẤP TRONG LĨNH VỰC TRỒNG TRỌT\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;\n"
            "Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định phân cấp.\n"
        )
        party = _party(text)
        expected = {
            "name": "Bộ Nông nghiệp và Môi trường",
            "level": "central",
            "issuing_organ": "Bộ trưởng Bộ Nông nghiệp và Môi trường",
        }
        assert expected == {key: party.get(key) for key in expected}
        assert "BỘ NÔNG NGHIỆP VÀ" == _to_check(text)["parties[0].name"]

    def test_a_cut_letterhead_the_text_does_not_complete_stays_flagged(self) -> None:
        """Where the text never names the whole body, the cut name is kept and flagged."""
        text = (
            "BỘ NÔNG NGHIỆP VÀ\n" + MOTTO + "Số: 12/2025/TT-BNNMT\n"
            "Hà Nội, ngày 19 tháng 6 năm 2025\nTHÔNG TƯ\nQuy định phân cấp\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        assert ["Bộ Nông nghiệp"] == [p["name"] for p in _parties(text)]
        assert "BỘ NÔNG NGHIỆP VÀ" == _to_check(text)["parties[0].name"]

    def test_a_sites_banner_above_the_letterhead_is_no_clause(self) -> None:
        """A page's line "Để sử dụng ..." above the letterhead does not end the opening there."""
        data = coordprog.import_text(
            "Để sử dụng toàn bộ tiện ích nâng cao của trang vui lòng đăng ký gói cước.\n"
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 252/KH-UBND | Hà Giang, ngày 05 tháng 9 năm 2023 |\n"
            "KẾ HOẠCH\nTHỰC HIỆN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH TỈNH HÀ GIANG\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
        ).data
        expected = ("252/KH-UBND", dt.date(2023, 9, 5), "Ủy ban nhân dân tỉnh Hà Giang")
        assert expected == (data["number"], data["signed_on"], data["parties"][0]["name"])

    def test_two_ministers_enacting_together_each_act_for_their_ministry(self) -> None:
        """Two ministers named in one enacting sentence each act for their own ministry."""
        parties = _parties(
            "BỘ TÀI CHÍNH-BỘ\nTƯ PHÁP\n" + MOTTO + "Số:\n136/2012/TTLT-BTC-BTP\n"
            "Hà Nội, ngày 16 tháng 08 năm 2012\nTHÔNG TƯ LIÊN TỊCH\nQuy định việc lập dự toán\n"
            "Căn cứ Luật Thi hành án dân sự;\nBộ trưởng Bộ Tài chính\n"
            "và Bộ trưởng Bộ Tư pháp ban hành Thông tư liên tịch quy định việc lập dự toán.\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        expected = [
            ("Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
            ("Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp"),
        ]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in parties]


class TestJointIssuers:
    def test_ministries_stacked_one_a_line_are_each_a_party(self) -> None:
        """Four ministries printed one a line are four parties, "NỘI VỤ" not taken for a "VỤ"."""
        parties = _parties(
            "BỘ NỘI VỤ\nBỘ TÀI CHÍNH\nBỘ KẾ HOẠCH VÀ ĐẦU TƯ\nBỘ XÂY DỰNG\n"
            + MOTTO
            + "Số: 01/2015/TTLT-BNV-BTC-BKHĐT-BXD\nHà Nội, ngày 10 tháng 3 năm 2015\n"
            "THÔNG TƯ LIÊN TỊCH\nHướng dẫn chế độ báo cáo\nCăn cứ Luật Ngân sách nhà nước;\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        expected = ["Bộ Nội vụ", "Bộ Tài chính", "Bộ Kế hoạch và Đầu tư", "Bộ Xây dựng"]
        assert expected == [p["name"] for p in parties]

    def test_the_bodies_the_enacting_sentence_joins_to_the_letterheads(self) -> None:
        """A copy that keeps one body of a joint letterhead takes the others from the sentence."""
        text = (
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 01/2005/TTLT-VKSTC-TATC-BCA-BQP | Hà Nội, ngày 01 tháng 07 năm 2005 |\n"
            "Để thi hành thống nhất công tác thống kê, Viện kiểm sát nhân dân tối cao, Tòa án "
            "nhân dân tối cao, Bộ Công an và Bộ Quốc phòng thống nhất hướng dẫn như sau:\n"
            "1. Mục đích thống kê\n"
        )
        expected = [
            "Viện kiểm sát nhân dân tối cao",
            "Tòa án nhân dân tối cao",
            "Bộ Công an",
            "Bộ Quốc phòng",
        ]
        assert expected == [p["name"] for p in _parties(text)]
        assert {"parties[1]", "parties[2]", "parties[3]"} <= set(_to_check(text))

    def test_bodies_a_clause_names_without_a_party_are_no_parties(self) -> None:
        """Bodies joined in a sentence none of whose bodies issues are not taken as parties."""
        parties = _parties(
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n" + MOTTO + "Số: 10/KH-UBND\n"
            "Hà Giang, ngày 05 tháng 9 năm 2023\nKẾ HOẠCH\nTuyên truyền pháp luật\n"
            "Để tuyên truyền, Sở Tư pháp và Sở Nội vụ hướng dẫn các huyện như sau:\n"
            "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
        )
        assert ["Ủy ban nhân dân tỉnh Hà Giang"] == [p["name"] for p in parties]

    def test_a_ministry_whose_name_lists_fields_in_small_letters(self) -> None:
        """A ministry whose name lists its fields after a dash is one, the Youth Union another."""
        text = (
            "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n" + MOTTO + "Số: 05/2012/TTLT-BLĐTBXH-TWĐTN\n"
            "Hà Nội, ngày 10 tháng 3 năm 2012\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn việc làm\n"
            "Bộ Lao động - Thương binh và Xã hội và Trung ương Đoàn TNCS Hồ Chí Minh hướng dẫn "
            "như sau:\nI. PHẠM VI\n1. Thanh niên.\n"
        )
        expected = [
            ("Bộ Lao động - Thương binh và Xã hội", None),
            ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Trung ương Đoàn TNCS Hồ Chí Minh"),
        ]
        assert expected == [(p["name"], p.get("short_name")) for p in _parties(text)]

    def test_a_letters_subject_beside_the_date_is_not_its_place(self) -> None:
        """The subject line "V/v ... Việt Nam" right above "Hà Nội, ngày ..." gives no place."""
        data = coordprog.import_text(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n" + MOTTO + "Số: 8019/TLĐ-TG\n"
            "V/v tuyên truyền về Đại hội XIII Công đoàn Việt Nam\n"
            "Hà Nội, ngày 27 tháng 11 năm 2023\nKính gửi: Các Liên đoàn Lao động tỉnh\n"
            "Tổng Liên đoàn Lao động Việt Nam đề nghị các đơn vị tuyên truyền như sau:\n"
            "1. Phim tài liệu.\n"
        ).data
        expected = ("Hà Nội", "Tổng Liên đoàn Lao động Việt Nam")
        assert expected == (data["place"], data["parties"][0]["name"])


class TestSignatureBlocksOfSeveralBodies:
    def test_the_youth_unions_secretariat_signs_for_its_central_committee(self) -> None:
        """The signature "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN" is the committee's organ, no party."""
        data = coordprog.import_text(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO - BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\n"
            + MOTTO
            + "Số: 02/2011/TTLT-BGDĐT-TWĐTN\nHà Nội, ngày 05 tháng 3 năm 2011\n"
            "THÔNG TƯ LIÊN TỊCH\nHướng dẫn công tác Đội\nĐiều 1. Phạm vi\n"
            "Thông tư này quy định.\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ THỨ NHẤT\n"
            "Nguyễn Văn An\nKT. BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTHỨ TRƯỞNG\nTrần Văn Bình\n"
        ).data
        parties = {p["id"]: p for p in data["parties"]}
        expected = [
            ("Bộ Giáo dục và Đào tạo", None),
            (
                "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                "Ban Bí thư Trung ương Đoàn",
            ),
        ]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in data["parties"]]
        signers = {s["name"]: parties[s["party"]]["name"] for s in data["signatories"]}
        assert signers == {
            "Nguyễn Văn An": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Trần Văn Bình": "Bộ Giáo dục và Đào tạo",
        }

    def test_a_department_signing_by_order_of_its_minister_is_no_party(self) -> None:
        """Under "TL. BỘ TRƯỞNG" the signer's department ("VỤ TRƯỞNG VỤ ...") is not a party."""
        data = coordprog.import_text(
            "BỘ TƯ PHÁP\n" + MOTTO + "Số: 100/BTP-PBGDPL\nHà Nội, ngày 05 tháng 3 năm 2019\n"
            "V/v hướng dẫn tuyên truyền\nKính gửi: Sở Tư pháp các tỉnh\n"
            "Bộ Tư pháp hướng dẫn như sau:\n1. Tuyên truyền.\nNơi nhận:\n- Như trên;\n"
            "- Lưu: VT.\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT\nĐỗ Văn Lân\n"
        ).data
        assert ["Bộ Tư pháp"] == [p["name"] for p in data["parties"]]
        expected = {
            "party": data["parties"][0]["id"],
            "authority": "TL. BỘ TRƯỞNG",
            "title": "VỤ TRƯỞNG VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
            "name": "Đỗ Văn Lân",
        }
        assert [expected] == data["signatories"]

    def test_two_blocks_each_printed_on_one_line(self) -> None:
        """A signature table flattened to a line a block: authority, post, rank and name apart."""
        data = coordprog.import_text(
            "BỘ Y TẾ - BỘ CÔNG AN\n" + MOTTO + "Số: 01/2019/TTLT-BYT-BCA\n"
            "Hà Nội, ngày 05 tháng 3 năm 2019\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn giám định\n"
            "Điều 1. Phạm vi\nThông tư này quy định.\n"
            "KT. BỘ TRƯỞNG BỘ CÔNG AN THỨ TRƯỞNG Thượng tướng Lê Văn An | "
            "KT. BỘ TRƯỞNG BỘ Y TẾ THỨ TRƯỞNG Nguyễn Văn Bình |\n"
        ).data
        parties = {p["id"]: p["name"] for p in data["parties"]}
        expected = [
            ("Bộ Công an", "KT. BỘ TRƯỞNG BỘ CÔNG AN", "THỨ TRƯỞNG", "Thượng tướng", "Lê Văn An"),
            ("Bộ Y tế", "KT. BỘ TRƯỞNG BỘ Y TẾ", "THỨ TRƯỞNG", None, "Nguyễn Văn Bình"),
        ]
        assert expected == [
            (parties[s["party"]], s["authority"], s.get("title"), s.get("rank"), s["name"])
            for s in data["signatories"]
        ]

    def test_an_office_head_for_the_chairman_is_one_signature(self) -> None:
        """The lines "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" over one post and name are one block."""
        data = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n" + MOTTO + "Số: 45/TB-UBND\n"
            "Hà Nội, ngày 05 tháng 3 năm 2026\nTHÔNG BÁO\nVề việc treo cờ\n"
            "Ủy ban nhân dân Thành phố thông báo như sau:\n1. Các cơ quan treo cờ.\n"
            "Nơi nhận:\n- Các sở;\n- Lưu: VT.\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\n"
            "PHÓ CHÁNH VĂN PHÒNG\nLê Văn An\n"
        ).data
        expected = [("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lê Văn An")]
        assert expected == [(s["authority"], s["title"], s["name"]) for s in data["signatories"]]


class TestTradeUnionsUnderTheirFederation:
    def test_a_district_education_union_under_the_provincial_federation(self) -> None:
        """A district's education union under the federation issues, not the federation."""
        parties = _parties(
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN\nCÔNG ĐOÀN GIÁO DỤC HUYỆN ĐÔ LƯƠNG\n"
            + MOTTO
            + "Số: 05/KH-CĐGD\nĐô Lương, ngày 05 tháng 3 năm 2020\nKẾ HOẠCH\n"
            "Hoạt động công đoàn năm 2020\nI. MỤC ĐÍCH\n1. Chăm lo đoàn viên.\n"
        )
        expected = [
            {
                "name": "Công đoàn Giáo dục huyện Đô Lương",
                "level": "district",
                "province": "Nghệ An",
                "parent_body": "Liên đoàn Lao động tỉnh Nghệ An",
            }
        ]
        assert expected == [{key: p.get(key) for key in expected[0]} for p in parties]

    def test_a_schools_union_takes_its_level_and_province_from_the_union_above(self) -> None:
        """A school's union under "CĐGD QUẢNG TRỊ" is a provincial body of Quảng Trị."""
        party = _party(
            "CĐGD QUẢNG TRỊ\nCĐ TRƯỜNG THPT TÂN LÂM\n" + MOTTO + "Số: 12/KH-CĐ\n"
            "Cam Lộ, ngày 05 tháng 9 năm 2009\nKẾ HOẠCH\nHoạt động công đoàn năm học 2009\n"
            "I. MỤC ĐÍCH\n1. Chăm lo đoàn viên.\n"
        )
        expected = {
            "name": "Công đoàn Trường THPT Tân Lâm",
            "level": "province",
            "province": "Quảng Trị",
            "parent_body": "Công đoàn Giáo dục Quảng Trị",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_civil_servants_union_named_by_its_district_alone(self) -> None:
        """A union named by a district without the word "huyện" is the district's union."""
        party = _party(
            "CÔNG ĐOÀN VIÊN CHỨC ĐÔ LƯƠNG\n" + MOTTO + "Số: 05/KH-CĐVC\n"
            "Đô Lương, ngày 05 tháng 3 năm 2020\nKẾ HOẠCH\nHoạt động năm 2020\n"
            "I. MỤC ĐÍCH\n1. Chăm lo đoàn viên.\n"
        )
        expected = ("Công đoàn Viên chức Đô Lương", "district")
        assert expected == (party["name"], party["level"])

    def test_an_office_named_by_an_abbreviation_with_an_ampersand(self) -> None:
        """The department "SỞ GD&ĐT" is read whole, not "Sở GD" cut at the ampersand."""
        party = _party(
            "UBND TỈNH LÀO CAI\nSỞ GD&ĐT\n" + MOTTO + "Số: 05/KH-SGDĐT\n"
            "Lào Cai, ngày 05 tháng 3 năm 2020\nKẾ HOẠCH\nHoạt động năm 2020\n"
            "I. MỤC ĐÍCH\n1. Dạy tốt.\n"
        )
        assert ("Sở GD&ĐT tỉnh Lào Cai", "province") == (party["name"], party["level"])

    def test_a_school_under_its_education_office(self) -> None:
        """A school printed under its district's education office issues, at the district's."""
        party = _party(
            "PHÒNG GD&ĐT HUYỆN ĐÔ LƯƠNG\nTRƯỜNG THCS ĐÀ SƠN\n" + MOTTO + "Số: 05/KH-THCS\n"
            "Đà Sơn, ngày 05 tháng 9 năm 2020\nKẾ HOẠCH\nHoạt động năm học 2020 - 2021\n"
            "I. MỤC ĐÍCH\n1. Dạy tốt.\n"
        )
        expected = {
            "name": "Trường THCS Đà Sơn",
            "level": "district",
            "parent_body": "Phòng GD&ĐT huyện Đô Lương",
        }
        assert expected == {key: party.get(key) for key in expected}

    @pytest.mark.parametrize(
        ("brigade", "name"),
        [
            ("LIÊN ĐỘI THCS AN BẰNG - VINH AN", "Liên đội THCS An Bằng - Vinh An"),
            ("LIÊN ĐỘI TH SỐ 2 QUẢNG PHÚ", "Liên đội TH Số 2 Quảng Phú"),
        ],
    )
    def test_a_school_s_pioneer_brigade_under_its_district_s_council(
        self, brigade: str, name: str
    ) -> None:
        """A school's Young Pioneer brigade under its district's council issues, at the base.

        Round 62's brigades ("HỘI ĐỒNG ĐỘI HUYỆN PHÚ VANG" / "LIÊN ĐỘI THCS AN BẰNG - VINH
        AN") had been read as the district's council, their superior, made the party
        (flagged); a school numbered in its place ("TH SỐ 2 QUẢNG PHÚ") had lost its name's end.
        """
        party = _party(
            f"HỘI ĐỒNG ĐỘI HUYỆN PHÚ VANG\n{brigade}\nSố: 13-KH/LĐ\nĐỘI TNTP HỒ CHÍ MINH\n"
            "Vinh An, ngày 04 tháng 5 năm 2019\nKẾ HOẠCH\nTổ chức ngày hội\n"
            "I. MỤC ĐÍCH\n1. Giúp bạn đến trường.\n"
        )
        expected = {
            "name": name,
            "level": "commune",
            "parent_body": "Hội đồng Đội huyện Phú Vang",
        }
        assert expected == {key: party.get(key) for key in expected}

    @pytest.mark.parametrize(
        ("head", "parent"),
        [
            (
                "TRUNG TÂM Y TẾ HUYỆN ĐÔ LƯƠNG\nTRẠM Y TẾ XÃ LẠC SƠN\n",
                "Trung tâm Y tế huyện Đô Lương",
            ),
            ("UBND HUYỆN ĐÔ LƯƠNG\nTRẠM Y TẾ XÃ LẠC SƠN\n", "Ủy ban nhân dân huyện Đô Lương"),
            ("UBND XÃ LẠC SƠN\nTRẠM Y TẾ\n", "Ủy ban nhân dân xã Lạc Sơn"),
        ],
    )
    def test_a_commune_s_health_station_under_the_body_over_it(
        self, head: str, parent: str
    ) -> None:
        """A commune's health station ("TRẠM Y TẾ XÃ ...") under the body over it issues.

        Found probing round 62's class (a superior printed over the issuer): the station was
        no body, and the district's centre or committee over it had been made the party.
        """
        party = _party(
            head + MOTTO + "Số: 05/KH-TYT\nLạc Sơn, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Phối hợp tuyên truyền năm 2024\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
        )
        expected = {"name": "Trạm Y tế xã Lạc Sơn", "level": "commune", "parent_body": parent}
        assert expected == {key: party.get(key) for key in expected}

    def test_a_department_named_with_its_province_without_the_word_tinh(self) -> None:
        """A department whose name ends with a province ("SỞ TƯ PHÁP HÀ GIANG") is that one's."""
        party = _party(
            "SỞ TƯ PHÁP HÀ GIANG\n" + MOTTO + "Số: 05/KH-STP\nHà Giang, ngày 05 tháng 3 năm 2020\n"
            "KẾ HOẠCH\nTuyên truyền pháp luật năm 2020\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
        )
        expected = ("Sở Tư pháp Hà Giang", "province", "Hà Giang")
        assert expected == (party["name"], party["level"], party["province"])


class TestWhoIssuesRoundNineteen:
    """Letterheads and signatures of the nineteenth round of development documents."""

    def test_a_chairmans_own_letterhead_names_the_organ(self) -> None:
        """A letterhead "CHỦ TỊCH ỦY BAN NHÂN DÂN" is the committee's, its Chairman acting."""
        party = _party(
            "CHỦ TỊCH ỦY BAN\nNHÂN DÂN\n" + MOTTO + "Số: 44/2025/QĐ-CTUBND\n"
            "Gia Lai, ngày 20 tháng 11 năm 2025\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        expected = {
            "name": "Ủy ban nhân dân tỉnh Gia Lai",
            "province": "Gia Lai",
            "issuing_organ": "Chủ tịch Ủy ban nhân dân",
        }
        assert expected == {key: party.get(key) for key in expected}

    def test_a_federation_whose_letterhead_keeps_only_its_superior(self) -> None:
        """A letterhead cut to "TỔNG LIÊN ĐOÀN LAO ĐỘNG" over a "/LĐLĐ" letter is a federation's."""
        draft = coordprog.import_text(
            "TỔNG LIÊN ĐOÀN LAO\nĐỘNG |\n" + MOTTO + "Số: 730/LĐLĐ |\n"
            "TP. Hồ Chí Minh, ngày 03 tháng 11 năm 2020 |\n"
            "Kính gửi: Ban Thường vụ Liên đoàn Lao động các quận, huyện\n"
            "Liên đoàn Lao động Thành phố đề nghị Công đoàn cấp trên trực tiếp cơ sở triển khai "
            "và thực hiện./\n|\nTM. BAN THƯỜNG\nVỤ |\n"
        )
        party = draft.data["parties"][0]
        expected = {
            "name": "Liên đoàn Lao động thành phố Hồ Chí Minh",
            "level": "province",
            "province": "Hồ Chí Minh",
            "parent_body": "Tổng Liên đoàn Lao động Việt Nam",
        }
        assert expected == {key: party.get(key) for key in expected}
        assert 1 == len(draft.data["parties"])
        assert ["parties[0]"] == [
            item["path"]
            for item in draft.data["to_complete"]
            if item["path"].startswith("parties") and "cấp trên" in item["reason"]
        ]

    def test_the_confederations_own_letterhead_stays_its_own(self) -> None:
        """The Confederation's letter ("/TLĐ") under its own line is the Confederation's."""
        party = _party(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\n" + MOTTO + "Số: 8019/TLĐ-TG\n"
            "Hà Nội, ngày 27 tháng 11 năm 2023\nV/v theo dõi các nội dung tuyên truyền\n"
            "Kính gửi: Các Liên đoàn Lao động tỉnh, thành phố\n"
            "Đoàn Chủ tịch Tổng Liên đoàn đề nghị các đơn vị thực hiện.\n"
        )
        assert "Tổng Liên đoàn Lao động Việt Nam" == party["name"]
        assert "parent_body" not in party

    def test_an_authority_line_broken_inside_its_standing_board(self) -> None:
        """An authority line a narrow cell breaks ("TM. BAN THƯỜNG" / "VỤ") is one line."""
        draft = coordprog.import_text(
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN\n" + MOTTO + "Số: 12/LĐLĐ\n"
            "Long An, ngày 03 tháng 11 năm 2020\nV/v chăm lo Tết\n"
            "Liên đoàn Lao động tỉnh đề nghị các công đoàn cơ sở thực hiện./.\n"
            "TM. BAN THƯỜNG\nVỤ\nCHỦ TỊCH\nNguyễn Văn An\n"
        )
        signed = draft.data["signatories"]
        assert [("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn An")] == [
            (s.get("authority"), s.get("title"), s.get("name")) for s in signed
        ]

    def test_a_decision_printed_after_the_signature_is_not_signed(self) -> None:
        """Another decision the copy runs on into after a signature gives no signature of it."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\n" + MOTTO + "Bình Dương, ngày 9 tháng 11 năm 2010\n"
            "QUYẾT ĐỊNH\nỦy quyền cho phép thành lập hội\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n"
            "QUYẾT ĐỊNH\nĐiều 1. Ủy quyền cho Chủ tịch Ủy ban nhân dân huyện.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký./.\n"
            "CHỦ TỊCH\n(Đã ký)\nNguyễn Hoàng Sơn\nQUYẾT ĐỊNH\nBan hành Quy định về hội\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức Hội đồng nhân dân;\n"
        )
        assert [("CHỦ TỊCH", "Nguyễn Hoàng Sơn")] == [
            (s.get("title"), s.get("name")) for s in draft.data["signatories"]
        ]

    @pytest.mark.parametrize("heading", ["QUYẾT ĐỊNH", "ĐIỂU LỆ", "KẾ HOẠ"])
    def test_an_annex_s_heading_under_a_block_signed_without_a_name_is_no_signer(
        self, heading: str
    ) -> None:
        """A block signed "(Đã ký)" with no name, then an annex's heading: no signer's name."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ\n" + MOTTO + "An Phú, ngày 9 tháng 11 năm 2021\n"
            "QUYẾT ĐỊNH\nBan hành Điều lệ hội thi đọc sách\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Điều lệ hội thi đọc sách.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký./.\n"
            f"CHỦ TỊCH\n\n(Đã ký)\n\n{heading}\nHội thi đọc sách huyện An Phú\n"
        )
        signed = draft.data.get("promulgation", draft.data).get("signatories") or draft.data.get(
            "signatories", []
        )
        assert [("CHỦ TỊCH", None)] == [(s.get("title"), s.get("name")) for s in signed]
        assert any("names no signer" in remark for remark in draft.unsure)


class TestLetterheadsBesideTheirNumber:
    """Letterheads whose rows the copy shares with the number, or cuts after their first body."""

    def test_a_ministry_printed_beside_its_number_on_one_row(self) -> None:
        """A ministry printed beside its number ("BỘ TƯ PHÁP Số: ...") is the party."""
        draft = coordprog.import_text(
            "tải Thông tư 07/2015/TT-BTP\nBỘ TƯ PHÁP Số: 07/2015/TT-BTP |\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 15 tháng 06 năm 2015 |\n"
            "Căn cứ Nghị định số 22/2013/NĐ-CP ngày 13 tháng 3 năm 2013 của Chính phủ;\n"
        )
        assert [("Bộ Tư pháp", "central")] == [
            (p["name"], p.get("level")) for p in draft.data["parties"]
        ]
        assert "07/2015/TT-BTP" == draft.data["number"]

    def test_a_joint_circular_cut_after_its_first_ministry(self) -> None:
        """The bodies a joint number's symbol abbreviates, named in the text, are parties."""
        draft = coordprog.import_text(
            "BỘ TƯ PHÁP - | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 06/2012/TTLT-BTP-BNG | Hà Nội, ngày 19 tháng 06 năm 2012 |\n"
            "THÔNG TƯ LIÊN TỊCH\nSỬA ĐỔI MỘT SỐ QUY ĐỊNH VỀ HỘ TỊCH\n"
            "Căn cứ Nghị định số 15/2008/NĐ-CP ngày 04/02/2008 của Chính phủ quy định chức năng, "
            "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Ngoại giao;\n"
            "Điều 1. Sửa đổi, bổ sung Điều 2.\n"
        )
        assert ["Bộ Tư pháp", "Bộ Ngoại giao"] == [p["name"] for p in draft.data["parties"]]
        assert ["06/2012/TTLT-BTP-BNG"] == [
            item.get("text")
            for item in draft.data["to_complete"]
            if item["path"] == "parties[1]" and "ký hiệu" in item["reason"]
        ]

    def test_a_symbols_body_the_text_does_not_name_is_not_stated(self) -> None:
        """A part of the symbol no body of the text abbreviates gives no party."""
        draft = coordprog.import_text(
            "BỘ TƯ PHÁP - | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 06/2012/TTLT-BTP-BNG | Hà Nội, ngày 19 tháng 06 năm 2012 |\n"
            "THÔNG TƯ LIÊN TỊCH\nSỬA ĐỔI MỘT SỐ QUY ĐỊNH VỀ HỘ TỊCH\n"
            "Căn cứ Nghị định số 158/2005/NĐ-CP ngày 27/12/2005 của Chính phủ;\n"
            "Điều 1. Sửa đổi, bổ sung Điều 2.\n"
        )
        assert ["Bộ Tư pháp"] == [p["name"] for p in draft.data["parties"]]

    def test_ministries_the_symbol_abbreviates_and_the_text_does_not_name_are_flagged(
        self,
    ) -> None:
        """Ministries of the symbol a copy cut from its letterhead and never names are flagged.

        They are no parties, the copy not stating them; a part no ministry has is not named.
        """
        draft = coordprog.import_text(
            "BỘ Y TẾ - | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 21/2014/TTLT-BYT-BQP-BXD-HĐQG | Hà Nội, ngày 4 tháng 3 năm 2014 |\n"
            "HƯỚNG DẪN PHỐI HỢP PHÒNG CHỐNG DỊCH BỆNH Ở VÙNG BIÊN GIỚI\n"
            "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;\n"
            "Căn cứ Luật Biên giới quốc gia ngày 17 tháng 6 năm 2003;\n"
        )
        assert ["Bộ Y tế"] == [p["name"] for p in draft.data["parties"]]
        [flag] = [item for item in draft.data["to_complete"] if item["path"] == "parties"]
        assert "21/2014/TTLT-BYT-BQP-BXD-HĐQG" == flag["text"]
        assert "BQP (Bộ Quốc phòng), BXD (Bộ Xây dựng)," in flag["reason"]
        assert "HĐQG" not in flag["reason"]


class TestJointIssuersRoundTwentyOne:
    """Two ministries named twice, once cut or spaced otherwise, and a ministry consulted."""

    def test_a_ministry_cut_in_the_letterhead_takes_its_whole_name(self) -> None:
        """A letterhead cut after a comma ("BỘ LAO ĐỘNG,") is the ministry the text names whole."""
        draft = coordprog.import_text(
            "BỘ TÀI CHÍNH-BỘ LAO ĐỘNG, | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 84/2005/TTLT-BTC-BLĐTBXH | Hà Nội, ngày 23 tháng 09 năm 2005 |\n"
            "Căn cứ Nghị định số 60/2003/NĐ-CP ngày 06/6/2003 của Chính phủ;\n"
            "Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội hướng dẫn cấp phát kinh phí "
            "như sau:\n1. Ngân sách Trung ương đảm bảo nguồn kinh phí.\n"
        )
        expected = ["Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội"]
        assert expected == [p["name"] for p in draft.data["parties"]]

    def test_a_hyphen_spaced_on_one_side_names_the_same_ministry(self) -> None:
        """The enacting sentence's "Bộ Lao động- Thương binh" is the letterhead's ministry."""
        parties = _parties(
            "BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n--------\n"
            + MOTTO
            + "Số: 68/2013/TTLT-BTC-BLĐTBXH\nHà Nội, ngày 21 tháng 5 năm 2013\n"
            "THÔNG TƯ LIÊN TỊCH\nQUY ĐỊNH QUẢN LÝ KINH PHÍ\n"
            "Căn cứ Nghị định số 60/2003/NĐ-CP ngày 6/6/2003 của Chính phủ;\n"
            "Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Lao động- Thương binh và Xã hội ban hành "
            "Thông tư liên tịch quy định quản lý kinh phí.\nĐiều 1. Phạm vi áp dụng\n"
        )
        expected = [
            ("Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
            (
                "Bộ Lao động - Thương binh và Xã hội",
                "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
            ),
        ]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in parties]

    def test_a_ministry_the_issuers_agreed_with_is_no_party(self) -> None:
        """In "Sau khi thống nhất với Bộ Tài chính, A và B hướng dẫn" only A and B issue."""
        parties = _parties(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO-BỘ NỘI VỤ\nSố: 07/2009/TTLT-BGDĐT-BNV\n"
            + MOTTO
            + "Hà Nội, ngày 15 tháng 4 năm 2009\nTHÔNG TƯ LIÊN TỊCH\n"
            "Hướng dẫn thực hiện quyền tự chủ\n"
            "Căn cứ Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính phủ;\n"
            "Sau khi thống nhất với Bộ Tài chính, Bộ Giáo dục và Đào tạo và Bộ Nội vụ hướng dẫn "
            "thực hiện quyền tự chủ như sau:\nChương 1.\nQUY ĐỊNH CHUNG\n"
        )
        assert ["Bộ Giáo dục và Đào tạo", "Bộ Nội vụ"] == [p["name"] for p in parties]

    @pytest.mark.parametrize(
        "consulted",
        ["Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam và Bảo hiểm xã hội Việt Nam"],
    )
    def test_bodies_agreed_with_are_no_parties_of_a_copy_without_letterhead(
        self, consulted: str
    ) -> None:
        """A print page without letterhead: the issuers are the sentence's, after the consulted.

        "Sau khi thống nhất với A và B, C, D và E hướng dẫn": A and B, up to the comma that
        ends the clause, are consulted; C, D and E issue.
        """
        parties = _parties(
            "THÔNG TƯ LIÊN TỊCH\nHướng dẫn chế độ trợ cấp\n"
            "Căn cứ Nghị định số 215/2013/NĐ-CP ngày 23 tháng 12 năm 2013 của Chính phủ;\n"
            f"Sau khi thống nhất với {consulted}, Bộ Tài chính, Bộ Y tế và Bộ Lao động - "
            "Thương binh và Xã hội hướng dẫn như sau:\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn chế độ trợ cấp.\n"
        )
        assert ["Bộ Tài chính", "Bộ Y tế", "Bộ Lao động - Thương binh và Xã hội"] == [
            p["name"] for p in parties
        ]


#: A commune's joint plan after 2025 whose "Thực hiện" sentence runs into its enacting words:
#: the decree is on coordination "giữa Bộ Công an và Bộ Quốc phòng", then the two commune
#: bodies that agree on the plan.
_BETWEEN_THEN_ENACTING = (
    "KẾ HOẠCH PHỐI HỢP\nGiữa Công an xã và Ban Chỉ huy quân sự xã năm 2026\n"
    "Thực hiện Nghị định số 03/2019/NĐ-CP ngày 05/9/2019 của Chính phủ về phối hợp giữa Bộ "
    "Công an và Bộ Quốc phòng, Công an xã Thanh Sơn và Ban Chỉ huy quân sự xã Thanh Sơn "
    "thống nhất Kế hoạch phối hợp như sau:\nI. MỤC ĐÍCH\n1. Phối hợp chặt chẽ.\n"
)


class TestSidesOfACitedActAreNoParties:
    """The two sides "giữa" names in a cited act's subject, before the bodies that enact."""

    @pytest.mark.parametrize(
        "letterhead",
        ["", "CÔNG AN TỈNH PHÚ THỌ\nCÔNG AN XÃ THANH SƠN - BAN CHỈ HUY QUÂN SỰ XÃ THANH SƠN\n"],
    )
    def test_the_ministries_a_decree_coordinates_are_no_parties(self, letterhead: str) -> None:
        """In "... về phối hợp giữa A và B, C và D thống nhất ...", only C and D act.

        With a letterhead naming C and D, or with none (the preamble's bodies), A and B had
        been made parties (flagged).
        """
        parties = _parties(letterhead + MOTTO + _BETWEEN_THEN_ENACTING)
        assert ["Công an xã Thanh Sơn", "Ban Chỉ huy Quân sự xã Thanh Sơn"] == [
            p["name"] for p in parties
        ]

    def test_a_programme_s_signatories_before_the_ward_that_acts_are_no_parties(self) -> None:
        """A ward's plan carrying out a programme signed "giữa" the city and its Front board.

        "... giữa Ủy ban nhân dân Thành phố và Ban Thường trực Ủy ban Mặt trận ... Thành
        phố, Ủy ban nhân dân phường ban hành ...": the Front committee, after its standing
        board, had been made a party (flagged); the ward's committee alone issues.
        """
        parties = _parties(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG BÀN CỜ\n"
            + MOTTO
            + "Số: 15/KH-UBND\nBàn Cờ, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Thực hiện Chương trình phối hợp năm 2026\n"
            "Thực hiện Chương trình phối hợp số 02/CTPH-UBND-MTTQ ngày 20/01/2026 giữa Ủy ban "
            "nhân dân Thành phố và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, "
            "Ủy ban nhân dân phường ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
        )
        assert ["Ủy ban nhân dân phường Bàn Cờ"] == [p["name"] for p in parties]

    def test_a_front_committee_enacting_through_its_standing_board_is_a_party(self) -> None:
        """In "A và Ban Thường trực Ủy ban Mặt trận ... thống nhất ban hành" both issue."""
        parties = _parties(
            "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n"
            + MOTTO
            + "Số: 01/QCPH-UBND-MTTQ\nNinh Bình, ngày 05 tháng 3 năm 2026\n"
            "QUY CHẾ PHỐI HỢP\nCông tác của Ủy ban nhân dân và Mặt trận\n"
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;\n"
            "Ủy ban nhân dân tỉnh Ninh Bình và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam "
            "tỉnh Ninh Bình thống nhất ban hành Quy chế như sau:\nChương I\nQUY ĐỊNH CHUNG\n"
        )
        assert [
            "Ủy ban nhân dân tỉnh Ninh Bình",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình",
        ] == [p["name"] for p in parties]

    def test_the_authors_of_a_programme_carried_out_are_no_parties(self) -> None:
        """In "... của Công an tỉnh và Bộ Chỉ huy quân sự tỉnh, Ủy ban nhân dân xã ban hành ...".

        The programme's two authors after "của" end at the comma; the second had been made a
        party (flagged) beside the commune's committee the letterhead names.
        """
        parties = _parties(
            "ỦY BAN NHÂN DÂN\nXÃ BẢO HÀ\n"
            + MOTTO
            + "Số: 45/KH-UBND\nBảo Hà, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Triển khai Chương trình phối hợp về bảo đảm an ninh, trật tự năm 2026\n"
            "Thực hiện Chương trình phối hợp số 05/CTPH-CAT-BCHQS ngày 10/12/2025 của Công an "
            "tỉnh và Bộ Chỉ huy quân sự tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n1. Bảo đảm an ninh.\n"
        )
        assert ["Ủy ban nhân dân xã Bảo Hà"] == [p["name"] for p in parties]


class TestDepartmentsUnderOneCommittee:
    """Several departments a letterhead prints under their province's People's Committee."""

    def test_each_department_printed_under_the_committee_is_the_provinces(self) -> None:
        """The three departments printed under "UBND TỈNH BẮC GIANG" are each the province's."""
        parties = _parties(
            "UBND\nTỈNH BẮC GIANG\nSỞ Y TẾ - SỞ NN & PTNT\nSỞ CÔNG THƯƠNG\n--------\n"
            + MOTTO
            + "Số: 1094/QCPH-YT-NN-CT\nBắc Giang, ngày 28 tháng 08 năm 2015\n"
            "QUY CHẾ PHỐI HỢP\nCÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM\n"
            "Căn cứ Luật An toàn thực phẩm ngày 17/6/2010;\n"
            "Sở Y tế, Sở NN&PTNT, Sở Công Thương thống nhất xây dựng quy chế phối hợp như sau:\n"
            "I. QUY ĐỊNH CHUNG\n"
        )
        expected = [
            ("Sở Y tế tỉnh Bắc Giang", None),
            ("Sở NN&PTNT tỉnh Bắc Giang", "Sở NN&PTNT"),
            ("Sở Công Thương tỉnh Bắc Giang", None),
        ]
        assert expected == [(p["name"], p.get("short_name")) for p in parties]
        assert {("province", "Bắc Giang", "Ủy ban nhân dân tỉnh Bắc Giang")} == {
            (p["level"], p["province"], p["parent_body"]) for p in parties
        }

    def test_one_board_under_its_party_committee_is_named_with_it(self) -> None:
        """A Party committee's one board printed under it is named with the committee, as before."""
        parties = _parties(
            "TỈNH ỦY BÌNH THUẬN\nBAN DÂN VẬN\n*\n" + MOTTO + "Số: 12-HD/BDVTU\n"
            "Phan Thiết, ngày 02 tháng 3 năm 2020\nHƯỚNG DẪN\nCông tác dân vận năm 2020\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        )
        assert ["Ban Dân vận Tỉnh ủy Bình Thuận"] == [p["name"] for p in parties]


class TestJointIssuersRoundTwentySeven:
    def test_a_letterhead_printed_with_a_look_alike_letter_names_its_ministry(self) -> None:
        """A letterhead's "ÐÀO TẠO", with the Icelandic eth, names the ministry "Đào tạo"."""
        parties = _parties(
            "BỘ TÀI CHÍNH-BỘ GIÁO DỤC VÀ ÐÀO TẠO\nSố: 102/2003/TTLT-BTC-BVHTT\n"
            + MOTTO
            + "Hà Nội, ngày 30 tháng 10 năm 2003\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý kinh phí\n"
            "Căn cứ Quyết định số 71/2001/QĐ-TTg ngày 04/05/2001 của Thủ tướng Chính phủ;\n"
        )
        assert ["Bộ Tài chính", "Bộ Giáo dục và Đào tạo"] == [p["name"] for p in parties]

    def test_heads_joined_by_va_in_a_copy_without_letterhead_act_for_their_bodies(self) -> None:
        """In "Bộ trưởng, Chủ nhiệm A và Bộ trưởng B ban hành ..." each head acts for its body."""
        parties = _parties(
            "THÔNG TƯ LIÊN TỊCH\nQuy định chính sách đối với người có uy tín\n"
            "Căn cứ Nghị định số 84/2012/NĐ-CP ngày 12 tháng 10 năm 2012 của Chính phủ;\n"
            "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc và Bộ trưởng Bộ Tài chính ban hành Thông tư "
            "liên tịch hướng dẫn thực hiện như sau:\nĐiều 1. Phạm vi điều chỉnh\n"
        )
        expected = [
            ("Ủy ban Dân tộc", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
            ("Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
        ]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in parties]

    def test_heads_that_enact_lien_tich_act_for_their_bodies(self) -> None:
        """In "A, B và C liên tịch quy định ..." each head acts for its body."""
        parties = _parties(
            "BỘ CÔNG AN - BỘ QUỐC PHÒNG - TÒA ÁN NHÂN DÂN TỐI CAO\n"
            "Số: 09/2020/TTLT-BCA-BQP-TANDTC\n"
            + MOTTO
            + "Hà Nội, ngày 14 tháng 10 năm 2020\nTHÔNG TƯ LIÊN TỊCH\n"
            "Quy định về việc phối hợp tổ chức thi hành án\n"
            "Căn cứ Luật Thi hành án hình sự ngày 14 tháng 6 năm 2019;\n"
            "Bộ trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng và Chánh án Tòa án nhân dân tối cao "
            "liên tịch quy định về việc phối hợp tổ chức thi hành án.\nChương I\nQUY ĐỊNH CHUNG\n"
        )
        expected = [
            ("Bộ Công an", "Bộ trưởng Bộ Công an"),
            ("Bộ Quốc phòng", "Bộ trưởng Bộ Quốc phòng"),
            ("Tòa án nhân dân tối cao", "Chánh án Tòa án nhân dân tối cao"),
        ]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in parties]

    def test_heads_named_under_a_title_that_begins_with_a_type_s_words(self) -> None:
        """Under "HƯỚNG DẪN ..." as a title, the sentence after it still names the heads."""
        parties = _parties(
            "BỘ CÔNG AN - BỘ Y TẾ - TÒA ÁN NHÂN DÂN TỐI CAO\nSố: 05/2013/TTLT-BCA-BYT-TANDTC\n"
            + MOTTO
            + "Hà Nội, ngày 06 tháng 6 năm 2013\nTHÔNG TƯ LIÊN TỊCH\n"
            "HƯỚNG DẪN TỔ CHỨC THI HÀNH ÁN BẰNG HÌNH THỨC TIÊM THUỐC ĐỘC\n"
            "- Để thi hành đúng và thống nhất các quy định của pháp luật về thi hành án, "
            "Bộ trưởng Bộ Công an, Bộ trưởng Bộ Y tế, Chánh án Tòa án nhân dân tối cao ban hành "
            "Thông tư liên tịch hướng dẫn tổ chức thi hành án.\nChương I\nQUY ĐỊNH CHUNG\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn việc thi hành án.\n"
        )
        expected = [
            ("Bộ Công an", "Bộ trưởng Bộ Công an"),
            ("Bộ Y tế", "Bộ trưởng Bộ Y tế"),
            ("Tòa án nhân dân tối cao", "Chánh án Tòa án nhân dân tối cao"),
        ]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in parties]

    def test_an_enacting_sentence_run_on_after_the_basis_names_the_issuers(self) -> None:
        """A scan's preamble on one line: the heads after the last basis's ";" issue."""
        parties = _parties(
            "Số: 87/2016/TTLT-BTC-BTNMT\nHà Nội, ngày 22 tháng 6 năm 2016\n"
            "THÔNG TƯ LIÊN TỊCH\nHướng dẫn việc thẩm định dự thảo bảng giá đất\n"
            "Căn cứ Luật Giá ngày 20 tháng 6 năm 2012; Căn cứ Nghị định số 215/2013/NĐ-CP ngày 23 "
            "tháng 12 năm 2013 của Chính phủ quy định chức năng của Bộ Tài chính; Bộ trưởng Bộ Tài "
            "chính, Bộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư liên tịch hướng dẫn "
            "việc thẩm định.\nChương I\nQUY ĐỊNH CHUNG\n"
        )
        expected = [
            ("Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
            ("Bộ Tài nguyên và Môi trường", "Bộ trưởng Bộ Tài nguyên và Môi trường"),
        ]
        assert expected == [(p["name"], p.get("issuing_organ")) for p in parties]

    def test_a_ministry_written_with_a_comma_and_with_a_dash_is_one_party(self) -> None:
        """A ministry written with a comma in the letterhead and a dash in the text is one."""
        parties = _parties(
            "BỘ LAO ĐỘNG, THƯƠNG BINH\nVÀ XÃ HỘI - BỘ NỘI VỤ - BỘ TÀI CHÍNH\n---------\n"
            + MOTTO
            + "Số: 13/2007/TTLT-BLĐTBXH-BNV-BTC\nHà Nội, ngày 20 tháng 8 năm 2007\n"
            "THÔNG TƯ LIÊN TỊCH\nHƯỚNG DẪN THỰC HIỆN CHẾ ĐỘ PHỤ CẤP\n"
            "Căn cứ Nghị định số 114/2007/NĐ-CP ngày 03 tháng 7 năm 2007 của Chính phủ;\n"
            "Sau khi có ý kiến của Bộ Y tế tại Công văn số 5576/BYT-TTr ngày 09 tháng 8 năm 2007, "
            "Bộ Lao động \u2013 Thương binh và Xã hội, Bộ Nội vụ và Bộ Tài chính hướng dẫn "
            "thực hiện như sau:\nI. PHẠM VI VÀ ĐỐI TƯỢNG\n"
        )
        assert ["Bộ Lao động, Thương binh và Xã hội", "Bộ Nội vụ", "Bộ Tài chính"] == [
            p["name"] for p in parties
        ]


class TestHeadsNamedByTong:
    """A head named "Tổng" and the body's name, printed under a title (the thirty-first round)."""

    TEXT = (
        "KIỂM TOÁN NHÀ NƯỚC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 1817/QĐ-KTNN | Hà Nội, ngày 03 tháng 12 năm 2012 |\n"
        "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA KIỂM TOÁN NHÀ NƯỚC\n"
        "TỔNG KIỂM TOÁN NHÀ NƯỚC\n"
        "Căn cứ Luật Kiểm toán nhà nước;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Kiểm toán Nhà nước.\n"
    )

    def test_the_auditor_general_s_line_is_no_part_of_the_title(self) -> None:
        """The line "TỔNG KIỂM TOÁN NHÀ NƯỚC" under a title without type line is the organ."""
        data = coordprog.import_text(self.TEXT).data
        decision = data.get("promulgation", data)
        assert "Ban hành Quy chế làm việc của Kiểm toán Nhà nước" == decision["title"]
        party = _party(self.TEXT)
        assert ("Kiểm toán Nhà nước", "Tổng Kiểm toán Nhà nước") == (
            party["name"],
            party.get("issuing_organ"),
        )

    def test_a_body_whose_name_starts_with_tong_is_not_a_head(self) -> None:
        """The body "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" is not read as a head of "Liên đoàn ..."."""
        party = _party(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n" + MOTTO + "Số: 174/QĐ-TLĐ\n"
            "Hà Nội, ngày 20 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ\n"
            "ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n"
            "Căn cứ Điều lệ Công đoàn Việt Nam;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"
        )
        assert "Tổng Liên đoàn Lao động Việt Nam" == party["name"]


@pytest.mark.parametrize(
    ("letterhead", "head"),
    [
        ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG"),
        ("VĂN PHÒNG QUỐC HỘI", "TỔNG THƯ KÝ QUỐC HỘI - CHỦ NHIỆM VĂN PHÒNG QUỐC HỘI"),
        ("ĐẠI HỌC QUỐC GIA HÀ NỘI", "GIÁM ĐỐC ĐẠI HỌC QUỐC GIA HÀ NỘI"),
        ("TRƯỜNG ĐẠI HỌC LUẬT HÀ NỘI", "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC LUẬT HÀ NỘI"),
    ],
)
@pytest.mark.parametrize("type_line", ["QUYẾT ĐỊNH\n", ""])
def test_the_line_of_the_letterhead_s_head_ends_the_title(
    letterhead: str, head: str, type_line: str
) -> None:
    """A post and the letterhead's body under a title is who decides, not the title's end."""
    data = coordprog.import_text(
        letterhead
        + "\n"
        + MOTTO
        + "Số: 18/QĐ-XX\nHà Nội, ngày 03 tháng 12 năm 2012\n"
        + type_line
        + "BAN HÀNH QUY CHẾ LÀM VIỆC\n"
        + head
        + "\nCăn cứ Luật Tổ chức Chính phủ ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    ).data
    assert "Ban hành Quy chế làm việc" == data.get("promulgation", data)["title"]


def test_a_title_joined_on_to_a_head_keeps_it() -> None:
    """A title's line ending "CỦA" goes on with the head it names: that line is the title's."""
    data = coordprog.import_text(
        "TRƯỜNG ĐẠI HỌC LUẬT HÀ NỘI\n"
        + MOTTO
        + "Số: 18/QĐ-ĐHL\nHà Nội, ngày 03 tháng 12 năm 2012\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nHIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC LUẬT HÀ NỘI\n"
        "Căn cứ Luật Giáo dục đại học ngày 18/6/2012;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    ).data
    title = data.get("promulgation", data)["title"]
    assert "ban hành quy chế làm việc của hiệu trưởng trường đại học luật hà nội" == title.lower()


def test_a_title_line_that_starts_with_tong_goes_on() -> None:
    """A title's line "TỔNG KẾT ... CỦA SỞ TƯ PHÁP" under its first is the title's, not a head's."""
    data = coordprog.import_text(
        "SỞ TƯ PHÁP\n" + MOTTO + "Số: 18/KH-STP\nHà Nội, ngày 03 tháng 12 năm 2023\nKẾ HOẠCH\n"
        "TỔ CHỨC HỘI NGHỊ\nTỔNG KẾT CÔNG TÁC NĂM 2023 CỦA SỞ TƯ PHÁP\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Triển khai.\n"
    ).data
    assert "Tổ chức hội nghị tổng kết công tác năm 2023 của Sở Tư pháp" == data["title"]


@pytest.mark.parametrize(
    ("head", "organ"),
    [
        (
            "HỘI NÔNG DÂN VIỆT NAM\nBCH HND THÀNH PHỐ HẢI PHÒNG\n",
            "Ban Thường vụ Hội Nông dân thành phố",
        ),
        (
            "HỘI LHPN VIỆT NAM\nHỘI LHPN TỈNH QUẢNG NAM\n",
            "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh",
        ),
    ],
)
def test_a_local_union_s_standing_board_acting_in_its_guidance_is_its_organ(
    head: str, organ: str
) -> None:
    """A local union's standing board that the guidance's sentence names acts for it.

    Round 39's guidance of Hải Phòng's Farmers' Union: "Ban Thường vụ Hội Nông dân thành
    phố hướng dẫn ... như sau:"; its organ had gone unread.
    """
    draft = coordprog.import_text(
        head + "*\nSố: 05-HD/HNDT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHải Phòng, ngày 13 tháng 9 năm 2019\n"
        "HƯỚNG DẪN\nTuyên truyền kỷ niệm ngày thành lập Hội\n"
        f"{organ} hướng dẫn tuyên truyền kỷ niệm ngày thành lập Hội như sau:\n"
        "I. MỤC ĐÍCH YÊU CẦU\n"
    )
    assert [party.get("issuing_organ") for party in draft.data["parties"]] == [organ]


def test_a_commune_s_committee_beside_a_motto_printed_with_a_look_alike_tone() -> None:
    """A motto printed "CỘNG HÕA" is left out of the letterhead; the committee is the commune's.

    Round 41's Xuân Tín plan: the misprinted motto had been read into the letterhead, and its
    committee drafted without its commune ("Ủy ban nhân dân"), flagged.
    """
    data = coordprog.import_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "XÃ XUÂN A | Độc lập - Tự do - Hạnh phúc |\n"
        "Số: 36/KH-UBND |\nXuân A, ngày 07 tháng 5 năm 2025 |\n"
        "KẾ HOẠCH\nPhòng, chống thiên tai năm 2025 trên địa bàn xã Xuân A\n"
        "Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;\n"
        "A. MỤC ĐÍCH, YÊU CẦU:\n1. Tuyên truyền.\n"
    ).data
    assert [party["name"] for party in data["parties"]] == ["Ủy ban nhân dân xã Xuân A"]
    assert data["parties"][0]["level"] == "commune"


def test_a_ward_s_committee_a_notice_without_letterhead_names_in_its_own_sentence() -> None:
    """A notice "Ủy ban nhân dân phường A thông báo việc ...": that committee, flagged.

    Round 41's Hương An notice, printed by its ward's page without letterhead, had no party.
    """
    draft = coordprog.import_text(
        "THÔNG BÁO\nVề việc lấy ý kiến cử tri về Đề án sắp xếp các phường\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Ủy ban nhân dân phường Hương An thông báo việc lấy ý kiến cử tri về Đề án đến "
        "toàn thể nhân dân được biết.\n"
    )
    parties = draft.data["parties"]
    assert [(p["name"], p["level"]) for p in parties] == [
        ("Ủy ban nhân dân phường Hương An", "commune")
    ]
    assert "parties[0]" in [item["path"] for item in draft.data["to_complete"]]


@pytest.mark.parametrize("joined", ["cùng Sở Tư pháp", "và Sở Tư pháp"])
def test_a_local_union_s_standing_board_acting_with_another_body_is_not_named_with_it(
    joined: str,
) -> None:
    """The organ ends with its union's place, not with another body the sentence joins to it.

    "Ban Thường vụ Hội Nông dân thành phố cùng Sở Tư pháp xây dựng ..." had given the
    organ "Ban Thường vụ Hội Nông dân thành phố cùng Sở Tư pháp", unflagged.
    """
    draft = coordprog.import_text(
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HND THÀNH PHỐ HẢI PHÒNG\n*\nSố: 05-KH/HNDT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hải Phòng, ngày 13 tháng 9 năm 2019\nKẾ HOẠCH\nTuyên truyền pháp luật cho hội viên\n"
        f"Ban Thường vụ Hội Nông dân thành phố {joined} xây dựng Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH YÊU CẦU\n1. Nâng cao hiểu biết pháp luật.\n"
    )
    organs = [party.get("issuing_organ") for party in draft.data["parties"]]
    assert organs in ([None], ["Ban Thường vụ Hội Nông dân thành phố"])


@pytest.mark.parametrize("joined", ["cùng Sở Tư pháp", "và Sở Tư pháp"])
def test_a_front_committee_s_standing_board_acting_with_another_body_is_not_named_with_it(
    joined: str,
) -> None:
    """A Front committee's organ ends with its place, as a local union's does.

    "Ban Thường trực Ủy ban MTTQ tỉnh và Sở Tư pháp xây dựng ..." had given the organ
    "Ban Thường trực Ủy ban MTTQ tỉnh và Sở Tư pháp", unflagged.
    """
    draft = coordprog.import_text(
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH BẮC GIANG\n*\nSố: 12/KH-MTTQ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Bắc Giang, ngày 13 tháng 9 năm 2019\nKẾ HOẠCH\nTuyên truyền pháp luật cho nhân dân\n"
        f"Ban Thường trực Ủy ban MTTQ tỉnh {joined} xây dựng Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH YÊU CẦU\n1. Nâng cao hiểu biết pháp luật.\n"
    )
    organs = [party.get("issuing_organ") for party in draft.data["parties"]]
    assert not any("Sở Tư pháp" in (organ or "") for organ in organs), organs


@pytest.mark.parametrize(
    ("letterhead", "name", "level"),
    [
        ("TỈNH ĐOÀN QUẢNG BÌNH\nĐOÀN TNCS HỒ CHÍ MINH\n***", "Tỉnh đoàn Quảng Bình", "province"),
        ("TỈNH ĐOÀN QUẢNG BÌNH ĐOÀN TNCS HỒ CHÍ MINH\n***", "Tỉnh đoàn Quảng Bình", "province"),
        (
            "BCH ĐOÀN TỈNH QUẢNG BÌNH\nĐOÀN TNCS HỒ CHÍ MINH\n***",
            "Ban Chấp hành đoàn tỉnh Quảng Bình",
            "province",
        ),
        ("HUYỆN ĐOÀN LỆ THỦY\nĐOÀN TNCS HỒ CHÍ MINH\n***", "Huyện đoàn Lệ Thủy", "district"),
        (
            "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***",
            "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "central",
        ),
    ],
)
def test_the_youth_union_s_name_beside_a_local_committee_is_its_motto(
    letterhead: str, name: str, level: str
) -> None:
    """A Youth Union committee prints the organisation's name where the motto stands.

    "TỈNH ĐOÀN QUẢNG BÌNH" | "ĐOÀN TNCS HỒ CHÍ MINH", flattened row by row, is one issuer, the
    provincial committee: the organisation is no second party (it had been, or had replaced
    the committee). Under a central committee's line the name completes that body's.
    """
    party = _party(
        f"{letterhead}\nSố: 125-KH/TĐTN-TNNT\nQuảng Bình, ngày 15 tháng 3 năm 2023\n"
        "KẾ HOẠCH\nTriển khai thực hiện Chương trình phối hợp năm 2023\n"
        "Căn cứ Chương trình phối hợp số 01/CTPH-TĐTN-SNN ngày 02/3/2023 giữa Ban Thường vụ "
        "Tỉnh Đoàn và Sở Nông nghiệp và Phát triển nông thôn, Ban Thường vụ Tỉnh Đoàn xây "
        "dựng kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai.\n"
    )
    assert party["name"] == name
    assert party["level"] == level


_REGULATION_ALONE = (
    "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n-------\n" + MOTTO + "QUY CHẾ\n"
    "PHỐI HỢP GIỮA ỦY BAN NHÂN DÂN TỈNH VỚI CỤC THUẾ TỈNH VÀ BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\n"
    "{attached}"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
    "Quy chế này quy định việc phối hợp giữa các cơ quan.\n"
)


@pytest.mark.parametrize(
    "attached",
    [
        "(Ban hành kèm theo Quyết định số 480/QĐ-UBND ngày 22 tháng 02 năm 2024 của Ủy ban "
        "nhân dân tỉnh Khánh Hòa)\n",
        "(Ban hành kèm theo Quyết định số 480/QĐ-UBND ngày 22 tháng 02 năm 2024 của Ủy ban\n"
        "nhân dân tỉnh Khánh Hòa)\n",
        # The decision's subject after its issuer names the bound bodies again: the issuer
        # ends where the act's subject starts, as in any citation.
        "(Ban hành kèm theo Quyết định số 480/QĐ-UBND ngày 22 tháng 02 năm 2024 của Ủy ban "
        "nhân dân tỉnh Khánh Hòa về Quy chế phối hợp giữa Ủy ban nhân dân tỉnh với Cục Thuế "
        "tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh)\n",
    ],
)
def test_a_regulation_attached_to_one_body_s_decision_is_that_body_s(attached: str) -> None:
    """The bodies a regulation is "giữa" are no parties when its "kèm theo" line says whose it is.

    A regulation printed alone under "(Ban hành kèm theo Quyết định số ... của Ủy ban nhân
    dân tỉnh Khánh Hòa)" is the committee's: the tax office and the border guard its title
    names are bound by it, and had been made parties (flagged).
    """
    names = [party["name"] for party in _parties(_REGULATION_ALONE.format(attached=attached))]
    assert names == ["Ủy ban nhân dân tỉnh Khánh Hòa"]


def test_a_regulation_attached_to_a_joint_decision_is_its_issuers() -> None:
    """The "kèm theo" line of a joint act names each of its issuers: each is a party."""
    text = (
        "ỦY BAN NHÂN DÂN - ỦY BAN MTTQ VIỆT NAM\nTỈNH NINH BÌNH\n-------\n" + MOTTO + "QUY CHẾ\n"
        "PHỐI HỢP GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH\n"
        "(Ban hành kèm theo Nghị quyết liên tịch số 01/NQLT ngày 05 tháng 3 năm 2018 của Ủy ban "
        "nhân dân tỉnh Ninh Bình và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình)\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
        "Quy chế này quy định việc phối hợp công tác.\n"
    )
    names = [party["name"] for party in _parties(text)]
    assert names == [
        "Ủy ban nhân dân tỉnh Ninh Bình",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình",
    ]


def test_a_regulation_without_a_kem_theo_line_is_between_its_parties() -> None:
    """Without a "kèm theo" line, the bodies a regulation is "giữa" are still its parties."""
    names = [party["name"] for party in _parties(_REGULATION_ALONE.format(attached=""))]
    assert "Ủy ban nhân dân tỉnh Khánh Hòa" in names
    assert len(names) == 3


class TestMassOrganisationsRoundFiftyTwo:
    """Who signs a programme of the General Confederation of Labour and a union (round 52)."""

    _PROGRAMME = (
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\n"
        "Số: 552/CTPH-TLĐ-HLHPN\n" + MOTTO + "Hà Nội, ngày 24 tháng 4 năm 2012\n"
        "CHƯƠNG TRÌNH PHỐI HỢP\n"
        "Tổ chức các hoạt động trong nữ công nhân lao động giai đoạn 2012 - 2017\n"
        "Nhằm tiếp tục thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị; trên cơ sở đánh giá "
        "kết quả thực hiện Chương trình phối hợp số 45/CTPH {between} ngày 26/9/2008 về đào tạo "
        "nghề,\n"
        "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam và Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam thống "
        "nhất Chương trình phối hợp như sau:\n"
        "I. NỘI DUNG PHỐI HỢP\n1. Phối hợp tuyên truyền kết quả Đại hội.\n"
    )

    def test_tong_ldld_viet_nam_is_the_confederation(self) -> None:
        """The Confederation written "Tổng LĐLĐ Việt Nam" is not a federation "LĐLĐ Việt Nam".

        The earlier programme was "giữa Tổng LĐLĐ Việt Nam và Hội LHPN Việt Nam": read
        without its "Tổng", a third party "Liên đoàn Lao động Việt Nam" was invented.
        """
        text = self._PROGRAMME.format(between="giữa Tổng LĐLĐ Việt Nam và Hội LHPN Việt Nam")
        names = [party["name"] for party in _parties(text)]
        assert names == ["Tổng Liên đoàn Lao động Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"]

    def test_the_bodies_of_a_programme_followed_are_no_parties(self) -> None:
        """The bodies a programme cited after "; trên cơ sở ..." is "giữa" signed that one.

        In small letters inside the opening sentence, the citing words still start a
        citation: its bodies are the earlier programme's, not this one's.
        """
        text = self._PROGRAMME.format(
            between="giữa Bộ Lao động - Thương binh và Xã hội và Hội Nông dân Việt Nam"
        )
        names = [party["name"] for party in _parties(text)]
        assert names == ["Tổng Liên đoàn Lao động Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"]

    def test_hoi_nong_dan_viet_nam_is_the_national_union(self) -> None:
        """The national union "Hội Nông dân Việt Nam" leading a part is not a province's.

        Its first words are the name a province's union goes by in its own texts ("Hội Nông
        dân"): read as that one, the place line made it a party "Hội Nông dân tỉnh Hà Nội".
        """
        draft = coordprog.import_text(
            "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - HỘI NÔNG DÂN VIỆT NAM\n"
            + MOTTO
            + "Số: 01/CTPH-BNN-HND\nHà Nội, ngày 08 tháng 12 năm 2021\nCHƯƠNG TRÌNH PHỐI HỢP\n"
            "Hỗ trợ nông dân phát triển kinh tế nông thôn giai đoạn 2021 - 2025\n"
            "I. NỘI DUNG PHỐI HỢP\n1. Tuyên truyền, vận động hội viên, nông dân\n"
            "Hội Nông dân Việt Nam chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn "
            "tổ chức tuyên truyền.\n"
        )
        parties = [(party["name"], party.get("level")) for party in draft.data["parties"]]
        assert parties == [
            ("Bộ Nông nghiệp và Phát triển nông thôn", "central"),
            ("Hội Nông dân Việt Nam", "central"),
        ]

    @pytest.mark.parametrize(
        ("place", "provincial"),
        [
            ("tỉnh Nghệ An", True),
            ("Tỉnh Nghệ An", True),
            ("huyện Nam Đàn", False),
            ("thị xã Cửa Lò", False),
        ],
    )
    def test_hoi_nong_dan_viet_nam_of_a_district_is_not_the_province_s(
        self, place: str, provincial: bool
    ) -> None:
        """A district's "Hội Nông dân Việt Nam huyện Nam Đàn" is no party "Hội Nông dân tỉnh".

        "Việt Nam" then the province, in any case, is the province's union; then a lower
        level, a district's or a town's, which had been made the province's union.
        """
        draft = coordprog.import_text(
            "UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ\nSố: 12/CTr-SNV\n"
            + MOTTO
            + "Nghệ An, ngày 05 tháng 3 năm 2024\nCHƯƠNG TRÌNH\n"
            f"Phối hợp giữa Sở Nội vụ và Hội Nông dân Việt Nam {place}\n"
            "Sở Nội vụ thống nhất Chương trình phối hợp như sau:\n"
            "I. MỤC ĐÍCH\n1. Phối hợp.\n"
        )
        names = [party["name"] for party in draft.data["parties"]]
        assert ("Hội Nông dân tỉnh" in names) is provincial


class TestBodiesOfOneListPlacedTogether:
    """Round 56: bodies listed together, the province printed once after the last of them."""

    _PORTAL = LISTED_TOGETHER

    def test_the_province_after_the_last_body_places_each_body_of_the_list(self) -> None:
        """In "Thường trực HĐND, UBND và Ban Thường trực ... tỉnh Bắc Kạn" all are Bắc Kạn's."""
        draft = coordprog.import_text(self._PORTAL)
        parties = draft.data["parties"]
        assert [p["name"] for p in parties] == [
            "Hội đồng nhân dân tỉnh Bắc Kạn",
            "Ủy ban nhân dân tỉnh Bắc Kạn",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn",
        ]
        assert all(p.get("province") == "Bắc Kạn" for p in parties)
        assert parties[0]["issuing_organ"] == "Thường trực Hội đồng nhân dân tỉnh Bắc Kạn"
        flagged = {item["path"] for item in draft.data["to_complete"]}
        assert {"parties[0]", "parties[1]"} <= flagged

    def test_the_organ_of_a_council_placed_by_its_letterhead_takes_the_place(self) -> None:
        """The standing committee named without the province the list closes with takes it."""
        text = (
            "HĐND - UBND - UBMTTQVN\nTỈNH ĐỒNG NAI\n" + MOTTO + "Số: 01/QC-HĐND-UBND-UBMTTQVN\n"
            "Đồng Nai, ngày 15 tháng 10 năm 2019\nQUY CHẾ\n"
            "PHỐI HỢP CÔNG TÁC GIỮA HỘI ĐỒNG NHÂN DÂN, ỦY BAN NHÂN DÂN VÀ ỦY BAN MẶT TRẬN TỔ "
            "QUỐC VIỆT NAM TỈNH ĐỒNG NAI\n"
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;\n"
            "Thường trực Hội đồng Nhân dân, Ủy ban Nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam "
            "tỉnh Đồng Nai trên cơ sở thống nhất ý kiến ban hành Quy chế phối hợp công tác:\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi áp dụng\nQuy chế này áp dụng.\n"
        )
        council = _parties(text)[0]
        assert council["name"] == "Hội đồng nhân dân tỉnh Đồng Nai"
        assert council["issuing_organ"] == "Thường trực Hội đồng nhân dân tỉnh Đồng Nai"

    def test_a_list_whose_last_body_has_no_province_places_none(self) -> None:
        """Without a province after the last body, the bodies stay unplaced and flagged."""
        text = self._PORTAL.replace(" tỉnh Bắc Kạn", "")
        parties = _parties(text)
        assert not any(p.get("province") for p in parties)


class TestPartyRegulationNumberedForOneIssuer:
    """A Party committee's regulation "giữa" its standing board and the state's bodies."""

    _TEXT = (
        "TỈNH ỦY HÀ NAM\n*\nSố {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nam, ngày 10 tháng 5 năm 2021\nQUY CHẾ\n"
        "phối hợp giữa Ban Thường vụ Tỉnh ủy với Thường trực Hội đồng nhân dân, Ủy ban nhân "
        "dân tỉnh\n- Căn cứ Điều lệ Đảng;\n"
        "Ban Thường vụ Tỉnh ủy ban hành Quy chế phối hợp như sau:\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nQuy chế này quy định.\n"
    )

    def test_a_number_for_one_issuer_leaves_the_bodies_it_binds_out(self) -> None:
        """A number "Số 05-QC/TU" under "TỈNH ỦY HÀ NAM": the committee's act, binding others."""
        parties = _parties(self._TEXT.format(number="05-QC/TU"))
        assert [p["name"] for p in parties] == ["Tỉnh ủy Hà Nam"]
        assert parties[0]["issuing_organ"] == "Ban Thường vụ Tỉnh ủy Hà Nam"

    def test_a_joint_symbol_keeps_the_bodies_it_is_between(self) -> None:
        """A symbol naming two issuers ("05-QC/TU-UBND") keeps the regulation's "giữa" bodies."""
        names = [p["name"] for p in _parties(self._TEXT.format(number="05-QC/TU-UBND"))]
        assert names[0] == "Tỉnh ủy Hà Nam"
        assert len(names) == 3


def test_a_body_printed_under_a_signer_s_post_is_that_block_s() -> None:
    """A court's post, its body under it ("CHÁNH ÁN" / "TÒA ÁN NHÂN DÂN TỈNH"): the court signs."""
    data = coordprog.import_text(
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH TUYÊN QUANG\n|\nTÒA ÁN NHÂN DÂN\nTỈNH TUYÊN QUANG\n|\n"
        + MOTTO
        + "|\nSố: 01/QCLN-VKS-TA\n|\nTuyên Quang, ngày 26 tháng 12 năm 2016\n|\n"
        "QUY CHẾ\nPhối hợp trong công tác giao, gửi bản án hình sự\n"
        "Căn cứ Luật Thi hành án hình sự năm 2010;\n"
        "Viện kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh Tuyên Quang thống nhất ban hành "
        "Quy chế như sau:\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n"
        "CHÁNH ÁN\nTÒA ÁN NHÂN DÂN TỈNH\nNguyễn Văn Dũng\n|\n"
        "VIỆN TRƯỞNG\nVIỆN KIỂM SÁT NHÂN DÂN TỈNH\nLê Văn Em\n|\n"
    ).data
    ids = {party["id"]: party["kind"] for party in data["parties"]}
    signed = {s["title"]: ids[s["party"]] for s in data["signatories"]}
    assert {"CHÁNH ÁN": "court", "VIỆN TRƯỞNG": "procuracy"} == signed
    assert not [i for i in data.get("to_complete", []) if i["path"].startswith("signatories")]


@pytest.mark.parametrize(
    ("block", "title"),
    [
        (
            "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nTHỨ TRƯỞNG, PHÓ CHỦ NHIỆM\nY Thông\n",
            "THỨ TRƯỞNG, PHÓ CHỦ NHIỆM",
        ),
        ("BỘ TRƯỞNG, CHỦ NHIỆM\nHầu A Lềnh\n", "BỘ TRƯỞNG, CHỦ NHIỆM"),
    ],
)
def test_two_posts_a_signer_holds_joined_by_a_comma_are_the_signer_s_title(
    block: str, title: str
) -> None:
    """A minister who chairs a committee signs under both posts ("BỘ TRƯỞNG, CHỦ NHIỆM")."""
    draft = coordprog.import_text(
        "ỦY BAN DÂN TỘC\nSố: 645/QĐ-UBDT\nHà Nội, ngày 28 tháng 9 năm 2021\nQUYẾT ĐỊNH\n"
        "Ban hành Chương trình hành động của Ủy ban Dân tộc\n"
        "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\n"
        "Căn cứ Nghị định số 13/2017/NĐ-CP ngày 10/02/2017 của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban Dân tộc.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KHTC.\n" + block
    )
    (signed,) = draft.data["promulgation"]["signatories"]
    assert (title, block.splitlines()[-1]) == (signed["title"], signed["name"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CÔNG AN TỈNH - SỞ TƯ PHÁP", ["Công an tỉnh Bắc Giang", "Sở Tư pháp tỉnh Bắc Giang"]),
        ("SỞ Y TẾ - BHXH TỈNH", ["Sở Y tế tỉnh Bắc Giang", "Bảo hiểm xã hội tỉnh Bắc Giang"]),
    ],
)
def test_the_committee_over_a_line_of_sectors_is_no_party(line: str, expected: list[str]) -> None:
    """A committee over sectors named by their unit ("CÔNG AN TỈNH"): they issue, it heads."""
    parties = _parties(
        f"UBND TỈNH BẮC GIANG\n{line}\n" + MOTTO + "Số: 12/QCPH-CAT-STP\n"
        "Bắc Giang, ngày 10 tháng 3 năm 2020\nQUY CHẾ\n"
        "Phối hợp trong công tác quản lý nhà nước về lý lịch tư pháp\n"
        "Căn cứ Luật Lý lịch tư pháp năm 2009;\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n"
    )
    assert expected == [p["name"] for p in parties]
    assert {"Bắc Giang"} == {p["province"] for p in parties}


def test_a_procuracy_and_a_court_listed_without_nhan_dan_are_two_bodies() -> None:
    """A procuracy and a court listed by their short names before a shared place: two bodies."""
    parties = _parties(
        "LIÊN NGÀNH\nVIỆN KIỂM SÁT - TÒA ÁN - CÔNG AN - THANH TRA THÀNH PHỐ ĐÀ NẴNG\n"
        + MOTTO
        + "Số: 01/2014/LN-QCPH\nĐà Nẵng, ngày 30 tháng 5 năm 2014\nQUY CHẾ\n"
        "Phối hợp trong công tác tiếp nhận tố giác, tin báo về tội phạm\n"
        "- Căn cứ Bộ luật Tố tụng hình sự năm 2003;\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n"
    )
    expected = [
        ("Viện kiểm sát thành phố Đà Nẵng", "procuracy"),
        ("Tòa án thành phố Đà Nẵng", "court"),
        ("Công an thành phố Đà Nẵng", "police"),
        ("Thanh tra thành phố Đà Nẵng", "state-agency"),
    ]
    assert expected == [(p["name"], p["kind"]) for p in parties]
    assert {"Đà Nẵng"} == {p["province"] for p in parties}


def test_a_department_after_a_dash_beside_a_federation_is_its_peer() -> None:
    """A department after " - " on a federation's line issues beside it, not as its board."""
    parties = _parties(
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG - SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
        + MOTTO
        + "Số: 05/CTPH-LĐLĐ-SLĐTBXH\nBắc Giang, ngày 10 tháng 3 năm 2021\n"
        "CHƯƠNG TRÌNH PHỐI HỢP\nVề công tác an toàn, vệ sinh lao động\n"
        "Căn cứ Bộ luật Lao động năm 2019;\n"
        "I. MỤC ĐÍCH\n1. Tăng cường phối hợp giữa hai cơ quan.\n"
    )
    names = [p["name"] for p in parties]
    assert "Liên đoàn Lao động tỉnh Bắc Giang" == names[0]
    assert 2 == len(names)
    assert names[1].startswith("Sở Lao động - Thương binh và Xã hội")
    assert "Liên đoàn" not in names[1]


def test_a_standing_board_signs_for_the_one_federation_beside_a_department() -> None:
    """A standing board's block naming no body, beside a director's: the federation signs."""
    data = coordprog.import_text(
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG | SỞ Y TẾ TỈNH BẮC GIANG | "
        + MOTTO
        + "Số: 05/CTPH-LĐLĐ-SYT | Bắc Giang, ngày 10 tháng 3 năm 2021 |\n"
        "CHƯƠNG TRÌNH PHỐI HỢP\nChăm sóc sức khỏe người lao động\n"
        "Căn cứ Bộ luật Lao động năm 2019;\n"
        "I. MỤC ĐÍCH\n1. Tăng cường phối hợp giữa hai cơ quan.\n"
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An | KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"
        "Trần Thị Bình |\n"
    ).data
    signed = {s["name"]: s["party"] for s in data["signatories"]}
    assert {
        "Nguyễn Văn An": "lien-doan-lao-dong-tinh-bac-giang",
        "Trần Thị Bình": "so-y-te-tinh-bac-giang",
    } == signed


def test_an_attached_regulation_s_unread_issuer_makes_none_of_its_title_s_bodies_parties() -> None:
    """Issued with a council's decision the table cannot read: the title's bodies issue nothing.

    Round 58's district regulation is issued with a decision of the district's coordinating
    council for legal education; a regulation "giữa" bodies issued so had taken the bodies its
    title names for its issuers. It asks for its parties instead.
    """
    data = coordprog.import_text(
        "QUY CHẾ\nPhối hợp giữa các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Khoái Châu\n"
        "(Ban hành kèm theo Quyết định số 01/QĐ-HĐPH ngày 07 tháng 02 năm 2019 của Hội đồng "
        "phối hợp phổ biến, giáo dục pháp luật huyện Khoái Châu)\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định.\n"
    ).data
    assert [] == data["parties"]
    assert "parties" in {item["path"] for item in data["to_complete"]}


def test_an_attached_regulation_s_committee_is_its_party() -> None:
    """Issued with the district committee's decision: the committee, read from "của", issues."""
    data = coordprog.import_text(
        "QUY CHẾ\nPhối hợp giữa các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Khoái Châu\n"
        "(Ban hành kèm theo Quyết định số 01/QĐ-UBND ngày 07 tháng 02 năm 2019 của Ủy ban "
        "nhân dân huyện Khoái Châu)\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định.\n"
    ).data
    assert ["Ủy ban nhân dân huyện Khoái Châu"] == [p["name"] for p in data["parties"]]


@pytest.mark.parametrize(
    "opening",
    [
        # A flattened letterhead, the bodies run together with dashes.
        "BỘ TƯ PHÁP - BỘ VĂN HOÁ THÔNG TIN - BAN THƯỜNG TRỰC UỶ BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC "
        "VIỆT NAM\n" + MOTTO + "Số: 03/2000/TTLT/BTP-BVHTT-BTTUBTƯMTTQVN\n"
        "Hà Nội, ngày 31 tháng 3 năm 2000\nTHÔNG TƯ LIÊN TỊCH\n",
        # An old gazette heading without letterhead, the bodies after "LIÊN TỊCH".
        "THÔNG TƯ\n\nLIÊN TỊCH BỘ TƯ PHÁP - BỘ VĂN HOÁ THÔNG TIN - BAN THƯỜNG TRỰC UỶ BAN TRUNG "
        "ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\nSỐ 03/2000/TTLT/BTP-BVHTT-BTTUBTƯMMTTQVN\n"
        "NGÀY 31 THÁNG 03 NĂM 2000 HƯỚNG DẪN VIỆC XÂY DỰNG\n",
    ],
)
def test_a_standing_organ_after_a_dash_starts_the_next_body(opening: str) -> None:
    """A letterhead "BỘ ... - BAN THƯỜNG TRỰC UỶ BAN ...": the board starts the next body."""
    names = [
        party["name"]
        for party in _parties(opening + "Thực hiện hương ước, quy ước ở cơ sở như sau:\n")
    ]
    assert ["Bộ Tư pháp", "Bộ Văn hoá thông tin"] == names[:2]
    assert "Mặt trận Tổ quốc Việt Nam" in names[2]
    assert 3 == len(names)


def test_an_older_joint_circular_in_parts_is_signed_after_its_last_part() -> None:
    """A joint circular in parts ("I. ...", "1. ..."), not articles: its blocks are read."""
    data = coordprog.import_text(
        "BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI-BỘ Y TẾ\n" + MOTTO + "Số: 08/1998/TTLT-BYT-BLĐTBXH\n"
        "Hà Nội, ngày 20 tháng 4 năm 1998\nTHÔNG TƯ LIÊN TỊCH\n"
        "Hướng dẫn thực hiện các quy định về bệnh nghề nghiệp\n"
        "Liên Bộ Y tế - Lao động - Thương binh và Xã hội hướng dẫn như sau:\n"
        "I. KHÁI NIỆM BỆNH NGHỀ NGHIỆP\nBệnh nghề nghiệp là bệnh phát sinh do điều kiện lao động.\n"
        "II. TỔ CHỨC THỰC HIỆN\nThông tư này có hiệu lực sau 15 ngày kể từ ngày ký.\n"
        "KT. BỘ TRƯỞNG BỘ Y TẾ\nTHỨ TRƯỞNG\n\nNguyễn Văn Thưởng\n\n"
        "KT. BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nTHỨ TRƯỞNG\n\nLê Duy Đồng\n"
        "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu VT.\n"
    ).data
    assert ["Nguyễn Văn Thưởng", "Lê Duy Đồng"] == [s["name"] for s in data["signatories"]]
    assert ["bo-y-te", "bo-lao-dong-thuong-binh-va-xa-hoi"] == [
        s["party"] for s in data["signatories"]
    ]
    assert 2 == len(data["parties"])
    assert "Lê Duy Đồng" not in data.get("preamble", "")


def test_a_joint_ministry_s_dash_after_a_whole_ministry_s_field_is_no_name_s() -> None:
    """A joint ministry "Liên Bộ Tài chính - Giáo dục và Đào tạo" is two ministries, not one."""
    text = (
        "THÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý kinh phí\nCăn cứ Luật Ngân sách nhà nước;\n"
        "Liên Bộ Tài chính - Giáo dục và Đào tạo hướng dẫn như sau:\nI. QUY ĐỊNH CHUNG\n"
        "Kinh phí được cân đối trong dự toán.\n"
    )
    names = [party["name"] for party in coordprog.import_text(text).data.get("parties", [])]
    assert "Bộ Tài chính - Giáo dục và Đào tạo" not in names
    one = "THÔNG TƯ\nHướng dẫn\nBộ Lao động - Thương binh và Xã hội hướng dẫn như sau:\nI. CHUNG\n"
    assert ["Bộ Lao động - Thương binh và Xã hội"] == [p["name"] for p in _parties(one)]


def test_the_country_s_name_in_an_association_s_name_keeps_its_capitals() -> None:
    """A letterhead's "HỘI KHUYẾN HỌC VIỆT NAM" is "Hội Khuyến học Việt Nam"."""
    names = [
        party["name"]
        for party in _parties(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO - TRUNG ƯƠNG HỘI KHUYẾN HỌC VIỆT NAM\n"
            + MOTTO
            + "Số: 22/2006/NQLT-BGDĐT-HKHVN\nHà Nội, ngày 12 tháng 5 năm 2006\n"
            "NGHỊ QUYẾT LIÊN TỊCH\nVề việc phối hợp hoạt động\nĐiều 1. Hai bên phối hợp.\n"
        )
    ]
    assert "Hội Khuyến học Việt Nam" in names


def test_a_steering_board_named_by_its_subject_before_its_association_issues() -> None:
    """In "Ban Chỉ đạo phong trào X-Y &Z Trung ương Hội ... hướng dẫn", the board issues.

    A guidance printed without letterhead names its issuer in its enacting sentence: a
    steering board named by its subject's short forms, then the association it belongs to.
    The association alone had been made the party.
    """
    draft = coordprog.import_text(
        "HƯỚNG DẪN: Công tác phòng, chống ma túy năm 2020\n\n"
        "Căn cứ Chương trình công tác năm 2020; Ban Chỉ đạo phong trào PCMT-TNXH &ATGT Trung "
        "ương Hội Nông dân Việt Nam hướng dẫn các cấp Hội như sau:\n\n1. Tuyên truyền.\n"
    )
    assert [(p["name"], p.get("level")) for p in draft.data["parties"]] == [
        ("Ban Chỉ đạo phong trào PCMT-TNXH &ATGT Trung ương Hội Nông dân Việt Nam", "central")
    ]
    assert any(item["path"] == "parties[0]" for item in draft.data["to_complete"])


COMMUNE_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA LẠC\n" + MOTTO + "Số: 07/KH-UBND\nHòa Lạc, ngày 03 tháng 3 năm 2018\n"
    "KẾ HOẠCH\nPhòng chống dịch bệnh năm 2018\n"
)


def test_a_commune_s_province_is_read_from_the_one_province_its_basis_names() -> None:
    """A commune's letterhead names no province; the one its căn cứ name is, flagged."""
    draft = coordprog.import_text(
        COMMUNE_PLAN + "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/02/2018 của UBND tỉnh\n"
        "Quảng Bình về phòng chống dịch bệnh;\n"
        "Ủy ban nhân dân xã Hòa Lạc xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Chủ động.\n"
    )
    assert "Quảng Bình" == draft.data.get("province")
    assert ["Quảng Bình"] == [p.get("province") for p in draft.data["parties"]]
    assert any(item["path"] == "province" for item in draft.data["to_complete"])


def test_a_commune_s_province_is_not_guessed_among_two_named() -> None:
    """Two provinces named by the text: neither is the commune's."""
    draft = coordprog.import_text(
        COMMUNE_PLAN + "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/02/2018 của UBND tỉnh Quảng Bình;\n"
        "Học tập kinh nghiệm của tỉnh Quảng Trị;\n"
        "Ủy ban nhân dân xã Hòa Lạc xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Chủ động.\n"
    )
    assert "province" not in draft.data
    assert [None] == [p.get("province") for p in draft.data["parties"]]


def test_a_city_named_only_as_a_city_gives_a_district_no_province() -> None:
    """A basis naming "thành phố Hồ Chí Minh": a city under the centre is left as printed."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nQUẬN 5\n" + MOTTO + "Số: 3/QĐ-UBND\nQuận 5, ngày 03 tháng 3 năm 2018\n"
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\nỦY BAN NHÂN DÂN QUẬN 5\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/02/2018 của Ủy ban nhân dân thành phố Hồ Chí "
        "Minh;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    )
    assert "province" not in draft.data


def test_the_subject_after_a_cited_organ_s_comma_issues_a_copy_without_letterhead() -> None:
    """In "... của Thường vụ Đảng ủy xã, ủy ban nhân dân xã xây dựng kế hoạch": the committee."""
    draft = coordprog.import_text(
        "Kế hoạch ra quân làm đường giao thông năm 2021\n\n"
        "Thực hiện Nghị quyết 02 của HĐND xã năm 2021, hưởng ứng phong trào thi đua của Thường "
        "vụ Đảng ủy xã, ủy ban nhân dân xã xây dựng kế hoạch ra quân làm đường như sau:\n"
        "I. MỤC ĐÍCH\n1. Huy động nhân dân.\n"
    )
    assert ["Ủy ban nhân dân xã"] == [p["name"] for p in draft.data["parties"]]
    assert ["commune"] == [p["level"] for p in draft.data["parties"]]


def test_a_cited_organ_without_a_comma_after_it_issues_nothing() -> None:
    """In "... của Bộ Y tế xây dựng kế hoạch" (no comma) the ministry wrote: no subject."""
    draft = coordprog.import_text(
        "Kế hoạch tiêm chủng năm 2021\n\n"
        "Thực hiện hướng dẫn của Bộ Y tế xây dựng kế hoạch tiêm chủng như sau:\n"
        "I. MỤC ĐÍCH\n1. Tiêm đủ.\n"
    )
    assert [] == draft.data["parties"]


def test_a_signature_for_a_body_named_without_its_place_is_flagged() -> None:
    """A copy cut above its letterhead: "TM. ỦY BAN NHÂN DÂN" signs for a body of no place.

    The party was flagged, the signature that names it as its body was not: whose it is
    had been trusted.
    """
    draft = coordprog.import_text(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Theo đề nghị của Giám đốc Sở Tư pháp,\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác pháp chế.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Đức Chính\n"
    )
    signed = draft.data["promulgation"]["signatories"][0]
    assert "Nguyễn Đức Chính" == signed["name"]
    assert any(
        r.startswith("promulgation.signatories[0].party: the signature is for a body named")
        for r in draft.unsure
    )


def test_a_steering_committee_s_long_name_in_capitals_is_read_whole() -> None:
    """A steering committee's letterhead names it by its purpose, past eleven words.

    Round 82's national committee ("BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI
    VÀ HÀNG GIẢ") had been cut at the grammar's eleventh word, before "VÀ HÀNG GIẢ".
    """
    draft = coordprog.import_text(
        "BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN BÁN NGƯỜI, LAO ĐỘNG CƯỠNG BỨC VÀ MẠI DÂM TRẺ EM\n"
        + MOTTO
        + "Số: 03/KH-BCĐ\nHà Nội, ngày 04 tháng 5 năm 2022\n"
        "KẾ HOẠCH\nỨng phó mùa mưa bão năm 2022\nI. MỤC ĐÍCH\n1. Chủ động ứng phó.\n"
    )
    assert [p["name"] for p in draft.data["parties"]] == [
        "Ban Chỉ đạo quốc gia chống buôn bán người, Lao động cưỡng bức và Mại dâm trẻ em"
    ]


def test_a_steering_committee_named_by_its_founding_act_s_number_keeps_its_symbol() -> None:
    """A committee printed "BAN CHỈ ĐẠO" / "127/TW" is named by its founding act's number.

    Round 82's committee ("BAN CHỈ ĐẠO" / "138/CP") had been named "Ban Chỉ đạo 138".
    """
    draft = coordprog.import_text(
        "BAN CHỈ ĐẠO\n127/TW\n-------\n"
        + MOTTO
        + "Số: 08/KH-BCĐ127/TW\nHà Nội, ngày 20 tháng 02 năm 2012\n"
        "KẾ HOẠCH\nKiểm tra công tác chống buôn lậu năm 2012\nI. MỤC ĐÍCH\n1. Kiểm tra.\n"
    )
    assert [p["name"] for p in draft.data["parties"]] == ["Ban Chỉ đạo 127/TW"]


def test_a_national_steering_committee_is_central() -> None:
    """The nation's steering committee ("Ban Chỉ đạo quốc gia ...") is of central level.

    Round 82's national committee against smuggling had been drafted with no level.
    """
    draft = coordprog.import_text(
        "BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN BÁN NGƯỜI, LAO ĐỘNG CƯỠNG BỨC VÀ MẠI DÂM TRẺ EM\n"
        + MOTTO
        + "Số: 05/KH-BCĐ\nHà Nội, ngày 04 tháng 5 năm 2022\n"
        "KẾ HOẠCH\nKiểm tra liên ngành năm 2022\nI. MỤC ĐÍCH\n1. Kiểm tra.\n"
    )
    assert [p.get("level") for p in draft.data["parties"]] == ["central"]


def test_a_board_s_head_whose_post_ends_with_the_board_s_head_word_decides() -> None:
    """A head's post "TRƯỞNG BAN" whose last word heads the board it names ("BAN CHỈ ĐẠO").

    Round 82's national committee's decision: its Head's line ("TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA
    ...") had not been read as the organ that decides, the board's name read after "BAN".
    """
    draft = coordprog.import_text(
        "BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN BÁN NGƯỜI, LAO ĐỘNG CƯỠNG BỨC VÀ MẠI DÂM TRẺ EM\n"
        + MOTTO
        + "Số: 07/QĐ-BCĐ\nHà Nội, ngày 04 tháng 5 năm 2022\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TỔ CÔNG TÁC LIÊN NGÀNH\n"
        "TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN BÁN NGƯỜI, LAO ĐỘNG CƯỠNG BỨC VÀ MẠI DÂM TRẺ EM\n"
        "Căn cứ Quyết định số 11/QĐ-TTg ngày 05 tháng 01 năm 2021 của Thủ tướng Chính phủ;\n"
    )
    assert [p.get("issuing_organ") for p in draft.data["parties"]] == [
        "Trưởng Ban Chỉ đạo Quốc gia chống buôn bán người, Lao động cưỡng bức và Mại dâm trẻ em"
    ]


def test_a_committee_named_by_the_government_s_founding_act_is_central() -> None:
    """A committee named "Ban Chỉ đạo 127/TW" (or ".../CP") was founded at the centre: central.

    Round 82's Government committee ("BAN CHỈ ĐẠO" / "138/CP") had been drafted with no level.
    """
    draft = coordprog.import_text(
        "BAN CHỈ ĐẠO\n127/TW\n-------\n"
        + MOTTO
        + "Số: 08/KH-BCĐ127/TW\nHà Nội, ngày 20 tháng 02 năm 2012\n"
        "KẾ HOẠCH\nKiểm tra công tác chống buôn lậu năm 2012\nI. MỤC ĐÍCH\n1. Kiểm tra.\n"
    )
    assert [p.get("level") for p in draft.data["parties"]] == ["central"]


@pytest.mark.parametrize(
    ("letterhead", "place"),
    [
        ("ỦY BAN NHÂN DÂN\nHUYỆN QUẢNG NINH", "Quảng Ninh"),
        ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", "Hòa Bình"),
        ("HUYỆN ỦY QUẢNG NINH", "Quảng Ninh"),
    ],
)
def test_a_district_or_commune_named_as_a_province_is_not_in_that_province(
    letterhead: str, place: str
) -> None:
    """A district of Quảng Bình named "Huyện Quảng Ninh": its name gives no province."""
    draft = coordprog.import_text(
        f"{letterhead}\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n{place}, ngày 12 tháng 3 năm 2019\nKẾ HOẠCH\n"
        "Phối hợp phổ biến, giáo dục pháp luật năm 2019\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức pháp luật.\n"
    )
    assert "province" not in draft.data or draft.data["province"] != place
    assert all(party.get("province") != place for party in draft.data["parties"])


def test_a_town_named_as_its_province_keeps_the_province() -> None:
    """The seat of Hòa Bình, "Thành phố Hòa Bình", keeps the province."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÒA BÌNH\nSố: 15/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hòa Bình, ngày 12 tháng 3 năm 2019\nKẾ HOẠCH\n"
        "Phối hợp phổ biến, giáo dục pháp luật năm 2019\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức pháp luật.\n"
    )
    assert "Hòa Bình" == draft.data["province"]


def _plan(letterhead: str, place: str = "Hà Nội") -> coordprog.Draft:
    return coordprog.import_text(
        letterhead + "\n" + MOTTO + f"Số: 45/KH-PH\n{place}, ngày 05 tháng 10 năm 2023\n"
        "KẾ HOẠCH\nPhối hợp tuyên truyền pháp luật năm 2023\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
    )


@pytest.mark.parametrize("command", ["BỘ CHỈ HUY BĐBP", "BCH BĐBP"])
def test_a_border_guard_command_with_its_force_abbreviated_is_one_body(command: str) -> None:
    """A command printed "BỘ CHỈ HUY BĐBP TỈNH ..." is the province's, under its superior.

    The abbreviation had split the name: "Bộ Chỉ huy" (or "Ban Chấp hành", "BCH" read as an
    executive committee) and "Bộ đội Biên phòng tỉnh ...", beside the command over them.
    """
    draft = _plan(f"BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\n{command} TỈNH KIÊN GIANG", "Kiên Giang")
    assert [(p["name"], p["level"]) for p in draft.data["parties"]] == [
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "province")
    ]


@pytest.mark.parametrize(
    ("letterhead", "name"),
    [
        (
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nVIỆN KIỂM SÁT NHÂN DÂN CẤP CAO TẠI ĐÀ NẴNG",
            "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng",
        ),
        (
            "TÒA ÁN NHÂN DÂN TỐI CAO\nTÒA ÁN NHÂN DÂN CẤP CAO\nTẠI THÀNH PHỐ HỒ CHÍ MINH",
            "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh",
        ),
        ("TÒA ÁN NHÂN DÂN CẤP CAO TẠI HÀ NỘI", "Tòa án nhân dân cấp cao tại Hà Nội"),
    ],
)
def test_a_high_level_court_or_procuracy_is_a_body_of_its_own(letterhead: str, name: str) -> None:
    """A high-level court or procuracy ("cấp cao tại Đà Nẵng") issues, not its superior.

    It had been cut to "Viện kiểm sát nhân dân", a second party beside the supreme one.
    """
    draft = _plan(letterhead)
    assert [(p["name"], p["level"]) for p in draft.data["parties"]] == [(name, "central")]
    assert draft.data.get("province") is None


def test_a_military_region_under_the_ministry_issues_on_its_own() -> None:
    """A military region under its ministry ("BỘ QUỐC PHÒNG" / "QUÂN KHU 9") issues.

    The region's line had been read as the rest of the ministry's name ("Bộ Quốc phòng quân
    khu 9").
    """
    draft = _plan("BỘ QUỐC PHÒNG\nQUÂN KHU 9", "Cần Thơ")
    assert [(p["name"], p["level"]) for p in draft.data["parties"]] == [("Quân khu 9", "central")]


@pytest.mark.parametrize(
    ("letterhead", "name"),
    [
        (
            "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\nTỈNH BÌNH DƯƠNG",
            "Ban Quản lý các khu công nghiệp tỉnh Bình Dương",
        ),
        (
            "UBND TỈNH ĐỒNG NAI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
            "Ban Quản lý các khu công nghiệp tỉnh Đồng Nai",
        ),
    ],
)
def test_a_board_named_by_the_many_it_manages_is_read_whole(letterhead: str, name: str) -> None:
    """A name in capitals goes on after "các": "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP".

    It had been cut at "các" to "Ban Quản lý", without its province's place.
    """
    assert [p["name"] for p in _plan(letterhead, "Biên Hòa").data["parties"]] == [name]


@pytest.mark.parametrize(
    "organisation", ["TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN TNCS HỒ CHÍ MINH"]
)
def test_a_bloc_s_youth_union_committee_issues_under_its_organisation(organisation: str) -> None:
    """The committee "BCH ĐOÀN KHỐI CÁC CƠ QUAN TRUNG ƯƠNG" issues, not its organisation.

    The committee had been cut at "các" ("Ban Chấp hành đoàn khối") and listed after the
    organisation, a second party.
    """
    draft = _plan(f"{organisation}\nBCH ĐOÀN KHỐI CÁC CƠ QUAN TRUNG ƯƠNG")
    assert [(p["name"], p["level"]) for p in draft.data["parties"]] == [
        ("Ban Chấp hành Đoàn Khối các cơ quan Trung ương", "central")
    ]


@pytest.mark.parametrize(
    ("letterhead", "name", "province"),
    [
        ("KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC HÀ TĨNH", "Kho bạc Nhà nước Hà Tĩnh", "Hà Tĩnh"),
        (
            "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI HÀ NỘI",
            "Bảo hiểm xã hội Hà Nội",
            "Hà Nội",
        ),
        ("BỘ CÔNG AN\nCÔNG AN LẠNG SƠN", "Công an Lạng Sơn", "Lạng Sơn"),
    ],
)
def test_a_branch_named_by_its_province_alone_is_that_province_s(
    letterhead: str, name: str, province: str
) -> None:
    """A central system's branch named by its province alone: "KHO BẠC NHÀ NƯỚC HÀ TĨNH".

    The province printed without "TỈNH" had been lost: "Kho bạc Nhà nước", no province.
    """
    draft = _plan(letterhead, "Hà Tĩnh")
    assert [(p["name"], p["level"]) for p in draft.data["parties"]] == [(name, "province")]
    assert draft.data["province"] == province


@pytest.mark.parametrize(
    ("letterhead", "name"),
    [
        (
            "CỤC THUẾ TỈNH ĐỒNG NAI\nCHI CỤC THUẾ KHU VỰC LONG KHÁNH",
            "Chi cục Thuế khu vực Long Khánh tỉnh Đồng Nai",
        ),
        (
            "CỤC HẢI QUAN TỈNH LẠNG SƠN\nCHI CỤC HẢI QUAN CỬA KHẨU QUỐC TẾ HỮU NGHỊ",
            "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị tỉnh Lạng Sơn",
        ),
        (
            "CỤC THUẾ TỈNH ĐỒNG NAI\nCHI CỤC THUẾ KHU VỰC II",
            "Chi cục Thuế khu vực II tỉnh Đồng Nai",
        ),
    ],
)
def test_a_place_named_in_a_body_s_name_keeps_its_capitals(letterhead: str, name: str) -> None:
    """The place after "khu vực" or "cửa khẩu" in a name printed in capitals is a proper name.

    It had been re-cased in small letters: "khu vực biên hòa", "cửa khẩu móng cái".
    """
    assert [p["name"] for p in _plan(letterhead, "Long Khánh").data["parties"]] == [name]


@pytest.mark.parametrize(
    ("letterhead", "name", "level"),
    [
        (
            "TỈNH ỦY ĐỒNG THÁP\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
            "Đảng ủy Khối các cơ quan tỉnh Đồng Tháp",
            "province",
        ),
        (
            "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH NGHỆ AN",
            "Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An",
            "province",
        ),
        (
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG",
            "Đảng ủy Khối các cơ quan Trung ương",
            "central",
        ),
    ],
)
def test_a_bloc_s_party_committee_is_read_whole(letterhead: str, name: str, level: str) -> None:
    """A bloc's Party committee ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH") is named by what it gathers.

    It had been read as a commune's committee of a place "Khối", its name cut.
    """
    draft = _plan(letterhead, "Vinh")
    assert [(p["name"], p["level"]) for p in draft.data["parties"]] == [(name, level)]


@pytest.mark.parametrize(
    ("letterhead", "name", "level"),
    [
        (
            "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH TỈNH THANH HÓA",
            "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thanh Hóa",
            "province",
        ),
        (
            "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH HUYỆN NAM ĐÀN",
            "Ngân hàng Chính sách xã hội chi nhánh huyện Nam Đàn",
            "district",
        ),
    ],
)
def test_a_bank_s_branch_printed_under_its_name_issues(
    letterhead: str, name: str, level: str
) -> None:
    """The line "CHI NHÁNH TỈNH ..." under a bank's name makes the branch the party.

    The central bank had been the party, with the place line's province beside it.
    """
    draft = _plan(letterhead, "Vinh")
    assert [(p["name"], p["level"]) for p in draft.data["parties"]] == [(name, level)]
