"""The report editor's line about the period's frozen figures, with “Chốt số liệu” / “Chốt lại”.

Frozen, the period's reports and forms use one set of figures (services/period_freeze.py); a change
made since shows here as a visible line “Số liệu đã thay đổi sau khi chốt: N khác biệt — Xem…” whose link
lists them (what, frozen value, current value) with “Chốt lại”, never as a silent change.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.periods import Period
from ...services.context import AppContext
from ...services.period_freeze import PeriodFreezeService


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
        self.diff_label = QLabel()  # the differences: a visible line with a link to their list
        self.diff_label.setObjectName("freezeDifferencesLine")
        self.diff_label.setTextFormat(Qt.TextFormat.RichText)
        self.diff_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.diff_label.setContentsMargins(6, 0, 6, 2)
        self.diff_label.setStyleSheet("color:#b71c1c; font-weight:bold;")
        self.diff_label.linkActivated.connect(lambda _link: self.show_differences())
        self.diff_label.hide()
        self.differences: list = []
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.freeze_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.diff_label)

    def set_period(self, period: Period | None) -> None:
        self.period = period
        self.setVisible(period is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.period is None:
            return
        info = self.service.info(self.period)
        self.differences = self.service.differences(self.period) if info is not None else []
        self.diff_label.setVisible(bool(self.differences))
        if info is None:
            self.label.setText(self.tr("The figures of this period are not frozen: the report uses the current data."))
            self.label.setStyleSheet("")
            self.label.setToolTip("")
            self.freeze_button.setText(self.tr("&Freeze figures"))
            self.freeze_button.setToolTip(self.tr("Keep today's figures as the period's one set: the report, its "
                                                  "appendices and the province's form all use them"))
            return
        diffs = self.differences
        try:
            when = datetime.fromisoformat(info.frozen_at).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            when = info.frozen_at
        text = self.tr("Figures frozen at %1 by %2.").replace("%1", when).replace("%2", info.frozen_by)
        if diffs:
            text += " " + self.tr("The report keeps the frozen figures; re-freeze if the current ones are right.")
            see = self.tr("See…")
            self.diff_label.setText(self.tr("Figures changed after the freeze: %1 differences")
                                    .replace("%1", str(len(diffs))) + f" — <a href='#differences'>{see}</a>")
            self.label.setStyleSheet("color:#b71c1c;")
        else:
            self.label.setStyleSheet("color:#2e7d32;")
        self.label.setText(text)
        self.label.setToolTip("")
        self.freeze_button.setText(self.tr("Re-&freeze"))
        self.freeze_button.setToolTip(self.tr("Make the current figures the period's set"))

    def freeze(self) -> None:
        if self.period is None:
            return
        self.service.freeze(self.period)
        self.refresh()
        self.changed.emit()

    def show_differences(self):
        """The list of differences; “Chốt lại” there freezes the current figures."""
        from .freeze_differences_dialog import FreezeDifferencesDialog

        if self.period is None:
            return None
        dialog = FreezeDifferencesDialog(self.differences, self.period.label_vi, self)
        dialog.accepted.connect(self.freeze)
        dialog.open()
        return dialog
