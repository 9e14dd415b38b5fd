"""Environment faults, each met with a clear Vietnamese message and no data lost.

Network share, read-only folder (chattr +i as root, who ignores permissions; chmod otherwise), full disk
(SQLite's own SQLITE_FULL through PRAGMA max_page_count, and RLIMIT_FSIZE for a backup), a database locked by
another process (an SQLite write lock, and our lock file), a file that is not SQLite or is damaged.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tthc_desktop.domain.entities import Plan, Task
from tthc_desktop.services import backup_service as bs
from tthc_desktop.services.context import AppContext
from tthc_desktop.store import database
from tthc_desktop.store.database import open_database, store_errors
from tthc_desktop.store.errors import (
    DatabaseInUse,
    DiskFull,
    NotADatabase,
    ReadOnlyLocation,
    UnsupportedLocation,
)


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make paths unwritable for real: root ignores modes, so use the immutable attribute there."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", *map(str, paths)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
    else:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)


def test_network_share_is_refused_through_app_context(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"//server/tthc {share} cifs rw 0 0\n/dev/vda / ext4 rw 0 0\n")
    monkeypatch.setattr(database.check_location, "__defaults__", (mounts,))
    with pytest.raises(UnsupportedLocation, match="Không thể dùng cơ sở dữ liệu trên thư mục mạng \\(cifs\\)"):
        AppContext.open(share / "tthc.db")
    assert not (share / "tthc.db").exists()
    AppContext.open(tmp_path / "local.db").close()  # the lock was released and local folders still work


def test_read_only_folder_with_existing_data(db_path):
    with AppContext.open(db_path) as ctx:
        ctx.plans.add(Plan(title="Kế hoạch đã lưu", year=2025))
    before = db_path.read_bytes()
    with read_only(db_path.parent):
        with pytest.raises(ReadOnlyLocation) as err:
            AppContext.open(db_path)
        assert f"thư mục {db_path.parent} chỉ cho phép đọc" in str(err.value)
        assert "Dữ liệu không bị thay đổi" in str(err.value)
    assert db_path.read_bytes() == before
    with AppContext.open(db_path) as ctx:
        assert [p.title for p in ctx.plans.all()] == ["Kế hoạch đã lưu"]


def test_read_only_files_and_folder(db_path):
    open_database(db_path).conn.close()
    with read_only(db_path, db_path.parent), pytest.raises(ReadOnlyLocation, match="chỉ cho phép đọc"):
        open_database(db_path)


def test_new_database_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder), pytest.raises(ReadOnlyLocation, match="không có quyền ghi"):
        open_database(folder / "tthc.db")


def test_backup_into_a_read_only_folder_is_reported(ctx, tmp_path):
    folder = tmp_path / "backups-ro"
    folder.mkdir()
    with read_only(folder), pytest.raises(bs.BackupError, match="chỉ cho phép đọc hoặc không có quyền ghi"):
        bs.make_backup(ctx, to=folder)
    assert list(folder.iterdir()) == []


def test_full_disk_rolls_back_the_whole_import_with_a_clear_message(ctx):
    ctx.plans.add(Plan(title="Kế hoạch cũ", year=2025))
    pages = ctx.db.execute("PRAGMA page_count").fetchone()[0]
    ctx.db.execute(f"PRAGMA max_page_count = {pages + 3}")  # SQLite then answers SQLITE_FULL for real
    with pytest.raises(DiskFull) as err, store_errors(ctx.db_path), ctx.db.atomic():
        plan_id = ctx.plans.add(Plan(title="Kế hoạch lớn", year=2025))
        for n in range(500):
            ctx.tasks.add(Task(plan_id=plan_id, number=str(n + 1), content="Nội dung nhiệm vụ " * 20))
    assert "đã đầy" in str(err.value) and "dữ liệu đã có vẫn nguyên vẹn" in str(err.value)
    assert [p.title for p in ctx.plans.all()] == ["Kế hoạch cũ"]  # nothing half-written
    assert ctx.tasks.count() == 0
    assert ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_onto_a_full_disk_keeps_no_partial_file(ctx, tmp_path):
    for n in range(30):
        ctx.plans.add(Plan(title=f"Kế hoạch {n} " + "x" * 2000, year=2025))
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = tmp_path / "full"
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from tthc_desktop.services import backup_service as bs
        from tthc_desktop.services.context import AppContext
        ctx = AppContext.open({str(tmp_path / "copy.db")!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))  # every file may grow to 16 KiB only
        try:
            bs.make_backup(ctx, to=__import__("pathlib").Path({str(folder)!r}))
        except bs.BackupError as exc:
            print(exc)
            sys.exit(7)
        """
    )
    copy = sqlite3.connect(tmp_path / "copy.db")
    ctx.db.conn.backup(copy)
    copy.close()
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 7, result.stderr
    assert result.stdout.startswith("Sao lưu thất bại: không ghi được tệp tthc-sao-luu-")  # the file, named
    assert f"vào thư mục {folder}" in result.stdout
    assert "ổ đĩa đã đầy" in result.stdout
    assert [p.name for p in folder.iterdir()] == []  # partial zip and temp folder removed


def test_database_write_locked_by_another_program(ctx):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys, time
            conn = sqlite3.connect({str(ctx.db_path)!r}, isolation_level=None)
            conn.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            sys.stdin.readline()
            conn.execute("ROLLBACK")
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        ctx.db.execute("PRAGMA busy_timeout = 200")
        with pytest.raises(DatabaseInUse, match="đang bị một chương trình khác khóa"), store_errors(ctx.db_path):
            ctx.plans.add(Plan(title="Không lưu được lúc này", year=2025))
    finally:
        holder.communicate("\n", timeout=30)
    ctx.plans.add(Plan(title="Lưu được sau khi mở khóa", year=2025))
    assert [p.title for p in ctx.plans.all()] == ["Lưu được sau khi mở khóa"]


def test_second_window_on_the_same_database(ctx):
    with pytest.raises(DatabaseInUse, match="đang được mở bởi một cửa sổ TTHC Desktop khác"):
        AppContext.open(ctx.db_path)
    ctx.plans.add(Plan(title="vẫn ghi được", year=2025))  # the first one is unaffected


def test_not_sqlite_is_kept_and_the_message_offers_the_backup(db_path):
    with AppContext.open(db_path) as ctx:
        backup = bs.make_backup(ctx)
    db_path.write_bytes(b"PK\x03\x04 day la tep zip chu khong phai SQLite")
    with pytest.raises(NotADatabase, match="hãy khôi phục từ bản sao lưu"):
        AppContext.open(db_path)
    assert db_path.read_bytes().startswith(b"PK")  # never deleted nor "repaired"
    advice = bs.restore_advice(db_path)
    assert str(backup.path) in advice and "tthc-desktop restore" in advice
