"""Document dataclasses and the text rules of Nghị định 30 (numbering, dates, Nơi nhận, titles)."""

from __future__ import annotations

import datetime
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_desktop.reports.pdf.closing import format_recipients
from tthc_desktop.reports.pdf.document import (
    HeadingBlock,
    Section,
    Signer,
    date_words,
    nfc,
    number_symbol,
    place_date,
)
from tthc_desktop.reports.pdf.fonts import font_name, register_fonts
from tthc_desktop.reports.pdf.heading import balanced_split


def _heading(number, date) -> HeadingBlock:
    return HeadingBlock("UBND TỈNH TIỀN GIANG", "SỞ TƯ PHÁP", number, "BC-STP", "Tiền Giang", date)


@pytest.mark.parametrize(("number", "expected"), [(5, "05/BC-STP"), (9, "09/BC-STP"), (12, "12/BC-STP"), (165, "165/BC-STP")])
def test_number_symbol_pads_below_ten(number, expected):
    assert number_symbol(_heading(number, datetime.date(2025, 1, 1))) == expected


def test_number_symbol_blank_when_unnumbered():
    assert number_symbol(_heading(None, datetime.date(2025, 1, 1))).strip() == "/BC-STP"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (datetime.date(2025, 2, 5), "Tiền Giang, ngày 05 tháng 02 năm 2025"),
        (datetime.date(2025, 1, 31), "Tiền Giang, ngày 31 tháng 01 năm 2025"),
        (datetime.date(2025, 3, 9), "Tiền Giang, ngày 09 tháng 3 năm 2025"),
        (datetime.date(2025, 11, 20), "Tiền Giang, ngày 20 tháng 11 năm 2025"),
        (datetime.date(2025, 12, 1), "Tiền Giang, ngày 01 tháng 12 năm 2025"),
    ],
)
def test_place_date_padding(date, expected):
    assert place_date(_heading(1, date)) == expected


def test_date_words_for_appendix_note():
    assert date_words(datetime.date(2025, 9, 16)) == "ngày 16 tháng 9 năm 2025"


def test_recipients_formatting():
    assert format_recipients(["Văn phòng UBND tỉnh", "- Giám đốc Sở;", "Lưu: VT, VP"]) == [
        "- Văn phòng UBND tỉnh;",
        "- Giám đốc Sở;",
        "- Lưu: VT, VP.",
    ]


def test_recipients_get_mandatory_luu():
    assert format_recipients(["Như trên", "  "]) == ["- Như trên;", "- Lưu: VT."]


def test_nfc_walks_dataclasses():
    decomposed = unicodedata.normalize("NFD", "Hạnh phúc")
    assert decomposed != "Hạnh phúc"
    section = nfc(Section(decomposed, [decomposed], level=2))
    assert section.heading == "Hạnh phúc" and section.paragraphs == ["Hạnh phúc"] and section.level == 2
    signer = nfc(Signer("", decomposed, decomposed))
    assert signer.name == "Hạnh phúc"


def test_title_breaks_at_phrase_boundaries():
    register_fonts()
    bold = font_name(bold=True)
    lines = balanced_split(
        "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính Quý III năm 2025", bold, 14, 444
    )
    assert lines == ["Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính", "Quý III năm 2025"]
    assert balanced_split("Ngắn", bold, 14, 444) == ["Ngắn"]


@given(st.lists(st.sampled_from(["thủ", "tục", "hành", "chính,", "Quý", "năm", "2025", "của", "Sở"]), min_size=1, max_size=40))
def test_balanced_split_keeps_words_and_line_count(words):
    register_fonts()
    from reportlab.lib.utils import simpleSplit

    text = " ".join(words)
    bold = font_name(bold=True)
    lines = balanced_split(text, bold, 14, 200)
    assert " ".join(lines).split() == words
    assert len(lines) == len(simpleSplit(text, bold, 14, 200))
