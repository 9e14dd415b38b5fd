"""Turn a plan's task table (a :class:`RawTable`) into numbered tasks.

Public API:
    ``find_header(table) -> ColumnMapping | None``   header detection, None when not found
    ``detect_header(table) -> ColumnMapping``        the same, raising ImportFailure when not found
    ``parse_plan_table(table, mapping=None) -> ParsedPlan``
    ``ColumnMapping``, ``ParsedPlan``, ``ParsedTask``, ``ImportWarning``, ``FIELDS``

Header detection lives in :mod:`.plan_header` (re-exported here).

Rules (see the issue "Importing a plan's task table"):
  - Section rows ("I", "II", or "I Nhiệm vụ …" with the number in the text, often merged
    across the row) become sections: tasks with ``is_section=True`` and number "I", "II".
  - Numbered rows get a full path: "2.1" under section "II" is "II.2.1"; its parent is "II.2"
    (or the section, or None). "a)"-style items become children of the last numbered task.
  - ``is_group`` is True for every task that has children.
  - Header rows repeated at page breaks are dropped (also "(1) (2) (3)" column-index rows).
  - A row with an empty STT directly after a repeated header continues the previous task
    across the page break: each cell is appended to the same field, joined by a space when the
    previous text does not end with terminal punctuation (. ! ? …), else by a line break.
  - Other unnumbered rows are sub-lines of the previous task. Each is recorded verbatim in
    ``extra_lines`` (non-empty cells joined by " | "). A sub-line with a deadline adds the line
    "<its content without final punctuation>: <deadline>" to ``deadline_text`` (its content is
    then not repeated in ``content``); without a deadline its content is added to ``content``.
    Other cells are appended to their fields. Fields are joined with "\\n": nothing is lost.
  - "nt", "-nt-", "như trên" (any case, dashes, dots, spaces) in a cell mean "same as the row
    above": the value of the nearest previous task (not a section) with a non-empty value in
    that field. The field name is recorded in ``resolved_ditto``.
  - Agencies are split with :func:`split_agencies`; the original text is kept too.
Warnings (``ParsedPlan.warnings``) carry the 1-based table row and a Vietnamese message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agencies import split_agencies
from .errors import ImportFailure
from .plan_header import (
    COLUMN_LABELS,
    NUM_RE,
    ROMAN_RE,
    ColumnMapping,
    detect_header,
    find_header,
    is_task_number,
    label_role,
    norm_stt,
)
from .table_readers import RawTable, fold

__all__ = [
    "COLUMN_LABELS",
    "FIELDS",
    "ColumnMapping",
    "ImportWarning",
    "ParsedPlan",
    "ParsedTask",
    "detect_header",
    "find_header",
    "parse_plan_table",
]

# Text fields of a task, in table order; also the ColumnMapping attribute names.
FIELDS = ("content", "lead", "coordinating", "deadline", "product", "notes")
# ParsedTask attribute holding each field's text (used in resolved_ditto).
FIELD_ATTR = {
    "content": "content",
    "lead": "lead_text",
    "coordinating": "coordinating_text",
    "deadline": "deadline_text",
    "product": "product",
    "notes": "notes",
}


@dataclass(frozen=True)
class ImportWarning:  # name fixed by the issue; shadows the builtin ImportWarning here
    """A non-fatal problem: 1-based table row (None for the whole table) and a Vietnamese text."""

    row: int | None
    message: str
    number: str | None = None  # task number concerned, if any

    def __str__(self) -> str:
        return f"Dòng {self.row}: {self.message}" if self.row is not None else self.message


@dataclass(frozen=True)
class ParsedTask:
    """One task (or section) of the plan. ``number`` is the full path, e.g. "II.2.1"."""

    number: str
    local_number: str
    section: str | None
    parent: str | None
    is_section: bool
    is_group: bool
    content: str
    lead_text: str = ""
    lead: list[str] = field(default_factory=list)
    coordinating_text: str = ""
    coordinating: list[str] = field(default_factory=list)
    deadline_text: str = ""
    product: str = ""
    notes: str = ""
    source_rows: tuple[int, ...] = ()
    extra_lines: tuple[str, ...] = ()
    resolved_ditto: tuple[str, ...] = ()

    @property
    def depth(self) -> int:
        """0 for sections, 1 for "II.1" / "1", 2 for "II.1.1" …"""
        parts = self.number.split(".")
        return len(parts) - 1 if self.section else len(parts)


@dataclass(frozen=True)
class ParsedPlan:
    tasks: list[ParsedTask]
    warnings: list[ImportWarning]
    mapping: ColumnMapping
    table_name: str = ""

    def by_number(self) -> dict[str, ParsedTask]:
        return {t.number: t for t in self.tasks}


# ---------------------------------------------------------------- row classification

_LETTER_RE = re.compile(r"[a-zđ]")
_BULLET_RE = re.compile(r"[-+•*–—]+")
# "II. Cắt giảm …", "I Nhiệm vụ …", "Phần III: …" (uppercase Roman numeral in the original text)
_SECTION_IN_TEXT_RE = re.compile(
    r"\s*(?:(?i:phần|phan)\s+)?((?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3}))(?:[.:)]\s*|\s+)(\S.*)", re.S
)
_DITTO_RE = re.compile(r"[-–—_.()\s]*(nt|n\.t|nhu tren)[-–—_.()\s]*")
_TERMINAL = (".", "!", "?", "…", ".)", ".”", '."')


def _is_ditto(text: str) -> bool:
    return bool(text) and len(text) <= 20 and bool(_DITTO_RE.fullmatch(fold(text)))


def _join(prev: str, nxt: str, *, page_break: bool) -> str:
    if not prev:
        return nxt
    if not nxt:
        return prev
    if page_break and not prev.rstrip().endswith(_TERMINAL):
        return prev + " " + nxt
    return prev + "\n" + nxt


@dataclass
class _Draft:
    number: str
    local: str
    section: str | None
    parent: str | None
    is_section: bool
    values: dict[str, str]
    rows: list[int]
    extra: list[str] = field(default_factory=list)
    ditto: list[str] = field(default_factory=list)


class _Parser:
    def __init__(self, table: RawTable, mapping: ColumnMapping) -> None:
        self.table = table
        self.m = mapping
        self.cols = mapping.columns()
        self.drafts: list[_Draft] = []
        self.by_number: dict[str, _Draft] = {}
        self.warnings: list[ImportWarning] = []
        self.section: str | None = None
        self.last_numeric: _Draft | None = None
        header_cells = [v for i in mapping.header_rows for v in table.rows[i] if v]
        self.header_labels = {fold(v) for v in header_cells}

    # -- helpers
    def warn(self, row: int, message: str, number: str | None = None) -> None:
        self.warnings.append(ImportWarning(row, message, number))

    def cells(self, r: int) -> list[str]:
        row = self.table.rows[r]
        return ["" if (r, c) in self.table.merged_left else v for c, v in enumerate(row)]

    def is_header_repeat(self, row: list[str]) -> bool:
        values = [v for v in row if v]
        if not values:
            return False
        if all(fold(v) in self.header_labels for v in values):
            return True
        return len(values) >= 2 and all(label_role(v) is not None for v in values) and not any(
            is_task_number(v) for v in values
        )

    @staticmethod
    def is_index_row(row: list[str]) -> bool:
        vals = [v.strip("() ") for v in row if v]
        return len(vals) >= 3 and all(v.isdigit() for v in vals) and [int(v) for v in vals] == list(
            range(int(vals[0]), int(vals[0]) + len(vals))
        ) and int(vals[0]) <= 1

    def add(self, draft: _Draft, row: int) -> None:
        if draft.number in self.by_number:
            k = 2
            while f"{draft.number}({k})" in self.by_number:
                k += 1
            self.warn(row, f"số thứ tự {draft.number} bị trùng; đặt là {draft.number}({k})", draft.number)
            draft.number = f"{draft.number}({k})"
        self.drafts.append(draft)
        self.by_number[draft.number] = draft

    # -- main loop
    def run(self) -> ParsedPlan:
        rows = self.table.rows
        start = max(self.m.header_rows) + 1 if self.m.header_rows else 0
        after_header = False
        for r in range(start, len(rows)):
            row = self.cells(r)
            if not any(row):
                continue
            if self.is_header_repeat(row) or self.is_index_row(row):
                after_header = True
                continue
            self.row(r, row, after_header)
            after_header = False
        return self.finish()

    def row(self, r: int, row: list[str], after_header: bool) -> None:
        rownum = r + 1
        vals = {k: (row[c] if c < len(row) else "") for k, c in self.cols.items()}
        stt = vals.pop("number", "")
        for k in FIELDS:
            vals.setdefault(k, "")
        if self.m.number is None and vals["content"]:
            # no STT column: every row is a task, numbered in order (sections still recognised)
            sec = _SECTION_IN_TEXT_RE.fullmatch(vals["content"])
            stt = "" if sec else str(sum(1 for d in self.drafts if not d.is_section) + 1)
        n = norm_stt(stt)
        if n and ROMAN_RE.fullmatch(n):
            return self.section_row(rownum, n, vals)
        if stt and not n.replace(".", "").isdigit() and not _LETTER_RE.fullmatch(n) and not _BULLET_RE.fullmatch(n):
            sec = _SECTION_IN_TEXT_RE.fullmatch(stt)
            if sec and not any(vals[k] for k in FIELDS if k != "content"):
                vals["content"] = _join(sec.group(2).strip(), vals["content"], page_break=False)
                return self.section_row(rownum, sec.group(1), vals)
        if not stt:
            sec = _SECTION_IN_TEXT_RE.fullmatch(vals["content"])
            if sec and not any(vals[k] for k in FIELDS if k != "content"):
                vals["content"] = sec.group(2).strip()
                return self.section_row(rownum, sec.group(1), vals)
        if n and NUM_RE.fullmatch(n):
            return self.task_row(rownum, n, vals)
        if n and _LETTER_RE.fullmatch(n) and self.last_numeric is not None:
            return self.task_row(rownum, n, vals, letter=True)
        if stt and not _BULLET_RE.fullmatch(n):
            # text in the STT column that is not a number: keep it as content of a sub-line
            vals["content"] = _join(stt, vals["content"], page_break=True)
            self.warn(rownum, f"cột Số TT có nội dung không phải số thứ tự (“{stt[:40]}”); đã gộp vào nhiệm vụ trước")
        if not self.drafts:
            self.warn(rownum, "dòng không có số thứ tự đứng trước nhiệm vụ đầu tiên; đã tạo nhiệm vụ riêng")
            return self.task_row(rownum, f"#{rownum}", vals)
        if after_header:
            self.continuation(rownum, vals)
        else:
            self.sub_line(rownum, vals)

    def section_row(self, rownum: int, roman: str, vals: dict[str, str]) -> None:
        self.section = roman
        self.last_numeric = None
        self.add(_Draft(roman, roman, roman, None, True, vals, [rownum]), rownum)

    def task_row(self, rownum: int, local: str, vals: dict[str, str], *, letter: bool = False) -> None:
        prefix = f"{self.section}." if self.section else ""
        if letter:
            assert self.last_numeric is not None
            parent: str | None = self.last_numeric.number
            number = f"{parent}.{local}"
            local = f"{self.last_numeric.local}.{local}"
        else:
            number = prefix + local
            parent = None
            parts = local.split(".")
            for k in range(len(parts) - 1, 0, -1):
                cand = prefix + ".".join(parts[:k])
                if cand in self.by_number:
                    parent = cand
                    break
            if parent is None and len(parts) > 1:
                self.warn(rownum, f"không tìm thấy mục cha của {number}", number)
            if parent is None:
                parent = self.section
        draft = _Draft(number, local, self.section, parent, False, {}, [rownum])
        draft.values = self.resolve_ditto(rownum, vals, draft)
        if not draft.values["content"]:
            self.warn(rownum, f"nhiệm vụ {number} không có nội dung", number)
        self.add(draft, rownum)
        if not letter and not local.startswith("#"):
            self.last_numeric = draft

    def resolve_ditto(self, rownum: int, vals: dict[str, str], draft: _Draft) -> dict[str, str]:
        out = dict(vals)
        for k, v in vals.items():
            if not _is_ditto(v):
                continue
            source = next(
                (d for d in reversed(self.drafts) if not d.is_section and d.values.get(k)), None
            )
            if source is None:
                self.warn(rownum, f"“{v}” (như trên) nhưng không có dòng phía trên để lấy giá trị", draft.number)
                continue
            out[k] = source.values[k]
            draft.ditto.append(FIELD_ATTR[k])
        return out

    def continuation(self, rownum: int, vals: dict[str, str]) -> None:
        prev = self.drafts[-1]
        for k in FIELDS:
            if vals[k]:
                prev.values[k] = _join(prev.values[k], vals[k], page_break=True)
        prev.rows.append(rownum)

    def sub_line(self, rownum: int, vals: dict[str, str]) -> None:
        prev = self.drafts[-1]
        vals = self.resolve_ditto(rownum, vals, prev)
        prev.extra.append(" | ".join(vals[k] for k in FIELDS if vals[k]))
        if vals["deadline"]:
            label = vals["content"].rstrip(" .;:,")
            line = f"{label}: {vals['deadline']}" if label else vals["deadline"]
            prev.values["deadline"] = _join(prev.values["deadline"], line, page_break=False)
        elif vals["content"]:
            prev.values["content"] = _join(prev.values["content"], vals["content"], page_break=False)
        for k in ("lead", "coordinating", "product", "notes"):
            if vals[k]:
                prev.values[k] = _join(prev.values[k], vals[k], page_break=False)
        prev.rows.append(rownum)

    def finish(self) -> ParsedPlan:
        parents = {d.parent for d in self.drafts if d.parent}
        tasks = [
            ParsedTask(
                number=d.number,
                local_number=d.local,
                section=d.section,
                parent=d.parent,
                is_section=d.is_section,
                is_group=d.number in parents,
                content=d.values["content"],
                lead_text=d.values["lead"],
                lead=split_agencies(d.values["lead"]),
                coordinating_text=d.values["coordinating"],
                coordinating=split_agencies(d.values["coordinating"]),
                deadline_text=d.values["deadline"],
                product=d.values["product"],
                notes=d.values["notes"],
                source_rows=tuple(d.rows),
                extra_lines=tuple(d.extra),
                resolved_ditto=tuple(dict.fromkeys(d.ditto)),
            )
            for d in self.drafts
        ]
        if not any(not t.is_section for t in tasks):
            self.warnings.append(ImportWarning(None, "bảng không có nhiệm vụ nào"))
        return ParsedPlan(tasks, self.warnings, self.m, self.table.name)


def parse_plan_table(table: RawTable, mapping: ColumnMapping | None = None) -> ParsedPlan:
    """Parse ``table`` with ``mapping`` (detected with :func:`detect_header` when None)."""
    if mapping is None:
        mapping = detect_header(table)
    if mapping.content is None:
        raise ImportFailure(
            table.source,
            "chưa chọn cột Nội dung công việc",
            location=table.name,
            location_kind=table.location_kind,
        )
    return _Parser(table, mapping).run()
