"""Facts about an open database for `db info` and the About dialog."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .files import integrity_check
from .migrations import latest_version, schema_version

if TYPE_CHECKING:
    import sqlite_utils

COUNTED_TABLES = ("units", "plans", "tasks", "task_due_dates", "task_updates", "audit_log", "settings")


@dataclass(frozen=True)
class DatabaseInfo:
    path: str
    size_bytes: int
    journal_mode: str
    schema_version: int
    latest_schema_version: int
    row_counts: dict[str, int]
    integrity: str

    def as_dict(self) -> dict:
        return asdict(self)


def database_info(db: sqlite_utils.Database, path: Path) -> DatabaseInfo:
    counts = {t: db[t].count for t in COUNTED_TABLES if db[t].exists()}
    for extra in sorted(set(db.table_names()) - set(COUNTED_TABLES)):
        if not extra.startswith(("_", "sqlite_")) and "_fts" not in extra:
            counts[extra] = db[extra].count
    return DatabaseInfo(
        path=str(path),
        size_bytes=path.stat().st_size if path.exists() else 0,
        journal_mode=db.execute("PRAGMA journal_mode").fetchone()[0],
        schema_version=schema_version(db),
        latest_schema_version=latest_version(),
        row_counts=counts,
        integrity=integrity_check(db),
    )
