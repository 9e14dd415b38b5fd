"""The CCHC starting outline in the editor (issue 20 §2): using it changes the report's opening paragraph, closing
sentence and trích yếu to a CCHC report's; undo puts the KSTT ones back. Screenshot of the outline editor."""

from __future__ import annotations

import report_gui_seed as seed
from PySide6.QtCore import Qt
from screenshots import save_shot

from tthc_desktop.domain.periods import parse_period

seeded, window, page = seed.seeded, seed.window, seed.page
Q3 = parse_period("2025-Q3")


def test_cchc_outline_brings_its_opening_and_closing(page, window):
    editor = page.open_period(Q3)
    panel = editor.outline_editor
    kstt_intro = editor.sections["intro"].edit.toPlainText()
    heading = {k: editor.draft.fields.get(k) for k in ("issuing_agency", "symbol", "date", "recipients")}
    assert all(heading.values()), heading
    assert "kiểm soát thủ tục hành chính" in kstt_intro
    index = panel.template_combo.findText("Đề cương báo cáo cải cách hành chính quý", Qt.MatchFlag.MatchStartsWith)
    panel.template_combo.setCurrentIndex(index)
    panel.apply_template_button.click()
    assert panel.ends == "cchc"
    # the heading block survives the new outline (the field form is rebuilt with the new sections)
    assert {k: editor.draft.fields.get(k) for k in heading} == heading
    assert editor.form.values()["issuing_agency"] == heading["issuing_agency"]
    intro = editor.sections["intro"].edit.toPlainText()
    assert intro.startswith("Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính nhà nước")
    assert editor.sections["closing"].edit.toPlainText().startswith(
        "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2025")
    assert editor.draft.fields["summary"] == "Kết quả thực hiện công tác cải cách hành chính quý III năm 2025"
    editor.tabs.setCurrentWidget(panel)
    panel.tree.expandAll()
    editor.resize(1280, 760)
    save_shot(editor, "i20_outline_editor_cchc")
    window.undo_stack.undo()
    assert panel.ends == "" and editor.sections["intro"].edit.toPlainText() == kstt_intro
    window.undo_stack.redo()
    assert panel.ends == "cchc" and editor.sections["intro"].edit.toPlainText() == intro
