"""The data of a periodic report: tasks of the plans, TTHC cuts and biểu 06 figures for one period.

``gather_report_data`` reads the tasks itself (``store.task_query``, statuses as of the cut-off
end) and takes the catalogue and biểu 06 rows from the caller (``ReportSources``), who may not
have them yet: a missing source gives ``available: False`` and the sections say "Chưa có số
liệu" instead of failing.

The result gives (1) the Jinja context of the narrative sections, (2) the rows of the three
appendix forms (plan progress, biểu 06, cuts) and (3) a flat dict of key figures, kept with
each report so that the next period can list what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.form06 import (
    COLUMN_LABELS,
    Form06Row,
    rates_of,
    total_row,
    validate_row,
)
from ..domain.periods import Period
from ..domain.procedures import Procedure
from ..domain.reductions import CutsReport, cuts_report, format_pct, meets_label, round_pct
from ..domain.status import Status
from ..store.task_query import TaskFilter, fetch_all, is_heading, status_counts

if TYPE_CHECKING:
    from ..store.sqlite_db import Database

NO_DATA = "Chưa có số liệu"
# Order of the status lines in the report.
STATUS_ORDER = (Status.DONE_ON_TIME, Status.DONE_LATE, Status.IN_PROGRESS, Status.OVERDUE, Status.NOT_DUE,
                Status.CONTINUOUS, Status.NEEDS_DATE)
MAX_LISTED = 60  # longer lists are cut in the narrative (the appendix has them all)
TOP_SHORTFALLS = 5  # procedures short of target named in the body; Phụ lục III lists every one


@dataclass(frozen=True)
class ReportSources:
    """What the caller (the service) supplies besides the database."""

    unit_name: str
    latest_note: Callable[[int], str] = lambda _task_id: ""  # newest progress note of a task
    procedures: Sequence[Procedure] | None = None  # None: no catalogue yet
    form06_rows: Sequence[Form06Row] | None = None  # None: no figures for the period
    targets: Mapping[int, Decimal] = field(default_factory=dict)  # overrides of the NQ 66 targets
    roles: tuple[str, ...] = ("lead", "coordinating")  # tasks of the unit; falls back to all
    progress_scope: str = "period"  # plan-progress appendix: "period" (due or active in it) or "all"
    window: tuple[date, date] | None = None  # the data window; None: the period's default cut-off


@dataclass(frozen=True)
class Figure:
    label: str
    value: Any  # int, str or None


@dataclass(frozen=True)
class ReportData:
    period: Period
    window: tuple[date, date]
    unit_name: str
    plans: list[dict[str, Any]]
    tasks: dict[str, Any]
    cuts: dict[str, Any]
    case_files: dict[str, Any]
    progress_rows: list[dict[str, Any]]
    form06_rows: list[dict[str, Any]]
    cuts_rows: list[dict[str, Any]]
    figures: dict[str, Figure]

    def context(self, fields: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Names the Jinja section texts may use."""
        start, end = self.window
        return {
            "period": {
                "key": str(self.period),
                "kind": self.period.kind.value,
                "year": self.period.year,
                "label": self.period.label_vi,
                "label_lower": self.period.label_vi[:1].lower() + self.period.label_vi[1:],
                "start": start,
                "end": end,
            },
            "unit": {"name": self.unit_name},
            "plans": self.plans,
            "tasks": self.tasks,
            "cuts": self.cuts,
            "case_files": self.case_files,
            "fields": dict(fields or {}),
        }

    def figure_values(self) -> dict[str, Any]:
        """{key: value} for storing with the report."""
        return {k: f.value for k, f in self.figures.items()}


