"""Hand-computed checks of the NQ 66 cut formulas, unit totals, targets and shortfalls."""

from decimal import Decimal as D

import pytest

from tthc_desktop.domain.procedures import DaysKind, Procedure
from tthc_desktop.domain.reductions import (
    REASON_NO_BASELINE,
    REASON_NO_CURRENT,
    REASON_NO_DATA,
    REASON_NO_VOLUME,
    REASON_ZERO_COST,
    REASON_ZERO_TIME,
    CutKind,
    CutStatus,
    Exclusion,
    assess,
    cost_cut,
    cut_pct,
    format_number,
    format_pct,
    format_vnd,
    round_pct,
    shortfalls,
    target_for_year,
    time_cut,
    unit_total,
)

# Fixture catalogue, figures chosen so every total below can be checked by hand.
P1 = Procedure("1.001766", "Đăng ký khai sinh", baseline_days=D(15), current_days=D(10),
               baseline_cost=1_000_000, current_cost=600_000, yearly_volume=100)
P2 = Procedure("1.001193", "Đăng ký kết hôn", baseline_days=D(30), current_days=D(21),
               baseline_cost=500_000, current_cost=500_000, yearly_volume=10)
P3 = Procedure("2.000908", "Chứng thực bản sao từ bản chính", baseline_days=D(7), current_days=D(7),
               baseline_cost_not_regulated=True, current_cost_not_regulated=True)
P4 = Procedure("1.000894", "Cấp phiếu lý lịch tư pháp", current_days=D(5), yearly_volume=50)
P5 = Procedure("1.004227", "Cấp giấy phép xây dựng", baseline_days=D(10), current_days=D(6),
               baseline_cost=200_000, yearly_volume=0, days_kind=DaysKind.CALENDAR)
CATALOGUE = [P1, P2, P3, P4, P5]


# ---------------------------------------------------------------- per procedure


def test_cut_pct_exact_and_display():
    r = cut_pct(D(15), D(10))
    assert r.status is CutStatus.OK and r.reason is None
    assert r.value == D(5) * 100 / D(15)
    assert format_pct(r.value) == "33,3%"
    assert cut_pct(20, 14).value == D(30)
    assert cut_pct(D("0.5"), D("0.5")).value == D(0)


def test_cut_pct_increase_is_negative():
    assert cut_pct(10, 12).value == D(-20)
    assert format_pct(cut_pct(10, 12).value) == "-20,0%"


@pytest.mark.parametrize(
    ("baseline", "current", "kind", "reason", "status"),
    [
        (None, D(10), CutKind.TIME, REASON_NO_BASELINE, CutStatus.MISSING),
        (D(10), None, CutKind.TIME, REASON_NO_CURRENT, CutStatus.MISSING),
        (None, None, CutKind.COST, REASON_NO_DATA, CutStatus.MISSING),
        (0, 0, CutKind.COST, REASON_ZERO_COST, CutStatus.ZERO_BASELINE),
        (0, 50_000, CutKind.COST, REASON_ZERO_COST, CutStatus.ZERO_BASELINE),
        (D(0), D(0), CutKind.TIME, REASON_ZERO_TIME, CutStatus.ZERO_BASELINE),
    ],
)
def test_cut_pct_absent_with_reason(baseline, current, kind, reason, status):
    r = cut_pct(baseline, current, kind)
    assert r.value is None
    assert r.reason == reason
    assert r.status is status


def test_reason_texts():
    assert REASON_ZERO_COST == "Năm 2024 không quy định chi phí (0 đồng): không tính được tỷ lệ"
    assert REASON_NO_BASELINE == "Chưa có số liệu năm 2024"
    assert REASON_NO_CURRENT == "Chưa có số liệu hiện tại"


def test_cut_pct_rejects_negative():
    with pytest.raises(ValueError):
        cut_pct(-1, 0)


def test_procedure_cuts():
    assert time_cut(P1).value == D(100) / D(3)
    assert cost_cut(P1).value == D(40)
    assert cost_cut(P2).value == D(0)
    assert cost_cut(P3).reason == REASON_ZERO_COST
    assert time_cut(P4).reason == REASON_NO_BASELINE
    assert cost_cut(P4).reason == REASON_NO_DATA
    assert cost_cut(P5).reason == REASON_NO_CURRENT


