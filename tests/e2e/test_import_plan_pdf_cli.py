"""`import-plan` on PDF plans, required plan details, and the same plan arriving as another file (issue 13
points 1, 10, 11; issue 18 "a modified .xlsx re-imported creates a second plan")."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import fixtures_pdf_plans as fx
import pytest
from cli_support import run


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("plan-files")
    pdf = fx.sign_incrementally(fx.build_plan_pdf(folder / "ke-hoach-165.pdf"), folder / "pki", times=2)
    return {
        "pdf": pdf,
        "docx": fx.build_plan_docx(folder / "ke-hoach-165.docx"),
        "xlsx": fx.build_plan_xlsx(folder / "phu-luc.xlsx"),  # no title rows: no số/ký hiệu to match
        "scanned": fx.build_scanned_pdf(folder / "ban-quet.pdf"),
        "encrypted": fx.build_encrypted_pdf(folder / "mat-khau.pdf"),
        "damaged": fx.build_damaged_pdf(folder / "hong.pdf", pdf),
    }


def _db(tmp_path: Path) -> tuple[str, str]:
    db = tmp_path / "a.db"
    assert run("db", "info", "--db", str(db), cwd=tmp_path).returncode == 0
    return str(db), hashlib.sha256(db.read_bytes()).hexdigest()


def _counts(db: str, cwd) -> dict:
    return json.loads(run("db", "info", "--db", db, "--json", cwd=cwd).stdout)["row_counts"]


def test_signed_pdf_dry_run_json_equals_the_docx(files, tmp_path):
    got = run("import-plan", str(files["pdf"]), "--dry-run", "--json", cwd=tmp_path)
    want = run("import-plan", str(files["docx"]), "--dry-run", "--json", cwd=tmp_path)
    assert got.returncode == 0 and want.returncode == 0, (got.stderr, want.stderr)
    tasks = json.loads(got.stdout)
    assert tasks == json.loads(want.stdout)
    assert sum(not t["is_group"] and not t["is_section"] for t in tasks) == 33


@pytest.mark.parametrize("kind, fragment", [("scanned", "không có lớp văn bản"), ("encrypted", "mật khẩu"),
                                            ("damaged", "bị hỏng")])
def test_unreadable_pdf_exits_2_and_leaves_the_database(kind, fragment, files, tmp_path):
    db, before = _db(tmp_path)
    result = run("import-plan", str(files[kind]), "--db", db, cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert f"Lỗi: Tệp {files[kind].name}: " in result.stderr and fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(Path(db).read_bytes()).hexdigest() == before


def test_pdf_import_takes_its_details_from_the_document(files, tmp_path):
    db, _ = _db(tmp_path)
    result = run("import-plan", str(files["pdf"]), "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as con:
        row = con.execute("select symbol, issued_on, issuer, title from plans").fetchone()
    assert row == ("165/KH-UBND", "2025-04-14", "Ủy ban nhân dân tỉnh An Giang",
                   "Kế hoạch " + " ".join(fx.TITLE_LINES))


def test_missing_details_exit_2_naming_the_options(files, tmp_path):
    """The .xlsx has no heading: nothing is defaulted to today or the file name; the message names the options."""
    db, before = _db(tmp_path)
    result = run("import-plan", str(files["xlsx"]), "--db", db, cwd=tmp_path)
    assert result.returncode == 2
    for label, option in (("số/ký hiệu", "--symbol"), ("ngày ban hành", "--date"), ("cơ quan ban hành", "--issuer"),
                          ("trích yếu", "--title")):
        assert label in result.stderr and option in result.stderr
    assert hashlib.sha256(Path(db).read_bytes()).hexdigest() == before
    ok = run("import-plan", str(files["xlsx"]), "--db", db, "--symbol", "165/KH-UBND", "--date", "14/04/2025",
             "--issuer", "UBND tỉnh An Giang", "--title", "Cải cách TTHC 2025", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert _counts(db, tmp_path)["plans"] == 1


def test_same_plan_from_another_file_is_an_update(files, tmp_path):
    """.docx first (số/ký hiệu read from it), then the PDF (same số), then the .xlsx without any heading:
    recognised by its task table, offered as an update, never doubled."""
    db, _ = _db(tmp_path)
    first = run("import-plan", str(files["docx"]), "--db", db, "--title", "Cải cách TTHC 2025", cwd=tmp_path)
    assert first.returncode == 0 and "Đã lưu kế hoạch mới" in first.stdout, first.stderr
    tasks = _counts(db, tmp_path)["tasks"]
    for kind in ("pdf", "xlsx"):
        again = run("import-plan", str(files[kind]), "--db", db, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert "Kế hoạch đã có (mã 1)" in again.stdout and "thêm 0" in again.stdout, again.stdout
    assert _counts(db, tmp_path)["plans"] == 1 and _counts(db, tmp_path)["tasks"] == tasks


def test_modified_xlsx_reimported_updates_the_same_plan(files, tmp_path):
    """Issue 18: the officer edits one task in the .xlsx and imports it again (no heading, no options)."""
    db, _ = _db(tmp_path)
    first = run("import-plan", str(files["xlsx"]), "--db", db, "--symbol", "165/KH-UBND", "--date", "14/04/2025",
                "--issuer", "UBND tỉnh An Giang", "--title", "Cải cách TTHC 2025", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    table = fx.plan_rows()
    row = next(i for i, r in enumerate(table.rows) if r[0] == "3")
    edited = fx.build_plan_xlsx(tmp_path / "phu-luc-sua.xlsx", table, changed={row: "Nội dung đã sửa lại"})
    again = run("import-plan", str(edited), "--db", db, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Kế hoạch đã có (mã 1): cập nhật 1" in again.stdout
    assert _counts(db, tmp_path)["plans"] == 1
