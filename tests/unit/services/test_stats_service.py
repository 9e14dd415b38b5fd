"""Biểu 06 service: save per period (one transaction), checks per cell, rates, carry-forward, JSON."""

from __future__ import annotations

import pytest

from tthc_desktop.domain.form06 import Form06Row
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services.stats_service import (
    StatsService,
    apply_carry_forward,
    summarize,
    summary_json,
    validate_rows,
)

HO_TICH = Form06Row.from_columns("Hộ tịch", "xã", [120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5])
DAT_DAI = Form06Row.from_columns("Đất đai", "huyện", [60, 0, 55, 5, 40, 5, 30, 5, 15, 10, 5])  # 3 ≠ 7 + 11


@pytest.fixture
def service(ctx):
    return StatsService(ctx)


def test_save_and_summary(service, ctx):
    events = []
    ctx.events.subscribe("stats_changed", lambda **d: events.append(d))
    assert service.save("2025-Q3", [HO_TICH, DAT_DAI]) == (2, 0, 0)
    assert events == [{"period": "2025-Q3"}]
    summary = service.summary("2025-Q3")
    assert summary.rows == [HO_TICH, DAT_DAI]
    assert summary.total.columns() == (180, 50, 117, 13, 140, 15, 110, 15, 35, 25, 10)
    # (10 + 80 + 5 + 30) / 140 = 89,28… %; 50 / 180 = 27,77… %; 10 + 5 + 5 + 5 = 25 overdue
    data = summary_json(summary)
    assert data["rates"] == {"on_time": {"pct": 89.3, "reason": None}, "online": {"pct": 27.8, "reason": None},
                             "overdue": 25}
    assert data["from"] == "2025-06-15" and data["to"] == "2025-09-14"
    assert data["errors"] == [{"row": 2, "field": "Đất đai", "level": "huyện", "column": 3, "rule": "3=7+11",
                               "message": "Cột 3 (Tổng số nhận giải quyết = 60) phải bằng cột 7 + 11 (= 55)"}]
    assert [p.label_vi for p in service.periods()] == ["Quý III năm 2025"]


def test_empty_period_rates_say_why(service):
    data = summary_json(service.summary("2025-Q4"))
    assert data["rows"] == [] and data["rates"]["on_time"]["pct"] is None
    assert "cột 7 = 0" in data["rates"]["on_time"]["reason"]
    assert "cột 3 = 0" in data["rates"]["online"]["reason"]


def test_validate_rows_flags_missing_field_and_duplicates():
    errors = validate_rows([HO_TICH, Form06Row("", "xã"), HO_TICH])
    assert [(e.index, e.error.column, e.error.rule) for e in errors] == [(1, 2, "field"), (2, 2, "duplicate")]
    assert errors[1].message == "Dòng 3 (Hộ tịch – cấp xã): Trùng lĩnh vực và cấp với dòng 1: hãy gộp thành một dòng"


def test_carry_forward_from_previous_period(service):
    service.save("2025-Q2", [
        Form06Row.from_columns("Hộ tịch", "xã", [30, 10, 20, 0, 22, 2, 20, 0, 8, 8, 0]),
        Form06Row.from_columns("Chứng thực", "xã", [5, 0, 5, 0, 4, 0, 4, 0, 1, 0, 1]),
    ])
    previous, carried = service.carried_from_previous(parse_period("2025-Q3"))
    assert str(previous) == "2025-Q2"
    assert carried == {("Hộ tịch", "xã"): 8, ("Chứng thực", "xã"): 1}
    consistent = Form06Row.from_columns("Hộ tịch", "xã", [112, 50, 62, 0, 100, 10, 80, 10, 12, 10, 2])
    typed = Form06Row.from_columns("Đất đai", "huyện", [60, 0, 55, 0, 40, 5, 30, 5, 15, 10, 5])
    rows, changed = apply_carry_forward([consistent, typed], carried | {("Đất đai", "huyện"): 3})
    assert changed == 3
    assert rows[0].carried_over == 8 and rows[0].received_total == 120  # 3 follows 4 + 5 + 6
    assert rows[1].carried_over == 3 and rows[1].received_total == 60  # typed total left alone: now flagged
    assert rows[2] == Form06Row("Chứng thực", "xã", received_total=1, carried_over=1)
    # the carried files must still be shown as resolved or in progress: the checks say where
    assert [(e.index, e.error.rule) for e in summarize(parse_period("2025-Q3"), rows).errors] == [
        (0, "3=7+11"), (1, "3=4+5+6"), (1, "3=7+11"), (2, "3=7+11")]


def test_first_quarter_carries_from_last_years_fourth(service):
    service.save("2024-Q4", [Form06Row.from_columns("Hộ tịch", "xã", [3, 0, 3, 0, 1, 0, 1, 0, 2, 2, 0])])
    previous, carried = service.carried_from_previous("2025-Q1")
    assert str(previous) == "2024-Q4" and carried == {("Hộ tịch", "xã"): 2}


@pytest.mark.parametrize(("typed", "expected"), [
    ("1.500", 1500), ("", 0), ("  12 ", 12), ("-3", -3), (7, 7), ("1,5", None), ("abc", None), (True, None),
])
def test_whole_number_reads_a_typed_figure(typed, expected):
    from tthc_desktop.services.stats_service import whole_number

    assert whole_number(typed) == expected
