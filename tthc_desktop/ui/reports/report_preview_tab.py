"""The report editor's "Xem trước" tab builds its PDF when it opens (it showed "Trang 1/0" until the first
export). The preview goes to a temporary folder; an export still writes the real files."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...reports.templates import TemplateError
from ..widgets.background import Cancelled, run_with_progress
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


def build_preview(editor) -> Path | None:
    """Build the draft into a temporary PDF and show it, unfinished fields and all (an export checks them);
    a report that cannot be built says why."""
    if getattr(editor, "_built_clean", False) and editor.last_result is not None:
        return None  # an export has just loaded the current PDF
    editor.flush()
    draft, service = editor.draft, editor.service
    stamp = _stamp(draft)
    if stamp == editor._preview_stamp and editor.preview.page_count() > 0:
        return None
    folder = Path(tempfile.mkdtemp(prefix="tthc_xem_"))
    try:
        result = run_with_progress(editor, QCoreApplication.translate("ReportPreview", "Preparing the preview…"),
                                   lambda: service.build(draft, folder, xlsx=False, strict=False))
        editor.preview.load(result.pdf)
    except Cancelled:
        return None
    except (TemplateError, ValueError, OSError, PdfOpenError) as exc:
        editor.status_label.setText(QCoreApplication.translate("ReportPreview", "No preview: %1")
                                    .replace("%1", str(exc)))
        return None
    editor._preview_stamp = stamp
    return result.pdf
