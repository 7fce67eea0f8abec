"""JSON writing through orjson, when it is installed, giving the standard library's text.

orjson writes JSON in Rust, several times faster than :mod:`json`; it is
an optional dependency (the ``fast`` extra).  Its text must not depend on
whether it is installed, so the two differences that matter are taken
away: a float is handed to orjson already written by :meth:`float.__repr__`
(the standard library's spelling: ``1e-05``, where orjson writes
``0.00001``), and whatever orjson refuses (integers beyond 64 bits, lone
surrogates) is left to the standard library by returning ``None``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, get_args

from cattrs.fns import identity

from coordprog._convert import is_homogeneous_tuple, is_optional, make_converter, optional_inner

if TYPE_CHECKING:
    import cattrs

    from coordprog._program import Program


@functools.cache
def orjson_module() -> ModuleType | None:
    """Return orjson if an orjson with ``Fragment`` (3.9 and newer) is installed."""
    try:
        import orjson
    except ImportError:
        return None
    return orjson if hasattr(orjson, "Fragment") else None


@functools.cache
def _converter(orjson: ModuleType) -> cattrs.Converter:
    converter = make_converter("json")
    fragment = orjson.Fragment

    def write_float(value: float) -> Any:
        return fragment(float.__repr__(value))

    converter.register_unstructure_hook(float, write_float)
    # orjson writes dates as ISO dates, string enums as their values and
    # tuples as arrays, as the standard converter has them written: these
    # values go to orjson as they are, and cattrs' code generation inlines
    # the identity hook instead of calling it for every field.
    converter.register_unstructure_hook(dt.date, identity)
    converter.register_unstructure_hook(enum.StrEnum, identity)
    # (cattrs asks the factories registered last first.)
    converter.register_unstructure_hook_factory(
        is_homogeneous_tuple, functools.partial(_tuple_hook, converter)
    )
    converter.register_unstructure_hook_factory(_is_tuple_of_str, lambda _: identity)
    converter.register_unstructure_hook_factory(
        is_optional, functools.partial(_optional_hook, converter)
    )
    return converter


def _is_tuple_of_str(cl: Any) -> bool:
    return is_homogeneous_tuple(cl) and get_args(cl)[0] is str


def _tuple_hook(converter: cattrs.Converter, cl: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
    unstructure_item = converter.get_unstructure_hook(get_args(cl)[0])

    def unstructure(value: tuple[Any, ...]) -> list[Any]:
        return list(map(unstructure_item, value))

    return unstructure


def _optional_hook(converter: cattrs.Converter, cl: Any) -> Callable[[Any], Any]:
    inner = converter.get_unstructure_hook(optional_inner(cl))
    if inner == identity:
        return identity

    def unstructure(value: Any) -> Any:
        return None if value is None else inner(value)

    return unstructure


def dumps(program: Program, indent: int | None) -> str | None:
    """Return ``program`` as the JSON text :func:`coordprog.dumps` gives, or None.

    None means orjson cannot write this text: it is not installed, the
    indent is not one it knows (only 2), or the program holds a value it
    refuses.
    """
    orjson = orjson_module()
    if orjson is None or indent not in (None, 2):
        return None
    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent == 2 else 0)
    try:
        text: bytes = orjson.dumps(_converter(orjson).unstructure(program), option=option)
    except TypeError:
        return None
    return text.decode()
