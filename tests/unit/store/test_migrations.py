"""Migrations: a fresh file gets every table; an older schema upgrades without losing rows."""

from __future__ import annotations

import sqlite_utils

from tthc_desktop.store.database import open_database
from tthc_desktop.store.files import integrity_check
from tthc_desktop.store.migrations import apply_migrations, latest_version, schema_version

EXPECTED_TABLES = {"units", "plans", "tasks", "task_due_dates", "task_updates", "audit_log", "settings"}


def test_fresh_database_is_migrated_in_wal_mode(tmp_path):
    db = open_database(tmp_path / "fresh.db")
    assert EXPECTED_TABLES <= set(db.table_names())
    assert schema_version(db) == latest_version() >= 2
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert integrity_check(db) == "ok"


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "again.db"
    open_database(path).conn.close()
    db = open_database(path)
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert len(names) == len(set(names)) == latest_version()


def test_upgrade_from_previous_version_keeps_rows(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    apply_migrations(old, stop_before="m002_plan_identity")
    assert schema_version(old) == 1
    assert "source_sha256" not in old["plans"].columns_dict
    old["plans"].insert({"title": "Kế hoạch 165", "year": 2025, "symbol": "165/KH-UBND"})
    old["tasks"].insert({"plan_id": 1, "number": "I.1", "content": "Tập huấn"})
    old.conn.close()

    db = open_database(path)
    assert schema_version(db) == latest_version()
    assert "source_sha256" in db["plans"].columns_dict
    assert [r["symbol"] for r in db["plans"].rows] == ["165/KH-UBND"]
    assert [r["content"] for r in db["tasks"].rows] == ["Tập huấn"]
    assert integrity_check(db) == "ok"


def test_upgrade_from_a_district_unit_keeps_it_and_asks_for_the_new_level(tmp_path):
    """Issue 14: a database whose unit is cấp huyện opens; the unit gets empty details and is flagged."""
    from tthc_desktop.domain.entities import UnitLevel
    from tthc_desktop.store.audit import AuditedWriter
    from tthc_desktop.store.search import register_functions
    from tthc_desktop.store.units import DETAIL_FIELDS, UnitRepository

    path = tmp_path / "huyen.db"
    old = sqlite_utils.Database(path)
    register_functions(old.conn)
    apply_migrations(old, stop_before="m007_unit_details")
    assert "abbr" not in old["units"].columns_dict
    old["units"].insert({"name": "UBND huyện Cái Bè", "level": "huyen", "is_own": 1})
    old.conn.close()

    db = open_database(path)
    assert schema_version(db) == latest_version()
    assert set(DETAIL_FIELDS) <= set(db["units"].columns_dict)
    units = UnitRepository(AuditedWriter(db, actor=lambda: "test"))
    unit = units.own_unit()
    assert unit.name == "UBND huyện Cái Bè" and unit.level is UnitLevel.DISTRICT and unit.abbr == ""
    assert units.needs_level_choice()
    units.save_own_unit("UBND xã Cái Bè", UnitLevel.COMMUNE, place="Đồng Tháp")
    assert not units.needs_level_choice() and units.own_unit().place == "Đồng Tháp"
