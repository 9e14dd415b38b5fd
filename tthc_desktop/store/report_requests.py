"""The register of report requests (issue 20 point 1) and the officer's own standing reports.

- ``report_requests``: one row per request (công văn yêu cầu báo cáo): its số/ký hiệu, date, issuer,
  trích yếu, the period and data cut-off, the deadline text with the parsed due date and the rule that
  gave it, the channel, and the report / submission made for it. Deleting sets ``deleted_at`` (kept
  for the audit trail and for undo).
- ``report_request_files``: the requesting document, outlines and forms, stored in the managed
  attachments folder by SHA-256 (``store/attachments.py``); the row keeps the hash and display name.
- ``standing_reports``: standing reports the officer adds beside the shipped ones
  (``resources/templates/standing_reports.json``).

Every write goes through the AuditedWriter; a request and its files are one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..domain.periods import CUTOFF_DAY, PeriodKind
from ..domain.report_calendar import ReportRule
from .audit import AuditedWriter


class Channel(StrEnum):
    SYSTEM = "system"  # hệ thống báo cáo
    EDOC = "edoc"  # văn bản điện tử
    EMAIL = "email"  # thư điện tử

    @property
    def label_vi(self) -> str:
        return {"system": "Hệ thống báo cáo", "edoc": "Văn bản điện tử", "email": "Thư điện tử"}[self.value]


class FileRole(StrEnum):
    DOCUMENT = "document"  # the requesting công văn itself (may be a signed PDF)
    OUTLINE = "outline"  # đề cương
    FORM = "form"  # biểu mẫu

    @property
    def label_vi(self) -> str:
        return {"document": "Văn bản yêu cầu", "outline": "Đề cương", "form": "Biểu mẫu"}[self.value]


REQUEST_COLUMNS = ("number", "issued_on", "issuer", "title", "period", "cutoff_from", "cutoff_to",
                   "deadline_text", "due_on", "deadline_rule", "channel", "report_id", "submission_id", "note")


@dataclass(frozen=True)
class RequestFile:
    id: int
    role: FileRole
    sha256: str
    name: str


@dataclass(frozen=True)
class ReportRequest:
    id: int
    number: str
    issued_on: str | None
    issuer: str
    title: str
    period: str | None
    cutoff_from: str | None
    cutoff_to: str | None
    deadline_text: str
    due_on: str | None
    deadline_rule: str
    channel: Channel
    report_id: int | None
    submission_id: int | None
    note: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    files: tuple[RequestFile, ...] = field(default=())

    def files_of(self, role: FileRole) -> list[RequestFile]:
        return [f for f in self.files if f.role is role]


@dataclass(frozen=True)
class StandingReportRow:
    id: int
    title: str
    kind: str
    working_days: int
    before_day: int | None
    issuer: str
    note: str
    cutoff_day: int = CUTOFF_DAY

    @property
    def rule(self) -> ReportRule:
        return ReportRule(PeriodKind(self.kind), self.working_days, self.before_day, cutoff_day=self.cutoff_day)


def _request(row: Mapping[str, Any], files: Iterable[RequestFile]) -> ReportRequest:
    return ReportRequest(
        id=row["id"], number=row["number"], issued_on=row["issued_on"], issuer=row["issuer"] or "",
        title=row["title"], period=row["period"], cutoff_from=row["cutoff_from"], cutoff_to=row["cutoff_to"],
        deadline_text=row["deadline_text"], due_on=row["due_on"], deadline_rule=row["deadline_rule"] or "",
        channel=Channel(row["channel"]), report_id=row["report_id"], submission_id=row["submission_id"],
        note=row["note"] or "", created_at=row["created_at"], updated_at=row["updated_at"],
        deleted_at=row["deleted_at"], files=tuple(files),
    )


class ReportRequestsRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    # -- requests ---------------------------------------------------------------------------
    def add(self, values: Mapping[str, Any], files: Iterable[tuple[FileRole, str, str]] = ()) -> int:
        """Insert a request and its files ((role, sha256, name)) in one transaction."""
        now = self._w.now_iso()
        row = {k: values.get(k) for k in REQUEST_COLUMNS} | {"created_at": now, "updated_at": now}
        with self._db.atomic():
            request_id = self._w.insert("report_requests", row)
            for role, sha256, name in files:
                self.add_file(request_id, role, sha256, name)
        return request_id

    def update(self, request_id: int, changes: Mapping[str, Any]) -> None:
        unknown = set(changes) - set(REQUEST_COLUMNS) - {"deleted_at"}
        if unknown:
            raise ValueError(f"Cột không có trong sổ yêu cầu báo cáo: {', '.join(sorted(unknown))}")
        self.get(request_id)  # a missing request raises KeyError with a Vietnamese message
        self._w.update("report_requests", request_id, dict(changes) | {"updated_at": self._w.now_iso()})

    def add_file(self, request_id: int, role: FileRole, sha256: str, name: str) -> int:
        return self._w.insert("report_request_files", {
            "request_id": request_id, "role": FileRole(role).value, "sha256": sha256, "name": name,
            "added_at": self._w.now_iso()})

    def remove_file(self, file_id: int) -> None:
        self._w.delete("report_request_files", file_id)

    def set_deleted(self, request_id: int, deleted: bool) -> None:
        self.update(request_id, {"deleted_at": self._w.now_iso() if deleted else None})

    def files(self, request_id: int) -> list[RequestFile]:
        rows = self._db.execute(
            "SELECT id, role, sha256, name FROM report_request_files WHERE request_id = ? ORDER BY id",
            [request_id]).fetchall()
        return [RequestFile(i, FileRole(role), sha, name) for i, role, sha, name in rows]

    def get(self, request_id: int) -> ReportRequest:
        rows = list(self._db.rows_where("report_requests", "id = ?", [request_id]))
        if not rows:
            raise KeyError(f"Không có yêu cầu báo cáo số {request_id}")
        return _request(rows[0], self.files(request_id))

    def list(self, *, include_deleted: bool = False) -> list[ReportRequest]:
        where = None if include_deleted else "deleted_at IS NULL"
        rows = list(self._db.rows_where("report_requests", where, order_by="due_on IS NULL, due_on, id"))
        return [_request(r, self.files(r["id"])) for r in rows]

    # -- standing reports the officer added -----------------------------------------------------
    def add_standing(self, *, title: str, kind: str, working_days: int = 2, before_day: int | None = None,
                     issuer: str = "", note: str = "", cutoff_day: int = CUTOFF_DAY) -> int:
        return self._w.insert("standing_reports", {
            "title": title, "kind": kind, "working_days": working_days, "before_day": before_day,
            "cutoff_day": cutoff_day, "issuer": issuer, "note": note, "created_at": self._w.now_iso()})

    def delete_standing(self, standing_id: int) -> None:
        self._w.update("standing_reports", standing_id, {"deleted_at": self._w.now_iso()})

    def list_standing(self) -> list[StandingReportRow]:
        rows = self._db.rows_where("standing_reports", "deleted_at IS NULL", order_by="id")
        return [StandingReportRow(r["id"], r["title"], r["kind"], r["working_days"], r["before_day"],
                                  r["issuer"] or "", r["note"] or "", r["cutoff_day"]) for r in rows]
