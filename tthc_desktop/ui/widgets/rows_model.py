"""A read-only table model over a Python list, the shape most of the app's lists share.

Subclasses give ``headers()`` (translated column titles) and ``cell(row, column, role)``; the counts, the
header and the bounds checks live here once. ``reset_rows`` swaps the whole list (a model reset); a model
built with a ``source`` (a function returning the rows) re-reads it on ``refresh()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, parent=None, source: Callable[[], Iterable[Any]] | None = None):
        super().__init__(parent)
        self._source = source
        self.rows: list[Any] = list(source()) if source is not None else []

    def refresh(self) -> None:
        if self._source is not None:
            self.reset_rows(self._source())

    def reset_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        """The row shown at ``row``, or None outside the list."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def headers(self) -> tuple[str, ...]:
        return ()

    def cell(self, row: Any, column: int, role: int) -> Any:
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        titles = self.headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(titles):
            return titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)


def row_table(model: QAbstractTableModel, name: str, *, stretch: int | None = None, fit: bool = False,
              wrap: bool = True) -> QTableView:
    """A read-only table on ``model``: whole rows, one at a time, no row numbers. ``fit``: columns as wide as
    their contents; ``stretch``: the column that takes the spare width (None: the last)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(wrap)
    header = view.horizontalHeader()
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
