"""The public functions that involve plugins: loading, validating, scheduling, rendering.

This is the top of the library's layers: it binds the plugin manager to
the model, the schedule engine, the readers and the reports below it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import threading
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import pluggy

from coordprog.io import _documents
from coordprog.model._deprecation import deprecated, warn_deprecated
from coordprog.model._errors import Problem, ValidationError
from coordprog.model._program import Program
from coordprog.model._validation import validate as builtin_checks
from coordprog.plugins import _calls, _manager
from coordprog.plugins._registry import Provided
from coordprog.reports._render import Output, render_shape_with, render_with
from coordprog.schedule._work_calendar import WorkCalendar
from coordprog.shapes import Shape

if TYPE_CHECKING:
    # Records and status are imported by the functions that use them: a
    # command that reads no records never loads their classes.
    from coordprog.importer._pipeline import Draft
    from coordprog.model._program import Period
    from coordprog.model._records import Records, Window
    from coordprog.portfolio._agenda import AgendaItem
    from coordprog.portfolio._portfolio import Portfolio
    from coordprog.reports.kinds._next_program import NextProgramDraft
    from coordprog.schedule._diff import ScheduleDiff, ScheduleNote
    from coordprog.schedule._engine import Event
    from coordprog.schedule._status import Status

#: The built-in plugins: their public names and the modules that hold them.
BUILTINS = (
    ("coordprog.weekends", "coordprog.plugins._weekends"),
    ("coordprog.program", "coordprog.reports.kinds.program"),
    ("coordprog.matrix", "coordprog.reports.kinds.matrix"),
    ("coordprog.schedule", "coordprog.reports.kinds.schedule"),
    ("coordprog.status", "coordprog.reports.kinds.status"),
    ("coordprog.review", "coordprog.reports.kinds.review"),
    ("coordprog.portfolio", "coordprog.portfolio._report_kinds"),
    ("coordprog.annual-plan", "coordprog.reports.kinds.annual_plan"),
    ("coordprog.next-program", "coordprog.reports.kinds.next_program"),
    ("coordprog.markdown", "coordprog.reports.formats.markdown"),
    ("coordprog.html", "coordprog.reports.formats.html"),
    ("coordprog.json", "coordprog.reports.formats.json"),
    ("coordprog.csv", "coordprog.reports.formats.csv"),
    ("coordprog.text", "coordprog.reports.formats.text"),
    ("coordprog.ics", "coordprog.reports.formats.ics"),
)

#: What each built-in plugin that registers report kinds or formats
#: registers: its module is imported when one of them is first used (see
#: ``BuiltinPlugin``); a test checks each against its module.
BUILTIN_REPORTS: Mapping[str, tuple[str, ...]] = {
    "coordprog.program": ("program",),
    "coordprog.matrix": ("matrix",),
    "coordprog.schedule": ("schedule",),
    "coordprog.status": ("status", "status-calendar"),
    "coordprog.review": ("review",),
    "coordprog.portfolio": ("agenda", "agenda-calendar", "coverage"),
    "coordprog.annual-plan": ("annual-plan",),
    "coordprog.next-program": ("next-program",),
}
#: The format each built-in format plugin registers, with its suffixes.
BUILTIN_FORMATS: Mapping[str, tuple[str, tuple[str, ...]]] = {
    "coordprog.markdown": ("markdown", (".md", ".markdown")),
    "coordprog.html": ("html", (".html", ".htm")),
    "coordprog.json": ("json", (".json",)),
    "coordprog.csv": ("csv", (".csv",)),
    "coordprog.text": ("text", (".txt",)),
    "coordprog.ics": ("ics", (".ics",)),
}


def _builtin(name: str, module: str) -> Any:
    """The plugin registered as the built-in ``name``: its module, or one that imports it later."""
    if name in BUILTIN_REPORTS:
        return _manager.builtin_plugin(module, reports=BUILTIN_REPORTS[name])
    if name in BUILTIN_FORMATS:
        format, suffixes = BUILTIN_FORMATS[name]
        return _manager.builtin_plugin(module, formats={format: suffixes})
    return importlib.import_module(module)


_defaults: dict[tuple[str | None, ...], pluggy.PluginManager] = {}
_defaults_lock = threading.Lock()


def get_plugin_manager(
    *,
    strict: bool | None = None,
    entry_points: bool = True,
    plugins_dir: Sequence[str | os.PathLike[str]] | str | os.PathLike[str] | None = None,
) -> pluggy.PluginManager:
    """Build a new plugin manager with the built-in plugins and the installed ones.

    The built-in plugins are registered first, under the names listed by
    ``coordprog plugins`` (``coordprog.markdown``, ``coordprog.program``
    ...).  Installed plugins are the entry points of the ``coordprog``
    group, registered in the order of their names (then of their
    distributions' names), so that which of two plugins keeps a name both
    register never depends on the order of the file system; of two
    distributions with a plugin of one name, the first so sorted is loaded
    and the other named in a warning.  The environment
    variable ``COORDPROG_PLUGINS`` limits them to the names it lists
    (comma-separated; set but empty, it loads none; a name no installed
    plugin has is warned about).  A plugin that fails to import (even with
    ``SystemExit``) or to register, or that implements a hook that does not
    exist, is left out with a :class:`PluginWarning` naming it; with
    ``strict`` (default: the boolean ``COORDPROG_STRICT_PLUGINS``) it
    raises :class:`PluginError` instead.  ``entry_points=False`` leaves the
    installed plugins out.

    ``plugins_dir`` is a folder, or several, of one-off plugins: each
    ``*.py`` file in it (but those whose names start with ``_``) is
    imported and registered as a plugin named after the file, after the
    installed plugins, whatever ``COORDPROG_PLUGINS`` says.  Its default is
    the folders the environment variable ``COORDPROG_PLUGINS_DIR`` lists
    (separated as ``PATH`` is).  Only name folders whose files you trust:
    their code runs, as an installed plugin's does.

    Every function that takes ``plugin_manager=`` uses
    :func:`default_plugin_manager` when it is not given.

    :raises PluginError: for a ``plugins_dir`` that is not a folder.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       Installed plugins are registered in the order of their names;
       ``plugins_dir``.
    """
    strict = _manager.strict_mode(strict)
    if isinstance(plugins_dir, str | os.PathLike):
        plugins_dir = [plugins_dir]
    folders = _manager.plugin_folders(plugins_dir)
    builtins = [(name, _builtin(name, module)) for name, module in BUILTINS]
    return _manager.build_manager(
        builtins, strict=strict, entry_points=entry_points, folders=folders
    )


def default_plugin_manager() -> pluggy.PluginManager:
    """Return the shared plugin manager, built by :func:`get_plugin_manager` on first use.

    This is the manager every function uses when its ``plugin_manager``
    argument is not given; register a plugin on it to make it available
    everywhere in the process.  It is built for the plugin settings of the
    environment (``COORDPROG_PLUGINS``, ``COORDPROG_STRICT_PLUGINS``,
    ``COORDPROG_PLUGINS_DIR``) at
    the time of the call: a process that changes them gets the manager
    built for the new settings (a test suite that sets
    ``COORDPROG_PLUGINS=""`` sees the built-in plugins only).

    .. versionadded:: 0.2.0
    """
    key = (
        os.environ.get(_manager.PLUGINS_ENV),
        os.environ.get(_manager.STRICT_ENV),
        os.environ.get(_manager.PLUGINS_DIR_ENV),
    )
    found = _defaults.get(key)
    if found is None:
        with _defaults_lock:
            found = _defaults.get(key)
            if found is None:
                found = _defaults[key] = get_plugin_manager()
    return found


def _manager_or_default(plugin_manager: pluggy.PluginManager | None) -> pluggy.PluginManager:
    return default_plugin_manager() if plugin_manager is None else plugin_manager


class _Problems(tuple[Problem, ...]):
    """The problems a check returns: a tuple that 0.2 code may still compare with a list.

    0.2 returned lists; ``validate(program) == []`` would turn false without a
    word once the result is a tuple.  Compared with a list, this compares its
    items and warns (until 0.4.0); with anything else it is a plain tuple.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            warn_deprecated("comparing the problems found with a list", "a tuple: ()")
            return tuple(self) == tuple(other)
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__


def validate(
    program: Program, *, plugin_manager: pluggy.PluginManager | None = None
) -> tuple[Problem, ...]:
    """Return every problem of ``program``: the built-in checks, then the plugins'.

    An empty tuple means the program is valid; the problems are those a
    :class:`ValidationError` holds in :attr:`~ValidationError.problems`.  The built-in checks: ids
    unique within parties, legal references, tasks and groups, review rules
    and events; every party and legal reference id that is used exists;
    every task has a lead (its own or inherited from its groups); no body
    both leads and supports a task; annual plans only for years of the
    period, one per year; reviews, amendments and one-off events dated
    inside the period; schedule offsets that keep reviews after the window
    they review; signatories sign for signing parties.  Plugins add rules
    through the ``coordprog_validate`` hook; a plugin that fails is left
    out with a :class:`PluginWarning` naming it.

    :raises PluginError: in strict mode, when a validation plugin fails.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       A tuple, as :attr:`ValidationError.problems` (a list before).
       Comparing it with a list still works until 0.4.0, with a
       :class:`DeprecationWarning`.
    """
    problems = builtin_checks(program)
    problems.extend(_calls.validate_with(_manager_or_default(plugin_manager), program))
    return _Problems(problems)


def advisories(program: Program, *, until: dt.date | None = None) -> tuple[Problem, ...]:
    """Return what is allowed in ``program`` but worth a second look; never a reason to refuse it.

    Today: scheduled events due before the document was signed (a program
    signed late in its first year has an annual plan or review "due" before
    it existed), each with the path of the rule that makes it.  ``until``
    is the horizon for an open-ended program's schedule.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       A tuple, as :func:`validate` returns (a list before); comparing it
       with a list works until 0.4.0, with a :class:`DeprecationWarning`.
    """
    if program.signed_on is None:
        return _Problems()
    paths = {"annual-plan": "schedule.annual_plans", "final-review": "schedule.final_review"}
    rules = program.effective_schedule
    named: dict[str, tuple[str, ...]] = {
        "reviews": tuple(rule.id for rule in rules.reviews),
        "events": tuple(rule.id for rule in rules.events),
        "duties": tuple(rule.id for rule in rules.duties),
        "annual_events": tuple(rule.id for rule in rules.annual_events),
    }
    for kind, ids in named.items():
        paths.update({rule_id: f"schedule.{kind}[{i}]" for i, rule_id in enumerate(ids)})
    signed = program.signed_on
    first = signed if isinstance(signed, dt.date) else signed.first
    return _Problems(
        Problem(
            paths.get(event.rule, "schedule"),
            f"{event.title_en} is due {event.due}, before the document was signed on {signed}",
        )
        for event in _engine(program, None, until)
        if event.due < first
    )


def _engine(
    program: Program, calendar: WorkCalendar | None, until: dt.date | None
) -> tuple[Event, ...]:
    """The schedule engine's events, imported when first used: a program's render needs none."""
    from coordprog.schedule._engine import schedule as engine

    return engine(program, calendar, until)


def _checker(plugin_manager: pluggy.PluginManager | None) -> _documents.Check:
    def check(program: Program) -> list[Problem]:
        return list(validate(program, plugin_manager=plugin_manager))

    return check


def loads(
    text: str | bytes, format: str = "json", *, plugin_manager: pluggy.PluginManager | None = None
) -> Program:
    """Read a program from ``text`` in ``format`` (``"json"`` or ``"toml"``).

    Every text is repaired and normalised (:func:`normalize_text`), the
    document is checked whole (:func:`validate`, with the plugins of
    ``plugin_manager``), and every problem is reported at once.

    :raises ValidationError: for any mistake in the document.
    :raises FormatError: for an unknown format.

    .. versionadded:: 0.1.0
    """
    return _documents.program_from_text(text, format, check=_checker(plugin_manager))


def load(
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    plugin_manager: pluggy.PluginManager | None = None,
) -> Program:
    """Read the program in the file ``path``; the format follows its suffix.

    :raises ValidationError: for any mistake in the document; the error
        and each of its lines name the file.
    :raises FormatError: for an unknown suffix or format.
    :raises OSError: when the file cannot be read.

    .. versionadded:: 0.1.0
    """
    return _documents.program_from_file(path, format, check=_checker(plugin_manager))


def from_data(
    data: Any, format: str = "json", *, plugin_manager: pluggy.PluginManager | None = None
) -> Program:
    """Build a program from already parsed plain ``data`` (dicts, lists, scalars).

    ``format`` tells how dates come: ``"json"`` (ISO strings) or ``"toml"``
    (native dates, or strings).

    :raises ValidationError: listing every problem, each with its path.

    .. versionadded:: 0.1.0
    """
    return _documents.program_from_data(
        data, _documents.checked_format(format), check=_checker(plugin_manager)
    )


def work_calendar(name: str, *, plugin_manager: pluggy.PluginManager | None = None) -> WorkCalendar:
    """Return the work calendar a plugin provides under ``name``.

    The built-in ``"weekends"`` calendar knows weekends only; plugins add
    others (such as ``"vn"``) through the ``coordprog_work_calendar`` hook.

    :raises ScheduleError: when no plugin provides a calendar of that name.

    .. versionadded:: 0.1.0
    """
    return _calls.find_calendar(_manager_or_default(plugin_manager), name)


def schedule(
    program: Program,
    calendar: WorkCalendar | str | None = None,
    *,
    until: dt.date | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> tuple[Event, ...]:
    """Return the dated events of ``program``, sorted by due date.

    ``calendar`` is a :class:`WorkCalendar`, the name of one a plugin
    provides (see :func:`work_calendar`), or ``None`` to keep the dates the
    rules give.  See the schedule documentation for the rules; in short:
    one annual plan per calendar year, recurring reviews for windows counted
    from the start of the period (month ends kept), the final review in the
    place of each cadence's last window, one-off events on their dates, and,
    with a calendar, every due date moved to a working day inside the range
    the event allows.  An open-ended program (no end to its period) has no
    final review and gets its recurring events only up to the horizon
    ``until``: none without one.

    :raises ScheduleError: for an unknown calendar name, or when a calendar
        has no working day within an event's allowed range.

    .. versionadded:: 0.1.0
    """
    calendar = _calls.resolve_calendar(_manager_or_default(plugin_manager), calendar)
    return _engine(program, calendar, until)


def schedule_diff(
    old: Program,
    new: Program,
    calendar: WorkCalendar | str | None = None,
    *,
    until: dt.date | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> ScheduleDiff:
    """The events ``new``'s schedule adds, removes and moves against ``old``'s.

    For two versions of a file, or a program before and after an amendment
    (:func:`amendment_changes` does that for one of its amendments).  Both
    are scheduled alike, with ``calendar`` (a :class:`WorkCalendar` or its
    name) and the horizon ``until``; an event is the same in both when its
    rule, kind and window are, and moved when its due date differs.

    .. versionadded:: 0.3.0
    """
    from coordprog.schedule._diff import schedule_diff as diff

    calendar = _calls.resolve_calendar(_manager_or_default(plugin_manager), calendar)
    return diff(old, new, calendar, until)


def amendment_changes(
    program: Program, index: int, *, until: dt.date | None = None
) -> ScheduleDiff:
    """What amendment ``index`` of ``program`` changed in its schedule (see :func:`schedule_diff`).

    :raises IndexError: when the program has no such amendment.

    .. versionadded:: 0.3.0
    """
    from coordprog.schedule._diff import amendment_changes as changes

    count = len(program.amendments)
    if not 0 <= index < count:
        which = f"0 to {count - 1}" if count else "it has none"
        raise IndexError(
            f"expected the index of an amendment of {program.id!r} ({which}), found {index}"
        )
    return changes(program, index, None, until)


def schedule_notes(program: Program, *, until: dt.date | None = None) -> tuple[ScheduleNote, ...]:
    """What :func:`schedule` cannot compute for ``program``, or assumed, and why.

    A period without a start places no recurring event or final review; a
    period without an end has no final review and needs a horizon
    ``until`` for its recurring events; an amendment dated to a month, a
    year or not at all is taken as in force from a day said here.  The
    schedule and status reports print these notes.

    .. versionadded:: 0.3.0
    """
    from coordprog.schedule._diff import schedule_notes as notes

    return notes(program, until)


def render(
    program: Program | Portfolio,
    report: str = "program",
    format: str = "markdown",
    *,
    options: Mapping[str, Any] | None = None,
    records: Records | Iterable[Records] | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> str:
    """Render the ``report`` kind of ``program`` in the text ``format``; return the text.

    Built in are the reports ``program`` (the program as a document, in the
    order and numbering of the original), ``matrix`` (who leads, supports or
    plays another role in each task), ``schedule`` (the dated events;
    option ``calendar``), ``status`` and ``status-calendar`` (what is
    overdue and due soon as of a date, from the records) and ``review``
    (the draft *báo cáo sơ kết / tổng kết* of a window, from the records),
    and, for a :class:`Portfolio` in place of the program, ``agenda`` and
    ``agenda-calendar`` (every program's events for a body, with their
    state; option ``as_of`` required) and ``coverage`` (a parent program's
    cascade; options ``program`` and ``as_of`` required); and the text
    formats ``markdown``, ``html``, ``json``, ``csv``, ``text`` and ``ics``.
    :func:`reports` and :func:`formats` list what the installed plugins add,
    and which formats are binary: render those with :func:`render_output`,
    which gives bytes, the media type and the file suffix of any format.
    ``options`` go to the report kind, which declares the names it takes:
    ``options={"calendar": "weekends"}``.
    ``records`` (one :class:`Records` or several, as :func:`load_records`
    reads them) go to the kinds that take records.

    :raises FormatError: for an unknown format (also a :class:`RenderError`).
    :raises RenderError: for an unknown report, a format that cannot render
        the report's shape, an option the report does not take, or a plugin
        that fails while building or rendering (or builds another shape than
        it declares); the message names the plugins.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Report options are the ``options`` mapping, not keyword arguments;
       ``records``.
    .. versionchanged:: 0.3.0
       Returns ``str`` only; ``ics`` is a text format.  A binary format
       (``docx``, ``xlsx``) still returns ``bytes`` until 0.4.0, with a
       :class:`DeprecationWarning`: use :func:`render_output`.  A
       :class:`Portfolio` for the kinds that report on one.
    """
    output = render_output(
        program,
        report,
        format,
        options=options,
        records=records,
        plugin_manager=plugin_manager,
    )
    return _text_of(output, "render")


def _text_of(output: Output, function: str) -> str:
    if not output.binary:
        return output.text
    warn_deprecated(
        f"{function}() with the binary format {output.format!r}",
        f"{function}_output(...).content",
        stacklevel=4,
    )
    binary: Any = output.content  # what 0.2 returned, for one more minor version
    return typing.cast(str, binary)


def render_output(
    program: Program | Portfolio,
    report: str = "program",
    format: str = "markdown",
    *,
    options: Mapping[str, Any] | None = None,
    records: Records | Iterable[Records] | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> Output:
    """Render the ``report`` kind of ``program`` in any ``format``, text or binary.

    Takes what :func:`render` takes.  The :class:`Output` holds the
    ``content`` as bytes (a text format's in UTF-8), the ``text`` of a text
    format, and the ``media_type`` and ``suffix`` to serve or save it with.

    :raises FormatError: for an unknown format.
    :raises RenderError: as :func:`render` raises it.

    .. versionadded:: 0.3.0
    """
    manager = _manager_or_default(plugin_manager)
    combined = (
        records
        if records is None or not isinstance(program, Program)
        else _combined(records, program)
    )
    return render_with(manager, program, report, format, options or {}, combined)


def render_shape(
    shape: Shape, format: str = "markdown", *, plugin_manager: pluggy.PluginManager | None = None
) -> str:
    """Render a shape built by your own code in the text ``format``; return the text.

    ``shape`` is a :class:`~coordprog.shapes.Document`,
    :class:`~coordprog.shapes.Table` or :class:`~coordprog.shapes.Calendar`
    (or another shape class a format renders).  For a binary format, use
    :func:`render_shape_output`.

    :raises FormatError: for an unknown format (also a :class:`RenderError`).
    :raises RenderError: for a format that cannot render the shape, or one
        that fails; the message names the plugin.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       Returns ``str`` only, as :func:`render` does.
    """
    output = render_shape_output(shape, format, plugin_manager=plugin_manager)
    return _text_of(output, "render_shape")


def render_shape_output(
    shape: Shape, format: str = "markdown", *, plugin_manager: pluggy.PluginManager | None = None
) -> Output:
    """Render a shape built by your own code in any ``format``, text or binary.

    :raises FormatError: for an unknown format.
    :raises RenderError: as :func:`render_shape` raises it.

    .. versionadded:: 0.3.0
    """
    return render_shape_with(_manager_or_default(plugin_manager), shape, format)


def reports(*, plugin_manager: pluggy.PluginManager | None = None) -> tuple[Provided, ...]:
    """List the installed report kinds, each with its shape and the plugin providing it.

    .. versionadded:: 0.1.0
    """
    return _calls.registry_of(_manager_or_default(plugin_manager)).describe()[0]


def formats(*, plugin_manager: pluggy.PluginManager | None = None) -> tuple[Provided, ...]:
    """List the installed formats, each with its shapes, suffixes, media type and plugin.

    .. versionadded:: 0.1.0
    """
    return _calls.registry_of(_manager_or_default(plugin_manager)).describe()[1]


@overload
def validate_records(program: Program, records: Records) -> tuple[Problem, ...]: ...
@overload
@deprecated("validate_records(records, program): the program comes first since 0.3.0")
def validate_records(program: Records, records: Program) -> tuple[Problem, ...]: ...
def validate_records(program: Program | Records, records: Records | Program) -> tuple[Problem, ...]:
    """Return every problem of ``records`` as records of ``program``; empty when they are valid.

    Every party, task, target, duty, rule and meeting they name must exist;
    dates and windows must fall within the program's period (records may
    come up to a year after it ends); one body gives one status of a task
    as of a date.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       The program comes first, as everywhere; ``validate_records(records,
       program)`` works until 0.4.0, with a :class:`DeprecationWarning`.
       A tuple, as :func:`validate` returns (a list before); comparing it
       with a list works until 0.4.0, with a :class:`DeprecationWarning`.
    """
    from coordprog.model._record_checks import check_records
    from coordprog.model._records import Records

    if isinstance(program, Records) and isinstance(records, Program):
        warn_deprecated("validate_records(records, program)", "validate_records(program, records)")
        program, records = records, program
    if not isinstance(program, Program) or not isinstance(records, Records):
        raise TypeError("expected validate_records(program, records)")
    return _Problems(check_records(records, program))


def _records_checker(program: Program) -> _documents.RecordsCheck:
    from coordprog.model._record_checks import check_records

    def check(records: Records) -> list[Problem]:
        return check_records(records, program)

    return check


@overload
def loads_records(program: Program, text: str | bytes, format: str = "json") -> Records: ...
@overload
@deprecated("loads_records(text, program): the program comes first since 0.3.0")
def loads_records(program: str | bytes, text: Program, format: str = "json") -> Records: ...
def loads_records(
    program: Program | str | bytes, text: str | bytes | Program, format: str = "json"
) -> Records:
    """Read records of ``program`` from ``text`` in ``format`` (``"json"`` or ``"toml"``).

    :raises ValidationError: for any mistake, every problem with its path.
    :raises FormatError: for an unknown format.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       The program comes first, as everywhere; ``loads_records(text,
       program)`` works until 0.4.0, with a :class:`DeprecationWarning`.
    """
    if isinstance(text, Program) and not isinstance(program, Program):
        warn_deprecated("loads_records(text, program)", "loads_records(program, text)")
        program, text = text, program
    if not isinstance(program, Program) or isinstance(text, Program):
        raise TypeError("expected loads_records(program, text, format)")
    return _documents.records_from_text(text, format, check=_records_checker(program))


def records_from_data(
    data: Any, format: str = "json", *, program: Program | None = None
) -> Records:
    """Build records from already parsed plain ``data``, checked against ``program`` if given.

    Without a program only the records' own structure and fields are
    checked, as for the draft records :func:`import_text` writes from a
    review report (``Draft.document == "records"``), whose program a person
    has yet to name.

    :raises ValidationError: listing every problem, each with its path.

    .. versionadded:: 0.3.0
    """
    checked = _documents.checked_format(format)
    if program is None:
        return _documents.records_from_data(data, checked, check=lambda records: [])
    return _documents.records_from_data(data, checked, check=_records_checker(program))


@overload
def load_records(
    program: Program, /, *paths: str | os.PathLike[str], format: str | None = None
) -> Records: ...
@overload
@deprecated("load_records(*paths, program=...): the program comes first since 0.3.0")
def load_records(
    *paths: str | os.PathLike[str], program: Program, format: str | None = None
) -> Records: ...
def load_records(
    *arguments: Program | str | os.PathLike[str],
    program: Program | None = None,
    format: str | None = None,
) -> Records:
    """Read the records files ``paths`` of ``program`` into one :class:`Records`.

    Called as ``load_records(program, *paths)``.  Each file is checked
    against the program (:func:`validate_records`), then the files against
    each other: a meeting id in two files, or two progress entries of one
    task by one body as of one date, are refused with both files named.
    Every problem of every file is reported at once.

    :raises ValidationError: naming each file and the path in it.
    :raises FormatError: for an unknown suffix or format.
    :raises OSError: when a file cannot be read.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       The program comes first, as everywhere; ``load_records(*paths,
       program=program)`` works until 0.4.0, with a :class:`DeprecationWarning`.
    """
    if program is not None:
        warn_deprecated("load_records(*paths, program=...)", "load_records(program, *paths)")
        owner, paths = program, arguments
    elif arguments and isinstance(arguments[0], Program):
        owner, paths = arguments[0], arguments[1:]
    else:
        raise TypeError("expected load_records(program, *paths)")
    with _documents.collector_paused():  # records hold no reference cycles
        return _read_records(owner, paths, format)


def _read_records(owner: Program, paths: tuple[Any, ...], format: str | None) -> Records:
    from coordprog.model._record_checks import conflicts, records_about
    from coordprog.schedule._status import combine

    read: list[tuple[str, Records]] = []
    errors: list[ValidationError] = []
    check = _records_checker(owner)
    for path in paths:
        if isinstance(path, Program):
            raise TypeError("expected load_records(program, *paths): one program, then paths")
        try:
            read.append((os.fspath(path), _documents.records_from_file(path, format, check=check)))
        except ValidationError as exc:
            errors.append(exc)
    clashes = list(conflicts(read))
    if len(errors) == 1 and not clashes:
        raise errors[0]
    if errors or clashes:
        problems = [
            Problem(
                f"{error.source}: {problem.path}" if problem.path else str(error.source),
                problem.message,
            )
            for error in errors
            for problem in error.problems
        ]
        raise ValidationError([*problems, *clashes], document="records")
    return combine([records_about(records, owner) for _, records in read], owner)


def _combined(records: Records | Iterable[Records], program: Program) -> Records:
    from coordprog.model._record_checks import records_about
    from coordprog.model._records import Records
    from coordprog.schedule._status import combine

    several = (records,) if isinstance(records, Records) else tuple(records)
    wrong = [
        r.program
        for r in several
        if r.program != program.id and not records_about(r, program).meetings
    ]
    if wrong:
        raise ValidationError(
            [
                Problem(
                    "program",
                    f"expected records of program {program.id!r} (or records with a meeting "
                    f"that reviews it), found records of {wrong[0]!r}",
                )
            ],
            document="records",
        )
    return combine(several, program)


def status(
    program: Program,
    records: Records | Iterable[Records] | None = None,
    as_of: dt.date | None = None,
    *,
    window: Window | None = None,
    calendar: WorkCalendar | str | None = None,
    until: dt.date | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> Status:
    """Return the status of ``program`` as of ``as_of``, from its ``records``.

    ``as_of`` is required: the library never reads today's date (the
    command line passes today and says so).

    Each scheduled event (:func:`schedule`, with ``calendar`` and
    ``until``) gets exactly one state: held on time, held late, held on an
    unknown date, pending, due (within its grace) or overdue; each task its status from the
    reports known on the day (in progress past its deadline becomes
    overdue); each body the counts of the tasks it leads by status; each
    target with an id the figures reported for it.  With ``window``, only
    task reports for windows overlapping it count.  The matching rules are
    those of the documentation page "Recording progress and drafting the
    review report".

    :raises ValidationError: when records of another program are given.
    :raises TypeError: when ``as_of`` is not given.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``as_of`` is required (it was today by default).
    """
    from coordprog.schedule._status import status_as_of

    day = _required_day(as_of, "status")
    calendar = _calls.resolve_calendar(_manager_or_default(plugin_manager), calendar)
    combined = None if records is None else _combined(records, program)
    return status_as_of(program, combined, day, window=window, calendar=calendar, until=until)


def _required_day(as_of: dt.date | None, function: str) -> dt.date:
    """``as_of``, which a caller must give: nothing below the command line reads the clock."""
    if as_of is None:
        raise TypeError(
            f"{function}() needs as_of, the day it speaks for (e.g. "
            "as_of=datetime.date.today()): coordprog never reads the clock itself"
        )
    return as_of


def load_portfolio(
    folder: str | os.PathLike[str], *, plugin_manager: pluggy.PluginManager | None = None
) -> Portfolio:
    """Read every program and records file under ``folder``, recursively, into a :class:`Portfolio`.

    A ``.toml`` or ``.json`` document with a ``program`` key (and no
    parties) is records of that program; any other is a program, checked
    as :func:`load` checks one (with the plugins of ``plugin_manager``).
    ``bodies.toml`` at the top of the folder maps parties of programs to
    bodies; without it, parties with the same name (or former name) in the
    same province are one body.  Every problem of every file is reported at
    once, each naming its file.

    :raises ValidationError: listing every problem as ``file: path: message``.
    :raises FolderNotFoundError: when ``folder`` is not a folder.

    .. versionadded:: 0.2.0
    """
    from coordprog.portfolio._portfolio import load_portfolio as read

    return read(folder, check=_checker(plugin_manager))


def agenda(
    portfolio: Portfolio,
    body: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    as_of: dt.date | None = None,
    calendar: WorkCalendar | str | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> tuple[AgendaItem, ...]:
    """Every event of every program due from ``start`` to ``end``, for ``body`` or every body.

    ``body`` is the id of a body of the portfolio (:attr:`Portfolio.bodies`);
    the events of the bodies merged or renamed into it count from the day
    they ceased.  Each event carries its state as of ``as_of`` (required:
    the library never reads the clock) from its program's records.  ``start`` defaults to ``as_of``,
    ``end`` to 60 days after ``start``.  :func:`clashes` finds the days one
    body has two meetings due.

    :raises NotFoundError: for a body the portfolio does not know.
    :raises TypeError: when ``as_of`` is not given.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``as_of`` is required (it was today by default).
    """
    from coordprog.portfolio._report_kinds import agenda_items

    if body is not None:
        portfolio.body(body)  # an unknown body is the first mistake to name
    day = _required_day(as_of, "agenda")
    manager = _manager_or_default(plugin_manager)
    return agenda_items(portfolio, body, start, end, day, calendar, manager)


def export_sqlite(
    portfolio: Portfolio,
    path: str | os.PathLike[str],
    *,
    as_of: dt.date | None = None,
    calendar: WorkCalendar | str | None = None,
    metadata: bool = True,
    plugin_manager: pluggy.PluginManager | None = None,
) -> None:
    """Write ``portfolio`` to the SQLite database ``path``, atomically and deterministically.

    The schema (programs and their acts, parents, predecessors and
    successors; bodies and their lineage; parties, legal references, tasks
    with their roles, targets and status, annual plans, signatories,
    amendments, instructions and what they expect; scheduled events with
    their state as of ``as_of``; records files, meetings, reports, progress
    with figures, review outcomes with proposals and commendations) is
    documented in the page "Working with a portfolio".  With ``metadata``,
    the Datasette metadata (every table and column described in Vietnamese
    and English, labels, facets, queries) is written beside it, as
    ``portfolio.metadata.json`` for ``portfolio.sqlite``: browse both with
    ``datasette portfolio.sqlite -m portfolio.metadata.json``.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       What happened is exported too; every key is one column, which
       Datasette links; ``metadata``; ``as_of`` is required (it was today
       by default).

    :raises TypeError: when ``as_of`` is not given.
    """
    from coordprog.portfolio._sqlite import export

    calendar = _calls.resolve_calendar(_manager_or_default(plugin_manager), calendar)
    export(portfolio, path, _required_day(as_of, "export_sqlite"), calendar, metadata=metadata)


def draft_next_program(
    program: Program,
    records: Records | Iterable[Records] | None = None,
    *,
    period: Period | str | None = None,
) -> NextProgramDraft:
    """Draft the program that follows ``program``, at its final review.

    The draft is a new, valid program: the tasks still in force (not
    reported finished, and every regular task) under their groups with
    their leads and supports, a body that ceased replaced by its
    successor; the next ``period`` (a :class:`Period`, or years
    ``"2026-2030"``; default: as long as the finished one, from the day
    after it); the finished program as predecessor and, with the final
    review report, as basis; what the review proposed, in the note.
    :attr:`NextProgramDraft.to_complete` lists what a person must complete.

    :raises RenderError: for a ``period`` that is not years, or a program
        whose period has no end and no ``period`` given.

    .. versionadded:: 0.3.0
    """
    from coordprog.reports.kinds._next_program import draft_next_program as draft

    if isinstance(period, str):
        period = _years_period(period)
    return draft(program, records, period)


def _years_period(text: str) -> Period:
    import re

    from coordprog.model._dates import Precision
    from coordprog.model._program import Period
    from coordprog.reports._render import RenderError

    found = re.fullmatch(r"\s*(\d{4})\s*-\s*(\d{4})\s*", text)
    if found is None or int(found[2]) < int(found[1]):
        raise RenderError(f"expected the next period as years, such as 2026-2030, found {text!r}")
    return Period(
        dt.date(int(found[1]), 1, 1), dt.date(int(found[2]), 12, 31), precision=Precision.YEAR
    )


def import_text(text: str, *, plugin_manager: pluggy.PluginManager | None = None) -> Draft:
    """Read a coordination document's text (as extracted from its PDF or DOCX) into a draft.

    The opening (letterhead, number, place and date, type line, title) is
    read first; then one reader per kind of document reads the body
    (plugins' readers first, ``coordprog_import_readers``): a decision or
    resolution that promulgates an instrument (held as the program's
    ``promulgation``), a regulation or joint circular in articles, a
    program or plan in parts, a letter; a review report or the notice of a
    review's conclusions is read into records (``Draft.document ==
    "records"``, see :func:`records_from_data`).  Then the tail every kind
    shares: signatures, *Nơi nhận*, the acts cited (:func:`find_citations`),
    schedule sentences.  Bodies are read by their grammar (organ, level,
    place; organs added by ``coordprog_import_organs``) and matched to a
    table of known bodies that plugins extend (``coordprog_import_bodies``).
    Extraction faults (``ƣ``, lines broken mid-sentence, page numbers,
    digital-signature lines) are repaired.  ``Draft.data`` is always a
    draft: what a person must complete is listed in its ``to_complete``,
    and for people in ``Draft.unsure``.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       Readers per kind of document, records drafted from review reports,
       the items to complete in the data.
    """
    from coordprog.importer._bodies import KNOWN_BODIES
    from coordprog.importer._pipeline import draft_document

    manager = _manager_or_default(plugin_manager)
    return draft_document(
        text,
        (*_calls.import_bodies(manager), *KNOWN_BODIES),
        readers=_calls.import_readers(manager),
        organs=_calls.import_organs(manager),
        failed=lambda reader, exc: _calls.reader_failed(manager, reader, exc),
    )
