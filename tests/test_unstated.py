"""No required field forces a value a document may not state.

Each field below once forced a value (a day, a window, a title) that real
documents leave unsaid; each now holds what the document says, and the
schedule, the status and the reports say what follows from it.
"""

from __future__ import annotations

import datetime as dt
import typing

import attrs
import pytest

import coordprog
from coordprog import (
    OneOffEvent,
    PartialDate,
    Program,
    Progress,
    ProgressStatus,
    Records,
    ReportingDuty,
    ReportSubmitted,
    ReviewOutcome,
    TaskGroup,
    Window,
)

D = dt.date


@pytest.fixture
def program() -> Program:
    return coordprog.examples.load("binh-thuan")


def _with_event(program: Program, day: dt.date | PartialDate | None) -> Program:
    launch = OneOffEvent(
        id="trien-khai", date=day, name_vi="Hội nghị triển khai", name_en="Launch conference"
    )
    return attrs.evolve(program, schedule=attrs.evolve(program.schedule, events=(launch,)))


class TestOneOffEvent:
    @pytest.mark.parametrize(
        ("day", "written"),
        [
            (PartialDate(2023, 3), "tháng 3/2023"),
            (PartialDate(2023), "năm 2023"),
            (None, "chưa rõ ngày"),
        ],
    )
    def test_the_program_report_prints_the_date_as_known(
        self, program: Program, day: PartialDate | None, written: str
    ) -> None:
        """An event dated to a month, a year or not at all prints as dated in the program report."""
        text = coordprog.render(_with_event(program, day), "program", "markdown")
        assert f"- Hội nghị triển khai: {written}" in text

    @pytest.mark.parametrize("day", [PartialDate(2023, 3), PartialDate(2023), None])
    def test_the_schedule_says_why_it_cannot_date_it(
        self, program: Program, day: PartialDate | None
    ) -> None:
        """The schedule leaves such an event out, and its notes say why."""
        changed = _with_event(program, day)
        assert [] == [e for e in coordprog.schedule(changed) if e.rule == "trien-khai"]
        notes = [n for n in coordprog.schedule_notes(changed) if n.rule == "trien-khai"]
        assert 1 == len(notes)
        assert notes[0].vi.startswith("Không xếp được vào lịch “Hội nghị triển khai”")

    def test_an_event_dated_to_the_day_is_scheduled(self, program: Program) -> None:
        """An event dated to the day is scheduled as before, with no note."""
        changed = _with_event(program, D(2023, 3, 15))
        (event,) = [e for e in coordprog.schedule(changed) if e.rule == "trien-khai"]
        assert D(2023, 3, 15) == event.due
        assert [] == [n for n in coordprog.schedule_notes(changed) if n.rule == "trien-khai"]
        text = coordprog.render(changed, "program", "markdown")
        assert "Sự kiện chưa xếp được vào lịch" not in text

    @pytest.mark.parametrize("written", ['date = "2023-03"', 'date = "2023"', ""])
    def test_round_trips_in_both_formats(self, program: Program, written: str) -> None:
        """The date round-trips in TOML and JSON as precisely as written, or absent."""
        text = coordprog.dumps(program, "toml").replace(
            "[[task_groups]]",
            '[[schedule.events]]\nid = "trien-khai"\n'
            f'{written}\nname_vi = "Hội nghị triển khai"\nname_en = "Launch"\n\n[[task_groups]]',
            1,
        )
        loaded = coordprog.loads(text, "toml")
        for fmt in ("toml", "json"):
            assert loaded == coordprog.loads(coordprog.dumps(loaded, fmt), fmt)
        expected = {'date = "2023-03"': PartialDate(2023, 3), 'date = "2023"': PartialDate(2023)}
        assert expected.get(written) == loaded.schedule.events[0].date

    def test_a_partial_date_outside_the_period_is_refused(self, program: Program) -> None:
        """A month wholly outside the period is refused with its path."""
        problems = coordprog.validate(_with_event(program, PartialDate(2030, 3)))
        assert ["schedule.events[0].date"] == [problem.path for problem in problems]


