"""Diacritic-insensitive task search: an FTS5 index over folded text (đ→d), kept current by triggers.

The tokenizer's remove_diacritics does not fold đ, so the triggers index text folded in Python through the
SQL function ``tthc_fold`` that every connection registers (see database.open_database); a bulk insert
(index_new_tasks) only replaces đ and lets the tokenizer fold the rest, which gives the same tokens.

Since schema step m007 the index is ``task_search(body, tags)`` and its rowid is the task's place in the list
(plan, position, id packed into one integer, see RANK): a search reads its matches already in display order,
with no join to ``tasks`` and no sort, so a cold search costs about what the raw FTS5 query costs. ``tags`` holds
"xhead" for a heading row and "xrole<role>", so the usual list filters are part of the MATCH. A task whose
numbers do not fit the packing gets rowid -id; a search that meets one falls back to the SQL-sorted path.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..domain.text_fold import fold, query_tokens

if TYPE_CHECKING:
    import sqlite_utils

FOLD_FUNCTION = "tthc_fold"
PAUSED_FUNCTION = "tthc_search_paused"
_TRIGGER_NAMES = ("tasks_search_ai", "tasks_search_au", "tasks_search_ad")


def _indexed(p: str) -> str:
    """The indexed text of a task row (``p``: "NEW." / "OLD." in a trigger, "" in a SELECT)."""
    return " || ' ' || ".join(f"coalesce({p}{c},'')" for c in (
        "number", "content", "lead_text", "coordinating_text", "product", "deadline_text", "outcome", "notes"))


# Version 1 (schema step m003, shipped): rowid = task id, one column. Kept as it was for that step.
_INDEXED = _indexed("NEW.")
_TRIGGERS_V1 = (
    f"""CREATE TRIGGER IF NOT EXISTS tasks_search_ai AFTER INSERT ON tasks BEGIN
        INSERT INTO task_search(rowid, body) VALUES (NEW.id, {FOLD_FUNCTION}({_INDEXED}));
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS tasks_search_au AFTER UPDATE ON tasks BEGIN
        DELETE FROM task_search WHERE rowid = OLD.id;
        INSERT INTO task_search(rowid, body) VALUES (NEW.id, {FOLD_FUNCTION}({_INDEXED}));
    END""",
    """CREATE TRIGGER IF NOT EXISTS tasks_search_ad AFTER DELETE ON tasks BEGIN
        DELETE FROM task_search WHERE rowid = OLD.id;
    END""",
)

# --- version 2 -----------------------------------------------------------------------------------
PLAN_BITS, POSITION_BITS, ID_BITS = 20, 20, 23  # 63 bits: a positive signed 64-bit rowid
ID_MASK = (1 << ID_BITS) - 1


def rank_sql(p: str) -> str:
    """The rowid of a task in task_search: (plan_id, position, id) packed, so rowid order is list order."""
    return (f"(CASE WHEN {p}plan_id BETWEEN 0 AND {(1 << PLAN_BITS) - 1} "
            f"AND {p}position BETWEEN 0 AND {(1 << POSITION_BITS) - 1} AND {p}id BETWEEN 1 AND {ID_MASK} "
            f"THEN ({p}plan_id << {POSITION_BITS + ID_BITS}) | ({p}position << {ID_BITS}) | {p}id "
            f"ELSE -{p}id END)")


def task_id_sql(rowid: str) -> str:
    """The task id of a task_search rowid (SQL)."""
    return f"(CASE WHEN {rowid} > 0 THEN {rowid} & {ID_MASK} ELSE -{rowid} END)"


def _tags_sql(p: str) -> str:
    # same rule as task_query.HEADING_CLAUSE
    return (f"(CASE WHEN {p}is_section = 1 OR ({p}is_group = 1 AND TRIM(COALESCE({p}deadline_text, '')) = '') "
            f"THEN 'xhead ' ELSE '' END || 'xrole' || COALESCE({p}role, ''))")


def _insert_sql(p: str) -> str:
    return (f"INSERT INTO task_search(rowid, body, tags) VALUES "
            f"({rank_sql(p)}, {FOLD_FUNCTION}({_indexed(p)}), {_tags_sql(p)})")


_TRIGGERS = (
    f"""CREATE TRIGGER tasks_search_ai AFTER INSERT ON tasks WHEN NOT {PAUSED_FUNCTION}() BEGIN
        {_insert_sql("NEW.")};
    END""",
    f"""CREATE TRIGGER tasks_search_au AFTER UPDATE ON tasks BEGIN
        DELETE FROM task_search WHERE rowid = {rank_sql("OLD.")};
        {_insert_sql("NEW.")};
    END""",
    f"""CREATE TRIGGER tasks_search_ad AFTER DELETE ON tasks BEGIN
        DELETE FROM task_search WHERE rowid = {rank_sql("OLD.")};
    END""",
)

# id(connection) → its pause flag: set while a bulk insert skips the insert trigger and fills the index once at
# its end. (sqlite3.Connection takes no weak reference; register_functions gives every connection a fresh flag.)
_paused: dict[int, list[bool]] = {}


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)
    flag = _paused[id(conn)] = [False]
    conn.create_function(PAUSED_FUNCTION, 0, lambda: flag[0])


def create_search_index(db: sqlite_utils.Database) -> None:
    """Schema step m003 as shipped (version 1); m007 replaces it by install_search_index."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS task_search USING fts5(body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for name in _TRIGGER_NAMES:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in _TRIGGERS_V1:
        db.execute(sql)
    db.execute("DELETE FROM task_search")
    db.execute(f"INSERT INTO task_search(rowid, body) SELECT id, {FOLD_FUNCTION}({_indexed('')}) FROM tasks")


