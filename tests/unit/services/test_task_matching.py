"""Issue 18 §3: a re-import matches tasks by content and number; progress never moves to another task,
a task missing from the new file is kept and marked, a changed task with progress is a conflict."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.domain.entities import TaskUpdate
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.services.task_matching import match_tasks, removed_label, resolve_conflict
from tthc_desktop.store.task_marks import TaskMarksRepository

DETAILS = PlanDetails(title="Triển khai Nghị quyết 66/NQ-CP", year=2025, symbol="165/KH-UBND",
                      issued_on=date(2025, 4, 14), issuer="UBND tỉnh Tiền Giang")
II21 = "2.1\tRà soát, xây dựng phương án cắt giảm trình Chủ tịch UBND tỉnh"
II22 = "2.2\tThẩm tra dự thảo quyết định"


def _import(ctx, text, tmp_path, name):
    table = read_text_table(text)[0]
    preview = build_preview(tmp_path / name, table, plan_year=2025, unit=ctx.units.own_unit(), sha256=name)
    return import_plan(ctx, preview, DETAILS)


def _present(ctx, plan_id):
    marks = TaskMarksRepository(ctx.writer)
    removed = marks.removed_ids(plan_id)
    return {t.number: t for t in ctx.tasks.by_plan(plan_id) if t.id not in removed}, removed


def test_removed_task_and_renumbering_keep_progress_with_its_content(ctx, appendix_text, tmp_path):
    first = _import(ctx, appendix_text, tmp_path, "kh.txt")
    tasks, _ = _present(ctx, first.plan_id)
    old = tasks["II.2.1"]
    ctx.tasks.add_update(TaskUpdate(task_id=old.id, updated_on=date(2025, 5, 2), note="Đã rà soát 70%", percent=70))
    next_one = tasks["II.2.2"]
    # The new file drops II.2.1 and renumbers II.2.2 → II.2.1.
    lines = appendix_text.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(II21))
    assert lines[i + 1].startswith(II22)
    lines[i + 1] = "2.1" + lines[i + 1][3:]
    del lines[i]
    again = _import(ctx, "\n".join(lines), tmp_path, "kh-moi.txt")
    assert again.reimport and again.missing_in_source == ["II.2.1"] and again.conflicts == []

    after, removed = _present(ctx, first.plan_id)
    assert after["II.2.1"].id == next_one.id  # the renumbered task is the same task…
    assert after["II.2.1"].content == next_one.content and ctx.tasks.updates(next_one.id) == []  # …with no stray note
    kept = ctx.tasks.get(old.id)  # the removed task is kept, with its text and its 70 %
    assert kept.content == old.content and removed == {old.id}
    assert [u.percent for u in ctx.tasks.updates(old.id)] == [70]
    assert removed_label(ctx, old.id).startswith("không còn trong kế hoạch mới")
    assert "II.2.2" not in after
    # The same file again: nothing moves, the mark stays; the old file again: the task comes back.
    assert _import(ctx, "\n".join(lines), tmp_path, "kh-moi-2.txt").missing_in_source == ["II.2.1"]
    back = _import(ctx, appendix_text, tmp_path, "kh-cu.txt")
    assert back.missing_in_source == [] and back.created == 0
    final, removed = _present(ctx, first.plan_id)
    assert removed == set() and final["II.2.1"].id == old.id and final["II.2.2"].id == next_one.id


def test_changed_task_with_progress_is_a_conflict_for_the_officer(ctx, appendix_text, tmp_path):
    first = _import(ctx, appendix_text, tmp_path, "kh.txt")
    tasks, _ = _present(ctx, first.plan_id)
    busy, idle = tasks["II.2.1"], tasks["II.2.2"]
    ctx.tasks.update_fields(busy.id, {"completed_on": date(2025, 5, 30)})
    edited = appendix_text.replace(II21, II21.replace("Rà soát, xây dựng", "Rà soát, hoàn thiện"), 1)
    edited = edited.replace(II22, II22.replace("Thẩm tra dự thảo", "Thẩm định dự thảo"), 1)
    again = _import(ctx, edited, tmp_path, "kh-sua.txt")
    assert again.conflicts == ["II.2.1"] and again.missing_in_source == []
    assert ctx.tasks.get(busy.id).content == busy.content  # not overwritten under the officer's work
    assert ctx.tasks.get(idle.id).content.startswith("Thẩm định dự thảo")  # no progress: updated
    marks = TaskMarksRepository(ctx.writer)
    (conflict,) = marks.conflicts(first.plan_id)
    assert conflict.task_id == busy.id and conflict.new_content.startswith("Rà soát, hoàn thiện")
    resolve_conflict(ctx, conflict.id, accept=True)
    accepted = ctx.tasks.get(busy.id)
    assert accepted.content.startswith("Rà soát, hoàn thiện") and accepted.completed_on == date(2025, 5, 30)
    assert marks.conflicts(first.plan_id) == []


@pytest.mark.parametrize("n", [3, 40])
def test_matching_swaps_and_moves(n):
    from tthc_desktop.domain.entities import Task

    stored = [Task(plan_id=1, number=str(i + 1), content=f"Nhiệm vụ thứ {i} về chủ đề số {i * 7}", position=i,
                   id=100 + i) for i in range(n)]
    new = [(str(n - i), t.content, i) for i, t in enumerate(reversed(stored))]  # reversed numbering
    m = match_tasks(stored, new)
    assert {i: t.id for i, t in m.pairs.items()} == {i: 100 + n - 1 - i for i in range(n)} and m.missing == []


def test_conflicts_are_listed_and_resolved_from_the_command_line(ctx, appendix_text, tmp_path, capsys):
    import argparse

    from tthc_desktop.commands import tasks_cmd

    first = _import(ctx, appendix_text, tmp_path, "kh.txt")
    tasks, _ = _present(ctx, first.plan_id)
    ctx.tasks.update_fields(tasks["II.2.1"].id, {"outcome": "Đã trình"})
    _import(ctx, appendix_text.replace(II21, II21.replace("xây dựng", "hoàn thiện"), 1), tmp_path, "kh-2.txt")
    parser = argparse.ArgumentParser()
    tasks_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["tasks", "--conflicts", "--json"])
    assert tasks_cmd._conflicts(args, ctx) == 0
    import json

    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["number"] == "II.2.1" and "hoàn thiện" in listed["new_content"]
    args = parser.parse_args(["tasks", "--resolve", str(listed["id"]), "keep"])
    assert tasks_cmd._conflicts(args, ctx) == 0
    assert ctx.tasks.get(tasks["II.2.1"].id).content == tasks["II.2.1"].content
    assert TaskMarksRepository(ctx.writer).conflicts(first.plan_id) == []
