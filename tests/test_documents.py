"""Every kind of coordination document holds what the real documents say, nothing invented."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import coordprog
from coordprog import ValidationError

D = dt.date

BASE: dict[str, Any] = {
    "id": "qc",
    "title": "Quy chế phối hợp công tác",
    "period": {"start": "2017-10-27"},
    "parties": [
        {"id": "ubnd", "name": "Ủy ban nhân dân tỉnh", "term": "nhiệm kỳ 2016 - 2021"},
        {
            "id": "mttq",
            "name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "issuing_organ": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
            "term": "khóa XIII, nhiệm kỳ 2014 - 2019",
        },
    ],
}


def _load(**changes: Any) -> coordprog.Program:
    return coordprog.loads(json.dumps({**BASE, **changes}))


def _problems(**changes: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        _load(**changes)
    return [(p.path, p.message) for p in info.value.problems]


class TestKinds:
    @pytest.mark.parametrize(
        ("kind", "printed"),
        [
            ("regulation", "QUY CHẾ"),
            ("joint-resolution", "NGHỊ QUYẾT LIÊN TỊCH"),
            ("joint-plan", "KẾ HOẠCH"),
            ("agreement", "THỎA THUẬN"),
            ("joint-circular", "THÔNG TƯ LIÊN TỊCH"),
            ("circular", "THÔNG TƯ"),
        ],
    )
    def test_document_kinds(self, kind: str, printed: str) -> None:
        """Every kind of coordination document loads and prints its type above the title."""
        program = _load(kind=kind)
        assert printed in coordprog.render(program, "program", "text").splitlines()[0]

    def test_a_type_no_kind_names_is_kept_as_printed_and_printed(self) -> None:
        """A code of conduct is of the kind ``other``; its type line names and heads it."""
        program = _load(
            kind="other",
            type_line="Quy tắc ứng xử",
            title="Của cán bộ, công chức trong công tác phối hợp",
        )
        assert program.type_line == "Quy tắc ứng xử"
        assert program.heading == "Quy tắc ứng xử của cán bộ, công chức trong công tác phối hợp"
        assert "QUY TẮC ỨNG XỬ" in coordprog.render(program, "program", "text").splitlines()[0]
        assert coordprog.loads(coordprog.dumps(program)) == program
        assert coordprog.loads(coordprog.dumps(program, "toml"), "toml") == program

    def test_a_type_line_in_capitals_names_the_document_in_small_letters(self) -> None:
        """A type line written as printed ("ĐIỀU LỆ") names the document as a text cites it."""
        program = _load(kind="other", type_line="ĐIỀU LỆ", title="Điều lệ Hội Cựu giáo chức")
        assert program.type_name == "Điều lệ"
        assert program.heading == "Điều lệ Hội Cựu giáo chức"
        numbered = _load(kind="other", type_line="ĐIỀU LỆ", number="27/ĐL", title=None)
        assert numbered.heading == "Điều lệ số 27/ĐL"

    def test_a_type_line_goes_with_the_kind_other_only(self) -> None:
        """A kind names its own type: a type line beside it is a mistake, named by its field."""
        [(path, message)] = _problems(kind="program", type_line="Điều lệ")
        assert path == "type_line"
        assert "'other'" in message

    def test_a_type_the_file_does_not_write_is_a_document_in_english(self) -> None:
        """An English report names a document of kind ``other`` without type line a document."""
        program = _load(kind="other")
        text = coordprog.render(program, "program", "text", options={"lang": "en"})
        assert text.splitlines()[0] == "DOCUMENT"
        assert coordprog.render(program, "program", "text").splitlines()[0] == "VĂN BẢN"

    def test_an_empty_type_line_is_refused(self) -> None:
        """A type line is a text: an empty one is a mistake, named by its field."""
        [(path, message)] = _problems(kind="other", type_line="  ")
        assert path == "type_line"
        assert "empty" in message or "text" in message

    @pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u00a0\u200b ", "\ufeff\u2060"])
    def test_a_type_line_that_prints_nothing_is_refused(self, invisible: str) -> None:
        """Zero-width spaces, soft hyphens, no-break spaces print no type: refused by field."""
        assert [("type_line", f"expected text, found {invisible!r}")] == _problems(
            kind="other", type_line=invisible
        )

    def test_the_schema_refuses_a_type_line_that_prints_nothing(self) -> None:
        """The JSON Schema says what the loader checks of a type line."""
        jsonschema = pytest.importorskip("jsonschema")
        schema = coordprog.json_schema()
        printed = coordprog.to_data(_load(kind="other", type_line="Điều lệ"), "json")
        jsonschema.validate(printed, schema)
        with pytest.raises(jsonschema.ValidationError) as caught:
            jsonschema.validate({**printed, "type_line": "\u200b\u00ad"}, schema)
        assert ["type_line"] == list(caught.value.absolute_path)

    def test_a_legal_kind_is_not_a_document_kind(self) -> None:
        """A program's kind is a kind of coordination document, not any legal act."""
        [(path, message)] = _problems(kind="decree")
        assert "kind" == path
        assert "'joint-circular'" in message


