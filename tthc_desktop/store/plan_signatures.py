"""The ``plan_signatures`` table: who signed a received PDF plan and when, with the verification verdict."""

from __future__ import annotations


def create_plan_signatures_schema(db) -> None:
    db["plan_signatures"].create(
        {"id": int, "plan_id": int, "field": str, "signer_cn": str, "signer_org": str, "signing_time": str,
         "valid": int, "trusted": int, "summary": str},
        pk="id", foreign_keys=[("plan_id", "plans", "id")], not_null={"plan_id"}, if_not_exists=True,
    )
    db["plan_signatures"].create_index(["plan_id"], if_not_exists=True)


def replace_plan_signatures(db, plan_id: int, rows: list[dict]) -> None:
    """Replace the plan's stored signatures (inside the caller's transaction)."""
    db.execute("DELETE FROM plan_signatures WHERE plan_id = ?", [plan_id])
    if rows:
        db["plan_signatures"].insert_all([{"plan_id": plan_id, **r} for r in rows])


def list_plan_signatures(db, plan_id: int) -> list[dict]:
    return list(db["plan_signatures"].rows_where("plan_id = ?", [plan_id], order_by="id"))
