"""A wheel that works: built from the source tree, installed into a fresh venv from the hashed lock,
and run from outside the source tree. Templates, the sample plan and the compiled translations must
come from inside the installed package, not from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / ("windows-app.txt" if sys.platform == "win32" else "linux-app.txt")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                    str(out), str(ROOT)], check=True, capture_output=True, timeout=600)
    (found,) = out.glob("tthc_desktop-*.whl")
    return found


def test_wheel_carries_templates_samples_and_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("tthc_desktop/resources/templates/forms/bieu_06_vpcp_kstt.json",
                     "tthc_desktop/resources/templates/reports/bao_cao_kstt.json",
                     "tthc_desktop/i18n/tthc_vi.qm", "tthc_desktop/i18n/qtbase_vi.qm"):
        assert required in names
    assert any(n.startswith("tthc_desktop/resources/samples/") for n in names)
    assert any(n.endswith(".j2") for n in names)
    assert not any(n.startswith(("tests/", "resources/", "i18n/")) for n in names)


@pytest.mark.slow
def test_demo_runs_from_the_installed_wheel(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "--require-hashes", "-r", str(LOCK)], check=True, capture_output=True, timeout=1200)
    subprocess.run([*pip, "--no-deps", str(wheel)], check=True, capture_output=True, timeout=300)
    exe = env_dir / ("Scripts/tthc-desktop.exe" if sys.platform == "win32" else "bin/tthc-desktop")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env |= {"TTHC_DATA_DIR": str(tmp_path / "appdata"), "QT_QPA_PLATFORM": "offscreen"}
    where = tmp_path / "elsewhere"  # not the checkout: nothing may be found through the source tree
    where.mkdir()
    result = subprocess.run([str(exe), "demo", "--out", str(where / "demo")], cwd=where, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Warning" not in result.stderr
    assert list((where / "demo").glob("*.zip")), result.stdout
    located = subprocess.run([str(py), "-c", "import tthc_desktop.reports.forms as f; print(f.resources_dir())"],
                             cwd=where, env=env, capture_output=True, text=True, check=True)
    assert str(env_dir) in located.stdout
