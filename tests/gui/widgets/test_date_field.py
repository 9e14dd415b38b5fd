"""One date widget (issue 16 §2): typed dd/mm/yyyy accepted or refused with a message, a Vietnamese calendar
that opens at today when the field is empty; the task dialogs, the report form and "mark as sent" use it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QTableView, QToolButton
from screenshots import save_shot

from tthc_desktop.ui.tasks.task_detail_dialogs import MarkDoneDialog, ProgressUpdateDialog
from tthc_desktop.ui.widgets.date_field import DateField

TODAY = date(2026, 12, 7)


def _type(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()


def test_typed_date_in_an_empty_field_is_kept(qtbot, vietnamese):
    dialog = ProgressUpdateDialog(TODAY)
    qtbot.add_widget(dialog)
    evidence = dialog.evidence_date_edit
    assert evidence.date().isNull() or not evidence.date().isValid()
    _type(qtbot, evidence, "15/03/2026")
    assert evidence.value() == date(2026, 3, 15)
    _type(qtbot, evidence, "5/3/2026")
    assert evidence.value() == date(2026, 3, 5)


def test_a_typed_non_date_is_refused_with_a_message(qtbot, vietnamese):
    dialog = MarkDoneDialog(TODAY)
    qtbot.add_widget(dialog)
    dialog.show()
    field = dialog.date_edit
    _type(qtbot, field, "31/02/2026")
    message = field.findChild(QLabel, "dateError")
    assert message.isVisible() and "không phải là ngày" in message.text()
    assert field.value() == TODAY  # the last good value is kept
    dialog.ok_button.click()
    assert dialog.isVisible(), "OK must not accept an unreadable date"
    save_shot(dialog, "date_error")
    _type(qtbot, field, "08/12/2026")  # after today: a completion cannot be in the future
    assert "không được sau 07/12/2026" in message.text()
    _type(qtbot, field, "01/12/2026")
    assert not message.isVisible()
    assert dialog.values["completed_on"] == date(2026, 12, 1)


def test_empty_date_calendar_opens_at_today_in_vietnamese(qtbot, vietnamese):
    field = DateField(None, optional=True, today=lambda: TODAY)
    qtbot.add_widget(field)
    field.show()
    field.findChild(QToolButton, "calendarButton").click()
    calendar = field.calendar
    assert calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    assert calendar.locale().monthName(12).lower().startswith("tháng")
    view = calendar.findChild(QTableView)
    header = [view.model().data(view.model().index(0, c)) for c in range(view.model().columnCount())]
    assert "Mon" not in header and any(str(h).startswith("T") or str(h).startswith("CN") for h in header)
    month_button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert "December" not in month_button.text() and "12" in month_button.text()
    save_shot(calendar, "calendar")
    calendar.clicked.emit(QDate(2026, 12, 24))
    assert field.value() == date(2026, 12, 24) and not calendar.isVisible()


def test_key_alt_down_opens_the_calendar(qtbot, vietnamese):
    field = DateField(date(2025, 6, 30))
    qtbot.add_widget(field)
    field.show()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.isVisible()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2025, 6)
    field.calendar.hide()


def test_no_qdateedit_left_in_the_ui():
    """One date widget everywhere (the plan import's details page is another issue's: listed explicitly)."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[3] / "tthc_desktop" / "ui"
    users = sorted(p.name for p in ui.rglob("*.py") if "QDateEdit(" in p.read_text(encoding="utf-8"))
    assert users in ([], ["plan_import_wizard.py"]), users
