"""Checks that span objects: references, roles, dates against the period.

Single-object invariants live in the model's attrs validators; everything
here needs the whole program and reports every problem at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Iterator, Set

from coordprog.model._dates import PartialDate, add_months, first_day, last_day
from coordprog.model._errors import Problem
from coordprog.model._instructions import check_instructions
from coordprog.model._legal import LegalRef
from coordprog.model._parties import Party
from coordprog.model._program import Program
from coordprog.model._provisions import Article, Clause, Point
from coordprog.model._schedule_rules import EventKind, Offset, ScheduleRules, apply_offset
from coordprog.model._tasks import (
    MAX_GROUP_DEPTH,
    RoleAssignment,
    Roles,
    Task,
    TaskGroup,
    too_deep,
)


def validate(program: Program) -> list[Problem]:
    """Return every cross-reference and consistency problem of ``program``.

    An empty list means the program is valid.  The checks: ids unique
    within parties, legal references, tasks and groups, review rules and
    events; every party and legal reference id that is used exists; every
    task has a lead (its own or inherited from its groups); no body both
    leads and supports a task; annual plans only for years of the period,
    one per year; reviews, amendments and one-off events dated inside the
    period (reviews may fall in the year after it); signatories sign for
    known bodies that sign; proposers are known bodies.

    .. versionadded:: 0.1.0
    """
    deep = too_deep(program.task_groups, "task_groups")
    if deep is not None:
        # Every other check walks the groups: report this alone.
        return [Problem(deep, _TOO_DEEP)]
    return list(_Checker(program).run())


_JOINT_LEAD = (
    "expected no lead for joint {what} {id!r} (the bodies share it: các bên cùng phối hợp), "
    "found a lead declared on it or a group above it; drop 'joint' if the document names one"
)
_TOO_DEEP = f"expected task groups nested at most {MAX_GROUP_DEPTH} levels deep, found deeper"


class _Checker:
    def __init__(self, program: Program) -> None:
        self.program = program
        self.bodies = {p.id: p for p in (*program.parties, *program.third_parties)}
        self.party_ids = set(self.bodies)
        self.ref_ids = {r.id for r in program.legal_refs}

    def run(self) -> Iterator[Problem]:
        program = self.program
        yield from self._parties()
        yield from _duplicates(
            ((f"legal_refs[{i}].id", r.id) for i, r in enumerate(program.legal_refs)),
            "legal reference",
        )
        yield from self._refs("basis", program.basis)
        if program.parent is not None:
            yield from self._refs("", (program.parent,), field="parent")
        if program.predecessor is not None:
            yield from self._refs("", (program.predecessor,), field="predecessor")
            if program.predecessor == program.parent:
                yield Problem(
                    "predecessor",
                    f"expected different acts as parent and predecessor, found "
                    f"{program.parent!r} as both (a parent is carried out, a predecessor "
                    "replaced)",
                )
        yield from self._relations()
        yield from self._refs("implements", program.implements)
        yield from self._refs("objectives", program.objectives)
        if program.replaced_by is not None:
            yield from self._refs("", (program.replaced_by,), field="replaced_by")
        yield from self._promulgation()
        yield from self._provisions()
        yield from self._extent()
        yield from self._tasks()
        yield from self._annual_plans()
        yield from self._schedule(program.schedule, "schedule")
        yield from self._dated()
        yield from self._signatories()
        yield from check_instructions(
            "instructions",
            program.instructions,
            self.party_ids,
            {party.id for party in program.parties},
        )

    # -- references ------------------------------------------------------

    def _party_refs(self, path: str, ids: Iterable[str]) -> Iterator[Problem]:
        for index, party_id in enumerate(ids):
            if party_id not in self.party_ids:
                yield Problem(
                    f"{path}[{index}]",
                    f"expected the id of a party or third party, found unknown id {party_id!r}",
                )

    def _lineage(self, path: str, party: Party) -> Iterator[Problem]:
        """A successor is another known body, and following successors never comes back."""
        yield from self._party_refs(f"{path}.split_into", party.split_into)
        if party.split_into and party.successor is None:
            yield Problem(
                f"{path}.successor",
                f"expected the body that takes over {party.id!r}'s duties in this program "
                "(a split names one successor for them), found none",
            )
        if party.successor is None:
            return  # no successor in this program: the body's duties end with it
        where = f"{path}.successor"
        if party.successor == party.id:
            yield Problem(
                where,
                f"expected another body as the successor of {party.id!r}, found its own id "
                "(a body merged into one of the same name is a new body with an id of its own)",
            )
            return
        if party.successor not in self.party_ids:
            yield Problem(
                where,
                f"expected the id of a party or third party that took over {party.id!r}, "
                f"found unknown id {party.successor!r} (list the successor as a third party)",
            )
            return
        seen = {party.id}
        current: str | None = party.successor
        while current is not None and current in self.bodies:
            if current in seen:
                yield Problem(
                    where,
                    f"expected a line of successors that ends, found one that comes back to "
                    f"{current!r}",
                )
                return
            seen.add(current)
            current = self.bodies[current].successor

    def _refs(self, path: str, ids: Iterable[str], field: str | None = None) -> Iterator[Problem]:
        for index, ref_id in enumerate(ids):
            if ref_id not in self.ref_ids:
                where = field if field is not None else f"{path}[{index}]"
                yield Problem(
                    where,
                    f"expected the id of an entry of 'legal_refs', found unknown id {ref_id!r}",
                )

    def _relations(self) -> Iterator[Problem]:
        yield from ref_relations("legal_refs", self.program.legal_refs, self.ref_ids)

    # -- provisions --------------------------------------------------------

    def _extent(self) -> Iterator[Problem]:
        """A document holds at most as many chapters, articles and tasks as it is said to have."""
        program = self.program
        extent = program.extent
        if extent is None:
            return
        held = (
            ("chapters", extent.chapters, len(program.chapters), "chapters"),
            ("articles", extent.articles, len(program.all_articles), "articles"),
            ("tasks", extent.tasks, len(program.tasks), "tasks"),
        )
        for field, stated, found, what in held:
            if stated is not None and found > stated:
                yield Problem(
                    f"extent.{field}",
                    f"expected at least the {found} {what} the file holds, found {stated} "
                    "(a count stated by the document or a source)",
                )

    def _provisions(self) -> Iterator[Problem]:
        program = self.program
        located = [
            (f"chapters[{c}].articles[{a}]", article)
            for c, chapter in enumerate(program.chapters)
            for a, article in enumerate(chapter.articles)
        ]
        located += [(f"articles[{a}]", article) for a, article in enumerate(program.articles)]
        yield from _duplicates(
            ((f"{path}.number", a.number) for path, a in located), "article", "number"
        )
        yield from _duplicates(
            ((f"chapters[{i}].number", c.number) for i, c in enumerate(program.chapters)),
            "chapter",
            "number",
        )
        for path, article in located:
            yield from self._provision_roles(path, article)
            yield from _duplicates(
                ((f"{path}.clauses[{i}].number", c.number) for i, c in enumerate(article.clauses)),
                "clause",
                "number",
            )
            for c_index, clause in enumerate(article.clauses):
                c_path = f"{path}.clauses[{c_index}]"
                yield from self._provision_roles(c_path, clause)
                yield from _duplicates(
                    (
                        (f"{c_path}.points[{i}].letter", p.letter)
                        for i, p in enumerate(clause.points)
                    ),
                    "point",
                    "letter",
                )
                for p_index, point in enumerate(clause.points):
                    yield from self._provision_roles(f"{c_path}.points[{p_index}]", point)

    def _provision_roles(self, path: str, provision: Article | Clause | Point) -> Iterator[Problem]:
        yield from self._party_refs(f"{path}.parties", provision.parties)
        yield from self._declared_roles(path, provision.leads, provision.supports, provision.roles)
        for index, party_id in enumerate(provision.supports):
            if party_id in provision.leads:
                yield Problem(
                    f"{path}.supports[{index}]",
                    f"expected a party to either lead or support, found {party_id!r} as both",
                )

    def _promulgation(self) -> Iterator[Problem]:
        """The decision's basis, issuer, signatories and articles refer to what the file holds."""
        decision = self.program.promulgation
        if decision is None:
            return
        path = "promulgation"
        yield from self._refs(f"{path}.basis", decision.basis)
        if decision.issuer is not None and decision.issuer not in self.party_ids:
            yield Problem(
                f"{path}.issuer",
                f"expected the id of a party or third party, found unknown id {decision.issuer!r}",
            )
        for index, signatory in enumerate(decision.signatories):
            if signatory.party is not None and signatory.party not in self.party_ids:
                yield Problem(
                    f"{path}.signatories[{index}].party",
                    f"expected the id of a party or third party, found unknown id "
                    f"{signatory.party!r}",
                )
        located = [(f"{path}.articles[{i}]", a) for i, a in enumerate(decision.articles)]
        yield from _duplicates(
            ((f"{where}.number", a.number) for where, a in located), "article", "number"
        )
        for where, article in located:
            yield from self._provision_roles(where, article)

    # -- parties ---------------------------------------------------------

    def _parties(self) -> Iterator[Problem]:
        program = self.program
        entries = [(f"parties[{i}]", p) for i, p in enumerate(program.parties)]
        entries += [(f"third_parties[{i}]", p) for i, p in enumerate(program.third_parties)]
        yield from _duplicates(((f"{path}.id", p.id) for path, p in entries), "party")
        for path, party in entries:
            yield from self._party_refs(f"{path}.members", party.members)
            for f_index, former in enumerate(party.former_names):
                if former.act is not None:
                    yield from self._refs(
                        "", (former.act,), field=f"{path}.former_names[{f_index}].act"
                    )
            for f_index, province in enumerate(party.former_provinces):
                if province.act is not None:
                    yield from self._refs(
                        "", (province.act,), field=f"{path}.former_provinces[{f_index}].act"
                    )
            if party.lineage_act is not None:
                yield from self._refs("", (party.lineage_act,), field=f"{path}.lineage_act")
            yield from self._lineage(path, party)
            if party.id in party.members:
                yield Problem(
                    f"{path}.members[{party.members.index(party.id)}]",
                    f"expected the ids of other parties, found the group's own id {party.id!r}",
                )

    # -- tasks -----------------------------------------------------------

    def _tasks(self) -> Iterator[Problem]:
        ids: list[str] = []
        for index, group in enumerate(self.program.task_groups):
            yield from self._group(f"task_groups[{index}]", group, Roles(), ids)
        # Ids are gathered bare: their paths are written out only when one repeats.
        if len(set(ids)) != len(ids):
            yield from _duplicates(self._task_id_paths(), "task or task group")

    def _task_id_paths(self) -> Iterator[tuple[str, str]]:
        def walk(path: str, group: TaskGroup) -> Iterator[tuple[str, str]]:
            yield f"{path}.id", group.id
            for index, task in enumerate(group.tasks):
                yield f"{path}.tasks[{index}].id", task.id
            for index, sub in enumerate(group.groups):
                yield from walk(f"{path}.groups[{index}]", sub)

        for index, group in enumerate(self.program.task_groups):
            yield from walk(f"task_groups[{index}]", group)

    def _group(
        self,
        path: str,
        group: TaskGroup,
        inherited: Roles,
        ids: list[str],
    ) -> Iterator[Problem]:
        ids.append(group.id)
        yield from self._declared_roles(path, group.leads, group.supports, group.roles)
        yield from self._refs(f"{path}.legal_refs", group.legal_refs)
        # Walk one level at a time so every problem keeps the path of its
        # declaration; the roles go down as Program.tasks takes them.
        roles = inherited.below(group.leads, group.supports, group.joint)
        leads, supports, joint = roles
        # Most tasks add no role of their own: their roles are the group's,
        # checked once here rather than once per task.
        lead_set = set(leads)
        group_roles_ok = bool(leads) and lead_set.isdisjoint(supports)
        if group.joint and leads:
            yield Problem(f"{path}.leads", _JOINT_LEAD.format(what="group", id=group.id))
        party_ids, ref_ids = self.party_ids, self.ref_ids
        # This loop runs for every task: it asks plain set questions, and
        # builds paths and messages only for a task that has a problem.
        for index, own in enumerate(group.tasks):
            ids.append(own.id)
            if own.leads or own.supports or own.roles or own.legal_refs or own.projects:
                known = (
                    party_ids.issuperset(own.leads)
                    and party_ids.issuperset(own.supports)
                    and ref_ids.issuperset(own.legal_refs)
                )
                if known and own.roles:
                    known = all(party_ids.issuperset(a.parties) for a in own.roles)
                if known and own.projects:
                    known = all(project.act in ref_ids for project in own.projects)
                if not known:
                    yield from self._task_refs(f"{path}.tasks[{index}]", own)
            if joint or own.joint:
                if own.leads or (own.joint and not joint and leads):
                    yield Problem(
                        f"{path}.tasks[{index}].leads",
                        _JOINT_LEAD.format(what="task", id=own.id),
                    )
                continue
            # A task that names no lead of its own keeps the group's leads:
            # only its own supports can clash with them.
            if group_roles_ok and not own.leads and lead_set.isdisjoint(own.supports):
                continue
            task_leads, task_supports, _ = roles.below(own.leads, own.supports, own.joint)
            if not task_leads or not set(task_leads).isdisjoint(task_supports):
                yield from _effective_roles(
                    f"{path}.tasks[{index}]",
                    own,
                    task_leads,
                    task_supports,
                    self.program.text_available,
                )
        for index, sub in enumerate(group.groups):
            yield from self._group(f"{path}.groups[{index}]", sub, roles, ids)

    def _task_refs(self, task_path: str, own: Task) -> Iterator[Problem]:
        yield from self._declared_roles(task_path, own.leads, own.supports, own.roles)
        yield from self._refs(f"{task_path}.legal_refs", own.legal_refs)
        for p_index, project in enumerate(own.projects):
            yield from self._refs("", (project.act,), field=f"{task_path}.projects[{p_index}].act")

    def _declared_roles(
        self,
        path: str,
        leads: tuple[str, ...],
        supports: tuple[str, ...],
        roles: tuple[RoleAssignment, ...],
    ) -> Iterator[Problem]:
        yield from self._party_refs(f"{path}.leads", leads)
        yield from self._party_refs(f"{path}.supports", supports)
        for index, assignment in enumerate(roles):
            yield from self._party_refs(f"{path}.roles[{index}].parties", assignment.parties)

    # -- plans, schedule, dates -------------------------------------------

    def _annual_plans(self) -> Iterator[Problem]:
        period = self.program.effective_period
        seen: dict[int, int] = {}
        for index, plan in enumerate(self.program.annual_plans):
            path = f"annual_plans[{index}]"
            if (period.start is not None and plan.year < period.start.year) or (
                period.end is not None and plan.year > period.end.year
            ):
                first = "" if period.start is None else str(period.start.year)
                last = "" if period.end is None else str(period.end.year)
                yield Problem(
                    f"{path}.year",
                    f"expected a year of the period {first}-{last}, found {plan.year}",
                )
            elif plan.year in seen:
                yield Problem(
                    f"{path}.year",
                    f"expected one annual plan per year, found {plan.year} again "
                    f"(first at annual_plans[{seen[plan.year]}])",
                )
            else:
                seen[plan.year] = index
            if plan.date is not None and _beyond(
                plan.date, dt.date(plan.year - 1, 1, 1), dt.date(plan.year, 12, 31)
            ):
                yield Problem(
                    f"{path}.date",
                    f"expected a date in {plan.year} or the year before, found {plan.date}",
                )
            program_task_ids = {task.id for task in self.program.tasks}
            for t_index, task in enumerate(plan.tasks):
                t_path = f"{path}.tasks[{t_index}]"
                yield from self._declared_roles(t_path, task.leads, task.supports, task.roles)
                yield from self._refs(f"{t_path}.legal_refs", task.legal_refs)
                for p_index, project in enumerate(task.projects):
                    yield from self._refs(
                        "", (project.act,), field=f"{t_path}.projects[{p_index}].act"
                    )
                if task.id in program_task_ids:
                    yield Problem(
                        f"{t_path}.id",
                        f"expected an id of the plan's own, found {task.id!r}, the id of a task "
                        "of the program",
                    )
                if not task.joint:
                    yield from _effective_roles(t_path, task, task.leads, task.supports)
            yield from _duplicates(
                ((f"{path}.tasks[{i}].id", t.id) for i, t in enumerate(plan.tasks)), "task"
            )

    def _schedule(self, rules: ScheduleRules, path: str) -> Iterator[Problem]:
        period = self.program.effective_period
        yield from _duplicates(
            ((f"{path}.reviews[{i}].id", r.id) for i, r in enumerate(rules.reviews)), "review rule"
        )
        yield from _duplicates(
            ((f"{path}.events[{i}].id", e.id) for i, e in enumerate(rules.events)), "event"
        )
        for index, event in enumerate(rules.events):
            if event.date is not None and _beyond(event.date, period.start, period.end):
                yield _outside(f"{path}.events[{index}].date", event.date, period.start, period.end)
            yield from self._party_refs(f"{path}.events[{index}].leads", event.leads)
        if rules.annual_plans is not None:
            plan = rules.annual_plans
            yield from self._party_refs(f"{path}.annual_plans.leads", plan.leads)
            # Checked on a whole year: the plan must fall from a year before
            # the year starts up to the year's last day.
            year_start = dt.date(2001, 1, 1)
            due = apply_offset(year_start, plan.due)
            if not dt.date(2000, 1, 1) <= due <= dt.date(2001, 12, 31):
                yield Problem(
                    f"{path}.annual_plans.due",
                    "expected an offset from 1 January that stays between a year before and the "
                    f"end of the plan's year, found one that reaches {_relative(year_start, due)}",
                )
        yield from _duplicates(
            ((f"{path}.duties[{i}].id", d.id) for i, d in enumerate(rules.duties)), "duty"
        )
        for index, duty in enumerate(rules.duties):
            yield from self._party_refs(f"{path}.duties[{index}].reporters", duty.reporters)
            yield from self._party_refs(f"{path}.duties[{index}].recipients", duty.recipients)
        for index, yearly in enumerate(rules.annual_events):
            yield from self._party_refs(f"{path}.annual_events[{index}].leads", yearly.leads)
        for index, review in enumerate(rules.reviews):
            yield from self._party_refs(f"{path}.reviews[{index}].chairs", review.chairs)
            yield from self._party_refs(f"{path}.reviews[{index}].leads", review.leads)
            yield from _grace(f"{path}.reviews[{index}]", review.due, review.grace, "window")
        if rules.final_review is not None:
            final = rules.final_review
            yield from self._party_refs(f"{path}.final_review.leads", final.leads)
            yield from _grace(f"{path}.final_review", final.due, final.grace, "period")

    def _dated(self) -> Iterator[Problem]:
        program = self.program
        period = program.effective_period
        late = _year_after(period.end)
        for index, review in enumerate(program.reviews):
            path = f"reviews[{index}]"
            if review.kind is EventKind.ANNUAL_PLAN:
                yield Problem(
                    f"{path}.kind",
                    "expected the kind of a review held ('interim-review', 'final-review' or "
                    "'coordination-meeting'), found 'annual-plan' (a plan goes in 'annual_plans')",
                )
            if review.held_on is not None and _beyond(review.held_on, period.start, late):
                yield _outside(f"{path}.held_on", review.held_on, period.start, late)
            for name, day in (("start", review.start), ("end", review.end)):
                if day is not None and _beyond(day, period.start, period.end):
                    yield _outside(f"{path}.{name}", day, period.start, period.end)
        signed = program.period
        for index, amendment in enumerate(program.amendments):
            path = f"amendments[{index}]"
            if amendment.date is not None and _beyond(amendment.date, signed.start, signed.end):
                yield _outside(f"{path}.date", amendment.date, signed.start, signed.end)
            if amendment.period is not None and amendment.period.start != signed.start:
                yield Problem(
                    f"{path}.period.start",
                    f"expected the program's start {signed.start} (an amendment may move the "
                    f"end only), found {amendment.period.start}",
                )
            if amendment.schedule is not None:
                yield from self._schedule(amendment.schedule, f"{path}.schedule")
        dated = [(i, a.date) for i, a in enumerate(program.amendments) if a.date is not None]
        for (_, before), (index, after) in itertools.pairwise(dated):
            if last_day(after) < first_day(before):
                yield Problem(
                    f"amendments[{index}].date",
                    f"expected amendments in date order, found {after} after {before}",
                )

    def _signatories(self) -> Iterator[Problem]:
        for index, signatory in enumerate(self.program.signatories):
            party = None if signatory.party is None else self.bodies.get(signatory.party)
            if signatory.party is not None and party is None:
                yield Problem(
                    f"signatories[{index}].party",
                    f"expected the id of a party or third party (or the signed-for body's name "
                    f"in 'body'), found unknown id {signatory.party!r}",
                )
            elif party is not None and not party.signs:
                yield Problem(
                    f"signatories[{index}].party",
                    f"expected a party that signs, found {party.id!r}, marked 'signs = false' "
                    "(drop the mark if the document shows its signature)",
                )
        for index, person in enumerate(self.program.proposers):
            if person.party is not None and person.party not in self.party_ids:
                yield Problem(
                    f"proposers[{index}].party",
                    f"expected the id of a party or third party, found unknown id {person.party!r}",
                )


