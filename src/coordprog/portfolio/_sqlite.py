"""The portfolio as a SQLite database, for people who query it (with Datasette, say).

Written with the standard library's :mod:`sqlite3`: the schema is stated
(:mod:`coordprog.portfolio._tables`), and a dependency would add nothing the
standard module lacks (sqlite-utils mostly infers schemas, which this export
states on purpose).  Every row's key is a readable text ``id`` built from
the ids of the files (``"program/task"``), and every reference to another
row is one column naming its ``id``, which Datasette shows as a link.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from coordprog.io._documents import write_atomically
from coordprog.model._instructions import Instruction
from coordprog.model._program import Program
from coordprog.model._records import Records
from coordprog.portfolio._acts import act_key
from coordprog.portfolio._cascade import coverage, level_of
from coordprog.portfolio._datasette import metadata_text
from coordprog.portfolio._portfolio import METADATA_SUFFIX, Portfolio
from coordprog.portfolio._record_rows import day, flag, ids, lines, precision, record_rows
from coordprog.portfolio._tables import BY_NAME, TABLES, schema
from coordprog.schedule._engine import schedule
from coordprog.schedule._status import status
from coordprog.schedule._work_calendar import WorkCalendar

Row = tuple[Any, ...]


class _Rows:
    """The rows of every table, gathered program by program."""

    def __init__(self, portfolio: Portfolio, as_of: dt.date, calendar: WorkCalendar | None):
        self.portfolio = portfolio
        self.as_of = as_of
        self.calendar = calendar
        self.tables: dict[str, list[Row]] = {table.name: [] for table in TABLES}
        self.acts = {act.id for act in portfolio.acts}
        self.folder = portfolio.folder

    def add(self, table: str, *row: Any) -> None:
        self.tables[table].append(row)

    def add_named(self, table: str, **values: Any) -> None:
        """A row given by column name, for tables whose columns are many."""
        self.tables[table].append(tuple(values.pop(name) for name in BY_NAME[table].names))
        if values:
            raise TypeError(f"no column {', '.join(values)} in table {table}")

    def path(self, name: str) -> str:
        """A file's path as the export writes it: relative to the folder, with ``/``."""
        if self.folder is not None:
            try:
                name = os.path.relpath(name, self.folder)
            except ValueError:  # another drive (Windows)
                return name
        return name.replace(os.sep, "/")

    def act(self, number: str | None) -> str | None:
        if not number:
            return None
        key = act_key(number)
        return key if key in self.acts else None

    def build(self) -> dict[str, list[Row]]:
        portfolio = self.portfolio
        for body in portfolio.bodies:
            count = len({program for program, _ in body.parties})
            self.add(
                "bodies",
                body.id,
                body.name,
                None if body.level is None else body.level.value,
                body.province,
                body.kind,
                int(body.explicit),
                body.successor,
                day(body.until),
                count,
            )
        for act in portfolio.acts:
            self.add(
                "acts",
                act.id,
                act.number,
                "; ".join(act.spellings),
                None if act.kind is None else act.kind.value,
                day(act.date),
                precision(act.date),
                act.issuer,
                act.title,
                act.program,
                None if act.instruction is None else "/".join(act.instruction),
            )
        successors: dict[str, str] = {}
        for program in portfolio.programs:
            before = self._predecessor(program)
            if before is not None:
                successors.setdefault(before.id, program.id)
        task_ids: set[str] = set()
        for program in portfolio.programs:
            self._program(program, successors.get(program.id), task_ids)
        self._parent_tasks(task_ids)
        return self.tables

    def _predecessor(self, program: Program) -> Program | None:
        if program.predecessor is None:
            return None
        ref = program.legal_ref(program.predecessor)
        if not ref.number:
            return None
        key = act_key(ref.number)
        found = [p for p in self.portfolio.programs if p.number and act_key(p.number) == key]
        return found[0] if len(found) == 1 and found[0] is not program else None

    def _program(self, program: Program, successor: str | None, task_ids: set[str]) -> None:
        portfolio = self.portfolio
        pid = program.id
        records = portfolio.records[pid]
        files = portfolio.record_files.get(pid, ())
        body_of = {
            party.id: portfolio.body_of(pid, party.id).id
            for party in (*program.parties, *program.third_parties)
        }
        parent = portfolio.parent_of(program)
        answered = portfolio.answered(program)
        predecessor = self._predecessor(program)
        period = program.effective_period
        level = level_of(program)
        result = status(program, schedule(program, self.calendar, self.as_of), records, self.as_of)
        self.add_named(
            "programs",
            id=pid,
            title=program.heading,
            kind=program.kind.value,
            type_line=program.type_line,
            number=program.number,
            level=None if level is None else level.value,
            province=program.province,
            period_as_written=period.as_written,
            signed_on=day(program.signed),
            parent_id=None if parent is None else parent.id,
            text_available=int(program.text_available),
            tasks=len(result.tasks),
            illustrative_records=(flag(any(r.illustrative for _, r in files)) if files else None),
            instruction_id=(
                None if answered is None or parent is None else f"{parent.id}/{answered.id}"
            ),
            predecessor_id=None if predecessor is None else predecessor.id,
            successor_id=successor,
            act_id=self.act(program.number),
            level_stated=int(program.level is not None),
            place=program.place,
            start=day(period.start),
            end=day(period.end),
            period_precision=period.precision.value,
            term=period.term,
            signed_precision=precision(program.signed),
            end_unknown=int(period.end_unknown),
            parent_ref=None if program.parent is None else _cited(program, program.parent),
            revision=int(program.revision),
            replaced_by_ref=(
                None if program.replaced_by is None else _cited(program, program.replaced_by)
            ),
            stated_chapters=None if program.extent is None else program.extent.chapters,
            stated_articles=None if program.extent is None else program.extent.articles,
            stated_tasks=None if program.extent is None else program.extent.tasks,
            to_complete=len(program.to_complete),
            predecessor_ref=(
                None if program.predecessor is None else _cited(program, program.predecessor)
            ),
            note=program.note,
            source=self.path(portfolio.sources[pid]),
        )
        self._parties(program, body_of)
        self._refs(program)
        self._tasks(program, result.tasks, body_of, parent, task_ids)
        self._plans(program)
        self._signed_and_changed(program, body_of)
        self._instructions(program, files)
        self._events(program, result.events, body_of)
        for name, document in files:
            record_rows(self.add, program, self.path(name), document, body_of)

    def _signed_and_changed(self, program: Program, body_of: dict[str, str]) -> None:
        """The program's signatories, amendments and reviews held (with their commendations)."""
        pid = program.id
        for index, signatory in enumerate(program.signatories):
            self.add(
                "signatories",
                f"{pid}/{index + 1}",
                pid,
                None if signatory.party is None else f"{pid}/{signatory.party}",
                None if signatory.party is None else body_of[signatory.party],
                signatory.title,
                signatory.name,
                signatory.authority,
                signatory.rank,
                lines(signatory.posts),
                day(signatory.signed_on),
                signatory.body,
            )
        for index, amendment in enumerate(program.amendments):
            self.add(
                "amendments",
                f"{pid}/{index + 1}",
                pid,
                day(amendment.date),
                amendment.number,
                amendment.reason,
                lines(amendment.changes),
                None if amendment.period is None else day(amendment.period.start),
                None if amendment.period is None else day(amendment.period.end),
                int(amendment.schedule is not None),
            )
        for index, review in enumerate(program.reviews):
            review_id = f"{pid}/review-{index + 1}"
            self.add(
                "reviews",
                review_id,
                pid,
                review.kind.value,
                day(review.held_on),
                day(review.start),
                day(review.end),
                review.number,
                review.title,
            )
            for number, recipient in enumerate(review.commendations):
                self.add(
                    "commendations",
                    f"{review_id}/{number + 1}",
                    pid,
                    None,
                    recipient,
                    None,
                    None,
                    None,
                    None,
                    None,
                    day(review.held_on),
                )

    def _parties(self, program: Program, body_of: dict[str, str]) -> None:
        pid = program.id
        signing = {party.id for party in program.parties}
        for party in (*program.parties, *program.third_parties):
            self.add(
                "parties",
                f"{pid}/{party.id}",
                pid,
                party.id,
                body_of[party.id],
                party.name,
                program.name_in_force(party.id),
                party.short_name,
                party.kind,
                None if party.level is None else party.level.value,
                party.province,
                party.parent_body,
                party.issuing_organ,
                party.focal_unit,
                int(party.id in signing),
                int(party.group),
                ids(party.members),
                party.member_count,
                int(party.members_open),
                int(party.all_levels),
                int(party.signs),
                party.country,
                party.term,
                lines(
                    f"{former.province} ({day(former.until) or 'chưa rõ ngày'})"
                    for former in party.former_provinces
                ),
                lines(
                    f"{former.name} ({day(former.until) or 'chưa rõ ngày'})"
                    for former in party.former_names
                ),
                party.successor,
                ids(party.split_into),
                day(party.until),
                precision(party.until),
                party.lineage_act,
                party.note,
            )

    def _refs(self, program: Program) -> None:
        roles = dict.fromkeys(program.basis, "basis")
        roles.update(dict.fromkeys(program.objectives, "objective"))
        roles.update(dict.fromkeys(program.implements, "implements"))
        if program.replaced_by is not None:
            roles[program.replaced_by] = "replaced-by"
        if program.predecessor is not None:
            roles[program.predecessor] = "predecessor"
        if program.parent is not None:
            roles[program.parent] = "parent"
        for ref in program.legal_refs:
            self.add(
                "legal_refs",
                f"{program.id}/{ref.id}",
                program.id,
                ref.id,
                self.act(ref.number),
                roles.get(ref.id, "cited"),
                ref.kind.value,
                ref.number,
                day(ref.date),
                precision(ref.date),
                ref.issuer,
                ref.title,
            )

    def _tasks(
        self,
        program: Program,
        states: Iterable[Any],
        body_of: dict[str, str],
        parent: Program | None,
        task_ids: set[str],
    ) -> None:
        pid = program.id
        plan_year = {task.id: plan.year for plan in program.annual_plans for task in plan.tasks}
        for state in states:
            task = state.task
            row_id = f"{pid}/{task.id}"
            task_ids.add(row_id)
            above = None if parent is None or task.parent_task is None else parent.id
            self.add(
                "tasks",
                row_id,
                pid,
                task.id,
                task.number,
                task.text,
                None if task.category is None else task.category.value,
                plan_year.get(task.id),
                int(task.joint),
                day(state.deadline),
                None if above is None else f"{above}/{task.parent_task}",
                above,
                task.parent_task,
                None if state.status is None else state.status.value,
                int(state.overdue),
                None if state.report is None else day(state.report.as_of),
                task.note,
            )
            for party_id in state.bodies:
                self.add(
                    "task_bodies",
                    f"{row_id}/{party_id}",
                    row_id,
                    pid,
                    f"{pid}/{party_id}",
                    body_of[party_id],
                    int(not task.leads),
                )
            if task.leads:
                roles = [("lead", p) for p in task.leads] + [("support", p) for p in task.supports]
            else:
                # A joint task is a duty of each of its bodies (all signing parties
                # when it names none): each gets a "joint" row.
                roles = [("joint", p) for p in program.duty_bodies(task)]
            roles += [(a.role, p) for a in task.roles for p in a.parties]
            seen = set()
            for role, party_id in roles:
                if (party_id, role) in seen:
                    continue
                seen.add((party_id, role))
                self.add(
                    "task_roles",
                    f"{row_id}/{party_id}/{role}",
                    row_id,
                    pid,
                    f"{pid}/{party_id}",
                    body_of[party_id],
                    role,
                )
            for index, target in enumerate(task.targets):
                self.add(
                    "targets",
                    f"{row_id}/{target.id or index + 1}",
                    row_id,
                    target.id,
                    target.description,
                    target.value,
                    target.unit,
                    target.year,
                )

    def _parent_tasks(self, task_ids: set[str]) -> None:
        """A task naming a parent task the export does not hold keeps its ids, not a link."""
        rows = self.tables["tasks"]
        index = BY_NAME["tasks"].names.index("parent_task")
        for number, row in enumerate(rows):
            if row[index] is not None and row[index] not in task_ids:
                rows[number] = (*row[:index], None, *row[index + 1 :])

    def _plans(self, program: Program) -> None:
        for plan in program.annual_plans:
            self.add(
                "annual_plans",
                f"{program.id}/{plan.year}",
                program.id,
                plan.year,
                plan.number,
                day(plan.date),
                plan.title,
                len(plan.tasks),
            )

    def _instructions(self, program: Program, files: Iterable[tuple[str, Records]]) -> None:
        pid = program.id
        found = coverage(self.portfolio, program)
        answers = {(id(a.instruction), a.expectation.level): a for a in found.answers}
        located: list[tuple[str | None, Instruction]] = [(None, i) for i in program.instructions]
        for name, document in files:
            located += [(self.path(name), i) for i in document.instructions]
        for where, instruction in located:
            source = "program" if where is None else "records"
            row_id = f"{pid}/{instruction.id}"
            self.add(
                "instructions",
                row_id,
                pid,
                instruction.id,
                source,
                where,
                None if instruction.kind is None else instruction.kind.value,
                instruction.number,
                day(instruction.date),
                precision(instruction.date),
                ids(instruction.issuers),
                instruction.title,
                instruction.text,
            )
            for expectation in instruction.expects:
                done = answers.get((id(instruction), expectation.level))
                self.add(
                    "expectations",
                    f"{row_id}/{expectation.level.value}",
                    row_id,
                    pid,
                    expectation.level.value,
                    lines(expectation.bodies),
                    lines(expectation.places),
                    expectation.count,
                    expectation.expected,
                    expectation.makes.value,
                    int(expectation.annual_plans),
                    day(expectation.by),
                    0 if done is None else len(done.known),
                    0 if done is None else len(done.on_time),
                    0 if done is None else len(done.late),
                    None if done is None else lines(done.missing),
                )

    def _events(self, program: Program, states: Iterable[Any], body_of: dict[str, str]) -> None:
        pid = program.id
        meetings = {meeting.id for meeting in self.portfolio.records[pid].meetings}
        for held in states:
            event = held.event
            row_id = f"{pid}/{event.rule}/{event.sequence}"
            self.add(
                "events",
                row_id,
                pid,
                event.rule,
                event.sequence,
                event.kind.value,
                event.title_vi,
                day(event.start),
                day(event.end),
                day(event.due),
                day(held.deadline),
                held.state.value,
                day(held.held_on),
                held.record,
                f"{pid}/{held.meeting}" if held.meeting in meetings else None,
            )
            seen = set()
            for role, parties in (
                ("lead", event.leads),
                ("chair", event.chairs),
                ("recipient", event.recipients),
            ):
                for party_id in parties:
                    key = (body_of[party_id], role)
                    if key not in seen:
                        seen.add(key)
                        self.add("event_bodies", f"{row_id}/{key[0]}/{role}", row_id, pid, *key)


