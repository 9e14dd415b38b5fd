"""Users never see Python warnings or tracebacks: with the locked (newest) packages, the terminal gets
only our own Vietnamese lines; warnings and third-party log records land in the log file instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NOISE = ("Warning", "Traceback", "DeprecationWarning", "Exception ignored")


def _run(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "TTHC_DATA_DIR": str(data)}
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=600)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("clean")
    return base, _run(["demo", "--out", str(base / "out")], base / "appdata")


def test_version_writes_nothing_to_stderr(tmp_path):
    result = _run(["--version"], tmp_path / "appdata")
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.startswith("TTHC Desktop ")


def test_demo_stderr_has_no_python_noise(demo_run):
    _, result = demo_run
    assert result.returncode == 0, result.stderr
    assert not [word for word in NOISE if word in result.stderr], result.stderr
    assert not [word for word in NOISE if word in result.stdout], result.stdout


def test_verify_multi_signature_pdf_without_trust_is_quiet_and_logged(demo_run):
    # No trust root given: pyHanko's path building fails and logs tracebacks. They must go to the log.
    base, demo = demo_run
    assert demo.returncode == 0, demo.stderr
    signed = next((base / "out" / "da-ky").glob("*.pdf"))
    data = base / "verify-appdata"
    result = _run(["verify", str(signed)], data)
    assert "chữ ký" in result.stdout  # the Vietnamese verdict is still there
    assert not [word for word in NOISE if word in result.stderr], result.stderr
    log = data / "logs" / "tthc-desktop.log"
    assert log.is_file() and log.stat().st_size > 0


def test_unwritable_log_folder_stays_off_the_terminal(demo_run, tmp_path):
    base, _ = demo_run
    data = tmp_path / "appdata"
    data.mkdir()
    (data / "logs").write_text("a file where the log folder should be", encoding="utf-8")
    signed = next((base / "out" / "da-ky").glob("*.pdf"))
    result = _run(["verify", str(signed)], data)
    assert "chữ ký" in result.stdout
    assert "Logging error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
