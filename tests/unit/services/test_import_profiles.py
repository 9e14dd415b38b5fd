"""The officer's corrections remembered per issuer and layout (issue 13): saved, matched, re-applied."""

from __future__ import annotations

from dataclasses import replace

import fixtures_real_shapes as shapes

from tthc_desktop.importers.plan_header import ColumnMapping
from tthc_desktop.importers.plan_header_row import find_header
from tthc_desktop.importers.plan_table import parse_plan_table
from tthc_desktop.services.import_profiles import (
    find_profile,
    layout_fingerprint,
    profile_overrides,
    save_profile,
)

ISSUER = "Ủy ban nhân dân tỉnh An Giang"
SHAPE = shapes.UNNUMBERED_GROUPS
# the issuer's next plan: same columns, the two groups in the other order, one task more
_g = SHAPE.grid
NEXT = replace(SHAPE, grid=[_g[0], *_g[4:7], ["3", "Lưu trữ hồ sơ điện tử", "Sở Nội vụ", "", "Năm 2026", "Kho lưu trữ"],
                            *_g[1:4]])


def _row(table, content: str) -> int:
    return next(r + 1 for r, row in enumerate(table.rows) if content in " ".join(row))


def _mapping(table) -> ColumnMapping:
    found = find_header(table)
    return ColumnMapping(**{k: getattr(found, k) for k in ("number", "content", "lead", "coordinating", "deadline",
                                                            "product", "notes")}, header_rows=found.header_rows)


def test_same_layout_same_fingerprint_other_layout_other():
    first, second = shapes.raw_table(SHAPE), shapes.raw_table(NEXT)
    assert layout_fingerprint(first) == layout_fingerprint(second)
    assert layout_fingerprint(first) != layout_fingerprint(shapes.raw_table(shapes.CODES))


def test_profile_saved_matched_by_issuer_and_layout_and_reapplied_to_another_order(ctx):
    first = shapes.raw_table(SHAPE)
    detected = _mapping(first)
    chosen = replace(detected, notes=None, product=None)  # the officer un-mapped the product column
    group = _row(first, "Nhóm nhiệm vụ về số hóa hồ sơ")
    wrapped = _row(first, "Niêm yết thủ tục hành chính")
    save_profile(ctx, ISSUER, first, chosen, {group: "task", wrapped: "continuation"}, detected=detected)

    second = shapes.raw_table(NEXT)
    assert find_profile(ctx, "Sở Tư pháp", second) is None  # another issuer
    assert find_profile(ctx, ISSUER, shapes.raw_table(shapes.CODES)) is None  # another layout
    profile = find_profile(ctx, " ỦY BAN NHÂN DÂN  tỉnh An Giang", second)  # folded issuer
    assert profile is not None and profile.mapping.product is None and profile.mapping.content == 1
    overrides = profile_overrides(profile, second)
    assert overrides == {_row(second, "Nhóm nhiệm vụ về số hóa hồ sơ"): "task",
                         _row(second, "Niêm yết thủ tục hành chính"): "continuation"}
    assert _row(second, "Nhóm nhiệm vụ về số hóa hồ sơ") != group  # matched by content, not index

    plan = parse_plan_table(second, profile.mapping, overrides)
    numbers = {t.number: t for t in plan.tasks}
    assert not numbers["N1"].is_group  # the group forced to task (now first in the file)
    assert "N2.2" not in numbers and "Niêm yết" in numbers["N2.1"].content  # merged into the task above
    assert all(not t.product for t in plan.tasks)  # the remembered mapping


def test_nothing_saved_when_nothing_corrected(ctx):
    table = shapes.raw_table(SHAPE)
    detected = _mapping(table)
    assert save_profile(ctx, ISSUER, table, detected, {}, detected=detected) is None
    assert find_profile(ctx, ISSUER, table) is None
    save_profile(ctx, ISSUER, table, detected, {3: "task"}, detected=detected)
    assert find_profile(ctx, ISSUER, table).rows
    save_profile(ctx, ISSUER, table, detected, {}, detected=detected)  # the correction taken back: forgotten
    assert find_profile(ctx, ISSUER, table).rows == ()
