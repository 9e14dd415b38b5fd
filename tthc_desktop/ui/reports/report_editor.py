"""The report editor: heading fields, narrative sections, live validation, autosave with revisions,
carry-forward highlights, export to PDF + Excel (off the UI thread) with a preview, and printing.

It edits a ``ReportDraft`` of ``services.report_service`` (a periodic report or a Thư xin lỗi). Every
edit updates the draft, re-validates, and restarts a 2-second timer that saves it as a revision
("tự động lưu"). Undo while typing is the text widgets' own.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.outline_service import OutlineService, outline_ends, outline_of_draft, set_outline
from ...services.report_service import BuildResult, Issue, ReportDraft, ReportService, ReportState
from ..shell.settings import REPORTS_EXPORT_DIR
from ..widgets import file_dialogs
from ..widgets.buttons import push_button
from ..widgets.domain_labels import display_name
from ..widgets.page_parts import bold_label, enlarge, hbox, named_label, row_with, scroll_area, split
from ..widgets.pdf_preview import PdfOpenError, PdfPreview
from ..widgets.printing import PrintError, print_pdf, print_pdf_with_dialog
from ..widgets.rows_model import row_table
from . import report_export
from .outline_editor import OutlineEditor
from .period_freeze_bar import PeriodFreezeBar
from .report_fields import WARNING_COLOUR, FieldForm, RevisionModel, SectionBox, format_value
from .report_preview_tab import install_preview_on_open

_Index = QModelIndex | QPersistentModelIndex
AUTOSAVE_MS = 2000
AUTOSAVE_NOTE = "tự động lưu"
ERROR_COLOUR, CHANGED_BG = "#c62828", "#fff59d"


class ReportEditor(QWidget):
    """Edits one draft; ``saved(report_id)`` after each save, ``built(BuildResult)`` after an export."""

    saved = Signal(int)
    built = Signal(object)

    def __init__(self, service: ReportService, settings=None, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self.setObjectName("reportEditor")
        self.service = service
        self.settings = settings
        self._undo_stack = undo_stack  # the window's, so outline edits undo with Ctrl+Z like the rest
        self.draft: ReportDraft | None = None
        self.issues: list[Issue] = []
        self.last_result: BuildResult | None = None
        self.export_op = None  # the running (or last) build, an Operation
        self._built_clean = False  # the last built PDF matches the draft
        self.form: FieldForm | None = None
        self.sections: dict[str, SectionBox] = {}
        self._shown_sections: list[tuple[str, str | None]] = []
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._on_autosave_timer_timeout)
        self._build()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = enlarge(named_label("reportTitle", wrap=True), 1.25)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("reportState")
        for state in ReportState:
            self.state_combo.addItem(display_name(state), state.value)
        self.state_combo.activated.connect(self._on_state_combo_activated)
        self.export_button = push_button(self.tr("Export PDF && Excel…"), "exportButton", self.export,
                                         self.tr("Write the report as PDF and its Excel forms (Ctrl+Shift+E)"))
        self.docx_button = push_button(self.tr("Export Word…"), "docxButton", self.export_docx,
                                       self.tr("Write the report as a Word document laid out like the PDF"))
        self.sign_button = push_button(self.tr("Sign digitally…"), "reportSignButton", self.sign,
                                       self.tr("Sign the PDF just exported, with its Excel forms"))
        self.sign_button.setEnabled(False)  # until an export (with its Excel files) succeeded
        self.print_button = push_button(self.tr("Print…"), "printButton", self.print_report,
                                        self.tr("Print the report (Ctrl+P)"))
        self.province_form_button = push_button(
            self.tr("Fill the province's form…"), "provinceFormButton", self.fill_province_form,
            self.tr("Write this period's figures into the province's own .xlsx, leaving the rest of it as it is"))
        self.status_label = named_label("saveStatus", style="color:#616161;")
        self.open_folder_button = push_button(self.tr("Open folder"), "openFolderButton",
                                              self._on_open_folder_button_clicked)
        self.open_folder_button.hide()
        # the title and state on one row, the actions under them: in one row the editor was wider than a
        # 1366-pixel laptop screen leaves it
        top = QVBoxLayout()
        top.addLayout(hbox((self.title_label, 1), QLabel(self.tr("State:")), self.state_combo))
        top.addLayout(hbox(self.export_button, self.docx_button, self.sign_button, self.print_button,
                           self.province_form_button, None))

        self.form_holder = QVBoxLayout()
        self.sections_holder = QVBoxLayout()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(bold_label(self.tr("Heading and signature block"), size_pt=11))
        body_layout.addLayout(self.form_holder)
        body_layout.addSpacing(8)
        body_layout.addWidget(bold_label(self.tr("Content"), size_pt=11))
        body_layout.addLayout(self.sections_holder)
        body_layout.addStretch(1)
        self.scroll = scroll_area(body)

        self.issue_list = QListWidget()
        self.issue_list.setObjectName("issueList")
        self.issue_list.setWordWrap(True)
        self.issue_list.itemClicked.connect(self._on_issue_list_item_clicked)
        self.issue_title = bold_label()
        self.changes_title = bold_label(self.tr("Figures changed since last period"), wrap=True)
        self.changes_list = QListWidget()
        self.changes_list.setObjectName("changesList")
        self.changes_list.setWordWrap(True)
        self.revision_model = RevisionModel(self)
        self.revision_view = row_table(self.revision_model, "revisionView", fit=True)
        self.restore_button = push_button(
            self.tr("Restore"), "restoreButton", self._on_restore_button_clicked,
            self.tr("Bring back the selected version (the current text stays in the history)"))
        side = QWidget()
        side.setMinimumWidth(220)
        side.setMaximumWidth(340)  # the text being written keeps most of the width
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.issue_title)
        side_layout.addWidget(self.issue_list, 2)
        side_layout.addWidget(self.changes_title)
        side_layout.addWidget(self.changes_list, 2)
        side_layout.addWidget(bold_label(self.tr("Saved versions")))
        side_layout.addWidget(self.revision_view, 2)
        side_layout.addWidget(self.restore_button)
        splitter = split(self.scroll, side, stretch=(3, 1))
        self.preview = PdfPreview()
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Edit"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.outline_editor = OutlineEditor(OutlineService(self.service.ctx), self._undo_stack)  # #20: the report's own outline
        self.outline_editor.changed.connect(self._on_outline_changed)
        self.tabs.addTab(self.outline_editor, self.tr("Outline"))
        install_preview_on_open(self)  # "Xem trước" builds its PDF when opened
        status = row_with(self.status_label, self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        self.freeze_bar = PeriodFreezeBar(self.service.ctx)
        self.freeze_bar.changed.connect(self._on_figures_frozen)
        layout.addWidget(self.freeze_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(status)

    def _section_title(self, key: str, heading: str | None) -> str:
        if heading:
            return heading
        return {"intro": self.tr("Opening paragraph"), "closing": self.tr("Closing paragraph"),
                "body": self.tr("Letter body"), "extra": self.tr("Additional content")}.get(key, key)

    def _build_template_widgets(self, draft: ReportDraft) -> None:
        """Field form and section boxes for the draft's template (kept while the template stays the same)."""
        if self.form is not None and self.form.specs == draft.template.all_fields and \
                self._shown_sections == [(s.key, s.heading) for s in draft.template.sections]:
            return
        if self.form is not None:
            self.form.deleteLater()
        for box in self.sections.values():
            box.deleteLater()
        self.form = FieldForm(draft.template.all_fields)
        self.form.edited.connect(self._on_form_edited)
        self.form_holder.addWidget(self.form)
        self.sections = {}
        self._shown_sections = [(s.key, s.heading) for s in draft.template.sections]
        for spec in draft.template.sections:
            box = SectionBox(spec.key, self._section_title(spec.key, spec.heading), spec.is_auto, spec.placeholder)
            box.edit.textChanged.connect(self._on_section_text_changed)
            box.reset_button.clicked.connect(lambda _=False, k=spec.key: self.reset_section(k))
            self.sections_holder.addWidget(box)
            self.sections[spec.key] = box

    # -- loading ----------------------------------------------------------------------------
    def set_draft(self, draft: ReportDraft) -> None:
        """Show *draft* (saving the one being edited first)."""
        self.flush()
        self.draft = draft
        self._built_clean = False
        self.sign_button.setEnabled(False)  # signing an out-of-date PDF would mislead
        self.last_result = None
        self.open_folder_button.hide()
        self._build_template_widgets(draft)
        self.form.set_values(draft.fields)
        self.outline_editor.set_outline(outline_of_draft(draft), owner=draft.report_id, ends=outline_ends(draft))
        self.tabs.setTabVisible(self.tabs.indexOf(self.outline_editor), bool(draft.template.kinds))  # a letter has no outline to edit
        for key, box in self.sections.items():
            box.edit.blockSignals(True)
            box.edit.setPlainText(draft.sections.get(key, ""))
            box.edit.blockSignals(False)
        self.state_combo.setCurrentIndex(self.state_combo.findData(draft.state.value))
        self._show_title()
        self.freeze_bar.set_period(draft.period)
        self._show_changes()
        self._refresh_revisions()
        self.revalidate()
        self.tabs.setCurrentIndex(0)
        self.status_label.setText("")

    def _show_title(self) -> None:
        d = self.draft
        if d.period is not None:
            text = f"{d.template.doc_type.capitalize()} — {display_name(d.period)}"
        else:
            text = f"{d.template.name} — {d.fields.get('case_code') or ''}".strip(" —")
        self.title_label.setText(text)

    def _show_changes(self) -> None:
        d = self.draft
        self.changes_list.clear()
        visible = d.previous is not None
        self.changes_title.setVisible(visible)
        self.changes_list.setVisible(visible)
        if not visible:
            return
        self.changes_title.setText(self.tr("Carried forward from %1; figures changed since then: %2")
                                   .replace("%1", display_name(d.previous.period) if d.previous.period else "")
                                   .replace("%2", str(len(d.changes))))
        for change in d.changes:
            item = QListWidgetItem(f"{change.label}: {format_value(change.old)} → {format_value(change.new)}")
            item.setBackground(QBrush(QColor(CHANGED_BG)))
            item.setData(Qt.ItemDataRole.UserRole, change.key)
            self.changes_list.addItem(item)
        if not d.changes:
            self.changes_list.addItem(self.tr("No figure changed."))

    def _refresh_revisions(self) -> None:
        d = self.draft
        self.revision_model.reset_rows(self.service.revisions(d.report_id) if d and d.report_id else [])

    # -- editing ----------------------------------------------------------------------------
    def _on_form_edited(self) -> None:
        self._edited()

    def _on_section_text_changed(self) -> None:
        self._edited()

    def _edited(self) -> None:
        if self.draft is None:
            return
        self._sync_from_widgets()
        self._built_clean = False
        self.sign_button.setEnabled(False)  # signing an out-of-date PDF would mislead
        self.revalidate()
        self.autosave_timer.start()
        self.status_label.setText(self.tr("Unsaved changes…"))

    def _sync_from_widgets(self) -> None:
        self.draft.fields.update(self.form.values())
        for key, box in self.sections.items():
            self.draft.sections[key] = box.edit.toPlainText()

    def _on_outline_changed(self, nodes: list) -> None:
        """The outline panel changed the sections: re-lay the section boxes, keeping the texts."""
        if self.draft is None:
            return
        self._sync_from_widgets()
        set_outline(self.service, self.draft, nodes, self.outline_editor.ends)
        self._build_template_widgets(self.draft)
        self.form.set_values(self.draft.fields)  # a rebuilt form starts empty: the heading block must not be wiped
        for key, box in self.sections.items():
            box.edit.blockSignals(True)
            box.edit.setPlainText(self.draft.sections.get(key, ""))
            box.edit.blockSignals(False)
        self._edited()

    def reset_section(self, key: str) -> None:
        """Put the text written from the current data back into section *key* (undoable with Ctrl+Z)."""
        text = self.service.reset_section(self.draft, key)
        self.sections[key].edit.replace_document(text)  # one undo step, through the box's own undo

    def revalidate(self) -> list[Issue]:
        d = self.draft
        self.issues = self.service.validate(d)
        self.issue_list.clear()
        for issue in self.issues:
            prefix = self.tr("Error") if issue.level == "error" else self.tr("Warning")
            item = QListWidgetItem(f"{prefix}: {issue.message}")
            item.setForeground(QBrush(QColor(ERROR_COLOUR if issue.level == "error" else WARNING_COLOUR)))
            item.setData(Qt.ItemDataRole.UserRole, issue.target)
            self.issue_list.addItem(item)
        errors = sum(1 for i in self.issues if i.level == "error")
        if self.issues:
            self.issue_title.setText(self.tr("Checks: %1 errors, %2 warnings").replace("%1", str(errors))
                                     .replace("%2", str(len(self.issues) - errors)))
        else:
            self.issue_title.setText(self.tr("Checks: nothing to fix"))
        stale = set(self.service.stale_sections(d))
        same = {key for key, _title in self.service.identical_to_previous(d)}
        for key, box in self.sections.items():
            box.stale_label.setVisible(key in stale)
            box.same_label.setVisible(key in same)
        return self.issues

    def _on_issue_list_item_clicked(self, item: QListWidgetItem) -> None:
        self.focus_target(item.data(Qt.ItemDataRole.UserRole))

    def focus_target(self, target: str) -> QWidget | None:
        """Scroll to and focus the field or section an issue is about."""
        widget = None
        if self.form is not None and target in self.form.widgets:
            widget = self.form.widgets[target]
        elif target in self.sections:
            widget = self.sections[target].edit
        if widget is not None:
            self.tabs.setCurrentIndex(0)
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # -- saving -----------------------------------------------------------------------------
    def _on_autosave_timer_timeout(self) -> None:
        self.save(AUTOSAVE_NOTE)

    def save(self, note: str = "") -> int | None:
        """Store the draft now (a revision when something changed)."""
        self.autosave_timer.stop()
        if self.draft is None:
            return None
        self._sync_from_widgets()
        revision = self.service.save(self.draft, note=note)
        self._refresh_revisions()
        now = datetime.now()
        if note == AUTOSAVE_NOTE:
            self.status_label.setText(self.tr("Saved automatically at %1").replace("%1", f"{now:%H:%M:%S}"))
        else:
            self.status_label.setText(self.tr("Saved at %1").replace("%1", f"{now:%H:%M:%S}"))
        self.saved.emit(self.draft.report_id)
        return revision

    def flush(self) -> None:
        """Save pending edits at once (before switching report, closing or exporting)."""
        if self.autosave_timer.isActive():
            self.save(AUTOSAVE_NOTE)

    def hideEvent(self, event) -> None:
        self.flush()  # switching page or closing the window never loses the last edits
        super().hideEvent(event)

    def _on_restore_button_clicked(self) -> None:
        rows = self.revision_view.selectionModel().selectedRows()
        if rows:
            self.restore(self.revision_model.rows[rows[0].row()].id)

    def restore(self, revision_id: int) -> None:
        self.flush()
        draft = self.service.restore(self.draft.report_id, revision_id)
        self.set_draft(draft)
        self.status_label.setText(self.tr("Version restored; the text before it is kept in the history."))

    def _on_state_combo_activated(self, index: int) -> None:
        if self.draft is None or self.draft.report_id is None:
            return
        state = ReportState(self.state_combo.itemData(index))
        self.flush()
        self.service.set_state(self.draft.report_id, state)
        self.draft.state = state

    # -- export, preview, print -------------------------------------------------------------
    def choose_folder(self) -> Path | None:
        start = (self.settings.get(REPORTS_EXPORT_DIR) if self.settings else "") or str(Path.home())
        folder = file_dialogs.get_existing_directory(self, self.tr("Folder for the PDF and Excel files"), start)
        return Path(folder) if folder else None

    def confirm_replace(self, folder: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the files?"),
            self.tr("The folder %1 already has files of this report. Replace them?").replace("%1", str(folder)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export(self, out_dir: str | Path | None = None, *, xlsx: bool = True):
        """Save, then write the PDF and Excel files into *out_dir* (asked when None) and show the preview;
        the running Operation (None when refused)."""
        return report_export.export(self, out_dir, xlsx=xlsx)

    def export_docx(self, path: str | Path | None = None):
        """Save, then write the report as .docx to *path* (asked when None); the running Operation."""
        return report_export.export_docx(self, path)

    def sign(self):
        """"Ký số…": the sign dialog on the last build, opened (returned for tests)."""
        dialog = report_export.sign_dialog(self)
        if dialog is not None:
            dialog.open()
        return dialog

    def _on_figures_frozen(self) -> None:
        if self.draft is not None and self.draft.period is not None:  # the frozen set is now the data
            self.draft.data = self.service.gather(self.draft.period, self.service.unit_name(self.draft.fields))
            self.revalidate()

    def fill_province_form(self, template: Path | None = None, out: Path | None = None):
        """The province's .xlsx filled with this period's figures; returns the result dialog (or None)."""
        from .province_form_dialog import fill_province_form

        if self.draft is None or self.draft.period is None:
            return None
        return fill_province_form(self, self.service.ctx, self.draft.period, template=template, out=out)

    def _on_open_folder_button_clicked(self) -> None:
        if self.last_result is not None:
            folder = self.last_result.pdf.parent
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
                self.status_label.setText(self.tr("The system could not open %1.").replace("%1", str(folder)))

    def print_report(self, printer: QPrinter | None = None) -> int:
        """Print the report (built first into a temporary folder when the last export is out of date)."""
        return report_export.print_report(self, printer)
        if not self._built_clean or self.last_result is None:
            if self.export(Path(tempfile.mkdtemp(prefix="tthc_in_")), xlsx=False) is None:
                return 0
        path = self.last_result.pdf
        try:
            if printer is not None:
                return print_pdf(path, printer)
            return print_pdf_with_dialog(self, path, self.last_result.page_count)
        except (PdfOpenError, PrintError) as exc:
            QMessageBox.critical(self, self.tr("Could not print the report"), str(exc))
            return 0
