"""The tail of a document: its signature blocks and *Nơi nhận* (the recipients).

Its addressees (*Kính gửi*), whom the "Như trên" of *Nơi nhận* means, are read here too.

A signature block is an authority line or two ("TM. ỦY BAN NHÂN DÂN", "KT.
CHỦ TỊCH"), the signer's post ("PHÓ CHỦ TỊCH"), a rank for the armed forces
("Thượng tướng"), and the name; a web copy of a two-column table prints the
columns' lines one after the other ("TM. A", "TM. B", "CHỦ TỊCH", "CHỦ
TỊCH", "Name A", "Name B"): each post takes the next name in turn.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from coordprog.importer._document_text import LOWER_LETTERS, UPPER_LETTERS, looks_like_name
from coordprog.importer._grammar import BodyName, ends_cut, find_bodies, read_body
from coordprog.importer._opening import names_a_document, type_of
from coordprog.importer._places import fold

#: An authority line: *thay mặt*, *ký thay*, *quyền*, *thừa lệnh*, *thừa ủy quyền*, and the
#: *đại diện* ("ĐẠI DIỆN BỘ CHỈ HUY ...") of a body signing a joint document.
AUTHORITY = re.compile(
    r"^(?P<mark>TM|KT|K/T|T/M|Q|TL|T/L|TUQ|ĐẠI DIỆN|ĐD)\s*(?P<dot>\.)?\s+(?P<rest>.*)$"
)
#: Where a second signature block starts on the line of the first (two columns on one line).
_NEXT_BLOCK = re.compile(r"\s+(?=(?:TM|KT|K/T|T/M|TL|TUQ|ĐẠI DIỆN)\s*\.?\s+[A-ZĐ])")
#: The posts printed above a signature, optionally with their body ("BỘ TRƯỞNG BỘ CÔNG AN").
POSTS = (
    "PHÓ THỦ TƯỚNG",
    "THỦ TƯỚNG",
    "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
    "PHÓ CHỦ TỊCH",
    "CHỦ TỊCH",
    "BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "PHÓ GIÁM ĐỐC",
    "GIÁM ĐỐC",
    "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
    "PHÓ TRƯỞNG BAN",
    "TRƯỞNG BAN",
    "PHÓ VIỆN TRƯỞNG",
    "VIỆN TRƯỞNG",
    "PHÓ CHÁNH ÁN",
    "CHÁNH ÁN",
    "PHÓ BÍ THƯ THƯỜNG TRỰC",
    "PHÓ BÍ THƯ",
    "BÍ THƯ THƯỜNG TRỰC",
    "BÍ THƯ",
    "PHÓ TƯ LỆNH",
    "TƯ LỆNH",
    "PHÓ CHÍNH ỦY",
    "CHÍNH ỦY",
    "PHÓ CHỈ HUY TRƯỞNG",
    "PHÓ CHỦ NHIỆM",
    "PHÓ TỔNG CỤC TRƯỞNG",
    "PHÓ VỤ TRƯỞNG",
    "VỤ TRƯỞNG",
    "CHÁNH THANH TRA",
    "HIỆU TRƯỞNG",
    "CHỦ NHIỆM",
    "TỔNG CỤC TRƯỞNG",
    "PHÓ CỤC TRƯỞNG",
    "CỤC TRƯỞNG",
    "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "CHỈ HUY TRƯỞNG",
    "TỔNG GIÁM ĐỐC",
    "TRƯỞNG PHÒNG",
    "THỦ TRƯỞNG",
    "TỔNG THƯ KÝ",
    "PHÓ THỐNG ĐỐC",
    "THỐNG ĐỐC",
    "PHÓ TỔNG THANH TRA",
    "TỔNG THANH TRA",
    "PHÓ TỔNG KIỂM TOÁN",
    "TỔNG KIỂM TOÁN",
    # The head of a body named after the post, last: "TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG
    # AN HUYỆN" (the district police's).
    "PHÓ TRƯỞNG",
    "TRƯỞNG",
)
_ONE_POST = "|".join(re.escape(post) for post in POSTS)
#: A post, or two a signer holds at once joined by a comma ("THỨ TRƯỞNG, PHÓ CHỦ NHIỆM", a
#: deputy minister who is a deputy chairman of a committee of ministerial rank), optionally
#: with their body.
_POST = re.compile(rf"^(?P<post>(?:{_ONE_POST})(?:\s*,\s*(?:{_ONE_POST}))?)(?:\s+(?P<body>.+))?$")
RANKS = (
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
)
#: A rank and a name printed on one line.
_RANKED = re.compile(r"^(?P<rank>" + "|".join(RANKS) + r")\s+(?P<name>\S.*)$")
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ)\s*\)?\.?$")
_SIGNED_BY = re.compile(r"^(?:đã ký|Đã ký|ĐÃ KÝ)\s*:\s*(?P<name>\S.*)$")


@attrs.frozen
class Signed:
    """One signature as printed: body, authority lines, post, rank, name, and its lines."""

    body: BodyName | None = None
    authority: tuple[str, ...] = ()
    title: str | None = None
    rank: str | None = None
    name: str | None = None
    text: str = ""


def is_post(line: str) -> bool:
    """Whether ``line`` is a signer's post ("PHÓ CHỦ TỊCH", "BỘ TRƯỞNG BỘ CÔNG AN")."""
    return bool(_POST.match(" ".join(line.split())))


def starts_signatures(line: str) -> bool:
    """Whether the signatures (or the recipients) start at ``line``."""
    return bool(
        AUTHORITY.match(line)
        or (is_post(line) and not any(c.islower() for c in line))
        or line.startswith(("Nơi nhận", "NƠI NHẬN"))
    )


#: The mark that ends a document's text, after its last article or paragraph: "./." ("/.").
_TEXT_END = re.compile(r"/\.\s*$")
#: A dashed line, as recipients are printed ("- Như Điều 3;").
_DASHED = re.compile(r"^[-\u2013+]\s*\S")


