"""Report requests service: the deadline read by the plan tasks' rules, the checks on input (nothing written on
a refusal), due status like tasks, linking a report / submission, and the merged calendar (standing reports from
the data file and the officer's, plus requests)."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.services.report_requests import (
    DueStatus,
    ReportRequestService,
    RequestError,
    due_status,
    read_deadline,
)
from tthc_desktop.store.report_requests import Channel, FileRole


def _values(service, **over):
    args = {"number": "245/UBND-KSTT", "title": "Báo cáo rà soát TTHC", "deadline": "trước ngày 20/12/2026",
            "issued_on": "20/11/2026", "issuer": "UBND tỉnh", "period": "2026-Q4"} | over
    return service.values(**args)


@pytest.mark.parametrize(("text", "due"), [
    ("trước ngày 20/12/2026", date(2026, 12, 19)),  # "trước" is strict: the day before
    ("chậm nhất ngày 20/12/2026", date(2026, 12, 20)),
    ("Hạn: 05/01/2027", date(2027, 1, 5)),
    ("trước ngày 15/12", date(2026, 12, 14)),  # no year: the period's year
    ("Quý IV/2026", date(2026, 12, 31)),
])
def test_deadline_read_like_plan_tasks(text, due):
    parsed = read_deadline(text, 2026)
    assert parsed.due == due
    assert parsed.rule  # the rule is said, never guessed silently


@pytest.mark.parametrize("text", ["", "theo lộ trình", "hằng tháng", "đột xuất"])
def test_deadline_without_a_date_is_refused(text):
    with pytest.raises(RequestError):
        read_deadline(text, 2026)


def test_values_fill_the_cutoff_from_the_period(ctx):
    values = _values(ReportRequestService(ctx))
    assert (values["cutoff_from"], values["cutoff_to"]) == ("2026-09-15", "2026-12-14")
    assert values["due_on"] == "2026-12-19" and values["issued_on"] == "2026-11-20"
    assert values["channel"] == Channel.EDOC.value


@pytest.mark.parametrize(("over", "message"), [
    ({"number": " "}, "số/ký hiệu"),
    ({"title": ""}, "trích yếu"),
    ({"period": "2026-Q5"}, "Kỳ báo cáo"),
    ({"issued_on": "31/02/2026"}, "Ngày văn bản"),
    ({"cutoff_from": "20/12/2026", "cutoff_to": "01/12/2026"}, "ngày đầu sau ngày cuối"),
    ({"channel": "fax"}, "Kênh gửi"),
])
def test_bad_input_is_refused_and_nothing_written(ctx, over, message):
    service = ReportRequestService(ctx)
    before = ctx.db["audit_log"].count
    with pytest.raises(RequestError, match=message):
        service.add(_values(service, **over))
    assert ctx.db["report_requests"].count == 0 and ctx.db["audit_log"].count == before


def test_missing_file_is_refused_before_any_row(ctx, tmp_path):
    service = ReportRequestService(ctx)
    present = tmp_path / "de-cuong.docx"
    present.write_bytes(b"outline")
    with pytest.raises(RequestError, match="Không tìm thấy tệp"):
        service.add(_values(service), [(FileRole.OUTLINE, present), (FileRole.FORM, tmp_path / "khong-co.xlsx")])
    assert ctx.db["report_requests"].count == 0
    assert not (ctx.data_dir / "attachments").exists()  # not even the file that was there is copied in


def test_files_are_copied_in_by_hash(ctx, tmp_path):
    service = ReportRequestService(ctx)
    src = tmp_path / "de-cuong.docx"
    src.write_bytes(b"outline bytes")
    request_id = service.add(_values(service), [(FileRole.OUTLINE, src)])
    src.unlink()  # the managed copy does not depend on the officer's file
    stored = service.get(request_id).files[0]
    assert service.file_path(request_id, stored.id).read_bytes() == b"outline bytes"


def test_due_status_like_tasks(ctx):
    service = ReportRequestService(ctx)
    request = service.get(service.add(_values(service)))  # due 19/12/2026
    assert due_status(request, date(2026, 12, 1)) == DueStatus.PENDING
    assert due_status(request, date(2026, 12, 12)) == DueStatus.DUE_SOON
    assert due_status(request, date(2026, 12, 19)) == DueStatus.DUE_SOON
    assert due_status(request, date(2026, 12, 20)) == DueStatus.OVERDUE
    assert service.due_counts(date(2026, 12, 20)) == (1, 0)
    assert service.due_counts(date(2026, 12, 12)) == (0, 1)
    service.delete(request.id)
    assert service.due_counts(date(2026, 12, 20)) == (0, 0)


def test_link_report_and_submission(ctx):
    service = ReportRequestService(ctx)
    request_id = service.add(_values(service))
    with pytest.raises(RequestError, match="Không có báo cáo số 42"):
        service.link_report(request_id, 42)
    with pytest.raises(RequestError, match="Không có hồ sơ"):
        service.link_submission(request_id, 7)
    report_id = service.create_report(request_id, today=date(2026, 12, 15))
    request = service.get(request_id)
    assert request.report_id == report_id
    assert ctx.db["reports"].get(report_id)["period"] == "2026-Q4"
    sub = ctx.writer.insert("submissions", {"report_id": report_id, "title": "t", "unit": "u", "period": "2026-Q4",
                                            "files_json": "[]", "signer_cn": "A", "signed_at": "2026-12-16",
                                            "timestamped": 0, "state": "signed", "created_at": "2026-12-16"})
    service.link_submission(request_id, sub)
    assert service.status(service.get(request_id), date(2026, 12, 25)) == DueStatus.DONE


def test_merged_calendar_has_standing_officer_and_requests(ctx):
    service = ReportRequestService(ctx)
    plain = service.merged_calendar(2026)
    assert len(plain) == 19 and {e.source for e in plain} == {"standing"}  # 12 + 4 + 6T + 9T + year
    service.add_standing(title="Báo cáo CCHC", kind="quarterly", working_days=5)
    request_id = service.add(_values(service))
    service.add(_values(service, number="9/UBND", deadline="trước ngày 10/1/2027", period="2026"))  # next year
    merged = service.merged_calendar(2026)
    assert len(merged) == 19 + 4 + 1
    own = [e for e in merged if e.label.startswith("Báo cáo CCHC")]
    assert own[-1].period == "2026-Q4" and own[-1].due == date(2026, 12, 21)  # 14/12 (Mon) + 5 working days
    requests = [e for e in merged if e.source == "request"]
    assert [(e.request_id, e.due) for e in requests] == [(request_id, date(2026, 12, 19))]
    assert merged == sorted(merged, key=lambda e: (e.due, e.source != "standing", e.label))


def test_bad_standing_report_is_refused(ctx):
    with pytest.raises(RequestError, match="Trước ngày 5 hằng tháng"):
        ReportRequestService(ctx).add_standing(title="X", kind="monthly", before_day=5)
