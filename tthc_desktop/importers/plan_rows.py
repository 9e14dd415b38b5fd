"""Row classes of a plan table and the row-level tests that decide them.

Public API:
    ``RowClass``           one source row: 1-based row number, class, Vietnamese reason
    ``HEADER, SECTION, GROUP, TASK, CONTINUATION, NOTE``  the class names
    ``CLASS_LABELS``       class → Vietnamese name (for ``import-plan --explain``)
    ``is_note_row(cells)`` a note or signature line ("Ghi chú:", "Nơi nhận:", "KT. CHỦ TỊCH" …)
    ``trailing_notes(rows, numbered, content_col) -> set[int]``  rows below the table body
    ``is_ditto(text)``, ``join_text(prev, nxt, page_break=…)``

Every source row gets exactly one class, so the officer can see why a row became a task, a group
heading, a continuation of the task above, or was left out (headers, titles, notes, signatures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .table_readers import fold

__all__ = [
    "CLASS_LABELS",
    "CONTINUATION",
    "GROUP",
    "HEADER",
    "NOTE",
    "SECTION",
    "TASK",
    "RowClass",
    "is_ditto",
    "is_note_row",
    "join_text",
    "trailing_notes",
]

HEADER, SECTION, GROUP, TASK, CONTINUATION, NOTE = "header", "section", "group", "task", "continuation", "note"
CLASS_LABELS = {
    HEADER: "tiêu đề cột",
    SECTION: "phần",
    GROUP: "nhóm nhiệm vụ",
    TASK: "nhiệm vụ",
    CONTINUATION: "dòng nối tiếp",
    NOTE: "ghi chú/ngoài bảng",
}


@dataclass(frozen=True)
class RowClass:
    """What one source row (1-based, like warnings) was read as, and why (Vietnamese)."""

    row: int
    kind: str
    reason: str
    number: str | None = None  # the task/section/group the row belongs to

    def __str__(self) -> str:
        return f"Dòng {self.row}: {CLASS_LABELS[self.kind]} — {self.reason}"


# A note or a signature block line under the table (xlsx sheets keep them as rows).
_NOTE_RE = re.compile(
    r"^(?:\*|ghi chu\s*[:.]|luu y\s*[:.]|chu thich\s*[:.]|noi nhan\b|kt\.|tm\.|q\.|tl\.|"
    r"(?:pho\s+)?chu tich\b|(?:pho\s+)?giam doc\b|(?:pho\s+)?truong (?:ban|phong)\b|nguoi lap\b|"
    r"da ky\b|\(da ky\)|ky boi\b|xac nhan\b|- luu\b|luu\s*:|- nhu tren\b)"
)


def is_note_row(cells: list[str]) -> bool:
    """A note ("Ghi chú: …", "* …") or a signature line ("Nơi nhận:", "KT. CHỦ TỊCH", "(Đã ký)")."""
    return any(_NOTE_RE.match(fold(v)) for v in cells if v)


def trailing_notes(rows: list[list[str]], numbered: set[int], content_col: int) -> set[int]:
    """Rows below the table body: from the first note/signature line after the last numbered row
    to the end (the signer's name included). ``content_col`` is kept for callers; a row without
    content that is not after such a line stays with the last task (it may carry its deadline)."""
    if not numbered:
        return set()
    last = max(numbered)
    notes: set[int] = set()
    started = False
    for r in range(last + 1, len(rows)):
        cells = rows[r]
        if started or is_note_row(cells):
            started = True
            notes.add(r)
    return notes


_DITTO_RE = re.compile(r"[-–—_.()\s]*(nt|n\.t|nhu tren)[-–—_.()\s]*")
_TERMINAL = (".", "!", "?", "…", ".)", ".”", '."')


def is_ditto(text: str) -> bool:
    """"nt", "-nt-", "như trên": the value of the row above."""
    return bool(text) and len(text) <= 20 and _short_is_ditto(text)


@lru_cache(maxsize=4096)
def _short_is_ditto(text: str) -> bool:  # short cells repeat (agencies, deadlines): each is folded once
    return bool(_DITTO_RE.fullmatch(fold(text)))


def join_text(prev: str, nxt: str, *, page_break: bool) -> str:
    """Join two pieces of one field: a page break inside a sentence joins with a space, else a line break."""
    if not prev:
        return nxt
    if not nxt:
        return prev
    if page_break and not prev.rstrip().endswith(_TERMINAL):
        return prev + " " + nxt
    return prev + "\n" + nxt
