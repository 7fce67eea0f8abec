"""Score the importer on the held-out corpus: each draft compared with its hand transcription.

Run from the repository root:

    python benchmarks/import_score.py                  # the development set
    python benchmarks/import_score.py --set eval       # the evaluation set: totals only
    python benchmarks/import_score.py --set all --json

For each document of a set it runs what a user runs: ``coordprog import
source.txt -o draft.toml`` in a temporary folder (through the command
line's own entry function; was a draft written?) and, in memory,
``coordprog.import_text(text)``, whose draft it compares with
``facts.toml`` fact by fact (rules: ``tests/import_corpus/README.md``,
"Scoring"). It prints a table per set and the totals. The evaluation set's
documents are never listed one by one unless ``--details`` asks: whoever
tunes the importer must not read them.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import coordprog
import coordprog.cli
from benchmarks import import_facts as nf
from benchmarks.import_match import CATEGORIES, MISSING, RECOVERED, WRONG, Outcome, compare


@dataclass
class DocumentScore:
    """How the importer did on one document."""

    slug: str
    stratum: str
    draft_written: bool
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def parties_found(self) -> bool:
        """Every signing party of the text is among the draft's parties."""
        return all(
            o.status == RECOVERED
            for o in self.outcomes
            if o.category == "parties" and o.expected is not None and ": " not in o.fact
        )

    def counts(self, category: str | None = None) -> Counter[str]:
        """Facts, recovered, missing, wrong and wrong-and-flagged (in ``category``, or all)."""
        counts: Counter[str] = Counter()
        for outcome in self.outcomes:
            if category and outcome.category != category:
                continue
            invented = outcome.status == WRONG and outcome.expected is None
            counts["facts"] += not invented
            counts[outcome.status] += 1
            counts["invented"] += invented
            counts["flagged"] += outcome.flagged
        return counts


def draft_written(source: Path) -> bool:
    """Whether ``coordprog import SOURCE -o draft.toml``, in a temporary folder, writes a draft."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "draft.toml"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = coordprog.cli.main(["import", str(source), "-o", str(out)])
        return code == 0 and out.is_file()


def score_document(slug: str, corpus: Path = nf.CORPUS) -> DocumentScore:
    """Import one corpus document, as a user does, and compare the draft with its facts."""
    facts = nf.load_facts(corpus / slug / "facts.toml")
    source = corpus / slug / "source.txt"
    draft = coordprog.import_text(source.read_text(encoding="utf-8"))
    stratum = f"{facts['stratum']['kind']}/{facts['stratum']['level']}"
    score = DocumentScore(slug, stratum, draft_written(source))
    score.outcomes = compare(facts, draft.data, draft.unsure)
    return score


def score_set(slugs: Sequence[str], corpus: Path = nf.CORPUS) -> list[DocumentScore]:
    """Score every document of a set."""
    return [score_document(slug, corpus) for slug in slugs]


def totals(scores: Sequence[DocumentScore]) -> dict[str, Any]:
    """A set's figures: drafts, facts recovered, missing, wrong, flagged, parties, per category."""
    counts: Counter[str] = Counter()
    categories = {category: Counter[str]() for category in CATEGORIES}
    for score in scores:
        counts.update(score.counts())
        for category in CATEGORIES:
            categories[category].update(score.counts(category))
    return {
        "documents": len(scores),
        "drafts_written": sum(score.draft_written for score in scores),
        "parties_found": sum(score.parties_found for score in scores),
        **{
            name: counts[name]
            for name in ("facts", RECOVERED, MISSING, WRONG, "invented", "flagged")
        },
        "categories": {name: dict(counter) for name, counter in categories.items() if counter},
    }


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def table(name: str, scores: Sequence[DocumentScore], details: bool) -> str:
    """The Markdown report of a set: its documents (if ``details``), its categories, its totals."""
    total = totals(scores)
    lines = [f"## {name} set: {total['documents']} documents", ""]
    if details:
        lines += [
            "| document | stratum | draft written | facts | recovered | missing "
            "| wrong (flagged) | invented | parties found |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for score in scores:
            c = score.counts()
            lines.append(
                f"| {score.slug} | {score.stratum} | {'yes' if score.draft_written else 'no'} "
                f"| {c['facts']} | {c[RECOVERED]} | {c[MISSING]} | {c[WRONG]} ({c['flagged']}) "
                f"| {c['invented']} | {'yes' if score.parties_found else 'no'} |"
            )
        lines.append("")
    lines += [
        "| category | facts | recovered | missing | wrong (flagged) | of them invented |",
        "|---|---|---|---|---|---|",
    ]
    for category, c in total["categories"].items():
        lines.append(
            f"| {category} | {c.get('facts', 0)} | {c.get(RECOVERED, 0)} | {c.get(MISSING, 0)} "
            f"| {c.get(WRONG, 0)} ({c.get('flagged', 0)}) | {c.get('invented', 0)} |"
        )
    facts = total["facts"]
    lines += [
        "",
        f"- drafts written: {total['drafts_written']} of {total['documents']}",
        f"- facts recovered: {total[RECOVERED]} of {facts} ({_share(total[RECOVERED], facts)})",
        f"- facts missing: {total[MISSING]}",
        f"- wrong facts: {total[WRONG]} ({_share(total[WRONG], facts)} of the facts), "
        f"{total['invented']} of them invented; flagged: {total['flagged']}",
        f"- signing parties all found: {total['parties_found']} of {total['documents']} documents",
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: score a set, print its report (Markdown, or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--set", choices=("dev", "eval", "all"), default="dev", dest="which")
    parser.add_argument("--json", action="store_true", help="print JSON for machines")
    parser.add_argument(
        "--details", action="store_true", help="list the evaluation set's documents one by one too"
    )
    parser.add_argument("--corpus", type=Path, default=nf.CORPUS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    split = nf.load_split(args.corpus)
    names = ("dev", "eval") if args.which == "all" else (args.which,)
    report: dict[str, Any] = {}
    text = []
    for name in names:
        scores = score_set(split[name], args.corpus)
        details = name == "dev" or args.details
        report[name] = totals(scores)
        if details:
            report[name]["documents_scored"] = [
                {**asdict(s), "parties_found": s.parties_found, "counts": dict(s.counts())}
                for s in scores
            ]
        text.append(table({"dev": "Development", "eval": "Evaluation"}[name], scores, details))
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else "\n".join(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
