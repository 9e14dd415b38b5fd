"""Report outlines (#20 §2): the default outline reads as the built-in template; an edited outline
renames, adds, removes, nests and re-kinds sections, and carries to the next period."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import report_fixtures as fx

from tthc_desktop.reports.outline import OUTLINE_FIELD, OutlineNode, default_outline, to_dicts
from tthc_desktop.services.outline_service import outline_of_draft, set_outline
from tthc_desktop.services.report_service import ReportService

Q2, Q3, TODAY = fx.Q2, fx.Q3, fx.REPORT_DAY


@pytest.fixture
def service(ctx, appendix_text) -> ReportService:
    return fx.seeded_service(ctx, appendix_text)


def _filled(service, period=Q3):
    draft = service.new_report(period, today=TODAY)
    draft.fields |= fx.HEADING | {"number": 5}
    draft.sections |= fx.FREE
    return draft


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_default_outline_is_the_template_sections(service):
    draft = service.new_report(Q3, today=TODAY)
    nodes = default_outline(draft.template)
    assert [(n.key, n.kind) for n in nodes] == [
        ("tasks", "plan_progress"), ("cuts", "cuts_summary"), ("case_files", "form06_figures"),
        ("difficulties", "free"), ("proposals", "free"), ("next_period", "free")]
    assert nodes[0].title == "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TẠI KẾ HOẠCH"


def test_untouched_report_pdf_is_unchanged_by_an_explicit_default_outline(service, tmp_path):
    plain = _filled(service)
    a = service.build(plain, tmp_path / "a", xlsx=False)
    outlined = _filled(service)
    set_outline(service, outlined, default_outline(outlined.template))
    assert outlined.fields[OUTLINE_FIELD]
    assert outlined.sections == plain.sections
    b = service.build(outlined, tmp_path / "b", xlsx=False)
    assert _pdf_text(a.pdf) == _pdf_text(b.pdf)
    assert "1. Tình hình chung" in _pdf_text(a.pdf)


def test_edited_outline_changes_the_pdf(service, tmp_path):
    draft = _filled(service)
    nodes = outline_of_draft(draft)
    nodes[0].title = "I. TIẾN ĐỘ KẾ HOẠCH NĂM"  # rename
    del nodes[1]  # remove the cuts section
    nodes[-1].children.append(OutlineNode("1. Nhiệm vụ theo tình trạng", "tasks_by_status"))
    nodes.append(OutlineNode("VII. CÔNG TÁC KHÁC", "free"))
    set_outline(service, draft, nodes)
    added = nodes[-1].key
    draft.sections[added] = "Tổ chức tập huấn nghiệp vụ kiểm soát TTHC cho cán bộ một cửa."
    sub = nodes[-2].children[0].key
    assert "Hoàn thành đúng hạn: 7 nhiệm vụ" in draft.sections[sub]
    levels = {s.key: s.level for s in draft.template.sections}
    assert levels[sub] == 2 and levels[added] == 1
    text = " ".join(_pdf_text(service.build(draft, tmp_path / "o", xlsx=False).pdf).split())
    assert "I. TIẾN ĐỘ KẾ HOẠCH NĂM" in text and "II. KẾT QUẢ CẮT GIẢM" not in text
    assert text.index("VI. PHƯƠNG HƯỚNG") < text.index("1. Nhiệm vụ theo tình trạng") < text.index("VII. CÔNG TÁC KHÁC")
    assert "Tổ chức tập huấn nghiệp vụ" in text


def test_kind_change_takes_the_blocks_text_and_outline_carries_forward(service):
    before = _filled(service, Q2)
    nodes = outline_of_draft(before)
    nodes[3].kind = "carry_forward"  # difficulties: last period's text as the generated text
    nodes[4].kind = "catalogue"
    set_outline(service, before, nodes)
    assert before.sections["proposals"].startswith("Danh mục thủ tục hành chính thuộc thẩm quyền")
    assert before.sections["difficulties"] == ""  # no Q1 report to carry from
    before.sections["difficulties"] = fx.FREE["difficulties"]
    service.save(before)
    draft = service.new_report(Q3, today=TODAY)
    assert [n.kind for n in outline_of_draft(draft)] == [n.kind for n in nodes]
    assert draft.sections["difficulties"] == fx.FREE["difficulties"]
    assert draft.auto_sections["difficulties"] == fx.FREE["difficulties"]
    # Reopened from the store, the outline is still there.
    reopened = service.open(before.report_id)
    assert to_dicts(outline_of_draft(reopened)) == to_dicts(nodes)


def test_removed_section_drops_its_check(service):
    draft = service.new_report(Q3, today=TODAY)
    nodes = [n for n in outline_of_draft(draft) if n.key != "difficulties"]
    set_outline(service, draft, nodes)
    targets = {i.target for i in service.validate(draft)}
    assert "difficulties" not in targets and "proposals" in targets
