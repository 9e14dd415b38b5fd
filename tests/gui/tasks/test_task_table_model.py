"""The lazy task model: qtmodeltester, status colours and due-soon bands, paging, refresh from events."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tthc_desktop.domain.entities import DueDateKind, Plan, Task, TaskDueDate, TaskUpdate
from tthc_desktop.domain.status import Status
from tthc_desktop.services import events
from tthc_desktop.store.task_query import TaskFilter
from tthc_desktop.ui.tasks.task_table_model import (
    COL_DUE,
    COL_OUTCOME,
    COL_STATUS,
    OVERDUE_ROW,
    DaysLeftRole,
    DueSoonRole,
    HeadingRole,
    StatusRole,
    TaskTableModel,
)

TODAY = date(2025, 6, 10)


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def tasks(ctx):
    plan = ctx.plans.add(Plan(title="Triển khai NQ 66", year=2025, symbol="165/KH-UBND"))
    add = ctx.tasks.add
    ids = {
        Status.OVERDUE: add(Task(plan_id=plan, number="1", position=1, content="Quá hạn",
                                 due_dates=(TaskDueDate(day(-2)),))),
        Status.NOT_DUE: add(Task(plan_id=plan, number="2", position=2, content="Còn ba ngày",
                                 due_dates=(TaskDueDate(day(3)),))),
        Status.IN_PROGRESS: add(Task(plan_id=plan, number="3", position=3, content="Đang làm",
                                     due_dates=(TaskDueDate(day(30)),))),
        Status.DONE_ON_TIME: add(Task(plan_id=plan, number="4", position=4, content="Xong đúng hạn",
                                      completed_on=day(-5), due_dates=(TaskDueDate(day(-3)),))),
        Status.DONE_LATE: add(Task(plan_id=plan, number="5", position=5, content="Xong trễ", outcome="Đã gửi",
                                   completed_on=day(-1), due_dates=(TaskDueDate(day(-3)),
                                                                    TaskDueDate(day(0), DueDateKind.EXTENSION)))),
        Status.CONTINUOUS: add(Task(plan_id=plan, number="6", position=6, content="Thường xuyên",
                                    is_continuous=True)),
        Status.NEEDS_DATE: add(Task(plan_id=plan, number="7", position=7, content="Theo lộ trình",
                                    needs_date=True)),
    }
    ctx.tasks.add_update(TaskUpdate(task_id=ids[Status.IN_PROGRESS], updated_on=TODAY, note="50%", percent=50))
    return ids


@pytest.fixture
def model(ctx, tasks, qtmodeltester):
    m = TaskTableModel(ctx, today=lambda: TODAY)
    m.fetch_all_rows()
    qtmodeltester.check(m)
    return m


def row_by_number(model, number):
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)


def test_every_status_has_its_colour_label_and_row_tint(model, tasks, vietnamese):
    assert model.rowCount() == len(Status)
    for status, task_id in tasks.items():
        row = model.row_of(task_id)
        index = model.index(row, COL_STATUS)
        assert index.data(StatusRole) == status.value
        assert index.data() == status.label_vi
        assert index.data(Qt.ItemDataRole.DecorationRole) == QColor(status.colour)
    overdue = model.row_of(tasks[Status.OVERDUE])
    assert model.index(overdue, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_ROW
    assert model.index(model.row_of(tasks[Status.NEEDS_DATE]), 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_deadline_texts_and_due_soon_band(model, tasks):
    def cell(status, col, role=Qt.ItemDataRole.DisplayRole):
        return model.index(model.row_of(tasks[status]), col).data(role)

    assert cell(Status.NOT_DUE, COL_DUE) == day(3).strftime("%d/%m/%Y")
    assert cell(Status.NOT_DUE, 0, DueSoonRole) == 3 and cell(Status.NOT_DUE, 0, DaysLeftRole) == 3
    assert "3" in cell(Status.NOT_DUE, COL_STATUS, Qt.ItemDataRole.ToolTipRole)
    assert cell(Status.IN_PROGRESS, 0, DueSoonRole) is None
    assert cell(Status.OVERDUE, 0, DaysLeftRole) == -2 and cell(Status.OVERDUE, 0, DueSoonRole) is None
    assert cell(Status.CONTINUOUS, COL_DUE) == "Continuous"  # source language here; Vietnamese in the page test
    assert cell(Status.NEEDS_DATE, COL_DUE) == "Needs a date"
    assert "(extended)" in cell(Status.DONE_LATE, COL_DUE) and cell(Status.DONE_LATE, COL_OUTCOME) == "Đã gửi"
    assert cell(Status.DONE_ON_TIME, COL_OUTCOME).startswith("Completed on")


def test_lazy_pages_and_counter(ctx, tasks, qtmodeltester):
    m = TaskTableModel(ctx, today=lambda: TODAY, page_size=3)
    assert m.rowCount() == 0 and m.rows_fetched == 0 and m.canFetchMore()
    m.fetchMore()
    assert m.rowCount() == 3 and m.rows_fetched == 3
    qtmodeltester.check(m)
    m.fetch_all_rows()
    assert m.rowCount() == 7 and not m.canFetchMore() and m.rows_fetched == 7
    assert m.filtered_count() == m.total_count() == 7


def test_sort_and_filter_reset(model):
    model.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    model.fetch_all_rows()
    dues = [model.row_data(r)["next_due"] for r in range(model.rowCount())]
    dated = [d for d in dues if d]
    assert dated == sorted(dated) and dues[-1] is None
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.fetch_all_rows()
    contents = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert contents[0] == "Xong trễ" and model.task_filter().descending
    model.set_filter(TaskFilter(overdue_only=True))
    model.fetch_all_rows()
    assert model.rowCount() == 1 and model.filtered_count() == 1


def test_refresh_from_events_updates_rows_in_place(ctx, model, tasks, qtbot):
    task_id = tasks[Status.OVERDUE]
    ctx.tasks.update_fields(task_id, {"completed_on": TODAY, "outcome": "Đã xong"})
    before = model.rows_fetched
    with qtbot.wait_signal(model.dataChanged), qtbot.assert_not_emitted(model.modelReset):
        ctx.events.emit(events.TASKS_CHANGED, task_ids={task_id})
    row = model.row_of(task_id)
    assert model.index(row, COL_STATUS).data(StatusRole) == Status.DONE_LATE.value
    assert model.rows_fetched == before + 1
    new = ctx.tasks.add(Task(plan_id=ctx.plans.all()[0].id, number="8", position=8, content="Việc mới"))
    with qtbot.wait_signal(model.modelReset):
        ctx.events.emit(events.TASKS_CHANGED, task_ids={new})
    assert model.row_of(new) is not None
    with qtbot.wait_signal(model.modelReset):
        ctx.events.emit(events.DATABASE_REPLACED)


def test_grouping_shows_headings_and_plan_rows(ctx, tasks, qtmodeltester):
    plan = ctx.plans.all()[0].id
    ctx.tasks.add(Task(plan_id=plan, number="I", position=0, content="NHIỆM VỤ CHUNG", is_section=True))
    m = TaskTableModel(ctx, today=lambda: TODAY)
    m.fetch_all_rows()
    assert m.rowCount() == 7
    m.set_grouped(True)
    m.fetch_all_rows()
    qtmodeltester.check(m)
    assert m.rowCount() == 9  # plan row + section + 7 tasks
    assert m.index(0, 1).data().startswith("Plan 165/KH-UBND") and m.index(0, 0).data(HeadingRole)
    assert m.index(1, 1).data() == "NHIỆM VỤ CHUNG" and m.index(1, 0).data(HeadingRole)
    assert m.index(1, COL_STATUS).data() == "" and m.task_id(0) is None
    assert m.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_task_missing_from_a_reimport_is_marked(ctx, tasks, vietnamese):
    """Issue 18 §3: a task a re-import no longer found stays listed, marked "không còn trong kế hoạch mới"."""
    from tthc_desktop.store.task_marks import TaskMarksRepository

    TaskMarksRepository(ctx.writer).set_removed(tasks[Status.IN_PROGRESS], TODAY)
    m = TaskTableModel(ctx, today=lambda: TODAY)
    m.fetch_all_rows()
    assert m.row_of(tasks[Status.IN_PROGRESS]) is None  # counted nowhere: not in the default list either
    m.set_filter(TaskFilter(today=TODAY, removed="include"))
    m.fetch_all_rows()
    marked = m.index(m.row_of(tasks[Status.IN_PROGRESS]), COL_STATUS).data()
    assert marked == f"{Status.IN_PROGRESS.label_vi}\nKhông còn trong kế hoạch mới"
    assert m.index(m.row_of(tasks[Status.OVERDUE]), COL_STATUS).data() == Status.OVERDUE.label_vi
