"""Start-up shows the window first: the reports box (report service, Jinja2, the holiday calendar) and the
dashboard's figures come after the window's first event-loop turn, never before it shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# A clean interpreter: the test process has long imported everything.
SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tthc_desktop.services.context import AppContext
from tthc_desktop.ui.shell.main_window import MainWindow
from tthc_desktop.ui.shell.settings import AppSettings
app = QApplication(sys.argv[:1])
ctx = AppContext.open(sys.argv[1])
window = MainWindow(ctx, AppSettings())
window.show()
print("shown:", "jinja2" in sys.modules, "tthc_desktop.ui.reports.reports_page" in sys.modules, flush=True)
page = window.pages["overview"]
print("first turn:", page._upcoming is None, flush=True)  # built on the turn after the first
def check():
    box = page._upcoming
    if box is not None and box.title.text():
        print("filled:", box.title.text(), flush=True)
        app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(5)
QTimer.singleShot(20000, app.quit)
app.exec()
ctx.close()
"""


def test_window_shows_before_the_reports_box_and_jinja(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TTHC_DATA_DIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "tthc.db")], env=env,
                            capture_output=True, text=True, timeout=120)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    assert "shown: False False" in lines  # neither Jinja2 nor the reports page before the window shows
    assert "first turn: True" in lines
    assert any(line.startswith("filled: ") for line in lines), result.stdout  # and the box does come
