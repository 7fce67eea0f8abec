"""Score the importer on the development set's texts as other copies would print them.

Run from the repository root:

    python benchmarks/import_variants.py              # every variant
    python benchmarks/import_variants.py wrapped nfd  # some of them

The same document reaches users in many copies: a PDF's text wrapped at the
page's width, a file in decomposed letters, a web page with zero-width
spaces, a type line typed with its capitals spaced out, recipients flattened
onto one line. Each variant below rewrites every development text the way
one such copy differs, without changing any fact a careful reader would
transcribe, and scores the drafts against the same ``facts.toml``. A
variant that loses facts, or adds wrong ones, shows a way of printing the
importer does not read yet.

Only the development set is read: the evaluation set stays unread (see
``tests/import_corpus/README.md``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import coordprog
from benchmarks import import_facts as nf
from benchmarks.import_match import RECOVERED, WRONG, Outcome, compare


def _wrapped(text: str) -> str:
    """Lines longer than a page's width broken at 72 columns (a one-line web page is left)."""
    lines: list[str] = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, 72) if 75 < len(line) < 600 else [line]
    return "\n".join(lines)


def _decomposed(text: str) -> str:
    """Every accent a code point of its own (NFD), as some editors save Vietnamese."""
    return unicodedata.normalize("NFD", text)


def _invisible(text: str) -> str:
    """A byte-order mark first, and zero-width spaces after the number's colon and at line ends."""
    return "\ufeff" + text.replace("Số:", "Số:\u200b", 1).replace("\n", "\u200b\n", 8)


_TYPE_LINE = re.compile(
    r"(?m)^(QUYẾT ĐỊNH|KẾ HOẠCH|QUY CHẾ|CHƯƠNG TRÌNH|THÔNG TƯ LIÊN TỊCH|THÔNG TƯ|NGHỊ QUYẾT"
    r"|HƯỚNG DẪN|THÔNG BÁO|BÁO CÁO)\s*$"
)


def _spaced_type(text: str) -> str:
    """The type line typed with its capitals spaced out: "K Ế   H O Ạ C H"."""
    return _TYPE_LINE.sub(lambda m: "   ".join(" ".join(word) for word in m[0].split()), text, 1)


def _type_run_on(text: str) -> str:
    """The type line run on with a title in small letters: "QUYẾT ĐỊNH Ban hành ..."."""
    return re.sub(_TYPE_LINE.pattern + r"\n(?=[A-ZĐ][^\n]*[a-zđ])", r"\1 ", text, count=1)


def _place_without_comma(text: str) -> str:
    """The place-and-date line without its comma: "Quảng Ngãi ngày 10 tháng 9 năm 2013"."""
    return re.sub(r"(?m)^(\s*[^\d,\n]{2,30}), (ngày \d{1,2} tháng)", r"\1 \2", text, count=1)


def _number_without_colon(text: str) -> str:
    """The number line without its colon: "Số 45/KH-UBND"."""
    return re.sub(r"(?m)^(\s*)Số\s*:\s*", r"\1Số ", text, count=1)


#: The national heading's two lines, the state's name and its motto, each alone on its line.
_NATIONAL_HEADING = re.compile(
    r"(?im)^[ \t]*(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    r"|Độc lập\s*[-\u2013]\s*Tự do\s*[-\u2013]\s*Hạnh phúc)[ \t]*\n"
)


def _without_national_heading(text: str) -> str:
    """The national heading left out, as many web copies print a document.

    The letterhead, number, place and date stay, with no "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM" / "Độc lập - Tự do - Hạnh phúc" between them.
    """
    return _NATIONAL_HEADING.sub("", text, 2)


def _body(text: str, rewrite: Callable[[str], str]) -> str:
    """``rewrite`` applied to the lines after the opening's first fifteen."""
    lines = text.split("\n")
    return "\n".join(lines[:15] + [rewrite(line) for line in lines[15:]])


def _slashed_dates(text: str) -> str:
    """Dates in the body written with slashes: "ngày 19/6/2015"."""
    spelled = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
    return _body(text, lambda line: spelled.sub(r"ngày \1/\2/\3", line))


