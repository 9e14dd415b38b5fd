"""Dialogs reopen where and as large as the officer left them.

One application-wide event filter instead of a call in every dialog: on a dialog's first show its saved
geometry is restored, on every hide it is saved, under the dialog's class name. Only our own dialogs
(module ``tthc_desktop.ui…``), never Qt's message boxes or file dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog

from .settings import AppSettings

_RESTORED = "tthcGeometryRestored"


class DialogGeometry(QObject):
    def __init__(self, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or not isinstance(obj, QDialog):
            return False
        if not type(obj).__module__.startswith("tthc_desktop.ui") or not obj.isWindow():
            return False
        name = type(obj).__name__
        if kind == QEvent.Type.Hide:
            self.settings.set_dialog_geometry(name, obj.saveGeometry())
        elif not obj.property(_RESTORED):
            obj.setProperty(_RESTORED, True)
            saved = self.settings.dialog_geometry(name)
            if not saved.isEmpty():
                obj.restoreGeometry(saved)
        return False


def remember_dialog_geometry(app: QApplication, settings: AppSettings) -> DialogGeometry:
    """Install the filter on the application; it lives as long as the application."""
    keeper = DialogGeometry(settings, app)
    app.installEventFilter(keeper)
    return keeper
