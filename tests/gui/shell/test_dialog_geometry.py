"""Dialogs remember their geometry (issue 19 §8): a resized dialog reopens at that size and place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tthc_desktop.ui.shell.about_dialog import AboutDialog
from tthc_desktop.ui.shell.dialog_geometry import remember_dialog_geometry
from tthc_desktop.ui.shell.settings import AppSettings


def test_a_dialog_reopens_as_it_was_left(qtbot, tmp_path):
    settings = AppSettings(tmp_path / "settings.ini")
    keeper = remember_dialog_geometry(QApplication.instance(), settings)
    try:
        first = AboutDialog(Path("t.db"), 1)
        qtbot.addWidget(first)
        first.show()
        first.setGeometry(120, 140, 640, 420)
        first.hide()
        again = AboutDialog(Path("t.db"), 1)
        qtbot.addWidget(again)
        again.show()
        assert (again.width(), again.height()) == (640, 420)
        assert not AppSettings(tmp_path / "settings.ini").dialog_geometry("AboutDialog").isEmpty()
        box = QMessageBox()  # Qt's own dialogs are left alone
        qtbot.addWidget(box)
        box.show()
        box.hide()
        assert settings.dialog_geometry("QMessageBox").isEmpty()
    finally:
        QApplication.instance().removeEventFilter(keeper)


def test_without_the_filter_nothing_is_kept(qtbot, tmp_path):
    settings = AppSettings(tmp_path / "settings.ini")
    first = AboutDialog(Path("t.db"), 1)
    qtbot.addWidget(first)
    first.show()
    first.hide()
    assert settings.dialog_geometry("AboutDialog").isEmpty()
