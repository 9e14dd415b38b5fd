"""What the Tổng quan page shows: one grouped pass of the task status query plus the first page of each
list (no widgets here; the page runs this off the UI thread).

Counts are over the tasks of the officer's unit (lead or coordinating) once roles are known, otherwise
over all tasks. A window (the year, the current quarter's cut-off) counts tasks with a due date or a
completion inside it, plus those still needing a date; continuous tasks are counted separately.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from ..domain.periods import Period, PeriodKind, period_for_date
from ..domain.status import Status
from ..store.task_query import (
    TaskFilter,
    fetch_page,
    first_ids,
    scope_roles,
    snapshot_listing,
    status_breakdown,
)

if TYPE_CHECKING:
    import sqlite_utils

DUE_SOON_DAYS = 7
LIST_LIMIT = 50
DONE = (Status.DONE_ON_TIME, Status.DONE_LATE)


class MonthPoint(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    label: str  # "T1".."T12"
    completed: int | None  # cumulative completed by the month's end; None for months still to come
    due: int  # cumulative tasks due by the month's end


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


def current_period(today: date) -> Period:
    return period_for_date(PeriodKind.QUARTERLY, today)


def _month_end(year: int, month: int) -> date:
    return (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)


def collect(db: sqlite_utils.Database, today: date) -> DashboardData:
    """The figures from one grouped pass of the status query, the two lists as their first pages."""
    roles = scope_roles(db)
    period = current_period(today)
    y_start, y_end = date(today.year, 1, 1), date(today.year, 12, 31)
    data = DashboardData(today, bool(roles), period, Counter(), Counter())
    flt = TaskFilter(roles=roles, today=today, sort="due")
    plans: dict[int, PlanProgress] = {}
    done_months: Counter[int] = Counter()
    due_months: Counter[int] = Counter()
    labels: dict[int, str] | None = None
    # One pass of the status query (every due date aggregated once) into a temp table; the counts and both
    # lists read it (three passes before: 100,000 tasks took seconds).
    source = snapshot_listing(db, flt)
    for row in status_breakdown(db, flt, year=(y_start, y_end), period=period.cutoff(), soon_days=DUE_SOON_DAYS,
                                source=source):
        if row.undated_group:  # a heading for the dashboard (is_heading)
            continue
        status, n = row.status, row.count
        data.total += n
        if row.in_year or status is Status.CONTINUOUS:
            data.year_counts[status] += n
        if row.in_period or status is Status.CONTINUOUS:
            data.period_counts[status] += n
        if status is Status.OVERDUE:
            data.overdue_total += n
        elif row.due_soon:
            data.due_soon_total += n
        if labels is None:
            labels = dict(db.execute("SELECT id, symbol FROM plans").fetchall())
        plan = plans.setdefault(row.plan_id, PlanProgress(
            row.plan_id, labels.get(row.plan_id) or f"#{row.plan_id}", 0, 0))
        plan.total += n
        if status in DONE:
            plan.done += n
            done_months[row.done_month] += n
        if row.due_month is not None:
            due_months[row.due_month] += n
    if data.overdue_total:
        data.overdue = _first_rows(db, flt, source, "t.status = 'overdue'", {})
    if data.due_soon_total:
        soon = {"today": today.isoformat(), "due_limit": (today + timedelta(days=DUE_SOON_DAYS)).isoformat()}
        # the rule of TaskFilter.due_within_days, over the snapshot's columns
        data.due_soon = _first_rows(db, flt, source, "t.completed_on IS NULL AND t.is_continuous = 0 "
                                    "AND t.next_due BETWEEN :today AND :due_limit", soon)
    db.execute(f"DROP TABLE IF EXISTS {source}")
    data.plans = sorted(plans.values(), key=lambda p: p.plan_id)
    data.months = month_series(today, done_months, due_months)
    return data


def _first_rows(db: sqlite_utils.Database, flt: TaskFilter, source: str, condition: str,
                params: dict[str, Any]) -> list[dict[str, Any]]:
    """The first LIST_LIMIT list rows (fetch_page's columns) of the snapshot rows meeting ``condition``."""
    ids = first_ids(db, source, condition, params, LIST_LIMIT)
    return fetch_page(db, flt.with_(ids=tuple(ids)), 0, LIST_LIMIT) if ids else []


def month_series(today: date, done_months: Counter[int], due_months: Counter[int]) -> list[MonthPoint]:
    """completion_series from counts per month key (0 before the year, 1–12, 13 after it)."""
    points = []
    for month in range(1, 13):
        future = date(today.year, month, 1) > today
        completed = None if future else sum(n for m, n in done_months.items() if m <= month)
        points.append(MonthPoint(f"T{month}", completed, sum(n for m, n in due_months.items() if m <= month)))
    return points


def completion_series(today: date, done_on: list[date], due_on: list[date]) -> list[MonthPoint]:
    """Per month of the current year: tasks completed by its end (None after this month) and due by its end."""
    points = []
    for month in range(1, 13):
        end = _month_end(today.year, month)
        future = date(today.year, month, 1) > today
        completed = None if future else sum(1 for d in done_on if d <= end)
        points.append(MonthPoint(f"T{month}", completed, sum(1 for d in due_on if d <= end)))
    return points
