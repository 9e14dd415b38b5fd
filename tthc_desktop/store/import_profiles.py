"""Saved "how to read this issuer's plans" profiles, kept in the settings table (one JSON value per key).

Public API:
    ``ImportProfileRepository(settings)``  ``get(issuer_key, layout)``, ``put(issuer_key, layout, data)``,
    ``all()``

A profile is small (a column mapping and a few row corrections), written once per import, so the
key/value settings table fits and no migration is needed. Keys: ``import_profile:<issuer>|<layout>``.
"""

from __future__ import annotations

import json

from .settings_repo import SettingsRepository

PREFIX = "import_profile:"


class ImportProfileRepository:
    def __init__(self, settings: SettingsRepository):
        self._settings = settings

    @staticmethod
    def key(issuer_key: str, layout: str) -> str:
        return f"{PREFIX}{issuer_key}|{layout}"

    def get(self, issuer_key: str, layout: str) -> dict | None:
        raw = self._settings.get(self.key(issuer_key, layout))
        if not raw:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            return None  # a damaged value is a missing profile, never a failed import
        return data if isinstance(data, dict) else None

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
