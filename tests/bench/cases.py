"""The benchmark cases: each times our code and its baseline side by side, in the same run, median of N.

Every case returns a Case(name, ours_s, baseline_s, ratio, target, op) where ratio = ours / baseline
(for LibreOffice: baseline / ours, "how many times faster than LibreOffice").
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import seed

PYTHON = sys.executable
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))
TODAY = date(2025, 6, 10)

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, window.close)
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Case:
    name: str
    ours_s: float
    baseline_s: float
    ratio: float
    target: float
    op: str  # "<=" or ">="
    note: str = ""
    # The same ratio in CPU seconds (user + system, this process and its children): on a machine other jobs load,
    # wall time swings with the load; CPU time is what the work itself costs. None where not measured.
    cpu_ratio: float | None = None

    @property
    def met(self) -> bool:
        return self.ratio <= self.target if self.op == "<=" else self.ratio >= self.target


def median_time(fn: Callable[[], object], repeats: int = REPEATS, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeats):
        if setup is not None:
            setup()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def cpu_seconds() -> float:
    """CPU seconds (user + system) used so far by this process and its waited-for children."""
    try:
        import resource
    except ImportError:  # Windows: this process only
        return time.process_time()
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


class Timing(tuple):
    """(ours, baseline) median wall seconds; ``cpu_ratio``: the ratio of their median CPU seconds."""

    cpu_ratio: float | None = None


def interleaved(ours: Callable[[], object], base: Callable[[], object], repeats: int = REPEATS,
                setup: Callable[[], object] | None = None) -> Timing:
    """Median times of ours and the baseline, alternating runs so machine load hits both alike."""
    a, b, a_cpu, b_cpu = [], [], [], []
    for _ in range(repeats):
        for fn, sink, cpu_sink in ((ours, a, a_cpu), (base, b, b_cpu)):
            if setup is not None:
                setup()
            cpu, started = cpu_seconds(), time.perf_counter()
            fn()
            sink.append(time.perf_counter() - started)
            cpu_sink.append(cpu_seconds() - cpu)
    print(f"  {getattr(ours, '__qualname__', ours)}: ours {a}, baseline {b}; cpu ours {a_cpu}, baseline {b_cpu}",
          file=sys.stderr, flush=True)
    timing = Timing((statistics.median(a), statistics.median(b)))
    timing.cpu_ratio = statistics.median(a_cpu) / statistics.median(b_cpu) if statistics.median(b_cpu) else None
    return timing


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TTHC_DATA_DIR=str(data_dir))
    env["XDG_CONFIG_HOME"] = str(data_dir / "config")  # QSettings: default (Vietnamese) settings
    return env


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed: {result.stderr[-2000:]}")


def smoke_args(db: Path) -> list[str]:
    return [PYTHON, "-m", "tthc_desktop", "--db", str(db), "--smoke"]


# --- start-up -------------------------------------------------------------------------------
# A start-up takes ~0.2 s and this machine's load moves single runs by ±20%: three times the repeats, after one
# untimed run of each side (the first --smoke on a database creates it and makes its first backup on close,
# 2.6 s on the 100,000-task one: a first run's cost, not a start-up's).
STARTUP_REPEATS = max(3 * REPEATS, 15)


def _startup_timing(ours: list[str], base: list[str], env: dict[str, str]) -> Timing:
    _run(ours, env)
    _run(base, env)
    return interleaved(lambda: _run(ours, env), lambda: _run(base, env), repeats=STARTUP_REPEATS)


def startup_vs_bare_qt(work: Path, empty: Path) -> Case:
    script = work / "bare_qt.py"
    script.write_text(BARE_QT, encoding="utf-8")
    env = _env(work / "data-startup")
    timing = _startup_timing(smoke_args(empty), [PYTHON, str(script)], env)
    ours, base = timing
    return Case("Start-up: --smoke (empty db) vs bare QMainWindow", ours, base, ours / base, 2.0, "<=",
                cpu_ratio=timing.cpu_ratio)


def startup_big_vs_empty(work: Path, empty: Path, big: Path) -> Case:
    env = _env(work / "data-startup")
    timing = _startup_timing(smoke_args(big), smoke_args(empty), env)
    ours, base = timing
    return Case("Start-up: 100,000 tasks vs empty db", ours, base, ours / base, 1.3, "<=", cpu_ratio=timing.cpu_ratio)


def peak_memory_mib(work: Path, big: Path) -> float:
    """Peak RSS of a --smoke run on the 100,000-task database (see growth.peak_rss_mib)."""
    from growth import peak_rss_mib

    return peak_rss_mib(smoke_args(big), _env(work / "data-startup"))


# --- PDF ------------------------------------------------------------------------------------

def progress_rows(n: int) -> list[dict[str, str]]:
    rows = []
    statuses = ["Hoàn thành đúng hạn", "Đang thực hiện", "Quá hạn", "Chưa đến hạn", "Thường xuyên"]
    for i, row in enumerate(r for r in seed.plan_rows(n) if r[2]):
        rows.append({"section": f"Nhóm nhiệm vụ {i // 500 + 1}", "c1": f"{seed.ROMAN[i // 500]}.{row[0]}",
                     "c2": row[1], "c3": row[2], "c4": row[3], "c5": row[4],
                     "c6": "Đã ban hành văn bản" if i % 3 == 0 else "", "c7": statuses[i % len(statuses)]})
    return rows


def _our_pdf(rows: list[dict[str, str]], out: Path) -> None:
    from tthc_desktop.reports.compose import form_table
    from tthc_desktop.reports.forms import load_form
    from tthc_desktop.reports.pdf.document import Appendix, HeadingBlock, OfficialDocument, Section, Signer
    from tthc_desktop.reports.pdf.renderer import render_pdf

    table = form_table(load_form("plan_progress"), rows, font_size=11)
    doc = OfficialDocument(
        heading=HeadingBlock("UBND TỈNH TIỀN GIANG", "SỞ TƯ PHÁP", 12, "BC-STP", "Tiền Giang", TODAY),
        doc_type="BÁO CÁO", summary="Tiến độ thực hiện kế hoạch kiểm soát thủ tục hành chính",
        sections=[Section("Kết quả", ["Kết quả thực hiện các nhiệm vụ tại Phụ lục kèm theo."])],
        recipients=["Văn phòng UBND tỉnh", "Lưu: VT, KSTT"],
        signer=Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
        appendices=[Appendix("PHỤ LỤC", "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH", table, "landscape")],
    )
    render_pdf(doc, out)


def _bare_pdf(table_rows: list[list[str]], out: Path) -> None:
    """reportlab alone: a landscape A4 table of the same strings, wrapped (Paragraph cells), same font."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from tthc_desktop.reports.pdf.fonts import FAMILY_NAME, register_fonts

    register_fonts()
    style = ParagraphStyle("cell", fontName=FAMILY_NAME, fontSize=11, leading=13)
    widths = [18 * mm, 80 * mm, 35 * mm, 40 * mm, 30 * mm, 35 * mm, 25 * mm]
    data = [[Paragraph(cell, style) for cell in row] for row in table_rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=20 * mm, rightMargin=15 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build([table])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_cases(work: Path) -> list[Case]:
    rows = progress_rows(1000)
    header = ["Số TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kết quả",
              "Tình trạng"]
    plain = [header] + [[r[k] for k in ("c1", "c2", "c3", "c4", "c5", "c6", "c7")] for r in rows]
    timing = interleaved(lambda: _our_pdf(rows, work / "ours.pdf"),
                             lambda: _bare_pdf([[_escape(c) for c in r] for r in plain], work / "bare.pdf"),
                         repeats=3)
    ours, base = timing
    cases = [Case("PDF plan-progress, 1,000 tasks vs bare reportlab table", ours, base, ours / base, 1.2, "<=",
                  cpu_ratio=timing.cpu_ratio)]

    from docx import Document

    document = Document()
    table = document.add_table(rows=0, cols=len(header))
    table.style = "Table Grid"
    for row in plain:  # add_row().cells: table.cell(i, j) re-walks the grid each call (quadratic)
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    docx = work / "progress.docx"
    document.save(str(docx))
    lo_env = dict(os.environ, HOME=str(work / "lo-home"))

    def libreoffice() -> None:
        shutil.rmtree(work / "lo-out", ignore_errors=True)
        _run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(work / "lo-out"),
              str(docx)], lo_env)
        if not (work / "lo-out" / "progress.pdf").is_file():
            raise RuntimeError("LibreOffice wrote no PDF")

    libreoffice()  # first run creates the profile; not timed
    lo = median_time(libreoffice, repeats=3)
    cases.append(Case("LibreOffice .docx→PDF of the same table, over our build", ours, lo, lo / ours, 30.0, ">=",
                      "ratio = LibreOffice / ours"))
    return cases


