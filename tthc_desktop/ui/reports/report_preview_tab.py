"""The report editor's "Xem trước" tab builds its PDF when it opens (it showed "Trang 1/0" until the first
export). The preview goes to a temporary folder; an export still writes the real files."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...reports.templates import TemplateError
from ..widgets.operations import Operation
from ..widgets.pdf_preview import PdfOpenError


def _stamp(draft) -> tuple:
    """What the PDF depends on, to skip a rebuild when nothing changed since the last preview."""
    return (id(draft), repr(sorted(draft.fields.items(), key=lambda kv: kv[0])),
            tuple(sorted(draft.sections.items())))


def install_preview_on_open(editor) -> None:
    editor._preview_stamp = None

    def on_tab_changed(index: int) -> None:
        if editor.tabs.widget(index) is editor.preview and editor.draft is not None:
            build_preview(editor)

    editor.tabs.currentChanged.connect(on_tab_changed)


def build_preview(editor):
    """Build the draft into a temporary PDF and show it, unfinished fields and all (an export checks them);
    a report that cannot be built says why. The running Operation, or None when the preview is current."""
    if getattr(editor, "_built_clean", False) and editor.last_result is not None:
        return None  # an export has just loaded the current PDF
    editor.flush()
    draft, service = editor.draft, editor.service
    stamp = _stamp(draft)
    if stamp == editor._preview_stamp and editor.preview.page_count() > 0:
        return None
    folder = Path(tempfile.mkdtemp(prefix="tthc_xem_"))

    def show(result) -> None:
        try:
            editor.preview.load(result.pdf)
        except PdfOpenError as exc:
            failed(exc)
            return
        editor._preview_stamp = stamp

    def failed(exc: BaseException) -> None:
        editor.status_label.setText(QCoreApplication.translate("ReportPreview", "No preview: %1")
                                    .replace("%1", str(exc)))

    # The build records the report's output boxes: a write, on the database thread.
    op = Operation(editor, lambda _op: service.build(draft, folder, xlsx=False, strict=False),
                   ctx=service.ctx, writes=True, expected=(TemplateError, ValueError, OSError))
    op.with_progress(QCoreApplication.translate("ReportPreview", "Preparing the preview…"))
    return op.success(show).failure(failed).run()
