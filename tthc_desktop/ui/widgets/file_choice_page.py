"""The first step of every import wizard: a path box with "Browse…", complete once the file exists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

from . import file_dialogs
from .page_parts import WizardStep, row_with


class FileChoicePage(WizardStep):
    """``wizard`` provides ``start_dir`` and ``load_file(path) -> bool``; texts come translated from the caller."""

    def __init__(self, wizard, *, title: str, subtitle: str, placeholder: str, dialog_title: str,
                 file_filter: str, object_name: str):
        super().__init__(wizard, title, subtitle)
        self._dialog_title = dialog_title
        self._file_filter = file_filter
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName(object_name)
        self.path_edit.setPlaceholderText(placeholder)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(row_with(self.path_edit, browse))
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _on_browse_clicked(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self._dialog_title, self.w.start_dir, self._file_filter)
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        return self.w.load_file(Path(self.path_edit.text().strip()))