class TestPeriods:
    def test_open_ended(self) -> None:
        """In force from signing: no end, no final review, recurring events only to a horizon."""
        rules = {
            "annual_plans": {},
            "reviews": [{"id": "nam", "every_months": 12, "name_vi": "Sơ kết", "name_en": "R"}],
            "final_review": {},
        }
        program = _load(schedule=rules)
        assert program.period.open
        assert "từ ngày 27/10/2017" == program.period.as_written
        assert () == coordprog.schedule(program)
        events = coordprog.schedule(program, until=D(2020, 6, 30))
        assert {"annual-plan", "interim-review"} == {e.kind.value for e in events}
        assert max(e.due for e in events) <= D(2020, 6, 30)
        assert [D(2018, 10, 26), D(2019, 10, 26)] == [e.due for e in events if e.rule == "nam"]
        from coordprog.testing import check_schedule

        check_schedule(program, events, until=D(2020, 6, 30))

    def test_year_precision_kept_as_written(self) -> None:
        """A period stated in years ("giai đoạn 2017 - 2021") is printed and kept so."""
        period = {"start": "2017-01-01", "end": "2021-12-31", "precision": "year"}
        program = _load(period=period)
        assert "giai đoạn 2017 - 2021" == program.period.as_written
        text = coordprog.render(program, "program", "markdown")
        assert "giai đoạn 2017 - 2021" in text
        assert "01/01/2017" not in text
        assert program == coordprog.loads(coordprog.dumps(program, "toml"), "toml")

    def test_precision_refuses_invented_days(self) -> None:
        """A period stated to the year starts on 1 January: another day is refused."""
        period = {"start": "2017-03-01", "end": "2021-12-31", "precision": "year"}
        [(path, message)] = _problems(period=period)
        assert "period.start" == path
        assert "2017-01-01" in message

    def test_terms_per_party_and_month_signing(self) -> None:
        """Each party keeps its own term; a date known to the month is printed so."""
        program = _load(signed_on="2022-01-01", signed_precision="month", place="Đắk Lắk")
        assert "khóa XIII, nhiệm kỳ 2014 - 2019" == program.party("mttq").term
        assert coordprog.Precision.MONTH is program.signed_precision
        text = coordprog.render(program, "program", "markdown")
        assert "Đắk Lắk, tháng 01 năm 2022" in text
        assert "ngày 01 tháng 01" not in text


REGULATION = {
    "kind": "regulation",
    "chapters": [
        {
            "number": "I",
            "title": "NHỮNG QUY ĐỊNH CHUNG",
            "articles": [
                {
                    "number": "1",
                    "caption": "Nguyên tắc phối hợp",
                    "kind": "principles",
                    "text": "Trên cơ sở chức năng, nhiệm vụ ...",
                },
            ],
        },
        {
            "number": "II",
            "title": "NỘI DUNG PHỐI HỢP",
            "articles": [
                {
                    "number": "5",
                    "caption": "Trách nhiệm của Ủy ban nhân dân tỉnh",
                    "kind": "responsibilities",
                    "parties": ["ubnd"],
                    "clauses": [
                        {"number": "1", "text": "Thông báo tình hình kinh tế - xã hội."},
                        {
                            "number": "2",
                            "text": "Tạo điều kiện:",
                            "points": [
                                {"letter": "a", "text": "Cung cấp thông tin.", "supports": ["mttq"]}
                            ],
                        },
                    ],
                }
            ],
        },
    ],
}


