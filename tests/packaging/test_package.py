"""Packaging: `make package` builds the PyInstaller one-folder bundle and compiles the NSIS installer.

The frozen app must pass --smoke, import the Tiền Giang plan, export Excel and run the signing demo;
makensis must compile packaging/installer.nsi against the bundle (without LZMA here, to save minutes:
same script, same file list). Slow (about a minute) but run by `make test`, as CI does.
"""

from __future__ import annotations

import hashlib
import json
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "build" / "dist"
BUNDLE = DIST / "tthc-desktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
CLI = BUNDLE / f"tthc-desktop{EXE_SUFFIX}"
GUI = BUNDLE / f"TTHC Desktop{EXE_SUFFIX}"
APPENDIX = ROOT / "tests" / "unit" / "importers" / "data" / "tien_giang_appendix.txt"
# Issue 17: the unpacked bundle stays under 150 MB (bytes of its files, symlinks not followed; 197.9 MB before).
BUNDLE_LIMIT = 150_000_000


def _load_version_info() -> SimpleNamespace:
    # packaging/ is not a package (and "packaging" is pip's name): run the script for its functions
    return SimpleNamespace(**runpy.run_path(str(ROOT / "packaging" / "version_info.py")))


def _version() -> str:
    from tthc_desktop import __version__

    return __version__


