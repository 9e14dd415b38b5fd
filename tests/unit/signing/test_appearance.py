"""Appearances (docs/ARCHITECTURE.md §10.3): geometry, images, the appendix text, the demo PNGs."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.units import mm

from tthc_desktop.signing.appearance import (
    VN_TZ,
    SignatureBox,
    appendix_org_box,
    format_signing_time,
    org_text_appearance,
    person_appearance,
    seal_appearance,
    seal_box_for,
)


def _page_size(pdf: bytes) -> tuple[float, float]:
    m = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert m
    return float(m.group(1)), float(m.group(2))


def _render(pdf: bytes, tmp_path: Path, dpi: int = 150) -> Image.Image:
    src = tmp_path / "a.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(src), str(tmp_path / "a")], check=True)
    return Image.open(tmp_path / "a.png").convert("RGB")


def test_seal_box_overlaps_left_third_at_real_size():
    person = SignatureBox(0, 300, 200, 450, 290)
    seal = seal_box_for(person)
    assert seal.x1 == pytest.approx(350)  # one third into the 150 pt wide box
    assert seal.width == pytest.approx(38 * mm) and seal.height == pytest.approx(38 * mm)
    assert (seal.y0 + seal.y1) / 2 == pytest.approx(245)
    assert seal.page_index == 0


def test_box_moves_and_rounds_outwards():
    box = SignatureBox(1, 10.4, 20.6, 30.2, 40.9).moved(5, -5)
    assert (box.x0, box.y0) == pytest.approx((15.4, 15.6))
    assert box.rect() == (15, 15, 36, 36)


def test_person_appearance_is_box_sized_and_centred(images, tmp_path):
    box = SignatureBox(0, 0, 0, 200, 100)
    app = person_appearance(box, images.signature)
    assert _page_size(app.pdf_bytes) == (200, 100)
    img = _render(app.pdf_bytes, tmp_path)
    px = img.load()
    blue = [(x, y) for x in range(img.width) for y in range(img.height) if px[x, y][2] > 120 and px[x, y][0] < 110]
    assert blue
    # The demo image (600×240) fits by width: 200×80 pt, centred vertically (10 pt above and below).
    ys = [y for _, y in blue]
    assert min(ys) >= 10 * 150 / 72 - 2 and max(ys) <= 90 * 150 / 72 + 2
    # Transparent background: the corners stay white.
    assert px[0, 0] == (255, 255, 255) and px[img.width - 1, img.height - 1] == (255, 255, 255)


def test_seal_appearance_is_red_round(images, tmp_path):
    box = seal_box_for(SignatureBox(0, 300, 200, 450, 290))
    img = _render(seal_appearance(box, images.seal).pdf_bytes, tmp_path)
    px = img.load()
    c = img.width // 2
    assert px[2, 2] == (255, 255, 255)  # corner outside the ring is transparent
    row = [px[x, c] for x in range(img.width)]
    reds = [x for x, p in enumerate(row) if p[0] > 150 and p[1] < 110]
    assert reds and min(reds) < 0.05 * img.width and max(reds) > 0.95 * img.width


def test_appendix_text_signature(tmp_path):
    when = dt.datetime(2025, 10, 5, 7, 3, 22, 123456, tzinfo=dt.UTC)
    assert format_signing_time(when) == "2025-10-05T14:03:22+07:00"
    box = appendix_org_box(595.28, 841.89)
    assert box.x1 < 595.28 and box.y1 < 841.89 and box.y0 > 841.89 - 25 * mm  # top right, in the margin
    app = org_text_appearance(box, doc_number="12/BC-STP", signing_time=when, org_name="Sở Tư pháp tỉnh Demo")
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(app.pdf_bytes)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == ["Số: 12/BC-STP", "Thời gian ký: 2025-10-05T14:03:22+07:00", "Sở Tư pháp tỉnh Demo"]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), fonts  # embedded subsets only
    assert not any("Italic" in row or "Bold" in row for row in rows)  # upright, regular
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)]
    assert heights and all(9 <= h <= 13 for h in heights)  # 10 pt type
    img = _render(app.pdf_bytes, tmp_path)
    colours = {p for p in img.get_flattened_data() if p != (255, 255, 255)}
    assert colours and all(max(p) - min(p) < 10 for p in colours)  # black/grey antialiasing only


def test_demo_pngs_are_transparent_and_coloured(images):
    sig = Image.open(images.signature)
    seal = Image.open(images.seal)
    assert sig.mode == seal.mode == "RGBA"
    assert sig.getpixel((0, 0))[3] == 0 and seal.getpixel((0, 0))[3] == 0
    opaque_sig = [p for p in sig.get_flattened_data() if p[3] > 200]
    assert opaque_sig and all(p[2] > p[0] + 80 for p in opaque_sig)  # blue ink
    opaque_seal = [p for p in seal.get_flattened_data() if p[3] > 200]
    assert opaque_seal and all(p[0] > p[2] + 80 for p in opaque_seal)  # red ink
    assert seal.size == (472, 472)  # 40 mm at 300 dpi
    assert round(seal.info["dpi"][0]) == 300


def test_signing_time_zone_constant():
    assert dt.datetime(2025, 1, 1, tzinfo=VN_TZ).utcoffset() == dt.timedelta(hours=7)
