"""Nghị quyết 66/NQ-CP cuts: per-procedure and unit-wide % cuts in time and cost, yearly targets, shortfalls.

Percentages are ``Decimal`` percentage points (``Decimal("33.33…")`` means 33,33…%), kept exact
internally and rounded half-up to one decimal only for display (``format_pct``). When a figure
cannot be computed its value is ``None`` and a Vietnamese reason says why; nothing divides by zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum

from tthc_desktop.domain.procedures import Procedure

HUNDRED = Decimal(100)

# NQ 66/NQ-CP: at least 30% in 2025 and 50% in 2026, both against 2024.
DEFAULT_TARGETS: Mapping[int, Decimal] = {2025: Decimal(30), 2026: Decimal(50)}
FIRST_TARGET_YEAR = 2025
LAST_TARGET_YEAR = 2026


class CutKind(StrEnum):
    TIME = "time"
    COST = "cost"

    @property
    def label_vi(self) -> str:
        return "thời gian giải quyết" if self is CutKind.TIME else "chi phí tuân thủ"


class CutStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"  # baseline or current not entered
    ZERO_BASELINE = "zero_baseline"  # 2024 value is 0: no ratio exists


REASON_NO_BASELINE = "Chưa có số liệu năm 2024"
REASON_NO_CURRENT = "Chưa có số liệu hiện tại"
REASON_NO_DATA = "Chưa có số liệu năm 2024 và hiện tại"
REASON_ZERO_COST = "Năm 2024 không quy định chi phí (0 đồng): không tính được tỷ lệ"
REASON_ZERO_TIME = "Thời gian giải quyết năm 2024 bằng 0: không tính được tỷ lệ"
REASON_NO_VOLUME = "Chưa có số hồ sơ/năm"


@dataclass(frozen=True, slots=True)
class CutResult:
    """A % cut, or ``None`` with the Vietnamese reason it is absent."""

    value: Decimal | None
    reason: str | None = None
    status: CutStatus = CutStatus.OK


def cut_pct(
    baseline: Decimal | int | None, current: Decimal | int | None, kind: CutKind = CutKind.TIME
) -> CutResult:
    """(baseline − current) / baseline × 100. Negative when the figure went up."""
    if baseline is None and current is None:
        return CutResult(None, REASON_NO_DATA, CutStatus.MISSING)
    if baseline is None:
        return CutResult(None, REASON_NO_BASELINE, CutStatus.MISSING)
    if current is None:
        return CutResult(None, REASON_NO_CURRENT, CutStatus.MISSING)
    if baseline < 0 or current < 0:
        raise ValueError("Số liệu không được âm")
    if baseline == 0:
        reason = REASON_ZERO_COST if kind is CutKind.COST else REASON_ZERO_TIME
        return CutResult(None, reason, CutStatus.ZERO_BASELINE)
    base = Decimal(baseline)
    return CutResult((base - Decimal(current)) * HUNDRED / base)


def _values(p: Procedure, kind: CutKind) -> tuple[Decimal | int | None, Decimal | int | None]:
    if kind is CutKind.TIME:
        return p.baseline_days, p.current_days
    return p.baseline_cost, p.current_cost


def time_cut(p: Procedure) -> CutResult:
    return cut_pct(p.baseline_days, p.current_days, CutKind.TIME)


def cost_cut(p: Procedure) -> CutResult:
    return cut_pct(p.baseline_cost, p.current_cost, CutKind.COST)


def procedure_cut(p: Procedure, kind: CutKind) -> CutResult:
    return time_cut(p) if kind is CutKind.TIME else cost_cut(p)


# ---------------------------------------------------------------- unit totals


@dataclass(frozen=True, slots=True)
class Exclusion:
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class UnitTotal:
    """Unit-wide cut: (Σ baseline − Σ current) / Σ baseline, optionally volume-weighted."""

    kind: CutKind
    weighted: bool
    value: Decimal | None
    reason: str | None
    baseline_sum: Decimal
    current_sum: Decimal
    included: tuple[str, ...]  # procedure codes counted
    excluded: tuple[Exclusion, ...]  # codes left out, with why
    # Working and calendar days were summed together (only for time totals): say so in the UI.
    mixed_day_kinds: bool = False


def unit_total(procedures: Iterable[Procedure], kind: CutKind, *, weighted: bool = False) -> UnitTotal:
    """Total over procedures having both values (and a yearly volume when weighted).

    A procedure with a 2024 value of 0 is *included*: its figures are known, they simply add
    nothing to Σ baseline (and a cost that appeared since 2024 lowers the cut).
    """
    included: list[str] = []
    excluded: list[Exclusion] = []
    day_kinds = set()
    base_sum = Decimal(0)
    cur_sum = Decimal(0)
    for p in procedures:
        baseline, current = _values(p, kind)
        if baseline is None or current is None:
            reason = cut_pct(baseline, current, kind).reason
            excluded.append(Exclusion(p.code, reason or REASON_NO_DATA))
            continue
        if weighted and p.yearly_volume is None:
            excluded.append(Exclusion(p.code, REASON_NO_VOLUME))
            continue
        weight = Decimal(p.yearly_volume) if weighted else Decimal(1)
        base_sum += weight * Decimal(baseline)
        cur_sum += weight * Decimal(current)
        included.append(p.code)
        day_kinds.add(p.days_kind)
    if not included:
        value, reason = None, "Không có thủ tục nào có đủ số liệu để tính"
    elif base_sum == 0:
        value, reason = None, "Tổng số liệu năm 2024 bằng 0: không tính được tỷ lệ"
    else:
        value, reason = (base_sum - cur_sum) * HUNDRED / base_sum, None
    return UnitTotal(
        kind=kind,
        weighted=weighted,
        value=value,
        reason=reason,
        baseline_sum=base_sum,
        current_sum=cur_sum,
        included=tuple(included),
        excluded=tuple(excluded),
        mixed_day_kinds=kind is CutKind.TIME and len(day_kinds) > 1,
    )


# ---------------------------------------------------------------- targets


def target_for_year(year: int, overrides: Mapping[int, Decimal] | None = None) -> Decimal | None:
    """Target cut (percentage points) for ``year``; ``None`` before 2025 (2024 is the baseline).

    An override for a year always wins. After 2026 the last NQ 66 target (50%) stays the bar:
    cuts are measured against 2024, so the bar never drops back.
    """
    if overrides and year in overrides:
        return Decimal(overrides[year])
    if year < FIRST_TARGET_YEAR:
        return None
    return Decimal(DEFAULT_TARGETS[min(year, LAST_TARGET_YEAR)])


def meets(result: CutResult, current: Decimal | int | None, target: Decimal) -> bool | None:
    """True/False against ``target``; ``None`` when it cannot be told (missing data)."""
    if result.status is CutStatus.OK:
        assert result.value is not None
        return result.value >= target
    if result.status is CutStatus.ZERO_BASELINE:
        # nothing to cut stays fine; something that appeared since 2024 is not
        return current == 0
    return None


@dataclass(frozen=True, slots=True)
class ProcedureAssessment:
    code: str
    time: CutResult
    cost: CutResult
    target: Decimal | None
    time_meets: bool | None
    cost_meets: bool | None

    @property
    def meets_target(self) -> bool | None:
        """False if either cut falls short, None if one is unknown, else True."""
        flags = (self.time_meets, self.cost_meets)
        if False in flags:
            return False
        if None in flags:
            return None
        return True


def assess(p: Procedure, year: int, overrides: Mapping[int, Decimal] | None = None) -> ProcedureAssessment:
    target = target_for_year(year, overrides)
    t, c = time_cut(p), cost_cut(p)
    if target is None:
        return ProcedureAssessment(p.code, t, c, None, None, None)
    return ProcedureAssessment(
        p.code, t, c, target, meets(t, p.current_days, target), meets(c, p.current_cost, target)
    )


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A procedure short of the year's target in one kind, and how much more must be cut."""

    code: str
    name: str
    kind: CutKind
    target: Decimal  # percentage points
    cut: Decimal | None  # achieved cut, None when the 2024 value was 0
    missing_points: Decimal | None  # target − cut, percentage points
    baseline: Decimal
    current: Decimal
    max_current: Decimal  # the highest current value meeting the target
    more_needed: Decimal  # days, or whole VND (rounded up so that cutting it is enough)

    @property
    def message(self) -> str:
        unit = "đồng" if self.kind is CutKind.COST else "ngày"
        amount = format_vnd(int(self.more_needed)) if self.kind is CutKind.COST else format_number(self.more_needed)
        if self.cut is None:
            return f"Cần cắt giảm thêm {amount} {unit} {self.kind.label_vi} (năm 2024: 0 {unit})"
        return (
            f"Cần cắt giảm thêm {format_pct(self.missing_points)} ({amount} {unit}) {self.kind.label_vi} "
            f"để đạt chỉ tiêu {format_pct(self.target)}"
        )


