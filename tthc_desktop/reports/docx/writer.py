"""An :class:`OfficialDocument` as a .docx laid out like the PDF (Nghị định 30/2020/NĐ-CP): A4, margins
20/20/30/15 mm, Times New Roman 14, the two-column heading table, tên loại and trích yếu, justified body
with a first-line indent, "Nơi nhận" beside the signer block, then each appendix on its own page.

Officers edit a last line in Word, so the text is plain paragraphs (no text boxes or fields); the
short rules under the agency, the tiêu ngữ and the trích yếu are paragraph bottom borders narrowed by
indents. Paragraph texts are the same strings the PDF renderer lays out, so the two read the same.
The file is written next to its target and renamed: a failure leaves no half-written .docx.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..pdf.closing import format_recipients
from ..pdf.document import Appendix, OfficialDocument, Section, Table, nfc, number_symbol, place_date
from ..pdf.heading import MOTTO, NATIONAL_TITLE
from ..pdf.layout import (
    FIRST_LINE_INDENT,
    HEADING_LEFT_SHARE,
    LINE_SPACING,
    PARAGRAPH_GAP,
    SIGNATURE_SPACE,
    SIZE_AGENCY,
    SIZE_BODY,
    SIZE_MOTTO,
    SIZE_NATIONAL,
    SIZE_NUMBER,
    SIZE_PLACE_DATE,
    SIZE_RECIPIENTS,
    SIZE_RECIPIENTS_LABEL,
    SIZE_SIGNER,
    SIZE_TABLE,
    SIZE_TITLE,
)

FONT = "Times New Roman"
FRAME_MM = 210 - 30 - 15  # portrait text width
_PT_TO_MM = 25.4 / 72
CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
_ALIGN = {"left": LEFT, "center": CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _run(paragraph, text: str, size: float, *, bold: bool = False, italic: bool = False):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.name = FONT
    run.bold, run.italic = bold or None, italic or None
    return run


def _para(container, text: str = "", size: float = SIZE_BODY, *, align=JUSTIFY, bold=False, italic=False,
          indent: bool = False, after: float = 0, spacing: float = 1.0):
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(0), Pt(after)
    fmt.line_spacing = spacing
    if indent:
        fmt.first_line_indent = Mm(FIRST_LINE_INDENT * _PT_TO_MM)
    if text:
        _run(p, text, size, bold=bold, italic=italic)
    return p


def _rule(container, width_mm: float, column_mm: float) -> None:
    """A short centred rule: an empty 2-pt paragraph whose bottom border is narrowed to *width_mm* by indents."""
    paragraph = container.add_paragraph()
    side = max((column_mm - width_mm) / 2, 0)
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _text_mm(text: str, size: float, bold: bool) -> float:
    """Rough printed width of *text* in Times (≈ 0.5 em a character, bold a little wider)."""
    return len(text) * size * (0.53 if bold else 0.48) * _PT_TO_MM


def _no_borders(table) -> None:
    """No grid lines, and no side padding: the Quốc hiệu needs its column's whole width."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _widths(table, widths_mm: list[float]) -> None:
    """Column widths on the grid (LibreOffice reads these) and on every cell (Word reads those)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=False):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def _cell_first(cell):
    """The cell's own first paragraph while it is still empty (a new cell has one), else a new one."""
    first = cell.paragraphs[0]
    return first if len(cell.paragraphs) == 1 and not first.runs else cell.add_paragraph()


def _heading(document, doc: OfficialDocument) -> None:
    left_mm = FRAME_MM * HEADING_LEFT_SHARE
    right_mm = FRAME_MM - left_mm
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _widths(table, [left_mm, right_mm])
    left, right = table.cell(0, 0), table.cell(0, 1)

    def line(cell, text, size, **kw):
        p = _cell_first(cell)
        p.paragraph_format.alignment = CENTER
        p.paragraph_format.space_after = Pt(0)
        _run(p, text, size, **kw)
        return p

    if doc.heading.parent_agency:
        line(left, doc.heading.parent_agency.upper(), SIZE_AGENCY)
    line(left, doc.heading.issuing_agency.upper(), SIZE_AGENCY, bold=True)
    _rule(left, 0.4 * _text_mm(doc.heading.issuing_agency, SIZE_AGENCY, True), left_mm)
    line(right, NATIONAL_TITLE, SIZE_NATIONAL, bold=True)
    line(right, MOTTO, SIZE_MOTTO, bold=True)
    _rule(right, _text_mm(MOTTO, SIZE_MOTTO, True), right_mm)
    number = _cell_first(table.cell(1, 0))
    number.paragraph_format.alignment = CENTER
    number.paragraph_format.space_before = Pt(6)
    _run(number, f"Số: {number_symbol(doc.heading)}", SIZE_NUMBER)
    date = _cell_first(table.cell(1, 1))
    date.paragraph_format.alignment = CENTER
    date.paragraph_format.space_before = Pt(6)
    _run(date, place_date(doc.heading), SIZE_PLACE_DATE, italic=True)


