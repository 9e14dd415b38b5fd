"""The officer's re-classing of rows (issue 13, "a row can be re-classed before import") changes the parse."""

from __future__ import annotations

import fixtures_real_shapes as shapes

from tthc_desktop.importers.plan_table import RowClass, parse_plan_table


def _table():
    return shapes.raw_table(shapes.UNNUMBERED_GROUPS)


def _tasks(plan):
    return [t for t in plan.tasks if not t.is_section and not t.is_group]


def _row_of(plan, number):
    return next(t.source_rows[0] for t in plan.tasks if t.number == number)


def test_without_overrides_the_parse_is_unchanged():
    plain = parse_plan_table(_table())
    assert parse_plan_table(_table(), overrides={}) == plain
    assert [t.number for t in _tasks(plain)] == ["N1.1", "N1.2", "N2.1", "N2.2"]


def test_a_row_forced_to_continuation_merges_into_the_task_above():
    plain = parse_plan_table(_table())
    row = _row_of(plain, "N1.2")
    plan = parse_plan_table(_table(), overrides={row: "continuation"})
    merged = plan.by_number()["N1.1"]
    assert row in merged.source_rows and "Niêm yết thủ tục hành chính" in merged.content
    assert "N1.2" not in plan.by_number() and len(_tasks(plan)) == len(_tasks(plain)) - 1
    rc = next(c for c in plan.row_classes if c.row == row)
    assert (rc.kind, rc.number) == ("continuation", "N1.1") and "người dùng chọn" in rc.reason


def test_a_group_forced_to_task_becomes_a_task():
    plain = parse_plan_table(_table())
    row = _row_of(plain, "N2")
    plan = parse_plan_table(_table(), overrides={row: RowClass(row, "task", "")})
    n2 = plan.by_number()["N2"]
    assert not n2.is_group and n2 in _tasks(plan)
    assert len(_tasks(plan)) == len(_tasks(plain)) + 1
    assert next(c.kind for c in plan.row_classes if c.row == row) == "task"


def test_a_task_forced_to_group_and_a_row_forced_to_note():
    plain = parse_plan_table(_table())
    group_row, note_row = _row_of(plain, "N1.1"), _row_of(plain, "N2.1")
    plan = parse_plan_table(_table(), overrides={group_row: "group", note_row: "note"})
    assert plan.by_number()["N1.1"].is_group
    assert "N2.1" not in plan.by_number()
    assert [t.number for t in _tasks(plan)] == ["N1.2", "N2.2"]
    assert next(c.kind for c in plan.row_classes if c.row == note_row) == "note"
