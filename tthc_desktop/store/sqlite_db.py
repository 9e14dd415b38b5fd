"""The database object every layer holds: a sqlite3 connection with sqlite-utils' ``execute`` and ``atomic``,
and sqlite-utils itself (tables, queries, upserts…) loaded the first time one of those is used.

Importing sqlite-utils (with click, pluggy, dateutil) was the largest part of the app's start-up after Qt, and
start-up only needs a few statements. ``execute``, ``atomic``, ``commit`` and ``rollback`` below behave as
sqlite-utils 4's do (same auto-commit and savepoint rules); everything else is sqlite-utils' own ``Database``
on the same connection.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

_TRANSACTION_CONTROL_KEYWORDS = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


def _first_keyword(sql: str) -> str:
    """The first keyword of ``sql``, uppercased, past blanks, ``;``, a BOM and comments (as sqlite-utils reads it)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


class Database:
    """A connection with sqlite-utils' statement rules; other attributes come from sqlite-utils, loaded lazily."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._utils: sqlite_utils.Database | None = None
        self.execute("PRAGMA recursive_triggers=on;")  # what sqlite_utils.Database(conn) sets

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @conn.setter
    def conn(self, conn: sqlite3.Connection) -> None:  # a restore reopens the file under the same object
        self._conn = conn
        if self._utils is not None:
            self._utils.conn = conn

    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' Database on this connection (imported on first use)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self._conn, execute_plugins=False, recursive_triggers=False)
        return self._utils

    def __getitem__(self, table_name: str) -> Any:
        return self.utils()[table_name]

    def __getattr__(self, name: str) -> Any:  # only for what this class does not define
        if name.startswith("__") or name in ("_conn", "_utils"):
            raise AttributeError(name)
        return getattr(self.utils(), name)

    def query(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """The rows of one SELECT as dicts (sqlite-utils' ``query``, without loading sqlite-utils: the pages
        list through this and rows_where at start-up; sqlite-utils with click and pluggy costs ~0.1 s to import)."""
        cursor = self.execute(sql, parameters)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def rows_where(self, table: str, where: str | None = None, where_args: Sequence[Any] | None = None, *,
                   order_by: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """``db[table].rows_where(…)`` of sqlite-utils, as dicts ("where", "order_by": SQL written in our code)."""
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "")
        sql += (f" ORDER BY {order_by}" if order_by else "") + (f" LIMIT {int(limit)}" if limit is not None else "")
        return self.query(sql, where_args or ())

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once (sqlite-utils' rule)."""
        conn = self._conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed statement's implicit transaction would capture later writes
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL_KEYWORDS):
            conn.execute("COMMIT")
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested blocks are savepoints."""
        conn = self._conn
        if conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"  # what secrets.token_hex does, without loading OpenSSL
            conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # a RAISE(ROLLBACK) trigger may have ended it, savepoints included
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")

    def rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
