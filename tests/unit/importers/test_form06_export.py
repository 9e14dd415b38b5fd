"""Import of the one-stop system's "II.06a"-style export into biểu 06 rows, with row issues."""

from pathlib import Path

import pytest
from openpyxl import Workbook

from tthc_desktop.domain.form06 import Form06Row
from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.form06_export import import_form06
from tthc_desktop.importers.procedure_catalogue import ERROR, WARNING, RowIssue

SHEET = "II.06a"


def _header(ws, level_column: bool) -> int:
    """Three merged header rows and a numbering row, like the provincial export; returns next row."""
    off = 1 if level_column else 0
    first = 3 + off  # first numeric column (1-based)
    ws.append(["BIỂU II.06a: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC"])
    ws.append(["(Từ ngày 15/6/2025 đến ngày 14/9/2025)"])
    top = ["STT", "Lĩnh vực, công việc giải quyết theo cấp"] + (["Cấp giải quyết"] if level_column else [])
    ws.append(top + ["Số hồ sơ nhận giải quyết", None, None, None, "Số hồ sơ đã giải quyết", None, None, None,
                     "Số hồ sơ đang giải quyết", None, None])
    ws.append([None] * (2 + off) + ["Tổng số", "Trong đó", None, None, "Tổng số", "Trong đó", None, None,
                                    "Tổng số", "Trong đó", None])
    ws.append([None] * (2 + off) + [None, "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", None,
                                    "Trước hạn", "Đúng hạn", "Quá hạn", None, "Trong hạn", "Quá hạn"])
    for c in range(1, 3 + off):
        ws.merge_cells(start_row=3, start_column=c, end_row=5, end_column=c)
    for start, width in ((first, 4), (first + 4, 4), (first + 8, 3)):
        ws.merge_cells(start_row=3, start_column=start, end_row=3, end_column=start + width - 1)
        ws.merge_cells(start_row=4, start_column=start, end_row=5, end_column=start)
        ws.merge_cells(start_row=4, start_column=start + 1, end_row=4, end_column=start + width - 1)
    if level_column:
        ws.append(["(1)", "(2)", ""] + [f"({n})" for n in range(3, 14)])
    else:
        ws.append([f"({n})" for n in range(1, 14)])
    return 7


def build_export(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _header(ws, level_column=False)
    ws.append([1, "Lĩnh vực Hộ tịch", 160, 70, 80, 10, 140, 20, 110, 10, 20, 16, 4])  # row 7: subtotal
    ws.append([None, "Cấp xã", 120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5])  # 8
    ws.append([None, "Cấp huyện", 40, 20, 18, 2, 40, 10, 30, 0, 0, 0, 0])  # 9
    ws.append([2, "CHỨNG THỰC", 300, None, 300, None, 300, None, 300, None, None, None, None])  # 10: blanks = 0
    ws.append([3, "Đất đai"])  # 11: heading only
    ws.append([None, "Cấp huyện", 60, 0, 55, 5, 40, 5, 30, 5, 15, 10, 5])  # 12: 3 ≠ 7 + 11
    ws.append([4, "Lý lịch tư pháp", 25, 25, 0, 0, 20, 20, "nhiều", 0, 5, 5, 0])  # 13: text in column 9
    ws.append([None, "Tổng cộng", 520, 70, 435, 15, 480, 35, 420, 15, 35, 25, 10])  # 14
    ws.append([None, None, None, None, None, None, None, None, None, "Người lập biểu"])
    wb.save(path)


def test_import_with_level_sub_rows(tmp_path):
    path = tmp_path / "thong-ke-q3.xlsx"
    build_export(path)
    result = import_form06(path)
    assert result.sheet == SHEET
    assert result.rows == [
        Form06Row.from_columns("Hộ tịch", "xã", [120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5]),
        Form06Row.from_columns("Hộ tịch", "huyện", [40, 20, 18, 2, 40, 10, 30, 0, 0, 0, 0]),
        Form06Row.from_columns("Chứng thực", "", [300, 0, 300, 0, 300, 0, 300, 0, 0, 0, 0]),
        Form06Row.from_columns("Đất đai", "huyện", [60, 0, 55, 5, 40, 5, 30, 5, 15, 10, 5]),
    ]
    f = str(path)
    assert result.issues == [
        RowIssue(f, SHEET, 7, "", "", "Dòng lĩnh vực “Hộ tịch” không bằng tổng các dòng cấp bên dưới "
                 "(cột 12: 16 ≠ 15; cột 13: 4 ≠ 5)", WARNING),
        RowIssue(f, SHEET, 12, "Cột 3", "60",
                 "Cột 3 (Tổng số nhận giải quyết = 60) phải bằng cột 7 + 11 (= 55)", WARNING),
        RowIssue(f, SHEET, 13, "Cột 9", "nhiều",
                 "Cột 9 phải là số nguyên không âm, không đọc được “nhiều”: dòng không được nhập", ERROR),
        RowIssue(f, SHEET, 14, "", "", "Dòng tổng cộng không bằng tổng các dòng đã nhập "
                 "(cột 8: 35 ≠ 25; cột 9: 420 ≠ 440)", WARNING),
    ]


def test_import_with_level_column(tmp_path):
    path = tmp_path / "thong-ke-cap.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _header(ws, level_column=True)
    ws.append([1, "Hộ tịch", "Xã", 12, 5, 7, 0, 10, 1, 9, 0, 2, 2, 0])
    ws.append([2, "Hộ tịch", "Cấp huyện", "1.200", 200, 1000, 0, 1150, 150, 1000, 0, 50, 49, 1])
    ws.append([3, "Chứng thực", "", 5, 0, 5, 0, 5, 0, 5, 0, 0, 0, 0])
    wb.save(path)
    result = import_form06(path, default_level="xã")
    assert result.rows == [
        Form06Row.from_columns("Hộ tịch", "xã", [12, 5, 7, 0, 10, 1, 9, 0, 2, 2, 0]),
        Form06Row.from_columns("Hộ tịch", "huyện", [1200, 200, 1000, 0, 1150, 150, 1000, 0, 50, 49, 1]),
        Form06Row.from_columns("Chứng thực", "xã", [5, 0, 5, 0, 5, 0, 5, 0, 0, 0, 0]),
    ]
    assert result.issues == []


def test_missing_columns_and_no_table(tmp_path):
    path = tmp_path / "thieu-cot.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết"])
    ws.append([1, "Hộ tịch", 5, 5])
    wb.save(path)
    with pytest.raises(ImportFailure) as err:
        import_form06(path)
    assert str(err.value) == (
        'Tệp thieu-cot.xlsx, trang tính "Sheet", dòng 1: không nhận ra đủ 13 cột của biểu 06 '
        "(thiếu cột 4, 5, 6, 8, 9, 10, 11, 12, 13)."
    )
    other = tmp_path / "khac.xlsx"
    wb = Workbook()
    wb.active.append(["Nội dung"])
    wb.save(other)
    with pytest.raises(ImportFailure, match="không tìm thấy bảng thống kê biểu 06"):
        import_form06(other)
