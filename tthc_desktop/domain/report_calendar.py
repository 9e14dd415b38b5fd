"""The report calendar: per report kind, the data cut-off window of each period and its due date.

docs/ARCHITECTURE.md §10.2: data cut-off runs from the 15th of the month before the period to the 14th of its
last month (``Period.cutoff``), unless a report's rule sets another cut-off day (``ReportRule.cutoff_day``). The report is due either N working days after the cut-off
(default 2) or on a fixed day of the month, as provinces write it: "trước ngày 18 hằng tháng"
means it must arrive by the 17th. When that day is not a working day the due date moves back to
the last working day before it (the office is closed on the 17th, so the report has to go
earlier). Both rules are configurable per report type (``ReportRule``).

Pure: no I/O. The working-day calendar is passed in.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .calendar import WorkingCalendar
from .periods import CUTOFF_DAY, Period, PeriodKind

KIND_LABELS: dict[PeriodKind, str] = {
    PeriodKind.MONTHLY: "Báo cáo tháng",
    PeriodKind.QUARTERLY: "Báo cáo quý",
    PeriodKind.SIX_MONTHS: "Báo cáo 6 tháng",
    PeriodKind.NINE_MONTHS: "Báo cáo 9 tháng",
    PeriodKind.ANNUAL: "Báo cáo năm",
}
_PER_YEAR = {PeriodKind.MONTHLY: 12, PeriodKind.QUARTERLY: 4}
DEFAULT_WORKING_DAYS = 2


@dataclass(frozen=True, slots=True)
class ReportRule:
    """When a report of ``kind`` is due.

    ``before_day`` set (16–28): "trước ngày <before_day> hằng tháng", due on the day before it in
    the cut-off month. Otherwise due ``working_days`` working days after the cut-off.
    ``enabled`` False: the unit does not send this kind of report.
    ``cutoff_day``: the data window's last day of the month (14 by NĐ 09/2019; 0 = whole calendar months,
    as some provinces ask for their own reports).
    """

    kind: PeriodKind
    working_days: int = DEFAULT_WORKING_DAYS
    before_day: int | None = None
    enabled: bool = True
    cutoff_day: int = CUTOFF_DAY

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PeriodKind(self.kind))
        if self.before_day is not None and not 16 <= self.before_day <= 28:
            raise ValueError(
                f"“Trước ngày {self.before_day} hằng tháng” không hợp lệ: ngày phải từ 16 đến 28 "
                "(sau ngày chốt số liệu 14)"
            )
        if not 0 <= self.cutoff_day <= 28:
            raise ValueError(f"Ngày chốt số liệu phải từ 1 đến 28 (hoặc 0: cuối tháng), không phải {self.cutoff_day}")
        if self.before_day is not None and not 0 < self.cutoff_day < self.before_day - 1:
            raise ValueError(f"“Trước ngày {self.before_day} hằng tháng” phải sau ngày chốt số liệu "
                             f"({self.cutoff_day or 'cuối tháng'}): hãy tính hạn theo số ngày làm việc")
        if not 0 <= self.working_days <= 30:
            raise ValueError(f"Số ngày làm việc sau ngày chốt số liệu phải từ 0 đến 30, không phải {self.working_days}")

    @property
    def description_vi(self) -> str:
        if self.before_day is not None:
            return f"trước ngày {self.before_day} hằng tháng"
        return f"{self.working_days} ngày làm việc sau ngày chốt số liệu"

    @property
    def cutoff_vi(self) -> str:
        if self.cutoff_day == 0:
            return "số liệu theo tháng dương lịch (từ ngày 01 đến hết ngày cuối tháng)"
        return f"số liệu từ ngày {self.cutoff_day + 1} tháng trước đến ngày {self.cutoff_day}"

    def window(self, period: Period) -> tuple[date, date]:
        """The period's data window under this rule, both ends included."""
        return period.cutoff(self.cutoff_day)

    def due_date(self, period: Period, calendar: WorkingCalendar) -> date:
        _start, end = self.window(period)
        if self.before_day is None:
            return calendar.add_working_days(end, self.working_days)
        due = date(end.year, end.month, self.before_day) - timedelta(days=1)
        while not calendar.is_working_day(due) and due > end:
            due -= timedelta(days=1)
        return due

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "working_days": self.working_days,
            "before_day": self.before_day,
            "enabled": self.enabled,
            "cutoff_day": self.cutoff_day,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReportRule:
        return cls(
            kind=PeriodKind(data["kind"]),
            working_days=int(data.get("working_days", DEFAULT_WORKING_DAYS)),
            before_day=None if data.get("before_day") in (None, "") else int(data["before_day"]),
            enabled=bool(data.get("enabled", True)),
            cutoff_day=int(data.get("cutoff_day", CUTOFF_DAY)),
        )


