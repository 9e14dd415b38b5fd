"""Opening the SQLite database: location checks, WAL, foreign keys, migrations, integrity check."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import DatabaseInUse, DiskFull, NotADatabase, ReadOnlyLocation, StoreError, UnsupportedLocation
from .migrations import apply_migrations
from .search import register_functions
from .sqlite_db import Database

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "afs", "9p", "sshfs", "fuse.sshfs", "davfs"}
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_location(path: Path, mounts: Path = Path("/proc/mounts")) -> None:
    """Refuse network shares and unwritable folders: SQLite locking is unreliable there and data gets lost."""
    text = str(path)
    if sys.platform == "win32" and (text.startswith("\\\\") or _is_windows_network_drive(text)):
        raise UnsupportedLocation(
            f"Không thể dùng cơ sở dữ liệu trên ổ mạng: {path}. "
            "Hãy chọn một thư mục trên ổ đĩa của máy này (ví dụ trong Tài liệu)."
        )
    fs = _filesystem_type(path.parent, mounts)
    if fs in _NETWORK_FS:
        raise UnsupportedLocation(
            f"Không thể dùng cơ sở dữ liệu trên thư mục mạng ({fs}): {path}. "
            "Hãy chọn một thư mục trên ổ đĩa của máy này."
        )


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` in WAL mode with foreign keys on, migrated."""
    path = Path(path)
    check_location(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UnsupportedLocation(f"Không tạo được thư mục dữ liệu {path.parent}: {exc.strerror}.") from None
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != _SQLITE_MAGIC:
                raise NotADatabase(
                    f"Tệp {path} không phải là cơ sở dữ liệu TTHC Desktop (hoặc đã bị hỏng). "
                    "Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu."
                )
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        register_functions(conn)
        db = Database(conn)  # sqlite-utils' rules; sqlite-utils itself is loaded on first table use
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        if migrate:
            apply_migrations(db)
    except sqlite3.DatabaseError as exc:
        translated = translate_sqlite_error(exc, path)
        if translated is not None:
            raise translated from None
        raise NotADatabase(
            f"Không mở được cơ sở dữ liệu {path}: {exc}. Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu."
        ) from None
    return db


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """A Vietnamese StoreError for environment faults (disk full, read-only, locked); None for anything else."""
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskFull(
            f"Ổ đĩa chứa cơ sở dữ liệu {path} đã đầy: thao tác vừa rồi không được lưu, "
            "dữ liệu đã có vẫn nguyên vẹn. Hãy giải phóng dung lượng ổ đĩa rồi thử lại."
        )
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:  # a write refused by a full disk, mostly
        return DiskFull(
            f"Không ghi được vào ổ đĩa chứa cơ sở dữ liệu {path} (ổ đĩa đã đầy hoặc bị lỗi): thao tác vừa rồi "
            "không được lưu, dữ liệu đã có vẫn nguyên vẹn. Hãy giải phóng dung lượng ổ đĩa rồi thử lại."
        )
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnlyLocation(
            f"Không ghi được vào cơ sở dữ liệu {path}: tệp hoặc thư mục chỉ cho phép đọc. "
            "Dữ liệu không bị thay đổi; hãy cấp quyền ghi hoặc chọn thư mục khác."
        )
    if name == "SQLITE_CANTOPEN" or "unable to open database file" in text:
        return ReadOnlyLocation(
            f"Không mở được cơ sở dữ liệu {path} để ghi: thư mục {path.parent} chỉ cho phép đọc "
            "hoặc không có quyền ghi. Dữ liệu không bị thay đổi; hãy cấp quyền ghi hoặc chọn thư mục khác."
        )
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        return DatabaseInUse(
            f"Cơ sở dữ liệu {path} đang bị một chương trình khác khóa. "
            "Hãy đóng chương trình đó (hoặc cửa sổ TTHC Desktop khác) rồi thử lại; dữ liệu không bị thay đổi."
        )
    return None


@contextmanager
def store_errors(path: Path) -> Iterator[None]:
    """Re-raise environment faults from SQLite as Vietnamese StoreErrors; other errors pass unchanged."""
    try:
        yield
    except sqlite3.Error as exc:
        translated = translate_sqlite_error(exc, Path(path))
        if translated is None:
            raise
        raise translated from exc


def _filesystem_type(folder: Path, mounts: Path) -> str:
    """The filesystem type of the mount holding ``folder`` (Linux /proc/mounts; '' elsewhere)."""
    if not mounts.exists():
        return ""
    target = folder
    while not target.exists() and target != target.parent:
        target = target.parent
    target = target.resolve()
    best, best_type = "", ""
    for line in mounts.read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (str(target) + "/").startswith(mount_point.rstrip("/") + "/") and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def _is_windows_network_drive(text: str) -> bool:  # pragma: no cover - Windows only
    if len(text) < 2 or text[1] != ":":
        return False
    import ctypes

    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(text[:2] + "\\") == drive_remote
