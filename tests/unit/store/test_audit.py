"""Audited writes: the bulk insert logs exactly what one insert at a time logs, in the same transaction."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from tthc_desktop.domain.entities import Plan, Task, TaskDueDate, TaskRole
from tthc_desktop.store.audit import AuditedWriter, read_audit

CLOCK = datetime(2025, 5, 2, 8, 30, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture
def writer(ctx):
    return AuditedWriter(ctx.db, actor=lambda: "Nguyễn Thị Ánh", clock=lambda: CLOCK)


@pytest.fixture
def plan_id(ctx):
    return ctx.plans.add(Plan(title="Kế hoạch triển khai Nghị quyết 66", year=2025, symbol="165/KH-UBND"))


@pytest.fixture
def other_plan(ctx):
    """Task numbers are unique per plan: the bulk copy of the same rows goes into another plan."""
    return ctx.plans.add(Plan(title="Kế hoạch kiểm soát TTHC năm 2025", year=2025, symbol="20/KH-UBND"))


def _audit_rows(ctx, table: str) -> list[dict]:
    return list(ctx.db["audit_log"].rows_where("table_name = ?", [table], order_by="id"))


def _rows(plan_id: int) -> list[dict]:
    # the second row leaves columns out: the audit must show their stored defaults, as insert's does
    return [
        {"plan_id": plan_id, "number": "I.1", "content": "Rà soát, đơn giản hóa TTHC", "role": "lead",
         "is_section": True, "deadline_text": "Trước ngày 30/6/2025"},
        {"plan_id": plan_id, "number": "I.2", "content": "Công bố danh mục TTHC"},
    ]


def test_insert_many_audits_each_row_like_insert(ctx, writer, plan_id, other_plan):
    one_by_one = [writer.insert("tasks", row) for row in _rows(plan_id)]
    single = _audit_rows(ctx, "tasks")[-2:]
    bulk_ids = writer.insert_many("tasks", _rows(other_plan))
    bulk = _audit_rows(ctx, "tasks")[-2:]

    assert bulk_ids == [one_by_one[-1] + 1, one_by_one[-1] + 2]
    assert [a["row_id"] for a in bulk] == bulk_ids
    for s, b, bulk_id in zip(single, bulk, bulk_ids, strict=True):
        assert (b["at"], b["actor"], b["action"], b["table_name"], b["old_json"]) == (
            s["at"], s["actor"], "insert", "tasks", None)
        new_single, new_bulk = json.loads(s["new_json"]), json.loads(b["new_json"])
        assert new_bulk["id"] == bulk_id
        assert new_bulk == new_single | {"id": bulk_id, "plan_id": other_plan}
        assert new_bulk == dict(ctx.db["tasks"].get(bulk_id))  # exactly the stored row
    assert json.loads(bulk[1]["new_json"])["role"] == "none"  # column default, as stored
    assert json.loads(bulk[0]["new_json"])["is_section"] == 1  # type affinity, as stored
    assert [e.new for e in read_audit(ctx.db, table="tasks")[:2]] == [
        dict(ctx.db["tasks"].get(i)) for i in reversed(bulk_ids)]


def test_insert_many_keeps_given_ids_and_writes_nothing_on_failure(ctx, writer, plan_id):
    rows = [r | {"id": 500 + i} for i, r in enumerate(_rows(plan_id))]
    assert writer.insert_many("tasks", rows) == [500, 501]
    audit_before = ctx.db["audit_log"].count
    broken = [{"plan_id": plan_id, "number": "I.4", "content": "Hợp lệ"}, {"plan_id": plan_id, "number": "I.3"}]  # content is NOT NULL
    with pytest.raises(Exception, match="NOT NULL"):
        writer.insert_many("tasks", broken)
    assert ctx.db["tasks"].count == 2 and ctx.db["audit_log"].count == audit_before
    assert writer.insert_many("tasks", []) == []


def test_insert_many_audits_ids_out_of_order_row_by_row(ctx, writer, plan_id):
    """The JSON is built in SQL for one ascending run of new ids; carried ids in another order take the
    row-by-row path, and the audit still holds each stored row, in insert order."""
    shuffled = [{"id": 900, "plan_id": plan_id, "number": "II.2", "content": "Sau"},
                {"id": 800, "plan_id": plan_id, "number": "II.1", "content": "Trước"}]
    assert writer.insert_many("tasks", shuffled) == [900, 800]
    logged = _audit_rows(ctx, "tasks")[-2:]
    assert [a["row_id"] for a in logged] == [900, 800]
    assert [json.loads(a["new_json"]) for a in logged] == [dict(ctx.db["tasks"].get(i)) for i in (900, 800)]


def test_add_many_stores_what_add_stores(ctx, plan_id, other_plan):
    def tasks(parent_id, plan=plan_id):
        return [Task(plan_id=plan, number="I", content="Kiểm soát TTHC", is_section=True, parent_id=parent_id),
                Task(plan_id=plan, number="I.1", content="Tập huấn", role=TaskRole.LEAD, position=1,
                     due_dates=(TaskDueDate(date(2025, 6, 30)), TaskDueDate(date(2025, 12, 15))))]

    first = ctx.tasks.add(tasks(None)[0])
    second = ctx.tasks.add(tasks(first)[1])
    ids = ctx.tasks.add_many(tasks(None, other_plan), parents=[None, 0])
    assert ids == [second + 1, second + 2]
    one, bulk = ctx.tasks.get(second), ctx.tasks.get(ids[1])
    assert bulk.parent_id == ids[0]
    assert [(d.due_on, d.kind) for d in bulk.due_dates] == [(d.due_on, d.kind) for d in one.due_dates]
    skip = {"id", "plan_id", "parent_id", "due_dates"}
    assert {k: v for k, v in vars_of(bulk).items() if k not in skip} == {
        k: v for k, v in vars_of(one).items() if k not in skip}
    logged = {(e.table, e.row_id) for e in read_audit(ctx.db, limit=10) if e.action == "insert"}
    assert {("tasks", i) for i in ids} <= logged
    assert {("task_due_dates", d.id) for d in bulk.due_dates} <= logged
    with pytest.raises(ValueError):
        ctx.tasks.add_many(tasks(None, other_plan), parents=[1, None])  # a parent must come earlier


def vars_of(task: Task) -> dict:
    return {name: getattr(task, name) for name in task.__dataclass_fields__}


def test_actor_is_cached_but_follows_the_officer_name(ctx):
    ctx.settings.set("officer_name", "Nguyễn Thị Ánh")
    assert ctx.actor() == "Nguyễn Thị Ánh"
    ctx.settings.set("officer_name", "Lê Văn Bình")
    assert ctx.actor() == "Lê Văn Bình"
    with pytest.raises(RuntimeError), ctx.db.atomic():
        ctx.settings.set("officer_name", "Tên bị hủy")
        assert ctx.actor() == "Tên bị hủy"
        raise RuntimeError("rollback")
    assert ctx.actor() == "Lê Văn Bình"  # the rolled-back name did not stay cached


class _CountingConnection:
    """The database's connection, counting the statements sent one by one and in bulk."""

    def __init__(self, conn):
        self._conn, self.single, self.bulk = conn, [], []

    def execute(self, sql, *args):
        self.single.append(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql, rows):
        self.bulk.append(sql)
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_insert_many_sends_runs_of_rows_in_bulk_with_the_ids_sqlite_would_give(ctx, writer, plan_id):
    """Issue 17 (import speed): one statement per row cost more than the insert; ids stay those of one-by-one
    inserts (largest rowid + 1, after a carried id too, and after the top row was deleted)."""
    first = writer.insert_many("task_due_dates", [])
    task = ctx.tasks.add(Task(plan_id=plan_id, number="1", content="Rà soát"))
    made = [writer.insert("task_due_dates", {"task_id": task, "due_on": f"2025-06-{d:02}", "kind": "parsed"})
            for d in (1, 2, 3)]
    writer.delete("task_due_dates", made[-1])
    rows = ([{"task_id": task, "due_on": f"2025-07-{d:02}", "kind": "parsed"} for d in range(1, 41)]
            + [{"id": 900, "task_id": task, "due_on": "2025-08-01", "kind": "manual"},
               {"task_id": task, "due_on": "2025-08-02", "kind": "manual"}])
    counting = _CountingConnection(ctx.db.conn)
    ctx.db.conn = counting
    try:
        ids = writer.insert_many("task_due_dates", rows)
    finally:
        ctx.db.conn = counting._conn
    assert first == [] and ids == [made[1] + 1 + i for i in range(40)] + [900, 901]
    assert not [s for s in counting.single if s.lstrip().upper().startswith("INSERT")]
    assert len(counting.bulk) == 4  # 40 rows, the carried id, the next row, then the audit rows
    stored = {r["id"]: r["due_on"] for r in ctx.db["task_due_dates"].rows_where("task_id = ?", [task])}
    assert [stored[i] for i in ids] == [r["due_on"] for r in rows]
    audited = {e.row_id for e in read_audit(ctx.db, table="task_due_dates", limit=100) if e.action == "insert"}
    assert set(ids) <= audited
