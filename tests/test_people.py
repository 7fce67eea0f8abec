"""People and bodies beyond the signing parties, as far as documents name them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

import coordprog
from coordprog import Person, Program, Signatory
from coordprog.testing.strategies import programs

#: A regulation the provincial People's Committee promulgates: the two
#: departments it binds sign nothing; the committee's chair signs for it.
REGULATION = """\
id = "quy-che"
kind = "regulation"
title = "Quy chế phối hợp giữa Sở Nội vụ và Sở Tư pháp"
signed_on = "2021-05"

[[parties]]
id = "snv"
name = "Sở Nội vụ"
signs = false

[[parties]]
id = "stp"
name = "Sở Tư pháp"
signs = false

[[third_parties]]
id = "ubnd"
name = "Ủy ban nhân dân tỉnh"

[[proposers]]
post = "Giám đốc Sở Nội vụ"

[[signatories]]
party = "ubnd"
authority = "TM. ỦY BAN NHÂN DÂN"
title = "CHỦ TỊCH"
name = "Nguyễn Văn A"
"""


def _load(text: str) -> Program:
    return coordprog.loads(text, "toml")


def _round_trips(program: Program) -> None:
    for fmt in ("json", "toml"):
        assert program == coordprog.loads(coordprog.dumps(program, fmt), fmt)


class TestSignatory:
    def test_signs_for_a_third_party(self) -> None:
        """The organ that promulgates a document signs for it without being bound by it."""
        program = _load(REGULATION)
        assert () == coordprog.validate(program)
        assert "ubnd" == program.signatories[0].party
        _round_trips(program)

    def test_signs_for_a_body_the_program_does_not_list(self) -> None:
        """A signature for a body that is no party names the body as printed."""
        text = REGULATION.replace('party = "ubnd"', 'body = "Ủy ban nhân dân tỉnh Lâm Đồng"')
        program = _load(text)
        assert () == coordprog.validate(program)
        # Names are bound with no-break spaces, so that no line breaks inside one.
        out = coordprog.render(program, "program", "text").replace("\xa0", " ")
        assert "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" in out
        assert "Nguyễn Văn A" in out
        _round_trips(program)

    def test_known_by_name_only(self) -> None:
        """A report of the signing may give the name and not the post."""
        program = _load(REGULATION.replace('title = "CHỦ TỊCH"\n', ""))
        assert () == coordprog.validate(program)
        assert program.signatories[0].title is None
        assert "Nguyễn Văn A" in coordprog.render(program, "program", "markdown")

    def test_known_by_post_only(self) -> None:
        """The published text may show the post and not the name."""
        program = _load(REGULATION.replace('name = "Nguyễn Văn A"\n', ""))
        assert () == coordprog.validate(program)
        assert "CHỦ TỊCH" in coordprog.render(program, "program", "markdown")

    def test_neither_name_nor_post_is_refused(self) -> None:
        """A signature with neither name, post nor authority line says nothing: refused."""
        text = (
            REGULATION.replace('title = "CHỦ TỊCH"\n', "")
            .replace('name = "Nguyễn Văn A"\n', "")
            .replace('authority = "TM. ỦY BAN NHÂN DÂN"\n', "")
        )
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(text)
        assert [
            coordprog.Problem(
                "signatories[0].title",
                "expected the title, the name or the authority line of a signatory, found none",
            )
        ] == list(caught.value.problems)

    def test_a_party_that_does_not_sign_has_no_signature(self) -> None:
        """A signature for a party marked as not signing is refused."""
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(REGULATION.replace('party = "ubnd"', 'party = "snv"'))
        assert ["signatories[0].party"] == [p.path for p in caught.value.problems]

    def test_schema_knows_the_body(self) -> None:
        """The JSON Schema lets a signatory name a body and leave out party and title."""
        schema = coordprog.json_schema()["$defs"]["Signatory"]
        assert "body" in schema["properties"]
        assert "required" not in schema


class TestBoundParties:
    def test_parties_that_do_not_sign_are_listed_apart(self) -> None:
        """The program report lists the parties bound without signing under their own label."""
        out = coordprog.render(_load(REGULATION), "program", "markdown")
        assert "**Các bên thực hiện (không ký):** Sở Nội vụ; Sở Tư pháp" in out

    def test_signing_parties(self) -> None:
        """signing_parties leaves out the bound parties, unless none signs."""
        program = _load(REGULATION)
        assert ("snv", "stp") == tuple(p.id for p in program.signing_parties)
        signing = _load(REGULATION.replace("signs = false\n", "", 1))
        assert ("snv",) == tuple(p.id for p in signing.signing_parties)

    def test_letterhead_names_signing_parties_only(self) -> None:
        """The letterhead of a program names only the parties that sign it."""
        text = REGULATION.replace("signs = false\n", "", 1)
        html = coordprog.render(_load(text), "program", "html").replace("\xa0", " ")
        assert "SỞ NỘI VỤ" in html
        assert "SỞ TƯ PHÁP" not in html.split("<h1")[0]


class TestProposers:
    def test_proposer_is_printed(self) -> None:
        """The words "theo đề nghị của Giám đốc Sở Nội vụ" are kept and printed."""
        program = _load(REGULATION)
        assert (Person(post="Giám đốc Sở Nội vụ"),) == program.proposers
        out = coordprog.render(program, "program", "markdown")
        assert "**Cơ quan đề xuất:** Giám đốc Sở Nội vụ" in out

    def test_a_body_alone(self) -> None:
        """A proposer may be a body alone, a party of the program."""
        program = _load(REGULATION.replace('post = "Giám đốc Sở Nội vụ"', 'party = "snv"'))
        assert () == coordprog.validate(program)
        assert "**Cơ quan đề xuất:** Sở Nội vụ" in coordprog.render(program, "program", "markdown")

    def test_unknown_party_is_refused(self) -> None:
        """A proposer's party id must be a party of the program."""
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(REGULATION.replace('post = "Giám đốc Sở Nội vụ"', 'party = "sxd"'))
        assert ["proposers[0].party"] == [p.path for p in caught.value.problems]