def _effective_roles(
    path: str,
    own: Task,
    leads: tuple[str, ...],
    supports: tuple[str, ...],
    need_lead: bool = True,
) -> Iterator[Problem]:
    """Problems of the roles a task has once its groups' roles apply.

    ``need_lead`` is false for the known tasks of a text not available:
    the documents that cite it may not say who leads them.
    """
    if not leads and need_lead:
        yield Problem(
            f"{path}.leads",
            f"expected at least one lead (chủ trì) for task {own.id!r}, declared on the task or "
            "a group above it, found none",
        )
    for party_id in leads:
        if party_id in supports:
            where = (
                f"{path}.supports[{own.supports.index(party_id)}]"
                if party_id in own.supports
                else f"{path}.leads[{own.leads.index(party_id)}]"
                if party_id in own.leads
                else path
            )
            yield Problem(
                where,
                f"expected a party to either lead or support task {own.id!r}, found "
                f"{party_id!r} as both",
            )


def _grace(path: str, due: Offset, grace: Offset, what: str) -> Iterator[Problem]:
    """A review must fall due on or after the end it reviews, and within its grace."""
    found = _offset_fault(due, grace)
    if found is None:
        return
    field, end, day = found
    if field == "due":
        yield Problem(
            f"{path}.due",
            f"expected an offset on or after the end of the {what}, found one that falls "
            f"{_relative(end, day)}",
        )
    else:
        yield Problem(
            f"{path}.grace",
            f"expected a grace at least as long as 'due', found one that ends "
            f"{(day - end).days} day(s) before the due date",
        )


