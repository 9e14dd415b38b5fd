"""The PDF preview: page count, lazy rendering, navigation, zoom with shortcuts, form fields drawn (pdfium
init_forms), and the box overlay: PDF points → pixels with y flipped, dragged with the mouse → box_moved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from reportlab.lib.colors import black, red
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tthc_desktop.ui.widgets.pdf_preview import PdfPreview


def make_pdf(path: Path, pages: int = 6, *, form: bool = False) -> Path:
    """Portrait A4 pages with a black square at (100, 600)–(200, 700) pt; the last page landscape."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(pages):
        if i == pages - 1:
            c.setPageSize(landscape(A4))
        c.setFillColor(black)
        c.rect(100, 400 if i == pages - 1 else 600, 100, 100, fill=1, stroke=0)
        c.drawString(100, 80, f"Trang {i + 1}")
        if form and i == 0:
            # A form widget: its appearance is drawn only by a renderer that handles forms.
            c.acroForm.textfield(name="sig", x=300, y=300, width=150, height=60, value="KY SO",
                                 fillColor=red, borderColor=red, textColor=black)
        c.showPage()
    c.save()
    return path


@pytest.fixture
def preview(qtbot):
    widget = PdfPreview()
    qtbot.add_widget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


def test_load_counts_pages_and_renders_lazily(preview, tmp_path, qtbot):
    assert preview.load(make_pdf(tmp_path / "a.pdf")) == 6
    assert preview.page_count() == 6 and preview.current_page() == 0
    assert preview.page_size(0) == pytest.approx(A4) and preview.page_size(5) == pytest.approx(landscape(A4))
    preview.scroll.viewport().grab()  # paints what the view shows
    assert 0 in preview.canvas.rendered and 5 not in preview.canvas.rendered  # only what is visible
    assert preview.thumbnails.count() == 6
    assert preview.thumbnails.item(0).data(Qt.ItemDataRole.UserRole) is True  # visible thumbnail rendered
    assert preview.thumbnails.item(5).data(Qt.ItemDataRole.UserRole) is False
    with qtbot.wait_signal(preview.page_changed) as blocker:
        preview.go_to_page(5)
    assert blocker.args == [5] and preview.current_page() == 5
    preview.scroll.viewport().grab()
    assert 5 in preview.canvas.rendered
    assert preview.page_spin.value() == 6 and not preview.next_button.isEnabled()
    assert preview.thumbnails.currentRow() == 5
    preview.previous_page()
    assert preview.current_page() == 4
    preview.thumbnails.setCurrentRow(1)
    assert preview.current_page() == 1


def test_page_is_drawn_where_the_pdf_says(preview, tmp_path):
    preview.load(make_pdf(tmp_path / "a.pdf", 2))
    image = preview.canvas.grab().toImage()
    inside = preview.visible_point(0, 150, 650)  # centre of the black square
    outside = preview.visible_point(0, 150, 750)  # above it: white paper
    assert image.pixelColor(inside).lightness() < 40
    assert image.pixelColor(outside).lightness() > 230


def test_zoom_and_shortcuts(preview, tmp_path, qtbot):
    preview.load(make_pdf(tmp_path / "a.pdf", 2))
    fit = preview.zoom()
    width = preview.canvas.width()
    # Fit width on load fits the current (portrait) page; the landscape page is wider and scrolls.
    assert abs(preview.canvas.page_rect(0).width() + 24 - preview.scroll.viewport().width()) < 4
    assert preview.canvas.page_rect(1).width() > preview.scroll.viewport().width()
    preview.zoom_in()
    assert preview.zoom() == pytest.approx(fit * 1.25) and preview.canvas.width() > width
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() == pytest.approx(fit)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() < fit
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() == pytest.approx(fit, rel=0.02)
    assert preview.zoom_label.text() == f"{round(preview.zoom() * 100)}%"
    assert preview.fit_action.shortcut().toString() == "Ctrl+0"


def test_form_fields_are_drawn(preview, tmp_path):
    preview.load(make_pdf(tmp_path / "f.pdf", 1, form=True))
    image = preview.canvas.grab().toImage()
    colour = image.pixelColor(preview.visible_point(0, 302, 302))  # the red border/background of the widget
    assert colour.red() > 150 and colour.green() < 120, colour.name()


def test_boxes_are_drawn_and_dragged(preview, tmp_path, qtbot):
    preview.load(make_pdf(tmp_path / "a.pdf", 2))
    preview.set_boxes([(0, 300.0, 100.0, 450.0, 170.0, "Chữ ký người ký"), (1, 300.0, 100.0, 450.0, 170.0, "Dấu")])
    rect = preview.box_widget_rect(0)
    s = preview.canvas.pixels_per_point()
    # y flipped: the box's top (170 pt) is (842 − 170) pt below the page's top edge.
    assert rect.top() == pytest.approx(preview.canvas.page_rect(0).top() + (842 - 170) * s, abs=1)
    assert rect.width() == pytest.approx(150 * s, abs=1)
    image = preview.canvas.grab().toImage()
    edge = [image.pixelColor(rect.left(), y) for y in range(rect.top(), rect.bottom())]
    assert QColor("#1565c0") in edge  # the dashed outline

    start = rect.center()
    end = start + QPoint(round(40 * s), round(30 * s))  # 40 pt right, 30 pt down
    with qtbot.wait_signal(preview.box_moved) as blocker:
        qtbot.mousePress(preview.canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(preview.canvas, pos=start + QPoint(5, 5))
        qtbot.mouseMove(preview.canvas, pos=end)
        qtbot.mouseRelease(preview.canvas, Qt.MouseButton.LeftButton, pos=end)
    index, box = blocker.args
    page, x0, y0, x1, y1, label = box
    assert index == 0 and page == 0 and label == "Chữ ký người ký"
    assert x0 == pytest.approx(340, abs=1.5) and x1 == pytest.approx(490, abs=1.5)
    assert y0 == pytest.approx(70, abs=1.5) and y1 == pytest.approx(140, abs=1.5)  # moved down → smaller y
    assert preview.boxes()[0] == box and preview.boxes()[1][1:5] == (300.0, 100.0, 450.0, 170.0)


def test_box_cannot_leave_the_page(preview, tmp_path, qtbot):
    preview.load(make_pdf(tmp_path / "a.pdf", 1))
    preview.set_boxes([(0, 400.0, 20.0, 550.0, 90.0, "Chữ ký")])
    start = preview.box_widget_rect(0).center()
    end = start + QPoint(2000, 2000)
    with qtbot.wait_signal(preview.box_moved) as blocker:
        qtbot.mousePress(preview.canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(preview.canvas, pos=end)
        qtbot.mouseRelease(preview.canvas, Qt.MouseButton.LeftButton, pos=end)
    _page, x0, y0, x1, y1, _label = blocker.args[1]
    assert x1 == pytest.approx(preview.page_size(0)[0], abs=0.5) and y0 == pytest.approx(0, abs=0.5)
    assert x1 - x0 == pytest.approx(150, abs=0.5) and y1 - y0 == pytest.approx(70, abs=0.5)


def test_reload_and_close(preview, tmp_path):
    preview.load(make_pdf(tmp_path / "a.pdf", 3))
    preview.go_to_page(2)
    assert preview.load(make_pdf(tmp_path / "b.pdf", 2)) == 2 and preview.current_page() == 0
    preview.close_document()
    assert preview.page_count() == 0 and preview.thumbnails.count() == 0
    assert preview.page_total.text() == "of 0"
