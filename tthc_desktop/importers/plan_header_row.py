"""Step 1 of reading a plan table: find its header rows and what each column holds.

Public API:
    ``PlanColumns``                                  a :class:`ColumnMapping` with the extra columns
    ``find_header(table) -> PlanColumns | None``     None when no row looks like a task-table header
    ``detect_header(table) -> PlanColumns``          the same, raising ImportFailure when not found
    ``upgrade_mapping(table, mapping) -> PlanColumns``  a plain mapping (chosen by hand) plus the
                                                     header rows and extra columns found in the table
    ``column_role(text, parent="") -> str | None``   role named by one header label
    ``is_header_like(cells) -> bool``                every filled cell is a header label

Headers seen in real plans:
  - one row, or a parent row spanning sub-columns over a second row: "STT" over "TT" | "Chi tiết",
    "Đơn vị thực hiện"/"Trách nhiệm" over "Chủ trì" | "Phối hợp", "Thời gian" over "Bắt đầu" |
    "Hoàn thành" (the sub-label names the column; the parent only fills the gaps);
  - a column-index row "(1) (2) (3)" under the labels (part of the header);
  - a title merged above the table (skipped: it names fewer than two roles);
  - code columns "Mã nhiệm vụ", "Mã số" (never the content, although they say "nhiệm vụ");
  - two numbering columns: a running count ("TT") and a detail column ("Chi tiết");
  - a second product-like column ("Hình thức văn bản" beside "Kết quả/sản phẩm").
Matching is case- and diacritic-insensitive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from .errors import ImportFailure
from .plan_header import (
    COLUMN_LABELS,
    NUMBER_LABEL_RE,
    NUMBERED_ROW_RE,
    ROLES,
    ColumnMapping,
    agency_or_content,
    is_task_number,
    sub_header_cells,
)
from .plan_header import find_header as legacy_find_header
from .table_readers import RawTable, fold

__all__ = [
    "EXTRA_ROLES",
    "PlanColumns",
    "column_role",
    "detect_header",
    "find_header",
    "is_header_like",
    "is_index_row",
    "upgrade_mapping",
]

# Columns beyond the base mapping: detail numbering, task code, start date, a second product column.
EXTRA_ROLES = ("detail", "code", "start", "product2")
_HEADER_SCAN = 50
_MAX_LABEL = 80
_MAX_SUB_LABEL = 40
_LEAD_RE = re.compile(
    r"((co quan|don vi|phong|dia phuong|cq|dv)[,/ ]*)+(thuc hien( chinh)?|phu trach|tham muu)?"
    r"|trach nhiem( thuc hien)?|phan cong( thuc hien)?"
)
_NARROWS = {
    "number": {"number", "detail"},
    "detail": {"detail"},
    "code": {"code"},
    "content": set(),
    "lead": {"lead", "coordinating"},
    "coordinating": {"coordinating"},
    "deadline": {"deadline", "start"},
    "start": {"start"},
    "product": {"product"},
    "notes": {"notes"},
}


@dataclass(frozen=True, eq=False)
class PlanColumns(ColumnMapping):
    """A :class:`ColumnMapping` that also knows the detail-number, code, start and second product columns."""

    detail: int | None = None
    code: int | None = None
    start: int | None = None
    product2: int | None = None

    def columns(self) -> dict[str, int]:
        base = super().columns()
        base.update({k: v for k in EXTRA_ROLES if (v := getattr(self, k)) is not None})
        return base

    def base(self) -> ColumnMapping:
        return ColumnMapping(**{f.name: getattr(self, f.name) for f in fields(ColumnMapping)})

    # equal to a plain ColumnMapping with the same columns when it has no extra column
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ColumnMapping):
            return NotImplemented
        mine = {f.name: getattr(self, f.name) for f in fields(self)}
        theirs = {f.name: getattr(other, f.name, None) for f in fields(self)}
        return mine == theirs

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, f.name) for f in fields(self)))


def _clean_label(text: str) -> str:
    t = fold(text).strip(" :*().")
    return re.sub(r"\s*\(\d+\)$", "", t)  # "Sản phẩm (6)"


def column_role(text: str, parent: str = "") -> str | None:
    """The role a header label names ("number", "content", ..., "detail", "code", "start", "product2"
    is never returned: a second product column is decided by position), or None."""
    t = _clean_label(text)
    if not t or len(t) > _MAX_LABEL:
        return None
    if NUMBERED_ROW_RE.match(t):
        return None
    p = _clean_label(parent) if parent else ""
    if re.fullmatch(r"chi tiet|so chi tiet|muc", t) and (not p or _is_number_label(p)):
        return "detail"
    if p and column_role(parent) == "deadline":  # "Thời gian" over "Từ ngày" | "Đến ngày"
        if re.fullmatch(r"tu( ngay| thang)?|bat dau|khoi dau", t):
            return "start"
        if re.fullmatch(r"den( ngay| thang)?|hoan thanh|ket thuc", t):
            return "deadline"
    if p and column_role(parent) == "lead" and re.fullmatch(r"chinh|chu tri", t):
        return "lead"
    if _is_number_label(t):
        return "number"
    if re.fullmatch(r"ma(\s+(so|nhiem vu|nv|hieu|cong viec))*|ma so nhiem vu|ky hieu", t):
        return "code"
    if "ghi chu" in t:
        return "notes"
    if re.search(r"bat dau|khoi cong", t):
        return "start"
    if t in ("hoan thanh", "ket thuc") or re.search(
        r"thoi gian|thoi han|tien do|han hoan thanh|moc hoan thanh|lo trinh", t
    ):
        return "deadline"
    if re.search(r"san pham|ket qua|hinh thuc van ban|hinh thuc", t):
        return "product"
    return agency_or_content(t, _LEAD_RE)


def _is_number_label(t: str) -> bool:
    return bool(NUMBER_LABEL_RE.fullmatch(t))


def is_header_like(cells: list[str]) -> bool:
    """Every filled cell is a header label (and at least one is), none is a task number."""
    values = [v for v in cells if v]
    # the cheap task-number test first: a task row ("1", "2.3") is answered before any label regex
    return bool(values) and not any(is_task_number(v) for v in values) and all(
        column_role(v) is not None for v in values
    )


def is_index_row(row: list[str]) -> bool:
    """A column-index row "(1) (2) (3) …" or "1 2 3 …" under the labels."""
    vals = [v.strip("() ") for v in row if v]
    if len(vals) < 3 or not all(v.isdigit() for v in vals):
        return False
    numbers = [int(v) for v in vals]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


def _roles_of(rows: list[list[str]]) -> dict[str, int]:
    """Role → first column, reading each column's labels bottom-up (a sub-label names the column)."""
    roles: dict[str, int] = {}
    width = max(len(r) for r in rows)
    for c in range(width):
        labels = [r[c] if c < len(r) else "" for r in rows]
        role = None
        for k in range(len(labels) - 1, -1, -1):
            if not labels[k]:
                continue
            parent = next((labels[j] for j in range(k - 1, -1, -1) if labels[j] and labels[j] != labels[k]), "")
            role = column_role(labels[k], parent)
            if role is not None:
                break
        if role is None:
            continue
        if role == "product" and "product" in roles:
            role = "product2"
        if role == "number" and roles.get("number") == c - 1 and "detail" not in roles:
            role = "detail"  # "STT" merged over two columns: a running count and a detail number
        if role not in roles:
            roles[role] = c
    return roles


