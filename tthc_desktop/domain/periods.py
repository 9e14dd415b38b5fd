"""Reporting periods (kỳ báo cáo): parsing "2025-Q3"-style keys, Vietnamese labels, data cut-off windows.

Cut-off (docs/ARCHITECTURE.md §10.2) runs from the 15th of the month before the period to the 14th of its last
month: monthly 15/(m−1)–14/m, quarterly 15th of the month before the quarter – 14th of its last
month, 6-month 15/12 (previous year)–14/6, 9-month 15/12–14/9, annual 15/12–14/12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

ROMAN = ("I", "II", "III", "IV")
CUTOFF_DAY = 14  # the data window's last day of the month (NĐ 09/2019); 0 = the calendar month's end


class PeriodKind(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SIX_MONTHS = "6months"
    NINE_MONTHS = "9months"
    ANNUAL = "annual"


# last month covered by the period, per kind (index-dependent kinds computed below)
_LAST_MONTH = {PeriodKind.SIX_MONTHS: 6, PeriodKind.NINE_MONTHS: 9, PeriodKind.ANNUAL: 12}
_MAX_INDEX = {PeriodKind.MONTHLY: 12, PeriodKind.QUARTERLY: 4}


# Each kind's code (``2025-Q3``) and Vietnamese label; {y} the year, {i} the index, {r} its Roman numeral (quarters only).
_NAMES = {
    PeriodKind.MONTHLY: ("{y}-{i:02d}", "Tháng {i} năm {y}"),
    PeriodKind.QUARTERLY: ("{y}-Q{i}", "Quý {r} năm {y}"),
    PeriodKind.SIX_MONTHS: ("{y}-6T", "6 tháng đầu năm {y}"),
    PeriodKind.NINE_MONTHS: ("{y}-9T", "9 tháng năm {y}"),
}


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """``index`` is the month (1–12) or the quarter (1–4); it is 1 for the other kinds."""

    kind: PeriodKind
    year: int
    index: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PeriodKind(self.kind))
        if not 1900 <= self.year <= 9999:
            raise ValueError(f"Năm không hợp lệ: {self.year}")
        top = _MAX_INDEX.get(self.kind, 1)
        if not 1 <= self.index <= top:
            raise ValueError(f"Kỳ không hợp lệ: {self.kind} số {self.index} (chỉ từ 1 đến {top})")

    def __str__(self) -> str:
        return self._name(0)

    @property
    def label_vi(self) -> str:
        return self._name(1)

    def _name(self, which: int) -> str:
        code, label = _NAMES.get(self.kind, ("{y}", "Năm {y}"))
        return (code, label)[which].format(y=self.year, i=self.index, r=ROMAN[(self.index - 1) % 4])

    @property
    def last_month(self) -> int:
        if self.kind is PeriodKind.MONTHLY:
            return self.index
        if self.kind is PeriodKind.QUARTERLY:
            return self.index * 3
        return _LAST_MONTH[self.kind]

    @property
    def first_month(self) -> int:
        if self.kind is PeriodKind.MONTHLY:
            return self.index
        if self.kind is PeriodKind.QUARTERLY:
            return self.index * 3 - 2
        return 1

    def cutoff(self, end_day: int = CUTOFF_DAY) -> tuple[date, date]:
        """Data window, both ends included: by default the 15th of the month before the first month – the 14th
        of the last (NĐ 09/2019). ``end_day`` 1–28 moves both ends; 0 means whole calendar months."""
        if end_day == 0:
            last = date(self.year + self.last_month // 12, self.last_month % 12 + 1, 1) - timedelta(days=1)
            return date(self.year, self.first_month, 1), last
        year, month = self.year, self.first_month - 1
        if month == 0:
            year, month = year - 1, 12
        return date(year, month, end_day + 1), date(self.year, self.last_month, end_day)

    def contains(self, day: date) -> bool:
        start, end = self.cutoff()
        return start <= day <= end

    def previous(self) -> Period:
        """The period of the same kind just before (December → previous year's, Q1 → previous Q4)."""
        if self.index > 1:
            return Period(self.kind, self.year, self.index - 1)
        return Period(self.kind, self.year - 1, _MAX_INDEX.get(self.kind, 1))

    def next(self) -> Period:
        if self.index < _MAX_INDEX.get(self.kind, 1):
            return Period(self.kind, self.year, self.index + 1)
        return Period(self.kind, self.year + 1, 1)


_PATTERNS = (
    (re.compile(r"(\d{4})-(\d{1,2})"), PeriodKind.MONTHLY),
    (re.compile(r"(\d{4})-Q([1-4])", re.IGNORECASE), PeriodKind.QUARTERLY),
    (re.compile(r"(\d{4})-6T", re.IGNORECASE), PeriodKind.SIX_MONTHS),
    (re.compile(r"(\d{4})-9T", re.IGNORECASE), PeriodKind.NINE_MONTHS),
    (re.compile(r"(\d{4})"), PeriodKind.ANNUAL),
)


def parse_period(text: str) -> Period:
    """"2025-07" | "2025-Q3" | "2025-6T" | "2025-9T" | "2025" → Period; ``str()`` gives it back."""
    cleaned = text.strip()
    for pattern, kind in _PATTERNS:
        m = pattern.fullmatch(cleaned)
        if m:
            index = int(m.group(2)) if m.lastindex and m.lastindex >= 2 else 1
            return Period(kind, int(m.group(1)), index)
    raise ValueError(
        f"Kỳ báo cáo “{text}” không hợp lệ: dùng dạng 2025-07 (tháng), 2025-Q3 (quý), "
        "2025-6T (6 tháng), 2025-9T (9 tháng) hoặc 2025 (năm)"
    )


def period_for_date(kind: PeriodKind, day: date) -> Period:
    """The period of ``kind`` whose cut-off window holds ``day`` (from the 15th data rolls forward).

    For 6-month and 9-month kinds, days after their window belong to next year's period only
    from 15/12; days in between belong to none and raise ``ValueError``.
    """
    kind = PeriodKind(kind)
    year, month = day.year, day.month
    if day.day >= 15:
        month += 1
        if month == 13:
            year, month = year + 1, 1
    if kind is PeriodKind.MONTHLY:
        return Period(kind, year, month)
    if kind is PeriodKind.QUARTERLY:
        return Period(kind, year, (month - 1) // 3 + 1)
    candidate = Period(kind, year)
    if candidate.contains(day):
        return candidate
    raise ValueError(f"Ngày {day:%d/%m/%Y} không thuộc kỳ {candidate.label_vi} hay kỳ nào cùng loại")
