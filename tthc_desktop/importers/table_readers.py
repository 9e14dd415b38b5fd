"""Readers that turn .docx tables, .xlsx sheets and pasted text into plain :class:`RawTable` rows.

Public API:
    ``RawTable``                                  name, rows (list[list[str]]), merge flags, source
    ``read_docx_tables(path) -> list[RawTable]``  every top-level table of a Word document
    ``read_xlsx_sheets(path) -> list[RawTable]``  every non-empty worksheet of a workbook
    Text tables (.txt/.tsv/.md, tab- or pipe-separated) are read by :mod:`.text_table`, which uses these helpers.
    ``fold(text) -> str``                         lowercase, no diacritics, đ→d, single spaces

Cells are NFC text; multi-line cells keep ``"\\n"``. Merged cells repeat their value in every
grid position they cover (so header detection sees "Trách nhiệm" over both sub-columns) and are
flagged: ``merged_left`` holds (row, col) positions that copy the cell on their left (horizontal
merge), ``merged_above`` those that copy the cell above (vertical merge). Indices are 0-based.
PDF tables (:mod:`.pdf_tables`) also give ``pages``, the page of each row: a change of page between two
rows is a page break (a repeated header, or a row split over it whose continuation has an empty STT).

Every failure (missing, empty, corrupt, encrypted, wrong-type file, zip bomb, no table) is raised
as :class:`~tthc_desktop.importers.errors.ImportFailure` with a Vietnamese message.
"""

from __future__ import annotations

import html
import os
import re
import stat
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time

from ..domain.text_fold import fold
from ..store.zip_guard import ZipLimits, ZipProblem, zip_problem
from .errors import ImportFailure
from .xlsx_dates import format_excel_date

__all__ = [
    "RawTable",
    "check_zip_container",
    "fold",
    "read_docx_tables",
    "read_xlsx_sheets",
    "sniff_kind",
]

# Zip-bomb guard limits (checked before python-docx/openpyxl touch the file).
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 10_000
# Members smaller than this cannot bomb anything, whatever their ratio (tiny XML parts compress well).
RATIO_MIN_SIZE = 1024 * 1024
MAX_TEXT_BYTES = 50 * 1024 * 1024
# Size limits of one worksheet's content (non-empty cells; empty formatted cells do not count) and of
# the Word document part, so a tiny hostile file cannot make the reader build billions of cells.
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELLS = 2_000_000
MAX_DOCX_XML = 64 * 1024 * 1024  # word/document.xml, uncompressed (a 1 000-page document is ~10 MB)


@dataclass(frozen=True)
class RawTable:
    """One table as rows of text cells (rows are padded to the same width)."""

    name: str
    rows: list[list[str]]
    merged_left: frozenset[tuple[int, int]] = frozenset()
    merged_above: frozenset[tuple[int, int]] = frozenset()
    source: str = ""
    location_kind: str = "table"  # "sheet" for worksheets
    line_numbers: tuple[int, ...] | None = None  # text input: 1-based source line of each row
    pages: tuple[int, ...] | None = None  # PDF input: 1-based page of each row (a change is a page break)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


# ---------------------------------------------------------------- text helpers

_TAG_RE = re.compile(r"</?\s*(b|i|u|strong|em|span|p|font|sup|sub)(\s[^>]*)?>", re.IGNORECASE)
_BR_RE = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_SPACES_RE = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]+")


def clean_cell(text: str) -> str:
    """NFC, simple HTML tags removed, spaces collapsed per line, line breaks kept."""
    if "<" in text:  # most cells hold no markup: skip both tag patterns
        text = _TAG_RE.sub("", _BR_RE.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\n" not in text:  # one line, most cells
        return _SPACES_RE.sub(" ", text).strip()
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    # drop leading/trailing empty lines but keep inner ones collapsed to a single break
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _pad(rows: list[list[str]]) -> list[list[str]]:
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


# ---------------------------------------------------------------- file checks

_MAGIC = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"BM", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"{\\rtf", "rtf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
]


