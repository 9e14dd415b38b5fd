"""The "Vai trò" column of the plan import preview: a role changes only on purpose.

A combo box in every cell took the arrow keys: moving down the column turned "Phối hợp" into "Không" with
no sign. Here the cell is plain text; a click on the selected cell, F2, a double click or typing opens the
choice, and a role the officer changed is marked.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

RoleRole = Qt.ItemDataRole.UserRole + 7  # the role value ("lead", …) of a cell
Index = QModelIndex | QPersistentModelIndex


class RoleDelegate(QStyledItemDelegate):
    def __init__(self, labels: dict[str, str], parent=None):
        super().__init__(parent)
        self._labels = labels  # role value → label, in the order offered

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("roleEditor")
        for value, label in self._labels.items():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))  # a choice in the list is the answer
        return combo

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(RoleRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.currentData(), RoleRole)