def _is_sub_header(above: list[str], row: list[str]) -> bool:
    new = [(c, v, above[c] if c < len(above) else "") for c, v in sub_header_cells(row)
           if c >= len(above) or v != above[c]]
    if not new or any(len(v) > _MAX_SUB_LABEL for _, v, _ in new):
        return False
    roles = [column_role(v, parent) for _, v, parent in new]
    # a sub-label only narrows its parent: "Chủ trì" under "Đơn vị thực hiện", never "Số TT" under
    # "Nội dung" (content is never split: "Nhiệm vụ chung" under "Nội dung" is a group row)
    for role, (_, _, parent) in zip(roles, new, strict=True):
        above_role = column_role(parent) if parent else None
        if above_role is not None and role is not None and role not in _NARROWS[above_role]:
            return False
    # unknown sub-labels ("NSTW" | "NSĐP" under "Kinh phí") are fine under a label spanning them
    return any(r is not None for r in roles) and all(
        role is not None or parent for role, (_, _, parent) in zip(roles, new, strict=True)
    )


def find_header(table: RawTable) -> PlanColumns | None:
    """Detect the header rows and columns; None when no row looks like a task-table header."""
    rows = table.rows
    for i in range(min(len(rows), _HEADER_SCAN)):
        if len(_roles_of([rows[i]])) < 2:
            continue  # a title line (merged across the row) is not a header top row
        header = [i]
        while len(header) < 3 and header[-1] + 1 < len(rows) and _is_sub_header(rows[header[-1]], rows[header[-1] + 1]):
            header.append(header[-1] + 1)
        roles = _roles_of([rows[k] for k in header])
        if "content" not in roles:
            header, roles = [i], _roles_of([rows[i]])
        if "content" in roles and ({"number", "lead", "deadline", "code", "detail"} & roles.keys()):
            if header[-1] + 1 < len(rows) and is_index_row(rows[header[-1] + 1]):
                header.append(header[-1] + 1)
            return PlanColumns(**roles, header_rows=tuple(header))
    return None


