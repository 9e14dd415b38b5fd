"""The report editor on the Tiền Giang plan: edit a free section → autosave → revision → restore; carry forward
to Q4 with the changed figures and the "chỉ sửa ngày tháng" warning; reset to data; live validation that
focuses the field; export to PDF + Excel off the UI thread with the preview; print to a PDF file; the letter."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import report_gui_seed as seed
from openpyxl import load_workbook
from operation_support import finish
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.store.reports_store import ReportState
from tthc_desktop.ui.reports.report_editor import AUTOSAVE_MS
from tthc_desktop.ui.reports.report_fields import RevisionModel
from tthc_desktop.ui.shell.actions import ActionId

seeded, window, page = seed.seeded, seed.window, seed.page
Q3, Q4 = parse_period("2025-Q3"), parse_period("2025-Q4")
DIFFICULTIES = "Hệ thống một cửa điện tử còn gián đoạn; một số sở chậm gửi phương án cắt giảm."


def _pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def test_edit_autosave_restore_carry_forward_build_and_print(page, qtbot, tmp_path, seeded):
    editor = page.open_period(Q3)
    assert editor.title_label.text() == "Báo cáo — Quý III năm 2025"
    assert editor.tabs.tabText(0) == "Soạn thảo" and editor.tabs.tabText(1) == "Xem trước"
    assert editor.sections["tasks"].reset_button.text() == "Lấy lại từ số liệu"
    assert not editor.sections["difficulties"].reset_button.isVisible()
    assert editor.revision_model.rowCount() == 1  # "Tạo báo cáo"
    assert page.list_model.rowCount() == 1 and page.list_model.rows[0].period == Q3
    seed.fill_heading(editor)

    # A free section typed by the officer: autosaved ~2 s after the last keystroke.
    box = editor.sections["difficulties"]
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "He thong")
    assert editor.autosave_timer.isActive() and editor.status_label.text() == "Có thay đổi chưa lưu…"
    box.edit.setPlainText(DIFFICULTIES)
    with qtbot.wait_signal(editor.saved, timeout=AUTOSAVE_MS + 8000):
        pass
    assert editor.status_label.text().startswith("Đã tự động lưu lúc ")
    revisions = page.service.revisions(editor.draft.report_id)
    assert revisions[0].note == "tự động lưu" and revisions[0].sections["difficulties"] == DIFFICULTIES
    assert revisions[0].fields["signer_name"] == "Nguyễn Văn An"
    assert editor.revision_model.rowCount() == len(revisions) >= 2
    autosaved = revisions[0].id

    # Another edit, saved; then restore the autosaved version from the list.
    box.edit.setPlainText("Không có.")
    editor.save("sửa tay")
    assert page.service.repo.get(editor.draft.report_id).sections["difficulties"] == "Không có."
    row = next(i for i, r in enumerate(editor.revision_model.rows) if r.id == autosaved)
    editor.revision_view.selectRow(row)
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.sections["difficulties"].edit.toPlainText() == DIFFICULTIES
    assert page.service.repo.get(editor.draft.report_id).sections["difficulties"] == DIFFICULTIES
    assert editor.revision_model.rows[0].note.startswith("Khôi phục phiên bản lưu lúc")

    # The other free sections, then export: PDF + three .xlsx, written off the UI thread, then previewed.
    editor.sections["proposals"].edit.setPlainText(seed.report_fixtures.FREE["proposals"])
    editor.sections["next_period"].edit.setPlainText(seed.report_fixtures.FREE["next_period"])
    assert not [i for i in editor.issues if i.level == "error"], editor.issues
    result = finish(qtbot, editor.export(tmp_path / "out"))
    assert result is not None and result.pdf.exists() and len(result.xlsx) == 3
    assert all(p.exists() for p in result.xlsx)
    assert load_workbook(result.xlsx[0]).active.max_row > 5
    assert _pdf_pages(result.pdf) == result.page_count >= 4
    assert editor.tabs.currentWidget() is editor.preview
    assert editor.preview.page_count() == result.page_count and editor.preview.current_page() == 0
    assert editor.status_label.text().startswith("Đã ghi: ")
    text = subprocess.run(["pdftotext", str(result.pdf), "-"], capture_output=True, text=True).stdout
    assert DIFFICULTIES in " ".join(text.split())

    # Print to a PDF file (no dialog): the same number of A4 pages.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    assert editor.print_report(printer) == result.page_count
    assert _pdf_pages(tmp_path / "printed.pdf") == result.page_count

    # Carry forward to Q4: free sections copied, figures compared, and the "only the dates changed" warning.
    page.service.set_state(editor.draft.report_id, ReportState.SUBMITTED)
    editor = page.open_period(Q4)
    assert editor.draft.previous is not None and editor.draft.previous.period == Q3
    assert editor.sections["difficulties"].edit.toPlainText() == DIFFICULTIES
    assert editor.changes_list.isVisible()
    assert editor.changes_title.text().startswith("Tiếp nối báo cáo Quý III năm 2025; số liệu đã thay đổi: ")
    assert editor.sections["difficulties"].same_label.isVisible()
    assert editor.sections["difficulties"].same_label.text() == "⚠ Giống hệt báo cáo kỳ trước: có phải chỉ sửa ngày tháng?"
    warnings = [editor.issue_list.item(i).text() for i in range(editor.issue_list.count())]
    assert "Lưu ý: Mục “Khó khăn, vướng mắc” giống hệt báo cáo kỳ trước: có phải chỉ sửa ngày tháng?" in warnings
    editor.sections["difficulties"].edit.setPlainText("Trong quý IV, việc số hóa hồ sơ còn chậm.")
    assert not editor.sections["difficulties"].same_label.isVisible()
    if editor.draft.changes:
        item = editor.changes_list.item(0)
        assert " → " in item.text() and item.background().color().name() == "#fff59d"
    assert page.list_model.rowCount() == 2


def test_changed_figures_are_listed_old_to_new(page, seeded):
    editor = page.open_period(Q3)
    seed.fill_heading(editor)
    editor.save()
    # Biểu 06 of Q4 differs from Q3's: those figures must be listed as changed.
    repo = seed.report_fixtures.PeriodStatsRepository(seeded.writer)
    rows = [r for r in seed.report_fixtures.FORM06_Q3]
    repo.replace_period("2025-Q4", rows[:1])
    editor = page.open_period(Q4)
    texts = [editor.changes_list.item(i).text() for i in range(editor.changes_list.count())]
    assert editor.draft.changes and len(texts) == len(editor.draft.changes)
    first = editor.draft.changes[0]
    assert texts[0].startswith(f"{first.label}: ") and " → " in texts[0]


def test_reset_to_data_marks_and_undo(page, qtbot):
    editor = page.open_period(Q3)
    box = editor.sections["tasks"]
    original = box.edit.toPlainText()
    assert original == editor.draft.auto_sections["tasks"] and not box.stale_label.isVisible()
    box.edit.setPlainText(original + "\n\nMột đoạn thêm của cán bộ.")
    assert box.stale_label.isVisible()
    assert box.stale_label.text().startswith("⚠ Khác với số liệu hiện tại")
    qtbot.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)
    assert box.edit.toPlainText() == original and not box.stale_label.isVisible()
    box.edit.undo()  # the reset is one step of the text widget's own undo
    assert box.edit.toPlainText().endswith("Một đoạn thêm của cán bộ.")


def test_validation_list_focuses_the_field(page, qtbot):
    editor = page.open_period(Q3)
    errors = [editor.issue_list.item(i) for i in range(editor.issue_list.count())
              if editor.issue_list.item(i).text().startswith("Lỗi: ")]
    assert errors and editor.issue_title.text().startswith("Kiểm tra: ")
    signer = next(i for i in errors if "Người ký" in i.text())
    assert signer.foreground().color().name() == "#c62828"
    editor.issue_list.itemClicked.emit(signer)
    assert editor.form.widgets["signer_name"].hasFocus()
    qtbot.keyClicks(editor.form.widgets["signer_name"], "Nguyen Van An")
    assert not any("Người ký" in i.message for i in editor.issues)
    # Export refuses while errors remain, naming them (message box closed by the test).
    editor.form.widgets["place"].clear()
    editor._on_form_edited()

    def close_box():
        from PySide6.QtWidgets import QApplication, QMessageBox
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Địa danh" in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(200, close_box)
    assert finish(qtbot, editor.export(Path("/nonexistent"))) is None


def test_shortcuts_and_state(page, window):
    assert window.actions[ActionId.PRINT].shortcut().matches(QKeySequence(QKeySequence.StandardKey.Print)) \
        == QKeySequence.SequenceMatch.ExactMatch
    assert window.actions[ActionId.EXPORT_REPORT].shortcut().toString() == "Ctrl+Shift+E"
    assert window.actions[ActionId.EXPORT_REPORT].text() == "&Xuất PDF && Excel…"
    assert window.actions[ActionId.PRINT] in page.actions()
    editor = page.open_period(Q3)
    assert [editor.state_combo.itemText(i) for i in range(editor.state_combo.count())] == \
        ["Bản nháp", "Đã hoàn thiện", "Đã ký số", "Đã gửi"]
    editor.state_combo.setCurrentIndex(3)
    editor.state_combo.activated.emit(3)
    assert page.service.repo.get(editor.draft.report_id).state is ReportState.SUBMITTED


def test_revision_model(qtmodeltester, page):
    editor = page.open_period(Q3)
    seed.fill_heading(editor)
    editor.save("lần 2")
    model = editor.revision_model
    assert isinstance(model, RevisionModel) and model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Thời điểm lưu"
    assert model.data(model.index(0, 1)) == "lần 2"
    assert model.data(model.index(0, 0))[2] == "/"  # dd/MM/yyyy HH:mm:ss
    qtmodeltester.check(model)


def test_letter_dialog_creates_a_letter_and_exports_it(page, qtbot, tmp_path):
    editor = page.open_period(Q3)
    seed.fill_heading(editor)
    editor.save()  # the letter takes its heading and signer from this report
    dialog = page.new_letter()
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)"
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Tạo thư"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    dialog.form.set_values({"recipient": "Ông Trần Văn Bình", "case_code": "000.00.12.H57-250801-0003",
                            "procedure_name": "Cấp Phiếu lý lịch tư pháp", "received_on": "2025-08-01",
                            "due_on": "2025-08-11", "late_reason": "Chờ kết quả xác minh từ cơ quan công an.",
                            "new_due_on": "2025-08-05"})
    dialog.form.edited.emit()
    assert not dialog.ok_button.isEnabled()
    assert [dialog.issue_list.item(i).text() for i in range(dialog.issue_list.count())] == \
        ["Ngày hẹn trả mới phải sau ngày hẹn trả kết quả ban đầu."]
    dialog.form.widgets["new_due_on"].setDate(dialog.form.widgets["new_due_on"].date().addDays(14))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert editor.draft.template.id == "thu_xin_loi" and editor.draft.report_id is not None
    assert editor.title_label.text().endswith("000.00.12.H57-250801-0003")
    assert editor.form.widgets["signer_name"].text() == "Nguyễn Văn An"
    assert "Ông Trần Văn Bình" in editor.sections["body"].edit.toPlainText()
    result = finish(qtbot, editor.export(tmp_path))
    assert result is not None and result.xlsx == [] and result.pdf.name.startswith("thu_xin_loi_")
    # Exporting again into a folder chosen in the dialog: the existing letter is replaced only if confirmed.
    from PySide6.QtWidgets import QMessageBox

    before = result.pdf.read_bytes()
    asked: list[str] = []
    editor.choose_folder = lambda: tmp_path
    answer = QMessageBox.StandardButton.No
    monkey = pytest.MonkeyPatch()
    monkey.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    monkey.setattr(QMessageBox, "critical", lambda *a, **k: None)
    try:
        assert finish(qtbot, editor.export()) is None and result.pdf.read_bytes() == before and len(asked) == 1
        answer = QMessageBox.StandardButton.Yes
        finish(qtbot, editor.export())  # refused: the officer is asked, says "Yes", the build starts again
        again = finish(qtbot, editor.export_op)
        assert again is not None and again.pdf == result.pdf and len(asked) == 2
    finally:
        monkey.undo()
    assert editor.preview.page_count() == _pdf_pages(result.pdf)
    assert page.list_model.data(page.list_model.index(page.list_model.row_of(editor.draft.report_id), 0)) \
        == "Thư xin lỗi"


def test_pdf_preview_of_a_report_draws_page_one(qtbot, page, tmp_path):
    editor = page.open_period(Q3)
    seed.fill_heading(editor)
    editor.sections["difficulties"].edit.setPlainText("Không có.")
    result = finish(qtbot, editor.export(tmp_path))
    document = pdfium.PdfDocument(str(result.pdf))
    assert len(document) == editor.preview.page_count()
    document.close()
    image = editor.preview.canvas.grab().toImage()
    top = editor.preview.canvas.page_rect(0)
    dark = sum(1 for x in range(top.left(), top.right(), 3) for y in range(top.top(), top.top() + top.height() // 4, 3)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50  # the heading block is drawn, not a blank page


def test_fill_the_provinces_form_from_the_editor(page, tmp_path, monkeypatch):
    """“Điền biểu mẫu của tỉnh…”: the same service as `form fill`, its explain list shown; matches remembered."""
    from province_form_fixture import build_province_form

    from tthc_desktop.services.form_fill import FormFillService

    editor = page.open_period(Q3)
    assert editor.province_form_button.text() == "Điền biểu mẫu của tỉnh…"
    template = tmp_path / "bieu-tinh.xlsx"
    rows = build_province_form(template)
    out = tmp_path / "bieu-tinh-da-dien.xlsx"
    dialog = editor.fill_province_form(template, out)
    assert dialog is not None and dialog.windowTitle() == "Đã điền biểu mẫu của tỉnh"
    ws = load_workbook(out)["Biểu 06"]
    assert [ws.cell(rows["HỘ TỊCH"], c).value for c in range(3, 14)] == [830, 500, 300, 30, 800, 200, 595, 5, 30,
                                                                          28, 2]
    text = dialog.explain.toPlainText()
    assert f"C{rows['HỘ TỊCH']} = 830: cột 3 (Tổng số nhận giải quyết) của lĩnh vực “Hộ tịch” (Cấp xã)" in text
    assert f"Chưa ghép được dòng {rows['Lĩnh vực Đất đai']} “Lĩnh vực Đất đai”" in text
    assert "Số liệu chưa có dòng trong biểu: lĩnh vực “Lý lịch tư pháp”" in text
    dialog.remember_button.click()
    assert not dialog.remember_button.isEnabled()
    assert FormFillService(page.service.ctx).saved_matches(dialog.plan.form.fingerprint)
    dialog.grab().save(str(tmp_path / "province-form-dialog.png"))
    warnings = []
    monkeypatch.setattr("tthc_desktop.ui.reports.province_form_dialog.QMessageBox.warning",
                        lambda parent, title, text: warnings.append((title, text)))
    same = editor.fill_province_form(template, template)  # never over the province's original
    assert same is None and warnings[0][0] == "Không điền được biểu mẫu" and "giữ bản gốc" in warnings[0][1]
    assert load_workbook(template)["Biểu 06"].cell(rows["HỘ TỊCH"], 3).value is None


def test_freeze_the_periods_figures_and_see_later_changes(page, tmp_path):
    from tthc_desktop.domain.form06 import Form06Row
    from tthc_desktop.services.stats_service import StatsService

    editor = page.open_period(Q3)
    bar = editor.freeze_bar
    assert bar.isVisible() and bar.label.text().startswith("Số liệu của kỳ này chưa được chốt")
    assert bar.freeze_button.text() == "&Chốt số liệu"
    bar.freeze_button.click()
    assert bar.label.text().startswith("Số liệu đã chốt lúc ") and bar.freeze_button.text() == "Chốt &lại"
    frozen_total = editor.draft.data.figures["form06.c3"].value
    stats = StatsService(page.service.ctx)
    rows = stats.rows(Q3)
    stats.save(Q3, [Form06Row.from_columns(rows[0].field, rows[0].level, [rows[0].received_total + 1,
                                                                           *rows[0].columns()[1:]]), *rows[1:]])
    bar.refresh()
    assert "Báo cáo vẫn dùng số đã chốt" in bar.label.text()
    assert bar.diff_label.text().startswith("Số liệu đã thay đổi sau khi chốt: ")  # the list: test_freeze_differences
    editor.set_draft(page.service.open(editor.draft.report_id))
    assert editor.draft.data.figures["form06.c3"].value == frozen_total  # the report keeps the frozen set
    editor.resize(1280, 760)
    editor.grab().save(str(tmp_path / "freeze-bar.png"))
    bar.freeze_button.click()  # re-freeze: the editor now shows the new figures
    assert editor.draft.data.figures["form06.c3"].value == frozen_total + 1
    assert "thay đổi" not in bar.label.text() and not bar.diff_label.isVisible()
