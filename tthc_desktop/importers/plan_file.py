"""Open a plan file of any supported type and parse its task table.

Public API:
    ``read_tables(path) -> list[RawTable]``
        Dispatch by content and extension: PDF → ruled tables (:mod:`.pdf_tables`); .docx → Word tables; .xlsx/.xlsm → worksheets; .txt/.tsv/.md (and
        any other extension) → tab-separated text. A zip whose content disagrees with its
        extension (an .xlsx renamed .docx) is read by its content.
    ``read_plan_file(path, *, table=None, sheet=None) -> tuple[list[RawTable], ParsedPlan]``
        The table is chosen by :func:`.plan_source.choose_table` (the one the CLI and wizard use).
        Word tables that continue it (same column count, starting with a repeated header or with
        no header at all: one table per page in converted documents) are appended to it.
    ``list_candidate_tables(path) -> list[CandidateTable]``
        For the import wizard: every table with its row count, whether a header was found, the
        detected mapping and the first rows as a preview.
All failures are raised as :class:`ImportFailure` naming the file (and table/sheet).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ImportFailure
from .plan_table import ColumnMapping, ParsedPlan, find_header, parse_plan_table
from .table_readers import (
    RawTable,
    read_docx_tables,
    read_text_file,
    read_xlsx_sheets,
    sniff_kind,
)

__all__ = ["CandidateTable", "list_candidate_tables", "read_plan_file", "read_tables", "table_for_import"]

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


def read_plan_file(
    path: str | os.PathLike[str], *, table: int | None = None, sheet: str | None = None
) -> tuple[list[RawTable], ParsedPlan]:
    """Read ``path`` and parse its task table; returns (all tables, parsed plan)."""
    from .plan_source import choose_table

    tables = read_tables(path)
    chosen = choose_table(tables, table=table, sheet=sheet, path=path)
    try:
        mapping = find_header(tables[chosen])
        raw = _combine_continuations(tables, chosen, mapping) if mapping is not None else tables[chosen]
        plan = parse_plan_table(raw, mapping)
    except ImportFailure as exc:
        raise exc if exc.file else exc.with_file(path) from None
    return tables, plan


def table_for_import(tables: list[RawTable], index: int, mapping: ColumnMapping | None = None) -> RawTable:
    """Table ``index`` (0-based) joined with the Word tables that continue it, for a chosen mapping."""
    mapping = mapping or find_header(tables[index])
    return _combine_continuations(tables, index, mapping) if mapping is not None else tables[index]


def list_candidate_tables(path: str | os.PathLike[str]) -> list[CandidateTable]:
    """Every table of the file, for the wizard's table/sheet chooser."""
    from .plan_source import candidate_tables

    return candidate_tables(read_tables(path))
