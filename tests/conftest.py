"""Shared fixtures: offscreen Qt, data folders in tmp_path, a migrated database built once and copied."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from tthc_desktop.services.context import AppContext
from tthc_desktop.store.database import open_database

REPO_ROOT = Path(__file__).resolve().parents[1]

# Helper modules beside the tests (signing_support, report_fixtures, fixtures_catalogue, mutators, task_seed …)
# are imported by plain name: --import-mode=importlib puts no test folder on sys.path by itself.
for _folder in ("unit", "unit/importers", "unit/reports", "unit/services", "unit/signing", "fuzz", "gui", "e2e",
                "bench"):
    sys.path.insert(0, str(Path(__file__).parent / _folder))
SHARED_DOMAIN = REPO_ROOT.parent / "shared" / "domain"


@pytest.fixture(scope="session")
def shared_domain() -> Path:
    """The real plans in ../shared/domain beside the clone (as CI lays it); under CI a missing folder fails."""
    if SHARED_DOMAIN.is_dir():
        return SHARED_DOMAIN
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"Thiếu thư mục dữ liệu mẫu {SHARED_DOMAIN} (CI phải có shared/ cạnh bản sao mã nguồn)")
    pytest.skip(f"no shared domain folder beside the clone ({SHARED_DOMAIN})")


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


# -- plan files built from the Tiền Giang appendix (tests/unit/importers/fixtures_plans.py) --


@pytest.fixture(scope="session")
def plans():
    """The fixtures_plans helper module (builders of plan files and bad files)."""
    import fixtures_plans  # tests/unit/importers, on sys.path above

    return fixtures_plans


@pytest.fixture(scope="session")
def appendix_text(plans) -> str:
    return plans.appendix_text()


@pytest.fixture(scope="session")
def tien_giang_docx(plans, tmp_path_factory) -> Path:
    return plans.build_docx(tmp_path_factory.mktemp("plans") / "ke-hoach-165.docx")


@pytest.fixture(scope="session")
def tien_giang_xlsx(plans, tmp_path_factory) -> Path:
    return plans.build_xlsx(tmp_path_factory.mktemp("plans") / "ke-hoach-165.xlsx")


@pytest.fixture(scope="session")
def tien_giang_txt(plans, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "ke-hoach-165.txt"
    path.write_text(plans.appendix_text(), encoding="utf-8")
    return path
