"""`tthc-desktop tasks`: JSON shape, filters and folded search on the imported Tiền Giang plan, export, errors."""

from __future__ import annotations

import json

import openpyxl
import pytest
from cli_support import run


@pytest.fixture(scope="module")
def db(tien_giang_txt, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tasks_cli")
    path = str(folder / "t.db")
    result = run("import-plan", str(tien_giang_txt), "--db", path, "--symbol", "165/KH-UBND", "--title", "Triển khai NQ 66",
                 cwd=folder)
    assert result.returncode == 0, result.stderr
    return path


def tasks(db, *args, cwd):
    result = run("tasks", "--db", db, "--today", "10/06/2025", "--json", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_shape_matches_import_plan(db, tmp_path):
    rows = tasks(db, cwd=tmp_path)
    by_number = {t["number"]: t for t in rows}
    assert set(rows[0]) >= {"number", "content", "lead", "coordinating", "deadline_text", "due_dates", "continuous",
                            "needs_date", "parent", "is_group", "status", "next_due", "id"}
    assert "II" not in by_number and "II.2" not in by_number  # headings are not listed
    assert by_number["II.1"]["due_dates"] == ["2025-04-24"] and by_number["II.1"]["status"] == "overdue"
    assert by_number["II.1"]["next_due"] == "2025-04-24" and by_number["II.2.1"]["parent"] == "II.2"
    assert by_number["IV.2.7"]["continuous"] is True and by_number["IV.2.7"]["status"] == "continuous"
    assert by_number["III.4"]["needs_date"] is True and by_number["III.4"]["next_due"] is None
    assert isinstance(by_number["II.1"]["coordinating"], list) and isinstance(by_number["II.1"]["id"], int)
    assert len(rows) == 29


def test_filters_and_folded_search(db, tmp_path):
    assert {t["number"] for t in tasks(db, "--status", "overdue", cwd=tmp_path)} == {
        t["number"] for t in tasks(db, "--overdue", cwd=tmp_path)} == {
        t["number"] for t in tasks(db, "--status", "qua han", cwd=tmp_path)}
    found = tasks(db, "--search", "dia gioi", cwd=tmp_path)
    assert found and all("địa giới" in (t["content"] + t["lead"]).lower() or "địa giới" in t["deadline_text"]
                         for t in found)
    assert [t["number"] for t in tasks(db, "--needs-date", cwd=tmp_path)] == [
        t["number"] for t in tasks(db, "--status", "needs_date", cwd=tmp_path)]
    soon = tasks(db, "--due-within", "10", cwd=tmp_path)
    assert soon and all("2025-06-10" <= t["next_due"] <= "2025-06-20" for t in soon)
    assert tasks(db, "--year", "2031", cwd=tmp_path) == []
    assert tasks(db, "--role", "lead", cwd=tmp_path) == []  # no unit set: every role is "theo dõi"


def test_plain_table_and_export(db, tmp_path):
    result = run("tasks", "--db", db, "--today", "10/06/2025", "--overdue", cwd=tmp_path)
    assert result.returncode == 0 and "Quá hạn" in result.stdout and "II.1" in result.stdout
    out = tmp_path / "ds.xlsx"
    result = run("tasks", "--db", db, "--today", "10/06/2025", "--export", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    ws = openpyxl.load_workbook(out).active
    assert "Đã xuất 29 nhiệm vụ" in result.stdout and ws.max_row >= 29


@pytest.mark.parametrize("args, message", [
    (("--status", "bogus"), "trạng thái không hợp lệ"),
    (("--role", "boss"), "lựa chọn không hợp lệ"),
    (("--due-within", "-3"), "số ngày phải từ 0"),
    (("--plan", "999"), "không có kế hoạch mã 999"),
    (("--export", "x.csv"), "đuôi .xlsx"),
])
def test_bad_arguments_exit_2_in_vietnamese(db, tmp_path, args, message):
    result = run("tasks", "--db", db, *args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr
