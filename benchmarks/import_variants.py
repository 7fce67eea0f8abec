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


#: The variants, by name: each a copy's way of printing the same document.
VARIANTS: dict[str, Callable[[str], str]] = {
    "wrapped": _wrapped,
    "nfd": _decomposed,
    "invisible": _invisible,
    "spaced-type": _spaced_type,
    "type-run-on": _type_run_on,
    "number-no-colon": _number_without_colon,
    "place-no-comma": _place_without_comma,
    "slashed-dates": _slashed_dates,
    "numbered-bases": _numbered_bases,
    "glued-articles": _glued_articles,
    "flat-recipients": _flat_recipients,
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
