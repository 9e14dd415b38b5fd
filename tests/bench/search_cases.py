"""Search benchmarks that measure the search, not a cache: every query runs on a connection that has not seen it
(the task list's result-id cache holds the last search of a connection only, so a fresh connection per query
is a cold start for it; SQLite's page cache is warm for both sides alike).

The baseline is the raw FTS5 query of the same MATCH text (rowids only, unordered), on its own fresh connection.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

from cases import REPEATS, TODAY, Case

# What an officer types: 1–4 folded or accented words, prefixes, an agency name.
QUERIES = (
    "dia gioi hanh chinh", "thủ tục", "ubnd cap huyen", "cat giam", "đơn giản hóa", "so tu phap", "văn phòng ubnd",
    "khoa hoc va cong nghe", "chu tich ubnd tinh", "cong bo", "ra soat", "noi bo", "mot cua", "so hoa",
    "tham tra du thao", "bưu chính", "dao tao boi duong", "cong khai tren cong", "doanh ngh", "nghị quyết 66",
)


def _ours(db, query: str, roles: tuple[str, ...] = ()) -> int:
    """What the task list does for a search: the count, then the first page."""
    from tthc_desktop.store.task_query import TaskFilter, count_tasks, fetch_page

    flt = TaskFilter(search=query, roles=roles, today=TODAY)
    n = count_tasks(db, flt)
    fetch_page(db, flt, 0, 100)
    return n


def _raw(conn: sqlite3.Connection, match: str) -> int:
    return len(conn.execute("SELECT rowid FROM task_search WHERE task_search MATCH ?", [match]).fetchall())


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _pair(big: Path, query: str, roles: tuple[str, ...] = ()) -> tuple[float, float]:
    """One cold query each side: ours on a freshly opened database, the raw one on a fresh connection."""
    from tthc_desktop.store.database import open_database
    from tthc_desktop.store.search import match_expression

    db = open_database(big)
    try:
        ours = _timed(lambda: _ours(db, query, roles))
    finally:
        db.conn.close()
    conn = sqlite3.connect(big)
    try:
        raw = _timed(lambda: _raw(conn, match_expression(query)))
    finally:
        conn.close()
    return ours, raw


def first_query_case(big: Path, label: str = "100,000", query: str = QUERIES[0]) -> Case:
    pairs = [_pair(big, query) for _ in range(max(REPEATS, 7))]
    ours, raw = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
    print(f"  first query «{query}»: ours {[round(p[0], 4) for p in pairs]}, raw {[round(p[1], 4) for p in pairs]}",
          file=sys.stderr, flush=True)
    return Case(f"Search, first query on a freshly opened db, {label} tasks vs raw FTS5", ours, raw, ours / raw,
                1.5, "<=")


def mix_case(big: Path, label: str = "100,000", roles: tuple[str, ...] = ()) -> Case:
    """20 different queries, each cold; the figure is the median round's total (each round runs all 20).
    ``roles``: the task list's default filter once roles are known (lead and coordinating)."""
    rounds = []
    per_query: dict[str, list[tuple[float, float]]] = {q: [] for q in QUERIES}
    for _ in range(max(REPEATS // 2, 3)):
        ours_total = raw_total = 0.0
        for query in QUERIES:
            ours, raw = _pair(big, query, roles)
            per_query[query].append((ours, raw))
            ours_total += ours
            raw_total += raw
        rounds.append((ours_total, raw_total))
    for query, pairs in per_query.items():
        o, r = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
        print(f"  «{query}»: ours {o * 1000:.1f} ms, raw {r * 1000:.1f} ms, ×{o / r:.2f}", file=sys.stderr)
    ours = statistics.median(r[0] for r in rounds)
    raw = statistics.median(r[1] for r in rounds)
    scope = ", lead+coordinating only" if roles else ""
    return Case(f"Search, 20 different cold queries{scope}, {label} tasks vs raw FTS5 (total)", ours, raw,
                ours / raw, 1.5, "<=")
