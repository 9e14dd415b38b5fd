"""Report → sign → package in one piece, in the window: export the report, "Ký số…" opens the sign dialog with
the report's PDF, its .xlsx files, id and document number; the signed result lands in "Hồ sơ đã nộp" with its
Excel files (the report moves to "Đã ký" through ReportService, so every view hears it); "Đóng gói hồ sơ" builds
the package whose manifest lists the .xlsx. Screenshots of the three steps."""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import report_gui_seed as seed
import signing_support as S
from operation_support import finish
from PySide6.QtWidgets import QLabel, QMessageBox
from screenshots import save_shot

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services.events import REPORTS_CHANGED
from tthc_desktop.store.reports_store import ReportState

seeded, window, page = seed.seeded, seed.window, seed.page
Q3 = parse_period("2025-Q3")


def test_build_sign_and_package_from_the_editor(window, page, qtbot, tmp_path, seeded, monkeypatch):
    editor = page.open_period(Q3)
    seed.fill_heading(editor)
    for key in ("difficulties", "proposals", "next_period"):
        editor.sections[key].edit.setPlainText(seed.report_fixtures.FREE.get(key, "Không có."))
    assert not editor.sign_button.isEnabled()  # nothing built yet
    result = finish(qtbot, editor.export(tmp_path / "out"))
    assert result is not None and len(result.xlsx) == 3
    assert editor.sign_button.isEnabled() and editor.sign_button.text() == "Ký số…"
    save_shot(editor, "report_editor_sign_button")

    dialog = editor.sign()
    qtbot.add_widget(dialog)
    assert dialog.pdf_path == result.pdf and dialog.xlsx == tuple(result.xlsx)
    assert dialog.report_id == editor.draft.report_id == result.report_id
    assert dialog.doc_number == f"05/{editor.draft.fields['symbol']}"
    assert dialog.title_text.endswith("Quý III năm 2025") and dialog.signer_name == "Nguyễn Văn An"
    shown = dialog.findChild(QLabel, "signedFilesLabel").text()
    assert f"Số văn bản: {dialog.doc_number}" in shown and "Kèm 3 biểu Excel: " in shown
    pki = S.demo_pki()
    dialog.pfx_edit.setText(str(pki.person.pkcs12))
    dialog.pin_edit.setText(S.PFX_PASSWORD.decode())
    dialog.resize(1360, 840)
    save_shot(dialog, "sign_dialog_from_report")
    heard = []
    seeded.events.subscribe(REPORTS_CHANGED, lambda **data: heard.append(data))
    # The demo certificate is not the heading's signer: the question comes on the UI thread, mid-signing.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(threading.current_thread())
                        or QMessageBox.StandardButton.Yes)
    outcome = finish(qtbot, dialog.sign())
    assert asked == [threading.main_thread()]
    assert outcome is not None, dialog.error_label.text()
    assert {"report_ids": {result.report_id}} in heard  # through ReportService.set_state
    assert page.service.repo.get(result.report_id).state is ReportState.SIGNED
    assert editor.state_combo.currentData() == ReportState.SIGNED.value

    window.show_page("submissions")
    subs = window.pages["submissions"]
    assert subs.model.rowCount() == 1
    subs.select_row(0)
    sub = subs.current()
    assert sub.report_id == result.report_id
    assert sorted(f.name for f in sub.files if f.kind == "xlsx") == sorted(p.name for p in result.xlsx)
    assert subs.buttons["package"].isEnabled() and subs.buttons["package"].text() == "Đóng &gói hồ sơ…"
    save_shot(window, "submissions_package_button")

    package = finish(qtbot, subs.package_current(tmp_path / "goi"))
    assert package is not None and Path(package).name == "ho-so-2025-Q3.zip"
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
    xlsx_listed = {f["name"] for f in manifest["files"] if f["kind"] == "xlsx"}
    assert xlsx_listed == {p.name for p in result.xlsx}
    assert all(any(n.endswith(name) for n in names) for name in xlsx_listed)  # and packed
    assert subs.status.text().startswith("Đã đóng gói hồ sơ")
    assert subs.service.repo.get(sub.id).package_path == str(package)
