"""The Nhiệm vụ page: filter bar and legend on top, the lazy task list on the left, and a slot on the right
where the task detail panel is placed. Filters are remembered; Ctrl+F searches; the list exports to Excel."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import events
from ...services.output_paths import check_output
from ...services.task_list import TaskListService
from ...store.task_query import TaskFilter
from ..shell.actions import ActionId
from ..shell.page_host import HostedPage
from ..shell.settings import TASKS_COLUMN_WIDTHS, TASKS_EXPORT_DIR, TASKS_FILTER
from ..widgets import file_dialogs
from ..widgets.buttons import push_button
from ..widgets.operations import Operation
from ..widgets.page_parts import follow_events, named_label, page_title, split
from ..widgets.start_card import StartCard
from .reimport_conflicts_dialog import ConflictBanner
from .status_delegate import StatusBadgeDelegate, StatusLegend
from .task_filter_bar import TaskFilterBar, filter_from_json, filter_to_json
from .task_table_model import (
    COL_CONTENT,
    COL_COORDINATING,
    COL_OUTCOME,
    COL_STATUS,
    COLUMNS,
    HeadingRole,
    TaskIdRole,
    TaskTableModel,
)

if TYPE_CHECKING:
    from ..shell.page_host import PageHost

DEFAULT_WIDTHS = (46, 300, 105, 105, 88, 150, 100)  # the content column takes the rest
MIN_CONTENT_WIDTH = 240
# Below these list widths the least-read columns step aside so content, deadline and status stay in view
# (the detail panel beside the list needs 400 px on a 1366-px screen).
HIDE_BELOW = ((COL_COORDINATING, 860), (COL_OUTCOME, 760))


def vi_number(n: int) -> str:
    """1234567 → "1.234.567" (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


class TasksPage(HostedPage):
    task_selected = Signal(int)  # the current row's task id (headings are not selected as tasks)
    selection_cleared = Signal()  # the shown task left the list (e.g. a filter hides it): the detail empties
    import_requested = Signal()  # "Nhập kế hoạch…": the window opens the import wizard
    exported = Signal(str)  # path of the written .xlsx

    def __init__(self, host: PageHost, parent: QWidget | None = None):
        super().__init__("tasks", host, parent)
        self.settings = host.settings
        self.message_box: QMessageBox | None = None
        self.model = TaskTableModel(self.ctx, today=host.clock.today, parent=self)
        self._scroll_before_reset = 0
        self._current_before_reset: int | None = None
        self._sized = False
        self._build()
        self._connect()
        self._restore_filter()
        self._hook_window_actions()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        title = page_title(self.tr("Tasks"), 1.4)
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSentence")  # the page's one-line summary
        self.import_button = push_button(self.tr("Import plan…"), "importPlanButton", self.import_requested.emit,
                                         self.tr("Import a plan's task table (Ctrl+I)"))
        self.export_button = push_button(self.tr("Export to Excel…"), "exportButton", self.ask_export,
                                         self.tr("Save the tasks listed below as an Excel file (Ctrl+E)"))
        # Ctrl+I is the window's one "Import a plan…" action (a second Ctrl+I here made it ambiguous).
        self.export_action = QAction(self.tr("Export to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.export_action)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.count_label, 1)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)

        self.filter_bar = TaskFilterBar(self.ctx)
        self.active_filter = QFrame()  # "Đang lọc: … ✕ Bỏ lọc", so a filter restored at start-up is seen
        self.active_filter.setObjectName("activeFilterBar")
        self.active_filter.setStyleSheet("QFrame#activeFilterBar { background:#fff3cd; border:1px solid #f0ad4e;"
                                         " border-radius:4px; }")
        self.active_filter_label = named_label("activeFilterText", wrap=True)
        self.active_filter_clear = push_button(self.tr("✕ Clear filters"), "activeFilterClear",
                                               lambda: self.filter_bar.clear(self._default_roles()))
        active_row = QHBoxLayout(self.active_filter)
        active_row.setContentsMargins(8, 3, 3, 3)
        active_row.addWidget(self.active_filter_label, 1)
        active_row.addWidget(self.active_filter_clear)
        self.active_filter.hide()
        # re-import conflicts waiting for the officer; the window's undo stack takes each decision
        self.conflict_banner = ConflictBanner(self.ctx, lambda: self.host.undo_stack)
        self.legend = StatusLegend()

        self.view = QTableView()
        self.view.setObjectName("taskTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(44)
        self.view.setItemDelegateForColumn(COL_STATUS, StatusBadgeDelegate(self.view))
        head = self.view.horizontalHeader()
        head.setHighlightSections(False)
        head.setStretchLastSection(False)
        head.setMinimumSectionSize(40)
        head.setSectionsMovable(False)
        self._restore_widths()
        self.view.viewport().installEventFilter(self)

        self.detail_slot = QWidget()
        self.detail_slot.setObjectName("detailSlot")
        self.detail_slot.setMinimumWidth(220)
        slot_layout = QVBoxLayout(self.detail_slot)
        slot_layout.setContentsMargins(6, 0, 0, 0)
        self.detail_placeholder = named_label("detailPlaceholder", self.tr("Select a task to see its details."))
        self.detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_placeholder.setWordWrap(True)
        slot_layout.addWidget(self.detail_placeholder)

        self.splitter = split(self.view, self.detail_slot, stretch=(1, 0), collapsible=False)

        self.start_card = StartCard([
            (self.tr("Enter your unit's name and level (once)."), self.tr("Unit information…"),
             self._open_unit_profile),
            (self.tr("Import the task table of a plan (.docx, .xlsx or text)."), self.tr("Import plan…"),
             self.import_requested.emit),
        ])
        self.start_card.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.start_card)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.active_filter)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.filter_bar.grouping_changed.connect(self._on_filter_bar_grouping_changed)
        self.model.counts_changed.connect(self._on_model_counts_changed)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.view.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self._resize_timer.timeout.connect(self._on_resize_timer_timeout)
        self.export_action.triggered.connect(self.ask_export)
        follow_events(self, self.ctx.events, {events.PLANS_CHANGED: self._make_plans_listener()})

    def _make_plans_listener(self):
        bar = self.filter_bar

        def listener(**_: object) -> None:
            bar.reload_choices()

        return listener

    def _hook_window_actions(self) -> None:
        self.host.actions[ActionId.FIND].triggered.connect(self.focus_search)
        # the window disables FIND after building its pages, so enable it once construction is over
        QTimer.singleShot(0, self._enable_find)

    def _enable_find(self) -> None:
        self.host.actions[ActionId.FIND].setEnabled(True)

    def showEvent(self, event) -> None:
        self._enable_find()
        self.conflict_banner.refresh()  # a re-import from the command line emits no event here
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_splitter)  # after the layout has given the splitter its width

    def _size_splitter(self) -> None:
        """The list gets the room: the detail slot starts narrow and the user can widen it."""
        total = max(self.splitter.width(), 600)
        detail = max(240, min(360, total // 4))
        self.splitter.setSizes([total - detail, detail])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Give the content column the width left over; hide optional columns when the list is narrow."""
        width = self.view.viewport().width()
        for column, below in HIDE_BELOW:
            self.view.setColumnHidden(column, width < below)
        others = sum(self.view.columnWidth(c) for c in range(len(COLUMNS))
                     if c != COL_CONTENT and not self.view.isColumnHidden(c))
        head = self.view.horizontalHeader()
        head.blockSignals(True)
        self.view.setColumnWidth(COL_CONTENT, max(MIN_CONTENT_WIDTH, width - others))
        head.blockSignals(False)
        self._resize_timer.start()

    # -- public API -------------------------------------------------------------------------
    def current_task_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.task_id(index.row()) if index.isValid() else None

    def select_task(self, task_id: int) -> bool:
        """Make ``task_id`` the current row if it is loaded; returns whether it was found."""
        row = self.model.row_of(task_id)
        if row is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def apply_filter(self, flt: TaskFilter) -> None:
        """Show ``flt`` in the filter bar and the list (used by reminders and the dashboard)."""
        self.filter_bar.set_filter(flt)

    def show_overdue(self) -> None:
        self.apply_filter(TaskFilter(roles=self._default_roles(), overdue_only=True, sort="due"))

    def show_due_within(self, days: int) -> None:
        self.apply_filter(TaskFilter(roles=self._default_roles(), due_within_days=days, sort="due"))

    def _open_unit_profile(self) -> None:
        self.host.actions[ActionId.UNIT_PROFILE].trigger()

    def focus_search(self) -> None:
        self.host.show_page("tasks")
        self.filter_bar.focus_search()

    def set_clock(self, today: Callable[[], date]) -> None:
        """Which day is "today" for statuses and bands (tests fix it)."""
        self.model.set_clock(today)

    def set_detail_widget(self, widget: QWidget) -> None:
        """Put the task detail panel in the right-hand slot, replacing the placeholder."""
        self.detail_placeholder.hide()
        self.detail_slot.layout().addWidget(widget)

    def export_to(self, path: Path | str):
        """Export the current filtered list off the UI thread (its own read connection); shows a Vietnamese
        message either way. The running Operation, or None when the path is refused."""
        flt = self.model.task_filter().with_(today=self.model.today())
        try:  # the save dialog already confirmed a replacement; the check still refuses the database
            path = check_output(path, "xlsx", self.ctx, overwrite=True)
        except (OSError, ValueError) as exc:
            self._export_failed(path, exc)
            return None

        def done(result) -> None:
            self.settings.set(TASKS_EXPORT_DIR, str(result.path.parent))
            self._message(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("Exported %1 tasks to %2.").replace("%1", vi_number(result.rows))
                          .replace("%2", str(result.path)))
            self.exported.emit(str(result.path))

        op = Operation(self, lambda op: TaskListService(self.ctx).export_xlsx(flt, path, db=op.read_db()), ctx=self.ctx,
                       expected=(OSError, ValueError))
        op.with_progress(self.tr("Export tasks to Excel"))
        return op.success(done).failure(lambda exc: self._export_failed(path, exc)).run()

    def _export_failed(self, path, exc: BaseException) -> None:
        self._message(QMessageBox.Icon.Critical, self.tr("Export failed"),
                      self.tr("Could not write %1:\n%2").replace("%1", str(path)).replace("%2", str(exc)))

    def ask_export(self) -> None:
        folder = self.settings.get(TASKS_EXPORT_DIR) or str(Path.home())
        default = str(Path(folder) / f"nhiem-vu-{self.model.today():%Y%m%d}.xlsx")
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Export tasks to Excel"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    # -- filter persistence ------------------------------------------------------------------
    def _default_roles(self) -> tuple[str, ...]:
        """Chủ trì + phối hợp, unless no task has a role yet (unit not set): then everything."""
        return TaskListService(self.ctx).default_roles()

    def _restore_filter(self) -> None:
        saved = filter_from_json(self.settings.get(TASKS_FILTER) or "")
        flt, grouped = saved if saved else (TaskFilter(roles=self._default_roles()), False)
        self._sync_header(flt)
        self.filter_bar.set_filter(flt, grouped)

    def _sync_header(self, flt: TaskFilter) -> None:
        head = self.view.horizontalHeader()
        head.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if flt.descending else Qt.SortOrder.AscendingOrder
        head.setSortIndicator(COLUMNS.index(flt.sort) if flt.sort in COLUMNS else 0, order)
        head.blockSignals(False)

    def _restore_widths(self) -> None:
        try:
            widths = json.loads(self.settings.get(TASKS_COLUMN_WIDTHS) or "[]")
        except ValueError:
            widths = []
        if not (isinstance(widths, list) and len(widths) == len(COLUMNS)):
            widths = DEFAULT_WIDTHS
        for col, width in enumerate(widths):
            self.view.setColumnWidth(col, max(40, int(width)))

    # -- slots ---------------------------------------------------------------------------------
    def _on_filter_bar_filter_changed(self, flt: TaskFilter) -> None:
        grouped = self.filter_bar.is_grouped()
        self.view.setSortingEnabled(False)
        self._sync_header(flt)
        self.model.set_filter(flt, grouped)
        self.view.setSortingEnabled(not grouped)  # grouped lists keep the plan's order
        parts = self.filter_bar.active_parts()
        self.active_filter.setVisible(bool(parts))
        self.active_filter_label.setText(self.tr("Filtering: %1").replace("%1", " · ".join(parts)))
        self.settings.set(TASKS_FILTER, filter_to_json(flt, grouped))

    def _on_filter_bar_grouping_changed(self, _grouped: bool) -> None:
        self._on_filter_bar_filter_changed(self.filter_bar.current_filter())

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        # the view calls model.sort() itself; remember the order for the next filter and the settings
        descending = order == Qt.SortOrder.DescendingOrder
        self.filter_bar.set_sort(COLUMNS[column], descending)
        flt = self.model.task_filter().with_(sort=COLUMNS[column], descending=descending)
        self.settings.set(TASKS_FILTER, filter_to_json(flt, self.model.is_grouped()))

    def _on_model_counts_changed(self) -> None:
        shown, total = self.model.filtered_count(), self.model.total_count()
        self.start_card.setVisible(total == 0)
        self.count_label.setText(self.tr("Showing %1 / %2 tasks").replace("%1", vi_number(shown))
                                 .replace("%2", vi_number(total)))

    def _on_model_about_to_be_reset(self) -> None:
        self._scroll_before_reset = self.view.verticalScrollBar().value()
        self._current_before_reset = self.current_task_id()

    def _on_model_reset(self) -> None:
        self.view.resizeRowsToContents()
        if self._current_before_reset is not None:
            if not self.select_task(self._current_before_reset) and not self.model.canFetchMore():
                self.selection_cleared.emit()  # the filter hides it: do not keep showing it beside the list
        self.view.verticalScrollBar().setValue(self._scroll_before_reset)

    def _on_model_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.view.resizeRowToContents(row)

    def _on_model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.view.resizeRowToContents(row)

    def _on_selection_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not current.siblingAtColumn(0).data(HeadingRole):
            task_id = current.siblingAtColumn(0).data(TaskIdRole)
            if task_id is not None:
                self.task_selected.emit(int(task_id))

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        self.settings.set(TASKS_COLUMN_WIDTHS,
                          json.dumps([self.view.columnWidth(c) for c in range(len(COLUMNS))]))
        if column != COL_CONTENT:
            self._fit_columns()  # the content column gives or takes the difference
        self._resize_timer.start()  # wrapped text needs new row heights

    def _on_resize_timer_timeout(self) -> None:
        self.view.resizeRowsToContents()
