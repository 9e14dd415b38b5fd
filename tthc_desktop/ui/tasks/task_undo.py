"""QUndoCommands wrapping the task edit use cases (services.task_edit), for the window's undo stack.

The edit is done once by ``run(stack)`` *before* the command is pushed, so a refused edit raises to the
caller (who shows its Vietnamese message) and never reaches the stack. Afterwards every undo and redo
re-applies the recorded row changes: one audited transaction each.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...services import task_edit as te
from ...services.context import AppContext


class TaskEditCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, perform: Callable[[], te.TaskEdit]):
        super().__init__(text)
        self._ctx = ctx
        self._perform = perform
        self._skip_redo = False
        self.edit: te.TaskEdit | None = None

    def run(self, stack: QUndoStack) -> te.TaskEdit:
        """Do the edit now (TaskEditError / StoreError propagate), then push it without repeating it."""
        self.edit = self._perform()
        self._skip_redo = True
        stack.push(self)
        return self.edit

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push calls redo(); the edit is already done
            self._skip_redo = False
        elif self.edit is None:
            self.edit = self._perform()
        else:
            te.redo_edit(self._ctx, self.edit)

    def undo(self) -> None:
        if self.edit is not None:
            te.undo_edit(self._ctx, self.edit)


class MarkDoneCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, task_id: int, completed_on: date, outcome: str):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Mark task done"),
                         lambda: te.mark_done(ctx, task_id, completed_on, outcome))


class ReopenCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, task_id: int):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Reopen task"),
                         lambda: te.reopen(ctx, task_id))


class SetOutcomeCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, task_id: int, outcome: str):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Change outcome"),
                         lambda: te.set_outcome(ctx, task_id, outcome))


class SetDatesCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, task_id: int, dates: list[date], replace: bool):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Set due dates"),
                         lambda: te.set_dates(ctx, task_id, dates, replace=replace))


class ContinuousCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, task_id: int, continuous: bool):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Mark task continuous"),
                         lambda: te.set_continuous(ctx, task_id, continuous))


class ExtensionCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, task_id: int, new_due: date, document_number: str,
                 document_date: date | None):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Record extension"),
                         lambda: te.record_extension(ctx, task_id, new_due, document_number, document_date))


class AddUpdateCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, task_id: int, updated_on: date, note: str, percent: int | None,
                 evidence_number: str, evidence_date: date | None, attachment: Path | None):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Add progress update"),
                         lambda: te.add_update(ctx, task_id, updated_on, note, percent, evidence_number,
                                               evidence_date, attachment))


class EditUpdateCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, update_id: int, **values):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Edit progress update"),
                         lambda: te.edit_update(ctx, update_id, **values))


class DeleteUpdateCommand(TaskEditCommand):
    def __init__(self, ctx: AppContext, update_id: int):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Delete progress update"),
                         lambda: te.delete_update(ctx, update_id))


class DeleteTaskCommand(TaskEditCommand):
    """Undo restores the task with its sub-tasks, due dates and updates, under the same ids."""

    def __init__(self, ctx: AppContext, task_id: int):
        super().__init__(ctx, QCoreApplication.translate("TaskUndo", "Delete task"),
                         lambda: te.delete_task(ctx, task_id))
