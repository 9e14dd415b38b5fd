"""Re-import conflicts on the Nhiệm vụ page (issue 18 §3): a banner "N nhiệm vụ có nội dung thay đổi sau khi
nhập lại — cần xem xét" and the review dialog it opens.

Per conflict the dialog shows the task number, the stored text with the progress recorded under it, the new
file's text with the changed words highlighted, and the two choices of ``tasks --resolve`` (accept / keep),
applied by services/reimport_conflicts.py as an undoable command on the window's undo stack.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services import events
from ...services import reimport_conflicts as rc
from ...services.context import AppContext
from ...services.task_edit import TaskEditError
from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import close_buttons
from .task_table_model import format_date
from .task_undo import TaskEditCommand

_REMOVED_STYLE = "background:#fdecea;color:#b71c1c;text-decoration:line-through"
_ADDED_STYLE = "background:#e3f6e5;color:#1b5e20;font-weight:bold"


class ResolveConflictCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, conflict_id: int, number: str, accept: bool):
        text = (QCoreApplication.translate("ReimportConflicts", "Accept new content of task %1") if accept else
                QCoreApplication.translate("ReimportConflicts", "Keep stored content of task %1"))
        super().__init__(ctx, text.replace("%1", number), lambda: rc.resolve(ctx, conflict_id, accept=accept))


def diff_html(runs: list[tuple[str, str]], side: str) -> str:
    """One side of a word diff as HTML: the old text marks REMOVED words, the new text ADDED ones."""
    parts = []
    for kind, text in runs:
        if kind == rc.SAME:
            parts.append(html.escape(text))
        elif kind == rc.REMOVED and side == "old":
            parts.append(f'<span style="{_REMOVED_STYLE}">{html.escape(text)}</span>')
        elif kind == rc.ADDED and side == "new":
            parts.append(f'<span style="{_ADDED_STYLE}">{html.escape(text)}</span>')
    return " ".join(parts)


class ReimportConflictsDialog(AppDialog):
    """Review the open conflicts one by one; each decision is one undoable step."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__("reimportConflictsDialog", self.tr("Tasks changed by a re-import"), parent)
        self.ctx = ctx
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.message_box: QMessageBox | None = None
        self._views: list[rc.ConflictView] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "A re-imported plan file changed the text of tasks you have already recorded progress on. "
            "Your progress stays with the task whatever you choose; you can undo a choice (Ctrl+Z)."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setMinimumWidth(200)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.old_view = self._browser("oldContent")
        self.progress = QLabel()
        self.progress.setObjectName("recordedProgress")
        self.progress.setWordWrap(True)
        self.progress.setStyleSheet("QLabel#recordedProgress { background:#f5f5f5; padding:6px; }")
        self.progress.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_view = self._browser("newContent")
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineChange")
        self.deadline.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept the new content"))
        self.accept_button.setObjectName("acceptNewContent")
        self.accept_button.setToolTip(self.tr("The task takes the new file's text and deadlines; progress stays"))
        self.keep_button = QPushButton(self.tr("Keep the stored content"))
        self.keep_button.setObjectName("keepStoredContent")
        self.keep_button.setToolTip(self.tr("The task keeps its text; the new file's version is set aside"))
        self.empty = QLabel(self.tr("No task is waiting for review."))
        self.empty.setObjectName("noConflicts")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(6, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(QLabel(self.tr("Stored content (words no longer in the new file are struck through):")))
        box.addWidget(self.old_view, 1)
        box.addWidget(QLabel(self.tr("Progress recorded under it:")))
        box.addWidget(self.progress)
        box.addWidget(QLabel(self.tr("Content in the new plan file (new words highlighted):")))
        box.addWidget(self.new_view, 1)
        box.addWidget(self.deadline)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.keep_button)
        choices.addWidget(self.accept_button)
        box.addLayout(choices)
        self.detail = detail

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 620])
        buttons = close_buttons(self, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(900, 600)

        self.list.currentRowChanged.connect(self._show)
        self.accept_button.clicked.connect(lambda: self.decide(accept=True))
        self.keep_button.clicked.connect(lambda: self.decide(accept=False))

    @staticmethod
    def _browser(name: str) -> QTextBrowser:
        view = QTextBrowser()
        view.setObjectName(name)
        view.setOpenLinks(False)
        view.setMinimumHeight(70)
        return view

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_id()
        self._views = rc.open_conflicts(self.ctx)
        self.list.blockSignals(True)
        self.list.clear()
        for view in self._views:
            short = " ".join(view.conflict.old_content.split())
            item = QListWidgetItem(f"{view.number} — {short[:60]}{'…' if len(short) > 60 else ''}")
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            item.setToolTip(view.conflict.old_content)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [v.id for v in self._views]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0 if ids else -1)
        self._show(self.list.currentRow())
        has = bool(self._views)
        self.detail.setEnabled(has)
        self.list.setVisible(has)
        self.detail.setVisible(has)
        self.empty.setVisible(not has)

    def current_id(self) -> int | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._views):
            self.title.clear()
            self.old_view.clear()
            self.new_view.clear()
            self.progress.clear()
            self.deadline.clear()
            return
        view = self._views[row]
        c = view.conflict
        found = format_date(_iso(c.found_on)) if c.found_on else ""
        self.title.setText(self.tr("Task %1 — text changed by the re-import of %2")
                           .replace("%1", view.number).replace("%2", found))
        runs = rc.word_diff(c.old_content, c.new_content)
        self.old_view.setHtml(diff_html(runs, "old"))
        self.new_view.setHtml(diff_html(runs, "new"))
        self.progress.setText(self.progress_text(view.progress))
        changed = view.new_deadline != view.old_deadline
        self.deadline.setText(self.tr("Deadline in the new file: %1 (stored: %2)").replace(
            "%1", view.new_deadline or "—").replace("%2", view.old_deadline or "—") if changed else "")
        self.deadline.setVisible(changed)

    def progress_text(self, p: rc.RecordedProgress) -> str:
        if p.empty:
            return self.tr("None")
        lines = []
        if p.completed_on:
            lines.append(self.tr("Completed on %1").replace("%1", format_date(p.completed_on)))
        if p.outcome:
            lines.append(self.tr("Outcome: %1").replace("%1", p.outcome))
        if p.updates:
            text = self.tr("%1 progress updates").replace("%1", str(p.updates))
            if p.percent is not None:
                text += self.tr(", up to %1%").replace("%1", str(p.percent))
            lines.append(text)
        if p.latest_note:
            lines.append(self.tr("Latest note: %1").replace("%1", p.latest_note))
        if p.own_dates:
            lines.append(self.tr("Deadlines you set: %1").replace("%1", ", ".join(format_date(d)
                                                                                 for d in p.own_dates)))
        return "\n".join(lines)

    # -- decisions ----------------------------------------------------------------------------
    def decide(self, *, accept: bool) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self._views):
            return False
        view = self._views[row]
        try:
            ResolveConflictCommand(self.ctx, view.id, view.number, accept).run(self.undo_stack)
        except TaskEditError as exc:
            self.message_box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), str(exc),
                                           QMessageBox.StandardButton.Ok, self)
            self.message_box.open()
        self.reload()
        return True