def _numbered_bases(text: str) -> str:
    """Each *Căn cứ* of the preamble numbered: "1. Căn cứ ...", "2. Căn cứ ..."."""
    count = 0

    def numbered(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{match[1]}{count}. Căn cứ"

    return re.sub(r"(?m)^(\s*)Căn cứ", numbered, text)


def _glued_articles(text: str) -> str:
    """Articles whose number the copy glued to the word: "Điều1."."""
    return re.sub(r"(?m)^(\s*)Điều (\d+)\.", r"\1Điều\2.", text)


def _flat_recipients(text: str) -> str:
    """The *Nơi nhận* list flattened onto its first line: "Nơi nhận: - A; - B; - Lưu: VT."."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("Nơi nhận")), None)
    if start is None:
        return text
    end = start + 1
    items = [lines[start].strip()]
    while end < len(lines) and (re.match(r"^\s*[-+•]", lines[end]) or not lines[end].strip()):
        if lines[end].strip():
            items.append(lines[end].strip())
        end += 1
    return "\n".join([*lines[:start], " ".join(items), *lines[end:]])


_RULE = re.compile(r"^\s*[-_=*.]{3,}\s*$")
_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
_SIGNER = re.compile(rf"^(?:[{_CAPITAL}][^\s\d]*\s+){{1,4}}[{_CAPITAL}][^\s\d]*$")


def _side_by_side(left: list[str], right: list[str]) -> list[str]:
    """Two columns printed on the same rows, as a PDF's text keeps a table: a wide gap between."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [f"{a:<44}      {b}".rstrip() for a, b in zip(left, right, strict=True)]


def _piped(left: list[str], right: list[str]) -> list[str]:
    """Two columns as a Markdown table, as a page converted from HTML keeps a layout table."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    table = [f"| {a} | {b} |" for a, b in zip(left, right, strict=True)]
    return [table[0], "|---|---|", *table[1:]]


def _stacked(left: list[str], right: list[str]) -> list[str]:
    """A layout table read column by column: the left column's lines, then the right's."""
    return [*left, *right]


def _tabbed(left: list[str], right: list[str]) -> list[str]:
    """Two columns on the same rows with one tab between, as a word processor's text keeps them."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [f"{a}\t{b}".rstrip() for a, b in zip(left, right, strict=True)]


def _heading_columns(
    text: str, columns: Callable[[list[str], list[str]], list[str]] = _side_by_side
) -> str:
    """The letterhead beside the national heading, the number beside the place and date.

    A PDF's text keeps the page's two columns on the same rows: "ỦY BAN NHÂN DÂN  ...
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH KON TUM ... Độc lập - Tự do - Hạnh phúc",
    "Số: 2516/KH-UBND ... Kon Tum, ngày 03 tháng 10 năm 2014". Texts whose opening is not
    laid out so (letterhead lines, national heading, motto, number, date) are left.
    """
    lines = text.split("\n")
    heading = next(
        (i for i, line in enumerate(lines[:30]) if re.match(r"^\s*CỘNG\s+H(?:ÒA|OÀ)\s", line)), None
    )
    if heading is None or "|" in lines[heading]:
        return text
    start, letterhead = heading, list[str]()
    while start > 0 and len(letterhead) < 4:
        line = lines[start - 1].strip()
        if line and not _RULE.match(line) and (line.upper() != line or len(line) > 70):
            break
        start -= 1
        if line and not _RULE.match(line):
            letterhead.insert(0, line)
    found: dict[str, str] = {}
    end = heading + 1
    while end < min(len(lines), heading + 9):
        line = lines[end].strip()
        if line and not _RULE.match(line):
            kind = (
                "motto"
                if "Độc lập" in line or "ĐỘC LẬP" in line
                else "number"
                if re.match(r"^Số\s*[:.]?\s*\S", line)
                else "date"
                if re.search(r"ngày\s+\S+\s+tháng", line)
                else None
            )
            if kind is None or kind in found:
                break
            found[kind] = line
        end += 1
    if not letterhead or len(found) < 3:
        return text
    if columns in (_piped, _stacked):
        rows = columns(
            [*letterhead, found["number"]], [lines[heading].strip(), found["motto"], found["date"]]
        )
    else:
        rows = columns(letterhead, [lines[heading].strip(), found["motto"]])
        rows += columns([found["number"]], [found["date"]])
    return "\n".join([*lines[:start], *rows, *lines[end:]])


def _signature_columns(text: str) -> str:
    """The recipients in the left column, the signature block in the right, on the same rows.

    The signed page's last table, as a PDF's text keeps it: "- Như Điều 3; ... KT. CHỦ
    TỊCH". Texts without a dashed list under *Nơi nhận* followed by a signature that ends
    with a signer's name are left.
    """
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("Nơi nhận")), None)
    if start is None:
        return text
    end = start + 1
    while end < len(lines) and lines[end].strip().startswith(("-", "\u2013", "+", "•")):
        end += 1
    signature: list[str] = []
    after = end
    while after < len(lines) and len(signature) < 7:
        line = lines[after].strip()
        after += 1
        if line and line != "|" and not _RULE.match(line):
            signature.append(line)
            if _SIGNER.match(line) and line.upper() != line:
                break
    if end == start + 1 or len(signature) < 2 or not _SIGNER.match(signature[-1]):
        return text
    recipients = [line.strip() for line in lines[start:end]]
    return "\n".join([*lines[:start], *_side_by_side(recipients, signature), *lines[after:]])


