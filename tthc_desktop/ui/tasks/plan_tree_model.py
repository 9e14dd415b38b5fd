"""The item model behind the import preview's tree: sections, groups, tasks and their merged/left-out rows.

A model (not a QTreeWidget) because it answers Qt's questions from Python data: filling a 1,000-row plan
costs a handful of calls into Qt, where setting fonts, colours and tooltips on widget items cost dozens
per row (and PySide 6.12 on Python 3.11 leaks a reference to None on every such call).

Public API:
    ``PlanNode``        one row of the tree (values, class, source row, task index, reason, role)
    ``PlanTreeModel``   ``reset(roots)``; ``index_for(node)``; edits of the role/row-type cells go to the
                        ``on_role(node, role)`` and ``on_kind(node, kind)`` callbacks
    ``ROLE_COL``, ``KIND_COL``, ``RowRole``, ``TaskIndexRole``, ``KindRole``
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ...services.import_reading import CONTINUATION, GROUP, NOTE, SECTION, TASK
from .role_delegate import RoleRole

ROLE_COL, KIND_COL = 7, 8
RowRole = Qt.ItemDataRole.UserRole + 11  # 1-based source row of a node
TaskIndexRole = Qt.ItemDataRole.UserRole + 12  # index in preview.tasks, or -1 for a merged/left-out row
KindRole = Qt.ItemDataRole.UserRole + 13  # the node's class ("section", "group", "task", …)
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()  # the root's index, as default argument

_GREY = QBrush(QColor("#8a8a8a"))
_BLUE = QBrush(QColor("#1f4e8c"))
_TINT = {SECTION: QBrush(QColor("#e8eef7")), GROUP: QBrush(QColor("#f3f7fc"))}
_CHANGED = QBrush(QColor("#e3f2fd"))


@dataclass(eq=False)
class PlanNode:
    values: list[str]  # one text per column (role and row-type columns are filled by the model)
    kind: str
    row: int
    task_index: int = -1
    reason: str = ""
    role: str | None = None  # the unit's role shown (None: a heading, no role)
    parsed_role: str | None = None  # the role read from the plan
    kind_changed: bool = False  # re-classed by the officer
    parent: PlanNode | None = None
    children: list[PlanNode] = field(default_factory=list)

    def add(self, child: PlanNode) -> None:
        child.parent = self
        self.children.append(child)


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, headers: list[str], role_labels: dict[str, str], kind_labels: dict[str, str],
                 icons: dict[str, QIcon], texts: dict[str, str], parent=None):
        super().__init__(parent)
        self._headers = headers
        self._role_labels = role_labels
        self._kind_labels = kind_labels
        self._icons = icons
        self._texts = texts  # translated tooltips: "role_changed" (%1), "role_edit", "kind_edit"
        self._root = PlanNode([], "", 0)
        self.on_role: Callable[[PlanNode, str], None] | None = None
        self.on_kind: Callable[[PlanNode, str], None] | None = None
        self.fonts = self._make_fonts(QFont())

    @staticmethod
    def _make_fonts(base: QFont) -> dict[str, QFont]:
        section, group, grey, bold = QFont(base), QFont(base), QFont(base), QFont(base)
        section.setBold(True)
        group.setWeight(QFont.Weight.DemiBold)
        group.setItalic(True)
        grey.setItalic(True)
        bold.setBold(True)
        return {SECTION: section, GROUP: group, TASK: QFont(base), CONTINUATION: grey, NOTE: grey, "changed": bold}

    def set_base_font(self, font: QFont) -> None:
        self.fonts = self._make_fonts(font)

    def reset(self, roots: list[PlanNode]) -> None:
        self.beginResetModel()
        self._root = PlanNode([], "", 0)
        for node in roots:
            self._root.add(node)
        self.endResetModel()

    # -- structure ------------------------------------------------------------------------
    def _node(self, index: Index) -> PlanNode:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        node = self._node(parent)
        if parent.isValid() and parent.column() != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.parent.children.index(up), 0, up)

    def index_for(self, node: PlanNode, column: int = 0) -> QModelIndex:
        return self.createIndex(node.parent.children.index(node), column, node)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    # -- data -----------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self._node(index)
        if (index.column() == ROLE_COL and node.role is not None) or (index.column() == KIND_COL
                                                                      and node.kind != SECTION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = index.internalPointer(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, col)
        if role == Qt.ItemDataRole.FontRole:
            return self.fonts["changed"] if self._role_changed(node, col) else self.fonts[node.kind]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _BLUE if node.kind == GROUP else _GREY if node.kind in (CONTINUATION, NOTE) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _CHANGED if self._role_changed(node, col) else _TINT.get(node.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self._icons.get(node.kind)
        if role == RoleRole:
            return node.role if col == ROLE_COL else (node.kind if col == KIND_COL and node.kind != SECTION
                                                      else None)
        if role == RowRole:
            return node.row
        if role == TaskIndexRole:
            return node.task_index
        if role == KindRole:
            return node.kind
        return None

    def _role_changed(self, node: PlanNode, col: int) -> bool:
        return col == ROLE_COL and node.role is not None and node.role != node.parsed_role

    def _text(self, node: PlanNode, col: int) -> str:
        if col == ROLE_COL:
            if node.role is None:
                return ""
            return ("✎ " if node.role != node.parsed_role else "") + self._role_labels[node.role]
        if col == KIND_COL:
            return ("✎ " if node.kind_changed else "") + self._kind_labels.get(node.kind, "")
        return node.values[col] if col < len(node.values) else ""

    def _tooltip(self, node: PlanNode, col: int) -> str | None:
        if col == ROLE_COL and node.role is not None:
            if node.role != node.parsed_role:
                return self._texts["role_changed"].replace("%1", self._role_labels[node.parsed_role or ""])
            return self._texts["role_edit"]
        if col == KIND_COL and node.kind != SECTION:
            return f"{node.reason}\n{self._texts['kind_edit']}" if node.reason else self._texts["kind_edit"]
        return node.reason or None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != RoleRole or not index.isValid() or value is None:
            return False
        node, col = index.internalPointer(), index.column()
        if col == ROLE_COL and node.role is not None:
            node.role = str(value)
            self.dataChanged.emit(index, index)
            if self.on_role is not None:
                self.on_role(node, node.role)
            return True
        if col == KIND_COL and node.kind != SECTION:
            if self.on_kind is not None and value != node.kind:
                self.on_kind(node, str(value))
            return True
        return False
