"""The restore dialog: a table of backups (date, kind, size, plans, tasks) and the choice of one to restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...services.backup_service import BackupInfo, BackupKind, read_backup_info
from ...store.errors import StoreError
from ..widgets import file_dialogs
from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import accept_button, dialog_buttons
from ..widgets.rows_model import RowsModel, row_table
from ..widgets.vn_time import format_vn

_Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("Backup", "Date"),
        QCoreApplication.translate("Backup", "Kind"),
        QCoreApplication.translate("Backup", "Size"),
        QCoreApplication.translate("Backup", "Plans"),
        QCoreApplication.translate("Backup", "Tasks"),
    ]


def _kind_label(kind: str) -> str:
    labels = {
        BackupKind.MANUAL.value: QCoreApplication.translate("Backup", "manual"),
        BackupKind.AUTO.value: QCoreApplication.translate("Backup", "automatic"),
        BackupKind.PRE_RESTORE.value: QCoreApplication.translate("Backup", "before a restore"),
    }
    return labels.get(kind, kind)


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class BackupListModel(RowsModel):
    """Read-only list of backups, newest first (the order given)."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = list(backups)
        self._headers = _headers()

    def backup_at(self, row: int) -> BackupInfo:
        return self.rows[row]

    def add_first(self, info: BackupInfo) -> None:
        """A backup chosen from elsewhere (a USB stick) goes on top of the list."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, info)
        self.endInsertRows()

    def headers(self) -> tuple[str, ...]:
        return tuple(self._headers)

    def cell(self, info: BackupInfo, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                format_vn(info.created_at),
                _kind_label(info.kind),
                format_size(info.size_bytes),
                str(info.count("plans")),
                task_count_text(info),
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def task_count_text(info: BackupInfo) -> str:
    """The tasks as the Tasks page counts them; an older backup only knows its rows (headings included)."""
    count = info.task_count()
    if count is not None:
        return str(count)
    return QCoreApplication.translate("Backup", "%1 rows").replace("%1", str(info.count("tasks")))


class RestoreDialog(AppDialog):
    """Pick a backup; accepting it asks for confirmation in the caller (see backup_menu)."""

    def __init__(self, backups: list[BackupInfo], folder: str, parent: QWidget | None = None):
        super().__init__("restoreDialog", self.tr("Restore from a backup"), parent)
        self.resize(640, 380)
        intro = QLabel(
            self.tr("Backups in %1. The current data is backed up first, so a restore can be undone.")
            .replace("%1", folder)
        )
        intro.setWordWrap(True)
        self.model = BackupListModel(backups, self)
        self.table = row_table(self.model, "backupTable", fit=True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.buttons = dialog_buttons(self, self.tr("&Restore"))
        self.restore_button = accept_button(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.file_button = self.buttons.addButton(self.tr("Choose a backup file (.zip)…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.setObjectName("chooseBackupFile")
        self.file_button.setToolTip(self.tr("A backup copied elsewhere, e.g. on a USB stick"))
        self.file_button.clicked.connect(lambda _checked=False: self.choose_file())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        if not backups:
            empty = QLabel(self.tr("There is no backup yet."))
            empty.setObjectName("noBackups")
            layout.addWidget(empty)
        layout.addWidget(self.buttons)
        if backups:
            self.table.selectRow(0)
        self._update_button()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def choose_file(self, path: str | Path | None = None) -> BackupInfo | None:
        """Add a backup .zip from anywhere (asked when *path* is None) and select it; a file that is not a
        backup of this app says so."""
        path = file_dialogs.open_path(self, path, self.tr("Choose a backup file"), self.tr("Backups (*.zip)"))
        if not path:
            return None
        try:
            info = read_backup_info(Path(path))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not a backup"), str(exc))
            return None
        self.model.add_first(info)
        self.table.selectRow(0)
        return info

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_button(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        if self.selected_backup() is not None:
            self.accept()