@pytest.fixture(scope="module")
def package_build() -> subprocess.CompletedProcess[str]:
    """Run `make package` once for the module (quick NSIS compression)."""
    shutil.rmtree(DIST, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKEFLAGS", "MFLAGS"))}
    result = subprocess.run(
        ["make", "-C", str(ROOT), "package", "NSIS_FLAGS=-DNO_COMPRESSION"],
        capture_output=True, text=True, env=env, timeout=1200,
    )
    assert result.returncode == 0, f"make package failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


def _frozen_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TTHC_DATA_DIR"] = str(tmp_path / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Run the frozen interpreter alone: nothing from the development venv may leak in.
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def _run(args: list[str], tmp_path: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, cwd=tmp_path,
                          env=_frozen_env(tmp_path), timeout=timeout)


def test_version_info_follows_package_version(tmp_path):
    version_info = _load_version_info()
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("2.3.4rc1") == (2, 3, 4, 0)
    text = version_info.write(tmp_path / "v.txt", _version()).read_text(encoding="utf-8")
    numbers = version_info.version_tuple(_version())
    assert f"filevers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{_version()}')" in text
    with pytest.raises(ValueError):
        version_info.version_tuple("dev")


@pytest.mark.slow
def test_bundle_contents(package_build):
    assert CLI.is_file() and os.access(CLI, os.X_OK)
    assert GUI.is_file() and os.access(GUI, os.X_OK)
    internal = BUNDLE / "_internal"
    assert (internal / "i18n" / "tthc_vi.qm").is_file()
    assert (internal / "i18n" / "qtbase_vi.qm").is_file()
    assert list((internal / "resources" / "templates" / "forms").glob("*.json"))
    pyside = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*") if p.is_file()}
    assert pyside == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    for unwanted in ("tkinter", "pytest", "hypothesis", "numpy"):
        assert not (internal / unwanted).exists(), unwanted
    # Only the Qt plugins the app loads (issue 17): no platform themes, GL or Wayland; JPEG and ICO images.
    plugins = next(p for p in (internal / "PySide6" / "Qt" / "plugins", internal / "PySide6" / "plugins")
                   if p.is_dir())
    assert {p.name for p in plugins.iterdir()} <= {"platforms", "imageformats", "printsupport",
                                                   "platforminputcontexts", "styles"}
    assert {p.name.split(".")[0].removeprefix("lib") for p in (plugins / "imageformats").iterdir()} == {"qjpeg", "qico"}
    assert any(p.name.startswith("_cffi_backend") for p in internal.iterdir())  # an extension module, kept
    assert not (internal / "pdfminer" / "cmap").exists()  # CJK CMaps only (the spec says why)
    if sys.platform == "linux":  # one exe on Linux, "TTHC Desktop" names it; the slimmed ICU data (icu_data.py)
        assert GUI.is_symlink() and GUI.resolve() == CLI.resolve()
        icudata = next((internal / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
        assert icudata.stat().st_size < 6_000_000
    # No UPX: the Qt libraries are the originals, byte for byte.
    qtcore = next((internal / "PySide6" / "Qt" / "lib").glob("libQt6Core.so*"), None)
    if qtcore is not None:
        assert b"UPX!" not in qtcore.read_bytes()[:4096]


@pytest.mark.slow
def test_bundle_stays_under_size_target(package_build):
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    largest = ", ".join(f"{p.relative_to(BUNDLE)} {p.stat().st_size / 1e6:.1f}"
                        for p in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8])
    assert total <= BUNDLE_LIMIT, f"bundle {total / 1e6:.1f} MB > {BUNDLE_LIMIT / 1e6:.0f} MB; largest (MB): {largest}"


@pytest.mark.slow
def test_frozen_smoke_and_headless_commands(package_build, tmp_path):
    smoke = _run(["--smoke"], tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert "không nạp được bản dịch" not in smoke.stderr  # translations found inside the bundle
    assert (tmp_path / "data" / "tthc.db").is_file()

    version = _run(["--version"], tmp_path)
    assert version.stdout.strip() == f"TTHC Desktop {_version()}"

    plan = tmp_path / "kh165.txt"
    plan.write_text(APPENDIX.read_text(encoding="utf-8"), encoding="utf-8")
    imported = _run(["import-plan", str(plan), "--symbol", "165/KH-UBND", "--title", "Triển khai NQ 66"], tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "Đã lưu kế hoạch mới" in imported.stdout

    # a signed PDF plan: pdfplumber/pdfminer work inside the bundle (without the CJK CMaps)
    import fixtures_pdf_plans as fx

    pdf_plan = fx.sign_incrementally(fx.build_plan_pdf(tmp_path / "kh-ky-so.pdf"), tmp_path / "pki", times=2)
    dry = _run(["import-plan", str(pdf_plan), "--dry-run", "--json"], tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert sum(not t["is_group"] and not t["is_section"] for t in json.loads(dry.stdout)) == 33

    found = _run(["tasks", "--search", "dat dai", "--json"], tmp_path)  # folded search (FTS5 in the bundle)
    assert found.returncode == 0, found.stderr
    xlsx = tmp_path / "tasks.xlsx"
    exported = _run(["tasks", "--export", str(xlsx)], tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert xlsx.read_bytes()[:2] == b"PK"

    report = _run(["report", "build", "--kind", "quarterly", "--period", "2025-Q3", "--out",
                   str(tmp_path / "report")], tmp_path)
    assert report.returncode == 0, report.stderr
    pdf = tmp_path / "report" / "bao_cao_kstt_2025-Q3.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.slow
def test_frozen_exe_runs_in_utf8_mode(package_build, tmp_path):
    """Both exes carry Python's UTF-8 mode (-X utf8), and redirected Vietnamese output survives an ANSI
    code page (what Windows gives a redirected stdout: cp1252/cp1258)."""
    from PyInstaller.archive.readers import CArchiveReader

    for exe in (CLI, GUI):
        assert "X utf8_mode=1" in CArchiveReader(str(exe)).options, exe.name
    env = _frozen_env(tmp_path) | {"PYTHONIOENCODING": "cp1258"}
    helped = subprocess.run([str(CLI), "--help"], capture_output=True, cwd=tmp_path, env=env, timeout=300)
    assert helped.returncode == 0, helped.stderr.decode("utf-8", "replace")
    assert "theo dõi nhiệm vụ" in helped.stdout.decode("utf-8")


@pytest.mark.slow
def test_frozen_signing_demo(package_build, tmp_path):
    out = tmp_path / "demo"
    demo = _run(["demo", "--out", str(out)], tmp_path, timeout=600)
    assert demo.returncode == 0, f"{demo.stdout}\n{demo.stderr}"
    pdfs = sorted(out.rglob("*.pdf"))
    assert pdfs, f"demo wrote no PDF: {sorted(p.name for p in out.rglob('*'))}"
    assert any(b"/ByteRange" in p.read_bytes() for p in pdfs), "no signed PDF in the demo output"


@pytest.mark.slow
def test_installer_compiled_from_bundle(package_build):
    installer = DIST / f"TTHC-Desktop-{_version()}-setup.exe"
    data = installer.read_bytes()
    assert data[:2] == b"MZ"  # a Windows executable
    # Uncompressed build: the file list and the Vietnamese shortcut names are in the installer.
    for name in ("tthc_vi.qm", "qtbase_vi.qm", "Gỡ cài đặt TTHC Desktop.lnk", "Uninstall.exe"):
        assert name.encode("utf-16-le") in data, name
    # Stored, not compressed: the installer holds at least every real file of the bundle. NSIS keeps one
    # copy of identical files (on Linux both executables are the same bootloader + archive), so count each
    # distinct content once.
    contents = {hashlib.sha256(p.read_bytes()).hexdigest(): p.stat().st_size
                for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()}
    assert len(data) > sum(contents.values()) * 0.95
