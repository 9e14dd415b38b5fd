"""Report calendar: cut-off windows and due dates per kind, hand-computed, holidays included."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.domain.calendar import WorkingCalendar
from tthc_desktop.domain.periods import Period, PeriodKind
from tthc_desktop.domain.report_calendar import (
    DueReport,
    ReportRule,
    calendar_for_year,
    default_rules,
    overdue,
    upcoming,
)

CAL = WorkingCalendar()
M, Q, S6, S9, Y = (PeriodKind.MONTHLY, PeriodKind.QUARTERLY, PeriodKind.SIX_MONTHS,
                   PeriodKind.NINE_MONTHS, PeriodKind.ANNUAL)


def _find(reports: list[DueReport], period: Period) -> DueReport:
    return next(r for r in reports if r.period == period)


# (period, cut-off start, cut-off end, due with the default 2 working days)
HAND_COMPUTED = [
    # 14/3/2025 is a Friday: Mon 17, Tue 18.
    (Period(Q, 2025, 1), date(2024, 12, 15), date(2025, 3, 14), date(2025, 3, 18)),
    # 14/6/2025 is a Saturday: Mon 16, Tue 17.
    (Period(Q, 2025, 2), date(2025, 3, 15), date(2025, 6, 14), date(2025, 6, 17)),
    (Period(Q, 2025, 3), date(2025, 6, 15), date(2025, 9, 14), date(2025, 9, 16)),  # Sun 14 → Mon, Tue
    (Period(Q, 2025, 4), date(2025, 9, 15), date(2025, 12, 14), date(2025, 12, 16)),
    # January: from 15/12 of the year before; 14/1/2025 Tue → Wed 15, Thu 16.
    (Period(M, 2025, 1), date(2024, 12, 15), date(2025, 1, 14), date(2025, 1, 16)),
    # 14/4/2025 Mon → Tue 15, Wed 16 (Giỗ Tổ 7/4 is before the cut-off, no effect).
    (Period(M, 2025, 4), date(2025, 3, 15), date(2025, 4, 14), date(2025, 4, 16)),
    (Period(S6, 2025), date(2024, 12, 15), date(2025, 6, 14), date(2025, 6, 17)),
    (Period(S9, 2025), date(2024, 12, 15), date(2025, 9, 14), date(2025, 9, 16)),
    # 14/12/2025 is a Sunday: Mon 15, Tue 16.
    (Period(Y, 2025), date(2024, 12, 15), date(2025, 12, 14), date(2025, 12, 16)),
    # Tết Bính Ngọ: 14/2/2026 is a Saturday and 16–20/2/2026 are Tết holidays → Mon 23, Tue 24.
    (Period(M, 2026, 2), date(2026, 1, 15), date(2026, 2, 14), date(2026, 2, 24)),
]


@pytest.mark.parametrize(("period", "start", "end", "due"), HAND_COMPUTED, ids=[str(p[0]) for p in HAND_COMPUTED])
def test_default_rule_windows_and_due_dates(period, start, end, due):
    report = _find(calendar_for_year(period.year, default_rules(), CAL), period)
    assert report.window == (start, end)
    assert report.due == due
    assert report.kind is period.kind


def test_more_working_days_cross_the_30_4_and_1_5_holidays():
    # April 2025 with a 10 working-day rule: after Mon 14/4 the days run 15–18, 21–25 and the
    # make-up Saturday 26/4 (10th). With 13: Mon 28, Tue 29, then 30/4, 1/5, 2/5 (the swapped day
    # off) and the weekend are skipped → Monday 5/5.
    assert ReportRule(M, working_days=10).due_date(Period(M, 2025, 4), CAL) == date(2025, 4, 26)
    assert ReportRule(M, working_days=12).due_date(Period(M, 2025, 4), CAL) == date(2025, 4, 29)
    assert ReportRule(M, working_days=13).due_date(Period(M, 2025, 4), CAL) == date(2025, 5, 5)


def test_before_the_18th_rule():
    rule = ReportRule(M, before_day=18)
    assert rule.description_vi == "trước ngày 18 hằng tháng"
    assert rule.due_date(Period(M, 2025, 3), CAL) == date(2025, 3, 17)  # Monday 17/3
    # 17/5/2025 is a Saturday: the office is closed, so it goes on Friday 16/5.
    assert rule.due_date(Period(M, 2025, 5), CAL) == date(2025, 5, 16)
    # Quarter III: the cut-off month is September → before 18/9/2025 → Wednesday 17/9.
    assert ReportRule(Q, before_day=18).due_date(Period(Q, 2025, 3), CAL) == date(2025, 9, 17)


def test_rule_validation_and_round_trip():
    with pytest.raises(ValueError, match="từ 16 đến 28"):
        ReportRule(M, before_day=10)
    with pytest.raises(ValueError, match="0 đến 30"):
        ReportRule(M, working_days=-1)
    rule = ReportRule(Q, working_days=3, before_day=None, enabled=False)
    assert ReportRule.from_dict(rule.to_dict()) == rule
    assert ReportRule.from_dict({"kind": "monthly", "before_day": 18}).before_day == 18


def test_calendar_for_year_lists_every_report_in_due_order():
    reports = calendar_for_year(2025, default_rules(), CAL)
    counts = {kind: sum(r.kind is kind for r in reports) for kind in PeriodKind}
    assert counts == {M: 12, Q: 4, S6: 1, S9: 1, Y: 1}
    assert [r.due for r in reports] == sorted(r.due for r in reports)
    assert reports[0].period == Period(M, 2025, 1)
    assert reports[-1].period == Period(Y, 2025)
    assert reports[0].label_vi == "Báo cáo tháng — Tháng 1 năm 2025"
    # Disabled kinds are left out.
    rules = default_rules() | {M: ReportRule(M, enabled=False)}
    assert all(r.kind is not M for r in calendar_for_year(2025, rules, CAL))


def test_upcoming_and_overdue():
    today = date(2025, 6, 16)
    rules = {Q: ReportRule(Q), S6: ReportRule(S6), M: ReportRule(M)}
    soon = upcoming(today, rules, CAL, within_days=31)
    assert [(str(r.period), r.due) for r in soon] == [
        ("2025-06", date(2025, 6, 17)), ("2025-Q2", date(2025, 6, 17)), ("2025-6T", date(2025, 6, 17)),
        ("2025-07", date(2025, 7, 16)),
    ]
    assert soon[0].days_left(today) == 1
    submitted = {Period(M, 2025, m) for m in (1, 2, 3, 4)} | {Period(Q, 2025, 1)}
    late = overdue(today, submitted, rules, CAL, since=date(2025, 1, 1))
    assert [str(r.period) for r in late] == ["2025-05"]
    # Without `since`, one year back: last year's unsent reports show up too.
    assert any(r.period.year == 2024 for r in overdue(today, submitted, rules, CAL))
    # Submitted periods are not upcoming either.
    assert all(r.period != Period(Q, 2025, 2) for r in upcoming(today, rules, CAL, submitted={Period(Q, 2025, 2)}))
