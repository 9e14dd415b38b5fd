"""The navigation pages. Pages that later features fill say plainly what will be there."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..widgets.page_parts import page_title
from .actions import ActionId


class PageSpec(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    key: str
    action: ActionId


PAGES = (
    PageSpec("overview", ActionId.PAGE_OVERVIEW),
    PageSpec("tasks", ActionId.PAGE_TASKS),
    PageSpec("procedures", ActionId.PAGE_PROCEDURES),
    PageSpec("reports", ActionId.PAGE_REPORTS),
    PageSpec("submissions", ActionId.PAGE_SUBMISSIONS),
)


class InfoPage(QWidget):
    """A page with a title and one sentence of what it will hold; no fake data."""

    def __init__(self, key: str, title: str, sentence: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"page_{key}")
        layout = QVBoxLayout(self)
        heading = page_title(title, 1.5)
        body = QLabel(sentence)
        body.setWordWrap(True)
        body.setObjectName("pageSentence")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)


def page_titles() -> dict[str, tuple[str, str]]:
    """Title and description per page key, translated in context "Pages"."""
    from PySide6.QtCore import QCoreApplication

    return {
        "overview": (
            QCoreApplication.translate("Pages", "Overview"),
            QCoreApplication.translate(
                "Pages",
                "Counts of tasks by status, the overdue and due-soon lists and the upcoming reports will "
                "appear here once plans are imported.",
            ),
        ),
        "tasks": (
            QCoreApplication.translate("Pages", "Tasks"),
            QCoreApplication.translate(
                "Pages",
                "The tasks of the plans your unit leads or coordinates will be listed here, with their "
                "deadlines and progress.",
            ),
        ),
        "procedures": (
            QCoreApplication.translate("Pages", "Administrative procedures"),
            QCoreApplication.translate(
                "Pages",
                "Your unit's catalogue of procedures, their cuts in time and cost and the case-file "
                "figures will be kept here.",
            ),
        ),
        "reports": (
            QCoreApplication.translate("Pages", "Reports"),
            QCoreApplication.translate(
                "Pages",
                "The periodic reports, their calendar and the official PDF and Excel documents will be "
                "prepared here.",
            ),
        ),
        "submissions": (
            QCoreApplication.translate("Pages", "Submitted files"),
            QCoreApplication.translate(
                "Pages",
                "The signed submissions you have sent, with their signatures and dates, will be listed here.",
            ),
        ),
    }
