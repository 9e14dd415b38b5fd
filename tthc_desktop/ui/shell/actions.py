"""ActionId and the registry that builds translated QActions with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class ActionId(Enum):
    QUIT = auto()
    IMPORT_PLAN = auto()
    SETTINGS = auto()
    UNIT_PROFILE = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    MARK_DONE = auto()
    ADD_UPDATE = auto()
    DELETE_TASK = auto()
    PAGE_OVERVIEW = auto()
    PAGE_TASKS = auto()
    PAGE_PROCEDURES = auto()
    PAGE_REPORTS = auto()
    PAGE_SUBMISSIONS = auto()
    FULL_SCREEN = auto()
    PRINT = auto()
    EXPORT_REPORT = auto()
    HELP = auto()
    ABOUT = auto()


class ActionSpec(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    text: str  # English source text, translated in context "Actions"
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


# Literal translate() calls so that pyside6-lupdate finds every string.
def _specs() -> dict[ActionId, ActionSpec]:
    S = QKeySequence.StandardKey
    return {
        ActionId.QUIT: ActionSpec(QCoreApplication.translate("Actions", "&Quit"), S.Quit, QCoreApplication.translate("Actions", "Close TTHC Desktop")),
        ActionId.IMPORT_PLAN: ActionSpec(QCoreApplication.translate("Actions", "&Import a plan…"), "Ctrl+I", QCoreApplication.translate("Actions", "Import the task table of a plan from .docx, .xlsx or text")),
        ActionId.SETTINGS: ActionSpec(QCoreApplication.translate("Actions", "&Settings…"), S.Preferences, QCoreApplication.translate("Actions", "Language and other options")),
        ActionId.UNIT_PROFILE: ActionSpec(QCoreApplication.translate("Actions", "&Unit information…"), None, QCoreApplication.translate("Actions", "Name and level of your unit, officer's name")),
        ActionId.UNDO: ActionSpec(QCoreApplication.translate("Actions", "&Undo"), S.Undo),
        ActionId.REDO: ActionSpec(QCoreApplication.translate("Actions", "&Redo"), S.Redo),
        ActionId.FIND: ActionSpec(QCoreApplication.translate("Actions", "&Find…"), S.Find, QCoreApplication.translate("Actions", "Search tasks")),
        ActionId.MARK_DONE: ActionSpec(QCoreApplication.translate("Actions", "Mark task &done…"), "Ctrl+D", QCoreApplication.translate("Actions", "Record the completion date and outcome of the selected task")),
        ActionId.ADD_UPDATE: ActionSpec(QCoreApplication.translate("Actions", "Add progress &update…"), "Ctrl+U", QCoreApplication.translate("Actions", "Record progress with its evidence document")),
        ActionId.DELETE_TASK: ActionSpec(QCoreApplication.translate("Actions", "De&lete task"), "Delete", QCoreApplication.translate("Actions", "Delete the selected task (can be undone)")),
        ActionId.PAGE_OVERVIEW: ActionSpec(QCoreApplication.translate("Actions", "&Overview"), "Ctrl+1"),
        ActionId.PAGE_TASKS: ActionSpec(QCoreApplication.translate("Actions", "&Tasks"), "Ctrl+2"),
        ActionId.PAGE_PROCEDURES: ActionSpec(QCoreApplication.translate("Actions", "&Procedures"), "Ctrl+3"),
        ActionId.PAGE_REPORTS: ActionSpec(QCoreApplication.translate("Actions", "&Reports"), "Ctrl+4"),
        ActionId.PAGE_SUBMISSIONS: ActionSpec(QCoreApplication.translate("Actions", "&Submissions"), "Ctrl+5"),
        ActionId.PRINT: ActionSpec(QCoreApplication.translate("Actions", "&Print…"), S.Print, QCoreApplication.translate("Actions", "Print the report on paper")),
        ActionId.EXPORT_REPORT: ActionSpec(QCoreApplication.translate("Actions", "&Export PDF && Excel…"), "Ctrl+Shift+E", QCoreApplication.translate("Actions", "Write the report as PDF and its Excel forms into a folder")),
        ActionId.FULL_SCREEN: ActionSpec(QCoreApplication.translate("Actions", "F&ull screen"), S.FullScreen),
        ActionId.HELP: ActionSpec(QCoreApplication.translate("Actions", "&User guide"), S.HelpContents),
        ActionId.ABOUT: ActionSpec(QCoreApplication.translate("Actions", "&About TTHC Desktop")),
    }


class ActionRegistry:
    """Builds each QAction once; menus, toolbars and tests look actions up by id."""

    def __init__(self, parent: QObject):
        self._parent = parent
        self._actions: dict[ActionId, QAction] = {}
        specs = _specs()
        for action_id, spec in specs.items():
            # (parent) then setText, not (text, parent): matching that overload made PySide build QIcon and its
            # enums (~1.5 ms of the start-up) for the (icon, text, parent) one
            action = QAction(parent)
            action.setText(spec.text)
            action.setObjectName(f"action_{action_id.name.lower()}")
            if isinstance(spec.shortcut, str):
                action.setShortcut(QKeySequence(spec.shortcut))
            elif spec.shortcut is not None:
                action.setShortcuts(spec.shortcut)
            if spec.tip:
                action.setStatusTip(spec.tip)
            self._actions[action_id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def connect(self, action_id: ActionId, slot: Callable[[], object]) -> None:
        self._actions[action_id].triggered.connect(slot)

    def ids(self) -> list[ActionId]:
        return list(self._actions)
