"""TaskListService: what the task list, its filter bar, the detail panel and the reminders read instead of SQL."""

from __future__ import annotations

from datetime import date

from tthc_desktop.domain.entities import Plan, Task, TaskDueDate, TaskRole
from tthc_desktop.services.task_list import TaskListService, is_heading
from tthc_desktop.store.task_query import TaskFilter

TODAY = date(2025, 6, 10)


def _plan(ctx, year: int, symbol: str = "", title: str = "Kế hoạch") -> int:
    return ctx.plans.add(Plan(title=title, year=year, symbol=symbol))


def test_pages_counts_and_deadlines_follow_the_filter(ctx):
    plan = _plan(ctx, 2025, "165/KH-UBND")
    late = ctx.tasks.add(Task(plan_id=plan, number="1", content="Rà soát", role=TaskRole.LEAD,
                              due_dates=(TaskDueDate(date(2025, 5, 30)),)))
    ctx.tasks.add(Task(plan_id=plan, number="2", content="Công khai", role=TaskRole.LEAD,
                       due_dates=(TaskDueDate(date(2025, 6, 13)),)))
    ctx.tasks.add(Task(plan_id=plan, number="I", content="Phần một", is_section=True))
    service = TaskListService(ctx)
    flt = TaskFilter(today=TODAY, sort="due")
    rows = service.page(flt, 0, 10)
    assert [r["number"] for r in rows] == ["1", "2"] and not any(is_heading(r) for r in rows)
    assert service.page(flt, 1, 10)[0]["number"] == "2"
    assert service.count(flt) == 2
    assert service.count(flt.with_(overdue_only=True)) == 1
    assert service.deadline_counts(flt, 7) == (1, 1)
    assert service.task_exists(late) and not service.task_exists(late + 100)


def test_plan_heading_and_years(ctx):
    service = TaskListService(ctx)
    first = _plan(ctx, 2024, "12/KH-UBND", "Kiểm soát TTHC")
    _plan(ctx, 2025, "", "Cải cách hành chính")
    _plan(ctx, 2025, "9/KH-UBND", "Số hóa hồ sơ")
    assert service.plan_heading(first) == "12/KH-UBND — Kiểm soát TTHC (2024)"
    assert service.plan_years() == [2025, 2024]


def test_default_roles_are_the_units_own_once_roles_are_known(ctx):
    service = TaskListService(ctx)
    plan = _plan(ctx, 2025)
    ctx.tasks.add(Task(plan_id=plan, number="1", content="Theo dõi", role=TaskRole.WATCHING))
    assert service.default_roles() == ()  # no role known yet: everything
    ctx.tasks.add(Task(plan_id=plan, number="2", content="Phối hợp", role=TaskRole.COORDINATING))
    assert service.default_roles() == ("lead", "coordinating")


def test_export_writes_the_filtered_rows(ctx, tmp_path):
    plan = _plan(ctx, 2025)
    ctx.tasks.add(Task(plan_id=plan, number="1", content="Rà soát", role=TaskRole.LEAD))
    result = TaskListService(ctx).export_xlsx(TaskFilter(today=TODAY), tmp_path / "nv.xlsx")
    assert result.rows == 1 and result.path.is_file()


def test_dashboard_figures_are_the_collected_ones(ctx):
    from tthc_desktop.services import dashboard_data

    plan = _plan(ctx, 2025)
    ctx.tasks.add(Task(plan_id=plan, number="1", content="Rà soát", role=TaskRole.LEAD,
                       due_dates=(TaskDueDate(date(2025, 5, 30)),)))
    data = TaskListService(ctx).dashboard(TODAY)
    assert data == dashboard_data.collect(ctx.db, TODAY) and data.overdue_total == 1