# --- Excel ----------------------------------------------------------------------------------

def export_case(work: Path, db_10k: Path) -> Case:
    from openpyxl import Workbook

    from tthc_desktop.services.task_export import export_rows, export_tasks_xlsx
    from tthc_desktop.store.database import open_database
    from tthc_desktop.store.task_query import TaskFilter, fetch_all

    db = open_database(db_10k)
    flt = TaskFilter(today=TODAY)
    values = export_rows(list(fetch_all(db, flt)))
    assert len(values) == 10_000, len(values)

    def bare() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Nhiệm vụ")
        for row in values:
            ws.append(row)
        wb.save(work / "bare.xlsx")

    timing = interleaved(lambda: export_tasks_xlsx(db, flt, work / "ours.xlsx"), bare)
    ours, base = timing
    db.conn.close()
    return Case("Export 10,000 tasks to .xlsx vs bare openpyxl write-only", ours, base, ours / base, 1.5, "<=",
                cpu_ratio=timing.cpu_ratio)


def _plan_import_case(name: str, plan: Path, target: Path, template: Path,
                      bare_rows: Callable[[], list[Sequence[object]]]) -> Case:
    """Preview and store ``plan`` into a fresh copy of ``template`` vs ``bare_rows()`` (the library's own read of
    the same table, header left out) plus one executemany into a plain table."""
    from tthc_desktop.commands.plan_cmd import load_preview
    from tthc_desktop.services.context import AppContext
    from tthc_desktop.services.plan_import import PlanDetails, import_plan

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy2(template, target)

    def ours() -> None:
        with AppContext.open(target) as ctx:
            preview = load_preview(plan, table=None, sheet=None, year=2025, unit=ctx.units.own_unit())
            import_plan(ctx, preview, PlanDetails(title="KH", year=2025, symbol="1/KH", issued_on=None, issuer=""))

    def bare() -> None:
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE IF NOT EXISTS plain (number, content, lead, coordinating, deadline, product)")
        rows = [(tuple(r) + (None,) * 6)[:6] for r in bare_rows()]
        with conn:
            conn.executemany("INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?)", rows)
        conn.close()

    timing = interleaved(ours, bare, repeats=3, setup=fresh)
    ours_s, base = timing
    return Case(name, ours_s, base, ours_s / base, 2.0, "<=", cpu_ratio=timing.cpu_ratio)