@functools.lru_cache(maxsize=256)
def _offset_fault(due: Offset, grace: Offset) -> tuple[str, dt.date, dt.date] | None:
    """The first month end from which ``due`` falls before it or after ``grace``."""
    # Month lengths vary, so the offsets are tried from every month end of a year.
    for month in range(1, 13):
        end = add_months(dt.date(2001, month, 1), 1) - dt.timedelta(days=1)
        due_day, latest = apply_offset(end, due), apply_offset(end, grace)
        if due_day < end:
            return "due", end, due_day
        if latest < due_day:
            return "grace", latest, due_day
    return None


def ref_relations(path: str, refs: Iterable[LegalRef], known: Set[str]) -> Iterator[Problem]:
    """Problems of the relations between acts: amended, replaced, issued with, the same as.

    Each names an act of ``known`` (by id) other than the act itself; ``path``
    is the field that holds ``refs`` (``"legal_refs"``,
    ``"outcomes[0].legal_refs"``).
    """
    for index, ref in enumerate(refs):
        where = f"{path}[{index}]"
        for name in ("amends", "replaces"):
            ids: tuple[str, ...] = getattr(ref, name)
            for position, other in enumerate(ids):
                if other not in known:
                    yield _unknown_ref(f"{where}.{name}[{position}]", other)
            if ref.id in ids:
                yield Problem(f"{where}.{name}", f"expected other acts, found {ref.id!r} itself")
        for name in ("issued_with", "same_as"):
            one: str | None = getattr(ref, name)
            if one is not None and one not in known:
                yield _unknown_ref(f"{where}.{name}", one)
            if one is not None and one == ref.id:
                yield Problem(f"{where}.{name}", f"expected another act, found {one!r}")


