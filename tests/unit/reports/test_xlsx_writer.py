"""The .xlsx writers read back with openpyxl, and checked independently by LibreOffice headless.

LibreOffice recomputes our formulas (totals, rates) and must agree with the Python sums; text
cells beginning with "=" must come back as that text. Conversions are batched: one soffice call
to CSV and one to PDF for every workbook of the module.
"""

from __future__ import annotations

import csv
import datetime
import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import form_samples as samples
import openpyxl
import pytest

from tthc_desktop.reports.form_rows import layout_rows
from tthc_desktop.reports.forms import load_form
from tthc_desktop.reports.xlsx.cells import CellValueError
from tthc_desktop.reports.xlsx.writer import form_layout, write_form_xlsx, write_table_xlsx

PERIOD = "(Từ ngày 15/12/2024 đến ngày 14/6/2025)"
UNIT = "Sở Tư pháp tỉnh Tiền Giang"
LO_TIMEOUT = 120
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"
TASK_COLUMNS = [("Số", 8, "text"), ("Nội dung", 50, "text"), ("Hạn", 14, "date"), ("Tiến độ", 10, "percent"),
                ("Số cập nhật", 10, "int")]  # fmt: skip
TASK_ROWS = [
    ["1", samples.INJECTIONS[0], datetime.date(2025, 6, 30), 0.5, 3],
    ["2", "Rà soát quy trình nội bộ", "Thường xuyên", 1, 0],
    ["3", samples.INJECTIONS[1], None, None, None],
]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("xlsx")
    write_form_xlsx(load_form("bieu_06_vpcp_kstt"), samples.form06_rows(), out / "bieu06.xlsx",
                    title_lines=[], period_text=PERIOD, unit_name=UNIT, protect=True)  # fmt: skip
    write_form_xlsx(load_form("plan_progress"), samples.plan_rows(), out / "plan.xlsx",
                    title_lines=["PHỤ LỤC I", "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ"], period_text="(Kèm theo Báo cáo số 12/BC-STP)",
                    unit_name="Sở Tư pháp", protect=False)  # fmt: skip
    write_form_xlsx(load_form("tthc_cuts"), samples.cuts_rows(), out / "cuts.xlsx",
                    title_lines=[], period_text="Năm 2025", unit_name="Sở Tư pháp", protect=True)  # fmt: skip
    write_form_xlsx(load_form("bieu_ii_07b", on=datetime.date(2025, 6, 30)),
                    [dict(c2="Hộ tịch", c3=30, c4=10, c5=12, c6=8, c7=30, c8=30)],
                    out / "ii07b.xlsx", title_lines=[], period_text="Năm 2025", unit_name="", protect=False)  # fmt: skip
    write_table_xlsx(TASK_COLUMNS, TASK_ROWS, out / "tasks.xlsx", title="DANH SÁCH NHIỆM VỤ", subtitle="Lọc: quá hạn")
    return out


def _soffice(out_dir: Path, profile: Path, target: str, dest: Path) -> dict[str, Path]:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is required for these tests: apt-get install libreoffice-calc-nogui"
    files = sorted(out_dir.glob("*.xlsx"))
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(dest), *map(str, files)],
        capture_output=True, text=True, timeout=LO_TIMEOUT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    converted = {f.stem: dest / f"{f.stem}.{target.split(':')[0]}" for f in files}
    missing = [str(p) for p in converted.values() if not p.is_file()]
    assert not missing, f"LibreOffice did not convert {missing}: {done.stdout} {done.stderr}"
    return converted


