"""Small dialogs of the task detail panel: mark done, extension, progress update, due dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..widgets import file_dialogs
from ..widgets.date_field import DateField
from ..widgets.page_parts import named_label, ok_cancel, row_with
from ..widgets.remembered_geometry import RemembersGeometry

NO_DATE = date(2000, 1, 1)  # the minimum of an optional date edit means "no date"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None, *, optional: bool = False) -> DateField:
    return DateField(None if value == NO_DATE else value, optional=optional)


def optional_date(edit: DateField) -> date | None:
    return edit.value()


def task_caption(number: str, content: str, limit: int = 160) -> str:
    """"II.1 — Rà soát, đánh giá …": which task a dialog is about, shortened at a word."""
    text = " ".join(content.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return f"{number} — {text}" if number else text


class _Dialog(RemembersGeometry, QDialog):
    def __init__(self, title: str, parent: QWidget | None, task: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        # the task the dialog is about (the dialog may cover the list)
        self.task_label = named_label("dialogTask", task, wrap=True, style="font-weight:bold;")
        self.task_label.setVisible(bool(task))
        self.form = QFormLayout()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.task_label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """A typed date that is not a date keeps the dialog open, its message under the field."""
        for field in self.findChildren(DateField):
            if not field.commit_text():
                field.edit.setFocus()
                return
        super().accept()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class MarkDoneDialog(_Dialog):
    """Completion date (not in the future), the outcome (kết quả thực hiện) and the evidence document
    (số/ký hiệu, ngày, tệp) that proves it."""

    def __init__(self, today: date, outcome: str = "", parent: QWidget | None = None, *, task: str = ""):
        super().__init__(self.tr("Mark task done"), parent, task)
        self.date_edit = date_edit(today)
        self.date_edit.setMaximumDate(to_qdate(today))
        self.outcome_edit = QPlainTextEdit(outcome)
        self.outcome_edit.setPlaceholderText(self.tr("What was done, e.g. the document issued"))
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setObjectName("doneEvidenceNumber")
        self.evidence_edit.setPlaceholderText(self.tr("e.g. 88/BC-STP"))
        self.evidence_date_edit = date_edit(None, optional=True)
        self.attachment: Path | None = None
        self.file_label = QLabel(self.tr("(no file)"))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._on_choose_button_clicked)
        file_row = row_with(self.file_label, choose)
        self.form.addRow(self.tr("Completed on:"), self.date_edit)
        self.form.addRow(self.tr("Outcome:"), self.outcome_edit)
        self.form.addRow(self.tr("Evidence document number:"), self.evidence_edit)
        self.form.addRow(self.tr("Evidence document date:"), self.evidence_date_edit)
        self.form.addRow(self.tr("Attached file:"), file_row)

    def set_attachment(self, path: Path | None) -> None:
        self.attachment = path
        self.file_label.setText(path.name if path else self.tr("(no file)"))

    def _on_choose_button_clicked(self) -> None:
        name, _ = file_dialogs.get_open_file_name(self, self.tr("Choose the evidence file"))
        if name:
            self.set_attachment(Path(name))

    @property
    def evidence(self) -> dict:
        """The evidence as a progress update's fields; empty when none was given."""
        number, day = self.evidence_edit.text().strip(), optional_date(self.evidence_date_edit)
        if not (number or day or self.attachment):
            return {}
        return {"evidence_number": number, "evidence_date": day, "attachment": self.attachment}

    @property
    def values(self) -> dict:
        """The completion as MarkDoneCommand's arguments."""
        return {"completed_on": from_qdate(self.date_edit.date()), "outcome": self.outcome_edit.toPlainText()}


