"""The xlsx format, as coordprog finds it through its entry point."""

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import attrs
import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

import coordprog


def _sheet(output: coordprog.Output) -> Worksheet:
    assert (True, ".xlsx") == (output.binary, output.suffix)
    sheet = openpyxl.load_workbook(io.BytesIO(output.content)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def test_found_through_entry_point() -> None:
    formats = {f.name: f for f in coordprog.formats()}
    assert formats["xlsx"].plugin == "xlsx"
    assert set(formats["xlsx"].shapes) == {"table", "calendar"}


def test_matrix_sheet(coordprog_binh_thuan: coordprog.Program) -> None:
    """Title, caption, a frozen and filtered header, one row per task, Vietnamese intact."""
    sheet = _sheet(coordprog.render_output(coordprog_binh_thuan, "matrix", "xlsx"))
    assert sheet["A1"].value.startswith("Ma trận trách nhiệm: Chương trình phối hợp")
    assert [c.value for c in sheet[3]][:3] == ["Mã", "Mục", "Nhiệm vụ"]
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A3:I{3 + 25}"
    task = coordprog_binh_thuan.tasks[0]
    assert [sheet["A4"].value, sheet["C4"].value, sheet["D4"].value] == [
        task.id,
        task.text,
        "chủ trì",
    ]
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCD"}
    assert widths["C"] == max(widths.values())  # the task text gets the room
    assert sheet["C4"].alignment.wrap_text
    height = sheet.row_dimensions[4].height
    assert height is not None
    assert height >= 3 * 15  # a long task wraps to several lines, and its row grows
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.orientation == "landscape"


def test_schedule_dates_are_dates(coordprog_binh_thuan: coordprog.Program) -> None:
    sheet = _sheet(coordprog.render_output(coordprog_binh_thuan, "schedule", "xlsx"))
    assert [c.value for c in sheet[2]][:3] == ["Hạn", "Loại", "Sự kiện"]
    first = coordprog.schedule(coordprog_binh_thuan)[0]
    assert sheet["A3"].value.date() == first.due
    assert sheet["A3"].number_format == "dd/mm/yyyy"
    assert sheet["B3"].value == "kế hoạch phối hợp hàng năm"


def test_text_is_never_a_formula(coordprog_binh_thuan: coordprog.Program) -> None:
    """A task text starting with "=" is stored as text; a spreadsheet will not run it."""
    group = coordprog_binh_thuan.task_groups[0].groups[0]
    tasks = (attrs.evolve(group.tasks[0], text='=HYPERLINK("http://x","y")'), *group.tasks[1:])
    top = attrs.evolve(
        coordprog_binh_thuan.task_groups[0],
        groups=(attrs.evolve(group, tasks=tasks), *coordprog_binh_thuan.task_groups[0].groups[1:]),
    )
    program = attrs.evolve(
        coordprog_binh_thuan, task_groups=(top, *coordprog_binh_thuan.task_groups[1:])
    )
    sheet = _sheet(coordprog.render_output(program, "matrix", "xlsx"))
    assert sheet["C4"].value == '=HYPERLINK("http://x","y")'
    assert sheet["C4"].data_type == "s"


def test_documents_are_not_spreadsheets(coordprog_binh_thuan: coordprog.Program) -> None:
    with pytest.raises(coordprog.RenderError, match="cannot render a document"):
        coordprog.render_output(coordprog_binh_thuan, "program", "xlsx")


def test_workbooks_open_in_libreoffice(
    coordprog_binh_thuan: coordprog.Program, tmp_path: Path
) -> None:
    """The matrix and the schedule open in LibreOffice Calc and print (CI installs it)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("COORDPROG_REQUIRE_SOFFICE"):
            pytest.fail("LibreOffice (soffice) is required here but not installed")
        pytest.skip("LibreOffice is not installed")
    sources = []
    for report in ("matrix", "schedule"):
        source = tmp_path / f"{report}.xlsx"
        source.write_bytes(coordprog.render_output(coordprog_binh_thuan, report, "xlsx").content)
        sources.append(source)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        + [str(s) for s in sources],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for source in sources:
        pdf = source.with_suffix(".pdf")
        assert pdf.is_file(), f"LibreOffice could not open {source.name}"
        assert re.search(rb"/Type\s*/Page\b", pdf.read_bytes())
