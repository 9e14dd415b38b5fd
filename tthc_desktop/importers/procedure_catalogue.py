"""Import a procedure catalogue (danh mục TTHC) .xlsx into :class:`~tthc_desktop.domain.procedures.Procedure` rows.

Public API:
    ``import_catalogue(path, columns=None) -> CatalogueImport``       every sheet with a catalogue header
    ``parse_catalogue_table(table, columns=None) -> CatalogueImport``  one already-read sheet (pure)
    ``detect_columns(table) -> CatalogueColumns | None``             header rows and column roles
    ``RowIssue``                                                      a cell or row the user must look at
    ``parse_edit(column, text) -> dict``                              a cell the officer typed in the catalogue table

Headers may span two rows with merged group cells ("Thời gian giải quyết" over "Năm 2024" /
"Hiện tại"), may be followed by a "(1) (2) (3)" numbering row, and use common synonyms. Section
rows ("I. LĨNH VỰC HỘ TỊCH", "A. TTHC CẤP TỈNH") give the field / level of the rows below when
there is no such column. Missing or duplicated codes are errors (row not imported); unclear
figures are warnings (row imported, figure left empty for the user).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from tthc_desktop.domain.procedures import DaysKind, Level, OnlineLevel, Procedure

from .errors import ImportFailure
from .numbers_vi import (
    FLAG_DISTRICT,
    ParseStatus,
    fold,
    parse_count,
    parse_days,
    parse_level,
    parse_money,
    parse_online_level,
    parse_yes_no,
)
from .table_readers import RawTable, read_xlsx_sheets

ROLES = (
    "code", "name", "field", "level", "baseline_days", "current_days", "baseline_cost", "current_cost",
    "online_level", "cross_boundary", "one_stop", "business_related", "internal", "yearly_volume",
)
ROLE_LABELS = {
    "code": "Mã TTHC",
    "name": "Tên TTHC",
    "field": "Lĩnh vực",
    "level": "Cấp thực hiện",
    "baseline_days": "Thời gian giải quyết năm 2024",
    "current_days": "Thời gian giải quyết hiện tại",
    "baseline_cost": "Chi phí tuân thủ năm 2024",
    "current_cost": "Chi phí tuân thủ hiện tại",
    "online_level": "Mức độ DVC trực tuyến",
    "cross_boundary": "Phi địa giới",
    "one_stop": "Một cửa",
    "business_related": "Liên quan SXKD",
    "internal": "TTHC nội bộ",
    "yearly_volume": "Số hồ sơ/năm",
}
ERROR, WARNING = "error", "warning"
HEADER_SCAN_ROWS = 25

_CURRENT_WORDS = ("hien tai", "sau cat giam", "sau khi cat giam", "nam 2025", "nam 2026", "du kien", "sau")
_BASELINE_WORDS = ("nam 2024", "2024", "theo quy dinh", "truoc cat giam", "hien hanh", "truoc")
_NUMBERING_RE = re.compile(r"\(?\d{1,2}\)?(\s*[=+\-*/x]\s*\(?\d{1,2}\)?)*")
_SECTION_PREFIX_RE = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d+)\s*[.)/:-]\s*")
_FLOAT_CODE_RE = re.compile(r"\d\.\d{1,5}")


@dataclass(frozen=True, slots=True)
class RowIssue:
    """A problem in one row: 1-based Excel row, the column's header text, the raw cell text."""

    file: str
    sheet: str
    row: int
    column: str
    raw: str
    message: str
    severity: str = WARNING  # "error": row not imported; "warning": imported, a figure needs a look

    def __str__(self) -> str:
        where = f"Tệp {os.path.basename(self.file)}, trang tính \"{self.sheet}\", dòng {self.row}"
        if self.column:
            where += f", cột “{self.column}”"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class CatalogueColumns:
    """Where each role sits (0-based column), the header rows and the header text of each column."""

    columns: dict[str, int]
    header_rows: tuple[int, ...]
    headers: dict[int, str] = field(default_factory=dict)
    working_day_columns: frozenset[int] = frozenset()  # headers saying "ngày làm việc"

    @property
    def first_data_row(self) -> int:
        return max(self.header_rows) + 1


