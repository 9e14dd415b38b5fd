"""The "Hồ sơ đã nộp" page: signed submissions with their state (đã ký / đã gửi); re-verify (the
Vietnamese verification report), open the files, mark as sent (date, channel, document number;
undoable), open the package folder, manage trusted certificates, sign a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.events import DATABASE_REPLACED, SUBMISSIONS_CHANGED
from ...services.submission_package import PackageError, package_file_name, package_submission
from ...services.submissions_service import Submission, SubmissionsService, SubmissionState, trust_store_dir
from ...signing.errors import SigningError
from ..shell.page_host import HostedPage
from ..widgets import file_dialogs
from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import close_buttons, dialog_buttons
from ..widgets.date_field import DateField
from ..widgets.domain_labels import display_name
from ..widgets.operations import Operation
from ..widgets.rows_model import RowsModel, row_table
from ..widgets.vn_time import format_vn

SENT_GREEN = QColor("#1b7f3b")
SIGNED_BLUE = QColor("#1a4fa0")

if TYPE_CHECKING:
    from ...signing.verify import VerificationReport
    from ..shell.page_host import PageHost


def _date_vi(iso: str) -> str:
    if not iso:
        return ""
    try:
        value = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return format_vn(value) if "T" in iso else f"{value:%d/%m/%Y}"


def _period_vi(text: str) -> str:
    from ...domain.periods import parse_period

    try:
        return display_name(parse_period(text)) if text else ""
    except ValueError:
        return text


class SubmissionsModel(RowsModel):
    """Submissions, newest first; reset on SUBMISSIONS_CHANGED."""

    def __init__(self, repo, parent=None):  # the signing service's submissions register
        super().__init__(parent, source=repo.list)
        self.repo = repo

    def submission(self, row: int) -> Submission:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Document"), self.tr("Period"), self.tr("Signed by"), self.tr("Signed at"),
                self.tr("State"), self.tr("Sent"))

    def state_text(self, state: SubmissionState) -> str:
        return self.tr("Sent") if state is SubmissionState.SENT else self.tr("Signed")

    def cell(self, s: Submission, col: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return s.title
            if col == 1:
                return _period_vi(s.period)
            if col == 2:
                return s.signer_cn + (f" / {s.org_signer_cn}" if s.org_signer_cn else "")
            if col == 3:
                return _date_vi(s.signed_at)
            if col == 4:
                return self.state_text(s.state)
            if col == 5 and s.state is SubmissionState.SENT:
                parts = [_date_vi(s.sent_on), s.channel, s.document_number]
                return " · ".join(p for p in parts if p)
            return ""
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return SENT_GREEN if s.state is SubmissionState.SENT else SIGNED_BLUE
        return None


class MarkSentCommand(QUndoCommand):
    def __init__(self, repo, emit: Callable[[], None], submission_id: int,
                 sent_on: str, channel: str, number: str):
        super().__init__(QCoreApplication.translate("SubmissionsPage", "Mark submission sent"))
        self.repo, self.emit, self.sid = repo, emit, submission_id
        self.values = (sent_on, channel, number)

    def redo(self) -> None:
        sent_on, channel, number = self.values
        self.repo.mark_sent(self.sid, sent_on=sent_on, channel=channel, document_number=number)
        self.emit()

    def undo(self) -> None:
        self.repo.mark_signed(self.sid)
        self.emit()


class MarkSentDialog(AppDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("markSentDialog", self.tr("Mark as sent"), parent)
        self.date_edit = DateField(QDate.currentDate())
        self.channel_combo = QComboBox()
        self.channel_combo.setEditable(True)
        self.channel_combo.addItems([self.tr("Document management system"), self.tr("Inter-agency exchange"),
                                     self.tr("Official e-mail"), self.tr("Post")])
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 12/BC-STP"))
        form = QFormLayout(self)
        form.addRow(self.tr("Sent on:"), self.date_edit)
        form.addRow(self.tr("Channel:"), self.channel_combo)
        form.addRow(self.tr("Document number:"), self.number_edit)
        buttons = dialog_buttons(self, self.tr("OK"), cancel_text=self.tr("Cancel"))
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return (self.date_edit.date().toString("yyyy-MM-dd"), self.channel_combo.currentText().strip(),
                self.number_edit.text().strip())


class VerificationDialog(AppDialog):
    def __init__(self, report: VerificationReport, parent: QWidget | None = None):
        from ...services.signed_submission import report_lines  # with pyHanko, loaded by verify_current

        super().__init__("verificationDialog", self.tr("Signature verification"), parent)
        self.text = QPlainTextEdit("\n".join(report_lines(report)))
        self.text.setReadOnly(True)
        buttons = close_buttons(self, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(680, 420)


class SubmissionsPage(HostedPage):
    verified = Signal(object)  # VerificationReport

    def __init__(self, host: PageHost, parent: QWidget | None = None):
        super().__init__("submissions", host, parent)
        self.undo_stack = host.undo_stack
        self.service = SubmissionsService(self.ctx)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # replaced in tests
        self.show_dialogs = True
        title = QLabel(self.tr("Submissions"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.sentence = QLabel()
        self.sentence.setObjectName("pageSentence")
        self.sentence.setWordWrap(True)
        self.model = SubmissionsModel(self.service.repo, self)
        self.table = row_table(self.model, "submissionsTable", stretch=0, fit=True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.status = QLabel()
        self.status.setObjectName("submissionsStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("sign", self.tr("&Sign a PDF…"), self._on_sign_clicked),
            ("verify", self.tr("&Verify again"), self._on_verify_clicked),
            ("open", self.tr("&Open file"), self._on_open_clicked),
            ("sent", self.tr("&Mark as sent…"), self._on_sent_clicked),
            ("package", self.tr("&Build the package…"), self._on_package_clicked),
            ("folder", self.tr("Open &package folder"), self._on_folder_clicked),
            ("trust", self.tr("&Trusted certificates…"), self._on_trust_clicked),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.sentence)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._unsubscribe = [self.ctx.events.subscribe(SUBMISSIONS_CHANGED, self._on_submissions_changed),
                             self.ctx.events.subscribe(DATABASE_REPLACED, self._on_submissions_changed)]
        self.destroyed.connect(lambda *_: [u() for u in self._unsubscribe])
        self._update()

    # -- state ------------------------------------------------------------------------------------------
    def _on_submissions_changed(self, **_data) -> None:
        self.model.refresh()
        self._update()

    def _on_selection_changed(self, *_args) -> None:
        self._update()

    def _update(self) -> None:
        rows = [self.model.submission(r) for r in range(self.model.rowCount())]
        sent = sum(1 for s in rows if s.state is SubmissionState.SENT)
        if rows:
            self.sentence.setText(self.tr("%1 signed submissions: %2 not sent yet, %3 sent.")
                                  .replace("%1", str(len(rows))).replace("%2", str(len(rows) - sent))
                                  .replace("%3", str(sent)))
        else:
            self.sentence.setText(self.tr("No signed submission yet. Sign a report to see it here."))
        current = self.current()
        for key in ("verify", "open", "sent", "package"):
            self.buttons[key].setEnabled(current is not None)
        self.buttons["folder"].setEnabled(current is not None and bool(current.package_path or current.files))
        if current is not None:
            self.buttons["sent"].setEnabled(current.state is SubmissionState.SIGNED)

    def current(self) -> Submission | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.submission(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # -- actions ------------------------------------------------------------------------------------------
    def verify_current(self) -> VerificationReport | None:
        sub = self.current()
        if sub is None or sub.main_pdf is None:
            return None
        # the signing libraries (pyHanko, cryptography) load with the first verification, not with the page
        from ...signing.trust_store import TrustStore
        from ...signing.verify import verify_pdf

        roots = TrustStore(trust_store_dir(self.ctx.data_dir)).certificates()
        try:
            report = verify_pdf(sub.main_pdf.path, roots)
        except SigningError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(report.summary)
        self.verified.emit(report)
        if self.show_dialogs:
            VerificationDialog(report, self).exec()
        return report

    def _on_verify_clicked(self) -> None:
        self.verify_current()

    def _on_table_double_clicked(self, _index) -> None:
        self.open_current()

    def open_current(self) -> None:
        sub = self.current()
        if sub is not None and sub.main_pdf is not None:
            self._open(Path(sub.main_pdf.path))

    def _on_open_clicked(self) -> None:
        self.open_current()

    def _open(self, path: Path) -> None:
        if not path.exists():
            self.status.setText(self.tr("File not found: %1").replace("%1", str(path)))
            return
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self._cannot_open(path)

    def _cannot_open(self, path: Path) -> None:
        """The system found no program for the file or folder: say so, with the path to open by hand."""
        text = self.tr("The system could not open %1. Open it yourself from that location.").replace(
            "%1", str(path))
        self.status.setText(text)
        if getattr(self, "show_dialogs", True):
            QMessageBox.warning(self, self.tr("Cannot open"), text)

    def _on_folder_clicked(self) -> None:
        sub = self.current()
        if sub is None:
            return
        target = Path(sub.package_path) if sub.package_path else Path(sub.files[0].path)
        self._open(target.parent)

    def package_current(self, folder: Path | str | None = None) -> Operation | None:
        """"Đóng gói hồ sơ": the selected submission's files (PDF, Excel forms, signed manifest) zipped into
        *folder* (asked when None), on the database thread, by the service the CLI's ``package`` uses."""
        sub = self.current()
        if sub is None:
            return None
        if folder is None:
            start = str(Path(sub.main_pdf.path).parent) if sub.main_pdf else str(Path.home())
            folder = file_dialogs.get_existing_directory(self, self.tr("Folder for the package"), start)
            if not folder:
                return None
        out = Path(folder) / package_file_name(sub)
        if out.exists() and QMessageBox.question(
                self, self.tr("Replace the file?"),
                self.tr("The file %1 already exists. Replace it?").replace("%1", str(out)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return None
        ctx, sid, overwrite = self.ctx, sub.id, out.exists()
        op = Operation(self, lambda _op: package_submission(ctx, sid, out, overwrite=overwrite), ctx=ctx,
                       writes=True, expected=(PackageError, ValueError, OSError))
        op.with_progress(self.tr("Building the package…"), cancellable=False)
        op.failure(title=self.tr("Could not build the package"))
        op.success(lambda path: self.status.setText(self.tr("Package written: %1").replace("%1", str(path))))
        return op.run()

    def _on_package_clicked(self) -> None:
        self.package_current()

    def mark_sent(self, sent_on: str, channel: str, number: str) -> None:
        sub = self.current()
        if sub is None:
            return
        command = MarkSentCommand(self.service.repo, lambda: self.ctx.events.emit(SUBMISSIONS_CHANGED,
                                                                                  submission_ids={sub.id}),
                                  sub.id, sent_on, channel, number)
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    def _on_sent_clicked(self) -> None:
        dialog = MarkSentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_sent(*dialog.values())

    def _on_trust_clicked(self) -> None:
        from .trust_store_dialog import TrustStoreDialog

        TrustStoreDialog(trust_store_dir(self.ctx.data_dir), self).exec()

    def sign_dialog_for(self, pdf: Path):
        from ...services.signing_service import SigningService
        from .sign_dialog import SignDialog

        out = pdf.with_name(f"{pdf.stem}_da_ky.pdf")
        return SignDialog(SigningService(self.ctx), pdf, out, title=pdf.stem, parent=self)

    def _on_sign_clicked(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("PDF to sign"), "", self.tr("PDF files (*.pdf)"))
        if path:
            dialog = self.sign_dialog_for(Path(path))
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome and dialog.outcome.warnings:
                # Signed, but the certificate deserves a word (self-signed: recipients will not trust it).
                QMessageBox.warning(self, self.tr("Signed, with a warning"), "\n".join(dialog.outcome.warnings))
