"""Reading and writing program documents as JSON and TOML."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import errno
import functools
import gc
import io
import os
import re
import stat
import sys
import tomllib
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, get_args

import attrs
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
from coordprog.io._stream import NotStreamable, read_members
from coordprog.model._errors import FormatError, Problem, ValidationError
from coordprog.model._program import Program
from coordprog.model._tasks import MAX_GROUP_DEPTH, TaskGroup
from coordprog.model._validation import validate

_SUFFIXES: dict[str, Format] = {".json": "json", ".toml": "toml"}

if TYPE_CHECKING:
    import json

    from coordprog.model._records import Records

Check = Callable[[Program], list[Problem]]


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

    JSON with a key twice is refused; ``NaN`` and ``Infinity`` are read as
    numbers, so that the field that cannot hold them is named.  A byte
    order mark is skipped in either format.  Nesting deeper than the
    parsers allow (about 400 levels of arrays and tables in TOML, 900 in
    JSON) and integers longer than 4,300 digits are refused with their line
    and column.

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
    text = text.removeprefix("\ufeff")
    try:
        if format == "json":
            return _json(text)
        return tomllib.loads(text)
    except RecursionError:
        depth, line, column = _deepest(text)
        message = (
            f"expected arrays and tables nested less deeply, found {depth} levels "
            f"at line {line}, column {column}"
        )
    except tomllib.TOMLDecodeError as exc:
        message = f"expected valid TOML, found an error: {exc}"
    except _RefusedJSON as exc:
        message = str(exc)
    except ValueError as exc:  # an integer beyond int's conversion limit
        line, column = _long_number(text)
        message = (
            f"expected integers of at most {sys.get_int_max_str_digits()} digits, "
            f"found a longer one at line {line}, column {column}"
        )
        if line == 0:
            message = f"expected a readable {format.upper()} document, found: {exc}"
    raise ValidationError([Problem("", message)])


def _json(text: str) -> Any:
    """Parse the JSON ``text``; :mod:`json` is imported by the documents that need it."""
    import json

    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys, parse_constant=float)
    except json.JSONDecodeError as exc:
        raise _RefusedJSON(
            f"expected valid JSON, found an error at line {exc.lineno}, "
            f"column {exc.colno}: {exc.msg}"
        ) from None


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _deepest(text: str) -> tuple[int, int, int]:
    """Where arrays and tables nest deepest: (depth, line, column); strings are skipped."""
    depth = deepest = at = 0
    quote: str | None = None
    index = 0
    while index < len(text):
        char = text[index]
        if quote is not None:
            if char == "\\" and quote == '"':
                index += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, at = depth, index
        elif char in "]}":
            depth -= 1
        index += 1
    return (deepest, *_line_column(text, at))


def _long_number(text: str) -> tuple[int, int]:
    found = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1},}}", text)
    return (0, 0) if found is None else _line_column(text, found.start())


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


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a document is read; as a decorator too.

    The objects a document builds hold no reference cycles, and the
    collector's passes over them as they accumulate cost more the larger
    the document: at 100,000 tasks they made loading grow 20x per 10x more
    tasks, against about 10x paused (``benchmarks/run.py --only scale``).
    The collector runs again as it did before, also when reading fails;
    a pause inside a pause leaves it to the outer one.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@collector_paused()
def program_from_data(
    data: Any, format: Format = "json", *, check: Check = validate, consume: bool = False
) -> Program:
    """Build a :class:`Program` from parsed plain ``data`` and check it with ``check``.

    With ``consume``, ``data`` (which the caller gives up) is emptied as it
    is read: each top-level task group's plain data is released once its
    group is built, so that a large document never holds both whole.

    :raises ValidationError: listing every problem, each with its path.
    """
    groups: tuple[TaskGroup, ...] | None = None
    problems: list[Problem] = []
    raw_groups = data.get("task_groups") if consume and isinstance(data, dict) else None
    if isinstance(raw_groups, list) and len(raw_groups) > 1:
        built = []
        for index, raw in enumerate(raw_groups):
            group, found = _structure(raw, TaskGroup, format, f"task_groups[{index}]", data)
            problems += found
            if group is not None:
                built.append(group)
                raw_groups[index] = None
        groups = tuple(built)
        data["task_groups"] = []
    program, found = _structure(data, Program, format, "", data)
    problems += found
    if problems:
        raise ValidationError(problems)
    assert program is not None
    if groups is not None:
        program = attrs.evolve(program, task_groups=groups)
    result: Program = program
    problems = check(result)
    if problems:
        raise ValidationError(problems)
    return result


def _structure(
    value: Any, cl: type[Any], format: Format, path: str, document: Any, *, share: bool = False
) -> tuple[Any, list[Problem]]:
    """``value`` structured as ``cl``: (the object, []) or (None, its problems at ``path``).

    With ``share``, short strings are shared (see :func:`make_converter`).
    """
    try:
        return converter_for(format, share=share).structure(value, cl), []
    except RecursionError:
        return None, [_too_deep(document)]
    except Exception:
        # The fast converter keeps no paths: structure again, in detail, to explain.
        try:
            converter_for(format, detailed=True).structure(value, cl)
        except RecursionError:
            return None, [_too_deep(document)]
        except Exception as exc:
            return None, list(problems_from(exc, path))
        raise  # pragma: no cover - both converters accept and refuse the same data


def _too_deep(data: Any) -> Problem:
    """The problem of task groups nested too deep to read, at the first group too deep."""
    message = f"expected task groups nested at most {MAX_GROUP_DEPTH} levels deep, found deeper"
    groups = data.get("task_groups") if isinstance(data, dict) else None
    stack = [("task_groups", groups, 0)]
    while stack:
        path, items, depth = stack.pop()
        if not isinstance(items, list):
            continue
        for index, group in enumerate(items):
            here = f"{path}[{index}]"
            if depth + 1 > MAX_GROUP_DEPTH:
                return Problem(here, message)
            if isinstance(group, dict):
                stack.append((f"{here}.groups", group.get("groups"), depth + 1))
    return Problem("", "expected a document nested less deeply, found one too deep to read")


@collector_paused()
def program_from_text(
    text: str | bytes, format: str = "json", *, check: Check = validate
) -> Program:
    """Parse ``text`` in ``format`` into a checked :class:`Program`, as :func:`coordprog.loads`."""
    checked = checked_format(format)
    return program_from_data(parse(text, checked), checked, check=check, consume=True)


@collector_paused()
def program_from_file(
    path: str | os.PathLike[str], format: str | None = None, *, check: Check = validate
) -> Program:
    """Read the file ``path`` and build a checked :class:`Program` (see :func:`coordprog.load`).

    A :class:`ValidationError` names the file.
    """
    checked = format_for(path, format)
    try:
        if checked == "json" and _regular_file(path):  # a pipe is read once: whole
            with open(path, "rb") as file:
                streamed = _streamed(file, Program, share=False)
            if streamed is not None:
                problems = check(streamed)
                if problems:
                    raise ValidationError(problems)
                result: Program = streamed
                return result
        data = Path(path).read_bytes()
        return program_from_data(parse(data, checked), checked, check=check, consume=True)
    except ValidationError as exc:
        raise exc.with_source(os.fspath(path)) from None


RecordsCheck = Callable[["Records"], list[Problem]]


@collector_paused()
def records_from_data(data: Any, format: Format, *, check: RecordsCheck) -> Records:
    """Build :class:`Records` from parsed plain ``data`` and check them with ``check``.

    :raises ValidationError: listing every problem, each with its path.
    """
    from coordprog.model._records import Records

    records, problems = _structure(data, Records, format, "", data, share=True)
    if problems:
        raise ValidationError(problems, document="records")
    problems = check(records)
    if problems:
        raise ValidationError(problems, document="records")
    result: Records = records
    return result


@collector_paused()
def records_from_text(text: str | bytes, format: str, *, check: RecordsCheck) -> Records:
    """Parse ``text`` in ``format`` into checked :class:`Records`."""
    from coordprog.model._records import Records

    checked = checked_format(format)
    if checked == "json":
        source = text if isinstance(text, str) else io.BytesIO(text)
        streamed = _streamed(source, Records, share=True)
        if streamed is not None:
            return _checked_records(streamed, check)
    return _records_whole(text, checked, check)


def _records_whole(text: str | bytes, format: Format, check: RecordsCheck) -> Records:
    try:
        data = parse(text, format)
    except ValidationError as exc:
        raise ValidationError(exc.problems, document="records") from None
    return records_from_data(data, format, check=check)


def _checked_records(records: Records, check: RecordsCheck) -> Records:
    problems = check(records)
    if problems:
        raise ValidationError(problems, document="records")
    return records


@collector_paused()
def records_from_file(
    path: str | os.PathLike[str], format: str | None = None, *, check: RecordsCheck
) -> Records:
    """Read the records file ``path``; a :class:`ValidationError` names the file."""
    from coordprog.model._records import Records

    checked = format_for(path, format)
    try:
        streamed = None
        if checked == "json" and _regular_file(path):  # a pipe is read once: whole
            with open(path, "rb") as file:
                streamed = _streamed(file, Records, share=True)
        if streamed is not None:
            return _checked_records(streamed, check)
        return _records_whole(Path(path).read_bytes(), checked, check)
    except ValidationError as exc:
        raise exc.with_source(os.fspath(path)) from None


def _regular_file(path: str | os.PathLike[str]) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # reading it says why


def _streamed(source: str | IO[bytes], cl: Any, *, share: bool) -> Any:
    """A ``cl`` read from JSON an element of its arrays at a time, or None to read it whole.

    A large program or records file is mostly long arrays (task groups; a
    progress entry per task and window); building each element as soon as
    it is parsed keeps the plain data of one element at a time, not of all
    (see :mod:`coordprog.io._stream`).  Whatever is not read here (a
    mistake of any kind) is read whole, which names it as for any document.
    """
    arrays = _arrays_of(cl)
    structure = converter_for("json", share=share).structure

    def element(key: str, index: int, value: Any) -> Any:
        try:
            return structure(value, arrays[key])
        except Exception:  # a mistake: the whole-document reader names it with its path
            raise NotStreamable from None

    try:
        members = read_members(source, _json_decoder(), arrays, element)
        built = {key: members.pop(key) for key in arrays if isinstance(members.get(key), tuple)}
        return attrs.evolve(structure(members, cl), **built)
    except Exception:  # a mistake, or an unreadable file: read whole, which names it
        return None


@functools.cache
def _json_decoder() -> json.JSONDecoder:
    import json

    return json.JSONDecoder(object_pairs_hook=_refuse_duplicate_keys, parse_constant=float)


@functools.cache
def _arrays_of(cl: Any) -> dict[str, type[Any]]:
    """The arrays of objects read an element at a time, and the objects' classes.

    A program's task groups (its other arrays are short, and a program
    needs its parties to be built); every array of objects of records.
    """
    hints = typing.get_type_hints(cl)
    return {
        field.name: get_args(hints[field.name])[0]
        for field in attrs.fields(cl)
        if field.init
        and (cl is not Program or field.name == "task_groups")
        and is_homogeneous_tuple(hints[field.name])
        and attrs.has(get_args(hints[field.name])[0])
    }


def to_data(program: Program | Records, format: str = "json") -> dict[str, Any]:
    """Return ``program`` (or records) as plain data for ``format``, leaving out defaults.

    The data holds only dicts, lists, strings, integers, floats and
    booleans (and, for ``"toml"``, dates): what :func:`json.dumps` or a TOML
    writer writes as it is, and what :func:`coordprog.from_data` reads back
    to an equal program.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Takes :class:`Records` too.
    .. versionchanged:: 0.3.0
       Enums are given as their string values, not as enum members.
    """
    data: dict[str, Any] = converter_for(checked_format(format)).unstructure(program)
    return data


def dumps(program: Program | Records, format: str = "json", *, indent: int | None = None) -> str:
    """Write ``program`` (or records) as text in ``format``.

    JSON is canonical: keys in the model's field order, fields that hold
    their default left out, UTF-8 text without ASCII escapes; equal programs
    give equal text.  It is compact unless ``indent`` asks for lines
    indented by that many spaces (compact JSON is written several times
    faster).  ``indent`` does not apply to TOML.  With orjson installed
    (the ``fast`` extra) JSON is written by orjson, to the same text.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Takes :class:`Records` too.
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
    converter.register_unstructure_hook(enum.StrEnum, identity)  # orjson writes their values
    converter.register_unstructure_hook_factory(_is_tuple_of_str, lambda _: identity)
    return orjson, converter


