"""Tab-separated (or markdown ``| pipe |``) tables in pasted text and .txt/.tsv/.md files.

Public API (re-exported by :mod:`.table_readers`):
    ``read_text_table(text, source="") -> list[RawTable]``
    ``read_text_file(path) -> list[RawTable]``
    ``read_text_source(path) -> tuple[list[RawTable], str]``   the tables and the decoded text

A line of more than MAX_COLUMNS cells or a text of more than MAX_CELLS cells is refused (an 8 MB line of
4 000 000 tabs would otherwise end in a MemoryError); the file is read with a byte cap, never by its size.
"""

from __future__ import annotations

import os
import re
import unicodedata

from .errors import ImportFailure
from .table_readers import (
    _KIND_MESSAGES,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_TEXT_BYTES,
    RawTable,
    _pad,
    clean_cell,
    sniff_kind,
)

# matched against the stripped line: leading "\s*\|?\s*" made a long run of spaces backtrack quadratically
_PIPE_SEP_RE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")


def _split_line(line: str) -> list[str] | None:
    """Cells of a table line, or None for a plain text line."""
    if max(line.count("\t"), line.count("|")) >= MAX_COLUMNS:
        raise ImportFailure(None, f"dòng có hơn {MAX_COLUMNS} cột; nghi là tệp hỏng hoặc độc hại, từ chối đọc")
    if "\t" in line:
        return [clean_cell(c) for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return [clean_cell(c) for c in stripped[1:-1].split("|")]
    return None


def read_text_table(text: str, source: str = "") -> list[RawTable]:
    """Tables in pasted text: runs of tab-separated (or markdown ``| a | b |``) lines.

    Blank lines never end a table (page breaks leave blank lines and repeated headers); up to two
    plain lines between table lines are kept as one-cell rows (e.g. a section title pasted
    without tabs); more plain lines end the table. Lines before the first table line (titles)
    are not part of the table. Returns [] when the text has no table.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    tables: list[RawTable] = []
    rows: list[list[str]] = []
    lines_of: list[int] = []
    pending: list[tuple[int, str]] = []  # plain lines seen since the last table line
    budget = MAX_CELLS

    def flush() -> None:
        if rows:
            n = len(tables) + 1
            tables.append(
                RawTable(f"Bảng {n}", _pad(list(rows)), source=source, line_numbers=tuple(lines_of))
            )
        rows.clear()
        lines_of.clear()

    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if rows and "-" in line and _PIPE_SEP_RE.fullmatch(line.strip()):
            continue  # markdown separator |---|---|
        try:
            cells = _split_line(line)
        except ImportFailure as exc:
            raise ImportFailure(source or None, exc.message, row=lineno) from None
        if cells is not None:
            budget -= len(cells)
            if budget < 0:
                raise ImportFailure(source or None, f"văn bản có quá nhiều ô (hơn {MAX_CELLS}); hãy tách bảng")
        if cells is None:
            pending.append((lineno, clean_cell(line)))
            if len(pending) > 2:
                flush()
            continue
        if rows:
            for pl, ptext in pending:
                rows.append([ptext])
                lines_of.append(pl)
        pending.clear()
        rows.append(cells)
        lines_of.append(lineno)
    flush()
    return tables


def read_text_file(path: str | os.PathLike[str]) -> list[RawTable]:
    """Read a .txt/.tsv/.md file (UTF-8, UTF-8 with BOM, UTF-16 with BOM or Windows-1258)."""
    return read_text_source(path)[0]


def read_text_source(path: str | os.PathLike[str]) -> tuple[list[RawTable], str]:
    """The tables of a text file and its decoded text (for the plan's heading), read once."""
    kind = sniff_kind(path)
    if kind == "empty":
        raise ImportFailure(path, _KIND_MESSAGES["empty"])
    if kind in ("ole", "pdf", "image", "zip"):
        what = {"zip": "tệp nén/Office (.docx/.xlsx), hãy dùng đúng đuôi tệp"}.get(kind)
        raise ImportFailure(path, f"tệp không phải văn bản thuần ({what or kind.upper()})")
    with open(path, "rb") as fh:  # never trust the size: read at most the cap plus one byte
        data = fh.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise ImportFailure(path, f"tệp văn bản quá lớn (hơn {MAX_TEXT_BYTES // (1024 * 1024)} MB)")
    text = _decode(path, data)
    tables = read_text_table(text, source=os.fspath(path))
    if not tables:
        raise ImportFailure(
            path, "không tìm thấy bảng trong văn bản (cần các dòng có cột cách nhau bằng phím Tab)"
        )
    return tables, text


def _decode(path: str | os.PathLike[str], data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailure(path, "tệp văn bản UTF-16 bị hỏng") from None
    if b"\x00" in data[:4096]:
        raise ImportFailure(path, "tệp không phải văn bản thuần (có dữ liệu nhị phân)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise ImportFailure(path, "không nhận ra bảng mã ký tự của tệp (hãy lưu lại dưới dạng UTF-8)") from None