def test_not_regulated_is_a_known_zero():
    assert P3.baseline_cost == 0 and P3.current_cost == 0
    assert Procedure("x", "y").baseline_cost is None  # not entered ≠ no cost
    with pytest.raises(ValueError, match="không quy định"):
        Procedure("x", "y", baseline_cost=5, baseline_cost_not_regulated=True)


def test_procedure_validation():
    assert Procedure("x", "y", baseline_days=15).baseline_days == D(15)
    with pytest.raises(TypeError):
        Procedure("x", "y", baseline_days=1.5)
    with pytest.raises(ValueError):
        Procedure("x", "y", current_cost=-1)
    with pytest.raises(ValueError, match="Thiếu mã TTHC"):
        Procedure("  ", "y")


# ---------------------------------------------------------------- unit totals


def test_time_total_simple():
    t = unit_total(CATALOGUE, CutKind.TIME)
    # P1+P2+P3+P5: (15+30+7+10 − (10+21+7+6)) / 62 = 18/62
    assert t.baseline_sum == D(62) and t.current_sum == D(44)
    assert t.value == D(18) * 100 / D(62)
    assert format_pct(t.value) == "29,0%"
    assert t.included == ("1.001766", "1.001193", "2.000908", "1.004227")
    assert t.excluded == (Exclusion("1.000894", REASON_NO_BASELINE),)
    assert t.mixed_day_kinds is True  # P5 counts calendar days


def test_time_total_weighted():
    t = unit_total(CATALOGUE, CutKind.TIME, weighted=True)
    # 100×15 + 10×30 + 0×10 = 1800 ; 100×10 + 10×21 + 0×6 = 1210 → 590/1800
    assert (t.baseline_sum, t.current_sum) == (D(1800), D(1210))
    assert t.value == D(590) * 100 / D(1800)
    assert format_pct(t.value) == "32,8%"
    assert t.included == ("1.001766", "1.001193", "1.004227")
    assert t.excluded == (
        Exclusion("2.000908", REASON_NO_VOLUME),
        Exclusion("1.000894", REASON_NO_BASELINE),
    )


def test_cost_total_simple_counts_known_zero():
    t = unit_total(CATALOGUE, CutKind.COST)
    # P1+P2+P3(0→0): (1 500 000 − 1 100 000) / 1 500 000
    assert (t.baseline_sum, t.current_sum) == (D(1_500_000), D(1_100_000))
    assert format_pct(t.value) == "26,7%"
    assert t.included == ("1.001766", "1.001193", "2.000908")
    assert t.excluded == (
        Exclusion("1.000894", REASON_NO_DATA),
        Exclusion("1.004227", REASON_NO_CURRENT),
    )
    assert t.mixed_day_kinds is False


def test_cost_total_weighted():
    t = unit_total(CATALOGUE, CutKind.COST, weighted=True)
    # 100×1 000 000 + 10×500 000 = 105 000 000 ; 100×600 000 + 10×500 000 = 65 000 000
    assert t.value == D(40_000_000) * 100 / D(105_000_000)
    assert format_pct(t.value) == "38,1%"


def test_totals_without_figures_say_why():
    free = [P3, Procedure("1.1", "Miễn phí", baseline_cost_not_regulated=True, current_cost=0)]
    t = unit_total(free, CutKind.COST)
    assert t.value is None
    assert t.reason == "Tổng số liệu năm 2024 bằng 0: không tính được tỷ lệ"
    empty = unit_total([P4], CutKind.COST)
    assert empty.value is None and empty.reason == "Không có thủ tục nào có đủ số liệu để tính"
    assert unit_total([], CutKind.TIME).included == ()


# ---------------------------------------------------------------- targets and shortfalls


def test_targets():
    assert target_for_year(2024) is None
    assert target_for_year(2025) == D(30)
    assert target_for_year(2026) == D(50)
    assert target_for_year(2027) == D(50)
    assert target_for_year(2025, {2025: D(35)}) == D(35)
    assert target_for_year(2026, {2025: D(35)}) == D(50)
    assert target_for_year(2024, {2024: D(10)}) == D(10)


