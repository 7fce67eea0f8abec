"""Time as programs live it: dates known in part, amendments from their date, bodies that cease."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import coordprog
from coordprog import (
    Amendment,
    PartialDate,
    Party,
    Period,
    Precision,
    Program,
    ScheduleRules,
)
from coordprog.testing import check_schedule
from coordprog.testing.strategies import partial_dates, programs, records

D = dt.date


class TestPartialDate:
    def test_a_month_spans_its_days(self) -> None:
        """A date known to the month runs from its first to its last day."""
        day = PartialDate(2024, 2)
        assert (D(2024, 2, 1), D(2024, 2, 29)) == (day.first, day.last)
        assert Precision.MONTH == day.precision

    def test_a_year_spans_its_days(self) -> None:
        """A date known to the year runs from 1 January to 31 December."""
        assert (D(2015, 1, 1), D(2015, 12, 31)) == (PartialDate(2015).first, PartialDate(2015).last)

    def test_helpers_take_both_kinds(self) -> None:
        """first_day and last_day take a full date or a partial one."""
        assert (
            D(2022, 1, 24)
            == coordprog.first_day(D(2022, 1, 24))
            == coordprog.last_day(D(2022, 1, 24))
        )
        assert D(2019, 3, 31) == coordprog.last_day(PartialDate(2019, 3))

    def test_a_month_out_of_range_is_refused(self) -> None:
        """Month 13 is no month."""
        with pytest.raises(coordprog.FieldError, match="month"):
            PartialDate(2024, 13)

    @given(partial_dates())
    def test_round_trip_in_both_formats(self, day: PartialDate) -> None:
        """A partial date is written as "YYYY-MM" or "YYYY" and read back the same."""
        program = coordprog.examples.load("binh-thuan")
        dated = attrs.evolve(program, signed_on=day)
        for fmt in ("json", "toml"):
            assert day == coordprog.loads(coordprog.dumps(dated, fmt), fmt).signed_on


class TestDatesAsStated:
    def _program(self, **fields: object) -> str:
        lines = ['id = "p"', 'title = "Quy chế"']
        lines += [f"{key} = {value}" for key, value in fields.items()]
        return "\n".join(lines) + '\n[[parties]]\nid = "a"\nname = "Ban A"\n'

    def test_year_only_act(self) -> None:
        """An act cited as "năm 2020" holds its year, and prints it as such."""
        text = self._program() + (
            '[[legal_refs]]\nid = "luat-tn"\nkind = "law"\ntitle = "Luật Thanh niên"\n'
            'date = "2020"\n'
        )
        program = coordprog.loads(text, "toml")
        assert PartialDate(2020) == program.legal_ref("luat-tn").date
        assert "năm 2020" in program.legal_ref("luat-tn").citation

    def test_signing_month(self) -> None:
        """A document signed "tháng 3/2019" prints the month, never an invented day."""
        program = coordprog.loads(self._program(signed_on='"2019-03"'), "toml")
        assert PartialDate(2019, 3) == program.signed
        out = coordprog.render(program, "program", "text")
        assert "tháng 3 năm 2019" in out
        assert "01/03/2019" not in out

    def test_a_bad_partial_date_names_its_path(self) -> None:
        """A date that is neither a day, a month nor a year is refused with its path."""
        with pytest.raises(coordprog.ValidationError, match=r"signed_on: expected a date"):
            coordprog.loads(self._program(signed_on='"March 2019"'), "toml")

    def test_no_period_stated(self) -> None:
        """A regulation that states no period loads; its period says so."""
        program = coordprog.loads(self._program(kind='"regulation"'), "toml")
        assert program.period.start is None
        assert program.period.end_unknown
        assert not program.period.until_replaced
        assert "chưa rõ thời hạn" == program.period.as_written

    def test_only_a_number(self) -> None:
        """A document known only by its number needs no title."""
        text = 'id = "p"\nnumber = "05-CTr/TU"\n[[parties]]\nid = "a"\nname = "Ban A"\n'
        assert "Chương trình số 05-CTr/TU" == coordprog.loads(text, "toml").heading

    def test_neither_title_nor_number(self) -> None:
        """A document with neither a title nor a number is refused."""
        text = 'id = "p"\n[[parties]]\nid = "a"\nname = "Ban A"\n'
        with pytest.raises(coordprog.ValidationError, match="title: expected a title, or a number"):
            coordprog.loads(text, "toml")

    def test_end_unknown_differs_from_until_replaced(self) -> None:
        """An end the source does not state is not "in force until replaced"."""
        start = D(2019, 3, 20)
        assert Period(start).until_replaced
        assert not Period(start, end_unknown=True).until_replaced
        assert "chưa rõ ngày kết thúc" in Period(start, end_unknown=True).as_written

    def test_end_unknown_with_an_end_is_refused(self) -> None:
        """An end cannot be both stated and unknown."""
        with pytest.raises(coordprog.FieldError, match="end_unknown"):
            Period(D(2020, 1, 1), D(2021, 1, 1), end_unknown=True)

    def test_a_period_without_a_start_schedules_no_window(self) -> None:
        """Without a start, no review window can be placed: none is invented."""
        program = coordprog.examples.load("binh-thuan")
        undated = attrs.evolve(program, period=Period(end=D(2025, 12, 31)))
        events = coordprog.schedule(undated)
        assert [] == [e for e in events if e.kind is not coordprog.EventKind.EVENT]

    def test_a_meeting_known_to_the_month(self) -> None:
        """A review held "tháng 7/2022" is known once July is over, and counts as held."""
        program = coordprog.examples.load("binh-thuan")
        text = (
            f'program = "{program.id}"\n[[meetings]]\nid = "sk"\nkind = "interim-review"\n'
            'date = "2022-07"\nwindow = { start = 2022-01-01, end = 2022-06-30 }\n'
        )
        records = coordprog.loads_records(program, text, "toml")
        before = coordprog.status(program, records, D(2022, 7, 15))
        after = coordprog.status(program, records, D(2022, 8, 15))
        states = {(s.event.rule, s.event.sequence): s for s in after.events}
        assert (
            "due"
            == {(s.event.rule, s.event.sequence): s for s in before.events}[
                ("6-month", 1)
            ].state.value
        )
        # The grace ends 30/07/2022, inside July: held, but not known to be on time.
        assert "held" == states[("6-month", 1)].state.value
        assert PartialDate(2022, 7) == states[("6-month", 1)].held_on

    def test_a_meeting_month_after_the_deadline_is_late(self) -> None:
        """A review held "tháng 9/2022", wholly after its last day, was held late."""
        program = coordprog.examples.load("binh-thuan")
        text = (
            f'program = "{program.id}"\n[[meetings]]\nid = "sk"\nkind = "interim-review"\n'
            'date = "2022-09"\nwindow = { start = 2022-01-01, end = 2022-06-30 }\n'
        )
        records = coordprog.loads_records(program, text, "toml")
        found = coordprog.status(program, records, D(2022, 10, 1))
        first = next(s for s in found.events if s.event.rule == "6-month")
        assert coordprog.EventState.HELD_LATE == first.state


def _amended(program: Program, day: dt.date, rules: ScheduleRules) -> Program:
    return attrs.evolve(
        program,
        amendments=(*program.amendments, Amendment(date=day, reason="Điều chỉnh", schedule=rules)),
    )


class TestAmendmentsInForceFromTheirDate:
    def test_dropping_the_six_month_review_keeps_the_past(self) -> None:
        """An amendment of 1/6/2024 that drops the six-month review keeps those held before."""
        program = coordprog.examples.load("binh-thuan")
        rules = attrs.evolve(
            program.schedule,
            reviews=tuple(r for r in program.schedule.reviews if r.id != "6-month"),
        )
        amended = _amended(program, D(2024, 6, 1), rules)
        six = [e for e in coordprog.schedule(amended) if e.rule == "6-month"]
        assert [D(2022, 6, 30), D(2022, 12, 31), D(2023, 6, 30), D(2023, 12, 31)] == [
            e.end for e in six
        ]
        assert 12 == len(coordprog.schedule(amended))  # 4 plans, 4 six-month, 3 yearly, final
        found = coordprog.status(amended, coordprog.examples.records("binh-thuan"), D(2024, 8, 1))
        held = {(s.event.rule, s.event.end) for s in found.events if s.state.held}
        assert ("6-month", D(2022, 6, 30)) in held
        assert [] == [m.id for m in found.unscheduled if m.id.startswith("so-ket-6")]

    def test_events_say_which_rules_made_them(self) -> None:
        """Events after the amendment carry its index; those before carry none."""
        program = coordprog.examples.load("binh-thuan")
        amended = _amended(program, D(2024, 6, 1), program.schedule)
        by_end = {(e.rule, e.end): e.amendment for e in coordprog.schedule(amended)}
        assert by_end[("yearly", D(2023, 12, 31))] is None
        assert 0 == by_end[("6-month", D(2024, 6, 30))]

    @given(programs(), st.data())
    def test_an_amendment_never_changes_what_ended_before_it(
        self, program: Program, data: st.DataObject
    ) -> None:
        """Windows that ended before an amendment keep their events and their states.

        For records that say which window they are of: a meeting or report
        that names none is matched to the nearest event of its kind, which
        an amendment's new events may be (docs/records.md says so).
        """
        start = program.period.start
        if start is None or program.period.end is None or program.amendments:
            return
        day = data.draw(st.dates(start, program.period.end), label="amendment date")
        rules = data.draw(st.from_type(ScheduleRules), label="new rules")
        amended = _amended(program, day, rules)
        drawn = data.draw(records(program), label="records")
        history = attrs.evolve(
            drawn,
            meetings=tuple(m for m in drawn.meetings if m.window is not None),
            reports=tuple(r for r in drawn.reports if r.window is not None),
        )
        as_of = data.draw(st.dates(start, program.period.end + dt.timedelta(days=400)))

        def before(p: Program) -> set[tuple[object, ...]]:
            found = coordprog.status(p, history, as_of)
            return {
                (s.event.rule, s.event.kind, s.event.start, s.event.end, s.event.due, s.state)
                for s in found.events
                if s.event.end < day and s.event.due < day
            }

        assert before(program) == before(amended)
        check_schedule(amended, coordprog.schedule(amended))

    def test_an_amendment_does_not_end_a_window_before_its_date(self) -> None:
        """A window still open at an amendment is not ended by it in the past.

        Quarterly meetings counted from a period that starts on 2 April end
        their first window on 1 July; an amendment of 1 July that counts
        quarters on the calendar would end it on 30 June, a day before it
        came into force: no window then ends before the amendment, and the
        calendar quarters run from 1 July (found by the property test below).
        """
        program = coordprog.examples.load("binh-thuan")
        quarterly = coordprog.ReviewRule(
            id="every-3",
            every_months=3,
            name_vi="Giao ban quý",
            kind=coordprog.EventKind.COORDINATION_MEETING,
            grace=coordprog.Offset(),
        )
        program = attrs.evolve(
            program,
            period=coordprog.Period(start=D(2022, 4, 2), end=D(2025, 12, 31)),
            schedule=ScheduleRules(reviews=(quarterly,)),
        )
        calendar = attrs.evolve(quarterly, align=coordprog.Align.CALENDAR)
        amended = _amended(program, D(2022, 7, 1), ScheduleRules(reviews=(calendar,)))
        events = coordprog.schedule(amended)
        first = [e for e in events if e.rule == "every-3"][:2]
        assert [(D(2022, 7, 1), D(2022, 9, 30)), (D(2022, 10, 1), D(2022, 12, 31))] == [
            (e.start, e.end) for e in first
        ]
        assert [0, 0] == [e.amendment for e in first]
        check_schedule(amended, events)

    def test_a_plan_due_before_an_amendment_that_extends_the_period_is_made_once(self) -> None:
        """The year's plan due before an amendment lengthened the period is not made again."""
        program = coordprog.examples.load("binh-thuan")
        plans = ScheduleRules(
            annual_plans=coordprog.AnnualPlanRule(due=coordprog.Offset(months=-1))
        )
        short = attrs.evolve(
            program,
            period=coordprog.Period(D(2001, 1, 10), D(2003, 2, 9)),
            signed_on=D(2001, 1, 10),
            schedule=plans,
            annual_plans=(),
        )
        longer = Amendment(
            date=D(2003, 1, 8),
            reason="Kéo dài thời gian thực hiện",
            period=coordprog.Period(D(2001, 1, 10), D(2005, 1, 19)),
            schedule=ScheduleRules(
                annual_plans=coordprog.AnnualPlanRule(due=coordprog.Offset(days=20))
            ),
        )
        amended = attrs.evolve(short, amendments=(longer,))
        events = coordprog.schedule(amended)
        years = [e.start.year for e in events if e.kind is coordprog.EventKind.ANNUAL_PLAN]
        assert [2001, 2002, 2003, 2004, 2005] == years
        check_schedule(amended, events)

    def test_an_undated_amendment_counts_from_the_one_before(self) -> None:
        """An amendment without a date takes effect with the amendment listed before it."""
        program = coordprog.examples.load("binh-thuan")
        first = Amendment(date=D(2024, 6, 1), reason="Lần 1", schedule=program.schedule)
        undated = Amendment(reason="Lần 2", schedule=ScheduleRules())
        versions = attrs.evolve(program, amendments=(first, undated)).in_force
        assert [None, D(2024, 6, 1)] == [v.since for v in versions]
        assert versions[-1].assumed


