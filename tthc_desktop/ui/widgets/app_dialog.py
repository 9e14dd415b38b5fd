"""The base of the app's own dialogs: named (the tests, the screenshots and the remembered size find it by its
name and class) and titled in one call; it reopens as it was left (remembered_geometry.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from .remembered_geometry import RemembersGeometry


class AppDialog(RemembersGeometry, QDialog):
    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
