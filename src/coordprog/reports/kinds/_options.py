"""The options the built-in report kinds share, declared once, and their converters.

Options arrive as Python values from :func:`coordprog.render` and as text
from the command line's ``--option NAME=VALUE``; the declarations below
convert both before a kind's ``build`` sees them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from coordprog.model._program import Program
from coordprog.plugins.options import ReportOption
from coordprog.reports._render import RenderError
from coordprog.schedule._work_calendar import WorkCalendar

if TYPE_CHECKING:  # the records' module is imported by the kinds that read records
    from coordprog.model._records import Window

_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
_HALF = re.compile(r"^(\d{4})-H([12])$")


def as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    """``value`` as a date: a :class:`datetime.date` or ``YYYY-MM-DD``."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RenderError(f"expected the option {name} as YYYY-MM-DD, found {value!r}") from None


def as_days(value: int | str | None, name: str, default: int) -> int:
    """``value`` as a number of days from 0 to 3660."""
    if value is None:
        return default
    try:
        days = int(value)
    except (TypeError, ValueError):
        days = -1
    if not 0 <= days <= 3660:
        raise RenderError(f"expected the option {name} as days from 0 to 3660, found {value!r}")
    return days


def as_window(
    value: Window | str | None, program: Program, as_of: dt.date | None = None
) -> Window | None:
    """``value`` as a window of ``program``'s period, clipped to it.

    Text forms: ``2022`` (a year), ``2022-2023`` (years), ``2022-H1`` or
    ``2022-H2`` (a half year), ``2022-01-01/2022-06-30`` (two dates) and
    ``all`` (the whole period; for a period without an end, up to
    ``as_of``).
    """
    from coordprog.model._records import Window

    if value is None or isinstance(value, Window):
        return value
    period = program.effective_period
    text = value.strip()
    start: dt.date | None
    end: dt.date | None
    if text == "all":
        start, end = period.start, period.end if period.end is not None else as_of
        if start is None or end is None:
            missing = "start" if start is None else "end (give the option as_of)"
            raise RenderError(
                f"expected a period with a start and an end for the option window=all, found "
                f"{period.as_written!r}, with no {missing}"
            )
    elif years := _YEARS.match(text):
        first = int(years[1])
        last = int(years[2] or years[1])
        start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
    elif half := _HALF.match(text):
        year = int(half[1])
        start, end = (
            (dt.date(year, 1, 1), dt.date(year, 6, 30))
            if half[2] == "1"
            else (dt.date(year, 7, 1), dt.date(year, 12, 31))
        )
    else:
        first_text, slash, last_text = text.partition("/")
        start = as_date(first_text, "window") if slash else None
        end = as_date(last_text, "window") if slash else None
    if start is None or end is None or end < start:
        raise RenderError(
            "expected the option window as a year (2022), years (2022-2023), a half year "
            f"(2022-H1), two dates (2022-01-01/2022-06-30) or all, found {value!r}"
        )
    clipped_start = start if period.start is None else max(start, period.start)
    clipped_end = end if period.end is None else min(end, period.end)
    if clipped_end < clipped_start:
        raise RenderError(
            f"expected a window that overlaps the program's period, {period.start or '...'} to "
            f"{period.end or 'open'}, found {value!r}"
        )
    return Window(clipped_start, clipped_end)


def as_calendar(value: object) -> WorkCalendar | str:
    """A work calendar, or the name of one a plugin provides (resolved when the kind builds)."""
    if isinstance(value, WorkCalendar | str):
        return value
    raise ValueError(f"expected the name of a work calendar (weekends, vn ...), found {value!r}")


def as_window_given(value: object) -> object:
    """A window as given: checked against the program's period when the kind builds."""
    from coordprog.model._records import Window

    if isinstance(value, Window | str):
        return value
    raise ValueError(f"expected a window such as 2022, 2022-H1 or 2022-2023, found {value!r}")


CALENDAR = ReportOption(
    "calendar",
    as_calendar,
    None,
    "a work calendar that moves due dates to working days (weekends; vn with its plugin)",
    "work calendar name",
)
AS_OF = ReportOption.date(
    "as_of",
    default=None,
    description=(
        "the day to report on (the status needs it; the review takes its records' date; "
        "the command line gives today)"
    ),
)
#: The day a status speaks for, which it cannot do without (the command line gives today).
STATUS_AS_OF = ReportOption.date(
    "as_of", required=True, description="the day the status speaks for (the CLI: today)"
)
TODAY = ReportOption.date(
    "today",
    default=None,
    description="the day the draft is made, its file's date when it has none (the CLI: today)",
)
UNTIL = ReportOption.date(
    "until", default=None, description="how far an open-ended program is scheduled"
)
SOON = ReportOption.integer(
    "soon", default=60, minimum=0, maximum=3660, description="how many days ahead is due soon"
)
WINDOW = ReportOption(
    "window",
    as_window_given,
    None,
    "the window reviewed (that of the latest review outcome, else the whole period)",
    "2022, 2022-2023, 2022-H1, DATE/DATE or all",
)
