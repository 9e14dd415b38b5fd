"""`form fill` on a province's TTHC-cut table (issue 20 §3): recognised by its headers (merged groups over
sub-columns), each procedure row filled from the catalogue by its mã TTHC (or its name on a row without one),
unknown rows listed and never guessed, --explain says why; the rest of the package unchanged, the form's own
totals recomputed by LibreOffice; the period's frozen set wins."""

from __future__ import annotations

import csv
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest
import report_fixtures as fx
from openpyxl import load_workbook
from province_cuts_fixture import SHEET, build_cuts_form
from province_form_fixture import members, strip_cells

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.importers.province_cuts_form import read_cuts_form
from tthc_desktop.reports.xlsx_patch import sheet_parts
from tthc_desktop.services.form_fill import FormFillService, explain_lines
from tthc_desktop.services.period_freeze import PeriodFreezeService
from tthc_desktop.store.procedures import ProcedureRepository

Q3 = parse_period("2025-Q3")
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1"


@pytest.fixture
def filled(ctx, appendix_text, tmp_path):
    fx.seed(ctx, appendix_text)  # the catalogue: fx.PROCEDURES
    template = tmp_path / "bieu-cat-giam-tinh.xlsx"
    rows = build_cuts_form(template)
    out = tmp_path / "da-dien.xlsx"
    plan = FormFillService(ctx).fill(template, Q3, out)
    return template, out, rows, plan


def test_the_table_is_found_by_its_headers(tmp_path):
    template = tmp_path / "t.xlsx"
    rows = build_cuts_form(template)
    form = read_cuts_form(template)
    assert form.sheet == SHEET and form.header_rows == (4, 5)
    assert form.columns == {2: "B", 3: "C", 5: "E", 6: "F", 12: "G", 7: "H", 8: "I", 9: "J", 10: "K"}
    assert [(r.excel_row, r.kind, r.field) for r in form.rows] == [
        (rows["Đăng ký khai sinh"], "procedure", "1.004227"), (rows["Đăng ký kết hôn"], "procedure", ""),
        (rows["Chứng thực bản sao từ bản chính"], "procedure", "2.000908"),
        (rows["Thủ tục tỉnh tự đặt"], "procedure", "1.009999"), (rows["Cấp giấy phép xây dựng"], "procedure", ""),
        (rows["Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"], "procedure", "1.001766"),
        (rows["total"], "total", "")]  # the merged lĩnh vực headings and the numbering row are not rows


def test_rows_filled_by_code_or_name_unknown_ones_listed(filled):
    _, out, rows, plan = filled
    assert plan.kind == "cuts"
    ws = load_workbook(out)[SHEET]

    def row(name):
        return [ws[f"{c}{rows[name]}"].value for c in "EFGHIJK"]

    # time: before, after, days cut, % ; cost: before, after, % (the cost rate cell is styled 0.0%: a fraction)
    assert row("Đăng ký khai sinh") == [3, 1, 2, 66.7, 0, 0, None]  # 0 đồng before: no rate, left empty
    assert row("Chứng thực bản sao từ bản chính") == [2, 1, 1, 50, 2000, 1000, 0.5]
    assert row("Cấp giấy phép xây dựng") == [20, 18, 2, 10, 150000, 100000, 0.333]  # no code: by its name
    assert row("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam") == [10, 6, 4, 40, 200000, 200000, 0]
    for unknown in ("Đăng ký kết hôn", "Thủ tục tỉnh tự đặt"):
        assert row(unknown) == [None] * 7  # never guessed
    lines = explain_lines(plan)
    text = "\n".join(lines)
    assert f"Chưa ghép được dòng {rows['Thủ tục tỉnh tự đặt']} “Thủ tục tỉnh tự đặt”: mã TTHC 1.009999 không có " \
           "trong danh mục của đơn vị (để trống, không đoán)" in text
    assert f"Chưa ghép được dòng {rows['Đăng ký kết hôn']} “Đăng ký kết hôn”: không có TTHC cùng tên trong danh " \
           "mục (dòng không ghi mã)" in text
    r = rows["Chứng thực bản sao từ bản chính"]
    assert (f"  K{r} = 0.5: tỷ lệ cắt giảm chi phí (%) = 50% ((trước − sau) / trước) của TTHC 2.000908 “Chứng thực "
            "bản sao từ bản chính” (trùng mã TTHC 2.000908), Quý III năm 2025") in lines
    r = rows["Cấp giấy phép xây dựng"]
    assert any(line.startswith(f"  E{r} = 20: thời gian giải quyết theo quy định = 20 (theo danh mục) của TTHC "
                               "1.000894 “Cấp giấy phép xây dựng” (trùng tên TTHC (dòng không ghi mã))")
               for line in lines)
    k = rows["Đăng ký khai sinh"]
    assert any(line.startswith(f"  K{k}: để trống — năm 2024 không quy định chi phí (0 đồng)") for line in lines)
    t = rows["total"]
    assert f"  E{t}, F{t}, G{t}, I{t}, J{t}: giữ công thức của biểu (dòng tổng cộng)" in text
    assert "Đã điền 27 ô." in text and len(plan.writes) == 27 and plan.unused_procedures == []


