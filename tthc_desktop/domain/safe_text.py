"""Text from outside (certificate names, PDF field names) made safe to print.

A certificate's CN may hold a newline or a terminal escape sequence; printed raw it can forge
whole lines of a verification report ("được tin cậy: có") or recolour the terminal. Every place
that shows such text goes through ``safe_display``: control, format (bidi overrides) and line or
paragraph separator characters become visible ``\\xNN`` / ``\\uNNNN`` escapes.
"""

from __future__ import annotations

import unicodedata

_UNSAFE_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}


def _escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def safe_display(text: object) -> str:
    """*text* with every non-printing character shown as an escape (a backslash stays itself)."""
    s = "" if text is None else str(text)
    if s.isprintable():  # fast path: nothing to escape (isprintable is False for all of the above)
        return s
    return "".join(_escape(ch) if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch for ch in s)
