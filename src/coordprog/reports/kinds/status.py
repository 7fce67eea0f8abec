"""Built-in report kinds ``status`` and ``status-calendar``: what is overdue and what falls due.

Both read the program's records of implementation (see
:func:`coordprog.status`): ``status`` is a table of what each body has
overdue and due soon as of a date; ``status-calendar`` is every scheduled
event with its state, for calendar clients.  They are built by
:mod:`coordprog.reports.kinds._status_reports`, imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports.kinds._language import LANG
from coordprog.reports.kinds._options import CALENDAR, SOON, STATUS_AS_OF
from coordprog.shapes import Calendar, Table


def status_table(program: Any, **options: Any) -> Table:
    """What each body has overdue, and what falls due within ``soon`` days, as of ``as_of``.

    Options: ``as_of`` (required), ``soon`` (days, default 60),
    ``calendar``, ``lang`` (``vi`` or ``en``).
    """
    from coordprog.reports.kinds import _status_reports

    return _status_reports.status_table(program, **options)


def status_calendar(program: Any, **options: Any) -> Calendar:
    """Every scheduled event with its state as of ``as_of``.

    Options: ``as_of`` (required), ``calendar``, ``lang``.
    """
    from coordprog.reports.kinds import _status_reports

    return _status_reports.status_calendar(program, **options)


STATUS = ReportKind(
    name="status",
    shape=Table,
    build=status_table,
    description="What each body has overdue and due soon as of a date, from the records.",
    options=(STATUS_AS_OF, SOON, CALENDAR, LANG),
    takes_plugin_manager=True,
    takes_records=True,
)

STATUS_CALENDAR = ReportKind(
    name="status-calendar",
    shape=Calendar,
    build=status_calendar,
    description="Every scheduled event with its state as of a date, from the records.",
    options=(STATUS_AS_OF, CALENDAR, LANG),
    takes_plugin_manager=True,
    takes_records=True,
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``status`` and ``status-calendar`` report kinds."""
    register(STATUS)
    register(STATUS_CALENDAR)
