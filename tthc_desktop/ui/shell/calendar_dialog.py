"""The "Ngày nghỉ, ngày làm bù" dialog: the year's days off and make-up days, the officer's own additions,
and one-click confirmation of pending days such as Ngày Văn hóa Việt Nam (24/11/2026)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import calendar_service as cs
from ..widgets.buttons import close_buttons, push_button
from ..widgets.date_field import DateField
from ..widgets.page_parts import hbox, vbox
from ..widgets.remembered_geometry import RemembersGeometry

CHECKED_YEAR = "calendar_checked_year"  # the December reminder stops once next year's swaps were looked at


class CalendarDaysDialog(RemembersGeometry, QDialog):
    def __init__(self, ctx, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarDaysDialog")
        self.setWindowTitle(self.tr("Days off and make-up days"))
        self.setMinimumSize(620, 460)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2020, 2100)
        self.year_spin.setValue(year)
        self.year_spin.valueChanged.connect(self.refresh)
        self.pending_box = QVBoxLayout()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("calendarDays")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Name")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.date_edit = DateField(QDate(year, 1, 1))
        self.add_off_button = push_button(self.tr("Add day off"), "addDayOff", lambda: self._change(cs.add_day_off))
        self.add_work_button = push_button(self.tr("Add make-up working day"), "addMakeUpDay",
                                           lambda: self._change(cs.add_make_up_day))
        self.remove_button = push_button(self.tr("Remove my change"), "removeDayChange",
                                         lambda: self._change(cs.remove_day))
        note = QLabel(self.tr("Each year the government announces swapped days for public servants; "
                              "add them here when they are not listed yet."))
        note.setWordWrap(True)
        vbox(self, hbox(QLabel(self.tr("Year:")), self.year_spin, None), self.pending_box, (self.table, 1),
             hbox(self.date_edit, self.add_off_button, self.add_work_button, self.remove_button), note,
             close_buttons(self))
        self.refresh()

    def refresh(self) -> None:
        year = self.year_spin.value()
        cal = cs.calendar_for(self.ctx)
        rows = [(d, self.tr("Day off"), name) for d, name in cal.holidays_in(year).items()]
        rows += [(d, self.tr("Make-up working day"), "") for d in cal.make_up_days_in(year)]
        pending = cal.pending_in(year)
        rows += [(d, self.tr("To be confirmed"), name) for d, (name, confirmed) in pending.items() if not confirmed]
        rows.sort()
        self.table.setRowCount(len(rows))
        for i, (d, kind, name) in enumerate(rows):
            for j, text in enumerate((f"{d:%d/%m/%Y}", kind, name)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        while self.pending_box.count():
            old = self.pending_box.takeAt(0).widget()
            old.hide()  # out of the layout but still a child until deleted
            old.deleteLater()
        self.pending_checks: dict[date, QCheckBox] = {}
        for d, (name, confirmed) in pending.items():
            check = QCheckBox(self.tr("%1 (%2) — to be confirmed: a day off").replace("%1", name)
                              .replace("%2", f"{d:%d/%m/%Y}"))
            check.setObjectName("pendingDay")
            check.setChecked(confirmed)
            check.toggled.connect(lambda _on, day=d: self._toggle(day))
            self.pending_box.addWidget(check)
            self.pending_checks[d] = check
        if year > date.today().year and self.ctx.settings.get(CHECKED_YEAR) != str(year):
            self.ctx.settings.set(CHECKED_YEAR, str(year))  # next year looked at: the December reminder stops

    def _toggle(self, day: date) -> None:
        cs.toggle_pending(self.ctx, day)
        self.refresh()

    def _change(self, action) -> None:
        day = self.date_edit.date().toPython()
        try:
            action(self.ctx, day)
        except ValueError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.year_spin.setValue(day.year)
        self.refresh()