def _title_in_capitals(text: str) -> str:
    """The title under the type line printed in capitals, as many web copies print it.

    The lines in small letters after the type line, up to the body that decides (already in
    capitals), the first *Căn cứ* or the first article. Texts without such a title are left.
    """
    lines = text.split("\n")
    span = _title_span(
        lines,
        lambda line: line.upper() == line or line.startswith(("Căn cứ", "Điều", "Chương", "(")),
    )
    if span is None or span[1] == span[2]:
        return text
    _, start, end = span
    return "\n".join([*lines[:start], *(line.upper() for line in lines[start:end]), *lines[end:]])


def _title_span(lines: list[str], ends: Callable[[str], bool]) -> tuple[int, int, int] | None:
    """The type line's index and the title's lines under it (start, end), or None.

    The title is the non-blank lines after the type line, at most six, up to a line ``ends``
    says ends it.
    """
    at = next((i for i, line in enumerate(lines[:60]) if _TYPE_LINE.match(line.strip())), None)
    if at is None:
        return None
    start = at + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < min(len(lines), start + 6):
        line = lines[end].strip()
        if not line or ends(line):
            break
        end += 1
    return at, start, end


#: A place-and-date line alone, its place of two words at least ("Bình Định, ngày 05 tháng ...").
_PLACE_LINE = re.compile(
    r"^\s*[^\W\d][^\d,|]*\s[^\d,|]+,\s*ngày[\s\d.…_]*tháng[\s\d.…_]*năm\s*\d{4}\s*$"
)
#: Where a title ends: the body that decides, the preamble, the first article, a note in brackets.
_TITLE_ENDS = re.compile(
    r"^(?:Căn cứ|Điều|Chương|\(|I\.|1\.|(?:ỦY|UỶ) BAN NHÂN DÂN|BỘ TRƯỞNG|THỦ TƯỚNG|HỘI ĐỒNG)"
)


def _place_under_title(text: str) -> str:
    """The place-and-date line printed under the title, as some copies print the heading.

    Copies that print the heading's right column after the title ("QUYẾT ĐỊNH" / "Ban hành
    ..." / "Hà Nội, ngày ..."). The title is the lines under the type line up to a blank
    line, the body that decides, the preamble or the first article. Texts whose place line
    is not alone on its line before the type line, or is broken over lines, or whose title's
    end is not found, are left.
    """
    lines = text.split("\n")
    span = _title_span(lines, lambda line: "|" in line or bool(_TITLE_ENDS.match(line)))
    if span is None:
        return text
    at, start, end = span
    place = next((i for i in range(at) if _PLACE_LINE.match(lines[i])), None)
    after = next((line.strip() for line in lines[end:] if line.strip()), "")
    if place is None or end == start or not (_TITLE_ENDS.match(after) or _RULE.match(after)):
        return text  # a title going on after a blank line, or its end not found
    above = next((line.strip() for line in reversed(lines[:place]) if line.strip()), "")
    if len(above.split()) == 1 and above.upper() != above:
        return text  # "Thừa" / "Thiên Huế, ngày ...": a place broken over lines
    moved = [*lines[:place], *lines[place + 1 : end], lines[place].strip(), *lines[end:]]
    return "\n".join(moved)


