"""Task edits the officer makes in the detail panel: done/reopen, outcome, dates, continuous, extension,
progress updates (with an attached file) and delete/restore.

Each use case is one transaction through the audited repositories, emits TASKS_CHANGED with the task ids
and returns a ``TaskEdit``: the exact row changes, so ``undo_edit``/``redo_edit`` can revert and repeat it
(again audited, again one transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.entities import DueDateKind, Task, TaskDueDate, TaskUpdate
from ..domain.status import Status, TaskDates, compute_status
from ..store.attachments import AttachmentStore
from ..store.tasks import RowChange, TaskSnapshot, diff_snapshots
from .context import AppContext
from .events import TASKS_CHANGED

ORIGINAL_KINDS = (DueDateKind.PARSED, DueDateKind.MANUAL)


class TaskEditError(ValueError):
    """An edit refused with a Vietnamese message for the officer."""


@dataclass(frozen=True)
class TaskEdit:
    """What an edit changed; enough to undo and redo it exactly."""

    task_id: int
    changes: tuple[RowChange, ...]
    row_id: int | None = None  # the new update / extension row, when the edit created one

    @property
    def task_ids(self) -> frozenset[int]:
        ids = {self.task_id}
        for c in self.changes:
            row = c.new or c.old or {}
            ids.add(c.row_id if c.table == "tasks" else row.get("task_id", self.task_id))
        return frozenset(ids)

    @property
    def deleted(self) -> TaskSnapshot:
        """For a delete: the removed rows (what ``restore_task`` puts back)."""
        rows = {t: tuple(c.old for c in self.changes if c.table == t and c.new is None and c.old)
                for t in ("tasks", "task_due_dates", "task_updates")}
        return TaskSnapshot(rows["tasks"], rows["task_due_dates"], rows["task_updates"])


def attachments(ctx: AppContext) -> AttachmentStore:
    return AttachmentStore(ctx.data_dir)


def task_dates(task: Task, has_progress: bool) -> TaskDates:
    """The status inputs of a stored task (original = parsed + manual dates)."""
    return TaskDates.build(
        original=[d.due_on for d in task.due_dates if d.kind in ORIGINAL_KINDS],
        extensions=[d.due_on for d in task.due_dates if d.kind is DueDateKind.EXTENSION],
        recurring=[d.due_on for d in task.due_dates if d.kind is DueDateKind.RECURRING],
        completed_on=task.completed_on,
        is_continuous=task.is_continuous,
        has_progress=has_progress,
    )


def task_status(ctx: AppContext, task_id: int, today: date) -> Status:
    task = ctx.tasks.get(task_id)
    return compute_status(task_dates(task, bool(ctx.tasks.updates(task_id))), today)


# -- the engine: snapshot, work, diff, emit ------------------------------------------------------------
def _missing(task_id: int) -> TaskEditError:
    return TaskEditError(f"Nhiệm vụ #{task_id} không còn tồn tại (có thể đã bị xóa).")


def _task(ctx: AppContext, task_id: int) -> Task:
    if not ctx.tasks.exists(task_id):
        raise _missing(task_id)
    return ctx.tasks.get(task_id)


def _run(ctx: AppContext, task_id: int, work: Callable[[], int | None]) -> TaskEdit:
    with ctx.db.atomic():
        before = ctx.tasks.snapshot(task_id)
        if not before.tasks:
            raise _missing(task_id)
        row_id = work()
        changes = diff_snapshots(before, ctx.tasks.snapshot(task_id))
    edit = TaskEdit(task_id, changes, row_id)
    ctx.events.emit(TASKS_CHANGED, task_ids=set(edit.task_ids))
    return edit


def undo_edit(ctx: AppContext, edit: TaskEdit) -> None:
    ctx.tasks.apply_changes([c.inverted() for c in edit.changes])
    ctx.events.emit(TASKS_CHANGED, task_ids=set(edit.task_ids))


def redo_edit(ctx: AppContext, edit: TaskEdit) -> None:
    ctx.tasks.apply_changes(list(edit.changes))
    ctx.events.emit(TASKS_CHANGED, task_ids=set(edit.task_ids))


# -- completion and outcome ----------------------------------------------------------------------------
def mark_done(ctx: AppContext, task_id: int, completed_on: date, outcome: str = "") -> TaskEdit:
    task = _task(ctx, task_id)
    if task.is_section:
        raise TaskEditError("Không thể đánh dấu hoàn thành một mục tiêu đề (phần, nhóm).")
    return _run(ctx, task_id, lambda: ctx.tasks.update_fields(
        task_id, {"completed_on": completed_on, "outcome": outcome.strip()}))


def reopen(ctx: AppContext, task_id: int) -> TaskEdit:
    return _run(ctx, task_id, lambda: ctx.tasks.update_fields(task_id, {"completed_on": None}))


def set_outcome(ctx: AppContext, task_id: int, outcome: str) -> TaskEdit:
    return _run(ctx, task_id, lambda: ctx.tasks.update_fields(task_id, {"outcome": outcome.strip()}))


# -- dates ---------------------------------------------------------------------------------------------
def set_dates(ctx: AppContext, task_id: int, dates: Iterable[date], *, replace: bool) -> TaskEdit:
    """Confirm, override (``replace=True``: the parsed and manual dates give way to these) or add dates.

    The dates become MANUAL ones; the task no longer needs a date and is no longer continuous.
    Extensions and recurring occurrences are kept.
    """
    chosen = sorted(set(dates))
    if not chosen:
        raise TaskEditError("Hãy nhập ít nhất một ngày hạn.")

    def work() -> None:
        task = ctx.tasks.get(task_id)
        existing = {d.due_on for d in task.due_dates if d.kind in ORIGINAL_KINDS}
        if replace:
            for kind in ORIGINAL_KINDS:
                ctx.tasks.replace_due_dates(task_id, [], kind)
            existing = set()
        for day in chosen:
            if day not in existing:
                ctx.tasks.add_due_date(task_id, TaskDueDate(day, DueDateKind.MANUAL))
        ctx.tasks.update_fields(task_id, {"needs_date": False, "is_continuous": False})

    return _run(ctx, task_id, work)


def confirm_dates(ctx: AppContext, task_id: int) -> TaskEdit:
    """The officer agrees with the parsed dates: the parsed ones become manual, so a re-import keeps them."""
    task = _task(ctx, task_id)
    dates = [d.due_on for d in task.due_dates if d.kind in ORIGINAL_KINDS]
    if not dates:
        raise TaskEditError("Nhiệm vụ chưa có ngày hạn nào để xác nhận; hãy nhập ngày hạn.")
    return set_dates(ctx, task_id, dates, replace=True)


def set_continuous(ctx: AppContext, task_id: int, continuous: bool = True) -> TaskEdit:
    changes = {"is_continuous": continuous} | ({"needs_date": False} if continuous else {})
    return _run(ctx, task_id, lambda: ctx.tasks.update_fields(task_id, changes))


def extension_document(number: str, issued_on: date | None) -> str:
    """“12/QĐ-UBND ngày 20/05/2025”: how the granting document is stored with the new date."""
    text = number.strip()
    if issued_on:
        text = f"{text} ngày {issued_on:%d/%m/%Y}".strip()
    return text


def record_extension(ctx: AppContext, task_id: int, new_due: date, document_number: str,
                     document_date: date | None) -> TaskEdit:
    """Add an extension; the original due date stays, so a task finished after it is still 'done late'."""
    if not document_number.strip():
        raise TaskEditError("Hãy nhập số, ký hiệu văn bản cho phép gia hạn.")
    task = _task(ctx, task_id)
    current = [d.due_on for d in task.due_dates if d.kind in (*ORIGINAL_KINDS, DueDateKind.EXTENSION)]
    if current and new_due <= max(current):
        raise TaskEditError(f"Hạn mới phải sau hạn hiện tại ({max(current):%d/%m/%Y}).")
    document = extension_document(document_number, document_date)
    return _run(ctx, task_id, lambda: ctx.tasks.add_due_date(
        task_id, TaskDueDate(new_due, DueDateKind.EXTENSION, document)))


# -- progress updates ----------------------------------------------------------------------------------
def _check_percent(percent: int | None) -> None:
    if percent is not None and not 0 <= percent <= 100:
        raise TaskEditError(f"Tỷ lệ hoàn thành phải từ 0 đến 100 (đã nhập {percent}).")


def add_update(ctx: AppContext, task_id: int, updated_on: date, note: str = "", percent: int | None = None,
               evidence_number: str = "", evidence_date: date | None = None,
               attachment: Path | None = None) -> TaskEdit:
    """Record progress; an attached file is first copied into the managed folder by its hash."""
    _check_percent(percent)
    if not (note.strip() or evidence_number.strip() or attachment or percent is not None):
        raise TaskEditError("Hãy nhập nội dung tiến độ, tỷ lệ hoặc văn bản minh chứng.")
    stored = attachments(ctx).add(attachment) if attachment else None
    update = TaskUpdate(task_id=task_id, updated_on=updated_on, note=note.strip(), percent=percent,
                        evidence_number=evidence_number.strip(), evidence_date=evidence_date,
                        attachment_sha256=stored.sha256 if stored else "",
                        attachment_name=stored.name if stored else "")
    return _run(ctx, task_id, lambda: ctx.tasks.add_update(update))


def _update_row(ctx: AppContext, update_id: int) -> dict:
    rows = list(ctx.db.rows_where("task_updates", "id = ?", [update_id]))
    if not rows:
        raise TaskEditError(f"Cập nhật tiến độ #{update_id} không còn tồn tại.")
    return rows[0]


def edit_update(ctx: AppContext, update_id: int, *, updated_on: date, note: str, percent: int | None,
                evidence_number: str, evidence_date: date | None, attachment: Path | None = None,
                remove_attachment: bool = False) -> TaskEdit:
    """Change a progress update; ``attachment`` replaces the file, ``remove_attachment`` drops it."""
    _check_percent(percent)
    row = _update_row(ctx, update_id)
    values = {"updated_on": updated_on.isoformat(), "note": note.strip(), "percent": percent,
              "evidence_number": evidence_number.strip(),
              "evidence_date": evidence_date.isoformat() if evidence_date else None}
    if attachment:
        stored = attachments(ctx).add(attachment)
        values |= {"attachment_sha256": stored.sha256, "attachment_name": stored.name}
    elif remove_attachment:
        values |= {"attachment_sha256": "", "attachment_name": ""}
    return _run(ctx, row["task_id"], lambda: ctx.writer.update("task_updates", update_id, values))


def delete_update(ctx: AppContext, update_id: int) -> TaskEdit:
    row = _update_row(ctx, update_id)
    return _run(ctx, row["task_id"], lambda: ctx.tasks.delete_update(update_id))


# -- delete and restore --------------------------------------------------------------------------------
def delete_task(ctx: AppContext, task_id: int) -> TaskEdit:
    """Delete the task with its sub-tasks, due dates and updates; ``undo_edit`` or ``restore_task`` brings
    all of it back with the same ids."""
    return _run(ctx, task_id, lambda: ctx.tasks.delete(task_id))


def restore_task(ctx: AppContext, snapshot: TaskSnapshot) -> None:
    if not snapshot.tasks:
        return
    ctx.tasks.restore(snapshot)
    ctx.events.emit(TASKS_CHANGED, task_ids={r["id"] for r in snapshot.tasks})
