"""The Báo cáo page: the reports already written, the report calendar (overdue in red, then upcoming), and the
editor of the open report. Also the small "reports due soon" list that the Tổng quan page shows.

Lists refresh from REPORTS_CHANGED / DATABASE_REPLACED notifications (model resets, no widget rebuilds).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.periods import Period
from ...domain.report_calendar import KIND_LABELS
from ...services.due_reports import REQUEST, DueEntry, due_entries
from ...services.events import DATABASE_REPLACED, REPORTS_CHANGED
from ...services.report_requests import DueStatus
from ...services.report_service import ReportDraft, ReportRecord, ReportService
from ..shell.actions import ActionId
from ..shell.page_host import HostedPage
from ..widgets.buttons import push_button
from ..widgets.domain_labels import display_name
from ..widgets.page_parts import bold_label, named_label, page_title
from ..widgets.rows_model import RowsModel, row_table
from .report_dialogs import NewReportDialog, RulesDialog
from .report_fields import format_saved_at

if TYPE_CHECKING:  # the editor pulls in the PDF preview (pypdfium2) and printing: built with the page only
    from ..shell.page_host import PageHost
    from .letter_dialog import LetterDialog
    from .report_editor import ReportEditor

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = "#c62828"
DUE_SOON_COLOUR = "#ef6c00"  # as in the register of requests
IdRole = Qt.ItemDataRole.UserRole


class ReportListModel(RowsModel):
    """Reports written so far (``rows``: ReportRecord): kind, period (or case file), state, last change."""

    def row_of(self, report_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == report_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Period / case file"), self.tr("Report state"), self.tr("Last saved"))

    def cell(self, r: ReportRecord, col: int, role: int):
        if role == IdRole:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return KIND_LABELS[r.kind] if r.kind else self.tr("Apology letter")
            if col == 1:
                return display_name(r.period) if r.period else str(r.fields.get("case_code") or "")
            if col == 2:
                return display_name(r.state)
            return format_saved_at(r.updated_at)[:16]  # dd/MM/yyyy HH:mm
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.title
        return None


class CalendarModel(RowsModel):
    """What is due (services/due_reports.py): overdue first (red), then upcoming; standing reports and the
    register's requests ("Yêu cầu" + số/ký hiệu, coloured by status). The data window is in the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = date.today()

    def set_rows(self, entries: list[DueEntry], today: date) -> None:
        self.today = today
        self.reset_rows(entries)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Report"), self.tr("Due date"), self.tr("Time left"), self.tr("Written?"))

    def _label(self, entry: DueEntry) -> str:
        if entry.source == REQUEST:
            return self.tr("Request %1").replace("%1", entry.number)
        if entry.report is not None:
            return display_name(entry.report.period)  # the column says "Báo cáo"; the kind is in the label
        return entry.label

    def _state(self, entry: DueEntry) -> str:
        if entry.state is not None:
            return display_name(entry.state)
        if entry.source == REQUEST:
            return self.tr("Not sent")  # overdue / due soon: the colour and "Còn lại" say it
        return self.tr("Not started")

    def cell(self, entry: DueEntry, col: int, role: int):
        late = entry.overdue
        if role == IdRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self._label(entry)
            if col == 1:
                return f"{entry.due:%d/%m/%Y}"
            if col == 2:
                days = entry.days_left(self.today)
                if days < 0:
                    return self.tr("%1 days late").replace("%1", str(-days))
                return self.tr("due today") if days == 0 else self.tr("%1 days left").replace("%1", str(days))
            return self._state(entry)
        if role == Qt.ItemDataRole.ForegroundRole:
            if late:
                return QBrush(QColor(OVERDUE_COLOUR))
            if entry.source == REQUEST and entry.status == DueStatus.DUE_SOON:
                return QBrush(QColor(DUE_SOON_COLOUR))
            return None
        if role == Qt.ItemDataRole.FontRole and late and col in (0, 2):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        return None

    def _tooltip(self, entry: DueEntry) -> str:
        name = display_name(entry.report) if entry.report is not None else entry.label
        if entry.source == REQUEST:
            name = f"{self._label(entry)} — {entry.title}"
        if entry.window is None:
            return self.tr("%1 — due %2").replace("%1", name).replace("%2", f"{entry.due:%d/%m/%Y}")
        start, end = entry.window
        return self.tr("%1 — data from %2 to %3, due %4").replace("%1", name) \
            .replace("%2", f"{start:%d/%m/%Y}").replace("%3", f"{end:%d/%m/%Y}") \
            .replace("%4", f"{entry.due:%d/%m/%Y}")


def calendar_rows(service: ReportService, today: date) -> list[DueEntry]:
    """What is due, standing reports and requests (one service function for the page, the overview and the
    reminder)."""
    return due_entries(service.ctx, today, reports=service)


