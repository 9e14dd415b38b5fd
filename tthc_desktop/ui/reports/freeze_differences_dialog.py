"""The list of what changed since a period's figures were frozen: what, the frozen value, the current value,
and “Chốt lại” to make the current figures the period's set (services/period_freeze.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.period_freeze import Difference, shown_value
from ..widgets.app_dialog import AppDialog


class FreezeDifferencesDialog(AppDialog):
    """Accepted = the officer chose “Chốt lại”."""

    def __init__(self, differences: list[Difference], period_label: str, parent: QWidget | None = None):
        super().__init__("freezeDifferencesDialog", self.tr("Changes since the figures were frozen"), parent)
        intro = QLabel(self.tr("%1: the report, its appendices and the province's forms keep the frozen figures. "
                               "Re-freeze if the current figures are right.").replace("%1", period_label))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(differences), 3)
        self.table.setObjectName("freezeDifferences")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Frozen value"), self.tr("Current value")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, diff in enumerate(differences):
            for col, text in enumerate((diff.where, shown_value(diff.frozen), shown_value(diff.now))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox()
        self.refreeze_button = buttons.addButton(self.tr("Re-&freeze"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refreeze_button.setObjectName("refreezeButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(3)] for r in range(self.table.rowCount())]
