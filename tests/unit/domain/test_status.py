"""Status rules at their boundaries (docs/ARCHITECTURE.md §10.2)."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.domain.status import Status, TaskDates, compute_status, due_soon_band, next_due

TODAY = date(2025, 6, 10)


def dates(**kw) -> TaskDates:
    return TaskDates.build(**kw)


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"original": [TODAY]}, Status.NOT_DUE),  # due today is not late yet
        ({"original": [TODAY], "has_progress": True}, Status.IN_PROGRESS),
        ({"original": [date(2025, 6, 9)]}, Status.OVERDUE),  # due yesterday
        ({"original": [date(2025, 6, 9)], "has_progress": True}, Status.OVERDUE),
        ({"original": [TODAY], "completed_on": TODAY}, Status.DONE_ON_TIME),  # done on the due date
        ({"original": [TODAY], "completed_on": date(2025, 6, 11)}, Status.DONE_LATE),
        # Done after an extension: still late against the original deadline.
        ({"original": [date(2025, 6, 1)], "extensions": [date(2025, 6, 30)], "completed_on": TODAY},
         Status.DONE_LATE),
        # Open with an extension not yet passed: within the (extended) deadline.
        ({"original": [date(2025, 6, 1)], "extensions": [date(2025, 6, 30)]}, Status.NOT_DUE),
        ({"original": [date(2025, 6, 1)], "extensions": [date(2025, 6, 9)]}, Status.OVERDUE),
        ({"is_continuous": True}, Status.CONTINUOUS),
        ({"is_continuous": True, "completed_on": TODAY}, Status.DONE_ON_TIME),
        ({}, Status.NEEDS_DATE),
        ({"recurring": [date(2025, 6, 30)]}, Status.NOT_DUE),
        ({"recurring": [date(2025, 5, 31)]}, Status.NEEDS_DATE),  # occurrences all past: set a date
        # Two instalments: the next one is what counts while it is ahead.
        ({"original": [date(2025, 5, 29), date(2026, 5, 29)]}, Status.NOT_DUE),
        ({"original": [date(2025, 5, 29), date(2026, 5, 29)], "completed_on": date(2026, 5, 29)},
         Status.DONE_ON_TIME),
    ],
)
def test_status(kw, expected):
    assert compute_status(dates(**kw), TODAY) is expected


def test_due_soon_bands():
    assert due_soon_band(dates(original=[TODAY]), TODAY) == 1
    assert due_soon_band(dates(original=[date(2025, 6, 11)]), TODAY) == 1
    assert due_soon_band(dates(original=[date(2025, 6, 13)]), TODAY) == 3
    assert due_soon_band(dates(original=[date(2025, 6, 17)]), TODAY) == 7
    assert due_soon_band(dates(original=[date(2025, 6, 18)]), TODAY) is None
    assert due_soon_band(dates(original=[date(2025, 6, 9)]), TODAY) is None  # overdue, not "soon"
    assert due_soon_band(dates(original=[TODAY], completed_on=TODAY), TODAY) is None


def test_next_due_prefers_extension_and_recurring():
    assert next_due(dates(original=[date(2025, 6, 1)], extensions=[date(2025, 7, 1)]), TODAY) == date(2025, 7, 1)
    assert next_due(dates(recurring=[date(2025, 5, 31), date(2025, 6, 30)]), TODAY) == date(2025, 6, 30)
    assert next_due(dates(), TODAY) is None


def test_every_status_has_label_and_colour():
    for status in Status:
        assert status.label_vi and status.colour.startswith("#")
    assert Status.OVERDUE.label_vi == "Quá hạn"
