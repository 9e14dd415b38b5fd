"""The standing reports of the report calendar: the data file's (read-only here; their deadlines are changed in
"Hạn gửi báo cáo…") and the ones the officer adds, with their own kind and deadline rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from ...domain.report_calendar import KIND_LABELS
from ...services.report_requests import ReportRequestService, RequestError, shipped_standing_reports
from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import close_buttons, push_button
from ..widgets.page_parts import combo_box, form_layout, hbox, line_edit, named_label, vbox

OwnIdRole = Qt.ItemDataRole.UserRole


class StandingReportsDialog(AppDialog):
    def __init__(self, service: ReportRequestService, parent: QWidget | None = None):
        super().__init__("standingReportsDialog", self.tr("Standing reports"), parent)
        self.service = service
        self.list = QListWidget()
        self.list.setObjectName("standingList")
        self.list.setWordWrap(True)  # each line names its deadline and its data window in full
        self.title_edit = line_edit("standingTitle", self.tr("e.g. Báo cáo cải cách hành chính"))
        self.kind_combo = combo_box("standingKind", ((label, kind.value) for kind, label in KIND_LABELS.items()))
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("standingDays")
        self.days_spin.setRange(0, 30)
        self.days_spin.setValue(2)
        self.days_spin.setSuffix(self.tr(" working days after the cut-off"))
        self.before_spin = QSpinBox()
        self.before_spin.setObjectName("standingBefore")
        self.before_spin.setRange(15, 28)
        self.before_spin.setSpecialValueText(self.tr("not used"))
        self.before_spin.setPrefix(self.tr("before day "))
        self.cutoff_spin = QSpinBox()
        self.cutoff_spin.setObjectName("standingCutoff")
        self.cutoff_spin.setRange(0, 28)
        self.cutoff_spin.setValue(14)
        self.cutoff_spin.setSpecialValueText(self.tr("end of the month (calendar months)"))
        self.cutoff_spin.setPrefix(self.tr("day "))
        self.cutoff_spin.setToolTip(self.tr("The data runs from the next day of the month before to this day"))
        self.error_label = named_label("standingError", wrap=True, style="color:#c62828;")
        add = push_button(self.tr("Add standing report"), "standingAdd", self.add_standing)
        remove = push_button(self.tr("Remove"), "standingRemove", self.remove_selected)
        form = form_layout((self.tr("Report name"), self.title_edit), (self.tr("Kind of report"), self.kind_combo),
                           (self.tr("Data cut-off"), self.cutoff_spin), (self.tr("Due (rule)"), self.days_spin),
                           (self.tr("or"), self.before_spin))
        vbox(self, (self.list, 1), form, hbox(add, remove, None), self.error_label,
             close_buttons(self, self.tr("Close")))
        self.resize(680, 520)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for shipped in shipped_standing_reports():
            item = QListWidgetItem(f"{shipped.title} — {shipped.rule.description_vi}; {shipped.rule.cutoff_vi}")
            item.setToolTip(self.tr("From the standing reports data file"))
            self.list.addItem(item)
        for own in self.service.standing():
            rule = own.rule
            item = QListWidgetItem(f"{own.title} ({KIND_LABELS[rule.kind].lower()}) — {rule.description_vi}; "
                                   f"{rule.cutoff_vi}")
            item.setData(OwnIdRole, own.id)
            self.list.addItem(item)

    def add_standing(self) -> int | None:
        before = self.before_spin.value()
        try:
            standing_id = self.service.add_standing(
                title=self.title_edit.text(), kind=self.kind_combo.currentData(),
                working_days=self.days_spin.value(), before_day=None if before == self.before_spin.minimum() else before,
                cutoff_day=self.cutoff_spin.value())
        except RequestError as exc:
            self.error_label.setText(str(exc))
            return None
        self.error_label.clear()
        self.title_edit.clear()
        self.refresh()
        return standing_id

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        own_id = item.data(OwnIdRole) if item is not None else None
        if own_id is None:
            self.error_label.setText(self.tr("Only the standing reports you added can be removed."))
            return
        self.service.delete_standing(int(own_id))
        self.refresh()
