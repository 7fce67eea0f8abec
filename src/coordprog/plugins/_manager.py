"""Building a plugin manager: the built-in plugins, then the installed ones."""

from __future__ import annotations

import os
import warnings
import weakref
from collections.abc import Iterable
from typing import Any

import pluggy

from coordprog.model._errors import CoordprogError, safe_repr
from coordprog.plugins import hookspecs
from coordprog.plugins._entry_points import EntryPoint, entry_points

#: The entry-point group installed plugins register in.
ENTRY_POINT_GROUP = "coordprog"
#: Comma-separated names of the installed plugins to load; set but empty, none.
PLUGINS_ENV = "COORDPROG_PLUGINS"
#: A boolean (``1``/``true``/``yes``/``on`` or ``0``/``false``/``no``/``off``):
#: turn a failing plugin from a warning into an error.
STRICT_ENV = "COORDPROG_STRICT_PLUGINS"
#: Names starting with this are the built-in plugins' own; installed plugins
#: cannot take them.
BUILTIN_PREFIX = "coordprog."

_TRUE = frozenset({"1", "true", "yes", "on", "y", "t"})
_FALSE = frozenset({"", "0", "false", "no", "off", "n", "f"})


class PluginError(CoordprogError, RuntimeError):
    """A plugin failed (in strict mode), or the plugin settings are wrong.

    The message names the plugin.

    .. versionadded:: 0.1.0
    """


class PluginWarning(UserWarning):
    """A plugin failed and was left out (or one of its contributions was); the others work.

    .. versionadded:: 0.1.0
    """


_strictness: weakref.WeakKeyDictionary[pluggy.PluginManager, bool] = weakref.WeakKeyDictionary()
# The entry point each installed plugin of a manager was loaded from, by plugin name.
_installed: weakref.WeakKeyDictionary[pluggy.PluginManager, dict[str, EntryPoint]] = (
    weakref.WeakKeyDictionary()
)


def described(manager: pluggy.PluginManager, plugin: str) -> str:
    """``'name'`` of a plugin, with ``(distribution NAME VERSION)`` when it was installed."""
    entry = _installed.get(manager, {}).get(plugin)
    if entry is None or manager.get_plugin(plugin) is None:
        return repr(plugin)
    return f"{plugin!r} (distribution {entry.distribution})"


def strict_of(manager: pluggy.PluginManager) -> bool:
    """Whether a failing plugin of ``manager`` raises: as it was built, else the environment."""
    found = _strictness.get(manager)
    return strict_mode(None) if found is None else found


def strict_mode(strict: bool | None) -> bool:
    """Return ``strict``, or when it is ``None`` what ``COORDPROG_STRICT_PLUGINS`` says.

    :raises PluginError: when the variable holds something that is not a boolean.
    """
    if strict is not None:
        return strict
    value = os.environ.get(STRICT_ENV, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise PluginError(
        f"expected {STRICT_ENV} to be a boolean (1, true, yes, on or 0, false, no, off), "
        f"found {os.environ[STRICT_ENV]!r}"
    )


def failed(message: str, strict: bool, cause: BaseException | None = None) -> None:
    """Report a failing plugin: raise :class:`PluginError` in strict mode, else warn."""
    if strict:
        raise PluginError(message) from cause
    warnings.warn(message, PluginWarning, stacklevel=3)


def build_manager(
    builtins: Iterable[tuple[str, Any]], *, strict: bool, entry_points: bool
) -> pluggy.PluginManager:
    """Return a new manager with ``builtins`` (name, plugin) and, optionally, installed plugins."""
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    _strictness[manager] = strict
    manager.add_hookspecs(hookspecs)
    for name, plugin in builtins:
        manager.register(plugin, name=name)
    manager.check_pending()
    if entry_points:
        _load_installed(manager, strict)
    return manager


def _wanted() -> set[str] | None:
    value = os.environ.get(PLUGINS_ENV)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def _load_installed(manager: pluggy.PluginManager, strict: bool) -> None:
    wanted = _wanted()
    if wanted is not None and not wanted:
        return
    found = entry_points(ENTRY_POINT_GROUP)
    if wanted is not None:
        missing = sorted(wanted - {entry.name for entry in found})
        if missing:
            installed = ", ".join(sorted(entry.name for entry in found)) or "none"
            warnings.warn(
                f"{PLUGINS_ENV} names {', '.join(map(repr, missing))}, which no installed "
                f"plugin is called; installed: {installed}",
                PluginWarning,
                stacklevel=4,
            )
    # By name, then by distribution: which of two plugins registered first,
    # and so keeps a name both claim, never depends on the order in which
    # the file system lists the installed distributions.
    loaded = _installed.setdefault(manager, {})
    for entry in sorted(found, key=lambda entry: entry.order):
        if wanted is not None and entry.name not in wanted:
            continue
        if entry.name.startswith(BUILTIN_PREFIX):
            failed(
                f"plugin {entry.name!r} ({entry.value}) is refused: names starting with "
                f"{BUILTIN_PREFIX!r} belong to coordprog's built-in plugins",
                strict,
            )
            continue
        if entry.name in loaded:
            failed(
                f"plugin {entry.name!r} of distribution {entry.distribution} is not loaded: "
                f"distribution {loaded[entry.name].distribution} provides a plugin of that "
                "name, and of two the distribution whose name sorts first is loaded",
                strict,
            )
            continue
        if manager.has_plugin(entry.name):
            continue
        try:
            plugin = entry.load()
        except (KeyboardInterrupt, GeneratorExit):
            raise
        except BaseException as exc:  # a plugin's SystemExit must not end the program
            failed(
                f"plugin {entry.name!r} ({entry.value}) failed to import: {safe_repr(exc)}",
                strict,
                exc,
            )
            continue
        try:
            manager.register(plugin, name=entry.name)
            manager.check_pending()
        except Exception as exc:
            if manager.has_plugin(entry.name):
                manager.unregister(name=entry.name)
            failed(f"plugin {entry.name!r} ({entry.value}) was refused: {exc}", strict, exc)
            continue
        loaded[entry.name] = entry