def _shortfall(p: Procedure, kind: CutKind, target: Decimal) -> Shortfall | None:
    baseline, current = _values(p, kind)
    result = cut_pct(baseline, current, kind)
    if meets(result, current, target) is not False:
        return None
    assert baseline is not None and current is not None
    base, cur = Decimal(baseline), Decimal(current)
    max_current = base * (HUNDRED - target) / HUNDRED
    more = cur - max_current
    if kind is CutKind.COST:
        more = more.to_integral_value(rounding=ROUND_CEILING)
    missing = None if result.value is None else target - result.value
    return Shortfall(p.code, p.name, kind, target, result.value, missing, base, cur, max_current, more)


def shortfalls(
    procedures: Iterable[Procedure], year: int, overrides: Mapping[int, Decimal] | None = None
) -> list[Shortfall]:
    """Procedures short of the year's target, time before cost for each, in catalogue order.

    Procedures with missing figures are not listed here (their cut is unknown, see ``assess``);
    a year without target yields an empty list.
    """
    target = target_for_year(year, overrides)
    if target is None:
        return []
    out: list[Shortfall] = []
    for p in procedures:
        for kind in (CutKind.TIME, CutKind.COST):
            s = _shortfall(p, kind, target)
            if s is not None:
                out.append(s)
    return out