def _table(model: QAbstractTableModel, name: str, stretch: int = 0) -> QTableView:
    return row_table(model, name, stretch=stretch, fit=True, wrap=False)


class ReportsPage(HostedPage):
    def __init__(self, host: PageHost, parent: QWidget | None = None):
        super().__init__("reports", host, parent)
        self.service = ReportService(self.ctx)
        self._build()
        for action_id, slot in ((ActionId.EXPORT_REPORT, self._on_export_action_triggered),
                                (ActionId.PRINT, self._on_print_action_triggered)):
            action = host.actions[action_id]
            action.triggered.connect(slot)
            self.addAction(action)  # the shortcut works while this page is shown
        unsubscribe = [self.ctx.events.subscribe(t, self._on_events_changed) for t in (REPORTS_CHANGED,)]
        unsubscribe.append(self.ctx.events.subscribe(DATABASE_REPLACED, self._on_database_replaced))
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        self._pending = False
        self.refresh()

    def _build(self) -> None:
        title = page_title(self.tr("Reports"))
        sentence = named_label("pageSentence", self.tr("Write the periodic reports from your data, check them and "
                                                       "export the official PDF and Excel forms."),
                               wrap=True, style="color:#616161;")
        self.new_button = push_button(self.tr("New report…"), "newReportButton", self.new_report)
        self.letter_button = push_button(self.tr("Apology letter…"), "letterButton", self.new_letter)
        self.rules_button = push_button(self.tr("Deadlines…"), "rulesButton", self.edit_rules,
                                        self.tr("When each kind of report is due"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.letter_button, self.rules_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.calendar_title = bold_label(name="calendarTitle", wrap=True)
        self.calendar_model = CalendarModel(self)
        self.calendar_view = _table(self.calendar_model, "calendarView")
        self.calendar_view.setToolTip(self.tr("Double-click a report to write it"))
        self.calendar_view.setMinimumHeight(150)
        self.calendar_view.doubleClicked.connect(self._on_calendar_view_double_clicked)
        reports_title = bold_label(self.tr("Reports written"))
        self.list_model = ReportListModel(self)
        self.list_view = _table(self.list_model, "reportList", stretch=1)
        self.list_view.activated.connect(self._on_list_view_activated)
        self.list_view.clicked.connect(self._on_list_view_activated)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(title)
        left_layout.addWidget(sentence)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.calendar_title)
        left_layout.addWidget(self.calendar_view, 1)
        left_layout.addWidget(reports_title)
        left_layout.addWidget(self.list_view, 1)
        from .report_requests_panel import ReportRequestsPanel  # the register of report requests (issue 20)

        self.requests_panel = ReportRequestsPanel(self, self.today_fn)
        left_layout.addWidget(self.requests_panel, 1)
        from .report_editor import ReportEditor

        self.editor = ReportEditor(self.service, self.host.settings, undo_stack=self.host.undo_stack)
        self.editor.saved.connect(self._on_editor_saved)
        self.placeholder = QLabel(self.tr("Choose a report on the left, or click “New report…”. A report due in the "
                                          "calendar opens with a double-click."))
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color:#757575; font-size:11pt;")
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 930])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- refreshing -----------------------------------------------------------------------------
    def _on_events_changed(self, **_data) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)  # one refresh for several saves

    def _on_database_replaced(self, **_data) -> None:
        self.editor.autosave_timer.stop()
        self.editor.draft = None
        self.right.setCurrentWidget(self.placeholder)
        self._on_events_changed()

    def refresh(self) -> None:
        self._pending = False
        today = self.today_fn()
        entries = calendar_rows(self.service, today)
        self.calendar_model.set_rows(entries, today)
        overdue = sum(1 for e in entries if e.overdue)
        upcoming = len(entries) - overdue
        if overdue:
            self.calendar_title.setText(self.tr("Report calendar: %1 overdue, %2 due in the next 45 days")
                                        .replace("%1", str(overdue)).replace("%2", str(upcoming)))
            self.calendar_title.setStyleSheet(f"font-weight:bold; color:{OVERDUE_COLOUR};")
        else:
            self.calendar_title.setText(self.tr("Report calendar: %1 due in the next 45 days")
                                        .replace("%1", str(upcoming)))
            self.calendar_title.setStyleSheet("font-weight:bold;")
        current = self.editor.draft.report_id if self.editor.draft else None
        self.list_model.reset_rows(self.service.list_reports())
        row = self.list_model.row_of(current)
        if row >= 0:
            self.list_view.selectRow(row)

    # -- opening reports ----------------------------------------------------------------------
    def open_draft(self, draft: ReportDraft) -> ReportEditor:
        self.editor.set_draft(draft)
        self.right.setCurrentWidget(self.editor)
        self.refresh()
        return self.editor

    def open_report(self, report_id: int) -> ReportEditor:
        if self.editor.draft is not None and self.editor.draft.report_id == report_id:
            return self.editor
        self.editor.flush()
        return self.open_draft(self.service.open(report_id))

    def open_period(self, period: Period) -> ReportEditor:
        self.editor.flush()
        return self.open_draft(self.service.open_or_create(period, today=self.today_fn()))

    def _on_list_view_activated(self, index: QModelIndex) -> None:
        report_id = self.list_model.data(index, IdRole)
        if report_id is not None:
            self.open_report(report_id)

    def open_request(self, request_id: int):
        """Select the request in the register and open it (its edit dialog)."""
        panel = self.requests_panel
        panel.refresh()
        row = next((i for i, (r, _s) in enumerate(panel.model.rows) if r.id == request_id), -1)
        if row < 0:
            return None
        panel.view.selectRow(row)
        panel.view.scrollTo(panel.model.index(row, 0))
        return panel.edit_request()

    def open_entry(self, entry: DueEntry | None):
        """A calendar row: a request opens in the register, a standing report's period in the editor."""
        if entry is None:
            return None
        if entry.request_id is not None:
            return self.open_request(entry.request_id)
        return self.open_period(entry.period) if entry.report is not None else None

    def _on_calendar_view_double_clicked(self, index: QModelIndex) -> None:
        self.open_entry(self.calendar_model.data(index, IdRole))

    def _on_editor_saved(self, _report_id: int) -> None:
        self._on_events_changed()

    def new_report(self) -> NewReportDialog:
        dialog = NewReportDialog(self.service, self.today_fn(), self)
        dialog.accepted.connect(lambda: self.open_period(dialog.period()))
        dialog.open()
        return dialog

    def new_letter(self) -> LetterDialog:
        from .letter_dialog import LetterDialog

        dialog = LetterDialog(self.service, self.today_fn(), self)
        dialog.created.connect(self.open_draft)
        dialog.open()
        return dialog

    def edit_rules(self) -> RulesDialog:
        dialog = RulesDialog(self.service, self)
        dialog.open()
        return dialog

    def _on_export_action_triggered(self) -> None:
        if self.isVisible() and self.editor.draft is not None:
            self.editor.export()

    def _on_print_action_triggered(self) -> None:
        if self.isVisible() and self.editor.draft is not None:
            self.editor.print_report()