class TestRegulations:
    def test_provisions_by_citation_id(self) -> None:
        """Articles, clauses and points keep their printed numbers and have citation-like ids."""
        program = _load(**REGULATION)
        ids = [provision_id for provision_id, _ in program.provisions()]
        assert ["D1", "D5", "D5.K1", "D5.K2", "D5.K2.a"] == ids
        point = program.provision("D5.K2.a")
        assert isinstance(point, coordprog.Point)
        assert ("mttq",) == point.supports
        assert program == coordprog.loads(coordprog.dumps(program, "toml"), "toml")

    def test_rendered_as_chapters_and_articles(self) -> None:
        """A regulation prints Chương and Điều as numbered, not under "NỘI DUNG PHỐI HỢP" parts."""
        text = coordprog.render(_load(**REGULATION), "program", "markdown")
        for heading in (
            "Chương I. NHỮNG QUY ĐỊNH CHUNG",
            "Điều 1. Nguyên tắc phối hợp",
            "Điều 5. Trách nhiệm của Ủy ban nhân dân tỉnh",
        ):
            assert heading in text
        assert "\n## II. NỘI DUNG PHỐI HỢP" not in text
        assert "a) Cung cấp thông tin." in text

    def test_duplicate_article_numbers_refused(self) -> None:
        """Two articles numbered alike are refused, each with its path."""
        chapters = json.loads(json.dumps(REGULATION["chapters"]))
        chapters[1]["articles"][0]["number"] = "1"
        problems = _problems(kind="regulation", chapters=chapters)
        assert [
            (
                "chapters[1].articles[0].number",
                "expected a unique article number, found '1' "
                "again (first at chapters[0].articles[0].number)",
            )
        ] == problems


JOINT = [
    {
        "id": "II.1",
        "title": "Các bên cùng phối hợp",
        "joint": True,
        "tasks": [{"id": "II.1.1", "text": "Trao đổi thông tin", "supports": ["ubnd"]}],
    }
]


class TestJointRoles:
    def test_joint_group_needs_no_lead(self) -> None:
        """A joint group ("các bên cùng phối hợp") has tasks without a lead, and is valid."""
        program = _load(task_groups=JOINT)
        task = program.task("II.1.1")
        assert (True, ()) == (task.joint, task.leads)

    def test_joint_with_a_lead_refused(self) -> None:
        """A lead on a joint task contradicts the document: refused, the rule named."""
        groups = json.loads(json.dumps(JOINT))
        groups[0]["tasks"][0]["leads"] = ["mttq"]
        [(path, message)] = _problems(task_groups=groups)
        assert "task_groups[0].tasks[0].leads" == path
        assert message.startswith("expected no lead for joint task 'II.1.1'")

    def test_other_tasks_still_need_a_lead(self) -> None:
        """Outside joint groups the rule stays: at least one lead."""
        groups = json.loads(json.dumps(JOINT))
        groups[0]["joint"] = False
        [(path, _)] = _problems(task_groups=groups)
        assert "task_groups[0].tasks[0].leads" == path


