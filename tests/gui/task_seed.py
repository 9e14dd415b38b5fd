"""Shared by the task detail / undo / dashboard / reminder GUI tests: one task in every status on a fixed day,
and the Vietnamese translators. Loaded with importlib (tests are not a package)."""

from __future__ import annotations

from datetime import date

from tthc_desktop.domain.entities import Plan, Task, TaskDueDate, TaskRole, TaskUpdate, UnitLevel
from tthc_desktop.domain.status import Status

TODAY = date(2025, 6, 10)


def seed(ctx) -> dict[Status, int]:
    """One lead task per status on TODAY (10/06/2025); returns status → task id."""
    plan = ctx.plans.add(Plan(title="Triển khai Nghị quyết 66/NQ-CP", year=2025, symbol="165/KH-UBND"))

    def add(number: str, content: str, dues=(), **fields) -> int:
        return ctx.tasks.add(Task(plan_id=plan, number=number, content=content, role=TaskRole.LEAD,
                                  lead_text="Sở Tư pháp", due_dates=tuple(TaskDueDate(d) for d in dues),
                                  **fields))

    ids = {
        Status.OVERDUE: add("1", "Rà soát thủ tục đất đai", [date(2025, 5, 30)],
                            deadline_text="Trước ngày 30/5/2025", deadline_rule="Trước ngày 30/05/2025 → hạn 30/05/2025"),
        Status.IN_PROGRESS: add("2", "Công khai trên Cổng dịch vụ công", [date(2025, 6, 13)]),
        Status.NOT_DUE: add("3", "Báo cáo sơ kết 6 tháng", [date(2025, 9, 30)]),
        Status.NEEDS_DATE: add("4", "Xây dựng cơ sở dữ liệu", needs_date=True, deadline_text="Theo lộ trình"),
        Status.CONTINUOUS: add("5", "Theo dõi, đôn đốc", is_continuous=True, deadline_text="Thường xuyên"),
        Status.DONE_ON_TIME: add("6", "Ban hành kế hoạch", [date(2025, 5, 20)], completed_on=date(2025, 5, 19)),
        Status.DONE_LATE: add("7", "Tập huấn cán bộ", [date(2025, 4, 30)], completed_on=date(2025, 5, 5)),
    }
    ctx.tasks.add_update(TaskUpdate(task_id=ids[Status.IN_PROGRESS], updated_on=date(2025, 6, 1), note="Đã đăng 10/20"))
    return ids


def seed_department(ctx, unit_name: str = "Sở Tư pháp") -> dict[Status, int]:
    """The unit is a department (sở) named *unit_name*; then ``seed``."""
    ctx.units.save_own_unit(unit_name, UnitLevel.DEPARTMENT)
    return seed(ctx)
