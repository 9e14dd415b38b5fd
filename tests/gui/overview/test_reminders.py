"""The reminder notice: a non-blocking banner on start and once a day, Vietnamese counts, a click opens the
filtered task list, and the setting turns it off."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
import task_seed as seed_module
from PySide6.QtWidgets import QApplication, QDialog

from tthc_desktop.domain.status import Status
from tthc_desktop.ui.overview.reminders import ReminderController, install_reminders
from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.page_host import Clock
from tthc_desktop.ui.shell.settings import REMINDERS_ENABLED, REMINDERS_LAST_SHOWN, AppSettings

TODAY = seed_module.TODAY


@pytest.fixture
def ids(ctx):
    return seed_module.seed_department(ctx)


def make_window(qtbot, ctx, enabled=True, clock: Clock | None = None):
    """The window on a fixed day (TODAY unless ``clock``): its own reminder controller checks on that day."""
    settings = AppSettings()
    settings.set(REMINDERS_ENABLED, enabled)
    win = MainWindow(ctx, settings, clock=clock or Clock.fixed(TODAY))
    qtbot.add_widget(win)
    win.show()
    qtbot.wait_exposed(win)
    return win


def test_installed_with_the_window_and_shown_on_start(qtbot, ctx, ids, vietnamese):
    window = make_window(qtbot, ctx)
    assert isinstance(window.reminders, ReminderController)
    controller = window.reminders
    qtbot.wait_until(lambda: controller._attached)
    assert controller.check(force=True)
    banner = controller.banner
    assert banner.isVisible()
    assert not banner.icon.pixmap().isNull()  # the warning sign, drawn on its first show
    assert banner.label.text().startswith("<b style='color:#c62828'>1 nhiệm vụ quá hạn</b>, "
                                          "1 nhiệm vụ đến hạn trong 7 ngày — <a href='#tasks'>Xem danh sách</a>")
    assert window.centralWidget().objectName() == "reminderHolder"  # above the pages, not a dialog
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_click_opens_the_list_filtered_overdue_first(qtbot, ctx, ids, vietnamese):
    window = make_window(qtbot, ctx)
    controller = window.reminders
    controller.check(force=True)
    filters = []
    window.pages["tasks"].apply_filter = filters.append
    controller.banner.label.linkActivated.emit("#tasks")
    assert window.current_page_key() == "tasks"
    assert filters[0].overdue_only and filters[0].today == TODAY
    # nothing overdue any more: the click lists what is due within 7 days
    from tthc_desktop.services import task_edit as te

    te.mark_done(ctx, ids[Status.OVERDUE], TODAY)
    controller.check(force=True)
    assert "nhiệm vụ quá hạn" not in controller.banner.label.text()
    controller.open_list()
    assert filters[-1].due_within_days == 7 and not filters[-1].overdue_only


def test_once_a_day(qtbot, ctx, ids, vietnamese):
    day = [TODAY]
    window = make_window(qtbot, ctx, clock=Clock(lambda: datetime.combine(day[0], time(9))))
    controller = window.reminders
    qtbot.wait_until(lambda: controller.banner.isVisible())
    assert window.settings.get(REMINDERS_LAST_SHOWN) == "2025-06-10"
    controller.banner.close_button.click()
    assert not controller.banner.isVisible()
    controller.timer.timeout.emit()  # same day: stays hidden
    assert not controller.banner.isVisible()
    day[0] = date(2025, 6, 11)
    controller.timer.timeout.emit()  # the dashboard reloads for the new day; the banner follows its figures
    qtbot.wait_until(lambda: controller.banner.isVisible())
    assert window.settings.get(REMINDERS_LAST_SHOWN) == "2025-06-11"


def test_turned_off_by_the_setting(qtbot, ctx, ids, vietnamese):
    window = make_window(qtbot, ctx, enabled=False)
    controller = window.reminders
    qtbot.wait(10)
    assert not controller.check(force=True)
    assert not controller.banner.isVisible()


def no_standing_reports(ctx) -> None:
    """A unit that sends none of the standing reports: the reminder counts those too (services/due_reports.py)."""
    from tthc_desktop.domain.periods import PeriodKind
    from tthc_desktop.domain.report_calendar import ReportRule
    from tthc_desktop.services.report_service import ReportService

    for kind in PeriodKind:
        ReportService(ctx).set_rule(ReportRule(kind, enabled=False))


def test_standing_reports_due_are_counted(qtbot, ctx, vietnamese):
    window = make_window(qtbot, ctx)
    controller = window.reminders
    qtbot.wait(10)
    # 10/06/2025: May's monthly report was due 16/05 (overdue); June's, Q2's and the first half's share the cut-off
    # Saturday 14/06 and are due Tuesday 17/06 (within 7 days)
    assert controller.check(force=True)
    assert "<a href='#requests'>báo cáo và yêu cầu báo cáo: 1 quá hạn, 3 đến hạn trong 7 ngày</a>" in \
        controller.banner.label.text()


def test_nothing_to_say_shows_nothing(qtbot, ctx, vietnamese):
    no_standing_reports(ctx)
    window = make_window(qtbot, ctx)
    controller = window.reminders
    qtbot.wait(10)
    assert not controller.check(force=True)
    assert not controller.banner.isVisible()


def test_december_asks_to_check_next_years_swaps_until_looked_at(qtbot, ctx, vietnamese):
    no_standing_reports(ctx)
    window = make_window(qtbot, ctx, clock=Clock.fixed(date(2026, 12, 3)))
    controller = window.reminders
    qtbot.wait(10)
    assert controller.check(force=True)  # nothing due, but December
    assert "Kiểm tra ngày nghỉ, ngày làm bù đã công bố cho năm 2027" in controller.banner.label.text()
    controller.banner.label.linkActivated.emit("#calendar")  # opens the dialog on 2027
    dialog = window.findChild(QDialog, "calendarDaysDialog")
    assert dialog is not None and dialog.year_spin.value() == 2027
    dialog.reject()
    assert not controller.check(force=True)  # looked at: no more reminder this December
    november = install_reminders(window, lambda: date(2026, 11, 30))
    qtbot.wait(10)
    assert "năm 2027" not in november.message()
