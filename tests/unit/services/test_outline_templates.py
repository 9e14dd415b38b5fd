"""Outline templates (#20 §2): dated versions per unit, JSON files to share, the shipped starting outlines."""

from __future__ import annotations

import json
from datetime import date

import docx
import pytest

from tthc_desktop.reports.outline import KINDS, OutlineError, OutlineNode, walk
from tthc_desktop.services.outline_service import (
    OutlineService,
    OutlineTemplate,
    outline_of_draft,
    read_outline_file,
    set_outline,
    shipped_outlines,
    write_outline_file,
)
from tthc_desktop.services.report_requests import ReportRequestService
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.store.report_requests import FileRole


def _outline():
    return [OutlineNode("I. KẾT QUẢ", "free", children=[OutlineNode("1. Cắt giảm", "cuts_summary")]),
            OutlineNode("II. KIẾN NGHỊ")]


def test_dated_versions_per_unit(ctx):
    svc = OutlineService(ctx)
    svc.save_version("Báo cáo quý", _outline(), date(2025, 6, 30))
    newer = _outline() + [OutlineNode("III. PHƯƠNG HƯỚNG")]
    svc.save_version("Báo cáo quý", newer, date(2025, 9, 30))
    svc.save_version("Báo cáo quý", newer[:1], date(2025, 6, 30))  # same name and date: replaced
    assert [(t.name, t.version_date, len(t.sections)) for t in svc.saved()] == [
        ("Báo cáo quý", "2025-06-30", 1), ("Báo cáo quý", "2025-09-30", 3)]
    assert svc.latest("Báo cáo quý").version_date == "2025-09-30"
    assert svc.choices()[0].version_date == "2025-09-30" and svc.choices()[-1].source == "shipped"
    with pytest.raises(OutlineError, match="Chưa nhập tên"):
        svc.save_version("  ", newer, date(2025, 9, 30))


def test_file_round_trip_and_bad_files(tmp_path):
    path = write_outline_file(OutlineTemplate("Đề cương chung", "2025-09-30", _outline()), tmp_path / "dc.json")
    back = read_outline_file(path)
    assert back.name == "Đề cương chung" and back.sections[0].children[0].kind == "cuts_summary"
    assert [n.title for n, _ in walk(back.sections)] == ["I. KẾT QUẢ", "1. Cắt giảm", "II. KIẾN NGHỊ"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".outline_")]
    (tmp_path / "x.json").write_text("{", encoding="utf-8")
    with pytest.raises(OutlineError, match="không phải JSON hợp lệ"):
        read_outline_file(tmp_path / "x.json")
    (tmp_path / "y.json").write_text(json.dumps({"sections": []}), encoding="utf-8")
    with pytest.raises(OutlineError, match="không phải tệp đề cương"):
        read_outline_file(tmp_path / "y.json")
    (tmp_path / "z.json").write_text(json.dumps({"format": "tthc-outline", "version": 1, "name": "A",
                                                  "sections": [{"title": "I", "kind": "bieu_do"}]}), encoding="utf-8")
    with pytest.raises(OutlineError, match="z.json, mục 1 «I»: loại «bieu_do»"):
        read_outline_file(tmp_path / "z.json")


def test_shipped_outlines_say_where_they_come_from():
    shipped = {t.name: t for t in shipped_outlines()}
    tt01 = next(t for n, t in shipped.items() if "01/2020" in n)
    cchc = next(t for n, t in shipped.items() if "cải cách hành chính" in n)
    for t in (tt01, cchc):
        assert "đối chiếu" in t.comment and len(list(walk(t.sections))) >= 8
        kinds = {n.kind for n, _ in walk(t.sections)}
        assert kinds <= set(KINDS) and {"cuts_summary", "form06_figures"} <= kinds


