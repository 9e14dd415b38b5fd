"""The Báo cáo page: the calendar on a fixed day (overdue in red, due dates dd/MM/yyyy, hand-computed), the new
report dialog's default period, the rules editor, the list of reports, the dashboard's "due soon" box, models."""

from __future__ import annotations

from datetime import date

import report_gui_seed as seed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tthc_desktop.domain.periods import Period, PeriodKind, parse_period
from tthc_desktop.domain.report_calendar import ReportRule
from tthc_desktop.services.due_reports import overdue_since
from tthc_desktop.store.reports_store import ReportState
from tthc_desktop.ui.reports.report_dialogs import NewReportDialog
from tthc_desktop.ui.reports.reports_page import OVERDUE_COLOUR, IdRole

seeded, window, page = seed.seeded, seed.window, seed.page
TODAY = seed.TODAY


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_page_is_vietnamese(page):
    assert page.findChild(QLabel, "pageTitle").text() == "Báo cáo"
    buttons = {b.text() for b in page.findChildren(QPushButton)}
    assert {"Báo cáo mới…", "Thư xin lỗi…", "Hạn gửi báo cáo…"} <= buttons
    assert page.right.currentWidget() is page.placeholder
    assert page.placeholder.text().startswith("Chọn một báo cáo bên trái")
    headers = [page.calendar_model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Báo cáo", "Hạn gửi", "Còn lại", "Đã lập?"]
    headers = [page.list_model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Loại", "Kỳ / hồ sơ", "Tình trạng", "Lưu lần cuối"]


def test_calendar_on_a_fixed_day(page):
    # 16/09/2025: August's monthly report was due Monday 18/08 (cut-off Thursday 14/08 + 2 working days) and
    # not sent: overdue. September, Q3 and 9 months share the cut-off Sunday 14/09 → due Tuesday 16/09 (today);
    # October's monthly: cut-off Tuesday 14/10 → Thursday 16/10.
    assert _rows(page.calendar_model) == [
        ["Tháng 8 năm 2025", "18/08/2025", "Quá hạn 29 ngày", "Chưa lập"],
        ["Tháng 9 năm 2025", "16/09/2025", "Hạn hôm nay", "Chưa lập"],
        ["Quý III năm 2025", "16/09/2025", "Hạn hôm nay", "Chưa lập"],
        ["9 tháng năm 2025", "16/09/2025", "Hạn hôm nay", "Chưa lập"],
        ["Tháng 10 năm 2025", "16/10/2025", "Còn 30 ngày", "Chưa lập"],
    ]
    model = page.calendar_model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 2), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole) == \
        "Báo cáo quý — Quý III năm 2025 — số liệu từ ngày 15/06/2025 đến ngày 14/09/2025, hạn gửi 16/09/2025"
    assert page.calendar_title.text() == "Lịch báo cáo: 1 báo cáo quá hạn, 4 báo cáo đến hạn trong 45 ngày tới"
    assert OVERDUE_COLOUR in page.calendar_title.styleSheet()


def test_calendar_follows_reports_and_rules(page, qtbot):
    # Double-click Q3 in the calendar: it is created, listed and shown as a draft.
    q3_row = next(r for r in range(page.calendar_model.rowCount())
                  if page.calendar_model.data(page.calendar_model.index(r, 0), IdRole).period == parse_period("2025-Q3"))
    page.calendar_view.doubleClicked.emit(page.calendar_model.index(q3_row, 0))
    assert page.right.currentWidget() is page.editor and page.editor.draft.period == parse_period("2025-Q3")
    assert page.list_model.rowCount() == 1
    assert page.calendar_model.data(page.calendar_model.index(q3_row, 3)) == "Bản nháp"
    # Sent: it leaves the calendar.
    page.service.set_state(page.editor.draft.report_id, ReportState.SUBMITTED)
    qtbot.wait_until(lambda: page.calendar_model.rowCount() == 4)
    # The province wants the quarterly report "trước ngày 18 hằng tháng"; the annual one is not sent.
    page.service.set_rule(ReportRule(PeriodKind.ANNUAL, cutoff_day=0))  # a data file's own cut-off, not shown here
    dialog = page.edit_rules()
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == "Hạn gửi báo cáo"
    enabled, mode, days, before = dialog.rows[PeriodKind.MONTHLY]
    assert enabled.text() == "Báo cáo tháng" and days.value() == 2 and not before.isEnabled()
    assert mode.itemText(0) == "N ngày làm việc sau ngày chốt số liệu"
    assert before.prefix() == "trước ngày " and before.suffix() == " hằng tháng"
    enabled.setChecked(False)
    assert not mode.isEnabled() and not days.isEnabled()
    dialog.accept()
    rules = page.service.rules()
    assert rules[PeriodKind.MONTHLY] == ReportRule(PeriodKind.MONTHLY, enabled=False)
    assert rules[PeriodKind.ANNUAL].cutoff_day == 0  # saving the deadlines kept the cut-off
    page.service.set_rule(ReportRule(PeriodKind.ANNUAL))
    qtbot.wait_until(lambda: page.calendar_model.rowCount() == 1)
    assert _rows(page.calendar_model) == [["9 tháng năm 2025", "16/09/2025", "Hạn hôm nay",
                                           "Chưa lập"]]
    page.service.set_rule(ReportRule(PeriodKind.NINE_MONTHS, before_day=18))
    qtbot.wait_until(lambda: page.calendar_model.data(page.calendar_model.index(0, 1)) == "17/09/2025")
    assert page.calendar_model.data(page.calendar_model.index(0, 2)) == "Còn 1 ngày"


