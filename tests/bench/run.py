"""`make bench`: run every benchmark against its baseline, print the table, write tests/bench/results.json.

Usage: python tests/bench/run.py [startup pdf excel search memory pdfplan ...]  (default: all)
Data is generated in a temporary folder each run. Not collected by pytest (see conftest.py).
"""

from __future__ import annotations

import json
import platform
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import seed  # noqa: E402

GROUPS = ("startup", "memory", "pdf", "excel", "search", "pdfplan")


def main(argv: list[str]) -> int:
    wanted = [a for a in argv if a in GROUPS] or list(GROUPS)
    results: list[cases.Case] = []
    memory_mib: float | None = None
    with tempfile.TemporaryDirectory(prefix="tthc-bench-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        empty = seed.empty_db(work / "empty" / "tthc.db")
        big = None
        if {"startup", "memory", "search"} & set(wanted):
            big = seed.big_db(work / "big.db", 100_000, empty)
        print(f"dữ liệu thử đã tạo trong {time.perf_counter() - started:.1f} s", file=sys.stderr)
        if "startup" in wanted:
            results.append(cases.startup_vs_bare_qt(work, empty))
            results.append(cases.startup_big_vs_empty(work, empty, big))
        if "memory" in wanted:
            memory_mib = cases.peak_memory_mib(work, big)
        if "pdf" in wanted:
            results += cases.pdf_cases(work)
        if "excel" in wanted:
            results.append(cases.export_case(work, seed.big_db(work / "t10k.db", 10_000, empty)))
            results.append(cases.import_case(work, empty))
        if "pdfplan" in wanted:
            results.append(cases.pdf_plan_case(work))
        if "search" in wanted:
            results.append(cases.search_case(big))

    print_table(results, memory_mib)
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
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\n→ {out.relative_to(HERE.parents[1])}")
    return 0 if all(c.met for c in results) else 1


def print_table(results: list[cases.Case], memory_mib: float | None) -> None:
    width = max([len(c.name) for c in results] + [40])
    print(f"\n{'benchmark':<{width}}  {'ours s':>8}  {'base s':>8}  {'ratio':>7}  target  ok")
    print("-" * (width + 44))
    for c in results:
        print(f"{c.name:<{width}}  {c.ours_s:8.3f}  {c.baseline_s:8.3f}  {c.ratio:7.2f}  {c.op}{c.target:<5g}"
              f"  {'yes' if c.met else 'NO'}")
    if memory_mib is not None:
        print(f"{'Peak memory of --smoke with 100,000 tasks':<{width}}  {memory_mib:8.1f} MiB")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
