"""The filter bar above the task list: plan, role, status, due within N days, overdue, needs a date, year,
grouping and a diacritic-insensitive search box (debounced). It emits a TaskFilter; the page applies it."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.status import Status
from ...services.context import AppContext
from ...services.task_list import REMOVED_CHOICES
from ...store.task_query import TaskFilter
from ..widgets.domain_labels import display_name

SEARCH_DEBOUNCE_MS = 250
ROLE_CHOICES = (("lead+coordinating", ("lead", "coordinating")), ("lead", ("lead",)),
                ("coordinating", ("coordinating",)), ("all", ()))
DEFAULT_DUE_DAYS = 7
REMOVED_CHOICE = "removed"  # the status list's last item: tasks no longer in the re-imported plan


def filter_to_json(flt: TaskFilter, grouped: bool) -> str:
    """What the settings remember of a filter (never the date: "today" moves)."""
    return json.dumps({
        "plan_id": flt.plan_id, "roles": list(flt.roles), "statuses": [s.value for s in flt.statuses],
        "due_within_days": flt.due_within_days, "overdue_only": flt.overdue_only,
        "needs_date_only": flt.needs_date_only, "year": flt.year, "search": flt.search, "sort": flt.sort,
        "descending": flt.descending, "grouped": grouped, "removed": flt.removed,
    }, ensure_ascii=False)


def filter_from_json(text: str) -> tuple[TaskFilter, bool] | None:
    """The remembered filter, or None when there is none or it cannot be read."""
    try:
        data: dict[str, Any] = json.loads(text) if text else None
        if not isinstance(data, dict):
            return None
        flt = TaskFilter(
            plan_id=data.get("plan_id"), roles=tuple(data.get("roles") or ()),
            statuses=tuple(Status(s) for s in data.get("statuses") or ()),
            due_within_days=data.get("due_within_days"), overdue_only=bool(data.get("overdue_only")),
            needs_date_only=bool(data.get("needs_date_only")), year=data.get("year"),
            search=str(data.get("search") or ""), sort=str(data.get("sort") or "number"),
            descending=bool(data.get("descending")),
            removed=data.get("removed") if data.get("removed") in REMOVED_CHOICES else "exclude",
        )
        return flt, bool(data.get("grouped"))
    except (ValueError, TypeError):
        return None


class TaskFilterBar(QWidget):
    """Filter widgets; ``filter_changed`` is emitted with the new TaskFilter (search after a short pause)."""

    filter_changed = Signal(object)  # TaskFilter
    grouping_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskFilterBar")
        self._ctx = ctx
        self._sort = ("number", False)
        self._updating = False
        self._build()
        self.reload_choices()
        self._connect()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("taskSearch")
        self.search_edit.setPlaceholderText(self.tr("Search tasks (no diacritics needed)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planFilter")
        self.plan_combo.setMinimumContentsLength(18)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleFilter")
        for key, text in zip((k for k, _ in ROLE_CHOICES), (
            self.tr("Lead and coordinating"), self.tr("Lead"), self.tr("Coordinating"), self.tr("All roles"),
        ), strict=True):
            self.role_combo.addItem(text, key)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_combo.addItem(display_name(status), status.value)
        self.status_combo.addItem(self.tr("No longer in the new plan"), REMOVED_CHOICE)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearFilter")
        self.due_check = QCheckBox(self.tr("Due within"))
        self.due_check.setObjectName("dueWithinCheck")
        self.due_spin = QSpinBox()
        self.due_spin.setObjectName("dueWithinDays")
        self.due_spin.setRange(0, 366)
        self.due_spin.setValue(DEFAULT_DUE_DAYS)
        self.due_spin.setSuffix(self.tr(" days"))
        self.overdue_check = QCheckBox(self.tr("Overdue"))
        self.overdue_check.setObjectName("overdueCheck")
        self.needs_date_check = QCheckBox(self.tr("Needs a date"))
        self.needs_date_check.setObjectName("needsDateCheck")
        self.group_check = QCheckBox(self.tr("Group by plan/section"))
        self.group_check.setObjectName("groupCheck")
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        top = QHBoxLayout()
        search_label = QLabel(self.tr("Search:"))
        search_label.setBuddy(self.search_edit)
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 2)
        for text, widget in ((self.tr("Plan:"), self.plan_combo), (self.tr("Role:"), self.role_combo),
                             (self.tr("Status:"), self.status_combo), (self.tr("Year:"), self.year_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 1 if widget is self.plan_combo else 0)
        bottom = QHBoxLayout()
        bottom.addWidget(self.due_check)
        bottom.addWidget(self.due_spin)
        bottom.addSpacing(12)
        bottom.addWidget(self.overdue_check)
        bottom.addWidget(self.needs_date_check)
        bottom.addSpacing(12)
        bottom.addWidget(self.group_check)
        bottom.addStretch(1)
        bottom.addWidget(self.clear_button)
        grid.addLayout(top, 0, 0)
        grid.addLayout(bottom, 1, 0)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self._search_timer.timeout.connect(self._emit)
        for combo in (self.plan_combo, self.role_combo, self.status_combo, self.year_combo):
            combo.currentIndexChanged.connect(self._emit)
        for check in (self.due_check, self.overdue_check, self.needs_date_check):
            check.toggled.connect(self._emit)
        self.due_spin.valueChanged.connect(self._on_due_spin_value_changed)
        self.group_check.toggled.connect(self._on_group_check_toggled)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def reload_choices(self) -> None:
        """Refill the plan and year lists (after an import), keeping the current choice."""
        plan_id, year = self.plan_combo.currentData(), self.year_combo.currentData()
        self._updating = True
        try:
            self.plan_combo.clear()
            self.plan_combo.addItem(self.tr("All plans"), None)
            for plan in self._ctx.plans.all():
                name = " — ".join(p for p in (plan.symbol, plan.title) if p)
                self.plan_combo.addItem(name, plan.id)
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("All years"), None)
            for y in self._ctx.plans.years():
                self.year_combo.addItem(str(y), y)
            self._select(self.plan_combo, plan_id)
            self._select(self.year_combo, year)
        finally:
            self._updating = False

    # -- the filter ------------------------------------------------------------------------
    def current_filter(self) -> TaskFilter:
        roles = dict(ROLE_CHOICES)[self.role_combo.currentData() or "all"]
        status = self.status_combo.currentData()
        removed = status == REMOVED_CHOICE
        return TaskFilter(
            plan_id=self.plan_combo.currentData(),
            roles=roles,
            statuses=(Status(status),) if status and not removed else (),
            removed="only" if removed else "exclude",
            due_within_days=self.due_spin.value() if self.due_check.isChecked() else None,
            overdue_only=self.overdue_check.isChecked(),
            needs_date_only=self.needs_date_check.isChecked(),
            year=self.year_combo.currentData(),
            search=self.search_edit.text(),
            sort=self._sort[0],
            descending=self._sort[1],
        )

    def active_parts(self) -> list[str]:
        """What narrows the list, one short text per choice (the default role choice is not a narrowing)."""
        parts = []
        for combo, caption in ((self.plan_combo, self.tr("plan")), (self.status_combo, self.tr("status")),
                               (self.year_combo, self.tr("year"))):
            if combo.currentIndex() > 0:
                parts.append(f"{caption} {combo.currentText()}")
        if self.role_combo.currentData() not in (ROLE_CHOICES[0][0], "all"):
            role = self.tr("role")
            parts.append(f"{role} {self.role_combo.currentText()}")
        if self.due_check.isChecked():
            parts.append(self.tr("due within %1 days").replace("%1", str(self.due_spin.value())))
        if self.overdue_check.isChecked():
            parts.append(self.overdue_check.text())
        if self.needs_date_check.isChecked():
            parts.append(self.needs_date_check.text())
        if self.search_edit.text().strip():
            parts.append(self.tr("search \"%1\"").replace("%1", self.search_edit.text().strip()))
        return parts

    def is_grouped(self) -> bool:
        return self.group_check.isChecked()

    def set_filter(self, flt: TaskFilter, grouped: bool | None = None) -> None:
        """Show ``flt`` in the widgets and emit it once."""
        self._updating = True
        try:
            self._select(self.plan_combo, flt.plan_id)
            role_key = next((k for k, roles in ROLE_CHOICES if set(roles) == set(flt.roles)), "all")
            self._select(self.role_combo, role_key)
            status = flt.statuses[0].value if len(flt.statuses) == 1 else None
            self._select(self.status_combo, REMOVED_CHOICE if flt.removed == "only" else status)
            self._select(self.year_combo, flt.year)
            self.due_check.setChecked(flt.due_within_days is not None)
            if flt.due_within_days is not None:
                self.due_spin.setValue(flt.due_within_days)
            self.overdue_check.setChecked(flt.overdue_only)
            self.needs_date_check.setChecked(flt.needs_date_only)
            self.search_edit.setText(flt.search)
            self._search_timer.stop()
            self._sort = (flt.sort, flt.descending)
            if grouped is not None:
                self.group_check.setChecked(grouped)
        finally:
            self._updating = False
        self._emit()

    def set_sort(self, sort: str, descending: bool) -> None:
        """Remember the header's sort so the next filter keeps it (the model applies it itself)."""
        self._sort = (sort, descending)

    def clear(self, default_roles: tuple[str, ...] = ("lead", "coordinating")) -> None:
        self.set_filter(TaskFilter(roles=default_roles, sort=self._sort[0], descending=self._sort[1]), False)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- slots ------------------------------------------------------------------------------
    def _emit(self, *_: object) -> None:
        if not self._updating:
            self._search_timer.stop()
            self.filter_changed.emit(self.current_filter())

    def _on_search_edit_text_changed(self, _text: str) -> None:
        if not self._updating:
            self._search_timer.start()

    def _on_due_spin_value_changed(self, _value: int) -> None:
        if self.due_check.isChecked():
            self._emit()

    def _on_group_check_toggled(self, checked: bool) -> None:
        if not self._updating:
            self.grouping_changed.emit(checked)

    def _on_clear_button_clicked(self) -> None:
        self.clear()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(index if index >= 0 else 0)
