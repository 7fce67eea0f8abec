"""The Vietnamese work calendar ``"vn"`` for coordprog.

A day is a working day when it is Monday to Friday and not a public holiday
(*ngày lễ, Tết*) or an official day off, or when an official day swap makes
it a working day (*ngày làm bù*, usually a Saturday).

* Public holidays come from the ``holidays`` library, which computes the
  lunar New Year (*Tết Nguyên đán*) and Hùng Kings' day (*Giỗ Tổ Hùng Vương*,
  10th day of the 3rd lunar month) from the Vietnamese lunar calendar, and
  knows the days off that fall in place of holidays on weekends.
* Official day swaps are data: one TOML file per year in ``swaps/`` inside
  this package, and any directory of such files a user names, with
  ``days_off`` (bridge days given off), ``working_days`` (the Saturdays
  worked to make up for them) and the ``source`` they come from.  The
  package ships every year from 2013 (the programs in use start there)
  through 2026; a year with no swaps has a file with empty lists.  A file
  covers the year of its name (``2024.toml``), or the ``year`` it states.
* A year without a file is not taken to have no swaps: the calendar warns
  once per year (:class:`SwapDataWarning`) when it is asked about a day in
  such a year, and :meth:`VietnamCalendar.swaps_known` says which years it
  knows.

>>> import datetime as dt
>>> calendar = VietnamCalendar()
>>> calendar.is_working_day(dt.date(2025, 1, 29))   # Tết Ất Tỵ
False
>>> calendar.is_working_day(dt.date(2025, 4, 26))   # a Saturday worked for 2 May
True
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import tomllib
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import coordprog
from coordprog import WeekendCalendar

__all__ = ["SwapDataWarning", "SwapError", "VietnamCalendar", "known_years", "load_swaps"]

#: Directories of extra swap files, separated by os.pathsep.
SWAPS_ENV = "COORDPROG_VN_SWAPS"


class SwapError(coordprog.CoordprogError, ValueError):
    """A day-swap file is malformed, or a folder of them missing; the message names it.

    Raised when the calendar is built, and so by ``coordprog.schedule(...,
    calendar="vn")``: coordprog passes a calendar plugin's own errors on as
    the mistakes in its input that they are.
    """


class SwapDataWarning(UserWarning):
    """The calendar has no day-swap data for a year it was asked about."""


def _dates(path: str, key: str, value: object) -> frozenset[dt.date]:
    if not isinstance(value, list) or not all(type(day) is dt.date for day in value):
        shown = repr(value) if len(repr(value)) <= 200 else f"{repr(value)[:150]}..."
        raise SwapError(f"{path}: {key}: expected an array of dates (YYYY-MM-DD), found {shown}")
    return frozenset(value)


_KEYS = ("days_off", "working_days", "source", "year")


def _parsed(name: str, text: str) -> dict[str, object]:
    """The table of the swap file ``name``, its keys and types checked.

    :raises SwapError: for invalid TOML (nesting too deep and integers too
        long included), an unknown key, or a key of the wrong type.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SwapError(f"{name}: expected valid TOML, found an error: {exc}") from None
    except (RecursionError, ValueError):  # nested too deep, an integer too long
        raise SwapError(
            f"{name}: expected valid TOML, found arrays nested too deep or an integer too long"
        ) from None
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise SwapError(
            f"{name}: unknown key {unknown[0]!r}; expected days_off, working_days, source, year"
        )
    year = data.get("year")
    if year is not None and (type(year) is not int or not 1900 <= year <= 2200):
        shown = repr(year) if len(repr(year)) <= 200 else f"{repr(year)[:150]}..."
        raise SwapError(f"{name}: year: expected an integer year from 1900 to 2200, found {shown}")
    if not isinstance(data.get("source", ""), str):
        raise SwapError(f"{name}: source: expected text")
    return data


def load_swaps(files: Iterable[tuple[str, str]]) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """Read swap files given as ``(name, text)``; return (days off, working days).

    :raises SwapError: naming the file and key of anything malformed.
    """
    days_off: set[dt.date] = set()
    working: set[dt.date] = set()
    for name, text in files:
        data = _parsed(name, text)
        days_off |= _dates(name, "days_off", data.get("days_off", []))
        working |= _dates(name, "working_days", data.get("working_days", []))
    return frozenset(days_off), frozenset(working)


def known_years(files: Iterable[tuple[str, str]]) -> frozenset[int]:
    """The years that swap files given as ``(name, text)`` cover.

    A file covers the ``year`` it states, else the year its name is
    (``2024.toml``), else the years of the days it gives off.

    :raises SwapError: for a malformed file, as :func:`load_swaps`.
    """
    years: set[int] = set()
    for name, text in files:
        data = _parsed(name, text)
        year = data.get("year")
        stem = Path(name).stem
        if isinstance(year, int):
            years.add(year)
        elif stem.isdigit() and len(stem) == 4:
            years.add(int(stem))
        else:
            years.update(day.year for day in _dates(name, "days_off", data.get("days_off", [])))
    return frozenset(years)


