"""Importing a plan's task table: preview (parsed tasks, deadlines, roles, warnings) and one-transaction store.

Re-importing the same plan (same số/ký hiệu, the very same file, or another file of it with the same task
table) updates changed tasks and adds new
ones; it never duplicates them and never deletes what the officer recorded (completion, updates,
extensions, manual dates, corrected roles).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..domain.deadlines import Deadline, parse_deadline
from ..domain.entities import DueDateKind, Plan, PlanDetails, Task, TaskDueDate, TaskRole, Unit
from ..importers.agencies import classify_role, district_note, district_warning
from ..importers.plan_table import ColumnMapping, ParsedPlan, ParsedTask, RowClass, parse_plan_table
from ..importers.table_readers import RawTable, fold
from ..store.files import sha256_file
from .context import AppContext
from .plan_signatures import read_plan_signatures, store_plan_signatures

# r"\b20[2-4]\d\b", written so the search starts from the digits (a leading \b is tried at every character)
_YEAR = re.compile(r"20[2-4]\d\b(?<!\w20[2-4]\d)")


@dataclass(frozen=True)
class PreviewTask:
    parsed: ParsedTask
    deadline: Deadline
    role: TaskRole

    @property
    def is_heading(self) -> bool:
        """Sections and deadline-less group rows only structure the list."""
        return self.parsed.is_section or (self.parsed.is_group and not self.parsed.deadline_text.strip())


@dataclass(frozen=True)
class PlanPreview:
    source: Path
    sha256: str
    table_name: str
    plan_year: int
    tasks: list[PreviewTask]
    warnings: list[str]
    row_classes: tuple[RowClass, ...] = ()  # every source row's class and reason (the wizard's tree)


@dataclass(frozen=True)
class ImportResult:
    plan_id: int
    reimport: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    missing_in_source: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # tasks with progress whose text changed: officer decides


def guess_plan_year(table: RawTable, default: int) -> int:
    """The year the deadlines talk about most (a plan for 2025 names 2025 most often)."""
    # one pass over the whole table's text (a newline between cells is a word boundary, as a cell's end was)
    years = Counter(map(int, _YEAR.findall("\n".join(cell for row in table.rows for cell in row if cell))))
    return years.most_common(1)[0][0] if years else default


def build_preview(source: Path, table: RawTable, *, plan_year: int, unit: Unit | None,
                  mapping: ColumnMapping | None = None, sha256: str | None = None,
                  overrides: Mapping[int, str] | None = None) -> PlanPreview:
    """The tasks as they will be imported; ``overrides`` (1-based row → class) is the officer's re-classing."""
    parsed: ParsedPlan = parse_plan_table(table, mapping, overrides)
    tasks: list[PreviewTask] = []
    warnings = [str(w) for w in parsed.warnings]
    # A plan repeats its deadline and agency texts ("Thường xuyên", "Sở Tư pháp"): each distinct text is read
    # once per preview (the results are pure functions of the text; Deadline is frozen, so sharing it is safe).
    deadlines: dict[str, Deadline] = {}
    roles: dict[tuple[str, str], TaskRole] = {}
    districts: dict[tuple[str, str], bool] = {}
    for task in parsed.tasks:
        deadline = deadlines.get(task.deadline_text)
        if deadline is None:
            deadline = deadlines[task.deadline_text] = parse_deadline(task.deadline_text, plan_year)
        agencies = (task.lead_text, task.coordinating_text)
        role = roles.get(agencies)
        if role is None:
            role = roles[agencies] = TaskRole(classify_role(*agencies, unit.name, unit.level.value)) \
                if unit else TaskRole.WATCHING
        item = PreviewTask(task, deadline, role)
        tasks.append(item)
        if not item.is_heading and deadline.needs_date and not deadline.is_continuous:
            warnings.append(f"Nhiệm vụ {task.number}: cần đặt hạn ({deadline.explanation})")
        names_district = districts.get(agencies)
        if names_district is None:
            names_district = districts[agencies] = district_warning("", *agencies) is not None
        if names_district:
            warnings.append(district_note(task.number))  # a pre-merger plan: cấp huyện no longer exists
    return PlanPreview(Path(source), sha256 or sha256_file(source), parsed.table_name or table.name, plan_year,
                       tasks, warnings, parsed.row_classes)


def occurrence_window(plan_year: int) -> tuple[date, date]:
    """Recurring deadlines are generated for the plan year and the next (NQ 66 plans span 2025–2026)."""
    return date(plan_year, 1, 1), date(plan_year + 1, 12, 31)


def _due_dates(item: PreviewTask, plan_year: int) -> tuple[TaskDueDate, ...]:
    dates = [TaskDueDate(d, DueDateKind.PARSED) for d in item.deadline.due_dates]
    if item.deadline.is_recurring:
        start, end = occurrence_window(plan_year)
        dates += [TaskDueDate(d, DueDateKind.RECURRING) for d in item.deadline.occurrences(start, end)
                  if d not in item.deadline.due_dates]
    return tuple(dates)