def recipients_above(lines: list[str], tail: int, start: int) -> int:
    """Where the recipients start, above the signature found at ``tail``, if a copy lost "Nơi nhận".

    A page that prints the signed page's table one cell a line and drops its "Nơi nhận:"
    cell puts the first recipient before the first authority line ("... thi hành Quyết
    định này./." / "- Như Điều 3;" / "TM. ỦY BAN NHÂN DÂN" / "- Bộ Tư pháp;" / ...):
    dashed lines right after the mark that ends the text are recipients, no article's.
    """
    at = tail
    while at > start and _DASHED.match(lines[at - 1]):
        at -= 1
    if start < at < tail and _TEXT_END.search(lines[at - 1]):
        return at
    return tail


def read_tail(lines: list[str]) -> tuple[list[Signed], list[str]]:
    """The signatures and the recipients (*Nơi nhận*, without their dashes) of ``lines``."""
    recipients: list[str] = []
    # A table's row printed on one line, its recipient beside a signature's line: apart.
    lines = [piece for line in lines for piece in _beside_recipient(line)]
    # Two blocks side by side printed on one line ("TM. BAN THƯỜNG VỤ ... TM. BAN ..."), a
    # block's lines on one line, and a post glued to its signer's name: apart.
    lines = [
        part
        for line in lines
        for piece in (_NEXT_BLOCK.split(line) if AUTHORITY.match(line) else [line])
        for block_line in _block_apart(piece)
        for part in _post_apart(block_line)
    ]
    pending: list[dict[str, object]] = []
    done: list[dict[str, object]] = []
    # Recipients first, dashed, without "Nơi nhận" (see recipients_above).
    in_recipients = bool(lines) and bool(_DASHED.match(lines[0]))
    held_body: str = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if index > 1 and _SIGNED.match(lines[index - 2]) and _name_in_capitals(line):
            line = line.title()  # "Đã ký" / "NGUYỄN MINH ĐĂNG": the signer's name in capitals
        if line.startswith(("Nơi nhận", "NƠI NHẬN")):
            in_recipients = True
            rest = line.split(":", 1)[1].strip() if ":" in line else ""
            # "*Nơi nhận:* - A; - B": the heading's closing emphasis is no part of the list.
            rest = re.sub(r"^[*_]+\s*", "", rest)
            if _post_beside_heading(rest, lines[index:]):
                # "Nơi nhận: Bộ trưởng" / "- Văn phòng Chính phủ,": the signature's post.
                body, held_body = _first_body(held_body)
                pending.append({"authority": (), "body": body or None, "lines": [rest]})
                pending[-1]["title"] = " ".join(rest.split())
                continue
            recipients.extend(_recipient(item) for item in _heading_items(rest))
            continue
        if in_recipients:
            read, in_recipients = _recipient_line(line, recipients)
            if read:
                continue
        if _SIGNED.match(line):
            continue
        if done and not pending and type_of(line) == (fold(line.strip()), ""):
            break  # "QUYẾT ĐỊNH" after a signed block: another document the copy goes on with
        signed_by = _SIGNED_BY.match(line)
        if signed_by and looks_like_name(signed_by["name"]):
            line = signed_by["name"]  # "Đã ký: Vũ Đức Khiển": the signer's name
        acting = AUTHORITY.match(line)
        if acting and not any(c.islower() for c in acting["rest"]):
            rest = _misread_post(_authority_whole(acting["rest"], lines, index))
            mark = acting["mark"]
            # The mark as printed: "KT. BỘ TRƯỞNG", or "KT BỘ TRƯỞNG" without its dot.
            written = f"{mark}. {rest}" if acting["dot"] else f"{mark} {rest}"
            current = _continued(pending, written)
            if current is not None:
                current["authority"] = (*current["authority"], written)  # type: ignore[misc]
            else:
                body, held_body = _first_body(held_body)
                pending.append({"authority": (written,), "body": body or None, "lines": [line]})
            continue
        post = _POST.match(" ".join(line.split()))
        if post and not any(c.islower() for c in line):
            waiting = _titled(pending, " ".join(line.split()))
            if waiting is None:
                body, held_body = _first_body(held_body)
                waiting = {"authority": (), "body": body or None, "lines": []}
                pending.append(waiting)
            waiting["title"] = " ".join(line.split())
            waiting["lines"].append(line)  # type: ignore[attr-defined]
            continue
        ranked = _RANKED.match(line)
        if ranked and pending and looks_like_name(ranked["name"]):
            # "Thượng tướng Nguyễn Văn Bình": the rank and the name on one line.
            waiting = next((p for p in pending if p.get("name") is None), None)
            if waiting is not None:
                waiting["rank"] = ranked["rank"]
                line = ranked["name"]
        if line in RANKS or line.title() in RANKS:
            # Two blocks side by side print their ranks on one row: each takes one, in order.
            waiting = next(
                (
                    p
                    for p in pending
                    if p.get("name") is None and p.get("title") and not p.get("rank")
                ),
                None,
            )
            if waiting is not None:
                waiting["rank"] = line
            continue
        if looks_like_name(line) and pending:
            waiting = next((p for p in pending if p.get("name") is None), None)
            if waiting is not None:
                given = _rest_of_name(line, lines, index)
                if given is not None:
                    line, index = f"{line} {given}", index + 1
                waiting["name"] = line
                waiting["lines"].append(line)  # type: ignore[attr-defined]
                if all(p.get("name") for p in pending):
                    done.extend(pending)
                    pending = []
                continue
        if line.isupper() and read_body(line) is not None and not in_recipients:
            if not _body_under_block(pending, line, held_body):
                held_body = f"{held_body}\n{line}".strip()
            continue
        if line.isupper() and held_body:
            held_body = f"{held_body}\n{line}"
    done.extend(pending)
    return _signed(done), recipients


def _rest_of_name(name: str, lines: list[str], index: int) -> str | None:
    """The last syllable of a signer's name a copy broke onto the next line, or None.

    "Nguyễn Sỹ" / "Hiệp |": a table's cell wrapped at its width leaves the given name alone
    on the next row. Two syllables then one alone, capitalised: an official's name has three
    or four, and no line of a signature block is a single such word.
    """
    if len(name.split()) != 2 or index >= len(lines):
        return None
    word = lines[index].strip(" |")
    if not (word.isalpha() and word.istitle()) or word.casefold() in _NOT_NAMES:
        return None
    return word if looks_like_name(f"{name} {word}") else None


