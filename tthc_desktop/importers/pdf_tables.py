"""Read a PDF plan with a text layer: its ruled tables as :class:`RawTable` rows and its text lines.

Public API:
    ``PdfContent``                      tables, text lines outside the tables, page count
    ``read_pdf(path) -> PdfContent``    raises ImportFailure (Vietnamese) for every bad file

pdfplumber (pdfminer.six) finds the ruled tables and the words with their positions; this module
turns them into the same RawTable the Word reader makes:
  - a cell's wrapped lines are joined by a space (the line breaks of a PDF are layout, not text),
    except before a bullet/numbered line or after ":" / ";" where the author broke the line;
  - a tall cell covering several rows (a vertical merge) repeats its text in every row it covers,
    flagged in ``merged_above``; a wide one in ``merged_left`` (as .docx/.xlsx merges are);
  - a table on the next page with the same columns (its header repeated, or no header at all)
    continues the previous one: one RawTable per logical table, ``pages`` giving each row's page;
  - images (a signature stamp over the text) are ignored. pdfminer reads the final revision of
    an incrementally signed file.
A PDF without text (a scan), a password-protected or a damaged PDF gets a message saying what to do.
"""

from __future__ import annotations

import os
import re
import warnings
from bisect import bisect_left
from dataclasses import dataclass

from .errors import ImportFailure
from .table_readers import RawTable, check_regular_file, clean_cell, fold

__all__ = ["MAX_PDF_BYTES", "MAX_PDF_PAGES", "PdfContent", "read_pdf"]

MAX_PDF_BYTES = 100 * 1024 * 1024
MAX_PDF_PAGES = 600
MAX_PAGE_CHARS = 60_000  # an A4 page of 8-point text has ~8 000; more is a hostile or broken file
MAX_TEXT_LINES = 4_000
_EDGE_TOL = 2.0  # points: cell edges closer than this are the same grid line
_LINE_TOL = 3.0  # points: words whose tops differ less are on the same line

# a line that starts another table: the next appendix ("PHỤ LỤC II"), a form ("Biểu số 2"), a list
_TITLE = re.compile(r"^\(?\s*(PHỤ LỤC|Phụ lục|BIỂU|Biểu|DANH MỤC|Danh mục)\b")
_BREAK_BEFORE = re.compile(r"^([-+•–*]\s|[a-zđ]\)|\d{1,2}[.)]\s|\(\d)")
NO_TEXT_LAYER = (
    "tệp PDF không có lớp văn bản (là bản quét hoặc ảnh chụp), nên không đọc được bảng nhiệm vụ; hãy xin "
    "bản .docx/.xlsx của kế hoạch, hoặc chạy nhận dạng chữ (OCR) để có PDF có văn bản rồi nhập lại"
)


@dataclass(frozen=True)
class PdfContent:
    tables: list[RawTable]
    text_lines: list[str]  # lines outside the tables, in page order (heading, "Ban hành kèm theo …")
    page_count: int


def _open_failure(path, exc: BaseException) -> ImportFailure:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return ImportFailure(path, "tệp PDF được bảo vệ bằng mật khẩu; hãy mở bằng mật khẩu và lưu một bản không "
                                   "mật khẩu (hoặc xin bản .docx/.xlsx) rồi nhập lại")
    return ImportFailure(path, f"tệp PDF bị hỏng hoặc không đầy đủ, không đọc được ({name}); hãy tải lại tệp từ "
                               "hệ thống văn bản hoặc xin bản .docx/.xlsx")


