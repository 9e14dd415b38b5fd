"""A blank Excel catalogue of procedures for a unit that has none yet: the headers the catalogue import
recognises, and no rows: the unit fills them in and imports the file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ..reports.xlsx.cells import workbook_bytes
from ..store.files import atomic_write

HEADERS = (
    "STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Cấp thực hiện",
    "Thời gian giải quyết năm 2024 (ngày)", "Thời gian giải quyết hiện tại (ngày)",
    "Chi phí tuân thủ năm 2024 (đồng)", "Chi phí tuân thủ hiện tại (đồng)", "Số hồ sơ/năm",
)
WIDTHS = (6, 14, 48, 22, 14, 16, 16, 16, 16, 12)


def write_blank_catalogue(path: str | Path) -> Path:
    """Write the template to *path* (replaced whole or not at all)."""
    target = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh mục TTHC"
    ws.append(list(HEADERS))
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[ws.cell(1, col).column_letter].width = width
        cell = ws.cell(1, col)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = "A2"
    return atomic_write(target, workbook_bytes(wb))  # never a half-written zip left open (issue 18)