class TestProgressAsOf:
    def _records(self, program: Program, *entries: Progress) -> Records:
        return Records(program=program.id, progress=entries)

    def test_known_by_the_last_day_of_its_month(self, program: Program) -> None:
        """A report "tháng 3/2023" counts from 31/03/2023, not before."""
        task = program.tasks[0].id
        entry = Progress(task, "bdv", PartialDate(2023, 3), ProgressStatus.IN_PROGRESS)
        records = self._records(program, entry)
        assert coordprog.status(program, records, D(2023, 3, 30)).task(task).status is None
        found = coordprog.status(program, records, D(2023, 3, 31)).task(task)
        assert ProgressStatus.IN_PROGRESS == found.status
        assert PartialDate(2023, 3) == found.report.as_of if found.report else False

    def test_ordered_by_its_last_day(self, program: Program) -> None:
        """A report of a month is later than one of a day inside it, earlier than the next day's."""
        task = program.tasks[0].id
        month = Progress(task, "bdv", PartialDate(2023, 3), ProgressStatus.DONE_ON_TIME)
        inside = Progress(task, "bdv", D(2023, 3, 10), ProgressStatus.IN_PROGRESS)
        after = Progress(
            task, "bdv", D(2023, 4, 1), ProgressStatus.NOT_FEASIBLE, reason="Hết kinh phí"
        )
        on_may = D(2023, 5, 1)
        found = coordprog.status(program, self._records(program, month, inside), on_may)
        assert ProgressStatus.DONE_ON_TIME == found.task(task).status
        found = coordprog.status(program, self._records(program, month, inside, after), on_may)
        assert ProgressStatus.NOT_FEASIBLE == found.task(task).status

    def test_a_tie_with_its_last_day_takes_the_less_advanced(self, program: Program) -> None:
        """A report of March and one of 31 March are level: the less advanced counts."""
        task = program.tasks[0].id
        month = Progress(task, "bdv", PartialDate(2023, 3), ProgressStatus.DONE_ON_TIME)
        last = Progress(task, "bdv", D(2023, 3, 31), ProgressStatus.IN_PROGRESS)
        found = coordprog.status(program, self._records(program, month, last), D(2023, 4, 1))
        assert ProgressStatus.IN_PROGRESS == found.task(task).status

    def test_the_review_prints_the_month_never_a_day(self, program: Program) -> None:
        """The review report says "tháng 3/2023", not an invented 31/03/2023."""
        task = program.tasks[0].id
        entry = Progress(task, "bdv", PartialDate(2023, 3), ProgressStatus.IN_PROGRESS)
        text = coordprog.render(
            program,
            "review",
            "markdown",
            records=self._records(program, entry),
            options={"window": "2023", "as_of": "2023-12-31"},
        )
        said = " ".join(text.split())
        assert "theo báo cáo của Ban Dân vận Tỉnh ủy tháng 3/2023." in said
        assert "Tỉnh ủy ngày 31/03/2023" not in said

    def test_round_trips(self, program: Program) -> None:
        """A progress report dated to a year round-trips in TOML and JSON."""
        text = (
            f'program = "{program.id}"\n[[progress]]\ntask = "{program.tasks[0].id}"\n'
            'by = "bdv"\nas_of = "2023"\nstatus = "in-progress"\n'
        )
        records = coordprog.loads_records(program, text, "toml")
        assert PartialDate(2023) == records.progress[0].as_of
        for fmt in ("toml", "json"):
            again = coordprog.loads_records(program, coordprog.dumps(records, fmt), fmt)
            assert records == again


def _with_duty(program: Program) -> Program:
    duty = ReportingDuty(
        id="bao-cao-nam",
        name_vi="Báo cáo năm",
        name_en="Yearly report",
        reporters=("bdv",),
        recipients=("bdt",),
        every_months=12,
    )
    return attrs.evolve(program, schedule=attrs.evolve(program.schedule, duties=(duty,)))


