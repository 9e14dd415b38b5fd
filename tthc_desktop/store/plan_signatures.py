"""The ``plan_signatures`` table: who signed a received PDF plan and when, with the verification verdict."""

from __future__ import annotations


def replace_plan_signatures(db, plan_id: int, rows: list[dict]) -> None:
    """Replace the plan's stored signatures (inside the caller's transaction)."""
    db.execute("DELETE FROM plan_signatures WHERE plan_id = ?", [plan_id])
    if rows:
        db["plan_signatures"].insert_all([{"plan_id": plan_id, **r} for r in rows])


def list_plan_signatures(db, plan_id: int) -> list[dict]:
    return list(db.rows_where("plan_signatures", "plan_id = ?", [plan_id], order_by="id"))
