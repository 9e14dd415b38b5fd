"""`tthc-desktop report …`: build a periodic report (PDF + .xlsx), list and show reports, the report calendar."""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.periods import Period, PeriodKind, parse_period
from ..domain.report_calendar import KIND_LABELS
from ..reports.forms import FormDefinitionError
from ..reports.templates import TemplateError
from ..services.context import AppContext
from ..services.output_paths import check_output
from ..services.report_service import BuildResult, ReportService
from ..store.os_errors import os_error_vi
from .common import EXIT_FAILED, EXIT_OK, CliError, add_group, finish, print_json

KINDS = [k.value for k in PeriodKind]


def register(subparsers: argparse._SubParsersAction) -> None:
    sub = add_group(subparsers, "report", "báo cáo định kỳ: xuất PDF và Excel, danh sách, lịch báo cáo")

    build = sub.add_parser("build", help="lập (hoặc mở) báo cáo của kỳ rồi xuất PDF và các biểu Excel")
    build.add_argument("--kind", required=True, choices=KINDS, help="loại kỳ báo cáo")
    build.add_argument("--period", required=True, metavar="KỲ",
                       help="kỳ báo cáo: 2025-07, 2025-Q3, 2025-6T, 2025-9T hoặc 2025")
    build.add_argument("--out", required=True, metavar="DIR", help="thư mục ghi tệp")
    build.add_argument("--no-xlsx", action="store_true", help="chỉ xuất PDF")
    build.add_argument("--docx", action="store_true", help="xuất thêm bản Word (.docx) trình bày như bản PDF")
    build.add_argument("--overwrite", action="store_true", help="cho phép ghi đè các tệp cùng tên đã có trong DIR")
    finish(build, _build)

    lst = sub.add_parser("list", help="danh sách báo cáo đã lập")
    finish(lst, _list)

    show = sub.add_parser("show", help="nội dung một báo cáo")
    show.add_argument("id", type=int, metavar="ID")
    finish(show, _show)

    cal = sub.add_parser("calendar", help="lịch báo cáo của một năm (ngày chốt số liệu, hạn gửi)")
    cal.add_argument("--year", type=int, default=date.today().year, metavar="NĂM")
    finish(cal, _calendar)


def period_of(kind: str, text: str) -> Period:
    """The period named by *text*; a bare year or month is read as the *kind* asked for."""
    try:
        period = parse_period(text)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    wanted = PeriodKind(kind)
    if period.kind is not wanted:
        if period.kind is PeriodKind.ANNUAL and wanted in (PeriodKind.SIX_MONTHS, PeriodKind.NINE_MONTHS):
            return Period(wanted, period.year)
        raise CliError(f"Kỳ “{text}” ({period.label_vi}) không phải kỳ {KIND_LABELS[wanted].lower()}")
    return period


def build_json(result: BuildResult) -> dict:
    return {
        "report_id": result.report_id,
        "pdf": str(result.pdf),
        "xlsx": [str(p) for p in result.xlsx],
        "appendices": result.appendices,
        "page_count": result.page_count,
        "signature_boxes": [
            {"file": str(b.file), "page_index": b.page_index, "role": b.role,
             "x0": round(b.x0, 2), "y0": round(b.y0, 2), "x1": round(b.x1, 2), "y1": round(b.y1, 2)}
            for b in result.signature_boxes
        ],
    }


def _build(args: argparse.Namespace) -> int:
    period = period_of(args.kind, args.period)
    with AppContext.open(getattr(args, "db", None)) as ctx:
        out = check_output(args.out, "folder", ctx)
        service = ReportService(ctx)
        try:
            draft = service.open_or_create(period)
            warnings = [i.message for i in service.validate(draft)]
            docx = service.docx_path(draft, out) if args.docx else None
            if docx is not None and docx.exists() and not args.overwrite:
                raise CliError(f"Đã có tệp {docx}; dùng --overwrite để ghi đè.")
            result = service.build(draft, out, xlsx=not args.no_xlsx, strict=False, overwrite=args.overwrite,
                                   docx=docx is not None)  # one set: never a PDF without its Word copy
        except (TemplateError, FormDefinitionError, ValueError) as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(f"Không ghi được tệp vào {args.out}: {os_error_vi(exc)}. Không có tệp nào bị ghi dở.",
                           EXIT_FAILED) from None
    if args.json:
        return print_json(build_json(result) | {"warnings": warnings} | ({"docx": str(docx)} if docx else {}))
    print(f"Báo cáo số {result.report_id}: {period.label_vi}")
    print(f"PDF: {result.pdf} ({result.page_count} trang)")
    if docx is not None:
        print(f"Word: {docx}")
    for path in result.xlsx:
        print(f"Excel: {path}")
    for warning in warnings:
        print(f"Lưu ý: {warning}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        records = ReportService(ctx).list_reports()
    rows = [{"id": r.id, "template_id": r.template_id, "template_version": r.template_version,
             "kind": r.kind.value if r.kind else None, "period": str(r.period) if r.period else None,
             "title": r.title, "state": r.state.value, "updated_at": r.updated_at} for r in records]
    if args.json:
        return print_json(rows)
    if not rows:
        print("Chưa có báo cáo nào.")
    for r, rec in zip(rows, records, strict=True):
        print(f"{r['id']:>4}  {r['period'] or '':<8}  {rec.state.label_vi:<14}  {r['title']}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        service = ReportService(ctx)
        try:
            record = service.repo.get(args.id)
        except KeyError as exc:
            raise CliError(str(exc.args[0])) from None
        revisions = service.revisions(record.id)
    data = {"id": record.id, "template_id": record.template_id, "template_version": record.template_version,
            "kind": record.kind.value if record.kind else None, "period": str(record.period) if record.period else None,
            "title": record.title, "state": record.state.value, "fields": record.fields,
            "sections": record.sections, "figures": record.figures, "created_at": record.created_at,
            "updated_at": record.updated_at,
            "revisions": [{"id": r.id, "saved_at": r.saved_at, "actor": r.actor, "note": r.note} for r in revisions]}
    if args.json:
        return print_json(data)
    print(f"Báo cáo số {record.id}: {record.title} ({record.state.label_vi})")
    for key, text in record.sections.items():
        print(f"\n[{key}]\n{text}")
    print(f"\n{len(revisions)} lần lưu; lần cuối {record.updated_at}")
    return EXIT_OK


def _calendar(args: argparse.Namespace) -> int:
    from ..services.report_requests import ReportRequestService

    with AppContext.open(getattr(args, "db", None)) as ctx:
        entries = ReportRequestService(ctx).merged_calendar(args.year)  # standing reports + requests
    if args.json:
        print_json([{"kind": e.kind, "period": e.period, "label": e.label, "source": e.source,
                     "request_id": e.request_id,
                     "window": [e.window[0].isoformat(), e.window[1].isoformat()] if e.window else None,
                     "due": e.due.isoformat(), "rule": e.rule} for e in entries])
        return EXIT_OK
    for e in entries:
        window = f"số liệu {e.window[0]:%d/%m/%Y}–{e.window[1]:%d/%m/%Y}" if e.window else ""
        print(f"{e.due:%d/%m/%Y}  {e.label:<40}  {window}".rstrip())
    return EXIT_OK
