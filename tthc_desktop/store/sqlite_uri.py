"""Open an SQLite file read-only through a ``file:`` URI that SQLite accepts for every Windows path.

``Path.as_uri()`` turns ``\\\\nas\\share\\x.db`` into ``file://nas/share/x.db``: SQLite reads ``nas`` as the URI
authority and refuses it ("invalid uri authority"), so every backup on a network folder looked damaged.
SQLite wants the UNC path after an empty authority: ``file:////nas/share/x.db``. Characters with a meaning
in URIs (``?``, ``#``, ``%``, spaces, Vietnamese letters) are percent-encoded, which SQLite decodes.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any, TypeVar
from urllib.parse import quote

T = TypeVar("T")


def sqlite_uri(path: str | os.PathLike[str], *, windows: bool | None = None) -> str:
    """``file:`` URI of an absolute path (no query). ``windows`` defaults to the running system."""
    if windows is None:
        windows = isinstance(path, PureWindowsPath) or (os.name == "nt" and not isinstance(path, PurePath))
    if not windows:
        return "file://" + quote(os.fspath(path), safe="/")
    text = str(PureWindowsPath(path)).replace("\\", "/")
    if text.startswith("//?/UNC/"):  # extended-length UNC, as Path.resolve() may return
        text = "//" + text[len("//?/UNC/"):]
    elif text.startswith("//?/"):
        text = text[len("//?/"):]
    if text.startswith("//"):  # \\server\share\…: empty authority, then the UNC path
        return "file://" + quote(text, safe="/")
    return "file:///" + quote(text, safe="/:")  # C:/… (SQLite drops the slash before the drive)


def connect_read_only(path: str | os.PathLike[str], **kwargs: Any) -> sqlite3.Connection:
    """A read-only connection to the database file at ``path`` (resolved to an absolute path first)."""
    return sqlite3.connect(f"{sqlite_uri(Path(path).resolve())}?mode=ro", uri=True, **kwargs)


def peek(path: str | os.PathLike[str], query: Callable[[sqlite3.Connection], T]) -> T | None:
    """``query`` on a read-only connection to the database file at ``path``, without its lock (a dry run must
    not wait for the GUI nor create or migrate the file); None when there is no such file or it cannot be read."""
    if not Path(path).is_file():
        return None
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        conn.row_factory = sqlite3.Row
        return query(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