class ExtensionDialog(_Dialog):
    """New due date and the document that granted it; OK needs the document's số/ký hiệu."""

    def __init__(self, current_due: date | None, today: date, parent: QWidget | None = None, *, task: str = ""):
        super().__init__(self.tr("Record extension"), parent, task)
        start = current_due or today
        self.due_edit = date_edit(date.fromordinal(start.toordinal() + 30))
        if current_due:
            self.due_edit.setMinimumDate(to_qdate(date.fromordinal(current_due.toordinal() + 1)))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 45/QĐ-UBND"))
        self.doc_date_edit = date_edit(today)
        note = QLabel(self.tr("The original due date is kept: a task finished after it still counts as late."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("New due date:"), self.due_edit)
        self.form.addRow(self.tr("Document number:"), self.number_edit)
        self.form.addRow(self.tr("Document date:"), self.doc_date_edit)
        self.form.addRow(note)
        self.number_edit.textChanged.connect(self._on_number_edit_text_changed)
        self._on_number_edit_text_changed(self.number_edit.text())

    def _on_number_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    @property
    def values(self) -> dict:
        """The extension as ExtensionCommand's arguments."""
        return {"new_due": from_qdate(self.due_edit.date()), "document_number": self.number_edit.text(),
                "document_date": from_qdate(self.doc_date_edit.date())}


class ProgressUpdateDialog(_Dialog):
    """Date, note, percent, evidence document (số/ký hiệu, date) and an attached file."""

    def __init__(self, today: date, parent: QWidget | None = None, *, updated_on: date | None = None,
                 note: str = "", percent: int | None = None, evidence_number: str = "",
                 evidence_date: date | None = None, attachment_name: str = "", task: str = ""):
        super().__init__(self.tr("Progress update"), parent, task)
        self.date_edit = date_edit(updated_on or today)
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setPlaceholderText(self.tr("What has been done so far"))
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(-1, 100)
        self.percent_spin.setSpecialValueText("—")
        self.percent_spin.setSuffix(" %")
        self.percent_spin.setValue(-1 if percent is None else percent)
        self.evidence_edit = QLineEdit(evidence_number)
        self.evidence_edit.setPlaceholderText(self.tr("e.g. 88/BC-STP"))
        self.evidence_date_edit = date_edit(evidence_date or NO_DATE, optional=True)
        self.file_label = QLabel(attachment_name or self.tr("(no file)"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.clear_button = QPushButton(self.tr("Remove file"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.clear_button)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.form.addRow(self.tr("Progress note:"), self.note_edit)
        self.form.addRow(self.tr("Percent done:"), self.percent_spin)
        self.form.addRow(self.tr("Evidence document number:"), self.evidence_edit)
        self.form.addRow(self.tr("Evidence document date:"), self.evidence_date_edit)
        self.form.addRow(self.tr("Attached file:"), file_row)
        self.attachment: Path | None = None
        self.remove_attachment = False
        self.clear_button.setEnabled(bool(attachment_name))

    def set_attachment(self, path: Path | None) -> None:
        self.attachment = path
        self.remove_attachment = path is None
        self.file_label.setText(path.name if path else self.tr("(no file)"))
        self.clear_button.setEnabled(path is not None)

    def _on_choose_button_clicked(self) -> None:
        name, _ = file_dialogs.get_open_file_name(self, self.tr("Choose the evidence file"))
        if name:
            self.set_attachment(Path(name))

    def _on_clear_button_clicked(self) -> None:
        self.set_attachment(None)

    @property
    def values(self) -> dict:
        percent = self.percent_spin.value()
        return {
            "updated_on": from_qdate(self.date_edit.date()),
            "note": self.note_edit.toPlainText(),
            "percent": None if percent < 0 else percent,
            "evidence_number": self.evidence_edit.text(),
            "evidence_date": optional_date(self.evidence_date_edit),
        }


class DueDatesDialog(_Dialog):
    """Confirm, override or add due dates. Starts with the current original dates."""

    def __init__(self, dates: list[date], today: date, parent: QWidget | None = None):
        super().__init__(self.tr("Due dates"), parent)
        self.date_list = QListWidget()
        for d in sorted(dates):
            self._add_item(d)
        self.new_date_edit = date_edit(today)
        self.add_button = QPushButton(self.tr("Add date"))
        self.remove_button = QPushButton(self.tr("Remove date"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.new_date_edit)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.replace_radio = QRadioButton(self.tr("These are the task's due dates (confirm or replace)"))
        self.add_radio = QRadioButton(self.tr("Add these dates to the existing ones"))
        self.replace_radio.setChecked(True)
        self.form.addRow(self.tr("Dates:"), self.date_list)
        self.form.addRow("", row)
        self.form.addRow(self.replace_radio)
        self.form.addRow(self.add_radio)
        self.date_list.model().rowsInserted.connect(self._update_ok)
        self.date_list.model().rowsRemoved.connect(self._update_ok)
        self._update_ok()

    def _add_item(self, value: date) -> None:
        if value in self.dates:
            return
        item = QListWidgetItem(f"{value:%d/%m/%Y}")
        item.setData(Qt.ItemDataRole.UserRole, value.isoformat())
        self.date_list.addItem(item)

    def _on_add_button_clicked(self) -> None:
        self._add_item(from_qdate(self.new_date_edit.date()))

    def _on_remove_button_clicked(self) -> None:
        for item in self.date_list.selectedItems():
            self.date_list.takeItem(self.date_list.row(item))

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(self.date_list.count() > 0)

    @property
    def dates(self) -> list[date]:
        if not hasattr(self, "date_list"):
            return []
        return sorted(date.fromisoformat(self.date_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.date_list.count()))

    @property
    def replace(self) -> bool:
        return self.replace_radio.isChecked()
