"""The plugin manager: built-in plugins, installed ones, and what they register."""

from __future__ import annotations

import functools
import importlib
import os
import warnings
from typing import Any

import attrs
import pluggy

from coordprog import hookspecs
from coordprog._calendar import WorkCalendar
from coordprog._entry_points import entry_points
from coordprog._errors import CoordprogError
from coordprog._registry import OutputFormat, Provided, ReportKind
from coordprog._schedule import ScheduleError
from coordprog.shapes import shape_name

#: The entry-point group installed plugins register in.
ENTRY_POINT_GROUP = "coordprog"
#: Comma-separated names of the installed plugins to load; empty loads none.
PLUGINS_ENV = "COORDPROG_PLUGINS"
#: Set to ``1`` to turn a failing plugin from a warning into an error.
STRICT_ENV = "COORDPROG_STRICT_PLUGINS"

_BUILTINS = (
    "coordprog._builtin.reports",
    "coordprog._builtin.calendars",
    "coordprog._builtin.markdown",
    "coordprog._builtin.html",
    "coordprog._builtin.json",
    "coordprog._builtin.csv",
    "coordprog._builtin.text",
    "coordprog._builtin.ics",
)


class PluginError(CoordprogError, RuntimeError):
    """A plugin failed to load or register (in strict mode), or claimed a taken name.

    .. versionadded:: 0.1.0
    """


class PluginWarning(UserWarning):
    """A plugin failed to load or register and was left out; the others work.

    .. versionadded:: 0.1.0
    """


def get_plugin_manager(
    *, strict: bool | None = None, entry_points: bool = True
) -> pluggy.PluginManager:
    """Build a plugin manager with the built-in plugins and the installed ones.

    Installed plugins are the entry points of the ``coordprog`` group.  The
    environment variable ``COORDPROG_PLUGINS`` limits them to the names it
    lists (comma-separated); set but empty, it loads none.  A plugin that
    fails to import or to register, or that implements a hook that does not
    exist, is left out with a :class:`PluginWarning` naming it; with
    ``strict`` (default: ``COORDPROG_STRICT_PLUGINS=1``) it raises
    :class:`PluginError` instead.  ``entry_points=False`` loads built-ins only.

    Each call builds a new manager; :func:`coordprog.render` and the other
    functions share one built on first use.

    .. versionadded:: 0.1.0
    """
    strict = _strict(strict)
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    for module in _BUILTINS:
        manager.register(importlib.import_module(module), name=module)
    manager.check_pending()
    if entry_points:
        _load_installed(manager, strict)
    return manager


def _strict(strict: bool | None) -> bool:
    if strict is not None:
        return strict
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def _wanted() -> set[str] | None:
    value = os.environ.get(PLUGINS_ENV)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def _failed(message: str, strict: bool, cause: BaseException | None = None) -> None:
    if strict:
        raise PluginError(message) from cause
    warnings.warn(message, PluginWarning, stacklevel=4)


def _load_installed(manager: pluggy.PluginManager, strict: bool) -> None:
    wanted = _wanted()
    if wanted is not None and not wanted:
        return
    for entry in entry_points(ENTRY_POINT_GROUP):
        if wanted is not None and entry.name not in wanted:
            continue
        if manager.has_plugin(entry.name):
            continue
        try:
            plugin = entry.load()
        except Exception as exc:
            _failed(f"plugin {entry.name!r} ({entry.value}) failed to import: {exc!r}", strict, exc)
            continue
        try:
            manager.register(plugin, name=entry.name)
            manager.check_pending()
        except Exception as exc:
            manager.unregister(name=entry.name)
            _failed(f"plugin {entry.name!r} ({entry.value}) was refused: {exc}", strict, exc)


@attrs.frozen
class Registry:
    """The report kinds and formats a plugin manager's plugins registered."""

    manager: pluggy.PluginManager
    reports: dict[str, tuple[ReportKind, str]]
    formats: dict[str, tuple[OutputFormat, str]]


def build_registry(manager: pluggy.PluginManager, *, strict: bool | None = None) -> Registry:
    """Ask every plugin for its report kinds and formats, refusing taken names."""
    strict = _strict(strict)
    reports: dict[str, tuple[ReportKind, str]] = {}
    formats: dict[str, tuple[OutputFormat, str]] = {}
    _collect(manager.hook.coordprog_register_reports, reports, ReportKind, "report", strict)
    _collect(manager.hook.coordprog_register_formats, formats, OutputFormat, "format", strict)
    return Registry(manager, reports, formats)


def _collect(
    caller: Any, into: dict[str, tuple[Any, str]], kind: type[Any], what: str, strict: bool
) -> None:
    # Each implementation is called on its own, so that what it registers is
    # attributed to its plugin and one failing plugin leaves the others intact.
    for impl in caller.get_hookimpls():
        plugin = impl.plugin_name
        added: dict[str, tuple[Any, str]] = {}

        def register(item: Any, plugin: str = plugin, added: dict[str, Any] = added) -> None:
            if not isinstance(item, kind):
                raise TypeError(f"expected a {kind.__name__}, found {type(item).__name__}")
            taken = into.get(item.name) or added.get(item.name)
            if taken is not None:
                raise PluginError(
                    f"{what} {item.name!r} from plugin {plugin!r} is refused: plugin "
                    f"{taken[1]!r} already provides a {what} of that name"
                )
            added[item.name] = (item, plugin)

        try:
            call_hookimpl(impl, register=register)
        except Exception as exc:
            _failed(f"plugin {plugin!r} failed to register its {what}s: {exc}", strict, exc)
            continue
        into.update(added)


@functools.cache
def default_registry() -> Registry:
    """The registry of the shared plugin manager, built on first use."""
    return build_registry(get_plugin_manager())


def describe(registry: Registry) -> tuple[tuple[Provided, ...], tuple[Provided, ...]]:
    """Return what is installed: (reports, formats), each sorted by name."""
    reports = tuple(
        Provided(name, plugin, kind.description, (shape_name(kind.shape),))
        for name, (kind, plugin) in sorted(registry.reports.items())
    )
    formats = tuple(
        Provided(name, plugin, fmt.description, fmt.shapes, fmt.suffix, fmt.media_type)
        for name, (fmt, plugin) in sorted(registry.formats.items())
    )
    return reports, formats


def find_calendar(manager: pluggy.PluginManager, name: str) -> WorkCalendar:
    """Return the work calendar a plugin of ``manager`` provides under ``name``.

    :raises ScheduleError: when no plugin provides one.
    """
    found: WorkCalendar | None = manager.hook.coordprog_work_calendar(name=name)
    if found is None:
        raise ScheduleError(
            f"expected the name of a work calendar an installed plugin provides "
            f"(built in: 'weekends'), found {name!r}"
        )
    return found


def call_hookimpl(impl: Any, **arguments: Any) -> Any:
    """Call one hook implementation with the arguments it accepts.

    Implementations may take fewer arguments than the specification as
    hooks gain arguments over time.
    """
    return impl.function(**{name: arguments[name] for name in impl.argnames})