def _cited(program: Program, ref_id: str) -> str:
    ref = program.legal_ref(ref_id)
    return ref.number or ref.id


def rows(
    portfolio: Portfolio, as_of: dt.date, calendar: WorkCalendar | None = None
) -> dict[str, list[Row]]:
    """Every row of the export, by table, in a stable order."""
    return _Rows(portfolio, as_of, calendar).build()


def insert(connection: sqlite3.Connection, tables: dict[str, list[Row]]) -> None:
    """Create the schema and insert ``tables`` (the statement each table needs, executemany)."""
    connection.executescript(schema())
    for name, found in tables.items():
        if found:
            marks = ", ".join("?" * len(found[0]))
            connection.executemany(f"INSERT INTO {name} VALUES ({marks})", found)


def metadata_path(path: str | os.PathLike[str]) -> Path:
    """Where the Datasette metadata of the database ``path`` goes: ``x.metadata.json``."""
    return Path(path).with_suffix(METADATA_SUFFIX)


def export(
    portfolio: Portfolio,
    path: str | os.PathLike[str],
    as_of: dt.date,
    calendar: WorkCalendar | None = None,
    *,
    metadata: bool = True,
) -> None:
    """Write ``portfolio`` to the SQLite file ``path``, atomically and deterministically.

    The database is built in memory, then its bytes replace ``path`` in one
    rename (as :meth:`coordprog.Output.write` writes): a failure leaves ``path``
    as it was.  The same portfolio and ``as_of`` give the same bytes.  With
    ``metadata``, Datasette's metadata is written beside it
    (:func:`metadata_path`) the same way.
    """
    tables = rows(portfolio, as_of, calendar)
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        with connection:
            insert(connection, tables)
        data = connection.serialize()
    finally:
        connection.close()
    target = Path(path)
    write_atomically(target, bytes(data))
    if metadata:
        text = metadata_text(target.stem, as_of)
        write_atomically(metadata_path(target), text.encode("utf-8"))
