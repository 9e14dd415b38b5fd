"""Biểu 06 grid: every check marks its own cell (error role, red, tooltip), rates and total row, the stats tab."""

from __future__ import annotations

import pytest
from form06_export import write_form06_export
from PySide6.QtCore import Qt

from tthc_desktop.domain.form06 import NUMERIC_COLUMNS, Form06Row
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services.stats_service import StatsService
from tthc_desktop.ui.procedures.form06_grid import (
    ERROR_COLOUR,
    ERROR_ROLE,
    INVOLVED_COLOUR,
    Form06GridModel,
    grid_column,
)
from tthc_desktop.ui.procedures.stats_page import StatsTab

GOOD = [120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5]


@pytest.fixture
def model(qapp, vietnamese):
    m = Form06GridModel()
    m.set_rows([Form06Row.from_columns("Hộ tịch", "xã", GOOD)])
    return m


def _errors(model, row=0):
    return {n: model.index(row, grid_column(n)).data(ERROR_ROLE) for n in NUMERIC_COLUMNS
            if model.index(row, grid_column(n)).data(ERROR_ROLE)}


def test_model_passes_qtmodeltester(model, qtmodeltester):
    model.add_row("Chứng thực", "xã")
    qtmodeltester.check(model)
    assert model.headerData(grid_column(6), Qt.Orientation.Horizontal) == "Từ kỳ\ntrước (6)"
    assert model.headerData(grid_column(6), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        "Cột 6: Từ kỳ trước"


def test_valid_row_has_no_marks(model):
    assert _errors(model) == {}
    assert model.errors() == []


@pytest.mark.parametrize(("column", "value", "marked", "involved", "message"), [
    (4, 51, 3, (4, 5, 6), "Cột 3 (Tổng số nhận giải quyết = 120) phải bằng cột 4 + 5 + 6 (= 121)"),
    (5, 61, 3, (4, 5, 6), "Cột 3 (Tổng số nhận giải quyết = 120) phải bằng cột 4 + 5 + 6 (= 119)"),
    (6, 9, 3, (4, 5, 6), "Cột 3 (Tổng số nhận giải quyết = 120) phải bằng cột 4 + 5 + 6 (= 121)"),
    (8, 11, 7, (8, 9, 10), "Cột 7 (Tổng số đã giải quyết = 100) phải bằng cột 8 + 9 + 10 (= 101)"),
    (9, 79, 7, (8, 9, 10), "Cột 7 (Tổng số đã giải quyết = 100) phải bằng cột 8 + 9 + 10 (= 99)"),
    (10, 11, 7, (8, 9, 10), "Cột 7 (Tổng số đã giải quyết = 100) phải bằng cột 8 + 9 + 10 (= 101)"),
    (12, 16, 11, (12, 13), "Cột 11 (Tổng số đang giải quyết = 20) phải bằng cột 12 + 13 (= 21)"),
    (13, 4, 11, (12, 13), "Cột 11 (Tổng số đang giải quyết = 20) phải bằng cột 12 + 13 (= 19)"),
])
def test_each_part_cell_breaks_its_total(model, column, value, marked, involved, message):
    assert model.setData(model.index(0, grid_column(column)), str(value))
    assert _errors(model) == {marked: [message]}
    cell = model.index(0, grid_column(marked))
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_COLOUR
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == message
    for n in involved:
        assert model.index(0, grid_column(n)).data(Qt.ItemDataRole.BackgroundRole).color() == INVOLVED_COLOUR
    untouched = [n for n in NUMERIC_COLUMNS if n != marked and n not in involved]
    assert all(model.index(0, grid_column(n)).data(Qt.ItemDataRole.BackgroundRole) is None for n in untouched)
    # putting the value back clears the mark
    assert model.setData(model.index(0, grid_column(column)), str(GOOD[column - 3]))
    assert _errors(model) == {}


@pytest.mark.parametrize(("column", "value", "expected"), [
    # a total cell alone breaks its own sum and "3 = 7 + 11"
    (3, 121, {3: ["Cột 3 (Tổng số nhận giải quyết = 121) phải bằng cột 4 + 5 + 6 (= 120)",
                  "Cột 3 (Tổng số nhận giải quyết = 121) phải bằng cột 7 + 11 (= 120)"]}),
    (7, 99, {7: ["Cột 7 (Tổng số đã giải quyết = 99) phải bằng cột 8 + 9 + 10 (= 100)"],
             3: ["Cột 3 (Tổng số nhận giải quyết = 120) phải bằng cột 7 + 11 (= 119)"]}),
    (11, 21, {11: ["Cột 11 (Tổng số đang giải quyết = 21) phải bằng cột 12 + 13 (= 20)"],
              3: ["Cột 3 (Tổng số nhận giải quyết = 120) phải bằng cột 7 + 11 (= 121)"]}),
    (12, -1, {12: ["Cột 12 (Trong hạn = -1) không được âm"],
              11: ["Cột 11 (Tổng số đang giải quyết = 20) phải bằng cột 12 + 13 (= 4)"]}),
])
def test_total_cells_and_negative_values(model, column, value, expected):
    assert model.setData(model.index(0, grid_column(column)), str(value))
    assert _errors(model) == expected


def test_typing_numbers_rates_and_total_row(model):
    rejected = []
    model.edit_rejected.connect(rejected.append)
    assert not model.setData(model.index(0, grid_column(4)), "nhiều")
    assert rejected == ["“nhiều” không phải là số hồ sơ (số nguyên)"]
    assert not model.setData(model.index(0, grid_column(4)), "1,5")
    row = model.add_row("Chứng thực", "xã")
    for n, value in zip(NUMERIC_COLUMNS, ["1.200", 200, 1000, 0, 1150, 150, 1000, 0, 50, 49, 1], strict=True):
        assert model.setData(model.index(row, grid_column(n)), value)
    assert model.rows()[1].received_total == 1200
    total = model.rowCount() - 1
    assert model.index(total, 0).data() == "Tổng cộng"
    assert model.index(total, grid_column(3)).data() == "1.320"
    assert not model.flags(model.index(total, grid_column(3))) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(total, grid_column(3)), "5")
    last = model.columnCount() - 1
    # on time: (10 + 80 + 150 + 1000) / 1250 = 99,2 %; online: 250 / 1320 = 18,9 %; overdue 10 + 5 + 0 + 1
    assert [model.index(total, c).data() for c in (last - 2, last - 1, last)] == ["99,2%", "18,9%", "16"]
    empty = model.add_row("Lý lịch tư pháp", "tỉnh")
    assert model.index(empty, last - 2).data() == "—"
    assert "cột 7 = 0" in model.index(empty, last - 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.dirty


def test_stats_tab_import_save_and_carry_forward(ctx, qtbot, vietnamese, tmp_path):
    service = StatsService(ctx)
    service.save("2025-Q2", [Form06Row.from_columns("Hộ tịch", "", [31, 10, 21, 0, 22, 2, 20, 0, 9, 9, 0])])
    tab = StatsTab(service)
    qtbot.add_widget(tab)
    tab.show()
    tab.set_period(parse_period("2025-Q3"))
    assert tab.window_label.text() == "Quý III năm 2025: từ ngày 15/06/2025 đến ngày 14/09/2025"
    assert tab.carry_button.text() == "Lấy số từ kỳ trước"
    path = tmp_path / "II06a.xlsx"
    write_form06_export(path)
    assert tab.import_file(path)
    assert tab.model.rowCount() == 3
    assert [tab.messages.item(i).text() for i in range(tab.messages.count())] == [
        "Dòng 2 (Đất đai): Cột 3 (Tổng số nhận giải quyết = 60) phải bằng cột 7 + 11 (= 55)"]
    assert tab.rates_label.text() == ("<b>Toàn đơn vị:</b> tỷ lệ đúng hạn 89,3% · tỷ lệ trực tuyến 27,8% · "
                                      "số hồ sơ quá hạn 25")
    assert service.rows("2025-Q3") == []  # not saved until "Lưu"
    assert tab.carry_forward() == 1
    assert (tab.model.rows()[0].carried_over, tab.model.rows()[0].received_total) == (9, 121)
    assert "Quý II năm 2025" in tab.status_label.text()
    assert tab.save()
    assert "Vẫn còn lỗi kiểm tra" in tab.status_label.text()
    assert [r.carried_over for r in service.rows("2025-Q3")] == [9, 5]
    assert not tab.model.dirty