def _merged(program: Program, day: dt.date | PartialDate | None) -> Program:
    """Bình Thuận with its Ban Dân tộc merged into a department on ``day``."""
    successor = Party(id="sdt", name="Sở Dân tộc và Tôn giáo", level=coordprog.Level.PROVINCE)
    parties = tuple(
        attrs.evolve(p, until=day, successor="sdt") if p.id == "bdt" else p for p in program.parties
    )
    return attrs.evolve(program, parties=parties, third_parties=(*program.third_parties, successor))


class TestLineage:
    def test_events_after_the_merger_pass_to_the_successor(self) -> None:
        """From the day after it ceased, a body's events are its successor's, each once."""
        program = _merged(coordprog.examples.load("binh-thuan"), D(2025, 2, 28))
        events = coordprog.schedule(program)
        for event in events:
            if event.due > D(2025, 2, 28):
                assert "bdt" not in event.leads
                assert "sdt" in event.leads
            else:
                assert "bdt" in event.leads
            assert len(set(event.leads)) == len(event.leads)

    def test_a_successor_s_report_from_before_the_hand_over_overturns_nothing(self) -> None:
        """A task done on time stays so after the merger, whatever the successor said before it.

        Found by the property test that a task done on time never turns overdue without a new
        report: the successor's report of 2024 (before it took the task over on 28/02/2025)
        counted from the merger on, and turned the task overdue.
        """
        program = _merged(coordprog.examples.load("binh-thuan"), D(2025, 2, 28))
        task = next(
            t.task
            for t in coordprog.status(program, None, D(2024, 1, 1)).tasks
            if t.task.leads == ("bdt",)
        )
        records = _records(
            program,
            f'[[progress]]\ntask = "{task.id}"\nby = "bdt"\nas_of = 2024-04-13\n'
            'status = "done-on-time"\n\n'
            f'[[progress]]\ntask = "{task.id}"\nby = "sdt"\nas_of = "2024"\nstatus = "overdue"\n',
        )
        for day in (D(2024, 6, 1), D(2025, 12, 1)):
            status = coordprog.status(program, records, day).task(task.id).status
            assert coordprog.ProgressStatus.DONE_ON_TIME == status

    def test_a_merger_without_a_date_hands_nothing_over(self) -> None:
        """A merger whose date is not known is held, and never placed in time."""
        program = _merged(coordprog.examples.load("binh-thuan"), None)
        assert () == coordprog.validate(program)
        assert all("sdt" not in e.leads for e in coordprog.schedule(program))

    def test_a_body_that_succeeds_itself_is_refused(self) -> None:
        """A body cannot be its own successor."""
        program = coordprog.examples.load("binh-thuan")
        parties = tuple(
            attrs.evolve(p, successor=p.id, until=D(2025, 1, 1)) if p.id == "bdt" else p
            for p in program.parties
        )
        problems = coordprog.validate(attrs.evolve(program, parties=parties))
        assert any("its own id" in p.message for p in problems)

    def test_an_unknown_successor_is_refused(self) -> None:
        """A successor must be a body of the program."""
        program = coordprog.examples.load("binh-thuan")
        parties = tuple(
            attrs.evolve(p, successor="nowhere", until=D(2025, 1, 1)) if p.id == "bdt" else p
            for p in program.parties
        )
        problems = coordprog.validate(attrs.evolve(program, parties=parties))
        assert ["parties[1].successor"] == [p.path for p in problems]

    @given(programs())
    def test_one_living_body_per_lead_and_day(self, program: Program) -> None:
        """Every lead of every event is, on its due date, alive or without a successor."""
        for event in coordprog.schedule(program, until=D(2030, 12, 31)):
            for lead in event.leads:
                party = program.party(lead)
                assert not party.ceased_on(event.due) or party.successor is None
                assert lead == program.responsible(lead, event.due)

    def test_names_as_of_the_day_spoken_for(self) -> None:
        """A renamed body is printed under the name in force on each date asked about."""
        program = coordprog.examples.load("lam-dong-illustrative")
        renamed = next(p for p in program.parties if p.former_names)
        until = renamed.former_names[-1].until
        assert until is not None
        until = coordprog.last_day(until)
        before = program.name_in_force(renamed.id, until)
        after = program.name_in_force(renamed.id, until + dt.timedelta(days=1))
        assert before == renamed.former_names[-1].name
        assert after == renamed.name


