"""A PDF preview drawn with pypdfium2: page thumbnails, zoom, page navigation and a draggable box overlay.

pypdfium2 (with ``init_forms()``) draws signature appearances; QtPdf does not (docs/ARCHITECTURE.md §10.1). Pages are
rendered lazily: only those intersecting the visible area, cached per zoom. The overlay shows
rectangles given in PDF points (origin bottom-left, y up) — e.g. the signature boxes the report renderer
found — and lets the user drag one; ``box_moved(index, box)`` then gives the new position in PDF points.

    preview = PdfPreview()
    preview.load(path)
    preview.set_boxes([(0, 340.0, 120.0, 520.0, 200.0, "Chữ ký")])
    preview.box_moved.connect(lambda index, box: ...)   # box = (page_index, x0, y0, x1, y1, label)
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .page_parts import split

if TYPE_CHECKING:
    import pypdfium2 as pdfium

Box = tuple[int, float, float, float, float, str]  # page_index, x0, y0, x1, y1 (PDF points), label
GAP = 12  # pixels between pages and around them
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.25, 4.0, 1.25
CACHE_SIZE = 16


def render_page(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """One page at *scale* pixels per point, forms (signature appearances) included, as a detached QImage."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, may_draw_forms=True, prefer_bgrx=True)
        fmt = QImage.Format.Format_RGB32 if bitmap.mode == "BGRX" else QImage.Format.Format_BGR888
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        bitmap.close()
    finally:
        page.close()
    return image


class PdfOpenError(ValueError):
    """The file is missing or not a PDF pdfium can read (translated message)."""


def open_document(path: str | Path) -> pdfium.PdfDocument:
    """The PDF read into memory: pdfium given a path keeps the file open, and Windows then refuses to
    replace it (exporting the same report again while the preview shows it)."""
    import pypdfium2 as pdfium  # with the first PDF shown, not with the window (~30 ms at start-up)

    try:
        document = pdfium.PdfDocument(Path(path).read_bytes())
    except (OSError, pdfium.PdfiumError):
        raise PdfOpenError(QCoreApplication.translate("PdfPreview", "Could not open the PDF file “%1”.")
                           .replace("%1", str(path))) from None
    document.init_forms()  # must precede loading pages so form fields (signature widgets) are drawn
    return document


