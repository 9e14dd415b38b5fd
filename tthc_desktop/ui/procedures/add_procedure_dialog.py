"""Adding one procedure by hand: mã TTHC, name, field (from the catalogue's fields or new) and level."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.procedures import Level, Procedure
from ..widgets.app_dialog import AppDialog
from ..widgets.page_parts import ok_cancel


class AddProcedureDialog(AppDialog):
    def __init__(self, fields: list[str], parent: QWidget | None = None):
        super().__init__("addProcedureDialog", self.tr("Add a procedure"), parent)
        self.setMinimumWidth(480)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("procedureCode")
        self.code_edit.setPlaceholderText("1.001766")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("procedureName")
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("procedureField")
        self.field_combo.setEditable(True)
        self.field_combo.addItems(fields)
        self.field_combo.setCurrentIndex(-1)
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("procedureLevel")
        for level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.CENTRAL):
            self.level_combo.addItem(level.value, level.value)
        note = QLabel(self.tr("The times and costs are filled in the catalogue table afterwards."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Procedure code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Field:"), self.field_combo)
        form.addRow(self.tr("Level:"), self.level_combo)
        form.addRow(note)
        self.buttons = ok_cancel(self)
        form.addRow(self.buttons)
        for edit in (self.code_edit, self.name_edit):
            edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = bool(self.code_edit.text().strip() and self.name_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def procedure(self) -> Procedure:
        return Procedure(self.code_edit.text().strip(), " ".join(self.name_edit.text().split()),
                         field=" ".join(self.field_combo.currentText().split()),
                         level=Level(self.level_combo.currentData()))