def _is_tuple_of_str(cl: Any) -> bool:
    return is_homogeneous_tuple(cl) and get_args(cl)[0] is str


def _orjson_dumps(program: Program | Records, indent: int | None) -> str | None:
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


def stdlib_json(program: Program | Records, indent: int | None) -> str:
    """Write ``program`` as :func:`dumps` does, with the standard library's :mod:`json`."""
    import json

    data = to_data(program, "json")
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def save(
    program: Program | Records, path: str | os.PathLike[str], format: str | None = None
) -> None:
    """Write ``program`` (or records) to the file ``path``, atomically, in UTF-8.

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

    The bytes go to a temporary file beside ``path``, are flushed to the
    disk (``fsync``), and the file is then renamed over ``path``: after a
    crash ``path`` holds either its old content or the new, never a part.
    On any error the temporary file is removed and ``path`` is left as it
    was; a temporary file left by a writer that was killed is removed by the
    next write of the same path.  A new file gets the permissions new files
    get (the umask); an existing file keeps its own; a symbolic link is
    followed and its target written, but a link to nothing is refused (it
    would create a file wherever the link points).

    :raises FileNotFoundError: when the folder of ``path`` does not exist,
        or ``path`` is a symbolic link to nothing.
    :raises IsADirectoryError: when ``path`` is a folder.
    :raises OSError: when the file cannot be written (a folder without
        permission, a full disk).  Every message names ``path`` as given,
        never the temporary file.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       A link to nothing and a folder are refused; every error names ``path``.
    """
    asked = os.fspath(path)
    if os.path.islink(asked) and not os.path.exists(asked):
        raise FileNotFoundError(
            errno.ENOENT,
            f"cannot write {asked}: it is a symbolic link to {os.readlink(asked)}, "
            "which does not exist",
            asked,
        )
    target = Path(os.path.realpath(asked))
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"cannot write {asked}: no folder {folder}", asked)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, f"cannot write {asked}: it is a folder", asked)
    try:
        _write_through_temporary(folder, target, data)
    except OSError as exc:
        # The temporary file's name means nothing to the user: name the file asked for.
        raise type(exc)(exc.errno, f"cannot write {asked}: {exc.strerror or exc}", asked) from exc
    _sync_folder(folder)


def _write_through_temporary(folder: Path, target: Path, data: bytes) -> None:
    _remove_stale_temporaries(folder, target.name)
    try:
        mode: int | None = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    tmp = folder / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    # 0o666 less the umask, as open() gives a new file (mkstemp would give 0600).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.chmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Remove the temporary files of ``name`` whose writing process no longer runs."""
    for stale in folder.glob(f".{_glob_escape(name)}.*.tmp"):
        pid = stale.name[len(name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            stale.unlink(missing_ok=True)


def _glob_escape(text: str) -> str:
    """``text`` with glob's special characters taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or not a pid: leave its file alone
    return True


def _sync_folder(folder: Path) -> None:
    # The rename is durable once the folder is synced (POSIX; not on Windows).
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
