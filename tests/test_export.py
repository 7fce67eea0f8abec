"""The SQLite export holds what happened, linked by one-column keys, described for Datasette."""

import asyncio
import datetime as dt
import importlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import coordprog
from coordprog.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2024, 8, 15)

#: A program and the one that follows it: an amendment, a joint group, a plan without tasks.
EARLIER = """
id = "cu"
title = "Chương trình phối hợp giai đoạn 2018 - 2021"
number = "05-CTr/BDVTU-BDT"
signed_on = 2018-03-01
period = { start = 2018-01-01, end = 2021-12-31, precision = "year" }
[[parties]]
id = "bdv"
name = "Ban Dân vận Tỉnh ủy"
province = "Gia Lai"
level = "province"
[[parties]]
id = "bdt"
name = "Ban Dân tộc tỉnh"
province = "Gia Lai"
level = "province"
[[task_groups]]
id = "II"
title = "Nhiệm vụ"
leads = ["bdv"]
[[task_groups.tasks]]
id = "a"
text = "Tuyên truyền"
"""

LATER = """
id = "moi"
title = "Chương trình phối hợp giai đoạn 2022 - 2025"
number = "12-CTr/BDVTU-BDT"
signed_on = 2022-01-24
signed_precision = "day"
predecessor = "05-CTr/BDVTU-BDT"
implements = ["ct-13"]
period = { start = 2022-01-01, end = 2025-12-31 }
[[parties]]
id = "bdv"
name = "Ban Dân vận Tỉnh ủy"
province = "Gia Lai"
level = "province"
[[parties]]
id = "bdt"
name = "Ban Dân tộc tỉnh"
province = "Gia Lai"
level = "province"
[[legal_refs]]
id = "05-CTr/BDVTU-BDT"
kind = "program"
number = "05-CTr/BDVTU-BDT"
[[legal_refs]]
id = "ct-13"
kind = "directive"
number = "13-CT/TW"
[[signatories]]
party = "bdv"
title = "TRƯỞNG BAN"
name = "Nguyễn Văn A"
authority = "KT. TRƯỞNG BAN"
[[annual_plans]]
year = 2023
number = "02-KH/BDVTU-BDT"
[[amendments]]
date = 2024-03-01
reason = "Điều chỉnh thời gian sơ kết"
changes = ["Sơ kết năm vào quý I năm sau"]
[[task_groups]]
id = "II"
title = "Nhiệm vụ chung"
joint = true
supports = ["bdv", "bdt"]
[[task_groups.tasks]]
id = "a"
text = "Các bên cùng phối hợp tuyên truyền"
[[task_groups.tasks.targets]]
id = "buoi"
description = "Buổi tuyên truyền"
value = 20
unit = "buổi"
[schedule]
[[schedule.reviews]]
id = "nam"
every_months = 12
name_vi = "Sơ kết năm"
name_en = "Yearly review"
"""

RECORDS = """
program = "moi"
title = "Hồ sơ năm 2022"
sources = ["Báo cáo số 30-BC/BDVTU"]
[[meetings]]
id = "so-ket-2022"
kind = "interim-review"
date = 2023-01-10
window = { start = 2022-01-01, end = 2022-12-31 }
chairs = [{ name = "Nguyễn Văn A", post = "Trưởng ban", party = "bdv" }]
presenters = [{ post = "Phó Trưởng ban", party = "bdt" }]
organisers = [{ post = "Văn phòng", party = "bdv" }]
witnesses = [{ name = "Trần Văn C", body = "Ủy ban nhân dân tỉnh" }]
attendees = [{ party = "bdt", count = 12 }]
[[progress]]
task = "a"
by = "bdt"
as_of = 2022-12-15
status = "in-progress"
figures = [{ indicator = "Buổi tuyên truyền", value = 12, unit = "buổi", target = "buoi" }]
[[outcomes]]
window = { start = 2022-01-01, end = 2022-12-31 }
meeting = "so-ket-2022"
results = ["Tổ chức 12 buổi tuyên truyền"]
shortcomings = ["Một số nơi chưa chủ động"]
figures = [{ indicator = "Lượt người dự", value = 2300, qualifier = "more-than", unit = "lượt" }]
[[outcomes.proposals]]
text = "Đề nghị bố trí kinh phí"
bodies = ["Ủy ban nhân dân tỉnh"]
[[outcomes.commendations]]
recipient = "Phòng Dân tộc"
collective = true
level = "Giấy khen của Trưởng Ban"
[[outcomes.commendations]]
recipient = "Cá nhân có thành tích"
count = 7
granted_by = "Ban Dân vận Tỉnh ủy"
"""


