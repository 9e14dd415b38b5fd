"""Real-world table shapes (issue 13, points 2–6 and 8) read as RawTables, .docx and .xlsx files."""

from __future__ import annotations

import pytest
from fixtures_real_shapes import (
    CODES,
    DECIMAL_CODES,
    SHAPES,
    TWO_ROW_HEADER,
    UNNUMBERED_GROUPS,
    VARIANTS,
    VERTICAL_MERGES,
    Expect,
    build_docx,
    build_xlsx,
    raw_table,
)

from tthc_desktop.importers.plan_header import find_header as legacy_find_header
from tthc_desktop.importers.plan_source import read_plan_file
from tthc_desktop.importers.plan_table import ColumnMapping, parse_plan_table


def _parse(shape, form, tmp_path):
    if form == "raw":
        return parse_plan_table(raw_table(shape))
    builder = build_docx if form == "docx" else build_xlsx
    _, plan = read_plan_file(builder(shape, tmp_path / f"{shape.name}.{form}"))
    return plan


def _tasks(plan):
    return [Expect(t.number, t.content, t.lead_text, t.deadline_text)
            for t in plan.tasks if not t.is_section and not t.is_group]


@pytest.mark.parametrize("form", ["raw", "docx", "xlsx"])
@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_every_task_exact(shape, form, tmp_path):
    plan = _parse(shape, form, tmp_path)
    assert _tasks(plan) == shape.tasks
    assert [t.number for t in plan.tasks if t.is_group and not t.is_section] == shape.groups


@pytest.mark.parametrize("form", ["raw", "docx", "xlsx"])
@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_headers_titles_notes_and_signatures_are_never_tasks(shape, form, tmp_path):
    plan = _parse(shape, form, tmp_path)
    words = ("Chủ trì", "Phối hợp", "Chi tiết", "Hoàn thành", "Nơi nhận", "CHỦ TỊCH", "PHỤ LỤC", "Ghi chú:",
             "Nguyễn Văn An", "Mã nhiệm vụ")
    for t in plan.tasks:
        for value in (t.content, t.lead_text, t.coordinating_text, t.deadline_text, t.product):
            assert not any(w in value for w in words), (t.number, value)
    kinds = {rc.row: rc.kind for rc in plan.row_classes}
    assert set(kinds.values()) <= {"header", "section", "group", "task", "continuation", "note"}
    assert all(rc.reason for rc in plan.row_classes)


def test_two_row_header_maps_sub_columns():
    plan = parse_plan_table(raw_table(TWO_ROW_HEADER))
    m = plan.mapping
    assert (m.number, m.detail, m.content, m.lead, m.coordinating, m.start, m.deadline, m.product) == (
        0, 1, 2, 3, 4, 5, 6, 7)
    assert m.header_rows == (2, 3)
    kinds = [rc.kind for rc in plan.row_classes]
    assert kinds == ["note", "note", "header", "header", "group", "task", "task", "task", "header", "header",
                     "continuation", "group", "task", "task", "note", "note", "note", "note"]
    assert plan.by_number()["1.c"].source_rows == (8, 11)


def test_running_count_is_kept_as_ordinal_and_groups_have_none():
    plan = parse_plan_table(raw_table(TWO_ROW_HEADER))
    assert [(t.number, t.ordinal) for t in plan.tasks] == [
        ("1", ""), ("1.a", "1"), ("1.b", "2"), ("1.c", "3"), ("2", ""), ("2.a", "4"), ("2.b", "5")]
    assert plan.by_number()["1.b"].coordinating_text == "Sở Nội vụ"


def test_code_is_the_number_and_prefix_codes_are_parents():
    plan = parse_plan_table(raw_table(CODES))
    parents = {t.number: t.parent for t in plan.tasks}
    assert parents["KH20_TT_N01.1.1"] == "KH20_TT_N01.1"
    assert parents["KH20_TT_N01.1"] == "KH20_TT_N01"
    assert parents["KH20_TT_N02.1"] == "KH20_TT_N02"
    assert all(not t.content.startswith("KH20") for t in plan.tasks)
    assert plan.mapping.code == 1 and plan.mapping.content == 2
    assert plan.by_number()["KH20_TT_N01.2"].ordinal == "5"


