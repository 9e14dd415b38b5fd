"""Dialogs remember their geometry (issue 19 §8): a resized dialog reopens at that size and place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import tthc_desktop
from tthc_desktop.ui.shell.about_dialog import AboutDialog
from tthc_desktop.ui.shell.settings import AppSettings
from tthc_desktop.ui.widgets.remembered_geometry import keep_dialog_geometry

UI = Path(tthc_desktop.__file__).parent / "ui"


@pytest.fixture
def settings(tmp_path):
    settings = AppSettings(tmp_path / "settings.ini")
    keep_dialog_geometry(settings)
    yield settings
    keep_dialog_geometry(None)


def test_a_dialog_reopens_as_it_was_left(qtbot, settings, tmp_path):
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


def test_a_plain_qdialog_subclass_and_a_wizard_remember_too(qtbot, settings, ctx):
    from tthc_desktop.services.procedures_service import ProceduresService
    from tthc_desktop.ui.procedures.procedure_import_wizard import ProcedureImportWizard
    from tthc_desktop.ui.shell.calendar_dialog import CalendarDaysDialog

    wizard = ProcedureImportWizard(ProceduresService(ctx))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.hide()  # its minimum (980×640) is larger than the offscreen screen: only the saving is checked
    assert not settings.dialog_geometry("ProcedureImportWizard").isEmpty()
    first = CalendarDaysDialog(ctx, 2026)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumWidth() + 17, first.minimumHeight() + 13)
    size = (first.width(), first.height())
    first.hide()
    again = CalendarDaysDialog(ctx, 2026)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == size


def test_without_a_store_nothing_is_kept(qtbot, tmp_path):
    settings = AppSettings(tmp_path / "settings.ini")
    first = AboutDialog(Path("t.db"), 1)
    qtbot.addWidget(first)
    first.show()
    first.hide()
    assert settings.dialog_geometry("AboutDialog").isEmpty()


def test_every_dialog_of_ours_remembers():
    """A new dialog class deriving straight from QDialog/QWizard would silently forget its size."""
    plain = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = [getattr(b, "id", getattr(b, "attr", "")) for b in node.bases]
                if {"QDialog", "QWizard"} & set(bases) and "RemembersGeometry" not in bases:
                    plain.append(f"{path.name}:{node.name}")
    assert plain == []
