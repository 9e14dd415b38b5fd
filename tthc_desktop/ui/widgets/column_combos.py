"""The "Check the columns" step of the import wizards: one box per role (Nội dung, Cơ quan chủ trì, Mã thủ
tục …) listing "(none)" and the table's columns by their header, preset to the detected column."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout


def add_column_combos(form: QFormLayout, roles: Iterable[str], labels: Mapping[str, str],
                      changed: Callable[[], object]) -> dict[str, QComboBox]:
    """A box per role, named ``map_<role>``, added to ``form`` under its label; ``changed`` on every choice."""
    combos: dict[str, QComboBox] = {}
    for role in roles:
        combo = QComboBox()
        combo.setObjectName(f"map_{role}")
        combo.currentIndexChanged.connect(changed)
        combos[role] = combo
        form.addRow(labels[role] + ":", combo)
    return combos


def fill_column_combos(combos: Mapping[str, QComboBox], titles: list[str],
                       current: Callable[[str], int | None]) -> None:
    """Each box lists the columns ("Column 3: Thời hạn"), set to ``current(role)`` (none when None), without
    emitting a change per box: the caller says once that the page changed."""
    for role, combo in combos.items():
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("ColumnCombos", "(none)"), None)
        for col, title in enumerate(titles):
            text = QCoreApplication.translate("ColumnCombos", "Column %1: %2")
            combo.addItem(text.replace("%1", str(col + 1)).replace("%2", title), col)
        chosen = current(role)
        combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
        combo.blockSignals(False)
