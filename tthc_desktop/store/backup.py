"""Backups: one verified .zip per backup (tthc.db + attachments/ + manifest.json), and reading them back safely.

Format (format_version 1), one file ``tthc-sao-luu-YYYYmmdd-HHMMSS-<kind>.zip``:

- ``tthc.db``: a copy made with the SQLite backup API (consistent even while the app writes), in rollback
  journal mode so the file stands alone; it passed ``PRAGMA integrity_check`` before the zip was kept;
- ``attachments/<sha256 name>``: the managed attachments folder, content-addressed files as they are;
- ``manifest.json``: date, kind, app and schema version, row counts, the database copy's size and SHA-256.

A backup is written to ``<name>.partial`` and renamed with ``os.replace`` only once it has been re-read and
checked; on any failure the partial file is removed and a Vietnamese ``BackupError`` is raised.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath

from .atomic_files import replace_file
from .errors import StoreError
from .files import atomic_write, integrity_check, sha256_and_size
from .os_errors import os_error_vi
from .sqlite_uri import connect_read_only
from .task_query import HEADING_CLAUSE

BACKUP_FORMAT = "tthc-desktop-backup"
FORMAT_VERSION = 1
DB_MEMBER = "tthc.db"
MANIFEST_MEMBER = "manifest.json"
ATTACHMENTS_PREFIX = "attachments/"
NAME_PREFIX = "tthc-sao-luu-"
NAME_SUFFIX = ".zip"
PARTIAL_SUFFIX = ".partial"
_MANIFEST_MAX = 1 << 20
_CHUNK = 1 << 20
# Tables whose row counts go into the manifest and the restore dialog.
COUNTED_TABLES = ("plans", "tasks", "task_updates", "units", "audit_log")
TASK_ITEMS = "task_items"  # row count key: tasks without the heading rows, as the Tasks page counts them

Progress = Callable[[int, int], None]


class BackupKind(StrEnum):
    MANUAL = "manual"
    AUTO = "auto"
    PRE_RESTORE = "pre-restore"

    @property
    def label_vi(self) -> str:
        return {"manual": "thủ công", "auto": "tự động", "pre-restore": "trước khi khôi phục"}[self.value]


class BackupError(StoreError):
    """A backup could not be made; nothing partial was kept."""


class SourceDamaged(BackupError):
    """The copy of the live database failed the integrity check: the database itself is damaged."""


class BadBackupFile(StoreError):
    """The file is not a usable TTHC Desktop backup (not a zip, missing parts, unsafe paths, damaged)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str
    app_version: str
    schema_version: int
    row_counts: dict[str, int] = field(default_factory=dict)
    size_bytes: int = 0
    db_size: int = 0
    db_sha256: str = ""
    attachment_count: int = 0
    audit_last_id: int = 0

    def count(self, table: str) -> int:
        return int(self.row_counts.get(table, 0))

    def task_count(self) -> int | None:
        """Tasks as the Tasks page counts them (headings left out); None in a backup made before that count."""
        value = self.row_counts.get(TASK_ITEMS)
        return None if value is None else int(value)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        data["created_at"] = self.created_at.isoformat(timespec="seconds")
        return data