def test_a_request_gives_its_report_the_outline_it_came_with(ctx, tmp_path):
    word = docx.Document()
    word.add_heading("I. Kết quả rà soát, cắt giảm TTHC", level=1)
    word.add_heading("1. Số TTHC đã rà soát", level=2)
    word.add_heading("II. Kiến nghị", level=1)
    outline = tmp_path / "de_cuong_kem_theo.docx"
    word.save(outline)
    scanned = tmp_path / "de_cuong_scan.pdf"
    scanned.write_bytes(b"%PDF-1.4 scanned")
    requests = ReportRequestService(ctx)
    values = requests.values(number="245/UBND-KSTT", title="Báo cáo rà soát TTHC", deadline="trước ngày 20/12/2026",
                             issued_on="20/11/2026", issuer="UBND tỉnh", period="2026-Q4")
    request_id = requests.add(values, [(FileRole.OUTLINE, scanned), (FileRole.OUTLINE, outline)])
    report_id = requests.create_report(request_id, today=date(2026, 12, 15))
    draft = ReportService(ctx).open(report_id)
    nodes = outline_of_draft(draft)
    assert [n.title for n in nodes] == ["I. Kết quả rà soát, cắt giảm TTHC", "II. Kiến nghị"]
    assert [s.heading for s in draft.template.sections if s.heading][1] == "1. Số TTHC đã rà soát"
    # An outline the officer then edits is not replaced by the request's again.
    service = ReportService(ctx)
    set_outline(service, draft, nodes[:1])
    service.save(draft)
    requests.create_report(request_id, today=date(2026, 12, 16))
    assert len(outline_of_draft(service.open(report_id))) == 1


def test_cchc_outline_opens_and_closes_as_a_cchc_report(ctx, appendix_text, tmp_path):
    """The CCHC outline brings its own opening (căn cứ, mục đích), closing sentence and trích yếu; kiến nghị, đề
    xuất is its last section; the TT 01/2020 outline puts the KSTT ones back; both survive saving and sharing."""
    import report_fixtures as fx

    from tthc_desktop.domain.periods import parse_period
    from tthc_desktop.reports.outline import ENDS_FIELD

    fx.seed(ctx, appendix_text)
    reports = ReportService(ctx)
    draft = reports.create(parse_period("2025-Q3"), today=date(2025, 9, 16))
    kstt_intro = draft.auto_sections["intro"]
    assert "kiểm soát thủ tục hành chính" in kstt_intro
    cchc, tt01 = (next(t for t in shipped_outlines() if key in t.name) for key in ("cải cách hành chính", "01/2020"))
    assert (cchc.ends, tt01.ends) == ("cchc", "kstt")
    assert cchc.sections[-1].title == "V. ĐỀ XUẤT, KIẾN NGHỊ" and cchc.sections[-1].placeholder
    set_outline(reports, draft, [n.copy() for n in cchc.sections], cchc.ends)
    intro, closing = draft.auto_sections["intro"], draft.auto_sections["closing"]
    assert intro.startswith("Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính nhà nước và Kế hoạch")
    assert "nhằm đánh giá kết quả đạt được" in intro  # mục đích
    assert intro.endswith("báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2025 (số liệu tính từ "
                          "ngày 15/06/2025 đến ngày 14/09/2025) như sau:")
    assert closing == "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2025 của " \
                      "Văn phòng UBND tỉnh./."
    assert draft.fields["summary"] == "Kết quả thực hiện công tác cải cách hành chính quý III năm 2025"
    assert draft.sections["intro"] == intro  # an untouched opening follows the outline
    reports.save(draft)
    reopened = reports.open(draft.report_id)
    assert reopened.fields[ENDS_FIELD] == "cchc" and reopened.auto_sections["intro"] == intro
    text = "\n".join(p.text for p in docx.Document(str(reports.build_docx(reopened, tmp_path / "cchc.docx",
                                                                                strict=False))).paragraphs)
    assert intro in text and closing in text and "V. ĐỀ XUẤT, KIẾN NGHỊ" in text
    shared = write_outline_file(OutlineTemplate("CCHC của đơn vị", "2025-09-30", cchc.sections, ends="cchc"),
                                tmp_path / "cchc.json")
    assert read_outline_file(shared).ends == "cchc"
    OutlineService(ctx).save_version("CCHC của đơn vị", cchc.sections, date(2025, 9, 30), "cchc")
    assert OutlineService(ctx).latest("CCHC của đơn vị").ends == "cchc"
    reopened.sections["closing"] = "Trên đây là báo cáo của đơn vị, kính gửi Văn phòng UBND tỉnh tổng hợp./."
    set_outline(reports, reopened, [n.copy() for n in tt01.sections], tt01.ends)  # back to the KSTT style
    assert reopened.auto_sections["intro"] == kstt_intro and reopened.sections["intro"] == kstt_intro
    assert reopened.sections["closing"].startswith("Trên đây là báo cáo của đơn vị")  # the officer's own: kept
    assert reopened.fields["summary"].startswith("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính")


def test_an_outline_cannot_name_unknown_ends(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"format": "tthc-outline", "version": 1, "name": "X", "ends": "{{ 7*7 }}",
                                "sections": [{"title": "I. A"}]}), encoding="utf-8")
    with pytest.raises(OutlineError, match="phần mở đầu/kết thúc"):
        read_outline_file(path)
