"""Building a plugin manager: the built-in plugins, then the installed ones."""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import warnings
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import FunctionType, MethodType, ModuleType
from typing import Any

import pluggy

from coordprog.model._errors import CoordprogError, safe_repr
from coordprog.plugins import hookspecs
from coordprog.plugins._entry_points import EntryPoint, entry_points

#: The entry-point group installed plugins register in.
ENTRY_POINT_GROUP = "coordprog"
#: Comma-separated names of the installed plugins to load; set but empty, none.
PLUGINS_ENV = "COORDPROG_PLUGINS"
#: Folders of one-off plugins (``*.py`` files), separated as ``PATH`` is (``:``, ``;`` on Windows).
PLUGINS_DIR_ENV = "COORDPROG_PLUGINS_DIR"
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


# What pluggy takes as a hook implementation; any other value is not one.
_HOOKABLE = (FunctionType, MethodType, classmethod, staticmethod)


#: The registration hooks: a built-in plugin declares what it registers through each.
REGISTRATION_HOOKS = ("coordprog_register_reports", "coordprog_register_formats")


class BuiltinPlugin:
    """A built-in plugin whose module is imported when what it registers is first used.

    It declares, for its registration hook, the names it registers (and a
    format's suffixes), so that the registry holds them, in the plugin's
    place among the others, before the module is imported: a render
    imports the modules of its report kind and format, not all 14.
    :meth:`provided` imports the module and calls its hook, and checks that
    the module registers what is declared, no more, no less (any listing of
    the report kinds or formats imports and checks them all).  Registered
    under the built-in plugin's name, it implements that hook alone, as the
    module does: ``coordprog plugins`` lists the same hooks.
    """

    def __init__(
        self, module: str, hook: str, declared: Sequence[tuple[str, tuple[str, ...]]]
    ) -> None:
        #: The module's name, ``coordprog.reports.kinds.program``.
        self.module = module
        #: The registration hook the module implements.
        self.hook = hook
        #: ``(name, suffixes)`` of each report kind or format the module registers.
        self.declared = tuple(declared)
        self._provided: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<built-in plugin {self.module}>"

    def provided(self, name: str) -> Any:
        """The report kind or format ``name`` the module registers (imported, called once)."""
        with self._lock:
            if self._provided is None:
                found: dict[str, Any] = {}

                def register(item: Any, *, override: bool = False) -> None:
                    found[item.name] = item

                module = importlib.import_module(self.module)
                getattr(module, self.hook)(register=register)
                registered = [
                    (item.name, tuple(getattr(item, "suffixes", ()))) for item in found.values()
                ]
                if sorted(registered) != sorted(self.declared):
                    raise PluginError(
                        f"built-in plugin {self.module} registers {sorted(registered)}, "
                        f"not what it declares: {sorted(self.declared)}"
                    )
                self._provided = found
            provided = self._provided
        return provided[name]


class _BuiltinReports(BuiltinPlugin):
    @hookspecs.hookimpl
    def coordprog_register_reports(self, register: Callable[..., None]) -> None:
        for name, _ in self.declared:
            register(self.provided(name))


class _BuiltinFormats(BuiltinPlugin):
    @hookspecs.hookimpl
    def coordprog_register_formats(self, register: Callable[..., None]) -> None:
        for name, _ in self.declared:
            register(self.provided(name))


def builtin_plugin(
    module: str, *, reports: Sequence[str] = (), formats: Mapping[str, tuple[str, ...]] = {}
) -> BuiltinPlugin:
    """The plugin of the built-in ``module``, declaring the ``reports`` or ``formats`` it registers.

    ``formats`` maps each format's name to its suffixes.
    """
    if reports:
        return _BuiltinReports(module, REGISTRATION_HOOKS[0], [(name, ()) for name in reports])
    return _BuiltinFormats(module, REGISTRATION_HOOKS[1], list(formats.items()))


class _Manager(pluggy.PluginManager):
    """pluggy's manager, quicker to register a module.

    pluggy looks at every name a plugin has, each through
    :func:`inspect.getattr_static`; the built-in plugins are modules whose
    names are mostly imports, and looking at them all cost the command
    line ~2 ms per run.  A module's attributes are its ``__dict__``: a
    value there that cannot be a hook implementation is skipped at once,
    the others go through pluggy as before.
    """

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> pluggy.HookimplOpts | None:
        if type(plugin) is ModuleType and not isinstance(plugin.__dict__.get(name), _HOOKABLE):
            return None
        if isinstance(plugin, BuiltinPlugin) and name != plugin.hook:
            return None
        return super().parse_hookimpl_opts(plugin, name)


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
    builtins: Iterable[tuple[str, Any]],
    *,
    strict: bool,
    entry_points: bool,
    folders: Sequence[str | os.PathLike[str]] = (),
) -> pluggy.PluginManager:
    """Return a new manager with ``builtins`` (name, plugin), installed plugins and folders'."""
    manager = _Manager(hookspecs.PROJECT)
    _strictness[manager] = strict
    manager.add_hookspecs(hookspecs)
    for name, plugin in builtins:
        manager.register(plugin, name=name)
    manager.check_pending()
    if entry_points:
        _load_installed(manager, strict)
    for folder in folders:
        _load_folder(manager, Path(folder), strict)
    return manager


def plugin_folders(folders: Sequence[str | os.PathLike[str]] | None) -> tuple[str, ...]:
    """``folders``, or when it is ``None`` those ``COORDPROG_PLUGINS_DIR`` names."""
    if folders is not None:
        return tuple(os.fspath(folder) for folder in folders)
    value = os.environ.get(PLUGINS_DIR_ENV, "")
    return tuple(part for part in value.split(os.pathsep) if part.strip())


def _load_folder(manager: pluggy.PluginManager, folder: Path, strict: bool) -> None:
    """Register each ``*.py`` file of ``folder`` as a plugin named after the file.

    Files whose names start with ``_`` are left alone, so a folder may hold
    helper modules; the others are loaded in the order of their names.
    """
    if not folder.is_dir():
        raise PluginError(
            f"expected a folder of plugin files ({PLUGINS_DIR_ENV} or --plugins-dir), "
            f"found {os.fspath(folder)!r}, which is not a folder"
        )
    for path in sorted(folder.glob("*.py")):
        name = path.stem
        if name.startswith("_"):
            continue
        if manager.has_plugin(name):
            failed(
                f"plugin file {os.fspath(path)!r} is not loaded: plugin {name!r} is "
                "registered already",
                strict,
            )
            continue
        try:
            plugin = _import_file(path)
        except (KeyboardInterrupt, GeneratorExit):
            raise
        except BaseException as exc:  # a plugin's SystemExit must not end the program
            failed(
                f"plugin file {os.fspath(path)!r} failed to import: {safe_repr(exc)}", strict, exc
            )
            continue
        try:
            manager.register(plugin, name=name)
            manager.check_pending()
        except Exception as exc:
            if manager.has_plugin(name):
                manager.unregister(name=name)
            failed(f"plugin file {os.fspath(path)!r} was refused: {exc}", strict, exc)


def _import_file(path: Path) -> ModuleType:
    """Import the module in ``path``, as ``coordprog_plugins_dir.<name>``, once per file."""
    module_name = f"coordprog_plugins_dir.{path.stem}"
    found = sys.modules.get(module_name)
    if found is not None and getattr(found, "__file__", None) == os.fspath(path):
        return found
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {os.fspath(path)!r}")
    module = importlib.util.module_from_spec(spec)
    # In sys.modules while it runs, as an imported module is: attrs, dataclasses
    # and typing look a class's module up there.
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


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
