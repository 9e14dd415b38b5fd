"""Our own QPainter charts (no QtCharts): a status donut with its legend and the completion-over-time chart."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.status import Status
from ...services.dashboard_data import MonthPoint
from .domain_labels import display_name


def format_number(n: int) -> str:
    """1.234.567 (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def _ring_pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class StatusDonut(QWidget):
    """Share of each status as a ring in the status colours, the total in the middle, a legend beside."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusDonut")
        self.counts: dict[Status, int] = {}
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_counts(self, counts: dict[Status, int]) -> None:
        self.counts = {s: counts.get(s, 0) for s in Status}
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(self.counts.values())
        side = min(self.height() - 16, self.width() * 0.45)
        ring = QRectF(8, (self.height() - side) / 2, side, side)
        thickness = side * 0.22
        if total == 0:
            p.setPen(_ring_pen("#e0e0e0", thickness))
            p.drawEllipse(ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2))
        start = 90 * 16
        for status, n in self.counts.items():
            if n <= 0:
                continue
            span = -round(360 * 16 * n / total)
            p.setPen(_ring_pen(status.colour, thickness))
            p.drawArc(ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2), start, span)
            start += span
        p.setPen(QColor("#212121"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        p.setFont(font)
        p.drawText(ring.adjusted(0, -10, 0, -10), Qt.AlignmentFlag.AlignCenter, format_number(total))
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        p.setFont(small)
        p.setPen(QColor("#616161"))
        p.drawText(ring.adjusted(0, 26, 0, 26), Qt.AlignmentFlag.AlignCenter, self.tr("tasks"))
        # legend
        p.setFont(self.font())
        x = ring.right() + 20
        line = max(18.0, self.fontMetrics().height() + 4)
        y = max(4.0, (self.height() - line * len(Status)) / 2)
        for status in Status:
            n = self.counts.get(status, 0)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(status.colour))
            p.drawRoundedRect(QRectF(x, y + 3, 12, 12), 2, 2)
            p.setPen(QColor("#212121") if n else QColor("#9e9e9e"))
            share = f" ({round(100 * n / total)}%)" if total and n else ""
            p.drawText(QRectF(x + 18, y, self.width() - x - 18, line), Qt.AlignmentFlag.AlignVCenter,
                       f"{display_name(status)}: {format_number(n)}{share}")
            y += line
        p.end()


class CompletionChart(QWidget):
    """Cumulative completed tasks per month (green bars) against those due by then (red line) and the total."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("completionChart")
        self.points: list[MonthPoint] = []
        self.total = 0
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_series(self, points: list[MonthPoint], total: int) -> None:
        self.points = list(points)
        self.total = total
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        legend_h = fm.height() + 8
        left, right, top, bottom = fm.horizontalAdvance("0000") + 10, 10, legend_h + 6, fm.height() + 8
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        top_value = max([self.total, 1] + [pt.due for pt in self.points])
        p.setPen(QColor("#bdbdbd"))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / top_value

        # total: a dashed grey line with its value
        p.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y_of(self.total)), QPointF(plot.right(), y_of(self.total)))
        p.setPen(QColor("#616161"))
        p.drawText(QRectF(0, y_of(self.total) - fm.height() / 2, left - 4, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, format_number(self.total))
        n = max(len(self.points), 1)
        slot = plot.width() / n
        path = QPainterPath()
        for i, pt in enumerate(self.points):
            x = plot.left() + slot * i
            if pt.completed is not None and pt.completed > 0:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(Status.DONE_ON_TIME.colour))
                p.drawRect(QRectF(x + slot * 0.2, y_of(pt.completed), slot * 0.6, plot.bottom() - y_of(pt.completed)))
            centre = QPointF(x + slot / 2, y_of(pt.due))
            path.lineTo(centre) if i else path.moveTo(centre)
            p.setPen(QColor("#424242"))
            p.drawText(QRectF(x, plot.bottom() + 2, slot, fm.height()), Qt.AlignmentFlag.AlignCenter, pt.label)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(Status.OVERDUE.colour), 2))
        p.drawPath(path)
        # legend
        x = float(left)
        for colour, text, is_line in (
            (Status.DONE_ON_TIME.colour, self.tr("Completed (cumulative)"), False),
            (Status.OVERDUE.colour, self.tr("Due by then (cumulative)"), True),
            ("#9e9e9e", self.tr("Total tasks"), True),
        ):
            if is_line:
                p.setPen(QPen(QColor(colour), 2, Qt.PenStyle.SolidLine if colour != "#9e9e9e" else Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, legend_h / 2), QPointF(x + 14, legend_h / 2))
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(colour))
                p.drawRect(QRectF(x, legend_h / 2 - 5, 14, 10))
            p.setPen(QColor("#212121"))
            width = fm.horizontalAdvance(text)
            p.drawText(QRectF(x + 18, 0, width + 4, legend_h), Qt.AlignmentFlag.AlignVCenter, text)
            x += 18 + width + 18
        p.end()
