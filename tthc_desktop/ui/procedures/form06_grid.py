"""Editable biểu 06 grid model: rows per field and level, columns 3–13, live checks, computed rates and a total row.

A cell breaking a check (``domain.form06.validate_row``) gets ``ERROR_ROLE`` (its messages), a red
background and a tooltip; the other cells the rule involves get a lighter tint. The last row is
the computed total (read-only); the last three columns are computed rates.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.form06 import COLUMN_LABELS, NUMERIC_COLUMNS, Form06Row, total_row
from ...domain.reductions import format_pct, format_vnd
from ...services.stats_service import RowError, apply_carry_forward, rates_of, validate_rows, whole_number

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ERROR_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # list[str]: messages of the checks broken at this cell
ERROR_COLOUR = QColor("#f4a7a3")
INVOLVED_COLOUR = QColor("#fde2e1")
TOTAL_COLOUR = QColor("#eeeeee")
COMPUTED_COLOUR = QColor("#f3f6fb")
FIRST_NUMERIC = 2  # grid column of form column 3
RATE_COLUMNS = 3


def grid_column(form_column: int) -> int:
    """Grid column of form column 3–13 (form column 2, the label, maps to the field column 0)."""
    return 0 if form_column == 2 else form_column - 3 + FIRST_NUMERIC


class Form06GridModel(QAbstractTableModel):
    edited = Signal()
    edit_rejected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Form06Row] = []
        self._errors: list[RowError] = []
        self._cell_errors: dict[tuple[int, int], list[str]] = {}
        self._involved: set[tuple[int, int]] = set()
        self.dirty = False
        short = {
            3: self.tr("Total\nreceived (3)"), 4: self.tr("Online\n(4)"), 5: self.tr("In person,\nby post (5)"),
            6: self.tr("From previous\nperiod (6)"), 7: self.tr("Total\nresolved (7)"), 8: self.tr("Early\n(8)"),
            9: self.tr("On time\n(9)"), 10: self.tr("Late\n(10)"), 11: self.tr("Total in\nprogress (11)"),
            12: self.tr("Within time\n(12)"), 13: self.tr("Overdue\n(13)"),
        }
        self.headers = [self.tr("Field"), self.tr("Level")] + [short[n] for n in NUMERIC_COLUMNS] + [
            self.tr("On time\n%"), self.tr("Online\n%"), self.tr("Overdue\nfiles")]

    # -- content ----------------------------------------------------------------------------
    def set_rows(self, rows: list[Form06Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._revalidate()
        self.dirty = False
        self.endResetModel()

    def rows(self) -> list[Form06Row]:
        return list(self._rows)

    def errors(self) -> list[RowError]:
        return list(self._errors)

    def total(self) -> Form06Row:
        return total_row(self._rows)

    def add_row(self, field: str = "", level: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(ROOT, row, row)
        self._rows.append(Form06Row(field, level))
        self.endInsertRows()
        self._after_edit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._after_edit()

    def apply_carry_forward(self, carried: dict[tuple[str, str], int]) -> int:
        rows, changed = apply_carry_forward(self._rows, carried)
        if changed:
            self.beginResetModel()
            self._rows = rows
            self._revalidate()
            self.endResetModel()
            self.dirty = True
            self.edited.emit()
        return changed

    def _revalidate(self) -> None:
        self._errors = validate_rows(self._rows)
        self._cell_errors, self._involved = {}, set()
        for e in self._errors:
            self._cell_errors.setdefault((e.index, grid_column(e.error.column)), []).append(e.error.message)
            for n in e.error.columns:
                self._involved.add((e.index, grid_column(n)))

    def _after_edit(self) -> None:
        self._revalidate()
        self.dirty = True
        # colours of a whole row can change with one cell, and the total row always does
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.edited.emit()

    def is_total_row(self, row: int) -> bool:
        return row == len(self._rows)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            n = section - FIRST_NUMERIC + 3
            return f"Cột {n}: {COLUMN_LABELS[n]}" if n in COLUMN_LABELS else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return "" if self.is_total_row(section) else str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_total_row(index.row()) or index.column() >= FIRST_NUMERIC + len(NUMERIC_COLUMNS):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def _row_at(self, row: int) -> Form06Row:
        return self.total() if self.is_total_row(row) else self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        r, c = index.row(), index.column()
        row = self._row_at(r)
        total = self.is_total_row(r)
        key = (r, c)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == 0:
                return self.tr("Total") if total else row.field
            if c == 1:
                return "" if total else row.level
            if c < FIRST_NUMERIC + len(NUMERIC_COLUMNS):
                value = row.col(c - FIRST_NUMERIC + 3)
                return value if role == Qt.ItemDataRole.EditRole else format_vnd(value)
            rates = rates_of(row)
            rate = (rates.on_time, rates.online)[c - FIRST_NUMERIC - len(NUMERIC_COLUMNS)] \
                if c < self.columnCount() - 1 else None
            return format_pct(rate.value) if rate is not None else format_vnd(rates.overdue)
        if role == ERROR_ROLE:
            return list(self._cell_errors.get(key, []))
        if role == Qt.ItemDataRole.ToolTipRole:
            messages = self._cell_errors.get(key)
            if messages:
                return "\n".join(messages)
            if c >= FIRST_NUMERIC + len(NUMERIC_COLUMNS) and c < self.columnCount() - 1:
                rates = rates_of(row)
                rate = (rates.on_time, rates.online)[c - FIRST_NUMERIC - len(NUMERIC_COLUMNS)]
                return rate.reason
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self._cell_errors:
                return QBrush(ERROR_COLOUR)
            if key in self._involved:
                return QBrush(INVOLVED_COLOUR)
            if total:
                return QBrush(TOTAL_COLOUR)
            if c >= FIRST_NUMERIC + len(NUMERIC_COLUMNS):
                return QBrush(COMPUTED_COLOUR)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= FIRST_NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        r, c = index.row(), index.column()
        row = self._rows[r]
        if c == 0:
            new = replace(row, field=" ".join(str(value).split()))
        elif c == 1:
            new = replace(row, level=" ".join(str(value).split()).lower())
        else:
            number = whole_number(value)
            if number is None:
                self.edit_rejected.emit(self.tr("“%1” is not a whole number of case files").replace("%1", str(value)))
                return False
            new = replace(row, **{_FIELD_NAMES[c - FIRST_NUMERIC]: number})
        if new == row:
            return True
        self._rows[r] = new
        self._after_edit()
        return True


_FIELD_NAMES = [
    "received_total", "received_online", "received_direct", "carried_over", "resolved_total", "resolved_early",
    "resolved_on_time", "resolved_late", "pending_total", "pending_in_time", "pending_overdue",
]

