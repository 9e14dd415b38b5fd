"""Re-import of a known plan: match the new file's tasks to the stored ones by content and number
(issue 18 §3), so the officer's progress never moves onto another task.

Matching, in passes (content compared folded: no diacritics, lower case, single spaces):

1. identical content: the task may have been renumbered (II.2.2 → II.2.1 after II.2.1 was removed);
   among equal texts the same number, then the nearest position wins;
2. same number and similar content (similarity ≥ ``SAME_NUMBER_SIMILARITY``): the text was edited;
3. similar content under another number (≥ ``MOVED_SIMILARITY``): edited and renumbered;
4. same number, content rewritten, and the stored task has no progress: nothing can move onto the
   wrong task, so it is updated in place rather than kept as "removed" beside a new copy.

Then:
- a matched task takes the new number, position and parent; its texts and parsed dates are updated,
  unless it has progress (completion, outcome, updates, own dates) and its content changed: that is a
  *conflict*, the stored texts stay and the new values wait in ``task_import_conflicts`` for the
  officer (``resolve_conflict``);
- a new task nothing matched is added;
- a stored task nothing matched is kept, with its progress, and marked "không còn trong kế hoạch mới"
  (``tasks.removed_on``); it is never overwritten. If a later file has it again, the mark goes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

from ..domain.entities import DueDateKind, Task, TaskDueDate
from ..domain.text_fold import fold
from ..store.task_marks import REMOVED_LABEL, TaskMarksRepository

SAME_NUMBER_SIMILARITY = 0.5
MOVED_SIMILARITY = 0.75
_CROSS_LIMIT = 250_000  # pass 3 compares every remaining pair: bounded for huge plans
_TEXT_FIELDS = ("content", "lead_text", "coordinating_text", "deadline_text", "deadline_rule", "product", "notes",
                "is_section", "is_group", "is_continuous", "needs_date")


@dataclass
class Matching:
    pairs: dict[int, Task] = field(default_factory=dict)  # new index → stored task
    missing: list[Task] = field(default_factory=list)


@dataclass
class ReimportOutcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    missing: list[str] = field(default_factory=list)  # numbers of the stored tasks no longer in the file
    conflicts: list[str] = field(default_factory=list)  # numbers (new file's) of tasks waiting for the officer


def similarity(a: str, b: str) -> float:
    """0…1 likeness of two folded texts, by words."""
    wa, wb = a.split(), b.split()
    if not wa and not wb:
        return 1.0
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def match_tasks(stored: list[Task], new: list[tuple[str, str, int]],
                progress: frozenset[int] | set[int] = frozenset()) -> Matching:
    """*new*: (number, content, position) per row of the new file, in file order; *progress*: ids of
    stored tasks with progress (pass 4 never pairs those)."""
    folded_old = {t.id: fold(t.content) for t in stored}
    folded_new = [fold(c) for _n, c, _p in new]
    free_old = {t.id: t for t in stored}
    result = Matching()

    by_text: dict[str, list[Task]] = defaultdict(list)
    for t in stored:
        by_text[folded_old[t.id]].append(t)
    for i, (number, _content, position) in enumerate(new):  # pass 1: identical content
        candidates = [t for t in by_text.get(folded_new[i], ()) if t.id in free_old]
        if candidates:
            best = min(candidates, key=lambda t: (t.number != number, abs(t.position - position)))
            result.pairs[i] = free_old.pop(best.id)

    by_number = {t.number: t for t in stored}
    for i, (number, _content, _position) in enumerate(new):  # pass 2: same number, edited text
        old = by_number.get(number)
        if i in result.pairs or old is None or old.id not in free_old:
            continue
        if similarity(folded_old[old.id], folded_new[i]) >= SAME_NUMBER_SIMILARITY:
            result.pairs[i] = free_old.pop(old.id)

    rest_new = [i for i in range(len(new)) if i not in result.pairs]
    if rest_new and free_old and len(rest_new) * len(free_old) <= _CROSS_LIMIT:  # pass 3: edited and moved
        scored = []
        for i in rest_new:
            for t in free_old.values():
                quick = SequenceMatcher(None, folded_old[t.id].split(), folded_new[i].split()).quick_ratio()
                if quick >= MOVED_SIMILARITY:
                    score = similarity(folded_old[t.id], folded_new[i])
                    if score >= MOVED_SIMILARITY:
                        scored.append((-score, i, t.id))
        for _score, i, tid in sorted(scored):
            if i not in result.pairs and tid in free_old:
                result.pairs[i] = free_old.pop(tid)
    for i, (number, _content, _position) in enumerate(new):  # pass 4: rewritten, nothing to lose
        old = by_number.get(number)
        if i not in result.pairs and old is not None and old.id in free_old and old.id not in progress:
            result.pairs[i] = free_old.pop(old.id)
    result.missing = sorted(free_old.values(), key=lambda t: t.position)
    return result


def apply_reimport(ctx, plan_id: int, rows: list[tuple[str, str | None, dict, tuple[TaskDueDate, ...], object]],
                   *, today: date | None = None, make_task: Callable[..., Task] = Task) -> ReimportOutcome:
    """Store a re-import. *rows*: (number, parent number, imported fields, parsed due dates, role) in file order.
    Runs inside the caller's transaction."""
    today = today or date.today()
    marks = TaskMarksRepository(ctx.writer)
    stored = ctx.tasks.by_plan(plan_id)
    removed_before = marks.removed_ids(plan_id)
    progress = marks.with_progress(plan_id)
    matching = match_tasks(stored, [(n, f["content"], pos) for pos, (n, _p, f, _d, _r) in enumerate(rows)],
                           progress)
    out = ReimportOutcome()

    for task in matching.missing:  # kept, marked; frees its number for the task that now carries it
        if task.id not in removed_before:
            marks.set_removed(task.id, today)
        out.missing.append(task.number)
    # Numbers move in two steps, so two renumbered tasks can swap numbers under the unique index.
    # A task coming back from "removed" is renamed first too: its old number may belong to another now.
    renumbered = {i: t for i, t in matching.pairs.items() if t.number != rows[i][0] or t.id in removed_before}
    for t in renumbered.values():
        ctx.tasks.update_fields(t.id, {"number": f"\x00{t.id}"})
    ids: dict[str, int] = {}
    for position, (number, parent, fields, dates, role) in enumerate(rows):
        parent_id = ids.get(parent or "")
        old = matching.pairs.get(position)
        if old is None:
            ids[number] = ctx.tasks.add(make_task(plan_id=plan_id, parent_id=parent_id, position=position, role=role,
                                                  due_dates=dates, **fields))
            out.created += 1
            continue
        ids[number] = old.id
        if old.id in removed_before:
            marks.set_removed(old.id, None)  # back in the plan
        structure = {"number": number, "position": position, "parent_id": parent_id}
        content_changed = fold(old.content) != fold(fields["content"])
        if content_changed and old.id in progress:
            ctx.tasks.update_fields(old.id, structure)
            marks.add_conflict(old.id, plan_id, today, old.content, number, fields["content"],
                               {**fields, "due_dates": [d.due_on.isoformat() for d in dates
                                                        if d.kind is DueDateKind.PARSED],
                                "recurring": [d.due_on.isoformat() for d in dates if d.kind is DueDateKind.RECURRING]})
            out.conflicts.append(number)
            continue
        changed = _store_fields(ctx, old, structure | fields, dates, renumbered=position in renumbered)
        if changed:
            out.updated += 1
        else:
            out.unchanged += 1
    return out


