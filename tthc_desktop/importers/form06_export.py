"""Import the province one-stop system's Excel export of case-file statistics ("II.06a"-style) as biểu 06 rows.

Public API:
    ``import_form06(path, default_level="") -> Form06Import``
    ``parse_form06_table(table, default_level="") -> Form06Import``   one already-read sheet (pure)

The header has the three groups "Số hồ sơ nhận giải quyết" / "đã giải quyết" / "đang giải
quyết" over "Tổng số" and "Trong đó" sub-columns (merged, two or three rows), optionally followed
by a "(1) … (13)" numbering row. Rows are one per field, either with a level column or with level
sub-rows ("Cấp tỉnh", "Cấp huyện", "Cấp xã") under a field row (the field row is then a subtotal
and is only checked). Blank figures count as 0. A row whose figure is not a whole number is not
imported; a row breaking a biểu 06 check is imported with a warning naming the cell.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from tthc_desktop.domain.form06 import NUMERIC_COLUMNS, Form06Row, total_row, validate_row

from .errors import ImportFailure
from .numbers_vi import MAX_COUNT, fold, parse_level, parse_number
from .procedure_catalogue import ERROR, WARNING, RowIssue
from .table_readers import RawTable, read_xlsx_sheets

HEADER_SCAN_ROWS = 25
_GROUPS = (("nhan giai quyet", 3), ("da giai quyet", 7), ("dang giai quyet", 11))
# (words in the column's header path, offset from the group's "Tổng số" column); first match wins
_LEAVES = {
    3: (("ky truoc", 3), ("truc tuyen", 1), ("truc tiep", 2), ("buu chinh", 2), ("tong so", 0)),
    7: (("truoc han", 1), ("dung han", 2), ("qua han", 3), ("tong so", 0)),
    11: (("trong han", 1), ("qua han", 2), ("tong so", 0)),
}
_NUMBERING_RE = re.compile(r"\(?(\d{1,2})\)?")
_TOTAL_LABELS = ("tong cong", "tong so", "cong", "tong")
_PREFIX_RE = re.compile(r"^\s*(?:[IVXLC]+|[A-Za-z]|\d+(?:\.\d+)*)\s*[.)/:-]\s*")


@dataclass(frozen=True, slots=True)
class Form06Import:
    rows: list[Form06Row]
    issues: list[RowIssue]
    sheet: str = ""


@dataclass(frozen=True, slots=True)
class _Layout:
    numbers: dict[int, int]  # form column 3–13 → sheet column
    label: int  # "Lĩnh vực, công việc giải quyết theo cấp"
    level: int | None
    first_data_row: int


def _numbering(row: list[str]) -> dict[int, int] | None:
    found: dict[int, int] = {}
    for c, text in enumerate(row):
        m = _NUMBERING_RE.fullmatch(text.strip()) if text else None
        if text and not m:
            return None
        if m:
            found.setdefault(int(m.group(1)), c)
    return found if all(n in found for n in NUMERIC_COLUMNS) else None


def _layout(table: RawTable) -> _Layout | None:
    rows = table.rows
    for r0 in range(min(HEADER_SCAN_ROWS, len(rows))):
        if not any("nhan giai quyet" in fold(c) for c in rows[r0]):
            continue
        header = [r0]
        for r in range(r0 + 1, min(r0 + 3, len(rows))):
            if _numbering(rows[r]) or not any(rows[r]) or any(_is_figure(c) for c in rows[r]):
                break
            header.append(r)
        numbers: dict[int, int] = {}
        label = level = None
        for c in range(len(rows[r0])):
            path = " | ".join(dict.fromkeys(fold(rows[r][c]) for r in header if rows[r][c]))
            group = next((base for words, base in _GROUPS if words in path), None)
            if group is None:
                if "linh vuc" in path and label is None:
                    label = c
                elif re.match(r"cap( |$)", path) and level is None:
                    level = c
                continue
            offset = next((o for words, o in _LEAVES[group] if words in path), None)
            if offset is None and " | " not in path:
                offset = 0  # a lone group heading ("Số hồ sơ đã giải quyết") is its total
            if offset is not None:
                numbers.setdefault(group + offset, c)
        first = header[-1] + 1
        if first < len(rows) and (by_number := _numbering(rows[first])):
            numbers = {n: by_number[n] for n in NUMERIC_COLUMNS}  # the numbering row is authoritative
            label = by_number.get(2, label)
            first += 1
        if label is None:
            label = next((c for c in range(len(rows[r0])) if c not in numbers.values() and
                          fold(rows[r0][c]) not in ("stt", "tt", "so tt") and c != level), 0)
        missing = [n for n in NUMERIC_COLUMNS if n not in numbers]
        if missing:
            raise ImportFailure(
                table.source or None,
                "không nhận ra đủ 13 cột của biểu 06 (thiếu cột " + ", ".join(map(str, missing)) + ")",
                location=table.name, row=r0 + 1, location_kind=table.location_kind,
            )
        return _Layout(numbers, label, level, first)
    return None


def _is_figure(text: str) -> bool:
    return bool(re.fullmatch(r"\d[\d.,]*", text.strip()))


def _clean_label(text: str) -> str:
    text = _PREFIX_RE.sub("", " ".join(text.split()), count=1)
    text = re.sub(r"^(lĩnh vực|Lĩnh vực|LĨNH VỰC)\s*:?\s*", "", text).strip()
    return text.capitalize() if text.isupper() else text


def _level_of(label: str) -> str | None:
    """"Cấp xã", "UBND cấp huyện", "Cấp tỉnh" → the level; None for a field name."""
    f = fold(label)
    if not re.search(r"\bcap (tinh|huyen|xa)\b|^(tinh|huyen|xa)$|trung uong", f) or len(f) > 30:
        return None
    parsed = parse_level(label)
    return str(parsed.value) if parsed.ok else None


class _Parser:
    def __init__(self, table: RawTable, layout: _Layout, default_level: str) -> None:
        self.table, self.layout, self.default_level = table, layout, default_level
        self.rows: list[tuple[int, Form06Row]] = []  # (Excel row, row)
        self.issues: list[RowIssue] = []
        self.field = ""
        self.section_level: str | None = None
        self.parent: tuple[int, Form06Row] | None = None  # field row that may turn out a subtotal
        self.children: list[Form06Row] = []

    def issue(self, row: int, column: str, raw: str, message: str, severity: str = WARNING) -> None:
        self.issues.append(RowIssue(self.table.source, self.table.name, row, column, raw, message, severity))

    def figures(self, cells: list[str], excel_row: int) -> list[int] | None:
        values: list[int] = []
        ok = True
        for n in NUMERIC_COLUMNS:
            raw = cells[self.layout.numbers[n]].strip()
            number = parse_number(raw, allow_decimal=False) if _is_figure(raw) else None
            if raw in ("", "-"):
                number = 0
            if number is None or number > MAX_COUNT:  # a huge figure would also overflow SQLite
                self.issue(excel_row, f"Cột {n}", raw, f"Cột {n} phải là số nguyên không âm, không đọc được “{raw}”: "
                           "dòng không được nhập", ERROR)
                ok = False
            else:
                values.append(int(number))
        return values if ok else None

    def close_parent(self) -> None:
        if self.parent is not None and self.children:
            excel_row, parent = self.parent
            self.rows.remove(self.parent)
            self.check_sum(excel_row, parent, total_row(self.children),
                           f"Dòng lĩnh vực “{parent.field}” không bằng tổng các dòng cấp bên dưới")
        self.parent, self.children = None, []

    def check_sum(self, excel_row: int, written: Form06Row, computed: Form06Row, message: str) -> None:
        diffs = [f"cột {n}: {written.col(n)} ≠ {computed.col(n)}" for n in NUMERIC_COLUMNS
                 if written.col(n) != computed.col(n)]
        if diffs:
            self.issue(excel_row, "", "", f"{message} ({'; '.join(diffs)})")

    def run(self) -> Form06Import:
        total: tuple[int, list[int]] | None = None
        for r in range(self.layout.first_data_row, len(self.table.rows)):
            cells, excel_row = self.table.rows[r], r + 1
            raw_label = cells[self.layout.label].strip()
            if not any(cells) or not raw_label:
                continue
            label = _clean_label(raw_label)
            has_figures = any(cells[c].strip() for c in self.layout.numbers.values())
            level = _level_of(label)
            if fold(label) in _TOTAL_LABELS:
                values = self.figures(cells, excel_row) if has_figures else None
                total = (excel_row, values) if values else None
                continue
            if not has_figures:
                self.close_parent()
                if level is not None:
                    self.section_level = level
                else:
                    self.field = label
                continue
            values = self.figures(cells, excel_row)
            if level is not None and self.field:
                row = Form06Row.from_columns(self.field, level, values) if values else None
                if row is not None:
                    self.children.append(row)
                    self.add(excel_row, row)
                continue
            self.close_parent()
            self.field = label
            level_text = cells[self.layout.level].strip() if self.layout.level is not None else ""
            row_level = (_level_of(level_text) or _level_of("cấp " + level_text) or level_text) if level_text \
                else (self.section_level or self.default_level)
            if values is not None:
                row = Form06Row.from_columns(label, row_level, values)
                self.add(excel_row, row)
                self.parent = (excel_row, row)
        self.close_parent()
        rows = [row for _, row in self.rows]
        if total is not None:
            written = Form06Row.from_columns("Tổng cộng", "", total[1])
            self.check_sum(total[0], written, total_row(rows), "Dòng tổng cộng không bằng tổng các dòng đã nhập")
        return Form06Import(rows, self.issues, self.table.name)

    def add(self, excel_row: int, row: Form06Row) -> None:
        self.rows.append((excel_row, row))
        for e in validate_row(row):
            self.issue(excel_row, f"Cột {e.column}", str(row.col(e.column)), e.message)


def parse_form06_table(table: RawTable, default_level: str = "") -> Form06Import:
    layout = _layout(table)
    if layout is None:
        raise ImportFailure(
            table.source or None, "không tìm thấy tiêu đề biểu 06 (cột “Số hồ sơ nhận giải quyết”)",
            location=table.name, location_kind=table.location_kind,
        )
    return _Parser(table, layout, default_level).run()


def import_form06(path: str | os.PathLike[str], default_level: str = "") -> Form06Import:
    """Import the first sheet holding a biểu 06 header; ``default_level`` for rows without a level."""
    for table in read_xlsx_sheets(path):
        if _layout(table) is not None:
            return parse_form06_table(table, default_level)
    raise ImportFailure(path, "không tìm thấy bảng thống kê biểu 06 (cần tiêu đề “Số hồ sơ nhận giải quyết”)")


# Shared with the province-form reader (importers/province_form.py), which fills the same header in place.
header_layout = _layout
clean_label = _clean_label
level_of = _level_of
TOTAL_LABELS = _TOTAL_LABELS