def test_every_other_part_of_the_package_is_unchanged(filled):
    template, out, rows, plan = filled
    before, after = members(template), members(out)
    assert list(before) == list(after)
    member = sheet_parts(template)[SHEET]
    written = {w.ref for w in plan.writes}
    for name in before:
        if name == member:
            assert strip_cells(after[name].decode(), written) == strip_cells(before[name].decode(), written)
        else:
            assert after[name] == before[name], name
    assert any(n.startswith("xl/media/") for n in before)
    wb = load_workbook(out)
    ws = wb[SHEET]
    assert str(ws.data_validations.dataValidation[0].sqref) == f"E7:K{rows['total'] - 1}"
    assert wb.sheetnames == [SHEET, "Hướng dẫn"] and ws[f"E{rows['total']}"].value == f"=SUM(E7:E{rows['total'] - 1})"
    assert {"A4:A5", "E4:H4", "I4:K4"} <= {str(r) for r in ws.merged_cells.ranges}


def test_libreoffice_recomputes_the_forms_totals(filled, tmp_path):
    _, out, rows, _ = filled
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is required: apt-get install libreoffice-calc-nogui"
    done = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                           "--norestore", "--convert-to", CSV_FILTER, "--outdir", str(tmp_path / "csv"), str(out)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    table = list(csv.reader((tmp_path / "csv" / f"{out.stem}.csv").read_text(encoding="utf-8").splitlines()))
    total = table[rows["total"] - 1]
    assert total[2] == "Tổng cộng"
    # E, F, G, I, J over the four filled procedures
    assert [float(total[i]) for i in (4, 5, 6, 8, 9)] == [3 + 2 + 20 + 10, 1 + 1 + 18 + 6, 2 + 1 + 2 + 4,
                                                          0 + 2000 + 150000 + 200000, 0 + 1000 + 100000 + 200000]
    assert table[rows["Chứng thực bản sao từ bản chính"] - 1][10] == "50.0%"  # shown as the form styles it


def test_the_frozen_cut_figures_are_used(ctx, appendix_text, tmp_path):
    fx.seed(ctx, appendix_text)
    freezes = PeriodFreezeService(ctx)
    freezes.freeze(Q3)
    repo = ProcedureRepository(ctx.writer)
    lltp = next(p for p in repo.list() if p.code == "1.001766")
    repo.save(replace(lltp, current_days=Decimal(5)))  # after the freeze
    template = tmp_path / "t.xlsx"
    rows = build_cuts_form(template)
    plan = FormFillService(ctx).fill(template, Q3, tmp_path / "o.xlsx")
    ws = load_workbook(tmp_path / "o.xlsx")[SHEET]
    assert ws[f"F{rows['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam']}"].value == 6  # the frozen value, not 5
    assert plan.frozen_at and plan.changed_since_freeze >= 1
    assert any(d.where.startswith("Cắt giảm 1.001766") for d in freezes.differences(Q3))
    assert "Lưu ý: số liệu đã thay đổi" in "\n".join(explain_lines(plan))
