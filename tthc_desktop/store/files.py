"""Shared file infrastructure, written once: hashing, atomic writes, the integrity check.

- ``sha256_file(path)``: hex SHA-256 of a file read in chunks (never the whole file in memory).
- ``atomic_write(path, data | writer)``: a temp file beside the target, fsync, then ``replace_file``
  (Windows retry and the Vietnamese "file in use" hint). Nothing half-written on failure; the temp
  name (``.<name>.<random>.tmp`` by default) is one of the patterns services/leftovers.py cleans.
- the zip guard is in zip_guard.py (its two dataclasses cost every start-up ~2 ms; only imports and
  restores open zips).
- ``integrity_check(conn)``: ``PRAGMA integrity_check`` as one text, "ok" when the file is sound.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .atomic_files import replace_file

CHUNK = 1 << 20


def sha256_file(path: str | os.PathLike[str]) -> str:
    return sha256_and_size(path)[0]


def sha256_and_size(path: str | os.PathLike[str]) -> tuple[str, int]:
    """Hex SHA-256 and the number of bytes read (what a backup manifest records)."""
    import hashlib  # with the first hash: loading OpenSSL's is ~2 ms that opening the window does not need

    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def atomic_write(path: str | os.PathLike[str], data: bytes | Callable[[BinaryIO], None], *,
                 prefix: str | None = None, suffix: str = ".tmp", fsync: bool = True) -> Path:
    """Write ``data`` (bytes, or a callback writing to the open binary file) to ``path`` atomically.

    The temp file lives in the target's folder (same volume, so the rename is atomic) and is removed on
    any failure; the caller's own ``OSError`` handling words the Vietnamese message.
    """
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}." if prefix is None else prefix, suffix=suffix,
                               dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        replace_file(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


# -- the database --------------------------------------------------------------------------------------
def integrity_check(conn: sqlite3.Connection | object) -> str:
    """``PRAGMA integrity_check`` as one text: "ok" when the file is sound, else its findings joined by "; ".

    ``conn`` is an ``sqlite3.Connection`` or a ``sqlite_utils.Database`` (both have ``execute``).
    """
    rows = conn.execute("PRAGMA integrity_check").fetchall()  # type: ignore[attr-defined]
    return "; ".join(str(r[0]) for r in rows)
