"""Read-only SQLite URIs for Windows paths: UNC shares (\\\\nas\\share\\…), drives, extended-length paths.

SQLite parses URIs the same way on every system, so the UNC failure of ``Path.as_uri()`` ("invalid uri
authority") reproduces on Linux; the Windows paths are given as PureWindowsPath.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PureWindowsPath

import pytest

from tthc_desktop.store import backup
from tthc_desktop.store.sqlite_uri import connect_read_only, sqlite_uri

UNC = PureWindowsPath(r"\\nas\share\Sao lưu\tthc #1?%.db")


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (UNC, "file:////nas/share/Sao%20l%C6%B0u/tthc%20%231%3F%25.db"),
        (PureWindowsPath(r"\\?\UNC\nas\share\a.db"), "file:////nas/share/a.db"),
        (PureWindowsPath(r"C:\Users\Cán bộ\AppData\Roaming\TTHC Desktop\tthc.db"),
         "file:///C:/Users/C%C3%A1n%20b%E1%BB%99/AppData/Roaming/TTHC%20Desktop/tthc.db"),
        (PureWindowsPath(r"\\?\D:\sao luu\a.db"), "file:///D:/sao%20luu/a.db"),
    ],
)
def test_windows_paths(path, uri):
    assert sqlite_uri(path) == uri


def test_unc_uri_passes_sqlite_uri_parsing_where_as_uri_fails():
    old = PureWindowsPath(UNC).as_uri() + "?mode=ro"
    assert old.startswith("file://nas/")
    with pytest.raises(sqlite3.OperationalError, match="invalid uri authority"):
        sqlite3.connect(old, uri=True)
    with pytest.raises(sqlite3.OperationalError) as refused:  # no such share here, but the URI is accepted
        sqlite3.connect(sqlite_uri(UNC) + "?mode=ro", uri=True)
    assert "authority" not in str(refused.value)


def test_read_only_connection_on_a_path_with_uri_characters(tmp_path):
    folder = tmp_path / "Sao lưu #2 ?50%"
    folder.mkdir()
    db = folder / "tthc?#%.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES ('Hồ sơ')")
    conn.close()
    ro = connect_read_only(db)
    try:
        assert ro.execute("SELECT x FROM t").fetchall() == [("Hồ sơ",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.execute("INSERT INTO t VALUES ('y')")
    finally:
        ro.close()
    assert backup.sqlite_integrity(db) == "ok"
    assert not (folder / "tthc").exists()  # the '?' did not cut the name short


def test_every_read_only_open_goes_through_the_helper():
    package = Path(backup.__file__).parents[1]
    offenders = [p.relative_to(package).as_posix() for p in sorted(package.rglob("*.py"))
                 if ".as_uri()" in p.read_text(encoding="utf-8") and p.name != "sqlite_uri.py"]
    assert offenders == []


def test_dry_run_reads_open_folders_with_uri_characters(tmp_path):
    """The own unit and an import profile are read without the lock from a folder named like "Hồ sơ #2 ?"."""
    from tthc_desktop.domain.entities import UnitLevel
    from tthc_desktop.services.context import AppContext
    from tthc_desktop.store.units import read_own_unit

    folder = tmp_path / "Hồ sơ #2 ?"
    folder.mkdir()
    with AppContext.open(folder / "tthc.db") as ctx:
        ctx.units.save_own_unit("Sở Tư pháp", UnitLevel.DEPARTMENT)
    unit = read_own_unit(folder / "tthc.db")
    assert unit is not None and unit.name == "Sở Tư pháp"
    assert read_own_unit(folder / "missing.db") is None
