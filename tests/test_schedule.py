"""The schedule engine, work calendars and the schedule invariants."""

import datetime as dt

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import coordprog
from coordprog import (
    Amendment,
    EventKind,
    Offset,
    Period,
    Program,
    ReviewRule,
    ScheduleError,
    ScheduleRules,
    WeekendCalendar,
)
from coordprog.testing import ScheduleInvariantError, check_schedule
from coordprog.testing.strategies import periods, programs

D = dt.date


def _table(
    program: Program, calendar: WeekendCalendar | None = None
) -> list[tuple[str, str, dt.date, dt.date, dt.date]]:
    return [
        (e.kind.value, e.rule, e.start, e.end, e.due) for e in coordprog.schedule(program, calendar)
    ]


def _with_rules(program: Program, period: Period, **rules: object) -> Program:
    return attrs.evolve(program, period=period, schedule=ScheduleRules(**rules))  # type: ignore[arg-type]


class TestBinhThuan:
    def test_full_schedule(self, coordprog_binh_thuan: Program) -> None:
        """4 annual plans, 7 six-month and 3 yearly reviews, 1 final review at the end of 2025."""
        plan, six, year = "annual-plan", "6-month", "yearly"
        interim, final = "interim-review", "final-review"
        assert [
            ("annual-plan", plan, D(2022, 1, 1), D(2022, 12, 31), D(2022, 3, 31)),
            (interim, six, D(2022, 1, 1), D(2022, 6, 30), D(2022, 6, 30)),
            (interim, six, D(2022, 7, 1), D(2022, 12, 31), D(2022, 12, 31)),
            (interim, year, D(2022, 1, 1), D(2022, 12, 31), D(2022, 12, 31)),
            ("annual-plan", plan, D(2023, 1, 1), D(2023, 12, 31), D(2023, 3, 31)),
            (interim, six, D(2023, 1, 1), D(2023, 6, 30), D(2023, 6, 30)),
            (interim, six, D(2023, 7, 1), D(2023, 12, 31), D(2023, 12, 31)),
            (interim, year, D(2023, 1, 1), D(2023, 12, 31), D(2023, 12, 31)),
            ("annual-plan", plan, D(2024, 1, 1), D(2024, 12, 31), D(2024, 3, 31)),
            (interim, six, D(2024, 1, 1), D(2024, 6, 30), D(2024, 6, 30)),
            (interim, six, D(2024, 7, 1), D(2024, 12, 31), D(2024, 12, 31)),
            (interim, year, D(2024, 1, 1), D(2024, 12, 31), D(2024, 12, 31)),
            ("annual-plan", plan, D(2025, 1, 1), D(2025, 12, 31), D(2025, 3, 31)),
            (interim, six, D(2025, 1, 1), D(2025, 6, 30), D(2025, 6, 30)),
            (final, final, D(2022, 1, 1), D(2025, 12, 31), D(2025, 12, 31)),
        ] == _table(coordprog_binh_thuan)

    def test_event_details(self, coordprog_binh_thuan: Program) -> None:
        """Events name both parties, carry Vietnamese and English titles, and flag plan-making."""
        events = coordprog.schedule(coordprog_binh_thuan)
        assert {("bdv", "bdt")} == {e.leads for e in events}
        yearly = [e for e in events if e.rule == "yearly"]
        assert all(e.prepares_next_plan for e in yearly)
        assert "Sơ kết năm (01/01/2022 - 31/12/2022)" == yearly[0].title_vi
        assert "Yearly interim review (2022-01-01 to 2022-12-31)" == yearly[0].title_en
        assert "Kế hoạch phối hợp công tác năm 2024" == events[8].title_vi

    def test_weekends_moved(self, coordprog_binh_thuan: Program) -> None:
        """With the weekend calendar, reviews due on a weekend move to the Monday after."""
        calendar = WeekendCalendar()
        events = coordprog.schedule(coordprog_binh_thuan, calendar)
        check_schedule(coordprog_binh_thuan, events, calendar)
        moved = {
            (e.rule, e.due)
            for e in events
            if e.end == D(2022, 12, 31) and e.kind is EventKind.INTERIM_REVIEW
        }
        assert {("6-month", D(2023, 1, 2)), ("yearly", D(2023, 1, 2))} == moved
        # Plans move earlier: 31/03/2024 is a Sunday.
        assert D(2024, 3, 29) == next(e.due for e in events if e.title_en.endswith("2024"))


