"""Report service: data-filled report from the Tiền Giang plan, carry forward, warnings, revisions, outputs."""

from __future__ import annotations

from datetime import date

import pytest
import report_fixtures as fx
from openpyxl import load_workbook

from tthc_desktop.domain.periods import Period, PeriodKind, parse_period
from tthc_desktop.domain.report_calendar import ReportRule
from tthc_desktop.reports.templates import TemplateError
from tthc_desktop.services.events import REPORTS_CHANGED
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.store.reports_store import ReportState

Q2, Q3, TODAY = fx.Q2, fx.Q3, fx.REPORT_DAY


@pytest.fixture
def service(ctx, appendix_text) -> ReportService:
    return fx.seeded_service(ctx, appendix_text)


def _filled(service: ReportService, period: Period = Q3, **free):
    draft = service.new_report(period, today=TODAY)
    draft.fields |= fx.HEADING | {"number": 5}
    draft.sections |= fx.FREE | free
    return draft


def test_sections_are_filled_from_the_database(service):
    draft = service.new_report(Q3, today=TODAY)
    s = draft.sections
    assert s["intro"].startswith("Thực hiện Kế hoạch số 165/KH-UBND ngày 14/04/2025 của UBND tỉnh Tiền Giang, "
                                 "Văn phòng UBND tỉnh báo cáo")
    assert "(số liệu tính từ ngày 15/06/2025 đến ngày 14/09/2025)" in s["intro"]
    tasks = s["tasks"]
    assert "- Hoàn thành đúng hạn: 7 nhiệm vụ;" in tasks
    assert "- Hoàn thành trễ hạn: 1 nhiệm vụ;" in tasks
    # Completed inside the window, with outcome and lateness; April's completions are not listed.
    assert "Quyết định số 1520/QĐ-UBND ban hành danh mục TTHC không phụ thuộc địa giới hành chính; " \
           "hoàn thành ngày 10/07/2025, trễ so với thời hạn 30/06/2025." in tasks
    assert "Tờ trình số 145/TTr-VP" in tasks and "Công văn số 312/VP-KSTT" not in tasks
    assert "(mục IV.2.5; thời hạn 30/06/2025): chưa triển khai; chưa ghi nhận lý do." in tasks
    assert draft.data.tasks["counts"]["overdue"] == 1
    cuts = s["cuts"]
    assert "gồm 4 thủ tục" in cuts and "cắt giảm 25,7%" in cuts and "cắt giảm 14,5%" in cuts
    assert "chỉ tiêu năm 2025 theo Nghị quyết số 66/NQ-CP: 30,0%" in cuts
    assert "- Cấp giấy phép xây dựng (mã 1.000894): Cần cắt giảm thêm 20,0% (4 ngày) thời gian giải quyết" in cuts
    case_files = s["case_files"]
    assert "- Tổng số hồ sơ tiếp nhận: 6.380 hồ sơ (trực tuyến 3.500; trực tiếp, dịch vụ bưu chính 2.750; " \
           "từ kỳ trước chuyển sang 130); tỷ lệ tiếp nhận trực tuyến 54,9%." in case_files
    assert "tỷ lệ giải quyết trước hạn và đúng hạn 99,4%" in case_files
    assert s["difficulties"] == s["proposals"] == s["next_period"] == ""
    assert draft.fields["summary"] == ("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính "
                                       "quý III năm 2025")
    assert draft.fields["date"] == "2025-09-16" and draft.fields["number"] is None
    assert draft.fields["issuing_agency"] == "VĂN PHÒNG UBND TỈNH"  # from the unit's profile
    # Appendix rows: the plan's sections become group rows, tasks keep the plan's numbering.
    rows = draft.data.progress_rows
    assert rows[0]["section"] == "Nhiệm vụ hướng dẫn, theo dõi, kiểm tra, đôn đốc" and rows[0]["c1"] == "I.2"
    assert next(r for r in rows if r["c1"] == "IV.2.1")["c7"] == "Hoàn thành trễ hạn"


def test_missing_sources_say_no_data(ctx, appendix_text):
    fx.seed(ctx, appendix_text, form06=False, procedures=False)
    draft = ReportService(ctx).new_report(Q3, today=TODAY)
    assert draft.sections["cuts"] == "Chưa có số liệu: chưa nhập danh mục thủ tục hành chính của đơn vị."
    assert draft.sections["case_files"].startswith("Chưa có số liệu: chưa nhập số liệu Biểu số 06/VPCP/KSTT")