@pytest.fixture(scope="module")
def lo_profile(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lo-profile")  # private, so parallel runs never share one


@pytest.fixture(scope="module")
def lo_csv(out_dir, lo_profile, tmp_path_factory) -> dict[str, list[list[str]]]:
    converted = _soffice(out_dir, lo_profile, CSV_FILTER, tmp_path_factory.mktemp("csv"))
    return {stem: list(csv.reader(path.read_text(encoding="utf-8").splitlines())) for stem, path in converted.items()}


@pytest.fixture(scope="module")
def lo_pdf(out_dir, lo_profile, tmp_path_factory) -> dict[str, Path]:
    return _soffice(out_dir, lo_profile, "pdf", tmp_path_factory.mktemp("pdf"))


def _sheet(out_dir: Path, name: str):
    return openpyxl.load_workbook(out_dir / f"{name}.xlsx").active


def _layout06():
    return form_layout(load_form("bieu_06_vpcp_kstt"), samples.form06_rows(), title_lines=[], period_text=PERIOD)


# --- structure read back with openpyxl -------------------------------------------------


def test_bieu_06_heading_title_and_merged_header(out_dir):
    ws = _sheet(out_dir, "bieu06")
    lay = _layout06()
    assert ws["A1"].value == "Biểu số 06/VPCP/KSTT"
    assert "01/2020/TT-VPCP" in ws["A2"].value
    texts = [c.value for row in ws.iter_rows(max_row=lay.header_first - 1) for c in row if c.value]
    assert "Đơn vị báo cáo: Sở Tư pháp tỉnh Tiền Giang" in texts
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC" in texts
    assert PERIOD in texts and "Đơn vị tính: Số hồ sơ TTHC" in texts
    h = lay.header_first
    merged = {str(r) for r in ws.merged_cells.ranges}
    expected = {f"A{h}:A{h + 2}", f"B{h}:B{h + 2}", f"C{h}:F{h}", f"G{h}:J{h}", f"K{h}:M{h}",
                f"C{h + 1}:C{h + 2}", f"D{h + 1}:F{h + 1}", f"G{h + 1}:G{h + 2}", f"H{h + 1}:J{h + 1}",
                f"K{h + 1}:K{h + 2}", f"L{h + 1}:M{h + 1}"}  # fmt: skip
    assert expected <= merged
    assert ws[f"C{h}"].value == "Số hồ sơ nhận giải quyết" and ws[f"D{h + 1}"].value == "Trong đó"
    assert ws[f"G{h}"].value == "Số hồ sơ đã giải quyết" and ws[f"K{h}"].value == "Số hồ sơ đang giải quyết"
    assert ws[f"E{h + 2}"].value == "Trực tiếp, dịch vụ bưu chính"
    assert ws[f"C{h}"].font.name == "Times New Roman" and ws[f"C{h}"].font.b
    assert ws[f"C{h}"].alignment.wrap_text and ws[f"C{h}"].border.left.style == "thin"
    assert ws[f"F{h}"].border.top.style == "thin"  # borders on every cell of a merged range


def test_numbered_column_row_and_widths(out_dir):
    ws = _sheet(out_dir, "bieu06")
    lay = _layout06()
    assert [ws.cell(lay.numbered_row, c).value for c in range(1, 14)] == list(range(1, 14))
    form = load_form("bieu_06_vpcp_kstt")
    for col in form.leaf_columns():
        assert ws.column_dimensions[openpyxl.utils.get_column_letter(col.number)].width == col.width


def test_figures_are_real_numbers_with_formats_and_totals_are_formulas(out_dir):
    ws = _sheet(out_dir, "bieu06")
    lay = _layout06()
    first = lay.first_row
    # group "Hộ tịch" then its two level rows
    assert ws[f"A{first}"].value == "1" and ws[f"B{first}"].value == "Hộ tịch" and ws[f"B{first}"].font.b
    assert ws[f"A{first + 1}"].value == "-" and ws[f"B{first + 1}"].value == "Cấp tỉnh"
    assert ws[f"C{first}"].value == f"=SUM(C{first + 1}:C{first + 2})"
    data = samples.form06_rows()
    assert ws[f"C{first + 1}"].value == data[0]["c3"] and ws[f"C{first + 1}"].data_type == "n"
    assert ws[f"M{first + 2}"].value == data[1]["c13"]
    assert ws[f"D{first + 1}"].number_format == "#,##0" and ws[f"D{first}"].number_format == "#,##0"
    groups = [lay.sheet_row(i) for i, r in enumerate(lay.rows) if r.kind == "group"]
    total = lay.last_row
    assert ws[f"B{total}"].value == "Tổng cộng"
    assert ws[f"C{total}"].value == "=SUM(" + ",".join(f"C{g}" for g in groups) + ")"
    assert ws[f"M{total}"].value == "=SUM(" + ",".join(f"M{g}" for g in groups) + ")"
    assert ws.freeze_panes == f"A{first}"


def test_print_setup(out_dir):
    ws = _sheet(out_dir, "bieu06")
    lay = _layout06()
    assert int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows.replace("$", "") == f"{lay.header_first}:{lay.numbered_row}"
    assert ws.oddFooter.center.text == "Trang &P / &N"
    tasks = _sheet(out_dir, "tasks")
    assert tasks.page_setup.orientation == "landscape" and int(tasks.page_setup.fitToWidth) == 1
    assert tasks.sheet_properties.pageSetUpPr.fitToPage is True
    assert tasks.print_title_rows.replace("$", "") == "4:4" and tasks.oddFooter.center.text == "Trang &P / &N"


def test_protection_unlocks_only_input_cells(out_dir):
    ws = _sheet(out_dir, "bieu06")
    lay = _layout06()
    assert ws.protection.sheet is True
    kinds = {lay.sheet_row(i): r.kind for i, r in enumerate(lay.rows)}
    for r, kind in kinds.items():
        for c in range(1, 14):
            locked = ws.cell(r, c).protection.locked
            assert locked is not (kind == "data" and c >= 3), (r, c, kind)
    assert ws.cell(lay.header_first, 3).protection.locked and ws["A1"].protection.locked
    cuts = _sheet(out_dir, "cuts")
    assert cuts.protection.sheet is True
    r = _first_row("tthc_cuts", samples.cuts_rows())
    assert cuts[f"E{r}"].protection.locked is False and cuts[f"G{r}"].protection.locked is True  # a formula
    assert cuts[f"C{r}"].protection.locked is True  # names come from the catalogue
    assert _sheet(out_dir, "plan").protection.sheet is False


def test_checks_and_input_validation_travel_with_the_sheet(out_dir):
    ws = _sheet(out_dir, "bieu06")
    lay = _layout06()
    rules = {str(rng.sqref): [r.formula[0] for r in rng.rules] for rng in ws.conditional_formatting}
    f, last = lay.first_row, lay.last_row
    assert rules[f"C{f}:C{last}"] == [f"$C{f}<>$D{f}+$E{f}+$F{f}", f"$C{f}<>$G{f}+$K{f}"]
    assert rules[f"K{f}:K{last}"] == [f"$K{f}<>$L{f}+$M{f}"]
    dvs = ws.data_validations.dataValidation
    assert {dv.type for dv in dvs} == {"whole"} and len(dvs) == 11
    assert all(dv.formula1 == "0" and dv.error == "Chỉ nhập số nguyên không nhỏ hơn 0" for dv in dvs)


def test_text_beginning_with_formula_characters_stays_text(out_dir):
    ws = _sheet(out_dir, "plan")
    found = {c.value: c for row in ws.iter_rows() for c in row if c.value in samples.INJECTIONS}
    assert set(found) == set(samples.INJECTIONS)
    for value, cell in found.items():
        assert cell.data_type == "s", value
        assert cell.quotePrefix, value
    tasks = _sheet(out_dir, "tasks")
    assert tasks["B5"].value == "=1+1" and tasks["B5"].data_type == "s"
    assert tasks["B7"].value == samples.INJECTIONS[1] and tasks["B7"].data_type == "s"


def test_table_export_types_and_look(out_dir):
    ws = _sheet(out_dir, "tasks")
    assert ws["A1"].value == "DANH SÁCH NHIỆM VỤ" and ws["A2"].value == "Lọc: quá hạn"
    assert [c.value for c in ws[4]] == [t for t, _, _ in TASK_COLUMNS]
    assert ws["C5"].value == datetime.datetime(2025, 6, 30) and ws["C5"].number_format == "dd/mm/yyyy"
    assert ws["C6"].value == "Thường xuyên" and ws["C6"].data_type == "s"
    assert ws["D5"].value == 0.5 and ws["D5"].number_format == "0.0%"
    assert ws["E5"].value == 3 and ws["E5"].number_format == "#,##0"
    assert ws.auto_filter.ref == "A4:E7" and ws.freeze_panes == "A5"
    assert ws["A4"].font.name == "Times New Roman" and ws["B5"].border.bottom.style == "thin"


def _first_row(form_id: str, rows: list[dict]) -> int:
    return form_layout(load_form(form_id), rows, title_lines=[], period_text="x").first_row


def test_cuts_rates_are_formulas_with_percent_format(out_dir):
    ws = _sheet(out_dir, "cuts")
    r = _first_row("tthc_cuts", samples.cuts_rows())
    assert ws[f"B{r}"].value == "1.001234" and ws[f"B{r}"].data_type == "s"  # a code, not a number
    assert ws[f"G{r}"].value == f'=IFERROR((E{r}-F{r})/E{r},"")' and ws[f"G{r}"].number_format == "0.0%"
    assert ws[f"F{r}"].value == 6.5 and ws[f"F{r}"].number_format == "General"
    t = r + 3
    assert ws[f"E{t}"].value == f"=SUM(E{r}:E{r + 2})" and ws[f"G{t}"].value == f'=IFERROR((E{t}-F{t})/E{t},"")'


def test_workbook_remembers_form_id_and_version(out_dir):
    wb = openpyxl.load_workbook(out_dir / "bieu06.xlsx")
    props = {p.name: p.value for p in wb.custom_doc_props.props}
    assert props == {"tthc_form_id": "bieu_06_vpcp_kstt", "tthc_form_version": "2020.1"}


def test_numbers_never_written_as_text_and_files_replaced_atomically(tmp_path):
    form = load_form("bieu_06_vpcp_kstt")
    with pytest.raises(CellValueError, match="cần một số, không phải «12»"):
        write_form_xlsx(form, [dict(field="Hộ tịch", level="Cấp xã", c3="12")], tmp_path / "x.xlsx",
                        title_lines=[], period_text="", unit_name="", protect=False)  # fmt: skip
    assert list(tmp_path.iterdir()) == []  # no temp file and no half-written output left
    target = tmp_path / "y.xlsx"
    target.write_bytes(b"old")
    write_form_xlsx(form, [], target, title_lines=[], period_text="", unit_name="", protect=False)
    assert openpyxl.load_workbook(target).active["A1"].value == "Biểu số 06/VPCP/KSTT"
    assert [p.name for p in tmp_path.iterdir()] == ["y.xlsx"]
    assert os.stat(target).st_mode & 0o044  # readable by others like any saved document, not 0600


# --- LibreOffice: the independent reader -------------------------------------------------


def _number(text: str) -> Decimal:
    text = text.strip()
    return Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)


