"""One body across programs: which parties are one body, its id, and what a person must decide."""

from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _party(table: str, party_id: str, name: str, **fields: str) -> str:
    lines = [f"[[{table}]]", f'id = "{party_id}"', f'name = "{name}"']
    for key, value in fields.items():
        lines.append(f"{key} = {value}" if value.startswith(("[", "{")) else f'{key} = "{value}"')
    return "\n".join(lines) + "\n"


def _program(
    folder: Path,
    program_id: str,
    parties: list[str],
    *,
    signed: str = "2022-01-20",
    extra: str = "",
) -> None:
    head = (
        f'id = "{program_id}"\ntitle = "Chương trình {program_id}"\nsigned_on = {signed}\n'
        f"period = {{ start = {signed[:4]}-01-01, end = {int(signed[:4]) + 3}-12-31 }}\n{extra}"
    )
    (folder / f"{program_id}.toml").write_text(head + "".join(parties), encoding="utf-8")


def _ids(portfolio: coordprog.Portfolio) -> dict[tuple[str, str], str]:
    return {pair: body.id for body in portfolio.bodies for pair in body.parties}


class TestOneBody:
    def test_a_name_with_or_without_its_province_is_one_body(self) -> None:
        """Lâm Đồng's 'Hội Nông dân tỉnh Lâm Đồng' and 'Hội Nông dân tỉnh' are one body."""
        portfolio = coordprog.load_portfolio(EXAMPLES)
        body = portfolio.body_of("lam-dong-bdt-hnd-2021-2025", "hnd")
        assert body is portfolio.body_of("lam-dong-mttq-2025-2030-illustrative", "hnd")
        assert ("hnd-lam-dong", "Lâm Đồng") == (body.id, body.province)
        assert not any(b.id.endswith("-2") for b in portfolio.bodies)

    def test_a_renamed_body_is_one_body_under_its_latest_name(self) -> None:
        """Lâm Đồng's Ban Dân tộc of 2021 is its Sở Dân tộc và Tôn giáo of 2025 (a former name)."""
        portfolio = coordprog.load_portfolio(EXAMPLES)
        body = portfolio.body_of("lam-dong-bdt-hnd-2021-2025", "bdt")
        assert body is portfolio.body_of("lam-dong-mttq-2025-2030-illustrative", "sdttg")
        assert "Sở Dân tộc và Tôn giáo" == body.name

    def test_a_name_under_its_parent_body_is_the_name_that_includes_it(
        self, tmp_path: Path
    ) -> None:
        """'Ban Dân vận' printed under 'Tỉnh ủy Bình Thuận' is the 'Ban Dân vận Tỉnh ủy' there."""
        _program(
            tmp_path,
            "a",
            [
                _party("parties", "bdv", "Ban Dân vận", parent_body="Tỉnh ủy Bình Thuận"),
                _party("parties", "bdt", "Ban Dân tộc tỉnh", province="Bình Thuận"),
            ],
        )
        _program(
            tmp_path,
            "b",
            [
                _party("parties", "dv", "Ban Dân vận Tỉnh ủy Bình Thuận", province="Bình Thuận"),
                _party("parties", "bdt", "Ban Dân tộc tỉnh", province="Bình Thuận"),
            ],
        )
        portfolio = coordprog.load_portfolio(tmp_path)
        assert portfolio.body_of("a", "bdv") is portfolio.body_of("b", "dv")

    def test_a_body_whose_province_changed_is_one_body(self, tmp_path: Path) -> None:
        """A body of Bình Thuận renamed into Lâm Đồng in 2025 is one body, now of Lâm Đồng."""
        _program(
            tmp_path,
            "cu",
            [
                _party(
                    "parties", "bdt", "Ban Dân tộc tỉnh", province="Bình Thuận", level="province"
                ),
                _party("parties", "bdv", "Ban Dân vận Tỉnh ủy", province="Bình Thuận"),
            ],
        )
        renamed = _party(
            "parties", "sdttg", "Sở Dân tộc và Tôn giáo", province="Lâm Đồng", level="province"
        )
        renamed += (
            '[[parties.former_names]]\nname = "Ban Dân tộc tỉnh Bình Thuận"\nuntil = 2025-06-30\n'
        )
        _program(
            tmp_path,
            "moi",
            [renamed, _party("parties", "mttq", "Ủy ban MTTQ Việt Nam tỉnh", province="Lâm Đồng")],
            signed="2025-10-01",
        )
        portfolio = coordprog.load_portfolio(tmp_path)
        body = portfolio.body_of("cu", "bdt")
        assert body is portfolio.body_of("moi", "sdttg")
        assert ("sdttg-lam-dong", "Lâm Đồng") == (body.id, body.province)

    def test_a_body_that_states_its_former_province_is_one_body(self, tmp_path: Path) -> None:
        """A department of Bình Thuận that says it was there until 30/06/2025 is one body."""
        _program(
            tmp_path,
            "cu",
            [
                _party("parties", "snv", "Sở Nội vụ", province="Bình Thuận", level="province"),
                _party("parties", "mttq", "Ủy ban MTTQ Việt Nam tỉnh", province="Bình Thuận"),
            ],
        )
        moved = _party("parties", "snv", "Sở Nội vụ", province="Lâm Đồng", level="province")
        moved += '[[parties.former_provinces]]\nprovince = "Bình Thuận"\nuntil = 2025-06-30\n'
        _program(
            tmp_path,
            "moi",
            [moved, _party("parties", "mttq", "Ủy ban MTTQ Việt Nam tỉnh", province="Lâm Đồng")],
            signed="2025-10-01",
        )
        portfolio = coordprog.load_portfolio(tmp_path)
        body = portfolio.body_of("cu", "snv")
        assert body is portfolio.body_of("moi", "snv")
        assert ("snv-lam-dong", "Lâm Đồng") == (body.id, body.province)
        # The Front of each province stays two bodies: nothing says one moved.
        assert portfolio.body_of("cu", "mttq") is not portfolio.body_of("moi", "mttq")

    def test_bodies_toml_makes_one_body_whatever_the_names(self, tmp_path: Path) -> None:
        """An explicit body in bodies.toml joins parties no rule would join, with its own id."""
        _program(tmp_path, "a", [_party("parties", "x", "Ban Dân vận", province="Gia Lai")])
        _program(tmp_path, "b", [_party("parties", "y", "Ban Tuyên giáo", province="Kon Tum")])
        (tmp_path / "bodies.toml").write_text(
            '[[bodies]]\nid = "khoi"\nname = "Khối"\nparties = ["a/x", "b/y"]\n', encoding="utf-8"
        )
        portfolio = coordprog.load_portfolio(tmp_path)
        body = portfolio.body("khoi")
        assert (("a", "x"), ("b", "y")) == body.parties
        assert body.explicit


