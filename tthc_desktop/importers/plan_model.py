"""The result of reading a plan table: tasks, warnings, and the class of every source row.

Public API (re-exported by :mod:`tthc_desktop.importers.plan_table`):
    ``ParsedTask``, ``ParsedPlan``, ``ImportWarning``, ``FIELDS``, ``FIELD_ATTR``
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .plan_header import ColumnMapping
from .plan_rows import RowClass

__all__ = ["FIELDS", "FIELD_ATTR", "ImportWarning", "ParsedPlan", "ParsedTask"]

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
    """One task (or section/group) of the plan. ``number`` is the full path, e.g. "II.2.1", or the
    task's code ("KH20_TT_N01.1.1") when the table has a code column."""

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
    ordinal: str = ""  # the running count ("TT") when the table numbers tasks in a second column
    inherited: tuple[str, ...] = ()  # fields filled from the group above (FIELD_ATTR names)

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
    row_classes: tuple[RowClass, ...] = ()  # one per source row, in table order

    def by_number(self) -> dict[str, ParsedTask]:
        return {t.number: t for t in self.tasks}
