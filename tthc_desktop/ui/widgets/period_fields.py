"""The period pickers' index box (Tháng 1–12, Quý I–IV), filled the same way wherever a period is chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ...domain.periods import ROMAN, PeriodKind


def fill_period_indexes(combo: QComboBox, kind: PeriodKind) -> bool:
    """Months or quarters of ``kind`` (their number as the item data), without emitting a change; False for
    the kinds that have no index (6 months, 9 months, the year): the box is then empty."""
    combo.blockSignals(True)
    combo.clear()
    if kind is PeriodKind.MONTHLY:
        for m in range(1, 13):
            combo.addItem(QCoreApplication.translate("PeriodFields", "Month %1").replace("%1", str(m)), m)
    elif kind is PeriodKind.QUARTERLY:
        for q in range(1, 5):
            combo.addItem(QCoreApplication.translate("PeriodFields", "Quarter %1").replace("%1", ROMAN[q - 1]), q)
    combo.blockSignals(False)
    return combo.count() > 0
