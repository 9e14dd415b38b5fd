"""About dialog: version, database path and schema version."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ... import __version__
from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import close_buttons


class AboutDialog(AppDialog):
    def __init__(self, db_path: Path, schema_version: int, parent: QWidget | None = None):
        super().__init__("aboutDialog", self.tr("About TTHC Desktop"), parent)
        text = QLabel(
            "<h3>TTHC Desktop</h3>"
            + self.tr("Version %1").replace("%1", __version__)
            + "<br>"
            + self.tr("Tracking plans, procedures, reports and digital signatures for TTHC control officers.")
            + "<br><br>"
            + self.tr("Database: %1").replace("%1", html.escape(str(db_path)))
            + "<br>"
            + self.tr("Schema version: %1").replace("%1", str(schema_version))
        )
        text.setObjectName("aboutText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
