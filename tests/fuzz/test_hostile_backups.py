"""Hostile-input suite, backups and restores (issue 18 §4–6): crafted backups against ``restore_backup``.

Allowed outcomes per case: the restore succeeds with a database that passes the checks (schema as
the migrations make it, this machine's settings kept, rows counted), or it is refused with a
Vietnamese StoreError and the live database is byte-identical, the attachment folder unchanged and
no pre-restore backup made. Anything else is a failure; a refusal that changed the data is "data lost".

Cases (fixed seed ``mutators.SEED``): 60 unsafe member sets, 40 schema changes, 20 forged manifests
and machine settings, 20 attachment cases (wrong hash, forged size, foreign names), and 6 bombs
restored in a subprocess under ``RLIMIT_AS`` (1.5 GiB) so a regression fails instead of swapping.
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
import textwrap
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import hostile_figures
import mutators as mut
import pytest
from hostile_backups import rebuild, zero_bomb

from tthc_desktop.domain.entities import Plan, Task, TaskUpdate
from tthc_desktop.services import backup_service as bs
from tthc_desktop.store.errors import StoreError

T0 = datetime(2025, 3, 1, 8, 0, 0).astimezone()
UNSAFE = [".", "..", "./x", "a/../../x", "/etc/x", "\\x", "C:/x", "c:x", "a//b", "a/./b", "x.", "x ",
          "..\\..\\x", "a/b/..", "attachments/.", "attachments/..", "attachments//"]
TRIGGER_TABLES = ["plans", "tasks", "task_updates", "settings", "units", "task_due_dates"]


def _state(ctx):
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    att = ctx.data_dir / "attachments"
    return ctx.db_path.read_bytes(), sorted(str(p) for p in att.rglob("*")) if att.exists() else []


def _members(rng: random.Random) -> list[tuple[str, bytes]]:
    kind = rng.randrange(4)
    if kind == 0:
        return [(rng.choice(["attachments/", "", "x/"]) + rng.choice(UNSAFE), b"x")]
    if kind == 1:
        base = "attachments/" + "".join(rng.choice("abAB") for _ in range(3))
        pair = [(base, b"1"), (base + "/" + rng.choice(["b", "c/d"]), b"2")]
        return pair if rng.random() < 0.5 else pair[::-1]
    if kind == 2:
        name = "attachments/" + "".join(rng.choice("xyXY") for _ in range(4)) + ".pdf"
        return [(name, b"1"), (name.upper() if rng.random() < 0.5 else name.lower(), b"2")]
    noise = "".join(chr(rng.randrange(32, 0x2FF)) for _ in range(rng.randrange(1, 30)))
    return [(rng.choice(["", "attachments/"]) + noise, b"z"), ("attachments/" + rng.choice(UNSAFE[:6]), b"z")]


def _schema_sql(rng: random.Random) -> list[str]:
    table = rng.choice(TRIGGER_TABLES)
    kind = rng.randrange(6)
    if kind == 0:
        return [f"CREATE TRIGGER t{rng.randrange(999)} AFTER INSERT ON {table} BEGIN DELETE FROM task_updates; END"]
    if kind == 1:
        return [f"CREATE VIEW v{rng.randrange(999)} AS SELECT * FROM {table}"]
    if kind == 2:
        return [rng.choice(["ALTER TABLE plans DROP COLUMN issuer", "ALTER TABLE task_updates DROP COLUMN percent",
                            "ALTER TABLE task_updates DROP COLUMN note", "ALTER TABLE plans DROP COLUMN source_file"])]
    if kind == 3:
        return [f"ALTER TABLE {table} ADD COLUMN extra{rng.randrange(99)} TEXT"]
    if kind == 4:
        return ["DROP TRIGGER tasks_search_ai",
                "CREATE TRIGGER tasks_search_ai AFTER INSERT ON tasks BEGIN DELETE FROM task_updates; END"]
    return [f"CREATE TABLE la{rng.randrange(999)} (x)"]


@pytest.fixture
def world(ctx, tmp_path):
    plan = ctx.plans.add(Plan(title="Kế hoạch gốc", year=2025))
    task = ctx.tasks.add(Task(plan_id=plan, number="1", content="Việc có tiến độ"))
    ctx.tasks.add_update(TaskUpdate(task_id=task, updated_on=T0.date(), note="70%", percent=70))
    genuine = bs.make_backup(ctx, to=tmp_path / "goc", now=T0).path
    ctx.plans.add(Plan(title="Kế hoạch sau bản sao lưu", year=2025))
    ctx.settings.set("backup.keep", "9")
    return genuine


def _attempt(ctx, bad: Path, stats: dict, *, expect_refusal: bool) -> None:
    stats["cases"] += 1
    before, backups_before = _state(ctx), bs.available_backups(ctx)
    try:
        outcome = bs.restore_backup(ctx, bad, T0 + timedelta(hours=stats["cases"]))
    except StoreError as exc:
        if _state(ctx) != before or bs.available_backups(ctx) != backups_before:
            stats["data_lost"] += 1
        if not str(exc) or "Traceback" in str(exc):
            stats["failures"] += 1
        return
    except Exception as exc:  # anything else is a crash
        stats["failures"] += 1
        stats.setdefault("crashes", []).append(repr(exc)[:200])
        return
    ok = outcome.safety_backup is not None and ctx.settings.get("backup.keep") == "9"
    ok &= ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ok &= outcome.restored.count("plans") == ctx.db["plans"].count
    if expect_refusal or not ok:
        stats["failures"] += 1
        stats.setdefault("accepted", []).append(bad.name)


def test_hostile_backups_are_refused_whole_or_restored_safely(ctx, world, tmp_path):
    stats = {"cases": 0, "failures": 0, "data_lost": 0}
    for k in range(60):
        rng = random.Random(mut.SEED + k)
        _attempt(ctx, rebuild(world, tmp_path / f"m{k}.zip", extra=_members(rng)), stats, expect_refusal=True)
    for k in range(40):
        rng = random.Random(mut.SEED + 100 + k)
        _attempt(ctx, rebuild(world, tmp_path / f"s{k}.zip", db_sql=_schema_sql(rng)), stats, expect_refusal=True)
    for k in range(20):  # lies and foreign settings: restored, with counts and settings of our own
        rng = random.Random(mut.SEED + 200 + k)
        sql = [f"INSERT OR REPLACE INTO settings (key, value) VALUES ('{key}', '{rng.randrange(1, 3)}')"
               for key in ("backup.keep", "backup.dir") if rng.random() < 0.7]
        _attempt(ctx, rebuild(world, tmp_path / f"f{k}.zip", db_sql=sql, manifest={
            "row_counts": {"plans": rng.randrange(10**6), "tasks": rng.randrange(10**6)}}), stats,
            expect_refusal=False)
    for k in range(20):
        rng = random.Random(mut.SEED + 300 + k)
        data = rng.randbytes(rng.randrange(1, 5000))
        sha = hashlib.sha256(data).hexdigest()
        kind = k % 3
        if kind == 0:  # content does not match its content-address
            extra = [(f"attachments/{sha[:2]}/{sha[2:]}.pdf", data + b"!")]
        elif kind == 1:  # a genuine attachment beside a foreign file name: restored, foreign skipped
            extra = [(f"attachments/{sha[:2]}/{sha[2:]}.pdf", data), ("attachments/desktop.ini", b"[x]")]
        else:  # a size declared far too large
            extra = [(f"attachments/{sha[:2]}/{sha[2:]}.bin", data)]
        bad = rebuild(world, tmp_path / f"a{k}.zip", extra=extra)
        if kind == 2:
            from hostile_backups import forge_declared_size

            forge_declared_size(bad, extra[0][0], 3 * 1024**3)
        _attempt(ctx, bad, stats, expect_refusal=kind != 1)
    hostile_figures.record("backups/restores", cases=stats["cases"], failures=stats["failures"],
                           data_lost=stats["data_lost"])
    assert stats["failures"] == 0 and stats["data_lost"] == 0, stats


BOMB_SCRIPT = textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))
    from tthc_desktop.services import backup_service as bs
    from tthc_desktop.services.context import AppContext
    from tthc_desktop.store.errors import StoreError
    ctx = AppContext.open(sys.argv[1])
    refused = 0
    for name in sys.argv[2:]:
        before = Path(sys.argv[1]).read_bytes()
        try:
            bs.restore_backup(ctx, Path(name))
        except StoreError:
            refused += Path(sys.argv[1]).read_bytes() == before
    print(refused)
""")


