"""Reports kept in the database: the filled report, every saved revision, and the report rules.

- ``reports``: template id and version, kind, period ("2025-Q3"), the field values (heading and
  the template's own fields) and the section texts as JSON, the figures the auto-filled text
  was built from (to list what changed next period), state draft / final / signed / submitted.
- ``report_revisions``: every save, so any earlier text can be restored (restoring is a save).
- The report rules per kind (``domain.report_calendar.ReportRule``) and the heading fields
  remembered per unit live in the ``settings`` table.

Every write goes through the AuditedWriter; multi-row writes are one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..domain.periods import Period, PeriodKind, parse_period
from ..domain.report_calendar import ReportRule
from .audit import AuditedWriter
from .settings_repo import SettingsRepository

RULE_KEY = "report_rule.{kind}"
HEADING_KEY = "report_heading.{unit}"


class ReportState(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    SIGNED = "signed"
    SUBMITTED = "submitted"

    @property
    def label_vi(self) -> str:
        return {"draft": "Bản nháp", "final": "Đã hoàn thiện", "signed": "Đã ký số",
                "submitted": "Đã gửi"}[self.value]


@dataclass(frozen=True)
class ReportRecord:
    id: int
    template_id: str
    template_version: str
    kind: PeriodKind | None
    period: Period | None
    title: str
    fields: dict[str, Any]
    sections: dict[str, str]
    figures: dict[str, Any]
    state: ReportState
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Revision:
    id: int
    report_id: int
    saved_at: str
    actor: str
    note: str
    fields: dict[str, Any]
    sections: dict[str, str]
    figures: dict[str, Any]


def _dump(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), ensure_ascii=False, sort_keys=True, default=str)


def _load(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text else {}


class ReportsRepository:
    def __init__(self, writer: AuditedWriter):
        self._w = writer
        self._db = writer.db

    # -- reports --------------------------------------------------------------------
    def create(
        self,
        *,
        template_id: str,
        template_version: str,
        period: Period | None,
        title: str,
        fields: Mapping[str, Any],
        sections: Mapping[str, str],
        figures: Mapping[str, Any] | None = None,
        note: str = "Tạo báo cáo",
    ) -> int:
        """Insert a draft and its first revision, in one transaction."""
        now = self._w.now_iso()
        with self._db.atomic():
            report_id = self._w.insert(
                "reports",
                {
                    "template_id": template_id,
                    "template_version": template_version,
                    "kind": period.kind.value if period else None,
                    "period": str(period) if period else None,
                    "title": title,
                    "fields_json": _dump(fields),
                    "sections_json": _dump(sections),
                    "figures_json": _dump(figures or {}),
                    "state": ReportState.DRAFT.value,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            self._add_revision(report_id, fields, sections, figures or {}, note)
        return report_id

    def get(self, report_id: int) -> ReportRecord:
        row = next(self._db.rows_where("reports", "id = ?", [report_id]), None)
        if row is None:
            raise KeyError(f"Không có báo cáo số {report_id}")
        return _to_record(row)

    def list(self, *, template_id: str | None = None, kind: PeriodKind | None = None) -> list[ReportRecord]:
        """Newest period first (then newest edit)."""
        clauses, params = [], []
        if template_id:
            clauses.append("template_id = ?")
            params.append(template_id)
        if kind:
            clauses.append("kind = ?")
            params.append(PeriodKind(kind).value)
        rows = self._db.rows_where("reports", " AND ".join(clauses) or None, params,
                                   order_by="updated_at DESC, id DESC")
        records = [_to_record(r) for r in rows]
        return sorted(records, key=lambda r: (r.period.year if r.period else 0,
                                              r.period.last_month if r.period else 0), reverse=True)

    def find(self, template_id: str, period: Period) -> ReportRecord | None:
        row = next(self._db.rows_where("reports", "template_id = ? AND period = ?", [template_id, str(period)],
                                       order_by="id DESC", limit=1), None)
        return _to_record(row) if row else None

    def previous(self, template_id: str, period: Period) -> ReportRecord | None:
        """The latest report of the same template and kind for a period before *period*."""
        earlier = [r for r in self.list(template_id=template_id, kind=period.kind)
                   if r.period is not None and r.period < period]
        return max(earlier, key=lambda r: (r.period, r.id)) if earlier else None

    def save(
        self,
        report_id: int,
        *,
        fields: Mapping[str, Any],
        sections: Mapping[str, str],
        figures: Mapping[str, Any] | None = None,
        title: str | None = None,
        note: str = "",
    ) -> int | None:
        """Store the new content and a revision (none when nothing changed); returns the revision id."""
        current = self.get(report_id)
        figures = current.figures if figures is None else dict(figures)
        if (dict(fields), dict(sections), figures) == (current.fields, current.sections, current.figures) and (
            title is None or title == current.title
        ):
            return None
        changes = {
            "fields_json": _dump(fields),
            "sections_json": _dump(sections),
            "figures_json": _dump(figures),
            "updated_at": self._w.now_iso(),
        }
        if title is not None:
            changes["title"] = title
        with self._db.atomic():
            self._w.update("reports", report_id, changes)
            return self._add_revision(report_id, fields, sections, figures, note)

    def set_state(self, report_id: int, state: ReportState) -> None:
        self._w.update("reports", report_id, {"state": ReportState(state).value, "updated_at": self._w.now_iso()})

    def delete(self, report_id: int) -> None:
        with self._db.atomic():
            for rev in self.revisions(report_id):
                self._w.delete("report_revisions", rev.id)
            self._w.delete("reports", report_id)

    # -- revisions ------------------------------------------------------------------
    def _add_revision(self, report_id: int, fields, sections, figures, note: str) -> int:
        return self._w.insert(
            "report_revisions",
            {
                "report_id": report_id,
                "saved_at": self._w.now_iso(),
                "actor": self._w._actor(),
                "note": note,
                "fields_json": _dump(fields),
                "sections_json": _dump(sections),
                "figures_json": _dump(figures),
            },
        )

    def revisions(self, report_id: int) -> list[Revision]:
        """Newest first."""
        rows = self._db.rows_where("report_revisions", "report_id = ?", [report_id], order_by="id DESC")
        return [
            Revision(r["id"], r["report_id"], r["saved_at"], r["actor"] or "", r["note"] or "",
                     _load(r["fields_json"]), _load(r["sections_json"]), _load(r["figures_json"]))
            for r in rows
        ]

    def restore(self, report_id: int, revision_id: int) -> int | None:
        """Bring back a revision's content as a new save (so the restore itself can be undone)."""
        rev = next((r for r in self.revisions(report_id) if r.id == revision_id), None)
        if rev is None:
            raise KeyError(f"Báo cáo số {report_id} không có phiên bản {revision_id}")
        return self.save(report_id, fields=rev.fields, sections=rev.sections, figures=rev.figures,
                         note=f"Khôi phục phiên bản lưu lúc {rev.saved_at}")

    def submitted_periods(self, template_id: str | None = None) -> set[Period]:
        return {r.period for r in self.list(template_id=template_id)
                if r.period is not None and r.state is ReportState.SUBMITTED}


