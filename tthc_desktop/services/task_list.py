"""What the task views read: the list's pages and counts of a TaskFilter, the plan headings and filter
choices, the reminders' counts and the dashboard's figures. The UI asks here instead of running SQL itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..store import task_query
from ..store.task_query import REMOVED_CHOICES, TaskFilter, is_heading
from . import dashboard_data
from .context import AppContext

if TYPE_CHECKING:
    from .task_export import ExportResult

__all__ = ["REMOVED_CHOICES", "TaskListService", "is_heading"]  # plain names the list model and filter bar need


class TaskListService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def page(self, flt: TaskFilter, offset: int, limit: int) -> list[dict[str, Any]]:
        return task_query.fetch_page(self.ctx.db, flt, offset, limit)

    def count(self, flt: TaskFilter) -> int:
        return task_query.count_tasks(self.ctx.db, flt)

    def deadline_counts(self, flt: TaskFilter, within_days: int) -> tuple[int, int]:
        """(overdue, due within ``within_days``) of ``flt``."""
        return task_query.deadline_counts(self.ctx.db, flt, within_days)

    def plan_heading(self, plan_id: int) -> str:
        """"symbol — title (year)": the row naming a plan when the list is grouped."""
        plan = self.ctx.plans.get(plan_id)
        text = " — ".join(p for p in (plan.symbol, plan.title or "") if p)
        return f"{text} ({plan.year})"

    def plan_years(self) -> list[int]:
        return self.ctx.plans.years()

    def task_exists(self, task_id: int) -> bool:
        return self.ctx.tasks.exists(task_id)

    def default_roles(self) -> tuple[str, ...]:
        """Lead + coordinating, unless no task has a role yet (unit not set): then everything."""
        return task_query.scope_roles(self.ctx.db)

    def export_xlsx(self, flt: TaskFilter, path: Path, db=None) -> ExportResult:
        """The filtered list as .xlsx; *db*: a read connection of the calling thread (default: the context's)."""
        from .task_export import export_tasks_xlsx  # openpyxl: ~0.2 s, not at start-up

        return export_tasks_xlsx(db or self.ctx.db, flt, path)

    def dashboard(self, today: date) -> dashboard_data.DashboardData:
        """The Tổng quan figures, read on this thread (the page's fallback when its worker cannot read)."""
        return dashboard_data.collect(self.ctx.db, today)
