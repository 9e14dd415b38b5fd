"""The Tổng quan page: status cards for the year and the current quarter, overdue and due-soon lists that
open the task list, per-plan progress, the two charts, refresh after an edit."""

from __future__ import annotations

from datetime import date

import pytest
import task_seed as seed_module
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from tthc_desktop.domain.status import Status
from tthc_desktop.services import task_edit as te
from tthc_desktop.services.dashboard_data import collect, completion_series
from tthc_desktop.ui.overview.dashboard_page import DashboardPage, TaskIdRole
from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.page_host import Clock
from tthc_desktop.ui.shell.settings import REMINDERS_ENABLED, AppSettings

TODAY = seed_module.TODAY


@pytest.fixture
def ids(ctx):
    return seed_module.seed_department(ctx)


@pytest.fixture
def window(qtbot, ctx, ids, vietnamese):
    settings = AppSettings()
    settings.set(REMINDERS_ENABLED, False)
    win = MainWindow(ctx, settings, clock=Clock.fixed(TODAY))
    qtbot.add_widget(win)
    return win


@pytest.fixture
def page(qtbot, window):
    dashboard = DashboardPage(window)
    qtbot.add_widget(dashboard)
    dashboard.resize(1200, 900)
    dashboard.show()
    qtbot.wait_until(lambda: not dashboard.loading)  # the figures load in a worker thread
    return dashboard


def test_registered_as_overview_page(window):
    assert isinstance(window.pages["overview"], DashboardPage)


def test_cards_for_year_and_period(page):
    assert page.year_caption.text().startswith("Năm 2025:")
    assert page.period_caption.text().startswith("Quý II năm 2025 (số liệu từ 15/03/2025 đến 14/06/2025)")
    assert "thường xuyên đếm riêng" in page.period_caption.text()
    year = {s: int(c.count_label.text()) for s, c in page.year_cards.items()}
    assert year == {s: 1 for s in Status}
    period = {s: int(c.count_label.text()) for s, c in page.period_cards.items()}
    # due 30/09 is outside 15/03–14/06; done 19/05 and 05/05 and due 13/06 are inside
    assert period == {s: (0 if s is Status.NOT_DUE else 1) for s in Status}
    for status, card in page.year_cards.items():
        assert card.text_label.text() == status.label_vi
        card.count_label.ensurePolished()  # the page's style sheet gives each card's count its status colour
        assert card.count_label.palette().color(QPalette.ColorRole.WindowText).name() == status.colour.lower()
        assert card.count_label.font().bold()


def test_overdue_and_due_soon_lists(page, ids, qtmodeltester):
    assert page.overdue_title.text() == "Quá hạn: 1"
    assert page.due_soon_title.text() == "Đến hạn trong 7 ngày: 1"
    m = page.overdue_model
    assert [m.data(m.index(0, c)) for c in range(4)] == ["1", "Rà soát thủ tục đất đai", "30/05/2025",
                                                        "Quá hạn 11 ngày"]
    assert m.data(m.index(0, 3), Qt.ItemDataRole.ForegroundRole).name() == Status.OVERDUE.colour
    s = page.due_soon_model
    assert s.data(s.index(0, 3)) == "Còn 3 ngày"
    assert s.data(s.index(0, 0), TaskIdRole) == ids[Status.IN_PROGRESS]
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Nhiệm vụ"
    qtmodeltester.check(m)
    qtmodeltester.check(s)


def test_double_click_opens_the_task_in_the_list(page, window, ids):
    calls = []
    tasks_page = window.pages["tasks"]
    original = getattr(tasks_page, "select_task", None)
    tasks_page.select_task = lambda task_id: calls.append(task_id) or (original(task_id) if original else True)
    index = page.overdue_model.index(0, 1)
    page.overdue_view.doubleClicked.emit(index)
    assert window.current_page_key() == "tasks"
    assert calls == [ids[Status.OVERDUE]]


def test_card_click_filters_the_list(page, window):
    filters = []
    window.pages["tasks"].apply_filter = filters.append
    page.year_cards[Status.OVERDUE].clicked.emit(Status.OVERDUE)
    assert window.current_page_key() == "tasks"
    assert filters[0].statuses == (Status.OVERDUE,)


def test_plan_progress_and_charts(page):
    (label, bar), = page.plan_bars
    assert label.text() == "165/KH-UBND"
    assert (bar.value(), bar.maximum()) == (2, 7)
    assert bar.text() == "2/7 (29%)"
    assert page.donut.counts[Status.OVERDUE] == 1
    months = page.completion.points
    assert [p.completed for p in months[3:7]] == [0, 2, 2, None]  # April, May, June (so far), July
    assert months[4].due == 3 and page.completion.total == 7
    for chart in (page.donut, page.completion):
        image = chart.grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
                   for y in range(0, image.height(), 4)}
        assert Status.DONE_ON_TIME.colour in colours  # the status colours are really painted


def test_refreshes_after_an_edit(page, ctx, ids, qtbot):
    te.mark_done(ctx, ids[Status.OVERDUE], date(2025, 6, 9))
    qtbot.wait_until(lambda: page.overdue_title.text() == "Quá hạn: 0")
    assert page.year_cards[Status.DONE_LATE].count_label.text() == "2"
    assert page.plan_bars[0][1].text() == "3/7 (43%)"


def test_completion_series_counts_cumulatively():
    points = completion_series(date(2025, 3, 10), [date(2025, 1, 5), date(2025, 3, 1)],
                               [date(2025, 1, 31), date(2025, 2, 1), date(2025, 12, 31)])
    assert [(p.completed, p.due) for p in points[:4]] == [(1, 1), (1, 2), (2, 2), (None, 2)]
    assert points[-1].due == 3


def test_scope_is_all_tasks_before_roles_are_known(ctx):
    seed_module.seed(ctx)
    ctx.db.execute("UPDATE tasks SET role = 'none'")
    data = collect(ctx.db, TODAY)
    assert not data.own_unit_only and data.total == 7


def test_figures_load_in_a_worker_and_older_results_are_dropped(qtbot, window):
    dashboard = DashboardPage(window)
    qtbot.add_widget(dashboard)
    assert dashboard.loading and not dashboard.loading_label.isHidden()
    assert dashboard.year_cards[Status.OVERDUE].count_label.text() == "…"
    assert dashboard.scope_label.text()  # what the page counts is said at once
    shown = []
    dashboard.data_loaded.connect(shown.append)
    qtbot.wait_until(lambda: not dashboard.loading)
    assert len(shown) == 1 and shown[0].overdue_total == 1 and dashboard.loading_label.isHidden()
    assert dashboard.year_cards[Status.OVERDUE].count_label.text() == "1"
    dashboard.refresh()
    dashboard._on_loaded(0, collect(window.ctx.db, date(2024, 1, 1)), None)  # not the awaited load: ignored
    assert len(shown) == 1
    qtbot.wait_until(lambda: not dashboard.loading)
    assert len(shown) == 2 and shown[1].today == TODAY
