"""Built-in report kind ``annual-plan``: the draft annual coordination plan of a year.

The plan is built by :mod:`coordprog.reports.kinds._annual_plan`, imported
when a plan is first rendered, as the review report is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.plugins.options import ReportOption
from coordprog.reports.kinds._options import AS_OF, CALENDAR, TODAY
from coordprog.shapes import Document

YEAR = ReportOption.integer(
    "year",
    default=None,
    minimum=1900,
    maximum=2200,
    description="the year planned (the year after the latest review, else the first year)",
)


def annual_plan_document(program: Any, **options: Any) -> Document:
    """The draft *kế hoạch phối hợp công tác năm*; see :mod:`coordprog.reports.kinds._annual_plan`.

    Options: ``year``, ``as_of`` (the day progress is taken on), ``calendar``
    (the work calendar of the year's events, default ``weekends``),
    ``today`` (the day the draft is made).

    .. versionadded:: 0.3.0
    """
    from coordprog.reports.kinds import _annual_plan

    return _annual_plan.annual_plan_document(program, **options)


ANNUAL_PLAN = ReportKind(
    name="annual-plan",
    shape=Document,
    build=annual_plan_document,
    description="The draft annual coordination plan (kế hoạch phối hợp công tác năm) of a year.",
    options=(YEAR, AS_OF, CALENDAR, TODAY),
    takes_plugin_manager=True,
    takes_records=True,
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``annual-plan`` report kind."""
    register(ANNUAL_PLAN)
