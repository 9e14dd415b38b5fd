"""The backup folder (listing, rotation) and putting a database file in place safely (restore, move aside).

Nothing here deletes user data: rotation removes only our own verified backups beyond the newest N, and a
damaged database or a stale ``-wal`` file is renamed with a timestamp, never deleted.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from .backup import (
    NAME_PREFIX,
    NAME_SUFFIX,
    BackupError,
    BackupInfo,
    BadBackupFile,
    read_backup_info,
    sqlite_integrity,
)
from .sqlite_uri import connect_read_only


def list_backups(folder: Path) -> list[BackupInfo]:
    """Our backups in ``folder``, newest first; files that are not readable backups are left out."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{NAME_PREFIX}*{NAME_SUFFIX}"):
        try:
            found.append(read_backup_info(path))
        except BadBackupFile:
            continue
    found.sort(key=lambda b: (b.created_at, _mtime(b.path)), reverse=True)
    return found


def rotate_backups(folder: Path, keep: int, *, protect: frozenset[Path] = frozenset()) -> list[Path]:
    """Delete our backups beyond the newest ``keep`` (at least 1 is always kept); returns what was removed."""
    keep = max(1, keep)
    removed = []
    protected = {p.resolve() for p in protect}
    for info in list_backups(folder)[keep:]:
        if info.path.resolve() in protected:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:
            continue  # a backup we cannot delete stays; it is never worth failing a backup for
    return removed


def move_aside(path: Path, now: datetime, label: str = "hong") -> Path:
    """Rename ``path`` to ``<name>.<label>-<timestamp>`` beside it (never delete) and return the new path."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    return target


def retire_journal_files(db_path: Path, now: datetime) -> list[Path]:
    """Clear the way for a new database file: -shm is dropped (no data), a non-empty -wal or -journal is
    renamed aside (it could hold the old file's last transactions), empty ones are removed."""
    moved = []
    for suffix in ("-wal", "-journal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if not extra.exists():
            continue
        if suffix == "-shm" or extra.stat().st_size == 0:
            extra.unlink()
        else:
            moved.append(move_aside(extra, now, "cu"))
    return moved


def install_database(source_db: Path, db_path: Path, now: datetime) -> list[Path]:
    """Copy ``source_db`` over ``db_path`` through the backup API: temp file, integrity check, os.replace.

    Every connection to ``db_path`` must be closed (the caller still holds the lock file). Returns the
    stale journal files that were moved aside.
    """
    tmp = db_path.with_name(f".{db_path.name}.khoi-phuc.tmp")
    tmp.unlink(missing_ok=True)
    try:
        src = connect_read_only(source_db)
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        result = sqlite_integrity(tmp)
        if result != "ok":
            raise BackupError(f"Khôi phục thất bại: bản chép tạm không đạt kiểm tra toàn vẹn ({result}).")
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        moved = retire_journal_files(db_path, now)
        os.replace(tmp, db_path)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            f"Khôi phục thất bại: không chép được cơ sở dữ liệu vào {db_path} ({exc}). Tệp đang dùng được giữ nguyên."
        ) from None
    return moved


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
