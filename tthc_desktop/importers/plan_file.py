"""Open a plan file of any supported type and parse its task table.

Public API:
    ``read_tables(path) -> list[RawTable]``
        Dispatch by content and extension: PDF → ruled tables (:mod:`.pdf_tables`); .docx → Word tables; .xlsx/.xlsm → worksheets; .txt/.tsv/.md (and
        any other extension) → tab-separated text. A zip whose content disagrees with its
        extension (an .xlsx renamed .docx) is read by its content.
    ``table_for_import(tables, index, mapping=None) -> RawTable``
        Word tables that continue table ``index`` (same column count, starting with a repeated header or
        with no header at all: one table per page in converted documents) are appended to it.
Choosing the table and parsing it (``read_plan_file``) live in :mod:`.plan_source`, which builds on this.
All failures are raised as :class:`ImportFailure` naming the file (and table/sheet).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ImportFailure
from .plan_table import ColumnMapping, find_header
from .table_readers import RawTable, read_docx_tables, read_xlsx_sheets, sniff_kind
from .text_table import read_text_file

__all__ = ["CandidateTable", "read_tables", "table_for_import"]

PREVIEW_ROWS = 8


@dataclass(frozen=True)
class CandidateTable:
    index: int  # 1-based, the value for ``read_plan_file(table=...)``
    name: str
    row_count: int
    column_count: int
    has_header: bool
    mapping: ColumnMapping | None
    preview: list[list[str]]


def _zip_kind(path: str | os.PathLike[str]) -> str | None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except Exception:
        return None  # the reader reports the corruption with a proper message
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def read_tables(path: str | os.PathLike[str]) -> list[RawTable]:
    """All tables of a .docx/.xlsx/.xlsm/.txt/.tsv/.md file (see the module docstring)."""
    ext = Path(path).suffix.lower()
    kind = sniff_kind(path)  # raises for a missing file
    if kind == "zip":
        actual = _zip_kind(path)
        if actual == "docx" and ext not in (".docx", ".docm"):
            ext = ".docx"
        elif actual == "xlsx" and ext not in (".xlsx", ".xlsm"):
            ext = ".xlsx"
    if kind == "pdf" or ext == ".pdf":
        from .pdf_tables import read_pdf

        return read_pdf(path).tables
    if ext in (".docx", ".docm"):
        return read_docx_tables(path)
    if ext in (".xlsx", ".xlsm"):
        return read_xlsx_sheets(path)
    if ext in (".doc", ".xls"):
        if kind == "ole":
            raise ImportFailure(
                path, "định dạng Office cũ (.doc/.xls) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .docx/.xlsx"
            )
    return read_text_file(path)


def _combine_continuations(tables: list[RawTable], start: int, mapping: ColumnMapping) -> RawTable:
    """Append the Word tables that continue ``tables[start]`` on later pages."""
    first = tables[start]
    if first.location_kind != "table" or first.line_numbers is not None or first.pages is not None:
        return first  # sheets, text, and PDF tables (already joined over pages by the PDF reader)
    rows = [list(r) for r in first.rows]
    left, above = set(first.merged_left), set(first.merged_above)
    last = start
    for nxt in tables[start + 1 :]:
        if nxt.width != first.width:
            break
        header = find_header(nxt)
        if header is not None and header.content != mapping.content:
            break
        offset = len(rows)
        rows.extend(list(r) for r in nxt.rows)
        left |= {(r + offset, c) for r, c in nxt.merged_left}
        above |= {(r + offset, c) for r, c in nxt.merged_above}
        last += 1
    if last == start:
        return first
    name = f"{first.name}–{tables[last].name.split()[-1]}"
    return RawTable(name, rows, frozenset(left), frozenset(above), first.source, first.location_kind)


def table_for_import(tables: list[RawTable], index: int, mapping: ColumnMapping | None = None) -> RawTable:
    """Table ``index`` (0-based) joined with the Word tables that continue it, for a chosen mapping."""
    mapping = mapping or find_header(tables[index])
    return _combine_continuations(tables, index, mapping) if mapping is not None else tables[index]