class TestTwoBodies:
    def test_a_councils_board_is_not_the_provinces_board(self, tmp_path: Path) -> None:
        """The People's Council's Ban Dân tộc and the provincial Ban Dân tộc stay two bodies."""
        _program(
            tmp_path,
            "hdnd",
            [
                _party(
                    "parties",
                    "bdt",
                    "Ban Dân tộc",
                    parent_body="Hội đồng nhân dân tỉnh",
                    province="Gia Lai",
                ),
                _party("parties", "ubnd", "Ủy ban nhân dân tỉnh", province="Gia Lai"),
            ],
        )
        _program(
            tmp_path,
            "ubnd",
            [
                _party(
                    "parties", "bdt", "Ban Dân tộc tỉnh", province="Gia Lai", kind="state-agency"
                ),
                _party("parties", "ubnd", "Ủy ban nhân dân tỉnh", province="Gia Lai"),
            ],
        )
        portfolio = coordprog.load_portfolio(tmp_path)
        ids = _ids(portfolio)
        assert ids[("hdnd", "bdt")] != ids[("ubnd", "bdt")]
        assert ids[("hdnd", "ubnd")] == ids[("ubnd", "ubnd")] == "ubnd-gia-lai"
        # Both wanted "bdt-gia-lai": each takes its name instead, never a number.
        assert {
            "ban-dan-toc-hoi-dong-nhan-dan-tinh-gia-lai",
            "ban-dan-toc-tinh-gia-lai",
        } == {ids[("hdnd", "bdt")], ids[("ubnd", "bdt")]}

    def test_one_name_in_two_provinces_is_two_bodies(self, tmp_path: Path) -> None:
        """The same board in two provinces is two bodies, each id with its province."""
        for province in ("Gia Lai", "Kon Tum"):
            _program(
                tmp_path,
                f"p-{province[0]}",
                [_party("parties", "bdv", "Ban Dân vận Tỉnh ủy", province=province)],
            )
        assert {"bdv-gia-lai", "bdv-kon-tum"} == set(
            _ids(coordprog.load_portfolio(tmp_path)).values()
        )

    def test_different_stated_kinds_are_two_bodies(self, tmp_path: Path) -> None:
        """Same name, same province, kinds that differ: two bodies, told apart in their ids."""
        _program(
            tmp_path,
            "a",
            [_party("parties", "b", "Ban Dân tộc", province="Gia Lai", kind="council-board")],
        )
        _program(
            tmp_path,
            "c",
            [_party("parties", "b", "Ban Dân tộc", province="Gia Lai", kind="state-agency")],
        )
        ids = _ids(coordprog.load_portfolio(tmp_path))
        assert {
            "ban-dan-toc-council-board-gia-lai",
            "ban-dan-toc-state-agency-gia-lai",
        } == {ids[("a", "b")], ids[("c", "b")]}


