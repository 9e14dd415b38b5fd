"""`tthc-desktop import-plan FILE`: parse a plan's task table and (unless --dry-run) store it."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..importers.agencies import district_warning
from ..importers.errors import ImportFailure
from ..importers.plan_source import PlanSource, choose_table, open_plan_source, table_for_import
from ..services.context import AppContext
from ..services.import_profiles import describe, find_profile, profile_overrides
from ..services.plan_details import guess_plan_details, missing_details
from ..services.plan_import import (
    PlanDetails,
    PlanPreview,
    build_preview,
    find_existing_plan,
    guess_plan_year,
    import_plan,
)
from ..store.location import resolve_db_path
from ..store.units import read_own_unit
from .common import EXIT_OK, CliError, add_db_option, parse_date_arg, print_json
from .plan_explain import print_explanation


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import-plan", help="nhập bảng nhiệm vụ của kế hoạch từ .pdf, .docx, .xlsx hoặc văn bản")
    p.add_argument("file", metavar="FILE", help="tệp kế hoạch (.pdf có lớp văn bản, .docx, .xlsx, .txt)")
    add_db_option(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--table", type=int, metavar="N", help="số thứ tự bảng (bắt đầu từ 1)")
    which.add_argument("--sheet", metavar="NAME", help="tên trang tính (Excel)")
    p.add_argument("--year", type=int, metavar="Y", help="năm của kế hoạch (mặc định: năm được nhắc nhiều nhất)")
    p.add_argument("--symbol", default="", metavar="SỐ",
                   help='số/ký hiệu, ví dụ "165/KH-UBND" (mặc định: đọc từ phần đầu văn bản)')
    p.add_argument("--title", default="", help="trích yếu (mặc định: đọc từ văn bản; bắt buộc nếu văn bản không có)")
    p.add_argument("--issuer", default="", help="cơ quan ban hành (mặc định: đọc từ văn bản)")
    p.add_argument("--date", dest="issued_on", type=parse_date_arg, metavar="dd/mm/yyyy", help="ngày ban hành")
    p.add_argument("--no-profile", action="store_true",
                   help="không áp dụng cách đọc (gán cột, phân loại dòng) đã lưu cho cơ quan ban hành này")
    p.add_argument("--dry-run", action="store_true", help="chỉ đọc và in kết quả, không lưu")
    p.add_argument("--json", action="store_true", help="in danh sách nhiệm vụ dạng JSON")
    p.add_argument("--explain", action="store_true",
                   help="in từng dòng của bảng: được đọc là gì (tiêu đề, phần, nhóm, nhiệm vụ, dòng nối tiếp, "
                        "ghi chú) và vì sao; không lưu")
    p.set_defaults(handler=_run)


def load_preview(path: Path | PlanSource, *, table: int | None, sheet: str | None, year: int | None,
                 unit, ctx: AppContext | Path | None = None, issuer: str = "") -> PlanPreview:
    """The preview of the chosen table; with ``ctx`` (or a database path, read-only), the issuer's saved
    profile for this layout is applied (mapping and re-classed rows) and said on stderr."""
    source = path if isinstance(path, PlanSource) else open_plan_source(path)
    raw = table_for_import(source.tables, choose_table(source, table=table, sheet=sheet))
    plan_year = year or guess_plan_year(raw, date.today().year)
    mapping, overrides = None, None
    profile = find_profile(ctx, issuer or guess_plan_details(source, plan_year).issuer, raw) if ctx is not None else None
    if profile is not None:
        mapping, overrides = profile.mapping, profile_overrides(profile, raw)
        print(describe(profile, overrides), file=sys.stderr)
    try:
        return build_preview(source.path, raw, plan_year=plan_year, unit=unit, sha256=source.sha256,
                             mapping=mapping, overrides=overrides)
    except ImportFailure as exc:
        raise exc if exc.file else exc.with_file(source.path) from None


def preview_json(preview: PlanPreview) -> list[dict]:
    return [
        {
            "number": item.parsed.number,
            "content": item.parsed.content,
            "lead": item.parsed.lead_text,
            "coordinating": list(item.parsed.coordinating),
            "deadline_text": item.parsed.deadline_text,
            "due_dates": [d.isoformat() for d in item.deadline.due_dates],
            "continuous": item.deadline.is_continuous,
            "needs_date": bool(item.deadline.needs_date and not item.is_heading),
            "parent": item.parsed.parent,
            "is_group": item.parsed.is_group,
            "is_section": item.parsed.is_section,
            "deadline_rule": item.deadline.explanation,
            "role": item.role.value,
            "warnings": [w for w in [district_warning(item.parsed.number, item.parsed.lead_text,
                                                      item.parsed.coordinating_text)] if w],
        }
        for item in preview.tasks
    ]


def _run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        if getattr(args, "explain", False):
            print_explanation(path, table=args.table, sheet=args.sheet, as_json=args.json)
            return EXIT_OK
        if args.dry_run:
            # the roles follow the unit set with `unit set`, read without locking or creating the database
            db_path = resolve_db_path(getattr(args, "db", None))
            unit = read_own_unit(db_path)
            preview = load_preview(path, table=args.table, sheet=args.sheet, year=args.year, unit=unit,
                                   issuer=args.issuer, ctx=None if args.no_profile else db_path)
            _report(preview, args, None)
            return EXIT_OK
        source = open_plan_source(path)  # read once, before the database is opened
        with AppContext.open(getattr(args, "db", None)) as ctx:
            preview = load_preview(source, table=args.table, sheet=args.sheet, year=args.year,
                                   unit=ctx.units.own_unit(), issuer=args.issuer,
                                   ctx=None if args.no_profile else ctx)
            details = _details(ctx, source, preview, args)
            result = import_plan(ctx, preview, details)
        _report(preview, args, result)
    except ImportFailure as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def _details(ctx: AppContext, source: PlanSource, preview: PlanPreview, args: argparse.Namespace) -> PlanDetails:
    """Options first, then the document's own heading, then (a known plan) its stored details; all required."""
    guess = guess_plan_details(source, args.year or preview.plan_year)
    details = PlanDetails(title=args.title or guess.title, year=args.year or preview.plan_year,
                          symbol=" ".join((args.symbol or guess.symbol).split()),
                          issued_on=args.issued_on or guess.issued_on, issuer=args.issuer or guess.issuer)
    known = find_existing_plan(ctx, details, preview.sha256, preview)
    if known is not None:  # the same plan from another file: an update, with the details already stored
        details = PlanDetails(title=details.title or known.title, year=details.year,
                              symbol=details.symbol or known.symbol, issued_on=details.issued_on or known.issued_on,
                              issuer=details.issuer or known.issuer)
    missing = missing_details(details)
    if missing:
        names = ", ".join(f.label for f in missing)
        options = " ".join(f'{f.option} "…"' if f.option != "--date" else "--date dd/mm/yyyy" for f in missing)
        raise CliError(f"Tệp {source.path.name}: văn bản không ghi {names} của kế hoạch. Hãy nhập bằng tùy chọn: "
                       f"{options}. Chưa lưu gì.")
    return details


