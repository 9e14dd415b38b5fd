"""The "Cắt giảm" tab: the year's target (editable), unit totals, procedures short of target, chart, Excel export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.reductions import CutKind, Shortfall, UnitTotal, format_number, format_pct, format_vnd
from ...services import events
from ...services.procedures_service import TARGET_YEARS, CutsReport, ProceduresService
from ..widgets import file_dialogs
from ..widgets.buttons import push_button
from ..widgets.cuts_chart import CutsChart
from ..widgets.page_parts import follow_events, named_label, split

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ShortfallModel(QAbstractTableModel):
    """Procedures short of the year's target: one row per procedure and kind (time, cost)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Shortfall] = []
        self.headers = [self.tr("Procedure code"), self.tr("Procedure"), self.tr("Cut in"), self.tr("In 2024"), self.tr("Now"),
                        self.tr("Cut so far"), self.tr("Still to cut")]

    def set_rows(self, rows: list[Shortfall]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            amount = (lambda v: format_vnd(int(v)) + " đ") if s.kind is CutKind.COST else \
                (lambda v: format_number(v, 2) + " " + self.tr("days"))
            return (s.code, s.name, self.tr("Time") if s.kind is CutKind.TIME else self.tr("Cost"),
                    amount(s.baseline), amount(s.current), format_pct(s.cut), amount(s.more_needed))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.message
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CutsTab(QWidget):
    year_changed = Signal(int)

    def __init__(self, service: ProceduresService, today_fn: Callable[[], date] = date.today,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cutsTab")
        self.service = service
        self.report: CutsReport | None = None
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        for year in TARGET_YEARS:
            self.year_combo.addItem(str(year), year)
        # open on this year (the last year with a target after it): not on 2025 in December 2026
        this_year = min(max(today_fn().year, TARGET_YEARS[0]), TARGET_YEARS[-1])
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(this_year), 0))
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setObjectName("targetSpin")
        self.target_spin.setRange(1, 100)
        self.target_spin.setDecimals(1)
        self.target_spin.setSuffix(" %")
        self.target_spin.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.export_button = push_button(self.tr("Export to Excel…"), "exportCutsButton", self._on_export_button_clicked,
                                         self.tr("Save the catalogue with its cuts as the Excel form (Ctrl+E)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_combo)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Target cut against 2024:")))
        top.addWidget(self.target_spin)
        top.addStretch(1)
        top.addWidget(self.export_button)

        totals = QGroupBox(self.tr("Unit totals"))
        grid = QGridLayout(totals)
        for c, text in enumerate((self.tr("Time cut"), self.tr("Cost cut"), self.tr("Meets target?")), start=1):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, c)
        self.total_labels: dict[tuple[str, int], QLabel] = {}
        for r, (key, text) in enumerate((("simple", self.tr("Simple total")),
                                         ("weighted", self.tr("Weighted by case files per year"))), start=1):
            grid.addWidget(QLabel(text), r, 0)
            for c in range(1, 4):
                label = QLabel()
                label.setObjectName(f"total_{key}_{c}")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.total_labels[(key, c)] = label
                grid.addWidget(label, r, c)
        self.notes = named_label("totalsNotes", wrap=True)
        grid.addWidget(self.notes, 3, 0, 1, 5)
        grid.setColumnStretch(4, 1)

        self.short_label = named_label("shortfallTitle")
        self.shortfalls = ShortfallModel(self)
        self.short_view = QTableView()
        self.short_view.setObjectName("shortfallView")
        self.short_view.setModel(self.shortfalls)
        self.short_view.setAlternatingRowColors(True)
        self.short_view.verticalHeader().setVisible(False)
        self.short_view.setWordWrap(False)
        header = self.short_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = CutsChart()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.short_label)
        left_layout.addWidget(self.short_view, 1)
        splitter = split(left, self.chart, stretch=(3, 2), sizes=[780, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(totals)
        layout.addWidget(splitter, 1)

        self.year_combo.currentIndexChanged.connect(self._on_year_combo_current_index_changed)
        self.target_spin.editingFinished.connect(self._on_target_spin_editing_finished)
        follow_events(self, service.ctx.events, {events.PROCEDURES_CHANGED: self._on_procedures_changed})
        self.refresh()

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def refresh(self) -> None:
        self.report = report = self.service.cuts(self.year)
        self.target_spin.blockSignals(True)
        self.target_spin.setValue(float(report.target or 0))
        self.target_spin.blockSignals(False)
        for key, pair in (("simple", report.simple), ("weighted", report.weighted)):
            self.total_labels[(key, 1)].setText(self._pct(pair.time))
            self.total_labels[(key, 2)].setText(self._pct(pair.cost))
            flags = (report.total_meets(pair.time), report.total_meets(pair.cost))
            verdict = (self.tr("Not met") if False in flags else self.tr("Not enough data") if None in flags
                       else self.tr("Met"))
            colour = "#c62828" if False in flags else "#2e7d32" if None not in flags else "#555"
            self.total_labels[(key, 3)].setText(f'<span style="color:{colour}"><b>{verdict}</b></span>')
        notes = [self.tr("%1 of %2 procedures have both time figures, %3 both cost figures; the others are "
                         "left out (see the tooltips of the catalogue).")
                 .replace("%1", str(len(report.simple.time.included))).replace("%2", str(len(report.procedures)))
                 .replace("%3", str(len(report.simple.cost.included)))]
        if report.simple.time.mixed_day_kinds:
            notes.append(self.tr("Working days and calendar days are added together in the time total."))
        self.notes.setText(" ".join(notes))
        self.shortfalls.set_rows(report.shortfalls)
        codes = {s.code for s in report.shortfalls}
        self.short_label.setText(self.tr("<b>Procedures short of the %1 target: %2</b> (hover a row for what is "
                                         "needed)").replace("%1", format_pct(report.target))
                                 .replace("%2", str(len(codes))))
        self.chart.set_procedures(report.procedures)

    def _pct(self, total: UnitTotal) -> str:
        if total.value is None:
            return f'<span style="color:#555">— ({total.reason})</span>'
        return f"<b>{format_pct(total.value)}</b>"

    def _on_year_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()
        self.year_changed.emit(self.year)

    def _on_target_spin_editing_finished(self) -> None:
        value = Decimal(str(round(self.target_spin.value(), 1)))
        if self.report is not None and value == self.report.target:
            return
        self.service.set_target(self.year, value)  # emits procedures_changed → refresh

    def _on_procedures_changed(self, **_: Any) -> None:
        self.refresh()

    def _on_export_button_clicked(self) -> None:
        default = f"Danh-muc-TTHC-cat-giam-{self.year}.xlsx"
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Export the cuts list"), default,
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            written = self.service.export_cuts_xlsx(self.year, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)))
            return None
        return written