class TestIds:
    def test_ids_do_not_depend_on_the_order_of_the_files(self, tmp_path: Path) -> None:
        """The same programs under other file names give every body the same id."""
        parties = {
            "x": _party(
                "parties", "bdt", "Ban Dân tộc", parent_body="HĐND tỉnh", province="Gia Lai"
            ),
            "y": _party("parties", "bdt", "Ban Dân tộc tỉnh", province="Gia Lai"),
        }
        found = []
        for order in (("1", "2"), ("2", "1")):
            folder = tmp_path / "".join(order)
            folder.mkdir()
            for file_name, key in zip(order, ("x", "y"), strict=True):
                (folder / f"{file_name}.toml").write_text(
                    f'id = "{key}"\ntitle = "Chương trình"\nperiod = {{ start = 2022-01-01 }}\n'
                    + parties[key],
                    encoding="utf-8",
                )
            found.append(_ids(coordprog.load_portfolio(folder)))
        assert found[0] == found[1]

    def test_a_shared_id_without_a_province_takes_the_bodys_name(self, tmp_path: Path) -> None:
        """Two councils both called 'hdnd', no province stated: ids from their names, readable."""
        _program(tmp_path, "a", [_party("parties", "hdnd", "Hội đồng nhân dân tỉnh Gia Lai")])
        _program(tmp_path, "b", [_party("parties", "hdnd", "Hội đồng nhân dân tỉnh Kon Tum")])
        assert {
            "hoi-dong-nhan-dan-tinh-gia-lai",
            "hoi-dong-nhan-dan-tinh-kon-tum",
        } == set(_ids(coordprog.load_portfolio(tmp_path)).values())


class TestAdvisories:
    def test_a_near_match_is_reported_with_both_files(self, tmp_path: Path) -> None:
        """'Ban Dân tộc' and 'Ban Dân tộc tỉnh' of one province stay apart, reported to a person."""
        _program(tmp_path, "a", [_party("parties", "b", "Ban Dân tộc", province="Gia Lai")])
        _program(tmp_path, "c", [_party("parties", "b", "Ban Dân tộc tỉnh", province="Gia Lai")])
        portfolio = coordprog.load_portfolio(tmp_path)
        assert 2 == len(portfolio.bodies)
        (advice,) = portfolio.advisories
        assert f"{tmp_path / 'a.toml'}: parties[0]" == advice.path
        assert f"may be the same body as {tmp_path / 'c.toml'}: parties[0]" in advice.message
        assert "name both in bodies.toml to make them one" in advice.message

    def test_a_party_that_could_be_two_bodies_is_kept_apart_and_reported(
        self, tmp_path: Path
    ) -> None:
        """A 'Ban Dân tộc' of no stated kind beside two of different kinds joins neither."""
        _program(
            tmp_path,
            "a",
            [_party("parties", "b", "Ban Dân tộc", province="Gia Lai", kind="council-board")],
        )
        _program(
            tmp_path,
            "c",
            [_party("parties", "b", "Ban Dân tộc", province="Gia Lai", kind="state-agency")],
        )
        _program(tmp_path, "e", [_party("parties", "b", "Ban Dân tộc", province="Gia Lai")])
        portfolio = coordprog.load_portfolio(tmp_path)
        assert 3 == len(portfolio.bodies)
        unsure = [a for a in portfolio.advisories if a.path == f"{tmp_path / 'e.toml'}: parties[0]"]
        assert unsure
        assert "could be one of several bodies of that name" in unsure[0].message

    def test_the_examples_need_no_decision(self) -> None:
        """Every body of the examples is recognised by a rule: nothing is left to decide."""
        assert () == coordprog.load_portfolio(EXAMPLES).advisories

    def test_the_command_line_warns(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """'coordprog portfolio' prints each advisory as a warning and still succeeds."""
        _program(tmp_path, "a", [_party("parties", "b", "Ban Dân tộc", province="Gia Lai")])
        _program(tmp_path, "c", [_party("parties", "b", "Ban Dân tộc tỉnh", province="Gia Lai")])
        assert 0 == main(["portfolio", str(tmp_path)])
        assert f"coordprog: warning: {tmp_path / 'a.toml'}: parties[0]:" in capsys.readouterr().err
