"""A plain list (e.g. the filtered task list, issue 4) as a formatted, printable, injection-safe .xlsx."""

from __future__ import annotations

from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from . import styles
from .cells import save_atomically, sheet_title, write_value
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
    widths = [float(w) for _, w, _ in columns]
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title(title)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last_letter = get_column_letter(ncols)

    row = 1
    for text, font in (
        (title, styles.font(size=styles.TITLE_SIZE, bold=True)),
        (subtitle, styles.font(italic=True)),
    ):
        if not text:
            continue
        if ncols > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        cell = ws.cell(row, 1)
        set_text(cell, text)
        cell.font = font
        cell.alignment = styles.CENTER
        styles.set_row_height(
            ws, row, styles.text_lines(text, sum(widths) * 0.92, size=font.sz, bold=font.b), font.sz
        )
        row += 1
    row += 1  # a blank line before the table
    header_row = row
    lines = 1
    for i, (text, width, _) in enumerate(columns, start=1):
        cell = ws.cell(header_row, i)
        set_text(cell, text)
        cell.font = styles.font(bold=True)
        cell.alignment = styles.CENTER
        cell.border = styles.BORDER
        cell.fill = HEADER_FILL
        lines = max(lines, styles.text_lines(text, width, bold=True))
    styles.set_row_height(ws, header_row, lines)

    # Setting font/border/alignment cell by cell costs a style lookup each (10,000 rows: ~30 s); the
    # few distinct combinations are built once and their style array copied into each cell.
    body_font = styles.font()
    style_cache: dict[tuple[int, bool, str], StyleArray] = {}
    for values in rows:
        row += 1
        if len(values) > ncols:
            raise ValueError(f"Dòng {row - header_row} có {len(values)} giá trị nhưng chỉ có {ncols} cột")
        lines = 1
        for i, (_, width, kind) in enumerate(columns, start=1):
            value = values[i - 1] if i - 1 < len(values) else None
            cell = ws.cell(row, i)
            write_value(cell, value, kind, strict=False)
            textual = kind == "text" or isinstance(cell.value, str)
            key = (i, textual, cell.number_format)
            cached = style_cache.get(key)
            if cached is None:
                cell.font = body_font
                cell.border = styles.BORDER
                if textual:
                    cell.alignment = styles.LEFT if kind == "text" else styles.CENTER
                else:
                    cell.alignment = styles.CENTER if kind == "date" else styles.RIGHT
                style_cache[key] = copy(cell._style)
            else:
                cell._style = copy(cached)
            if textual:
                lines = max(lines, styles.text_lines(str(cell.value or ""), width))
        styles.set_row_height(ws, row, lines)

    last_row = max(row, header_row)
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{last_row}"
    ws.print_area = f"A1:{last_letter}{last_row}"
    styles.setup_print(ws, landscape=landscape, title_rows=(header_row, header_row))
    wb.properties.title = title
    wb.properties.creator = "TTHC Desktop"
    return save_atomically(wb, out_path)
