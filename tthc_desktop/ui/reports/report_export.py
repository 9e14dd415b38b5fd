"""The report editor's outputs, each an Operation (ui/widgets/operations.py): the PDF and Excel files, the Word
file, printing, and "Ký số…" on what was just built (report → sign → "Hồ sơ đã nộp").

A build writes the report's register on the database thread; the editor shows the preview and enables
"Ký số…" when it succeeded. Methods return the running Operation (None when refused before any work).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...reports.templates import TemplateError
from ...services.output_paths import OutputPathError
from ...services.report_service import BuildResult, ReportState
from ..shell.settings import REPORTS_EXPORT_DIR
from ..widgets import file_dialogs
from ..widgets.operations import Operation
from ..widgets.pdf_preview import PdfOpenError
from ..widgets.printing import PrintError, print_pdf, print_pdf_with_dialog

EXPECTED = (TemplateError, ValueError, OSError)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportEditor", text)


def _refuse_incomplete(editor) -> bool:
    """Save, then True (after saying why) when the draft cannot be exported."""
    editor.flush()
    errors = [i.message for i in editor.service.validate(editor.draft) if i.level == "error"]
    if errors:
        QMessageBox.warning(editor, QCoreApplication.translate("ReportEditor", "The report is not complete"),
                            QCoreApplication.translate("ReportEditor", "Fix these before exporting:") + "\n- " + "\n- ".join(errors))
    return bool(errors)


def export(editor, out_dir: str | Path | None = None, *, xlsx: bool = True,
           then: Callable[[BuildResult], None] | None = None) -> Operation | None:
    """Write the PDF and Excel files into *out_dir* (asked when None), then show the preview."""
    if editor.draft is None or _refuse_incomplete(editor):
        return None
    folder = Path(out_dir) if out_dir is not None else editor.choose_folder()
    if folder is None:
        return None
    # Files of the same name are replaced only after the officer says so (a folder from the dialog).
    return _build(editor, folder, xlsx=xlsx, overwrite=out_dir is not None, remember=out_dir is None, then=then)


def _build(editor, folder: Path, *, xlsx: bool, overwrite: bool, remember: bool, then) -> Operation:
    draft, service = editor.draft, editor.service

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OutputPathError) and "--overwrite" in str(exc) and editor.confirm_replace(folder):
            editor.export_op = _build(editor, folder, xlsx=xlsx, overwrite=True, remember=remember, then=then)
            return
        QMessageBox.critical(editor, QCoreApplication.translate("ReportEditor", "Could not export the report"), str(exc))

    def built(result: BuildResult) -> None:
        if remember and editor.settings is not None:
            editor.settings.set(REPORTS_EXPORT_DIR, str(folder))
        editor.last_result = result
        editor._built_clean = True
        editor.preview.load(result.pdf)
        editor.tabs.setCurrentWidget(editor.preview)
        editor.status_label.setText(QCoreApplication.translate("ReportEditor", "Written: %1 (%2 pages) and %3 Excel files")
                                    .replace("%1", str(result.pdf)).replace("%2", str(result.page_count))
                                    .replace("%3", str(len(result.xlsx))))
        editor.open_folder_button.show()
        editor.sign_button.setEnabled(result.report_id is not None and bool(xlsx))
        editor.built.emit(result)
        if then is not None:
            then(result)

    op = Operation(editor, lambda _op: service.build(draft, folder, xlsx=xlsx, overwrite=overwrite),
                   ctx=service.ctx, writes=True, expected=EXPECTED)
    editor.export_op = op.with_progress(QCoreApplication.translate("ReportEditor", "Writing the PDF and Excel files…")).success(built).failure(failed)
    return op.run()


def export_docx(editor, path: str | Path | None = None) -> Operation | None:
    """Write the report as .docx to *path* (asked when None; the dialog confirms a replace)."""
    if editor.draft is None or _refuse_incomplete(editor):
        return None
    if path is None:
        start = (editor.settings.get(REPORTS_EXPORT_DIR) if editor.settings else "") or str(Path.home())
        path, _ = file_dialogs.get_save_file_name(editor, QCoreApplication.translate("ReportEditor", "Word file of the report"),
                                                  str(editor.service.docx_path(editor.draft, start)),
                                                  QCoreApplication.translate("ReportEditor", "Word (*.docx)"))
        if not path:
            return None
    draft, service = editor.draft, editor.service
    op = Operation(editor, lambda _op: service.build_docx(draft, path), expected=EXPECTED)
    op.with_progress(QCoreApplication.translate("ReportEditor", "Export Word…")).failure(title=QCoreApplication.translate("ReportEditor", "Could not write the Word file"))
    op.success(lambda written: editor.status_label.setText(QCoreApplication.translate("ReportEditor", "Written: %1").replace("%1", str(written))))
    return op.run()


def print_report(editor, printer=None) -> int:
    """Print the report: at once when the last export is current (the page count), else after a build
    into a temporary folder (0 now; the print dialog follows the build)."""
    if editor.draft is None:
        return 0
    if editor._built_clean and editor.last_result is not None:
        return _print(editor, printer)
    export(editor, Path(tempfile.mkdtemp(prefix="tthc_in_")), xlsx=False, then=lambda _r: _print(editor, printer))
    return 0


def _print(editor, printer) -> int:
    result = editor.last_result
    try:
        if printer is not None:
            return print_pdf(result.pdf, printer)
        return print_pdf_with_dialog(editor, result.pdf, result.page_count)
    except (PdfOpenError, PrintError) as exc:
        QMessageBox.critical(editor, QCoreApplication.translate("ReportEditor", "Could not print the report"), str(exc))
        return 0


def sign_dialog(editor):
    """The sign dialog on the last build: its PDF, .xlsx files, report id, document number, title, period
    and signer prefilled; signing records the submission and moves the report to "signed" (REPORTS_CHANGED)."""
    # pyHanko (with aiohttp) is imported on the first signature, not with the Reports page (~0.5 s)
    from ...services.signing_service import SigningService
    from ..submissions.sign_dialog import SignDialog

    result = editor.last_result
    if result is None or result.report_id is None or editor.draft is None:
        return None
    details = editor.service.signing_details(editor.draft)
    pdf = Path(result.pdf)
    dialog = SignDialog(SigningService(editor.service.ctx), pdf, pdf.with_name(f"{pdf.stem}_da_ky.pdf"),
                        xlsx=tuple(result.xlsx), report_id=result.report_id, parent=editor, **details)
    dialog.signed.connect(lambda _sid: _on_signed(editor, result.report_id))
    return dialog


def _on_signed(editor, report_id: int) -> None:
    if editor.draft is not None and editor.draft.report_id == report_id:
        editor.draft.state = ReportState.SIGNED
        index = editor.state_combo.findData(ReportState.SIGNED.value)
        if index >= 0:
            editor.state_combo.setCurrentIndex(index)
    editor.status_label.setText(QCoreApplication.translate("ReportEditor", "Signed: the submission is in “Submissions”."))
