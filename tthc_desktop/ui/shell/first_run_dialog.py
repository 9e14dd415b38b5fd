"""First-run and "Thông tin đơn vị" dialog: the unit's name, level and details, and the officer's name.

New setups choose among the two-level government's units (``OFFERED_LEVELS``): cấp huyện is never
offered. A unit still stored as cấp huyện opens with no level chosen and a note, so the officer picks
the new one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import OFFERED_LEVELS, Unit, UnitLevel
from ..widgets.app_dialog import AppDialog
from ..widgets.page_parts import ok_cancel
from .unit_details_form import UnitDetailsForm


class FirstRunDialog(AppDialog):
    """Asks who is using the app; OK stays disabled until both names and a current level are given."""

    def __init__(self, parent: QWidget | None = None, *, unit_name: str = "", level: UnitLevel | None = None,
                 officer: str = "", unit: Unit | None = None, first_run: bool = True):
        super().__init__("firstRunDialog", self.tr("Welcome to TTHC Desktop") if first_run else self.tr("Unit details"), parent)
        self.setMinimumWidth(560)
        if unit is not None:
            unit_name, level = unit_name or unit.name, level or unit.level
        intro = QLabel(self.tr("Tell us about your unit. You can change this later in Settings.") if first_run
                       else self.tr("Reports take their heading, number and recipients from these details."))
        intro.setWordWrap(True)
        self.unit_edit = QLineEdit(unit_name)
        self.unit_edit.setPlaceholderText(self.tr("e.g. Department of Justice of Dong Thap province"))
        self.level_combo = QComboBox()
        labels = {
            UnitLevel.DEPARTMENT: self.tr("Provincial department, board or agency (incl. Public Administration "
                                          "Service Centre)"),
            UnitLevel.PROVINCE: self.tr("Provincial People's Committee / its Office"),
            UnitLevel.COMMUNE: self.tr("People's Committee of a commune, ward or special zone"),
        }
        for lvl in OFFERED_LEVELS:
            self.level_combo.addItem(labels[lvl], lvl.value)
        self.level_note = QLabel(self.tr("District level no longer exists since 1 July 2025: choose the new level "
                                         "of your unit."))
        self.level_note.setObjectName("levelNote")
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color:#b00020;")
        self.level_note.setVisible(level is not None and level.is_obsolete)
        found = self.level_combo.findData(level.value) if level is not None else 0
        self.level_combo.setCurrentIndex(found)  # -1 (nothing chosen) for a cấp huyện unit
        self.officer_edit = QLineEdit(officer)
        form = QFormLayout()
        form.addRow(self.tr("Unit name:"), self.unit_edit)
        form.addRow(self.tr("Level:"), self.level_combo)
        form.addRow("", self.level_note)
        form.addRow(self.tr("Officer's name:"), self.officer_edit)
        self.details_form = UnitDetailsForm(unit)
        details_box = QGroupBox(self.tr("Report heading (can be filled in later)"))
        QVBoxLayout(details_box).addWidget(self.details_form)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(details_box)
        layout.addWidget(self.buttons)
        self.unit_edit.textChanged.connect(self._on_edit_text_changed)
        self.officer_edit.textChanged.connect(self._on_edit_text_changed)
        self.level_combo.currentIndexChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed()

    def _on_edit_text_changed(self) -> None:
        ok = bool(self.unit_edit.text().strip()) and bool(self.officer_edit.text().strip()) \
            and self.level_combo.currentIndex() >= 0
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

    def details(self) -> dict[str, str]:
        return self.details_form.details()

    def profile(self) -> dict:
        """What was entered, as services.unit_profile.save_profile takes it."""
        return {"unit_name": self.unit_name, "level": self.level, "officer": self.officer_name, **self.details()}
