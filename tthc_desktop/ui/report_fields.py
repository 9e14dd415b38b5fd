"""The field form of a report or letter: one widget per template field (heading block and the template's own).

Values go in and out as the service stores them: text, ISO dates ("" when empty), int numbers (the raw
text when it is not a number, so validation can name the problem), lists of lines for "Nơi nhận".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..domain.reductions import format_number
from ..reports.templates import FieldSpec

EMPTY_DATE = QDate(2000, 1, 1)  # shown blank: the minimum of the date edits means "not entered"


def format_value(value: Any) -> str:
    """A figure for people: 1.234 and 54,9; "—" when there was none."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | Decimal):
        return format_number(value, 1)
    if isinstance(value, float):
        return format_number(Decimal(str(value)), 1)
    return str(value)


class FieldForm(QWidget):
    """A QFormLayout of the fields of one template; ``edited`` after every change the user makes."""

    edited = Signal()

    def __init__(self, specs: tuple[FieldSpec, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = specs
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._widget(spec)
            widget.setObjectName(f"field_{spec.key}")
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(widget)
            self.widgets[spec.key] = widget
            self.labels[spec.key] = label
            layout.addRow(label, widget)

    def _widget(self, spec: FieldSpec) -> QWidget:
        if spec.type == "date":
            edit = QDateEdit()
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setMinimumDate(EMPTY_DATE)
            edit.setSpecialValueText(" ")
            edit.dateChanged.connect(self.edited)
            return edit
        if spec.type in ("lines", "multiline"):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(84 if spec.type == "lines" else 64)
            if spec.type == "lines":
                edit.setPlaceholderText(self.tr("One recipient per line"))
            edit.textChanged.connect(self.edited)
            return edit
        edit = QLineEdit()
        if spec.type == "int":
            edit.setMaximumWidth(120)
        edit.textEdited.connect(self.edited)
        return edit

    def set_values(self, values: dict[str, Any]) -> None:
        for spec in self.specs:
            widget, value = self.widgets[spec.key], values.get(spec.key)
            widget.blockSignals(True)
            if isinstance(widget, QDateEdit):
                try:
                    day = date.fromisoformat(str(value)[:10]) if value else None
                except ValueError:
                    day = None
                widget.setDate(QDate(day.year, day.month, day.day) if day else EMPTY_DATE)
            elif isinstance(widget, QPlainTextEdit):
                text = "\n".join(str(v) for v in value) if isinstance(value, list) else str(value or "")
                if widget.toPlainText() != text:
                    widget.setPlainText(text)
            elif isinstance(widget, QLineEdit):
                text = "" if value is None else str(value)
                if widget.text() != text:
                    widget.setText(text)
                    widget.setCursorPosition(0)  # show the start of a long trích yếu
            widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.widgets[spec.key]
            if isinstance(widget, QDateEdit):
                d = widget.date()
                out[spec.key] = "" if d == EMPTY_DATE else date(d.year(), d.month(), d.day()).isoformat()
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                if spec.type == "lines":
                    out[spec.key] = [line.strip() for line in text.splitlines() if line.strip()]
                else:
                    out[spec.key] = text.strip()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                if spec.type == "int":
                    out[spec.key] = int(text) if text.isdigit() else (text or None)
                else:
                    out[spec.key] = text
        return out
