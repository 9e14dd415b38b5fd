"""What a page may ask of the window that holds it: one protocol instead of probing the window.

Every page (overview, tasks, procedures, reports, submissions) takes ``host: PageHost`` (plus an optional
parent). MainWindow implements it; GUI tests pass a small host of their own with a fixed Clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMenuBar, QStatusBar

    from ...services.context import AppContext
    from ...store.task_query import TaskFilter
    from .actions import ActionRegistry
    from .settings import AppSettings


class Clock:
    """Which day and moment it is for the pages (statuses, due-soon bands, the default year)."""

    def __init__(self, now: Callable[[], datetime] = datetime.now):
        self._now = now

    def now(self) -> datetime:
        return self._now()

    def today(self) -> date:
        return self._now().date()

    @classmethod
    def fixed(cls, day: date) -> Clock:
        """Always ``day`` (at 09:00): what tests inject instead of stopping the window's real-clock parts."""
        moment = datetime.combine(day, time(9))
        return cls(lambda: moment)


class PageHost(Protocol):
    ctx: AppContext
    settings: AppSettings
    undo_stack: QUndoStack
    actions: ActionRegistry
    clock: Clock

    def show_page(self, key: str) -> QWidget | None:
        """Switch to page ``key``; returns its widget (None in a host that has no pages)."""
        ...

    def show_tasks(self, flt: TaskFilter | None = None, task_id: int | None = None) -> None:
        """Switch to the task list, apply ``flt`` and select ``task_id`` (each when given)."""
        ...


class ShellWindow(PageHost, Protocol):
    """The main window as the window-wide features use it (backup menu, reminder banner): a PageHost that is
    also the QMainWindow. They take this instead of importing main_window, which installs them."""

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...

    closing: SignalInstance  # emitted on the window's Close event

    def update_title(self) -> None: ...

    def centralWidget(self) -> QWidget | None: ...

    def takeCentralWidget(self) -> QWidget: ...

    def setCentralWidget(self, widget: QWidget) -> None: ...

    def show_calendar_days(self, _checked: bool = False, year: int | None = None) -> QWidget: ...


class HostedPage(QWidget):
    """A page of the window: named ``page_<key>`` (tests, screenshots), with its host, the data context and
    the host's today (a fixed day in tests)."""

    def __init__(self, key: str, host: PageHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"page_{key}")
        self.host = host
        self.ctx = host.ctx
        self.today_fn = host.clock.today
