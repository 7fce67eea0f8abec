"""The exceptions coordprog raises for bad input, and the problems they carry."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

import attrs

_T = TypeVar("_T")

#: The longest quoted value an error message repeats whole, in characters.
QUOTE_LIMIT = 200
#: The longest line of an error message, in characters, after quoted values are cut.
LINE_LIMIT = 1000
# A value quoted as repr() quotes it: in single quotes, or in double quotes
# when it holds a single quote; escapes inside are skipped over.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'" + r'|"(?:[^"\\]|\\.)*"', re.DOTALL)


def shorten_quotes(text: str) -> str:
    """``text`` with every quoted value longer than :data:`QUOTE_LIMIT` characters cut short.

    A message repeats the value it refuses; a value of a megabyte would
    make a message of a megabyte.  A long quoted value keeps its start and
    end and says how long it was:

    >>> shorten_quotes("found '" + "x" * 1000 + "' again")[-50:]
    "xx...xxxxxxxxxxxxxxxxxxxx' (1000 characters) again"

    A line still longer than :data:`LINE_LIMIT` (a long value that was not
    quoted) keeps its start and end, and says how much was left out.
    """
    if len(text) <= QUOTE_LIMIT:
        return text

    def cut(match: re.Match[str]) -> str:
        quoted = match.group()
        if len(quoted) <= QUOTE_LIMIT:
            return quoted
        mark = quoted[0]
        inner = quoted[1:-1]
        return f"{mark}{inner[:150]}...{inner[-20:]}{mark} ({len(inner)} characters)"

    return "\n".join(map(_cut_line, _QUOTED.sub(cut, text).split("\n")))


def _cut_line(line: str) -> str:
    if len(line) <= LINE_LIMIT:
        return line
    left_out = len(line) - 900
    return f"{line[:800]} ... ({left_out} characters left out) ... {line[-100:]}"


class CoordprogError(Exception):
    """Base class of every error coordprog raises on purpose.

    Its message quotes at most a few hundred characters of any value
    (:func:`shorten_quotes`).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       Long quoted values in the message are cut short.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(shorten_quotes(arg) if isinstance(arg, str) else arg for arg in args))


class NotFoundError(CoordprogError, KeyError):
    """A lookup by id found nothing: no such task, party, act, body or program.

    It is a :class:`KeyError` (and so a :class:`LookupError`): code written
    for the bare ``KeyError`` of 0.2 keeps working, and ``args[0]`` is the
    id asked for.  :attr:`what` names the kind of thing looked up
    (``"task"``), :attr:`id` the id, :attr:`within` where it was looked up
    (``"program 'binh-thuan'"``), and :attr:`nearest` the known ids closest
    to it, the likeliest first; the message lists them (or every known id,
    when there are only a few).

    .. versionadded:: 0.3.0
    """

    what: str
    id: str
    within: str | None
    nearest: tuple[str, ...]

    def __init__(
        self, what: str, id: str, known: Iterable[str] = (), *, within: str | None = None
    ) -> None:
        KeyError.__init__(self, id)
        self.what, self.id, self.within = what, id, within
        candidates = sorted({str(key) for key in known})
        self._few = len(candidates) <= _LISTED
        if self._few:
            self.nearest = tuple(candidates)
        else:
            import difflib  # only when a lookup fails

            self.nearest = tuple(difflib.get_close_matches(str(id), candidates, n=3, cutoff=0.5))

    def __str__(self) -> str:
        place = f" of {self.within}" if self.within else ""
        head = f"expected the id of a {self.what}{place}, found {safe_repr(self.id)}"
        if not self.nearest:
            return shorten_quotes(head + ("; there is none" if self._few else "; none is close"))
        listed = ", ".join(map(safe_repr, self.nearest))
        return shorten_quotes(f"{head}; {'known' if self._few else 'nearest'}: {listed}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (self.what, self.id, self.nearest, self.within, self._few))


#: A failed lookup lists every known id when there are at most this many.
_LISTED = 8


def _rebuilt(
    what: str, id: str, nearest: tuple[str, ...], within: str | None, few: bool
) -> NotFoundError:
    error = NotFoundError(what, id, nearest if few else (), within=within)
    error.nearest, error._few = nearest, few
    return error


def lookup(table: Mapping[str, _T], key: str, what: str, within: str | None = None) -> _T:
    """``table[key]``, or :class:`NotFoundError` naming ``key`` and the nearest keys."""
    try:
        return table[key]
    except KeyError:
        raise NotFoundError(what, key, table, within=within) from None


class FormatError(CoordprogError, ValueError):
    """An unknown format: a file format or suffix coordprog cannot read, or an output format.

    Raised for the ``format`` of :func:`coordprog.load` and
    :func:`coordprog.loads` (``"json"``, ``"toml"``) and for the output
    format of :func:`coordprog.render` alike; the latter is also a
    :class:`RenderError`, as it was in 0.2.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       Also raised for an unknown output format.
    """


class FolderNotFoundError(CoordprogError, FileNotFoundError):
    """A folder to read (a portfolio's) does not exist or is not a folder.

    A :class:`FileNotFoundError` too, as in 0.2; ``filename`` is the folder.

    .. versionadded:: 0.3.0
    """


@attrs.frozen
class Problem:
    """One thing wrong with a program document.

    ``path`` locates the offending value in the document the way a developer
    would write it in Python, for example ``task_groups[0].tasks[3].supports[0]``;
    the empty string means the document as a whole.  ``message`` says what was
    expected and what was found.  A quoted value longer than a few hundred
    characters is cut short in both (:func:`shorten_quotes`).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       Long quoted values are cut short.
    """

    path: str = attrs.field(converter=shorten_quotes)
    message: str = attrs.field(converter=shorten_quotes)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(CoordprogError, ValueError):
    """A program document is malformed or inconsistent.

    Every problem found is reported at once in :attr:`problems`.  When the
    document came from a file, :attr:`source` names it and every line of the
    message starts with it.  :attr:`document` says what kind of document it
    is: ``"program"`` or ``"records"``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       :attr:`document`.
    """

    problems: tuple[Problem, ...]
    source: str | None
    document: str

    def __init__(
        self, problems: Iterable[Problem], source: str | None = None, document: str = "program"
    ) -> None:
        self.problems = tuple(problems)
        self.source = source
        self.document = document
        super().__init__(self._message())

    def _message(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        count = len(self.problems)
        plural = "s" if count != 1 else ""
        head = f"{prefix}{count} problem{plural} in the {self.document} document"
        return "\n".join([head, *(f"  {prefix}{problem}" for problem in self.problems)])

    def with_source(self, source: str) -> ValidationError:
        """Return the same error naming ``source`` (a file name) as its origin."""
        return ValidationError(self.problems, source, self.document)


def safe_repr(value: object) -> str:
    """``repr(value)`` for an error message: never raises, always encodable as UTF-8.

    A plugin's exception may have a ``__repr__`` that fails, or text with
    lone surrogates; a message about it must still be written.
    """
    try:
        shown = repr(value)
    except Exception:
        shown = f"<{type(value).__name__} that cannot be shown>"
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")


class FieldError(ValueError):
    """A value broke an invariant of one field of a model object.

    Raised by the model's attrs validators; ``field`` names the field, so
    that a document loader can report the full path of the bad value.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
