"""The cattrs converters between the model and plain data (dicts, lists, scalars).

Built by :func:`make_converter`, one per wire format, never the global
converter.  Structuring is strict: a string is never made from a number, a
number never from a string, and every key of the document must be a field.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import math
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from types import NoneType, UnionType
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, Union, get_args, get_origin

import attrs
import cattrs
import cattrs.gen
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from coordprog.model._dates import DateLike, PartialDate
from coordprog.model._errors import FieldError, Problem
from coordprog.model._text import normalize_text

if TYPE_CHECKING:
    from coordprog.model._records import Window

Format: TypeAlias = Literal["json", "toml"]
"""The file formats coordprog reads and writes."""

FORMATS: tuple[Format, ...] = ("json", "toml")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def make_converter(
    format: Format = "json", *, detailed: bool = True, share: bool = False
) -> cattrs.Converter:
    """Return a new converter between programs and the plain data of ``format``.

    Both formats write the model's fields in declaration order and leave out
    every field that holds its default.  Types JSON cannot hold are written
    as follows: a :class:`datetime.date` as an ISO ``YYYY-MM-DD`` string in
    JSON and as a native date in TOML; an enum as its string value; a tuple
    as an array.  Structuring accepts a date as a native TOML date or an ISO
    string, normalises every string with :func:`coordprog.normalize_text`,
    and refuses booleans where numbers belong, numbers where strings belong
    and unknown keys.

    With ``detailed=False`` structuring is faster but its errors carry no
    paths; :func:`coordprog.loads` uses it first and falls back to the
    detailed converter only to explain a failure.  With ``share``, short
    strings (ids, units) are shared through a bounded table, as records,
    which repeat them thousands of times, are read.

    .. versionadded:: 0.1.0
    """
    converter = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    # Registered by class, these replace cattrs' lenient str(), int() and
    # float() calls; StrEnum subclasses get the enum hook below instead.
    converter.register_structure_hook(str, _structure_shared_str if share else _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_number)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook_func(_is_date_like, _structure_date_like)
    converter.register_structure_hook_func(lambda t: t == int | float, _structure_number)
    if format == "json":
        converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    else:
        converter.register_unstructure_hook(dt.date, _identity)
    # An enum is written as its plain string: to_data gives data that
    # from_data takes back and any JSON or TOML writer writes.  Registered on
    # StrEnum itself, which comes before str in every StrEnum's MRO.
    converter.register_unstructure_hook(enum.StrEnum, _enum_value)
    converter.register_unstructure_hook(PartialDate, str)
    # cattrs writes the fields without a default first: keep the declared order.
    converter.register_unstructure_hook_factory(
        _out_of_order, functools.partial(_declared_order_hook, converter)
    )
    # Registered on the StrEnum class so it wins over the hook for str, which
    # every StrEnum also is; a lookup in a value map beats calling Enum(value).
    converter.register_structure_hook(enum.StrEnum, _structure_enum)
    converter.register_structure_hook_factory(
        is_homogeneous_tuple, functools.partial(_tuple_hook, detailed=detailed)
    )
    # cattrs' own hook for ``X | None`` looks up the hook of X on every call.
    converter.register_structure_hook_factory(is_optional, _optional_hook)
    # cattrs makes a class's hook again for every field that holds the class
    # (a schedule's five offsets, five hooks); one per class serves them all.
    if detailed:
        # The fast converter needs no check of its own: a value that is not a
        # table makes its generated code fail, and the detailed run explains.
        converter.register_structure_hook_factory(
            attrs.has, _once_per_class(functools.partial(_attrs_hook, converter))
        )
    else:
        converter.register_structure_hook_factory(
            attrs.has, _once_per_class(converter.gen_structure_attrs_fromdict)
        )
        converter.register_structure_hook_factory(_is_window, _shared_window_hook)
    return converter


_Hook = Callable[[Any, Any], Any]


def _once_per_class(make: Callable[[Any], _Hook]) -> Callable[[Any], _Hook]:
    """``make``, calling it once per class.

    A class whose hook is being made is not kept while it is (cattrs raises
    :class:`RecursionError` for a class that holds itself, and binds such a
    field late).
    """
    made: dict[Any, _Hook] = {}

    def hook(cl: Any) -> _Hook:
        found = made.get(cl)
        if found is None:
            found = made[cl] = make(cl)
        return found

    return hook


@functools.cache
def converter_for(
    format: Format, *, detailed: bool = False, share: bool = False
) -> cattrs.Converter:
    """Return the shared converter for ``format``, built on first use."""
    return make_converter(format, detailed=detailed, share=share)


# -- scalar hooks ----------------------------------------------------------


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    kind = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        tuple: "an array",
        dict: "a table",
        dt.date: "a date",
        dt.datetime: "a date-time",
        dt.time: "a time",
    }.get(type(value), type(value).__name__)
    if isinstance(value, (dict, list, tuple)):
        return kind
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{kind} {shown}"


# Characters no text of a program may hold: C0 controls but tab and line feed
# (a carriage return, an escape or a bell would break a report or a
# terminal), DEL and the C1 controls, lone surrogates (no encoder can write
# them), the Unicode non-characters, the bidirectional controls (U+061C,
# U+200E, U+200F, U+202A-U+202E, U+2066-U+2069: they make a text display
# otherwise than it reads, as "Trojan Source" showed; Vietnamese text has
# no use for them) and the line and paragraph separators U+2028 and U+2029
# (line breaks to some readers and not to others; a text's line break is
# the line feed).
# Compiled on first use (a millisecond at every start otherwise): only text
# that is not printable is searched.
@functools.cache
def _refused_characters() -> re.Pattern[str]:
    return re.compile(
        "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
        + BIDI_CONTROLS
        + "\u2028\u2029"
        + "".join(
            f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
        )
        + "]"
    )


#: The bidirectional formatting characters (Unicode's Bidi_Control property).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"

_HINTS = {
    0x0D: " (write a line break as \\n alone)",
    0x2028: " (a line separator: write a line break as \\n)",
    0x2029: " (a paragraph separator: write a line break as \\n)",
}
_BIDI_HINT = " (a bidirectional control, which makes a text display otherwise than it reads)"


def refused_character(text: str) -> str | None:
    """Why ``text`` cannot be a text of a program, or None when it can."""
    found = _refused_characters().search(text)
    if found is None:
        return None
    char = found.group()
    code = ord(char)
    hint = _BIDI_HINT if re.match(f"[{BIDI_CONTROLS}]", char) else _HINTS.get(code, "")
    return (
        f"expected text without control characters, surrogates or non-characters, found "
        f"U+{code:04X} at character {found.start() + 1}{hint}"
    )


def _structure_str(value: Any, _: Any) -> str:
    if type(value) is not str:
        raise TypeError(f"expected a string, found {_describe(value)}")
    # ASCII text is already NFC and holds no letter to repair: ids, most
    # names of acts and dates take this exit without a further call.
    # Every refused character is non-printable (a control, a surrogate, an
    # unassigned code point): printable text, nearly all text, skips the search.
    if not value.isprintable() and (why := refused_character(value)):
        raise ValueError(why)
    if value.isascii():
        return value
    return normalize_text(value)


def _structure_shared_str(value: Any, _: Any) -> str:
    # The table maps a short text as read to the text it was structured into:
    # one read before is neither checked nor normalised again.
    if type(value) is str:
        found = _shared_strings.get(value)
        if found is not None:
            return found
    text = _structure_str(value, str)
    if len(text) <= _SHORT:
        if len(_shared_strings) >= _SHARED_MAX:
            _shared_strings.clear()
        _shared_strings[value] = text
    return text


def _structure_optional_shared_str(value: Any, _: Any) -> str | None:
    return None if value is None else _structure_shared_str(value, str)


# Strings this short are the ids, units and indicators that records repeat
# thousands of times: one object each saves a portfolio of 1,000 programs
# about a sixth of its memory.  The table is bounded and starts over when full (sys.intern's
# table never shrinks).  Programs are structured without it: their ids are
# mostly distinct, and the lookups would cost a tenth of their loading.
_SHORT = 24
_SHARED_MAX = 1024
_shared_strings: dict[str, str] = {}


def _structure_optional_str(value: Any, _: Any) -> str | None:
    # The commonest optional field, a text: one call instead of two.
    if value is None or (type(value) is str and value.isascii() and value.isprintable()):
        return value
    return _structure_str(value, str)


def _structure_bool(value: Any, _: type) -> bool:
    if type(value) is not bool:
        raise TypeError(f"expected true or false, found {_describe(value)}")
    return value


def _structure_int(value: Any, _: type) -> int:
    if type(value) is not int:
        raise TypeError(f"expected an integer, found {_describe(value)}")
    return value


def _structure_number(value: Any, _: Any) -> int | float:
    if type(value) is int:
        return value
    if type(value) is not float:
        raise TypeError(f"expected a number, found {_describe(value)}")
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number, found {value}")
    return value


def _structure_date(value: Any, _: type) -> dt.date:
    if type(value) is dt.date:
        return value
    if type(value) is str and _ISO_DATE.match(value):
        return _iso_date(value)
    raise TypeError(f"expected a date (YYYY-MM-DD), found {_describe(value)}")


def _is_date_like(cl: Any) -> bool:
    return bool(cl == DateLike)


def _structure_date_like(value: Any, _: Any) -> dt.date | PartialDate:
    if type(value) is dt.date:
        return value
    if type(value) is str:
        if _ISO_DATE.match(value):
            return _iso_date(value)
        if _PARTIAL_DATE.match(value):
            return PartialDate.from_string(value)
    raise TypeError(
        f"expected a date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), "
        f"found {_describe(value)}"
    )


_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2})?$")


@functools.lru_cache(maxsize=8192)
def _iso_date(text: str) -> dt.date:
    """The date ``text`` names, one object per distinct date.

    Records repeat a few dates thousands of times; dates are immutable, so
    sharing them is safe, and it saves memory and time.
    """
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"expected a date, found the impossible date {text!r}") from None


def _identity(value: Any) -> Any:
    return value


def _enum_value(member: enum.StrEnum) -> str:
    value: str = member.value
    return value


@functools.cache
def _enum_members(cl: type[enum.Enum]) -> tuple[dict[Any, enum.Enum], str]:
    members = {member.value: member for member in cl}
    return members, ", ".join(repr(value) for value in members)


def _structure_enum(value: Any, cl: type[enum.Enum]) -> enum.Enum:
    members, expected = _enum_members(cl)
    if type(value) is str and value in members:
        return members[value]
    raise ValueError(f"expected one of {expected}, found {_describe(value)}")


# -- containers ------------------------------------------------------------


def is_homogeneous_tuple(cl: Any) -> bool:
    args = get_args(cl)
    return get_origin(cl) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(
    cl: Any, converter: cattrs.Converter, *, detailed: bool
) -> Callable[[Any, Any], tuple[Any, ...]]:
    item_type = get_args(cl)[0]
    if item_type is str and not detailed:
        return _structure_str_tuple
    # A model class's hook is made when an array first holds one (see _eager).
    structure_item = converter.get_structure_hook(item_type) if _eager(item_type) else None

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        nonlocal structure_item
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected an array, found {_describe(value)}")
        if structure_item is None:
            if not value:
                return ()
            structure_item = converter.get_structure_hook(item_type)
        if not detailed:
            return tuple(map(structure_item, value, itertools.repeat(item_type)))
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as exc:
                exc.add_note(
                    IterableValidationNote(f"Structuring {cl} @ index {index}", index, item_type)
                )
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
        return tuple(items)

    return structure


def _structure_str_tuple(value: Any, _: Any) -> tuple[str, ...]:
    # Arrays of ids are the commonest arrays of a program: when every item is
    # a printable ASCII string, three C calls on the joined text check them
    # all; otherwise each item goes through the string hook.
    if type(value) is not list and type(value) is not tuple:
        raise TypeError(f"expected an array, found {_describe(value)}")
    try:
        joined = "".join(value)
    except TypeError:  # an item that is not a string: the string hook says which
        joined = "\x00"
    if joined.isascii() and joined.isprintable():
        found = tuple(value)
        if len(found) > _SHORT_TUPLE:
            return found
        # The leads, supports and acts of tasks repeat a few combinations of
        # ids: one tuple each saves a 10,000-task program a tenth of its memory.
        shared = _shared_tuples.get(found)
        if shared is not None:
            return shared
        if len(_shared_tuples) >= _SHARED_MAX:
            _shared_tuples.clear()
        _shared_tuples[found] = found
        return found
    return tuple([_structure_str(item, str) for item in value])


_SHORT_TUPLE = 4
_shared_tuples: dict[tuple[str, ...], tuple[str, ...]] = {}


def is_optional(cl: Any) -> bool:
    """Whether ``cl`` is ``X | None`` (X may itself be a union, as in ``int | float | None``)."""
    if get_origin(cl) not in (Union, UnionType):
        return False
    return NoneType in get_args(cl) and len(get_args(cl)) >= 2


def optional_inner(cl: Any) -> Any:
    """The X of ``X | None``."""
    rest = tuple(arg for arg in get_args(cl) if arg is not NoneType)
    return rest[0] if len(rest) == 1 else Union[rest]  # noqa: UP007 - a union built at run time


def _optional_hook(cl: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner = optional_inner(cl)
    # A model class's hook is made when a value first holds one (see _eager).
    structure_inner = converter.get_structure_hook(inner) if _eager(inner) else None
    if structure_inner is _structure_str:
        return _structure_optional_str
    if structure_inner is _structure_shared_str:
        return _structure_optional_shared_str

    def structure(value: Any, _: Any) -> Any:
        nonlocal structure_inner
        if value is None:
            return None
        if structure_inner is None:
            structure_inner = converter.get_structure_hook(inner)
        return structure_inner(value, inner)

    return structure


def _eager(cl: Any) -> bool:
    """Whether the hook of ``cl``, an array's item or an optional value, is made at once.

    The hook of a model class is made on first use instead: generating the
    structuring code of a class (and of the classes its fields hold) costs
    about a quarter of a millisecond, and a document uses few of the model's
    classes (the example program 13 of 42, its optional sections being
    mostly absent).  Made at once or on first use, it is the same hook.
    """
    return not attrs.has(cl)


def _is_window(cl: Any) -> bool:
    # Until the records' module is imported, nothing can be a Window: the
    # converter does not import it (a program's loading never needs it).
    records = sys.modules.get("coordprog.model._records")
    return records is not None and cl is records.Window


def _shared_window_hook(_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Window]:
    """Structure windows, one object per distinct window.

    Records give every progress entry the window it covers, and a year's
    records name the same two or three windows thousands of times; a
    window is frozen, so one object serves them all (less memory, less
    time).  Only windows whose dates are written as text or TOML dates are
    shared: anything else goes through the generated code, which refuses it.
    """
    from coordprog.model._records import Window

    structure = cattrs.gen.make_dict_structure_fn(Window, converter)
    seen: dict[tuple[Any, Any], Window] = {}

    def shared(value: Any, _: Any) -> Window:
        key = None
        if type(value) is dict and len(value) == 2:
            start, end = value.get("start"), value.get("end")
            if type(start) in _DATE_TYPES and type(end) in _DATE_TYPES:
                key = (start, end)
                found = seen.get(key)
                if found is not None:
                    return found
        window: Window = structure(value, Window)
        if key is not None:
            if len(seen) >= _SHARED_WINDOWS:
                seen.clear()
            seen[key] = window
        return window

    return shared


_DATE_TYPES = (str, dt.date)
# Distinct windows kept for sharing: years, halves and quarters of a
# portfolio's programs are a few hundred; beyond this the table starts over.
_SHARED_WINDOWS = 4096


def _attrs_hook(converter: cattrs.Converter, cl: type) -> Callable[[Any, Any], Any]:
    structure_fields: Callable[[Mapping[str, Any], Any], Any] = cattrs.gen.make_dict_structure_fn(
        cl, converter
    )

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected a table of {cl.__name__} fields, found {_describe(value)}")
        return structure_fields(value, cl)

    return structure


def _out_of_order(cl: Any) -> bool:
    """Whether ``cl`` declares a field with a default before one without.

    Such a field (keyword-only, as ``date`` of :class:`coordprog.OneOffEvent`)
    cattrs would write after the fields without a default.
    """
    if not (isinstance(cl, type) and attrs.has(cl)):
        return False
    defaults = [field.default is not attrs.NOTHING for field in attrs.fields(cl)]
    return any(first and not later for first, later in itertools.pairwise(defaults))


def _declared_order_hook(converter: cattrs.Converter, cl: type) -> Callable[[Any], Any]:
    unstructure_fields: Callable[[Any], dict[str, Any]] = cattrs.gen.make_dict_unstructure_fn(
        cl, converter, _cattrs_omit_if_default=True
    )
    names = [field.name for field in attrs.fields(cl)]

    def unstructure(instance: Any) -> dict[str, Any]:
        data = unstructure_fields(instance)
        return {name: data[name] for name in names if name in data}

    return unstructure


# -- errors ----------------------------------------------------------------


def problems_from(exc: BaseException, path: str = "") -> Iterator[Problem]:
    """Turn an exception raised while structuring into problems with paths."""
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without_notes = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                yield from problems_from(inner, _join(path, note.name))
            elif isinstance(note, IterableValidationNote):
                yield from problems_from(inner, f"{path}[{note.index}]")
            else:  # pragma: no cover - cattrs attaches one of the two notes above
                yield from problems_from(inner, path)
        for inner in without_notes:
            yield from problems_from(inner, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        fields = ", ".join(sorted(a.name for a in attrs.fields(exc.cl)))
        for key in sorted(exc.extra_fields, key=str):
            yield Problem(_join(path, str(key)), f"unknown key {key!r}; expected one of: {fields}")
    elif isinstance(exc, FieldError):
        # A validator may name a path inside its field (``targets[1].id``).
        if _FIELD_PATH.match(exc.field):
            where = f"{path}.{exc.field}" if path else exc.field
        else:
            where = _join(path, exc.field)
        yield Problem(where, exc.message)
    elif isinstance(exc, KeyError) and path:
        yield Problem(path, "expected this required key, found it missing")
    else:
        yield Problem(path, str(exc) or type(exc).__name__)


_FIELD_PATH = re.compile(r"^[a-z_]+(\[\d+\])*(\.[a-z_]+(\[\d+\])*)*$")


def _join(path: str, name: str) -> str:
    # A key that is not a plain name (empty, with spaces, a line break or an
    # escape) is quoted, so that a printed path is one honest line.
    if not name.isidentifier() or not name.isascii():
        import json

        return f"{path}[{json.dumps(name)}]"
    return f"{path}.{name}" if path else name
