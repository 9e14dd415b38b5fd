"""`make deps-latest`: what would break if we moved to the newest releases today.

Builds a throwaway venv with the newest release of every dependency (no lock), runs the suite there
(without the slow bundle build in tests/packaging unless --all), and prints:
  - which packages differ from the lock (locked → newest),
  - which tests failed, and the first lines of each failure.
Always exits 0: drift is a report to act on, not a broken CI.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_versions(lock: Path) -> dict[str, str]:
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            pins[normalise(match.group(1))] = match.group(2)
    return pins


def installed_versions(python: Path) -> dict[str, str]:
    out = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
                         capture_output=True, text=True, check=True).stdout
    return {normalise(n): v for n, v in (line.split("==", 1) for line in out.splitlines() if "==" in line)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=ROOT / "requirements" / "linux-test.txt")
    parser.add_argument("--all", action="store_true", help="also run tests/packaging (builds the bundle)")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway venv and print its path")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="tthc-deps-latest-"))
    env_dir = work / "venv"
    print(f"deps-latest: venv mới với bản phát hành mới nhất tại {env_dir}", flush=True)
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip", "setuptools", "wheel"], check=True)
    subprocess.run([*pip, "--upgrade", "-e", f"{ROOT}[test]"], check=True, cwd=ROOT)

    locked, newest = locked_versions(args.lock), installed_versions(python)
    changed = sorted((name, locked[name], newest[name]) for name in locked.keys() & newest.keys()
                     if locked[name] != newest[name])
    added = sorted(set(newest) - set(locked) - {"tthc-desktop", "pip"})

    tests = ["tests"] if args.all else ["tests", "--ignore=tests/packaging"]
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE", *tests],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    failed = [line for line in run.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    summary = run.stdout.strip().splitlines()[-1:] or ["(no pytest summary)"]

    print("\n== Gói khác bản khóa (lock → mới nhất) ==")
    for name, old, new in changed:
        print(f"  {name}: {old} → {new}")
    if not changed:
        print("  (không có: bản khóa đang là bản mới nhất)")
    for name in added:
        print(f"  {name}: (không có trong bản khóa) → {newest[name]}")
    print("\n== Kết quả bộ kiểm thử với bản mới nhất ==")
    print("  " + summary[0])
    for line in failed:
        print("  " + line)
    if failed:
        print("\n  Bản khóa giữ phiên bản cũ; hãy sửa mã hoặc ghim phiên bản (có ghi chú) trong pyproject.toml.")
    if args.keep:
        print(f"\nvenv giữ lại: {env_dir}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