def install_search_index(db: sqlite_utils.Database) -> None:
    """Version 2 (schema step m007): rowid = list rank, a tags column; replaces version 1 and fills it."""
    for name in _TRIGGER_NAMES:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("DROP TABLE IF EXISTS task_search")
    db.execute(
        "CREATE VIRTUAL TABLE task_search USING fts5(body, tags, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    rebuild_search_index(db)


def rebuild_search_index(db: sqlite_utils.Database) -> None:
    """Re-create the triggers and re-fill the index (needed after any table.transform(), which drops triggers)."""
    for name in _TRIGGER_NAMES:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in _TRIGGERS:
        db.execute(sql)
    db.execute("DELETE FROM task_search")
    fill_search_index(db)


def fill_search_index(db: sqlite_utils.Database, first_id: int | None = None, last_id: int | None = None) -> None:
    """Index the tasks with ids first_id..last_id (all when None) in one statement."""
    where = "" if first_id is None else f" WHERE id BETWEEN {int(first_id)} AND {int(last_id or first_id)}"
    db.execute(f"INSERT INTO task_search(rowid, body, tags) SELECT {rank_sql('')}, "
               f"{FOLD_FUNCTION}({_indexed('')}), {_tags_sql('')} FROM tasks{where}")


def index_new_tasks(db: sqlite_utils.Database, first_id: int, last_id: int) -> None:
    """Index the tasks just inserted with ids first_id..last_id (the bulk insert under search_paused).

    The folding is left to the tokenizer here: unicode61 with remove_diacritics 2 lowercases and drops the
    marks in C, and only đ/Đ (no decomposition) are replaced first. The tokens are those of tthc_fold's text
    (a test compares them, positions included) at half the cost: 10,000 tasks 0.20 → 0.10 s. Schema step m007
    keeps fill_search_index as it shipped."""
    db.execute(f"INSERT INTO task_search(rowid, body, tags) SELECT {rank_sql('')}, "
               f"replace(replace({_indexed('')}, 'đ', 'd'), 'Đ', 'D'), {_tags_sql('')} FROM tasks "
               "WHERE id BETWEEN ? AND ?", [int(first_id), int(last_id)])


@contextmanager
def search_paused(db: sqlite_utils.Database) -> Iterator[None]:
    """Inserts on this connection skip the per-row index trigger; the caller fills the index (index_new_tasks)
    before leaving, in the same transaction."""
    flag = _paused[id(db.conn)]
    flag[0] = True
    try:
        yield
    finally:
        flag[0] = False


_ROLE = re.compile(r"^[a-z]+$")


def match_expression(query: str, *, roles: tuple[str, ...] = (), headings: bool = True) -> str | None:
    """FTS5 MATCH text for a search-box entry: every folded word as a prefix, all required, in the text column.
    ``roles``: only tasks with one of these roles; ``headings``=False leaves heading rows out."""
    tokens = query_tokens(query)
    if not tokens:
        return None
    expression = "body : (" + " AND ".join(f'"{t}"*' for t in tokens) + ")"
    if roles:
        if not all(_ROLE.match(r) for r in roles):
            raise ValueError(f"role {roles!r}")
        expression += " AND tags : (" + " OR ".join(f'"xrole{r}"' for r in roles) + ")"
    if not headings:
        expression += ' NOT tags : "xhead"'
    return expression
