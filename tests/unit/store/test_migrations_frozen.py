"""A shipped migration step never changes: each step holds its own schema, it calls no repository module."""

from __future__ import annotations

import ast
import builtins
import inspect
import textwrap

from tthc_desktop.store import migrations as module
from tthc_desktop.store.migrations import migrations

# The search index is built by store/search.py (its folding SQL functions are registered there): m003 builds
# version 1 (create_search_index), m012 version 2 (install_search_index). A later index change gets a new
# function and a new step, never an edit of these two.
LIVE_ALLOWED = {"m003_task_search": {"create_search_index"}, "m012_search_in_list_order": {"install_search_index"}}


def _calls_outside(fn) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    body = tree.body[0]
    nodes = [n for stmt in body.body for n in ast.walk(stmt)]  # not the @migrations() decorator
    local = {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    local |= {a.arg for a in body.args.args}
    outside = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom | ast.Import):
            outside |= {a.name for a in node.names}
        elif isinstance(node, ast.Call):
            root = node.func
            while isinstance(root, ast.Attribute | ast.Subscript | ast.Call):
                root = root.func if isinstance(root, ast.Call) else root.value
            if isinstance(root, ast.Name) and root.id not in local and not hasattr(builtins, root.id):
                outside.add(root.id)
    return outside


def test_no_step_calls_a_live_schema_function():
    for step in migrations._migrations:
        assert _calls_outside(step.fn) <= LIVE_ALLOWED.get(step.name, set()), step.name


def test_the_check_sees_a_live_call():
    def m999_planted(db):
        from tthc_desktop.store.procedures import create_procedures_schema

        create_procedures_schema(db)

    def m998_planted(db):
        module.apply_migrations(db)
        helper(db)  # noqa: F821

    assert _calls_outside(m999_planted) == {"create_procedures_schema"}
    assert _calls_outside(m998_planted) == {"module", "helper"}


def test_a_fresh_database_has_every_table_of_the_steps(tmp_path):
    from tthc_desktop.store.database import open_database

    db = open_database(tmp_path / "t.db")
    tables = set(db.table_names())
    assert {"procedures", "period_stats", "reports", "report_revisions", "submissions", "built_documents",
            "external_exports", "plan_signatures", "task_import_conflicts", "report_requests",
            "report_request_files", "standing_reports"} <= tables
    assert {"parent_name", "recipients"} <= set(db["units"].columns_dict)
    assert "removed_on" in db["tasks"].columns_dict