@pytest.fixture
def portfolio_folder(tmp_path: Path) -> Path:
    """Two programs of one province, the later with records, in a folder of their own."""
    folder = tmp_path / "danh-muc"
    (folder / "cu").mkdir(parents=True)
    (folder / "moi").mkdir()
    (folder / "cu" / "program.toml").write_text(EARLIER, encoding="utf-8")
    (folder / "moi" / "program.toml").write_text(LATER, encoding="utf-8")
    (folder / "moi" / "2022.toml").write_text(RECORDS, encoding="utf-8")
    return folder


@pytest.fixture
def database(portfolio_folder: Path, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """The export of the folder, open."""
    path = tmp_path / "portfolio.sqlite"
    coordprog.export_sqlite(coordprog.load_portfolio(portfolio_folder), path, as_of=AS_OF)
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def examples_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples' export, with its metadata beside it."""
    path = tmp_path_factory.mktemp("export") / "portfolio.sqlite"
    coordprog.export_sqlite(coordprog.load_portfolio(EXAMPLES), path, as_of=AS_OF)
    return path


def _one(connection: sqlite3.Connection, sql: str) -> Any:
    (row,) = connection.execute(sql).fetchall()
    return row


class TestKeys:
    def test_every_table_has_one_text_key_and_one_column_references(
        self, examples_database: Path
    ) -> None:
        """Every row is keyed by 'id'; every foreign key is one column, which Datasette links."""
        connection = sqlite3.connect(examples_database)
        try:
            tables = [
                r[0]
                for r in connection.execute("select name from sqlite_master where type = 'table'")
            ]
            assert len(tables) >= 20
            for table in tables:
                keys = [r[1] for r in connection.execute(f"pragma table_info({table})") if r[5]]
                assert ["id"] == keys, table
                references = connection.execute(f"pragma foreign_key_list({table})").fetchall()
                assert len({r[0] for r in references}) == len(references), table
            assert [] == connection.execute("pragma foreign_key_check").fetchall()
        finally:
            connection.close()

    def test_the_same_folder_elsewhere_gives_the_same_bytes(
        self, portfolio_folder: Path, tmp_path: Path
    ) -> None:
        """Paths are written relative to the folder: a copy elsewhere exports byte for byte."""
        copy = tmp_path / "somewhere" / "else"
        shutil.copytree(portfolio_folder, copy)
        first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
        coordprog.export_sqlite(coordprog.load_portfolio(portfolio_folder), first, as_of=AS_OF)
        coordprog.export_sqlite(coordprog.load_portfolio(copy), second, as_of=AS_OF)
        assert first.read_bytes() == second.read_bytes()
        assert first.with_suffix(".metadata.json").exists()


class TestWhatHappened:
    def test_programs_say_their_links_level_precision_and_flags(
        self, database: sqlite3.Connection
    ) -> None:
        """Predecessor and successor, derived level, precisions, text and illustrative flags."""
        rows = database.execute(
            "select id, level, level_stated, predecessor_id, successor_id, period_precision, "
            "period_as_written, signed_precision, text_available, illustrative_records, source "
            "from programs order by id"
        ).fetchall()
        assert [
            (
                "cu",
                "province",
                0,
                None,
                "moi",
                "year",
                "giai đoạn 2018 - 2021",
                "day",
                1,
                None,
                "cu/program.toml",
            ),
            (
                "moi",
                "province",
                0,
                "cu",
                None,
                "day",
                "01/01/2022 - 31/12/2025",
                "day",
                1,
                0,
                "moi/program.toml",
            ),
        ] == rows

    def test_a_plan_without_tasks_signatories_and_amendments(
        self, database: sqlite3.Connection
    ) -> None:
        """The plan of 2023 (no tasks), the signature with its authority, the amendment."""
        assert ("moi/2023", 2023, "02-KH/BDVTU-BDT", 0) == _one(
            database, "select id, year, number, tasks from annual_plans"
        )
        assert ("moi/bdv", "bdv-gia-lai", "Nguyễn Văn A", "KT. TRƯỞNG BAN") == _one(
            database, "select party, body_id, name, authority from signatories"
        )
        assert ("2024-03-01", "Điều chỉnh thời gian sơ kết", "Sơ kết năm vào quý I năm sau") == (
            _one(database, "select date, reason, changes from amendments")
        )

    def test_who_was_at_a_meeting_and_what_a_program_carries_out(
        self, database: sqlite3.Connection
    ) -> None:
        """Chairs, presenters, organisers, witnesses, attendance; the act a program implements."""
        assert (
            "Nguyễn Văn A, Trưởng ban, bdv",
            "Phó Trưởng ban, bdt",
            "Văn phòng, bdv",
            "Trần Văn C, Ủy ban nhân dân tỉnh",
            "bdt (12)",
        ) == _one(
            database, "select chairs, presenters, organisers, witnesses, attendees from meetings"
        )
        assert ("implements", "13-ct/tw") == _one(
            database, "select role, act_id from legal_refs where ref_id = 'ct-13'"
        )

    def test_joint_roles_and_targets(self, database: sqlite3.Connection) -> None:
        """Bodies sharing a joint task are 'joint', not supports; the task's target is kept."""
        roles = database.execute(
            "select body_id, role from task_roles where task = 'moi/a' order by body_id"
        ).fetchall()
        assert [("bdt-gia-lai", "joint"), ("bdv-gia-lai", "joint")] == roles
        assert (1,) == _one(database, "select joint from tasks where id = 'moi/a'")
        assert ("moi/a/buoi", "Buổi tuyên truyền", 20.0, "buổi") == _one(
            database, "select id, description, value, unit from targets"
        )

    def test_review_outcomes_figures_proposals_and_commendations(
        self, database: sqlite3.Connection
    ) -> None:
        """What the review found, the reported figure against its target, proposal, commendation."""
        assert ("moi/so-ket-2022", "Tổ chức 12 buổi tuyên truyền", "Một số nơi chưa chủ động") == (
            _one(database, "select meeting, results, shortcomings from outcomes")
        )
        assert [
            ("moi/a", None, "Buổi tuyên truyền", 12.0, None, "moi/a/buoi"),
            (None, "moi/moi/2022.toml/outcome-1", "Lượt người dự", 2300.0, "more-than", None),
        ] == database.execute(
            "select task, outcome, indicator, value, qualifier, target from figures order by id"
        ).fetchall()
        assert ("Đề nghị bố trí kinh phí", "Ủy ban nhân dân tỉnh") == _one(
            database, "select text, bodies from proposals"
        )
        assert [
            ("Cá nhân có thành tích", 0, 7, "Ban Dân vận Tỉnh ủy"),
            ("Phòng Dân tộc", 1, None, None),
        ] == database.execute(
            "select recipient, collective, count, granted_by from commendations order by recipient"
        ).fetchall()
        assert ("moi/2022.toml", 0, "Báo cáo số 30-BC/BDVTU") == _one(
            database, "select id, illustrative, sources from record_files"
        )

    def test_events_join_the_meetings_that_held_them(self, database: sqlite3.Connection) -> None:
        """events.meeting names the meeting: the yearly review of 2022 was held on 10/01/2023."""
        found = database.execute(
            "select e.id, e.state, m.date from events e join meetings m on m.id = e.meeting"
        ).fetchall()
        assert [("moi/nam/1", "held-on-time", "2023-01-10")] == found

    def test_the_examples_instructions_and_illustrative_records(
        self, examples_database: Path
    ) -> None:
        """The 2018 plan's order to the provinces; Bình Thuận's records marked illustrative."""
        connection = sqlite3.connect(examples_database)
        try:
            assert ("province", "plan", None, 0) == _one(
                connection,
                "select level, makes, expected, known from expectations where program_id = "
                "'bdvtw-bcsdcp-ke-hoach-2018'",
            )
            assert (1, 1) == _one(
                connection,
                "select illustrative_records, text_available from programs "
                "where id = 'binh-thuan-dan-van-dan-toc-2022-2025'",
            )
            assert (0,) == _one(
                connection,
                "select text_available from programs where id = 'bdvtw-bcsd-ubdt-2021-2025'",
            )
        finally:
            connection.close()


#: A program known in part: signed "tháng 3/2019", no start stated, an end not stated; a
#: board that ceased in 2025 and was split; a joint task past its deadline, unreported.
PARTLY_KNOWN = """
id = "mot-phan"
title = "Quy chế phối hợp"
kind = "regulation"
signed_on = "2019-03"
period = { end_unknown = true }
[[parties]]
id = "bdt"
name = "Ban Dân tộc tỉnh"
province = "Kon Tum"
until = "2025"
successor = "sdttg"
split_into = ["snv"]
[[parties]]
id = "mttq"
name = "Ủy ban MTTQ Việt Nam tỉnh"
province = "Kon Tum"
[[third_parties]]
id = "sdttg"
name = "Sở Dân tộc và Tôn giáo"
province = "Kon Tum"
[[third_parties]]
id = "snv"
name = "Sở Nội vụ"
province = "Kon Tum"
[[third_parties]]
id = "lao"
name = "Ban Dân tộc tỉnh Attapeu"
country = "Lào"
[[third_parties]]
id = "ctxh"
name = "Các tổ chức chính trị - xã hội tỉnh"
province = "Kon Tum"
group = true
member_count = 5
[[task_groups]]
id = "II"
title = "Nhiệm vụ chung"
[[task_groups.tasks]]
id = "a"
text = "Các bên cùng rà soát chính sách"
joint = true
supports = ["mttq", "sdttg"]
deadline = 2023-06-30
"""

MEETINGS = """
program = "mot-phan"
[[meetings]]
id = "giao-ban"
kind = "coordination-meeting"
date = "2023-01"
[[meetings]]
id = "hop"
kind = "other"
"""


class TestDatesAsStated:
    @pytest.fixture
    def partly(self, tmp_path: Path) -> Iterator[sqlite3.Connection]:
        """The export of a program known in part, with meetings dated in part or not at all."""
        folder = tmp_path / "p"
        folder.mkdir()
        (folder / "program.toml").write_text(PARTLY_KNOWN, encoding="utf-8")
        (folder / "records.toml").write_text(MEETINGS, encoding="utf-8")
        path = tmp_path / "p.sqlite"
        coordprog.export_sqlite(coordprog.load_portfolio(folder), path, as_of=AS_OF)
        connection = sqlite3.connect(path)
        yield connection
        connection.close()

    def test_a_date_is_written_as_precisely_as_stated(self, partly: sqlite3.Connection) -> None:
        """'tháng 3/2019' is 2019-03 of precision month; no start is empty, the end unknown."""
        assert ("2019-03", "month", None, None, 1) == _one(
            partly, 'select signed_on, signed_precision, start, "end", end_unknown from programs'
        )
        assert [("giao-ban", "2023-01", "month"), ("hop", None, None)] == partly.execute(
            "select meeting_id, date, date_precision from meetings order by meeting_id"
        ).fetchall()

    def test_lineage_as_stated(self, partly: sqlite3.Connection) -> None:
        """A board ceased in 2025 (year precision), succeeded and split, as the file says."""
        assert ("2025", "year", "sdttg", "snv") == _one(
            partly,
            "select until, until_precision, successor, split_into from parties "
            "where party_id = 'bdt'",
        )

    def test_bodies_beyond_the_parties(self, partly: sqlite3.Connection) -> None:
        """A foreign body's country, a group's counted members are kept."""
        assert [("ctxh", None, 5), ("lao", "Lào", None)] == partly.execute(
            "select party_id, country, member_count from parties "
            "where party_id in ('lao', 'ctxh') order by party_id"
        ).fetchall()

    def test_a_program_has_no_type_line(self, partly: sqlite3.Connection) -> None:
        """A kind that names the type leaves the type line empty."""
        assert ("regulation", None) == _one(partly, "select kind, type_line from programs")

    def test_a_joint_task_is_overdue_for_every_body(self, partly: sqlite3.Connection) -> None:
        """Past its deadline and unreported, the joint task is overdue for both its bodies."""
        assert (1, 1) == _one(partly, "select joint, overdue from tasks")
        assert [("mot-phan/mttq", 1), ("mot-phan/sdttg", 1)] == partly.execute(
            "select party, joint from task_bodies order by party"
        ).fetchall()


class TestMetadata:
    def test_every_table_and_column_is_described_in_both_languages(
        self, examples_database: Path
    ) -> None:
        """The metadata beside the database titles every table and describes every column."""
        metadata = json.loads(
            examples_database.with_suffix(".metadata.json").read_text(encoding="utf-8")
        )
        tables = metadata["databases"]["portfolio"]["tables"]
        connection = sqlite3.connect(examples_database)
        try:
            names = [
                r[0]
                for r in connection.execute("select name from sqlite_master where type = 'table'")
            ]
            assert sorted(names) == sorted(tables)
            for name in names:
                columns = [r[1] for r in connection.execute(f"pragma table_info({name})")]
                assert columns == list(tables[name]["columns"]), name
                for text in (tables[name]["title"], *tables[name]["columns"].values()):
                    assert " — " in text, (name, text)  # Vietnamese — English
        finally:
            connection.close()


def _datasette() -> ModuleType:
    try:
        return importlib.import_module("datasette.app")
    except ImportError:
        if os.environ.get("COORDPROG_REQUIRE_DATASETTE"):
            pytest.fail("Datasette is required here but not installed")
        pytest.skip("Datasette is not installed (pip install 'coordprog[datasette]')")


class TestDatasette:
    """What a person sees in Datasette, through its own test client (CI installs it)."""

    def _get(self, database: Path, *paths: str) -> list[Any]:
        app = _datasette()
        metadata = json.loads(database.with_suffix(".metadata.json").read_text(encoding="utf-8"))

        async def fetch() -> list[Any]:
            datasette = app.Datasette([str(database)], metadata=metadata)
            found = []
            for path in paths:
                response = await datasette.client.get(path)
                assert 200 == response.status_code, path
                found.append(response.json() if ".json" in path else response.text)
            return found

        return asyncio.run(fetch())

    def test_a_program_page(self, examples_database: Path) -> None:
        """A program's page links to its tasks, events and records; its parent's, to it."""
        page, parent, listed = self._get(
            examples_database,
            "/portfolio/programs/binh-thuan-dan-van-dan-toc-2022-2025",
            "/portfolio/programs/bdvtw-bcsd-ubdt-2021-2025",
            "/portfolio/programs?id=binh-thuan-dan-van-dan-toc-2022-2025",
        )
        assert "Chương trình phối hợp thực hiện công tác dân vận" in page
        for table in ("tasks", "events", "meetings", "progress", "signatories"):
            assert (
                f'href="/portfolio/{table}?program_id=binh-thuan-dan-van-dan-toc-2022-2025"' in page
            )
        assert (
            'href="/portfolio/programs?parent_id=bdvtw-bcsd-ubdt-2021-2025"> 1 row</a> from '
            "parent_id in programs" in " ".join(parent.split())
        )
        # In the table, the parent is a link labelled with its title.
        assert '<a href="/portfolio/programs/bdvtw-bcsd-ubdt-2021-2025">Chương trình' in listed

    def test_the_overdue_query(self, examples_database: Path) -> None:
        """The canned query lists what is overdue, by lead body, with names."""
        (rows,) = self._get(examples_database, "/portfolio/qua-han.json?_shape=array")
        assert rows
        assert {"body_id", "body", "program", "event", "due"} <= set(rows[0])
        assert {row["body_id"] for row in rows} == {"bdv-binh-thuan", "bdt-binh-thuan"}

    def test_events_open_with_facets_and_labels(self, examples_database: Path) -> None:
        """The events table opens faceted by state, kind and program; links show labels."""
        (table,) = self._get(examples_database, "/portfolio/events.json?_labels=on&_shape=objects")
        facets = table["facet_results"]
        assert {"state", "kind", "program_id"} <= set(facets)
        counts = {item["value"]: item["count"] for item in facets["state"]["results"]}
        assert 1 == counts["overdue"]
        assert sum(counts.values()) == table["filtered_table_rows_count"]
        assert table["rows"][0]["program_id"]["label"].startswith("Chương trình")

    def test_column_descriptions_show(self, examples_database: Path) -> None:
        """The tasks page explains its columns in Vietnamese and English."""
        (html,) = self._get(examples_database, "/portfolio/tasks")
        assert "Nhiệm vụ cấp trên được thực hiện — The task above it carries out" in html


class TestCommandLine:
    def test_export_writes_the_metadata_beside_and_refuses_to_overwrite(
        self, portfolio_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """'coordprog export' writes both files, and --force is needed to write them again."""
        out = tmp_path / "out" / "danh-muc.sqlite"
        out.parent.mkdir()
        argv = ["export", str(portfolio_folder), "-o", str(out), "--as-of", "2024-08-15"]
        assert 0 == main(argv)
        metadata = json.loads((out.parent / "danh-muc.metadata.json").read_text(encoding="utf-8"))
        assert ["danh-muc"] == list(metadata["databases"])
        out.unlink()
        assert 1 == main(argv)
        assert "danh-muc.metadata.json exists; use --force" in capsys.readouterr().err
        assert 0 == main([*argv, "--force"])

    def test_an_export_inside_the_folder_does_not_break_it(self, portfolio_folder: Path) -> None:
        """The metadata written into the portfolio's folder is not read back as a document."""
        assert 0 == main(
            ["export", str(portfolio_folder), "-o", str(portfolio_folder / "p.sqlite")]
        )
        assert 2 == len(coordprog.load_portfolio(portfolio_folder).programs)


#: A code of conduct: a document of the kind ``other``, whose type line is printed.
CODE_OF_CONDUCT = """
id = "quy-tac"
kind = "other"
type_line = "QUY TẮC ỨNG XỬ"
title = "của cán bộ, công chức Ban Dân tộc tỉnh"
[[parties]]
id = "bdt"
name = "Ban Dân tộc tỉnh"
province = "Kon Tum"
"""


def test_a_document_of_kind_other_keeps_its_type_line(tmp_path: Path) -> None:
    """The printed type line is exported beside the kind, as the file states it."""
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "program.toml").write_text(CODE_OF_CONDUCT, encoding="utf-8")
    portfolio = coordprog.load_portfolio(folder)
    path = tmp_path / "other.sqlite"
    coordprog.export_sqlite(portfolio, path, as_of=AS_OF)
    connection = sqlite3.connect(path)
    try:
        row = _one(connection, "select kind, type_line, title from programs")
    finally:
        connection.close()
    (program,) = portfolio.programs
    assert ("other", "QUY TẮC ỨNG XỬ", program.heading) == row
    assert program.heading.startswith("Quy tắc ứng xử")
