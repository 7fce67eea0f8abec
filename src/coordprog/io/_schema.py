"""JSON Schema of the program file format, derived from the model classes."""

from __future__ import annotations

import datetime as dt
import enum
import types
from typing import Any, Union, get_args, get_origin

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._field_checks import (
    VISIBLE_PATTERN,
    identifier,
    no_blank_lines,
    no_duplicates,
    not_empty,
    visible_text,
)
from coordprog.model._program import Program
from coordprog.model._records import Records

SCHEMA_ID = "https://coordprog.invalid/schema/program.json"
RECORDS_SCHEMA_ID = "https://coordprog.invalid/schema/records.json"


def json_schema(document: str = "program") -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a program document as JSON holds it.

    ``document="records"`` gives the schema of a records document instead.

    Every model class becomes a definition under ``$defs`` with its fields as
    properties, required fields listed, and no other properties allowed.
    Dates are ISO strings (``format: date``); enums list their values.  The
    schema checks shape only: cross-references (unknown party ids and so on)
    are :func:`coordprog.validate`'s work.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``document``.

    :raises ValueError: for a ``document`` other than the two.
    """
    if document not in ("program", "records"):
        raise ValueError(f"expected 'program' or 'records', found {document!r}")
    defs: dict[str, Any] = {}
    program = document == "program"
    root = _type(Program if program else Records, defs)
    if program:
        # A document is known by its title or, when the title is not known, its
        # number, and has a party; a draft (to_complete) may lack them while it
        # lists what to complete.
        draft = {"required": ["to_complete"], "properties": {"to_complete": {"minItems": 1}}}
        defs["Program"]["allOf"] = [
            {"anyOf": [{"required": ["title"]}, {"required": ["number"]}, draft]},
            {
                "anyOf": [
                    {"required": ["parties"], "properties": {"parties": {"minItems": 1}}},
                    draft,
                ]
            },
        ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID if program else RECORDS_SCHEMA_ID,
        "title": f"coordprog {document}",
        "description": (
            "A coordination program (chương trình phối hợp) as coordprog reads it."
            if program
            else "Records of implementation of a coordination program, as coordprog reads them."
        ),
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return _type(options[0], defs)
        return {"anyOf": [_type(a, defs) for a in options]}
    if origin is tuple:
        return {"type": "array", "items": _type(get_args(tp)[0], defs)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": _DATE}
    if tp is PartialDate:
        return {
            "type": "string",
            "pattern": _PARTIAL,
            "description": "A date known to the month (YYYY-MM) or the year (YYYY).",
        }
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder: recursive classes refer to themselves
            defs[name] = _class(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - every model type is covered


#: A year, or a year and a month from 01 to 12.
_PARTIAL = r"^\d{4}(-(0[1-9]|1[0-2]))?$"

#: An ISO date with a month from 01 to 12 and a day from 01 to 31; ``format: date``
#: (for validators that check formats) also refuses 30 February.
_DATE = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"


def _validators(validator: Any) -> list[Any]:
    """The plain validator functions inside attrs' ``and_`` and ``optional`` wrappers."""
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)
    if inner is not None:
        return [found for each in inner for found in _validators(each)]
    wrapped = getattr(validator, "validator", None)  # attrs.validators.optional
    if wrapped is not None:
        return _validators(wrapped)
    return [validator]


def _constrained(schema: dict[str, Any], validator: Any) -> dict[str, Any]:
    """``schema`` with what the field's validators check, as far as JSON Schema can say it."""
    found = _validators(validator)
    if not found:
        return schema
    schema = dict(schema)
    kind = schema.get("type")
    for check in found:
        if check is not_empty and kind == "string":
            schema.update(minLength=1, pattern=r"\S")
        elif (check is not_empty or getattr(check, "required", False)) and kind == "array":
            schema["minItems"] = 1
        elif check is identifier:
            schema.update(minLength=1, pattern=r"^\S+$")
        elif check is no_duplicates:
            schema["uniqueItems"] = True
        elif check is visible_text and kind == "string":
            schema.update(minLength=1, pattern=VISIBLE_PATTERN)
        elif check is no_blank_lines and kind == "array":
            schema["items"] = {**schema.get("items", {}), "pattern": VISIBLE_PATTERN}
        elif hasattr(check, "bounds"):
            schema["minimum"], schema["maximum"] = check.bounds
    return schema


def _empty_refused(field: attrs.Attribute[Any]) -> bool:
    """Whether a field's default is empty and refused: it must be given (a program's parties)."""
    return any(getattr(check, "required", False) for check in _validators(field.validator))


def _class(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = attrs.resolve_types(cls)
    properties = {}
    required = []
    for field in attrs.fields(hints):
        properties[field.name] = _constrained(_type(field.type, defs), field.validator)
        if field.default is attrs.NOTHING or _empty_refused(field):
            required.append(field.name)
    doc = (cls.__doc__ or "").strip().split("\n", 1)[0]
    schema: dict[str, Any] = {
        "type": "object",
        "description": doc,
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    one_of: tuple[str, ...] = getattr(cls, "_one_of", ())
    if one_of:
        # The class refuses an instance that gives none of these fields.
        schema["anyOf"] = [_given(name, properties[name]) for name in one_of]
    return schema


def _given(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The schema of an object that gives the field ``name``: present, and not empty."""
    if schema.get("type") == "array":
        return {"required": [name], "properties": {name: {"minItems": 1}}}
    return {"required": [name]}