#: Single words that end a block's rows and are no part of a name.
_NOT_NAMES = frozenset({"lưu", "nơi", "kt", "tm", "tl", "tuq"})


def _heading_items(rest: str) -> list[str]:
    """The recipients printed on the *Nơi nhận* heading's line after its colon.

    "- A; - B - C;": a dash after a recipient's semicolon starts the next; once semicolons
    part them, one inside a name ("Cục ... QPPL - Bộ Tư pháp;") does not.
    """
    items = re.split(r"(?:^|(?<=[;,.:)])\s)[-\u2013+](?:\s+|$)", rest)
    if len(items) <= 2:
        items = re.split(r"(?:^|\s)[-\u2013+](?:\s+|$)", rest)
    if len(items) == 1:
        items = re.split(r"(?<=;)\s+", rest)  # "Nơi nhận: Như trên; Lưu: VT."
    return [item for item in items if item.strip(" ;.")]


def _name_in_capitals(line: str) -> bool:
    """Whether ``line``, under "Đã ký", is a signer's name printed in capitals.

    "NGUYỄN MINH ĐĂNG": two to five words of letters, all capitals, that are no post, no
    authority line, no body's name and name no document (an annex's "QUYẾT ĐỊNH" or
    "ĐIỀU LỆ" under a block signed "(Đã ký)" without a name).
    """
    words = line.split()
    return (
        2 <= len(words) <= 5
        and all(word.isalpha() and word.isupper() for word in words)
        and not is_post(line)
        and AUTHORITY.match(line) is None
        and read_body(line) is None
        and not names_a_document(line)
        and looks_like_name(line.title())
    )


def _continued(pending: list[dict[str, object]], written: str) -> dict[str, object] | None:
    """The block still waiting for its post that the authority line ``written`` goes on with.

    One block's "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" is the common case. Blocks side by
    side print their "TM." row first and their "KT." row under it, cell by cell: each "KT."
    line goes on with the first block in turn that has none yet and whose body its post heads.
    """
    for entry in pending:
        authority = entry["authority"]
        if entry.get("title") is not None or not isinstance(authority, tuple) or not authority:
            continue
        if len(authority) == 1 and _continues(str(authority[-1]), written):
            return entry
    current = pending[-1] if pending else None
    if current is None or current.get("title") is not None or not current["authority"]:
        return None
    return current if _continues(str(current["authority"][-1]), written) else None  # type: ignore[index]


def _titled(pending: list[dict[str, object]], post: str) -> dict[str, object] | None:
    """The first block still without a post that the signer's ``post`` fits.

    A block signed "KT. CHỦ TỊCH" is signed by a deputy: the head's own post ("CHỦ TỊCH") in
    the row under blocks side by side is the next block's, not this one's.
    """
    waiting = [p for p in pending if p.get("title") is None]
    for entry in waiting:
        authority = entry["authority"]
        last = str(authority[-1]) if isinstance(authority, tuple) and authority else ""
        acting = AUTHORITY.match(last)
        if acting and _mark(last) == "KT" and fold(acting["rest"]) == fold(post):
            continue
        return entry
    return waiting[0] if waiting else None


def _first_body(held: str) -> tuple[str, str]:
    """The body held for the next block, and what is left for the block after it.

    ``held`` is the capitals' lines read since the last block, one a line. Two blocks side
    by side print their bodies on one row ("TÒA ÁN NHÂN DÂN TỐI CAO" and "BỘ TƯ PHÁP" over
    "KT. CHÁNH ÁN" and "KT. BỘ TRƯỞNG"), each a cell of its own: each block takes one, in
    order. Lines that make one body only together ("ỦY BAN NHÂN DÂN" / "TỈNH ...") are one.
    """
    lines = [line for line in held.split("\n") if line.strip()]
    if len(lines) > 1 and all(_whole_body(line) for line in lines):
        return lines[0], "\n".join(lines[1:])
    joined = " ".join(held.split())
    bodies = find_bodies(joined)
    if len(bodies) < 2 or joined[bodies[0].end : bodies[1].start].strip():
        return joined, ""
    return joined[: bodies[0].end].strip(), joined[bodies[1].start :].strip()


def _whole_body(line: str) -> bool:
    """Whether ``line`` names one body whole: a central body, or one with its place."""
    body = read_body(line)
    return (
        body is not None
        and body.end >= len(line.rstrip(" ,"))
        and (body.level == "central" or body.place is not None)
    )


#: The posts that head one kind of body, and the words that body's name starts with (folded):
#: a deputy minister signs for a ministry, a deputy governor for the State Bank.
_POST_ORGANS_WRITTEN = {
    "bộ trưởng": "bộ ",
    "thứ trưởng": "bộ ",
    "viện trưởng": "viện ",
    "chánh án": "tòa án ",
    "cục trưởng": "cục ",
    "tổng cục trưởng": "tổng cục ",
    "vụ trưởng": "vụ ",
    "thống đốc": "ngân hàng nhà nước",
    "tổng thanh tra": "thanh tra chính phủ",
    "tổng kiểm toán": "kiểm toán nhà nước",
}
#: The same, folded as :func:`fold` folds what they are looked up with ("toán" is "tóan").
_POST_ORGANS = {
    fold(post): fold(organ.strip()) + organ[len(organ.rstrip()) :]
    for post, organ in _POST_ORGANS_WRITTEN.items()
}


def organ_headed_by(post: str) -> str | None:
    """The first words (folded) of the kind of body ``post`` heads, if it heads one kind."""
    return _POST_ORGANS.get(fold(" ".join(post.split())).removeprefix("phó ").strip())


def _heads(post: str, body: str) -> bool:
    """Whether a post heads a body by its words: "BỘ TRƯỞNG" a "Bộ ...", "CHÁNH ÁN" a court."""
    organ = organ_headed_by(post)
    return organ is not None and fold(" ".join(body.split())).startswith(organ)


