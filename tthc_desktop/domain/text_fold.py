"""Folding Vietnamese text for search: lowercase, đ→d, no diacritics, single spaces ("Đất đai" → "dat dai")."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[0-9a-z]+")


def fold(text: str | None) -> str:
    if not text:
        return ""
    # đ/Đ have no decomposition, so NFD alone would keep them (the FTS5 tokenizer does not fold them either).
    text = text.replace("đ", "d").replace("Đ", "D")
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def query_tokens(query: str) -> list[str]:
    """The folded words of a search box entry; punctuation separates words."""
    return _TOKEN.findall(fold(query))
