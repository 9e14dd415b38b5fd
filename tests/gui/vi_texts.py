"""Every text a widget shows, and the English words that must not be among them in Vietnamese mode."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

# Words of Qt's and our English UI that Vietnamese text never contains (not "in", "to", "No", "thu": Vietnamese).
ENGLISH = {
    "the", "and", "of", "for", "with", "back", "up", "now", "restore", "restored", "backup", "backed", "look",
    "files", "file", "type", "name", "open", "save", "cancel", "close", "yes", "size", "date", "modified",
    "folder", "directory", "import", "export", "settings", "help", "tasks", "task", "plan", "plans", "report",
    "reports", "select", "choose", "browse", "error", "warning", "next", "finish", "done", "unit", "level",
    "language", "about", "quit", "edit", "view", "find", "undo", "redo", "print", "overview", "procedures",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "fri", "sat", "sun", "detail", "list", "parent", "forward", "create", "new", "computer",
    "drive", "kind", "failed", "automatic", "manual", "before", "data", "previous", "your", "you", "is", "are",
}
_PATHISH = re.compile(r"\S*[/\\]\S*|\S+\.(?:zip|db|png|pdf|xlsx|docx|txt|p12|pfx)\b|\(\*[^)]*\)|\*\.\w+", re.I)
_ALLOWED = {"TTHC Desktop", "English", "PDF", "Excel", "OK"}


def visible_texts(root: QWidget) -> list[str]:
    """Window titles, labels, buttons, tooltips, menus, tabs, combo items, placeholders, table headers."""
    texts: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root and not isinstance(w, QMenu):
            continue
        texts.append(w.toolTip())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts += [w.placeholderText()]
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QMenu):
            texts.append(w.title())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns = m.columnCount()
            except TypeError:  # list models (and private overloads) take a parent
                columns = 1
            texts += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            parent = w.rootIndex()
            for r in range(min(m.rowCount(parent), 30)):  # the shown items too (a sidebar's "Computer")
                for c in range(columns):
                    if not (hasattr(w, "isColumnHidden") and w.isColumnHidden(c)):
                        texts.append(str(m.index(r, c, parent).data() or ""))
        if isinstance(w, QWizard):
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
                texts.append(w.buttonText(button))
    for action in root.findChildren(QAction):
        texts += [action.text(), action.statusTip()]
    return [t for t in texts if t]


def english_words(texts: list[str]) -> list[str]:
    """``text → word`` for each known English word found (paths, file names and filters left out)."""
    found = []
    for text in texts:
        cleaned = text
        for allowed in _ALLOWED:
            cleaned = cleaned.replace(allowed, " ")
        cleaned = _PATHISH.sub(" ", re.sub(r"<[^>]+>", " ", cleaned)).replace("&", "")
        for word in re.findall(r"[A-Za-z]+", cleaned):
            if word.lower() in ENGLISH:
                found.append(f"{text!r} → {word}")
    return found