class TestDuties:
    def _schedule(self, **rules: Any) -> tuple[coordprog.Event, ...]:
        program = _load(period={"start": "2023-01-01", "end": "2023-12-31"}, schedule=rules)
        return coordprog.schedule(program)

    def test_quarterly_report_before_the_fifteenth_of_the_last_month(self) -> None:
        """A report due before the 15th of the quarter's last month falls inside its window."""
        duty = {
            "id": "quy",
            "name_vi": "Báo cáo quý",
            "name_en": "Quarterly report",
            "reporters": ["mttq"],
            "recipients": ["ubnd"],
            "every_months": 3,
            "anchor": "start",
            "due": {"months": 2, "days": 14},
        }
        events = self._schedule(duties=[duty])
        assert [D(2023, 3, 15), D(2023, 6, 15), D(2023, 9, 15), D(2023, 12, 15)] == [
            e.due for e in events
        ]
        assert all(e.start <= e.due <= e.end for e in events)
        assert (("mttq",), ("ubnd",)) == (events[0].leads, events[0].recipients)

    def test_duty_without_cadence_has_no_dates(self) -> None:
        """A standing duty ("thường xuyên") is recorded but makes no dated event."""
        duty = {
            "id": "tt",
            "name_vi": "Trao đổi",
            "name_en": "Exchange",
            "reporters": ["ubnd", "mttq"],
            "exchange": True,
        }
        program = _load(schedule={"duties": [duty]})
        assert program.schedule.duties[0].exchange
        assert () == self._schedule(duties=[duty])

    def test_rotating_chair(self) -> None:
        """Meetings chaired in turn, year by year."""
        meeting = {
            "id": "gb",
            "every_months": 6,
            "name_vi": "Giao ban",
            "name_en": "Meeting",
            "kind": "coordination-meeting",
            "chairs": ["ubnd", "mttq"],
            "rotate_chair": True,
        }
        program = _load(
            period={"start": "2022-01-01", "end": "2023-12-31"}, schedule={"reviews": [meeting]}
        )
        assert [("ubnd",), ("ubnd",), ("mttq",), ("mttq",)] == [
            e.chairs for e in coordprog.schedule(program)
        ]

    def test_fixed_date_every_year(self) -> None:
        """A "Ngày hội" every 19 August: one event a year, on the day."""
        day = {"id": "ngay-hoi", "month": 8, "day": 19, "name_vi": "Ngày hội", "name_en": "Day"}
        assert [D(2023, 8, 19)] == [e.due for e in self._schedule(annual_events=[day])]