def create_backup(
    conn: sqlite3.Connection,
    dest_dir: Path,
    *,
    attachments_dir: Path | None,
    kind: BackupKind,
    now: datetime,
    app_version: str,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy the open database (and attachments) into a new verified .zip in ``dest_dir``."""
    dest_dir = Path(dest_dir)
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".tthc-sao-luu-", dir=dest_dir))
    except OSError as exc:
        raise BackupError(_write_failure(dest_dir, exc)) from None
    final = _free_name(dest_dir, f"{NAME_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}-{kind.value}")
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    try:
        copy = work / DB_MEMBER
        facts = _copy_database(conn, copy, progress)
        db_sha, db_size = sha256_and_size(copy)
        attachments = _attachment_files(attachments_dir)
        manifest = {
            "format": BACKUP_FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": now.isoformat(timespec="seconds"),
            "kind": kind.value,
            "app_version": app_version,
            "schema_version": facts["schema_version"],
            "row_counts": facts["row_counts"],
            "audit_last_id": facts["audit_last_id"],
            "db_size": db_size,
            "db_sha256": db_sha,
            "attachment_count": len(attachments),
        }
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            zf.write(copy, DB_MEMBER)
            for name, source in attachments:
                zf.write(source, ATTACHMENTS_PREFIX + name)
            zf.writestr(MANIFEST_MEMBER, json.dumps(manifest, ensure_ascii=False, indent=2))
        _fsync(partial)
        verify_backup(partial, work / "verify.db")  # read back what is on disk before keeping it
        replace_file(partial, final)
        _fsync_dir(dest_dir)
    except BackupError as exc:
        _remove_quietly(partial)
        if isinstance(exc.__cause__, OSError):  # the read-back copy hit a full disk: say it of this backup
            raise BackupError(_write_failure(dest_dir, exc.__cause__, final.name)) from None
        raise
    except BadBackupFile as exc:
        _remove_quietly(partial)
        raise BackupError(f"Sao lưu thất bại: bản sao vừa ghi không đọc lại được ({exc}). Không giữ bản lỗi.") from None
    except (OSError, sqlite3.Error, zipfile.BadZipFile) as exc:
        _remove_quietly(partial)
        raise BackupError(_write_failure(dest_dir, exc, final.name)) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return read_backup_info(final)


def read_backup_info(path: Path) -> BackupInfo:
    """The manifest of a backup, after checking it is a zip with safe member names and both parts present."""
    path = Path(path)
    with _open_zip(path) as zf:
        manifest = _manifest(zf, path)
    try:
        return BackupInfo(
            path=path,
            created_at=datetime.fromisoformat(manifest["created_at"]),
            kind=str(manifest.get("kind", BackupKind.MANUAL.value)),
            app_version=str(manifest.get("app_version", "")),
            schema_version=int(manifest.get("schema_version", 0)),
            row_counts={str(k): int(v) for k, v in dict(manifest.get("row_counts", {})).items()},
            size_bytes=path.stat().st_size,
            db_size=int(manifest["db_size"]),
            db_sha256=str(manifest["db_sha256"]),
            attachment_count=int(manifest.get("attachment_count", 0)),
            audit_last_id=int(manifest.get("audit_last_id", 0)),
        )
    except (KeyError, TypeError, ValueError, OSError, OverflowError):  # OverflowError: int(Infinity)
        raise BadBackupFile(f"Tệp {path.name} có bản kê khai (manifest.json) không hợp lệ; không dùng được để khôi phục.") from None


def verify_backup(path: Path, extract_to: Path) -> BackupInfo:
    """Full check: the database member is extracted to ``extract_to``, hashed and integrity-checked."""
    info = read_backup_info(path)
    with _open_zip(path) as zf:
        member = zf.getinfo(DB_MEMBER)
        if member.file_size != info.db_size:
            raise BadBackupFile(f"Tệp {path.name} bị hỏng: kích thước cơ sở dữ liệu bên trong không khớp bản kê khai.")
        import hashlib  # with a check only (see files.sha256_and_size)

        digest = hashlib.sha256()
        written = 0
        try:
            # Unbuffered: a full disk fails in write_chunk (said as such), never later in close().
            with zf.open(member) as src, extract_to.open("wb", buffering=0) as dst:
                while chunk := src.read(_CHUNK):
                    written += len(chunk)
                    if written > info.db_size:  # never inflate past what the manifest declares
                        raise BadBackupFile(f"Tệp {path.name} bị hỏng: dữ liệu nén lớn hơn khai báo.")
                    digest.update(chunk)
                    write_chunk(dst, chunk, extract_to)
        except _ZIP_DATA_ERRORS as exc:
            raise BadBackupFile(f"Tệp {path.name} bị hỏng: không giải nén được ({exc}).") from None
    if digest.hexdigest() != info.db_sha256:
        raise BadBackupFile(f"Tệp {path.name} bị hỏng: mã kiểm tra SHA-256 của cơ sở dữ liệu không khớp.")
    result = sqlite_integrity(extract_to)
    if result != "ok":
        raise BadBackupFile(f"Tệp {path.name} bị hỏng: cơ sở dữ liệu bên trong không đạt kiểm tra toàn vẹn ({result}).")
    return info


def write_chunk(dst, chunk: bytes, target: Path) -> None:
    """Write while extracting; a full disk is a BackupError in Vietnamese, not "a damaged backup"."""
    try:
        view = memoryview(chunk)
        while view:
            view = view[dst.write(view):]
    except OSError as exc:
        # The OSError stays as the cause (not printed: the CLI shows the message only) so that a backup's
        # read-back can word it as a backup failure.
        raise BackupError(f"Không giải nén được vào thư mục {target.parent}: {os_error_vi(exc)}. "
                          "Cơ sở dữ liệu hiện tại được giữ nguyên.") from exc


def extract_attachments(path: Path, attachments_dir: Path) -> int:
    """Copy the backup's attachments that are missing into ``attachments_dir``; existing files are kept."""
    added = 0
    root = attachments_dir.resolve()
    with _open_zip(path) as zf:
        for member in zf.infolist():
            if not member.filename.startswith(ATTACHMENTS_PREFIX) or member.is_dir():
                continue
            target = (attachments_dir / member.filename[len(ATTACHMENTS_PREFIX) :]).resolve()
            if root not in target.parents:
                raise BadBackupFile(f"Tệp {path.name} chứa đường dẫn không an toàn: {member.filename}.")
            if target.exists():
                continue  # content-addressed: same name, same content
            with zf.open(member) as src:
                atomic_write(target, lambda dst, src=src: shutil.copyfileobj(src, dst, _CHUNK),
                             prefix=f"{target.name}.", suffix=PARTIAL_SUFFIX)
            added += 1
    return added


def sqlite_integrity(db_file: Path) -> str:
    """``PRAGMA integrity_check`` of a database file opened read-only; an error text when it cannot be read."""
    try:
        conn = connect_read_only(db_file)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return integrity_check(conn)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def check_member_name(name: str) -> bool:
    """True for a relative member name with no '..', no drive and no absolute root (zip-slip guard)."""
    if not name or name.startswith(("/", "\\")) or "\x00" in name:
        return False
    if len(name) > 1 and name[1] == ":":
        return False
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." not in parts and all(":" not in p for p in parts)


# -- internals ----------------------------------------------------------------------------------
# What zipfile raises for damaged input (bad CRC or deflate data, unknown method, encrypted member,
# a cut file), besides BadZipFile: all mean "this backup is damaged".
_ZIP_DATA_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
                    NotImplementedError, RuntimeError)

