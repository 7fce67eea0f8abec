"""Drafts, decisions that promulgate, and the kinds documents print: the file format holds them."""

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import coordprog
from coordprog.cli import main

DECISION: dict[str, Any] = {
    "id": "quy-che-giam-dinh",
    "kind": "regulation",
    "title": "Quy chế phối hợp trong công tác quản lý nhà nước về giám định tư pháp",
    "parties": [
        {
            "id": "ubnd",
            "name": "Ủy ban nhân dân tỉnh Vĩnh Long",
            "level": "province",
            "province": "Vĩnh Long",
        }
    ],
    "legal_refs": [
        {
            "id": "luat-gdtp",
            "kind": "law",
            "title": "Luật Giám định tư pháp",
            "date": "2012-06-20",
        },
        {
            "id": "231/TTr-STP",
            "kind": "submission",
            "number": "231/TTr-STP",
            "issuer": "Giám đốc Sở Tư pháp",
        },
    ],
    "promulgation": {
        "number": "06/2019/QĐ-UBND",
        "date": "2019-05-23",
        "place": "Vĩnh Long",
        "issuer": "ubnd",
        "title": "Ban hành Quy chế phối hợp trong công tác quản lý nhà nước về giám định tư pháp",
        "basis": ["luat-gdtp"],
        "articles": [
            {"number": "1", "text": "Ban hành kèm theo Quyết định này Quy chế phối hợp."},
            {"number": "2", "text": "Giao Giám đốc Sở Tư pháp tổ chức triển khai."},
        ],
        "signatories": [
            {
                "party": "ubnd",
                "authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
                "title": "PHÓ CHỦ TỊCH",
                "name": "Lê Quang Trung",
            }
        ],
        "recipients": ["Như Điều 3;", "Lưu: VT, NC."],
        "effective": "kể từ ngày 31 tháng 5 năm 2019",
    },
    "text_available": False,
}


def _draft(**changes: Any) -> dict[str, Any]:
    """A draft: a regulation whose issuer the importer could not read."""
    data: dict[str, Any] = {
        "id": "draft",
        "kind": "rules",
        "title": "Quy định phối hợp liên ngành",
        "to_complete": [
            {
                "path": "parties",
                "reason": "Chưa đọc được cơ quan ban hành: bổ sung các bên.",
                "text": "SỞ TƯ PHÁP",
            }
        ],
    }
    data.update(changes)
    return data


class TestPromulgation:
    def test_decision_and_instrument_are_both_held(self) -> None:
        """The regulation is the program; its decision keeps its own number, date and articles."""
        program = coordprog.from_data(DECISION)
        decision = program.promulgation
        assert decision is not None
        assert (None, "06/2019/QĐ-UBND") == (program.number, decision.number)
        assert dt.date(2019, 5, 23) == decision.date
        assert ["1", "2"] == [article.number for article in decision.articles]
        assert coordprog.LegalKind.DECISION == decision.kind
        assert "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH" == decision.signatories[0].authority

    def test_a_regulation_issued_with_a_decision_speaks_for_its_date(self) -> None:
        """Without a signing date of its own, the instrument speaks for its decision's date."""
        assert dt.date(2019, 5, 23) == coordprog.from_data(DECISION).document_date

    @pytest.mark.parametrize("format", ["json", "toml"])
    def test_round_trip(self, format: str) -> None:
        """A decision with its regulation is written and read back unchanged."""
        program = coordprog.from_data(DECISION)
        assert program == coordprog.loads(coordprog.dumps(program, format), format)

    def test_unknown_issuer_and_basis_named_by_path(self) -> None:
        """A decision's issuer and basis must be the file's own party and act ids."""
        data = json.loads(json.dumps(DECISION))
        data["promulgation"]["issuer"] = "hdnd"
        data["promulgation"]["basis"] = ["luat-x"]
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.from_data(data)
        assert ["promulgation.basis[0]", "promulgation.issuer"] == sorted(
            problem.path for problem in info.value.problems
        )

    def test_the_program_report_shows_the_decision(self) -> None:
        """The program report prints the decision: number, date, issuer, articles, signature."""
        text = coordprog.render(coordprog.from_data(DECISION), "program", "markdown")
        assert "Ban hành kèm theo" in text
        assert "Quyết định số 06/2019/QĐ-UBND" in text
        assert "Ủy ban nhân dân tỉnh Vĩnh Long" in text
        assert "Giao Giám đốc Sở Tư pháp tổ chức triển khai." in text
        assert "Lê Quang Trung" in text
        assert "Căn cứ Luật Giám định tư pháp" in text

    def test_schema_lists_the_promulgation(self) -> None:
        """The JSON Schema describes the decision's fields."""
        schema = coordprog.json_schema()
        assert {"number", "issuer", "articles", "instruments"} <= set(
            schema["$defs"]["Promulgation"]["properties"]
        )


