"""The report's outline panel (#20 §2): rename, add, remove, move, indent, kind, paste, .docx, undo through
the window's stack, templates and files; the section boxes of the editor follow the outline."""

from __future__ import annotations

import os
from datetime import date

import docx
import report_gui_seed as seed
from PySide6.QtCore import Qt

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.reports.outline import OUTLINE_FIELD
from tthc_desktop.services.outline_service import OutlineService, shipped_outlines

seeded, window, page = seed.seeded, seed.window, seed.page
Q3 = parse_period("2025-Q3")


def _titles(panel):
    out = []

    def walk(item, depth):
        out.append(("  " * depth) + item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)
    for i in range(panel.tree.topLevelItemCount()):
        walk(panel.tree.topLevelItem(i), 0)
    return out


def test_outline_edits_follow_into_the_editor_and_undo(page, window, qtbot, tmp_path):
    editor = page.open_period(Q3)
    panel = editor.outline_editor
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "Đề cương"
    assert _titles(panel)[0] == "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TẠI KẾ HOẠCH"
    assert panel.tree.topLevelItem(0).text(1) == "Tiến độ thực hiện kế hoạch"
    stack = window.undo_stack
    depth = stack.count()

    panel.select((1,))
    panel.tree.topLevelItem(1).setText(0, "II. CẮT GIẢM, ĐƠN GIẢN HÓA TTHC NĂM 2025")  # as a double-click edit
    qtbot.waitUntil(lambda: stack.count() == depth + 1)
    assert editor.sections["cuts"].title.text() == "II. CẮT GIẢM, ĐƠN GIẢN HÓA TTHC NĂM 2025"
    assert editor.draft.template.section("cuts").heading == "II. CẮT GIẢM, ĐƠN GIẢN HÓA TTHC NĂM 2025"

    panel.select((5,))
    path = panel.add_subsection("1. Nhiệm vụ theo tình trạng")
    assert path == (5, 0)
    panel.set_kind(path, "tasks_by_status")
    key = editor.draft.template.sections[-2].key
    assert "Hoàn thành đúng hạn: 7 nhiệm vụ" in editor.sections[key].edit.toPlainText()
    panel.select((4,))
    panel.move(-1)
    panel.select((2,))
    panel.remove_section()
    assert "case_files" not in editor.sections
    headings = [s.heading for s in editor.draft.template.sections if s.heading]
    assert headings == ["I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TẠI KẾ HOẠCH", "II. CẮT GIẢM, ĐƠN GIẢN HÓA TTHC NĂM 2025",
                        "V. ĐỀ XUẤT, KIẾN NGHỊ", "IV. KHÓ KHĂN, VƯỚNG MẮC", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                        "1. Nhiệm vụ theo tình trạng"]
    panel.tree.setFocus()
    panel.resize(900, 560)
    editor.tabs.setCurrentWidget(panel)
    if os.environ.get("TTHC_SHOTS"):
        window.resize(1280, 800)
        window.grab().save(os.environ["TTHC_SHOTS"])

    # Undo through the window's stack: the removed section comes back with its text.
    stack.undo()
    assert "case_files" in editor.sections and editor.sections["case_files"].edit.toPlainText().startswith("- Tổng số")
    while stack.count() > depth and stack.canUndo() and stack.index() > depth:
        stack.undo()
    assert [s.key for s in editor.draft.template.sections] == [
        "intro", "tasks", "cuts", "case_files", "difficulties", "proposals", "next_period", "closing"]
    editor.save()
    stored = editor.service.repo.get(editor.draft.report_id).fields[OUTLINE_FIELD]
    assert stored[1]["title"] == "II. KẾT QUẢ CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH"


def test_paste_docx_templates_and_files(page, qtbot, tmp_path):
    editor = page.open_period(Q3)
    panel = editor.outline_editor
    panel.paste_outline("I. TÌNH HÌNH CHUNG\n1. Chỉ đạo\na) Văn bản\nII. KIẾN NGHỊ")
    assert _titles(panel) == ["I. TÌNH HÌNH CHUNG", "  1. Chỉ đạo", "    a) Văn bản", "II. KIẾN NGHỊ"]
    assert [s.level for s in editor.draft.template.sections if s.heading] == [1, 2, 3, 1]
    d = docx.Document()
    d.add_heading("A. PHẦN MỘT", level=1)
    d.add_heading("1. Mục con", level=2)
    path = tmp_path / "de_cuong.docx"
    d.save(path)
    panel.import_docx(path)
    assert _titles(panel) == ["A. PHẦN MỘT", "  1. Mục con"]
    saved = panel.save_template("Báo cáo KSTT quý", date(2025, 9, 30))
    assert saved.label == "Báo cáo KSTT quý (30/09/2025)"
    assert panel.template_combo.itemText(0) == "Báo cáo KSTT quý (30/09/2025)"
    assert OutlineService(editor.service.ctx).latest("Báo cáo KSTT quý").sections[0].title == "A. PHẦN MỘT"
    out = panel.export_file(tmp_path / "chia_se.json")
    names = [t.name for t in shipped_outlines()]
    cchc = panel.template_combo.findText(next(n for n in names if "cải cách hành chính" in n.lower()),
                                         Qt.MatchFlag.MatchStartsWith)
    panel.template_combo.setCurrentIndex(cchc)
    panel.apply_template_button.click()
    assert len(_titles(panel)) > 4 and _titles(panel)[0] != "A. PHẦN MỘT"
    panel.import_file(out)
    assert _titles(panel) == ["A. PHẦN MỘT", "  1. Mục con"]


def test_an_undo_step_never_lands_on_another_report(page, window):
    editor = page.open_period(Q3)
    panel = editor.outline_editor
    panel.select((0,))
    panel.remove_section()
    panel.select((0,))
    panel.remove_section()  # undoing this one would give an outline without "tasks"
    assert "tasks" not in editor.sections and "cuts" not in editor.sections
    other = page.open_period(parse_period("2025-Q2"))
    assert other is editor and editor.draft.period == parse_period("2025-Q2")
    before = [s.key for s in editor.draft.template.sections]
    window.undo_stack.undo()  # the Q3 step: dropped, the Q2 report keeps its outline
    assert [s.key for s in editor.draft.template.sections] == before and "tasks" in before
