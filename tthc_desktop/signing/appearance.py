"""Visible signature appearances per Nghị định 30 (docs/ARCHITECTURE.md §10.3).

Each appearance is a one-page reportlab PDF exactly the size of its box, handed
to pyHanko as a ``StaticStampStyle``. pyHanko 0.38's own text stamps space glyphs
wrongly with 2048-unit fonts such as Times and Liberation, so text is drawn by
reportlab too.

- person: the blue signature image, scaled to fit and centred in the box; without an image, a framed
  text: "Đã ký số", name, position and signing time (+07:00);
- organisation: the red seal at real size, overlapping the left third of the
  person's signature (``seal_box_for``);
- appendix in a separate file: the organisation's text-only signature at the top
  right of page 1 (số/ký hiệu, signing time in ISO 8601 +07:00, organisation),
  Times 10, upright, black.
"""

from __future__ import annotations

import binascii
import datetime as dt
import io
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ..domain.signature_box import SignatureBox
from ..reports.pdf.fonts import font_name, register_fonts

VN_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")
SEAL_DIAMETER_MM = 38.0


def as_box(box) -> SignatureBox:
    """Accept any object with page_index, x0, y0, x1, y1 (e.g. the renderer's box)."""
    if isinstance(box, SignatureBox):
        return box
    return SignatureBox(int(box.page_index), float(box.x0), float(box.y0), float(box.x1), float(box.y1))


def seal_box_for(person_box, diameter_mm: float = SEAL_DIAMETER_MM) -> SignatureBox:
    """The seal's box: real size, vertically centred on the person's box, its right
    edge one third into the person's box, so the seal covers the left third."""
    pb = as_box(person_box)
    d = diameter_mm * mm
    right = pb.x0 + pb.width / 3
    cy = (pb.y0 + pb.y1) / 2
    return SignatureBox(pb.page_index, right - d, cy - d / 2, right, cy + d / 2)


def appendix_org_box(page_width: float, page_height: float, page_index: int = 0) -> SignatureBox:
    """Top right of the page, inside the top margin, for the text-only signature."""
    width, height = 80 * mm, 15 * mm
    right, top = page_width - 15 * mm, page_height - 5 * mm
    return SignatureBox(page_index, right - width, top - height, right, top)


@dataclass(frozen=True)
class Appearance:
    """A ready appearance: a one-page PDF the size of its box."""

    pdf_bytes: bytes
    kind: str  # "person", "seal" or "text"

    def stamp_style(self) -> StaticStampStyle:
        return StaticStampStyle(
            background=_PdfBytesPage(self.pdf_bytes),
            background_opacity=1.0,
            border_width=0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins.uniform(0),
            ),
        )


