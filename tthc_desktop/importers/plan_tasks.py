"""Step 3 of reading a plan table: source rows → sections, groups, tasks and continuations.

``build_plan(table, mapping) -> ParsedPlan`` (called by :func:`plan_table.parse_plan_table`).
The rules are listed in :mod:`tthc_desktop.importers.plan_table`; each decision is recorded as a
:class:`RowClass` with its Vietnamese reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .agencies import split_agencies
from .plan_header_row import PlanColumns, is_header_like, is_index_row
from .plan_hierarchy import (
    choose_numbering,
    code_parent,
    level_key,
    norm_token,
    starts_sequence,
    token_kind,
)
from .plan_inherit import inherit_blanks, split_single_agency
from .plan_model import FIELD_ATTR, FIELDS, ImportWarning, ParsedPlan, ParsedTask
from .plan_rows import (
    CONTINUATION,
    GROUP,
    HEADER,
    NOTE,
    SECTION,
    TASK,
    RowClass,
    is_ditto,
    join_text,
    trailing_notes,
)
from .table_readers import RawTable, fold

__all__ = ["build_plan"]

NUMBERING = ("number", "detail", "code")
_COLUMN_NAME = {"number": "Số TT", "detail": "Chi tiết", "code": "Mã nhiệm vụ"}
# "II. Cắt giảm …", "I Nhiệm vụ …", "Phần III: …" (uppercase Roman numeral in the original text)
_SECTION_IN_TEXT_RE = re.compile(
    r"\s*(?:(?i:phần|phan)\s+)?((?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3}))(?:[.:)]\s*|\s+)(\S.*)", re.S
)
_NUMBERED_TEXT_RE = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[a-zđ]\))\s+(\S.*)", re.S)
_NUMBER_IN_TEXT = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+\S")
_SECTION_WORD_RE = re.compile(r"(?i:phần|phan|mục|muc|chương|chuong)\s+((?-i:[IVXL]+)|\d{1,2})")
_TERMINAL = (".", "!", "?", "…", ".)", ".”", '."', ":", ";")
_BULLET_START = re.compile(r"\s*[-+•*–—]")



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
    unnumbered: bool = False  # a group heading without a number ("N1")
    unnumbered_task: bool = False  # a task without a number under a group label
    ordinal: str = ""
    inherited: list[str] = field(default_factory=list)


class _Parser:
    def __init__(self, table: RawTable, mapping: PlanColumns,
                 overrides: Mapping[int, str | RowClass] | None = None) -> None:
        self.table = table
        # the officer's re-classing: 1-based source row → class name (a RowClass is taken by its kind)
        self.overrides = {r: (k.kind if isinstance(k, RowClass) else k) for r, k in (overrides or {}).items()}
        self.forced_groups: set[str] = set()
        self.forced_tasks: set[str] = set()
        self.m = mapping
        self.cols = mapping.columns()
        self.num_cols = [k for k in NUMBERING if k in self.cols]
        self.drafts: list[_Draft] = []
        self.by_number: dict[str, _Draft] = {}
        self.keys: dict[str, _Draft] = {}  # level keys ("13" for "13.0") and codes → draft
        self.warnings: list[ImportWarning] = []
        self.classes: dict[int, RowClass] = {}
        self.section: str | None = None
        self.group: _Draft | None = None  # the current unnumbered group
        self.u_groups = 0
        self.last_numeric: _Draft | None = None
        self.key: str | None = None
        header_cells = [v for i in mapping.header_rows for v in table.rows[i] if v]
        self.header_labels = {fold(v) for v in header_cells}

    # -- helpers
    def warn(self, row: int, message: str, number: str | None = None) -> None:
        self.warnings.append(ImportWarning(row, message, number))

    def classify(self, rownum: int, kind: str, reason: str, number: str | None = None) -> None:
        self.classes[rownum] = RowClass(rownum, kind, reason, number)

    def cells(self, r: int) -> list[str]:
        """Row ``r`` with horizontal merge copies blanked, and vertical copies blanked in the
        numbering and content columns (a merged content cell is one task, not one per row)."""
        row = self.table.rows[r]
        keyed = {self.cols[k] for k in (*self.num_cols, "content") if k in self.cols}
        return [
            "" if (r, c) in self.table.merged_left or ((r, c) in self.table.merged_above and c in keyed) else v
            for c, v in enumerate(row)
        ]

    def copied(self, r: int) -> set[str]:
        """Fields whose cell in row ``r`` only repeats a vertically merged cell above."""
        return {k for k, c in self.cols.items() if (r, c) in self.table.merged_above}

    def is_header_repeat(self, row: list[str]) -> bool:
        values = [v for v in row if v]
        if not values:
            return False
        if all(fold(v) in self.header_labels for v in values):
            return True
        return len(values) >= 2 and is_header_like(row)

    def values(self, row: list[str]) -> dict[str, str]:
        vals = {k: (row[c] if c < len(row) else "") for k, c in self.cols.items()}
        for k in (*FIELDS, *NUMBERING):
            vals.setdefault(k, "")
        if vals.get("product2"):
            vals["product"] = join_text(vals["product"], vals["product2"], page_break=False)
        if self.m.coordinating is None and vals["lead"] and "chủ trì" in vals["lead"].lower():
            vals["lead"], vals["coordinating"] = split_single_agency(vals["lead"])
        return vals

    def add(self, draft: _Draft, row: int) -> None:
        if draft.number in self.by_number:
            k = 2
            while f"{draft.number}({k})" in self.by_number:
                k += 1
            self.warn(row, f"số thứ tự {draft.number} bị trùng; đặt là {draft.number}({k})", draft.number)
            draft.number = f"{draft.number}({k})"
        self.drafts.append(draft)
        self.by_number[draft.number] = draft

    def prefix(self) -> str:
        if self.group is not None:
            return self.group.number + "."
        return f"{self.section}." if self.section else ""

    # -- main loop
    def run(self) -> ParsedPlan:
        rows = self.table.rows
        header = set(self.m.header_rows)
        start = max(header) + 1 if header else 0
        for r in range(start):
            if r in header:
                self.classify(r + 1, HEADER, "dòng tiêu đề cột của bảng")
            elif any(rows[r]):
                self.classify(r + 1, NOTE, "tiêu đề phía trên bảng, không phải nhiệm vụ")
        body: list[tuple[int, list[str], bool]] = []
        after_header = False
        for r in range(start, len(rows)):
            row = self.cells(r)
            if not any(row):
                if any(rows[r]):  # only copies of merged cells: the rest of a merge, nothing new
                    self.classify(r + 1, CONTINUATION, "chỉ có ô gộp từ dòng trên, không có nội dung mới")
                else:
                    self.classify(r + 1, NOTE, "dòng trống")
                continue
            if self.is_header_repeat(row) or is_index_row(row):
                self.classify(r + 1, HEADER, "dòng tiêu đề cột lặp lại (bảng sang trang)")
                after_header = True
                continue
            body.append((r, row, after_header))
            after_header = False
        self.key = choose_numbering({k: [row[self.cols[k]] for _, row, _ in body] for k in self.num_cols})
        numbered = {
            r for r, row, _ in body
            if any(token_kind(row[self.cols[k]]) not in ("", "text", "bullet") for k in self.num_cols)
        }
        content_col = self.cols["content"]
        notes = trailing_notes(rows, numbered, content_col)
        self.body = []
        for b in body:
            if b[0] in notes and b[0] + 1 not in self.overrides:
                self.classify(b[0] + 1, NOTE, "ghi chú hoặc chữ ký bên dưới bảng, không phải nhiệm vụ")
            else:
                self.body.append(b)
        body = self.body
        for i, (r, row, after) in enumerate(body):
            if not self.overridden(i, r, row, after):
                self.row(i, r, row, after)
        return self.finish()

    def overridden(self, i: int, r: int, row: list[str], after: bool) -> bool:
        """Read row ``r`` as the officer re-classed it; False when it has no override (or one that only
        needs to be checked after the normal reading: a numbered row forced to task or group)."""
        kind = self.overrides.get(r + 1)
        if kind is None:
            return False
        rownum, vals, mine = r + 1, self.values(row), "người dùng chọn"
        if kind == NOTE:
            self.classify(rownum, NOTE, f"{mine}: bỏ qua dòng này")
            return True
        if kind == CONTINUATION and self.drafts:
            prev = self.drafts[-1]
            self.continuation(r, vals)
            self.classify(rownum, CONTINUATION, f"{mine}: gộp vào {prev.number} phía trên", prev.number)
            return True
        before = len(self.drafts)
        last = self.drafts[-1] if self.drafts else None
        saved = (dict(last.values), list(last.rows), list(last.extra)) if last else None
        self.row(i, r, row, after)
        made = self.drafts[before:]
        if kind == GROUP:
            if not made:  # a continuation read as a group: a group heading without a number
                self.unnumbered_group(rownum, vals)
                made = self.drafts[before:]
            self.forced_groups.add(made[0].number)
        elif kind == TASK:
            if made and self.group is made[0]:  # an unnumbered group heading read as a plain task
                self.group = None
                self.forced_tasks.add(made[0].number)
            elif made:
                self.forced_tasks.add(made[0].number)
            else:  # merged into the row above: undo that and make it a task of its own
                if last is not None and saved is not None:
                    last.values, last.rows, last.extra = saved
                parent = self.group.number if self.group else self.section
                self.task_row(rownum, f"#{rownum}", vals)
                self.drafts[-1].parent = parent
                self.forced_tasks.add(self.drafts[-1].number)
        rc = self.classes.get(rownum)
        if rc is not None:
            self.classify(rownum, kind, f"{mine} ({rc.reason})", rc.number)
        return True

    def row(self, i: int, r: int, row: list[str], after_header: bool) -> None:
        rownum = r + 1
        vals = self.values(row)
        stt = vals[self.key] if self.key else ""
        others = [k for k in self.num_cols if k != self.key and vals[k].strip()]
        if not self.num_cols and vals["content"]:
            # no STT column: every row is a task, numbered in order (sections still recognised)
            sec = _SECTION_IN_TEXT_RE.fullmatch(vals["content"])
            stt = "" if sec else str(sum(1 for d in self.drafts if not d.is_section and not d.unnumbered) + 1)
        n = norm_token(stt)
        kind = token_kind(stt)
        other_roman = next((norm_token(vals[k]) for k in others if token_kind(vals[k]) == "roman"), None)
        if kind == "roman" or (not stt and other_roman):
            return self.section_row(rownum, n or other_roman or "", vals, "số La Mã ở cột số thứ tự")
        if kind == "upper" and not (vals["lead"] or vals["deadline"]):
            return self.section_row(rownum, n, vals, "chữ in hoa ở cột số thứ tự, không có cơ quan hay thời hạn")
        word = _SECTION_WORD_RE.fullmatch(stt.strip())
        if word:
            return self.section_row(rownum, word.group(1), vals, f"“{stt.strip()}” ở cột số thứ tự")
        if kind == "text":
            sec = _SECTION_IN_TEXT_RE.fullmatch(stt)
            if sec and not any(vals[k] for k in FIELDS if k != "content"):
                vals["content"] = join_text(sec.group(2).strip(), vals["content"], page_break=False)
                return self.section_row(rownum, sec.group(1), vals, "số La Mã đứng đầu dòng, không có cơ quan hay thời hạn")
        if kind == "text" and not vals["content"]:
            # a row merged across from the STT column: "1. Nhóm nhiệm vụ …", "a) Rà soát …" or a bare name
            m = _NUMBERED_TEXT_RE.fullmatch(stt)
            vals["content"] = m.group(2).strip() if m else stt.strip()
            stt = m.group(1) if m else ""
            n, kind = norm_token(stt), token_kind(stt)
        if not stt and not others:
            sec = _SECTION_IN_TEXT_RE.fullmatch(vals["content"])
            if sec and not any(vals[k] for k in FIELDS if k != "content"):
                vals["content"] = sec.group(2).strip()
                return self.section_row(rownum, sec.group(1), vals, "số La Mã đứng đầu nội dung, không có cơ quan hay thời hạn")
        ordinal = next((vals[k].strip() for k in others if k == "number"), "")
        if kind in ("dotted", "upper"):
            return self.task_row(rownum, n, vals, ordinal=ordinal)
        if kind == "code":
            return self.code_row(rownum, n, vals, ordinal=ordinal)
        if kind == "letter" and self.last_numeric is not None:
            return self.task_row(rownum, n, vals, letter=True, ordinal=ordinal)
        if not stt and others:
            k = others[0]
            token = norm_token(vals[k])
            if token_kind(vals[k]) in ("dotted", "code", "letter"):
                self.warn(rownum, f"cột {_COLUMN_NAME[self.key or 'number']} trống; dùng số ở cột {_COLUMN_NAME[k]}")
                return self.task_row(rownum, token, vals, ordinal=ordinal,
                                     reason=f"số thứ tự “{token}” ở cột {_COLUMN_NAME[k]}")
        if kind in ("text", "letter"):
            # text in the STT column that is not a number: keep it as content of a sub-line
            vals["content"] = join_text(stt, vals["content"], page_break=True)
            self.warn(rownum, f"cột Số TT có nội dung không phải số thứ tự (“{stt[:40]}”); đã gộp vào nhiệm vụ trước")
        lead_number = self.number_in_content(i, vals, after_header)
        if lead_number is not None:
            return self.task_row(rownum, lead_number, vals, reason=f"số thứ tự “{lead_number}” ở đầu nội dung, ngay dưới là "
                                 "các dòng con của nó")
        if kind != "bullet" and self.starts_group(i, vals, after_header):
            return self.unnumbered_group(rownum, vals)
        if not self.drafts:
            self.warn(rownum, "dòng không có số thứ tự đứng trước nhiệm vụ đầu tiên; đã tạo nhiệm vụ riêng")
            return self.task_row(rownum, f"#{rownum}", vals)
        parent = None if after_header else self.unnumbered_parent(r, vals)
        if parent is not None:
            return self.unnumbered_task(rownum, parent, vals, bullet=kind == "bullet")
        if after_header or self.wrapped(r, vals):
            self.continuation(r, vals, after_header=after_header)
        else:
            self.sub_line(r, vals)

    def unnumbered_parent(self, r: int, vals: dict[str, str]) -> _Draft | None:
        """The group an unnumbered row with its own lead agency belongs to, when it is a task of its own:
        right under a group label (no agency, no deadline), an unnumbered group, or a sibling such task."""
        if not vals["content"] or not vals["lead"] or "lead" in self.copied(r) or is_ditto(vals["lead"]):
            return None
        if vals["content"].lstrip(" -+•*–—")[:1].islower():
            return None  # the rest of a sentence cut by a page break, not a task of its own
        last = self.drafts[-1]
        if last.unnumbered_task:
            return self.by_number.get(last.parent or "")
        if last.is_section or last.unnumbered or not (last.values["lead"] or last.values["deadline"]):
            return last
        return None

    def unnumbered_task(self, rownum: int, parent: _Draft, vals: dict[str, str], *, bullet: bool) -> None:
        k = sum(1 for d in self.drafts if d.parent == parent.number) + 1
        number = f"{parent.number}.{k}"
        draft = _Draft(number, str(k), self.section, parent.number, False, {}, [rownum], unnumbered_task=True)
        draft.values = self.resolve_ditto(rownum, vals, draft)
        self.add(draft, rownum)
        mark = "gạch đầu dòng" if bullet else "không có số thứ tự"
        self.classify(rownum, TASK, f"dòng {mark} nhưng có cơ quan chủ trì riêng, dưới {parent.number} "
                      f"(không giao cơ quan hay thời hạn): là nhiệm vụ con thứ {k}", draft.number)

    def wrapped(self, r: int, vals: dict[str, str]) -> bool:
        """A row that only carries on the sentence above (a PDF row cut by a page break without a
        repeated header): it starts in lower case and the text above has no final punctuation."""
        last = self.drafts[-1].values
        own = [k for k in FIELDS if vals[k] and k not in self.copied(r)]
        if not own or "deadline" in own:
            return False
        # every piece goes on in lower case where the text above stops mid-sentence
        return all(vals[k].lstrip()[:1].islower() and last[k] and not last[k].rstrip().endswith(_TERMINAL)
                   for k in own)

    def next_token(self, i: int) -> str | None:
        if i + 1 >= len(self.body) or self.key is None:
            return None
        return self.body[i + 1][1][self.cols[self.key]]

    def number_in_content(self, i: int, vals: dict[str, str], after_header: bool) -> str | None:
        """"2. Nhóm nhiệm vụ …" with empty numbering cells, right above "a)" or "2.1": that number."""
        m = _NUMBER_IN_TEXT.match(vals["content"])
        nxt = self.next_token(i)
        if m is None or nxt is None or (after_header and self.drafts):
            return None
        number = m.group(1)
        kind = token_kind(nxt)
        if (kind == "letter" and norm_token(nxt) == "a") or (kind == "dotted" and norm_token(nxt).startswith(number + ".")):
            return number
        return None

    def starts_group(self, i: int, vals: dict[str, str], after_header: bool) -> bool:
        """An unnumbered row is a group heading when numbered rows start right under it."""
        if after_header and self.drafts or not vals["content"] or _BULLET_START.match(vals["content"]):
            return False
        nxt = self.next_token(i)
        if nxt is not None and token_kind(nxt) == "letter" and norm_token(nxt) == "a":
            return True  # "a)", "b)" … right under it
        if nxt is None or token_kind(nxt) not in ("dotted", "code"):
            return False
        if not self.drafts:
            return True
        key = level_key(nxt)
        if token_kind(nxt) == "code" or "." in key:
            # "N02.1" or "2.1" whose parent row is missing: this row is that parent
            prefix = "" if token_kind(nxt) == "code" else self.prefix()
            return code_parent(prefix + key, self.keys) is None and starts_sequence(nxt)
        return starts_sequence(nxt) or self.u_groups > 0

    def section_row(self, rownum: int, roman: str, vals: dict[str, str], reason: str) -> None:
        self.section = roman
        self.group = None
        self.last_numeric = None
        self.add(_Draft(roman, roman, roman, None, True, vals, [rownum]), rownum)
        self.classify(rownum, SECTION, f"phần “{roman}”: {reason}", roman)

    def unnumbered_group(self, rownum: int, vals: dict[str, str]) -> None:
        self.u_groups += 1
        local = f"N{self.u_groups}"
        number = (f"{self.section}." if self.section else "") + local
        draft = _Draft(number, local, self.section, self.section, False, {}, [rownum], unnumbered=True)
        draft.values = self.resolve_ditto(rownum, vals, draft)
        self.add(draft, rownum)
        self.group = draft
        self.last_numeric = draft  # "a)", "b)" under it are its children
        self.classify(rownum, GROUP, "dòng không có số thứ tự, ngay dưới là các nhiệm vụ đánh số từ đầu: "
                      "là tên nhóm; nhiệm vụ con nhận cơ quan, thời hạn của nhóm khi ô của mình trống", number)

    def task_row(self, rownum: int, local: str, vals: dict[str, str], *, letter: bool = False,
                 ordinal: str = "", reason: str = "") -> None:
        prefix = self.prefix()
        if letter:
            assert self.last_numeric is not None
            parent: str | None = self.last_numeric.number
            number = f"{parent}.{local}"
            reason = f"chữ “{local})” dưới mục {self.last_numeric.local}"
            local = f"{self.last_numeric.local}.{local}"
        else:
            number = prefix + local
            parent = None
            key = level_key(local)
            parts = key.split(".")
            for k in range(len(parts) - 1, 0, -1):
                cand = self.keys.get(prefix + ".".join(parts[:k]))
                if cand is not None:
                    parent = cand.number
                    break
            if parent is None and len(parts) > 1 and self.group is None:
                self.warn(rownum, f"không tìm thấy mục cha của {number}", number)
            if parent is None:
                parent = self.group.number if self.group is not None else self.section
            column = _COLUMN_NAME.get(self.key or "number", "Số TT")
            reason = reason or (f"số thứ tự “{local}” ở cột {column}" if not local.startswith("#")
                                else "dòng đầu bảng không có số")
        if ordinal:
            reason += f" (số đếm {ordinal})"
        draft = _Draft(number, local, self.section, parent, False, {}, [rownum], ordinal=ordinal)
        draft.values = self.resolve_ditto(rownum, vals, draft)
        if not draft.values["content"]:
            self.warn(rownum, f"nhiệm vụ {number} không có nội dung", number)
        self.add(draft, rownum)
        if not letter:
            self.keys[prefix + level_key(local)] = draft
        if not letter and not local.startswith("#"):
            self.last_numeric = draft
        self.classify(rownum, TASK, reason, draft.number)

    def code_row(self, rownum: int, code: str, vals: dict[str, str], *, ordinal: str = "") -> None:
        key = level_key(code)
        found = code_parent(key, self.keys)
        parent = self.keys[found].number if found else (self.group.number if self.group else self.section)
        draft = _Draft(code, code, self.section, parent, False, {}, [rownum], ordinal=ordinal)
        draft.values = self.resolve_ditto(rownum, vals, draft)
        if not draft.values["content"]:
            self.warn(rownum, f"nhiệm vụ {code} không có nội dung", code)
        self.add(draft, rownum)
        self.keys[key] = draft
        self.last_numeric = draft
        reason = f"mã “{code}” ở cột Mã nhiệm vụ" + (f", thuộc mã {found}" if found else "")
        self.classify(rownum, TASK, reason + (f" (số đếm {ordinal})" if ordinal else ""), draft.number)

    def resolve_ditto(self, rownum: int, vals: dict[str, str], draft: _Draft) -> dict[str, str]:
        out = {k: vals[k] for k in FIELDS}
        for k, v in out.items():
            if not is_ditto(v):
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

    def continuation(self, r: int, vals: dict[str, str], *, after_header: bool = True) -> None:
        prev = self.drafts[-1]
        copied = self.copied(r)
        for k in FIELDS:
            if vals[k] and k not in copied:
                prev.values[k] = join_text(prev.values[k], vals[k], page_break=True)
        prev.rows.append(r + 1)
        why = "ngay sau tiêu đề lặp lại" if after_header else "và nội dung viết tiếp câu dở dang của dòng trên"
        self.classify(r + 1, CONTINUATION, f"số thứ tự trống {why}: phần còn lại của {prev.number} "
                      "bị ngắt sang trang", prev.number)

    def sub_line(self, r: int, vals: dict[str, str]) -> None:
        prev = self.drafts[-1]
        copied = self.copied(r)
        vals = {k: ("" if k in copied else v) for k, v in self.resolve_ditto(r + 1, vals, prev).items()}
        prev.extra.append(" | ".join(vals[k] for k in FIELDS if vals[k]))
        if vals["deadline"]:
            label = vals["content"].rstrip(" .;:,")
            line = f"{label}: {vals['deadline']}" if label else vals["deadline"]
            prev.values["deadline"] = join_text(prev.values["deadline"], line, page_break=False)
        elif vals["content"]:
            prev.values["content"] = join_text(prev.values["content"], vals["content"], page_break=False)
        for k in ("lead", "coordinating", "product", "notes"):
            if vals[k]:
                prev.values[k] = join_text(prev.values[k], vals[k], page_break=False)
        prev.rows.append(r + 1)
        self.classify(r + 1, CONTINUATION, f"số thứ tự trống: ý bổ sung của {prev.number}, gộp vào dòng trên",
                      prev.number)

    def finish(self) -> ParsedPlan:
        parents = {d.parent for d in self.drafts if d.parent}
        parents = (parents | self.forced_groups) - self.forced_tasks
        inherit_blanks(self.drafts, self.by_number, parents, has_product="product" in self.cols)
        for d in self.drafts:
            first = d.rows[0]
            rc = self.classes.get(first)
            if rc is not None and rc.kind == TASK and d.number in parents:
                children = [c.local for c in self.drafts if c.parent == d.number][:3]
                self.classify(first, GROUP, f"{rc.reason}; có dòng con ({', '.join(children)}…): là nhóm nhiệm vụ",
                              d.number)
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
                ordinal=d.ordinal,
                inherited=tuple(d.inherited),
            )
            for d in self.drafts
        ]
        if not any(not t.is_section for t in tasks):
            self.warnings.append(ImportWarning(None, "bảng không có nhiệm vụ nào"))
        classes = tuple(self.classes[k] for k in sorted(self.classes))
        return ParsedPlan(tasks, self.warnings, self.m, self.table.name, classes)


def build_plan(table: RawTable, mapping: PlanColumns,
               overrides: Mapping[int, str | RowClass] | None = None) -> ParsedPlan:
    """Tasks of ``table``; ``overrides`` (1-based source row → class) are the officer's re-classing."""
    return _Parser(table, mapping, overrides).run()

