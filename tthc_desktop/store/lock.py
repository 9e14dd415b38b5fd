"""One process per database: an OS-level lock on a file beside it, released by the OS if we crash."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import DatabaseInUse, ReadOnlyLocation


class DatabaseLock:
    """Exclusive, non-blocking lock on ``<db>.lock``; the OS drops it when the process dies."""

    def __init__(self, db_path: Path) -> None:
        # The real file: a symlink (or another spelling) to the same database must meet the same lock.
        self.path = Path(str(Path(os.path.realpath(db_path))) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ReadOnlyLocation(
                f"Không ghi được vào thư mục {self.path.parent} ({exc.strerror}). "
                "Hãy chọn thư mục dữ liệu mà tài khoản này có quyền ghi."
            ) from None
        try:
            _lock_fd(fd)
        except OSError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f" (tiến trình số {holder})" if holder else ""
            raise DatabaseInUse(
                f"Cơ sở dữ liệu {self.path.with_suffix('')} đang được mở bởi một cửa sổ TTHC Desktop khác{who}. "
                "Hãy đóng cửa sổ đó rồi thử lại."
            ) from None
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt.locking left the position at the locked byte (4096)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock_fd(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 32).decode(errors="ignore").strip("\0 \t\r\n")
    except OSError:
        return ""


# Lock a byte past the PID so a second process can still read who holds it (Windows locks are mandatory).
_LOCK_OFFSET = 4096


def _lock_fd_windows(fd: int) -> None:
    import msvcrt  # imported here so tests can inject a stand-in on Linux

    os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


def _unlock_fd_windows(fd: int) -> None:
    import msvcrt

    os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    _lock_fd = _lock_fd_windows
    _unlock_fd = _unlock_fd_windows
else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
