"""Procedures (danh mục TTHC) use cases: import preview → one-transaction store, cell edits, cuts report, Excel export.

Public API:
    ``ProceduresService(ctx)`` with ``list()``, ``get(code)``, ``preview(path, columns=None)``,
    ``store(preview)``, ``update(code, changes)``, ``delete(code)``, ``targets()``,
    ``set_target(year, pct)``, ``cuts(year)``, ``export_cuts_xlsx(year, path)``;
    ``parse_edit(column, text)`` (from the catalogue importer) turns what the officer typed in a cell into field changes;
    ``cuts_json(report)`` is the JSON shape of ``procedures cuts --json``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..domain.procedures import Procedure
from ..domain.reductions import (
    CutKind,
    CutsReport,
    TotalPair,
    cuts_report,
    format_pct,
    round_pct,
    target_for_year,
)
from ..importers.procedure_catalogue import (
    CatalogueColumns,
    CatalogueImport,
    RowIssue,
    import_catalogue,
    parse_catalogue_table,
)
from ..importers.procedure_catalogue import parse_edit as parse_edit  # the table's cell edits, for the UI
from ..importers.table_readers import RawTable
from ..store.procedures import ProcedureRepository
from .context import AppContext
from .events import PROCEDURES_CHANGED

TARGET_KEY = "targets.{year}"
TARGET_YEARS = (2025, 2026)


@dataclass(frozen=True)
class CataloguePreview:
    """What an import would store: the parsed procedures and the rows the officer must look at."""

    source: Path
    procedures: list[Procedure]
    issues: list[RowIssue]
    sheets: tuple[str, ...]
    new_codes: frozenset[str] = frozenset()  # codes not yet in the database

    @property
    def errors(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity != "error"]


@dataclass(frozen=True)
class StoreResult:
    created: int
    updated: int
    unchanged: int
    kept: list[str] = field(default_factory=list)  # codes in the database but not in the file (kept)


class ProceduresService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.repo = ProcedureRepository(ctx.writer)

    # -- reading ----------------------------------------------------------------------------
    def list(self) -> list[Procedure]:
        return self.repo.list()

    def get(self, code: str) -> Procedure | None:
        return self.repo.get(code)

    def fields(self) -> list[str]:
        return sorted({p.field for p in self.repo.list() if p.field})

    # -- import -----------------------------------------------------------------------------
    def preview(self, path: str | Path, columns: CatalogueColumns | None = None) -> CataloguePreview:
        """Read the file (raises ImportFailure with a Vietnamese message); nothing is stored."""
        return preview_catalogue(path, columns, known=self.repo.codes())

    def store(self, preview: CataloguePreview) -> StoreResult:
        """Store every previewed procedure in ONE transaction; known codes are updated in place."""
        with self.ctx.db.atomic():
            before = self.repo.codes()
            created, updated, unchanged = self.repo.upsert_many(preview.procedures)
        kept = sorted(before - {p.code for p in preview.procedures})
        self.ctx.events.emit(PROCEDURES_CHANGED, codes=None)
        return StoreResult(created, updated, unchanged, kept)

    # -- edits ------------------------------------------------------------------------------
    def update(self, code: str, changes: Mapping[str, Any]) -> Procedure:
        """Apply field changes (validated by Procedure itself); raises ValueError in Vietnamese."""
        current = self.repo.get(code)
        if current is None:
            raise ValueError(f"Không có thủ tục mã “{code}”")
        try:
            new = dataclasses.replace(current, **changes)
        except TypeError as exc:
            raise ValueError(f"Giá trị không hợp lệ: {exc}") from None
        self.repo.save(new)
        self.ctx.events.emit(PROCEDURES_CHANGED, codes={code})
        return new

    def add(self, procedure: Procedure) -> None:
        if self.repo.get(procedure.code) is not None:
            raise ValueError(f"Mã TTHC “{procedure.code}” đã có trong danh mục")
        self.repo.save(procedure)
        self.ctx.events.emit(PROCEDURES_CHANGED, codes={procedure.code})

    def delete(self, code: str) -> Procedure | None:
        old = self.repo.get(code)
        if old is not None:
            self.repo.delete(code)
            self.ctx.events.emit(PROCEDURES_CHANGED, codes=None)
        return old

    # -- targets ----------------------------------------------------------------------------
    def targets(self) -> dict[int, Decimal]:
        """Overrides stored in the settings table ("targets.2025" → "30")."""
        out: dict[int, Decimal] = {}
        for year in TARGET_YEARS:
            raw = self.ctx.settings.get(TARGET_KEY.format(year=year))
            if raw:
                try:
                    out[year] = Decimal(raw)
                except InvalidOperation:
                    continue
        return out

    def target(self, year: int) -> Decimal | None:
        return target_for_year(year, self.targets())

    def set_target(self, year: int, pct: Decimal | int | str) -> None:
        value = Decimal(str(pct).replace(",", ".").rstrip("%").strip())
        if not Decimal(0) < value <= Decimal(100):
            raise ValueError(f"Chỉ tiêu cắt giảm phải lớn hơn 0% và không quá 100% (nhận được {value})")
        self.ctx.settings.set(TARGET_KEY.format(year=year), format(value.normalize(), "f"))
        self.ctx.events.emit(PROCEDURES_CHANGED, codes=None)

    # -- cuts -------------------------------------------------------------------------------
    def cuts(self, year: int) -> CutsReport:
        return cuts_report(self.repo.list(), year, self.targets())

    def export_cuts_xlsx(self, year: int, path: str | Path, unit_name: str = "") -> Path:
        unit = self.ctx.units.own_unit()
        return write_cuts_xlsx(self.cuts(year), path, unit_name or (unit.name if unit else ""))


def preview_table(path: str | Path, table: RawTable, columns: CatalogueColumns | None = None, *,
                  known: set[str] | None = None) -> CataloguePreview:
    """Preview one sheet with a (possibly edited) column mapping: what the import wizard shows."""
    result = parse_catalogue_table(table, columns)
    codes = {p.code for p in result.procedures}
    return CataloguePreview(Path(path), result.procedures, result.row_errors, result.sheets,
                            frozenset(codes - (known or set())))


def preview_catalogue(path: str | Path, columns: CatalogueColumns | None = None, *,
                      known: set[str] | None = None) -> CataloguePreview:
    result: CatalogueImport = import_catalogue(path, columns)
    codes = {p.code for p in result.procedures}
    return CataloguePreview(Path(path), result.procedures, result.row_errors, result.sheets,
                            frozenset(codes - (known or set())))


# ---------------------------------------------------------------- Excel

CUTS_TITLE = "DANH MỤC TTHC VÀ PHƯƠNG ÁN CẮT GIẢM, ĐƠN GIẢN HÓA"


def write_cuts_xlsx(report: CutsReport, path: str | Path, unit_name: str = "") -> Path:
    """"Danh mục TTHC và phương án cắt giảm, đơn giản hóa" via the tthc_cuts form definition."""
    from ..reports.forms import load_form
    from ..reports.report_data import cuts_form_rows
    from ..reports.xlsx import write_form_xlsx

    form = load_form("tthc_cuts")
    rows = cuts_form_rows(report)
    target = "" if report.target is None else f"; chỉ tiêu cắt giảm {format_pct(report.target)} so với năm 2024"
    return write_form_xlsx(form, rows, Path(path), title_lines=[CUTS_TITLE],
                           period_text=f"(Năm {report.year}{target})", unit_name=unit_name, protect=False)


# ---------------------------------------------------------------- JSON


def pct_json(value: Decimal | None) -> float | None:
    return None if value is None else float(round_pct(value))


def _total_json(report: CutsReport, pair: TotalPair) -> dict[str, Any]:
    time_meets, cost_meets = report.total_meets(pair.time), report.total_meets(pair.cost)
    meets = False if False in (time_meets, cost_meets) else None if None in (time_meets, cost_meets) else True
    return {
        "time_cut_pct": pct_json(pair.time.value),
        "time_reason": pair.time.reason,
        "cost_cut_pct": pct_json(pair.cost.value),
        "cost_reason": pair.cost.reason,
        "meets_target": meets,
        "time_included": len(pair.time.included),
        "cost_included": len(pair.cost.included),
        "time_excluded": [{"code": e.code, "reason": e.reason} for e in pair.time.excluded],
        "cost_excluded": [{"code": e.code, "reason": e.reason} for e in pair.cost.excluded],
        "mixed_day_kinds": pair.time.mixed_day_kinds,
    }


def cuts_json(report: CutsReport) -> dict[str, Any]:
    by_code = {p.code: p for p in report.procedures}
    return {
        "year": report.year,
        "target_pct": pct_json(report.target),
        "procedures": [
            {
                "code": a.code,
                "name": by_code[a.code].name,
                "field": by_code[a.code].field,
                "time_cut_pct": pct_json(a.time.value),
                "time_reason": a.time.reason,
                "cost_cut_pct": pct_json(a.cost.value),
                "cost_reason": a.cost.reason,
                "time_meets": a.time_meets,
                "cost_meets": a.cost_meets,
                "meets_target": a.meets_target,
            }
            for a in report.assessments
        ],
        "totals": {"simple": _total_json(report, report.simple), "weighted": _total_json(report, report.weighted)},
        "shortfalls": [
            {
                "code": s.code,
                "kind": s.kind.value,
                "cut_pct": pct_json(s.cut),
                "missing_pct": pct_json(s.missing_points),
                "more_needed": float(s.more_needed) if s.kind is CutKind.TIME else int(s.more_needed),
                "message": s.message,
            }
            for s in report.shortfalls
        ],
    }


def procedure_json(p: Procedure) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "field": p.field,
        "level": p.level.value if p.level else None,
        "business_related": p.business_related,
        "internal": p.internal,
        "online_level": p.online_level.value,
        "cross_boundary": p.cross_boundary,
        "one_stop": p.one_stop,
        "baseline_days": None if p.baseline_days is None else float(p.baseline_days),
        "current_days": None if p.current_days is None else float(p.current_days),
        "days_kind": p.days_kind.value,
        "baseline_cost": p.baseline_cost,
        "current_cost": p.current_cost,
        "baseline_cost_not_regulated": p.baseline_cost_not_regulated,
        "current_cost_not_regulated": p.current_cost_not_regulated,
        "yearly_volume": p.yearly_volume,
    }


def issue_json(issue: RowIssue) -> dict[str, Any]:
    return {"sheet": issue.sheet, "row": issue.row, "column": issue.column, "raw": issue.raw,
            "message": issue.message, "severity": issue.severity}
