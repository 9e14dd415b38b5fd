"""A plain list (e.g. the filtered task list, issue 4) as a formatted, printable, injection-safe .xlsx."""

from __future__ import annotations

from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension

from . import styles
from .cells import put_value, save_atomically, sheet_title
from .safe_text import set_text

HEADER_FILL = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
KINDS = ("int", "text", "decimal", "percent", "date")


def write_table_xlsx(
    columns: list[tuple[str, float, str]],
    rows: list[list],
    out_path: Path | str,
    *,
    title: str,
    subtitle: str = "",
    landscape: bool = True,
) -> Path:
    """One sheet: title, optional subtitle, a header row (repeated on every printed page), rows.

    ``columns`` are (title, width in characters, kind) with kind one of int, text, decimal,
    percent, date. A string in a number or date column (e.g. "Thường xuyên" as a deadline) is
    written as text; everything textual goes through ``set_text`` so "=…" never becomes a formula.
    """
    if not columns:
        raise ValueError("Danh sách xuất ra Excel phải có ít nhất một cột")
    for _, width, kind in columns:
        if kind not in KINDS:
            raise ValueError(f"Kiểu cột không hợp lệ: «{kind}» (chỉ {', '.join(KINDS)})")
        if not 1 <= width <= 120:
            raise ValueError(f"Độ rộng cột {width} ngoài khoảng 1–120")
    ncols = len(columns)
    for n, values in enumerate(rows, start=1):  # before anything is written: a bad row leaves no file
        if len(values) > ncols:
            raise ValueError(f"Dòng {n} có {len(values)} giá trị nhưng chỉ có {ncols} cột")
    widths = [float(w) for _, w, _ in columns]
    # Streamed (write-only): rows go straight to the sheet's XML instead of a cell grid that is walked
    # again on save; everything before the rows (widths, frozen panes, print setup) is set first.
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title(title))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last_letter = get_column_letter(ncols)
    heading = [(text, font) for text, font in ((title, styles.font(size=styles.TITLE_SIZE, bold=True)),
                                               (subtitle, styles.font(italic=True))) if text]
    header_row = len(heading) + 2  # a blank line before the table
    last_row = header_row + len(rows)
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{last_row}"
    ws.print_area = f"A1:{last_letter}{last_row}"
    styles.setup_print(ws, landscape=landscape, title_rows=(header_row, header_row))
    # Every appended row is a list of prepared cells. openpyxl would first try to bind each as a value and
    # build an error message from its repr before taking it as a cell (a third of the writing time).
    ws._values_to_row = _placed

    for row, (text, font) in enumerate(heading, start=1):
        if ncols > 1:
            ws.merged_cells.add(f"A{row}:{last_letter}{row}")
        cell = WriteOnlyCell(ws)
        set_text(cell, text)
        cell.font = font
        cell.alignment = styles.CENTER
        styles.set_row_height(
            ws, row, styles.text_lines(text, sum(widths) * 0.92, size=font.sz, bold=font.b), font.sz
        )
        ws.append([cell])
    ws.append([])

    header: list[Cell] = []
    lines = 1
    for text, width, _ in columns:
        cell = WriteOnlyCell(ws)
        set_text(cell, text)
        cell.font = styles.font(bold=True)
        cell.alignment = styles.CENTER
        cell.border = styles.BORDER
        cell.fill = HEADER_FILL
        header.append(cell)
        lines = max(lines, styles.text_lines(text, width, bold=True))
    styles.set_row_height(ws, header_row, lines)
    ws.append(header)

    # Setting font/border/alignment/number format cell by cell costs a style lookup each; the few distinct
    # combinations (column, text or not, quote prefix) are built once and their style array copied.
    body_font = styles.font()
    style_cache: dict[tuple[int, bool, bool], tuple[StyleArray, int]] = {}
    # The column's number format goes on before the value: a date bound to a General cell would get
    # openpyxl's own date format looked up first, for every cell.
    format_only: list[StyleArray | None] = []
    for _, _, kind in columns:
        probe = WriteOnlyCell(ws)
        if kind != "text":
            probe.number_format = styles.number_format(kind)
        format_only.append(probe._style if kind != "text" else None)
    # Text no longer than this fits one line whatever its letters (text_lines' narrowest line for body text):
    # numbers and short statuses skip the estimate, and do not crowd the long texts out of its cache.
    plan = [(i, width, kind, format_only[i], (width - 1.0) * 1.25 / 1.35) for i, (_, width, kind) in enumerate(columns)]
    heights: dict[int, dict[str, str]] = {}
    for row, values in enumerate(rows, start=header_row + 1):
        lines = 1
        cells: list[Cell] = []
        for i, width, kind, fmt, one_line in plan:
            value = values[i] if i < len(values) else None
            cell = _BodyCell(ws, row=row, column=i + 1)
            if fmt is not None:  # shared until something changes it: only text can (the quote prefix)
                cell._style = copy(fmt) if isinstance(value, str) else fmt
            if value is not None:  # a new cell is empty already
                put_value(cell, value, kind, strict=False)
            text = cell._value if isinstance(cell._value, str) else None
            textual = kind == "text" or text is not None
            key = (i, textual, cell._style is not None and bool(cell._style.quotePrefix))
            cached = style_cache.get(key)
            if cached is None:
                cell._style = copy(cell._style) if cell._style is not None else StyleArray()
                cell.font = body_font
                cell.border = styles.BORDER
                if textual:
                    cell.alignment = styles.LEFT if kind == "text" else styles.CENTER
                else:
                    cell.alignment = styles.CENTER if kind == "date" else styles.RIGHT
                shared = copy(cell._style)
                cached = style_cache[key] = (shared, wb._cell_styles.add(shared))
            # shared: the cell is written at once and never restyled
            cell._style, cell.style_id = cached
            if text is not None and (len(text) > one_line or "\n" in text):
                lines = max(lines, styles.text_lines(text, width))
            cells.append(cell)
        # A write-only sheet only reads a row's dimension as the row's XML attributes, as the row is written:
        # one attribute dict per distinct height, serialised once (10,000 RowDimension objects, each
        # serialised field by field, cost a tenth of the export).
        attributes = heights.get(lines)
        if attributes is None:
            attributes = heights[lines] = dict(RowDimension(ws, ht=styles.row_height(lines)))
        ws.row_dimensions[row] = attributes
        ws.append(cells)

    wb.properties.title = title
    wb.properties.creator = "TTHC Desktop"
    return save_atomically(wb, out_path)


def _placed(cells: list[Cell], row: int):
    """The cells of one appended row, given their coordinates (WriteOnlyWorksheet._values_to_row for cells)."""
    for column, cell in enumerate(cells, start=1):
        cell.row, cell.column = row, column
        yield cell


class _BodyCell(Cell):
    """A body cell whose style index is looked up once per distinct style, not hashed again for every cell
    as openpyxl's Cell.style_id does while writing (one of the biggest costs of a 10,000-row export)."""

    __slots__ = ("style_id",)
