"""The one-stop system's biểu 06 export (what `stats import` reads), built in tests: three header rows, then
one row per field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

HEADER = (
    ["STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", None, None, None,
     "Số hồ sơ đã giải quyết", None, None, None, "Số hồ sơ đang giải quyết", None, None],
    [None, None, "Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", "Tổng số",
     "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
    [f"({n})" for n in range(1, 14)],
)
HO_TICH = (120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5)
DAT_DAI = (60, 0, 55, 5, 40, 5, 30, 5, 15, 10, 5)


def form06_sheet():
    """A workbook whose active sheet holds the three header rows."""
    wb = Workbook()
    ws = wb.active
    for row in HEADER:
        ws.append(list(row))
    return wb, ws


def write_form06_export(path: Path, fields: Iterable[tuple[str, Sequence[int]]] = (("Hộ tịch", HO_TICH),
                                                                                 ("Đất đai", DAT_DAI))) -> Path:
    """Rows numbered 1, 2 … with the field name and its eleven figures (columns 3 to 13)."""
    wb, ws = form06_sheet()
    for i, (name, values) in enumerate(fields, 1):
        ws.append([i, name, *values])
    wb.save(path)
    return path
