"""The daily reminder: a non-blocking banner at the top of the main window, e.g. "3 nhiệm vụ quá hạn,
5 nhiệm vụ đến hạn trong 7 ngày". Shown on start and again when the day changes while the app is open;
clicking it opens the Nhiệm vụ page filtered (overdue first). Turned off by REMINDERS_ENABLED.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.dashboard_data import DUE_SOON_DAYS
from ...services.task_list import TaskListService
from ...store.task_query import TaskFilter
from ..shell.settings import REMINDERS_ENABLED, REMINDERS_LAST_SHOWN
from ..widgets.page_parts import named_label

if TYPE_CHECKING:
    from ..shell.page_host import ShellWindow

CHECK_INTERVAL_MS = 30 * 60 * 1000  # look for a new day every half hour


class ReminderBanner(QFrame):
    """An amber strip with the counts as a link and a close button; it never takes the focus."""

    activated = Signal()
    calendar_requested = Signal()
    requests_requested = Signal()  # the report requests' link: the Báo cáo page
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet("QFrame#reminderBanner { background:#fff3e0; border-bottom:2px solid #ef6c00; }")
        self.label = named_label("reminderText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(lambda link: {"#calendar": self.calendar_requested,
                                                       "#requests": self.requests_requested}
                                         .get(link, self.activated).emit())
        self.icon = QLabel()  # its picture comes with the first show (see showEvent)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide until tomorrow"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        # QStyle is imported here: naming it makes PySide build its enums (~9 ms), and most starts show no banner
        if self.icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        super().showEvent(event)

    def _on_close_button_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()


class ReminderController(QObject):
    """``source``: the dashboard page; its figures (loaded off the UI thread) give the counts on start and on a
    new day, so the reminder never scans the tasks on the UI thread itself."""

    def __init__(self, window: ShellWindow, today_fn: Callable[[], date] = date.today, source=None):
        super().__init__(window)
        self.window = window
        self.today_fn = today_fn
        self.source = source
        self._awaiting_data = False  # a check waits for the dashboard's next figures
        if source is not None:
            source.data_loaded.connect(self._on_data_loaded)
        self.banner = ReminderBanner()
        self.banner.activated.connect(self.open_list)
        self.banner.calendar_requested.connect(self.open_calendar)
        self.banner.requests_requested.connect(lambda: self.window.show_page("reports"))
        self.overdue = self.due_soon = 0
        self.requests_overdue = self.requests_due_soon = 0  # reports to send: standing and requests (issue 20)
        self._attached = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        # The window builds its pages (and so this) before its central widget exists: attach just after.
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.timeout.connect(self.start)
        self._start.start(0)

    @property
    def enabled(self) -> bool:
        return bool(self.window.settings.get(REMINDERS_ENABLED))

    def stop(self) -> None:
        """No more checks from this controller (its timers stop and it ignores the dashboard's figures)."""
        self.timer.stop()
        self._start.stop()
        self._awaiting_data = False
        if self.source is not None:
            self.source.data_loaded.disconnect(self._on_data_loaded)
            self.source = None
        self.banner.hide()

    def attach(self) -> None:
        """Put the banner above the window's central widget (once)."""
        if self._attached or self.window.centralWidget() is None:
            return
        central = self.window.takeCentralWidget()
        holder = QWidget()
        holder.setObjectName("reminderHolder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        self.window.setCentralWidget(holder)
        holder.show()  # a layout would only show it on the next event loop turn
        central.show()
        self._attached = True

    def start(self) -> None:
        self.attach()
        if self.source is not None and self.source.loading:
            self._awaiting_data = True  # checked when the dashboard's figures arrive
            return
        self._check_with(self.source.data if self.source is not None else None)

    def _on_data_loaded(self, data) -> None:
        if self._awaiting_data:
            self._awaiting_data = False
            self._check_with(data)

    def _check_with(self, data) -> None:
        """Check on start or a new day, with the dashboard's counts when they are today's."""
        if data is not None and data.today == self.today_fn():
            self.check(force=True, counts=(data.overdue_total, data.due_soon_total))
        else:
            self.check(force=True)

    def counts(self) -> tuple[int, int]:
        """(overdue, due within 7 days) in one pass of the status query."""
        tasks = TaskListService(self.window.ctx)
        return tasks.deadline_counts(TaskFilter(roles=tasks.default_roles(), today=self.today_fn()), DUE_SOON_DAYS)

    def check(self, force: bool = False, counts: tuple[int, int] | None = None) -> bool:
        """Show the notice if reminders are on and (on start, or) the day changed; returns whether shown.
        ``counts``: (overdue, due soon) already known for today."""
        if not self.enabled:
            self.banner.hide()
            return False
        today = self.today_fn()
        if not force and self.window.settings.get(REMINDERS_LAST_SHOWN) == today.isoformat():
            return False
        self.overdue, self.due_soon = counts if counts is not None else self.counts()
        self.requests_overdue, self.requests_due_soon = self.request_counts()
        self.window.settings.set(REMINDERS_LAST_SHOWN, today.isoformat())
        if not (self.overdue or self.due_soon or self.requests_overdue or self.requests_due_soon
                or self.calendar_due()):
            self.banner.hide()
            return False
        self.banner.label.setText(self.message())
        self.banner.show()
        return True

    def request_counts(self) -> tuple[int, int]:
        """(overdue, due within the reminder days) among the reports to send, standing reports and requests alike
        (the Báo cáo calendar's own list, services/due_reports.py): a few rows."""
        from ...services.due_reports import due_counts, due_entries

        today = self.today_fn()
        return due_counts(due_entries(self.window.ctx, today), today, DUE_SOON_DAYS)

    def calendar_due(self) -> bool:
        """December, and next year's days off and make-up days not looked at yet."""
        from ..shell.calendar_dialog import CHECKED_YEAR

        today = self.today_fn()
        return today.month == 12 and self.window.ctx.settings.get(CHECKED_YEAR) != str(today.year + 1)

    def message(self) -> str:
        parts = []
        if self.overdue:
            overdue = self.tr("%1 overdue tasks").replace("%1", str(self.overdue))
            parts.append(f"<b style='color:#c62828'>{overdue}</b>")
        if self.due_soon:
            parts.append(self.tr("%1 tasks due within 7 days").replace("%1", str(self.due_soon)))
        text = ""
        if parts:
            link = self.tr("Show them")
            text = ", ".join(parts) + f" — <a href='#tasks'>{link}</a>"
        if self.requests_overdue or self.requests_due_soon:
            requests = (self.tr("reports and requests: %1 overdue, %2 due within 7 days")
                        .replace("%1", str(self.requests_overdue)).replace("%2", str(self.requests_due_soon)))
            text += (" · " if text else "") + f"<a href='#requests'>{requests}</a>"
        if self.calendar_due():
            year = str(self.today_fn().year + 1)
            check = self.tr("Check the days off and make-up days announced for %1").replace("%1", year)
            text += (" · " if text else "") + f"<a href='#calendar'>{check}</a>"
        return text

    def open_calendar(self) -> None:
        self.window.show_calendar_days(year=self.today_fn().year + 1)

    def open_list(self) -> None:
        today = self.today_fn()
        roles = TaskListService(self.window.ctx).default_roles()
        flt = TaskFilter(roles=roles, overdue_only=True, today=today) if self.overdue else \
            TaskFilter(roles=roles, due_within_days=DUE_SOON_DAYS, sort="due", today=today)
        self.window.show_tasks(flt)

    def _on_timer_timeout(self) -> None:
        new_day = self.window.settings.get(REMINDERS_LAST_SHOWN) != self.today_fn().isoformat()
        if self.source is not None and self.enabled and new_day:
            self._awaiting_data = True  # the dashboard reloads for the new day; the check follows its figures
            self.source.refresh()
        else:
            self.check()


def install_reminders(window: ShellWindow, today_fn: Callable[[], date] = date.today,
                      source=None) -> ReminderController:
    """The reminder of ``window``; ``source``: the dashboard page whose figures give the counts."""
    return ReminderController(window, today_fn, source)
