"""What is due (services/due_reports.py): standing reports and registered requests in one list, overdue first, a
request sent or far off left out; the counts the reminder shows come from the same list."""

from __future__ import annotations

from datetime import date

from tthc_desktop.services.due_reports import REQUEST, STANDING, due_counts, due_entries
from tthc_desktop.services.report_requests import DueStatus, ReportRequestService

TODAY = date(2026, 12, 10)  # Thursday


def _add(service, number, deadline):
    return service.add(service.values(number=number, title=f"Báo cáo theo {number}", deadline=deadline,
                                      issuer="UBND tỉnh", period="2026-Q4"))


def test_standing_reports_and_requests_in_one_list(ctx):
    service = ReportRequestService(ctx)
    soon = _add(service, "245/UBND-KSTT", "trước ngày 20/12/2026")  # due 19/12: in 9 days
    late = _add(service, "17/SNV-CCHC", "chậm nhất ngày 05/12/2026")  # 5 days ago
    _add(service, "3/VPCP", "chậm nhất ngày 01/03/2027")  # beyond the 45 days looked at
    sent = _add(service, "9/UBND", "chậm nhất ngày 08/12/2026")
    sub = ctx.writer.insert("submissions", {"title": "t", "unit": "u", "period": "2026-Q4", "files_json": "[]",
                                            "signer_cn": "A", "signed_at": "2026-12-08", "timestamped": 0,
                                            "state": "signed", "created_at": "2026-12-08"})
    service.link_submission(sent, sub)  # sent: no longer due
    entries = due_entries(ctx, TODAY)
    # November's monthly report: cut-off Saturday 14/11 + 2 working days = Tuesday 17/11, not sent (overdue).
    # December's, Q4's and the year's: cut-off Monday 14/12 + 2 = Wednesday 16/12. January's: Thursday 14/01 → 18/01.
    assert [(e.source, e.label, f"{e.due:%d/%m}", e.status) for e in entries] == [
        (STANDING, "Báo cáo tháng — Tháng 11 năm 2026", "17/11", DueStatus.OVERDUE),
        (REQUEST, "Yêu cầu 17/SNV-CCHC", "05/12", DueStatus.OVERDUE),
        (STANDING, "Báo cáo tháng — Tháng 12 năm 2026", "16/12", DueStatus.DUE_SOON),
        (STANDING, "Báo cáo quý — Quý IV năm 2026", "16/12", DueStatus.DUE_SOON),
        (STANDING, "Báo cáo năm — Năm 2026", "16/12", DueStatus.DUE_SOON),
        (REQUEST, "Yêu cầu 245/UBND-KSTT", "19/12", DueStatus.PENDING),
        (STANDING, "Báo cáo tháng — Tháng 1 năm 2027", "18/01", DueStatus.PENDING),
    ]
    assert [e.request_id for e in entries if e.source == REQUEST] == [late, soon]
    request = entries[1]
    assert request.number == "17/SNV-CCHC" and request.title == "Báo cáo theo 17/SNV-CCHC"
    assert request.window == (date(2026, 9, 15), date(2026, 12, 14))
    assert due_counts(entries, TODAY) == (2, 3)  # the reminder's counts: 7 days ahead
    assert due_counts(entries, TODAY, within_days=9) == (2, 4)


def test_officers_standing_report_is_listed_while_upcoming(ctx):
    service = ReportRequestService(ctx)
    service.add_standing(title="Báo cáo CCHC", kind="quarterly", working_days=5)
    own = [e for e in due_entries(ctx, TODAY) if e.label.startswith("Báo cáo CCHC")]
    # Q4: cut-off Monday 14/12 + 5 working days = Monday 21/12
    assert [(e.label, e.due, e.source) for e in own] == [("Báo cáo CCHC — Quý IV năm 2026", date(2026, 12, 21),
                                                          STANDING)]