def _body_under_block(pending: list[dict[str, object]], line: str, held_body: str) -> bool:
    """Whether the body in capitals ``line`` is printed under a block's authority or post.

    "KT. VIỆN TRƯỞNG" / "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" / "PHÓ VIỆN TRƯỞNG": the body under
    the authority line whose post heads it, the authority's own words as when printed on one
    line ("KT. BỘ TRƯỞNG BỘ Y TẾ"). "CHÁNH ÁN" / "TÒA ÁN NHÂN DÂN TỈNH" / name: the body under
    the post that heads it. Either is that block's (set here), not the next block's.
    """
    signing = _signs_under(pending, line, held_body)
    if signing is not None:
        signing["body"] = line
        authority = signing["authority"]
        said = f"{authority[-1]} {' '.join(line.split())}"  # type: ignore[index]
        signing["authority"] = (*authority[:-1], said)  # type: ignore[index]
        return True
    headed = _headed_under_post(pending, line, held_body)
    if headed is not None:
        headed["body"] = line
        return True
    return False


def _headed_under_post(
    pending: list[dict[str, object]], line: str, held_body: str
) -> dict[str, object] | None:
    """The block whose post, printed above ``line`` and not yet signed, heads the body ``line``.

    A joint text's blocks may print the post and then the body it heads ("VIỆN TRƯỞNG" /
    "VIỆN KIỂM SÁT NHÂN DÂN TỈNH" / name): the body is that block's. Only the last block
    waiting for its name, without a body of its own, takes it.
    """
    if held_body or not pending:
        return None
    last = pending[-1]
    title = last.get("title")
    if last.get("name") or last.get("body") or not isinstance(title, str):
        return None
    return last if _heads(title, line) else None


def _signs_under(
    pending: list[dict[str, object]], line: str, held_body: str
) -> dict[str, object] | None:
    """The block still without a post or body whose authority's post heads the body ``line``."""
    if held_body:
        return None
    for entry in pending:
        authority = entry.get("authority")
        if entry.get("title") or entry.get("name") or entry.get("body"):
            continue
        if not isinstance(authority, tuple) or not authority:
            continue
        acting = AUTHORITY.match(str(authority[-1]))
        if acting and _mark(str(acting[0])) != "TM" and _heads(acting["rest"], line):
            return entry
    return None


def _misread_post(rest: str) -> str:
    """An authority line's post with a scan's misread mark repaired: "BỘ TRƯỚNG" is "BỘ TRƯỞNG".

    No post ends in "TRƯỚNG"; a scan reads the hook above "Ở" as an acute accent.
    """
    return re.sub(r"TRƯỚNG\b", "TRƯỞNG", rest)


def _authority_whole(rest: str, lines: list[str], index: int) -> str:
    """An authority line's words after its mark, with the lines it was broken over.

    "TM. ỦY BAN NHÂN" / "DÂN": the end may come on the row after a recipient printed beside
    it ("- Như Điều 3;"). The lines taken are removed from ``lines``.
    """
    while (after := _after_recipients(lines, index)) < len(lines) and (
        lines[after].isupper()
        and not AUTHORITY.match(lines[after])
        and not is_post(lines[after])
        and (_completes_body(rest, lines[after]) or _completes_board(rest, lines[after]))
    ):
        rest = f"{rest} {lines.pop(after)}"
    for _ in range(_board_body(rest, lines, index)):
        rest = f"{rest} {lines.pop(index)}"
    return rest


def _board_body(rest: str, lines: list[str], index: int) -> int:
    """How many of the lines at ``index`` name the body of the whole board ``rest`` signs for.

    "TM. ĐOÀN CHỦ TỊCH" / "ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC VIỆT NAM": a narrow
    cell breaks the body's name over two lines, neither a body alone; together they are one.
    The longer body is taken when the first line is one already and the second goes on with
    its place ("HỘI NÔNG DÂN" / "TỈNH BẮC GIANG"): the place is the body's, not left over.
    """
    if not _BOARD.fullmatch(" ".join(rest.split())):
        return 0
    taken: list[str] = []
    whole = 0
    for line in lines[index : index + 2]:
        if not line.isupper() or AUTHORITY.match(line) or is_post(line):
            break
        taken.append(line)
        joined = " ".join(" ".join(taken).split())
        body = read_body(joined)
        if body is not None and body.end >= len(joined.rstrip(" ,.")):
            whole = len(taken)
    return whole


def _after_recipients(lines: list[str], index: int) -> int:
    """The index of the first line from ``index`` on that is not a dashed recipient."""
    while index < len(lines) and re.match(r"^[-\u2013+•]\s*\S", lines[index]):
        index += 1
    return index


def _block_apart(line: str) -> list[str]:
    """A signature block printed on one line, as its lines: authority, post, rank and name.

    A table of signatures flattened to a line a block prints "KT. BỘ TRƯỞNG BỘ CÔNG AN THỨ
    TRƯỞNG Thượng tướng Lê Văn An": the capitals are the authority and the post, the words in
    small letters the rank and the name. The post is cut off the authority only when what is
    left still names what is signed for (a body, a post or a standing board).
    """
    acting = AUTHORITY.match(line)
    if acting is None:
        return [line]
    words = line.split()
    upper = next((i for i, word in enumerate(words) if any(c.islower() for c in word)), None)
    lines = [line]
    if upper is not None:
        head, tail = " ".join(words[:upper]), " ".join(words[upper:])
        ranked = _RANKED.match(tail)
        if not (looks_like_name(tail) or (ranked and looks_like_name(ranked["name"]))):
            return [line]
        lines = [head, tail]
    posts = re.search(r"\s(?P<post>" + "|".join(map(re.escape, POSTS)) + r")$", lines[0])
    if posts is not None:
        before = lines[0][: posts.start()]
        rest = AUTHORITY.match(before)
        if rest and rest["rest"] and _names_what_is_signed_for(rest["rest"]):
            lines[0:1] = [before, posts["post"]]
    return lines if len(lines) > 1 else [line]


#: A post in capitals glued to the signer's name where a copy joined their lines:
#: "PHÓ CHỦ NHIỆMNguyễn Xuân Phúc".
_POST_GLUED = re.compile(
    rf"^(?P<post>[{UPPER_LETTERS}][{UPPER_LETTERS} ,.]*[{UPPER_LETTERS}])"
    rf"(?P<name>[{UPPER_LETTERS}][{LOWER_LETTERS}].*)$"
)