def _to_record(row: dict[str, Any]) -> ReportRecord:
    return ReportRecord(
        id=row["id"],
        template_id=row["template_id"],
        template_version=row["template_version"],
        kind=PeriodKind(row["kind"]) if row["kind"] else None,
        period=parse_period(row["period"]) if row["period"] else None,
        title=row["title"] or "",
        fields=_load(row["fields_json"]),
        sections=_load(row["sections_json"]),
        figures=_load(row["figures_json"]),
        state=ReportState(row["state"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


# -- settings: report rules and remembered heading fields ---------------------------------

def load_rules(settings: SettingsRepository) -> dict[PeriodKind, ReportRule]:
    """The data file's rules (resources/templates/standing_reports.json), then the officer's changes."""
    from .standing_reports import shipped_rules

    shipped = shipped_rules()
    return {kind: load_rule(settings, kind, shipped) for kind in PeriodKind}


def load_rule(settings: SettingsRepository, kind: PeriodKind,
              shipped: dict[PeriodKind, ReportRule] | None = None) -> ReportRule:
    """One kind's rule: the officer's change, else the data file's."""
    text = settings.get(RULE_KEY.format(kind=kind.value))
    if text:
        return ReportRule.from_dict(json.loads(text))
    if shipped is None:
        from .standing_reports import shipped_rules

        shipped = shipped_rules()
    return shipped[kind]


def save_rule(settings: SettingsRepository, rule: ReportRule) -> None:
    settings.set(RULE_KEY.format(kind=rule.kind.value), _dump(rule.to_dict()))


def remembered_heading(settings: SettingsRepository, unit_id: int | None) -> dict[str, Any]:
    text = settings.get(HEADING_KEY.format(unit=unit_id if unit_id is not None else "default"))
    return json.loads(text) if text else {}


def remember_heading(settings: SettingsRepository, unit_id: int | None, fields: Mapping[str, Any]) -> None:
    settings.set(HEADING_KEY.format(unit=unit_id if unit_id is not None else "default"), _dump(fields))
