"""The status colour badge drawn in the task list and the legend of status colours (docs/ARCHITECTURE.md §10.2)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.status import Status
from ..widgets.domain_labels import display_name
from .task_table_model import REMOVED_TEXT, DueSoonRole, StatusRole, TaskTableModel

_DARK_TEXT = {Status.NEEDS_DATE}  # yellow needs dark text to stay readable
_BAND_COLOURS = {1: QColor("#c62828"), 3: QColor("#e65100"), 7: QColor("#8d6e00")}
_STATUS_VALUES = {s.value: s for s in Status}


def status_of(index: QModelIndex | QPersistentModelIndex) -> Status | None:
    return _STATUS_VALUES.get(index.data(StatusRole))


def text_colour(status: Status) -> QColor:
    return QColor("#212121") if status in _DARK_TEXT else QColor("white")


class StatusBadgeDelegate(QStyledItemDelegate):
    """A rounded badge in the status colour with the label, and "còn N ngày" under it when due soon."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status = status_of(index)
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()  # no decoration swatch under the badge
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setBold(True)
        metrics = painter.fontMetrics()
        painter.setFont(font)
        label = display_name(status)
        rect = option.rect.adjusted(4, 4, -4, -4)
        text_width = min(painter.fontMetrics().horizontalAdvance(label) + 16, rect.width())
        badge = QRectF(rect.left(), rect.top(), text_width, metrics.height() + 6)
        painter.setPen(Qt.PenStyle.NoPen)
        removed = self._removed(index)  # no longer in the plan: a grey badge, counted nowhere
        painter.setBrush(REMOVED_TEXT if removed else QColor(status.colour))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(text_colour(status))
        elided = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(badge.width()) - 10)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, elided)
        note = self._note(index, status)
        if note:
            band = index.data(DueSoonRole)
            painter.setPen(REMOVED_TEXT if removed else _BAND_COLOURS.get(band, QColor(Status.OVERDUE.colour)))
            below = QRectF(rect.left() + 2, badge.bottom() + 2, rect.width() - 2, metrics.height() + 2)
            note = painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight, int(below.width()))
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        lines = 2 if self._note(index, status_of(index)) else 1
        return QSize(max(hint.width(), 150), max(hint.height(), lines * (option.fontMetrics.height() + 6) + 8))

    @staticmethod
    def _removed(index: QModelIndex | QPersistentModelIndex) -> bool:
        model = index.model()
        row = model.row_data(index.row()) if isinstance(model, TaskTableModel) else None
        return bool(row and row.get("removed_on"))

    @staticmethod
    def _note(index: QModelIndex | QPersistentModelIndex, status: object) -> str:
        model = index.model()
        if not isinstance(status, Status) or not isinstance(model, TaskTableModel):
            return ""
        row = model.row_data(index.row())
        return model.status_note(row, status) if row else ""


class StatusLegend(QWidget):
    """One coloured chip per status, in the order an officer reads them (late first)."""

    ORDER = (Status.OVERDUE, Status.IN_PROGRESS, Status.NOT_DUE, Status.NEEDS_DATE, Status.CONTINUOUS,
             Status.DONE_ON_TIME, Status.DONE_LATE)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.chips: dict[Status, QLabel] = {}
        for status in self.ORDER:
            chip = QLabel(display_name(status))
            chip.setObjectName(f"legend_{status.value}")
            chip.setStyleSheet(
                f"QLabel {{ background: {status.colour}; color: {text_colour(status).name()}; "
                "border-radius: 6px; padding: 2px 8px; font-weight: bold; }"
            )
            layout.addWidget(chip)
            self.chips[status] = chip
        layout.addStretch(1)
