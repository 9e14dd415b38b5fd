"""Run the NSIS installer under Wine, the way an officer's PC would: `make installer-test`.

1. silent install (/S) into a throwaway WINEPREFIX with a throwaway HOME;
2. the program files, the Start-menu and desktop shortcuts, the HKCU uninstall entry;
3. an update while the app runs is refused (exit code 2) and leaves the files alone — once with the app's
   exe running, once with only its database lock held — then goes through once the app is closed;
4. silent uninstall: everything is gone except %APPDATA%\\TTHC Desktop (the officer's data).

The installer is compiled from packaging/installer.nsi against a small fake bundle (the two exes are a tiny
NSIS-built program that can stay running and hold the lock like the app; a few data files), so this takes
seconds, not the minutes of a PyInstaller build; tests/packaging/test_package.py compiles the same script
against the real bundle. Standard library only. Exit status 0 = all checks hold; otherwise the failed check
is printed. Usage: python3 tests/packaging/installer_check.py [--keep]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "packaging" / "installer.nsi"
FAKE_APP_NSI = Path(__file__).with_name("fake_app.nsi")
APP = "TTHC Desktop"
UNINST_KEY = r"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\TTHC Desktop"  # as written in user.reg
VERSION = "0.0.1"


class CheckFailed(AssertionError):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(what)
    print(f"  ok: {what}")


def run(args: list[str], env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def makensis(script: Path, out: Path, *defines: str) -> None:
    result = run(["makensis", "-INPUTCHARSET", "UTF8", "-V2", *(f"-D{d}" for d in defines),
                  f"-DOUT_FILE={out}", str(script)])
    if result.returncode != 0:
        raise CheckFailed(f"makensis {script.name} failed:\n{result.stdout}\n{result.stderr}")


def fake_bundle(work: Path) -> Path:
    app = work / "fake-app.exe"
    makensis(FAKE_APP_NSI, app)
    bundle = work / "bundle"
    (bundle / "_internal" / "i18n").mkdir(parents=True)
    shutil.copy(app, bundle / f"{APP}.exe")
    shutil.copy(app, bundle / "tthc-desktop.exe")
    (bundle / "_internal" / "i18n" / "tthc_vi.qm").write_bytes(b"qm")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    return bundle


class Wine:
    """A throwaway 32-bit prefix (NSIS installers are 32-bit) with its own HOME; nothing touches the real one."""

    def __init__(self, work: Path) -> None:
        self.home = work / "home"
        (self.home / "Desktop").mkdir(parents=True)
        self.prefix = work / "prefix"
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win32",
            "WINEDEBUG": "-all",
            # No menu entries in the real desktop; no Mono/Gecko download prompts.
            "WINEDLLOVERRIDES": "winemenubuilder.exe=d;mscoree=;mshtml=",
            "DISPLAY": "",
            "LANG": "C.UTF-8",
        }
        started = time.monotonic()
        result = run(["wineboot", "-i"], self.env, timeout=300)
        self.wait()
        if result.returncode != 0:
            raise CheckFailed(f"wineboot failed: {result.stderr[-2000:]}")
        print(f"  (wine prefix ready in {time.monotonic() - started:.1f} s)")
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        self.user = users[0]

    def wait(self) -> None:
        run(["wineserver", "-w"], self.env, timeout=300)

    def run(self, exe: Path, *args: str) -> int:
        result = run(["wine", str(exe), *args], self.env, timeout=300)
        self.wait()  # an uninstaller copies itself to %TEMP% and returns at once: wait for that copy
        return result.returncode

    def start(self, exe: Path, *args: str) -> subprocess.Popen:
        return subprocess.Popen(["wine", str(exe), *args], env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def kill_all(self) -> None:
        run(["wineserver", "-k"], self.env)
        self.wait()

    def user_reg(self) -> str:
        self.wait()  # the registry reaches user.reg when wineserver saves it
        return (self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")


def wait_for(path: Path, seconds: float = 30) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists():
            return True
        time.sleep(0.2)
    return False


def main(keep: bool = False) -> int:
    for tool in ("makensis", "wine", "wineserver", "wineboot"):
        if shutil.which(tool) is None:
            print(f"Thiếu công cụ {tool}: hãy chạy 'make sysdeps-test' (cài nsis, wine, wine32:i386).")
            return 1
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="tthc-installer-test-"))
    wine = None
    try:
        print("Installer under Wine:")
        bundle = fake_bundle(work)
        setup = work / f"TTHC-Desktop-{VERSION}-setup.exe"
        makensis(NSI, setup, "NO_COMPRESSION", f"VERSION={VERSION}", f"BUNDLE_DIR={bundle}")
        wine = Wine(work)
        local, roaming = wine.user / "AppData" / "Local", wine.user / "AppData" / "Roaming"
        instdir = local / "Programs" / APP
        menu = roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / APP
        desktop_link = wine.user / "Desktop" / f"{APP}.lnk"
        data = roaming / APP

        # 1-2. Silent install: files, shortcuts, uninstall entry.
        check(wine.run(setup, "/S") == 0, "silent install exits 0")
        for rel in (f"{APP}.exe", "tthc-desktop.exe", "Uninstall.exe", "_internal/i18n/tthc_vi.qm",
                    "_internal/base_library.zip"):
            check((instdir / rel).is_file(), f"installed {rel}")
        check((instdir / f"{APP}.exe").read_bytes() == (bundle / f"{APP}.exe").read_bytes(), "exe copied as built")
        check((menu / f"{APP}.lnk").is_file(), "Start-menu shortcut")
        check((menu / f"Gỡ cài đặt {APP}.lnk").is_file(), "Start-menu uninstall shortcut")
        check(desktop_link.is_file(), "desktop shortcut")
        reg = wine.user_reg()
        check(f"[{UNINST_KEY}]" in reg, "HKCU uninstall entry")
        entry = reg.split(f"[{UNINST_KEY}]", 1)[1].split("\n[", 1)[0]
        check(f'"DisplayVersion"="{VERSION}"' in entry, "uninstall entry: DisplayVersion")
        check('"QuietUninstallString"=' in entry and "Uninstall.exe" in entry, "uninstall entry: uninstaller")
        check("AppData\\\\Local\\\\Programs\\\\TTHC Desktop" in entry, "uninstall entry: InstallLocation")

        # 3. Updating while the app runs: refused (exit 2) and the files untouched; fine once it is closed.
        marker = instdir / "_internal" / "base_library.zip"
        marker.write_bytes(b"old build")
        for how, args, sign in (("the app's exe running", ("/run",), None),
                                ("the database lock held", ("/hold",), data / "holding.txt")):
            runner = instdir / f"{APP}.exe"
            if sign is not None:  # a copy elsewhere holds the lock: only the lock shows the app is open
                runner = work / "other-copy.exe"
                shutil.copy(instdir / f"{APP}.exe", runner)
            holder = wine.start(runner, *args)
            try:
                if sign is not None:
                    check(wait_for(sign), "the stand-in app holds tthc.db.lock")
                else:
                    time.sleep(3)
                check(wine_run_no_wait(wine, setup, "/S") == 2, f"update refused with {how} (exit code 2)")
                check(marker.read_bytes() == b"old build", f"files untouched with {how}")
            finally:
                wine.kill_all()
                holder.wait(timeout=30)
        check(wine.run(setup, "/S") == 0, "update goes through once the app is closed")
        check(marker.read_bytes() == b"PK", "update replaced the program files")

        # 4. Silent uninstall keeps the officer's data only.
        data.mkdir(parents=True, exist_ok=True)
        (data / "tthc.db").write_bytes(b"SQLite format 3\0 du lieu can bo")
        check(wine.run(instdir / "Uninstall.exe", "/S") == 0, "silent uninstall exits 0")
        check(not instdir.exists(), "program folder removed")
        check(not menu.exists(), "Start-menu folder removed")
        check(not desktop_link.exists(), "desktop shortcut removed")
        check(f"[{UNINST_KEY}]" not in wine.user_reg(), "uninstall entry removed")
        check((data / "tthc.db").read_bytes().startswith(b"SQLite format 3"), "%APPDATA%\\TTHC Desktop kept")
        print(f"Installer checks passed in {time.monotonic() - started:.1f} s")
        return 0
    except CheckFailed as exc:
        print(f"FAILED: {exc}")
        return 1
    finally:
        if wine is not None:
            wine.kill_all()
        if keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def wine_run_no_wait(wine: Wine, exe: Path, *args: str) -> int:
    """Run and return the exit code without waiting for the whole prefix (the stand-in app keeps running)."""
    return run(["wine", str(exe), *args], wine.env, timeout=120).returncode


if __name__ == "__main__":
    sys.exit(main(keep="--keep" in sys.argv[1:]))
