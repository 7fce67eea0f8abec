"""Calling the hooks: through pluggy, with every failing plugin reported by name.

Hooks are called as ``manager.hook.<name>(...)``, so implementation order
(``tryfirst``/``trylast``, the last registered first), wrappers, and
``firstresult`` behave as pluggy documents them.  That first call is the
only one made while every plugin behaves.

A plugin that raises (anything but :class:`KeyboardInterrupt`: a
``sys.exit()`` inside a hook is the plugin's fault too), or returns what the
hook's contract refuses, makes that call fail, and pluggy stops at the
first exception.  Then, on this rare path, each plugin is called alone
through ``manager.subset_hook_caller`` (its own implementation with its own
wrappers, no other plugin's), which names the plugins that fail on their
own; the hook is called once more through pluggy without them, so that the
others' results, wrappers included, are kept.  A wrapper that fails only
around the others' results is found by calling without each wrapper in
turn.

The registration hooks are always called one plugin at a time, each alone
(its wrappers included), in the order the plugins were registered, so that
every report kind, format and suffix is attributed to the plugin that
registered it, and a name belongs to the first plugin that registered it
whatever the hooks' ``tryfirst``/``trylast`` marks.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pluggy

from coordprog.model._errors import CoordprogError, Problem, safe_repr
from coordprog.plugins._manager import (
    BUILTIN_PREFIX,
    BuiltinPlugin,
    described,
    failed,
    strict_of,
)
from coordprog.plugins._registry import Claim, Declared, OutputFormat, Registry, ReportKind
from coordprog.schedule._work_calendar import WorkCalendar

#: What a plugin may raise that is its own fault: everything but
#: KeyboardInterrupt (the user's) and GeneratorExit (Python's).
PLUGIN_FAULTS = (Exception, SystemExit)


class _Refused(Exception):
    """A hook implementation returned what the hook's contract refuses."""


def plugins_of(manager: pluggy.PluginManager, hook: str) -> list[Any]:
    """The plugins implementing ``hook`` (wrappers too), each once, in pluggy's order."""
    caller = getattr(manager.hook, hook)
    found: list[Any] = []
    for impl in reversed(caller.get_hookimpls()):
        if not any(impl.plugin is seen for seen in found):
            found.append(impl.plugin)
    return found


def call_alone(manager: pluggy.PluginManager, hook: str, plugin: Any, **arguments: Any) -> Any:
    """Call ``hook`` through pluggy with ``plugin``'s implementations alone, its wrappers too."""
    others = [other for other in plugins_of(manager, hook) if other is not plugin]
    return manager.subset_hook_caller(hook, others)(**arguments)


def _why(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, _Refused) else f"failed: {safe_repr(exc)}"


def call_isolated(
    manager: pluggy.PluginManager,
    hook: str,
    arguments: Mapping[str, Any],
    check: Callable[[Any], Any],
    blame: Callable[[str, str, BaseException], None],
    *,
    passes: tuple[type[BaseException], ...] = (),
) -> Any:
    """Call ``hook`` through pluggy and return ``check(result)``, leaving out failing plugins.

    ``check`` raises :class:`_Refused` for a result the hook's contract
    refuses.  Each plugin left out is passed to ``blame(name, why, exc)``,
    which warns or, in strict mode, raises.  An exception of one of the
    ``passes`` types is not a failure of the plugin: it is raised as it is.
    """
    try:
        return check(getattr(manager.hook, hook)(**arguments))
    except passes:
        raise
    except PLUGIN_FAULTS:  # some plugin failed: find which, keep the others
        pass
    culprits: list[Any] = []
    for plugin in plugins_of(manager, hook):
        try:
            check(call_alone(manager, hook, plugin, **arguments))
        except passes:
            raise
        except PLUGIN_FAULTS as exc:
            blame(_name(manager, plugin), _why(exc), exc)
            culprits.append(plugin)
    try:
        return check(manager.subset_hook_caller(hook, culprits)(**arguments))
    except PLUGIN_FAULTS as exc:
        together = exc
    # Every plugin works alone, but not with the others: a wrapper that
    # fails around the others' results.  The first whose removal helps is it.
    wrappers = [
        plugin
        for plugin in plugins_of(manager, hook)
        if plugin not in culprits and _wraps(manager, hook, plugin)
    ]
    for plugin in wrappers:
        try:
            result = check(manager.subset_hook_caller(hook, [*culprits, plugin])(**arguments))
        except PLUGIN_FAULTS:
            continue
        why = f"{_why(together)} around the other plugins' results"
        blame(_name(manager, plugin), why, together)
        return result
    # None alone: leave out every wrapper, then, if that fails too, everyone.
    for left_out in (wrappers, plugins_of(manager, hook)):
        for plugin in left_out:
            if plugin not in culprits:
                blame(
                    _name(manager, plugin),
                    f"{_why(together)} when called with the other plugins",
                    together,
                )
                culprits.append(plugin)
        try:
            return check(manager.subset_hook_caller(hook, culprits)(**arguments))
        except PLUGIN_FAULTS as exc:
            together = exc
    raise together  # pragma: no cover - a hook without plugins returns what check takes


