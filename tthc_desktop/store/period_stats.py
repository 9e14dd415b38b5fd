"""Biểu 06 figures per reporting period, field (lĩnh vực) and level (table ``period_stats``); audited writes.

A period is stored under its key (``str(Period)``: "2025-Q3", "2025-07", "2025-6T" …). Saving a
period replaces all of its rows in one transaction; unchanged rows are left alone so the audit
log only shows what really changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.form06 import NUMERIC_COLUMNS, Form06Row
from .audit import AuditedWriter

TABLE = "period_stats"
COLUMN_NAMES = tuple(f"c{n}" for n in NUMERIC_COLUMNS)


def _row_values(row: Form06Row) -> dict[str, int]:
    return dict(zip(COLUMN_NAMES, row.columns(), strict=True))


class PeriodStatsRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    def rows(self, period: str) -> list[Form06Row]:
        out = []
        for r in self._db.rows_where(TABLE, "period = ?", [period], order_by="position, id"):
            out.append(Form06Row.from_columns(r["field"], r["level"] or "", [r[c] or 0 for c in COLUMN_NAMES]))
        return out

    def periods(self) -> list[str]:
        return [r[0] for r in self._db.execute(f"SELECT DISTINCT period FROM {TABLE} ORDER BY period").fetchall()]

    def replace_period(self, period: str, rows: Sequence[Form06Row]) -> tuple[int, int, int]:
        """Make the period hold exactly ``rows`` (in this order), in one transaction: (added, changed, removed)."""
        keys = [r.key for r in rows]
        if len(set(keys)) != len(keys):
            dup = next(k for k in keys if keys.count(k) > 1)
            raise ValueError(f"Lĩnh vực “{dup[0]}” cấp “{dup[1]}” có hai dòng: hãy gộp lại thành một dòng")
        added = changed = removed = 0
        with self._db.atomic():
            stored = {(r["field"], r["level"] or ""): r
                      for r in self._db.rows_where(TABLE, "period = ?", [period])}
            for position, row in enumerate(rows):
                values = _row_values(row) | {"position": position}
                old = stored.pop(row.key, None)
                if old is None:
                    self._w.insert(TABLE, {"period": period, "field": row.field, "level": row.level,
                                           "updated_at": self._w.now_iso()} | values)
                    added += 1
                elif any(old[k] != v for k, v in values.items()):
                    self._w.update(TABLE, old["id"], values | {"updated_at": self._w.now_iso()})
                    changed += 1
            for old in stored.values():
                self._w.delete(TABLE, old["id"])
                removed += 1
        return added, changed, removed