def test_overdue_counts_from_the_first_report(page):
    assert overdue_since(page.service, TODAY) == date(2025, 8, 16)  # no report yet: the last month only
    page.service.create(Period(PeriodKind.QUARTERLY, 2025, 1), today=date(2025, 3, 20))
    # Created "now" (the real clock), so still the last month; but a report made long ago widens it.
    page.service.ctx.db.execute("UPDATE reports SET created_at = '2025-03-20T09:00:00'")
    assert overdue_since(page.service, TODAY) == date(2025, 3, 20)


def test_new_report_dialog_defaults_to_the_report_due(page, qtbot):
    dialog = page.new_report()
    qtbot.add_widget(dialog)
    assert isinstance(dialog, NewReportDialog) and dialog.windowTitle() == "Báo cáo mới"
    assert dialog.period() == Period(PeriodKind.MONTHLY, 2025, 8)  # the overdue one first
    assert dialog.index_label.text() == "Tháng" and dialog.index_combo.currentText() == "Tháng 8"
    assert dialog.window_label.text() == "Tháng 8 năm 2025: số liệu từ ngày 15/07/2025 đến ngày 14/08/2025"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("quarterly"))
    dialog.index_combo.setCurrentIndex(2)
    assert dialog.period() == parse_period("2025-Q3") and dialog.index_combo.currentText() == "Quý III"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("6months"))
    # the 6-month report of 2025 was due in June: the one due next is 2026's (issue 16 §6)
    assert not dialog.index_combo.isVisible() and dialog.period() == Period(PeriodKind.SIX_MONTHS, 2026)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("quarterly"))
    dialog.index_combo.setCurrentIndex(2)
    dialog.accept()
    assert page.editor.draft.period == parse_period("2025-Q3") and page.list_model.rowCount() == 1


def test_list_opens_reports(page):
    page.service.create(parse_period("2025-Q2"), today=date(2025, 6, 17))
    page.service.create(parse_period("2025-Q3"), today=TODAY)
    page.refresh()
    rows = _rows(page.list_model)
    assert [r[:3] for r in rows] == [["Báo cáo quý", "Quý III năm 2025", "Bản nháp"],
                                    ["Báo cáo quý", "Quý II năm 2025", "Bản nháp"]]
    assert rows[0][3][2] == "/" and rows[0][3][5] == "/" and len(rows[0][3]) == 16  # dd/MM/yyyy HH:mm
    page.list_view.activated.emit(page.list_model.index(1, 0))
    assert page.editor.draft.period == parse_period("2025-Q2")


def test_dashboard_lists_reports_due_soon(window, qtbot):
    overview = window.pages["overview"]
    box = overview.upcoming_reports
    box.refresh()
    assert box.title.text() == "Báo cáo sắp đến hạn: 1 quá hạn, 4 đến hạn trong 45 ngày tới"
    assert box.model.data(box.model.index(0, 1)) == "18/08/2025"
    window.show_page("overview")
    box.view.doubleClicked.emit(box.model.index(2, 0))  # the Q3 report
    assert window.current_page_key() == "reports"
    assert window.pages["reports"].editor.draft.period == parse_period("2025-Q3")


def test_models(qtmodeltester, page):
    page.service.create(parse_period("2025-Q3"), today=TODAY)
    page.refresh()
    qtmodeltester.check(page.calendar_model)
    qtmodeltester.check(page.list_model)
    qtmodeltester.check(window_upcoming_model(page))


def window_upcoming_model(page):
    return page.host.pages["overview"].upcoming_reports.model
