"""Plain dataclasses for the stored entities: units, plans, tasks, due dates, updates, audit entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class UnitLevel(StrEnum):
    """Administrative level of the user's unit; it decides which generic agency phrases name it."""

    DEPARTMENT = "so_nganh"  # Sở, ban, ngành tỉnh
    DISTRICT = "huyen"  # UBND cấp huyện
    COMMUNE = "xa"  # UBND cấp xã

    @property
    def label_vi(self) -> str:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    UnitLevel.DEPARTMENT: "Sở, ban, ngành",
    UnitLevel.DISTRICT: "UBND cấp huyện",
    UnitLevel.COMMUNE: "UBND cấp xã",
}


class TaskRole(StrEnum):
    """The user's unit's part in a task."""

    LEAD = "lead"
    COORDINATING = "coordinating"
    WATCHING = "none"


class DueDateKind(StrEnum):
    """Where a due date came from; extensions never replace the original date."""

    PARSED = "parsed"
    MANUAL = "manual"
    EXTENSION = "extension"
    RECURRING = "recurring"  # generated occurrences of "hằng tháng"-style deadlines


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    level: UnitLevel
    parent_id: int | None = None
    is_own: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    title: str
    year: int
    symbol: str = ""  # số/ký hiệu, e.g. "165/KH-UBND"
    issued_on: date | None = None
    issuer: str = ""
    source_file: str = ""
    source_sha256: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TaskDueDate:
    due_on: date
    kind: DueDateKind = DueDateKind.PARSED
    document: str = ""  # the document granting an extension
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Task:
    plan_id: int
    number: str  # full path, e.g. "II.3.1"
    content: str
    parent_id: int | None = None
    position: int = 0
    is_section: bool = False
    is_group: bool = False
    lead_text: str = ""
    coordinating_text: str = ""
    role: TaskRole = TaskRole.WATCHING
    deadline_text: str = ""
    deadline_rule: str = ""  # the parser's explanation, shown to the user
    is_continuous: bool = False
    needs_date: bool = False
    product: str = ""
    notes: str = ""
    completed_on: date | None = None
    outcome: str = ""
    due_dates: tuple[TaskDueDate, ...] = field(default=())
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TaskUpdate:
    task_id: int
    updated_on: date
    note: str = ""
    percent: int | None = None
    evidence_number: str = ""
    evidence_date: date | None = None
    attachment_sha256: str = ""
    attachment_name: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str  # insert / update / delete
    table: str
    row_id: int | None
    old: dict | None
    new: dict | None
    id: int | None = None
