"""Where backups and attachments live, and the one sentence naming the backup to restore from.

Apart from backup_service so that opening a context (its damaged-file advice) and the start-up cleaning
(the folders to sweep) need no backup use case: context → backup_folders, never back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ..store.backup_rotation import list_backups

KEEP_KEY = "backup.keep"
DIR_KEY = "backup.dir"
DEFAULT_KEEP = 10
BACKUP_DIRNAME = "backups"
ATTACHMENTS_DIRNAME = "attachments"


class _Settings(Protocol):
    def get(self, key: str, default: str | None = None) -> str | None: ...


class FolderContext(Protocol):
    """What the folder rules read of an AppContext."""

    db_path: Path
    settings: _Settings

    @property
    def data_dir(self) -> Path: ...


def default_backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIRNAME


def backup_folder(ctx: FolderContext) -> Path:
    configured = (ctx.settings.get(DIR_KEY) or "").strip()
    return Path(configured).expanduser() if configured else default_backup_folder(ctx.db_path)


def backup_folder_safe(ctx: FolderContext) -> Path:
    try:
        return backup_folder(ctx)
    except Exception:  # settings may be unreadable in a damaged file
        return default_backup_folder(ctx.db_path)


def keep_count(ctx: FolderContext) -> int:
    try:
        return max(1, int(ctx.settings.get(KEEP_KEY) or DEFAULT_KEEP))
    except ValueError:
        return DEFAULT_KEEP


def attachments_folder(ctx: FolderContext) -> Path:
    return ctx.data_dir / ATTACHMENTS_DIRNAME


def restore_advice(db_path: Path, folder: Path | None = None) -> str:
    """One sentence naming the newest backup to restore from (or saying there is none)."""
    candidates = list_backups(folder or default_backup_folder(db_path))
    if folder is not None and folder != default_backup_folder(db_path):
        candidates += list_backups(default_backup_folder(db_path))
    good = sorted(candidates, key=lambda b: b.created_at, reverse=True)
    if not good:
        return "Chưa có bản sao lưu nào; tệp hiện tại được giữ nguyên, không bị xóa."
    newest = good[0]
    return (
        f"Hãy khôi phục từ bản sao lưu mới nhất: {newest.path} "
        f"(ngày {newest.created_at:%d/%m/%Y %H:%M}), bằng menu Tệp > Khôi phục… "
        f'hoặc lệnh: tthc-desktop restore "{newest.path}" --db "{db_path}". Tệp hiện tại được giữ nguyên, không bị xóa.'
    )
