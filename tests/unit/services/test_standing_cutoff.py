"""A standing report's data cut-off comes with its rule (issue 20 §1): the data file's 14th (NĐ 09/2019) by
default, another day or whole calendar months for a report the officer adds or a rule the file sets; the due
date, the calendar's window and the report's figures all follow it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tthc_desktop.domain.periods import PeriodKind, parse_period
from tthc_desktop.domain.report_calendar import ReportRule
from tthc_desktop.services.due_reports import due_entries
from tthc_desktop.services.report_requests import ReportRequestService, RequestError
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.store.standing_reports import load_standing, standing_file

TODAY = date(2026, 12, 10)  # Thursday


def test_period_windows_by_cutoff_day():
    q4 = parse_period("2026-Q4")
    assert q4.cutoff() == (date(2026, 9, 15), date(2026, 12, 14))  # NĐ 09/2019
    assert q4.cutoff(0) == (date(2026, 10, 1), date(2026, 12, 31))  # calendar months
    assert q4.cutoff(20) == (date(2026, 9, 21), date(2026, 12, 20))
    assert parse_period("2027-01").cutoff(0) == (date(2027, 1, 1), date(2027, 1, 31))
    assert parse_period("2026-12").cutoff(0) == (date(2026, 12, 1), date(2026, 12, 31))


def test_rule_validates_and_round_trips_its_cutoff_day():
    rule = ReportRule(PeriodKind.MONTHLY, cutoff_day=0)
    assert ReportRule.from_dict(rule.to_dict()) == rule
    assert ReportRule.from_dict({"kind": "monthly"}).cutoff_day == 14  # rules saved before the field existed
    assert "tháng dương lịch" in rule.cutoff_vi
    with pytest.raises(ValueError, match="Ngày chốt số liệu"):
        ReportRule(PeriodKind.MONTHLY, cutoff_day=31)
    with pytest.raises(ValueError, match="phải sau ngày chốt"):
        ReportRule(PeriodKind.MONTHLY, before_day=18, cutoff_day=20)


def test_the_shipped_data_file_states_each_reports_cutoff():
    data = json.loads(standing_file().read_text(encoding="utf-8"))
    assert all(item["cutoff_day"] == 14 for item in data["reports"])
    assert {r.rule.cutoff_day for r in load_standing()} == {14}


def test_a_data_file_with_calendar_months_moves_window_and_due_date(tmp_path):
    path = tmp_path / "standing_reports.json"
    path.write_text(json.dumps({"reports": [{"id": "cchc", "kind": "monthly", "title": "Báo cáo CCHC",
                                             "cutoff_day": 0, "working_days": 3}]}), encoding="utf-8")
    (report,) = load_standing(path)
    november = parse_period("2026-11")
    assert report.rule.window(november) == (date(2026, 11, 1), date(2026, 11, 30))
    from tthc_desktop.domain.calendar import WorkingCalendar

    assert report.rule.due_date(november, WorkingCalendar()) == date(2026, 12, 3)  # Mon 30/11 + 3 working days


def test_officers_standing_report_with_its_own_cutoff_is_due_from_it(ctx):
    requests = ReportRequestService(ctx)
    requests.add_standing(title="Báo cáo cải cách hành chính", kind="monthly", working_days=2, cutoff_day=0)
    ours = [e for e in due_entries(ctx, TODAY) if e.title == "Báo cáo cải cách hành chính"]
    # December by calendar month: data 01/12–31/12 (Thursday); 01/01 is New Year's Day: Mon 04/01, Tue 05/01
    assert [(e.window, e.due) for e in ours] == [((date(2026, 12, 1), date(2026, 12, 31)), date(2027, 1, 5))]
    assert "tháng dương lịch" in f"{ours[0].rule}; {requests.standing()[0].rule.cutoff_vi}"
    with pytest.raises(RequestError, match="Ngày chốt số liệu"):
        requests.add_standing(title="Sai", kind="monthly", cutoff_day=40)


def test_the_reports_figures_follow_the_rules_window(ctx):
    service = ReportService(ctx)
    q3 = parse_period("2025-Q3")
    assert service.gather(q3, "Sở Tư pháp", live=True).window == (date(2025, 6, 15), date(2025, 9, 14))
    service.set_rule(ReportRule(PeriodKind.QUARTERLY, cutoff_day=0))
    assert service.gather(q3, "Sở Tư pháp", live=True).window == (date(2025, 7, 1), date(2025, 9, 30))
