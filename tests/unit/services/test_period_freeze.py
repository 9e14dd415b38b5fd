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
    assert any(d.where == f"Biểu 06 {field} – {rows[0].level}, cột c3" and d.now == d.frozen + 7 for d in diffs), diffs
    assert any(d.where.startswith("Số liệu: ") for d in diffs)  # the narrative's totals moved too
    assert freezes.frozen_form06(Q3) == rows  # the province's form is filled from the frozen rows
    freezes.freeze(Q3)  # re-freeze: the new figures become the set
    assert freezes.differences(Q3) == [] and reports.gather(Q3) == reports.gather(Q3, live=True)
    assert freezes.unfreeze(Q3) and freezes.info(Q3) is None
