"""A portfolio of programs and records: bodies, agenda, clashes, cascades and the SQLite export."""

import datetime as dt
import gc
import sqlite3
from pathlib import Path

import pytest

import coordprog
from coordprog.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
D = dt.date

PARENT = """
id = "tw-2021"
title = "Chương trình phối hợp cấp trung ương"
number = "01-CTr/TW"
period = {{ start = 2021-01-01, end = 2025-12-31 }}
[[parties]]
id = "bdvtw"
name = "Ban Dân vận Trung ương"
level = "central"
[[parties]]
id = "ubdt"
name = "Ủy ban Dân tộc"
level = "central"
[[task_groups]]
id = "I"
title = "Nội dung"
leads = ["bdvtw"]
[[task_groups.tasks]]
id = "T1"
text = "Tuyên truyền"
[[task_groups.tasks]]
id = "T2"
text = "Tập huấn"
{extra}
"""

CHILD = """
id = "{id}"
title = "Chương trình phối hợp của tỉnh {province}"
parent = "01-CTr/TW"
period = {{ start = 2022-01-01, end = 2025-12-31 }}
[[parties]]
id = "bdv"
name = "Ban Dân vận Tỉnh ủy"
province = "{province}"
level = "province"
[[parties]]
id = "bdt"
name = "Ban Dân tộc tỉnh"
province = "{province}"
level = "province"
[[legal_refs]]
id = "01-CTr/TW"
kind = "program"
number = "01-CTr/TW"
[[task_groups]]
id = "II"
title = "Nội dung"
leads = ["bdv"]
supports = ["bdt"]
[[task_groups.tasks]]
id = "a"
text = "Tuyên truyền trong tỉnh"
parent_task = "T1"
[[task_groups.tasks]]
id = "b"
text = "Việc riêng của tỉnh"
[[task_groups.tasks]]
id = "c"
text = "Việc dẫn nhiệm vụ không có"
parent_task = "T9"
[schedule]
[[schedule.reviews]]
id = "nam"
every_months = 12
name_vi = "Sơ kết năm"
name_en = "Yearly review"
"""

RECORDS = """
program = "{id}"
[[progress]]
task = "a"
by = "bdv"
as_of = 2023-12-01
status = "{status}"
figures = [{{ indicator = "Buổi tuyên truyền", value = {value}, unit = "buổi" }}]
"""


@pytest.fixture
def cascade(tmp_path: Path) -> Path:
    """A central program, two provinces carrying it out, with records."""
    (tmp_path / "tw.toml").write_text(PARENT.format(extra=""), encoding="utf-8")
    for index, province in enumerate(("Bình Thuận", "Lâm Đồng")):
        folder = tmp_path / f"tinh-{index}"
        folder.mkdir()
        (folder / "program.toml").write_text(
            CHILD.format(id=f"tinh-{index}", province=province), encoding="utf-8"
        )
        status = ("done-on-time", "in-progress")[index]
        (folder / "2023.toml").write_text(
            RECORDS.format(id=f"tinh-{index}", status=status, value=10 * (index + 1)),
            encoding="utf-8",
        )
    return tmp_path


def test_the_examples_folder_is_a_portfolio() -> None:
    portfolio = coordprog.load_portfolio(EXAMPLES)
    ids = [program.id for program in portfolio.programs]
    assert "binh-thuan-dan-van-dan-toc-2022-2025" in ids
    binh_thuan = portfolio.program("binh-thuan-dan-van-dan-toc-2022-2025")
    assert len(portfolio.records[binh_thuan.id].meetings) == 9  # its records, from records/
    parent = portfolio.parent_of(binh_thuan)
    assert parent is not None
    assert parent.number == "01-CTrPH/BDVTW-BCSĐUBDT"
    assert not parent.text_available
    central = portfolio.body("bdvtw")
    assert {program for program, _ in central.parties} == {
        "bdvtw-bcsd-ubdt-2021-2025",
        "bdvtw-bcsdcp-2016-2021",
        "bdvtw-bcsdcp-ke-hoach-2018",
    }
    plan = portfolio.program("bdvtw-bcsdcp-ke-hoach-2018")
    assert portfolio.parent_of(plan) is portfolio.program("bdvtw-bcsdcp-2016-2021")


