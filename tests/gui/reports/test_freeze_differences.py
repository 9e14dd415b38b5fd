"""Figures changed after the freeze show as differences, not tooltips (issue 20 §4): the editor's freeze bar shows
“Số liệu đã thay đổi sau khi chốt: N khác biệt — Xem…”, the link lists what / frozen value / current value, and
“Chốt lại” there makes the current figures the period's set."""

from __future__ import annotations

import report_gui_seed as seed
from PySide6.QtWidgets import QDialog
from screenshots import save_shot

from tthc_desktop.domain.form06 import Form06Row
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services.stats_service import StatsService

seeded, window, page = seed.seeded, seed.window, seed.page
Q3 = parse_period("2025-Q3")


def test_differences_are_a_visible_line_and_a_list(page):
    editor = page.open_period(Q3)
    bar = editor.freeze_bar
    bar.freeze_button.click()
    assert not bar.diff_label.isVisible()  # nothing changed yet
    frozen_total = editor.draft.data.figures["form06.c3"].value
    stats = StatsService(page.service.ctx)
    rows = stats.rows(Q3)
    stats.save(Q3, [Form06Row.from_columns(rows[0].field, rows[0].level, [rows[0].received_total + 1,
                                                                           *rows[0].columns()[1:]]), *rows[1:]])
    bar.refresh()
    assert bar.diff_label.isVisible() and bar.label.toolTip() == ""
    assert bar.diff_label.text() == (f"Số liệu đã thay đổi sau khi chốt: {len(bar.differences)} khác biệt — "
                                     "<a href='#differences'>Xem…</a>")
    editor.resize(1280, 760)
    save_shot(editor, "i20_freeze_bar")
    bar.diff_label.linkActivated.emit("#differences")
    dialog = bar.findChild(QDialog, "freezeDifferencesDialog")
    assert dialog is not None and dialog.isVisible()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Nội dung", "Số đã chốt", "Số hiện nay"]
    total, plus_one = (f"{n:,}".replace(",", ".") for n in (rows[0].received_total, rows[0].received_total + 1))
    where = f"Biểu 06 {rows[0].field} – {rows[0].level}, cột 3 (tổng số nhận giải quyết)"
    assert [where, total, plus_one] in dialog.rows()
    assert len(dialog.rows()) == len(bar.differences)
    save_shot(dialog, "i20_freeze_differences")
    assert editor.draft.data.figures["form06.c3"].value == frozen_total  # still the frozen set
    dialog.refreeze_button.click()  # “Chốt lại”
    assert editor.draft.data.figures["form06.c3"].value == frozen_total + 1
    assert not bar.diff_label.isVisible() and bar.differences == []
