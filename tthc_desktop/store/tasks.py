"""Tasks with their due dates and progress updates; every write is audited and transactional."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from ..domain.entities import DueDateKind, Task, TaskDueDate, TaskRole, TaskUpdate
from .audit import AuditedWriter
from .convert import from_iso, iso
from .search import index_new_tasks, search_paused

_TASK_FIELDS = (
    "plan_id",
    "parent_id",
    "number",
    "position",
    "is_section",
    "is_group",
    "content",
    "lead_text",
    "coordinating_text",
    "role",
    "deadline_text",
    "deadline_rule",
    "is_continuous",
    "needs_date",
    "product",
    "notes",
    "completed_on",
    "outcome",
)


def task_to_row(task: Task) -> dict[str, Any]:
    return {
        "plan_id": task.plan_id,
        "parent_id": task.parent_id,
        "number": task.number,
        "position": task.position,
        "is_section": int(task.is_section),
        "is_group": int(task.is_group),
        "content": task.content,
        "lead_text": task.lead_text,
        "coordinating_text": task.coordinating_text,
        "role": task.role._value_,  # the member's value without the .value descriptor (10,000 per bulk import)
        "deadline_text": task.deadline_text,
        "deadline_rule": task.deadline_rule,
        "is_continuous": int(task.is_continuous),
        "needs_date": int(task.needs_date),
        "product": task.product,
        "notes": task.notes,
        "completed_on": iso(task.completed_on),
        "outcome": task.outcome,
    }


class TaskSnapshot(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    """Raw rows of a task, its descendants (parents before children), their due dates and updates."""

    tasks: tuple[dict, ...] = ()
    due_dates: tuple[dict, ...] = ()
    updates: tuple[dict, ...] = ()

    def rows(self) -> list[tuple[str, dict]]:
        """(table, row) in an order safe for inserting under foreign keys."""
        return ([("tasks", r) for r in self.tasks] + [("task_due_dates", r) for r in self.due_dates]
                + [("task_updates", r) for r in self.updates])


class RowChange(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    """One row before and after an edit: ``old`` None = inserted, ``new`` None = deleted."""

    table: str
    row_id: int
    old: dict | None
    new: dict | None

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.row_id, self.new, self.old)


def diff_snapshots(before: TaskSnapshot, after: TaskSnapshot) -> tuple[RowChange, ...]:
    """The row changes turning ``before`` into ``after``, tasks first (pre-order), then due dates, updates."""
    changes: list[RowChange] = []
    old_rows = {(t, r["id"]): r for t, r in before.rows()}
    new_rows = {(t, r["id"]): r for t, r in after.rows()}
    seen: set[tuple[str, int]] = set()
    for key in [(t, r["id"]) for t, r in before.rows()] + [(t, r["id"]) for t, r in after.rows()]:
        if key in seen:
            continue
        seen.add(key)
        old, new = old_rows.get(key), new_rows.get(key)
        if old != new:
            changes.append(RowChange(key[0], key[1], old, new))
    return tuple(changes)


class TaskRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    # -- tasks ------------------------------------------------------------------
    def add(self, task: Task) -> int:
        with self._db.atomic():
            row = task_to_row(task) | {"updated_at": self._w.now_iso()}
            task_id = self._w.insert("tasks", row)
            for due in task.due_dates:
                self.add_due_date(task_id, due)
        return task_id

    def add_many(self, tasks: Sequence[Task], parents: Sequence[int | None] = ()) -> list[int]:
        """Insert ``tasks`` in order with their due dates in one transaction, in bulk; returns their ids.

        The rows, ids and audit entries are those ``add`` would give one task at a time. ``parents[i]``,
        when given and not None, is the index of an EARLIER task of ``tasks`` that is task i's parent (its id
        does not exist before the call); it replaces ``tasks[i].parent_id``.
        """
        if not tasks:
            return []
        with self._db.atomic(), search_paused(self._db):
            # ids as SQLite would give them one insert at a time (max + 1: the table has no AUTOINCREMENT),
            # known up front so children can point at parents inserted in the same batch
            first = (self._db.execute("SELECT max(id) FROM tasks").fetchone()[0] or 0) + 1
            ids = list(range(first, first + len(tasks)))
            now = self._w.now_iso()
            rows = []
            for index, task in enumerate(tasks):
                row = {"id": ids[index]} | task_to_row(task) | {"updated_at": now}
                parent = parents[index] if index < len(parents) else None
                if parent is not None:
                    if not 0 <= parent < index:
                        raise ValueError(f"task {index}: parent index {parent} is not an earlier task")
                    row["parent_id"] = ids[parent]
                rows.append(row)
            self._w.insert_many("tasks", rows)
            index_new_tasks(self._db, ids[0], ids[-1])  # one statement, not one trigger per row
            self._w.insert_many("task_due_dates", [
                _due_row(task_id, due, now) for task_id, task in zip(ids, tasks, strict=True)
                for due in task.due_dates])
        return ids

    def get(self, task_id: int) -> Task:
        row = self._db["tasks"].get(task_id)
        return _to_task(row, self.due_dates(task_id))

    def by_plan(self, plan_id: int) -> list[Task]:
        rows = list(self._db.rows_where("tasks", "plan_id = ?", [plan_id], order_by="position, id"))
        due = self._due_dates_for([r["id"] for r in rows])
        return [_to_task(r, due.get(r["id"], ())) for r in rows]

    def update_fields(self, task_id: int, changes: Mapping[str, Any]) -> None:
        unknown = set(changes) - set(_TASK_FIELDS)
        if unknown:
            raise ValueError(f"unknown task fields: {sorted(unknown)}")
        values = {k: _to_column(v) for k, v in changes.items()}
        self._w.update("tasks", task_id, values | {"updated_at": self._w.now_iso()})

    def delete(self, task_id: int) -> None:
        """Delete a task with its children, due dates and updates, in one transaction."""
        with self._db.atomic():
            for child_id in [r[0] for r in self._db.execute("SELECT id FROM tasks WHERE parent_id = ?", [task_id])]:
                self.delete(child_id)
            for table in ("task_due_dates", "task_updates"):
                for (row_id,) in self._db.execute(f"SELECT id FROM {table} WHERE task_id = ?", [task_id]).fetchall():
                    self._w.delete(table, row_id)
            self._w.delete("tasks", task_id)

    def count(self) -> int:
        return self._db["tasks"].count

    def exists(self, task_id: int) -> bool:
        return self._db.execute("SELECT 1 FROM tasks WHERE id = ?", [task_id]).fetchone() is not None

    # -- snapshots for undo -------------------------------------------------------
    def snapshot(self, task_id: int) -> TaskSnapshot:
        """Every row a delete of ``task_id`` would remove; empty when the task does not exist."""
        tasks: list[dict] = []
        pending = [task_id]
        while pending:
            current = pending.pop(0)
            rows = list(self._db.rows_where("tasks", "id = ?", [current]))
            if not rows:
                continue
            tasks.append(rows[0])
            pending[0:0] = [r[0] for r in self._db.execute(
                "SELECT id FROM tasks WHERE parent_id = ? ORDER BY position, id", [current]).fetchall()]
        ids = [r["id"] for r in tasks]
        if not ids:
            return TaskSnapshot()
        marks = ",".join("?" * len(ids))
        due = tuple(self._db.query(f"SELECT * FROM task_due_dates WHERE task_id IN ({marks}) ORDER BY id", ids))
        upd = tuple(self._db.query(f"SELECT * FROM task_updates WHERE task_id IN ({marks}) ORDER BY id", ids))
        return TaskSnapshot(tuple(tasks), due, upd)

    def restore(self, snapshot: TaskSnapshot) -> None:
        """Put back rows removed by ``delete`` with their original ids, in one transaction (undo of delete)."""
        with self._db.atomic():
            for table, row in snapshot.rows():
                self._w.insert(table, row)

    def apply_changes(self, changes: Sequence[RowChange]) -> None:
        """Apply row changes exactly (ids and all columns), audited, in one transaction.

        Deletes run first, children before parents; then updates; then inserts, parents first.
        """
        with self._db.atomic():
            for change in reversed(changes):
                if change.new is None and change.old is not None:
                    self._w.delete(change.table, change.row_id)
            for change in changes:
                if change.old is not None and change.new is not None:
                    self._w.update(change.table, change.row_id,
                                   {k: v for k, v in change.new.items() if k != "id"})
            for change in changes:
                if change.old is None and change.new is not None:
                    self._w.insert(change.table, change.new)

    # -- due dates --------------------------------------------------------------
    def add_due_date(self, task_id: int, due: TaskDueDate) -> int:
        return self._w.insert("task_due_dates", _due_row(task_id, due, self._w.now_iso()))

    def replace_due_dates(self, task_id: int, dates: Iterable[date], kind: DueDateKind) -> None:
        """Swap the dates of one kind (e.g. parsed) and keep the others (extensions stay)."""
        with self._db.atomic():
            for (row_id,) in self._db.execute(
                "SELECT id FROM task_due_dates WHERE task_id = ? AND kind = ?", [task_id, kind.value]
            ).fetchall():
                self._w.delete("task_due_dates", row_id)
            for d in sorted(set(dates)):
                self.add_due_date(task_id, TaskDueDate(due_on=d, kind=kind))

    def due_dates(self, task_id: int) -> tuple[TaskDueDate, ...]:
        return self._due_dates_for([task_id]).get(task_id, ())

    def _due_dates_for(self, task_ids: list[int]) -> dict[int, tuple[TaskDueDate, ...]]:
        out: dict[int, list[TaskDueDate]] = {}
        for chunk_start in range(0, len(task_ids), 500):
            chunk = task_ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._db.query(
                f"SELECT * FROM task_due_dates WHERE task_id IN ({marks}) ORDER BY due_on, id", chunk
            ):
                out.setdefault(r["task_id"], []).append(
                    TaskDueDate(
                        id=r["id"], due_on=date.fromisoformat(r["due_on"]), kind=DueDateKind(r["kind"]),
                        document=r["document"] or "",
                    )
                )
        return {k: tuple(v) for k, v in out.items()}

    # -- progress updates ---------------------------------------------------------
    def add_update(self, update: TaskUpdate) -> int:
        return self._w.insert(
            "task_updates",
            {
                "task_id": update.task_id,
                "updated_on": update.updated_on.isoformat(),
                "note": update.note,
                "percent": update.percent,
                "evidence_number": update.evidence_number,
                "evidence_date": iso(update.evidence_date),
                "attachment_sha256": update.attachment_sha256,
                "attachment_name": update.attachment_name,
                "created_at": self._w.now_iso(),
            },
        )

    def updates(self, task_id: int) -> list[TaskUpdate]:
        return [
            TaskUpdate(
                id=r["id"],
                task_id=r["task_id"],
                updated_on=date.fromisoformat(r["updated_on"]),
                note=r["note"] or "",
                percent=r["percent"],
                evidence_number=r["evidence_number"] or "",
                evidence_date=from_iso(r["evidence_date"]),
                attachment_sha256=r["attachment_sha256"] or "",
                attachment_name=r["attachment_name"] or "",
            )
            for r in self._db.rows_where("task_updates", "task_id = ?", [task_id], order_by="updated_on, id")
        ]

    def delete_update(self, update_id: int) -> None:
        self._w.delete("task_updates", update_id)


def _due_row(task_id: int, due: TaskDueDate, now: str) -> dict[str, Any]:
    return {
        "task_id": task_id,
        "due_on": due.due_on.isoformat(),
        "kind": due.kind._value_,
        "document": due.document,
        "created_at": now,
    }


def _to_column(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, TaskRole):
        return value.value
    return value


def _to_task(row: dict, due_dates: tuple[TaskDueDate, ...]) -> Task:
    return Task(
        id=row["id"],
        plan_id=row["plan_id"],
        parent_id=row["parent_id"],
        number=row["number"],
        position=row["position"] or 0,
        is_section=bool(row["is_section"]),
        is_group=bool(row["is_group"]),
        content=row["content"],
        lead_text=row["lead_text"] or "",
        coordinating_text=row["coordinating_text"] or "",
        role=TaskRole(row["role"] or "none"),
        deadline_text=row["deadline_text"] or "",
        deadline_rule=row["deadline_rule"] or "",
        is_continuous=bool(row["is_continuous"]),
        needs_date=bool(row["needs_date"]),
        product=row["product"] or "",
        notes=row["notes"] or "",
        completed_on=from_iso(row["completed_on"]),
        outcome=row["outcome"] or "",
        due_dates=due_dates,
    )
