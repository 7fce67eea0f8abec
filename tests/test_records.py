"""Records of implementation: reading and checking them, status as of a date, the reports."""

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import coordprog
from coordprog import examples
from coordprog.cli import main
from coordprog.testing import strategies

ROOT = Path(__file__).resolve().parent.parent
RECORDS = sorted((ROOT / "examples" / "binh_thuan" / "records").glob("*.toml"))
PROGRAM_ID = "binh-thuan-dan-van-dan-toc-2022-2025"
D = dt.date


@pytest.fixture(scope="module")
def program() -> coordprog.Program:
    return examples.load("binh-thuan")


def _records(program: coordprog.Program, text: str) -> coordprog.Records:
    return coordprog.loads_records(program, f'program = "{PROGRAM_ID}"\n' + text, "toml")


def _problems(program: coordprog.Program, text: str) -> list[str]:
    with pytest.raises(coordprog.ValidationError) as caught:
        _records(program, text)
    assert caught.value.document == "records"
    return [str(problem) for problem in caught.value.problems]


# -- reading and checking ---------------------------------------------------------


def test_example_records_load_and_are_marked_illustrative(program: coordprog.Program) -> None:
    records = coordprog.load_records(program, *RECORDS)
    assert records.program == PROGRAM_ID
    assert records.illustrative
    assert [m.id for m in records.meetings][:3] == [
        "trien-khai-2022",
        "so-ket-6-thang-2022",
        "so-ket-nam-2022",
    ]
    assert () == coordprog.validate_records(program, records)
    assert examples.records("binh-thuan") == records


def test_records_round_trip_through_json_and_toml(program: coordprog.Program) -> None:
    records = examples.records("binh-thuan")
    for fmt in ("json", "toml"):
        assert coordprog.loads_records(program, coordprog.dumps(records, fmt), fmt) == records


