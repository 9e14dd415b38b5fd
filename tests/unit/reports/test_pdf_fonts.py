"""Font discovery for official documents: Times New Roman first, Vietnamese coverage required."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from tthc_desktop.reports.pdf import fonts
from tthc_desktop.reports.pdf.fonts import (
    FAMILY_NAME,
    FontNotFound,
    covers_vietnamese,
    find_serif_fonts,
    font_name,
    register_fonts,
)

DEJAVU = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")


def _system_serif() -> fonts.SerifFonts:
    found = find_serif_fonts(env={})
    assert covers_vietnamese(found.regular)
    return found


def _copy_as(found: fonts.SerifFonts, target: Path, names: tuple[str, str, str, str]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for src, name in zip((found.regular, found.bold, found.italic, found.bold_italic), names, strict=True):
        shutil.copy(src, target / name)


def test_system_has_a_vietnamese_serif():
    found = _system_serif()
    assert found.family in {"Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif"}
    for path in (found.regular, found.bold, found.italic, found.bold_italic):
        assert path.is_file()


def test_times_new_roman_is_preferred_with_windows_names(tmp_path):
    found = _system_serif()
    _copy_as(found, tmp_path / "Windows" / "Fonts", ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
    _copy_as(found, tmp_path / "other", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                         "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"))
    result = find_serif_fonts(search_dirs=[tmp_path / "other", tmp_path / "Windows" / "Fonts"], env={})
    assert result.family == "Times New Roman"
    assert result.bold.name == "timesbd.ttf" and result.bold_italic.name == "timesbi.ttf"


def test_windir_is_searched(tmp_path):
    found = _system_serif()
    _copy_as(found, tmp_path / "Fonts", ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
    dirs = fonts.system_font_dirs({"WINDIR": str(tmp_path), "HOME": str(tmp_path)})
    assert dirs[0] == tmp_path / "Fonts"
    assert find_serif_fonts(search_dirs=dirs[:1], env={}).family == "Times New Roman"


def test_font_dir_env_is_searched_first(tmp_path):
    found = _system_serif()
    _copy_as(found, tmp_path / "mine", DEJAVU)
    _copy_as(found, tmp_path / "sys", ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
    result = find_serif_fonts(search_dirs=[tmp_path / "sys"], env={"TTHC_FONT_DIR": str(tmp_path / "mine")})
    assert result.family == "DejaVu Serif"
    assert result.regular.parent == tmp_path / "mine"


def test_fonts_without_vietnamese_letters_are_rejected(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"):
        (broken / name).write_bytes(b"not a font")
    assert not covers_vietnamese(broken / "times.ttf")
    with pytest.raises(FontNotFound) as error:
        find_serif_fonts(search_dirs=[broken], env={})
    message = str(error.value)
    assert "Times New Roman" in message and "fonts-liberation" in message
    assert "Không tìm thấy phông chữ" in message
    assert str(broken) in message


def test_missing_style_skips_the_family(tmp_path):
    found = _system_serif()
    _copy_as(found, tmp_path, ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
    (tmp_path / "timesbi.ttf").unlink()
    with pytest.raises(FontNotFound):
        find_serif_fonts(search_dirs=[tmp_path], env={})


def test_register_fonts_once_and_face_names():
    assert register_fonts() == FAMILY_NAME
    assert register_fonts() == FAMILY_NAME
    registered = pdfmetrics.getRegisteredFontNames()
    for bold in (False, True):
        for italic in (False, True):
            assert font_name(bold, italic) in registered
    assert font_name(True, True) == "TimesVN-BoldItalic"
    assert pdfmetrics.stringWidth("Hạnh phúc", font_name(), 14) > 0
