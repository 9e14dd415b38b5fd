"""`make bench`: run every benchmark against its baseline, print the table, write tests/bench/results.json.

Usage: python tests/bench/run.py [startup filled memory pdf export import search growth pdfplan report ...]
(default: all). Data is generated in a temporary folder each run. Not collected by pytest (see conftest.py).

"ratio" is wall time (ours / baseline, runs interleaved); "cpu" the same ratio in CPU seconds, steadier when
other jobs load the machine. The app runs as installed, from compiled bytecode: the package is compiled once
before any timing (pip and the frozen bundle ship .pyc files too), so no timed start-up compiles our sources
(PYTHONDONTWRITEBYTECODE made every child process compile them, ~0.1 s of each start-up). Every timed repeat
otherwise does the full work on fresh state: a new process, or a fresh database copy, output folder or
connection (see each case).
"""

from __future__ import annotations

import compileall
import json
import os
import platform
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import growth  # noqa: E402
import report_cases  # noqa: E402
import search_cases  # noqa: E402
import seed  # noqa: E402

GROUPS = ("startup", "filled", "memory", "pdf", "export", "import", "search", "growth", "pdfplan", "report")


def compiled_sources() -> None:
    """Bytecode of the package written next to it, as an installed app has it; children may write theirs too."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    compileall.compile_dir(str(HERE.parents[1] / "tthc_desktop"), quiet=1)


ALIASES = {"excel": ("export", "import")}


def main(argv: list[str]) -> int:
    wanted = [g for a in argv for g in ALIASES.get(a, (a,)) if g in GROUPS] or list(GROUPS)
    results: list[cases.Case] = []
    memory_mib: float | None = None
    import_mib: float | None = None
    memory: dict[str, float] = {}
    failed = False
    compiled_sources()
    with tempfile.TemporaryDirectory(prefix="tthc-bench-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        empty = seed.empty_db(work / "empty" / "tthc.db")
        big = small = None
        if {"startup", "filled", "memory", "search", "growth"} & set(wanted):
            big = seed.big_db(work / "big.db", 100_000, empty)
        if {"export", "growth", "report"} & set(wanted):
            small = seed.big_db(work / "t10k.db", 10_000, empty)
        print(f"dữ liệu thử đã tạo trong {time.perf_counter() - started:.1f} s", file=sys.stderr)
        if "startup" in wanted:
            results.append(cases.startup_vs_bare_qt(work, empty))
            results.append(cases.startup_big_vs_empty(work, empty, big))
        if "filled" in wanted:
            results.append(growth.startup_filled_case(work, empty, big))
        if "memory" in wanted:
            memory_mib = cases.peak_memory_mib(work, big)
            import_mib = growth.import_memory_mib(work, empty, seed.write_plan_xlsx(work / "plan-mem.xlsx", 10_000))
        if "pdf" in wanted:
            results += cases.pdf_cases(work)
        if "export" in wanted:
            results.append(cases.export_case(work, small))
        if "import" in wanted:
            results.append(cases.import_case(work, empty))
            results.append(cases.docx_import_case(work, empty))
        if "pdfplan" in wanted:
            results.append(cases.pdf_plan_case(work))
        if "search" in wanted:
            results.append(search_cases.first_query_case(big))
            results.append(search_cases.mix_case(big))
            results.append(search_cases.mix_case(big, roles=("lead", "coordinating")))
        if "report" in wanted:
            sizes = {10_000: small, 50_000: seed.big_db(work / "t50k.db", 50_000, empty)}
            found, memory = report_cases.report_build_cases(work, empty, sizes, {10_000: 3, 50_000: 1})
            results += found
        if "growth" in wanted:
            try:
                results += growth.growth_cases(work, small, big, empty)
            except Exception as exc:  # the other groups' figures are still written; the run still fails
                print(f"growth: {exc!r}", file=sys.stderr)
                failed = True

    print_table(results, memory_mib, import_mib, memory)
    sys.stdout.flush()
    out = HERE / "results.json"
    # A partial run (some groups only) updates its own cases and keeps the others from the last run.
    previous = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    fresh = [asdict(c) | {"met": c.met} for c in results]
    names = {c["name"] for c in fresh}
    merged_cases = [c for c in previous.get("cases", []) if c["name"] not in names] + fresh
    out.write_text(json.dumps({
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine()},
        "repeats": cases.REPEATS,
        "cases": merged_cases,
        "peak_memory_smoke_100k_mib": memory_mib if memory_mib is not None else previous.get(
            "peak_memory_smoke_100k_mib"),
        "peak_memory_import_10k_mib": import_mib if import_mib is not None else previous.get(
            "peak_memory_import_10k_mib"),
        "peak_memory_mib": previous.get("peak_memory_mib", {}) | memory,
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\n→ {out.relative_to(HERE.parents[1])}")
    return 0 if all(c.met for c in results) and not failed else 1


def print_table(results: list[cases.Case], memory_mib: float | None, import_mib: float | None = None,
                memory: dict[str, float] | None = None) -> None:
    width = max([len(c.name) for c in results] + [40])
    print(f"\n{'benchmark':<{width}}  {'ours s':>8}  {'base s':>8}  {'ratio':>7}  {'cpu':>5}  target  ok")
    print("-" * (width + 51))
    for c in results:
        cpu = f"{c.cpu_ratio:5.2f}" if c.cpu_ratio is not None else "    -"
        print(f"{c.name:<{width}}  {c.ours_s:8.3f}  {c.baseline_s:8.3f}  {c.ratio:7.2f}  {cpu}  {c.op}{c.target:<5g}"
              f"  {'yes' if c.met else 'NO'}")
    if memory_mib is not None:
        print(f"{'Peak memory of --smoke with 100,000 tasks':<{width}}  {memory_mib:8.1f} MiB")
    if import_mib is not None:
        print(f"{'Peak memory of importing the 10,000-row plan':<{width}}  {import_mib:8.1f} MiB")
    for label, mib in (memory or {}).items():
        print(f"{label:<{width}}  {mib:8.1f} MiB")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
