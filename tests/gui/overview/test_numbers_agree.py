"""Numbers that agree (issue 16 §5): the import message, the wizard, the Tasks page, the restore list and its
confirmation count the same thing, tasks without the heading rows, and name it."""

from __future__ import annotations

import re

import pytest
from operation_support import finish, next_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QWizard
from screenshots import save_shot
from window_support import shown_main_window

from tthc_desktop.services import backup_service
from tthc_desktop.ui.backup import backup_menu


@pytest.fixture
def window(qtbot, ctx, vietnamese):
    return shown_main_window(qtbot, ctx, "Văn phòng UBND tỉnh Tiền Giang")


def _import(window, qtbot, path) -> int:
    wizard = window.show_import_wizard()
    wizard.file_page.path_edit.setText(str(path))
    for _ in range(3):
        next_page(qtbot, wizard)
    summary = wizard.preview_page.summary.text()
    shown = int(re.match(r"(\d+) nhiệm vụ", summary).group(1))
    next_page(qtbot, wizard)
    page = wizard.details_page  # the sample has no số/ký hiệu or trích yếu: the officer types them (required)
    for field, text in ((page.symbol, "165/KH-UBND"), (page.title, "Triển khai Nghị quyết 66/NQ-CP")):
        if not field.text():
            field.setText(text)
    with qtbot.wait_signal(wizard.imported, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    return shown


def test_import_message_wizard_tasks_page_and_backups_agree(window, ctx, qtbot, tien_giang_txt, monkeypatch):
    in_wizard = _import(window, qtbot, tien_giang_txt)
    message = window.statusBar().currentMessage()
    assert f"{in_wizard} nhiệm vụ" in message and "dòng tiêu đề mục" in message, message
    assert ctx.tasks.count() > in_wizard  # the table also holds the heading rows: those are not tasks
    tasks_page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: f"/ {in_wizard} nhiệm vụ" in tasks_page.findChild(type(tasks_page.count_label),
                                                                              "pageSentence").text())

    info = backup_service.make_backup(ctx)
    dialog = backup_menu.show_restore_dialog(window)
    qtbot.add_widget(dialog)
    model = dialog.findChild(QTableView).model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Nhiệm vụ")
    assert model.index(0, column).data() == str(in_wizard)
    save_shot(dialog, "restore_counts")
    dialog.reject()

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    finish(qtbot, backup_menu.confirm_and_restore(window, info))
    assert f"{in_wizard} nhiệm vụ" in asked[0], asked[0]
