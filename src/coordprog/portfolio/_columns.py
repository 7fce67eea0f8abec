"""The columns and tables of the SQLite export, and the helpers that describe them.

One description serves both the ``CREATE TABLE`` statements and the
Datasette metadata written beside the database, so that a column cannot
exist without its explanation.  Every table's key is one text column,
``id``, readable (``"binh-thuan-2022/II.1.1.3"``), and every reference to another
row is one column naming that ``id``: Datasette shows
single-column foreign keys as links.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Column:
    """A column: its SQL type, whether it may be empty, the table it refers to, its meaning."""

    name: str
    type: str
    vi: str
    en: str
    required: bool = False
    refers: str | None = None

    @property
    def sql(self) -> str:
        """The column's definition in ``CREATE TABLE``."""
        text = f'"{self.name}" {self.type}'
        if self.required:
            text += " NOT NULL"
        if self.refers:
            text += f" REFERENCES {self.refers}(id) DEFERRABLE INITIALLY DEFERRED"
        return text


@attrs.frozen
class Table:
    """A table: its columns after ``id``, titles and descriptions, Datasette's label and facets."""

    name: str
    title_vi: str
    title_en: str
    vi: str
    en: str
    columns: tuple[Column, ...]
    label: str | None = None
    facets: tuple[str, ...] = ()
    sort: str | None = None

    @property
    def sql(self) -> str:
        """The ``CREATE TABLE`` statement and an index for each column that refers."""
        lines = ["  id TEXT PRIMARY KEY", *(f"  {column.sql}" for column in self.columns)]
        statements = [f"CREATE TABLE {self.name} (\n" + ",\n".join(lines) + "\n);"]
        for column in self.columns:
            if column.refers or column.name in self.facets:
                statements.append(
                    f'CREATE INDEX {self.name}_{column.name} ON {self.name}("{column.name}");'
                )
        return "\n".join(statements)

    @property
    def names(self) -> tuple[str, ...]:
        """Every column's name, ``id`` first, in the order rows give their values."""
        return ("id", *(column.name for column in self.columns))


def column(
    name: str, type_: str, vi: str, en: str, *, required: bool = False, refers: str = ""
) -> Column:
    """A column of SQL type ``type_``, meaning ``vi`` in Vietnamese and ``en`` in English."""
    return Column(name, type_, vi, en, required, refers or None)


def text(name: str, vi: str, en: str, *, required: bool = False, refers: str = "") -> Column:
    """A text column; ``refers`` names the table whose ``id`` it holds."""
    return column(name, "TEXT", vi, en, required=required, refers=refers)


def integer(name: str, vi: str, en: str, *, required: bool = False) -> Column:
    """An integer column."""
    return column(name, "INTEGER", vi, en, required=required)


def flag(name: str, vi: str, en: str) -> Column:
    """A yes-or-no column, 1 or 0, never empty."""
    return column(name, "INTEGER", f"{vi} (1 có, 0 không)", f"{en} (1 yes, 0 no)", required=True)


def date(name: str, vi: str, en: str, *, required: bool = False) -> Column:
    """A date column, written as precisely as the document states the date."""
    return column(
        name,
        "TEXT",
        f"{vi} (YYYY-MM-DD, hoặc YYYY-MM, YYYY khi văn bản chỉ nêu tháng, năm)",
        f"{en} (YYYY-MM-DD, or YYYY-MM, YYYY when only the month or year is stated)",
        required=required,
    )


def precision(name: str, what_vi: str, what_en: str) -> Column:
    """The precision of a date column: ``day``, ``month`` or ``year``."""
    return text(
        name,
        f"{what_vi} biết đến: day (ngày), month (tháng), year (năm); trống: không rõ",
        f"{what_en} known to the day, month or year; empty: not known",
    )


def program_column() -> Column:
    """The ``program_id`` every row of a program's parts has."""
    return text("program_id", "Chương trình", "The program", required=True, refers="programs")


def file_column() -> Column:
    """The records file a row of records comes from."""
    return text(
        "records_file",
        "Tệp hồ sơ ghi nhận",
        "The records file it comes from",
        refers="record_files",
    )
