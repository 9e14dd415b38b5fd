"""store/files.py: the one copy of hashing, atomic writes, the zip guard and the integrity check."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tthc_desktop.store import files
from tthc_desktop.store.files import atomic_write, integrity_check, sha256_file
from tthc_desktop.store.zip_guard import ZipLimits, zip_problem

ROOT = Path(files.__file__).parents[1]


def test_sha256_file_reads_in_chunks(tmp_path):
    data = b"x" * (files.CHUNK * 2 + 5)
    p = tmp_path / "a.bin"
    p.write_bytes(data)
    assert sha256_file(p) == hashlib.sha256(data).hexdigest()
    assert files.sha256_and_size(p) == (hashlib.sha256(data).hexdigest(), len(data))


def test_atomic_write_bytes_and_callback(tmp_path):
    out = tmp_path / "sub" / "r.pdf"
    atomic_write(out, b"one")
    assert out.read_bytes() == b"one"
    atomic_write(out, lambda fh: fh.write(b"two"))
    assert out.read_bytes() == b"two"
    assert sorted(p.name for p in out.parent.iterdir()) == ["r.pdf"]


def test_atomic_write_failure_keeps_the_old_file_and_no_temp(tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old")

    def broken(fh):
        fh.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(out, broken)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def _zip(tmp_path, members: dict[str, bytes]) -> list[zipfile.ZipInfo]:
    p = tmp_path / "z.zip"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with zipfile.ZipFile(p) as zf:
        return zf.infolist()


def test_zip_problem_each_limit(tmp_path):
    limits = ZipLimits(max_members=3, max_total=3 * 1024 * 1024, max_ratio=50)
    assert zip_problem(_zip(tmp_path, {"a": b"1", "b": b"2"}), limits) is None
    assert zip_problem(_zip(tmp_path, {str(i): b"1" for i in range(4)}), limits).kind == "members"
    bomb = zip_problem(_zip(tmp_path, {"bomb": b"\0" * (2 * 1024 * 1024)}), limits)
    assert bomb.kind == "ratio" and bomb.member == "bomb"
    exempt = ZipLimits(max_members=3, max_total=3 * 1024 * 1024, max_ratio=50, ratio_exempt=frozenset({"bomb"}))
    assert zip_problem(_zip(tmp_path, {"bomb": b"\0" * (2 * 1024 * 1024)}), exempt) is None
    big = ZipLimits(max_members=3, max_total=1024 * 1024, max_ratio=10_000)
    assert zip_problem(_zip(tmp_path, {"a": b"\0" * (2 * 1024 * 1024)}), big).kind == "total"
    capped = ZipLimits(max_members=3, max_total=10**9, max_ratio=10_000, max_member=10)
    assert zip_problem(_zip(tmp_path, {"a": b"0123456789AB"}), capped).kind == "member_size"
    assert zip_problem(_zip(tmp_path, {"../x": b"1"}), limits, name_ok=lambda n: ".." not in n).kind == "name"


def test_integrity_check_ok(tmp_path):
    conn = sqlite3.connect(tmp_path / "db.sqlite")
    conn.execute("CREATE TABLE t (x)")
    assert integrity_check(conn) == "ok"
    conn.close()


def test_no_second_copy_of_the_shared_infrastructure():
    """hashlib file loops, temp-file writers and PRAGMA integrity_check live in store/files.py only.

    reports/ (the report writers, worked on in their own branch) still has its own temp-file writers.
    """
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "store/files.py" or rel.startswith("reports/"):
            continue
        text = path.read_text(encoding="utf-8")
        assert "tempfile.mkstemp(" not in text, rel
        assert "PRAGMA integrity_check\")" not in text, rel
        assert not re.search(r"hashlib\.sha256\(\w*\.read_bytes\(\)\)", text), rel
        assert not re.search(r"def \w*sha256\w*\(path", text), rel
