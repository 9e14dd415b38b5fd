"""What a re-import leaves on the Nhiệm vụ page (issue 18 §3 leftovers): a task no longer in the plan is out of
the page's counts but listed, greyed, under "Không còn trong kế hoạch mới"; changed tasks with progress wait
in a banner whose review dialog resolves them, each decision undoable."""

from __future__ import annotations

from datetime import date

import pytest
from page_host_support import FakeHost, shown
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from screenshots import save_shot

from tthc_desktop.domain.entities import TaskUpdate, UnitLevel
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services import events
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.ui.tasks.task_filter_bar import REMOVED_CHOICE, filter_from_json, filter_to_json
from tthc_desktop.ui.tasks.task_table_model import COL_CONTENT, COL_STATUS
from tthc_desktop.ui.tasks.tasks_page import TasksPage

TODAY = date(2025, 6, 10)
GONE = "1.2\tThẩm tra dự thảo quyết định, trình Chủ tịch UBND tỉnh công bố"
DETAILS = PlanDetails(title="Triển khai NQ 66", year=2025, symbol="165/KH-UBND")


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
    host = FakeHost(ctx, TODAY)
    qtbot.add_widget(host)
    page = shown(qtbot, TasksPage(host), 1300, 720)
    page.host = host
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


II21 = "2.1\tRà soát, xây dựng phương án cắt giảm trình Chủ tịch UBND tỉnh"


def test_conflict_banner_opens_the_review_and_each_decision_is_undoable(qtbot, ctx, appendix_text, tmp_path,
                                                                        vietnamese):
    ctx.units.save_own_unit("Văn phòng UBND tỉnh", UnitLevel.DEPARTMENT)
    plan_id = import_text(ctx, appendix_text, tmp_path, "kh.txt").plan_id
    page = make_page(qtbot, ctx)
    banner = page.conflict_banner
    assert banner.isHidden()  # nothing to review yet
    (task,) = [t for t in ctx.tasks.by_plan(plan_id) if t.number == "II.2.1"]
    ctx.tasks.add_update(TaskUpdate(task_id=task.id, updated_on=date(2025, 5, 20), note="Đã rà soát 70%", percent=70))
    lines = appendix_text.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(II21))
    lines[i] = lines[i].replace("xây dựng phương án", "hoàn thiện phương án").replace("30/5/2025", "15/6/2025")
    edited = "\n".join(lines)
    assert import_text(ctx, edited, tmp_path, "kh-2.txt").conflicts == ["II.2.1"]
    ctx.events.emit(events.PLANS_CHANGED)  # what the import wizard does after an import

    assert not banner.isHidden()
    assert banner.label.text() == "1 nhiệm vụ có nội dung thay đổi sau khi nhập lại — cần xem xét"
    assert banner.button.text() == "Xem xét…"
    save_shot(page, "tasks_conflict_banner")
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    dialog = banner.dialog
    qtbot.wait_exposed(dialog)
    assert dialog.list.count() == 1 and dialog.title.text().startswith("Nhiệm vụ II.2.1 — nội dung thay đổi")
    assert "xây dựng phương án" in dialog.old_view.toPlainText()
    assert "hoàn thiện phương án" in dialog.new_view.toPlainText()
    assert "1 lần cập nhật tiến độ, cao nhất 70%" in dialog.progress.text()
    assert "Đã rà soát 70%" in dialog.progress.text()
    assert "Thời hạn trong tệp mới: Năm 2025, trước ngày 15/6/2025" in dialog.deadline.text()
    assert (dialog.accept_button.text(), dialog.keep_button.text()) == ("Nhận nội dung mới", "Giữ nội dung cũ")
    save_shot(dialog, "reimport_conflicts_dialog")

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "hoàn thiện phương án" in ctx.tasks.get(task.id).content
    assert [u.percent for u in ctx.tasks.updates(task.id)] == [70]
    assert banner.isHidden() and not dialog.empty.isHidden() and dialog.list.count() == 0
    stack = page.host.undo_stack
    assert stack.undoText() == "Nhận nội dung mới cho nhiệm vụ II.2.1"
    stack.undo()  # the text and the banner come back
    assert ctx.tasks.get(task.id).content == task.content
    assert not banner.isHidden() and dialog.list.count() == 1
    qtbot.wait(50)  # the detail pane was hidden while the list was empty: let the layout place it again
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert ctx.tasks.get(task.id).content == task.content and banner.isHidden()