def _post_apart(line: str) -> list[str]:
    """A post glued to the signer's name ("PHÓ CHỦ NHIỆMNguyễn Xuân Phúc"), as two lines.

    Only a post the signatures know, before what reads as a name, is parted.
    """
    glued = _POST_GLUED.match(line.strip())
    if glued and is_post(glued["post"]) and looks_like_name(glued["name"]):
        return [glued["post"], glued["name"]]
    return [line]


def _names_what_is_signed_for(rest: str) -> bool:
    """Whether an authority line's words name a body, a post or a standing board."""
    return bool(read_body(rest) is not None or _POST.match(rest) or _STANDING.match(f"{rest} X"))


def _signed(done: list[dict[str, object]]) -> list[Signed]:
    """The signature blocks read, each with the text it was read from."""
    signed = []
    for entry in done:
        authority = tuple(str(a) for a in entry["authority"])  # type: ignore[attr-defined]
        if not entry.get("title") and not entry.get("name") and any(map(ends_cut, authority)):
            continue  # "TM. ỦY BAN NHÂ" where the copy stops: no signature is read from it
        body = _body_of(entry, authority)
        signed.append(
            Signed(
                body=body,
                authority=authority,
                title=entry.get("title"),  # type: ignore[arg-type]
                rank=entry.get("rank"),  # type: ignore[arg-type]
                name=entry.get("name"),  # type: ignore[arg-type]
                text=" / ".join(
                    [*authority, *(str(x) for x in (entry.get("title"), entry.get("name")) if x)]
                ),
            )
        )
    return signed


def _post_beside_heading(rest: str, after: list[str]) -> bool:
    """Whether ``rest``, after "Nơi nhận:" on its line, is the signature's post beside it.

    A copy of the signed page's table prints its first row on one line, the heading's cell and
    the post's ("Nơi nhận: Bộ trưởng"), the recipients dashed below. A recipient is dashed or
    closed by a semicolon, a comma or a stop; a post alone is neither, and the dashed list
    follows it.
    """
    words = " ".join(rest.split())
    return bool(
        words
        and not _DASHED.match(words)
        and not re.search(r"[;,.:)]$", words)
        and is_post(words.upper())
        and after
        and _DASHED.match(after[0])
    )


#: A list item that no recipient is: a clause of a text ("- Căn cứ ...", "- Theo đề nghị ...").
_NOT_RECIPIENT = re.compile(r"^(?:Căn\s*cứ|Theo\s+đề\s+nghị|Xét\s|Thực\s+hiện|Điều\s+\d)")


#: A signature's authority line printed after a recipient (or "Nơi nhận:") on its line.
_AUTHORITY_AFTER = re.compile(
    r"(?<=[;.:])\s+(?=(?:TM|KT|K/T|T/M|TL|T/L|TUQ)\s*\.?\s+(?P<word>\S+))"
)


def _beside_recipient(line: str) -> list[str]:
    """A line of the recipients with the signature's line printed beside it, as two lines.

    A copy of the signed page's table prints each row on one line: "Nơi nhận: TM. ỦY BAN
    NHÂN DÂN", "- Như Điều 3; KT. CHỦ TỊCH", "- Bộ Tư pháp; PHÓ CHỦ TỊCH", "- Lưu: VT.
    Nguyễn Văn A". What follows the recipient's semicolon or stop is the signature's when
    it is an authority line, a post in capitals or a name.
    """
    if not line.startswith(("Nơi nhận", "NƠI NHẬN", "-", "\u2013", "+", "•")):
        return [line]
    pieces: list[str] = []
    start = 0
    for beside in _AUTHORITY_AFTER.finditer(line):
        if beside["word"].isupper():  # "KT. CHỦ TỊCH", not a recipient's "TL. ..." in words
            pieces.append(line[start : beside.start()])
            start = beside.end()
    pieces.append(line[start:])
    pieces = [part for piece in pieces for part in _NEXT_BLOCK.split(piece)]
    # "- Như Điều 3; THỨ TRƯỞNG :": a scan may read a stray colon after the post.
    last = re.match(r"^(?P<recipient>.*[;.:])\s+(?P<beside>[^;.:]+?)(?:\s+:)?$", line)
    if (
        len(pieces) == 1
        and last
        and (
            (is_post(last["beside"]) and not any(c.islower() for c in last["beside"]))
            or looks_like_name(last["beside"])
        )
    ):
        pieces[-1:] = [last["recipient"], last["beside"]]
    return pieces


#: What the recipients before it are sent for, on a line of its own beside a brace that groups
#: them in the signed copy: "(để b/c)", "(để thực hiện)".
_PURPOSE_LINE = re.compile(
    r"^\((?:để|đề|b/c|t/h|th/h|đ/b|p/h|ph/h)\b[^()]*\)[;,.]?$", re.IGNORECASE
)


def _recipient_line(line: str, recipients: list[str]) -> tuple[bool, bool]:
    """Whether ``line``, under *Nơi nhận*, was read into ``recipients``; whether the list goes on.

    A recipient is a dashed line ("- Như trên;"), or one printed without its dash that
    ends as recipients end ("Như trên;", "Bộ Tư pháp;", "Lưu: VT."); a line in small
    letters goes on with a recipient broken over lines, and "(để b/c)" alone says what
    the recipient before it is sent for. The file copy ("Lưu: ...") ends the list, and so
    does a line of another kind (a file's path, the next text's clause); signature lines
    printed beside the list do not.
    """
    bullet = re.match(r"^[-\u2013+•]\s*(?P<text>.+)$", line)
    said = bullet["text"] if bullet else line.strip()
    if bullet and not is_recipient(said):
        return True, False  # the list ended: what follows is another text's
    if recipients and _PURPOSE_LINE.match(said):
        recipients[-1] = _recipient(f"{recipients[-1]} {said}")
        return True, True
    if not bullet and recipients and not _in_signature(line) and _goes_on(recipients[-1], said):
        recipients[-1] = _recipient(f"{recipients[-1]} {said}")  # a recipient broken
        return True, True
    if bullet or _undashed(said, recipients):
        recipients.append(_recipient(said))
        # "Lưu: VT, ...": the file copy is the last recipient.
        return True, not fold(said).startswith("lưu")
    if recipients and not _in_signature(line):
        return False, False  # a line of another kind ends the list (a file's path ...)
    return False, True