class TestPerson:
    def test_nothing_at_all_is_refused(self) -> None:
        """A person with no name, post or body says nothing."""
        with pytest.raises(coordprog.FieldError, match="at least one of"):
            Person()


@given(programs())
def test_drawn_signatures_render(program: Program) -> None:
    """Every drawn program's signatures, bound parties and proposers render in every text format."""
    for fmt in ("markdown", "html", "text"):
        out = coordprog.render(program, "program", fmt).replace("\xa0", " ")
        for signatory in program.signatories:
            assert isinstance(signatory, Signatory)
            said = signatory.name or signatory.title
            if said is not None and fmt != "html":
                assert said in out


class TestPromulgationSignatory:
    def test_signs_for_a_body_the_program_does_not_list(self) -> None:
        """The decision that promulgates a regulation may be signed for a body named as printed."""
        text = REGULATION + (
            '[promulgation]\nnumber = "12/2021/QĐ-UBND"\n'
            '[[promulgation.signatories]]\nbody = "Ủy ban nhân dân tỉnh"\ntitle = "CHỦ TỊCH"\n'
        )
        program = _load(text)
        assert () == coordprog.validate(program)
        assert program.promulgation is not None
        assert "Ủy ban nhân dân tỉnh" == program.promulgation.signatories[0].body
        assert "(Ủy ban nhân dân tỉnh)" in coordprog.render(program, "program", "markdown")


#: A border program of a Vietnamese province and a Lao one, with the
#: communes along the border as one group counted and partly named.
BORDER = """\
id = "bien-gioi"
title = "Chương trình phối hợp quản lý biên giới"
signed_on = 2022-03-10
province = "Quảng Trị"

[[parties]]
id = "snv-qt"
name = "Sở Ngoại vụ tỉnh Quảng Trị"
province = "Quảng Trị"

[[parties]]
id = "sngv-svk"
name = "Sở Ngoại vụ tỉnh Savannakhet"
country = "Lào"

[[third_parties]]
id = "xa-bien-gioi"
name = "Ủy ban nhân dân các xã biên giới"
group = true
member_count = 12
members = ["xa-a"]

[[third_parties]]
id = "xa-a"
name = "Ủy ban nhân dân xã Hướng Lập"
"""


