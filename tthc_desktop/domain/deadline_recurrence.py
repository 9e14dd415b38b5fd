"""Recurring deadlines ("hằng tháng", "trước ngày 18 hằng tháng", "02 lần/năm", …) and their dates.

A recurring deadline has no due date of its own: `Recurrence.dates(start, end)` generates the
dates that fall in a range. Scanning works on folded text (see deadline_text.fold).
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKLY = "weekly"
MONTHLY = "monthly"
QUARTERLY = "quarterly"
HALF_YEARLY = "half_yearly"
YEARLY = "yearly"

_KIND_MONTHS = {
    MONTHLY: tuple(range(1, 13)),
    QUARTERLY: (3, 6, 9, 12),
    HALF_YEARLY: (6, 12),
    YEARLY: (12,),
}
# Vietnamese weekday names, Monday first ("Thứ 2" is Monday, "Chủ nhật" Sunday)
WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_KIND_NAMES = {WEEKLY: "tuần", MONTHLY: "tháng", QUARTERLY: "quý", HALF_YEARLY: "6 tháng", YEARLY: "năm"}


def _last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


@dataclass(frozen=True)
class Recurrence:
    """A recurring rule.

    kind:   weekly | monthly | quarterly | half_yearly | yearly.
    day:    day of the month of each date; None means the last day of the period. For weekly rules the
            weekday, 0 = Monday … 6 = Sunday; None means Friday (the last working day of the week).
    month:  for yearly rules with a fixed date ("ngày 15/12 hằng năm"); None means December.
    strict: "trước ngày N …": each date is the day before day N.
    """

    kind: str
    day: int | None = None
    month: int | None = None
    strict: bool = False

    def months(self) -> tuple[int, ...]:
        if self.kind == YEARLY and self.month is not None:
            return (self.month,)
        return _KIND_MONTHS[self.kind]

    def _date_in(self, year: int, month: int) -> date:
        last = _last_day(year, month)
        d = date(year, month, min(self.day, last) if self.day is not None else last)
        return d - timedelta(days=1) if self.strict else d

    def dates(self, start: date, end: date) -> list[date]:
        """Dates of this rule within [start, end], sorted."""
        if end < start:
            return []
        if self.kind == WEEKLY:
            weekday = 4 if self.day is None else self.day
            first = start + timedelta(days=(weekday - start.weekday()) % 7)
            return [first + timedelta(weeks=k) for k in range((end - first).days // 7 + 1)] if first <= end else []
        found = []
        # One year of margin on each side: a strict rule on day 1 moves into the previous month.
        for year in range(max(start.year - 1, 1), min(end.year + 1, 9998) + 1):
            for month in self.months():
                d = self._date_in(year, month)
                if start <= d <= end:
                    found.append(d)
        return sorted(found)

    def describe(self) -> str:
        """Short Vietnamese description, e.g. "Trước ngày 18 hằng tháng → ngày 17 mỗi tháng"."""
        name = _KIND_NAMES[self.kind]
        if self.kind == WEEKLY:
            if self.day is None:
                return "Hằng tuần → thứ Sáu mỗi tuần (ngày làm việc cuối tuần)"
            day = WEEKDAY_NAMES[self.day]
            return f"{day[:1].upper() + day[1:]} hằng tuần → mỗi {day}"
        if self.kind == YEARLY and self.month is not None:
            day = self.day or _last_day(2001, self.month)
            shown = date(2001, self.month, min(day, _last_day(2001, self.month)))
            due = shown - timedelta(days=1) if self.strict else shown
            head = f"{'Trước ngày' if self.strict else 'Ngày'} {shown:%d/%m} hằng năm"
            return f"{head} → {due:%d/%m} mỗi năm"
        if self.day is not None:
            head = f"{'Trước ngày' if self.strict else 'Ngày'} {self.day:02d} hằng {name}"
            due_day = self.day - 1 if self.strict else self.day
            due = f"ngày {due_day:02d} mỗi {name}" if due_day >= 1 else f"ngày cuối tháng trước mỗi {name}"
            return f"{head} → {due}"
        if self.kind == MONTHLY:
            return "Hằng tháng → ngày cuối mỗi tháng"
        if self.kind == QUARTERLY:
            return "Hằng quý → ngày cuối mỗi quý (31/03, 30/06, 30/09, 31/12)"
        if self.kind == HALF_YEARLY:
            return "6 tháng/lần (2 lần/năm) → 30/06 và 31/12 mỗi năm"
        return "Hằng năm → 31/12 mỗi năm"


_EVERY = r"(?:hang|moi)"
_R_MONTH_DAY = re.compile(
    rf"(?:(?P<strict>truoc\s+)(?:ngay\s+)?|ngay\s+)(?P<day>[0-9]{{1,2}})\s+(?:cua\s+)?{_EVERY}\s+thang\b"
)
_R_YEAR_DAY = re.compile(
    rf"(?P<strict>truoc\s+)?ngay\s+(?P<day>[0-9]{{1,2}})\s*(?:/|-|\.|\s+thang\s+)\s*(?P<month>[0-9]{{1,2}})"
    rf"\s+{_EVERY}\s+nam\b"
)
# "Thứ 5 hàng tuần", "thứ Năm hằng tuần", "Chủ nhật hàng tuần"; "hằng tuần" alone
_WEEKDAYS = {"2": 0, "hai": 0, "3": 1, "ba": 1, "4": 2, "tu": 2, "5": 3, "nam": 3, "6": 4, "sau": 4, "7": 5, "bay": 5}
_R_WEEKDAY = re.compile(
    rf"\b(?:thu\s+(?P<day>[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat)\s+(?:(?:cua\s+)?{_EVERY})\s+tuan\b"
)
_R_EVERY_WEEK = re.compile(rf"\b{_EVERY}\s+tuan\b")
_WORD_NUMBERS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6}
_R_TIMES_PER_YEAR = re.compile(r"\b(?P<n>[0-9]{1,2}|mot|hai|bon)\s*lan\s*(?:/|mot|trong)\s*(?:[0-9]+\s*)?nam\b")
_R_MONTHS_PER_TIME = re.compile(
    r"\b(?P<n>[0-9]{1,2}|mot|ba|sau)\s*thang\s*(?:/\s*(?:0?1\s*|mot\s+)?|(?:0?1|mot)\s+)lan\b"
)
_PERIOD = r"(?:0?6 thang|sau thang|thang|quy|nam)"
_R_PERIOD_LIST = re.compile(
    rf"\b(?:dinh ky|hang|moi)\s+(?P<list>{_PERIOD}(?:\s*(?:,|va|/|-)\s*{_PERIOD})*)(?![0-9a-z])(?!\s*[0-9])"
)
_TIMES_KIND = {1: YEARLY, 2: HALF_YEARLY, 4: QUARTERLY, 12: MONTHLY}
_MONTHS_KIND = {1: MONTHLY, 3: QUARTERLY, 6: HALF_YEARLY, 12: YEARLY}


def _number(token: str) -> int:
    return _WORD_NUMBERS[token] if token in _WORD_NUMBERS else int(token)


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + "#" * (end - start) + text[end:]


def find_recurrences(folded: str) -> tuple[list[Recurrence], str, list[str]]:
    """Recurring rules in *folded* text, the text with their phrases masked, and problems found.

    When a rule with a fixed day exists ("trước ngày 18 hằng tháng"), the generic rule of the same
    kind ("định kỳ hằng tháng") is dropped: the fixed day is the more precise reading.
    """
    rules: list[Recurrence] = []
    problems: list[str] = []
    text = folded

    for m in _R_WEEKDAY.finditer(text):
        token = m["day"]
        day = 6 if token is None else _WEEKDAYS[token]
        rules.append(Recurrence(WEEKLY, day=day))
        text = _mask(text, *m.span())
    for m in _R_EVERY_WEEK.finditer(text):
        rules.append(Recurrence(WEEKLY))
        text = _mask(text, *m.span())

    for m in _R_YEAR_DAY.finditer(folded):
        day, month = int(m["day"]), int(m["month"])
        if 1 <= month <= 12 and 1 <= day <= _last_day(2000, month):
            rules.append(Recurrence(YEARLY, day=day, month=month, strict=bool(m["strict"])))
        else:
            problems.append(f"Ngày {day}/{month} hằng năm không hợp lệ")
        text = _mask(text, *m.span())

    for m in _R_MONTH_DAY.finditer(text):
        day = int(m["day"])
        if 1 <= day <= 31:
            rules.append(Recurrence(MONTHLY, day=day, strict=bool(m["strict"])))
        else:
            problems.append(f"Ngày {day} hằng tháng không hợp lệ")
        text = _mask(text, *m.span())

    for regex, table, label in (
        (_R_TIMES_PER_YEAR, _TIMES_KIND, "lần/năm"),
        (_R_MONTHS_PER_TIME, _MONTHS_KIND, "tháng/lần"),
    ):
        for m in regex.finditer(text):
            n = _number(m["n"])
            if n in table:
                rules.append(Recurrence(table[n]))
            else:
                problems.append(f"Không hỗ trợ tần suất {n} {label}")
            text = _mask(text, *m.span())

    for m in _R_PERIOD_LIST.finditer(text):
        for token in re.split(r"\s*(?:,|va|/|-)\s*", m["list"]):
            token = token.strip()
            if token in ("thang",):
                rules.append(Recurrence(MONTHLY))
            elif token == "quy":
                rules.append(Recurrence(QUARTERLY))
            elif token == "nam":
                rules.append(Recurrence(YEARLY))
            elif token.endswith("thang"):
                rules.append(Recurrence(HALF_YEARLY))
        text = _mask(text, *m.span())

    fixed_kinds = {r.kind for r in rules if r.day is not None}
    unique: list[Recurrence] = []
    for rule in rules:
        if rule.day is None and rule.month is None and rule.kind in fixed_kinds:
            continue
        if rule not in unique:
            unique.append(rule)
    return unique, text, problems
