"""Printing a PDF through QPrinter into a PDF file (no dialog): one A4 sheet per page in the page's orientation,
the page range from the printer, the content really painted (read back with pypdfium2 and pdfinfo)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tthc_desktop.ui.widgets.pdf_preview import PdfOpenError
from tthc_desktop.ui.widgets.printing import page_range, print_pdf


def make_pdf(path: Path) -> Path:
    """Three pages: portrait, portrait, landscape; a black square at the top left of each."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(3):
        if i == 2:
            c.setPageSize(landscape(A4))
        width, height = c._pagesize
        c.setFillColor(black)
        c.rect(85, height - 185, 100, 100, fill=1, stroke=0)
        c.drawString(85, 60, f"Trang {i + 1}")
        c.showPage()
    c.save()
    return path


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)  # keep the test light; real printers use up to 300 dpi
    return printer


def page_sizes(path: Path) -> list[tuple[int, int]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True,
                         check=True).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and " size:" in line:
            w, h = line.split("size:")[1].split("pts")[0].split("x")
            sizes.append((round(float(w)), round(float(h))))
    return sizes


def test_prints_every_page_on_a4_in_its_orientation(qapp, tmp_path):
    source = make_pdf(tmp_path / "report.pdf")
    printed = tmp_path / "printed.pdf"
    assert print_pdf(source, pdf_printer(printed)) == 3
    assert page_sizes(printed) == [(595, 842), (595, 842), (842, 595)]
    # The black square is painted where the source has it (top left), not a blank sheet.
    document = pdfium.PdfDocument(str(printed))
    for index in range(3):
        page = document[index]
        image = page.render(scale=1).to_pil().convert("L")
        width, height = image.size
        assert image.getpixel((135, 135)) < 60, index  # inside the square (85..185 pt from the top left)
        assert image.getpixel((width // 2, height // 2)) > 200, index
        page.close()
    document.close()


def test_page_range_from_the_dialog(qapp, tmp_path):
    source = make_pdf(tmp_path / "report.pdf")
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert list(page_range(printer, 3)) == [1, 2]
    assert print_pdf(source, printer) == 2
    assert page_sizes(tmp_path / "range.pdf") == [(595, 842), (842, 595)]


def test_all_pages_when_no_range(qapp):
    printer = QPrinter()
    assert list(page_range(printer, 4)) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 9)
    assert list(page_range(printer, 4)) == [2, 3]


def test_missing_or_bad_file_is_a_clear_error(qapp, tmp_path):
    with pytest.raises(PdfOpenError, match="missing.pdf"):
        print_pdf(tmp_path / "missing.pdf", pdf_printer(tmp_path / "x.pdf"))
    (tmp_path / "bad.pdf").write_text("không phải PDF", encoding="utf-8")
    with pytest.raises(PdfOpenError, match="bad.pdf"):
        print_pdf(tmp_path / "bad.pdf", pdf_printer(tmp_path / "x.pdf"))
