"""Report model shapes: what a report kind builds and a format renders.

Reports are made in two stages.  A *report kind* turns a program into one
of the three generic shapes below; a *format* renders shapes to text or
bytes.  A format that renders a shape serves every report kind of that
shape, so N kinds and M formats need N + M pieces, not N x M.

* :class:`Document`: a heading, metadata and nested blocks (sections,
  paragraphs, lists, tables, signature blocks), as a program reads on paper.
* :class:`Table`: columns and rows of text.
* :class:`Calendar`: dated entries, as a schedule is.

All shapes are frozen attrs values holding plain text and dates; a format
never needs to know the domain model.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, TypeAlias

import attrs

__all__ = [
    "Block",
    "Calendar",
    "CalendarEntry",
    "Cell",
    "Column",
    "Document",
    "ItemList",
    "Letterhead",
    "Paragraph",
    "Recipients",
    "Section",
    "Shape",
    "Signature",
    "SignatureBlock",
    "Table",
    "calendar_table",
    "cell_text",
    "shape_name",
    "to_data",
]


@attrs.frozen
class Paragraph:
    """A paragraph of text."""

    text: str


@attrs.frozen
class ItemList:
    """A bulleted (or, with ``ordered``, numbered) list of items."""

    items: tuple[str, ...]
    ordered: bool = False


@attrs.frozen
class Column:
    """A table column: ``key`` for machines (CSV header, JSON), ``label`` for people."""

    key: str
    label: str


Cell: TypeAlias = str | dt.date
"""What a table cell holds: text, or a date.

A date stays a date so that each format writes it in its own style (see
:func:`cell_text`) and spreadsheets get a real date they can sort and
filter; an empty cell is ``""``.

.. versionadded:: 0.3.0
"""


@attrs.frozen
class Table:
    """A table of cells; every row has one cell per column.

    ``title`` is shown above the table and ``caption`` describes it.
    ``language`` is the BCP 47 tag of its labels (``"vi"``).  A cell is
    text or a :class:`datetime.date` (:data:`Cell`).  ``notices`` are what
    a reader must know before reading it (see :attr:`Document.notices`).

    .. versionchanged:: 0.2.0
       ``language``.
    .. versionchanged:: 0.3.0
       A cell may be a date; ``notices``.
    """

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...] = attrs.field()
    caption: str | None = None
    language: str = "vi"
    notices: tuple[str, ...] = ()

    @rows.validator
    def _row_widths(
        self,
        attribute: attrs.Attribute[tuple[tuple[Cell, ...], ...]],
        value: tuple[tuple[Cell, ...], ...],
    ) -> None:
        for index, row in enumerate(value):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"expected {len(self.columns)} cells in row {index}, found {len(row)}"
                )


@attrs.frozen
class Signature:
    r"""One signature: the side's body, the authority line, the title and the name.

    A line break in ``body`` is where the name goes on to its next line
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK"), so that a place name is never split;
    formats that lay out pages break a line there and nowhere inside a word.
    An empty ``name`` leaves the room of the name for the signer.

    .. versionchanged:: 0.3.0
       ``body`` may hold line breaks.
    """

    body: str
    title: str
    name: str
    authority: str | None = None


@attrs.frozen
class SignatureBlock:
    """The signatures of a document, shown side by side on paper."""

    signatures: tuple[Signature, ...]


@attrs.frozen
class Recipients:
    """The *Nơi nhận* block: who receives the document, the archive copy last.

    Formats lay it out as the document does (Decree 30: bottom left, in
    small type, below the signatures), never as an ordinary section.

    .. versionadded:: 0.2.0
    """

    items: tuple[str, ...]
    heading: str = "Nơi nhận"


@attrs.frozen
class Section:
    """A numbered or unnumbered section with a heading and blocks of its own.

    ``new_page`` asks formats that lay out pages (DOCX, HTML in print) to
    start the section on a new page, as an appendix (*phụ lục*) after a
    signed document does.

    .. versionchanged:: 0.2.0
       ``new_page``.
    """

    heading: str
    blocks: tuple[Block, ...] = ()
    number: str | None = None
    new_page: bool = False

    @property
    def full_heading(self) -> str:
        """The heading as printed: ``"1.1. Tiêu đề"``, ``"Điều 5."`` when it has no words."""
        if not self.number:
            return self.heading
        return f"{self.number}. {self.heading}" if self.heading else f"{self.number}."


Block: TypeAlias = Section | Paragraph | ItemList | Table | SignatureBlock | Recipients
"""The blocks a :class:`Document` or :class:`Section` holds.

