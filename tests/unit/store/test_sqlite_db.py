"""store.sqlite_db.Database: sqlite-utils' execute/atomic rules on plain sqlite3, sqlite-utils loaded lazily."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from tthc_desktop.store.sqlite_db import Database


def _pair(tmp_path):
    """Our Database and sqlite-utils' on two files with the same table."""
    out = []
    for name, make in (("ours.db", Database), ("theirs.db", lambda c: sqlite_utils.Database(c, execute_plugins=False))):
        conn = sqlite3.connect(tmp_path / name)
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        conn.commit()
        out.append(make(conn))
    return out


def _script(db) -> list:
    seen = []
    db.execute("INSERT INTO t (v) VALUES ('a')")  # outside a transaction: committed at once
    seen.append(db.conn.in_transaction)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (v) VALUES (NULL)")
    seen.append(db.conn.in_transaction)  # the failed statement left no transaction open
    with db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('b')")
        with pytest.raises(ValueError), db.atomic():  # a nested block is a savepoint
            db.execute("INSERT INTO t (v) VALUES ('lost')")
            raise ValueError
        seen.append(db.conn.in_transaction)
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('rolled back')")
        raise RuntimeError
    db.execute("/* comment */ BEGIN")  # transaction control is not auto-committed
    seen.append(db.conn.in_transaction)
    db.execute("INSERT INTO t (v) VALUES ('c')")
    db.commit()
    seen.append([r[0] for r in db.conn.execute("SELECT v FROM t ORDER BY id")])
    seen.append(db.execute("PRAGMA recursive_triggers").fetchone()[0])
    return seen


def test_execute_and_atomic_follow_sqlite_utils(tmp_path):
    ours, theirs = _pair(tmp_path)
    assert _script(ours) == _script(theirs) == [False, False, True, True, ["a", "b", "c"], 1]


def test_table_api_is_sqlite_utils_on_the_same_connection_and_follows_a_reconnect(tmp_path):
    ours, _ = _pair(tmp_path)
    ours.execute("INSERT INTO t (v) VALUES ('a')")
    assert ours["t"].count == 1 and ours.table_names() == ["t"]
    fresh = sqlite3.connect(tmp_path / "theirs.db")
    ours.conn = fresh  # what AppContext.reconnect does after a restore
    assert ours["t"].count == 0 and ours.utils().conn is fresh


@pytest.mark.parametrize(("where", "args", "order_by", "limit"), [
    (None, None, None, None),
    ("v > ?", ["b"], "v DESC", None),
    ("v <> ?", ["c"], "id DESC", 1),
    (None, None, "v", 0),
])
def test_rows_where_and_query_give_sqlite_utils_rows_without_loading_it(tmp_path, where, args, order_by, limit):
    ours, theirs = _pair(tmp_path)
    for db in (ours, theirs):
        for v in ("b", "a", "d", "c"):
            db.execute("INSERT INTO t (v) VALUES (?)", [v])
    expected = list(theirs["t"].rows_where(where, args, order_by=order_by, limit=limit))
    assert list(ours.rows_where("t", where, args, order_by=order_by, limit=limit)) == expected
    assert list(ours.query("SELECT * FROM t WHERE id > ?", [2])) == list(theirs.query("SELECT * FROM t WHERE id > ?", [2]))
    assert ours._utils is None  # the table API was never needed
