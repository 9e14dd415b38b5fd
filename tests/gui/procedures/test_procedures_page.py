"""The procedures page in Vietnamese: catalogue model (qtmodeltester, filter, folded search, undoable edits), import wizard, cuts tab."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import fixtures_catalogue
import pytest
from page_host_support import FakeHost
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tthc_desktop.domain.procedures import Procedure
from tthc_desktop.services.procedures_service import ProceduresService
from tthc_desktop.store.audit import read_audit
from tthc_desktop.ui.procedures.procedure_import_wizard import ProcedureImportWizard
from tthc_desktop.ui.procedures.procedures_page import ProceduresPage

TESTS = Path(__file__).resolve().parents[2]


@pytest.fixture
def catalogue_file(tmp_path):
    return fixtures_catalogue.catalogue_file(tmp_path, "danh-muc.xlsx")


@pytest.fixture
def filled(ctx, catalogue_file):
    service = ProceduresService(ctx)
    service.store(service.preview(catalogue_file[0]))
    return service


@pytest.fixture
def page(qtbot, ctx, vietnamese):
    host = FakeHost(ctx, date(2025, 9, 16))  # the page opens on this year's cuts, checked against 2025's target
    qtbot.add_widget(host)
    widget = ProceduresPage(host)
    widget.undo_stack = host.undo_stack
    qtbot.add_widget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def test_tabs_and_headers_are_vietnamese(page):
    assert [page.tabs.tabText(i) for i in range(3)] == ["Danh mục TTHC", "Cắt giảm", "Số liệu hồ sơ (Biểu 06)"]
    model = page.catalogue.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp"]
    assert "Phi\nđịa giới" in headers and "Đạt\nchỉ tiêu?" in headers
    assert page.catalogue.import_button.text() == "Nhập từ Excel…"


def test_catalogue_model_filter_and_folded_search(filled, page, qtmodeltester):
    model = page.catalogue.model
    model.reload()
    qtmodeltester.check(model)
    assert page.catalogue.count_label.text() == f"{len(filled.list())} thủ tục"
    page.catalogue.search.setText("dang ky ket hon")
    assert [model.procedure(r).code for r in range(model.rowCount())] == ["1.000894", "2.000986"]
    page.catalogue.search.clear()
    page.catalogue.field_combo.setCurrentIndex(page.catalogue.field_combo.findData("Đất đai"))
    assert {model.procedure(r).field for r in range(model.rowCount())} == {"Đất đai"}
    qtmodeltester.check(model)
    row = model.row_of("1.004203")
    cols = {c.key: i for i, c in enumerate(model.columns)}
    assert model.index(row, cols["baseline_cost"]).data() == "500.000"
    assert model.index(row, cols["time_cut"]).data() == "30,0%"
    assert model.index(row, cols["meets"]).data() == "Đạt"
    free = model.row_of("1.004189")
    assert model.index(free, cols["current_cost"]).data() == "Không quy định"
    assert "không quy định" in model.index(free, cols["cost_cut"]).data(Qt.ItemDataRole.ToolTipRole)


def test_cell_edit_is_undoable_and_audited(filled, page, ctx):
    model = page.catalogue.model
    model.reload()
    cols = {c.key: i for i, c in enumerate(model.columns)}
    row = model.row_of("1.000894")
    assert model.setData(model.index(row, cols["current_days"]), "1")
    assert filled.get("1.000894").current_days == Decimal(1)
    assert model.index(row, cols["current_days"]).data() == "1"
    assert model.index(row, cols["time_cut"]).data() == "66,7%"
    assert page.undo_stack.undoText() == "Sửa “Số ngày hiện tại” của thủ tục 1.000894"
    page.undo_stack.undo()
    assert filled.get("1.000894").current_days == Decimal(2)
    assert model.index(row, cols["current_days"]).data() == "2"
    assert [e.action for e in read_audit(ctx.db, table="procedures")[:2]] == ["update", "update"]
    # a tick box is a checkable cell
    index = model.index(row, cols["internal"])
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert filled.get("1.000894").internal is True
    # unclear text is refused with the reason, nothing stored
    assert not model.setData(model.index(row, cols["current_days"]), "10-15 ngày")
    assert "một khoảng" in page.catalogue.status.text()
    assert filled.get("1.000894").current_days == Decimal(2)


def test_import_wizard_mapping_preview_and_store(ctx, qtbot, vietnamese, catalogue_file):
    path, rows = catalogue_file
    service = ProceduresService(ctx)
    service.add(Procedure(code="1.000894", name="Tên cũ"))
    wizard = ProcedureImportWizard(service)
    qtbot.add_widget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Nhập danh mục thủ tục hành chính"
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos
    assert combos["code"].currentText() == "Cột 2: Mã TTHC"
    assert combos["current_days"].currentText() == "Cột 6: Thời gian giải quyết (ngày làm việc) / Hiện tại"
    assert combos["field"].currentData() is None  # fields come from the section rows
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview
    summary = wizard.preview_page.summary.text()
    assert summary.startswith(f"Đọc được {len(preview.procedures)} thủ tục: {len(preview.procedures) - 1} thủ tục mới, "
                              "1 thủ tục đã có")
    table = wizard.preview_page.issues
    assert table.rowCount() == len(preview.issues)
    texts = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [str(rows["bad:HỘ TỊCH:0"]), "Mã TTHC", "", "Thiếu mã TTHC: dòng không được nhập"] in texts
    error_row = texts.index([str(rows["bad:HỘ TỊCH:0"]), "Mã TTHC", "", "Thiếu mã TTHC: dòng không được nhập"])
    assert table.item(error_row, 3).background().color() == QColor("#fde2e1")
    assert ctx.db["procedures"].count == 1  # nothing stored before "Nhập"
    with qtbot.wait_signal(wizard.imported) as blocker:
        wizard.accept()
    assert blocker.args[0].updated == 1 and blocker.args[0].created == len(preview.procedures) - 1
    assert service.get("1.000894").name == "Thủ tục đăng ký kết hôn"


def test_mapping_can_be_changed_by_hand(ctx, qtbot, vietnamese, catalogue_file):
    wizard = ProcedureImportWizard(ProceduresService(ctx))
    qtbot.add_widget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(catalogue_file[0]))
    wizard.next()
    combo = wizard.mapping_page.combos["yearly_volume"]
    combo.setCurrentIndex(0)  # "(không có)": the volume column is ignored
    assert combo.currentText() == "(không có)"
    wizard.next()
    assert all(p.yearly_volume is None for p in wizard.preview.procedures)
    assert not any(i.column == "Số hồ sơ/năm" for i in wizard.preview.issues)


def test_cuts_tab_totals_target_shortfalls_export(filled, page, qtmodeltester, tmp_path, ctx):
    cuts = page.cuts
    cuts.refresh()
    qtmodeltester.check(cuts.shortfalls)
    assert cuts.total_labels[("simple", 1)].text() == "<b>32,9%</b>"
    assert "Đạt" in cuts.total_labels[("simple", 3)].text()
    cuts.year_combo.setCurrentIndex(cuts.year_combo.findData(2026))
    assert cuts.target_spin.value() == 50.0
    assert "Chưa đạt" in cuts.total_labels[("weighted", 3)].text()
    assert page.catalogue.model.year == 2026
    first = cuts.shortfalls.index(0, 0)
    assert cuts.shortfalls.headerData(6, Qt.Orientation.Horizontal) == "Cần cắt giảm thêm"
    assert cuts.shortfalls.data(first.siblingAtColumn(6), Qt.ItemDataRole.ToolTipRole).startswith("Cần cắt giảm thêm")
    shown = len({s.code for s in cuts.shortfalls.rows})
    assert cuts.short_label.text().startswith(f"<b>Thủ tục chưa đạt chỉ tiêu 50,0%: {shown}</b>")
    cuts.target_spin.setValue(20.0)
    cuts.target_spin.editingFinished.emit()
    assert ctx.settings.get("targets.2026") == "20"
    assert "Đạt" in cuts.total_labels[("weighted", 3)].text()
    out = cuts.export_to(tmp_path / "cat-giam")
    assert out == tmp_path / "cat-giam.xlsx" and out.stat().st_size > 0
    page.tabs.setCurrentWidget(cuts)
    image = cuts.chart.grab().toImage()
    assert image.width() > 300
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert {"#9e9e9e", "#1565c0"} <= colours  # 2024 bars and current bars are drawn
