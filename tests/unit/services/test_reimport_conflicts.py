"""services/reimport_conflicts.py: what the review dialog shows of a re-import conflict, and the decision as an
undoable edit made through the same function as `tasks --resolve`."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.domain.entities import TaskUpdate
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services import events
from tthc_desktop.services import reimport_conflicts as rc
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.services.task_edit import TaskEditError, redo_edit, undo_edit

DETAILS = PlanDetails(title="Kế hoạch kiểm soát TTHC", year=2025, symbol="165/KH-UBND",
                      issued_on=date(2025, 4, 14), issuer="UBND tỉnh")
II21 = "2.1\tRà soát, xây dựng phương án cắt giảm trình Chủ tịch UBND tỉnh"


def _import(ctx, text, tmp_path, name):
    preview = build_preview(tmp_path / name, read_text_table(text)[0], plan_year=2025, unit=ctx.units.own_unit(),
                            sha256=name)
    return import_plan(ctx, preview, DETAILS)


@pytest.fixture
def conflicted(ctx, appendix_text, tmp_path):
    """II.2.1 has two progress notes and an outcome; the new file rewrites part of its text."""
    plan_id = _import(ctx, appendix_text, tmp_path, "kh.txt").plan_id
    (task,) = [t for t in ctx.tasks.by_plan(plan_id) if t.number == "II.2.1"]
    ctx.tasks.add_update(TaskUpdate(task_id=task.id, updated_on=date(2025, 5, 2), note="Đã rà soát 40%", percent=40))
    ctx.tasks.add_update(TaskUpdate(task_id=task.id, updated_on=date(2025, 5, 20), note="Đã rà soát 70%", percent=70))
    ctx.tasks.update_fields(task.id, {"outcome": "Đã trình dự thảo"})
    edited = appendix_text.replace(II21, II21.replace("xây dựng phương án", "hoàn thiện phương án"), 1)
    assert _import(ctx, edited, tmp_path, "kh-2.txt").conflicts == ["II.2.1"]
    return task


def test_word_diff_marks_only_the_changed_words():
    runs = rc.word_diff("Rà soát, xây dựng phương án cắt giảm", "Rà soát, hoàn thiện phương án cắt giảm")
    assert runs == [(rc.SAME, "Rà soát,"), (rc.REMOVED, "xây dựng"), (rc.ADDED, "hoàn thiện"),
                    (rc.SAME, "phương án cắt giảm")]
    assert rc.word_diff("", "mới") == [(rc.ADDED, "mới")]


def test_the_view_shows_old_text_with_its_progress_and_new_text(ctx, conflicted):
    (view,) = rc.open_conflicts(ctx)
    assert rc.open_count(ctx) == 1 and view.number == "II.2.1"
    assert "xây dựng phương án" in view.conflict.old_content and "hoàn thiện phương án" in view.conflict.new_content
    p = view.progress
    assert (p.updates, p.percent, p.latest_note, p.outcome) == (2, 70, "Đã rà soát 70%", "Đã trình dự thảo")
    assert not p.empty and p.completed_on is None


def test_accepting_is_one_undoable_edit_and_progress_stays(ctx, conflicted):
    seen = []
    ctx.events.subscribe(events.TASKS_CHANGED, lambda **data: seen.append(data["task_ids"]))
    (view,) = rc.open_conflicts(ctx)
    edit = rc.resolve(ctx, view.id, accept=True)
    assert "hoàn thiện phương án" in ctx.tasks.get(conflicted.id).content and rc.open_count(ctx) == 0
    assert [u.percent for u in ctx.tasks.updates(conflicted.id)] == [40, 70]  # the progress stays with the task
    assert seen and conflicted.id in seen[-1]
    undo_edit(ctx, edit)  # the text and the open conflict come back
    assert ctx.tasks.get(conflicted.id).content == conflicted.content and rc.open_count(ctx) == 1
    redo_edit(ctx, edit)
    assert "hoàn thiện phương án" in ctx.tasks.get(conflicted.id).content and rc.open_count(ctx) == 0
    with pytest.raises(TaskEditError, match="đã được xử lý"):
        rc.resolve(ctx, view.id, accept=False)


def test_keeping_leaves_the_text_and_closes_the_conflict(ctx, conflicted):
    (view,) = rc.open_conflicts(ctx)
    edit = rc.resolve(ctx, view.id, accept=False)
    assert ctx.tasks.get(conflicted.id).content == conflicted.content and rc.open_count(ctx) == 0
    assert [c.table for c in edit.changes] == ["task_import_conflicts"]
    undo_edit(ctx, edit)
    assert rc.open_count(ctx) == 1
