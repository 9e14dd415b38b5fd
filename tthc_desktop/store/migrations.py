"""Schema migrations (applied by sqlite_utils.Migrations). Append new steps; never edit one that has shipped.

Every step holds its own schema, frozen as it shipped (names and defaults written out, not taken from the
repository modules), so a repository that evolves never changes what an old step did. The one exception
is m003, whose search index is built by store/search.py (the folding functions live there).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, NamedTuple

from .search import create_search_index, install_search_index

if TYPE_CHECKING:
    import sqlite_utils


class _Step(NamedTuple):  # not a dataclass: ~5× cheaper to build at start-up
    name: str
    fn: object


class _Steps:
    """The ordered steps of our set, registered as with ``sqlite_utils.Migrations``; sqlite-utils applies them.

    An up-to-date database (every start-up) is recognised with one SELECT, without importing sqlite-utils.
    """

    table = "_sqlite_migrations"

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[_Step] = []

    def __call__(self):
        def register(fn):
            self._migrations.append(_Step(fn.__name__, fn))
            return fn
        return register

    def applied_names(self, conn: sqlite3.Connection) -> list[str]:
        """The names applied to the database, in the order they were applied ([] for a blank file)."""
        try:
            return [r[0] for r in conn.execute(
                f"SELECT name FROM {self.table} WHERE migration_set = ? ORDER BY rowid", [self.name])]
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise

    def applied(self, db) -> list[str]:
        return self.applied_names(db.conn)

    def apply(self, db, *, stop_before: str | None = None) -> None:
        if stop_before is None and set(self.applied_names(db.conn)) >= {m.name for m in self._migrations}:
            return  # nothing pending
        from sqlite_utils import Migrations

        real = Migrations(self.name)
        for step in self._migrations:
            real(name=step.name)(step.fn)
        real.apply(db, stop_before=stop_before)


migrations = _Steps("tthc_desktop")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Units, plans, tasks with due dates and updates, audit log, settings."""
    db["units"].create(
        {"id": int, "name": str, "level": str, "parent_id": int, "is_own": int},
        pk="id",
        foreign_keys=[("parent_id", "units", "id")],
        not_null={"name", "level"},
        defaults={"is_own": 0},
    )
    db["plans"].create(
        {
            "id": int,
            "symbol": str,
            "issued_on": str,
            "issuer": str,
            "title": str,
            "year": int,
            "source_file": str,
            "created_at": str,
        },
        pk="id",
        not_null={"title", "year"},
    )
    db["tasks"].create(
        {
            "id": int,
            "plan_id": int,
            "parent_id": int,
            "number": str,
            "position": int,
            "is_section": int,
            "is_group": int,
            "content": str,
            "lead_text": str,
            "coordinating_text": str,
            "role": str,
            "deadline_text": str,
            "deadline_rule": str,
            "is_continuous": int,
            "needs_date": int,
            "product": str,
            "notes": str,
            "completed_on": str,
            "outcome": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("plan_id", "plans", "id"), ("parent_id", "tasks", "id")],
        not_null={"plan_id", "number", "content"},
        defaults={"is_section": 0, "is_group": 0, "is_continuous": 0, "needs_date": 0, "role": "none", "position": 0},
    )
    db["tasks"].create_index(["plan_id", "number"], unique=True)
    db["task_due_dates"].create(
        {"id": int, "task_id": int, "due_on": str, "kind": str, "document": str, "created_at": str},
        pk="id",
        foreign_keys=[("task_id", "tasks", "id")],
        not_null={"task_id", "due_on", "kind"},
    )
    db["task_due_dates"].create_index(["task_id"])
    db["task_due_dates"].create_index(["due_on"])
    db["task_updates"].create(
        {
            "id": int,
            "task_id": int,
            "updated_on": str,
            "note": str,
            "percent": int,
            "evidence_number": str,
            "evidence_date": str,
            "attachment_sha256": str,
            "attachment_name": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("task_id", "tasks", "id")],
        not_null={"task_id", "updated_on"},
    )
    db["task_updates"].create_index(["task_id"])
    db["audit_log"].create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "action": str,
            "table_name": str,
            "row_id": int,
            "old_json": str,
            "new_json": str,
        },
        pk="id",
        not_null={"at", "action", "table_name"},
    )
    db["settings"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_plan_identity(db: sqlite_utils.Database) -> None:
    """Re-import detection: a plan is known by its symbol and by the hash of its source file."""
    db["plans"].add_column("source_sha256", str)
    db["plans"].create_index(["symbol"])
    db["plans"].create_index(["source_sha256"])


@migrations()
def m003_task_search(db: sqlite_utils.Database) -> None:
    """Folded full-text search over tasks (docs/ARCHITECTURE.md §10.6)."""
    create_search_index(db)


@migrations()
def m004_procedures_and_stats(db: sqlite_utils.Database) -> None:
    """The unit's TTHC catalogue and the biểu 06 figures per period (issue 5)."""
    flags = ("business_related", "internal", "cross_boundary", "one_stop", "baseline_cost_not_regulated",
             "current_cost_not_regulated")
    db["procedures"].create(
        {
            "code": str,
            "name": str,
            "field": str,
            "level": str,
            "business_related": int,
            "internal": int,
            "online_level": str,
            "cross_boundary": int,
            "one_stop": int,
            "baseline_days": str,
            "current_days": str,
            "days_kind": str,
            "baseline_cost": int,
            "current_cost": int,
            "baseline_cost_not_regulated": int,
            "current_cost_not_regulated": int,
            "yearly_volume": int,
            "position": int,
            "updated_at": str,
        },
        pk="code",
        not_null={"name"},
        defaults={flag: 0 for flag in flags} | {"position": 0, "online_level": "khong", "days_kind": "working"},
    )
    db["procedures"].create_index(["field"])
    figures = tuple(f"c{n}" for n in range(3, 14))  # the numeric columns of biểu 06
    db["period_stats"].create(
        {"id": int, "period": str, "field": str, "level": str, "position": int, "updated_at": str}
        | {name: int for name in figures},
        pk="id",
        not_null={"period", "field", "level"},
        defaults={name: 0 for name in figures} | {"level": "", "position": 0},
    )
    db["period_stats"].create_index(["period", "field", "level"], unique=True)


@migrations()
def m005_reports(db: sqlite_utils.Database) -> None:
    """Reports, their revisions (issue 6); report rules live in settings."""
    db["reports"].create(
        {
            "id": int,
            "template_id": str,
            "template_version": str,
            "kind": str,
            "period": str,
            "title": str,
            "fields_json": str,
            "sections_json": str,
            "figures_json": str,
            "state": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"template_id", "template_version", "state", "created_at", "updated_at"},
        defaults={"state": "draft", "fields_json": "{}", "sections_json": "{}", "figures_json": "{}"},
    )
    db["reports"].create_index(["template_id", "period"])
    db["report_revisions"].create(
        {
            "id": int,
            "report_id": int,
            "saved_at": str,
            "actor": str,
            "note": str,
            "fields_json": str,
            "sections_json": str,
            "figures_json": str,
        },
        pk="id",
        foreign_keys=[("report_id", "reports", "id")],
        not_null={"report_id", "saved_at"},
    )
    db["report_revisions"].create_index(["report_id"])


@migrations()
def m006_submissions(db: sqlite_utils.Database) -> None:
    """Signed submissions, built documents' signature boxes, external signing exports (issue 7)."""
    db["submissions"].create(
        {
            "id": int,
            "report_id": int,
            "title": str,
            "unit": str,
            "period": str,
            "files_json": str,  # [{"name", "path", "sha256", "kind"}]
            "signer_cn": str,
            "signer_org": str,
            "org_signer_cn": str,
            "signed_at": str,  # ISO 8601, +07:00
            "timestamped": int,
            "state": str,
            "sent_on": str,
            "channel": str,
            "document_number": str,
            "package_path": str,
            "created_at": str,
        },
        pk="id",
        not_null={"files_json", "state", "created_at"},
        defaults={"state": "signed", "files_json": "[]", "timestamped": 0},
    )
    db["submissions"].create_index(["report_id"])
    db["built_documents"].create(
        {"id": int, "sha256": str, "path": str, "report_id": int, "boxes_json": str, "built_at": str},
        pk="id",
        not_null={"sha256", "boxes_json", "built_at"},
    )
    db["built_documents"].create_index(["sha256"])
    db["external_exports"].create(
        {"id": int, "report_id": int, "path": str, "sha256": str, "copy_path": str, "exported_at": str,
         "imported_path": str, "imported_at": str},
        pk="id",
        not_null={"sha256", "exported_at"},
    )


@migrations()
def m007_unit_details(db: sqlite_utils.Database) -> None:
    """The own unit's details for report headings (issue 14); a cấp huyện unit is kept and asked about."""
    existing = set(db["units"].columns_dict)
    for name in ("parent_name", "place", "abbr", "signer", "position", "authority", "recipients"):
        if name not in existing:
            db["units"].add_column(name, str, not_null_default="")


@migrations()
def m008_plan_signatures(db: sqlite_utils.Database) -> None:
    """Signers and signing times of a signed PDF plan, kept with the plan (issue 14)."""
    db["plan_signatures"].create(
        {"id": int, "plan_id": int, "field": str, "signer_cn": str, "signer_org": str, "signing_time": str,
         "valid": int, "trusted": int, "summary": str},
        pk="id", foreign_keys=[("plan_id", "plans", "id")], not_null={"plan_id"}, if_not_exists=True,
    )
    db["plan_signatures"].create_index(["plan_id"], if_not_exists=True)


@migrations()
def m009_period_freezes(db: sqlite_utils.Database) -> None:
    """The frozen figures of a reporting period (issue 20): one JSON snapshot per period. Inline schema."""
    db["period_freezes"].create(
        {"period": str, "frozen_at": str, "frozen_by": str, "data_json": str, "sha256": str},
        pk="period",
        not_null={"frozen_at", "data_json", "sha256"},
    )


@migrations()
def m010_reimport_matching(db: sqlite_utils.Database) -> None:
    """Re-import matching (issue 18 §3): a task missing from the new file is kept and marked with the
    date it went missing; its number no longer blocks the task that now carries it; conflicts wait
    for the officer."""
    db["tasks"].add_column("removed_on", str)
    db.execute("DROP INDEX IF EXISTS idx_tasks_plan_id_number")
    db.execute("CREATE UNIQUE INDEX idx_tasks_plan_id_number ON tasks (plan_id, number) "
               "WHERE removed_on IS NULL")
    db["task_import_conflicts"].create(
        {"id": int, "task_id": int, "plan_id": int, "found_on": str, "old_content": str, "new_number": str,
         "new_content": str, "new_fields": str, "resolved_on": str, "resolution": str},
        pk="id", foreign_keys=[("task_id", "tasks", "id"), ("plan_id", "plans", "id")],
        not_null={"task_id", "plan_id", "found_on", "new_fields"},
    )
    db["task_import_conflicts"].create_index(["task_id"])


@migrations()
def m011_report_requests(db: sqlite_utils.Database) -> None:
    """The register of report requests, their files, the officer's own standing reports (issue 20)."""
    db["report_requests"].create(
        {
            "id": int, "number": str, "issued_on": str, "issuer": str, "title": str, "period": str,
            "cutoff_from": str, "cutoff_to": str, "deadline_text": str, "due_on": str, "deadline_rule": str,
            "channel": str, "report_id": int, "submission_id": int, "note": str,
            "created_at": str, "updated_at": str, "deleted_at": str,
        },
        pk="id",
        foreign_keys=[("report_id", "reports", "id"), ("submission_id", "submissions", "id")],
        not_null={"number", "title", "deadline_text", "channel", "created_at", "updated_at"},
        defaults={"channel": "edoc"},
    )
    db["report_requests"].create_index(["due_on"])
    db["report_request_files"].create(
        {"id": int, "request_id": int, "role": str, "sha256": str, "name": str, "added_at": str},
        pk="id",
        foreign_keys=[("request_id", "report_requests", "id")],
        not_null={"request_id", "role", "sha256", "name"},
    )
    db["report_request_files"].create_index(["request_id"])
    db["standing_reports"].create(
        {"id": int, "title": str, "kind": str, "working_days": int, "before_day": int, "issuer": str,
         "note": str, "created_at": str, "deleted_at": str},
        pk="id",
        not_null={"title", "kind", "created_at"},
        defaults={"working_days": 2},
    )


@migrations()
def m012_search_in_list_order(db: sqlite_utils.Database) -> None:
    """Search index keyed by list order with role/heading tags (issue 17: a cold search near raw FTS5 speed);
    an index for the dashboard's "are roles known" probe."""
    install_search_index(db)
    db["tasks"].create_index(["role"], if_not_exists=True)


@migrations()
def m013_standing_report_cutoff(db: sqlite_utils.Database) -> None:
    """A standing report the officer adds carries its own data cut-off day (issue 20: 0 = the calendar month)."""
    db.execute("ALTER TABLE standing_reports ADD COLUMN cutoff_day INTEGER NOT NULL DEFAULT 14")


@migrations()
def m014_removed_tasks_index(db: sqlite_utils.Database) -> None:
    """The tasks a re-import no longer found, indexed apart (issue 17: a search on a fresh connection read all
    100,000 tasks to find the few removed ones: 25 of its 35 ms)."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_tasks_removed ON tasks (id) WHERE removed_on IS NOT NULL")


def apply_migrations(db: sqlite_utils.Database, *, stop_before: str | None = None) -> None:
    migrations.apply(db, stop_before=stop_before)


def schema_version(db: sqlite_utils.Database) -> int:
    """Number of applied migrations of our set: 0 for a blank file."""
    return len(migrations.applied(db))


def latest_version() -> int:
    return len(migrations._migrations)