class TestForeignAndCountedParties:
    def test_a_foreign_party_has_its_country(self) -> None:
        """A party of a neighbouring country keeps its country, and the program prints it."""
        program = _load(BORDER)
        assert "Lào" == program.party("sngv-svk").country
        out = coordprog.render(program, "program", "markdown")
        assert "Sở Ngoại vụ tỉnh Savannakhet (Lào)" in out
        _round_trips(program)

    def test_a_group_counted_and_partly_named(self) -> None:
        """A group of 12 communes, one named: the count and the name are kept and printed."""
        program = _load(BORDER)
        assert 12 == program.party("xa-bien-gioi").member_count
        out = coordprog.render(program, "program", "markdown")
        assert (
            "Ủy ban nhân dân các xã biên giới (12 thành viên: Ủy ban nhân dân xã Hướng Lập, ...)"
            in out
        )

    def test_a_count_below_the_members_named_is_refused(self) -> None:
        """A group cannot count fewer members than it names."""
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(BORDER.replace("member_count = 12", "member_count = 0"))
        assert ["third_parties[0].member_count"] == [p.path for p in caught.value.problems]

    def test_only_a_group_counts_members(self) -> None:
        """A count of members needs a group party."""
        with pytest.raises(coordprog.FieldError, match="group = true"):
            coordprog.Party(id="a", name="Sở A", member_count=3)

    def test_schema_has_the_new_fields(self) -> None:
        """The JSON Schema lists a party's country, member count and former provinces."""
        party = coordprog.json_schema()["$defs"]["Party"]["properties"]
        assert {"country", "member_count", "former_provinces"} <= set(party)


#: A department of Bình Thuận that became one of Lâm Đồng on 1 July 2025.
MOVED = """\
id = "chuyen-tinh"
title = "Chương trình phối hợp"
signed_on = 2023-02-01

[[parties]]
id = "sdt"
name = "Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng"
kind = "state-agency"
level = "province"
province = "Lâm Đồng"
former_names = [{ name = "Ban Dân tộc tỉnh Bình Thuận", until = 2025-06-30 }]
former_provinces = [{ province = "Bình Thuận", until = 2025-06-30, act = "202/2025/QH15" }]

[[legal_refs]]
id = "202/2025/QH15"
kind = "resolution"
number = "202/2025/QH15"
title = "về việc sắp xếp đơn vị hành chính cấp tỉnh"
"""


class TestFormerProvinces:
    def test_the_province_on_a_day(self) -> None:
        """A body that changed province belongs to the former one until the change."""
        party = _load(MOVED).party("sdt")
        assert "Bình Thuận" == party.province_on(dt.date(2025, 6, 30))
        assert "Lâm Đồng" == party.province_on(dt.date(2025, 7, 1))

    def test_a_document_of_before_prints_the_former_province(self) -> None:
        """A 2023 document's letterhead places the body in its 2023 province."""
        html = coordprog.render(_load(MOVED), "program", "html").replace("\xa0", " ")
        head = html.split("<h1")[0]
        assert "BÌNH THUẬN" in head
        assert "LÂM ĐỒNG" not in head

    def test_the_change_is_told(self) -> None:
        """The program report's notes tell the change of province, with its date and act."""
        out = coordprog.render(_load(MOVED), "program", "markdown")
        assert (
            "Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng: trước đây thuộc Bình Thuận (đến 30/06/2025)"
            in out
        )
        assert "## Cơ quan đổi tên, sáp nhập, chia tách, đổi tỉnh" in out

    def test_former_provinces_oldest_first(self) -> None:
        """Former provinces are listed oldest first."""
        with pytest.raises(coordprog.FieldError, match="oldest first"):
            coordprog.Party(
                id="a",
                name="Sở A",
                former_provinces=(
                    coordprog.FormerProvince("B", coordprog.PartialDate(2025)),
                    coordprog.FormerProvince("A", coordprog.PartialDate(2010)),
                ),
            )

    def test_an_unknown_act_is_refused(self) -> None:
        """The act that changed the province must be one the program cites."""
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(MOVED.replace('act = "202/2025/QH15"', 'act = "khong-co"'))
        assert ["parties[0].former_provinces[0].act"] == [p.path for p in caught.value.problems]

    def test_round_trips(self) -> None:
        """Former provinces are written and read back in both formats."""
        _round_trips(_load(MOVED))


