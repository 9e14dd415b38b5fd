"""Issue 18 §4–6: a refused backup changes nothing (the database stays byte-identical), the restored
database is checked against the migrations, this machine's settings are kept, rows are counted, and
attachments are bomb-guarded and hash-checked."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import pytest
from hostile_backups import rebuild, zero_bomb

from tthc_desktop.domain.entities import Plan
from tthc_desktop.services import backup_service as bs
from tthc_desktop.store.backup import BadBackupFile
from tthc_desktop.store.errors import StoreError

T0 = datetime(2025, 3, 1, 8, 0, 0).astimezone()


def _state(ctx):
    """The database file's bytes (checkpointed) and the attachment folder's listing."""
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    att = ctx.data_dir / "attachments"
    files = sorted(str(p.relative_to(att)) for p in att.rglob("*")) if att.exists() else []
    return ctx.db_path.read_bytes(), files


@pytest.fixture
def genuine(ctx, tmp_path):
    ctx.plans.add(Plan(title="Kế hoạch trong bản sao lưu", year=2025))
    backup = bs.make_backup(ctx, to=tmp_path / "ngoai", now=T0).path
    ctx.plans.add(Plan(title="Kế hoạch mới hơn", year=2025))
    return backup


def _refused(ctx, bad, match):
    before = _state(ctx)
    backups_before = bs.available_backups(ctx)
    with pytest.raises(StoreError, match=match):
        bs.restore_backup(ctx, bad, T0 + timedelta(hours=1))
    assert _state(ctx) == before  # byte-identical, attachments untouched
    assert bs.available_backups(ctx) == backups_before  # not even a pre-restore backup
    assert not list(ctx.data_dir.glob(".tthc-khoi-phuc-*"))


@pytest.mark.parametrize("extra", [
    [("attachments/.", b"x")],
    [("attachments/a", b"x"), ("attachments/a/b", b"y")],
    [("attachments/a/b", b"y"), ("attachments/a", b"x")],
    [("attachments/ab/../../x", b"x")],
    [("/etc/passwd", b"x")],
    [("attachments//x", b"x")],
    [("attachments/X.pdf", b"1"), ("attachments/x.PDF", b"2")],
])
def test_unsafe_members_are_refused_before_anything_changes(ctx, genuine, tmp_path, extra):
    _refused(ctx, rebuild(genuine, tmp_path / "xau.zip", extra=extra), "không an toàn|trùng|vừa là tệp")


@pytest.mark.parametrize("sql,match", [
    (["CREATE TRIGGER xoa_tien_do AFTER INSERT ON plans BEGIN DELETE FROM task_updates; END"], "trigger xoa_tien_do"),
    (["CREATE VIEW v AS SELECT 1"], "view v"),
    (["ALTER TABLE plans DROP COLUMN issuer"], "cột của bảng plans"),
    (["DROP TRIGGER tasks_search_ai",
      "CREATE TRIGGER tasks_search_ai AFTER INSERT ON tasks BEGIN DELETE FROM task_updates; END"], "tasks_search_ai"),
    (["CREATE TABLE la (x)"], "table la"),
])
def test_foreign_schema_is_refused(ctx, genuine, tmp_path, sql, match):
    _refused(ctx, rebuild(genuine, tmp_path / "xau.zip", db_sql=sql), match)


def test_machine_local_settings_are_kept_and_rows_counted(ctx, genuine, tmp_path):
    mine = tmp_path / "sao-luu-cua-may-nay"
    ctx.settings.set("backup.keep", "7")
    ctx.settings.set("backup.dir", str(mine))
    crafted = rebuild(genuine, tmp_path / "cai-dat.zip", db_sql=[
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('backup.keep', '1')",
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('backup.dir', '/tmp/noi-khac')",
    ], manifest={"row_counts": {"plans": 999, "tasks": 12345}})
    outcome = bs.restore_backup(ctx, crafted, T0 + timedelta(hours=1))
    try:
        assert ctx.settings.get("backup.keep") == "7" and ctx.settings.get("backup.dir") == str(mine)
        assert outcome.restored.count("plans") == 1 and outcome.restored.count("tasks") == 0  # counted, not echoed
        assert outcome.safety_backup.path.parent == mine
    finally:
        outcome.ctx.db.conn.close()


def test_attachment_bombs_and_wrong_hashes_are_refused(ctx, genuine, tmp_path):
    _refused(ctx, zero_bomb(tmp_path / "bom.zip", genuine, size=8 * 1024 * 1024, declared=2 * 1024 ** 3),
             "quá lớn")
    _refused(ctx, zero_bomb(tmp_path / "bom-ti-le.zip", genuine, size=8 * 1024 * 1024), "tỉ lệ nén")
    _refused(ctx, zero_bomb(tmp_path / "bom-nho.zip", genuine, size=8 * 1024 * 1024, declared=1000),
             "tỉ lệ nén|lớn hơn khai báo|hỏng")
    sha = hashlib.sha256(b"that").hexdigest()
    wrong = rebuild(genuine, tmp_path / "sai-bam.zip", extra=[(f"attachments/{sha[:2]}/{sha[2:]}.pdf", b"gia mao")])
    _refused(ctx, wrong, "SHA-256")


def test_a_good_attachment_is_restored(ctx, genuine, tmp_path):
    sha = hashlib.sha256(b"bien ban").hexdigest()
    good = rebuild(genuine, tmp_path / "tot.zip", extra=[(f"attachments/{sha[:2]}/{sha[2:]}.pdf", b"bien ban")])
    outcome = bs.restore_backup(ctx, good, T0 + timedelta(hours=1))
    outcome.ctx.db.conn.close()
    assert (ctx.data_dir / "attachments" / sha[:2] / f"{sha[2:]}.pdf").read_bytes() == b"bien ban"


def test_restore_database_cli_path_refuses_too(ctx, genuine, tmp_path):
    bad = rebuild(genuine, tmp_path / "xau.zip", extra=[("attachments/.", b"x")])
    db_path = ctx.db_path
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    before = db_path.read_bytes()
    with pytest.raises(BadBackupFile):
        bs.restore_database(db_path, bad)
    assert db_path.read_bytes() == before