def check_regular_file(path: str | os.PathLike[str]) -> int:
    """Refuse anything but a regular file (a FIFO would block forever, /dev/zero never ends); return its size.

    ``os.stat`` follows symbolic links, so a link named .txt pointing at /dev/zero is refused too.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFailure(path, "không tìm thấy tệp") from None
    except OSError as exc:
        raise ImportFailure(path, f"không đọc được tệp ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailure(path, "đây là thư mục, không phải tệp")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailure(path, "đây không phải tệp dữ liệu thông thường (thiết bị, đường ống hoặc liên kết "
                                  "đặc biệt); hãy chọn đúng tệp kế hoạch")
    return info.st_size


def sniff_kind(path: str | os.PathLike[str]) -> str:
    """Return "empty", "ole", "pdf", "image", "rtf", "zip" or "other" from the first bytes.

    Raises ImportFailure when the file is missing, unreadable or not a regular file.
    """
    check_regular_file(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ImportFailure(path, "không tìm thấy tệp") from None
    except IsADirectoryError:
        raise ImportFailure(path, "đây là thư mục, không phải tệp") from None
    except OSError as exc:
        raise ImportFailure(path, f"không đọc được tệp ({exc.strerror or exc})") from None
    if not head:
        return "empty"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return "other"


_KIND_MESSAGES = {
    "empty": "tệp rỗng (0 byte), không có dữ liệu",
    "ole": "tệp được mã hóa hoặc định dạng Office cũ (.doc/.xls); hãy bỏ mật khẩu hoặc lưu lại "
    "dưới dạng .docx/.xlsx rồi nhập lại",
    "pdf": "tệp là PDF, không phải {what}; hãy dùng bản .docx/.xlsx gốc của kế hoạch",
    "image": "tệp là hình ảnh, không phải {what}",
    "rtf": "tệp là định dạng RTF, không phải {what}; hãy lưu lại dưới dạng .docx",
    "other": "tệp không đúng định dạng {what} (có thể bị hỏng hoặc bị đổi đuôi)",
}


def _zip_message(problem: ZipProblem) -> str:
    if problem.kind == "members":
        return f"tệp có quá nhiều thành phần ({problem.value:.0f}), nghi là tệp độc hại; từ chối mở"
    if problem.kind == "ratio":
        return (f"thành phần {problem.member} có tỉ lệ nén bất thường ({problem.value:.0f}:1), "
                "nghi là tệp nén độc hại (zip bomb); từ chối mở")
    return f"nội dung giải nén quá lớn ({problem.value // (1024 * 1024):.0f} MB > 200 MB), nghi là tệp độc hại; từ chối mở"


def check_zip_container(path: str | os.PathLike[str], what: str) -> list[str]:
    """Check that ``path`` is a sane OOXML zip; return its member names.

    ``what`` is the expected format for messages (".docx" or ".xlsx"). Refuses zip bombs:
    total uncompressed size > 200 MB, a member (≥ 1 MB) with compression ratio > 200, or more
    than 10 000 members.
    """
    kind = sniff_kind(path)
    if kind != "zip":
        raise ImportFailure(path, _KIND_MESSAGES[kind].format(what=what))
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        # NotImplementedError: a damaged header claiming a zip version or method Python lacks
        raise ImportFailure(path, f"tệp {what} bị hỏng hoặc không đầy đủ (không mở được nội dung nén)") from None
    problem = zip_problem(infos, ZipLimits(MAX_MEMBERS, MAX_UNCOMPRESSED, MAX_RATIO, RATIO_MIN_SIZE))
    if problem is not None:
        raise ImportFailure(path, _zip_message(problem))
    names = [i.filename for i in infos]
    if "word/document.xml" in names and what != ".docx":
        raise ImportFailure(path, f"tệp này là văn bản Word (.docx), không phải {what}")
    if "xl/workbook.xml" in names and what != ".xlsx":
        raise ImportFailure(path, f"tệp này là bảng tính Excel (.xlsx), không phải {what}")
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        raise ImportFailure(path, _KIND_MESSAGES["ole"])
    return names


def _corrupt(path: str | os.PathLike[str], what: str, exc: BaseException) -> ImportFailure:
    detail = type(exc).__name__
    return ImportFailure(path, f"tệp {what} bị hỏng hoặc không đọc được ({detail})")


# ---------------------------------------------------------------- .docx


def read_docx_tables(path: str | os.PathLike[str]) -> list[RawTable]:
    """Read every top-level table of a .docx; names are "Bảng 1", "Bảng 2", ...

    Raises ImportFailure for a bad file or a document without any table.
    """
    return read_docx(path)[0]


def read_docx(path: str | os.PathLike[str]) -> tuple[list[RawTable], list[str]]:
    """The tables and the body paragraphs' text (for the plan's heading) of a .docx, read once."""
    names = check_zip_container(path, ".docx")
    if "word/document.xml" not in names:
        raise ImportFailure(path, "tệp .docx bị hỏng: thiếu phần nội dung văn bản (word/document.xml)")
    with zipfile.ZipFile(path) as zf:
        size = zf.getinfo("word/document.xml").file_size
    if size > MAX_DOCX_XML:
        raise ImportFailure(
            path, f"văn bản quá lớn (phần nội dung {size // (1024 * 1024)} MB > {MAX_DOCX_XML // (1024 * 1024)} MB); "
            "hãy tách phụ lục ra một tệp riêng"
        )
    try:
        import docx  # python-docx

        document = docx.Document(os.fspath(path))
        budget = [MAX_CELLS]
        tables = [
            _docx_table(t, f"Bảng {i}", os.fspath(path), budget) for i, t in enumerate(document.tables, start=1)
        ]
        paragraphs = [p.text for p in document.paragraphs[:400]]
    except ImportFailure:
        raise
    except Exception as exc:  # python-docx raises KeyError, lxml errors, ValueError...: one message
        raise _corrupt(path, ".docx", exc) from None
    tables = [t for t in tables if any(any(c for c in row) for row in t.rows)]
    if not tables:
        raise ImportFailure(path, "văn bản không có bảng nào; kế hoạch cần có bảng nhiệm vụ (phụ lục)")
    return tables, paragraphs


def _docx_too_wide(source: str, name: str, what: str) -> ImportFailure:
    return ImportFailure(source, f"bảng có {what} (tối đa {MAX_COLUMNS} cột, {MAX_CELLS} ô); nghi là tệp hỏng "
                                 "hoặc độc hại, từ chối đọc", location=name)


def _docx_table(table, name: str, source: str, budget: list[int]) -> RawTable:
    """One Word table; ``budget`` (cells left for the whole document) bounds the work a hostile
    w:gridSpan/w:gridBefore (10 000 000 columns in a 37 KB file) could ask for."""
    from docx.table import _Cell

    rows: list[list[str]] = []
    left: set[tuple[int, int]] = set()
    above: set[tuple[int, int]] = set()
    for r, tr in enumerate(table._tbl.tr_lst):
        before = tr.grid_before or 0
        if before > MAX_COLUMNS:
            raise _docx_too_wide(source, name, f"một dòng lùi {before} cột")
        row: list[str] = [""] * before
        for tc in tr.tc_lst:
            span = max(tc.grid_span, 1)
            col = len(row)
            if col + span > MAX_COLUMNS:
                raise _docx_too_wide(source, name, f"một dòng rộng {col + span} cột")
            budget[0] -= span
            if budget[0] < 0:
                raise _docx_too_wide(source, name, "quá nhiều ô")
            if tc.vMerge == "continue":
                prev = rows[r - 1] if r > 0 else []
                value = prev[col] if col < len(prev) else ""
                above.add((r, col))
            else:
                value = clean_cell(_Cell(tc, table).text)
            row.append(value)
            for k in range(1, span):
                row.append(value)
                left.add((r, col + k))
        rows.append(row)
    return RawTable(name, _pad(rows), frozenset(left), frozenset(above), source, "table")


# ---------------------------------------------------------------- .xlsx


def _cell_text(value, number_format: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)) and number_format:
        shown = format_excel_date(value, number_format)  # "Tháng 4/2026", "04/2026": as Excel shows it
        if shown:
            return shown
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return clean_cell(str(value))


def read_xlsx_sheets(path: str | os.PathLike[str]) -> list[RawTable]:
    """Read every non-empty worksheet of an .xlsx/.xlsm (names are the sheet names).

    Each sheet is streamed once (importers/xlsx_text.py); its merged ranges, stored after the cells in the
    sheet's XML, are taken from the same pass and expanded afterwards. A full load (openpyxl's Cell
    objects and styles for every cell) took several times longer for the same grid.
    """
    check_zip_container(path, ".xlsx")
    try:
        from .xlsx_text import TextWorkbook

        with warnings.catch_warnings():
            # real-world files trigger openpyxl UserWarnings (styles, data validation): not errors here
            warnings.simplefilter("ignore")
            # a file object: openpyxl would otherwise refuse a workbook whose extension is not .xlsx
            with open(path, "rb") as fh:
                book = TextWorkbook(fh)
                try:
                    tables = [_xlsx_sheet(book, title, part, os.fspath(path)) for title, part in book.sheets]
                finally:
                    book.close()
    except ImportFailure:
        raise
    except Exception as exc:  # openpyxl: InvalidFileException, KeyError, lxml errors, ...
        raise _corrupt(path, ".xlsx", exc) from None
    tables = [t for t in tables if t.rows]
    if not tables:
        raise ImportFailure(path, "bảng tính không có dữ liệu (mọi trang tính đều trống)")
    return tables


def _too_big(title: str, source: str, height: int, width: int) -> ImportFailure:
    return ImportFailure(
        source,
        f"trang tính quá lớn ({height} dòng × {width} cột có dữ liệu; tối đa {MAX_ROWS} dòng, "
        f"{MAX_COLUMNS} cột, {MAX_CELLS} ô); hãy xóa các dòng, cột thừa rồi nhập lại",
        location=title,
        location_kind="sheet",
    )


def _xlsx_stream(book, title: str, part: str, source: str) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """One pass over the sheet's XML: the text grid from row 1 / column A to the last non-empty cell (within
    the size limits), and the merged ranges as 1-based (min_row, min_col, max_row, max_col).

    Only cells that exist are placed: one value at XFD1048576 must not make a 17-billion-cell walk. This uses
    the parser behind openpyxl's read-only ``iter_rows`` so the ``<mergeCells>`` it reads are kept too.
    """
    from openpyxl.utils.cell import range_boundaries

    found: dict[tuple[int, int], str] = {}
    texts: dict[str, str] = {}  # a sheet repeats its agency and deadline cells: each short text cleaned once
    height = width = 0
    with book.parser(part) as parser:
        for r, cells in parser.parse():
            for cell in cells:
                value = cell["value"]
                if value is None:
                    continue
                # only a date's text depends on its number format ("Tháng 4/2026"): look it up for those alone
                if type(value) is str and len(value) <= 200:  # long cells (contents) are unique: not kept
                    text = texts.get(value)
                    if text is None:
                        text = texts[value] = _cell_text(value)
                else:
                    fmt = book.number_format(cell) if isinstance(value, date) else None
                    text = _cell_text(value, fmt)
                if not text:
                    continue
                c = cell["column"]
                height, width = max(height, r), max(width, c)
                if height > MAX_ROWS or width > MAX_COLUMNS or len(found) >= MAX_CELLS:
                    raise _too_big(title, source, height, width)
                found[r, c] = text
        merges = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    if height * width > MAX_CELLS:
        raise _too_big(title, source, height, width)
    grid = [[""] * width for _ in range(height)]
    for (r, c), text in found.items():
        grid[r - 1][c - 1] = text
    ranges = []
    for merge in merges:
        min_col, min_row, max_col, max_row = range_boundaries(merge.ref)
        ranges.append((min_row, min_col, max_row, max_col))
    return grid, ranges


def _xlsx_sheet(book, title: str, part: str, source: str) -> RawTable:
    rows, merged_ranges = _xlsx_stream(book, title, part, source)
    width = max((len(r) for r in rows), default=0)
    left: set[tuple[int, int]] = set()
    above: set[tuple[int, int]] = set()
    budget = 2 * MAX_CELLS  # overlapping merged ranges must not multiply the work
    for min_row, min_col, max_row, max_col in merged_ranges:
        r0, c0 = min_row - 1, min_col - 1
        if r0 >= len(rows) or c0 >= width:
            continue
        budget -= (min(max_row, len(rows)) - r0) * (min(max_col, width) - c0)
        if budget < 0:
            raise ImportFailure(source, "trang tính có các vùng gộp ô chồng lên nhau bất thường; từ chối mở",
                                location=title, location_kind="sheet")
        value = rows[r0][c0]
        for r in range(r0, min(max_row, len(rows))):
            for c in range(c0, min(max_col, width)):
                if (r, c) == (r0, c0):
                    continue
                rows[r][c] = value
                (left if c > c0 else above).add((r, c))
    return RawTable(title, rows, frozenset(left), frozenset(above), source, "sheet")
