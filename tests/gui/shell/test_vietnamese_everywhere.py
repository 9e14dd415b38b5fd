"""No English in Vietnamese mode (issue 16 §3): every dialog's visible texts, the backup menu and messages, the
file dialog and the calendar; a walk over all children, failing on known English words."""

from __future__ import annotations

from datetime import date

import pytest
from operation_support import finish
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from screenshots import save_shot
from vi_texts import english_words, visible_texts
from window_support import shown_main_window

from tthc_desktop.ui.tasks.task_detail_dialogs import (
    DueDatesDialog,
    ExtensionDialog,
    MarkDoneDialog,
    ProgressUpdateDialog,
)
from tthc_desktop.ui.widgets import file_dialogs
from tthc_desktop.ui.widgets.date_field import DateField

TODAY = date(2026, 12, 7)


@pytest.fixture
def window(qtbot, ctx, vietnamese):
    return shown_main_window(qtbot, ctx, "Sở Tư pháp tỉnh Đồng Tháp")


def _check(widget, name: str) -> None:
    save_shot(widget, f"vi_{name}")
    found = english_words(visible_texts(widget))
    assert not found, f"English in {name}:\n" + "\n".join(found)


def test_english_words_are_caught():
    """The detector itself: the walkthrough's findings are English, our Vietnamese is not."""
    assert english_words(["&Back up now", "&Look in:", "Files of &type:", "December 2026", "Mon"])
    assert not english_words(["Sao lưu &ngay", "Tìm trong:", "Tháng 12 2026", "Thứ 2", "C:/Users/a/backup.zip",
                              "Tệp PDF (*.pdf)", "In báo cáo"])


def test_main_window_menus_and_pages(window):
    for key in ("overview", "tasks", "procedures", "reports", "submissions"):
        window.show_page(key)
        QApplication.processEvents()
        _check(window, f"page_{key}")
    for menu in window.menuBar().findChildren(QMenu):
        texts = [a.text() for a in menu.actions()] + [a.statusTip() for a in menu.actions()]
        assert not english_words(texts), english_words(texts)
    assert window.backup_action.text() == "Sao lưu &ngay"
    assert window.restore_action.text() == "&Khôi phục…"


def test_backup_and_restore_messages(qtbot, window, monkeypatch):
    from tthc_desktop.ui.backup import backup_menu

    info = finish(qtbot, backup_menu.backup_now(window))
    assert info is not None
    message = window.statusBar().currentMessage()
    assert message.startswith("Đã sao lưu vào"), message
    asked = []

    def fake_question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    assert not finish(qtbot, backup_menu.confirm_and_restore(window, info))
    title, text = asked[0]
    assert title == "Khôi phục từ bản sao lưu"
    assert not english_words([title, text]), text


def test_small_dialogs(window, qtbot):
    for name, dialog in (("settings", window.show_settings()), ("about", window.show_about()),
                         ("guide", window.show_user_guide()), ("unit", window.edit_unit_profile())):
        qtbot.add_widget(dialog)
        _check(dialog, name)
        dialog.reject()
    from tthc_desktop.ui.backup import backup_menu

    restore = backup_menu.show_restore_dialog(window)
    qtbot.add_widget(restore)
    _check(restore, "restore")
    restore.reject()


def test_task_dialogs(qtbot, vietnamese):
    for name, dialog in (("done", MarkDoneDialog(TODAY)), ("progress", ProgressUpdateDialog(TODAY)),
                         ("extension", ExtensionDialog(TODAY, TODAY)),
                         ("due_dates", DueDatesDialog([TODAY], TODAY))):
        qtbot.add_widget(dialog)
        dialog.show()
        _check(dialog, name)


def test_import_wizards(window, qtbot):
    wizard = window.show_import_wizard()
    _check(wizard, "plan_wizard")
    wizard.reject()
    window.show_page("procedures")
    catalogue = window.stack.currentWidget().findChild(type(window.stack.currentWidget()), None)
    page = window.pages["procedures"]
    tab = page.findChild(__import__("tthc_desktop.ui.procedures.procedures_page", fromlist=["CatalogueTab"]).CatalogueTab)
    procedure_wizard = tab.open_import_wizard()
    _check(procedure_wizard, "procedure_wizard")
    procedure_wizard.reject()
    assert catalogue is None or catalogue


def test_file_dialog_is_vietnamese(qtbot, vietnamese, tmp_path):
    (tmp_path / "ke-hoach.docx").write_bytes(b"x")
    dialog = file_dialogs.make_dialog(None, "Chọn tệp kế hoạch", str(tmp_path), "Tệp Word (*.docx)")
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait(200)
    _check(dialog, "file_dialog")
    texts = visible_texts(dialog)
    assert any("Tìm trong" in t for t in texts) and any("Loại tệp" in t for t in texts)


def test_no_static_file_dialog_left():
    """Static QFileDialog.get… calls open the native dialog, in the language of Windows."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[3] / "tthc_desktop" / "ui"
    users = sorted(p.name for p in ui.rglob("*.py") if "QFileDialog.get" in p.read_text(encoding="utf-8"))
    assert users == [], users


def test_calendar_is_vietnamese(qtbot, vietnamese):
    field = DateField(None, optional=True, today=lambda: TODAY)
    qtbot.add_widget(field)
    field.show()
    field.show_calendar()
    _check(field.calendar, "calendar")
    field.calendar.hide()


def test_report_signing_and_submission_dialogs(window, ctx, qtbot, tmp_path):
    import signing_support as S

    from tthc_desktop.services.signing_service import SigningService
    from tthc_desktop.ui.submissions.sign_dialog import SignDialog
    from tthc_desktop.ui.submissions.submissions_page import MarkSentDialog
    from tthc_desktop.ui.submissions.trust_store_dialog import TrustStoreDialog

    window.show_page("reports")
    reports = window.pages["reports"]
    for name, dialog in (("new_report", reports.new_report()), ("letter", reports.new_letter()),
                         ("rules", reports.edit_rules()), ("mark_sent", MarkSentDialog()),
                         ("trust", TrustStoreDialog(tmp_path / "trust"))):
        qtbot.add_widget(dialog)
        dialog.show()
        _check(dialog, name)
        dialog.reject()
    pdf = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    sign = SignDialog(SigningService(ctx), pdf, tmp_path / "bao-cao_da_ky.pdf", title="Báo cáo")
    qtbot.add_widget(sign)
    sign.show()
    qtbot.wait(200)
    _check(sign, "sign")
    sign.reject()
    qtbot.wait(100)