def read_pdf(path: str | os.PathLike[str]) -> PdfContent:
    """Tables and text lines of a PDF (see the module docstring)."""
    size = check_regular_file(path)  # a FIFO or a device named .pdf would block or never end
    if size > MAX_PDF_BYTES:
        raise ImportFailure(path, f"tệp PDF quá lớn ({size // (1024 * 1024)} MB > {MAX_PDF_BYTES // (1024 * 1024)} "
                                  "MB); hãy tách phụ lục ra một tệp riêng")
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - the frozen bundle ships it
        raise ImportFailure(path, "thiếu thành phần đọc PDF (pdfplumber); hãy cài lại ứng dụng") from None
    pages: list[_Page] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pdfplumber.open(os.fspath(path)) as pdf:
                count = len(pdf.pages)
                if count > MAX_PDF_PAGES:
                    raise ImportFailure(path, f"tệp PDF có quá nhiều trang ({count} > {MAX_PDF_PAGES}); hãy tách "
                                              "phụ lục ra một tệp riêng")
                images = 0
                scanned: list[int] = []  # pages that are only an image (a scanned appendix in a text PDF)
                for number, page in enumerate(pdf.pages, start=1):
                    chars = page.chars
                    if not chars and page.images:
                        scanned.append(number)
                    if len(chars) > MAX_PAGE_CHARS:
                        raise ImportFailure(path, f"trang {number} của tệp PDF có quá nhiều ký tự ({len(chars)}); "
                                                  "nghi là tệp hỏng hoặc độc hại, từ chối đọc")
                    images += len(page.images)
                    pages.append(_read_page(page, number))
                    page.flush_cache()
    except ImportFailure:
        raise
    except Exception as exc:  # pdfminer: PSEOF, PDFSyntaxError, PDFPasswordIncorrect… wrapped by pdfplumber
        raise _open_failure(path, exc) from None
    if not any(p.has_text for p in pages):
        if images:
            raise ImportFailure(path, NO_TEXT_LAYER)
        raise ImportFailure(path, "tệp PDF không có chữ nào; hãy kiểm tra lại tệp hoặc xin bản .docx/.xlsx")
    tables = _join_pages(pages, os.fspath(path))
    lines = [line for p in pages for line in p.lines][:MAX_TEXT_LINES]
    if not tables and scanned:
        pages_text = ", ".join(map(str, scanned[:10])) + ("…" if len(scanned) > 10 else "")
        raise ImportFailure(path, f"các trang {pages_text} của tệp PDF là ảnh quét, không có lớp văn bản; "
                            + NO_TEXT_LAYER.split("; ", 1)[1])
    if not tables:
        raise ImportFailure(path, "tệp PDF không có bảng kẻ ô nào; kế hoạch cần có bảng nhiệm vụ (phụ lục). Nếu "
                                  "bảng không có đường kẻ, hãy xin bản .docx/.xlsx")
    return PdfContent(tables, lines, len(pages))


# ---------------------------------------------------------------- one page


@dataclass
class _PageTable:
    rows: list[list[str]]
    left: set[tuple[int, int]]
    above: set[tuple[int, int]]
    xs: list[float]  # column edges
    top: float
    bottom: float
    title_above: bool = False  # a "PHỤ LỤC …"/"Biểu …" line between the page top and this table
    title_below: bool = False  # … or between this table and the page bottom


@dataclass
class _Page:
    number: int
    height: float
    tables: list[_PageTable]
    lines: list[str]
    has_text: bool


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _EDGE_TOL:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    i = bisect_left(edges, v - _EDGE_TOL)
    return min(i, len(edges) - 1)


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if not out:
            out = line
        elif _BREAK_BEFORE.match(line) or out.endswith((":", ";")):
            out += "\n" + line
        else:
            out += " " + line
    return out


