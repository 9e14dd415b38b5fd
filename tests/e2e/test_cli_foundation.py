"""The command line as a user runs it: --version, --smoke, db info, the lock, bad arguments."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tthc_desktop import __version__


def run_cli(*args: str, cwd: Path, env_extra: dict[str, str] | None = None, timeout: int = 120):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"} | (env_extra or {})
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_version(tmp_path):
    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_smoke_leaves_a_migrated_wal_database_and_keeps_data(tmp_path):
    result = run_cli("--smoke", "--db", "a.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    db = tmp_path / "a.db"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO plans (title, year) VALUES ('Kế hoạch thử', 2025)")
    conn.close()
    again = run_cli("--smoke", "--db", "a.db", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT title FROM plans").fetchall() == [("Kế hoạch thử",)]
    conn.close()


def test_second_process_gets_already_open_message_and_exit_3(tmp_path):
    holder_code = (
        "import sys, time; from tthc_desktop.services.context import AppContext\n"
        "ctx = AppContext.open(sys.argv[1]); print('ready', flush=True); time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", holder_code, str(tmp_path / "a.db")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for args in (("--smoke", "--db", "a.db"), ("db", "info", "--db", "a.db")):
            result = run_cli(*args, cwd=tmp_path)
            assert result.returncode == 3, (args, result.stderr)
            assert "đang được mở bởi một cửa sổ TTHC Desktop khác" in result.stderr
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    time.sleep(0.1)
    assert run_cli("db", "info", "--db", "a.db", cwd=tmp_path).returncode == 0  # lock died with the holder


def test_db_info_json(tmp_path):
    result = run_cli("db", "info", "--db", str(tmp_path / "x.db"), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["journal_mode"] == "wal"
    assert info["integrity"] == "ok"
    assert info["schema_version"] == info["latest_schema_version"]
    assert info["row_counts"]["tasks"] == 0


def test_default_database_goes_to_the_data_dir(tmp_path):
    data = tmp_path / "data"
    result = run_cli("db", "info", "--json", cwd=tmp_path, env_extra={"TTHC_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["path"] == str(data / "tthc.db")


def test_bad_arguments_exit_2_in_vietnamese(tmp_path):
    result = run_cli("db", "info", "--bogus", cwd=tmp_path)
    assert result.returncode == 2
    assert "Lỗi: tham số không hợp lệ" in result.stderr


def test_not_a_database_is_reported_and_kept(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("không phải SQLite")
    result = run_cli("db", "info", "--db", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "không phải là cơ sở dữ liệu" in result.stderr
    assert bad.read_text() == "không phải SQLite"


def test_damaged_database_message_names_the_backup(tmp_path):
    db = tmp_path / "a.db"
    assert run_cli("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0
    assert run_cli("backup", "--db", str(db), cwd=tmp_path).returncode == 0
    db.write_bytes(b"hong" * 1000)
    result = run_cli("db", "info", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 1
    assert "Hãy khôi phục từ bản sao lưu mới nhất" in result.stderr and "tthc-desktop restore" in result.stderr
    assert db.read_bytes() == b"hong" * 1000


@pytest.mark.parametrize("argv", [[], ["--smoke"], ["--db", "a.db"], ["--db=C:\\Dữ liệu\\tthc.db", "--smoke"],
                                  ["--smoke", "--db", "\\\\may-chu\\chung\\tthc.db"], ["--db", "a.db", "--db", "b.db"]])
def test_opening_the_app_reads_its_options_as_argparse_does(argv):
    """The window's start skips argparse (gui_options); what it reads must be what the parser would read."""
    from tthc_desktop.__main__ import gui_options
    from tthc_desktop.cli import parse_args

    args = parse_args(argv)
    assert args.command is None
    assert gui_options(argv) == (getattr(args, "db", None), args.smoke)


@pytest.mark.parametrize("argv", [["db", "info"], ["--help"], ["--version"], ["--smok"], ["--db"], ["--db", "-x"],
                                  ["--db="], ["--smoke", "extra"], ["-h"]])
def test_anything_else_goes_to_the_parser(argv):
    from tthc_desktop.__main__ import gui_options

    assert gui_options(argv) is None


def test_a_command_runs_with_the_cycle_collector(monkeypatch, tmp_path):
    """main() pauses the collector for the window's start-up only: a command (an import, a report) gets it back,
    and it is on again when main returns."""
    import gc

    from tthc_desktop import __main__, cli

    seen = []
    monkeypatch.setattr(cli, "run_command", lambda args: seen.append(gc.isenabled()) or 0)
    assert __main__.main(["db", "info", "--db", str(tmp_path / "a.db")]) == 0
    assert seen == [True] and gc.isenabled()
