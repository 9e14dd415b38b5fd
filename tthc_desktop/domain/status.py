"""Task status computed from dates (docs/ARCHITECTURE.md §10.2), never stored: colour, label and the due-soon band."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import NamedTuple

DUE_SOON_BANDS = (1, 3, 7)  # days before the due date


class Status(StrEnum):
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    NOT_DUE = "not_due"
    CONTINUOUS = "continuous"
    NEEDS_DATE = "needs_date"

    @property
    def label_vi(self) -> str:
        return _LABELS[self][0]

    @property
    def colour(self) -> str:
        """Hex colour used for the badge, the legend and the charts."""
        return _LABELS[self][1]


_LABELS = {
    Status.DONE_ON_TIME: ("Hoàn thành đúng hạn", "#2e7d32"),
    Status.DONE_LATE: ("Hoàn thành trễ hạn", "#ef6c00"),
    Status.IN_PROGRESS: ("Đang thực hiện, trong hạn", "#1565c0"),
    Status.OVERDUE: ("Quá hạn", "#c62828"),
    Status.NOT_DUE: ("Chưa đến hạn", "#757575"),
    Status.CONTINUOUS: ("Thường xuyên", "#6a1b9a"),
    Status.NEEDS_DATE: ("Cần đặt hạn", "#f9a825"),
}


class TaskDates(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    """What the status depends on. ``original`` are parsed or user-set deadlines; extensions never replace them."""

    original: tuple[date, ...] = ()
    extensions: tuple[date, ...] = ()
    recurring: tuple[date, ...] = ()
    completed_on: date | None = None
    is_continuous: bool = False
    has_progress: bool = False

    @classmethod
    def build(cls, *, original: Iterable[date] = (), extensions: Iterable[date] = (), recurring: Iterable[date] = (),
              completed_on: date | None = None, is_continuous: bool = False, has_progress: bool = False) -> TaskDates:
        return cls(tuple(sorted(original)), tuple(sorted(extensions)), tuple(sorted(recurring)), completed_on,
                   is_continuous, has_progress)


def active_due(dates: TaskDates, today: date) -> date | None:
    """The deadline the officer works to now: the next original date (or the last one once all have passed),
    pushed later by an extension."""
    due = next((d for d in dates.original if d >= today), dates.original[-1] if dates.original else None)
    if dates.extensions and (due is None or dates.extensions[-1] > due):
        due = dates.extensions[-1]
    return due


def next_due(dates: TaskDates, today: date) -> date | None:
    """The date shown in the list's Hạn column: the active deadline, or the next recurring occurrence."""
    due = active_due(dates, today)
    if due is not None:
        return due
    return next((d for d in dates.recurring if d >= today), None)


def compute_status(dates: TaskDates, today: date) -> Status:
    if dates.completed_on is not None:
        # Lateness is judged against the original deadline: an extension does not make a late task on time.
        last_original = dates.original[-1] if dates.original else None
        late = last_original is not None and dates.completed_on > last_original
        return Status.DONE_LATE if late else Status.DONE_ON_TIME
    if dates.is_continuous:
        return Status.CONTINUOUS
    due = active_due(dates, today)
    if due is None:
        if any(d >= today for d in dates.recurring):
            return Status.IN_PROGRESS if dates.has_progress else Status.NOT_DUE
        return Status.NEEDS_DATE
    if today > due:
        return Status.OVERDUE
    return Status.IN_PROGRESS if dates.has_progress else Status.NOT_DUE


def due_soon_band(dates: TaskDates, today: date) -> int | None:
    """1, 3 or 7 when an open task's next deadline is that close (0 days = due today → band 1)."""
    if dates.completed_on is not None or dates.is_continuous:
        return None
    due = next_due(dates, today)
    if due is None or due < today:
        return None
    days_left = (due - today).days
    return next((band for band in DUE_SOON_BANDS if days_left <= band), None)