class _PageCanvas(QWidget):
    """All pages stacked vertically; paints only the exposed pages and the overlay boxes."""

    box_moved = Signal(int, object)
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPages")
        self.setMouseTracking(True)
        self.document: pdfium.PdfDocument | None = None
        self.sizes: list[tuple[float, float]] = []
        self.zoom = 1.0
        self.boxes: list[Box] = []
        self._cache: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._rects: list[QRect] = []
        self._drag: tuple[int, QPointF, QRectF] | None = None  # box index, press point, box rect at press
        self._drag_offset = QPointF()
        self.rendered: list[int] = []  # page indexes rendered since load (lets tests see the laziness)

    # -- geometry -------------------------------------------------------------------------
    def pixels_per_point(self) -> float:
        return self.zoom * max(self.logicalDpiX(), 72) / 72.0

    def relayout(self) -> None:
        s = self.pixels_per_point()
        widest = max((w for w, _ in self.sizes), default=0) * s
        y, rects = GAP, []
        for w, h in self.sizes:
            pw, ph = round(w * s), round(h * s)
            x = GAP + round((widest - pw) / 2)
            rects.append(QRect(x, y, pw, ph))
            y += ph + GAP
        self._rects = rects
        self.setFixedSize(QSize(round(widest) + 2 * GAP, max(y, 2 * GAP)))
        self.update()

    def page_rect(self, index: int) -> QRect:
        return self._rects[index]

    def page_at(self, y: int) -> int:
        for i, rect in enumerate(self._rects):
            if y < rect.bottom() + GAP:
                return i
        return max(len(self._rects) - 1, 0)

    def box_rect(self, box: Box) -> QRectF:
        """PDF points (y up) → widget pixels (y down) on the box's page."""
        page, x0, y0, x1, y1, _label = box
        rect, s = self._rects[page], self.pixels_per_point()
        height = self.sizes[page][1]
        return QRectF(rect.left() + x0 * s, rect.top() + (height - y1) * s, (x1 - x0) * s, (y1 - y0) * s)

    def _to_box(self, box: Box, rect: QRectF) -> Box:
        page, *_rest, label = box
        page_rect, s = self._rects[page], self.pixels_per_point()
        width, height = self.sizes[page]
        x0 = min(max((rect.left() - page_rect.left()) / s, 0.0), width - rect.width() / s)
        top = min(max((rect.top() - page_rect.top()) / s, 0.0), height - rect.height() / s)
        w, h = rect.width() / s, rect.height() / s
        return (page, round(x0, 2), round(height - top - h, 2), round(x0 + w, 2), round(height - top, 2), label)

    def box_index_at(self, point: QPointF) -> int | None:
        for i in reversed(range(len(self.boxes))):
            if 0 <= self.boxes[i][0] < len(self._rects) and self.box_rect(self.boxes[i]).contains(point):
                return i
        return None

    # -- rendering --------------------------------------------------------------------------
    def image(self, index: int) -> QImage:
        key = (index, round(self.pixels_per_point(), 4))
        image = self._cache.get(key)
        if image is None:
            image = render_page(self.document, index, key[1] * self.devicePixelRatioF())
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self._cache[key] = image
            self.rendered.append(index)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return image

    def clear_cache(self) -> None:
        self._cache.clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#8a8a8a"))
        if self.document is None:
            return
        for i, rect in enumerate(self._rects):
            if rect.intersects(event.rect()):
                painter.drawImage(rect.topLeft(), self.image(i))
                painter.setPen(QPen(QColor("#505050"), 1))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
        for i, box in enumerate(self.boxes):
            if not 0 <= box[0] < len(self._rects):
                continue
            rect = self.box_rect(box)
            if self._drag and self._drag[0] == i:
                rect = self._drag[2].translated(self._drag_offset)
            painter.setPen(QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine))
            painter.fillRect(rect, QColor(21, 101, 192, 40))
            painter.drawRect(rect)
            painter.setPen(QColor("#0d47a1"))
            painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             box[5])

    # -- dragging a box ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.box_index_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self._drag = (index, event.position(), self.box_rect(self.boxes[index]))
            self._drag_offset = QPointF()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag:
            self._drag_offset = event.position() - self._drag[1]
            self.update()
            return
        over = self.box_index_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._drag:
            super().mouseReleaseEvent(event)
            return
        index, start, rect = self._drag
        self._drag = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        offset = event.position() - start
        if offset.manhattanLength() < 1:
            self.update()
            return
        new_box = self._to_box(self.boxes[index], rect.translated(offset))
        self.boxes[index] = new_box
        self.update()
        self.box_moved.emit(index, new_box)


