"""Plans (kế hoạch): storage and lookup by symbol or by the source file's hash."""

from __future__ import annotations

from ..domain.entities import Plan
from .audit import AuditedWriter
from .convert import from_iso, iso


class PlanRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    def add(self, plan: Plan) -> int:
        return self._w.insert("plans", _plan_row(plan) | {"created_at": self._w.now_iso()})

    def update(self, plan: Plan) -> None:
        self._w.update("plans", plan.id, _plan_row(plan))

    def get(self, plan_id: int) -> Plan:
        return _to_plan(self._db["plans"].get(plan_id))

    def all(self) -> list[Plan]:
        return [_to_plan(r) for r in self._db.rows_where("plans", order_by="year DESC, id DESC")]

    def years(self) -> list[int]:
        """The distinct plan years, newest first (the task list's year filter)."""
        return [y for (y,) in self._db.execute("SELECT DISTINCT year FROM plans ORDER BY year DESC").fetchall()]

    def find_existing(self, *, symbol: str, source_sha256: str) -> Plan | None:
        """The plan a re-import refers to: same symbol (when given) or the very same source file."""
        clauses, params = [], []
        if symbol.strip():
            clauses.append("lower(trim(symbol)) = lower(trim(?))")
            params.append(symbol)
        if source_sha256:
            clauses.append("source_sha256 = ?")
            params.append(source_sha256)
        if not clauses:
            return None
        rows = list(self._db.rows_where("plans", " OR ".join(clauses), params, order_by="id", limit=1))
        return _to_plan(rows[0]) if rows else None


def _plan_row(plan: Plan) -> dict:
    return {"symbol": plan.symbol, "issued_on": iso(plan.issued_on), "issuer": plan.issuer, "title": plan.title,
            "year": plan.year, "source_file": plan.source_file, "source_sha256": plan.source_sha256}


def _to_plan(row: dict) -> Plan:
    return Plan(
        id=row["id"],
        symbol=row["symbol"] or "",
        issued_on=from_iso(row["issued_on"]),
        issuer=row["issuer"] or "",
        title=row["title"],
        year=row["year"],
        source_file=row["source_file"] or "",
        source_sha256=row.get("source_sha256") or "",
    )
