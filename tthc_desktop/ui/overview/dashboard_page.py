"""The Tổng quan (overview) page: status counts for the year and the current period, overdue and
due-soon lists, per-plan progress and two charts. Refreshed from TASKS_CHANGED / PLANS_CHANGED, lazily
while hidden. The window's reminder notice takes its counts from this page's figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.status import Status
from ...services import dashboard_data
from ...services.events import DATABASE_REPLACED, DATABASE_REPLACING, PLANS_CHANGED, TASKS_CHANGED
from ...services.task_list import TaskListService
from ...store.task_query import TaskFilter
from ..shell.actions import ActionId
from ..shell.page_host import HostedPage
from ..widgets.page_parts import bold_label, named_label, page_title, scroll_area
from ..widgets.rows_model import RowsModel
from ..widgets.start_card import StartCard
from ..widgets.status_chart import CompletionChart, StatusDonut, format_number
from .dashboard_loader import DashboardLoader

TaskIdRole = Qt.ItemDataRole.UserRole + 1

if TYPE_CHECKING:
    from ..shell.page_host import PageHost


class TaskBriefModel(RowsModel):
    """Short rows of the overdue / due-soon lists: number, content, due date, days late or left."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today

    def set_rows(self, rows: list[dict[str, Any]], today: date) -> None:
        self._today = today
        self.reset_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Task"), self.tr("Due"), self.tr("Days"))

    def cell(self, row: dict[str, Any], col: int, role: int) -> Any:
        due = date.fromisoformat(row["next_due"]) if row["next_due"] else None
        days = (due - self._today).days if due else None
        if role == TaskIdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row["number"]
            if col == 1:
                return " ".join((row["content"] or "").split())
            if col == 2:
                return f"{due:%d/%m/%Y}" if due else ""
            if days is None:
                return ""
            if days < 0:
                return self.tr("%1 days late").replace("%1", str(-days))
            return self.tr("today") if days == 0 else self.tr("%1 days left").replace("%1", str(days))
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return row["content"]
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and days is not None:
            return QColor(Status.OVERDUE.colour) if days < 0 else QColor("#e65100" if days <= 3 else "#8d6e00")
        return None


def _coloured(label: QLabel, colour: str) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    return label


class StatusCard(QWidget):
    """A count in a status colour; clicking it lists those tasks.

    Drawn by its own paintEvent and coloured by palette, not by style sheets: three sheets on each of the 14
    cards cost Qt a style per widget to build and polish, a fifth of the window's construction."""

    clicked = Signal(object)

    def __init__(self, status: Status, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"card_{status.value}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.count_label = _coloured(named_label("cardCount", "…"), status.colour)
        font = self.count_label.font()
        font.setPointSize(20)
        font.setBold(True)
        self.count_label.setFont(font)
        self.text_label = _coloured(named_label("cardText", status.label_vi, wrap=True), "#424242")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 6, 6)  # past the 6-pixel band, as the style sheet placed it
        layout.setSpacing(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.text_label)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A light box with a rounded border and the status colour as a band on the left."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        painter.setBrush(QColor("#fafafa"))
        painter.drawRoundedRect(box, 4, 4)
        band = QPainterPath()
        band.addRoundedRect(QRectF(0, 0, 12, self.height()), 4, 4)
        painter.setClipRect(QRectF(0, 0, 6, self.height()))
        painter.fillPath(band, QColor(self.status.colour))

    def set_count(self, n: int | None) -> None:
        """The count, or "…" while the figures load."""
        self.count_label.setText("…" if n is None else format_number(n))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.status)
        super().mouseReleaseEvent(event)


