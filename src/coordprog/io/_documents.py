"""Reading and writing program documents as JSON and TOML."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import cattrs
from cattrs.fns import identity

from coordprog.io._converter import (
    FORMATS,
    Format,
    converter_for,
    is_homogeneous_tuple,
    make_converter,
    problems_from,
)
from coordprog.model._errors import CoordprogError, Problem, ValidationError
from coordprog.model._program import Program
from coordprog.model._validation import validate

_SUFFIXES: dict[str, Format] = {".json": "json", ".toml": "toml"}

Check = Callable[[Program], list[Problem]]


class FormatError(CoordprogError, ValueError):
    """A format name or file suffix that coordprog cannot read or write.

    .. versionadded:: 0.1.0
    """


def format_for(path: str | os.PathLike[str], format: str | None = None) -> Format:
    """Return ``format`` checked, or the format the suffix of ``path`` names.

    :raises FormatError: for an unknown format or suffix.

    .. versionadded:: 0.1.0
    """
    if format is not None:
        return checked_format(format)
    suffix = Path(path).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    raise FormatError(
        f"{os.fspath(path)}: cannot tell the format from the suffix {suffix!r}; expected a name "
        "ending in .toml or .json, or an explicit format"
    )


def checked_format(format: str) -> Format:
    """Return ``format`` if coordprog knows it, else raise :class:`FormatError`."""
    for known in FORMATS:
        if format == known:
            return known
    raise FormatError(f"expected a format of {', '.join(map(repr, FORMATS))}, found {format!r}")


def parse(text: str | bytes, format: Format) -> Any:
    """Parse ``text`` into plain data, refusing what would be silently lost.

    JSON with a key twice, or with ``NaN``/``Infinity``, is refused.

    :raises ValidationError: when the text is not valid ``format``.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                [
                    Problem(
                        "",
                        f"expected UTF-8 text, found a non-UTF-8 byte at offset {exc.start}",
                    )
                ]
            ) from None
    try:
        if format == "json":
            return json.loads(
                text.removeprefix("\ufeff"),
                object_pairs_hook=_refuse_duplicate_keys,
                parse_constant=_refuse_constant,
            )
        return tomllib.loads(text)
    except json.JSONDecodeError as exc:
        message = (
            f"expected valid JSON, found an error at line {exc.lineno}, "
            f"column {exc.colno}: {exc.msg}"
        )
    except tomllib.TOMLDecodeError as exc:
        message = f"expected valid TOML, found an error: {exc}"
    except _RefusedJSON as exc:
        message = str(exc)
    raise ValidationError([Problem("", message)])


class _RefusedJSON(ValueError):
    pass


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # dict() runs in C; only a length mismatch, which means a repeated key,
    # takes the slow path that finds the key to name it.
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    result = {}
    for key, value in pairs:
        if key in result:
            raise _RefusedJSON(f"expected each key once in a JSON object, found {key!r} twice")
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise _RefusedJSON(f"expected a finite number, found {name}")


def program_from_data(data: Any, format: Format = "json", *, check: Check = validate) -> Program:
    """Build a :class:`Program` from parsed plain ``data`` and check it with ``check``.

    :raises ValidationError: listing every problem, each with its path.
    """
    try:
        program = converter_for(format).structure(data, Program)
    except Exception:
        # The fast converter keeps no paths: structure again, in detail, to explain.
        try:
            converter_for(format, detailed=True).structure(data, Program)
        except Exception as exc:
            raise ValidationError(list(problems_from(exc))) from None
        raise  # pragma: no cover - both converters accept and refuse the same data
    problems = check(program)
    if problems:
        raise ValidationError(problems)
    return program


def program_from_text(
    text: str | bytes, format: str = "json", *, check: Check = validate
) -> Program:
    """Parse ``text`` in ``format`` into a checked :class:`Program`, as :func:`coordprog.loads`."""
    checked = checked_format(format)
    return program_from_data(parse(text, checked), checked, check=check)


def program_from_file(
    path: str | os.PathLike[str], format: str | None = None, *, check: Check = validate
) -> Program:
    """Read the file ``path`` and build a checked :class:`Program` (see :func:`coordprog.load`).

    A :class:`ValidationError` names the file.
    """
    checked = format_for(path, format)
    data = Path(path).read_bytes()
    try:
        return program_from_data(parse(data, checked), checked, check=check)
    except ValidationError as exc:
        raise exc.with_source(os.fspath(path)) from None


