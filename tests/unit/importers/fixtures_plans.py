"""Test helpers that BUILD plan files: the Tiền Giang appendix as .docx/.xlsx, and bad files.

The appendix text (data/tien_giang_appendix.txt) is copied verbatim from
../shared/domain/ke-hoach-165-tien-giang-nq66.txt. Its rows are parsed here independently of
the code under test (tabs, <b>/<i> tags) and cleaned of page-break artefacts (repeated headers,
rows split across pages) to build the Word and Excel versions with a two-row merged header:

    Số TT | Nội dung công việc | Trách nhiệm (merged over 2) | Thời gian Hoàn thành | Sản phẩm
          |                    | Cơ quan chủ trì | Cơ quan phối hợp |             |

The .docx has title paragraphs above the table and is split into two tables at the II.3.1
page break (the second starts with the repeated header and the continuation row), like a
converted document. The .xlsx has title rows above the header, merged section rows, and a
repeated header with the II.1 row split across it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
APPENDIX_PATH = DATA / "tien_giang_appendix.txt"

HEADER_TOP = ["Số TT", "Nội dung công việc", "Trách nhiệm", "", "Thời gian Hoàn thành", "Sản phẩm"]
HEADER_SUB = ["", "", "Cơ quan chủ trì", "Cơ quan phối hợp", "", ""]
TITLE = "PHỤ LỤC"
SUBTITLE = (
    "(Ban hành kèm theo Kế hoạch số 165 /KH-UBND ngày 14 tháng 4 năm 2025 "
    "của Chủ tịch Ủy ban nhân dân tỉnh Tiền Giang)"
)
_ROMAN = re.compile(r"^(I|II|III|IV|V|VI)\b")


def appendix_text() -> str:
    return APPENDIX_PATH.read_text(encoding="utf-8")


def raw_rows(text: str | None = None) -> list[list[str]]:
    """Tab-separated lines of the appendix as 6 cells, tags removed."""
    out = []
    for line in (text if text is not None else appendix_text()).splitlines():
        if "\t" not in line:
            continue
        cells = [" ".join(re.sub(r"</?[bi]>", "", c).split()) for c in line.split("\t")]
        out.append((cells + [""] * 6)[:6])
    return out


def is_header(row: list[str]) -> bool:
    return row[1] == "Nội dung công việc" or row[2] == "Cơ quan chủ trì"


@dataclass
class CleanRow:
    cells: list[str]
    split: tuple[list[str], list[str]] | None = None  # (before, after) a page break

    @property
    def is_section(self) -> bool:
        return bool(_ROMAN.match(self.cells[0])) and not any(self.cells[2:])


def clean_rows() -> list[CleanRow]:
    rows: list[CleanRow] = []
    after_header = False
    for row in raw_rows():
        if is_header(row):
            after_header = True
            continue
        if after_header and not row[0] and rows:
            before = rows[-1].cells
            rows[-1] = CleanRow([" ".join(x for x in (a, b) if x) for a, b in zip(before, row, strict=True)])
            rows[-1].split = (before, row)
        else:
            rows.append(CleanRow(list(row)))
        after_header = False
    return rows


def _stt(value: str) -> object:
    return int(value) if value.isdigit() else (value or None)


# ---------------------------------------------------------------- .docx


def _docx_header(table, r: int) -> None:
    for c in (0, 1, 4, 5):
        table.cell(r, c).merge(table.cell(r + 1, c)).text = HEADER_TOP[c]
    table.cell(r, 2).merge(table.cell(r, 3)).text = "Trách nhiệm"
    table.cell(r + 1, 2).text = HEADER_SUB[2]
    table.cell(r + 1, 3).text = HEADER_SUB[3]


def _docx_row(table, r: int, cells: list[str], *, section: bool) -> None:
    if section and not any(cells[1:]):
        table.cell(r, 0).merge(table.cell(r, 5)).text = cells[0]
    elif section:
        table.cell(r, 0).text = cells[0]
        table.cell(r, 1).merge(table.cell(r, 5)).text = cells[1]
    else:
        for c, v in enumerate(cells):
            table.cell(r, c).text = v


def build_docx(path: Path) -> Path:
    import docx

    rows = clean_rows()
    split_at = next(i for i, r in enumerate(rows) if r.cells[1].startswith("Rà soát, xây dựng phương án cắt giảm, đơn giản hóa các thủ tục hành chính giải quyết"))
    before, after = rows[split_at].split or (None, None)
    assert before is not None and after is not None
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph(SUBTITLE)
    part1 = [*rows[:split_at], CleanRow(before)]
    t1 = doc.add_table(rows=2 + len(part1), cols=6)
    _docx_header(t1, 0)
    for i, row in enumerate(part1):
        _docx_row(t1, i + 2, row.cells, section=row.is_section)
    doc.add_paragraph("")  # page break in a converted document
    part2 = [CleanRow(after), *rows[split_at + 1 :]]
    t2 = doc.add_table(rows=2 + len(part2), cols=6)
    _docx_header(t2, 0)
    for i, row in enumerate(part2):
        _docx_row(t2, i + 2, row.cells, section=row.is_section)
    doc.add_paragraph("KT. CHỦ TỊCH")
    doc.save(path)
    return path


# ---------------------------------------------------------------- .xlsx


def _xlsx_header(ws) -> None:
    r = ws.max_row + 1
    ws.append([v or None for v in HEADER_TOP])
    ws.append([v or None for v in HEADER_SUB])
    for col in "ABEF":
        ws.merge_cells(f"{col}{r}:{col}{r + 1}")
    ws.merge_cells(f"C{r}:D{r}")


def _xlsx_row(ws, cells: list[str], *, section: bool) -> None:
    ws.append([_stt(cells[0]), *[v or None for v in cells[1:]]])
    r = ws.max_row
    if section and not any(cells[1:]):
        ws.merge_cells(f"A{r}:F{r}")
    elif section:
        ws.merge_cells(f"B{r}:F{r}")


def build_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws.append([TITLE])
    ws.merge_cells("A1:F1")
    ws.append([SUBTITLE])
    ws.merge_cells("A2:F2")
    _xlsx_header(ws)
    for row in clean_rows():
        if row.split and row.cells[1].startswith("Thống kê danh mục"):
            before, after = row.split
            _xlsx_row(ws, before, section=False)
            _xlsx_header(ws)  # repeated at the page break
            _xlsx_row(ws, after, section=False)
        else:
            _xlsx_row(ws, row.cells, section=row.is_section)
    wb.save(path)
    return path


# ---------------------------------------------------------------- bad files


def truncate(src: Path, dst: Path, fraction: float = 0.5) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * fraction)])
    return dst


def build_docx_without_table(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Văn bản này không có bảng nhiệm vụ nào.")
    doc.save(path)
    return path


def build_ole(path: Path) -> Path:
    """Bytes that look like an encrypted OOXML / legacy Office file (OLE2 compound file)."""
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504 + b"EncryptedPackage" + b"\x00" * 512)
    return path


def build_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return path


def build_zip_bomb(path: Path, megabytes: int = 300) -> Path:
    """A .docx-shaped zip whose word/document.xml is ``megabytes`` MB of zeros (small on disk)."""
    chunk = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(megabytes):
                fh.write(chunk)
    return path
