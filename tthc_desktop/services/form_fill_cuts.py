"""The TTHC-cut part of filling a province's form: time and compliance cost before / after the cut, per procedure.

Each procedure row of the province's table (importers/province_cuts_form.py) is matched to the
period's cut figures (the same rows as the report's cuts appendix, frozen set first) by its mã
TTHC, or, on a row without a code, by its name when exactly one procedure has it. A code the
catalogue does not have, a name shared or unknown: listed, never guessed. A figure the catalogue
lacks (or a rate with nothing to divide by) leaves its cell empty and says why. Rates are written in the form's own way: 40 under a
"(%)" header, 0.4 in a cell styled as a percentage.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..domain.reductions import CutKind, cut_pct, format_number, round_pct
from ..domain.text_fold import fold
from ..importers.province_cuts_form import (
    COLUMN_NAMES,
    COST_AFTER,
    COST_BEFORE,
    COST_CUT,
    COST_PCT,
    TIME_AFTER,
    TIME_BEFORE,
    TIME_CUT,
    TIME_PCT,
)
from ..importers.province_form import FormRow
from .form_fill_plan import CellWrite, FillPlan


def _code(text: str) -> str:
    return "".join(fold(text).split())


def _find(row: FormRow, procedures: list[dict[str, Any]], manual: Mapping[str, str]) -> tuple[dict | None, str]:
    by_hand = manual.get(fold(row.label)) or manual.get(_code(row.field))
    if by_hand:
        hit = [p for p in procedures if _code(p["c2"]) == _code(by_hand)]
        return (hit[0], "ghép theo lựa chọn của cán bộ") if hit else (None, f"không có TTHC mã {by_hand} trong danh mục")
    if row.field:
        hit = [p for p in procedures if _code(p["c2"]) == _code(row.field)]
        if hit:
            return hit[0], f"trùng mã TTHC {hit[0]['c2']}"
        return None, f"mã TTHC {row.field} không có trong danh mục của đơn vị"
    same = [p for p in procedures if fold(p["c3"]) == fold(row.label)]
    if len(same) == 1:
        return same[0], "trùng tên TTHC (dòng không ghi mã)"
    if same:
        return None, f"{len(same)} TTHC cùng tên: hãy ghi mã TTHC vào dòng hoặc ghép tay"
    return None, "không có TTHC cùng tên trong danh mục (dòng không ghi mã)"


def _number(value: Any) -> int | float | None:
    if value is None or value == "":
        return None
    d = Decimal(str(value))
    return int(d) if d == d.to_integral_value() else float(d)


def _values(p: dict[str, Any]) -> dict[int, tuple[int | float | None, str]]:
    """Column number → (value, how it was got); value None = the catalogue lacks it (the reason follows)."""
    out: dict[int, tuple[int | float | None, str]] = {}
    for kind, before, after, cut, pct, b, a in (
        (CutKind.TIME, TIME_BEFORE, TIME_AFTER, TIME_CUT, TIME_PCT, p.get("c5"), p.get("c6")),
        (CutKind.COST, COST_BEFORE, COST_AFTER, COST_CUT, COST_PCT, p.get("c8"), p.get("c9")),
    ):
        missing = "danh mục chưa có số liệu"
        out[before] = (_number(b), "theo danh mục" if b is not None else missing)
        out[after] = (_number(a), "theo danh mục" if a is not None else missing)
        both = b is not None and a is not None
        out[cut] = (_number(Decimal(str(b)) - Decimal(str(a))), "trước trừ sau") if both else (None, missing)
        rate = cut_pct(_number(b), _number(a), kind)
        out[pct] = (float(round_pct(rate.value)) if rate.value is not None else None,
                    "(trước − sau) / trước" if rate.value is not None else (rate.reason or "").lower())
    return out


def plan_cuts(plan: FillPlan, procedures: list[dict[str, Any]], manual: Mapping[str, str],
              formulas: set[str], percent: set[str]) -> None:
    """Fill ``plan`` (writes, kept, unmatched, unused_procedures, matches) for a TTHC-cut table."""
    used: set[int] = set()
    columns = {n: letter for n, letter in plan.form.columns.items() if n in COLUMN_NAMES}
    for row in plan.form.rows:
        if row.kind == "total":
            kept = [f"{letter}{row.excel_row}" for letter in columns.values()
                    if f"{letter}{row.excel_row}" in formulas]
            if kept:
                plan.kept.append(f"{', '.join(kept)}: giữ công thức của biểu (dòng tổng cộng); Excel/LibreOffice "
                                 "tự tính lại khi mở")
            continue
        proc, why = _find(row, procedures, manual)
        if not plan.matched(row, proc, why, "c2", used):
            continue
        where = f"TTHC {proc['c2']} “{proc['c3']}” ({why})"
        values = _values(proc)
        for n, letter in columns.items():
            ref = f"{letter}{row.excel_row}"
            value, how = values[n]
            if ref in formulas:
                plan.kept.append(f"{ref}: giữ công thức của biểu ({COLUMN_NAMES[n]} của {where})")
                continue
            if value is None:
                plan.kept.append(f"{ref}: để trống — {how} ({COLUMN_NAMES[n]} của {where})")
                continue
            shown = format_number(Decimal(str(value)))
            if n in (TIME_PCT, COST_PCT) and ref in percent:
                value, shown = round(value / 100, 4), f"{shown}%"
            plan.writes.append(CellWrite(ref, value, f"{COLUMN_NAMES[n]} = {shown} ({how}) của {where}, "
                                                     f"{plan.period.label_vi}"))
    plan.unused_procedures = [p for p in procedures if id(p) not in used]
