"""Biểu số 06/VPCP/KSTT: case-file figures per field and level, their checks, totals and rates.

Columns 3–13 of the form (docs/ARCHITECTURE.md §10.4). The four checks: 3 = 4 + 5 + 6; 7 = 8 + 9 + 10;
11 = 12 + 13; 3 = 7 + 11. Each broken check is reported on its total cell, naming every cell
involved, so the grid can mark them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal

COLUMN_LABELS: dict[int, str] = {
    3: "Tổng số nhận giải quyết",
    4: "Trực tuyến",
    5: "Trực tiếp, dịch vụ bưu chính",
    6: "Từ kỳ trước",
    7: "Tổng số đã giải quyết",
    8: "Trước hạn",
    9: "Đúng hạn",
    10: "Quá hạn",
    11: "Tổng số đang giải quyết",
    12: "Trong hạn",
    13: "Quá hạn",
}
NUMERIC_COLUMNS = tuple(range(3, 14))

# (total column, part columns, why): the order is the order errors are reported in.
RULES: tuple[tuple[int, tuple[int, ...], str], ...] = (
    (3, (4, 5, 6), "3=4+5+6"),
    (7, (8, 9, 10), "7=8+9+10"),
    (11, (12, 13), "11=12+13"),
    (3, (7, 11), "3=7+11"),
)


@dataclass(frozen=True, slots=True)
class Form06Row:
    """One row of biểu 06: a field (lĩnh vực) at one level, columns 3–13."""

    field: str
    level: str
    received_total: int = 0  # 3
    received_online: int = 0  # 4
    received_direct: int = 0  # 5 trực tiếp, dịch vụ bưu chính
    carried_over: int = 0  # 6 từ kỳ trước
    resolved_total: int = 0  # 7
    resolved_early: int = 0  # 8 trước hạn
    resolved_on_time: int = 0  # 9 đúng hạn
    resolved_late: int = 0  # 10 quá hạn
    pending_total: int = 0  # 11
    pending_in_time: int = 0  # 12 trong hạn
    pending_overdue: int = 0  # 13 quá hạn

    def col(self, number: int) -> int:
        """Value of form column ``number`` (3–13)."""
        if number not in COLUMN_LABELS:
            raise KeyError(f"Biểu 06 không có cột số {number} (chỉ cột 3–13 là số liệu)")
        return getattr(self, _COLUMN_FIELDS[number])

    def columns(self) -> tuple[int, ...]:
        return tuple(self.col(n) for n in NUMERIC_COLUMNS)

    @classmethod
    def from_columns(cls, field: str, level: str, values: Sequence[int]) -> Form06Row:
        """Build from the 11 values of columns 3–13, in order."""
        if len(values) != len(NUMERIC_COLUMNS):
            raise ValueError(f"Cần đúng 11 số liệu (cột 3–13), nhận được {len(values)}")
        return cls(field, level, *values)

    @property
    def key(self) -> tuple[str, str]:
        return (self.field, self.level)


_COLUMN_FIELDS = {n: f.name for n, f in zip(NUMERIC_COLUMNS, fields(Form06Row)[2:], strict=True)}


@dataclass(frozen=True, slots=True)
class CellError:
    """A broken check: ``column`` is the cell to mark, ``columns`` every cell the rule involves."""

    column: int
    message: str
    rule: str  # "3=4+5+6", …, or "non_negative"
    columns: tuple[int, ...]


def validate_row(row: Form06Row) -> list[CellError]:
    """Negative cells first (column order), then the four sum checks in the documented order."""
    errors: list[CellError] = []
    for n in NUMERIC_COLUMNS:
        value = row.col(n)
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(CellError(n, f"Cột {n} ({COLUMN_LABELS[n]}) phải là số nguyên", "integer", (n,)))
        elif value < 0:
            errors.append(
                CellError(n, f"Cột {n} ({COLUMN_LABELS[n]} = {value}) không được âm", "non_negative", (n,))
            )
    if errors and any(e.rule == "integer" for e in errors):
        return errors  # sums over non-numbers would only repeat the same problem
    for total, parts, rule in RULES:
        expected = sum(row.col(p) for p in parts)
        actual = row.col(total)
        if actual != expected:
            joined = " + ".join(str(p) for p in parts)
            message = (
                f"Cột {total} ({COLUMN_LABELS[total]} = {actual}) phải bằng cột {joined} (= {expected})"
            )
            errors.append(CellError(total, message, rule, (total, *parts)))
    return errors


def total_row(rows: Iterable[Form06Row], field: str = "Tổng cộng", level: str = "") -> Form06Row:
    sums = [0] * len(NUMERIC_COLUMNS)
    for row in rows:
        for i, value in enumerate(row.columns()):
            sums[i] += value
    return Form06Row.from_columns(field, level, sums)


@dataclass(frozen=True, slots=True)
class Rate:
    """A rate in percentage points, or ``None`` with why."""

    value: Decimal | None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Rates:
    """A row's three key figures: on-time rate, online rate, overdue case files."""

    on_time: Rate
    online: Rate
    overdue: int


def on_time_rate(row: Form06Row) -> Rate:
    """(trước hạn + đúng hạn) / đã giải quyết = (8 + 9) / 7."""
    if row.resolved_total == 0:
        return Rate(None, "Chưa có hồ sơ đã giải quyết (cột 7 = 0): không tính được tỷ lệ đúng hạn")
    return Rate(Decimal(row.resolved_early + row.resolved_on_time) * 100 / Decimal(row.resolved_total))


def online_rate(row: Form06Row) -> Rate:
    """Trực tuyến / tổng số nhận = 4 / 3."""
    if row.received_total == 0:
        return Rate(None, "Chưa có hồ sơ nhận giải quyết (cột 3 = 0): không tính được tỷ lệ trực tuyến")
    return Rate(Decimal(row.received_online) * 100 / Decimal(row.received_total))


def overdue_count(row: Form06Row) -> int:
    """Đã giải quyết quá hạn + đang giải quyết quá hạn = 10 + 13."""
    return row.resolved_late + row.pending_overdue


def rates_of(row: Form06Row) -> Rates:
    return Rates(on_time_rate(row), online_rate(row), overdue_count(row))


def carry_forward(previous_rows: Iterable[Form06Row]) -> dict[tuple[str, str], int]:
    """"Từ kỳ trước" (column 6) of the new period = previous period's column 11, per (field, level).

    Duplicate (field, level) rows in the previous period are added up.
    """
    out: dict[tuple[str, str], int] = {}
    for row in previous_rows:
        out[row.key] = out.get(row.key, 0) + row.pending_total
    return out
