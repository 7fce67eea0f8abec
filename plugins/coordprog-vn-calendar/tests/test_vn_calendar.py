"""The Vietnamese work calendar, as coordprog finds it through its entry point."""

import datetime as dt
from pathlib import Path

import pytest
from coordprog_vn_calendar import SwapError, VietnamCalendar, load_swaps

import coordprog
from coordprog.testing import check_schedule

D = dt.date

# The first day of Tết Nguyên đán, as published, 2020-2030.  In 2030 the
# Vietnamese calendar (UTC+7) starts the year on 2 February, a day before
# the Chinese one (UTC+8): a check that the lunar calendar is Vietnam's.
TET = [
    D(2020, 1, 25),
    D(2021, 2, 12),
    D(2022, 2, 1),
    D(2023, 1, 22),
    D(2024, 2, 10),
    D(2025, 1, 29),
    D(2026, 2, 17),
    D(2027, 2, 6),
    D(2028, 1, 26),
    D(2029, 2, 13),
    D(2030, 2, 2),
]


@pytest.fixture(scope="module")
def calendar() -> VietnamCalendar:
    return VietnamCalendar()


@pytest.mark.filterwarnings("ignore::coordprog_vn_calendar.SwapDataWarning")  # 2027-2030
@pytest.mark.parametrize("day", TET)
def test_tet(calendar: VietnamCalendar, day: dt.date) -> None:
    """The first day of Tết falls where it was published, and is no working day."""
    assert "Lunar New Year" == calendar.holiday_name(day)
    assert not calendar.is_working_day(day)


def test_hung_kings_and_fixed_holidays(calendar: VietnamCalendar) -> None:
    """Hùng Kings' day (10/3 lunar) and the solar holidays are days off."""
    assert not calendar.is_working_day(D(2024, 4, 18))  # 10/3 Giáp Thìn
    assert not calendar.is_working_day(D(2025, 4, 7))  # 10/3 Ất Tỵ
    for day in (D(2025, 1, 1), D(2025, 4, 30), D(2025, 5, 1), D(2025, 9, 2)):
        assert not calendar.is_working_day(day)
    assert calendar.is_working_day(D(2025, 3, 3))


def test_swaps(calendar: VietnamCalendar) -> None:
    """A make-up Saturday is a working day and the bridge day it pays for is not."""
    assert calendar.is_working_day(D(2025, 4, 26))
    assert not calendar.is_working_day(D(2025, 5, 2))
    assert calendar.is_working_day(D(2024, 5, 4))
    assert D(2025, 5, 5) == calendar.next_working_day(D(2025, 4, 30))


def test_found_by_name(coordprog_binh_thuan: coordprog.Program) -> None:
    """The calendar "vn" is found through the entry point alone; no example event is a day off."""
    events = coordprog.schedule(coordprog_binh_thuan, "vn")
    vn = VietnamCalendar()
    check_schedule(coordprog_binh_thuan, events, vn)
    tet = {d + dt.timedelta(days=k) for d in TET for k in range(-2, 5)}
    for event in events:
        assert event.due.weekday() < 5 or event.due in vn.working_days
        assert event.due not in tet
        assert vn.holiday_name(event.due) is None
    # 31/12/2022 is a Saturday and 1/1/2023 a holiday: the reviews move to Tuesday 3/1.
    assert D(2023, 1, 3) == events[2].due


def test_user_swap_files(tmp_path: Path) -> None:
    """A user adds a year's swaps with a file, no code."""
    (tmp_path / "2026.toml").write_text(
        "days_off = [2026-01-02]\nworking_days = [2026-01-10]\n", encoding="utf-8"
    )
    calendar = VietnamCalendar(swap_dirs=[tmp_path])
    assert not calendar.is_working_day(D(2026, 1, 2))
    assert calendar.is_working_day(D(2026, 1, 10))


def test_bad_swap_file_named() -> None:
    """A malformed swap file is refused naming the file and key."""
    with pytest.raises(SwapError, match=r"x\.toml: working_days: expected an array of dates"):
        load_swaps([("x.toml", 'working_days = ["2026-01-10"]\n')])
    with pytest.raises(SwapError, match=r"y\.toml: unknown key 'working'"):
        load_swaps([("y.toml", "working = []\n")])


def _substituted(year: int) -> set[tuple[dt.date, dt.date]]:
    """(day off, day worked) pairs the holidays library records for ``year``."""
    import holidays

    pairs = set()
    for day, name in holidays.country_holidays("VN", years=year).items():
        if name.startswith("Day off (substituted from "):
            worked = dt.datetime.strptime(name[-11:-1], "%m/%d/%Y").date()
            pairs.add((day, worked))
    return pairs