@dataclass(frozen=True, slots=True)
class CatalogueImport:
    procedures: list[Procedure]
    row_errors: list[RowIssue]
    sheets: tuple[str, ...] = ()

    @property
    def errors(self) -> list[RowIssue]:
        return [i for i in self.row_errors if i.severity == ERROR]


# ---------------------------------------------------------------- header detection


def _side(text: str) -> str | None:
    if any(w in text for w in _CURRENT_WORDS):
        return "current"
    if any(w in text for w in _BASELINE_WORDS):
        return "baseline"
    return None


def _role(top: str, sub: str) -> str | None:
    """Role of a column from its folded group header ``top`` and sub header ``sub``."""
    t = f"{top} {sub}".strip() if sub != top else top
    if not t or t in ("stt", "so tt", "tt"):
        return None
    if re.match(r"ma( |$)", t) or "ma tthc" in t or "ma thu tuc" in t or "ma so" in t:
        return "code"
    if t.startswith("ten") or "ten thu tuc" in t or "ten tthc" in t:
        return "name"
    if "phi dia gioi" in t:
        return "cross_boundary"
    if "mot cua" in t:
        return "one_stop"
    if "noi bo" in t:
        return "internal"
    if "lien quan" in t and ("san xuat" in t or "sxkd" in t or "kinh doanh" in t):
        return "business_related"
    if "so ho so" in t or "so luong ho so" in t:
        return "yearly_volume"
    if "muc do" in t or "truc tuyen" in t or "dvc" in t:
        return "online_level"
    if "linh vuc" in t:
        return "field"
    if re.match(r"cap( |$)", t) or "cap thuc hien" in t:
        return "level"
    if "thoi gian" in t or "thoi han" in t:
        return f"{_side(sub if sub != top else t) or 'current'}_days"
    if "chi phi" in t or "le phi" in t or re.match(r"phi( |,|$)", t):
        return f"{_side(sub if sub != top else t) or 'current'}_cost"
    return None


def _is_numbering_row(row: list[str]) -> bool:
    cells = [c for c in row if c]
    return bool(cells) and all(_NUMBERING_RE.fullmatch(c.strip()) for c in cells)


def _columns_from(top: list[str], sub: list[str] | None) -> tuple[dict[str, int], dict[int, str], set[int]]:
    roles: dict[str, int] = {}
    headers: dict[int, str] = {}
    working: set[int] = set()
    for c, top_text in enumerate(top):
        sub_text = sub[c] if sub is not None else ""
        header = top_text if not sub_text or sub_text == top_text else f"{top_text} / {sub_text}"
        headers[c] = " ".join(header.split())
        role = _role(fold(top_text), fold(sub_text) if sub_text else fold(top_text))
        if role and role not in roles:
            roles[role] = c
        if "lam viec" in fold(header):
            working.add(c)
    return roles, headers, working


def detect_columns(table: RawTable) -> CatalogueColumns | None:
    """Find the header (one or two rows, optional numbering row) naming at least code and name."""
    rows = table.rows
    for r in range(min(HEADER_SCAN_ROWS, len(rows))):
        roles, headers, working = _columns_from(rows[r], None)
        if "code" not in roles or "name" not in roles:
            continue
        header_rows = [r]
        nxt = rows[r + 1] if r + 1 < len(rows) else None
        if nxt is not None and not _is_numbering_row(nxt):
            merged_top = any((r, c) in table.merged_left for c in range(len(rows[r])))
            sub_like = any(c and c != rows[r][i] and _side(fold(c)) for i, c in enumerate(nxt))
            if merged_top or sub_like:
                roles, headers, working = _columns_from(rows[r], nxt)
                header_rows.append(r + 1)
        last = header_rows[-1]
        if last + 1 < len(rows) and _is_numbering_row(rows[last + 1]):
            header_rows.append(last + 1)
        return CatalogueColumns(roles, tuple(header_rows), headers, frozenset(working))
    return None


