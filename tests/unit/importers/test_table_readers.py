"""Readers: .docx tables, .xlsx sheets and tab-separated text into RawTable rows."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from tthc_desktop.importers import table_readers
from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.plan_file import read_tables
from tthc_desktop.importers.plan_source import list_candidate_tables, read_plan_file
from tthc_desktop.importers.table_readers import fold, read_docx_tables, read_xlsx_sheets
from tthc_desktop.importers.text_table import read_text_file, read_text_table


def test_fold():
    assert fold("  Đẩy MẠNH\n thực   hiện ") == "day manh thuc hien"
    assert fold(unicodedata.normalize("NFD", "Sở Tư pháp")) == "so tu phap"


# ---------------------------------------------------------------- text


def test_text_reader_on_tien_giang_appendix(appendix_text):
    (table,) = read_text_table(appendix_text, source="kh.txt")
    assert table.name == "Bảng 1" and table.source == "kh.txt"
    assert len(table.rows) == 66 and table.width == 6
    assert table.rows[0] == ["Số TT", "Nội dung công việc", "Trách nhiệm", "", "Thời gian Hoàn thành", "Sản phẩm"]
    assert table.rows[2][0] == "I Nhiệm vụ hướng dẫn, theo dõi, kiểm tra, đôn đốc"
    assert not any("<b>" in c or "</i>" in c for row in table.rows for c in row)
    # the page-break repeats of the header are still there (the parser drops them)
    assert sum(1 for row in table.rows if row[1] == "Nội dung công việc") == 9
    assert table.line_numbers is not None and table.line_numbers[0] == 5  # 1-based line in the text


def test_text_reader_keeps_short_plain_lines_and_splits_on_narrative():
    text = "Tiêu đề\n\nSTT\tNội dung\n1\tA\nII. Phần hai\n2\tB\n\nĐoạn một\nĐoạn hai\nĐoạn ba\nX\tY\n"
    first, second = read_text_table(text)
    assert first.rows == [["STT", "Nội dung"], ["1", "A"], ["II. Phần hai", ""], ["2", "B"]]
    assert second.rows == [["X", "Y"]] and second.name == "Bảng 2"


def test_text_reader_markdown_pipe_table_and_entities():
    text = "| STT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Việc <i>A</i> &amp; B | Sở X |\n"
    (table,) = read_text_table(text)
    assert table.rows == [["STT", "Nội dung", "Chủ trì"], ["1", "Việc A & B", "Sở X"]]


def test_text_reader_returns_nothing_for_narrative():
    assert read_text_table("Kế hoạch\n\n1. Mục tiêu\n2. Nội dung\n") == []


def test_text_file_encodings(tmp_path):
    text = "STT\tNội dung công việc\tThời hạn\n1\tViệc A\tQuý II/2025\n"
    for enc in ("utf-8", "utf-8-sig", "utf-16"):
        path = tmp_path / f"kh-{enc}.txt"
        path.write_bytes(text.encode(enc))
        (table,) = read_text_file(path)
        assert table.rows[1] == ["1", "Việc A", "Quý II/2025"], enc
    legacy = tmp_path / "kh-cp1258.txt"  # Windows-1258: only precomposed letters it has (ê, ă, â, ơ)
    legacy.write_bytes("STT\tTên\n1\tLê Văn Tâm, Sơn\n".encode("cp1258"))
    assert read_text_file(legacy)[0].rows[1] == ["1", "Lê Văn Tâm, Sơn"]


# ---------------------------------------------------------------- docx


def _docx_with_table(path, *, title=True):
    d = docx.Document()
    if title:
        d.add_paragraph("PHỤ LỤC")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nội dung"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Trách nhiệm"
    t.cell(1, 2).text = "Chủ trì"
    t.cell(1, 3).text = "Phối hợp"
    t.cell(2, 0).text = "1"
    t.cell(2, 1).text = "Dòng một\nDòng hai"
    t.cell(2, 2).text = "Sở A"
    t.cell(3, 0).text = "2"
    t.cell(3, 1).merge(t.cell(3, 3)).text = "Gộp ngang"
    d.save(path)
    return path


def test_docx_merged_cells_are_repeated_and_flagged(tmp_path):
    (table,) = read_docx_tables(_docx_with_table(tmp_path / "a.docx"))
    assert table.name == "Bảng 1" and table.location_kind == "table"
    assert table.rows[0] == ["STT", "Nội dung", "Trách nhiệm", "Trách nhiệm"]
    assert table.rows[1] == ["STT", "Nội dung", "Chủ trì", "Phối hợp"]
    assert (0, 3) in table.merged_left and (1, 0) in table.merged_above and (1, 1) in table.merged_above
    assert table.rows[2][1] == "Dòng một\nDòng hai"
    assert table.rows[3] == ["2", "Gộp ngang", "Gộp ngang", "Gộp ngang"]
    assert {(3, 2), (3, 3)} <= table.merged_left


def test_docx_fixture_tables(tien_giang_docx):
    tables = read_docx_tables(tien_giang_docx)
    assert [t.name for t in tables] == ["Bảng 1", "Bảng 2"]
    assert tables[0].rows[0][:3] == ["Số TT", "Nội dung công việc", "Trách nhiệm"]
    assert tables[0].rows[2] == ["I Nhiệm vụ hướng dẫn, theo dõi, kiểm tra, đôn đốc"] * 6
    cands = list_candidate_tables(tien_giang_docx)
    assert [(c.index, c.has_header, c.column_count) for c in cands] == [(1, True, 6), (2, True, 6)]
    # the second table continues the first (converted document, one table per page)
    _, plan = read_plan_file(tien_giang_docx)
    assert plan.table_name == "Bảng 1–2"
    _, only_second = read_plan_file(tien_giang_docx, table=2)
    assert only_second.table_name == "Bảng 2"


# ---------------------------------------------------------------- xlsx


def test_xlsx_values_merges_and_multiline(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục 1"
    ws.append(["Kế hoạch"])
    ws.merge_cells("A1:D1")
    ws.append(["STT", "Nội dung", "Thời hạn", "Ghi chú"])
    ws.append([1, "Việc A\r\nÝ hai", dt.datetime(2025, 6, 30), 2.5])
    ws.append([2.0, "Việc B", "Quý II/2025", True])
    wb.create_sheet("Trống")
    path = tmp_path / "kh.xlsx"
    wb.save(path)
    (table,) = read_xlsx_sheets(path)
    assert table.name == "Phụ lục 1" and table.location_kind == "sheet"
    assert table.rows[0] == ["Kế hoạch"] * 4
    assert table.rows[2] == ["1", "Việc A\nÝ hai", "30/06/2025", "2.5"]
    assert table.rows[3] == ["2", "Việc B", "Quý II/2025", "Có"]
    assert {(0, 1), (0, 2), (0, 3)} == set(table.merged_left)


def test_xlsx_is_streamed_once_with_its_merged_ranges(tien_giang_xlsx, monkeypatch):
    """One pass over the sheet's XML gives the cells and the merged ranges: no full load, and no extra scan for
    the sheet's size (issue 17, import speed)."""
    import openpyxl
    from openpyxl.worksheet._reader import WorkSheetParser

    passes = []
    real_parse = WorkSheetParser.parse

    def parse(self):
        passes.append("cells")
        return real_parse(self)

    def no_call(*args, **kwargs):
        raise AssertionError("a second read of the workbook")

    monkeypatch.setattr(WorkSheetParser, "parse", parse)
    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", no_call)
    monkeypatch.setattr(openpyxl, "load_workbook", no_call)
    (table,) = read_xlsx_sheets(tien_giang_xlsx)
    assert passes == ["cells"]
    # the 2-row header "Trách nhiệm thực hiện" spans both agency columns: the merge is expanded
    assert table.rows[2][1] == "Nội dung công việc" and table.rows[2][3] == table.rows[2][2] != ""
    assert (2, 3) in table.merged_left and table.merged_above
    _, plan = read_plan_file(tien_giang_xlsx)
    assert len(plan.tasks) == 41


