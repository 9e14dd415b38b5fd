"""store.backup / store.backup_rotation: the .zip format, verification, bad files, rotation, safe install."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tthc_desktop.domain.entities import Plan, Task
from tthc_desktop.store.backup import (
    DB_MEMBER,
    MANIFEST_MEMBER,
    BackupError,
    BackupKind,
    BadBackupFile,
    check_member_name,
    create_backup,
    extract_attachments,
    read_backup_info,
    verify_backup,
)
from tthc_desktop.store.backup_rotation import install_database, list_backups, move_aside, rotate_backups

T0 = datetime(2025, 3, 1, 8, 0, 0)


def _fill(ctx, plans: int = 2, tasks: int = 3) -> None:
    for p in range(plans):
        plan_id = ctx.plans.add(Plan(title=f"Kế hoạch {p}", year=2025))
        for t in range(tasks):
            ctx.tasks.add(Task(plan_id=plan_id, number=str(t + 1), content=f"Nhiệm vụ {t}"))


def _backup(ctx, folder: Path, now: datetime = T0, kind: BackupKind = BackupKind.MANUAL, attachments=None):
    return create_backup(ctx.db.conn, folder, attachments_dir=attachments, kind=kind, now=now, app_version="9.9")


def test_backup_is_one_verified_zip_with_db_attachments_and_manifest(ctx, tmp_path):
    _fill(ctx)
    attachments = tmp_path / "attachments"
    (attachments / "ab").mkdir(parents=True)
    (attachments / "ab" / "ab12cd").write_bytes(b"%PDF-1.7 bien ban")
    info = _backup(ctx, tmp_path / "backups", attachments=attachments)
    assert info.path.name == "tthc-sao-luu-20250301-080000-manual.zip"
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [info.path.name]  # no temp left
    with zipfile.ZipFile(info.path) as zf:
        assert sorted(zf.namelist()) == ["attachments/ab/ab12cd", MANIFEST_MEMBER, DB_MEMBER]
        manifest = json.loads(zf.read(MANIFEST_MEMBER))
        copy = tmp_path / "copy.db"
        copy.write_bytes(zf.read(DB_MEMBER))
    assert manifest["app_version"] == "9.9" and manifest["created_at"] == "2025-03-01T08:00:00"
    assert manifest["row_counts"]["plans"] == 2 and manifest["row_counts"]["tasks"] == 6
    assert info.count("tasks") == 6 and info.attachment_count == 1 and info.schema_version >= 2
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # stands alone, no -wal needed
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 6
    conn.close()


def test_backup_sees_uncheckpointed_wal_data(ctx, tmp_path):
    _fill(ctx, plans=1, tasks=1)  # still in the -wal file, not in tthc.db itself
    assert Path(str(ctx.db_path) + "-wal").stat().st_size > 0
    assert _backup(ctx, tmp_path / "b").count("plans") == 1


def test_damaged_source_fails_and_keeps_no_file(ctx, tmp_path):
    _fill(ctx, plans=3, tasks=40)
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Damage an index page behind SQLite's back: the copy then fails the integrity check.
    root = ctx.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'idx_tasks_plan_id_number'").fetchone()[0]
    page = ctx.db.execute("PRAGMA page_size").fetchone()[0]
    with ctx.db_path.open("r+b") as fh:
        fh.seek((root - 1) * page + 8)
        fh.write(b"\xff" * 64)
    ctx.db.execute("PRAGMA cache_size = 0")
    ctx.db.conn.execute("SELECT 1").fetchall()
    folder = tmp_path / "backups"
    with pytest.raises(BackupError, match="không đạt kiểm tra toàn vẹn"):
        _backup(ctx, folder)
    assert list(folder.iterdir()) == []


def test_unwritable_destination_is_reported(ctx, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="Sao lưu thất bại: không ghi được vào thư mục"):
        _backup(ctx, blocker / "backups")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"manifest.json": b"{}"}, "thiếu tthc.db"),
        ({"tthc.db": b"x"}, "thiếu manifest.json"),
        ({"../evil.txt": b"x", "tthc.db": b"", "manifest.json": b"{}"}, "đường dẫn không an toàn"),
        ({"/etc/passwd": b"x"}, "đường dẫn không an toàn"),
        ({"attachments/../../x": b"x"}, "đường dẫn không an toàn"),
        ({"C:\\Windows\\x": b"x"}, "đường dẫn không an toàn"),
        ({"tthc.db": b"x", "manifest.json": b"not json"}, "không đọc được"),
        ({"tthc.db": b"x", "manifest.json": b'{"format": "khac"}'}, "không phải là bản sao lưu"),
    ],
)
def test_bad_backup_files_are_refused(tmp_path, members, message):
    with pytest.raises(BadBackupFile, match=message):
        read_backup_info(_zip(tmp_path / "b.zip", members))


def test_not_a_zip_and_missing_file(tmp_path):
    (tmp_path / "a.zip").write_text("không phải zip")
    with pytest.raises(BadBackupFile, match="không phải tệp .zip hợp lệ"):
        read_backup_info(tmp_path / "a.zip")
    with pytest.raises(BadBackupFile, match="Không tìm thấy"):
        read_backup_info(tmp_path / "none.zip")


def _rewrite(src: Path, dst: Path, db: bytes | None = None, **manifest_changes) -> Path:
    with zipfile.ZipFile(src) as zf:
        manifest = json.loads(zf.read(MANIFEST_MEMBER)) | manifest_changes
        data = zf.read(DB_MEMBER) if db is None else db
    return _zip(dst, {DB_MEMBER: data, MANIFEST_MEMBER: json.dumps(manifest).encode()})


def test_verify_rejects_tampered_or_damaged_database(ctx, tmp_path):
    _fill(ctx)
    good = _backup(ctx, tmp_path / "b")
    assert verify_backup(good.path, tmp_path / "ok.db").count("plans") == 2
    with zipfile.ZipFile(good.path) as zf:
        data = bytearray(zf.read(DB_MEMBER))
    data[4096:4196] = b"\xab" * 100  # the b-tree header of page 2
    tampered = _rewrite(good.path, tmp_path / "t.zip", bytes(data))
    with pytest.raises(BadBackupFile, match="SHA-256"):
        verify_backup(tampered, tmp_path / "t.db")
    import hashlib

    damaged = _rewrite(good.path, tmp_path / "d.zip", bytes(data), db_sha256=hashlib.sha256(data).hexdigest())
    with pytest.raises(BadBackupFile, match="không đạt kiểm tra toàn vẹn|bị hỏng"):
        verify_backup(damaged, tmp_path / "d.db")
    bigger = _rewrite(good.path, tmp_path / "s.zip", db_size=10)
    with pytest.raises(BadBackupFile, match="kích thước"):
        verify_backup(bigger, tmp_path / "s.db")


def test_member_names():
    assert check_member_name("attachments/ab/ab12")
    for bad in ("", "/x", "\\x", "../x", "a/../../x", "C:/x", "a\\..\\x", "a/b:c"):
        assert not check_member_name(bad), bad


def test_extract_attachments_adds_missing_and_keeps_existing(ctx, tmp_path):
    src = tmp_path / "att"
    src.mkdir()
    (src / "aa").write_bytes(b"one")
    (src / "bb").write_bytes(b"two")
    info = _backup(ctx, tmp_path / "b", attachments=src)
    dest = tmp_path / "restored"
    dest.mkdir()
    (dest / "aa").write_bytes(b"one")
    (dest / "zz").write_bytes(b"newer file not in the backup")
    assert extract_attachments(info.path, dest) == 1
    assert sorted(p.name for p in dest.iterdir()) == ["aa", "bb", "zz"]  # nothing removed


def test_listing_and_rotation_keep_the_newest(ctx, tmp_path):
    folder = tmp_path / "b"
    made = [_backup(ctx, folder, T0 + timedelta(hours=h)) for h in range(5)]
    (folder / "ghi-chu.txt").write_text("not ours")
    (folder / "tthc-sao-luu-hong.zip").write_text("not a zip")
    assert [b.path for b in list_backups(folder)] == [b.path for b in reversed(made)]
    removed = rotate_backups(folder, 3)
    assert removed == [made[1].path, made[0].path]
    assert {p.name for p in folder.iterdir()} == {
        made[4].path.name, made[3].path.name, made[2].path.name, "ghi-chu.txt", "tthc-sao-luu-hong.zip"
    }
    assert rotate_backups(folder, 0) == [made[3].path, made[2].path]  # at least one is always kept


def test_move_aside_never_deletes(tmp_path):
    f = tmp_path / "tthc.db"
    f.write_bytes(b"junk")
    moved = move_aside(f, T0)
    assert moved.name == "tthc.db.hong-20250301-080000" and moved.read_bytes() == b"junk"
    f.write_bytes(b"junk2")
    assert move_aside(f, T0).name == "tthc.db.hong-20250301-080000-2"


def test_install_database_moves_stale_wal_aside(ctx, tmp_path):
    _fill(ctx, plans=1)
    info = _backup(ctx, tmp_path / "b")
    staged = tmp_path / "staged.db"
    verify_backup(info.path, staged)
    target = tmp_path / "target" / "tthc.db"
    target.parent.mkdir()
    target.write_bytes(b"old")
    Path(str(target) + "-wal").write_bytes(b"old wal frames")
    Path(str(target) + "-shm").write_bytes(b"\0" * 10)
    moved = install_database(staged, target, T0)
    assert [p.name for p in moved] == ["tthc.db-wal.cu-20250301-080000"]
    assert moved[0].read_bytes() == b"old wal frames"
    assert not Path(str(target) + "-shm").exists()
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
    conn.close()