A format walks them with one branch per type and ends with
:func:`typing.assert_never`, so that a block type added here is a type
error in every format that does not handle it yet.
"""


@attrs.frozen
class Letterhead:
    r"""The heading block of a Vietnamese administrative document.

    As Decree 30/2020/NĐ-CP (and the Party's guidance for Party documents)
    lays it out: the issuing bodies at the top left (``issuers``, one line
    each) with the number and symbol (``number``) below them; at the top
    right the national motto (``motto = "state"``: *CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM*) or the Party's name (``"party"``: *ĐẢNG CỘNG SẢN VIỆT
    NAM*), with the place and date (``place_date``) below.  ``parents``,
    when given, holds for each issuer the body printed above it ("TỈNH ỦY
    BÌNH THUẬN" over "BAN DÂN VẬN"), or ``None``; issuers with parents are
    laid out side by side, each under its parent.  ``families`` holds for
    each issuer ``"party"`` or ``"state"``: a Party body's name is marked
    with a star beneath it, a State body's with a short rule (a joint
    document of both has one of each); without it, every issuer takes the
    family of ``motto``.

    A line break in an issuer or a parent is where its name goes on to the
    next line ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK"), as Decree 30 allows for
    long names; formats break lines there and never inside a word.

    The number line: ``number`` is the number and symbol as printed after
    *Số* ("01/QC-UBND", "79-CTr/BDVTW-BCSĐCP"); when the number is not
    known yet, ``symbol`` is what follows the blank the office fills in
    ("/CTr-UBND" on a State document, "-CTr/BDVTU-BDT" on a Party one).
    ``place_date`` is "<địa danh>, ngày ... tháng ... năm ...", with dots
    where the day is left for the office.

    With ``side_by_side`` (or ``parents``), two or more issuers are laid
    out side by side, as joint documents of bodies of different places or
    standing print them; without, stacked one under the other.

    .. versionchanged:: 0.2.0
       ``parents``, ``families``.
    .. versionchanged:: 0.3.0
       ``symbol``, ``side_by_side``; line breaks in issuers and parents.
    """

    issuers: tuple[str, ...]
    motto: str | None = None
    number: str | None = None
    place_date: str | None = None
    parents: tuple[str | None, ...] = attrs.field(default=())
    families: tuple[str, ...] = attrs.field(default=())
    symbol: str | None = None
    side_by_side: bool = False

    def number_line(self, blank: str = "\u00a0" * 8) -> str | None:
        """The number line as printed: "Số: 01/QC-UBND", or with ``blank`` for the number.

        A Party document writes "Số 79-CTr/BDVTW" (the Party's guidance,
        Hướng dẫn 36-HD/VPTW), a State document "Số: 01/QC-UBND" (Decree
        30/2020/NĐ-CP).  ``None`` when there is neither a number nor a
        symbol.

        >>> Letterhead(("ỦY BAN NHÂN DÂN",), "state", symbol="/KH-UBND").number_line("___")
        'Số: ___/KH-UBND'
        >>> Letterhead(("BAN DÂN VẬN",), "party", number="12-KH/BDVTU").number_line()
        'Số 12-KH/BDVTU'

        .. versionadded:: 0.3.0
        """
        label = "Số" if self.motto == "party" else "Số:"
        if self.number:
            return f"{label} {self.number}"
        if self.symbol:
            return f"{label} {blank}{self.symbol}"
        return None

    def family(self, index: int) -> str:
        """``"party"`` or ``"state"``: the family of issuer ``index``."""
        if self.families:
            return self.families[index]
        return "party" if self.motto == "party" else "state"

    @families.validator
    @parents.validator
    def _one_per_issuer(
        self, attribute: attrs.Attribute[tuple[str | None, ...]], value: tuple[str | None, ...]
    ) -> None:
        if value and len(value) != len(self.issuers):
            raise ValueError(
                f"expected no {attribute.name} or one per issuer ({len(self.issuers)}), "
                f"found {len(value)}"
            )


@attrs.frozen
class Document:
    """A document: title, metadata lines (label, value) and blocks.

    ``subtitle`` is the document type printed above the title (``"CHƯƠNG
    TRÌNH"``); ``letterhead`` the administrative heading, for formats that
    lay a document out on paper.  ``language`` is a BCP 47 tag (``"vi"``);
    formats that can state it do.

    ``author`` names the issuing bodies and ``created`` is the document's
    date (its signing date, or the day the caller drafted it), for formats
    that record them in the file (DOCX core properties); ``None`` records
    none.  ``notes`` hold what the file says about the document beyond its
    text (the acts it cites, the reviews held, the transcriber's notes):
    formats that reproduce the document as signed (DOCX) leave them out,
    the others show them apart from it, after it.

    ``notices`` are what a reader must know before reading anything else,
    one sentence each in the shape's language: that the document's text is
    not available (what is shown comes from documents citing it), that the
    records are illustrative, what a schedule could not compute.  Every
    format shows them first, before the content, each marked as a notice
    ("Lưu ý:", "Note:"), in every kind of output.

    .. versionchanged:: 0.3.0
       ``author``, ``created``, ``notes``, ``notices``.
    """

    title: str
    blocks: tuple[Block, ...] = ()
    subtitle: str | None = None
    meta: tuple[tuple[str, str], ...] = ()
    language: str = "vi"
    letterhead: Letterhead | None = None
    author: str | None = None
    created: dt.date | None = None
    notes: tuple[Block, ...] = ()
    notices: tuple[str, ...] = ()


@attrs.frozen
class CalendarEntry:
    """A dated entry: due on ``due``, covering ``start`` to ``end``.

    ``uid`` is stable across runs, so calendar clients update an entry
    instead of duplicating it.  ``category`` is a stable key for programs
    (``"interim-review"``); ``category_label`` what people read, in the
    calendar's language (``"sơ kết"``).  ``state`` is where the entry
    stands as of the calendar's day, for calendars of the state of things
    (``"overdue"``), beside its category; ``state_label`` what people read
    (``"quá hạn"``).

    .. versionchanged:: 0.3.0
       ``state``, ``state_label``.
    """

    uid: str
    summary: str
    due: dt.date
    start: dt.date
    end: dt.date
    category: str
    description: str = ""
    category_label: str | None = None
    state: str | None = None
    state_label: str | None = None

    @property
    def shown_category(self) -> str:
        """The category as people read it: :attr:`category_label`, else :attr:`category`."""
        return self.category_label or self.category

    @property
    def shown_state(self) -> str:
        """The state as people read it: :attr:`state_label`, else :attr:`state`, else ``""``.

        .. versionadded:: 0.3.0
        """
        return self.state_label or self.state or ""


@attrs.frozen
class Calendar:
    """A list of dated entries, sorted by due date.

    ``notices`` are what a reader must know first (see :attr:`Document.notices`).

    .. versionchanged:: 0.3.0
       ``notices``.
    """

    title: str
    entries: tuple[CalendarEntry, ...]
    language: str = "vi"
    notices: tuple[str, ...] = ()


def notice_label(language: str) -> str:
    """The word that marks a notice: "Lưu ý" in Vietnamese, "Note" in English.

    .. versionadded:: 0.3.0
    """
    return "Note" if language.startswith("en") else "Lưu ý"


Shape: TypeAlias = Document | Table | Calendar
"""What a report kind builds and a format renders."""


def calendar_table(calendar: Calendar) -> Table:
    """Return ``calendar`` as a table for people: due date, kind, event, window (and state).

    For formats that show a calendar as a table.  The dates are date cells,
    which each format writes in its own style (:func:`cell_text`); the
    labels are in the calendar's language.  A calendar whose entries have
    a :attr:`~CalendarEntry.state` gets a column for it beside the kind.  An
    empty calendar gives an empty table whose caption says so ("Không có
    sự kiện nào."), so that an empty schedule is never an empty grid.

    .. versionchanged:: 0.3.0
       Dates are date cells; the state column.
    """
    english = calendar.language.startswith("en")
    labels = CALENDAR_LABELS["en" if english else "vi"]
    columns = [Column(key, label) for key, label in zip(_CALENDAR_KEYS, labels, strict=True)]
    stated = any(e.state is not None for e in calendar.entries)
    if stated:
        columns.insert(2, Column("state", STATE_LABEL["en" if english else "vi"]))
    rows = tuple(
        (e.due, e.shown_category, *((e.shown_state,) if stated else ()), e.summary, e.start, e.end)
        for e in calendar.entries
    )
    empty = "No events." if english else "Không có sự kiện nào."
    return Table(
        title=calendar.title,
        columns=tuple(columns),
        rows=rows,
        caption=None if rows else empty,
        language=calendar.language,
        notices=calendar.notices,
    )


_CALENDAR_KEYS = ("due", "kind", "summary", "start", "end")

#: The column labels of a calendar shown as a table, by language.
CALENDAR_LABELS = {
    "vi": ("Hạn", "Loại", "Sự kiện", "Từ ngày", "Đến ngày"),
    "en": ("Due", "Kind", "Event", "From", "To"),
}

#: The label of the state column of a calendar of the state of things, by language.
STATE_LABEL = {"vi": "Tình trạng", "en": "State"}


def cell_text(cell: Cell, language: str = "vi") -> str:
    """A cell as text for people: a date as ``dd/mm/yyyy`` (``yyyy-mm-dd`` in English).

    The date style of the formats people read (Markdown, HTML, text,
    DOCX), as Vietnamese documents write dates; data formats (CSV, JSON,
    iCalendar) write ISO 8601 dates and spreadsheets (XLSX) real dates.

    >>> cell_text(dt.date(2024, 6, 30))
    '30/06/2024'
    >>> cell_text(dt.date(2024, 6, 30), "en")
    '2024-06-30'

    .. versionadded:: 0.3.0
    """
    if isinstance(cell, dt.date):
        return cell.isoformat() if language.startswith("en") else _vi(cell)
    return cell


def _vi(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def to_data(shape: Shape) -> dict[str, Any]:
    """Return ``shape`` as plain data (dicts, lists, strings, booleans), for any data format.

    Every object that stands for a block or a shape carries a ``"type"``
    key naming its class in lower case (``"section"``, ``"paragraph"``,
    ``"document"`` ...), so that a reader can tell the blocks of a section
    apart; dates are ISO ``YYYY-MM-DD`` strings; optional fields that are
    unset are ``None``.  JSON, YAML or TOML writers can take the result
    as it is (TOML has no null: drop the ``None`` values first).

    >>> to_data(Document("Chương trình", (Paragraph("Nội dung"),)))["blocks"]
    [{'text': 'Nội dung', 'type': 'paragraph'}]

    .. versionadded:: 0.2.0
    """
    data: dict[str, Any] = _converter().unstructure(shape)
    data["type"] = shape_name(shape)
    return data


@functools.cache
def _converter() -> Any:
    import cattrs
    from cattrs.strategies import configure_tagged_union

    converter = cattrs.Converter()
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    configure_tagged_union(
        Block, converter, tag_name="type", tag_generator=lambda cl: cl.__name__.lower()
    )
    return converter


def shape_name(shape: type[Shape] | Shape) -> str:
    """Return ``"document"``, ``"table"`` or ``"calendar"`` for a shape or shape class."""
    cls = shape if isinstance(shape, type) else type(shape)
    return _SHAPE_NAMES.get(cls, cls.__name__.lower())


_SHAPE_NAMES: dict[type, str] = {Document: "document", Table: "table", Calendar: "calendar"}
