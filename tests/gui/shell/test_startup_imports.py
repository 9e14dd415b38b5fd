"""Start-up does not import sqlite-utils (with click, pluggy, dateutil): the window opens on plain sqlite3 and the
table API is loaded the first time something needs it; nor openpyxl, reportlab, pdfplumber, pyHanko or Jinja2,
which only an export, a report, an import or signing needs (issue 17, start-up ≤ 2× a bare QMainWindow); nor the
log file's rotating handler (nothing is logged) or the backup dialogs (no backup action runs); nor the command
line module (the shortcut passes no subcommand), the restore checks, or the catalogue's and the report
calendar's types (each dataclass costs Python ~1 ms to build). An officer who
closed the app on another page starts on it: its list reads through plain SQL (no sqlite-utils), Reports
waits for pyHanko (and aiohttp) until a signature and for pypdfium2 until a preview, Procedures for openpyxl
until a blank catalogue is saved, Submissions for pyHanko and cryptography until a signature or a
verification."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tthc_desktop.domain.entities import Plan, Task, UnitLevel
from tthc_desktop.services.context import AppContext

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import gc, sys
from PySide6.QtCore import QTimer
from tthc_desktop.ui.shell.main_window import MainWindow
shown = MainWindow.show
# the cycle collector, paused for the start-up, runs again once the window is shown
MainWindow.show = lambda self: (shown(self), QTimer.singleShot(0, lambda: print(
    "collector:", gc.isenabled(), gc.get_freeze_count() > 0, flush=True)))[0]
from tthc_desktop.__main__ import main
code = main(["--db", sys.argv[1], "--smoke"])
heavy = sorted(m for m in ("sqlite_utils", "click", "openpyxl", "reportlab", "pdfplumber", "pyhanko", "jinja2",
                           "logging.handlers", "tthc_desktop.ui.backup.backup_dialogs", "tthc_desktop.cli",
                           "tthc_desktop.commands.common", "tthc_desktop.store.restore_check",
                           "tthc_desktop.domain.procedures", "tthc_desktop.domain.report_calendar", "decimal",
                           "getpass")
               if m in sys.modules)
print("exit:", code, "heavy:", ",".join(heavy) or "none", flush=True)
"""

# The last page remembered (argv[2]), then the same start-up: the page is built (argv[3] imported) and the
# libraries only its actions need (argv[4]) wait.
ON_PAGE = """
import sys
from tthc_desktop.ui.shell.pages import PAGES
from tthc_desktop.ui.shell.settings import LAST_PAGE, AppSettings
settings = AppSettings()
settings.set(LAST_PAGE, [p.key for p in PAGES].index(sys.argv[2]))
settings.sync()
from tthc_desktop.__main__ import main
code = main(["--db", sys.argv[1], "--smoke"])
built = sys.argv[3] in sys.modules
heavy = sorted(m for m in sys.argv[4].split(",") if m in sys.modules)
print("exit:", code, "built:", built, "heavy:", ",".join(heavy) or "none", flush=True)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", TTHC_DATA_DIR=str(tmp_path / "data"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))


def test_smoke_start_up_opens_the_window_without_sqlite_utils(tmp_path):
    db = tmp_path / "tthc.db"
    with AppContext.open(db) as ctx:
        ctx.units.save_own_unit("Sở Tư pháp tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
        plan_id = ctx.plans.add(Plan(title="Kế hoạch kiểm soát TTHC", year=2025, symbol="20/KH-UBND"))
        ctx.tasks.add_many([Task(plan_id=plan_id, number=str(i), content=f"Rà soát thủ tục {i}", position=i)
                            for i in range(1, 30)])
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(db)], env=_env(tmp_path), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "exit: 0 heavy: none" in result.stdout.splitlines(), result.stdout
    assert "collector: True True" in result.stdout.splitlines(), result.stdout
    with AppContext.open(db) as ctx:  # and the table API still works on the same kind of object
        assert ctx.units.own_unit().name == "Sở Tư pháp tỉnh Tiền Giang"
        assert ctx.db["tasks"].count == 29


@pytest.mark.parametrize(("page", "module", "heavy"), [
    ("tasks", "tthc_desktop.ui.tasks.tasks_page", "sqlite_utils,click,openpyxl"),
    ("reports", "tthc_desktop.ui.reports.report_editor",
     "pyhanko,aiohttp,pypdfium2,sqlite_utils,tthc_desktop.services.signing_service"),
    ("procedures", "tthc_desktop.ui.procedures.procedures_page", "openpyxl,sqlite_utils"),
    ("submissions", "tthc_desktop.ui.submissions.submissions_page",
     "pyhanko,aiohttp,cryptography,tthc_desktop.services.signing_service"),
])
def test_starting_on_a_remembered_page_waits_for_what_only_its_actions_need(tmp_path, page, module, heavy):
    db = tmp_path / "tthc.db"
    with AppContext.open(db) as ctx:
        ctx.units.save_own_unit("Sở Tư pháp tỉnh Tiền Giang", UnitLevel.DEPARTMENT)
    result = subprocess.run([sys.executable, "-c", ON_PAGE, str(db), page, module, heavy], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "exit: 0 built: True heavy: none" in result.stdout.splitlines(), result.stdout
