"""People and bodies beyond the signing parties, as far as documents name them."""

from __future__ import annotations

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
        assert [] == coordprog.validate(program)
        assert "ubnd" == program.signatories[0].party
        _round_trips(program)

    def test_signs_for_a_body_the_program_does_not_list(self) -> None:
        """A signature for a body that is no party names the body as printed."""
        text = REGULATION.replace('party = "ubnd"', 'body = "Ủy ban nhân dân tỉnh Lâm Đồng"')
        program = _load(text)
        assert [] == coordprog.validate(program)
        # Names are bound with no-break spaces, so that no line breaks inside one.
        out = coordprog.render(program, "program", "text").replace("\xa0", " ")
        assert "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" in out
        assert "Nguyễn Văn A" in out
        _round_trips(program)

    def test_known_by_name_only(self) -> None:
        """A report of the signing may give the name and not the post."""
        program = _load(REGULATION.replace('title = "CHỦ TỊCH"\n', ""))
        assert [] == coordprog.validate(program)
        assert program.signatories[0].title is None
        assert "Nguyễn Văn A" in coordprog.render(program, "program", "markdown")

    def test_known_by_post_only(self) -> None:
        """The published text may show the post and not the name."""
        program = _load(REGULATION.replace('name = "Nguyễn Văn A"\n', ""))
        assert [] == coordprog.validate(program)
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
        assert [] == coordprog.validate(program)
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
        assert [] == coordprog.validate(program)
        assert program.promulgation is not None
        assert "Ủy ban nhân dân tỉnh" == program.promulgation.signatories[0].body
        assert "(Ủy ban nhân dân tỉnh)" in coordprog.render(program, "program", "markdown")
