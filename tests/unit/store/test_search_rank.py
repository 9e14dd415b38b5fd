"""The search index is keyed by list rank (issue 17): a search reads its matches in list order from the index.
Whatever the plans, positions, roles, headings and insertion order, that order and the filters agree with the
SQL-sorted path; a task whose numbers do not fit the rank falls back to it; a bulk insert indexes its rows once."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tthc_desktop.domain.entities import Plan, Task, TaskRole
from tthc_desktop.store import task_query
from tthc_desktop.store.search import ID_MASK, POSITION_BITS, search_paused
from tthc_desktop.store.task_query import TaskFilter, count_tasks, fetch_page

WORDS = ("rà soát", "cắt giảm", "đất đai", "một cửa", "Sở Tư pháp")
FILTERS = [
    TaskFilter(search="ra"), TaskFilter(search="dat dai"), TaskFilter(search="so", descending=True),
    TaskFilter(search="cat", roles=("lead", "coordinating")), TaskFilter(search="mot cua", include_sections=True),
    TaskFilter(search="ra soat", roles=("none",), include_sections=True, descending=True),
]


def _sql_sorted(db, flt):
    where, params = task_query._where(flt, plain=True, fts_driven=True)
    return [r[0] for r in db.execute(task_query._SEARCHED.format(columns="t.id") + where
                                     + task_query._order_by(flt), params)]


task_rows = st.lists(st.tuples(
    st.integers(0, 1), st.integers(0, 30), st.sampled_from(list(TaskRole)), st.booleans(), st.booleans(),
    st.sampled_from(["", "Quý III/2025"]), st.sampled_from(WORDS)), min_size=1, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=task_rows)
def test_rank_order_and_filters_agree_with_sql(ctx, rows):
    ctx.db.execute("DELETE FROM task_due_dates")
    ctx.db.execute("DELETE FROM tasks")
    plans = [ctx.plans.add(Plan(title=f"KH {i}", year=2025)) for i in range(2)]
    tasks = [Task(plan_id=plans[p], number=f"{i}", position=pos, role=role, is_section=section, is_group=group,
                  deadline_text=deadline, content=f"Nhiệm vụ {words} {i}")
             for i, (p, pos, role, section, group, deadline, words) in enumerate(rows)]
    ctx.tasks.add_many(tasks[::2])  # bulk (one index fill) and one at a time (triggers), ids not in list order
    for task in tasks[1::2]:
        ctx.tasks.add(task)
    for flt in FILTERS:
        fast = task_query._ids_in_rank_order(ctx.db, flt)
        assert fast is not None
        assert fast == _sql_sorted(ctx.db, flt), flt


def test_a_task_beyond_the_rank_falls_back_to_sql_order(ctx):
    plan = ctx.plans.add(Plan(title="KH", year=2025))
    far = ctx.tasks.add(Task(plan_id=plan, number="2", position=1 << POSITION_BITS, content="Rà soát cuối"))
    near = ctx.tasks.add(Task(plan_id=plan, number="1", position=5, content="Rà soát đầu"))
    flt = TaskFilter(search="ra soat")
    assert task_query._ids_in_rank_order(ctx.db, flt) is None
    assert count_tasks(ctx.db, flt) == 2
    assert [r["id"] for r in fetch_page(ctx.db, flt, 0, 10)] == [near, far]


def test_edits_move_a_task_in_the_index(ctx):
    plan = ctx.plans.add(Plan(title="KH", year=2025))
    a = ctx.tasks.add(Task(plan_id=plan, number="1", position=1, content="Rà soát A"))
    b = ctx.tasks.add(Task(plan_id=plan, number="2", position=2, content="Rà soát B"))
    ctx.tasks.update_fields(a, {"position": 3, "role": "lead"})
    assert task_query._ids_in_rank_order(ctx.db, TaskFilter(search="ra soat")) == [b, a]
    assert task_query._ids_in_rank_order(ctx.db, TaskFilter(search="ra soat", roles=("lead",))) == [a]
    ctx.tasks.delete(a)
    assert task_query._ids_in_rank_order(ctx.db, TaskFilter(search="ra soat")) == [b]


def test_bulk_insert_fills_the_index_once_not_per_row(ctx):
    plan = ctx.plans.add(Plan(title="KH", year=2025))
    with ctx.db.atomic(), search_paused(ctx.db):  # the per-row trigger is off while paused
        ctx.db.execute("INSERT INTO tasks(plan_id, number, content) VALUES (?, 'x', 'Rà soát lẻ')", [plan])
    assert ctx.db.execute("SELECT count(*) FROM task_search").fetchone()[0] == 0
    ids = ctx.tasks.add_many([Task(plan_id=plan, number=str(i), position=i, content=f"Cắt giảm {i}")
                              for i in range(1, 6)])
    assert task_query._ids_in_rank_order(ctx.db, TaskFilter(search="cat giam")) == ids
    ctx.db.execute("INSERT INTO tasks(plan_id, number, content) VALUES (?, 'y', 'Cắt giảm sau')", [plan])
    assert count_tasks(ctx.db, TaskFilter(search="cat giam")) == 6  # the trigger is back on


@pytest.mark.parametrize("roles", [("lead; DROP",), ("Lead",)])
def test_untagged_roles_take_the_sql_path(ctx, roles):
    assert task_query._ids_in_rank_order(ctx.db, TaskFilter(search="ra", roles=roles)) is None


def test_the_bulk_index_has_the_triggers_tokens(ctx):
    """index_new_tasks leaves folding to the tokenizer (đ replaced first); the trigger indexes tthc_fold's text.
    Both must give the same tokens at the same places, for every kind of text a plan holds."""
    import unicodedata

    texts = ["Đất đai và ĐỊA CHÍNH; Sở Tư pháp, Sở Nội vụ", "Nghị quyết 66/NQ-CP – “Cải cách” thủ tục",
             "Ủy ban nhân dân xã Hòa Bình\tđặc khu Phú Quốc\nphường 1", "ơ ư ă â ê ô ỡ ữ ặ ẫ ễ ộ ị ỳ ỹ ỰC",
             "x² ½ ß ø ł æ Ð (không phải Đ)", "10.000đ, 3,5%; 15/3/2026", "- nt -", ""]
    texts += [unicodedata.normalize("NFD", t) for t in texts]  # a decomposed source, e.g. a file made on a Mac
    first, second = ctx.plans.add(Plan(title="KH", year=2025)), ctx.plans.add(Plan(title="KH 2", year=2025))
    one_by_one = [ctx.tasks.add(Task(plan_id=first, number=f"{i}.", position=i, content=t, lead_text=t.upper()))
                  for i, t in enumerate(texts)]
    bulk = ctx.tasks.add_many([Task(plan_id=second, number=f"{i}.", position=i, content=t, lead_text=t.upper())
                               for i, t in enumerate(texts)])
    ctx.db.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, task_search, 'instance')")
    by_task: dict[int, list] = {}
    for term, rowid, column, offset in ctx.db.execute("SELECT term, doc, col, offset FROM temp.words"):
        by_task.setdefault(rowid & ID_MASK, []).append((term, column, offset))
    for a, b in zip(one_by_one, bulk, strict=True):
        assert sorted(by_task.get(a, [])) == sorted(by_task.get(b, [])), texts[one_by_one.index(a)]
    assert len(by_task) == 2 * len(texts)  # every task has words (at least its number and tags)
