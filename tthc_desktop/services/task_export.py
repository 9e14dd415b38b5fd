"""Export the filtered task list to .xlsx: formatted, A4 landscape, fit to width, header repeated on every
page, deadlines as real Excel dates and every text cell injection-safe (docs/ARCHITECTURE.md §10.4, via reports.xlsx)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.status import Status
from ..reports.xlsx import write_table_xlsx
from ..store.task_query import TaskFilter, fetch_all

if TYPE_CHECKING:  # the type only: start-up opens the window without sqlite-utils
    from ..store.sqlite_db import Database

COLUMNS: list[tuple[str, float, str]] = [
    ("Số TT", 8, "text"),
    ("Nội dung công việc", 55, "text"),
    ("Cơ quan chủ trì", 22, "text"),
    ("Cơ quan phối hợp", 24, "text"),
    ("Thời hạn", 13, "date"),
    ("Tình trạng", 18, "text"),
    ("Ngày hoàn thành", 13, "date"),
    ("Kết quả thực hiện", 30, "text"),
]

# What export_rows and deadline_cell read of a listed task.
ROW_COLUMNS = ("number", "content", "lead_text", "coordinating_text", "is_continuous", "completed_on", "next_due",
               "status", "extended", "outcome")

ROLE_NAMES = {"lead": "chủ trì", "coordinating": "phối hợp", "none": "theo dõi"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def deadline_cell(row: dict[str, Any]) -> date | str | None:
    """A real date when there is one; otherwise the words the officer would write."""
    if row["is_continuous"] and not row["completed_on"]:
        return "Thường xuyên"
    if row["next_due"]:
        return date.fromisoformat(row["next_due"])
    if row["completed_on"]:
        return None
    return "Cần đặt hạn"


def export_rows(rows: list[dict[str, Any]]) -> list[list[Any]]:
    out = []
    for row in rows:
        status = Status(row["status"])
        status_text = status.label_vi + (" (đã gia hạn)" if row.get("extended") else "")
        completed = date.fromisoformat(row["completed_on"]) if row["completed_on"] else None
        out.append([row["number"], row["content"], row["lead_text"], row["coordinating_text"], deadline_cell(row),
                    status_text, completed, row["outcome"]])
    return out


def describe_filter(flt: TaskFilter, plan_names: dict[int, str]) -> str:
    """One line saying what the list contains, for the sheet's subtitle."""
    parts: list[str] = []
    if flt.plan_id is not None:
        parts.append(f"kế hoạch {plan_names.get(flt.plan_id, flt.plan_id)}")
    if flt.roles and set(flt.roles) != set(ROLE_NAMES):
        parts.append("đơn vị " + " hoặc ".join(ROLE_NAMES.get(r, r) for r in flt.roles))
    if flt.statuses:
        parts.append("tình trạng " + ", ".join(s.label_vi.lower() for s in flt.statuses))
    if flt.overdue_only:
        parts.append("quá hạn")
    if flt.needs_date_only:
        parts.append("cần đặt hạn")
    if flt.due_within_days is not None:
        parts.append(f"đến hạn trong {flt.due_within_days} ngày")
    if flt.year is not None:
        parts.append(f"năm {flt.year}")
    if flt.search.strip():
        parts.append(f"tìm «{flt.search.strip()}»")
    when = flt.today.strftime("%d/%m/%Y")
    return f"Tính đến ngày {when}" + (f"; lọc: {'; '.join(parts)}" if parts else "")


def export_tasks_xlsx(db: Database, flt: TaskFilter, out_path: Path | str, *,
                      title: str = "DANH SÁCH NHIỆM VỤ") -> ExportResult:
    """Write every task matching ``flt`` (headings excluded) to ``out_path`` atomically."""
    rows = list(fetch_all(db, flt.with_(include_sections=False), columns=ROW_COLUMNS))
    plan_names = {r["id"]: r["symbol"] or r["title"] for r in db.query("SELECT id, symbol, title FROM plans")}
    path = write_table_xlsx(COLUMNS, export_rows(rows), out_path, title=title,
                            subtitle=describe_filter(flt, plan_names), landscape=True)
    return ExportResult(Path(path), len(rows))
