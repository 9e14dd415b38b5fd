"""Trợ giúp → "Hướng dẫn sử dụng": the main workflows in short, and where the data and backups live."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import close_buttons


class UserGuideDialog(AppDialog):
    def __init__(self, data_dir: Path, backup_dir: Path, parent: QWidget | None = None):
        super().__init__("userGuideDialog", self.tr("User guide"), parent)
        self.resize(720, 620)
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.guide_html(data_dir, backup_dir))
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def guide_html(self, data_dir: Path, backup_dir: Path) -> str:
        sections = [
            (self.tr("1. Set up once"), self.tr(
                "File → Unit information: the name and level of your unit and the officer's name. They head "
                "every report.")),
            (self.tr("2. Import a plan"), self.tr(
                "File → Import a plan (Ctrl+I): choose the .docx, .xlsx or text file of the plan, check the "
                "task table and the role of your unit on each row, then press Import.")),
            (self.tr("3. Track the tasks"), self.tr(
                "Tasks page: filter by plan, status or role; select a task to record progress (Ctrl+U) or "
                "its completion with the evidence document (Ctrl+D). Edit → Undo takes back the last change.")),
            (self.tr("4. Procedures"), self.tr(
                "Administrative procedures page: import the catalogue from Excel or add procedures one by "
                "one, record the cuts in time and cost, and fill form 06 with the case-file figures.")),
            (self.tr("5. Reports"), self.tr(
                "Reports page: choose the period, check the figures and the text, look at the preview, then "
                "export PDF and Excel, sign, and keep the submission package.")),
            (self.tr("6. Backups"), self.tr(
                "A backup is made every day and when you close the app after a change. File → Back up now "
                "makes one at once; File → Restore goes back to an earlier one, also from a .zip on a USB "
                "stick.")),
        ]
        places = self.tr("Your data is in %1. The backups are in %2.")
        places = places.replace("%1", f"<code>{escape(str(data_dir))}</code>")
        places = places.replace("%2", f"<code>{escape(str(backup_dir))}</code>")
        heading, where = self.tr("Using TTHC Desktop"), self.tr("Where the data lives")
        parts = [f"<h2>{escape(heading)}</h2>"]
        for title, body in sections:
            parts.append(f"<h3>{escape(title)}</h3><p>{escape(body)}</p>")
        parts.append(f"<h3>{escape(where)}</h3><p>{places}</p>")
        return "".join(parts)
