"""Procedures without surprises (issue 16 §8): an empty catalogue offers "Thêm thủ tục" and a blank Excel
template; "Cắt giảm" opens on the current year; biểu 06 picks its field from the catalogue and needs its
level; leaving biểu 06 with unsaved figures asks first."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from page_host_support import FakeHost
from PySide6.QtWidgets import QComboBox, QFrame, QMessageBox, QStyleOptionViewItem
from screenshots import save_shot

from tthc_desktop.domain.procedures import Procedure
from tthc_desktop.services.procedures_service import ProceduresService
from tthc_desktop.ui.procedures.procedures_page import ProceduresPage


@pytest.fixture
def page(qtbot, ctx, vietnamese):
    host = FakeHost(ctx, date(2026, 12, 7))
    qtbot.add_widget(host)
    widget = ProceduresPage(host)
    qtbot.add_widget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def test_empty_catalogue_offers_add_and_a_blank_template(page, ctx, qtbot, tmp_path):
    tab = page.catalogue
    card = tab.findChild(QFrame, "startCard")
    assert card.isVisible()
    buttons = [b.text() for b in card.buttons]
    assert buttons == ["Thêm thủ tục…", "Lưu mẫu Excel trống…", "Nhập từ Excel…"]
    save_shot(page, "catalogue_empty")

    template = tab.save_blank_template(tmp_path / "mau.xlsx")
    wb = load_workbook(template)
    ws = wb.active
    ws.append([1, "1.001766", "Đăng ký khai sinh", "Hộ tịch", "xã", 5, 3, 0, 0, 120])
    wb.save(template)
    preview = ProceduresService(ctx).preview(template)
    assert [p.code for p in preview.procedures] == ["1.001766"]  # the template is what the import reads

    dialog = tab.open_add_dialog()
    qtbot.add_widget(dialog)
    dialog.code_edit.setText("2.000908")
    dialog.name_edit.setText("Chứng thực bản sao từ bản chính")
    dialog.field_combo.setEditText("Chứng thực")
    save_shot(dialog, "add_procedure")
    dialog.accept()
    assert ProceduresService(ctx).get("2.000908").field == "Chứng thực"
    assert not card.isVisible()


def test_cuts_open_on_the_current_year(page):
    assert page.cuts.year == 2026
    assert page.cuts.year_combo.currentText() == "2026"


def test_form06_field_from_catalogue_and_level_required(page, ctx, qtbot, monkeypatch):
    service = ProceduresService(ctx)
    for code, field in (("1.1", "Hộ tịch"), ("1.2", "Chứng thực")):
        service.add(Procedure(code, f"Thủ tục {code}", field=field))
    stats = page.stats_tab
    page.tabs.setCurrentWidget(stats)
    stats.add_button.click()  # a row typed by hand
    row = stats.model.rowCount() - 2  # the total row comes last
    editor = stats.delegate.createEditor(stats.view.viewport(), QStyleOptionViewItem(), stats.model.index(row, 0))
    assert isinstance(editor, QComboBox) and [editor.itemText(i) for i in range(editor.count())] == [
        "Chứng thực", "Hộ tịch"]
    editor.setCurrentIndex(1)
    stats.delegate.setModelData(editor, stats.model, stats.model.index(row, 0))
    assert stats.model.rows()[row].field == "Hộ tịch"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not stats.save()
    assert warnings and "Hãy chọn Cấp cho: dòng 1 (Hộ tịch)" in warnings[0]
    level = stats.delegate.createEditor(stats.view.viewport(), QStyleOptionViewItem(), stats.model.index(row, 1))
    assert [level.itemText(i) for i in range(level.count())] == ["tỉnh", "huyện", "xã"]
    level.setCurrentIndex(2)
    stats.delegate.setModelData(level, stats.model, stats.model.index(row, 1))
    assert stats.save()


def test_leaving_form06_with_unsaved_figures_asks(page, ctx, monkeypatch):
    stats = page.stats_tab
    page.tabs.setCurrentWidget(stats)
    stats.model.add_row("Hộ tịch", "xã")
    assert stats.model.dirty
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Save)
    page.tabs.setCurrentWidget(page.catalogue)
    assert asked and "chưa được lưu" in asked[0] or "chưa lưu" in asked[0]
    assert not stats.model.dirty
    assert [r.field for r in stats.service.rows(stats.period())] == ["Hộ tịch"]
