"""Parts of the report editor: the field form (one widget per template field, heading block and the template's
own), the box of one narrative section, and the model of the saved versions.

Values go in and out as the service stores them: text, ISO dates ("" when empty), int numbers (the raw
text when it is not a number, so validation can name the problem), lists of lines for "Nơi nhận".
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.reductions import format_number
from ...reports.templates import FieldSpec
from ...services.report_service import Revision
from ..widgets.date_field import DateField
from ..widgets.page_parts import bold_label
from ..widgets.rows_model import RowsModel
from ..widgets.vn_time import format_vn
from .section_text_edit import SectionTextEdit

_Index = QModelIndex | QPersistentModelIndex
WARNING_COLOUR = "#e65100"


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
            edit = DateField(optional=True)  # a missing required date is reported by the form
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
            if isinstance(widget, DateField):
                try:
                    day = date.fromisoformat(str(value)[:10]) if value else None
                except ValueError:
                    day = None
                widget.setDate(day)
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
            if isinstance(widget, DateField):
                d = widget.date()
                out[spec.key] = "" if not d.isValid() else date(d.year(), d.month(), d.day()).isoformat()
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


def format_saved_at(text: str) -> str:
    try:
        return format_vn(datetime.fromisoformat(text), "%d/%m/%Y %H:%M:%S")
    except ValueError:
        return text


class RevisionModel(RowsModel):
    """The saved versions of one report (``rows``: Revision), newest first: when and why."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Saved at"), self.tr("Note"))

    def cell(self, rev: Revision, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return format_saved_at(rev.saved_at) if column == 0 else rev.note
        if role == Qt.ItemDataRole.UserRole:
            return rev.id
        return None


class SectionBox(QFrame):
    """One narrative section: heading, text, "reset to data" (auto sections) and its markers."""

    def __init__(self, key: str, title: str, auto: bool, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"section_{key}")
        self.title = bold_label(title, wrap=True)
        self.kind_label = QLabel(self.tr("filled from the data") if auto else self.tr("written by you"))
        self.kind_label.setStyleSheet("color:#757575;")
        self.edit = SectionTextEdit()  # "## " sub-headings shown bold, without the marker
        self.edit.setObjectName(f"sectionEdit_{key}")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumHeight(170 if auto else 90)
        self.reset_button = QPushButton(self.tr("Reset to data"))
        self.reset_button.setObjectName(f"reset_{key}")
        self.reset_button.setToolTip(self.tr("Replace this text with the one written from the current figures"))
        self.reset_button.setVisible(auto)
        self.stale_label = QLabel(self.tr("⚠ Differs from the current data (edited, or the figures changed)"))
        self.stale_label.setStyleSheet(f"color:{WARNING_COLOUR};")
        self.stale_label.hide()
        self.same_label = QLabel(self.tr("⚠ Same as last period's report: did only the dates change?"))
        self.same_label.setStyleSheet(f"color:{WARNING_COLOUR}; font-weight:bold;")
        self.same_label.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.kind_label)
        head.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(head)
        layout.addWidget(self.edit)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.same_label)
