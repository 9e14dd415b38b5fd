"""Dialogs of the Báo cáo page: choosing the kind and period of a new report, and editing the report rules
(when each kind is due: N working days after the data cut-off, or "trước ngày X hằng tháng")."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.periods import Period, PeriodKind
from ...domain.report_calendar import KIND_LABELS, ReportRule
from ...services.due_reports import overdue_since
from ...services.report_service import ReportService
from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import dialog_buttons
from ..widgets.domain_labels import display_name
from ..widgets.period_fields import fill_period_indexes


def suggested_period(service: ReportService, today: date) -> Period:
    """The report to write now: the earliest overdue one, else the next due, else this quarter's."""
    overdue = service.overdue(today, since=overdue_since(service, today))
    if overdue:
        return overdue[0].period
    upcoming = service.upcoming(today)
    if upcoming:
        return upcoming[0].period
    return Period(PeriodKind.QUARTERLY, today.year, (today.month - 1) // 3 + 1)


def next_due_of_kind(service: ReportService, today: date, kind: PeriodKind) -> Period | None:
    """The period of *kind* whose report is due next (the earliest overdue one first); None when the
    calendar has none within a year (a kind the unit does not send)."""
    overdue = [r for r in service.overdue(today, since=overdue_since(service, today)) if r.kind is kind]
    if overdue:
        return overdue[0].period
    upcoming = [r for r in service.upcoming(today, within_days=400) if r.kind is kind]
    return upcoming[0].period if upcoming else None


class NewReportDialog(AppDialog):
    """Kind + period; defaults to the period the calendar says is due next."""

    def __init__(self, service: ReportService, today: date, parent: QWidget | None = None):
        super().__init__("newReportDialog", self.tr("New report"), parent)
        self._service, self._today = service, today
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind.value)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.index_combo = QComboBox()
        self.index_combo.setObjectName("indexCombo")
        self.index_label = QLabel()
        self.window_label = QLabel()
        self.window_label.setObjectName("windowLabel")
        self.window_label.setStyleSheet("color:#616161;")
        self.window_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind of report"), self.kind_combo)
        form.addRow(self.tr("Year"), self.year_spin)
        form.addRow(self.index_label, self.index_combo)
        buttons = dialog_buttons(self, self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.window_label)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.year_spin.valueChanged.connect(self._show_window)
        self.index_combo.currentIndexChanged.connect(self._show_window)
        self.set_period(suggested_period(service, today))

    def set_period(self, period: Period) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind.value))
        self._fill_indexes()
        self.year_spin.setValue(period.year)
        self.index_combo.setCurrentIndex(max(self.index_combo.findData(period.index), 0))
        self._show_window()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        """A new kind opens on its period due next (Quý IV in December), not on Quý I / Tháng 1."""
        self._fill_indexes()
        due = next_due_of_kind(self._service, self._today, PeriodKind(self.kind_combo.currentData()))
        if due is not None:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(due.year)
            self.year_spin.blockSignals(False)
            self.index_combo.setCurrentIndex(max(self.index_combo.findData(due.index), 0))
        self._show_window()

    def _fill_indexes(self) -> None:
        kind = PeriodKind(self.kind_combo.currentData())
        visible = fill_period_indexes(self.index_combo, kind)
        if visible:
            self.index_label.setText(self.tr("Month") if kind is PeriodKind.MONTHLY else self.tr("Quarter"))
        self.index_combo.setVisible(visible)
        self.index_label.setVisible(visible)

    def period(self) -> Period:
        kind = PeriodKind(self.kind_combo.currentData())
        index = self.index_combo.currentData() if kind in (PeriodKind.MONTHLY, PeriodKind.QUARTERLY) else 1
        return Period(kind, self.year_spin.value(), int(index or 1))

    def _show_window(self, *_args) -> None:
        period = self.period()
        start, end = period.cutoff()
        self.window_label.setText(self.tr("%1: data from %2 to %3").replace("%1", display_name(period))
                                  .replace("%2", f"{start:%d/%m/%Y}").replace("%3", f"{end:%d/%m/%Y}"))


class RulesDialog(AppDialog):
    """Per kind of report: sent or not, and when it is due."""

    def __init__(self, service: ReportService, parent: QWidget | None = None):
        super().__init__("rulesDialog", self.tr("Report deadlines"), parent)
        self.service = service
        self.rows: dict[PeriodKind, tuple[QCheckBox, QComboBox, QSpinBox, QSpinBox]] = {}
        intro = QLabel(self.tr("Data are counted from the 15th of the month before the period to the 14th of its "
                               "last month. Set when your province wants each report."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        for col, text in enumerate((self.tr("Report"), self.tr("When due"), self.tr("Working days"),
                                    self.tr("Before day"))):
            header = QLabel(text)
            header.setStyleSheet("font-weight:bold;")
            grid.addWidget(header, 0, col)
        rules = service.rules()
        self.cutoff_days = {kind: rules.get(kind, ReportRule(kind)).cutoff_day for kind in PeriodKind}  # kept as set
        for row, kind in enumerate(PeriodKind, start=1):
            rule = rules.get(kind, ReportRule(kind))
            enabled = QCheckBox(KIND_LABELS[kind])
            enabled.setObjectName(f"enabled_{kind.value}")
            enabled.setChecked(rule.enabled)
            mode = QComboBox()
            mode.setObjectName(f"mode_{kind.value}")
            mode.addItem(self.tr("working days after the cut-off"), "days")
            mode.addItem(self.tr("before a day of the month"), "before")
            mode.setCurrentIndex(1 if rule.before_day else 0)
            days = QSpinBox()
            days.setObjectName(f"days_{kind.value}")
            days.setRange(0, 30)
            days.setValue(rule.working_days)
            before = QSpinBox()
            before.setObjectName(f"before_{kind.value}")
            before.setRange(16, 28)
            before.setValue(rule.before_day or 18)
            before.setPrefix(self.tr("before the "))
            before.setSuffix(self.tr(" of each month"))
            mode.currentIndexChanged.connect(lambda _i, k=kind: self._sync_row(k))
            enabled.toggled.connect(lambda _c, k=kind: self._sync_row(k))
            for col, widget in enumerate((enabled, mode, days, before)):
                grid.addWidget(widget, row, col)
            self.rows[kind] = (enabled, mode, days, before)
            self._sync_row(kind)
        buttons = dialog_buttons(self, self.tr("Save"), save=True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _sync_row(self, kind: PeriodKind) -> None:
        enabled, mode, days, before = self.rows[kind]
        by_day = mode.currentData() == "before"
        mode.setEnabled(enabled.isChecked())
        days.setEnabled(enabled.isChecked() and not by_day)
        before.setEnabled(enabled.isChecked() and by_day)

    def rule(self, kind: PeriodKind) -> ReportRule:
        enabled, mode, days, before = self.rows[kind]
        return ReportRule(kind, working_days=days.value(),
                          before_day=before.value() if mode.currentData() == "before" else None,
                          enabled=enabled.isChecked(), cutoff_day=self.cutoff_days[kind])

    def accept(self) -> None:
        for kind in self.rows:
            self.service.set_rule(self.rule(kind))
        super().accept()
