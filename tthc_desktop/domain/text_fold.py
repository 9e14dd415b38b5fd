"""Folding Vietnamese text for search: lowercase, đ→d, no diacritics, single spaces ("Đất đai" → "dat dai")."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[0-9a-z]+")
# The combining diacritical marks block (every Vietnamese mark) minus U+034F, which has combining class 0.
_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
# A character that is neither ASCII nor one of those marks: its presence sends a text down the general path.
_NOT_ASCII_OR_MARK = re.compile("[^\x00-\x7f\u0300-\u034e\u0350-\u036f]")


def fold(text: str | None) -> str:
    if not text:
        return ""
    # đ/Đ have no decomposition, so NFD alone would keep them (the FTS5 tokenizer does not fold them either).
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    if _NOT_ASCII_OR_MARK.search(text) is None:
        # Vietnamese text decomposes to ASCII letters and marks only: dropping what is not ASCII drops the
        # marks, in one C pass (a regex substitution per mark cost three times more; search indexes every task)
        text = text.encode("ascii", "ignore").decode("ascii")
    else:
        text = _MARKS.sub("", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # str.split() and \s agree on what whitespace is: runs become one space, ends are trimmed
    return " ".join(text.lower().split())


def query_tokens(query: str) -> list[str]:
    """The folded words of a search box entry; punctuation separates words."""
    return _TOKEN.findall(fold(query))