def test_libreoffice_totals_equal_python_sums(lo_csv):
    table = lo_csv["bieu06"]
    lay = _layout06()
    laid = layout_rows(load_form("bieu_06_vpcp_kstt"), samples.form06_rows())
    assert [int(v) for v in table[lay.numbered_row - 1]] == list(range(1, 14))
    for i, row in enumerate(laid):
        line = table[lay.sheet_row(i) - 1]
        assert line[1] == row.values["c2"]
        assert [int(v) for v in line[2:13]] == [row.values[f"c{n}"] for n in range(3, 14)], line
    assert table[lay.last_row - 1][1] == "Tổng cộng"
    data = samples.form06_rows()
    assert int(table[lay.last_row - 1][2]) == sum(r["c3"] for r in data) == 8192


def test_libreoffice_reads_formula_like_text_as_text(lo_csv):
    cells = {v for line in lo_csv["plan"] for v in line}
    assert set(samples.INJECTIONS) <= cells
    row = next(line for line in lo_csv["plan"] if line[0] == "2")
    assert row[1] == "=1+1" and row[5] == samples.INJECTIONS[1]  # not computed, not a link
    assert lo_csv["tasks"][4][1] == "=1+1" and lo_csv["tasks"][6][1] == samples.INJECTIONS[1]


