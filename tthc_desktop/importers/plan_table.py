"""Turn a plan's task table (a :class:`RawTable`) into numbered tasks.

Public API:
    ``find_header(table) -> PlanColumns | None``     header detection, None when not found
    ``detect_header(table) -> PlanColumns``          the same, raising ImportFailure when not found
    ``parse_plan_table(table, mapping=None) -> ParsedPlan``
    ``ColumnMapping``, ``PlanColumns``, ``ParsedPlan``, ``ParsedTask``, ``ImportWarning``, ``FIELDS``
    ``RowClass``                                     ``ParsedPlan.row_classes``: each source row's
                                                     class (header, section, group, task,
                                                     continuation, note) and Vietnamese reason

Reading is separate from inference. The readers give raw rows (:mod:`.table_readers`); then
  1. header (:mod:`.plan_header_row`): header rows, column roles, extra numbering/code columns;
  2. hierarchy (:mod:`.plan_hierarchy`): which numbering column carries the paths, parents;
  3. tasks (:mod:`.plan_tasks`): rows → sections, groups, tasks, continuations, notes.

Rules:
  - Section rows ("I", "II", or "I Nhiệm vụ …" with the number in the text, often merged
    across the row) become sections: tasks with ``is_section=True`` and number "I", "II".
  - Numbered rows get a full path: "2.1" under section "II" is "II.2.1"; its parent is "II.2"
    (or the section, or None). "a)"-style items become children of the last numbered task.
    "13.5" hangs under "13.0". With a code column ("Mã nhiệm vụ") the code is the number and a
    row whose code prefixes others' ("N01.1" of "N01.1.2") is their parent. With two numbering
    columns (a running count "TT" and a detail column "Chi tiết") the column with real
    multi-part evidence gives the paths; the running count is kept in ``ordinal``.
  - "A", "B" or "Phần II" in the STT column (no agency, no deadline) are sections too.
  - ``is_group`` is True for every task that has children.
  - An unnumbered or dashed row with its own lead agency right under a group label (or beside such
    a row) is a task of that group, numbered in order ("1.1", "1.2").
  - A group row with its number in the text ("1. …") right above "a)" or "1.1" takes that number.
  - An unnumbered row right above numbered rows that start a sequence ("1") is a group heading
    ("N1", "N2" …); children fill their blank lead, coordinating and deadline cells from the
    nearest group label above them (never overwriting; recorded in ``inherited``). A parent is a
    group label when it assigns no agency, or when the table has a product column it leaves empty.
  - Header rows (one, two or three label rows, a column-index row) and their repeats at page
    breaks are dropped; so are titles above the header and notes/signatures below the table.
  - A row with an empty STT directly after a repeated header (or, without a repeated header, whose
    every piece goes on in lower case where the text above stops mid-sentence) continues the
    previous task across the page break: each cell is appended to the same field, joined by a space when the
    previous text does not end with terminal punctuation (. ! ? …), else by a line break.
  - Other unnumbered rows are sub-lines of the previous task. Each is recorded verbatim in
    ``extra_lines`` (non-empty cells joined by " | "). A sub-line with a deadline adds the line
    "<its content without final punctuation>: <deadline>" to ``deadline_text`` (its content is
    then not repeated in ``content``); without a deadline its content is added to ``content``.
    Other cells are appended to their fields. Fields are joined with "\\n": nothing is lost.
    Cells that only repeat a vertically merged cell are not appended again.
  - "nt", "-nt-", "như trên" (any case, dashes, dots, spaces) in a cell mean "same as the row
    above": the value of the nearest previous task (not a section) with a non-empty value in
    that field. The field name is recorded in ``resolved_ditto``.
  - Agencies are split with :func:`split_agencies`; the original text is kept too. A single
    "Cơ quan, đơn vị thực hiện" column naming both roles ("Sở A chủ trì, phối hợp Sở B") is split.
Warnings (``ParsedPlan.warnings``) carry the 1-based table row and a Vietnamese message.
"""

from __future__ import annotations

from collections.abc import Mapping

from .errors import ImportFailure
from .plan_header import COLUMN_LABELS, ColumnMapping
from .plan_header_row import PlanColumns, detect_header, find_header, upgrade_mapping
from .plan_model import FIELD_ATTR, FIELDS, ImportWarning, ParsedPlan, ParsedTask
from .plan_rows import RowClass
from .plan_tasks import build_plan
from .table_readers import RawTable

__all__ = [
    "COLUMN_LABELS",
    "FIELDS",
    "FIELD_ATTR",
    "ColumnMapping",
    "ImportWarning",
    "ParsedPlan",
    "ParsedTask",
    "PlanColumns",
    "RowClass",
    "detect_header",
    "find_header",
    "parse_plan_table",
]


def parse_plan_table(table: RawTable, mapping: ColumnMapping | None = None,
                     overrides: Mapping[int, str | RowClass] | None = None) -> ParsedPlan:
    """Parse ``table`` with ``mapping`` (detected with :func:`detect_header` when None).

    ``overrides`` maps a 1-based source row (``RowClass.row``) to the class the officer chose for it
    (``"task"``, ``"group"``, ``"continuation"`` — merged into the task above — or ``"note"`` — ignored);
    the rest of the table is read as usual around it.

    A plain :class:`ColumnMapping` (chosen in the wizard) is completed from the table's own header
    (second header row, code and detail columns) without changing the chosen columns.
    """
    mapping = detect_header(table) if mapping is None else upgrade_mapping(table, mapping)
    if mapping.content is None:
        raise ImportFailure(
            table.source,
            "chưa chọn cột Nội dung công việc",
            location=table.name,
            location_kind=table.location_kind,
        )
    return build_plan(table, mapping, overrides)