def _task_fields(item: PreviewTask, plan_year: int) -> dict:
    p, d = item.parsed, item.deadline
    return {
        "number": p.number,
        "is_section": p.is_section,
        "is_group": p.is_group,
        "content": p.content,
        "lead_text": p.lead_text,
        "coordinating_text": p.coordinating_text,
        "deadline_text": p.deadline_text,
        "deadline_rule": d.explanation,
        "is_continuous": d.is_continuous,
        "needs_date": bool(d.needs_date and not item.is_heading),
        "product": p.product,
        "notes": p.notes,
    }


SAME_TABLE_SHARE = 0.8  # share of the new tasks whose folded content an existing plan already has


def find_existing_plan(ctx: AppContext, details: PlanDetails, sha256: str,
                       preview: PlanPreview | None = None) -> Plan | None:
    """The stored plan this import updates: same số/ký hiệu, the very same file, or (given the preview) the
    same task table — the .docx, then the .xlsx or the PDF of one plan — unless their số/ký hiệu differ."""
    found = ctx.plans.find_existing(symbol=details.symbol, source_sha256=sha256)
    if found is not None or preview is None:
        return found
    return same_table_plan(ctx, preview, details.symbol)


def _symbol_key(symbol: str) -> str:
    return "".join(symbol.split()).lower()


def same_table_plan(ctx: AppContext, preview: PlanPreview, symbol: str = "") -> Plan | None:
    """The stored plan holding at least 80% of the preview's task contents (folded), best share first."""
    candidates = [plan for plan in ctx.plans.all()
                  # two plans with different numbers may share tasks (next year's plan): not the same one
                  if not (symbol.strip() and plan.symbol.strip() and _symbol_key(plan.symbol) != _symbol_key(symbol))]
    if not candidates:
        return None  # nothing to compare with: the preview's contents are not folded for nothing
    new = {fold(t.parsed.content) for t in preview.tasks if not t.is_heading and t.parsed.content.strip()}
    if len(new) < 2:
        return None
    best: tuple[float, Plan] | None = None
    for plan in candidates:
        old = {fold(t.content) for t in ctx.tasks.by_plan(plan.id)}
        share = len(new & old) / len(new)
        if share >= SAME_TABLE_SHARE and (best is None or share > best[0]):
            best = (share, plan)
    return best[1] if best else None


def import_plan(ctx: AppContext, preview: PlanPreview, details: PlanDetails) -> ImportResult:
    """Store the previewed plan in one transaction; a known plan is updated in place."""
    # never a placeholder: the title is what the document or the officer gave (the file name is not a title)
    plan = Plan(title=details.title.strip(), year=details.year, symbol=details.symbol.strip(),
                issued_on=details.issued_on, issuer=details.issuer.strip(), source_file=str(preview.source),
                source_sha256=preview.sha256)
    signatures = read_plan_signatures(ctx, preview.source)  # a signed PDF plan: verified before writing
    with ctx.db.atomic():
        existing = find_existing_plan(ctx, details, preview.sha256, preview)
        if existing is None:
            plan_id = ctx.plans.add(plan)
            _insert_all(ctx, plan_id, preview)
            store_plan_signatures(ctx, plan_id, signatures)
            return ImportResult(plan_id, reimport=False, created=sum(1 for _ in preview.tasks))
        plan_id = existing.id
        ctx.plans.update(replace(plan, id=plan_id))
        store_plan_signatures(ctx, plan_id, signatures)
        return _update_all(ctx, plan_id, preview)


def _insert_all(ctx: AppContext, plan_id: int, preview: PlanPreview) -> None:
    """All tasks in one bulk insert; a parent always comes earlier in ``preview.tasks`` than its children."""
    index: dict[str, int] = {}
    tasks: list[Task] = []
    parents: list[int | None] = []
    due: dict[Deadline, tuple[TaskDueDate, ...]] = {}  # tasks sharing a deadline share its (immutable) dates
    for position, item in enumerate(preview.tasks):
        fields = _task_fields(item, preview.plan_year)
        dates = due.get(item.deadline)
        if dates is None:
            dates = due[item.deadline] = _due_dates(item, preview.plan_year)
        tasks.append(Task(plan_id=plan_id, parent_id=None, position=position, role=item.role,
                          due_dates=dates, **fields))
        parents.append(index.get(item.parsed.parent or ""))
        index[item.parsed.number] = position
    ctx.tasks.add_many(tasks, parents)


def _update_all(ctx: AppContext, plan_id: int, preview: PlanPreview) -> ImportResult:
    """Matched by content and number (services/task_matching.py): progress never moves to another task."""
    from .task_matching import apply_reimport

    rows = [(item.parsed.number, item.parsed.parent, _task_fields(item, preview.plan_year),
             _due_dates(item, preview.plan_year), item.role) for item in preview.tasks]
    out = apply_reimport(ctx, plan_id, rows)
    return ImportResult(plan_id, reimport=True, created=out.created, updated=out.updated, unchanged=out.unchanged,
                        missing_in_source=out.missing, conflicts=out.conflicts)
