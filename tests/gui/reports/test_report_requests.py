"""The "Yêu cầu báo cáo" panel of the Báo cáo page: a request added through the dialog (live deadline reading,
an attached signed-PDF-like file) appears in the list with its status colour, in the merged calendar and in the
reminder counts; undo / redo on the window's stack; "Lập báo cáo" creates and links the period's report."""

from __future__ import annotations

from pathlib import Path

import report_gui_seed as seed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from screenshots import save_shot

from tthc_desktop.services.report_requests import ReportRequestService
from tthc_desktop.store.report_requests import FileRole
from tthc_desktop.ui.reports.report_requests_panel import DUE_COLUMN, STATUS_COLOURS, ReportRequestsPanel

seeded, window, page = seed.seeded, seed.window, seed.page
TODAY = seed.TODAY  # 16/09/2025


def _fill(dialog, tmp_path: Path, deadline: str) -> Path:
    pdf = tmp_path / "cong-van-yeu-cau.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% signed request stand-in\n%%EOF\n")
    dialog.number_edit.setText("245/UBND-KSTT")
    dialog.date_edit.setText("10/09/2025")
    dialog.issuer_edit.setText("UBND tỉnh Đồng Tháp")
    dialog.title_edit.setText("Báo cáo đánh giá hoạt động Trung tâm Phục vụ hành chính công")
    dialog.period_edit.setText("2025-Q3")
    dialog.deadline_edit.setText(deadline)
    dialog.add_file(FileRole.DOCUMENT, pdf)
    return pdf


def _panel(page) -> ReportRequestsPanel:
    panel = page.requests_panel
    panel.today_fn = lambda: TODAY
    return panel


