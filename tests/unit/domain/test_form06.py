"""Biểu 06 checks cell by cell, totals, rates and carry-forward."""

import dataclasses
from decimal import Decimal as D

import pytest

from tthc_desktop.domain.form06 import (
    COLUMN_LABELS,
    CellError,
    Form06Row,
    carry_forward,
    on_time_rate,
    online_rate,
    overdue_count,
    total_row,
    validate_row,
)
from tthc_desktop.domain.reductions import format_pct

# 120 received = 50 online + 62 direct + 8 carried; 100 resolved = 10 + 80 + 10; 20 pending = 15 + 5
VALID = Form06Row.from_columns("Hộ tịch", "xã", [120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5])


def bump(row: Form06Row, **changes: int) -> Form06Row:
    values = list(row.columns())
    for name, delta in changes.items():
        values[int(name[1:]) - 3] += delta
    return Form06Row.from_columns(row.field, row.level, values)


def test_valid_row_has_no_errors():
    assert validate_row(VALID) == []
    assert VALID.col(3) == 120 and VALID.col(13) == 5
    assert VALID.received_direct == 62 and VALID.carried_over == 8


# Changing one cell alone breaks exactly the rules that cell takes part in.
@pytest.mark.parametrize(
    ("column", "rules"),
    [
        (3, ["3=4+5+6", "3=7+11"]),
        (4, ["3=4+5+6"]),
        (5, ["3=4+5+6"]),
        (6, ["3=4+5+6"]),
        (7, ["7=8+9+10", "3=7+11"]),
        (8, ["7=8+9+10"]),
        (9, ["7=8+9+10"]),
        (10, ["7=8+9+10"]),
        (11, ["11=12+13", "3=7+11"]),
        (12, ["11=12+13"]),
        (13, ["11=12+13"]),
    ],
)
def test_each_cell_alone(column, rules):
    errors = validate_row(bump(VALID, **{f"c{column}": 1}))
    assert [e.rule for e in errors] == rules
    for e in errors:
        assert column in e.columns


def test_rule_3_eq_4_5_6_alone():
    assert validate_row(bump(VALID, c4=1)) == [
        CellError(3, "Cột 3 (Tổng số nhận giải quyết = 120) phải bằng cột 4 + 5 + 6 (= 121)", "3=4+5+6",
                  (3, 4, 5, 6))
    ]


def test_rule_7_eq_8_9_10_alone():
    assert validate_row(bump(VALID, c8=1)) == [
        CellError(7, "Cột 7 (Tổng số đã giải quyết = 100) phải bằng cột 8 + 9 + 10 (= 101)", "7=8+9+10",
                  (7, 8, 9, 10))
    ]


def test_rule_11_eq_12_13_alone():
    assert validate_row(bump(VALID, c12=-1)) == [
        CellError(11, "Cột 11 (Tổng số đang giải quyết = 20) phải bằng cột 12 + 13 (= 19)", "11=12+13",
                  (11, 12, 13))
    ]


def test_rule_3_eq_7_11_alone():
    # one more resolved on time: 7 and 9 agree, but received no longer equals resolved + pending
    assert validate_row(bump(VALID, c7=1, c9=1)) == [
        CellError(3, "Cột 3 (Tổng số nhận giải quyết = 120) phải bằng cột 7 + 11 (= 121)", "3=7+11",
                  (3, 7, 11))
    ]


def test_negative_cell_named():
    row = Form06Row.from_columns("Chứng thực", "huyện", [0, 2, -2, 0, 0, 0, 0, 0, 0, 0, 0])
    assert validate_row(row) == [
        CellError(5, "Cột 5 (Trực tiếp, dịch vụ bưu chính = -2) không được âm", "non_negative", (5,))
    ]


def test_non_integer_cell():
    row = dataclasses.replace(VALID, received_online="50")
    assert validate_row(row) == [CellError(4, "Cột 4 (Trực tuyến) phải là số nguyên", "integer", (4,))]


def test_several_rules_reported_in_order():
    row = Form06Row.from_columns("Đất đai", "tỉnh", [10, 1, 1, 1, 5, 1, 1, 1, 4, 1, 1])
    assert [(e.column, e.rule) for e in validate_row(row)] == [
        (3, "3=4+5+6"), (7, "7=8+9+10"), (11, "11=12+13"), (3, "3=7+11")
    ]


def test_labels_cover_columns_3_to_13():
    assert sorted(COLUMN_LABELS) == list(range(3, 14))
    with pytest.raises(KeyError):
        VALID.col(2)
    with pytest.raises(ValueError):
        Form06Row.from_columns("x", "y", [1, 2])


def test_total_row():
    other = Form06Row.from_columns("Chứng thực", "xã", [40, 0, 40, 0, 38, 0, 38, 0, 2, 2, 0])
    total = total_row([VALID, other])
    assert total == Form06Row.from_columns("Tổng cộng", "", [160, 50, 102, 8, 138, 10, 118, 10, 22, 17, 5])
    assert validate_row(total) == []
    assert total_row([]).columns() == (0,) * 11


def test_rates():
    assert on_time_rate(VALID).value == D(90)
    online = online_rate(VALID)
    assert online.value == D(50) * 100 / D(120) and format_pct(online.value) == "41,7%"
    assert overdue_count(VALID) == 15


def test_rates_with_zero_denominator_say_why():
    empty = Form06Row("Lý lịch tư pháp", "tỉnh")
    r = on_time_rate(empty)
    assert r.value is None
    assert r.reason == "Chưa có hồ sơ đã giải quyết (cột 7 = 0): không tính được tỷ lệ đúng hạn"
    r = online_rate(empty)
    assert r.value is None
    assert r.reason == "Chưa có hồ sơ nhận giải quyết (cột 3 = 0): không tính được tỷ lệ trực tuyến"
    assert overdue_count(empty) == 0


def test_carry_forward_uses_previous_in_progress():
    previous = [
        VALID,
        Form06Row.from_columns("Chứng thực", "xã", [40, 0, 40, 0, 33, 0, 33, 0, 7, 7, 0]),
        Form06Row.from_columns("Hộ tịch", "xã", [3, 0, 3, 0, 0, 0, 0, 0, 3, 3, 0]),
        Form06Row("Đất đai", "huyện"),
    ]
    assert carry_forward(previous) == {
        ("Hộ tịch", "xã"): 23,
        ("Chứng thực", "xã"): 7,
        ("Đất đai", "huyện"): 0,
    }
    assert carry_forward([]) == {}
