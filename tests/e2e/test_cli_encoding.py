"""Vietnamese output survives a redirected stdout on Windows.

Windows Python encodes a redirected stdout/stderr with the ANSI code page (cp1252, or cp1258 on a Vietnamese
system), which cannot encode most Vietnamese letters (ậ, ệ, ữ…). PYTHONIOENCODING=cp1258 gives the same
streams on Linux; the CLI must still exit 0 and write UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ANSI_ENV = {"QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "cp1258", "PYTHONUTF8": "0"}


def run(*args, cwd, stdout=subprocess.PIPE):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUTF8"} | ANSI_ENV
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], cwd=cwd, env=env, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=180)


@pytest.fixture(scope="module")
def db(tien_giang_txt, tmp_path_factory):
    folder = tmp_path_factory.mktemp("encoding_cli")
    path = str(folder / "t.db")
    log = folder / "import.log"
    with log.open("wb") as out:  # `import-plan … > import.log`
        result = run("import-plan", str(tien_giang_txt), "--db", path, "--symbol", "165/KH-UBND",
                     "--title", "Thực hiện Nghị quyết 66/NQ-CP", cwd=folder,
                     stdout=out)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Đã lưu kế hoạch mới" in log.read_bytes().decode("utf-8")
    return path


def test_json_through_a_pipe_is_utf8(db, tmp_path):
    result = run("tasks", "--db", db, "--today", "10/06/2025", "--json", cwd=tmp_path)  # `tasks --json | …`
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    rows = json.loads(result.stdout.decode("utf-8"))
    text = json.dumps(rows, ensure_ascii=False)
    assert any(ch in text for ch in "ậệữướ"), "the plan's Vietnamese task names are in the output"


def test_help_and_errors_are_utf8(tmp_path):
    helped = run("--help", cwd=tmp_path)
    assert helped.returncode == 0, helped.stderr.decode("utf-8", "replace")
    assert "theo dõi nhiệm vụ" in helped.stdout.decode("utf-8")
    failed = run("import-plan", str(tmp_path / "không-có.docx"), "--db", str(tmp_path / "t.db"), cwd=tmp_path)
    assert failed.returncode != 0
    message = failed.stderr.decode("utf-8")
    assert "không-có.docx" in message and "Traceback" not in message
