"""What a re-import leaves for the officer (issue 18 §3): tasks no longer in the new plan file, and
conflicts between a changed task text and the progress already recorded under the old one.

- ``tasks.removed_on``: the day a re-import no longer found the task ("không còn trong kế hoạch mới");
  the task and its progress are kept; the unique (plan, number) index covers present tasks only, so
  the task that now carries the number can be stored beside it.
- ``task_import_conflicts``: the new file's values for a task with progress whose content changed;
  the stored task keeps its text until the officer accepts or dismisses them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from .audit import AuditedWriter

REMOVED_LABEL = "không còn trong kế hoạch mới"


@dataclass(frozen=True)
class ImportConflict:
    id: int
    task_id: int
    plan_id: int
    found_on: str
    old_content: str
    new_number: str
    new_content: str
    new_fields: dict[str, Any]
    resolved_on: str | None = None
    resolution: str = ""


class TaskMarksRepository:
    def __init__(self, writer: AuditedWriter):
        self.writer = writer
        self.db = writer.db

    def set_removed(self, task_id: int, on: date | None) -> None:
        self.writer.update("tasks", task_id, {"removed_on": on.isoformat() if on else None})

    def removed_ids(self, plan_id: int) -> set[int]:
        rows = self.db.execute("SELECT id FROM tasks WHERE plan_id = ? AND removed_on IS NOT NULL", [plan_id])
        return {r[0] for r in rows}

    def removed_on(self, task_id: int) -> str | None:
        row = self.db.execute("SELECT removed_on FROM tasks WHERE id = ?", [task_id]).fetchone()
        return row[0] if row else None

    def with_progress(self, plan_id: int) -> set[int]:
        """Tasks with something the officer recorded: completion, outcome, updates, own dates."""
        rows = self.db.execute(
            "SELECT id FROM tasks WHERE plan_id = ? AND (completed_on IS NOT NULL OR coalesce(outcome, '') <> '') "
            "UNION SELECT u.task_id FROM task_updates u JOIN tasks t ON t.id = u.task_id WHERE t.plan_id = ? "
            "UNION SELECT d.task_id FROM task_due_dates d JOIN tasks t ON t.id = d.task_id "
            "WHERE t.plan_id = ? AND d.kind IN ('manual', 'extension')", [plan_id, plan_id, plan_id])
        return {r[0] for r in rows}

    def add_conflict(self, task_id: int, plan_id: int, found_on: date, old_content: str, new_number: str,
                     new_content: str, new_fields: dict[str, Any]) -> int:
        # One open conflict per task: a later re-import replaces the pending values.
        for row in self.db.execute("SELECT id FROM task_import_conflicts WHERE task_id = ? AND resolved_on IS NULL",
                                   [task_id]).fetchall():
            self.writer.delete("task_import_conflicts", row[0])
        return self.writer.insert("task_import_conflicts", {
            "task_id": task_id, "plan_id": plan_id, "found_on": found_on.isoformat(), "old_content": old_content,
            "new_number": new_number, "new_content": new_content,
            "new_fields": json.dumps(new_fields, ensure_ascii=False, default=str),
        })

    def conflicts(self, plan_id: int | None = None, *, open_only: bool = True) -> list[ImportConflict]:
        where, args = [], []
        if plan_id is not None:
            where.append("plan_id = ?")
            args.append(plan_id)
        if open_only:
            where.append("resolved_on IS NULL")
        sql = "SELECT * FROM task_import_conflicts" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [ImportConflict(r["id"], r["task_id"], r["plan_id"], r["found_on"], r["old_content"] or "",
                               r["new_number"] or "", r["new_content"] or "", json.loads(r["new_fields"]),
                               r["resolved_on"], r["resolution"] or "")
                for r in self.db.query(sql, args)]

    def resolve(self, conflict_id: int, on: date, resolution: str) -> None:
        self.writer.update("task_import_conflicts", conflict_id, {"resolved_on": on.isoformat(),
                                                                   "resolution": resolution})
