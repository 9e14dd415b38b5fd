"""Reports without surprises (issue 16 §6): a kind opens on its period due next, the editor hides the "## "
of sub-headings, and the preview is built when its tab opens (no "Trang 1/0")."""

from __future__ import annotations

from datetime import date

import report_gui_seed as seed
from screenshots import save_shot

from tthc_desktop.domain.periods import Period, PeriodKind
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.ui.reports.report_dialogs import NewReportDialog

DECEMBER = date(2026, 12, 7)


def test_quarterly_opens_on_the_quarter_due_next_in_december(qtbot, ctx, vietnamese):
    dialog = NewReportDialog(ReportService(ctx), DECEMBER)
    qtbot.add_widget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("monthly"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("quarterly"))
    # Q4's data end on 14/12/2026, so its report is the next quarterly one due; Quý I would be 11 months old.
    assert dialog.period() == Period(PeriodKind.QUARTERLY, 2026, 4)
    assert dialog.index_combo.currentText() == "Quý IV"
    save_shot(dialog, "new_report_december")


seeded, window, page = seed.seeded, seed.window, seed.page


def test_editor_hides_the_subheading_marker(page, qtbot):
    from tthc_desktop.domain.periods import parse_period

    editor = page.open_period(parse_period("2025-Q3"))
    box = editor.sections["tasks"]
    shown = box.edit.document().toPlainText()
    assert "## " not in shown and "1. Tình hình chung" in shown
    first = box.edit.document().begin()
    assert first.text() == "1. Tình hình chung" and first.blockFormat().headingLevel() > 0
    stored = box.edit.toPlainText()
    assert stored.startswith("## 1. Tình hình chung")  # the report keeps its sub-headings
    editor.flush()
    assert editor.draft.sections["tasks"].startswith("## 1. Tình hình chung")
    save_shot(box, "section_headings")


def test_preview_is_built_when_its_tab_opens(page, qtbot):
    from tthc_desktop.domain.periods import parse_period

    editor = page.open_period(parse_period("2025-Q3"))  # heading not filled yet: the preview shows it anyway
    assert editor.preview.page_count() == 0
    editor.tabs.setCurrentWidget(editor.preview)
    qtbot.waitUntil(lambda: editor.preview.page_count() > 0, timeout=20000)
    labels = [w.text() for w in editor.preview.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)]
    assert not any("/0" in t for t in labels), labels
    save_shot(editor, "preview_on_open")