def test_a_parent_whose_text_is_not_available_is_reported_so() -> None:
    portfolio = coordprog.load_portfolio(EXAMPLES)
    found = coordprog.coverage(portfolio, portfolio.program("bdvtw-bcsd-ubdt-2021-2025"))
    assert not found.available
    assert found.children == ("binh-thuan-dan-van-dan-toc-2022-2025",)
    assert found.covered == ()
    assert found.uncovered == ()  # no task is invented for the parent
    assert len(found.unlinked) == 25


def test_every_problem_of_every_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(
        PARENT.format(extra="")
        .replace('id = "tw-2021"', 'id = "a"')
        .replace('title = "Chương trình phối hợp cấp trung ương"', 'title = "  "'),
        encoding="utf-8",
    )
    (tmp_path / "e.toml").write_text('id = "e"\ntitle = "Văn bản"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.json").write_text('{"program": "nothing"}', encoding="utf-8")
    (tmp_path / "sub" / "c.toml").write_text(PARENT.format(extra=""), encoding="utf-8")
    (tmp_path / "sub" / "d.toml").write_text(PARENT.format(extra=""), encoding="utf-8")
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.load_portfolio(tmp_path)
    message = str(caught.value)
    assert f"{tmp_path / 'a.toml'}: title: expected text, found only white space" in message
    assert f"{tmp_path / 'e.toml'}: parties: expected at least one party" in message
    assert f"{tmp_path / 'sub' / 'b.json'}: program: expected the id of a program" in message
    assert f"{tmp_path / 'sub' / 'd.toml'}: id: expected each program id once" in message
    assert caught.value.document == "portfolio"


def test_files_are_read_in_path_order_and_an_unreadable_one_is_named(tmp_path: Path) -> None:
    # "a-b" sorts before "a/b" as text, after it as a path: files come in path order.
    for folder, program_id in (("a", "first"), ("a-b", "second")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.toml").write_text(
            PARENT.format(extra="").replace('id = "tw-2021"', f'id = "{program_id}"'),
            encoding="utf-8",
        )
    portfolio = coordprog.load_portfolio(tmp_path)
    assert portfolio.sources == {
        "first": str(tmp_path / "a" / "p.toml"),
        "second": str(tmp_path / "a-b" / "p.toml"),
    }
    (tmp_path / "gone.toml").symlink_to(tmp_path / "nowhere.toml")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(coordprog.ValidationError) as caught:
        coordprog.load_portfolio(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'gone.toml'}: expected a readable file, found: No such file or directory"
    ]


def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(PARENT.format(extra=""), encoding="utf-8")
    assert gc.isenabled()
    coordprog.load_portfolio(tmp_path)
    assert gc.isenabled()
    (tmp_path / "b.toml").write_text('id = "b"\n', encoding="utf-8")
    with pytest.raises(coordprog.ValidationError):
        coordprog.load_portfolio(tmp_path)
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(coordprog.ValidationError):
            coordprog.load_portfolio(tmp_path)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_bodies_are_recognised_by_name_province_mapping_and_lineage(
    cascade: Path,
) -> None:
    portfolio = coordprog.load_portfolio(cascade)
    ids = {body.id for body in portfolio.bodies}
    # Same name in two provinces: two bodies, told apart by province.
    assert {"bdv-binh-thuan", "bdv-lam-dong", "bdvtw", "ubdt"} <= ids
    (cascade / "bodies.toml").write_text(
        '[[bodies]]\nid = "dan-van"\nname = "Khối dân vận"\n'
        'parties = ["tinh-0/bdv", "tinh-1/bdv", "tw-2021/bdvtw"]\n',
        encoding="utf-8",
    )
    mapped = coordprog.load_portfolio(cascade)
    body = mapped.body("dan-van")
    assert body.name == "Khối dân vận"
    assert len(body.parties) == 3
    assert mapped.body_of("tinh-1", "bdv") is body


