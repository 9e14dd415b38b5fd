"""One plan file read once: its tables, its heading fields and its SHA-256, whatever its type.

Public API:
    ``PlanSource``                                   path, kind, sha256, tables, heading lines and fields
    ``open_plan_source(path) -> PlanSource``         .pdf, .docx/.docm, .xlsx/.xlsm, .txt/.tsv/.md
    ``choose_table(source_or_tables, *, table=None, sheet=None) -> int``
        the 0-based table to import: ``--sheet`` by name, ``--table`` by 1-based number, else the first
        table with a recognisable task header. The CLI and the wizard both use it.
    ``candidate_tables(tables) -> list[CandidateTable]``   the wizard's table list (✓ = header found)
    ``table_for_import(tables, index, mapping=None) -> RawTable``  the chosen table with its continuations
    ``read_plan_file(path, *, table=None, sheet=None) -> (tables, ParsedPlan)``  read, choose and parse
    ``list_candidate_tables(path) -> list[CandidateTable]``  the wizard's table list of a file

Heading lines are the text outside the task table: PDF lines, Word paragraphs, the rows of an Excel sheet
above its header, the lines of a text file before its table. :func:`.plan_heading.parse_heading` turns
them into số/ký hiệu, date, issuer and trích yếu.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..store.files import sha256_file
from .errors import ImportFailure
from .plan_file import CandidateTable, read_tables, table_for_import
from .plan_header_row import find_header  # the table-inference reading (two-row headers, code columns)
from .plan_heading import HeadingFields, parse_heading
from .plan_table import ParsedPlan, parse_plan_table
from .plan_table import find_header as find_task_header  # the parser's own reading of the chosen table
from .table_readers import RawTable, check_regular_file, read_docx, read_xlsx_sheets
from .text_table import read_text_source

__all__ = ["CandidateTable", "PlanSource", "candidate_tables", "choose_table", "list_candidate_tables",
           "open_plan_source", "read_plan_file", "table_for_import"]

PREVIEW_ROWS = 8
_HEAD_ROWS = 15  # Excel title rows looked at above a sheet's header


@dataclass(frozen=True)
class PlanSource:
    path: Path
    kind: str  # "pdf", "docx", "xlsx", "text"
    sha256: str
    tables: list[RawTable]
    heading_lines: list[str] = field(default_factory=list)

    @property
    def heading(self) -> HeadingFields:
        return parse_heading(self.heading_lines)


def _kind(path: Path) -> str:
    from .plan_file import _zip_kind
    from .table_readers import sniff_kind

    magic = sniff_kind(path)
    ext = path.suffix.lower()
    if magic == "pdf":
        return "pdf"
    if magic == "zip":
        actual = _zip_kind(path)
        if actual in ("docx", "xlsx"):
            return actual
    if ext in (".docx", ".docm"):
        return "docx"
    if ext in (".xlsx", ".xlsm"):
        return "xlsx"
    if ext == ".pdf":
        return "pdf"  # not a PDF inside: read_pdf reports the damage
    return "other"


def _sheet_heading(tables: list[RawTable]) -> list[str]:
    """Title rows above each sheet's header ("KẾ HOẠCH …", "(Ban hành kèm theo …)"), merged cells once."""
    lines: list[str] = []
    for t in tables:
        mapping = find_header(t)
        stop = mapping.header_rows[0] if mapping is not None and mapping.header_rows else min(len(t.rows), _HEAD_ROWS)
        for row in t.rows[: min(stop, _HEAD_ROWS)]:
            cells = list(dict.fromkeys(c for c in row if c))
            lines.append(" ".join(cells))
    return lines


def open_plan_source(path: str | os.PathLike[str]) -> PlanSource:
    """Read ``path`` once (see the module docstring); every failure is an ImportFailure."""
    path = Path(path)
    check_regular_file(path)
    kind = _kind(path)
    if kind == "pdf":
        from .pdf_tables import read_pdf

        content = read_pdf(path)
        tables, heading = content.tables, content.text_lines
    elif kind == "docx":
        tables, heading = read_docx(path)
    elif kind == "xlsx":
        tables = read_xlsx_sheets(path)
        heading = _sheet_heading(tables)
    elif path.suffix.lower() in (".doc", ".xls"):
        tables, heading = read_tables(path), []  # raises the "old Office format" message
    else:
        tables, text = read_text_source(path)
        heading = text.split("\n")[:80]
        kind = "text"
    return PlanSource(path, kind, sha256_file(path), tables, heading)


def choose_table(source: PlanSource | list[RawTable], *, table: int | None = None, sheet: str | None = None,
                 path: str | os.PathLike[str] | None = None) -> int:
    """The 0-based index of the table to import (see the module docstring)."""
    tables = source.tables if isinstance(source, PlanSource) else source
    path = path if path is not None else (source.path if isinstance(source, PlanSource) else None)
    if sheet is not None:
        names = [t.name for t in tables]
        if sheet not in names:
            raise ImportFailure(path, f'không có trang tính "{sheet}" (có: {", ".join(names)})')
        return names.index(sheet)
    if table is not None:
        if not 1 <= table <= len(tables):
            raise ImportFailure(path, f"không có bảng số {table} (tệp có {len(tables)} bảng)")
        return table - 1
    index = next((i for i, t in enumerate(tables) if find_header(t) is not None), None)
    if index is None:
        raise ImportFailure(path, "không tìm thấy bảng nhiệm vụ: không bảng nào có cột Nội dung công việc kèm cột "
                                  "Số TT, Cơ quan chủ trì hoặc Thời gian hoàn thành")
    return index


def candidate_tables(tables: list[RawTable]) -> list[CandidateTable]:
    """Every table with its size, whether a header was found, the mapping and its first rows."""
    out: list[CandidateTable] = []
    for i, t in enumerate(tables, start=1):
        mapping = find_header(t)
        out.append(CandidateTable(index=i, name=t.name, row_count=len(t.rows), column_count=t.width,
                                  has_header=mapping is not None, mapping=mapping,
                                  preview=[list(r) for r in t.rows[:PREVIEW_ROWS]]))
    return out


def read_plan_file(path: str | os.PathLike[str], *, table: int | None = None,
                   sheet: str | None = None) -> tuple[list[RawTable], ParsedPlan]:
    """Read ``path`` and parse its task table (chosen by ``choose_table``); returns (all tables, parsed plan)."""
    tables = read_tables(path)
    chosen = choose_table(tables, table=table, sheet=sheet, path=path)
    try:
        mapping = find_task_header(tables[chosen])
        raw = table_for_import(tables, chosen, mapping) if mapping is not None else tables[chosen]
        plan = parse_plan_table(raw, mapping)
    except ImportFailure as exc:
        raise exc if exc.file else exc.with_file(path) from None
    return tables, plan


def list_candidate_tables(path: str | os.PathLike[str]) -> list[CandidateTable]:
    """Every table of the file, for the wizard's table/sheet chooser."""
    return candidate_tables(read_tables(path))