class PdfPreview(QWidget):
    """Thumbnails on the left, the pages on the right, a toolbar with page number and zoom."""

    page_changed = Signal(int)  # 0-based current page
    box_moved = Signal(int, object)  # index into set_boxes' list, new Box (PDF points)
    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.path: Path | None = None
        self._document: pdfium.PdfDocument | None = None
        self._current = 0
        self._fit_width = True
        self.canvas = _PageCanvas()
        self.canvas.box_moved.connect(self.box_moved)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pdfScroll")
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setBackgroundRole(self.scroll.backgroundRole())
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self.scroll.viewport().installEventFilter(self)  # refit the width when the view is resized
        self.thumbnails = QListWidget()
        self.thumbnails.setObjectName("pdfThumbnails")
        self.thumbnails.setIconSize(QSize(96, 136))
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)  # page number under each thumbnail
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListWidget.Movement.Static)
        self.thumbnails.setMinimumWidth(130)
        self.thumbnails.setSpacing(4)
        self.thumbnails.currentRowChanged.connect(self._on_thumbnails_current_row_changed)
        self.thumbnails.verticalScrollBar().valueChanged.connect(self._fill_visible_thumbnails)
        self._build_toolbar()
        splitter = split(self.thumbnails, self.scroll, stretch=(0, 1), sizes=[150, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(splitter, 1)
        self._update_controls()

    def _build_toolbar(self) -> None:
        self.toolbar = QHBoxLayout()
        self.prev_button = self._tool(self.tr("◀ Previous page"), self.previous_page)
        self.next_button = self._tool(self.tr("Next page ▶"), self.next_page)
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pdfPageSpin")
        self.page_spin.setMinimum(1)
        self.page_spin.valueChanged.connect(self._on_page_spin_value_changed)
        self.page_total = QLabel()
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_out_action = self._action(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_in_action = self._action(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.fit_action = self._action(self.tr("Fit width"), "Ctrl+0", self.fit_width)
        self.toolbar.addWidget(self.prev_button)
        self.toolbar.addWidget(QLabel(self.tr("Page")))
        self.toolbar.addWidget(self.page_spin)
        self.toolbar.addWidget(self.page_total)
        self.toolbar.addWidget(self.next_button)
        self.toolbar.addStretch(1)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            button = QToolButton()
            button.setDefaultAction(action)
            self.toolbar.addWidget(button)
        self.toolbar.addWidget(self.zoom_label)

    def _tool(self, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.clicked.connect(slot)
        return button

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- document ---------------------------------------------------------------------------
    def load(self, path: str | Path) -> int:
        """Show the PDF at *path* (replacing any other); returns its page count."""
        document = open_document(path)
        self.close_document()
        self.path = Path(path)
        self._document = document
        sizes = []
        for i in range(len(document)):
            page = document[i]
            sizes.append(page.get_size())
            page.close()
        self.canvas.document = document
        self.canvas.sizes = sizes
        self.canvas.rendered = []
        self.canvas.boxes = []
        self.canvas.clear_cache()
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        blank = QPixmap(self.thumbnails.iconSize())
        blank.fill(QColor("white"))
        for i in range(len(sizes)):
            item = QListWidgetItem(QIcon(blank), str(i + 1))
            item.setData(Qt.ItemDataRole.UserRole, False)  # thumbnail not rendered yet
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
        self.thumbnails.blockSignals(False)
        self._current = 0
        self.canvas.relayout()
        if self._fit_width:
            self.fit_width()
        self.go_to_page(0)
        self._update_controls()
        self._fill_visible_thumbnails()
        self.loaded.emit(len(sizes))
        return len(sizes)

    def close_document(self) -> None:
        self.canvas.document = None
        self.canvas.sizes = []
        self.canvas.clear_cache()
        self.canvas.relayout()
        if self._document is not None:
            self._document.close()
        self._document = None
        self.path = None
        self.thumbnails.clear()
        self._update_controls()

    def page_count(self) -> int:
        return len(self.canvas.sizes)

    def current_page(self) -> int:
        return self._current

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height of page *index* in PDF points."""
        return self.canvas.sizes[index]

    # -- navigation -------------------------------------------------------------------------
    def go_to_page(self, index: int) -> None:
        if not self.page_count():
            return
        index = min(max(index, 0), self.page_count() - 1)
        rect = self.canvas.page_rect(index)
        self.scroll.verticalScrollBar().setValue(rect.top() - GAP)
        # Portrait pages sit in the middle of a canvas as wide as the landscape appendices: centre the view.
        self.scroll.horizontalScrollBar().setValue(rect.center().x() - self.scroll.viewport().width() // 2)
        self._set_current(index)

    def next_page(self) -> None:
        self.go_to_page(self._current + 1)

    def previous_page(self) -> None:
        self.go_to_page(self._current - 1)

    def _set_current(self, index: int) -> None:
        if index == self._current and self.page_spin.value() == index + 1:
            return
        self._current = index
        self._update_controls()
        self.page_changed.emit(index)

    def _on_scroll_value_changed(self, value: int) -> None:
        if self.page_count():
            self._set_current(self.canvas.page_at(value + self.scroll.viewport().height() // 3))

    def _on_page_spin_value_changed(self, value: int) -> None:
        if value - 1 != self._current:
            self.go_to_page(value - 1)

    def _on_thumbnails_current_row_changed(self, row: int) -> None:
        if row >= 0 and row != self._current:
            self.go_to_page(row)

    # -- zoom -------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.canvas.zoom

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        page = self._current
        self._fit_width = fit
        self.canvas.zoom = min(max(zoom, ZOOM_MIN), ZOOM_MAX)
        self.canvas.clear_cache()
        self.canvas.relayout()
        self.go_to_page(page)
        self._update_controls()

    def zoom_in(self) -> None:
        self.set_zoom(self.canvas.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.canvas.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        # The current page's width: a landscape appendix must not shrink the portrait body to a thumbnail.
        widest = self.canvas.sizes[self._current][0] if self.page_count() else 0
        if not widest:
            self._fit_width = True
            return
        available = self.scroll.viewport().width() - 2 * GAP
        zoom = max(available, 100) / (widest * max(self.logicalDpiX(), 72) / 72.0)
        if abs(zoom - self.canvas.zoom) > 0.005 or not self._fit_width:
            self.set_zoom(zoom, fit=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            if self._fit_width and self.page_count():
                QTimer.singleShot(0, self.fit_width)  # not inside the resize itself
            QTimer.singleShot(0, self._fill_visible_thumbnails)
        return super().eventFilter(watched, event)

    # -- overlay ----------------------------------------------------------------------------
    def set_boxes(self, boxes: list[Box]) -> None:
        """Rectangles to draw over the pages, in PDF points; each can be dragged to a new place."""
        self.canvas.boxes = [(int(p), float(x0), float(y0), float(x1), float(y1), str(label))
                             for p, x0, y0, x1, y1, label in boxes]
        self.canvas.update()

    def boxes(self) -> list[Box]:
        return list(self.canvas.boxes)

    def box_widget_rect(self, index: int) -> QRect:
        """Where box *index* is drawn, in the page canvas' pixels (tests drag it with this)."""
        return self.canvas.box_rect(self.canvas.boxes[index]).toRect()

    # -- thumbnails and controls ------------------------------------------------------------
    def _fill_visible_thumbnails(self, *_args) -> None:
        if self._document is None:
            return
        viewport = self.thumbnails.viewport().rect()
        size = self.thumbnails.iconSize()
        for i in range(self.thumbnails.count()):
            item = self.thumbnails.item(i)
            if item.data(Qt.ItemDataRole.UserRole) or not self.thumbnails.visualItemRect(item).intersects(viewport):
                continue
            w, h = self.canvas.sizes[i]
            image = render_page(self._document, i, min(size.width() / w, size.height() / h))
            item.setIcon(QIcon(QPixmap.fromImage(image)))
            item.setData(Qt.ItemDataRole.UserRole, True)

    def _update_controls(self) -> None:
        count = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(count, 1))
        self.page_spin.setValue(self._current + 1)
        self.page_spin.blockSignals(False)
        self.page_spin.setEnabled(count > 0)
        self.page_total.setText(self.tr("of %1").replace("%1", str(count)))
        self.prev_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(self._current < count - 1)
        self.zoom_label.setText(f"{round(self.canvas.zoom * 100)}%")
        if 0 <= self._current < self.thumbnails.count() and self.thumbnails.currentRow() != self._current:
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(self._current)
            self.thumbnails.blockSignals(False)

    def visible_point(self, page: int, x: float, y: float) -> QPoint:
        """PDF point (x, y up) on *page* → canvas pixel, for tests and callers placing things."""
        s = self.canvas.pixels_per_point()
        rect = self.canvas.page_rect(page)
        return QPoint(round(rect.left() + x * s), round(rect.top() + (self.canvas.sizes[page][1] - y) * s))