def _name(manager: pluggy.PluginManager, plugin: Any) -> str:
    return manager.get_name(plugin) or repr(plugin)


def _wraps(manager: pluggy.PluginManager, hook: str, plugin: Any) -> bool:
    return any(
        impl.plugin is plugin and (impl.wrapper or impl.hookwrapper)
        for impl in getattr(manager.hook, hook).get_hookimpls()
    )


# -- validation --------------------------------------------------------------


def _problems(result: Any) -> list[Problem]:
    if result is None:
        return []
    if isinstance(result, str | bytes) or not isinstance(result, Iterable):
        raise _Refused(
            f"returned {type(result).__name__}; expected an iterable of coordprog.Problem or None"
        )
    found = list(result)  # a generator raises here, inside the caller's try
    for problem in found:
        if not isinstance(problem, Problem):
            raise _Refused(f"returned {safe_repr(problem)}; expected coordprog.Problem values")
    return found


def _all_problems(results: Any) -> list[Problem]:
    if not isinstance(results, list):  # a wrapper replaced pluggy's list of results
        raise _Refused(f"returned {type(results).__name__}; expected a list of results")
    return [problem for result in results for problem in _problems(result)]


def validate_with(
    manager: pluggy.PluginManager, program: Any, *, strict: bool | None = None
) -> list[Problem]:
    """Return the problems the ``coordprog_validate`` plugins find in ``program``.

    A plugin that raises or breaks the hook's contract is left out with a
    :class:`PluginWarning` naming it (strict mode: :class:`PluginError`);
    the others' problems are kept.
    """
    is_strict = strict_of(manager) if strict is None else strict

    def blame(name: str, why: str, exc: BaseException) -> None:
        failed(f"validation plugin {name!r} {why}; its rules were skipped", is_strict, exc)

    found: list[Problem] = call_isolated(
        manager, "coordprog_validate", {"program": program}, _all_problems, blame
    )
    return found


# -- work calendars ------------------------------------------------------------


def find_calendar(
    manager: pluggy.PluginManager, name: str, *, strict: bool | None = None
) -> WorkCalendar:
    """Return the work calendar a plugin of ``manager`` provides under ``name``.

    :raises ScheduleError: when no plugin provides one.
    """
    is_strict = strict_of(manager) if strict is None else strict

    def check(found: Any) -> WorkCalendar | None:
        if found is None or isinstance(found, WorkCalendar):
            return found
        raise _Refused(
            f"returned {type(found).__name__} for {name!r}; expected a coordprog.WorkCalendar"
        )

    def blame(plugin: str, why: str, exc: BaseException) -> None:
        failed(f"work calendar plugin {plugin!r} {why}", is_strict, exc)

    # A calendar plugin raising coordprog's own error (the vn calendar's
    # SwapError for a malformed day-swap file) reports a mistake in its
    # input, which the user must see as such, not a plugin left out.
    found = call_isolated(
        manager, "coordprog_work_calendar", {"name": name}, check, blame, passes=(CoordprogError,)
    )
    if found is None:
        from coordprog.schedule._engine import ScheduleError

        raise ScheduleError(
            f"expected the name of a work calendar an installed plugin provides "
            f"(built in: 'weekends'), found {name!r}"
        )
    calendar: WorkCalendar = found
    return calendar


def resolve_calendar(
    manager: pluggy.PluginManager, calendar: WorkCalendar | str | None
) -> WorkCalendar | None:
    """``calendar`` as a work calendar: a name is looked up with ``manager``'s plugins.

    The one place a calendar name becomes a calendar, for the API, the
    report kinds and the portfolio alike; ``None`` stays ``None`` (the
    dates the rules give).

    :raises ScheduleError: when no plugin provides a calendar of that name.
    """
    if isinstance(calendar, str):
        return find_calendar(manager, calendar)
    return calendar


# -- registration ----------------------------------------------------------------

_cache: weakref.WeakKeyDictionary[pluggy.PluginManager, tuple[Any, Registry]] = (
    weakref.WeakKeyDictionary()
)


def registry_of(manager: pluggy.PluginManager, *, strict: bool | None = None) -> Registry:
    """Return the report kinds and formats of ``manager``'s plugins.

    Built once per manager and built again when plugins are registered or
    unregistered.
    """
    snapshot = tuple((name, id(plugin)) for name, plugin in manager.list_name_plugin())
    cached = _cache.get(manager)
    if cached is not None and cached[0] == snapshot:
        return cached[1]
    is_strict = strict_of(manager) if strict is None else strict
    registry = Registry(reports={}, formats={}, suffixes={})
    for hook, kind, what in (
        ("coordprog_register_reports", ReportKind, "report"),
        ("coordprog_register_formats", OutputFormat, "format"),
    ):
        _collect(manager, hook, kind, what, is_strict, registry)
    _cache[manager] = (snapshot, registry)
    return registry


def _collect(
    manager: pluggy.PluginManager,
    hook: str,
    kind: type[Any],
    what: str,
    strict: bool,
    registry: Registry,
) -> None:
    implementing = plugins_of(manager, hook)
    for name, plugin in manager.list_name_plugin():  # registration order: built-ins first
        if not any(plugin is other for other in implementing):
            continue
        if isinstance(plugin, BuiltinPlugin):
            # What it declares, made on first use (see BuiltinPlugin).
            for declared, suffixes in plugin.declared:
                item = Declared(declared, suffixes, functools.partial(plugin.provided, declared))
                _claim(manager, registry, item, name, False, what, strict)
            continue
        offered: list[tuple[Any, bool]] = []

        def register(item: Any, *, override: bool = False, into: list[Any] = offered) -> None:
            if not isinstance(item, kind):
                raise TypeError(
                    f"register() expected a coordprog.{kind.__name__}, found {type(item).__name__}"
                )
            into.append((item, override))

        try:
            call_alone(manager, hook, plugin, register=register)
        except PLUGIN_FAULTS as exc:
            failed(
                f"plugin {described(manager, name)} failed to register its {what}s: "
                f"{safe_repr(exc) if isinstance(exc, SystemExit) else exc}",
                strict,
                exc,
            )
            continue
        for item, override in offered:
            _claim(manager, registry, item, name, override, what, strict)


def _is_builtin(claim: Claim) -> bool:
    return claim.plugin.startswith(BUILTIN_PREFIX) and claim.replaces is None


def _claim(
    manager: pluggy.PluginManager,
    registry: Registry,
    item: Any,
    plugin: str,
    override: bool,
    what: str,
    strict: bool,
) -> None:
    claims = registry.reports if what == "report" else registry.formats
    held = claims.get(item.name)
    if held is None:
        claims[item.name] = Claim(item, plugin)
    elif override and _is_builtin(held) and not plugin.startswith(BUILTIN_PREFIX):
        claims[item.name] = Claim(item, plugin, replaces=held.plugin)
        for suffix, owner in list(registry.suffixes.items()):
            if owner == item.name:
                del registry.suffixes[suffix]
    else:
        hint = (
            "; to replace a built-in one, register it with override=True"
            if _is_builtin(held) and not override
            else ""
        )
        failed(
            f"{what} {item.name!r} from plugin {described(manager, plugin)} is refused: plugin "
            f"{described(manager, held.plugin)} already provides a {what} of that name{hint}",
            strict,
        )
        return
    if what == "format":
        _claim_suffixes(manager, registry, item, plugin, override, strict)


