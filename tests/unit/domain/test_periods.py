"""Reporting periods: parsing, labels, hand-computed cut-off windows, previous/next."""

from datetime import date

import pytest

from tthc_desktop.domain.periods import Period, PeriodKind, parse_period, period_for_date


@pytest.mark.parametrize(
    ("text", "period", "label"),
    [
        ("2025-07", Period(PeriodKind.MONTHLY, 2025, 7), "Tháng 7 năm 2025"),
        ("2025-Q3", Period(PeriodKind.QUARTERLY, 2025, 3), "Quý III năm 2025"),
        ("2025-6T", Period(PeriodKind.SIX_MONTHS, 2025), "6 tháng đầu năm 2025"),
        ("2025-9T", Period(PeriodKind.NINE_MONTHS, 2025), "9 tháng năm 2025"),
        ("2025", Period(PeriodKind.ANNUAL, 2025), "Năm 2025"),
        ("2026-Q4", Period(PeriodKind.QUARTERLY, 2026, 4), "Quý IV năm 2026"),
        ("2026-12", Period(PeriodKind.MONTHLY, 2026, 12), "Tháng 12 năm 2026"),
    ],
)
def test_parse_label_round_trip(text, period, label):
    parsed = parse_period(text)
    assert parsed == period
    assert str(parsed) == text
    assert parsed.label_vi == label


def test_lenient_forms():
    assert parse_period(" 2025-7 ") == Period(PeriodKind.MONTHLY, 2025, 7)
    assert str(parse_period("2025-q1")) == "2025-Q1"
    assert parse_period("2025-6t").kind is PeriodKind.SIX_MONTHS


@pytest.mark.parametrize("text", ["", "2025-13", "2025-00", "2025-Q5", "25-07", "2025/07", "Q3-2025", "2025-12T"])
def test_invalid(text):
    with pytest.raises(ValueError):
        parse_period(text)


def test_invalid_message_is_vietnamese():
    with pytest.raises(ValueError, match="Kỳ báo cáo “2025/07” không hợp lệ"):
        parse_period("2025/07")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # monthly: 15/(m−1) – 14/m, January reaching back into December
        ("2025-01", date(2024, 12, 15), date(2025, 1, 14)),
        ("2025-07", date(2025, 6, 15), date(2025, 7, 14)),
        ("2025-12", date(2025, 11, 15), date(2025, 12, 14)),
        # quarterly: 15th of the month before the quarter – 14th of its last month
        ("2025-Q1", date(2024, 12, 15), date(2025, 3, 14)),
        ("2025-Q2", date(2025, 3, 15), date(2025, 6, 14)),
        ("2025-Q3", date(2025, 6, 15), date(2025, 9, 14)),
        ("2025-Q4", date(2025, 9, 15), date(2025, 12, 14)),
        ("2025-6T", date(2024, 12, 15), date(2025, 6, 14)),
        ("2025-9T", date(2024, 12, 15), date(2025, 9, 14)),
        ("2025", date(2024, 12, 15), date(2025, 12, 14)),
    ],
)
def test_cutoff_windows(text, start, end):
    assert parse_period(text).cutoff() == (start, end)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("2024-03", 29),  # 15/02–14/03/2024 holds 29/02: 15 + 14 days
        ("2025-03", 28),  # 15/02–14/03/2025: 14 + 14
        ("2024-Q1", 91),  # 15/12/2023–14/03/2024: 17 + 31 + 29 + 14
        ("2025-Q1", 90),
        ("2024", 366),  # 15/12/2023–14/12/2024 spans 29/02/2024
        ("2025", 365),
        ("2028-6T", 183),  # 15/12/2027–14/06/2028: 17+31+29+31+30+31+14
    ],
)
def test_window_lengths_across_leap_years(text, days):
    start, end = parse_period(text).cutoff()
    assert (end - start).days + 1 == days


@pytest.mark.parametrize(
    ("text", "prev", "nxt"),
    [
        ("2025-01", "2024-12", "2025-02"),
        ("2025-12", "2025-11", "2026-01"),
        ("2025-Q1", "2024-Q4", "2025-Q2"),
        ("2025-Q4", "2025-Q3", "2026-Q1"),
        ("2025-6T", "2024-6T", "2026-6T"),
        ("2025-9T", "2024-9T", "2026-9T"),
        ("2025", "2024", "2026"),
    ],
)
def test_previous_and_next(text, prev, nxt):
    p = parse_period(text)
    assert str(p.previous()) == prev
    assert str(p.next()) == nxt


def test_contains_and_period_for_date():
    q3 = parse_period("2025-Q3")
    assert q3.contains(date(2025, 6, 15)) and q3.contains(date(2025, 9, 14))
    assert not q3.contains(date(2025, 9, 15))
    assert period_for_date(PeriodKind.MONTHLY, date(2025, 12, 20)) == parse_period("2026-01")
    assert period_for_date(PeriodKind.MONTHLY, date(2025, 12, 14)) == parse_period("2025-12")
    assert period_for_date(PeriodKind.QUARTERLY, date(2025, 9, 15)) == parse_period("2025-Q4")
    assert period_for_date(PeriodKind.QUARTERLY, date(2024, 12, 31)) == parse_period("2025-Q1")
    assert period_for_date(PeriodKind.ANNUAL, date(2025, 12, 15)) == parse_period("2026")
    assert period_for_date(PeriodKind.SIX_MONTHS, date(2025, 3, 1)) == parse_period("2025-6T")
    with pytest.raises(ValueError, match="không thuộc kỳ"):
        period_for_date(PeriodKind.SIX_MONTHS, date(2025, 8, 1))


def test_constructor_checks():
    with pytest.raises(ValueError):
        Period(PeriodKind.QUARTERLY, 2025, 0)
    with pytest.raises(ValueError):
        Period(PeriodKind.ANNUAL, 2025, 2)
    assert Period("monthly", 2025, 3).kind is PeriodKind.MONTHLY
    assert sorted([parse_period("2025-03"), parse_period("2025-01")])[0] == parse_period("2025-01")
