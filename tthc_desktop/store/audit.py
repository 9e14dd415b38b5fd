"""The audit log and the write helpers every repository uses, so no write escapes it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from itertools import chain
from typing import TYPE_CHECKING, Any

from ..domain.entities import AuditEntry

if TYPE_CHECKING:
    import sqlite_utils

_BINDABLE = frozenset({str, int, float, bytes, type(None)})  # bound as they are; others as sqlite-utils would
_ID_BATCH = 500  # ids per SELECT … IN (…): well under SQLite's bound-parameter limit


def _now() -> datetime:
    return datetime.now().astimezone()


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return _ENCODER.encode(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# json.dumps with options builds a new encoder per call: one shared encoder writes the same text, faster
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=_json_default)


def _bindable(row: Mapping[str, Any]) -> list[Any]:
    """The row's values as SQLite binds them: plain values as they are, others as sqlite-utils would store them."""
    values = list(row.values())
    if _BINDABLE.issuperset(map(type, values)):
        return values
    from sqlite_utils.db import jsonify_if_needed  # lists, dicts, dates…: stored as sqlite-utils stores them

    return [v if type(v) in _BINDABLE else jsonify_if_needed(v) for v in values]


class AuditedWriter:
    """Inserts, updates and deletes rows, recording old → new in ``audit_log`` in the same transaction."""

    def __init__(self, db: sqlite_utils.Database, actor: Callable[[], str], clock: Callable[[], datetime] = _now):
        self.db = db
        self._actor = actor
        self._clock = clock

    def now_iso(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        with self.db.atomic():
            row_id = self.db[table].insert(dict(row)).last_pk
            self._log("insert", table, row_id, None, self._get(table, row_id))
        return int(row_id)

    def insert_many(self, table: str, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        """Insert ``rows`` in order in one transaction, each audited exactly as ``insert`` audits it.

        For tables whose primary key is the rowid (``id INTEGER PRIMARY KEY``). Rows keep the ids they
        carry; the others get SQLite's next id. The stored rows are read back in a few batched SELECTs
        (defaults and type affinity included) and the audit rows are written with one executemany.
        """
        if not rows:
            return []
        conn = self.db.conn
        with self.db.atomic():
            ids = self._next_ids(table, rows)
            if ids is None:  # AUTOINCREMENT (or ids at the top of the range): SQLite picks, one row at a time
                ids = [self._insert_one(table, row) for row in rows]
            else:
                # consecutive rows with the same columns go in one executemany (one statement per row cost
                # more than the insert itself); each row gets the id SQLite would have given it
                start = 0
                while start < len(rows):
                    columns = tuple(rows[start])
                    end = start + 1
                    while end < len(rows) and tuple(rows[end]) == columns:
                        end += 1
                    names = ("rowid", *columns) if "id" not in columns else columns
                    values = [list(rows[i].values()) for i in range(start, end)]
                    if not _BINDABLE.issuperset(map(type, chain.from_iterable(values))):  # one pass for the run
                        values = [_bindable(rows[i]) for i in range(start, end)]
                    if "id" not in columns:
                        values = [[ids[i], *v] for i, v in zip(range(start, end), values, strict=True)]
                    conn.executemany(
                        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) "
                        f"VALUES ({', '.join('?' * len(names))})", values)
                    start = end
            at, actor = self.now_iso(), self._actor()
            if not self._audit_range_in_sql(table, ids, at, actor):
                stored = self._get_many(table, ids)
                conn.executemany(
                    "INSERT INTO audit_log (at, actor, action, table_name, row_id, old_json, new_json) "
                    "VALUES (?, ?, 'insert', ?, ?, NULL, ?)",
                    [(at, actor, table, row_id, to_json(stored[row_id])) for row_id in ids])
        return ids

    def _audit_range_in_sql(self, table: str, ids: Sequence[int], at: str, actor: str) -> bool:
        """Audit rows just inserted with consecutive ids in one INSERT … SELECT, the JSON built by SQLite
        (reading the rows back and encoding them in Python cost more than the insert). The text is compact
        but holds the same object ``to_json`` writes (sorted keys). False when it cannot: ids not one
        ascending run, or a BLOB value (the failed statement changed nothing; the row-by-row path then
        raises as it always did)."""
        if list(ids) != list(range(ids[0], ids[0] + len(ids))):
            return False
        columns = sorted(row[1] for row in self.db.conn.execute(f"PRAGMA table_info([{table}])"))
        pairs = ", ".join(f"?, [{c}]" for c in columns)
        try:
            self.db.conn.execute(
                "INSERT INTO audit_log (at, actor, action, table_name, row_id, old_json, new_json) "
                f"SELECT ?, ?, 'insert', ?, rowid, NULL, json_object({pairs}) FROM [{table}] "
                "WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                [at, actor, table, *columns, ids[0], ids[-1]])
        except sqlite3.OperationalError:
            return False
        return True

    def _next_ids(self, table: str, rows: Sequence[Mapping[str, Any]]) -> list[int] | None:
        """The ids SQLite would give ``rows`` inserted one by one (a carried id, else the largest rowid + 1);
        None when it would not be that rule (AUTOINCREMENT, or the largest id too close to 2**63 - 1)."""
        conn = self.db.conn
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
        if "AUTOINCREMENT" in sql.upper():
            return None
        top = conn.execute(f"SELECT max(rowid) FROM [{table}]").fetchone()[0] or 0
        ids = []
        for row in rows:
            row_id = row.get("id")
            if row_id is None:
                row_id = top + 1
            if type(row_id) is not int or row_id >= 2**63 - 1:
                return None
            top = max(top, row_id)
            ids.append(row_id)
        if len(set(ids)) != len(ids):
            return None  # a duplicate id: let SQLite raise as the one-row insert does
        return ids

    def _insert_one(self, table: str, row: Mapping[str, Any]) -> int:
        columns = tuple(row)
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        return int(self.db.conn.execute(sql, _bindable(row)).lastrowid)

    def _get_many(self, table: str, ids: Sequence[int]) -> dict[int, dict]:
        """The stored rows by rowid, as ``_get`` would return them one by one."""
        found: dict[int, dict] = {}
        for start in range(0, len(ids), _ID_BATCH):
            chunk = ids[start:start + _ID_BATCH]
            cursor = self.db.conn.execute(
                f"SELECT rowid, * FROM [{table}] WHERE rowid IN ({', '.join('?' * len(chunk))})", chunk)
            names = [d[0] for d in cursor.description[1:]]
            for rowid, *values in cursor:
                found[rowid] = dict(zip(names, values, strict=True))
        return found

    def update(self, table: str, row_id: int | str, changes: Mapping[str, Any]) -> None:
        with self.db.atomic():
            old = self._get(table, row_id)
            if old is None:
                raise KeyError(f"{table} #{row_id} không tồn tại")
            self.db[table].update(row_id, dict(changes))
            new = self._get(table, row_id)
            if new != old:
                self._log("update", table, row_id, _diff(old, new, keep=old), _diff(old, new, keep=new))

    def upsert(self, table: str, row: Mapping[str, Any], pk: str) -> None:
        with self.db.atomic():
            old = self._get(table, row[pk])
            self.db[table].upsert(dict(row), pk=pk)
            new = self._get(table, row[pk])
            if new != old:
                self._log("update" if old else "insert", table, None, old, new)

    def delete(self, table: str, row_id: int | str) -> dict | None:
        with self.db.atomic():
            old = self._get(table, row_id)
            if old is None:
                return None
            self.db[table].delete(row_id)
            self._log("delete", table, row_id, old, None)
        return old

    def _get(self, table: str, row_id: int | str) -> dict | None:
        from sqlite_utils.db import NotFoundError  # loaded with the table API below anyway

        try:
            return dict(self.db[table].get(row_id))
        except NotFoundError:
            return None

    def _log(self, action: str, table: str, row_id: Any, old: dict | None, new: dict | None) -> None:
        self.db["audit_log"].insert(
            {
                "at": self.now_iso(),
                "actor": self._actor(),
                "action": action,
                "table_name": table,
                "row_id": row_id if isinstance(row_id, int) else None,
                "old_json": to_json(old),
                "new_json": to_json(new),
            }
        )


def _diff(old: dict, new: dict, keep: dict) -> dict:
    """Only the columns that changed, taken from ``keep``."""
    return {k: keep.get(k) for k in set(old) | set(new) if old.get(k) != new.get(k)}


def read_audit(db: sqlite_utils.Database, *, table: str | None = None, limit: int = 200) -> list[AuditEntry]:
    where, params = ("table_name = ?", [table]) if table else (None, None)
    rows = db.rows_where("audit_log", where, params, order_by="id desc", limit=limit)
    return [
        AuditEntry(
            id=r["id"],
            at=datetime.fromisoformat(r["at"]),
            actor=r["actor"] or "",
            action=r["action"],
            table=r["table_name"],
            row_id=r["row_id"],
            old=json.loads(r["old_json"]) if r["old_json"] else None,
            new=json.loads(r["new_json"]) if r["new_json"] else None,
        )
        for r in rows
    ]