def _unknown_ref(path: str, ref_id: str) -> Problem:
    return Problem(
        path, f"expected the id of an entry of 'legal_refs', found unknown id {ref_id!r}"
    )


def _relative(anchor: dt.date, day: dt.date) -> str:
    delta = (day - anchor).days
    return f"{abs(delta)} day(s) {'before' if delta < 0 else 'after'} its anchor"


def _duplicates(
    entries: Iterable[tuple[str, str]], what: str, key: str = "id"
) -> Iterator[Problem]:
    first: dict[str, str] = {}
    for path, value in entries:
        if value in first:
            yield Problem(
                path,
                f"expected a unique {what} {key}, found {value!r} again (first at {first[value]})",
            )
        else:
            first[value] = path


def _beyond(day: dt.date | PartialDate, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether ``day`` surely falls outside ``start`` to ``end`` (either may be open)."""
    return (start is not None and last_day(day) < start) or (
        end is not None and first_day(day) > end
    )


def _outside(
    path: str, day: dt.date | PartialDate, start: dt.date | None, end: dt.date | None
) -> Problem:
    if start is None and end is None:  # pragma: no cover - nothing is outside an unbounded span
        return Problem(path, f"expected a date, found {day}")
    if end is None:
        return Problem(path, f"expected a date on or after {start}, found {day}")
    if start is None:
        return Problem(path, f"expected a date on or before {end}, found {day}")
    return Problem(path, f"expected a date from {start} to {end}, found {day}")


def _year_after(day: dt.date | None) -> dt.date | None:
    return None if day is None else dt.date(day.year + 1, 12, 31)