def test_a_renamed_body_is_one_body_and_a_merged_one_hands_over_its_agenda(
    tmp_path: Path,
) -> None:
    old = CHILD.format(id="cu", province="Bình Thuận").replace(
        'name = "Ban Dân tộc tỉnh"',
        'name = "Ban Dân tộc tỉnh"\nsuccessor = "sdttg"\nuntil = 2025-02-28',
    )
    old += '[[third_parties]]\nid = "sdttg"\nname = "Sở Dân tộc và Tôn giáo"\n'
    old += 'province = "Bình Thuận"\n'
    (tmp_path / "cu.toml").write_text(old, encoding="utf-8")
    renamed = CHILD.format(id="moi", province="Bình Thuận").replace(
        'name = "Ban Dân vận Tỉnh ủy"',
        'name = "Ban Tuyên giáo và Dân vận Tỉnh ủy"\n'
        'former_names = [{ name = "Ban Dân vận Tỉnh ủy", until = 2025-02-28 }]',
    )
    (tmp_path / "moi.toml").write_text(renamed, encoding="utf-8")
    portfolio = coordprog.load_portfolio(tmp_path)
    assert portfolio.body_of("cu", "bdv") is portfolio.body_of("moi", "bdv")  # a rename
    merged = portfolio.body_of("cu", "bdt")
    successor = portfolio.body_of("cu", "sdttg")
    assert merged.successor == successor.id
    assert merged in portfolio.lineage(successor.id)
    items = coordprog.agenda(
        portfolio, successor.id, D(2024, 1, 1), D(2025, 12, 31), as_of=D(2024, 6, 1)
    )
    assert items  # the reviews it took over, due after 28/02/2025
    assert all(item.state.event.due > D(2025, 2, 28) for item in items)
    assert "cu" in {item.program for item in items}
    assert all(item.body == successor.id for item in items)


def test_agenda_and_clashes(cascade: Path) -> None:
    portfolio = coordprog.load_portfolio(cascade)
    items = coordprog.agenda(
        portfolio, "bdv-binh-thuan", D(2023, 1, 1), D(2023, 12, 31), as_of=D(2024, 2, 1)
    )
    assert [(i.program, i.state.event.due, i.role, i.state.state.value) for i in items] == [
        ("tinh-0", D(2023, 12, 31), "lead", "overdue")
    ]
    everyone = coordprog.agenda(
        portfolio, None, D(2023, 1, 1), D(2023, 12, 31), as_of=D(2024, 2, 1)
    )
    assert {i.body for i in everyone} == {
        "bdv-binh-thuan",
        "bdv-lam-dong",
        "bdt-binh-thuan",
        "bdt-lam-dong",
    }
    assert coordprog.clashes(everyone) == ()
    with pytest.raises(KeyError):
        coordprog.agenda(portfolio, "nobody")
    # A body leading the yearly reviews of two programs: both due on 31/12.
    shared = (cascade / "tinh-1" / "program.toml").read_text(encoding="utf-8")
    (cascade / "tinh-1" / "program.toml").write_text(
        shared.replace('province = "Lâm Đồng"', 'province = "Bình Thuận"'), encoding="utf-8"
    )
    (cascade / "tinh-1" / "2023.toml").unlink()
    portfolio = coordprog.load_portfolio(cascade)
    items = coordprog.agenda(
        portfolio, "bdv-binh-thuan", D(2023, 1, 1), D(2023, 12, 31), as_of=D(2023, 6, 1)
    )
    (clash,) = coordprog.clashes(items)
    assert (clash.body, clash.day, {i.program for i in clash.items}) == (
        "bdv-binh-thuan",
        D(2023, 12, 31),
        {"tinh-0", "tinh-1"},
    )


