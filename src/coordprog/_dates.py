"""Calendar arithmetic shared by validation and the schedule engine."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from coordprog._rules import Offset


def apply_offset(day: dt.date, offset: Offset) -> dt.date:
    """Return ``day`` moved by ``offset``: years and months (clamped), then days."""
    moved: dt.date = day + relativedelta(years=offset.years, months=offset.months, days=offset.days)
    return moved


def add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` plus ``months`` months, clamped to the end of a shorter month.

    Always counted from the same anchor, never step by step, so the 31st
    comes back in every month that has one.
    """
    moved: dt.date = day + relativedelta(months=months)
    return moved
