"""A province-styled TTHC-cut workbook (the kind a province sends for the cắt giảm, đơn giản hóa report).

Built with openpyxl: title rows and a logo, a two-row header with merged groups ("Thời gian giải
quyết (ngày)" over "Theo quy định / Sau cắt giảm / Thời gian cắt giảm / Tỷ lệ cắt giảm (%)",
"Chi phí tuân thủ (đồng)" over "Trước / Sau cắt giảm / Tỷ lệ cắt giảm (%)" styled as a
percentage), a numbering row, lĩnh vực heading rows merged across, procedure rows in the
province's order (one with a code the unit does not have, one without a code, one name-only
row unknown), a "Tổng cộng" row of SUM formulas, a data validation, a defined name and a second sheet.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation
from province_form_fixture import finish_workbook, logo_png

BOX = Border(*(Side(style="thin"),) * 4)
SHEET = "Cắt giảm TTHC"
# (STT, mã, tên): the province's order. 1.009999 is not in the unit's catalogue; "Cấp giấy phép xây dựng" has
# no code (matched by its name); "Đăng ký kết hôn" has neither a code nor a match.
ROWS = [
    ("I", "", "LĨNH VỰC HỘ TỊCH"),
    ("1", "1.004227", "Đăng ký khai sinh"),
    ("2", "", "Đăng ký kết hôn"),
    ("II", "", "LĨNH VỰC KHÁC"),
    ("3", "2.000908", "Chứng thực bản sao từ bản chính"),
    ("4", "1.009999", "Thủ tục tỉnh tự đặt"),
    ("5", "", "Cấp giấy phép xây dựng"),
    ("6", "1.001766", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"),
]
COLUMNS = "ABCDEFGHIJKL"


def build_cuts_form(path: Path) -> dict[str, int]:
    """Write the workbook; returns {name: Excel row}, plus "total"."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"], ws["A2"] = "UBND TỈNH MẪU", "VĂN PHÒNG UBND TỈNH"
    ws["D1"] = "KẾT QUẢ CẮT GIẢM THỜI GIAN GIẢI QUYẾT, CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH"
    ws.merge_cells("D1:L1")
    ws["D1"].font = Font(name="Times New Roman", bold=True, size=13)
    logo = Image(io.BytesIO(logo_png()))
    logo.anchor = "B1"
    ws.add_image(logo)
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực"
    ws["E4"], ws["I4"], ws["L4"] = "Thời gian giải quyết (ngày)", "Chi phí tuân thủ (đồng)", "Ghi chú"
    ws["E5"], ws["F5"], ws["G5"], ws["H5"] = "Theo quy định", "Sau cắt giảm", "Thời gian cắt giảm", "Tỷ lệ cắt giảm (%)"
    ws["I5"], ws["J5"], ws["K5"] = "Trước cắt giảm", "Sau cắt giảm", "Tỷ lệ cắt giảm (%)"
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:H4", "I4:K4", "L4:L5"):
        ws.merge_cells(rng)
    for i, letter in enumerate(COLUMNS, 1):
        ws[f"{letter}6"] = f"({i})"
    for row in ws.iter_rows(min_row=4, max_row=6, max_col=len(COLUMNS)):
        for cell in row:
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows: dict[str, int] = {}
    r = 7
    for stt, code, name in ROWS:
        ws[f"A{r}"], ws[f"C{r}"] = stt, name
        if code:
            ws[f"B{r}"] = code
        if not stt.isdigit():  # a lĩnh vực heading, merged across the table
            ws[f"A{r}"] = f"{stt}. {name}"
            ws.merge_cells(f"A{r}:L{r}")
        for letter in COLUMNS:
            ws[f"{letter}{r}"].border = BOX
        ws[f"K{r}"].number_format = "0.0%"
        rows[name] = r
        r += 1
    ws[f"C{r}"] = "Tổng cộng"
    for letter in "EFGIJ":
        ws[f"{letter}{r}"] = f"=SUM({letter}7:{letter}{r - 1})"
    rows["total"] = r
    ws[f"C{r + 2}"] = "Người lập biểu"
    dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    dv.add(f"E7:K{r - 1}")
    ws.add_data_validation(dv)
    ws.column_dimensions["C"].width = 40
    for letter in "EFGHIJK":
        ws.column_dimensions[letter].width = 12
    ws.row_dimensions[5].height = 48
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # the province prints the table on one page width
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    finish_workbook(wb, path, ("VungCatGiam", f"'{SHEET}'!$E$7:$K${r - 1}"),
                    "Ghi mã TTHC theo Cơ sở dữ liệu quốc gia; không sửa dòng Tổng cộng.", "=2*3")
    return rows
