"""Vietnamese deadline text ("Thời gian hoàn thành") → due dates, recurring rules or "needs a date".

`parse_deadline(text, plan_year)` is the entry point. The rules (issue 3, "Deadlines"):

- "Trước ngày D" / "trước D" is strict: the last allowed day is D − 1. "Chậm nhất ngày D",
  "hoàn thành ngày D", "Hạn: D", "đến ngày D" and a bare D mean D itself.
- A month, quarter ("Quý II/2025", "quý 2 năm 2025"), "6 tháng đầu năm" or year means its last day;
  "trước" a period means the day before the period starts.
- Text in parentheses is ignored; a missing year is the plan year.
- Items separated by ";", line breaks, "," or "và" each give a date; "Năm 2025, trước ngày
  30/5/2025" is one item (the year only labels the date).
- "hoặc" alternatives keep only the latest dated one; undated ones ("hoặc đột xuất") are ignored.
- Recurring rules ("hằng tháng", "trước ngày 18 hằng tháng", "hằng quý", "02 lần/năm", "hằng năm",
  "định kỳ tháng, quý, năm", "Thứ 5 hàng tuần") leave `due_dates` empty; `occurrences()` generates
  their dates.
- "12/2026", "04/2026" (no "tháng") are months: their last day. "28/6-5/7/2026" is a range: its last
  day. "30/6/2026. 31/12/2026" are two dates. "Từ Quý I/2026" alone is only a start: needs a date.
- "Thường xuyên …" is continuous. Event-driven or relative phrases ("sau khi", "theo lộ trình",
  "đột xuất", …) and anything unreadable need a date from the user, unless a date is also named.
- The ditto marks "nt"/"-nt-" are resolved by the importer; here they only give needs_date.

Nothing is guessed silently: `explanation` says in Vietnamese which rule gave which date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tthc_desktop.domain.deadline_mentions import ScanResult, scan_dates
from tthc_desktop.domain.deadline_recurrence import Recurrence, find_recurrences
from tthc_desktop.domain.deadline_text import (
    event_phrases,
    fmt_date,
    fold,
    is_continuous,
    is_ditto,
    split_groups,
)

__all__ = ["Deadline", "Recurrence", "parse_deadline"]

_NEEDS = "cần nhập ngày cụ thể"
# Longer text is not a deadline phrase (real cells are under 300 characters); the date scans are
# quadratic in long digit runs (40 000 digits took minutes), so it is not scanned at all.
MAX_DEADLINE_TEXT = 2000


@dataclass(frozen=True)
class Deadline:
    """The parsed deadline of one task. Frozen and hashable."""

    text: str
    due_dates: tuple[date, ...] = ()
    recurrence: tuple[Recurrence, ...] = ()
    is_continuous: bool = False
    needs_date: bool = False
    explanation: str = ""

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)

    def occurrences(self, start: date, end: date) -> list[date]:
        """Fixed due dates plus the dates of every recurring rule within [start, end], sorted."""
        found = {d for d in self.due_dates if start <= d <= end}
        for rule in self.recurrence:
            found.update(rule.dates(start, end))
        return sorted(found)


@dataclass(frozen=True)
class _Alternative:
    text: str
    continuous: bool
    rules: tuple[Recurrence, ...]
    scan: ScanResult
    problems: tuple[str, ...]

    @property
    def useful(self) -> bool:
        return bool(self.continuous or self.rules or self.scan.dates)


def _read_alternative(text: str, plan_year: int) -> _Alternative:
    rules, masked, problems = find_recurrences(text)
    scan = scan_dates(masked, plan_year)
    return _Alternative(text, is_continuous(text), tuple(rules), scan, tuple(problems) + scan.problems)


def parse_deadline(text: str, plan_year: int) -> Deadline:
    """Parse the deadline *text* of a task in a plan of *plan_year*. Never raises on any string."""
    original = text
    if isinstance(text, str) and len(text) > MAX_DEADLINE_TEXT:  # checked before folding: fold is slow too
        return Deadline(original, needs_date=True,
                        explanation=f"Thời hạn ghi quá dài ({len(text)} ký tự) để đọc tự động: {_NEEDS}")
    folded = fold(text if isinstance(text, str) else "")
    if not folded.strip(" .,;:-"):
        return Deadline(original, needs_date=True, explanation=f"Chưa ghi thời hạn: {_NEEDS}")
    if is_ditto(folded):
        return Deadline(
            original,
            needs_date=True,
            explanation=(
                "“nt”/“-nt-” là ký hiệu “như trên”: thời hạn lấy theo dòng trên "
                f"(bước nhập kế hoạch thay thế); chưa có ngày, {_NEEDS}"
            ),
        )

    dates: set[date] = set()
    rules: list[Recurrence] = []
    continuous = False
    notes: list[str] = []
    problems: list[str] = []
    anchors = 0

    for group in split_groups(folded):
        alternatives = [_read_alternative(alt, plan_year) for alt in group.alternatives]
        dated = [alt for alt in alternatives if alt.scan.dates]
        chosen = max(dated, key=lambda alt: max(alt.scan.dates)) if dated else None
        for alt in alternatives:
            problems.extend(alt.problems)
            anchors += alt.scan.anchors
            continuous = continuous or alt.continuous
            rules.extend(r for r in alt.rules if r not in rules)
        if chosen is not None:
            dates.update(chosen.scan.dates)
            notes.extend(chosen.scan.notes)
        else:  # "Từ Quý I/2026": say which phrase was read as a start, not a deadline
            notes.extend(n for alt in alternatives for n in alt.scan.notes)
        if len(dated) > 1:
            notes.append(f"Các phương án “hoặc”: lấy phương án muộn nhất ({fmt_date(max(chosen.scan.dates))})")
        if len(alternatives) > 1 and any(alt.useful for alt in alternatives):
            for alt in alternatives:
                if not alt.useful:
                    named = ", ".join(event_phrases(alt.text)) or "…"
                    notes.append(f"Bỏ qua phương án “hoặc {named}” vì không có ngày")

    explanation: list[str] = []
    if continuous:
        explanation.append("Thường xuyên → nhiệm vụ thường xuyên, không có hạn cụ thể, báo cáo ở mọi kỳ")
    explanation.extend(rule.describe() for rule in rules)
    explanation.extend(notes)
    explanation.extend(problems)

    needs_date = not (dates or rules or continuous)
    events = [e for e in event_phrases(folded) if not (rules and e.startswith("định kỳ"))]
    if needs_date:
        if problems:
            explanation.append(f"Không xác định được hạn: {_NEEDS}")
        elif events:
            explanation.append(f"Thời hạn theo sự kiện/lộ trình ({', '.join(events)}): {_NEEDS}")
        elif anchors:
            explanation.append(f"Chỉ ghi thời điểm bắt đầu (“từ …”), không có ngày kết thúc: {_NEEDS}")
        else:
            explanation.append(f"Không nhận ra ngày trong thời hạn: {_NEEDS}")
    elif events and dates and not any("Bỏ qua phương án" in n for n in notes):
        explanation.append(f"Có cụm theo sự kiện/lộ trình ({', '.join(events)}): chỉ tính các ngày đã nêu")

    unique = list(dict.fromkeys(line for line in explanation if line))
    return Deadline(
        text=original,
        due_dates=tuple(sorted(dates)),
        recurrence=tuple(rules),
        is_continuous=continuous,
        needs_date=needs_date,
        explanation="; ".join(unique),
    )
