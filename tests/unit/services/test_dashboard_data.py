"""dashboard_data.collect (one grouped SQL pass plus two list pages) against a plain Python computation over
every listed row, on a seeded database with every status, several plans, roles, headings and extensions."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest

from tthc_desktop.domain.entities import DueDateKind, Plan, Task, TaskDueDate, TaskRole, TaskUpdate
from tthc_desktop.domain.status import Status
from tthc_desktop.services import dashboard_data as dd
from tthc_desktop.store.task_query import TaskFilter, fetch_all

TODAY = date(2025, 6, 10)
DONE = (Status.DONE_ON_TIME, Status.DONE_LATE)


def reference(db, today: date) -> dd.DashboardData:
    """The straightforward computation: every row, figures counted in Python."""
    roles = dd.scope_roles(db)
    period = dd.current_period(today)
    windows = {"year": (date(today.year, 1, 1), date(today.year, 12, 31)), "period": period.cutoff()}
    data = dd.DashboardData(today, bool(roles), period, Counter(), Counter())
    plans: dict[int, dd.PlanProgress] = {}
    done_on, due_on = [], []
    for row in fetch_all(db, TaskFilter(roles=roles, today=today, sort="due")):
        if row["is_section"] or (row["is_group"] and not row["next_due"] and not (row["deadline_text"] or "").strip()):
            continue
        status = Status(row["status"])
        due = date.fromisoformat(row["next_due"]) if row["next_due"] else None
        done = date.fromisoformat(row["completed_on"]) if row["completed_on"] else None
        data.total += 1
        for name, counts in (("year", data.year_counts), ("period", data.period_counts)):
            start, end = windows[name]
            if (status in (Status.NEEDS_DATE, Status.CONTINUOUS) or any(d and start <= d <= end for d in (due, done))):
                counts[status] += 1
        if status is Status.OVERDUE:
            data.overdue_total += 1
            if len(data.overdue) < dd.LIST_LIMIT:
                data.overdue.append(row)
        elif status not in (*DONE, Status.CONTINUOUS) and due and today <= due <= today + timedelta(days=7):
            data.due_soon_total += 1
            if len(data.due_soon) < dd.LIST_LIMIT:
                data.due_soon.append(row)
        plan = plans.setdefault(row["plan_id"], dd.PlanProgress(row["plan_id"], row["plan_symbol"] or
                                                                 f"#{row['plan_id']}", 0, 0))
        plan.total += 1
        if status in DONE:
            plan.done += 1
            done_on.append(done)
        if due and status is not Status.CONTINUOUS:
            due_on.append(due)
    data.plans = sorted(plans.values(), key=lambda p: p.plan_id)
    data.months = dd.completion_series(today, done_on, due_on)
    return data


def seed_random(ctx, n: int = 400, with_roles: bool = True) -> None:
    rnd = random.Random(20250610)
    plan_ids = [ctx.plans.add(Plan(title=f"Kế hoạch {i}", year=2024 + i % 2, symbol=("" if i == 2 else f"{i}/KH")))
                for i in range(3)]

    def day() -> date:
        return date(2024, 10, 1) + timedelta(days=rnd.randrange(0, 540))

    for i in range(n):
        kind = rnd.random()
        dues: list[TaskDueDate] = []
        fields: dict = {}
        if kind < 0.05:
            fields["is_section"] = True
        elif kind < 0.12:
            fields["is_group"] = True
            fields["deadline_text"] = rnd.choice(["", "Năm 2025", "\t"])
        if kind < 0.1 or rnd.random() < 0.1:
            fields["is_continuous"] = True
        elif rnd.random() < 0.1:
            fields["needs_date"] = True
        else:
            dues = [TaskDueDate(day()) for _ in range(rnd.randrange(0, 3))]
            if rnd.random() < 0.15:
                dues.append(TaskDueDate(day(), DueDateKind.EXTENSION, "CV 12"))
            if rnd.random() < 0.1:
                dues.append(TaskDueDate(TODAY + timedelta(days=rnd.randrange(0, 9)), DueDateKind.RECURRING))
        if rnd.random() < 0.3:
            fields["completed_on"] = day()
        role = rnd.choice(list(TaskRole)) if with_roles else TaskRole.WATCHING
        task = ctx.tasks.add(Task(plan_id=rnd.choice(plan_ids), number=str(i), content=f"Nhiệm vụ {i}", role=role,
                                  due_dates=tuple(dues), **fields))
        if rnd.random() < 0.2:
            ctx.tasks.add_update(TaskUpdate(task_id=task, updated_on=day(), note="Đang làm"))


@pytest.mark.parametrize("with_roles", [True, False])
@pytest.mark.parametrize("today", [TODAY, date(2025, 1, 3), date(2025, 12, 30)])
def test_collect_matches_a_python_computation(ctx, with_roles, today):
    seed_random(ctx, with_roles=with_roles)
    got, want = dd.collect(ctx.db, today), reference(ctx.db, today)
    assert want.total > 100 and want.overdue_total > 0 and want.due_soon_total > 0  # the seed covers the cases
    assert got.own_unit_only == want.own_unit_only and got.period == want.period
    assert dict(got.year_counts) == dict(want.year_counts)
    assert dict(got.period_counts) == dict(want.period_counts)
    assert (got.overdue_total, got.due_soon_total, got.total) == (want.overdue_total, want.due_soon_total, want.total)
    assert [r["id"] for r in got.overdue] == [r["id"] for r in want.overdue]
    assert [r["id"] for r in got.due_soon] == [r["id"] for r in want.due_soon]
    assert got.overdue == want.overdue and got.due_soon == want.due_soon
    assert got.plans == want.plans
    assert got.months == want.months


def test_empty_database(ctx):
    data = dd.collect(ctx.db, TODAY)
    assert data.total == 0 and not data.plans and not data.overdue
    assert data.months == dd.completion_series(TODAY, [], [])


def test_collect_aggregates_the_due_dates_once(ctx):
    """The counts and both lists read one snapshot: every due date is aggregated in one statement, not three
    (with 100,000 tasks each pass is a scan of all of them)."""
    seed_random(ctx, with_roles=True)
    statements: list[str] = []
    ctx.db.conn.set_trace_callback(statements.append)
    try:
        data = dd.collect(ctx.db, TODAY)
    finally:
        ctx.db.conn.set_trace_callback(None)
    assert data.overdue and data.due_soon
    full_passes = [s for s in statements if "FROM task_due_dates" in s and "WHERE task_id IN" not in s]
    assert len(full_passes) == 1, full_passes
