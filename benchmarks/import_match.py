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

#: The document types a draft's ``kind`` can say (coordprog.DocumentKind's values), for each
#: type line; a plan's type line is the same for one body and for several. A type line not
#: listed has no kind a draft can hold.
DOCUMENT_KINDS: dict[str, set[str]] = {
    "chương trình": {"program"},
    "chương trình phối hợp": {"program"},
    "chương trình hành động": {"program"},
    "quy chế": {"regulation"},
    "quy chế phối hợp": {"regulation"},
    "quy định": {"rules"},
    "quy định phối hợp": {"rules"},
    "quy định phối hợp liên ngành": {"rules"},
    "nội quy": {"rules"},
    "nghị quyết liên tịch": {"joint-resolution"},
    "kế hoạch": {"plan", "joint-plan"},
    "kế hoạch liên tịch": {"joint-plan"},
    "thỏa thuận": {"agreement"},
    "thông tư": {"circular"},
    "thông tư liên tịch": {"joint-circular"},
    "thông tư liên ngành": {"joint-circular"},
    "quyết định": {"decision"},
    "nghị quyết": {"resolution"},
    "công văn": {"official-letter"},
    "hướng dẫn": {"guidance"},
    "hướng dẫn liên ngành": {"guidance"},
    "thông báo": {"notice"},
    "chỉ thị": {"directive"},
    "quy trình": {"procedure"},
}

#: The kinds of the act that promulgates a document (a Promulgation's ``kind``, a LegalKind).
DECISION_KINDS: dict[str, set[str]] = {
    "quyết định": {"decision"},
    "nghị quyết": {"resolution"},
    "thông tư": {"circular"},
    "thông tư liên tịch": {"joint-circular"},
    "nghị quyết liên tịch": {"joint-resolution"},
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
    "chương trình phối hợp": {"program"},
    "chương trình hành động": {"program"},
    "kế hoạch": {"plan"},
    "công văn": {"official-letter"},
    "luật": {"law"},
    "bộ luật": {"code"},
    "hiến pháp": {"constitution"},
    "pháp lệnh": {"ordinance"},
    "nghị định": {"decree"},
    "thông tư": {"circular"},
    "thông tư liên tịch": {"joint-circular"},
    "thông tư liên ngành": {"joint-circular"},
    "đề án": {"project"},
    "quy định": {"rules"},
    "điều lệ": {"charter"},
    "hướng dẫn": {"guidance"},
    "thông báo": {"notice"},
    "tờ trình": {"submission"},
    "báo cáo": {"report"},
}


@dataclass(frozen=True)
class Outcome:
    """One fact compared: its category, what it is, and how the draft fared.

    ``path`` is where in the draft the value compared was read (``"number"``,
    ``"parties[0].level"``, ``"promulgation.articles[1]"``), when the draft
    gave one.
    """

    category: str
    fact: str
    status: str
    expected: str | None = None
    got: str | None = None
    flagged: bool = False
    path: str | None = None


def flags_of(unsure: Sequence[str], data: Mapping[str, Any]) -> list[str]:
    """The remarks of a draft: ``Draft.unsure`` and every ``note`` of its data."""
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


def flagged_paths(data: Mapping[str, Any]) -> list[str]:
    """The fields a draft flags itself: the ``path`` of each item of its ``to_complete``."""
    items = data.get("to_complete") or []
    return [str(item["path"]) for item in items if isinstance(item, Mapping) and item.get("path")]


def _quotable(value: object) -> list[str]:
    if isinstance(value, dt.date):
        return [value.isoformat(), f"{value.day}/{value.month}/{value.year}"]
    if isinstance(value, str) and value.strip():
        return [value]
    return []


def _within(path: str, flagged: str) -> bool:
    """Whether ``path`` is the field ``flagged`` names or a part of it (``parties[0].level``)."""
    return path == flagged or path.startswith((f"{flagged}.", f"{flagged}["))


def is_flagged(
    value: object,
    flags: Sequence[str],
    path: str | None = None,
    fields: Sequence[str] = (),
) -> bool:
    """Whether a wrong value is flagged: its field is one the draft flags, or a remark quotes it.

    Structured flags: the draft's ``to_complete`` items each name a field
    (``fields``); a wrong value read from that field or a part of it
    (``path``) is flagged.  Remarks (``flags``: ``Draft.unsure`` and the
    ``note`` fields) flag a value they quote: the value (or, for a date,
    its ISO or d/m/yyyy form) must appear in a remark's text as whole
    words, compared as :func:`import_facts.key` compares texts.
    """
    if path is not None and any(_within(path, field) for field in fields):
        return True
    said = " | ".join(nf.key(flag) for flag in flags)
    for form in _quotable(value):
        quoted = nf.key(form)
        if quoted and re.search(rf"(?<!\w){re.escape(quoted)}(?!\w)", said):
            return True
    return False


class _Scorer:
    """The comparison of one draft's data with one facts file.

    A draft that holds a decision with the instrument it promulgates
    (``promulgation``) is compared part by part: the document's facts (the
    decision's type line, number, date, place, title, articles, signatories,
    recipients) with the decision, the facts of what it promulgates
    (``attached``) with the program, which is the instrument.
    """

    def __init__(self, facts: Mapping[str, Any], data: Mapping[str, Any], flags: Sequence[str]):
        self.facts, self.data, self.flags = facts, data, flags
        self.fields = flagged_paths(data)
        self.outcomes: list[Outcome] = []
        parties = [*data.get("parties", []), *data.get("third_parties", [])]
        self.names = {party.get("id"): party for party in parties}
        decision = data.get("promulgation")
        self.decision: Mapping[str, Any] | None = (
            decision if isinstance(decision, Mapping) else None
        )
        #: a records draft (a review report's): records name their program, and have no parties.
        self.records = isinstance(data.get("program"), str) and "parties" not in data

    def add(
        self,
        category: str,
        fact: str,
        status: str,
        expected: object = None,
        got: object = None,
        path: str | None = None,
    ) -> None:
        flagged = status == WRONG and is_flagged(got, self.flags, path, self.fields)
        shown = None if got is None else str(got)
        self.outcomes.append(
            Outcome(
                category,
                fact,
                status,
                None if expected is None else str(expected),
                shown,
                flagged,
                path,
            )
        )

    def compare(
        self,
        category: str,
        fact: str,
        expected: object,
        got: object,
        same: bool,
        path: str | None = None,
    ) -> None:
        """A fact the facts file states: recovered, missing (the draft is silent) or wrong."""
        if got in (None, "", [], {}):
            self.add(category, fact, MISSING, expected)
        else:
            self.add(category, fact, RECOVERED if same else WRONG, expected, got, path)

    def invented(self, category: str, fact: str, got: object, path: str | None = None) -> None:
        """What the draft states and the text does not."""
        if got not in (None, "", [], {}):
            self.add(category, fact, WRONG, None, got, path)

    # --- the document's own fields ---

    def document(self) -> None:
        if self.records:
            self._records_document()
            return
        if self.decision is not None:
            self._decision_and_instrument(self.decision)
            return
        doc = self.facts["document"]
        attached = self.facts.get("attached", [])
        kinds = [("type line", doc.get("type_line"))] + [
            (f"attached {i + 1} type line", a.get("type_line")) for i, a in enumerate(attached)
        ]
        printed = [(label, value) for label, value in kinds if value]
        if printed:
            # A copy that prints no type line gives no fact to hold the draft's kind
            # against: the format holds a kind for every document (a program's by
            # default), so a draft cannot leave it out, and a decision's kind is not
            # scored without a type line either (``_decision_and_instrument``).
            self.slot(
                "document",
                printed,
                self.data.get("kind"),
                lambda fact, got: bool(_typed(fact, self.data)[0]),
                "type line",
                "kind",
            )
        titles = [("title", doc.get("title"))] + [
            (f"attached {i + 1} title", a.get("title")) for i, a in enumerate(attached)
        ]
        titles = [(label, value) for label, value in titles if value]
        self.slot("document", titles, self.data.get("title"), nf.same_title, "title", "title")
        self._number_date_place(self.data, "", "signed_on")

    def _instrument_type(self, label: str, type_line: str) -> None:
        """An instrument's type line against the program's kind (or type line, for ``other``)."""
        kind_held, got, path = _typed(type_line, self.data)
        self.compare("document", f"{label} type line", type_line, got, bool(kind_held), path)

    def _number_date_place(self, source: Mapping[str, Any], prefix: str, date_field: str) -> None:
        """The number, date, place and province lines of the document, read from ``source``."""
        doc = self.facts["document"]
        got_number = source.get("number")
        if "number" in doc:
            same = isinstance(got_number, str) and nf.number(got_number) == nf.number(doc["number"])
            self.compare("document", "number", doc["number"], got_number, same, f"{prefix}number")
        else:
            self.invented("document", "number (not stated)", got_number, f"{prefix}number")
        at = source.get("signed_precision", "day") if date_field == "signed_on" else "day"
        raw = source.get(date_field)
        signed = nf.partial(raw, at)
        precision = nf.precision(signed) if signed else at
        if "date" in doc:
            same = signed == doc["date"] and precision == nf.precision(doc["date"])
            self.compare("document", "date", doc["date"], signed, same, f"{prefix}{date_field}")
        else:
            self.invented("document", "date (not stated)", signed, f"{prefix}{date_field}")
        got = source.get("place")
        if "place" in doc:
            same = isinstance(got, str) and nf.key(got) == nf.key(doc["place"])
            self.compare("document", "place", doc["place"], got, same, f"{prefix}place")
        else:
            self.invented("document", "place (not stated)", got, f"{prefix}place")
        got = self.data.get("province")
        if "province" in doc:
            same = isinstance(got, str) and nf.key(got) == nf.key(doc["province"])
            self.compare("document", "province", doc["province"], got, same, "province")
        else:
            self.invented("document", "province (not stated)", got, "province")

    def _decision_and_instrument(self, decision: Mapping[str, Any]) -> None:
        """The decision's lines against its facts, the instruments' against the program's."""
        doc = self.facts["document"]
        if doc.get("type_line"):
            wanted = _kinds(DECISION_KINDS, doc["type_line"])
            got = decision.get("kind", "decision")
            self.compare(
                "document", "type line", doc["type_line"], got, got in wanted, "promulgation.kind"
            )
        if doc.get("title"):
            got = decision.get("title")
            same = isinstance(got, str) and nf.same_title(doc["title"], got)
            self.compare("document", "title", doc["title"], got, same, "promulgation.title")
        else:
            self.invented("document", "title (not printed)", decision.get("title"))
        self._number_date_place(decision, "promulgation.", "date")
        # The instrument is the program: it has no number, date or place of its own
        # unless the copy prints them; a copy of the decision's is no fact of its own.
        for field, shown in (("number", "number"), ("signed_on", "date"), ("place", "place")):
            value = self.data.get(field)
            same_as_decision = field != "signed_on" and value == decision.get(field)
            if field == "signed_on":
                same_as_decision = nf.partial(value) == nf.partial(decision.get("date"))
            if value not in (None, "") and not same_as_decision:
                self.invented("document", f"instrument {shown} (not stated)", value, field)
        attached = self.facts.get("attached", [])
        instruments = [str(i) for i in decision.get("instruments", []) if isinstance(i, str)]
        kind, title = self.data.get("kind"), self.data.get("title")
        held = _held(attached, kind, title)
        for index, fact in enumerate(attached):
            label = f"attached {index + 1}"
            if index == held:
                if fact.get("type_line"):
                    self._instrument_type(label, fact["type_line"])
                if fact.get("title"):
                    self.add("document", f"{label} title", RECOVERED, fact["title"], title, "title")
                continue
            # Another instrument: recovered when the decision lists it; if the program is
            # none of them, the first is compared with the program's kind and title.
            listed = next(
                (i for i in instruments if fact.get("title") and nf.same_title(fact["title"], i)),
                None,
            )
            against = held is None and index == 0
            if fact.get("type_line"):
                typed = listed is not None and nf.key(listed).startswith(nf.key(fact["type_line"]))
                if typed:
                    self.add("document", f"{label} type line", RECOVERED, fact["type_line"], listed)
                elif against:
                    self._instrument_type(label, fact["type_line"])
                else:
                    self.add("document", f"{label} type line", MISSING, fact["type_line"])
            if fact.get("title"):
                if listed is not None:
                    self.add("document", f"{label} title", RECOVERED, fact["title"], listed)
                elif against:
                    self.compare("document", f"{label} title", fact["title"], title, False, "title")
                else:
                    self.add("document", f"{label} title", MISSING, fact["title"])

    def slot(
        self,
        category: str,
        candidates: list[tuple[str, Any]],
        got: object,
        same: Any,
        name: str,
        path: str,
    ) -> None:
        """One draft field that may hold either of several facts (decision, instrument)."""
        if not candidates:
            self.invented(category, f"{name} (not printed)", got, path)
            return
        hit = next((i for i, (_, value) in enumerate(candidates) if got and same(value, got)), None)
        for index, (label, value) in enumerate(candidates):
            if index == hit:
                self.add(category, label, RECOVERED, value, got, path)
            elif hit is None and index == 0:
                self.compare(category, label, value, got, False, path)
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
            self.invented("period", "period (not stated)", shown or None, "period")
            return
        for part in ("start", "end", "term"):
            path = f"period.{part}"
            if part not in stated:
                self.invented("period", f"{part} (not stated)", values[part], path)
            elif part == "term":
                term = values[part]
                same = term is not None and nf.key(term) == nf.key(stated[part])
                self.compare("period", part, stated[part], term, same, path)
            elif stated[part] == "until replaced":
                if values[part]:
                    self.add("period", part, WRONG, "until replaced", values[part], path)
                elif got.get("end_unknown"):
                    self.add("period", part, MISSING, "until replaced")
                else:
                    self.add("period", part, RECOVERED, "until replaced")
            else:
                same = values[part] == stated[part] and at == nf.precision(stated[part])
                self.compare("period", part, stated[part], values[part], same, path)

    # --- parties and signatories ---

    def party_matches(self, fact: Mapping[str, Any], draft: Mapping[str, Any]) -> bool:
        """A party is recovered when a name the draft gives it is the fact's name or an alias."""
        wanted = {nf.key(fact["name"]), *(nf.key(alias) for alias in fact.get("aliases", []))}
        names = [draft.get("name"), draft.get("short_name")]
        if draft.get("name") and draft.get("province"):
            names.append(f"{draft['name']} {draft['province']}")
        return any(isinstance(name, str) and nf.key(name) in wanted for name in names)

    def _party_drafts(self) -> tuple[list[Mapping[str, Any]], str]:
        """The draft's parties and their field: a records draft's are its outcome's bodies."""
        if self.records:
            outcomes = self.data.get("outcomes") or [{}]
            names = outcomes[0].get("bodies") or []
            return [{"name": name} for name in names], "outcomes[0].bodies"
        return list(self.data.get("parties", [])), "parties"

    def parties(self) -> None:
        parties, where = self._party_drafts()
        drafts = list(enumerate(parties))
        for fact in self.facts["parties"]:
            found = next(((i, d) for i, d in drafts if self.party_matches(fact, d)), None)
            label = f"party {fact['name']}"
            if found is None:
                self.add("parties", label, MISSING, fact["name"])
                for part in ("level", "province", "organ"):
                    if part in fact:
                        self.add("parties", f"{label}: {part}", MISSING, fact[part])
                continue
            drafts.remove(found)
            index, party = found
            path = f"{where}[{index}]"
            self.add("parties", label, RECOVERED, fact["name"], party.get("name"), path)
            for part, field in (
                ("level", "level"),
                ("province", "province"),
                ("organ", "issuing_organ"),
            ):
                if part in fact:
                    got = party.get(field)
                    same = isinstance(got, str) and nf.key(got) == nf.key(fact[part])
                    self.compare(
                        "parties", f"{label}: {part}", fact[part], got, same, f"{path}.{field}"
                    )
        for index, extra in drafts:
            self.invented(
                "parties", "party not in the text", extra.get("name"), f"{where}[{index}]"
            )

    def _signatory_sources(self) -> list[tuple[str, Mapping[str, Any]]]:
        """The draft's signatures, with their paths: the decision's first, then the program's."""
        found: list[tuple[str, Mapping[str, Any]]] = []
        if self.decision is not None:
            found += [
                (f"promulgation.signatories[{i}]", s)
                for i, s in enumerate(self.decision.get("signatories", []))
            ]
        found += [(f"signatories[{i}]", s) for i, s in enumerate(self.data.get("signatories", []))]
        if self.records:
            # A records draft: the signatures of the report or notice its outcome records.
            outcome = (self.data.get("outcomes") or [{}])[0]
            found += [
                (f"outcomes[0].signatories[{i}]", s)
                for i, s in enumerate(outcome.get("signatories", []))
            ]
        return found

    def _signed_for(self, signatory: Mapping[str, Any]) -> Mapping[str, Any] | None:
        """The party a signature is for: by id, or the body it names (a records draft's)."""
        owner = self.names.get(signatory.get("party"))
        if owner is None and isinstance(signatory.get("body"), str):
            return {"name": signatory["body"]}
        return owner

    def signatories(self) -> None:
        drafts = self._signatory_sources()
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
            path, signatory = found
            self.add(
                "signatories",
                label,
                RECOVERED,
                label,
                signatory.get("name") or signatory.get("title"),
                path,
            )
            for part, value in parts:
                if not value:
                    continue
                if part == "title":
                    got = signatory.get("title")
                    same = isinstance(got, str) and nf.key(got) == nf.key(str(value))
                    where = f"{path}.title"
                elif part == "party":
                    owner = self._signed_for(signatory)
                    got = owner.get("name") if owner else None
                    same = owner is not None and self.party_matches(
                        facts_parties[str(value)], owner
                    )
                    where = f"{path}.party"
                else:
                    got = signatory.get("authority")
                    same = isinstance(got, str) and nf.key(str(value)) in nf.key(got)
                    where = f"{path}.authority"
                self.compare("signatories", f"{label}: {part}", value, got, same, where)
        for path, extra in drafts:
            self.invented(
                "signatories",
                "signatory not in the text",
                extra.get("name") or extra.get("title") or extra.get("authority"),
                path,
            )

    @staticmethod
    def _signatory(
        fact: Mapping[str, Any], drafts: list[tuple[str, Mapping[str, Any]]]
    ) -> tuple[str, Mapping[str, Any]] | None:
        for field in ("name", "title"):
            if field in fact:
                return next(
                    (
                        (path, d)
                        for path, d in drafts
                        if isinstance(d.get(field), str) and nf.key(d[field]) == nf.key(fact[field])
                    ),
                    None,
                )
        line = nf.key(fact["authority"][0])
        return next(
            (
                (path, d)
                for path, d in drafts
                if isinstance(d.get("authority"), str) and line in nf.key(d["authority"])
            ),
            None,
        )

    # --- acts ---

    def acts(self) -> None:
        holder: Mapping[str, Any] = self.data
        prefix = ""
        if self.records:
            # A records draft: the acts the report or notice its outcome records cites.
            holder, prefix = (self.data.get("outcomes") or [{}])[0], "outcomes[0]."
        drafts = list(enumerate(holder.get("legal_refs", [])))
        basis = set(self.data.get("basis", []))
        if self.decision is not None:
            basis |= set(self.decision.get("basis", []))
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
            index, ref = found
            path = f"{prefix}legal_refs[{index}]"
            self.add("acts", label, RECOVERED, label, ref.get("number") or ref.get("title"), path)
            for part, value in parts:
                if part == "kind":
                    got = ref.get("kind")
                    self.compare(
                        "acts",
                        f"{label}: kind",
                        value,
                        got,
                        got in _act_kinds(str(value)),
                        f"{path}.kind",
                    )
                elif part == "date":
                    got = nf.partial(ref.get("date"))
                    self.compare("acts", f"{label}: date", value, got, got == value, f"{path}.date")
                elif part == "issuer":
                    got = ref.get("issuer")
                    same = isinstance(got, str) and nf.key(got) == nf.key(str(value))
                    self.compare("acts", f"{label}: issuer", value, got, same, f"{path}.issuer")
                else:
                    said = ref.get("id") in basis
                    if said == value:
                        self.add("acts", f"{label}: {part}", RECOVERED, value, said, path)
                    elif said:
                        self.add("acts", f"{label}: {part}", WRONG, value, ref.get("number"), path)
                    else:
                        self.add("acts", f"{label}: {part}", MISSING, value)
        for index, extra in drafts:
            self.invented(
                "acts",
                "act not cited in the text",
                extra.get("number") or extra.get("title"),
                f"{prefix}legal_refs[{index}]",
            )

    @staticmethod
    def _act(
        fact: Mapping[str, Any], drafts: list[tuple[int, Mapping[str, Any]]]
    ) -> tuple[int, Mapping[str, Any]] | None:
        if "number" in fact:
            wanted = nf.number(fact["number"])
            return next(
                (
                    (i, d)
                    for i, d in drafts
                    if isinstance(d.get("number"), str) and nf.number(d["number"]) == wanted
                ),
                None,
            )
        kinds = _act_kinds(fact["kind"])
        title = nf.key(fact.get("title", ""))
        bare = title.removeprefix("bộ luật ").removeprefix("luật ")
        for index, draft in drafts:
            if draft.get("kind") not in kinds:
                continue
            got = nf.key(draft.get("title") or "")
            if got and title and (got in title or bare in got):
                return index, draft
            if not got and "date" in fact and nf.partial(draft.get("date")) == fact["date"]:
                return index, draft
        return None

    # --- provisions, tasks, schedule, recipients ---

    def provisions(self) -> None:
        if self.decision is not None:
            # The decision's own articles, then the instrument's provisions (the program's).
            own = {
                nf.key(str(a.get("number"))): (f"promulgation.articles[{i}]", a)
                for i, a in enumerate(self.decision.get("articles", []))
            }
            self._provisions(
                {},
                {(None, k): v for k, v in own.items()},
                self.facts.get("chapters", []),
                self.facts.get("articles", []),
            )
            wanted_chapters: list[Mapping[str, Any]] = []
            wanted_articles: list[Mapping[str, Any]] = []
            for attached in self.facts.get("attached", []):
                wanted_chapters += attached.get("chapters", [])
                wanted_articles += attached.get("articles", [])
            chapters, articles = self._program_provisions()
            self._provisions(chapters, articles, wanted_chapters, wanted_articles)
            return
        wanted_chapters = [*self.facts.get("chapters", [])]
        wanted_articles = [*self.facts.get("articles", [])]
        for attached in self.facts.get("attached", []):
            wanted_chapters += attached.get("chapters", [])
            wanted_articles += attached.get("articles", [])
        chapters, articles = self._program_provisions()
        self._provisions(chapters, articles, wanted_chapters, wanted_articles)

    def _program_provisions(
        self,
    ) -> tuple[
        dict[str, tuple[str, Mapping[str, Any]]],
        dict[tuple[str | None, str], tuple[str, Mapping[str, Any]]],
    ]:
        chapters: dict[str, tuple[str, Mapping[str, Any]]] = {}
        articles: dict[tuple[str | None, str], tuple[str, Mapping[str, Any]]] = {}
        for c, chapter in enumerate(self.data.get("chapters", [])):
            number = nf.key(str(chapter.get("number")))
            chapters[number] = (f"chapters[{c}]", chapter)
            for a, article in enumerate(chapter.get("articles", [])):
                articles[(number, nf.key(str(article.get("number"))))] = (
                    f"chapters[{c}].articles[{a}]",
                    article,
                )
        for a, article in enumerate(self.data.get("articles", [])):
            articles[(None, nf.key(str(article.get("number"))))] = (f"articles[{a}]", article)
        return chapters, articles

    def _provisions(
        self,
        chapters: dict[str, tuple[str, Mapping[str, Any]]],
        articles: dict[tuple[str | None, str], tuple[str, Mapping[str, Any]]],
        wanted_chapters: Sequence[Mapping[str, Any]],
        wanted_articles: Sequence[Mapping[str, Any]],
    ) -> None:
        for fact in wanted_chapters:
            label = f"chapter {fact['number']}"
            found = chapters.pop(nf.key(fact["number"]), None)
            path, chapter = found if found else (None, None)
            self.compare(
                "provisions", label, fact["number"], chapter and chapter.get("number"), True, path
            )
            if "title" in fact:
                got = chapter.get("title") if chapter else None
                same = isinstance(got, str) and nf.key(got) == nf.key(fact["title"])
                self.compare(
                    "provisions", f"{label}: title", fact["title"], got, same, f"{path}.title"
                )
        for fact in wanted_articles:
            chapter_number = nf.key(fact["chapter"]) if "chapter" in fact else None
            label = f"article {fact['number']}" + (
                f" of chapter {fact['chapter']}" if chapter_number else ""
            )
            found = articles.pop((chapter_number, nf.key(fact["number"])), None)
            path, article = found if found else (None, None)
            self.compare(
                "provisions", label, fact["number"], article and article.get("number"), True, path
            )
            got = article.get("caption") if article else None
            if "caption" in fact:
                same = isinstance(got, str) and nf.key(got) == nf.key(fact["caption"])
                self.compare(
                    "provisions", f"{label}: caption", fact["caption"], got, same, f"{path}.caption"
                )
            else:
                self.invented(
                    "provisions", f"{label}: caption (none printed)", got, f"{path}.caption"
                )
        for path, chapter in chapters.values():
            self.invented("provisions", "chapter not in the text", chapter.get("number"), path)
        for path, article in articles.values():
            self.invented("provisions", "article not in the text", article.get("number"), path)

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
            self.add("tasks", label, RECOVERED, fact["text"], found[0], "task_groups")
            for role, name in roles:
                ids = found[1] if role == "lead" else found[2]
                got = [self.names.get(i, {}).get("name") or str(i) for i in ids]
                same = any(nf.key(str(g)) == nf.key(name) for g in got)
                self.compare(
                    "tasks",
                    f"{label}: {role} {name}",
                    name,
                    ", ".join(got) or None,
                    same,
                    "task_groups",
                )
        for text, _, _ in drafts:
            self.invented("tasks", "task not in the text", text, "task_groups")

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
                "schedule.annual_plans",
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
            self.invented(
                "schedule", "review not in the text", f"every {every} months", "schedule.reviews"
            )
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
                "schedule.final_review",
            )

    def recipients(self) -> None:
        drafts: dict[str, tuple[str, str]] = {}
        sources = [("recipients", self.data.get("recipients", []))]
        if self.records:
            outcome = (self.data.get("outcomes") or [{}])[0]
            sources.append(("outcomes[0].recipients", outcome.get("recipients", [])))
        if self.decision is not None:
            sources.insert(0, ("promulgation.recipients", self.decision.get("recipients", [])))
        for prefix, lines in sources:
            for index, line in enumerate(lines):
                if isinstance(line, str):
                    drafts.setdefault(nf.key(line.lstrip("-\u2013 ")), (f"{prefix}[{index}]", line))
        for fact in self.facts["document"].get("recipients", []):
            found = drafts.pop(nf.key(fact), None)
            self.compare(
                "recipients",
                f"recipient {fact}",
                fact,
                found and found[1],
                True,
                found and found[0],
            )
        for path, extra in drafts.values():
            self.invented("recipients", "recipient not in the text", extra, path)

    # --- what a decision promulgates, and the record of a review ---

    def attached(self) -> None:
        """Each instrument the decision promulgates: held with it, and issued with its number."""
        decision = self.decision
        title = self.data.get("title")
        kind = self.data.get("kind")
        instruments = (
            [str(i) for i in decision.get("instruments", []) if isinstance(i, str)]
            if decision
            else []
        )
        facts = self.facts.get("attached", [])
        program = _held(facts, kind, title) if decision is not None else None
        for index, attached in enumerate(facts):
            label = f"attached {index + 1}: promulgated by this document"
            expected = attached.get("title") or attached.get("type_line")
            held = index == program or (
                decision is not None
                and bool(attached.get("title"))
                and any(nf.same_title(attached["title"], i) for i in instruments)
            )
            self.add("attached", label, RECOVERED if held else MISSING, expected, held or None)
            if "issued_with" in attached:
                number = decision.get("number") if decision else None
                same = isinstance(number, str) and nf.number(number) == nf.number(
                    attached["issued_with"]
                )
                self.compare(
                    "attached",
                    f"attached {index + 1}: issued with",
                    attached["issued_with"],
                    number,
                    same,
                    "promulgation.number",
                )

    def _records_document(self) -> None:
        """A records draft: its title, and the number, date and place of the outcome it records.

        Records hold no document kind or province of their own: those facts
        are missing.
        """
        doc = self.facts["document"]
        for part, label in (("type_line", "type line"), ("province", "province")):
            if part in doc:
                self.add("document", label, MISSING, doc[part])
        titles = [("title", doc["title"])] if doc.get("title") else []
        self.slot("document", titles, self.data.get("title"), nf.same_title, "title", "title")
        outcomes = self.data.get("outcomes") or [{}]
        self._number_date_place_of(outcomes[0], "outcomes[0].")
        got = outcomes[0].get("place")
        if "place" in doc:
            same = isinstance(got, str) and nf.key(got) == nf.key(doc["place"])
            self.compare("document", "place", doc["place"], got, same, "outcomes[0].place")
        else:
            self.invented("document", "place (not stated)", got, "outcomes[0].place")

    def _number_date_place_of(self, outcome: Mapping[str, Any], prefix: str) -> None:
        doc = self.facts["document"]
        got_number = outcome.get("number")
        if "number" in doc:
            same = isinstance(got_number, str) and nf.number(got_number) == nf.number(doc["number"])
            self.compare("document", "number", doc["number"], got_number, same, f"{prefix}number")
        else:
            self.invented("document", "number (not stated)", got_number, f"{prefix}number")
        signed = nf.partial(outcome.get("date"))
        if "date" in doc:
            same = signed == doc["date"]
            self.compare("document", "date", doc["date"], signed, same, f"{prefix}date")
        else:
            self.invented("document", "date (not stated)", signed, f"{prefix}date")

    def review(self) -> None:
        """A review's facts, from a records draft's first meeting and outcome.

        ``reviewed`` is recovered when the meeting's or the records' title
        names it; ``meeting``, ``meeting_date`` and ``meeting_place`` are the
        meeting's title, date and place; ``window`` the outcome's window
        (the whole year, month or day the fact gives); ``next_year`` the year
        of a plan the meeting adopted; ``chairs`` and ``reports`` the
        meeting's chairs and presenters, each found by a name (or post) the
        fact's text contains; a chair or presenter no fact names is invented.
        A program draft holds none of them: all missing.
        """
        facts = self.facts.get("review", {})
        if not self.records:
            for field, value in facts.items():
                for item in value if isinstance(value, list) else [value]:
                    self.add("review", f"review {field}", MISSING, item)
            return
        meeting = (self.data.get("meetings") or [{}])[0]
        outcome = (self.data.get("outcomes") or [{}])[0]
        if "reviewed" in facts:
            wanted = nf.squashed(facts["reviewed"])
            said = [t for t in (meeting.get("title"), self.data.get("title")) if isinstance(t, str)]
            hit = any(wanted in nf.squashed(text) for text in said)
            self.add("review", "reviewed", RECOVERED if hit else MISSING, facts["reviewed"])
        if "meeting" in facts:
            got = meeting.get("title")
            same = isinstance(got, str) and nf.same_title(facts["meeting"], got)
            self.compare("review", "meeting", facts["meeting"], got, same, "meetings[0].title")
        if "meeting_date" in facts:
            got = nf.partial(meeting.get("date"), nf.precision(facts["meeting_date"]))
            same = got == facts["meeting_date"] and nf.partial(meeting.get("date")) is not None
            self.compare(
                "review", "meeting date", facts["meeting_date"], got, same, "meetings[0].date"
            )
        if "meeting_place" in facts:
            got = meeting.get("place")
            same = isinstance(got, str) and nf.key(got) == nf.key(facts["meeting_place"])
            self.compare(
                "review", "meeting place", facts["meeting_place"], got, same, "meetings[0].place"
            )
        window = outcome.get("window") or meeting.get("window") or {}
        span = (nf.partial(window.get("start")), nf.partial(window.get("end")))
        if "window" in facts:
            got = None if span[0] is None else f"{span[0]} to {span[1]}"
            same = span == _span(facts["window"])
            self.compare("review", "window", facts["window"], got, same, "outcomes[0].window")
        else:
            self.invented("review", "window (not stated)", span[0] and f"{span[0]} to {span[1]}")
        if "next_year" in facts:
            years = [str(a.get("year")) for a in meeting.get("adopted", []) if a.get("year")]
            got = years[0] if years else None
            same = got is not None and facts["next_year"][:4] in years
            self.compare(
                "review", "next year", facts["next_year"], got, same, "meetings[0].adopted"
            )
        for field, people in (("chairs", "chairs"), ("reports", "presenters")):
            found = list(enumerate(meeting.get(people, [])))
            for fact in facts.get(field, []):
                wanted = nf.key(fact)
                match = next(
                    (
                        (i, person)
                        for i, person in found
                        if any(
                            isinstance(person.get(part), str) and nf.key(person[part]) in wanted
                            for part in ("name", "body")
                        )
                    ),
                    None,
                )
                if match is None:
                    self.add("review", field[:-1], MISSING, fact)
                    continue
                found.remove(match)
                path = f"meetings[0].{people}[{match[0]}]"
                self.add("review", field[:-1], RECOVERED, fact, match[1].get("name"), path)
            for index, person in found:
                got = person.get("name") or person.get("body")
                self.invented(
                    "review", f"{field[:-1]} not in the text", got, f"meetings[0].{people}[{index}]"
                )