def _swap_files(extra: Iterable[Path]) -> list[tuple[str, str]]:
    """The shipped swap files and those of the folders ``extra``, as ``(name, text)``.

    :raises SwapError: for a folder that does not exist (a misspelt
        ``COORDPROG_VN_SWAPS`` would otherwise be ignored), or a file that
        cannot be read as UTF-8 text.
    """
    # Imported when the calendar is built: importlib.resources brings in
    # tempfile and shutil, which every coordprog command would pay for.
    from importlib import resources

    files = [
        (f"coordprog_vn_calendar/swaps/{entry.name}", entry.read_text(encoding="utf-8"))
        for entry in sorted(
            resources.files(__name__).joinpath("swaps").iterdir(), key=lambda e: e.name
        )
        if entry.name.endswith(".toml")
    ]
    for directory in extra:
        if not directory.is_dir():
            raise SwapError(
                f"{directory}: expected a folder of day-swap files (from {SWAPS_ENV} or "
                "swap_dirs), found none there"
            )
        for path in sorted(directory.glob("*.toml")):
            try:
                files.append((str(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
                raise SwapError(f"{path}: expected a readable UTF-8 file, found: {why}") from None
    return files


class VietnamCalendar:
    """Working days in Vietnam: weekends, public holidays, official day swaps.

    ``swap_dirs`` adds directories of swap files to the ones shipped (and to
    those in ``COORDPROG_VN_SWAPS``).
    """

    def __init__(self, swap_dirs: Iterable[str | os.PathLike[str]] = ()) -> None:
        extra = [Path(d) for d in os.environ.get(SWAPS_ENV, "").split(os.pathsep) if d]
        extra += [Path(d) for d in swap_dirs]
        files = _swap_files(extra)
        days_off, working = load_swaps(files)
        self._weekends = WeekendCalendar(days_off=days_off, working_days=working)
        self.working_days = working
        self.days_off = days_off
        self.known_years = known_years(files)
        self._warned: set[int] = set()
        self._by_year: dict[int, Mapping[dt.date, str]] = {}

    def swaps_known(self, year: int) -> bool:
        """Whether the calendar has day-swap data (perhaps "no swaps") for ``year``."""
        return year in self.known_years

    def _holidays(self, year: int) -> Mapping[dt.date, str]:
        found = self._by_year.get(year)
        if found is None:
            # Imported on first use: loading the plugin should not cost every
            # coordprog start-up the import of the holidays library.
            import holidays

            found = self._by_year[year] = holidays.country_holidays("VN", years=year)
        return found

    def _check_year(self, year: int) -> None:
        """Warn once about a year without day-swap data."""
        if year in self.known_years or year in self._warned:
            return
        self._warned.add(year)
        known = sorted(self.known_years)
        span = f"{known[0]}-{known[-1]}" if known else "no year"
        warnings.warn(
            SwapDataWarning(
                f"the vn calendar has no official day-swap data for {year} (it knows {span}): "
                "a swapped working day or day off of that year is not known; add a swap file "
                "for the year (see COORDPROG_VN_SWAPS)"
            ),
            stacklevel=4,
        )

    def holiday_name(self, day: dt.date) -> str | None:
        """Return the name of the public holiday on ``day``, if it is one."""
        name: str | None = self._holidays(day.year).get(day)
        return name

    def is_working_day(self, day: dt.date) -> bool:
        """Return whether ``day`` is a working day in Vietnam.

        A day of a year without day-swap data warns once for the year
        (:class:`SwapDataWarning`).
        """
        self._check_year(day.year)
        if day in self.working_days:
            return True
        return self._weekends.is_working_day(day) and day not in self._holidays(day.year)

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return ``day`` if it is a working day, else the first working day after it."""
        return self._step(day, 1)

    def previous_working_day(self, day: dt.date) -> dt.date:
        """Return ``day`` if it is a working day, else the last working day before it."""
        return self._step(day, -1)

    def _step(self, day: dt.date, step: int) -> dt.date:
        for _ in range(366):
            if self.is_working_day(day):
                return day
            day += dt.timedelta(days=step)
        raise ValueError(f"no working day within a year of {day}")


@coordprog.hookimpl
def coordprog_work_calendar(name: str) -> VietnamCalendar | None:
    """Provide the calendar ``"vn"``.

    :raises SwapError: for a malformed swap file or a missing folder in
        ``COORDPROG_VN_SWAPS``, which coordprog reports as such.
    """
    return _calendar(os.environ.get(SWAPS_ENV, "")) if name == "vn" else None


@functools.cache
def _calendar(folders: str) -> VietnamCalendar:
    # One calendar per value of COORDPROG_VN_SWAPS (the constructor reads it).
    return VietnamCalendar()
