"""Windows check (run by .github/workflows/windows.yml): export the same report twice while the preview
shows it, then once while another program holds the Excel file open.

Windows refuses to replace a file another process holds open; Linux does not, so only a real Windows run
proves this end to end (tests/gui/test_export_while_previewed.py simulates it on Linux).

    python packaging/check_double_export.py <tthc-desktop.exe> <work folder>

Exit status 0 when: the second export succeeds while this process's PdfPreview shows the PDF, and the
third, with the .xlsx held open, fails with the Vietnamese hint instead of a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "tests" / "unit" / "importers" / "data" / "tien_giang_appendix.txt"
HINT = "tệp đang mở trong chương trình khác"


def main(cli: str, work: Path) -> int:
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TTHC_DATA_DIR=str(work / "data"), QT_QPA_PLATFORM="offscreen")
    out = work / "report"

    def run(*args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([cli, *args], capture_output=True, env=env, timeout=600)
        print(f"$ tthc-desktop {' '.join(args)} -> {result.returncode}")
        print(result.stdout.decode("utf-8", "replace")[-1500:], result.stderr.decode("utf-8", "replace")[-1500:])
        return result

    plan = work / "kh165.txt"
    plan.write_text(PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    assert run("import-plan", str(plan), "--symbol", "165/KH-UBND").returncode == 0
    build = ("report", "build", "--kind", "quarterly", "--period", "2025-Q3", "--out", str(out))
    assert run(*build).returncode == 0
    pdf = out / "bao_cao_kstt_2025-Q3.pdf"

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tthc_desktop.ui.widgets.pdf_preview import PdfPreview

    app = QApplication.instance() or QApplication([])
    preview = PdfPreview()
    pages = preview.load(pdf)
    preview.canvas.grab()
    print(f"preview shows {pdf.name} ({pages} pages)")
    second = run(*build)
    if second.returncode != 0:
        print("FAILED: the second export was refused while the preview showed the PDF")
        return 1

    xlsx = sorted(out.glob("*.xlsx"))[0]
    with open(xlsx, "rb"):  # like Excel: open without FILE_SHARE_DELETE
        third = run(*build)
    message = third.stderr.decode("utf-8", "replace")
    if third.returncode == 0 or HINT not in message or "Traceback" in message:
        print(f"FAILED: with {xlsx.name} held open the export should fail with the hint «{HINT}»")
        return 1
    del app
    print("double export: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
