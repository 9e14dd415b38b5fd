"""Re-import conflicts for the officer to review (issue 18 §3): a task with progress whose text the new plan
file changed. What the review dialog shows (old text with its recorded progress, new text, a word diff) and
the decision, applied through ``task_matching.resolve_conflict`` (the same function as ``tasks --resolve``)
and returned as a ``TaskEdit`` so the window's undo stack can take it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from ..domain.entities import DueDateKind
from ..store.task_marks import ImportConflict, TaskMarksRepository
from ..store.tasks import RowChange, diff_snapshots
from .context import AppContext
from .events import TASKS_CHANGED
from .task_edit import TaskEdit, TaskEditError
from .task_matching import resolve_conflict

SAME, REMOVED, ADDED = "same", "removed", "added"


@dataclass(frozen=True)
class RecordedProgress:
    """What the officer recorded under the stored text (what a wrong decision would misattribute)."""

    completed_on: date | None
    outcome: str
    updates: int
    percent: int | None  # highest percentage reported
    latest_note: str
    own_dates: tuple[date, ...]  # manual deadlines and extensions

    @property
    def empty(self) -> bool:
        return not (self.completed_on or self.outcome or self.updates or self.own_dates)


@dataclass(frozen=True)
class ConflictView:
    conflict: ImportConflict
    number: str  # the task's number now (the new file's)
    progress: RecordedProgress
    old_deadline: str = ""  # "Thời gian hoàn thành" as stored
    new_deadline: str = ""  # … and in the new file (accepting takes it, with its parsed dates)

    @property
    def id(self) -> int:
        return self.conflict.id


def open_count(ctx: AppContext) -> int:
    return ctx.db.execute("SELECT count(*) FROM task_import_conflicts WHERE resolved_on IS NULL").fetchone()[0]


def open_conflicts(ctx: AppContext, plan_id: int | None = None) -> list[ConflictView]:
    out = []
    for c in TaskMarksRepository(ctx.writer).conflicts(plan_id):
        task = ctx.tasks.get(c.task_id)
        updates = ctx.tasks.updates(c.task_id)
        percents = [u.percent for u in updates if u.percent is not None]
        notes = [u.note.strip() for u in sorted(updates, key=lambda u: (u.updated_on, u.id or 0)) if u.note.strip()]
        own = tuple(sorted(d.due_on for d in task.due_dates if d.kind in (DueDateKind.MANUAL, DueDateKind.EXTENSION)))
        progress = RecordedProgress(task.completed_on, (task.outcome or "").strip(), len(updates),
                                    max(percents) if percents else None, notes[-1] if notes else "", own)
        out.append(ConflictView(c, task.number, progress, (task.deadline_text or "").strip(),
                                str(c.new_fields.get("deadline_text") or "").strip()))
    return out


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) runs turning *old* into *new* word by word: SAME, REMOVED (only in old), ADDED (only in new)."""
    a, b = old.split(), new.split()
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append((SAME, " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append((REMOVED, " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append((ADDED, " ".join(b[j1:j2])))
    return runs


def resolve(ctx: AppContext, conflict_id: int, *, accept: bool, today: date | None = None) -> TaskEdit:
    """Accept the new file's texts or keep the stored ones; one transaction, undoable with task_edit.undo_edit."""
    marks = TaskMarksRepository(ctx.writer)
    conflict = next((c for c in marks.conflicts() if c.id == conflict_id), None)
    if conflict is None:
        raise TaskEditError("Xung đột này đã được xử lý (có thể ở cửa sổ khác hoặc bằng dòng lệnh).")
    with ctx.db.atomic():
        before = ctx.tasks.snapshot(conflict.task_id)
        row_before = ctx.db["task_import_conflicts"].get(conflict_id)
        resolve_conflict(ctx, conflict_id, accept=accept, today=today)
        changes = diff_snapshots(before, ctx.tasks.snapshot(conflict.task_id))
        row_after = ctx.db["task_import_conflicts"].get(conflict_id)
    edit = TaskEdit(conflict.task_id, (*changes, RowChange("task_import_conflicts", conflict_id, row_before,
                                                           row_after)))
    ctx.events.emit(TASKS_CHANGED, task_ids=set(edit.task_ids))
    return edit
