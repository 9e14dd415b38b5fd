"""Demo signature and seal images (transparent PNGs) drawn with Pillow.

Used by the headless demo and the tests, so no real person's signature or real
seal is ever needed. The seal says "DEMO" in its centre.
"""

from __future__ import annotations

import math
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIGNATURE_BLUE = (20, 40, 170, 255)
SEAL_RED = (215, 25, 32, 255)


def _serif(italic: bool, bold: bool, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The project's serif face (reports.pdf.fonts), or Pillow's default font if there is none."""
    from tthc_desktop.reports.pdf.fonts import FontNotFound, find_serif_fonts

    try:
        fonts = find_serif_fonts()
    except FontNotFound:
        return ImageFont.load_default(size)  # a demo image must not fail for lack of a font
    path = {
        (False, False): fonts.regular,
        (True, False): fonts.bold,
        (False, True): fonts.italic,
        (True, True): fonts.bold_italic,
    }[(bold, italic)]
    return ImageFont.truetype(str(path), size)


def make_demo_signature_png(path: Path | str, name: str) -> Path:
    """A blue handwritten-looking signature (name in italics plus a flourish)."""
    scale = 3  # draw large, then downsample for smooth edges
    w, h = 600 * scale, 240 * scale
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    given = unicodedata.normalize("NFC", name.split()[-1] if name.split() else name)
    font = _serif(italic=True, bold=False, size=110 * scale)
    draw.text((70 * scale, 40 * scale), given, font=font, fill=SIGNATURE_BLUE)
    # Loops across the name, then an underline swoosh.
    pts = []
    for i in range(200):
        t = i / 199
        x = 40 + 520 * t
        y = 150 + 35 * math.sin(t * math.pi * 5) * (1 - t) - 40 * t
        pts.append((x * scale, y * scale))
    draw.line(pts, fill=SIGNATURE_BLUE, width=5 * scale, joint="curve")
    swoosh = [((60 + 480 * t) * scale, (205 - 30 * math.sin(t * math.pi)) * scale) for t in (i / 99 for i in range(100))]
    draw.line(swoosh, fill=SIGNATURE_BLUE, width=4 * scale, joint="curve")
    img = img.resize((w // scale, h // scale), Image.LANCZOS)
    out = Path(path)
    img.save(out, format="PNG", dpi=(300, 300))
    return out


def _text_on_arc(img: Image.Image, text: str, center: float, radius: float, font, fill, top: bool = True) -> None:
    """Place *text* along a circle, centred on the top (or bottom) of the ring."""
    draw = ImageDraw.Draw(img)
    widths = [draw.textlength(ch, font=font) for ch in text]
    total = sum(widths) * 1.08
    span = min(total / radius, math.radians(300))  # radians covered by the text
    angle = -math.pi / 2 - span / 2 if top else math.pi / 2 + span / 2
    step_scale = span / max(sum(widths), 1)
    for ch, cw in zip(text, widths, strict=True):
        half = cw * step_scale / 2
        a = angle + half if top else angle - half
        size = int(font.size * 1.6)
        glyph = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size / 2, size / 2), ch, font=font, fill=fill, anchor="mm")
        rot = -math.degrees(a) - 90 if top else -math.degrees(a) + 90
        glyph = glyph.rotate(rot, resample=Image.BICUBIC)
        x = center + radius * math.cos(a) - size / 2
        y = center + radius * math.sin(a) - size / 2
        img.alpha_composite(glyph, (int(round(x)), int(round(y))))
        angle = a + half if top else a - half


def make_demo_seal_png(path: Path | str, org_name: str, diameter_px: int = 472) -> Path:
    """A red round seal: double ring, the organisation name along the ring, a star, "DEMO".

    472 px at 300 dpi is 40 mm, the real size of an official seal.
    """
    d = diameter_px
    img = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c = d / 2
    ring = max(6, d // 45)
    draw.ellipse((ring / 2, ring / 2, d - ring / 2, d - ring / 2), outline=SEAL_RED, width=ring)
    inner = d * 0.30
    draw.ellipse((c - inner, c - inner, c + inner, c + inner), outline=SEAL_RED, width=max(3, ring // 2))
    name = unicodedata.normalize("NFC", org_name.upper())
    size = max(12, d // 14)
    font = _serif(italic=False, bold=True, size=size)
    # Long names: shrink the type until the name fits in 300° of the ring.
    while size > 10 and draw.textlength(name, font=font) * 1.08 > math.radians(300) * d * 0.385:
        size -= 1
        font = _serif(italic=False, bold=True, size=size)
    _text_on_arc(img, name, c, d * 0.385, font, SEAL_RED, top=True)
    # Five-pointed star in the centre, "DEMO" under it.
    star_r = d * 0.10
    pts = []
    for k in range(10):
        r = star_r if k % 2 == 0 else star_r * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c - d * 0.05 + r * math.sin(a)))
    draw.polygon(pts, fill=SEAL_RED)
    draw.text((c, c + d * 0.13), "DEMO", font=_serif(False, True, max(10, d // 12)), fill=SEAL_RED, anchor="mm")
    out = Path(path)
    img.save(out, format="PNG", dpi=(300, 300))
    return out
