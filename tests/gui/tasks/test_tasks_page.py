"""The Nhiệm vụ page in Vietnamese: filters, folded search through the box, header sorting, Ctrl+F, the
remembered filter, reminders' entry points and the Excel export, on the imported Tiền Giang plan."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from operation_support import finish
from page_host_support import FakeHost, shown
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tthc_desktop.domain.entities import Task, TaskRole, UnitLevel
from tthc_desktop.domain.text_fold import fold
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.store.task_query import TaskFilter
from tthc_desktop.ui.shell.actions import ActionId
from tthc_desktop.ui.tasks.task_table_model import COL_CONTENT, COL_DUE, COL_STATUS
from tthc_desktop.ui.tasks.tasks_page import TasksPage

TODAY = date(2025, 6, 10)


@pytest.fixture
def imported(ctx, appendix_text, tmp_path):
    ctx.units.save_own_unit("Văn phòng UBND tỉnh", UnitLevel.DEPARTMENT)
    table = read_text_table(appendix_text, source="kh.txt")[0]
    preview = build_preview(tmp_path / "kh.txt", table, plan_year=2025, unit=ctx.units.own_unit(), sha256="x")
    plan_id = import_plan(ctx, preview, PlanDetails(title="Triển khai NQ 66", year=2025, symbol="165/KH-UBND")).plan_id
    ctx.tasks.add(Task(plan_id=plan_id, number="V.1", position=99, content="Làm việc với ông Nguyễn Văn Đức",
                       role=TaskRole.LEAD, needs_date=True))
    return plan_id


def make_page(qtbot, ctx):
    host = FakeHost(ctx, TODAY)
    host.actions[ActionId.FIND].setEnabled(False)  # as the window leaves it after building its pages
    qtbot.add_widget(host)
    page = shown(qtbot, TasksPage(host), 1200, 700)
    return host, page


@pytest.fixture
def page(qtbot, ctx, imported, vietnamese):
    return make_page(qtbot, ctx)[1]


def listed(page):
    page.model.fetch_all_rows()
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_vietnamese_labels_counts_and_legend(page):
    assert page.model.headerData(COL_DUE, Qt.Orientation.Horizontal) == "Hạn"
    assert page.model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Trạng thái"
    assert page.filter_bar.role_combo.currentText() == "Chủ trì và phối hợp"
    assert page.count_label.text() == f"Hiển thị {page.model.filtered_count()} / 30 nhiệm vụ"
    assert page.model.filtered_count() < 30  # tasks of other units are hidden by default
    assert page.legend.chips[page.legend.ORDER[0]].text() == "Quá hạn"
    assert page.import_button.text() == "Nhập kế hoạch…" and page.export_button.text() == "Xuất Excel…"
    page.filter_bar.role_combo.setCurrentIndex(page.filter_bar.role_combo.findData("all"))
    rows = listed(page)
    assert len(rows) == 30 and "II" not in rows and "II.2" not in rows  # headings hidden
    due = {page.model.index(r, 0).data(): page.model.index(r, COL_DUE).data() for r in range(len(rows))}
    assert due["IV.2.7"] == "Thường xuyên" and due["III.4"] == "Cần đặt hạn" and due["II.1"] == "24/04/2025"


def test_filters(page, imported, qtbot):
    bar = page.filter_bar
    bar.role_combo.setCurrentIndex(bar.role_combo.findData("all"))
    bar.overdue_check.setChecked(True)
    overdue = listed(page)
    assert "II.1" in overdue and all(page.model.row_data(r)["status"] == "overdue" for r in range(len(overdue)))
    bar.overdue_check.setChecked(False)
    bar.needs_date_check.setChecked(True)
    assert set(listed(page)) >= {"III.4", "V.1"}
    bar.needs_date_check.setChecked(False)
    bar.due_check.setChecked(True)
    bar.due_spin.setValue(10)
    soon = listed(page)
    assert soon and all("2025-06-10" <= page.model.row_data(r)["next_due"] <= "2025-06-20"
                        for r in range(len(soon)))
    bar.due_check.setChecked(False)
    bar.year_combo.setCurrentIndex(bar.year_combo.findData(2025))
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("continuous"))
    assert "IV.2.7" in listed(page) and all(
        page.model.index(r, COL_STATUS).data() == "Thường xuyên" for r in range(page.model.rowCount()))
    bar.plan_combo.setCurrentIndex(bar.plan_combo.findData(imported))
    assert "IV.2.7" in listed(page)
    bar.role_combo.setCurrentIndex(bar.role_combo.findData("lead"))
    assert all(page.model.row_data(r)["role"] == "lead" for r in range(len(listed(page))))


@pytest.mark.parametrize("typed, expected", [("duc", "Làm việc với ông Nguyễn Văn Đức"), ("dia gioi", "địa giới")])
def test_folded_search_through_the_box(page, qtbot, typed, expected):
    page.filter_bar.role_combo.setCurrentIndex(page.filter_bar.role_combo.findData("all"))
    with qtbot.wait_signal(page.filter_bar.filter_changed, timeout=2000):
        qtbot.keyClicks(page.filter_bar.search_edit, typed)  # debounced: one filter after the pause
    rows = listed(page)
    assert rows
    assert all(expected in page.model.index(r, COL_CONTENT).data() for r in range(len(rows)))


def click_header(qtbot, page, column):
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sorting_by_clicking_headers(page, qtbot):
    page.filter_bar.role_combo.setCurrentIndex(page.filter_bar.role_combo.findData("all"))
    click_header(qtbot, page, COL_DUE)
    if page.model.task_filter().descending:
        click_header(qtbot, page, COL_DUE)
    listed(page)
    dues = [page.model.row_data(r)["next_due"] for r in range(page.model.rowCount())]
    dated = [d for d in dues if d]
    assert dated == sorted(dated) and dues[-1] is None
    assert page.model.task_filter().sort == "due"
    click_header(qtbot, page, COL_CONTENT)
    if not page.model.task_filter().descending:
        click_header(qtbot, page, COL_CONTENT)
    assert page.model.task_filter().sort == "content" and page.model.task_filter().descending
    contents = [page.model.index(r, COL_CONTENT).data() for r in range(page.model.rowCount())]
    folded = [fold(c) for c in contents]
    assert folded == sorted(folded, reverse=True)  # Vietnamese order: "Đ…" sorts with "D…", not after "Z"
    # the next filter keeps the sort
    page.filter_bar.overdue_check.setChecked(True)
    assert page.model.task_filter().sort == "content"


def test_find_action_focuses_search_and_selection_signal(qtbot, ctx, imported, vietnamese):
    host, page = make_page(qtbot, ctx)
    qtbot.wait_until(lambda: host.actions[ActionId.FIND].isEnabled())
    host.actions[ActionId.FIND].trigger()
    assert host.shown == ["tasks"]
    qtbot.wait_until(lambda: page.filter_bar.search_edit.hasFocus())
    with qtbot.wait_signal(page.task_selected) as blocker:
        page.view.setCurrentIndex(page.model.index(1, 0))
    assert blocker.args == [page.current_task_id()] and page.current_task_id() == page.model.task_id(1)


def test_filter_is_remembered(qtbot, ctx, imported, vietnamese):
    _, first = make_page(qtbot, ctx)
    first.filter_bar.overdue_check.setChecked(True)
    first.view.sortByColumn(COL_DUE, Qt.SortOrder.DescendingOrder)
    _, second = make_page(qtbot, ctx)
    assert second.filter_bar.overdue_check.isChecked()
    assert second.model.task_filter().sort == "due" and second.model.task_filter().descending


def test_reminder_entry_points(page):
    page.show_overdue()
    assert page.filter_bar.overdue_check.isChecked()
    assert all(page.model.row_data(r)["status"] == "overdue" for r in range(len(listed(page))))
    page.show_due_within(30)
    assert page.filter_bar.due_check.isChecked() and page.filter_bar.due_spin.value() == 30
    page.apply_filter(TaskFilter(search="dia gioi"))
    assert page.filter_bar.search_edit.text() == "dia gioi" and page.model.task_filter().search == "dia gioi"


def test_grouping_toggle(page):
    page.filter_bar.role_combo.setCurrentIndex(page.filter_bar.role_combo.findData("all"))
    page.filter_bar.group_check.setChecked(True)
    rows = listed(page)
    assert rows[0] is None and "II" in rows and "II.2" in rows  # plan row, then sections and groups
    assert not page.view.isSortingEnabled()


def test_export_writes_the_filtered_list(page, tmp_path, qtbot):
    page.filter_bar.role_combo.setCurrentIndex(page.filter_bar.role_combo.findData("all"))
    page.filter_bar.overdue_check.setChecked(True)
    with qtbot.wait_signal(page.exported) as exported:  # written off the UI thread
        page.export_to(tmp_path / "qua-han.xlsx")
    path = exported.args[0]
    ws = openpyxl.load_workbook(path).active
    numbers = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert "II.1" in numbers and "III.4" not in numbers
    assert page.message_box.icon() == QMessageBox.Icon.Information
    assert page.message_box.text().startswith(f"Đã xuất {page.model.filtered_count()} nhiệm vụ")
    page.message_box.close()
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "x.xlsx").mkdir()  # a folder where the file should go: cannot be written
    assert finish(qtbot, page.export_to(tmp_path / "ro" / "x.xlsx")) is None
    assert page.message_box.icon() == QMessageBox.Icon.Critical
    assert page.message_box.text().startswith("Không ghi được tệp")