class TestReportSubmitted:
    def test_an_undated_report_is_made_on_a_date_not_known(self, program: Program) -> None:
        """A report known submitted, on a day the records do not give, makes its event: held."""
        changed = _with_duty(program)
        records = Records(
            program=program.id, reports=(ReportSubmitted("bao-cao-nam", by=("bdv",)),)
        )
        found = coordprog.status(changed, records, D(2024, 6, 1))
        states = [s for s in found.events if s.event.rule == "bao-cao-nam"]
        assert coordprog.EventState.HELD == states[0].state
        assert states[0].held_on is None
        assert "báo cáo chưa rõ ngày" == states[0].record
        assert coordprog.EventState.OVERDUE == states[1].state

    def test_an_undated_report_of_a_window_makes_that_window(self, program: Program) -> None:
        """An undated report for 2023 makes the 2023 event, not the earliest."""
        changed = _with_duty(program)
        report = ReportSubmitted(
            "bao-cao-nam", by=("bdv",), window=Window(D(2023, 1, 1), D(2023, 12, 31))
        )
        found = coordprog.status(
            changed, Records(program=program.id, reports=(report,)), D(2024, 6, 1)
        )
        states = {
            s.event.start.year: s.state for s in found.events if s.event.rule == "bao-cao-nam"
        }
        assert coordprog.EventState.OVERDUE == states[2022]
        assert coordprog.EventState.HELD == states[2023]

    def test_the_status_calendar_shows_it_done(self, program: Program) -> None:
        """The status calendar prints the event as done, on a date not known."""
        changed = _with_duty(program)
        records = Records(
            program=program.id, reports=(ReportSubmitted("bao-cao-nam", by=("bdv",)),)
        )
        text = coordprog.render(
            changed, "status-calendar", "markdown", records=records, options={"as_of": "2024-06-01"}
        )
        line = next(ln for ln in text.splitlines() if "Báo cáo năm" in ln and "2022" in ln)
        assert "Đã thực hiện" in line

    def test_round_trips_without_a_date(self, program: Program) -> None:
        """A report without a date loads and writes back without one."""
        changed = _with_duty(program)
        text = f'program = "{program.id}"\n[[reports]]\nduty = "bao-cao-nam"\nby = ["bdv"]\n'
        records = coordprog.loads_records(changed, text, "toml")
        assert records.reports[0].date is None
        _assert_round_trips(changed, records)

    def test_a_report_not_saying_who_sent_it_is_made(self, program: Program) -> None:
        """A report the records do not say who sent still makes its event, and round-trips."""
        changed = _with_duty(program)
        text = f'program = "{program.id}"\n[[reports]]\nduty = "bao-cao-nam"\ndate = "2022-12-20"\n'
        records = coordprog.loads_records(changed, text, "toml")
        assert () == records.reports[0].by
        found = coordprog.status(changed, records, D(2024, 6, 1))
        states = [s.state for s in found.events if s.event.rule == "bao-cao-nam"]
        assert coordprog.EventState.HELD_ON_TIME == states[0]
        _assert_round_trips(changed, records)


