"""Procedures service: realistic catalogue import (row issues), re-import by code, one transaction, cuts, targets, edits, Excel."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import fixtures_catalogue
import pytest
from openpyxl import load_workbook

from tthc_desktop.domain.procedures import DaysKind, Procedure
from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.services.procedures_service import ProceduresService, cuts_json, parse_edit

HERE = Path(__file__).resolve().parent



@pytest.fixture
def catalogue(tmp_path):
    return fixtures_catalogue.catalogue_file(tmp_path)


@pytest.fixture
def service(ctx):
    return ProceduresService(ctx)


def test_realistic_catalogue_end_to_end(service, catalogue, ctx):
    path, rows = catalogue
    events = []
    ctx.events.subscribe("procedures_changed", lambda **data: events.append(data))
    preview = service.preview(path)
    assert len(preview.procedures) >= 60
    assert len(preview.new_codes) == len(preview.procedures)
    by_row = {(i.row, i.column): i for i in preview.issues}
    missing = by_row[(rows["bad:HỘ TỊCH:0"], "Mã TTHC")]
    assert (missing.severity, missing.message) == ("error", "Thiếu mã TTHC: dòng không được nhập")
    dup = by_row[(rows["bad:HỘ TỊCH:1"], "Mã TTHC")]
    assert dup.message == f"Mã TTHC “1.001193” trùng với dòng {rows['1.001193']}: dòng không được nhập"
    span = by_row[(rows["bad:ĐẤT ĐAI:0"], "Thời gian giải quyết (ngày làm việc) / Hiện tại")]
    assert (span.raw, span.severity) == ("10-15 ngày", "warning")
    assert span.message == "Thời gian là một khoảng (“10-15 ngày”): cần chọn một số ngày"
    assert ctx.db["procedures"].count == 0  # preview stores nothing
    result = service.store(preview)
    assert (result.created, result.updated, result.unchanged) == (len(preview.procedures), 0, 0)
    assert events == [{"codes": None}]
    stored = service.get("1.000894")
    assert stored.baseline_days == Decimal(3) and stored.current_days == Decimal(2)
    assert stored.days_kind is DaysKind.WORKING
    assert stored.baseline_cost == 0 and stored.baseline_cost_not_regulated
    assert service.get("1.004238").current_days is None  # the range is left for the officer
    assert service.get("2.000150") is not None  # code Excel stored as a number, padded back


def test_reimport_updates_by_code_and_keeps_others(service, catalogue, tmp_path):
    path, _ = catalogue
    service.store(service.preview(path))
    service.update("1.000894", {"current_days": Decimal(1)})
    service.add(Procedure(code="9.000001", name="Thủ tục chỉ có trong phần mềm"))
    again = service.preview(path)
    assert again.new_codes == frozenset()
    result = service.store(again)
    assert (result.created, result.updated) == (0, 1)
    assert result.kept == ["9.000001"]
    assert service.get("1.000894").current_days == Decimal(2)  # the file wins on re-import


def test_bad_file_raises_and_stores_nothing(service, tmp_path, ctx):
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ImportFailure, match="hong.xlsx"):
        service.preview(bad)
    assert ctx.db["procedures"].count == 0


P = [
    # time 10 → 6 (40 %), cost 100.000 → 80.000 (20 %), 10 files
    Procedure(code="A", name="Thủ tục A", field="Hộ tịch", baseline_days=Decimal(10), current_days=Decimal(6),
              baseline_cost=100_000, current_cost=80_000, yearly_volume=10),
    # time 20 → 16 (20 %), cost "Không quy định" both years (zero baseline, stays 0), 30 files
    Procedure(code="B", name="Thủ tục B", field="Đất đai", baseline_days=Decimal(20), current_days=Decimal(16),
              baseline_cost_not_regulated=True, current_cost_not_regulated=True, yearly_volume=30),
    # no current figures at all
    Procedure(code="C", name="Thủ tục C", field="Đất đai", baseline_days=Decimal(5)),
]


def test_cuts_hand_computed(service):
    for p in P:
        service.add(p)
    report = cuts_json(service.cuts(2025))
    assert report["target_pct"] == 30.0
    a, b, c = report["procedures"]
    assert (a["time_cut_pct"], a["cost_cut_pct"], a["meets_target"]) == (40.0, 20.0, False)
    assert b["cost_cut_pct"] is None and "không quy định" in b["cost_reason"]
    assert (b["time_cut_pct"], b["cost_meets"], b["meets_target"]) == (20.0, True, False)
    assert c["time_cut_pct"] is None and c["time_reason"] == "Chưa có số liệu hiện tại"
    assert c["meets_target"] is None
    simple, weighted = report["totals"]["simple"], report["totals"]["weighted"]
    assert simple["time_cut_pct"] == 26.7  # (30 − 22) / 30
    assert simple["cost_cut_pct"] == 20.0  # (100.000 − 80.000) / 100.000, B adds 0
    assert simple["meets_target"] is False
    assert weighted["time_cut_pct"] == 22.9  # (10·10 + 30·20 − 10·6 − 30·16) / 700 = 160 / 700 = 22,857…
    assert weighted["cost_cut_pct"] == 20.0  # (10·100.000 − 10·80.000) / 1.000.000
    assert [s["code"] + s["kind"] for s in report["shortfalls"]] == ["Acost", "Btime"]
    assert report["shortfalls"][0]["more_needed"] == 10_000  # 80.000 − 70.000


def test_targets_live_in_the_settings_table(service, ctx):
    assert service.target(2025) == Decimal(30) and service.target(2026) == Decimal(50)
    service.set_target(2025, "35,5")
    assert ctx.settings.get("targets.2025") == "35.5"
    assert service.target(2025) == Decimal("35.5")
    with pytest.raises(ValueError, match="không quá 100%"):
        service.set_target(2026, 120)


def test_update_is_validated_and_audited(service, ctx):
    service.add(P[0])
    with pytest.raises(ValueError, match="không được âm"):
        service.update("A", {"current_cost": -5})
    service.update("A", parse_edit("current_cost", "Không quy định"))
    assert service.get("A").current_cost == 0 and service.get("A").current_cost_not_regulated
    rows = ctx.db.execute("SELECT COUNT(*) FROM audit_log WHERE table_name = 'procedures'").fetchone()
    assert rows[0] == 2


@pytest.mark.parametrize(("column", "text", "expected"), [
    ("current_days", "15 ngày làm việc", {"current_days": Decimal(15), "days_kind": DaysKind.WORKING}),
    ("current_days", "0,5", {"current_days": Decimal("0.5")}),
    ("current_days", "", {"current_days": None}),
    ("baseline_cost", "1.500.000 đồng", {"baseline_cost": 1_500_000, "baseline_cost_not_regulated": False}),
    ("baseline_cost", "0", {"baseline_cost": 0, "baseline_cost_not_regulated": False}),
    ("baseline_cost", "Miễn phí", {"baseline_cost": 0, "baseline_cost_not_regulated": True}),
    ("yearly_volume", "1.200", {"yearly_volume": 1200}),
    ("one_stop", "x", {"one_stop": True}),
    ("days_kind", "ngày", {"days_kind": DaysKind.CALENDAR}),
])
def test_parse_edit(column, text, expected):
    assert parse_edit(column, text) == expected


@pytest.mark.parametrize(("column", "text", "message"), [
    ("current_days", "10-15 ngày", "một khoảng"),
    ("baseline_cost", "Theo quy định", "cần nhập số tiền"),
    ("name", "  ", "không được để trống"),
    ("level", "cấp tỉnh, cấp huyện", "nhiều cấp"),
])
def test_parse_edit_refuses_unclear_text(column, text, message):
    with pytest.raises(ValueError, match=message):
        parse_edit(column, text)


def test_excel_export_of_the_cuts_list(service, tmp_path):
    for p in P:
        service.add(p)
    service.add(Procedure(code="=1+2", name="=HYPERLINK(\"http://x\")", field="@SUM(A1)",
                          baseline_days=Decimal(4), current_days=Decimal(2)))
    out = service.export_cuts_xlsx(2026, tmp_path / "cat-giam.xlsx")
    ws = load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert "DANH MỤC TTHC VÀ PHƯƠNG ÁN CẮT GIẢM, ĐƠN GIẢN HÓA" in flat
    assert any(isinstance(v, str) and "chỉ tiêu cắt giảm 50,0%" in v for v in flat)
    row_a = next(r for r in ws.iter_rows() if r[1].value == "A")
    assert [row_a[i].value for i in (2, 3, 4, 5, 7, 8, 10)] == ["Thủ tục A", "Hộ tịch", 10, 6, 100000, 80000,
                                                                "Chưa đạt"]
    evil = next(r for r in ws.iter_rows() if r[2].value == "=HYPERLINK(\"http://x\")")
    for cell in (evil[1], evil[2], evil[3]):
        assert cell.data_type == "s"  # stored as text, never as a formula
