"""Working days in Vietnam: weekends, public holidays (the `holidays` package) and a user overlay.

The statutory holidays (Bộ luật Lao động 2019, Điều 112: Tết Dương lịch, Tết Âm lịch, Giỗ Tổ Hùng
Vương, 30/4, 1/5, Quốc khánh) and their substitute days come from the `holidays` package's Vietnam
class, imported lazily on first use (only Vietnam's module: ``holidays.country_holidays`` or
``holidays.countries`` would import every country, ~0.4 s more at start-up) and loaded one year at a
time with Vietnamese names.

Each year the government also swaps days for public servants (e.g. a Friday off paid back by
working a Saturday). Those announcements are not law and change every year, so they live in an
*overlay*: `extra_days_off` and `extra_working_days` (make-up Saturdays). `DEFAULT_OVERLAY` holds
the swaps we are sure of; the user's own overlay is added on top and wins over it.

Days the package lists but that are not yet confirmed for public servants are *pending*
(`PENDING_DAYS_OFF`, e.g. Ngày Văn hóa Việt Nam 24/11/2026): they count as working days, shown as
"cần xác nhận", until the officer confirms them (``confirmed_days_off``), one click in the UI.

Convention of `add_working_days(d, n)`:
- n > 0: the n-th working day strictly after d (d itself is not counted, whatever it is);
- n = 0: d if d is a working day, else the next working day;
- n < 0: the |n|-th working day strictly before d.
`working_days_between(a, b)` counts working days in (a, b], so that
`working_days_between(d, add_working_days(d, n)) == n` for n ≥ 1.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

__all__ = ["DEFAULT_OVERLAY", "PENDING_DAYS_OFF", "WorkingCalendar", "add_working_days"]

DAY_OFF_NAME = "Ngày nghỉ theo thông báo điều chỉnh"

# Official swaps for public servants, by year. Only what we are sure of:
# - 2025: Friday 02/05/2025 off, made up by working Saturday 26/04/2025 (the 30/4–1/5/2025 swap
#   announced by Bộ LĐ-TB&XH with the Prime Minister's approval; the `holidays` package lists
#   02/05 "thay cho ngày 26/04/2025" but not the make-up Saturday itself). Tết Ất Tỵ
#   (25/01–02/02/2025, Thông báo 6150/TB-BLĐTBXH, cited by the package) needs nothing here: its
#   weekdays 27/01–31/01 are all in the package and no make-up day was set.
# - 2026: Friday 02/01/2026 off, made up by working Saturday 10/01/2026 (Công văn 12729/VPCP-KGVX);
#   Monday 31/08/2026 off, made up by working Saturday 22/08/2026 (the Quốc khánh 2026 swap as listed,
#   with its source, by the `holidays` package, which lists 31/08 but not 22/08). Tết 16–20/02,
#   Giỗ Tổ observed Monday 27/04, 30/04, 01/05, 01–02/09 come from the package.
DEFAULT_OVERLAY: dict[int, dict[str, tuple[date, ...]]] = {
    2025: {"days_off": (date(2025, 5, 2),), "working_days": (date(2025, 4, 26),)},
    2026: {"days_off": (date(2026, 1, 2), date(2026, 8, 31)),
           "working_days": (date(2026, 1, 10), date(2026, 8, 22))},
}
# Listed by the package but not confirmed as a day off for public servants: "cần xác nhận".
PENDING_DAYS_OFF: dict[date, str] = {date(2026, 11, 24): "Ngày Văn hóa Việt Nam"}


def _vietnam_holidays(year: int) -> dict[date, str]:
    """Vietnam's public holidays of *year* in Vietnamese, importing only Vietnam's module."""
    import importlib.util
    from pathlib import Path

    try:
        import holidays  # the base classes only; countries load on demand

        path = Path(holidays.__file__).parent / "countries" / "vietnam.py"
        spec = importlib.util.spec_from_file_location("_tthc_holidays_vietnam", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        vietnam = module.Vietnam
    except Exception:  # another package layout: the ordinary (slower) import
        from holidays.countries.vietnam import Vietnam as vietnam
    return dict(vietnam(years=year, language="vi"))


class WorkingCalendar:
    """Which days are working days, with lazily loaded Vietnamese public holidays."""

    def __init__(
        self,
        extra_days_off: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
        *,
        use_default_overlay: bool = True,
        confirmed_days_off: Iterable[date] = (),
    ) -> None:
        user_off, user_working = set(extra_days_off), set(extra_working_days)
        clash = user_off & user_working
        if clash:
            shown = ", ".join(f"{d:%d/%m/%Y}" for d in sorted(clash))
            raise ValueError(f"Ngày vừa là ngày nghỉ vừa là ngày làm bù: {shown}")
        default_off: set[date] = set()
        default_working: set[date] = set()
        if use_default_overlay:
            for entry in DEFAULT_OVERLAY.values():
                default_off.update(entry["days_off"])
                default_working.update(entry["working_days"])
        # The user's overlay wins over the defaults.
        self._days_off = (default_off - user_working) | user_off
        self._working_days = (default_working - user_off) | user_working
        self._confirmed = set(confirmed_days_off) & set(PENDING_DAYS_OFF)
        self._years: dict[int, dict[date, str]] = {}

    def _statutory(self, year: int) -> dict[date, str]:
        if year not in self._years:
            loaded = _vietnam_holidays(year)
            self._years[year] = {d: name for d, name in loaded.items()
                                 if d.year == year and (d not in PENDING_DAYS_OFF or d in self._confirmed)}
            for d in self._confirmed:
                if d.year == year:
                    self._years[year].setdefault(d, PENDING_DAYS_OFF[d])
        return self._years[year]

    def pending_in(self, year: int) -> dict[date, tuple[str, bool]]:
        """Days off awaiting confirmation in *year*: name and whether the officer confirmed it."""
        return {d: (name, d in self._confirmed) for d, name in sorted(PENDING_DAYS_OFF.items()) if d.year == year}

    def is_working_day(self, d: date) -> bool:
        if d in self._working_days:
            return True
        if d in self._days_off or d.weekday() >= 5:
            return False
        return d not in self._statutory(d.year)

    def holidays_in(self, year: int) -> dict[date, str]:
        """Days off other than weekends in *year* (statutory and overlay), with Vietnamese names."""
        found = dict(self._statutory(year))
        for d in self._days_off:
            if d.year == year:
                found.setdefault(d, DAY_OFF_NAME)
        for d in self._working_days:
            found.pop(d, None)
        return dict(sorted(found.items()))

    def make_up_days_in(self, year: int) -> list[date]:
        """Weekend days that are working days in *year* (make-up Saturdays)."""
        return sorted(d for d in self._working_days if d.year == year and d.weekday() >= 5)

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after d (see the module docstring for n = 0 and n < 0)."""
        step = 1 if n >= 0 else -1
        if n == 0:
            while not self.is_working_day(d):
                d += timedelta(days=1)
            return d
        remaining = abs(n)
        while remaining:
            d += timedelta(days=step)
            if self.is_working_day(d):
                remaining -= 1
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        d = a
        while d < b:
            d += timedelta(days=1)
            if self.is_working_day(d):
                count += 1
        return count


def add_working_days(d: date, n: int, calendar: WorkingCalendar | None = None) -> date:
    """Convenience: `WorkingCalendar().add_working_days(d, n)` with the default overlay."""
    return (calendar or WorkingCalendar()).add_working_days(d, n)