def _blank_lines(text: str) -> str:
    """A blank line after every line, as a web page's paragraphs reach the clipboard."""
    return "\n\n".join(text.split("\n"))


_NUMBER_LINE = re.compile(r"(?m)^\s*Số\s*:\s*(\S+)")
_SIGNED_ON = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def _site_heading(text: str) -> str:
    """A legal-document site's heading before the text: its number, kind and dates in a list.

    "Số hiệu: 45/KH-UBND", "Ngày ban hành: 10/09/2013", and the date the document took
    effect, which is not the date it was signed. Texts without a number line and a signing
    date in their first thirty lines are left.
    """
    head = "\n".join(text.split("\n")[:30])
    number, signed = _NUMBER_LINE.search(head), _SIGNED_ON.search(head)
    kind = _TYPE_LINE.search(text)
    if number is None or signed is None or kind is None:
        return text
    day, month, year = (int(part) for part in signed.groups())
    try:
        effective = (dt.date(year, month, day) + dt.timedelta(days=15)).strftime("%d/%m/%Y")
    except ValueError:  # a misprinted date: the copy's own
        return text
    heading = [
        f"{kind[1].capitalize()} {number[1]}",
        f"Số hiệu: {number[1]}",
        f"Loại văn bản: {kind[1].capitalize()}",
        f"Ngày ban hành: {day:02d}/{month:02d}/{year}",
        f"Ngày hiệu lực: {effective}",
        "Tình trạng: Còn hiệu lực",
        "",
    ]
    return "\n".join(heading) + "\n" + text


def _related_documents(text: str) -> str:
    """A legal site's lists of related documents before the text, as its pages print them.

    "Văn bản bị thay thế", "Văn bản được căn cứ", "Văn bản liên quan", each over a document
    of another number and date than the text's own: one it replaced, three years before; one
    it rests on, five years before; a plan that carries it out, the year after. Texts without
    a number line and a signing date in their first thirty lines are left.
    """
    head = "\n".join(text.split("\n")[:30])
    number, signed = _NUMBER_LINE.search(head), _SIGNED_ON.search(head)
    kind = _TYPE_LINE.search(text)
    if number is None or signed is None or kind is None:
        return text
    serial = re.match(r"(\d+)(\D.*)", number[1])
    if serial is None:
        return text
    year = int(signed[3])
    symbol = serial[2].replace(str(year), str(year - 3))
    based = serial[2].replace(str(year), str(year - 5))
    heading = [
        "Văn bản bị thay thế",
        f"{kind[1].capitalize()} {int(serial[1]) + 37}{symbol} ngày 12/03/{year - 3} về quy chế",
        "Văn bản được căn cứ",
        f"Quyết định số {int(serial[1]) + 101}{based} ngày 4 tháng 9 năm {year - 5}",
        "Văn bản liên quan",
        f"Kế hoạch {int(serial[1]) + 5}/KH-UBND ngày 20/06/{year + 1} triển khai thực hiện",
        "",
    ]
    return "\n".join(heading) + "\n" + text


#: The tone marks, as decomposed: a scan's capitals lose them.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _type_without_tones(text: str) -> str:
    """The type line without its tone marks, as a scan's text prints capitals: "QUYÊT ĐINH"."""

    def untoned(match: re.Match[str]) -> str:
        bare = unicodedata.normalize("NFD", match[0])
        return unicodedata.normalize("NFC", "".join(c for c in bare if c not in _TONE_MARKS))

    return _TYPE_LINE.sub(untoned, text, 1)


def _number_letters(text: str) -> str:
    """The number's digits as a scan's text misreads them: "O" for "0", "l" for "1".

    "Số: 3O/2Ol8/QĐ-UBND"; the number line's serial and year only, its symbol left.
    """
    found = _NUMBER_LINE.search(text)
    if found is None:
        return text
    misread = str.maketrans("01", "Ol")
    number = re.sub(
        r"^\d+|(?<=[/-])(?:19|20)\d\d(?=[/-]|$)", lambda m: m[0].translate(misread), found[1]
    )
    return f"{text[: found.start(1)]}{number}{text[found.end(1) :]}"


