"""The user's own unit and other units (the profile asked on first run)."""

from __future__ import annotations

from dataclasses import replace

from ..domain.entities import Unit, UnitLevel
from .audit import AuditedWriter


class UnitRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    def own_unit(self) -> Unit | None:
        rows = list(self._db["units"].rows_where("is_own = 1", limit=1))
        return _to_unit(rows[0]) if rows else None

    def save_own_unit(self, name: str, level: UnitLevel) -> Unit:
        name = " ".join(name.split())
        if not name:
            raise ValueError("Tên đơn vị không được để trống.")
        current = self.own_unit()
        if current is None:
            unit_id = self._w.insert("units", {"name": name, "level": level.value, "is_own": 1})
            return Unit(id=unit_id, name=name, level=level, is_own=True)
        self._w.update("units", current.id, {"name": name, "level": level.value})
        return replace(current, name=name, level=level)

    def get(self, unit_id: int) -> Unit:
        return _to_unit(self._db["units"].get(unit_id))


def _to_unit(row: dict) -> Unit:
    return Unit(
        id=row["id"],
        name=row["name"],
        level=UnitLevel(row["level"]),
        parent_id=row["parent_id"],
        is_own=bool(row["is_own"]),
    )
