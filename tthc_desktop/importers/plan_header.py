"""One-row header detection (the first reading) and the column vocabulary shared with
:mod:`.plan_header_row`, whose reading (two-row headers, code columns) the importer uses; this one is kept
so a mapping it produced can be recognised (``plan_header_row.upgrade_mapping``).

Public API (re-exported by :mod:`tthc_desktop.importers.plan_table`):
    ``ColumnMapping``                                0-based column per role + header rows
    ``find_header(table) -> ColumnMapping | None``
    ``label_role(text) -> str | None``               role named by one header label

The header is the first row (within the first 50) where a content column ("Nội dung công
việc", "Tên nhiệm vụ", "Nội dung", ...) and at least one of STT / lead / deadline are found.
A following row of sub-headers ("Cơ quan chủ trì" | "Cơ quan phối hợp" under a merged
"Trách nhiệm") makes it a two-row header. Matching is case- and diacritic-insensitive; title
lines above the header are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .plan_hierarchy import ROMAN_RE
from .plan_hierarchy import norm_token as norm_stt  # one rule for the STT column's numbers
from .table_readers import RawTable, fold

__all__ = [
    "COLUMN_LABELS",
    "NUMBERED_ROW_RE",
    "NUMBER_LABEL_RE",
    "ROLES",
    "ColumnMapping",
    "agency_or_content",
    "find_header",
    "is_task_number",
    "label_role",
    "norm_stt",
    "sub_header_cells",
]

ROLES = ("number", "content", "lead", "coordinating", "deadline", "product", "notes")
COLUMN_LABELS = {
    "number": "Số TT",
    "content": "Nội dung công việc",
    "lead": "Cơ quan chủ trì",
    "coordinating": "Cơ quan phối hợp",
    "deadline": "Thời gian hoàn thành",
    "product": "Sản phẩm",
    "notes": "Ghi chú",
}

# Up to 6 digits: a plan may list 1 000+ tasks (3 digits merged task 1000 into 999, issue 18).
NUM_RE = re.compile(r"\d{1,6}(\.\d{1,4}){0,5}")


@dataclass(frozen=True)
class ColumnMapping:
    """0-based column of each role (None when absent) and the 0-based header rows."""

    number: int | None = None
    content: int | None = None
    lead: int | None = None
    coordinating: int | None = None
    deadline: int | None = None
    product: int | None = None
    notes: int | None = None
    header_rows: tuple[int, ...] = ()

    def columns(self) -> dict[str, int]:
        """Role → column for the roles present."""
        return {
            k: v
            for k in ROLES
            if (v := getattr(self, k)) is not None
        }



_MAX_LABEL = 70
_HEADER_SCAN = 50
# "I. Nhiệm vụ chung", "2 Nội dung …": a numbered row, not a label
NUMBERED_ROW_RE = re.compile(r"([ivxl]+|\d+(\.\d+)*)[.)]?\s")
NUMBER_LABEL_RE = re.compile(r"(so?\.?\s*)?t\.?\s*t\.?|so thu tu|thu tu|so")
_LEAD_RE = re.compile(r"(co quan|don vi|co quan, don vi) thuc hien|trach nhiem( thuc hien)?|phan cong")
_CONTENT_RE = re.compile(r"noi dung|nhiem vu|cong viec|giai phap|hoat dong")


def agency_or_content(t: str, lead: re.Pattern[str]) -> str | None:
    """The last rules both readings ask, in this order: "chủ trì", "phối hợp", the *lead* labels, content."""
    if "chu tri" in t:
        return "lead"
    if "phoi hop" in t:
        return "coordinating"
    if lead.fullmatch(t):
        return "lead"
    if _CONTENT_RE.search(t) and not t.startswith("trach"):
        return "content"
    return None


def label_role(text: str) -> str | None:
    """Which column a header label names, or None."""
    t = fold(text).strip(" :*().")
    if not t or len(t) > _MAX_LABEL:
        return None
    t = re.sub(r"\s*\(\d+\)$", "", t)  # "Sản phẩm (6)"
    if NUMBERED_ROW_RE.match(t):
        return None
    if NUMBER_LABEL_RE.fullmatch(t):
        return "number"
    if "ghi chu" in t:
        return "notes"
    if re.search(r"thoi gian|thoi han|tien do|han hoan thanh|moc hoan thanh", t):
        return "deadline"
    if re.search(r"san pham|ket qua", t):
        return "product"
    return agency_or_content(t, _LEAD_RE)


def is_task_number(text: str) -> bool:
    return bool(NUM_RE.fullmatch(norm_stt(text)) or ROMAN_RE.fullmatch(norm_stt(text)))


def _roles_of(top: list[str], sub: list[str] | None) -> dict[str, int]:
    roles: dict[str, int] = {}
    for c, top_text in enumerate(top):
        role = label_role(sub[c]) if sub is not None and sub[c] else None
        if role is None:
            role = label_role(top_text)
        if role is not None and role not in roles:
            roles[role] = c
    return roles


def sub_header_cells(row: list[str]) -> list[tuple[int, str]]:
    """(column, text) of the filled cells of a row that may be a second header row; none when the row
    starts with a task number."""
    if any(is_task_number(v) for v in row[:1]):
        return []
    return [(c, v) for c, v in enumerate(row) if v]


def _is_sub_header(top: list[str], row: list[str]) -> bool:
    new = [v for c, v in sub_header_cells(row) if v != top[c]]
    return bool(new) and all(label_role(v) is not None for v in new)


def find_header(table: RawTable) -> ColumnMapping | None:
    """Detect the header; None when no row looks like a task-table header."""
    rows = table.rows
    for i in range(min(len(rows), _HEADER_SCAN)):
        top = rows[i]
        if len(_roles_of(top, None)) < 2:
            continue  # a title line (merged across the row) is not a header top row
        sub = rows[i + 1] if i + 1 < len(rows) and _is_sub_header(top, rows[i + 1]) else None
        roles = _roles_of(top, sub)
        if sub is not None and "content" not in roles:  # a task row saying "Số TT" is not a sub-header
            sub, roles = None, _roles_of(top, None)
        if "content" in roles and ({"number", "lead", "deadline"} & roles.keys()):
            return ColumnMapping(**roles, header_rows=(i, i + 1) if sub is not None else (i,))
    return None