class DashboardPage(HostedPage):
    data_loaded = Signal(object)  # DashboardData, each time new figures are shown

    def __init__(self, host: PageHost, parent: QWidget | None = None):
        super().__init__("overview", host, parent)
        self.data: dashboard_data.DashboardData | None = None
        self._dirty = True
        self._token: int | None = None  # the load whose result is awaited; older results are dropped
        self._start_scheduled = False
        self._upcoming_builder: Callable[[], QWidget] | None = None
        self._upcoming: QWidget | None = None
        self._build()
        self.loader = DashboardLoader(self)
        self.loader.finished.connect(self._on_loaded)
        unsubscribe = [self.ctx.events.subscribe(t, self._on_events_changed)
                       for t in (TASKS_CHANGED, PLANS_CHANGED, DATABASE_REPLACED)]
        unsubscribe.append(self.ctx.events.subscribe(DATABASE_REPLACING, lambda **_: self.loader.shutdown()))
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        self.refresh()

    # -- construction -----------------------------------------------------------------
    def set_upcoming_builder(self, build: Callable[[], QWidget]) -> None:
        self._upcoming_builder = build

    @property
    def upcoming_reports(self) -> QWidget | None:
        """The "reports due soon" box, built on first use (see create_overview_page)."""
        build, self._upcoming_builder = self._upcoming_builder, None
        if build is not None:
            self._upcoming = build()
        return self._upcoming

    @upcoming_reports.setter
    def upcoming_reports(self, box: QWidget) -> None:
        self._upcoming_builder, self._upcoming = None, box

    def _build(self) -> None:
        title = page_title(self.tr("Overview"), 1.5)
        self.scope_label = _coloured(named_label("pageSentence"), "#616161")  # what the page counts
        self.loading_label = _coloured(named_label("loadingLabel", self.tr("Loading figures…")), "#757575")
        font = self.loading_label.font()
        font.setItalic(True)
        self.loading_label.setFont(font)
        self.loading_label.hide()
        self.year_caption = bold_label(wrap=True)
        self.period_caption = bold_label(wrap=True)
        self.year_cards = {s: StatusCard(s) for s in Status}
        self.period_cards = {s: StatusCard(s) for s in Status}
        cards = QGridLayout()
        cards.setHorizontalSpacing(8)
        cards.addWidget(self.year_caption, 0, 0, 1, len(Status))
        cards.addWidget(self.period_caption, 2, 0, 1, len(Status))
        for col, status in enumerate(_CARD_ORDER):
            cards.addWidget(self.year_cards[status], 1, col)
            cards.addWidget(self.period_cards[status], 3, col)
            self.year_cards[status].clicked.connect(self._on_card_clicked)
            self.period_cards[status].clicked.connect(self._on_card_clicked)
        self.overdue_title = bold_label(colour=Status.OVERDUE.colour)
        self.due_soon_title = bold_label(colour="#e65100")
        self.overdue_model = TaskBriefModel(self.today_fn(), self)
        self.due_soon_model = TaskBriefModel(self.today_fn(), self)
        self.overdue_view = self._list_view(self.overdue_model, "overdueView")
        self.due_soon_view = self._list_view(self.due_soon_model, "dueSoonView")
        lists = QGridLayout()
        lists.addWidget(self.overdue_title, 0, 0)
        lists.addWidget(self.due_soon_title, 0, 1)
        lists.addWidget(self.overdue_view, 1, 0)
        lists.addWidget(self.due_soon_view, 1, 1)
        self.donut = StatusDonut()
        self.completion = CompletionChart()
        charts = QHBoxLayout()
        charts.addWidget(self._titled(self.tr("Tasks by status (this year)"), self.donut), 1)
        charts.addWidget(self._titled(self.tr("Completion over the year"), self.completion), 1)
        self.plans_box = QVBoxLayout()
        self.plans_box.setSpacing(4)
        self.plan_bars: list[tuple[QLabel, QProgressBar]] = []
        plans_title = bold_label(self.tr("Progress per plan (tasks done / tasks)"))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.loading_label)
        self.start_card = StartCard([
            (self.tr("Enter your unit's name and level (once)."), self.tr("Unit information…"),
             lambda: self._trigger(ActionId.UNIT_PROFILE)),
            (self.tr("Import the task table of a plan (.docx, .xlsx or text)."), self.tr("Import plan…"),
             lambda: self._trigger(ActionId.IMPORT_PLAN)),
            (self.tr("Import your unit's catalogue of procedures from Excel."), self.tr("Open the catalogue"),
             lambda: self._trigger(ActionId.PAGE_PROCEDURES)),
        ])
        self.start_card.hide()
        layout.addWidget(self.start_card)
        layout.addLayout(cards)
        layout.addSpacing(8)
        layout.addLayout(lists)
        layout.addSpacing(8)
        layout.addLayout(charts)
        layout.addWidget(plans_title)
        layout.addLayout(self.plans_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(body, frame=False))

    def _titled(self, text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold_label(text))
        layout.addWidget(widget, 1)
        return box

    def _list_view(self, model: TaskBriefModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setMinimumHeight(170)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda index, m=model: self.open_task(m.data(index, TaskIdRole)))
        return view

    # -- refreshing ---------------------------------------------------------------------
    def _on_events_changed(self, **_data) -> None:
        self._dirty = True
        if self.isVisible():
            QTimer.singleShot(0, self._refresh_if_dirty)  # several events of one edit → one refresh

    def _refresh_if_dirty(self) -> None:
        if self._dirty:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_if_dirty()

    def refresh(self) -> None:
        """Load the figures in a worker thread (its own read-only connection); _on_loaded shows them. The
        worker starts on the next event loop turn, so building and first showing the window go first."""
        self._dirty = False
        self._show_captions(self.today_fn(), bool(TaskListService(self.ctx).default_roles()))
        self.loading_label.show()
        if self.data is None:
            for status in Status:
                self.year_cards[status].set_count(None)
                self.period_cards[status].set_count(None)
        if not self._start_scheduled:
            self._start_scheduled = True
            QTimer.singleShot(0, self, self._start_load)

    def _start_load(self) -> None:
        self._start_scheduled = False
        today = self.today_fn()
        self._token = self.loader.start(getattr(self.ctx, "db_path", None), today, supersedes=self._token)
        if self._token is None:  # not a database file: read it here
            self.loading_label.hide()
            self.show_data(TaskListService(self.ctx).dashboard(today))

    @property
    def loading(self) -> bool:
        return self._start_scheduled or self._token is not None

    def _on_loaded(self, token: int, data: dashboard_data.DashboardData | None, error: str | None) -> None:
        if token != self._token:
            return  # superseded by a newer refresh
        self._token = None
        self.loading_label.hide()
        if data is None:  # the worker could not read (e.g. the file is locked): read on this thread
            data = TaskListService(self.ctx).dashboard(self.today_fn())
        self.show_data(data)

    def _show_captions(self, today: date, own_unit_only: bool) -> None:
        """What the page counts (known before the figures: a one-row query and the date)."""
        period = dashboard_data.current_period(today)
        self.scope_label.setText(self.tr("Tasks your unit leads or coordinates.") if own_unit_only
                                 else self.tr("All tasks of the imported plans."))
        start, end = period.cutoff()
        self.year_caption.setText(self.tr("Year %1: tasks due or done this year, and those needing a date")
                                  .replace("%1", str(today.year)))
        self.period_caption.setText(
            self.tr("%1 (data from %2 to %3): tasks due or done in this window; continuous tasks counted separately")
            .replace("%1", period.label_vi).replace("%2", f"{start:%d/%m/%Y}")
            .replace("%3", f"{end:%d/%m/%Y}"))

    def _trigger(self, action_id: ActionId) -> None:
        self.host.actions[action_id].trigger()

    def show_data(self, data: dashboard_data.DashboardData) -> None:
        self.data = data
        self.start_card.setVisible(not data.plans and not data.total)
        today = data.today
        self._show_captions(today, data.own_unit_only)
        for status in Status:
            self.year_cards[status].set_count(data.year_counts.get(status, 0))
            self.period_cards[status].set_count(data.period_counts.get(status, 0))
        self.overdue_title.setText(self.tr("Overdue: %1").replace("%1", format_number(data.overdue_total)))
        self.due_soon_title.setText(self.tr("Due within 7 days: %1").replace("%1", format_number(data.due_soon_total)))
        self.overdue_model.set_rows(data.overdue, today)
        self.due_soon_model.set_rows(data.due_soon, today)
        self.donut.set_counts(dict(data.year_counts))
        self.completion.set_series(data.months, data.total)
        self._show_plans(data.plans)
        self.data_loaded.emit(data)

    def _show_plans(self, plans: list[dashboard_data.PlanProgress]) -> None:
        while len(self.plan_bars) < len(plans):  # reuse the bars; only add or remove the difference
            label, bar = QLabel(), QProgressBar()
            bar.setTextVisible(True)
            bar.setStyleSheet(f"QProgressBar::chunk {{ background:{Status.DONE_ON_TIME.colour}; }}")
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(bar, 2)
            self.plans_box.addLayout(row)
            self.plan_bars.append((label, bar))
        while len(self.plan_bars) > len(plans):
            label, bar = self.plan_bars.pop()
            label.deleteLater()
            bar.deleteLater()
        for (label, bar), plan in zip(self.plan_bars, plans, strict=True):
            label.setText(plan.label)
            bar.setMaximum(max(plan.total, 1))
            bar.setValue(plan.done)
            percent = round(100 * plan.done / plan.total) if plan.total else 0
            bar.setFormat(f"{format_number(plan.done)}/{format_number(plan.total)} ({percent}%)")

    # -- navigation to the task list ---------------------------------------------------------
    def _on_card_clicked(self, status: Status) -> None:
        self.open_list(TaskFilter(statuses=(status,), today=self.today_fn()))

    def open_list(self, flt: TaskFilter) -> None:
        self.host.show_tasks(flt)

    def open_task(self, task_id: int | None) -> None:
        if task_id is None:
            return
        self.host.show_tasks(None, task_id)


_CARD_ORDER = (Status.OVERDUE, Status.NEEDS_DATE, Status.IN_PROGRESS, Status.NOT_DUE, Status.DONE_ON_TIME,
               Status.DONE_LATE, Status.CONTINUOUS)


def create_overview_page(host: PageHost) -> DashboardPage:
    """Page factory for "overview": the dashboard. The "reports due soon" box (the report service and its
    templates) is built once the window is up, or when first asked for."""
    page = DashboardPage(host)

    def build_upcoming():
        from ..reports.reports_page import add_upcoming_reports

        return add_upcoming_reports(page, host)  # under the overdue / due-soon lists

    page.set_upcoming_builder(build_upcoming)
    # Two zero-timer hops: the first event-loop turn paints the window (and starts the figures' worker), the
    # box comes on the next. `--smoke` quits on that first turn, so it times the window, not the box.
    QTimer.singleShot(0, page, lambda: QTimer.singleShot(0, page, lambda: page.upcoming_reports))
    return page
