"""Requests beside the standing reports (issue 20 §1): the Báo cáo page's calendar lists a registered request as
"Yêu cầu <số/ký hiệu>" with its due date and status colour, a double-click opens it in the register; the overview's
"due soon" box and the daily reminder count it, all from services/due_reports.py."""

from __future__ import annotations

import report_gui_seed as seed
from PySide6.QtCore import Qt
from screenshots import save_shot

from tthc_desktop.services.report_requests import ReportRequestService
from tthc_desktop.store.reports_store import ReportState
from tthc_desktop.ui.reports.reports_page import DUE_SOON_COLOUR, OVERDUE_COLOUR, IdRole

seeded, window, page = seed.seeded, seed.window, seed.page
TODAY = seed.TODAY  # Tuesday 16/09/2025


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _register(ctx, number: str, deadline: str) -> int:
    service = ReportRequestService(ctx)
    return service.add(service.values(number=number, title="Báo cáo đánh giá Trung tâm Phục vụ hành chính công",
                                      deadline=deadline, issuer="UBND tỉnh", period="2025-Q3"))


def test_calendar_lists_requests_beside_standing_reports(qtbot, window, page):
    soon = _register(window.ctx, "245/UBND-KSTT", "trước ngày 20/9/2025")  # due Friday 19/09: in 3 days
    late = _register(window.ctx, "88/SNV", "chậm nhất ngày 10/09/2025")  # 6 days late
    page.refresh()
    model = page.calendar_model
    assert _rows(model) == [
        ["Tháng 8 năm 2025", "18/08/2025", "Quá hạn 29 ngày", "Chưa lập"],
        ["Yêu cầu 88/SNV", "10/09/2025", "Quá hạn 6 ngày", "Chưa gửi"],
        ["Tháng 9 năm 2025", "16/09/2025", "Hạn hôm nay", "Chưa lập"],
        ["Quý III năm 2025", "16/09/2025", "Hạn hôm nay", "Chưa lập"],
        ["9 tháng năm 2025", "16/09/2025", "Hạn hôm nay", "Chưa lập"],
        ["Yêu cầu 245/UBND-KSTT", "19/09/2025", "Còn 3 ngày", "Chưa gửi"],
        ["Tháng 10 năm 2025", "16/10/2025", "Còn 30 ngày", "Chưa lập"],
    ]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR
    assert model.data(model.index(5, 1), Qt.ItemDataRole.ForegroundRole).color().name() == DUE_SOON_COLOUR
    assert model.data(model.index(5, 0), Qt.ItemDataRole.ToolTipRole) == (
        "Yêu cầu 245/UBND-KSTT — Báo cáo đánh giá Trung tâm Phục vụ hành chính công — số liệu từ ngày 15/06/2025 "
        "đến ngày 14/09/2025, hạn gửi 19/09/2025")
    assert page.calendar_title.text() == "Lịch báo cáo: 2 báo cáo quá hạn, 5 báo cáo đến hạn trong 45 ngày tới"
    page.requests_panel.today_fn = lambda: TODAY
    page.requests_panel.refresh()
    save_shot(page, "i20_calendar_with_request")
    # a double-click opens the request in the register
    page.calendar_view.doubleClicked.emit(model.index(5, 0))
    panel = page.requests_panel
    assert panel.current_id() == soon
    dialogs = [d for d in page.findChildren(type(panel.edit_request())) if d.isVisible()]
    assert dialogs and all(d.request.id == soon for d in dialogs)
    for d in dialogs:
        d.reject()
    assert model.data(model.index(0, 0), IdRole).request_id is None  # a standing report's row: opens the period

    # the overview's "due soon" box: the same rows, the request opens from there too
    box = window.pages["overview"].upcoming_reports
    box.refresh()
    assert box.title.text() == "Báo cáo sắp đến hạn: 2 quá hạn, 5 đến hạn trong 45 ngày tới"
    assert _rows(box.model) == _rows(model)
    window.show_page("overview")
    panel.view.clearSelection()
    box.view.doubleClicked.emit(box.model.index(1, 0))  # 88/SNV
    assert window.current_page_key() == "reports" and panel.current_id() == late
    for d in [d for d in page.findChildren(type(dialogs[0])) if d.isVisible()]:
        assert d.request.id == late
        d.reject()
    # the daily reminder: overdue 2 (August's report, 88/SNV); within 7 days 4 (three today, 245/UBND-KSTT)
    reminders = window.reminders
    reminders.today_fn = lambda: TODAY
    assert reminders.check(force=True)
    assert (reminders.requests_overdue, reminders.requests_due_soon) == (2, 4)
    assert "báo cáo và yêu cầu báo cáo: 2 quá hạn, 4 đến hạn trong 7 ngày" in reminders.banner.label.text()
    # sent: the request leaves the calendar
    service = ReportRequestService(window.ctx)
    report_id = service.create_report(soon, today=TODAY)
    page.service.set_state(report_id, ReportState.SUBMITTED)
    page.refresh()
    assert "Yêu cầu 245/UBND-KSTT" not in [r[0] for r in _rows(model)]
