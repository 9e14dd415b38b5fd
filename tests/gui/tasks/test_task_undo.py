"""Undo/redo of every task edit through QUndoCommands: do, check, undo (rows restored exactly and audited),
redo (the same rows again, audited)."""

from __future__ import annotations

from datetime import date

import pytest
import task_seed as seed_module
from PySide6.QtGui import QUndoStack

from tthc_desktop.domain.status import Status
from tthc_desktop.services import task_edit as te
from tthc_desktop.ui.tasks import task_undo

TODAY = seed_module.TODAY


@pytest.fixture
def ids(ctx):
    return seed_module.seed(ctx)


@pytest.fixture
def stack(qapp):
    return QUndoStack()


def audit_rows(ctx):
    return list(ctx.db.query("SELECT action, table_name, row_id FROM audit_log ORDER BY id"))


def do_undo_redo(ctx, stack, task_id, command, check_done):
    before = ctx.tasks.snapshot(task_id)
    n0 = len(audit_rows(ctx))
    command.run(stack)
    assert stack.count() == 1 and stack.canUndo()
    check_done()
    after = ctx.tasks.snapshot(task_id)
    n1 = len(audit_rows(ctx))
    assert n1 > n0, "the edit is audited"
    stack.undo()
    assert ctx.tasks.snapshot(task_id) == before, "undo restores every row exactly"
    n2 = len(audit_rows(ctx))
    assert n2 - n1 == n1 - n0, "the undo is audited too, one entry per row changed"
    stack.redo()
    assert ctx.tasks.snapshot(task_id) == after
    check_done()
    assert len(audit_rows(ctx)) - n2 == n1 - n0


def test_mark_done(ctx, ids, stack):
    tid = ids[Status.OVERDUE]
    do_undo_redo(ctx, stack, tid, task_undo.MarkDoneCommand(ctx, tid, date(2025, 6, 9), "Đã ban hành QĐ 12"),
                 lambda: te.task_status(ctx, tid, TODAY) is Status.DONE_LATE or pytest.fail("not done late"))
    assert stack.undoText() == "Mark task done"


def test_extension(ctx, ids, stack):
    tid = ids[Status.OVERDUE]

    def check():
        assert te.task_status(ctx, tid, TODAY) is Status.NOT_DUE
        assert [d.document for d in ctx.tasks.due_dates(tid)][-1] == "45/QĐ-UBND ngày 28/05/2025"

    do_undo_redo(ctx, stack, tid, task_undo.ExtensionCommand(ctx, tid, date(2025, 6, 30), "45/QĐ-UBND",
                                                             date(2025, 5, 28)), check)


def test_progress_update_with_attachment(ctx, ids, stack, tmp_path):
    tid = ids[Status.NOT_DUE]
    f = tmp_path / "Báo cáo 88.pdf"
    f.write_bytes(b"%PDF minh chung")

    def check():
        (u,) = ctx.tasks.updates(tid)
        assert u.attachment_name == "Báo cáo 88.pdf"
        assert te.attachments(ctx).open_path(u.attachment_sha256, u.attachment_name).read_bytes() == b"%PDF minh chung"
        assert te.task_status(ctx, tid, TODAY) is Status.IN_PROGRESS

    do_undo_redo(ctx, stack, tid, task_undo.AddUpdateCommand(ctx, tid, date(2025, 6, 5), "Đã rà soát", 40,
                                                             "88/BC-STP", date(2025, 6, 5), f), check)


def test_status_change_reopen_and_continuous(ctx, ids, stack):
    tid = ids[Status.DONE_ON_TIME]
    do_undo_redo(ctx, stack, tid, task_undo.ReopenCommand(ctx, tid),
                 lambda: te.task_status(ctx, tid, TODAY) is Status.OVERDUE or pytest.fail("not reopened"))
    other = ids[Status.NOT_DUE]
    stack.clear()
    do_undo_redo(ctx, stack, other, task_undo.ContinuousCommand(ctx, other, True),
                 lambda: te.task_status(ctx, other, TODAY) is Status.CONTINUOUS or pytest.fail("not continuous"))


def test_date_override(ctx, ids, stack):
    tid = ids[Status.NEEDS_DATE]

    def check():
        assert te.task_status(ctx, tid, TODAY) is Status.NOT_DUE
        assert not ctx.tasks.get(tid).needs_date

    do_undo_redo(ctx, stack, tid, task_undo.SetDatesCommand(ctx, tid, [date(2025, 12, 31)], True), check)


def test_edit_and_delete_update(ctx, ids, stack):
    tid = ids[Status.IN_PROGRESS]
    (u,) = ctx.tasks.updates(tid)
    do_undo_redo(ctx, stack, tid, task_undo.EditUpdateCommand(
        ctx, u.id, updated_on=date(2025, 6, 2), note="Đã đăng 15/20", percent=75, evidence_number="",
        evidence_date=None), lambda: ctx.tasks.updates(tid)[0].percent == 75 or pytest.fail("not edited"))
    stack.clear()
    do_undo_redo(ctx, stack, tid, task_undo.DeleteUpdateCommand(ctx, u.id),
                 lambda: ctx.tasks.updates(tid) == [] or pytest.fail("not deleted"))


def test_delete_task_and_undo_restores_children_dates_and_updates(ctx, ids, stack):
    tid = ids[Status.IN_PROGRESS]
    before = ctx.tasks.snapshot(tid)
    assert before.due_dates and before.updates
    do_undo_redo(ctx, stack, tid, task_undo.DeleteTaskCommand(ctx, tid),
                 lambda: ctx.db["tasks"].count_where("id = ?", [tid]) == 0 or pytest.fail("still there"))
    stack.undo()
    assert ctx.tasks.snapshot(tid) == before
    actions = {(r["action"], r["table_name"]) for r in audit_rows(ctx)}
    assert {("delete", "tasks"), ("delete", "task_updates"), ("delete", "task_due_dates"),
            ("insert", "tasks")} <= actions


def test_refused_edit_never_reaches_the_stack(ctx, ids, stack):
    with pytest.raises(te.TaskEditError):
        task_undo.ExtensionCommand(ctx, ids[Status.OVERDUE], date(2025, 1, 1), "1/QĐ", None).run(stack)
    assert stack.count() == 0
