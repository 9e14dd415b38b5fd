"""Page geometry, font sizes and paragraph styles of an official document (docs/ARCHITECTURE.md §10.3).

Values are chosen inside the ranges Nghị định 30/2020/NĐ-CP allows:
- A4 portrait, margins top 20, bottom 20, left 30 (binding side), right 15 mm.
- Landscape pages (wide appendices) rotate the sheet: the binding edge of the portrait
  sheet becomes the top of the landscape page, so landscape margins are top 30,
  bottom 15, left 20, right 20 mm. Page numbers stay centred in the top margin.
- Body 14 pt, line spacing 1.2, 6 pt after each paragraph, first-line indent 1.27 cm.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from tthc_desktop.reports.pdf.fonts import font_name


@dataclass(frozen=True)
class PageGeometry:
    """Page size and margins in points."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom

    @property
    def frame_centre_x(self) -> float:
        return self.left + self.frame_width / 2


PORTRAIT = PageGeometry(A4[0], A4[1], top=20 * mm, bottom=20 * mm, left=30 * mm, right=15 * mm)
LANDSCAPE = PageGeometry(
    landscape(A4)[0], landscape(A4)[1], top=30 * mm, bottom=15 * mm, left=20 * mm, right=20 * mm
)

# Font sizes (points).
SIZE_BODY = 14
SIZE_AGENCY = 13  # cơ quan chủ quản / ban hành
SIZE_NUMBER = 13  # "Số: 05/BC-STP"
SIZE_NATIONAL = 12  # Quốc hiệu: at 13 pt bold Times it is 95.7 mm, wider than its column
SIZE_MOTTO = 14  # Tiêu ngữ
SIZE_PLACE_DATE = 14
SIZE_TITLE = 14  # tên loại and trích yếu
SIZE_PAGE_NUMBER = 13
SIZE_RECIPIENTS_LABEL = 12
SIZE_RECIPIENTS = 11
SIZE_SIGNER = 14
SIZE_TABLE = 12
SIZE_SEPARATE_SIGNATURE = 10  # organisation signature text on separate appendices

LINE_SPACING = 1.2
PARAGRAPH_GAP = 6  # points after each body paragraph
FIRST_LINE_INDENT = 1.27 * cm
RULE_WIDTH = 0.6  # thickness of the rules under agency, tiêu ngữ and trích yếu

# Heading block: left column (agency) and right column (Quốc hiệu) as shares of the frame.
HEADING_LEFT_SHARE = 70 / 165
# Closing: Nơi nhận on the left, signer on the right.
CLOSING_LEFT_SHARE = 0.45
SIGNATURE_SPACE = 40 * mm  # between position and name: the signature and the whole 38 mm seal, clear of the name
PERSON_SIGNATURE_WIDTH = 50 * mm
SEAL_SIZE = 36 * mm  # round seal of a Sở is 35–42 mm across
SEPARATE_SIGNATURE_BOX = (70 * mm, 16 * mm)  # top right of a separate appendix's page 1

# Page number baseline, measured down from the top edge (inside the top margin).
PAGE_NUMBER_FROM_TOP = 13 * mm

# Appendix orientation "auto": landscape from this many columns.
LANDSCAPE_MIN_COLUMNS = 6


def _style(name: str, *, size: float, bold: bool = False, italic: bool = False, **kw: object) -> ParagraphStyle:
    kw.setdefault("leading", size * LINE_SPACING)
    face = font_name(bold, italic)
    return ParagraphStyle(name, fontName=face, bulletFontName=face, fontSize=size, textColor="black", **kw)


@dataclass(frozen=True)
class Styles:
    """All paragraph styles; build after ``fonts.register_fonts()``."""

    body: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    doc_type: ParagraphStyle
    summary: ParagraphStyle
    appendix_title: ParagraphStyle
    appendix_note: ParagraphStyle
    recipients_label: ParagraphStyle
    recipient: ParagraphStyle
    signer: ParagraphStyle
    signer_name: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_italic: ParagraphStyle
    header_cell: ParagraphStyle


def build_styles(table_size: float = SIZE_TABLE) -> Styles:
    body_kw = dict(alignment=TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=PARAGRAPH_GAP)
    return Styles(
        body=_style("Body", size=SIZE_BODY, **body_kw),
        heading1=_style("Heading1", size=SIZE_BODY, bold=True, keepWithNext=1, **body_kw),
        heading2=_style("Heading2", size=SIZE_BODY, bold=True, keepWithNext=1, **body_kw),
        heading3=_style("Heading3", size=SIZE_BODY, bold=True, italic=True, keepWithNext=1, **body_kw),
        doc_type=_style("DocType", size=SIZE_TITLE, bold=True, alignment=TA_CENTER),
        summary=_style("Summary", size=SIZE_TITLE, bold=True, alignment=TA_CENTER),
        appendix_title=_style("AppendixTitle", size=SIZE_TITLE, bold=True, alignment=TA_CENTER),
        appendix_note=_style("AppendixNote", size=SIZE_TITLE, italic=True, alignment=TA_CENTER),
        recipients_label=_style(
            "RecipientsLabel", size=SIZE_RECIPIENTS_LABEL, bold=True, italic=True, alignment=TA_LEFT
        ),
        # Hanging indent so a wrapped recipient lines up after its "- ".
        recipient=_style(
            "Recipient", size=SIZE_RECIPIENTS, leading=SIZE_RECIPIENTS * 1.15, leftIndent=7, firstLineIndent=-7
        ),
        signer=_style("Signer", size=SIZE_SIGNER, bold=True, alignment=TA_CENTER),
        signer_name=_style("SignerName", size=SIZE_SIGNER, bold=True, alignment=TA_CENTER),
        cell=_style("Cell", size=table_size, leading=table_size * 1.15),
        cell_bold=_style("CellBold", size=table_size, bold=True, leading=table_size * 1.15),
        cell_italic=_style("CellItalic", size=table_size, italic=True, leading=table_size * 1.15),
        header_cell=_style(
            "HeaderCell", size=table_size, bold=True, leading=table_size * 1.15, alignment=TA_CENTER
        ),
    )


ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
