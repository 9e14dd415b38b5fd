"""The report request register's tables: the migration step (from the previous schema, rows kept), the repository
(request + files in one audited transaction, soft delete), the officer's standing reports, and the standing
reports data file feeding the report calendar's rules."""

from __future__ import annotations

import json

import pytest

from tthc_desktop.domain.periods import PeriodKind
from tthc_desktop.store.audit import read_audit
from tthc_desktop.store.database import open_database
from tthc_desktop.store.errors import StoreError
from tthc_desktop.store.migrations import apply_migrations, latest_version, schema_version
from tthc_desktop.store.report_requests import FileRole, ReportRequestsRepository
from tthc_desktop.store.reports_store import load_rules
from tthc_desktop.store.standing_reports import load_standing, shipped_rules, standing_file

SHA = "ab" * 32
VALUES = {"number": "245/UBND-KSTT", "issued_on": "2026-11-20", "issuer": "UBND tỉnh", "title": "Rà soát TTHC",
          "period": "2026-Q4", "cutoff_from": "2026-09-15", "cutoff_to": "2026-12-14",
          "deadline_text": "trước ngày 20/12/2026", "due_on": "2026-12-19",
          "deadline_rule": "Trước ngày 20/12/2026 → hạn cuối 19/12/2026", "channel": "edoc"}


def test_migration_step_adds_the_tables_to_an_older_schema(tmp_path):
    import sqlite_utils

    from tthc_desktop.store.search import register_functions

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    register_functions(old.conn)
    apply_migrations(old, stop_before="m011_report_requests")
    assert "report_requests" not in old.table_names()
    old["settings"].insert({"key": "k", "value": "kept"})
    old.conn.close()
    db = open_database(path)
    assert {"report_requests", "report_request_files", "standing_reports"} <= set(db.table_names())
    assert schema_version(db) == latest_version()
    assert db["settings"].get("k")["value"] == "kept"


def test_add_with_files_is_audited_and_soft_deleted(ctx):
    repo = ReportRequestsRepository(ctx.writer)
    request_id = repo.add(VALUES, [(FileRole.DOCUMENT, SHA, "cv.pdf"), (FileRole.FORM, SHA, "bieu.xlsx")])
    got = repo.get(request_id)
    assert (got.number, got.due_on, got.channel.value) == ("245/UBND-KSTT", "2026-12-19", "edoc")
    assert [(f.role, f.name) for f in got.files] == [(FileRole.DOCUMENT, "cv.pdf"), (FileRole.FORM, "bieu.xlsx")]
    assert [e.action for e in read_audit(ctx.db, table="report_requests")] == ["insert"]
    assert len(read_audit(ctx.db, table="report_request_files")) == 2
    repo.set_deleted(request_id, True)
    assert repo.list() == [] and [r.id for r in repo.list(include_deleted=True)] == [request_id]
    repo.set_deleted(request_id, False)
    assert [r.id for r in repo.list()] == [request_id]


def test_a_failing_file_row_leaves_no_request(ctx):
    repo = ReportRequestsRepository(ctx.writer)
    with pytest.raises(ValueError):
        repo.add(VALUES, [(FileRole.DOCUMENT, SHA, "cv.pdf"), ("not-a-role", SHA, "x")])
    assert ctx.db["report_requests"].count == 0 and ctx.db["report_request_files"].count == 0


def test_update_refuses_unknown_columns_and_missing_rows(ctx):
    repo = ReportRequestsRepository(ctx.writer)
    request_id = repo.add(VALUES)
    with pytest.raises(ValueError, match="Cột không có"):
        repo.update(request_id, {"bogus": 1})
    with pytest.raises(KeyError, match="Không có yêu cầu báo cáo số 999"):
        repo.update(999, {"title": "x"})
    repo.update(request_id, {"title": "Rà soát lại"})
    assert repo.get(request_id).title == "Rà soát lại"


def test_standing_reports_file_feeds_the_calendar_rules(ctx):
    shipped = load_standing()
    assert {r.rule.kind for r in shipped} == set(PeriodKind)
    data = json.loads(standing_file().read_text(encoding="utf-8"))
    assert len(data["reports"]) == len(shipped)
    rules = load_rules(ctx.settings)
    assert rules == shipped_rules()


def test_a_damaged_standing_file_is_named(tmp_path):
    bad = tmp_path / "standing_reports.json"
    bad.write_text(json.dumps({"reports": [{"id": "x", "title": "X", "kind": "weekly"}]}), encoding="utf-8")
    with pytest.raises(StoreError, match="standing_reports.json, báo cáo thứ 1"):
        load_standing(bad)


def test_officer_standing_reports(tmp_path):
    db = open_database(tmp_path / "s.db")
    from tthc_desktop.store.audit import AuditedWriter

    repo = ReportRequestsRepository(AuditedWriter(db, actor=lambda: "cán bộ"))
    sid = repo.add_standing(title="Báo cáo CCHC", kind="quarterly", working_days=3)
    assert [(s.title, s.working_days) for s in repo.list_standing()] == [("Báo cáo CCHC", 3)]
    repo.delete_standing(sid)
    assert repo.list_standing() == []
