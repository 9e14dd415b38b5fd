"""The manual Windows workflow tests what users run: no PYTHONUTF8 hiding encoding bugs, the hashed Windows
lock, the redirected demo, the double export, the network backup, the installer run."""

from __future__ import annotations

from pathlib import Path

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "windows.yml"


def test_windows_workflow_checks_what_users_run():
    text = WORKFLOW.read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "PYTHONUTF8" not in code and "utf8_mode" not in code and "-X utf8" not in code
    assert "workflow_dispatch" in code and "push" not in code  # manual, for releases
    assert "--require-hashes -r requirements/windows-test.txt" in code
    assert "--require-hashes -r requirements/windows-package.txt" in code
    assert "--no-deps -e ." in code
    assert "demo --out" in code and '> "%RUNNER_TEMP%\\demo.log"' in code
    assert "packaging/check_double_export.py" in code
    assert "\\\\localhost\\C$" in code
    assert "--smoke" in code and "Uninstall.exe" in code