class TestOneClock:
    def test_status_needs_a_day(self) -> None:
        """The status of a program is always as of a day the caller gives."""
        program = coordprog.examples.load("binh-thuan")
        with pytest.raises(TypeError, match="as_of"):
            coordprog.status(program)

    def test_a_review_in_its_grace_is_due(self) -> None:
        """An event past its due date but within its grace is due, not "not yet due"."""
        program = coordprog.examples.load("binh-thuan")
        found = coordprog.status(program, None, D(2022, 7, 10))
        first = next(s for s in found.events if s.event.rule == "6-month")
        assert coordprog.EventState.DUE == first.state
        assert "Đến hạn" == first.state.vi

    def test_open_ended_review_of_all_needs_a_day(self) -> None:
        """window=all on a program without an end runs to as_of, and asks for it otherwise."""
        program = coordprog.examples.load("cp-mttq-joint-resolution-2023")
        with pytest.raises(coordprog.RenderError, match="as_of"):
            coordprog.render(program, "review", "text", options={"window": "all"})
        out = coordprog.render(
            program, "review", "text", options={"window": "all", "as_of": "2025-06-30"}
        )
        assert "30/06/2025" in out


def _records(program: Program, text: str) -> coordprog.Records:
    return coordprog.loads_records(program, f'program = "{program.id}"\n{text}', "toml")