def _copy_database(conn: sqlite3.Connection, copy: Path, progress: Progress | None) -> dict:
    dst = sqlite3.connect(str(copy))
    try:
        def _step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        try:
            conn.backup(dst, pages=256, progress=_step)
            result = integrity_check(dst)
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") not in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
                raise
            result = str(exc)
        if result != "ok":
            raise SourceDamaged(
                f"Sao lưu thất bại: bản sao không đạt kiểm tra toàn vẹn ({result[:200]}). "
                "Cơ sở dữ liệu đang dùng có thể đã bị hỏng; không giữ bản sao lưu lỗi này."
            )
        dst.execute("PRAGMA journal_mode = DELETE")  # the copy must stand alone, without a -wal file
        counts = {}
        for table in COUNTED_TABLES:
            if dst.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [table]).fetchone():
                counts[table] = dst.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
        if "tasks" in counts:  # what the app calls tasks: the rows that are not section or group headings
            counts[TASK_ITEMS] = dst.execute(
                f"SELECT count(*) FROM tasks t WHERE NOT ({HEADING_CLAUSE.format(t='t')})").fetchone()[0]
        has_audit = "audit_log" in counts
        audit_last = dst.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0] if has_audit else 0
        has_migrations = dst.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
        schema = (
            dst.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'tthc_desktop'").fetchone()[0]
            if has_migrations
            else 0
        )
        return {"row_counts": counts, "audit_last_id": int(audit_last), "schema_version": int(schema)}
    finally:
        dst.close()


