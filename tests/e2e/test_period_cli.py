"""`period freeze|show`: figures changed after the freeze are listed, and `form fill` keeps using the frozen set."""

from __future__ import annotations

import json

from cli_support import run
from form06_export import write_form06_export
from openpyxl import load_workbook
from province_form_fixture import build_province_form


def _export(path, ho_tich_c3):
    write_form06_export(path, [("Hộ tịch", (ho_tich_c3, 50, 62, 8, 100, 10, 80, 10, 20, 15, 5))])


def test_freeze_then_change_then_fill(tmp_path):
    db = str(tmp_path / "p.db")
    _export(tmp_path / "a.xlsx", 120)
    assert run("stats", "import", str(tmp_path / "a.xlsx"), "--period", "2026-Q3", "--db", db, cwd=tmp_path).returncode == 0
    frozen = run("period", "freeze", "--period", "2026-Q3", "--db", db, cwd=tmp_path)
    assert frozen.returncode == 0 and "Đã chốt số liệu Quý III năm 2026" in frozen.stdout, frozen.stderr
    _export(tmp_path / "b.xlsx", 125)  # a later correction in the one-stop system
    assert run("stats", "import", str(tmp_path / "b.xlsx"), "--period", "2026-Q3", "--db", db, cwd=tmp_path).returncode == 0
    shown = run("period", "show", "--period", "2026-Q3", "--db", db, "--json", cwd=tmp_path)
    assert shown.returncode == 1
    diffs = json.loads(shown.stdout)["differences"]
    assert {"where": "Biểu 06 Hộ tịch, cột 3 (tổng số nhận giải quyết)", "frozen": 120, "now": 125} in diffs
    template, out = tmp_path / "bieu.xlsx", tmp_path / "out.xlsx"
    rows = build_province_form(template)
    filled = run("form", "fill", str(template), "--period", "2026-Q3", "--out", str(out), "--db", db, cwd=tmp_path)
    assert filled.returncode == 0, filled.stderr
    assert "Dùng số liệu đã chốt lúc" in filled.stdout and "đã thay đổi" in filled.stdout
    assert load_workbook(out)["Biểu 06"].cell(rows["HỘ TỊCH"], 3).value == 120  # the frozen figure
    assert run("period", "freeze", "--period", "2026-Q3", "--db", db, cwd=tmp_path).returncode == 0
    assert run("period", "show", "--period", "2026-Q3", "--db", db, cwd=tmp_path).returncode == 0
    run("form", "fill", str(template), "--period", "2026-Q3", "--out", str(out), "--db", db, cwd=tmp_path)
    assert load_workbook(out)["Biểu 06"].cell(rows["HỘ TỊCH"], 3).value == 125
    missing = run("period", "show", "--period", "2026-Q4", "--db", db, cwd=tmp_path)
    assert missing.returncode == 2 and "chưa chốt số liệu" in missing.stderr