class TestEventsOfAStatedWindow:
    def test_a_meeting_says_which_years_event_it_was(self) -> None:
        """A yearly event held months late is the one its window names, not the nearest.

        Found by the property test of amendments: a meeting of 1 June 2023
        stating the window of the 2022 "Ngày hội" was taken for the 2023 one.
        """
        program = coordprog.examples.load("binh-thuan")
        day = coordprog.AnnualEvent(id="ngay-hoi", month=8, day=19, name_vi="Ngày hội")
        program = attrs.evolve(
            program, schedule=attrs.evolve(program.schedule, annual_events=(day,))
        )
        meeting = coordprog.Meeting(
            id="ngay-hoi-2022",
            kind=coordprog.MeetingKind.OTHER,
            date=D(2023, 6, 1),
            rule="ngay-hoi",
            window=coordprog.Window(D(2022, 1, 1), D(2022, 12, 31)),
        )
        records = coordprog.Records(program=program.id, meetings=(meeting,))
        found = coordprog.status(program, records, D(2023, 7, 1))
        states = {s.event.start: s.state for s in found.events if s.event.rule == "ngay-hoi"}
        assert coordprog.EventState.HELD_LATE == states[D(2022, 8, 19)]
        assert coordprog.EventState.PENDING == states[D(2023, 8, 19)]


