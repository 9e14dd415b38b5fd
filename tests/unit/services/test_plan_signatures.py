"""Issue 14: importing a signed PDF plan verifies its signatures and keeps signers and signing times with the plan."""

from __future__ import annotations

import gov_pki
import signing_support as S

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.services.plan_signatures import plan_signatures, signers_text

TABLE = ("STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
         "1\tRà soát TTHC\tSở Tư pháp\tUBND các xã, phường, đặc khu\t30/6/2026\n")


def _import(ctx, source):
    table = read_text_table(TABLE, source=source.name)[0]
    preview = build_preview(source, table, plan_year=2026, unit=ctx.units.own_unit(), sha256="x-" + source.name)
    return import_plan(ctx, preview, PlanDetails(title="KH 2026", year=2026, symbol="12/KH-UBND"))


def test_signed_pdf_plan_keeps_its_signers(ctx, tmp_path):
    ctx.units.save_own_unit("Sở Tư pháp tỉnh Đồng Tháp", UnitLevel.DEPARTMENT)
    gov = gov_pki.build(tmp_path / "gov", S.write_report_pdf(tmp_path / "plan.pdf"))
    plan_id = _import(ctx, gov["signed"]).plan_id
    [row] = plan_signatures(ctx, plan_id)
    assert row["signer_cn"] == "Nguyễn Văn Bình" and row["signer_org"] == "UBND tỉnh Đồng Tháp"
    assert row["valid"] == 1 and row["trusted"] == 0 and row["signing_time"]
    assert "RootCA chuyên dùng Chính phủ G2" in row["summary"]
    text = signers_text(plan_signatures(ctx, plan_id))
    assert text.startswith("Nguyễn Văn Bình (UBND tỉnh Đồng Tháp), ") and text.endswith("hợp lệ, chưa tin cậy")
    # re-importing replaces, never duplicates
    _import(ctx, gov["signed"])
    assert len(plan_signatures(ctx, plan_id)) == 1


def test_unsigned_or_text_plan_has_none(ctx, tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(TABLE, encoding="utf-8")
    assert plan_signatures(ctx, _import(ctx, source).plan_id) == []
    unsigned = S.write_report_pdf(tmp_path / "unsigned.pdf")
    assert plan_signatures(ctx, _import(ctx, unsigned).plan_id) == []
