"""The "Ngày nghỉ, ngày làm bù" dialog: the 2026 days, adding a day off / make-up day, the pending toggle."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from screenshots import save_shot

from tthc_desktop.services.calendar_service import calendar_for
from tthc_desktop.ui.shell.calendar_dialog import CalendarDaysDialog


def _rows(dialog):
    t = dialog.table
    return [(t.item(i, 0).text(), t.item(i, 1).text()) for i in range(t.rowCount())]


def test_2026_days_and_officer_changes(qtbot, ctx, vietnamese):
    dialog = CalendarDaysDialog(ctx, 2026)
    qtbot.add_widget(dialog)
    rows = _rows(dialog)
    assert ("02/01/2026", "Ngày nghỉ") in rows and ("10/01/2026", "Ngày làm bù") in rows
    assert ("24/11/2026", "Cần xác nhận") in rows
    check = dialog.pending_checks[date(2026, 11, 24)]
    assert not check.isChecked()
    check.click()  # one click: a day off
    assert not calendar_for(ctx).is_working_day(date(2026, 11, 24))
    assert ("24/11/2026", "Ngày nghỉ") in _rows(dialog)
    dialog.date_edit.setDate(QDate(2026, 6, 15))
    dialog.add_off_button.click()
    assert not calendar_for(ctx).is_working_day(date(2026, 6, 15))
    dialog.date_edit.setDate(QDate(2026, 6, 20))
    dialog.add_work_button.click()
    assert calendar_for(ctx).is_working_day(date(2026, 6, 20)) and ("20/06/2026", "Ngày làm bù") in _rows(dialog)
    save_shot(dialog, "shot_calendar")
