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