def import_case(work: Path, template: Path) -> Case:
    from openpyxl import load_workbook

    xlsx = seed.write_plan_xlsx(work / "plan-10k.xlsx", 10_000)

    def rows() -> list[Sequence[object]]:
        wb = load_workbook(xlsx, read_only=True)
        try:
            return list(wb.active.iter_rows(min_row=2, values_only=True))
        finally:
            wb.close()

    return _plan_import_case("Import a 10,000-row plan .xlsx vs openpyxl read-only + executemany", xlsx,
                             work / "import.db", template, rows)


def docx_import_case(work: Path, template: Path, n_tasks: int = 2_000) -> Case:
    """A Word plan whose appendix table has ``n_tasks`` tasks vs python-docx reading every cell's text (issue 17:
    the import ratio for the .docx path too)."""
    from docx import Document

    docx = seed.write_plan_docx(work / f"plan-{n_tasks}.docx", n_tasks)

    def rows() -> list[Sequence[object]]:
        return [[cell.text for cell in row.cells] for table in Document(str(docx)).tables for row in table.rows][1:]

    return _plan_import_case(f"Import a {n_tasks:,}-task Word plan vs python-docx cell texts + executemany", docx,
                             work / "import-docx.db", template, rows)


# --- PDF plan import -------------------------------------------------------------------------

def pdf_plan_case(work: Path) -> Case:
    """A 12-page plan PDF signed twice (5 portrait body pages, a 33-task appendix on 7 landscape pages):
    `import-plan --dry-run` (read, join pages, parse, deadlines) vs pdfplumber's bare extract_tables()."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "importers"))
    import fixtures_pdf_plans as fx
    import pdfplumber

    from tthc_desktop.commands.plan_cmd import load_preview

    pdf = fx.build_plan_pdf(work / "plan-12p.pdf", fx.plan_rows(33), body_pages=5)
    fx.sign_incrementally(pdf, work / "pki-bench", times=2)
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == 12, len(doc.pages)

    def ours() -> None:
        preview = load_preview(pdf, table=None, sheet=None, year=2025, unit=None)
        assert sum(1 for t in preview.tasks if not t.is_heading) >= 33

    def bare() -> None:
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                page.extract_tables()

    timing = interleaved(ours, bare)
    ours_s, base = timing
    return Case("Dry-run import of a 12-page signed PDF plan vs pdfplumber extract_tables()", ours_s, base,
                ours_s / base, 1.5, "<=", cpu_ratio=timing.cpu_ratio)


# Search: see search_cases.py (cold queries; the repeated identical query only measured the result-id cache).
