"""Pick a serif font file that has every glyph of a given text.

The project's serif family (reports.pdf.fonts: Times New Roman, else Liberation
Serif...) comes first. But Debian's fonts-liberation 1.07 lacks most Vietnamese
precomposed letters (ư, ờ, ố, Ở...), so when the first choice cannot draw the text
we fall back to DejaVu Serif, which has them all, rather than print empty boxes.
"""

from __future__ import annotations

import functools
from pathlib import Path

_DEJAVU = {
    (False, False): "DejaVuSerif.ttf",
    (True, False): "DejaVuSerif-Bold.ttf",
    (False, True): "DejaVuSerif-Italic.ttf",
    (True, True): "DejaVuSerif-BoldItalic.ttf",
}
_DEJAVU_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


@functools.lru_cache(maxsize=32)
def _charset(path: Path) -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(path)).charToGlyph)


def covers(path: Path, text: str) -> bool:
    chars = _charset(path)
    return all(ord(ch) in chars for ch in text if not ch.isspace())


def serif_candidates(bold: bool, italic: bool) -> list[Path]:
    paths: list[Path] = []
    try:
        from tthc_desktop.reports.pdf.fonts import find_serif_fonts

        fonts = find_serif_fonts()
        paths.append(
            {
                (False, False): fonts.regular,
                (True, False): fonts.bold,
                (False, True): fonts.italic,
                (True, True): fonts.bold_italic,
            }[(bold, italic)]
        )
    except Exception:  # FontNotFound: the fallback below may still work
        pass
    paths += [d / _DEJAVU[(bold, italic)] for d in _DEJAVU_DIRS if (d / _DEJAVU[(bold, italic)]).is_file()]
    return paths


def serif_font_for(text: str, *, bold: bool = False, italic: bool = False) -> Path | None:
    """First serif font file able to draw all of *text*, or None if none is found."""
    candidates = serif_candidates(bold, italic)
    for path in candidates:
        if covers(path, text):
            return path
    return candidates[0] if candidates else None