class TestReviewsAsHeld:
    def _final(self, program: Program, day: str, window: str = "") -> coordprog.Status:
        meeting = f'[[meetings]]\nid = "tk"\nkind = "final-review"\ndate = {day}\n{window}'
        return coordprog.status(program, _records(program, meeting), D(2026, 6, 1))

    def test_a_final_review_held_in_the_last_months_is_on_time(self) -> None:
        """A tổng kết held in November, before the period ends, is the final review, on time."""
        program = coordprog.examples.load("binh-thuan")
        found = self._final(program, "2025-11-20")
        final = next(s for s in found.events if s.event.kind is coordprog.EventKind.FINAL_REVIEW)
        assert coordprog.EventState.HELD_ON_TIME == final.state
        assert [] == [m.id for m in found.unscheduled]

    def test_a_final_review_held_a_year_early_is_early_never_overdue(self) -> None:
        """Held long before the end, it is early: held, and never overdue."""
        program = coordprog.examples.load("binh-thuan")
        final = next(
            s
            for s in self._final(program, "2024-12-20").events
            if s.event.kind is coordprog.EventKind.FINAL_REVIEW
        )
        assert coordprog.EventState.HELD_EARLY == final.state
        assert final.state.held

    def test_its_window_may_run_to_the_end_of_the_period(self) -> None:
        """A final review held early may review the whole period, which ends after it."""
        program = coordprog.examples.load("binh-thuan")
        window = "window = { start = 2022-01-01, end = 2025-12-31 }\n"
        found = self._final(program, "2025-11-20", window)
        assert any(
            s.event.kind is coordprog.EventKind.FINAL_REVIEW and s.state.held for s in found.events
        )

    def test_an_interim_review_may_not_review_the_future(self) -> None:
        """Only a final review may review a window that ends after its meeting."""
        program = coordprog.examples.load("binh-thuan")
        text = (
            '[[meetings]]\nid = "sk"\nkind = "interim-review"\ndate = 2024-11-20\n'
            "window = { start = 2024-01-01, end = 2024-12-31 }\n"
        )
        with pytest.raises(coordprog.ValidationError, match="only a final review"):
            _records(program, text)

    def test_the_predecessor_reviewed_at_the_successors_conference(self, tmp_path: object) -> None:
        """One conference, written once in the successor's records, holds the predecessor's."""
        predecessor = attrs.evolve(
            coordprog.examples.load("binh-thuan"), id="truoc", number="01-CTrPH/BDVTU-BDT"
        )
        text = (
            'program = "sau"\n[[meetings]]\nid = "tk-ky-ket"\nkind = "review-and-signing"\n'
            'date = 2026-01-15\nreviewed_program = "01-CTrPH/BDVTU-BDT"\n'
            "window = { start = 2022-01-01, end = 2025-12-31 }\n"
            '[[outcomes]]\nmeeting = "tk-ky-ket"\n'
            "window = { start = 2022-01-01, end = 2025-12-31 }\n"
            'results = ["Hoàn thành các nội dung phối hợp."]\n'
        )
        found = coordprog.status(
            predecessor, coordprog.loads_records(predecessor, text, "toml"), D(2026, 2, 1)
        )
        final = next(s for s in found.events if s.event.kind is coordprog.EventKind.FINAL_REVIEW)
        assert coordprog.EventState.HELD_ON_TIME == final.state
        review = coordprog.render(
            predecessor,
            "review",
            "text",
            records=coordprog.loads_records(predecessor, text, "toml"),
        )
        assert "Hoàn thành các nội dung phối hợp." in review
        assert review.lstrip().splitlines()[1].startswith("Tổng kết")