# ---------------------------------------------------------------- rows


def _section(cells: list[str], columns: CatalogueColumns) -> tuple[str, str] | None:
    """("field" | "level", value) when the row is a section heading, else None."""
    # a heading is one text (merged across the row, code cell included) or "I" | "LĨNH VỰC …"
    distinct = list(dict.fromkeys(c for c in cells if c))
    if len(distinct) == 2 and re.fullmatch(r"[IVXLC]+|[A-Z]", distinct[0].rstrip(".")):
        distinct = [f"{distinct[0].rstrip('.')}. {distinct[1]}"]
    elif len(distinct) != 1:
        return None
    text = distinct[0]
    if len(text) < 4:  # a lone STT number or letter is not a heading
        return None
    f = fold(text)
    level = re.search(r"cap (tinh|huyen|xa)\b|trung uong", f)  # "cấp xã, phường, đặc khu" reads as cấp xã
    if level and "linh vuc" not in f:
        return ("level", parse_level(level.group(0)).value)
    if not (_SECTION_PREFIX_RE.match(text) or "linh vuc" in f or text.isupper()):
        return None
    name = _SECTION_PREFIX_RE.sub("", text, count=1).strip()
    name = re.sub(r"^(lĩnh vực|LĨNH VỰC|Lĩnh vực)\s*:?\s*", "", name).strip()
    if name.isupper():
        name = name.capitalize()
    return ("field", name)


def _clean_code(text: str) -> str:
    return " ".join(text.split())


