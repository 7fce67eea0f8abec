"""Reading and writing program documents as JSON and TOML."""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coordprog import _fastjson
from coordprog._convert import FORMATS, Format, converter_for, problems_from
from coordprog._errors import CoordprogError, Problem, ValidationError
from coordprog._program import Program
from coordprog._validation import validate

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


def from_data(data: Any, format: Format = "json", *, check: Check = validate) -> Program:
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


def loads(text: str | bytes, format: str = "json", *, check: Check = validate) -> Program:
    """Read a program from ``text`` in ``format`` (``"json"`` or ``"toml"``).

    Every text is repaired and normalised (:func:`normalize_text`), the
    document is checked whole, and every problem is reported at once.

    :raises ValidationError: for any mistake in the document.
    :raises FormatError: for an unknown format.

    .. versionadded:: 0.1.0
    """
    checked = checked_format(format)
    return from_data(parse(text, checked), checked, check=check)


def load(
    path: str | os.PathLike[str], format: str | None = None, *, check: Check = validate
) -> Program:
    """Read the program in the file ``path``; the format follows its suffix.

    :raises ValidationError: for any mistake in the document; the error
        and each of its lines name the file.
    :raises FormatError: for an unknown suffix or format.
    :raises OSError: when the file cannot be read.

    .. versionadded:: 0.1.0
    """
    checked = format_for(path, format)
    data = Path(path).read_bytes()
    try:
        return from_data(parse(data, checked), checked, check=check)
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
        fast = _fastjson.dumps(program, indent)
        return fast if fast is not None else stdlib_json(program, indent)
    import tomli_w  # only writing TOML needs it

    return tomli_w.dumps(to_data(program, checked))


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


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then move it over ``path``."""
    import tempfile  # only writing needs it; a command that only reads starts faster

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
