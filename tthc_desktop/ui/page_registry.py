"""Which widget each navigation page shows. Features register their page factory here.

A factory takes the MainWindow (for ctx, settings, undo_stack, actions) and returns the page widget.
Pages without a factory show their InfoPage sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

PageFactory = Callable[["MainWindow"], QWidget]


def page_factories() -> dict[str, PageFactory]:
    """Page key → factory; imported lazily so a broken page cannot stop the window module loading."""
    factories: dict[str, PageFactory] = {}
    from .procedures_page import ProceduresPage

    factories["procedures"] = ProceduresPage
    from .tasks_page import TasksPage

    factories["tasks"] = TasksPage
    from .task_detail_panel import install_detail_panel

    factories["tasks"] = lambda w: install_detail_panel(TasksPage(w), w)
    from .dashboard_page import create_overview_page

    factories["overview"] = create_overview_page
    from .reports_page import ReportsPage

    factories["reports"] = ReportsPage
    from .submissions_page import SubmissionsPage

    factories["submissions"] = SubmissionsPage
    return factories
