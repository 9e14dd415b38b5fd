"""Shared look of our sheets: Times New Roman, thin borders, number formats, print setup, row heights."""

from __future__ import annotations

import functools
import math
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Times New Roman"
BODY_SIZE = 12
TITLE_SIZE = 13

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

NUMBER_FORMATS = {
    "int": "#,##0",
    "decimal": "#,##0.00",
    "percent": "0.0%",
    "date": "dd/mm/yyyy",
    "text": "@",
}

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
LEFT_INDENT = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)


def font(*, size: float = BODY_SIZE, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, color="000000")


def number_format(kind: str, override: str | None = None) -> str:
    return override or NUMBER_FORMATS[kind]


@functools.lru_cache(maxsize=8192)  # list exports repeat the same agency names thousands of times
def text_lines(text: str, width: float, *, size: float = BODY_SIZE, bold: bool = False) -> int:
    """Estimated wrapped line count of ``text`` in a column ``width`` characters wide.

    Column widths count Calibri-11 digits; LibreOffice and Excel fit about 1.25 Times-12 letters
    of Vietnamese text per unit (measured on rendered forms), capitals about 1.4 times fewer.
    Word-wrapping is simulated so long words are not split. Errs towards one line too many.
    """
    if not text:
        return 1
    n_letters = sum(map(str.isalpha, text))
    upper_share = sum(map(str.isupper, text)) / n_letters if n_letters else 0
    factor = (size / BODY_SIZE) * (1 + 0.35 * upper_share) * (1.05 if bold else 1)
    per_line = max(1.0, (width - 1.0) * 1.25 / factor)
    lines = 0
    for paragraph in text.split("\n"):
        used = 0.0
        lines += 1
        for word in paragraph.split():
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= per_line:
                used = need
            else:
                extra = math.ceil(len(word) / per_line) - 1
                lines += 1 + extra if used else extra
                used = len(word) - extra * per_line
    return max(lines, 1)


def line_height(size: float = BODY_SIZE) -> float:
    """Points per wrapped line, with a little air."""
    return size * 1.32


def set_row_height(ws: Worksheet | WriteOnlyWorksheet, row: int, lines: int, size: float = BODY_SIZE) -> None:
    ws.row_dimensions[row].height = row_height(lines, size)


def row_height(lines: int, size: float = BODY_SIZE) -> float:
    """Points for a row of ``lines`` wrapped lines."""
    return round(max(lines, 1) * line_height(size) + 4, 1)


def setup_print(ws: Worksheet | WriteOnlyWorksheet, *, landscape: bool, title_rows: tuple[int, int] | None) -> None:
    """A4, orientation, fit to one page wide, repeated header rows, footer "Trang &P / &N"."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # also for write-only sheets, which lack the constant
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    # inches: about 20 mm top/bottom, 15 mm sides (a form, not a Nghị định 30 document page)
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 11


def is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)
