"""Folding for search: đ→d, no marks, lower case, any Unicode form."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tthc_desktop.domain.text_fold import fold, query_tokens


def test_examples():
    assert fold("Đức") == "duc"
    assert fold("ĐẤT  ĐAI\n") == "dat dai"
    assert fold("Phi địa giới hành chính") == "phi dia gioi hanh chinh"
    assert fold(None) == ""
    assert query_tokens("  địa-giới, (2025) ") == ["dia", "gioi", "2025"]


@given(st.text())
def test_nfc_and_nfd_fold_alike(text):
    assert fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFD", text))
    assert fold(fold(text)) == fold(text)


def _reference_fold(text: str) -> str:
    """The plain definition: drop every combining character after NFD, then lower case and collapse spaces."""
    text = text.replace("đ", "d").replace("Đ", "D")
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


def test_fast_path_matches_the_definition_for_every_mark_and_space():
    # the regex fast path must not drop U+034F (combining class 0) nor keep any other mark
    chars = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
    for ch in [c for c in chars if unicodedata.combining(c) or c.isspace()] + chars[:0x3000]:
        text = f" \u0301{ch}a\u0301\u00a0Đ "
        assert fold(text) == _reference_fold(text), hex(ord(ch))


@given(st.text())
def test_matches_the_definition(text):
    assert fold(text) == _reference_fold(text)
