"""The headless demo: the app's main job end to end on embedded sample data.

1. import the sample plan (a 2026 plan of UBND tỉnh Đồng Tháp, ``resources/samples``, made up for the
   demo) into a fresh database inside the output folder, for a unit that exists in 2026: Sở Tư pháp
   tỉnh Đồng Tháp (two-level local government, TTHC control under Bộ Tư pháp since NĐ 09/2026/NĐ-CP);
2. add sample progress (tasks done on time and late, an extension, progress notes) and sample
   figures (a small TTHC catalogue with cuts, biểu 06 rows for 2026-Q3);
3. build the quarterly report 2026-Q3 (PDF + .xlsx), addressed as the province decides (Văn phòng
   UBND tỉnh), with the heading from the unit's details;
4. sign it as person and organisation with a demo certificate chain made on the spot
   ("DEMO - không có giá trị pháp lý") and demo signature and seal images;
5. verify it, trusting the demo CA;
6. write the submission package.

The demo's .p12 files get a random password, written into ``demo-pki/README.txt`` beside them so that a
new user can try signing in the app with them; they are throwaway demo certificates, not real ones.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..domain.entities import DueDateKind, TaskDueDate, TaskUpdate, UnitLevel
from ..domain.form06 import Form06Row
from ..domain.periods import parse_period
from ..domain.procedures import Level, Procedure
from ..importers.text_table import read_text_table
from ..reports.forms import resources_dir
from ..signing.appearance import make_demo_seal_png, make_demo_signature_png
from ..signing.certs import DEMO_MARK, make_demo_pki
from ..signing.trust_store import TrustStore
from ..signing.verify import VerificationReport, verify_pdf
from ..store.period_stats import PeriodStatsRepository
from ..store.procedures import ProcedureRepository
from .context import AppContext
from .plan_import import PlanDetails, build_preview, import_plan
from .report_service import ReportService
from .signing_service import SignerChoice, SigningOutcome, SigningService
from .submission_package import package_submission

SAMPLE_PLAN = "ke-hoach-2026-dong-thap.txt"
PERIOD = "2026-Q3"
TODAY = date(2026, 9, 16)
UNIT = "Sở Tư pháp tỉnh Đồng Tháp"
PERSON = "Nguyễn Văn An"
UNIT_DETAILS = {  # "Thông tin đơn vị": the report heading comes from these
    "parent_name": "UBND tỉnh Đồng Tháp", "place": "Đồng Tháp", "abbr": "STP", "signer": PERSON,
    "position": "Phó Giám đốc", "authority": "KT. GIÁM ĐỐC",
    "recipients": "Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC)\nChủ tịch, các PCT UBND tỉnh\nLưu: VT, KSTT",
}
DETAILS = PlanDetails(title="Kiểm soát thủ tục hành chính năm 2026 (văn bản mẫu)", year=2026,
                      symbol="12/KH-UBND", issued_on=date(2026, 1, 20), issuer="UBND tỉnh Đồng Tháp")
DONE = {  # number: (completed_on, outcome)
    "I.1": (date(2026, 6, 26), "Đã tổ chức 02 lớp tập huấn cho 150 cán bộ đầu mối của các sở, ngành và UBND cấp xã"),
    "II.2": (date(2026, 8, 5), "Quyết định số 845/QĐ-UBND phê duyệt 120 quy trình nội bộ"),
    "II.3": (date(2026, 8, 28), "Đã tổng hợp phương án đơn giản hóa 35 TTHC của 12 sở, ngành"),
    "III.2": (date(2026, 6, 24), "Quyết định số 640/QĐ-UBND công bố danh mục TTHC không phụ thuộc địa giới hành chính"),
}
NOTES = {  # number: (date, note, percent)
    "II.4": (date(2026, 9, 10), "Đang thẩm định phương án đơn giản hóa của các sở, ngành", 60),
    "IV.2": (date(2026, 8, 20), "Đã phối hợp với đặc khu đăng 12 tin, bài tuyên truyền", 40),
}
EXTENSION = ("II.4", date(2026, 10, 30), "Công văn số 1850/UBND-KSTT ngày 25/8/2026")
PROCEDURES = [
    Procedure("1.001766", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Lý lịch tư pháp", Level.PROVINCE,
              baseline_days=Decimal(10), current_days=Decimal(6), baseline_cost=200_000, current_cost=200_000,
              yearly_volume=5_000),
    Procedure("2.000908", "Chứng thực bản sao từ bản chính", "Chứng thực", Level.COMMUNE,
              baseline_days=Decimal(2), current_days=Decimal(1), baseline_cost=2_000, current_cost=1_000,
              yearly_volume=20_000),
    Procedure("1.004227", "Đăng ký khai sinh", "Hộ tịch", Level.COMMUNE, baseline_days=Decimal(3),
              current_days=Decimal(1), baseline_cost=0, current_cost=0, yearly_volume=3_000),
    Procedure("1.000894", "Cấp giấy phép xây dựng", "Xây dựng", Level.COMMUNE, baseline_days=Decimal(20),
              current_days=Decimal(14), baseline_cost=150_000, current_cost=100_000, yearly_volume=800),
]
FORM06 = [
    Form06Row.from_columns("Lý lịch tư pháp", "Cấp tỉnh", [1250, 900, 300, 50, 1200, 300, 880, 20, 50, 45, 5]),
    Form06Row.from_columns("Chứng thực", "Cấp xã", [4300, 2100, 2150, 50, 4280, 1000, 3270, 10, 20, 20, 0]),
    Form06Row.from_columns("Hộ tịch", "Cấp xã", [830, 500, 300, 30, 800, 200, 595, 5, 30, 28, 2]),
]
HEADING = {"number": 5}  # the rest of the heading comes from UNIT_DETAILS
FREE = {
    "difficulties": "Một số sở, ngành chưa gửi phương án cắt giảm đúng hạn; hệ thống một cửa điện tử còn gián đoạn.",
    "proposals": "Đề nghị sớm hướng dẫn việc thống kê TTHC nội bộ sau sắp xếp đơn vị hành chính.",
    "next_period": "Tiếp tục rà soát, cắt giảm TTHC; đôn đốc các nhiệm vụ quá hạn; hoàn thiện quy trình nội bộ.",
}


@dataclass(frozen=True)
class DemoResult:
    db_path: Path
    report_pdf: Path
    xlsx: tuple[Path, ...]
    signed_pdf: Path
    ca_cert: Path
    verification: VerificationReport
    package: Path
    submission_id: int


def sample_plan_path() -> Path:
    return resources_dir() / "samples" / SAMPLE_PLAN


def seed_sample_data(ctx: AppContext) -> int:
    """Steps 1–2: the sample plan, progress and figures; returns the plan id."""
    ctx.units.save_own_unit(UNIT, UnitLevel.DEPARTMENT, **UNIT_DETAILS)
    source = sample_plan_path()
    table = read_text_table(source.read_text(encoding="utf-8"), source=source.name)[0]
    preview = build_preview(source, table, plan_year=2026, unit=ctx.units.own_unit(), sha256="demo-dong-thap-2026")
    plan_id = import_plan(ctx, preview, DETAILS).plan_id
    tasks = {t.number: t for t in ctx.tasks.by_plan(plan_id)}
    with ctx.db.atomic():
        for number, (done_on, outcome) in DONE.items():
            ctx.tasks.update_fields(tasks[number].id, {"completed_on": done_on, "outcome": outcome})
        for number, (on, note, percent) in NOTES.items():
            ctx.tasks.add_update(TaskUpdate(task_id=tasks[number].id, updated_on=on, note=note, percent=percent))
        number, due, document = EXTENSION
        ctx.tasks.add_due_date(tasks[number].id, TaskDueDate(due, DueDateKind.EXTENSION, document))
        ProcedureRepository(ctx.writer).upsert_many(PROCEDURES)
        PeriodStatsRepository(ctx.writer).replace_period(PERIOD, FORM06)
    return plan_id


def write_demo_readme(folder: Path, pki, password: str) -> Path:
    """demo-pki/README.txt: what the files are and the password of the .p12 files, to try signing in the app."""
    lines = [
        f"CHỨNG THƯ SỐ DEMO — {DEMO_MARK}",
        "",
        "Các tệp trong thư mục này do lệnh 'tthc-desktop demo' tạo ra để thử ký số; không dùng cho văn bản thật.",
        "",
        f"Chứng thư cá nhân ({PERSON}): {Path(pki.person.pkcs12).name}",
        f"Chứng thư cơ quan ({UNIT}):   {Path(pki.org.pkcs12).name}",
        f"Mật khẩu của cả hai tệp .p12: {password}",
        f"Chứng thư gốc (CA) demo, để tin cậy khi kiểm tra chữ ký: {Path(pki.ca_cert_pem).name}",
        "",
        "Thử ký trong ứng dụng: trang 'Hồ sơ đã nộp' → 'Ký tệp PDF…', chọn 'Tệp chứng thư (.p12/.pfx)',",
        "chọn tệp .p12 ở trên và nhập mật khẩu. Ảnh chữ ký và con dấu demo: chu-ky-demo.png, con-dau-demo.png.",
        "",
    ]
    path = Path(folder) / "README.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run_demo(out_dir: Path | str, *, db: Path | str | None = None,
             say: Callable[[str], None] = print) -> DemoResult:
    """Run the six steps into *out_dir*; *say* receives one Vietnamese line per step."""
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    db_path = Path(db) if db else out / "tthc-demo.db"
    if db is None and db_path.exists():
        for suffix in ("", "-wal", "-shm"):  # a fresh database each run
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with AppContext.open(db_path) as ctx:
        say(f"1. Nhập kế hoạch mẫu {DETAILS.symbol} ({sample_plan_path().name}) vào {db_path}")
        plan_id = seed_sample_data(ctx)
        say(f"2. Đã thêm tiến độ mẫu ({len(DONE)} nhiệm vụ hoàn thành, 1 gia hạn, {len(NOTES)} cập nhật), "
            f"{len(PROCEDURES)} TTHC và số liệu biểu 06 kỳ {PERIOD} (kế hoạch #{plan_id})")

        reports = ReportService(ctx)
        draft = reports.open_or_create(parse_period(PERIOD), today=TODAY)
        draft.fields |= HEADING
        draft.sections |= FREE
        reports.save(draft, note="Báo cáo mẫu (demo)")
        build = reports.build(draft, out / "bao-cao", xlsx=True, strict=False)
        say(f"3. Đã lập báo cáo quý III/2026: {build.pdf} ({build.page_count} trang); "
            f"biểu Excel: {', '.join(str(p) for p in build.xlsx) or '-'}")

        password = secrets.token_urlsafe(12)  # throwaway demo files: the password goes into README.txt
        pki = make_demo_pki(out / "demo-pki", person_name=PERSON, org_name=UNIT, password=password.encode())
        write_demo_readme(out / "demo-pki", pki, password)
        images = out / "demo-pki"
        signing = SigningService(ctx)
        signing.set_signature_image(make_demo_signature_png(images / "chu-ky-demo.png", PERSON))
        signing.set_seal_image(make_demo_seal_png(images / "con-dau-demo.png", UNIT))
        doc_number = f"{draft.fields['number']:02d}/{draft.fields['symbol']}"
        outcome: SigningOutcome = signing.sign_report(
            build, out / "da-ky",
            person=SignerChoice.pkcs12(pki.person.pkcs12), person_secret=password,
            org=SignerChoice.pkcs12(pki.org.pkcs12), org_secret=password,
            doc_number=doc_number, title=f"Báo cáo KSTT quý III/2026 ({DEMO_MARK})", unit=UNIT, period=PERIOD,
            location=draft.fields["place"], overwrite=True,  # the demo's own folder: a rerun replaces its files
        )
        say(f"4. Đã ký số (cá nhân rồi cơ quan) bằng chứng thư {DEMO_MARK}: {outcome.signed_pdf}")

        if db is None:  # only the demo's own store trusts the demo CA
            TrustStore(ctx.data_dir / "trust").import_file(pki.ca_cert_der)
        report = verify_pdf(outcome.signed_pdf, [pki.ca_certificate()])
        say(f"5. Kiểm tra chữ ký (tin cậy CA demo {pki.ca_cert_pem}): {report.summary}")
        for s in report.signatures:
            say(f"   - {s.signer_cn}: {s.summary}")

        package = package_submission(ctx, outcome.submission_id, out / f"ho-so-{PERIOD}.zip",
                                     templates=[(draft.template.id, draft.template.version)], overwrite=True)
        say(f"6. Đã đóng gói hồ sơ: {package}")
        return DemoResult(db_path, build.pdf, tuple(build.xlsx), outcome.signed_pdf, pki.ca_cert_pem, report,
                          package, outcome.submission_id)
