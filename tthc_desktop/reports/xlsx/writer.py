"""An official form (biểu mẫu) as .xlsx, laid out from its :class:`FormDefinition` (docs/ARCHITECTURE.md §10.4).

Sheet layout, top to bottom: form code and legal basis (left) with the reporting unit (right);
the title lines, the period and "Đơn vị tính"; the merged header from the column tree; the
numbered column row (1, 2, 3 …); the rows (group rows with =SUM subtotals, data rows, the total
row as =SUM); computed columns as formulas. Printing: A4, the form's orientation, one page wide,
header rows repeated, footer "Trang &P / &N". Protection: only the input cells of data rows are
unlocked; the sheet has no password (it guards against slips, not people: Review › Unprotect).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..form_expressions import to_excel
from ..form_rows import FormRow, layout_rows
from ..forms import Column, FormDefinition
from . import styles
from .cells import save_atomically, sheet_title, write_value
from .safe_text import set_text
from .table import write_table_xlsx

__all__ = ["FormLayout", "form_layout", "write_form_xlsx", "write_table_xlsx"]

UNLOCKED = Protection(locked=False)
LOCKED = Protection(locked=True)
ERROR_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
MAX_SUM_ARGS = 250  # Excel allows 255 arguments per function


class FormLayout:
    """Where things landed on the sheet (1-based rows), for callers and tests."""

    def __init__(
        self, header_first: int, header_last: int, numbered_row: int, first_row: int, rows: list[FormRow]
    ) -> None:
        self.header_first = header_first
        self.header_last = header_last
        self.numbered_row = numbered_row
        self.first_row = first_row
        self.rows = rows

    @property
    def last_row(self) -> int:
        return self.first_row + len(self.rows) - 1

    def sheet_row(self, index: int) -> int:
        return self.first_row + index


def form_layout(
    form: FormDefinition,
    rows: Sequence[Mapping[str, object]],
    *,
    title_lines: Sequence[str],
    period_text: str,
) -> FormLayout:
    """Row positions ``write_form_xlsx`` uses for these arguments."""
    top = _heading_rows(form)
    titles = len(list(title_lines) or [form.title])
    header_first = top + 1 + titles + (1 if period_text else 0) + (1 if form.unit_label else 0)
    header_last = header_first + form.header_depth() - 1
    laid = layout_rows(form, rows)
    return FormLayout(header_first, header_last, header_last + 1, header_last + 2, laid)


def write_form_xlsx(
    form: FormDefinition,
    rows: list[dict],
    out_path: Path | str,
    *,
    title_lines: list[str],
    period_text: str,
    unit_name: str,
    protect: bool,
) -> Path:
    """Write ``rows`` (see :func:`..form_rows.layout_rows`) as the form ``form``; return the path.

    ``title_lines`` replace the form's own title when given (e.g. ["PHỤ LỤC II", "…"]); an
    empty list keeps the title of the definition. ``period_text`` is printed under the title,
    e.g. "(Từ ngày 15/12/2024 đến ngày 14/6/2025)".
    """
    layout = form_layout(form, rows, title_lines=title_lines, period_text=period_text)
    leaves = form.leaf_columns()
    ncols = len(leaves)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title(form.code or form.title)
    for col in leaves:
        ws.column_dimensions[get_column_letter(col.number)].width = col.width
    widths = [c.width for c in leaves]

    _heading_block(ws, form, unit_name, widths)
    row = _heading_rows(form) + 1
    for line in title_lines or [form.title]:
        _full_width_line(ws, row, ncols, line, widths, styles.font(size=styles.TITLE_SIZE, bold=True))
        row += 1
    if period_text:
        _full_width_line(ws, row, ncols, period_text, widths, styles.font(italic=True))
        row += 1
    if form.unit_label:
        _full_width_line(
            ws, row, ncols, form.unit_label, widths, styles.font(italic=True), align=styles.RIGHT
        )
        row += 1
    assert row == layout.header_first

    _header(ws, form, layout.header_first, widths)
    for col in leaves:
        cell = ws.cell(layout.numbered_row, col.number, col.number)
        cell.font = styles.font(size=11, italic=True)
        cell.alignment = styles.CENTER
        cell.border = styles.BORDER
        cell.number_format = "0"

    _body(ws, form, layout, protect)
    _checks(ws, form, layout)

    ws.freeze_panes = f"A{layout.first_row}"
    ws.print_area = f"A1:{get_column_letter(ncols)}{max(layout.last_row, layout.numbered_row)}"
    styles.setup_print(
        ws, landscape=form.orientation == "landscape", title_rows=(layout.header_first, layout.numbered_row)
    )
    if protect:
        ws.protection.sheet = True
        # resizing rows and columns stays allowed; editing locked cells does not
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
    wb.properties.title = form.title
    wb.properties.creator = "TTHC Desktop"
    wb.custom_doc_props.append(StringProperty(name="tthc_form_id", value=form.id))
    wb.custom_doc_props.append(StringProperty(name="tthc_form_version", value=form.version))
    return save_atomically(wb, out_path)


def _heading_rows(form: FormDefinition) -> int:
    """Rows before the title: code and legal basis (statistical forms) or the unit line, then a blank."""
    return 3 if form.code else 2


def _split(widths: Sequence[float]) -> int:
    """Number of columns of the left half of the heading block (about 45 % of the width)."""
    total, running = sum(widths), 0.0
    for i, w in enumerate(widths, start=1):
        running += w
        if running >= 0.45 * total:
            return min(i, len(widths) - 1) if len(widths) > 1 else 1
    return len(widths)


def _merged_text(ws: Worksheet, row: int, first: int, last: int, text: str, font: Font, align) -> None:
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    cell = ws.cell(row, first)
    set_text(cell, text)
    cell.font = font
    cell.alignment = align


def _heading_block(ws: Worksheet, form: FormDefinition, unit_name: str, widths: Sequence[float]) -> None:
    split = _split(widths)
    ncols = len(widths)
    left_w, right_w = sum(widths[:split]), sum(widths[split:])
    lines = 1
    if form.code:
        _merged_text(ws, 1, 1, split, form.code, styles.font(bold=True), styles.LEFT)
        if form.legal_basis:
            basis = f"(Ban hành kèm theo {form.legal_basis})"
            _merged_text(ws, 2, 1, split, basis, styles.font(size=11, italic=True), styles.TOP_LEFT)
            styles.set_row_height(ws, 2, styles.text_lines(basis, left_w, size=11), 11)
    if unit_name and ncols > 1:
        text = f"Đơn vị báo cáo: {unit_name}"
        _merged_text(ws, 1, split + 1, ncols, text, styles.font(bold=True), styles.RIGHT)
        lines = max(lines, styles.text_lines(text, right_w, bold=True))
    styles.set_row_height(ws, 1, lines)


def _full_width_line(
    ws: Worksheet, row: int, ncols: int, text: str, widths: Sequence[float], font: Font, align=styles.CENTER
) -> None:
    _merged_text(ws, row, 1, ncols, text, font, align)
    lines = styles.text_lines(text, sum(widths) * 0.92, size=font.sz or styles.BODY_SIZE, bold=bool(font.b))
    styles.set_row_height(ws, row, lines, font.sz or styles.BODY_SIZE)


def _header(ws: Worksheet, form: FormDefinition, first: int, widths: Sequence[float]) -> None:
    depth = form.header_depth()
    needs = [1.0] * depth  # lines per header row
    spanning: list[tuple[int, int, int]] = []  # (row, rowspan, lines)
    for hc in form.header_rows():
        r, c = first + hc.row - 1, hc.col
        r2, c2 = r + hc.rowspan - 1, c + hc.colspan - 1
        if (r2, c2) != (r, c):
            ws.merge_cells(start_row=r, start_column=c, end_row=r2, end_column=c2)
        for rr, cc in itertools.product(range(r, r2 + 1), range(c, c2 + 1)):
            ws.cell(rr, cc).border = styles.BORDER
        cell = ws.cell(r, c)
        set_text(cell, hc.title)
        cell.font = styles.font(bold=True)
        cell.alignment = styles.CENTER
        lines = styles.text_lines(hc.title, sum(widths[c - 1 : c2]), bold=True)
        if hc.rowspan == 1:
            needs[hc.row - 1] = max(needs[hc.row - 1], lines)
        else:
            spanning.append((hc.row - 1, hc.rowspan, lines))
    for start, span, lines in spanning:  # a tall merged cell: give the missing lines to its last row
        missing = lines - sum(needs[start : start + span])
        if missing > 0:
            needs[start + span - 1] += missing
    for i, lines in enumerate(needs):
        styles.set_row_height(ws, first + i, int(lines))


def _sum_formula(letter: str, sheet_rows: Sequence[int]) -> str:
    if not sheet_rows:
        return "0"
    ranges: list[str] = []
    for _, run in itertools.groupby(enumerate(sheet_rows), key=lambda p: p[1] - p[0]):
        run_rows = [r for _, r in run]
        a, b = run_rows[0], run_rows[-1]
        ranges.append(f"{letter}{a}" if a == b else f"{letter}{a}:{letter}{b}")
    while len(ranges) > MAX_SUM_ARGS:  # nest, so any number of groups fits
        ranges = [
            f"SUM({','.join(ranges[i : i + MAX_SUM_ARGS])})" for i in range(0, len(ranges), MAX_SUM_ARGS)
        ]
    return f"SUM({','.join(ranges)})"


def _body(ws: Worksheet, form: FormDefinition, layout: FormLayout, protect: bool) -> None:
    leaves = form.leaf_columns()
    letters = {c.key: get_column_letter(c.number) for c in leaves}
    spec = form.rows
    summed = set(form.totals.columns) if form.totals else set()
    for index, frow in enumerate(layout.rows):
        r = layout.sheet_row(index)
        bold = frow.kind in ("group", "total")
        lines = 1
        for col in leaves:
            cell = ws.cell(r, col.number)
            cell.border = styles.BORDER
            cell.font = styles.font(bold=bold)
            if col.formula is not None and (frow.kind == "data" or frow.sum_of):
                cell.value = "=" + to_excel(col.formula, lambda k, r=r: f"{letters[k]}{r}")
                cell.number_format = styles.number_format(col.type, col.number_format)
            elif frow.sum_of and col.key in summed:
                rows = [layout.sheet_row(j) for j in frow.sum_of]
                cell.value = "=" + _sum_formula(letters[col.key], rows)
                cell.number_format = styles.number_format(col.type, col.number_format)
            else:
                write_value(cell, frow.values.get(col.key), col.type, col.number_format)
            cell.alignment = _alignment(col, spec.number_column, spec.label_column)
            if col.key == spec.label_column and frow.kind == "data" and frow.depth:
                cell.alignment = styles.LEFT_INDENT
            if col.type == "text" and isinstance(cell.value, str):
                lines = max(lines, styles.text_lines(cell.value, col.width, bold=bold))
            if protect:
                editable = frow.kind == "data" and col.input and col.formula is None
                cell.protection = UNLOCKED if editable else LOCKED
        if frow.kind == "group" and not frow.sum_of and spec.label_column:
            lines = _merge_group_label(ws, r, form.column(spec.label_column), leaves)
        styles.set_row_height(ws, r, lines)
    _input_validation(ws, form, layout)


def _merge_group_label(ws: Worksheet, r: int, label: Column, leaves: Sequence[Column]) -> int:
    """A heading row without figures (e.g. "I. Rà soát TTHC") runs across to the last column."""
    last = leaves[-1].number
    if label.number < last:
        ws.merge_cells(start_row=r, start_column=label.number, end_row=r, end_column=last)
    text = ws.cell(r, label.number).value or ""
    width = sum(c.width for c in leaves if c.number >= label.number)
    return styles.text_lines(str(text), width, bold=True)


def _alignment(col: Column, number_column: str | None, label_column: str | None):
    if col.key == number_column:
        return styles.CENTER
    if col.type == "text":
        return styles.LEFT
    if col.type == "date":
        return styles.CENTER
    return styles.RIGHT


def _input_validation(ws: Worksheet, form: FormDefinition, layout: FormLayout) -> None:
    """Excel refuses a negative or non-whole number typed into an input cell."""
    data_rows = [layout.sheet_row(i) for i, fr in enumerate(layout.rows) if fr.kind == "data"]
    if not data_rows:
        return
    for col in form.leaf_columns():
        if not (col.input and col.type in ("int", "decimal") and col.formula is None):
            continue
        dv = DataValidation(
            type="whole" if col.type == "int" else "decimal",
            operator="greaterThanOrEqual",
            formula1=str(col.min if col.min is not None else -(10**12)),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Số liệu không hợp lệ",
            error=("Chỉ nhập số nguyên" if col.type == "int" else "Chỉ nhập số")
            + (f" không nhỏ hơn {col.min}" if col.min is not None else ""),
        )
        letter = get_column_letter(col.number)
        for _, run in itertools.groupby(enumerate(data_rows), key=lambda p: p[1] - p[0]):
            run_rows = [rr for _, rr in run]
            dv.add(f"{letter}{run_rows[0]}:{letter}{run_rows[-1]}")
        ws.add_data_validation(dv)


def _checks(ws: Worksheet, form: FormDefinition, layout: FormLayout) -> None:
    """The form's validations as conditional formatting: a broken check turns its cell red."""
    if not layout.rows:
        return
    letters = {c.key: get_column_letter(c.number) for c in form.leaf_columns()}
    first, last = layout.first_row, layout.last_row
    for rule in form.validations:
        formula = to_excel(rule.expression, lambda k: f"${letters[k]}{first}")
        target = f"{letters[rule.cell]}{first}:{letters[rule.cell]}{last}"
        ws.conditional_formatting.add(
            target, FormulaRule(formula=[formula], fill=ERROR_FILL, font=Font(color="9C0006"))
        )
