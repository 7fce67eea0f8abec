"""The portfolio as a SQLite database, for people who query it (with Datasette, say).

Written with the standard library's :mod:`sqlite3`: the schema is a dozen
plain tables, and a dependency would add nothing the standard module lacks
(sqlite-utils mostly infers schemas, which this export states on purpose).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

from coordprog.io._documents import write_atomically
from coordprog.portfolio._cascade import level_of
from coordprog.portfolio._portfolio import Portfolio
from coordprog.schedule._engine import schedule
from coordprog.schedule._status import status
from coordprog.schedule._work_calendar import WorkCalendar

#: The schema, documented in docs/portfolio.md; every table has a primary key,
#: and foreign keys tie tasks, roles, events and progress to their program
#: (checked at commit: a child program may come before its parent).
SCHEMA = """
CREATE TABLE programs (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  number TEXT,
  level TEXT,
  start TEXT NOT NULL,
  "end" TEXT,
  signed_on TEXT,
  parent_id TEXT REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  parent_ref TEXT,
  text_available INTEGER NOT NULL,
  source TEXT NOT NULL
);
CREATE TABLE bodies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  successor_id TEXT REFERENCES bodies(id) DEFERRABLE INITIALLY DEFERRED,
  until TEXT
);
CREATE TABLE parties (
  program_id TEXT NOT NULL REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  party_id TEXT NOT NULL,
  body_id TEXT NOT NULL REFERENCES bodies(id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  kind TEXT,
  level TEXT,
  province TEXT,
  signing INTEGER NOT NULL,
  PRIMARY KEY (program_id, party_id)
);
CREATE TABLE legal_refs (
  program_id TEXT NOT NULL REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  ref_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  number TEXT,
  date TEXT,
  issuer TEXT,
  title TEXT,
  PRIMARY KEY (program_id, ref_id)
);
CREATE TABLE tasks (
  program_id TEXT NOT NULL REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  task_id TEXT NOT NULL,
  number TEXT,
  text TEXT NOT NULL,
  plan_year INTEGER,
  deadline TEXT,
  parent_program_id TEXT REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  parent_task_id TEXT,
  status TEXT,
  status_as_of TEXT,
  PRIMARY KEY (program_id, task_id)
);
CREATE TABLE task_roles (
  program_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  party_id TEXT NOT NULL,
  body_id TEXT NOT NULL REFERENCES bodies(id) DEFERRABLE INITIALLY DEFERRED,
  role TEXT NOT NULL,
  PRIMARY KEY (program_id, task_id, party_id, role),
  FOREIGN KEY (program_id, task_id)
    REFERENCES tasks(program_id, task_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE events (
  program_id TEXT NOT NULL REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  rule TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  start TEXT NOT NULL,
  "end" TEXT NOT NULL,
  due TEXT NOT NULL,
  last_day TEXT NOT NULL,
  state TEXT NOT NULL,
  held_on TEXT,
  record TEXT,
  PRIMARY KEY (program_id, rule, sequence)
);
CREATE TABLE event_bodies (
  program_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  body_id TEXT NOT NULL REFERENCES bodies(id) DEFERRABLE INITIALLY DEFERRED,
  role TEXT NOT NULL,
  PRIMARY KEY (program_id, rule, sequence, body_id, role),
  FOREIGN KEY (program_id, rule, sequence)
    REFERENCES events(program_id, rule, sequence) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE meetings (
  program_id TEXT NOT NULL REFERENCES programs(id) DEFERRABLE INITIALLY DEFERRED,
  meeting_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  title TEXT,
  place TEXT,
  window_start TEXT,
  window_end TEXT,
  PRIMARY KEY (program_id, meeting_id)
);
CREATE TABLE progress (
  program_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  party_id TEXT NOT NULL,
  body_id TEXT NOT NULL REFERENCES bodies(id) DEFERRABLE INITIALLY DEFERRED,
  as_of TEXT NOT NULL,
  window_start TEXT,
  window_end TEXT,
  status TEXT NOT NULL,
  done TEXT,
  FOREIGN KEY (program_id, task_id)
    REFERENCES tasks(program_id, task_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX tasks_parent ON tasks(parent_program_id, parent_task_id);
CREATE INDEX task_roles_body ON task_roles(body_id, role);
CREATE INDEX events_due ON events(due);
CREATE INDEX event_bodies_body ON event_bodies(body_id);
CREATE INDEX progress_task ON progress(program_id, task_id);
CREATE INDEX parties_body ON parties(body_id);"""


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def rows(
    portfolio: Portfolio, as_of: dt.date, calendar: WorkCalendar | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the export, by table, in a stable order."""
    tables: dict[str, list[tuple[Any, ...]]] = {
        name: []
        for name in (
            "programs",
            "bodies",
            "parties",
            "legal_refs",
            "tasks",
            "task_roles",
            "events",
            "event_bodies",
            "meetings",
            "progress",
        )
    }
    for body in portfolio.bodies:
        tables["bodies"].append((body.id, body.name, body.successor, _day(body.until)))
    for program in portfolio.programs:
        pid = program.id
        body_of = {
            party.id: portfolio.body_of(pid, party.id).id
            for party in (*program.parties, *program.third_parties)
        }
        parent = portfolio.parent_of(program)
        period = program.effective_period
        tables["programs"].append(
            (
                pid,
                program.title,
                program.kind.value,
                program.number,
                None if (level := level_of(program)) is None else level.value,
                _day(period.start),
                _day(period.end),
                _day(program.signed_on),
                None if parent is None else parent.id,
                program.parent,
                int(program.text_available),
                portfolio.sources[pid],
            )
        )
        signing = {party.id for party in program.parties}
        for party in (*program.parties, *program.third_parties):
            tables["parties"].append(
                (
                    pid,
                    party.id,
                    body_of[party.id],
                    party.name,
                    party.kind,
                    None if party.level is None else party.level.value,
                    party.province,
                    int(party.id in signing),
                )
            )
        for ref in program.legal_refs:
            tables["legal_refs"].append(
                (pid, ref.id, ref.kind.value, ref.number, _day(ref.date), ref.issuer, ref.title)
            )
        result = status(
            program,
            schedule(program, calendar, as_of),
            portfolio.records[pid],
            as_of,
        )
        plan_year = {task.id: plan.year for plan in program.annual_plans for task in plan.tasks}
        for state in result.tasks:
            task = state.task
            tables["tasks"].append(
                (
                    pid,
                    task.id,
                    task.number,
                    task.text,
                    plan_year.get(task.id),
                    _day(state.deadline),
                    None if parent is None or task.parent_task is None else parent.id,
                    task.parent_task,
                    None if state.status is None else state.status.value,
                    None if state.report is None else _day(state.report.as_of),
                )
            )
            roles = [("lead", p) for p in task.leads] + [("support", p) for p in task.supports]
            roles += [(a.role, p) for a in task.roles for p in a.parties]
            seen = set()
            for role, party_id in roles:
                if (party_id, role) in seen:
                    continue
                seen.add((party_id, role))
                tables["task_roles"].append((pid, task.id, party_id, body_of[party_id], role))
        for held in result.events:
            event = held.event
            tables["events"].append(
                (
                    pid,
                    event.rule,
                    event.sequence,
                    event.kind.value,
                    event.title_vi,
                    _day(event.start),
                    _day(event.end),
                    _day(event.due),
                    _day(held.deadline),
                    held.state.value,
                    _day(held.held_on),
                    held.record,
                )
            )
            seen_bodies = set()
            for role, parties in (
                ("lead", event.leads),
                ("chair", event.chairs),
                ("recipient", event.recipients),
            ):
                for party_id in parties:
                    key = (body_of[party_id], role)
                    if key not in seen_bodies:
                        seen_bodies.add(key)
                        tables["event_bodies"].append((pid, event.rule, event.sequence, *key))
        records = portfolio.records[pid]
        for meeting in records.meetings:
            window = meeting.window
            tables["meetings"].append(
                (
                    pid,
                    meeting.id,
                    meeting.kind.value,
                    _day(meeting.date),
                    meeting.title,
                    meeting.place,
                    None if window is None else _day(window.start),
                    None if window is None else _day(window.end),
                )
            )
        for entry in records.progress:
            window = entry.window
            tables["progress"].append(
                (
                    pid,
                    entry.task,
                    entry.by,
                    body_of[entry.by],
                    _day(entry.as_of),
                    None if window is None else _day(window.start),
                    None if window is None else _day(window.end),
                    entry.status.value,
                    entry.done,
                )
            )
    return tables


def insert(connection: sqlite3.Connection, tables: dict[str, list[tuple[Any, ...]]]) -> None:
    """Create the schema and insert ``tables`` (the statement each table needs, executemany)."""
    connection.executescript(SCHEMA)
    for name, found in tables.items():
        if found:
            marks = ", ".join("?" * len(found[0]))
            connection.executemany(f"INSERT INTO {name} VALUES ({marks})", found)


def export(
    portfolio: Portfolio,
    path: str | os.PathLike[str],
    as_of: dt.date,
    calendar: WorkCalendar | None = None,
) -> None:
    """Write ``portfolio`` to the SQLite file ``path``, atomically and deterministically.

    The database is built in memory, then its bytes replace ``path`` in one
    rename (:func:`coordprog.write_atomically`): a failure leaves ``path``
    as it was.  The same portfolio and ``as_of`` give the same bytes.
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
    write_atomically(Path(path), bytes(data))
