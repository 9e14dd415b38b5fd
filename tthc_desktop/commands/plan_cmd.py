"""`tthc-desktop import-plan FILE`: parse a plan's task table and (unless --dry-run) store it."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..importers.errors import ImportFailure
from ..importers.plan_file import find_header, read_tables, table_for_import
from ..services.context import AppContext
from ..services.plan_details import guess_plan_details
from ..services.plan_import import (
    PlanDetails,
    PlanPreview,
    build_preview,
    file_sha256,
    guess_plan_year,
    import_plan,
)
from .common import EXIT_OK, CliError, add_db_option, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import-plan", help="nhập bảng nhiệm vụ của kế hoạch từ .docx, .xlsx hoặc văn bản")
    p.add_argument("file", metavar="FILE", help="tệp kế hoạch (.docx, .xlsx, .txt)")
    add_db_option(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--table", type=int, metavar="N", help="số thứ tự bảng (bắt đầu từ 1)")
    which.add_argument("--sheet", metavar="NAME", help="tên trang tính (Excel)")
    p.add_argument("--year", type=int, metavar="Y", help="năm của kế hoạch (mặc định: năm được nhắc nhiều nhất)")
    p.add_argument("--symbol", default="", metavar="SỐ",
                   help='số/ký hiệu, ví dụ "165/KH-UBND" (mặc định: đọc từ phần đầu văn bản)')
    p.add_argument("--title", default="", help="trích yếu (mặc định: đọc từ văn bản, nếu không có thì tên tệp)")
    p.add_argument("--issuer", default="", help="cơ quan ban hành (mặc định: đọc từ văn bản)")
    p.add_argument("--date", dest="issued_on", type=_parse_date, metavar="dd/mm/yyyy", help="ngày ban hành")
    p.add_argument("--dry-run", action="store_true", help="chỉ đọc và in kết quả, không lưu")
    p.add_argument("--json", action="store_true", help="in danh sách nhiệm vụ dạng JSON")
    p.set_defaults(handler=_run)


def _parse_date(text: str) -> date:
    try:
        day, month, year = (int(x) for x in text.replace("-", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (dạng dd/mm/yyyy)") from None


def load_preview(path: Path, *, table: int | None, sheet: str | None, year: int | None, unit) -> PlanPreview:
    tables = read_tables(path)
    if sheet is not None:
        names = [t.name for t in tables]
        if sheet not in names:
            raise ImportFailure(path, f'không có trang tính "{sheet}" (có: {", ".join(names)})')
        index = names.index(sheet)
    elif table is not None:
        if not 1 <= table <= len(tables):
            raise ImportFailure(path, f"không có bảng số {table} (tệp có {len(tables)} bảng)")
        index = table - 1
    else:
        index = next((i for i, t in enumerate(tables) if find_header(t) is not None), None)
        if index is None:
            raise ImportFailure(path, "không tìm thấy bảng nhiệm vụ (cần cột Nội dung công việc và cột "
                                      "Số TT, Cơ quan chủ trì hoặc Thời gian hoàn thành)")
    raw = table_for_import(tables, index)
    plan_year = year or guess_plan_year(raw, date.today().year)
    try:
        return build_preview(path, raw, plan_year=plan_year, unit=unit, sha256=file_sha256(path))
    except ImportFailure as exc:
        raise exc if exc.file else exc.with_file(path) from None


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
        }
        for item in preview.tasks
    ]


def _run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        if args.dry_run:
            preview = load_preview(path, table=args.table, sheet=args.sheet, year=args.year, unit=None)
            _report(preview, args, None)
            return EXIT_OK
        with AppContext.open(getattr(args, "db", None)) as ctx:
            preview = load_preview(path, table=args.table, sheet=args.sheet, year=args.year,
                                   unit=ctx.units.own_unit())
            guess = guess_plan_details(path, args.year or preview.plan_year)  # the document's own heading
            details = PlanDetails(title=args.title or guess.title, year=args.year or preview.plan_year,
                                  symbol=args.symbol or guess.symbol, issued_on=args.issued_on or guess.issued_on,
                                  issuer=args.issuer or guess.issuer)
            result = import_plan(ctx, preview, details)
        _report(preview, args, result)
    except ImportFailure as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def _report(preview: PlanPreview, args: argparse.Namespace, result) -> None:
    if args.json:
        print_json(preview_json(preview))
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