class TestRulesWithoutEnglishNames:
    """A Vietnamese document names its reviews, events and duties in Vietnamese only."""

    RULES = """
[[schedule.reviews]]
id = "so-ket-nam"
every_months = 12
name_vi = "Sơ kết hằng năm"

[[schedule.events]]
id = "trien-khai"
date = "2023-03"
name_vi = "Hội nghị triển khai"

[[schedule.duties]]
id = "bao-cao-nam"
name_vi = "Báo cáo năm"
reporters = ["bdv"]
recipients = ["bdt"]
every_months = 12

[[schedule.annual_events]]
id = "ngay-hoi"
month = 8
day = 19
name_vi = "Ngày hội Đại đoàn kết"
"""

    def _program(self, program: Program, rules: str = RULES) -> Program:
        text = coordprog.dumps(attrs.evolve(program, schedule=coordprog.ScheduleRules()), "toml")
        return coordprog.loads(text + rules, "toml")

    def test_they_load_without_an_english_name(self, program: Program) -> None:
        """Each rule loads with ``name_en`` left out, as None."""
        rules = self._program(program).schedule
        names = [
            rules.reviews[0].name_en,
            rules.events[0].name_en,
            rules.duties[0].name_en,
            rules.annual_events[0].name_en,
        ]
        assert [None, None, None, None] == names

    def test_events_carry_the_vietnamese_name(self, program: Program) -> None:
        """The schedule's events are named in Vietnamese in English too: nothing is made up."""
        events = coordprog.schedule(self._program(program))
        assert events
        assert [e.name_vi for e in events if e.rule != "annual-plan"] == [
            e.name_en for e in events if e.rule != "annual-plan"
        ]
        ics = coordprog.render(self._program(program), "schedule", "ics", options={"lang": "en"})
        assert "Sơ kết hằng năm" in ics

    def test_the_english_program_report_prints_the_vietnamese_name(self, program: Program) -> None:
        """An event not dated to the day prints under its Vietnamese name in English."""
        text = coordprog.render(
            self._program(program), "program", "markdown", options={"lang": "en"}
        )
        assert "- Hội nghị triển khai: 2023-03" in text.splitlines()

    def test_round_trips_without_english_names(self, program: Program) -> None:
        """Written back, the rules still have no English name, in TOML and JSON."""
        changed = self._program(program)
        for fmt in ("toml", "json"):
            text = coordprog.dumps(changed, fmt)
            assert "name_en" not in text
            assert changed == coordprog.loads(text, fmt)

    def test_a_duty_naming_no_reporter_is_refused_with_its_path(self, program: Program) -> None:
        """A duty to report is somebody's: one without reporters is refused, naming the field."""
        rules = self.RULES.replace('reporters = ["bdv"]\n', "")
        with pytest.raises(coordprog.CoordprogError) as caught:
            self._program(program, rules)
        assert "schedule.duties[0].reporters" in str(caught.value)
        assert "expected at least one reporter" in str(caught.value)


class TestReviewOutcomeIssuer:
    def test_who_issued_the_report_and_where_are_printed(self, program: Program) -> None:
        """The report's issuing party, a body beyond the parties and its place are printed."""
        outcome = ReviewOutcome(
            number="12/BC-CĐ",
            place="Tân Lâm",
            by=(program.parties[0].id,),
            bodies=("Công đoàn Trường THPT Tân Lâm",),
            results=("Tổ chức 12 buổi tuyên truyền.",),
        )
        records = Records(program=program.id, outcomes=(outcome,))
        assert () == coordprog.validate_records(program, records)
        text = coordprog.render(program, "review", "markdown", records=records)
        assert f"{program.parties[0].name}; Công đoàn Trường THPT Tân Lâm" in text
        assert "Tân Lâm" in text.replace("Công đoàn Trường THPT Tân Lâm", "")
        html = coordprog.render(program, "review", "html", records=records)
        assert "Tân Lâm, ngày" in html
        # The letterhead is of the issuing party alone.
        both = coordprog.render(program, "review", "html").replace("\xa0", " ")
        assert "BAN DÂN TỘC" in both.split("BÁO CÁO")[0]
        assert "BAN DÂN TỘC" not in html.replace("\xa0", " ").split("BÁO CÁO")[0]

    def test_round_trips(self, program: Program) -> None:
        """The report's place, issuing parties and bodies load and write back."""
        text = (
            f'program = "{program.id}"\n[[outcomes]]\nplace = "Tân Lâm"\n'
            f'by = ["{program.parties[0].id}"]\nbodies = ["Công đoàn Trường THPT Tân Lâm"]\n'
        )
        records = coordprog.loads_records(program, text, "toml")
        assert ("Tân Lâm", (program.parties[0].id,)) == (
            records.outcomes[0].place,
            records.outcomes[0].by,
        )
        _assert_round_trips(program, records)

    def test_an_issuer_that_is_no_party_is_refused_with_its_path(self, program: Program) -> None:
        """``by`` names parties by id: an unknown id is a problem at its path."""
        records = Records(program=program.id, outcomes=(ReviewOutcome(by=("khong-co",)),))
        (problem,) = coordprog.validate_records(program, records)
        assert "outcomes[0].by[0]" == problem.path


