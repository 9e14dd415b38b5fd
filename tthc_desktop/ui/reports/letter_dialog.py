"""The "Thư xin lỗi" dialog: the overdue case file's details; creating the letter opens it in the editor,
where the heading block (remembered from earlier reports) and the text can be checked before export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from ...services.report_service import APOLOGY, ReportDraft, ReportService
from ..widgets.buttons import accept_button, dialog_buttons
from ..widgets.remembered_geometry import RemembersGeometry
from .report_fields import FieldForm


class LetterDialog(RemembersGeometry, QDialog):
    """Fields of the letter; ``created(draft)`` once it is saved."""

    created = Signal(object)

    def __init__(self, service: ReportService, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Apology letter for a late case file"))
        self.service = service
        self.today = today or date.today()
        self.template = service.templates.load(APOLOGY)
        intro = QLabel(self.tr("A letter is required for every case file returned late. Fill in the case file; "
                               "the heading and signer are taken from your last report."))
        intro.setWordWrap(True)
        self.form = FieldForm(self.template.fields)
        self.form.set_values({})
        self.form.edited.connect(self._on_form_edited)
        self.issue_list = QListWidget()
        self.issue_list.setObjectName("letterIssues")
        self.issue_list.setMaximumHeight(90)
        self.buttons = dialog_buttons(self, self.tr("Create letter"), cancel_text=self.tr("Cancel"))
        self.ok_button = accept_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.issue_list)
        layout.addWidget(self.buttons)
        self.resize(560, 560)
        self._on_form_edited()

    def draft(self) -> ReportDraft:
        return self.service.new_letter(self.form.values(), today=self.today)

    def problems(self) -> list[str]:
        """Problems with the case-file fields (the heading is checked in the editor)."""
        own = {f.key for f in self.template.fields}
        return [i.message for i in self.service.validate(self.draft()) if i.level == "error" and i.target in own]

    def _on_form_edited(self) -> None:
        problems = self.problems()
        self.issue_list.clear()
        self.issue_list.addItems(problems)
        self.ok_button.setEnabled(not problems)

    def accept(self) -> None:
        if self.problems():
            return
        draft = self.draft()
        self.service.save(draft, note="Tạo thư xin lỗi")
        self.created.emit(draft)
        super().accept()
