"""Signatures of a received plan: a signed PDF plan is verified on import and its signers and signing times are
kept with the plan (issue 14); the "Kế hoạch" detail shows them.

``read_plan_signatures(ctx, path)`` verifies (before the import's transaction: it may take a moment) and
``store_plan_signatures(ctx, plan_id, rows)`` writes inside it, replacing what a previous import stored.
A file that is not a signed PDF gives no rows; a damaged signature is stored with its Vietnamese verdict.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..store.plan_signatures import list_plan_signatures, replace_plan_signatures
from .context import AppContext

log = logging.getLogger(__name__)


def read_plan_signatures(ctx: AppContext, path: Path | str) -> list[dict]:
    """The signatures of a PDF plan, verified against the officer's trust store; [] for other files."""
    path = Path(path)
    if path.suffix.lower() != ".pdf" or not path.is_file():
        return []
    from ..signing.errors import SigningError
    from ..signing.trust_store import TrustStore
    from ..signing.verify import verify_pdf
    from .submissions_service import trust_store_dir

    try:
        roots = TrustStore(trust_store_dir(ctx.data_dir)).certificates()
    except (OSError, ValueError):
        roots = []
    try:
        report = verify_pdf(path, roots)
    except SigningError as exc:  # an unreadable PDF is the plan reader's business, not ours
        log.warning("Plan signatures of %s not read: %s", path, exc)
        return []
    return [{"field": s.field_name, "signer_cn": s.signer_cn, "signer_org": s.signer_org,
             "signing_time": s.signing_time.isoformat() if s.signing_time else None,
             "valid": int(s.ok), "trusted": int(s.trusted), "summary": s.summary} for s in report.signatures]


def store_plan_signatures(ctx: AppContext, plan_id: int, rows: list[dict]) -> None:
    """Replace the plan's stored signatures (call inside the import's transaction)."""
    replace_plan_signatures(ctx.db, plan_id, rows)


def plan_signatures(ctx: AppContext, plan_id: int) -> list[dict]:
    return list_plan_signatures(ctx.db, plan_id)


def signers_text(rows: list[dict]) -> str:
    """"Nguyễn Văn Bình (UBND tỉnh Đồng Tháp), 20/01/2026 10:15 — hợp lệ" one signature a line."""
    from datetime import datetime

    lines = []
    for r in rows:
        who = r["signer_cn"] or "không rõ người ký"
        if r["signer_org"]:
            who += f" ({r['signer_org']})"
        when = f", {datetime.fromisoformat(r['signing_time']):%d/%m/%Y %H:%M}" if r["signing_time"] else ""
        verdict = "hợp lệ" if r["valid"] else "KHÔNG hợp lệ"
        if r["valid"] and not r["trusted"]:
            verdict += ", chưa tin cậy"
        lines.append(f"{who}{when} — {verdict}")
    return "\n".join(lines)