class TestJointDuties:
    def _joint(self) -> Program:
        program = coordprog.examples.load("binh-thuan")
        shared = coordprog.TaskGroup(
            id="chung",
            title="Các bên cùng thực hiện",
            joint=True,
            tasks=(
                coordprog.Task(
                    id="chung.1", text="Trao đổi thông tin định kỳ", deadline=D(2023, 6, 30)
                ),
            ),
        )
        return attrs.evolve(program, task_groups=(*program.task_groups, shared))

    def test_a_joint_task_past_its_deadline_is_overdue_for_each_body(self) -> None:
        """Unreported past its deadline, a joint task is overdue for every signing party."""
        program = self._joint()
        found = coordprog.status(program, None, D(2023, 8, 1))
        state = found.task("chung.1")
        assert state.overdue
        assert ("bdv", "bdt") == state.bodies
        assert {"bdv": 1, "bdt": 1} == {t.party: t.joint for t in found.parties if t.joint}
        table = coordprog.render(program, "status", "markdown", options={"as_of": "2023-08-01"})
        rows = [line for line in table.splitlines() if "Trao đổi thông tin định kỳ" in line]
        assert 2 == len(rows)

    def test_the_matrix_marks_every_body_of_a_joint_task(self) -> None:
        """Each body sharing a joint task has a mark in its row."""
        out = coordprog.render(self._joint(), "matrix", "csv")
        row = next(line for line in out.splitlines() if "Trao đổi thông tin định kỳ" in line)
        assert 2 == row.count("cùng thực hiện")

    def test_the_review_report_has_the_joint_tasks(self) -> None:
        """The review report lists joint tasks with the bodies that share them."""
        out = coordprog.render(
            self._joint(), "review", "markdown", options={"window": "2023", "as_of": "2024-01-31"}
        )
        assert "Nhiệm vụ chung của các cơ quan" in out
        assert "Các cơ quan cùng thực hiện: Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh" in out


