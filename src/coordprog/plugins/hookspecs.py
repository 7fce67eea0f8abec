"""The hooks coordprog plugins implement.

A plugin is a module (or object) with functions marked ``@coordprog.hookimpl``
and named after these specifications; an installed distribution makes it
known through an entry point in the ``coordprog`` group::

    [project.entry-points.coordprog]
    my_formats = "my_package.coordprog_plugin"

Hooks evolve by gaining arguments; an implementation may accept fewer
arguments than the specification names, so plugins keep working.  Every
hook is called through pluggy (``manager.hook.<name>(...)``), so ordering,
wrappers and ``firstresult`` behave exactly as pluggy documents them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pluggy

from coordprog.model._errors import Problem
from coordprog.model._program import Program
from coordprog.schedule._work_calendar import WorkCalendar

PROJECT = "coordprog"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = [
    "coordprog_import_bodies",
    "coordprog_import_organs",
    "coordprog_import_readers",
    "coordprog_register_formats",
    "coordprog_register_reports",
    "coordprog_validate",
    "coordprog_work_calendar",
    "hookimpl",
    "hookspec",
]


@hookspec
def coordprog_register_reports(register: Callable[..., None]) -> None:
    """Add report kinds by calling ``register`` once for each.

    :param register: call it with a :class:`coordprog.ReportKind`, as
        ``register(kind)``.  A name belongs to the first plugin that
        registered it, in the order the plugins were registered (the
        built-in plugins first, then the installed ones by entry-point
        name), whatever the ``tryfirst``/``trylast`` marks; a later claim
        is refused with a :class:`coordprog.PluginWarning` naming both
        plugins (and their distributions).  ``register(kind,
        override=True)`` replaces a built-in kind of the same name, and
        only a built-in one.
    :return: nothing; the return value is ignored.

    Every format that renders the kind's shape can render the new kind.
    This hook is called once per plugin, through pluggy, with that
    plugin's implementations alone (its wrappers included), so that each
    kind is attributed to its plugin, also one registered from a wrapper;
    a plugin that raises (``SystemExit`` included) is left out, named in
    a warning, while the others' kinds stay.

    .. versionchanged:: 0.2.0
       ``override=True``; names no longer depend on hook order.
    .. versionchanged:: 0.3.0
       Each plugin is called alone, wrappers included; installed plugins
       are registered in the order of their names.

    .. versionadded:: 0.1.0
    """


@hookspec
def coordprog_register_formats(register: Callable[..., None]) -> None:
    """Add output formats by calling ``register`` once for each.

    :param register: call it with a :class:`coordprog.OutputFormat`, as
        ``register(format)``.  Names and file suffixes are claimed as
        names are for :func:`coordprog_register_reports`: first registered
        plugin first, whatever the hook order.  A suffix another format
        holds is refused with a warning naming both (the format stays,
        without that suffix); ``register(format, override=True)`` replaces
        a built-in format of the same name and takes built-in formats'
        suffixes.
    :return: nothing; the return value is ignored.

    The format serves every report kind whose shape it has a renderer for.
    Called once per plugin, like :func:`coordprog_register_reports`.

    .. versionchanged:: 0.2.0
       ``override=True``; names no longer depend on hook order.
    .. versionchanged:: 0.3.0
       Suffixes are claimed like names.

    .. versionadded:: 0.1.0
    """


@hookspec
def coordprog_validate(program: Program) -> Iterable[Problem] | None:
    """Check ``program`` with extra rules.

    :param program: a program that passed the built-in checks of its types
        (its cross-references may still be wrong).
    :return: the problems found, each a :class:`coordprog.Problem` with a
        path such as ``task_groups[0].tasks[2].text``, or ``None`` (or an
        empty iterable) when there are none; a generator is fine.  The
        problems of every plugin are added to the built-in ones, in the
        order pluggy calls the implementations, and loading fails when
        there are any.

    The hook is called through pluggy, so ``tryfirst``/``trylast`` and
    wrappers (``wrapper=True`` or ``hookwrapper=True``) behave as pluggy
    documents them; a wrapper sees the list of every plugin's results.  A
    plugin that raises (also while its generator runs, and ``SystemExit``
    too) or returns anything but problems is skipped with a
    :class:`coordprog.PluginWarning` naming it (strict mode:
    :class:`coordprog.PluginError`); the others' problems are kept.  A
    wrapper that raises is the one named, and the rules of the plugins it
    wraps still apply.

    .. versionchanged:: 0.3.0
       ``SystemExit`` and failing wrappers are their plugin's failure.

    .. versionadded:: 0.1.0
    """


@hookspec(firstresult=True)
def coordprog_work_calendar(name: str) -> WorkCalendar | None:
    """Provide the work calendar called ``name``, for ``schedule(..., calendar=name)``.

    :param name: the name the user gave, e.g. ``"vn"``.
    :return: a :class:`coordprog.WorkCalendar`, or ``None`` when this plugin
        has no calendar of that name.  The first result that is not ``None``
        wins (``firstresult``); plugins registered later are asked first,
        and ``tryfirst``/``trylast`` reorder them as pluggy documents.  A
        plugin that raises (``SystemExit`` too) or returns something that
        is not a work calendar is skipped with a
        :class:`coordprog.PluginWarning` naming it (strict mode:
        :class:`coordprog.PluginError`), and the others are asked.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       ``SystemExit`` is the plugin's failure.
    """


@hookspec
def coordprog_import_bodies() -> Iterable[Any] | None:
    """Add bodies the importer recognises in a document's text (:func:`coordprog.import_text`).

    :return: :class:`coordprog.KnownBody` values (an id, the body's name and
        the ways documents write it: ``KnownBody("bdv-hcm", "Ban Dân vận
        Thành ủy", ("Ban Dân vận Thành ủy", "BDVTU"))``), or ``None``.  A
        province or a body with its own conventions adds its names this
        way; they are tried before the built-in table.  A plugin that
        raises or returns anything else is skipped with a
        :class:`coordprog.PluginWarning` naming it.

    .. versionadded:: 0.2.0
    """


@hookspec
def coordprog_import_readers() -> Iterable[Any] | None:
    """Add kinds of document the importer reads (:func:`coordprog.import_text`).

    :return: readers, each a :class:`coordprog.DocumentReader`: an object
        with a ``name``, ``accepts(document)`` that says whether it reads a
        :class:`coordprog.ReadDocument` (its lines and what its opening
        says: letterhead, number, place and date, type line, title), and
        ``read(document, draft)`` that fills in the
        :class:`coordprog.DraftBuilder`'s data (its kind, title, provisions,
        tasks) and lists what to complete with ``draft.flag(...)``; or
        ``None``.  The opening is read before, and the parties, acts,
        signatures and items every draft has after, as for the built-in
        kinds.

    Plugins' readers are asked before the built-in ones (decisions that
    promulgate, regulations in articles, programs and plans in parts,
    letters), in the order pluggy returns them: the first that accepts a
    document reads it.  A plugin that fails here or returns anything else
    is left out, named in a :class:`coordprog.PluginWarning`; a reader that
    raises in ``accepts`` or ``read`` is named likewise and the document is
    read by the next reader that accepts it.

    .. versionadded:: 0.3.0
    """


@hookspec
def coordprog_import_organs() -> Iterable[Any] | None:
    """Add kinds of body to the grammar the importer reads bodies by.

    :return: :class:`coordprog.Organ` values, or ``None``.  An organ is a
        kind of body as its name is written ("Ban Quản lý các khu công
        nghiệp" followed by its place, "Cảng vụ Hàng hải" followed by
        one): with it, every body of that kind is read by its grammar
        (organ, level and place) wherever the importer reads bodies, and
        becomes a party or a third party with an item to check it.  Plugins'
        organs are tried before the built-in ones; the longest written
        form that matches wins.  A plugin that fails or returns anything
        else is left out, named in a :class:`coordprog.PluginWarning`.

    .. versionadded:: 0.3.0
    """
