"""Issue 18 "noise on full disks": under a full disk (RLIMIT_FSIZE, as tests/unit/store/
test_environment_faults.py simulates it) every command says so in Vietnamese: no traceback, no
"Exception ignored in ZipFile.__del__", no English "[Errno 28]" / "File too large"; nothing is replaced."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

NOISE = ("Traceback", "Exception ignored", "Errno", "File too large", "No space left", "disk I/O error")


def _cli(*args: str, limit: int | None = None, cwd: Path) -> subprocess.CompletedProcess:
    def lower_limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-W", "ignore", "-m", "tthc_desktop", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
                          preexec_fn=lower_limit if limit else None)


@pytest.fixture
def db_and_backup(tmp_path):
    db = tmp_path / "du-lieu" / "tthc.db"
    assert _cli("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0
    made = _cli("backup", "--to", str(tmp_path / "sao-luu"), "--db", str(db), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    return db, next((tmp_path / "sao-luu").glob("*.zip"))


@pytest.mark.parametrize("limit", [8_192, 40_000])
def test_full_disk_messages_are_vietnamese_and_change_nothing(db_and_backup, tmp_path, limit):
    db, backup = db_and_backup
    before = db.read_bytes()
    runs = {
        "restore": _cli("restore", str(backup), "--db", str(db), limit=limit, cwd=tmp_path),
        "backup": _cli("backup", "--to", str(tmp_path / "day"), "--db", str(db), limit=limit, cwd=tmp_path),
        "report": _cli("report", "build", "--kind", "quarterly", "--period", "2025-Q3", "--out",
                       str(tmp_path / "bao-cao"), "--db", str(db), limit=limit, cwd=tmp_path),
    }
    for name, r in runs.items():
        assert r.returncode != 0, (name, r.stdout)
        assert r.stderr.startswith("Lỗi: ") and not any(n in r.stderr for n in NOISE), (name, r.stderr)
        assert "đầy" in r.stderr, (name, r.stderr)
    assert db.read_bytes() == before
    assert not list((tmp_path / "bao-cao").glob("*.pdf")) if (tmp_path / "bao-cao").exists() else True
    assert not list(db.parent.glob(".tthc-*"))