def test_shortfalls_2025():
    s = shortfalls(CATALOGUE, 2025)
    assert [(x.code, x.kind) for x in s] == [("1.001193", CutKind.COST), ("2.000908", CutKind.TIME)]
    cost, time = s
    assert cost.missing_points == D(30) and cost.max_current == D(350_000) and cost.more_needed == D(150_000)
    assert cost.message == "Cần cắt giảm thêm 30,0% (150.000 đồng) chi phí tuân thủ để đạt chỉ tiêu 30,0%"
    assert time.cut == D(0) and time.max_current == D("4.9") and time.more_needed == D("2.1")
    assert time.message == "Cần cắt giảm thêm 30,0% (2,1 ngày) thời gian giải quyết để đạt chỉ tiêu 30,0%"


def test_shortfalls_2026():
    s = {(x.code, x.kind): x for x in shortfalls(CATALOGUE, 2026)}
    assert set(s) == {
        ("1.001766", CutKind.TIME), ("1.001766", CutKind.COST),
        ("1.001193", CutKind.TIME), ("1.001193", CutKind.COST),
        ("2.000908", CutKind.TIME), ("1.004227", CutKind.TIME),
    }
    p1t = s["1.001766", CutKind.TIME]
    assert p1t.missing_points == D(50) - D(100) / D(3)
    assert format_pct(p1t.missing_points) == "16,7%"
    assert (p1t.max_current, p1t.more_needed) == (D("7.5"), D("2.5"))
    assert s["1.001766", CutKind.COST].more_needed == D(100_000)
    assert s["1.001193", CutKind.TIME].more_needed == D(6)
    assert s["1.001193", CutKind.COST].more_needed == D(250_000)
    assert s["2.000908", CutKind.TIME].more_needed == D("3.5")
    assert s["1.004227", CutKind.TIME].missing_points == D(10)
    assert s["1.004227", CutKind.TIME].more_needed == D(1)


def test_shortfall_cost_rounds_up_to_whole_dong():
    p = Procedure("3.1", "Phí thẩm định", baseline_cost=333_333, current_cost=333_333)
    (s,) = shortfalls([p], 2025)
    assert s.max_current == D("233333.1")
    assert s.more_needed == D(100_000)  # 99 999,9 rounded up


def test_cost_appearing_since_2024_is_short():
    p = Procedure("3.2", "Thủ tục mới thu phí", baseline_cost_not_regulated=True, current_cost=50_000)
    (s,) = shortfalls([p], 2025)
    assert s.cut is None and s.missing_points is None and s.more_needed == D(50_000)
    assert s.message == "Cần cắt giảm thêm 50.000 đồng chi phí tuân thủ (năm 2024: 0 đồng)"
    assert assess(p, 2025).cost_meets is False


def test_no_target_no_shortfalls_and_override():
    assert shortfalls(CATALOGUE, 2024) == []
    assert [x.code for x in shortfalls([P1], 2025, {2025: D(35)})] == ["1.001766"]  # 33,3% < 35%


def test_assess():
    assert assess(P1, 2025).meets_target is True
    assert assess(P1, 2026).meets_target is False
    a2 = assess(P2, 2025)
    assert (a2.time_meets, a2.cost_meets, a2.meets_target) == (True, False, False)
    a3 = assess(P3, 2025)
    assert (a3.time_meets, a3.cost_meets) == (False, True)  # no cost to cut stays fine
    assert assess(P4, 2025).meets_target is None
    a5 = assess(P5, 2025)
    assert (a5.time_meets, a5.cost_meets, a5.meets_target) == (True, None, None)
    a = assess(P1, 2024)
    assert a.target is None and a.meets_target is None


# ---------------------------------------------------------------- display


@pytest.mark.parametrize(
    ("value", "text"),
    [(D("0.05"), "0,1%"), (D("2.25"), "2,3%"), (D("-0.04"), "0,0%"), (D(1234), "1.234,0%"), (None, "—")],
)
def test_format_pct_half_up(value, text):
    assert format_pct(value) == text


def test_round_pct():
    assert round_pct(D("29.05")) == D("29.1")
    assert round_pct(D(100) / D(3)) == D("33.3")


@pytest.mark.parametrize(
    ("amount", "text"),
    [(0, "0"), (999, "999"), (1000, "1.000"), (1_500_000, "1.500.000"), (1_234_567_890, "1.234.567.890"),
     (-1_500_000, "-1.500.000")],
)
def test_format_vnd(amount, text):
    assert format_vnd(amount) == text


def test_format_number():
    assert format_number(D("2.1")) == "2,1"
    assert format_number(D("7.50")) == "7,5"
    assert format_number(D(6)) == "6"
    assert format_number(D("1234.56"), 2) == "1.234,56"
