"""Repositories: tasks, due dates, updates, units, settings, plans; every write lands in the audit log."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.domain.entities import DueDateKind, Plan, Task, TaskDueDate, TaskRole, TaskUpdate, UnitLevel
from tthc_desktop.store.audit import read_audit


@pytest.fixture
def plan_id(ctx):
    return ctx.plans.add(Plan(title="Kế hoạch triển khai Nghị quyết 66", year=2025, symbol="165/KH-UBND",
                              issued_on=date(2025, 4, 14), issuer="UBND tỉnh Tiền Giang", source_sha256="abc"))


def test_task_round_trip_with_due_dates(ctx, plan_id):
    task = Task(plan_id=plan_id, number="II.1", content="Thống kê danh mục TTHC", lead_text="Sở, ban, ngành tỉnh",
                role=TaskRole.LEAD, deadline_text="Trước ngày 25/4/2025",
                due_dates=(TaskDueDate(date(2025, 4, 24)),))
    task_id = ctx.tasks.add(task)
    stored = ctx.tasks.get(task_id)
    assert stored.content == "Thống kê danh mục TTHC"
    assert stored.role is TaskRole.LEAD
    assert [d.due_on for d in stored.due_dates] == [date(2025, 4, 24)]
    assert ctx.tasks.by_plan(plan_id)[0].id == task_id


def test_update_is_audited_with_old_and_new_values(ctx, plan_id):
    task_id = ctx.tasks.add(Task(plan_id=plan_id, number="I.1", content="Tập huấn"))
    ctx.tasks.update_fields(task_id, {"completed_on": date(2025, 5, 2), "outcome": "Đã tổ chức 02 lớp"})
    entry = read_audit(ctx.db, table="tasks")[0]
    assert entry.action == "update"
    assert entry.row_id == task_id
    assert {k: entry.old[k] for k in ("completed_on", "outcome")} == {"completed_on": None, "outcome": ""}
    assert {k: entry.new[k] for k in ("completed_on", "outcome")} == {
        "completed_on": "2025-05-02", "outcome": "Đã tổ chức 02 lớp"}
    assert "content" not in entry.new  # only what changed is logged
    assert entry.actor


def test_audit_actor_is_the_officer(ctx, plan_id):
    ctx.settings.set("officer_name", "Nguyễn Thị Ánh")
    ctx.tasks.add(Task(plan_id=plan_id, number="I.2", content="Theo dõi"))
    assert read_audit(ctx.db, table="tasks")[0].actor == "Nguyễn Thị Ánh"


def test_unknown_field_is_rejected_and_nothing_written(ctx, plan_id):
    task_id = ctx.tasks.add(Task(plan_id=plan_id, number="I.1", content="A"))
    before = ctx.db["audit_log"].count
    with pytest.raises(ValueError):
        ctx.tasks.update_fields(task_id, {"colour": "red"})
    assert ctx.db["audit_log"].count == before


def test_extension_survives_replacing_parsed_dates(ctx, plan_id):
    task_id = ctx.tasks.add(Task(plan_id=plan_id, number="I.1", content="A",
                                 due_dates=(TaskDueDate(date(2025, 4, 24)),)))
    ctx.tasks.add_due_date(task_id, TaskDueDate(date(2025, 5, 30), DueDateKind.EXTENSION, "Công văn 12/UBND"))
    ctx.tasks.replace_due_dates(task_id, [date(2025, 4, 29)], DueDateKind.PARSED)
    kinds = {(d.due_on, d.kind) for d in ctx.tasks.due_dates(task_id)}
    assert kinds == {(date(2025, 4, 29), DueDateKind.PARSED), (date(2025, 5, 30), DueDateKind.EXTENSION)}


def test_delete_removes_children_and_is_audited(ctx, plan_id):
    parent = ctx.tasks.add(Task(plan_id=plan_id, number="II.2", content="Nhóm", is_group=True))
    child = ctx.tasks.add(Task(plan_id=plan_id, number="II.2.1", content="Con", parent_id=parent))
    ctx.tasks.add_update(TaskUpdate(task_id=child, updated_on=date(2025, 6, 1), note="Đã dự thảo", percent=50))
    ctx.tasks.delete(parent)
    assert ctx.tasks.count() == 0
    assert ctx.db["task_updates"].count == 0
    deleted = [e for e in read_audit(ctx.db) if e.action == "delete"]
    assert {e.table for e in deleted} == {"tasks", "task_updates"}
    assert any(e.old and e.old.get("content") == "Con" for e in deleted)


def test_failed_transaction_leaves_no_trace(ctx, plan_id):
    tasks_before, audit_before = ctx.tasks.count(), ctx.db["audit_log"].count
    with pytest.raises(RuntimeError), ctx.db.atomic():
        ctx.tasks.add(Task(plan_id=plan_id, number="X.1", content="sẽ bị hủy"))
        raise RuntimeError("boom")
    assert (ctx.tasks.count(), ctx.db["audit_log"].count) == (tasks_before, audit_before)


def test_progress_updates_in_date_order(ctx, plan_id):
    task_id = ctx.tasks.add(Task(plan_id=plan_id, number="I.1", content="A"))
    ctx.tasks.add_update(TaskUpdate(task_id=task_id, updated_on=date(2025, 6, 10), note="sau"))
    ctx.tasks.add_update(TaskUpdate(task_id=task_id, updated_on=date(2025, 5, 1), note="trước",
                                    evidence_number="45/STP-VP", evidence_date=date(2025, 5, 1)))
    notes = [(u.note, u.evidence_number) for u in ctx.tasks.updates(task_id)]
    assert notes == [("trước", "45/STP-VP"), ("sau", "")]


def test_own_unit_and_settings(ctx):
    assert ctx.units.own_unit() is None
    ctx.units.save_own_unit("  Sở   Tư pháp  ", UnitLevel.DEPARTMENT)
    ctx.units.save_own_unit("Sở Tư pháp tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
    unit = ctx.units.own_unit()
    assert (unit.name, unit.level) == ("Sở Tư pháp tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
    assert ctx.db["units"].count == 1
    with pytest.raises(ValueError):
        ctx.units.save_own_unit("   ", UnitLevel.COMMUNE)
    ctx.settings.set("officer_name", "Lê Văn Bình")
    assert ctx.settings.get("officer_name") == "Lê Văn Bình"
    assert ctx.settings.get("missing", "x") == "x"


def test_plan_found_by_symbol_or_hash(ctx, plan_id):
    assert ctx.plans.find_existing(symbol=" 165/kh-ubnd ", source_sha256="").id == plan_id
    assert ctx.plans.find_existing(symbol="", source_sha256="abc").id == plan_id
    assert ctx.plans.find_existing(symbol="99/KH-UBND", source_sha256="zzz") is None
    assert ctx.plans.get(plan_id).issued_on == date(2025, 4, 14)
