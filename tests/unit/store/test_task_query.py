"""Task list queries: folded search, filters, sorting, and SQL status agreeing with domain.status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tthc_desktop.domain.entities import DueDateKind, Plan, Task, TaskDueDate, TaskRole, TaskUpdate
from tthc_desktop.domain.status import Status, TaskDates, compute_status
from tthc_desktop.store.database import open_database
from tthc_desktop.store.search import rebuild_search_index
from tthc_desktop.store.task_query import (
    TaskFilter,
    count_tasks,
    fetch_all,
    fetch_page,
    is_heading,
    status_counts,
)

TODAY = date(2025, 6, 10)


@pytest.fixture
def filled(ctx):
    plan = ctx.plans.add(Plan(title="KH 165", year=2025, symbol="165/KH-UBND"))
    other = ctx.plans.add(Plan(title="KH 2026", year=2026))
    add = ctx.tasks.add
    ids = {
        "duc": add(Task(plan_id=plan, number="I.1", position=1, content="Làm việc với ông Nguyễn Văn Đức",
                        role=TaskRole.LEAD, due_dates=(TaskDueDate(date(2025, 6, 9)),))),
        "dia": add(Task(plan_id=plan, number="I.2", position=2, content="Thực hiện TTHC phi địa giới hành chính",
                        role=TaskRole.COORDINATING, due_dates=(TaskDueDate(date(2025, 6, 13)),))),
        "dat": add(Task(plan_id=plan, number="I.3", position=3, content="Rà soát thủ tục lĩnh vực đất đai",
                        lead_text="Sở Nông nghiệp và Môi trường", is_continuous=True)),
        "need": add(Task(plan_id=plan, number="I.4", position=4, content="Theo lộ trình", needs_date=True)),
        "done": add(Task(plan_id=other, number="I.1", position=1, content="Báo cáo năm", role=TaskRole.LEAD,
                         completed_on=date(2026, 1, 5), due_dates=(TaskDueDate(date(2025, 12, 31)),))),
        "section": add(Task(plan_id=plan, number="I", position=0, content="NHIỆM VỤ CHUNG", is_section=True)),
    }
    return ids


def numbers(db, flt):
    return [r["content"] for r in fetch_page(db, flt, 0, 100)]


def test_search_ignores_diacritics_and_folds_d(ctx, filled):
    flt = TaskFilter(today=TODAY)
    assert numbers(ctx.db, flt.with_(search="duc")) == ["Làm việc với ông Nguyễn Văn Đức"]
    assert numbers(ctx.db, flt.with_(search="dia gioi")) == ["Thực hiện TTHC phi địa giới hành chính"]
    assert numbers(ctx.db, flt.with_(search="ĐẤT ĐAI")) == ["Rà soát thủ tục lĩnh vực đất đai"]
    assert numbers(ctx.db, flt.with_(search="nong nghiep")) == ["Rà soát thủ tục lĩnh vực đất đai"]  # lead agency
    assert numbers(ctx.db, flt.with_(search="gioi dia")) == ["Thực hiện TTHC phi địa giới hành chính"]
    assert numbers(ctx.db, flt.with_(search="xyzzy")) == []
    assert numbers(ctx.db, flt.with_(search="!!!")) == []


def test_search_follows_edits_and_deletes(ctx, filled):
    ctx.tasks.update_fields(filled["duc"], {"content": "Làm việc với bà Trần Thị Mai"})
    flt = TaskFilter(today=TODAY)
    assert numbers(ctx.db, flt.with_(search="duc")) == []
    assert numbers(ctx.db, flt.with_(search="mai")) == ["Làm việc với bà Trần Thị Mai"]
    ctx.tasks.delete(filled["duc"])
    assert numbers(ctx.db, flt.with_(search="mai")) == []


def test_repeated_search_sees_writes_from_this_and_other_connections(ctx, filled, db_path):
    """count and pages of one search share its matched ids: any write must make the next call search again."""
    flt = TaskFilter(today=TODAY, search="lam viec")
    assert count_tasks(ctx.db, flt) == 1
    ctx.tasks.add(Task(plan_id=ctx.db["plans"].get(1)["id"], number="I.9", position=9, content="Làm việc nhóm"))
    assert count_tasks(ctx.db, flt) == 2
    assert numbers(ctx.db, flt) == ["Làm việc với ông Nguyễn Văn Đức", "Làm việc nhóm"]
    other = open_database(db_path, migrate=False)  # another connection (another process would be the same)
    with other.conn:
        other.execute("UPDATE tasks SET content = 'Họp' WHERE id = ?", [filled["duc"]])
    other.conn.close()
    assert count_tasks(ctx.db, flt) == 1
    assert numbers(ctx.db, flt) == ["Làm việc nhóm"]

def test_rebuild_restores_index_after_transform(ctx, filled):
    ctx.db["tasks"].transform(types={"notes": str})  # transform() drops triggers (docs/ARCHITECTURE.md §10.1)
    rebuild_search_index(ctx.db)
    ctx.tasks.update_fields(filled["dia"], {"content": "Đổi mới Bộ phận một cửa"})
    assert numbers(ctx.db, TaskFilter(today=TODAY, search="mot cua")) == ["Đổi mới Bộ phận một cửa"]


def test_filters(ctx, filled):
    flt = TaskFilter(today=TODAY)
    assert count_tasks(ctx.db, flt) == 5  # section rows hidden
    assert count_tasks(ctx.db, flt.with_(include_sections=True)) == 6
    assert numbers(ctx.db, flt.with_(roles=("lead",), year=2025)) == ["Làm việc với ông Nguyễn Văn Đức"]
    assert numbers(ctx.db, flt.with_(overdue_only=True)) == ["Làm việc với ông Nguyễn Văn Đức"]
    assert numbers(ctx.db, flt.with_(due_within_days=3)) == ["Thực hiện TTHC phi địa giới hành chính"]
    assert numbers(ctx.db, flt.with_(due_within_days=2)) == []
    assert numbers(ctx.db, flt.with_(needs_date_only=True)) == ["Theo lộ trình"]
    assert numbers(ctx.db, flt.with_(statuses=(Status.CONTINUOUS, Status.DONE_LATE))) == [
        "Rà soát thủ tục lĩnh vực đất đai", "Báo cáo năm"]
    assert numbers(ctx.db, flt.with_(plan_id=ctx.plans.all()[0].id)) == ["Báo cáo năm"]


def test_sorting(ctx, filled):
    flt = TaskFilter(today=TODAY, sort="due")
    rows = fetch_page(ctx.db, flt, 0, 10)
    assert [r["next_due"] for r in rows][:3] == ["2025-06-09", "2025-06-13", "2025-12-31"]
    assert rows[-1]["next_due"] is None
    desc = fetch_page(ctx.db, flt.with_(sort="content", descending=True), 0, 10)
    assert [r["content"][0] for r in desc] == ["T", "R", "L", "B"][:1] + [r["content"][0] for r in desc][1:]
    assert desc[0]["content"] == "Thực hiện TTHC phi địa giới hành chính"


def test_status_counts_and_paging(ctx, filled):
    counts = status_counts(ctx.db, TaskFilter(today=TODAY))
    assert counts[Status.OVERDUE] == 1 and counts[Status.CONTINUOUS] == 1 and counts[Status.NEEDS_DATE] == 1
    assert sum(counts.values()) == 5
    flt = TaskFilter(today=TODAY)
    assert [r["id"] for r in fetch_all(ctx.db, flt, page=2)] == [r["id"] for r in fetch_page(ctx.db, flt, 0, 10)]


day = st.integers(min_value=-20, max_value=20).map(lambda n: TODAY + timedelta(days=n))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    original=st.lists(day, max_size=2), extensions=st.lists(day, max_size=1), recurring=st.lists(day, max_size=2),
    completed=st.none() | day, continuous=st.booleans(), progress=st.booleans(),
)
def test_sql_status_agrees_with_domain(ctx, original, extensions, recurring, completed, continuous, progress):
    plan = ctx.plans.add(Plan(title="P", year=2025))
    dues = [TaskDueDate(d) for d in original] + [TaskDueDate(d, DueDateKind.EXTENSION) for d in extensions] + [
        TaskDueDate(d, DueDateKind.RECURRING) for d in recurring]
    task_id = ctx.tasks.add(Task(plan_id=plan, number="1", content="x", completed_on=completed,
                                 is_continuous=continuous, due_dates=tuple(dues)))
    if progress:
        ctx.tasks.add_update(TaskUpdate(task_id=task_id, updated_on=TODAY, note="n"))
    row = fetch_page(ctx.db, TaskFilter(today=TODAY, plan_id=plan), 0, 1)[0]
    expected = compute_status(TaskDates.build(original=original, extensions=extensions, recurring=recurring,
                                              completed_on=completed, is_continuous=continuous,
                                              has_progress=progress), TODAY)
    assert Status(row["status"]) is expected


def test_deadline_less_groups_are_headings(ctx, filled):
    plan = ctx.plans.all()[-1].id
    group = ctx.tasks.add(Task(plan_id=plan, number="I.5", position=5, content="Nhóm việc", is_group=True))
    dated = ctx.tasks.add(Task(plan_id=plan, number="I.6", position=6, content="Nhóm có hạn", is_group=True,
                               deadline_text="Trước 30/6/2025", due_dates=(TaskDueDate(date(2025, 6, 30)),)))
    ids = [r["id"] for r in fetch_all(ctx.db, TaskFilter(today=TODAY))]
    assert group not in ids and dated in ids
    rows = {r["id"]: r for r in fetch_all(ctx.db, TaskFilter(today=TODAY, include_sections=True))}
    assert is_heading(rows[group]) and is_heading(rows[filled["section"]]) and not is_heading(rows[dated])


def test_extension_flag_and_id_restriction(ctx, filled):
    ctx.tasks.add_due_date(filled["duc"], TaskDueDate(date(2025, 6, 20), DueDateKind.EXTENSION, "CV 12/STP"))
    rows = fetch_page(ctx.db, TaskFilter(today=TODAY, ids=(filled["duc"], filled["dia"])), 0, 10)
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {filled["duc"], filled["dia"]}
    assert by_id[filled["duc"]]["extended"] == 1 and by_id[filled["duc"]]["next_due"] == "2025-06-20"
    assert by_id[filled["duc"]]["original_due"] == "2025-06-09" and by_id[filled["dia"]]["extended"] == 0


def test_paged_fast_path_matches_the_full_query(ctx, filled):
    ctx.tasks.add_update(TaskUpdate(task_id=filled["dia"], updated_on=TODAY, note="n", percent=40))
    for flt in (TaskFilter(today=TODAY), TaskFilter(today=TODAY, sort="content", descending=True, year=2025),
                TaskFilter(today=TODAY, search="thu tuc", include_sections=True)):
        every_status = flt.with_(statuses=tuple(Status))  # needs the status: takes the full query
        assert fetch_page(ctx.db, flt, 1, 3) == fetch_page(ctx.db, every_status, 1, 3)
        assert count_tasks(ctx.db, flt) == count_tasks(ctx.db, every_status)


def test_fetch_all_orders_the_whole_list_once_not_once_per_page(ctx, filled):
    """Issue 17 (growth): exporting 100,000 tasks took 19× the time of 10,000: each OFFSET page sorted the whole
    table again. The ids are ordered once; every chunk then gets its status for its own ids."""
    plan = ctx.plans.add(Plan(title="KH lớn", year=2025))
    ctx.tasks.add_many([Task(plan_id=plan, number=f"II.{i}", position=i, content=f"Nhiệm vụ {i}") for i in range(1, 40)])
    statements: list[str] = []
    flt = TaskFilter(today=TODAY, sort="content")
    expected = [r for offset in range(0, 60, 50) for r in fetch_page(ctx.db, flt, offset, 50)]
    ctx.db.conn.set_trace_callback(statements.append)
    try:
        rows = list(fetch_all(ctx.db, flt, page=7))
    finally:
        ctx.db.conn.set_trace_callback(None)
    assert rows == expected and len(rows) == 39 + 5
    whole = [s for s in statements if s.lstrip().startswith("SELECT t.id FROM tasks") and "t.id IN (" not in s]
    assert len(whole) == 1, whole


def test_a_search_leaves_out_removed_tasks_found_through_their_own_index(ctx, filled):
    """The search's list of removed tasks is read from a partial index (m014), not a scan of every task."""
    ctx.db.execute("UPDATE tasks SET removed_on = '2025-06-01' WHERE id = ?", [filled["dia"]])
    flt = TaskFilter(today=TODAY, search="thuc hien")
    statements: list[str] = []
    ctx.db.conn.set_trace_callback(statements.append)
    try:
        assert numbers(ctx.db, flt) == []
    finally:
        ctx.db.conn.set_trace_callback(None)
    assert numbers(ctx.db, flt.with_(removed="include")) == ["Thực hiện TTHC phi địa giới hành chính"]
    assert numbers(ctx.db, flt.with_(removed="only")) == ["Thực hiện TTHC phi địa giới hành chính"]
    lookups = [s for s in statements if "removed_on" in s and "task_search" not in s]
    assert lookups, statements
    for sql in lookups:
        plan = " ".join(r[3] for r in ctx.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "idx_tasks_removed" in plan and "SCAN t " not in plan + " ", (sql, plan)


@pytest.mark.parametrize("flt", [
    TaskFilter(today=TODAY),  # plain list: ids in order, then facts a chunk at a time
    TaskFilter(today=TODAY, search="lam viec"),  # a search: its matched ids
    TaskFilter(today=TODAY, sort="due"),  # status-dependent order: one pass
])
def test_chosen_columns_are_the_same_values_as_the_whole_row(ctx, filled, flt):
    wanted = ("number", "content", "status", "next_due", "extended")
    whole = list(fetch_all(ctx.db, flt, page=2))
    chosen = list(fetch_all(ctx.db, flt, page=2, columns=wanted))
    assert whole and chosen == [{k: row[k] for k in wanted} for row in whole]
    with pytest.raises(ValueError):
        fetch_page(ctx.db, flt, 0, 10, columns=("number; DROP TABLE tasks",))
