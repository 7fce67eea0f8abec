"""Datasette metadata for the SQLite export: titles, descriptions, labels, facets, queries.

Written beside the database (``portfolio.metadata.json`` for
``portfolio.sqlite``) by ``coordprog export``, so that ``datasette
portfolio.sqlite -m portfolio.metadata.json`` shows every table and column
with its meaning in Vietnamese and English, links rows by their labels,
opens tables with useful facets and offers the questions asked most.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from typing import Any

from coordprog.portfolio._tables import TABLES


def _both(vi: str, en: str) -> str:
    return f"{vi} — {en}"


#: Canned queries: the questions a province's office asks of the portfolio first.
QUERIES: dict[str, dict[str, str]] = {
    "qua-han": {
        "title": _both("Việc quá hạn, theo cơ quan", "Overdue, by body"),
        "description": _both(
            "Sự kiện theo lịch đã quá hạn mà chưa thực hiện, theo cơ quan chủ trì.",
            "Scheduled events past their last day and not held, by lead body.",
        ),
        "sql": (
            "select b.body_id, bodies.name as body, e.program_id, programs.title as program,\n"
            "  e.title as event, e.due, e.last_day\n"
            "from events e\n"
            "join event_bodies b on b.event = e.id and b.role = 'lead'\n"
            "join bodies on bodies.id = b.body_id\n"
            "join programs on programs.id = e.program_id\n"
            "where e.state = 'overdue'\n"
            "order by b.body_id, e.due"
        ),
    },
    "nhiem-vu-qua-han": {
        "title": _both("Nhiệm vụ quá hạn, theo cơ quan", "Overdue tasks, by body"),
        "description": _both(
            "Nhiệm vụ quá hạn (báo cáo quá hạn, hoặc quá hạn mà chưa báo cáo), với mỗi cơ quan "
            "chịu trách nhiệm: đơn vị chủ trì, hoặc mọi bên của nhiệm vụ cùng thực hiện.",
            "Overdue tasks (reported so, or past their deadline unreported), with each body "
            "answering for them: the leads, or every body of a joint task.",
        ),
        "sql": (
            "select b.body_id, bodies.name as body, t.program_id, t.task_id, t.text,\n"
            "  t.deadline, t.status, b.joint\n"
            "from tasks t\n"
            "join task_bodies b on b.task = t.id\n"
            "join bodies on bodies.id = b.body_id\n"
            "where t.overdue = 1\n"
            "order by b.body_id, t.deadline"
        ),
    },
    "cap-duoi": {
        "title": _both("Cấp dưới đã thực hiện", "Answered below"),
        "description": _both(
            "Với mỗi văn bản chỉ đạo và mỗi cấp: số phải thực hiện, số đã biết, đúng hạn, quá hạn.",
            "For each instruction and level: how many are expected, known, on time, late.",
        ),
        "sql": (
            "select x.program_id, programs.title as program, i.number, i.date, x.level,\n"
            "  x.expected, x.known, x.on_time, x.late, x.deadline, x.missing\n"
            "from expectations x\n"
            "join instructions i on i.id = x.instruction\n"
            "join programs on programs.id = x.program_id\n"
            "order by x.program_id, x.id"
        ),
    },
}


#: Datasette's pages are laid out for short columns: long Vietnamese titles get room to
#: read, and the column descriptions, two languages each, are set in columns above the
#: rows instead of a screenful of them.  Inline, so the metadata file is all one needs.
_CSS = (
    "dl.column-descriptions{columns:3 22em;column-gap:2em;font-size:.85em}"
    "dl.column-descriptions dt{break-after:avoid}"
    "dl.column-descriptions dd{margin:0 0 .4em 1em;break-inside:avoid}"
    "td.col-title,td.col-text,td.col-name,td.col-program,td.col-body,td.col-event,"
    "td.col-program_id,td.col-task{min-width:16em}"
    "td.col-id{min-width:12em;word-break:break-all}"
)


def metadata(database: str, as_of: dt.date) -> dict[str, Any]:
    """The Datasette metadata of the export named ``database`` (the file's name without suffix).

    .. versionadded:: 0.3.0
    """
    tables = {}
    for table in TABLES:
        entry: dict[str, Any] = {
            "title": _both(table.title_vi, table.title_en),
            "description": _both(table.vi, table.en),
            "columns": {
                "id": _both("Mã dòng", "Row id"),
                **{column.name: _both(column.vi, column.en) for column in table.columns},
            },
        }
        if table.label:
            entry["label_column"] = table.label
        if table.facets:
            entry["facets"] = list(table.facets)
        if table.sort:
            entry["sort"] = table.sort
        tables[table.name] = entry
    return {
        "title": _both("Danh mục chương trình phối hợp", "A portfolio of coordination programs"),
        "description": _both(
            f"Các chương trình, quy chế phối hợp, việc thực hiện và tình trạng tính đến ngày "
            f"{as_of:%d/%m/%Y}, xuất bởi coordprog.",
            f"Coordination programs and regulations, what was done and their state as of "
            f"{as_of.isoformat()}, exported by coordprog.",
        ),
        "extra_css_urls": ["data:text/css;charset=utf-8," + urllib.parse.quote(_CSS)],
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


def metadata_text(database: str, as_of: dt.date) -> str:
    """:func:`metadata` as the JSON text written beside the database: indented, keys in order."""
    return json.dumps(metadata(database, as_of), ensure_ascii=False, indent=2) + "\n"