def _iso(text: str) -> date:
    return date.fromisoformat(text[:10])


class ConflictBanner(QFrame):
    """"N nhiệm vụ có nội dung thay đổi sau khi nhập lại — cần xem xét  [Xem xét…]"; hidden when none are open.
    Counts again on every task, plan or database event (a re-import, a decision, its undo, a restore)."""

    def __init__(self, ctx: AppContext, undo_stack: Callable[[], QUndoStack | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setStyleSheet("QFrame#conflictBanner { background:#fff3e0; border:1px solid #fb8c00;"
                           " border-radius:4px; }")
        self.ctx = ctx
        self._undo_stack = undo_stack
        self.dialog: ReimportConflictsDialog | None = None
        self.label = QLabel()
        self.label.setObjectName("conflictBannerText")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Review…"))
        self.button.setObjectName("reviewConflicts")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 3, 3)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.open_review)
        unsubscribe = [ctx.events.subscribe(topic, self._on_changed)
                       for topic in (events.TASKS_CHANGED, events.PLANS_CHANGED, events.DATABASE_REPLACED)]
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        self.refresh()

    def _on_changed(self, **_: object) -> None:
        self.refresh()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload()

    def refresh(self) -> None:
        count = rc.open_count(self.ctx)
        self.label.setText(self.tr("%1 tasks have content changed by a re-import — please review")
                           .replace("%1", str(count)))
        self.setVisible(count > 0)

    def open_review(self) -> ReimportConflictsDialog:
        if self.dialog is None:
            self.dialog = ReimportConflictsDialog(self.ctx, self._undo_stack(), self.window())
        self.dialog.reload()
        self.dialog.open()
        return self.dialog
