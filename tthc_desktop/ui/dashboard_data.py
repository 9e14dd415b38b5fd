"""What the Tổng quan page shows, gathered in one pass over the task query (no widgets here).

Counts are over the tasks of the officer's unit (lead or coordinating) once roles are known, otherwise
over all tasks. A window (the year, the current quarter's cut-off) counts tasks with a due date or a
completion inside it, plus those still needing a date; continuous tasks are counted separately.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from ..domain.periods import Period, PeriodKind, period_for_date
from ..domain.status import Status
from ..store.task_query import TaskFilter, fetch_all
from .status_chart import MonthPoint

DUE_SOON_DAYS = 7
LIST_LIMIT = 50
DONE = (Status.DONE_ON_TIME, Status.DONE_LATE)


@dataclass
class PlanProgress:
    plan_id: int
    label: str
    done: int
    total: int


@dataclass
class DashboardData:
    today: date
    own_unit_only: bool
    period: Period
    year_counts: dict[Status, int]
    period_counts: dict[Status, int]
    overdue: list[dict[str, Any]] = field(default_factory=list)
    overdue_total: int = 0
    due_soon: list[dict[str, Any]] = field(default_factory=list)
    due_soon_total: int = 0
    plans: list[PlanProgress] = field(default_factory=list)
    months: list[MonthPoint] = field(default_factory=list)
    total: int = 0


def scope_roles(db: sqlite_utils.Database) -> tuple[str, ...]:
    """The unit's own tasks once import classified any; all tasks before that."""
    has_roles = db.execute("SELECT 1 FROM tasks WHERE role IN ('lead','coordinating') LIMIT 1").fetchone()
    return ("lead", "coordinating") if has_roles else ()


def is_heading(row: dict[str, Any]) -> bool:
    """Sections, and group rows without a deadline of their own, only structure a plan."""
    return bool(row["is_section"]) or (bool(row["is_group"]) and not row["next_due"]
                                        and not (row["deadline_text"] or "").strip())


def current_period(today: date) -> Period:
    return period_for_date(PeriodKind.QUARTERLY, today)


def _in_window(row: dict[str, Any], status: Status, start: date, end: date) -> bool:
    if status is Status.NEEDS_DATE:
        return True
    for key in ("next_due", "completed_on"):
        if row[key] and start <= date.fromisoformat(row[key]) <= end:
            return True
    return False


def _month_end(year: int, month: int) -> date:
    return (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)


def collect(db: sqlite_utils.Database, today: date) -> DashboardData:
    roles = scope_roles(db)
    period = current_period(today)
    p_start, p_end = period.cutoff()
    y_start, y_end = date(today.year, 1, 1), date(today.year, 12, 31)
    data = DashboardData(today, bool(roles), period, Counter(), Counter())
    plans: dict[int, PlanProgress] = {}
    done_on: list[date] = []
    due_on: list[date] = []
    soon_limit = today + timedelta(days=DUE_SOON_DAYS)
    for row in fetch_all(db, TaskFilter(roles=roles, today=today, sort="due")):
        if is_heading(row):
            continue
        status = Status(row["status"])
        data.total += 1
        if _in_window(row, status, y_start, y_end) or status is Status.CONTINUOUS:
            data.year_counts[status] += 1
        if _in_window(row, status, p_start, p_end) or status is Status.CONTINUOUS:
            data.period_counts[status] += 1
        due = date.fromisoformat(row["next_due"]) if row["next_due"] else None
        if status is Status.OVERDUE:
            data.overdue_total += 1
            if len(data.overdue) < LIST_LIMIT:
                data.overdue.append(row)
        elif status not in (*DONE, Status.CONTINUOUS) and due is not None and today <= due <= soon_limit:
            data.due_soon_total += 1
            if len(data.due_soon) < LIST_LIMIT:
                data.due_soon.append(row)
        plan = plans.setdefault(row["plan_id"], PlanProgress(
            row["plan_id"], row["plan_symbol"] or f"#{row['plan_id']}", 0, 0))
        plan.total += 1
        if status in DONE:
            plan.done += 1
            done_on.append(date.fromisoformat(row["completed_on"]))
        if due is not None and status is not Status.CONTINUOUS:
            due_on.append(due)
    data.plans = sorted(plans.values(), key=lambda p: p.plan_id)
    data.months = completion_series(today, done_on, due_on)
    return data


def completion_series(today: date, done_on: list[date], due_on: list[date]) -> list[MonthPoint]:
    """Per month of the current year: tasks completed by its end (None after this month) and due by its end."""
    points = []
    for month in range(1, 13):
        end = _month_end(today.year, month)
        future = date(today.year, month, 1) > today
        completed = None if future else sum(1 for d in done_on if d <= end)
        points.append(MonthPoint(f"T{month}", completed, sum(1 for d in due_on if d <= end)))
    return points
