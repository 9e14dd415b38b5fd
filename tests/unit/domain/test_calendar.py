"""Tests for domain.calendar: weekends, Vietnamese public holidays, the overlay and working-day maths."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_desktop.domain.calendar import DEFAULT_OVERLAY, WorkingCalendar, add_working_days

D = date


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


def test_weekends_are_days_off(cal: WorkingCalendar) -> None:
    assert not cal.is_working_day(D(2025, 6, 14))  # Saturday
    assert not cal.is_working_day(D(2025, 6, 15))  # Sunday
    assert cal.is_working_day(D(2025, 6, 16))  # Monday
    assert cal.is_working_day(D(2025, 6, 13))  # Friday


@pytest.mark.parametrize(
    "day",
    [
        D(2025, 1, 1),  # Tết Dương lịch
        D(2025, 1, 27),  # 29 Tết
        D(2025, 1, 28),  # Giao thừa
        D(2025, 1, 29),  # Mùng 1 Tết Ất Tỵ
        D(2025, 1, 30),
        D(2025, 1, 31),
        D(2025, 4, 7),  # Giỗ Tổ Hùng Vương (10/3 âm lịch)
        D(2025, 4, 30),
        D(2025, 5, 1),
        D(2025, 5, 2),  # swapped with Saturday 26/4/2025
        D(2025, 9, 1),  # Quốc khánh (2 days since 2021)
        D(2025, 9, 2),
        D(2026, 2, 17),  # Mùng 1 Tết Bính Ngọ
        D(2026, 4, 27),  # Giỗ Tổ on Sunday 26/4/2026, observed Monday
    ],
)
def test_public_holidays_are_days_off(cal: WorkingCalendar, day: date) -> None:
    assert not cal.is_working_day(day)


def test_holiday_names_are_vietnamese(cal: WorkingCalendar) -> None:
    names = cal.holidays_in(2025)
    assert names[D(2025, 1, 29)] == "Tết Nguyên Đán"
    assert names[D(2025, 4, 7)] == "Ngày Giỗ Tổ Hùng Vương"
    assert names[D(2025, 9, 2)] == "Quốc khánh"
    assert names[D(2025, 1, 1)] == "Tết Dương lịch"
    assert all(d.year == 2025 for d in names)
    assert list(names) == sorted(names)
    # Tết Ất Tỵ: the weekdays of the official break 25/01–02/02/2025 are all days off.
    tet = [D(2025, 1, 25) + timedelta(days=i) for i in range(9)]
    assert not any(cal.is_working_day(d) for d in tet)


def test_default_overlay_make_up_saturday(cal: WorkingCalendar) -> None:
    assert D(2025, 4, 26) in DEFAULT_OVERLAY[2025]["working_days"]
    assert cal.is_working_day(D(2025, 4, 26))  # Saturday worked for Friday 2/5
    assert cal.make_up_days_in(2025) == [D(2025, 4, 26)]
    assert not WorkingCalendar(use_default_overlay=False).is_working_day(D(2025, 4, 26))


def test_user_overlay_days_off_and_make_up_days() -> None:
    cal = WorkingCalendar(extra_days_off=[D(2025, 6, 16)], extra_working_days=[D(2025, 6, 21)])
    assert not cal.is_working_day(D(2025, 6, 16))
    assert cal.is_working_day(D(2025, 6, 21))
    assert cal.holidays_in(2025)[D(2025, 6, 16)] == "Ngày nghỉ theo thông báo điều chỉnh"
    assert cal.make_up_days_in(2025) == [D(2025, 4, 26), D(2025, 6, 21)]


def test_user_overlay_wins_over_default_and_holidays() -> None:
    cal = WorkingCalendar(extra_days_off=[D(2025, 4, 26)], extra_working_days=[D(2025, 5, 2)])
    assert not cal.is_working_day(D(2025, 4, 26))
    assert cal.is_working_day(D(2025, 5, 2))
    assert D(2025, 5, 2) not in cal.holidays_in(2025)


def test_overlay_conflict_is_refused() -> None:
    with pytest.raises(ValueError, match="vừa là ngày nghỉ vừa là ngày làm bù: 01/06/2025"):
        WorkingCalendar(extra_days_off=[D(2025, 6, 1)], extra_working_days=[D(2025, 6, 1)])


def test_add_working_days_across_reunification_day(cal: WorkingCalendar) -> None:
    # Tue 29/4/2025; Wed 30/4 and Thu 1/5 holidays, Fri 2/5 swapped off, 3–4/5 weekend.
    start = D(2025, 4, 29)
    assert cal.add_working_days(start, 1) == D(2025, 5, 5)
    assert cal.add_working_days(start, 2) == D(2025, 5, 6)
    assert cal.working_days_between(start, D(2025, 5, 6)) == 2
    # The user can cancel the swap: with 2/5 marked as a working day, it is the next working day.
    no_swap = WorkingCalendar(extra_working_days=[D(2025, 5, 2)])
    assert no_swap.add_working_days(start, 1) == D(2025, 5, 2)


def test_add_working_days_zero_and_negative(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(D(2025, 6, 16), 0) == D(2025, 6, 16)  # working Monday: itself
    assert cal.add_working_days(D(2025, 6, 14), 0) == D(2025, 6, 16)  # Saturday → Monday
    assert cal.add_working_days(D(2025, 4, 30), 0) == D(2025, 5, 5)
    assert cal.add_working_days(D(2025, 6, 16), -1) == D(2025, 6, 13)
    assert cal.add_working_days(D(2025, 5, 5), -1) == D(2025, 4, 29)


def test_add_working_days_from_a_weekend(cal: WorkingCalendar) -> None:
    # n ≥ 1 counts working days strictly after d, whatever d is.
    assert cal.add_working_days(D(2025, 6, 14), 1) == D(2025, 6, 16)
    assert cal.add_working_days(D(2025, 6, 13), 1) == D(2025, 6, 16)


def test_add_working_days_across_year_end(cal: WorkingCalendar) -> None:
    # Wed 31/12/2025 → Thu 1/1/2026 Tết Dương lịch, Fri 2/1/2026 swapped off (12729/VPCP-KGVX) → Mon 5/1/2026.
    assert cal.add_working_days(D(2025, 12, 31), 1) == D(2026, 1, 5)
    assert cal.add_working_days(D(2025, 12, 30), 2) == D(2026, 1, 5)
    assert cal.working_days_between(D(2025, 12, 26), D(2026, 1, 5)) == 4  # 29, 30, 31/12, 5/1


def test_add_working_days_across_tet_2026(cal: WorkingCalendar) -> None:
    # Fri 13/2/2026; 16–20/2 Tết Bính Ngọ; weekends around it.
    assert cal.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)


def test_working_days_between_is_antisymmetric(cal: WorkingCalendar) -> None:
    assert cal.working_days_between(D(2025, 6, 20), D(2025, 6, 16)) == -4
    assert cal.working_days_between(D(2025, 6, 16), D(2025, 6, 16)) == 0


def test_module_level_helper() -> None:
    assert add_working_days(D(2025, 4, 29), 1) == D(2025, 5, 5)
    custom = WorkingCalendar(extra_days_off=[D(2025, 5, 5)])
    assert add_working_days(D(2025, 4, 29), 1, calendar=custom) == D(2025, 5, 6)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=D(2024, 1, 1), max_value=D(2026, 12, 31)), st.integers(min_value=1, max_value=40))
def test_add_then_count_round_trip(d: date, n: int) -> None:
    cal = WorkingCalendar()
    result = cal.add_working_days(d, n)
    assert result > d and cal.is_working_day(result)
    assert cal.working_days_between(d, result) == n


# Issue 14: the 2026 calendar for public servants.
DAYS_OFF_2026 = [D(2026, 1, 1), D(2026, 1, 2), *(D(2026, 2, d) for d in range(16, 21)), D(2026, 4, 27),
                 D(2026, 4, 30), D(2026, 5, 1), D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 2)]


@pytest.mark.parametrize("day", DAYS_OFF_2026, ids=str)
def test_2026_days_off(day: date) -> None:
    assert day.weekday() < 5 and not WorkingCalendar().is_working_day(day)


@pytest.mark.parametrize("day", [D(2026, 1, 10), D(2026, 8, 22)], ids=str)
def test_2026_make_up_saturdays(day: date) -> None:
    cal = WorkingCalendar()
    assert day.weekday() == 5 and cal.is_working_day(day) and day in cal.make_up_days_in(2026)


def test_2026_weekdays_not_listed_are_working_days() -> None:
    cal = WorkingCalendar()
    weekdays = [D(2026, 1, 1) + timedelta(days=i) for i in range(365)]
    off = {d for d in weekdays if d.weekday() < 5 and not cal.is_working_day(d)}
    assert off == set(DAYS_OFF_2026)


def test_culture_day_is_pending_until_confirmed() -> None:
    day = D(2026, 11, 24)
    assert WorkingCalendar().is_working_day(day)
    assert WorkingCalendar().pending_in(2026) == {day: ("Ngày Văn hóa Việt Nam", False)}
    confirmed = WorkingCalendar(confirmed_days_off=[day])
    assert not confirmed.is_working_day(day) and confirmed.pending_in(2026)[day][1] is True
    assert confirmed.holidays_in(2026)[day] == "Ngày Văn hóa Việt Nam"


def test_only_vietnam_is_imported() -> None:
    import subprocess
    import sys

    code = ("import sys; from datetime import date; from tthc_desktop.domain.calendar import WorkingCalendar;"
            "assert not WorkingCalendar().is_working_day(date(2026, 2, 17));"
            "print(sum(m.startswith('holidays.countries.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"
