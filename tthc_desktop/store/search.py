"""Diacritic-insensitive task search: an FTS5 index over folded text (đ→d), kept current by triggers.

The tokenizer's remove_diacritics does not fold đ, so the indexed text is folded in Python through the
SQL function ``tthc_fold`` that every connection registers (see database.open_database).
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from ..domain.text_fold import fold, query_tokens

FOLD_FUNCTION = "tthc_fold"
_INDEXED = "coalesce(NEW.number,'') || ' ' || coalesce(NEW.content,'') || ' ' || coalesce(NEW.lead_text,'') || ' ' || " \
           "coalesce(NEW.coordinating_text,'') || ' ' || coalesce(NEW.product,'') || ' ' || " \
           "coalesce(NEW.deadline_text,'') || ' ' || coalesce(NEW.outcome,'') || ' ' || coalesce(NEW.notes,'')"

_TRIGGERS = (
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


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)


def create_search_index(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS task_search USING fts5(body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    rebuild_search_index(db)


def rebuild_search_index(db: sqlite_utils.Database) -> None:
    """Re-create the triggers and re-fill the index (needed after any table.transform(), which drops triggers)."""
    for name in ("tasks_search_ai", "tasks_search_au", "tasks_search_ad"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in _TRIGGERS:
        db.execute(sql)
    db.execute("DELETE FROM task_search")
    db.execute(
        "INSERT INTO task_search(rowid, body) SELECT id, "
        + FOLD_FUNCTION + "(" + _INDEXED.replace("NEW.", "") + ") FROM tasks"
    )


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for a search-box entry: every folded word as a prefix, all required."""
    tokens = query_tokens(query)
    if not tokens:
        return None
    return " AND ".join(f'"{t}"*' for t in tokens)
