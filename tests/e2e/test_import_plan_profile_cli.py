"""`import-plan` applies the issuer's saved reading profile (issue 13) and says so; --no-profile skips it."""

from __future__ import annotations

import json
from dataclasses import replace

import fixtures_real_shapes as shapes
from cli_support import run

from tthc_desktop.importers.plan_source import choose_table, open_plan_source, table_for_import
from tthc_desktop.services.context import AppContext
from tthc_desktop.services.import_profiles import save_profile

SHAPE = shapes.UNNUMBERED_GROUPS
_g = SHAPE.grid
NEXT = replace(SHAPE, grid=[_g[0], *_g[4:7], *_g[1:4]])  # the issuer's next plan: groups in the other order
ISSUER = "Ủy ban nhân dân tỉnh An Giang"
GROUP = "Nhóm nhiệm vụ về số hóa hồ sơ"


def _import(path, db, *extra, symbol):
    return run("import-plan", str(path), "--db", str(db), "--symbol", symbol, "--title", "Cải cách TTHC",
               "--date", "15/01/2026", "--issuer", ISSUER, *extra, cwd=path.parent)


def _task_kinds(db, symbol):
    with AppContext.open(db) as ctx:
        plan = next(p for p in ctx.plans.all() if p.symbol == symbol)
        return {t.content: t.is_group for t in ctx.tasks.by_plan(plan.id)}


def test_second_import_applies_the_saved_profile(tmp_path):
    db = tmp_path / "x.db"
    first = shapes.build_docx(SHAPE, tmp_path / "kh-20.docx")
    result = _import(first, db, symbol="20/KH-UBND")
    assert result.returncode == 0, result.stderr
    assert "Áp dụng cách đọc" not in result.stderr
    assert _task_kinds(db, "20/KH-UBND")[GROUP] is True

    # the officer re-classed the group heading as a task in the wizard: what the wizard saves
    source = open_plan_source(first)
    table = table_for_import(source.tables, choose_table(source))
    with AppContext.open(db) as ctx:
        from tthc_desktop.importers.plan_header_row import find_header

        row = next(r + 1 for r, cells in enumerate(table.rows) if GROUP in cells)
        assert save_profile(ctx, ISSUER, table, find_header(table), {row: "task"}) is not None

    second = shapes.build_docx(NEXT, tmp_path / "kh-35.docx")
    dry = run("import-plan", str(second), "--db", str(db), "--issuer", ISSUER, "--dry-run", "--json", cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "Áp dụng cách đọc đã lưu cho" in dry.stderr  # the dry run shows what the import will do
    assert next(t for t in json.loads(dry.stdout) if t["content"] == GROUP)["is_group"] is False
    result = _import(second, db, symbol="35/KH-UBND")
    assert result.returncode == 0, result.stderr
    assert "Áp dụng cách đọc đã lưu cho" in result.stderr and "1 dòng" in result.stderr
    assert _task_kinds(db, "35/KH-UBND")[GROUP] is False

    third = shapes.build_docx(NEXT, tmp_path / "kh-36.docx")
    result = _import(third, db, "--no-profile", symbol="36/KH-UBND")
    assert result.returncode == 0, result.stderr
    assert "Áp dụng cách đọc" not in result.stderr
    assert _task_kinds(db, "36/KH-UBND")[GROUP] is True
