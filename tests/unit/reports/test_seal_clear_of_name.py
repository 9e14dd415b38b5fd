"""The signing space of a rendered report holds the whole 38 mm seal: the seal box, centred on the signature,
stays between the signer's position and name (issue 16 §4: the boxes overlapped the name)."""

from __future__ import annotations

import datetime

import pdf_readback as rb
import sample_document as sample

from tthc_desktop.reports.pdf.renderer import render_pdf

TOL = 0.5


def test_seal_box_lies_between_position_and_name(tmp_path):
    result = render_pdf(sample.sample_document(number=5, date=datetime.date(2025, 2, 5)), tmp_path / "bc.pdf")
    pages = rb.pages(result.path)
    seal = next(b for b in result.signature_boxes if b.role == "organisation")
    page = pages[seal.page_index]
    position = [w for w in page.words if w.text == "PHÓ"]
    name = page.find("Nguyễn", "Văn", "An")
    position_bottom = page.height - max(w.y1 for w in position)
    name_top = page.height - min(w.y0 for w in name)
    assert seal.y0 >= name_top - TOL, "the seal box reaches into the signer's name"
    assert seal.y1 <= position_bottom + TOL, "the seal box reaches into the signer's position"