class TestPartiesAndActs:
    def test_merger_of_two_bodies(self) -> None:
        """Two boards merged on one date: both former names kept, a 2024 document names both."""
        party = {
            "id": "bdt-ton-giao",
            "name": "Sở Dân tộc và Tôn giáo",
            "former_names": [
                {"name": "Ban Dân tộc tỉnh", "until": "2025-02-28", "former_id": "bdt"},
                {"name": "Ban Tôn giáo (Sở Nội vụ)", "until": "2025-02-28"},
            ],
        }
        program = _load(parties=[BASE["parties"][0], party])
        merged = program.party("bdt-ton-giao")
        assert "Ban Dân tộc tỉnh và Ban Tôn giáo (Sở Nội vụ)" == merged.name_on(D(2024, 5, 1))
        assert "Sở Dân tộc và Tôn giáo" == merged.name_on(D(2025, 3, 1))
        signed_2024 = _load(parties=[BASE["parties"][0], party], signed_on="2024-05-01")
        assert "Ban Dân tộc tỉnh và Ban Tôn giáo (Sở Nội vụ)" == signed_2024.name_in_force(
            "bdt-ton-giao"
        )
        matrix = coordprog.render(signed_2024, "matrix", "csv").splitlines()[0]
        assert matrix.endswith("Ban Dân tộc tỉnh và Ban Tôn giáo (Sở Nội vụ)")

    def test_signatory_known_by_position_only(self) -> None:
        """A signature block printed with the position only needs no invented name."""
        signatories = [
            {"party": "ubnd", "authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH"},
            {
                "party": "mttq",
                "title": "CHỦ TỊCH",
                "name": "Y Dec H'đơk",
                "rank": "Đại tá",
                "posts": ["Tỉnh ủy viên"],
            },
        ]
        program = _load(signatories=signatories)
        assert program.signatories[0].name is None
        text = coordprog.render(program, "program", "text")
        assert "TM. ỦY BAN NHÂN DÂN" in text
        assert "Đại tá Y Dec H'đơk" in text

    def test_acts_without_numbers_and_relations(self) -> None:
        """A law without a number, an act replacing another, a qualitative target."""
        refs: list[dict[str, Any]] = [
            {
                "id": "luat-mttq-2015",
                "kind": "law",
                "title": "Luật Mặt trận Tổ quốc Việt Nam",
                "date": "2015-06-09",
            },
            {
                "id": "19/2008/NQLT",
                "kind": "joint-resolution",
                "number": "19/2008/NQLT/CP-UBTUMTTQVN",
            },
            {"id": "01/2023/NQLT", "kind": "joint-resolution", "replaces": ["19/2008/NQLT"]},
        ]
        groups = [
            {
                "id": "1",
                "title": "Nhóm",
                "leads": ["ubnd"],
                "tasks": [
                    {
                        "id": "1.1",
                        "text": "Việc",
                        "targets": [{"description": "nâng cao nhận thức"}],
                        "projects": [{"act": "luat-mttq-2015", "title": "Đề án không số"}],
                    }
                ],
            }
        ]
        program = _load(legal_refs=refs, task_groups=groups, basis=["luat-mttq-2015"])
        assert program.legal_ref("luat-mttq-2015").number is None
        assert program.task("1.1").targets[0].value is None
        bad = [*refs[:2], {"id": "01/2023/NQLT", "kind": "joint-resolution"}]
        bad[2]["replaces"] = ["khong-co"]
        [(path, _)] = _problems(legal_refs=bad)
        assert "legal_refs[2].replaces[0]" == path

    def test_notes_round_trip(self) -> None:
        """Notes on the program, a party and a group are kept, never dropped on save."""
        groups = [{**JOINT[0], "note": "Nhóm không có số trong văn bản"}]
        parties = [{**BASE["parties"][0], "note": "Ký thay"}, BASE["parties"][1]]
        program = _load(note="Văn bản không ghi nơi nhận", task_groups=groups, parties=parties)
        again = coordprog.loads(coordprog.dumps(program, "toml"), "toml")
        assert program == again
        assert "Văn bản không ghi nơi nhận" == again.note


class TestValidationOfPlansAndReviews:
    def test_refusals(self) -> None:
        """Plan tasks citing an unknown act's project or reusing a task id, and other mistakes."""
        groups = [
            {
                "id": "1",
                "title": "Nhóm",
                "leads": ["ubnd"],
                "tasks": [{"id": "1.1", "text": "Việc"}],
            }
        ]
        plans = [
            {
                "year": 2018,
                "tasks": [
                    {"id": "1.1", "text": "Trùng", "leads": ["ubnd"]},
                    {
                        "id": "k2",
                        "text": "Dự án",
                        "leads": ["ubnd"],
                        "projects": [{"act": "khong-co", "number": "8"}],
                    },
                ],
            }
        ]
        reviews = [
            {
                "kind": "annual-plan",
                "held_on": "2018-01-10",
                "start": "2017-10-27",
                "end": "2017-12-31",
            }
        ]
        refs = [{"id": "a", "kind": "program"}]
        paths = [
            path
            for path, _ in _problems(
                task_groups=groups,
                annual_plans=plans,
                reviews=reviews,
                legal_refs=refs,
                parent="a",
                predecessor="a",
            )
        ]
        assert [
            "predecessor",
            "annual_plans[0].tasks[0].id",
            "annual_plans[0].tasks[1].projects[0].act",
            "reviews[0].kind",
        ] == paths

    def test_events_before_signing_are_advice_not_errors(self) -> None:
        """An annual plan due before the document was signed is worth a warning, not a refusal."""
        program = _load(
            period={"start": "2022-01-01", "end": "2022-12-31"},
            signed_on="2022-05-20",
            schedule={"annual_plans": {}},
        )
        [advice] = coordprog.advisories(program)
        assert "schedule.annual_plans" == advice.path
        assert "before the document was signed on 2022-05-20" in advice.message