def _cited_and_signed() -> coordprog.ReviewOutcome:
    """An outcome whose report cites an act, is signed by a party and a body, and is sent on."""
    return coordprog.ReviewOutcome(
        number="15-BC/BDVTU-BDT",
        date=dt.date(2024, 1, 20),
        window=coordprog.Window(dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        legal_refs=(
            coordprog.LegalRef(
                id="kh-12",
                kind=coordprog.LegalKind.PLAN,
                number="12/KH-BDVTU-BDT",
                date=dt.date(2023, 2, 1),
                issuer="Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh",
            ),
        ),
        signatories=(
            coordprog.Signatory(party="bdv", title="TRƯỞNG BAN", name="Nguyễn Văn A"),
            coordprog.Signatory(
                body="Hội Nông dân tỉnh", authority="TM. BAN THƯỜNG VỤ", title="CHỦ TỊCH"
            ),
        ),
        recipients=("Như trên;", "Thường trực Tỉnh ủy (b/c);", "Lưu: VT."),
        addressees=("Ban Dân vận Trung ương",),
    )


def test_outcome_keeps_the_acts_signatures_and_recipients_of_its_report(
    program: coordprog.Program,
) -> None:
    """They load and save unchanged in both formats, and records without them load as before."""
    records = coordprog.Records(program=program.id, outcomes=(_cited_and_signed(),))
    assert () == coordprog.validate_records(program, records)
    for fmt in ("json", "toml"):
        text = coordprog.dumps(records, fmt)
        assert "12/KH-BDVTU-BDT" in text
        assert coordprog.loads_records(program, text, fmt) == records
    plain = _records(program, '[[outcomes]]\nnumber = "1/BC"')
    assert plain.outcomes[0].legal_refs == () == plain.outcomes[0].recipients
    schema = coordprog.json_schema("records")["$defs"]["ReviewOutcome"]["properties"]
    assert {"legal_refs", "signatories", "recipients", "addressees"} <= set(schema)


def test_schema_of_records_lists_their_parts() -> None:
    schema = coordprog.json_schema("records")
    assert schema["$ref"] == "#/$defs/Records"
    assert schema["$defs"]["Records"]["required"] == ["program"]
    assert {"Meeting", "Progress", "ReviewOutcome", "Window"} <= set(schema["$defs"])
    assert '"not-feasible"' in json.dumps(schema["$defs"]["Progress"], ensure_ascii=False)
    with pytest.raises(ValueError, match="expected 'program' or 'records'"):
        coordprog.json_schema("minutes")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[[progress]]\ntask = "II.9"\nby = "bdv"\nas_of = 2022-05-01\nstatus = "in-progress"',
            "progress[0].task: expected the id of a task of the program or of its annual plans, "
            "found unknown id 'II.9'",
        ),
        (
            '[[progress]]\ntask = "II.1.1.1"\nby = "ubnd"\nas_of = 2022-05-01\n'
            'status = "in-progress"',
            "progress[0].by: expected the id of a party or third party, found unknown id 'ubnd'",
        ),
        (
            '[[progress]]\ntask = "II.1.1.1"\nby = "bdv"\nas_of = 2021-12-31\n'
            'status = "in-progress"',
            "progress[0].as_of: expected a date from the start of the program, 2022-01-01, "
            "to 12 months after its end, 2026-12-31, found 2021-12-31",
        ),
        (
            '[[progress]]\ntask = "II.1.1.1"\nby = "bdv"\nas_of = 2022-05-01\n'
            'status = "not-feasible"',
            "progress[0].reason: expected the reason a task cannot be carried out",
        ),
        (
            '[[progress]]\ntask = "II.1.1.1"\nby = "bdv"\nas_of = 2022-05-01\nstatus = "late"',
            "progress[0].status: ",
        ),
        (
            '[[meetings]]\nid = "a"\nkind = "interim-review"\ndate = 2022-07-20\n'
            "window = { start = 2021-07-01, end = 2021-12-31 }",
            "meetings[0].window: expected a window inside the program's period "
            "(2022-01-01 to 2025-12-31), found 2021-07-01 to 2021-12-31",
        ),
        (
            '[[meetings]]\nid = "a"\nkind = "interim-review"\ndate = 2022-07-20\n'
            "window = { start = 2022-01-01, end = 2022-12-31 }",
            "meetings[0].window: expected a window that ended by the meeting's date, "
            "2022-07-20, found one ending 2022-12-31",
        ),
        (
            '[[meetings]]\nid = "a"\nkind = "interim-review"\ndate = 2022-07-20\n'
            'rule = "quarterly"',
            "meetings[0].rule: expected the name of a schedule rule of the program "
            "(6-month, annual-plan, final-review, yearly), found 'quarterly'",
        ),
        (
            '[[meetings]]\nid = "a"\nkind = "signing"\ndate = 2022-01-24\n'
            'chairs = [{ post = "Trưởng Ban", party = "bdx" }]',
            "meetings[0].chairs[0].party: expected the id of a party or third party, "
            "found unknown id 'bdx'",
        ),
        (
            '[[meetings]]\nid = "a"\nkind = "signing"\ndate = 2022-01-24\nchairs = [{}]',
            "meetings[0].chairs[0].name: expected at least one of 'name', 'post', 'party', 'body', "
            "found none",
        ),
        (
            '[[reports]]\nduty = "monthly"\ndate = 2022-03-01\nby = ["bdv"]',
            "reports[0].duty: expected the id of a reporting duty of the program "
            "(it has none), found 'monthly'",
        ),
        (
            '[[outcomes]]\nwindow = { start = 2022-01-01, end = 2022-12-31 }\nmeeting = "so-ket"',
            "outcomes[0].meeting: expected the id of a meeting of these records, found 'so-ket'",
        ),
        (
            '[[outcomes]]\n[[outcomes.signatories]]\nparty = "ban-khac"\ntitle = "TRƯỞNG BAN"',
            "outcomes[0].signatories[0].party: expected the id of a party or third party, "
            "found unknown id 'ban-khac'",
        ),
        (
            '[[outcomes]]\n[[outcomes.legal_refs]]\nid = "a"\nkind = "plan"\n'
            '[[outcomes.legal_refs]]\nid = "a"\nkind = "decision"',
            "outcomes[0].legal_refs[1].id: expected a unique legal reference id, found 'a' again "
            "(first at outcomes[0].legal_refs[0].id)",
        ),
        (
            '[[outcomes]]\n[[outcomes.legal_refs]]\nid = "kh-2"\nkind = "plan"\namends = ["kh-1"]',
            "outcomes[0].legal_refs[0].amends[0]: expected the id of an entry of 'legal_refs', "
            "found unknown id 'kh-1'",
        ),
        (
            '[[outcomes]]\n[[outcomes.legal_refs]]\nid = "kh-2"\nkind = "plan"\nsame_as = "kh-2"',
            "outcomes[0].legal_refs[0].same_as: expected another act, found 'kh-2'",
        ),
        (
            '[[meetings]]\nid = "a"\nkind = "signing"\ndate = 2022-01-24\n'
            '[[meetings]]\nid = "a"\nkind = "launch"\ndate = 2022-03-01',
            "meetings[1].id: expected each meeting id once, found 'a' again (first at meetings[0])",
        ),
        (
            '[[outcomes]]\nrecipients = ["Thường trực Tỉnh ủy;", " "]',
            "outcomes[0].recipients[1]: expected text, found ' '",
        ),
        ('[[outcomes]]\naddressees = [""]', "outcomes[0].addressees[0]: expected text, found ''"),
        (
            '[[outcomes]]\naddressees = ["\u200b"]',
            "outcomes[0].addressees[0]: expected text, found '\\u200b'",
        ),
        ('colour = "red"', "colour: unknown key 'colour'"),
    ],
)
def test_bad_records_are_refused_with_their_path(
    program: coordprog.Program, text: str, expected: str
) -> None:
    problems = _problems(program, text)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_an_outcome_s_act_may_relate_to_the_program_s_acts(program: coordprog.Program) -> None:
    """An act a report cites may amend or carry out an act of the program, named by its id."""
    act = program.legal_refs[0].id
    records = _records(
        program,
        f'[[outcomes]]\n[[outcomes.legal_refs]]\nid = "kh-2"\nkind = "plan"\namends = ["{act}"]',
    )
    assert (act,) == records.outcomes[0].legal_refs[0].amends


