"""Opening the database does not load sqlite-utils plugins: that scans every installed package's entry points
(tens of milliseconds at each start, more in the frozen bundle) and would run third-party code in the app."""

from __future__ import annotations

import sqlite_utils.plugins

from tthc_desktop.store.database import open_database


def test_open_database_loads_no_plugins(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_utils.plugins, "_plugins_loaded", False)
    monkeypatch.delattr("sys._called_from_test", raising=False)  # sqlite-utils skips the scan under its own tests
    db = open_database(tmp_path / "a.db")
    db.conn.close()
    assert sqlite_utils.plugins._plugins_loaded is False
