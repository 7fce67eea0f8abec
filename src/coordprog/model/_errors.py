"""The exceptions coordprog raises for bad input, and the problems they carry."""

from __future__ import annotations

from collections.abc import Iterable

import attrs


class CoordprogError(Exception):
    """Base class of every error coordprog raises on purpose.

    .. versionadded:: 0.1.0
    """


@attrs.frozen
class Problem:
    """One thing wrong with a program document.

    ``path`` locates the offending value in the document the way a developer
    would write it in Python, for example ``task_groups[0].tasks[3].supports[0]``;
    the empty string means the document as a whole.  ``message`` says what was
    expected and what was found.

    .. versionadded:: 0.1.0
    """

    path: str
    message: str

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
