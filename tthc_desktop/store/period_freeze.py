"""Frozen figures of a reporting period (table ``period_freezes``, migration m007): one snapshot per period.

The snapshot is the report data of the period as JSON (services/period_freeze.py makes it); its
SHA-256 identifies it. Freezing again replaces it; both are audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from .audit import AuditedWriter

TABLE = "period_freezes"


@dataclass(frozen=True)
class Freeze:
    period: str
    frozen_at: str
    frozen_by: str
    data_json: str
    sha256: str


class PeriodFreezeRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    def get(self, period: str) -> Freeze | None:
        rows = list(self._db.rows_where(TABLE, "period = ?", [period]))
        return Freeze(**rows[0]) if rows else None

    def put(self, period: str, frozen_by: str, data_json: str, sha256: str) -> Freeze:
        self._w.upsert(TABLE, {"period": period, "frozen_at": self._w.now_iso(), "frozen_by": frozen_by,
                               "data_json": data_json, "sha256": sha256}, pk="period")
        return self.get(period)  # type: ignore[return-value]

    def remove(self, period: str) -> bool:
        return self._w.delete(TABLE, period) is not None

    def periods(self) -> list[str]:
        return [r["period"] for r in self._db.rows_where(TABLE, order_by="period")]
