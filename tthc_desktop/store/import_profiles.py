"""Saved "how to read this issuer's plans" profiles, kept in the settings table (one JSON value per key).

Public API:
    ``ImportProfileRepository(settings)``  ``get(issuer_key, layout)``, ``put(issuer_key, layout, data)``,
    ``all()``
    ``read_profile(db_path, issuer_key, layout)``  read-only, without the lock (``import-plan --dry-run``)

A profile is small (a column mapping and a few row corrections), written once per import, so the
key/value settings table fits and no migration is needed. Keys: ``import_profile:<issuer>|<layout>``.
"""

from __future__ import annotations

import json
from pathlib import Path

from .settings_repo import SettingsRepository
from .sqlite_uri import peek

PREFIX = "import_profile:"


def _parse(raw: str | None) -> dict | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None  # a damaged value is a missing profile, never a failed import
    return data if isinstance(data, dict) else None


def read_profile(db_path: Path, issuer_key: str, layout: str) -> dict | None:
    """The profile stored in a database file, read-only and without its lock (a dry run must not wait for
    the GUI nor create the file); None when there is no file or no such profile."""
    def query(conn):
        row = conn.execute("SELECT value FROM settings WHERE key = ?",
                           [ImportProfileRepository.key(issuer_key, layout)]).fetchone()
        return _parse(row[0]) if row else None

    return peek(db_path, query)


class ImportProfileRepository:
    def __init__(self, settings: SettingsRepository):
        self._settings = settings

    @staticmethod
    def key(issuer_key: str, layout: str) -> str:
        return f"{PREFIX}{issuer_key}|{layout}"

    def get(self, issuer_key: str, layout: str) -> dict | None:
        return _parse(self._settings.get(self.key(issuer_key, layout)))

    def put(self, issuer_key: str, layout: str, data: dict) -> None:
        self._settings.set(self.key(issuer_key, layout), json.dumps(data, ensure_ascii=False, sort_keys=True))

    def all(self) -> dict[str, dict]:
        out = {}
        for key, raw in self._settings.all().items():
            if key.startswith(PREFIX):
                try:
                    out[key[len(PREFIX):]] = json.loads(raw)
                except ValueError:
                    continue
        return out
