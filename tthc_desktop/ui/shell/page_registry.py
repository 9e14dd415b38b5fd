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
    """Page key → factory. Each factory imports its page module when called: the window builds a page the
    first time it is shown, so the start-up does not import every page (and their report, signing and
    spreadsheet libraries)."""
    return {
        "overview": _overview,
        "tasks": _tasks,
        "procedures": _procedures,
        "reports": _reports,
        "submissions": _submissions,
    }


def _overview(window: MainWindow) -> QWidget:
    from ..overview.dashboard_page import create_overview_page

    return create_overview_page(window)


def _tasks(window: MainWindow) -> QWidget:
    from ..tasks.task_detail_panel import install_detail_panel
    from ..tasks.tasks_page import TasksPage

    return install_detail_panel(TasksPage(window), window)


def _procedures(window: MainWindow) -> QWidget:
    from ..procedures.procedures_page import ProceduresPage

    return ProceduresPage(window)


def _reports(window: MainWindow) -> QWidget:
    from ..reports.reports_page import ReportsPage

    return ReportsPage(window)


def _submissions(window: MainWindow) -> QWidget:
    from ..submissions.submissions_page import SubmissionsPage

    return SubmissionsPage(window)
