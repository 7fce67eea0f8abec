"""Calling the hooks: through pluggy, with every failing plugin reported by name.

Hooks are called as ``manager.hook.<name>(...)``, so implementation order
(``tryfirst``/``trylast``, the last registered first), wrappers, and
``firstresult`` behave as pluggy documents them.  pluggy stops a call at the
first exception, so when a call fails, or returns something the hook's
contract refuses, the call is made again one plugin at a time, each through
``manager.subset_hook_caller`` (that plugin's implementation and every
other plugin's wrappers), to name the plugins that failed and keep what the
others gave.  That second pass is the rare path: the first call of a hook
with well-behaved plugins is the only one made.

The registration hooks are always called one plugin at a time, in the order
the plugins were registered, so that every report kind and format is
attributed to its plugin, and a name belongs to the first plugin that
registered it whatever the hooks' ``tryfirst``/``trylast`` marks.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

import pluggy

from coordprog.model._errors import Problem, safe_repr
from coordprog.plugins._manager import BUILTIN_PREFIX, failed, strict_of
from coordprog.plugins._registry import Claim, OutputFormat, Registry, ReportKind
from coordprog.schedule._engine import ScheduleError
from coordprog.schedule._work_calendar import WorkCalendar


class _Refused(Exception):
    """A hook implementation returned what the hook's contract refuses."""


def implementations(manager: pluggy.PluginManager, hook: str) -> list[pluggy.HookImpl]:
    """The non-wrapper implementations of ``hook``, in the order pluggy calls them."""
    caller = getattr(manager.hook, hook)
    return [
        impl for impl in reversed(caller.get_hookimpls()) if not (impl.wrapper or impl.hookwrapper)
    ]


def call_one(
    manager: pluggy.PluginManager, hook: str, impl: pluggy.HookImpl, **arguments: Any
) -> Any:
    """Call ``hook`` through pluggy with ``impl``'s plugin alone (and every plugin's wrappers)."""
    others = {other.plugin for other in implementations(manager, hook) if other is not impl}
    return manager.subset_hook_caller(hook, others)(**arguments)


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
            raise _Refused(f"returned {problem!r}; expected coordprog.Problem values")
    return found


def validate_with(
    manager: pluggy.PluginManager, program: Any, *, strict: bool | None = None
) -> list[Problem]:
    """Return the problems the ``coordprog_validate`` plugins find in ``program``.

    A plugin that raises or breaks the hook's contract is left out with a
    :class:`PluginWarning` naming it (strict mode: :class:`PluginError`).
    """
    try:
        results = manager.hook.coordprog_validate(program=program)
        return [problem for result in results for problem in _problems(result)]
    except Exception:  # one plugin failed: find which, keep the others' problems
        pass
    strict = strict_of(manager) if strict is None else strict
    problems: list[Problem] = []
    for impl in implementations(manager, "coordprog_validate"):
        try:
            for result in call_one(manager, "coordprog_validate", impl, program=program):
                problems.extend(_problems(result))
        except Exception as exc:
            why = str(exc) if isinstance(exc, _Refused) else f"failed: {safe_repr(exc)}"
            failed(
                f"validation plugin {impl.plugin_name!r} {why}; its rules were skipped",
                strict,
                exc,
            )
    return problems


# -- work calendars ------------------------------------------------------------


def find_calendar(
    manager: pluggy.PluginManager, name: str, *, strict: bool | None = None
) -> WorkCalendar:
    """Return the work calendar a plugin of ``manager`` provides under ``name``.

    :raises ScheduleError: when no plugin provides one.
    """
    try:
        found = manager.hook.coordprog_work_calendar(name=name)
        if found is None:
            raise ScheduleError(_unknown_calendar(name))
        if isinstance(found, WorkCalendar):
            return found
    except ScheduleError:
        raise
    except Exception:
        pass
    strict = strict_of(manager) if strict is None else strict
    for impl in implementations(manager, "coordprog_work_calendar"):
        try:
            found = call_one(manager, "coordprog_work_calendar", impl, name=name)
        except Exception as exc:
            failed(
                f"work calendar plugin {impl.plugin_name!r} failed: {safe_repr(exc)}", strict, exc
            )
            continue
        if found is None:
            continue
        if isinstance(found, WorkCalendar):
            return found
        failed(
            f"work calendar plugin {impl.plugin_name!r} returned {type(found).__name__} for "
            f"{name!r}; expected a coordprog.WorkCalendar",
            strict,
        )
    raise ScheduleError(_unknown_calendar(name))


