"""Built-in report kinds of a portfolio: ``agenda``, ``agenda-calendar`` and ``coverage``.

They report on many programs at once: ``render(portfolio, "agenda",
"html", options={"as_of": day})`` as any other kind is rendered, and
``coordprog agenda`` and ``coordprog coverage`` render them so.  The
building modules are imported when a report is first rendered, so that
registering the kinds costs every start-up nothing of the portfolio's code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

from coordprog.plugins._calls import resolve_calendar
from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.plugins.options import ReportOption
from coordprog.reports.kinds._language import LANG
from coordprog.reports.kinds._options import CALENDAR
from coordprog.shapes import Calendar, Document, Table

if TYPE_CHECKING:
    from coordprog.portfolio._agenda import AgendaItem
    from coordprog.portfolio._portfolio import Portfolio
    from coordprog.schedule._work_calendar import WorkCalendar

#: How far an agenda looks ahead of its first day when no last day is given.
AGENDA_DAYS = 60

AS_OF = ReportOption.date(
    "as_of", required=True, description="the day the states are known as of (the CLI: today)"
)
BODY = ReportOption.text(
    "body",
    default=None,
    accepts="body id",
    description="one body of the portfolio (its id); every body when not given",
)
START = ReportOption.date("start", default=None, description="the first day (as_of)")
END = ReportOption.date("end", default=None, description=f"the last day ({AGENDA_DAYS} days on)")
PARENT = ReportOption.text(
    "program", required=True, accepts="program id", description="the parent program"
)


def agenda_items(
    portfolio: Portfolio,
    body: str | None,
    start: dt.date | None,
    end: dt.date | None,
    as_of: dt.date,
    calendar: WorkCalendar | str | None,
    plugin_manager: pluggy.PluginManager,
) -> tuple[AgendaItem, ...]:
    """The agenda's events; ``start`` defaults to ``as_of``, ``end`` to 60 days after it.

    :raises NotFoundError: for a body the portfolio does not know.
    """
    from coordprog.portfolio._agenda import agenda

    first = as_of if start is None else start
    last = first + dt.timedelta(days=AGENDA_DAYS) if end is None else end
    if body is not None:
        portfolio.body(body)
    return agenda(portfolio, body, first, last, as_of, resolve_calendar(plugin_manager, calendar))


def _title(portfolio: Portfolio, body: str | None) -> str:
    return f"Lịch công tác: {portfolio.body(body).name if body else 'tất cả cơ quan'}"


def agenda_table(portfolio: Portfolio, **options: Any) -> Table:
    """Every event due for a body (or every body) in a span of days, with its state."""
    from coordprog.portfolio._agenda import agenda_table as table

    items = agenda_items(portfolio, **options)
    return table(_title(portfolio, options["body"]), items, portfolio)


def agenda_calendar(portfolio: Portfolio, **options: Any) -> Calendar:
    """The agenda as calendar entries, each event with its program and state."""
    from coordprog.portfolio._agenda import agenda_calendar as calendar

    items = agenda_items(portfolio, **options)
    return calendar(_title(portfolio, options["body"]), items, portfolio)


def coverage_document(portfolio: Portfolio, *, program: str, as_of: dt.date, lang: str) -> Document:
    """A parent program's cascade: who answered its instructions, which tasks are carried out.

    :raises NotFoundError: for a program the portfolio does not hold.
    """
    from coordprog.portfolio._cascade_report import cascade_document

    return cascade_document(portfolio, portfolio.program(program), as_of=as_of, lang=lang)


_AGENDA = (BODY, START, END, AS_OF, CALENDAR)

AGENDA = ReportKind(
    name="agenda",
    shape=Table,
    build=agenda_table,
    description="Every program's events due for a body in a span of days, with their state.",
    options=_AGENDA,
    takes_plugin_manager=True,
    takes_portfolio=True,
)
AGENDA_CALENDAR = ReportKind(
    name="agenda-calendar",
    shape=Calendar,
    build=agenda_calendar,
    description="The agenda as calendar entries (for .ics), each with its program and state.",
    options=_AGENDA,
    takes_plugin_manager=True,
    takes_portfolio=True,
)
COVERAGE = ReportKind(
    name="coverage",
    shape=Document,
    build=coverage_document,
    description="Which programs below carry out a program: its instructions and its tasks.",
    options=(PARENT, AS_OF, LANG),
    takes_portfolio=True,
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``agenda``, ``agenda-calendar`` and ``coverage`` report kinds."""
    register(AGENDA)
    register(AGENDA_CALENDAR)
    register(COVERAGE)
