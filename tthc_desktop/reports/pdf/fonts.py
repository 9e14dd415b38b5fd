"""Find and register the serif font used by every official document (docs/ARCHITECTURE.md §10.3).

Nghị định 30/2020/NĐ-CP requires Times New Roman. On Windows we use the system
copy; elsewhere we fall back to a metric-compatible font (Liberation Serif, then
Tinos), then to DejaVu Serif, which at least has every Vietnamese glyph. The four
styles are registered with reportlab as one family named ``TimesVN``; a font file is
only accepted when it has every Vietnamese letter (old Liberation 1.x builds do not); reportlab
embeds TrueType fonts as subsets, so the PDF never depends on the reader's fonts.

Search order: the directory in ``TTHC_FONT_DIR`` (all families, in order), then all
system font directories together (all families, in order). A font the user points
at explicitly therefore wins over whatever the system has.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

FAMILY_NAME = "TimesVN"

# reportlab font names of the four faces of the family.
_FACE_NAMES = {
    (False, False): FAMILY_NAME,
    (True, False): f"{FAMILY_NAME}-Bold",
    (False, True): f"{FAMILY_NAME}-Italic",
    (True, True): f"{FAMILY_NAME}-BoldItalic",
}


class FontNotFound(RuntimeError):
    """No usable serif font with Vietnamese glyphs was found."""


@dataclass(frozen=True)
class SerifFonts:
    """Paths of the four faces of one serif family."""

    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


@dataclass(frozen=True)
class _Candidate:
    family: str
    # Each style lists accepted file names (lower case), first match wins.
    regular: tuple[str, ...]
    bold: tuple[str, ...]
    italic: tuple[str, ...]
    bold_italic: tuple[str, ...]


_CANDIDATES: tuple[_Candidate, ...] = (
    _Candidate(
        "Times New Roman",
        # Windows names first, then the msttcorefonts names used on Linux.
        ("times.ttf", "times_new_roman.ttf", "timesnewroman.ttf"),
        ("timesbd.ttf", "times_new_roman_bold.ttf", "timesnewromanbold.ttf"),
        ("timesi.ttf", "times_new_roman_italic.ttf", "timesnewromanitalic.ttf"),
        ("timesbi.ttf", "times_new_roman_bold_italic.ttf", "timesnewromanbolditalic.ttf"),
    ),
    _Candidate(
        "Liberation Serif",
        ("liberationserif-regular.ttf",),
        ("liberationserif-bold.ttf",),
        ("liberationserif-italic.ttf",),
        ("liberationserif-bolditalic.ttf",),
    ),
    _Candidate(
        "Tinos",
        ("tinos-regular.ttf",),
        ("tinos-bold.ttf",),
        ("tinos-italic.ttf",),
        ("tinos-bolditalic.ttf",),
    ),
    _Candidate(
        "DejaVu Serif",
        ("dejavuserif.ttf",),
        ("dejavuserif-bold.ttf",),
        ("dejavuserif-italic.ttf",),
        ("dejavuserif-bolditalic.ttf",),
    ),
)


def system_font_dirs(env: Mapping[str, str] | None = None) -> list[Path]:
    """Directories where the operating system keeps fonts, most important first."""
    env = os.environ if env is None else env
    dirs: list[Path] = []
    windir = env.get("WINDIR") or env.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local_app_data = env.get("LOCALAPPDATA")
    if local_app_data:
        # Fonts installed "for this user only" on Windows 10+.
        dirs.append(Path(local_app_data) / "Microsoft" / "Windows" / "Fonts")
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    dirs += [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".fonts",
        home / ".local" / "share" / "fonts",
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
    ]
    return dirs


# Every precomposed Vietnamese letter (NFC text uses these code points). Old font builds
# such as Liberation 1.07 (Debian's fonts-liberation) lack them and would print boxes.
VIETNAMESE_LETTERS = (
    "ĂÂĐÊÔƠƯăâđêôơư"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)


@functools.lru_cache(maxsize=64)
def covers_vietnamese(path: Path) -> bool:
    """True when the TrueType font at *path* has a glyph for every Vietnamese letter."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        font = TTFontFile(str(path))
    except Exception:  # unreadable or not a TrueType outline font: not usable either way
        return False
    return all(ord(char) in font.charToGlyph for char in VIETNAMESE_LETTERS)


