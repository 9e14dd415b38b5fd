"""A province-styled biểu 06 workbook (the kind a province sends out to be filled) and helpers to compare packages.

Built with openpyxl: title rows and a logo image above a merged three-row header, a "(1) … (13)"
numbering row, lĩnh vực rows in the province's own order (some the app has no figures for), a
"Tổng cộng" row of SUM formulas, a data validation on the figures, print setup, a defined name
and a second sheet.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PILImage

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST_DATA_ROW = 9
# the province's own order; "Khiếu nại, tố cáo" and "Thi đua, khen thưởng" are unknown to the app
FIELDS = ["Chứng thực", "Khiếu nại, tố cáo", "HỘ TỊCH", "Lĩnh vực Đất đai", "Thi đua, khen thưởng"]
LETTERS = "ABCDEFGHIJKLM"


def logo_png() -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (60, 40), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def build_province_form(path: Path, fields: list[str] = FIELDS) -> dict[str, int]:
    """Write the workbook; returns {field label: Excel row}, plus "total"."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 06"
    ws["A1"] = "UBND TỈNH MẪU"
    ws["A2"] = "SỞ TƯ PHÁP"
    ws["D2"] = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
    ws["D3"] = "(Kỳ báo cáo: ……)"
    ws["K4"] = "Đơn vị tính: Số hồ sơ TTHC"
    ws.merge_cells("D2:M2")
    ws["D2"].font = Font(bold=True, size=13)
    ws["D2"].alignment = Alignment(horizontal="center")
    logo = Image(io.BytesIO(logo_png()))
    logo.anchor = "B1"
    ws.add_image(logo)
    # header rows 5–7, numbering row 8
    ws["A5"], ws["B5"] = "STT", "Lĩnh vực, công việc giải quyết theo cấp"
    ws["C5"], ws["G5"], ws["K5"] = "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"
    ws["C6"], ws["D6"] = "Tổng số", "Trong đó"
    ws["D7"], ws["E7"], ws["F7"] = "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước"
    ws["G6"], ws["H6"] = "Tổng số", "Trong đó"
    ws["H7"], ws["I7"], ws["J7"] = "Trước hạn", "Đúng hạn", "Quá hạn"
    ws["K6"], ws["L6"] = "Tổng số", "Trong đó"
    ws["L7"], ws["M7"] = "Trong hạn", "Quá hạn"
    for rng in ("A5:A7", "B5:B7", "C5:F5", "C6:C7", "D6:F6", "G5:J5", "G6:G7", "H6:J6", "K5:M5", "K6:K7", "L6:M6"):
        ws.merge_cells(rng)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for row in ws.iter_rows(min_row=5, max_row=8, max_col=13):
        for cell in row:
            cell.border, cell.fill = BOX, header_fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, letter in enumerate(LETTERS, 1):
        ws[f"{letter}8"] = f"({i})"
    rows: dict[str, int] = {}
    r = FIRST_DATA_ROW
    for i, label in enumerate(fields, 1):
        ws[f"A{r}"], ws[f"B{r}"] = i, label
        rows[label] = r
        for letter in LETTERS:
            ws[f"{letter}{r}"].border = BOX
            if letter > "B":
                ws[f"{letter}{r}"].number_format = "#,##0"
        r += 1
    ws[f"B{r}"] = "Tổng cộng"
    ws[f"B{r}"].font = Font(bold=True)
    for letter in LETTERS[2:]:
        ws[f"{letter}{r}"] = f"=SUM({letter}{FIRST_DATA_ROW}:{letter}{r - 1})"
        ws[f"{letter}{r}"].font = Font(bold=True)
        ws[f"{letter}{r}"].border = BOX
    rows["total"] = r
    ws[f"B{r + 2}"] = "Người lập biểu"
    dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                        showErrorMessage=True, error="Số hồ sơ phải là số nguyên không âm")
    dv.add(f"C{FIRST_DATA_ROW}:M{r - 1}")
    ws.add_data_validation(dv)
    ws.column_dimensions["B"].width = 34
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "5:8"
    finish_workbook(wb, path, ("VungSoLieu", f"'Biểu 06'!$C${FIRST_DATA_ROW}:$M${r - 1}"),
                    "Điền số liệu vào các ô trắng; không sửa dòng Tổng cộng.", "=1+1")
    return rows


def finish_workbook(wb: Workbook, path: Path, name: tuple[str, str], guide: str, formula: str) -> None:
    """What every province form carries besides its table: a defined name over the figures and a second sheet
    (a guide line and a formula), then saved."""
    wb.defined_names[name[0]] = DefinedName(name[0], attr_text=name[1])
    other = wb.create_sheet("Hướng dẫn")
    other["A1"] = guide
    other["A2"] = formula
    wb.save(path)


_CELL = re.compile(r'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>.*?</c>)', re.S)


def strip_cells(xml: str, refs: set[str]) -> str:
    """The sheet XML without the ``<c>`` elements of ``refs`` (to compare the rest)."""
    return _CELL.sub(lambda m: "" if m.group(1) in refs else m.group(0), xml)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}
