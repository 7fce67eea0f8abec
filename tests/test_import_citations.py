"""How the importer reads the acts a document cites, in the ways real copies write them.

Each case is a class of citation found in the import corpus's development documents
(tests/import_corpus, seventh round): the text as a copy prints it, and what a careful
reader writes of the act.
"""

import datetime as dt

import pytest

import coordprog
from coordprog import LegalKind

D = dt.date


def _acts(text: str) -> list[tuple[str | None, str | None, object, str | None]]:
    """Each citation of ``text``: its number, name, date and issuer."""
    return [(c.number, c.title, c.date, c.issuer) for c in coordprog.find_citations(text)]


class TestFindCitations:
    def test_a_law_whose_name_holds_cua_keeps_it_up_to_its_number(self) -> None:
        """A law named "... của Quốc hội và Hội đồng nhân dân" keeps those words, and its number."""
        text = "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;"
        expected = [
            (
                "87/2015/QH13",
                "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
                None,
                None,
            )
        ]
        assert expected == _acts(text)

    def test_a_law_whose_name_holds_cua_keeps_it_up_to_its_date(self) -> None:
        """The same name followed by its date keeps the date."""
        text = (
            "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân "
            "ngày 20 tháng 11 năm 2015;"
        )
        expected = [
            (
                None,
                "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
                D(2015, 11, 20),
                None,
            )
        ]
        assert expected == _acts(text)

    def test_the_national_assembly_after_cua_is_the_issuer_and_the_date_is_read_after_it(
        self,
    ) -> None:
        """A law "của Quốc hội khóa XIII ngày ..." names its issuer, then its date."""
        text = "Căn cứ Luật Đất đai của Quốc hội khóa XIII ngày 29/11/2013;"
        assert [(None, "Luật Đất đai", D(2013, 11, 29), "Quốc hội khóa XIII")] == _acts(text)

    def test_a_law_whose_date_the_copy_cuts_is_still_cited(self) -> None:
        """A law whose date the copy cuts ("ngày 11 tháng 11 n") is cited, without a date."""
        text = "Căn cứ Luật Lưu trữ ngày 11 tháng 11 n"
        assert [(None, "Luật Lưu trữ", None, None)] == _acts(text)

    def test_two_documents_of_two_bodies_in_one_proposal(self) -> None:
        """Each document a proposal names is issued by the body named just before it."""
        text = (
            "Xét đề nghị của Trưởng phòng Nội vụ, tại Tờ trình số 282/TTr-NV ngày 21 tháng 02 "
            "năm 2017 và báo cáo thẩm định của Phòng Tư pháp tại văn bản số 235/BC-TP ngày 20 "
            "tháng 02 năm 2017,"
        )
        expected = [
            ("282/TTr-NV", None, D(2017, 2, 21), "Trưởng phòng Nội vụ"),
            ("235/BC-TP", None, D(2017, 2, 20), "Phòng Tư pháp"),
        ]
        assert expected == _acts(text)

    def test_a_party_number_printed_with_a_space_after_so(self) -> None:
        """The Party number "số 298 KH/TWĐTN" is 298-KH/TWĐTN, and the repair is said."""
        (citation,) = coordprog.find_citations("Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011;")
        assert (LegalKind.PLAN, "298-KH/TWĐTN", D(2011, 7, 14)) == (
            citation.kind,
            citation.number,
            citation.date,
        )
        assert "298 KH/TWĐTN read as 298-KH/TWĐTN" == citation.repaired

    def test_a_symbol_with_a_dotted_part(self) -> None:
        """A symbol part after a dot ("BĐ.TP") is part of the number."""
        text = "Căn cứ Chương trình phối hợp số 01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP ngày 27 tháng 5 năm 2016"
        assert ["01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP"] == [c.number for c in coordprog.find_citations(text)]

    def test_a_spaced_hyphen_before_a_symbol_with_an_ampersand(self) -> None:
        """The number "473/TTr - NN&PTNT" is one number, its spaced hyphen repaired."""
        text = "tại Tờ trình số 473/TTr - NN&PTNT ngày 21/5/2007"
        assert ["473/TTr-NN&PTNT"] == [c.number for c in coordprog.find_citations(text)]

    def test_a_year_the_copy_split_is_read(self) -> None:
        """A date whose year a copy split ("16/7/20 21") is read whole."""
        text = "Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định"
        assert [("24/2021/QĐ-TTg", D(2021, 7, 16), "Thủ tướng Chính phủ")] == [
            (c.number, c.date, c.issuer) for c in coordprog.find_citations(text)
        ]

    def test_a_scan_s_misread_government_is_read_as_printed_meant(self) -> None:
        """An issuer a scan misreads "Thủ tướng Chỉnh phủ": no body is called so."""
        text = "2 Quyết định số 122/QĐ-TTg ngày 10/01/2013 của Thủ tướng Chỉnh phủ phê duyệt"
        assert ["Thủ tướng Chính phủ"] == [c.issuer for c in coordprog.find_citations(text)]

    def test_a_misprinted_date_is_not_read_and_the_issuer_after_it_is(self) -> None:
        """A misprinted year ("20222") gives no date, and the issuer after it is still read."""
        text = "Căn cứ Quy định số 80-QĐ/TW ngày 18/8/20222 của Bộ Chính trị phân cấp quản lý"
        assert [("80-QĐ/TW", None, "Bộ Chính trị")] == [
            (c.number, c.date, c.issuer) for c in coordprog.find_citations(text)
        ]

    def test_who_issued_an_instrument_by_a_decision_issued_the_decision(self) -> None:
        """A decision by which a body "ban hành" an instrument ("do ... ban hành theo") is its."""
        text = (
            "Căn cứ Quy chế Cán bộ Đoàn TNCS Hồ Chí Minh do Ban Bí thư Trung ương Đảng ban "
            "hành theo Quyết định số 289-QĐ/TW ngày 08/02/2010;"
        )
        assert [("289-QĐ/TW", "Ban Bí thư Trung ương Đảng")] == [
            (c.number, c.issuer) for c in coordprog.find_citations(text)
        ]

    def test_numbers_listed_under_their_kind_and_issuer(self) -> None:
        """A list "các Nghị định của Chính phủ: số ..., số ..." cites each, with its issuer."""
        text = (
            "Căn cứ các Nghị định của Chính phủ: số 58/2010/NĐ-CP ngày 01/6/2010, "
            "số 74/2012/NĐ-CP ngày 26/9/2012;"
        )
        expected = [
            (LegalKind.DECREE, "58/2010/NĐ-CP", D(2010, 6, 1), "Chính phủ"),
            (LegalKind.DECREE, "74/2012/NĐ-CP", D(2012, 9, 26), "Chính phủ"),
        ]
        assert expected == [
            (c.kind, c.number, c.date, c.issuer) for c in coordprog.find_citations(text)
        ]

    def test_acts_of_one_symbol_joined_by_va_share_the_issuer_after_the_last(self) -> None:
        """Resolutions "số 18/NQ-CP ... và ... số 19/NQ-CP ... của Chính phủ" are both its."""
        text = (
            "Căn cứ Nghị quyết số 18/NQ-CP ngày 25/3/2019 và Nghị quyết số 19/NQ-CP ngày "
            "26/3/2019 của Chính phủ;"
        )
        assert [("18/NQ-CP", "Chính phủ"), ("19/NQ-CP", "Chính phủ")] == [
            (c.number, c.issuer) for c in coordprog.find_citations(text)
        ]

    def test_a_date_written_with_dots(self) -> None:
        """A date written "ngày 19.6.2015" is read."""
        text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19.6.2015;"
        assert [D(2015, 6, 19)] == [c.date for c in coordprog.find_citations(text)]

    def test_the_issuer_written_between_the_kind_and_the_number(self) -> None:
        """An act cited as "Quyết định của Bộ Chính trị số31-QĐ/TW, ngày ..." has that issuer."""
        text = (
            "Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành "
            "Quy định về thể thức văn bản và Điều 2 Quyết định của Ban Bí thư số91-QĐ/TW, ngày "
            "16-02-2004 bổ sung thẩm quyền ban hành văn bản"
        )
        expected = [
            ("31-QĐ/TW", D(1997, 10, 1), "Bộ Chính trị", "ban hành Quy định về thể thức văn bản"),
            ("91-QĐ/TW", D(2004, 2, 16), "Ban Bí thư", None),
        ]
        assert expected == [
            (c.number, c.date, c.issuer, c.title) for c in coordprog.find_citations(text)
        ]

    def test_a_date_whose_nam_the_copy_glued_to_the_month(self) -> None:
        """A date printed "ngày 16 tháng 02năm 2012" is read, and the issuer after it."""
        text = (
            "Căn cứ Nghị định số 08/2012/NĐ-CP ngày 16 tháng 02năm 2012 của Chính phủ ban hành "
            "Quy chế làm việc của Chính phủ;"
        )
        assert [("08/2012/NĐ-CP", D(2012, 2, 16), "Chính phủ")] == [
            (c.number, c.date, c.issuer) for c in coordprog.find_citations(text)
        ]

    def test_so_the_copy_cut_to_s_before_the_number(self) -> None:
        """A decree printed "Nghị định s 60/2003/NĐ-CP" (a copy lost "số"'s hook) is cited."""
        text = "Căn cứ Nghị định s 60/2003/NĐ-CP ngày 06/6/2003 ca Chính phủ quy định chi tiết;"
        assert [(LegalKind.DECREE, "60/2003/NĐ-CP", D(2003, 6, 6))] == [
            (c.kind, c.number, c.date) for c in coordprog.find_citations(text)
        ]

    def test_a_law_named_with_sua_doi_in_brackets_keeps_its_date(self) -> None:
        """A law named with "(sửa đổi)" in brackets keeps the bracket in its name and its date."""
        text = "Căn cứ Luật tổ chức HĐND và UBND (sửa đổi) ngày 21/6/1994;"
        assert [(None, "Luật tổ chức HĐND và UBND (sửa đổi)", D(1994, 6, 21), None)] == _acts(text)

    def test_numbers_listed_after_semicolons_under_their_kind_and_issuer(self) -> None:
        """Decisions listed after ";" under "các Quyết định của ... số:" are each cited once."""
        text = (
            "Luật Hòa giải ở cơ sở; các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày "
            "06/10/2020 ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW; 21/2021/QĐ-TTg ngày "
            "21/6/2021 quy định về thành phần của Hội đồng; 25/2021/QĐ-TTg ngày 22/7/2021 quy "
            "định về xã đạt chuẩn tiếp cận pháp luật và các đề án của Thủ tướng Chính phủ"
        )
        listed = [
            (c.number, c.date, c.issuer)
            for c in coordprog.find_citations(text)
            if c.kind is LegalKind.DECISION
        ]
        assert [
            ("1521/QĐ-TTg", D(2020, 10, 6), "Thủ tướng Chính phủ"),
            ("21/2021/QĐ-TTg", D(2021, 6, 21), "Thủ tướng Chính phủ"),
            ("25/2021/QĐ-TTg", D(2021, 7, 22), "Thủ tướng Chính phủ"),
        ] == listed

    def test_a_listed_act_s_name_may_hold_a_semicolon(self) -> None:
        """Words in small letters after a listed act's ";" go on with its name, the list on."""
        text = (
            "các Nghị quyết của Hội đồng nhân dân tỉnh: số 155/NQ-HĐND ngày 08/12/2021 về nhiệm "
            "vụ năm 2022; số 158/NQ-HĐND ngày 08/12/2021 về dự toán thu ngân sách nhà nước trên "
            "địa bàn; thu chi ngân sách địa phương năm 2022; số 163/NQ-HĐND ngày 08/12/2021 về "
            "kế hoạch đầu tư công năm 2022 và Công văn số 892/BKHĐT-TH ngày 14/02/2022"
        )
        listed = [
            (c.number, c.date, c.issuer)
            for c in coordprog.find_citations(text)
            if c.kind is LegalKind.RESOLUTION
        ]
        assert [
            ("155/NQ-HĐND", D(2021, 12, 8), "Hội đồng nhân dân tỉnh"),
            ("158/NQ-HĐND", D(2021, 12, 8), "Hội đồng nhân dân tỉnh"),
            ("163/NQ-HĐND", D(2021, 12, 8), "Hội đồng nhân dân tỉnh"),
        ] == listed

    def test_an_act_named_in_a_listed_act_s_title_does_not_take_the_list_s_issuer(self) -> None:
        """A conclusion named inside a listed decision's title has not the decisions' issuer."""
        text = (
            "các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành "
            "Kế hoạch thực hiện Kết luận số 80-KL/TW; 21/2021/QĐ-TTg ngày 21/6/2021 quy định"
        )
        nested = [(c.number, c.issuer) for c in coordprog.find_citations(text) if c.nested]
        assert [("80-KL/TW", None)] == nested

    def test_a_body_whose_name_holds_luat_is_no_law(self) -> None:
        """A body whose name holds "Luật" ("Hội Luật gia Việt Nam"), or "Pháp Luật", is no law."""
        text = (
            "Kính gửi:\n- Hội Luật gia Việt Nam;\n- Liên đoàn Luật sư Việt Nam;\n"
            "Để sử dụng tiện ích của Hệ Thống Pháp Luật vui lòng đăng ký."
        )
        assert [] == _acts(text)

    def test_articles_listed_of_an_act_in_a_title_are_not_acts_listed(self) -> None:
        """Articles "các Điều 11, ... và Điều 26 của Pháp lệnh ..." in a title are of one act."""
        text = (
            "Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008 "
            "của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn thi hành "
            "các Điều 11, Điều 14, Điều 16, Điều 22 và Điều 26 của Pháp lệnh thực hiện dân chủ "
            "ở xã, phường, thị trấn;"
        )
        found = coordprog.find_citations(text)
        assert [False, True] == [c.nested for c in found]
        assert str(found[0].title).endswith(
            "Điều 26 của Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn"
        )

    def test_a_law_dated_as_amended(self) -> None:
        """A law "đã được sửa đổi, bổ sung ngày 22/11/2019" takes that date."""
        text = (
            "Căn cứ Luật Tổ chức chính quyền địa phương đã được sửa đổi, bổ sung ngày 22/11/2019;"
        )
        assert [(None, "Luật Tổ chức chính quyền địa phương", D(2019, 11, 22), None)] == _acts(text)

    def test_a_congress_s_resolution_named_by_its_congress(self) -> None:
        """A congress's resolution ("Nghị quyết Đại hội ... lần thứ XIII") is an act, by name."""
        text = (
            "Ban Chấp hành Trung ương Đoàn ban hành Chương trình hành động thực hiện Nghị quyết "
            "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, cụ thể như sau:"
        )
        assert [
            (LegalKind.RESOLUTION, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
        ] == [(c.kind, c.title) for c in coordprog.find_citations(text)]

    def test_a_hyphen_the_copy_printed_as_a_space_before_the_last_symbol(self) -> None:
        """A decree "101/2020/NĐ CP ngày ..." is 101/2020/NĐ-CP, with its date and issuer."""
        text = (
            "Căn cứ Nghị định số 101/2020/NĐ CP ngày 28 tháng 8 năm 2020 của Chính phủ sửa đổi, "
            "bổ sung một số điều của Nghị định số 123/2016/NĐ-CP;"
        )
        assert ("101/2020/NĐ-CP", None, D(2020, 8, 28), "Chính phủ") == _acts(text)[0]

    def test_a_legislature_s_term_spaced_from_its_symbol(self) -> None:
        """A resolution "916/2005/NQ-UBTVQH 11" is 916/2005/NQ-UBTVQH11, and the repair is said."""
        text = (
            "Căn cứ Nghị quyết số 916/2005/NQ-UBTVQH 11 ngày 15 tháng 9 năm 2005 của Ủy ban "
            "Thường vụ Quốc hội về cơ cấu tổ chức của Kiểm toán Nhà nước;"
        )
        (citation,) = coordprog.find_citations(text)
        assert ("916/2005/NQ-UBTVQH11", dt.date(2005, 9, 15), "Ủy ban Thường vụ Quốc hội") == (
            citation.number,
            citation.date,
            citation.issuer,
        )
        assert "916/2005/NQ-UBTVQH 11 read as 916/2005/NQ-UBTVQH11" == citation.repaired

    def test_a_symbol_in_capitals_after_a_number_is_no_part_of_it(self) -> None:
        """A word in capitals after a number ("... 12/QĐ-UBND UBND tỉnh") is not glued to it."""
        text = "Thực hiện Quyết định số 12/QĐ-UBND UBND tỉnh ngày 03/4/2020;"
        assert "12/QĐ-UBND" == _acts(text)[0][0]

    def test_a_space_after_a_symbol_s_hyphen(self) -> None:
        """A submission "Tờ trình số 118/TTr- STTTT" is 118/TTr-STTTT."""
        text = (
            "Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 118/TTr- STTTT "
            "ngày 20/12/2023;"
        )
        found = coordprog.find_citations(text)
        assert [("118/TTr-STTTT", LegalKind.SUBMISSION, D(2023, 12, 20))] == [
            (c.number, c.kind, c.date) for c in found
        ]

    def test_a_code_whose_kind_lost_a_letter_is_read_as_a_code_and_said_so(self) -> None:
        """A code printed "B luật Tố tụng hình sự năm 2015" is read, its kind's repair stated."""
        found = coordprog.find_citations("Căn cứ B luật Tố tụng hình sự năm 2015;")
        assert [
            (
                LegalKind.CODE,
                "Bộ luật Tố tụng hình sự",
                coordprog.PartialDate(2015),
                "B luật read as Bộ luật",
            )
        ] == [(c.kind, c.title, c.date, c.repaired) for c in found]

    def test_a_code_printed_with_a_capital_after_bo_is_a_code(self) -> None:
        """A code printed "Bộ Luật Dân sự" is the Civil Code, not a law after a word "Bộ"."""
        found = coordprog.find_citations("- Căn cứ Bộ Luật Dân sự ngày\n28 tháng 10 năm 1995;")
        assert [(LegalKind.CODE, "Bộ luật Dân sự", D(1995, 10, 28))] == [
            (c.kind, c.title, c.date) for c in found
        ]

    def test_an_ordinance_named_by_what_it_is_about_up_to_its_date(self) -> None:
        """An ordinance "về ... của Hội đồng nhân dân ... ngày ...": its "của" is the name's."""
        text = (
            "- Căn cứ Pháp lệnh về nhiệm vụ,\nquyền hạn cụ thể của Hội đồng nhân dân và Ủy ban "
            "nhân dân ở mỗi cấp ngày 25\ntháng 6 năm 1996;"
        )
        name = (
            "Pháp lệnh về nhiệm vụ, quyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân "
            "ở mỗi cấp"
        )
        assert [(None, name, D(1996, 6, 25), None)] == _acts(text)

    def test_a_named_act_known_by_its_year_printed_without_nam(self) -> None:
        """A named act cited with its year alone ("Luật Đất đai 2013") is dated by it."""
        found = coordprog.find_citations("Căn cứ Hiến pháp 2013; Căn cứ Luật Đất đai 2013;")
        assert [
            (LegalKind.CONSTITUTION, "Hiến pháp", coordprog.PartialDate(2013)),
            (LegalKind.LAW, "Luật Đất đai", coordprog.PartialDate(2013)),
        ] == [(c.kind, c.title, c.date) for c in found]

    def test_an_issuer_ends_where_the_act_s_subject_begins_without_ve(self) -> None:
        """An issuer followed by the verb of the subject ("điều chỉnh nhiệm vụ") ends there."""
        text = (
            "Căn cứ Nghị quyết số 725/2009/NQ-UBTVQH12 ngày 16 tháng 01 năm 2009 của Ủy ban "
            "Thường vụ Quốc hội khóa XII điều chỉnh nhiệm vụ, quyền hạn của Ủy ban nhân dân;"
        )
        assert ["Ủy ban Thường vụ Quốc hội khóa XII"] == [
            c.issuer for c in coordprog.find_citations(text)
        ]

    def test_laws_listed_in_an_amending_law_s_title_are_all_named_in_it(self) -> None:
        """Both laws after "sửa đổi, bổ sung một số điều của" are named in the title, not cited."""
        text = (
            "Căn cứ Luật số 47/2019/QH14 ngày 22/11/2019 sửa đổi, bổ sung một số điều của Luật "
            "Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;"
        )
        assert [("47/2019/QH14", False), (None, True), (None, True)] == [
            (c.number, c.nested) for c in coordprog.find_citations(text)
        ]

    def test_an_act_amending_the_one_cited_is_cited_too(self) -> None:
        """An act "được sửa đổi, bổ sung bởi" another: the basis is both."""
        text = (
            "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ được sửa đổi, bổ "
            "sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;"
        )
        assert [("24/2014/NĐ-CP", False), ("107/2020/NĐ-CP", False)] == [
            (c.number, c.nested) for c in coordprog.find_citations(text)
        ]

    def test_a_party_number_glued_to_its_symbol(self) -> None:
        """A guidance "số 22HD/TWĐTN" is the Party number 22-HD/TWĐTN, with its issuer."""
        text = "Căn cứ Hướng dẫn số 22HD/TWĐTN ngày 28/6/2013 của Ban Bí thư Trung ương Đoàn;"
        assert [("22-HD/TWĐTN", None, D(2013, 6, 28), "Ban Bí thư Trung ương Đoàn")] == _acts(text)

    def test_a_plenum_s_resolution_named_by_its_number(self) -> None:
        """Resolutions named by their plenum ("Nghị quyết Trung ương 5 (khóa XII)") are cited."""
        text = (
            "Căn cứ Nghị quyết Trung ương 5 (khóa XII); Nghị quyết Hội nghị Trung ương 4 khóa XII;"
        )
        assert [
            (None, "Nghị quyết Trung ương 5", None, None),
            (None, "Nghị quyết Hội nghị Trung ương 4", None, None),
        ] == _acts(text)

    def test_a_consolidated_text_is_no_law_whatever_it_consolidates(self) -> None:
        """A consolidated text of a law ("32/VBHN-VPQH") is of kind other, not a law."""
        text = (
            "Căn cứ Văn bản hợp nhất Luật Tổ chức chính quyền địa phương số 32/VBHN-VPQH "
            "ngày 10/7/2023;"
        )
        assert [("32/VBHN-VPQH", LegalKind.OTHER, D(2023, 7, 10))] == [
            (c.number, c.kind, c.date) for c in coordprog.find_citations(text)
        ]

    def test_a_circular_numbered_as_a_joint_circular_is_one(self) -> None:
        """A "Thông tư số .../TTLT-..." is a joint circular; a "Thông tư số .../TT-..." is not."""
        text = (
            "Căn cứ Thông tư số 02/2007/TTLT-BCA-BLĐTBXH-BTC ngày 01 tháng 3 năm 2007 của liên bộ "
            "Bộ Công an - Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính;\n"
            "Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ;"
        )
        assert [
            ("02/2007/TTLT-BCA-BLĐTBXH-BTC", LegalKind.JOINT_CIRCULAR),
            ("01/2018/TT-VPCP", LegalKind.CIRCULAR),
        ] == [(c.number, c.kind) for c in coordprog.find_citations(text)]

    def test_who_gave_a_direction_in_a_letter_issued_the_letter(self) -> None:
        """A direction "ý kiến chỉ đạo của X tại Công văn số ...": X issued the letter."""
        text = (
            "Căn cứ ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Công văn số 123-CV/TU ngày 2/3/2022;"
        )
        assert [("123-CV/TU", None, D(2022, 3, 2), "Thường trực Tỉnh ủy")] == _acts(text)

    def test_an_ordinance_whose_name_holds_co_keeps_it_and_its_year(self) -> None:
        """An ordinance named "... người có công với cách mạng năm 2020" is named whole, dated."""
        text = "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng năm 2020;"
        assert [
            (
                None,
                "Pháp lệnh Ưu đãi người có công với cách mạng",
                coordprog.PartialDate(2020),
                None,
            )
        ] == _acts(text)

    def test_a_law_s_number_ends_its_citation(self) -> None:
        """A law "số 05/2017/QH14 và các văn bản hướng dẫn" is cited, its number ending it."""
        text = (
            "liên quan đến quy định tại Luật Quản lý ngoại thương số 05/2017/QH14 và các văn bản "
            "hướng dẫn, cụ thể như sau:"
        )
        assert [("05/2017/QH14", "Luật Quản lý ngoại thương", None, None)] == _acts(text)

    def test_two_issuers_joined_by_a_comma_at_the_clause_s_end(self) -> None:
        """A conclusion "của Bộ Chính trị, Ban Bí thư;" has both bodies as its issuer."""
        text = "Căn cứ Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư;"
        assert [("126-KL/TW", None, D(2025, 2, 14), "Bộ Chính trị, Ban Bí thư")] == _acts(text)

    def test_a_body_after_a_comma_that_goes_on_is_no_second_issuer(self) -> None:
        """A letter "của UBND tỉnh, UBND huyện đã triển khai": the sentence goes on."""
        text = "Thực hiện Công văn số 12/UBND ngày 5/1/2023 của UBND tỉnh, UBND huyện đã triển khai"
        assert [("12/UBND", None, D(2023, 1, 5), "UBND tỉnh")] == _acts(text)

    def test_an_amending_law_s_number_after_its_name_is_its_number(self) -> None:
        """An amending law "... của Luật A số 56/2020/QH14 ngày ..." has that number as its own."""
        text = (
            "Căn cứ Luật Giám định tư pháp số 13/2012/QH13 ngày 20 tháng 6 năm 2012; Luật sửa "
            "đổi, bổ sung một số điều của Luật Giám định tư pháp số 56/2020/QH14 ngày 10 tháng 6 "
            "năm 2020;"
        )
        assert [
            ("13/2012/QH13", "Luật Giám định tư pháp", D(2012, 6, 20), None),
            (
                "56/2020/QH14",
                "Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp",
                D(2020, 6, 10),
                None,
            ),
        ] == _acts(text)

    def test_a_congress_s_resolution_named_by_its_number_alone(self) -> None:
        """A congress numbered ("Nghị quyết Đại hội XIII Công đoàn ...") is cited, to its number."""
        text = "Thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam;"
        assert [(None, "Nghị quyết Đại hội XIII", None, None)] == _acts(text)

    def test_an_opening_quotation_mark_ends_the_issuer(self) -> None:
        """An issuer followed by “về việc ...” is the body alone, the quoted words the subject."""
        text = (
            "thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư “về việc đổi mới "
            "công tác”, Kế hoạch số 25-KH/TU"
        )
        expected = [
            ("100-KL/TW", "đổi mới công tác", D(2014, 8, 18), "Ban Bí thư"),
            ("25-KH/TU", None, None, None),
        ]
        assert expected == _acts(text)

    def test_laws_named_one_after_the_other_are_each_cited(self) -> None:
        """Laws listed "Luật A, Luật B, Bộ luật C bao gồm" are three acts, inner commas kept."""
        text = "theo quy định của Luật Cán bộ, Công chức, Luật Viên chức, Bộ luật Lao động bao gồm:"
        expected = [
            (None, "Luật Cán bộ, Công chức", None, None),
            (None, "Luật Viên chức", None, None),
            (None, "Bộ luật Lao động", None, None),
        ]
        assert expected == _acts(text)

    def test_a_law_passed_by_a_body_on_a_date_takes_both(self) -> None:
        """A law "được Quốc hội ... kỳ họp thứ 3 thông qua ngày ..." has that issuer and date."""
        text = (
            "- Căn cứ Luật Công đoàn Việt Nam được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt "
            "Nam khóa XIII, kỳ họp thứ 3 thông qua ngày 20 tháng 6 năm 2012;"
        )
        assert [(None, "Luật Công đoàn Việt Nam", D(2012, 6, 20), "Quốc hội")] == _acts(text)

    def test_a_name_ends_before_the_organ_that_acts_after_a_comma(self) -> None:
        """A name followed by ", Đoàn Chủ tịch <body> hướng dẫn" ends before the organ."""
        text = (
            "Đại hội đã thông qua Điều lệ Công đoàn Việt Nam, Đoàn Chủ tịch Tổng Liên đoàn Lao "
            "động Việt Nam hướng dẫn thi hành Điều lệ như sau:"
        )
        assert [(None, "Điều lệ Công đoàn Việt Nam", None, None)] == _acts(text)

    def test_a_subject_ends_before_the_body_that_acts_after_a_comma(self) -> None:
        """An act's subject stops at "..., Ủy ban nhân dân tỉnh xây dựng", not at a listed body."""
        acting = (
            "Thực hiện Quyết định số 488/QĐ-TTg ngày 14/4/2017 của Thủ tướng Chính phủ về việc "
            "phê duyệt Đề án trợ giúp xã hội, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:"
        )
        listed = (
            "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 01/7/2025 về việc ban hành Quy chế làm việc "
            "của Hội đồng nhân dân tỉnh, Thường trực Hội đồng nhân dân tỉnh;"
        )
        assert ["phê duyệt Đề án trợ giúp xã hội"] == [
            c.title for c in coordprog.find_citations(acting)
        ]
        expected = [
            "ban hành Quy chế làm việc của Hội đồng nhân dân tỉnh, "
            "Thường trực Hội đồng nhân dân tỉnh"
        ]
        assert expected == [c.title for c in coordprog.find_citations(listed)]

    def test_a_symbol_printed_twice_keeps_the_date_and_issuer_after_it(self) -> None:
        """A number whose symbol a copy repeats ("37-NQ/TW NQ/TW ngày ...") keeps its date."""
        text = (
            "thực hiện Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp "
            "xếp các đơn vị hành chính;"
        )
        expected = [("37-NQ/TW", "sắp xếp các đơn vị hành chính", D(2018, 12, 24), "Bộ Chính trị")]
        assert expected == _acts(text)

    def test_a_damaged_cua_before_a_body_still_gives_the_issuer(self) -> None:
        """A damaged "của" printed "ca" before a body gives the issuer; before no body, none."""
        damaged = "Căn cứ Nghị định s 60/2003/NĐ-CP ngày 06/6/2003 ca Chính phủ quy định chi tiết;"
        other = "Quyết định số 05/QĐ-UBND ngày 01/01/2020 ca trực đêm;"
        assert ["Chính phủ", None] == [
            c.issuer for text in (damaged, other) for c in coordprog.find_citations(text)
        ]

    def test_an_act_dated_before_its_number_is_cited(self) -> None:
        """An act whose date comes before its number ("Nghị định ngày ... số ...") is one act."""
        text = (
            "Căn cứ Nghị định ngày 15 tháng 5 năm 2016 số 34/2016/NĐ-CP của Chính phủ quy định "
            "chi tiết;"
        )
        assert [("34/2016/NĐ-CP", "quy định chi tiết", D(2016, 5, 15), "Chính phủ")] == _acts(text)


def _decision(basis: str) -> coordprog.Draft:
    """A provincial decision whose căn cứ paragraphs are ``basis``."""
    return coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 119/QĐ-UBND\nBắc Giang, ngày 23 tháng 11 năm 2009\n"
        f"QUYẾT ĐỊNH\nVỀ VIỆC BỔ SUNG THỦ TỤC HÀNH CHÍNH\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n{basis}"
        "QUYẾT ĐỊNH:\nĐiều 1. Bổ sung 04 thủ tục hành chính.\n"
    )


