"""The closing of an official document: "Nơi nhận:" on the left, the signer block on the right.

The blank space between the signer's position and name is a :class:`BoxRecorder`, so
the renderer learns where the person's signature (and the seal overlapping its left
third) must go from the drawn page itself.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from tthc_desktop.reports.pdf import layout
from tthc_desktop.reports.pdf.document import Signer
from tthc_desktop.reports.pdf.fonts import font_name
from tthc_desktop.reports.pdf.layout import Styles
from tthc_desktop.reports.pdf.markers import BoxRecorder, DrawnBox

_LEADING_MARK = re.compile(r"^\s*[-–+•]\s*")
_TRAILING_PUNCT = re.compile(r"[\s;,.]+$")


def format_recipients(names: list[str]) -> list[str]:
    """Turn plain names into Nơi nhận items: "- Name;" and the last one "- Lưu: VT, ….".

    Marks and punctuation the user already typed are normalised. When no item starts
    with "Lưu" the mandatory "Lưu: VT" is added, as Nghị định 30 requires.
    """
    cleaned = [_TRAILING_PUNCT.sub("", _LEADING_MARK.sub("", name)) for name in names]
    cleaned = [name for name in cleaned if name]
    if not any(name.lower().startswith("lưu") for name in cleaned):
        cleaned.append("Lưu: VT")
    return [f"- {name}{'.' if i == len(cleaned) - 1 else ';'}" for i, name in enumerate(cleaned)]


def build_closing(
    recipients: list[str], signer: Signer, styles: Styles, frame_width: float, sink: list[DrawnBox]
) -> Flowable:
    """A borderless two-column table that never splits across pages."""
    left_w = frame_width * layout.CLOSING_LEFT_SHARE
    right_w = frame_width - left_w

    left: list[Flowable] = [Paragraph("Nơi nhận:", styles.recipients_label)]
    left += [Paragraph(escape(item), styles.recipient) for item in format_recipients(recipients)]

    right: list[Flowable] = []
    if signer.authority.strip():
        right.append(Paragraph(escape(signer.authority.upper()), styles.signer))
    right.append(Paragraph(escape(signer.position.upper()), styles.signer))
    right.append(BoxRecorder(layout.SIGNATURE_SPACE, sink))
    right.append(Paragraph(escape(signer.name), styles.signer_name))

    table = RLTable([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), font_name()),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 6),
            ("LEFTPADDING", (1, 0), (1, 0), 0),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def closing_gap() -> Spacer:
    """Space between the last body paragraph and the closing."""
    return Spacer(1, 6)