def test_libreoffice_computes_rates_and_ii07b(lo_csv):
    cuts = lo_csv["cuts"]
    rows = {line[1]: line for line in cuts if line and line[1][:1].isdigit()}
    assert _number(rows["1.001234"][6]) == Decimal("0.35") and _number(rows["1.001234"][9]) == Decimal("0.3")
    assert rows["1.000893"][9] == ""  # no baseline cost: blank, not #DIV/0!
    total = next(line for line in cuts if "Tổng cộng" in line)
    assert _number(total[4]) == 43 and _number(total[5]) == Decimal("33.5")
    assert abs(_number(total[6]) - Decimal("9.5") / 43) < Decimal("0.0001")
    ii07b = lo_csv["ii07b"]
    total = next(line for line in ii07b if "Tổng cộng" in line)
    assert [int(v) for v in total[2:8]] == [30, 10, 12, 8, 30, 30]


def test_libreoffice_prints_each_form_on_one_a4_page(lo_pdf):
    for stem, pdf in lo_pdf.items():
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Pages:\s+1$", info, re.M), stem
        assert "841.89 x 595.3" in info, stem  # A4 landscape
    text = subprocess.run(["pdftotext", "-layout", str(lo_pdf["bieu06"]), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC" in text
    assert "Số hồ sơ nhận giải quyết" in text and "Trang 1 / 1" in text
    assert "8,192" in text or "8.192" in text


def test_wrapped_text_rows_are_taller_and_group_headings_span_the_row(out_dir):
    ws = _sheet(out_dir, "plan")
    r = form_layout(load_form("plan_progress"), samples.plan_rows(), title_lines=["PHỤ LỤC I", "TIẾN ĐỘ"],
                    period_text="x").first_row  # fmt: skip
    assert ws[f"A{r}"].value == "I" and f"B{r}:G{r}" in {str(m) for m in ws.merged_cells.ranges}
    long_row, short_row = ws.row_dimensions[r + 1].height, ws.row_dimensions[r + 2].height
    assert long_row >= 2 * short_row - 4  # two lines of task content against one


def test_table_export_refuses_unknown_kinds(tmp_path):
    with pytest.raises(ValueError, match="Kiểu cột không hợp lệ: «money»"):
        write_table_xlsx([("Tiền", 10, "money")], [], tmp_path / "t.xlsx", title="T")
    assert not (tmp_path / "t.xlsx").exists()
