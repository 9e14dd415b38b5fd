"""Settings dialog: interface language (applied after a restart), reminders, and where the data lives:
the data folder, the backup folder with its count, the signature images."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.status import DUE_SOON_BANDS
from ..widgets.app_dialog import AppDialog
from ..widgets.page_parts import ok_cancel
from .settings import LANGUAGE, REMINDERS_ENABLED, AppSettings


class SettingsDialog(AppDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None, ctx=None):
        super().__init__("settingsDialog", self.tr("Settings"), parent)
        self._settings = settings
        self.setMinimumWidth(560)
        self.setSizeGripEnabled(True)
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
        days = ", ".join(str(d) for d in DUE_SOON_BANDS)
        reminder_days = self._value(self.tr("%1 days before the due date, and every day once overdue")
                                    .replace("%1", days), objectName="reminderDays")
        form.addRow(self.tr("Reminder days:"), reminder_days)
        if ctx is not None:
            self._add_places(form, ctx)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never narrower than a path

    def _value(self, text: str, *, objectName: str, wrap: bool = True) -> QLabel:  # tests look it up by name
        label = QLabel(text)
        label.setObjectName(objectName)
        # A path has no break opportunities: a wrapped label in a form row then overlaps the next row.
        label.setWordWrap(wrap)
        label.setToolTip(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _add_places(self, form: QFormLayout, ctx) -> None:
        """Read-only: where the data, the backups and the signature images are (the user guide says how to
        change them)."""
        from ...services import backup_service
        from ...services.signing_service import SEAL_PNG, SIGNATURE_PNG

        data_folder = self._value(str(ctx.data_dir), objectName="dataFolder", wrap=False)
        form.addRow(self.tr("Data folder:"), data_folder)
        folder = backup_service.backup_folder_safe(ctx)
        try:
            count = len(backup_service.available_backups(ctx))
        except Exception:  # an unreadable backup folder: show the folder, not a traceback
            count = 0
        backups = self._value(self.tr("%1 (%2 backups)").replace("%1", str(folder)).replace("%2", str(count)),
                              objectName="backupFolder", wrap=False)
        form.addRow(self.tr("Backup folder:"), backups)
        images = ctx.data_dir / "signing"
        for caption, name, key in ((self.tr("Signature image:"), SIGNATURE_PNG, "signatureImage"),
                                   (self.tr("Seal image:"), SEAL_PNG, "sealImage")):
            path = images / name
            text = str(path) if path.is_file() else self.tr("not chosen (choose it in the signing dialog)")
            form.addRow(caption, self._value(text, objectName=key, wrap=not path.is_file()))

    def accept(self) -> None:
        self._settings.set(LANGUAGE, self.language_combo.currentData())
        self._settings.set(REMINDERS_ENABLED, self.reminders_check.isChecked())
        self._settings.sync()
        super().accept()