#: A signing conference of Bình Thuận's program, as a news report tells it.
SIGNING = """\
program = "binh-thuan-dan-van-dan-toc-2022-2025"

[[meetings]]
id = "ky-ket"
kind = "signing"
date = "2022-01"
organisers = [{ party = "bdv" }]
chairs = [{ post = "Phó Trưởng Ban Dân vận Tỉnh ủy", party = "bdv" }]
witnesses = [{ post = "Phó Bí thư Thường trực Tỉnh ủy", name = "Nguyễn Văn A" }]
"""


class TestMeetingPeople:
    def test_organisers_and_witnesses_are_reported(self) -> None:
        """Who organised a meeting and who witnessed a signing are kept and printed."""
        program = coordprog.examples.load("binh-thuan")
        records = coordprog.loads_records(program, SIGNING, "toml")
        assert ("bdv",) == tuple(p.party for p in records.meetings[0].organisers)
        out = coordprog.render(
            program,
            "review",
            "markdown",
            records=records,
            options={"window": "2022", "as_of": "2022-12-31"},
        )
        assert "tổ chức: Ban Dân vận Tỉnh ủy" in out
        assert "chứng kiến: Phó Bí thư Thường trực Tỉnh ủy, Nguyễn Văn A" in out

    def test_an_unknown_organiser_is_refused(self) -> None:
        """An organiser's party id must be a body of the program."""
        program = coordprog.examples.load("binh-thuan")
        with pytest.raises(coordprog.ValidationError) as caught:
            coordprog.loads_records(
                program, SIGNING.replace('party = "bdv" }]', 'party = "x" }]', 1), "toml"
            )
        assert ["meetings[0].organisers[0].party"] == [p.path for p in caught.value.problems]

    def test_round_trips(self) -> None:
        """Organisers and witnesses are written and read back in both formats."""
        program = coordprog.examples.load("binh-thuan")
        records = coordprog.loads_records(program, SIGNING, "toml")
        for fmt in ("json", "toml"):
            assert records == coordprog.loads_records(program, coordprog.dumps(records, fmt), fmt)


class TestProposerIsNoCoordinatingBody:
    def test_a_proposer_is_not_listed_as_another_body(self) -> None:
        """A body named only as the proposer is printed as such, not as "Cơ quan phối hợp khác"."""
        out = coordprog.render(
            coordprog.examples.load("son-la-decision-2017"), "program", "markdown"
        )
        assert "**Cơ quan đề xuất:** Giám đốc Sở Nội vụ" in out
        assert "Cơ quan phối hợp khác" not in out

    def test_a_proposer_with_a_task_is_still_listed(self) -> None:
        """A third party that proposed the document and has a task keeps its place among bodies."""
        text = REGULATION.replace('post = "Giám đốc Sở Nội vụ"', 'party = "ubnd"') + (
            '[[task_groups]]\nid = "I"\ntitle = "Nhiệm vụ"\n[[task_groups.tasks]]\n'
            'id = "a"\ntext = "Hướng dẫn"\nleads = ["snv"]\nsupports = ["ubnd"]\n'
        )
        out = coordprog.render(_load(text), "program", "markdown")
        assert "**Cơ quan phối hợp khác:** Ủy ban nhân dân tỉnh" in out


class TestPeopleNameTheirBodyOnce:
    @pytest.mark.parametrize(
        ("post", "printed"),
        [
            ("Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"),
            ("Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "Chủ tịch Ủy ban nhân dân tỉnh Sơn La"),
            ("Chủ tịch Uỷ ban nhân dân tỉnh", "Chủ tịch Uỷ ban nhân dân tỉnh"),
            ("Giám đốc", "Giám đốc, Ủy ban nhân dân tỉnh Sơn La"),
            ("Chủ tịch UBND huyện", "Chủ tịch UBND huyện, Ủy ban nhân dân tỉnh Sơn La"),
        ],
    )
    def test_a_post_that_names_the_body_differently(self, post: str, printed: str) -> None:
        """A post naming its body abbreviated or without its place does not repeat the body."""
        text = REGULATION.replace(
            'name = "Ủy ban nhân dân tỉnh"', 'name = "Ủy ban nhân dân tỉnh Sơn La"'
        ).replace('post = "Giám đốc Sở Nội vụ"', f'post = "{post}"\nparty = "ubnd"')
        out = coordprog.render(_load(text), "program", "markdown")
        assert f"**Cơ quan đề xuất:** {printed}\n" in out
