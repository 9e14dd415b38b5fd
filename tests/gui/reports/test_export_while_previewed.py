"""Exporting the same report twice while the preview shows it (Windows semantics, simulated on Linux).

Windows refuses to rename a file over one that a process holds open (WinError 5/32); Linux does not. The
``windows_replace`` fixture gives os.replace that rule: it refuses a source or target that any descriptor
of this process points to (Excel opens without delete sharing, so its file cannot be moved aside either). The preview must hold no such descriptor (it reads the PDF into memory), and a file
really held open (Excel, a PDF reader: here the test itself) gets the Vietnamese hint, not a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import report_gui_seed as seed
from operation_support import finish
from reportlab.pdfgen import canvas

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.ui.reports import report_editor as report_editor_module
from tthc_desktop.ui.widgets.pdf_preview import PdfPreview

seeded, window, page = seed.seeded, seed.window, seed.page


def open_paths() -> set[str]:
    found = set()
    for name in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{name}"))
        except OSError:  # the descriptor listdir itself used is already gone
            pass
    return found


@pytest.fixture
def windows_replace(monkeypatch):
    real = os.replace

    def replace(src, dst):
        held = open_paths()
        if os.path.realpath(dst) in held or os.path.realpath(src) in held:
            exc = PermissionError(13, "Access is denied", str(dst))
            exc.winerror = 5
            raise exc
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr("tthc_desktop.store.atomic_files.RETRY_DELAYS", (0.01, 0.01))


@pytest.fixture
def message_boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(report_editor_module.QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append((title, text)))
    return shown


def test_preview_holds_no_handle_on_the_file(qtbot, tmp_path):
    pdf = tmp_path / "bao cao.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(100, 100, "Trang 1")
    c.showPage()
    c.save()
    preview = PdfPreview()
    qtbot.add_widget(preview)
    assert preview.load(pdf) == 1
    preview.canvas.grab()  # render a page too
    assert str(pdf) not in open_paths()
    pdf.rename(tmp_path / "moved.pdf")  # Windows would refuse this too if the file were held
    assert preview.page_count() == 1


def test_second_export_with_the_preview_open(qtbot, page, tmp_path, windows_replace, message_boxes):
    editor = page.open_period(parse_period("2025-Q3"))
    seed.fill_heading(editor)
    editor.sections["difficulties"].edit.setPlainText("Không có.")
    first = finish(qtbot, editor.export(tmp_path))
    assert first is not None and editor.preview.page_count() == first.page_count
    second = finish(qtbot, editor.export(tmp_path))  # the officer fixes a typo and exports again; the preview still shows it
    assert message_boxes == []
    assert second is not None and second.pdf == first.pdf

    # The officer opened the Excel file: after the brief retries, the hint says what to close.
    held = Path(second.xlsx[0]).open("rb")
    try:
        assert finish(qtbot, editor.export(tmp_path)) is None
    finally:
        held.close()
    assert len(message_boxes) == 1
    title, text = message_boxes[0]
    assert "tệp đang mở trong chương trình khác (Excel, trình đọc PDF?) — hãy đóng rồi thử lại" in text
    assert "Errno" not in text and "WinError" not in text