def _attachment_files(folder: Path | None) -> list[tuple[str, Path]]:
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and not path.name.endswith(PARTIAL_SUFFIX):
            out.append((path.relative_to(folder).as_posix(), path))
    return out


def _open_zip(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise BadBackupFile(f"Không tìm thấy tệp sao lưu {path}.")
    try:
        zf = zipfile.ZipFile(path)
    except _ZIP_DATA_ERRORS:
        raise BadBackupFile(
            f"Tệp {path.name} không phải là bản sao lưu TTHC Desktop (không phải tệp .zip hợp lệ)."
        ) from None
    for member in zf.infolist():
        if not check_member_name(member.filename):
            zf.close()
            raise BadBackupFile(
                f"Tệp {path.name} chứa đường dẫn không an toàn ({member.filename!r}); tệp bị từ chối."
            )
    return zf


def _manifest(zf: zipfile.ZipFile, path: Path) -> dict:
    names = set(zf.namelist())
    for required in (MANIFEST_MEMBER, DB_MEMBER):
        if required not in names:
            raise BadBackupFile(f"Tệp {path.name} không phải là bản sao lưu TTHC Desktop: thiếu {required}.")
    info = zf.getinfo(MANIFEST_MEMBER)
    if info.file_size > _MANIFEST_MAX:
        raise BadBackupFile(f"Tệp {path.name} có bản kê khai quá lớn; tệp bị từ chối.")
    try:
        manifest = json.loads(zf.read(MANIFEST_MEMBER).decode("utf-8"))
    except (UnicodeDecodeError, RecursionError, *_ZIP_DATA_ERRORS):
        raise BadBackupFile(f"Tệp {path.name} có bản kê khai (manifest.json) không đọc được.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise BadBackupFile(f"Tệp {path.name} không phải là bản sao lưu TTHC Desktop.")
    version = manifest.get("format_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise BadBackupFile(f"Tệp {path.name} có bản kê khai (manifest.json) không hợp lệ; không dùng được để khôi phục.")
    if version > FORMAT_VERSION:
        raise BadBackupFile(f"Tệp {path.name} được tạo bởi phiên bản TTHC Desktop mới hơn; hãy cập nhật phần mềm.")
    return manifest


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{NAME_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{NAME_SUFFIX}"
        n += 1
    return candidate


def _write_failure(folder: Path, exc: BaseException, name: str = "") -> str:
    err = getattr(exc, "errno", None)
    text = str(exc).lower()
    if err in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "disk is full" in text or "disk i/o" in text:
        reason = "ổ đĩa đã đầy hoặc không ghi được"
    elif err in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "unable to open" in text:
        reason = "thư mục chỉ cho phép đọc hoặc không có quyền ghi"
    else:
        reason = os_error_vi(exc) if isinstance(exc, OSError) else str(exc)
    what = f"tệp {name} vào thư mục {folder}" if name else f"vào thư mục {folder}"
    return (
        f"Sao lưu thất bại: không ghi được {what} ({reason}). "
        "Không có bản sao lưu dở dang nào được giữ lại; dữ liệu đang dùng không bị ảnh hưởng."
    )


def _fsync(path: Path) -> None:
    with Path(path).open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open folders
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
