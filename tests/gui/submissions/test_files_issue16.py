"""Backups and files (issue 16 §10): restore takes a .zip from anywhere (a USB stick); opening a file or
folder the system cannot open says so; the Submissions page's "Kỳ" column is filled from the report."""

from __future__ import annotations

import shutil
from pathlib import Path

import signing_support as S
import task_seed as seed_module
from page_host_support import FakeHost
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from screenshots import save_shot

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.domain.status import Status
from tthc_desktop.services import backup_service
from tthc_desktop.services import task_edit as te
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.services.signing_service import SignerChoice, SigningService
from tthc_desktop.ui.backup.backup_dialogs import RestoreDialog
from tthc_desktop.ui.submissions.submissions_page import SubmissionsPage
from tthc_desktop.ui.tasks.task_detail_panel import TaskDetailPanel


def test_restore_takes_a_zip_from_a_usb_stick(qtbot, ctx, vietnamese, tmp_path, monkeypatch):
    info = backup_service.make_backup(ctx)
    usb = tmp_path / "USB (E:)"
    usb.mkdir()
    copied = Path(shutil.copy2(info.path, usb / "sao-luu-cu.zip"))
    dialog = RestoreDialog([], str(backup_service.backup_folder(ctx)))
    qtbot.add_widget(dialog)
    assert dialog.file_button.text() == "Chọn tệp sao lưu (.zip)…"
    assert not dialog.restore_button.isEnabled()
    assert dialog.choose_file(copied).path == copied
    assert dialog.selected_backup().path == copied and dialog.restore_button.isEnabled()
    save_shot(dialog, "restore_usb")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    junk = usb / "khong-phai.zip"
    junk.write_bytes(b"not a zip")
    assert dialog.choose_file(junk) is None and warnings and "khong-phai.zip" in warnings[0]
    assert dialog.model.rowCount() == 1


def _signed(ctx, tmp_path: Path, report_id: int | None, period: str) -> SubmissionsPage:
    pki = S.demo_pki()
    pdf = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    SigningService(ctx).sign(pdf, tmp_path / "bao-cao_da_ky.pdf", person=SignerChoice.pkcs12(pki.person.pkcs12),
                             person_secret=S.PFX_PASSWORD, title="Báo cáo quý III", period=period,
                             report_id=report_id)
    page = SubmissionsPage(FakeHost(ctx, undo_stack=QUndoStack()))
    page.show_dialogs = False
    return page


def test_submission_period_comes_from_its_report(qtbot, ctx, vietnamese, tmp_path):
    draft = ReportService(ctx).open_or_create(parse_period("2025-Q3"))
    page = _signed(ctx, tmp_path, draft.report_id, "")
    qtbot.add_widget(page)
    assert page.model.index(0, 1).data() == "Quý III năm 2025"


def test_open_file_says_when_the_system_cannot(qtbot, ctx, vietnamese, tmp_path):
    page = _signed(ctx, tmp_path, None, "2025-Q3")
    qtbot.add_widget(page)
    page.open_url = lambda _url: False  # no program registered for PDF files
    page.select_row(0)
    page.open_current()
    assert "không mở được" in page.status.text() and "bao-cao_da_ky.pdf" in page.status.text()
    page._on_folder_clicked()
    assert "không mở được" in page.status.text()


def test_open_attachment_says_when_the_system_cannot(qtbot, ctx, vietnamese, tmp_path, monkeypatch):
    ids = seed_module.seed(ctx)
    evidence = tmp_path / "minh-chung.pdf"
    evidence.write_bytes(b"%PDF-1.4 x")
    te.add_update(ctx, ids[Status.NOT_DUE], seed_module.TODAY, "Đã rà soát", attachment=evidence)
    panel = TaskDetailPanel(ctx, QUndoStack(), lambda: seed_module.TODAY)
    qtbot.add_widget(panel)
    panel.show_task(ids[Status.NOT_DUE])
    panel.select_update(0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    panel.open_url = lambda _url: False
    assert not panel.open_attachment()
    assert warnings and "không mở được" in warnings[0] and "Lưu bản sao" in warnings[0]
