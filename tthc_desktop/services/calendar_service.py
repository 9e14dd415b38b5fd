"""The officer's own calendar overlay (days off, make-up days, confirmed pending days), kept in settings.

``calendar_for(ctx)`` is the WorkingCalendar every service should use: the defaults of
domain/calendar.py plus what the officer added in the "Ngày nghỉ, ngày làm bù" dialog.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from ..domain.calendar import PENDING_DAYS_OFF, WorkingCalendar

OVERLAY_KEY = "calendar_overlay"


@dataclass
class CalendarOverlay:
    days_off: set[date] = field(default_factory=set)
    working_days: set[date] = field(default_factory=set)
    confirmed: set[date] = field(default_factory=set)  # pending days (e.g. 24/11/2026) confirmed as days off

    def to_json(self) -> str:
        return json.dumps({k: sorted(d.isoformat() for d in getattr(self, k))
                           for k in ("days_off", "working_days", "confirmed")})

    @classmethod
    def from_json(cls, text: str | None) -> CalendarOverlay:
        try:
            raw = json.loads(text or "{}")
            return cls(**{k: {date.fromisoformat(x) for x in raw.get(k, [])}
                          for k in ("days_off", "working_days", "confirmed")})
        except (ValueError, TypeError, AttributeError):  # a damaged setting must not stop the app
            return cls()

    def calendar(self) -> WorkingCalendar:
        return WorkingCalendar(self.days_off, self.working_days, confirmed_days_off=self.confirmed)


def load_overlay(ctx) -> CalendarOverlay:
    return CalendarOverlay.from_json(ctx.settings.get(OVERLAY_KEY))


def save_overlay(ctx, overlay: CalendarOverlay) -> None:
    overlay.calendar()  # refuses a day that is both off and worked before anything is stored
    ctx.settings.set(OVERLAY_KEY, overlay.to_json())


def calendar_for(ctx) -> WorkingCalendar:
    return load_overlay(ctx).calendar()


def add_day_off(ctx, day: date) -> None:
    _set_day(ctx, day, "days_off")


def add_make_up_day(ctx, day: date) -> None:
    _set_day(ctx, day, "working_days")


def remove_day(ctx, day: date) -> None:
    _set_day(ctx, day, None)


def _set_day(ctx, day: date, into: str | None) -> None:
    """The day in one of the overlay's two sets (or in neither), never in both."""
    overlay = load_overlay(ctx)
    overlay.days_off.discard(day)
    overlay.working_days.discard(day)
    if into is not None:
        getattr(overlay, into).add(day)
    save_overlay(ctx, overlay)


def toggle_pending(ctx, day: date) -> bool:
    """One click: confirm a pending day off, or take the confirmation back. Returns the new state."""
    if day not in PENDING_DAYS_OFF:
        raise ValueError(f"{day:%d/%m/%Y} không phải ngày cần xác nhận")
    overlay = load_overlay(ctx)
    overlay.confirmed ^= {day}
    save_overlay(ctx, overlay)
    return day in overlay.confirmed
