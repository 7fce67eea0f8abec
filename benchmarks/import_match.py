"""Compare a draft with the facts of its document, fact by fact.

Each fact of a facts file is *recovered* (the draft states it), *missing*
(the draft does not say) or *wrong* (the draft states something else).
What the draft states that the facts do not (a party, an act, an article,
a recipient, a number or a period the text does not give) is a wrong fact
too: an *invented* one. A wrong fact is *flagged* when the draft's flags
quote its value (:func:`is_flagged`). The rules are listed in
``tests/import_corpus/README.md``, "Scoring".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks import import_facts as nf

RECOVERED, MISSING, WRONG = "recovered", "missing", "wrong"
CATEGORIES = (
    "document",
    "period",
    "parties",
    "signatories",
    "acts",
    "provisions",
    "tasks",
    "schedule",
    "recipients",
    "attached",
    "review",
)

#: The document types a draft's ``kind`` can say (coordprog.DocumentKind's values).
#: A type line not listed (QUYẾT ĐỊNH, NGHỊ QUYẾT, CÔNG VĂN ...) has no kind a draft can hold.
DOCUMENT_KINDS = {
    "chương trình": "program",
    "chương trình phối hợp": "program",
    "quy chế": "regulation",
    "quy chế phối hợp": "regulation",
    "quy định": "regulation",
    "nghị quyết liên tịch": "joint-resolution",
    "kế hoạch": "joint-plan",
    "kế hoạch liên tịch": "joint-plan",
    "thỏa thuận": "agreement",
    "thông tư liên tịch": "joint-circular",
    "thông tư liên ngành": "joint-circular",
}

#: The kinds of act a draft's legal reference can say (coordprog.LegalKind's values),
#: for each kind a facts file names; a kind not listed is "other".
ACT_KINDS = {
    "nghị quyết": {"resolution"},
    "nghị quyết liên tịch": {"joint-resolution"},
    "kết luận": {"conclusion"},
    "chỉ thị": {"directive"},
    "quyết định": {"decision"},
    "quy chế": {"regulation"},
    "chương trình": {"program"},
    "kế hoạch": {"plan"},
    "công văn": {"official-letter"},
    "luật": {"law"},
    "bộ luật": {"law"},
    "nghị định": {"decree"},
    "thông tư": {"circular"},
    "thông tư liên tịch": {"circular", "other"},
    "đề án": {"project"},
}


@dataclass(frozen=True)
class Outcome:
    """One fact compared: its category, what it is, and how the draft fared."""

    category: str
    fact: str
    status: str
    expected: str | None = None
    got: str | None = None
    flagged: bool = False


def flags_of(unsure: Sequence[str], data: Mapping[str, Any]) -> list[str]:
    """What a draft flags as uncertain today: ``Draft.unsure`` and every ``note`` of its data."""
    flags = list(unsure)

    def walk(value: object) -> None:
        if isinstance(value, Mapping):
            for name, item in value.items():
                if name == "note" and isinstance(item, str):
                    flags.append(item)
                else:
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(data)
    return flags


def _quotable(value: object) -> list[str]:
    if isinstance(value, dt.date):
        return [value.isoformat(), f"{value.day}/{value.month}/{value.year}"]
    if isinstance(value, str) and value.strip():
        return [value]
    return []


def is_flagged(value: object, flags: Sequence[str]) -> bool:
    """Today's rule: a wrong value is flagged when one of the draft's flags quotes it.

    The value (or, for a date, its ISO or d/m/yyyy form) must appear in a
    flag's text as whole words, compared as :func:`import_facts.key`
    compares texts.
    When drafts gain structured flags (a flag naming the field it
    concerns), this is the one function to replace.
    """
    said = " | ".join(nf.key(flag) for flag in flags)
    for form in _quotable(value):
        quoted = nf.key(form)
        if quoted and re.search(rf"(?<!\w){re.escape(quoted)}(?!\w)", said):
            return True
    return False


class _Scorer:
    """The comparison of one draft's data with one facts file."""

    def __init__(self, facts: Mapping[str, Any], data: Mapping[str, Any], flags: Sequence[str]):
        self.facts, self.data, self.flags = facts, data, flags
        self.outcomes: list[Outcome] = []
        parties = [*data.get("parties", []), *data.get("third_parties", [])]
        self.names = {party.get("id"): party for party in parties}

    def add(
        self, category: str, fact: str, status: str, expected: object = None, got: object = None
    ) -> None:
        flagged = status == WRONG and is_flagged(got, self.flags)
        shown = None if got is None else str(got)
        self.outcomes.append(
            Outcome(
                category, fact, status, None if expected is None else str(expected), shown, flagged
            )
        )

    def compare(self, category: str, fact: str, expected: object, got: object, same: bool) -> None:
        """A fact the facts file states: recovered, missing (the draft is silent) or wrong."""
        if got in (None, "", [], {}):
            self.add(category, fact, MISSING, expected)
        else:
            self.add(category, fact, RECOVERED if same else WRONG, expected, got)

    def invented(self, category: str, fact: str, got: object) -> None:
        """What the draft states and the text does not."""
        if got not in (None, "", [], {}):
            self.add(category, fact, WRONG, None, got)

    # --- the document's own fields ---

    def document(self) -> None:
        doc = self.facts["document"]
        attached = self.facts.get("attached", [])
        kinds = [("type line", doc.get("type_line"))] + [
            (f"attached {i + 1} type line", a.get("type_line")) for i, a in enumerate(attached)
        ]
        self.slot(
            "document",
            [(label, value) for label, value in kinds if value],
            self.data.get("kind"),
            lambda fact, got: DOCUMENT_KINDS.get(nf.key(fact)) == got,
            "type line",
        )
        titles = [("title", doc.get("title"))] + [
            (f"attached {i + 1} title", a.get("title")) for i, a in enumerate(attached)
        ]
        titles = [(label, value) for label, value in titles if value]
        self.slot("document", titles, self.data.get("title"), nf.same_title, "title")
        got_number = self.data.get("number")
        if "number" in doc:
            same = isinstance(got_number, str) and nf.number(got_number) == nf.number(doc["number"])
            self.compare("document", "number", doc["number"], got_number, same)
        else:
            self.invented("document", "number (not stated)", got_number)
        signed = nf.partial(self.data.get("signed_on"), self.data.get("signed_precision", "day"))
        if "date" in doc:
            at = nf.precision(doc["date"])
            same = signed == doc["date"] and self.data.get("signed_precision", "day") == at
            self.compare("document", "date", doc["date"], signed, same)
        else:
            self.invented("document", "date (not stated)", signed)
        for name in ("place", "province"):
            got = self.data.get(name)
            if name in doc:
                same = isinstance(got, str) and nf.key(got) == nf.key(doc[name])
                self.compare("document", name, doc[name], got, same)
            else:
                self.invented("document", f"{name} (not stated)", got)

    def slot(
        self, category: str, candidates: list[tuple[str, Any]], got: object, same: Any, name: str
    ) -> None:
        """One draft field that may hold either of several facts (decision, instrument)."""
        if not candidates:
            self.invented(category, f"{name} (not printed)", got)
            return
        hit = next((i for i, (_, value) in enumerate(candidates) if got and same(value, got)), None)
        for index, (label, value) in enumerate(candidates):
            if index == hit:
                self.add(category, label, RECOVERED, value, got)
            elif hit is None and index == 0:
                self.compare(category, label, value, got, False)
            else:
                self.add(category, label, MISSING, value)

    def period(self) -> None:
        stated = self.facts["document"]["period"]
        got: Mapping[str, Any] = self.data.get("period") or {}
        at = got.get("precision", "day")
        values = {"start": nf.partial(got.get("start"), at), "end": nf.partial(got.get("end"), at)}
        values["term"] = got.get("term")
        if stated == "not stated":
            shown = " to ".join(str(v) for v in values.values() if v)
            self.invented("period", "period (not stated)", shown or None)
            return
        for part in ("start", "end", "term"):
            if part not in stated:
                self.invented("period", f"{part} (not stated)", values[part])
            elif part == "term":
                term = values[part]
                same = term is not None and nf.key(term) == nf.key(stated[part])
                self.compare("period", part, stated[part], term, same)
            elif stated[part] == "until replaced":
                if values[part]:
                    self.add("period", part, WRONG, "until replaced", values[part])
                else:
                    self.add("period", part, RECOVERED, "until replaced")
            else:
                same = values[part] == stated[part] and at == nf.precision(stated[part])
                self.compare("period", part, stated[part], values[part], same)

    # --- parties and signatories ---

    def party_matches(self, fact: Mapping[str, Any], draft: Mapping[str, Any]) -> bool:
        """A party is recovered when a name the draft gives it is the fact's name or an alias."""
        wanted = {nf.key(fact["name"]), *(nf.key(alias) for alias in fact.get("aliases", []))}
        names = [draft.get("name"), draft.get("short_name")]
        if draft.get("name") and draft.get("province"):
            names.append(f"{draft['name']} {draft['province']}")
        return any(isinstance(name, str) and nf.key(name) in wanted for name in names)

    def parties(self) -> None:
        drafts = list(self.data.get("parties", []))
        for fact in self.facts["parties"]:
            found = next((d for d in drafts if self.party_matches(fact, d)), None)
            label = f"party {fact['name']}"
            if found is None:
                self.add("parties", label, MISSING, fact["name"])
                for part in ("level", "province", "organ"):
                    if part in fact:
                        self.add("parties", f"{label}: {part}", MISSING, fact[part])
                continue
            drafts.remove(found)
            self.add("parties", label, RECOVERED, fact["name"], found.get("name"))
            for part, field in (
                ("level", "level"),
                ("province", "province"),
                ("organ", "issuing_organ"),
            ):
                if part in fact:
                    got = found.get(field)
                    same = isinstance(got, str) and nf.key(got) == nf.key(fact[part])
                    self.compare("parties", f"{label}: {part}", fact[part], got, same)
        for extra in drafts:
            self.invented("parties", "party not in the text", extra.get("name"))

    def signatories(self) -> None:
        drafts = list(self.data.get("signatories", []))
        facts_parties = {party["name"]: party for party in self.facts["parties"]}
        for fact in self.facts.get("signatories", []):
            found = self._signatory(fact, drafts)
            label = f"signatory {fact.get('name') or fact.get('title') or fact['authority'][0]}"
            parts: list[tuple[str, object]] = [("title", fact.get("title"))]
            parts += [(f"authority {line}", line) for line in fact.get("authority", [])]
            parts.append(("party", fact["party"]))
            if found is None:
                self.add("signatories", label, MISSING, label)
                for part, value in parts:
                    if value:
                        self.add("signatories", f"{label}: {part}", MISSING, value)
                continue
            drafts.remove(found)
            self.add(
                "signatories", label, RECOVERED, label, found.get("name") or found.get("title")
            )
            for part, value in parts:
                if not value:
                    continue
                if part == "title":
                    got = found.get("title")
                    same = isinstance(got, str) and nf.key(got) == nf.key(str(value))
                elif part == "party":
                    owner = self.names.get(found.get("party"))
                    got = owner.get("name") if owner else None
                    same = owner is not None and self.party_matches(
                        facts_parties[str(value)], owner
                    )
                else:
                    got = found.get("authority")
                    same = isinstance(got, str) and nf.key(str(value)) in nf.key(got)
                self.compare("signatories", f"{label}: {part}", value, got, same)
        for extra in drafts:
            self.invented(
                "signatories", "signatory not in the text", extra.get("name") or extra.get("title")
            )

    @staticmethod
    def _signatory(
        fact: Mapping[str, Any], drafts: list[Mapping[str, Any]]
    ) -> Mapping[str, Any] | None:
        for field in ("name", "title"):
            if field in fact:
                return next(
                    (
                        d
                        for d in drafts
                        if isinstance(d.get(field), str) and nf.key(d[field]) == nf.key(fact[field])
                    ),
                    None,
                )
        line = nf.key(fact["authority"][0])
        return next(
            (
                d
                for d in drafts
                if isinstance(d.get("authority"), str) and line in nf.key(d["authority"])
            ),
            None,
        )

    # --- acts ---

    def acts(self) -> None:
        drafts = list(self.data.get("legal_refs", []))
        basis = set(self.data.get("basis", []))
        for fact in self.facts.get("acts", []):
            found = self._act(fact, drafts)
            label = f"act {fact.get('number') or fact.get('title') or fact['kind']}"
            parts: list[tuple[str, object]] = [("kind", fact["kind"])]
            parts += [(part, fact[part]) for part in ("date", "issuer") if part in fact]
            if fact["cited_as"] in ("basis", "other"):
                parts.append(("cited as basis", fact["cited_as"] == "basis"))
            if found is None:
                self.add("acts", label, MISSING, label)
                for part, value in parts:
                    self.add("acts", f"{label}: {part}", MISSING, value)
                continue
            drafts.remove(found)
            self.add("acts", label, RECOVERED, label, found.get("number") or found.get("title"))
            for part, value in parts:
                if part == "kind":
                    got = found.get("kind")
                    self.compare(
                        "acts", f"{label}: kind", value, got, got in _act_kinds(str(value))
                    )
                elif part == "date":
                    got = nf.partial(found.get("date"))
                    self.compare("acts", f"{label}: date", value, got, got == value)
                elif part == "issuer":
                    got = found.get("issuer")
                    same = isinstance(got, str) and nf.key(got) == nf.key(str(value))
                    self.compare("acts", f"{label}: issuer", value, got, same)
                else:
                    said = found.get("id") in basis
                    if said == value:
                        self.add("acts", f"{label}: {part}", RECOVERED, value, said)
                    elif said:
                        self.add("acts", f"{label}: {part}", WRONG, value, found.get("number"))
                    else:
                        self.add("acts", f"{label}: {part}", MISSING, value)
        for extra in drafts:
            self.invented(
                "acts", "act not cited in the text", extra.get("number") or extra.get("title")
            )

    @staticmethod
    def _act(fact: Mapping[str, Any], drafts: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
        if "number" in fact:
            wanted = nf.number(fact["number"])
            return next(
                (
                    d
                    for d in drafts
                    if isinstance(d.get("number"), str) and nf.number(d["number"]) == wanted
                ),
                None,
            )
        kinds = _act_kinds(fact["kind"])
        title = nf.key(fact.get("title", ""))
        bare = title.removeprefix("bộ luật ").removeprefix("luật ")
        for draft in drafts:
            if draft.get("kind") not in kinds:
                continue
            got = nf.key(draft.get("title") or "")
            if got and title and (got in title or bare in got):
                return draft
            if not got and "date" in fact and nf.partial(draft.get("date")) == fact["date"]:
                return draft
        return None

    # --- provisions, tasks, schedule, recipients ---

    def provisions(self) -> None:
        chapters: dict[str, Mapping[str, Any]] = {}
        articles: dict[tuple[str | None, str], Mapping[str, Any]] = {}
        for chapter in self.data.get("chapters", []):
            chapters[nf.key(str(chapter.get("number")))] = chapter
            for article in chapter.get("articles", []):
                articles[
                    (nf.key(str(chapter.get("number"))), nf.key(str(article.get("number"))))
                ] = article
        for article in self.data.get("articles", []):
            articles[(None, nf.key(str(article.get("number"))))] = article
        wanted_chapters = [*self.facts.get("chapters", [])]
        wanted_articles = [*self.facts.get("articles", [])]
        for attached in self.facts.get("attached", []):
            wanted_chapters += attached.get("chapters", [])
            wanted_articles += attached.get("articles", [])
        for fact in wanted_chapters:
            label = f"chapter {fact['number']}"
            found = chapters.pop(nf.key(fact["number"]), None)
            self.compare("provisions", label, fact["number"], found and found.get("number"), True)
            if "title" in fact:
                got = found.get("title") if found else None
                same = isinstance(got, str) and nf.key(got) == nf.key(fact["title"])
                self.compare("provisions", f"{label}: title", fact["title"], got, same)
        for fact in wanted_articles:
            chapter = nf.key(fact["chapter"]) if "chapter" in fact else None
            label = f"article {fact['number']}" + (
                f" of chapter {fact['chapter']}" if chapter else ""
            )
            found = articles.pop((chapter, nf.key(fact["number"])), None)
            self.compare("provisions", label, fact["number"], found and found.get("number"), True)
            got = found.get("caption") if found else None
            if "caption" in fact:
                same = isinstance(got, str) and nf.key(got) == nf.key(fact["caption"])
                self.compare("provisions", f"{label}: caption", fact["caption"], got, same)
            else:
                self.invented("provisions", f"{label}: caption (none printed)", got)
        for chapter in chapters.values():
            self.invented("provisions", "chapter not in the text", chapter.get("number"))
        for article in articles.values():
            self.invented("provisions", "article not in the text", article.get("number"))

    def tasks(self) -> None:
        drafts = list(_tasks(self.data.get("task_groups", []), (), ()))
        for fact in self.facts.get("tasks", []):
            start = nf.squashed(fact["text"])[:40]
            found = next((d for d in drafts if nf.squashed(d[0]).startswith(start)), None)
            label = f"task {fact['text'][:40]}"
            roles = [("lead", name) for name in fact.get("leads", [])]
            roles += [("support", name) for name in fact.get("supports", [])]
            if found is None:
                self.add("tasks", label, MISSING, fact["text"])
                for role, name in roles:
                    self.add("tasks", f"{label}: {role} {name}", MISSING, name)
                continue
            drafts.remove(found)
            self.add("tasks", label, RECOVERED, fact["text"], found[0])
            for role, name in roles:
                ids = found[1] if role == "lead" else found[2]
                got = [self.names.get(i, {}).get("name") or str(i) for i in ids]
                same = any(nf.key(str(g)) == nf.key(name) for g in got)
                self.compare("tasks", f"{label}: {role} {name}", name, ", ".join(got) or None, same)
        for text, _, _ in drafts:
            self.invented("tasks", "task not in the text", text)

    def schedule(self) -> None:
        wanted = self.facts.get("schedule", {})
        got: Mapping[str, Any] = self.data.get("schedule") or {}
        if wanted.get("annual_plans"):
            self.compare("schedule", "annual plans", True, "annual_plans" in got or None, True)
        else:
            self.invented(
                "schedule",
                "annual plans (not stated)",
                "annual plans" if "annual_plans" in got else None,
            )
        months = [review.get("every_months") for review in got.get("reviews", [])]
        for cadence in wanted.get("reviews", []):
            hit = nf.CADENCES[cadence] in months
            if hit:
                months.remove(nf.CADENCES[cadence])
            self.compare("schedule", f"review {cadence}", cadence, cadence if hit else None, True)
        for year in wanted.get("one_off_reviews", []):
            self.add("schedule", f"review held once in {year}", MISSING, year)
        for every in months:
            self.invented("schedule", "review not in the text", f"every {every} months")
        if "final_review" in wanted:
            self.compare(
                "schedule",
                "final review",
                wanted["final_review"],
                got.get("final_review") and "final review",
                True,
            )
        else:
            self.invented(
                "schedule",
                "final review (not stated)",
                "final review" if got.get("final_review") else None,
            )

    def recipients(self) -> None:
        drafts = {
            nf.key(r.lstrip("-\u2013 ")): r
            for r in self.data.get("recipients", [])
            if isinstance(r, str)
        }
        for fact in self.facts["document"].get("recipients", []):
            got = drafts.pop(nf.key(fact), None)
            self.compare("recipients", f"recipient {fact}", fact, got, True)
        for extra in drafts.values():
            self.invented("recipients", "recipient not in the text", extra)

    # --- what today's format cannot hold ---

    def attached(self) -> None:
        """The link between a decision and its instrument: a program file has no place for it."""
        for index, attached in enumerate(self.facts.get("attached", [])):
            label = f"attached {index + 1}: promulgated by this document"
            self.add("attached", label, MISSING, attached.get("title") or attached.get("type_line"))
            if "issued_with" in attached:
                self.add(
                    "attached",
                    f"attached {index + 1}: issued with",
                    MISSING,
                    attached["issued_with"],
                )

    def review(self) -> None:
        """A review's facts belong in a records file, which the importer does not write yet."""
        for field, value in self.facts.get("review", {}).items():
            for item in value if isinstance(value, list) else [value]:
                self.add("review", f"review {field}", MISSING, item)


def _act_kinds(kind: str) -> set[str]:
    return ACT_KINDS.get(nf.key(kind), {"other"})


def _tasks(
    groups: Sequence[Mapping[str, Any]], leads: tuple[str, ...], supports: tuple[str, ...]
) -> Iterator[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    for group in groups:
        group_leads = tuple(group.get("leads", ())) or leads
        group_supports = tuple(group.get("supports", ())) or supports
        for task in group.get("tasks", []):
            yield (
                str(task.get("text", "")),
                tuple(task.get("leads", ())) or group_leads,
                group_supports + tuple(task.get("supports", ())),
            )
        yield from _tasks(group.get("groups", []), group_leads, group_supports)


def compare(
    facts: Mapping[str, Any], data: Mapping[str, Any], unsure: Sequence[str] = ()
) -> list[Outcome]:
    """Every fact of ``facts`` compared with a draft's ``data`` (and its ``unsure`` remarks)."""
    scorer = _Scorer(facts, data, flags_of(unsure, data))
    for category in CATEGORIES:
        getattr(scorer, category)()
    return scorer.outcomes