def test_xlsx_one_far_cell_is_not_a_grid_walk(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "STT"
    ws["B2"] = "Nội dung"
    ws.cell(row=table_readers.MAX_ROWS + 5, column=3, value="xa")
    path = tmp_path / "xa.xlsx"
    wb.save(path)
    with pytest.raises(ImportFailure, match="quá lớn"):
        read_xlsx_sheets(path)


def test_xlsx_fixture_has_title_repeated_header_and_split_row(tien_giang_xlsx):
    (table,) = read_xlsx_sheets(tien_giang_xlsx)
    texts = [r[1] for r in table.rows]
    assert texts.count("Nội dung công việc") == 4  # two 2-row headers, merged vertically
    assert table.rows[0][0] == "PHỤ LỤC"


def test_read_tables_dispatches_by_content_when_extension_lies(tien_giang_xlsx, tmp_path):
    renamed = tmp_path / "ke-hoach.docx"
    renamed.write_bytes(tien_giang_xlsx.read_bytes())
    assert [t.name for t in read_tables(renamed)] == ["Phụ lục"]


def _clean_lines(text: str) -> str:
    """clean_cell's rule written out once: each line's spaces collapsed and trimmed, empty lines at the ends
    dropped and inner runs of them kept as one."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t\u00a0\u2002\u2003\u2009]+", " ", line).strip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


@given(st.text(alphabet=st.sampled_from(list("ab Đế\t\u00a0\u2003\r\n\u3000") + ["\u0301"]), max_size=30))
def test_clean_cell_one_line_and_many_lines_follow_one_rule(text):
    from tthc_desktop.importers.table_readers import clean_cell

    assert clean_cell(text) == _clean_lines(text)
