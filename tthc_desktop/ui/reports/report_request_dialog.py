"""Add / edit one report request: the requesting document, period and cut-off, the deadline (its parsed date
and the rule shown live, as the plan tasks read deadlines), the channel, and the attached files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ...domain.periods import parse_period
from ...services.report_requests import (
    Channel,
    FileRole,
    ReportRequest,
    ReportRequestService,
    RequestError,
    parse_day,
    read_deadline,
)
from ..widgets import file_dialogs
from ..widgets.buttons import dialog_buttons, push_button
from ..widgets.page_parts import combo_box, form_layout, hbox, line_edit, named_label, vbox
from ..widgets.remembered_geometry import RemembersGeometry

FileRoleData = Qt.ItemDataRole.UserRole


def _dmy(iso: str | None) -> str:
    return f"{date.fromisoformat(iso):%d/%m/%Y}" if iso else ""


class ReportRequestDialog(RemembersGeometry, QDialog):
    """``values()`` / ``added_files()`` / ``removed_file_ids()`` once accepted; the caller writes them."""

    def __init__(self, service: ReportRequestService, request: ReportRequest | None = None,
                 today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportRequestDialog")
        self.service = service
        self.request = request
        self.today = today or date.today()
        self._values: dict | None = None
        self._removed: list[int] = []
        self.setWindowTitle(self.tr("Edit report request") if request else self.tr("New report request"))
        self.number_edit = line_edit("numberEdit", self.tr("e.g. 123/UBND-KSTT"))
        self.date_edit = line_edit("dateEdit", self.tr("dd/mm/yyyy"))
        self.issuer_edit = line_edit("issuerEdit", self.tr("e.g. UBND tỉnh"))
        self.title_edit = line_edit("titleEdit", self.tr("What the document asks for"))
        self.period_edit = line_edit("periodEdit", self.tr("2026-Q4, 2026-07, 2026-6T, 2026"))
        self.from_edit = line_edit("fromEdit", self.tr("from the period"))
        self.to_edit = line_edit("toEdit", self.tr("from the period"))
        self.deadline_edit = line_edit("deadlineEdit", self.tr("e.g. trước ngày 20/12/2026"))
        self.deadline_label = named_label("deadlineLabel", wrap=True)
        self.channel_combo = combo_box("channelCombo", (
            (self.tr("Report system"), Channel.SYSTEM.value), (self.tr("E-document"), Channel.EDOC.value),
            (self.tr("Email"), Channel.EMAIL.value)))
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(Channel.EDOC.value))  # a công văn, mostly
        self.files_list = QListWidget()
        self.files_list.setObjectName("filesList")
        self.files_list.setMaximumHeight(110)
        file_buttons = hbox(*(push_button(text, f"add_{role.value}", lambda r=role: self.choose_file(r))
                              for role, text in ((FileRole.DOCUMENT, self.tr("Request document…")),
                                                 (FileRole.OUTLINE, self.tr("Outline…")),
                                                 (FileRole.FORM, self.tr("Form…")))),
                            push_button(self.tr("Remove file"), "removeFile", self.remove_selected_file), None)
        self.error_label = named_label("errorLabel", wrap=True, style="color:#c62828;")
        cutoff = hbox(self.from_edit, QLabel("–"), self.to_edit)
        form = form_layout(
            (self.tr("Number/symbol"), self.number_edit), (self.tr("Document date"), self.date_edit),
            (self.tr("Issuing body"), self.issuer_edit), (self.tr("Summary"), self.title_edit),
            (self.tr("Period"), self.period_edit), (self.tr("Data from – to"), cutoff),
            (self.tr("Deadline as written"), self.deadline_edit), ("", self.deadline_label),
            (self.tr("Send by"), self.channel_combo), (self.tr("Files"), self.files_list), ("", file_buttons))
        # the stretch: spare height below the fields, not inside the deadline row
        vbox(self, form, self.error_label, None, dialog_buttons(self, self.tr("Save"), cancel_text=self.tr("Cancel")))
        self.resize(640, 560)
        if request is not None:
            self._fill(request)
        self.deadline_edit.textChanged.connect(self.update_deadline)
        self.period_edit.textChanged.connect(self.update_deadline)
        self.date_edit.textChanged.connect(self.update_deadline)
        self.update_deadline()

    def _fill(self, r: ReportRequest) -> None:
        self.number_edit.setText(r.number)
        self.date_edit.setText(_dmy(r.issued_on))
        self.issuer_edit.setText(r.issuer)
        self.title_edit.setText(r.title)
        self.period_edit.setText(r.period or "")
        own = tuple(d.isoformat() for d in parse_period(r.period).cutoff()) if r.period else None
        if (r.cutoff_from, r.cutoff_to) != own:  # the period's own window stays empty: it follows the period
            self.from_edit.setText(_dmy(r.cutoff_from))
            self.to_edit.setText(_dmy(r.cutoff_to))
        self.deadline_edit.setText(r.deadline_text)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(r.channel.value)))
        for f in r.files:
            self._add_item(f.role, f.name, ("existing", f.id))

    def _add_item(self, role: FileRole, name: str, data: tuple) -> None:
        item = QListWidgetItem(f"{self._role_label(role)}: {name}")
        item.setData(FileRoleData, (role.value, *data))
        self.files_list.addItem(item)

    def _role_label(self, role: FileRole) -> str:
        return {FileRole.DOCUMENT: self.tr("Request document"), FileRole.OUTLINE: self.tr("Outline"),
                FileRole.FORM: self.tr("Form")}[role]

    # -- live deadline ------------------------------------------------------------------------------
    def _year(self) -> int:
        try:
            return parse_period(self.period_edit.text()).year
        except ValueError:
            pass
        try:
            day = parse_day(self.date_edit.text(), "")
        except RequestError:
            day = None
        return (day or self.today).year

    def update_deadline(self) -> None:
        text = self.deadline_edit.text()
        if not text.strip():
            self.deadline_label.setText(self.tr("Type the deadline as the document writes it."))
            self.deadline_label.setStyleSheet("color:#616161;")
            return
        try:
            parsed = read_deadline(text, self._year())
        except RequestError as exc:
            self.deadline_label.setText(str(exc))
            self.deadline_label.setStyleSheet("color:#c62828;")
            return
        self.deadline_label.setText(self.tr("Due %1 — %2").replace("%1", f"{parsed.due:%d/%m/%Y}")
                                    .replace("%2", parsed.rule))
        self.deadline_label.setStyleSheet("color:#2e7d32;")

    # -- files ------------------------------------------------------------------------------------
    def choose_file(self, role: FileRole) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self._role_label(role), "",
                                              self.tr("Documents (*.pdf *.docx *.doc *.xlsx *.xls *.odt *.ods);;"
                                                      "All files (*)"))
        if path:
            self.add_file(role, path)

    def add_file(self, role: FileRole, path: str | Path) -> None:
        self._add_item(role, Path(path).name, ("new", str(path)))

    def remove_selected_file(self) -> None:
        row = self.files_list.currentRow()
        if row < 0:
            return
        data = self.files_list.item(row).data(FileRoleData)
        if data[1] == "existing":
            self._removed.append(int(data[2]))
        self.files_list.takeItem(row)

    def added_files(self) -> list[tuple[FileRole, str]]:
        out = []
        for i in range(self.files_list.count()):
            role, state, value = self.files_list.item(i).data(FileRoleData)
            if state == "new":
                out.append((FileRole(role), value))
        return out

    def removed_file_ids(self) -> list[int]:
        return list(self._removed)

    # -- accepting ------------------------------------------------------------------------------------
    def values(self) -> dict:
        assert self._values is not None, "accepted dialogs only"
        return self._values

    def accept(self) -> None:
        try:
            self._values = self.service.values(
                number=self.number_edit.text(), title=self.title_edit.text(), deadline=self.deadline_edit.text(),
                issued_on=self.date_edit.text(), issuer=self.issuer_edit.text(), period=self.period_edit.text(),
                cutoff_from=self.from_edit.text(), cutoff_to=self.to_edit.text(),
                channel=self.channel_combo.currentData(),
                note=self.request.note if self.request else "")
        except RequestError as exc:
            self.error_label.setText(str(exc))
            return
        missing = [p for _r, p in self.added_files() if not Path(p).is_file()]
        if missing:
            self.error_label.setText(self.tr("File not found: %1").replace("%1", missing[0]))
            return
        super().accept()
