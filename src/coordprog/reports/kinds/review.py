"""Built-in report kind ``review``: the draft *báo cáo sơ kết / tổng kết* of a window.

The report is built by :mod:`coordprog.reports.kinds._review`, imported
when a review is first rendered: registering the kind costs every start-up
nothing of the records and status code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports.kinds._options import AS_OF, CALENDAR, TODAY, WINDOW
from coordprog.shapes import Document


def review_document(program: Any, **options: Any) -> Document:
    """The draft review report of a window; see :mod:`coordprog.reports.kinds._review`.

    Options: ``window`` (``2022``, ``2022-H1``, ``2022-2023``, two dates
    ``2022-01-01/2022-12-31``, or ``all``; default: the window of the
    latest review outcome in the records, else the whole period),
    ``as_of`` (default: the date of that outcome, else the end of the
    window plus the month a review may take), ``calendar``, ``today`` (the
    day the draft is made, for the file's creation date).

    .. versionchanged:: 0.3.0
       ``today``.
    """
    from coordprog.reports.kinds import _review

    return _review.review_document(program, **options)


REVIEW = ReportKind(
    name="review",
    shape=Document,
    build=review_document,
    description="The draft interim or final review report (báo cáo sơ kết / tổng kết) of a window.",
    options=(WINDOW, AS_OF, CALENDAR, TODAY),
    takes_plugin_manager=True,
    takes_records=True,
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``review`` report kind."""
    register(REVIEW)