def test_build_writes_pdf_and_forms_with_signature_boxes(service, tmp_path):
    draft = _filled(service)
    service.save(draft)
    result = service.build(draft, tmp_path / "out")
    assert result.pdf == tmp_path / "out" / "bao_cao_kstt_2025-Q3.pdf" and result.pdf.stat().st_size > 10_000
    assert result.pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in result.xlsx] == ["bao_cao_kstt_2025-Q3_plan_progress.xlsx",
                                            "bao_cao_kstt_2025-Q3_bieu_06.xlsx", "bao_cao_kstt_2025-Q3_cuts.xlsx"]
    assert [b.role for b in result.signature_boxes] == ["person", "organisation"]
    assert result.page_count > 4 and len(result.appendices) == 3
    assert not list((tmp_path / "out").glob("*.tmp"))  # atomic writes leave no temp files
    wb = load_workbook(result.xlsx[1])
    values = [c for row in wb.active.iter_rows(values_only=True) for c in row if c is not None]
    assert "Lý lịch tư pháp" in values and 1250 in values


def test_build_refuses_an_incomplete_heading(service, tmp_path):
    draft = service.new_report(Q3, today=TODAY)
    issues = service.validate(draft)
    errors = {i.target for i in issues if i.level == "error"}
    assert errors == {"place", "position", "signer_name"}
    assert any(i.message == "Chưa nhập «Người ký»." for i in issues)
    with pytest.raises(TemplateError, match="chưa đủ thông tin để xuất"):
        service.build(draft, tmp_path / "out")
    draft.fields |= fx.HEADING | {"date": "2025-09-10"}
    assert [i.message for i in service.validate(draft) if i.level == "error"] == [
        "Ngày báo cáo phải từ ngày chốt số liệu trở đi. (ngày chốt: 14/09/2025)"]
    assert not (tmp_path / "out").exists()


def test_carry_forward_from_the_previous_period(service, ctx):
    before = _filled(service, Q2, next_period="Hoàn thành trước ngày 30/6/2025 việc rà soát quy trình.")
    service.save(before)
    draft = service.new_report(Q3, today=TODAY)
    assert draft.previous is not None and draft.previous.id == before.report_id
    # Heading and the officer's free sections come from Q2; number and date are new.
    assert draft.fields["signer_name"] == "Nguyễn Văn An" and draft.fields["number"] is None
    assert draft.sections["difficulties"] == fx.FREE["difficulties"]
    # Fresh data: the Q3 biểu 06 figures were not there in Q2.
    changes = {c.key: c for c in draft.changes}
    assert changes["form06.c3"].old is None and changes["form06.c3"].new == 6380
    completed = changes["tasks.completed_in_period"]
    assert (completed.label, completed.old, completed.new) == ("Nhiệm vụ hoàn thành trong kỳ", 5, 3)
    assert "cuts.count" not in changes  # same catalogue both periods
    warned = {i.target for i in service.validate(draft) if i.level == "warning"}
    # The cuts text is word for word last period's too: the catalogue was not updated.
    assert warned == {"difficulties", "proposals", "next_period", "cuts"}
    message = next(i.message for i in service.validate(draft) if i.target == "difficulties")
    assert message == "Mục “Khó khăn, vướng mắc” giống hệt báo cáo kỳ trước: có phải chỉ sửa ngày tháng?"
    # Changing only the dates is still "the same text"; rewriting it clears the warning.
    draft.sections["next_period"] = "Hoàn thành trước ngày 30/9/2025 việc rà soát quy trình."
    draft.sections["difficulties"] = "Hệ thống một cửa điện tử đã ổn định; còn chậm số hóa hồ sơ."
    draft.sections["proposals"] = ""
    issues = service.validate(draft)
    assert {i.target for i in issues if i.level == "warning"} == {"next_period", "cuts", "proposals"}
    assert next(i.message for i in issues if i.target == "proposals").startswith(
        "Mục “Đề xuất, kiến nghị” chưa có nội dung")


