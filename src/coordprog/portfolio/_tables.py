"""The tables of the SQLite export, in the order the database holds them.

Defined, column by column with their meanings in Vietnamese and English, in
:mod:`coordprog.portfolio._program_tables` (what the files say) and
:mod:`coordprog.portfolio._record_tables` (what happened).
"""

from __future__ import annotations

from coordprog.portfolio._columns import Column, Table
from coordprog.portfolio._program_tables import PROGRAM_TABLES
from coordprog.portfolio._record_tables import RECORD_TABLES

__all__ = ["BY_NAME", "TABLES", "Column", "Table", "schema"]

TABLES: tuple[Table, ...] = (*PROGRAM_TABLES, *RECORD_TABLES)

#: The tables by name.
BY_NAME = {table.name: table for table in TABLES}


def schema() -> str:
    """Every ``CREATE TABLE`` and ``CREATE INDEX`` statement of the export."""
    return "\n".join(table.sql for table in TABLES)
