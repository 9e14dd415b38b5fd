"""A PageHost for GUI tests that build one page without the main window: a fixed clock, real actions and
undo stack, and a record of the navigation the page asked for."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from tthc_desktop.ui.shell.actions import ActionRegistry
from tthc_desktop.ui.shell.page_host import Clock
from tthc_desktop.ui.shell.settings import AppSettings


class FakeHost(QWidget):
    """What a page needs of the main window (ui/shell/page_host.py), nothing more."""

    def __init__(self, ctx, today: date | None = None, *, undo_stack: QUndoStack | None = None,
                 settings: AppSettings | None = None):
        super().__init__()
        self.ctx = ctx
        self.settings = settings or AppSettings()
        self.undo_stack = undo_stack or QUndoStack()  # no parent: a page may outlive a host it was built with
        self.actions = ActionRegistry(self)
        self.clock = Clock.fixed(today) if today else Clock()
        self.shown: list[str] = []
        self.tasks_shown: list[tuple] = []

    def show_page(self, key: str) -> None:
        self.shown.append(key)

    def show_tasks(self, flt=None, task_id: int | None = None) -> None:
        self.tasks_shown.append((flt, task_id))


def shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    """*widget* shown at width × height and exposed, closed with the test."""
    qtbot.add_widget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget
