"""The "Yêu cầu báo cáo" panel of the Báo cáo page: the register of report requests (number, issuer, trích yếu,
period, deadline coloured by its status), add / edit / delete with undo on the window's stack, open an
attached file, and "Lập báo cáo" to create the period's report and link it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.events import DATABASE_REPLACED, REPORTS_CHANGED
from ...services.report_requests import (
    REQUEST_COLUMNS,
    DueStatus,
    ReportRequest,
    ReportRequestService,
    RequestError,
)
from ...store.attachments import AttachmentError
from ..widgets.buttons import push_button
from ..widgets.page_parts import bold_label, row_with
from ..widgets.rows_model import RowsModel, row_table

_Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole
DUE_COLUMN = 1  # right after the number: the narrow page column shows it without scrolling
STATUS_COLOURS = {DueStatus.OVERDUE: "#c62828", DueStatus.DUE_SOON: "#ef6c00", DueStatus.DONE: "#2e7d32",
                  DueStatus.PENDING: "#212121", DueStatus.NO_DATE: "#757575"}


class RequestListModel(RowsModel):
    def set_rows(self, rows: list[tuple[ReportRequest, str]]) -> None:
        self.reset_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Due date (status)"), self.tr("Summary"), self.tr("Period"),
                self.tr("Issuing body"))

    def _status_text(self, status: str) -> str:
        return {DueStatus.OVERDUE: self.tr("overdue"), DueStatus.DUE_SOON: self.tr("due soon"),
                DueStatus.DONE: self.tr("sent"), DueStatus.PENDING: "", DueStatus.NO_DATE: self.tr("no date")}[status]

    def cell(self, row: tuple[ReportRequest, str], col: int, role: int):
        request, status = row
        if role == IdRole:
            return request.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == DUE_COLUMN:
                due = f"{date.fromisoformat(request.due_on):%d/%m/%Y}" if request.due_on else ""
                note = self._status_text(status)
                return f"{due} ({note})" if note else due
            return (request.number, "", request.title, request.period or "", request.issuer)[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == DUE_COLUMN:
            return QBrush(QColor(STATUS_COLOURS[status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == DUE_COLUMN:
                return f"{request.deadline_text}\n{request.deadline_rule}"
            return request.issuer if col == 4 else request.title
        return None


class _RequestCommand(QUndoCommand):
    """Done once by ``run`` before it is pushed (a refused write never reaches the stack)."""

    def __init__(self, text: str):
        super().__init__(text)
        self._skip = False

    def run(self, stack) -> None:
        self.do()
        if stack is not None:
            self._skip = True
            stack.push(self)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
        else:
            self.do()


class AddRequestCommand(_RequestCommand):
    def __init__(self, service: ReportRequestService, values: dict, files: list):
        super().__init__(QCoreApplication.translate("ReportRequests", "Add report request"))
        self.service, self.values, self.files = service, values, files
        self.request_id: int | None = None

    def do(self) -> None:
        if self.request_id is None:
            self.request_id = self.service.add(self.values, self.files)
        else:
            self.service.restore(self.request_id)

    def undo(self) -> None:
        self.service.delete(self.request_id)


class EditRequestCommand(_RequestCommand):
    """Undo puts back the fields and the files as they were; redo the edited ones."""

    def __init__(self, service: ReportRequestService, request_id: int, values: dict, add_files: list,
                 remove_ids: list[int]):
        super().__init__(QCoreApplication.translate("ReportRequests", "Edit report request"))
        self.service, self.request_id, self.values = service, request_id, values
        self.add_files, self.remove_ids = add_files, remove_ids
        old = service.get(request_id)
        self.old = {k: getattr(old, k) for k in values if k in REQUEST_COLUMNS}
        self.old["channel"] = old.channel.value
        self.old_files = [(f.role, f.sha256, f.name) for f in old.files]
        self.new_files: list | None = None

    def do(self) -> None:
        if self.new_files is None:
            self.service.update(self.request_id, self.values, self.add_files, self.remove_ids)
            self.new_files = [(f.role, f.sha256, f.name) for f in self.service.get(self.request_id).files]
        else:
            self.service.set_fields_and_files(self.request_id, self.values, self.new_files)

    def undo(self) -> None:
        self.service.set_fields_and_files(self.request_id, self.old, self.old_files)


class DeleteRequestCommand(_RequestCommand):
    def __init__(self, service: ReportRequestService, request_id: int):
        super().__init__(QCoreApplication.translate("ReportRequests", "Delete report request"))
        self.service, self.request_id = service, request_id

    def do(self) -> None:
        self.service.delete(self.request_id)

    def undo(self) -> None:
        self.service.restore(self.request_id)


class ReportRequestsPanel(QWidget):
    """``page``: the Báo cáo page (its window's ctx and undo stack, and ``open_report`` for "Lập báo cáo")."""

    def __init__(self, page, today_fn: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportRequestsPanel")
        self.page = page
        window = page.host
        self.ctx = window.ctx
        self.undo_stack = window.undo_stack
        self.today_fn = today_fn
        self.service = ReportRequestService(self.ctx)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # replaced in tests
        self.title = bold_label(self.tr("Report requests"), name="requestsTitle")
        self.model = RequestListModel(self)
        self.view = row_table(self.model, "requestList", fit=True, wrap=False)
        header = self.view.horizontalHeader()
        for column, width in ((2, 160),):  # the page's left column is narrow: full text in tooltips
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit_request())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for name, text, slot in (("add", self.tr("Add…"), self.add_request), ("edit", self.tr("Edit…"), self.edit_request),
                                 ("delete", self.tr("Delete"), self.delete_request),
                                 ("open", self.tr("Open file"), self.open_file_menu),
                                 ("report", self.tr("Write report"), self.create_report)):
            button = QPushButton(text)
            button.setObjectName(f"request_{name}")
            button.clicked.connect(lambda _=False, s=slot: s())
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 16)  # never clipped
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["report"].setToolTip(self.tr("Create the report of the request's period and link it"))
        self.standing_button = push_button(self.tr("Standing reports…"), "standingReportsButton", self.edit_standing,
                                           self.tr("The standing reports of the calendar; add your own"))
        top = row_with(self.title, self.standing_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        unsubscribe = [self.ctx.events.subscribe(t, self._on_events_changed) for t in (REPORTS_CHANGED,
                                                                                         DATABASE_REPLACED)]
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        self._pending = False
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # -- list ------------------------------------------------------------------------------------
    def _on_events_changed(self, **_data) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        today = self.today_fn()
        selected = self.current_id()
        rows = [(r, self.service.status(r, today)) for r in self.service.list()]
        self.model.set_rows(rows)
        late = sum(1 for _r, s in rows if s == DueStatus.OVERDUE)
        soon = sum(1 for _r, s in rows if s == DueStatus.DUE_SOON)
        self.title.setText(self.tr("Report requests: %1 overdue, %2 due within 7 days")
                           .replace("%1", str(late)).replace("%2", str(soon)))
        self.title.setStyleSheet(f"font-weight:bold; color:{STATUS_COLOURS[DueStatus.OVERDUE] if late else '#212121'};")
        for i, (r, _s) in enumerate(rows):
            if r.id == selected:
                self.view.selectRow(i)
        self._update_buttons()

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.data(rows[0], IdRole) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for name in ("edit", "delete", "open", "report"):
            self.buttons[name].setEnabled(chosen)

    # -- actions ------------------------------------------------------------------------------------
    def _run(self, command: _RequestCommand) -> bool:
        try:
            command.run(self.undo_stack)
        except (RequestError, AttachmentError) as exc:
            QMessageBox.warning(self, self.tr("Report requests"), str(exc))
            return False
        self.refresh()
        return True

    def add_request(self):
        from .report_request_dialog import ReportRequestDialog

        dialog = ReportRequestDialog(self.service, None, self.today_fn(), self)
        dialog.accepted.connect(lambda: self._run(AddRequestCommand(self.service, dialog.values(),
                                                                    dialog.added_files())))
        dialog.open()
        return dialog

    def edit_request(self):
        from .report_request_dialog import ReportRequestDialog

        request_id = self.current_id()
        if request_id is None:
            return None
        dialog = ReportRequestDialog(self.service, self.service.get(request_id), self.today_fn(), self)
        dialog.accepted.connect(lambda: self._run(EditRequestCommand(
            self.service, request_id, dialog.values(), dialog.added_files(), dialog.removed_file_ids())))
        dialog.open()
        return dialog

    def delete_request(self) -> bool:
        request_id = self.current_id()
        return request_id is not None and self._run(DeleteRequestCommand(self.service, request_id))

    def open_file_menu(self) -> QMenu | None:
        request_id = self.current_id()
        if request_id is None:
            return None
        request = self.service.get(request_id)
        menu = QMenu(self)
        menu.setObjectName("requestFilesMenu")
        for f in request.files:
            action = menu.addAction(f"{f.role.label_vi}: {f.name}")
            action.triggered.connect(lambda _=False, fid=f.id: self.open_file(request_id, fid))
        if not request.files:
            menu.addAction(self.tr("No attached files")).setEnabled(False)
        menu.popup(self.buttons["open"].mapToGlobal(self.buttons["open"].rect().bottomLeft()))
        return menu

    def open_file(self, request_id: int, file_id: int) -> None:
        try:
            path = self.service.file_path(request_id, file_id)
        except (RequestError, AttachmentError) as exc:
            QMessageBox.warning(self, self.tr("Report requests"), str(exc))
            return
        self.open_url(QUrl.fromLocalFile(str(path)))

    def edit_standing(self):
        from .standing_reports_dialog import StandingReportsDialog

        dialog = StandingReportsDialog(self.service, self)
        dialog.open()
        return dialog

    def create_report(self) -> int | None:
        request_id = self.current_id()
        if request_id is None:
            return None
        try:
            report_id = self.service.create_report(request_id, today=self.today_fn())
        except (RequestError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Report requests"), str(exc))
            return None
        if hasattr(self.page, "open_report"):
            self.page.open_report(report_id)
        self.refresh()
        return report_id
