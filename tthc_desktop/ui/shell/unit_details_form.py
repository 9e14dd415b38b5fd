"""The unit's own details used by report headings: cơ quan chủ quản, địa danh, ký hiệu, signer, recipients.

Shared by the first-run dialog and the "Thông tin đơn vị" dialog; ``details()`` gives the keyword
arguments of ``UnitRepository.save_own_unit``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ...domain.entities import Unit
from ...services.unit_profile import AUTHORITY_SUGGESTIONS


class UnitDetailsForm(QWidget):
    """Line edits for the heading details; empty fields fall back to what the report can guess."""

    def __init__(self, unit: Unit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unitDetailsForm")
        self.parent_edit = QLineEdit()
        self.parent_edit.setPlaceholderText(self.tr("e.g. Dong Thap Provincial People's Committee"))
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Dong Thap"))
        self.abbr_edit = QLineEdit()
        self.abbr_edit.setPlaceholderText(self.tr("e.g. STP (reports are numbered …/BC-STP)"))
        self.signer_edit = QLineEdit()
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("e.g. Director"))
        self.authority_combo = QComboBox()  # editable: "KT. GIÁM ĐỐC", "TL. CHÁNH VĂN PHÒNG"…
        self.authority_combo.setEditable(True)
        self.authority_combo.addItems(AUTHORITY_SUGGESTIONS)  # document text: Vietnamese in every UI language
        self.authority_combo.lineEdit().setPlaceholderText(self.tr("empty when the head signs; e.g. KT. DIRECTOR"))
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setPlaceholderText(self.tr("One recipient per line, e.g. Department of Justice"))
        self.recipients_edit.setFixedHeight(70)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Governing body:"), self.parent_edit)
        form.addRow(self.tr("Place name:"), self.place_edit)
        form.addRow(self.tr("Abbreviation:"), self.abbr_edit)
        form.addRow(self.tr("Usual signer:"), self.signer_edit)
        form.addRow(self.tr("Signer's position:"), self.position_edit)
        form.addRow(self.tr("Signing authority:"), self.authority_combo)
        form.addRow(self.tr("Default recipients:"), self.recipients_edit)
        if unit is not None:
            self.set_unit(unit)

    def set_unit(self, unit: Unit) -> None:
        self.parent_edit.setText(unit.parent_name)
        self.place_edit.setText(unit.place)
        self.abbr_edit.setText(unit.abbr)
        self.signer_edit.setText(unit.signer)
        self.position_edit.setText(unit.position)
        self.authority_combo.setCurrentText(unit.authority)
        self.recipients_edit.setPlainText(unit.recipients)

    def details(self) -> dict[str, str]:
        return {
            "parent_name": self.parent_edit.text(), "place": self.place_edit.text(),
            "abbr": self.abbr_edit.text().strip().upper(), "signer": self.signer_edit.text(),
            "position": self.position_edit.text(), "authority": self.authority_combo.currentText().strip().upper(),
            "recipients": self.recipients_edit.toPlainText(),
        }
