"""A database for report tests: the Tiền Giang plan imported, some tasks done or late, a TTHC catalogue
and biểu 06 figures for 2025-Q3. Loaded by path (no __init__.py in tests/)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from tthc_desktop.domain.entities import TaskUpdate, UnitLevel
from tthc_desktop.domain.periods import parse_period
from tthc_desktop.domain.procedures import Level, Procedure
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services.context import AppContext
from tthc_desktop.services.demo_service import FORM06 as FORM06_Q3  # the demo's sample figures
from tthc_desktop.services.plan_import import PlanDetails, build_preview, import_plan
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.store.period_stats import PeriodStatsRepository
from tthc_desktop.store.procedures import ProcedureRepository

DETAILS = PlanDetails(title="Triển khai Nghị quyết 66/NQ-CP", year=2025, symbol="165/KH-UBND",
                      issued_on=date(2025, 4, 14), issuer="UBND tỉnh Tiền Giang")

NOTES = {  # number: (date, note, percent)
    "II.2.1": (date(2025, 9, 5), "Đang chờ ý kiến góp ý của các sở, ngành về dự thảo phương án", 70),
    "IV.2.3": (date(2025, 8, 20), "Đã xây dựng quy trình nội bộ cho 45 TTHC", 40),
}
DONE = {  # number: (completed_on, outcome)
    "II.1": (date(2025, 4, 22), "Đã thống kê 1.254 TTHC, gửi Văn phòng UBND tỉnh tại Công văn số 312/VP-KSTT"),
    "III.1.1": (date(2025, 4, 18), "Quyết định số 980/QĐ-UBND ngày 18/4/2025 công bố TTHC nội bộ"),
    "III.1.2": (date(2025, 4, 24), "Đã thẩm tra, trình Chủ tịch UBND tỉnh"),
    "III.2.1": (date(2025, 4, 19), "Đã công khai trên Cổng Thông tin điện tử của tỉnh"),
    "III.2.2": (date(2025, 4, 19), "Đã công khai"),
    # Inside the 2025-Q3 window (15/6–14/9/2025):
    "II.2.2": (date(2025, 6, 18), "Đã thẩm tra, trình Chủ tịch UBND tỉnh phê duyệt phương án cắt giảm (Tờ trình số 145/TTr-VP)"),
    "III.3.2": (date(2025, 6, 19), "Quyết định số 1432/QĐ-UBND phê duyệt phương án đơn giản hóa TTHC nội bộ"),
    "IV.2.1": (date(2025, 7, 10), "Quyết định số 1520/QĐ-UBND ban hành danh mục TTHC không phụ thuộc địa giới hành chính"),
}

PROCEDURES = [
    Procedure("1.001766", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Lý lịch tư pháp", Level.PROVINCE,
              baseline_days=Decimal(10), current_days=Decimal(6), baseline_cost=200_000, current_cost=200_000,
              yearly_volume=5_000),
    Procedure("2.000908", "Chứng thực bản sao từ bản chính", "Chứng thực", Level.COMMUNE,
              baseline_days=Decimal(2), current_days=Decimal(1), baseline_cost=2_000, current_cost=1_000,
              yearly_volume=20_000),
    Procedure("1.004227", "Đăng ký khai sinh", "Hộ tịch", Level.COMMUNE, baseline_days=Decimal(3),
              current_days=Decimal(1), baseline_cost=0, current_cost=0, yearly_volume=3_000),
    Procedure("1.000894", "Cấp giấy phép xây dựng", "Xây dựng", Level.DISTRICT, baseline_days=Decimal(20),
              current_days=Decimal(18), baseline_cost=150_000, current_cost=100_000, yearly_volume=800),
]



def seed(ctx: AppContext, appendix_text: str, *, form06: bool = True, procedures: bool = True) -> int:
    """Fill ``ctx`` with the sample data; returns the plan id."""
    ctx.units.save_own_unit("Văn phòng UBND tỉnh", UnitLevel.DEPARTMENT)
    table = read_text_table(appendix_text, source="ke-hoach-165.txt")[0]
    preview = build_preview(Path("ke-hoach-165.txt"), table, plan_year=2025, unit=ctx.units.own_unit(),
                            sha256="tien-giang")
    plan_id = import_plan(ctx, preview, DETAILS).plan_id
    tasks = {t.number: t for t in ctx.tasks.by_plan(plan_id)}
    for number, (done_on, outcome) in DONE.items():
        ctx.tasks.update_fields(tasks[number].id, {"completed_on": done_on, "outcome": outcome})
    for number, (on, note, percent) in NOTES.items():
        ctx.tasks.add_update(TaskUpdate(task_id=tasks[number].id, updated_on=on, note=note, percent=percent))
    if procedures:
        ProcedureRepository(ctx.writer).upsert_many(PROCEDURES)
    if form06:
        PeriodStatsRepository(ctx.writer).replace_period("2025-Q3", FORM06_Q3)
    return plan_id


HEADING = {
    "parent_agency": "UBND tỉnh Tiền Giang",
    "issuing_agency": "Văn phòng UBND tỉnh",
    "symbol": "BC-VP",
    "place": "Tiền Giang",
    "recipients": ["Văn phòng Chính phủ (Cục Kiểm soát TTHC)", "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KSTT"],
    "authority": "KT. CHÁNH VĂN PHÒNG",
    "position": "Phó Chánh Văn phòng",
    "signer_name": "Nguyễn Văn An",
}
FREE = {
    "difficulties": "Một số sở, ngành chưa gửi phương án cắt giảm đúng hạn; hệ thống một cửa điện tử còn gián đoạn.",
    "proposals": "Đề nghị Văn phòng Chính phủ sớm hướng dẫn việc thống kê TTHC nội bộ sau sắp xếp đơn vị hành chính.",
    "next_period": "Tiếp tục rà soát, cắt giảm TTHC; đôn đốc các nhiệm vụ quá hạn; hoàn thiện quy trình nội bộ.",
}


Q2, Q3 = parse_period("2025-Q2"), parse_period("2025-Q3")
REPORT_DAY = date(2025, 9, 16)  # the day the Q3 report is written


def seeded_service(ctx: AppContext, appendix_text: str) -> ReportService:
    """The report service over the seeded Tiền Giang plan and figures."""
    seed(ctx, appendix_text)
    return ReportService(ctx)
