"""Read a province's own TTHC-cut table (to be filled in place): its columns by their headers, its procedure rows.

The kind of table a province sends for the cắt giảm, đơn giản hóa TTHC report: "Mã TTHC" /
"Tên TTHC", then the time to settle ("Thời gian giải quyết theo quy định", "… sau cắt giảm",
"Thời gian cắt giảm", "Tỷ lệ cắt giảm (%)") and the compliance cost ("Chi phí tuân thủ trước /
sau cắt giảm", "Tỷ lệ cắt giảm (%)"), often as a merged group header over sub-columns. A
column's header is all its header rows read top to bottom (merged cells are expanded), so "Tỷ lệ
cắt giảm (%)" under "Chi phí tuân thủ" is the cost's rate. Rows with a mã TTHC or a name are
procedure rows; headings ("I. LĨNH VỰC HỘ TỊCH"), the numbering row and the total row are not.
Matching the rows to the catalogue is the fill service's job (services/form_fill_cuts.py).

Public API:
    ``read_cuts_form(path) -> ProvinceForm``   NoCutsTable when no sheet has such a table
    column numbers: ``CODE, NAME`` (read), ``TIME_BEFORE … COST_CUT`` (written)
"""

from __future__ import annotations

import os
import re

from openpyxl.utils import get_column_letter

from ..domain.text_fold import fold
from .errors import ImportFailure
from .form06_export import TOTAL_LABELS
from .province_form import _FOOTER, FormRow, ProvinceForm, _fingerprint, form_sheets
from .table_readers import RawTable

# the app's own cut table (resources/templates/forms/tthc_cuts.json) numbers its columns so; the two cut
# amounts it does not print get their own numbers
CODE, NAME = 2, 3
TIME_BEFORE, TIME_AFTER, TIME_PCT, COST_BEFORE, COST_AFTER, COST_PCT, TIME_CUT, COST_CUT = 5, 6, 7, 8, 9, 10, 12, 13
COLUMN_NAMES = {
    TIME_BEFORE: "thời gian giải quyết theo quy định", TIME_AFTER: "thời gian giải quyết sau cắt giảm",
    TIME_CUT: "thời gian cắt giảm", TIME_PCT: "tỷ lệ cắt giảm thời gian (%)",
    COST_BEFORE: "chi phí tuân thủ trước cắt giảm", COST_AFTER: "chi phí tuân thủ sau cắt giảm",
    COST_CUT: "chi phí tuân thủ cắt giảm", COST_PCT: "tỷ lệ cắt giảm chi phí (%)",
}
HEADER_SCAN_ROWS = 25
MAX_HEADER_ROWS = 4
CODE_PATTERN = re.compile(r"^\d\.\d{6}$")  # 1.001766: the national database's procedure codes
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")
_HEADING = re.compile(r"^\s*(?:[IVXLC]+|[A-Z])\s*[.)/:-]?\s*$|^\s*(?:[IVXLC]+|[A-Z])\s*[.)/:-]\s")


class NoCutsTable(ImportFailure):
    """The workbook opened fine but holds no TTHC-cut table."""


def _role(text: str) -> int | None:
    """The column number a folded composite header means, or None."""
    if "ma tthc" in text or "ma thu tuc" in text or "ma so tthc" in text:
        return CODE
    if "ten tthc" in text or "ten thu tuc" in text:
        return NAME
    group = "time" if "thoi gian" in text else "cost" if "chi phi" in text else None
    if group is None:
        return None
    time, words = group == "time", set(re.findall(r"[a-z0-9%]+", text))
    if "ty le" in text or "%" in words:
        return TIME_PCT if time else COST_PCT
    if "sau" in words or "hien tai" in text or "hien nay" in text:
        return TIME_AFTER if time else COST_AFTER
    if "truoc" in words or "quy dinh" in text or "2024" in words or "ban dau" in text:
        return TIME_BEFORE if time else COST_BEFORE
    if "giam" in words:  # "Thời gian cắt giảm", "Số ngày được cắt giảm"
        return TIME_CUT if time else COST_CUT
    return None


def _header_rows(table: RawTable, start: int) -> int:
    """How many rows the header spans from ``start``: sub-header rows follow (not a data or numbering row)."""
    end = start + 1
    while end < min(len(table.rows), start + MAX_HEADER_ROWS):
        cells = [c.strip() for c in table.rows[end] if c.strip()]
        if not cells or any(CODE_PATTERN.match(c) for c in cells) or all(_NUMBERING.match(c) for c in cells):
            break
        if len(set(cells)) == 1 or any(_is_number(c) for c in cells):  # a merged heading row, or figures
            break
        end += 1
    return end - start


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[\d.,\s]+", text)) and any(ch.isdigit() for ch in text)


def _columns(table: RawTable, start: int, height: int) -> dict[int, int]:
    found: dict[int, int] = {}
    for c in range(len(table.rows[start])):
        parts: list[str] = []
        for r in range(start, start + height):
            text = table.rows[r][c].strip() if c < len(table.rows[r]) else ""
            if text and text not in parts:
                parts.append(text)
        role = _role(fold(" ".join(parts)))
        if role is not None and role not in found:
            found[role] = c
    return found


def _rows(table: RawTable, found: dict[int, int], first: int) -> list[FormRow]:
    out: list[FormRow] = []
    for r in range(first, len(table.rows)):
        cells = table.rows[r]
        code = cells[found[CODE]].strip() if CODE in found else ""
        name = " ".join(cells[found[NAME]].split()) if NAME in found else ""
        label = name or code
        if not label:
            continue
        values = [c.strip() for c in cells if c.strip()]
        if all(_NUMBERING.match(v) for v in values):
            continue  # the "(1) (2) …" row
        folded = fold(label)
        if _FOOTER.match(folded) and out:
            break
        if folded in TOTAL_LABELS or folded.startswith("tong cong"):
            out.append(FormRow(r + 1, label, "total"))
            continue
        if not CODE_PATTERN.match(code) and (len(set(values)) == 1 or _HEADING.match(values[0])):
            continue  # "I. LĨNH VỰC HỘ TỊCH" (merged across the row, or numbered with a roman numeral)
        out.append(FormRow(r + 1, label, "procedure", code))
    return out


def read_cuts_form(path: str | os.PathLike[str]) -> ProvinceForm:
    p, sheets = form_sheets(path)
    for table in sheets:
        for start in range(min(HEADER_SCAN_ROWS, len(table.rows))):
            if not any(_role(fold(c)) in (CODE, NAME) for c in table.rows[start]):
                continue
            height = _header_rows(table, start)
            found = _columns(table, start, height)
            if not ({CODE, NAME} & set(found)) or len(set(found) - {CODE, NAME}) == 0:
                continue
            label = found.get(NAME, found.get(CODE, 0))
            columns = {n: get_column_letter(c + 1) for n, c in found.items()}
            header = range(start, start + height)
            return ProvinceForm(p, table.name, tuple(r + 1 for r in header), get_column_letter(label + 1), columns,
                                _rows(table, found, start + height), _fingerprint(table, header))
    raise NoCutsTable(p, "không tìm thấy bảng cắt giảm TTHC trong tệp (cần cột “Mã TTHC” hoặc “Tên TTHC” và các cột "
                         "thời gian giải quyết / chi phí tuân thủ trước, sau cắt giảm)")
