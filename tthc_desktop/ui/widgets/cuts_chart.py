"""A small QPainter bar chart: processing time and compliance cost, 2024 against now, per field (lĩnh vực).

Two panels (time in days, cost in VND) because the units differ; each field gets a grey 2024
bar and a blue current bar. Only procedures with both figures count, so the bars compare like
with like. No QtCharts (it would pull PySide6-Addons).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.procedures import Procedure
from ...domain.reductions import format_number, format_vnd

BEFORE = QColor("#9e9e9e")
AFTER = QColor("#1565c0")


@dataclass(frozen=True)
class FieldBars:
    field: str
    time_before: Decimal
    time_after: Decimal
    cost_before: int
    cost_after: int


def bars_by_field(procedures: Iterable[Procedure]) -> list[FieldBars]:
    """Sums per field over procedures that have both the 2024 and the current figure."""
    sums: dict[str, list] = {}
    for p in procedures:
        s = sums.setdefault(p.field or "—", [Decimal(0), Decimal(0), 0, 0])
        if p.baseline_days is not None and p.current_days is not None:
            s[0] += p.baseline_days
            s[1] += p.current_days
        if p.baseline_cost is not None and p.current_cost is not None:
            s[2] += p.baseline_cost
            s[3] += p.current_cost
    return [FieldBars(f, *v) for f, v in sums.items()]


class CutsChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cutsChart")
        self.bars: list[FieldBars] = []
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_procedures(self, procedures: Iterable[Procedure]) -> None:
        self.bars = bars_by_field(procedures)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(700, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No procedures yet"))
            return
        legend_h = fm.height() + 8
        self._legend(painter, fm)
        area = QRectF(self.rect()).adjusted(8, legend_h + 4, -8, -4)
        # Field names once, on the left; both panels share the rest so the bars get the room.
        label_w = min(max(fm.horizontalAdvance(b.field) for b in self.bars) + 12, area.width() * 0.25)
        half = (area.width() - label_w) / 2
        panels = (
            (self.tr("Processing time (days)"), [(b.time_before, b.time_after) for b in self.bars],
             lambda v: format_number(v, 1)),
            (self.tr("Compliance cost (VND)"), [(b.cost_before, b.cost_after) for b in self.bars],
             lambda v: format_vnd(int(v))),
        )
        for i, (title, values, fmt) in enumerate(panels):
            left = area.left() if i == 0 else area.left() + label_w + half
            width = label_w + half - 8 if i == 0 else half - 8
            self._panel(painter, fm, QRectF(left, area.top(), width, area.height()), title, values, fmt,
                        label_w if i == 0 else 0.0)
        painter.end()

    def _legend(self, painter: QPainter, fm: QFontMetrics) -> None:
        x = 8
        for colour, text in ((BEFORE, self.tr("In 2024")), (AFTER, self.tr("Now"))):
            painter.fillRect(QRectF(x, 6, 14, fm.ascent()), colour)
            x += 20
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x), 6 + fm.ascent(), text)
            x += fm.horizontalAdvance(text) + 18

    def _panel(self, painter: QPainter, fm: QFontMetrics, rect: QRectF, title: str, values, fmt, label_w: float):
        text_colour = self.palette().text().color()
        painter.setPen(text_colour)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                         title)
        bold.setBold(False)
        painter.setFont(bold)
        top = rect.top() + fm.height() + 6
        n = len(self.bars)
        row_h = max(12.0, (rect.bottom() - top) / n)
        bar_h = max(4.0, min(12.0, (row_h - 4) / 2))
        peak = max((max(a, b) for a, b in values), default=0) or 1
        value_w = max(fm.horizontalAdvance(fmt(v)) for pair in values for v in pair) + 8
        bar_left = rect.left() + label_w
        bar_span = max(10.0, rect.right() - bar_left - value_w)
        for i, (bars, (before, after)) in enumerate(zip(self.bars, values, strict=True)):
            y = top + i * row_h
            if label_w:
                label = fm.elidedText(bars.field, Qt.TextElideMode.ElideRight, int(label_w - 8))
                painter.setPen(text_colour)
                painter.drawText(QRectF(rect.left(), y, label_w - 6, row_h), Qt.AlignmentFlag.AlignVCenter
                                 | Qt.AlignmentFlag.AlignRight, label)
            for j, (value, colour) in enumerate(((before, BEFORE), (after, AFTER))):
                by = y + (row_h - 2 * bar_h) / 2 + j * bar_h
                width = float(value) / float(peak) * bar_span
                painter.fillRect(QRectF(bar_left, by, max(width, 1.0), bar_h - 1), colour)
                if bar_h >= fm.height() * 0.7:
                    painter.setPen(text_colour)
                    painter.drawText(QRectF(bar_left + width + 4, by - 2, value_w, bar_h + 4),
                                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, fmt(value))
        painter.setPen(QPen(text_colour.lighter(200)))
        painter.drawLine(int(bar_left), int(top), int(bar_left), int(rect.bottom()))
