"""Header detection and structuring of plan task tables, on the real Tiền Giang appendix."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.plan_source import read_plan_file
from tthc_desktop.importers.plan_table import (
    ColumnMapping,
    detect_header,
    find_header,
    parse_plan_table,
)
from tthc_desktop.importers.table_readers import RawTable
from tthc_desktop.importers.text_table import read_text_table


@pytest.fixture(scope="module")
def tg_table(appendix_text):
    (table,) = read_text_table(appendix_text, source="tien_giang.txt")
    return table


@pytest.fixture(scope="module")
def tg(tg_table):
    return parse_plan_table(tg_table)


@pytest.fixture(scope="module")
def by_number(tg):
    return tg.by_number()


def _t(rows: list[list[str]], name: str = "Bảng 1") -> RawTable:
    width = max(len(r) for r in rows)
    return RawTable(name, [r + [""] * (width - len(r)) for r in rows], source="kh.docx")


# ---------------------------------------------------------------- header detection


def test_tien_giang_two_row_header(tg_table):
    m = detect_header(tg_table)
    assert m == ColumnMapping(
        number=0, content=1, lead=2, coordinating=3, deadline=4, product=5, notes=None, header_rows=(0, 1)
    )


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (
            ["STT", "TÊN NHIỆM VỤ", "CHỦ TRÌ", "PHỐI HỢP", "THỜI HẠN", "KẾT QUẢ/SẢN PHẨM", "GHI CHÚ"],
            dict(number=0, content=1, lead=2, coordinating=3, deadline=4, product=5, notes=6),
        ),
        (
            ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm dự kiến"],
            dict(number=0, content=1, lead=2, coordinating=3, deadline=4, product=5),
        ),
        (
            ["Số TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Kết quả thực hiện"],
            dict(number=0, content=1, lead=2, coordinating=3, deadline=4, product=5),
        ),
        (["Nội dung", "Thời hạn"], dict(content=0, deadline=1)),
        (["Ghi chú", "Số TT", "Tên nhiệm vụ", "Cơ quan chủ trì"], dict(notes=0, number=1, content=2, lead=3)),
    ],
)
def test_header_synonyms(labels, expected):
    m = detect_header(_t([labels, ["1", "x"]]))
    assert {k: v for k, v in m.columns().items()} == expected
    assert m.header_rows == (0,)


def test_header_is_diacritic_and_case_insensitive_and_skips_titles():
    nfd = [unicodedata.normalize("NFD", v) for v in ["số tt", "NỘI DUNG CÔNG VIỆC", "cơ quan CHỦ TRÌ"]]
    table = _t([["PHỤ LỤC"], ["(Kèm theo Kế hoạch số 165/KH-UBND)"], [], nfd, ["1", "Việc A", "Sở Tư pháp"]])
    m = detect_header(table)
    assert (m.number, m.content, m.lead, m.header_rows) == (0, 1, 2, (3,))
    assert [t.content for t in parse_plan_table(table).tasks] == ["Việc A"]


def test_two_row_header_with_merged_cells_repeated():
    # what the docx/xlsx readers produce for merged cells: values repeated in every grid cell
    table = _t(
        [
            ["Số TT", "Nội dung công việc", "Trách nhiệm", "Trách nhiệm", "Thời gian Hoàn thành"],
            ["Số TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian Hoàn thành"],
            ["1", "Việc A", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2025"],
        ]
    )
    m = detect_header(table)
    assert (m.lead, m.coordinating, m.deadline, m.header_rows) == (2, 3, 4, (0, 1))
    (task,) = parse_plan_table(table).tasks
    assert (task.lead_text, task.coordinating_text) == ("Sở Tư pháp", "Sở Nội vụ")


def test_no_header_raises_import_failure_with_vietnamese_message():
    table = _t([["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]])
    assert find_header(table) is None
    with pytest.raises(ImportFailure) as info:
        detect_header(table)
    text = str(info.value)
    assert text.startswith("Tệp kh.docx, bảng 1: không tìm thấy bảng nhiệm vụ: thiếu cột Nội dung công việc")


@pytest.mark.parametrize("name", ["ke-hoach-hau-giang-nq66.txt", "qd-kon-tum-ke-hoach-cai-cach-tthc-2025.txt"])
def test_narrative_plans_have_no_task_table(name, shared_domain):
    # Hậu Giang and Kon Tum are narrative documents (no tab-separated table at all)
    with pytest.raises(ImportFailure) as info:
        read_plan_file(shared_domain / name)
    assert name in str(info.value)
    assert "không tìm thấy bảng" in str(info.value)


# ---------------------------------------------------------------- Tiền Giang structure

EXPECTED_NUMBERS = (
    "I I.1 I.2 I.3 II II.1 II.2 II.2.1 II.2.2 II.3 II.3.1 II.3.2 II.4 II.4.1 II.4.2 "
    "III III.1 III.1.1 III.1.2 III.2 III.2.1 III.2.2 III.3 III.3.1 III.3.2 III.3.3 III.4 "
    "IV IV.1 IV.1.1 IV.1.2 IV.1.3 IV.2 IV.2.1 IV.2.2 IV.2.3 IV.2.4 IV.2.5 IV.2.6 IV.2.7 IV.2.8"
).split()


def test_every_task_has_its_full_number_path(tg):
    assert [t.number for t in tg.tasks] == EXPECTED_NUMBERS
    assert tg.warnings == []


def test_sections(by_number):
    sections = [n for n, t in by_number.items() if t.is_section]
    assert sections == ["I", "II", "III", "IV"]
    assert by_number["I"].content == "Nhiệm vụ hướng dẫn, theo dõi, kiểm tra, đôn đốc"
    assert by_number["III"].content.startswith("Cắt giảm, đơn giản hóa thủ tục hành chính nội bộ")
    assert by_number["III"].parent is None and by_number["III"].section == "III"
    assert by_number["II.2.1"].section == "II" and by_number["II.2.1"].local_number == "2.1"


@pytest.mark.parametrize(
    ("group", "children"),
    [
        ("II.2", ["II.2.1", "II.2.2"]),
        ("II.3", ["II.3.1", "II.3.2"]),
        ("II.4", ["II.4.1", "II.4.2"]),
        ("III.1", ["III.1.1", "III.1.2"]),
        ("III.2", ["III.2.1", "III.2.2"]),
        ("III.3", ["III.3.1", "III.3.2", "III.3.3"]),
        ("IV.1", ["IV.1.1", "IV.1.2", "IV.1.3"]),
        ("IV.2", [f"IV.2.{i}" for i in range(1, 9)]),
    ],
)
def test_group_rows_have_their_children(tg, by_number, group, children):
    assert by_number[group].is_group
    assert [t.number for t in tg.tasks if t.parent == group] == children
    assert not any(by_number[c].is_group for c in children)


def test_top_level_tasks_hang_under_their_section(by_number):
    assert by_number["I.1"].parent == "I"
    assert by_number["III.4"].parent == "III" and not by_number["III.4"].is_group
    assert by_number["II.1"].is_group is False


def test_repeated_headers_are_dropped(tg):
    for t in tg.tasks:
        for value in (t.content, t.lead_text, t.coordinating_text, t.deadline_text, t.product):
            assert "Nội dung công việc" not in value
            assert "Cơ quan chủ trì" not in value
            assert "Số TT" not in value


def test_rows_split_by_page_breaks_are_merged(by_number):
    t = by_number["II.1"]
    assert t.content == (
        "Thống kê danh mục thủ tục hành chính (Rà soát các văn bản quy phạm pháp luật để bảo đảm tổng hợp, "
        "thống kê đầy đủ thời gian giải quyết, chi phí tuân thủ thủ tục hành chính liên quan đến hoạt động "
        "sản xuất, kinh doanh), gửi về Văn phòng UBND tỉnh theo dõi, tổng hợp báo cáo"
    )
    assert t.lead_text == "Sở, ban, ngành tỉnh"
    assert t.lead == ["Sở, ban, ngành tỉnh"]
    assert t.coordinating_text == "UBND cấp huyện, UBND cấp xã"
    assert t.product == "Báo cáo kèm danh mục thủ tục hành chính"
    assert t.deadline_text == "Trước ngày 25/4/2025"
    assert t.source_rows == (8, 11)
    t = by_number["II.3.1"]
    assert t.content.endswith("cho một cá nhân, tổ chức thực hiện trong một thời điểm hoặc giai đoạn và thuộc "
                              "thẩm quyền giải quyết của một cơ quan, tổ chức trong trường hợp thực hiện hợp "
                              "nhất, sáp nhập cơ quan, đơn vị chuyên môn thuộc Ủy ban nhân dân tỉnh và địa phương")
    assert t.coordinating_text == "Văn phòng UBND tỉnh; UBND cấp huyện, UBND cấp xã"
    assert t.coordinating == ["Văn phòng UBND tỉnh", "UBND cấp huyện, UBND cấp xã"]
    assert "nhằm huy động mọi nguồn lực trong xã hội tham gia cung cấp các dịch vụ công" in by_number["II.4.1"].content
    t = by_number["IV.1.2"]
    assert t.content.endswith("bảo đảm dữ liệu “đúng, đủ, sạch, sống”, kết nối, chia sẻ dữ liệu phục vụ thực "
                              "hiện thủ tục hành chính, cung cấp dịch vụ công.")
    assert t.lead_text == "Sở, ban ngành tỉnh, UBND cấp huyện, cấp xã"
    assert t.coordinating == ["Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"]
    assert t.product == "100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa"
    assert by_number["IV.2.7"].content.endswith("nâng cao nhận thức cho người dân, doanh nghiệp và xã hội")


def test_ditto_marks_are_resolved(by_number):
    assert by_number["I.2"].lead_text == "Văn phòng UBND tỉnh"
    assert by_number["I.3"].lead_text == "Văn phòng UBND tỉnh"
    assert by_number["I.2"].resolved_ditto == ("lead_text",)
    assert by_number["III.2.2"].deadline_text == by_number["III.2.1"].deadline_text
    assert by_number["III.2.2"].deadline_text.startswith("Trước ngày 20/4/2025 và ngay sau khi")
    assert by_number["III.2.2"].resolved_ditto == ("deadline_text",)
    assert by_number["III.2.1"].resolved_ditto == ()


def test_sub_lines_with_their_own_deadlines(by_number):
    t = by_number["IV.1.3"]
    assert t.content == "Thời gian hoàn thành"
    assert t.deadline_text == (
        "Đối với thủ tục hành chính liên quan đến doanh nghiệp: Trước ngày 30/11/2025\n"
        "Đối với thủ tục hành chính còn lại: Trong năm 2026"
    )
    assert t.extra_lines == (
        "Đối với thủ tục hành chính liên quan đến doanh nghiệp. | Trước ngày 30/11/2025",
        "Đối với thủ tục hành chính còn lại | Trong năm 2026",
    )
    assert t.source_rows == (50, 51, 52)


def test_inline_tags_are_removed(by_number):
    assert by_number["III.4"].content.endswith(
        "phê duyệt ( Xây dựng, trình UBND tỉnh để ban hành theo thẩm quyền sửa đổi các văn bản hoặc trình cấp "
        "có thẩm quyền ban hành )"
    )


_WORD = re.compile(r"\w+")
_HEADER_LINE = re.compile(r"Số TT|Cơ quan chủ trì")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def test_no_text_is_lost(tg_table, tg, appendix_text):
    # 1. the reader keeps every word of every table line (tags aside)
    table_words = _words(" ".join(" ".join(r) for r in tg_table.rows))
    source_lines = [re.sub(r"</?[bi]>", "", ln) for ln in appendix_text.splitlines() if "\t" in ln]
    assert _words(" ".join(source_lines)) <= table_words
    # 2. every word of every non-header row is in the fields of the task built from that row
    task_of_row = {r: t for t in tg.tasks for r in t.source_rows}
    for r, row in enumerate(tg_table.rows, start=1):
        text = " ".join(row)
        if _HEADER_LINE.search(text):
            assert r not in task_of_row
            continue
        task = task_of_row[r]
        fields = " ".join(
            [task.local_number, task.content, task.lead_text, task.coordinating_text,
             task.deadline_text, task.product, task.notes]
        )
        cells = [c for c in row if re.sub(r"[-\s]", "", c).casefold() != "nt"]
        missing = _words(" ".join(cells)) - _words(fields)
        assert not missing, f"row {r} ({task.number}) lost {missing}"


def test_docx_and_xlsx_fixtures_give_the_same_tasks(tg, tien_giang_docx, tien_giang_xlsx):
    def key(t):
        return (t.number, t.content, t.lead, t.coordinating, t.deadline_text, t.product, t.parent,
                t.is_group, t.is_section, t.lead_text, t.coordinating_text, t.extra_lines)

    expected = [key(t) for t in tg.tasks]
    for path in (tien_giang_docx, tien_giang_xlsx):
        _, plan = read_plan_file(path)
        assert plan.warnings == []
        assert [key(t) for t in plan.tasks] == expected, path.name


# ---------------------------------------------------------------- rules on small tables

HDR = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"]


@pytest.mark.parametrize("mark", ["nt", "NT", "-nt-", "- nt -", "– Nt –", "Như trên", "như  trên", "(nt)"])
def test_ditto_variants(mark):
    plan = parse_plan_table(_t([HDR, ["1", "A", "Sở Tư pháp", "", "Quý II/2025"], ["2", "B", mark, "", mark]]))
    second = plan.tasks[1]
    assert (second.lead_text, second.deadline_text) == ("Sở Tư pháp", "Quý II/2025")
    assert second.resolved_ditto == ("lead_text", "deadline_text")


def test_ditto_skips_group_rows_and_warns_when_nothing_above():
    plan = parse_plan_table(
        _t([HDR, ["1", "Nhóm", "", "", ""], ["1.1", "A", "nt"], ["2", "B", "Sở Nội vụ"], ["2.1", "C", "nt"]])
    )
    numbers = {t.number: t for t in plan.tasks}
    assert numbers["1.1"].lead_text == "nt"
    assert numbers["2.1"].lead_text == "Sở Nội vụ"
    assert [(w.row, w.number) for w in plan.warnings] == [(3, "1.1")]
    assert "như trên" in plan.warnings[0].message


def test_words_containing_nt_are_not_ditto():
    plan = parse_plan_table(_t([HDR, ["1", "A", "Sở X"], ["2", "B", "ntp"]]))
    assert plan.tasks[1].lead_text == "ntp"


def test_continuation_join_uses_newline_after_terminal_punctuation():
    plan = parse_plan_table(
        _t([HDR, ["1", "Câu một.", "Sở A;", "", "Quý I"], HDR, ["", "Câu hai", "Sở B", "", ""],
            ["2", "Việc (Rà", "", "", ""], HDR, ["", "soát)", "", "", ""]])
    )
    a, b = plan.tasks
    assert a.content == "Câu một.\nCâu hai"
    assert a.lead_text == "Sở A; Sở B" and a.lead == ["Sở A", "Sở B"]
    assert b.content == "Việc (Rà soát)"


def test_unnumbered_sub_line_without_deadline_goes_to_content():
    plan = parse_plan_table(_t([HDR, ["1", "Việc", "Sở A"], ["-", "Ý thứ hai", "Sở B"], ["", "Ý ba"]]))
    (t,) = plan.tasks
    assert t.content == "Việc\nÝ thứ hai\nÝ ba"
    assert t.lead == ["Sở A", "Sở B"]
    assert t.extra_lines == ("Ý thứ hai | Sở B", "Ý ba")


def test_letter_items_are_children_of_the_last_numbered_task():
    plan = parse_plan_table(_t([HDR, ["II", "Phần hai"], ["1", "Nhóm"], ["a)", "Việc a"], ["b.", "Việc b"]]))
    assert [(t.number, t.parent) for t in plan.tasks] == [
        ("II", None), ("II.1", "II"), ("II.1.a", "II.1"), ("II.1.b", "II.1")
    ]
    assert plan.tasks[1].is_group


def test_section_number_inside_content_column_and_column_index_row():
    plan = parse_plan_table(
        _t([HDR, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], ["", "II. NHIỆM VỤ CHUNG"], ["1", "Việc"]])
    )
    assert [(t.number, t.content, t.is_section) for t in plan.tasks] == [
        ("II", "NHIỆM VỤ CHUNG", True), ("II.1", "Việc", False)
    ]


def test_merged_section_row_from_a_reader():
    rows = [HDR, ["I. Nhiệm vụ chung"] * 6, ["1", "Việc", "Sở A", "", "Quý I", ""]]
    table = RawTable("Bảng 1", rows, merged_left=frozenset((1, c) for c in range(1, 6)))
    plan = parse_plan_table(table)
    assert [(t.number, t.content) for t in plan.tasks] == [("I", "Nhiệm vụ chung"), ("I.1", "Việc")]


def test_duplicate_and_orphan_numbers_warn():
    plan = parse_plan_table(_t([HDR, ["1", "A"], ["1", "B"], ["3.2", "C"]]))
    assert [t.number for t in plan.tasks] == ["1", "1(2)", "3.2"]
    messages = [str(w) for w in plan.warnings]
    assert messages[0].startswith("Dòng 3: số thứ tự 1 bị trùng")
    assert messages[1] == "Dòng 4: không tìm thấy mục cha của 3.2"


def test_table_without_number_column_is_numbered_in_order():
    table = _t([["Nội dung công việc", "Cơ quan chủ trì", "Thời hạn"], ["A", "Sở A", "Quý I"], ["B", "Sở B", ""]])
    plan = parse_plan_table(table)
    assert [(t.number, t.content) for t in plan.tasks] == [("1", "A"), ("2", "B")]


def test_multi_line_cells_keep_their_line_breaks():
    plan = parse_plan_table(_t([HDR, ["1", "Dòng một\nDòng hai", "- Sở A\n- Sở B", "", "Năm 2025;\nNăm 2026"]]))
    (t,) = plan.tasks
    assert t.content == "Dòng một\nDòng hai"
    assert t.lead_text == "- Sở A\n- Sở B" and t.lead == ["Sở A", "Sở B"]
    assert t.deadline_text == "Năm 2025;\nNăm 2026"


def test_user_mapping_overrides_detection():
    table = _t([HDR, ["1", "Việc", "Sở A", "Sở B", "Quý I", "Báo cáo"]])
    mapping = ColumnMapping(number=0, content=1, lead=3, deadline=4, header_rows=(0,))
    (t,) = parse_plan_table(table, mapping).tasks
    assert (t.lead_text, t.coordinating_text, t.product) == ("Sở B", "", "")


# ---------------------------------------------------------------- robustness

_CELL = st.one_of(
    st.sampled_from(["", "1", "1.1", "2", "II", "a)", "-", "nt", "-nt-", "I Việc", "Số TT", "Nội dung", "Sở A"]),
    st.text(max_size=12),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=6, max_size=6), max_size=12))
def test_parser_never_crashes_and_numbers_are_unique(rows):
    plan = parse_plan_table(_t([HDR, *rows]) if rows else _t([HDR]))
    numbers = [t.number for t in plan.tasks]
    assert len(numbers) == len(set(numbers))
    known = set(numbers)
    assert all(t.parent is None or t.parent in known for t in plan.tasks)


@pytest.mark.parametrize("with_stt", [True, False])
def test_task_numbers_of_a_thousand_and_more_stay_separate(with_stt):
    """Issue 18 "scale": tasks numbered 1000+ were merged into task 999 (a 3-digit number pattern)."""
    n = 1205
    head = (["Số TT"] if with_stt else []) + ["Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [head] + [([str(i)] if with_stt else []) + [f"Nhiệm vụ số {i}", "Sở Tư pháp", "Năm 2025"]
                     for i in range(1, n + 1)]
    parsed = parse_plan_table(RawTable("bang", rows))
    tasks = [t for t in parsed.tasks if not t.is_section]
    assert len(tasks) == n
    assert [t.number for t in tasks[998:1002]] == ["999", "1000", "1001", "1002"]
    assert tasks[999].content == "Nhiệm vụ số 1000" and tasks[998].content == "Nhiệm vụ số 999"
