"""What is due to send: the standing reports and the report requests in one list (issue 20 §1).

``due_entries(ctx, today)`` is the one source of the Báo cáo page's calendar, the overview's
"Báo cáo sắp đến hạn" box and the daily reminder's counts: the standing reports (the data file's
rules, the officer's deadlines, the standing reports the officer added) and the register's
requests not yet sent, overdue first, then by due date.

A standing report counts as overdue only from when the unit started reporting in the app
(``overdue_since``); a request the officer registered counts as soon as its date passes.
A standing report the officer added has no report of its own to mark it sent, so it is listed
while it is upcoming only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.periods import Period
from ..domain.report_calendar import DueReport, calendar_for_year, overdue, upcoming
from ..store.reports_store import ReportState
from .context import AppContext
from .report_requests import DUE_SOON_DAYS, DueStatus, ReportRequestService
from .report_service import KSTT, ReportService

WITHIN_DAYS = 45  # how far ahead the calendar looks
STANDING, REQUEST = "standing", "request"


@dataclass(frozen=True)
class DueEntry:
    """One row: a standing report's period, or one registered request."""

    due: date
    source: str  # STANDING | REQUEST
    label: str  # "Báo cáo quý — Quý III năm 2025" / "Yêu cầu 245/UBND-KSTT"
    status: str  # a DueStatus value
    period: Period | None = None
    window: tuple[date, date] | None = None
    rule: str = ""
    report: DueReport | None = None  # the shipped calendar's row (opens the period's report)
    request_id: int | None = None
    number: str = ""  # số/ký hiệu of a request
    title: str = ""  # trích yếu of a request, the name of an officer's standing report
    state: ReportState | None = None  # the report already written for it, if any

    @property
    def overdue(self) -> bool:
        return self.status == DueStatus.OVERDUE

    def days_left(self, today: date) -> int:
        return (self.due - today).days


def overdue_since(service: ReportService, today: date, records: list | None = None) -> date:
    """Standing reports count as overdue from the unit's first report in the app, and at least for the last 31
    days: a new user is not greeted by a year of "overdue" reports. ``records``: the reports already listed."""
    created = [r.created_at[:10] for r in (service.list_reports() if records is None else records) if r.created_at]
    recent = today - timedelta(days=31)
    if not created:
        return recent
    return max(min(date.fromisoformat(min(created)), recent), today - timedelta(days=365))


def _status(due: date, today: date, late: bool) -> str:
    if late:
        return DueStatus.OVERDUE
    return DueStatus.DUE_SOON if due <= today + timedelta(days=DUE_SOON_DAYS) else DueStatus.PENDING


def due_entries(ctx: AppContext, today: date, *, within_days: int = WITHIN_DAYS,
                reports: ReportService | None = None) -> list[DueEntry]:
    """Standing reports and requests not yet sent, due before ``today + within_days``: overdue first."""
    service = reports or ReportService(ctx)
    records = service.list_reports()
    states = {r.period: r.state for r in records if r.template_id == KSTT and r.period}
    rules, sent = service.rules(), service.repo.submitted_periods(KSTT)  # read once for both lists
    late_rows = overdue(today, sent, rules, service.calendar, since=overdue_since(service, today, records))
    out = [DueEntry(r.due, STANDING, r.label_vi, _status(r.due, today, late), r.period, r.window,
                    rules[r.kind].description_vi, report=r, state=states.get(r.period))
           for late, rows in ((True, late_rows),
                              (False, upcoming(today, rules, service.calendar, within_days=within_days,
                                               submitted=sent)))
           for r in rows]
    limit = today + timedelta(days=within_days)
    requests = ReportRequestService(ctx)
    for own in requests.standing():
        rule = own.rule
        for year in (today.year, today.year + 1):
            out += [DueEntry(r.due, STANDING, f"{own.title} — {r.period.label_vi}", _status(r.due, today, False),
                             r.period, r.window, rule.description_vi, title=own.title)
                    for r in calendar_for_year(year, [rule], service.calendar) if today <= r.due <= limit]
    for req in requests.list():
        state = requests.report_state(req)
        status = requests.status(req, today)
        if status in (DueStatus.DONE, DueStatus.NO_DATE) or date.fromisoformat(req.due_on) > limit:  # type: ignore[arg-type]
            continue
        window = ((date.fromisoformat(req.cutoff_from), date.fromisoformat(req.cutoff_to))
                  if req.cutoff_from and req.cutoff_to else None)
        out.append(DueEntry(date.fromisoformat(req.due_on), REQUEST, f"Yêu cầu {req.number}", status,  # type: ignore[arg-type]
                            None, window, req.deadline_rule, request_id=req.id, number=req.number,
                            title=req.title, state=state))
    return sorted(out, key=lambda e: (not e.overdue, e.due, e.source != STANDING))  # stable: kind order kept


def due_counts(entries: list[DueEntry], today: date, within_days: int = DUE_SOON_DAYS) -> tuple[int, int]:
    """(overdue, due from today to ``today + within_days``) among ``entries``."""
    late = sum(1 for e in entries if e.overdue)
    soon = sum(1 for e in entries if not e.overdue and e.due <= today + timedelta(days=within_days))
    return late, soon