def test_coverage_and_roll_up(cascade: Path) -> None:
    portfolio = coordprog.load_portfolio(cascade)
    parent = portfolio.program("tw-2021")
    found = coordprog.coverage(portfolio, parent)
    assert found.available
    assert found.children == ("tinh-0", "tinh-1")
    ((task, links),) = found.covered
    assert task.id == "T1"
    assert [(link.program, link.task.id) for link in links] == [("tinh-0", "a"), ("tinh-1", "a")]
    assert [t.id for t in found.uncovered] == ["T2"]
    assert [(link.program, link.task.id) for link in found.unlinked] == [
        ("tinh-0", "b"),
        ("tinh-1", "b"),
    ]
    assert {link.task.id for link in found.unknown} == {"c"}
    (rolled,) = coordprog.roll_up(portfolio, parent, D(2024, 1, 1))
    assert rolled.counts == (("done-on-time", 1), ("in-progress", 1))
    assert rolled.figures == (("Buổi tuyên truyền", "buổi", 30),)


def test_export_is_complete_deterministic_and_atomic(cascade: Path, tmp_path: Path) -> None:
    portfolio = coordprog.load_portfolio(cascade)
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    coordprog.export_sqlite(portfolio, first, as_of=D(2024, 2, 1))
    coordprog.export_sqlite(coordprog.load_portfolio(cascade), second, as_of=D(2024, 2, 1))
    assert first.read_bytes() == second.read_bytes()
    connection = sqlite3.connect(first)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        linked = connection.execute(
            "SELECT program_id, task_id FROM tasks WHERE parent_program_id = 'tw-2021' "
            "AND parent_task_id = 'T1' ORDER BY program_id"
        ).fetchall()
        assert linked == [("tinh-0", "a"), ("tinh-1", "a")]
        overdue = connection.execute(
            "SELECT e.program_id, e.due FROM events e JOIN event_bodies b ON b.event = e.id "
            "WHERE b.body_id = 'bdv-binh-thuan' AND e.state = 'overdue' ORDER BY e.due"
        ).fetchall()
        assert overdue == [("tinh-0", "2022-12-31"), ("tinh-0", "2023-12-31")]
        statuses = dict(
            connection.execute(
                "SELECT program_id, status FROM tasks WHERE task_id = 'a'"
            ).fetchall()
        )
        assert statuses == {"tinh-0": "done-on-time", "tinh-1": "in-progress"}
    finally:
        connection.close()
    before = first.read_bytes()
    with pytest.raises(FileNotFoundError, match="no folder"):
        coordprog.export_sqlite(portfolio, tmp_path / "missing" / "x.sqlite", as_of=D(2024, 2, 1))
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(IsADirectoryError):
        coordprog.export_sqlite(portfolio, tmp_path / "dir.sqlite", as_of=D(2024, 2, 1))
    assert first.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []


def test_cli(cascade: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["portfolio", str(cascade)]) == 0
    assert "tw-2021" in capsys.readouterr().out
    argv = ["agenda", str(cascade), "--party", "bdv-binh-thuan", "--from", "2023-01-01"]
    argv += ["--until", "2023-12-31", "--as-of", "2024-02-01", "--format", "csv"]
    assert main(argv) == 0
    assert "2023-12-31,Ban Dân vận Tỉnh ủy" in capsys.readouterr().out
    assert main([*argv[:3], "nobody"]) == 1
    assert "expected the id of a body of the portfolio" in capsys.readouterr().err
    ics = tmp_path / "lich.ics"
    assert main([*argv[:-2], "-o", str(ics)]) == 0
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert main(["coverage", str(cascade), "tw-2021", "--as-of", "2024-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Nhiệm vụ cấp dưới thực hiện: tinh-0/a; tinh-1/a" in out
    assert "Nhiệm vụ cấp dưới thực hiện: Chưa có nhiệm vụ cấp dưới nào thực hiện" in out
    assert "Hoàn thành đúng hạn: 1; Đang thực hiện trong hạn: 1; Buổi" in out
    database = tmp_path / "p.sqlite"
    assert main(["export", str(cascade), "-o", str(database)]) == 0
    assert main(["export", str(cascade), "-o", str(database)]) == 1
    assert "exists; use --force" in capsys.readouterr().err
