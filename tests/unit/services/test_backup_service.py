"""services.backup_service: settings-driven folder and rotation, daily and on-close backups, undoable restore."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tthc_desktop.domain.entities import Plan
from tthc_desktop.services import backup_service as bs
from tthc_desktop.services.events import DATABASE_REPLACED
from tthc_desktop.store.backup import BackupKind, BadBackupFile
from tthc_desktop.store.errors import NotADatabase

T0 = datetime(2025, 3, 1, 8, 0, 0).astimezone()


def titles(ctx) -> list[str]:
    return sorted(p.title for p in ctx.plans.all())


def test_folder_and_rotation_come_from_settings(ctx, tmp_path):
    assert bs.backup_folder(ctx) == ctx.data_dir / "backups"
    assert bs.keep_count(ctx) == 10
    ctx.settings.set("backup.dir", str(tmp_path / "usb"))
    ctx.settings.set("backup.keep", "3")
    made = [bs.make_backup(ctx, now=T0 + timedelta(minutes=m)) for m in range(5)]
    assert [b.path for b in bs.available_backups(ctx)] == [b.path for b in reversed(made[2:])]
    assert all(b.path.parent == tmp_path / "usb" for b in made)
    other = bs.make_backup(ctx, to=tmp_path / "elsewhere", now=T0)
    assert other.path.exists() and len(bs.available_backups(ctx)) == 3  # --to never rotates anything


def test_daily_backup_is_made_when_the_newest_automatic_one_is_a_day_old(ctx):
    first = bs.backup_if_due(ctx, T0)
    assert first is not None and first.kind == "auto"
    assert bs.backup_if_due(ctx, T0 + timedelta(hours=23)) is None
    bs.make_backup(ctx, now=T0 + timedelta(hours=24, minutes=30))  # a manual backup is not the daily one
    second = bs.backup_if_due(ctx, T0 + timedelta(hours=25))
    assert second is not None and second.created_at == T0 + timedelta(hours=25)


def test_close_backup_is_skipped_when_nothing_changed(ctx):
    assert bs.backup_on_close(ctx, T0) is not None
    assert bs.backup_on_close(ctx, T0 + timedelta(minutes=1)) is None
    ctx.plans.add(Plan(title="mới", year=2025))
    assert bs.backup_on_close(ctx, T0 + timedelta(minutes=2)).count("plans") == 1


def test_restore_brings_data_back_and_can_itself_be_undone(ctx):
    ctx.plans.add(Plan(title="A", year=2025))
    backup = bs.make_backup(ctx, now=T0)
    ctx.plans.add(Plan(title="B", year=2025))
    seen = []
    ctx.events.subscribe(DATABASE_REPLACED, lambda ctx: seen.append(ctx))
    outcome = bs.restore_backup(ctx, backup.path, T0 + timedelta(hours=1))
    new = outcome.ctx
    try:
        assert titles(new) == ["A"]
        assert seen == [ctx] and new is ctx and new.lock.held  # reopened in place
        assert outcome.safety_backup.kind == BackupKind.PRE_RESTORE and outcome.safety_backup.count("plans") == 2
        undo = bs.restore_backup(new, outcome.safety_backup.path, T0 + timedelta(hours=2))
        assert titles(undo.ctx) == ["A", "B"]
        assert undo.ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert undo.ctx.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        new = undo.ctx if "undo" in locals() else new
        new.db.conn.close()


def test_bad_backup_is_refused_before_anything_is_touched(ctx, tmp_path):
    ctx.plans.add(Plan(title="A", year=2025))
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(BadBackupFile):
        bs.restore_backup(ctx, bad)
    assert titles(ctx) == ["A"]  # still open and unchanged
    assert bs.available_backups(ctx) == []  # and no pre-restore backup was made for nothing


def test_restore_over_a_file_that_is_not_sqlite_keeps_it_aside(db_path, tmp_path):
    from tthc_desktop.services.context import AppContext

    with AppContext.open(db_path) as ctx:
        ctx.plans.add(Plan(title="A", year=2025))
        backup = bs.make_backup(ctx, now=T0)
    db_path.write_bytes(b"day khong phai SQLite" * 10)
    with pytest.raises(NotADatabase):
        AppContext.open(db_path).close()
    outcome = bs.restore_database(db_path, backup.path, T0 + timedelta(hours=1))
    try:
        assert titles(outcome.ctx) == ["A"]
        assert outcome.safety_backup is None
        kept = outcome.moved_aside[0]
        assert kept.name == "tthc.db.hong-20250301-090000" and kept.read_bytes() == b"day khong phai SQLite" * 10
    finally:
        outcome.ctx.close()


def test_damaged_database_is_diagnosed_naming_the_backup_and_restored(db_path):
    from tthc_desktop.services.context import AppContext

    with AppContext.open(db_path) as ctx:
        for n in range(40):
            ctx.plans.add(Plan(title=f"Kế hoạch {n}", year=2025, symbol=f"{n}/KH"))
        backup = bs.make_backup(ctx, now=T0)
        ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = ctx.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'idx_plans_symbol'").fetchone()[0]
        page = ctx.db.execute("PRAGMA page_size").fetchone()[0]
    damaged = bytearray(db_path.read_bytes())
    damaged[(root - 1) * page : (root - 1) * page + 200] = b"\xee" * 200
    db_path.write_bytes(bytes(damaged))
    with AppContext.open(db_path) as ctx:  # the header is fine: it opens, but the check finds the damage
        problem = bs.database_problem(ctx)
        assert problem.startswith(f"Cơ sở dữ liệu {db_path} bị hỏng")
        assert str(backup.path) in problem and "không bị xóa" in problem
        with pytest.raises(bs.BackupError, match=str(backup.path).replace(".", r"\.")):
            bs.make_backup(ctx, now=T0 + timedelta(minutes=5))
    outcome = bs.restore_database(db_path, backup.path, T0 + timedelta(hours=1))
    try:
        assert bs.database_problem(outcome.ctx) is None
        assert len(outcome.ctx.plans.all()) == 40
        assert outcome.moved_aside[0].read_bytes() == bytes(damaged)  # the damaged file is kept, not deleted
    finally:
        outcome.ctx.close()


def test_attachments_come_back(ctx):
    import hashlib

    sha = hashlib.sha256(b"bien ban").hexdigest()  # content-addressed, as store/attachments.py names them
    att = ctx.data_dir / "attachments" / sha[:2]
    att.mkdir(parents=True)
    (att / f"{sha[2:]}.pdf").write_bytes(b"bien ban")
    backup = bs.make_backup(ctx, now=T0)
    (att / f"{sha[2:]}.pdf").unlink()
    outcome = bs.restore_backup(ctx, backup.path, T0 + timedelta(hours=1))
    outcome.ctx.db.conn.close()
    assert (att / f"{sha[2:]}.pdf").read_bytes() == b"bien ban"
    assert outcome.restored.attachment_count == 1
    assert isinstance(backup.path, Path)


def test_readers_are_told_before_the_file_is_replaced(ctx):
    """Background readers (the dashboard loader) must close the file first: Windows cannot replace an open file."""
    from tthc_desktop.services.events import DATABASE_REPLACING

    backup = bs.make_backup(ctx, now=datetime(2025, 6, 1, 8, 0)).path
    seen: list[str] = []
    ctx.events.subscribe(DATABASE_REPLACING, lambda **_: seen.append(
        "open" if ctx.db.execute("SELECT 1").fetchone() == (1,) else "closed"))
    ctx.events.subscribe(DATABASE_REPLACED, lambda **_: seen.append("replaced"))
    bs.restore_backup(ctx, backup, now=datetime(2025, 6, 1, 9, 0))
    assert seen == ["open", "replaced"]  # told while our own connection was still open, then after