def test_revisions_and_restore(service, ctx):
    seen = []
    ctx.events.subscribe(REPORTS_CHANGED, lambda **data: seen.append(data))
    draft = _filled(service, difficulties="Bản thứ nhất.")
    first = service.save(draft)
    draft.sections["difficulties"] = "Bản thứ hai."
    second = service.save(draft)
    assert service.save(draft) is None  # nothing changed: no new revision
    revisions = service.revisions(draft.report_id)
    assert [r.id for r in revisions] == [second, first]
    restored = service.restore(draft.report_id, first)
    assert restored.sections["difficulties"] == "Bản thứ nhất."
    revisions = service.revisions(draft.report_id)
    assert len(revisions) == 3 and revisions[0].note.startswith("Khôi phục phiên bản")
    assert service.repo.get(draft.report_id).sections["difficulties"] == "Bản thứ nhất."
    assert seen and seen[-1] == {"report_ids": {draft.report_id}}
    # Reset to data puts the auto text back after an edit.
    restored.sections["cuts"] = "Sửa tay"
    assert service.stale_sections(restored) == ["cuts"]
    assert service.reset_section(restored, "cuts").startswith("Danh mục thủ tục hành chính của đơn vị gồm 4")


def test_open_or_create_reuses_the_period_report(service):
    first = service.open_or_create(Q3, today=TODAY)
    again = service.open_or_create(Q3, today=TODAY)
    assert first.report_id == again.report_id
    assert [r.period for r in service.list_reports()] == [Q3]


def test_heading_remembered_for_the_next_report_of_another_kind(service):
    service.save(_filled(service))
    monthly = service.new_report(Period(PeriodKind.MONTHLY, 2025, 10), today=date(2025, 10, 15))
    assert monthly.previous is None
    assert monthly.fields["place"] == "Tiền Giang" and monthly.fields["position"] == "Phó Chánh Văn phòng"
    assert "summary" in monthly.fields and monthly.fields["summary"].endswith("tháng 10 năm 2025")


def test_apology_letter(service, tmp_path):
    letter = service.new_letter({"recipient": "Bà Trần Thị Cúc", "case_code": "H55.25-0001",
                                 "procedure_name": "Đăng ký khai sinh", "received_on": "2025-07-01",
                                 "due_on": "2025-07-03", "late_reason": "hệ thống gián đoạn",
                                 "new_due_on": "2025-07-02"}, today=date(2025, 7, 4))
    letter.fields |= {k: v for k, v in fx.HEADING.items() if k != "recipients"}
    errors = [i for i in service.validate(letter) if i.level == "error"]
    assert [(i.target, i.message) for i in errors] == [
        ("new_due_on", "Ngày hẹn trả mới phải sau ngày hẹn trả kết quả ban đầu.")]
    letter.fields["new_due_on"] = "2025-07-08"
    service.refresh(letter)
    letter.sections = dict(letter.auto_sections)
    assert service.validate(letter) == []
    assert letter.fields["summary"] == "Về việc chậm trả kết quả giải quyết hồ sơ H55.25-0001"
    assert "hẹn trả kết quả giải quyết hồ sơ vào ngày 08/07/2025" in letter.sections["body"]
    service.save(letter)
    result = service.build(letter, tmp_path)
    assert result.pdf.name == "thu_xin_loi_H55.25-0001.pdf" and result.xlsx == []


def test_calendar_rules_are_configurable_and_submitted_reports_drop_out(service):
    service.set_rule(ReportRule(PeriodKind.MONTHLY, before_day=18))
    monthly = [r for r in service.calendar_for_year(2025) if r.kind is PeriodKind.MONTHLY]
    assert monthly[2].due == date(2025, 3, 17) and monthly[4].due == date(2025, 5, 16)
    assert service.rules()[PeriodKind.MONTHLY].before_day == 18
    draft = _filled(service)
    service.save(draft)
    today = date(2025, 9, 20)
    late = service.overdue(today, since=date(2025, 9, 1))
    # Q3 and 9 months: 2 working days after Sun 14/9 → Tue 16/9; September: before the 18th → 17/9.
    assert [(str(r.period), r.due) for r in late] == [
        ("2025-Q3", date(2025, 9, 16)), ("2025-9T", date(2025, 9, 16)), ("2025-09", date(2025, 9, 17))]
    service.set_state(draft.report_id, ReportState.SUBMITTED)
    assert [str(r.period) for r in service.overdue(today, since=date(2025, 9, 1))] == ["2025-9T", "2025-09"]
    assert [str(r.period) for r in service.upcoming(today, within_days=30)] == ["2025-10"]


