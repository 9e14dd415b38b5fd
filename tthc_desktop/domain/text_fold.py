"""Folding Vietnamese text for search: lowercase, đ→d, no diacritics, single spaces ("Đất đai" → "dat dai")."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[0-9a-z]+")
# The combining diacritical marks block (every Vietnamese mark) minus U+034F, which has combining class 0.
# One regex pass removes them; only text still not ASCII after it needs the per-character check.
_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def fold(text: str | None) -> str:
    if not text:
        return ""
    # đ/Đ have no decomposition, so NFD alone would keep them (the FTS5 tokenizer does not fold them either).
    text = _MARKS.sub("", unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")))
    if not text.isascii():
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # str.split() and \s agree on what whitespace is: runs become one space, ends are trimmed
    return " ".join(text.lower().split())


def query_tokens(query: str) -> list[str]:
    """The folded words of a search box entry; punctuation separates words."""
    return _TOKEN.findall(fold(query))