class TestReviewOutcomeWindow:
    def test_printed_by_the_review_of_the_whole_period(self, program: Program) -> None:
        """An outcome stating no window is the review of the whole period, and of the default."""
        outcome = ReviewOutcome(directions=("Tăng cường kiểm tra, giám sát.",))
        records = Records(program=program.id, outcomes=(outcome,))
        for options in ({"window": "all"}, {}):
            text = coordprog.render(program, "review", "markdown", records=records, options=options)
            assert "Tổng kết giai đoạn 2022 - 2025" in text
            assert "Tăng cường kiểm tra, giám sát." in text
        text = coordprog.render(
            program, "review", "markdown", records=records, options={"window": "2023"}
        )
        assert "Tăng cường kiểm tra, giám sát." not in text

    def test_printed_by_the_review_of_its_meetings_window(self, program: Program) -> None:
        """An outcome stating no window reviews the window of the meeting that adopted it."""
        meeting = coordprog.Meeting(
            id="sk",
            kind=coordprog.MeetingKind.INTERIM_REVIEW,
            date=D(2024, 1, 20),
            window=Window(D(2023, 1, 1), D(2023, 12, 31)),
        )
        outcome = ReviewOutcome(meeting="sk", directions=("Tăng cường kiểm tra, giám sát.",))
        records = Records(program=program.id, meetings=(meeting,), outcomes=(outcome,))
        text = coordprog.render(
            program, "review", "markdown", records=records, options={"window": "2023"}
        )
        assert "Tăng cường kiểm tra, giám sát." in text
        default = coordprog.render(program, "review", "markdown", records=records)
        assert "Sơ kết năm 2023" in default

    def test_the_annual_plan_follows_only_placed_reviews(self, program: Program) -> None:
        """The annual plan draft cites no outcome it cannot place before its year."""
        outcome = ReviewOutcome(number="15-BC/BDV", directions=("Tăng cường kiểm tra, giám sát.",))
        records = Records(program=program.id, outcomes=(outcome,))
        text = coordprog.render(
            program, "annual-plan", "markdown", records=records, options={"year": "2024"}
        )
        assert "15-BC/BDV" not in text
        assert "Tăng cường kiểm tra, giám sát." not in text

    def test_round_trips_without_a_window(self, program: Program) -> None:
        """An outcome without a window loads and writes back without one."""
        text = f'program = "{program.id}"\n[[outcomes]]\nnumber = "15-BC/BDV"\n'
        records = coordprog.loads_records(program, text, "toml")
        assert records.outcomes[0].window is None
        _assert_round_trips(program, records)


class TestTaskGroupTitle:
    def _numbered(self, program: Program) -> Program:
        first = attrs.evolve(program.task_groups[0], title=None, number="1")
        return attrs.evolve(program, task_groups=(first, *program.task_groups[1:]))

    @pytest.mark.parametrize(
        ("kind", "options"),
        [("program", {}), ("review", {"window": "2023"}), ("annual-plan", {"year": "2024"})],
    )
    def test_headings_print_the_number_only(
        self, program: Program, kind: str, options: dict[str, str]
    ) -> None:
        """A group known by its number only is headed "1." in the reports that print groups."""
        text = coordprog.render(self._numbered(program), kind, "markdown", options=options)
        headings = [line for line in text.splitlines() if line.startswith("#")]
        assert any(line.endswith(" 1.") for line in headings), headings
        assert str(program.task_groups[0].title) not in text

    def test_its_tasks_keep_their_roles(self, program: Program) -> None:
        """The tasks of an untitled group inherit its roles as before."""
        changed = self._numbered(program)
        assert [t.leads for t in program.tasks] == [t.leads for t in changed.tasks]
        assert [t.supports for t in program.tasks] == [t.supports for t in changed.tasks]

    def test_neither_title_nor_number_is_refused(self) -> None:
        """A group needs a title or a number."""
        with pytest.raises(coordprog.FieldError, match="'title', 'number'"):
            TaskGroup(id="g")

    def test_round_trips(self, program: Program) -> None:
        """An untitled group round-trips in TOML and JSON."""
        changed = self._numbered(program)
        for fmt in ("toml", "json"):
            assert changed == coordprog.loads(coordprog.dumps(changed, fmt), fmt)


