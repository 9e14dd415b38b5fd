"""PlanSource: heading fields from every file type (issue 13 point 10) and .xlsx dates as Excel shows them
(point 7)."""

from __future__ import annotations

from datetime import date, datetime

import fixtures_pdf_plans as fx
import pytest
from openpyxl import Workbook

from tthc_desktop.domain.deadlines import parse_deadline
from tthc_desktop.importers.plan_heading import parse_heading
from tthc_desktop.importers.plan_source import candidate_tables, choose_table, open_plan_source
from tthc_desktop.importers.xlsx_dates import format_excel_date


@pytest.mark.parametrize("fmt, shown", [
    ("dd/mm/yyyy", "30/04/2026"),
    ('"Tháng "m/yyyy', "Tháng 4/2026"),
    ("mm/yyyy", "04/2026"),
    ("d-mmm-yy", "30-Apr-26"),
    ("[$-42A]dd/mm/yyyy;@", "30/04/2026"),
    ("dd/mm/yyyy hh:mm", "30/04/2026 08:05"),
    ("General", None),
    ("mm-dd-yy", None),  # Excel's locale "short date": the reader's dd/mm/yyyy
])
def test_excel_date_formats(fmt, shown):
    assert format_excel_date(datetime(2026, 4, 30, 8, 5), fmt) == shown


def test_xlsx_deadline_cells_keep_the_displayed_text(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời hạn"])
    formats = ["dd/mm/yyyy", '"Tháng "m/yyyy', "mm/yyyy", "d-mmm-yy"]
    for i, fmt in enumerate(formats, start=1):
        ws.append([i, f"Việc {i}", "Sở Tư pháp", datetime(2026, 4, 1 if "d" not in fmt else 30)])
        ws.cell(i + 1, 4).number_format = fmt
    path = tmp_path / "han.xlsx"
    wb.save(path)
    (table,) = open_plan_source(path).tables
    assert [r[3] for r in table.rows[1:]] == ["30/04/2026", "Tháng 4/2026", "04/2026", "30-Apr-26"]
    # a month-only deadline means the month's last day, not the 1st the cell stores
    assert parse_deadline("Tháng 4/2026", 2026).due_dates == (date(2026, 4, 30),)


def test_heading_from_the_attached_line_of_an_appendix():
    h = parse_heading(["PHỤ LỤC", "(Ban hành kèm theo Kế hoạch số 165/KH-UBND ngày 14 tháng 4 năm 2025 của",
                       "Ủy ban nhân dân tỉnh Tiền Giang)", "", "STT"])
    assert (h.symbol, h.issued_on, h.issuer, h.title) == ("165/KH-UBND", date(2025, 4, 14),
                                                          "Ủy ban nhân dân tỉnh Tiền Giang", "")


def test_heading_never_invents_fields():
    h = parse_heading(["Bảng tổng hợp nhiệm vụ", "Ngày 1 tháng 1 năm 2024 (trong nội dung)"])
    assert (h.symbol, h.issued_on, h.issuer, h.title) == ("", None, "", "")


def test_xlsx_title_rows_above_the_table_give_the_details(tmp_path):
    path = fx.build_plan_xlsx(tmp_path / "phu-luc.xlsx", fx.plan_rows(8), heading=True)
    source = open_plan_source(path)
    h = source.heading
    assert (h.symbol, h.issued_on, h.issuer) == ("165/KH-UBND", date(2025, 4, 14), "Ủy ban nhân dân tỉnh An Giang")
    assert source.kind == "xlsx"


def test_docx_paragraphs_give_the_details(tmp_path):
    source = open_plan_source(fx.build_plan_docx(tmp_path / "kh.docx", fx.plan_rows(8)))
    h = source.heading
    assert (h.symbol, h.issued_on, h.title) == ("165/KH-UBND", date(2025, 4, 14),
                                                "Kế hoạch " + " ".join(fx.TITLE_LINES))
    assert h.issuer == "Ủy ban nhân dân tỉnh An Giang"


def test_one_choice_of_table_for_cli_and_wizard(tmp_path):
    source = open_plan_source(fx.build_plan_docx(tmp_path / "kh.docx", fx.plan_rows(8)))
    (cand,) = candidate_tables(source.tables)
    assert cand.has_header and cand.index == choose_table(source) + 1
    import inspect

    from tthc_desktop.commands import plan_cmd
    from tthc_desktop.ui.tasks import plan_import_wizard

    # no private copy of the choice left: both call choose_table
    assert "find_header(" not in inspect.getsource(plan_cmd)
    assert not hasattr(plan_import_wizard, "list_candidate_tables_from")
    for module in (plan_cmd, plan_import_wizard):
        assert "choose_table(" in inspect.getsource(module)


def test_a_task_row_reading_so_tt_is_not_a_sub_header():
    """Found by the parser's hypothesis test: a row whose content cell is "Số TT" right under the header
    made the header lose its content column (and the table was refused)."""
    from tthc_desktop.importers.plan_header import find_header
    from tthc_desktop.importers.table_readers import RawTable

    table = RawTable("Bảng 1", [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"],
                                ["", "Số TT", "", "", "", ""]])
    mapping = find_header(table)
    assert mapping is not None and mapping.content == 1 and mapping.header_rows == (0,)