class _RowParser:
    def __init__(self, table: RawTable, columns: CatalogueColumns, seen: dict[str, tuple[str, int]]) -> None:
        self.table = table
        self.columns = columns
        self.seen = seen  # code → (sheet, Excel row) of its first occurrence (shared across sheets)
        self.issues: list[RowIssue] = []
        self.procedures: list[Procedure] = []
        self.field = ""
        self.level: Level | None = None

    def issue(self, row: int, role: str | None, raw: str, message: str, severity: str = WARNING) -> None:
        column = self.columns.headers.get(self.columns.columns[role], ROLE_LABELS[role]) if role else ""
        self.issues.append(RowIssue(self.table.source, self.table.name, row, column, raw, message, severity))

    def cell(self, cells: list[str], role: str) -> str:
        c = self.columns.columns.get(role)
        return cells[c].strip() if c is not None and c < len(cells) else ""

    def run(self) -> None:
        for r in range(self.columns.first_data_row, len(self.table.rows)):
            cells = self.table.rows[r]
            if not any(cells) or _is_numbering_row(cells):
                continue
            section = _section(cells, self.columns)
            if section is not None:
                kind, value = section
                if kind == "level":
                    self.level = value
                    if value == Level.DISTRICT.value:  # a section "TTHC cấp huyện" in a current catalogue
                        self.issue(r + 1, None, " ".join(c for c in dict.fromkeys(cells) if c),
                                   FLAG_DISTRICT.format(raw="cấp huyện"))
                else:
                    self.field = value
                continue
            self.row(cells, r + 1)

    def row(self, cells: list[str], excel_row: int) -> None:
        code, name = _clean_code(self.cell(cells, "code")), " ".join(self.cell(cells, "name").split())
        if not code and not name:
            # notes or signatures under the table are skipped; a row carrying figures is reported
            if any(self.cell(cells, f"{s}_{k}") for s in ("baseline", "current") for k in ("days", "cost")):
                self.issue(excel_row, "code", "", "Dòng không có mã và tên TTHC: không được nhập", ERROR)
            return
        if not code:
            self.issue(excel_row, "code", "", "Thiếu mã TTHC: dòng không được nhập", ERROR)
            return
        if _FLOAT_CODE_RE.fullmatch(code):
            fixed = code.ljust(8, "0")
            self.issue(excel_row, "code", code,
                       f"Mã TTHC “{code}” có vẻ bị Excel lưu dạng số (mất số 0 ở cuối): đã đọc thành “{fixed}”, "
                       "cần kiểm tra lại")
            code = fixed
        if code in self.seen:
            sheet, first = self.seen[code]
            where = f"dòng {first}" if sheet == self.table.name else f"dòng {first} trang tính “{sheet}”"
            self.issue(excel_row, "code", code, f"Mã TTHC “{code}” trùng với {where}: dòng không được nhập", ERROR)
            return
        if not name:
            self.issue(excel_row, "name", "", "Thiếu tên TTHC: dòng không được nhập", ERROR)
            return
        self.seen[code] = (self.table.name, excel_row)
        values = self.values(cells, excel_row)
        try:
            self.procedures.append(Procedure(code=code, name=name, **values))
        except (ValueError, TypeError) as exc:
            self.issue(excel_row, None, "", f"Dòng không hợp lệ: {exc}", ERROR)

    def values(self, cells: list[str], excel_row: int) -> dict[str, object]:
        out: dict[str, object] = {"field": self.cell(cells, "field") or self.field, "level": self.level}

        def take(role: str, parsed) -> object:
            if parsed.status in (ParseStatus.UNCLEAR, ParseStatus.APPROXIMATE):
                self.issue(excel_row, role, parsed.raw, parsed.flag)
            return parsed.value if parsed.ok else None

        if "level" in self.columns.columns:
            raw = self.cell(cells, "level")
            if raw:  # an empty cell keeps the section's level
                out["level"] = take("level", parse_level(raw))
        if "online_level" in self.columns.columns:
            out["online_level"] = take("online_level", parse_online_level(self.cell(cells, "online_level"))) \
                or OnlineLevel.NONE
        for role in ("cross_boundary", "one_stop", "business_related", "internal"):
            if role in self.columns.columns:
                out[role] = bool(take(role, parse_yes_no(self.cell(cells, role))))
        if "yearly_volume" in self.columns.columns:
            out["yearly_volume"] = take("yearly_volume", parse_count(self.cell(cells, "yearly_volume")))
        kinds: dict[str, DaysKind] = {}
        for side in ("baseline", "current"):
            role = f"{side}_days"
            if role in self.columns.columns:
                default = (DaysKind.WORKING if self.columns.columns[role] in self.columns.working_day_columns
                           else DaysKind.CALENDAR)
                parsed = parse_days(self.cell(cells, role), default)
                out[role] = take(role, parsed)
                if parsed.ok and parsed.kind is not None:
                    kinds[side] = parsed.kind
            role = f"{side}_cost"
            if role in self.columns.columns:
                money = parse_money(self.cell(cells, role))
                out[role] = take(role, money)
                out[f"{role}_not_regulated"] = money.known_zero
        if len(set(kinds.values())) > 1:
            self.issue(excel_row, "current_days", self.cell(cells, "current_days"),
                       "Năm 2024 và hiện tại ghi khác loại ngày (ngày làm việc / ngày): kiểm tra lại; "
                       "đã dùng loại ngày của số liệu hiện tại")
        if kinds:
            out["days_kind"] = kinds.get("current", kinds.get("baseline"))
        return out


def parse_catalogue_table(
    table: RawTable, columns: CatalogueColumns | None = None, *, seen: dict[str, tuple[str, int]] | None = None
) -> CatalogueImport:
    """Parse one sheet; ``columns`` overrides detection (the wizard's column mapping)."""
    columns = columns or detect_columns(table)
    if columns is None or "code" not in columns.columns or "name" not in columns.columns:
        raise ImportFailure(
            table.source or None,
            "không tìm thấy dòng tiêu đề có cột “Mã TTHC” và “Tên TTHC”",
            location=table.name, location_kind=table.location_kind,
        )
    parser = _RowParser(table, columns, {} if seen is None else seen)
    parser.run()
    return CatalogueImport(parser.procedures, parser.issues, (table.name,))


