"""The officer's calendar overlay kept in settings and used by the services (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.services import calendar_service as cs
from tthc_desktop.services.context import AppContext


@pytest.fixture
def ctx(tmp_path):
    with AppContext.open(tmp_path / "c.db") as context:
        yield context


def test_days_added_by_the_officer_are_kept_and_used(ctx):
    monday, saturday = date(2026, 6, 15), date(2026, 6, 20)
    cs.add_day_off(ctx, monday)
    cs.add_make_up_day(ctx, saturday)
    cal = cs.calendar_for(ctx)
    assert not cal.is_working_day(monday) and cal.is_working_day(saturday)
    assert not cal.is_working_day(date(2026, 1, 2))  # the defaults stay
    cs.remove_day(ctx, monday)
    assert cs.calendar_for(ctx).is_working_day(monday)


def test_pending_day_is_one_click(ctx):
    day = date(2026, 11, 24)
    assert cs.calendar_for(ctx).is_working_day(day)
    assert cs.toggle_pending(ctx, day) is True
    assert not cs.calendar_for(ctx).is_working_day(day)
    assert cs.toggle_pending(ctx, day) is False
    assert cs.calendar_for(ctx).is_working_day(day)
    with pytest.raises(ValueError):
        cs.toggle_pending(ctx, date(2026, 11, 23))


def test_damaged_setting_falls_back_to_defaults(ctx):
    ctx.settings.set(cs.OVERLAY_KEY, "{not json")
    assert not cs.calendar_for(ctx).is_working_day(date(2026, 1, 2))


def test_report_service_uses_the_officers_calendar(ctx):
    from tthc_desktop.services.report_service import ReportService

    cs.add_day_off(ctx, date(2026, 6, 15))
    assert not ReportService(ctx).calendar.is_working_day(date(2026, 6, 15))
