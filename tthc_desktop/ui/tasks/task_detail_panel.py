"""The task detail panel: full content, deadline with its dates and rule, coloured status, edit buttons
(each an undoable command) and the timeline of progress updates with their attached files.

``install_detail_panel(tasks_page, host)`` puts the panel into the task list page's ``detail_slot``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import DueDateKind, Task, TaskUpdate
from ...domain.status import Status, compute_status, due_soon_band, next_due
from ...services import task_edit as te
from ...services.context import AppContext
from ...services.events import DATABASE_REPLACED, TASKS_CHANGED
from ...services.plan_signatures import plan_signatures, signers_text
from ...store.errors import StoreError
from ..widgets import file_dialogs
from ..widgets.domain_labels import display_name
from ..widgets.page_parts import bold_label, follow_events, named_label, page_title, scroll_area
from ..widgets.rows_model import RowsModel
from . import task_undo
from .task_detail_dialogs import (
    DueDatesDialog,
    ExtensionDialog,
    MarkDoneDialog,
    ProgressUpdateDialog,
    task_caption,
)

if TYPE_CHECKING:
    from ..shell.page_host import PageHost
    from .tasks_page import TasksPage


def status_style(status: Status) -> str:
    """Badge style: the status colour with readable text (dark on the yellow 'needs a date')."""
    text = "#212121" if status is Status.NEEDS_DATE else "#ffffff"
    return f"background:{status.colour}; color:{text}; border-radius:4px; padding:3px 10px; font-weight:bold;"


class UpdatesModel(RowsModel):
    """The progress updates of one task, oldest first, one row each with a multi-line summary
    (the panel is narrow). A handful of rows: no lazy loading needed."""

    def set_updates(self, updates: list[TaskUpdate]) -> None:
        self.reset_rows(updates)

    def update_at(self, row: int) -> TaskUpdate | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Progress updates"),)

    def summary(self, u: TaskUpdate) -> str:
        head = f"{u.updated_on:%d/%m/%Y}"
        if u.percent is not None:
            head += f" — {u.percent} %"
        lines = [head]
        if u.note:
            lines.append(u.note)
        if u.evidence_number or u.evidence_date:
            dated = self.tr("dated %1").replace("%1", f"{u.evidence_date:%d/%m/%Y}") if u.evidence_date else ""
            lines.append(self.tr("Evidence: %1").replace("%1", f"{u.evidence_number} {dated}".strip()))
        if u.attachment_name:
            lines.append(self.tr("File: %1").replace("%1", u.attachment_name))
        return "\n".join(lines)

    def cell(self, u: TaskUpdate, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.summary(u)
        if role == Qt.ItemDataRole.UserRole:
            return u.id
        return None


class TaskDetailPanel(QWidget):
    def __init__(self, ctx: AppContext, undo_stack, today_fn: Callable[[], date] = date.today,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskDetailPanel")
        self.setMinimumWidth(400)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.today_fn = today_fn
        self.task: Task | None = None
        self.status: Status | None = None
        # injectable so tests need no real desktop or modal box
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.save_path: Callable[[str], str] = self._ask_save_path
        self._build()
        follow_events(self, ctx.events, {TASKS_CHANGED: self._on_events_tasks_changed,
                                         DATABASE_REPLACED: self._on_events_database_replaced})
        self.show_task(None)

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.empty_label = named_label("emptyLabel", self.tr("Select a task to see its details."), wrap=True)
        self.number_label = page_title("", 1.25, name="numberLabel")
        self.status_label = named_label("statusBadge")
        self.due_info_label = named_label("dueInfo", wrap=True)
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addWidget(self.status_label)
        header.addStretch(1)
        self.content_label = self._text_label("contentLabel")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.plan_label = self._text_row(form, self.tr("Plan:"), "planLabel")
        self.lead_label = self._text_row(form, self.tr("Lead:"), "leadLabel")
        self.coordinating_label = self._text_row(form, self.tr("Coordinating:"), "coordinatingLabel")
        self.product_label = self._text_row(form, self.tr("Expected product:"), "productLabel")
        self.deadline_label = self._text_row(form, self.tr("Deadline (as written):"), "deadlineLabel")
        self.dates_label = self._text_row(form, self.tr("Due dates:"), "datesLabel")
        self.rule_label = self._text_row(form, self.tr("How it was read:"), "ruleLabel")
        self.rule_label.setStyleSheet("color:#555;")
        self.completion_label = self._text_row(form, self.tr("Result:"), "completionLabel")

        self.dates_button = QPushButton(self.tr("Confirm/Edit due dates…"))
        self.continuous_button = QPushButton(self.tr("Mark continuous"))
        self.done_button = QPushButton(self.tr("Mark done…"))
        self.extension_button = QPushButton(self.tr("Extension…"))
        self.update_button = QPushButton(self.tr("Add progress…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for name, button, slot in (
            ("datesButton", self.dates_button, self.open_dates_dialog),
            ("continuousButton", self.continuous_button, self.toggle_continuous),
            ("doneButton", self.done_button, self.mark_done_or_reopen),
            ("extensionButton", self.extension_button, self.open_extension_dialog),
            ("updateButton", self.update_button, self.open_update_dialog),
            ("deleteButton", self.delete_button, self.delete_task),
        ):
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
        self.done_button.setToolTip(QKeySequence("Ctrl+D").toString(QKeySequence.SequenceFormat.NativeText))
        self.update_button.setToolTip(QKeySequence("Ctrl+U").toString(QKeySequence.SequenceFormat.NativeText))
        buttons = QGridLayout()  # two per row: the panel sits in a narrow splitter pane
        for i, b in enumerate((self.done_button, self.update_button, self.extension_button, self.dates_button,
                               self.continuous_button, self.delete_button)):
            buttons.addWidget(b, i // 2, i % 2)

        self.updates_model = UpdatesModel(self)
        self.updates_view = QListView()
        self.updates_view.setObjectName("updatesView")
        self.updates_view.setModel(self.updates_model)
        self.updates_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.updates_view.setWordWrap(True)
        self.updates_view.setUniformItemSizes(False)
        self.updates_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.updates_view.setSpacing(3)
        self.updates_view.setAlternatingRowColors(True)
        self.updates_view.setMinimumHeight(140)
        self.updates_view.selectionModel().selectionChanged.connect(self._on_updates_selection_changed)
        self.updates_view.doubleClicked.connect(lambda _i: self.open_edit_update_dialog())
        self.open_file_button = QPushButton(self.tr("Open"))
        self.export_file_button = QPushButton(self.tr("Save a copy…"))
        self.edit_update_button = QPushButton(self.tr("Edit…"))
        self.delete_update_button = QPushButton(self.tr("Delete update"))
        self.open_file_button.clicked.connect(lambda: self.open_attachment())
        self.export_file_button.clicked.connect(lambda: self.export_attachment())
        self.edit_update_button.clicked.connect(lambda: self.open_edit_update_dialog())
        self.delete_update_button.clicked.connect(lambda: self.delete_selected_update())
        update_buttons = QGridLayout()
        for i, b in enumerate((self.open_file_button, self.export_file_button, self.edit_update_button,
                               self.delete_update_button)):
            update_buttons.addWidget(b, i // 2, i % 2)
        timeline_title = bold_label(self.tr("Progress timeline"))

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(header)
        body.addWidget(self.due_info_label)
        body.addWidget(self.content_label)
        body.addLayout(form)
        body.addLayout(buttons)
        body.addWidget(timeline_title)
        body.addWidget(self.updates_view, 1)
        body.addLayout(update_buttons)
        scroll = scroll_area(self.body, frame=False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

    def _text_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _text_row(self, form: QFormLayout, caption: str, name: str) -> QLabel:
        """A selectable text label named ``name``, added to ``form`` under ``caption``."""
        label = self._text_label(name)
        form.addRow(caption, label)
        return label

    # -- showing ----------------------------------------------------------------------------
    def show_task(self, task_id: int | None) -> None:
        task = None
        if task_id is not None and self.ctx.tasks.exists(task_id):
            task = self.ctx.tasks.get(task_id)
        self.task = task
        self._scroll.setVisible(task is not None)
        self.empty_label.setVisible(task is None)
        if task is None:
            self.status = None
            self.updates_model.set_updates([])
            self.empty_label.setText(self.tr("Select a task to see its details.") if task_id is None
                                     else self.tr("This task no longer exists (it may have been deleted)."))
            return
        updates = self.ctx.tasks.updates(task.id)
        today = self.today_fn()
        dates = te.task_dates(task, bool(updates))
        self.status = compute_status(dates, today)
        self.number_label.setText(self.tr("Task %1").replace("%1", task.number))
        self.status_label.setText(display_name(self.status))
        self.status_label.setStyleSheet(status_style(self.status))
        due_text, due_colour = self._due_info(dates, today)
        self.due_info_label.setText(due_text)
        self.due_info_label.setStyleSheet(f"color:{due_colour}; font-weight:bold;" if due_colour else "")
        self.content_label.setText(task.content)
        plan = self.ctx.plans.get(task.plan_id)
        signed = signers_text(plan_signatures(self.ctx, task.plan_id))  # a signed PDF plan (issue 14)
        signed_by = self.tr("Signed by:")
        self.plan_label.setText(" — ".join(p for p in (plan.symbol, plan.title) if p)
                                + (f"\n{signed_by} {signed}" if signed else ""))
        self.lead_label.setText(task.lead_text or "—")
        self.coordinating_label.setText(task.coordinating_text or "—")
        self.product_label.setText(task.product or "—")
        self.deadline_label.setText(task.deadline_text or "—")
        self.dates_label.setText(self._dates_text(task, today))
        self.rule_label.setText(task.deadline_rule or "—")
        self.completion_label.setText(self._completion_text(task))
        self.updates_model.set_updates(updates)
        done = task.completed_on is not None
        self.done_button.setText(self.tr("Reopen") if done else self.tr("Mark done…"))
        self.continuous_button.setText(self.tr("Not continuous") if task.is_continuous
                                       else self.tr("Mark continuous"))
        for button in (self.dates_button, self.continuous_button, self.done_button, self.extension_button,
                       self.update_button):
            button.setEnabled(not task.is_section)
        self._on_updates_selection_changed()

    def _due_info(self, dates, today: date) -> tuple[str, str]:
        """'N days overdue' in red, 'N days left' in orange inside the due-soon band, else grey."""
        if dates.completed_on is not None or dates.is_continuous:
            return "", ""
        due = next_due(dates, today)
        if due is None:
            return "", ""
        days = (due - today).days
        if days < 0:
            return (self.tr("%1 days overdue (due %2)").replace("%1", str(-days)).replace("%2", f"{due:%d/%m/%Y}"),
                    Status.OVERDUE.colour)
        if days == 0:
            return self.tr("Due today"), Status.OVERDUE.colour
        text = self.tr("%1 days left (due %2)").replace("%1", str(days)).replace("%2", f"{due:%d/%m/%Y}")
        return text, "#e65100" if due_soon_band(dates, today) else "#616161"

    def _dates_text(self, task: Task, today: date) -> str:
        lines: list[str] = []
        for d in task.due_dates:
            if d.kind is DueDateKind.PARSED:
                lines.append(self.tr("%1 (from the plan)").replace("%1", f"{d.due_on:%d/%m/%Y}"))
            elif d.kind is DueDateKind.MANUAL:
                lines.append(self.tr("%1 (set by the officer)").replace("%1", f"{d.due_on:%d/%m/%Y}"))
            elif d.kind is DueDateKind.EXTENSION:
                lines.append(self.tr("%1 (extended by %2)").replace("%1", f"{d.due_on:%d/%m/%Y}")
                             .replace("%2", d.document or "—"))
        recurring = [d.due_on for d in task.due_dates if d.kind is DueDateKind.RECURRING]
        if recurring:
            upcoming = [d for d in recurring if d >= today]
            text = self.tr("recurring, %1 occurrences").replace("%1", str(len(recurring)))
            if upcoming:
                text += "; " + self.tr("next %1").replace("%1", f"{upcoming[0]:%d/%m/%Y}")
            lines.append(text)
        if task.is_continuous:
            lines.append(self.tr("continuous (no fixed date)"))
        elif task.needs_date and not lines:
            lines.append(self.tr("needs a date: none could be read from the deadline text"))
        return "\n".join(lines) or "—"

    def _completion_text(self, task: Task) -> str:
        if task.completed_on is None:
            return task.outcome or self.tr("not done yet")
        text = self.tr("done on %1").replace("%1", f"{task.completed_on:%d/%m/%Y}")
        return f"{text}. {task.outcome}" if task.outcome else text

    def _on_events_tasks_changed(self, task_ids=None, **_data) -> None:
        if self.task is not None and (task_ids is None or self.task.id in task_ids):
            self.show_task(self.task.id)

    def _on_events_database_replaced(self, **_data) -> None:
        self.show_task(self.task.id if self.task else None)

    # -- edits (each pushes an undo command) ------------------------------------------------
    def _push(self, command: task_undo.TaskEditCommand) -> bool:
        if self.task is not None:  # "Hoàn tác: Ghi tiến độ — nhiệm vụ II.1" says what it will undo
            command.setText(self.tr("%1 — task %2").replace("%1", command.text()).replace("%2", self.task.number))
        try:
            command.run(self.undo_stack)
        except (te.TaskEditError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        return True

    def _caption(self) -> str:
        return task_caption(self.task.number, self.task.content) if self.task else ""

    def _mark_done(self, task_id: int, dialog: MarkDoneDialog) -> None:
        """Completion and its evidence document: one step to undo."""
        evidence, done_values = dialog.evidence, dialog.values
        number = self.task.number if self.task else ""
        self.undo_stack.beginMacro(self.tr("Mark task %1 done").replace("%1", number))
        try:
            done = self._push(task_undo.MarkDoneCommand(self.ctx, task_id, **done_values))
            if done and evidence:
                self._push(task_undo.AddUpdateCommand(
                    self.ctx, task_id, updated_on=done_values["completed_on"],
                    note=done_values["outcome"].strip() or self.tr("Completed"), percent=100, **evidence))
        finally:
            self.undo_stack.endMacro()

    def mark_done_or_reopen(self) -> MarkDoneDialog | None:
        if self.task is None:
            return None
        if self.task.completed_on is not None:
            self._push(task_undo.ReopenCommand(self.ctx, self.task.id))
            return None
        return self.open_mark_done_dialog()

    def open_mark_done_dialog(self) -> MarkDoneDialog | None:
        if self.task is None or self.task.is_section:
            return None
        dialog = MarkDoneDialog(self.today_fn(), self.task.outcome, self, task=self._caption())
        task_id = self.task.id
        dialog.accepted.connect(lambda: self._mark_done(task_id, dialog))
        dialog.open()
        return dialog

    def open_extension_dialog(self) -> ExtensionDialog | None:
        if self.task is None or self.task.is_section:
            return None
        current = [d.due_on for d in self.task.due_dates if d.kind is not DueDateKind.RECURRING]
        dialog = ExtensionDialog(max(current) if current else None, self.today_fn(), self, task=self._caption())
        task_id = self.task.id
        dialog.accepted.connect(lambda: self._push(task_undo.ExtensionCommand(self.ctx, task_id, **dialog.values)))
        dialog.open()
        return dialog

    def open_update_dialog(self) -> ProgressUpdateDialog | None:
        if self.task is None or self.task.is_section:
            return None
        dialog = ProgressUpdateDialog(self.today_fn(), self, task=self._caption())
        task_id = self.task.id
        dialog.accepted.connect(lambda: self._push(task_undo.AddUpdateCommand(
            self.ctx, task_id, attachment=dialog.attachment, **dialog.values)))
        dialog.open()
        return dialog

    def open_dates_dialog(self) -> DueDatesDialog | None:
        if self.task is None or self.task.is_section:
            return None
        current = [d.due_on for d in self.task.due_dates if d.kind in te.ORIGINAL_KINDS]
        dialog = DueDatesDialog(current, self.today_fn(), self)
        task_id = self.task.id
        dialog.accepted.connect(lambda: self._push(task_undo.SetDatesCommand(
            self.ctx, task_id, dialog.dates, dialog.replace)))
        dialog.open()
        return dialog

    def toggle_continuous(self) -> None:
        if self.task is not None and not self.task.is_section:
            self._push(task_undo.ContinuousCommand(self.ctx, self.task.id, not self.task.is_continuous))

    def delete_task(self) -> bool:
        if self.task is None:
            return False
        question = self.tr("Delete task %1 with its sub-tasks, due dates and progress updates? You can undo this with Ctrl+Z.")
        question = question.replace("%1", self.task.number)
        if not self.confirm(self.tr("Delete task"), question):
            return False
        return self._push(task_undo.DeleteTaskCommand(self.ctx, self.task.id))

    # -- progress updates -------------------------------------------------------------------
    def selected_update(self) -> TaskUpdate | None:
        rows = self.updates_view.selectionModel().selectedRows()
        return self.updates_model.update_at(rows[0].row()) if rows else None

    def select_update(self, row: int) -> None:
        self.updates_view.setCurrentIndex(self.updates_model.index(row, 0))

    def _on_updates_selection_changed(self, *_args) -> None:
        update = self.selected_update()
        has_file = bool(update and update.attachment_sha256)
        self.open_file_button.setEnabled(has_file)
        self.export_file_button.setEnabled(has_file)
        self.edit_update_button.setEnabled(update is not None)
        self.delete_update_button.setEnabled(update is not None)

    def attachment_path(self, update: TaskUpdate) -> Path:
        return te.attachments(self.ctx).open_path(update.attachment_sha256, update.attachment_name)

    def open_attachment(self) -> bool:
        update = self.selected_update()
        if update is None or not update.attachment_sha256:
            return False
        try:
            path = self.attachment_path(update)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the file"), str(exc))
            return False
        if self.open_url(QUrl.fromLocalFile(str(path))):
            return True
        QMessageBox.warning(self, self.tr("Cannot open the file"), self.tr(
            "The system could not open %1. Open it yourself from that location, or use \"Save a copy…\".")
            .replace("%1", str(path)))
        return False

    def export_attachment(self) -> Path | None:
        update = self.selected_update()
        if update is None or not update.attachment_sha256:
            return None
        target = self.save_path(update.attachment_name)
        if not target:
            return None
        try:
            return te.attachments(self.ctx).export(update.attachment_sha256, update.attachment_name, target)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot save a copy"), str(exc))
            return None

    def open_edit_update_dialog(self) -> ProgressUpdateDialog | None:
        update = self.selected_update()
        if update is None:
            return None
        dialog = ProgressUpdateDialog(self.today_fn(), self, updated_on=update.updated_on, note=update.note,
                                      percent=update.percent, evidence_number=update.evidence_number,
                                      evidence_date=update.evidence_date, attachment_name=update.attachment_name)
        dialog.accepted.connect(lambda: self._push(task_undo.EditUpdateCommand(
            self.ctx, update.id, attachment=dialog.attachment, remove_attachment=dialog.remove_attachment,
            **dialog.values)))
        dialog.open()
        return dialog

    def delete_selected_update(self) -> bool:
        update = self.selected_update()
        if update is None:
            return False
        if not self.confirm(self.tr("Delete update"), self.tr("Delete the progress update of %1?")
                            .replace("%1", f"{update.updated_on:%d/%m/%Y}")):
            return False
        return self._push(task_undo.DeleteUpdateCommand(self.ctx, update.id))

    # -- default (modal) helpers, replaced in tests ------------------------------------------
    def _ask_yes_no(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _ask_save_path(self, name: str) -> str:
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Save a copy of the attached file"), name)
        return path


def install_detail_panel(tasks_page: TasksPage, host: PageHost) -> TasksPage:
    """Put a TaskDetailPanel into ``tasks_page.detail_slot``, follow ``task_selected`` and bind the
    Ctrl+D / Ctrl+U / Delete actions to it while the task page has focus. Returns the page."""
    from ..shell.actions import ActionId

    panel = TaskDetailPanel(host.ctx, host.undo_stack, host.clock.today, tasks_page)
    tasks_page.set_detail_widget(panel)  # hides the page's placeholder
    slot = tasks_page.detail_slot
    slot.setMinimumWidth(max(slot.minimumWidth(), panel.minimumWidth() + 10))  # room for buttons and timeline
    tasks_page.splitter.setSizes([640, 460])
    tasks_page.task_selected.connect(panel.show_task)
    tasks_page.selection_cleared.connect(lambda: panel.show_task(None))
    tasks_page.detail_panel = panel
    for action_id, slot_fn in ((ActionId.MARK_DONE, panel.open_mark_done_dialog),
                               (ActionId.ADD_UPDATE, panel.open_update_dialog),
                               (ActionId.DELETE_TASK, panel.delete_task)):
        action = host.actions[action_id]
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tasks_page.addAction(action)
        host.actions.connect(action_id, lambda _checked=False, f=slot_fn: f())
    return tasks_page
