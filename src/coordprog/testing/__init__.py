"""Helpers for testing code built on coordprog: invariants, strategies, fixtures.

:func:`check_schedule` asserts the invariants every schedule keeps.
:mod:`coordprog.testing.strategies` holds Hypothesis strategies for every
model type; it needs Hypothesis (install ``coordprog[testing]``).
The pytest plugin in :mod:`coordprog.testing.pytest_plugin` is loaded
automatically by pytest and provides the fixtures.

.. versionadded:: 0.1.0
"""

from coordprog.testing._invariants import (
    ScheduleInvariantError,
    check_schedule,
    schedule_failures,
)

__all__ = ["ScheduleInvariantError", "check_schedule", "schedule_failures"]
