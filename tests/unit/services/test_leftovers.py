"""Issue 18 "leftovers": what a killed backup, restore, report build or signing left is removed at
the next start; only our own patterns, only older than the process; the user's files stay."""

from __future__ import annotations

import os
import time

from tthc_desktop.services.context import AppContext
from tthc_desktop.services.leftovers import clean_leftovers


def _age(path, seconds=3600):
    t = time.time() - seconds
    os.utime(path, (t, t))
    return path


def test_leftovers_are_cleaned_at_the_next_start(tmp_path):
    data = tmp_path / "data"
    ctx = AppContext.open(data / "tthc.db")
    backups = data / "backups"
    backups.mkdir()
    out = tmp_path / "bao-cao"
    out.mkdir()
    ctx.db["built_documents"].insert({"sha256": "x", "path": str(out / "bao_cao.pdf"), "boxes_json": "[]",
                                      "built_at": "2025-01-01"})
    ctx.close()
    old = []
    for folder, name in ((backups, ".tthc-sao-luu-abc"), (data, ".tthc-khoi-phuc-xyz"), (out, ".tthc-bao-cao-1")):
        (folder / name).mkdir()
        (folder / name / "tthc.db").write_bytes(b"copy of the database")
        _age(folder / name / "tthc.db")
        old.append(_age(folder / name))
    partial = backups / "tthc-sao-luu-20250101-080000-auto.zip.partial"
    partial.write_bytes(b"PK")
    old.append(_age(partial))
    for name in (".bao_cao-ab12.pdf.tmp", ".da_ky.pdf.x1y2.tmp", ".ho-so.zip.q9.tmp", ".bieu.xlsx.abc.tmp"):
        (out / name).write_bytes(b"half")
        old.append(_age(out / name))
    keep = [out / "bao_cao.pdf", out / ".an-cua-nguoi-dung.tmp", backups / "tthc-sao-luu-20250101-080000-auto.zip",
            data / "ghi-chu.txt"]
    for p in keep:
        p.write_bytes(b"user")
        _age(p)
    fresh = out / ".tthc-bao-cao-dang-chay"
    fresh.mkdir()  # newer than the process start given below: another run's, not ours to touch
    busy = backups / ".tthc-sao-luu-dang-ghi"  # an old folder another process is still writing into
    busy.mkdir()
    (busy / "tthc.db").write_bytes(b"being written")
    _age(busy)

    ctx = AppContext.open(data / "tthc.db")  # cleaned on open, with the lock held
    try:
        assert [p for p in old if p.exists()] == []
        assert all(p.exists() for p in keep) and fresh.exists() and busy.exists()
        assert clean_leftovers(ctx) == []  # nothing left the second time
    finally:
        ctx.close()


def test_star_match_agrees_with_fnmatch_on_our_patterns():
    """The leftover patterns are matched without fnmatch's regular expressions: same answers on names that
    look like ours, like each other's, and like neither."""
    import fnmatch
    import itertools

    from tthc_desktop.services.leftovers import ATTACHMENT_PATTERNS, DIR_PATTERNS, FILE_PATTERNS, star_match

    pieces = ["", ".", "tthc-sao-luu-", "x", ".pdf", ".tmp", ".zip", ".partial", ".xlsx", ".khoi-phuc", "-", "*"]
    names = {"".join(p) for n in (1, 2, 3) for p in itertools.product(pieces, repeat=n)}
    names |= {".bao-cao.pdf.tmp", ".a.pdf.3f2a.tmp", "tthc-sao-luu-2026.zip.partial", ".tmp-abc", "x.partial",
              ".tthc-sao-luu-1", ".tthc-khoi-phuc-", "a.pdf.tmp", ".pdf.tmp", "..pdf.tmp", "Đơn.xlsx.1.tmp"}
    for pattern in (*DIR_PATTERNS, *FILE_PATTERNS, *ATTACHMENT_PATTERNS, "plain", "a*b*c*d"):
        for name in names:
            assert star_match(name, pattern) == fnmatch.fnmatchcase(name, pattern), (name, pattern)
