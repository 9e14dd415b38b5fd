"""Start-up until the overview shows its figures, peak memory, and how each figure grows from 10,000 to 100,000
tasks (ratio of the two; 10 would be linear growth, 1 flat)."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import search_cases
from cases import PYTHON, REPEATS, TODAY, Case, _env, _run, interleaved, smoke_args

# The window, as run_app builds it, kept open until the dashboard's figures and the reports box are filled.
FILLED = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tthc_desktop.services.context import AppContext
from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.settings import AppSettings
app = QApplication(sys.argv[:1])
ctx = AppContext.open(sys.argv[1])
window = MainWindow(ctx, AppSettings())
window.show()
page = window.pages["overview"]
box = getattr(page, "upcoming_reports", None)
def check():
    if page.data is not None and not page.loading and (box is None or box.title.text()):
        window.close()
        app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(2)
code = app.exec()
ctx.close()
sys.exit(code)
"""


def filled_args(work: Path, db: Path) -> list[str]:
    script = work / "filled.py"
    if not script.is_file():
        script.write_text(FILLED, encoding="utf-8")
    return [PYTHON, str(script), str(db)]


def startup_filled_case(work: Path, empty: Path, big: Path) -> Case:
    env = _env(work / "data-startup")
    timing = interleaved(lambda: _run(filled_args(work, big), env), lambda: _run(filled_args(work, empty), env))
    ours, base = timing
    return Case("Start-up until the overview is filled: 100,000 tasks vs empty db", ours, base, ours / base, 1.3,
                "<=", cpu_ratio=timing.cpu_ratio)


# ru_maxrss of a child counts the pages it shares with its parent between fork and exec: started from this
# (large, after seeding 100,000 tasks) process it reads the parent's size. A small launcher starts it instead.
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_pid, status, usage = os.wait4(proc.pid, 0)
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(proc.stderr.read()[-2000:].decode(errors="replace"))
print(usage.ru_maxrss)
"""


def peak_rss_mib(args: list[str], env: dict[str, str], runs: int = 3,
                 setup: Callable[[], object] | None = None) -> float:
    """Median peak RSS (ru_maxrss, os.wait4) of ``args``, started by a small launcher process."""
    peaks = []
    for _ in range(runs):
        if setup is not None:
            setup()
        result = subprocess.run([PYTHON, "-c", _LAUNCHER, *args], env=env, capture_output=True, text=True,
                                timeout=600)
        if result.returncode != 0:
            raise RuntimeError(f"{args} failed: {result.stderr[-2000:]}")
        peaks.append(int(result.stdout.split()[-1]) / 1024)
    return statistics.median(peaks)


def import_memory_mib(work: Path, template: Path, xlsx: Path) -> float:
    """Peak RSS of `tthc-desktop import-plan` of the 10,000-row plan into an empty database."""
    import shutil

    target = work / "import-mem.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy2(template, target)

    args = [PYTHON, "-m", "tthc_desktop", "import-plan", "--db", str(target), "--year", "2025", "--symbol", "1/KH",
            "--title", "KH", "--date", "02/01/2025", "--issuer", "UBND tỉnh", str(xlsx)]
    return peak_rss_mib(args, _env(work / "data-import"), setup=fresh)


def _collect_s(db_path: Path) -> float:
    """The dashboard's figures (dashboard_data.collect), in process, on a fresh connection: median of REPEATS."""
    from tthc_desktop.services.dashboard_data import collect
    from tthc_desktop.store.database import open_database

    times = []
    for _ in range(REPEATS):
        db = open_database(db_path)
        started = time.perf_counter()
        collect(db, TODAY)
        times.append(time.perf_counter() - started)
        db.conn.close()
    return statistics.median(times)


def _median_run(args: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        _run(args, env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _export_s(work: Path, db_path: Path) -> float:
    """Export every task to .xlsx (in process, fresh connection each run): median of 3."""
    from tthc_desktop.services.task_export import export_tasks_xlsx
    from tthc_desktop.store.database import open_database
    from tthc_desktop.store.task_query import TaskFilter

    times = []
    for _ in range(3):
        db = open_database(db_path)
        started = time.perf_counter()
        export_tasks_xlsx(db, TaskFilter(today=TODAY), work / "growth-export.xlsx")
        times.append(time.perf_counter() - started)
        db.conn.close()
    return statistics.median(times)


def _import_s(work: Path, template: Path, n_rows: int) -> float:
    """`import-plan` of an n-row plan .xlsx into an empty database copy (the CLI, one process per run)."""
    import shutil

    import seed

    xlsx = seed.write_plan_xlsx(work / f"growth-plan-{n_rows}.xlsx", n_rows)
    target = work / "growth-import.db"
    env = _env(work / "data-import")
    args = [PYTHON, "-m", "tthc_desktop", "import-plan", "--db", str(target), "--year", "2025", "--symbol", "1/KH",
            "--title", "KH", "--date", "02/01/2025", "--issuer", "UBND tỉnh", str(xlsx)]
    times = []
    for _ in range(1 if n_rows > 10_000 else 3):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy2(template, target)
        started = time.perf_counter()
        _run(args, env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _report_s(work: Path, db_path: Path, runs: int) -> float:
    """`report build` of the quarter (the CLI; a fresh copy and output folder per run): median of ``runs``."""
    import shutil

    from report_cases import PERIOD

    env = _env(work / "data-report")
    db, out = work / "growth-report.db", work / "growth-report-out"
    times = []
    for _ in range(runs):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.copy2(db_path, db)
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        started = time.perf_counter()
        _run([PYTHON, "-m", "tthc_desktop", "report", "build", "--kind", PERIOD[0], "--period", PERIOD[1],
              "--out", str(out), "--no-xlsx", "--db", str(db)], env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def growth_cases(work: Path, small: Path, big: Path, template: Path) -> list[Case]:
    """Each figure at 10,000 and at 100,000 tasks; target: no worse than linear (ratio ≤ 10)."""
    env = _env(work / "data-startup")
    figures: list[tuple[str, Callable[[Path], float]]] = [
        ("--smoke start-up", lambda db: _median_run(smoke_args(db), env)),
        ("start-up until the overview is filled", lambda db: _median_run(filled_args(work, db), env)),
        ("dashboard figures (collect)", _collect_s),
        ("search, first query on a fresh db", lambda db: search_cases.first_query_case(db).ours_s),
        ("20 cold searches (total)", lambda db: search_cases.mix_case(db).ours_s),
        ("peak RSS of --smoke (MiB)", lambda db: peak_rss_mib(smoke_args(db), env)),
        ("export every task to .xlsx", lambda db: _export_s(work, db)),
        ("report build (quarter, CLI)", lambda db: _report_s(work, db, 1 if db == big else 3)),
    ]
    out = []
    for name, measure in figures:
        at_10k, at_100k = measure(small), measure(big)
        out.append(Case(f"Growth 10k→100k tasks: {name}", at_100k, at_10k, at_100k / at_10k, 10.0, "<="))
    # 99,900 tasks: with its section and header rows the sheet stays within the importer's 100,000-row limit
    at_10k, at_100k = _import_s(work, template, 9_990), _import_s(work, template, 99_900)
    out.append(Case("Growth 10k→100k rows: import-plan of a plan .xlsx (CLI; 9,990 → 99,900 tasks)", at_100k,
                    at_10k, at_100k / at_10k, 10.0, "<="))
    return out