def _store_fields(ctx, old: Task, values: dict, dates: tuple[TaskDueDate, ...], *, renumbered: bool) -> bool:
    changes = {k: v for k, v in values.items() if getattr(old, k) != v or (k == "number" and renumbered)}
    old_dates = {(d.due_on, d.kind) for d in old.due_dates if d.kind in (DueDateKind.PARSED, DueDateKind.RECURRING)}
    dates_changed = old_dates != {(d.due_on, d.kind) for d in dates}
    if changes:
        ctx.tasks.update_fields(old.id, changes)
    if dates_changed:
        for kind in (DueDateKind.PARSED, DueDateKind.RECURRING):
            ctx.tasks.replace_due_dates(old.id, [d.due_on for d in dates if d.kind is kind], kind)
    real_changes = {k for k in changes if not (k == "number" and old.number == values["number"])}
    return bool(real_changes) or dates_changed


def resolve_conflict(ctx, conflict_id: int, *, accept: bool, today: date | None = None) -> None:
    """The officer's decision: *accept* the new file's texts (progress stays with the task) or keep the old."""
    from datetime import date as _date

    today = today or date.today()
    marks = TaskMarksRepository(ctx.writer)
    conflict = next(c for c in marks.conflicts(open_only=True) if c.id == conflict_id)
    with ctx.db.atomic():
        if accept:
            values = {k: v for k, v in conflict.new_fields.items() if k in _TEXT_FIELDS}
            ctx.tasks.update_fields(conflict.task_id, values)
            for key, kind in (("due_dates", DueDateKind.PARSED), ("recurring", DueDateKind.RECURRING)):
                ctx.tasks.replace_due_dates(conflict.task_id,
                                            [_date.fromisoformat(d) for d in conflict.new_fields.get(key, [])], kind)
        marks.resolve(conflict_id, today, "accepted" if accept else "kept")


def removed_label(ctx, task_id: int) -> str:
    """"không còn trong kế hoạch mới (từ dd/mm/yyyy)" for a task a re-import no longer found, else ""."""
    on = TaskMarksRepository(ctx.writer).removed_on(task_id)
    if not on:
        return ""
    return f"{REMOVED_LABEL} (từ {date.fromisoformat(on):%d/%m/%Y})"
