"""Settings dialog: interface language (applied after a restart) and reminders."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .settings import LANGUAGE, REMINDERS_ENABLED, AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language_combo = QComboBox()
        self.language_combo.addItem("Tiếng Việt", "vi")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.get(LANGUAGE))))
        self.reminders_check = QCheckBox(self.tr("Show reminders of overdue and due-soon tasks"))
        self.reminders_check.setChecked(bool(settings.get(REMINDERS_ENABLED)))
        note = QLabel(self.tr("A new language takes effect the next time the app starts."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.reminders_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.set(LANGUAGE, self.language_combo.currentData())
        self._settings.set(REMINDERS_ENABLED, self.reminders_check.isChecked())
        self._settings.sync()
        super().accept()