def _goes_on(last: str, said: str) -> bool:
    """Whether ``said`` goes on with the recipient ``last``, broken over lines.

    The recipient is not ended (no semicolon, stop or colon; not "Như trên", not the
    file copy), and the line goes on in small letters ("cơ quan thuộc Chính phủ;") or
    ends as a recipient ends ("UBND các tỉnh, thành phố trực thuộc" / "Trung ương;"), or
    the recipient stops at a comma, inside its list of names ("Các Bộ: Kế hoạch và Đầu tư,
    Tài chính," / "Công Thương, Giao thông vận tải,"). A group's units printed on the next
    line in small letters go on with it after its semicolon too ("VPCP: BTCN, các PCN;" /
    "các Vụ: TH, KTTH;"): no recipient's name begins in small letters with a colon after it.
    The file copy ("Lưu: VT.") goes on with none: it is a recipient of its own.
    """
    folded = fold(last)
    if folded.startswith(("lưu", "như ")) or re.match(r"lưu(?!\w)", fold(said)):
        return False
    if last.endswith(";") and ":" in last:
        return re.match(r"^các\s+[^\s:;,]+\s*:", said) is not None
    if last.endswith((";", ".", ":")):
        return False
    return said[:1].islower() or said.endswith((";", ".")) or last.endswith(",")


def _undashed(said: str, recipients: list[str]) -> bool:
    """Whether ``said`` is a recipient printed without its dash.

    It ends with a semicolon ("Bộ Tư pháp;"), or refers to the addressees or an
    article ("Như trên", "Như Điều 3"), or is the file copy ("Lưu: VT, ..."), or, after
    recipients ending with a semicolon, ends the list with a full stop ("Các sở, ngành.").
    """
    if not is_recipient(said) or not any(c.islower() for c in said) or len(said.split()) > 20:
        return False
    folded = fold(said)
    return (
        said.endswith(";")
        or re.match(r"như\s+(?:trên|điều\s+\d)", folded) is not None
        or re.match(r"lưu\s*:", folded) is not None
        or (said.endswith(".") and bool(recipients) and recipients[-1].endswith(";"))
    )


def is_recipient(item: str) -> bool:
    """Whether a dashed line under *Nơi nhận* may be a recipient, not the next text's clause.

    A recipient is a short name ("Như Điều 3;", "Bộ Tư pháp (để b/c);", "Lưu: VT, V10."):
    a clause's opening words or a sentence of more than 30 words is not one.

    .. versionadded:: 0.3.0
    """
    return not _NOT_RECIPIENT.match(item) and len(item.split()) <= 30


def recipients_closed(recipients: list[str]) -> bool:
    """Whether a list of recipients ends as such lists end: with the file copy or a full stop.

    A list that ends otherwise ("Như trên;") was cut by the copy, or its last lines may be
    another text's: it is listed to check.

    .. versionadded:: 0.3.0
    """
    if not recipients:
        return True
    last = recipients[-1].rstrip()
    return fold(last).startswith("lưu") or (last.endswith(".") and not last.endswith(";."))


def cut_inside_a_word(recipient: str) -> bool:
    """Whether a recipient the copy ends with stops inside a word ("Đoàn Đại biểu Quốc h").

    Its last word, in small letters, has no vowel, as no Vietnamese syllable has ("ng"), is no
    place's short form ("tt", "tp", "tx"), and nothing (a semicolon, a stop, a bracket) ends the
    recipient. A word of two letters or more with a capital first ("- Th", "Thường trực"
    cut after its first letters) is cut alike: its first letter is a name's capital.

    .. versionadded:: 0.3.0
    """
    words = recipient.rstrip().split()
    if not words or recipient.rstrip().endswith((";", ".", ":", ")")):
        return False
    last = words[-1]
    if last.lower() in _SHORT_PLACES:
        return False  # "UBND các xã, phường, tt": a place's short form, whole
    bare = "".join(c for c in unicodedata.normalize("NFD", last) if not unicodedata.combining(c))
    small = last.islower() or (len(last) > 1 and last[0].isupper() and last[1:].islower())
    return last.isalpha() and small and not any(c in "aeiouy" for c in bare.lower())


def cut_before_its_semicolon(recipients: list[str]) -> bool:
    """Whether the last recipient stops before the semicolon its list's lines end with.

    When every other recipient of the list ends with a semicolon ("- Như Điều 3;", "- Văn
    phòng Chính phủ;"), or every one with a comma, and the last ends with nothing (no
    semicolon, comma, stop, colon or closing bracket), the copy stopped inside that line:
    its name may be whole or cut at any word ("Cục Kiểm tra văn bản QPP", "Văn phòng
    Chính"), which the copy cannot tell. Only a line the copy ends with is asked about
    (the caller checks it).

    .. versionadded:: 0.3.0
    """
    if len(recipients) < 2:
        return False
    last = recipients[-1].rstrip()
    if not last or last.endswith((";", ",", ".", ":", ")")):
        return False
    # A list whose lines all end with a comma ("- Văn phòng Chính phủ,") is cut alike.
    return any(
        all(recipient.rstrip().endswith(mark) for recipient in recipients[:-1])
        for mark in (";", ",")
    )


def cut_where_the_copy_stops(recipients: list[str], text: str) -> bool:
    """Whether the last recipient is a line ``text`` stops in, its name maybe cut.

    The recipient is the copy's last words and ends inside a word
    (:func:`cut_inside_a_word`) or before the semicolon its list's other lines end with
    (:func:`cut_before_its_semicolon`).

    .. versionadded:: 0.3.0
    """
    last = recipients[-1].strip() if recipients else ""
    end = next((line for line in reversed(text.splitlines()) if line.strip()), "")
    return (
        bool(last)
        and last in end
        and (cut_inside_a_word(last) or cut_before_its_semicolon(recipients))
    )


#: Short forms of places a recipient may end with, in small letters: *thị trấn*, *thành phố*,
#: *thị xã* (a single letter is as likely a word the copy cut: "Quốc h").
_SHORT_PLACES = frozenset({"tt", "tp", "tx"})


def _in_signature(line: str) -> bool:
    """Whether ``line`` may belong to a signature block printed beside the recipients."""
    return bool(
        AUTHORITY.match(line)
        or is_post(line)
        or looks_like_name(line)
        or _SIGNED.match(line)
        or _SIGNED_BY.match(line)
        or line in RANKS
        or line.title() in RANKS
        or not any(c.islower() for c in line)
    )


