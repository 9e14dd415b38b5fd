"""Which widget each navigation page shows. Features register their page factory here.

A factory takes the PageHost (the main window: ctx, settings, undo stack, actions, clock, navigation) and
returns the page widget. Pages without a factory show their InfoPage sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .page_host import PageHost

PageFactory = Callable[["PageHost"], QWidget]


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


def _overview(host: PageHost) -> QWidget:
    from ..overview.dashboard_page import create_overview_page

    return create_overview_page(host)


def _tasks(host: PageHost) -> QWidget:
    from ..tasks.task_detail_panel import install_detail_panel
    from ..tasks.tasks_page import TasksPage
    from .actions import ActionId

    page = TasksPage(host)
    page.import_requested.connect(host.actions[ActionId.IMPORT_PLAN].trigger)  # the window opens the wizard
    return install_detail_panel(page, host)


def _procedures(host: PageHost) -> QWidget:
    from ..procedures.procedures_page import ProceduresPage

    return ProceduresPage(host)


def _reports(host: PageHost) -> QWidget:
    from ..reports.reports_page import ReportsPage

    return ReportsPage(host)


def _submissions(host: PageHost) -> QWidget:
    from ..submissions.submissions_page import SubmissionsPage

    return SubmissionsPage(host)