def import_catalogue(path: str | os.PathLike[str], columns: CatalogueColumns | None = None) -> CatalogueImport:
    """Import every sheet that has a catalogue header; a code repeated across sheets is an error.

    Raises ImportFailure for an unreadable file, or when no sheet has a catalogue header.
    """
    tables = read_xlsx_sheets(path)
    procedures: list[Procedure] = []
    issues: list[RowIssue] = []
    sheets: list[str] = []
    seen: dict[str, tuple[str, int]] = {}
    for table in tables:
        cols = columns or detect_columns(table)
        if cols is None:
            continue
        result = parse_catalogue_table(table, cols, seen=seen)
        procedures += result.procedures
        issues += result.row_errors
        sheets.append(table.name)
    if not sheets:
        raise ImportFailure(path, "không tìm thấy bảng danh mục TTHC (cần dòng tiêu đề có cột “Mã TTHC” và “Tên TTHC”)")
    if not procedures and not issues:
        raise ImportFailure(path, "bảng danh mục TTHC không có dòng thủ tục nào")
    return CatalogueImport(procedures, issues, tuple(sheets))


# ---------------------------------------------------------------- cell edits

EDITABLE = ("name", "field", "level", "business_related", "internal", "online_level", "cross_boundary",
            "one_stop", "baseline_days", "current_days", "days_kind", "baseline_cost", "current_cost",
            "yearly_volume")


def parse_edit(column: str, text: str) -> dict[str, Any]:
    """What the officer typed in a cell → field changes; ValueError (Vietnamese) when unclear.

    Days and costs accept the catalogue wording ("15 ngày làm việc", "1.500.000 đồng",
    "Không quy định"); an empty cell clears the figure.
    """
    text = (text or "").strip()
    if column in ("name", "field"):
        if column == "name" and not text:
            raise ValueError("Tên TTHC không được để trống")
        return {column: " ".join(text.split())}
    if column in ("baseline_days", "current_days"):
        if not text:
            return {column: None}
        days = parse_days(text)
        if not days.ok:
            raise ValueError(days.flag or f"Không đọc được số ngày “{text}”")
        changes: dict[str, Any] = {column: days.value}
        if days.kind is not None and any(w in text.lower() for w in ("làm việc", "lv")):
            changes["days_kind"] = days.kind
        return changes
    if column in ("baseline_cost", "current_cost"):
        if not text:
            return {column: None, f"{column}_not_regulated": False}
        money = parse_money(text)
        if not money.ok:
            raise ValueError(money.flag or f"Không đọc được số tiền “{text}”")
        # "Không quy định" / "Miễn phí" is a known zero; a typed "0" is just zero
        return {column: money.value, f"{column}_not_regulated": money.known_zero and not text[0].isdigit()}
    if column == "yearly_volume":
        if not text:
            return {column: None}
        count = parse_count(text)
        if not count.ok:
            raise ValueError(count.flag or "")
        return {column: count.value}
    if column == "level":
        if not text:
            return {"level": None}
        level = parse_level(text)
        if not level.ok:
            raise ValueError(level.flag or "")
        return {"level": level.value}
    if column == "online_level":
        online = parse_online_level(text)
        if not online.ok:
            raise ValueError(online.flag or "")
        return {"online_level": online.value}
    if column == "days_kind":
        folded = fold(text)
        if folded in ("lv", "lam viec", "ngay lam viec", "ngay lv"):
            return {"days_kind": DaysKind.WORKING}
        if folded in ("ngay", "ngay lich", "lich", "ngay theo lich"):
            return {"days_kind": DaysKind.CALENDAR}
        raise ValueError(f"Loại ngày “{text}” không rõ: ghi “LV” (ngày làm việc) hoặc “ngày” (ngày theo lịch)")
    if column in ("business_related", "internal", "cross_boundary", "one_stop"):
        flag = parse_yes_no(text)
        if not flag.ok:
            raise ValueError(flag.flag or "")
        return {column: bool(flag.value)}
    raise ValueError(f"Cột “{column}” không sửa được")