def _completes_body(rest: str, line: str) -> bool:
    """Whether ``line`` goes on with the body ``rest`` begins ("ỦY BAN NHÂN" + "DÂN").

    The two lines together must be one body's name, whole.
    """
    joined = f"{rest} {line}"
    after = read_body(joined)
    return after is not None and after.end >= len(joined.rstrip(" ,."))


def _completes_board(rest: str, line: str) -> bool:
    """Whether ``line`` ends the standing board ``rest`` begins ("BAN THƯỜNG" + "VỤ").

    A table's narrow cell breaks "TM. BAN THƯỜNG VỤ" after "THƯỜNG": the two
    lines together are a board's name, alone or before its body's.
    """
    joined = " ".join(f"{rest} {line}".split())
    if _BOARD.fullmatch(" ".join(rest.split())):
        return False  # the board is whole already: the line is something else
    board = _BOARD.match(joined)
    if board is None or board.end() <= len(" ".join(rest.split())):
        return False
    after = joined[board.end() :].strip(" ,.")
    return not after or _completes_body("", after)


#: A standing board's name, whole: what a signature signs for when it acts for its body.
_BOARD = re.compile(
    r"(?:BAN\s+THƯỜNG\s+VỤ|BAN\s+THƯỜNG\s+TRỰC|ĐOÀN\s+CHỦ\s+TỊCH|BAN\s+BÍ\s+THƯ"
    r"|BAN\s+CHẤP\s+HÀNH|THƯỜNG\s+TRỰC)(?!\w)"
)


#: A standing board named before the body it acts for in a signature's authority line.
_STANDING = re.compile(
    r"(?:BAN\s+THƯỜNG\s+VỤ|BAN\s+THƯỜNG\s+TRỰC|ĐOÀN\s+CHỦ\s+TỊCH|BAN\s+BÍ\s+THƯ"
    r"|THƯỜNG\s+TRỰC)\s+(?=\S)"
)


def _continues(last: str, written: str) -> bool:
    """Whether the authority line ``written`` goes on with the block whose last line is ``last``.

    "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH", and "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" (for
    the office's head, by order of the chairman) are one signature; two lines of the same mark,
    or a body signed for after another ("TM. ..."), are two.
    """
    return (
        _mark(last) in ("TM", "TL")
        and _mark(written) not in ("TM", _mark(last))
        and not _heads_another_body(last, written)
    )


#: The bodies (their first words, folded) a "TM." line signs for, and the posts that head them:
#: a "KT." line whose post heads none of them is another body's block beside it.
_HEADED_BY_WRITTEN = (
    (("ban thường vụ", "ban chấp hành", "ban bí thư"), ("bí thư", "chủ tịch")),
    (("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy"), ("bí thư",)),
    (
        (
            "ủy ban nhân dân",
            "hội đồng nhân dân",
            "thường trực hội đồng",
            "ủy ban mặt trận",
            "ủy ban mttq",
            "ban thường trực",
            "đoàn chủ tịch",
        ),
        ("chủ tịch",),
    ),
    (("chính phủ",), ("thủ tướng",)),
)
_HEADED_BY = tuple(
    (tuple(fold(body) for body in bodies), tuple(fold(post) for post in posts))
    for bodies, posts in _HEADED_BY_WRITTEN
)


def _heads_another_body(last: str, written: str) -> bool:
    """Whether ``written``'s post cannot head the body the "TM." line ``last`` signs for.

    "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" is one signature, but "TM. BAN THƯỜNG VỤ TỈNH
    ĐOÀN" / "KT. GIÁM ĐỐC" are two, side by side: a director heads no standing board of the
    Youth Union. Only bodies whose heads are known are told apart; any other stays one block.
    """
    signed_for, acting = AUTHORITY.match(last), AUTHORITY.match(written)
    if _mark(last) != "TM" or signed_for is None or acting is None:
        return False
    post = fold(" ".join(acting["rest"].split())).removeprefix("phó ")
    body = fold(" ".join(signed_for["rest"].split()))
    for bodies, posts in _HEADED_BY:
        if body.startswith(bodies):
            return not post.startswith(posts)
    return False


def _mark(authority: str) -> str:
    """The authority's mark, "TM" for a body signed for (also *đại diện*), "KT", "TL" ..."""
    said = authority.replace("K/T", "KT").replace("T/M", "TM").replace("T/L", "TL")
    said = re.sub(r"^(?:ĐẠI DIỆN|ĐD)(?!\w)", "TM", said)
    return re.split(r"[./\s]", said, maxsplit=1)[0]


def _body_of(entry: dict[str, object], authority: tuple[str, ...]) -> BodyName | None:
    """The body a signature names: "TM. ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ CÔNG AN", above it."""
    for line in authority:
        acting = AUTHORITY.match(line)
        if acting and _mark(line) == "TM":
            body = read_body(acting["rest"])
            standing = _STANDING.match(acting["rest"])
            if body is None and standing is not None:
                # "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN": the standing board signs for its body.
                body = read_body(acting["rest"], standing.end())
            if body is not None:
                return body
        elif acting:
            # "KT. BỘ TRƯỞNG BỘ CÔNG AN", "TL. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the post signed
            # for names its body.
            post = _POST.match(acting["rest"])
            body = read_body(post["body"]) if post and post["body"] else None
            if body is not None:
                return body
    title = entry.get("title")
    # "TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG VỤ ...": the signer's own unit signs by order of the head
    # of the body signed for; that body signs, not the unit.
    by_order = any(_mark(line) in ("TL", "TUQ") for line in authority)
    if isinstance(title, str) and not by_order:
        post = _POST.match(title)
        if post and post["body"]:
            body = read_body(post["body"])
            if body is not None:
                return body
    held = entry.get("body")
    if isinstance(held, str) and held:
        return read_body(held)
    return None


