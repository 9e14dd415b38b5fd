"""The lazy task-list model: pages of ~200 rows from store.task_query, refreshed from ctx.events.

Rows are loaded on demand (canFetchMore/fetchMore) so a database of 100,000 tasks opens at once;
``rows_fetched`` counts the rows actually read from the database. The status is computed in SQL with
the same rules as domain.status; its colour and the due-soon band (7/3/1 days) are exposed through
roles for the delegate, the tests and the export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...domain.status import DUE_SOON_BANDS, Status
from ...services import events
from ...services.context import AppContext
from ...services.task_list import TaskListService, is_heading
from ...store.task_query import TaskFilter
from ..widgets.domain_labels import display_name
from ..widgets.page_parts import follow_events

PAGE_SIZE = 200
_ROOT = QModelIndex()

# (sort key of task_query.SORT_COLUMNS, heading); headings are translated in headerData.
COLUMNS = ("number", "content", "lead", "coordinating", "due", "status", "outcome")
COL_NUMBER, COL_CONTENT, COL_LEAD, COL_COORDINATING, COL_DUE, COL_STATUS, COL_OUTCOME = range(len(COLUMNS))

TaskIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2  # Status value string ("overdue", …) or None (headings)
DueSoonRole = Qt.ItemDataRole.UserRole + 3  # 1, 3, 7 or None
HeadingRole = Qt.ItemDataRole.UserRole + 4  # True for section/group/plan heading rows
DaysLeftRole = Qt.ItemDataRole.UserRole + 5  # days until next_due for open dated tasks, else None

OVERDUE_ROW = QColor("#fdecea")  # a pale red across the whole row: late tasks are seen at a glance
DUE_SOON_ROW = QColor("#fff4e0")  # pale amber for the 1- and 3-day bands
HEADING_ROW = QColor("#eceff1")
REMOVED_TEXT = QColor("#8a8f94")  # a task no longer in the re-imported plan: greyed, no late/soon colours


@dataclass(frozen=True)
class PlanHeading:
    """A virtual row naming the plan when the list is grouped (not a database row)."""

    plan_id: int
    text: str


def format_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def due_soon_band(days_left: int | None) -> int | None:
    if days_left is None or days_left < 0:
        return None
    return next((band for band in DUE_SOON_BANDS if days_left <= band), None)


class TaskTableModel(QAbstractTableModel):
    """Columns Số, Nội dung, Chủ trì, Phối hợp, Hạn, Trạng thái, Kết quả over a TaskFilter."""

    counts_changed = Signal()  # the filtered or total count may have changed (after any reload)
    _hub_notified = Signal(object)  # marshals EventHub callbacks (any thread) to the model's thread

    def __init__(self, ctx: AppContext, *, today: Callable[[], date] = date.today, page_size: int = PAGE_SIZE,
                 parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = TaskListService(ctx)
        self._today = today
        self.page_size = page_size
        self._filter = TaskFilter()
        self._grouped = False
        self._rows: list[dict[str, Any] | PlanHeading] = []
        self._db_rows = 0  # database rows in self._rows (offset of the next page)
        self._exhausted = False
        self._filtered_count = 0
        self._total_count = 0
        self.rows_fetched = 0  # every row read from the database since the model was made
        self._hub_notified.connect(self._on_hub_notified)
        follow_events(self, ctx.events, {topic: self._make_listener(topic)
                                         for topic in (events.TASKS_CHANGED, events.PLANS_CHANGED,
                                                       events.DATABASE_REPLACED)})
        self._reload(keep_loaded=False, lazy=True)  # nothing is read until a view asks (fetchMore)

    # -- filter, clock, grouping ----------------------------------------------------------
    def task_filter(self) -> TaskFilter:
        return self._filter

    def set_filter(self, flt: TaskFilter, grouped: bool | None = None) -> None:
        """Apply a filter (and optionally the grouping) with one reset."""
        self._filter = flt
        if grouped is not None:
            self._grouped = grouped
        self._reload(keep_loaded=False)

    def set_clock(self, today: Callable[[], date]) -> None:
        self._today = today
        self._reload(keep_loaded=True)

    def today(self) -> date:
        return self._today()

    def set_grouped(self, grouped: bool) -> None:
        """Grouped: headings shown, plan order, and a plan heading row before each plan's tasks."""
        self._grouped = grouped
        self._reload(keep_loaded=False)

    def is_grouped(self) -> bool:
        return self._grouped

    def _query_filter(self) -> TaskFilter:
        flt = self._filter.with_(today=self._today())
        if self._grouped:
            flt = flt.with_(include_sections=True, sort="number", descending=False)
        return flt

    # -- counts ---------------------------------------------------------------------------
    def filtered_count(self) -> int:
        """Tasks matching the filter (headings excluded unless grouped)."""
        return self._filtered_count

    def total_count(self) -> int:
        """Every task of every plan, headings excluded."""
        return self._total_count

    # -- loading ----------------------------------------------------------------------------
    def _reload(self, *, keep_loaded: bool, lazy: bool = False) -> None:
        """Reset with the first page loaded (none when ``lazy``); with ``keep_loaded`` as many rows as were
        loaded come back in one query, so the scroll position survives."""
        wanted = 0 if lazy else max(self._db_rows, self.page_size) if keep_loaded else self.page_size
        self.beginResetModel()
        self._rows, self._db_rows, self._exhausted = [], 0, False
        if wanted:
            self._append(self._tasks.page(self._query_filter(), 0, wanted), wanted)
        self.endResetModel()
        flt = self._query_filter()
        self._filtered_count = self._tasks.count(flt)
        self._total_count = self._tasks.count(TaskFilter(today=flt.today))
        self.counts_changed.emit()

    def _append(self, rows: list[dict[str, Any]], asked: int) -> None:
        self.rows_fetched += len(rows)
        self._db_rows += len(rows)
        self._exhausted = len(rows) < asked
        self._rows.extend(self._items_for(rows))

    def _items_for(self, rows: list[dict[str, Any]]) -> list[dict[str, Any] | PlanHeading]:
        items: list[dict[str, Any] | PlanHeading] = []
        last = self._last_plan_id() if self._rows else None
        for row in rows:
            if self._grouped and row["plan_id"] != last:
                items.append(self._plan_heading(row))
            last = row["plan_id"]
            items.append(row)
        return items

    def _last_plan_id(self) -> int | None:
        last = self._rows[-1]
        return last.plan_id if isinstance(last, PlanHeading) else last["plan_id"]

    def _plan_heading(self, row: dict[str, Any]) -> PlanHeading:
        return PlanHeading(row["plan_id"], self._tasks.plan_heading(row["plan_id"]))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        rows = self._tasks.page(self._query_filter(), self._db_rows, self.page_size)
        if not rows:
            self._exhausted = True
            return
        items = self._items_for(rows)
        before = len(self._rows)
        self.beginInsertRows(QModelIndex(), before, before + len(items) - 1)
        self.rows_fetched += len(rows)
        self._db_rows += len(rows)
        self._exhausted = len(rows) < self.page_size
        self._rows.extend(items)
        self.endInsertRows()

    def fetch_all_rows(self) -> None:
        """Load everything still missing (tests, small lists)."""
        while self.canFetchMore():
            self.fetchMore()

    # -- refresh from events ----------------------------------------------------------------
    def _make_listener(self, topic: str) -> Callable[..., None]:
        signal = self._hub_notified

        def listener(task_ids: set[int] | None = None, **_: Any) -> None:
            signal.emit(task_ids if topic == events.TASKS_CHANGED else None)

        return listener

    def _on_hub_notified(self, task_ids: set[int] | None) -> None:
        self.refresh(task_ids)

    def refresh(self, task_ids: set[int] | None = None) -> None:
        """Reload the given loaded rows in place (dataChanged), or everything (None) keeping the scroll."""
        if task_ids is None:
            self._reload(keep_loaded=True)
            return
        positions = {row["id"]: i for i, row in enumerate(self._rows) if isinstance(row, dict)}
        if any(task_id not in positions for task_id in task_ids):
            self._reload(keep_loaded=True)  # a new or re-created task: its place is only known after a reload
            return
        fresh = {r["id"]: r for r in self._tasks.page(self._query_filter().with_(ids=tuple(task_ids)), 0,
                                                len(task_ids))}
        self.rows_fetched += len(fresh)
        if len(fresh) < len(task_ids):
            self._reload(keep_loaded=True)  # some no longer match the filter
            return
        for task_id, row in fresh.items():
            i = positions[task_id]
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        flt = self._query_filter()
        self._filtered_count = self._tasks.count(flt)
        self.counts_changed.emit()

    # -- lookup -------------------------------------------------------------------------------
    def row_data(self, row: int) -> dict[str, Any] | None:
        """The query row behind a list row (None for a plan heading)."""
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, dict) else None

    def task_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data["id"] if data else None

    def row_of(self, task_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if isinstance(r, dict) and r["id"] == task_id), None)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            self.tr("No."), self.tr("Content"), self.tr("Lead agency"), self.tr("Coordinating agencies"),
            self.tr("Deadline"), self.tr("Status"), self.tr("Outcome"),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        flt = self._filter.with_(sort=COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder)
        if flt != self._filter:
            self.set_filter(flt)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        col = index.column()
        if isinstance(item, PlanHeading):
            return self._plan_heading_data(item, col, role)
        heading = is_heading(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col, heading)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col, heading)
        if role == TaskIdRole:
            return item["id"]
        if role == HeadingRole:
            return heading
        if heading:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEADING_ROW
            return None
        status = Status(item["status"])
        if role == StatusRole:
            return status.value  # a plain str: a StrEnum would come back from Qt as str anyway
        if role == DaysLeftRole:
            return self._days_left(item, status)
        if role == DueSoonRole:
            return due_soon_band(self._days_left(item, status))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return QColor(status.colour)
        if item.get("removed_on") and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return REMOVED_TEXT if role == Qt.ItemDataRole.ForegroundRole else None  # kept, counted nowhere
        if role == Qt.ItemDataRole.BackgroundRole:
            if status is Status.OVERDUE:
                return OVERDUE_ROW
            band = due_soon_band(self._days_left(item, status))
            if band is not None and band <= 3:
                return DUE_SOON_ROW
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DUE and status is Status.OVERDUE:
            return QColor(Status.OVERDUE.colour)
        if role == Qt.ItemDataRole.FontRole and col == COL_DUE:
            if status is Status.OVERDUE or due_soon_band(self._days_left(item, status)) is not None:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NUMBER, COL_DUE):
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _plan_heading_data(self, item: PlanHeading, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and col == COL_CONTENT:
            return self.tr("Plan %1").replace("%1", item.text)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#cfd8dc")
        if role == HeadingRole:
            return True
        return None

    def _days_left(self, item: dict[str, Any], status: Status) -> int | None:
        if item["completed_on"] or status in (Status.CONTINUOUS, Status.NEEDS_DATE) or not item["next_due"]:
            return None
        return (date.fromisoformat(item["next_due"]) - self._today()).days

    def _display(self, item: dict[str, Any], col: int, heading: bool) -> str:
        if col == COL_NUMBER:
            return item["number"] or ""
        if col == COL_CONTENT:
            return item["content"] or ""
        if col == COL_LEAD:
            return item["lead_text"] or ""
        if col == COL_COORDINATING:
            return item["coordinating_text"] or ""
        if heading:
            return ""
        status = Status(item["status"])
        if col == COL_DUE:
            return self.due_text(item, status)
        if col == COL_STATUS:
            if item.get("removed_on"):  # kept with its progress after a re-import no longer had it
                return display_name(status) + "\n" + self.tr("No longer in the new plan")
            return display_name(status)
        if col == COL_OUTCOME:
            outcome = item["outcome"] or ""
            if item["completed_on"] and not outcome:
                done = format_date(date.fromisoformat(item["completed_on"]))
                return self.tr("Completed on %1").replace("%1", done)
            return outcome
        return ""

    def due_text(self, item: dict[str, Any], status: Status) -> str:
        if item["is_continuous"] and not item["completed_on"]:
            return self.tr("Continuous")
        if status is Status.NEEDS_DATE or not item["next_due"]:
            return self.tr("Needs a date") if not item["completed_on"] else ""
        text = format_date(date.fromisoformat(item["next_due"]))
        if item["extended"]:
            text += "\n" + self.tr("(extended)")
        return text

    def status_note(self, item: dict[str, Any], status: Status) -> str:
        """"Còn 3 ngày" / "Hạn hôm nay" / "Quá hạn 5 ngày": the line under the status badge."""
        if item.get("removed_on"):
            return self.tr("No longer in the new plan")
        days = self._days_left(item, status)
        if days is None:
            return ""
        if days < 0:
            return self.tr("%1 days late").replace("%1", str(-days))
        if days == 0:
            return self.tr("Due today")
        if due_soon_band(days) is not None:
            return self.tr("%1 days left").replace("%1", str(days))
        return ""

    def _tooltip(self, item: dict[str, Any], col: int, heading: bool) -> str | None:
        if col == COL_CONTENT:
            return item["content"] or None
        if heading:
            return None
        status = Status(item["status"])
        if col == COL_STATUS:
            note = self.status_note(item, status)
            return display_name(status) + (f" — {note}" if note else "")
        if col == COL_DUE:
            lines = [item["deadline_text"] or ""]
            if item["extended"] and item["original_due"]:
                original = format_date(date.fromisoformat(item["original_due"]))
                lines.append(self.tr("Extended; original deadline %1").replace("%1", original))
            return "\n".join(line for line in lines if line) or None
        if col in (COL_LEAD, COL_COORDINATING):
            return self._display(item, col, heading) or None
        return None
