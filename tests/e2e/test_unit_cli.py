"""`tthc-desktop unit show|set` and the roles `import-plan --dry-run --json` gives under the unit set (issue 14)."""

from __future__ import annotations

import json

import pytest
from cli_support import run
from docx import Document

ROWS = [  # number, content, lead, coordinating, deadline, role for the commune, role for the department
    ("1", "Rà soát quy trình nội bộ", "UBND các xã, phường, đặc khu", "Sở Tư pháp", "30/6/2026", "lead", "coordinating"),
    ("2", "Công khai TTHC", "Văn phòng UBND tỉnh", "UBND xã, phường, đặc khu", "31/3/2026", "coordinating", "none"),
    ("3", "Số hóa hồ sơ", "UBND các phường, xã", "Các sở, ban, ngành", "Thường xuyên", "lead", "coordinating"),
    ("4", "Tiếp nhận tại đặc khu", "Các đặc khu", "", "30/9/2026", "lead", "none"),
    ("5", "Báo cáo quý", "UBND cấp xã", "Các cơ quan chuyên môn thuộc UBND tỉnh", "Hằng quý", "lead", "coordinating"),
    ("6", "Đánh giá chỉ số", "Các cơ quan chuyên môn thuộc UBND tỉnh", "UBND cấp xã", "15/11/2026",
     "coordinating", "lead"),
    ("7", "Cắt giảm thời gian", "Các cơ quan, đơn vị thuộc UBND tỉnh", "", "30/10/2026", "none", "lead"),
    ("8", "Kiểm tra", "Các sở, ban, ngành", "", "30/11/2026", "none", "lead"),
    ("9", "Tập huấn", "Các sở, ngành liên quan", "", "31/5/2026", "none", "lead"),
    ("10", "Một cửa", "Trung tâm Phục vụ hành chính công tỉnh", "Các cơ quan, đơn vị liên quan", "31/7/2026",
     "coordinating", "coordinating"),
    ("11", "Việc cũ", "UBND cấp huyện", "", "31/12/2026", "none", "none"),
]


@pytest.fixture
def plan_2026(tmp_path):
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH kiểm soát thủ tục hành chính năm 2026")
    table = doc.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                                 "Thời gian hoàn thành"], strict=True):
        cell.text = text
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row[:5], strict=True):
            cell.text = text
    path = tmp_path / "ke_hoach_2026.docx"
    doc.save(path)
    return path


@pytest.mark.parametrize(("name", "level", "column"), [("UBND phường Mỹ Tho", "xa", 5),
                                                        ("Sở Tư pháp tỉnh Đồng Tháp", "tinh", 6)])
def test_dry_run_roles_follow_the_unit_set(plan_2026, tmp_path, name, level, column):
    db = str(tmp_path / "u.db")
    assert run("unit", "set", "--db", db, "--name", name, "--level", level, cwd=tmp_path).returncode == 0
    result = run("import-plan", str(plan_2026), "--dry-run", "--json", "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    roles = {t["number"]: t["role"] for t in json.loads(result.stdout)}
    assert roles == {row[0]: row[column] for row in ROWS}
    by_number = {t["number"]: t for t in json.loads(result.stdout)}
    assert "cấp huyện không còn" in by_number["11"]["warnings"][0] and by_number["1"]["warnings"] == []
    assert "cấp huyện không còn" in result.stderr


def test_unit_set_then_show(tmp_path):
    db = str(tmp_path / "u.db")
    first = run("unit", "set", "--db", db, "--name", "Sở Tư pháp tỉnh Đồng Tháp", "--level", "tinh",
                "--parent", "UBND tỉnh Đồng Tháp", "--place", "Đồng Tháp", "--abbr", "STP",
                "--signer", "Nguyễn Văn An", "--position", "Phó Giám đốc", "--authority", "KT. GIÁM ĐỐC",
                "--recipient", "Văn phòng UBND tỉnh", "--recipient", "Lưu: VT, KSTT", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    # a later set changes only what it names
    assert run("unit", "set", "--db", db, "--signer", "Trần Thị Bình", cwd=tmp_path).returncode == 0
    shown = json.loads(run("unit", "show", "--db", db, "--json", cwd=tmp_path).stdout)
    assert shown == {"name": "Sở Tư pháp tỉnh Đồng Tháp", "level": "tinh", "level_label": "Sở, ban, ngành tỉnh",
                     "needs_level_choice": False, "parent_name": "UBND tỉnh Đồng Tháp", "place": "Đồng Tháp",
                     "abbr": "STP", "signer": "Trần Thị Bình", "position": "Phó Giám đốc", "authority": "KT. GIÁM ĐỐC",
                     "recipients": ["Văn phòng UBND tỉnh", "Lưu: VT, KSTT"]}
    text = run("unit", "show", "--db", db, cwd=tmp_path).stdout
    assert "Sở Tư pháp tỉnh Đồng Tháp" in text and "Ký hiệu: STP" in text


def test_unit_set_needs_name_and_level_first_and_never_offers_huyen(tmp_path):
    db = str(tmp_path / "u.db")
    missing = run("unit", "set", "--db", db, "--name", "UBND xã Tân Phú", cwd=tmp_path)
    assert missing.returncode == 2 and "--level" in missing.stderr and "Traceback" not in missing.stderr
    huyen = run("unit", "set", "--db", db, "--name", "UBND huyện Cái Bè", "--level", "huyen", cwd=tmp_path)
    assert huyen.returncode == 2 and "lựa chọn không hợp lệ" in huyen.stderr
    assert json.loads(run("unit", "show", "--db", db, "--json", cwd=tmp_path).stdout) is None


def test_unit_set_fixes_a_district_unit(tmp_path):
    import sqlite_utils

    from tthc_desktop.store.database import open_database

    db_path = tmp_path / "old.db"
    open_database(db_path).conn.close()
    sqlite_utils.Database(db_path)["units"].insert({"name": "UBND huyện Cái Bè", "level": "huyen", "is_own": 1})
    shown = json.loads(run("unit", "show", "--db", str(db_path), "--json", cwd=tmp_path).stdout)
    assert shown["level"] == "huyen" and shown["needs_level_choice"] is True
    keep = run("unit", "set", "--db", str(db_path), "--abbr", "UBND", cwd=tmp_path)
    assert keep.returncode == 2 and "cấp huyện" in keep.stderr
    fixed = run("unit", "set", "--db", str(db_path), "--name", "UBND xã Cái Bè", "--level", "xa", "--json",
                cwd=tmp_path)
    assert fixed.returncode == 0 and json.loads(fixed.stdout)["needs_level_choice"] is False


def test_unit_basis_shows_uncertain_bases_and_takes_the_officers_text(tmp_path):
    db = str(tmp_path / "u.db")
    shown = run("unit", "basis", "--db", db, cwd=tmp_path)
    assert shown.returncode == 0 and "bieu_06_vpcp_kstt" in shown.stdout and "Chưa xác nhận" in shown.stdout
    changed = run("unit", "basis", "bieu_06_vpcp_kstt", "--set", "Văn bản số 12/STP-KSTT của tỉnh", "--db", db,
                  cwd=tmp_path)
    assert changed.returncode == 0 and "Văn bản số 12/STP-KSTT của tỉnh [đơn vị sửa]" in changed.stdout
    unknown = run("unit", "basis", "khong_co", "--db", db, cwd=tmp_path)
    assert unknown.returncode == 2 and "Không tìm thấy biểu mẫu" in unknown.stderr
