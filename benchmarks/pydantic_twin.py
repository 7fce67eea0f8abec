"""A pydantic v2 twin of coordprog's file format, with the same checks, as a baseline.

Benchmark-only: pydantic is never a dependency of coordprog.  The twin holds
the schema the benchmark documents use (program, period, parties, legal
references, nested task groups and tasks, schedule rules, signatories) with
what coordprog checks on them: strict types, no unknown keys, NFC text with
the PDF fault repaired and no control characters, surrogates or
non-characters, ids without spaces, no duplicate ids, known party and act
ids, a lead for every task and none that also supports it, annual plans
inside the period, signatories of signing parties.  Its models carry the
optional fields of coordprog's (notes, joint tasks, a party's lineage ...),
which the benchmark documents leave out as most documents do.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, model_validator

from coordprog import normalize_text

_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _text(value: str) -> str:
    if not value.isprintable() and _REFUSED.search(value):
        raise ValueError("expected text without control characters")
    return normalize_text(value)


Text = Annotated[str, AfterValidator(_text)]
Id = Annotated[str, StringConstraints(pattern=r"^\S+$")]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Period(_Model):
    start: dt.date
    end: dt.date
    term: Text | None = None

    @model_validator(mode="after")
    def _order(self) -> Period:
        if self.end < self.start:
            raise ValueError(f"expected an end on or after the start {self.start}")
        return self


class Party(_Model):
    id: Id
    name: Text
    short_name: Text | None = None
    kind: Text | None = None
    level: Literal["central", "province", "district", "commune"] | None = None
    province: Text | None = None
    focal_unit: Text | None = None
    group: bool = False
    members: tuple[Id, ...] = ()
    issuing_organ: Text | None = None
    parent_body: Text | None = None
    term: Text | None = None
    members_open: bool = False
    all_levels: bool = False
    successor: Id | None = None
    until: dt.date | None = None
    lineage_act: Id | None = None
    note: Text | None = None


class LegalRef(_Model):
    id: Id
    kind: Literal[
        "resolution",
        "conclusion",
        "directive",
        "decision",
        "program",
        "plan",
        "official-letter",
        "law",
        "decree",
        "circular",
        "project",
        "other",
    ]
    number: Text | None = None
    date: dt.date | None = None
    issuer: Text | None = None
    title: Text | None = None
    note: Text | None = None


class Task(_Model):
    id: Id
    text: Text
    number: Text | None = None
    leads: tuple[Id, ...] = ()
    supports: tuple[Id, ...] = ()
    category: Literal["regular", "national-target-program", "thematic", "other"] | None = None
    legal_refs: tuple[Id, ...] = ()
    joint: bool = False
    parent_task: Id | None = None
    note: Text | None = None


class TaskGroup(_Model):
    id: Id
    title: Text
    number: Text | None = None
    leads: tuple[Id, ...] = ()
    supports: tuple[Id, ...] = ()
    category: Literal["regular", "national-target-program", "thematic", "other"] | None = None
    legal_refs: tuple[Id, ...] = ()
    tasks: tuple[Task, ...] = ()
    groups: tuple[TaskGroup, ...] = ()
    joint: bool = False
    note: Text | None = None


class Offset(_Model):
    years: int = 0
    months: int = 0
    days: int = 0


class AnnualPlanRule(_Model):
    due: Offset = Offset(months=3, days=-1)


class ReviewRule(_Model):
    id: Id
    every_months: int
    name_vi: Text
    name_en: Text
    due: Offset = Offset()
    grace: Offset = Offset(months=1)
    prepares_next_plan: bool = False


class FinalReviewRule(_Model):
    due: Offset = Offset()
    grace: Offset = Offset(months=3)
    name_vi: Text = "Tổng kết"
    name_en: Text = "Final review"


class ScheduleRules(_Model):
    annual_plans: AnnualPlanRule | None = None
    reviews: tuple[ReviewRule, ...] = ()
    final_review: FinalReviewRule | None = None


class AnnualPlan(_Model):
    year: int
    number: Text | None = None
    date: dt.date | None = None


class Signatory(_Model):
    party: Id
    name: Text
    title: Text
    authority: Text | None = None
    signed_on: dt.date | None = None


class Program(_Model):
    id: Id
    title: Text
    period: Period
    parties: tuple[Party, ...]
    purposes: tuple[Text, ...] = ()
    requirements: tuple[Text, ...] = ()
    legal_refs: tuple[LegalRef, ...] = ()
    basis: tuple[Id, ...] = ()
    third_parties: tuple[Party, ...] = ()
    task_groups: tuple[TaskGroup, ...] = ()
    annual_plans: tuple[AnnualPlan, ...] = ()
    schedule: ScheduleRules = ScheduleRules()
    signatories: tuple[Signatory, ...] = ()
    recipients: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _cross_checks(self) -> Program:
        problems: list[str] = []
        bodies = [*self.parties, *self.third_parties]
        party_ids = {p.id for p in bodies}
        ref_ids = {r.id for r in self.legal_refs}
        if len(party_ids) != len(bodies):
            problems.append("duplicate party id")
        if len(ref_ids) != len(self.legal_refs):
            problems.append("duplicate legal reference id")
        problems += [f"basis: unknown act {r}" for r in self.basis if r not in ref_ids]
        seen: set[str] = set()

        def walk(group: TaskGroup, leads: tuple[str, ...], supports: tuple[str, ...]) -> None:
            if group.id in seen:
                problems.append(f"duplicate id {group.id}")
            seen.add(group.id)
            for pid in (*group.leads, *group.supports):
                if pid not in party_ids:
                    problems.append(f"{group.id}: unknown party {pid}")
            problems.extend(
                f"{group.id}: unknown act {r}" for r in group.legal_refs if r not in ref_ids
            )
            leads = leads + tuple(p for p in group.leads if p not in leads)
            supports = supports + tuple(p for p in group.supports if p not in supports)
            for task in group.tasks:
                if task.id in seen:
                    problems.append(f"duplicate id {task.id}")
                seen.add(task.id)
                for pid in (*task.leads, *task.supports):
                    if pid not in party_ids:
                        problems.append(f"{task.id}: unknown party {pid}")
                problems.extend(
                    f"{task.id}: unknown act {r}" for r in task.legal_refs if r not in ref_ids
                )
                task_leads = leads + tuple(p for p in task.leads if p not in leads)
                task_supports = supports + tuple(p for p in task.supports if p not in supports)
                if not task_leads:
                    problems.append(f"{task.id}: no lead")
                if set(task_leads) & set(task_supports):
                    problems.append(f"{task.id}: lead also supports")
            for sub in group.groups:
                walk(sub, leads, supports)

        for group in self.task_groups:
            walk(group, (), ())
        years = range(self.period.start.year, self.period.end.year + 1)
        problems += [f"plan for {p.year}" for p in self.annual_plans if p.year not in years]
        signing = {p.id for p in self.parties}
        problems += [f"signatory {s.party}" for s in self.signatories if s.party not in signing]
        if problems:
            raise ValueError("; ".join(problems))
        return self
