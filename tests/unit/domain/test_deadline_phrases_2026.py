"""Deadline phrases of real 2025–2026 plans (issue 13, point 9)."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.domain.deadline_recurrence import WEEKLY, Recurrence
from tthc_desktop.domain.deadlines import parse_deadline

D = date


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("12/2026 báo cáo kết quả thực hiện", (D(2026, 12, 31),)),  # month/year without "tháng"
        ("04/2026", (D(2026, 4, 30),)),
        ("Tháng 4/2026", (D(2026, 4, 30),)),
        ("2/2026", (D(2026, 2, 28),)),
        ("30/6/2026. 31/12/2026", (D(2026, 6, 30), D(2026, 12, 31))),  # instalments
        ("Trước 15/01/2026. Trước 15/7/2026", (D(2026, 1, 14), D(2026, 7, 14))),
        ("28/6-5/7/2026", (D(2026, 7, 5),)),  # a range: due on its last day
        ("01/3/2026 - 30/4/2026", (D(2026, 4, 30),)),
        ("Từ tháng 1-4/2026", (D(2026, 4, 30),)),
    ],
)
def test_dated_phrases(text, dates):
    result = parse_deadline(text, 2026)
    assert result.due_dates == dates, result.explanation
    assert not result.needs_date


def test_month_year_explains_the_last_day():
    assert "31/12/2026" in parse_deadline("12/2026 báo cáo kết quả", 2026).explanation


def test_range_explains_it_keeps_the_last_day():
    assert parse_deadline("28/6-5/7/2026", 2026).explanation.startswith("Khoảng thời gian đến ngày 05/07/2026")


def test_document_numbers_are_not_months():
    assert parse_deadline("Theo Kế hoạch số 12/2026", 2026).due_dates == ()


@pytest.mark.parametrize(
    ("text", "weekday"), [("Thứ 5 hàng tuần", 3), ("thứ Năm hằng tuần", 3), ("Chủ nhật hàng tuần", 6)]
)
def test_weekly(text, weekday):
    result = parse_deadline(text, 2026)
    assert result.recurrence == (Recurrence(WEEKLY, day=weekday),)
    assert not result.needs_date and result.due_dates == ()
    dates = result.occurrences(D(2026, 1, 1), D(2026, 1, 31))
    assert dates and all(d.weekday() == weekday for d in dates)
    assert [(b - a).days for a, b in zip(dates, dates[1:], strict=False)] == [7] * (len(dates) - 1)


def test_weekly_without_a_day_is_friday():
    result = parse_deadline("Hằng tuần", 2026)
    assert result.occurrences(D(2026, 1, 1), D(2026, 1, 10)) == [D(2026, 1, 2), D(2026, 1, 9)]
    assert "thứ Sáu" in result.explanation


def test_a_start_only_needs_a_date_and_says_why():
    result = parse_deadline("Từ Quý I/2026", 2026)
    assert result.needs_date and result.due_dates == ()
    assert "Quý I/2026: là mốc bắt đầu, không phải hạn" in result.explanation
    assert "không có ngày kết thúc" in result.explanation
