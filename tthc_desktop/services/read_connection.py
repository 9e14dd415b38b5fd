"""A read-only connection of its own for work on a background thread (the dashboard, previews).

WAL lets it read while the UI thread's connection writes; it carries the same SQL functions as the main one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..store.search import register_functions
from ..store.sqlite_db import Database
from ..store.sqlite_uri import connect_read_only


def open_reader(db_path: Path | str) -> Database:
    """A read-only Database on ``db_path``, usable from the thread that opens it (and interruptible from any)."""
    conn: sqlite3.Connection = connect_read_only(db_path, check_same_thread=False)
    register_functions(conn)
    return Database(conn)  # sqlite-utils' table API loads on first use, not at start-up
