"""One act under its spellings across a portfolio, and the parent found by number and issuer."""

from pathlib import Path

import pytest

import coordprog

ROOT = Path(__file__).resolve().parent.parent


def _program(
    folder: Path,
    program_id: str,
    *,
    province: str,
    number: str | None = None,
    signed: str = "2022-01-20",
    level: str = "province",
    refs: str = "",
    parent: str | None = None,
) -> None:
    text = f'id = "{program_id}"\ntitle = "Chương trình {program_id}"\nsigned_on = {signed}\n'
    if number:
        text += f'number = "{number}"\n'
    if parent:
        text += f'parent = "{parent}"\n'
    text += f"period = {{ start = {signed[:4]}-01-01, end = {int(signed[:4]) + 3}-12-31 }}\n"
    text += (
        f'[[parties]]\nid = "bdv"\nname = "Ban Dân vận"\nlevel = "{level}"\n'
        f'province = "{province}"\n'
        f'[[parties]]\nid = "bdt"\nname = "Ban Dân tộc"\nlevel = "{level}"\n'
        f'province = "{province}"\n'
    )
    (folder / f"{program_id}.toml").write_text(text + refs, encoding="utf-8")


def _ref(ref_id: str, number: str, **fields: str) -> str:
    text = f'[[legal_refs]]\nid = "{ref_id}"\nkind = "program"\nnumber = "{number}"\n'
    return text + "".join(
        f"{key} = {value}\n" if key == "date" else f'{key} = "{value}"\n'
        for key, value in fields.items()
    )


class TestActKey:
    @pytest.mark.parametrize(
        "spelling",
        [
            "01-CTrPH/BDVTW-BCSĐUBDT",
            "01-CTrPH/BDVTW-BCSDUBDT",
            "1-ctrph/bdvtw-bcsđubdt",
            "01 - CTrPH / BDVTW\u2013BCSĐUBDT",
        ],
    )
    def test_spellings_of_one_number_have_one_key(self, spelling: str) -> None:
        """Blanks, case, đ/Đ, dashes and leading zeros do not make another number."""
        assert coordprog.act_key("01-CTrPH/BDVTW-BCSĐUBDT") == coordprog.act_key(spelling)

    def test_an_ampersand_is_left_out(self) -> None:
        """'BTN&MT' and 'BTNMT' are one issuer code."""
        assert coordprog.act_key("12/QĐ-BTNMT") == coordprog.act_key("12/QĐ-BTN&MT")

    def test_other_numbers_stay_other(self) -> None:
        """A different number or symbol is a different key."""
        assert coordprog.act_key("12/QĐ-BTNMT") != coordprog.act_key("12/QĐ-BTC")
        assert coordprog.act_key("12/QĐ-BTNMT") != coordprog.act_key("120/QĐ-BTNMT")


class TestActs:
    def test_one_act_cited_three_ways_is_one_act_and_a_warning(self, tmp_path: Path) -> None:
        """Three spellings in three files are one act; where they meet is reported, naming each."""
        for index, spelling in enumerate(("12/QĐ-BTNMT", "12/QĐ-BTN&MT", "12/qđ-btnmt")):
            _program(tmp_path, f"p{index}", province="Gia Lai", refs=_ref("qd", spelling))
        portfolio = coordprog.load_portfolio(tmp_path)
        act = portfolio.act("12/QĐ-BTNMT")
        assert ("12/QĐ-BTN&MT", "12/QĐ-BTNMT", "12/qđ-btnmt") == act.spellings
        assert act is portfolio.act("12/qđ-btn&mt")
        (advice,) = portfolio.advisories
        assert f"{tmp_path / 'p0.toml'}: legal_refs[0].number" == advice.path
        assert f"'12/QĐ-BTN&MT' in {tmp_path / 'p1.toml'}: legal_refs[0].number" in advice.message
        assert f"'12/qđ-btnmt' in {tmp_path / 'p2.toml'}: legal_refs[0].number" in advice.message

    def test_two_spellings_in_one_file_warn_unless_declared_the_same(self, tmp_path: Path) -> None:
        """'BTN&MT' and 'BTNMT' in one source warn; 'same_as' between them says it is known."""
        refs = _ref("a", "12/QĐ-BTNMT") + _ref("b", "12/QĐ-BTN&MT")
        _program(tmp_path, "p", province="Gia Lai", refs=refs)
        assert 1 == len(coordprog.load_portfolio(tmp_path).advisories)
        _program(tmp_path, "p", province="Gia Lai", refs=refs + 'same_as = "a"\n')
        assert () == coordprog.load_portfolio(tmp_path).advisories

    def test_an_act_the_portfolio_holds_takes_its_programs_spelling(self, tmp_path: Path) -> None:
        """The act of a program in the portfolio is written as that program writes its number."""
        _program(tmp_path, "tw", province="Gia Lai", number="01-CTr/TW", level="central")
        _program(tmp_path, "a", province="Kon Tum", refs=_ref("p", "1-ctr/tw"), parent="p")
        portfolio = coordprog.load_portfolio(tmp_path)
        act = portfolio.act("01-CTr/TW")
        assert ("01-CTr/TW", "tw") == (act.number, act.program)
        assert portfolio.parent_of(portfolio.program("a")) is portfolio.program("tw")

    def test_an_unknown_number_is_not_found(self, tmp_path: Path) -> None:
        """Asking for a number no document names raises NotFoundError, a KeyError."""
        _program(tmp_path, "p", province="Gia Lai")
        with pytest.raises(KeyError):
            coordprog.load_portfolio(tmp_path).act("99/QĐ-X")


