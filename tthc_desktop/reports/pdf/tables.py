"""Grid tables of an official document: merged two-level header repeated on every page,
wrapped cell text (a Paragraph per cell), bold section and total rows."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import Table as RLTable

from tthc_desktop.reports.pdf import layout
from tthc_desktop.reports.pdf.document import Table
from tthc_desktop.reports.pdf.fonts import font_name
from tthc_desktop.reports.pdf.layout import Styles, build_styles

CELL_PADDING = 3.0
GRID_WIDTH = 0.5


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    # Keep the user's line breaks inside a cell.
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _aligned(style: ParagraphStyle, align: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{align}", parent=style, alignment=layout.ALIGNMENTS[align])


def header_row_count(table: Table) -> int:
    return (2 if table.groups else 1) + (1 if table.number_row else 0)


class RowTooTall(ValueError):
    """A table row does not fit on one page (reportlab cannot split it cleanly)."""


def build_table(table: Table, width: float, frame_height: float | None = None, name: str = "") -> RLTable:
    """Lay *table* out at *width* points, column widths proportional to their weights.

    With *frame_height*, a row taller than a page (minus the repeated header) raises
    :class:`RowTooTall` with a message naming the table (*name*) and the row.
    """
    styles: Styles = build_styles(table.font_size or layout.SIZE_TABLE)
    n = len(table.columns)
    total_weight = sum(col.width for col in table.columns) or 1.0
    widths = [width * col.width / total_weight for col in table.columns]

    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, "black"),
        # Also for empty cells: the default (Helvetica) would be declared, unembedded.
        ("FONTNAME", (0, 0), (-1, -1), font_name()),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    data: list[list[object]] = []

    # Header: group titles over their columns; ungrouped columns span both rows.
    if table.groups:
        top: list[object] = [""] * n
        bottom: list[object] = [""] * n
        grouped: set[int] = set()
        for group in table.groups:
            top[group.first] = _para(group.title, styles.header_cell)
            commands.append(("SPAN", (group.first, 0), (group.last, 0)))
            grouped.update(range(group.first, group.last + 1))
        for i, col in enumerate(table.columns):
            if i in grouped:
                bottom[i] = _para(col.title, styles.header_cell)
            else:
                top[i] = _para(col.title, styles.header_cell)
                commands.append(("SPAN", (i, 0), (i, 1)))
        data += [top, bottom]
    else:
        data.append([_para(col.title, styles.header_cell) for col in table.columns])
    if table.number_row:
        number_style = ParagraphStyle("NumberRow", parent=styles.cell_italic, alignment=layout.ALIGNMENTS["center"])
        data.append([_para(f"({i + 1})", number_style) for i in range(n)])
    header_rows = len(data)

    cell_styles = {
        None: [_aligned(styles.cell, col.align) for col in table.columns],
        "bold": [_aligned(styles.cell_bold, col.align) for col in table.columns],
        "italic": [_aligned(styles.cell_italic, col.align) for col in table.columns],
    }
    cell_styles["section"] = cell_styles["bold"]
    for r, row in enumerate(table.rows):
        kind = table.row_styles.get(r)
        cells = list(row) + [""] * (n - len(row))
        data.append([_para(text, cell_styles[kind][i]) for i, text in enumerate(cells[:n])])
        if kind == "section":
            # "I | NHIỆM VỤ CHUNG | | …": the last filled cell spans the empty ones after it.
            last = max((i for i, text in enumerate(cells[:n]) if text.strip()), default=0)
            if last < n - 1:
                commands.append(("SPAN", (last, header_rows + r), (n - 1, header_rows + r)))
                data[-1][last] = _para(cells[last], styles.cell_bold)

    row_heights: list[float | None] | None = None
    if frame_height is not None:
        body = _check_row_heights(data, widths, header_rows, frame_height, name)
        # The check has wrapped every body cell already: hand reportlab those heights instead of letting it
        # wrap every cell again. Header rows and section rows (spans) are left to reportlab's own sizing.
        spanned = {header_rows + r for r, kind in table.row_styles.items() if kind == "section"}
        row_heights = [None] * header_rows + [None if header_rows + i in spanned else h for i, h in enumerate(body)]

    rl_table = RLTable(
        data,
        colWidths=widths,
        rowHeights=row_heights,
        repeatRows=header_rows if table.repeat_header else 0,
        # No splitInRow: reportlab 4's row splitting garbles the repeated header.
        hAlign="CENTER",
    )
    rl_table.setStyle(commands)
    return rl_table


def _row_height(row: list[object], widths: list[float]) -> float:
    """The height reportlab gives an unspanned row: tallest wrapped cell plus top and bottom padding."""
    padding = 2 + 3
    heights = [
        cell.wrap(w - 2 * CELL_PADDING, 1e6)[1] if isinstance(cell, Paragraph) else 0.0
        for cell, w in zip(row, widths, strict=False)
    ]
    return max(heights, default=0.0) + padding


def _check_row_heights(
    data: list[list[object]], widths: list[float], header_rows: int, frame_height: float, name: str
) -> list[float]:
    """Each body row's height; raises RowTooTall for the first that cannot fit on a page."""
    header = sum(_row_height(row, widths) for row in data[:header_rows])
    room = frame_height - header - 60  # the appendix title takes the top of its first page
    heights = []
    for index, row in enumerate(data[header_rows:], start=1):
        height = _row_height(row, widths)
        heights.append(height)
        if height > room:
            raise RowTooTall(
                f"Dòng thứ {index} của bảng {name or ''} quá dài, không vừa trong một trang giấy. "
                "Hãy rút gọn nội dung dòng này hoặc tách thành nhiều dòng."
            )
    return heights


def min_table_width(table: Table) -> float:
    """Narrowest width at which no single word has to be broken (longest word per column)."""
    size = table.font_size or layout.SIZE_TABLE
    regular, bold = font_name(), font_name(bold=True)
    total = 0.0
    for i, col in enumerate(table.columns):
        words = [(w, bold) for w in col.title.split()]
        for row in table.rows:
            if i < len(row):
                words += [(w, regular) for w in row[i].split()]
        longest = max((stringWidth(w, font, size) for w, font in words), default=0.0)
        total += longest + 2 * CELL_PADDING
    return total
