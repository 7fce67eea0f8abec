"""Reading a regulation or joint resolution: its title, basis, chapters and articles.

A *quy chế phối hợp* or *nghị quyết liên tịch* is written in chapters
(*Chương*) of articles (*Điều*) with clauses (*khoản*) and points
(*điểm*), not in the roman-numbered parts of a program.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coordprog.importer._bodies import KnownBody, match_bodies
from coordprog.importer._document_text import (
    ARTICLE,
    AUTHORITY,
    CHAPTER,
    CLAUSE,
    POINT,
    TITLES,
    letterhead_line,
    title_under_type,
)
from coordprog.importer._places import unglue

#: A full stop inside an article's heading with a word after it: where a sentence may end.
_SENTENCE_STOP = re.compile(r"\.\s+(?=\w)")
#: Proper names kept capitalised when a title printed in capitals is re-cased.
_PROPER = ("Việt Nam", "Mặt trận Tổ quốc", "Chính phủ", "Quốc hội", "Đảng", "Nhà nước")


def _sentence_stop(heading: str) -> int | None:
    """Where the first sentence ends in what follows "Điều N." or "Điều N:", if one does.

    A caption is a phrase ("Phạm vi điều chỉnh"); a heading in which a sentence ends, a
    full stop after a word and a capital after it, runs the article's text on after its
    caption, or is an article printed without a caption: "Điều 1: UBND và Hội Nông dân
    hoạt động theo ... điều lệ Hội Nông dân Việt Nam. Quan hệ phối hợp ...". A stop after an
    abbreviation ("TP. Hồ Chí Minh", "Tp. Hà Nội", "Q. 1") ends no sentence: the word before
    it is a syllable of three letters or more, not all capitals.
    """
    for stop in _SENTENCE_STOP.finditer(heading):
        before = heading[: stop.start()].split()
        word = before[-1] if before else ""
        after = heading[stop.end()]
        if len(word) > 2 and word.isalpha() and not word.isupper() and after.isupper():
            return stop.start()
    return None


#: The most words a caption run on with its article's text has ("Điều 1. Phạm vi điều
#: chỉnh. Quy chế này quy định ..."); a longer first sentence is the article's text.
_RUN_ON_CAPTION_WORDS = 10
#: The document naming itself ("Nghị quyết này", "Thông tư liên tịch này"): what a sentence
#: says ("Ban hành kèm theo Nghị quyết này ...", "Quyết định này có hiệu lực ..."), no caption.
_ITSELF = re.compile(
    r"\b(?:nghị\s+quyết|quyết\s+định|thông\s+tư|quy\s+chế|quy\s+định|chương\s+trình"
    r"|kế\s+hoạch)(?:\s+liên\s+tịch)?\s+này\b",
    re.IGNORECASE,
)
#: What ``read_provisions`` lists as unsure, before an article's number, for such a caption.
RUN_ON_CAPTION = "caption read up to its first full stop: Điều"
#: What it lists, before an article's number, for a heading the copy stops in.
CUT_CAPTION = "the copy stops in the heading of Điều"


def _recase(text: str, bodies: Sequence[KnownBody]) -> str:
    """A title printed in capitals, in sentence case with the names of known bodies restored."""
    result = text.lower()
    result = result[:1].upper() + result[1:]
    names = sorted({n for b in bodies for n in (b.name, *b.names)} | set(_PROPER), key=len)
    for name in reversed(names):  # the longest first
        if name.isupper():
            continue  # an abbreviation ("UBND tỉnh") is never printed in a title
        result = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name, result, flags=re.IGNORECASE)
    return result


def regulation_opening(
    opening: list[str], kind_line: str | None, bodies: Sequence[KnownBody]
) -> tuple[str, str, list[str], bool]:
    """A regulation's title, preamble, *Căn cứ* paragraphs, and whether the title was re-cased.

    The title is the heading under the document type: in capitals (maybe
    broken over lines), re-cased; or already in sentence case ("Quy chế
    phối hợp ..."), as it is.  The preamble is what follows the title and
    the last *Căn cứ*, letterhead lines left out.
    """
    title = title_under_type(opening, kind_line) or ""
    after = opening.index(kind_line) + 1 + bool(title) if kind_line is not None else 0
    recased = False
    if kind_line is not None and not title:
        # A title in capitals, maybe broken over lines.
        words = [kind_line]
        for paragraph in opening[after:]:
            if any(char.islower() for char in paragraph):
                break
            words.append(paragraph)
        after += len(words) - 1
        if len(words) > 1:
            title = _recase(" ".join(words), bodies)
            recased = True
    basis = [p for p in opening if p.startswith("Căn cứ")]
    last_basis = max((i for i, p in enumerate(opening) if p.startswith("Căn cứ")), default=-1)
    preamble = " ".join(p for p in opening[max(last_basis + 1, after) :] if not letterhead_line(p))
    return title, preamble, basis, recased


def body_in_capitals_line(paragraph: str) -> bool:
    """A line of a signature block naming a body: in capitals, neither a chapter nor an article."""
    return (
        paragraph.isupper()
        and not CHAPTER.match(paragraph)
        and not ARTICLE.match(paragraph)
        and not TITLES.match(paragraph)
    )


def starts_tail(paragraph: str) -> bool:
    """Whether the signatures, *Nơi nhận* or an appendix start at ``paragraph``."""
    return (
        # An appendix (PHỤ LỤC) ends the articles too.
        paragraph.startswith(("Nơi nhận", "PHỤ LỤC"))
        or bool(TITLES.match(paragraph))
        or bool(AUTHORITY.match(paragraph))
    )


#: Captions' words, in the order they are tried, and the kind of article they make.
_ARTICLE_KINDS = (
    ("phạm vi", "scope"),
    ("nguyên tắc", "principles"),
    ("mục đích", "purpose"),
    ("đối tượng", "subjects"),
    ("nội dung", "content"),
    ("trách nhiệm", "responsibilities"),
    ("thông tin", "reporting"),
    ("báo cáo", "reporting"),
    ("phương thức", "modes"),
    ("hình thức", "modes"),
    ("cách thức", "modes"),
    ("cơ chế", "modes"),
    ("tổ chức thực hiện", "implementation"),
    ("hiệu lực", "implementation"),
    ("thi hành", "implementation"),
    ("sửa đổi", "implementation"),
)


def _title_and_run_on(title: str) -> tuple[str, str | None]:
    """A chapter's title in capitals, and the text a copy ran on with it on its line.

    "QUY ĐỊNH CHUNG Điều 1. Phạm vi ..." is the title "QUY ĐỊNH CHUNG" and the text
    "Điều 1. Phạm vi ..."; a title in small letters, or with fewer than two words in
    capitals before the text, is left whole.
    """
    words = title.split()
    capitals = 0
    while capitals < len(words) and not any(char.islower() for char in words[capitals]):
        capitals += 1
    if capitals < 2 or capitals == len(words) or not words[capitals][0].isupper():
        return title, None
    return " ".join(words[:capitals]), " ".join(words[capitals:])


def _caption_at_the_end(number: str, caption: str, unsure: list[str]) -> str:
    """The caption of a heading the copy stops in: listed to check, one word of it left out.

    No document ends with an article's heading: a copy that does may have cut its
    caption ("Điều 1. Phạm", a page cut after the first syllable of "Phạm vi điều
    chỉnh"). A caption of one word is such a cut and is not kept; a longer one is kept,
    listed to check.
    """
    unsure.append(f"{CUT_CAPTION} {number}: «{caption}»; its caption may be cut")
    return "" if len(caption.split()) == 1 else caption


def read_provisions(
    paragraphs: list[str], bodies: Sequence[KnownBody], unsure: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Chapters of articles, and articles outside chapters, from a regulation's paragraphs.

    An article's paragraphs before its first clause are its text; ``1.``
    starts a clause, ``a)`` a point of the clause; any other paragraph goes
    on the text of what it follows, on a line of its own.
    """
    chapters: list[dict[str, Any]] = []
    loose: list[dict[str, Any]] = []
    article: dict[str, Any] | None = None
    clause: dict[str, Any] | None = None
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        index += 1
        chapter = CHAPTER.match(paragraph)
        if chapter:
            printed, run_on = _title_and_run_on(chapter["title"])
            title = [printed] if printed else []
            if run_on:  # the chapter's first article, run on with its title by the copy
                paragraphs = [*paragraphs[:index], run_on, *paragraphs[index:]]
            # A title printed in capitals, maybe broken over lines.
            while (
                index < len(paragraphs)
                and not any(char.islower() for char in paragraphs[index])
                and not ARTICLE.match(paragraphs[index])
            ):
                title.append(paragraphs[index])
                index += 1
            if not title:
                unsure.append(f"Chương {chapter['number']} has no title")
                title = ["[Chưa đọc được tên chương]"]
            chapters.append({"number": chapter["number"], "title": " ".join(title)})
            article = clause = None
            continue
        heading = ARTICLE.match(paragraph)
        if heading:
            printed = heading["caption"].strip()
            stop = _sentence_stop(printed)
            glued = stop is not None and len(printed[:stop].split()) <= _RUN_ON_CAPTION_WORDS
            if stop is not None and glued:
                # "Điều 1. Phạm vi điều chỉnh. Quy chế này ...": the text run on, listed to check.
                paragraphs = [*paragraphs[:index], printed[stop + 1 :].strip(), *paragraphs[index:]]
                unsure.append(f"{RUN_ON_CAPTION} {heading['number']}")
                printed = printed[:stop]
            caption = unglue(printed.rstrip("."))
            if index == len(paragraphs) and caption and (stop is None or glued):
                caption = _caption_at_the_end(heading["number"], caption, unsure)
            article = {"number": heading["number"]}
            # "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế ...": an article printed without
            # a caption, its first sentence longer than a caption and naming the document.
            sentence = stop is None and len(printed.split()) > _RUN_ON_CAPTION_WORDS
            if (stop is not None and not glued) or (sentence and _ITSELF.search(printed)):
                article["text"] = printed  # "Điều 1: UBND và ... Việt Nam. Quan hệ ..."
            elif caption:
                article["caption"] = caption
                folded = caption.casefold()
                article["kind"] = next(
                    (kind for word, kind in _ARTICLE_KINDS if word in folded), "other"
                )
                named = list(dict.fromkeys(body.id for _, body in match_bodies(caption, bodies)))
                if named:
                    article["parties"] = named
            (chapters[-1].setdefault("articles", []) if chapters else loose).append(article)
            clause = None
            continue
        if article is None:
            unsure.append(f"a paragraph before the first article is left out: {paragraph[:60]}")
            continue
        numbered = CLAUSE.match(paragraph)
        point = POINT.match(paragraph)
        if numbered:
            clause = {"number": numbered["number"], "text": numbered["text"]}
            article.setdefault("clauses", []).append(clause)
        elif point and clause is not None:
            clause.setdefault("points", []).append(
                {"letter": point["letter"], "text": point["text"]}
            )
        else:
            owner = clause if clause is not None else article
            if owner is clause and clause.get("points"):
                owner = clause["points"][-1]
            owner["text"] = f"{owner['text']}\n{paragraph}" if owner.get("text") else paragraph
    return chapters, loose
