"""`tthc-desktop backup`, `backup list` and `restore` as a user runs them, including bad backup files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path


def run_cli(*args: str, cwd: Path):
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def plans(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM plans ORDER BY id")]
    finally:
        conn.close()


def add_plan(db: Path, title: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO plans (title, year) VALUES (?, 2025)", [title])
    conn.close()


def test_backup_list_restore_and_undo(tmp_path):
    db = tmp_path / "data" / "tthc.db"
    assert run_cli("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0
    add_plan(db, "Kế hoạch A")
    made = run_cli("backup", "--db", str(db), "--json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    info = json.loads(made.stdout)
    assert Path(info["path"]).parent == db.parent / "backups" and info["row_counts"]["plans"] == 1

    add_plan(db, "Kế hoạch B")
    listed = run_cli("backup", "list", "--db", str(db), cwd=tmp_path)
    assert listed.returncode == 0 and "kế hoạch: 1, nhiệm vụ: 0" in listed.stdout

    restored = run_cli("restore", info["path"], "--db", str(db), "--json", cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    result = json.loads(restored.stdout)
    assert plans(db) == ["Kế hoạch A"]
    undo = run_cli("restore", result["safety_backup"]["path"], "--db", str(db), cwd=tmp_path)
    assert undo.returncode == 0, undo.stderr
    assert "Bản trước khi khôi phục được lưu tại" in undo.stdout
    assert plans(db) == ["Kế hoạch A", "Kế hoạch B"]


def test_backup_to_another_folder(tmp_path):
    db = tmp_path / "tthc.db"
    out = run_cli("backup", "--db", str(db), "--to", str(tmp_path / "usb"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"Đã sao lưu: {tmp_path / 'usb'}")
    assert len(list((tmp_path / "usb").glob("tthc-sao-luu-*.zip"))) == 1


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_bad_backup_files_exit_2_in_vietnamese_and_change_nothing(tmp_path):
    db = tmp_path / "tthc.db"
    assert run_cli("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0
    add_plan(db, "Giữ nguyên")
    (tmp_path / "text.zip").write_text("không phải zip")
    cases = {
        "text.zip": "không phải tệp .zip hợp lệ",
        "nodb.zip": "thiếu tthc.db",
        "slip.zip": "đường dẫn không an toàn",
        "abs.zip": "đường dẫn không an toàn",
        "missing.zip": "Không tìm thấy tệp sao lưu",
    }
    _zip(tmp_path / "nodb.zip", {"manifest.json": b"{}"})
    _zip(tmp_path / "slip.zip", {"../../evil": b"x", "tthc.db": b"", "manifest.json": b"{}"})
    _zip(tmp_path / "abs.zip", {"/tmp/evil": b"x"})
    for name, message in cases.items():
        result = run_cli("restore", str(tmp_path / name), "--db", str(db), cwd=tmp_path)
        assert result.returncode == 2, (name, result.stderr)
        assert result.stderr.startswith("Lỗi: ") and message in result.stderr, (name, result.stderr)
    assert plans(db) == ["Giữ nguyên"]
    assert not (tmp_path.parent / "evil").exists()
    assert not (tmp_path / "backups").exists()  # refused before any pre-restore backup


def test_restore_rescues_a_file_that_is_not_sqlite(tmp_path):
    db = tmp_path / "tthc.db"
    assert run_cli("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0
    add_plan(db, "A")
    path = json.loads(run_cli("backup", "--db", str(db), "--json", cwd=tmp_path).stdout)["path"]
    db.write_bytes(b"hong")
    broken = run_cli("db", "info", "--db", str(db), cwd=tmp_path)
    assert broken.returncode == 1 and "hãy khôi phục từ bản sao lưu" in broken.stderr
    fixed = run_cli("restore", path, "--db", str(db), cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    assert "Tệp cũ được giữ lại (không xóa)" in fixed.stdout
    assert plans(db) == ["A"]
    assert [p.read_bytes() for p in tmp_path.glob("tthc.db.hong-*")] == [b"hong"]
