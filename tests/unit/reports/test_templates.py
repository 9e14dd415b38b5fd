"""Report templates: loading and checking the shipped ones, StrictUndefined, Vietnamese text, bad templates."""

from __future__ import annotations

import json
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from tthc_desktop.reports.templates import (
    TemplateError,
    TemplateSet,
    normalise_text,
    reports_dir,
    split_paragraphs,
)


@pytest.fixture(scope="module")
def templates() -> TemplateSet:
    return TemplateSet()


def test_shipped_templates_load_with_ids_versions_and_legal_basis(templates):
    loaded = {t.id: t for t in templates.list()}
    assert set(loaded) == {"bao_cao_kstt", "thu_xin_loi"}
    report = loaded["bao_cao_kstt"]
    assert report.version and "Nghị định số 30/2020/NĐ-CP" in report.legal_basis
    assert report.kinds == ("monthly", "quarterly", "6months", "9months", "annual")
    free = [s.key for s in report.sections if not s.is_auto]
    assert free == ["difficulties", "proposals", "next_period"]
    assert [a.title for a in report.appendices] == ["PHỤ LỤC I", "PHỤ LỤC II", "PHỤ LỤC III"]
    assert [a.form for a in report.appendices] == ["plan_progress", "bieu_06_vpcp_kstt", "tthc_cuts"]
    heading_keys = [f.key for f in report.heading_fields]
    assert heading_keys == ["parent_agency", "issuing_agency", "number", "symbol", "place", "date", "summary",
                            "recipients", "authority", "position", "signer_name"]
    letter = loaded["thu_xin_loi"]
    assert {f.key for f in letter.fields} >= {"recipient", "organisation", "case_code", "procedure_name",
                                              "due_on", "late_reason", "new_due_on"}
    assert report.section("difficulties").title == "Khó khăn, vướng mắc"


def test_missing_variable_raises_a_clear_vietnamese_error(templates):
    report = templates.load("bao_cao_kstt")
    with pytest.raises(TemplateError) as exc:
        templates.render_section(report, "intro", {"plans": [], "unit": {"name": "Sở Tư pháp"}})
    message = str(exc.value)
    assert "bao_cao_kstt" in message and "intro" in message
    assert "thiếu dữ liệu" in message and "«period»" in message
    with pytest.raises(TemplateError, match="Nội dung: thiếu dữ liệu — không có mục «name»"):
        templates.render_string("{{ unit.name }}", {"unit": {}})
    # A missing name in a condition fails too: nothing is silently skipped.
    with pytest.raises(TemplateError, match="«cuts»"):
        templates.render_string("{% if cuts.available %}x{% endif %}", {})


def test_letter_renders_vietnamese_text_exactly(templates):
    letter = templates.load("thu_xin_loi")
    fields = {"recipient": "Ông Nguyễn Văn Bình", "organisation": "", "address": "", "case_code": "000.00.12.H55-250712-0001",
              "procedure_name": "Cấp Phiếu lý lịch tư pháp", "received_on": "2025-07-01", "due_on": "2025-07-11",
              "late_reason": "phải xác minh thông tin tại cơ quan công an", "new_due_on": "2025-07-18", "contact": ""}
    text = templates.render_section(letter, "body", {"unit": {"name": "Sở Tư pháp"}, "fields": fields})
    assert unicodedata.is_normalized("NFC", text)
    paragraphs = split_paragraphs(text)
    assert paragraphs[0] == "Kính gửi: Ông Nguyễn Văn Bình."
    # Mẫu 04 of TT 03/2025/TT-VPCP: "Phiếu xin lỗi và hẹn lại ngày trả kết quả"
    assert letter.doc_type == "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" and "03/2025/TT-VPCP" in letter.legal_basis
    assert paragraphs[1] == ("Ngày 01/07/2025, Sở Tư pháp tiếp nhận hồ sơ của Ông Nguyễn Văn Bình đề nghị giải quyết "
                             "thủ tục hành chính “Cấp Phiếu lý lịch tư pháp”. Mã hồ sơ: 000.00.12.H55-250712-0001.")
    assert paragraphs[2] == "Thời hạn trả kết quả giải quyết hồ sơ: ngày 11/07/2025."
    assert paragraphs[3] == ("Tuy nhiên đến nay, Sở Tư pháp chưa trả kết quả giải quyết hồ sơ của Ông Nguyễn Văn Bình "
                             "theo đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. "
                             "Lý do: phải xác minh thông tin tại cơ quan công an.")
    assert paragraphs[-1].endswith("vào ngày 18/07/2025.")
    summary = templates.render_summary(letter, {"fields": fields})
    assert summary == "Về việc chậm trả kết quả giải quyết hồ sơ 000.00.12.H55-250712-0001"


def test_report_sections_without_data_say_so(templates):
    report = templates.load("bao_cao_kstt")
    ctx = {
        "period": {"label_lower": "quý III năm 2025", "start": date(2025, 6, 15), "end": date(2025, 9, 14)},
        "unit": {"name": "Sở Tư pháp"}, "plans": [],
        "tasks": {"total": 0}, "cuts": {"available": False}, "case_files": {"available": False},
    }
    assert templates.render_section(report, "cuts", ctx).startswith("Chưa có số liệu")
    assert templates.render_section(report, "case_files", ctx) == (
        "Chưa có số liệu: chưa nhập số liệu Biểu số 06/VPCP/KSTT quý III năm 2025.")
    assert templates.render_section(report, "intro", ctx) == (
        "Sở Tư pháp báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý III năm 2025 "
        "(số liệu tính từ ngày 15/06/2025 đến ngày 14/09/2025) như sau:")
    assert templates.render_section(report, "difficulties", ctx) == ""  # free: the officer writes it


def test_text_helpers():
    assert normalise_text("  a \n\n\n  - b\n## c\n") == "a\n\n- b\n\n## c"
    assert split_paragraphs("a\n\nb\nc\n") == ["a", "b", "c"]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "reports"
    shutil.copytree(reports_dir(), target)
    return target


def test_bad_templates_are_refused_with_the_file_named(tmp_path):
    base = _copy(tmp_path)
    (base / "bao_cao_kstt" / "cuts.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bao_cao_kstt\.json, mục «cuts».*lỗi cú pháp"):
        TemplateSet(base).load("bao_cao_kstt")
    (base / "bao_cao_kstt" / "cuts.j2").unlink()
    with pytest.raises(TemplateError, match="không tìm thấy tệp nội dung «bao_cao_kstt/cuts.j2»"):
        TemplateSet(base).load("bao_cao_kstt")
    data = json.loads((base / "thu_xin_loi.json").read_text(encoding="utf-8"))
    data["sections"][0]["kind"] = "magic"
    (base / "thu_xin_loi.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError, match="thu_xin_loi.json không hợp lệ: giá trị «magic»"):
        TemplateSet(base).load("thu_xin_loi")
    with pytest.raises(TemplateError, match="Không tìm thấy mẫu báo cáo «khong_co»"):
        TemplateSet(base).load("khong_co")
