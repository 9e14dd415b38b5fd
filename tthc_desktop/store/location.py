"""Where the database and its managed folders live: per-user data folder, overridable for tests and power users."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILENAME = "tthc.db"
ENV_DATA_DIR = "TTHC_DATA_DIR"


def default_data_dir(environ: dict[str, str] | None = None) -> Path:
    """%APPDATA%\\TTHC Desktop on Windows, ~/.local/share/tthc-desktop elsewhere; TTHC_DATA_DIR wins."""
    env = os.environ if environ is None else environ
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser()
    if sys.platform == "win32":
        base = env.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "TTHC Desktop"
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tthc-desktop"


def resolve_db_path(db: str | os.PathLike[str] | None, environ: dict[str, str] | None = None) -> Path:
    """The --db argument when given, else the default database in the data folder."""
    if db:
        return Path(db).expanduser().absolute()
    return default_data_dir(environ) / DB_FILENAME
