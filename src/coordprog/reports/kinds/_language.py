"""The languages of the built-in report kinds' labels: Vietnamese, or English on request.

A report's labels (headings, column names, the kinds of events, statuses)
are all in one language: Vietnamese by default, English with the option
``lang="en"``.  The program's own texts (its title, tasks, the names of
bodies and acts) are data and stay as the document wrote them.
"""

from __future__ import annotations

import datetime as dt

from coordprog.model._dates import PartialDate, Precision, short
from coordprog.model._program import Period
from coordprog.plugins.options import ReportOption
from coordprog.reports._render import RenderError

LANGUAGES = ("vi", "en")

#: The option of every built-in kind whose labels have an English version.
LANG = ReportOption.choice(
    "lang", LANGUAGES, default="vi", description="the language of the labels"
)


def as_language(value: str | None) -> str:
    """``value`` checked as a language of the labels: ``"vi"`` (default) or ``"en"``."""
    if value is None:
        return "vi"
    if value not in LANGUAGES:
        raise RenderError(f"expected the option lang as vi or en, found {value!r}")
    return value


class Words:
    """The labels of one language: ``words("Mục đích")`` is ``"Purposes"`` in English.

    Vietnamese phrases are the keys; a phrase with ``{}`` fields is a
    template, filled with :meth:`str.format`.  A phrase missing from the
    English table is a bug, raised as ``KeyError`` by the tests that render
    every kind in English.
    """

    def __init__(self, language: str, english: dict[str, str]) -> None:
        self.language = language
        self._english = english

    def __call__(self, phrase: str) -> str:
        return phrase if self.language == "vi" else self._english[phrase]

    @property
    def english(self) -> bool:
        """Whether the labels are English."""
        return self.language == "en"

    def date(self, day: dt.date | PartialDate | None) -> str:
        """A date in a table or a list: ``24/01/2022``, or ``2022-01-24`` in English.

        A partial date as far as it is known (``03/2019``, ``2019-03``);
        ``None``, a date the records do not give, as "chưa rõ ngày" ("date
        not known").
        """
        if day is None:
            return "date not known" if self.english else "chưa rõ ngày"
        if self.english:
            return day.isoformat() if isinstance(day, dt.date) else str(day)
        return short(day)


def vi_date(day: dt.date | PartialDate | None) -> str:
    """A date as a Vietnamese table or list writes it, ``24/01/2022``; empty for ``None``."""
    return short(day)


def english_period(period: Period) -> str:
    """A period as an English report writes it, to the document's precision."""

    def written(day: dt.date) -> str:
        if period.precision is Precision.YEAR:
            return str(day.year)
        if period.precision is Precision.MONTH:
            return f"{day:%m/%Y}"
        return day.isoformat()

    if period.start is None:
        if period.end is None:
            return period.term or "not stated"
        return f"until {written(period.end)}"
    if period.end is None:
        return f"from {written(period.start)}" + (", end not known" if period.end_unknown else "")
    return f"{written(period.start)} to {written(period.end)}"


def english_name(value: str) -> str:
    """A vocabulary key as English words: ``"interim-review"`` is ``"interim review"``."""
    return value.replace("-", " ")
