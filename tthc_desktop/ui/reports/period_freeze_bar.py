"""The report editor's line about the period's frozen figures, with “Chốt số liệu” / “Chốt lại”.

Frozen, the period's reports and forms use one set of figures (services/period_freeze.py); a change
made since shows here as a number of differences (listed in the tooltip), never as a silent change.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.periods import Period
from ...services.context import AppContext
from ...services.period_freeze import PeriodFreezeService

MAX_LISTED = 20  # differences shown in the tooltip


class PeriodFreezeBar(QWidget):
    changed = Signal()  # the period was frozen again: the editor reloads its data

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("periodFreezeBar")
        self.service = PeriodFreezeService(ctx)
        self.period: Period | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setContentsMargins(6, 2, 6, 2)
        self.freeze_button = QPushButton()
        self.freeze_button.setObjectName("freezeButton")
        self.freeze_button.clicked.connect(self.freeze)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.freeze_button)

    def set_period(self, period: Period | None) -> None:
        self.period = period
        self.setVisible(period is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.period is None:
            return
        info = self.service.info(self.period)
        if info is None:
            self.label.setText(self.tr("The figures of this period are not frozen: the report uses the current data."))
            self.label.setStyleSheet("")
            self.label.setToolTip("")
            self.freeze_button.setText(self.tr("&Freeze figures"))
            self.freeze_button.setToolTip(self.tr("Keep today's figures as the period's one set: the report, its "
                                                  "appendices and the province's form all use them"))
            return
        diffs = self.service.differences(self.period)
        try:
            when = datetime.fromisoformat(info.frozen_at).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            when = info.frozen_at
        text = self.tr("Figures frozen at %1 by %2.").replace("%1", when).replace("%2", info.frozen_by)
        if diffs:
            text += " " + self.tr("%1 changes since: the report keeps the frozen figures; re-freeze if they are "
                                  "right.").replace("%1", str(len(diffs)))
            self.label.setStyleSheet("color:#b71c1c;")
        else:
            self.label.setStyleSheet("color:#2e7d32;")
        self.label.setText(text)
        self.label.setToolTip("\n".join(d.text for d in diffs[:MAX_LISTED]))
        self.freeze_button.setText(self.tr("Re-&freeze"))
        self.freeze_button.setToolTip(self.tr("Make the current figures the period's set"))

    def freeze(self) -> None:
        if self.period is None:
            return
        self.service.freeze(self.period)
        self.refresh()
        self.changed.emit()
