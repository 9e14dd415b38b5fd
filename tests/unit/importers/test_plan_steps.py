"""Each step of reading a plan table on its own: header labels, numbering choice and paths, row tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_desktop.importers.plan_header_row import column_role, find_header
from tthc_desktop.importers.plan_hierarchy import (
    choose_numbering,
    code_parent,
    level_key,
    starts_sequence,
    token_kind,
)
from tthc_desktop.importers.plan_inherit import split_single_agency
from tthc_desktop.importers.plan_rows import is_note_row, trailing_notes
from tthc_desktop.importers.table_readers import RawTable

# ---------------------------------------------------------------- header


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Tên nhóm nhiệm vụ/nhiệm vụ", "content"),
        ("Nhiệm vụ, giải pháp", "content"),
        ("Đơn vị chủ trì", "lead"),
        ("Phòng, đơn vị chủ trì", "lead"),
        ("Cơ quan, đơn vị thực hiện", "lead"),
        ("Đơn vị thực hiện", "lead"),
        ("Thời hạn", "deadline"),
        ("Tiến độ", "deadline"),
        ("Thời gian thực hiện", "deadline"),
        ("Thời gian bắt đầu", "start"),
        ("Kết quả/sản phẩm", "product"),
        ("Sản phẩm đầu ra", "product"),
        ("Hình thức văn bản", "product"),
        ("Mã nhiệm vụ", "code"),
        ("Mã số", "code"),
        ("Ghi chú", "notes"),
        ("TT", "number"),
        ("Đơn vị, địa phương thực hiện", "lead"),
        ("Cơ quan tham mưu", "lead"),
        ("Lộ trình thực hiện", "deadline"),
        ("Đơn vị\nchủ trì", "lead"),
        ("Sở, ban, ngành tỉnh", None),  # a lead agency cell, not a label
        ("Kinh phí", None),
    ],
)
def test_column_roles(label, role):
    assert column_role(label) == role


def test_sub_labels_under_their_parent():
    assert column_role("Chi tiết", "STT") == "detail"
    assert column_role("Hoàn thành", "Thời gian") == "deadline"
    assert column_role("Bắt đầu", "Thời gian") == "start"
    assert column_role("Chủ trì", "Đơn vị thực hiện") == "lead"
    assert column_role("Phối hợp", "Đơn vị thực hiện") == "coordinating"


def test_group_row_under_the_header_is_not_a_second_header_row():
    table = RawTable("B", [["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["", "Nhiệm vụ chung", "", ""],
                           ["1", "Việc", "Sở A", "Quý I"]])
    assert find_header(table).header_rows == (0,)


def test_column_index_row_belongs_to_the_header():
    table = RawTable("B", [["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["(1)", "(2)", "(3)", "(4)"],
                           ["1", "Việc", "Sở A", "Quý I"]])
    assert find_header(table).header_rows == (0, 1)


# ---------------------------------------------------------------- hierarchy


@pytest.mark.parametrize(
    ("token", "kind"),
    [("II", "roman"), ("A", "upper"), ("2.1.", "dotted"), ("a)", "letter"), ("KH20_TT_N01.1.1", "code"),
     ("N02.3", "code"), ("-", "bullet"), ("Ghi chú", "text"), ("", "")],
)
def test_token_kinds(token, kind):
    assert token_kind(token) == kind


def test_a_flat_running_count_never_passes_for_a_hierarchy():
    running = [str(i) for i in range(1, 12)]
    detail = ["1", "a)", "b)", "2", "a)", "b)", "c)", "3", "a)", "b)", "c)"]
    assert choose_numbering({"number": running, "detail": detail}) == "detail"
    codes = ["N01", "N01.1", "N01.2", "N02", "N02.1"]
    assert choose_numbering({"number": running[:5], "code": codes}) == "code"
    assert choose_numbering({"number": ["1", "1.1", "1.2"], "code": ["X", "Y", "Z"]}) == "number"


def test_decimal_dot_zero_is_the_parent():
    assert level_key("13.0") == "13"
    assert code_parent(level_key("13.5"), {"13", "14"}) == "13"
    assert choose_numbering({"number": ["13.0", "13.1", "13.5", "14.0", "14.1"]}) == "number"


def test_code_prefixes():
    known = {"KH20_TT_N01", "KH20_TT_N01.1", "KH20_TT_N1"}
    assert code_parent("KH20_TT_N01.1.1", known) == "KH20_TT_N01.1"
    assert code_parent("KH20_TT_N012", known) is None  # a prefix only counts at a separator


class _NoWalk(set):
    """A key set that may be asked about one key but not walked (walking it is the quadratic read)."""

    def __iter__(self):
        raise AssertionError("code_parent walked every known key")


def test_code_parent_looks_prefixes_up_instead_of_walking_every_key():
    """Issue 17: 10,000 tasks made 50 million prefix comparisons; now each code asks for its few prefixes."""
    known = _NoWalk({"7", *(f"{i}.{j}" for i in range(1, 100) for j in range(1, 100))})
    assert code_parent("7.3.2", known) == "7.3"
    assert code_parent("7.300", known) == "7"
    assert code_parent("700", known) is None


@given(st.text(alphabet="N01._-/", max_size=8), st.sets(st.text(alphabet="N01._-/", max_size=7), max_size=12))
def test_code_parent_is_the_longest_known_prefix_at_a_separator(code, known):
    expected = max((k for k in known if k and len(k) < len(code) and code.startswith(k)
                    and code[len(k)] in "._-/"), key=len, default=None)
    assert code_parent(code, known) == expected


@pytest.mark.parametrize(("token", "first"), [("1", True), ("a)", True), ("N01.1", True), ("2.1", True),
                                               ("3", False), ("b)", False), ("N02", False)])
def test_starts_sequence(token, first):
    assert starts_sequence(token) is first


# ---------------------------------------------------------------- rows


def test_notes_and_signatures_below_the_table():
    rows = [["1", "Việc", "Sở A"], ["2", "Việc hai", "Sở B"], ["Ghi chú: tính theo năm 2026", "", ""],
            ["Nơi nhận:", "", "KT. CHỦ TỊCH"], ["", "", "Nguyễn Văn An"]]
    assert trailing_notes(rows, {0, 1}, 1) == {2, 3, 4}
    assert is_note_row(["", "", "PHÓ CHỦ TỊCH"]) and not is_note_row(["", "Ghi chú", ""])


@pytest.mark.parametrize(
    ("text", "lead", "coordinating"),
    [
        ("Sở Nội vụ chủ trì, phối hợp với các sở, ngành", "Sở Nội vụ", "các sở, ngành"),
        ("- Chủ trì: Sở Tư pháp\n- Phối hợp: UBND cấp xã", "Sở Tư pháp", "UBND cấp xã"),
        ("Sở Tư pháp", "Sở Tư pháp", ""),
        ("Chủ trì: Sở Y tế", "Sở Y tế", ""),
    ],
)
def test_one_agency_column(text, lead, coordinating):
    assert split_single_agency(text) == (lead, coordinating)


def test_stt_merged_over_two_columns_without_sub_labels():
    table = RawTable("B", [["STT", "STT", "Nội dung", "Chủ trì", "Thời hạn"], ["", "1", "Nhóm", "", ""],
                           ["1", "a)", "Việc", "Sở A", "Quý I"]], merged_left=frozenset({(0, 1)}))
    m = find_header(table)
    assert (m.number, m.detail, m.content) == (0, 1, 2)


def test_sub_labels_without_a_role_under_a_spanning_label():
    table = RawTable("B", [
        ["STT", "Nội dung", "Thời gian", "Thời gian", "Kinh phí", "Kinh phí", "Chủ trì"],
        ["", "", "Từ ngày", "Đến ngày", "NSTW", "NSĐP", ""],
        ["1", "Việc", "01/01/2026", "30/6/2026", "", "", "Sở A"],
    ], merged_left=frozenset({(0, 3), (0, 5)}))
    m = find_header(table)
    assert m.header_rows == (0, 1)
    assert (m.start, m.deadline, m.lead) == (2, 3, 6)


def test_lower_case_roman_children():
    assert token_kind("ii") == token_kind("iii)") == "letter"


def test_row_cut_by_a_page_break_without_a_repeated_header():
    from tthc_desktop.importers.plan_table import parse_plan_table

    table = RawTable("B", [
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", "Rà soát thủ tục hành chính thuộc thẩm quyền", "Sở, ban, ngành tỉnh, UBND", "Quý I/2026"],
        ["", "giải quyết của cấp xã", "cấp xã", ""],
        ["2", "Việc hai", "Sở A", "Quý II/2026"],
        ["", "Ý bổ sung của việc hai", "", ""],
    ])
    first, second = parse_plan_table(table).tasks
    assert first.content == "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã"
    assert first.lead_text == "Sở, ban, ngành tỉnh, UBND cấp xã"
    assert second.content == "Việc hai\nÝ bổ sung của việc hai"


def test_group_rows_merged_across_from_the_stt_column():
    from tthc_desktop.importers.plan_table import parse_plan_table

    rows = [["STT", "Nội dung", "Chủ trì", "Thời hạn"],
            ["1. Nhóm nhiệm vụ về thể chế"] * 4,
            ["1.1", "Rà soát quy định", "Sở Tư pháp", "Quý I/2026"],
            ["Nhóm nhiệm vụ về số hóa"] * 4,
            ["1", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "Năm 2026"]]
    left = frozenset({(1, 1), (1, 2), (1, 3), (3, 1), (3, 2), (3, 3)})
    plan = parse_plan_table(RawTable("B", rows, merged_left=left))
    assert [(t.number, t.parent, t.content) for t in plan.tasks] == [
        ("1", None, "Nhóm nhiệm vụ về thể chế"), ("1.1", "1", "Rà soát quy định"),
        ("N1", None, "Nhóm nhiệm vụ về số hóa"), ("N1.1", "N1", "Số hóa hồ sơ")]
    assert plan.warnings == []


def test_a_sub_label_only_narrows_its_parent():
    # "Số TT" under "Nội dung" is not a second header row (found by the hypothesis test of plan_table)
    table = RawTable("B", [["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["", "Số TT", "", ""]])
    m = find_header(table)
    assert (m.content, m.header_rows) == (1, (0,))


def test_children_fill_blanks_only_from_a_group_label():
    from tthc_desktop.importers.plan_table import parse_plan_table

    hdr = ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Sản phẩm"]
    rows = [hdr,
            ["1", "Nhóm: công khai thủ tục", "Văn phòng UBND tỉnh", "Quý II/2026", ""],  # a label: no product
            ["1.1", "Công khai trên Cổng", "", "", "Thủ tục được công khai"],
            ["1.2", "Niêm yết tại Bộ phận Một cửa", "UBND cấp xã", "Tháng 5/2026", "Thủ tục được niêm yết"],
            ["2", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "Năm 2026", "Kho dữ liệu"],  # a task of its own
            ["2.1", "Số hóa kết quả còn hiệu lực", "", "", "Dữ liệu"]]
    by = parse_plan_table(RawTable("B", rows)).by_number()
    assert (by["1.1"].lead_text, by["1.1"].deadline_text, by["1.1"].inherited) == (
        "Văn phòng UBND tỉnh", "Quý II/2026", ("lead_text", "deadline_text"))
    assert (by["1.2"].lead_text, by["1.2"].deadline_text, by["1.2"].inherited) == ("UBND cấp xã", "Tháng 5/2026", ())
    assert (by["2.1"].lead_text, by["2.1"].inherited) == ("", ())


def test_a_last_row_with_only_a_deadline_stays_with_the_last_task():
    from tthc_desktop.importers.plan_table import parse_plan_table

    rows = [["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["1", "Báo cáo sơ kết", "Sở Nội vụ", "30/6/2026"],
            ["", "", "", "31/12/2026"]]
    (task,) = parse_plan_table(RawTable("B", rows)).tasks
    assert task.deadline_text == "30/6/2026\n31/12/2026"


def test_a_cut_sentence_with_an_agency_is_not_a_task_of_its_own():
    from tthc_desktop.importers.plan_table import parse_plan_table

    rows = [["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["1", "Nhóm việc về công khai", "", ""],
            ["", "thủ tục hành chính", "cấp xã", ""], ["1.1", "Công khai", "Sở A", "Quý I/2026"]]
    tasks = parse_plan_table(RawTable("B", rows)).tasks
    assert [t.number for t in tasks] == ["1", "1.1"]
