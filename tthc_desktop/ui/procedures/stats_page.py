"""The "Số liệu hồ sơ (Biểu 06)" tab: choose a period, type or import the figures, see the checks and rates, save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.periods import Period, PeriodKind
from ...domain.reductions import format_pct
from ...importers.errors import ImportFailure
from ...services import events
from ...services.stats_service import StatsService, rates_of
from ..widgets import file_dialogs
from ..widgets.buttons import push_button
from ..widgets.domain_labels import display_name
from ..widgets.page_parts import follow_events, named_label, split
from ..widgets.period_fields import fill_period_indexes
from .form06_delegate import Form06Delegate
from .form06_grid import Form06GridModel, grid_column


class StatsTab(QWidget):
    def __init__(self, service: StatsService, today_fn: Callable[[], date] = date.today,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statsTab")
        self.service = service
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("periodKind")
        for kind, text in ((PeriodKind.MONTHLY, self.tr("Month")), (PeriodKind.QUARTERLY, self.tr("Quarter")),
                           (PeriodKind.SIX_MONTHS, self.tr("6 months")), (PeriodKind.NINE_MONTHS, self.tr("9 months")),
                           (PeriodKind.ANNUAL, self.tr("Year"))):
            self.kind_combo.addItem(text, str(kind))
        self.index_combo = QComboBox()
        self.index_combo.setObjectName("periodIndex")
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("periodYear")
        self.year_spin.setRange(2020, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        self.window_label = named_label("periodWindow")
        self.import_button = push_button(self.tr("Import from Excel…"), "importForm06Button",
                                         self._on_import_button_clicked)
        self.carry_button = push_button(self.tr("Take figures from the previous period"), "carryButton",
                                        self._on_carry_button_clicked)
        self.add_button = push_button(self.tr("Add row"), "addForm06Row", self._on_add_button_clicked)
        self.remove_button = push_button(self.tr("Remove row"), "removeForm06Row", self._on_remove_button_clicked)
        self.save_button = push_button(self.tr("Save"), "saveForm06Button", self.save,
                                       self.tr("Save the figures of this period (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)

        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("Period:")))
        period_row.addWidget(self.kind_combo)
        period_row.addWidget(self.index_combo)
        period_row.addWidget(self.year_spin)
        period_row.addWidget(self.window_label, 1)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.carry_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        self.model = Form06GridModel(self)
        self.view = QTableView()
        self.view.setObjectName("form06View")
        self.view.setModel(self.model)
        self.delegate = Form06Delegate(self._catalogue_fields, self.view)
        self.view.setItemDelegateForColumn(0, self.delegate)
        self.view.setItemDelegateForColumn(1, self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(76)
        self.view.setColumnWidth(0, 140)
        self.view.setColumnWidth(1, 56)
        for n in (3, 7, 11):  # the three totals have the longest headings
            self.view.setColumnWidth(grid_column(n), 96)
        for c in range(grid_column(13) + 1, self.model.columnCount()):
            self.view.setColumnWidth(c, 72)
        self.view.horizontalHeader().setMinimumHeight(48)
        self.rates_label = named_label("ratesLabel")
        self.messages = QListWidget()
        self.messages.setObjectName("form06Messages")
        self.messages.setMaximumHeight(150)
        self.status_label = named_label("form06Status", wrap=True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.rates_label)
        lower_layout.addWidget(self.status_label)
        lower_layout.addWidget(self.messages, 1)
        splitter = split(self.view, lower, stretch=(3, 1), sizes=[420, 160], vertical=True)
        layout = QVBoxLayout(self)
        layout.addLayout(period_row)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        today = today_fn()
        self.year_spin.setValue(today.year)
        self.kind_combo.setCurrentIndex(1)
        self._fill_index_combo()
        self.index_combo.setCurrentIndex((today.month - 1) // 3)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.index_combo.currentIndexChanged.connect(self._on_period_changed)
        self.year_spin.valueChanged.connect(self._on_period_changed)
        self.model.edited.connect(self._on_model_edited)
        self.model.edit_rejected.connect(self.status_label.setText)
        follow_events(self, service.ctx.events, {events.STATS_CHANGED: self._on_stats_changed})
        self._loaded_period: Period | None = None
        self.load()

    # -- period -----------------------------------------------------------------------------
    def _fill_index_combo(self) -> None:
        self.index_combo.setVisible(fill_period_indexes(self.index_combo, PeriodKind(self.kind_combo.currentData())))

    def period(self) -> Period:
        index = self.index_combo.currentData() if self.index_combo.count() else 1
        return Period(PeriodKind(self.kind_combo.currentData()), self.year_spin.value(), int(index or 1))

    def set_period(self, period: Period) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(period.kind)))
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(period.year)
        self.year_spin.blockSignals(False)
        if self.index_combo.count():
            self.index_combo.setCurrentIndex(self.index_combo.findData(period.index))
        self.load()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._fill_index_combo()
        self._on_period_changed()

    def _on_period_changed(self, *_: Any) -> None:
        if self.model.dirty and self._loaded_period is not None:
            if self._ask_to_save():
                self.save(self._loaded_period)
        self.load()

    def load(self) -> None:
        period = self.period()
        self._loaded_period = period
        self._hand_rows: set[int] = set()  # rows added with "Thêm dòng", which must name their level
        start, end = period.cutoff()
        self.window_label.setText(self.tr("%1: from %2 to %3").replace("%1", display_name(period))
                                  .replace("%2", f"{start:%d/%m/%Y}").replace("%3", f"{end:%d/%m/%Y}"))
        self.model.set_rows(self.service.rows(period))
        self.status_label.setText("")
        self._refresh_messages()

    # -- actions ----------------------------------------------------------------------------
    def _catalogue_fields(self) -> list[str]:
        from ...services.procedures_service import ProceduresService

        return ProceduresService(self.service.ctx).fields()

    def missing_levels(self) -> list[str]:
        """"Dòng 2 (Hộ tịch)" for each row without its Cấp: biểu 06 counts per field and level. A row typed
        here needs one, and so does every row once some rows have one; an export of the one-stop system
        without any level column is taken as it is."""
        rows = self.model.rows()
        some_have_level = any(r.level.strip() for r in rows)
        return [self.tr("row %1 (%2)").replace("%1", str(i)).replace("%2", row.field or "—")
                for i, row in enumerate(rows, start=1)
                if not row.level.strip() and (some_have_level or i - 1 in self._hand_rows)]

    def save(self, period: Period | None = None) -> bool:
        period = period if isinstance(period, Period) else self.period()
        missing = self.missing_levels()
        if missing:
            QMessageBox.warning(self, self.tr("Cannot save"),
                                self.tr("Choose the level (Cấp) of: %1.").replace("%1", ", ".join(missing)))
            return False
        try:
            added, changed, removed = self.service.save(period, self.model.rows())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        self.model.dirty = False
        text = self.tr("Saved %1: %2 added, %3 changed, %4 removed.").replace("%1", display_name(period)) \
            .replace("%2", str(added)).replace("%3", str(changed)).replace("%4", str(removed))
        if self.model.errors():
            text += " " + self.tr("Some checks still fail: the cells are marked red.")
        self.status_label.setText(text)
        return True

    def import_file(self, path: Path) -> bool:
        try:
            result = self.service.preview_import(path)
        except ImportFailure as exc:
            QMessageBox.warning(self, self.tr("Cannot read the file"), str(exc))
            return False
        self.model.set_rows(result.rows)
        self.model.dirty = True
        lines = [self.tr("Row %1").replace("%1", str(i.row)) + (f", {i.column}" if i.column else "") + f": {i.message}"
                 for i in result.issues]
        self.status_label.setText(
            self.tr("%1 rows read from %2; check them and press Save.").replace("%1", str(len(result.rows)))
            .replace("%2", path.name) + ("\n" + "\n".join(lines) if lines else ""))
        self._refresh_messages()
        return True

    def carry_forward(self) -> int:
        previous, carried = self.service.carried_from_previous(self.period())
        if not carried:
            self.status_label.setText(self.tr("%1 has no saved figures to carry over.")
                                      .replace("%1", display_name(previous)))
            return 0
        changed = self.model.apply_carry_forward(carried)
        self.status_label.setText(self.tr("Column 6 filled from the in-progress files (column 11) of %1: "
                                          "%2 rows changed.").replace("%1", display_name(previous))
                                  .replace("%2", str(changed)))
        return changed

    def _on_import_button_clicked(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Choose the one-stop system export"), "",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_file(Path(path))

    def _on_carry_button_clicked(self) -> None:
        self.carry_forward()

    def _on_add_button_clicked(self) -> None:
        row = self.model.add_row()
        self._hand_rows.add(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.edit(self.model.index(row, 0))

    def _on_remove_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())
            self._hand_rows = {r if r < index.row() else r - 1 for r in self._hand_rows if r != index.row()}

    def _ask_to_save(self) -> bool:
        """True when the officer wants the unsaved figures of the loaded period saved."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved figures"),
            self.tr("The figures of %1 are not saved. Save them before switching?")
            .replace("%1", display_name(self._loaded_period)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
        return answer == QMessageBox.StandardButton.Save

    def hideEvent(self, event) -> None:
        """Leaving biểu 06 (another tab or page) with unsaved figures: save them or let them go, knowingly."""
        leaving = self.window() is not self and self.window().isVisible()  # not when the window itself closes
        if leaving and not event.spontaneous() and self.model.dirty and self._loaded_period is not None:
            if self._ask_to_save():
                self.save(self._loaded_period)
            else:
                self.load()  # the figures go back to the saved ones
        super().hideEvent(event)

    def _on_model_edited(self) -> None:
        self.status_label.setText("")
        self._refresh_messages()

    def _on_stats_changed(self, period: str | None = None, **_: Any) -> None:
        if period == str(self.period()) and not self.model.dirty:
            self.model.set_rows(self.service.rows(self.period()))
            self._refresh_messages()

    def _refresh_messages(self) -> None:
        self.messages.clear()
        errors = self.model.errors()
        for e in errors:
            self.messages.addItem(e.message)
        if not errors:
            self.messages.addItem(self.tr("All checks pass (3 = 4 + 5 + 6; 7 = 8 + 9 + 10; 11 = 12 + 13; "
                                          "3 = 7 + 11)."))
        rates = rates_of(self.model.total())
        on_time = format_pct(rates.on_time.value) if rates.on_time.value is not None else "—"
        online = format_pct(rates.online.value) if rates.online.value is not None else "—"
        self.rates_label.setText(self.tr("<b>Whole unit:</b> on time %1 · online %2 · overdue files %3")
                                 .replace("%1", on_time).replace("%2", online).replace("%3", str(rates.overdue)))
