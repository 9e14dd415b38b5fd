"""Where the database and its managed folders live: per-user data folder, overridable for tests and power users.

Government domain PCs often redirect %APPDATA% (the roaming profile) to a server. SQLite must not live on a
network share (database.check_location refuses it), so the default folder then falls back to %LOCALAPPDATA%,
which always stays on the PC, and ``data_dir_notice`` tells the officer where the data now lives.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILENAME = "tthc.db"
ENV_DATA_DIR = "TTHC_DATA_DIR"
APP_FOLDER = "TTHC Desktop"


def default_data_dir(environ: dict[str, str] | None = None, *, windows: bool | None = None) -> Path:
    """%APPDATA%\\TTHC Desktop on Windows (%LOCALAPPDATA%\\… when %APPDATA% is on a network share),
    ~/.local/share/tthc-desktop elsewhere; TTHC_DATA_DIR wins."""
    env = os.environ if environ is None else environ
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser()
    if sys.platform == "win32" if windows is None else windows:
        roaming = _roaming(env)
        if is_network_path(roaming):
            return Path(_local(env)) / APP_FOLDER
        return Path(roaming) / APP_FOLDER
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tthc-desktop"


def data_dir_notice(environ: dict[str, str] | None = None, *, windows: bool | None = None) -> str | None:
    """The Vietnamese explanation when the default folder moved off a redirected %APPDATA%, else None."""
    env = os.environ if environ is None else environ
    if env.get(ENV_DATA_DIR) or not (sys.platform == "win32" if windows is None else windows):
        return None
    roaming = _roaming(env)
    if not is_network_path(roaming):
        return None
    here = default_data_dir(env, windows=True)
    return (f"Thư mục AppData của tài khoản này nằm trên máy chủ ({roaming}), nơi cơ sở dữ liệu không thể "
            f"lưu an toàn. Dữ liệu TTHC Desktop được lưu trên máy này tại: {here}. "
            "Dữ liệu không theo tài khoản sang máy khác: hãy sao lưu thường xuyên.")


def is_network_path(text: str) -> bool:
    """A UNC path (\\\\server\\share…) or a path on a mapped network drive (Windows)."""
    if text.startswith(("\\\\", "//")):
        return not text.startswith(("\\\\?\\", "\\\\.\\")) or text.upper().startswith("\\\\?\\UNC\\")
    return len(text) >= 2 and text[1] == ":" and _drive_is_remote(text[:2])


def _drive_is_remote(drive: str) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # pragma: no cover - Windows


def _roaming(env) -> str:
    return env.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")


def _local(env) -> str:
    return env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")


def resolve_db_path(db: str | os.PathLike[str] | None, environ: dict[str, str] | None = None) -> Path:
    """The --db argument when given, else the default database in the data folder."""
    if db:
        return Path(db).expanduser().absolute()
    return default_data_dir(environ) / DB_FILENAME