def test_heading_from_the_units_details(service, tmp_path):
    """Issue 14: "Thông tin đơn vị" gives the heading; the symbol follows the abbreviation (BC-STP)."""
    from tthc_desktop.domain.entities import UnitLevel

    service.ctx.units.save_own_unit("Sở Tư pháp tỉnh Đồng Tháp", UnitLevel.DEPARTMENT,
                                    parent_name="UBND tỉnh Đồng Tháp", place="Đồng Tháp", abbr="STP",
                                    signer="Nguyễn Văn An", position="Phó Giám đốc", authority="KT. Giám đốc",
                                    recipients="Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC)\nLưu: VT, KSTT")
    draft = service.new_report(Q3, today=TODAY)
    f = draft.fields
    assert (f["issuing_agency"], f["parent_agency"], f["symbol"], f["place"]) == (
        "SỞ TƯ PHÁP TỈNH ĐỒNG THÁP", "UBND TỈNH ĐỒNG THÁP", "BC-STP", "Đồng Tháp")
    assert (f["authority"], f["position"], f["signer_name"]) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An")
    assert f["recipients"] == ["Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC)", "Lưu: VT, KSTT"]
    service.save(draft)
    # a detail changed once is used by the next period's report too, over what Q3 carried
    service.ctx.units.save_own_unit("Sở Tư pháp tỉnh Đồng Tháp", UnitLevel.DEPARTMENT, signer="Trần Thị Bình")
    q4 = service.new_report(parse_period("2025-Q4"), today=date(2025, 12, 16))
    assert q4.previous is not None and q4.fields["signer_name"] == "Trần Thị Bình" and q4.fields["symbol"] == "BC-STP"
    letter = service.new_letter({"recipient": "Bà Trần Thị Cúc"}, today=date(2025, 7, 4))
    assert letter.fields["symbol"] == "TXL-STP"


def test_forms_follow_the_period_and_the_officers_legal_basis(service):
    from tthc_desktop.services.report_service import set_legal_basis

    q2_2025, q3_2026 = service.new_report(Q2, today=TODAY), service.new_report(parse_period("2026-Q3"), today=TODAY)
    assert "Cấp huyện" in [c.title for c in service.form_for("bieu_ii_07b", q2_2025).leaf_columns()]
    assert "Cấp huyện" not in [c.title for c in service.form_for("bieu_ii_07b", q3_2026).leaf_columns()]
    set_legal_basis(service.ctx, "bieu_06_vpcp_kstt", "Thông tư số 01/2020/TT-VPCP (tỉnh vẫn áp dụng)")
    assert service.form_for("bieu_06_vpcp_kstt", q3_2026).legal_basis == "Thông tư số 01/2020/TT-VPCP (tỉnh vẫn áp dụng)"
    set_legal_basis(service.ctx, "bieu_06_vpcp_kstt", "")
    assert "01/2020/TT-VPCP" in service.form_for("bieu_06_vpcp_kstt", q3_2026).legal_basis


def test_templates_carry_dates_and_current_bases():
    from tthc_desktop.reports.templates import TemplateSet

    for template in TemplateSet().list():
        assert template.legal_basis and (template.effective_from is None or template.valid_on(date(2026, 9, 30)))
    report = TemplateSet().load("bao_cao_kstt")
    assert "09/2026/NĐ-CP" in report.legal_basis and "118/2025/NĐ-CP" in report.legal_basis
    assert "03/2025/TT-VPCP" in report.legal_basis and "Sở Tư pháp" in report.comment


def test_plan_progress_appendix_lists_the_period_s_tasks_by_default(service, ctx):
    """Issue 18 "scale": the appendix lists the unit's tasks due or active in the period, not every task
    of every plan: done before the period, or first due after it, they are left out."""
    import dataclasses

    from tthc_desktop.reports.report_data import gather_report_data

    draft = service.new_report(Q3, today=TODAY)
    listed = {r["c1"] for r in draft.data.progress_rows}
    sources = service.sources(Q3, draft.data.unit_name)
    start, end = Q3.cutoff()
    tasks = {t.number: t for t in ctx.tasks.by_plan(ctx.plans.all()[0].id)}
    done_before = [n for n, t in tasks.items() if t.completed_on and t.completed_on < start]
    assert done_before and not set(done_before) & listed
    everything = gather_report_data(ctx.db, Q3, dataclasses.replace(sources, progress_scope="all"))
    assert set(done_before) <= {r["c1"] for r in everything.progress_rows}
    assert len(everything.progress_rows) > len(draft.data.progress_rows)
