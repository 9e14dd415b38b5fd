"""Writing user text into cells safely: never a formula, never an illegal character.

openpyxl turns any string that starts with "=" into a formula (docs/ARCHITECTURE.md §10.4), so every text
cell goes through :func:`set_text`, which forces the string type. Text that Excel or
LibreOffice might read as a formula when the cell is edited ("=", "+", "-", "@") also gets the
quote prefix, the same mark Excel sets when a user types an apostrophe first.
"""

from __future__ import annotations

import unicodedata

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

MAX_CELL_TEXT = 32767  # Excel's limit per cell
RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def clean_text(value: object) -> str:
    """NFC text without the control characters XML cannot hold, cut to Excel's cell limit."""
    text = unicodedata.normalize("NFC", "" if value is None else str(value))
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def set_text(cell: Cell, value: object) -> None:
    """Put ``value`` in ``cell`` as a string (data type "s"), whatever characters it starts with."""
    text = clean_text(value)
    if not text:
        cell.value = None
        return
    # Bound directly as a string: clean_text has already done openpyxl's checks (illegal characters, length),
    # and its type guessing would only make "=…" a formula to be undone.
    cell._value = text
    cell.data_type = "s"
    if text.startswith(RISKY_PREFIXES):
        cell.quotePrefix = True