def to_data(program: Program, format: str = "json") -> dict[str, Any]:
    """Return ``program`` as plain data for ``format``, leaving out defaults.

    .. versionadded:: 0.1.0
    """
    data: dict[str, Any] = converter_for(checked_format(format)).unstructure(program)
    return data


def dumps(program: Program, format: str = "json", *, indent: int | None = None) -> str:
    """Write ``program`` as text in ``format``.

    JSON is canonical: keys in the model's field order, fields that hold
    their default left out, UTF-8 text without ASCII escapes; equal programs
    give equal text.  It is compact unless ``indent`` asks for lines
    indented by that many spaces (compact JSON is written several times
    faster).  ``indent`` does not apply to TOML.  With orjson installed
    (the ``fast`` extra) JSON is written by orjson, to the same text.

    .. versionadded:: 0.1.0
    """
    checked = checked_format(format)
    if checked == "json":
        fast = _orjson_dumps(program, indent)
        return fast if fast is not None else stdlib_json(program, indent)
    import tomli_w  # only writing TOML needs it

    return tomli_w.dumps(to_data(program, checked))


@functools.cache
def _orjson_writer() -> tuple[Any, cattrs.Converter] | None:
    """Orjson and cattrs' orjson converter set to write the standard library's text.

    None when orjson is missing or older than 3.9 (no ``Fragment``).  Three
    hooks on top of cattrs' preconfiguration: floats handed to orjson
    already spelt by :meth:`float.__repr__` (orjson writes ``0.00001``
    where the standard library writes ``1e-05``), and dates and tuples of
    strings passed through as they are, which orjson writes as the standard
    converter does (measured: within 5% of a hand-written converter).
    """
    try:
        import orjson
    except ImportError:
        return None
    if not hasattr(orjson, "Fragment"):
        return None
    from cattrs.preconf.orjson import configure_converter

    converter = make_converter("json")
    configure_converter(converter)
    fragment = orjson.Fragment
    converter.register_unstructure_hook(float, lambda value: fragment(float.__repr__(value)))
    converter.register_unstructure_hook(dt.date, identity)
    converter.register_unstructure_hook_factory(_is_tuple_of_str, lambda _: identity)
    return orjson, converter


def _is_tuple_of_str(cl: Any) -> bool:
    return is_homogeneous_tuple(cl) and get_args(cl)[0] is str


def _orjson_dumps(program: Program, indent: int | None) -> str | None:
    """The text :func:`stdlib_json` writes, through orjson; None when orjson cannot write it.

    orjson knows no indent but 2, and refuses integers beyond 64 bits and
    lone surrogates: those are left to the standard library.
    """
    writer = _orjson_writer()
    if writer is None or indent not in (None, 2):
        return None
    orjson, converter = writer
    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent == 2 else 0)
    try:
        text: bytes = orjson.dumps(converter.unstructure(program), option=option)
    except TypeError:
        return None
    return text.decode()


def stdlib_json(program: Program, indent: int | None) -> str:
    """Write ``program`` as :func:`dumps` does, with the standard library's :mod:`json`."""
    data = to_data(program, "json")
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def save(program: Program, path: str | os.PathLike[str], format: str | None = None) -> None:
    """Write ``program`` to the file ``path``, atomically, in UTF-8.

    The format follows the suffix unless ``format`` is given; JSON files are
    indented by two spaces, for people reading them.  The text is
    written to a temporary file beside ``path`` and then moved over it, so
    a crash never leaves a half-written file.

    .. versionadded:: 0.1.0
    """
    checked = format_for(path, format)
    text = dumps(program, checked, indent=2 if checked == "json" else None)
    write_atomically(Path(path), text.encode("utf-8"))


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to the file ``path`` so that no reader sees a half-written file.

    The bytes go to a temporary file beside ``path``, which is then moved
    over ``path``; on any error the temporary file is removed and ``path``
    is left as it was.

    .. versionadded:: 0.2.0
    """
    path = Path(path)
    import tempfile  # only writing needs it; a command that only reads starts faster

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
