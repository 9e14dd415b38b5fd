"""A full disk for one folder, in a child process (tests/fuzz/test_hostile_full_disk.py).

Loaded through PYTHONPATH: every file opened for writing under ``TTHC_FULL_DIR`` shares a budget of
``TTHC_FULL_AFTER`` bytes; a write past it writes what still fits, then fails with ENOSPC as a full
NTFS or ext4 volume does. Reads and other folders are untouched. SQLite's own writes (C code) are not
seen; everything Python writes (zips, .xlsx, PDFs, extracted copies) is.
"""

from __future__ import annotations

import builtins
import errno
import io
import os

_DIR = os.path.realpath(os.environ["TTHC_FULL_DIR"])
_budget = [int(os.environ.get("TTHC_FULL_AFTER", "0"))]
_real_open = io.open


class _FullDiskFile(io.FileIO):
    def write(self, data) -> int:
        size = memoryview(data).nbytes
        room = _budget[0]
        if room <= 0 and size:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.name)
        written = super().write(memoryview(data).cast("B")[:room] if size > room else data)
        _budget[0] -= written
        return written


def _under_target(file) -> bool:
    try:
        path = os.readlink(f"/proc/self/fd/{file}") if isinstance(file, int) else os.fspath(file)
    except (OSError, TypeError):
        return False
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    real = os.path.realpath(path)
    return real == _DIR or real.startswith(_DIR + os.sep)


def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not any(c in mode for c in "wax+") or not _under_target(file):
        return _real_open(file, mode, buffering, encoding, errors, newline, closefd, opener)
    raw = _FullDiskFile(file, mode.replace("b", "").replace("t", ""), closefd=closefd, opener=opener)
    if buffering == 0:
        return raw
    size = buffering if buffering > 1 else io.DEFAULT_BUFFER_SIZE
    buffered = (io.BufferedRandom if "+" in mode else io.BufferedWriter)(raw, size)
    if "b" in mode:
        return buffered
    return io.TextIOWrapper(buffered, encoding, errors, newline, line_buffering=buffering == 1)


io.open = builtins.open = _open
