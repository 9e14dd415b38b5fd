"""Shared fixtures: offscreen Qt, data folders in tmp_path, a migrated database built once and copied."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from tthc_desktop.services.context import AppContext
from tthc_desktop.store.database import open_database

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DOMAIN = REPO_ROOT.parent / "shared" / "domain"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder (settings.ini, default database)."""
    data = tmp_path / "appdata"
    monkeypatch.setenv("TTHC_DATA_DIR", str(data))
    return data


@pytest.fixture(scope="session")
def migrated_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture
def db_path(migrated_db_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "tthc.db"
    shutil.copy2(migrated_db_template, target)
    return target


@pytest.fixture
def ctx(db_path: Path):
    context = AppContext.open(db_path)
    try:
        yield context
    finally:
        context.close()
