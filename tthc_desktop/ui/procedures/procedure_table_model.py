"""The catalogue table (one row per procedure): filter by field and folded search, lazy rows, undoable edits.

Edits go through :class:`EditProcedureCommand` on the window's undo stack; the service writes
(audited) and emits ``procedures_changed``, which refreshes this model. Cut columns follow the
year chosen on the "Cắt giảm" tab (``set_year``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from ...domain.procedures import DaysKind, Procedure
from ...domain.reductions import ProcedureAssessment, assess, format_number, format_pct, format_vnd
from ...domain.text_fold import fold
from ...services import events
from ...services.procedures_service import ProceduresService, parse_edit
from ..widgets.colours import PROBLEM_BG
from ..widgets.domain_labels import display_name

BATCH = 200
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
FLAG_COLUMNS = ("business_related", "internal", "cross_boundary", "one_stop")
OK_GREEN = QColor("#e3f4e1")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    editable: bool = True
    numeric: bool = False


class ProcedureTableModel(QAbstractTableModel):
    edit_rejected = Signal(str)  # Vietnamese reason a typed value was refused

    def __init__(self, service: ProceduresService, undo_stack: QUndoStack | None = None, parent=None):
        super().__init__(parent)
        self.service = service
        self.undo_stack = undo_stack
        self.year = 2025
        self.field_filter = ""
        self.search = ""
        self._all: list[Procedure] = []
        self._rows: list[Procedure] = []
        self._assessments: dict[str, ProcedureAssessment] = {}
        self._loaded = 0
        self.columns = [
            Column("code", self.tr("Procedure code"), editable=False),
            Column("name", self.tr("Procedure")),
            Column("field", self.tr("Field")),
            Column("level", self.tr("Level")),
            Column("business_related", self.tr("Business\nrelated")),
            Column("internal", self.tr("Internal")),
            Column("online_level", self.tr("Online")),
            Column("cross_boundary", self.tr("Anywhere in\nprovince")),
            Column("one_stop", self.tr("One-stop")),
            Column("baseline_days", self.tr("Days\n2024"), numeric=True),
            Column("current_days", self.tr("Days\nnow"), numeric=True),
            Column("days_kind", self.tr("Day\nkind")),
            Column("baseline_cost", self.tr("Cost 2024\n(VND)"), numeric=True),
            Column("current_cost", self.tr("Cost now\n(VND)"), numeric=True),
            Column("yearly_volume", self.tr("Files\nper year"), numeric=True),
            Column("time_cut", self.tr("Time\ncut"), editable=False, numeric=True),
            Column("cost_cut", self.tr("Cost\ncut"), editable=False, numeric=True),
            Column("meets", self.tr("Meets\ntarget?"), editable=False),
        ]
        unsubscribe = service.ctx.events.subscribe(events.PROCEDURES_CHANGED, self._on_procedures_changed)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._all = self.service.list()
        self._assessments = {p.code: assess(p, self.year, self.service.targets()) for p in self._all}
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        words = fold(self.search).split()
        out = []
        for p in self._all:
            if self.field_filter and p.field != self.field_filter:
                continue
            if words:
                hay = fold(f"{p.code} {p.name} {p.field}")
                if not all(w in hay for w in words):
                    continue
            out.append(p)
        self._rows = out
        self._loaded = min(BATCH, len(out))

    def set_filter(self, field: str = "", search: str = "") -> None:
        self.beginResetModel()
        self.field_filter, self.search = field, search
        self._apply_filter()
        self.endResetModel()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def fields(self) -> list[str]:
        return sorted({p.field for p in self._all if p.field})

    def total_count(self) -> int:
        return len(self._rows)

    def procedure(self, row: int) -> Procedure:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        return next((i for i, p in enumerate(self._rows[: self._loaded]) if p.code == code), None)

    def _on_procedures_changed(self, codes: set[str] | None = None, **_: Any) -> None:
        if not codes:
            self.reload()
            return
        for code in codes:
            fresh = self.service.get(code)
            if fresh is None or all(p.code != code for p in self._all):  # deleted, or added by hand
                self.reload()
                return
            self._assessments[code] = assess(fresh, self.year, self.service.targets())
            self._all = [fresh if p.code == code else p for p in self._all]
            self._rows = [fresh if p.code == code else p for p in self._rows]
            row = self.row_of(code)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def unsubscribe(self) -> None:
        self._unsubscribe()

    # -- lazy rows --------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        extra = min(BATCH, len(self._rows) - self._loaded)
        if extra <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + extra - 1)
        self._loaded += extra
        self.endInsertRows()

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].key in ("time_cut", "cost_cut"):
                return self.tr("(2024 − now) / 2024")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.key in FLAG_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        p = self._rows[index.row()]
        key = self.columns[index.column()].key
        a = self._assessments.get(p.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, key, a)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(p, key)
        if role == Qt.ItemDataRole.CheckStateRole and key in FLAG_COLUMNS:
            return Qt.CheckState.Checked if getattr(p, key) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.columns[index.column()].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(p, key, a)
        if role == Qt.ItemDataRole.BackgroundRole and key == "meets" and a is not None:
            if a.meets_target is False:
                return QBrush(PROBLEM_BG)
            if a.meets_target:
                return QBrush(OK_GREEN)
        return None

    def _display(self, p: Procedure, key: str, a: ProcedureAssessment | None) -> str | None:
        match key:
            case "level":
                return p.level.value.capitalize() if p.level else ""
            case "online_level":
                return display_name(p.online_level)
            case "baseline_days" | "current_days":
                value = getattr(p, key)
                return "" if value is None else format_number(value, 2)
            case "days_kind":
                return self.tr("working") if p.days_kind is DaysKind.WORKING else self.tr("calendar")
            case "baseline_cost" | "current_cost":
                value = getattr(p, key)
                if value is None:
                    return ""
                if getattr(p, f"{key}_not_regulated"):
                    return self.tr("Not regulated")
                return format_vnd(value)
            case "yearly_volume":
                return "" if p.yearly_volume is None else format_vnd(p.yearly_volume)
            case "time_cut":
                return format_pct(a.time.value) if a else ""
            case "cost_cut":
                return format_pct(a.cost.value) if a else ""
            case "meets":
                if a is None or a.target is None:
                    return ""
                return {True: self.tr("Met"), False: self.tr("Not met"), None: self.tr("Not enough data")}[a.meets_target]
            case _ if key in FLAG_COLUMNS:
                return None
            case _:
                return str(getattr(p, key))

    def _edit_text(self, p: Procedure, key: str) -> str:
        match key:
            case "baseline_days" | "current_days":
                value: Decimal | None = getattr(p, key)
                return "" if value is None else format_number(value, 2)
            case "baseline_cost" | "current_cost":
                value = getattr(p, key)
                if value is None:
                    return ""
                return "Không quy định" if getattr(p, f"{key}_not_regulated") else format_vnd(value)
            case "days_kind":
                return "LV" if p.days_kind is DaysKind.WORKING else "ngày"
            case _:
                text = self._display(p, key, None)
                return text or ""

    def _tooltip(self, p: Procedure, key: str, a: ProcedureAssessment | None) -> str | None:
        if a is None:
            return None
        if key == "time_cut" and a.time.reason:
            return a.time.reason
        if key == "cost_cut" and a.cost.reason:
            return a.cost.reason
        if key == "name":
            return p.name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        p = self._rows[index.row()]
        key = self.columns[index.column()].key
        try:
            if role == Qt.ItemDataRole.CheckStateRole and key in FLAG_COLUMNS:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
                changes = {key: checked}
            elif role == Qt.ItemDataRole.EditRole and self.columns[index.column()].editable:
                changes = parse_edit(key, str(value))
            else:
                return False
        except ValueError as exc:
            self.edit_rejected.emit(str(exc))
            return False
        old = {k: getattr(p, k) for k in changes}
        if old == changes:
            return True
        try:
            dataclasses.replace(p, **changes)  # check before the command reaches the undo stack
        except (TypeError, ValueError) as exc:
            self.edit_rejected.emit(str(exc))
            return False
        command = EditProcedureCommand(self.service, p.code, old, changes,
                                       self.tr("Edit %1 of %2").replace("%1", self.columns[index.column()].title.replace("\n", " "))
                                       .replace("%2", p.code))
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()
        return True


class EditProcedureCommand(QUndoCommand):
    """One cell edit: redo writes the new values, undo the old ones (both audited)."""

    def __init__(self, service: ProceduresService, code: str, old: dict[str, Any], new: dict[str, Any], text: str):
        super().__init__(text)
        self.service, self.code, self.old, self.new = service, code, old, new

    def redo(self) -> None:
        self.service.update(self.code, self.new)

    def undo(self) -> None:
        self.service.update(self.code, self.old)