class TestMonthEnds:
    @pytest.mark.parametrize("day", [29, 30, 31])
    def test_month_end_start_loses_no_review(self, coordprog_binh_thuan: Program, day: int) -> None:
        """A period starting on the 29th to 31st gets a review for every month."""
        period = Period(D(2023, 1, day), D(2024, 1, day) - dt.timedelta(days=1))
        rule = ReviewRule(
            id="giao-ban",
            every_months=1,
            name_vi="Giao ban",
            name_en="Meeting",
            kind=EventKind.COORDINATION_MEETING,
        )
        program = _with_rules(coordprog_binh_thuan, period, reviews=(rule,))
        events = coordprog.schedule(program)
        assert 12 == len(events)
        assert [D(2023, 2, 27), D(2023, 3, day - 1)] == [e.end for e in events[0:2]]
        check_schedule(program, events)

    @given(periods(open_ended=False, unstated=False), st.sampled_from([1, 3, 6, 12, 24]))
    def test_windows_count(self, period: Period, months: int) -> None:
        """Without a final review, a cadence has one window per started cadence of the period."""
        rule = ReviewRule(id="r", every_months=months, name_vi="Sơ kết", name_en="Review")
        program = Program(
            id="p",
            title="Chương trình",
            period=period,
            parties=(coordprog.Party(id="a", name="Ban A"),),
            schedule=ScheduleRules(reviews=(rule,)),
        )
        events = coordprog.schedule(program)
        check_schedule(program, events)
        assert period.end is not None
        assert period.start is not None
        count = 0
        while period.start + relativedelta(months=count * months) <= period.end:
            count += 1
        assert count == len(events)


class TestCalendarAlignment:
    def test_quarters_from_mid_quarter_start(self, coordprog_binh_thuan: Program) -> None:
        """Calendar-aligned quarters: the first window runs to the end of its quarter."""
        rule = ReviewRule(
            id="q",
            every_months=3,
            name_vi="Giao ban",
            name_en="Meeting",
            align=coordprog.Align.CALENDAR,
        )
        program = _with_rules(
            coordprog_binh_thuan, Period(D(2025, 11, 20), D(2026, 8, 31)), reviews=(rule,)
        )
        assert [
            (D(2025, 11, 20), D(2025, 12, 31)),
            (D(2026, 1, 1), D(2026, 3, 31)),
            (D(2026, 4, 1), D(2026, 6, 30)),
            (D(2026, 7, 1), D(2026, 8, 31)),
        ] == [(e.start, e.end) for e in coordprog.schedule(program)]


class TestFinalReview:
    def test_final_review_takes_last_window(self, coordprog_binh_thuan: Program) -> None:
        """Without a final review rule the last windows are reviewed like the others."""
        no_final = attrs.evolve(
            coordprog_binh_thuan,
            schedule=attrs.evolve(coordprog_binh_thuan.schedule, final_review=None),
        )
        rows = _table(no_final)
        assert ("interim-review", "yearly", D(2025, 1, 1), D(2025, 12, 31), D(2025, 12, 31)) in rows
        assert not [r for r in rows if r[0] == "final-review"]
        check_schedule(no_final, coordprog.schedule(no_final))

    def test_amendment_extends_period(self, coordprog_binh_thuan: Program) -> None:
        """An amendment that moves the end moves the final review and adds a year's plan."""
        amended = attrs.evolve(
            coordprog_binh_thuan,
            amendments=(
                Amendment(
                    date=D(2025, 6, 1),
                    reason="Kéo dài thời gian thực hiện",
                    period=Period(D(2022, 1, 1), D(2026, 12, 31)),
                ),
            ),
        )
        events = coordprog.schedule(amended)
        check_schedule(amended, events)
        assert D(2026, 12, 31) == events[-1].due
        assert 5 == sum(e.kind is EventKind.ANNUAL_PLAN for e in events)

    def test_amendment_changes_rules(self, coordprog_binh_thuan: Program) -> None:
        """An amendment with new rules replaces the schedule."""
        rules = ScheduleRules(
            reviews=(
                ReviewRule(
                    id="q", every_months=3, name_vi="Giao ban quý", name_en="Quarterly meeting"
                ),
            )
        )
        amended = attrs.evolve(
            coordprog_binh_thuan,
            amendments=(Amendment(date=D(2023, 1, 5), reason="Đổi lịch", schedule=rules),),
        )
        assert 16 == len(coordprog.schedule(amended))


class TestCalendar:
    def test_make_up_saturday_and_holiday(self) -> None:
        """A day off is skipped and a make-up Saturday counts as a working day."""
        calendar = WeekendCalendar(
            days_off=frozenset({D(2025, 4, 30), D(2025, 5, 1)}),
            working_days=frozenset({D(2025, 4, 26)}),
        )
        assert calendar.is_working_day(D(2025, 4, 26))
        assert not calendar.is_working_day(D(2025, 4, 30))
        assert D(2025, 5, 2) == calendar.next_working_day(D(2025, 4, 30))
        assert D(2025, 4, 29) == calendar.previous_working_day(D(2025, 4, 30))

    def test_never_out_of_window(self, coordprog_binh_thuan: Program) -> None:
        """When the preferred way leaves the allowed range, the date moves the other way."""
        # 31/12/2022 is a Saturday; with no grace, a review may not move to Monday.
        rule = ReviewRule(
            id="r",
            every_months=12,
            name_vi="Sơ kết",
            name_en="Review",
            grace=Offset(),
            due=Offset(days=-0),
        )
        program = _with_rules(
            coordprog_binh_thuan, Period(D(2022, 1, 1), D(2023, 12, 31)), reviews=(rule,)
        )
        with pytest.raises(ScheduleError, match="no working day from 2022-12-31 to 2022-12-31"):
            coordprog.schedule(program, WeekendCalendar())

    def test_protocol(self) -> None:
        """WeekendCalendar satisfies the WorkCalendar protocol."""
        assert isinstance(WeekendCalendar(), coordprog.WorkCalendar)