#: What a recipient is sent for, printed after the separator that ends it: "Thường trực Thành
#: ủy; (để b/c)", where a brace groups the lines before it in the signed copy.
_PURPOSE_AFTER = re.compile(
    r"^(?P<name>.*?\S)\s*(?P<end>[;,])\s*"
    r"(?P<purpose>\((?:để|đề|b/c|t/h|th/h|đ/b|p/h|ph/h|biết|thực\s+hiện)\b[^()]*\))\s*[;,.]?$",
    re.IGNORECASE,
)


#: The typist's mark after the file copy's full stop: initials in small letters and the
#: number of copies ("Lưu: VT, VP3, VP5. kh 41", "Lưu: VT. h 17b"), or the number of copies
#: alone after the bracket that closes the file copy ("Lưu: VT, QHQT (3).17").
_TYPIST_MARK = re.compile(
    r"^(?=Lưu\b)(?P<copy>[^.]*?)(?:\.\s+[a-zđ]{1,4}\.?\s?|(?<=\))\.\s?)\d{1,3}[a-z]?$"
)


def _recipient(text: str) -> str:
    """A recipient line as a draft keeps it: without its dash, spaces tidied.

    What it is sent for, printed after its semicolon ("Thường trực Thành ủy; (để b/c)"),
    is put back before it: "Thường trực Thành ủy (để b/c);".
    """
    said = " ".join(text.split()).strip()
    # "Như Điêu 3": a scan's misread "Điều" before an article's number.
    said = re.sub(r"\bĐiêu(?=\s+\d)", "Điều", said)
    # "Lưu: VT, VP3, VP5. kh 41": the typist's initials and the copies printed after the
    # file copy's full stop are no part of it.
    said = _TYPIST_MARK.sub(r"\g<copy>.", said)
    after = _PURPOSE_AFTER.match(said)
    if after:
        said = f"{after['name']} {after['purpose']}{after['end']}"
    return said


def standing_organ(authority: tuple[str, ...]) -> str | None:
    """The standing organ a signature acts for when it names no body ("TM. BAN THƯỜNG TRỰC")."""
    for line in authority:
        acting = AUTHORITY.match(line)
        if acting and read_body(acting["rest"]) is None:
            words = fold(acting["rest"])
            for organ in ("ban thường trực", "đoàn chủ tịch", "thường trực", "ban thường vụ"):
                if words.startswith(organ):
                    return organ
    return None


#: A letter's or report's addressee line, "Kính gửi: ..." (Decree 30/2020/NĐ-CP, form 1.4).
_ADDRESSEES = re.compile(r"^[|\s]*Kính\s+gửi\s*:?", re.IGNORECASE)
#: The dash or bullet an addressee of a list starts with.
_ITEM = re.compile(r"^[-\u2013\u2014+•]\s*")
#: How far into the text an addressee line may stand: under the title, before the text.
_ADDRESSEES_WITHIN = 40


def read_addressees(lines: tuple[str, ...] | list[str]) -> tuple[list[str], int]:
    """The bodies a letter or report is sent to (*Kính gửi*), one each, and the line after them.

    "Kính gửi: Bộ Công Thương." is one, "Kính gửi: Sở Nội vụ; Sở Tài chính."
    two; "Kính gửi:" over "- A;" "- B." is a list (the name may stand on the
    next line without a dash), an item broken after a comma or before small
    letters going on on the next line ("- Ban Thường vụ Liên đoàn Lao động 24
    Quận," / "Huyện;"), as does a short line closing an item left open ("- Ủy
    ban nhân dân các huyện" / "Đà Lạt và Bảo Lộc;"). An item closed by a stop
    ends them; a line that opens the text ("Căn cứ ...", "Thực hiện ...", a
    numbered point) is none. The dash and the closing stop or semicolon are no
    part of a name; an addressee left as dots in a form ("Kính gửi: ………") is
    none. Without an addressee line: no addressee, and the line after them is 0.
    """
    found = (
        (i, said)
        for i, line in enumerate(lines[:_ADDRESSEES_WITHIN])
        if (said := _ADDRESSEES.match(line))
    )
    start, said = next(found, (None, None))
    if start is None or said is None:
        return [], 0
    first = lines[start][said.end() :].strip(" |")
    listed = not first or bool(_ITEM.match(first))
    # One line may name several, parted by semicolons: each keeps its own mark.
    items = [first] if listed else [p for p in re.split(r"(?<=;)\s+", first) if p.strip()]
    items = [item for item in items if item]
    after = start + 1
    for raw in lines[start + 1 :]:
        line = raw.strip(" |")
        if not _still_addressed(items, line, listed):
            break
        if _ITEM.match(line) or not items or _new_item(items[-1], line):
            items.append(line)
            listed = listed or bool(_ITEM.match(line))
        else:
            items[-1] = f"{items[-1]} {line}"
        after += 1
    names = (_ITEM.sub("", item).rstrip(" ;,.") for item in items)
    return [name for name in names if name.strip(".…_ ")], after


#: A line that opens a text's body, not an addressee: "Căn cứ ...", "Thực hiện ...", a point.
_TEXT_OPENS = re.compile(
    r"^(?:[-\u2013+•]\s*)?(?:Căn cứ|Thực hiện|Theo|Để|Xét|Ngày|Trong|Qua|Nhằm|Sau|Tiếp theo|"
    r"Vừa qua|Hiện nay|Đồng kính gửi|V/v|\d+[.)]\s|[IVX]+\.\s)",
    re.IGNORECASE,
)


def _still_addressed(items: list[str], line: str, listed: bool) -> bool:
    """Whether ``line`` still belongs to the addressees read so far (:func:`read_addressees`)."""
    if not line or _TEXT_OPENS.match(line):
        return False
    if not items:
        return True  # "Kính gửi:" alone: the first addressee is on the next line
    last = items[-1].rstrip()
    if last.endswith("."):
        return False  # the list is closed
    if _ITEM.match(line):
        return listed or last.endswith(";")
    if last.endswith(",") or (line[:1].islower() and not last.endswith(";")):
        return True
    if last.endswith(";"):
        return len(line.split()) <= 12  # "Sở Nội vụ;" / "Sở Tài chính."
    return listed and len(line.split()) <= 6 and line.rstrip().endswith((";", "."))


def _new_item(last: str, line: str) -> bool:
    """Whether an undashed line of the addressees is another one, not the last one's end."""
    return last.rstrip().endswith(";") and not line[:1].islower()
