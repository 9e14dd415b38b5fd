"""Figures of the hostile-input suite (tests/fuzz/test_hostile_*.py): cases, failures, data lost.

Each suite calls ``record``; tests/fuzz/conftest.py prints the table at the end of the run, so the
figures quoted in README.md ("An toàn dữ liệu") can be checked against any ``make test`` output.
"""

from __future__ import annotations

FIGURES: dict[str, dict[str, int]] = {}


def record(suite: str, *, cases: int, failures: int, data_lost: int) -> None:
    FIGURES[suite] = {"cases": cases, "failures": failures, "data_lost": data_lost}


def lines() -> list[str]:
    if not FIGURES:
        return []
    out = ["Hostile-input suite (cases / failures / data lost):"]
    for suite, f in sorted(FIGURES.items()):
        out.append(f"  {suite:<28} {f['cases']:>5} / {f['failures']:>3} / {f['data_lost']:>3}")
    total = {k: sum(f[k] for f in FIGURES.values()) for k in ("cases", "failures", "data_lost")}
    out.append(f"  {'total':<28} {total['cases']:>5} / {total['failures']:>3} / {total['data_lost']:>3}")
    return out