def _title(document, title: str, subtitle: str, note: str = "") -> None:
    _para(document, "", 6, align=CENTER, after=6)
    if title:
        _para(document, title.upper(), SIZE_TITLE, align=CENTER, bold=True)
    _para(document, subtitle, SIZE_TITLE, align=CENTER, bold=True)
    if note:
        _para(document, note, SIZE_TITLE, align=CENTER, italic=True)
    else:
        _rule(document, 30, FRAME_MM)
    _para(document, "", SIZE_TITLE, after=4)


def _section(document, section: Section) -> None:
    style = {"bold": True, "italic": section.level >= 3}
    if section.heading:
        p = _para(document, section.heading, SIZE_BODY, indent=True, after=PARAGRAPH_GAP, spacing=LINE_SPACING,
                  **style)
        p.paragraph_format.keep_with_next = True
    for text in section.paragraphs:
        if text.strip():
            _para(document, text, SIZE_BODY, indent=True, after=PARAGRAPH_GAP, spacing=LINE_SPACING)


def _closing(document, doc: OfficialDocument) -> None:
    left_mm = FRAME_MM * 0.45
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [left_mm, FRAME_MM - left_mm])
    left, right = table.cell(0, 0), table.cell(0, 1)
    label = _cell_first(left)
    label.paragraph_format.alignment = LEFT
    _run(label, "Nơi nhận:", SIZE_RECIPIENTS_LABEL, bold=True, italic=True)
    for item in format_recipients(doc.recipients):
        _para(left, item, SIZE_RECIPIENTS, align=LEFT)
    lines = ([doc.signer.authority.upper()] if doc.signer.authority.strip() else []) + [doc.signer.position.upper()]
    for text in lines:
        p = _cell_first(right)
        p.paragraph_format.alignment = CENTER
        _run(p, text, SIZE_SIGNER, bold=True)
    p.paragraph_format.space_after = Mm(SIGNATURE_SPACE * _PT_TO_MM)  # room for the signature and the seal
    _para(right, doc.signer.name, SIZE_SIGNER, align=CENTER, bold=True)


def _grid(document, table: Table, width_mm: float) -> None:
    cols = len(table.columns)
    header_rows = (2 if table.groups else 1) + (1 if table.number_row else 0)
    grid = document.add_table(rows=header_rows + len(table.rows), cols=cols)
    grid.style = "Table Grid"
    total = sum(c.width for c in table.columns) or 1
    _widths(grid, [width_mm * c.width / total for c in table.columns])
    size = table.font_size or SIZE_TABLE

    def put(cell, text, *, bold=False, italic=False, align=CENTER):
        p = _cell_first(cell)
        p.paragraph_format.alignment = align
        _run(p, text, size, bold=bold, italic=italic)

    for row in grid.rows[:header_rows]:  # the header repeats on every page, as in the PDF
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    grouped = {i for g in table.groups for i in range(g.first, g.last + 1)}
    for g in table.groups:
        cell = grid.cell(0, g.first).merge(grid.cell(0, g.last)) if g.last > g.first else grid.cell(0, g.first)
        put(cell, g.title, bold=True)
    leaf_row = 1 if table.groups else 0
    for i, col in enumerate(table.columns):
        if table.groups and i not in grouped:
            put(grid.cell(0, i).merge(grid.cell(1, i)), col.title, bold=True)
        else:
            put(grid.cell(leaf_row, i), col.title, bold=True)
        if table.number_row:
            put(grid.cell(leaf_row + 1, i), f"({i + 1})", italic=True)
    for r, row in enumerate(table.rows):
        style = table.row_styles.get(r)
        for i, (col, text) in enumerate(zip(table.columns, row, strict=False)):
            put(grid.cell(header_rows + r, i), text, bold=style in ("bold", "section"), italic=style == "italic",
                align=_ALIGN.get(col.align, LEFT))


def _appendix(document, appendix: Appendix) -> None:
    landscape = appendix.orientation == "landscape" or (appendix.orientation == "auto"
                                                         and len(appendix.table.columns) >= 6)
    section = document.add_section()
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.left_margin, section.right_margin, section.top_margin, section.bottom_margin = (
            Mm(20), Mm(15), Mm(30), Mm(20))
    width = 297 - 20 - 15 if landscape else FRAME_MM
    note = appendix.note if appendix.note is not None else ""
    _title(document, appendix.title, appendix.subtitle, note)
    _grid(document, appendix.table, width)


def build_document(doc: OfficialDocument):
    """The python-docx ``Document`` of *doc* (not saved)."""
    doc = nfc(doc)
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(SIZE_BODY)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _heading(document, doc)
    _title(document, doc.doc_type, doc.summary)
    for s in doc.sections:
        _section(document, s)
    _closing(document, doc)
    for appendix in doc.appendices:
        _appendix(document, appendix)
    return document


def write_docx(doc: OfficialDocument, path: str | os.PathLike[str]) -> Path:
    """Write *doc* to *path* as .docx, atomically."""
    path = Path(path)
    document = build_document(doc)
    buffer = io.BytesIO()
    document.save(buffer)  # in memory: python-docx leaves its ZipFile open when a disk write fails (issue 18)
    fd, tmp = tempfile.mkstemp(prefix=".tmp_", suffix=".docx", dir=str(path.parent))
    os.close(fd)
    try:
        Path(tmp).write_bytes(buffer.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path