class _PdfBytesPage(PdfContent):
    """Like pyHanko's ImportedPdfPage, but from bytes in memory instead of a file name."""

    def __init__(self, pdf_bytes: bytes, page_ix: int = 0):
        self.pdf_bytes = pdf_bytes
        self.page_ix = page_ix
        super().__init__()

    def render(self) -> bytes:
        w = self._ensure_writer
        reader = PdfFileReader(io.BytesIO(self.pdf_bytes))
        xobj = w.import_page_as_xobject(reader, page_ix=self.page_ix)
        resource_name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[resource_name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return resource_name + b" Do"


def _new_canvas(box: SignatureBox, font: str | None = None) -> tuple[canvas.Canvas, io.BytesIO]:
    buf = io.BytesIO()
    # Without an initial font reportlab declares Helvetica, unembedded, even on an image-only page.
    register_fonts()
    c = canvas.Canvas(buf, pagesize=(box.width, box.height), pageCompression=1,
                      initialFontName=font or font_name(), initialFontSize=10)
    c.setTitle("Chữ ký số")
    return c, buf


def blank_appearance(box) -> Appearance:
    """An empty (invisible) appearance of the box's size."""
    c, buf = _new_canvas(as_box(box))
    c.showPage()
    c.save()
    return Appearance(buf.getvalue(), "blank")


def _draw_image_fit(c: canvas.Canvas, png: Path | str | bytes, width: float, height: float) -> None:
    image = ImageReader(io.BytesIO(png) if isinstance(png, bytes) else str(png))
    iw, ih = image.getSize()
    scale = min(width / iw, height / ih)
    dw, dh = iw * scale, ih * scale
    c.drawImage(image, (width - dw) / 2, (height - dh) / 2, dw, dh, mask="auto")


def person_appearance(box, signature_png: Path | str | bytes) -> Appearance:
    """The person's signature image, scaled to fit and centred in *box*."""
    return _image_appearance(box, signature_png, "person")


def seal_appearance(box, seal_png: Path | str | bytes) -> Appearance:
    """The organisation's seal image filling *box* (use ``seal_box_for`` for real size)."""
    return _image_appearance(box, seal_png, "seal")


def _image_appearance(box, png: Path | str | bytes, kind: str) -> Appearance:
    b = as_box(box)
    c, buf = _new_canvas(b)
    _draw_image_fit(c, png, b.width, b.height)
    c.showPage()
    c.save()
    return Appearance(buf.getvalue(), kind)


def person_text_appearance(box, *, name: str, position: str, signing_time: dt.datetime) -> Appearance:
    """The person's signature without a signature image: "Đã ký số", the name (bold), the position and the
    time in Vietnam time, centred in *box* — a signed PDF used to show no visible signature at all."""
    register_fonts()
    regular, bold = font_name(), font_name(bold=True)
    when = signing_time.astimezone(VN_TZ)
    lines = [(regular, "Đã ký số"), (bold, name), (regular, position),
             (regular, f"{when:%d/%m/%Y %H:%M:%S} (+07:00)")]
    lines = [(face, unicodedata.normalize("NFC", text)) for face, text in lines if text.strip()]
    b = as_box(box)
    c, buf = _new_canvas(b, regular)
    c.setFillColorRGB(0.05, 0.15, 0.6)  # the blue of a signature, so it reads as one
    c.setStrokeColorRGB(0.05, 0.15, 0.6)
    c.setLineWidth(0.8)
    c.roundRect(1, 1, b.width - 2, b.height - 2, 4)
    size, leading = 11.0, 13.5
    while size > 7 and (leading * len(lines) > b.height - 6
                        or any(c.stringWidth(t, f, size) > b.width - 8 for f, t in lines)):
        size, leading = size - 0.5, leading - 0.6
    y = (b.height + leading * len(lines)) / 2 - size
    for face, text in lines:
        c.setFont(face, size)
        c.drawCentredString(b.width / 2, y, text)
        y -= leading
    c.showPage()
    c.save()
    return Appearance(buf.getvalue(), "person")


def format_signing_time(when: dt.datetime) -> str:
    """ISO 8601 in Vietnam time, to the second: 2025-10-05T14:03:22+07:00."""
    return when.astimezone(VN_TZ).replace(microsecond=0).isoformat()


def text_appearance_lines(doc_number: str, signing_time: dt.datetime, org_name: str) -> list[str]:
    lines = [f"Số: {doc_number}", f"Thời gian ký: {format_signing_time(signing_time)}", org_name]
    return [unicodedata.normalize("NFC", line) for line in lines if line]


def org_text_appearance(box, *, doc_number: str, signing_time: dt.datetime, org_name: str) -> Appearance:
    """Text-only organisation signature for an appendix file: Times 10, upright, black."""
    register_fonts()  # Times New Roman, or a metric-compatible serif with every Vietnamese letter
    face = font_name(bold=False, italic=False)
    lines = text_appearance_lines(doc_number, signing_time, org_name)
    b = as_box(box)
    c, buf = _new_canvas(b, face)
    c.setFillColorRGB(0, 0, 0)
    size, leading = 10, 12
    y = b.height - size - max(0.0, (b.height - leading * len(lines)) / 2) + 2
    for line in lines:
        # Shrink (never below 7 pt) rather than overflow a long organisation name.
        s = size
        while s > 7 and c.stringWidth(line, face, s) > b.width - 4:
            s -= 0.5
        c.setFont(face, s)
        c.drawString(2, y, line)
        y -= leading
    c.showPage()
    c.save()
    return Appearance(buf.getvalue(), "text")


# Re-exported: the demo images belong with the appearances they feed.
from .demo_images import make_demo_seal_png, make_demo_signature_png  # noqa: E402

__all__ = [
    "VN_TZ",
    "Appearance",
    "SignatureBox",
    "appendix_org_box",
    "as_box",
    "blank_appearance",
    "format_signing_time",
    "make_demo_seal_png",
    "make_demo_signature_png",
    "org_text_appearance",
    "person_appearance",
    "person_text_appearance",
    "seal_appearance",
    "seal_box_for",
]
