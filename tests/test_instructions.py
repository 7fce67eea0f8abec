"""Instructions down a cascade, and the level of a program, as a file states or implies them."""

import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import coordprog
from coordprog.testing import strategies

D = dt.date

PROGRAM = """
id = "ke-hoach-2018"
kind = "joint-plan"
title = "Kế hoạch thực hiện Chương trình phối hợp năm 2018"
number = "1573-KH/BDVTW-BCSĐCP"
period = {{ start = 2018-01-01, end = 2018-12-31, precision = "year" }}
[[parties]]
id = "bdvtw"
name = "Ban Dân vận Trung ương"
level = "central"
[[parties]]
id = "bcsd-cp"
name = "Ban cán sự đảng Chính phủ"
level = "central"
[[third_parties]]
id = "snv"
name = "Sở Nội vụ"
{instructions}
"""

SENTENCE = (
    "Ban cán sự đảng Ủy ban nhân dân các tỉnh, thành phố và Ban Dân vận các tỉnh ủy, thành ủy "
    "xây dựng và triển khai thực hiện kế hoạch phối hợp năm 2018."
)
OWN = f"""
[[instructions]]
id = "ke-hoach-tinh"
text = "{SENTENCE}"
[[instructions.expects]]
level = "province"
bodies = ["Ban cán sự đảng Ủy ban nhân dân tỉnh, thành phố", "Ban Dân vận tỉnh ủy, thành ủy"]
makes = "plan"
"""

LETTER = """
[[instructions]]
id = "cv-{n}"
kind = "official-letter"
number = "{n}-CV/BDVTW"
date = {date}
issuers = {issuers}
[[instructions.expects]]
level = "province"
count = 52
by = 2018-04-30
annual_plans = true
"""


def _problems(text: str) -> list[str]:
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.loads(text, "toml")
    return [str(problem) for problem in caught.value.problems]


class TestInstruction:
    def test_a_programs_own_instruction_loads_as_written(self) -> None:
        """The plan's own sentence ordering provinces to make plans is kept with what it expects."""
        program = coordprog.loads(PROGRAM.format(instructions=OWN), "toml")
        (instruction,) = program.instructions
        assert (instruction.kind, instruction.number, instruction.date) == (None, None, None)
        (expectation,) = instruction.expects
        assert coordprog.Level.PROVINCE == expectation.level
        assert coordprog.LegalKind.PLAN == expectation.makes
        assert expectation.expected is None  # "các tỉnh, thành phố": no count is stated
        assert 2 == len(expectation.bodies)
        assert SENTENCE == instruction.text

    def test_instructions_round_trip_through_json_and_toml(self) -> None:
        """What a file says of an instruction is written back unchanged in either format."""
        letter = LETTER.format(n=1, date="2018-03-01", issuers='["bdvtw"]')
        program = coordprog.loads(PROGRAM.format(instructions=OWN + letter), "toml")
        for fmt in ("json", "toml"):
            assert program == coordprog.loads(coordprog.dumps(program, fmt), fmt)

    def test_issuers_must_be_signing_parties(self) -> None:
        """An unknown issuer and a third party as issuer are refused, each with its path."""
        letters = LETTER.format(n=1, date="2018-03-01", issuers='["bdvtu"]')
        letters += LETTER.format(n=2, date="2018-03-01", issuers='["snv"]')
        assert [
            "instructions[0].issuers[0]: expected the id of a party of the program, found "
            "unknown id 'bdvtu'",
            "instructions[1].issuers[0]: expected a signing party (an instruction comes from "
            "the program's parties), found the third party 'snv'",
        ] == _problems(PROGRAM.format(instructions=letters))

    def test_ids_are_unique(self) -> None:
        """Two instructions of one document with one id are refused."""
        twice = OWN + OWN
        assert [
            "instructions[1].id: expected each instruction id once, found 'ke-hoach-tinh' again"
        ] == _problems(PROGRAM.format(instructions=twice))

    @pytest.mark.parametrize(
        ("expects", "problem"),
        [
            ("expects = []", "instructions[0].expects: expected a non-empty value"),
            (
                'expects = [{ level = "province" }, { level = "province" }]',
                "instructions[0].expects[1].level: expected each level once in an instruction",
            ),
            (
                'expects = [{ level = "province", places = ["Gia Lai", "Kon Tum"], count = 1 }]',
                "instructions[0].expects[0].count: expected at least as many as the 2 places",
            ),
            (
                'expects = [{ level = "province", count = 0 }]',
                "instructions[0].expects[0].count: expected a number of at least 1, found 0",
            ),
        ],
    )
    def test_what_an_instruction_expects_is_checked(self, expects: str, problem: str) -> None:
        """No instruction without an expectation, one per level, a count that fits its places."""
        text = PROGRAM.format(instructions=f'[[instructions]]\nid = "x"\n{expects}\n')
        (found,) = _problems(text)
        assert found.startswith(problem)

    def test_the_expected_number_is_the_count_else_the_places_named(self) -> None:
        """A stated count wins; places named without a count are the number expected."""
        named = coordprog.Expectation(coordprog.Level.PROVINCE, places=("Gia Lai", "Kon Tum"))
        counted = attrs.evolve(named, count=52)
        assert (2, 52) == (named.expected, counted.expected)

    def test_the_schema_describes_instructions(self) -> None:
        """The JSON Schema of programs and of records both hold the instruction's fields."""
        for document in ("program", "records"):
            schema = coordprog.json_schema(document)
            root = schema["$defs"]["Program" if document == "program" else "Records"]
            assert "instructions" in root["properties"]
            assert ["id", "expects"] == schema["$defs"]["Instruction"]["required"]
            assert ["level"] == schema["$defs"]["Expectation"]["required"]


