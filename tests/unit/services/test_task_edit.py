"""Task edit use cases: one audited transaction each, TASKS_CHANGED emitted, exact undo and redo."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.domain.entities import DueDateKind, Plan, Task, TaskDueDate
from tthc_desktop.domain.status import Status
from tthc_desktop.services import task_edit as te
from tthc_desktop.services.events import TASKS_CHANGED

TODAY = date(2025, 6, 10)


@pytest.fixture
def plan_id(ctx):
    return ctx.plans.add(Plan(title="Kế hoạch 165", year=2025, symbol="165/KH-UBND"))


@pytest.fixture
def task_id(ctx, plan_id):
    return ctx.tasks.add(Task(plan_id=plan_id, number="II.1", content="Rà soát thủ tục hành chính",
                              deadline_text="Trước ngày 30/5/2025",
                              due_dates=(TaskDueDate(date(2025, 5, 30)),)))


@pytest.fixture
def emitted(ctx):
    seen: list[set] = []
    ctx.events.subscribe(TASKS_CHANGED, lambda task_ids: seen.append(task_ids))
    return seen


def state(ctx, task_id):
    return ctx.tasks.snapshot(task_id)


def audit_count(ctx):
    return ctx.db["audit_log"].count


def check_round_trip(ctx, task_id, edit, before):
    """Undo brings back every row exactly; redo repeats the edit exactly; both are audited."""
    after = state(ctx, task_id)
    assert after != before
    n = audit_count(ctx)
    te.undo_edit(ctx, edit)
    assert state(ctx, task_id) == before
    assert audit_count(ctx) > n
    n = audit_count(ctx)
    te.redo_edit(ctx, edit)
    assert state(ctx, task_id) == after
    assert audit_count(ctx) > n


def test_mark_done_on_time_and_undo(ctx, task_id, emitted):
    before = state(ctx, task_id)
    n = audit_count(ctx)
    edit = te.mark_done(ctx, task_id, date(2025, 5, 30), "  Đã ban hành Quyết định 12/QĐ-UBND ")
    task = ctx.tasks.get(task_id)
    assert task.completed_on == date(2025, 5, 30) and task.outcome == "Đã ban hành Quyết định 12/QĐ-UBND"
    assert te.task_status(ctx, task_id, TODAY) is Status.DONE_ON_TIME
    assert emitted == [{task_id}]
    assert audit_count(ctx) == n + 1
    check_round_trip(ctx, task_id, edit, before)
    edit2 = te.reopen(ctx, task_id)
    assert ctx.tasks.get(task_id).completed_on is None
    assert te.task_status(ctx, task_id, TODAY) is Status.OVERDUE
    te.undo_edit(ctx, edit2)
    assert ctx.tasks.get(task_id).completed_on == date(2025, 5, 30)


def test_extension_keeps_original_date_so_late_stays_late(ctx, task_id):
    before = state(ctx, task_id)
    assert te.task_status(ctx, task_id, TODAY) is Status.OVERDUE
    edit = te.record_extension(ctx, task_id, date(2025, 6, 30), "45/QĐ-UBND", date(2025, 5, 28))
    dues = ctx.tasks.due_dates(task_id)
    assert [(d.due_on, d.kind) for d in dues] == [(date(2025, 5, 30), DueDateKind.PARSED),
                                                   (date(2025, 6, 30), DueDateKind.EXTENSION)]
    assert dues[1].document == "45/QĐ-UBND ngày 28/05/2025"
    assert edit.row_id == dues[1].id
    assert te.task_status(ctx, task_id, TODAY) is Status.NOT_DUE
    # the round trip right after the edit: later edits stamp updated_at, which redo would not repeat
    check_round_trip(ctx, task_id, edit, before)
    te.mark_done(ctx, task_id, date(2025, 6, 20))
    assert te.task_status(ctx, task_id, TODAY) is Status.DONE_LATE


def test_extension_needs_a_document_and_a_later_date(ctx, task_id):
    with pytest.raises(te.TaskEditError, match="số, ký hiệu"):
        te.record_extension(ctx, task_id, date(2025, 7, 1), " ", None)
    with pytest.raises(te.TaskEditError, match="phải sau hạn hiện tại"):
        te.record_extension(ctx, task_id, date(2025, 5, 1), "1/QĐ", None)


def test_progress_update_with_attachment(ctx, task_id, tmp_path, emitted):
    evidence = tmp_path / "Báo cáo tiến độ.pdf"
    evidence.write_bytes(b"%PDF minh chung")
    before = state(ctx, task_id)
    edit = te.add_update(ctx, task_id, date(2025, 6, 1), "Đã rà soát 20/35 thủ tục", 60, "88/BC-STP",
                         date(2025, 6, 1), attachment=evidence)
    (update,) = ctx.tasks.updates(task_id)
    assert update.id == edit.row_id and update.percent == 60 and update.evidence_number == "88/BC-STP"
    assert update.attachment_name == "Báo cáo tiến độ.pdf"
    evidence.unlink()
    managed = te.attachments(ctx).open_path(update.attachment_sha256, update.attachment_name)
    assert managed.read_bytes() == b"%PDF minh chung"
    assert managed.is_relative_to(ctx.data_dir / "attachments")
    check_round_trip(ctx, task_id, edit, before)
    assert emitted and all(ids == {task_id} for ids in emitted)


def test_edit_and_delete_update(ctx, task_id):
    te.add_update(ctx, task_id, date(2025, 6, 1), "Bước 1", 10)
    (update,) = ctx.tasks.updates(task_id)
    before = state(ctx, task_id)
    edit = te.edit_update(ctx, update.id, updated_on=date(2025, 6, 2), note="Bước 1 xong", percent=30,
                          evidence_number="", evidence_date=None)
    assert ctx.tasks.updates(task_id)[0].percent == 30
    check_round_trip(ctx, task_id, edit, before)
    before = state(ctx, task_id)
    edit = te.delete_update(ctx, update.id)
    assert ctx.tasks.updates(task_id) == []
    check_round_trip(ctx, task_id, edit, before)
    with pytest.raises(te.TaskEditError, match="Tỷ lệ"):
        te.add_update(ctx, task_id, TODAY, "x", 140)
    with pytest.raises(te.TaskEditError, match="Hãy nhập"):
        te.add_update(ctx, task_id, TODAY)


def test_confirming_a_needs_date_task_sets_manual_dates(ctx, plan_id):
    tid = ctx.tasks.add(Task(plan_id=plan_id, number="III.4", content="Xây dựng cơ sở dữ liệu",
                             deadline_text="Theo lộ trình", needs_date=True))
    assert te.task_status(ctx, tid, TODAY) is Status.NEEDS_DATE
    before = state(ctx, tid)
    edit = te.set_dates(ctx, tid, [date(2025, 9, 30)], replace=False)
    task = ctx.tasks.get(tid)
    assert not task.needs_date
    assert [(d.due_on, d.kind) for d in task.due_dates] == [(date(2025, 9, 30), DueDateKind.MANUAL)]
    assert te.task_status(ctx, tid, TODAY) is Status.NOT_DUE
    check_round_trip(ctx, tid, edit, before)


def test_override_replaces_parsed_dates_but_keeps_extensions(ctx, task_id):
    te.record_extension(ctx, task_id, date(2025, 6, 30), "45/QĐ-UBND", None)
    before = state(ctx, task_id)
    edit = te.set_dates(ctx, task_id, [date(2025, 6, 15), date(2025, 12, 15)], replace=True)
    kinds = [(d.due_on, d.kind) for d in ctx.tasks.due_dates(task_id)]
    assert kinds == [(date(2025, 6, 15), DueDateKind.MANUAL), (date(2025, 6, 30), DueDateKind.EXTENSION),
                     (date(2025, 12, 15), DueDateKind.MANUAL)]
    check_round_trip(ctx, task_id, edit, before)
    with pytest.raises(te.TaskEditError):
        te.set_dates(ctx, task_id, [], replace=True)


def test_confirm_parsed_dates_and_mark_continuous(ctx, task_id):
    edit = te.confirm_dates(ctx, task_id)
    assert [d.kind for d in ctx.tasks.due_dates(task_id)] == [DueDateKind.MANUAL]
    te.undo_edit(ctx, edit)
    assert [d.kind for d in ctx.tasks.due_dates(task_id)] == [DueDateKind.PARSED]
    before = state(ctx, task_id)
    edit = te.set_continuous(ctx, task_id)
    assert te.task_status(ctx, task_id, TODAY) is Status.CONTINUOUS
    check_round_trip(ctx, task_id, edit, before)


def test_delete_task_with_children_and_restore_exactly(ctx, plan_id, tmp_path, emitted):
    parent = ctx.tasks.add(Task(plan_id=plan_id, number="II", content="Nhóm", is_section=True))
    child = ctx.tasks.add(Task(plan_id=plan_id, parent_id=parent, number="II.2", content="Con",
                               due_dates=(TaskDueDate(date(2025, 7, 1)),)))
    grandchild = ctx.tasks.add(Task(plan_id=plan_id, parent_id=child, number="II.2.1", content="Cháu"))
    (tmp_path / "f.txt").write_text("x")
    te.add_update(ctx, grandchild, date(2025, 6, 1), "ghi chú", attachment=tmp_path / "f.txt")
    te.record_extension(ctx, child, date(2025, 8, 1), "9/QĐ", None)
    before = state(ctx, parent)
    assert len(before.tasks) == 3
    emitted.clear()
    edit = te.delete_task(ctx, parent)
    assert emitted == [{parent, child, grandchild}]
    assert ctx.db["tasks"].count == 0
    assert ctx.db["task_updates"].count == 0 and ctx.db["task_due_dates"].count == 0
    assert edit.deleted == before
    n = audit_count(ctx)
    te.undo_edit(ctx, edit)
    assert state(ctx, parent) == before
    assert audit_count(ctx) == n + 3 + 2 + 1
    deletes = ctx.db.execute("SELECT COUNT(*) FROM audit_log WHERE action='delete' AND table_name='tasks'").fetchone()
    assert deletes[0] == 3
    te.redo_edit(ctx, edit)
    assert ctx.db["tasks"].count == 0
    te.restore_task(ctx, edit.deleted)
    assert state(ctx, parent) == before
    # the restored tasks are searchable again (FTS triggers ran)
    assert ctx.db.execute("SELECT COUNT(*) FROM task_search WHERE task_search MATCH 'chau'").fetchone()[0] == 1


def test_edits_of_a_missing_task_are_refused(ctx, task_id):
    te.delete_task(ctx, task_id)
    with pytest.raises(te.TaskEditError, match="không còn tồn tại"):
        te.set_outcome(ctx, task_id, "x")
    for edit in (lambda: te.mark_done(ctx, task_id, TODAY), lambda: te.confirm_dates(ctx, task_id),
                 lambda: te.record_extension(ctx, task_id, TODAY, "1/QĐ", None)):
        with pytest.raises(te.TaskEditError, match="không còn tồn tại"):
            edit()
