"""Submissions (hồ sơ đã nộp): signed files with their SHA-256, signer, signing time and where they were sent.

Also keeps two small records the signing flow needs:

- ``built_documents``: the signature boxes of every PDF we built, keyed by the file's SHA-256,
  so ``tthc-desktop sign`` puts the signatures where the renderer left room for them;
- ``external_exports``: unsigned PDFs exported for signing in another tool (their SHA-256),
  so a re-imported file is accepted only if it signs exactly what we exported.

Every write goes through the AuditedWriter. No PIN or password ever reaches this module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..domain.signature_box import SignatureBox
from .audit import AuditedWriter


class SubmissionState(StrEnum):
    SIGNED = "signed"
    SENT = "sent"

    @property
    def label_vi(self) -> str:
        return {"signed": "Đã ký", "sent": "Đã gửi"}[self.value]


@dataclass(frozen=True)
class SubmissionFile:
    name: str
    path: str
    sha256: str
    kind: str  # "pdf", "appendix_pdf", "xlsx", "package"


@dataclass(frozen=True)
class Submission:
    id: int
    report_id: int | None
    title: str
    unit: str
    period: str
    files: tuple[SubmissionFile, ...]
    signer_cn: str
    signer_org: str
    org_signer_cn: str
    signed_at: str
    timestamped: bool
    state: SubmissionState
    sent_on: str
    channel: str
    document_number: str
    package_path: str
    created_at: str

    @property
    def main_pdf(self) -> SubmissionFile | None:
        return next((f for f in self.files if f.kind == "pdf"), None)


def _to_submission(row: Mapping[str, Any]) -> Submission:
    files = tuple(SubmissionFile(**f) for f in json.loads(row["files_json"] or "[]"))
    return Submission(
        id=row["id"], report_id=row["report_id"], title=row["title"] or "", unit=row["unit"] or "",
        period=row["period"] or "", files=files, signer_cn=row["signer_cn"] or "",
        signer_org=row["signer_org"] or "", org_signer_cn=row["org_signer_cn"] or "",
        signed_at=row["signed_at"] or "", timestamped=bool(row["timestamped"]),
        state=SubmissionState(row["state"]), sent_on=row["sent_on"] or "", channel=row["channel"] or "",
        document_number=row["document_number"] or "", package_path=row["package_path"] or "",
        created_at=row["created_at"],
    )


class SubmissionsRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    # -- submissions ------------------------------------------------------------------------
    def add(self, *, report_id: int | None, title: str, unit: str, period: str,
            files: Sequence[SubmissionFile], signer_cn: str, signer_org: str, org_signer_cn: str,
            signed_at: str, timestamped: bool) -> int:
        return self._w.insert("submissions", {
            "report_id": report_id, "title": title, "unit": unit, "period": period,
            "files_json": json.dumps([f.__dict__ for f in files], ensure_ascii=False),
            "signer_cn": signer_cn, "signer_org": signer_org, "org_signer_cn": org_signer_cn,
            "signed_at": signed_at, "timestamped": int(timestamped), "state": SubmissionState.SIGNED.value,
            "created_at": self._w.now_iso(),
        })

    def get(self, submission_id: int) -> Submission:
        row = self._db["submissions"].get(submission_id)
        return _to_submission(row)

    def list(self) -> list[Submission]:
        return [_to_submission(r) for r in self._db.rows_where("submissions", order_by="id desc")]

    def count(self) -> int:
        return self._db["submissions"].count

    def set_package(self, submission_id: int, package_path: str, files: Sequence[SubmissionFile]) -> None:
        self._w.update("submissions", submission_id, {
            "package_path": package_path,
            "files_json": json.dumps([f.__dict__ for f in files], ensure_ascii=False),
        })

    def mark_sent(self, submission_id: int, *, sent_on: str, channel: str, document_number: str) -> None:
        self._w.update("submissions", submission_id, {
            "state": SubmissionState.SENT.value, "sent_on": sent_on, "channel": channel,
            "document_number": document_number,
        })

    def mark_signed(self, submission_id: int) -> None:
        """Undo of mark_sent."""
        self._w.update("submissions", submission_id, {
            "state": SubmissionState.SIGNED.value, "sent_on": None, "channel": None, "document_number": None,
        })

    # -- built documents --------------------------------------------------------------------
    def record_build(self, sha256: str, path: str, report_id: int | None, boxes: Sequence[SignatureBox]) -> int:
        return self._w.insert("built_documents", {
            "sha256": sha256, "path": path, "report_id": report_id,
            "boxes_json": json.dumps([b.__dict__ | {"file": str(b.file)} for b in boxes], ensure_ascii=False),
            "built_at": self._w.now_iso(),
        })

    def latest_build_path(self, report_id: int) -> str | None:
        """Path of the report's most recently built PDF (its .xlsx forms were written beside it)."""
        rows = list(self._db.rows_where("built_documents", "report_id = ?", [report_id], order_by="id desc", limit=1))
        return rows[0]["path"] if rows else None

    def boxes_for_sha256(self, sha256: str) -> tuple[int | None, list[SignatureBox]] | None:
        """(report id, boxes) of the latest build whose file had this hash, or None."""
        rows = list(self._db.rows_where("built_documents", "sha256 = ?", [sha256], order_by="id desc", limit=1))
        if not rows:
            return None
        return rows[0]["report_id"], [SignatureBox(**b) for b in json.loads(rows[0]["boxes_json"])]

    # -- external signing -------------------------------------------------------------------
    def record_export(self, *, report_id: int | None, path: str, sha256: str, copy_path: str) -> int:
        return self._w.insert("external_exports", {
            "report_id": report_id, "path": path, "sha256": sha256, "copy_path": copy_path,
            "exported_at": self._w.now_iso(),
        })

    def export(self, export_id: int) -> dict[str, Any]:
        return dict(self._db["external_exports"].get(export_id))

    def mark_imported(self, export_id: int, imported_path: str) -> None:
        self._w.update("external_exports", export_id, {"imported_path": imported_path,
                                                       "imported_at": self._w.now_iso()})
