"""The task-progress part of filling a province's form: "Kết quả thực hiện" and "Tình trạng" per task.

Rows of the province's table are matched to the plan tasks of the period's report (the same rows
as the plan_progress appendix): by the task's content, folded, or by its number when the content
also agrees (most words of the shorter text in the longer one) — a province that renumbers its
rows 1, 2, 3 never gets another task's result. Anything else is listed as not matched. Only the
result and status cells are written, as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..domain.text_fold import fold
from ..importers.province_form import FormRow
from .form_fill_plan import CellWrite, FillPlan

MIN_OVERLAP = 0.6  # share of the shorter content's words found in the other


def _number(text: str) -> str:
    return re.sub(r"[.\s]+$", "", fold(text)).replace(" ", "")


def _overlap(a: str, b: str) -> float:
    wa, wb = set(fold(a).split()), set(fold(b).split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _find(form_row: FormRow, tasks: list[dict[str, Any]], manual: Mapping[str, str]) -> tuple[dict | None, str]:
    by_hand = manual.get(fold(form_row.label))
    if by_hand:
        hit = [t for t in tasks if _number(t["c1"]) == _number(by_hand)]
        return (hit[0], "ghép theo lựa chọn của cán bộ") if len(hit) == 1 else (None, f"không có nhiệm vụ số {by_hand}")
    same_text = [t for t in tasks if fold(t["c2"]) == fold(form_row.label)]
    if len(same_text) == 1:
        return same_text[0], "trùng nội dung"
    numbered = [t for t in tasks if form_row.field and _number(t["c1"]) == _number(form_row.field)]
    if len(numbered) == 1:
        if _overlap(numbered[0]["c2"], form_row.label) >= MIN_OVERLAP:
            return numbered[0], "trùng số thứ tự và nội dung"
        return None, f"số {form_row.field} có trong kế hoạch nhưng nội dung khác"
    if len(same_text) > 1:
        return None, "nhiều nhiệm vụ cùng nội dung: hãy ghép tay"
    return None, "không tìm thấy nhiệm vụ cùng nội dung"


def plan_progress(plan: FillPlan, tasks: list[dict[str, Any]], manual: Mapping[str, str]) -> None:
    """Fill ``plan`` (writes, unmatched, unused, matches) for a task-progress table."""
    used: set[int] = set()
    for form_row in plan.form.rows:
        task, why = _find(form_row, tasks, manual)
        if not plan.matched(form_row, task, why, "c1", used):
            continue
        where = f"nhiệm vụ {task['c1']} ({why}), {plan.period.label_vi}"
        for n, name in ((6, "kết quả thực hiện"), (7, "tình trạng")):
            value = str(task.get(f"c{n}") or "")
            if n in plan.form.columns and value:
                plan.writes.append(CellWrite(f"{plan.form.columns[n]}{form_row.excel_row}", value,
                                             f"{name} của {where}"))
    plan.unused_tasks = [t for t in tasks if id(t) not in used and t.get("c7")]
