"""Grid tables of an official document: merged two-level header repeated on every page,
wrapped cell text (a Paragraph per cell), bold section and total rows."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
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


def build_table(table: Table, width: float, frame_height: float | None = None, name: str = "") -> Flowable:
    """Lay *table* out at *width* points, column widths proportional to their weights.

    With *frame_height*, the table is a :class:`PagedTable`: laid out one page at a time, so a 50,000-row appendix
    never holds every row's Paragraph at once nor re-splits the whole remainder at each page; a row taller than a
    page (minus the repeated header) raises :class:`RowTooTall` naming the table (*name*) and the row.
    """
    grid = _Grid(table, width, frame_height, name)
    if frame_height is not None:
        return PagedTable(grid)
    return grid.page_table(0, len(table.rows), with_header=True)


class _Grid:
    """What every page of one table shares: widths, styles, the header rows and the body rows' measured heights."""

    def __init__(self, table: Table, width: float, frame_height: float | None, name: str):
        self.table, self.frame_height, self.name = table, frame_height, name
        styles: Styles = build_styles(table.font_size or layout.SIZE_TABLE)
        self.bold = styles.cell_bold
        n = self.n = len(table.columns)
        total_weight = sum(col.width for col in table.columns) or 1.0
        self.widths = [width * col.width / total_weight for col in table.columns]
        self.commands: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, "black"),
            # Also for empty cells: the default (Helvetica) would be declared, unembedded.
            ("FONTNAME", (0, 0), (-1, -1), font_name()),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        self.header_commands: list[tuple] = []
        header: list[list[object]] = []
        # Header: group titles over their columns; ungrouped columns span both rows.
        if table.groups:
            top: list[object] = [""] * n
            bottom: list[object] = [""] * n
            grouped: set[int] = set()
            for group in table.groups:
                top[group.first] = _para(group.title, styles.header_cell)
                self.header_commands.append(("SPAN", (group.first, 0), (group.last, 0)))
                grouped.update(range(group.first, group.last + 1))
            for i, col in enumerate(table.columns):
                if i in grouped:
                    bottom[i] = _para(col.title, styles.header_cell)
                else:
                    top[i] = _para(col.title, styles.header_cell)
                    self.header_commands.append(("SPAN", (i, 0), (i, 1)))
            header += [top, bottom]
        else:
            header.append([_para(col.title, styles.header_cell) for col in table.columns])
        if table.number_row:
            number_style = ParagraphStyle("NumberRow", parent=styles.cell_italic, alignment=layout.ALIGNMENTS["center"])
            header.append([_para(f"({i + 1})", number_style) for i in range(n)])
        self.header = header
        self.cell_styles = {
            None: [_aligned(styles.cell, col.align) for col in table.columns],
            "bold": [_aligned(styles.cell_bold, col.align) for col in table.columns],
            "italic": [_aligned(styles.cell_italic, col.align) for col in table.columns],
        }
        self.cell_styles["section"] = self.cell_styles["bold"]
        self.heights: dict[int, float] = {}  # body row → height (measured once; floats only)
        self.pending: dict[int, list[object]] = {}  # measured rows not yet on a page: their Paragraphs
        self._header_height: float | None = None

    @property
    def header_height(self) -> float:
        if self._header_height is None:
            probe = RLTable(self.header, colWidths=self.widths)
            probe.setStyle(self.commands + self.header_commands)
            self._header_height = probe.wrap(sum(self.widths), 1e9)[1]
        return self._header_height

    def _span_start(self, r: int) -> int | None:
        """A section row ("I | NHIỆM VỤ CHUNG | | …"): the last filled cell spans the empty ones after it."""
        if self.table.row_styles.get(r) != "section":
            return None
        cells = list(self.table.rows[r][:self.n])
        last = max((i for i, text in enumerate(cells) if text.strip()), default=0)
        return last if last < self.n - 1 else None

    def cells(self, r: int) -> list[object]:
        """Body row *r* as Paragraphs (made when the row is measured, dropped once it is on a page)."""
        found = self.pending.pop(r, None)
        if found is not None:
            return found
        kind = self.table.row_styles.get(r)
        texts = list(self.table.rows[r]) + [""] * (self.n - len(self.table.rows[r]))
        cells = [_para(text, self.cell_styles[kind][i]) for i, text in enumerate(texts[:self.n])]
        span = self._span_start(r)
        if span is not None:
            cells[span] = _para(texts[span], self.bold)
        return cells

    def height(self, r: int) -> float:
        """Body row *r*'s height as reportlab draws it; RowTooTall when it cannot fit under the header on a page."""
        found = self.heights.get(r)
        if found is not None:
            return found
        cells = self.pending[r] = self.cells(r)
        widths = list(self.widths)
        span = self._span_start(r)
        if span is not None:  # the spanning cell is as wide as the columns it covers; the covered ones are not drawn
            cells, widths = cells[:span + 1], widths[:span] + [sum(widths[span:])]
        height = _row_height(cells, widths)
        room = (self.frame_height or 1e9) - self.header_height - 60  # the appendix title tops its first page
        if height > room:
            raise RowTooTall(
                f"Dòng thứ {r + 1} của bảng {self.name or ''} quá dài, không vừa trong một trang giấy. "
                "Hãy rút gọn nội dung dòng này hoặc tách thành nhiều dòng."
            )
        self.heights[r] = height
        return height

    def page_table(self, first: int, end: int, *, with_header: bool) -> RLTable:
        """Body rows first..end-1 (under the header when *with_header*) as one reportlab table."""
        head = self.header if with_header else []
        row_heights = None
        if self.frame_height is not None:  # measured already: reportlab need not wrap every cell again to size it
            row_heights = [None] * len(head) + [self.height(r) for r in range(first, end)]
        data = [list(row) for row in head] + [self.cells(r) for r in range(first, end)]
        commands = list(self.commands) + (list(self.header_commands) if with_header else [])
        for r in range(first, end):
            span = self._span_start(r)
            if span is not None:
                row = len(head) + r - first
                commands.append(("SPAN", (span, row), (self.n - 1, row)))
        rl_table = RLTable(
            data,
            colWidths=self.widths,
            rowHeights=row_heights,
            repeatRows=len(head) if self.table.repeat_header and with_header else 0,
            # No splitInRow: reportlab 4's row splitting garbles the repeated header.
            hAlign="CENTER",
        )
        rl_table.setStyle(commands)
        return rl_table


