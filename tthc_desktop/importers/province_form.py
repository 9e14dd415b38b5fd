"""Read a province's own biểu 06 workbook (to be filled in place): where its table is and what its rows are.

The header is recognised the way the one-stop export importer does it (the "Số hồ sơ nhận /
đã / đang giải quyết" groups over "Tổng số" / "Trong đó" sub-columns, or a "(1) … (13)"
numbering row). Rows are read from the label column ("Lĩnh vực, công việc giải quyết theo
cấp"): a field (lĩnh vực) row, a level row ("Cấp xã") under a field or opening a section, the
total row. Nothing is guessed here: matching the labels to the app's figures is the fill
service's job.

Public API:
    ``read_province_form(path) -> ProvinceForm``   raises ImportFailure (Vietnamese) on an .xls,
                                                   a damaged file; NoFormTable without biểu 06
    ``read_progress_form(path) -> ProvinceForm``   the task-progress table (STT | Nội dung | … |
                                                   Kết quả thực hiện | Tình trạng)
    ``form_sheets(path) -> (Path, sheets)``        the sheets of a workbook to fill (.xls refused)
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from .errors import ImportFailure
from .form06_export import TOTAL_LABELS, clean_label, header_layout, level_of
from .numbers_vi import fold
from .table_readers import RawTable, read_xlsx_sheets, sniff_kind

XLS_MESSAGE = ("tệp là định dạng Excel cũ (.xls), không điền tại chỗ được: hãy mở tệp bằng Excel hoặc "
               "LibreOffice, chọn Lưu thành… kiểu “Excel Workbook (.xlsx)” rồi chạy lại với tệp .xlsx")
# footer lines under the table: the table ends there
# "I. CẤP TỈNH", "B) Cấp xã": a heading that opens a section (a bare "Cấp xã" under a field is its level row)
_HEADING = re.compile(r"^\s*(?:[IVXLC]+|[A-Z])\s*[.)/:-]\s")
_FOOTER = re.compile(r"^(ghi chu|nguoi lap|thu truong|lanh dao|xac nhan|.*ngay\s*\.*\s*thang)")


class NoFormTable(ImportFailure):
    """The workbook opened fine but holds no biểu 06 table (the caller may try another kind)."""


@dataclass(frozen=True, slots=True)
class FormRow:
    """One labelled row under the header (``excel_row`` is 1-based)."""

    excel_row: int
    label: str  # as written in the form
    kind: str  # "field", "level" (a level under a field), "section" (a level heading), "total"
    field: str = ""  # cleaned field name; for a "level" row the field above it
    level: str | None = None  # "tỉnh" / "huyện" / "xã" / "trung ương" when the row or its section says


@dataclass(frozen=True)
class ProvinceForm:
    path: Path
    sheet: str
    header_rows: tuple[int, ...]  # 1-based
    label_column: str  # column letter
    columns: dict[int, str]  # biểu 06 column 3–13 → column letter
    rows: list[FormRow]
    fingerprint: str  # of the header texts: the same form next period has the same one

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1


def _fingerprint(table: RawTable, header: range) -> str:
    texts = [fold(c) for r in header for c in table.rows[r]]
    return hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()[:16]


def _rows(table: RawTable, label_col: int, number_cols: list[int], first: int) -> list[FormRow]:
    out: list[FormRow] = []
    field = ""
    section: str | None = None
    under_field = False  # the previous labelled row was a field or one of its level rows
    seen_data = False
    for r in range(first, len(table.rows)):
        cells = table.rows[r]
        raw = cells[label_col].strip() if label_col < len(cells) else ""
        if not raw:
            continue
        label = clean_label(raw)
        folded = fold(label)
        if _FOOTER.match(folded) and seen_data:
            break
        if fold(raw).startswith("(") and all(not cells[c].strip() or cells[c].strip().startswith("(")
                                             for c in number_cols):
            continue  # a "(1) (2) …" numbering row the layout did not take
        if folded in TOTAL_LABELS:
            out.append(FormRow(r + 1, raw, "total"))
            under_field = False
            continue
        level = level_of(label)
        if _HEADING.match(raw):  # "I. CẤP TỈNH": a section heading, its level applies to the rows below
            section, under_field = level, False
            if level is not None:
                out.append(FormRow(r + 1, raw, "section", "", level))
                continue  # any other numbered heading is read as a field row below: matched or listed
        if level is not None:
            if under_field and field:
                out.append(FormRow(r + 1, raw, "level", field, level))
            else:
                section = level
                out.append(FormRow(r + 1, raw, "section", "", level))
            continue
        field = label
        under_field = True
        seen_data = True
        out.append(FormRow(r + 1, raw, "field", label, section))
    return out


def form_sheets(path: str | os.PathLike[str]) -> tuple[Path, list[RawTable]]:
    """The path and the sheets of a workbook to fill in place; an old .xls (by name or content) is refused."""
    p = Path(path)
    if p.suffix.lower() == ".xls" or (p.is_file() and sniff_kind(p) == "ole"):
        raise ImportFailure(p, XLS_MESSAGE)
    return p, read_xlsx_sheets(p)


def read_province_form(path: str | os.PathLike[str]) -> ProvinceForm:
    p, sheets = form_sheets(path)
    for table in sheets:
        layout = header_layout(table)
        if layout is None:
            continue
        header_start = next(r for r in range(len(table.rows))
                            if any("nhan giai quyet" in fold(c) for c in table.rows[r]))
        header = range(header_start, layout.first_data_row)
        columns = {n: get_column_letter(c + 1) for n, c in layout.numbers.items()}
        rows = _rows(table, layout.label, list(layout.numbers.values()), layout.first_data_row)
        return ProvinceForm(p, table.name, tuple(r + 1 for r in header), get_column_letter(layout.label + 1),
                            columns, rows, _fingerprint(table, header))
    raise NoFormTable(p, "không tìm thấy bảng biểu 06 trong tệp (cần các cột “Số hồ sơ nhận giải quyết”, "
                         "“đã giải quyết”, “đang giải quyết”)")


# ---------------------------------------------------------------- plan progress (task list)

_PROGRESS_ROLES = (  # (role, words one of which the folded header must contain); first match wins
    ("number", ("stt", "so tt", "tt")),
    ("content", ("noi dung", "nhiem vu", "ten nhiem vu")),
    ("result", ("ket qua",)),
    ("status", ("tinh trang", "tien do", "muc do hoan thanh")),
)


def _progress_columns(row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for c, text in enumerate(row):
        f = fold(text)
        for role, words in _PROGRESS_ROLES:
            if role in found:
                continue
            if (role == "number" and f in words) or (role != "number" and any(w in f for w in words)):
                found[role] = c
                break
    return found


def read_progress_form(path: str | os.PathLike[str]) -> ProvinceForm:
    """A province's task-progress table (STT | Nội dung | … | Kết quả thực hiện | Tình trạng).

    ``columns`` maps 6 (Kết quả thực hiện) and 7 (Tình trạng) — the plan_progress form's own
    column numbers — to letters; each row is a ``FormRow(kind="task", label=content, field=number)``.
    """
    p, sheets = form_sheets(path)
    for table in sheets:
        for r0 in range(min(25, len(table.rows))):
            found = _progress_columns(table.rows[r0])
            if "content" not in found or not ({"result", "status"} & set(found)):
                continue
            first = r0 + 1
            while first < len(table.rows) and all(not c or fold(c).strip("()").isdigit() for c in table.rows[first]):
                first += 1  # a "(1) (2) …" numbering row or a blank line under the header
            rows = []
            for r in range(first, len(table.rows)):
                cells = table.rows[r]
                content = cells[found["content"]].strip()
                number = cells[found["number"]].strip() if "number" in found else ""
                if content and not (_FOOTER.match(fold(content)) and rows):
                    rows.append(FormRow(r + 1, content, "task", number))
            columns = {n: get_column_letter(found[role] + 1) for n, role in ((6, "result"), (7, "status"))
                       if role in found}
            return ProvinceForm(p, table.name, (r0 + 1,), get_column_letter(found["content"] + 1), columns, rows,
                                _fingerprint(table, range(r0, r0 + 1)))
    raise ImportFailure(p, "không tìm thấy bảng biểu 06 hay bảng tiến độ nhiệm vụ trong tệp (cần các cột "
                           "“Số hồ sơ nhận giải quyết”…, hoặc “Nội dung” và “Kết quả thực hiện”/“Tình trạng”)")
