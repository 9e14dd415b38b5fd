"""Shared file infrastructure, written once: hashing, atomic writes, the zip-bomb guard, the integrity check.

- ``sha256_file(path)``: hex SHA-256 of a file read in chunks (never the whole file in memory).
- ``atomic_write(path, data | writer)``: a temp file beside the target, fsync, then ``replace_file``
  (Windows retry and the Vietnamese "file in use" hint). Nothing half-written on failure; the temp
  name (``.<name>.<random>.tmp`` by default) is one of the patterns services/leftovers.py cleans.
- ``zip_problem(infos, limits)``: the one zip guard (member count, declared sizes, compression ratio,
  total size, names) with each caller's own limits; the caller words the problem in its own message.
- ``integrity_check(conn)``: ``PRAGMA integrity_check`` as one text, "ok" when the file is sound.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .atomic_files import replace_file

CHUNK = 1 << 20
MIB = 1024 * 1024


def sha256_file(path: str | os.PathLike[str]) -> str:
    return sha256_and_size(path)[0]


def sha256_and_size(path: str | os.PathLike[str]) -> tuple[str, int]:
    """Hex SHA-256 and the number of bytes read (what a backup manifest records)."""
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


# -- the zip guard ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ZipLimits:
    """What one kind of zip may hold; checked on the declared sizes before anything is inflated."""

    max_members: int
    max_total: int
    max_ratio: float
    ratio_min_size: int = MIB  # members smaller than this cannot bomb anything, whatever their ratio
    max_member: int | None = None
    member_caps: Mapping[str, int] = field(default_factory=dict)  # a bigger cap for named members
    ratio_exempt: frozenset[str] = frozenset()  # members that may compress well (a database)


@dataclass(frozen=True)
class ZipProblem:
    """Why a zip is refused: ``kind`` is "members", "name", "member_size", "ratio" or "total"."""

    kind: str
    member: str = ""
    value: float = 0


def zip_problem(infos: Iterable[zipfile.ZipInfo], limits: ZipLimits,
                name_ok: Callable[[str], bool] | None = None) -> ZipProblem | None:
    """The first problem of a zip's member list under ``limits``, or None when it may be opened."""
    infos = list(infos)
    if len(infos) > limits.max_members:
        return ZipProblem("members", value=len(infos))
    total = 0
    for info in infos:
        name = info.filename
        if name_ok is not None and not name_ok(name):
            return ZipProblem("name", name)
        cap = limits.member_caps.get(name, limits.max_member)
        if cap is not None and info.file_size > cap:
            return ZipProblem("member_size", name, info.file_size)
        if info.file_size >= limits.ratio_min_size and name not in limits.ratio_exempt:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                return ZipProblem("ratio", name, ratio)
        total += info.file_size
    if total > limits.max_total:
        return ZipProblem("total", value=total)
    return None


# -- the database --------------------------------------------------------------------------------------
def integrity_check(conn: sqlite3.Connection | object) -> str:
    """``PRAGMA integrity_check`` as one text: "ok" when the file is sound, else its findings joined by "; ".

    ``conn`` is an ``sqlite3.Connection`` or a ``sqlite_utils.Database`` (both have ``execute``).
    """
    rows = conn.execute("PRAGMA integrity_check").fetchall()  # type: ignore[attr-defined]
    return "; ".join(str(r[0]) for r in rows)