def test_decimal_codes_hang_under_their_dot_zero_row():
    plan = parse_plan_table(raw_table(DECIMAL_CODES))
    assert {t.number: t.parent for t in plan.tasks} == {
        "13.0": None, "13.1": "13.0", "13.5": "13.0", "14.0": None, "14.1": "14.0"}


def test_unnumbered_groups_pass_lead_and_deadline_to_blank_cells_only():
    plan = parse_plan_table(raw_table(UNNUMBERED_GROUPS))
    by = plan.by_number()
    assert by["N1"].is_group and by["N1"].content.startswith("Nhóm nhiệm vụ về công khai")
    assert by["N1.1"].inherited == ("lead_text", "deadline_text")
    assert by["N1.2"].inherited == ()
    assert by["N2.2"].inherited == ("lead_text",)
    assert by["N1.1"].coordinating_text == "Các sở, ngành"


def test_vertically_merged_cells_reach_every_child():
    plan = parse_plan_table(raw_table(VERTICAL_MERGES))
    for number in ("1.1", "1.2", "1.3"):
        t = plan.by_number()[number]
        assert t.coordinating_text == "Các sở, ngành; UBND cấp xã"
        assert t.product == "Danh mục thủ tục hành chính"
        assert t.notes == "Các nhiệm vụ thực hiện theo Nghị quyết số 66/NQ-CP"
        assert t.source_rows[0] == int(number[-1]) + 4
    t = plan.by_number()["1.3"]
    assert t.source_rows == (7, 8)
    assert t.extra_lines == ("- Đối với cấp xã: tập huấn trực tiếp tại Trung tâm Phục vụ hành chính công",)


def test_one_agency_column_and_two_product_columns():
    plan = parse_plan_table(raw_table(VARIANTS))
    t = plan.by_number()["I.1"]
    assert (t.lead_text, t.coordinating_text) == ("Sở Nội vụ", "các sở, ngành")
    assert t.product == "Kế hoạch\nKế hoạch"
    assert plan.mapping.product == 3 and plan.mapping.product2 == 4 and plan.mapping.deadline == 5


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_mapping_prefilled_by_the_older_detection_reads_the_same(shape):
    # the wizard pre-fills its column choices with plan_header.find_header and passes a plain mapping
    table = raw_table(shape)
    legacy = legacy_find_header(table)
    if legacy is None:
        return
    plain = ColumnMapping(**{k: getattr(legacy, k) for k in ColumnMapping.__dataclass_fields__})
    assert _tasks(parse_plan_table(table, plain)) == shape.tasks


def test_hand_chosen_mapping_is_completed_not_replaced():
    table = raw_table(CODES)
    # the older detection took "Mã nhiệm vụ" for the content; the officer moved the lead column
    chosen = ColumnMapping(number=0, content=1, lead=4, deadline=5, header_rows=(2,))
    plan = parse_plan_table(table, chosen)
    assert plan.mapping.content == 2 and plan.mapping.code == 1 and plan.mapping.lead == 4
    t = plan.by_number()["KH20_TT_N01.1.1"]
    assert (t.content, t.lead_text) == ("Rà soát quyết định quy định thủ tục hành chính đặc thù của tỉnh",
                                        "Các sở, ngành")


def test_each_page_a_table_with_the_two_row_header(tmp_path):
    # a converted document: one Word table per page, each starting with both header rows
    import docx

    doc = docx.Document()
    grid = TWO_ROW_HEADER.grid
    for part in (grid[:6], grid[6:]):
        table = doc.add_table(rows=len(part), cols=len(part[0]))
        for r, row in enumerate(part):
            for c, value in enumerate(row):
                if value:
                    table.cell(r, c).text = value
        for r0, c0, r1, c1 in TWO_ROW_HEADER.merges[:5]:
            table.cell(r0, c0).merge(table.cell(r1, c1)).text = part[r0][c0]
        doc.add_paragraph("")
    path = tmp_path / "trang.docx"
    doc.save(path)
    _, plan = read_plan_file(path)
    assert _tasks(plan) == TWO_ROW_HEADER.tasks