def test_backup_bombs_are_refused_under_a_memory_limit(ctx, world, tmp_path):
    bombs = [
        zero_bomb(tmp_path / "b1.zip", world, size=16 * 1024**2),  # ratio ~1000:1
        zero_bomb(tmp_path / "b2.zip", world, size=8 * 1024**2, declared=2 * 1024**3),  # declared 2 GiB
        zero_bomb(tmp_path / "b3.zip", world, size=8 * 1024**2, declared=1024),  # declared tiny
    ]
    many = tmp_path / "b4.zip"  # more members than any backup of ours
    with zipfile.ZipFile(world) as src, zipfile.ZipFile(many, "w") as zf:
        for n in src.namelist():
            zf.writestr(n, src.read(n))
        for i in range(100_001):
            zf.writestr(f"attachments/{i:06d}", b"")
    db_bomb = rebuild(world, tmp_path / "b5.zip", manifest={"db_size": 5 * 1024**3})
    total = rebuild(world, tmp_path / "b6.zip")
    from hostile_backups import forge_declared_size

    forge_declared_size(total, "tthc.db", 0xFFFFFFF0)  # the database member claims 4 GiB
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = ctx.db_path
    ctx.close()
    files = [bombs[0], bombs[1], bombs[2], many, db_bomb, total]
    result = subprocess.run([sys.executable, "-c", BOMB_SCRIPT, str(db), *map(str, files)], capture_output=True,
                            text=True, timeout=600)
    refused = int(result.stdout.strip() or -1) if result.returncode == 0 else -1
    failures = len(files) - max(refused, 0)
    hostile_figures.record("backup bombs (RLIMIT_AS)", cases=len(files), failures=failures,
                           data_lost=0 if refused == len(files) else failures)
    assert result.returncode == 0 and refused == len(files), result.stderr[-2000:]
