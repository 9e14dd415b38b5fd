"""Issue 18 leftovers: a task a re-import no longer found ("không còn trong kế hoạch mới") counts nowhere:
not in the overview, the Tasks page's counts, the reminders, the report figures, lists and appendix; it is
still listed under its own filter."""

from __future__ import annotations

from datetime import date

from tthc_desktop.domain.periods import PeriodKind, period_for_date
from tthc_desktop.domain.status import Status
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.reports.report_data import ReportSources, gather_report_data
from tthc_desktop.services import dashboard_data
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.store.task_query import TaskFilter, count_tasks, deadline_counts, fetch_all, status_counts

DETAILS = PlanDetails(title="Kế hoạch kiểm soát TTHC", year=2025, symbol="165/KH-UBND",
                      issued_on=date(2025, 4, 14), issuer="UBND tỉnh")
TODAY = date(2025, 6, 10)  # after the removed task's deadline (25/4/2025): it is overdue
GONE = "1.2\tThẩm tra dự thảo quyết định, trình Chủ tịch UBND tỉnh công bố"


def _import(ctx, text, tmp_path, name):
    preview = build_preview(tmp_path / name, read_text_table(text)[0], plan_year=2025, unit=ctx.units.own_unit(),
                            sha256=name)
    return import_plan(ctx, preview, DETAILS)


def _figures(ctx):
    db = ctx.db
    roles = dashboard_data.scope_roles(db)
    flt = TaskFilter(roles=roles, today=TODAY)  # what the Tasks page, the overview and the reminders ask
    dash = dashboard_data.collect(db, TODAY)
    report = gather_report_data(db, period_for_date(PeriodKind.QUARTERLY, TODAY),
                                ReportSources(unit_name="Văn phòng UBND tỉnh"))
    return {
        "tasks page shown": count_tasks(db, flt),
        "tasks page total": count_tasks(db, TaskFilter(today=TODAY)),
        "tasks page overdue": count_tasks(db, flt.with_(overdue_only=True)),
        "status counts": sum(status_counts(db, flt).values()),
        "overdue status": status_counts(db, flt)[Status.OVERDUE],
        "reminders overdue": deadline_counts(db, flt, 7)[0],
        "overview total": dash.total,
        "overview year": sum(dash.year_counts.values()),
        "overview overdue list": dash.overdue_total,
        "overview plan bars": sum(p.total for p in dash.plans),
        "overview chart due": dash.months[-1].due if dash.months else 0,
        "report total": report.figures["tasks.total"].value,
        "report overdue": report.figures["tasks.overdue"].value,
        "report overdue list": report.tasks["overdue_count"],
        "report appendix": len([r for r in report.progress_rows if r["c7"]]),  # task rows (headings: no status)
        "search": count_tasks(db, flt.with_(search="tham tra du thao")),
    }


def test_a_task_no_longer_in_the_plan_drops_out_of_every_count(ctx, appendix_text, tmp_path):
    assert GONE in appendix_text
    first = _import(ctx, appendix_text, tmp_path, "kh.txt")
    (gone,) = [t for t in ctx.tasks.by_plan(first.plan_id) if t.number == "III.1.2"]
    before = _figures(ctx)
    lines = [line for line in appendix_text.splitlines() if not line.startswith(GONE)]
    again = _import(ctx, "\n".join(lines), tmp_path, "kh-moi.txt")
    assert again.missing_in_source == ["III.1.2"]
    after = _figures(ctx)
    assert before["overdue status"] >= 1  # the removed task was overdue and in the unit's scope
    assert {k: before[k] - after[k] for k in before} == {k: 1 for k in before}, (before, after)

    # Nothing is lost: the task is listed under "Không còn trong kế hoạch mới", and only there.
    listed = list(fetch_all(ctx.db, TaskFilter(today=TODAY, removed="only")))
    assert [r["id"] for r in listed] == [gone.id] and listed[0]["removed_on"]
    assert gone.id not in {r["id"] for r in fetch_all(ctx.db, TaskFilter(today=TODAY))}
    assert gone.id in {r["id"] for r in fetch_all(ctx.db, TaskFilter(today=TODAY, removed="include"))}
    assert count_tasks(ctx.db, TaskFilter(today=TODAY, removed="only", search="tham tra du thao")) == 1


def test_the_command_line_lists_them_with_removed_only(ctx, appendix_text, tmp_path):
    import argparse

    from tthc_desktop.commands import tasks_cmd

    _import(ctx, appendix_text, tmp_path, "kh.txt")
    _import(ctx, "\n".join(line for line in appendix_text.splitlines() if not line.startswith(GONE)), tmp_path,
            "kh-moi.txt")
    parser = argparse.ArgumentParser()
    tasks_cmd.register(parser.add_subparsers())
    listed = {name: [r["number"] for r in fetch_all(ctx.db, tasks_cmd.build_filter(parser.parse_args(
        ["tasks", "--today", "10/06/2025", *extra])))] for name, extra in
        (("default", []), ("only", ["--removed", "only"]), ("include", ["--removed", "include"]))}
    assert listed["only"] == ["III.1.2"] and "III.1.2" not in listed["default"]
    assert len(listed["include"]) == len(listed["default"]) + 1