class TestInstructionInRecords:
    def test_a_letter_sent_after_signing_is_records_of_the_program(self) -> None:
        """A letter (công văn) is read from the program's records, dated within its life."""
        program = coordprog.loads(PROGRAM.format(instructions=""), "toml")
        letter = LETTER.format(n=7, date="2018-03-01", issuers='["bdvtw", "bcsd-cp"]')
        records = coordprog.loads_records(program, 'program = "ke-hoach-2018"\n' + letter, "toml")
        (instruction,) = records.instructions
        assert ("7-CV/BDVTW", D(2018, 3, 1)) == (instruction.number, instruction.date)
        assert (52, D(2018, 4, 30), True) == (
            instruction.expects[0].count,
            instruction.expects[0].by,
            instruction.expects[0].annual_plans,
        )

    def test_a_letter_dated_before_the_program_is_refused(self) -> None:
        """A letter dated before the program started is named with its path."""
        program = coordprog.loads(PROGRAM.format(instructions=""), "toml")
        letter = LETTER.format(n=7, date="2016-03-01", issuers='["bdvtw"]')
        with pytest.raises(coordprog.ValidationError) as caught:
            coordprog.loads_records(program, 'program = "ke-hoach-2018"\n' + letter, "toml")
        assert [problem.path for problem in caught.value.problems] == ["instructions[0].date"]

    @given(st.data())
    def test_drawn_records_with_letters_are_valid(self, data: st.DataObject) -> None:
        """Records drawn with letters validate against their program and round-trip."""
        program = data.draw(strategies.programs())
        records = data.draw(strategies.records(program))
        assert () == coordprog.validate_records(program, records)
        for fmt in ("json", "toml"):
            text = coordprog.dumps(records, fmt)
            assert records == coordprog.loads_records(program, text, fmt)


def _party(party_id: str, level: str | None) -> str:
    line = f'level = "{level}"\n' if level else ""
    return f'[[parties]]\nid = "{party_id}"\nname = "Cơ quan {party_id}"\n{line}'


def _program(levels: tuple[str | None, ...], stated: str | None = None) -> coordprog.Program:
    head = 'id = "p"\ntitle = "Chương trình"\nperiod = { start = 2022-01-01 }\n'
    if stated:
        head += f'level = "{stated}"\n'
    parties = "".join(_party(f"b{index}", level) for index, level in enumerate(levels))
    return coordprog.loads(head + parties, "toml")


class TestLevelOf:
    def test_a_stated_level_wins(self) -> None:
        """The level the file states is the program's, whatever its parties' levels."""
        program = _program(("central", "province"), stated="central")
        assert coordprog.Level.CENTRAL == coordprog.level_of(program)

    def test_the_lowest_level_of_the_parties_whatever_their_order(self) -> None:
        """A ministry with a district's committee makes a district program, in any party order."""
        levels = ("central", None, "district", "province")
        found = {coordprog.level_of(_program(order)) for order in itertools.permutations(levels)}
        assert {coordprog.Level.DISTRICT} == found

    def test_no_level_is_invented(self) -> None:
        """Parties that state no level give a program no level."""
        assert coordprog.level_of(_program((None, None))) is None

    def test_delegations_count_only_alone(self) -> None:
        """A delegation beside a provincial body leaves the program provincial."""
        assert coordprog.Level.PROVINCE == coordprog.level_of(_program(("delegation", "province")))
        assert coordprog.Level.DELEGATION == coordprog.level_of(_program(("delegation", None)))
