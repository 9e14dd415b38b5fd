"""Backup and restore use cases: manual, daily and on-close backups with rotation, and undoable restores.

Backups live in ``<data folder>/backups`` unless the settings key ``backup.dir`` names another folder; the
newest ``backup.keep`` (10) are kept. A restore first saves the current database as a "pre-restore" backup,
so it can itself be undone; a database too damaged to back up is renamed aside, never deleted.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..store.backup import (
    BackupError,
    BackupInfo,
    BackupKind,
    BadBackupFile,
    Progress,
    SourceDamaged,
    create_backup,
    read_backup_info,
)
from ..store.backup_rotation import install_database, list_backups, move_aside, rotate_backups
from ..store.database import open_database
from ..store.errors import NotADatabase, StoreError
from ..store.files import integrity_check
from ..store.lock import DatabaseLock
from ..store.os_errors import os_error_vi
from .backup_folders import (  # the folder rules, importable from here as before
    ATTACHMENTS_DIRNAME,
    BACKUP_DIRNAME,
    DEFAULT_KEEP,
    DIR_KEY,
    KEEP_KEY,
    attachments_folder,
    backup_folder,
    backup_folder_safe,
    default_backup_folder,
    keep_count,
    restore_advice,
)
from .context import AppContext
from .events import DATABASE_REPLACED, DATABASE_REPLACING

if TYPE_CHECKING:
    from ..store.restore_check import StagedRestore

DUE_AFTER = timedelta(hours=24)
AUTOMATIC_KINDS = frozenset({BackupKind.AUTO.value})
__all__ = ["ATTACHMENTS_DIRNAME", "BACKUP_DIRNAME", "DEFAULT_KEEP", "DIR_KEY", "KEEP_KEY", "attachments_folder",
           "backup_folder", "backup_folder_safe", "default_backup_folder", "keep_count", "restore_advice"]


@dataclass
class RestoreOutcome:
    ctx: AppContext  # the reopened context (the same object when an open one was restored, reopened in place)
    restored: BackupInfo
    safety_backup: BackupInfo | None  # the database as it was just before, to undo the restore
    moved_aside: list[Path] = field(default_factory=list)  # damaged files and stale journals kept aside


def _now() -> datetime:
    return datetime.now().astimezone()


def make_backup(
    ctx: AppContext,
    *,
    to: Path | None = None,
    kind: BackupKind = BackupKind.MANUAL,
    now: datetime | None = None,
    progress: Progress | None = None,
    protect: frozenset[Path] = frozenset(),
) -> BackupInfo:
    """Back up into ``to`` or the backup folder; rotation applies to the backup folder only."""
    folder = Path(to) if to is not None else backup_folder(ctx)
    try:
        info = create_backup(
            ctx.db.conn, folder, attachments_dir=attachments_folder(ctx), kind=kind, now=now or _now(),
            app_version=__version__, progress=progress,
        )
    except SourceDamaged as exc:
        raise SourceDamaged(f"{exc} {restore_advice(ctx.db_path, folder)}") from None
    if to is None:
        rotate_backups(folder, keep_count(ctx), protect=protect | {info.path})
    return info


def available_backups(ctx: AppContext) -> list[BackupInfo]:
    return list_backups(backup_folder(ctx))


def backup_if_due(ctx: AppContext, now: datetime | None = None) -> BackupInfo | None:
    """The daily backup: made when the newest automatic one is older than 24 hours (or there is none)."""
    now = now or _now()
    newest = next((b for b in available_backups(ctx) if b.kind in AUTOMATIC_KINDS), None)
    if newest is not None and now - _aware(newest.created_at, now) < DUE_AFTER:
        return None
    return make_backup(ctx, kind=BackupKind.AUTO, now=now)


def backup_on_close(ctx: AppContext, now: datetime | None = None) -> BackupInfo | None:
    """The on-close backup, skipped when nothing was written since the newest backup (same audit log)."""
    newest = next(iter(available_backups(ctx)), None)
    last_id = ctx.db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    if newest is not None and newest.audit_last_id == last_id and newest.count("audit_log") == ctx.db.execute(
            "SELECT count(*) FROM audit_log").fetchone()[0]:
        return None
    return make_backup(ctx, kind=BackupKind.AUTO, now=now)


def restore_backup(ctx: AppContext, backup_file: Path, now: datetime | None = None) -> RestoreOutcome:
    """Replace the open database with a backup and reopen ``ctx`` in place (same object, lock and event hub).

    Everything is checked and extracted into a staging folder first (``stage_restore``: member names,
    bomb limits, database hash and integrity, schema against the migrations, attachment hashes); this
    machine's local settings are kept. Only then is the current database backed up and the staged one
    installed, in one step. Emits ``DATABASE_REPLACED`` (with ``ctx=``) once the restored data is open.
    """
    now = now or _now()
    backup_file = Path(backup_file).resolve()
    read_backup_info(backup_file)  # a file that is no backup at all is refused before any work
    # with the restore only: the checks load hashlib and the zip limits, which no start needs
    from ..store.restore_check import MACHINE_LOCAL_SETTINGS

    local = {key: ctx.settings.get(key) for key in MACHINE_LOCAL_SETTINGS}
    attachments = attachments_folder(ctx)
    with _staging(ctx.data_dir) as tmp:
        staged = _stage(backup_file, tmp, attachments, local)
        moved: list[Path] = []
        try:
            safety = make_backup(ctx, kind=BackupKind.PRE_RESTORE, now=now, protect=frozenset({backup_file}))
        except SourceDamaged:
            safety = None  # the current file is damaged: it is renamed aside below instead
        except BackupError as exc:
            raise BackupError(
                f"Chưa khôi phục: không lưu được bản hiện tại trước khi khôi phục. {exc}"
            ) from None
        ctx.events.emit(DATABASE_REPLACING)  # background readers close their handles (Windows cannot replace an open file)
        ctx.db.conn.close()  # keep ctx.lock: no other window may open the file meanwhile
        try:
            _place_attachments(staged, attachments)  # content-addressed: extra files harm nothing
            if safety is None:
                moved.append(move_aside(ctx.db_path, now))
            moved += install_database(staged.db, ctx.db_path, now)  # the one step that changes the data
        except (BackupError, OSError) as exc:
            _reopen_after_failure(ctx)
            raise BackupError(f"Khôi phục thất bại, cơ sở dữ liệu cũ được giữ nguyên: {_reason(exc)}") from None
    # Reopened in place: whoever holds ctx (pages, models) sees the restored data; they reload on the event.
    ctx.reconnect()
    ctx.events.emit(DATABASE_REPLACED, ctx=ctx)
    return RestoreOutcome(ctx=ctx, restored=staged.info, safety_backup=safety, moved_aside=moved)


def restore_database(db_path: Path, backup_file: Path, now: datetime | None = None) -> RestoreOutcome:
    """Restore into ``db_path`` without an open window (command line), even when the file is not SQLite."""
    now = now or _now()
    db_path = Path(db_path).absolute()
    backup_file = Path(backup_file).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        try:
            ctx = AppContext(db_path=db_path, db=open_database(db_path), lock=lock)
        except NotADatabase:
            return _restore_over_unreadable(db_path, backup_file, lock, now)
        try:
            return restore_backup(ctx, backup_file, now)
        except BaseException:
            if is_open(ctx):
                ctx.db.conn.close()
            raise
    except BaseException:
        lock.release()
        raise


def database_problem(ctx: AppContext) -> str | None:
    """None when ``PRAGMA integrity_check`` passes, else a Vietnamese message naming the backup to use."""
    try:
        result = integrity_check(ctx.db)
    except Exception as exc:  # a damaged file can fail in many ways; all mean "damaged"
        result = str(exc)
    if result == "ok":
        return None
    return f"Cơ sở dữ liệu {ctx.db_path} bị hỏng ({result[:200]}). {restore_advice(ctx.db_path, backup_folder_safe(ctx))}"


# -- internals ----------------------------------------------------------------------------------------
def _restore_over_unreadable(db_path: Path, backup_file: Path, lock: DatabaseLock, now: datetime) -> RestoreOutcome:
    read_backup_info(backup_file)
    attachments = db_path.parent / ATTACHMENTS_DIRNAME
    with _staging(db_path.parent) as tmp:
        staged = _stage(backup_file, tmp, attachments, {})  # unreadable: no local settings to keep
        try:
            _place_attachments(staged, attachments)
            moved = [move_aside(db_path, now)] if db_path.exists() else []
            moved += install_database(staged.db, db_path, now)
        except OSError as exc:
            raise BackupError(f"Khôi phục thất bại, tệp cũ được giữ nguyên: {_reason(exc)}") from None
    ctx = AppContext(db_path=db_path, db=open_database(db_path), lock=lock)
    return RestoreOutcome(ctx=ctx, restored=staged.info, safety_backup=None, moved_aside=moved)


def _staging(folder: Path) -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix=".tthc-khoi-phuc-", dir=folder, ignore_cleanup_errors=True)


def _stage(backup_file: Path, tmp: str, attachments: Path, local: dict) -> StagedRestore:
    from ..store.restore_check import stage_restore

    try:
        return stage_restore(backup_file, Path(tmp), local_settings=local,
                             have_attachment=lambda rel: (attachments / rel).is_file())
    except OSError as exc:
        raise BackupError(f"Chưa khôi phục: không giải nén được bản sao lưu ({_reason(exc)}). "
                          "Cơ sở dữ liệu hiện tại được giữ nguyên.") from None


def _place_attachments(staged: StagedRestore, attachments: Path) -> None:
    for source, rel in staged.attachments:
        target = attachments / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)


def _reason(exc: BaseException) -> str:
    """A Vietnamese reason for a file-system failure (never the English strerror of a full disk)."""
    return os_error_vi(exc) if isinstance(exc, OSError) else str(exc)


def _reopen_after_failure(ctx: AppContext) -> None:
    try:
        ctx.reconnect()
    except StoreError:
        pass


def is_open(ctx: AppContext) -> bool:
    """False once the context's connection is closed (a restore swapped the database)."""
    try:
        ctx.db.conn.total_changes  # noqa: B018 - raises once the connection is closed
        return True
    except Exception:
        return False


def _aware(moment: datetime, like: datetime) -> datetime:
    if (moment.tzinfo is None) == (like.tzinfo is None):
        return moment
    return moment.replace(tzinfo=like.tzinfo) if moment.tzinfo is None else moment.replace(tzinfo=None)


__all__ = [
    "BackupInfo",  # plain types the GUI shows, re-exported so ui/ needs no store import
    "BackupKind",
    "BadBackupFile",
    "BackupError",
    "RestoreOutcome",
    "available_backups",
    "backup_folder",
    "backup_if_due",
    "backup_on_close",
    "database_problem",
    "make_backup",
    "restore_advice",
    "restore_backup",
    "restore_database",
]
