"""The user's own unit and other units (the profile asked on first run), with the unit's own details.

The details (cơ quan chủ quản, địa danh, ký hiệu, signer, chức vụ, quyền hạn, recipients) feed report
headings. A unit stored as cấp huyện (abolished 1/7/2025) is still read; ``needs_level_choice`` tells the
GUI/CLI to ask the officer once for the new level.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain.entities import Unit, UnitLevel
from .audit import AuditedWriter
from .sqlite_uri import peek

DETAIL_FIELDS = ("parent_name", "place", "abbr", "signer", "position", "authority", "recipients")
# Quyền hạn lines offered in the unit dialog (editable there): text of the documents themselves.
AUTHORITY_SUGGESTIONS = ["", "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH"]
LEVEL_ASKED = "unit_level_asked"  # setting: the officer was asked once to replace cấp huyện


class UnitRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    def own_unit(self) -> Unit | None:
        # plain SQL: asked at every start-up, before anything else needs sqlite-utils' table API
        cursor = self._db.execute("SELECT * FROM units WHERE is_own = 1 LIMIT 1")
        row = cursor.fetchone()
        return _to_unit(dict(zip([d[0] for d in cursor.description], row, strict=True))) if row else None

    def save_own_unit(self, name: str, level: UnitLevel, **details: str) -> Unit:
        """Create or update the own unit; ``details`` are DETAIL_FIELDS (unnamed ones are kept as they are)."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("Tên đơn vị không được để trống.")
        unknown = set(details) - set(DETAIL_FIELDS)
        if unknown:
            raise ValueError(f"unknown unit details: {sorted(unknown)}")
        clean = {k: _clean(k, v) for k, v in details.items() if v is not None}
        current = self.own_unit()
        if current is None:
            unit_id = self._w.insert("units", {"name": name, "level": level.value, "is_own": 1, **clean})
            return replace(Unit(id=unit_id, name=name, level=level, is_own=True), **clean)
        self._w.update("units", current.id, {"name": name, "level": level.value, **clean})
        return replace(current, name=name, level=level, **clean)

    def needs_level_choice(self) -> bool:
        """The own unit is still cấp huyện: the officer must choose its new level."""
        unit = self.own_unit()
        return unit is not None and unit.level.is_obsolete

    def get(self, unit_id: int) -> Unit:
        return _to_unit(self._db["units"].get(unit_id))


def _clean(field: str, value: str) -> str:
    if field == "recipients":  # one recipient a line
        return "\n".join(line.strip() for line in str(value).splitlines() if line.strip())
    return " ".join(str(value).split())


def _to_unit(row: dict) -> Unit:
    return Unit(
        id=row["id"],
        name=row["name"],
        level=UnitLevel(row["level"]),
        parent_id=row["parent_id"],
        is_own=bool(row["is_own"]),
        **{k: row.get(k) or "" for k in DETAIL_FIELDS},
    )


def read_own_unit(path: Path) -> Unit | None:
    """The own unit of a database file, read-only and without its lock (a dry run must not wait for the
    GUI nor create or migrate the file); None when there is no file or no unit yet."""
    def query(conn):
        row = conn.execute("SELECT * FROM units WHERE is_own = 1 LIMIT 1").fetchone()
        return _to_unit(dict(row)) if row else None

    return peek(path, query)
