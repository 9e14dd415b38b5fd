"""Filtered, sorted, paged task lists with the status computed in SQL (same rules as domain.status).

Used by the lazy task-list model, the dashboard counts, the reminders, the report figures, the export and
`tthc-desktop tasks`. A task a re-import no longer found ("không còn trong kế hoạch mới", ``removed_on``)
counts nowhere by default: ``TaskFilter.removed`` and ``IN_PLAN_CLAUSE`` are the one place that says so.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from ..domain.status import Status
from .search import ID_MASK, match_expression, task_id_sql

if TYPE_CHECKING:
    import sqlite_utils

SORT_COLUMNS = {
    "number": "t.plan_id, t.position, t.id",
    # folded (đ→d, no marks) so "Đ…" sorts with "D…" as a Vietnamese reader expects, not after "Z"
    "content": "tthc_fold(t.content)",
    "lead": "tthc_fold(t.lead_text)",
    "coordinating": "tthc_fold(t.coordinating_text)",
    "due": "next_due IS NULL, next_due",
    "status": "status",
    "outcome": "tthc_fold(t.outcome)",
}


@dataclass(frozen=True)
class TaskFilter:
    plan_id: int | None = None
    roles: tuple[str, ...] = ()  # empty = all; "lead", "coordinating", "none"
    statuses: tuple[Status, ...] = ()
    due_within_days: int | None = None  # open tasks whose next deadline is today..today+N
    overdue_only: bool = False
    needs_date_only: bool = False
    year: int | None = None  # plan year
    search: str = ""
    ids: tuple[int, ...] = ()  # only these tasks (a list refreshing a few rows); empty = no restriction
    include_sections: bool = False  # headings: section rows and group rows without a deadline of their own
    sort: str = "number"
    descending: bool = False
    today: date = field(default_factory=date.today)
    # Tasks no longer in the re-imported plan: "exclude" (every count and list), "only" (the Tasks page's
    # filter "Không còn trong kế hoạch mới"), "include" (both).
    removed: str = "exclude"

    def with_(self, **changes: Any) -> TaskFilter:
        return replace(self, **changes)


# Status rules mirrored from domain.status.compute_status; a test checks both agree.
_BASE = """
WITH due AS (
    SELECT task_id,
        MAX(CASE WHEN kind IN ('parsed','manual') THEN due_on END) AS last_orig,
        MIN(CASE WHEN kind IN ('parsed','manual') AND due_on >= :today THEN due_on END) AS next_orig,
        MAX(CASE WHEN kind = 'extension' THEN due_on END) AS ext_due,
        MIN(CASE WHEN kind = 'recurring' AND due_on >= :today THEN due_on END) AS next_recur
    FROM task_due_dates {only_ids} GROUP BY task_id
),
upd AS (SELECT task_id, COUNT(*) AS n, MAX(percent) AS percent FROM task_updates {only_ids} GROUP BY task_id),
facts AS (
    SELECT t.id AS task_id,
        CASE WHEN due.ext_due IS NOT NULL AND due.ext_due > COALESCE(due.next_orig, due.last_orig, '')
             THEN due.ext_due ELSE COALESCE(due.next_orig, due.last_orig) END AS active_due,
        due.next_recur, due.last_orig, due.ext_due, COALESCE(upd.n, 0) AS n_updates, upd.percent
    FROM tasks t LEFT JOIN due ON due.task_id = t.id LEFT JOIN upd ON upd.task_id = t.id {only_tasks}
),
listed AS (
    SELECT t.*, p.year AS plan_year, p.symbol AS plan_symbol, f.n_updates, f.percent,
        COALESCE(f.active_due, f.next_recur) AS next_due,
        CASE WHEN f.ext_due IS NOT NULL AND f.active_due = f.ext_due THEN 1 ELSE 0 END AS extended,
        f.last_orig AS original_due,
        CASE
            WHEN t.completed_on IS NOT NULL THEN
                CASE WHEN f.last_orig IS NOT NULL AND t.completed_on > f.last_orig
                     THEN 'done_late' ELSE 'done_on_time' END
            WHEN t.is_continuous THEN 'continuous'
            WHEN f.active_due IS NULL THEN
                CASE WHEN f.next_recur IS NULL THEN 'needs_date'
                     WHEN f.n_updates > 0 THEN 'in_progress' ELSE 'not_due' END
            WHEN :today > f.active_due THEN 'overdue'
            WHEN f.n_updates > 0 THEN 'in_progress'
            ELSE 'not_due'
        END AS status
    FROM tasks t JOIN plans p ON p.id = t.plan_id JOIN facts f ON f.task_id = t.id
)
SELECT {columns} FROM listed t
"""


# Sections (I, II) and group rows with no deadline text only structure the list; plan_import.is_heading agrees.
HEADING_CLAUSE = "{t}.is_section = 1 OR ({t}.is_group = 1 AND TRIM(COALESCE({t}.deadline_text, '')) = '')"


# A task is still in its plan unless a re-import no longer found it (store/task_marks.py). The unary "+" keeps
# SQLite from walking the partial (plan, number) index for this term: 100k tasks, list count 33 → 22 ms.
IN_PLAN_CLAUSE = "+{t}.removed_on IS NULL"
# Its negation, in the form that reads the partial index of removed tasks (m014).
REMOVED_CLAUSE = "{t}.removed_on IS NOT NULL"
REMOVED_CHOICES = ("exclude", "only", "include")


def _removed_clause(flt: TaskFilter) -> str | None:
    if flt.removed not in REMOVED_CHOICES:
        raise ValueError(f"removed must be one of {REMOVED_CHOICES}: {flt.removed!r}")
    if flt.removed == "include":
        return None
    return (IN_PLAN_CLAUSE if flt.removed == "exclude" else REMOVED_CLAUSE).replace("{t}", "t")


def is_heading(row: dict[str, Any]) -> bool:
    """Whether a listed row is a heading (same rule as HEADING_CLAUSE)."""
    return bool(row.get("is_section")) or (bool(row.get("is_group")) and not (row.get("deadline_text") or "").strip())


def _base(columns: str, ids: tuple[int, ...] = ()) -> str:
    """The listing query; with ``ids`` the per-task facts are computed for those tasks only (fast pages)."""
    marks = ", ".join(str(int(i)) for i in ids)
    return _BASE.format(columns=columns, only_ids=f"WHERE task_id IN ({marks})" if ids else "",
                        only_tasks=f"WHERE t.id IN ({marks})" if ids else "")


def _status_free(flt: TaskFilter) -> bool:
    """Whether neither the filter nor the order needs the computed status or deadline."""
    return not (flt.statuses or flt.overdue_only or flt.needs_date_only or flt.due_within_days is not None
                or flt.sort in ("due", "status"))


# Plain-table form of the listing (status-free filters): tasks joined to plans, no per-task facts.
_PLAIN = "SELECT {columns} FROM tasks t JOIN plans p ON p.id = t.plan_id"
# A status-free search driven from the FTS match (as direct as a raw FTS5 query), tasks looked up by rowid.
_SEARCHED = ("SELECT {columns} FROM task_search JOIN tasks t ON t.id = " + task_id_sql("task_search.rowid")
             + " JOIN plans p ON p.id = t.plan_id")

# Per database: (filter, data state, ordered ids) of the last status-free search. The task list asks for the
# count and then pages of the same search; each would otherwise run the whole FTS match again.
_SEARCH_CACHE: weakref.WeakKeyDictionary[sqlite_utils.Database, tuple[TaskFilter, tuple[int, int], list[int]]] = (
    weakref.WeakKeyDictionary())


def _data_state(db: sqlite_utils.Database) -> tuple[int, int]:
    """Changes since the last look: this connection's own writes (total_changes) and other connections' commits
    (data_version); either moving means a cached search result may be stale."""
    return db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0]


def _searched_ids(db: sqlite_utils.Database, flt: TaskFilter) -> list[int] | None:
    """Every id a status-free search matches, in display order (None when ``flt`` is not such a search)."""
    if not (_status_free(flt) and match_expression(flt.search)):
        return None
    state = _data_state(db)
    cached = _SEARCH_CACHE.get(db)
    if cached is not None and cached[0] == flt and cached[1] == state:
        return cached[2]
    ids = _ids_in_rank_order(db, flt)
    if ids is None:
        where, params = _where(flt, plain=True, fts_driven=True)
        ids = [r[0] for r in db.execute(_SEARCHED.format(columns="t.id") + where + _order_by(flt), params)]
    _SEARCH_CACHE[db] = (flt, state, ids)
    return ids


def _ids_in_rank_order(db: sqlite_utils.Database, flt: TaskFilter) -> list[int] | None:
    """The matches of a search in list order straight from the index (its rowid is the list rank, see search.py),
    when the filter is only the search, roles and headings in "number" order; None otherwise."""
    if flt.sort != "number" or flt.plan_id is not None or flt.year is not None or flt.ids or flt.removed == "only":
        return None
    try:
        match = match_expression(flt.search, roles=flt.roles, headings=flt.include_sections)
    except ValueError:  # a role the index does not tag
        return None
    ranks = [r[0] for r in db.execute(
        "SELECT rowid FROM task_search WHERE task_search MATCH ? ORDER BY rowid", [match])]
    if ranks and ranks[0] < 0:  # a task whose numbers do not fit the rank: sort in SQL instead
        return None
    ids = [r & ID_MASK for r in ranks]
    if flt.removed == "exclude":
        removed = _removed_ids(db)
        if removed:
            ids = [i for i in ids if i not in removed]
    return ids[::-1] if flt.descending else ids


def _removed_ids(db: sqlite_utils.Database) -> frozenset[int]:
    """Ids of the tasks no longer in their plan (few); read once per data state, not per keystroke."""
    state = _data_state(db)
    cached = _REMOVED_CACHE.get(db)
    if cached is not None and cached[0] == state:
        return cached[1]
    ids = frozenset(r[0] for r in db.execute("SELECT id FROM tasks WHERE " + REMOVED_CLAUSE.replace("{t}", "tasks")))
    _REMOVED_CACHE[db] = (state, ids)
    return ids


_REMOVED_CACHE: weakref.WeakKeyDictionary[sqlite_utils.Database, tuple[tuple[int, int], frozenset[int]]] = (
    weakref.WeakKeyDictionary())


def _where(flt: TaskFilter, *, plain: bool = False, fts_driven: bool = False) -> tuple[str, dict[str, Any]]:
    """WHERE clause and parameters; ``fts_driven``: the query reads FROM task_search (see _SEARCHED)."""
    clauses: list[str] = []
    params: dict[str, Any] = {"today": flt.today.isoformat()}
    if not flt.include_sections:
        clauses.append(HEADING_CLAUSE.replace("{t}", "t").join(("NOT (", ")")))
    removed = _removed_clause(flt)
    if removed:
        clauses.append(removed)
    if flt.ids:
        clauses.append(f"t.id IN ({', '.join(str(int(i)) for i in flt.ids)})")
    if flt.plan_id is not None:
        clauses.append("t.plan_id = :plan_id")
        params["plan_id"] = flt.plan_id
    if flt.roles:
        marks = ", ".join(f":role{i}" for i in range(len(flt.roles)))
        clauses.append(f"t.role IN ({marks})")
        params.update({f"role{i}": r for i, r in enumerate(flt.roles)})
    if flt.statuses:
        marks = ", ".join(f":status{i}" for i in range(len(flt.statuses)))
        clauses.append(f"t.status IN ({marks})")
        params.update({f"status{i}": s.value for i, s in enumerate(flt.statuses)})
    if flt.overdue_only:
        clauses.append("t.status = 'overdue'")
    if flt.needs_date_only:
        clauses.append("t.status = 'needs_date'")
    if flt.due_within_days is not None:
        clauses.append("t.completed_on IS NULL AND t.is_continuous = 0 AND t.next_due BETWEEN :today AND :due_limit")
        params["due_limit"] = (flt.today + timedelta(days=flt.due_within_days)).isoformat()
    if flt.year is not None:
        clauses.append("p.year = :year" if plain else "t.plan_year = :year")
        params["year"] = flt.year
    match = match_expression(flt.search)
    if match:
        clauses.append("task_search MATCH :match" if fts_driven else
                       f"t.id IN (SELECT {task_id_sql('rowid')} FROM task_search WHERE task_search MATCH :match)")
        params["match"] = match
    elif flt.search.strip():
        clauses.append("0")  # only punctuation typed: nothing can match
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_tasks(db: sqlite_utils.Database, flt: TaskFilter) -> int:
    searched = _searched_ids(db, flt)
    if searched is not None:
        return len(searched)
    if _status_free(flt):
        where, params = _where(flt, plain=True)
        return db.execute(_PLAIN.format(columns="COUNT(*)") + where, params).fetchone()[0]
    where, params = _where(flt)
    return db.execute(_base("COUNT(*)") + where, params).fetchone()[0]


def _order_by(flt: TaskFilter) -> str:
    order = SORT_COLUMNS.get(flt.sort, SORT_COLUMNS["number"])
    if flt.descending:
        order = ", ".join(f"{part} DESC" for part in order.split(", "))
    return f" ORDER BY {order}, t.id"


def fetch_page(db: sqlite_utils.Database, flt: TaskFilter, offset: int, limit: int,
               columns: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """One page of list rows in display order: task columns plus plan_year, plan_symbol, status, next_due,
    extended (1 when an extension sets next_due), original_due (last original deadline) and percent;
    ``columns``: only these of them (an export reads ten of about thirty: half the time)."""
    ids: tuple[int, ...] = flt.ids
    searched = _searched_ids(db, flt)
    if searched is not None:
        # The matched ids are known and ordered: compute status and deadlines for this page's ids only
        # (the search itself is not repeated: those ids are exactly its matches).
        ids = tuple(searched[offset:offset + limit])
        if not ids:
            return []
        flt, offset = flt.with_(ids=ids, search=""), 0
    elif _status_free(flt):
        # Page the plain table first, then compute status and deadlines for that page only: with 100,000
        # tasks this is milliseconds instead of aggregating every due date for every page.
        where, params = _where(flt, plain=True)
        params |= {"limit": limit, "offset": offset}
        ids = tuple(r[0] for r in db.execute(
            _PLAIN.format(columns="t.id") + where + _order_by(flt) + " LIMIT :limit OFFSET :offset", params))
        if not ids:
            return []
        flt, offset = flt.with_(ids=ids), 0
    where, params = _where(flt)
    params |= {"limit": limit, "offset": offset}
    cursor = db.execute(_base(_selected(columns), ids) + where + _order_by(flt) + " LIMIT :limit OFFSET :offset",
                        params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _selected(columns: tuple[str, ...]) -> str:
    """The SELECT list of the listing for ``columns`` (every column when empty)."""
    for name in columns:
        if not name.isidentifier():
            raise ValueError(f"not a column name: {name!r}")
    return ", ".join(f"t.{name}" for name in columns) if columns else "t.*"


def fetch_all(db: sqlite_utils.Database, flt: TaskFilter, page: int = 2000, columns: tuple[str, ...] = ()):
    """Every matching row, a page at a time (exports, the dashboard and the command line); ``columns`` as for
    fetch_page."""
    if not _status_free(flt):
        # One pass: paging with OFFSET would recompute every task's status for every page (100,000 tasks:
        # 50 pages × the whole aggregation, ~40 s for the dashboard at start-up).
        where, params = _where(flt)
        cursor = db.execute(_base(_selected(columns)) + where + _order_by(flt), params)
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(page):
            yield from (dict(zip(names, r, strict=True)) for r in batch)
        return
    if not flt.search.strip():
        # The display order of every matching id once, then status and deadlines a chunk of ids at a time:
        # OFFSET paging sorted the whole table again for every page (100,000 tasks: 19× the time of 10,000).
        where, params = _where(flt, plain=True)
        ordered = [r[0] for r in db.execute(_PLAIN.format(columns="t.id") + where + _order_by(flt), params)]
        for start in range(0, len(ordered), page):
            chunk = tuple(ordered[start:start + page])
            yield from fetch_page(db, flt.with_(ids=chunk), 0, len(chunk), columns)
        return
    offset = 0
    while True:
        rows = fetch_page(db, flt, offset, page, columns)
        yield from rows
        if len(rows) < page:
            return
        offset += page


def status_counts(db: sqlite_utils.Database, flt: TaskFilter) -> dict[Status, int]:
    where, params = _where(flt)
    sql = _base("t.status, COUNT(*)", flt.ids) + where + " GROUP BY t.status"
    counts = {s: 0 for s in Status}
    for status, n in db.execute(sql, params).fetchall():
        counts[Status(status)] = n
    return counts


# One row per (status, in-year, in-period, due-soon, plan, completion month, due month, undated group):
# the dashboard's figures from a single pass of the status query. Months: 0 before the year, 1–12 inside,
# 13 after it; NULL when the task is not done (completion) or has no dated deadline / is continuous (due).
_BREAKDOWN_COLUMNS = """t.status,
    (t.status = 'needs_date' OR t.next_due BETWEEN :y0 AND :y1 OR t.completed_on BETWEEN :y0 AND :y1),
    (t.status = 'needs_date' OR t.next_due BETWEEN :p0 AND :p1 OR t.completed_on BETWEEN :p0 AND :p1),
    (t.status IN ('needs_date', 'in_progress', 'not_due') AND t.next_due BETWEEN :today AND :soon),
    t.plan_id,
    CASE WHEN t.status IN ('done_on_time', 'done_late') THEN
        CASE WHEN t.completed_on < :y0 THEN 0 WHEN t.completed_on > :y1 THEN 13
             ELSE CAST(substr(t.completed_on, 6, 2) AS INTEGER) END END,
    CASE WHEN t.status <> 'continuous' AND t.next_due IS NOT NULL THEN
        CASE WHEN t.next_due < :y0 THEN 0 WHEN t.next_due > :y1 THEN 13
             ELSE CAST(substr(t.next_due, 6, 2) AS INTEGER) END END,
    (t.is_group = 1 AND t.next_due IS NULL
     AND TRIM(COALESCE(t.deadline_text, ''), ' ' || char(9, 10, 11, 12, 13)) = ''),
    COUNT(*)"""


class BreakdownRow(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    status: Status
    in_year: bool
    in_period: bool
    due_soon: bool  # open (not done, continuous or overdue), next deadline today..today+soon_days
    plan_id: int
    done_month: int | None
    due_month: int | None
    undated_group: bool  # a group row with no deadline at all (the dashboard treats it as a heading)
    count: int


def status_breakdown(db: sqlite_utils.Database, flt: TaskFilter, *, year: tuple[date, date],
                     period: tuple[date, date], soon_days: int, source: str | None = None) -> list[BreakdownRow]:
    """Counts of the matching tasks grouped as BreakdownRow describes, computed in one pass (over ``source``, a
    table made by snapshot_listing for the same filter, when given)."""
    where, params = _where(flt)
    params |= {"y0": year[0].isoformat(), "y1": year[1].isoformat(), "p0": period[0].isoformat(),
               "p1": period[1].isoformat(), "soon": (flt.today + timedelta(days=soon_days)).isoformat()}
    if source is None:
        sql = _base(_BREAKDOWN_COLUMNS, flt.ids) + where + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
    else:
        sql = f"SELECT {_BREAKDOWN_COLUMNS} FROM {source} t GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
    return [BreakdownRow(Status(s), bool(y), bool(p), bool(soon), plan, done_m, due_m, bool(group), n)
            for s, y, p, soon, plan, done_m, due_m, group, n in db.execute(sql, params).fetchall()]


SNAPSHOT_COLUMNS = "t.id, t.status, t.next_due, t.completed_on, t.is_continuous, t.plan_id, t.is_group, t.deadline_text"


def snapshot_listing(db: sqlite_utils.Database, flt: TaskFilter, name: str = "listing_snapshot") -> str:
    """Compute status and next deadline of every task matching ``flt`` once, into a TEMP table (also on a
    read-only connection), so several figures read it instead of each aggregating every due date again."""
    where, params = _where(flt)
    db.execute(f"DROP TABLE IF EXISTS temp.{name}")
    db.execute(f"CREATE TEMP TABLE {name} AS " + _base(SNAPSHOT_COLUMNS, flt.ids) + where, params)
    return f"temp.{name}"


def first_ids(db: sqlite_utils.Database, source: str, condition: str, params: dict[str, Any], limit: int) -> list[int]:
    """Ids of the first ``limit`` rows of a snapshot_listing table meeting ``condition``, in "due" order."""
    sql = (f"SELECT id FROM {source} t WHERE {condition} ORDER BY {SORT_COLUMNS['due']}, t.id "
           f"LIMIT {int(limit)}")
    return [r[0] for r in db.execute(sql, params)]


def deadline_counts(db: sqlite_utils.Database, flt: TaskFilter, within_days: int) -> tuple[int, int]:
    """(overdue, open and due within ``within_days``) in one pass; each equals count_tasks with
    overdue_only / due_within_days set on ``flt``."""
    where, params = _where(flt)
    params["due_limit"] = (flt.today + timedelta(days=within_days)).isoformat()
    sql = _base("COALESCE(SUM(t.status = 'overdue'), 0), COALESCE(SUM(t.completed_on IS NULL AND "
                "t.is_continuous = 0 AND t.next_due BETWEEN :today AND :due_limit), 0)", flt.ids) + where
    overdue, soon = db.execute(sql, params).fetchone()
    return overdue, soon


OWN_ROLES = ("lead", "coordinating")  # the officer's unit leads or coordinates


def scope_roles(db: sqlite_utils.Database) -> tuple[str, ...]:
    """The roles the lists and counts default to: the unit's own tasks once the import classified any
    (it knew the officer's unit), all tasks before that."""
    found = db.execute("SELECT 1 FROM tasks WHERE role IN (?, ?) LIMIT 1", list(OWN_ROLES)).fetchone()
    return OWN_ROLES if found else ()
