"""Scope: the areas a document covers, beyond the provinces of its parties."""

from __future__ import annotations

from pathlib import Path

import pytest

import coordprog
from coordprog import Area, AreaKind, Program

#: A border program across two provinces of two countries, with a gate and an industrial zone.
BORDER = """\
id = "bien-gioi"
title = "Chương trình phối hợp bảo vệ an ninh khu vực biên giới"
province = "Quảng Trị"

[[parties]]
id = "bdbp"
name = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"

[[areas]]
name = "khu vực biên giới hai tỉnh Quảng Trị - Savannakhet"
kind = "border-zone"
provinces = ["Quảng Trị", "Savannakhet"]

[[areas]]
name = "Cửa khẩu Quốc tế Lao Bảo"
kind = "border-gate"
provinces = ["Quảng Trị"]

[[areas]]
name = "Khu kinh tế - thương mại đặc biệt Lao Bảo"
kind = "economic-zone"
"""


def _load(text: str) -> Program:
    return coordprog.loads(text, "toml")


class TestArea:
    def test_areas_are_kept(self) -> None:
        """An area across two provinces keeps both; a gate and a zone their kinds."""
        program = _load(BORDER)
        assert (
            Area(
                "khu vực biên giới hai tỉnh Quảng Trị - Savannakhet",
                AreaKind.BORDER_ZONE,
                ("Quảng Trị", "Savannakhet"),
            )
            == program.areas[0]
        )
        assert [AreaKind.BORDER_ZONE, AreaKind.BORDER_GATE, AreaKind.ECONOMIC_ZONE] == [
            area.kind for area in program.areas
        ]

    def test_the_program_report_prints_them(self) -> None:
        """The program report names every area as the document does."""
        out = coordprog.render(_load(BORDER), "program", "markdown")
        assert (
            "**Địa bàn:** khu vực biên giới hai tỉnh Quảng Trị - Savannakhet; "
            "Cửa khẩu Quốc tế Lao Bảo (Quảng Trị); Khu kinh tế - thương mại đặc biệt Lao Bảo"
        ) in out

    def test_round_trips(self) -> None:
        """Areas are written and read back in both formats."""
        program = _load(BORDER)
        for fmt in ("json", "toml"):
            assert program == coordprog.loads(coordprog.dumps(program, fmt), fmt)

    def test_an_unknown_kind_is_refused_with_its_path(self) -> None:
        """A kind outside the vocabulary is named with its path."""
        with pytest.raises(coordprog.ValidationError) as caught:
            _load(BORDER.replace('"border-gate"', '"gate"'))
        assert ["areas[1].kind"] == [p.path for p in caught.value.problems]

    def test_a_province_named_twice_is_refused(self) -> None:
        """An area names each of its provinces once."""
        with pytest.raises(coordprog.FieldError, match="once"):
            Area("vùng", AreaKind.REGION, ("Gia Lai", "Gia Lai"))

    def test_schema(self) -> None:
        """The JSON Schema lists the areas with their kinds."""
        defs = coordprog.json_schema()["$defs"]
        assert "areas" in defs["Program"]["properties"]
        assert [kind.value for kind in AreaKind] == defs["Area"]["properties"]["kind"]["enum"]


#: A central plan asks two districts for plans of their own; one answered, naming its area.
PARENT = """\
id = "tinh"
title = "Kế hoạch phối hợp cấp tỉnh"
number = "12-KH/BDVTU"
[[parties]]
id = "bdv"
name = "Ban Dân vận Tỉnh ủy"
level = "province"
province = "Bình Thuận"
[[instructions]]
id = "huyen"
[[instructions.expects]]
level = "district"
places = ["Bắc Bình", "Tuy Phong"]
"""

CHILD = """\
id = "huyen"
title = "Kế hoạch phối hợp"
parent = "12-KH/BDVTU"
[[parties]]
id = "bdv-h"
name = "Ban Dân vận Huyện ủy"
level = "district"
[[areas]]
name = "huyện Bắc Bình"
kind = "district"
provinces = ["Bình Thuận"]
[[legal_refs]]
id = "12-KH/BDVTU"
kind = "plan"
number = "12-KH/BDVTU"
"""


def test_a_district_named_only_in_its_area_answers_for_it(tmp_path: Path) -> None:
    """A district plan that names its district only as its area is found for that place."""
    (tmp_path / "tinh.toml").write_text(PARENT, encoding="utf-8")
    (tmp_path / "huyen.toml").write_text(CHILD, encoding="utf-8")
    portfolio = coordprog.load_portfolio(tmp_path)
    [answers] = coordprog.coverage(portfolio, portfolio.program("tinh")).answers
    assert (("huyen",), ("Tuy Phong",)) == (answers.known, answers.missing)
