"""`report build` at scale (issue 18 "scale"): the quarterly report of a 10,000- and a 50,000-task database, time
and peak RSS, against a bare reportlab table of the same plan-progress appendix rows (each in its own process).

Every timed run builds into a fresh output folder from an untouched copy of the database (nothing cached on disk).
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from pathlib import Path

from cases import PYTHON, Case, _env, _run, cpu_seconds
from growth import peak_rss_mib

PERIOD = ("quarterly", "2025-Q2")

# The same rows as the report's appendix, in a bare reportlab table (cases._bare_pdf), in its own process.
BARE_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[3])
from cases import _bare_pdf, _escape
rows = json.load(open(sys.argv[1], encoding="utf-8"))
header = ["Số TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kết quả", "Tình trạng"]
plain = [header] + [[r[k] for k in ("c1", "c2", "c3", "c4", "c5", "c6", "c7")] for r in rows]
from pathlib import Path
_bare_pdf([[_escape(c) for c in r] for r in plain], Path(sys.argv[2]))
"""


def appendix_rows(db_path: Path) -> list[dict[str, str]]:
    """The plan-progress appendix rows the report of PERIOD lists for this database."""
    from tthc_desktop.domain.periods import parse_period
    from tthc_desktop.reports.report_data import ReportSources, gather_report_data
    from tthc_desktop.store.database import open_database

    db = open_database(db_path)
    try:
        period = parse_period(PERIOD[1])
        unit = db.execute("SELECT name FROM units WHERE is_own = 1").fetchone()[0]
        return gather_report_data(db, period, ReportSources(unit_name=unit)).progress_rows
    finally:
        db.conn.close()


def report_build_cases(work: Path, template: Path, sizes: dict[int, Path], repeats: dict[int, int]) -> tuple[
        list[Case], dict[str, float]]:
    """One time case per size (ours / bare), and peak RSS (MiB) of both, keyed by label."""
    env = _env(work / "data-report")
    here = Path(__file__).resolve().parent
    cases: list[Case] = []
    memory: dict[str, float] = {}
    for n, source in sizes.items():
        db = work / f"report-{n}.db"
        out = work / f"report-{n}-out"
        rows_json = work / f"report-{n}-rows.json"
        rows = appendix_rows(source)
        rows_json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        bare_script = work / "bare_report.py"
        bare_script.write_text(BARE_SCRIPT, encoding="utf-8")

        def fresh(db=db, out=out, source=source) -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            shutil.copy2(source, db)
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()

        ours_args = [PYTHON, "-m", "tthc_desktop", "report", "build", "--kind", PERIOD[0], "--period", PERIOD[1],
                     "--out", str(out), "--no-xlsx", "--db", str(db)]
        bare_args = [PYTHON, str(bare_script), str(rows_json), str(work / f"bare-report-{n}.pdf"), str(here)]
        ours_t, bare_t, ours_cpu, bare_cpu = [], [], [], []
        for _ in range(repeats.get(n, 1)):
            fresh()
            for args, wall, cpu in ((ours_args, ours_t, ours_cpu), (bare_args, bare_t, bare_cpu)):
                cpu_before, started = cpu_seconds(), time.perf_counter()
                _run(args, env)
                wall.append(time.perf_counter() - started)
                cpu.append(cpu_seconds() - cpu_before)
        print(f"  report build {n}: {len(rows)} appendix rows, ours {ours_t}, bare {bare_t}; cpu ours {ours_cpu}, "
              f"bare {bare_cpu}", flush=True, file=sys.stderr)
        ours, base = statistics.median(ours_t), statistics.median(bare_t)
        cases.append(Case(f"Report build (quarter), {n:,} tasks ({len(rows):,} appendix rows) vs bare reportlab "
                          "table of those rows", ours, base, ours / base, 1.2, "<=",
                          cpu_ratio=statistics.median(ours_cpu) / statistics.median(bare_cpu)))
        memory[f"Peak memory of report build, {n:,} tasks"] = peak_rss_mib(ours_args, env, runs=1, setup=fresh)
        memory[f"Peak memory of the bare reportlab table, {n:,} tasks"] = peak_rss_mib(bare_args, env, runs=1)
    return cases, memory

