"""Backup in the main window: "Back up now" and "Restore…" in the File menu, daily and on-close backups.

``install_backup_menu(window)`` is the only hook the main window calls. It adds the two actions before Quit,
starts an hourly timer for the daily backup and runs the on-close backup on the window's ``closing`` signal
(not an event filter, which would run Python for every event of the window). After a restore,
``reopen_database`` swaps ``window.ctx`` for the reopened context; views
subscribed to the context's event hub reload on ``DATABASE_REPLACED``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...services import backup_service
from ...store.errors import StoreError
from ..shell.actions import ActionId

if TYPE_CHECKING:
    from ...services.backup_service import BackupInfo
    from ...services.context import AppContext
    from ..shell.page_host import ShellWindow
    from ..widgets.operations import Operation
    from .backup_dialogs import RestoreDialog

# The dialogs, the operation runner and the message boxes are imported when an action runs: the window opens
# without them (issue 17, start-up).

DAILY_CHECK_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due
FIRST_CHECK_MS = 2 * 60 * 1000  # and two minutes after start, out of the way of opening the window


def translate(context: str, text: str) -> str:
    """Every text here is a literal translate("Backup", …) call, which lupdate finds: the former one-argument
    _tr() wrapper hid them from lupdate, and "Back up now" stayed English in Vietnamese mode."""
    return QCoreApplication.translate(context, text)


def install_backup_menu(window: ShellWindow) -> None:
    """Add "Back up now" and "Restore…" before Quit in the File menu and hook the automatic backups."""
    backup_action = QAction(window)  # then setText: see ActionRegistry
    backup_action.setText(translate("Backup", "&Back up now"))
    backup_action.setObjectName("action_backup_now")
    backup_action.setStatusTip(translate("Backup", "Save a checked copy of the database and attachments"))
    restore_action = QAction(window)
    restore_action.setText(translate("Backup", "&Restore…"))
    restore_action.setObjectName("action_restore")
    restore_action.setStatusTip(translate("Backup", "Go back to an earlier backup (the current data is backed up first)"))
    backup_action.triggered.connect(lambda _checked=False: backup_now(window))
    restore_action.triggered.connect(lambda _checked=False: show_restore_dialog(window))
    quit_action = window.actions[ActionId.QUIT]
    file_menu = window.menuBar().findChild(QMenu, "menu_file")
    file_menu.insertAction(quit_action, backup_action)
    file_menu.insertAction(quit_action, restore_action)
    file_menu.insertSeparator(quit_action)
    window.backup_action = backup_action
    window.restore_action = restore_action

    window.closing.connect(lambda: backup_on_close(window))
    timer = QTimer(window)
    timer.setObjectName("dailyBackupTimer")
    timer.setInterval(DAILY_CHECK_MS)
    timer.timeout.connect(lambda: daily_backup(window))
    timer.start()
    QTimer.singleShot(FIRST_CHECK_MS, window, lambda: daily_backup(window))


def backup_now(window: ShellWindow) -> Operation:
    """Make a manual backup on the database thread; the result goes to the status bar, a failure to an
    error box. The running Operation."""
    from ..widgets.operations import Operation
    from .backup_dialogs import format_size

    def done(info: BackupInfo) -> None:
        window.statusBar().showMessage(
            translate("Backup", "Backed up to %1 (%2).").replace("%1", str(info.path))
            .replace("%2", format_size(info.size_bytes)), 15000)

    ctx = window.ctx
    op = Operation(window, lambda _op: backup_service.make_backup(ctx), ctx=ctx, writes=True, expected=(StoreError,))
    op.with_progress(translate("Backup", "Backing up…"), cancellable=False)
    return op.success(done).failure(title=translate("Backup", "Backup failed")).run()


def show_restore_dialog(window: ShellWindow) -> RestoreDialog:
    """Open the list of backups; accepting one asks for confirmation, then restores."""
    from .backup_dialogs import RestoreDialog

    ctx = window.ctx
    dialog = RestoreDialog(backup_service.available_backups(ctx), str(backup_service.backup_folder(ctx)), window)
    dialog.accepted.connect(lambda: _on_restore_dialog_accepted(window, dialog))
    dialog.open()
    return dialog


def confirm_and_restore(window: ShellWindow, info: BackupInfo) -> Operation | None:
    """Ask (Yes/No, No by default) and restore ``info`` on the database thread: the running Operation, or
    None when the officer said No."""
    from PySide6.QtWidgets import QMessageBox

    from ..widgets.operations import Operation, OperationRunner
    from ..widgets.vn_time import format_vn
    from .backup_dialogs import task_count_text

    question = translate(
        "Backup",
        "Restore the backup of %1 (%2 plans, %3 tasks)?\n\n"
        "The data you have now is backed up first, so you can undo this restore later."
    )
    question = (
        question.replace("%1", format_vn(info.created_at))
        .replace("%2", str(info.count("plans")))
        .replace("%3", task_count_text(info))
    )
    answer = QMessageBox.question(
        window, translate("Backup", "Restore from a backup"), question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    ctx = window.ctx

    def done(outcome) -> None:
        reopen_database(window, outcome.ctx)
        undo = outcome.safety_backup.path if outcome.safety_backup else ""
        window.statusBar().showMessage(
            translate("Backup", "Restored the backup of %1. The previous data is in %2.")
            .replace("%1", format_vn(info.created_at))
            .replace("%2", str(undo)),
            30000,
        )

    OperationRunner.instance().cancel_reads()  # background readers let go of the file (Windows cannot replace it)
    op = Operation(window, lambda _op: backup_service.restore_backup(ctx, info.path), ctx=ctx, writes=True,
                   expected=(StoreError,))
    op.with_progress(translate("Backup", "Restoring…"), cancellable=False)
    return op.success(done).failure(title=translate("Backup", "Restore failed")).run()


def reopen_database(window: ShellWindow, new_ctx: AppContext) -> None:
    """Point the window at the reopened context (same lock, same event hub) and refresh what it shows."""
    window.ctx = new_ctx
    window.update_title()


def daily_backup(window: ShellWindow) -> BackupInfo | None:
    if not backup_service.is_open(window.ctx):
        return None
    try:
        return backup_service.backup_if_due(window.ctx)
    except StoreError as exc:
        window.statusBar().showMessage(translate("Backup", "Automatic backup failed: %1").replace("%1", str(exc)))
        print(f"Lỗi: {exc}", file=sys.stderr)
        return None


def backup_on_close(window: ShellWindow) -> None:
    """The on-close backup (skipped when nothing changed); a failure is said, the window still closes."""
    ctx = window.ctx
    if not backup_service.is_open(ctx):
        return  # the context was already closed (e.g. by its owner): nothing left to back up
    try:
        backup_service.backup_on_close(ctx)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        print(f"Lỗi: {exc}", file=sys.stderr)
        QMessageBox.warning(window, translate("Backup", "Automatic backup failed"), str(exc))


def _on_restore_dialog_accepted(window: ShellWindow, dialog: RestoreDialog) -> None:
    info = dialog.selected_backup()
    if info is not None:
        confirm_and_restore(window, info)

