"""The two header readings (plan_header, the first; plan_header_row, the importer's) share their last rules and the
test for a second header row: the same label gives the same role in both."""

from __future__ import annotations

import pytest

from tthc_desktop.importers.plan_header import label_role, sub_header_cells
from tthc_desktop.importers.plan_header_row import column_role


@pytest.mark.parametrize(("label", "role"), [
    ("Cơ quan chủ trì", "lead"),
    ("Đơn vị phối hợp", "coordinating"),
    ("Trách nhiệm thực hiện", "lead"),
    ("Phân công", "lead"),
    ("Nội dung công việc", "content"),
    ("Giải pháp, nhiệm vụ", "content"),
    ("Trách nhiệm của các cơ quan", None),  # "trách nhiệm …" is never the content
    ("Số TT", "number"),
    ("I. Nhiệm vụ chung", None),  # a numbered row, not a label
    ("Kinh phí", None),
])
def test_both_readings_give_a_label_the_same_role(label, role):
    assert label_role(label) == role
    assert column_role(label) == role


def test_a_row_starting_with_a_task_number_is_never_a_second_header_row():
    assert sub_header_cells(["", "Chủ trì", "", "Phối hợp"]) == [(1, "Chủ trì"), (3, "Phối hợp")]
    assert sub_header_cells(["1", "Chủ trì", "Phối hợp"]) == []
    assert sub_header_cells(["", "", ""]) == []
