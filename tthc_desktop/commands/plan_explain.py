"""`import-plan FILE --explain`: how every source row of the task table was read, and why.

Each row of the chosen table is printed with its number, its class (tiêu đề cột, phần, nhóm nhiệm
vụ, nhiệm vụ, dòng nối tiếp, ghi chú/ngoài bảng), the task it belongs to and the reason in
Vietnamese. Nothing is stored.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..importers.plan_rows import CLASS_LABELS, RowClass
from ..importers.plan_source import read_plan_file
from .common import print_json

__all__ = ["explain_lines", "print_explanation"]


def explain_lines(classes: tuple[RowClass, ...] | list[RowClass]) -> list[str]:
    """One line per source row, then the count of each class."""
    lines = [
        f"Dòng {rc.row:>4} │ {CLASS_LABELS[rc.kind]:<18} │ {rc.number or '':<16} │ {rc.reason}" for rc in classes
    ]
    counts = Counter(rc.kind for rc in classes)
    lines.append("Tổng: " + ", ".join(f"{CLASS_LABELS[k]} {counts[k]}" for k in CLASS_LABELS if counts[k]))
    return lines


def print_explanation(path: Path, *, table: int | None, sheet: str | None, as_json: bool = False) -> None:
    """Read ``path`` (raises ImportFailure with a Vietnamese message) and print its row classes."""
    _, plan = read_plan_file(path, table=table, sheet=sheet)
    if as_json:
        print_json([{"row": rc.row, "class": rc.kind, "number": rc.number, "reason": rc.reason}
                    for rc in plan.row_classes])
        return
    print(f"Tệp: {path} — bảng: {plan.table_name}")
    for line in explain_lines(plan.row_classes):
        print(line)
