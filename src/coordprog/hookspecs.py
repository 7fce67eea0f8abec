"""The hooks coordprog plugins implement.

A plugin is a module (or object) with functions marked ``@coordprog.hookimpl``
and named after these specifications; an installed distribution makes it
known through an entry point in the ``coordprog`` group::

    [project.entry-points.coordprog]
    my_formats = "my_package.coordprog_plugin"

Hooks evolve by gaining arguments; an implementation may accept fewer
arguments than the specification names, so plugins keep working.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pluggy

from coordprog._calendar import WorkCalendar
from coordprog._errors import Problem
from coordprog._program import Program
from coordprog._registry import OutputFormat, ReportKind

PROJECT = "coordprog"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = [
    "coordprog_register_formats",
    "coordprog_register_reports",
    "coordprog_validate",
    "coordprog_work_calendar",
    "hookimpl",
    "hookspec",
]


@hookspec
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Add report kinds by calling ``register`` once for each.

    :param register: call it with a :class:`coordprog.ReportKind`.  A name
        another plugin already registered is refused with both plugins named.
    :return: nothing; the return value is ignored.

    Every format that renders the kind's shape can render the new kind.

    .. versionadded:: 0.1.0
    """


@hookspec
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Add output formats by calling ``register`` once for each.

    :param register: call it with a :class:`coordprog.OutputFormat`.  A name
        another plugin already registered is refused with both plugins named.
    :return: nothing; the return value is ignored.

    The format serves every report kind whose shape it has a renderer for.

    .. versionadded:: 0.1.0
    """


@hookspec
def coordprog_validate(program: Program) -> Iterable[Problem] | None:
    """Check ``program`` with extra rules.

    :param program: a program that passed the built-in checks of its types
        (its cross-references may still be wrong).
    :return: the problems found, each a :class:`coordprog.Problem` with a
        path such as ``task_groups[0].tasks[2].text``, or ``None`` (or an
        empty iterable) when there are none.  The problems of every plugin
        are added to the built-in ones, and loading fails when there are any.

    .. versionadded:: 0.1.0
    """


@hookspec(firstresult=True)
def coordprog_work_calendar(name: str) -> WorkCalendar | None:
    """Provide the work calendar called ``name``, for ``schedule(..., calendar=name)``.

    :param name: the name the user gave, e.g. ``"vn"``.
    :return: a :class:`coordprog.WorkCalendar`, or ``None`` when this plugin
        has no calendar of that name.  The first result that is not ``None``
        wins (``firstresult``); plugins registered later are asked first.

    .. versionadded:: 0.1.0
    """