class TestDraftItem:
    def test_a_draft_may_lack_parties_while_it_says_so(self) -> None:
        """A file listing what to complete loads without parties, title or number."""
        program = coordprog.from_data(_draft(title=None))
        assert ((), None, True) == (program.parties, program.title, program.is_draft)
        assert "Quy định (bản dự thảo)" == program.heading

    def test_a_finished_file_still_needs_a_party(self) -> None:
        """Without items to complete, a program without parties is refused at 'parties'."""
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.from_data(_draft(to_complete=[]))
        assert ["parties"] == [problem.path for problem in info.value.problems]

    @pytest.mark.parametrize("format", ["json", "toml"])
    def test_items_survive_saving(self, tmp_path: Path, format: str) -> None:
        """The items are fields, not comments: saving and loading keeps them."""
        program = coordprog.from_data(_draft())
        path = tmp_path / f"draft.{format}"
        coordprog.save(program, path)
        assert program.to_complete == coordprog.load(path).to_complete
        assert "SỞ TƯ PHÁP" == coordprog.load(path).to_complete[0].text

    def test_validate_refuses_a_draft_listing_each_item(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`coordprog validate` exits 1 on a draft and lists each item, its field and its text."""
        path = tmp_path / "draft.toml"
        coordprog.save(coordprog.from_data(_draft()), path)
        assert 1 == main(["validate", str(path)])
        err = capsys.readouterr().err
        assert f"{path}: a draft: 1 items to complete before it is valid" in err
        assert (
            f"{path}: to_complete[0]: parties: Chưa đọc được cơ quan ban hành: bổ sung các bên. "
            '(read from: "SỞ TƯ PHÁP")'
        ) in err

    def test_a_completed_draft_validates(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Once the parties are added and the item removed, the file is valid."""
        path = tmp_path / "done.toml"
        done = _draft(to_complete=[], parties=[{"id": "stp", "name": "Sở Tư pháp"}])
        coordprog.save(coordprog.from_data(done), path)
        assert 0 == main(["validate", str(path)])
        assert "valid" in capsys.readouterr().out

    def test_records_drafts_are_refused_too(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], example_path: Path
    ) -> None:
        """Records drafted from a review report are refused while they list items."""
        program = coordprog.load(example_path)
        records = coordprog.Records(
            program=program.id,
            to_complete=(coordprog.DraftItem("outcomes", "Bổ sung kết quả sơ kết."),),
        )
        path = tmp_path / "records.toml"
        coordprog.save(records, path)
        assert 1 == main(["validate", str(example_path), "--records", str(path)])
        assert "to_complete[0]: outcomes: Bổ sung kết quả sơ kết." in capsys.readouterr().err

    def test_the_program_report_lists_the_items(self) -> None:
        """The program report prints what is left to complete, with the text it came from."""
        program = coordprog.from_data(
            _draft(parties=[{"id": "stp", "name": "Sở Tư pháp"}], kind="plan")
        )
        text = coordprog.render(program, "program", "markdown")
        assert "CẦN HOÀN THIỆN" in text
        assert "parties: Chưa đọc được cơ quan ban hành: bổ sung các bên." in text
        assert "SỞ TƯ PHÁP" in text

    def test_empty_reason_refused(self) -> None:
        """An item must say what to do."""
        with pytest.raises(coordprog.FieldError):
            coordprog.DraftItem("title", " ")


