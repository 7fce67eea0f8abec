"""A downstream project's tests, written only against the public coordprog API.

This file imports nothing from coordprog's own test suite: the fixtures come
from the pytest plugin that installing coordprog registers, the strategies
from coordprog.testing.strategies, as in a provincial developer's project.
"""

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

import coordprog
from coordprog import Offset, Program, ReviewRule, ScheduleRules, WeekendCalendar
from coordprog.testing import check_schedule
from coordprog.testing.strategies import periods, programs


def quarterly_meetings(program: Program) -> Program:
    """A user's rule: quarterly coordination meetings (giao ban) two weeks after each quarter."""
    meeting = ReviewRule(
        id="giao-ban-quy",
        every_months=3,
        name_vi="Giao ban quý",
        name_en="Quarterly coordination meeting",
        kind=coordprog.EventKind.COORDINATION_MEETING,
        due=Offset(days=14),
    )
    rules = program.schedule
    return attrs.evolve(
        program,
        schedule=ScheduleRules(
            annual_plans=rules.annual_plans,
            reviews=(*rules.reviews, meeting),
            final_review=rules.final_review,
            events=rules.events,
        ),
    )


def test_example_with_quarterly_meetings(
    coordprog_binh_thuan: Program, coordprog_weekend_calendar: WeekendCalendar
) -> None:
    """The example with quarterly meetings added keeps every schedule invariant."""
    program = quarterly_meetings(coordprog_binh_thuan)
    events = coordprog.schedule(program, coordprog_weekend_calendar)
    check_schedule(program, events, coordprog_weekend_calendar)
    meetings = [e for e in events if e.rule == "giao-ban-quy"]
    assert 15 == len(meetings)
    assert dt.date(2022, 4, 14) == meetings[0].due


@given(programs(max_groups=1))
def test_my_rule_on_any_program(program: Program) -> None:
    """The user's rule keeps the invariants on any valid program."""
    amended = quarterly_meetings(program)
    check_schedule(amended, coordprog.schedule(amended))


@given(st.from_type(Program), periods())
def test_from_type(program: Program, period: coordprog.Period) -> None:
    """Strategies are registered for st.from_type, and any period can be swapped in."""
    moved = attrs.evolve(
        program, period=period, amendments=(), annual_plans=(), reviews=(), schedule=ScheduleRules()
    )
    assert () == coordprog.validate(moved)