def _report(preview: PlanPreview, args: argparse.Namespace, result) -> None:
    if args.json:
        print_json(preview_json(preview))
        for warning in preview.warnings:  # stdout stays pure JSON
            print(f"Lưu ý: {warning}", file=sys.stderr)
        return
    tasks = [t for t in preview.tasks if not t.is_heading]
    print(f"Tệp: {preview.source} — bảng: {preview.table_name} — năm kế hoạch: {preview.plan_year}")
    print(f"Đọc được {len(preview.tasks)} dòng: {len(tasks)} nhiệm vụ, "
          f"{sum(t.deadline.is_continuous for t in tasks)} thường xuyên, "
          f"{sum(t.deadline.needs_date and not t.deadline.is_continuous for t in tasks)} cần đặt hạn.")
    for warning in preview.warnings:
        print(f"  Lưu ý: {warning}")
    if result is None:
        print("Chạy thử (--dry-run): chưa lưu gì.")
    elif result.reimport:
        print(f"Kế hoạch đã có (mã {result.plan_id}): cập nhật {result.updated}, thêm {result.created}, "
              f"giữ nguyên {result.unchanged}.")
        if result.missing_in_source:
            print(f"  Không còn trong kế hoạch mới (được giữ lại cùng tiến độ): {', '.join(result.missing_in_source)}")
        if result.conflicts:
            print(f"  Cần cán bộ xem lại (nội dung đổi, đã có tiến độ; nội dung cũ được giữ): "
                  f"{', '.join(result.conflicts)}")
    else:
        print(f"Đã lưu kế hoạch mới (mã {result.plan_id}) với {result.created} dòng.")
