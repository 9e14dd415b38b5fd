"""Task list export to .xlsx: values, real dates, formula injection, print setup, filter in the subtitle."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tthc_desktop.domain.entities import DueDateKind, Plan, Task, TaskDueDate, TaskRole
from tthc_desktop.services.task_export import COLUMNS, export_tasks_xlsx
from tthc_desktop.store.task_query import TaskFilter

TODAY = dt.date(2025, 6, 10)


@pytest.fixture
def tasks(ctx):
    plan = ctx.plans.add(Plan(title="Triển khai NQ 66", year=2025, symbol="165/KH-UBND"))
    add = ctx.tasks.add
    return {
        "late": add(Task(plan_id=plan, number="I.1", position=1, content="=1+1", lead_text="+Sở Tư pháp",
                         coordinating_text="@UBND cấp huyện", role=TaskRole.LEAD,
                         due_dates=(TaskDueDate(dt.date(2025, 6, 9)),))),
        "done": add(Task(plan_id=plan, number="I.2", position=2, content="Báo cáo quý", role=TaskRole.LEAD,
                         completed_on=dt.date(2025, 4, 2), outcome="-Đã gửi văn bản 12/STP",
                         due_dates=(TaskDueDate(dt.date(2025, 3, 31)),))),
        "cont": add(Task(plan_id=plan, number="I.3", position=3, content="Theo dõi thường xuyên",
                         role=TaskRole.COORDINATING, is_continuous=True)),
        "need": add(Task(plan_id=plan, number="I.4", position=4, content="Theo lộ trình", needs_date=True,
                         role=TaskRole.LEAD)),
        "ext": add(Task(plan_id=plan, number="I.5", position=5, content="Gia hạn", role=TaskRole.LEAD,
                        due_dates=(TaskDueDate(dt.date(2025, 6, 1)),
                                   TaskDueDate(dt.date(2025, 7, 1), DueDateKind.EXTENSION, "CV 5")))),
        "watch": add(Task(plan_id=plan, number="I.6", position=6, content="Việc của đơn vị khác")),
        "section": add(Task(plan_id=plan, number="I", position=0, content="NHIỆM VỤ CHUNG", is_section=True)),
    }


def read_table(path):
    ws = openpyxl.load_workbook(path).active
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == COLUMNS[0][0])
    return ws, header, {ws.cell(r, 1).value: [ws.cell(r, c) for c in range(1, len(COLUMNS) + 1)]
                        for r in range(header + 1, ws.max_row + 1)}


def test_values_dates_and_injection(ctx, tasks, tmp_path):
    result = export_tasks_xlsx(ctx.db, TaskFilter(today=TODAY), tmp_path / "out" / "nv.xlsx")
    assert result.rows == 6 and result.path.exists()
    assert not [p for p in result.path.parent.iterdir() if p.name.endswith(".tmp")]
    ws, header, rows = read_table(result.path)
    assert [ws.cell(header, c).value for c in range(1, 9)][:6] == [
        "Số TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình trạng"]
    assert "I" not in rows  # headings are not tasks
    late = rows["I.1"]
    assert late[1].value == "=1+1" and late[1].data_type == "s"  # stays text, never a formula
    assert late[2].value == "+Sở Tư pháp" and late[2].data_type == "s"
    assert late[4].value == dt.datetime(2025, 6, 9) and late[4].is_date
    assert late[4].number_format.lower() in ("dd/mm/yyyy", "dd/mm/yyyy;@")
    assert late[5].value == "Quá hạn"
    done = rows["I.2"]
    assert done[5].value == "Hoàn thành trễ hạn" and done[6].value == dt.datetime(2025, 4, 2)
    assert done[7].value == "-Đã gửi văn bản 12/STP" and done[7].data_type == "s"
    assert rows["I.3"][4].value == "Thường xuyên" and rows["I.4"][4].value == "Cần đặt hạn"
    assert rows["I.5"][4].value == dt.datetime(2025, 7, 1) and "gia hạn" in rows["I.5"][5].value
    for cells in rows.values():
        for cell in cells:
            assert cell.data_type != "f"


def test_print_setup(ctx, tasks, tmp_path):
    path = export_tasks_xlsx(ctx.db, TaskFilter(today=TODAY), tmp_path / "nv.xlsx").path
    ws, header, _ = read_table(path)
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows.replace("$", "") == f"{header}:{header}"  # header repeated on every page


def test_filter_is_applied_and_described(ctx, tasks, tmp_path):
    flt = TaskFilter(today=TODAY, roles=("lead",), overdue_only=True)
    path = export_tasks_xlsx(ctx.db, flt, tmp_path / "nv.xlsx").path
    ws, _, rows = read_table(path)
    assert list(rows) == ["I.1"]
    subtitle = ws.cell(2, 1).value
    assert "10/06/2025" in subtitle and "chủ trì" in subtitle and "quá hạn" in subtitle


def test_folded_search_in_export(ctx, tasks, tmp_path):
    path = export_tasks_xlsx(ctx.db, TaskFilter(today=TODAY, search="bao cao"), tmp_path / "nv.xlsx").path
    assert list(read_table(path)[2]) == ["I.2"]