class TestParent:
    def _two_regulations(self, tmp_path: Path) -> None:
        """Two provinces' regulations numbered '105/QC-PH', without an issuer code."""
        _program(tmp_path, "gia-lai", province="Gia Lai", number="105/QC-PH", signed="2021-03-01")
        _program(tmp_path, "kon-tum", province="Kon Tum", number="105/QC-PH", signed="2021-05-10")

    def test_a_shared_number_alone_links_no_parent(self, tmp_path: Path) -> None:
        """A child citing only '105/QC-PH' gets no parent and an advisory naming both programs."""
        self._two_regulations(tmp_path)
        _program(tmp_path, "huyen", province="Kon Tum", refs=_ref("p", "105/QC-PH"), parent="p")
        portfolio = coordprog.load_portfolio(tmp_path)
        assert portfolio.parent_of(portfolio.program("huyen")) is None
        (advice,) = [a for a in portfolio.advisories if a.path.endswith("huyen.toml: parent")]
        assert "found 2 that its date and issuer do not tell apart" in advice.message
        assert "gia-lai" in advice.message
        assert "kon-tum" in advice.message

    def test_the_issuer_chooses_among_programs_of_one_number(self, tmp_path: Path) -> None:
        """'105/QC-PH' of 'Ban Dân vận Tỉnh ủy Kon Tum' is Kon Tum's regulation."""
        self._two_regulations(tmp_path)
        ref = _ref("p", "105/QC-PH", issuer="Ban Dân vận và Ban Dân tộc tỉnh Kon Tum")
        _program(tmp_path, "huyen", province="Kon Tum", refs=ref, parent="p")
        portfolio = coordprog.load_portfolio(tmp_path)
        assert portfolio.parent_of(portfolio.program("huyen")) is portfolio.program("kon-tum")
        assert portfolio.children(portfolio.program("gia-lai")) == ()

    def test_the_date_chooses_among_programs_of_one_number(self, tmp_path: Path) -> None:
        """'105/QC-PH' of 01/03/2021 is the regulation signed that day."""
        self._two_regulations(tmp_path)
        _program(
            tmp_path,
            "huyen",
            province="Kon Tum",
            refs=_ref("p", "105/QC-PH", date="2021-03-01"),
            parent="p",
        )
        portfolio = coordprog.load_portfolio(tmp_path)
        assert portfolio.parent_of(portfolio.program("huyen")) is portfolio.program("gia-lai")

    def test_a_letters_number_leads_to_its_program(self, tmp_path: Path) -> None:
        """A province citing the letter that asked for its program carries out its sender."""
        _program(tmp_path, "tw", province="Gia Lai", number="01-CTr/TW", level="central")
        (tmp_path / "tw-records.toml").write_text(
            'program = "tw"\n[[instructions]]\nid = "cv"\nkind = "official-letter"\n'
            'number = "123-CV/BDVTW"\ndate = 2022-03-01\n'
            '[[instructions.expects]]\nlevel = "province"\ncount = 52\n',
            encoding="utf-8",
        )
        ref = _ref("cv", "123-CV/BDVTW").replace('"program"', '"official-letter"')
        _program(tmp_path, "gia-lai", province="Gia Lai", refs=ref, parent="cv")
        portfolio = coordprog.load_portfolio(tmp_path)
        child = portfolio.program("gia-lai")
        assert portfolio.parent_of(child) is portfolio.program("tw")
        answered = portfolio.answered(child)
        assert answered is not None
        assert "123-CV/BDVTW" == answered.number
        assert ("tw", "cv") == portfolio.act("123-CV/BDVTW").instruction

    def test_the_examples_parents(self) -> None:
        """The examples' cascades are found as before: Bình Thuận's parent and the 2018 plan's."""
        portfolio = coordprog.load_portfolio(ROOT / "examples")
        binh_thuan = portfolio.program("binh-thuan-dan-van-dan-toc-2022-2025")
        parent = portfolio.parent_of(binh_thuan)
        assert parent is not None
        assert "bdvtw-bcsd-ubdt-2021-2025" == parent.id
        assert (binh_thuan,) == portfolio.children(parent)