class TestKinds:
    @pytest.mark.parametrize(
        ("kind", "printed"),
        [
            ("rules", "Quy định"),
            ("plan", "Kế hoạch"),
            ("decision", "Quyết định"),
            ("resolution", "Nghị quyết"),
            ("official-letter", "Công văn"),
            ("guidance", "Hướng dẫn"),
            ("notice", "Thông báo"),
            ("directive", "Chỉ thị"),
            ("procedure", "Quy trình"),
        ],
    )
    def test_document_kinds_as_printed(self, kind: str, printed: str) -> None:
        """Each kind of document names its type as printed above the title, and renders."""
        program = coordprog.from_data(
            _draft(kind=kind, to_complete=[], parties=[{"id": "stp", "name": "Sở Tư pháp"}])
        )
        assert printed == program.kind.vi
        assert printed.upper() in coordprog.render(program, "program", "html")

    @pytest.mark.parametrize(
        ("kind", "printed"),
        [
            ("constitution", "Hiến pháp"),
            ("code", "Bộ luật"),
            ("ordinance", "Pháp lệnh"),
            ("joint-circular", "Thông tư liên tịch"),
            ("rules", "Quy định"),
            ("charter", "Điều lệ"),
            ("guidance", "Hướng dẫn"),
            ("notice", "Thông báo"),
            ("submission", "Tờ trình"),
            ("report", "Báo cáo"),
        ],
    )
    def test_legal_kinds_as_cited(self, kind: str, printed: str) -> None:
        """Each kind of act names itself as a text cites it."""
        assert printed == coordprog.LegalKind(kind).vi


class TestRelations:
    def test_acts_carried_out_objectives_and_revisions(self) -> None:
        """Acts carried out, objectives, a full revision and a successor are held and shown."""
        data = json.loads(json.dumps(DECISION))
        data["legal_refs"] += [
            {"id": "13-CT/TW", "kind": "directive", "number": "13-CT/TW"},
            {"id": "nq-dh", "kind": "resolution", "title": "Nghị quyết Đại hội XIII"},
            {"id": "qd-moi", "kind": "decision", "number": "12/2024/QĐ-UBND"},
        ]
        data.update(
            implements=["13-CT/TW"], objectives=["nq-dh"], revision=True, replaced_by="qd-moi"
        )
        program = coordprog.from_data(data)
        text = coordprog.render(program, "program", "markdown")
        assert ("13-CT/TW",) == program.implements
        assert "Chỉ thị số 13-CT/TW" in text
        assert "Nghị quyết Đại hội XIII" in text
        assert "thay thế toàn văn bản trước" in text
        assert "Quyết định số 12/2024/QĐ-UBND" in text

    def test_unknown_act_ids_named(self) -> None:
        """Acts carried out and successors must be the file's own legal references."""
        data = {**DECISION, "implements": ["x"], "replaced_by": "y"}
        with pytest.raises(coordprog.ValidationError) as info:
            coordprog.from_data(data)
        assert ["implements[0]", "replaced_by"] == sorted(
            problem.path for problem in info.value.problems
        )


class TestSignatory:
    def test_authority_line_alone(self) -> None:
        """A copy that shows only "KT. THỦ TƯỚNG" gives a signatory without title or name."""
        signatory = coordprog.Signatory(party="ttg", authority="KT. THỦ TƯỚNG")
        assert (None, None) == (signatory.title, signatory.name)

    def test_nothing_at_all_refused(self) -> None:
        """A signatory with neither title, name nor authority line is refused."""
        with pytest.raises(coordprog.FieldError):
            coordprog.Signatory(party="ttg")