def _lines_of(words: list[dict]) -> list[str]:
    """Words (already in reading order by top, then x) grouped into text lines."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= _LINE_TOL:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [" ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])) for line in lines]


def _read_page(page, number: int) -> _Page:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False)
    found = page.find_tables()
    tables: list[_PageTable] = []
    boxes = []
    for t in found:
        cells = [c for c in t.cells if c is not None]
        if len(cells) < 2:
            continue
        boxes.append(t.bbox)
        tables.append(_grid(cells, words))
    outside = [w for w in words if not any(_inside(w, b) for b in boxes)]
    for t in tables:
        t.title_above = any(_TITLE.match(line) for line in _lines_of([w for w in outside if w["bottom"] <= t.top]))
        t.title_below = any(_TITLE.match(line) for line in _lines_of([w for w in outside if w["top"] >= t.bottom]))
    return _Page(number, float(page.height), sorted(tables, key=lambda t: t.top), _lines_of(outside), bool(words))


def _inside(word: dict, box) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _grid(cells: list[tuple[float, float, float, float]], words: list[dict]) -> _PageTable:
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells])
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    width, height = max(len(xs) - 1, 1), max(len(ys) - 1, 1)
    rows = [[""] * width for _ in range(height)]
    left: set[tuple[int, int]] = set()
    above: set[tuple[int, int]] = set()
    spans = []
    for x0, top, x1, bottom in cells:
        c0, c1 = _index(xs, x0), max(_index(xs, x1), _index(xs, x0) + 1)
        r0, r1 = _index(ys, top), max(_index(ys, bottom), _index(ys, top) + 1)
        spans.append((r0, r1, c0, c1, (x0, top, x1, bottom)))
    # words to cells by their centre; a cell's words then make its lines
    owned: dict[tuple[int, int], list[dict]] = {}
    for w in words:
        for r0, _r1, c0, _c1, box in spans:
            if _inside(w, box):
                owned.setdefault((r0, c0), []).append(w)
                break
    for r0, r1, c0, c1, _box in spans:
        text = clean_cell(_join_lines(_lines_of(owned.get((r0, c0), []))))
        for r in range(r0, min(r1, height)):
            for c in range(c0, min(c1, width)):
                rows[r][c] = text
                if (r, c) != (r0, c0):
                    (left if c > c0 else above).add((r, c))
    return _PageTable(rows, left, above, xs, ys[0], ys[-1])


# ---------------------------------------------------------------- tables over pages


def _same_columns(a: _PageTable, b: _PageTable) -> bool:
    return len(a.xs) == len(b.xs) and all(abs(x - y) <= 3 * _EDGE_TOL for x, y in zip(a.xs, b.xs, strict=True))


def _folded_row(row: list[str]) -> tuple[str, ...]:
    return tuple(fold(c) for c in row)


def _looks_like_header(row: list[str]) -> bool:
    from .plan_header import label_role

    return sum(label_role(c) is not None for c in dict.fromkeys(row) if c) >= 2


def _continues(prev: _PageTable, first_row: list[str], nxt: _PageTable) -> bool:
    """``nxt`` (first table of the next page) continues ``prev``: same column count, and either the same
    column edges or no header of its own (a repeated header equal to ``first_row`` also continues)."""
    if len(prev.xs) != len(nxt.xs) or not nxt.rows or prev.title_below or nxt.title_above:
        return False
    if _folded_row(nxt.rows[0]) == _folded_row(first_row):
        return True
    return _same_columns(prev, nxt) or not _looks_like_header(nxt.rows[0])


def _carry_merges(prev: _PageTable, t: _PageTable) -> None:
    """A vertical merge cut by the page break: Word and LibreOffice print its text on the first page only,
    and the rest of it as an empty cell at the top of the next page. Such a cell (empty, in the first task
    row after the repeated header) gets the text of the cell above it when it covers two rows or more, or
    when the merge already ran through the previous page's last row. Other one-row empty cells are left
    alone: nothing tells them from a task that has no value there."""
    last_r = len(prev.rows) - 1
    last = prev.rows[last_r]
    d = 0
    while d < min(len(t.rows), 3) and _looks_like_header(t.rows[d]):
        d += 1
    for c in range(1, min(len(last), len(t.rows[0]) if t.rows else 0)):
        if not last[c]:
            continue
        span = [d]
        while span[-1] + 1 < len(t.rows) and (span[-1] + 1, c) in t.above:
            span.append(span[-1] + 1)
        if span[0] >= len(t.rows) or any(t.rows[r][c] for r in span):
            continue
        if len(span) < 2 and (last_r, c) not in prev.above:
            continue
        for r in span:
            if t.rows[r][0]:  # a row split by the break (empty STT) continues its own cells: left empty
                t.rows[r][c] = last[c]
                t.above.add((r, c))


def _join_pages(pages: list[_Page], source: str) -> list[RawTable]:
    groups: list[list[tuple[int, _PageTable]]] = []
    for i, page in enumerate(pages):
        for k, t in enumerate(page.tables):
            if (k == 0 and groups and i > 0 and groups[-1][-1][0] == pages[i - 1].number
                    and groups[-1][-1][1] is pages[i - 1].tables[-1]
                    and _continues(groups[-1][-1][1], groups[-1][0][1].rows[0], t)):
                groups[-1].append((page.number, t))
            else:
                groups.append([(page.number, t)])
    out: list[RawTable] = []
    for group in groups:
        rows: list[list[str]] = []
        left: set[tuple[int, int]] = set()
        above: set[tuple[int, int]] = set()
        pages_of: list[int] = []
        for k, (number, t) in enumerate(group):
            offset = len(rows)
            if k:
                _carry_merges(group[k - 1][1], t)
            rows.extend(t.rows)
            left |= {(r + offset, c) for r, c in t.left}
            above |= {(r + offset, c) for r, c in t.above}
            pages_of += [number] * len(t.rows)
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        if not any(any(c for c in r) for r in rows):
            continue
        first, last = group[0][0], group[-1][0]
        where = f"trang {first}" if first == last else f"trang {first}–{last}"
        out.append(RawTable(f"Bảng {len(out) + 1} ({where})", rows, frozenset(left), frozenset(above), source, "table",
                            pages=tuple(pages_of)))
    return out
