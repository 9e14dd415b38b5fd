"""The report body summarises the procedures short of the cut target (count + the 5 furthest away) and
Phụ lục III lists every one (issue 16 §6: 62 procedures filled 10 pages of the body)."""

from __future__ import annotations

from decimal import Decimal as D

import pdf_readback as rb
import pytest

from tthc_desktop.domain.entities import UnitLevel
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.domain.procedures import Procedure
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.store.procedures import ProcedureRepository

SHORT = 62


def _catalogue() -> list[Procedure]:
    """62 procedures cut by 0..61 % of 10 000 000 đ of cost (never enough for a 30 % time target: times
    stay equal), plus 3 that meet the target. The furthest from target are the ones cut least."""
    procs = [Procedure(f"1.{i:06d}", f"Thủ tục số {i}", baseline_days=D(20), current_days=D(20),
                       baseline_cost=10_000_000, current_cost=10_000_000 - i * 100_000, yearly_volume=10)
             for i in range(SHORT)]
    procs += [Procedure(f"2.{i:06d}", f"Thủ tục đạt {i}", baseline_days=D(20), current_days=D(10),
                        baseline_cost=1_000_000, current_cost=500_000, yearly_volume=10) for i in range(3)]
    return procs


@pytest.fixture
def service(ctx):
    ctx.units.save_own_unit("Sở Tư pháp tỉnh Đồng Tháp", UnitLevel.DEPARTMENT)
    ProcedureRepository(ctx.writer).upsert_many(_catalogue())
    return ReportService(ctx)


def test_body_names_five_and_counts_the_rest(service):
    draft = service.open_or_create(parse_period("2025-Q3"))
    text = draft.sections["cuts"]
    assert f"Còn {SHORT} thủ tục chưa đạt chỉ tiêu cắt giảm" in text
    listed = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(listed) == 5
    # the furthest from the target: the least cost cut (0 %, 1 %, …), both kinds on one line each
    assert [line.split("(mã ")[1].split(")")[0] for line in listed] == [f"1.{i:06d}" for i in range(5)]
    assert f"Còn {SHORT - 5} thủ tục khác chưa đạt chỉ tiêu, có tên trong Phụ lục III." in text
    assert "Thủ tục số 40" not in text


def test_appendix_three_lists_every_procedure(service, tmp_path):
    draft = service.open_or_create(parse_period("2025-Q3"))
    draft.fields.update({"parent_agency": "UBND tỉnh Đồng Tháp", "issuing_agency": "Sở Tư pháp",
                         "symbol": "BC-STP", "place": "Đồng Tháp", "recipients": ["UBND tỉnh", "Lưu: VT"],
                         "authority": "KT. GIÁM ĐỐC", "position": "Phó Giám đốc", "signer_name": "Nguyễn Văn An",
                         "number": 5})
    result = service.build(draft, tmp_path, xlsx=False)
    text = rb.flat(" ".join(rb.text(p) for p in (result.pdf, *getattr(result, "appendix_pdfs", ()))))
    assert "PHỤ LỤC III" in text
    for i in range(SHORT):
        assert f"1.{i:06d}" in text
