"""pytest plugin: fixtures for projects that build on coordprog.

pytest loads it through the ``pytest11`` entry point whenever coordprog is
installed, so a downstream test suite can ask for these fixtures by name.
Every fixture's name starts with ``coordprog_``, so none can clash with a
project's own.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pluggy
import pytest

from coordprog import Program, WeekendCalendar, examples
from coordprog.testing import plugin_manager
from coordprog.testing._office import LibreOffice


@pytest.fixture(scope="session")
def coordprog_binh_thuan() -> Program:
    """The Bình Thuận 2022-2025 program, loaded once per test session."""
    return examples.load("binh-thuan")


@pytest.fixture(scope="session")
def coordprog_example() -> Callable[[str], Program]:
    """Load an example program by name: ``coordprog_example("binh-thuan")``."""
    return examples.load


@pytest.fixture
def coordprog_plugin_manager() -> pluggy.PluginManager:
    """A fresh plugin manager with the built-in plugins only; register throw-away plugins on it.

    Pass it as ``plugin_manager=`` to :func:`coordprog.render` and friends.
    """
    return plugin_manager()


@pytest.fixture
def coordprog_weekend_calendar() -> WeekendCalendar:
    """The default work calendar: Monday to Friday, no holidays."""
    return WeekendCalendar()


@pytest.fixture
def coordprog_libreoffice(tmp_path: Path) -> LibreOffice:
    """LibreOffice in a profile of this test's own: ``.convert(files, folder)``, ``.pages(pdf)``.

    For tests that open what a format writes as its readers do.  A test
    whose machine lacks what it needs is skipped with the reason, or fails
    where ``COORDPROG_REQUIRE_SOFFICE`` is set.  See
    :class:`coordprog.testing.LibreOffice`.

    .. versionadded:: 0.3.0
    """
    return LibreOffice(tmp_path / "libreoffice-profile")