def detect_header(table: RawTable) -> PlanColumns:
    """Detect the header or raise ImportFailure naming the table and the missing columns."""
    mapping = find_header(table)
    if mapping is not None:
        return mapping
    best: dict[str, int] = {}
    for i in range(min(len(table.rows), _HEADER_SCAN)):
        roles = _roles_of([table.rows[i]])
        if len(roles) > len(best):
            best = roles
    missing = [COLUMN_LABELS[k] for k in ("content", "lead", "deadline") if k not in best]
    raise ImportFailure(
        table.source,
        "không tìm thấy bảng nhiệm vụ: thiếu cột " + ", ".join(missing or [COLUMN_LABELS["content"]])
        + " (hãy chọn bảng khác hoặc chỉ định cột bằng tay)",
        location=table.name,
        location_kind=table.location_kind,
    )


def upgrade_mapping(table: RawTable, mapping: ColumnMapping) -> PlanColumns:
    """A mapping chosen elsewhere (wizard, older detection) completed from the table's own header.

    A mapping equal to what the older detection (:mod:`.plan_header`, still used by the wizard to
    pre-fill its choices) finds is replaced by this module's reading. Otherwise the chosen columns
    are kept as they are. When the table's header starts on the same row, its
    full set of header rows (a second label row, an index row) and the extra columns that no chosen
    role uses are added, so the second header row is never read as a task.
    """
    if isinstance(mapping, PlanColumns):
        return mapping
    chosen = {f.name: getattr(mapping, f.name) for f in fields(ColumnMapping)}
    found = find_header(table)
    if found is not None and mapping == legacy_find_header(table):
        return found  # what the older one-row detection gave, not a choice: this reading is better
    if found is None or not mapping.header_rows or found.header_rows[0] != mapping.header_rows[0]:
        return PlanColumns(**chosen)
    if found.code is not None and chosen.get("content") == found.code:
        chosen["content"] = found.content  # a code column is never the content
    used = {v for k, v in chosen.items() if k in ROLES and v is not None}
    extras = {k: v for k in EXTRA_ROLES if (v := getattr(found, k)) is not None and v not in used}
    chosen["header_rows"] = tuple(sorted(set(mapping.header_rows) | set(found.header_rows)))
    return PlanColumns(**chosen, **extras)