@pytest.mark.parametrize("year", range(2013, 2027))
def test_every_year_from_2013_has_its_swaps(calendar: VietnamCalendar, year: int) -> None:
    """2013-2026 are known, and agree with the holidays library's record of each year's swaps."""
    assert calendar.swaps_known(year)
    ours = {day for day in calendar.days_off if day.year == year}
    assert ours == {off for off, _ in _substituted(year)}
    for off, worked in _substituted(year):
        assert not calendar.is_working_day(off)
        assert calendar.is_working_day(worked)  # a Saturday worked to make up for it


def test_2026_national_day_swap(calendar: VietnamCalendar) -> None:
    assert not calendar.is_working_day(D(2026, 8, 31))
    assert calendar.is_working_day(D(2026, 8, 22))
    assert calendar.is_working_day(D(2014, 12, 27))  # worked for Friday 2 January 2015


def test_a_year_without_data_is_reported() -> None:
    """A year without swap data warns once, naming the year: it is not assumed to have none."""
    from coordprog_vn_calendar import SwapDataWarning

    calendar = VietnamCalendar()
    assert not calendar.swaps_known(2012)
    assert not calendar.swaps_known(2027)
    with pytest.warns(SwapDataWarning, match="no official day-swap data for 2027") as caught:
        calendar.is_working_day(D(2027, 3, 6))
    calendar.is_working_day(D(2027, 3, 8))  # warned once for the year: no second warning
    assert len(caught) == 1


def test_a_file_may_state_its_year(tmp_path: Path) -> None:
    (tmp_path / "extra.toml").write_text(
        'year = 2027\nsource = "x"\ndays_off = []\nworking_days = []\n', encoding="utf-8"
    )
    assert VietnamCalendar(swap_dirs=[tmp_path]).swaps_known(2027)
    (tmp_path / "extra.toml").write_text('year = "2027"\n', encoding="utf-8")
    with pytest.raises(SwapError, match="year: expected an integer year from 1900 to 2200"):
        VietnamCalendar(swap_dirs=[tmp_path])


class TestSwapFolders:
    def test_malformed_file_reported_as_such(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        coordprog_binh_thuan: coordprog.Program,
    ) -> None:
        """A malformed file of COORDPROG_VN_SWAPS is named, not taken for a missing calendar."""
        from coordprog.cli import main

        (tmp_path / "2030.toml").write_text("days_off = [1", encoding="utf-8")
        monkeypatch.setenv("COORDPROG_VN_SWAPS", str(tmp_path))
        with pytest.raises(SwapError, match=r"2030\.toml: expected valid TOML"):
            coordprog.schedule(coordprog_binh_thuan, "vn")
        example = Path(__file__).resolve().parents[3] / "examples" / "binh_thuan" / "program.toml"
        assert 1 == main(["schedule", str(example), "--calendar", "vn"])
        assert capsys.readouterr().err.startswith(
            f"coordprog: {tmp_path / '2030.toml'}: expected valid TOML, found an error"
        )

    def test_missing_folder_reported(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        coordprog_binh_thuan: coordprog.Program,
    ) -> None:
        """A folder of COORDPROG_VN_SWAPS (or swap_dirs) that does not exist is named."""
        monkeypatch.setenv("COORDPROG_VN_SWAPS", str(tmp_path / "khong-co"))
        expected = f"{tmp_path / 'khong-co'}: expected a folder of day-swap files"
        with pytest.raises(SwapError, match=expected):
            coordprog.schedule(coordprog_binh_thuan, "vn")
        monkeypatch.delenv("COORDPROG_VN_SWAPS")
        with pytest.raises(SwapError, match=expected):
            VietnamCalendar(swap_dirs=[tmp_path / "khong-co"])

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            # Too deep to parse, or (with a higher recursion limit) not dates: named either way.
            ("days_off = " + "[" * 2000 + "]" * 2000, ""),
            ("year = " + "9" * 5000, "nested too deep or an integer too long"),
            ("year = 99999", "year: expected an integer year from 1900 to 2200, found 99999"),
            ("source = 5", "source: expected text"),
            (b"source = '\xff'", "expected a readable UTF-8 file, found: not UTF-8 text"),
        ],
    )
    def test_hostile_files(self, tmp_path: Path, text: str | bytes, message: str) -> None:
        """Deep nesting, huge integers, wrong types and bad bytes are SwapErrors naming the file."""
        path = tmp_path / "2030.toml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        with pytest.raises(SwapError) as info:
            VietnamCalendar(swap_dirs=[tmp_path])
        assert str(info.value).startswith(f"{path}: ")
        assert message in str(info.value)
