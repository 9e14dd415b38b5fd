"""The one date widget of the app: typed dd/mm/yyyy or picked on a Vietnamese calendar that opens at today.

QDateEdit garbled a date typed into an empty field (" 5032026"), opened an empty field's calendar at its
minimum (January 2000) and named months in the system language. DateField is a line edit plus a calendar
button: the text is parsed on leaving the field, a date it cannot read stays as typed with a message under
it, and ``date()`` answers a QDate (null when empty) like QDateEdit did, so forms read it the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .page_parts import named_label

SHOWN = "dd/MM/yyyy"  # Qt's date format of the text, the same in every language
_TYPED = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
VI_LOCALE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def to_qdate(value: date | QDate | None) -> QDate:
    if value is None:
        return QDate()
    if isinstance(value, QDate):
        return QDate(value)
    return QDate(value.year, value.month, value.day)


def parse_typed(text: str) -> QDate | None:
    """dd/mm/yyyy (also d/m/yyyy, with - or .) → QDate; None when it is not a real date."""
    match = _TYPED.match(text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    value = QDate(year, month, day)
    return value if value.isValid() else None


def vietnamese_calendar(parent: QWidget | None = None) -> QCalendarWidget:
    """A calendar with Vietnamese month and day names, weeks from Monday."""
    calendar = QCalendarWidget(parent)
    calendar.setLocale(VI_LOCALE)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setGridVisible(True)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    return calendar


class DateField(QWidget):
    dateChanged = Signal(QDate)  # a null QDate when the field was emptied

    def __init__(self, value: date | QDate | None = None, *, optional: bool = False,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = optional
        self._today = today
        self._value = QDate()
        self._minimum = QDate()
        self._maximum = QDate()
        self._error = ""
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaximumWidth(130)
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose on the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = named_label("dateError", wrap=True, style="color:#c62828;")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.calendar = vietnamese_calendar()
        self.calendar.setObjectName("datePopup")
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)
        self.button.clicked.connect(self.show_calendar)
        self.edit.editingFinished.connect(self.commit_text)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)
        self.setDate(value)

    # -- QDateEdit-like API ----------------------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._value)

    def value(self) -> date | None:
        return date(self._value.year(), self._value.month(), self._value.day()) if self._value.isValid() else None

    def setDate(self, value: date | QDate | None) -> None:
        new = to_qdate(value)
        self._show_error("")
        self.edit.setText(new.toString(SHOWN) if new.isValid() else "")
        if new != self._value:
            self._value = new
            self.dateChanged.emit(QDate(new))

    def setMinimumDate(self, value: date | QDate) -> None:
        self._minimum = to_qdate(value)
        self.calendar.setMinimumDate(self._minimum)
        if self._value.isValid() and self._value < self._minimum:
            self.setDate(self._minimum)

    def setMaximumDate(self, value: date | QDate) -> None:
        self._maximum = to_qdate(value)
        self.calendar.setMaximumDate(self._maximum)
        if self._value.isValid() and self._value > self._maximum:
            self.setDate(self._maximum)

    def is_valid(self) -> bool:
        """False while the field holds a typed text it could not read (its message says why)."""
        return not self._error

    def error_text(self) -> str:
        return self._error

    # -- typing --------------------------------------------------------------------------------
    def commit_text(self) -> bool:
        """Read what was typed; a text that is not a date stays, with a message, and the value is kept."""
        text = self.edit.text().strip()
        if not text:
            if self._optional:
                self._show_error("")
                if self._value.isValid():
                    self._value = QDate()
                    self.dateChanged.emit(QDate())
                return True
            self._show_error(self.tr("Enter a date (dd/mm/yyyy)."))
            return False
        parsed = parse_typed(text)
        if parsed is None:
            self._show_error(self.tr("\"%1\" is not a date: type it as dd/mm/yyyy, e.g. 15/03/2026.")
                             .replace("%1", text))
            return False
        if self._minimum.isValid() and parsed < self._minimum:
            self._show_error(self.tr("The date must be on or after %1.").replace(
                "%1", self._minimum.toString("dd/MM/yyyy")))
            return False
        if self._maximum.isValid() and parsed > self._maximum:
            self._show_error(self.tr("The date must be on or before %1.").replace(
                "%1", self._maximum.toString("dd/MM/yyyy")))
            return False
        self.setDate(parsed)
        return True

    def _show_error(self, text: str) -> None:
        self._error = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.edit.setStyleSheet("border:1px solid #c62828;" if text else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return True
        return super().eventFilter(watched, event)

    # -- the calendar --------------------------------------------------------------------------
    def show_calendar(self) -> None:
        """Open at the field's date, or at today when it is empty (not at January 2000)."""
        start = self._value if self._value.isValid() else to_qdate(self._today())
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_clicked(self, value: QDate) -> None:
        self.calendar.hide()
        self.setDate(value)
