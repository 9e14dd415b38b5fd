"""`tthc-desktop import-plan`: JSON shape, storing, re-import, and bad files leaving the database untouched."""

from __future__ import annotations

import hashlib
import json
import random

import pytest
from cli_support import run


@pytest.mark.parametrize("fixture", ["tien_giang_txt", "tien_giang_docx", "tien_giang_xlsx"])
def test_dry_run_json_is_the_same_for_every_format(fixture, request, tmp_path):
    path = request.getfixturevalue(fixture)
    result = run("import-plan", str(path), "--dry-run", "--json", "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    tasks = json.loads(result.stdout)
    by_number = {t["number"]: t for t in tasks}
    assert set(tasks[0]) >= {"number", "content", "lead", "coordinating", "deadline_text", "due_dates",
                             "continuous", "needs_date", "parent", "is_group"}
    assert by_number["II.1"]["due_dates"] == ["2025-04-24"]
    assert by_number["II.2.1"]["parent"] == "II.2" and by_number["II.2"]["is_group"]
    assert by_number["IV.2.7"]["continuous"] is True
    assert by_number["III.4"]["needs_date"] is True
    assert not (tmp_path / "x.db").exists()  # dry run: no database written
    if fixture != "tien_giang_txt":
        reference = run("import-plan", str(request.getfixturevalue("tien_giang_txt")), "--dry-run", "--json",
                        cwd=tmp_path)
        keys = ("number", "content", "lead", "coordinating", "deadline_text", "due_dates", "parent")
        assert [{k: t[k] for k in keys} for t in tasks] == [
            {k: t[k] for k in keys} for t in json.loads(reference.stdout)]


def test_store_then_reimport_does_not_duplicate(tien_giang_txt, tmp_path):
    db = str(tmp_path / "a.db")
    first = run("import-plan", str(tien_giang_txt), "--db", db, "--symbol", "165/KH-UBND", "--title", "Triển khai NQ 66",
                cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Đã lưu kế hoạch mới" in first.stdout
    second = run("import-plan", str(tien_giang_txt), "--db", db, "--symbol", "165/KH-UBND", "--title", "Triển khai NQ 66",
                 cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Kế hoạch đã có" in second.stdout and "thêm 0" in second.stdout
    info = json.loads(run("db", "info", "--db", db, "--json", cwd=tmp_path).stdout)
    assert info["row_counts"]["plans"] == 1 and info["row_counts"]["tasks"] == 41


def write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", ["truncated_docx", "truncated_xlsx", "docx_without_table", "empty", "pdf",
                                  "ole", "zip_bomb", "random"])
def test_bad_files_exit_2_and_leave_database_unchanged(kind, plans, tien_giang_docx, tien_giang_xlsx, tmp_path):
    makers = {
        "truncated_docx": lambda: plans.truncate(tien_giang_docx, tmp_path / "cut.docx"),
        "truncated_xlsx": lambda: plans.truncate(tien_giang_xlsx, tmp_path / "cut.xlsx"),
        "docx_without_table": lambda: plans.build_docx_without_table(tmp_path / "no-table.docx"),
        "empty": lambda: write(tmp_path / "empty.xlsx", b""),
        "pdf": lambda: plans.build_pdf(tmp_path / "plan.docx"),
        "ole": lambda: plans.build_ole(tmp_path / "encrypted.xlsx"),
        "zip_bomb": lambda: plans.build_zip_bomb(tmp_path / "bomb.docx"),
        "random": lambda: write(tmp_path / "noise.xlsx", random.Random(7).randbytes(4096)),
    }
    bad = makers[kind]()
    db = tmp_path / "a.db"
    assert run("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run("import-plan", str(bad), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2, (kind, result.stdout, result.stderr)
    assert result.stderr.startswith("Lỗi: Tệp ") and bad.name in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
