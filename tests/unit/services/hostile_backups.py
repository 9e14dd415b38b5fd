"""Hostile backups built from a real one: crafted members, databases and bombs (issue 18 §4–6).

``rebuild(backup, out, db_sql=…, extra=[…], drop=…)`` rewrites a genuine backup zip: runs SQL on its
database copy (the manifest's size and SHA-256 are updated so only the deeper checks can refuse it),
and adds raw members (name, bytes or a ``ZipInfo`` with a forged declared size).
Used by tests/unit/services/test_restore_hostile.py and tests/fuzz/test_hostile_backups.py.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import tempfile
import zipfile
from pathlib import Path

DB, MANIFEST = "tthc.db", "manifest.json"


def rebuild(backup: Path, out: Path, *, db_sql: list[str] | tuple[str, ...] = (),
            extra: list[tuple[str, bytes]] | tuple = (), manifest: dict | None = None,
            keep_manifest_hash: bool = False) -> Path:
    with zipfile.ZipFile(backup) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    meta = json.loads(members[MANIFEST])
    if db_sql:
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / DB
            p.write_bytes(members[DB])
            conn = sqlite3.connect(p)
            for sql in db_sql:
                conn.executescript(sql)
            conn.commit()
            conn.close()
            members[DB] = p.read_bytes()
    if not keep_manifest_hash:
        meta["db_sha256"] = hashlib.sha256(members[DB]).hexdigest()
        meta["db_size"] = len(members[DB])
    meta |= manifest or {}
    members[MANIFEST] = json.dumps(meta).encode()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for name, data in extra:
            zf.writestr(name, data)
    return out


def forge_declared_size(path: Path, member: str, declared: int) -> None:
    """Patch *member*'s uncompressed size in both zip headers (a small entry claiming to be huge)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            n = struct.unpack_from("<H", data, i + name_len_at)[0]
            if bytes(data[i + name_at:i + name_at + n]) == name:
                struct.pack_into("<I", data, i + size_at, min(declared, 0xFFFFFFFF))
            start = i + 4
    path.write_bytes(bytes(data))


def zero_bomb(path: Path, backup: Path, *, size: int = 64 * 1024 * 1024, declared: int | None = None) -> Path:
    """A valid backup plus one attachment of *size* zero bytes (deflates ~1000:1), its name the
    SHA-256 of that content, its declared size *declared* (default: the truth)."""
    sha = hashlib.sha256()
    chunk = bytes(1 << 20)
    for _ in range(size // len(chunk)):
        sha.update(chunk)
    digest = sha.hexdigest()
    name = f"attachments/{digest[:2]}/{digest[2:]}.pdf"
    with zipfile.ZipFile(backup) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n, data in members.items():
            zf.writestr(n, data)
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as dst:
            for _ in range(size // len(chunk)):
                dst.write(chunk)
    if declared is not None:
        forge_declared_size(path, name, declared)
    return path
