"""Writing one typed value into a cell, and saving a workbook atomically.

Numbers stay numbers and dates stay dates (never text that looks like a number); text goes
through :func:`.safe_text.set_text`.
"""

from __future__ import annotations

import datetime
import io
import re
import uuid
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell

from ...store.atomic_files import replace_file
from .safe_text import clean_text, set_text
from .styles import is_number, number_format

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class CellValueError(ValueError):
    """A value that does not fit its column's type (message in Vietnamese)."""


def write_value(cell: Cell, value: object, kind: str, fmt: str | None = None, *, strict: bool = True) -> None:
    """Write ``value`` as ``kind`` ("int", "decimal", "percent", "date", "text").

    With ``strict`` a string in a number or date column is an error; without it (plain list
    exports, where "Thường xuyên" may sit in a date column) it is written as safe text.
    """
    if kind != "text":
        cell.number_format = number_format(kind, fmt)
    put_value(cell, value, kind, strict=strict)


def put_value(cell: Cell, value: object, kind: str, *, strict: bool = True) -> None:
    """The value part of :func:`write_value`, leaving the number format to the caller (a list export
    copies one prepared style per column instead of looking the format up for every cell)."""
    if value is None or value == "":
        cell.value = None
        return
    if kind == "text":
        set_text(cell, value)
    elif kind == "date":
        if isinstance(value, datetime.date):
            cell.value = value
        elif strict:
            raise CellValueError(f"Ô {cell.coordinate}: cần một ngày, không phải «{clean_text(value)}»")
        else:
            set_text(cell, value)
    elif is_number(value):
        if kind == "int" and isinstance(value, float | Decimal) and value != int(value):
            raise CellValueError(f"Ô {cell.coordinate}: cần số nguyên, không phải {value}")
        cell.value = value
    elif strict:
        raise CellValueError(f"Ô {cell.coordinate}: cần một số, không phải «{clean_text(value)}»")
    else:
        set_text(cell, value)


def sheet_title(text: str) -> str:
    """A valid sheet name (≤ 31 characters, none of []:*?/\\)."""
    cleaned = _SHEET_FORBIDDEN.sub("-", clean_text(text)).strip("'") or "Sheet1"
    return cleaned[:31]


def workbook_bytes(wb: Workbook) -> bytes:
    """The .xlsx in memory. openpyxl leaves its ZipFile open when a write fails: on a full disk that
    printed "Exception ignored in ZipFile.__del__ … [Errno 28]" (issue 18). In memory nothing can fail
    half-way; the one disk write is then ours, and its OSError is worded in Vietnamese by the caller."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def save_atomically(wb: Workbook, out_path: Path | str) -> Path:
    """Save to a temp file beside ``out_path``, then ``os.replace`` it (docs/ARCHITECTURE.md §10.7)."""
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # our own unique name (not mkstemp): the file gets the usual permissions, not 0600
    tmp_name = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    data = workbook_bytes(wb)
    try:
        with open(tmp_name, "wb") as fh:
            fh.write(data)
        replace_file(tmp_name, target)
    except BaseException:
        tmp_name.unlink(missing_ok=True)
        raise
    return target
