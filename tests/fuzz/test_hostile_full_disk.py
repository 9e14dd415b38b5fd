"""Issue 18 "noise on full disks": every command that writes a zip (backup, the .xlsx export and report forms,
the submission package) is run in a child process whose target folder fills up after N bytes
(full_disk/sitecustomize.py). Whatever N, the officer reads one Vietnamese line naming the file or folder and
saying the disk is full: no "Exception ignored in ZipFile.__del__", no "[Errno 28]", no traceback, exit code 1
("lỗi", README "Mã thoát"), and nothing half-written left in the folder.

N runs over the phases of each write: nothing fits, a zip's first header, half the data, all but the central
directory (the close that fails a second time), the read-back copy of a backup, the report's Word copy.
(tests/e2e/test_full_disk_cli.py fills the disk with RLIMIT_FSIZE, whole process, EFBIG; this one with ENOSPC
in one folder, at chosen points.)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_figures import record

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services.context import AppContext
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan

ROOT = Path(__file__).resolve().parents[2]
SHIM = Path(__file__).with_name("full_disk")
NOISE = ("Exception ignored", "Traceback", "Errno", "No space", "Error:", "errno")
EXIT_FAILED = 1
SEED = 20261207
RESULTS: list[bool] = []


def run(args: list[str], full_dir: Path, budget: int, *, code: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SHIM), str(ROOT)]), "TTHC_FULL_DIR": str(full_dir),
           "TTHC_FULL_AFTER": str(budget), "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "default"}
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "tthc_desktop", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def seeded_db(db_path, appendix_text, tmp_path):
    """A database with a plan and an incompressible attachment (so the backup zip is large), closed."""
    ctx = AppContext.open(db_path)
    try:
        ctx.units.save_own_unit("Văn phòng UBND tỉnh", UnitLevel.DEPARTMENT)
        table = read_text_table(appendix_text, source="kh.txt")[0]
        preview = build_preview(tmp_path / "kh.txt", table, plan_year=2025, unit=ctx.units.own_unit(), sha256="x")
        import_plan(ctx, preview, PlanDetails(title="Triển khai NQ 66", year=2025, symbol="165/KH-UBND"))
        folder = ctx.data_dir / "attachments" / "ab"
        folder.mkdir(parents=True)
        (folder / ("ab" + "0" * 62)).write_bytes(random.Random(SEED).randbytes(96 * 1024))
    finally:
        ctx.close()
    return db_path


def check_quiet_failure(result: subprocess.CompletedProcess, folder: Path, names: tuple[str, ...]) -> None:
    ok = False
    try:
        err = result.stderr
        assert result.returncode == EXIT_FAILED, (result.returncode, err)
        assert not [n for n in NOISE if n in err], err
        assert "đầy" in err and any(n in err for n in names), err
        assert err.count("\n") <= 2, err  # one message, not a stack of them
        left = [p.relative_to(folder).as_posix() for p in folder.rglob("*")] if folder.exists() else []
        assert left == [], left  # nothing half-written, no staging or temp folder
        ok = True
    finally:
        RESULTS.append(ok)


def budgets(total: int, *extra: int) -> list[int]:
    """Byte budgets across the write: nothing, a header, half, all but the end records, and ``extra``."""
    return sorted({0, 60, total // 2, max(total - 30, 0), *extra})


def full_size(args: list[str], folder: Path, pattern: str, *, code: str | None = None, first: str = ""):
    """What the command writes with room to spare (the sizes the budgets are cut from); with ``first``, the
    size of the files matching it is returned as well (what is written before the rest)."""
    done = run(args, folder, 1 << 40, code=code)
    assert done.returncode == 0, done.stderr
    size = sum(p.stat().st_size for p in folder.rglob(pattern))
    if first:
        size = (size, sum(p.stat().st_size for p in folder.rglob(first)))
    for p in sorted(folder.rglob("*"), reverse=True):
        p.unlink() if p.is_file() else p.rmdir()
    return size


def test_backup_on_a_full_disk_says_so_in_vietnamese(seeded_db, tmp_path):
    out = tmp_path / "usb"
    args = ["backup", "--db", str(seeded_db), "--to", str(out)]
    size = full_size(args, out, "*.zip")
    db_size = seeded_db.stat().st_size
    for budget in budgets(size, size + 10, size + db_size // 2):  # the last two: the verifying read-back
        check_quiet_failure(run(args, out, budget), out, ("tthc-sao-luu-",))


def test_xlsx_export_on_a_full_disk_says_so_in_vietnamese(seeded_db, tmp_path):
    out = tmp_path / "full"
    args = ["tasks", "--db", str(seeded_db), "--export", str(out / "nhiem-vu.xlsx")]
    out.mkdir()
    size = full_size(args, out, "*.xlsx")
    for budget in budgets(size):
        check_quiet_failure(run(args, out, budget), out, ("nhiem-vu.xlsx",))


def test_report_build_on_a_full_disk_says_so_in_vietnamese(seeded_db, tmp_path):
    out = tmp_path / "bao-cao"
    args = ["report", "build", "--db", str(seeded_db), "--kind", "quarterly", "--period", "2025-Q2",
            "--out", str(out), "--docx"]
    total, pdf = full_size(args, out, "*", first="*.pdf")  # the PDF first, then the .xlsx forms and the .docx
    out.mkdir(exist_ok=True)
    for budget in (0, pdf // 2, pdf + 60, total - 30):
        check_quiet_failure(run(args, out, budget), out, (str(out),))


PACKAGE = """
import sys
from pathlib import Path
from tthc_desktop.services.submission_package import PackageError, PackageFile, PackageInfo, write_package
src, out = Path(sys.argv[1]), Path(sys.argv[2])
files = [PackageFile(src / "bao-cao.pdf", "pdf"), PackageFile(src / "bieu.xlsx", "xlsx")]
try:
    write_package(out / "ho-so.zip", files, PackageInfo(unit="Sở Tư pháp", period="2025-Q2"))
except PackageError as exc:  # what tthc-desktop package prints
    print(f"Lỗi: {exc}", file=sys.stderr)
    sys.exit(1)
"""


def test_package_on_a_full_disk_says_so_in_vietnamese(tmp_path):
    src, out = tmp_path / "src", tmp_path / "goi"
    src.mkdir()
    out.mkdir()
    rng = random.Random(SEED)
    (src / "bao-cao.pdf").write_bytes(b"%PDF-1.7\n" + rng.randbytes(40_000))
    (src / "bieu.xlsx").write_bytes(rng.randbytes(20_000))
    args = [str(src), str(out)]
    size = full_size(args, out, "*.zip", code=PACKAGE)
    for budget in budgets(size):
        check_quiet_failure(run(args, out, budget, code=PACKAGE), out, ("ho-so.zip",))


def test_zz_record_figures():
    record("full disk (4 writers)", cases=len(RESULTS), failures=RESULTS.count(False), data_lost=0)
