"""Benchmark data: realistic Vietnamese task strings (from the Tiền Giang plan), a 100,000-task database,
a 10,000-row plan .xlsx and 1,000 plan-progress rows. Generated, never committed."""

from __future__ import annotations

import random
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.services.context import AppContext
from tthc_desktop.store.database import open_database
from tthc_desktop.store.search import rebuild_search_index

ROOT = Path(__file__).resolve().parents[2]
APPENDIX = ROOT / "tests" / "unit" / "importers" / "data" / "tien_giang_appendix.txt"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX"]
HEADER = ["Số TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
DEADLINES = ["Trước ngày 30/6/2025", "Quý III/2025", "Thường xuyên", "Tháng 12/2025", "Năm 2025",
             "Trước ngày 15/10/2025", "Định kỳ hằng quý", "Theo lộ trình"]


def task_strings() -> list[tuple[str, str, str, str]]:
    """(content, lead, coordinating, product) of every task row of the real plan."""
    out = []
    for line in APPENDIX.read_text(encoding="utf-8").splitlines():
        cells = [re.sub(r"</?[bi]>", "", c).strip() for c in line.split("\t")]
        if len(cells) >= 6 and re.fullmatch(r"\d+(\.\d+)*", cells[0]) and len(cells[1]) > 20:
            out.append((cells[1], cells[2] or "Sở Tư pháp", cells[3], cells[5]))
    assert len(out) >= 20, "the Tiền Giang appendix has more task rows than this"
    return out


def plan_rows(n_tasks: int, per_section: int = 500) -> list[list[str]]:
    """A plan table (sections I, II, … then numbered tasks) with ``n_tasks`` task rows."""
    strings = task_strings()
    rows: list[list[str]] = []
    for i in range(n_tasks):
        if i % per_section == 0:
            rows.append([ROMAN[i // per_section], f"Nhóm nhiệm vụ {i // per_section + 1}", "", "", "", ""])
        content, lead, coordinating, product = strings[i % len(strings)]
        rows.append([str(i % per_section + 1), f"{content} (đợt {i // len(strings) + 1})", lead, coordinating,
                     DEADLINES[i % len(DEADLINES)], product])
    return rows


def write_plan_xlsx(path: Path, n_tasks: int) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Phụ lục")
    ws.append(HEADER)
    # at most 20 sections (I … XX): a 100,000-task plan has 5,000 tasks per section
    for row in plan_rows(n_tasks, per_section=max(500, -(-n_tasks // len(ROMAN)))):
        ws.append([int(row[0]) if row[0].isdigit() else row[0], *[v or None for v in row[1:]]])
    wb.save(path)
    return path


def write_plan_docx(path: Path, n_tasks: int) -> Path:
    """The same plan table as write_plan_xlsx, as the appendix table of a Word plan (heading lines above)."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Kiểm soát thủ tục hành chính năm 2025")
    rows = [HEADER, *plan_rows(n_tasks, per_section=max(500, -(-n_tasks // len(ROMAN))))]
    table = doc.add_table(rows=len(rows), cols=len(HEADER))
    for tr, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(tr.cells, values, strict=True):
            if value:
                cell.text = value
    doc.save(path)
    return path


def empty_db(path: Path) -> Path:
    """A migrated database with the unit profile set, so --smoke opens straight on the main window."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with AppContext.open(path) as ctx, ctx.db.atomic():
        ctx.units.save_own_unit("Sở Tư pháp tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
    return path


def big_db(path: Path, n_tasks: int, template: Path) -> Path:
    """``n_tasks`` tasks with real strings and due dates, bulk-inserted (FTS rebuilt once)."""
    strings = task_strings()
    roles = ("lead", "coordinating", "none")

    def row(i: int) -> dict:
        content, lead, coordinating, product = strings[i % len(strings)]
        return {"role": roles[i % 3], "content": content, "lead_text": lead, "coordinating_text": coordinating,
                "product": product, "deadline_text": DEADLINES[i % len(DEADLINES)]}

    return bulk_tasks(path, template, n_tasks, row)


def bulk_tasks(path: Path, template: Path, n_tasks: int, row) -> Path:
    """A copy of ``template`` with one plan of ``n_tasks`` tasks (``row(i)`` gives task i's columns) and random
    due dates over two years, inserted in bulk: the search triggers dropped, the index rebuilt once."""
    shutil.copy2(template, path)
    db = open_database(path)
    rng = random.Random(66)
    with db.atomic():
        plan_id = db["plans"].insert({"title": "Kế hoạch lớn", "year": 2025, "symbol": "1/KH-UBND"}).last_pk
        for name in ("tasks_search_ai", "tasks_search_au", "tasks_search_ad"):
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db["tasks"].insert_all(({"id": i, "plan_id": plan_id, "number": str(i), "position": i, **row(i)}
                                for i in range(1, n_tasks + 1)), batch_size=5000)
        start = date(2025, 1, 1)
        db["task_due_dates"].insert_all(({
            "task_id": i, "due_on": (start + timedelta(days=rng.randrange(730))).isoformat(), "kind": "parsed",
        } for i in range(1, n_tasks + 1)), batch_size=5000)
        rebuild_search_index(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path
