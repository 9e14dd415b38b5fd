"""The lock file as Windows lays it out: msvcrt locks byte 4096, the PID must still be written at offset 0.

Linux has no msvcrt, so a stand-in module with the same contract (lock the byte at the file position,
refuse a second locker with OSError) is injected and the module's Windows functions are switched on.
"""

from __future__ import annotations

import os
import types

import pytest

from tthc_desktop.store import lock as lock_module
from tthc_desktop.store.errors import DatabaseInUse
from tthc_desktop.store.lock import DatabaseLock, _read_pid


def _fake_msvcrt() -> types.ModuleType:
    held: set[tuple[int, int, int]] = set()  # (device, inode, offset) locked by someone

    def locking(fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == module.LK_UNLCK:
            held.discard(key)
        elif key in held:
            raise PermissionError(13, "Permission denied")
        else:
            held.add(key)

    module = types.ModuleType("msvcrt")
    module.LK_NBLCK, module.LK_UNLCK = 2, 0
    module.locking = locking
    return module


@pytest.fixture
def windows_lock(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "msvcrt", _fake_msvcrt())
    monkeypatch.setattr(lock_module, "_lock_fd", lock_module._lock_fd_windows)
    monkeypatch.setattr(lock_module, "_unlock_fd", lock_module._unlock_fd_windows)


def test_windows_acquire_writes_the_pid_at_the_start_of_the_file(tmp_path, windows_lock):
    db = tmp_path / "tthc.db"
    with DatabaseLock(db) as held:
        data = held.path.read_bytes()
        assert data == str(os.getpid()).encode()  # not 4096 NULs and then the number
        with pytest.raises(DatabaseInUse) as refused:
            DatabaseLock(db).acquire()
    message = str(refused.value)
    assert "\0" not in message
    assert f"(tiến trình số {os.getpid()})" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\0" * 4096 + b"4321", ""),  # written by the old build: nothing readable at the start
        (b"4321" + b"\0" * 40, "4321"),  # NUL-padded
        (b"\0\0 4321\r\n", "4321"),
    ],
)
def test_read_pid_drops_nuls(tmp_path, content, expected):
    path = tmp_path / "tthc.db.lock"
    path.write_bytes(content)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert _read_pid(fd) == expected
    finally:
        os.close(fd)
