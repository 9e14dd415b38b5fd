"""`tthc-desktop procedures …` and `stats …`: realistic catalogue, row messages, JSON shapes, bad files leave the DB alone."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_support import run
from form06_export import write_form06_export
from openpyxl import Workbook

TESTS = Path(__file__).resolve().parents[1]




@pytest.fixture
def catalogue(tmp_path):
    import fixtures_catalogue as helpers
    path = tmp_path / "danh-muc.xlsx"
    rows = helpers.build_catalogue(path)
    return path, rows


def test_import_dry_run_then_store_then_list_and_cuts(catalogue, tmp_path):
    path, rows = catalogue
    db = tmp_path / "a.db"
    dry = run("procedures", "import", str(path), "--dry-run", "--json", "--db", str(db), cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    data = json.loads(dry.stdout)
    assert len(data["procedures"]) >= 60 and data["stored"] is None
    assert not db.exists()
    issue = next(i for i in data["issues"] if i["row"] == rows["bad:ĐẤT ĐAI:1"] and i["column"] == "Số hồ sơ/năm")
    assert issue == {"sheet": "Danh mục TTHC", "row": rows["bad:ĐẤT ĐAI:1"], "column": "Số hồ sơ/năm",
                     "raw": "Chưa thống kê", "message": "Không đọc được số hồ sơ “Chưa thống kê”: cần một số nguyên",
                     "severity": "warning"}

    stored = run("procedures", "import", str(path), "--db", str(db), cwd=tmp_path)
    assert stored.returncode == 0, stored.stderr
    assert f"Lỗi: dòng {rows['bad:HỘ TỊCH:0']}, cột “Mã TTHC”: Thiếu mã TTHC: dòng không được nhập" in stored.stdout
    assert f"Đã lưu: thêm {len(data['procedures'])}, cập nhật 0" in stored.stdout
    again = run("procedures", "import", str(path), "--db", str(db), cwd=tmp_path)
    assert f"thêm 0, cập nhật 0, giữ nguyên {len(data['procedures'])}" in again.stdout

    listed = json.loads(run("procedures", "list", "--json", "--db", str(db), cwd=tmp_path).stdout)
    assert [p["code"] for p in listed] == [p["code"] for p in data["procedures"]]
    kh = next(p for p in listed if p["code"] == "2.000986")
    assert (kh["baseline_days"], kh["current_days"], kh["baseline_cost"], kh["current_cost"]) == (15.0, 10.0,
                                                                                               1500000, 1000000)

    cuts = run("procedures", "cuts", "--year", "2025", "--json", "--db", str(db), cwd=tmp_path)
    assert cuts.returncode == 0, cuts.stderr
    report = json.loads(cuts.stdout)
    one = next(p for p in report["procedures"] if p["code"] == "2.000986")
    assert (one["time_cut_pct"], one["cost_cut_pct"], one["meets_target"]) == (33.3, 33.3, True)
    free = next(p for p in report["procedures"] if p["code"] == "1.001193")  # "Miễn phí" both years
    assert free["cost_cut_pct"] is None and free["cost_reason"]
    assert set(report["totals"]["simple"]) >= {"time_cut_pct", "cost_cut_pct", "meets_target"}
    assert isinstance(report["totals"]["weighted"]["time_cut_pct"], float)
    short = run("procedures", "cuts", "--year", "2026", "--db", str(db), cwd=tmp_path)
    assert "chỉ tiêu cắt giảm: 50,0%" in short.stdout and "Thủ tục chưa đạt chỉ tiêu:" in short.stdout


def test_bad_file_exit_2_and_database_untouched(catalogue, tmp_path):
    path, _ = catalogue
    db = tmp_path / "b.db"
    assert run("procedures", "import", str(path), "--db", str(db), cwd=tmp_path).returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    result = run("procedures", "import", str(bad), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: Tệp hong.xlsx") and "Traceback" not in result.stderr
    empty = tmp_path / "trong.xlsx"
    Workbook().save(empty)
    result = run("procedures", "import", str(empty), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2 and "Tệp trong.xlsx" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_stats_import_and_show(tmp_path):
    export = tmp_path / "II06a.xlsx"
    write_form06_export(export)
    db = tmp_path / "s.db"
    imported = run("stats", "import", str(export), "--period", "2025-Q3", "--level", "xã", "--db", str(db),
                   cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "Đọc được 2 dòng số liệu." in imported.stdout
    assert "Cần kiểm tra: dòng 5, Cột 3: Cột 3 (Tổng số nhận giải quyết = 60) phải bằng cột 7 + 11 (= 55)" \
        in imported.stdout
    shown = json.loads(run("stats", "show", "--period", "2025-Q3", "--json", "--db", str(db), cwd=tmp_path).stdout)
    assert shown["label"] == "Quý III năm 2025"
    assert [(r["field"], r["level"], r["c3"]) for r in shown["rows"]] == [("Hộ tịch", "xã", 120), ("Đất đai", "xã", 60)]
    assert shown["totals"]["c3"] == 180 and shown["rates"]["overdue"] == 25
    assert shown["rates"]["on_time"]["pct"] == 89.3
    assert [(e["row"], e["column"]) for e in shown["errors"]] == [(2, 3)]
    bad = run("stats", "show", "--period", "2025-Q5", "--db", str(db), cwd=tmp_path)
    assert bad.returncode == 2 and "2025-Q5" in bad.stderr


def test_import_text_ends_with_what_was_saved_or_the_dry_run(catalogue, tmp_path):
    path, _ = catalogue
    export = tmp_path / "II06a.xlsx"
    write_form06_export(export)
    db = tmp_path / "t.db"
    for args in (("procedures", "import", str(path)), ("stats", "import", str(export), "--period", "2025-Q3")):
        dry = run(*args, "--dry-run", "--db", str(db), cwd=tmp_path)
        assert dry.returncode == 0, dry.stderr
        assert dry.stdout.rstrip().endswith("Chạy thử (--dry-run): chưa lưu gì.") and not db.exists()
    stored = run("procedures", "import", str(path), "--db", str(db), cwd=tmp_path)
    assert stored.stdout.rstrip().splitlines()[-1].startswith("Đã lưu: thêm ")
    stats = run("stats", "import", str(export), "--period", "2025-Q3", "--db", str(db), cwd=tmp_path)
    assert stats.stdout.rstrip().splitlines()[-1] == "Đã lưu kỳ 2025-Q3: thêm 2, sửa 0, bỏ 0 dòng."
    missing = run("stats", "import", str(tmp_path / "khong-co.xlsx"), "--period", "2025-Q3", "--db", str(db),
                  cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("Lỗi: ") and "Traceback" not in missing.stderr