def _scan_heading(text: str) -> str:
    """The national heading and the number's label as a scan's text misreads them.

    "CỘNG HOÀ XÁ HỘI CHỦ NGHĨA VIỆT NAM" (the tilde of "XÃ" read as an acute) and "Sô:" for
    "Số:" (the number line's first); texts printing neither are left.
    """
    text = re.sub(r"CỘNG (HÒA|HOÀ) XÃ HỘI", r"CỘNG \1 XÁ HỘI", text, count=1)
    return re.sub(r"(?m)^(\s*)Số(\s*:)", r"\1Sô\2", text, count=1)


def _spaced_body_words(text: str) -> str:
    """A body's words in capitals in the opening a scan split with a space: "ỦY B AN NHÂN D ÂN".

    Every "BAN NHÂN DÂN" in the first 2,500 characters (the letterhead, the deciding line).
    """
    head = text[:2500].replace("BAN NHÂN DÂN", "B AN NHÂN D ÂN")
    return head + text[2500:]


#: A provincial web portal's footer, as its pages print it under every text they carry.
_PORTAL_FOOTER = (
    "",
    "Cổng thông tin điện tử tỉnh Nghệ An",
    "Địa chỉ: Số 03, đường Trường Thi, thành phố Vinh, tỉnh Nghệ An",
    "Điện thoại: 0238.3844.345 - Fax: 0238.3844.678",
    "Bản quyền thuộc Ủy ban nhân dân tỉnh Nghệ An",
    "Cơ quan chủ quản: UBND tỉnh Nghệ An",
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
)


def _portal_footer(text: str) -> str:
    """A provincial web portal's footer after the text: its name, address, rights, owner.

    The portal is Nghệ An's, whatever the text's province: a portal carries central texts
    and other provinces' too.
    """
    return text.rstrip("\n") + "\n" + "\n".join(_PORTAL_FOOTER) + "\n"


def _report_title_above(text: str) -> str:
    """A report's title printed above its type line ("Tổng kết ..." / "BÁO CÁO").

    Copies of schools' and unions' reports that print the title first. The lines under
    "BÁO CÁO" up to the first line in capitals or of the body; other texts are left.
    """
    lines = text.split("\n")
    span = _title_span(
        lines, lambda line: "|" in line or bool(_TITLE_ENDS.match(line)) or line.upper() == line
    )
    if span is None or span[1] == span[2] or lines[span[0]].strip() != "BÁO CÁO":
        return text
    at, start, end = span
    return "\n".join([*lines[:at], *lines[start:end], lines[at], *lines[end:]])


def _draft_mark(text: str) -> str:
    """A draft's mark beside the type line: "KẾ HOẠCH    Dự thảo lần 2".

    Drafts put out for comment, and the copies portals keep of them, print the mark beside
    (or above) the type line; the mark is no fact of the document. Texts without a type
    line alone on its line are left.
    """
    return _TYPE_LINE.sub(lambda m: m[0].replace(m[1], f"{m[1]}    Dự thảo lần 2", 1), text, 1)


