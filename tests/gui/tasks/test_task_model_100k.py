"""100,000 tasks: the list opens and scrolls in a QTableView without reading every row (rows_fetched).

The database is generated once per session by bulk inserts in one transaction; timings are printed
(run with -s to see them), never asserted.
"""

from __future__ import annotations

import shutil
import time
from datetime import date

import pytest
from PySide6.QtWidgets import QTableView
from seed import bulk_tasks  # tests/bench/seed.py: the benchmarks' bulk insert

from tthc_desktop.services.context import AppContext
from tthc_desktop.store.task_query import TaskFilter
from tthc_desktop.ui.tasks.task_table_model import PAGE_SIZE, TaskTableModel

N_TASKS = 100_000
TODAY = date(2025, 6, 10)


@pytest.fixture(scope="session")
def big_db_template(migrated_db_template, tmp_path_factory):
    roles = ("lead", "coordinating", "none")

    def row(i: int) -> dict:
        return {"role": roles[i % 3], "lead_text": "Sở Tư pháp", "coordinating_text": "UBND cấp huyện",
                "content": (f"Nhiệm vụ {i}: làm việc với ông Đức về địa giới" if i % 1000 == 0
                            else f"Nhiệm vụ {i}: rà soát thủ tục hành chính")}

    started = time.perf_counter()
    path = bulk_tasks(tmp_path_factory.mktemp("big") / "big.db", migrated_db_template, N_TASKS, row)
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
