"""Finding your way (issue 16 §9): one Ctrl+I, "Bắt đầu" cards on empty pages, the user guide, full settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel, QMenu
from screenshots import save_shot
from window_support import shown_main_window

from tthc_desktop.ui.tasks.plan_import_wizard import PlanImportWizard


@pytest.fixture
def window(qtbot, ctx, vietnamese):
    return shown_main_window(qtbot, ctx, "Sở Tư pháp tỉnh Đồng Tháp")


def _open_wizards(window) -> list[PlanImportWizard]:
    return [w for w in window.findChildren(PlanImportWizard) if w.isVisible()]


@pytest.mark.parametrize("page", ["tasks", "procedures", "overview"])
def test_ctrl_i_opens_the_plan_import_on_every_page(window, qtbot, page):
    window.show_page("procedures")  # build the catalogue page too: its button used to claim Ctrl+I as well
    window.show_page(page)
    window.stack.currentWidget().setFocus()
    QApplication.processEvents()
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_open_wizards(window)), timeout=2000)
    wizards = _open_wizards(window)
    assert len(wizards) == 1
    wizards[0].reject()


def test_ctrl_i_is_defined_once(window):
    window.show_page("procedures")
    window.show_page("tasks")
    ctrl_i = QKeySequence("Ctrl+I")
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    owners = [a for a in window.findChildren(QAction) if ctrl_i in a.shortcuts()]
    owners += [b for b in window.findChildren(QAbstractButton) if b.shortcut() == ctrl_i]
    assert len(owners) == 1, [o.objectName() for o in owners]


def test_empty_tasks_and_overview_pages_show_a_start_card(window, qtbot):
    window.show_page("tasks")
    tasks = window.pages["tasks"]
    tasks = getattr(tasks, "page", tasks)
    card = window.stack.currentWidget().findChild(QFrame, "startCard")
    assert card is not None and card.isVisible()
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Bắt đầu" in texts and "kế hoạch" in texts
    save_shot(window, "start_card_tasks")
    window.show_page("overview")
    overview = window.stack.currentWidget()
    qtbot.waitUntil(lambda: overview.findChild(QFrame, "startCard").isVisible(), timeout=3000)


def test_start_card_hides_once_tasks_exist(window, ctx, qtbot):
    from task_seed import seed

    seed(ctx)
    window.show_page("tasks")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: not page.findChild(QFrame, "startCard").isVisible(), timeout=3000)


def test_user_guide_under_help(window, ctx, qtbot):
    help_menu = window.menuBar().findChild(QMenu, "menu_help")
    texts = [a.text() for a in help_menu.actions()]
    assert "&Hướng dẫn sử dụng" in texts or any("Hướng dẫn sử dụng" in t.replace("&", "") for t in texts)
    action = next(a for a in help_menu.actions() if "Hướng dẫn" in a.text().replace("&", ""))
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(QDialog, "userGuideDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Nhập kế hoạch" in text and "Sao lưu" in text
    assert str(ctx.data_dir) in text
    save_shot(dialog, "user_guide")
    dialog.reject()


def test_settings_show_data_backup_signature_and_reminders(window, ctx, qtbot):
    from tthc_desktop.services import backup_service

    backup_service.make_backup(ctx)
    dialog = window.show_settings()
    qtbot.add_widget(dialog)
    assert dialog.findChild(QLabel, "dataFolder").text() == str(ctx.data_dir)
    backup = dialog.findChild(QLabel, "backupFolder").text()
    assert str(backup_service.backup_folder(ctx)) in backup and "(1 bản sao lưu)" in backup
    assert "chưa chọn" in dialog.findChild(QLabel, "signatureImage").text()
    assert "1, 3, 7 ngày trước hạn" in dialog.findChild(QLabel, "reminderDays").text()
    dialog.show()
    qtbot.wait_exposed(dialog)
    rows = [dialog.findChild(QLabel, n) for n in ("dataFolder", "backupFolder", "signatureImage")]
    for upper, lower in zip(rows, rows[1:], strict=False):  # a long path never runs into the next row
        assert upper.geometry().bottom() < lower.geometry().top()
    for label in rows[:2]:  # shown whole: not clipped, and no wrapped line drawn past the label's height
        assert label.width() >= label.sizeHint().width()
        assert not label.hasHeightForWidth() or label.heightForWidth(label.width()) <= label.height()
    save_shot(dialog, "settings")
    dialog.reject()
