"""`tthc-desktop report build` end to end: the PDF read back with poppler, the .xlsx through LibreOffice,
and report list / show / calendar as JSON."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pdf_readback as rb
import pytest
import report_fixtures as fx
from cli_support import run
from openpyxl import load_workbook

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.reports.pdf.layout import PORTRAIT
from tthc_desktop.services.context import AppContext
from tthc_desktop.services.report_service import ReportService

TESTS = Path(__file__).resolve().parents[1]
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"  # values, not as shown
INJECTED = "=HYPERLINK(\"http://x\";\"bấm vào\") ghi nhầm"





MM = rb.MM


@pytest.fixture(scope="module")
def built(tmp_path_factory, appendix_text):
    """A database with the Tiền Giang plan and sample figures, the Q3 heading saved once, then the CLI."""
    base = tmp_path_factory.mktemp("report-cli")
    db = base / "tthc.db"
    with AppContext.open(db) as ctx:
        fx.seed(ctx, appendix_text)
        task = next(t for t in ctx.tasks.by_plan(1) if t.number == "IV.2.8")
        ctx.tasks.update_fields(task.id, {"outcome": INJECTED, "completed_on": "2025-08-20"})  # in the period's list
        service = ReportService(ctx)
        draft = service.new_report(parse_period("2025-Q3"))
        draft.fields |= fx.HEADING | {"number": 5, "date": "2025-09-16"}
        draft.sections |= fx.FREE
        service.save(draft)
    result = run("report", "build", "--kind", "quarterly", "--period", "2025-Q3", "--db", str(db),
                 "--out", str(base / "out"), "--json", cwd=base)
    assert result.returncode == 0, result.stderr
    return base, db, json.loads(result.stdout)


def test_json_names_every_output(built):
    base, _db, out = built
    assert out["report_id"] == 1
    assert Path(out["pdf"]) == base / "out" / "bao_cao_kstt_2025-Q3.pdf"
    assert [Path(p).name for p in out["xlsx"]] == ["bao_cao_kstt_2025-Q3_plan_progress.xlsx",
                                                  "bao_cao_kstt_2025-Q3_bieu_06.xlsx",
                                                  "bao_cao_kstt_2025-Q3_cuts.xlsx"]
    assert all(Path(p).is_file() for p in [out["pdf"], *out["xlsx"]])
    assert [a.split(":")[0] for a in out["appendices"]] == ["PHỤ LỤC I", "PHỤ LỤC II", "PHỤ LỤC III"]
    boxes = out["signature_boxes"]
    assert [b["role"] for b in boxes] == ["person", "organisation"]
    assert boxes[0]["x1"] > boxes[0]["x0"] and boxes[0]["y1"] > boxes[0]["y0"]


def test_every_font_is_embedded(built):
    fonts = rb.fonts(Path(built[2]["pdf"]))
    assert fonts and all(f.embedded for f in fonts), fonts


def test_vietnamese_text_comes_back_exactly(built):
    pdf = Path(built[2]["pdf"])
    first = rb.flat(rb.text(pdf, 1, 1))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Độc lập - Tự do - Hạnh phúc" in first
    assert "Tiền Giang, ngày 16 tháng 9 năm 2025" in first and "Số: 05/BC-VP" in first
    assert "BÁO CÁO Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý III năm 2025" in first
    body = rb.flat(rb.text(pdf, 1, built[2]["page_count"]))
    assert "- Hoàn thành trễ hạn: 1 nhiệm vụ;" in body
    assert "tỷ lệ giải quyết trước hạn và đúng hạn 99,4%" in body
    assert fx.FREE["difficulties"] in body
    assert "III. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in body
    assert "KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG" in body and "Nguyễn Văn An" in body
    assert "- Lưu: VT, KSTT." in body
    appendix = rb.flat(rb.text(pdf))
    assert "PHỤ LỤC II" in appendix and "Lý lịch tư pháp" in appendix and "6.380" in appendix


def test_portrait_margins_and_page_numbers(built):
    pages = rb.pages(Path(built[2]["pdf"]))
    portrait = [p for p in pages if not p.landscape]
    assert len(portrait) >= 2 and any(p.landscape for p in pages)
    for index, page in enumerate(portrait, start=1):
        for word in page.words:
            assert word.x0 >= 30 * MM - 0.5, (index, word)
            assert word.x1 <= 195 * MM + 0.5, (index, word)
    assert pages[0].in_top_margin(20 * MM) == []
    number = pages[1].in_top_margin(20 * MM)
    assert [w.text for w in number] == ["2"]
    assert abs(number[0].centre_x - PORTRAIT.frame_centre_x) <= 3


def test_formula_like_text_stays_text(built):
    path = next(Path(p) for p in built[2]["xlsx"] if p.endswith("plan_progress.xlsx"))
    cells = [c for row in load_workbook(path).active.iter_rows() for c in row if c.value == INJECTED]
    assert cells and all(c.data_type == "s" for c in cells)


def test_libreoffice_converts_every_xlsx(built, tmp_path):
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is required: apt-get install libreoffice-calc-nogui"
    files = [Path(p) for p in built[2]["xlsx"]]
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", CSV_FILTER, "--outdir", str(tmp_path), *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    tables = {}
    for f in files:
        converted = tmp_path / f"{f.stem}.csv"
        assert converted.is_file(), (done.stdout, done.stderr)
        tables[f.stem.rsplit("_", 1)[-1]] = list(csv.reader(converted.read_text(encoding="utf-8").splitlines()))
    # Totals are formulas: LibreOffice computes them to the figures of the sample.
    total = next(r for r in tables["06"] if "Tổng cộng" in r)
    assert [c for c in total if c.strip()][-11:] == ["6380", "3500", "2750", "130", "6280", "1500", "4745", "35",
                                                     "100", "93", "7"]
    assert any(INJECTED in row for row in tables["progress"])
    assert any("Cấp giấy phép xây dựng" in row for row in tables["cuts"])


def test_list_show_and_calendar(built):
    base, db, _out = built
    listed = json.loads(run("report", "list", "--json", "--db", str(db), cwd=base).stdout)
    assert [(r["id"], r["period"], r["template_id"], r["state"]) for r in listed] == [
        (1, "2025-Q3", "bao_cao_kstt", "draft")]
    shown = json.loads(run("report", "show", "1", "--json", "--db", str(db), cwd=base).stdout)
    assert shown["fields"]["signer_name"] == "Nguyễn Văn An" and shown["sections"]["difficulties"] == \
        fx.FREE["difficulties"]
    assert len(shown["revisions"]) >= 1
    missing = run("report", "show", "99", "--db", str(db), cwd=base)
    assert missing.returncode == 2 and "Không có báo cáo số 99" in missing.stderr
    calendar = json.loads(run("report", "calendar", "--year", "2025", "--json", "--db", str(db), cwd=base).stdout)
    q1 = next(r for r in calendar if r["period"] == "2025-Q1")
    assert q1["window"] == ["2024-12-15", "2025-03-14"] and q1["due"] == "2025-03-18"
    assert q1["rule"] == "2 ngày làm việc sau ngày chốt số liệu"
    assert len(calendar) == 19


def test_bad_period_is_a_vietnamese_error(built, tmp_path):
    base, db, _out = built
    out = tmp_path / "out"  # not tmp_path itself: the data folder (and its log) lives there
    out.mkdir()
    result = run("report", "build", "--kind", "monthly", "--period", "2025-Q3", "--db", str(db), "--out",
                 str(out), cwd=base)
    assert result.returncode == 2 and "không phải kỳ báo cáo tháng" in result.stderr
    assert not list(out.iterdir())


def test_built_report_remembers_its_signature_boxes(tmp_path):
    """`report build` stores the renderer's boxes under the PDF's hash, so `sign` places signatures exactly."""
    import sqlite3

    db = tmp_path / "boxes.db"
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "tthc_desktop", "report", "build", "--kind", "quarterly",
                             "--period", "2025-Q3", "--db", str(db), "--out", str(out), "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    built = json.loads(result.stdout)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, boxes_json FROM built_documents").fetchall()
    conn.close()
    assert [r[0] for r in rows] == [built["pdf"]]
    roles = {b["role"] for b in json.loads(rows[0][1])}
    assert {"person", "organisation"} <= roles
