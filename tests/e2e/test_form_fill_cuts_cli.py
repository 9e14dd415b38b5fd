"""`tthc-desktop form fill --explain` on a province's TTHC-cut table: the cells written with why, rows not matched
listed, the output a valid package with the form's formulas kept."""

from __future__ import annotations

import os
import subprocess
import sys

from openpyxl import load_workbook
from province_cuts_fixture import SHEET, build_cuts_form

from tthc_desktop.services.context import AppContext
from tthc_desktop.store.procedures import ProcedureRepository


def test_cli_fills_a_cut_table_and_explains(tmp_path):
    from report_fixtures import PROCEDURES

    db = tmp_path / "c.db"
    with AppContext.open(db) as ctx:
        for p in PROCEDURES:
            ProcedureRepository(ctx.writer).save(p)
    template, out = tmp_path / "cat-giam.xlsx", tmp_path / "da-dien.xlsx"
    rows = build_cuts_form(template)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tthc_desktop", "form", "fill", str(template), "--period", "2026-Q1",
                           "--out", str(out), "--explain", "--db", str(db)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    r = rows["Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"]
    assert (f"  H{r} = 40.0: tỷ lệ cắt giảm thời gian (%) = 40 ((trước − sau) / trước) của TTHC 1.001766 “Cấp Phiếu "
            "lý lịch tư pháp cho công dân Việt Nam” (trùng mã TTHC 1.001766), Quý I năm 2026") in done.stdout
    assert f"Chưa ghép được dòng {rows['Thủ tục tỉnh tự đặt']} “Thủ tục tỉnh tự đặt”: mã TTHC 1.009999" in done.stdout
    assert "Đã điền 27 ô." in done.stdout and f"Đã ghi: {out}" in done.stdout
    ws = load_workbook(out)[SHEET]
    assert ws[f"F{r}"].value == 6 and ws[f"E{rows['total']}"].value.startswith("=SUM(")
