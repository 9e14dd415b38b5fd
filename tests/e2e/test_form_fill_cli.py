"""`tthc-desktop form fill`: a province-styled biểu 06 filled in place from `stats import` figures.

The three properties of the issue's check: the filled cells equal the imported figures, the form's
own total formulas still compute (LibreOffice recalculation), and every other part of the package
is unchanged (all members compared; the sheet XML compared without the written cells).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cli_support import run
from form06_export import write_form06_export
from openpyxl import load_workbook
from province_form_fixture import FIELDS, build_province_form, members, strip_cells

from tthc_desktop.reports.xlsx_patch import sheet_parts

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1"
HO_TICH = [120, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5]
DAT_DAI = [60, 0, 55, 5, 45, 5, 35, 5, 15, 10, 5]
CHUNG_THUC = [300, 100, 200, 0, 290, 90, 200, 0, 10, 10, 0]
XAY_DUNG = [7, 1, 6, 0, 7, 1, 6, 0, 0, 0, 0]  # the app has it, the province's form does not


def _export(path: Path) -> None:
    write_form06_export(path, [("Hộ tịch", HO_TICH), ("Đất đai", DAT_DAI), ("Chứng thực", CHUNG_THUC),
                               ("Xây dựng", XAY_DUNG)])


@pytest.fixture
def filled(tmp_path):
    template = tmp_path / "bieu-06-tinh.xlsx"
    rows = build_province_form(template)
    export = tmp_path / "II06a.xlsx"
    _export(export)
    db = tmp_path / "f.db"
    imported = run("stats", "import", str(export), "--period", "2026-Q3", "--db", str(db), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "da-dien.xlsx"
    done = run("form", "fill", str(template), "--period", "2026-Q3", "--out", str(out), "--explain", "--db", str(db),
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return template, out, rows, done.stdout, db


def test_filled_cells_equal_the_imported_figures(filled):
    _, out, rows, stdout, _ = filled
    ws = load_workbook(out)["Biểu 06"]
    for label, values in (("HỘ TỊCH", HO_TICH), ("Lĩnh vực Đất đai", DAT_DAI), ("Chứng thực", CHUNG_THUC)):
        assert [ws.cell(rows[label], c).value for c in range(3, 14)] == values
    for unknown in ("Khiếu nại, tố cáo", "Thi đua, khen thưởng"):  # listed, never guessed
        assert [ws.cell(rows[unknown], c).value for c in range(3, 14)] == [None] * 11
        assert f"Chưa ghép được dòng {rows[unknown]} “{unknown}”" in stdout
    assert "Số liệu chưa có dòng trong biểu: lĩnh vực “Xây dựng”" in stdout
    # --explain: every written cell with its reason
    r = rows["HỘ TỊCH"]
    assert f"  C{r} = 120: cột 3 (Tổng số nhận giải quyết) của lĩnh vực “Hộ tịch”, Quý III năm 2026" in stdout
    assert len(re.findall(r"^  [A-M]\d+ = \d+: ", stdout, re.M)) == 33 and "Đã điền 33 ô." in stdout
    t = rows["total"]
    assert ", ".join(f"{c}{t}" for c in "CDEFGHIJKLM") + ": giữ công thức của biểu (tổng cộng các lĩnh vực)" in stdout


def test_formulas_still_compute_in_libreoffice(filled, tmp_path):
    _, out, rows, _, _ = filled
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is required: apt-get install libreoffice-calc-nogui"
    profile = tmp_path / "lo-profile"
    done = subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                           "--convert-to", CSV_FILTER, "--outdir", str(tmp_path / "csv"), str(out)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    table = list(csv.reader((tmp_path / "csv" / f"{out.stem}.csv").read_text(encoding="utf-8").splitlines()))
    total = table[rows["total"] - 1]
    expected = [a + b + c for a, b, c in zip(HO_TICH, DAT_DAI, CHUNG_THUC, strict=True)]
    assert total[1] == "Tổng cộng" and [int(v) for v in total[2:13]] == expected


def test_every_other_part_of_the_package_is_unchanged(filled):
    template, out, rows, _, _ = filled
    before, after = members(template), members(out)
    assert list(before) == list(after)  # same members, same order
    member = sheet_parts(template)["Biểu 06"]
    written = {f"{col}{rows[label]}" for label in ("HỘ TỊCH", "Lĩnh vực Đất đai", "Chứng thực") for col in "CDEFGHIJKLM"}
    for name in before:
        if name == member:
            assert strip_cells(after[name].decode(), written) == strip_cells(before[name].decode(), written)
        else:
            assert after[name] == before[name], name
    assert any(n.startswith("xl/media/") for n in before)  # the logo is there, byte for byte
    wb = load_workbook(out)
    ws = wb["Biểu 06"]
    assert str(ws.data_validations.dataValidation[0].sqref) == f"C9:M{rows['total'] - 1}"
    assert "D2:M2" in {str(r) for r in ws.merged_cells.ranges} and wb.sheetnames == ["Biểu 06", "Hướng dẫn"]
    assert ws[f"C{rows['total']}"].value == f"=SUM(C9:C{rows['total'] - 1})"


def test_stale_cached_totals_are_recomputed_on_open(tmp_path):
    """An Excel-saved form carries cached totals and no fullCalcOnLoad: the fill asks for recalculation."""
    template = tmp_path / "excel-saved.xlsx"
    rows = build_province_form(template)
    data = members(template)
    data["xl/workbook.xml"] = re.sub(rb'\s*fullCalcOnLoad="1"', b"", data["xl/workbook.xml"])
    sheet = sheet_parts(template)["Biểu 06"]
    data[sheet] = re.sub(rb"(<f>SUM\([^<]*\)</f>)(<v>\s*</v>)?", rb"\1<v>0</v>", data[sheet])
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in data.items():
            zf.writestr(name, content)
    export, db = tmp_path / "II06a.xlsx", tmp_path / "f.db"
    _export(export)
    assert run("stats", "import", str(export), "--period", "2026-Q3", "--db", str(db), cwd=tmp_path).returncode == 0
    out = tmp_path / "out.xlsx"
    assert run("form", "fill", str(template), "--period", "2026-Q3", "--out", str(out), "--db", str(db),
               cwd=tmp_path).returncode == 0
    workbook_xml = members(out)["xl/workbook.xml"].decode()
    assert 'fullCalcOnLoad="1"' in workbook_xml
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is required"
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--norestore",
                    "--convert-to", CSV_FILTER, "--outdir", str(tmp_path / "csv"), str(out)],
                   capture_output=True, timeout=180, check=True)
    table = list(csv.reader((tmp_path / "csv" / "out.csv").read_text(encoding="utf-8").splitlines()))
    assert int(table[rows["total"] - 1][2]) == HO_TICH[0] + DAT_DAI[0] + CHUNG_THUC[0]


def test_matching_by_hand_is_remembered_for_the_same_form(filled, tmp_path):
    template, _, rows, _, db = filled
    out = tmp_path / "lan-2.xlsx"
    first = run("form", "fill", str(template), "--period", "2026-Q3", "--out", str(out), "--db", str(db),
                "--match", "Thi đua, khen thưởng=Xây dựng", "--remember", "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert [u["label"] for u in json.loads(first.stdout)["unmatched"]] == ["Khiếu nại, tố cáo"]
    # next period's copy of the same form: a fresh file with the same headers, no --match
    again = tmp_path / "bieu-ky-sau.xlsx"
    build_province_form(again, FIELDS)
    second = run("form", "fill", str(again), "--period", "2026-Q3", "--out", str(tmp_path / "lan-3.xlsx"),
                 "--db", str(db), cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Dùng cách ghép dòng đã lưu" in second.stdout
    ws = load_workbook(tmp_path / "lan-3.xlsx")["Biểu 06"]
    assert [ws.cell(rows["Thi đua, khen thưởng"], c).value for c in range(3, 14)] == XAY_DUNG


def test_old_xls_and_missing_figures_get_vietnamese_messages(tmp_path):
    xls = tmp_path / "bieu.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    done = run("form", "fill", str(xls), "--period", "2026-Q3", "--out", str(tmp_path / "o.xlsx"),
               "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert done.returncode == 2 and "định dạng Excel cũ (.xls)" in done.stderr and ".xlsx" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "o.xlsx").exists()
    template = tmp_path / "bieu.xlsx"
    build_province_form(template)
    empty = run("form", "fill", str(template), "--period", "2026-Q3", "--out", str(tmp_path / "o.xlsx"),
                "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert empty.returncode == 2 and "Chưa có số liệu biểu 06 của Quý III năm 2026" in empty.stderr
    assert not (tmp_path / "o.xlsx").exists()