#: Every field with no default in a class a program or records document is
#: made of: a class name and its fields.  Adding one fails the test below.
REQUIRED = {
    # What makes a document a document: its id (the key records and
    # portfolios refer to it by); its kind, title or number and its parties
    # are checked by validation (a title or a number; at least one party).
    "Program": ("id",),
    "Records": ("program",),  # the program they belong to: records of nothing are nothing
    # Parties: an id for references, and a name (a party is a named body).
    "Party": ("id", "name"),
    "FormerName": ("name",),  # a former name is its name; its date may be unknown
    "FormerProvince": ("province",),
    "Area": ("name",),
    # Text: a task is its text (ids are its place); a group a title or a
    # number (checked); a provision its number; a point its letter and text.
    "Task": ("id", "text"),
    "TaskGroup": ("id",),
    "Target": ("description",),
    "RoleAssignment": ("role", "parties"),  # a role given to nobody is no role
    "Chapter": ("number",),
    "Article": ("number",),
    "Clause": ("number",),
    "Point": ("letter", "text"),
    "AnnualPlan": ("year",),  # the year a plan plans is what it is
    "Review": ("kind",),
    "LegalRef": ("id", "kind"),
    "ProjectRef": ("act",),
    "DraftItem": ("path", "reason"),  # written by the importer, not by a document
    "PartialDate": ("year",),  # a partial date is at least a year; an unknown one is None
    "Window": ("start", "end"),  # a window is optional wherever it is used
    "Instruction": ("id", "expects"),
    "Expectation": ("level",),
    # Schedule rules are the user's model of a clause: an id to refer to,
    # the cadence or day that makes the rule, and the name its events are
    # printed with, as the document words it (an English name is optional).
    "OneOffEvent": ("id", "name_vi"),
    "AnnualEvent": ("id", "month", "day", "name_vi"),
    "ReviewRule": ("id", "every_months", "name_vi"),
    "ReportingDuty": ("id", "name_vi", "reporters"),  # a duty to report is somebody's
    # Records: what the record is of.
    "Meeting": ("id", "kind"),
    "AdoptedDocument": ("kind",),
    "ReportSubmitted": ("duty",),  # the duty it answers; who sent it may be unsaid
    "Progress": ("task", "by", "as_of", "status"),  # a status of a task, by a body, at a date
    "Proposal": ("text",),
    "Figure": ("indicator", "value"),  # a figure is a value of something
    "ReviewOutcome": (),
}


def _classes(root: type) -> set[type]:
    """Every attrs class reachable from ``root`` through its fields' types."""
    found: set[type] = set()
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls in found or not attrs.has(cls):
            continue
        found.add(cls)
        attrs.resolve_types(cls)
        for field in attrs.fields(cls):
            todo.extend(_named(field.type))
    return found


def _named(hint: object) -> list[type]:
    """The classes a type hint names: ``tuple[Task, ...] | None`` names ``Task``."""
    if isinstance(hint, type):
        return [hint]
    return [t for arg in typing.get_args(hint) for t in _named(arg)]


def test_no_field_forces_a_value_beyond_what_makes_a_document() -> None:
    """Only the fields listed (what makes a document, ids and keys) must be given.

    A field must be given when it has no default, or when its default is
    refused (an empty list that must name somebody): the JSON Schema lists
    both as required.
    """
    classes = _classes(Program) | _classes(Records)
    listed: dict[str, set[str]] = {}
    for document in ("program", "records"):
        for name, schema in coordprog.json_schema(document)["$defs"].items():
            listed.setdefault(name, set()).update(schema.get("required", ()))
    required = {
        cls.__name__: tuple(
            a.name
            for a in attrs.fields(cls)
            if a.default is attrs.NOTHING or a.name in listed.get(cls.__name__, ())
        )
        for cls in classes
    }
    beyond = {
        name: fields
        for name, fields in required.items()
        if fields and fields != REQUIRED.get(name, ())
    }
    assert {} == beyond
    assert {"OneOffEvent", "ReportSubmitted", "Progress", "ReviewOutcome", "TaskGroup"} <= set(
        required
    )


def _assert_round_trips(program: Program, records: coordprog.Records) -> None:
    """``records`` write to TOML and JSON and read back the same."""
    for fmt in ("toml", "json"):
        assert records == coordprog.loads_records(program, coordprog.dumps(records, fmt), fmt)
