"""Key/value settings kept with the data (the officer's name, per-unit defaults), audited like any write."""

from __future__ import annotations

from collections.abc import Callable

from .audit import AuditedWriter

OFFICER_NAME = "officer_name"


class SettingsRepository:
    def __init__(self, writer: AuditedWriter, on_change: Callable[[str], None] | None = None):
        self._w = writer
        self._db = writer.db
        self._on_change = on_change  # told the key after every set (AppContext drops its cached actor)

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        try:
            self._w.upsert("settings", {"key": key, "value": value}, pk="key")
        finally:
            if self._on_change is not None:
                self._on_change(key)

    def all(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._db["settings"].rows}
