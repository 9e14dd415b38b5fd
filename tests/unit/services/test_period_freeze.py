"""One set of period figures: a frozen period's report data comes back exactly; later changes show as
differences (never silently); reports and the province's form use the frozen set until re-frozen."""

from __future__ import annotations

import report_fixtures as fx

from tthc_desktop.domain.form06 import Form06Row
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services.period_freeze import PeriodFreezeService, decode, encode
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.services.stats_service import StatsService

Q3 = parse_period("2025-Q3")


def test_snapshot_round_trips_the_whole_report_data(ctx, appendix_text):
    fx.seed(ctx, appendix_text)
    live = ReportService(ctx).gather(Q3)
    assert decode(encode(live)) == live


def test_a_frozen_period_keeps_its_figures_and_shows_later_changes(ctx, appendix_text):
    fx.seed(ctx, appendix_text)
    reports, freezes, stats = ReportService(ctx), PeriodFreezeService(ctx), StatsService(ctx)
    before = reports.gather(Q3)
    record = freezes.freeze(Q3)
    assert record.period == "2025-Q3" and len(record.sha256) == 64 and freezes.differences(Q3) == []
    rows = stats.rows(Q3)
    changed = [Form06Row.from_columns(r.field, r.level, [r.received_total + 7, *r.columns()[1:]]) if i == 0 else r
               for i, r in enumerate(rows)]
    stats.save(Q3, changed)
    assert reports.gather(Q3) == before  # the report keeps the frozen set
    assert reports.gather(Q3, live=True) != before
    diffs = freezes.differences(Q3)
    field = rows[0].field
    assert any(d.where == f"Biểu 06 {field} – {rows[0].level}, cột 3 (tổng số nhận giải quyết)" and d.now == d.frozen + 7 for d in diffs), diffs
    assert any(d.where.startswith("Số liệu: ") for d in diffs)  # the narrative's totals moved too
    assert freezes.frozen_form06(Q3) == rows  # the province's form is filled from the frozen rows
    freezes.freeze(Q3)  # re-freeze: the new figures become the set
    assert freezes.differences(Q3) == [] and reports.gather(Q3) == reports.gather(Q3, live=True)
    assert freezes.unfreeze(Q3) and freezes.info(Q3) is None


def _docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_a_task_changed_after_the_freeze_leaves_the_built_report_as_frozen(ctx, appendix_text, tmp_path):
    from datetime import date

    from tthc_desktop.services import task_edit
    from tthc_desktop.services.period_freeze import period_figures

    plan_id = fx.seed(ctx, appendix_text)
    reports, freezes = ReportService(ctx), PeriodFreezeService(ctx)
    draft = reports.create(Q3, today=date(2025, 9, 16))
    freezes.freeze(Q3)
    before = _docx_text(reports.build_docx(reports.open(draft.report_id), tmp_path / "before.docx", strict=False))
    task = next(t for t in ctx.tasks.by_plan(plan_id) if t.number == "II.2.1")  # in progress in Q3
    task_edit.mark_done(ctx, task.id, date(2025, 9, 10), "Đã trình UBND tỉnh phương án")
    live = reports.gather(Q3, live=True)
    assert live != freezes.frozen(Q3)  # the task moved the period's figures
    reopened = reports.open(draft.report_id)
    assert reopened.data == freezes.frozen(Q3)  # the report reads the frozen set
    assert _docx_text(reports.build_docx(reopened, tmp_path / "after.docx", strict=False)) == before
    figures = period_figures(ctx, Q3)  # the one reading every report, form and letter goes through
    assert figures.freeze is not None and figures.data == reopened.data and figures.form06 == StatsService(ctx).rows(Q3)
    diffs = freezes.differences(Q3)
    assert any(d.where.startswith("Nhiệm vụ II.2.1") for d in diffs), [d.where for d in diffs]
    assert any(d.where == "Nhiệm vụ II.2.1, tình trạng" and d.now == "Hoàn thành đúng hạn" for d in diffs)
    freezes.freeze(Q3)  # re-frozen: the report follows the task
    refrozen = reports.open(draft.report_id)
    assert refrozen.data == live
    assert _docx_text(reports.build_docx(refrozen, tmp_path / "refrozen.docx", strict=False)) != before
    freezes.unfreeze(Q3)
    assert period_figures(ctx, Q3).freeze is None and period_figures(ctx, Q3).data == live


def test_shown_values_read_like_the_report():
    from decimal import Decimal

    from tthc_desktop.services.period_freeze import shown_value

    assert [shown_value(v) for v in (None, 1234, Decimal("95.50"), 12.0, "Đang thực hiện")] == \
        ["—", "1.234", "95,5", "12", "Đang thực hiện"]
