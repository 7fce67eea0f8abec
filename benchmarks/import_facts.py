"""The facts files of the import corpus: reading them, checking them, and the normalisation rules.

A facts file (``tests/import_corpus/<slug>/facts.toml``, schema in that
folder's README) is what a careful reader writes from a document's text.
:func:`load_facts` reads one and checks it against the schema, so that a
typing slip in a transcription fails loudly instead of scoring nothing.
The normalisation functions say when two texts, numbers or dates are the
same fact; ``import_match`` applies them.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: Where the corpus lives, from the repository root.
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "import_corpus"

KINDS = ("decision", "joint", "plan", "other")
LEVELS = ("central", "province", "district", "commune")
CITED_AS = ("basis", "implements", "other")
CADENCES = {"quarterly": 3, "6 months": 6, "yearly": 12}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FactsError(ValueError):
    """A facts file that does not follow the schema: names file, field, expectation."""

    def __init__(self, path: Path | str, field: str, expected: str) -> None:
        super().__init__(f"{path}: {field}: expected {expected}")


#: The keys each table of a facts file may have, and a check for each value.
def _text(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(_text(item) for item in value)


def _partial_date(value: object) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def _window(value: object) -> bool:
    """A partial date, or two joined by a slash for a span of several ("2006/2010")."""
    return isinstance(value, str) and all(_partial_date(part) for part in value.split("/", 1))


def _flag(value: object) -> bool:
    return isinstance(value, bool)


def _one_of(*choices: str) -> Any:
    return lambda value: value in choices


def _period(value: object) -> bool:
    if value == "not stated":
        return True
    if not isinstance(value, dict) or not value:
        return False
    checks = {
        "start": _partial_date,
        "end": lambda v: v == "until replaced" or _partial_date(v),
        "term": _text,
        "effective": _text,
    }
    return all(key in checks and checks[key](item) for key, item in value.items())


_PROVISIONS: dict[str, dict[str, Any]] = {
    "chapters": {"number": _text, "title": _text},
    "articles": {"number": _text, "caption": _text, "chapter": _text},
}
_TABLES: dict[str, dict[str, Any]] = {
    "stratum": {"kind": _one_of(*KINDS), "level": _one_of(*LEVELS)},
    "document": {
        "type_line": _text,
        "number": _text,
        "date": _partial_date,
        "place": _text,
        "province": _text,
        "title": _text,
        "period": _period,
        "recipients": _texts,
    },
    "parties": {
        "name": _text,
        "aliases": _texts,
        "level": _one_of(*LEVELS),
        "province": _text,
        "organ": _text,
    },
    "signatories": {"party": _text, "authority": _texts, "title": _text, "name": _text},
    "acts": {
        "kind": _text,
        "number": _text,
        "title": _text,
        "date": _partial_date,
        "issuer": _text,
        "cited_as": _one_of(*CITED_AS),
        "note": _text,
    },
    **_PROVISIONS,
    "tasks": {"text": _text, "leads": _texts, "supports": _texts},
    "schedule": {
        "annual_plans": _flag,
        "reviews": lambda v: isinstance(v, list) and all(item in CADENCES for item in v),
        "one_off_reviews": lambda v: isinstance(v, list) and all(map(_partial_date, v)),
        "final_review": lambda v: v is True or _partial_date(v),
    },
    "attached": {
        "type_line": _text,
        "title": _text,
        "shown": _flag,
        "issued_with": _text,
        "chapters": None,
        "articles": None,
    },
    "review": {
        "reviewed": _text,
        "meeting": _text,
        "meeting_date": _partial_date,
        "meeting_place": _text,
        "window": _window,
        "next_year": _partial_date,
        "chairs": _texts,
        "reports": _texts,
    },
}
_REQUIRED = {
    "stratum": ("kind", "level"),
    "document": ("period",),
    "parties": ("name", "level"),
    "signatories": ("party",),
    "acts": ("kind", "cited_as"),
    "chapters": ("number",),
    "articles": ("number",),
    "tasks": ("text",),
    "attached": ("shown",),
}
_ARRAYS = ("parties", "signatories", "acts", "chapters", "articles", "tasks", "attached")
_TOP = {
    "url": _text,
    "retrieved": lambda v: isinstance(v, dt.date),
    "truncated": _flag,
    "note": _text,
}


def _check_table(path: Path, name: str, table: object, schema: dict[str, Any]) -> None:
    if not isinstance(table, dict):
        raise FactsError(path, name, "a table")
    for key, value in table.items():
        if key not in schema:
            raise FactsError(path, f"{name}.{key}", f"one of {', '.join(schema)}")
        check = schema[key]
        if check is None:  # a nested array of provisions, checked by the caller
            continue
        if not check(value):
            raise FactsError(path, f"{name}.{key}", f"a valid value, got {value!r}")
    base = name.rsplit(".", 1)[-1].split("[")[0]
    for key in _REQUIRED.get(base, ()):
        if key not in table:
            raise FactsError(path, f"{name}.{key}", "a value (required)")


def load_facts(path: Path) -> dict[str, Any]:
    """Read and check one facts file; raise :class:`FactsError` naming what is wrong."""
    try:
        facts = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FactsError(path, "(file)", f"a readable UTF-8 TOML file ({exc})") from None
    for key in ("url", "retrieved", "stratum", "document", "parties"):
        if key not in facts:
            raise FactsError(path, key, "a value (required)")
    for key, value in facts.items():
        if key in _TOP:
            if not _TOP[key](value):
                raise FactsError(path, key, f"a valid value, got {value!r}")
        elif key in _ARRAYS:
            if not isinstance(value, list):
                raise FactsError(path, key, "an array of tables")
            for index, item in enumerate(value):
                _check_table(path, f"{key}[{index}]", item, _TABLES[key])
                if key == "attached":
                    for inner in ("chapters", "articles"):
                        for number, provision in enumerate(item.get(inner, [])):
                            _check_table(
                                path,
                                f"{key}[{index}].{inner}[{number}]",
                                provision,
                                _PROVISIONS[inner],
                            )
        elif key in _TABLES:
            _check_table(path, key, value, _TABLES[key])
        else:
            raise FactsError(path, key, f"one of {', '.join([*_TOP, *_TABLES])}")
    names = {party["name"] for party in facts["parties"]}
    for index, signatory in enumerate(facts.get("signatories", [])):
        if signatory["party"] not in names:
            raise FactsError(path, f"signatories[{index}].party", f"one of {sorted(names)}")
    return facts


def load_split(corpus: Path = CORPUS) -> dict[str, list[str]]:
    """The development and evaluation sets of ``split.toml``: ``{"dev": [...], "eval": [...]}``.

    The development set is the rule's share of each stratum, then the documents added to it
    later (``[added]``), which the rule does not place.
    """
    split = tomllib.loads((corpus / "split.toml").read_text(encoding="utf-8"))
    sets: dict[str, list[str]] = {"dev": [], "eval": []}
    for stratum in split["strata"]:
        sets["dev"].extend(stratum["development"])
        sets["eval"].extend(stratum["evaluation"])
    sets["dev"].extend(split.get("added", {}).get("development", []))
    return sets


# --- Normalisation -----------------------------------------------------------------

#: Old-style tone placement ("hoà", "thuỷ") and the new ("hòa", "thủy"): the same word.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONES = re.compile("|".join(_TONE_PAIRS), re.IGNORECASE)
_QUOTES = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]")
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]")


def _tone(match: re.Match[str]) -> str:
    found = match[0]
    new = _TONE_PAIRS[found.lower()]
    return (
        new.upper()
        if found.isupper()
        else (new[0].upper() + new[1:] if found[0].isupper() else new)
    )


def text(value: str) -> str:
    """A text as compared: NFC, one tone placement, no quotes, one dash, one space, no end stop."""
    value = _TONES.sub(_tone, unicodedata.normalize("NFC", value))
    value = _DASHES.sub("-", _QUOTES.sub("", value))
    return re.sub(r"\s+", " ", value).strip(" .;:,")


def key(value: str) -> str:
    """A text as compared where case does not matter (names, places, captions, recipients)."""
    return text(value).lower()


def squashed(value: str) -> str:
    """:func:`key` without any spaces: "HOẠTĐỘNG" (two lines glued by a web copy) is "hoạt động"."""
    return re.sub(r"\s+", "", key(value))


def number(value: str) -> str:
    """A document number as compared: spaces, hyphens, case and đ/Đ do not matter."""
    value = _DASHES.sub("-", unicodedata.normalize("NFC", value)).lower().replace("đ", "d")
    return re.sub(r"[\s-]+", "", value)


def same_title(fact: str, draft: str) -> bool:
    """A title is recovered when it reads the same and keeps the proper names' capitals.

    Whitespace does not count; a letter the transcription writes in
    capitals (a proper name: "tỉnh Hà Giang") must be a capital in the
    draft, one it writes in small letters may be either (a title printed
    in capitals is the title).
    """
    wanted, got = re.sub(r"\s+", "", text(fact)), re.sub(r"\s+", "", text(draft))
    if len(wanted) != len(got) or wanted.lower() != got.lower():
        return False
    return all(g.isupper() for w, g in zip(wanted, got, strict=True) if w.isupper())


def precision(value: str) -> str:
    """The precision a partial date's form gives: ``"year"``, ``"month"`` or ``"day"``."""
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def partial(value: object, at: str = "day") -> str | None:
    """A draft's date (a ``date`` or ISO string) at precision ``at``, as facts write dates."""
    if isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str) or not _DATE.match(value[:10]):
        return None
    return value[: {"year": 4, "month": 7, "day": 10}.get(at, 10)]


def facts_of(slug: str, corpus: Path = CORPUS) -> Mapping[str, Any]:
    """The checked facts of the corpus document ``slug``."""
    return load_facts(corpus / slug / "facts.toml")
