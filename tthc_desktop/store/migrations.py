"""Schema migrations (sqlite_utils.Migrations). Append new steps; never edit one that has shipped."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

from .search import create_search_index, install_search_index

migrations = Migrations("tthc_desktop")


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
    from .period_stats import create_period_stats_schema
    from .procedures import create_procedures_schema

    create_procedures_schema(db)
    create_period_stats_schema(db)


@migrations()
def m005_reports(db: sqlite_utils.Database) -> None:
    """Reports, their revisions (issue 6); report rules live in settings."""
    from .reports_store import create_reports_schema

    create_reports_schema(db)


@migrations()
def m006_submissions(db: sqlite_utils.Database) -> None:
    """Signed submissions, built documents' signature boxes, external signing exports (issue 7)."""
    from .submissions_store import create_submissions_schema

    create_submissions_schema(db)


@migrations()
def m007_unit_details(db: sqlite_utils.Database) -> None:
    """The own unit's details for report headings (issue 14); a cấp huyện unit is kept and asked about."""
    from .units import create_unit_details_schema

    create_unit_details_schema(db)


@migrations()
def m008_plan_signatures(db: sqlite_utils.Database) -> None:
    """Signers and signing times of a signed PDF plan, kept with the plan (issue 14)."""
    from .plan_signatures import create_plan_signatures_schema

    create_plan_signatures_schema(db)


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
    from .task_marks import create_task_marks_schema

    create_task_marks_schema(db)


@migrations()
def m011_report_requests(db: sqlite_utils.Database) -> None:
    """The register of report requests, their files, the officer's own standing reports (issue 20)."""
    from .report_requests import create_report_requests_schema

    create_report_requests_schema(db)


@migrations()
def m012_search_in_list_order(db: sqlite_utils.Database) -> None:
    """Search index keyed by list order with role/heading tags (issue 17: a cold search near raw FTS5 speed);
    an index for the dashboard's "are roles known" probe."""
    install_search_index(db)
    db["tasks"].create_index(["role"], if_not_exists=True)


def apply_migrations(db: sqlite_utils.Database, *, stop_before: str | None = None) -> None:
    migrations.apply(db, stop_before=stop_before)


def schema_version(db: sqlite_utils.Database) -> int:
    """Number of applied migrations of our set: 0 for a blank file."""
    return len(migrations.applied(db))


def latest_version() -> int:
    return len(migrations._migrations)
