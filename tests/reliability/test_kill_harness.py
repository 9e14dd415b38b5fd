"""Crash safety: a writer process is killed with SIGKILL at random moments, then the database is checked.

After every kill: ``PRAGMA integrity_check`` is "ok"; every transaction the writer reported as committed is
present; no plan is half imported (each plan ``plan-<tag>-<count>`` has exactly ``count`` tasks); every
report file is whole. The figures (kills, checks, losses) are printed in the test summary.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("writer_process.py")
KILLS = 60
SEED = 20250806


@dataclass
class Ledger:
    """What the writers reported as committed; the database must never lose any of it."""

    imports: dict[int, int] = field(default_factory=dict)  # plan id -> task count
    edits: dict[int, int] = field(default_factory=dict)  # task id -> newest committed seq
    settings: dict[str, int] = field(default_factory=dict)
    reports: dict[str, int] = field(default_factory=dict)

    def record(self, line: str) -> None:
        _, kind, *rest = line.split()
        if kind == "import":
            self.imports[int(rest[0])] = int(rest[1])
        elif kind == "edit":
            for task_id in rest[1].split(","):
                self.edits[int(task_id)] = max(self.edits.get(int(task_id), 0), int(rest[0]))
        elif kind == "setting":
            self.settings[rest[0]] = max(self.settings.get(rest[0], 0), int(rest[1]))
        elif kind == "report":
            self.reports[rest[0]] = max(self.reports.get(rest[0], 0), int(rest[1]))


def run_writer_until_killed(db: Path, reports: Path, seed: int, delay: float, ledger: Ledger) -> int:
    """Start a writer, wait for its first committed import, SIGKILL it ``delay`` seconds later.

    Waiting for progress (not wall time) keeps the harness meaningful on a loaded machine: every run
    commits real work before it dies. Returns how many commits it reported."""
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db), str(reports), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for raw in proc.stdout:
            lines.put(raw)
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    first = lines.get(timeout=30)
    assert first == "READY\n", (first, proc.stderr.read() if first is None else "")
    early: list[str] = []
    while not any(line.startswith("COMMITTED import ") for line in early):
        line = lines.get(timeout=60)
        assert line is not None, proc.stderr.read()
        early.append(line)
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, proc.returncode
    committed = 0
    for line in early:
        ledger.record(line)
        committed += 1
    while (line := lines.get_nowait()) is not None:
        if line.endswith("\n") and line.startswith("COMMITTED "):  # a torn last line was not fully reported
            ledger.record(line)
            committed += 1
    return committed


def check(db: Path, reports: Path, ledger: Ledger) -> list[str]:
    """Every problem found: an empty list means no loss and no half-written data."""
    problems = []
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        task_counts = dict(conn.execute("SELECT plan_id, count(*) FROM tasks GROUP BY plan_id").fetchall())
        for plan_id, title in conn.execute("SELECT id, title FROM plans"):
            declared = int(title.rsplit("-", 1)[1])
            if task_counts.get(plan_id, 0) != declared:
                problems.append(f"half-imported plan {plan_id}: {task_counts.get(plan_id, 0)}/{declared} tasks")
        plans = {r[0] for r in conn.execute("SELECT id FROM plans")}
        for plan_id, count in ledger.imports.items():
            if plan_id not in plans or task_counts.get(plan_id) != count:
                problems.append(f"lost import: plan {plan_id}")
        outcomes = dict(conn.execute("SELECT id, outcome FROM tasks WHERE outcome LIKE 'edit-%'").fetchall())
        for task_id, seq in ledger.edits.items():
            value = outcomes.get(task_id, "edit-0")
            if int(value.split("-")[1]) < seq:
                problems.append(f"lost edit of task {task_id}")
        settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        for key, seq in ledger.settings.items():
            if int(settings.get(key, 0)) < seq:
                problems.append(f"lost setting {key}")
    finally:
        conn.close()
    for name, seq in ledger.reports.items():
        try:
            data = json.loads((reports / name).read_text(encoding="utf-8"))
            whole = hashlib.sha256(data["body"].encode()).hexdigest() == data["sha256"]
        except (OSError, ValueError, KeyError):
            whole = False
        if not whole or data["seq"] < seq:
            problems.append(f"lost or torn report {name}")
    return problems


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(tmp_path, pytestconfig, record_property, capsys):
    import random

    rng = random.Random(SEED)
    db, reports = tmp_path / "tthc.db", tmp_path / "reports"
    reports.mkdir()
    ledger = Ledger()
    kills = checks = losses = commits = 0
    started = time.monotonic()
    for _ in range(KILLS):
        commits += run_writer_until_killed(db, reports, rng.randrange(1 << 30), rng.uniform(0.0, 0.25), ledger)
        kills += 1
        problems = check(db, reports, ledger)
        checks += 1
        losses += len(problems)
        assert not problems, f"after kill {kills}: {problems}"
    elapsed = time.monotonic() - started
    summary = (
        f"kill harness: {kills} kills, {checks} checks, {losses} losses "
        f"({commits} committed transactions checked: {len(ledger.imports)} plan imports, "
        f"{sum(ledger.imports.values())} tasks; seed {SEED}; {elapsed:.0f} s)"
    )
    record_property("kill_harness", summary)
    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    with capsys.disabled():  # shown even though pytest captures output
        if reporter is not None:
            reporter.write_line("")
            reporter.write_line(summary)
    assert kills >= 50 and checks == kills and losses == 0
    assert len(ledger.imports) >= 50, "the writer must have committed real imports between kills"


def test_the_checks_can_fail(tmp_path, ctx):
    """The checker itself: a half-imported plan, a lost commit, a lost edit and a torn report are all found."""
    from tthc_desktop.domain.entities import Plan, Task

    plan_id = ctx.plans.add(Plan(title="plan-x-30", year=2025))
    for k in range(10):
        ctx.tasks.add(Task(plan_id=plan_id, number=str(k + 1), content="việc"))
    ctx.settings.set("harness.k0", "5")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "report-0.json").write_text('{"seq": 9, "body": "a", "sha2', encoding="utf-8")
    ledger = Ledger()
    for line in ("COMMITTED import 999 20", "COMMITTED edit 7 1,2", "COMMITTED setting harness.k0 6",
                 "COMMITTED report report-0.json 9"):
        ledger.record(line)
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    problems = check(ctx.db_path, reports, ledger)
    assert problems == [
        f"half-imported plan {plan_id}: 10/30 tasks",
        "lost import: plan 999",
        "lost edit of task 1",
        "lost edit of task 2",
        "lost setting harness.k0",
        "lost or torn report report-0.json",
    ]