class UpcomingReports(QWidget):
    """The Tổng quan page's "Báo cáo sắp đến hạn" box: the calendar rows; double-click opens the report."""

    def __init__(self, host: PageHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("upcomingReports")
        self.host = host
        self.today_fn = host.clock.today
        self.service = ReportService(host.ctx)
        self.title = bold_label()
        self.model = CalendarModel(self)
        self.view = _table(self.model, "upcomingReportsView")
        self.view.setMinimumHeight(120)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        unsubscribe = [host.ctx.events.subscribe(t, self._on_events_changed)
                       for t in (REPORTS_CHANGED, DATABASE_REPLACED)]
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        # The due dates need the holiday calendar: computed once the window is up, not before it shows.
        QTimer.singleShot(0, self, self.refresh)

    def _on_events_changed(self, **_data) -> None:
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        today = self.today_fn()
        entries = calendar_rows(self.service, today)
        self.model.set_rows(entries, today)
        overdue = sum(1 for e in entries if e.overdue)
        self.title.setText(self.tr("Reports due soon: %1 overdue, %2 in the next 45 days")
                           .replace("%1", str(overdue)).replace("%2", str(len(entries) - overdue)))
        self.title.setStyleSheet(f"font-weight:bold; color:{OVERDUE_COLOUR if overdue else '#212121'};")

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        entry = self.model.data(index, IdRole)
        page = self.host.show_page("reports")
        if entry is not None and isinstance(page, ReportsPage):
            page.open_entry(entry)


def add_upcoming_reports(page: QWidget, host: PageHost) -> UpcomingReports:
    """Put the "reports due soon" box on the dashboard, under its overdue / due-soon task lists."""
    box = UpcomingReports(host)
    scroll = page.findChild(QScrollArea)
    body = scroll.widget().layout() if scroll is not None and scroll.widget() is not None else page.layout()
    anchor = getattr(page, "overdue_view", None)
    lists_at = next((i + 1 for i in range(body.count()) if body.itemAt(i).layout() is not None
                     and anchor is not None and body.itemAt(i).layout().indexOf(anchor) >= 0), body.count())
    body.insertWidget(lists_at, box)
    page.upcoming_reports = box
    return box