def test_a_meeting_naming_a_reporting_duty_is_refused(program: coordprog.Program) -> None:
    """A report under a duty goes in ``reports``: a meeting naming the duty is refused."""
    duty = coordprog.ReportingDuty(
        id="bao-cao-6-thang",
        name_vi="Báo cáo 6 tháng",
        name_en="6-month report",
        reporters=("bdv",),
        exchange=True,
        every_months=6,
    )
    reporting = attrs.evolve(program, schedule=attrs.evolve(program.schedule, duties=(duty,)))
    text = (
        f'program = "{PROGRAM_ID}"\n[[meetings]]\nid = "a"\nkind = "interim-review"\n'
        'date = 2022-07-20\nrule = "bao-cao-6-thang"'
    )
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.loads_records(reporting, text, "toml")
    assert [
        "meetings[0].rule: expected the name of a review, meeting or event rule of the "
        "program (6-month, annual-plan, final-review, yearly), found the reporting duty "
        "'bao-cao-6-thang': a report under it is recorded in 'reports'"
    ] == [str(problem) for problem in caught.value.problems]


def test_records_of_another_program_are_refused(program: coordprog.Program) -> None:
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.loads_records(program, 'program = "other"', "toml")
    assert str(caught.value.problems[0]).startswith(
        "program: expected the id of the program these records are checked against"
    )
    other = coordprog.Records(program="other")
    with pytest.raises(coordprog.ValidationError, match="expected records of program"):
        coordprog.status(program, other, D(2023, 1, 1))


def test_two_statuses_of_one_task_by_one_body_on_one_day_are_refused(
    program: coordprog.Program,
) -> None:
    entry = '[[progress]]\ntask = "II.1.1.1"\nby = "bdv"\nas_of = 2022-05-01\nstatus = "{}"\n'
    problems = _problems(program, entry.format("in-progress") + entry.format("done-on-time"))
    assert problems == [
        "progress[1]: expected one progress entry of task 'II.1.1.1' by 'bdv' as of 2022-05-01 "
        "for one window, found a second at progress[0] with 'done-on-time' where it said "
        "'in-progress'"
    ]


def test_conflicts_across_files_name_both_files(program: coordprog.Program, tmp_path: Path) -> None:
    entry = (
        f'program = "{PROGRAM_ID}"\n[[meetings]]\nid = "m"\nkind = "launch"\ndate = 2022-03-01\n'
        '[[progress]]\ntask = "II.1.1.1"\nby = "bdv"\nas_of = 2022-05-01\nstatus = "{}"\n'
    )
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text(entry.replace("{}", "in-progress"), encoding="utf-8")
    second.write_text(entry.replace("{}", "overdue"), encoding="utf-8")
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.load_records(program, first, second)
    message = str(caught.value)
    assert f"{second}: meetings[0].id: expected each meeting id once across records" in message
    assert f"also in {first}" in message
    assert f"{second}: progress[0]: expected one progress entry of task 'II.1.1.1'" in message
    assert "('in-progress', here 'overdue')" in message


