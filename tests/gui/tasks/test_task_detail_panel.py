"""The task detail panel in Vietnamese: content, dates and rule, status colours, dialogs that push undoable
edits, the progress timeline with a managed attachment (open, export), delete with confirmation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import task_seed as seed_module
from PySide6.QtGui import QUndoStack

from tthc_desktop.domain.status import Status
from tthc_desktop.services import task_edit as te
from tthc_desktop.ui.tasks.task_detail_dialogs import MarkDoneDialog
from tthc_desktop.ui.tasks.task_detail_panel import TaskDetailPanel, status_style

TODAY = seed_module.TODAY


@pytest.fixture
def ids(ctx):
    return seed_module.seed(ctx)


@pytest.fixture
def panel(qtbot, ctx, vietnamese):
    stack = QUndoStack()
    widget = TaskDetailPanel(ctx, stack, lambda: TODAY)
    widget.stack_ref = stack
    qtbot.add_widget(widget)
    widget.resize(520, 800)
    widget.show()
    return widget


def test_empty_state_is_vietnamese(panel):
    assert panel.empty_label.text() == "Chọn một nhiệm vụ để xem chi tiết."
    assert panel.empty_label.isVisible()


def test_shows_content_dates_rule_and_status(panel, ids):
    panel.show_task(ids[Status.OVERDUE])
    assert panel.number_label.text() == "Nhiệm vụ 1"
    assert panel.content_label.text() == "Rà soát thủ tục đất đai"
    assert panel.deadline_label.text() == "Trước ngày 30/5/2025"
    assert panel.dates_label.text() == "30/05/2025 (theo kế hoạch)"
    assert panel.rule_label.text() == "Trước ngày 30/05/2025 → hạn 30/05/2025"
    assert panel.status_label.text() == "Quá hạn"
    assert panel.due_info_label.text() == "Quá hạn 11 ngày (hạn 30/05/2025)"
    assert panel.plan_label.text() == "165/KH-UBND — Triển khai Nghị quyết 66/NQ-CP"
    assert panel.done_button.text() == "Hoàn thành…"
    assert panel.content_label.wordWrap()


@pytest.mark.parametrize("status", list(Status))
def test_status_colour_shown_for_each_status(panel, ids, status):
    panel.show_task(ids[status])
    assert panel.status is status
    assert panel.status_label.text() == status.label_vi
    assert status.colour in panel.status_label.styleSheet()
    assert panel.status_label.styleSheet() == status_style(status)
    image = panel.status_label.grab().toImage()
    centre_left = image.pixelColor(4, image.height() // 2).name()
    assert centre_left == status.colour


def test_mark_done_dialog_pushes_an_undoable_edit(panel, ids, ctx, qtbot):
    tid = ids[Status.IN_PROGRESS]
    panel.show_task(tid)
    dialog = panel.mark_done_or_reopen()
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == "Đánh dấu hoàn thành"
    assert dialog.ok_button.text() == "Đồng ý"
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    dialog.outcome_edit.setPlainText("Đã công khai 20/20 thủ tục")
    dialog.accept()
    assert ctx.tasks.get(tid).completed_on == date(2025, 6, 9)
    assert panel.status_label.text() == "Hoàn thành đúng hạn"
    assert panel.completion_label.text() == "hoàn thành ngày 09/06/2025. Đã công khai 20/20 thủ tục"
    assert panel.done_button.text() == "Mở lại"
    panel.stack_ref.undo()
    assert panel.status_label.text() == "Đang thực hiện, trong hạn"  # refreshed from TASKS_CHANGED
    panel.stack_ref.redo()
    assert panel.status is Status.DONE_ON_TIME
    panel.mark_done_or_reopen()  # reopen
    assert panel.status is Status.IN_PROGRESS
    assert panel.stack_ref.count() == 2


def test_extension_keeps_original_date(panel, ids, ctx, qtbot):
    tid = ids[Status.OVERDUE]
    panel.show_task(tid)
    dialog = panel.open_extension_dialog()
    qtbot.add_widget(dialog)
    assert not dialog.ok_button.isEnabled()  # the document is required
    dialog.number_edit.setText("45/QĐ-UBND")
    assert dialog.ok_button.isEnabled()
    dialog.due_edit.setDate(dialog.due_edit.date().fromString("30/06/2025", "dd/MM/yyyy"))
    dialog.accept()
    assert panel.dates_label.text().splitlines() == [
        "30/05/2025 (theo kế hoạch)", "30/06/2025 (gia hạn theo 45/QĐ-UBND ngày 10/06/2025)"]
    assert panel.status is Status.NOT_DUE
    assert panel.due_info_label.text() == "Còn 20 ngày (hạn 30/06/2025)"
    te.mark_done(ctx, tid, date(2025, 6, 20))
    assert panel.status is Status.DONE_LATE  # finished after the original date: still late


def test_progress_update_with_attachment_open_and_export(panel, ids, ctx, qtbot, tmp_path):
    tid = ids[Status.NOT_DUE]
    panel.show_task(tid)
    evidence = tmp_path / "Báo cáo 88-BC-STP.pdf"
    evidence.write_bytes(b"%PDF-1.4 minh chung")
    dialog = panel.open_update_dialog()
    qtbot.add_widget(dialog)
    dialog.note_edit.setPlainText("Đã rà soát 20/35 thủ tục")
    dialog.percent_spin.setValue(60)
    dialog.evidence_edit.setText("88/BC-STP")
    dialog.evidence_date_edit.setDate(dialog.evidence_date_edit.date().fromString("05/06/2025", "dd/MM/yyyy"))
    dialog.set_attachment(evidence)
    assert dialog.file_label.text() == "Báo cáo 88-BC-STP.pdf"
    dialog.accept()
    evidence.unlink()  # the managed copy is what the app opens
    assert panel.updates_model.rowCount() == 1
    assert panel.updates_model.data(panel.updates_model.index(0, 0)).splitlines() == [
        "10/06/2025 — 60 %", "Đã rà soát 20/35 thủ tục", "Minh chứng: 88/BC-STP ngày 05/06/2025",
        "Tệp: Báo cáo 88-BC-STP.pdf"]
    assert panel.status is Status.IN_PROGRESS
    assert not panel.open_file_button.isEnabled()
    panel.select_update(0)
    assert panel.open_file_button.isEnabled() and panel.export_file_button.isEnabled()
    assert panel.open_file_button.text() == "Mở" and panel.export_file_button.text() == "Lưu bản sao…"
    opened = []
    panel.open_url = lambda url: opened.append(Path(url.toLocalFile())) or True
    assert panel.open_attachment()
    assert opened[0].is_relative_to(ctx.data_dir / "attachments")
    assert opened[0].read_bytes() == b"%PDF-1.4 minh chung"
    target = tmp_path / "ban-sao.pdf"
    panel.save_path = lambda name: str(target) if name == "Báo cáo 88-BC-STP.pdf" else ""
    assert panel.export_attachment() == target
    assert target.read_bytes() == b"%PDF-1.4 minh chung"
    panel.stack_ref.undo()
    assert panel.updates_model.rowCount() == 0
    panel.stack_ref.redo()
    assert panel.updates_model.rowCount() == 1


def test_updates_model(panel, ids, qtmodeltester):
    panel.show_task(ids[Status.IN_PROGRESS])
    qtmodeltester.check(panel.updates_model)


def test_confirm_needs_date_and_mark_continuous(panel, ids, ctx, qtbot):
    tid = ids[Status.NEEDS_DATE]
    panel.show_task(tid)
    assert panel.dates_label.text() == "cần đặt hạn: không đọc được ngày nào từ thời hạn"
    dialog = panel.open_dates_dialog()
    qtbot.add_widget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.new_date_edit.setDate(dialog.new_date_edit.date().fromString("31/12/2025", "dd/MM/yyyy"))
    dialog.add_button.click()
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert panel.dates_label.text() == "31/12/2025 (cán bộ đặt)"
    assert panel.status is Status.NOT_DUE and not ctx.tasks.get(tid).needs_date
    panel.continuous_button.click()
    assert panel.status is Status.CONTINUOUS
    assert panel.continuous_button.text() == "Bỏ thường xuyên"
    panel.stack_ref.undo()
    panel.stack_ref.undo()
    assert panel.status is Status.NEEDS_DATE


def test_delete_asks_and_can_be_undone(panel, ids, ctx):
    tid = ids[Status.IN_PROGRESS]
    panel.show_task(tid)
    asked = []
    panel.confirm = lambda title, text: asked.append((title, text)) or False
    assert not panel.delete_task()
    assert ctx.db["tasks"].count_where("id = ?", [tid]) == 1
    assert asked[0][0] == "Xóa nhiệm vụ" and "Ctrl+Z" in asked[0][1] and "nhiệm vụ 2" in asked[0][1]
    panel.confirm = lambda title, text: True
    assert panel.delete_task()
    assert panel.empty_label.text() == "Nhiệm vụ này không còn tồn tại (có thể đã bị xóa)."
    panel.stack_ref.undo()
    panel.show_task(tid)
    assert panel.content_label.text() == "Công khai trên Cổng dịch vụ công"
    assert panel.updates_model.rowCount() == 1


def test_refused_edit_shows_a_message_and_no_stack_entry(panel, ids, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    panel.show_task(ids[Status.OVERDUE])
    ctx.tasks.delete(ids[Status.OVERDUE])  # gone behind the panel's back (no event)
    panel.toggle_continuous()
    assert shown and "không còn tồn tại" in shown[0]
    assert panel.stack_ref.count() == 0


def test_installed_in_the_task_page_and_bound_to_actions(qtbot, ctx, ids, vietnamese):
    from tthc_desktop.ui.shell.actions import ActionId
    from tthc_desktop.ui.shell.main_window import MainWindow
    from tthc_desktop.ui.shell.settings import REMINDERS_ENABLED, AppSettings

    settings = AppSettings()
    settings.set(REMINDERS_ENABLED, False)
    window = MainWindow(ctx, settings)
    qtbot.add_widget(window)
    page = window.pages["tasks"]
    panel = page.detail_panel
    assert panel.parent() is not None and page.isAncestorOf(panel)
    page.task_selected.emit(ids[Status.OVERDUE])
    assert panel.task.id == ids[Status.OVERDUE]
    assert window.actions[ActionId.MARK_DONE].shortcut().toString() == "Ctrl+D"
    assert window.actions[ActionId.ADD_UPDATE].shortcut().toString() == "Ctrl+U"
    assert window.actions[ActionId.DELETE_TASK].shortcut().toString() == "Del"
    assert window.actions[ActionId.MARK_DONE] in page.actions()
    window.actions[ActionId.MARK_DONE].trigger()
    (dialog,) = [d for d in panel.findChildren(MarkDoneDialog) if d.isVisible()]
    assert dialog.windowTitle() == "Đánh dấu hoàn thành"
    dialog.reject()


def test_plan_row_shows_the_signers_of_a_signed_plan(panel, ids, ctx):
    """Issue 14: the "Kế hoạch" detail names who signed the received plan, when, and the verdict."""
    from tthc_desktop.store.plan_signatures import replace_plan_signatures

    task = ctx.tasks.get(ids[Status.OVERDUE])
    with ctx.db.atomic():
        replace_plan_signatures(ctx.db, task.plan_id, [
            {"field": "Signature1", "signer_cn": "Nguyễn Văn Bình", "signer_org": "UBND tỉnh Đồng Tháp",
             "signing_time": "2026-01-20T10:15:00+07:00", "valid": 1, "trusted": 1, "summary": "Chữ ký hợp lệ"}])
    panel.show_task(ids[Status.OVERDUE])
    assert panel.plan_label.text() == ("165/KH-UBND — Triển khai Nghị quyết 66/NQ-CP\n"
                                       "Ký số: Nguyễn Văn Bình (UBND tỉnh Đồng Tháp), 20/01/2026 10:15 — hợp lệ")