def default_rules() -> dict[PeriodKind, ReportRule]:
    return {kind: ReportRule(kind) for kind in PeriodKind}


@dataclass(frozen=True, slots=True, order=True)
class DueReport:
    """One report to send: ordered by due date."""

    due: date
    kind: PeriodKind
    period: Period
    window: tuple[date, date]  # data cut-off, both ends included

    @property
    def label_vi(self) -> str:
        return f"{KIND_LABELS[self.kind]} — {self.period.label_vi}"

    def days_left(self, today: date) -> int:
        return (self.due - today).days


def _rules(rules: Mapping[PeriodKind, ReportRule] | Iterable[ReportRule] | None) -> list[ReportRule]:
    if rules is None:
        return list(default_rules().values())
    items = rules.values() if isinstance(rules, Mapping) else rules
    return [r for r in items if r.enabled]


def periods_of_year(kind: PeriodKind, year: int) -> list[Period]:
    return [Period(kind, year, i) for i in range(1, _PER_YEAR.get(kind, 1) + 1)]


def calendar_for_year(
    year: int,
    rules: Mapping[PeriodKind, ReportRule] | Iterable[ReportRule] | None = None,
    calendar: WorkingCalendar | None = None,
) -> list[DueReport]:
    """Every report of ``year``'s periods (enabled kinds), sorted by due date then kind order."""
    cal = calendar or WorkingCalendar()
    order = list(PeriodKind)
    out = [
        DueReport(rule.due_date(period, cal), rule.kind, period, rule.window(period))
        for rule in _rules(rules)
        for period in periods_of_year(rule.kind, year)
    ]
    return sorted(out, key=lambda r: (r.due, order.index(r.kind), r.period))


def _around(today: date, rules, calendar) -> list[DueReport]:
    cal = calendar or WorkingCalendar()
    out: list[DueReport] = []
    for year in (today.year - 1, today.year, today.year + 1):
        out += calendar_for_year(year, rules, cal)
    return out


def upcoming(
    today: date,
    rules: Mapping[PeriodKind, ReportRule] | Iterable[ReportRule] | None = None,
    calendar: WorkingCalendar | None = None,
    *,
    within_days: int = 45,
    submitted: Collection[Period] = (),
) -> list[DueReport]:
    """Reports due from today to today + ``within_days`` not yet submitted, soonest first."""
    limit = today + timedelta(days=within_days)
    return [r for r in _around(today, rules, calendar) if today <= r.due <= limit and r.period not in submitted]


def overdue(
    today: date,
    submitted: Collection[Period],
    rules: Mapping[PeriodKind, ReportRule] | Iterable[ReportRule] | None = None,
    calendar: WorkingCalendar | None = None,
    *,
    since: date | None = None,
) -> list[DueReport]:
    """Reports whose due date has passed (before today) and whose period was not submitted.

    Only reports due on or after ``since`` count (default: one year back), so a new user is not
    greeted with years of "overdue" reports from before they used the app.
    """
    start = since or today - timedelta(days=365)
    return [r for r in _around(today, rules, calendar) if start <= r.due < today and r.period not in submitted]