def _iso(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _plan_reference(symbol: str, issued_on: str | None, issuer: str, title: str) -> str:
    text = f"Kế hoạch số {symbol}" if symbol else f"Kế hoạch “{title}”"
    if issued_on:
        text += f" ngày {_iso(issued_on):%d/%m/%Y}"
    if issuer:
        text += f" của {issuer}"
    return text


def _plans(db: Database, plan_ids: set[int]) -> list[dict[str, Any]]:
    out = []
    for row in db.rows_where("plans", order_by="id"):
        if row["id"] in plan_ids:
            out.append({
                "id": row["id"], "symbol": row["symbol"] or "", "title": row["title"],
                "reference": _plan_reference(row["symbol"] or "", row["issued_on"], row["issuer"] or "", row["title"]),
            })
    return out


def _task_rows(db: Database, end: date, roles: tuple[str, ...]) -> tuple[list[dict], TaskFilter]:
    """Every row of the plans (headings included) that concerns the unit, statuses as of *end*.

    Tasks are those of *roles*; when the unit has none (its role is unknown), every task. Heading
    rows (sections, groups) are kept when a task under them is.
    """
    flt = TaskFilter(today=end, include_sections=True)
    rows = list(fetch_all(db, flt))
    if any(not is_heading(r) and r["role"] in roles for r in rows):
        flt = flt.with_(roles=roles)
        kept = [r for r in rows if not is_heading(r) and r["role"] in roles]
        prefixes = {(r["plan_id"], ".".join(r["number"].split(".")[:n]))
                    for r in kept for n in range(1, r["number"].count(".") + 1)}
        rows = [r for r in rows if (not is_heading(r) and r["role"] in roles)
                or (is_heading(r) and (r["plan_id"], r["number"]) in prefixes)]
    return rows, flt


def _gather_tasks(db: Database, period: Period, sources: ReportSources):
    start, end = sources.window or period.cutoff()
    rows, flt = _task_rows(db, end, sources.roles)
    counts = status_counts(db, flt.with_(include_sections=False))
    tasks = [r for r in rows if not is_heading(r)]
    completed, overdue = [], []
    for r in tasks:
        done = _iso(r["completed_on"])
        due = _iso(r["next_due"])
        if done and start <= done <= end:
            completed.append({
                "number": r["number"], "content": r["content"], "plan": r["plan_symbol"] or "",
                "outcome": (r["outcome"] or "").strip().rstrip(".") or "đã hoàn thành",
                "completed_on": done, "late": r["status"] == Status.DONE_LATE.value, "due": due or done,
            })
        elif r["status"] == Status.OVERDUE.value:
            note = (sources.latest_note(r["id"]) or "").strip().rstrip(".")
            percent = r["percent"]
            progress = f"đã thực hiện được {percent}%" if percent else ("đang thực hiện" if r["n_updates"] else
                                                                           "chưa triển khai")
            overdue.append({
                "number": r["number"], "content": r["content"], "due": due, "progress": progress,
                "reason": note, "lead": r["lead_text"] or "",
            })
    scope = "" if not flt.roles else " do đơn vị chủ trì hoặc phối hợp thực hiện"
    status_list = [{"key": s.value, "label": s.label_vi, "count": counts[s]} for s in STATUS_ORDER if counts[s]]
    total = sum(counts.values())
    summary = {
        "total": total,
        "scope_text": scope,
        "counts": {s.value: counts[s] for s in Status},
        "status_list": status_list,
        "done": counts[Status.DONE_ON_TIME] + counts[Status.DONE_LATE],
        "completed": completed[:MAX_LISTED],
        "completed_count": len(completed),
        "overdue": overdue[:MAX_LISTED],
        "overdue_count": len(overdue),
    }
    plans = _plans(db, {r["plan_id"] for r in rows})
    listed = rows if sources.progress_scope == "all" else _in_period(rows, start, end)
    return summary, _progress_rows(listed, len(plans) > 1), plans


def _active_in(r: dict, start: date, end: date) -> bool:
    """Done in the period, or open during it and due by its end, overdue, continuous or under way."""
    done = _iso(r["completed_on"])
    if done is not None:
        return start <= done <= end
    due = _iso(r["next_due"])
    return (due is not None and due <= end) or r["status"] in (Status.OVERDUE.value, "continuous") \
        or bool(r["n_updates"])


def _in_period(rows: list[dict], start: date, end: date) -> list[dict]:
    """The appendix lists the period's tasks (issue 18 "scale": not every task of every plan); the
    headings above a listed task stay."""
    kept = [r for r in rows if not is_heading(r) and _active_in(r, start, end)]
    prefixes = {(r["plan_id"], ".".join(r["number"].split(".")[:n]))
                for r in kept for n in range(1, r["number"].count(".") + 1)}
    ids = {r["id"] for r in kept}
    return [r for r in rows if r["id"] in ids or (is_heading(r) and (r["plan_id"], r["number"]) in prefixes)]


def _progress_rows(rows: list[dict], many_plans: bool) -> list[dict[str, Any]]:
    """Rows for the plan_progress form, grouped by the plan's sections (I, II, …)."""
    section_names: dict[tuple[int, str], str] = {}
    for r in rows:
        if r["is_section"]:
            name = r["content"].strip()
            section_names[(r["plan_id"], r["number"])] = f"{name} ({r['plan_symbol']})" if many_plans and r[
                "plan_symbol"] else name
    out = []
    for r in rows:
        if r["is_section"]:
            continue
        top = r["number"].split(".")[0]
        section = section_names.get((r["plan_id"], top), "")
        heading = is_heading(r)
        status = "" if heading else Status(r["status"]).label_vi
        result = (r["outcome"] or "").strip()
        if not heading and not result and r["completed_on"]:
            result = f"Hoàn thành ngày {_iso(r['completed_on']):%d/%m/%Y}"
        out.append({
            "section": section or "Nhiệm vụ",
            "c1": r["number"],
            "c2": r["content"],
            "c3": r["lead_text"] or "",
            "c4": r["coordinating_text"] or "",
            "c5": r["deadline_text"] or "",
            "c6": result,
            "c7": status,
        })
    return out


def _gather_cuts(period: Period, sources: ReportSources):
    if sources.procedures is None or not sources.procedures:
        return {"available": False, "year": period.year}, [], {}
    report = cuts_report(list(sources.procedures), period.year, sources.targets)
    procs, year, target, short = report.procedures, report.year, report.target, report.shortfalls
    time_total, cost_total = report.simple.time, report.simple.cost
    rows = cuts_form_rows(report)
    missing = sum(a.meets_target is None and (a.time.value is None or a.cost.value is None)
                  for a in report.assessments)
    short_codes = sorted({s.code for s in short})
    cuts = {
        "available": True,
        "year": year,
        "count": len(procs),
        "target_pct": format_pct(target) if target is not None else "",
        "time_pct": format_pct(time_total.value) if time_total.value is not None else NO_DATA.lower(),
        "cost_pct": format_pct(cost_total.value) if cost_total.value is not None else NO_DATA.lower(),
        "shortfalls": _top_shortfalls(short),
        "shortfall_count": len(short_codes),
        "shortfalls_more": max(len(short_codes) - TOP_SHORTFALLS, 0),
        "missing_count": missing,
    }
    figures = {
        "cuts.count": Figure("Số TTHC trong danh mục", len(procs)),
        "cuts.time_pct": Figure("Tỷ lệ cắt giảm thời gian", _pct_value(time_total.value)),
        "cuts.cost_pct": Figure("Tỷ lệ cắt giảm chi phí", _pct_value(cost_total.value)),
        "cuts.shortfalls": Figure("Số TTHC chưa đạt chỉ tiêu", len(short_codes)),
    }
    return cuts, rows, figures


def cuts_form_rows(report: CutsReport) -> list[dict[str, Any]]:
    """The rows of the cuts form (tthc_cuts): the report's appendix and the cuts tab's Excel export."""
    return [{
        "c2": p.code, "c3": p.name, "c4": p.field,
        "c5": p.baseline_days, "c6": p.current_days, "c8": p.baseline_cost, "c9": p.current_cost,
        "c11": meets_label(a.meets_target),
    } for p, a in zip(report.procedures, report.assessments, strict=True)]


def _top_shortfalls(short: list) -> list[dict[str, Any]]:
    """The procedures furthest from the target (both kinds in one line), most missing points first: the
    body names a few, Phụ lục III lists them all (62 of them filled 10 pages of the body)."""
    by_code: dict[str, list] = {}
    for s in short:
        by_code.setdefault(s.code, []).append(s)

    def gap(items: list) -> Decimal:
        # an unknown cut (2024 value 0) counts as the furthest away
        return max((s.missing_points if s.missing_points is not None else Decimal(100)) for s in items)

    ranked = sorted(by_code.values(), key=lambda items: (-gap(items), items[0].code))[:TOP_SHORTFALLS]
    return [{"code": items[0].code, "name": items[0].name, "message": "; ".join(s.message for s in items)}
            for items in ranked]


def _pct_value(value: Decimal | None) -> str | None:
    return format_pct(round_pct(value)) if value is not None else None


_ROW_FIELDS = ("received_total", "received_online", "received_direct", "carried_over", "resolved_total",
               "resolved_early", "resolved_on_time", "resolved_late", "pending_total", "pending_in_time",
               "pending_overdue")


def _gather_form06(sources: ReportSources):
    if not sources.form06_rows:
        return {"available": False}, [], {}
    rows = list(sources.form06_rows)
    total = total_row(rows)
    errors = []
    for r in rows:
        for e in validate_row(r):
            where = f"{r.field}{' — ' + r.level if r.level else ''}"
            errors.append(f"{where}: {e.message}")
    rates = rates_of(total)
    on_time, online = rates.on_time, rates.online
    case_files = {
        "available": True,
        "total": {name: getattr(total, name) for name in _ROW_FIELDS},
        "on_time_rate": format_pct(on_time.value) if on_time.value is not None else NO_DATA.lower(),
        "online_rate": format_pct(online.value) if online.value is not None else NO_DATA.lower(),
        "overdue": rates.overdue,
        "errors": errors,
    }
    form_rows = [
        {"field": r.field, "level": r.level or r.field, **{f"c{n}": r.col(n) for n in range(3, 14)}} for r in rows
    ]
    figures = {f"form06.c{n}": Figure(f"Biểu 06, cột {n} ({COLUMN_LABELS[n]})", total.col(n)) for n in range(3, 14)}
    figures["form06.on_time_rate"] = Figure("Tỷ lệ giải quyết đúng hạn", _pct_value(on_time.value))
    figures["form06.online_rate"] = Figure("Tỷ lệ tiếp nhận trực tuyến", _pct_value(online.value))
    return case_files, form_rows, figures


def gather_report_data(db: Database, period: Period, sources: ReportSources) -> ReportData:
    tasks, progress, plans = _gather_tasks(db, period, sources)
    cuts, cuts_rows, cut_figures = _gather_cuts(period, sources)
    case_files, form06_rows, form06_figures = _gather_form06(sources)
    figures = {
        "tasks.total": Figure("Tổng số nhiệm vụ theo dõi", tasks["total"]),
        **{f"tasks.{s.value}": Figure(f"Nhiệm vụ {s.label_vi.lower()}", tasks["counts"][s.value])
           for s in STATUS_ORDER},
        "tasks.completed_in_period": Figure("Nhiệm vụ hoàn thành trong kỳ", tasks["completed_count"]),
        **cut_figures,
        **form06_figures,
    }
    return ReportData(
        period=period, window=sources.window or period.cutoff(), unit_name=sources.unit_name, plans=plans, tasks=tasks,
        cuts=cuts, case_files=case_files, progress_rows=progress, form06_rows=form06_rows, cuts_rows=cuts_rows,
        figures=figures,
    )


@dataclass(frozen=True)
class FigureChange:
    key: str
    label: str
    old: Any
    new: Any


def changed_figures(previous: Mapping[str, Any], current: ReportData) -> list[FigureChange]:
    """Figures that differ from the previous period's (new figures count as changed from "—")."""
    out = []
    for key, fig in current.figures.items():
        old = previous.get(key)
        if old != fig.value:
            out.append(FigureChange(key, fig.label, old, fig.value))
    return out
