"""Helpers for testing code built on coordprog: invariants, strategies, fixtures.

:func:`check_schedule` asserts the invariants every schedule keeps.
:mod:`coordprog.testing.strategies` holds Hypothesis strategies for every
model type; it needs Hypothesis (install ``coordprog[testing]``).
The pytest plugin in :mod:`coordprog.testing.pytest_plugin` is loaded
automatically by pytest and provides the fixtures.

.. versionadded:: 0.1.0
"""

from typing import Any

import pluggy

import coordprog
from coordprog.testing._invariants import (
    ScheduleInvariantError,
    check_schedule,
    schedule_failures,
)
from coordprog.testing._office import LibreOffice

__all__ = [
    "LibreOffice",
    "ScheduleInvariantError",
    "check_schedule",
    "plugin_manager",
    "schedule_failures",
]


def plugin_manager(*plugins: Any, entry_points: bool = False) -> pluggy.PluginManager:
    """Return a new plugin manager with the built-ins and ``plugins`` registered.

    For a test of a plugin that is not installed: pass modules, classes or
    objects with ``@coordprog.hookimpl`` functions, then give the manager to
    :func:`coordprog.render` (or :func:`coordprog.validate`,
    :func:`coordprog.schedule` ...) as ``plugin_manager``.  Installed
    plugins are left out unless ``entry_points`` is true, so the test sees
    only what it registers.  Each plugin is registered under a readable
    name (its module or class name, with ``-2``, ``-3`` ... for repeats),
    which messages and :func:`coordprog.formats` show.  Misspelt hooks fail
    at once.

    .. versionadded:: 0.1.0
    """
    manager = coordprog.get_plugin_manager(strict=True, entry_points=entry_points)
    for plugin in plugins:
        base = _readable_name(plugin)
        name, count = base, 1
        while manager.has_plugin(name):
            count += 1
            name = f"{base}-{count}"
        manager.register(plugin, name=name)
    manager.check_pending()
    return manager


def _readable_name(plugin: Any) -> str:
    name = getattr(plugin, "__name__", None)
    return name if isinstance(name, str) else type(plugin).__name__
