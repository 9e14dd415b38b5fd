"""The unit's catalogue of procedures (table ``procedures``, keyed by mã TTHC); every write is audited.

Days are kept as decimal text ("0.5", "15") so nothing is lost to binary floats; costs and
volumes are whole numbers; flags are 0/1. ``position`` keeps the catalogue's order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields
from decimal import Decimal
from typing import Any

from ..domain.procedures import DaysKind, Level, OnlineLevel, Procedure
from .audit import AuditedWriter

TABLE = "procedures"
_FLAGS = ("business_related", "internal", "cross_boundary", "one_stop", "baseline_cost_not_regulated",
          "current_cost_not_regulated")


def procedure_to_row(p: Procedure) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in fields(Procedure):
        value = getattr(p, f.name)
        if f.name in _FLAGS:
            value = int(bool(value))
        elif isinstance(value, Decimal):
            value = format(value.normalize(), "f")
        elif f.name in ("level", "online_level", "days_kind"):
            value = value.value if value is not None else None
        row[f.name] = value
    return row


def row_to_procedure(row: Mapping[str, Any]) -> Procedure:
    def days(name: str) -> Decimal | None:
        return Decimal(row[name]) if row.get(name) not in (None, "") else None

    return Procedure(
        code=row["code"],
        name=row["name"],
        field=row.get("field") or "",
        level=Level(row["level"]) if row.get("level") else None,
        business_related=bool(row.get("business_related")),
        internal=bool(row.get("internal")),
        online_level=OnlineLevel(row.get("online_level") or OnlineLevel.NONE),
        cross_boundary=bool(row.get("cross_boundary")),
        one_stop=bool(row.get("one_stop")),
        baseline_days=days("baseline_days"),
        current_days=days("current_days"),
        days_kind=DaysKind(row.get("days_kind") or DaysKind.WORKING),
        baseline_cost=row.get("baseline_cost"),
        current_cost=row.get("current_cost"),
        baseline_cost_not_regulated=bool(row.get("baseline_cost_not_regulated")),
        current_cost_not_regulated=bool(row.get("current_cost_not_regulated")),
        yearly_volume=row.get("yearly_volume"),
    )


class ProcedureRepository:
    """Catalogue storage; ``upsert_many`` is one transaction and reports what changed."""

    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    def list(self) -> list[Procedure]:
        rows = self._db.rows_where(TABLE, order_by="position, code")
        return [row_to_procedure(r) for r in rows]

    def get(self, code: str) -> Procedure | None:
        row = next(self._db.rows_where(TABLE, "code = ?", [code]), None)
        return row_to_procedure(row) if row is not None else None

    def codes(self) -> set[str]:
        return {r[0] for r in self._db.execute(f"SELECT code FROM {TABLE}").fetchall()}

    def count(self) -> int:
        return self._db[TABLE].count

    def save(self, p: Procedure, position: int | None = None) -> bool:
        """Insert or update one procedure; True when something changed (the audit log gets the diff)."""
        old = self._db.execute(f"SELECT position FROM {TABLE} WHERE code = ?", [p.code]).fetchone()
        if position is None:
            position = old[0] if old else self._next_position()
        row = procedure_to_row(p) | {"position": position}
        before = self.get(p.code)
        if before == p and old is not None and old[0] == position:
            return False
        self._w.upsert(TABLE, row | {"updated_at": self._w.now_iso()}, pk="code")
        return True

    def upsert_many(self, procedures: Iterable[Procedure]) -> tuple[int, int, int]:
        """Store in file order in ONE transaction: (created, updated, unchanged)."""
        created = updated = unchanged = 0
        with self._db.atomic():
            known = self.codes()
            for position, p in enumerate(procedures):
                existed = p.code in known
                changed = self.save(p, position)
                if not existed:
                    created += 1
                elif changed:
                    updated += 1
                else:
                    unchanged += 1
        return created, updated, unchanged

    def delete(self, code: str) -> bool:
        return self._w.delete(TABLE, code) is not None

    def _next_position(self) -> int:
        row = self._db.execute(f"SELECT COALESCE(MAX(position), -1) + 1 FROM {TABLE}").fetchone()
        return int(row[0])
