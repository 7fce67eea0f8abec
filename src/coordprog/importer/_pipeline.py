"""A draft file from a document's text: the opening, one reader per kind, the shared tail.

:func:`draft_document` reads the opening (:mod:`._opening`), gives the
draft the parties the layout names (:func:`._draft.read_issuers`), hands the
body to the first reader that accepts it (:mod:`._kinds`; plugins' readers
first, then the built-in ones of :mod:`._readers` and :mod:`._review`),
reads the addressees, and then does what every kind shares
(:func:`._draft.finish`: the opening's facts, the acts cited and how, the
period, the items a person must complete). It always returns a draft; what
could not be read is listed in the draft's ``to_complete``, never guessed,
and a value the file format refuses is left out and listed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from coordprog.importer._bodies import KNOWN_BODIES, KnownBody
from coordprog.importer._document_text import UPPER_LETTERS, source_lines, spelled_run_on_date
from coordprog.importer._draft import finish, read_issuers
from coordprog.importer._folded import unfolded
from coordprog.importer._grammar import Organ, organs_added
from coordprog.importer._kinds import DocumentReader, DraftBuilder, ReadDocument
from coordprog.importer._old_font import old_font_decoded
from coordprog.importer._opening import (
    part_run_on_basis,
    part_type_line,
    read_opening,
    without_draft_mark,
)
from coordprog.importer._parties import Parties
from coordprog.importer._readers import READERS
from coordprog.importer._tail import read_addressees
from coordprog.model._text import INVISIBLE, normalize_text


@attrs.frozen
class Draft:
    """A draft read from a document: the data of a program (or records) file, and what to check.

    ``data`` is what :func:`coordprog.from_data` reads (for ``document ==
    "records"``, what :func:`coordprog.loads_records` reads); it lists in
    ``to_complete`` each item a person must complete, with the field it
    concerns and the text it was read from.  ``unsure`` says the same for
    people, one remark a line ("parties[0]: a body read from the
    letterhead by its grammar; check its name, level and province").

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``document``; the items are in the data's ``to_complete`` too.
    """

    data: dict[str, Any]
    unsure: tuple[str, ...]
    document: str = "program"


#: Told of a plugin's reader that raised, and what it raised (the draft goes on without it).
ReaderFailed = Callable[[DocumentReader, BaseException], None]


#: Letters that look like Vietnamese ones and are not: the Icelandic eth ("Ð", "ð") that old
#: fonts and converters print for "Đ", "đ" ("BỘ GIÁO DỤC VÀ ÐÀO TẠO"). No Vietnamese word
#: holds them, so they are read as the letters they stand for.
_REPAIRED: dict[int, int | None] = {**INVISIBLE, 0x00D0: 0x0110, 0x00F0: 0x0111}
#: "Căn cứ" as a scan's text misreads its tones ("Cân cứ", "Căn củ", "Cản cứ"): no other words
#: are spelt so, and a basis starts with them.
_BASIS_WORDS = re.compile(r"\b([Cc])(?:[âả]n c[ứủ]|ăn củ)\b")


#: "ỦY BAN" as a scan's capitals print it without the hook, or with another tone ("UY BAN NHÂN
#: DÂN", "ÚY BAN"): no other words are spelt so, and a committee's name starts with them.
#: The next word is a name's, in capitals or with its capital ("Uy ban nhân dân", "Uy ban Dân
#: tộc"), not a person's name that "ban hành" follows ("Lê Văn Uy ban hành").
_COMMITTEE_WORDS = re.compile(
    rf"\b[UÚÙŨỤ](?=Y\s+BAN\s+[{UPPER_LETTERS}]|y\s+ban\s+(?:nhân\s+dân|[{UPPER_LETTERS}]))"
)


#: The number line's number as a scan prints its digits: "O" for "0", "l" or "I" for "1"
#: ("Số: 3O/2Ol8/QĐ-UBND", "Số: ll-HD/VPTW"); the first number a text prints after "Số".
_NUMBER_MISREAD = re.compile(
    # Also "Số: 2O -QĐ/HĐĐTW", "Số: l3 KH/LĐ": a dash spaced, or a space for it.
    r"(?<![^\s|*])(Số\s*:?\s*)([0-9OlI]+(?:[ \t]*[/-][ \t]*[^\s/-]+|[ \t]+[A-ZĐ]{2}\S*)+)"
)
#: A number's year, in digits and the letters a scan reads for them (its serial is its first part).
_YEAR = re.compile(r"(?:[1lI]9|2[0O])[0-9OlI]{2}")
_DIGITS = str.maketrans("OlI", "011")
_SERIAL = re.compile(r"^[0-9OlI]+")


def _number_digits(text: str) -> str:
    """``text`` with the digits of its number line's serial and year a scan misread as letters."""
    found = _NUMBER_MISREAD.search(text, 0, 4000)
    if found is None or not any(c in "OlI" for c in found[2]):
        return text
    parts = re.split(r"([ \t]*[/-][ \t]*)", found[2])  # the parts, and what joins them
    fixed = "".join(
        _SERIAL.sub(lambda serial: serial[0].translate(_DIGITS), part, 1)
        if index == 0 or (index % 2 == 0 and _YEAR.fullmatch(part))
        else part
        for index, part in enumerate(parts)
    )
    return f"{text[: found.start(2)]}{fixed}{text[found.end(2) :]}"


#: The national heading as a scan's capitals misread its tones ("CỘNG HOÀ XÁ HỘI CHỦ NGHĨA
#: VIỆT NAM", "CÔNG HOÀ XÃ HÔI CHU NGHIA VIÊT NAM"): its eight words, each of its letters with
#: any tone, are no other words, on one line or broken over two; read as the heading.
_HEADING_MISREAD = re.compile(
    r"\bC[OÔỘỐỒỔỖ]NG\s+(?P<hoa>H(?:[OÒÓỎÕỌ]A|O[AÀÁẢÃẠ]))\s+X[AÃÁÀẢẠ]\s+H[OÔỘỐỒỔỖ]I\s+"
    r"CH[UỦÚÙŨỤ]\s+NGH[IĨÍÌỈỊ]A\s+VI[EÊỆẾỀỂỄ]T\s+NAM"
)
_HEADING_WORDS = ("CỘNG", "", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM")
#: The number line's label as a scan prints it: "Sô:", "S ố:", "S ô:" are "Số:" at a line's or
#: a cell's start before a number (or a blank left for it), and inside a line (a page on one
#: line) before a number with its symbol ("Sô: 12/QĐ-UBND"), not before a phone's number: a
#: name before a colon ("Ông Lò Văn Sô: 0912 ...") stays as printed.
_NUMBER_LABEL = re.compile(
    r"(?m)(?:(?:^|(?<=[|*]))[ \t]*S(?:ô|[ \t]+[ốô])(?=[ \t]*:[ \t]*(?:\d|[-/]|$))"
    r"|(?<=\s)S(?:ô|[ \t]+[ốô])(?=[ \t]*:[ \t]*\d+[ \t]*/))"
)


def _number_label(match: re.Match[str]) -> str:
    """The number's label a scan misread, "Số", after the blanks it was printed after."""
    return f"{match[0][: len(match[0]) - len(match[0].lstrip())]}Số"


def _heading_tones(match: re.Match[str]) -> str:
    """The national heading a scan misread, as printed right.

    Its "HÒA" or "HOÀ", and the breaks between its words (a line's end), as printed.
    """
    hoa = "HOÀ" if match["hoa"][2] != "A" else "HÒA"
    parts = re.split(r"(\s+)", match[0])
    parts[::2] = [word or hoa for word in _HEADING_WORDS]
    return "".join(parts)


#: The words in capitals of the known bodies' names ("ỦY", "BAN", "NHÂN", "DÂN", "TỈNH"), of
#: three letters or more: a scan that put a space in one ("NHÂN D ÂN", "ỦY B AN") split it.
_BODY_WORDS = frozenset(
    word
    for body in KNOWN_BODIES
    for name in (body.name, *body.names)
    for word in name.upper().split()
    if len(word) >= 3 and word.isalpha()
)
#: A letter in capitals alone, spaced from the rest of its word after it, or before it.
_SPLIT_WORDS = (
    re.compile(rf"(?<![\w.])([{UPPER_LETTERS}])[ \t]([{UPPER_LETTERS}]{{2,}})(?![\w.])"),
    re.compile(rf"(?<![\w.])([{UPPER_LETTERS}]{{2,}})[ \t]([{UPPER_LETTERS}])(?![\w.])"),
)


#: The known bodies' names' pairs of words in capitals ("ỦY BAN", "NHÂN DÂN", "DÂN TỈNH").
_BODY_PAIRS = frozenset(
    pair
    for body in KNOWN_BODIES
    for name in (body.name, *body.names)
    for pair in itertools.pairwise(name.upper().split())
)


def _joined(match: re.Match[str]) -> str:
    """The word a scan split, joined when it is a known body's word beside another; else as printed.

    "ỦY B AN NHÂN" is "ỦY BAN NHÂN" ("ỦY BAN", a pair of a known body's name); "TIỂU KHU B AN
    NINH" stays: "BAN" is a body's word, but "KHU BAN" and "BAN NINH" are no body's pair.
    """
    word = match[1] + match[2]
    if word not in _BODY_WORDS:
        return match[0]
    before = match.string[: match.start()].split()[-1:]
    after = match.string[match.end() :].split()[:1]
    if (before and (before[0], word) in _BODY_PAIRS) or (after and (word, after[0]) in _BODY_PAIRS):
        return word
    return match[0]


def _scan_heading(text: str) -> str:
    """``text`` with the heading's words and the number's label a scan misread as printed.

    The number line's "Sô:" or "S ố:" is "Số:"; the national heading "CỘNG HOÀ XÁ HỘI ..." is
    "CỘNG HOÀ XÃ HỘI ..."; a body's word in capitals split by a space ("NHÂN D ÂN", "ỦY B AN")
    is one word. Before a page on one line is unfolded: they tell where it breaks.
    """
    for split in _SPLIT_WORDS:
        text = split.sub(_joined, text)
    return _HEADING_MISREAD.sub(_heading_tones, _NUMBER_LABEL.sub(_number_label, text), 1)


#: A web portal's footer's own words: its rights, its owner ("Bản quyền thuộc ...", "Cơ quan
#: chủ quản: UBND tỉnh ...", "© Copyright", "Ghi rõ nguồn ... khi phát hành lại thông tin").
_FOOTER_MARK = re.compile(
    r"Bản\s+quyền\s+(?:thuộc|của)|Cơ\s+quan\s+chủ\s+quản\s*:|Copyright|©"
    r"|Ghi\s+rõ\s+nguồn|Giấy\s+phép\s+thiết\s+lập",
    re.IGNORECASE,
)
#: Where a portal's footer starts: its name, its address, phone, or one of its own words.
_FOOTER_START = re.compile(
    rf"Cổng\s+(?:thông\s+tin|TTĐT)(?:\s+điện\s+tử)?|Trang\s+thông\s+tin\s+điện\s+tử"
    rf"|Địa\s+chỉ\s*:|Điện\s+thoại\s*:|Fax\s*:|E-?mail\s*:|{_FOOTER_MARK.pattern}",
    re.IGNORECASE,
)
#: How far from a copy's end a portal's footer is looked for, in lines.
_FOOTER_LINES = 25
#: What a footer's line may open with before its words: a bullet, a table's bar, blanks.
_BULLETS = " \t-\u2013+•*|"
#: A line that is an item of a list or a task ("5. Sở ... đăng tải trên Cổng thông tin điện tử
#: tỉnh", "- ...", "a) ..."): the text's, whatever words it ends with.
_ITEM = re.compile(r"\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-\u2013+•*])\s")


def _without_portal_footer(text: str) -> str:
    """``text`` without the footer of the web portal it was copied from.

    A page's text ends with its portal's footer ("Cổng thông tin điện tử tỉnh ...", its
    address and phone, "Bản quyền thuộc ...", "Cơ quan chủ quản: UBND tỉnh ..."), on lines of
    its own or run on with the text's last words where the page cut it: no part of the
    document (its province is the portal's), it is left out from where it starts. A footer
    opens a line with one of its own words ("Bản quyền ...", not "... bảo vệ bản quyền của
    tác giả"), and two of its lines at least carry its words; it runs on with a line only
    where that line ends no sentence ("... hoạt động công Cổng thông tin điện tử ...").
    """
    lines = text.split("\n")
    first = max(0, len(lines) - _FOOTER_LINES)
    marked = next(
        (i for i in range(first, len(lines)) if _FOOTER_MARK.match(lines[i].strip(_BULLETS))),
        None,
    )
    if marked is None:
        return text
    at = marked
    while at > first and (not lines[at - 1].strip() or _FOOTER_START.match(lines[at - 1].strip())):
        at -= 1
    # Run on with the line before its own lines (a title the page cut: "... hoạt động công Cổng
    # thông tin điện tử ..."): from its first word there, if that line ends no sentence.
    line, start = lines[at], 0
    before = lines[at - 1].rstrip() if at > 0 else ""
    run_on = next(_FOOTER_START.finditer(before), None)
    if (
        run_on is not None
        and before[: run_on.start()].strip(_BULLETS + ";,.")
        and before[-1:] not in ".;:!?"
        and not _ITEM.match(before)
    ):
        at, line, start = at - 1, before, run_on.start()
    block = [line[start:], *lines[at + 1 :]]
    if sum(1 for part in block if _FOOTER_START.search(part)) < 2:
        return text  # one such line alone ("Bản quyền thuộc ..." in an annex) is no footer
    kept = line[:start].rstrip()
    return "\n".join([*lines[:at], *([kept] if kept else [])])


def _basis_words(text: str) -> str:
    """``text`` with the words of a basis or a committee a scan misread written as they are.

    "Cân cứ" is "Căn cứ"; "UY BAN" is "ỦY BAN", "Uy ban" is "Ủy ban"; the number line's
    "3O/2Ol8/QĐ-UBND" is "30/2018/QĐ-UBND".
    """
    return _number_digits(_COMMITTEE_WORDS.sub("Ủ", _BASIS_WORDS.sub(r"\1ăn cứ", text)))


def draft_document(
    text: str,
    bodies: Iterable[KnownBody] = KNOWN_BODIES,
    readers: Sequence[DocumentReader] = (),
    organs: Sequence[Organ] = (),
    failed: ReaderFailed | None = None,
) -> Draft:
    """Read a document's text into a draft: always a draft, with what to complete listed.

    ``bodies`` is the table of known bodies (plugins' first); ``readers``
    are readers plugins add, asked before the built-in ones; ``organs``
    kinds of body plugins add to the grammar bodies are read by.  A
    plugin's reader that raises is left out, ``failed`` told of it, and the
    document read by the next reader that accepts it.
    """
    with organs_added(organs):
        return _read(text, tuple(bodies), readers, failed)


def _read(
    text: str,
    bodies: tuple[KnownBody, ...],
    readers: Sequence[DocumentReader],
    failed: ReaderFailed | None,
) -> Draft:
    # In NFC first: a copy in decomposed letters ("Unicode tổ hợp") reads as its composed twin;
    # the invisible characters web pages and editors leave (zero-width spaces, a byte-order
    # mark) are no part of any word, and a look-alike letter is the letter it stands for.
    # Lines in an old 8-bit font (TCVN3) are read as the letters they print, before the
    # look-alike letters are (its "Ð" is "é", not the eth for "Đ").
    text = old_font_decoded(normalize_text(text)).translate(_REPAIRED)
    # A flattened opening dated "ngày 8-4-2010" is dated in words first, as unfolding knows it.
    text = spelled_run_on_date(_scan_heading(_without_portal_footer(text)))
    text = _basis_words(unfolded(text))
    source = source_lines(text)
    unmarked = without_draft_mark(source)
    lines = part_run_on_basis(part_type_line(unmarked))
    opening = read_opening(lines)
    if opening.title and " " not in opening.title.strip() and opening.end >= len(lines):
        # The copy stops in the title's first word ("THÔNG TƯ LIÊN TỊCH" / "HƯỚN"): none read.
        cut = opening.title_printed or opening.title
        opening = attrs.evolve(
            opening, title=None, title_printed=None, title_cut=cut, recased=False
        )
    document = ReadDocument(text, tuple(lines), opening, tuple(bodies))
    draft = _read_with(document, readers, failed)
    if draft is None:
        draft = DraftBuilder(Parties(tuple(bodies)))
        read_issuers(document, draft)
        reader = next(r for r in READERS if r.accepts(document))
        reader.read(document, draft)
    _addressed(document, draft)
    if unmarked != source:
        _flag_draft_mark(draft)
    if draft.document == "records":
        return _records(draft)
    finish(document, draft)
    _checked(draft)
    return Draft(data=draft.data, unsure=tuple(draft.remarks), document="program")


def _flag_draft_mark(draft: DraftBuilder) -> None:
    """Flag the date of a copy that is a draft ("DỰ THẢO", "Dự thảo lần 2"), its mark left out.

    A draft put out for comment is no signed text: its number, date and signatures may be
    blanks or change; the mark is no part of its type line or title, and is said here.
    """
    draft.flag(
        "outcomes[0].date" if draft.document == "records" else "signed_on",
        "Bản sao là dự thảo (có dấu “Dự thảo”): số, ngày và chữ ký chưa phải của văn bản đã "
        "ký, kiểm tra.",
        "the copy is a draft (marked 'Dự thảo'): its number, date and signatures are not a "
        "signed text's; check them",
    )


def _addressed(document: ReadDocument, draft: DraftBuilder) -> None:
    """Whom the letter or report is sent to (*Kính gửi*), unless its reader said already.

    A preamble that opens with the addressee line (a letter's text read whole) starts
    after it: the addressees are kept once, in their field. A subject line ("V/v ...")
    a copy printed under them is the letter's title, when the draft has none.
    """
    addressees, after = read_addressees(document.lines)
    if not addressees:
        return
    if draft.document == "records":
        for outcome in draft.data.get("outcomes", [])[:1]:
            outcome.setdefault("addressees", addressees)
        return
    draft.data.setdefault("addressees", addressees)
    subject = document.lines[after].strip(" |") if after < len(document.lines) else ""
    if re.match(r"V/[Vv]\s", subject) and not draft.data.get("title"):
        # A web copy that printed the letter's subject ("V/v ...") under its addressees.
        draft.data["title"] = subject
        after += 1
        said = str(draft.data.get("preamble", ""))
        if said.startswith(subject):
            draft.data["preamble"] = said[len(subject) :].strip()
    preamble = draft.data.get("preamble")
    if (
        isinstance(preamble, str)
        and re.match(r"Kính\s+gửi\b", preamble)
        and after < len(document.lines)
    ):
        text = document.lines[after].strip(" |")[:40]
        cut = preamble.find(text) if text else -1
        if cut > 0:
            draft.data["preamble"] = preamble[cut:]


def _read_with(
    document: ReadDocument, readers: Sequence[DocumentReader], failed: ReaderFailed | None
) -> DraftBuilder | None:
    """The draft the first plugin reader that accepts the document reads, or None."""
    for reader in readers:
        draft = DraftBuilder(Parties(document.bodies))
        read_issuers(document, draft)
        try:
            if not reader.accepts(document):
                continue
            reader.read(document, draft)
        except (Exception, SystemExit) as exc:  # a plugin's fault: told, the next one reads
            if failed is None:
                raise
            failed(reader, exc)
            continue
        return draft
    return None


def _checked(draft: DraftBuilder) -> None:
    """Make sure the draft loads: a field the file format refuses is left out and listed.

    The importer writes only what it read; should a value still break a
    rule of the format (an id twice, a date out of range), the value is
    dropped and the item says what to complete, so that a draft is always
    written.
    """
    import copy

    from coordprog.io._documents import program_from_data
    from coordprog.model._errors import ValidationError
    from coordprog.model._validation import validate

    for _ in range(8):
        try:
            program_from_data(copy.deepcopy(draft.data), "toml", check=validate)
        except ValidationError as exc:
            dropped = False
            for problem in exc.problems:
                if "U+" in problem.message:
                    # Text the file format refuses outright (a direction control, a control
                    # character): the document is refused where it holds it, not repaired.
                    continue
                if problem.path and _drop(draft.data, problem.path):
                    dropped = True
                    draft.flag(
                        problem.path,
                        f"Giá trị đọc được không hợp lệ và đã bỏ: {problem.message}",
                        f"left out: {problem.message}",
                    )
            draft.data["to_complete"] = draft.items
            if not dropped:
                return
        else:
            return


def _drop(data: dict[str, Any], path: str) -> bool:
    """Remove the value at ``path`` ("signatories[1].party": the whole signatory) from ``data``."""
    steps = re.findall(r"[^.\[\]]+|\[\d+\]", path)
    holder: Any = data
    for step in steps[:-1]:
        key: Any = int(step[1:-1]) if step.startswith("[") else step
        try:
            holder = holder[key]
        except (KeyError, IndexError, TypeError):
            return False
    last = steps[-1]
    if (
        not last.startswith("[")
        and isinstance(holder, dict)
        and len(steps) >= 2
        and steps[-2].startswith("[")
    ):
        # A field of a list element: drop the element (a signatory without its party).
        parent: Any = data
        for step in steps[:-2]:
            parent = parent[int(step[1:-1])] if step.startswith("[") else parent[step]
        index = int(steps[-2][1:-1])
        if isinstance(parent, list) and index < len(parent):
            del parent[index]
            return True
        return False
    try:
        if last.startswith("["):
            del holder[int(last[1:-1])]
        else:
            del holder[last]
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _records(draft: DraftBuilder) -> Draft:
    if draft.items:
        draft.data["to_complete"] = draft.items
    return Draft(data=draft.data, unsure=tuple(draft.remarks), document="records")
