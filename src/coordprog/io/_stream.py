"""Reading a large JSON file one member, and one array element, at a time.

A records file of a large program is mostly one long array (a progress
entry per task and window).  ``json.loads`` turns the whole of it into
plain dicts before anything is built from them: about six times the file's
size at once, and the decoded text twice more.  :func:`read_members` reads
the file in chunks instead and hands each element of the chosen arrays to
the caller as soon as it is parsed, so that only the objects built from
them accumulate.

It reads only what it is sure of, with the standard library's own parser
for each value (the same hooks as :func:`coordprog.io._documents.parse`):
whatever does not fit (a top level that is not an object, a syntax error,
a key twice, a byte that is not UTF-8, nesting too deep) raises
:class:`NotStreamable`, and the caller reads the file as a whole, which
explains the mistake with its line and column.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Collection
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import json

__all__ = ["NotStreamable", "read_members"]

#: How much of the file is read at a time, in bytes: from the first size,
#: doubling up to the second, so that a small file is read in a few small
#: reads (and a large one is not held in memory whole).  A value longer than
#: a chunk is read by doubling what is asked for, in time linear in its length.
FIRST_CHUNK, CHUNK = 1 << 12, 1 << 20

_WHITESPACE = re.compile(r"[ \t\n\r]*")


class NotStreamable(Exception):
    """The file is not read here: the whole-file reader will say why, if anything is wrong."""


class _Chunks:
    """The text of a UTF-8 file, decoded chunk by chunk, with a read position."""

    def __init__(self, source: str | IO[bytes], decoder: json.JSONDecoder) -> None:
        self._file = source
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self._scan = decoder.raw_decode
        self._size = FIRST_CHUNK
        self.at = 0
        if isinstance(source, str):  # already in memory: parsed where it is
            self.text, self.ended, self._started = source.removeprefix("\ufeff"), True, True
        else:
            self.text, self.ended, self._started = "", False, False

    def more(self) -> bool:
        """Read the next chunk, keeping the text from the read position; False at the end."""
        if self.ended:
            return False
        assert not isinstance(self._file, str)
        data = self._file.read(max(self._size, 2 * (len(self.text) - self.at)))
        self._size = min(2 * self._size, CHUNK)
        try:
            if data:
                new = self._utf8.decode(data)
            else:
                new = self._utf8.decode(b"", final=True)
                self.ended = True
        except UnicodeDecodeError:
            raise NotStreamable from None
        if not self._started and new:
            # As the whole-file reader: a byte order mark, then one more as a character.
            new = new.removeprefix("\ufeff")
            self._started = True
        self.text = self.text[self.at :] + new
        self.at = 0
        return True

    def next_char(self) -> str:
        """The next character that is not white space ("" at the end), not consumed."""
        while True:
            self.at = _WHITESPACE.match(self.text, self.at).end()  # type: ignore[union-attr]
            if self.at < len(self.text) or not self.more():
                return self.text[self.at : self.at + 1]

    def expect(self, char: str) -> None:
        """Consume ``char``, the next character that is not white space."""
        if self.next_char() != char:
            raise NotStreamable
        self.at += 1

    def value(self) -> Any:
        """Parse the JSON value at the read position, reading on until it is whole.

        A value is taken as whole once a character follows it (a number or a
        literal cut by the chunk's end would otherwise parse short), or the
        file has ended.
        """
        self.next_char()
        while True:
            try:
                found, end = self._scan(self.text, self.at)
            except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
                if self.more():
                    continue
                raise NotStreamable from None
            if end < len(self.text) or not self.more():
                self.at = end
                return found


def read_members(
    source: str | IO[bytes],
    decoder: json.JSONDecoder,
    streamed: Collection[str],
    element: Callable[[str, int, Any], Any],
) -> dict[str, Any]:
    """The members of the JSON object in ``source`` (text or a UTF-8 file), read by ``decoder``.

    The elements of an array under a key in ``streamed`` are passed, as
    each is parsed, to ``element(key, index, value)``; the member holds the
    tuple of what it returned (a value the parser gives is never a tuple).
    ``element`` may raise :class:`NotStreamable`.

    :raises NotStreamable: when the file is not a JSON object this reads
        whole (see the module's documentation).
    """
    chunks = _Chunks(source, decoder)
    members: dict[str, Any] = {}
    chunks.expect("{")
    if chunks.next_char() == "}":
        chunks.at += 1
    else:
        while True:
            if chunks.next_char() != '"':
                raise NotStreamable
            key = chunks.value()
            if key in members:
                raise NotStreamable
            chunks.expect(":")
            if key in streamed and chunks.next_char() == "[":
                chunks.at += 1
                members[key] = _elements(chunks, key, element)
            else:
                members[key] = chunks.value()
            if chunks.next_char() == ",":
                chunks.at += 1
                continue
            chunks.expect("}")
            break
    if chunks.next_char() != "":
        raise NotStreamable
    return members


def _elements(
    chunks: _Chunks, key: str, element: Callable[[str, int, Any], Any]
) -> tuple[Any, ...]:
    built: list[Any] = []
    if chunks.next_char() == "]":
        chunks.at += 1
        return ()
    while True:
        built.append(element(key, len(built), chunks.value()))
        if chunks.next_char() == ",":
            chunks.at += 1
            continue
        chunks.expect("]")
        return tuple(built)
