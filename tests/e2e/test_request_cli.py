"""`tthc-desktop request add|list|show|link` end to end, bad input exits 2 with a Vietnamese line and leaves the
database unchanged, and `report calendar` lists the request beside the standing reports."""

from __future__ import annotations

import hashlib
import json

import pytest
from cli_support import run
from reportlab.pdfgen import canvas


def _pdf(path):
    c = canvas.Canvas(str(path))
    c.drawString(72, 760, "UBND TINH - Cong van yeu cau bao cao")
    c.save()
    return path


def _dump(db):
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for t in ("report_requests", "report_request_files", "audit_log")
                for r in conn.execute(f"SELECT * FROM {t} ORDER BY rowid")]
    finally:
        conn.close()


ADD = ("request", "add", "--number", "245/UBND-KSTT", "--date", "20/11/2026", "--issuer", "UBND tỉnh Đồng Tháp",
       "--title", "Báo cáo kết quả kiểm soát TTHC quý IV", "--deadline", "trước ngày 20/12/2026",
       "--period", "2026-Q4", "--channel", "system")


def test_add_list_show_link_and_calendar(tmp_path):
    db = str(tmp_path / "r.db")
    request_pdf = _pdf(tmp_path / "cong-van.pdf")
    form = tmp_path / "bieu-mau.xlsx"
    form.write_bytes(b"PK\x03\x04 stand-in form")
    added = run(*ADD, "--file", str(request_pdf), "--form", str(form), "--json", "--db", db, cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    data = json.loads(added.stdout)
    assert (data["due_on"], data["cutoff"], data["channel"]) == ("2026-12-19", ["2026-09-15", "2026-12-14"], "system")
    assert "19/12/2026" in data["deadline_rule"]
    assert [(f["role"], f["name"]) for f in data["files"]] == [("document", "cong-van.pdf"), ("form", "bieu-mau.xlsx")]
    assert data["files"][0]["sha256"] == hashlib.sha256(request_pdf.read_bytes()).hexdigest()

    listed = json.loads(run("request", "list", "--json", "--db", db, cwd=tmp_path).stdout)
    assert [(r["id"], r["number"]) for r in listed] == [(data["id"], "245/UBND-KSTT")]
    shown = run("request", "show", str(data["id"]), "--db", db, cwd=tmp_path)
    assert shown.returncode == 0 and "Trích yếu: Báo cáo kết quả kiểm soát TTHC quý IV" in shown.stdout
    assert "Kênh gửi: Hệ thống báo cáo" in shown.stdout

    built = run("report", "build", "--kind", "quarterly", "--period", "2026-Q4", "--out", str(tmp_path / "out"),
                "--no-xlsx", "--json", "--db", db, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    report_id = json.loads(built.stdout)["report_id"]
    linked = run("request", "link", str(data["id"]), "--report", str(report_id), "--db", db, cwd=tmp_path)
    assert linked.returncode == 0, linked.stderr
    assert json.loads(run("request", "show", str(data["id"]), "--json", "--db", db, cwd=tmp_path).stdout)[
        "report_id"] == report_id

    calendar = json.loads(run("report", "calendar", "--year", "2026", "--json", "--db", db, cwd=tmp_path).stdout)
    requests = [e for e in calendar if e["source"] == "request"]
    assert [(e["due"], e["request_id"]) for e in requests] == [("2026-12-19", data["id"])]
    assert len(calendar) == 20  # the 19 standing reports of the data file + the request

    added = run("request", "standing-add", "--title", "Báo cáo CCHC", "--kind", "6months", "--before-day", "20",
                "--db", db, cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    standing = json.loads(run("request", "standing-list", "--json", "--db", db, cwd=tmp_path).stdout)
    assert [(s["source"], s["title"]) for s in standing][-1] == ("officer", "Báo cáo CCHC")
    assert len(standing) == 6
    calendar = json.loads(run("report", "calendar", "--year", "2026", "--json", "--db", db, cwd=tmp_path).stdout)
    own = [e for e in calendar if e["label"].startswith("Báo cáo CCHC")]
    assert [(e["period"], e["due"], e["rule"]) for e in own] == [("2026-6T", "2026-06-19", "trước ngày 20 hằng tháng")]


@pytest.mark.parametrize(("args", "message"), [
    (("--deadline", "theo lộ trình"), "không cho một ngày cụ thể"),
    (("--period", "2026-Q7"), "Kỳ báo cáo “2026-Q7” không hợp lệ"),
    (("--date", "32/12/2026"), "Ngày văn bản"),
    (("--channel", "fax"), "Kênh gửi"),
    (("--form", "khong-co.xlsx"), "Không tìm thấy tệp"),
])
def test_bad_input_exits_2_and_writes_nothing(tmp_path, args, message):
    db = str(tmp_path / "r.db")
    assert run(*ADD, "--db", db, cwd=tmp_path).returncode == 0
    before = _dump(db)
    base = list(ADD)
    for flag, value in zip(args[::2], args[1::2], strict=True):
        if flag in base:
            base[base.index(flag) + 1] = value
        else:
            base += [flag, value]
    result = run(*base, "--db", db, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: ") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert _dump(db) == before


def test_link_and_show_refuse_unknown_ids(tmp_path):
    db = str(tmp_path / "r.db")
    assert run(*ADD, "--db", db, cwd=tmp_path).returncode == 0
    before = _dump(db)
    bad_link = run("request", "link", "1", "--report", "77", "--db", db, cwd=tmp_path)
    assert bad_link.returncode == 2 and "Không có báo cáo số 77" in bad_link.stderr
    bad_show = run("request", "show", "9", "--db", db, cwd=tmp_path)
    assert bad_show.returncode == 2 and "Không có yêu cầu báo cáo số 9" in bad_show.stderr
    assert _dump(db) == before
