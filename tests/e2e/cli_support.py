"""Running the command line as a user would: ``python -m tthc_desktop …`` in a child process, text captured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path | str, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, input=stdin)