def test_add_through_the_dialog_shows_in_list_calendar_and_reminder(qtbot, window, page, tmp_path):
    panel = _panel(page)
    assert panel.model.rowCount() == 0
    dialog = panel.add_request()
    _fill(dialog, tmp_path, "trước ngày 20/9/2025")
    # the deadline is read live by the plan tasks' rules: "trước ngày 20" → the 19th
    assert "19/09/2025" in dialog.deadline_label.text()
    assert "Trước ngày 20/09/2025" in dialog.deadline_label.text()
    save_shot(dialog, "i20reg_dialog")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert panel.model.rowCount() == 1
    row = [panel.model.data(panel.model.index(0, c)) for c in range(5)]
    assert row == ["245/UBND-KSTT", "19/09/2025 (sắp đến hạn)",  # three days from 16/09
                   "Báo cáo đánh giá hoạt động Trung tâm Phục vụ hành chính công", "2025-Q3", "UBND tỉnh Đồng Tháp"]
    colour = panel.model.data(panel.model.index(0, DUE_COLUMN), Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == STATUS_COLOURS["due_soon"]
    assert panel.title.text() == "Yêu cầu báo cáo: 0 quá hạn, 1 đến hạn trong 7 ngày"
    save_shot(page, "i20reg_page")
    service = ReportRequestService(window.ctx)
    request = service.list()[0]
    assert [f.role for f in request.files] == [FileRole.DOCUMENT]
    assert service.files.verify(request.files[0].sha256, request.files[0].name)  # copied in by hash
    opened = []
    panel.open_url = opened.append
    panel.view.selectRow(0)
    menu = panel.open_file_menu()
    assert [a.text() for a in menu.actions()] == ["Văn bản yêu cầu: cong-van-yeu-cau.pdf"]
    menu.actions()[0].trigger()
    menu.close()
    assert [Path(u.toLocalFile()) for u in opened] == [service.files.path_for(request.files[0].sha256,
                                                                                request.files[0].name)]
    entries = [e for e in service.merged_calendar(2025) if e.source == "request"]
    assert [(e.due.isoformat(), e.request_id) for e in entries] == [("2025-09-19", request.id)]
    reminders = window.reminders
    reminders.today_fn = lambda: TODAY
    assert reminders.check(force=True)
    # with the standing reports (August's overdue, three due today): tests/gui/reports/test_calendar_requests.py
    assert (reminders.requests_overdue, reminders.requests_due_soon) == (1, 4)
    assert "<a href='#requests'>báo cáo và yêu cầu báo cáo: 1 quá hạn, 4 đến hạn trong 7 ngày</a>" in \
        reminders.banner.label.text()
    window.show_page("tasks")
    assert window.current_page_key() == "tasks"
    reminders.banner.label.linkActivated.emit("#requests")  # the link opens the Báo cáo page
    assert window.current_page_key() == "reports"

    window.undo_stack.undo()  # the add is undone: the request leaves the list
    panel.refresh()
    assert panel.model.rowCount() == 0
    assert reminders.request_counts() == (1, 3)
    window.undo_stack.redo()
    panel.refresh()
    assert panel.model.rowCount() == 1


def test_bad_deadline_keeps_the_dialog_open_and_writes_nothing(qtbot, window, page, tmp_path):
    panel = _panel(page)
    dialog = panel.add_request()
    _fill(dialog, tmp_path, "theo lộ trình")
    assert dialog.deadline_label.styleSheet() == "color:#c62828;"
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "không cho một ngày cụ thể" in dialog.error_label.text()
    assert window.ctx.db["report_requests"].count == 0
    dialog.reject()


def test_edit_delete_undo_and_write_report(qtbot, window, page, tmp_path):
    panel = _panel(page)
    service = panel.service
    request_id = service.add(service.values(number="12/SNV", title="Báo cáo CCHC quý III", deadline="hạn: 10/9/2025",
                                            period="2025-Q3"))
    panel.refresh()
    panel.view.selectRow(0)
    assert panel.model.data(panel.model.index(0, DUE_COLUMN)) == "10/09/2025 (quá hạn)"  # "Hạn: D" is D itself
    assert panel.model.data(panel.model.index(0, DUE_COLUMN), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    dialog = panel.edit_request()
    assert dialog.number_edit.text() == "12/SNV" and dialog.period_edit.text() == "2025-Q3"
    dialog.deadline_edit.setText("trước ngày 30/9/2025")
    outline = tmp_path / "de-cuong.docx"
    outline.write_bytes(b"outline")
    dialog.add_file(FileRole.OUTLINE, outline)
    dialog.accept()
    edited = service.get(request_id)
    assert edited.due_on == "2025-09-29" and [f.name for f in edited.files] == ["de-cuong.docx"]
    window.undo_stack.undo()  # fields and files as before the edit
    undone = service.get(request_id)
    assert undone.due_on == "2025-09-10" and undone.files == ()
    window.undo_stack.redo()
    redone = service.get(request_id)
    assert redone.due_on == "2025-09-29" and [f.name for f in redone.files] == ["de-cuong.docx"]
    panel.refresh()
    panel.view.selectRow(0)
    report_id = panel.create_report()
    assert report_id is not None and service.get(request_id).report_id == report_id
    assert page.editor.draft.report_id == report_id  # the report opens in the editor
    panel.view.selectRow(0)
    assert panel.delete_request()
    assert panel.model.rowCount() == 0
    window.undo_stack.undo()
    panel.refresh()
    assert panel.model.rowCount() == 1


def test_officer_adds_a_standing_report(qtbot, window, page):
    panel = _panel(page)
    dialog = panel.edit_standing()
    assert dialog.list.count() == 5  # the data file's
    dialog.title_edit.setText("Báo cáo cải cách hành chính")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("quarterly"))
    dialog.before_spin.setValue(20)
    assert dialog.add_standing() is not None
    assert dialog.list.count() == 6
    assert dialog.list.item(5).text() == ("Báo cáo cải cách hành chính (báo cáo quý) — trước ngày 20 hằng tháng; "
                                          "số liệu từ ngày 15 tháng trước đến ngày 14")
    dialog.title_edit.setText("Báo cáo tháng về CCHC")
    dialog.before_spin.setValue(dialog.before_spin.minimum())  # "không dùng": N working days after the cut-off
    dialog.cutoff_spin.setValue(0)  # "cuối tháng"
    assert dialog.add_standing() is not None
    assert dialog.list.item(6).text().endswith("2 ngày làm việc sau ngày chốt số liệu; số liệu theo tháng dương lịch "
                                               "(từ ngày 01 đến hết ngày cuối tháng)")
    assert dialog.list.item(0).text().endswith("; số liệu từ ngày 15 tháng trước đến ngày 14")  # the data file's
    save_shot(dialog, "i20reg_standing")
    own = [e for e in panel.service.merged_calendar(2025) if e.label.startswith("Báo cáo cải cách")]
    assert [(e.period, e.due.isoformat()) for e in own][:1] == [("2025-Q1", "2025-03-19")]
    dialog.title_edit.setText(" ")
    assert dialog.add_standing() is None and "Chưa ghi tên" in dialog.error_label.text()
    dialog.list.setCurrentRow(0)
    dialog.remove_selected()  # a data-file report stays
    assert dialog.list.count() == 7
    for _ in range(2):
        dialog.list.setCurrentRow(5)
        dialog.remove_selected()
    assert dialog.list.count() == 5 and panel.service.standing() == []
