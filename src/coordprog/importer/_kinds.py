"""One reader per kind of document, behind one small protocol, and what they share.

A reader says whether it reads a document (:meth:`DocumentReader.accepts`,
from its opening and structure) and reads its body into a draft
(:meth:`DocumentReader.read`).  The opening (letterhead, number, place and
date, type line, title) is read before, and the tail (signatures,
recipients), the acts cited and the parties after, the same for every kind
(:mod:`coordprog.importer._pipeline`).  Plugins add readers with the
``coordprog_import_readers`` hook; theirs are asked first.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import attrs

from coordprog.importer._bodies import KnownBody
from coordprog.importer._opening import Opening
from coordprog.importer._parties import Parties


@attrs.frozen
class ReadDocument:
    """A document as readers see it: its text, its lines, its opening, the bodies known.

    ``lines`` are the document's lines as :func:`source_lines` gives them
    (repaired, table cells apart); ``opening`` what its opening says;
    ``bodies`` the table of known bodies (plugins' first).

    .. versionadded:: 0.3.0
    """

    text: str
    lines: tuple[str, ...]
    opening: Opening
    bodies: tuple[KnownBody, ...]

    @property
    def body(self) -> tuple[str, ...]:
        """The lines after the opening: the basis, the preamble and what follows."""
        return self.lines[self.opening.end :]


@attrs.define
class DraftBuilder:
    """The draft a reader fills in: the file's data, and what a person must complete.

    ``data`` is a program file's data (or, with ``document = "records"``, a
    records file's); :meth:`flag` lists what to check, with the field it
    concerns, in the file and on standard error.

    .. versionadded:: 0.3.0
    """

    parties: Parties
    data: dict[str, Any] = attrs.Factory(dict)
    items: list[dict[str, str]] = attrs.Factory(list)
    remarks: list[str] = attrs.Factory(list)
    document: str = "program"

    def flag(self, path: str, reason: str, remark: str, text: str | None = None) -> None:
        """List ``path`` to complete: ``reason`` in the file (Vietnamese), ``remark`` for people.

        ``text`` quotes the document's text the field was read from.
        """
        item = {"path": path, "reason": reason}
        if text:
            item["text"] = " ".join(text.split())[:300]
        if item not in self.items:
            self.items.append(item)
            self.remarks.append(f"{path}: {remark}")


@runtime_checkable
class DocumentReader(Protocol):
    """What reads one kind of document into a draft.

    ``name`` names the reader (in messages and tests).  :meth:`accepts`
    says whether it reads ``document``; the first reader that accepts reads
    it, plugins' readers first, then the built-in ones (decisions that
    promulgate, regulations and circulars in articles, programs and plans
    in parts, letters, review reports).

    .. versionadded:: 0.3.0
    """

    name: str

    def accepts(self, document: ReadDocument) -> bool:
        """Whether this reader reads ``document``."""
        ...

    def read(self, document: ReadDocument, draft: DraftBuilder) -> None:
        """Read ``document``'s body into ``draft``: its kind, title, provisions, tasks."""
        ...
