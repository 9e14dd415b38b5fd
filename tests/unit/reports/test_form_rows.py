"""Row layout of a form: group headings and numbering, subtotals, the total row, computed cells."""

from __future__ import annotations

from decimal import Decimal

import form_samples as samples

from tthc_desktop.reports.form_rows import layout_rows, roman
from tthc_desktop.reports.forms import load_form


def test_bieu_06_groups_by_field_with_level_rows_and_totals():
    form = load_form("bieu_06_vpcp_kstt")
    data = samples.form06_rows()
    laid = layout_rows(form, data)
    assert [r.kind for r in laid] == ["group", "data", "data"] * 5 + ["total"]
    assert [(r.values["c1"], r.values["c2"]) for r in laid[:3]] == [("1", "Hộ tịch"), ("-", "Cấp tỉnh"), ("-", "Cấp xã")]
    assert laid[12].values["c1"] == "5" and laid[12].values["c2"] == "Đăng ký kinh doanh"
    assert laid[0].sum_of == (1, 2)
    assert laid[-1].sum_of == (0, 3, 6, 9, 12) and laid[-1].values["c2"] == "Tổng cộng"
    for key in [f"c{n}" for n in range(3, 14)]:
        assert laid[0].values[key] == data[0][key] + data[1][key]
        assert laid[-1].values[key] == sum(row[key] for row in data)
    for row in laid:  # the sums keep the form's checks
        assert form.evaluate_validations(row.values) == []


def test_rows_of_one_field_given_apart_are_gathered_in_first_appearance_order():
    form = load_form("bieu_06_vpcp_kstt")
    data = samples.form06_rows()
    shuffled = [data[2], data[0], data[3], data[1]]
    laid = layout_rows(form, shuffled)
    assert [r.values["c2"] for r in laid] == ["Chứng thực", "Cấp tỉnh", "Cấp xã", "Hộ tịch", "Cấp tỉnh", "Cấp xã", "Tổng cộng"]


def test_plan_progress_sections_roman_and_task_numbers_restart():
    form = load_form("plan_progress")
    rows = samples.plan_rows() + [dict(c1="II.3.1", c2="Nhiệm vụ có số riêng")]  # no section, own number
    laid = layout_rows(form, rows)
    assert [(r.kind, r.values["c1"]) for r in laid] == [
        ("group", "I"), ("data", "1"), ("data", "2"), ("group", "II"), ("data", "1"), ("data", "II.3.1"),
    ]  # fmt: skip
    assert laid[0].sum_of == () and "c6" not in laid[0].values


def test_cuts_total_row_rates_are_rates_of_the_sums():
    form = load_form("tthc_cuts")
    laid = layout_rows(form, samples.cuts_rows())
    total = laid[-1]
    assert total.kind == "total" and total.values["c3"] == "Tổng cộng"
    assert total.values["c5"] == 43 and total.values["c6"] == Decimal("33.5")
    assert total.values["c7"] == (Decimal(43) - Decimal("33.5")) / 43
    assert total.values["c10"] == Decimal(60_000) / Decimal(1_700_000)
    assert laid[1].values["c10"] is None  # no baseline cost: no rate
    assert laid[0].values["c7"] == Decimal("0.35")


def test_roman():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 1990)] == ["I", "IV", "IX", "XIV", "XL", "MCMXC"]
