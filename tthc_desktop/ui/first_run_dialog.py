"""First-run dialog: the unit's name and level and the officer's name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import UnitLevel


class FirstRunDialog(QDialog):
    """Asks who is using the app; OK stays disabled until both names are filled."""

    def __init__(self, parent: QWidget | None = None, *, unit_name: str = "", level: UnitLevel | None = None,
                 officer: str = ""):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to TTHC Desktop"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Tell us about your unit. You can change this later in Settings."))
        intro.setWordWrap(True)
        self.unit_edit = QLineEdit(unit_name)
        self.unit_edit.setPlaceholderText(self.tr("e.g. Department of Justice of Tien Giang province"))
        self.level_combo = QComboBox()
        for lvl, text in (
            (UnitLevel.DEPARTMENT, self.tr("Provincial department, board or agency")),
            (UnitLevel.DISTRICT, self.tr("District People's Committee")),
            (UnitLevel.COMMUNE, self.tr("Commune People's Committee")),
        ):
            self.level_combo.addItem(text, lvl.value)
        if level is not None:
            self.level_combo.setCurrentIndex(self.level_combo.findData(level.value))
        self.officer_edit = QLineEdit(officer)
        form = QFormLayout()
        form.addRow(self.tr("Unit name:"), self.unit_edit)
        form.addRow(self.tr("Level:"), self.level_combo)
        form.addRow(self.tr("Officer's name:"), self.officer_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.unit_edit.textChanged.connect(self._on_edit_text_changed)
        self.officer_edit.textChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed()

    def _on_edit_text_changed(self) -> None:
        ok = bool(self.unit_edit.text().strip()) and bool(self.officer_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @property
    def unit_name(self) -> str:
        return " ".join(self.unit_edit.text().split())

    @property
    def level(self) -> UnitLevel:
        return UnitLevel(self.level_combo.currentData())

    @property
    def officer_name(self) -> str:
        return " ".join(self.officer_edit.text().split())
