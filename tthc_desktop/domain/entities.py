"""Plain dataclasses for the stored entities: units, plans, tasks, due dates, updates, audit entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class UnitLevel(StrEnum):
    """Administrative level of the user's unit; it decides which generic agency phrases name it.

    Since 1/7/2025 local government has two levels, tỉnh and xã (xã, phường, đặc khu). DISTRICT stays
    readable in old data but is never offered (see ``OFFERED_LEVELS``).
    """

    DEPARTMENT = "so_nganh"  # Sở, ban, ngành tỉnh (incl. Trung tâm Phục vụ hành chính công tỉnh)
    PROVINCE = "ubnd_tinh"  # UBND tỉnh / Văn phòng UBND tỉnh
    COMMUNE = "xa"  # UBND xã, phường, đặc khu
    DISTRICT = "huyen"  # UBND cấp huyện: abolished 1/7/2025, read only

    @property
    def label_vi(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def is_obsolete(self) -> bool:
        return self is UnitLevel.DISTRICT

    @classmethod
    def from_cli(cls, text: str) -> UnitLevel:
        """``tinh`` (sở/ban/ngành tỉnh), ``ubnd_tinh``, ``xa``; the stored values are accepted too."""
        value = {"tinh": "so_nganh", "so": "so_nganh", "phuong": "xa", "dac_khu": "xa"}.get(text, text)
        level = cls(value)
        if level.is_obsolete:
            raise ValueError("Cấp huyện không còn tồn tại từ 01/7/2025; chọn tinh, ubnd_tinh hoặc xa.")
        return level


_LEVEL_LABELS = {
    UnitLevel.DEPARTMENT: "Sở, ban, ngành tỉnh",
    UnitLevel.PROVINCE: "UBND tỉnh / Văn phòng UBND tỉnh",
    UnitLevel.COMMUNE: "UBND xã, phường, đặc khu",
    UnitLevel.DISTRICT: "UBND cấp huyện (không còn từ 01/7/2025)",
}
# What a new setup may choose: never cấp huyện.
OFFERED_LEVELS = (UnitLevel.DEPARTMENT, UnitLevel.PROVINCE, UnitLevel.COMMUNE)


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
    # The unit's own details, used by report headings (issue 14).
    parent_name: str = ""  # cơ quan chủ quản, e.g. "UBND TỈNH ĐỒNG THÁP"
    place: str = ""  # địa danh, e.g. "Đồng Tháp"
    abbr: str = ""  # ký hiệu, e.g. "STP" → reports "BC-STP"
    signer: str = ""  # the usual signer's name
    position: str = ""  # chức vụ, e.g. "GIÁM ĐỐC"
    authority: str = ""  # quyền hạn: "", "KT.", "TL.", "TUQ."
    recipients: str = ""  # default recipients, one a line


@dataclass(frozen=True, slots=True)
class PlanDetails:
    """What a plan document says of itself (its heading), as read on import or corrected by the officer."""

    title: str
    year: int
    symbol: str = ""  # số/ký hiệu, e.g. "165/KH-UBND"
    issued_on: date | None = None
    issuer: str = ""


@dataclass(frozen=True, slots=True)
class Plan(PlanDetails):
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
