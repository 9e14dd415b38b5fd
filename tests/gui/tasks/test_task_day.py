"""Tasks without surprises (issue 16 §7): dialogs name their task, completion records its evidence document,
"Hoàn tác" names the step and confirms it, the detail empties when a filter hides its task, and a filter
restored at start-up shows as an "Đang lọc … ✕ Bỏ lọc" bar."""

from __future__ import annotations

from datetime import date

import pytest
import task_seed as seed_module
from PySide6.QtWidgets import QFrame, QLabel
from screenshots import save_shot

from tthc_desktop.domain.status import Status
from tthc_desktop.store.task_query import TaskFilter
from tthc_desktop.ui.shell.actions import ActionId
from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.page_host import Clock
from tthc_desktop.ui.shell.settings import TASKS_FILTER, AppSettings
from tthc_desktop.ui.tasks.task_filter_bar import filter_to_json

TODAY = seed_module.TODAY


@pytest.fixture
def ids(ctx):
    return seed_module.seed_department(ctx, "Sở Tư pháp tỉnh Tiền Giang")


@pytest.fixture
def window(qtbot, ctx, ids, vietnamese):
    win = MainWindow(ctx, AppSettings(), clock=Clock.fixed(TODAY))
    qtbot.add_widget(win)
    win.show()
    win.show_page("tasks")
    qtbot.wait_exposed(win)
    return win


def _page(window):
    return window.pages["tasks"]


def _select(window, qtbot, task_id: int):
    page = _page(window)
    page.filter_bar.clear(("lead", "coordinating"))
    qtbot.waitUntil(lambda: page.select_task(task_id), timeout=3000)
    qtbot.waitUntil(lambda: page.detail_panel.task is not None and page.detail_panel.task.id == task_id)
    return page.detail_panel


def test_progress_and_completion_dialogs_name_the_task(window, qtbot, ids):
    panel = _select(window, qtbot, ids[Status.OVERDUE])
    for dialog in (panel.open_update_dialog(), panel.open_mark_done_dialog(), panel.open_extension_dialog()):
        label = dialog.findChild(QLabel, "dialogTask")
        assert label.isVisible() and label.text() == "1 — Rà soát thủ tục đất đai"
        save_shot(dialog, f"task_dialog_{type(dialog).__name__}")
        dialog.reject()


def test_completion_records_its_evidence_and_undo_says_what_it_undoes(window, ctx, qtbot, ids, tmp_path):
    task_id = ids[Status.OVERDUE]
    panel = _select(window, qtbot, task_id)
    dialog = panel.open_mark_done_dialog()
    dialog.outcome_edit.setPlainText("Đã ban hành Báo cáo rà soát")
    dialog.evidence_edit.setText("88/BC-STP")
    dialog.evidence_date_edit.setDate(date(2025, 6, 9))
    evidence = tmp_path / "bao-cao.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    dialog.set_attachment(evidence)
    dialog.date_edit.setDate(date(2025, 6, 9))
    dialog.accept()
    task = ctx.tasks.get(task_id)
    assert task.completed_on == date(2025, 6, 9)
    [update] = ctx.tasks.updates(task_id)
    assert (update.evidence_number, update.evidence_date, update.attachment_name) == (
        "88/BC-STP", date(2025, 6, 9), "bao-cao.pdf")

    undo = window.actions[ActionId.UNDO]
    assert undo.isEnabled() and undo.text() == "&Hoàn tác: Ghi hoàn thành nhiệm vụ 1"
    undo.trigger()
    assert ctx.tasks.get(task_id).completed_on is None and ctx.tasks.updates(task_id) == []  # one step undoes both
    assert window.statusBar().currentMessage() == "Đã hoàn tác: Ghi hoàn thành nhiệm vụ 1"
    assert window.actions[ActionId.REDO].text() == "&Làm lại: Ghi hoàn thành nhiệm vụ 1"


def test_progress_undo_names_the_task(window, ctx, qtbot, ids):
    panel = _select(window, qtbot, ids[Status.IN_PROGRESS])
    dialog = panel.open_update_dialog()
    dialog.note_edit.setPlainText("Đã đăng 12 thủ tục")
    dialog.accept()
    assert window.actions[ActionId.UNDO].text() == "&Hoàn tác: Thêm tiến độ — nhiệm vụ 2"


def test_detail_panel_empties_when_the_filter_hides_its_task(window, qtbot, ids):
    panel = _select(window, qtbot, ids[Status.OVERDUE])
    page = _page(window)
    page.filter_bar.set_filter(TaskFilter(roles=("lead", "coordinating"), statuses=(Status.NOT_DUE,)))
    qtbot.waitUntil(lambda: panel.task is None, timeout=3000)
    assert panel.empty_label.isVisible()


def test_filter_restored_at_start_up_is_visibly_active(ctx, qtbot, ids, vietnamese):
    settings = AppSettings()
    settings.set(TASKS_FILTER, filter_to_json(TaskFilter(roles=("lead", "coordinating"), overdue_only=True), False))
    win = MainWindow(ctx, settings)
    qtbot.add_widget(win)
    win.resize(1200, 760)
    win.show()
    win.show_page("tasks")
    page = win.pages["tasks"]
    bar = page.findChild(QFrame, "activeFilterBar")
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert page.active_filter_label.text() == "Đang lọc: Quá hạn"
    save_shot(win, "active_filter")
    page.active_filter_clear.click()
    assert not bar.isVisible()
    assert not page.filter_bar.current_filter().overdue_only
