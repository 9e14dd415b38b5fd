"""Writer for the kill harness: loops over real transactions and prints ``COMMITTED ...`` after each commit.

Usage: python writer_process.py DB_PATH REPORT_DIR SEED

Each line is printed (and flushed) only after the transaction or the file replacement has returned, so the
harness knows for sure what must survive a SIGKILL at any moment. Kinds of work:

- ``import``: a plan titled ``plan-<tag>-<count>`` and its ``count`` (20-50) tasks in ONE transaction;
- ``edit``: a multi-row edit of 1-5 tasks (outcome ``edit-<seq>``) in one transaction;
- ``setting``: a settings value ``<seq>``;
- ``report``: a report file written to a temp name, fsynced, then ``os.replace``-d.

``seq`` values come from ``time.time_ns()`` so they only grow, across writer restarts too.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

from tthc_desktop.domain.entities import Plan, Task
from tthc_desktop.services.context import AppContext


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def do_import(ctx: AppContext, rng: random.Random, tag: str) -> None:
    count = rng.randint(20, 50)
    with ctx.db.atomic():
        plan_id = ctx.plans.add(Plan(title=f"plan-{tag}-{count}", year=2025, symbol=f"{tag}/KH-UBND"))
        parent = None
        for k in range(count):
            task_id = ctx.tasks.add(
                Task(plan_id=plan_id, number=str(k + 1), content=f"Nhiệm vụ số {k + 1} của kế hoạch {tag}",
                     position=k, parent_id=parent, deadline_text="Trước ngày 31/12/2025")
            )
            parent = task_id if k % 7 == 0 else parent
    say(f"COMMITTED import {plan_id} {count}")


def do_edit(ctx: AppContext, rng: random.Random) -> None:
    ids = [r[0] for r in ctx.db.execute("SELECT id FROM tasks ORDER BY random() LIMIT ?", [rng.randint(1, 5)])]
    if not ids:
        return
    seq = time.time_ns()
    with ctx.db.atomic():
        for task_id in ids:
            ctx.tasks.update_fields(task_id, {"outcome": f"edit-{seq}", "notes": "x" * rng.randint(0, 3000)})
    say(f"COMMITTED edit {seq} {','.join(map(str, ids))}")


def do_setting(ctx: AppContext, rng: random.Random) -> None:
    key = f"harness.k{rng.randint(0, 3)}"
    seq = time.time_ns()
    ctx.settings.set(key, str(seq))
    say(f"COMMITTED setting {key} {seq}")


def do_report(report_dir: Path, rng: random.Random) -> None:
    name = f"report-{rng.randint(0, 2)}.json"
    seq = time.time_ns()
    body = "Báo cáo kết quả kiểm soát TTHC. " * rng.randint(100, 3000)
    data = json.dumps({"seq": seq, "body": body, "sha256": hashlib.sha256(body.encode()).hexdigest()})
    tmp = report_dir / f".{name}.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, report_dir / name)
    say(f"COMMITTED report {name} {seq}")


def main(argv: list[str]) -> int:
    db_path, report_dir, seed = Path(argv[1]), Path(argv[2]), int(argv[3])
    rng = random.Random(seed)
    ctx = AppContext.open(db_path)
    say("READY")
    n = 0
    while True:
        n += 1
        kind = rng.choices(["import", "edit", "setting", "report"], weights=[4, 3, 2, 1])[0]
        if kind == "import":
            do_import(ctx, rng, f"{seed}.{n}")
        elif kind == "edit":
            do_edit(ctx, rng)
        elif kind == "setting":
            do_setting(ctx, rng)
        else:
            do_report(report_dir, rng)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