class TestInvariants:
    def test_catches_a_missing_window(self, coordprog_binh_thuan: Program) -> None:
        """Dropping a review leaves a gap that check_schedule reports."""
        events = list(coordprog.schedule(coordprog_binh_thuan))
        del events[5]  # the first six-month review of 2023
        with pytest.raises(ScheduleInvariantError, match="gap in the windows of '6-month'"):
            check_schedule(coordprog_binh_thuan, events)

    def test_catches_disorder_and_weekend(self, coordprog_binh_thuan: Program) -> None:
        """Unsorted events and weekend due dates are both reported."""
        events = list(reversed(coordprog.schedule(coordprog_binh_thuan)))
        with pytest.raises(ScheduleInvariantError) as info:
            check_schedule(coordprog_binh_thuan, events, WeekendCalendar())
        text = str(info.value)
        assert "not sorted by due date" in text
        assert "not a working day" in text

    def test_catches_a_second_final_review(self, coordprog_binh_thuan: Program) -> None:
        """Two final reviews are one too many."""
        events = list(coordprog.schedule(coordprog_binh_thuan))
        events.append(events[-1])
        with pytest.raises(ScheduleInvariantError, match="exactly one final review, found 2"):
            check_schedule(coordprog_binh_thuan, events)


@given(programs())
def test_invariants_hold(program: Program) -> None:
    """Every generated program's schedule keeps every invariant."""
    check_schedule(program, coordprog.schedule(program))


@given(programs())
def test_invariants_hold_with_calendar(program: Program) -> None:
    """With the weekend calendar every due date is a working day inside its range."""
    calendar = WeekendCalendar()
    try:
        events = coordprog.schedule(program, calendar)
    except ScheduleError:
        # Refused only when some event has no working day at all to move to.
        stuck = [
            e
            for e in coordprog.schedule(program)
            if not any(
                calendar.is_working_day(e.earliest + dt.timedelta(days))
                for days in range((e.latest - e.earliest).days + 1)
            )
        ]
        assert stuck, "schedule refused a calendar although every event had a working day"
        return
    check_schedule(program, events, calendar)


@given(programs())
def test_schedule_survives_round_trip(program: Program) -> None:
    """The schedule of a program is the same after a JSON round trip."""
    again = coordprog.loads(coordprog.dumps(program))
    assert coordprog.schedule(program) == coordprog.schedule(again)


@given(
    st.dates(D(1900, 1, 1), D(2100, 12, 31)),
    st.integers(-1200, 1200),
    st.integers(-100, 100),
    st.integers(-400, 400),
)
def test_month_arithmetic_matches_dateutil(
    day: dt.date, months: int, years: int, days: int
) -> None:
    """An offset moves a date exactly as dateutil's relativedelta does."""
    assert day + relativedelta(months=months) == Offset(months=months).apply_to(day)
    expected = day + relativedelta(years=years, months=months, days=days)
    assert expected == Offset(years=years, months=months, days=days).apply_to(day)


@given(st.dates(D(1990, 1, 1), D(2060, 12, 31)), st.integers(1, 36), st.integers(1, 120))
def test_review_windows_match_dateutil(anchor: dt.date, months: int, length: int) -> None:
    """Each review window starts at the period's start plus k times the cadence, from the start."""
    end = anchor + relativedelta(months=length, days=-1)
    rule = ReviewRule(id="r", every_months=months, name_vi="Sơ kết", name_en="Review")
    program = Program(
        id="p",
        title="Chương trình",
        period=coordprog.Period(anchor, end),
        parties=(coordprog.Party(id="a", name="Ban A"),),
        schedule=ScheduleRules(reviews=(rule,)),
    )
    starts = [e.start for e in coordprog.schedule(program) if e.rule == "r"]
    expected = [anchor + relativedelta(months=k * months) for k in range(len(starts))]
    assert expected == starts
    assert (length + months - 1) // months == len(starts)


@given(programs(), st.integers(0, 3000))
def test_invariants_hold_up_to_a_horizon(program: Program, days: int) -> None:
    """Any program's schedule to a horizon, open-ended ones included, keeps the invariants."""
    until = (program.period.start or dt.date(2020, 1, 1)) + dt.timedelta(days=days)
    check_schedule(program, coordprog.schedule(program, until=until), until=until)


def test_event_fields_in_the_order_the_engine_builds_them() -> None:
    """Events are built positionally on the hot path: the field order is pinned here."""
    import attrs

    assert (
        "kind",
        "rule",
        "sequence",
        "start",
        "end",
        "due",
        "earliest",
        "latest",
        "leads",
        "name_vi",
        "name_en",
        "prepares_next_plan",
        "chairs",
        "recipients",
        "amendment",
    ) == tuple(field.name for field in attrs.fields(coordprog.Event))