class PagedTable(Flowable):
    """The body rows from *start* on, laid out a page at a time: each page gets a reportlab table of exactly the
    rows that fit (under the header), and the rest stays one light object holding only a row index."""

    def __init__(self, grid: _Grid, start: int = 0):
        super().__init__()
        self.grid, self.start = grid, start
        self.hAlign = "CENTER"
        self._whole: RLTable | None = None

    def _with_header(self) -> bool:
        return self.start == 0 or self.grid.table.repeat_header

    def _fit(self, avail_height: float) -> int:
        """The end (exclusive) of the rows from ``start`` that fit in *avail_height*; stops measuring past it."""
        grid = self.grid
        used = grid.header_height if self._with_header() else 0.0
        end = self.start
        while end < len(grid.table.rows):
            used += grid.height(end)
            if used > avail_height:
                break
            end += 1
        return end

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        total = len(self.grid.table.rows)
        if self._fit(avail_height) < total:  # more than this page: platypus splits
            self._whole = None
            return sum(self.grid.widths), avail_height + 1
        self._whole = self.grid.page_table(self.start, total, with_header=self._with_header())
        return self._whole.wrap(avail_width, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        end = self._fit(avail_height)
        if end == self.start:
            return []  # not even one row here: the next frame
        page = self.grid.page_table(self.start, end, with_header=self._with_header())
        return [page, PagedTable(self.grid, end)] if end < len(self.grid.table.rows) else [page]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # reportlab's name and signature
        if self._whole is None:  # platypus always wraps first
            raise RuntimeError("PagedTable drawn before wrap")
        self._whole.drawOn(canvas, x, y, _sW)


def _row_height(row: list[object], widths: list[float]) -> float:
    """The height reportlab gives an unspanned row: tallest wrapped cell plus top and bottom padding."""
    padding = 2 + 3
    heights = [
        cell.wrap(w - 2 * CELL_PADDING, 1e6)[1] if isinstance(cell, Paragraph) else 0.0
        for cell, w in zip(row, widths, strict=False)
    ]
    return max(heights, default=0.0) + padding


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