def _claim_suffixes(
    manager: pluggy.PluginManager,
    registry: Registry,
    fmt: OutputFormat,
    plugin: str,
    override: bool,
    strict: bool,
) -> None:
    """Give ``fmt`` each of its suffixes that no other format holds (a built-in's with override)."""
    for suffix in fmt.suffixes:
        key = suffix.lower()
        owner = registry.suffixes.get(key)
        if owner is None or owner == fmt.name:
            registry.suffixes[key] = fmt.name
            continue
        held = registry.formats[owner]
        if override and _is_builtin(held) and not plugin.startswith(BUILTIN_PREFIX):
            registry.suffixes[key] = fmt.name
            continue
        hint = (
            "; to take a built-in format's suffix, register with override=True"
            if _is_builtin(held) and not override
            else ""
        )
        failed(
            f"suffix {suffix!r} of format {fmt.name!r} from plugin {described(manager, plugin)} "
            f"is refused: format {owner!r} of plugin {described(manager, held.plugin)} already "
            f"has it, and -o FILE{suffix} keeps writing {owner}{hint}",
            strict,
        )


# -- importer bodies -----------------------------------------------------------


def import_bodies(manager: pluggy.PluginManager, *, strict: bool | None = None) -> list[Any]:
    """The known bodies every plugin of ``manager`` adds to the importer's table.

    A plugin that fails (or returns anything but :class:`coordprog.KnownBody`
    values) is reported by name and left out while the others' bodies are
    kept.
    """
    from coordprog.importer._bodies import KnownBody

    is_strict = strict_of(manager) if strict is None else strict

    def check(results: Any) -> list[Any]:
        if not isinstance(results, list):
            raise _Refused(f"returned {type(results).__name__}; expected a list of results")
        bodies: list[Any] = []
        for result in results:
            if result is None:
                continue
            if isinstance(result, str | bytes) or not isinstance(result, Iterable):
                raise _Refused(f"returned {safe_repr(result)}, expected coordprog.KnownBody values")
            for body in list(result):
                if not isinstance(body, KnownBody):
                    raise _Refused(
                        f"returned {safe_repr(body)}, expected coordprog.KnownBody values"
                    )
                bodies.append(body)
        return bodies

    def blame(name: str, why: str, exc: BaseException) -> None:
        failed(f"importer plugin {name!r} {why}", is_strict, exc)

    found: list[Any] = call_isolated(manager, "coordprog_import_bodies", {}, check, blame)
    return found


def _import_values(
    manager: pluggy.PluginManager, hook: str, kind: type, what: str, strict: bool | None
) -> list[Any]:
    """The values of ``kind`` every plugin of ``manager`` returns from the importer hook ``hook``.

    A plugin that fails, or returns anything else, is reported by name and
    left out while the others' values are kept.
    """
    is_strict = strict_of(manager) if strict is None else strict

    def check(results: Any) -> list[Any]:
        if not isinstance(results, list):
            raise _Refused(f"returned {type(results).__name__}; expected a list of results")
        values: list[Any] = []
        for result in results:
            if result is None:
                continue
            if isinstance(result, str | bytes) or not isinstance(result, Iterable):
                raise _Refused(f"returned {safe_repr(result)}, expected {what}")
            for value in list(result):
                if not isinstance(value, kind):
                    raise _Refused(f"returned {safe_repr(value)}, expected {what}")
                values.append(value)
        return values

    def blame(name: str, why: str, exc: BaseException) -> None:
        failed(f"importer plugin {name!r} {why}", is_strict, exc)

    found: list[Any] = call_isolated(manager, hook, {}, check, blame)
    return found


def import_readers(manager: pluggy.PluginManager, *, strict: bool | None = None) -> list[Any]:
    """The readers of kinds of document every plugin of ``manager`` adds to the importer."""
    from coordprog.importer._kinds import DocumentReader

    return _import_values(
        manager,
        "coordprog_import_readers",
        DocumentReader,
        "coordprog.DocumentReader values",
        strict,
    )


def import_organs(manager: pluggy.PluginManager, *, strict: bool | None = None) -> list[Any]:
    """The organs every plugin of ``manager`` adds to the importer's body grammar."""
    from coordprog.importer._grammar import Organ

    return _import_values(
        manager, "coordprog_import_organs", Organ, "coordprog.Organ values", strict
    )


def reader_failed(manager: pluggy.PluginManager, reader: Any, exc: BaseException) -> None:
    """Report a plugin's reader that raised while reading a document, by its name."""
    name = getattr(reader, "name", type(reader).__name__)
    failed(f"importer reader {name!r} failed: {safe_repr(exc)}", strict_of(manager), exc)
