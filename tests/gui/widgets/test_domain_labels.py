"""Domain values are shown in the UI language: Vietnamese by default, English when chosen."""

from __future__ import annotations

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.domain.procedures import OnlineLevel
from tthc_desktop.domain.status import Status
from tthc_desktop.store.reports_store import ReportState
from tthc_desktop.ui.widgets.domain_labels import display_name, is_vietnamese


def test_vietnamese(vietnamese):
    assert is_vietnamese()
    assert display_name(Status.OVERDUE) == "Quá hạn"
    assert display_name(parse_period("2025-Q3")) == "Quý III năm 2025"
    assert display_name(OnlineLevel.FULL) == "Toàn trình"
    assert display_name(ReportState.DRAFT) == "Bản nháp"


def test_english_without_translator(qapp):
    assert not is_vietnamese()
    assert display_name(Status.OVERDUE) == "Overdue"
    assert display_name(Status.NEEDS_DATE) == "Needs a date"
    assert display_name(parse_period("2025-Q3")) == "Q3 2025"
    assert display_name(parse_period("2025-07")) == "July 2025"
    assert display_name(OnlineLevel.PARTIAL) == "Partly online"
    assert display_name(ReportState.DRAFT) == "Draft"
    assert all(display_name(s) != s.label_vi for s in Status)