@dataclass(frozen=True)
class TotalPair:
    time: UnitTotal
    cost: UnitTotal


@dataclass(frozen=True)
class CutsReport:
    """A year's cuts over the catalogue: what the cuts tab, ``procedures cuts`` and a report's appendix show."""

    year: int
    target: Decimal | None
    procedures: list[Procedure]
    assessments: list[ProcedureAssessment]
    simple: TotalPair
    weighted: TotalPair
    shortfalls: list[Shortfall]

    def total_meets(self, total: UnitTotal) -> bool | None:
        if self.target is None or total.value is None:
            return None
        return total.value >= self.target


def cuts_report(procedures: list[Procedure], year: int, overrides: Mapping[int, Decimal] | None = None) -> CutsReport:
    target = target_for_year(year, overrides)
    return CutsReport(
        year=year,
        target=target,
        procedures=procedures,
        assessments=[assess(p, year, overrides) for p in procedures],
        simple=TotalPair(unit_total(procedures, CutKind.TIME), unit_total(procedures, CutKind.COST)),
        weighted=TotalPair(unit_total(procedures, CutKind.TIME, weighted=True),
                           unit_total(procedures, CutKind.COST, weighted=True)),
        shortfalls=shortfalls(procedures, year, overrides),
    )


def meets_label(flag: bool | None) -> str:
    return {True: "Đạt", False: "Chưa đạt", None: "Chưa đủ số liệu"}[flag]


# ---------------------------------------------------------------- display


def round_pct(value: Decimal) -> Decimal:
    """Half-up to one decimal, for display and JSON."""
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def format_number(value: Decimal | int, decimals: int = 1) -> str:
    """Vietnamese style: "." groups thousands, "," marks decimals; trailing ",0" dropped."""
    q = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    text = sign + _group(whole)
    frac = frac.rstrip("0")
    return f"{text},{frac}" if frac else text


def format_pct(value: Decimal | None) -> str:
    """``Decimal("33.333")`` → "33,3%"; ``None`` → "—"."""
    if value is None:
        return "—"
    q = round_pct(value)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    return f"{sign}{_group(whole)},{frac or '0'}%"


def format_vnd(amount: int) -> str:
    """1500000 → "1.500.000"."""
    sign = "-" if amount < 0 else ""
    return sign + _group(str(abs(int(amount))))


def _group(digits: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return ".".join(parts)
