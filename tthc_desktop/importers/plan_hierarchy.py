"""Step 2 of reading a plan table: numbering tokens, the numbering column, and parent paths.

Public API:
    ``token_kind(text) -> str``        "roman" | "upper" | "dotted" | "letter" | "code" | "bullet" | "text" | ""
    ``norm_token(text) -> str``        "2.1." → "2.1", "a)" → "a", "(3)" → "3", "N01.1" kept
    ``choose_numbering(columns) -> str | None``
        Which numbering column ("code", "detail", "number") carries the hierarchy: each is tried and
        the one with the most real multi-part evidence wins (a child whose parent is present: "1.1"
        under "1", "a)" after "2", "N01.1" under "N01", "13.5" under "13.0"). A flat running count has
        no evidence and never wins over a column that has some; on a tie a code column (the code is
        the task's number) comes first, then the STT column.
    ``level_key(token) -> str``        the key a child looks its parent up by ("13.0" → "13")
    ``code_parent(code, known) -> str | None``   the longest known code that prefixes ``code``
    ``starts_sequence(token) -> bool`` "1", "a", "N01.1", "2.1": the first child of something

A row's number is a *path*: its parent is the path minus the last part. Which rows are groups is
decided afterwards from the data: a row with rows under it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "ROMAN_RE",
    "choose_numbering",
    "code_parent",
    "level_key",
    "norm_token",
    "starts_sequence",
    "token_kind",
]

ROMAN_RE = re.compile(r"(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})")
_DOTTED_RE = re.compile(r"\d{1,3}(\.\d{1,3}){0,5}")
_LETTER_RE = re.compile(r"[a-zđ]")
_UPPER_RE = re.compile(r"[A-HĐ]")
_SMALL_ROMAN_RE = re.compile(r"(?:ii|iii|iv|vi|vii|viii|ix)")
_BULLET_RE = re.compile(r"[-+•*–—]+")
# "KH20_TT_N01.1.1", "N02.3", "NV-05", "A1.2": letters and digits, dots or separators inside
_CODE_RE = re.compile(r"(?=.*\d)[A-Za-zĐđ0-9][A-Za-zĐđ0-9_\-/]*(\.[A-Za-zĐđ0-9_\-]+)*")
_SEPARATORS = "._-/"
_NUMERIC_RE = re.compile(r"[\d.,]+")
# A row's number is read several times (its kind, its key, its parent's key): the last few are remembered.
_RECENT = 1024


@lru_cache(maxsize=_RECENT)
def norm_token(text: str) -> str:
    """'2.1.' → '2.1', '(3)' → '3', '2,1' → '2.1', 'a)' → 'a'."""
    t = " ".join(text.split()).strip()
    t = t.rstrip(".)").strip().lstrip("(")
    return t.replace(",", ".") if _NUMERIC_RE.fullmatch(t) else t


@lru_cache(maxsize=_RECENT)
def token_kind(text: str) -> str:
    t = norm_token(text)
    if not t:
        return ""
    if ROMAN_RE.fullmatch(t):
        return "roman"
    if _DOTTED_RE.fullmatch(t):
        return "dotted"
    if _LETTER_RE.fullmatch(t) or _SMALL_ROMAN_RE.fullmatch(t):
        return "letter"  # "a)", "b)"; "ii", "iii" number children the same way
    if _UPPER_RE.fullmatch(t):
        return "upper"  # "A", "B": parts above the Roman sections
    if _BULLET_RE.fullmatch(t):
        return "bullet"
    if " " not in t and len(t) <= 40 and _CODE_RE.fullmatch(t):
        return "code"
    return "text"


@lru_cache(maxsize=_RECENT)
def level_key(token: str) -> str:
    """The key children use to find this row: "13.0" is the parent of "13.5", so its key is "13"."""
    t = norm_token(token)
    while t.endswith(".0") and len(t) > 2:
        t = t[:-2]
    return t


def code_parent(code: str, known: set[str] | dict[str, object]) -> str | None:
    """The longest known key that prefixes ``code`` at a separator ("N01.1" for "N01.1.2")."""
    # the prefixes ending before a separator, longest first, looked up: a walk over every known key made
    # reading a plan quadratic in its task count (10,000 tasks: 50 million comparisons)
    for end in range(len(code) - 1, 0, -1):
        if code[end] in _SEPARATORS and code[:end] in known:
            return code[:end]
    return None


def _evidence(tokens: list[str]) -> int:
    """How many tokens hang under another one of the same column."""
    seen: set[str] = set()
    score = 0
    last_numeric = False
    for raw in tokens:
        t = norm_token(raw)
        kind = token_kind(raw)
        if kind in ("", "bullet", "text"):
            continue
        if kind == "letter":
            score += last_numeric
            continue
        if kind == "roman":
            seen.clear()
            last_numeric = False
            continue
        key = level_key(t)
        if code_parent(key, seen) is not None:
            score += 1
        seen.add(key)
        last_numeric = kind in ("dotted", "code")
    return score


def choose_numbering(columns: dict[str, list[str]]) -> str | None:
    """The numbering column with the most hierarchy evidence (see the module docstring)."""
    present = {k: v for k, v in columns.items() if any(x.strip() for x in v)}
    if not present:
        return None
    order = [k for k in ("code", "number", "detail") if k in present]
    return max(order, key=lambda k: (_evidence(present[k]), -order.index(k)))


def starts_sequence(token: str) -> bool:
    """The first child of a level: "1", "1)", "a", "2.1", "N01.1", "13.0"."""
    t = norm_token(token)
    kind = token_kind(token)
    if kind == "letter":
        return t == "a"
    if kind in ("dotted", "code"):
        last = re.split(r"[._\-/]", level_key(t))[-1]
        digits = re.sub(r"\D", "", last)
        return bool(digits) and int(digits) == 1
    return False