class TestScheduleDiff:
    def test_an_amendment_lists_what_it_changed(self) -> None:
        """Dropping the six-month review from mid-2024 removes the three left to come."""
        program = coordprog.examples.load("binh-thuan")
        rules = attrs.evolve(
            program.schedule,
            reviews=tuple(r for r in program.schedule.reviews if r.id != "6-month"),
        )
        amended = _amended(program, D(2024, 6, 1), rules)
        changes = coordprog.amendment_changes(amended, 0)
        assert [D(2024, 6, 30), D(2024, 12, 31), D(2025, 6, 30)] == [e.end for e in changes.removed]
        assert () == changes.added
        assert () == changes.moved
        assert changes.lines()[0].startswith("Bỏ: Sơ kết 6 tháng (01/01/2024 - 30/06/2024)")
        report = coordprog.render(amended, "program", "text")
        assert "Bỏ: Sơ kết 6 tháng" in report

    def test_two_files_compared(self) -> None:
        """A later due date is a move; the same schedule is no change."""
        program = coordprog.examples.load("binh-thuan")
        later = attrs.evolve(
            program,
            schedule=attrs.evolve(
                program.schedule,
                annual_plans=coordprog.AnnualPlanRule(due=coordprog.Offset(months=4, days=-1)),
            ),
        )
        changes = coordprog.schedule_diff(program, later)
        assert 4 == len(changes.moved)
        assert not coordprog.schedule_diff(program, program)

    def test_the_diff_command(self, tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
        """`coordprog diff OLD NEW` prints one line per change."""
        from pathlib import Path

        folder = Path(str(tmp_path))
        program = coordprog.examples.load("binh-thuan")
        later = attrs.evolve(
            program,
            schedule=attrs.evolve(
                program.schedule,
                annual_plans=coordprog.AnnualPlanRule(due=coordprog.Offset(months=4, days=-1)),
            ),
        )
        coordprog.save(program, folder / "old.toml")
        coordprog.save(later, folder / "new.toml")
        assert 0 == coordprog.cli.main(["diff", str(folder / "old.toml"), str(folder / "new.toml")])
        out = capsys.readouterr().out.splitlines()
        assert 4 == len(out)
        assert out[0] == "Dời: Kế hoạch phối hợp công tác năm 2022, từ 31/03/2022 sang 30/04/2022"


class TestScheduleNotes:
    def test_no_start_no_window(self) -> None:
        """Without a start, each recurring rule and the final review is said not to be scheduled."""
        program = attrs.evolve(
            coordprog.examples.load("binh-thuan"), period=Period(end=D(2025, 12, 31))
        )
        rules = {note.rule for note in coordprog.schedule_notes(program)}
        assert {"annual-plan", "6-month", "yearly", "final-review"} == rules

    def test_end_not_known_has_no_final_review(self) -> None:
        """With an end not stated, the final review is said not to be scheduled, and why."""
        program = attrs.evolve(
            coordprog.examples.load("binh-thuan"), period=Period(D(2022, 1, 1), end_unknown=True)
        )
        (final,) = [
            n
            for n in coordprog.schedule_notes(program, until=D(2024, 1, 1))
            if n.rule == "final-review"
        ]
        assert "không nêu ngày kết thúc" in final.vi
        out = coordprog.render(program, "schedule", "text", options={"until": "2024-01-01"})
        assert "Lưu ý: Không tính được thời hạn tổng kết" in out


class TestTheFileSetSpeaksOfItself:
    FORMATS = ("markdown", "html", "text", "json", "csv")

    def test_a_text_not_available_is_said_in_every_format(self) -> None:
        """A program known only from reports says so in every report and format."""
        program = coordprog.examples.load("bdvtw-ubdt-2021-2025")
        assert not program.text_available
        for report, formats in (
            ("program", ("markdown", "html", "text", "json")),
            ("matrix", self.FORMATS),
            ("schedule", (*self.FORMATS, "ics")),
        ):
            for fmt in formats:
                out = coordprog.render(program, report, fmt)
                assert "Chưa có toàn văn văn bản này" in out.replace("\r\n ", ""), (report, fmt)

    def test_the_html_notice_follows_the_rule_under_the_title(self) -> None:
        """In an office's page the rule stays under the title and the notice comes after it."""
        program = coordprog.examples.load("bdvtw-ubdt-2021-2025")
        page = coordprog.render(program, "program", "html")
        title = page.index("<h1>")
        assert title < page.index('<hr class="rule">') < page.index("Chưa có toàn văn")

    def test_illustrative_records_are_said_in_every_format(self) -> None:
        """Status made from illustrative records says so, calendar files included."""
        program = coordprog.examples.load("binh-thuan")
        records = coordprog.examples.records("binh-thuan")
        for report, formats in (
            ("status", self.FORMATS),
            ("status-calendar", (*self.FORMATS, "ics")),
            ("review", ("markdown", "html", "text", "json")),
        ):
            for fmt in formats:
                options = {} if report == "review" else {"as_of": "2024-08-15"}
                out = coordprog.render(program, report, fmt, options=options, records=records)
                assert "dữ liệu minh họa" in out.replace("\r\n ", ""), (report, fmt)


class TestTheCommandLineClock:
    def test_status_says_it_reads_today(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --as-of, the status command uses today and says so on standard error."""
        from coordprog.cli import main

        path = "examples/binh_thuan/program.toml"
        assert 0 == main(["status", path])
        err = capsys.readouterr().err
        assert f"as of {dt.date.today().isoformat()} (today)" in err

    def test_names_as_of_the_status_day(self) -> None:
        """The status names a body renamed since signing by its name on the day asked about."""
        program = coordprog.examples.load("binh-thuan")
        renamed = tuple(
            attrs.evolve(
                p,
                name="Sở Dân tộc và Tôn giáo",
                former_names=(coordprog.FormerName(p.name, D(2025, 2, 28)),),
            )
            if p.id == "bdt"
            else p
            for p in program.parties
        )
        program = attrs.evolve(program, parties=renamed)
        late = coordprog.render(program, "status", "text", options={"as_of": "2025-08-01"})
        early = coordprog.render(program, "status", "text", options={"as_of": "2024-08-01"})
        assert "Sở Dân tộc và Tôn giáo" in late
        assert "Ban Dân tộc tỉnh" not in late.split("\n", 2)[2]
        assert "Ban Dân tộc tỉnh" in early


class TestLineageInAPortfolio:
    def _portfolio(self, folder: object) -> coordprog.Portfolio:
        """Bình Thuận with its Ban Dân tộc merged into a new body of the same name."""
        from pathlib import Path

        program = coordprog.examples.load("binh-thuan")
        successor = Party(
            id="bdt-moi",
            name="Ban Dân tộc tỉnh",
            level=coordprog.Level.PROVINCE,
            province="Bình Thuận",
            kind="state-agency",
        )
        parties = tuple(
            attrs.evolve(p, until=D(2025, 2, 28), successor="bdt-moi") if p.id == "bdt" else p
            for p in program.parties
        )
        merged = attrs.evolve(
            program, parties=parties, third_parties=(*program.third_parties, successor)
        )
        coordprog.save(merged, Path(str(folder)) / "program.toml")
        return coordprog.load_portfolio(Path(str(folder)))

    def test_a_body_merged_into_one_of_the_same_name_is_a_new_body(self, tmp_path: object) -> None:
        """Same name, same province: still two bodies, the first succeeded by the second."""
        portfolio = self._portfolio(tmp_path)
        named = [b for b in portfolio.bodies if b.name == "Ban Dân tộc tỉnh"]
        assert 2 == len(named)
        ceased = next(b for b in named if b.successor is not None)
        assert ceased.successor != ceased.id
        assert ceased.successor in {b.id for b in named}

    def test_the_ceased_bodys_agenda_ends_on_its_last_day(self, tmp_path: object) -> None:
        """Its own agenda has nothing due after 28/02/2025; its successor's has each event once."""
        portfolio = self._portfolio(tmp_path)
        ceased = next(b for b in portfolio.bodies if b.successor is not None)
        assert ceased.successor is not None
        own = coordprog.agenda(
            portfolio, ceased.id, D(2024, 1, 1), D(2025, 12, 31), as_of=D(2025, 6, 1)
        )
        assert own
        assert all(item.state.event.due <= D(2025, 2, 28) for item in own)
        theirs = coordprog.agenda(
            portfolio, ceased.successor, D(2025, 1, 1), D(2025, 12, 31), as_of=D(2025, 6, 1)
        )
        events = [(i.program, i.state.event.rule, i.state.event.sequence) for i in theirs]
        assert events
        assert len(events) == len(set(events))
