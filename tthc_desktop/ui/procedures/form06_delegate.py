"""Editors of biểu 06's first two columns: "Lĩnh vực" picked from the catalogue's fields (a new one may still
be typed), "Cấp" picked from the levels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

LEVELS = ("tỉnh", "huyện", "xã")  # the levels biểu 06 counts, as stored (lower case)

Index = QModelIndex | QPersistentModelIndex


class Form06Delegate(QStyledItemDelegate):
    def __init__(self, fields: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self._fields = fields

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == 0:
            combo = QComboBox(parent)
            combo.setObjectName("fieldEditor")
            combo.setEditable(True)  # a field the catalogue lacks can still be typed
            combo.addItems(self._fields())
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            return combo
        if index.column() == 1:
            combo = QComboBox(parent)
            combo.setObjectName("levelEditor")
            combo.addItems(list(LEVELS))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            found = editor.findText(text, Qt.MatchFlag.MatchFixedString)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(text)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