def _span(partial: str) -> tuple[str | None, str | None]:
    """The first and last day of a partial date ("2018": 2018-01-01 to 2018-12-31).

    Two partial dates joined by a slash are a span of several ("2006/2010":
    2006-01-01 to 2010-12-31), as ISO 8601 writes an interval.
    """
    if "/" in partial:
        first, last = partial.split("/", 1)
        return _span(first)[0], _span(last)[1]
    year = int(partial[:4])
    if len(partial) == 4:
        return f"{year}-01-01", f"{year}-12-31"
    if len(partial) == 7:
        month = int(partial[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return f"{partial}-01", (following - dt.timedelta(days=1)).isoformat()
    return partial[:10], partial[:10]


def _held(attached: Sequence[Mapping[str, Any]], kind: object, title: object) -> int | None:
    """Which promulgated instrument the program is: by its title, else (none printed) its kind."""
    for index, fact in enumerate(attached):
        if fact.get("title") and isinstance(title, str) and nf.same_title(fact["title"], title):
            return index
    for index, fact in enumerate(attached):
        if not fact.get("title") and kind in _type_kinds(fact.get("type_line", "")):
            return index
    return None


def _act_kinds(kind: str) -> set[str]:
    return _kinds(ACT_KINDS, kind) or {"other"}


def _kinds(table: Mapping[str, set[str]], words: str) -> set[str]:
    """The kinds ``table`` gives the words of a type line or an act's kind, compared as texts.

    Both sides are compared as :func:`import_facts.key` compares texts, so
    that "KẾ HOẠCH" finds "kế hoạch" whatever its tone placement.
    """
    wanted = nf.key(words)
    return next((kinds for key, kinds in table.items() if nf.key(key) == wanted), set())


def _type_kinds(type_line: str) -> set[str]:
    """The kinds a document's type line names: its own, or its head's.

    A type line the table does not list word for word is named by the longest listed
    type it opens with: "QUY CHẾ PHỐI HỢP CÔNG TÁC" is a *quy chế*, "CHƯƠNG TRÌNH PHỐI
    HỢP CÔNG TÁC" a *chương trình phối hợp*. One that opens with no listed type ("QUY TẮC
    ỨNG XỬ", "BÁO CÁO") names none.
    """
    exact = _kinds(DOCUMENT_KINDS, type_line)
    if exact:
        return exact
    words = nf.key(type_line).split()
    heads = [
        (len(key.split()), kinds)
        for key, kinds in ((nf.key(k), v) for k, v in DOCUMENT_KINDS.items())
        if words[: len(key.split())] == key.split()
    ]
    return max(heads, key=lambda head: head[0])[1] if heads else set()


def _typed(type_line: str, data: Mapping[str, Any]) -> tuple[bool | None, object, str]:
    """Whether a draft holds a type line's kind: (same, what it holds, where).

    ``same`` is None when the draft holds nothing to compare. A type line of a kind the
    format names ("QUY CHẾ") is held by that ``kind``; one of a type no kind names ("QUY
    TẮC ỨNG XỬ") by the kind ``other`` and a ``type_line`` that reads the same; a draft of
    kind ``other`` without a type line says it did not read it.
    """
    wanted = _type_kinds(type_line)
    kind = data.get("kind")
    if wanted or kind != "other":
        return kind in wanted, kind, "kind"
    printed = data.get("type_line")
    if not isinstance(printed, str) or not printed:
        return None, None, "type_line"
    return nf.key(printed) == nf.key(type_line), printed, "type_line"


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
    """Every fact of ``facts`` compared with a draft's ``data`` (its remarks and flags)."""
    scorer = _Scorer(facts, data, flags_of(unsure, data))
    for category in CATEGORIES:
        getattr(scorer, category)()
    return scorer.outcomes
