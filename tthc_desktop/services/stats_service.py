"""Biểu 06 use cases: per-period rows (import from the one-stop export or typed in), checks, rates, carry-forward.

Public API:
    ``StatsService(ctx)`` with ``rows(period)``, ``periods()``, ``preview_import(path)``,
    ``save(period, rows)`` (one transaction), ``carried_from_previous(period)``, ``summary(period)``;
    pure helpers ``summarize(period, rows)``, ``apply_carry_forward(rows, carried)``,
    ``summary_json(summary)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain.form06 import (
    NUMERIC_COLUMNS,
    CellError,
    Form06Row,
    Rate,
    Rates,
    carry_forward,
    rates_of,
    total_row,
    validate_row,
)
from ..domain.periods import Period, parse_period
from ..domain.reductions import round_pct
from ..importers.form06_export import Form06Import, import_form06
from ..importers.numbers_vi import parse_number
from ..store.period_stats import PeriodStatsRepository
from .context import AppContext
from .events import STATS_CHANGED


@dataclass(frozen=True)
class RowError:
    """A broken check on row ``index`` (0-based in the period's rows)."""

    index: int
    row: Form06Row
    error: CellError

    @property
    def message(self) -> str:
        where = self.row.field + (f" – cấp {self.row.level}" if self.row.level else "")
        return f"Dòng {self.index + 1} ({where}): {self.error.message}"


@dataclass(frozen=True)
class PeriodSummary:
    period: Period
    rows: list[Form06Row]
    total: Form06Row
    rates: Rates
    errors: list[RowError]


def validate_rows(rows: Sequence[Form06Row]) -> list[RowError]:
    errors = [RowError(i, row, e) for i, row in enumerate(rows) for e in validate_row(row)]
    keys = [r.key for r in rows]
    for i, row in enumerate(rows):
        if not row.field.strip():
            errors.append(RowError(i, row, CellError(2, "Chưa ghi lĩnh vực", "field", (2,))))
        elif keys.index(row.key) != i:
            errors.append(RowError(i, row, CellError(
                2, f"Trùng lĩnh vực và cấp với dòng {keys.index(row.key) + 1}: hãy gộp thành một dòng", "duplicate",
                (2,))))
    return errors


def summarize(period: Period, rows: Sequence[Form06Row]) -> PeriodSummary:
    rows = list(rows)
    total = total_row(rows)
    return PeriodSummary(period, rows, total, rates_of(total), validate_rows(rows))


def apply_carry_forward(rows: Sequence[Form06Row], carried: Mapping[tuple[str, str], int]) -> tuple[list[Form06Row], int]:
    """Set column 6 from ``carried``; rows of the previous period missing here are added.

    Column 3 (total received) follows column 6 only where it equalled 4 + 5 + 6 before, so a
    total the officer typed differently is never silently rewritten. Returns (rows, cells changed).
    """
    out: list[Form06Row] = []
    changed = 0
    seen = set()
    for row in rows:
        seen.add(row.key)
        if row.key not in carried or carried[row.key] == row.carried_over:
            out.append(row)
            continue
        new_six = carried[row.key]
        consistent = row.received_total == row.received_online + row.received_direct + row.carried_over
        total = row.received_online + row.received_direct + new_six if consistent else row.received_total
        out.append(replace(row, carried_over=new_six, received_total=total))
        changed += 1
    for key, value in carried.items():
        if key not in seen and value:
            out.append(Form06Row(key[0], key[1], received_total=value, carried_over=value))
            changed += 1
    return out, changed


class StatsService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.repo = PeriodStatsRepository(ctx.writer)

    def rows(self, period: Period | str) -> list[Form06Row]:
        return self.repo.rows(str(period))

    def periods(self) -> list[Period]:
        out = []
        for key in self.repo.periods():
            try:
                out.append(parse_period(key))
            except ValueError:
                continue
        return out

    def preview_import(self, path: str | Path, default_level: str = "") -> Form06Import:
        """Read the one-stop system's export (ImportFailure on a bad file); nothing is stored."""
        return import_form06(path, default_level)

    def save(self, period: Period | str, rows: Sequence[Form06Row]) -> tuple[int, int, int]:
        """Replace the period's rows in one transaction (even with broken checks: they stay marked)."""
        result = self.repo.replace_period(str(period), list(rows))
        self.ctx.events.emit(STATS_CHANGED, period=str(period))
        return result

    def carried_from_previous(self, period: Period | str) -> tuple[Period, dict[tuple[str, str], int]]:
        """"Từ kỳ trước": the previous period's column 11 (đang giải quyết) per field and level."""
        p = parse_period(period) if isinstance(period, str) else period
        previous = p.previous()
        return previous, carry_forward(self.repo.rows(str(previous)))

    def summary(self, period: Period | str) -> PeriodSummary:
        p = parse_period(period) if isinstance(period, str) else period
        return summarize(p, self.repo.rows(str(p)))


# ---------------------------------------------------------------- JSON


def _row_json(row: Form06Row) -> dict[str, Any]:
    return {"field": row.field, "level": row.level} | {f"c{n}": row.col(n) for n in NUMERIC_COLUMNS}


def _rate_json(rate: Rate) -> dict[str, Any]:
    return {"pct": None if rate.value is None else float(round_pct(rate.value)), "reason": rate.reason}


def summary_json(summary: PeriodSummary) -> dict[str, Any]:
    start, end = summary.period.cutoff()
    return {
        "period": str(summary.period),
        "label": summary.period.label_vi,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "rows": [_row_json(r) | {"rates": rates_json(rates_of(r))} for r in summary.rows],
        "totals": _row_json(summary.total),
        "rates": rates_json(summary.rates),
        "errors": [
            {"row": e.index + 1, "field": e.row.field, "level": e.row.level, "column": e.error.column,
             "rule": e.error.rule, "message": e.error.message}
            for e in summary.errors
        ],
    }


def rates_json(rates: Rates) -> dict[str, Any]:
    return {"on_time": _rate_json(rates.on_time), "online": _rate_json(rates.online), "overdue": rates.overdue}


def whole_number(value: Any) -> int | None:
    """A figure typed into the biểu 06 grid: "1.500" → 1500, "" → 0; None when it is no whole number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if text == "":
        return 0
    negative = text.startswith("-")
    number = parse_number(text.lstrip("-").strip(), allow_decimal=False) if text.lstrip("-").strip() else None
    if number is None or number != number.to_integral_value():
        return None
    return -int(number) if negative else int(number)