def test_a_bad_file_is_named_and_the_other_files_checked_too(
    program: coordprog.Program, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(f'program = "{PROGRAM_ID}"\nnote = 5\n', encoding="utf-8")
    worse = tmp_path / "worse.json"
    worse.write_text("{", encoding="utf-8")
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.load_records(program, bad, worse)
    lines = str(caught.value).splitlines()
    assert lines[0] == "2 problems in the records document"
    assert lines[1].startswith(f"  {bad}: note: expected a string, found an integer")
    assert lines[2].startswith(f"  {worse}: expected valid JSON")
    with pytest.raises(coordprog.ValidationError) as one:
        coordprog.load_records(program, bad)
    assert one.value.source == str(bad)


def test_figures_match_their_targets_unit(program: coordprog.Program) -> None:
    task = attrs.evolve(
        program.task_groups[0].groups[0].tasks[0],
        targets=(coordprog.Target("Lớp bồi dưỡng", 10, "lớp", id="lop"),),
    )
    group = attrs.evolve(program.task_groups[0].groups[0], tasks=(task,))
    top = attrs.evolve(program.task_groups[0], groups=(group,))
    changed = attrs.evolve(program, task_groups=(top,))
    entry = (
        f'program = "{PROGRAM_ID}"\n[[progress]]\ntask = "{task.id}"\nby = "bdv"\n'
        'as_of = 2022-06-01\nstatus = "in-progress"\n'
        'figures = [{{ indicator = "Lớp", value = 4, unit = "{}", target = "{}" }}]\n'
    )
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.loads_records(changed, entry.format("buổi", "lop"), "toml")
    assert str(caught.value.problems[0]) == (
        "progress[0].figures[0].unit: expected the unit of target 'lop', 'lớp', found 'buổi'"
    )
    with pytest.raises(coordprog.ValidationError, match="expected the id of a target of task"):
        coordprog.loads_records(changed, entry.format("lớp", "hoc-vien"), "toml")
    first = coordprog.loads_records(changed, entry.format("lớp", "lop"), "toml")
    second = attrs.evolve(
        first,
        progress=(attrs.evolve(first.progress[0], by="bdt", as_of=D(2022, 7, 1)),),
    )
    found = coordprog.status(changed, [first, second], D(2022, 12, 1))
    (target,) = found.targets
    assert (target.reported, target.by, target.as_of) == (8, ("bdv", "bdt"), D(2022, 7, 1))
    assert target.ratio == 0.8


def test_target_ids_are_unique_within_a_task() -> None:
    with pytest.raises(coordprog.FieldError, match="expected each target id once in a task"):
        coordprog.Task("t", "Việc", targets=(coordprog.Target("a", id="x"),) * 2)


# -- status as of a date ------------------------------------------------------------


def _states(found: coordprog.Status) -> dict[str, str]:
    return {f"{s.event.rule}/{s.event.sequence}": s.state.value for s in found.events}


def test_schedule_status_of_the_example(program: coordprog.Program) -> None:
    records = examples.records("binh-thuan")
    found = coordprog.status(program, records, D(2024, 8, 15))
    states = _states(found)
    assert states["annual-plan/1"] == "held-on-time"  # adopted at the launch, 10/03/2022
    assert states["6-month/1"] == "held-on-time"
    # the yearly review covers the second six-month window, which ends the same day
    assert states["6-month/2"] == states["yearly/1"] == "held-on-time"
    assert states["6-month/3"] == "held-late"  # held 24/08/2023, a month's grace ended 30/07
    assert states["6-month/5"] == "overdue"  # first half of 2024: nothing held by 15/08/2024
    assert states["6-month/6"] == "pending"
    assert states["final-review/1"] == "pending"
    late = next(s for s in found.events if s.event.rule == "6-month" and s.event.sequence == 3)
    assert (late.held_on, late.deadline, late.record, late.meeting) == (
        D(2023, 8, 24),
        D(2023, 7, 30),
        "Sơ kết 6 tháng đầu năm 2023",  # the meeting's title, never its id in the records
        "so-ket-6-thang-2023",
    )
    # A plan adopted at a meeting names the meeting too.
    plan = next(s for s in found.events if s.event.rule == "annual-plan" and s.event.sequence == 2)
    assert "so-ket-nam-2022" == plan.meeting


def test_a_plan_adopted_at_a_meeting_but_dated_later_is_not_known_before_its_date(
    program: coordprog.Program,
) -> None:
    """Time is an argument: a plan dated after the day asked about is not yet made on it."""
    records = _records(
        program,
        '[[meetings]]\nid = "sk"\nkind = "interim-review"\ndate = 2023-01-20\n'
        '[[meetings.adopted]]\nkind = "plan"\ntitle = "Kế hoạch năm 2023"\nyear = 2023\n'
        "date = 2023-03-05\n",
    )
    before = coordprog.status(program, records, D(2023, 2, 1))
    after = coordprog.status(program, records, D(2023, 3, 10))
    plan = "annual-plan/2"
    assert _states(before)[plan] not in ("held-on-time", "held-late")
    assert _states(after)[plan] in ("held-on-time", "held-late")


def test_a_review_held_in_january_without_a_window_reviews_the_previous_year(
    program: coordprog.Program,
) -> None:
    records = _records(
        program, '[[meetings]]\nid = "sk"\nkind = "interim-review"\ndate = 2023-01-20\n'
    )
    states = _states(coordprog.status(program, records, D(2023, 3, 1)))
    assert states["yearly/1"] == states["6-month/2"] == "held-on-time"
    assert states["6-month/1"] == "overdue"


def test_records_after_the_day_asked_about_are_not_known_on_it(
    program: coordprog.Program,
) -> None:
    records = examples.records("binh-thuan")
    states = _states(coordprog.status(program, records, D(2022, 7, 15)))
    assert states["6-month/1"] == "due"  # held on 21/07/2022, within its grace
    assert coordprog.status(program, records, D(2022, 7, 15)).task("II.2.2.5").status is None


def test_an_unscheduled_meeting_is_kept(program: coordprog.Program) -> None:
    records = _records(program, '[[meetings]]\nid = "hop"\nkind = "other"\ndate = 2022-05-05\n')
    found = coordprog.status(program, records, D(2022, 6, 1))
    assert [m.id for m in found.unscheduled] == ["hop"]


def test_task_status_is_derived_from_the_deadline(program: coordprog.Program) -> None:
    records = examples.records("binh-thuan")
    before = coordprog.status(program, records, D(2022, 12, 16)).task("II.2.1.3")
    assert (before.reported, before.status, before.derived) == (
        coordprog.ProgressStatus.NOT_STARTED,
        coordprog.ProgressStatus.OVERDUE,  # due 31/10/2022 by the year's plan
        True,
    )
    done = coordprog.status(program, records, D(2025, 6, 1)).task("II.2.2.5")
    assert done.status is coordprog.ProgressStatus.DONE_ON_TIME
    assert not done.derived
    unreported = coordprog.status(program, records, D(2025, 6, 1)).task("II.1.1.2")
    assert (unreported.status, unreported.deadline) == (None, D(2025, 12, 31))


def test_a_leads_report_wins_and_of_one_day_the_least_advanced(
    program: coordprog.Program,
) -> None:
    entry = '[[progress]]\ntask = "II.1.1.1"\nby = "{}"\nas_of = {}\nstatus = "{}"\n'
    records = _records(
        program,
        entry.format("bdv", "2022-06-01", "in-progress")
        + entry.format("bdt", "2022-09-01", "done-on-time")  # a supporting body, later
        + entry.format("bdv", "2022-06-01", "done-late").replace(
            "status", "window = { start = 2022-01-01, end = 2022-06-30 }\nstatus"
        ),
    )
    found = coordprog.status(program, records, D(2022, 10, 1)).task("II.1.1.1")
    assert found.status is coordprog.ProgressStatus.IN_PROGRESS
    assert found.report is not None
    assert found.report.by == "bdv"
    assert len(found.entries) == 3


def test_counts_per_body(program: coordprog.Program) -> None:
    found = coordprog.status(program, examples.records("binh-thuan"), D(2023, 1, 12))
    tally = {t.party: t for t in found.parties}
    assert (tally["bdv"].led, tally["bdv"].done_late, tally["bdv"].overdue) == (15, 1, 1)
    assert (tally["bdt"].led, tally["bdt"].done_on_time, tally["bdt"].not_reported) == (10, 1, 7)
    assert tally["snv"].supported == 2
    assert tally["snv"].led == 0
    for t in tally.values():
        counted = (
            t.done_on_time
            + t.done_late
            + t.in_progress
            + t.overdue
            + t.not_started
            + t.not_feasible
            + t.not_reported
        )
        assert counted == t.led


@given(st.data())
def test_drawn_records_are_valid_and_every_event_has_one_state(data: st.DataObject) -> None:
    program = data.draw(strategies.programs(max_groups=2, max_tasks=2, max_months=48))
    records = data.draw(strategies.records(program))
    assert () == coordprog.validate_records(program, records)
    day = data.draw(st.dates(D(1999, 1, 1), D(2100, 1, 1)))
    found = coordprog.status(program, records, day)
    events = coordprog.schedule(program, until=day)
    assert [s.event for s in found.events] == list(events)
    for state in found.events:
        assert state.state.held == (state.held_on is not None or state.state.value == "held")
        if state.held_on is not None:
            assert coordprog.last_day(state.held_on) <= day
    assert {s.task.id for s in found.tasks} <= {
        *(t.id for t in program.tasks),
        *(t.id for plan in program.annual_plans for t in plan.tasks),
    }


@given(st.data())
def test_a_task_done_on_time_never_turns_overdue_without_a_new_report(
    data: st.DataObject,
) -> None:
    program = data.draw(strategies.programs(max_groups=2, max_tasks=2, max_months=48))
    records = data.draw(strategies.records(program, max_progress=10))
    first = data.draw(st.dates(D(2000, 1, 1), D(2090, 1, 1)))
    later = first + dt.timedelta(days=data.draw(st.integers(1, 4000)))
    before = coordprog.status(program, records, first)
    after = coordprog.status(program, records, later)
    for old, new in zip(before.tasks, after.tasks, strict=True):
        reported_between = any(first < coordprog.last_day(p.as_of) <= later for p in new.entries)
        if old.status is coordprog.ProgressStatus.DONE_ON_TIME and not reported_between:
            assert new.status is coordprog.ProgressStatus.DONE_ON_TIME


@given(st.data())
def test_held_events_stay_held(data: st.DataObject) -> None:
    program = data.draw(strategies.programs(max_groups=1, max_tasks=1, max_months=48))
    records = data.draw(strategies.records(program))
    first = data.draw(st.dates(D(2000, 1, 1), D(2090, 1, 1)))
    later = first + dt.timedelta(days=data.draw(st.integers(1, 4000)))
    before = {
        (s.event.rule, s.event.sequence): s
        for s in coordprog.status(program, records, first).events
    }
    for state in coordprog.status(program, records, later).events:
        old = before.get((state.event.rule, state.event.sequence))
        if old is not None and old.state.held:
            assert state.state.held
        if old is not None and old.state.value == "overdue":
            assert state.state.value in ("overdue", "held-late", "held")


# -- reports ----------------------------------------------------------------------------


def test_review_report_has_the_standard_structure(program: coordprog.Program) -> None:
    records = examples.records("binh-thuan")
    text = coordprog.render(
        program, "review", "markdown", options={"window": "2022"}, records=records
    )
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == [
        "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN",
        "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP",
        "III. ĐÁNH GIÁ CHUNG",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "V. KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    assert "# Sơ kết năm 2022 thực hiện Chương trình phối hợp" in text
    assert "dữ liệu minh họa, không phải số liệu thực tế" in text
    assert "**Số liệu tính đến:** 12/01/2023" in text  # the date of the yearly review
    assert (
        "Tình trạng: hoàn thành đúng hạn, theo báo cáo của Ban Dân tộc tỉnh ngày 25/11/2022."
        in text
    )
    assert "Người có uy tín được tập huấn: 120 người" in text
    assert (
        "| Sơ kết 6 tháng (01/01/2022 - 30/06/2022) | 30/06/2022 | Đã thực hiện đúng hạn |" in text
    )
    assert "| Ban Dân vận Tỉnh ủy | 15 | 10 | 0 | 1 | 2 | 1 | 0 | 0 | 11 |" in text
    assert "Đối với Thường trực Tỉnh ủy: Quan tâm chỉ đạo" in text
    assert "2023" not in text.split("## III.")[1].split("## IV.")[0]  # the 2023 outcome stays out


def test_review_report_prints_what_the_meetings_record(program: coordprog.Program) -> None:
    """Chairs, presenters and notes of each meeting; meetings by their titles, never ids."""
    records = examples.records("binh-thuan")
    text = coordprog.render(program, "review", "text", options={"window": "2022"}, records=records)
    flat = " ".join(text.split())
    assert "trình bày báo cáo: Trưởng phòng Nghiệp vụ, Ban Dân tộc tỉnh" in flat
    assert "Hội nghị sơ kết năm 2022 Chương trình phối hợp" in flat
    assert "so-ket-nam-2022" not in flat
    # The program gives no reporting duty: whom to send it to is left for the drafter.
    assert "Kính gửi: [Chưa có trong hồ sơ: cơ quan nhận báo cáo" in flat
    noted = attrs.evolve(
        records,
        meetings=tuple(
            attrs.evolve(m, note="Hội nghị trực tuyến với 10 điểm cầu cấp huyện.")
            if m.id == "so-ket-nam-2022"
            else m
            for m in records.meetings
        ),
    )
    text = coordprog.render(program, "review", "text", options={"window": "2022"}, records=noted)
    assert "Hội nghị trực tuyến với 10 điểm cầu cấp huyện." in " ".join(text.split())


def test_review_report_is_sent_to_whom_the_program_says(program: coordprog.Program) -> None:
    """A reporting duty to a body of the program gives the report's Kính gửi."""
    tinh_uy = coordprog.Party(id="ttu", name="Thường trực Tỉnh ủy")
    duty = coordprog.ReportingDuty(
        id="bao-cao",
        name_vi="Báo cáo kết quả",
        name_en="Report",
        reporters=("bdv", "bdt"),
        recipients=("ttu",),
        every_months=12,
    )
    changed = attrs.evolve(
        program,
        third_parties=(*program.third_parties, tinh_uy),
        schedule=attrs.evolve(program.schedule, duties=(duty,)),
    )
    text = coordprog.render(changed, "review", "markdown", options={"window": "2022"})
    assert "Kính gửi: Thường trực Tỉnh ủy." in text


def test_review_report_marks_what_the_records_do_not_say(program: coordprog.Program) -> None:
    text = coordprog.render(program, "review", "text", options={"window": "2024-H1"}, records=[])
    assert "Sơ kết 6 tháng đầu năm 2024" in text
    assert text.count("[Chưa có trong hồ sơ: bổ sung trước khi ban hành.]") >= 5
    assert "Tình trạng: chưa có báo cáo." in text
    final = coordprog.render(program, "review", "markdown", options={"window": "all"})
    assert "# Tổng kết giai đoạn 2022 - 2025 thực hiện" in str(final)


def test_review_report_states_the_number_and_date_in_every_format(
    program: coordprog.Program,
) -> None:
    """The outcome's number and date print in Markdown too, which has no letterhead."""
    outcome = coordprog.ReviewOutcome(
        number="15-BC/BDVTU-BDT",
        date=dt.date(2024, 1, 20),
        window=coordprog.Window(dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    )
    records = coordprog.Records(program=program.id, outcomes=(outcome,))
    text = coordprog.render(program, "review", "markdown", records=records)
    assert "- **Số:** 15-BC/BDVTU-BDT" in text.splitlines()
    assert "- **Ngày báo cáo:** 20/01/2024" in text.splitlines()


@pytest.mark.parametrize("fmt", ["html", "text", "json"])
def test_review_report_renders_in_document_formats(program: coordprog.Program, fmt: str) -> None:
    output = coordprog.render(
        program, "review", fmt, options={"window": "2023"}, records=examples.records("binh-thuan")
    )
    assert "Giấy khen của Trưởng Ban Dân tộc tỉnh" in output


def test_review_window_option_is_checked(program: coordprog.Program) -> None:
    for bad in ("2019", "2022-H3", "năm 2022", "2022-12-31/2022-01-01"):
        with pytest.raises(coordprog.RenderError, match=r"option window|overlaps"):
            coordprog.render(program, "review", options={"window": bad})


def test_status_table_lists_what_is_overdue_and_due_soon(program: coordprog.Program) -> None:
    records = examples.records("binh-thuan")
    output = coordprog.render(
        program, "status", "csv", options={"as_of": "2024-08-15", "soon": "150"}, records=records
    )
    rows = list(csv.reader(io.StringIO(output.removeprefix("\ufeff"))))
    assert rows[0][:5] == ["Cơ quan", "Loại", "Nội dung", "Hạn", "Tình trạng"]
    kinds = {(row[0], row[4]) for row in rows[1:]}
    assert ("Ban Dân vận Tỉnh ủy", "Quá hạn") in kinds
    assert ("Ban Dân tộc tỉnh", "Chưa đến hạn") in kinds  # the 2024 yearly review, in 150 days
    quiet = coordprog.render(
        program, "status", "markdown", options={"as_of": "2024-02-01"}, records=records
    )
    assert "Không có việc quá hạn hoặc đến hạn trong 60 ngày tới." in str(quiet)


def test_status_calendar_gives_each_event_its_state(program: coordprog.Program) -> None:
    """Each event keeps its kind beside its state: a plan and a review can be told apart."""
    output = coordprog.render(
        program,
        "status-calendar",
        "ics",
        options={"as_of": "2024-08-15"},
        records=examples.records("binh-thuan"),
    )
    output = output.replace("\r\n ", "")
    assert "SUMMARY:[Đã thực hiện muộn] Sơ kết 6 tháng (01/01/2023 - 30/06/2023)" in output
    assert "CATEGORIES:sơ kết,Quá hạn" in output
    assert "CATEGORIES:kế hoạch phối hợp hàng năm,Đã thực hiện đúng hạn" in output
    assert "so-ket-6-thang-2023" not in output  # no id of the records files
    csv = str(
        coordprog.render(
            program,
            "status-calendar",
            "csv",
            options={"as_of": "2024-08-15"},
            records=examples.records("binh-thuan"),
        )
    )
    header = csv.lstrip("\ufeff").splitlines()[0]
    # The records are illustrative: every row says so, in a last column.
    expected = "Hạn,Từ ngày,Đến ngày,Loại,Tình trạng,Sự kiện,Mô tả,Mã,Lưu ý"
    assert expected == header
    assert all("dữ liệu minh họa" in line for line in csv.splitlines()[1:] if line)


def test_records_given_to_a_report_that_does_not_use_them_are_refused(
    program: coordprog.Program,
) -> None:
    with pytest.raises(coordprog.RenderError, match="does not use records of implementation"):
        coordprog.render(program, "matrix", records=examples.records("binh-thuan"))


# -- command line --------------------------------------------------------------------------


def test_cli_status_and_review(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    program = str(ROOT / "examples" / "binh_thuan" / "program.toml")
    records = [str(p) for p in RECORDS]
    assert main(["status", program, *records, "--as-of", "2024-08-15", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    # CSV writes every date as an ISO date, in every report.
    assert "Sơ kết 6 tháng (01/01/2024 - 30/06/2024),2024-06-30,Quá hạn" in out
    ics = tmp_path / "lich.ics"
    assert main(["status", program, *records, "--as-of", "2024-08-15", "-o", str(ics)]) == 0
    assert "[Quá hạn]" in ics.read_text(encoding="utf-8")
    review = tmp_path / "so-ket-2022.md"
    argv = ["render", program, "--records", *records, "--report", "review"]
    assert main([*argv, "--option", "window=2022", "-o", str(review)]) == 0
    assert "## V. KIẾN NGHỊ, ĐỀ XUẤT" in review.read_text(encoding="utf-8")


def test_cli_names_the_records_file_and_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    program = str(ROOT / "examples" / "binh_thuan" / "program.toml")
    bad = tmp_path / "2022.toml"
    bad.write_text(
        f'program = "{PROGRAM_ID}"\n[[progress]]\ntask = "II.1.1.1"\nby = "bdv"\n'
        'as_of = 2022-05-01\nstatus = "finished"\n',
        encoding="utf-8",
    )
    assert main(["status", program, str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}: progress[0].status: expected one of")
    assert "Traceback" not in err


def test_cli_dates_a_draft_it_makes_today(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line gives today to the kinds that take it: a draft without a date of its own."""
    docx = pytest.importorskip("docx")
    monkeypatch.delenv("COORDPROG_PLUGINS")  # the docx plugin, installed with the tests
    program = str(ROOT / "examples" / "binh_thuan" / "program.toml")
    out = tmp_path / "so-ket-2024-h1.docx"
    argv = ["render", program, "--report", "review", "--option", "window=2024-H1", "-o", str(out)]
    assert main(argv) == 0
    created = docx.Document(str(out)).core_properties.created
    assert dt.date.today() == created.date()


@pytest.fixture(scope="module")
def large(program: coordprog.Program) -> coordprog.Records:
    """The example's records with each progress entry repeated for every day of its window."""
    example = examples.records("binh-thuan")
    progress = [
        attrs.evolve(entry, as_of=window.start + dt.timedelta(days=offset))
        for entry in example.progress
        if (window := entry.window) is not None
        for offset in range((window.end - window.start).days + 1)
    ]
    return attrs.evolve(example, progress=tuple(progress))


class TestLargeRecordsFiles:
    """A JSON records file of megabytes reads as its text does, mistakes included."""

    def test_a_file_of_megabytes_reads_as_its_text(
        self, program: coordprog.Program, large: coordprog.Records, tmp_path: Path
    ) -> None:
        """Records of megabytes, compact or indented, read from a file or text as parsed whole."""
        for indent in (None, 2):
            text = coordprog.dumps(large, "json", indent=indent)
            path = tmp_path / "large.json"
            path.write_text(text, encoding="utf-8")
            assert path.stat().st_size > 1_500_000
            assert large == coordprog.load_records(program, path)
            assert large == coordprog.loads_records(program, text)
            assert large == coordprog.loads_records(program, text.encode("utf-8"))
            parsed = json.loads(text)
            assert large == coordprog.records_from_data(parsed, "json", program=program)

    def test_a_mistake_megabytes_in_is_named_as_in_text(
        self, program: coordprog.Program, large: coordprog.Records, tmp_path: Path
    ) -> None:
        """A syntax error and a bad value far into a large file are named as for the text."""
        text = coordprog.dumps(large, "json", indent=2)
        last = text.rindex('"as_of"')
        for spoilt in (
            text[:last] + text[last:].replace(":", ";", 1),
            text[:last] + text[last:].replace('"20', '"19', 1),
            text[:last] + text[last:].replace('"as_of"', '"task"', 1),
        ):
            path = tmp_path / "spoilt.json"
            path.write_text(spoilt, encoding="utf-8")
            with pytest.raises(coordprog.ValidationError) as from_text:
                coordprog.loads_records(program, spoilt)
            with pytest.raises(coordprog.ValidationError) as from_file:
                coordprog.load_records(program, path)
            assert from_text.value.problems == from_file.value.problems
            assert str(path) == from_file.value.source

    def test_a_value_longer_than_what_is_read_at_a_time(
        self, program: coordprog.Program, tmp_path: Path
    ) -> None:
        """A note of five million characters, in a file, reads whole."""
        example = examples.records("binh-thuan")
        records = attrs.evolve(example, note="Ghi chú " * 625_000)
        path = tmp_path / "long.json"
        path.write_text(coordprog.dumps(records, "json"), encoding="utf-8")
        assert records == coordprog.load_records(program, path)


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_review_report_prints_the_acts_signatures_and_recipients_of_its_outcome(
    program: coordprog.Program, fmt: str
) -> None:
    """The report lists the acts it cites, and is addressed, signed and sent as its records say."""
    records = coordprog.Records(program=program.id, outcomes=(_cited_and_signed(),))
    text = coordprog.render(program, "review", fmt, records=records)
    assert "VI. VĂN BẢN LIÊN QUAN" in text
    assert "Kế hoạch số 12/KH-BDVTU-BDT, ngày 01/02/2023 của Ban Dân vận Tỉnh ủy" in text
    assert "Nguyễn Văn A" in text
    assert "TM. BAN THƯỜNG VỤ" in text
    assert "Thường trực Tỉnh ủy (b/c);" in text
    # "Như trên" (as above) is the report's own addressees, printed under its title.
    assert "Kính gửi: Ban Dân vận Trung ương." in text
    plain = coordprog.render(program, "review", fmt, records=examples.records("binh-thuan"))
    assert "VĂN BẢN LIÊN QUAN" not in plain
    assert "Như trên;" in plain
