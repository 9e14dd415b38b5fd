"""Form fill service: a province's task-progress table gets each task's result and status; rows are matched
by content (or number AND content), never by a bare number; everything else of the workbook is kept."""

from __future__ import annotations

import pytest
import report_fixtures as fx
from form06_export import form06_sheet
from openpyxl import Workbook, load_workbook
from province_form_fixture import members, strip_cells

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.reports.xlsx_patch import sheet_parts
from tthc_desktop.services.form_fill import FormFillError, FormFillService, explain_lines
from tthc_desktop.services.report_service import ReportService

Q3 = parse_period("2025-Q3")


@pytest.fixture
def tasks(ctx, appendix_text):
    fx.seed(ctx, appendix_text)
    rows = ReportService(ctx).gather(Q3, progress_scope="all").progress_rows  # what form fill matches against
    out = {r["c1"]: r for r in rows}
    contents = [r["c2"] for r in rows]
    # a done task whose content is unique in the plan (the province numbers it its own way)
    out["unique"] = next(r for r in rows if r["c1"] != "II.1" and r["c6"] and contents.count(r["c2"]) == 1)
    assert contents.count(out["II.2.2"]["c2"]) == 2  # the plan repeats this content: only a hand match can tell
    return out


def _progress_form(path, tasks):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiến độ"
    ws["A1"] = "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 165/KH-UBND"
    ws.append([])
    ws.append(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn", "Kết quả thực hiện", "Tình trạng"])
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    ws.append(["II.1", tasks["II.1"]["c2"], "Văn phòng", "", None, None])  # number and content agree
    ws.append(["1", tasks["unique"]["c2"].upper(), "Sở Tư pháp", "", None, None])  # own numbering, same content
    ws.append(["II.2.1", "Một việc khác hẳn của tỉnh, không có trong kế hoạch", "", "", None, None])  # same number only
    ws.append(["3", "Tổ chức hội nghị tổng kết năm", "", "", None, "=\"Chưa\""])  # unknown; a formula cell
    ws.append(["4", tasks["II.2.2"]["c2"], "", "", None, None])  # content found twice in the plan
    wb.save(path)


def test_progress_table_gets_results_and_statuses(ctx, tasks, tmp_path):
    template, out = tmp_path / "tien-do.xlsx", tmp_path / "out.xlsx"
    _progress_form(template, tasks)
    plan = FormFillService(ctx).fill(template, Q3, out)
    assert plan.kind == "progress", [(u.row.label, u.reason) for u in plan.unmatched]
    ws = load_workbook(out)["Tiến độ"]
    assert (ws["E5"].value, ws["F5"].value) == (tasks["II.1"]["c6"], "Hoàn thành đúng hạn")
    assert (ws["E6"].value, ws["F6"].value) == (tasks["unique"]["c6"], tasks["unique"]["c7"])
    assert (ws["E7"].value, ws["F7"].value) == (None, None)  # a bare number is never enough
    assert ws["F8"].value == '="Chưa"'
    lines = "\n".join(explain_lines(plan))
    assert f"  E6 = {tasks['unique']['c6']}: kết quả thực hiện của nhiệm vụ {tasks['unique']['c1']} (trùng nội dung)" \
        in lines
    assert "Chưa ghép được dòng 9" in lines and "nhiều nhiệm vụ cùng nội dung: hãy ghép tay" in lines
    assert "Chưa ghép được dòng 7 “Một việc khác hẳn" in lines and "số II.2.1 có trong kế hoạch nhưng nội dung khác" in lines
    assert "Chưa ghép được dòng 8 “Tổ chức hội nghị tổng kết năm”" in lines
    assert "Nhiệm vụ chưa có dòng trong biểu: II.2.1" in lines
    before, after = members(template), members(out)
    sheet = sheet_parts(template)["Tiến độ"]
    written = {w.ref for w in plan.writes}
    assert written == {"E5", "F5", "E6", "F6"}
    assert all(after[n] == before[n] for n in before if n != sheet)
    assert strip_cells(after[sheet].decode(), written) == strip_cells(before[sheet].decode(), written)


def test_a_hand_match_by_task_number(ctx, tasks, tmp_path):
    template = tmp_path / "tien-do.xlsx"
    _progress_form(template, tasks)
    plan = FormFillService(ctx).plan(template, Q3, {"Tổ chức hội nghị tổng kết năm": "II.2.1"})
    assert not tasks["II.2.1"]["c6"] and [w for w in plan.writes if w.ref.endswith("8")] == []  # no result yet
    assert "tổng kết năm" not in " ".join(u.row.label for u in plan.unmatched)
    assert plan.kept == [f"F8: giữ công thức của biểu (tình trạng của nhiệm vụ II.2.1 (ghép theo lựa chọn của cán bộ), "
                         f"{Q3.label_vi})"]


def test_a_workbook_with_neither_table_is_refused(ctx, tmp_path):
    path = tmp_path / "khac.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Danh sách cán bộ"
    wb.save(path)
    with pytest.raises(FormFillError, match="không tìm thấy bảng biểu 06 hay bảng tiến độ"):
        FormFillService(ctx).plan(path, Q3)


def test_bieu06_rows_under_level_sections_take_that_levels_figures(ctx, tmp_path):
    """“I. CẤP TỈNH” / “II. CẤP XÃ” sections: a field is filled with that level's figures only; a field the
    app has at another level is listed with the levels it does have; a field row with level rows under it
    gets the sum of its levels."""
    from tthc_desktop.domain.form06 import Form06Row
    from tthc_desktop.services.stats_service import StatsService

    StatsService(ctx).save(Q3, [
        Form06Row.from_columns("Lý lịch tư pháp", "Cấp tỉnh", [10, 5, 5, 0, 8, 2, 6, 0, 2, 2, 0]),
        Form06Row.from_columns("Hộ tịch", "xã", [20, 10, 10, 0, 18, 3, 15, 0, 2, 1, 1]),
        Form06Row.from_columns("Hộ tịch", "Cấp tỉnh", [4, 4, 0, 0, 4, 0, 4, 0, 0, 0, 0]),
    ])
    path = tmp_path / "bieu.xlsx"
    wb, ws = form06_sheet()
    for label in ("I. CẤP TỈNH", "Lý lịch tư pháp", "II. CẤP XÃ", "Hộ tịch", "Lý lịch tư pháp", "III. TỔNG HỢP",
                  "Hộ tịch", "Cấp tỉnh", "Cấp xã"):
        ws.append([None, label])
    ws.merge_cells("D12:E12")  # the province merged two figure cells of the last row
    wb.save(path)
    plan = FormFillService(ctx).plan(path, Q3)
    assert plan.kept == ["E12: nằm trong vùng gộp ô D12:E12 của biểu, không ghi được (cột 5 (Trực tiếp, dịch vụ bưu "
                         "chính) của lĩnh vực “Hộ tịch”, cấp xã, Quý III năm 2025)"]
    got = {}
    for w in plan.writes:
        got.setdefault(int(w.ref[1:]), []).append(w.value)
    assert got == {5: [10, 5, 5, 0, 8, 2, 6, 0, 2, 2, 0], 7: [20, 10, 10, 0, 18, 3, 15, 0, 2, 1, 1],
                   10: [24, 14, 10, 0, 22, 3, 19, 0, 2, 1, 1], 11: [4, 4, 0, 0, 4, 0, 4, 0, 0, 0, 0],
                   12: [20, 10, 0, 18, 3, 15, 0, 2, 1, 1]}
    assert [(u.row.excel_row, u.reason) for u in plan.unmatched] == [
        (8, "lĩnh vực có số liệu nhưng không ở cấp xã (có: Cấp tỉnh)"),
        (9, "không có lĩnh vực trùng tên trong số liệu của kỳ"),  # a numbered heading that is no level: listed
    ]


def test_an_output_held_open_gets_a_vietnamese_message_and_no_half_file(ctx, tasks, tmp_path, monkeypatch):
    import os

    template, out = tmp_path / "tien-do.xlsx", tmp_path / "out.xlsx"
    _progress_form(template, tasks)

    def locked(src, dst):  # what os.replace raises on Windows while Excel holds the file
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(FormFillError, match="tệp đang được mở .ví dụ trong Excel."):
        FormFillService(ctx).fill(template, Q3, out)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")) == ["tien-do.xlsx"]


def test_a_frozen_period_fills_the_progress_table_from_its_frozen_whole_plan(ctx, tasks, tmp_path):
    """The province's progress table asks about the whole plan: the frozen set keeps every task's row, not only the
    period's, and a task changed after the freeze keeps its frozen result."""
    from datetime import date

    from tthc_desktop.services import task_edit
    from tthc_desktop.services.period_freeze import PeriodFreezeService

    template = tmp_path / "tien-do.xlsx"
    _progress_form(template, tasks)
    live = FormFillService(ctx).plan(template, Q3)
    PeriodFreezeService(ctx).freeze(Q3)
    plan_id = ctx.db.execute("SELECT id FROM plans").fetchone()[0]
    pending = next(t for t in ctx.tasks.by_plan(plan_id) if t.number == "II.2.1")
    task_edit.mark_done(ctx, pending.id, date(2025, 9, 20), "Xong sau khi chốt")
    done_before = next(t for t in ctx.tasks.by_plan(plan_id) if t.number == "II.1")  # not one of Q3's own tasks
    task_edit.set_outcome(ctx, done_before.id, "Kết quả ghi lại sau khi chốt")
    assert "II.1" not in {r["c1"] for r in ReportService(ctx).gather(Q3).progress_rows}
    diffs = PeriodFreezeService(ctx).differences(Q3)
    assert any(d.where == "Nhiệm vụ II.1, kết quả" and d.now == "Kết quả ghi lại sau khi chốt" for d in diffs), diffs
    frozen = FormFillService(ctx).plan(template, Q3)
    assert frozen.frozen_at
    assert [(w.ref, w.value) for w in frozen.writes] == [(w.ref, w.value) for w in live.writes]  # II.1 still there
    assert [u.row.excel_row for u in frozen.unmatched] == [u.row.excel_row for u in live.unmatched]
