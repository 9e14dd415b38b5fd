"""Printing a PDF through QPrinter: each page rendered with pypdfium2 (signature appearances included) and
painted on an A4 sheet in the page's own orientation; the print dialog chooses the printer and page range."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from .pdf_preview import open_document, render_page

MAX_DPI = 300  # a 1200 dpi A4 page would be half a gigabyte of pixels; 300 dpi prints text crisply


class PrintError(RuntimeError):
    """The printer could not be started (Vietnamese message)."""


def page_range(printer: QPrinter, page_count: int) -> range:
    """0-based pages chosen in the dialog (all when no range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first <= 0:
        return range(page_count)
    return range(min(first, page_count) - 1, min(max(last, first), page_count))


def print_pdf(path: str | Path, printer: QPrinter) -> int:
    """Print the PDF at *path* on *printer* (already set up); returns the number of pages printed."""
    document = open_document(path)
    try:
        pages = page_range(printer, len(document))
        if not len(pages):
            return 0
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF carries its own margins
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        for n, index in enumerate(pages):
            page = document[index]
            width, height = page.get_size()
            page.close()
            orientation = (QPageLayout.Orientation.Landscape if width > height
                           else QPageLayout.Orientation.Portrait)
            printer.setPageOrientation(orientation)
            if n == 0:
                if not painter.begin(printer):
                    raise PrintError(QCoreApplication.translate(
                        "Printing", "Could not start printing on “%1”.").replace("%1", printer.printerName()
                                                                                 or printer.outputFileName()))
            elif not printer.newPage():
                raise PrintError(QCoreApplication.translate("Printing", "The printer stopped at page %1.")
                                 .replace("%1", str(index + 1)))
            image = render_page(document, index, dpi / 72.0)
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            # Keep the page's proportions inside the printable sheet.
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(target.left() + (target.width() - w) / 2,
                                     target.top() + (target.height() - h) / 2, w, h), image)
        painter.end()
        return len(pages)
    finally:
        document.close()


def print_pdf_with_dialog(parent: QWidget | None, path: str | Path, page_count: int) -> int:
    """Show the print dialog (printer, copies, page range) and print; returns pages printed (0 if cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(Path(path).stem)
    printer.setFromTo(1, max(page_count, 1))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pdf(path, printer)
