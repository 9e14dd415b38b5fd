"""What a re-import leaves on the Nhiệm vụ page (issue 18 §3 leftovers): a task no longer in the plan is out of
the page's counts but listed, greyed, under "Không còn trong kế hoạch mới"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from screenshots import save_shot

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.importers.table_readers import read_text_table
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.ui.shell.actions import ActionId, ActionRegistry
from tthc_desktop.ui.shell.settings import AppSettings
from tthc_desktop.ui.tasks.task_filter_bar import REMOVED_CHOICE, filter_from_json, filter_to_json
from tthc_desktop.ui.tasks.task_table_model import COL_CONTENT, COL_STATUS
from tthc_desktop.ui.tasks.tasks_page import TasksPage

TODAY = date(2025, 6, 10)
GONE = "1.2\tThẩm tra dự thảo quyết định, trình Chủ tịch UBND tỉnh công bố"
DETAILS = PlanDetails(title="Triển khai NQ 66", year=2025, symbol="165/KH-UBND")


class Host(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.settings = AppSettings()
        self.actions = ActionRegistry(self)
        self.actions[ActionId.FIND].setEnabled(False)

    def show_page(self, key: str) -> None:
        pass


def import_text(ctx, text, tmp_path, name):
    table = read_text_table(text, source=name)[0]
    preview = build_preview(tmp_path / name, table, plan_year=2025, unit=ctx.units.own_unit(), sha256=name)
    return import_plan(ctx, preview, DETAILS)


@pytest.fixture
def reimported(ctx, appendix_text, tmp_path):
    ctx.units.save_own_unit("Văn phòng UBND tỉnh", UnitLevel.DEPARTMENT)
    import_text(ctx, appendix_text, tmp_path, "kh.txt")
    lines = [line for line in appendix_text.splitlines() if not line.startswith(GONE)]
    assert import_text(ctx, "\n".join(lines), tmp_path, "kh-moi.txt").missing_in_source == ["III.1.2"]


def make_page(qtbot, ctx):
    host = Host(ctx)
    qtbot.add_widget(host)
    page = TasksPage(host, today=lambda: TODAY)
    qtbot.add_widget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.wait_exposed(page)
    return page


def numbers(page):
    page.model.fetch_all_rows()
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_removed_task_is_out_of_the_counts_and_listed_greyed_under_its_filter(qtbot, ctx, reimported, vietnamese):
    page = make_page(qtbot, ctx)
    bar = page.filter_bar
    bar.role_combo.setCurrentIndex(bar.role_combo.findData("all"))
    assert "III.1.2" not in numbers(page)
    assert page.count_label.text() == "Hiển thị 28 / 28 nhiệm vụ"  # 29 tasks imported, one no longer in the plan
    index = bar.status_combo.findData(REMOVED_CHOICE)
    assert bar.status_combo.itemText(index) == "Không còn trong kế hoạch mới"
    bar.status_combo.setCurrentIndex(index)
    assert numbers(page) == ["III.1.2"]
    model = page.model
    assert "Không còn trong kế hoạch mới" in model.index(0, COL_STATUS).data()
    grey = model.index(0, COL_CONTENT).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(grey, QColor) and grey.saturation() < 30 and model.index(0, 0).data(
        Qt.ItemDataRole.BackgroundRole) is None  # overdue, yet not painted as a late task
    save_shot(page, "tasks_removed_filter")
    # The choice is remembered like the other filters.
    flt, _grouped = filter_from_json(filter_to_json(bar.current_filter(), False))
    assert flt.removed == "only" and flt.statuses == ()
