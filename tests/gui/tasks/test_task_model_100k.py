"""100,000 tasks: the list opens and scrolls in a QTableView without reading every row (rows_fetched).

The database is generated once per session by bulk inserts in one transaction; timings are printed
(run with -s to see them), never asserted.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QTableView

from tthc_desktop.services.context import AppContext
from tthc_desktop.store.database import open_database
from tthc_desktop.store.search import rebuild_search_index
from tthc_desktop.store.task_query import TaskFilter
from tthc_desktop.ui.tasks.task_table_model import PAGE_SIZE, TaskTableModel

N_TASKS = 100_000
TODAY = date(2025, 6, 10)


@pytest.fixture(scope="session")
def big_db_template(migrated_db_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.db"
    shutil.copy2(migrated_db_template, path)
    started = time.perf_counter()
    db = open_database(path)
    rng = random.Random(66)
    roles = ("lead", "coordinating", "none")
    with db.atomic():
        plan_id = db["plans"].insert({"title": "Kế hoạch lớn", "year": 2025, "symbol": "1/KH-UBND"}).last_pk
        # FTS triggers are dropped for the bulk insert and the index is rebuilt once afterwards
        for name in ("tasks_search_ai", "tasks_search_au", "tasks_search_ad"):
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db["tasks"].insert_all(({
            "id": i, "plan_id": plan_id, "number": str(i), "position": i, "role": roles[i % 3],
            "content": (f"Nhiệm vụ {i}: làm việc với ông Đức về địa giới" if i % 1000 == 0
                        else f"Nhiệm vụ {i}: rà soát thủ tục hành chính"),
            "lead_text": "Sở Tư pháp", "coordinating_text": "UBND cấp huyện",
        } for i in range(1, N_TASKS + 1)), batch_size=5000)
        start = date(2025, 1, 1)
        db["task_due_dates"].insert_all(({
            "task_id": i, "due_on": (start + timedelta(days=rng.randrange(730))).isoformat(), "kind": "parsed",
        } for i in range(1, N_TASKS + 1)), batch_size=5000)
        rebuild_search_index(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    print(f"\n100k database built in {time.perf_counter() - started:.1f} s")
    return path


@pytest.fixture
def big_ctx(big_db_template, tmp_path):
    target = tmp_path / "big.db"
    shutil.copy2(big_db_template, target)
    context = AppContext.open(target)
    yield context
    context.close()


def test_opens_and_scrolls_without_loading_every_row(big_ctx, qtbot):
    started = time.perf_counter()
    model = TaskTableModel(big_ctx, today=lambda: TODAY)
    view = QTableView()
    qtbot.add_widget(view)
    view.resize(900, 600)
    view.setModel(model)
    view.show()
    qtbot.wait_exposed(view)
    qtbot.wait_until(lambda: model.rowCount() > 0)
    opened = time.perf_counter() - started
    assert model.total_count() == N_TASKS and model.filtered_count() == N_TASKS
    assert model.rowCount() == model.rows_fetched == PAGE_SIZE

    timings = []
    for _ in range(4):  # scroll to the bottom a few times: each time one more page comes in
        before = model.rowCount()
        started = time.perf_counter()
        view.scrollToBottom()
        qtbot.wait_until(lambda before=before: model.rowCount() > before)
        timings.append(time.perf_counter() - started)
    print(f"open {opened * 1000:.0f} ms; fetchMore " + ", ".join(f"{t * 1000:.0f} ms" for t in timings))
    assert model.rows_fetched == model.rowCount() <= 6 * PAGE_SIZE  # a few pages, not 100,000 rows
    assert model.canFetchMore()


def test_filtered_and_searched_lists_stay_small(big_ctx, qtbot, qtmodeltester):
    model = TaskTableModel(big_ctx, today=lambda: TODAY)
    started = time.perf_counter()
    model.set_filter(TaskFilter(search="duc dia gioi", roles=("lead", "coordinating")))
    searched = time.perf_counter() - started
    expected = sum(1 for i in range(1000, N_TASKS + 1, 1000) if i % 3 != 2)  # every 1000th, lead or coordinating
    assert model.filtered_count() == model.rowCount() == expected
    started = time.perf_counter()
    model.set_filter(TaskFilter(sort="due", overdue_only=True))
    overdue = time.perf_counter() - started
    print(f"search {searched * 1000:.0f} ms; overdue sorted by deadline {overdue * 1000:.0f} ms")
    assert model.rows_fetched <= expected + PAGE_SIZE and model.filtered_count() > PAGE_SIZE
    qtmodeltester.check(model)