def _unknown_calendar(name: str) -> str:
    return (
        f"expected the name of a work calendar an installed plugin provides "
        f"(built in: 'weekends'), found {name!r}"
    )


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
    strict = strict_of(manager) if strict is None else strict
    registry = Registry(
        reports=_collect(manager, "coordprog_register_reports", ReportKind, "report", strict),
        formats=_collect(manager, "coordprog_register_formats", OutputFormat, "format", strict),
    )
    _cache[manager] = (snapshot, registry)
    return registry


def _collect(
    manager: pluggy.PluginManager, hook: str, kind: type[Any], what: str, strict: bool
) -> dict[str, Claim]:
    by_plugin = {impl.plugin_name: impl for impl in implementations(manager, hook)}
    claims: dict[str, Claim] = {}
    for name, _ in manager.list_name_plugin():  # registration order: built-ins first
        impl = by_plugin.get(name)
        if impl is None:
            continue
        offered: list[tuple[Any, bool]] = []

        def register(item: Any, *, override: bool = False, into: list[Any] = offered) -> None:
            if not isinstance(item, kind):
                raise TypeError(
                    f"register() expected a coordprog.{kind.__name__}, found {type(item).__name__}"
                )
            into.append((item, override))

        try:
            call_one(manager, hook, impl, register=register)
        except Exception as exc:
            failed(f"plugin {name!r} failed to register its {what}s: {exc}", strict, exc)
            continue
        for item, override in offered:
            _claim(claims, item, name, override, what, strict)
    return claims


def _claim(
    claims: dict[str, Claim], item: Any, plugin: str, override: bool, what: str, strict: bool
) -> None:
    held = claims.get(item.name)
    if held is None:
        claims[item.name] = Claim(item, plugin)
        return
    builtin = held.plugin.startswith(BUILTIN_PREFIX) and held.replaces is None
    if override and builtin and not plugin.startswith(BUILTIN_PREFIX):
        claims[item.name] = Claim(item, plugin, replaces=held.plugin)
        return
    hint = (
        "; to replace a built-in one, register it with override=True"
        if builtin and not override
        else ""
    )
    failed(
        f"{what} {item.name!r} from plugin {plugin!r} is refused: plugin {held.plugin!r} "
        f"already provides a {what} of that name{hint}",
        strict,
    )


# -- importer bodies -----------------------------------------------------------


def import_bodies(manager: pluggy.PluginManager, *, strict: bool | None = None) -> list[Any]:
    """The known bodies every plugin of ``manager`` adds to the importer's table.

    Each plugin is called on its own, so that one that fails (or returns
    anything but :class:`coordprog.KnownBody` values) is reported by name
    and left out while the others' bodies are kept.
    """
    from coordprog.io._bodies import KnownBody

    strict = strict_of(manager) if strict is None else strict
    found: list[Any] = []
    for impl in implementations(manager, "coordprog_import_bodies"):
        try:
            # A hook without firstresult returns one result per plugin: here, one.
            results = call_one(manager, "coordprog_import_bodies", impl)
            bodies = [body for result in results if result is not None for body in result]
        except Exception as exc:
            failed(f"importer plugin {impl.plugin_name!r} failed: {safe_repr(exc)}", strict, exc)
            continue
        wrong = [body for body in bodies if not isinstance(body, KnownBody)]
        if wrong:
            failed(
                f"importer plugin {impl.plugin_name!r} returned {safe_repr(wrong[0])}, "
                "expected coordprog.KnownBody values",
                strict,
            )
            continue
        found.extend(bodies)
    return found