#: The date of the place-and-date line, spelled out: ", ngày 05 tháng 3 năm 2020".
_PLACE_DATE_SPELLED = re.compile(r",(\s*)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def _dashed_date(text: str) -> str:
    """The place-and-date line dated with hyphens: "Ba Tơ, ngày 8-4-2010".

    Offices that type the date in figures print it so, and copies flattened onto one line
    run it on with the type line. The first date after a comma in the first 4,000
    characters; texts without one are left.
    """
    found = _PLACE_DATE_SPELLED.search(text[:4000])
    if found is None:
        return text
    day, month, year = int(found[2]), int(found[3]), found[4]
    return f"{text[: found.start()]},{found[1]}ngày {day}-{month}-{year}{text[found.end() :]}"


#: The variants, by name: each a copy's way of printing the same document.
def _cut_at_start(text: str) -> str:
    """The copy starts at the first line past its 300th character, as excerpts and fragments do.

    A search engine's excerpt or a page's fragment of a document starts past its letterhead,
    number or place line, in its title or its *căn cứ*. Texts of fewer than 700 characters
    are left.
    """
    if len(text) < 700:
        return text
    at = text.find("\n", 300)
    return text[at + 1 :] if at >= 0 else text


def _number_as_record(text: str) -> str:
    """The number line cut away, the number given by the site's record above the document.

    Legal sites print "Số hiệu văn bản: 06/2019/QĐ-UBND" over a copy whose own number line
    their extraction lost. Texts without a number line in their first forty lines are left.
    """
    head = "\n".join(text.split("\n")[:40])
    found = re.search(r"(?m)^([ \t|]*)Số\s*:\s*(\S+)(.*)$", head)
    if found is None:
        return text
    rest = found[3].strip()
    kept = found[1] + rest if rest else ""
    return f"Số hiệu văn bản: {found[2]}\n" + text[: found.start()] + kept + text[found.end() :]


def _title_lines(text: str) -> tuple[list[str], int, int] | None:
    """The text's lines and its title's (start, end) under the type line, or None.

    The title ends at a blank line, a cell, the body that decides, the preamble, the first
    article, a note in brackets or a rule.
    """
    lines = text.split("\n")
    span = _title_span(
        lines, lambda line: "|" in line or bool(_TITLE_ENDS.match(line) or _RULE.match(line))
    )
    if span is None or span[1] == span[2]:
        return None
    return lines, span[1], span[2]


def _title_run_on(text: str) -> str:
    """The title's last line run on with the line after it, as a web page's paragraph joins them.

    "... biên giới đất liền Căn cứ Luật ...", "... của Bộ Tư pháp BỘ TRƯỞNG BỘ TƯ PHÁP": the
    first *Căn cứ*, the body that decides or a report's first heading on the title's line.
    Texts whose title is followed by a blank line or a cell are left.
    """
    found = _title_lines(text)
    if found is None:
        return text
    lines, _, end = found
    if end >= len(lines) or not lines[end].strip() or "|" in lines[end]:
        return text
    joined = f"{lines[end - 1].rstrip()} {lines[end].strip()}"
    return "\n".join([*lines[: end - 1], joined, *lines[end + 1 :]])


def _title_page_break(text: str) -> str:
    """A page break inside a title of two lines or more: "Trang 2" between its lines.

    As a PDF's text prints a page's number where the title goes on the next page. Texts
    whose title is one line are left.
    """
    found = _title_lines(text)
    if found is None or found[2] - found[1] < 2:
        return text
    lines, start, _ = found
    return "\n".join([*lines[: start + 1], "", "Trang 2", "", *lines[start + 1 :]])


def _last_line_in_capitals(text: str) -> str:
    """A title's last line printed in capitals under its lines in small letters.

    As some web copies print a title whose last line was bold capitals in the signed text:
    "Ban hành Quy chế điều hành hoạt động" / "TẠI CÁC CỬA KHẨU BIÊN GIỚI ĐẤT LIỀN". Texts
    whose title is one line are left.
    """
    found = _title_lines(text)
    if found is None or found[2] - found[1] < 2:
        return text
    lines, _, end = found
    return "\n".join([*lines[: end - 1], lines[end - 1].upper(), *lines[end:]])


#: The first place-and-date line, as the signature stamp variant reads it.
_FIRST_DATE_LINE = re.compile(
    r"^[^\n,\d]{2,40},\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*((?:19|20)\d\d)", re.M
)


def _signature_stamp(text: str) -> str:
    """The Ban Cơ yếu digital signature block after the text, its time the day after the date.

    As a provincial portal's PDF prints the office's signature on the copy it publishes
    ("2022-01-24T10:44:51+0700" / "BAN CƠ YẾU CHÍNH PHỦ" / "... đã ký lên văn bản này!"),
    often a day or more after the date printed. Texts without a place-and-date line are left.
    """
    found = _FIRST_DATE_LINE.search(text)
    if found is None:
        return text
    try:
        day = dt.date(int(found[3]), int(found[2]), int(found[1])) + dt.timedelta(days=1)
    except ValueError:
        return text
    return (
        text.rstrip("\n")
        + "\n\n\t\tCỤC CHỨNG THỰC SỐ VÀ BẢO MẬT THÔNG TIN - BCYCP - ĐT: 0243.7738668; Fax: "
        "0243.7738668; Email: ca@bcy.gov.vn\n"
        f"\t{day.isoformat()}T10:44:51+0700\n\tBAN CƠ YẾU CHÍNH PHỦ\n"
        "\tVăn thư<vanthu@example.gov.vn> đã ký lên văn bản này!\n"
    )


VARIANTS: dict[str, Callable[[str], str]] = {
    "wrapped": _wrapped,
    "nfd": _decomposed,
    "invisible": _invisible,
    "spaced-type": _spaced_type,
    "type-run-on": _type_run_on,
    "number-no-colon": _number_without_colon,
    "place-no-comma": _place_without_comma,
    "no-motto": _without_national_heading,
    "slashed-dates": _slashed_dates,
    "numbered-bases": _numbered_bases,
    "glued-articles": _glued_articles,
    "flat-recipients": _flat_recipients,
    "heading-columns": _heading_columns,
    "signature-columns": _signature_columns,
    "blank-lines": _blank_lines,
    "piped-heading": lambda text: _heading_columns(text, _piped),
    "tabbed-heading": lambda text: _heading_columns(text, _tabbed),
    "stacked-heading": lambda text: _heading_columns(text, _stacked),
    "site-heading": _site_heading,
    "title-capitals": _title_in_capitals,
    "related-documents": _related_documents,
    "type-no-tones": _type_without_tones,
    "number-letters": _number_letters,
    "place-under-title": _place_under_title,
    "scan-heading": _scan_heading,
    "spaced-body-words": _spaced_body_words,
    "portal-footer": _portal_footer,
    "report-title-above": _report_title_above,
    "cut-at-start": _cut_at_start,
    "number-as-record": _number_as_record,
    "title-run-on": _title_run_on,
    "title-page-break": _title_page_break,
    "draft-mark": _draft_mark,
    "dashed-date": _dashed_date,
    "last-line-capitals": _last_line_in_capitals,
    "signature-stamp": _signature_stamp,
}


def _key(outcome: Outcome) -> tuple[str, str, str]:
    return outcome.category, outcome.fact, str(outcome.expected)


def score_variant(
    slugs: Sequence[str], rewrite: Callable[[str], str], corpus: Path = nf.CORPUS
) -> Counter[str]:
    """Facts recovered, lost and wrong added when every text is rewritten by ``rewrite``.

    ``lost`` counts the facts recovered from the text as it is and not from the
    variant; ``wrong`` the wrong facts the variant adds, ``unflagged`` those of
    them not flagged.
    """
    counts: Counter[str] = Counter()
    for slug in slugs:
        facts = nf.load_facts(corpus / slug / "facts.toml")
        text = (corpus / slug / "source.txt").read_text(encoding="utf-8")
        as_is = coordprog.import_text(text)
        before = {_key(o): o for o in compare(facts, as_is.data, as_is.unsure)}
        rewritten = rewrite(text)
        counts["changed"] += rewritten != text
        variant = coordprog.import_text(rewritten)
        for outcome in compare(facts, variant.data, variant.unsure):
            counts["facts"] += 1
            counts["recovered"] += outcome.status == RECOVERED
            was = before.get(_key(outcome))
            if was is not None and was.status == RECOVERED and outcome.status != RECOVERED:
                counts["lost"] += 1
            if outcome.status == WRONG and (was is None or was.status != WRONG):
                counts["wrong"] += 1
                counts["unflagged"] += not outcome.flagged
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: score the named variants (all by default), print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("variants", nargs="*", choices=[[], *VARIANTS], metavar="VARIANT")
    args = parser.parse_args(argv)
    slugs = nf.load_split()["dev"]
    print(f"## Development set, {len(slugs)} texts, printed otherwise\n")
    print("| variant | texts changed | facts recovered | lost | wrong added (unflagged) |")
    print("|---|---|---|---|---|")
    for name in args.variants or VARIANTS:
        c = score_variant(slugs, VARIANTS[name])
        print(
            f"| {name} | {c['changed']} | {c['recovered']} of {c['facts']} | {c['lost']} "
            f"| {c['wrong']} ({c['unflagged']}) |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