def _index_dir(directory: Path) -> dict[str, list[Path]]:
    """Map lower-case file name → paths of every .ttf with that name under *directory*."""
    found: dict[str, list[Path]] = {}
    if not directory.is_dir():
        return found
    for root, subdirs, files in os.walk(directory):
        subdirs.sort()
        for name in sorted(files):
            if name.lower().endswith(".ttf"):
                found.setdefault(name.lower(), []).append(Path(root) / name)
    return found


def _pick(index: Mapping[str, list[Path]], names: Iterable[str]) -> Path | None:
    """First file with one of *names* that has the Vietnamese glyphs."""
    for name in names:
        for path in index.get(name, []):
            if covers_vietnamese(path):
                return path
    return None


def _match(candidate: _Candidate, index: Mapping[str, list[Path]]) -> SerifFonts | None:
    faces = [
        _pick(index, names)
        for names in (candidate.regular, candidate.bold, candidate.italic, candidate.bold_italic)
    ]
    if any(face is None for face in faces):
        # A family without all four faces would silently fake bold or italic.
        return None
    regular, bold, italic, bold_italic = faces
    assert regular and bold and italic and bold_italic
    return SerifFonts(candidate.family, regular, bold, italic, bold_italic)


def find_serif_fonts(
    search_dirs: Sequence[Path] | None = None, env: Mapping[str, str] | None = None
) -> SerifFonts:
    """Return the best available serif family, or raise :class:`FontNotFound`.

    *search_dirs* replaces the system directories (tests use it); ``TTHC_FONT_DIR``
    from *env* (default ``os.environ``) is always searched first.
    """
    env = os.environ if env is None else env
    user_dir = Path(env["TTHC_FONT_DIR"]) if env.get("TTHC_FONT_DIR") else None
    system_dirs = list(system_font_dirs(env) if search_dirs is None else search_dirs)
    dirs = ([user_dir] if user_dir else []) + system_dirs

    # The user's directory is a group of its own; the system directories are merged
    # so that Times New Roman anywhere beats Liberation Serif anywhere.
    groups: list[list[Path]] = ([[user_dir]] if user_dir else []) + [system_dirs]
    for group in groups:
        index: dict[str, list[Path]] = {}
        for directory in group:
            for name, paths in _index_dir(directory).items():
                index.setdefault(name, []).extend(paths)
        for candidate in _CANDIDATES:
            fonts = _match(candidate, index)
            if fonts is not None:
                return fonts

    looked_for = ", ".join(c.family for c in _CANDIDATES)
    where = "; ".join(str(d) for d in dirs)
    raise FontNotFound(
        f"Không tìm thấy phông chữ có chân hỗ trợ đầy đủ tiếng Việt (đã tìm: {looked_for}, "
        f"đủ 4 kiểu thường, đậm, nghiêng, đậm nghiêng; trong các thư mục: {where}). "
        "Hãy cài đặt phông Times New Roman (trên Windows có sẵn trong C:\\Windows\\Fonts), "
        "hoặc trên Linux cài gói fonts-liberation2 hay fonts-liberation bản 2 trở lên "
        "(sudo apt install fonts-liberation2), hoặc đặt biến môi trường "
        "TTHC_FONT_DIR trỏ tới thư mục chứa các tệp times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf."
    )


def register_fonts(fonts: SerifFonts | None = None) -> str:
    """Register the ``TimesVN`` family with reportlab (once per process) and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FAMILY_NAME in pdfmetrics.getRegisteredFontNames():
        return FAMILY_NAME
    fonts = fonts or find_serif_fonts()
    # Register the styled faces first, the plain name last: it is the "done" marker.
    for (bold, italic), path in (
        ((True, False), fonts.bold),
        ((False, True), fonts.italic),
        ((True, True), fonts.bold_italic),
        ((False, False), fonts.regular),
    ):
        pdfmetrics.registerFont(TTFont(_FACE_NAMES[(bold, italic)], str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY_NAME,
        normal=_FACE_NAMES[(False, False)],
        bold=_FACE_NAMES[(True, False)],
        italic=_FACE_NAMES[(False, True)],
        boldItalic=_FACE_NAMES[(True, True)],
    )
    return FAMILY_NAME


def font_name(bold: bool = False, italic: bool = False) -> str:
    """reportlab name of the registered face with the given style."""
    return _FACE_NAMES[(bool(bold), bool(italic))]