class TestImportText:
    def test_a_misprinted_can_cu_is_a_basis(self) -> None:
        """A paragraph misprinted "Cản cứ" cites the document's basis."""
        draft = _decision(
            "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\n"
            "Cản cứ Quyết định số 54/2023/QĐ-UBND ngày 18 tháng 12 năm 2023 của Ủy ban nhân "
            "dân tỉnh ban hành Quy chế làm việc;\n"
        )
        assert "54/2023/QĐ-UBND" in draft.data["basis"]

    def test_an_act_named_in_a_sentence_after_a_basis_is_no_basis(self) -> None:
        """A basis ends with its sentence: a law the next sentence speaks of is no basis."""
        draft = _decision(
            "Căn cứ Quyết định số 572/QĐ-LĐTBXH ngày 19/4/2017 của Bộ Lao động-Thương binh và "
            "Xã hội; Tháng hành động vì trẻ em là đợt truyền thông lớn. Luật trẻ em được Quốc "
            "hội thông qua vào tháng 4 năm 2016, có hiệu lực từ ngày 01 tháng 6 năm 2017;\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert ["572/QĐ-LĐTBXH"] == draft.data["basis"]
        assert ["Luật trẻ em"] == [r.get("title") for r in refs.values() if r["kind"] == "law"]

    def test_an_abbreviated_city_with_a_stop_keeps_its_basis(self) -> None:
        """A city abbreviated "TP." ends no sentence: the act after it stays a basis."""
        draft = _decision(
            "Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 02/5/2019 của UBND TP. Hồ Chí Minh; "
            "Quyết định số 34/2020/QĐ-UBND ngày 03/6/2020 của Ủy ban nhân dân tỉnh;\n"
        )
        assert {"12/2019/QĐ-UBND", "34/2020/QĐ-UBND"} <= set(draft.data["basis"])

    def test_an_act_listed_by_its_name_after_another_in_a_basis(self) -> None:
        """A guidance named after a charter in one căn cứ paragraph is a basis too, flagged."""
        draft = _decision(
            "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; Hướng dẫn thực hiện Điều lệ Đoàn TNCS Hồ "
            "Chí Minh;\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        basis = [(refs[ref_id]["kind"], refs[ref_id]["title"]) for ref_id in draft.data["basis"]]
        assert [
            ("charter", "Điều lệ Đoàn TNCS Hồ Chí Minh"),
            ("guidance", "Hướng dẫn thực hiện Điều lệ Đoàn TNCS Hồ Chí Minh"),
        ] == basis
        flagged = [item.get("text") for item in draft.data["to_complete"]]
        assert "Hướng dẫn thực hiện Điều lệ Đoàn TNCS Hồ Chí Minh" in flagged

    def test_the_charter_named_inside_a_guidance_s_name_is_cited_too(self) -> None:
        """A guidance "thực hiện Điều lệ Đội ..." cites, beside it, the charter it names."""
        draft = _decision("Căn cứ Điều lệ và Hướng dẫn thực hiện Điều lệ Đội TNTP Hồ Chí Minh;\n")
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert {
            ("guidance", "Hướng dẫn thực hiện Điều lệ Đội TNTP Hồ Chí Minh"),
            ("charter", "Điều lệ Đội TNTP Hồ Chí Minh"),
        } == {(refs[ref_id]["kind"], refs[ref_id]["title"]) for ref_id in draft.data["basis"]}

    def test_a_basis_named_with_a_comma_after_its_kind(self) -> None:
        """A basis "Nghị quyết, chương trình hành động của Đại hội ..." is cited by its name."""
        draft = _decision(
            "Căn cứ Nghị quyết, chương trình hành động của Đại hội Đại biểu MTTQ Việt Nam tỉnh "
            "lần thứ XII, nhiệm kỳ 2019 - 2024;\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert [
            (
                "resolution",
                "Nghị quyết, chương trình hành động của Đại hội Đại biểu MTTQ Việt Nam tỉnh lần "
                "thứ XII, nhiệm kỳ 2019 - 2024",
            )
        ] == [(refs[ref_id]["kind"], refs[ref_id]["title"]) for ref_id in draft.data["basis"]]

    def test_a_congress_s_resolution_named_in_passing_is_no_act_cited(self) -> None:
        """A plan that "quán triệt ... Nghị quyết Đại hội ... lần thứ XI" cites no act by it."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 15/KH-UBND\nLai Châu, ngày 25 tháng 4 năm 2024\n"
            "KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2024\n"
            "Thực hiện Kế hoạch số 3858/KH-UBND ngày 14/10/2022 của Ủy ban nhân dân tỉnh, Ủy ban "
            "nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Các cấp phải quán triệt sâu sắc tư tưởng chỉ đạo của Nghị quyết Đại hội Đảng "
            "toàn quốc lần thứ XI và sự lãnh đạo của cấp ủy.\n"
        )
        assert ["3858/KH-UBND"] == [ref.get("number") for ref in draft.data["legal_refs"]]

    def test_earlier_decisions_listed_after_quyet_dinh_without_article_labels(self) -> None:
        """A copy that lost "Điều 1." still cites the decisions its list names, not as basis."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN |\nSố: 13/2018/QĐ-UBND |\nĐiện Biên, ngày 26 tháng 03 năm 2018 |\n"
            "BAN HÀNH QUY CHẾ XÂY DỰNG VÀ BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\n"
            "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n"
            "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Theo đề nghị của Giám đốc Sở Tư pháp,\nQUYẾT ĐỊNH:\n"
            "1. Quyết định số 09/2008/QĐ-UBND ngày 30 tháng 5 năm 2008 của Ủy ban nhân dân tỉnh "
            "Điện Biên về việc ban hành Quy định về trình tự xây dựng văn bản.\n"
            "2. Quyết định số 10/2013/QĐ-UBND ngày 01 tháng 7 năm 2013 của Ủy ban nhân dân tỉnh "
            "Điện Biên ban hành Quy chế thẩm định văn bản.\n"
        )
        refs = {ref.get("number"): ref for ref in draft.data["legal_refs"]}
        assert {"09/2008/QĐ-UBND", "10/2013/QĐ-UBND"} <= set(refs)
        basis = set(draft.data.get("promulgation", {}).get("basis", []))
        assert not basis & {refs["09/2008/QĐ-UBND"]["id"], refs["10/2013/QĐ-UBND"]["id"]}

    def test_a_proposal_after_a_basis_on_its_line_is_no_basis(self) -> None:
        """A proposal after a basis on its line ("...; theo đề nghị của ...") is no basis."""
        draft = _decision(
            "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003; theo đề nghị của Giám "
            "đốc Sở Tư pháp tại Tờ trình số 148/TTr-STP ngày 23/12/2009,\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert ["Luật Tổ chức HĐND và UBND"] == [
            refs[ref_id].get("title") for ref_id in draft.data["basis"]
        ]
        assert "148/TTr-STP" in refs

    def test_an_issuer_the_copy_cuts_inside_a_word_is_left_out_and_flagged(self) -> None:
        """A copy that stops at "... của Chính ph" gives the act without issuer, flagged."""
        draft = _decision(
            "Căn cứ Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính ph\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "issuer" not in refs["178/2007/NĐ-CP"]
        index = list(refs).index("178/2007/NĐ-CP")
        flagged = [
            i["text"]
            for i in draft.data["to_complete"]
            if i["path"] == f"legal_refs[{index}].issuer"
        ]
        assert ["Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính ph"] == flagged

    def test_an_issuer_before_a_title_the_copy_cuts_is_kept_and_flagged(self) -> None:
        """A copy that stops in the title after the issuer ("... Điện Biên Ban h") keeps it."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 30/2014/QĐ-UBND\n"
            "Điện Biên, ngày 27 tháng 10 năm 2014\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\n"
            "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n"
            "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký, thay thế "
            "Quyết định số 09/2012/QĐ-UBND ngày 7/5/2012 của Ủy ban nhân dân tỉnh Điện Biên Ban h"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Ủy ban nhân dân tỉnh Điện Biên" == refs["09/2012/QĐ-UBND"]["issuer"]
        index = list(refs).index("09/2012/QĐ-UBND")
        assert any(i["path"] == f"legal_refs[{index}].issuer" for i in draft.data["to_complete"])

    def test_an_issuer_cut_before_a_title_s_first_word_is_not_a_body_s(self) -> None:
        """A copy cut at "... của Chính ph": "ph" could begin "phê duyệt", "Chính" is no body."""
        draft = _decision(
            "Căn cứ Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính ph\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "issuer" not in refs["178/2007/NĐ-CP"]

    def test_a_number_the_copy_cuts_is_the_act_cited_whole_before(self) -> None:
        """A copy ending "... tại Quyết định số 2629/QĐ-T" names the decision cited before."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 186/KH-UBND\n"
            "Bắc Ninh, ngày 29 tháng 12 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN CHÍNH QUYỀN SỐ\n"
            "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ về việc "
            "Phê duyệt Chương trình phát triển Chính phủ số;\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Kịp thời tổ chức thực hiện các nhiệm vụ được giao tại Quyết định số 2629/QĐ-T"
        )
        assert ["2629/QĐ-TTg"] == [ref["number"] for ref in draft.data["legal_refs"]]

    def test_a_number_at_the_copy_s_end_that_begins_no_act_cited_is_kept(self) -> None:
        """A number ending the copy that begins no act cited before is an act of its own."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 186/KH-UBND\n"
            "Bắc Ninh, ngày 29 tháng 12 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN CHÍNH QUYỀN SỐ\n"
            "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ;\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Thực hiện các nhiệm vụ được giao tại Quyết định số 749/QĐ-TTg"
        )
        numbers = [ref["number"] for ref in draft.data["legal_refs"]]
        assert ["2629/QĐ-TTg", "749/QĐ-TTg"] == numbers

    @pytest.mark.parametrize(
        ("subject", "title"),
        [
            (
                "Ủy ban nhân dân (UBND) tỉnh Nghệ An ban hành Kế hoạch",
                "ban hành Kế hoạch thực hiện Kết luận số 132-KL/TW",
            ),
            (
                "Công an xã Thanh Sơn và Ban Chỉ huy quân sự xã Thanh Sơn thống nhất Kế hoạch",
                "ban hành Kế hoạch thực hiện Kết luận số 132-KL/TW",
            ),
        ],
    )
    def test_the_subject_after_the_last_act_carried_out_ends_its_title(
        self, subject: str, title: str
    ) -> None:
        """In "Thực hiện ... Nghị quyết số 93/NQ-CP ..., <subject> ...", the title stops.

        The sentence's subject, a body with its short form in brackets and its place, or two
        bodies joined by "và", is no part of the last act's title: it had run on to the end.
        """
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 695/KH-UBND\nNghệ An, ngày 21 tháng 8 năm 2025\n"
            "KẾ HOẠCH\nTRIỂN KHAI XÂY DỰNG XÃ, PHƯỜNG KHÔNG MA TÚY\n"
            "Thực hiện Nghị quyết số 93/NQ-CP ngày 16/4/2025 của Chính phủ ban hành Kế hoạch "
            f"thực hiện Kết luận số 132-KL/TW, {subject} cụ thể như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert title == refs["93/NQ-CP"]["title"]

    def test_bodies_a_title_lists_before_ban_hanh_kem_theo_stay_in_it(self) -> None:
        """In "... giữa A, B và C ban hành kèm theo ...", the bodies are the title's."""
        draft = _decision(
            "Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10/8/2021 của Hội đồng nhân dân tỉnh về "
            "Quy chế phối hợp giữa Thường trực Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh và "
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ban hành kèm theo Nghị quyết này;\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert refs["12/2021/NQ-HĐND"]["title"].endswith("ban hành kèm theo Nghị quyết này")

    @pytest.mark.parametrize(
        "kind", ["Chương trình phối hợp", "Quy chế phối hợp", "Kế hoạch liên tịch"]
    )
    def test_an_act_of_coordination_is_its_authors_together(self, kind: str) -> None:
        """In "<kind> số ... của A và B, <subject> ban hành Kế hoạch ...", A and B author it.

        The second author after "và" had been cut off (the act read as the first body's).
        """
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nXÃ BẢO HÀ\nSố: 45/KH-UBND\nBảo Hà, ngày 15 tháng 01 năm 2026\n"
            "KẾ HOẠCH\nTriển khai công tác phối hợp năm 2026\n"
            f"Thực hiện {kind} số 05/CTPH-CAT-BCHQS ngày 10/12/2025 của Công an tỉnh và Bộ "
            "Chỉ huy quân sự tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n1. Bảo đảm an ninh.\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Công an tỉnh và Bộ Chỉ huy quân sự tỉnh" == refs["05/CTPH-CAT-BCHQS"]["issuer"]

    @pytest.mark.parametrize(
        "after",
        [
            "Kế hoạch số 06/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân tỉnh",
            "các văn bản hướng dẫn có liên quan",
            "tình hình thực tế của địa phương",
        ],
    )
    def test_an_act_of_coordination_s_issuer_stops_before_va_and_no_body(self, after: str) -> None:
        """In "Chương trình phối hợp số ... của A và <another act or small letters>", A alone.

        An act of coordination's issuers go on after "và" only with another body; the words
        after it had been read into the issuer ("Ủy ban nhân dân tỉnh và các văn bản").
        """
        draft = _decision(
            "Căn cứ Chương trình phối hợp số 05/CTr-UBND ngày 10/01/2024 của Ủy ban nhân dân "
            f"tỉnh và {after};\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Ủy ban nhân dân tỉnh" == refs["05/CTr-UBND"]["issuer"]

    def test_an_act_of_coordination_s_issuer_stops_before_a_comma_and_another_act(
        self,
    ) -> None:
        """In "Chương trình phối hợp số ... của A, Kế hoạch số ... của B", A issues the first.

        The act listed after the comma had been read into the issuer ("Ủy ban nhân dân tỉnh,
        Kế hoạch số 06/KH-UBND").
        """
        draft = _decision(
            "Căn cứ Chương trình phối hợp số 05/CTr-UBND ngày 10/01/2024 của Ủy ban nhân dân "
            "tỉnh, Kế hoạch số 06/KH-UBND ngày 12/01/2024 của Sở Nội vụ;\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Ủy ban nhân dân tỉnh" == refs["05/CTr-UBND"]["issuer"]
        assert "Sở Nội vụ" == refs["06/KH-UBND"]["issuer"]

    def test_a_joint_act_s_second_issuer_before_its_title_s_verb_stays(self) -> None:
        """In "... của Bộ Tài chính, Bộ Công an ban hành Quy chế ...;" both issue it."""
        draft = _decision(
            "Căn cứ Thông tư liên tịch số 85/2016/TTLT-BTC-BCA ngày 20/6/2016 của Bộ Tài chính, "
            "Bộ Công an ban hành Quy chế phối hợp bảo vệ an ninh;\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Bộ Tài chính, Bộ Công an" == refs["85/2016/TTLT-BTC-BCA"]["issuer"]

    def test_another_act_s_issuer_stops_before_va_and_a_body(self) -> None:
        """A decision "của Thủ tướng Chính phủ và Bộ ..." is still the first body's."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nXÃ BẢO HÀ\nSố: 45/KH-UBND\nBảo Hà, ngày 15 tháng 01 năm 2026\n"
            "KẾ HOẠCH\nTriển khai công tác phối hợp năm 2026\n"
            "Thực hiện Quyết định số 12/QĐ-TTg ngày 10/12/2025 của Thủ tướng Chính phủ và "
            "Bộ Công an, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n1. Bảo đảm an ninh.\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Thủ tướng Chính phủ" == refs["12/QĐ-TTg"]["issuer"]

    def test_a_second_proposal_after_va_is_of_the_head_it_names(self) -> None:
        """A second proposal after "và" ("... và Giám đốc Công an tỉnh tại Công văn số ...")."""
        draft = _decision(
            "Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số "
            "15/TTr-SLĐTBXH ngày 05 tháng 01 năm 2024 và Giám đốc Công an tỉnh tại Công văn số "
            "120/CAT-PA08 ngày 08 tháng 01 năm 2024.\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Giám đốc Sở Lao động - Thương binh và Xã hội" == refs["15/TTr-SLĐTBXH"]["issuer"]
        assert "Giám đốc Công an tỉnh" == refs["120/CAT-PA08"]["issuer"]

    def test_words_after_va_that_name_no_body_give_no_issuer(self) -> None:
        """Words after "và" that name no body ("và các nội dung tại ...") give no issuer."""
        draft = _decision(
            "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 15/TTr-STP ngày 05/01/2024 "
            "và các nội dung tại Công văn số 120/STP-VP ngày 08/01/2024.\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "issuer" not in refs["120/STP-VP"]

    def test_an_issuer_that_ends_the_copy_whole_is_kept(self) -> None:
        """A copy that stops right after "... của Chính phủ" keeps the issuer."""
        draft = _decision(
            "Căn cứ Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính phủ\n"
        )
        refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
        assert "Chính phủ" == refs["178/2007/NĐ-CP"]["issuer"]

    def test_a_document_dated_before_an_act_it_cites_has_its_date_flagged(self) -> None:
        """A plan dated 08/01/2023 that answers a submission of 20/12/2023 has its date flagged."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nSố: 08/KH-UBND\n"
            "Bà Rịa - Vũng Tàu, ngày 08 tháng 01 năm 2023\nKẾ HOẠCH\n"
            "TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG\nTheo đề nghị của Sở Thông tin và Truyền thông tại "
            "Tờ trình số 118/TTr-STTTT ngày 20/12/2023; Ủy ban nhân dân tỉnh ban hành Kế hoạch "
            "như sau:\nI. MỤC ĐÍCH\n1. Triển khai.\n"
        )
        assert D(2023, 1, 8) == draft.data["signed_on"]
        flagged = [i["text"] for i in draft.data["to_complete"] if i["path"] == "signed_on"]
        assert ["118/TTr-STTTT ngày 20/12/2023"] == flagged

    def test_a_law_named_again_with_its_year_misprinted_is_one_act_flagged(self) -> None:
        """A law named twice, "số 05/2017/QH14" then "số 05/2018/QH14", is one act, flagged."""
        draft = _decision(
            "Căn cứ Luật Quản lý ngoại thương số 05/2017/QH14;\n"
            "Xét quy định của Luật Quản lý ngoại thương số 05/2018/QH14 về khu vực riêng;\n"
        )
        numbers = [ref.get("number") for ref in draft.data["legal_refs"]]
        assert ["05/2017/QH14"] == numbers
        flagged = [
            i["text"] for i in draft.data["to_complete"] if i["path"] == "legal_refs[0].number"
        ]
        assert ["05/2017/QH14 / 05/2018/QH14"] == flagged

    def test_an_act_named_again_by_its_kind_takes_that_kind(self) -> None:
        """A submission cited as "văn bản số ..." and then as "Tờ trình số ..." is a submission."""
        draft = _decision(
            "Xét đề nghị của Sở Nội vụ tại văn bản số 92/TTr-SNV ngày 21 tháng 4 năm 2009;\n"
            "Căn cứ ý kiến về Tờ trình số 92/TTr-SNV nêu trên;\n"
        )
        assert [("92/TTr-SNV", "submission")] == [
            (ref.get("number"), ref["kind"]) for ref in draft.data["legal_refs"]
        ]

    def test_a_work_programme_carried_out_by_name_is_cited_and_flagged(self) -> None:
        """A programme carried out by name ("Thực hiện chương trình ... của <body>") is flagged."""
        draft = coordprog.import_text(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\nSố: 34/KH-TLĐ\nHà Nội, ngày 15 tháng 10 năm 2025\n"
            "KẾ HOẠCH\nTỔ CHỨC CÁC HOẠT ĐỘNG CHĂM LO CHO ĐOÀN VIÊN\n"
            "Thực hiện chương trình công tác năm 2025 của Tổng Liên đoàn Lao động Việt Nam, Công "
            "văn số 737/MTTW-BTT ngày 03/10/2025 của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam "
            "về việc tổ chức các hoạt động chăm lo, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam "
            "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai.\n"
        )
        refs = [
            (ref["kind"], ref.get("title"), ref.get("issuer"), ref.get("number"))
            for ref in draft.data["legal_refs"]
        ]
        expected = [
            ("program", "Chương trình công tác năm 2025", "Tổng Liên đoàn Lao động Việt Nam", None),
            (
                "official-letter",
                "tổ chức các hoạt động chăm lo",
                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                "737/MTTW-BTT",
            ),
        ]
        assert expected == refs
        flagged = [i["path"] for i in draft.data["to_complete"] if i["path"].startswith("legal")]
        assert ["legal_refs[0]"] == flagged

    def test_a_text_without_opening_has_the_acts_its_sentences_name(self) -> None:
        """A directive a news item prints without letterhead, number or date: its acts, no basis."""
        draft = coordprog.import_text(
            "Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị về công tác dư luận xã hội.\n"
            "Nội dung Chỉ thị như sau:\n"
            "Trong những năm qua, quán triệt và thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 "
            "của Ban Bí thư và Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy, "
            "công tác điều tra dư luận xã hội đã đạt nhiều kết quả quan trọng.\n"
        )
        refs = [(ref["number"], ref["issuer"]) for ref in draft.data["legal_refs"]]
        assert [("100-KL/TW", "Ban Bí thư"), ("25-KH/TU", "Ban Thường vụ Tỉnh ủy")] == refs
        assert [] == draft.data.get("basis", [])

    def test_the_plan_itself_is_no_act_carried_out_by_name(self) -> None:
        """A plan's "Triển khai kế hoạch này của <body>" names itself: no act is cited."""
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 5/KH-UBND\nNghệ An, ngày 1 tháng 2 năm 2024\n"
            "KẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC PHỔ BIẾN PHÁP LUẬT\n"
            "Triển khai kế hoạch này của Ủy ban nhân dân tỉnh, các sở thực hiện như sau:\n"
            "I. MỤC ĐÍCH\n1. Phổ biến.\n"
        )
        assert [] == draft.data.get("legal_refs", [])

    def test_an_issuer_ends_before_the_field_the_act_is_in(self) -> None:
        """An issuer "của Bộ Công an, Bộ Ngoại giao trong lĩnh vực ..." is the two ministries."""
        text = (
            "Thông tư liên tịch số 01/2012/TTLT-BCA-BNG ngày 03 tháng 01 năm 2012 sửa đổi Thông "
            "tư liên tịch số 04/2002/TTLT-BCA-BNG ngày 29 tháng 01 năm 2002 của Bộ Công an, "
            "Bộ Ngoại giao trong lĩnh vực xuất nhập cảnh."
        )
        issuers = {number: issuer for number, _, _, issuer in _acts(text)}
        assert "Bộ Công an, Bộ Ngoại giao" == issuers["04/2002/TTLT-BCA-BNG"]

    def test_an_issuer_ends_before_what_the_act_is_for(self) -> None:
        """An issuer "giữa A và B trong việc ..." or "... trong công tác ..." is the bodies."""
        text = (
            "Sơ kết 02 năm thực hiện Quy chế phối hợp số 03/QCPH-CA-VKS ngày 05/3/2019 giữa "
            "Công an tỉnh và Viện kiểm sát nhân dân tỉnh Bình Định trong việc giải quyết tin "
            "báo về tội phạm; Chương trình số 07/CTr-STP-HND ngày 02/4/2020 giữa Sở Tư pháp và "
            "Hội Nông dân tỉnh trong công tác hòa giải ở cơ sở."
        )
        issuers = {number: issuer for number, _, _, issuer in _acts(text)}
        assert "Công an tỉnh và Viện kiểm sát nhân dân tỉnh Bình Định" == issuers["03/QCPH-CA-VKS"]
        assert "Sở Tư pháp và Hội Nông dân tỉnh" == issuers["07/CTr-STP-HND"]


def test_an_act_whose_symbol_names_another_kind_or_issuer_is_flagged() -> None:
    """A decree's symbol under a resolution's name, or "của Bộ Tư pháp", is listed to check."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\nKon Tum, ngày 20 tháng 2 năm 2024\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp kiểm tra văn bản\nỦY BAN NHÂN DÂN TỈNH KON TUM\n"
        "Căn cứ Nghị quyết số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi"
        " tiết;\nCăn cứ Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Bộ Tư pháp;\n"
        "Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 10 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh;\n"
        "Căn cứ Quy định số 24-QĐ/TW ngày 30 tháng 7 năm 2021 của Ban Chấp hành Trung ương;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp kiểm tra văn bản.\n"
    )
    flagged = [i["path"] for i in draft.data["to_complete"] if i["path"].startswith("legal")]
    assert ["legal_refs[0].kind", "legal_refs[1].issuer"] == flagged


def test_no_symbol_check_for_letters_joint_circulars_cited_short_or_an_abbreviated_issuer() -> None:
    """A letter's symbol names its issuer; "Thông tư số ...TTLT..." and "của CP" agree."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\nKon Tum, ngày 20 tháng 2 năm 2024\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nỦY BAN NHÂN DÂN TỈNH KON TUM\n"
        "Căn cứ Công văn số 1234/CT-TTHT ngày 05 tháng 01 năm 2024 của Cục Thuế tỉnh;\n"
        "Căn cứ Thông tư số 04/2018/TTLT-BCA-BQP ngày 19 tháng 10 năm 2018 của Bộ Công an và"
        " Bộ Quốc phòng;\nCăn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của CP;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    )
    assert [] == [i for i in draft.data["to_complete"] if i["path"].startswith("legal")]


def test_a_law_cited_with_its_year_and_again_dated_is_one_act() -> None:
    """A law cited with its year and a date, then with its year alone, is one act."""
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\nKon Tum, ngày 20 tháng 2 năm 2024\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nỦY BAN NHÂN DÂN TỈNH KON TUM\n"
        "Căn cứ Luật Giáo dục 2019 ngày 14 tháng 6 năm 2019;\n"
        "Căn cứ Luật Giáo dục 2019 và Luật Đất đai 2013;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    )
    refs = [(r["title"], str(r["date"])) for r in draft.data["legal_refs"]]
    assert [("Luật Giáo dục", "2019-06-14"), ("Luật Đất đai", "2013")] == refs


def test_a_law_named_in_passing_by_what_it_is_about_is_no_citation() -> None:
    """A law named in passing by what it is about, with no date of its own, is no citation."""
    found = coordprog.find_citations(
        "Căn cứ kết quả tuyên truyền Luật về hòa giải ở cơ sở cho nhân dân các xã năm 2019;"
    )
    assert () == found


def test_a_joint_issuer_ends_before_the_subject_of_the_sentence() -> None:
    """In "giữa A và B, A báo cáo ...", the body after the comma is the sentence's subject."""
    text = (
        "Thực hiện Chương trình phối hợp số 12/CTPH-STP-ĐTN ngày 10/3/2021 giữa Sở Tư pháp và "
        "Tỉnh đoàn Ninh Bình, Sở Tư pháp báo cáo kết quả như sau:"
    )
    assert [issuer for *_, issuer in _acts(text)] == ["Sở Tư pháp và Tỉnh đoàn Ninh Bình"]
    listed = (
        "Căn cứ Thông tư liên tịch số 01/2010/TTLT-BNV-VKSNDTC ngày 01/02/2010 của Bộ Nội vụ, "
        "Viện kiểm sát nhân dân tối cao, Bộ Công an;"
    )
    assert [issuer for *_, issuer in _acts(listed)] == [
        "Bộ Nội vụ, Viện kiểm sát nhân dân tối cao, Bộ Công an"
    ]


def test_a_joint_act_s_last_issuer_after_va_is_no_sentence_s_subject() -> None:
    """In "giữa A, B và C;", "B và C" end the citation: C is one more issuer, not a predicate."""
    text = (
        "Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 "
        "giữa Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban TWMTTQ Việt Nam;"
    )
    assert [issuer for *_, issuer in _acts(text)] == [
        "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban TWMTTQ Việt Nam"
    ]
    subject = (
        "Thực hiện Chương trình phối hợp số 12/CTPH-STP-ĐTN ngày 10/3/2021 giữa Sở Tư pháp và "
        "Tỉnh đoàn Ninh Bình, Sở Tư pháp và Tỉnh đoàn cùng báo cáo kết quả."
    )
    assert [issuer for *_, issuer in _acts(subject)] == ["Sở Tư pháp và Tỉnh đoàn Ninh Bình"]


def test_an_issuer_stopped_by_an_abbreviation_inside_its_name_is_flagged() -> None:
    """An issuer read up to "(MTTQ)" in "Mặt trận Tổ quốc (MTTQ) Việt Nam" is to check."""
    draft = coordprog.import_text(
        "KẾ HOẠCH\nPhối hợp tuyên truyền pháp luật năm 2016\n"
        "Thực hiện Quy chế phối hợp số 01/2014/QCPH ngày 27/8/2014 giữa Ban Thường trực Ủy ban "
        "Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam với Viện kiểm sát nhân dân tối cao, hai "
        "cơ quan thống nhất ban hành Kế hoạch.\n"
    )
    flagged = [i["path"] for i in draft.data["to_complete"] if i["path"].startswith("legal")]
    assert "legal_refs[0].issuer" in flagged


def test_a_year_in_a_law_s_name_that_its_date_contradicts_stays_in_the_name() -> None:
    """A law named with one year and dated in another keeps its year in its name, as printed."""
    found = coordprog.find_citations("Căn cứ Luật Giáo dục 2019 ngày 14 tháng 6 năm 2018;")
    assert [("Luật Giáo dục 2019", dt.date(2018, 6, 14))] == [(c.title, c.date) for c in found]


@pytest.mark.parametrize(
    ("said", "kind", "number", "issuer"),
    [
        (
            "Căn cứ Quyết định số 120-HĐBT ngày 15/4/1991 của Hội đồng Bộ trưởng;",
            LegalKind.DECISION,
            "120-HĐBT",
            "Hội đồng Bộ trưởng",
        ),
        (
            "Căn cứ Nghị định số 64-CP ngày 22 tháng 9 năm 1993 của Chính phủ;",
            LegalKind.DECREE,
            "64-CP",
            "Chính phủ",
        ),
        (
            "Thực hiện Chỉ thị số 15-CT ngày 03/02/1992 của Chủ tịch Hội đồng Bộ trưởng,",
            LegalKind.DIRECTIVE,
            "15-CT",
            "Chủ tịch Hội đồng Bộ trưởng",
        ),
    ],
)
def test_a_number_of_the_years_before_1996_with_a_hyphen_and_no_year(
    said: str, kind: LegalKind, number: str, issuer: str
) -> None:
    """The State numbered its acts "120-HĐBT", "64-CP" until 1996: each is cited.

    An invented case (no development text prints one yet): texts of the 1990s cite them.
    """
    [citation] = coordprog.find_citations(said)
    assert (kind, number, issuer) == (citation.kind, citation.number, citation.issuer)


def test_a_span_of_years_is_no_number() -> None:
    """Years "giai đoạn 2016-2020" and a plan "2021-2025" are no act's number."""
    said = "Kế hoạch giai đoạn 2016-2020 và Chương trình 2021-2025 của tỉnh"
    assert all(c.number is None for c in coordprog.find_citations(said))


def test_a_short_form_in_brackets_ends_a_name_before_its_date_or_joined_issuer() -> None:
    """A short form in brackets ("(ATTP)", "(NN&PTNT)") is no end of the act it follows.

    The law's date comes after it; a joint circular's issuers go on after it (" - Bộ Công
    Thương"), the short form kept in the issuer as printed; one that ends an issuer's name is
    read past, not kept (it defines what the text calls the body next); a name that goes on
    after its short form ("Mặt trận Tổ quốc (MTTQ) Việt Nam") is still read up to it, and
    flagged.
    """
    found = coordprog.find_citations(
        "Căn cứ Luật An toàn thực phẩm\n(ATTP) ngày 17/6/2010;\n"
        "Căn cứ Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT-BCT ngày 09/4/2014 của Bộ Y tế "
        "- Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) - Bộ Công Thương hướng dẫn việc "
        "phân công;\nCăn cứ Thông tư số 17/2018/TT-BNNPTNT ngày 31/10/2018 của Bộ Nông nghiệp "
        "và Phát triển nông thôn (NN&PTNT) quy định phương thức quản lý;"
    )
    assert [(c.date, c.issuer) for c in found] == [
        (dt.date(2010, 6, 17), None),
        (
            dt.date(2014, 4, 9),
            "Bộ Y tế - Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) - Bộ Công Thương",
        ),
        (dt.date(2018, 10, 31), "Bộ Nông nghiệp và Phát triển nông thôn"),
    ]
    assert [c.title for c in found][:2] == ["Luật An toàn thực phẩm", "hướng dẫn việc phân công"]


def test_a_short_form_after_the_issuer_of_an_act_carried_out_is_not_the_issuer_s() -> None:
    """In "của Bộ Tài chính (BTC) về việc ...", the bracket names the body's short form only.

    The plan carried out keeps its issuer without it, and its subject after it, up to the
    sentence's own subject ("Bộ Tài chính ban hành ...").
    """
    draft = coordprog.import_text(
        "BỘ TÀI CHÍNH\n\nSố: 45/KH-BTC\n\nHà Nội, ngày 3 tháng 4 năm 2023\n\nKẾ HOẠCH\n\n"
        "TRIỂN KHAI CÔNG TÁC KIỂM TRA NĂM 2023\n\nThực hiện Kế hoạch số 12/KH-BTC ngày "
        "10/01/2023 của Bộ Tài chính (BTC) về việc kiểm tra công tác tài chính năm 2023, Bộ Tài "
        "chính ban hành Kế hoạch như sau:\n\n1. Mục đích\n"
    )
    act = next(r for r in draft.data["legal_refs"] if r["number"] == "12/KH-BTC")
    assert act["issuer"] == "Bộ Tài chính"
    assert act["title"] == "kiểm tra công tác tài chính năm 2023"


class TestActsOfAScanRoundTwentySeven:
    def test_so_misread_by_a_scan_still_numbers_the_act(self) -> None:
        """A scan's "Nghị định sổ 44/2014/NĐ-CP", the tone of "số" misread, is the decree."""
        text = "Căn cứ Nghị định sổ 44/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;"
        assert [("44/2014/NĐ-CP", None, dt.date(2014, 5, 15), "Chính phủ")] == _acts(text)

    def test_a_year_glued_to_nam_is_the_act_s_date(self) -> None:
        """A year glued to its word ("ngày 14 tháng 12 năm2004") still dates the act."""
        text = "Căn cứ Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm2004 của Chính phủ;"
        assert [("204/2004/NĐ-CP", None, dt.date(2004, 12, 14), "Chính phủ")] == _acts(text)

    def test_issuers_named_between_the_kind_and_so_issue_the_act(self) -> None:
        """A joint circular "Bộ A và Bộ B số ..." names its issuers before its number."""
        text = (
            "Căn cứ Thông tư liên tịch Bộ Kế hoạch & Đầu tư và Bộ Tài chính số "
            "01/2003/TTLT/BKH-BTC ngày 06/01/2003 Hướng dẫn thực hiện;"
        )
        expected = [
            (
                "01/2003/TTLT/BKH-BTC",
                None,
                dt.date(2003, 1, 6),
                "Bộ Kế hoạch & Đầu tư và Bộ Tài chính",
            )
        ]
        assert expected == [(n, None, d, i) for n, _, d, i in _acts(text)]

    def test_title_words_between_the_kind_and_so_are_no_issuer(self) -> None:
        """In "Quyết định phê duyệt Đề án số ..." the words after the kind are no body."""
        found = coordprog.find_citations(
            "Căn cứ Quyết định phê duyệt Đề án số 12/QĐ-UBND ngày 03/01/2020;"
        )
        assert all(c.issuer is None for c in found)

    def test_an_act_cited_again_with_a_slash_in_its_symbol_is_one_act(self) -> None:
        """A decision cited as "42/2002/QĐ-TTg" and again as "42/2002/QĐ/TTg" is one act."""
        draft = coordprog.import_text(
            "BỘ TÀI CHÍNH-BỘ VĂN HÓA - THÔNG TIN\nSố: 102/2003/TTLT-BTC-BVHTT\n"
            "Hà Nội, ngày 30 tháng 10 năm 2003\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý kinh phí\n"
            "Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19/03/2002 của Thủ tướng Chính phủ về quản "
            "lý các Chương trình mục tiêu quốc gia;\n"
            "Căn cứ Thông tư liên tịch số 01/2003/TTLT/BKH-BTC ngày 06/01/2003 hướng dẫn thực hiện "
            "Quyết định số 42/2002/QĐ/TTg ngày 19/3/2002 của Thủ tướng Chính phủ;\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        numbers = [r.get("number") for r in draft.data["legal_refs"]]
        assert ["42/2002/QĐ-TTg", "01/2003/TTLT/BKH-BTC"] == numbers

    def test_basis_words_a_scan_misread_start_a_basis(self) -> None:
        """A scan's "Cân cứ" and "Căn củ" are "Căn cứ": the acts after them are the basis."""
        draft = coordprog.import_text(
            "BỘ TÀI CHÍNH\nSố: 87/2016/TT-BTC\nHà Nội, ngày 22 tháng 6 năm 2016\nTHÔNG TƯ\n"
            "Hướng dẫn việc thẩm định\nCân cứ Luật Giá ngày 20 tháng 6 năm 2012;\n"
            "Căn củ Nghị định số 21/2013/NĐ-CP ngày 04 tháng 3 năm 2013 của Chính phủ;\n"
            "Điều 1. Phạm vi điều chỉnh\n"
        )
        assert ["luat-gia-2012", "21/2013/NĐ-CP"] == draft.data["basis"]

    def test_a_law_s_name_holding_a_word_no_syllable_is_spelt_like_is_flagged(self) -> None:
        """In "Luật Đât đai", "Đât" lost the tone a syllable in "-t" takes: the act is to check."""
        draft = coordprog.import_text(
            "BỘ TÀI CHÍNH\nSố: 87/2016/TT-BTC\nHà Nội, ngày 22 tháng 6 năm 2016\nTHÔNG TƯ\n"
            "Hướng dẫn việc thẩm định\nCăn cứ Luật Đât đai ngày 29 tháng 11 năm 2013;\n"
            "Căn cứ Luật Giá ngày 20 tháng 6 năm 2012;\nĐiều 1. Phạm vi điều chỉnh\n"
        )
        flagged = [i["path"] for i in draft.data["to_complete"] if i["path"].startswith("legal")]
        assert ["legal_refs[0]"] == flagged

    def test_a_letter_listed_after_a_comma_in_a_clause_of_opinions_is_its_body_s(self) -> None:
        """In "ý kiến của Bộ A tại Công văn ..., Bộ B tại Công văn ..." Bộ B gave the second."""
        text = (
            "Sau khi có ý kiến của Bộ Giáo dục và Đào tạo tại Công văn số 8326/BGDĐT-HSSV ngày 08 "
            "tháng 8 năm 2007, Bộ Y tế tại Công văn số 5576/BYT-TTr ngày 09 tháng 8 năm 2007, Bộ "
            "Nội vụ và Bộ Tài chính hướng dẫn thực hiện như sau:"
        )
        assert ["Bộ Giáo dục và Đào tạo", "Bộ Y tế"] == [issuer for *_, issuer in _acts(text)]


class TestActsOfDistrictTextsRoundTwentyNine:
    def test_a_symbol_whose_part_after_a_dot_names_a_district_by_its_number(self) -> None:
        """A number "931/TTr-PGD.Q8" keeps its last part, the district's office ("PGD.Q8")."""
        text = "Căn cứ Công văn số 931/TTr-PGD.Q8 ngày 19 tháng 6 năm 2006;"
        assert [("931/TTr-PGD.Q8", None, D(2006, 6, 19), None)] == _acts(text)

    def test_a_proposal_s_act_in_brackets_after_its_author_is_the_author_s(self) -> None:
        """In "đề nghị của X (Công văn số ...)" X, named with its district's number, wrote it."""
        text = (
            "Xét đề nghị của Trưởng Phòng Giáo dục quận 8 (Công văn số 931/TTr-PGD.Q8 ngày 19 "
            "tháng 6 năm 2006) và Trưởng Phòng Nội vụ quận 8,"
        )
        assert ["Trưởng Phòng Giáo dục quận 8"] == [issuer for *_, issuer in _acts(text)]

    def test_the_subject_of_a_proposal_is_no_part_of_its_author(self) -> None:
        """In "đề nghị của Bộ X về việc ... (Tờ trình số ...)" the ministry wrote it."""
        text = (
            "Xét đề nghị của Bộ Giáo dục và Đào tạo về việc uỷ quyền phê duyệt chiến lược "
            "(Tờ trình số 1768/TH ngày 05 tháng 3 năm 2003), Phó Thủ tướng có ý kiến như sau:"
        )
        assert ["Bộ Giáo dục và Đào tạo"] == [issuer for *_, issuer in _acts(text)]

    def test_a_report_s_letter_in_brackets_after_its_author_is_the_author_s(self) -> None:
        """In "Xét báo cáo của X (công văn số ...)" X wrote the letter its report is."""
        text = (
            "Xét báo cáo của Phòng Thương mại và Công nghiệp Việt Nam (công văn số "
            "1033/PTM-SME ngày 15 tháng 4 năm 2009), Phó Thủ tướng có ý kiến như sau:"
        )
        assert ["Phòng Thương mại và Công nghiệp Việt Nam"] == [
            issuer for *_, issuer in _acts(text)
        ]

    def test_a_submission_proposed_with_de_xuat_is_its_author_s(self) -> None:
        """In "trên cơ sở đề xuất của Sở X tại Tờ trình số ..." the department submitted it."""
        text = (
            "Thực hiện Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ; trên "
            "cơ sở đề xuất của Sở Giáo dục và Đào tạo tại Tờ trình số 241/TTr-SGDĐT ngày "
            "09/02/2023; UBND tỉnh ban hành Kế hoạch như sau:"
        )
        assert ["Thủ tướng Chính phủ", "Sở Giáo dục và Đào tạo"] == [
            issuer for *_, issuer in _acts(text)
        ]

    def test_an_amending_law_written_with_a_capital_keeps_its_name_and_year(self) -> None:
        """The law "Luật Sửa đổi, bổ sung ... của Luật A và Luật B năm 2019" is one, of 2019."""
        text = (
            "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ "
            "chức Chính quyền địa phương năm 2019;"
        )
        (act,) = [c for c in coordprog.find_citations(text) if not c.nested]
        assert act.title == (
            "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "Chính quyền địa phương"
        )
        assert act.date is not None
        assert 2019 == act.date.year

    def test_the_record_of_a_congress_cited_by_name_and_date_is_an_act(self) -> None:
        """A basis "biên bản Đại hội ... ngày ..." cites a record; "lập biên bản" does not."""
        text = "Căn cứ biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng 6 năm 2006;"
        expected = [(None, "biên bản Đại hội Hội Cựu giáo chức quận 8", D(2006, 6, 14), None)]
        assert expected == _acts(text)
        assert [] == _acts("Cơ quan có thẩm quyền lập biên bản vi phạm hành chính.")


class TestActsOfCentralDecisionsRoundThirtyFive:
    def test_one_official_s_two_posts_joined_by_a_comma_are_the_issuer(self) -> None:
        """An issuer "của Bộ trưởng, Chủ nhiệm ..." is one official, not "Bộ trưởng"."""
        text = (
            "Căn cứ Quyết định số 242/QĐ-VPCP ngày 22 tháng 3 năm 2012 của Bộ trưởng, Chủ "
            "nhiệm ban hành Quy chế làm việc của Văn phòng Chính phủ;\n"
            "Căn cứ Quyết định số 335/QĐ-VPCP ngày 24 tháng 02 năm 2006 của Bộ trưởng, Chủ "
            "nhiệm Văn phòng Chính phủ ban hành Quy định về tổ chức phục vụ các cuộc họp;"
        )
        issuers = [c.issuer for c in coordprog.find_citations(text)]
        assert ["Bộ trưởng, Chủ nhiệm", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"] == issuers

    def test_a_post_after_a_comma_that_starts_a_sentence_is_no_second_post(self) -> None:
        """In "của Bộ trưởng, Thủ trưởng các đơn vị triển khai" a sentence's subject follows."""
        text = (
            "Thực hiện Quyết định số 15/QĐ-BNV ngày 02/3/2020 của Bộ trưởng, Thủ trưởng các "
            "đơn vị triển khai."
        )
        (act,) = coordprog.find_citations(text)
        assert act.issuer != "Bộ trưởng, Thủ trưởng các đơn vị"

    def test_a_month_glued_to_thang_still_dates_the_act(self) -> None:
        """A copy's "ngày 29 tháng9 năm 2012" dates the decree, and its issuer is read."""
        text = "Căn cứ Nghị định số 74/2012/NĐ-CP ngày 29 tháng9 năm 2012 của Chính phủ;"
        assert [("74/2012/NĐ-CP", None, D(2012, 9, 29), "Chính phủ")] == _acts(text)


def test_an_issuer_s_note_of_the_body_that_took_over_is_the_issuer_s() -> None:
    """A note "(nay là ...)" after an issuer is its own: the issuers go on after it."""
    text = (
        "Căn cứ Thông tư liên tịch số 01/2004/TTLT-BBCVT-TC ngày 25 tháng 05 năm 2004 của "
        "Bộ Bưu chính Viễn thông (nay là Bộ Thông tin và Truyền thông) và Bộ Tài chính hướng "
        "dẫn về trách nhiệm phối hợp;\n"
        "Căn cứ Thông tư liên tịch số 01/2006/TTLT-BCA-BBCVT ngày 05/5/2006 giữa Bộ Công an "
        "và Bộ Bưu chính Viễn thông (nay là Bộ Thông tin và Truyền thông) hướng dẫn việc mở "
        "và kiểm tra thư;"
    )
    assert [issuer for *_, issuer in _acts(text)] == [
        "Bộ Bưu chính Viễn thông (nay là Bộ Thông tin và Truyền thông) và Bộ Tài chính",
        "Bộ Công an và Bộ Bưu chính Viễn thông (nay là Bộ Thông tin và Truyền thông)",
    ]


def test_an_issuer_s_role_after_a_dash_is_not_its_name() -> None:
    """In "của A - Trưởng nhóm ..." the dash gives A's role: A alone issues the act.

    The act's subject ("về ...") is still read after the role; a dash inside a body's name
    ("Hội đồng Thi đua - Khen thưởng Trung ương") or between a ministry's fields is no role.
    """
    text = (
        "Căn cứ Kế hoạch số 61/KH-NHT ngày 01/3/2021 của Ủy ban nhân dân tỉnh Hà Giang - "
        "Trưởng nhóm chương trình hợp tác phát triển du lịch 8 tỉnh Tây Bắc mở rộng về triển "
        "khai các hoạt động liên kết năm 2021;\n"
        "Căn cứ Công văn số 12/STP-PBGDPL ngày 05/01/2022 của Sở Tư pháp - Cơ quan thường "
        "trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh;\n"
        "Căn cứ Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng "
        "Trung ương;\n"
        "Căn cứ Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh "
        "và Xã hội;"
    )
    assert [issuer for *_, issuer in _acts(text)] == [
        "Ủy ban nhân dân tỉnh Hà Giang",
        "Sở Tư pháp",
        "Hội đồng Thi đua - Khen thưởng Trung ương",
        "Bộ Lao động - Thương binh và Xã hội",
    ]
    (plan, *_) = coordprog.find_citations(text)
    assert plan.title is not None
    assert plan.title.startswith("triển khai các hoạt động")


@pytest.mark.parametrize("council", ["phổ biến giáo dục", "phổ biến, giáo dục"])
def test_a_joint_act_s_issuer_after_another_s_role_is_kept(council: str) -> None:
    """In "giữa A - Cơ quan thường trực ... và B" the role is read past, B still issues it.

    The role's name may hold a comma ("Hội đồng phối hợp phổ biến, giáo dục pháp luật").
    """
    text = (
        "Căn cứ Chương trình phối hợp số 05/CTPH-STP-ĐPTTH ngày 10/3/2020 giữa Sở Tư pháp - "
        f"Cơ quan thường trực Hội đồng phối hợp {council} pháp luật tỉnh và Đài Phát "
        "thanh và Truyền hình tỉnh về tuyên truyền pháp luật;"
    )
    assert [(issuer, title) for _, title, _, issuer in _acts(text)] == [
        ("Sở Tư pháp và Đài Phát thanh và Truyền hình tỉnh", "tuyên truyền pháp luật")
    ]


def test_a_year_after_an_issuer_that_ends_the_clause_is_not_its_name() -> None:
    """A plan's year or window after the programme it carries out is not the signatories'.

    "Thực hiện Chương trình phối hợp số ... giữa A và B năm 2022" (a plan's title): A and B
    sign the programme; "năm 2022" is the plan's year, neither their name nor surely the
    programme's date. A body named after an event of a year keeps it.
    """
    text = (
        "Thực hiện Chương trình phối hợp số 09/CTPH-BTP-TWHND giữa Bộ Tư pháp và Trung ương "
        "Hội Nông dân Việt Nam năm 2022;\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2021 của UBND tỉnh giai đoạn 2021 - 2025;\n"
        "Căn cứ Quyết định số 10/QĐ-BCĐ ngày 02/3/2019 của Ban Chỉ đạo Tổng điều tra dân số "
        "và nhà ở năm 2019;"
    )
    assert [(number, date, issuer) for number, _, date, issuer in _acts(text)] == [
        ("09/CTPH-BTP-TWHND", None, "Bộ Tư pháp và Trung ương Hội Nông dân Việt Nam"),
        ("12/KH-UBND", D(2021, 1, 5), "UBND tỉnh"),
        ("10/QĐ-BCĐ", D(2019, 3, 2), "Ban Chỉ đạo Tổng điều tra dân số và nhà ở năm 2019"),
    ]


def test_a_standing_body_s_year_after_it_is_not_its_name() -> None:
    """Only a body named after an event keeps a year: a standing "Ban ..." has none.

    "của Ban Thường vụ Tỉnh ủy năm 2019" names the provincial standing committee; the year
    is the programme's, as after a People's Committee or Council.
    """
    text = (
        "Căn cứ Chương trình số 12/CTr-TU ngày 01/02/2019 của Ban Thường vụ Tỉnh ủy năm 2019;\n"
        "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân tỉnh năm 2020;\n"
        "Căn cứ Kế hoạch số 03/KH-BTC ngày 05/3/2020 của Ban Tổ chức Hội thi tuyên truyền "
        "pháp luật năm 2020;"
    )
    assert [issuer for _, _, _, issuer in _acts(text)] == [
        "Ban Thường vụ Tỉnh ủy",
        "Hội đồng nhân dân tỉnh",
        "Ban Tổ chức Hội thi tuyên truyền pháp luật năm 2020",
    ]


def test_an_agreement_cited_by_its_name_and_signing_date_is_an_act_of_the_basis() -> None:
    """An agreement others signed, "Căn cứ Thỏa thuận ..., được ký kết ngày ... tại ...".

    The agreement a plan carries out is cited without number or issuer: its name ends
    before the words of signing, whose date is the act's; it is listed to check.
    """
    draft = coordprog.import_text(
        "KẾ HOẠCH\nTriển khai các hoạt động hợp tác phát triển du lịch năm 2021\n"
        "Căn cứ Thỏa thuận liên kết hợp tác phát triển du lịch giữa 08 tỉnh Tây Bắc mở "
        "rộng và Thành phố Hồ Chí Minh giai đoạn 2020-2025, được ký kết ngày 14/11/2020 tại "
        "tỉnh Phú Thọ;\n"
        "I. MỤC ĐÍCH\n1. Triển khai.\n"
    )
    (agreement,) = draft.data["legal_refs"]
    assert agreement["kind"] == "other"
    assert agreement["title"] == (
        "Thỏa thuận liên kết hợp tác phát triển du lịch giữa 08 tỉnh Tây Bắc mở rộng và "
        "Thành phố Hồ Chí Minh giai đoạn 2020-2025"
    )
    assert agreement["date"] == D(2020, 11, 14)
    assert "issuer" not in agreement
    assert draft.data["basis"] == [agreement["id"]]
    assert any(item["path"] == "legal_refs[0]" for item in draft.data["to_complete"])


def test_an_instrument_a_cited_act_promulgates_after_a_semicolon_is_no_act() -> None:
    """In "... ban hành kèm theo Quy chế A; Quy định B", B is the acts' instrument, not cited."""
    draft = coordprog.import_text(
        "KẾ HOẠCH\nPhối hợp giám sát năm 2018\n"
        "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ "
        "Chính trị ban hành kèm theo Quy chế Giám sát và phản biện xã hội của MTTQ Việt Nam; "
        "Quy định về việc MTTQ Việt Nam tham gia góp ý xây dựng Đảng, xây dựng Chính quyền;\n"
        "Căn cứ Quy định về công tác dân vận của hệ thống chính trị;\n"
        "I. MỤC ĐÍCH\n1. Phối hợp giám sát.\n"
    )
    cited = [ref.get("number") or ref.get("title") for ref in draft.data["legal_refs"]]
    assert cited == [
        "217-QĐ/TW",
        "218-QĐ/TW",
        "Quy định về công tác dân vận của hệ thống chính trị",
    ]


def test_a_joint_number_spaced_before_its_ampersand_and_words_a_copy_glued() -> None:
    """A number spaced before its "&" ("BKH &ĐTngày") is one; a glued "hướngdẫn" ends issuers.

    A copy that joined its lines glued words ("năm2009của", "hướngdẫn"): the number, the
    issuer after the year and the joint issuers up to what the act is about are read as in
    a clean copy.
    """
    draft = coordprog.import_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 35/2013/QĐ-UBND\nHà Nam, ngày 19 tháng 7 năm 2013\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP\n"
        "Căn cứ Thông tư số 39/2009/TT-BCT ngày 28 tháng 12 năm 2009của Bộ Công Thương Quy "
        "định thực hiện một số nội dung;\nCăn cứ Thông tư liên tịch số 31/2012/TTLT-BCT-BKH "
        "&ĐTngày 10 tháng 10 năm 2012 của liên Bộ Công Thương - Bộ Kế hoạch và Đầu tư hướngdẫn "
        "xử lý cụm công nghiệp;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.\n"
    )
    assert [
        ("39/2009/TT-BCT", "2009-12-28", "Bộ Công Thương"),
        ("31/2012/TTLT-BCT-BKH&ĐT", "2012-10-10", "liên Bộ Công Thương - Bộ Kế hoạch và Đầu tư"),
    ] == [(r.get("number"), str(r.get("date")), r.get("issuer")) for r in draft.data["legal_refs"]]


def test_a_charter_named_in_small_letters_before_its_body_is_cited() -> None:
    """A charter named in small letters before its body ("Căn cứ điều lệ Hội ...") is cited."""
    text = "- Căn cứ điều lệ Hội Liên hiệp Phụ nữ Việt Nam.\n- Hoạt động theo điều lệ của Hội."
    assert [("Điều lệ Hội Liên hiệp Phụ nữ Việt Nam", LegalKind.CHARTER)] == [
        (c.title, c.kind) for c in coordprog.find_citations(text)
    ]


def test_the_law_on_councils_and_committees_under_its_short_spellings_is_one_act() -> None:
    """The law on councils and committees under short spellings ("HĐND-UBND") is one act."""
    draft = coordprog.import_text(
        "QUYẾT ĐỊNH CỦA UBND TỈNH VĨNH PHÚC\n"
        "V/v ban hành quy chế phối hợp hoạt động giữa UBND và\nHội Nông dân các cấp tỉnh\n"
        "UỶ BAN NHÂN DÂN TỈNH VĨNH PHÚC\n"
        "- Căn cứ Luật tổ chức HĐND và UBND các cấp ban hành ngày 21/6/1994;\n"
        "- Căn cứ Điều lệ Hội Nông dân Việt Nam;\n"
        "QUYẾT ĐỊNH\nĐiều 1: Ban hành quy chế phối hợp hoạt động kèm theo Quyết định này.\n"
        "QUY CHẾ\nPHỐI HỢP HOẠT ĐỘNG GIỮA UBND VÀ HỘI NÔNG DÂN CÁC CẤP TỈNH\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\n"
        "Điều 1: UBND và Hội Nông dân hoạt động theo quy định tại Luật tổ chức HĐND-UBND và "
        "điều lệ Hội Nông dân Việt Nam. Quan hệ phối hợp phải bình đẳng.\n"
        "Điều 2: UBND hoạt động theo Luật tổ chức HĐND, UBND. Hội hoạt động theo điều lệ.\n"
    )
    refs = [(ref.get("title"), ref.get("date")) for ref in draft.data["legal_refs"]]
    assert refs == [
        ("Luật tổ chức HĐND và UBND các cấp", D(1994, 6, 21)),
        ("Điều lệ Hội Nông dân Việt Nam", None),
    ]


def test_a_proposer_glued_to_tai_is_read() -> None:
    """Who proposes is read when a copy glued "tại" to the name ("Sở Nội vụtại Tờ trình")."""
    text = "Xét đề nghị của Giám đốc Sở Nội vụtại Tờ trình số 922/TTr-SNV ngày 14/11/2013,"
    assert [("922/TTr-SNV", "Giám đốc Sở Nội vụ")] == [
        (c.number, c.issuer) for c in coordprog.find_citations(text)
    ]


class TestActsOfProgrammesRoundFiftyTwo:
    """Acts cited by the programmes of the Confederation and the Women's Union (round 52)."""

    def test_a_programme_followed_is_no_basis(self) -> None:
        """What "trên cơ sở đánh giá kết quả thực hiện Chương trình ..." names is no basis.

        The earlier programme the new one was drawn from is neither its basis nor carried out
        by it: only the acts after "Căn cứ" are the basis.
        """
        draft = coordprog.import_text(
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM - HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\n"
            "Số: 5346/CTPH-TLĐLĐVN-HLHPNVN\nHà Nội, ngày 07 tháng 11 năm 2022\n"
            "Căn cứ Luật Công đoàn, Điều lệ Công đoàn Việt Nam và Nghị quyết số 15/NQ-BCH ngày "
            "08/9/2020 của Ban Chấp hành Trung ương Hội; trên cơ sở đánh giá kết quả thực hiện "
            "Chương trình phối hợp số 905/CTPH-TLĐ-HLHPN ngày 09/6/2017 về tổ chức các hoạt "
            "động trong nữ công nhân lao động,\n"
            "I. NỘI DUNG PHỐI HỢP\n1. Phối hợp tuyên truyền.\n"
        )
        assert "15/NQ-BCH" in draft.data["basis"]
        assert "905/CTPH-TLĐ-HLHPN" not in draft.data["basis"]
        assert "905/CTPH-TLĐ-HLHPN" in [ref["id"] for ref in draft.data["legal_refs"]]

    def test_a_database_named_in_a_basis_is_no_programme_followed(self) -> None:
        """A database ("trên cơ sở dữ liệu") inside an act's name does not end the căn cứ.

        The acts named after it in the same clause had been dropped from the basis, as those
        after "trên cơ sở đánh giá ..." are.
        """
        draft = _decision(
            "Căn cứ Quyết định số 10/QĐ-UBND ngày 01/01/2024 của UBND tỉnh ban hành Quy chế "
            "khai thác thông tin trên cơ sở dữ liệu quốc gia về dân cư và Quyết định số "
            "11/QĐ-UBND ngày 02/01/2024 của UBND tỉnh;\n"
        )
        assert ["10/QĐ-UBND", "11/QĐ-UBND"] == draft.data["basis"]

    def test_a_party_number_printed_with_a_spaced_dash(self) -> None:
        """A Party resolution printed with a spaced en dash ("số 20 \u2013 NQ/TƯ") is read."""
        text = (
            "Nhằm tiếp tục thực hiện có hiệu quả Nghị quyết số 20 \u2013 NQ/TƯ của Ban Chấp hành "
            "Trung ương Đảng về “Tiếp tục xây dựng giai cấp công nhân Việt Nam”"
        )
        assert [("20-NQ/TƯ", "Ban Chấp hành Trung ương Đảng")] == [
            (c.number, c.issuer) for c in coordprog.find_citations(text)
        ]


def test_the_fronts_thong_tri_is_an_act_of_a_kind_the_format_does_not_name() -> None:
    """Round 56: "Thông tri số 10/2001/TT-MTTW ... của Ban Thường trực ..." is cited, as other."""
    text = (
        "Căn cứ Thông tri số 10/2001/TT-MTTW ngày 25 tháng 9 năm 2001 của Ban Thường trực Đoàn "
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn xây dựng Quy chế phối "
        "hợp công tác;"
    )
    (cited,) = coordprog.find_citations(text)
    assert cited.number == "10/2001/TT-MTTW"
    assert cited.kind == coordprog.LegalKind.OTHER
    assert cited.issuer == (
        "Ban Thường trực Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )


def test_a_law_s_short_form_in_brackets_before_its_number() -> None:
    """A law's short form in brackets before "số ...": the number after it is the law's."""
    text = "Căn cứ Luật bảo hiểm y tế (BHYT) số 25/2008/QH12;"
    assert [("25/2008/QH12", "Luật bảo hiểm y tế", None, None)] == _acts(text)


def test_an_amending_law_without_a_date_runs_to_its_own_number() -> None:
    """An amending law's "một số điều" is no number: its name runs to the number cited."""
    text = (
        "Căn cứ Luật bảo hiểm y tế số 25/2008/QH12 và Luật sửa đổi, bổ sung một số điều "
        "của Luật BHYT số 46/2014/QH13 và các văn bản hướng dẫn thực hiện Luật;"
    )
    expected = [
        ("25/2008/QH12", "Luật bảo hiểm y tế", None, None),
        ("46/2014/QH13", "Luật sửa đổi, bổ sung một số điều của Luật BHYT", None, None),
    ]
    assert expected == _acts(text)


def test_a_day_parted_by_a_line_s_end_is_read_whole() -> None:
    """A day parted "ngày 0" / "7 tháng 02 năm 2019": the act's day is the 7th.

    Round 58's portal copy parts the day of the decision its regulation is issued with over two
    lines; the act had been read without its date or issuer.
    """
    data = coordprog.import_text(
        "QUY CHẾ\nTổ chức và hoạt động của Hội đồng phối hợp phổ biến giáo dục pháp luật huyện\n"
        "(Ban hành kèm theo Quyết định số 01/QĐ-HĐPB\nngày 0\n7 tháng 02 năm 2019 của Ban Chỉ "
        "đạo huyện Khoái Châu)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
        "Quy chế này quy định.\n"
    ).data
    (act,) = [ref for ref in data["legal_refs"] if ref.get("number") == "01/QĐ-HĐPB"]
    assert "2019-02-07" == str(act["date"])


def test_a_second_act_recalled_after_a_comma_takes_its_date_and_issuer_before_it() -> None:
    """Round 61: "..., ngày 19 tháng 6 năm 1998, Thủ tướng Chính phủ đã ban hành Chỉ thị ..."."""
    text = (
        "Ngày 11 tháng 05 năm 1998, Chính phủ đã ban hành Nghị định số 29/1998/NĐ-CP về việc "
        "ban hành Quy chế thực hiện dân chủ ở xã, ngày 19 tháng 6 năm 1998, Thủ tướng Chính phủ "
        "đã ban hành Chỉ thị số 24/1998/CT-TTg về việc xây dựng và thực hiện hương ước."
    )
    assert [
        ("29/1998/NĐ-CP", D(1998, 5, 11), "Chính phủ"),
        ("24/1998/CT-TTg", D(1998, 6, 19), "Thủ tướng Chính phủ"),
    ] == [(c.number, c.date, c.issuer) for c in coordprog.find_citations(text)]


def test_an_issuer_printed_with_a_misread_tone_is_set_right_and_flagged() -> None:
    """An issuer "Thủ tướng Chỉnh phủ" is read as the Prime Minister, the respelling listed."""
    draft = coordprog.import_text(
        "BỘ Y TẾ\nSố: 15/QĐ-BYT\nHà Nội, ngày 20 tháng 01 năm 2015\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Kế hoạch phòng chống bệnh giai đoạn 2015 - 2020\n"
        "BỘ TRƯỞNG BỘ Y TẾ\n"
        "Căn cứ Quyết định số 12/QĐ-TTg ngày 10/01/2013 của Thủ tướng Chỉnh phủ phê duyệt "
        "Chiến lược quốc gia bảo vệ sức khỏe nhân dân;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống bệnh.\n"
    )
    refs = draft.data["legal_refs"]
    (index,) = [i for i, ref in enumerate(refs) if ref["number"] == "12/QĐ-TTg"]
    assert "Thủ tướng Chính phủ" == refs[index]["issuer"]
    texts = [
        i["text"] for i in draft.data["to_complete"] if i["path"] == f"legal_refs[{index}].issuer"
    ]
    assert ["Chỉnh phủ" in text for text in texts] == [True]


#: A council's resolution whose proposal names a submission and a committee's verification
#: report without number (invented).
VERIFIED_RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC KẠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: 14/2019/NQ-HĐND\n\nBắc Kạn, ngày 05 tháng 7 năm 2019\n\n"
    "NGHỊ QUYẾT\nBAN HÀNH QUY ĐỊNH MỨC CHI CHO CÔNG TÁC HÒA GIẢI Ở CƠ SỞ\n"
    "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN\nKHÓA IX, KỲ HỌP THỨ 11\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Xét Tờ trình số 61/TTr-UBND ngày 10 tháng 6 năm 2019 của Ủy ban nhân dân tỉnh; "
    "{report} của {committee}{after} ý kiến thảo luận của đại biểu tại kỳ họp.\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Ban hành kèm theo Nghị quyết này Quy định mức chi.\n"
)


@pytest.mark.parametrize(
    ("report", "committee", "after"),
    [
        ("báo cáo thẩm tra", "Ban Pháp chế Hội đồng nhân dân tỉnh", ";"),
        ("Báo cáo thẩm tra", "Ban Kinh tế - Ngân sách", " và"),
        ("Báo cáo thẩm tra", "Ban văn hóa - xã hội của Hội đồng nhân dân tỉnh", ","),
    ],
)
def test_a_verification_report_without_number_is_an_act_considered(
    report: str, committee: str, after: str
) -> None:
    """A committee's report after the submission ("báo cáo thẩm tra của Ban ..."): cited too.

    Without number or date, it was no act: the report and its issuer were missing (round
    71's Hòa Bình and Trà Vinh resolutions, Cần Giờ's). It is considered, not a basis.
    """
    text = VERIFIED_RESOLUTION.format(report=report, committee=committee, after=after)
    draft = coordprog.import_text(text)
    decision = draft.data.get("promulgation", draft.data)
    refs = [*draft.data.get("legal_refs", []), *decision.get("legal_refs", [])]
    reports = [ref for ref in refs if ref.get("title") == "Báo cáo thẩm tra"]
    assert reports
    assert reports[0]["kind"] == "report"
    assert reports[0]["issuer"] == committee
    assert "number" not in reports[0]
    basis = [*draft.data.get("basis", []), *decision.get("basis", [])]
    assert reports[0]["id"] not in basis


def test_a_numbered_verification_report_is_read_with_its_number() -> None:
    """A numbered verification report ("Báo cáo thẩm tra số ..."): read once, by its number."""
    text = VERIFIED_RESOLUTION.format(
        report="Báo cáo thẩm tra số 22/BC-HĐND ngày 01 tháng 7 năm 2019",
        committee="Ban Pháp chế",
        after=";",
    )
    draft = coordprog.import_text(text)
    decision = draft.data.get("promulgation", draft.data)
    refs = [*draft.data.get("legal_refs", []), *decision.get("legal_refs", [])]
    assert [ref.get("number") for ref in refs if ref.get("kind") == "report"][:1] == ["22/BC-HĐND"]
    assert not [ref for ref in refs if ref.get("title") == "Báo cáo thẩm tra"]


#: A ministry's guidance whose enacting sentence carries out a decision and rests on another
#: ministry's letter after a small "căn cứ" (round 75's guidance of the Ministry of Public
#: Security); ``issuer`` is the letter's issuer as the sentence writes it.
GUIDANCE_RESTING_ON_A_LETTER = (
    "BỘ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\nSố: 35/HD-BYT-V02\nHà Nội, ngày 14 tháng 6 năm 2021\nHƯỚNG DẪN\n"
    "THỰC HIỆN TIÊU CHÍ SỐ 2 VỀ “Y TẾ CƠ SỞ” THEO QUYẾT ĐỊNH SỐ 11/2020/QĐ-TTG NGÀY "
    "02/3/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
    "Thực hiện Quyết định số 11/2020/QĐ-TTg ngày 02/3/2020 của Thủ tướng Chính phủ ban hành "
    "Quy định tiêu chí xã đạt chuẩn; căn cứ Công văn số 418/BTNMT-KHTC ngày 09/02/2021 của "
    "{issuer}; căn cứ chức năng, nhiệm vụ được giao, Bộ Y tế hướng dẫn thực hiện Tiêu chí "
    "số 2 như sau:\nI. XÃ ĐẠT CHUẨN\n1. Trạm y tế xã đạt chuẩn quốc gia.\n"
)


@pytest.mark.parametrize(
    "ministry",
    [
        "Bộ Văn hóa thể thao và du lịch",
        "Bộ Tài nguyên và môi trường",
        "Bộ Lao động thương binh và xã hội",
    ],
)
def test_a_ministry_named_in_small_letters_keeps_the_fields_after_its_va(ministry: str) -> None:
    """A ministry's name written in small letters, without its comma, is the issuer whole.

    "của Bộ Văn hóa thể thao và du lịch" was cut at its "và", as a small word after "và"
    starts the act's subject elsewhere: "Bộ Văn hóa thể thao", wrong and not flagged.
    """
    draft = coordprog.import_text(GUIDANCE_RESTING_ON_A_LETTER.format(issuer=ministry))
    refs = {ref["id"]: ref for ref in draft.data["legal_refs"]}
    assert refs["418/BTNMT-KHTC"]["issuer"] == ministry


def test_an_act_after_a_small_can_cu_in_an_enacting_sentence_is_a_basis() -> None:
    """In "Thực hiện A; căn cứ B; căn cứ chức năng ..., X hướng dẫn", B is a basis.

    The clause that starts "Thực hiện" gave its role to every act in it: the letter after
    its small "căn cứ" was read as carried out, not as the basis it is.
    """
    draft = coordprog.import_text(
        GUIDANCE_RESTING_ON_A_LETTER.format(issuer="Bộ Tài nguyên và Môi trường")
    )
    assert draft.data["basis"] == ["418/BTNMT-KHTC"]
    kinds = sorted(ref["kind"] for ref in draft.data["legal_refs"])
    assert kinds == ["decision", "official-letter"]


#: A city's plan whose enacting sentence carries out tasks, keeps a footnote's marker after its
#: semicolon and rests on laws named without numbers after a small "căn cứ" (round 81).
PLAN_RESTING_ON_NAMED_LAWS = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 41/KH-UBND\n"
    "Đà Nẵng, ngày 05 tháng 11 năm 2025\nKẾ HOẠCH\nPHÒNG CHÁY, CHỮA CHÁY TẠI KHU DÂN CƯ\n"
    "Thực hiện nhiệm vụ bảo đảm an toàn cho Nhân dân trong mùa khô;{marker} căn cứ {laws}, "
    "UBND Thành phố ban hành Kế hoạch phòng cháy, chữa cháy tại khu dân cư như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm an toàn tính mạng, tài sản.\n"
)


@pytest.mark.parametrize("marker", ["", "[2]"])
def test_a_law_after_a_small_can_cu_behind_a_footnote_marker_is_a_basis(marker: str) -> None:
    """A law after "...;[2] căn cứ Luật A, UBND ... ban hành" is a basis, a marker or none.

    The footnote's marker between the semicolon and the small "căn cứ" hid the words: the
    law took the role of the clause's "Thực hiện" and was read as carried out, unflagged.
    """
    draft = coordprog.import_text(
        PLAN_RESTING_ON_NAMED_LAWS.format(marker=marker, laws="Luật Phòng cháy, chữa cháy")
    )
    [ref] = draft.data["legal_refs"]
    assert ref["kind"] == "law"
    assert draft.data.get("basis") == [ref["id"]]
    assert ref["id"] not in draft.data.get("implements", [])


@pytest.mark.parametrize("joint", [", ", " và "])
def test_laws_listed_after_one_small_can_cu_are_all_a_basis(joint: str) -> None:
    """In "căn cứ Luật A, Luật B, UBND ... ban hành" both laws rest on the one "căn cứ".

    Only the act right after the words was a basis; the next in the list took the role of
    the clause's "Thực hiện" and was read as carried out, unflagged.
    """
    laws = f"Luật Phòng cháy, chữa cháy{joint}Luật Thủ đô"
    draft = coordprog.import_text(PLAN_RESTING_ON_NAMED_LAWS.format(marker="", laws=laws))
    titles = {ref["id"]: ref.get("title") for ref in draft.data["legal_refs"]}
    assert sorted(titles.values()) == ["Luật Phòng cháy, chữa cháy", "Luật Thủ đô"]
    assert sorted(draft.data.get("basis", [])) == sorted(titles)
    assert not draft.data.get("implements")


#: A decision whose copy stops in its last basis, inside the act's title or after it (round 81).
DECISION_STOPPING_IN_ITS_BASIS = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 18/2025/QĐ-UBND\n"
    "Quảng Trị, ngày 03 tháng 10 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ\n"
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    "Căn cứ Thông tư số 07/2025/TT-BCT ngày 10 tháng 7 năm 2025 của Bộ trưởng Bộ Công Thương "
    "{end}"
)


def test_a_title_the_copy_stops_inside_is_flagged() -> None:
    """A copy that stops inside the last cited act's title ("hướng dẫn quản lý c") says so.

    The cut title was kept as the act's name without a flag.
    """
    draft = coordprog.import_text(DECISION_STOPPING_IN_ITS_BASIS.format(end="hướng dẫn quản lý c"))
    refs = [
        *draft.data.get("legal_refs", []),
        *draft.data.get("promulgation", {}).get("legal_refs", []),
    ]
    [at] = [i for i, ref in enumerate(refs) if ref.get("number") == "07/2025/TT-BCT"]
    flagged = [item["path"] for item in draft.data["to_complete"]]
    assert any(path.endswith(f"legal_refs[{at}].title") for path in flagged)


def test_a_title_the_clause_ends_is_not_flagged_as_cut() -> None:
    """The same act's title closed by its semicolon, the copy going on: nothing flagged."""
    draft = coordprog.import_text(
        DECISION_STOPPING_IN_ITS_BASIS.format(
            end="hướng dẫn quản lý chợ;\nTheo đề nghị của Giám đốc Sở Công Thương.\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý "
            "chợ.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        )
    )
    flagged = [item["path"] for item in draft.data["to_complete"]]
    assert not [path for path in flagged if path.endswith(".title") and "legal_refs" in path]


#: A decision citing a decree, then a decree amending it whose description cites the first
#: again with ``day`` (round 81's Phú Thọ decision printed two days for one decree).
DECREE_CITED_TWICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 52/2025/QĐ-UBND\n"
    "Lào Cai, ngày 12 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ ĐỊNH MỨC CHI\n"
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n"
    "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 14 tháng 4 năm 2020 của Chính phủ quy định định "
    "mức chi; Nghị định số 88/2025/NĐ-CP ngày 02 tháng 5 năm 2025 sửa đổi, bổ sung một số điều "
    "của Nghị định số 45/2020/NĐ-CP ngày {day} tháng 4 năm 2020 của Chính phủ quy định định "
    "mức chi;\nTheo đề nghị của Giám đốc Sở Tài chính.\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về định mức chi.\n"
)


def _date_flags(draft: coordprog.Draft, number: str) -> list[str]:
    decision = draft.data.get("promulgation", draft.data)
    for data in (draft.data, decision):
        refs = data.get("legal_refs", [])
        at = [i for i, ref in enumerate(refs) if ref.get("number") == number]
        if at:
            path = f"legal_refs[{at[0]}].date"
            return [i["reason"] for i in draft.data["to_complete"] if i["path"].endswith(path)]
    raise AssertionError(number)


def test_an_act_cited_again_with_another_day_is_flagged() -> None:
    """Two days for one decree ("ngày 14 ...", then "ngày 21 ..."): the first kept, flagged.

    The second day was dropped without a word, though the copy contradicts itself.
    """
    draft = coordprog.import_text(DECREE_CITED_TWICE.format(day="21"))
    refs = [*draft.data.get("legal_refs", [])]
    refs += draft.data.get("promulgation", {}).get("legal_refs", [])
    assert {str(ref.get("date")) for ref in refs if ref.get("number") == "45/2020/NĐ-CP"} == {
        "2020-04-14"
    }
    assert any("21/04/2020" in reason for reason in _date_flags(draft, "45/2020/NĐ-CP"))


def test_an_act_cited_again_with_its_day_is_not_flagged() -> None:
    """The same decree cited twice with the same day: no date to check."""
    draft = coordprog.import_text(DECREE_CITED_TWICE.format(day="14"))
    assert _date_flags(draft, "45/2020/NĐ-CP") == []


def test_an_organ_after_a_joint_act_s_issuers_starts_the_enacting_sentence() -> None:
    """In "giữa A và B, Ban Thường vụ C xây dựng Kế hoạch ..." the organ acts, it issued nothing."""
    draft = coordprog.import_text(
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN\nSố: 45/KH-LĐLĐ\nNghệ An, ngày 12 tháng 3 năm 2019\n"
        "KẾ HOẠCH\nThực hiện Chương trình phối hợp về chăm lo cho người lao động\n"
        "Thực hiện Chương trình phối hợp số 12/CTPH-LĐLĐ-SYT ngày 20/02/2019 giữa Liên đoàn Lao "
        "động tỉnh và Sở Y tế, Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch thực hiện "
        "như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiệu quả phối hợp.\n"
    )
    [ref] = [r for r in draft.data["legal_refs"] if r.get("number") == "12/CTPH-LĐLĐ-SYT"]
    assert "Liên đoàn Lao động tỉnh và Sở Y tế" == ref["issuer"]


@pytest.mark.parametrize(
    ("act", "printed", "read", "rest"),
    [
        ("Quyết định số 524/QĐ-TTg", "của Thủ tướng", "Thủ tướng", " Chính phủ"),
        (
            "Quyết định số 4228/QĐ-BNN-KTHT",
            "của Bộ Nông nghiệp và",
            "Bộ Nông nghiệp",
            " Phát triển nông thôn",
        ),
    ],
)
def test_an_act_whose_issuer_the_copy_ends_on_is_flagged(
    act: str, printed: str, read: str, rest: str
) -> None:
    """A copy that stops right after a cited act's issuer may have cut it ("của Thủ tướng")."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 62/KH-UBND\nTuyên Quang, ngày 22 tháng 5 năm 2021\n"
        "KẾ HOẠCH\nThực hiện Chương trình phối hợp năm 2021\n"
        f"Căn cứ {act} ngày 01/4/2021 {printed}"
    )
    stops = "legal_refs[0].issuer: the copy stops"
    cut = coordprog.import_text(text)
    assert cut.data["legal_refs"][0]["issuer"] == read
    assert any(r.startswith(stops) for r in cut.unsure)
    whole = coordprog.import_text(f"{text}{rest}\nI. MỤC ĐÍCH\n1. Triển khai Quyết định.\n")
    assert whole.data["legal_refs"][0]["issuer"] == f"{printed}{rest}".removeprefix("của ")
    assert not any(r.startswith(stops) for r in whole.unsure)


def test_an_issuer_ends_before_chi_dao_that_begins_what_its_act_does() -> None:
    """In "Kế hoạch số ... của A chỉ đạo Đại hội ...", A issued the plan; "chỉ đạo" is its deed.

    A plan cited with what it does and no "về" before it had its issuer read on into the
    congress it directs. A steering committee ("Ban Chỉ đạo ...") keeps the words in its name.
    """
    draft = coordprog.import_text(
        "HỘI NÔNG DÂN TỈNH NAM ĐỊNH\nBAN THƯỜNG VỤ\nSố: 21/KH-BTV\n"
        "Nam Định, ngày 14 tháng 10 năm 2022\nKẾ HOẠCH\nTuyên truyền Đại hội Hội Nông dân các cấp\n"
        "Thực hiện Kế hoạch số 15/KH-BTV, ngày 02/9/2022 của Ban Thường vụ Hội Nông dân tỉnh chỉ "
        "đạo Đại hội Hội Nông dân các cấp nhiệm kỳ 2023 - 2028; Kế hoạch số 7/KH-BCĐ ngày "
        "05/8/2022 của Ban Chỉ đạo phong trào nông dân tỉnh; Ban Thường vụ Hội Nông dân tỉnh "
        "xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    )
    issuers = {ref.get("number"): ref.get("issuer") for ref in draft.data["legal_refs"]}
    assert issuers["15/KH-BTV"] == "Ban Thường vụ Hội Nông dân tỉnh"
    assert issuers["7/KH-BCĐ"] == "Ban Chỉ đạo phong trào nông dân tỉnh"


def test_a_capital_so_on_the_kind_s_line_numbers_the_act() -> None:
    """A decision cited "Quyết định 'Số 123/QĐ-BYT ngày ..." is read as with a small "số".

    A PDF's text can print "Số" in capitals after the kind, a stray mark before it; the
    decision carried out had been left out.
    """
    draft = coordprog.import_text(
        "UBND TỈNH HÀ NAM\nSỞ Y TẾ\nSố: 310/HD-SYT\nHà Nam, ngày 04 tháng 3 năm 2022\n"
        "HƯỚNG DẪN\nThực hiện công tác y tế trường học năm 2022\n"
        "Thực hiện Quyết định 'Số 123/QĐ-BYT ngày 12/01/2022 của Bộ Y tế ban hành kế hoạch "
        "công tác năm 2022; Kế hoạch Số 45/KH-UBND ngày 20/02/2022 của UBND tỉnh, Sở Y tế "
        "hướng dẫn như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    refs = {ref.get("number"): ref for ref in draft.data["legal_refs"]}
    assert refs["123/QĐ-BYT"]["issuer"] == "Bộ Y tế"
    assert refs["45/KH-UBND"]["issuer"] == "UBND tỉnh"
    assert draft.data["number"] == "310/HD-SYT"
